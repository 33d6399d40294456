"""The scorecard of a peer interview: ratings, coverage, the recommendation, red flags heard.

Pure functions over a PeerReview (domain.review) and the rubric items and red flags it was held
against: the live rubric's during an interview, or the snapshots a finished attempt's stored
result keeps, so a finished scorecard reads the same after its case file changes or goes.

The interviewer decides: their ticks and ratings are the review. The checker's findings in the
candidate's pasted notes only reach the scorecard as red flags "found in the candidate's notes".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.domain.review import PeerReview, Recommendation, recommend
from designtrainer.domain.vocabulary import (
    COMMUNICATION_TITLES,
    LEVELS,
    SECTION_IDS,
    SECTION_TITLES,
    SIGNALS,
    Level,
    SectionId,
    rating_label,
)
from designtrainer.grading.results import GradeResult
from designtrainer.render.formatting import clock
from designtrainer.render.markdown import block_quote, inline

# -- the scorecard ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Coverage:
    ticked: int
    total: int

    @property
    def share(self) -> float | None:
        return self.ticked / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.ticked}/{self.total}" if self.total else "—"


@dataclass(frozen=True, slots=True)
class SectionCard:
    id: SectionId
    title: str
    rating: int | None
    coverage: Mapping[Level, Coverage]
    note: str
    seconds: float | None = None
    budget_minutes: int | None = None

    @property
    def over_budget(self) -> bool:
        return (
            self.seconds is not None
            and self.budget_minutes is not None
            and self.seconds > self.budget_minutes * 60
        )


@dataclass(frozen=True, slots=True)
class FlagHeard:
    flag: RedFlag
    ticked: bool
    """The interviewer ticked it."""
    quote: str | None
    """The candidate's pasted words the checker found it in, if it did."""


@dataclass(frozen=True, slots=True)
class Scorecard:
    case: str
    sections: tuple[SectionCard, ...]
    levels: Mapping[Level, Coverage]
    communication: tuple[tuple[str, str, int | None], ...]
    """(signal key, title, rating) for clarifying, structure, trade-offs and time."""
    communication_notes: str
    recommendation: Recommendation
    strengths: tuple[RubricItem, ...]
    """Senior and staff items the interviewer ticked."""
    gaps: tuple[RubricItem, ...]
    """Core items the interviewer did not tick (each with its `why`)."""
    red_flags: tuple[FlagHeard, ...]

    @property
    def section_mean(self) -> float | None:
        rated = [s.rating for s in self.sections if s.rating is not None]
        return sum(rated) / len(rated) if rated else None


def build_scorecard(
    review: PeerReview,
    items: Sequence[RubricItem],
    flags: Sequence[RedFlag],
    *,
    case: str = "",
    checker_flags: Mapping[str, str] | None = None,
    seconds: Mapping[str, float] | None = None,
    budgets: Mapping[str, int] | None = None,
) -> Scorecard:
    """Everything the scorecard shows, from the review (`checker_flags`: flag id -> quote).

    The recommendation is the one stored with the review when there is one (as decided at the
    time, even if the rule changed since), else worked out now.
    """
    recommendation = review.recommendation or recommend(review, items, flags)
    ticked = review.ticked(items)
    checker_flags = checker_flags or {}

    def coverage(items: Iterable[RubricItem]) -> dict[Level, Coverage]:
        items = list(items)
        return {
            lv: Coverage(
                sum(i.id in ticked for i in items if i.level == lv),
                sum(i.level == lv for i in items),
            )
            for lv in LEVELS
        }

    sections = tuple(
        SectionCard(
            id=sid,
            title=SECTION_TITLES[sid],
            rating=review.ratings.get(sid),
            coverage=coverage(i for i in items if i.section == sid),
            note=review.notes.get(sid, ""),
            seconds=seconds.get(sid) if seconds is not None else None,
            budget_minutes=budgets.get(sid) if budgets is not None else None,
        )
        for sid in SECTION_IDS
    )
    return Scorecard(
        case=case,
        sections=sections,
        levels=coverage(items),
        communication=tuple(
            (key, COMMUNICATION_TITLES[key], review.communication.get(key)) for key in SIGNALS
        ),
        communication_notes=review.communication_notes,
        recommendation=recommendation,
        strengths=tuple(i for i in items if i.level != "core" and i.id in ticked),
        gaps=tuple(i for i in items if i.level == "core" and i.id not in ticked),
        red_flags=tuple(
            FlagHeard(flag, flag.id in review.red_flags, checker_flags.get(flag.id))
            for flag in flags
            if flag.id in review.red_flags or flag.id in checker_flags
        ),
    )


