"""Pilot tests for the drill, progress and compare screens (text set through the API, keys
pressed only for bindings, the autosave timer called directly instead of waited for)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, Sparkline, Static, TextArea
from tui_helpers import finish, make_app, opened, settle

from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library
from designtrainer.render.formatting import pct
from designtrainer.review.cards import record_attempt
from designtrainer.review.drill import DrillPlan, plan_drill
from designtrainer.review.progress import progress_rows
from designtrainer.store.db import Store
from designtrainer.tui.app import DrillRequest, StartRequest, Timing
from designtrainer.tui.screens.compare import CompareScreen
from designtrainer.tui.screens.drill import DrillScreen
from designtrainer.tui.screens.history import HistoryScreen
from designtrainer.tui.screens.picker import PickerScreen
from designtrainer.tui.screens.progress import ProgressScreen
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.screens.summary import SummaryScreen

CASE = "fraud-detection"
PAST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MISSED_DATA = "Fraud is rare, about 0.1%: heavy class imbalance."


def _seed(store: Store, library: Library, answers: dict[str, str], at: datetime | None) -> int:
    aid = store.start_attempt(CASE, library.case(CASE).title)
    for sid, text in answers.items():
        store.save_answer(aid, sid, text)
    store.finish(aid, grade(library.compiled(CASE), answers))
    store.release(aid)
    attempt = store.get(aid)
    assert attempt is not None
    if at is not None:
        record_attempt(store, attempt, now=at)
    return aid


def _text(screen: DrillScreen, widget_id: str) -> str:
    return str(screen.query_one(widget_id, Static).render())


async def test_drill_answer_check_rate_and_save(tmp_path: Path, library: Library) -> None:
    app = make_app(tmp_path, library, DrillRequest(None, 2))
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        assert len(screen.plan.cards) == 2
        card = screen.card
        assert card.record is not None and card.record.last_rating == "again"
        assert library.case(CASE).title in _text(screen, "#where")
        assert "Data" in _text(screen, "#where")
        assert card.item.question  # every bundled item has its own drill question
        assert _text(screen, "#question") == card.item.question
        assert card.item.label not in _text(screen, "#question")  # named only after checking
        # Digits are text while answering: the rating keys are not live yet.
        await pilot.press("1")
        assert screen.area.text == "1" and screen.phase == "answer"
        answer = "Chargebacks arrive weeks late, so recent labels are missing and noisy."
        screen.area.text = answer
        screen.autosave()  # what the one-second timer does
        drill = app.store.open_drill_answer(card.case.id, card.item.id)
        assert drill.answer == answer
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert screen.phase == "rate" and screen.result is not None
        result = _text(screen, "#result")
        assert card.item.label in result and card.item.why.strip()[:40] in result
        suggested = screen.rating
        assert suggested == ("good" if screen.result.met else "again")
        assert "Enter saves" in _text(screen, "#rating")
        await pilot.press("4")
        assert screen.rating == "easy" and "Enter saves Easy" in _text(screen, "#rating")
        await pilot.press("2")
        await pilot.press("enter")
        await settle(pilot)
        [log] = [r for r in app.store.review_log() if r.source == "drill"]
        assert (log.case_id, log.item_id, log.rating) == (CASE, card.item.id, "hard")
        saved = app.store.drill_answer(drill.id)
        assert saved is not None and saved.answer == answer and saved.rating == "hard"
        assert screen.index == 1 and screen.phase == "answer" and screen.area.text == ""
        await pilot.press("ctrl+s")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.phase == "done"
        summary = _text(screen, "#result")
        assert "2 cards reviewed" in summary and "hard 1" in summary and "next " in summary
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)


async def test_stopping_keeps_the_text_and_the_card_due(tmp_path: Path, library: Library) -> None:
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        assert Timing().save_every <= 2  # the drill autosaves on the app's interval
        key = (screen.card.case.id, screen.card.item.id)
        screen.area.text = "half a thought"
        await pilot.press("escape")  # leaving saves without waiting for the timer
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        assert app.store.open_drill_answer(*key).answer == "half a thought"
        assert not [r for r in app.store.review_log() if r.source == "drill"]
        assert app.open_drill(CASE, 1)
        await settle(pilot)
        again = app.screen
        assert isinstance(again, DrillScreen)
        assert (again.card.case.id, again.card.item.id) == key
        assert again.area.text == "half a thought"


async def test_the_drill_autosaves_on_the_apps_interval(tmp_path: Path, library: Library) -> None:
    """The drill takes the app's `Timing.save_every` (short here), not an interval of its own."""
    app = make_app(tmp_path, library, DrillRequest(CASE, 1), save_every=0.05)
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        key = (screen.card.case.id, screen.card.item.id)
        screen.area.text = "typed, not yet checked"
        await settle(pilot, 0.3)  # autosave ticks (every 0.05 s here; the real one is 1 s)
        assert app.store.open_drill_answer(*key).answer == "typed, not yet checked"
        assert screen.phase == "answer"  # saved by the interval alone, nothing was pressed


