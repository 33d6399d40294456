"""The `due`, `progress` and `compare` commands: learning over weeks (`drill` opens the TUI,
so it lives in cli/interview.py).

The review package (and fsrs) is imported inside the commands, so `designtrainer --help` stays
fast.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from designtrainer.cli import common
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.render.formatting import cells, clip_cells, clock, pad_cells, pct, stamp

SECTION_SHORT = {
    "framing": "FRAME",
    "data": "DATA",
    "modeling": "MODEL",
    "evaluation": "EVAL",
    "production": "PROD",
}


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common_args: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "due",
        parents=[common_args],
        help="review cards due now and in the next week",
        description="List the review cards due now and soon: case, idea, due date, last result.",
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser(
        "progress",
        parents=[common_args],
        help="finished attempts over time, per case, with section scores and verdicts",
    )
    p.add_argument("case", nargs="?", metavar="CASE", help="only this case")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_progress)

    p = sub.add_parser(
        "compare",
        parents=[common_args],
        help="compare two attempts at a case: ideas gained, lost, still missing",
    )
    p.add_argument("a", type=int, metavar="A", help="attempt id (see `designtrainer history`)")
    p.add_argument("b", type=int, metavar="B", help="attempt id")
    p.add_argument("--format", choices=["text", "md", "json"], default="text")
    p.set_defaults(func=cmd_compare)


def _iso(timestamp: float | None) -> str | None:
    from designtrainer.review.schedule import utc

    return utc(timestamp).isoformat() if timestamp is not None else None


def _local(timestamp: float) -> str:
    return stamp(timestamp)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _short(text: str, width: int) -> str:
    return clip_cells(_one_line(text), width)


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(cells(r[k]) for r in rows) for k in range(len(rows[0]))]
    return "\n".join(
        "  ".join(pad_cells(cell, w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in rows
    )


# -- due --------------------------------------------------------------------------------------


def cmd_due(args: argparse.Namespace) -> int:
    from designtrainer.review.cards import sync_attempts
    from designtrainer.review.schedule import due_now, due_soon, now_utc, when_due

    store = common.open_store()
    try:
        sync_attempts(store)
        cards = store.cards()
    finally:
        store.close()
    now = now_utc()
    rows = [("due", c) for c in due_now(cards, now)] + [("soon", c) for c in due_soon(cards, now)]
    if args.format == "json":
        doc = [
            {
                "case": c.case_id,
                "item": c.item_id,
                "label": c.label,
                "section": c.section,
                "status": status,
                "due": _iso(c.due),
                "last_rating": c.last_rating,
                "last_review": _iso(c.last_review),
                "reviews": c.reviews,
            }
            for status, c in rows
        ]
        common.out(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        return common.EXIT_OK
    if not rows:
        later = f"; the next is due {when_due(cards[0].due, now)}" if cards else ""
        common.out((f"nothing due this week{later}" if cards else "no review cards yet") + "\n")
        return common.EXIT_OK
    table = [("DUE", "CASE", "SECTION", "IDEA", "LAST")]
    for _, c in rows:
        table.append(
            (
                when_due(c.due, now),
                c.case_id,
                SECTION_TITLES.get(c.section, c.section),
                _short(c.label, 60),
                c.last_rating or "—",
            )
        )
    common.out(_table(table) + "\n")
    due = sum(1 for status, _ in rows if status == "due")
    common.out(
        f"\n{due} due now, {len(rows) - due} this week · `designtrainer drill` to review" + "\n"
    )
    return common.EXIT_OK


# -- progress ---------------------------------------------------------------------------------


def cmd_progress(args: argparse.Namespace) -> int:
    from designtrainer.review.progress import progress_rows

    store = common.open_store()
    try:
        if args.case:
            known = {s.case_id for s in store.attempts()}
            lib = common.library(args)
            if args.case not in lib.cases and args.case not in known:
                common.case_id(lib, args.case)  # the usual unknown-case message, exit 2
        rows = progress_rows(store, args.case)
        peer = bool(store.attempts(case_id=args.case, finished=True, mode="peer", limit=1))
    finally:
        store.close()
    if args.format == "json":
        doc = [
            {
                "attempt": r.attempt_id,
                "case": r.case_id,
                "title": r.case_title,
                "mode": r.mode,
                "date": _iso(r.finished_at),
                "score": round(r.score, 4),
                "sections": {sid: round(score, 4) for sid, score in r.sections},
                "verdicts": dict(r.verdicts),
                "seconds": round(r.seconds, 1),
                "hints": r.hints,
            }
            for r in rows
        ]
        common.out(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        return common.EXIT_OK
    if not rows:
        # Peer interviews are someone else's answers: said, so a finished one is not missed.
        common.out(
            "no finished solo attempts yet"
            + (f" at {args.case}" if args.case else "")
            + ("; the peer interviews you ran are in `designtrainer history`" if peer else "")
            + "\n"
        )
        return common.EXIT_OK
    head = ("DATE", "ID", "CASE", "MODE", "SCORE", *SECTION_SHORT.values(), "TIME", "CORE")
    table: list[tuple[str, ...]] = [head]
    for r in rows:
        sections = dict(r.sections)
        verdicts = dict(r.verdicts)
        table.append(
            (
                _local(r.finished_at),
                str(r.attempt_id),
                r.case_id,
                r.mode,
                pct(r.score),
                *(pct(sections.get(sid)) for sid in SECTION_IDS),
                clock(r.seconds),
                _one_line(verdicts.get("core", "")),
            )
        )
    common.out(_table(table) + "\n")
    return common.EXIT_OK


# -- compare ----------------------------------------------------------------------------------


def cmd_compare(args: argparse.Namespace) -> int:
    from designtrainer.review import compare as cmp

    a, b = common.read_attempts(args.a, args.b)
    try:
        comparison = cmp.compare(a, b)
    except cmp.CompareError as exc:
        raise common.UsageError(str(exc)) from None
    if args.format == "json":
        common.out(cmp.to_json_text(comparison))
    elif args.format == "md":
        common.out(cmp.to_markdown(comparison))
    else:
        common.out(cmp.to_text(comparison))
    return common.EXIT_OK
