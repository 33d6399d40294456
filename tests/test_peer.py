"""Pilot tests for peer mock-interview mode: the interviewer's console and the scorecard."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Markdown, OptionList, Static
from tui_helpers import Clock, make_app, opened, settle, until

from designtrainer.domain.review import recommend
from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp, StartRequest
from designtrainer.tui.screens.help import HelpScreen
from designtrainer.tui.screens.history import HistoryScreen
from designtrainer.tui.screens.modals import ChoiceScreen
from designtrainer.tui.screens.peer import WRAPUP, PeerScreen
from designtrainer.tui.screens.scorecard import ScorecardScreen

CASE = "fraud-detection"
CANDIDATE = (
    "Goal: cut fraud losses without blocking good customers. The score drives approve, "
    "decline or a 3-D Secure step-up, inline at authorization within 100 ms. "
    "We'll report accuracy to the business."
)


def _peer(app: DesignTrainerApp) -> PeerScreen:
    screen = app.screen
    assert isinstance(screen, PeerScreen)
    return screen


def _text(screen: PeerScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def _option(options: OptionList, index: int) -> str:
    prompt = options.get_option_at_index(index).prompt
    return prompt.plain if isinstance(prompt, Content) else str(prompt)


async def _paste(pilot: Pilot[None], text: str) -> None:
    """Paste the candidate's notes (through the API) and wait for the checker."""
    screen = _peer(pilot.app)  # type: ignore[arg-type]
    screen.candidate.text = text

    def checked() -> bool:
        section = screen.section
        return section is not None and screen.checked.get(section, ("", None))[0] == text

    await until(pilot, checked, "checking the notes")


async def _start(pilot: Pilot[None]) -> PeerScreen:
    await settle(pilot)
    return _peer(pilot.app)  # type: ignore[arg-type]


async def test_interview_someone_from_the_picker(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library) as (app, pilot):
        app.screen.query_one(Input).value = "fraud"
        await pilot.press("f3")
        await settle(pilot)
        # Nothing is stored until the interview starts: F3 asks first.
        assert isinstance(app.screen, ChoiceScreen)
        assert app.store.attempts(mode="peer") == []
        await pilot.press("enter")  # "Start the interview" has the focus
        await settle(pilot)
        screen = _peer(app)
        assert screen.case.id == CASE and screen.step == "framing"
        assert app.focused is screen.ticks
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.mode == "peer"
        asked = screen.query_one("#asked", OptionList)
        guide = "\n".join(
            [
                _text(screen, "#guide"),
                *(_option(asked, i) for i in range(asked.option_count)),
                _text(screen, "#guide-after"),
            ]
        )
        spec = library.case(CASE).section("framing")
        assert "Read out" in guide and " ".join(spec.prompt.split())[:40] in guide
        for part in ("If the candidate asks", "Probe with", "What good looks like", "Listen for"):
            assert part in guide
        clarification = library.case(CASE).clarifications[0]
        assert clarification.question in guide and clarification.answer[:30] in guide
        assert spec.follow_ups[0][:30] in guide and spec.pitfalls[0][:30] in guide
        why = library.rubric(CASE).section_items("framing")[0].why
        assert why[:30] in guide.replace("\n", " ")
        assert "⏱ 0:00/8:00" in _text(screen, "#clock") and "45:00" in _text(screen, "#clock")
        # a solo attempt does not count: the picker lists peer attempts apart
        assert app.store.attempts(mode="solo") == []


async def test_f3_on_a_case_then_not_now_leaves_nothing_behind(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("tab", "enter")  # "Not now"
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen | PeerScreen)
        await pilot.press("f3", "escape")
        await settle(pilot)
        assert app.store.attempts() == []


async def test_clarifying_questions_asked_are_recorded_and_exported(
    tmp_path: Path, library: Library
) -> None:
    from designtrainer.render.export import attempt_markdown
    from designtrainer.tui.widgets.ticklist import TickList

    case = library.case(CASE)
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        asked = screen.query_one("#asked", TickList)
        assert asked.option_count == len(case.clarifications)
        asked.focus()
        asked.highlighted = 1
        await pilot.press("space", "down", "space", "space")  # #1 asked; #2 ticked by mistake
        await settle(pilot)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None
        assert [(q.question, q.clarification) for q in attempt.questions] == [
            (case.clarifications[1].question, 1)
        ]
        text = attempt_markdown(attempt, case)
        assert "None asked." not in text and case.clarifications[1].question in text
        assert case.clarifications[1].answer[:40] in text
        assert "Hints used" not in text  # a peer interview has no hints
        screen.go_to("data")  # the list is in every section's guide, ticks kept
        await settle(pilot)
        assert asked.selected == ["1"]
    # Resumed later, the list shows what was recorded.
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.dismiss("resume")
        await settle(pilot)
        assert _peer(app).query_one("#asked", TickList).selected == ["1"]


