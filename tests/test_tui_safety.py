"""What a person types is never altered by the app: evidence display and regrading leave it be."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TextArea
from tui_helpers import make_app, settle, write

from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.widgets.checklist import Checklist

pytestmark = pytest.mark.usefixtures("frozen_clock")

DATA = (
    "Fraud labels come from chargebacks, which arrive 30 to 90 days later. "
    "Fraud is something like one in a thousand transactions, a heavy class imbalance."
)


async def test_showing_evidence_then_typing_keeps_every_word(
    tmp_path: Path, library: Library
) -> None:
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        area = screen.query_one(TextArea)
        await write(pilot, DATA)
        area.move_cursor(area.document.end)  # the person writes at the end
        ticked = [i for i, r in enumerate(screen.results["data"].items) if r.met]
        assert ticked, "the fixture answer should tick something"
        # Highlight a ticked item with the keyboard, as the README describes.
        await pilot.press("ctrl+l")
        checklist = screen.query_one(Checklist)
        checklist.highlighted = ticked[0]
        await settle(pilot)
        why = str(screen.query_one("#evidence", Static).render())
        assert "Ticked because you wrote" in why
        # Back to the answer; keys are pressed here because typing is what is under test.
        area.focus()
        await settle(pilot)
        assert checklist.highlighted is None, "the highlight ends when the answer is focused"
        await pilot.press("space", "H", "m")
        screen._regrade_now()  # the debounced regrade after a typing pause, without sleeping
        await settle(pilot)
        await pilot.press("space", "o", "k")
        screen._regrade_now()
        await settle(pilot)
        assert area.text == DATA + " Hm ok"
        assert area.selection.is_empty
        assert area.cursor_location == area.document.end


async def test_a_regrade_never_moves_the_cursor(tmp_path: Path, library: Library) -> None:
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        area = screen.query_one(TextArea)
        await write(pilot, DATA)
        checklist = screen.query_one(Checklist)
        checklist.highlighted = next(i for i, r in enumerate(screen.results["data"].items) if r.met)
        await settle(pilot)
        area.move_cursor((0, 5))
        screen._regrade_now()
        await settle(pilot)
        assert area.cursor_location == (0, 5) and area.selection.is_empty
        assert area.text == DATA


async def test_the_peer_checker_never_moves_the_cursor_in_pasted_notes(
    tmp_path: Path, library: Library
) -> None:
    from designtrainer.tui.screens.peer import PeerScreen

    app = make_app(tmp_path, library, StartRequest("fraud-detection", mode="peer"))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PeerScreen)
        await pilot.press("ctrl+o")
        notes = "Goal: cut fraud losses without blocking good customers, inline within 100 ms."
        screen.candidate.text = notes
        screen.candidate.move_cursor((0, 5))
        screen._check_now()
        await settle(pilot)
        assert "✔" in str(screen.query_one("#suggest", Static).render())
        screen.ticks.highlighted = 0
        await settle(pilot)
        assert screen.candidate.cursor_location == (0, 5)
        assert screen.candidate.selection.is_empty and screen.candidate.text == notes
