"""What a person types is never altered by the app: evidence display and regrading leave it be."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static, TextArea
from tui_helpers import make_app, opened, settle, write

from designtrainer.loading.library import Library
from designtrainer.paths import HOME_ENV
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.widgets.checklist import Checklist

DATA = (
    "Fraud labels come from chargebacks, which arrive 30 to 90 days later. "
    "Fraud is something like one in a thousand transactions, a heavy class imbalance."
)


async def test_showing_evidence_then_typing_keeps_every_word(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        area = screen.query_one(TextArea)
        await write(pilot, DATA)
        area.move_cursor(area.document.end)  # the person writes at the end
        ticked = [i for i, r in enumerate(screen.results["data"].items) if r.met]
        assert ticked, "the fixture answer should tick something"
        # Highlight a ticked item with the keyboard, as the README describes.
        await pilot.press("ctrl+l")
        checklist = screen.query_one(Checklist)
        checklist.highlighted = ticked[0]
        await settle(pilot)
        why = str(screen.query_one("#evidence", Static).render())
        assert "Ticked because you wrote" in why
        # Back to the answer; keys are pressed here because typing is what is under test.
        area.focus()
        await settle(pilot)
        assert checklist.highlighted is None, "the highlight ends when the answer is focused"
        await pilot.press("space", "H", "m")
        screen._regrade_now()  # the debounced regrade after a typing pause, without sleeping
        await settle(pilot)
        await pilot.press("space", "o", "k")
        screen._regrade_now()
        await settle(pilot)
        assert area.text == DATA + " Hm ok"
        assert area.selection.is_empty
        assert area.cursor_location == area.document.end


async def test_a_regrade_never_moves_the_cursor(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        area = screen.query_one(TextArea)
        await write(pilot, DATA)
        checklist = screen.query_one(Checklist)
        checklist.highlighted = next(i for i, r in enumerate(screen.results["data"].items) if r.met)
        await settle(pilot)
        area.move_cursor((0, 5))
        screen._regrade_now()
        await settle(pilot)
        assert area.cursor_location == (0, 5) and area.selection.is_empty
        assert area.text == DATA


async def test_the_peer_checker_never_moves_the_cursor_in_pasted_notes(
    tmp_path: Path, library: Library
) -> None:
    from designtrainer.tui.screens.peer import PeerScreen

    async with opened(tmp_path, library, StartRequest("fraud-detection", mode="peer")) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, PeerScreen)
        await pilot.press("ctrl+o")
        notes = "Goal: cut fraud losses without blocking good customers, inline within 100 ms."
        screen.candidate.text = notes
        screen.candidate.move_cursor((0, 5))
        screen._regrade_now()
        await settle(pilot)
        assert "✔" in str(screen.query_one("#suggest", Static).render())
        screen.ticks.highlighted = 0
        await settle(pilot)
        assert screen.candidate.cursor_location == (0, 5)
        assert screen.candidate.selection.is_empty and screen.candidate.text == notes


class DiskFull:
    """Makes every write of a store fail as a full disk does, until `heal()`."""

    WRITES = (
        "save_answer",
        "add_seconds",
        "use_hint",
        "submit_section",
        "save_peer",
        "release",
        "add_question",
        "add_questions",
        "start_attempt",
        "delete",
        "set_setting",
    )

    def __init__(self, store: object, monkeypatch: pytest.MonkeyPatch) -> None:
        import sqlite3

        self.failing = True
        for name in self.WRITES:
            real = getattr(store, name)

            def fake(*args: object, _real: object = real, **kwargs: object) -> object:
                if self.failing:
                    raise sqlite3.OperationalError("database or disk is full")
                return _real(*args, **kwargs)  # type: ignore[operator]

            monkeypatch.setattr(store, name, fake)

    def heal(self) -> None:
        self.failing = False


async def test_a_full_disk_during_autosave_keeps_the_text_and_says_so(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designtrainer.tui.saving import SaveWarning

    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        disk = DiskFull(app.store, monkeypatch)
        area = screen.query_one(TextArea)
        area.text = DATA
        screen._tick()  # the autosave interval, without waiting for it
        await settle(pilot)
        warning = screen.query_one(SaveWarning)
        assert warning.display and "database or disk is full" in str(warning.render())
        assert area.text == DATA and app.is_running
        await pilot.press("ctrl+n")  # moving on would replace the text on screen: refused
        await settle(pilot)
        assert app.screen is screen and screen.section == "data" and area.text == DATA
        area.text = DATA + " More."
        screen._tick()  # retried, still failing: the warning stays
        await settle(pilot)
        assert warning.display
        disk.heal()
        screen._tick()
        await settle(pilot)
        assert not warning.display
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("data").answer == DATA + " More."


async def test_f4_saves_the_copy_where_exports_go_never_in_the_working_directory(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While saving fails, F4 saves a copy elsewhere. It went to the directory the app was
    started in: wherever the terminal happened to be (a repository, /). It goes where exports
    go, never over a file, and says where."""
    start = tmp_path / "started-here"
    start.mkdir()
    monkeypatch.chdir(start)
    monkeypatch.setenv("HOME", str(tmp_path / "person"))  # no ~/Documents
    exports = tmp_path / "home" / "exports"  # DESIGNTRAINER_HOME's
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        DiskFull(app.store, monkeypatch)
        screen.query_one(TextArea).text = DATA
        screen._tick()
        await pilot.press("f4")
        await settle(pilot)
        screen.query_one(TextArea).text = DATA + " And more."
        await pilot.press("f4")
        await settle(pilot)
        said = [n.message for n in app._notifications]
    assert list(start.iterdir()) == []
    # The second copy takes the next free name ("x~2.md"), never the first's: told by name,
    # not by modification times, which two quick writes can share.
    # (The failing autosave tick also keeps its own copy there, named apart: see below.)
    copies = [p for p in exports.iterdir() if not p.name.startswith("designtrainer-unsaved-")]
    first, second = sorted(copies, key=lambda p: "~" in p.name)
    assert second.name == f"{first.stem}~2{first.suffix}"
    assert DATA in first.read_text() and "## Data" in first.read_text()
    assert "And more." not in first.read_text()
    assert "And more." in second.read_text()
    assert any(str(first) in m for m in said) and any(str(second) in m for m in said)


