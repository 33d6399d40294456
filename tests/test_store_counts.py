"""Counts out of any sensible range, written into the store by hand, read as damaged.

A hint count is a whole number the app adds one to, but the sqlite3 shell writes anything:
`UPDATE sections SET hints_used = 1e300` was read as the 301-digit whole number it is and shown
so in the summary, `export` (whose JSON then did not import back), `compare` and `progress`;
-5 showed as "-5 hints", and 1e999 (infinity) ended Ctrl+G in an OverflowError. The store reads
a count outside 0 to columns.MOST_COUNT (what `import` accepts, so an export always imports
back) as damaged, as it does a time out of range: 0, named in the attempt's damage.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from tui_helpers import opened, settle

from designtrainer.cli import main
from designtrainer.loading.library import Library
from designtrainer.render.summary import summary_markdown
from designtrainer.store import columns
from designtrainer.store.db import Store

ANSWER = """---
case: fraud-detection
---

## Data

Fraud labels come from chargebacks, which arrive 30 to 90 days later; fraud is rare, so the
classes are heavily imbalanced, and we split by time.
"""

ABSURD = ["1e300", "-5", "1e999", "9223372036854775807", str(1 << 31), "2.5"]
LONG_NUMBER = re.compile(r"[0-9]{11,}")


def _imported(home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    answer = home.parent / "answer.md"
    answer.write_text(ANSWER)
    assert main(["import", str(answer)]) == 0
    assert main(["due"]) == 0  # the attempt becomes review cards
    capsys.readouterr()
    return home / "designtrainer.sqlite3"


def _damage(db: Path, value: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.executescript(
            f"""
            UPDATE sections SET hints_used = {value} WHERE attempt_id = 1;
            UPDATE cards SET reviews = {value};
            """
        )
    conn.close()


@pytest.mark.parametrize("value", ABSURD)
def test_the_store_reads_an_absurd_count_as_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    db = _imported(tmp_path / "home", capsys)
    _damage(db, value)
    store = Store(db)
    attempt = store.get(1)
    assert attempt is not None
    assert attempt.hints_used == 0
    assert "hint count is damaged" in attempt.damaged
    assert {c.reviews for c in store.cards()} == {0}
    store.close()


@pytest.mark.parametrize("value", ABSURD)
def test_commands_show_no_absurd_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    home = tmp_path / "home"
    _damage(_imported(home, capsys), value)
    for command in (
        ["export", "1", "-o", "-"],
        ["compare", "1", "1"],
        ["progress"],
        ["progress", "--format", "json"],
        ["due", "--format", "json"],
    ):
        assert main(command) == 0, command
        said = capsys.readouterr().out
        assert not LONG_NUMBER.search(said), (command, LONG_NUMBER.search(said))
        assert " -5 " not in said and "hints -5" not in said
    # What is exported imports back.
    assert main(["export", "1", "-o", str(tmp_path / "again.md")]) == 0
    assert main(["import", "--again", str(tmp_path / "again.md")]) == 0


def test_the_summary_shows_no_absurd_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], library: Library
) -> None:
    db = _imported(tmp_path / "home", capsys)
    _damage(db, "1e300")
    store = Store(db)
    attempt = store.get(1)
    assert attempt is not None
    text = summary_markdown(attempt, {}, library.case("fraud-detection"))
    assert "hints used 0" in text and not LONG_NUMBER.search(text)
    store.close()


@pytest.mark.parametrize("value", ["1e300", "1e999", "-5", "'x'"])
def test_a_hint_asked_for_on_a_damaged_count_is_a_count(tmp_path: Path, value: str) -> None:
    """Ctrl+G adds one in SQL: infinity plus one is infinity, which int() cannot take."""
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("fraud-detection", "Fraud")
    store.use_hint(aid, "data")
    store.db.execute(f"UPDATE sections SET hints_used = {value}")
    used = store.use_hint(aid, "data")
    assert 0 <= used <= columns.MOST_COUNT
    store.close()


def test_a_count_reader_takes_whole_numbers_in_range_only() -> None:
    damage: list[str] = []
    assert columns.count(7, "n", damage) == 7 and columns.count(7.0, "n", damage) == 7
    assert columns.count(columns.MOST_COUNT, "n", damage) == columns.MOST_COUNT
    assert damage == []
    for raw in (-1, columns.MOST_COUNT + 1, 1e300, float("inf"), float("nan"), 2.5, "3", True):
        assert columns.count(raw, "n", damage) == 0, raw
    assert len(damage) == 8


async def test_the_summary_screen_opens_an_attempt_with_an_absurd_count(
    tmp_path: Path, library: Library
) -> None:
    from designtrainer.tui.screens.summary import SummaryScreen

    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("fraud-detection", library.case("fraud-detection").title)
    store.save_answer(aid, "data", "labels arrive late")
    store.finish(aid)
    store.db.execute("UPDATE sections SET hints_used = 1e300")
    store.close()
    async with opened(tmp_path, library) as (app, pilot):
        app.push_screen(SummaryScreen(aid, read_only=True))
        await settle(pilot)
        shown = "\n".join(str(w.render()) for w in app.screen.query("*") if w.display)
        assert not LONG_NUMBER.search(shown)
