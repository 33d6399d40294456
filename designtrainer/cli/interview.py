"""The commands that open the terminal UI: practice, peer, drill, and no command at all.

The one place the CLI imports the TUI, and only at call time (inside `run_tui` and the
commands): Textual is heavy, and `designtrainer --help` must stay fast. Declared as the one
allowed cli -> tui import in the import-linter contracts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from designtrainer.cli import common
from designtrainer.domain.vocabulary import SECTION_IDS


def _positive(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{raw}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common_args: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "practice", parents=[common_args], help="open the trainer straight into a case"
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--section", choices=SECTION_IDS, help="start at this section")
    p.add_argument(
        "--exam",
        action="store_true",
        help="this session in exam mode: no checklist and no whys until you submit a section"
        " (Ctrl+O toggles it and remembers the choice)",
    )
    p.set_defaults(func=cmd_practice)

    p = sub.add_parser(
        "peer",
        parents=[common_args],
        help="interview someone: open the interviewer's console for a case",
        description=(
            "Run a peer mock interview: you interview, the candidate talks. With CASE, open the "
            "interviewer's console for that case (resuming an unfinished interview if you "
            "choose); without it, pick a case and press F3."
        ),
    )
    p.add_argument("case", nargs="?", metavar="CASE", help="case id (see `designtrainer list`)")
    p.set_defaults(func=cmd_peer)

    p = sub.add_parser(
        "drill",
        parents=[common_args],
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


def no_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """`designtrainer` alone: the trainer in a terminal, else the help and the cases."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        parser.print_help()
        lib = common.library(args)
        common.out("\ncases:\n" + common.case_table(lib, lib.ids()) + "\n")
        return common.EXIT_OK
    return run_tui(args)


def run_tui(args: argparse.Namespace, start: object = None) -> int:
    try:
        from designtrainer.tui.app import NoTerminal, run
    except ImportError as exc:  # pragma: no cover - textual is a dependency
        raise common.UsageError(f"the terminal UI is unavailable: {exc}") from None
    dirs = [Path(d) for d in getattr(args, "cases_dir", None) or []]
    try:
        # A StoreError is reported by main; an app that ended on an error returns 1.
        return run(dirs, start)  # type: ignore[arg-type]
    except NoTerminal as exc:
        raise common.UsageError(str(exc)) from None


def cmd_practice(args: argparse.Namespace) -> int:
    from designtrainer.tui.app import StartRequest

    lib = common.library(args, args.case)
    common.case_id(lib, args.case)
    return run_tui(args, StartRequest(args.case, args.section, exam=args.exam))


def cmd_peer(args: argparse.Namespace) -> int:
    if args.case is None:
        return run_tui(args)
    from designtrainer.tui.app import StartRequest

    lib = common.library(args, args.case)
    common.case_id(lib, args.case)
    return run_tui(args, StartRequest(args.case, mode="peer"))


def cmd_drill(args: argparse.Namespace) -> int:
    from designtrainer.review.cards import sync_attempts
    from designtrainer.review.drill import next_due, plan_drill
    from designtrainer.review.schedule import now_utc
    from designtrainer.tui.app import DrillRequest

    lib = common.library(args)
    case_id = common.case_id(lib, args.case) if args.case else None
    store = common.open_store()
    try:
        sync_attempts(store)
        now = now_utc()
        cards = store.cards(case_id)
        plan = plan_drill(lib, cards, now, case_id, args.limit)
    finally:
        store.close()
    if not plan.cards:
        where = f" in {case_id}" if case_id else ""
        if (due := next_due(lib, cards, now)) is not None:
            common.out(f"Nothing is due{where}; the next card is due {due}.\n")
        else:
            common.out(
                f"No review cards yet{where}: finish an attempt, or run `drill --case CASE`.\n"
            )
        return common.EXIT_OK
    return run_tui(args, DrillRequest(case_id, args.limit))
