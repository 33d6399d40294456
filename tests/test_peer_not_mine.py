"""A peer interview run for a friend measures the friend, not you: it never reviews your cards,
never appears in your progress or weak items, and still shows in history as a peer attempt.

Before, finishing a peer interview reviewed the case's cards with the interviewer's ticks (the
friend's gaps came back as *your* drill cards), `progress` and F5 listed it among your scores,
and its reviews counted in "the ideas you miss most". Stores written by that version keep
those reviews: the next sync takes them out and rebuilds each card from your own reviews.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from designtrainer.cli import main
from designtrainer.domain.review import PeerReview
from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library
from designtrainer.review.cards import forget_peer_reviews, record_attempt, sync_attempts
from designtrainer.review.progress import progress_rows, weakest_items
from designtrainer.review.schedule import schedule
from designtrainer.sessions import interviewer_result
from designtrainer.store.db import Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SOLO_CASE = "fraud-detection"
PEER_CASE = "feed-ranking"
DATA = (
    "Labels come from chargebacks that arrive 30 to 90 days late, so recent data is unlabelled. "
    "Fraud is rare, about 0.1%, a heavy class imbalance."
)


def _solo(store: Store, library: Library) -> int:
    aid = store.start_attempt(SOLO_CASE, library.case(SOLO_CASE).title)
    store.save_answer(aid, "data", DATA)
    store.finish(aid, grade(library.compiled(SOLO_CASE), {"data": DATA}))
    return aid


def _peer(store: Store, library: Library, case_id: str = PEER_CASE) -> int:
    rubric = library.rubric(case_id)
    first = rubric.section_items("framing")[0].id
    aid = store.start_attempt(case_id, library.case(case_id).title, mode="peer")
    review = PeerReview(ratings={"framing": 2}, ticks={"framing": (first,)})
    store.save_peer(aid, review)
    store.finish(aid, interviewer_result(rubric, review, None))
    return aid


def test_a_peer_interview_reviews_none_of_your_cards(tmp_path: Path, library: Library) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = _peer(store, library)
    attempt = store.get(aid)
    assert attempt is not None
    assert record_attempt(store, attempt, now=T0) == []
    assert store.cards() == [] and store.review_log() == []
    assert sync_attempts(store) == 0  # recorded once (as nothing), not offered again
    store.close()


def test_progress_and_weak_items_leave_peer_interviews_out(
    tmp_path: Path, library: Library
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    solo = _solo(store, library)
    peer = _peer(store, library, SOLO_CASE)  # the same case: only the case id tells them apart
    sync_attempts(store)
    assert [r.attempt_id for r in progress_rows(store)] == [solo]
    assert [r.attempt_id for r in progress_rows(store, SOLO_CASE)] == [solo]
    assert peer not in {r.attempt_id for r in progress_rows(store)}
    assert all(log.source != "peer" for log in store.review_log())
    store.close()


def test_reviews_an_older_version_made_from_a_peer_interview_are_taken_out(
    tmp_path: Path, library: Library
) -> None:
    """The store as the previous version left it: a card reviewed by a peer interview only,
    and one reviewed by your own attempt and then by a peer interview. The next sync drops
    the first, rebuilds the second from your review alone, and leaves no peer review behind;
    weak items read from the log never count one."""
    store = Store(tmp_path / "db.sqlite3")
    peer = _peer(store, library, PEER_CASE)
    mine = (SOLO_CASE, "label-noise")
    friend_only = (PEER_CASE, library.rubric(PEER_CASE).section_items("framing")[1].id)

    def write(key: tuple[str, str], rating: str, at: datetime, source: str) -> None:
        def review(k, record):  # type: ignore[no-untyped-def]
            return schedule(
                k, record, rating, at, section="data", label="L", source=source, attempt_id=peer
            )

        store.review_cards([key], review)

    write(mine, "good", T0, "solo")
    alone = {c.key: c for c in store.cards()}[mine]
    write(mine, "again", T0 + timedelta(days=3), "peer")
    write(friend_only, "again", T0, "peer")
    assert weakest_items(store.cards(), store.review_log()) == []  # peer reviews never count
    sync_attempts(store)
    cards = {c.key: c for c in store.cards()}
    assert set(cards) == {mine}
    assert (cards[mine].last_rating, cards[mine].reviews, cards[mine].due) == (
        "good",
        1,
        alone.due,
    )
    assert [log.source for log in store.review_log()] == ["solo"]
    store.close()


def test_commands_leave_peer_interviews_out_of_progress_and_due(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    store = Store(home / "designtrainer.sqlite3")
    _peer(store, library)
    store.close()
    assert main(["progress", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["progress"]) == 0  # says why the finished interview is not there
    said = capsys.readouterr().out
    assert "no finished solo attempts yet" in said and "peer" in said and "history" in said
    assert main(["due", "--format", "json"]) == 0
    assert PEER_CASE not in capsys.readouterr().out
    assert main(["history"]) == 0
    listed = capsys.readouterr().out
    assert PEER_CASE in listed and " peer " in listed  # still in history, marked as peer


async def test_the_progress_screen_leaves_peer_interviews_out(
    tmp_path: Path, library: Library
) -> None:
    from tui_helpers import opened, settle

    from designtrainer.tui.screens.progress import ProgressScreen

    store = Store(tmp_path / "db.sqlite3")
    _peer(store, library)
    store.close()
    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, ProgressScreen)
        shown = " ".join(
            str(cell)
            for table in app.screen.query(DataTable)
            for r in range(table.row_count)
            for cell in table.get_row_at(r)
        )
        assert library.case(PEER_CASE).title not in shown and PEER_CASE not in shown
        # Said why the finished interview is not there, as `designtrainer progress` says it.
        said = str(app.screen.query_one("#empty", Static).render())
        assert "No finished solo attempts yet" in said, said
        assert "peer interviews you ran" in said and "History (F2)" in said
        assert "your own attempts" in said


async def test_the_progress_screen_with_nothing_finished_says_so(
    tmp_path: Path, library: Library
) -> None:
    from tui_helpers import opened, settle

    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f5")
        await settle(pilot)
        said = str(app.screen.query_one("#empty", Static).render())
        assert said.startswith("No finished attempts yet") and "peer" not in said


def test_your_attempt_is_compared_with_your_previous_one_not_a_peer_interview(
    tmp_path: Path, library: Library
) -> None:
    """`c` in history compares an attempt with the one before it at the same case: a peer
    interview run in between (someone else's answers) was taken for your previous attempt."""
    from designtrainer.review.compare import previous_attempt

    store = Store(tmp_path / "db.sqlite3")
    first = _solo(store, library)
    _peer(store, library, SOLO_CASE)
    second = _solo(store, library)
    attempt = store.get(second)
    assert attempt is not None
    assert previous_attempt(store, attempt) == first
    store.close()


def _steps(store: Store, run: Callable[[], object]) -> int:
    """How many SQLite virtual-machine steps (in hundreds) `run` takes: a count, not a clock."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    store.db.set_progress_handler(count, 100)
    try:
        run()
    finally:
        store.db.set_progress_handler(None, 100)
    return steps


def _long_log(store: Store, rows: int) -> None:
    store.db.execute("BEGIN")
    store.db.executemany(
        "INSERT INTO review_log (case_id, item_id, reviewed_at, rating, source, due_after)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            (SOLO_CASE, f"item-{i % 40}", 1.7e9 + i, "good", "solo" if i % 3 else "drill", 1.8e9)
            for i in range(rows)
        ),
    )
    store.db.execute("COMMIT")


def test_a_sync_with_no_peer_review_to_take_out_reads_no_review_log(tmp_path: Path) -> None:
    """The clean-up runs on every sync (every start of the app, every `due`): it looked for a
    peer review by reading the whole review log (~39 ms at 320,000 reviews). The store keeps an
    index of peer reviews alone, so finding none costs the same at any length of log."""
    store = Store(tmp_path / "db.sqlite3")
    _long_log(store, 200)
    short = _steps(store, lambda: forget_peer_reviews(store))
    _long_log(store, 20_000)
    long = _steps(store, lambda: forget_peer_reviews(store))
    assert long <= short + 2, (short, long)
    store.close()


def test_an_older_store_gets_the_index_and_is_cleaned_once(
    tmp_path: Path, library: Library
) -> None:
    """A store an older version wrote (no index; a peer review in its log) is indexed when
    opened, cleaned by the next sync, and not written again by the one after."""
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    peer = _peer(store, library)
    key = (PEER_CASE, library.rubric(PEER_CASE).section_items("framing")[0].id)

    def review(k, record):  # type: ignore[no-untyped-def]
        return schedule(
            k, record, "again", T0, section="framing", label="L", source="peer", attempt_id=peer
        )

    store.review_cards([key], review)
    store.db.execute("DROP INDEX IF EXISTS review_log_peer")  # as an older version left it
    store.close()
    store = Store(path)
    assert store.db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'review_log_peer'"
    ).fetchone()
    sync_attempts(store)
    assert store.cards() == [] and store.review_log() == []
    changes = store.db.total_changes
    assert forget_peer_reviews(store) == 0 and sync_attempts(store) == 0
    assert store.db.total_changes == changes
    store.close()
