"""SIGTERM (a `kill`, a shutdown) and SIGHUP (the terminal closed) save what was typed
before the process ends. Python's default ended it on the spot: up to a second of typing
lost and, after SIGTERM, the shell left in the app's screen with mouse reporting on and
nothing echoed. With the terminal there, SIGTERM quits as Ctrl+Q does; without it (SIGHUP),
the text is saved and the process ends as the signal's default would: Textual's orderly exit
could wait on the dead terminal for ever, leaving a process that held its attempt open."""

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

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no POSIX signals here")


def _saved(tmp_path: Path, attempt_id: int) -> str:
    store = Store(tmp_path / "db.sqlite3")
    attempt = store.get(attempt_id)
    store.close()
    assert attempt is not None
    return attempt.section("data").answer


async def test_sigterm_with_the_terminal_there_quits_saving(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "isatty", lambda fd: True)  # the terminal is there
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = TYPED  # typed, not yet autosaved
        signal.raise_signal(signal.SIGTERM)
        await settle(pilot)
        await pilot.pause(0.05)
        assert not app.is_running
    assert _saved(tmp_path, screen.attempt_id) == TYPED
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # the handlers went with the app


@pytest.mark.parametrize("name", ["SIGHUP", "SIGTERM"])
async def test_a_signal_once_the_terminal_is_gone_saves_then_ends_the_process(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    sig = getattr(signal, name)
    ended: list[int] = []
    monkeypatch.setattr(os, "isatty", lambda fd: False)  # the terminal hung up
    monkeypatch.setattr(os, "kill", lambda pid, s: ended.append(s))  # not this test process
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = TYPED
        signal.raise_signal(sig)
        await settle(pilot)
        assert ended == [sig]  # ended as the signal's default would, not through Textual
        assert _saved(tmp_path, screen.attempt_id) == TYPED  # saved before that
        signal.signal(sig, signal.SIG_DFL)
        app.exit()