async def test_case_text_is_never_markup(tmp_path: Path, library: Library) -> None:
    plan = plan_drill(library, [], PAST, case_id=CASE, item_id="label-delay")
    [card] = plan.cards
    sneaky = "[bold red]Labels[/] arrive late [link=x]"
    item = replace(card.item, label=sneaky, why="[b]why[/b]", question="[i]When[/i] labels?")
    case = replace(card.case, title="Fraud [reverse]x[/reverse]")
    async with opened(tmp_path, library, size=(120, 36)) as (app, pilot):
        screen = DrillScreen(DrillPlan((replace(card, item=item, case=case),), ""))
        await app.push_screen(screen)
        await settle(pilot)
        assert "Fraud [reverse]x[/reverse]" in _text(screen, "#where")
        assert _text(screen, "#question") == "[i]When[/i] labels?"
        assert not screen.query_one("#stand-in").display
        screen.area.text = "nothing useful"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert sneaky in _text(screen, "#result") and "[b]why[/b]" in _text(screen, "#result")


async def test_case_text_and_the_answer_are_inert_in_the_drill(
    tmp_path: Path, library: Library
) -> None:
    """The drill showed case text and the answer's quotes as written: U+202E in a shared
    pack's title, label or question reversed the line, and an escape sequence pasted into the
    answer reached the terminal in "The words that earned it". Shown as `\\u202e` and
    `\\u001b`, as every other screen shows them."""
    import re

    plan = plan_drill(library, [], PAST, case_id=CASE, item_id="label-delay")
    [card] = plan.cards
    item = replace(
        card.item,
        label="Labels \u202elate",
        why="why \u2066x\u2069",
        question="When \u061cdo labels arrive?",
    )
    case = replace(card.case, title="Fraud \u202eevil")
    async with opened(tmp_path, library, size=(120, 36)) as (app, pilot):
        screen = DrillScreen(DrillPlan((replace(card, item=item, case=case),), ""))
        await app.push_screen(screen)
        await settle(pilot)
        assert "Fraud \\u202eevil" in _text(screen, "#where")
        assert _text(screen, "#question") == "When \\u061cdo labels arrive?"
        answer = "Chargebacks \x1b]0;pwned\x07 arrive weeks late, so labels are delayed."
        screen.area.text = answer
        await pilot.press("ctrl+s")
        await settle(pilot)
        result = _text(screen, "#result")
        assert "Labels \\u202elate" in result and "why \\u2066x\\u2069" in result
        assert "\\u001b]0;pwned\\u0007" in result, result
        assert not re.findall("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e\u2066\u061c]", result)
        assert screen.area.text == answer  # kept exactly as typed
        await pilot.press("enter")
        await settle(pilot)
        assert screen.phase == "done"
        summary = _text(screen, "#result")
        assert "Fraud \\u202eevil" in summary and "Labels \\u202elate" in summary


async def test_picker_f4_drills_the_highlighted_case_when_nothing_is_due(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, size=(120, 36)) as (app, pilot):
        app.screen.query_one(Input).value = "spam"
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        assert {c.case.id for c in screen.plan.cards} == {"spam-detection"}
        assert all(c.record is None for c in screen.plan.cards)


