"""Peer mock interviews: the interviewer's review, the hire recommendation, the scorecard.

Pure functions over frozen data; no I/O and no textual. The review is stored in `attempt.peer`
as the dict export.py renders::

    {"ratings": {section: 1-4}, "notes": {section: str}, "ticks": {section: [item ids]},
     "communication": {"clarifying": 1-4, "structure": 1-4, "tradeoffs": 1-4, "time": 1-4,
                       "notes": str},
     "recommendation": str, "rule": str, "red_flags": [flag ids]}

Ratings: 1 strong no hire, 2 lean no hire, 3 lean hire, 4 strong hire. `red_flags` (the rubric
red flags the interviewer heard) is the one key export.py does not read; it is kept so the
review can be resumed and the recommendation recomputed.

The interviewer decides: their ticks and ratings are the review. The checker's findings in the
candidate's pasted notes are suggestions, shown apart; they only reach the scorecard as quotes
next to an item the interviewer ticked, and as red flags "found in the candidate's notes".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from designtrainer.domain.model import RedFlag, Rubric, RubricItem
from designtrainer.domain.vocabulary import (
    COMMUNICATION_TITLES,
    LEVELS,
    RATING_LABELS,
    SECTION_IDS,
    SECTION_TITLES,
    SIGNALS,
    Level,
    SectionId,
    rating_label,
)
from designtrainer.grading.results import (
    Evidence,
    GradeResult,
    ItemResult,
    RedFlagHit,
    SectionResult,
)
from designtrainer.render.formatting import clock

CORE_NEEDED = 0.70  # share of core items the interviewer must have ticked above lean no hire
NO_RECOMMENDATION = ""


def _rating(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if value in RATING_LABELS else None


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


# -- the review -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeerReview:
    """What the interviewer recorded. Every change returns a new review."""

    ratings: Mapping[str, int] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    ticks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    communication: Mapping[str, int] = field(default_factory=dict)
    communication_notes: str = ""
    red_flags: tuple[str, ...] = ()
    recommendation: str = NO_RECOMMENDATION
    rule: str = ""

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any] | None) -> PeerReview:
        """Read a stored review, dropping anything malformed (it came from a JSON column)."""
        raw = _mapping(raw)
        ratings = {
            str(sid): r for sid, v in _mapping(raw.get("ratings")).items() if (r := _rating(v))
        }
        notes = {str(sid): v for sid, v in _mapping(raw.get("notes")).items() if isinstance(v, str)}
        ticks = {
            str(sid): tuple(dict.fromkeys(str(i) for i in v))
            for sid, v in _mapping(raw.get("ticks")).items()
            if isinstance(v, list) and v
        }
        comm = _mapping(raw.get("communication"))
        signals = {key: r for key in SIGNALS if (r := _rating(comm.get(key)))}
        flags = raw.get("red_flags")
        return cls(
            ratings=ratings,
            notes=notes,
            ticks=ticks,
            communication=signals,
            communication_notes=str(comm.get("notes") or ""),
            red_flags=tuple(dict.fromkeys(str(f) for f in flags))
            if isinstance(flags, list)
            else (),
            recommendation=str(raw.get("recommendation") or ""),
            rule=str(raw.get("rule") or ""),
        )

    def to_dict(self) -> dict[str, Any]:
        """The stored shape (see the module doc); empty notes and tick lists are left out."""
        communication: dict[str, Any] = {
            k: self.communication[k] for k in SIGNALS if k in self.communication
        }
        communication["notes"] = self.communication_notes
        return {
            "ratings": {sid: self.ratings[sid] for sid in SECTION_IDS if sid in self.ratings},
            "notes": {sid: text for sid, text in self.notes.items() if text.strip()},
            "ticks": {sid: list(ids) for sid, ids in self.ticks.items() if ids},
            "communication": communication,
            "recommendation": self.recommendation,
            "rule": self.rule,
            "red_flags": list(self.red_flags),
        }

    # -- changes ------------------------------------------------------------------------------
    def rate(self, section: str, value: int | None) -> PeerReview:
        ratings = {k: v for k, v in self.ratings.items() if k != section}
        if (rating := _rating(value)) is not None:
            ratings[section] = rating
        return replace(self, ratings=ratings)

    def with_ticks(self, section: str, item_ids: Iterable[str]) -> PeerReview:
        ticks = dict(self.ticks)
        ticks[section] = tuple(dict.fromkeys(item_ids))
        return replace(self, ticks=ticks)

    def tick(self, section: str, item_id: str, on: bool = True) -> PeerReview:
        current = self.ticks.get(section, ())
        ids = (*current, item_id) if on else tuple(i for i in current if i != item_id)
        return self.with_ticks(section, ids)

    def note(self, section: str, text: str) -> PeerReview:
        return replace(self, notes={**self.notes, section: text})

    def rate_signal(self, signal: str, value: int | None) -> PeerReview:
        if signal not in SIGNALS:
            raise KeyError(signal)
        comm = {k: v for k, v in self.communication.items() if k != signal}
        if (rating := _rating(value)) is not None:
            comm[signal] = rating
        return replace(self, communication=comm)

    def note_communication(self, text: str) -> PeerReview:
        return replace(self, communication_notes=text)

    def with_flags(self, flag_ids: Iterable[str]) -> PeerReview:
        return replace(self, red_flags=tuple(dict.fromkeys(flag_ids)))

    def flag(self, flag_id: str, on: bool = True) -> PeerReview:
        if on:
            return self.with_flags((*self.red_flags, flag_id))
        return self.with_flags(f for f in self.red_flags if f != flag_id)

    def decided(self, rubric: Rubric) -> PeerReview:
        """The review with its recommendation and rule filled in from `recommend`."""
        recommendation, rule = recommend(self, rubric)
        return replace(self, recommendation=recommendation, rule=rule)

    # -- reading ------------------------------------------------------------------------------
    def ticked(self, rubric: Rubric) -> set[str]:
        """Ids of the rubric items the interviewer ticked (each in its own section)."""
        return {item.id for item in rubric.items if item.id in self.ticks.get(item.section, ())}

    @property
    def communication_average(self) -> float | None:
        given = [self.communication[k] for k in SIGNALS if k in self.communication]
        return sum(given) / len(given) if given else None

    @property
    def missing_ratings(self) -> tuple[str, ...]:
        """Titles of the sections and signals not rated yet, in interview order."""
        return tuple(SECTION_TITLES[s] for s in SECTION_IDS if s not in self.ratings) + tuple(
            COMMUNICATION_TITLES[k] for k in SIGNALS if k not in self.communication
        )


def _review(peer: PeerReview | Mapping[str, Any] | None) -> PeerReview:
    return peer if isinstance(peer, PeerReview) else PeerReview.from_dict(peer)


# -- the recommendation -----------------------------------------------------------------------

RULE = (
    "the mean of the section ratings and the communication average (the mean of its rated "
    "signals), rounded half up (1 strong no hire, 2 lean no hire, 3 lean hire, 4 strong hire); "
    f"capped at lean no hire when fewer than {round(CORE_NEEDED * 100)}% of core rubric items "
    "were ticked or any section is rated strong no hire, and at lean hire when the interviewer "
    "ticked a red flag"
)


def recommend(peer: PeerReview | Mapping[str, Any] | None, rubric: Rubric) -> tuple[str, str]:
    """(recommendation, rule_text): the rule, stated with the figures it was applied to.

    The recommendation is one of the four rating labels, or "" before any section is rated.
    """
    review = _review(peer)
    section_ratings = [review.ratings[s] for s in SECTION_IDS if s in review.ratings]
    if not section_ratings:
        return NO_RECOMMENDATION, f"No section rated yet, so no recommendation. Rule: {RULE}."
    values: list[float] = [float(r) for r in section_ratings]
    parts = [f"{len(section_ratings)} of {len(SECTION_IDS)} sections rated"]
    comm = review.communication_average
    if comm is not None:
        values.append(comm)
        parts.append(f"communication average {_num(comm)}")
    else:
        parts.append("communication not rated")
    mean = sum(values) / len(values)
    level = min(4, max(1, math.floor(mean + 0.5)))
    applied = [f"mean {_num(mean)} → {RATING_LABELS[level]}"]

    core = [item for item in rubric.items if item.level == "core"]
    ticked = review.ticked(rubric)
    core_ticked = sum(item.id in ticked for item in core)
    caps: list[str] = []
    if core and core_ticked / len(core) < CORE_NEEDED:
        caps.append(
            f"only {core_ticked} of {len(core)} core items ticked "
            f"({round(core_ticked / len(core) * 100)}%)"
        )
    low = [SECTION_TITLES[s] for s in SECTION_IDS if review.ratings.get(s) == 1]
    if low:
        caps.append(f"{', '.join(low)} rated strong no hire")
    if caps and level > 2:
        level = 2
        applied.append(f"capped at lean no hire: {'; '.join(caps)}")
    elif caps:
        applied.append(f"the lean no hire cap changes nothing ({'; '.join(caps)})")
    else:
        applied.append(
            f"{core_ticked} of {len(core)} core items ticked, no section rated strong no hire"
        )
    known = {f.id for f in rubric.red_flags}
    heard = [f for f in review.red_flags if f in known]
    if heard and level > 3:
        level = 3
        applied.append(f"capped at lean hire: {len(heard)} red flag(s) ticked")
    elif heard:
        applied.append(f"{len(heard)} red flag(s) ticked")
    else:
        applied.append("no red flags ticked")
    return RATING_LABELS[level], (
        f"Rule: {RULE}. Applied: {', '.join(parts)}; {'; '.join(applied)} ⇒ {RATING_LABELS[level]}."
    )


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


# -- the interviewer's ticks as a grade -------------------------------------------------------


def peer_grade(
    rubric: Rubric, peer: PeerReview | Mapping[str, Any] | None, checker: GradeResult | None
) -> GradeResult:
    """The review as a grade result, to store as the attempt's result when it is finished.

    An item is met when the interviewer ticked it; its evidence is the checker's quote from the
    candidate's notes when the checker found it too (else none). Red flags are those heard:
    ticked by the interviewer or found by the checker in the notes (with its evidence).
    """
    review = _review(peer)
    ticked = review.ticked(rubric)
    found: dict[str, tuple[Evidence, ...]] = {}
    flags_found: dict[str, tuple[Evidence, ...]] = {}
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


def rubric_from_result(result: Mapping[str, Any], case_id: str = "") -> Rubric:
    """The rubric a stored result was graded against, as far as the result records it.

    Items keep their labels, levels, weights and whys; red flags are only those the result
    holds. Evidence phrases are not stored, so they are empty: good for a scorecard, not for
    grading. Lets a finished attempt read the same after its case file changes or goes.
    """
    items: list[RubricItem] = []
    for section in result.get("sections") or []:
        sid = _mapping(section).get("id")
        if sid not in SECTION_IDS:
            continue
        for raw in _mapping(section).get("items") or []:
            raw = _mapping(raw)
            level = raw.get("level")
            weight = raw.get("weight")
            items.append(
                RubricItem(
                    id=str(raw.get("id") or ""),
                    section=sid,
                    label=str(raw.get("label") or raw.get("id") or "?"),
                    weight=weight if isinstance(weight, int) else 1,
                    level=level if level in LEVELS else "core",
                    evidence=(),
                    why=str(raw.get("why") or ""),
                )
            )
    flags = tuple(
        RedFlag(
            id=str(f.get("id") or ""), message=str(f.get("message") or f.get("id")), evidence=()
        )
        for f in (_mapping(x) for x in result.get("red_flags") or [])
    )
    return Rubric(str(result.get("case") or case_id), tuple(items), flags)


def flag_quotes(result: Mapping[str, Any]) -> dict[str, str]:
    """Red flag id -> the words of the candidate's notes the checker found it in."""
    out: dict[str, str] = {}
    for flag in result.get("red_flags") or []:
        evidence = _mapping(flag).get("evidence")
        if isinstance(evidence, list) and evidence:
            out[str(_mapping(flag).get("id"))] = str(_mapping(evidence[0]).get("text") or "")
    return out


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
    recommendation: str
    rule: str
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
    peer: PeerReview | Mapping[str, Any] | None,
    rubric: Rubric,
    *,
    checker_flags: Mapping[str, str] | None = None,
    seconds: Mapping[str, float] | None = None,
    budgets: Mapping[str, int] | None = None,
) -> Scorecard:
    """Everything the scorecard shows, from the review (`checker_flags`: flag id -> quote)."""
    review = _review(peer)
    recommendation, rule = recommend(review, rubric)
    ticked = review.ticked(rubric)
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
            coverage=coverage(rubric.section_items(sid)),
            note=review.notes.get(sid, ""),
            seconds=seconds.get(sid) if seconds is not None else None,
            budget_minutes=budgets.get(sid) if budgets is not None else None,
        )
        for sid in SECTION_IDS
    )
    return Scorecard(
        case=rubric.case,
        sections=sections,
        levels=coverage(rubric.items),
        communication=tuple(
            (key, COMMUNICATION_TITLES[key], review.communication.get(key)) for key in SIGNALS
        ),
        communication_notes=review.communication_notes,
        recommendation=recommendation,
        rule=rule,
        strengths=tuple(i for i in rubric.items if i.level != "core" and i.id in ticked),
        gaps=tuple(i for i in rubric.items if i.level == "core" and i.id not in ticked),
        red_flags=tuple(
            FlagHeard(flag, flag.id in review.red_flags, checker_flags.get(flag.id))
            for flag in rubric.red_flags
            if flag.id in review.red_flags or flag.id in checker_flags
        ),
    )


