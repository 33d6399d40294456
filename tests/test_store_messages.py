"""What the store says when SQLite refuses a write: the cause a person can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def test_a_disk_io_error_names_a_full_disk_not_only_permissions(tmp_path: Path) -> None:
    """SQLite says "disk I/O error" when a write is refused for space (a full disk, a file
    size limit): the message sent people to check permissions only."""
    from designtrainer.store.db import _explain

    said = _explain(tmp_path / "db.sqlite3", sqlite3.OperationalError("disk I/O error"))
    assert "full" in said and "disk I/O error" in said and "DESIGNTRAINER_HOME" in said
    said = _explain(tmp_path / "db.sqlite3", sqlite3.OperationalError("readonly database"))
    assert "folder you can write to" in said
