"""A copy of the answers saved elsewhere (F4, the file kept while saving fails, quitting on a
full disk) carries the time as the clock shows it: the seconds not saved yet were left out
(up to five of them, or all since saving began to fail)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import TextArea
from tui_helpers import Clock, make_app, settle

from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.session import SessionScreen

DATA = "Fraud labels come from chargebacks, which arrive 30 to 90 days later."


def _fail_writes(store: object, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    for name in ("save_answer", "add_seconds", "release"):
        monkeypatch.setattr(store, name, full)


@pytest.fixture
def exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "person"))  # no ~/Documents
    return tmp_path / "home" / "exports"


async def test_f4_copies_the_time_on_the_clock(
    tmp_path: Path, library: Library, exports: Path
) -> None:
    clock = Clock()
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"), clock=clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        app.screen.query_one(TextArea).text = DATA
        clock.now += 4  # under TIME_EVERY: not saved yet
        app.screen._tick()
        clock.now += 121
        await pilot.press("f4")
        await settle(pilot)
    [copy] = list(exports.iterdir())
    assert "*2:05 of " in copy.read_text(), copy.read_text()


async def test_the_file_kept_while_saving_fails_and_the_quit_copy_carry_the_time(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    clock = Clock()
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"), clock=clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        clock.now += 30
        screen._tick()  # saved: 0:30 banked
        _fail_writes(app.store, monkeypatch)
        screen.query_one(TextArea).text = DATA
        clock.now += 170
        screen._tick()
        await settle(pilot)
        [kept] = list(exports.iterdir())
        assert "*3:20 of " in kept.read_text(), kept.read_text()
        clock.now += 60
        await pilot.press("ctrl+q")
    [copy] = list(exports.iterdir())
    assert "*4:20 of " in copy.read_text(), copy.read_text()
