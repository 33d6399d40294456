"""An autosave tick never freezes the screen for long behind another program's write lock: it
waited the store's whole busy timeout (5 s) on the app's only thread, every second, with the
keys typed meanwhile held back. Now it gives up quickly, says so, and the next tick retries."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.widgets import TextArea
from tui_helpers import make_app, settle

from designtrainer.loading.library import Library
from designtrainer.tui.app import DrillRequest, StartRequest
from designtrainer.tui.saving import TICK_WAIT_MS, SaveWarning
from designtrainer.tui.screens.drill import DrillScreen
from designtrainer.tui.screens.session import SessionScreen

QUICK = 3.0
"""Seconds a tick may take behind a lock (a loaded machine): well under the 5 s it took."""


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holds the database's write lock (the sqlite3 shell in a transaction)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


async def test_a_session_tick_behind_a_lock_is_quick_and_says_so(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "typed while another program holds the lock"
        with locked(app.store.path):
            began = time.monotonic()
            screen._tick()
            took = time.monotonic() - began
            warning = screen.query_one(SaveWarning)
            assert warning.failing and "locked" in warning.why
        assert took < QUICK, took
        screen._tick()  # the lock is gone: saved
        assert not warning.failing
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None
        assert attempt.section("data").answer == "typed while another program holds the lock"
        # Explicit saves wait no longer than a tick (they froze the screen for 5 s).
        assert app.store.db.execute("PRAGMA busy_timeout").fetchone()[0] == TICK_WAIT_MS


async def test_a_drill_tick_behind_a_lock_is_quick(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_drill_rescue import _seed

    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    app = make_app(tmp_path, library, DrillRequest("fraud-detection", 1))
    _seed(app.store, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        screen.area.text = "a drill answer behind a lock"
        with locked(app.store.path):
            began = time.monotonic()
            screen._tick()
            took = time.monotonic() - began
        assert took < QUICK, took
        screen._tick()
        key = (screen.card.case.id, screen.card.item.id)
        assert app.store.open_drill_answer(*key).answer == "a drill answer behind a lock"


def test_setting_the_wait_on_a_closed_store_leaves_the_error_to_the_write(tmp_path: Path) -> None:
    """The pragma itself never raises (outside the caller's handling); the write does."""
    from designtrainer.store.db import Store

    store = Store(tmp_path / "db.sqlite3")
    store.close()
    store.wait_for_locks(10)
    with pytest.raises(sqlite3.ProgrammingError):
        store.db.execute("SELECT 1")


async def test_an_explicit_save_behind_a_lock_is_quick_keeps_a_file_and_says_so(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+S (submit) behind another program's lock waited the store's 5 s with the screen
    frozen. Now it fails as a tick does: the banner, a toast, and the rescue file; once the
    lock goes, Ctrl+S submits and the file goes."""
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    exports = tmp_path / "home" / "exports"
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "submitted while another program holds the lock"
        warning = screen.query_one(SaveWarning)
        with locked(app.store.path):
            began = time.monotonic()
            await pilot.press("ctrl+s")
            took = time.monotonic() - began
            await settle(pilot)
            assert warning.failing and "locked" in warning.why
            [copy] = list(exports.iterdir())
            assert "submitted while another program holds the lock" in copy.read_text()
            said = [str(n.message) for n in app._notifications]
            assert any(str(copy) in m for m in said), said
            assert any("could not be saved" in m for m in said), said
        assert took < QUICK, took
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not warning.failing and not copy.exists()
        said = [str(n.message) for n in app._notifications]
        assert any(str(copy) in m and "removed" in m for m in said), said
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("data").submitted


def test_the_cli_store_still_waits_for_a_quick_writer(tmp_path: Path, library: Library) -> None:
    """Only the app shortens the wait: a command has no screen to freeze."""
    from designtrainer.store.db import BUSY_TIMEOUT_MS, Store

    store = Store(tmp_path / "db.sqlite3")
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    (tmp_path / "app").mkdir()
    app = make_app(tmp_path / "app", library, None)
    assert app.store.db.execute("PRAGMA busy_timeout").fetchone()[0] == TICK_WAIT_MS
