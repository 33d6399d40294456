"""The words every layer shares: interview sections, rubric levels, ratings, communication signals.

Declared once here so that grading, storage, rendering and the screens agree on ids and titles
without importing each other (the scorecard used to import the export module for these).
"""

from __future__ import annotations

from typing import Literal

SectionId = Literal["framing", "data", "modeling", "evaluation", "production"]
SECTION_IDS: tuple[SectionId, ...] = ("framing", "data", "modeling", "evaluation", "production")
SECTION_TITLES: dict[str, str] = {
    "framing": "Problem framing",
    "data": "Data",
    "modeling": "Modeling",
    "evaluation": "Evaluation",
    "production": "Production",
}

Level = Literal["core", "senior", "staff"]
LEVELS: tuple[Level, ...] = ("core", "senior", "staff")

RATING_LABELS: dict[int, str] = {
    1: "strong no hire",
    2: "lean no hire",
    3: "lean hire",
    4: "strong hire",
}
"""An interviewer's rating of a section or a communication signal, and the hire scale."""

COMMUNICATION_TITLES: dict[str, str] = {
    "clarifying": "Clarifying questions",
    "structure": "Structure",
    "tradeoffs": "Trade-offs",
    "time": "Time management",
}
SIGNALS: tuple[str, ...] = tuple(COMMUNICATION_TITLES)
"""The communication signals a peer interviewer rates, in the order they are shown."""


def rating_label(value: int | None) -> str:
    """'3 · lean hire', or '—' for no rating."""
    return f"{value} · {RATING_LABELS[value]}" if value in RATING_LABELS else "—"
