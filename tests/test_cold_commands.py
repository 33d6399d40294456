"""A command imports and builds only what it runs (issue 12: a fresh `grade` is timed against
`python -c "import yaml"`), and parses its arguments exactly as the whole parser does."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from designtrainer.cli import COMMANDS, GROUPS, build_parser, command_of

ROOT = Path(__file__).resolve().parent.parent
ANSWER = ROOT / "tests" / "fixtures" / "answers" / "fraud-detection" / "strong.md"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert len(found) == 1
    return dict(found[0].choices)


def test_the_command_table_is_what_the_modules_define() -> None:
    whole = _subcommands(build_parser())
    assert set(whole) == set(COMMANDS)
    for name, sub in whole.items():
        assert sub.get_default("func").__module__ == f"designtrainer.cli.{COMMANDS[name]}"
    assert set(COMMANDS.values()) == set(GROUPS)


def test_a_narrowed_parser_builds_one_module_only() -> None:
    assert set(_subcommands(build_parser("grade"))) == {"grade"}
    assert set(_subcommands(build_parser("history"))) == {"export", "import", "history"}
    assert set(_subcommands(build_parser(None))) == set(COMMANDS)


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["grade", "a.md"], "grade"),
        (["--cases-dir", "grade", "list"], "list"),  # the folder is named like a command
        (["--cases-dir=grade", "show", "x"], "show"),
        (["--cases", "grade", "history"], "history"),  # argparse's abbreviation
        (["--c", "x", "--cases-dir", "y", "due"], "due"),
        (["-h", "grade"], None),  # the help lists every command
        (["--version"], None),
        (["--bogus", "grade"], None),
        (["--", "grade"], None),
        (["nonsense"], None),
        ([], None),
        (["--cases-dir"], None),
    ],
)
def test_command_of_reads_argv_as_argparse_does(argv: list[str], command: str | None) -> None:
    assert command_of(argv) == command


@pytest.mark.parametrize(
    "argv",
    [
        ["grade", "a.md"],
        ["grade", "-", "--case", "fraud-detection", "--whole", "--format", "json"],
        ["--cases-dir", "d1", "grade", "a.md", "--cases-dir", "d2"],
        ["--cases-dir=grade", "list", "--format", "json"],
        ["list", "--tag", "ranking"],
        ["show", "fraud-detection"],
        ["validate"],
        ["template", "fraud-detection"],
        ["rubric", "fraud-detection"],
        ["practice", "fraud-detection", "--exam"],
        ["peer", "fraud-detection"],
        ["drill"],
        ["history"],
        ["export", "3"],
        ["due"],
        ["progress"],
    ],
)
def test_a_narrowed_parser_parses_as_the_whole_one(argv: list[str]) -> None:
    command = command_of(argv)
    assert command is not None
    assert vars(build_parser(command).parse_args(argv)) == vars(build_parser().parse_args(argv))


def _modules_after(argv: list[str], home: Path, modules: tuple[str, ...]) -> list[str]:
    code = (
        "import io, sys, contextlib\nfrom designtrainer.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    assert main({argv!r}) == 0\n"
        f"print(','.join(m for m in {modules!r} if m in sys.modules))"
    )
    env = {**os.environ, "DESIGNTRAINER_HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()
    return [m for m in out.split(",") if m]


def test_grade_imports_no_other_command_module(tmp_path: Path) -> None:
    others = tuple(f"designtrainer.cli.{g}" for g in GROUPS if g != "grading")
    assert _modules_after(["grade", str(ANSWER)], tmp_path, others) == []


def test_grade_of_a_plain_answer_imports_no_parser_it_does_not_need(tmp_path: Path) -> None:
    """Front matter of `key: word` lines is read without PyYAML, headings and paragraphs
    without markdown-it; the text report does not need the stored JSON shape (store.codec).
    Case files come from `cache/validated` the second time, so that run parses no YAML."""
    answer = tmp_path / "answer.md"
    answer.write_text(
        "---\ncase: fraud-detection\n---\n\n## Data\n\nlabels arrive late\n", encoding="utf-8"
    )
    heavy = (
        "yaml",
        "designtrainer.loading.yamlfile",
        "markdown_it",
        "designtrainer.store.codec",
        "importlib.resources",
    )
    _modules_after(["grade", str(answer)], tmp_path, ())  # records the valid case files
    assert _modules_after(["grade", str(answer)], tmp_path, heavy) == []
    found = _modules_after(["grade", str(answer), "--format", "json"], tmp_path, heavy)
    assert found == ["designtrainer.store.codec"]

    answer.write_text("---\ncase: fraud-detection\n---\n\n> a quote\n", encoding="utf-8")
    assert _modules_after(["grade", str(answer)], tmp_path, heavy) == ["markdown_it"]


def test_grade_of_a_plain_answer_imports_no_export_reader_nor_store(tmp_path: Path) -> None:
    """Whether a file is an exported attempt is told by a front-matter key kept in io.answers:
    a plain answer never imports the export reader, nor through it the store's types."""
    answer = tmp_path / "answer.md"
    answer.write_text(
        "---\ncase: fraud-detection\n---\n\n## Data\n\nlabels arrive late\n", encoding="utf-8"
    )
    reader = ("designtrainer.io.importing", "designtrainer.store", "designtrainer.store.attempt")
    assert _modules_after(["grade", str(answer)], tmp_path, reader) == []


