"""Grading: a pure function from (compiled rubric, answers) to a result with evidence.

Each rubric item is checked against its own section's answer: every phrase group must match
somewhere (within `within` words of each other when set), and under the default `exclude`
policy a negated mention does not count. Red flags are found the same way in every section
(or the one they name) and become warnings, never points.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence

from designtrainer.grading.compiled import CompiledRubric, Match
from designtrainer.grading.negation import Negation, negation_scopes
from designtrainer.grading.results import (
    Evidence,
    GradeResult,
    ItemResult,
    RedFlagHit,
    SectionResult,
)
from designtrainer.grading.text import Tokens, tokenize
from designtrainer.model import SECTION_IDS, RedFlag, RubricItem

_MAX_NEGATED_SHOWN = 3


class _Scanned:
    """One answer text, scanned once: its words and the phrase matches grouped by owner."""

    def __init__(self, compiled: CompiledRubric, text: str) -> None:
        self.tokens: Tokens = tokenize(text)
        words = self.tokens.words
        stems = compiled.stems(words)
        self.compiled = compiled
        self.words = words
        negated, triggers = negation_scopes(self.tokens, stems) if words else ({}, {})
        self.by_owner: dict[int, list[tuple[Match, str | None]]] = {}
        matches = compiled.scan(self.tokens, stems)
        by_owner = self.by_owner
        if not negated:
            for m in matches:
                by_owner.setdefault(m.owner, []).append((m, None))
            return
        # A trigger that is part of one of an item's own phrases ("never get a label", "didn't
        # report", "... are irrelevant") belongs to the idea: it negates none of that item's words.
        own: dict[int, set[Negation]] = {}
        for m in matches:
            for k in range(m.first, m.last + 1):
                neg = triggers.get(k)
                if neg is not None:
                    own.setdefault(m.owner, set()).add(neg)
        for m in matches:
            trigger = None
            mine = own.get(m.owner, ())
            for k in range(m.first, m.last + 1):
                neg = negated.get(k)
                if neg is not None and neg not in mine:
                    trigger = neg.trigger
                    break
            by_owner.setdefault(m.owner, []).append((m, trigger))

    def evidence(self, m: Match, trigger: str | None, section: str) -> Evidence:
        start, end = self.tokens.span(m.first, m.last)
        fuzzy = next(
            (f for k in range(m.first, m.last + 1) if (f := self.compiled.fuzzy_of(self.words[k]))),
            None,
        )
        return Evidence(
            text=self.tokens.text[start:end],
            start=start,
            end=end,
            section=section,
            phrase=m.phrase,
            negated=trigger is not None,
            trigger=trigger,
            fuzzy=fuzzy,
        )


def _best_window(
    groups: int, hits: Sequence[tuple[Match, str | None]], within: int | None
) -> list[tuple[Match, str | None]] | None:
    """One hit per group, all inside `within` words; None when no such set exists."""
    if groups == 0:
        return None
    if within is None:
        chosen: dict[int, tuple[Match, str | None]] = {}
        for hit in hits:
            m, trigger = hit
            old = chosen.get(m.group)
            if old is None or (old[1] is not None and trigger is None):
                chosen[m.group] = hit
        return [chosen[g] for g in range(groups)] if len(chosen) == groups else None
    ordered = sorted(hits, key=lambda h: (h[0].first, h[0].last))
    counts: dict[int, int] = {}
    best: tuple[int, int, int] | None = None
    ends: deque[int] = deque()  # indices into `ordered`, their `last` decreasing: a sliding max
    left = 0
    for right, (m, _) in enumerate(ordered):
        counts[m.group] = counts.get(m.group, 0) + 1
        while ends and ordered[ends[-1]][0].last <= m.last:
            ends.pop()
        ends.append(right)
        while len(counts) == groups:
            lm = ordered[left][0]
            width = ordered[ends[0]][0].last - lm.first + 1
            if width <= within and (best is None or width < best[0]):
                best = (width, left, right)
            counts[lm.group] -= 1
            if counts[lm.group] == 0:
                del counts[lm.group]
            if ends[0] == left:
                ends.popleft()
            left += 1
    if best is None:
        return None
    _, lo, hi = best
    window: dict[int, tuple[Match, str | None]] = {}
    for hit in ordered[lo : hi + 1]:
        window.setdefault(hit[0].group, hit)
    return [window[g] for g in range(groups)]


def _check(
    owner: int, target: RubricItem | RedFlag, scanned: _Scanned, section: str
) -> tuple[list[Evidence] | None, list[Evidence], tuple[int, ...]]:
    """(evidence if met, negated mentions, groups that found nothing usable)."""
    hits = scanned.by_owner.get(owner, [])
    usable = hits if target.negation == "allow" else [h for h in hits if h[1] is None]
    window = _best_window(len(target.evidence), usable, target.within)
    if window is not None:
        return [scanned.evidence(m, t, section) for m, t in window], [], ()
    negated = [
        scanned.evidence(m, t, section)
        for m, t in [h for h in hits if h[1] is not None][:_MAX_NEGATED_SHOWN]
    ]
    found = {m.group for m, _ in usable}
    missing = tuple(g for g in range(len(target.evidence)) if g not in found)
    return None, negated, missing


def grade(compiled: CompiledRubric, answers: Mapping[str, str]) -> GradeResult:
    """Grade each section's answer against that section's items; missing sections are empty."""
    cache: dict[str, _Scanned] = {}

    def scanned(section: str) -> _Scanned:
        text = answers.get(section, "")
        if text not in cache:
            cache[text] = _Scanned(compiled, text)
        return cache[text]

    index = {id(o): i for i, o in enumerate(compiled.owners)}
    sections = []
    for sid in SECTION_IDS:
        results = []
        for item in compiled.rubric.section_items(sid):
            met, negated, missing = _check(index[id(item)], item, scanned(sid), sid)
            if met is not None:
                results.append(ItemResult(item, True, tuple(met)))
            else:
                shown = tuple(negated[:_MAX_NEGATED_SHOWN])
                results.append(ItemResult(item, False, shown, missing))
        sections.append(SectionResult(sid, tuple(results)))
    flags = []
    for flag in compiled.rubric.red_flags:
        for sid in (flag.section,) if flag.section else SECTION_IDS:
            met, _, _ = _check(index[id(flag)], flag, scanned(sid), sid)
            if met is not None:
                flags.append(RedFlagHit(flag, tuple(met)))
                break
    return GradeResult(compiled.rubric.case, tuple(sections), tuple(flags))


def grade_whole(compiled: CompiledRubric, text: str) -> GradeResult:
    """Grade every item against one text, whatever its headings (write-ups found in the wild)."""
    return grade(compiled, dict.fromkeys(SECTION_IDS, text))
