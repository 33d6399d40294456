"""What grading returns: plain frozen data a person can read, with evidence for every tick."""

from __future__ import annotations

from dataclasses import dataclass

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.domain.vocabulary import LEVELS

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
    evidence: tuple[Evidence, ...]
    """For a met item, what earned it; for a missed one, any negated mentions."""
    missing_groups: tuple[int, ...] = ()

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
