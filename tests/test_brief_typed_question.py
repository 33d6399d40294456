"""A question typed in the brief's box but not yet asked is not thrown away by Ctrl+N: the
box was simply dropped with the screen (someone who wrote their framing there, taking it for
the answer, lost it). Ctrl+N says how to ask it or clear it, and stays; an empty box starts."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from tui_helpers import opened, settle

from designtrainer.loading.library import Library
from designtrainer.tui.screens.brief import BriefScreen
from designtrainer.tui.screens.session import SessionScreen

TYPED = "We want to cut fraud losses while keeping false declines low"


async def test_ctrl_n_keeps_a_question_not_yet_asked(tmp_path: Path, library: Library) -> None:
    said: list[str] = []
    async with opened(tmp_path, library) as (app, pilot):
        app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
        app.open_case("fraud-detection")
        await settle(pilot)
        brief = app.screen
        assert isinstance(brief, BriefScreen)
        box = brief.query_one("#question", Input)
        box.value = TYPED
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert app.screen is brief and box.value == TYPED
        assert any("Enter" in m for m in said), said
        box.value = ""
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
