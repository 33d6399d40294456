"""A drill answer that cannot be saved is kept in a file as it changes, as a session's answers
are (tui/saving.py `RescueCopy`): a crash or a `kill -9` on a full disk lost it all."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tui_helpers import make_app, settle

from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library
from designtrainer.review.cards import record_attempt
from designtrainer.store.db import Store
from designtrainer.tui.app import DrillRequest
from designtrainer.tui.screens.drill import DrillScreen
from designtrainer.tui.screens.picker import PickerScreen

CASE = "fraud-detection"
PAST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _seed(store: Store, library: Library) -> None:
    """A finished attempt whose cards are due now."""
    answers = {"data": "Fraud is rare, about 0.1%: heavy class imbalance."}
    aid = store.start_attempt(CASE, library.case(CASE).title)
    for sid, text in answers.items():
        store.save_answer(aid, sid, text)
    store.finish(aid, grade(library.compiled(CASE), answers))
    store.release(aid)
    attempt = store.get(aid)
    assert attempt is not None
    record_attempt(store, attempt, now=PAST)


class Full:
    """The store's `name` fails as a full disk does, until `failing` is False."""

    def __init__(self, store: Store, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.failing = True
        real = getattr(store, name)

        def fake(*args: object, **kwargs: object) -> object:
            if self.failing:
                raise sqlite3.OperationalError("database or disk is full")
            return real(*args, **kwargs)

        monkeypatch.setattr(store, name, fake)


@pytest.fixture
def exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "person"))  # no ~/Documents
    return tmp_path / "home" / "exports"