def scorecard_markdown(card: Scorecard, title: str) -> str:
    """The scorecard as markdown, for the screen (people read it; nothing parses it back)."""
    out = [f"# {_md(title)} — peer interview scorecard", ""]
    out.append(f"**Recommendation: {card.recommendation or 'none yet'}**")
    rule, applied = card.rule, ""
    if card.rule.startswith("Rule: ") and ". Applied: " in card.rule:
        rule, applied = card.rule.split(". Applied: ", 1)
        rule += "."
    if applied:
        out += ["", f"Why: {_md(applied)}"]
    out += ["", f"> {_md(rule)}", ""]
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
        out += ["", *_quoted(card.communication_notes)]
    out += ["", "## Strengths (senior and staff items heard)", ""]
    out += [
        f"- **{_md(i.label)}** ({SECTION_TITLES[i.section]}, {i.level})" for i in card.strengths
    ] or ["None ticked."]
    out += ["", "## Gaps (core items not heard)", ""]
    out += [
        f"- **{_md(i.label)}** ({SECTION_TITLES[i.section]}): {_md(i.why)}" for i in card.gaps
    ] or ["None: every core item was ticked."]
    out += ["", "## Red flags heard", ""]
    for heard in card.red_flags:
        sources = []
        if heard.ticked:
            sources.append("ticked by the interviewer")
        if heard.quote is not None:
            sources.append(f"in the candidate's notes: “{_md(heard.quote)}”")
        out.append(f"- ⚠ {_md(heard.flag.message)} ({'; '.join(sources)})")
    if not card.red_flags:
        out.append("None.")
    written = [s for s in card.sections if s.note.strip()]
    if written:
        out += ["", "## Interviewer notes"]
        for s in written:
            out += ["", f"### {s.title}", "", *_quoted(s.note)]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """One line of literal text in markdown (markup characters escaped)."""
    return "".join("\\" + c if c in "\\`*_[]<>|#" else c for c in " ".join(text.split()))


def _quoted(text: str) -> list[str]:
    lines = text.strip("\n").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [f"> {_md(line)}" if line.strip() else ">" for line in lines]
