"""Review cards as stored: pure data passed between the store and designtrainer.review.

A card is one rubric item of one case, keyed by (case id, item id), so editing a case's wording
never resets what a person has learned. The scheduling state is FSRS's own card dictionary,
kept as JSON, so the store never needs to know the algorithm. Pure data and no fsrs import here:
this module sits below the store (it moves to domain/ with the architecture restructure).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

RatingName = Literal["again", "hard", "good", "easy"]
RATING_NAMES: tuple[RatingName, ...] = ("again", "hard", "good", "easy")
ReviewSource = Literal["solo", "peer", "drill"]

CardKey = tuple[str, str]
"""(case id, item id)."""


@dataclass(frozen=True, slots=True)
class CardRecord:
    case_id: str
    item_id: str
    section: str
    label: str
    """The item's label when last reviewed: shown even after the case file changes or goes."""
    fsrs: dict[str, Any]
    """fsrs.Card.to_dict(); read back with fsrs.Card.from_dict."""
    due: float
    """Epoch seconds, a copy of fsrs['due'] so the store can order and filter on it."""
    last_rating: RatingName | None = None
    last_review: float | None = None
    reviews: int = 0

    @property
    def key(self) -> CardKey:
        return (self.case_id, self.item_id)


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    case_id: str
    item_id: str
    reviewed_at: float
    rating: RatingName
    source: ReviewSource
    due_after: float
    attempt_id: int | None = None
    drill_id: int | None = None


@dataclass(frozen=True, slots=True)
class DrillAnswer:
    """What a person wrote for one drill card; kept even when the review is never saved."""

    id: int
    case_id: str
    item_id: str
    answer: str
    created_at: float
    updated_at: float
    rating: RatingName | None = None
    reviewed_at: float | None = None
