"""A database damaged after the app opened it (a bad page in one table) is a message, never a
traceback: the app opens fine on such a file (the first reads touch other pages), so every
later read can be the first to meet the damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import DataTable, TextArea
from tui_helpers import make_app, opened, settle

from designtrainer.loading.library import Library
from designtrainer.store.db import Store, StoreError
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.history import HistoryScreen
from designtrainer.tui.screens.session import SessionScreen

ANSWER = "Fraud labels come from chargebacks, which arrive 30 to 90 days later."


def damage_table(db: Path, table: str) -> None:
    """Overwrite the first page of `table` with garbage, as a failing disk can."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"A" * page_size
    db.write_bytes(bytes(data))


async def test_opening_an_attempt_whose_answers_are_damaged_is_a_message(
    tmp_path: Path, library: Library
) -> None:
    db = tmp_path / "db.sqlite3"
    store = Store(db)
    aid = store.start_attempt("fraud-detection", "Real-time card payment fraud detection")
    store.save_answer(aid, "data", ANSWER)
    store.close()
    damage_table(db, "sections")
    said: list[str] = []
    async with opened(tmp_path, library) as (app, pilot):
        app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.query_one(DataTable).row_count == 1  # the list itself still reads
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, HistoryScreen)
        assert any(f"attempt #{aid}" in m and "damaged" in m for m in said), said


async def test_a_store_failure_nobody_foresaw_ends_the_app_with_its_message_not_a_traceback(
    tmp_path: Path, library: Library
) -> None:
    """What a store read raises where no screen expected it ends the app (Textual cannot go on
    after an error in a handler), but as a storage failure: exit status 1, the store's own
    message (path and what to do) printed, no traceback, and the typed text saved first."""
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = ANSWER  # typed, not autosaved yet
        attempt_id = screen.attempt_id

        def damaged() -> None:
            raise StoreError(
                f"{tmp_path / 'db.sqlite3'} is damaged (database disk image is malformed)"
            )

        app.call_later(damaged)
        await settle(pilot)
    assert app.return_code == 1
    assert not app._exit_renderables  # Textual's traceback would be here
    assert app.rescued and "is damaged" in app.rescued[0] and str(tmp_path) in app.rescued[0]
    reopened = Store(tmp_path / "db.sqlite3")
    attempt = reopened.get(attempt_id)
    reopened.close()
    assert attempt is not None and attempt.section("data").answer == ANSWER


def test_the_trainer_ending_on_an_error_exits_with_its_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`designtrainer` printed Textual's traceback and then exited 0."""
    from designtrainer.cli import main
    from designtrainer.tui.app import DesignTrainerApp

    def failed(self: DesignTrainerApp) -> None:
        self._return_code = 1

    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(DesignTrainerApp, "run", failed)
    monkeypatch.setattr("designtrainer.tui.app.has_terminal", lambda: True)
    assert main(["practice", "fraud-detection"]) == 1


async def test_an_attempt_open_in_another_window_is_not_deleted_from_under_it(
    tmp_path: Path, library: Library
) -> None:
    """Deleting it made that window's next autosave fail with "FOREIGN KEY constraint failed.
    If this persists, move the file aside": advice to give up the whole database, for an
    attempt that was still being written."""
    import os

    from designtrainer.tui.screens.modals import ChoiceScreen

    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("fraud-detection", "Real-time card payment fraud detection")
    store.save_answer(aid, "data", ANSWER)
    other_window = os.getppid()  # a live process that is not this one
    store.db.execute("UPDATE attempts SET owner_pid = ? WHERE id = ?", (other_window, aid))
    store.close()
    said: list[str] = []
    async with opened(tmp_path, library) as (app, pilot):
        app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("d")
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        assert any("another" in m and "window" in m for m in said), said
        assert app.store.get(aid) is not None


async def test_progress_over_a_damaged_attempt_is_a_message_not_the_end_of_the_app(
    tmp_path: Path, library: Library
) -> None:
    """F5 reads every finished attempt: a damaged page in one ended the whole app (history
    opened fine on the same file). The screen says what could not be read; Escape goes back."""
    from designtrainer.grading.grade import grade
    from designtrainer.tui.screens.picker import PickerScreen
    from designtrainer.tui.screens.progress import ProgressScreen

    db = tmp_path / "db.sqlite3"
    store = Store(db)
    aid = store.start_attempt("fraud-detection", "Real-time card payment fraud detection")
    store.save_answer(aid, "data", ANSWER)
    store.finish(aid, grade(library.compiled("fraud-detection"), {"data": ANSWER}))
    store.close()
    damage_table(db, "sections")
    said: list[str] = []
    async with opened(tmp_path, library) as (app, pilot):
        app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
        await pilot.press("f5")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, ProgressScreen)
        shown = str(app.screen.query_one("#empty").render())
        assert "Could not read your progress" in shown and "damaged" in shown, shown
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, PickerScreen)
