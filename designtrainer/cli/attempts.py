"""The `history`, `export` and `import` commands: attempts listed, out to files, back in."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designtrainer.cli import common
from designtrainer.render.formatting import UNKNOWN, clock, pct, plural

if TYPE_CHECKING:
    pass

MAX_ATTEMPT_ID = 2**63 - 1  # SQLite's largest integer


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common_args: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "export",
        parents=[common_args],
        help="write an attempt as markdown or HTML",
        description="Write an attempt (default: the latest) as markdown or a standalone HTML page.",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("attempt", nargs="?", type=_attempt_id, metavar="ATTEMPT", help="attempt id")
    which.add_argument("--last", action="store_true", help="the latest attempt (the default)")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=(
            "write to FILE, byte for byte, or - for stdout, where control characters are "
            "shown as \\u001b escapes (default: <case>-<date>-<mode>.<format> here)"
        ),
    )
    p.add_argument("--format", choices=["md", "html"], default="md")
    p.add_argument(
        "--references",
        action="store_true",
        help="add each section's reference answer (the case's model answer)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=(
            "replace FILE if it is an existing regular file (never a symbolic link, folder, "
            "device or other special file)"
        ),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import",
        parents=[common_args],
        help="grade and store an exported or hand-written markdown answer file",
    )
    p.add_argument("file", metavar="FILE", help="markdown file, or - for stdin")
    p.add_argument("--case", help="case id (default: 'case' in the front matter)")
    p.add_argument(
        "--again",
        action="store_true",
        help="import another copy of an attempt that is already in history",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "history",
        parents=[common_args],
        help="list past attempts with their ids (for export)",
        description="List attempts, newest first: id, date, case, mode, score, time, status.",
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    if args.format == "json":
        return _history_json()
    import time

    store = common.open_store()
    try:
        rows = store.history_rows()
    finally:
        store.close()
    if not rows:
        common.out("no attempts yet; run `designtrainer` to practise a case\n")
        return common.EXIT_OK
    ids, updated, cases, modes, finished, scores, seconds, damaged = zip(*rows, strict=True)
    for attempt_id, damage in zip(ids, damaged, strict=True):
        if damage:
            common.err(f"warning: attempt {attempt_id}: {damage}")
    # Column by column, each with one map where it can: a 16,000-row history is 112,000
    # cells, and the per-cell overhead was most of `history`'s time (issue 12).
    # A time of 0 is one the store could not read (store.columns): shown as unknown.
    localtime, strftime, DATE = time.localtime, time.strftime, "%Y-%m-%d %H:%M"
    columns = [
        ["ID", *map(str, ids)],
        # Last worked on: the order of the list (a resumed old attempt comes first, dated today).
        ["DATE", *[strftime(DATE, localtime(t)) if t > 0 else UNKNOWN for t in updated]],
        ["CASE", *cases],
        ["MODE", *modes],
        ["SCORE", *map(pct, scores)],
        ["TIME", *map(clock, seconds)],
        ["STATUS", *["finished" if f else "unfinished" for f in finished]],
    ]
    widths = [max(map(len, column)) for column in columns[:-1]]
    # One format call per row; the last column is not padded, so no line ends in spaces.
    line = "".join(f"{{:<{w}}}  " for w in widths) + "{}\n"
    common.out("".join(map(line.format, *columns)))
    return common.EXIT_OK


def _history_json() -> int:
    store = common.open_store()
    try:
        rows = store.attempts()
    finally:
        store.close()
    common.warn_damaged(rows)
    common.out(
        json.dumps(
            [
                {
                    "id": a.id,
                    "case": a.case_id,
                    "title": a.case_title,
                    "mode": a.mode,
                    "created_at": a.created_at,
                    "updated_at": a.updated_at,
                    "score": a.score,
                    "seconds": round(a.seconds, 1),
                    "finished": a.finished_at is not None,
                }
                for a in rows
            ],
            indent=2,
        )
        + "\n"
    )
    return common.EXIT_OK


# -- export -----------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from designtrainer.io.files import FileExistsRefused
    from designtrainer.render.export import attempt_html, attempt_markdown, default_filename

    (attempt,) = common.read_attempts(args.attempt)
    common.warn_damaged([attempt])
    lib = common.library(args, attempt.case_id)
    case = lib.cases.get(attempt.case_id)
    render = attempt_html if args.format == "html" else attempt_markdown
    text = render(attempt, case, references=args.references)
    if args.output == "-":
        # For reading and piping: inert like every printed text. `-o FILE` is the exact copy.
        common.out(text)
        return common.EXIT_OK
    target = Path(args.output) if args.output else Path(default_filename(attempt, args.format))
    try:
        common.write_file(target, text, force=args.force)
    except FileExistsRefused:
        raise FileExistsRefused(
            f"{target} already exists; pass --force to overwrite it or -o to choose another name"
        ) from None
    common.note(f"wrote {target}")
    return common.EXIT_OK


def _attempt_id(raw: str) -> int:
    """An attempt id as argparse reads it: a whole number SQLite can hold, else exit 2."""
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not an attempt id (a number)") from None
    if not 1 <= value <= MAX_ATTEMPT_ID:
        raise argparse.ArgumentTypeError(
            f"{raw} is not an attempt id (see `designtrainer history`)"
        )
    return value


# -- import -----------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from designtrainer import sessions
    from designtrainer.grading.grade import grade
    from designtrainer.io.importing import ExportFormatError, parse_exported

    source = common.read_input(args.file)
    try:
        parsed = parse_exported(source, common.input_name(args.file))
    except ExportFormatError as exc:
        raise common.InputError(f"{args.file}: {exc}") from None
    case_id = args.case or parsed.case_id
    lib = common.library(args, case_id or None)
    if not case_id:
        raise common.UsageError(
            f"{args.file}: no case given; pass --case ID or put 'case: ID' in the front matter "
            f"(known cases: {', '.join(lib.ids())})"
        )
    case_id = common.case_id(lib, case_id)
    answers = {sid: text for sid, text in parsed.answers.items() if text}
    # A peer interview's marks are its content, with or without the candidate's notes.
    peer = parsed.peer if parsed.mode == "peer" else None
    if not answers and peer is None:
        if parsed.mode == "peer":
            raise common.InputError(
                f"{args.file}: a peer interview's export with no candidate notes, written by a "
                "designtrainer that did not yet put the interviewer's marks in it: there is "
                "nothing to import (the file itself is the scorecard)"
            )
        hint = "" if parsed.exported else " (write under '## Problem framing', '## Data', ...)"
        raise common.InputError(f"{args.file}: no answers found under section headings{hint}")
    if parsed.ignored:
        common.err(
            f"warning: {args.file}: text outside the section headings was not imported "
            f"({plural(len(parsed.ignored.splitlines()), 'line')})"
        )
    checker = grade(lib.compiled(case_id), answers) if answers else None
    # A peer interview is graded by the interviewer's ticks, as the console stored it.
    result = (
        sessions.interviewer_result(lib.rubric(case_id), peer, checker)
        if peer is not None
        else checker
    )
    assert result is not None  # answers, or the interviewer's marks
    store = common.open_store()
    try:
        same = store.same_attempts(case_id, parsed.mode, answers, parsed.created_at)
        if same and not args.again:
            common.out(
                f"{args.file}: already in your history as #{same[-1]}; use --again to import "
                "another copy\n"
            )
            return common.EXIT_OK
        attempt_id = sessions.import_finished(store, lib.case(case_id), parsed, answers, result)
    finally:
        store.close()
    core = result.levels[0].verdict  # levels are in order: core first
    common.out(f"imported attempt {attempt_id} ({case_id}): score {pct(result.score)}, {core}\n")
    return common.EXIT_OK


def _verdict(result: dict[str, Any]) -> str:
    core = result.get("levels", {}).get("core", {})
    return str(core.get("verdict") or "")
