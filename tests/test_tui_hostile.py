"""A hostile case pack and hostile stored attempts go through every screen as inert text.

tests/hostile/ holds a valid case and rubric in which every string a person sees carries
Textual/Rich markup: a click action that would write a screenshot outside the working
directory, a `file:` link, a stray closing tag, an unclosed bold. Stored attempts carry the
same in answers, questions and notes. Every screen must show the text literally, nothing may
crash, no file may appear, and no click may run an action.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, TextArea
from tui_helpers import make_app, opened, settle, shown, write

from designtrainer.domain.review import PeerReview
from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library, Source, load_library, yaml_files
from designtrainer.sessions import interviewer_result
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp, StartRequest
from designtrainer.tui.screens.brief import BriefScreen
from designtrainer.tui.screens.help import HelpScreen
from designtrainer.tui.screens.history import AttemptView, HistoryScreen
from designtrainer.tui.screens.modals import TextScreen
from designtrainer.tui.screens.peer import WRAPUP, PeerScreen
from designtrainer.tui.screens.picker import PickerScreen
from designtrainer.tui.screens.scorecard import ScorecardScreen
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.screens.summary import SummaryScreen
from designtrainer.tui.widgets.checklist import Checklist

HOSTILE = Path(__file__).resolve().parent / "hostile" / "tui"
P = "[@click=app.screenshot('../x')]T[/] [link=file:///etc/passwd]x[/link] [/] [b]"
TYPED = "typed [@click=app.quit]Q[/] [link=file:///etc/passwd]y[/link] [/] [b]"


@pytest.fixture
def hostile() -> Library:
    found, cut = yaml_files(HOSTILE)
    assert not cut
    library = load_library([Source("user", 2, tuple(found))])
    assert not library.problems and "hostile" in library.cases
    return library


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory inside an empty home: nothing may be written to either."""
    home = tmp_path / "sandbox"
    cwd = home / "cwd"
    cwd.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(cwd)
    return home


def _untouched(sandbox: Path) -> None:
    assert sorted(p.relative_to(sandbox).as_posix() for p in sandbox.rglob("*")) == ["cwd"]


def _literal(text: str, *needles: str) -> None:
    for needle in needles:
        assert needle in text, f"{needle!r} not shown literally in:\n{text}"


def _opened(app: DesignTrainerApp) -> list[str]:
    """Record every URL the app would hand to the browser instead of opening it."""
    urls: list[str] = []
    app.open_url = lambda url, *, new_tab=True: urls.append(url)  # type: ignore[method-assign]
    return urls


async def _click_every_line(pilot: Pilot[None]) -> None:
    """No text on screen carries a click action or a link, and a click on a title does nothing.

    Markdown links are the exception: they are followed by `_click_links`.
    """
    from textual.widgets._markdown import MarkdownBlock

    await settle(pilot)
    screen = pilot.app.screen
    markdown = [b.region for b in screen.query(MarkdownBlock)]
    for y, strip in enumerate(screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            style = segment.style
            inside = any(r.contains(x, y) for r in markdown)
            if style is not None and not inside:
                assert not style.link, (segment.text, style.link)
                assert "@click" not in style.meta, (segment.text, style.meta)
            x += segment.cell_length
    await pilot.click(offset=(10, 1))
    await settle(pilot)


async def test_a_hostile_case_through_the_solo_screens(
    tmp_path: Path, hostile: Library, sandbox: Path
) -> None:
    app = make_app(tmp_path, hostile)
    urls = _opened(app)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        _literal(shown(app.screen), "Hostile " + P)
        await pilot.click(DataTable, offset=(10, 1))  # the title cell of the row
        await settle(pilot)
        assert app.is_running

        if not isinstance(app.screen, BriefScreen):
            await pilot.press("enter")
            await settle(pilot)
        brief = app.screen
        assert isinstance(brief, BriefScreen)
        for question in ("How big is it?", TYPED):
            brief.query_one(Input).value = question
            await pilot.press("enter")
            await settle(pilot)
        _literal(shown(brief), "Hostile " + P, "Opening " + P, "Clarified " + P, TYPED)
        await _click_every_line(pilot)
        assert app.is_running and app.screen is brief

        await pilot.press("ctrl+n")
        await settle(pilot)
        session = app.screen
        assert isinstance(session, SessionScreen)
        await write(pilot, f"framing thing {TYPED}")
        await pilot.press("ctrl+g", "ctrl+g")
        checklist = session.query_one(Checklist)
        checklist.highlighted = 0
        await settle(pilot)
        text = shown(session)
        _literal(text, "Prompt framing " + P, "Guiding framing " + P, "Hint1 framing " + P)
        _literal(text, "Hint2 framing " + P, "Label framing " + P, "Missed framing " + P)
        _literal(text, "Hostile " + P, "framing thing")
        checklist.highlighted = 1
        await settle(pilot)
        _literal(shown(session), "Because framing " + P)
        await pilot.press("ctrl+s")
        await settle(pilot)
        _literal(shown(session), "Followup framing " + P)
        await _click_every_line(pilot)
        assert app.is_running and app.screen is session

        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, TextScreen)
        reference = app.screen
        _literal(_markdown_text(reference), "Reference framing " + P, "cell [/] [b]")
        await _click_links(pilot, reference)
        assert urls == ["https://example.com/"]
        await pilot.press("escape")

        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"section")
        await settle(pilot, 0.3)
        await pilot.press("escape")
        await settle(pilot)

        session.finish_now()
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        summary = _markdown_text(app.screen)
        _literal(summary, "Hostile " + P, "Missed framing " + P, "Because framing " + P)
        _literal(summary, "Clarified " + P, TYPED)
        await _click_every_line(pilot)
        assert app.is_running and isinstance(app.screen, SummaryScreen)
    _untouched(sandbox)


