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


YEAR_9999 = 253_402_214_400.0
"""A time's whole range: as a duration, 4,223,370,240 minutes."""


def _absurd_duration(db: Path, seconds: float = YEAR_9999) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sections SET seconds = ? WHERE attempt_id = 1", (seconds,))
    conn.close()


async def test_the_session_clock_reads_an_absurd_stored_duration_as_damaged(
    tmp_path: Path, library: Library
) -> None:
    """A section's seconds were read in a time's range (to year 9999): the clock showed
    ⏱ 4223370240:00 for a duration the sqlite3 shell left. A duration past a year is damaged,
    read as 0 (named in the attempt's damage), as an absurd count is."""
    from designtrainer.tui.app import StartRequest
    from designtrainer.tui.screens.session import SessionScreen
    from designtrainer.tui.widgets.clock import SectionClock

    store = Store(tmp_path / "db.sqlite3")
    attempt_id = store.start_attempt("fraud-detection", "Fraud", "solo")
    store.save_answer(attempt_id, "data", "my answer")
    store.add_seconds(attempt_id, "data", 60.0)
    store.release(attempt_id)
    store.close()
    _absurd_duration(tmp_path / "db.sqlite3")
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, _pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen) and screen.attempt_id == attempt_id
        shown = str(screen.query_one(SectionClock).render())
        assert "4223370240" not in shown and "⏱ 0:00" in shown, shown
        assert "out of range" in screen.attempt.damaged
        assert screen.area.text == "my answer"


@pytest.mark.parametrize("seconds", [YEAR_9999, 366 * 86_400.0 + 1])
def test_commands_read_a_duration_past_a_year_as_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seconds: float
) -> None:
    db = _two_attempts(tmp_path / "home", capsys)
    _absurd_duration(db, seconds)
    minutes = str(int(seconds) // 60)
    for argv in (["history"], ["progress"], ["export", "1", "-o", "-"], ["compare", "1", "2"]):
        assert main(argv) == 0, argv
        out = capsys.readouterr()
        assert minutes not in out.out and "Traceback" not in out.err, (argv, out.out)
    store = Store(db)
    attempt = store.get(1)
    assert attempt is not None and attempt.seconds == 0.0 and "out of range" in attempt.damaged
    assert {s.id: s.seconds for s in store.attempts()}[1] == 0.0
    store.close()


def test_a_long_but_possible_duration_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Days on one section (left open over a holiday) is a duration, not damage."""
    db = _two_attempts(tmp_path / "home", capsys)
    _absurd_duration(db, 3 * 86_400.0)
    store = Store(db)
    attempt = store.get(1)
    assert attempt is not None and not attempt.damaged
    assert attempt.section("data").seconds == 3 * 86_400.0
    store.close()
    assert main(["history"]) == 0
    assert "4320:00" in capsys.readouterr().out  # 3 days in minutes


def test_import_refuses_a_section_time_past_a_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _two_attempts(tmp_path / "home", capsys)
    out = tmp_path / "one.md"
    assert main(["export", "1", "-o", str(out)]) == 0
    text = out.read_text()
    assert '"data": {"seconds": ' in text
    out.write_text(text.replace('"data": {"seconds": ', '"data": {"seconds": 1e12, "x": ', 1))
    capsys.readouterr()
    assert main(["import", "--again", str(out)]) == 1
    err = capsys.readouterr().err
    assert "sections.data.seconds" in err and "longer than a year" in err, err
    assert "Traceback" not in err
    del db
