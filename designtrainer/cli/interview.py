"""The `peer` command: open the interviewer's console for a peer mock interview.

Registered on the main parser by `add_commands`; follows cli's conventions (an int exit code,
UsageError for exit 2). `cli` is read as a module at call time, so importing this module from
cli.py at any point is safe.
"""

from __future__ import annotations

import argparse

from designtrainer import cli


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Register `peer [CASE]` on the subparsers of `cli.build_parser`."""
    p = sub.add_parser(
        "peer",
        parents=[common],
        help="interview someone: open the interviewer's console for a case",
        description=(
            "Run a peer mock interview: you interview, the candidate talks. With CASE, open the "
            "interviewer's console for that case (resuming an unfinished interview if you "
            "choose); without it, pick a case and press F3."
        ),
    )
    p.add_argument("case", nargs="?", metavar="CASE", help="case id (see `designtrainer list`)")
    p.set_defaults(func=cmd_peer)


def cmd_peer(args: argparse.Namespace) -> int:
    if args.case is None:
        return cli._run_tui(args)
    from designtrainer.tui.app import StartRequest

    lib = cli._library(args)
    cli._case_id(lib, args.case)
    return cli._run_tui(args, StartRequest(args.case, mode="peer"))
