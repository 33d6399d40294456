"""The store's write-ahead log stays small: on a nearly full disk, its room is what a rescue
copy of the answers needs (SQLite's default let it grow to ~4 MB and stay that size)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from designtrainer.store.db import WAL_KEEP_BYTES, Store

SMALL_WAL = 160 * 1024
"""Well above what 16 pages and one autosave's commit take, far below SQLite's 4 MB."""


def _wal(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _type_for_a_while(store: Store, path: Path, saves: int) -> int:
    """Autosave a growing answer `saves` times, with the time, as a session does; the largest
    the log was after any of them."""
    aid = store.start_attempt("fraud-detection", "Fraud")
    text, largest = "", 0
    for i in range(saves):
        text += f"word{i} and a reason for it. "
        store.save_answer(aid, ("framing", "data", "modeling")[i % 3], text)
        store.add_seconds(aid, "framing", 1.0)
        largest = max(largest, _wal(path))
    return largest


def test_many_autosaves_leave_a_small_log(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    assert _type_for_a_while(store, path, 600) <= SMALL_WAL  # was 4.1 MB
    store.close()


def test_a_big_write_does_not_leave_a_big_log(tmp_path: Path) -> None:
    """A large paste grows the log past its usual size for one commit; the next saves give
    the room back (the file keeps at most `WAL_KEEP_BYTES`)."""
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    aid = store.start_attempt("fraud-detection", "Fraud")
    store.save_answer(aid, "data", "x " * 600_000)
    for i in range(5):
        store.save_answer(aid, "framing", f"short {i}")
    assert _wal(path) <= WAL_KEEP_BYTES
    assert store.get(aid).section("data").answer == "x " * 600_000  # type: ignore[union-attr]
    store.close()


@pytest.fixture
def tiny_disk() -> Iterator[Path]:
    """A 512 KB tmpfs, where the system lets the tests mount one (root, Linux)."""
    if getattr(os, "geteuid", lambda: -1)() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    where = Path(tempfile.mkdtemp(prefix="dt-tiny-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)
        where.rmdir()


def test_on_a_tiny_disk_the_log_leaves_room(tiny_disk: Path) -> None:
    """On a 512 KB disk, a long session's log takes a fraction of it, not all that is left."""
    path = tiny_disk / "db.sqlite3"
    store = Store(path)
    try:
        assert _type_for_a_while(store, path, 400) <= SMALL_WAL
        assert shutil.disk_usage(tiny_disk).free >= 128 * 1024  # room for a rescue copy
    finally:
        store.close()
