"""Drill cards: which to show, the question to ask, grading one answer, the reference to show.

A drill answer is graded by the same checker as a full attempt: the text is graded as that
section's answer and the one item's result is read, so a drill tick means what a tick in an
attempt means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from designtrainer.card_records import CardRecord
from designtrainer.grading import CompiledRubric, ItemResult, grade
from designtrainer.loading.library import Library
from designtrainer.model import LEVELS, SECTION_TITLES, Case, RubricItem
from designtrainer.review.schedule import due_now

DEFAULT_LIMIT = 20
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[a-z0-9]+")
_COMMON = frozenset(
    "a an and are as at be by for from how in is it of on or that the this to what when which "
    "who why will with would you your do does".split()
)


@dataclass(frozen=True, slots=True)
class DrillCard:
    case: Case
    item: RubricItem
    record: CardRecord | None
    """The stored card; None for an item never reviewed (a new card)."""

    @property
    def section_title(self) -> str:
        return SECTION_TITLES[self.item.section]


@dataclass(frozen=True, slots=True)
class DrillPlan:
    cards: tuple[DrillCard, ...]
    note: str
    """One line saying what was chosen and why (shown above the first card)."""


def plan_drill(
    library: Library,
    cards: Sequence[CardRecord],
    now: datetime,
    case_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
    item_id: str | None = None,
) -> DrillPlan:
    """The cards to drill now: due ones interleaved across cases (of one case with `case_id`).

    With `case_id`, room left under `limit` is filled with the case's items never reviewed,
    core first and heaviest first, so a case can be drilled before any attempt at it. With
    `item_id` too, just that one card, due or not (from the progress screen's weakest items).
    Cards whose case or item is no longer in the library are left out (`due` still lists them).
    """
    items = {
        c.key: item
        for c in cards
        if c.case_id in library.cases and (item := _item(library, c)) is not None
    }
    known = [c for c in cards if c.key in items]
    if case_id is not None and item_id is not None:
        record = next((c for c in known if c.key == (case_id, item_id)), None)
        item = next((i for i in library.rubric(case_id).items if i.id == item_id), None)
        if item is None:
            return DrillPlan((), f"No item '{item_id}' in this case.")
        return DrillPlan(
            (DrillCard(library.case(case_id), item, record),), "One card, chosen by you."
        )
    mine = [c for c in known if case_id is None or c.case_id == case_id]
    due = due_now(mine, now, limit)
    chosen = [DrillCard(library.case(c.case_id), items[c.key], c) for c in due]
    note = f"{len(due)} card{'s' if len(due) != 1 else ''} due"
    if case_id is not None and len(chosen) < limit:
        seen = {c.item_id for c in cards if c.case_id == case_id}
        fresh = sorted(
            (i for i in library.rubric(case_id).items if i.id not in seen),
            key=lambda i: (LEVELS.index(i.level), -i.weight),
        )[: limit - len(chosen)]
        chosen += [DrillCard(library.case(case_id), i, None) for i in fresh]
        if fresh:
            note += f", {len(fresh)} not reviewed before"
    return DrillPlan(tuple(chosen), note)


def _item(library: Library, card: CardRecord) -> RubricItem | None:
    return next((i for i in library.rubric(card.case_id).items if i.id == card.item_id), None)


def question_for(case: Case, item: RubricItem) -> tuple[str, bool]:
    """(the question to ask, whether it is a stand-in because the item has none).

    The stand-in never names the idea (that would hand over the answer): it is the guiding
    question of the item's section that shares the most words with the item's label and why,
    or the section's prompt. It asks about the right area, not for the one idea; the drill says
    so, and names the idea after the answer.
    """
    if item.question.strip():
        return item.question.strip(), False
    section = case.section(item.section)
    wanted = _words(f"{item.label} {item.why}")
    best, overlap = section.prompt.strip(), 0
    for question in section.guiding_questions:
        shared = len(wanted & _words(question))
        if shared > overlap:
            best, overlap = question.strip(), shared
    return best, True


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON and len(w) > 2}


def grade_answer(compiled: CompiledRubric, item: RubricItem, text: str) -> ItemResult:
    """Grade `text` as the answer to the item's section and return that item's result."""
    return grade(compiled, {item.section: text}).item(item.id)


def reference_excerpt(compiled: CompiledRubric, case: Case, item: RubricItem) -> tuple[str, bool]:
    """(the part of the section's reference answer that earns the item, whether it is all of it).

    The shortest run of consecutive sentences (up to three) that the checker credits with the
    item; every such run, in order. When no short run earns it, the whole section reference.
    """
    reference = case.section(item.section).reference_answer.strip()
    sentences = [s.strip() for s in _SENTENCE_END.split(reference) if s.strip()]
    for width in (1, 2, 3):
        runs: list[str] = []
        for start in range(0, max(0, len(sentences) - width + 1)):
            run = " ".join(sentences[start : start + width])
            if grade_answer(compiled, item, run).met and not any(run in r for r in runs):
                runs.append(run)
        if runs:
            return "\n".join(runs), False
    return reference, True
