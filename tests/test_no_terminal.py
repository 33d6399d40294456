"""`practice`, `peer` and `drill` open the terminal UI: without a terminal (a script, a pipe,
CI) they wrote Textual's escape codes into the pipe, ended at once, and left an empty
unfinished attempt in history each time. They say they need a terminal (exit 2) and leave
nothing behind, as `designtrainer` alone prints its help there."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from designtrainer.cli import main
from designtrainer.store.db import Store


@pytest.mark.parametrize("command", [["practice", "fraud-detection"], ["peer", "fraud-detection"]])
def test_the_trainer_without_a_terminal_says_so_and_starts_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(command) == 2
    captured = capsys.readouterr()
    assert "terminal" in captured.err and "\x1b" not in captured.out + captured.err
    store = Store()
    assert store.attempts() == []
    store.close()
