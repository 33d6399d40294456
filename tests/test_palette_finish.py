"""Finishing an attempt cannot be undone (answers graded and locked): Ctrl+N on the last
section asks once, and so must the palette's "Finish and see the summary", which finished at
once from any section, four of them empty."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea
from tui_helpers import opened, settle

from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.modals import ChoiceScreen
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.screens.summary import SummaryScreen


def _palette_finish(screen: SessionScreen) -> None:
    [command] = [c for c in screen.palette_commands() if c.title.startswith("Finish")]
    command.callback()


async def test_the_palettes_finish_asks_first_and_keep_writing_keeps_the_attempt_open(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "Cut fraud losses while keeping false declines low."
        _palette_finish(screen)
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.dismiss("stay")
        await settle(pilot)
        assert app.screen is screen
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and not attempt.finished
        _palette_finish(screen)
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.dismiss("finish")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.finished
