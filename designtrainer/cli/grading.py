"""The `grade` command: a markdown answer file graded, as text, markdown or JSON."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable

from designtrainer.cli import common
from designtrainer.domain.vocabulary import SECTION_IDS


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common_args: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("grade", parents=[common_args], help="grade a markdown answer file")
    p.add_argument("file", metavar="FILE", help="markdown answer file, or - for stdin")
    p.add_argument("--case", help="case id (default: 'case' in the front matter)")
    p.add_argument("--whole", action="store_true", help="grade every item against the whole text")
    p.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    p.set_defaults(func=cmd_grade)


def cmd_grade(args: argparse.Namespace) -> int:
    """Grade a file, the cyclic garbage collector off meanwhile, as grading itself and
    compiling have it: a fresh `grade` imports the grading engine and loads the case first,
    tens of thousands of new objects that stay alive or are freed by their counts, and the
    collections those set off were about 4 ms of walking them for nothing (issue 12)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _grade_file(args)
    finally:
        if collecting:
            gc.enable()


def _grade_file(args: argparse.Namespace) -> int:
    from designtrainer.grading.grade import grade, grade_whole
    from designtrainer.io.answers import FORMAT_KEY, parse_answer
    from designtrainer.render import report

    source = common.read_input(args.file)
    answer = parse_answer(source, common.input_name(args.file))
    case_id = args.case or answer.meta.get("case")
    lib = common.library(args, str(case_id) if case_id else None)
    if not case_id:
        raise common.UsageError(
            f"{args.file}: no case given; pass --case ID or put 'case: ID' in the front matter "
            f"(known cases: {', '.join(lib.ids())})"
        )
    case_id = common.case_id(lib, str(case_id))
    compiled = lib.compiled(case_id)
    texts: dict[str, str]
    offset: Callable[[str, int], int]
    if FORMAT_KEY in answer.meta:
        # An exported attempt: its checklists, probes and red-flag messages are the rubric's
        # words; only the answers between its markers are graded, as `import` grades them.
        texts, offset = _exported_texts(source, args.file)
        if args.whole:
            text, whole_map = _joined(texts, offset)
            result = grade_whole(compiled, text)
            texts = dict.fromkeys(SECTION_IDS, text)
            offset = whole_map
        else:
            result = grade(compiled, texts)
    elif args.whole or not answer.has_sections:
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
        common.out(report.to_json_text(result, offset))
    elif args.format == "markdown":
        common.out(report.to_markdown(result, title, texts))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        # Not through _out: the text holds our own colour codes, and to_text has already
        # passed every piece of content through terminal_safe.
        sys.stdout.write(report.to_text(result, title, color=color, texts=texts))
    return common.EXIT_OK


def _exported_texts(source: str, file: str) -> tuple[dict[str, str], Callable[[str, int], int]]:
    """The answers of an exported attempt per section, and where each offset into one of them
    is in the file (the answer's own place between its markers when it stands there as is)."""
    import re

    from designtrainer.io.importing import ExportFormatError, parse_exported

    try:
        parsed = parse_exported(source, common.input_name(file))
    except ExportFormatError as exc:
        raise common.InputError(f"{file}: {exc}") from None
    texts: dict[str, str] = {sid: parsed.answers.get(sid, "") for sid in SECTION_IDS}
    # A file whose line ends were all made CRLF after export is read with LF (parse_exported):
    # an offset into an answer then counts one more character in the file per line break.
    crlf = source.removeprefix("\ufeff").startswith("---\r\n")
    starts: dict[str, int] = {}
    for sid, text in texts.items():
        marker = re.search(rf"^<!-- answer {sid}\b[^\r\n]*-->\r?\n", source, re.MULTILINE)
        written = text.replace("\n", "\r\n") if crlf else text
        if marker is not None and source.startswith(written, marker.end()):
            starts[sid] = marker.end()

    def offset(section: str, pos: int) -> int:
        if section not in starts:
            return pos
        breaks = texts[section].count("\n", 0, pos) if crlf else 0
        return starts[section] + pos + breaks

    return texts, offset


def _joined(
    texts: dict[str, str], offset: Callable[[str, int], int]
) -> tuple[str, Callable[[str, int], int]]:
    """The sections' texts as one (for --whole), and an offset into it mapped to the file."""
    pieces: list[tuple[int, str]] = []  # (start in the joined text, section)
    pos = 0
    for sid in SECTION_IDS:
        pieces.append((pos, sid))
        pos += len(texts[sid]) + 2

    def joined_offset(_section: str, at: int) -> int:
        start, sid = max((p for p in pieces if p[0] <= at), default=pieces[0])
        return offset(sid, at - start)

    return "\n\n".join(texts[sid] for sid in SECTION_IDS), joined_offset
