"""Issue 11, small things: the palette in interview order, a delete dialog that names the attempt
and moves between its buttons with the arrows."""

from __future__ import annotations

import time
from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import DataTable, Input
from tui_helpers import make_app, opened, settle

from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.history import HistoryScreen
from designtrainer.tui.screens.modals import ChoiceScreen


def _options(palette: CommandPalette) -> list[str]:
    listed = palette.query_one(CommandList)
    return [
        str(listed.get_option_at_index(i).prompt).split("\n")[0] for i in range(listed.option_count)
    ]


async def test_the_palette_lists_sections_in_interview_order(
    tmp_path: Path, library: Library
) -> None:
    app = make_app(tmp_path, library, StartRequest("fraud-detection"))
    in_order = [f"Go to section: {SECTION_TITLES[s]}" for s in SECTION_IDS]
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot, 0.3)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        shown = _options(palette)
        assert [t for t in shown if t.startswith("Go to section")] == in_order
        assert shown[:5] == in_order  # the screen's own commands come first
        palette.query_one(Input).value = "section"
        await settle(pilot, 0.5)
        assert [t for t in _options(palette) if t.startswith("Go to section")] == in_order


async def test_the_delete_dialog_names_the_attempt_and_arrows_move_between_buttons(
    tmp_path: Path, library: Library
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    first = store.start_attempt("fraud-detection", "Real-time card payment fraud detection")
    second = store.start_attempt("eta-prediction", "Food delivery arrival-time (ETA) prediction")
    started = store.get(second)
    assert started is not None
    store.close()
    async with opened(tmp_path, library, size=(80, 24)) as (app, pilot):
        await pilot.press("f2")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        table = history.query_one(DataTable)
        row = [str(table.get_row_at(r)[0]) for r in range(table.row_count)].index(str(second))
        table.move_cursor(row=row)
        await pilot.press("d")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChoiceScreen)
        date = time.strftime("%Y-%m-%d %H:%M", time.localtime(started.created_at))
        assert f"#{second}" in dialog.question
        assert "Food delivery arrival-time (ETA) prediction" in dialog.question
        assert date in dialog.question
        assert app.focused is not None and app.focused.id == "choice-keep"  # the safe one first
        await pilot.press("right")
        assert app.focused.id == "choice-delete"
        await pilot.press("left")
        assert app.focused.id == "choice-keep"
        await pilot.press("right", "enter")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert [a.id for a in app.store.attempts()] == [first]