async def test_letters_typed_on_the_items_heard_start_a_note(
    tmp_path: Path, library: Library
) -> None:
    """The console opens on the items heard: an interviewer who starts writing there gets a
    note, not lost letters; space still ticks and a digit still rates."""
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        assert app.focused is screen.ticks
        screen.notes.text = "Clear goal."
        await pilot.press("space", "3", "G", "o", "o", "d")
        await settle(pilot)
        assert app.focused is screen.notes
        assert screen.notes.text == "Clear goal.Good"
        assert len(screen.ticks.selected) == 1
        assert "3 · lean hire" in _text(screen, "#rating")
        # keys that reach the list before the focus has moved belong to the note, space too
        screen.ticks.focus()
        await settle(pilot)
        screen.notes.text = ""
        for key in ("O", "k", "space", "9"):  # all queued before the focus moves, as typed
            app.post_message(events.Key(key, " " if key == "space" else key))
        await settle(pilot)
        assert screen.notes.text == "Ok 9" and app.focused is screen.notes
        assert len(screen.ticks.selected) == 1  # the space ticked nothing
        assert "3 · lean hire" in _text(screen, "#rating")


async def test_tick_rate_and_note_are_saved_within_a_second(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer"), save_every=0.05) as (
        app,
        pilot,
    ):
        screen = await _start(pilot)
        first = library.rubric(CASE).section_items("framing")[0]
        await pilot.press("space", "3")
        await settle(pilot)
        assert screen.ticks.selected == [first.id]
        assert str(screen.ticks.border_title).startswith("Heard 1/3 · core 1/3")
        assert "3 · lean hire" in _text(screen, "#rating")
        await pilot.press("space")  # untick, tick again
        await pilot.press("space")
        screen.notes.text = "Asked about latency first."
        await pilot.press("tab")  # to the red flags
        await settle(pilot)
        assert app.focused is screen.flags
        await pilot.press("space")
        await settle(pilot, 0.2)  # autosave ticks (every 0.05 s here), nothing else
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.peer is not None
        assert attempt.peer.ticks == {"framing": (first.id,)}
        assert attempt.peer.ratings == {"framing": 3}
        assert attempt.peer.notes == {"framing": "Asked about latency first."}
        assert attempt.peer.red_flags == ("accuracy-as-metric",)
        assert attempt.peer.recommendation is not None
        assert attempt.peer.recommendation.outcome == "lean no hire"  # 3 of 12 core items
        # digits typed in a note are text, not ratings
        screen.notes.focus()
        await pilot.press("4")
        await settle(pilot)
        assert screen.review.ratings == {"framing": 3}
        assert "4" in screen.notes.text