async def test_quitting_while_saving_fails_saves_a_copy_and_says_where(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "home" / "exports"  # where exports go without a ~/Documents
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    said: list[object] = []
    real_exit = app.exit
    monkeypatch.setattr(app, "exit", lambda **kw: (said.append(kw.get("message")), real_exit(**kw)))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        DiskFull(app.store, monkeypatch)
        app.screen.query_one(TextArea).text = DATA
        await pilot.press("ctrl+q")
    [copy] = list(out.iterdir())
    assert DATA in copy.read_text()
    assert len(said) == 1 and str(copy) in str(said[0]) and "disk is full" in str(said[0])


async def test_the_peer_console_survives_a_full_disk(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designtrainer.tui.saving import SaveWarning
    from designtrainer.tui.screens.peer import PeerScreen

    async with opened(tmp_path, library, StartRequest("fraud-detection", mode="peer")) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, PeerScreen)
        disk = DiskFull(app.store, monkeypatch)
        screen.candidate.text = "the candidate's notes"
        screen.notes.text = "my notes"
        screen._tick()
        await settle(pilot)
        warning = screen.query_one(SaveWarning)
        assert warning.display and "disk is full" in str(warning.render())
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.step == "framing" and screen.candidate.text == "the candidate's notes"
        disk.heal()
        screen._tick()
        await settle(pilot)
        assert not warning.display
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("framing").answer == (
            "the candidate's notes"
        )
        assert attempt.peer is not None and attempt.peer.notes["framing"] == "my notes"


@pytest.mark.parametrize("kind", ["garbage", "dir-is-a-file", "db-is-a-dir"])
def test_a_store_that_cannot_be_opened_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from designtrainer.store.db import StoreError
    from designtrainer.tui.saving import open_store

    home = tmp_path / "data"
    if kind == "garbage":
        home.mkdir()
        (home / "designtrainer.sqlite3").write_bytes(b"not a database at all" * 100)
    elif kind == "dir-is-a-file":
        home.write_text("a file")
    else:
        (home / "designtrainer.sqlite3").mkdir(parents=True)
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(home))
    with pytest.raises(StoreError) as caught:
        open_store()
    assert str(home) in str(caught.value)


