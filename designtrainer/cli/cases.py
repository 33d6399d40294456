"""Commands about the case library: list, show, validate, schema, template, rubric."""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from designtrainer.cli import common
from designtrainer.domain.vocabulary import LEVELS, SECTION_IDS
from designtrainer.render.formatting import cells, plural

if TYPE_CHECKING:
    pass


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common_args: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("list", parents=[common_args], help="list the cases")
    p.add_argument("--tag", help="only cases with this tag")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common_args], help="print a case brief")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--section", choices=SECTION_IDS)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "validate", parents=[common_args], help="check case and rubric files (default: all sources)"
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("schema", help="print the JSON Schema of a format")
    p.add_argument("kind", choices=["case", "rubric"])
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser(
        "template", parents=[common_args], help="write a fill-in markdown answer file"
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser(
        "rubric",
        parents=[common_args],
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


def cmd_list(args: argparse.Namespace) -> int:
    lib = common.library(args)
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
        common.out(json.dumps(rows, indent=2) + "\n")
        return common.EXIT_OK
    if not ids:
        common.out("no cases" + (f" tagged '{args.tag}'" if args.tag else "") + "\n")
        return common.EXIT_OK
    common.out(common.case_table(lib, ids) + "\n")
    return common.EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    lib = common.library(args, args.case)
    case = lib.case(common.case_id(lib, args.case))
    out = []
    if not args.section:
        out += [
            case.title,
            "=" * cells(case.title),  # terminal columns: a wide title is underlined in full
            # No tags and no summary: both name the hard parts ("calibration", "negative
            # downsampling"); the neutral brief is what a candidate sees before an attempt.
            f"{case.difficulty} · {case.total_minutes} min",
            "",
            common.wrap(case.brief or case.title),
            "",
            "Interviewer:",
            common.wrap(case.opening, "  "),
            "",
        ]
    for section in case.sections:
        if args.section and section.id != args.section:
            continue
        out += [f"{section.title} ({section.time_budget_minutes} min)", "-" * 40]
        out += [common.wrap(section.prompt, "  "), ""]
        out += ["  • " + "\n    ".join(textwrap.wrap(q, 88)) for q in section.guiding_questions]
        out.append("")
    common.out("\n".join(out).rstrip() + "\n")
    return common.EXIT_OK


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
                raise common.UsageError(f"{raw}: no such file or directory")
            if p.is_dir():
                found, cut = yaml_files(p)
                if not found and not cut:  # (skipped entries are named in `cut`)
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
    common.out("".join(f"{found}\n" for found in problems))
    bad = len({p.file for p in problems})
    summary = f"{plural(checked, 'file')} checked"
    if bad:
        common.note(f"{summary}: {plural(len(problems), 'problem')} in {plural(bad, 'file')}")
        return common.EXIT_INVALID
    common.note(f"{summary}: all valid ({plural(len(lib.cases), 'case')} with rubrics)")
    return common.EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from designtrainer.loading.schema import schema_text

    common.out(schema_text(args.kind))
    return common.EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from designtrainer.io.answers import template

    lib = common.library(args, args.case)
    text = template(lib.case(common.case_id(lib, args.case)))
    if not args.output or args.output == "-":
        common.out(text)
        return common.EXIT_OK
    common.write_file(Path(args.output), text, force=args.force)
    common.note(f"wrote {args.output}")
    return common.EXIT_OK


def cmd_rubric(args: argparse.Namespace) -> int:
    from designtrainer.render.export import rubric_checklist, rubric_checklist_json

    lib = common.library(args, args.case)
    case_id = common.case_id(lib, args.case)
    case, rubric = lib.case(case_id), lib.rubric(case_id)
    if args.format == "json":
        doc = rubric_checklist_json(case, rubric, args.level)
        common.out(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        common.out(rubric_checklist(case, rubric, args.level))
    return common.EXIT_OK
