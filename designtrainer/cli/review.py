"""The `drill`, `due`, `progress` and `compare` commands: learning over weeks.

Registered on the main parser by `add_commands`; the commands follow cli's conventions (an int
exit code, UsageError for exit 2, InputError for exit 1). `cli` is read as a module at call
time, so importing this module from cli.py at any point is safe. The review package (and fsrs)
is imported inside the commands, so `designtrainer --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from designtrainer import cli
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.render.formatting import clock, pct

if TYPE_CHECKING:
    from designtrainer.store.attempt import Attempt
    from designtrainer.store.db import Store

SECTION_SHORT = {
    "framing": "FRAME",
    "data": "DATA",
    "modeling": "MODEL",
    "evaluation": "EVAL",
    "production": "PROD",
}


def _positive(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{raw}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Register drill, due, progress and compare on the subparsers of `cli.build_parser`."""
    p = sub.add_parser(
        "drill",
        parents=[common],
        help="review the ideas you keep missing, one question at a time",
        description=(
            "Open the drill: the review cards due now, interleaved across cases. With --case, "
            "that case's due cards, topped up with its ideas you have not reviewed yet."
        ),
    )
    p.add_argument("--case", metavar="CASE", help="only this case")
    p.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N cards (default 20)"
    )
    p.set_defaults(func=cmd_drill)

    p = sub.add_parser(
        "due",
        parents=[common],
        help="review cards due now and in the next week",
        description="List the review cards due now and soon: case, idea, due date, last result.",
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser(
        "progress",
        parents=[common],
        help="finished attempts over time, per case, with section scores and verdicts",
    )
    p.add_argument("case", nargs="?", metavar="CASE", help="only this case")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_progress)

    p = sub.add_parser(
        "compare",
        parents=[common],
        help="compare two attempts at a case: ideas gained, lost, still missing",
    )
    p.add_argument("a", type=int, metavar="A", help="attempt id (see `designtrainer history`)")
    p.add_argument("b", type=int, metavar="B", help="attempt id")
    p.add_argument("--format", choices=["text", "md", "json"], default="text")
    p.set_defaults(func=cmd_compare)


def _open_store() -> Store:
    from designtrainer.cli.attempts import _open_store

    return _open_store()


def _iso(timestamp: float | None) -> str | None:
    from designtrainer.review.schedule import utc

    return utc(timestamp).isoformat() if timestamp is not None else None


def _local(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _short(text: str, width: int) -> str:
    text = _one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: Sequence[tuple[str, ...]]) -> str:
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


# -- drill ------------------------------------------------------------------------------------


def cmd_drill(args: argparse.Namespace) -> int:
    from designtrainer.review.cards import sync_attempts
    from designtrainer.review.drill import plan_drill
    from designtrainer.review.schedule import now_utc, when_due
    from designtrainer.tui.app import DrillRequest

    lib = cli._library(args)
    case_id = cli._case_id(lib, args.case) if args.case else None
    store = _open_store()
    try:
        sync_attempts(store)
        now = now_utc()
        cards = store.cards(case_id)
        plan = plan_drill(lib, cards, now, case_id, args.limit)
    finally:
        store.close()
    if not plan.cards:
        upcoming = [c for c in cards if c.case_id in lib.cases]
        where = f" in {case_id}" if case_id else ""
        if upcoming:
            print(f"Nothing is due{where}; the next card is due {when_due(upcoming[0].due, now)}.")
        else:
            print(f"No review cards yet{where}: finish an attempt, or run `drill --case CASE`.")
        return cli.EXIT_OK
    return cli._run_tui(args, DrillRequest(case_id, args.limit))


# -- due --------------------------------------------------------------------------------------


def cmd_due(args: argparse.Namespace) -> int:
    from designtrainer.domain.vocabulary import SECTION_TITLES
    from designtrainer.review.cards import sync_attempts
    from designtrainer.review.schedule import due_now, due_soon, now_utc, when_due

    store = _open_store()
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
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return cli.EXIT_OK
    if not rows:
        later = f"; the next is due {when_due(cards[0].due, now)}" if cards else ""
        print(f"nothing due this week{later}" if cards else "no review cards yet")
        return cli.EXIT_OK
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
    print(_table(table))
    due = sum(1 for status, _ in rows if status == "due")
    print(f"\n{due} due now, {len(rows) - due} this week · `designtrainer drill` to review")
    return cli.EXIT_OK


# -- progress ---------------------------------------------------------------------------------


def cmd_progress(args: argparse.Namespace) -> int:
    from designtrainer.review.progress import progress_rows

    store = _open_store()
    try:
        if args.case:
            known = {s.case_id for s in store.attempts()}
            lib = cli._library(args)
            if args.case not in lib.cases and args.case not in known:
                cli._case_id(lib, args.case)  # the usual unknown-case message, exit 2
        rows = progress_rows(store, args.case)
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
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return cli.EXIT_OK
    if not rows:
        print("no finished attempts yet" + (f" at {args.case}" if args.case else ""))
        return cli.EXIT_OK
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
    print(_table(table))
    return cli.EXIT_OK


# -- compare ----------------------------------------------------------------------------------


def cmd_compare(args: argparse.Namespace) -> int:
    from designtrainer.review import compare as cmp

    store = _open_store()
    try:
        a, b = _attempt(store, args.a), _attempt(store, args.b)
    finally:
        store.close()
    try:
        comparison = cmp.compare(a, b)
    except cmp.CompareError as exc:
        raise cli.UsageError(str(exc)) from None
    if args.format == "json":
        sys.stdout.write(cmp.to_json_text(comparison))
    elif args.format == "md":
        sys.stdout.write(cmp.to_markdown(comparison))
    else:
        sys.stdout.write(cmp.to_text(comparison))
    return cli.EXIT_OK


def _attempt(store: Store, attempt_id: int) -> Attempt:
    attempt = store.get(attempt_id)
    if attempt is None:
        recent = ", ".join(str(s.id) for s in store.attempts()[:5]) or "none yet"
        raise cli.UsageError(f"no attempt with id {attempt_id}; the latest are: {recent}")
    return attempt
