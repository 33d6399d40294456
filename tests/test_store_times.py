"""Times out of any calendar's range, written into the store by hand, read as unknown.

`import` refuses a start time of 1e300 or a time that is not finite, but the sqlite3 shell
does not: `UPDATE attempts SET updated_at = 1e300` (or -1e300, or 1e999, which SQLite keeps as
infinity) ended `history`, `progress`, `export`, `compare`, `due` and the history screen in
an OverflowError from time.localtime. The store reads such a time as damaged (named in the
attempt's damage, as text in a time column is) and every list shows it as "unknown"; the row
itself stays listed, opens and exports. SQLite stores NaN as NULL, so NaN reaches the readers
as "no time" (or is refused by a NOT NULL column); the column readers are tested with it too.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest
from textual.widgets import DataTable
from tui_helpers import opened, settle

from designtrainer.cli import main
from designtrainer.loading.library import Library
from designtrainer.store import columns
from designtrainer.store.db import Store
from designtrainer.tui.screens.history import HistoryScreen

ANSWER = """---
case: fraud-detection
---

## Data

Fraud labels come from chargebacks, which arrive 30 to 90 days later; fraud is rare, so the
classes are heavily imbalanced, and we split by time.
"""

OUT_OF_RANGE = ["1e300", "-1e300", "1e999", "-1e999"]


def _refuse_constants(name: str) -> float:
    raise AssertionError(f"{name} in JSON output: not JSON")


def _two_attempts(home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    answer = home.parent / "answer.md"
    answer.write_text(ANSWER)
    assert main(["import", str(answer)]) == 0
    assert main(["import", "--again", str(answer)]) == 0
    assert main(["due"]) == 0  # the attempts become review cards
    capsys.readouterr()
    return home / "designtrainer.sqlite3"


def _damage(db: Path, value: str) -> None:
    """What a person with the sqlite3 shell can write: a literal, on every time of attempt 1."""
    with sqlite3.connect(db) as conn:
        conn.executescript(
            f"""
            UPDATE attempts SET created_at = {value}, updated_at = {value},
                finished_at = {value} WHERE id = 1;
            UPDATE sections SET submitted_at = {value}, seconds = {value} WHERE attempt_id = 1;
            UPDATE questions SET asked_at = {value};
            UPDATE cards SET due = {value}, last_review = {value}
                WHERE rowid IN (SELECT rowid FROM cards LIMIT 3);
            UPDATE review_log SET reviewed_at = {value}, due_after = {value};
            """
        )
    conn.close()


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_commands_list_an_attempt_whose_times_are_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    home = tmp_path / "home"
    db = _two_attempts(home, capsys)
    _damage(db, value)
    for argv in (
        ["history"],
        ["progress"],
        ["export", "1", "-o", "-"],
        ["export", "1", "--format", "html", "-o", "-"],
        ["compare", "1", "2"],
        ["due"],
    ):
        assert main(argv) == 0, argv
        out = capsys.readouterr()
        assert "Traceback" not in out.err and "Error" not in out.err, (argv, out.err)
        if argv == ["history"]:
            rows = out.out.splitlines()
            assert len(rows) == 3, out.out  # the header and both attempts
            damaged = next(r for r in rows if r.split()[0] == "1")
            assert "unknown" in damaged, out.out
    for argv in (["history", "--format", "json"], ["progress", "--format", "json"]):
        assert main([*argv]) == 0, argv
        listed = json.loads(capsys.readouterr().out, parse_constant=_refuse_constants)
        assert listed, argv
    assert main(["due", "--format", "json"]) == 0
    json.loads(capsys.readouterr().out, parse_constant=_refuse_constants)


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_the_store_reads_an_out_of_range_time_as_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    db = _two_attempts(tmp_path / "home", capsys)
    _damage(db, value)
    store = Store(db)
    attempt = store.get(1)
    assert attempt is not None
    assert "out of range" in attempt.damaged
    assert attempt.created_at == attempt.updated_at == 0.0
    assert attempt.finished  # a finish time was stored: still finished
    assert math.isfinite(attempt.seconds)
    assert "chargebacks" in attempt.section("data").answer
    summary = {s.id: s for s in store.attempts()}[1]
    assert (summary.updated_at, summary.created_at, summary.seconds) == (0.0, 0.0, 0.0)
    assert all(math.isfinite(c.due) for c in store.cards())
    store.close()


@pytest.mark.parametrize("raw", [1e300, -1e300, math.inf, -math.inf, math.nan])
def test_a_column_reader_takes_no_time_outside_the_calendar(raw: float) -> None:
    damage: list[str] = []
    assert columns.number(raw, "start time", damage) == 0.0
    assert columns.optional_number(raw, "finish time", damage) == 0.0
    assert damage and all("out of range" in d for d in damage)


async def test_the_history_screen_lists_and_opens_an_attempt_whose_times_are_out_of_range(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    db = _two_attempts(home, capsys)
    _damage(db, "1e300")
    db.rename(tmp_path / "db.sqlite3")
    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 2
        cells = [str(c) for r in range(2) for c in table.get_row_at(r)]
        assert any("unknown" in c for c in cells), cells
        table.move_cursor(row=next(r for r in range(2) if str(table.get_row_at(r)[0]) == "1"))
        await pilot.press("enter")  # opens read-only
        await settle(pilot)
        assert app.is_running and not isinstance(app.screen, HistoryScreen)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("f5")  # progress
        await settle(pilot)
        assert app.is_running
