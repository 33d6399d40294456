"""A peer interviewer's review and the hire recommendation it leads to.

Pure data and pure rules: no I/O, no rendering. The review is stored by store.codec (the only
reader and writer of its JSON); the scorecard and the export render it.

Ratings: 1 strong no hire, 2 lean no hire, 3 lean hire, 4 strong hire (see vocabulary). The
interviewer decides: their ticks and ratings are the review. The checker's findings in the
candidate's pasted notes are suggestions, kept apart from it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.domain.vocabulary import (
    COMMUNICATION_TITLES,
    RATING_LABELS,
    SECTION_IDS,
    SECTION_TITLES,
    SIGNALS,
)

CORE_NEEDED = 0.70  # share of core items the interviewer must have ticked above lean no hire

RULE = (
    "the mean of the section ratings and the communication average (the mean of its rated "
    "signals), rounded half up (1 strong no hire, 2 lean no hire, 3 lean hire, 4 strong hire); "
    f"capped at lean no hire when fewer than {round(CORE_NEEDED * 100)}% of core rubric items "
    "were ticked or any section is rated strong no hire, and at lean hire when the interviewer "
    "ticked a red flag"
)
NOT_RATED = "No section rated yet, so no recommendation."


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The hire recommendation as a value: the rule, the figures it was applied to, the outcome.

    Kept structured so the scorecard and the export show each part where it belongs, instead of
    cutting a sentence apart.
    """

    outcome: str
    """One of the rating labels, or "" before any section is rated."""
    rule: str = RULE
    inputs: tuple[str, ...] = ()
    """What the rule was applied to: "3 of 5 sections rated", "communication average 2.5"."""
    steps: tuple[str, ...] = ()
    """How it was applied: "mean 2.8 → lean hire", each cap that applied or did not."""

    @property
    def why(self) -> str:
        """How the rule was applied, as one sentence; "" for a review stored without figures."""
        if not self.outcome:
            return NOT_RATED
        if not (self.inputs or self.steps):
            return ""
        return f"{', '.join(self.inputs)}; {'; '.join(self.steps)} ⇒ {self.outcome}."


def valid_rating(value: object) -> int | None:
    """A rating 1-4, or None for anything else (a bool is not a rating)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if value in RATING_LABELS else None


@dataclass(frozen=True, slots=True)
class PeerReview:
    """What the interviewer recorded. Every change returns a new review."""

    ratings: Mapping[str, int] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    ticks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    communication: Mapping[str, int] = field(default_factory=dict)
    communication_notes: str = ""
    red_flags: tuple[str, ...] = ()
    recommendation: Recommendation | None = None
    """As decided when the review was last saved (see `decided`); None before that."""

    # -- changes ------------------------------------------------------------------------------
    def rate(self, section: str, value: int | None) -> PeerReview:
        ratings = {k: v for k, v in self.ratings.items() if k != section}
        if (rating := valid_rating(value)) is not None:
            ratings[section] = rating
        return replace(self, ratings=ratings)

    def with_ticks(self, section: str, item_ids: Iterable[str]) -> PeerReview:
        ticks = dict(self.ticks)
        ticks[section] = tuple(dict.fromkeys(item_ids))
        return replace(self, ticks=ticks)

    def note(self, section: str, text: str) -> PeerReview:
        return replace(self, notes={**self.notes, section: text})

    def rate_signal(self, signal: str, value: int | None) -> PeerReview:
        if signal not in SIGNALS:
            raise KeyError(signal)
        comm = {k: v for k, v in self.communication.items() if k != signal}
        if (rating := valid_rating(value)) is not None:
            comm[signal] = rating
        return replace(self, communication=comm)

    def note_communication(self, text: str) -> PeerReview:
        return replace(self, communication_notes=text)

    def with_flags(self, flag_ids: Iterable[str]) -> PeerReview:
        return replace(self, red_flags=tuple(dict.fromkeys(flag_ids)))

    def decided(self, items: Sequence[RubricItem], flags: Sequence[RedFlag]) -> PeerReview:
        """The review with its recommendation filled in from `recommend`."""
        return replace(self, recommendation=recommend(self, items, flags))

    # -- reading ------------------------------------------------------------------------------
    def ticked(self, items: Iterable[RubricItem]) -> set[str]:
        """Ids of the rubric items the interviewer ticked (each in its own section)."""
        return {item.id for item in items if item.id in self.ticks.get(item.section, ())}

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


def recommend(
    review: PeerReview, items: Sequence[RubricItem], flags: Sequence[RedFlag]
) -> Recommendation:
    """The recommendation for `review` against a rubric's items and red flags.

    The items and flags may be the live rubric's or the snapshot a stored result keeps, so a
    finished interview reads the same after its case file changes.
    """
    section_ratings = [review.ratings[s] for s in SECTION_IDS if s in review.ratings]
    if not section_ratings:
        return Recommendation("")
    values: list[float] = [float(r) for r in section_ratings]
    inputs = [f"{len(section_ratings)} of {len(SECTION_IDS)} sections rated"]
    comm = review.communication_average
    if comm is not None:
        values.append(comm)
        inputs.append(f"communication average {_num(comm)}")
    else:
        inputs.append("communication not rated")
    mean = sum(values) / len(values)
    level = min(4, max(1, math.floor(mean + 0.5)))
    steps = [f"mean {_num(mean)} → {RATING_LABELS[level]}"]

    core = [item for item in items if item.level == "core"]
    ticked = review.ticked(items)
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
        steps.append(f"capped at lean no hire: {'; '.join(caps)}")
    elif caps:
        steps.append(f"the lean no hire cap changes nothing ({'; '.join(caps)})")
    else:
        steps.append(
            f"{core_ticked} of {len(core)} core items ticked, no section rated strong no hire"
        )
    known = {f.id for f in flags}
    heard = [f for f in review.red_flags if f in known]
    # Spelled out here: the domain sits below render.formatting.plural.
    flags_ticked = f"{len(heard)} red flag{'' if len(heard) == 1 else 's'} ticked"
    if heard and level > 3:
        level = 3
        steps.append(f"capped at lean hire: {flags_ticked}")
    elif heard:
        steps.append(flags_ticked)
    else:
        steps.append("no red flags ticked")
    return Recommendation(RATING_LABELS[level], RULE, tuple(inputs), tuple(steps))


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