async def test_f4_with_nothing_to_drill_says_when_the_next_card_is_due(
    tmp_path: Path, library: Library
) -> None:
    """Every idea of the attempted case has a card, none due: the picker said only "Nothing
    is due for review", where `designtrainer drill` says when the next card comes back."""
    from datetime import timedelta

    app = make_app(tmp_path, library)
    answers = dict.fromkeys(("framing", "data", "modeling", "evaluation", "production"), "x")
    _seed(app.store, library, answers, datetime.now(UTC) + timedelta(days=1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one(Input).value = "fraud"
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        [said] = [n.message for n in app._notifications]
        assert said.startswith("Nothing is due for review; the next card is due "), said


async def test_progress_chart_heat_map_and_drilling_a_weak_idea(
    tmp_path: Path, library: Library
) -> None:
    app = make_app(tmp_path, library)
    _seed(app.store, library, {"data": "Fraud is rare."}, PAST)
    _seed(app.store, library, {"data": MISSED_DATA, "framing": "Cut fraud losses."}, PAST)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ProgressScreen)
        [chart] = screen.query(Sparkline)
        assert list(chart.data or []) == sorted(chart.data or [])  # the score went up
        heat = screen.query_one("#heat", DataTable)
        assert heat.row_count == 1
        latest = dict(progress_rows(app.store)[-1].sections)
        assert [str(cell).strip() for cell in heat.get_row_at(0)[1:3]] == [
            pct(latest["framing"]),
            pct(latest["data"]),
        ]
        weak = screen.query_one("#weak", DataTable)
        assert weak.row_count > 0
        first = weak.coordinate_to_cell_key(weak.cursor_coordinate).row_key.value
        assert first is not None
        case_id, item_id = str(first).split("\t")
        await pilot.press("enter")
        await settle(pilot)
        drill = app.screen
        assert isinstance(drill, DrillScreen)
        assert [(c.case.id, c.item.id) for c in drill.plan.cards] == [(case_id, item_id)]


async def test_history_compares_with_the_previous_attempt(tmp_path: Path, library: Library) -> None:
    app = make_app(tmp_path, library)
    first = _seed(app.store, library, {"data": "Fraud is rare, about 0.1%."}, None)
    second = _seed(app.store, library, {"data": "Chargebacks arrive weeks late."}, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("c")  # the newest attempt is highlighted
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert (screen.comparison.a.id, screen.comparison.b.id) == (first, second)
        lines = [
            "".join(str(s.render()) for s in line.query(Static)) for line in screen.query(".line")
        ]
        assert any(line.startswith("  + gained: Labels (chargebacks, disputes)") for line in lines)
        await pilot.press("escape")
        await settle(pilot)
        app.screen.query_one(DataTable).move_cursor(row=1)  # the first attempt: none before it
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)


async def test_finishing_a_solo_attempt_reviews_its_cards(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest(CASE)) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "We cut fraud losses and keep false declines low."
        await pilot.press("ctrl+g")  # a hint in framing: its met items are rated hard
        await finish(pilot)
        assert isinstance(app.screen, SummaryScreen)
        cards = {c.item_id: c for c in app.store.cards()}
        assert set(cards) == {i.id for i in library.rubric(CASE).section_items("framing")}
        assert cards["business-objective"].last_rating == "hard"
        assert cards["decision-actions"].last_rating == "again"


async def test_palette_offers_drill_and_progress(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, size=(120, 36)) as (app, pilot):
        titles = {c.title: c for c in app.get_system_commands(app.screen)}
        titles["Progress"].callback()
        await settle(pilot)
        assert isinstance(app.screen, ProgressScreen)
        empty = str(app.screen.query_one("#empty", Static).render())
        assert "No finished attempts yet" in empty


async def test_the_drill_on_a_full_disk_keeps_the_text_and_says_so(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drill's autosave, leaving and rating write to the store: on a full disk each was a
    traceback that closed the app with what was typed. Now saving is retried, leaving waits
    until the text is saved, and nothing typed is lost."""
    import sqlite3

    from designtrainer.store.db import StoreError, _explain

    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)
    disk_full = [True]
    said: list[str] = []
    for name in ("save_drill_answer", "review_cards"):
        real = getattr(app.store, name)

        def fake(*args: object, _real: Any = real, **kwargs: object) -> object:
            if disk_full[0]:
                full = sqlite3.OperationalError("database or disk is full")
                raise StoreError(_explain(tmp_path / "db.sqlite3", full))
            return _real(*args, **kwargs)

        monkeypatch.setattr(app.store, name, fake)
    async with app.run_test(size=(80, 24)) as pilot:
        monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        key = (screen.card.case.id, screen.card.item.id)
        screen.area.text = "typed on a full disk"
        screen.autosave()  # the interval's tick
        await settle(pilot)
        assert app.is_running and any("disk is full" in message for message in said), said
        await pilot.press("escape")  # leaving would drop the text: refused while it fails
        await settle(pilot)
        assert app.is_running and app.screen is screen
        assert screen.area.text == "typed on a full disk"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("enter")  # the rating cannot be stored either: said, no traceback
        await settle(pilot)
        assert app.is_running and app.screen is screen
        disk_full[0] = False
        screen.autosave()
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, PickerScreen)
        assert app.store.open_drill_answer(*key).answer == "typed on a full disk"


async def test_the_drill_opens_on_a_full_disk(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Showing a card keeps a row for its answer, a write: on a full disk the card is still
    shown (and the person told that what they type is not kept), not a traceback."""
    import sqlite3

    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)

    def full(*_args: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app.store, "open_drill_answer", full)
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, DrillScreen)
        assert any("not saved" in message and "disk is full" in message for message in said)
        app.screen.area.text = "still typeable"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)


