"""The `designtrainer` command: parse arguments, call the core, print, return an exit code.

Exit codes: 0 success, 1 bad or unreadable input, 2 usage error or unknown case. Each command
group is its own module (cases, grading, interview, attempts, review); what they share is in
cli/common.py, and none imports another's private helpers.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from designtrainer import __version__
from designtrainer.cli import attempts, cases, common, grading, interview, review
from designtrainer.loading.problems import ContentError


def build_parser() -> argparse.ArgumentParser:
    common_args = argparse.ArgumentParser(add_help=False)
    common_args.add_argument(
        "--cases-dir",
        action="append",
        default=argparse.SUPPRESS,  # so a subcommand does not reset a value given before it
        metavar="DIR",
        help="also load cases and rubrics from DIR (repeatable; overrides bundled ids)",
    )
    parser = argparse.ArgumentParser(
        prog="designtrainer",
        description="Offline trainer for ML system-design interviews.",
        parents=[common_args],
        epilog="Run without a command to open the trainer. See `designtrainer COMMAND --help`.",
    )
    parser.add_argument("--version", action="version", version=f"designtrainer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (cases, grading, interview, attempts, review):
        group.add_commands(sub, common_args)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return interview.no_command(parser, args)
        result: int = args.func(args)
        return result
    except common.UsageError as exc:
        common.err(str(exc))
        return common.EXIT_USAGE
    except ContentError as exc:
        for found in exc.problems:
            common.err(str(found))
        return common.EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return common.EXIT_OK
    except Exception as exc:
        if not _cannot_use(exc):
            raise
        common.err(str(exc))
        return common.EXIT_INVALID


def _cannot_use(exc: Exception) -> bool:
    """A file, folder or database that cannot be used: a message and exit 1.

    The store and the file writers are imported here, once something failed, not at the top:
    importing the store costs `list` and `grade` a third of their fresh-process time (measured
    with -X importtime, issue 12), and neither uses it. An exception of theirs can only come
    from a command that imported them already, so this import is free when it matters.
    """
    from designtrainer.io.files import FileExistsRefused, UnsafeTarget
    from designtrainer.store.db import StoreError

    return isinstance(exc, common.InputError | FileExistsRefused | UnsafeTarget | StoreError)
