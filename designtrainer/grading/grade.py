"""Grading: a pure function from (compiled rubric, answers) to a result with evidence.

Each rubric item is checked against its own section's answer: every phrase group must match
somewhere (within `within` words of each other when set), and under the default `exclude`
policy a negated mention does not count. Red flags are found the same way in every section
(or the one they name) and become warnings, never points.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading.compiled import CompiledRubric, Hit
from designtrainer.grading.results import (
    Evidence,
    GradeResult,
    ItemResult,
    RedFlagHit,
    SectionResult,
)
from designtrainer.grading.text import tokenize

_MAX_NEGATED_SHOWN = 3


class _Scanned:
    """One answer text, scanned once: its words and every owner's phrase hits."""

    def __init__(self, compiled: CompiledRubric, text: str) -> None:
        self.tokens = tokenize(text)
        self.words = self.tokens.words
        self.compiled = compiled
        self.hits, self.any_negated = compiled.scan(self.tokens)

    def evidence(self, hit: Hit, section: str) -> Evidence:
        first, last, _, phrase, trigger = hit
        start, end = self.tokens.span(first, last)
        fuzzy = None
        fuzzy_of = self.compiled.fuzzy_of
        for word in self.words[first : last + 1]:
            if fuzzy := fuzzy_of(word):
                break
        text = self.tokens.text[start:end]
        return Evidence(text, start, end, section, phrase, trigger is not None, trigger, fuzzy)


def _best_window(groups: int, hits: Sequence[Hit], within: int | None) -> list[Hit] | None:
    """One hit per group (hits are in reading order), all inside `within` words; None when
    no such set exists. Without `within` each group's first hit wins, an unnegated one over a
    negated one."""
    if groups == 1 and within is None:
        return [next((h for h in hits if h[4] is None), hits[0])] if hits else None
    firsts = {hit[2]: hit for hit in reversed(hits)}
    if len(firsts) < groups or groups == 0:
        return None
    if within is None:
        for g, hit in firsts.items():
            if hit[4] is not None:
                firsts[g] = next((h for h in hits if h[2] == g and h[4] is None), hit)
        return [firsts[g] for g in range(groups)]
    # The narrowest run of hits holding every group: two pointers, with the largest `last`
    # in the run kept by a monotonic deque (a phrase that starts earlier may end later).
    firsts_at = [h[0] for h in hits]
    lasts = [h[1] for h in hits]
    group_of = [h[2] for h in hits]
    counts = [0] * groups
    present = 0
    best_width, lo, hi = within + 1, -1, -1
    ends: deque[int] = deque()
    left = 0
    for right, last in enumerate(lasts):
        g = group_of[right]
        if not counts[g]:
            present += 1
        counts[g] += 1
        while ends and lasts[ends[-1]] <= last:
            ends.pop()
        ends.append(right)
        while present == groups:
            width = lasts[ends[0]] - firsts_at[left] + 1
            if width < best_width:
                best_width, lo, hi = width, left, right
            g = group_of[left]
            counts[g] -= 1
            if not counts[g]:
                present -= 1
            if ends[0] == left:
                ends.popleft()
            left += 1
    if lo < 0:
        return None
    window: dict[int, Hit] = {}
    for hit in hits[lo : hi + 1]:
        window.setdefault(hit[2], hit)
    return [window[g] for g in range(groups)]


def _usable(target: RubricItem | RedFlag, hits: list[Hit], scanned: _Scanned) -> list[Hit]:
    """The hits that may count: negated ones only under the `allow` policy."""
    if scanned.any_negated and target.negation != "allow":
        return [h for h in hits if h[4] is None]
    return hits


def _choose(
    owner: int, target: RubricItem | RedFlag, scanned: _Scanned
) -> tuple[list[Hit] | None, list[Hit], tuple[int, ...]]:
    """(the hits that meet it, or None; negated mentions to show; groups with nothing usable)."""
    hits = scanned.hits[owner]
    groups = len(target.evidence)
    if not hits:
        return None, [], tuple(range(groups))
    if groups == 1 and target.within is None:  # the usual case: its first usable hit
        if not scanned.any_negated:
            return [hits[0]], [], ()
        for hit in hits:
            if hit[4] is None:
                return [hit], [], ()
        if target.negation == "allow":
            return [hits[0]], [], ()
    usable = _usable(target, hits, scanned)
    window = _best_window(groups, usable, target.within)
    if window is not None:
        return window, [], ()
    negated = [h for h in hits if h[4] is not None][:_MAX_NEGATED_SHOWN]
    found = {h[2] for h in usable}
    return None, negated, tuple(g for g in range(groups) if g not in found)


def grade(compiled: CompiledRubric, answers: Mapping[str, str]) -> GradeResult:
    """Grade each section's answer against that section's items; missing sections are empty."""
    cache: dict[str, _Scanned] = {}

    def scanned(section: str) -> _Scanned:
        text = answers.get(section, "")
        if text not in cache:
            cache[text] = _Scanned(compiled, text)
        return cache[text]

    chosen = []
    for sid in SECTION_IDS:
        text = scanned(sid)
        for owner, item in compiled.sections[sid]:
            met, negated, missing = _choose(owner, item, text)
            chosen.append((text, item, met, met or negated, missing))
    flagged = []
    first_flag = len(compiled.rubric.items)
    for owner, flag in enumerate(compiled.rubric.red_flags, start=first_flag):
        tried: set[int] = set()  # the same text under several sections is looked at once
        for sid in (flag.section,) if flag.section else SECTION_IDS:
            text = scanned(sid)
            if id(text) not in tried:
                tried.add(id(text))
                window, _, _ = _choose(owner, flag, text)
                if window is not None:
                    flagged.append((sid, text, flag, window))
                    break
    # Where quoted words sit in the text: worked out for all of them in one pass per text.
    quoted: dict[int, list[int]] = {}
    for text, _, _, shown, _ in chosen:
        quoted.setdefault(id(text), []).extend([h[0] for h in shown])
    for _, text, _, window in flagged:
        quoted.setdefault(id(text), []).extend([h[0] for h in window])
    for text in cache.values():
        text.tokens.locate(quoted.get(id(text), ()))
    results: dict[str, list[ItemResult]] = {sid: [] for sid in SECTION_IDS}
    for text, item, met, shown, missing in chosen:
        evidence = tuple([text.evidence(h, item.section) for h in shown])
        results[item.section].append(ItemResult(item, met is not None, evidence, missing))
    sections = [SectionResult(sid, tuple(results[sid])) for sid in SECTION_IDS]
    flags = [
        RedFlagHit(flag, tuple([text.evidence(h, sid) for h in window]))
        for sid, text, flag, window in flagged
    ]
    return GradeResult(compiled.rubric.case, tuple(sections), tuple(flags))


def grade_whole(compiled: CompiledRubric, text: str) -> GradeResult:
    """Grade every item against one text, whatever its headings (write-ups found in the wild)."""
    return grade(compiled, dict.fromkeys(SECTION_IDS, text))
