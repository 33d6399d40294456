"""A rubric with no senior (or staff) items has no line for that level: "senior signals: 0 of
0" says nothing. The CLI's grade (text, markdown), the summary (TUI and history) and the export
all leave it out; JSON and the store keep every level, as data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from designtrainer.cli import main
from designtrainer.render.summary import summary_markdown
from designtrainer.store.db import Store

GOOD = Path(__file__).parent / "bad_input" / "good"  # its rubric has core items only


def _answer(tmp_path: Path) -> tuple[Path, Path]:
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(GOOD / "tiny.yaml", pack / "tiny.yaml")
    shutil.copy(GOOD / "tiny.rubric.yaml", pack / "tiny.rubric.yaml")
    answer = tmp_path / "a.md"
    assert main(["template", "tiny", "-o", str(answer), "--cases-dir", str(pack)]) == 0
    answer.write_text(answer.read_text() + "\nThe goal is the thing.\n", encoding="utf-8")
    return pack, answer


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_grade_has_no_line_for_an_empty_level(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack, answer = _answer(tmp_path)
    capsys.readouterr()
    assert main(["grade", str(answer), "--format", fmt, "--cases-dir", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "core bar" in out
    assert "senior signals" not in out and "staff signals" not in out


def test_json_keeps_every_level(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack, answer = _answer(tmp_path)
    capsys.readouterr()
    assert main(["grade", str(answer), "--format", "json", "--cases-dir", str(pack)]) == 0
    assert "senior signals: 0 of 0" in json.dumps(json.loads(capsys.readouterr().out))


def test_summary_and_export_have_no_line_for_an_empty_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack, answer = _answer(tmp_path)
    assert main(["import", str(answer), "--cases-dir", str(pack)]) == 0
    capsys.readouterr()
    assert main(["export", "--last", "-o", "-", "--cases-dir", str(pack)]) == 0
    exported = capsys.readouterr().out
    assert "core bar" in exported
    assert "senior signals" not in exported and "staff signals" not in exported
    store = Store()
    attempt = store.get(store.attempts(limit=1)[0].id)
    assert attempt is not None
    summary = summary_markdown(attempt, {})
    assert "core bar" in summary and "signals:" not in summary
