"""Files skipped from a --cases-dir folder are reported with the command that shows them:
plain `designtrainer validate`, which the hint named, checks only the bundled cases (and
DESIGNTRAINER_CASES) and said "all valid"."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
from tui_helpers import settle, until

from designtrainer.cli import main
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp

GOOD = Path(__file__).parent / "bad_input" / "good"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    pack = tmp_path / "my cases"  # a space: the command must still run as shown
    pack.mkdir()
    shutil.copy(GOOD / "tiny.yaml", pack)
    shutil.copy(GOOD / "tiny.rubric.yaml", pack)
    (pack / "broken.yaml").write_text("id: [unclosed\n")
    return pack


def test_the_cli_names_the_validate_that_shows_them(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--cases-dir", str(pack)]) == 0
    err = capsys.readouterr().err
    hint = f"designtrainer validate --cases-dir {shlex.quote(str(pack))}"
    assert hint in err
    assert main(shlex.split(hint)[1:]) == 1  # the command shown reports the broken file
    assert "broken.yaml" in capsys.readouterr().out


async def test_the_tui_names_the_validate_that_shows_them(tmp_path: Path, pack: Path) -> None:
    said: list[str] = []
    app = DesignTrainerApp(store=Store(tmp_path / "db.sqlite3"), cases_dirs=[pack])
    app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
    async with app.run_test(size=(100, 32)) as pilot:
        await until(pilot, lambda: app.library is not None, "loading")
        await settle(pilot)
    assert any(f"designtrainer validate --cases-dir {shlex.quote(str(pack))}" in m for m in said)
