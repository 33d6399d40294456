"""A file the person names is written only into a folder that exists: `-o /tmp/ouptut/x.md` (a
typo) is a one-line error naming the folder, never a stray folder tree made on the way. The
app's own data directory is still created on first use (paths.data_home)."""

from __future__ import annotations

from pathlib import Path

import pytest

from designtrainer.cli import main
from designtrainer.io.files import MissingFolder, write_new
from designtrainer.paths import data_home


def test_write_new_refuses_a_missing_folder_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "dir" / "x.md"
    with pytest.raises(MissingFolder) as caught:
        write_new(target, "text")
    assert isinstance(caught.value, OSError)
    assert f"folder {target.parent} does not exist" in str(caught.value.strerror)
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", [["template", "fraud-detection"], ["export"]])
def test_a_command_writing_into_a_missing_folder_is_a_one_line_error(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if command == ["export"]:
        answer = tmp_path / "a.md"
        assert main(["template", "fraud-detection", "-o", str(answer)]) == 0
        answer.write_text(answer.read_text() + "\nWe label fraud from chargebacks.\n")
        assert main(["import", str(answer)]) == 0
    capsys.readouterr()
    target = tmp_path / "missing" / "dir" / "x.md"
    code = main([*command, "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        f"designtrainer: {target}: cannot write: folder {target.parent} does not exist\n"
    ), err
    assert not (tmp_path / "missing").exists()


def test_the_data_directory_is_still_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "new" / "home"
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(home))
    assert data_home() == home and home.is_dir()
