"""The `designtrainer` command: parse arguments, call the core, print, return an exit code.

Exit codes: 0 success, 1 bad or unreadable input, 2 usage error or unknown case.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from designtrainer import __version__
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.io.files import FileExistsRefused, UnsafeTarget
from designtrainer.loading.problems import ContentError
from designtrainer.render.formatting import terminal_safe
from designtrainer.store.db import StoreError

if TYPE_CHECKING:
    from designtrainer.loading.library import Library

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called; printed without a traceback, exit 2."""


class InputError(Exception):
    """A file that cannot be read or used; printed without a traceback, exit 1."""


def _out(text: str) -> None:
    """Print to stdout, inert: every printing path goes through here or `_note`/`_err`.

    Case files, answers and the store hold text other people wrote; `terminal_safe` shows
    their control characters instead of letting them drive the terminal.
    """
    sys.stdout.write(terminal_safe(text))


def _note(message: str) -> None:
    print(terminal_safe(message), file=sys.stderr)


def _err(message: str) -> None:
    _note(f"designtrainer: {message}")


def _library(args: argparse.Namespace) -> Library:
    from designtrainer.loading.library import default_sources, load_library

    dirs = [Path(d) for d in (getattr(args, "cases_dir", None) or [])]
    for d in dirs:
        if not d.is_dir():
            raise UsageError(f"--cases-dir {d}: not a directory")
    lib = load_library(default_sources(dirs))
    if lib.problems and getattr(args, "command", None) != "validate":
        n = len({p.file for p in lib.problems})
        _err(
            f"warning: {n} file{'s' if n != 1 else ''} with problems were skipped "
            "(run `designtrainer validate` for details)"
        )
    return lib


def _case_id(lib: Library, case_id: str) -> str:
    if case_id not in lib.cases:
        raise UsageError(f"unknown case '{case_id}'; known cases: {', '.join(lib.ids())}")
    return case_id


def _wrap(text: str, indent: str = "") -> str:
    width = min(100, max(40, _term_width()))
    paras = [p for p in text.strip().split("\n\n")]
    return "\n\n".join(
        textwrap.fill(" ".join(p.split()), width, initial_indent=indent, subsequent_indent=indent)
        for p in paras
    )


def _term_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 100


# -- commands ---------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    lib = _library(args)
    ids = [i for i in lib.ids() if not args.tag or args.tag in lib.case(i).tags]
    if args.format == "json":
        rows = [
            {
                "id": i,
                "title": lib.case(i).title,
                "difficulty": lib.case(i).difficulty,
                "tags": list(lib.case(i).tags),
                "minutes": lib.case(i).total_minutes,
                "source": lib.origins[i].source,
                "path": str(lib.origins[i].path),
                "overrides": str(lib.origins[i].overrides) if lib.origins[i].overrides else None,
            }
            for i in ids
        ]
        _out(json.dumps(rows, indent=2) + "\n")
        return EXIT_OK
    if not ids:
        _out("no cases" + (f" tagged '{args.tag}'" if args.tag else "") + "\n")
        return EXIT_OK
    _out(_case_table(lib, ids) + "\n")
    return EXIT_OK


def _case_table(lib: Library, ids: Sequence[str]) -> str:
    rows = [("ID", "TITLE", "LEVEL", "MIN", "TAGS")]
    for i in ids:
        c = lib.case(i)
        origin = lib.origins[i]
        title = c.title + (
            " [user, overrides bundled]"
            if origin.overrides
            else " [user]"
            if origin.source == "user"
            else ""
        )
        rows.append((i, title, c.difficulty, str(c.total_minutes), ", ".join(c.tags)))
    widths = [max(len(r[k]) for r in rows) for k in range(4)]
    return "\n".join("  ".join(r[k].ljust(widths[k]) for k in range(4)) + "  " + r[4] for r in rows)