def _markdown_text(screen: object) -> str:
    """The text a markdown view shows, block by block (inline markup already applied)."""
    from textual.screen import Screen
    from textual.widgets import Markdown

    assert isinstance(screen, Screen)
    assert screen.query(Markdown)
    return shown(screen)


async def _click_links(pilot: Pilot[None], screen: object) -> None:
    """Follow every link of every markdown block, as a click on it would."""
    from textual.screen import Screen
    from textual.widgets._markdown import MarkdownBlock

    assert isinstance(screen, Screen)
    for block in screen.query(MarkdownBlock):
        for span in block._content.spans:
            meta = getattr(span.style, "meta", {})
            action = meta.get("@click") if isinstance(meta, dict) else None
            if action:
                await block.run_action(action)
    await settle(pilot)


def _seed(path: Path, hostile: Library) -> None:
    """A finished solo attempt and a finished peer interview of the hostile case."""
    store = Store(path)
    compiled = hostile.compiled("hostile")
    title = hostile.case("hostile").title
    solo = store.start_attempt("hostile", title)
    answers = {"framing": f"framing thing {TYPED}", "data": TYPED}
    for sid, answer in answers.items():
        store.save_answer(solo, sid, answer)
    store.add_question(solo, TYPED, TYPED, None)
    store.finish(solo, grade(compiled, answers))
    peer = store.start_attempt("hostile", title, mode="peer")
    store.save_answer(peer, "framing", f"framing thing {TYPED}")
    rubric = hostile.rubric("hostile")
    review = (
        PeerReview()
        .note("framing", TYPED)
        .note_communication(TYPED)
        .with_ticks("framing", ["framing-item"])
        .with_flags(["bad-idea"])
        .rate("framing", 3)
        .decided(rubric.items, rubric.red_flags)
    )
    store.save_peer(peer, review)
    checker = grade(compiled, {"framing": f"framing thing {TYPED}"})
    store.finish(peer, interviewer_result(rubric, review, checker))
    store.release(solo)
    store.release(peer)
    store.close()


@pytest.mark.parametrize("pack", ["present", "gone"])
async def test_hostile_attempts_in_history(
    tmp_path: Path, hostile: Library, library: Library, sandbox: Path, pack: str
) -> None:
    _seed(tmp_path / "db.sqlite3", hostile)
    app = make_app(tmp_path, hostile if pack == "present" else library)
    urls = _opened(app)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        history = app.screen
        assert isinstance(history, HistoryScreen)
        _literal(shown(history), "Hostile " + P)
        await _click_every_line(pilot)
        assert app.is_running
        table = history.query_one(DataTable)
        for row in range(2):
            table.move_cursor(row=row)
            await pilot.press("enter")
            await settle(pilot)
            view = app.screen
            assert isinstance(view, AttemptView | ScorecardScreen)
            text = _markdown_text(view)
            _literal(text, "Hostile " + P, TYPED)
            if isinstance(view, AttemptView):
                _literal(text, "Missed framing " + P)
            await _click_links(pilot, view)
            await _click_every_line(pilot)
            assert app.is_running and app.screen is view
            await pilot.press("escape")
            await settle(pilot)
        assert urls == []
    _untouched(sandbox)


