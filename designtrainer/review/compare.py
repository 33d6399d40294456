"""Two attempts at the same case side by side: per section what was gained, lost, still missing.

Items are matched by id. Each item's state is "met", "named" or "missed" (from the grade's
per-item state when it has one, else from `met`), so named -> explained shows up as soon as the
grading records it, with no change here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.render.formatting import clock, pct, stamp
from designtrainer.render.markdown import inline as md_inline
from designtrainer.review.cards import attempted_sections
from designtrainer.review.stored import StoredItem, read_result
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store


class CompareError(Exception):
    """Two attempts that cannot be compared; the message says why."""


def state(item: StoredItem) -> str:
    return item.state or ("met" if item.met else "missed")


@dataclass(frozen=True, slots=True)
class Side:
    """One attempt as the comparison shows it."""

    id: int
    date: float
    mode: str
    score: float
    seconds: float
    hints: int


@dataclass(frozen=True, slots=True)
class SectionDiff:
    id: str
    score: tuple[float, float]
    seconds: tuple[float, float]
    hints: tuple[int, int]
    answered: tuple[bool, bool]
    """Whether each attempt covered the section (an answer; for peer, ratings or ticks too)."""
    gained: tuple[StoredItem, ...]
    lost: tuple[StoredItem, ...]
    still_missing: tuple[StoredItem, ...]
    explained: tuple[StoredItem, ...]
    """Named (not explained) before, met now: part of `gained`, listed apart."""
    only_named: tuple[StoredItem, ...]
    """Missed before, named now: progress, but not yet credit."""


@dataclass(frozen=True, slots=True)
class Comparison:
    case_id: str
    case_title: str
    a: Side
    b: Side
    sections: tuple[SectionDiff, ...]


def _side(attempt: Attempt, score: float) -> Side:
    return Side(
        attempt.id,
        attempt.finished_at or attempt.created_at,
        attempt.mode,
        score,
        attempt.seconds,
        attempt.hints_used,
    )


def compare(a: Attempt, b: Attempt) -> Comparison:
    """A (the earlier, usually) against B; CompareError for other cases or ungraded attempts."""
    if a.case_id != b.case_id:
        raise CompareError(
            f"attempt {a.id} is of '{a.case_id}' and attempt {b.id} of '{b.case_id}'; "
            "only attempts at the same case can be compared"
        )
    ra, rb = read_result(a.result), read_result(b.result)
    for attempt, result in ((a, ra), (b, rb)):
        if result is None:
            raise CompareError(f"attempt {attempt.id} has no grade yet (finish it first)")
    assert ra is not None and rb is not None
    covered_a, covered_b = attempted_sections(a), attempted_sections(b)
    diffs = []
    for sid in SECTION_IDS:
        sa, sb = ra.section(sid), rb.section(sid)
        if sa is None or sb is None:
            continue
        before = {i.id: i for i in sa.items}
        moves = [(state(before[i.id]), state(i), i) for i in sb.items if i.id in before]
        diffs.append(
            SectionDiff(
                sid,
                (sa.score, sb.score),
                (a.section(sid).seconds, b.section(sid).seconds),
                (a.section(sid).hints_used, b.section(sid).hints_used),
                (sid in covered_a, sid in covered_b),
                gained=tuple(i for x, y, i in moves if x != "met" and y == "met"),
                lost=tuple(i for x, y, i in moves if x == "met" and y != "met"),
                still_missing=tuple(i for x, y, i in moves if x != "met" and y != "met"),
                explained=tuple(i for x, y, i in moves if (x, y) == ("named", "met")),
                only_named=tuple(i for x, y, i in moves if (x, y) == ("missed", "named")),
            )
        )
    return Comparison(a.case_id, b.case_title, _side(a, ra.score), _side(b, rb.score), tuple(diffs))


def previous_attempt(store: Store, attempt: Attempt) -> int | None:
    """The finished attempt at the same case and of the same mode made just before this one,
    if any: a peer interview is someone else's answers, never your previous attempt."""
    earlier = [
        s
        for s in store.attempts(case_id=attempt.case_id, finished=True, mode=attempt.mode)
        if (s.created_at, s.id) < (attempt.created_at, attempt.id)
    ]
    return max(earlier, key=lambda s: (s.created_at, s.id)).id if earlier else None