def cmd_show(args: argparse.Namespace) -> int:
    lib = _library(args)
    case = lib.case(_case_id(lib, args.case))
    out = []
    if not args.section:
        out += [
            case.title,
            "=" * len(case.title),
            f"{case.difficulty} · {case.total_minutes} min · {', '.join(case.tags)}",
            "",
            _wrap(case.summary),
            "",
            "Interviewer:",
            _wrap(case.opening, "  "),
            "",
        ]
    for section in case.sections:
        if args.section and section.id != args.section:
            continue
        out += [f"{section.title} ({section.time_budget_minutes} min)", "-" * 40]
        out += [_wrap(section.prompt, "  "), ""]
        out += ["  • " + "\n    ".join(textwrap.wrap(q, 88)) for q in section.guiding_questions]
        out.append("")
    _out("\n".join(out).rstrip() + "\n")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from designtrainer.loading.library import (
        Source,
        default_sources,
        load_library,
        yaml_files,
    )
    from designtrainer.loading.problems import Problem, problem

    unusable: list[Problem] = []
    if args.paths:
        files: list[Path] = []
        for raw in args.paths:
            p = Path(raw)
            if not p.exists():
                raise UsageError(f"{raw}: no such file or directory")
            if p.is_dir():
                found, cut = yaml_files(p)
                if not found:
                    unusable.append(problem(p, "no .yaml or .yml files in this folder"))
                files += found
                unusable += cut
            elif p.is_file():
                files.append(p)
            else:
                # Never opened: reading a FIFO would wait forever, /dev/zero never ends.
                unusable.append(
                    problem(p, "not a file or folder (a device, FIFO or socket): nothing to check")
                )
        given = {f.resolve() for f in files}
        base = [
            Source(s.name, s.level, tuple(f for f in s.files if f.resolve() not in given))
            for s in default_sources()
        ]
        lib = load_library([*base, Source("user", 3, tuple(files))], report=set(files))
        checked = len(files)
    else:
        dirs = [Path(d) for d in getattr(args, "cases_dir", None) or []]
        sources = default_sources(dirs)
        lib = load_library(sources)
        checked = sum(len(s.files) for s in sources)
    problems = unusable + lib.problems
    _out("".join(f"{found}\n" for found in problems))
    bad = len({p.file for p in problems})
    summary = f"{checked} file{'s' if checked != 1 else ''} checked"
    if bad:
        _note(f"{summary}: {len(problems)} problem(s) in {bad} file(s)")
        return EXIT_INVALID
    _note(f"{summary}: all valid ({len(lib.cases)} cases with rubrics)")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from designtrainer.loading.schema import schema_text

    _out(schema_text(args.kind))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from designtrainer.io.answers import template

    lib = _library(args)
    text = template(lib.case(_case_id(lib, args.case)))
    if not args.output or args.output == "-":
        _out(text)
        return EXIT_OK
    write_file(Path(args.output), text, force=args.force)
    _note(f"wrote {args.output}")
    return EXIT_OK


def write_file(target: Path, text: str, force: bool) -> None:
    """Write a file the user asked for, turning every way that can fail into exit 1."""
    from designtrainer.io.files import write_new

    try:
        write_new(target, text, force=force)
    except OSError as exc:
        raise InputError(f"{target}: cannot write: {exc.strerror or exc}") from None


