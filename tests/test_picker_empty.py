"""The picker with a filter that matches no case: moving in the empty list (Tab to it, then
PageDown or End) ended the app with a traceback, DataTable announcing a highlighted row
that is no row."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input
from tui_helpers import opened, settle

from designtrainer.loading.library import Library
from designtrainer.tui.screens.picker import PickerScreen


@pytest.mark.parametrize("key", ["pagedown", "pageup", "end", "home", "down", "up"])
async def test_moving_in_an_empty_list_is_nothing(
    tmp_path: Path, library: Library, key: str
) -> None:
    async with opened(tmp_path, library) as (app, pilot):
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        picker.query_one("#filter", Input).value = "no case is called this"
        await settle(pilot)
        table = picker.query_one(DataTable)
        assert table.row_count == 0
        table.focus()
        await pilot.press(key)
        await settle(pilot)
        assert app.is_running and app.screen is picker
        assert picker.selected_case() is None
