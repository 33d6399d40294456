"""Snapshots of the main screens at fixed sizes (update with `pytest --snapshot-update`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea
from tui_helpers import finish, make_app, settle, write

from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest

ANSWER = (
    "Goal: cut fraud losses while keeping false declines low. We score every card "
    "authorization inline, within roughly 100 ms, and the score drives approve, decline or "
    "a 3-D Secure step-up.\n\nWe won't bother with manual review."
)


async def _steady(pilot: Pilot[None]) -> None:
    await settle(pilot)
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
    # The picker's filter box blinks too; whether a snapshot caught it on or off was timing.
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False
    await settle(pilot)


def test_picker(snap_compare, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(tmp_path, library), terminal_size=(100, 32), run_before=_steady)


def test_picker_80x24(snap_compare, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    """Case, level, best score and last attempt in view; long titles end in "…"."""
    assert snap_compare(make_app(tmp_path, library), terminal_size=(80, 24), run_before=_steady)


async def _brief(pilot: Pilot[None]) -> None:
    await _steady(pilot)
    await pilot.press("enter")  # the first case's brief
    await settle(pilot)
    box = pilot.app.screen.query_one(Input)
    box.value = "How many ad requests per second at peak?"
    await pilot.press("enter")
    await _steady(pilot)


def test_brief_80x24(snap_compare, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    """The opening in whole sentences, a question answered, how to scroll back."""
    assert snap_compare(make_app(tmp_path, library), terminal_size=(80, 24), run_before=_brief)


async def _write(pilot: Pilot[None]) -> None:
    await settle(pilot)
    pilot.app.screen.query_one(TextArea).cursor_blink = False
    await write(pilot, ANSWER)


@pytest.mark.parametrize("size", [(100, 32), (80, 24)])
def test_section(snap_compare, tmp_path: Path, library: Library, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, library, StartRequest("fraud-detection"))
    assert snap_compare(app, terminal_size=size, run_before=_write)


async def _finish(pilot: Pilot[None]) -> None:
    await _write(pilot)
    await finish(pilot)


def test_summary(snap_compare, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, library, StartRequest("fraud-detection"))
    assert snap_compare(app, terminal_size=(100, 32), run_before=_finish)
