"""Text columns holding what is not text (a BLOB the sqlite3 shell wrote; a number is kept as
text by the column's TEXT affinity) read as text: a case id stored as X'001B5B324A' ended
`history` in "unsupported format string passed to bytes.__format__" and `export` in a
TypeError, tracebacks both. The lists write such a value as SQL quotes it (X'001B5B324A'); an
opened attempt reads it as store.columns reads text (named in its damage). Nothing of it
reaches the terminal raw."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from textual.widgets import DataTable
from tui_helpers import opened, settle

from designtrainer.cli import main
from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.screens.history import HistoryScreen

ODD = [b"\x00\x1b[2J", 12345, 1.5]


def _odd_attempts(db: Path) -> list[int]:
    store = Store(db)
    ids = []
    for _ in ODD:
        aid = store.start_attempt("fraud-detection", "Fraud")
        store.save_answer(aid, "data", "labels arrive late")
        store.finish(aid)
        ids.append(aid)
    store.close()
    with sqlite3.connect(db) as conn:
        for aid, value in zip(ids, ODD, strict=True):
            conn.execute(
                "UPDATE attempts SET case_id = ?, mode = ?, case_title = ?,"
                " current_section = ? WHERE id = ?",
                (value, value, value, value, aid),
            )
    conn.close()
    return ids


def test_commands_read_text_columns_that_hold_no_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    ids = _odd_attempts(home / "designtrainer.sqlite3")
    commands = [["history"], ["history", "--format", "json"], ["progress"], ["due"]]
    commands += [["export", str(aid), "-o", "-"] for aid in ids]
    commands += [["compare", str(ids[0]), str(ids[1])]]
    for command in commands:
        code = main(command)
        out, err = capsys.readouterr()
        assert code in (0, 2), (command, code, err)
        assert "\x1b" not in out + err and "Traceback" not in err, command
    assert main(["history", "--format", "json"]) == 0
    listed = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert listed[ids[0]]["case"] == "X'001B5B324A'" and listed[ids[1]]["case"] == "12345"


def test_an_opened_attempt_reads_them_as_text(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    ids = _odd_attempts(db)
    store = Store(db)
    for aid in ids:
        attempt = store.get(aid)
        assert attempt is not None
        assert isinstance(attempt.case_id, str) and isinstance(attempt.mode, str)
        assert isinstance(attempt.current_section, str)
    blob = store.get(ids[0])
    assert blob is not None and "case id is not text" in blob.damaged  # (the rest: TEXT affinity)
    summaries = store.attempts()
    assert all(isinstance(s.case_id, str) and isinstance(s.mode, str) for s in summaries)
    assert all(isinstance(s.case_title, str) for s in summaries)
    store.close()


async def test_the_history_screen_lists_them(tmp_path: Path, library: Library) -> None:
    _odd_attempts(tmp_path / "db.sqlite3")
    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f2")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, HistoryScreen)
        assert app.screen.query_one(DataTable).row_count == len(ODD)