async def test_a_hostile_case_through_the_peer_console(
    tmp_path: Path, hostile: Library, sandbox: Path
) -> None:
    async with opened(tmp_path, hostile, StartRequest("hostile", mode="peer"), size=(160, 50)) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, PeerScreen)
        text = shown(screen)
        _literal(text, "Prompt framing " + P, "Question " + P, "Clarified " + P)
        _literal(text, "Followup framing " + P, "Label framing " + P, "Why framing " + P)
        _literal(text, "Pitfall framing " + P, "Flag " + P, "Hostile " + P)
        _literal(text, "⚠ Named " + P)  # the flag's label in the guide, as plain text
        await pilot.press("ctrl+o")
        screen.candidate.text = f"framing thing {TYPED} bad idea"
        screen.query_one("#notes", TextArea).text = TYPED
        screen._regrade_now()
        await settle(pilot)
        _literal(shown(screen), "✔ Label framing " + P)
        _literal(shown(screen), "⚠ Named " + P)  # and in the checker's suggestions
        await pilot.press("ctrl+t", "ctrl+o", "3")
        await _click_every_line(pilot)
        assert app.is_running and app.screen is screen
        screen.go_to(WRAPUP)
        await settle(pilot)
        screen.query_one("#comm-notes", TextArea).text = TYPED
        await pilot.press("4", "down", "4", "down", "4", "down", "4")
        await _click_every_line(pilot)
        screen.finish_now()
        await settle(pilot)
        if not isinstance(app.screen, ScorecardScreen):
            await pilot.press("tab", "enter")  # "Finish and score"
            await settle(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        _literal(_markdown_text(app.screen), "Hostile " + P, TYPED, "Label data " + P)
        await _click_every_line(pilot)
        assert app.is_running
    _untouched(sandbox)


ESCAPES = "title\x1b]0;pwned\x07 clear\x1b[2J csi\x9b31m osc52\x1b]52;c;eA==\x1b\\ del\x7f end"


def _inert(pilot: Pilot[None]) -> str:
    """The screen as written to the terminal holds no control character but newlines."""
    import re

    screen = pilot.app.screen
    text = "\n".join("".join(s.text for s in strip) for strip in screen._compositor.render_strips())
    bad = re.findall("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    assert not bad, (type(screen).__name__, bad)
    return text


async def test_control_characters_in_stored_text_are_inert(
    tmp_path: Path, library: Library
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    done = store.start_attempt("fraud-detection", "Fraud")
    store.save_answer(done, "framing", ESCAPES)
    store.add_question(done, ESCAPES, ESCAPES, None)
    store.finish(done, grade(library.compiled("fraud-detection"), {"framing": ESCAPES}))
    open_ = store.start_attempt("fraud-detection", "Fraud")
    store.save_answer(open_, "framing", ESCAPES)
    store.add_question(open_, ESCAPES, ESCAPES, None)
    for aid in (done, open_):
        store.release(aid)
    store.close()
    async with opened(tmp_path, library, size=(160, 50)) as (app, pilot):
        await pilot.press("f2")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=1)  # the finished attempt (newest first)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AttemptView)
        _inert(pilot)
        from textual.containers import VerticalScroll

        app.screen.query_one(VerticalScroll).scroll_end(animate=False)
        await settle(pilot)
        assert "title\\u001b]0;pwned" in _inert(pilot)
        await pilot.press("escape")
        await settle(pilot)
        table.move_cursor(row=0)
        await pilot.press("enter")  # resumes the unfinished one: its brief or its section
        await settle(pilot)
        _inert(pilot)
        if isinstance(app.screen, BriefScreen):
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.query_one(TextArea).text == ESCAPES  # kept exactly as stored
        assert "title␛]0;pwned␇ clear␛[2J" in _inert(pilot)


async def test_control_characters_in_stored_titles_and_labels_are_inert_in_progress_and_compare(
    tmp_path: Path, library: Library
) -> None:
    """The progress screen's charts and tables and the compare screen showed a case title or a
    stored label as written: a title edited in the store to hold OSC 0 set the terminal's
    window title, and `\\x1b[2J` cleared the screen, on F5."""
    import json

    from designtrainer.review.cards import sync_attempts
    from designtrainer.tui.screens.compare import CompareScreen
    from designtrainer.tui.screens.progress import ProgressScreen

    store = Store(tmp_path / "db.sqlite3")
    answer = "Labels come from chargebacks, which arrive 30 to 90 days late."
    for _ in range(2):
        aid = store.start_attempt("fraud-detection", ESCAPES)
        store.save_answer(aid, "data", answer)
        store.finish(aid, grade(library.compiled("fraud-detection"), {"data": answer}))
    sync_attempts(store)
    for row in store.db.execute("SELECT id, result_json FROM attempts").fetchall():
        result = json.loads(row[1])
        for section in result["sections"]:
            for item in section["items"]:
                item["label"] = ESCAPES
        store.db.execute(
            "UPDATE attempts SET result_json = ? WHERE id = ?", (json.dumps(result), row[0])
        )
    store.db.execute("UPDATE cards SET label = ?", (ESCAPES,))
    store.close()
    async with opened(tmp_path, library, size=(160, 50)) as (app, pilot):
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, ProgressScreen)
        assert "title\\u001b]0;pwned" in _inert(pilot)
        await pilot.press("escape")
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("c")  # the newest attempt against the one before
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert "title\\u001b]0;pwned" in _inert(pilot)
