"""DESIGNTRAINER_HOME and DESIGNTRAINER_CASES set to "~name" of no user: pathlib's expanduser
raises RuntimeError there, which no caller expected, so every command ended in a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from designtrainer.cli import main

NO_USER = "~no-such-user-qa16"


@pytest.mark.parametrize("command", [["history"], ["due"], ["import", "answer.md"]])
def test_a_data_home_of_no_users_home_is_a_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "answer.md").write_text("---\ncase: fraud-detection\n---\n## Data\nFraud.\n")
    monkeypatch.setenv("DESIGNTRAINER_HOME", f"{NO_USER}/data")
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.startswith("designtrainer: ") and NO_USER in err and "DESIGNTRAINER_HOME" in err
    assert not list(tmp_path.glob("~*"))  # no folder named like it made where we stand


def test_the_tui_on_a_data_home_of_no_users_home_is_a_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from designtrainer.store.db import StoreError
    from designtrainer.tui.saving import open_store

    monkeypatch.setenv("DESIGNTRAINER_HOME", NO_USER)
    with pytest.raises(StoreError, match=NO_USER):
        open_store()


def test_cases_in_no_users_home_are_skipped_like_any_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DESIGNTRAINER_CASES", f"{NO_USER}/cases")
    assert main(["list"]) == 0
    assert "fraud-detection" in capsys.readouterr().out