async def test_checker_suggestions_stay_apart_from_the_interviewers_ticks(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.focused is screen.candidate
        await _paste(pilot, CANDIDATE)
        assert screen.review.ticks.get("framing", ()) == ()  # nothing ticked for them
        assert screen.ticks.selected == []
        suggest = _text(screen, "#suggest")
        assert suggest.count("(not ticked)") == 3
        assert "⚠ Accuracy as the metric" in suggest  # a red flag found, by its label
        assert screen.ticks.border_subtitle == "checker: +3 (Ctrl+O)"
        # the interviewer ticks one by hand: the checker's list says so, the rest stay apart
        await pilot.press("ctrl+o")
        await pilot.press("space")
        await settle(pilot)
        assert _text(screen, "#suggest").count("(not ticked)") == 2
        assert screen.ticks.border_subtitle == "checker: +2 (Ctrl+O)"
        await pilot.press("ctrl+t")  # take the remaining suggestions
        await settle(pilot)
        assert len(screen.ticks.selected) == 3 and not screen.ticks.border_subtitle
        assert screen.review.red_flags == ()  # flags are never ticked for the interviewer
        await pilot.press("ctrl+n")  # every step change saves
        await settle(pilot)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("framing").answer == CANDIDATE
        assert attempt.peer is not None and len(attempt.peer.ticks["framing"]) == 3
        assert screen.step == "data" and "Paste what the candidate wrote" in _text(
            screen, "#suggest"
        )


async def test_ideas_in_another_sections_notes_are_suggested_with_where_and_named_are_not(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (_app, pilot):
        screen = await _start(pilot)
        screen.go_to("modeling")
        await settle(pilot)
        assert screen.section == "modeling"
        await pilot.press("ctrl+o")
        await settle(pilot)
        await _paste(
            pilot,
            "The goal is cutting fraud losses while keeping false declines low for good "
            "customers.\nfeature store, streaming, drift monitoring, retraining",
        )
        # the goal was pasted under Modeling: it is suggested for its Framing item, with where
        screen.go_to("framing")
        await until(pilot, lambda: "framing" in screen.checked, "checking the framing notes")
        framing = screen.checked["framing"][1].section("framing")
        goal = next(r for r in framing.items if r.item.id == "business-objective")
        assert goal.met and goal.found_in == "modeling"
        assert "business-objective" in screen._suggested()
        suggest = _text(screen, "#suggest")
        goal_line = next(line for line in suggest.splitlines() if goal.item.label in line)
        assert goal_line.startswith("✔ ") and goal_line.endswith("(found under Modeling)")
        assert "Paste what the candidate wrote" in suggest  # these notes are still empty
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert "business-objective" in screen.review.ticks["framing"]
        # the keyword list names production ideas: shown as named only, never suggested
        screen.go_to("production")
        await until(pilot, lambda: "production" in screen.checked, "checking production notes")
        production = screen.checked["production"][1].section("production")
        named = [r for r in production.items if r.named]
        assert {r.item.id for r in named} >= {"drift-monitoring", "retraining"}
        assert not any(r.item.id in screen._suggested() for r in named)
        suggest = _text(screen, "#suggest")
        for r in named:
            line = next(line for line in suggest.splitlines() if r.item.label in line)
            assert line.startswith("~ ") and "(named only)" in line
            assert line.endswith("(found under Modeling)")
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert not screen.review.ticks.get("production")


async def test_wrap_up_scorecard_and_export(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    rubric = library.rubric(CASE)
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        await pilot.press("ctrl+o")
        await _paste(pilot, CANDIDATE)
        await pilot.press("ctrl+o", "ctrl+t", "4")  # framing: all three core items
        for rating in ("3", "3", "2", "3"):  # data, modeling, evaluation, production
            await pilot.press("ctrl+n")
            await settle(pilot)
            await pilot.press("space", rating)  # the first item of each section
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.step == WRAPUP
        assert app.focused is screen.signals
        assert "stopped" in _text(screen, "#clock")
        # 1-4 rates the signal marked ▸, which stays marked: a second key corrects it.
        await pilot.press("1", "3")
        assert screen.review.communication == {"clarifying": 3}
        assert screen.signals.highlighted == 0 and "▸" in _option(screen.signals, 0)
        await pilot.press("down", "4", "down", "2", "down", "3")  # ↓ moves, explicitly
        assert screen.review.communication == {
            "clarifying": 3,
            "structure": 4,
            "tradeoffs": 2,
            "time": 3,
        }
        assert "▸" in _option(screen.signals, 3) and "▸" not in _option(screen.signals, 0)
        screen.comm_notes.text = "Structured; rushed the trade-offs."
        await settle(pilot)
        guide = _text(screen, "#guide")
        assert "Recommendation so far: lean no hire" in guide
        assert "Problem framing: 4 · strong hire, core 3/3" in guide
        await pilot.press("ctrl+n")  # everything is rated: straight to the scorecard
        await settle(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.finished and attempt.peer is not None
        # The interviewer's ticks are the candidate's: none became the interviewer's review
        # cards (tests/test_peer_not_mine.py).
        assert app.store.review_log() == [] and app.store.cards() == []
        assert attempt.peer.ratings == {
            "framing": 4,
            "data": 3,
            "modeling": 3,
            "evaluation": 2,
            "production": 3,
        }
        assert attempt.peer.communication == {
            "clarifying": 3,
            "structure": 4,
            "tradeoffs": 2,
            "time": 3,
        }
        assert attempt.peer.communication_notes == "Structured; rushed the trade-offs."
        expected = recommend(attempt.peer, rubric.items, rubric.red_flags)
        assert attempt.peer.recommendation == expected
        assert expected.outcome == "lean no hire"  # mean 3, but only 6 of 12 core items
        assert "only 6 of 12 core items ticked (50%)" in expected.why
        # the stored grade is the interviewer's ticks, quoting the notes where they agree
        assert attempt.result is not None
        assert attempt.result.levels[0].met == 6  # core
        framing = attempt.result.section("framing").items
        assert all(r.met and r.evidence for r in framing)
        assert [h.flag.id for h in attempt.result.red_flags] == ["accuracy-as-metric"]
        card = app.screen.query_one(Markdown).source
        assert "**Recommendation: lean no hire**" in card
        assert "| Problem framing | 4 · strong hire | 3/3 | — | — | 0:00 / 8:00 |" in card
        assert "| Data | 3 · lean hire | 1/3 | 0/1 | — | 0:00 / 10:00 |" in card
        assert "| **All** | mean 3 | **6/12** (50%) |" in card
        assert "| Trade-offs | 2 · lean no hire |" in card
        assert "## Gaps (core items not heard)" in card and "Fraud is rare" in card
        assert "Accuracy is meaningless" in card and "in the candidate's notes" in card
        assert "> Structured; rushed the trade-offs." in card
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#folder", Input).value = str(tmp_path)
        await pilot.click("#export")
        await settle(pilot)
        exported = list(tmp_path.glob("fraud-detection-*-peer.md"))
        assert len(exported) == 1
        text = exported[0].read_text(encoding="utf-8")
        assert "## Peer review" in text and "**Recommendation: lean no hire**" in text
        assert "| Problem framing | 4 · strong hire | Goal: cut fraud losses" in text
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "PickerScreen"
        assert attempt.id in [s.id for s in app.store.attempts(mode="peer", finished=True)]


async def test_finishing_with_ratings_missing_asks_first(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        screen.go_to(WRAPUP)
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert "9 ratings still missing" in app.screen.question
        app.screen.dismiss("rate")
        await settle(pilot)
        assert app.screen is screen and screen.step == WRAPUP
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.dismiss("finish")
        await settle(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        assert "**Recommendation: none yet**" in app.screen.query_one(Markdown).source


async def test_resume_after_the_app_is_closed(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("down", "space", "2")
        screen.notes.text = "Missed label delay."
        screen.candidate.text = "Chargebacks arrive 60 days later."
        await settle(pilot)
        await pilot.press("ctrl+q")  # quit without waiting for the autosave tick
    second = library.rubric(CASE).section_items("data")[1].id
    async with opened(tmp_path, library) as (app, pilot):
        app.screen.query_one(Input).value = "fraud"
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("enter")  # "Resume it" is focused
        await settle(pilot)
        screen = _peer(app)
        assert screen.step == "data"
        assert screen.ticks.selected == [second]
        assert screen.review.ratings == {"data": 2}
        assert screen.notes.text == "Missed label delay."
        assert screen.candidate.text == "Chargebacks arrive 60 days later."
        assert "2 · lean no hire" in _text(screen, "#rating")
        await pilot.press("escape")  # back to the picker: saved and released
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        row = [str(c) for c in app.screen.query_one(DataTable).get_row_at(0)]
        assert "peer" in row and "unfinished" in row
        await pilot.press("enter")  # history opens it in peer mode again
        await settle(pilot)
        assert _peer(app).step == "data"
    assert len(Store(tmp_path / "db.sqlite3").attempts(mode="peer")) == 1


async def test_a_new_interview_when_one_is_unfinished(tmp_path: Path, library: Library) -> None:
    store = Store(tmp_path / "db.sqlite3")
    old = store.start_attempt(CASE, "Fraud", mode="peer")
    store.release(old)
    store.close()
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.dismiss("new")
        await settle(pilot)
        assert _peer(app).attempt_id != old
        assert len(app.store.attempts(mode="peer", finished=False)) == 2


async def test_history_opens_a_finished_interview_as_its_scorecard(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        await pilot.press("space", "4")
        screen.finish_now()
        await settle(pilot)
        app.screen.dismiss("finish")  # type: ignore[attr-defined]
        await settle(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        first = app.screen.query_one(Markdown).source
        await pilot.press("escape", "f2")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        assert app.screen.query_one(Markdown).source == first


async def test_overrun_turns_the_clock_red_and_nudges(tmp_path: Path, library: Library) -> None:
    frozen = Clock()
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer"), clock=frozen) as (
        app,
        pilot,
    ):
        screen = await _start(pilot)
        frozen.now += 9 * 60
        screen._tick()  # the autosave interval, without waiting for it
        await settle(pilot)
        clock = _text(screen, "#clock")
        assert "9:00/8:00 +1:00" in clock and "total 9:00/45:00" in clock
        assert any("over its 8-minute budget" in n.message for n in app._notifications)
        screen.go_to("data")  # the time is kept per section
        await settle(pilot)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("framing").seconds == 9 * 60


async def test_help_lists_the_interviewers_keys(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer")) as (app, pilot):
        screen = await _start(pilot)
        titles = [c.title for c in app.get_system_commands(screen)]
        assert "Go to: Wrap-up" in titles and "Finish and see the scorecard" in titles
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one(Markdown).source
        assert "Ctrl+O | Candidate notes" in keys and "Ctrl+T | Tick suggested" in keys


def test_the_peer_command_opens_the_console(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from designtrainer.cli import interview as cli_peer
    from designtrainer.cli.common import UsageError

    parser = argparse.ArgumentParser(prog="designtrainer")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--cases-dir", action="append", default=argparse.SUPPRESS)
    cli_peer.add_commands(parser.add_subparsers(dest="command"), common)
    started: list[object] = []
    monkeypatch.setattr(cli_peer, "run_tui", lambda args, start=None: started.append(start) or 0)
    for argv in (["peer", CASE], ["peer"]):
        args = parser.parse_args(argv)
        assert args.func(args) == 0
    assert started == [StartRequest(CASE, mode="peer"), None]
    args = parser.parse_args(["peer", "no-such-case"])
    with pytest.raises(UsageError, match="unknown case"):
        args.func(args)


# -- snapshots --------------------------------------------------------------------------------


async def _console(pilot: Pilot[None]) -> None:
    screen = await _start(pilot)
    screen.candidate.cursor_blink = False
    screen.notes.cursor_blink = False
    await pilot.press("space", "3")
    screen.notes.text = "Asked about latency and the base rate first."
    await settle(pilot)


def test_console_snapshot(snap_compare, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, library, StartRequest(CASE, mode="peer"))
    assert snap_compare(app, terminal_size=(100, 32), run_before=_console)


async def _scorecard(pilot: Pilot[None]) -> None:
    screen = await _start(pilot)
    screen.candidate.text = CANDIDATE
    await pilot.press("space", "space", "4")  # tick, untick
    for rating in ("3", "2", "3", "3"):
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("space", rating)
    await pilot.press("ctrl+n")
    await settle(pilot)
    await pilot.press("3", "down", "3", "down", "4", "down", "2")
    screen.comm_notes.text = "Clear structure; ran over in modeling."
    await pilot.press("ctrl+n")
    await settle(pilot)


def test_scorecard_snapshot(snap_compare, tmp_path: Path, library: Library) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, library, StartRequest(CASE, mode="peer"))
    assert snap_compare(app, terminal_size=(100, 32), run_before=_scorecard)


async def test_a_signal_rating_is_never_split_across_lines_at_80_columns(
    tmp_path: Path, library: Library
) -> None:
    """The wrap-up's column is narrow at 80x24: "Structure  2 · lean no hire" wrapped inside
    the rating ("lean no" / "hire"). A row too wide puts its rating on a line of its own."""
    import re

    async with opened(tmp_path, library, StartRequest(CASE, mode="peer"), size=(80, 24)) as (
        _app,
        pilot,
    ):
        screen = await _start(pilot)
        for _ in range(5):
            await pilot.press("ctrl+n")
            await settle(pilot)
        assert screen.step == WRAPUP
        await pilot.press("1", "down", "2", "down", "3", "down", "4")
        await settle(pilot)
        signals = screen.signals
        lines = [line.text for line in signals.render_lines(signals.region.reset_offset)]
        inside = "\n".join(line[1:-1] for line in lines[1:-1])  # within the border
        labels = r"[1-4] · (?:strong no hire|lean no hire|lean hire|strong hire)"
        assert len(re.findall(labels, inside)) == 4, lines
