"""The `designtrainer` command: parse arguments, call the core, print, return an exit code.

Exit codes: 0 success, 1 bad or unreadable input, 2 usage error or unknown case. Each command
group is its own module (cases, grading, interview, attempts, review); what they share is in
cli/common.py, and none imports another's private helpers.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from designtrainer import __version__
from designtrainer.cli import common
from designtrainer.loading.problems import ContentError

GROUPS = ("cases", "grading", "interview", "attempts", "review")
"""The command modules, in the order `--help` lists their commands."""

COMMANDS: dict[str, str] = {
    **dict.fromkeys(("list", "show", "validate", "schema", "template", "rubric"), "cases"),
    "grade": "grading",
    **dict.fromkeys(("practice", "peer", "drill"), "interview"),
    **dict.fromkeys(("export", "import", "history"), "attempts"),
    **dict.fromkeys(("due", "progress", "compare"), "review"),
}
"""Which module defines each command, so a run imports and builds only its own: importing
every command module and building all sixteen subparsers cost a fresh `grade` about 30 ms
of its 300 (issue 12). A test checks this table against what the modules define."""


class _Parser(argparse.ArgumentParser):
    """argparse's parser, its help formatter told the terminal's width as argparse itself
    works it out (`shutil.get_terminal_size`), without importing shutil for it.

    argparse makes a help formatter for every argument added, to check its metavar, and the
    formatter imports shutil (and with it bz2 and lzma) to ask the width: 3 ms of CPU of
    every fresh command, which never shows help (issue 12). Subparsers are of this class too
    (argparse makes them of their parent's)."""

    json_hint = False
    """The command being parsed writes JSON with `--format json` (see `error`)."""

    def error(self, message: str) -> NoReturn:
        """argparse's error, with the way to ask for JSON when a command that writes it was
        asked for it as `--json`, as many tools spell it."""
        _, _, unknown = message.partition("unrecognized arguments:")
        if self.json_hint and "--json" in unknown.split():
            message += " (for JSON output, use --format json)"
        super().error(message)

    def _get_formatter(self) -> argparse.HelpFormatter:
        # Every HelpFormatter takes `width` (typeshed's protocol names `prog` only).
        return self.formatter_class(prog=self.prog, width=common.terminal_columns() - 2)  # type: ignore[call-arg]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `command` (a key of COMMANDS), only the subparsers of the
    module that defines it, which parse that command's arguments exactly as the whole one."""
    common_args = _Parser(add_help=False)
    common_args.add_argument(
        "--cases-dir",
        action="append",
        default=argparse.SUPPRESS,  # so a subcommand does not reset a value given before it
        metavar="DIR",
        help="also load cases and rubrics from DIR (repeatable; overrides bundled ids)",
    )
    parser = _Parser(
        prog="designtrainer",
        description="Offline trainer for ML system-design interviews.",
        parents=[common_args],
        epilog="Run without a command to open the trainer. See `designtrainer COMMAND --help`.",
    )
    parser.add_argument("--version", action="version", version=f"designtrainer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (COMMANDS[command],) if command in COMMANDS else GROUPS:
        importlib.import_module(f"designtrainer.cli.{name}").add_commands(sub, common_args)
    parser.json_hint = command in sub.choices and any(
        "--format" in action.option_strings and "json" in (action.choices or ())
        for action in sub.choices[command]._actions
    )
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, read the way argparse reads it, or None when that is not
    plain (no command, `--`, an option this cannot place): then the whole parser decides.

    The only top-level option that lets a command run is `--cases-dir DIR`, which argparse
    also takes abbreviated (`--cases DIR`) or as `--cases-dir=DIR`; its value is skipped, so
    a folder named like a command is not one. Any other option before the command (`-h`,
    `--version`, a mistake) goes to the whole parser, whose help lists every command.
    """
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--":
            return None
        elif arg.startswith("-"):
            name = arg.split("=", 1)[0]
            if not (len(name) > 2 and "--cases-dir".startswith(name)):
                return None  # --help, --version (the whole list), or an error to report
            skip = "=" not in arg
        else:
            return arg if arg in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command `argv` names (None: the program's own arguments, as the `designtrainer`
    script and `python -m designtrainer` call it) and return its exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_of(words))
    args = parser.parse_args(words)
    code = _run(parser, args)
    if argv is None and args.command is not None and COMMANDS[args.command] != "interview":
        _leave_to_exit()
    return code


def _leave_to_exit() -> None:
    """Keep the interpreter's exit from collecting every module's classes and functions.

    Run as the program, a command's process ends when `main` returns, and the interpreter's
    exit clears the modules and then collects what that leaves in reference cycles: every
    class and function of them (some 18,000 objects after a `grade`), found and torn down
    one by one, 5 ms of every fresh `grade` (issue 12). Frozen (`gc.freeze`), the collector
    leaves them to the exit: what their counts free is freed as before, the system takes
    back the rest. Objects in cycles are then not finalised; a one-shot command leaves none
    that need it (its files are closed by `with`, its store by `close`). Not after the TUI
    (a session's objects are the app's), nor when `main` is called with arguments (tests,
    benches: their process goes on)."""
    gc.freeze()


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    try:
        if args.command is None:
            from designtrainer.cli import interview

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
    except OSError as exc:
        # A path the system refuses where no command looked for it (a name too long for the
        # file system, met by the first `is_dir` of a --cases-dir): named, exit 1.
        where = f"{exc.filename}: " if exc.filename is not None else ""
        common.err(f"{where}{exc.strerror or exc}")
        return common.EXIT_INVALID
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
