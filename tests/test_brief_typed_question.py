"""A question typed in the brief's box but not yet asked is not thrown away by Ctrl+N: the
box was simply dropped with the screen (someone who wrote their framing there, taking it for
the answer, lost it). Ctrl+N says how to ask it or clear it, and stays; an empty box starts."""

from __future__ import annotations

from pathlib import Path

import pytest
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


async def test_escape_keeps_a_question_not_yet_asked(tmp_path: Path, library: Library) -> None:
    """Escape (back to the cases) dropped the box with the screen, as Ctrl+N did."""
    from designtrainer.tui.screens.picker import PickerScreen

    said: list[str] = []
    async with opened(tmp_path, library) as (app, pilot):
        app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
        app.open_case("fraud-detection")
        await settle(pilot)
        brief = app.screen
        assert isinstance(brief, BriefScreen)
        box = brief.query_one("#question", Input)
        box.value = TYPED
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is brief and box.value == TYPED
        assert any("not asked yet" in m and "Escape" in m for m in said), said
        box.value = ""
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)


async def test_quitting_prints_a_question_not_yet_asked(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Q ends the app with the box's text said on the terminal, not dropped."""
    said: list[object] = []
    async with opened(tmp_path, library) as (app, pilot):
        real_exit = app.exit
        monkeypatch.setattr(
            app, "exit", lambda **kw: (said.append(kw.get("message")), real_exit(**kw))
        )
        app.open_case("fraud-detection")
        await settle(pilot)
        app.screen.query_one("#question", Input).value = TYPED
        await pilot.press("ctrl+q")
    assert len(said) == 1 and TYPED in str(said[0]), said