def scorecard_markdown(card: Scorecard, title: str) -> str:
    """The scorecard as markdown, for the screen (people read it; nothing parses it back)."""
    rec = card.recommendation
    out = [f"# {inline(title)} — peer interview scorecard", ""]
    # Escaped: a review imported from a peer export carries the file's own words here.
    out.append(f"**Recommendation: {inline(rec.outcome) if rec.outcome else 'none yet'}**")
    if rec.why:
        out += ["", f"Why: {inline(rec.why)}"]
    out += ["", f"> Rule: {inline(rec.rule)}.", ""]
    out += [
        "## Ratings and coverage",
        "",
        "| Section | Rating | Core | Senior | Staff | Time |",
        "|---|---|---|---|---|---|",
    ]
    for s in card.sections:
        time = "—"
        if s.seconds is not None:
            time = clock(s.seconds)
            if s.budget_minutes is not None:
                time += f" / {s.budget_minutes}:00" + (" (over)" if s.over_budget else "")
        cells = " | ".join(str(s.coverage[lv]) for lv in LEVELS)
        out.append(f"| {s.title} | {rating_label(s.rating)} | {cells} | {time} |")
    total_seconds = [s.seconds for s in card.sections if s.seconds is not None]
    budgets = [s.budget_minutes for s in card.sections if s.budget_minutes is not None]
    mean = card.section_mean
    total_time = clock(sum(total_seconds)) if total_seconds else "—"
    if total_seconds and budgets:
        total_time += f" / {sum(budgets)}:00"
    levels = " | ".join(
        f"**{c}**" + (f" ({round(c.share * 100)}%)" if c.share is not None else "")
        for c in (card.levels[lv] for lv in LEVELS)
    )
    out.append(
        f"| **All** | {f'mean {_num(mean)}' if mean is not None else '—'} | {levels} | "
        f"**{total_time}** |"
    )
    out += ["", "## Communication", "", "| Signal | Rating |", "|---|---|"]
    out += [f"| {t} | {rating_label(r)} |" for _, t, r in card.communication]
    if card.communication_notes.strip():
        out += ["", *block_quote(card.communication_notes)]
    out += ["", "## Strengths (senior and staff items heard)", ""]
    out += [
        f"- **{inline(i.label)}** ({SECTION_TITLES[i.section]}, {i.level})" for i in card.strengths
    ] or ["None ticked."]
    out += ["", "## Gaps (core items not heard)", ""]
    out += [
        f"- **{inline(i.label)}** ({SECTION_TITLES[i.section]}): {inline(i.why)}" for i in card.gaps
    ] or ["None: every core item was ticked."]
    out += ["", "## Red flags heard", ""]
    for heard in card.red_flags:
        sources = []
        if heard.ticked:
            sources.append("ticked by the interviewer")
        if heard.quote is not None:
            sources.append(f"in the candidate's notes: “{inline(heard.quote)}”")
        name = f"**{inline(heard.flag.name)}**"
        out.append(f"- ⚠ {name}: {inline(heard.flag.message)} ({'; '.join(sources)})")
    if not card.red_flags:
        out.append("None.")
    written = [s for s in card.sections if s.note.strip()]
    if written:
        out += ["", "## Interviewer notes"]
        for s in written:
            out += ["", f"### {s.title}", "", *block_quote(s.note)]
    return "\n".join(out) + "\n"


def flag_quotes(result: GradeResult) -> dict[str, str]:
    """Red flag id -> the words of the candidate's notes the checker found it in."""
    return {h.flag.id: h.evidence[0].text for h in result.red_flags if h.evidence}


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
