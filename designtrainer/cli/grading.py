"""The `grade` command: a markdown answer file graded, as text, markdown or JSON."""

from __future__ import annotations

import argparse
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
    from designtrainer.grading.grade import grade, grade_whole
    from designtrainer.io.answers import parse_answer
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
    answer.hide_title(lib.case(case_id).title)
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
        common.out(report.to_json_text(result, offset))
    elif args.format == "markdown":
        common.out(report.to_markdown(result, title, texts))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        # Not through _out: the text holds our own colour codes, and to_text has already
        # passed every piece of content through terminal_safe.
        sys.stdout.write(report.to_text(result, title, color=color, texts=texts))
    return common.EXIT_OK
