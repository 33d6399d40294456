"""The only reader and writer of stored JSON: grade results and peer reviews.

A grade is stored (and printed by `grade --format json`) in the documented shape below, with each
item's label, why, level and weight, so an attempt stays readable after its case file changes
or disappears. Reading turns it back into the typed model: a GradeResult whose items are
snapshots of the rubric items as they were graded (their evidence phrases are not stored, so a
snapshot's `evidence` is empty; good for showing, not for grading again).

Readers are tolerant: a row comes from a database a person may have edited or a newer version
wrote. Anything malformed inside is dropped, never raised; what makes a whole value unusable is
named in the `damage` list the store shows (see Attempt.damaged).

    {"case": str, "score": float,
     "sections": [{"id": str, "score": float, "items": [
         {"id", "label", "met", "weight", "level", "why", "evidence": [EVIDENCE]}]}],
     "red_flags": [{"id", "label", "message", "found_in", "evidence": [EVIDENCE]}],
     "levels": {level: {"met", "total", "coverage", "verdict"}}}
    EVIDENCE = {"text", "start", "end", "negated", "fuzzy", "section", "phrase", "trigger"}

`fuzzy` is the rubric word a misspelling was read as, or null. Results written before it were
kept with a boolean `fuzzy` and the word in `fuzzy_match`; both are read.

A peer review:

    {"ratings": {section: 1-4}, "notes": {section: str}, "ticks": {section: [item ids]},
     "communication": {signal: 1-4, "notes": str}, "red_flags": [flag ids],
     "recommendation": {"outcome": str, "rule": str, "inputs": [str], "steps": [str]}}

Reviews written before the recommendation was structured keep it as two strings,
"recommendation" (the outcome) and "rule" ("Rule: ... Applied: ... ⇒ outcome."); read here once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.domain.review import RULE, PeerReview, Recommendation, valid_rating
from designtrainer.domain.vocabulary import LEVELS, SECTION_IDS, SIGNALS
from designtrainer.grading.results import (
    Evidence,
    GradeResult,
    ItemResult,
    RedFlagHit,
    SectionResult,
)

Offset = Callable[[str, int], int]
"""Maps (section, offset in that section's text) to an offset in the file graded."""


def loads(raw: object, what: str, damage: list[str]) -> dict[str, Any] | None:
    """A stored JSON object (a column's text), or None; a value that is not one is noted in
    `damage` as "its stored `what` is damaged", never raised."""
    if raw is None or raw == "":
        return None
    try:
        value = json.loads(raw) if isinstance(raw, str | bytes) else None
    except ValueError:
        value = None
    if not isinstance(value, dict):
        damage.append(f"its stored {what} is damaged (not a JSON object) and is left out")
        return None
    return value


# -- grade results ----------------------------------------------------------------------------


def result_to_json(result: GradeResult, offset: Offset | None = None) -> dict[str, Any]:
    """The documented JSON shape; `offset` maps section offsets to file offsets."""

    def ev(e: Evidence) -> dict[str, Any]:
        start, end = (
            (offset(e.section, e.start), offset(e.section, e.end)) if offset else (e.start, e.end)
        )
        return {
            "text": e.text,
            "start": start,
            "end": end,
            "negated": e.negated,
            "fuzzy": e.fuzzy,
            "section": e.section,
            "phrase": e.phrase,
            "trigger": e.trigger,
        }

    return {
        "case": result.case,
        "score": round(result.score, 4),
        "sections": [
            {
                "id": s.id,
                "score": round(s.score, 4),
                "items": [
                    {
                        "id": r.item.id,
                        "label": r.item.label,
                        "met": r.met,
                        "state": r.state,
                        "found_in": r.found_in,
                        "weight": r.item.weight,
                        "level": r.item.level,
                        "why": r.item.why,
                        "evidence": [ev(e) for e in r.evidence],
                    }
                    for r in s.items
                ],
            }
            for s in result.sections
        ],
        "red_flags": [
            {
                "id": h.flag.id,
                "label": h.flag.label,
                "message": h.flag.message,
                "found_in": h.found_in,
                "evidence": [ev(e) for e in h.evidence],
            }
            for h in result.red_flags
        ],
        "levels": {
            lv.level: {
                "met": lv.met,
                "total": lv.total,
                "coverage": round(lv.coverage, 4),
                "verdict": lv.verdict,
            }
            for lv in result.levels
        },
    }


def result_from_json(raw: object, damage: list[str] | None = None) -> GradeResult | None:
    """A stored grade as the typed model, or None when there is no usable one.

    None for anything but an object with a list of sections, and for a score that is not a
    number (both noted in `damage`). Inside, a section with an unknown id, an item or red flag
    without an id, and evidence that is not an object are dropped; a missing label, why, level
    or weight takes the id, "", core and 1.
    """
    notes = damage if damage is not None else []
    if not isinstance(raw, Mapping):
        return None
    score = raw.get("score")
    if score is not None and not _is_number(score):
        notes.append("its stored score is damaged (not a number) and is left out")
        return None
    if not isinstance(raw.get("sections"), list):
        notes.append("its stored grade is damaged (it has no sections) and is left out")
        return None
    sections = tuple(
        SectionResult(
            str(s["id"]), tuple(_item(str(s["id"]), i) for i in _dicts(s.get("items")) if _id(i))
        )
        for s in _dicts(raw["sections"])
        if s.get("id") in SECTION_IDS
    )
    flags = tuple(
        RedFlagHit(
            RedFlag(
                id=str(f["id"]),
                message=str(f.get("message") or f["id"]),
                evidence=(),
                label=_text_or_none(f.get("label")),
            ),
            _evidence(f.get("evidence")),
            _section_or_none(f.get("found_in")),
        )
        for f in _dicts(raw.get("red_flags"))
        if _id(f)
    )
    return GradeResult(str(raw.get("case") or ""), sections, flags)


def _item(section: str, raw: Mapping[str, Any]) -> ItemResult:
    level = raw.get("level")
    weight = raw.get("weight")
    item = RubricItem(
        id=str(raw["id"]),
        section=section,  # type: ignore[arg-type]  # checked against SECTION_IDS by the caller
        label=str(raw.get("label") or raw["id"]),
        weight=weight if isinstance(weight, int) and not isinstance(weight, bool) else 1,
        level=level if level in LEVELS else "core",
        evidence=(),
        why=str(raw.get("why") or ""),
    )
    met = raw.get("met") is True
    # Results stored before grading told "named" from "missed" have no state: met or missed.
    named = not met and raw.get("state") == "named"
    return ItemResult(
        item,
        met,
        _evidence(raw.get("evidence")),
        named=named,
        found_in=_section_or_none(raw.get("found_in")),
    )


def _text_or_none(raw: object) -> str | None:
    """A stored optional text: None for a missing, empty or non-string value (results stored
    before red flags had labels have none, and their names are then made from the id)."""
    return raw if isinstance(raw, str) and raw else None


def _section_or_none(raw: object) -> str | None:
    return raw if isinstance(raw, str) and raw in SECTION_IDS else None


def _evidence(raw: object) -> tuple[Evidence, ...]:
    def num(e: Mapping[str, Any], key: str) -> int:
        value = e.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else -1

    out = []
    for e in _dicts(raw):
        fuzzy = e.get("fuzzy_match") or e.get("fuzzy")
        trigger = e.get("trigger")
        out.append(
            Evidence(
                text=str(e.get("text") or ""),
                start=num(e, "start"),
                end=num(e, "end"),
                section=str(e.get("section") or ""),
                phrase=str(e.get("phrase") or ""),
                negated=e.get("negated") is True,
                trigger=str(trigger) if isinstance(trigger, str) and trigger else None,
                fuzzy=fuzzy if isinstance(fuzzy, str) and fuzzy else None,
            )
        )
    return tuple(out)


# -- peer reviews -----------------------------------------------------------------------------


def review_to_json(review: PeerReview) -> dict[str, Any]:
    """The stored shape (see the module doc); empty notes and tick lists are left out."""
    communication: dict[str, Any] = {
        k: review.communication[k] for k in SIGNALS if k in review.communication
    }
    communication["notes"] = review.communication_notes
    out: dict[str, Any] = {
        "ratings": {sid: review.ratings[sid] for sid in SECTION_IDS if sid in review.ratings},
        "notes": {sid: text for sid, text in review.notes.items() if text.strip()},
        "ticks": {sid: list(ids) for sid, ids in review.ticks.items() if ids},
        "communication": communication,
        "red_flags": list(review.red_flags),
    }
    if (rec := review.recommendation) is not None:
        out["recommendation"] = {
            "outcome": rec.outcome,
            "rule": rec.rule,
            "inputs": list(rec.inputs),
            "steps": list(rec.steps),
        }
    return out


def review_from_json(raw: object) -> PeerReview | None:
    """A stored review, dropping anything malformed; None for anything but an object."""
    if not isinstance(raw, Mapping):
        return None
    ratings = {
        str(sid): r for sid, v in _mapping(raw.get("ratings")).items() if (r := valid_rating(v))
    }
    notes = {str(sid): v for sid, v in _mapping(raw.get("notes")).items() if isinstance(v, str)}
    ticks = {
        str(sid): tuple(dict.fromkeys(str(i) for i in v))
        for sid, v in _mapping(raw.get("ticks")).items()
        if isinstance(v, list) and v
    }
    comm = _mapping(raw.get("communication"))
    flags = raw.get("red_flags")
    return PeerReview(
        ratings=ratings,
        notes=notes,
        ticks=ticks,
        communication={key: r for key in SIGNALS if (r := valid_rating(comm.get(key)))},
        communication_notes=str(comm.get("notes") or ""),
        red_flags=tuple(dict.fromkeys(str(f) for f in flags)) if isinstance(flags, list) else (),
        recommendation=_recommendation(raw),
    )


def _recommendation(raw: Mapping[str, Any]) -> Recommendation | None:
    rec = raw.get("recommendation")
    if isinstance(rec, Mapping):
        return Recommendation(
            outcome=str(rec.get("outcome") or ""),
            rule=str(rec.get("rule") or RULE),
            inputs=_strings(rec.get("inputs")),
            steps=_strings(rec.get("steps")),
        )
    if not isinstance(rec, str):
        return None
    return _legacy_recommendation(rec, str(raw.get("rule") or ""))


# "Rule: <rule>. Applied: <inputs, comma-separated>; <steps> ⇒ <outcome>." as reviews kept it
# before the recommendation was structured, or "No section rated yet, ... Rule: <rule>."
_LEGACY_APPLIED = re.compile(
    r"Rule: (?P<rule>.*)\. Applied: (?P<inputs>[^;]*); (?P<steps>.*) ⇒ [^⇒]*\.", re.S
)
_LEGACY_UNRATED = re.compile(r".*?Rule: (?P<rule>.*)\.", re.S)


def _legacy_recommendation(outcome: str, rule: str) -> Recommendation:
    if m := _LEGACY_APPLIED.fullmatch(rule):
        return Recommendation(outcome, m["rule"], tuple(m["inputs"].split(", ")), (m["steps"],))
    if not outcome and (m := _LEGACY_UNRATED.fullmatch(rule)):
        return Recommendation(outcome, m["rule"])
    return Recommendation(outcome, rule)


# -- small helpers ----------------------------------------------------------------------------


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _id(raw: Mapping[str, Any]) -> bool:
    return isinstance(raw.get("id"), str) and bool(raw["id"])


def _dicts(value: object) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _strings(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()
