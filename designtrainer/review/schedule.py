"""Scheduling with FSRS (the fsrs package, the open-spaced-repetition reference implementation).

One scheduler for every card. It has no learning steps (minutes-long steps are for flashcards
drilled in one sitting; a design idea missed in an interview comes back tomorrow at the
earliest) and no fuzz (the same reviews give the same dates, which people and tests can check).
Every function takes "now" from its caller, so tests never depend on the wall clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler

from designtrainer.domain.cards import CardKey, CardRecord, RatingName, ReviewRecord, ReviewSource

SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
FSRS_RATINGS: dict[RatingName, Rating] = {
    "again": Rating.Again,
    "hard": Rating.Hard,
    "good": Rating.Good,
    "easy": Rating.Easy,
}
SOON = timedelta(days=7)
"""`due` lists cards due within this long as "soon"."""


def now_utc() -> datetime:
    return datetime.now(UTC)


def utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)


def _fsrs_card(record: CardRecord | None, at: datetime) -> Card:
    """The stored FSRS state; a new card when there is none or it cannot be read."""
    if record is not None:
        try:
            return Card.from_dict(record.fsrs)  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            pass  # a damaged row: start the card again rather than fail the review
    return Card(card_id=0, due=at)


def schedule(
    key: CardKey,
    record: CardRecord | None,
    rating: RatingName,
    at: datetime,
    *,
    section: str,
    label: str,
    source: ReviewSource,
    attempt_id: int | None = None,
    drill_id: int | None = None,
) -> tuple[CardRecord, ReviewRecord]:
    """Review one card at `at` (UTC): its new stored state and the review log entry."""
    card, _ = SCHEDULER.review_card(_fsrs_card(record, at), FSRS_RATINGS[rating], at)
    due = card.due.timestamp()
    new = CardRecord(
        key[0],
        key[1],
        section,
        label,
        dict(card.to_dict()),
        due,
        rating,
        at.timestamp(),
        (record.reviews if record else 0) + 1,
    )
    log = ReviewRecord(key[0], key[1], at.timestamp(), rating, source, due, attempt_id, drill_id)
    return new, log


def preview(record: CardRecord | None, at: datetime) -> dict[RatingName, datetime]:
    """When the card would next be due for each rating, without saving anything."""
    card = _fsrs_card(record, at)
    return {
        name: SCHEDULER.review_card(card, rating, at)[0].due
        for name, rating in FSRS_RATINGS.items()
    }


def interleave(cards: Iterable[CardRecord]) -> list[CardRecord]:
    """Round-robin across cases, most overdue case first, each case's cards in due order.

    Mixing cases makes each card a fresh retrieval (the learner cannot coast on the context of
    the card before), which is why the drill does it.
    """
    queues: dict[str, list[CardRecord]] = {}
    for card in sorted(cards, key=lambda c: (c.due, c.case_id, c.item_id)):
        queues.setdefault(card.case_id, []).append(card)
    out: list[CardRecord] = []
    while queues:
        for case_id in list(queues):
            out.append(queues[case_id].pop(0))
            if not queues[case_id]:
                del queues[case_id]
    return out


def due_now(
    cards: Sequence[CardRecord], now: datetime, limit: int | None = None
) -> list[CardRecord]:
    """Cards due at `now`: the `limit` most overdue, interleaved across cases."""
    due = sorted((c for c in cards if c.due <= now.timestamp()), key=lambda c: c.due)
    return interleave(due[:limit] if limit is not None else due)


def due_soon(
    cards: Sequence[CardRecord], now: datetime, within: timedelta = SOON
) -> list[CardRecord]:
    """Cards not due yet but due within `within`, soonest first."""
    start, end = now.timestamp(), (now + within).timestamp()
    return [c for c in cards if start < c.due <= end]


def when_due(due: float, now: datetime) -> str:
    """'now', 'overdue 3 d', 'in 2 h', 'tomorrow', 'in 5 d' (for people, not programs)."""
    delta = utc(due) - now
    seconds = delta.total_seconds()
    if seconds <= 0:
        days = int(-seconds // 86400)
        return f"overdue {days} d" if days else "now"
    if seconds < 18 * 3600:
        hours = max(1, round(seconds / 3600))
        return f"in {hours} h"
    days = max(1, round(seconds / 86400))
    return "tomorrow" if days == 1 else f"in {days} d"
