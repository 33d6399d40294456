"""The domain model: cases and rubrics as frozen dataclasses.

Everything downstream (grading, the store, the TUI, export) reads these and never the raw YAML,
so the formats can evolve behind the loader without touching the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from designtrainer.domain.vocabulary import SECTION_TITLES, Level, SectionId

Negation = Literal["exclude", "allow"]


@dataclass(frozen=True, slots=True)
class Clarification:
    question: str
    answer: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    id: SectionId
    prompt: str
    guiding_questions: tuple[str, ...]
    hints: tuple[str, ...]
    follow_ups: tuple[str, ...]
    pitfalls: tuple[str, ...]
    time_budget_minutes: int
    reference_answer: str

    @property
    def title(self) -> str:
        return SECTION_TITLES[self.id]


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    title: str
    summary: str
    tags: tuple[str, ...]
    difficulty: str
    opening: str
    clarifications: tuple[Clarification, ...]
    sections: tuple[Section, ...]
    brief: str = ""
    """Neutral, spoiler-free description for the candidate; `summary` is for after an attempt."""

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def total_minutes(self) -> int:
        return sum(s.time_budget_minutes for s in self.sections)


@dataclass(frozen=True, slots=True)
class RubricItem:
    id: str
    section: SectionId
    label: str
    weight: int
    level: Level
    evidence: tuple[tuple[str, ...], ...]
    why: str
    within: int | None = None
    negation: Negation = "exclude"
    question: str = ""
    """Asks for the idea without naming it (drill reviews); empty when the author gave none."""


@dataclass(frozen=True, slots=True)
class RedFlag:
    id: str
    message: str
    evidence: tuple[tuple[str, ...], ...]
    section: SectionId | None = None
    within: int | None = None
    negation: Negation = "exclude"
    label: str | None = None
    """The flag's short name for people (the peer console's guide and marks); None: made
    from the id, as rubrics written before the field had none."""
    unless: tuple[tuple[str, ...], ...] = ()
    """Phrase groups of the right choice: a sentence that states it (every group, none
    negated) takes the mistake back there ("if it beats the baseline offline, we launch an A/B
    test" is no launch on offline numbers). Empty: nothing does."""
    refused: tuple[str, ...] = ()
    """The right choice named plainly ("fallback"): refusing it makes the mistake too ("we
    don't need a fallback", "I'd skip the degraded path"), read through the negation stage
    rather than listed phrase by phrase. Empty: only `evidence` makes it."""

    @property
    def name(self) -> str:
        """The short name people scan for (reports, summaries, the peer console): the label,
        or one made from the id ('random-split' -> 'Random split')."""
        if self.label is not None:
            return self.label
        return self.id.replace("-", " ").capitalize()


@dataclass(frozen=True, slots=True)
class Rubric:
    case: str
    items: tuple[RubricItem, ...]
    red_flags: tuple[RedFlag, ...] = ()
    not_negations: tuple[str, ...] = ()
    """Phrases that look like a negation but name something in this case (the "Not spam"
    button): the checker never reads them as negating the words after them."""

    def section_items(self, section_id: str) -> tuple[RubricItem, ...]:
        return tuple(item for item in self.items if item.section == section_id)
