"""Reviews from what a person did: their finished solo attempts and drill answers.

Every rubric item of every case is a card keyed by (case id, item id). A finished attempt
reviews the items of the sections that were attempted, once per attempt (the store remembers
which attempts it has recorded, so finishing twice or syncing later never counts one twice).
A peer interview reviews nothing: it is run for someone else, whose gaps are not yours to drill.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from designtrainer.domain.cards import (
    RATING_NAMES,
    CardKey,
    CardRecord,
    RatingName,
    ReviewRecord,
    ReviewSource,
)
from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.review.schedule import now_utc, schedule, utc
from designtrainer.review.stored import StoredItem, read_result
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store


class Graded(Protocol):
    """An item's grade: ItemResult from the checker, or StoredItem from a stored attempt."""

    @property
    def met(self) -> bool: ...

    @property
    def state(self) -> str | None: ...


def rating_for(item_result: Graded, hints_used: int) -> RatingName:
    """The review an item's grade stands for: missed -> again; named but not explained, or met
    after hints -> hard; met -> good. Easy is only ever the person's own choice in a drill.

    Hints are counted per section, so "met after hints" means met in a section where hints were
    used: the closest the stored attempt can say. Results stored before grading recorded a
    per-item state have none, and rate by `met` alone.
    """
    if item_result.state == "named":
        return "hard"
    if not item_result.met:
        return "again"
    return "hard" if hints_used else "good"


def attempted_sections(attempt: Attempt) -> tuple[str, ...]:
    """The sections a finished attempt actually covered; items of the others are not reviewed.

    Solo: the section has an answer. Peer: the interviewer rated it, ticked something in it, or
    took notes or the candidate's words for it. A skipped section says nothing about what the
    person knows, and reviewing it as "missed" would bury them in cards.
    """
    if attempt.mode == "peer":
        review = attempt.peer or PeerReview()
        return tuple(
            sid
            for sid in SECTION_IDS
            if sid in review.ratings
            or review.ticks.get(sid)
            or review.notes.get(sid, "").strip()
            or attempt.section(sid).answer.strip()
        )
    return tuple(sid for sid in SECTION_IDS if attempt.section(sid).answer.strip())


def record_attempt(
    store: Store, attempt: Attempt, now: datetime | None = None
) -> list[tuple[CardRecord, ReviewRecord]]:
    """Review the cards of a finished solo attempt, once; [] when already recorded.

    Reviews are dated `now`, by default when the attempt was finished (so catching up on old
    attempts later dates them right). A peer interview is recorded as seen, reviewing nothing:
    the interviewer's marks are the candidate's, and the person at the keyboard is the
    interviewer.
    """
    if not attempt.finished:
        return []
    result = read_result(attempt.result)
    at = now or (utc(attempt.finished_at) if attempt.finished_at else now_utc())
    covered = set(attempted_sections(attempt)) if attempt.mode == "solo" else set()
    items: dict[CardKey, StoredItem] = {
        (attempt.case_id, item.id): item
        for item in (result.items if result else ())
        if item.section in covered
    }
    source: ReviewSource = "peer" if attempt.mode == "peer" else "solo"

    def review(key: CardKey, record: CardRecord | None) -> tuple[CardRecord, ReviewRecord]:
        item = items[key]
        hints = attempt.section(item.section).hints_used if source == "solo" else 0
        return schedule(
            key,
            record,
            rating_for(item, hints),
            at,
            section=item.section,
            label=item.label,
            source=source,
            attempt_id=attempt.id,
        )

    done = store.review_cards(list(items), review, attempt_id=attempt.id)
    return done or []


def record_finished(store: Store, attempt_id: int) -> None:
    """The hook the finish paths call (solo, peer, import): review the attempt just finished."""
    attempt = store.get(attempt_id)
    if attempt is not None:
        record_attempt(store, attempt)


def sync_attempts(store: Store) -> int:
    """Record every finished attempt not recorded yet (older attempts, imports); how many.

    First takes out the reviews an older designtrainer made from peer interviews (see
    forget_peer_reviews)."""
    forget_peer_reviews(store)
    count = 0
    for attempt_id in store.unrecorded_attempts():
        attempt = store.get(attempt_id)
        if attempt is not None:
            record_attempt(store, attempt)
            count += 1
    return count


def forget_peer_reviews(store: Store) -> int:
    """Take the reviews made from peer interviews (by versions that still made them) out of the
    cards; how many cards changed.

    Each card they touched is rebuilt by replaying its other reviews (solo attempts, drills) in
    order with their ratings and dates, as they were first scheduled, or removed when it has
    none: the friend's gaps stop coming back as your drill cards.
    """

    def rebuild(card: CardRecord, mine: list[ReviewRecord]) -> CardRecord | None:
        record: CardRecord | None = None
        for log in mine:
            if log.rating not in RATING_NAMES:
                continue  # a damaged row: no rating to replay
            record, _ = schedule(
                card.key,
                record,
                log.rating,
                utc(log.reviewed_at),
                section=card.section,
                label=card.label,
                source=log.source,
            )
        return record

    return store.forget_reviews("peer", rebuild)


def record_drill(
    store: Store,
    drill_id: int,
    key: CardKey,
    rating: RatingName,
    *,
    section: str,
    label: str,
    now: datetime | None = None,
) -> CardRecord:
    """Save a drill card's review (and mark its typed answer reviewed); the card's new state."""
    at = now or now_utc()

    def review(key: CardKey, record: CardRecord | None) -> tuple[CardRecord, ReviewRecord]:
        return schedule(
            key, record, rating, at, section=section, label=label, source="drill", drill_id=drill_id
        )

    done = store.review_cards([key], review, drill_id=drill_id)
    assert done, "a single review always returns its card"
    return done[0][0]
