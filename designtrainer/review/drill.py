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

from designtrainer.domain.cards import CardRecord
from designtrainer.domain.model import Case, RubricItem
from designtrainer.domain.vocabulary import LEVELS, SECTION_TITLES
from designtrainer.grading.compiled import CompiledRubric
from designtrainer.grading.grade import grade
from designtrainer.grading.results import ItemResult
from designtrainer.loading.library import Library
from designtrainer.render.formatting import plural
from designtrainer.review.schedule import due_now, when_due

DEFAULT_LIMIT = 20
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-z])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


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
    note = f"{plural(len(due), 'card')} due"
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


def next_due(library: Library, cards: Sequence[CardRecord], now: datetime) -> str | None:
    """When the soonest card the drill can show comes back ("tomorrow", "in 3 d"), for
    saying so when nothing is due; None without such a card. As `plan_drill`, a card whose
    case or item is no longer in the library is left out (an overdue one made it "due
    overdue 3 d" when nothing was). `cards` soonest first, as the store lists them."""
    upcoming = next(
        (c for c in cards if c.case_id in library.cases and _item(library, c) is not None), None
    )
    return when_due(upcoming.due, now) if upcoming is not None else None


def _item(library: Library, card: CardRecord) -> RubricItem | None:
    return next((i for i in library.rubric(card.case_id).items if i.id == card.item_id), None)


def question_for(case: Case, item: RubricItem) -> tuple[str, bool]:
    """(the question to ask, whether it is a stand-in because the item has none).

    The stand-in is the section's own prompt: the interviewer's real question for the area the
    idea belongs to. It never names the idea (that would hand over the answer), and it does not
    pretend to ask for this one idea; the drill says so and names the idea after the answer.
    """
    if item.question.strip():
        return item.question.strip(), False
    return case.section(item.section).prompt.strip(), True


def grade_answer(compiled: CompiledRubric, item: RubricItem, text: str) -> ItemResult:
    """Grade `text` as the answer to the item's section and return that item's result."""
    return grade(compiled, {item.section: text}).item(item.id)


def reference_excerpt(compiled: CompiledRubric, case: Case, item: RubricItem) -> tuple[str, bool]:
    """(the part of the section's reference answer that earns the item, whether it is all of it).

    The shortest run of consecutive sentences (up to three) that the checker credits with the
    item; every such run, in order. When no short run earns it, the whole section reference.
    """
    reference = case.section(item.section).reference_answer.strip()
    sentences = _sentences(reference)
    for width in (1, 2, 3):
        runs: list[str] = []
        for start in range(0, max(0, len(sentences) - width + 1)):
            run = " ".join(sentences[start : start + width])
            if grade_answer(compiled, item, run).met and not any(run in r for r in runs):
                runs.append(run)
        if runs:
            return "\n".join(runs), False
    return reference, True


def _sentences(text: str) -> list[str]:
    """Sentences of a reference answer: hard-wrapped lines joined, list items kept apart."""
    units: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines: list[str] = []
        for line in paragraph.splitlines():
            if _LIST_ITEM.match(line) and lines:
                units.append(" ".join(lines))
                lines = []
            if line.strip():
                lines.append(line.strip())
        if lines:
            units.append(" ".join(lines))
    return [s.strip() for unit in units for s in _SENTENCE_END.split(unit) if s.strip()]
