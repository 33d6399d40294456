"""What one owner's mentions come to, and the narrowest window of them that holds every
phrase group: shared by choosing an item's evidence (`evidence`) and reading a red flag
(`flags`), which sit above it."""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from typing import NamedTuple

from designtrainer.grading.mentions import Mention
from designtrainer.grading.results import ItemState

CHOICE_REACH = 6
"""A mention this many words before a negation cue, applied, makes the cue a choice within
the idea ("class weights on positives, not SMOTE"), not a rejection of it."""

RELATIVES = frozenset(("which", "that", "who", "where"))
"""Relative pronouns: where a clause that describes what comes before it opens."""


class Choice(NamedTuple):
    """What one owner's mentions come to in one answer.

    A named tuple, not a frozen dataclass: making a dataclass compiles its methods in every
    fresh process, about half a millisecond (issue 12, cold commands)."""

    state: ItemState
    mentions: tuple[Mention, ...] = ()
    """Met or named: one mention per phrase group. Missed: negated mentions, to show why
    they did not count."""
    missing_groups: tuple[int, ...] = ()
    """For a missed owner: the groups with no usable mention."""
    lone: bool = False
    """For a red flag met: its mistake is made in one sentence only, and there in the weakest
    shape of a commitment, a plain statement (`commitment.strength`): the answer-level gate
    (`grade._quiet_lone_flag`) may read it as a coincidence of wording."""


def best_window(
    groups: int, mentions: Sequence[Mention], within: int | None
) -> list[Mention] | None:
    """One mention per group (mentions are in reading order), all inside `within` words; None
    when no such set exists. Without `within` each group's first mention wins, an unnegated
    one over a negated one."""
    if groups == 0:
        return None
    if within is None:
        firsts: dict[int, Mention] = {}
        for m in mentions:
            first = firsts.get(m.group)
            if first is None or (first.negation is not None and m.negation is None):
                firsts[m.group] = m
        if len(firsts) < groups:
            return None
        return [firsts[g] for g in range(groups)]
    # The narrowest run of mentions holding every group: two pointers, with the largest
    # `last` in the run kept by a monotonic deque (a phrase that starts earlier may end later).
    counts = [0] * groups
    present = 0
    best_width, lo, hi = within + 1, -1, -1
    ends: deque[int] = deque()
    left = 0
    for right, m in enumerate(mentions):
        if not counts[m.group]:
            present += 1
        counts[m.group] += 1
        while ends and mentions[ends[-1]].last <= m.last:
            ends.pop()
        ends.append(right)
        while present == groups:
            width = mentions[ends[0]].last - mentions[left].first + 1
            if width < best_width:
                best_width, lo, hi = width, left, right
            g = mentions[left].group
            counts[g] -= 1
            if not counts[g]:
                present -= 1
            if ends[0] == left:
                ends.popleft()
            left += 1
    if lo < 0:
        return None
    window: dict[int, Mention] = {}
    for m in mentions[lo : hi + 1]:
        window.setdefault(m.group, m)
    return [window[g] for g in range(groups)]


def may_be_in_window(groups: int, mentions: Sequence[Mention], within: int) -> list[Mention]:
    """The mentions (in reading order) that may stand in a window of `best_window` of at most
    `within` words: each one with a mention of every other group whose first word is fewer
    than `within` words from its own (a window is at least that wide), and every mention of a
    run of mentions that touch or overlap one of those (a run is read whole: `_run_of` in
    evidence).

    A mention left out is in no such window of these mentions or of any part of them, so
    `best_window` of any part finds on what is kept of it the window it finds on all of it:
    the windows it weighs, in the order it weighs them, hold none of those left out. An item
    is chosen from these first (`evidence.choose`): a long answer names the words of an idea
    of several groups all over, but holds them together in a few places, and every mention
    read is read for its clause, its sentence and whether it is a label."""
    firsts: list[list[int]] = [[] for _ in range(groups)]
    for m in mentions:
        firsts[m.group].append(m.first)  # (in order: the mentions are)
    reach = within - 1
    near = [
        all(
            (at := bisect_left(firsts[g], m.first - reach)) < len(firsts[g])
            and firsts[g][at] <= m.first + reach
            for g in range(groups)
            if g != m.group
        )
        for m in mentions
    ]
    kept: list[Mention] = []
    run: list[Mention] = []  # mentions that touch or overlap, up to word `end`
    end, keep = -2, False
    for m, close in zip(mentions, near, strict=True):
        if run and m.first > end + 1:
            if keep:
                kept += run
            run, keep = [], False
        end = max(end, m.last) if run else m.last
        run.append(m)
        keep = keep or close
    if keep:
        kept += run
    return kept
