"""The one reader of a stored grade (attempts.result, the `grade --format json` shape).

Attempts keep their grade as JSON written by report.to_json. Everything in designtrainer.review
reads it through `read_result`, which takes what it can from a damaged or older row and never
raises; the architecture work replaces it with the store codec.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from designtrainer.domain.vocabulary import SECTION_IDS


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


def read_result(raw: Mapping[str, Any] | None) -> StoredResult | None:
    """The stored grade, or None when there is none (an unfinished attempt, a damaged row)."""
    if not isinstance(raw, Mapping):
        return None
    sections = []
    for s in _list(raw.get("sections")):
        if not isinstance(s, Mapping) or s.get("id") not in SECTION_IDS:
            continue
        sid = str(s["id"])
        items = tuple(
            StoredItem(
                id=str(i["id"]),
                section=sid,
                label=str(i.get("label") or i["id"]),
                met=bool(i.get("met")),
                level=str(i.get("level") or "core"),
                weight=_int(i.get("weight"), 1),
                why=str(i.get("why") or ""),
                state=str(i["state"]) if isinstance(i.get("state"), str) else None,
                quotes=tuple(
                    str(e["text"])
                    for e in _list(i.get("evidence"))
                    if isinstance(e, Mapping) and isinstance(e.get("text"), str)
                ),
            )
            for i in _list(s.get("items"))
            if isinstance(i, Mapping) and isinstance(i.get("id"), str)
        )
        sections.append(StoredSection(sid, _float(s.get("score")), items))
    levels = raw.get("levels")
    verdicts = tuple(
        (str(level), str(v.get("verdict") or ""))
        for level, v in (levels.items() if isinstance(levels, Mapping) else ())
        if isinstance(v, Mapping)
    )
    return StoredResult(_float(raw.get("score")), tuple(sections), verdicts)


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _float(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default
