"""Progress over weeks: finished attempts per case, a case x section map, the weakest items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from designtrainer.domain.cards import CardRecord, ReviewRecord
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.review.stored import read_result
from designtrainer.store.db import Store

WEAKEST_SHOWN = 10


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """One finished attempt, as the progress views need it."""

    attempt_id: int
    case_id: str
    case_title: str
    mode: str
    finished_at: float
    score: float
    sections: tuple[tuple[str, float], ...]
    """(section id, score) for the sections the grade has, in interview order."""
    verdicts: tuple[tuple[str, str], ...]
    seconds: float
    hints: int


def progress_rows(store: Store, case_id: str | None = None) -> list[ProgressRow]:
    """Every finished, graded solo attempt (of one case), oldest first.

    Solo only: a peer interview is run for someone else, so its marks are theirs, not yours
    (it is listed in history, marked peer)."""
    rows = []
    for summary in store.attempts(case_id=case_id, finished=True, mode="solo"):
        attempt = store.get(summary.id)
        result = read_result(attempt.result) if attempt else None
        if attempt is None or result is None or attempt.finished_at is None:
            continue
        rows.append(
            ProgressRow(
                attempt.id,
                attempt.case_id,
                attempt.case_title,
                attempt.mode,
                attempt.finished_at,
                result.score,
                tuple((s.id, s.score) for s in result.sections),
                result.verdicts,
                attempt.seconds,
                attempt.hints_used,
            )
        )
    return sorted(rows, key=lambda r: (r.finished_at, r.attempt_id))


def by_case(rows: Sequence[ProgressRow]) -> dict[str, list[ProgressRow]]:
    """Rows grouped per case (cases in order of their first attempt), each oldest first."""
    out: dict[str, list[ProgressRow]] = {}
    for row in rows:
        out.setdefault(row.case_id, []).append(row)
    return out


def heat_map(rows: Sequence[ProgressRow]) -> dict[str, dict[str, float]]:
    """Per case, each section's score in its latest attempt: where things stand now."""
    out: dict[str, dict[str, float]] = {}
    for case_id, mine in by_case(rows).items():
        latest = dict(mine[-1].sections)
        out[case_id] = {sid: latest[sid] for sid in SECTION_IDS if sid in latest}
    return out


@dataclass(frozen=True, slots=True)
class WeakItem:
    case_id: str
    item_id: str
    section: str
    label: str
    again: int
    hard: int
    reviews: int
    last_rating: str | None
    due: float | None

    @property
    def summary(self) -> str:
        """'missed 3 of 4 · hard 1' for people."""
        parts = [f"missed {self.again} of {self.reviews}"]
        if self.hard:
            parts.append(f"hard {self.hard}")
        return " · ".join(parts)


def weakest_items(
    cards: Sequence[CardRecord], log: Sequence[ReviewRecord], limit: int = WEAKEST_SHOWN
) -> list[WeakItem]:
    """Items across cases that keep being missed: weak now (last review again or hard) first,
    then by the share of reviews missed (hard counts half), then by how often reviewed.

    A review from a peer interview (stores written before peer interviews stopped reviewing
    cards keep some until the next sync) is someone else's and never counts."""
    counts: dict[tuple[str, str], list[int]] = {}
    for review in log:
        if review.source == "peer":
            continue
        tally = counts.setdefault((review.case_id, review.item_id), [0, 0, 0])
        tally[0] += review.rating == "again"
        tally[1] += review.rating == "hard"
        tally[2] += 1
    out = []
    for card in cards:
        again, hard, total = counts.get(card.key, [0, 0, 0])
        if again or hard:
            out.append(
                WeakItem(
                    card.case_id,
                    card.item_id,
                    card.section,
                    card.label,
                    again,
                    hard,
                    total,
                    card.last_rating,
                    card.due,
                )
            )
    out.sort(
        key=lambda w: (
            w.last_rating not in ("again", "hard"),
            -(w.again + w.hard / 2) / w.reviews,
            -w.reviews,
            w.case_id,
            w.item_id,
        )
    )
    return out[:limit]