# -- rendering -------------------------------------------------------------------------------


def _date(ts: float) -> str:
    return stamp(ts)


def _points(a: float, b: float) -> str:
    delta = round(b * 100) - round(a * 100)
    return f"{delta:+d} pts"


_GROUPS = (
    ("gained", "+", "gained"),
    ("explained", "*", "named -> explained"),
    ("lost", "-", "lost"),
    ("only_named", "~", "named, not yet explained"),
    ("still_missing", "o", "still missing"),
)


def to_text(c: Comparison) -> str:
    """Plain text for a terminal (every string from a case file printed as is, one line)."""
    out = [
        f"{_one(c.case_title)}: attempt {c.a.id} ({_date(c.a.date)}, {pct(c.a.score)}) -> "
        f"attempt {c.b.id} ({_date(c.b.date)}, {pct(c.b.score)})  {_points(c.a.score, c.b.score)}",
        f"time {clock(c.a.seconds)} -> {clock(c.b.seconds)} · hints {c.a.hints} -> {c.b.hints}",
    ]
    for s in c.sections:
        out += [
            "",
            f"{SECTION_TITLES[s.id]}  {pct(s.score[0])} -> {pct(s.score[1])}  "
            f"time {clock(s.seconds[0])} -> {clock(s.seconds[1])} · "
            f"hints {s.hints[0]} -> {s.hints[1]}",
        ]
        if not any(s.answered):
            out.append("  (not answered in either attempt)")
            continue
        for field, mark, title in _GROUPS:
            for item in getattr(s, field):
                out.append(f"  {mark} {title}: {_one(item.label)} [{item.level}]")
    return "\n".join(out) + "\n"


def to_markdown(c: Comparison) -> str:
    out = [
        f"# {md_inline(c.case_title)}: attempt {c.a.id} → attempt {c.b.id}",
        "",
        f"| | attempt {c.a.id} | attempt {c.b.id} |",
        "|---|---|---|",
        f"| date | {_date(c.a.date)} | {_date(c.b.date)} |",
        f"| score | {pct(c.a.score)} | {pct(c.b.score)} ({_points(c.a.score, c.b.score)}) |",
        f"| time | {clock(c.a.seconds)} | {clock(c.b.seconds)} |",
        f"| hints | {c.a.hints} | {c.b.hints} |",
    ]
    for s in c.sections:
        out += [
            "",
            f"## {SECTION_TITLES[s.id]}: {pct(s.score[0])} → {pct(s.score[1])}",
            "",
            f"Time {clock(s.seconds[0])} → {clock(s.seconds[1])}, "
            f"hints {s.hints[0]} → {s.hints[1]}.",
        ]
        if not any(s.answered):
            out += ["", "Not answered in either attempt."]
            continue
        listed = [(title, getattr(s, field)) for field, _, title in _GROUPS if getattr(s, field)]
        if listed:
            out.append("")
        for title, items in listed:
            out += [f"- {title}: {md_inline(i.label)} ({i.level})" for i in items]
    return "\n".join(out) + "\n"


def to_json(c: Comparison) -> dict[str, Any]:
    def side(x: Side) -> dict[str, Any]:
        return {
            "id": x.id,
            "date": x.date,
            "mode": x.mode,
            "score": round(x.score, 4),
            "seconds": round(x.seconds, 1),
            "hints": x.hints,
        }

    def items(values: tuple[StoredItem, ...]) -> list[dict[str, str]]:
        return [{"id": i.id, "label": i.label, "level": i.level} for i in values]

    return {
        "case": c.case_id,
        "a": side(c.a),
        "b": side(c.b),
        "sections": [
            {
                "id": s.id,
                "score": [round(s.score[0], 4), round(s.score[1], 4)],
                "seconds": [round(s.seconds[0], 1), round(s.seconds[1], 1)],
                "hints": list(s.hints),
                "answered": list(s.answered),
                **{field: items(getattr(s, field)) for field, _, _ in _GROUPS},
            }
            for s in c.sections
        ],
    }


def to_json_text(c: Comparison) -> str:
    return json.dumps(to_json(c), indent=2, ensure_ascii=False) + "\n"


def _one(text: str) -> str:
    return " ".join(text.split())
