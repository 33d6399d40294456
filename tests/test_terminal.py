"""A real terminal: start the app under tmux, type, see a tick, kill -9, restart, text is back."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

EXE = Path(sys.executable).with_name("designtrainer")


class Tmux:
    """One private tmux server (its own socket), so the user's sessions are never touched."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.name, *args], capture_output=True, text=True, check=False
        )
        return done.stdout

    def start(self, command: str) -> None:
        self("new-session", "-d", "-s", self.name, "-x", "100", "-y", "32", command)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self("capture-pane", "-p", "-t", self.name)
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")

    def kill_9(self) -> None:
        """SIGKILL the pane's process and everything below it: no chance to save on exit."""
        pid = int(self("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())
        tree = [pid]
        for parent in tree:
            children = subprocess.run(
                ["pgrep", "-P", str(parent)], capture_output=True, text=True, check=False
            ).stdout.split()
            tree += [int(c) for c in children]
        for p in reversed(tree):
            with contextlib.suppress(ProcessLookupError):
                os.kill(p, signal.SIGKILL)


def test_type_tick_kill_and_resume(tmp_path: Path) -> None:
    tmux = Tmux(f"dt-test-{os.getpid()}")
    command = (
        f"env DESIGNTRAINER_HOME={tmp_path} TERM=xterm-256color "
        f"{EXE} practice fraud-detection --section data; sleep 30"
    )
    try:
        tmux.start(command)
        tmux.wait_for("Your answer")
        tmux("send-keys", "-t", tmux.name, "-l", "Chargebacks come back 60 days later.")
        screen = tmux.wait_for("✔")
        assert "Chargebacks come back 60 days later." in screen
        _wait_until_saved(tmp_path, "Chargebacks come back 60 days later.")
        tmux.kill_9()
        tmux("kill-server")
        # The restart gets a server of its own: a new session asked of the old socket while
        # that server was still going down died with it, and the pane stayed blank (half the
        # runs on a fast machine), which looked like an app that never came back.
        again = Tmux(f"{tmux.name}-again")
        again.start(command)
        screen = again.wait_for("Chargebacks come back 60 days later.")
        assert "Resumed" in screen or "Your answer" in screen
    finally:
        tmux("kill-server")
        Tmux(f"{tmux.name}-again")("kill-server")


def test_typing_a_filter_and_enter_in_one_burst_opens_that_case(tmp_path: Path) -> None:
    tmux = Tmux(f"dt-burst-{os.getpid()}")
    try:
        tmux.start(f"env DESIGNTRAINER_HOME={tmp_path} TERM=xterm-256color {EXE}; sleep 30")
        tmux.wait_for(" cases · Enter to start")  # the picker has loaded the library
        tmux("send-keys", "-t", tmux.name, "spam", "Enter")  # as fast as a terminal can
        screen = tmux.wait_for("Interviewer:")
        assert "Email spam filtering" in screen
    finally:
        tmux("kill-server")


def _wait_until_saved(home: Path, text: str, timeout: float = 15.0) -> None:
    """Autosave runs every second; poll the store (from outside, like a second process)."""
    from designtrainer.store.db import Store

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        store = Store(home / "designtrainer.sqlite3")
        try:
            answers = [store.get(s.id) for s in store.attempts()]
        finally:
            store.close()
        if any(a and a.section("data").answer == text for a in answers):
            return
        time.sleep(0.2)
    raise AssertionError("the answer was never autosaved")
