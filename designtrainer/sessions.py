"""An attempt's life cycle: start, resume, claim, leave, finish. One set of rules for CLI and TUI.

An attempt is claimed by the process that has it open (the store keeps the owner's pid), so two
windows never type into the same attempt: resuming offers only attempts no other live window
has open, and opening one by id fails while another window holds it. Finishing stores the grade,
releases the claim and turns the attempt into review cards, in that order, wherever it happens.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from designtrainer.domain.model import Case, Rubric
from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading.results import (
    Evidence,
    GradeResult,
    ItemResult,
    RedFlagHit,
    SectionResult,
)
from designtrainer.store.attempt import AttemptSummary, Mode, SectionState
from designtrainer.store.db import Store

if TYPE_CHECKING:
    from designtrainer.io.importing import ImportedAnswers

OPEN_ELSEWHERE = (
    "Your unfinished attempt is open in another designtrainer window; this is a new attempt."
)


@dataclass(frozen=True, slots=True)
class Resumable:
    """What there is to resume for a case and mode."""

    latest: AttemptSummary | None
    """The newest unfinished attempt no other window has open, or None."""
    busy: bool
    """There are unfinished attempts, but every one is open in another window."""


def resumable(store: Store, case_id: str, mode: Mode) -> Resumable:
    unfinished = store.attempts(case_id=case_id, finished=False, mode=mode)
    free = [a for a in unfinished if not store.in_use_elsewhere(a.id)]
    return Resumable(free[0] if free else None, bool(unfinished) and not free)


def start(store: Store, case: Case, mode: Mode = "solo") -> int:
    """A new attempt, claimed by this process."""
    return store.start_attempt(case.id, case.title, mode)


def claim(store: Store, attempt_id: int) -> bool:
    """Take an existing attempt for this process; False while another live window has it."""
    return store.claim(attempt_id)


def leave(store: Store, attempt_id: int) -> None:
    """Let other windows open the attempt again (it stays unfinished)."""
    store.release(attempt_id)


def finish_solo(store: Store, attempt_id: int, result: GradeResult) -> None:
    """Store the checker's grade, release the attempt, review its cards."""
    store.finish(attempt_id, result)
    store.release(attempt_id)
    _record_finished(store, attempt_id)


def finish_peer(
    store: Store,
    attempt_id: int,
    rubric: Rubric,
    review: PeerReview,
    checker: GradeResult | None,
) -> PeerReview:
    """Store the decided review and the interviewer's result; release; review the cards.

    Returns the review with its recommendation decided, as stored.
    """
    decided = review.decided(rubric.items, rubric.red_flags)
    store.save_peer(attempt_id, decided)
    store.finish(attempt_id, interviewer_result(rubric, decided, checker))
    store.release(attempt_id)
    _record_finished(store, attempt_id)
    return decided


def interviewer_result(
    rubric: Rubric, review: PeerReview, checker: GradeResult | None
) -> GradeResult:
    """What a finished peer interview stores as its result: the rubric as the interviewer ticked it.

    Stored in the grade's shape so history scores, exports, progress and review cards read a
    peer attempt like a solo one, and so the scorecard keeps the rubric items as they were. An
    item is met when the interviewer ticked it; its evidence is the checker's quote from the
    candidate's notes when the checker found it too (else none). Red flags are those heard:
    ticked by the interviewer or found by the checker in the notes (with its evidence).
    """
    ticked = review.ticked(rubric.items)
    found: Mapping[str, tuple[Evidence, ...]] = {}
    flags_found: Mapping[str, tuple[Evidence, ...]] = {}
    if checker is not None:
        found = {r.item.id: r.evidence for r in checker.items if r.met}
        flags_found = {h.flag.id: h.evidence for h in checker.red_flags}
    sections = tuple(
        SectionResult(
            sid,
            tuple(
                ItemResult(
                    item, item.id in ticked, found.get(item.id, ()) if item.id in ticked else ()
                )
                for item in rubric.section_items(sid)
            ),
        )
        for sid in SECTION_IDS
    )
    heard = set(review.red_flags) | set(flags_found)
    flags = tuple(
        RedFlagHit(flag, flags_found.get(flag.id, ()))
        for flag in rubric.red_flags
        if flag.id in heard
    )
    return GradeResult(rubric.case, sections, flags)


def import_finished(
    store: Store,
    case: Case,
    imported: ImportedAnswers,
    answers: dict[str, str],
    result: GradeResult,
) -> int:
    """Store an imported attempt as finished (one transaction) and review its cards.

    What the file holds besides the answers is kept: the dates, each section's seconds, hints
    and submission, and the clarifying questions with the answers given. A question's
    clarification index is kept only while the case still has that clarification.
    """
    # Submission is exact when the file says when the attempt ended (format 2); otherwise
    # (a hand-written file, an old export) every answered section counts as submitted then.
    fill = imported.finished_at is None
    when = imported.created_at if imported.created_at is not None else time.time()
    sections = []
    for sid in SECTION_IDS:
        state = imported.sections.get(sid) or SectionState(sid)
        answer = answers.get(sid, "")
        if answer or state.seconds or state.hints_used or state.submitted_at is not None:
            at = when if fill and answer and state.submitted_at is None else state.submitted_at
            sections.append(replace(state, section=sid, answer=answer, submitted_at=at))
    questions = [
        q
        if q.clarification is None or 0 <= q.clarification < len(case.clarifications)
        else replace(q, clarification=None)
        for q in imported.questions
    ]
    attempt_id = store.import_attempt(
        case.id,
        case.title,
        imported.mode,
        sections,
        result,
        questions,
        created_at=imported.created_at,
        finished_at=imported.finished_at,
        peer=imported.peer if imported.mode == "peer" else None,
    )
    _record_finished(store, attempt_id)
    return attempt_id


def _record_finished(store: Store, attempt_id: int) -> None:
    """review.cards.record_finished, imported when an attempt finishes: it brings the
    scheduler (fsrs) with it, which the app's start-up does not need (issue 12)."""
    from designtrainer.review.cards import record_finished

    record_finished(store, attempt_id)