def test_the_tui_on_a_damaged_store_exits_1_with_a_message(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    home = tmp_path / "data"
    home.mkdir()
    (home / "designtrainer.sqlite3").write_bytes(b"not a database at all" * 100)
    env = {**os.environ, "DESIGNTRAINER_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "designtrainer", "practice", "fraud-detection"],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and str(home / "designtrainer.sqlite3") in done.stderr


async def test_a_question_asked_on_a_full_disk_stays_in_the_box_and_is_explained(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import Input

    from designtrainer.tui.screens.brief import BriefScreen

    async with opened(tmp_path, library) as (app, pilot):
        app.open_case("fraud-detection")
        await settle(pilot)
        assert isinstance(app.screen, BriefScreen)
        disk = DiskFull(app.store, monkeypatch)
        box = app.screen.query_one("#question", Input)
        box.value = "How many transactions per second?"
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and box.value == "How many transactions per second?"
        assert any("disk is full" in str(n.message) for n in app._notifications)
        disk.heal()
        await pilot.press("enter")
        await settle(pilot)
        assert box.value == ""
        attempt = app.store.get(app.screen.attempt_id)
        assert attempt is not None and len(attempt.questions) == 1


async def test_starting_an_attempt_on_a_full_disk_is_a_message(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with opened(tmp_path, library) as (app, pilot):
        DiskFull(app.store, monkeypatch)
        app.open_case("fraud-detection")
        app.open_peer("fraud-detection", ask=False)
        await settle(pilot)
        assert app.is_running
        said = [str(n.message) for n in app._notifications]
        assert sum("Could not start" in m and "disk is full" in m for m in said) == 2


async def test_the_app_quits_saving_once_its_terminal_is_gone(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dropped ssh or a closed tmux session leaves no tty behind: the app saves what was
    typed and ends as a hang-up does, instead of spinning on the dead terminal (or waiting on
    it for ever: see tests/test_terminal_vanish.py)."""
    import os
    import signal

    from designtrainer.store.db import Store

    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = DATA  # typed, not yet autosaved
        saved_when_ended: list[tuple[int, str]] = []

        def end(sig: int) -> None:
            attempt = Store(tmp_path / "db.sqlite3").get(screen.attempt_id)
            assert attempt is not None
            saved_when_ended.append((sig, attempt.section("data").answer))

        app._end_process = end  # type: ignore[method-assign]
        monkeypatch.setattr(os, "isatty", lambda fd: True)
        app._exit_if_terminal_gone()
        await settle(pilot)
        assert saved_when_ended == []  # a live terminal: nothing happens
        monkeypatch.setattr(os, "isatty", lambda fd: False)
        app._exit_if_terminal_gone()
        assert saved_when_ended == [(signal.SIGHUP, DATA)]


async def test_the_save_warning_ends_the_stores_own_sentence_once(
    tmp_path: Path, library: Library
) -> None:
    """The store's reasons are sentences ("... Free some space and retry."): the banner read
    "retry.. Your text stays here" on a real full disk (the fakes above raise sqlite's bare
    message, which has no full stop)."""
    import sqlite3

    from designtrainer.store.db import StoreError, _explain
    from designtrainer.tui.saving import SaveWarning

    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        warning = app.screen.query_one(SaveWarning)
        full = sqlite3.OperationalError("database or disk is full")
        warning.failed(StoreError(_explain(tmp_path / "x.sqlite3", full)))
        await settle(pilot)
        text = str(warning.render())
        assert "retry. Your text stays here" in text and ".." not in text
        warning.failed(sqlite3.OperationalError("database or disk is full"))
        await settle(pilot)
        assert "Saving fails: database or disk is full. Your text" in str(warning.render())


@pytest.mark.parametrize("mode", ["solo", "peer"])
async def test_carrying_on_an_attempt_on_a_full_disk_says_so_without_a_traceback(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """Opening an unfinished attempt claims it for this window, a write: on a full disk (the
    caches a first run writes can fill a small one) `practice CASE` crashed with a traceback
    of the store's StoreError and exit status 0. Now it says why, and the answer is kept."""
    import sqlite3

    from designtrainer import sessions
    from designtrainer.store.db import Store, StoreError, _explain

    case = library.case("fraud-detection")
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data", mode=mode))
    attempt_id = sessions.start(app.store, case, "solo" if mode == "solo" else "peer")
    app.store.save_answer(attempt_id, "data", DATA)
    sessions.leave(app.store, attempt_id)

    def full(_attempt_id: int) -> bool:
        full = sqlite3.OperationalError("database or disk is full")
        raise StoreError(_explain(tmp_path / "db.sqlite3", full))

    monkeypatch.setattr(app.store, "claim", full)
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        if mode == "peer":
            await pilot.press("enter")  # "Resume it", the dialog's first choice
            await settle(pilot)
        assert app.is_running
        assert any("disk is full" in message for message in said), said
        assert not any(message.startswith("Resumed") for message in said)
    attempt = Store(tmp_path / "db.sqlite3").get(attempt_id)
    assert attempt is not None and attempt.section("data").answer == DATA


async def test_a_full_disk_failing_a_read_under_a_session_is_no_crash(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a really full disk even SQLite's reads can fail: the picker refills on a resize,
    also while a session is open above it, and that read must not end the app (a real
    1.7 MB disk ended it there, with the session's text unsaved)."""
    import sqlite3

    from textual.widgets import Label

    from designtrainer.store.db import StoreError
    from designtrainer.tui.screens.picker import PickerScreen

    async with opened(tmp_path, library) as (app, pilot):
        picker = app.screen
        assert isinstance(picker, PickerScreen)

        def full(*args: object, **kwargs: object) -> object:
            raise StoreError(str(sqlite3.OperationalError("database or disk is full")))

        monkeypatch.setattr(app.store, "case_stats", full)
        picker._stats = None
        await pilot.resize_terminal(90, 30)
        await settle(pilot)
        assert app.is_running
        status = str(picker.query_one("#status", Label).render())
        assert "Could not read your attempts" in status and "disk is full" in status
        assert picker.selected_case() is not None  # the cases are still listed


async def test_an_unforeseen_error_saves_the_text_before_the_app_ends(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error no handler expected ends the app, as Textual does, with what was typed saved
    (here the store works, so nothing is said)."""
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    with pytest.raises(RuntimeError, match="nobody foresaw"):
        async with app.run_test(size=(100, 32)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SessionScreen)
            screen.query_one(TextArea).text = DATA  # typed, not autosaved yet
            attempt_id = screen.attempt_id

            def boom() -> None:
                raise RuntimeError("nobody foresaw this")

            app.call_later(boom)
            await settle(pilot)
    from designtrainer.store.db import Store

    reopened = Store(app.store.path)  # the app closed its own as it ended
    attempt = reopened.get(attempt_id)
    reopened.close()
    assert attempt is not None and attempt.section("data").answer == DATA
    assert app.rescued == []


async def test_an_unforeseen_error_on_a_full_disk_writes_a_copy_and_says_where(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "home" / "exports"  # where exports go without a ~/Documents
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(100, 32)) as pilot:
            await settle(pilot)
            DiskFull(app.store, monkeypatch)
            app.screen.query_one(TextArea).text = DATA

            def boom() -> None:
                raise RuntimeError("nobody foresaw this")

            app.call_later(boom)
            await settle(pilot)
    [copy] = list(out.iterdir())
    assert DATA in copy.read_text()
    assert len(app.rescued) == 1 and str(copy) in app.rescued[0]


def test_a_copy_falls_back_to_the_temp_folder_and_never_replaces_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from designtrainer.tui.saving import write_copy

    person = tmp_path / "person"
    (person / "Documents").mkdir(parents=True)
    (person / "Documents" / "designtrainer").write_text("a file where the folder would be")
    monkeypatch.setenv("HOME", str(person))
    temp = tmp_path / "tmp"
    temp.mkdir()
    (temp / "copy.md").write_text("someone else's")
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    path, message = write_copy("typed", "copy.md")
    assert path == temp / "copy~2.md" and path.read_text() == "typed" and str(path) in message
    assert (temp / "copy.md").read_text() == "someone else's"


def test_a_copy_never_makes_a_missing_temp_or_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from designtrainer.tui.saving import write_copy

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the exports folder would go")
    monkeypatch.setenv(HOME_ENV, str(blocked / "data"))
    monkeypatch.setenv("HOME", str(blocked / "nobody"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    path, message = write_copy("typed", "copy.md")
    assert path is None and "Could not save a copy anywhere" in message
    assert not (tmp_path / "gone").exists()


async def test_a_hint_on_a_full_disk_still_shows_and_is_counted_once_saving_works(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+G counts the hint, a write: on a full disk no hint showed at all. The hint shows,
    a quiet notice says it could not be recorded, nothing typed is touched, and the count is
    written with the next save that works (so the summary still says a hint was used)."""
    from designtrainer.store.db import Store

    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        first_hint = library.case("fraud-detection").section("data").hints[0]
        area = screen.query_one(TextArea)
        area.text = DATA
        disk = DiskFull(app.store, monkeypatch)
        await pilot.press("ctrl+g")
        await settle(pilot)
        coach = str(screen.query_one("#coach", Static).render())
        assert "Hint 1/" in coach and first_hint.split()[0] in coach
        said = [str(n.message) for n in app._notifications]
        assert any("could not be recorded" in m and "disk is full" in m for m in said), said
        assert area.text == DATA
        disk.heal()
        screen._tick()
        await settle(pilot)
        coach = str(screen.query_one("#coach", Static).render())
        assert "Hint 1/" in coach and "Hint 2/" not in coach
    attempt = Store(tmp_path / "db.sqlite3").get(screen.attempt_id)
    assert attempt is not None and attempt.section("data").hints_used == 1
    assert attempt.section("data").answer == DATA


async def test_the_quit_message_on_a_real_full_disk_ends_the_stores_sentence_once(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's reason is a sentence ("... Free some space and retry."): quitting printed
    "retry.). Your answers were saved" (the fakes above raise sqlite's bare message)."""
    import sqlite3

    from designtrainer.store.db import StoreError, _explain

    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    said: list[object] = []
    real_exit = app.exit
    monkeypatch.setattr(app, "exit", lambda **kw: (said.append(kw.get("message")), real_exit(**kw)))
    full = StoreError(_explain(tmp_path / "db.sqlite3", sqlite3.OperationalError("disk is full")))

    def fail(*_args: object, **_kwargs: object) -> None:
        raise full

    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        for name in ("save_answer", "add_seconds"):
            monkeypatch.setattr(app.store, name, fail)
        app.screen.query_one(TextArea).text = DATA
        await pilot.press("ctrl+q")
    [message] = said
    assert "retry.)" not in str(message) and "retry). Your answers were saved" in str(message)


async def test_while_saving_fails_the_answers_are_kept_in_a_file_as_they_change(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The banner and F4 kept the text only while the app ran: a crash, a `kill -9` or a dead
    battery on a full disk lost everything typed since saving began to fail. Each failing
    autosave tick now writes the answers to one file of their own (where exports go, else the
    temp dir), private, replaced as the text changes; it is removed once saving works."""
    import stat

    monkeypatch.setenv("HOME", str(tmp_path / "person"))  # no ~/Documents
    exports = tmp_path / "home" / "exports"
    (exports).mkdir(parents=True)
    taken = exports / "designtrainer-unsaved-fraud-detection-attempt-1.md"
    taken.write_text("someone else's file")  # never replaced
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen) and screen.attempt_id == 1
        disk = DiskFull(app.store, monkeypatch)
        area = screen.query_one(TextArea)
        area.text = DATA
        screen._tick()
        await settle(pilot)
        copy = exports / "designtrainer-unsaved-fraud-detection-attempt-1~2.md"
        assert DATA in copy.read_text() and "## Data" in copy.read_text()
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert taken.read_text() == "someone else's file"
        said = [str(n.message) for n in app._notifications]
        assert sum(str(copy) in m for m in said) == 1, said
        area.text = DATA + " Typed a second later."
        screen._tick()
        await settle(pilot)
        assert "Typed a second later." in copy.read_text()
        assert sorted(p.name for p in exports.iterdir()) == sorted([taken.name, copy.name])
        assert sum(str(copy) in str(n.message) for n in app._notifications) == 1  # said once
        disk.heal()
        screen._tick()
        await settle(pilot)
        assert not copy.exists() and taken.exists()
        attempt = app.store.get(1)
        assert attempt is not None
        assert attempt.section("data").answer == DATA + " Typed a second later."


async def test_the_file_kept_while_saving_failed_goes_when_the_section_is_left_saved(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving works again and the person moves on before the next tick: the save that moving
    on makes removes the file too (ticks stop once the attempt is finished or left)."""
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    exports = tmp_path / "home" / "exports"
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        disk = DiskFull(app.store, monkeypatch)
        screen.query_one(TextArea).text = DATA
        screen._tick()
        await settle(pilot)
        assert [p.name for p in exports.iterdir()] == [
            f"designtrainer-unsaved-fraud-detection-attempt-{screen.attempt_id}.md"
        ]
        disk.heal()
        await pilot.press("escape")  # back to the cases, saving first
        await settle(pilot)
        assert app.screen is not screen
        assert list(exports.iterdir()) == []


async def test_quitting_while_saving_fails_leaves_one_copy_not_two(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file kept by the failing ticks is replaced by the copy quitting writes (newer, and
    where the message says): a person finds one file, not two of nearly the same text."""
    out = tmp_path / "home" / "exports"
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        DiskFull(app.store, monkeypatch)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = DATA
        screen._tick()  # the rescue file
        await settle(pilot)
        assert [p.name.startswith("designtrainer-unsaved-") for p in out.iterdir()] == [True]
        screen.query_one(TextArea).text = DATA + " Last words."
        await pilot.press("ctrl+q")
    [copy] = list(out.iterdir())
    assert not copy.name.startswith("designtrainer-unsaved-")
    assert "Last words." in copy.read_text()
