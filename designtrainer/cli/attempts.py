"""The `export`, `import` and `rubric` commands: attempts out to files, files back in as attempts.

Registered on the main parser by `add_commands`; the commands follow cli's conventions (an int
exit code, UsageError for exit 2, InputError or FileExistsRefused for exit 1). `cli` is read as
a module at call time, so importing this module from cli.py at any point is safe.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from designtrainer import cli
from designtrainer.domain.vocabulary import LEVELS
from designtrainer.render.formatting import clock, pct

if TYPE_CHECKING:
    from designtrainer.store.attempt import Attempt, AttemptSummary
    from designtrainer.store.db import Store

# How many recent attempt ids an "unknown attempt" message lists.
_RECENT_IDS_SHOWN = 5
MAX_ATTEMPT_ID = 2**63 - 1  # SQLite's largest integer


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Register export, import and rubric on the subparsers of `cli.build_parser`."""
    p = sub.add_parser(
        "export",
        parents=[common],
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
        parents=[common],
        help="grade and store an exported or hand-written markdown answer file",
    )
    p.add_argument("file", metavar="FILE", help="markdown file, or - for stdin")
    p.add_argument("--case", help="case id (default: 'case' in the front matter)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "rubric",
        parents=[common],
        help="print a case's rubric as an interviewer's checklist",
        description="Print the checklist a peer interviewer ticks, for use without the app.",
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument(
        "--level",
        choices=LEVELS,
        default="staff",
        help="items up to this level: core, core+senior, or all (staff, the default)",
    )
    p.add_argument("--format", choices=["md", "json"], default="md")
    p.set_defaults(func=cmd_rubric)

    p = sub.add_parser(
        "history",
        parents=[common],
        help="list past attempts with their ids (for export)",
        description="List attempts, newest first: id, date, case, mode, score, time, status.",
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    import time

    store = _open_store()
    try:
        rows = store.attempts()
    finally:
        store.close()
    _warn_damaged(rows)
    if args.format == "json":
        cli._out(
            json.dumps(
                [
                    {
                        "id": a.id,
                        "case": a.case_id,
                        "title": a.case_title,
                        "mode": a.mode,
                        "created_at": a.created_at,
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
        return cli.EXIT_OK
    if not rows:
        cli._out("no attempts yet; run `designtrainer` to practise a case\n")
        return cli.EXIT_OK
    table = [("ID", "DATE", "CASE", "MODE", "SCORE", "TIME", "STATUS")]
    for a in rows:
        table.append(
            (
                str(a.id),
                time.strftime("%Y-%m-%d %H:%M", time.localtime(a.created_at)),
                a.case_id,
                a.mode,
                pct(a.score),
                clock(a.seconds),
                "finished" if a.finished_at else "unfinished",
            )
        )
    widths = [max(len(r[k]) for r in table) for k in range(len(table[0]))]
    cli._out(
        "".join(
            "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() + "\n"
            for r in table
        )
    )
    return cli.EXIT_OK


def _warn_damaged(rows: list[AttemptSummary] | list[Attempt]) -> None:
    for a in rows:
        if a.damaged:
            cli._err(f"warning: attempt {a.id}: {a.damaged}")


# -- export -----------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from designtrainer.io.files import FileExistsRefused
    from designtrainer.render.export import attempt_html, attempt_markdown, default_filename

    store = _open_store()
    try:
        attempt = _pick_attempt(store, args.attempt)
    finally:
        store.close()
    _warn_damaged([attempt])
    lib = cli._library(args)
    case = lib.cases.get(attempt.case_id)
    text = (attempt_html if args.format == "html" else attempt_markdown)(attempt, case)
    if args.output == "-":
        # For reading and piping: inert like every printed text. `-o FILE` is the exact copy.
        cli._out(text)
        return cli.EXIT_OK
    target = Path(args.output) if args.output else Path(default_filename(attempt, args.format))
    try:
        cli.write_file(target, text, force=args.force)
    except FileExistsRefused:
        raise FileExistsRefused(
            f"{target} already exists; pass --force to overwrite it or -o to choose another name"
        ) from None
    cli._note(f"wrote {target}")
    return cli.EXIT_OK


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


def _open_store() -> Store:
    from designtrainer.store.db import Store, StoreError

    try:
        return Store()
    except StoreError as exc:
        raise cli.InputError(str(exc)) from None


def _pick_attempt(store: Store, attempt_id: int | None) -> Attempt:
    recent = store.attempts()
    if not recent:
        raise cli.UsageError("no attempts yet; practise a case first (run `designtrainer`)")
    wanted = recent[0].id if attempt_id is None else attempt_id
    attempt = store.get(wanted)
    if attempt is None:
        ids = ", ".join(str(a.id) for a in recent[:_RECENT_IDS_SHOWN])
        raise cli.UsageError(f"no attempt with id {wanted}; the latest are: {ids}")
    return attempt


# -- import -----------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from designtrainer.grading import grade
    from designtrainer.render import report
    from designtrainer.render.export import ExportFormatError, parse_exported
    from designtrainer.review.cards import record_finished

    source = cli._read_input(args.file)
    try:
        parsed = parse_exported(source, cli._input_name(args.file))
    except ExportFormatError as exc:
        raise cli.InputError(f"{args.file}: {exc}") from None
    lib = cli._library(args)
    case_id = args.case or parsed.case_id
    if not case_id:
        raise cli.UsageError(
            f"{args.file}: no case given; pass --case ID or put 'case: ID' in the front matter "
            f"(known cases: {', '.join(lib.ids())})"
        )
    case_id = cli._case_id(lib, case_id)
    answers = {sid: text for sid, text in parsed.answers.items() if text}
    if not answers:
        hint = "" if parsed.exported else " (write under '## Problem framing', '## Data', ...)"
        raise cli.InputError(f"{args.file}: no answers found under section headings{hint}")
    if parsed.ignored:
        cli._err(
            f"warning: {args.file}: text outside the section headings was not imported "
            f"({len(parsed.ignored.splitlines())} line(s))"
        )
    result = report.to_json(grade(lib.compiled(case_id), answers))
    store = _open_store()
    try:
        attempt_id = store.import_attempt(
            case_id, lib.case(case_id).title, parsed.mode, answers, result
        )
        record_finished(store, attempt_id)
    finally:
        store.close()
    verdict = _verdict(result)
    cli._out(
        f"imported attempt {attempt_id} ({case_id}): score {round(result['score'] * 100)}%"
        + (f", {verdict}" if verdict else "")
        + "\n"
    )
    return cli.EXIT_OK


def _verdict(result: dict[str, Any]) -> str:
    core = result.get("levels", {}).get("core", {})
    return str(core.get("verdict") or "")


# -- rubric -----------------------------------------------------------------------------------


def cmd_rubric(args: argparse.Namespace) -> int:
    from designtrainer.render.export import rubric_checklist, rubric_checklist_json

    lib = cli._library(args)
    case_id = cli._case_id(lib, args.case)
    case, rubric = lib.case(case_id), lib.rubric(case_id)
    if args.format == "json":
        doc = rubric_checklist_json(case, rubric, args.level)
        cli._out(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        cli._out(rubric_checklist(case, rubric, args.level))
    return cli.EXIT_OK
