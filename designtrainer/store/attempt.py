"""An attempt at a case as stored: answers, timings, questions asked, hints, the grade, the review.

The grade is read back by store.codec as a GradeResult whose items are snapshots (labels, whys,
levels and weights as graded), so an attempt stays readable after its case file changes or
disappears. It lives in the store layer, not the domain, because it holds a grading result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from designtrainer.domain.review import PeerReview
from designtrainer.grading.results import GradeResult

Mode = Literal["solo", "peer"]


@dataclass(frozen=True, slots=True)
class SectionState:
    section: str
    answer: str = ""
    seconds: float = 0.0
    hints_used: int = 0
    submitted_at: float | None = None

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    answer: str
    clarification: int | None  # index into the case's clarifications, None if unrecognised
    asked_at: float


@dataclass(frozen=True, slots=True)
class Attempt:
    id: int
    case_id: str
    case_title: str
    mode: Mode
    created_at: float
    updated_at: float
    finished_at: float | None
    current_section: str | None
    sections: dict[str, SectionState] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    result: GradeResult | None = None
    """The grade when finished: the checker's, or for a peer interview the interviewer's ticks."""
    peer: PeerReview | None = None
    damaged: str = ""
    """What of the stored row could not be read (a bad JSON value), or "": the rest is shown."""

    def section(self, section_id: str) -> SectionState:
        return self.sections.get(section_id) or SectionState(section_id)

    @property
    def answers(self) -> dict[str, str]:
        return {sid: s.answer for sid, s in self.sections.items()}

    @property
    def score(self) -> float | None:
        return None if self.result is None else self.result.score

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.sections.values())

    @property
    def hints_used(self) -> int:
        return sum(s.hints_used for s in self.sections.values())

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True, slots=True)
class AttemptSummary:
    id: int
    case_id: str
    case_title: str
    mode: Mode
    created_at: float
    updated_at: float
    finished_at: float | None
    score: float | None
    seconds: float
    damaged: str = ""
    """What of the stored row could not be read, or "" (see Attempt.damaged)."""


HistoryRow = tuple[int, float, str, str, float | None, float | None, float, str]
"""One attempt as `history` prints it: (id, updated_at, case_id, mode, finished_at, score,
seconds, what of its grade could not be read or "")."""


@dataclass(frozen=True, slots=True)
class CaseStats:
    """One case's attempts at a glance: what the picker shows beside it."""

    best: float | None
    """The best score of a finished attempt, None when none is finished and graded."""
    last_updated: float
    unfinished: bool
