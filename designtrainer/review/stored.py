"""The review package's view of a stored grade: items with their state and quotes.

store.codec is the one reader of the stored JSON (tolerant of damaged and older rows); this is a
thin view over the GradeResult it gives, with each item's state ("met", "named" or "missed")
where grading records one.
"""

from __future__ import annotations

from dataclasses import dataclass

from designtrainer.grading.results import GradeResult


@dataclass(frozen=True, slots=True)
class StoredItem:
    id: str
    section: str
    label: str
    met: bool
    level: str = "core"
    weight: int = 1
    why: str = ""
    state: str | None = None
    """"met", "named" or "missed" once grading records it; None in results from before."""
    quotes: tuple[str, ...] = ()
    """The words that earned a met item (or, for a missed one, its negated mentions)."""


@dataclass(frozen=True, slots=True)
class StoredSection:
    id: str
    score: float
    items: tuple[StoredItem, ...]


@dataclass(frozen=True, slots=True)
class StoredResult:
    score: float
    sections: tuple[StoredSection, ...]
    verdicts: tuple[tuple[str, str], ...] = ()
    """(level, verdict) in level order, as the grade said it when it was made."""

    @property
    def items(self) -> tuple[StoredItem, ...]:
        return tuple(i for s in self.sections for i in s.items)

    def section(self, section_id: str) -> StoredSection | None:
        return next((s for s in self.sections if s.id == section_id), None)


def read_result(result: GradeResult | None) -> StoredResult | None:
    """The review package's view of a stored grade (decoded by store.codec), or None."""
    if result is None:
        return None
    sections = tuple(
        StoredSection(
            s.id,
            s.score,
            tuple(
                StoredItem(
                    id=r.item.id,
                    section=s.id,
                    label=r.item.label,
                    met=r.met,
                    level=r.item.level,
                    weight=r.item.weight,
                    why=r.item.why,
                    state=r.state,
                    quotes=tuple(e.text for e in r.evidence),
                )
                for r in s.items
            ),
        )
        for s in result.sections
    )
    verdicts = tuple((lv.level, lv.verdict) for lv in result.levels)
    return StoredResult(result.score, sections, verdicts)