async def test_f4_on_a_full_disk_drills_the_cards_already_recorded(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the drill first turns finished attempts not yet recorded (an import) into
    cards, a write: on a full disk F4 was a traceback; now it says so and drills the rest."""
    import sqlite3

    app = make_app(tmp_path, library)
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)  # recorded: due now
    _seed(app.store, library, {"data": MISSED_DATA}, None)  # finished, not recorded yet

    def full(*_args: object, **_kwargs: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app.store, "review_cards", full)
    said: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: said.append(str(message)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, DrillScreen)
        assert any("disk is full" in message for message in said), said


async def test_quitting_a_drill_on_a_full_disk_writes_the_answer_to_a_file(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quitting (or an error ending the app) while the drill's answer cannot be saved writes
    it to a file and says where, as the interview screens do: it was lost."""
    import sqlite3

    out = tmp_path / "home" / "exports"  # where exports go without a ~/Documents
    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    app = make_app(tmp_path, library, DrillRequest(CASE, 1))
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)

    def full(*_args: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app.store, "save_drill_answer", full)
    said: list[object] = []
    real_exit = app.exit
    monkeypatch.setattr(app, "exit", lambda **kw: (said.append(kw.get("message")), real_exit(**kw)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        screen.area.text = "typed on a full disk, then quit"
        await pilot.press("ctrl+q")
    [copy] = list(out.iterdir())
    assert "typed on a full disk, then quit" in copy.read_text()
    assert len(said) == 1 and str(copy) in str(said[0])


@pytest.mark.parametrize("width", [80, 60])
async def test_the_rating_choices_and_the_card_status_wrap_whole(
    tmp_path: Path, library: Library, width: int
) -> None:
    """At 80 columns the four choices are wider than the line; Textual wrapped at any space,
    so the last choice broke in two ("4 Easy · in" / "11 d")."""
    import re

    app = make_app(tmp_path, library, DrillRequest(None, 2))
    _seed(app.store, library, {"data": MISSED_DATA}, PAST)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        rating = app.screen.query_one("#rating")
        lines = [line.text for line in rating.render_lines(rating.region.reset_offset)]
        choice = r"[1-4] (?:Again|Hard|Good|Easy) · (?:now|tomorrow|in \d+ [hd]|overdue \d+ d)"
        assert sum(len(re.findall(choice, line)) for line in lines) == 4, lines
        assert any("Enter saves" in line for line in lines)
        # The card's place and status above it, likewise whole ("due" / "now" were split).
        where = app.screen.query_one("#where")
        lines = [line.text for line in where.render_lines(where.region.reset_offset)]
        assert any(
            re.search(
                r"card 1 of 2 · (?:new|overdue \d+ d|due (?:now|in \d+ [hd]|tomorrow))\s*$", line
            )
            for line in lines
        ), lines
