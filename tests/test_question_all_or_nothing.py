"""A clarifying question with several parts is saved whole or not at all.

"Peak QPS and label delay?" is stored as one row per part the case answers. Each row was its
own transaction: on a full disk the first part could be stored and the second not, the box
kept the question (the save failed), and asking again stored the first part twice. Now every
part is written in one transaction; when it fails nothing is stored, the question stays in
the box, and the message says the disk is full. The failing disk is injected: a connection
that refuses the second row as SQLite does when the disk fills up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input
from tui_helpers import opened, settle

from designtrainer.clarify import answers_for
from designtrainer.loading.library import Library
from designtrainer.store.db import Store, StoreError
from designtrainer.tui.screens.brief import BriefScreen

CASE = "fraud-detection"
QUESTION = "What is the peak QPS and how late do the labels arrive?"


class FullDisk:
    """The store's connection, except that the second question row written finds the disk
    full (SQLITE_FULL), as a disk that fills up in the middle of a save does."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real
        self.rows = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.startswith("INSERT INTO questions"):
            self.rows += 1
            if self.rows == 2:
                raise sqlite3.OperationalError("database or disk is full")
        return self.real.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_the_question_has_several_parts(library: Library) -> None:
    assert len(answers_for(library.case(CASE), QUESTION)) >= 2


def test_a_store_that_fails_midway_keeps_none_of_the_parts(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt(CASE, "Fraud")
    real = store.db
    store.db = FullDisk(real)  # type: ignore[assignment]
    with pytest.raises(StoreError, match="disk is full"):
        store.add_questions(aid, QUESTION, [(0, "About 5,000 a second."), (3, "Weeks.")])
    store.db = real
    attempt = store.get(aid)
    assert attempt is not None and attempt.questions == ()
    store.add_questions(aid, QUESTION, [(0, "About 5,000 a second."), (3, "Weeks.")])
    attempt = store.get(aid)
    assert attempt is not None
    assert [(q.clarification, q.answer) for q in attempt.questions] == [
        (0, "About 5,000 a second."),
        (3, "Weeks."),
    ]
    store.close()


async def test_the_brief_keeps_the_question_and_stores_nothing_when_the_disk_fills(
    tmp_path: Path, library: Library
) -> None:
    said: list[str] = []
    async with opened(tmp_path, library) as (app, pilot):
        app.notify = lambda message, **kw: said.append(str(message))  # type: ignore[method-assign]
        app.open_case(CASE)
        await settle(pilot)
        brief = app.screen
        assert isinstance(brief, BriefScreen)
        real = app.store.db
        app.store.db = FullDisk(real)  # type: ignore[assignment]
        box = brief.query_one("#question", Input)
        box.value = QUESTION
        await pilot.press("enter")
        await settle(pilot)
        app.store.db = real
        assert box.value == QUESTION  # still there to ask again
        assert any("save your question" in m and "disk is full" in m for m in said), said
        attempt = app.store.get(brief.attempt_id)
        assert attempt is not None and attempt.questions == ()  # not half of it
        await pilot.press("enter")  # the disk has room again: ask it again
        await settle(pilot)
        attempt = app.store.get(brief.attempt_id)
        assert attempt is not None
        parts = answers_for(library.case(CASE), QUESTION)
        assert [q.answer for q in attempt.questions] == [answer for _, answer in parts]
        assert box.value == ""


class FullAtCommit(FullDisk):
    """The disk fills up as the transaction commits (WAL mode writes its pages then), and
    SQLite leaves the transaction open, as it may: the store must roll it back itself, or
    every later save fails with "cannot start a transaction within a transaction"."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "COMMIT" and not self.rows:
            self.rows += 1
            raise sqlite3.OperationalError("database or disk is full")
        return self.real.execute(sql, *args)


def test_a_commit_that_fails_leaves_nothing_half_done_and_the_store_usable(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt(CASE, "Fraud")
    real = store.db
    store.db = FullAtCommit(real)  # type: ignore[assignment]
    with pytest.raises(StoreError, match="disk is full"):
        store.add_questions(aid, QUESTION, [(0, "About 5,000 a second."), (3, "Weeks.")])
    assert not real.in_transaction
    store.add_questions(aid, "And the budget?", [(None, "Assume one.")])  # room again
    store.db = real
    attempt = store.get(aid)
    assert attempt is not None
    assert [q.question for q in attempt.questions] == ["And the budget?"]
    store.close()