async def test_a_drill_answer_is_kept_in_a_file_while_saving_fails(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    full = Full(app.store, "save_drill_answer", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        key = (screen.card.case.id, screen.card.item.id)
        screen.area.text = "typed on a full disk"
        screen.autosave()  # the interval's tick
        await settle(pilot)
        [copy] = list(exports.iterdir())
        assert copy.name.startswith("designtrainer-unsaved-drill-")
        assert "typed on a full disk" in copy.read_text()
        assert screen.card.item.label in copy.read_text()
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        said = [str(n.message) for n in app._notifications]
        assert sum(str(copy) in m for m in said) == 1, said
        screen.area.text = "typed on a full disk, and more"
        screen.autosave()
        await settle(pilot)
        assert list(exports.iterdir()) == [copy]  # the same file, replaced
        assert "typed on a full disk, and more" in copy.read_text()
        assert sum(str(copy) in str(n.message) for n in app._notifications) == 1  # said once
        full.failing = False
        screen.autosave()
        await settle(pilot)
        assert list(exports.iterdir()) == []  # saved: the file goes
        said = [str(n.message) for n in app._notifications]
        assert any(str(copy) in m and "removed" in m for m in said), said  # and says so
        assert app.store.open_drill_answer(*key).answer == "typed on a full disk, and more"


async def test_a_card_with_no_row_for_its_answer_keeps_it_in_a_file(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    """Showing the card could not write the row its answer is saved in: the file is the only
    place the answer is kept, and leaving leaves it there."""
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    Full(app.store, "open_drill_answer", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        screen.autosave()
        assert not exports.exists() or list(exports.iterdir()) == []  # nothing typed yet
        screen.area.text = "typed with nowhere to save it"
        screen.autosave()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        [copy] = list(exports.iterdir())
        said = [str(n.message) for n in app._notifications]
        # Not "your answer is kept" alone: the file is the only copy, so it is named.
        assert any(str(copy) in m and m.startswith("Stopped.") for m in said), said
    assert "typed with nowhere to save it" in copy.read_text()


async def test_stopping_a_card_with_nothing_typed_claims_no_answer_kept(
    tmp_path: Path, library: Library, exports: Path
) -> None:
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DrillScreen)
        await pilot.press("escape")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert "Stopped. The card stays due." in said, said


async def test_quitting_a_failing_drill_leaves_one_copy_not_two(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    Full(app.store, "save_drill_answer", monkeypatch)
    said: list[object] = []
    real_exit = app.exit
    monkeypatch.setattr(app, "exit", lambda **kw: (said.append(kw.get("message")), real_exit(**kw)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        screen.area.text = "typed on a full disk"
        screen.autosave()
        await settle(pilot)
        screen.area.text = "typed on a full disk. Last words."
        await pilot.press("ctrl+q")
    [copy] = list(exports.iterdir())
    assert not copy.name.startswith("designtrainer-unsaved-")
    assert "Last words." in copy.read_text()
    assert len(said) == 1 and str(copy) in str(said[0])


async def test_a_failing_drill_says_so_until_it_saves_and_f4_saves_a_copy(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    """The session's banner, in the drill: a toast that went after ten seconds was all a
    person typing on a full disk was told. F4 writes the answer to a file, as in a session."""
    from designtrainer.tui.saving import SaveWarning

    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    full = Full(app.store, "save_drill_answer", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        warning = screen.query_one(SaveWarning)
        assert not warning.failing
        screen.area.text = "typed on a full disk"
        screen.autosave()
        await settle(pilot)
        assert warning.failing and "full" in warning.why
        assert warning.region.height > 0  # shown at 80x24
        await pilot.press("f4")
        await settle(pilot)
        copies = [p for p in exports.iterdir() if p.name.startswith("designtrainer-drill-")]
        assert len(copies) == 1 and "typed on a full disk" in copies[0].read_text()
        full.failing = False
        screen.autosave()
        await settle(pilot)
        assert not warning.failing


async def test_answers_left_in_a_file_by_a_killed_run_are_pointed_to_when_they_open(
    tmp_path: Path, library: Library, exports: Path
) -> None:
    """Killed while saving failed, a run leaves its answers in the file it kept (newer than
    the database has): opening those answers again says where that file is. An older file
    of the same name (another database's attempt 1) is not mentioned."""
    from designtrainer.tui.screens.session import SessionScreen

    app = make_app(tmp_path, library)
    aid = app.store.start_attempt(CASE, library.case(CASE).title)
    app.store.save_answer(aid, "data", "saved before the disk filled")
    exports.mkdir(parents=True)
    older = exports / f"designtrainer-unsaved-{CASE}-attempt-{aid}.md"
    older.write_text("another database's attempt")
    os.utime(older, (1_000_000, 1_000_000))
    left = exports / f"designtrainer-unsaved-{CASE}-attempt-{aid}~2.md"
    left.write_text("saved before the disk filled, and typed after")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        app.open_case(CASE, attempt_id=aid)
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        said = [str(n.message) for n in app._notifications]
        assert any(str(left) in m for m in said), said
        assert not any(str(older) + "," in m or m.endswith(str(older)) for m in said), said
        assert left.exists()  # the person's to read: never removed for them


async def test_a_drill_answer_left_in_a_file_is_pointed_to(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    full = Full(app.store, "save_drill_answer", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        screen.area.text = "typed on a full disk, then killed"
        screen.autosave()
        [left] = list(exports.iterdir())
        screen._rescue = type(screen._rescue)("not-this-one.md")  # as if killed: not removed
    full.failing = False
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert any(str(left) in m for m in said), said


async def test_a_card_with_no_row_shows_the_banner_until_a_tick_makes_the_row(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    """The session's red banner for a card with no row, not only a toast; a later tick makes
    the row, saves what was typed there, hides the banner and removes the file."""
    from designtrainer.tui.saving import SaveWarning

    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    full = Full(app.store, "open_drill_answer", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        key = (screen.card.case.id, screen.card.item.id)
        warning = screen.query_one(SaveWarning)
        assert warning.failing and warning.region.height > 0
        screen.area.text = "typed with nowhere to save it"
        screen.autosave()
        await settle(pilot)
        assert warning.failing
        [copy] = list(exports.iterdir())
        full.failing = False
        screen.autosave()
        await settle(pilot)
        assert not warning.failing
        assert not copy.exists()
        assert app.store.open_drill_answer(*key).answer == "typed with nowhere to save it"
        assert screen.area.text == "typed with nowhere to save it"


async def test_an_earlier_answer_the_card_could_not_show_is_kept_in_a_file(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    """The row held an unreviewed answer the card could not read: when the row opens again,
    that answer goes to a file before the new text is saved over it."""
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    full = Full(app.store, "open_drill_answer", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        key = (screen.card.case.id, screen.card.item.id)
        full.failing = False
        earlier = app.store.open_drill_answer(*key)
        app.store.save_drill_answer(earlier.id, "written in an earlier drill")
        full.failing = True
        screen.area.text = "typed now"
        screen.autosave()
        full.failing = False
        screen.autosave()
        await settle(pilot)
        assert app.store.open_drill_answer(*key).answer == "typed now"
        kept = [p for p in exports.iterdir() if "earlier" in p.name]
        assert len(kept) == 1 and "written in an earlier drill" in kept[0].read_text()
        said = [str(n.message) for n in app._notifications]
        assert any(str(kept[0]) in m for m in said), said


async def test_an_earlier_answer_is_restored_when_the_row_opens_before_any_typing(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, exports: Path
) -> None:
    """Nothing typed yet when the row opens: the earlier answer is shown, as it would have
    been had the card opened it, and it is not saved over with the empty text."""
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library)
    full = Full(app.store, "open_drill_answer", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        key = (screen.card.case.id, screen.card.item.id)
        full.failing = False
        earlier = app.store.open_drill_answer(*key)
        app.store.save_drill_answer(earlier.id, "written in an earlier drill")
        screen.autosave()
        await settle(pilot)
        assert screen.area.text == "written in an earlier drill"
        assert app.store.open_drill_answer(*key).answer == "written in an earlier drill"
        assert not exports.exists() or list(exports.iterdir()) == []
