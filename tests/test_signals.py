"""SIGTERM (a `kill`, a shutdown) and SIGHUP (the terminal closed) quit the app as Ctrl+Q
does: typing not yet autosaved is saved, and the terminal is given back. Python's default
ended the process on the spot: up to a second of typing lost and, after SIGTERM, the shell
left in the app's screen with mouse reporting on and nothing echoed."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from textual.widgets import TextArea
from tui_helpers import opened, settle

from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.session import SessionScreen

TYPED = "Chargebacks arrive 30 to 90 days after the transaction, so recent labels are missing."


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no POSIX signals here")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
async def test_a_signal_to_end_quits_saving_what_was_typed(
    tmp_path: Path, library: Library, name: str
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = TYPED  # typed, not yet autosaved
        os.kill(os.getpid(), getattr(signal, name))
        await settle(pilot)
        await pilot.pause(0.05)
        assert not app.is_running
    store = Store(tmp_path / "db.sqlite3")
    attempt = store.get(screen.attempt_id)
    store.close()
    assert attempt is not None and attempt.section("data").answer == TYPED
    # The handlers go with the app: the process is as it was before.
    assert signal.getsignal(getattr(signal, name)) == signal.SIG_DFL
