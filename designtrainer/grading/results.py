"""What grading returns: plain frozen data a person can read, with evidence for every tick."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.domain.vocabulary import LEVELS

ItemState = Literal["met", "named", "missed"]

CORE_BAR = 0.75  # share of core weight an answer needs before "core bar met"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One matched phrase: where it is in the answer, and how it was matched."""

    text: str
    start: int
    end: int
    section: str
    phrase: str
    negated: bool = False
    trigger: str | None = None  # the negation that covers it ("won't", "is not needed")
    fuzzy: str | None = None  # the rubric word a misspelling was read as


@dataclass(frozen=True, slots=True)
class ItemResult:
    item: RubricItem
    met: bool
    """The idea is applied to the problem: it earns the item's weight."""
    evidence: tuple[Evidence, ...]
    """For a met or named item, the words that show it; for a missed one, any negated
    mentions ("you wrote 'retrain', but negated it")."""
    missing_groups: tuple[int, ...] = ()
    named: bool = False
    """The idea is only named (a bare item of a list, a generic sentence): it earns nothing,
    and the item's why is the nudge to say what it does here."""
    found_in: str | None = None
    """The section where the idea was found, when not the item's own (credit wherever it is
    said); None when found in its own section or not at all."""

    def __post_init__(self) -> None:
        if self.met and self.named:
            raise ValueError(f"item {self.item.id!r} cannot be both met and only named")

    @property
    def state(self) -> ItemState:
        return "met" if self.met else "named" if self.named else "missed"

    @property
    def missing_phrases(self) -> tuple[str, ...]:
        """A few phrases of each group that found nothing: what the answer could have said."""
        return tuple(", ".join(self.item.evidence[g][:3]) for g in self.missing_groups)


@dataclass(frozen=True, slots=True)
class SectionResult:
    id: str
    items: tuple[ItemResult, ...]

    @property
    def total_weight(self) -> int:
        return sum(r.item.weight for r in self.items)

    @property
    def met_weight(self) -> int:
        return sum(r.item.weight for r in self.items if r.met)

    @property
    def score(self) -> float:
        return self.met_weight / self.total_weight if self.total_weight else 0.0


@dataclass(frozen=True, slots=True)
class RedFlagHit:
    flag: RedFlag
    evidence: tuple[Evidence, ...]
    found_in: str | None = None
    """For a flag about one section, where it was found when that is another section."""


@dataclass(frozen=True, slots=True)
class LevelResult:
    level: str
    met: int
    total: int
    met_weight: int
    total_weight: int

    @property
    def coverage(self) -> float:
        return self.met_weight / self.total_weight if self.total_weight else 0.0

    @property
    def verdict(self) -> str:
        if self.level == "core":
            if self.total and self.coverage >= CORE_BAR:
                return f"core bar met ({self.met} of {self.total} core items)"
            return f"core bar not met: {self.met} of {self.total} core items"
        return f"{self.level} signals: {self.met} of {self.total}"


@dataclass(frozen=True, slots=True)
class GradeResult:
    case: str
    sections: tuple[SectionResult, ...]
    red_flags: tuple[RedFlagHit, ...]

    @property
    def items(self) -> tuple[ItemResult, ...]:
        return tuple(r for s in self.sections for r in s.items)

    @property
    def score(self) -> float:
        total = sum(s.total_weight for s in self.sections)
        return sum(s.met_weight for s in self.sections) / total if total else 0.0

    @property
    def named(self) -> tuple[ItemResult, ...]:
        """Ideas named without saying why (or how, or with what numbers)."""
        return tuple(r for r in self.items if r.named)

    def section(self, section_id: str) -> SectionResult:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def item(self, item_id: str) -> ItemResult:
        for r in self.items:
            if r.item.id == item_id:
                return r
        raise KeyError(item_id)

    @property
    def shown_levels(self) -> tuple[LevelResult, ...]:
        """The levels the rubric has items at, for the verdict lines people read.

        A rubric without senior or staff items would otherwise print "senior signals: 0 of 0",
        which says nothing; `levels` (JSON, the store, the export's data) keeps all of them.
        """
        return tuple(lv for lv in self.levels if lv.total)

    @property
    def levels(self) -> tuple[LevelResult, ...]:
        out = []
        for level in LEVELS:
            rs = [r for r in self.items if r.item.level == level]
            out.append(
                LevelResult(
                    level,
                    sum(r.met for r in rs),
                    len(rs),
                    sum(r.item.weight for r in rs if r.met),
                    sum(r.item.weight for r in rs),
                )
            )
        return tuple(out)
