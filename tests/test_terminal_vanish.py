"""A terminal that vanishes without a hang-up: the app saves and ends, never hangs.

The app's terminal can go away without the app being sent SIGHUP: it is not the terminal's
controlling process (started through `make run`, or under a program that starts a new
session). The app notices within a second (stdin is no longer a tty) and quits. But quitting
the orderly way writes to the terminal, and once Textual's output thread has died on the dead
terminal (it does after the app comes back from the person's editor, F2, and redraws), those
writes queue up and the 31st waits for ever: the process hung in its shutdown, kept its claim
on the attempt (no other window could open it) and ignored SIGTERM. Reproduced here on a real
pty whose master end is closed while the editor runs.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="a Linux pty")]

EXE = Path(sys.executable).with_name("designtrainer")


def _drain(master: int, seen: bytearray, stop: threading.Event) -> None:
    """Read everything the app writes (a pty whose buffer fills blocks the writer), until
    `stop`: never blocked in a read when the test closes the master (a read in progress
    keeps the pty open, and the terminal would not go away)."""
    with contextlib.suppress(OSError):
        while not stop.is_set():
            if select.select([master], [], [], 0.05)[0]:
                seen += os.read(master, 65536)


def _wait(done: object, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if done():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _attempt(db: Path) -> tuple[int, str] | None:
    if not db.exists():
        return None
    with contextlib.closing(sqlite3.connect(db)) as conn:
        try:
            row = conn.execute(
                "SELECT a.id, COALESCE(s.answer, '') FROM attempts a LEFT JOIN sections s"
                " ON s.attempt_id = a.id AND s.section = 'framing'"
            ).fetchone()
        except sqlite3.Error:
            return None
    return (int(row[0]), str(row[1])) if row else None


def _children(pid: int) -> list[str]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return out.stdout.split()


def test_the_terminal_closing_while_the_editor_runs_saves_and_ends(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    editor = tmp_path / "editor.sh"
    editor.write_text(
        '#!/bin/sh\n# reads the terminal to its end, as a line editor does\ncat >> "$1"\n'
    )
    editor.chmod(0o755)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, DESIGNTRAINER_HOME=str(home), TERM="xterm-256color", VISUAL=str(editor))
    env.pop("NO_COLOR", None)
    app = subprocess.Popen(
        [str(EXE), "practice", "fraud-detection"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,  # the pty is not its controlling terminal: no SIGHUP comes
    )
    os.close(slave)
    seen = bytearray()
    stop = threading.Event()
    reader = threading.Thread(target=_drain, args=(master, seen, stop), daemon=True)
    reader.start()
    try:
        db = home / "designtrainer.sqlite3"
        _wait(lambda: _attempt(db) is not None, "the attempt to start")
        _wait(lambda: b"Submit" in seen, "the session's footer")  # drawn: the box takes keys
        os.write(master, b"Labels arrive late")
        _wait(lambda: (_attempt(db) or (0, ""))[1] == "Labels arrive late", "the autosave")
        os.write(master, b"\x1bOQ")  # F2: the person's editor
        _wait(lambda: bool(_children(app.pid)), "the editor to start")
        stop.set()
        reader.join()
        os.close(master)  # the terminal is gone; nobody sends a hang-up
        master = -1
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            raise AssertionError("the app hung after its terminal went away") from None
    finally:
        stop.set()
        reader.join()
        if master >= 0:
            os.close(master)
        if app.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(app.pid, signal.SIGKILL)
            app.wait()
    assert _attempt(home / "designtrainer.sqlite3") == (1, "Labels arrive late")
