"""An answer file is read up to a bound: `grade /dev/zero` or an endless pipe into `grade -`
ran until memory gave out; a file far past any answer is a one-line error, exit 1."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from designtrainer.cli import common, main

REAL_LIMIT = common.MAX_ANSWER_BYTES
LIMIT = 100_000
"""The bound the other tests read under: the real one is too large to write in each test."""


def test_the_bound_is_past_the_benchmarks_answer() -> None:
    # issue 12 times `grade` of a 10 MB answer: an answer that size is read, not refused.
    assert REAL_LIMIT > 10_000_000


@pytest.fixture(autouse=True)
def _small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "MAX_ANSWER_BYTES", LIMIT)


class Endless(io.RawIOBase):
    """A stdin that never ends (as `yes | designtrainer grade -`)."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        buffer[:] = b"y\n" * (len(buffer) // 2) + b"y" * (len(buffer) % 2)
        return len(buffer)


@pytest.mark.parametrize("command", ["grade", "import"])
def test_an_answer_file_past_the_limit_is_an_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    big = tmp_path / "big.md"
    big.write_bytes(b"word " * (LIMIT // 5 + 1))
    assert main([command, str(big)]) == 1
    err = capsys.readouterr().err
    assert f"{big}: " in err and f"{LIMIT:,} bytes" in err
    assert "Traceback" not in err


def test_an_answer_at_the_limit_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    text = "## Data\nFraud is rare, about 0.1% of transactions.\n"
    answer = tmp_path / "answer.md"
    answer.write_text(text + " " * (LIMIT - len(text)))
    assert main(["grade", str(answer), "--case", "fraud-detection", "--format", "json"]) == 0


def test_an_endless_stdin_ends_in_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    assert main(["grade", "-", "--case", "fraud-detection"]) == 1
    assert "<stdin>" in capsys.readouterr().err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_that_never_ends_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["grade", "/dev/zero", "--case", "fraud-detection"]) == 1
    assert "/dev/zero: " in capsys.readouterr().err


LONG = "a" * 300  # longer than a file name may be (255 bytes on Linux and macOS)


@pytest.mark.parametrize(
    "args",
    [
        ["validate", LONG],
        ["list", "--cases-dir", LONG],
        ["show", "fraud-detection", "--cases-dir", f"{LONG}/cases"],
        ["grade", "answer.md", "--cases-dir", LONG],
    ],
    ids=["validate", "list", "show", "grade"],
)
def test_a_path_the_system_refuses_is_a_message_not_a_traceback(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
) -> None:
    """A name too long for the file system raised from the checks on the paths given."""
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "answer.md").write_text("## Data\nFraud is rare.\n")
    code = main(args)
    err = capsys.readouterr().err
    assert code in (1, 2) and err.startswith("designtrainer: ") and LONG in err
    assert "name too long" in err.lower()


@pytest.mark.parametrize("command", [["grade", "answer.md"], ["history"], ["list"]])
def test_json_asked_for_as_json_says_how(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`--json`, as many tools spell it, was only "unrecognized arguments: --json" under the
    usage of the whole program, not the command's."""
    with pytest.raises(SystemExit) as exc:
        main([*command, "--json"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --json" in err and "--format json" in err


def test_no_json_hint_where_there_is_no_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--json"])
    assert "--format json" not in capsys.readouterr().err


@pytest.mark.parametrize("command", [["import"], ["grade", "--case", "fraud-detection"]])
def test_an_html_export_given_back_says_to_use_the_markdown_one(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    """`import page.html` said "no case given; pass --case ID", and with --case, "no answers
    found under section headings": a chase that never names the real trouble."""
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    page = tmp_path / "fraud-detection-2026-12-01-solo.html"
    page.write_text('<!DOCTYPE html>\n<html lang="en">\n<head><title>x</title></head></html>\n')
    assert main([command[0], str(page), *command[1:]]) == 1
    err = capsys.readouterr().err
    assert "HTML" in err and "markdown" in err


def test_an_oversized_data_comment_is_said_in_a_sentence() -> None:
    """It read "the data comment's is over 1048576 characters"."""
    from designtrainer.io.importing import MAX_DATA_CHARS, ExportFormatError, _read_data

    with pytest.raises(ExportFormatError) as caught:
        _read_data("[" + " " * MAX_DATA_CHARS + "]", 7)
    assert f"the data comment's JSON is over {MAX_DATA_CHARS:,} characters" in str(caught.value)
