"""Helpers for pilot tests: an app on a temporary store, waiting for workers, a frozen clock."""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp, StartRequest


def make_app(
    tmp_path: Path, library: Library, start: StartRequest | None = None
) -> DesignTrainerApp:
    return DesignTrainerApp(store=Store(tmp_path / "db.sqlite3"), library=library, start=start)


async def settle(pilot: Pilot[None], delay: float = 0.0) -> None:
    """Let timers, grading workers and the messages they post run to the end."""
    await pilot.pause(delay)
    for _ in range(2):
        # an exclusive grading worker may have been replaced by a newer one
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def write(pilot: Pilot[None], text: str) -> None:
    """Type an answer (through the API) and wait until the checklist shows its grade."""
    from textual.widgets import TextArea

    from designtrainer.tui.screens.session import SessionScreen

    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    screen.query_one(TextArea).text = text
    for _ in range(200):
        await settle(pilot, 0.05)
        if screen.graded_text.get(screen.section) == text:
            return
    raise AssertionError("the answer was never graded")