def cmd_grade(args: argparse.Namespace) -> int:
    from designtrainer.grading import grade, grade_whole
    from designtrainer.io.answers import parse_answer
    from designtrainer.render import report

    source = _read_input(args.file)
    answer = parse_answer(source, _input_name(args.file))
    lib = _library(args)
    case_id = args.case or answer.meta.get("case")
    if not case_id:
        raise UsageError(
            f"{args.file}: no case given; pass --case ID or put 'case: ID' in the front matter "
            f"(known cases: {', '.join(lib.ids())})"
        )
    case_id = _case_id(lib, str(case_id))
    compiled = lib.compiled(case_id)
    texts: dict[str, str]
    offset: Callable[[str, int], int]
    if args.whole or not answer.has_sections:
        text = answer.whole()
        result = grade_whole(compiled, text)
        texts = dict.fromkeys(SECTION_IDS, text)

        def whole_offset(_section: str, pos: int) -> int:
            return pos

        offset = whole_offset
    else:
        texts = answer.texts()
        result = grade(compiled, texts)
        offset = answer.to_file_offset
    title = lib.case(case_id).title
    if args.format == "json":
        _out(report.to_json_text(result, offset))
    elif args.format == "markdown":
        _out(report.to_markdown(result, title, texts))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        # Not through _out: the text holds our own colour codes, and to_text has already
        # passed every piece of content through terminal_safe.
        sys.stdout.write(report.to_text(result, title, color=color, texts=texts))
    return EXIT_OK


def _input_name(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _read_input(name: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}:{line}: not UTF-8 text") from None


# -- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--cases-dir",
        action="append",
        default=argparse.SUPPRESS,  # so a subcommand does not reset a value given before it
        metavar="DIR",
        help="also load cases and rubrics from DIR (repeatable; overrides bundled ids)",
    )
    parser = argparse.ArgumentParser(
        prog="designtrainer",
        description="Offline trainer for ML system-design interviews.",
        parents=[common],
        epilog="Run without a command to open the trainer. See `designtrainer COMMAND --help`.",
    )
    parser.add_argument("--version", action="version", version=f"designtrainer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", parents=[common], help="list the cases")
    p.add_argument("--tag", help="only cases with this tag")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help="print a case brief")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--section", choices=SECTION_IDS)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "validate", parents=[common], help="check case and rubric files (default: all sources)"
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("schema", help="print the JSON Schema of a format")
    p.add_argument("kind", choices=["case", "rubric"])
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("practice", parents=[common], help="open the trainer straight into a case")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--section", choices=SECTION_IDS, help="start at this section")
    p.set_defaults(func=cmd_practice)

    p = sub.add_parser("template", parents=[common], help="write a fill-in markdown answer file")
    p.add_argument("case", metavar="CASE")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("grade", parents=[common], help="grade a markdown answer file")
    p.add_argument("file", metavar="FILE", help="markdown answer file, or - for stdin")
    p.add_argument("--case", help="case id (default: 'case' in the front matter)")
    p.add_argument("--whole", action="store_true", help="grade every item against the whole text")
    p.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    p.set_defaults(func=cmd_grade)

    from designtrainer.cli.attempts import add_commands as add_export_commands
    from designtrainer.cli.interview import add_commands as add_peer_commands
    from designtrainer.cli.review import add_commands as add_review_commands

    add_export_commands(sub, common)
    add_peer_commands(sub, common)
    add_review_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _no_command(parser, args)
        result: int = args.func(args)
        return result
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except (InputError, FileExistsRefused, UnsafeTarget, StoreError) as exc:
        _err(str(exc))
        return EXIT_INVALID
    except ContentError as exc:
        for found in exc.problems:
            _err(str(found))
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _no_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        parser.print_help()
        lib = _library(args)
        _out("\ncases:\n" + _case_table(lib, lib.ids()) + "\n")
        return EXIT_OK
    return _run_tui(args)


def _run_tui(args: argparse.Namespace, start: object = None) -> int:
    try:
        from designtrainer.tui.app import run
    except ImportError as exc:  # pragma: no cover - textual is a dependency
        raise UsageError(f"the terminal UI is unavailable: {exc}") from None
    dirs = [Path(d) for d in getattr(args, "cases_dir", None) or []]
    run(dirs, start)  # type: ignore[arg-type]  # a StoreError is reported by main
    return EXIT_OK


def cmd_practice(args: argparse.Namespace) -> int:
    from designtrainer.tui.app import StartRequest

    lib = _library(args)
    _case_id(lib, args.case)
    return _run_tui(args, StartRequest(args.case, args.section))