def test_a_command_run_as_the_program_leaves_its_objects_to_the_exit(tmp_path: Path) -> None:
    """Run as the program (`main()` on sys.argv), a one-shot command freezes what is alive,
    so the interpreter's exit does not collect every module's classes and functions; called
    with its arguments (tests, benches: the process goes on), `main` leaves the collector as
    it was."""
    code = (
        "import contextlib, gc, io, sys\nfrom designtrainer.cli import main\n"
        f"sys.argv = ['designtrainer', 'grade', {str(ANSWER)!r}]\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(sys.argv[1:]) == 0\n"
        "    print(gc.get_freeze_count(), file=sys.stderr)\n"
        "    assert main() == 0\n"
        "print(gc.get_freeze_count(), gc.isenabled(), file=sys.stderr)"
    )
    env = {**os.environ, "DESIGNTRAINER_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    with_arguments, as_program, enabled = done.stderr.split()
    assert with_arguments == "0"
    assert int(as_program) > 10_000  # the modules' classes and functions: left to the exit
    assert enabled == "True"


def test_grade_imports_no_terminal_size_helper_nor_text_wrapper(tmp_path: Path) -> None:
    """argparse's help formatter imports shutil (with bz2 and lzma) for the terminal width,
    once for every argument added; the parser works the width out itself. `grade` wraps no
    text either (markdown-it does, for answers the plain reader leaves to it)."""
    answer = tmp_path / "answer.md"
    answer.write_text(
        "---\ncase: fraud-detection\n---\n\n## Data\n\nlabels arrive late\n", encoding="utf-8"
    )
    assert _modules_after(["grade", str(answer)], tmp_path, ("shutil", "textwrap")) == []


@pytest.mark.parametrize("columns", [None, "50", "0", "-3", "wide", "120"])
def test_the_terminal_width_is_the_one_argparse_asks_for(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from designtrainer.cli import _Parser
    from designtrainer.cli.common import terminal_columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.delenv("LINES", raising=False)
    assert terminal_columns() == shutil.get_terminal_size().columns
    whole = build_parser()
    helps = [whole.format_help(), *(p.format_help() for p in _subcommands(whole).values())]
    # The same help as argparse's own formatter gives, for the parser and every command.
    monkeypatch.setattr(_Parser, "_get_formatter", argparse.ArgumentParser._get_formatter)
    assert helps == [whole.format_help(), *(p.format_help() for p in _subcommands(whole).values())]
