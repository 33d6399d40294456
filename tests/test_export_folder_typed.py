"""Whatever is typed in the export dialog's folder field is a message in the dialog, never the
end of the app: the dialog works out the file to write on every key, and "~x" (no such user:
RuntimeError) or a name longer than the system allows (OSError) raised from there."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label

from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp
from designtrainer.tui.screens.export import ExportScreen
from tests.test_export_dialog import _export_dialog, _finished, home  # noqa: F401
from tests.tui_helpers import settle


@pytest.mark.parametrize(
    "typed",
    ["~nosuchuser-qa16/exports", "x" * 300, "/tmp/" + "deep/" * 1000],
    ids=["unknown-user", "long-name", "long-path"],
)
async def test_a_folder_that_cannot_be_a_path_is_said_in_the_dialog(
    tmp_path: Path,
    library: Library,
    home: Path,  # noqa: F811
    typed: str,
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = _finished(store, library)
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await _export_dialog(app, pilot, aid)
        dialog.query_one("#folder", Input).value = typed  # each key sets the value like this
        await settle(pilot)
        assert app.is_running and app.screen is dialog
        dialog.query_one("#export").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and app.screen is dialog  # stays open to change the folder
        problem = str(dialog.query_one("#problem", Label).render())
        assert problem.startswith("Could not write") or "cannot" in problem, problem
    assert not list(home.rglob("*.md"))
    assert isinstance(dialog, ExportScreen)
