"""Pilot tests for every solo flow: pick, brief, write with live ticks, hints, submit, summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static, TextArea
from tui_helpers import finish, make_app, opened, settle, until, write
from tui_helpers import shown as screen_text

from designtrainer.clarify import NO_MATCH_ANSWER
from designtrainer.domain.settings import EXAM_MODE, THEME
from designtrainer.loading.library import Library
from designtrainer.store import codec
from designtrainer.store.db import Store
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.brief import BriefScreen
from designtrainer.tui.screens.help import HelpScreen
from designtrainer.tui.screens.history import AttemptView, HistoryScreen
from designtrainer.tui.screens.modals import ChoiceScreen, TextScreen
from designtrainer.tui.screens.picker import PickerScreen
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.screens.summary import SummaryScreen
from designtrainer.tui.widgets.checklist import Checklist

FRAMING = (
    "The goal is cutting fraud losses while keeping false declines low for good customers. "
    "The score drives approve, decline or step-up with 3-D Secure. We score inline at "
    "authorization within about 100 ms."
)


async def _start(pilot, case_filter: str = "fraud") -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    pilot.app.screen.query_one(Input).value = case_filter
    await pilot.press("enter")
    await settle(pilot)


async def test_pick_filter_and_start(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library) as (app, pilot):
        assert isinstance(app.screen, PickerScreen)
        assert app.screen.query_one(DataTable).row_count == len(library.cases)
        app.screen.query_one(Input).value = "spam"
        await settle(pilot)
        assert app.screen.query_one(DataTable).row_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BriefScreen)
        assert app.screen.case.id == "spam-detection"


async def test_enter_starts_the_highlighted_case_and_a_new_filter_starts_at_the_top(
    tmp_path: Path, library: Library
) -> None:
    # Enter refills the table (typing and Enter can arrive together); it used to put the
    # cursor back on the first row, so Down, Down, Enter opened the first case.
    async with opened(tmp_path, library) as (app, pilot):
        picker = app.screen
        table = picker.query_one(DataTable)
        await pilot.press("down", "down")
        await settle(pilot)
        third = str(table.coordinate_to_cell_key((2, 0)).row_key.value)
        assert table.cursor_row == 2
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BriefScreen)
        assert app.screen.case.id == third
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is picker and table.cursor_row == 2  # back where the person was
        picker.query_one(Input).value = "e"
        await settle(pilot)
        first_match = str(table.coordinate_to_cell_key((0, 0)).row_key.value)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BriefScreen)
        assert app.screen.case.id == first_match


async def test_clarifying_questions_are_answered_and_recorded(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library) as (app, pilot):
        await _start(pilot)
        brief = app.screen
        assert isinstance(brief, BriefScreen)
        for question in ("What's the latency budget?", "What colour is the logo?"):
            brief.query_one(Input).value = question
            await pilot.press("enter")
            await settle(pilot)
        attempt = app.store.get(brief.attempt_id)
        assert attempt is not None
        asked = attempt.questions
        case = library.case("fraud-detection")
        assert asked[0].clarification is not None
        case_brief = brief.query_one("#case-brief", Static).render()
        assert " ".join(str(case_brief).split()) == " ".join(
            library.case("fraud-detection").brief.split()
        )
        assert "downsampl" not in screen_text(brief) and "calibration" not in screen_text(brief)
        assert asked[0].answer == case.clarifications[asked[0].clarification].answer
        assert (asked[1].clarification, asked[1].answer) == (None, NO_MATCH_ANSWER)
        shown = " ".join(str(w.render()) for w in brief.query(Static))
        assert "latency budget" in shown
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.section == "framing"


async def test_typing_ticks_items_and_shows_evidence(tmp_path: Path, library: Library) -> None:
    start = StartRequest("fraud-detection")
    async with opened(tmp_path, library, start, save_every=0.05) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert app.focused is screen.query_one(TextArea)
        await write(pilot, FRAMING)
        title = str(screen.query_one("#checklist-title", Static).render())
        assert title.startswith("Checklist 3/3")
        checklist = screen.query_one(Checklist)
        checklist.focus()
        checklist.highlighted = 0
        await settle(pilot)
        panel = str(screen.query_one("#evidence", Static).render())
        assert "Ticked because you wrote" in panel
        result = screen.results["framing"].items[0]
        ev = result.evidence[0]
        assert ev.text == FRAMING[ev.start : ev.end] and ev.text in panel
        area = screen.query_one(TextArea)
        assert area.selection.is_empty  # shown in the Why panel, never selected in the answer
        # nothing waits on grading: the answer was saved by the autosave tick (0.05 s here)
        await settle(pilot, 0.2)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("framing").answer == FRAMING


async def test_the_checklist_is_rebuilt_only_when_a_line_changes(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await write(pilot, FRAMING)
        checklist = screen.query_one(Checklist)
        first = checklist.get_option_at_index(0)
        assert first.prompt.plain.startswith("✔")
        await write(pilot, FRAMING + " More words that tick nothing new.")
        assert screen.graded_text["framing"].endswith("nothing new.")
        assert checklist.get_option_at_index(0) is first  # same ticks: options kept
        await write(pilot, "Nothing here.")
        assert not checklist.get_option_at_index(0).prompt.plain.startswith("✔")


async def test_negated_mentions_do_not_tick(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "production")) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await write(pilot, "We won't retrain the model; it should be stable.")
        retraining = next(
            r for r in screen.results["production"].items if r.item.id == "retraining"
        )
        assert not retraining.met and retraining.evidence[0].negated


def _options(checklist: Checklist) -> dict[str, str]:
    return {
        str(checklist.get_option_at_index(i).id): checklist.get_option_at_index(i).prompt.plain
        for i in range(checklist.option_count)
    }


async def test_a_keyword_list_shows_named_marks_not_ticks(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "production")) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await write(pilot, "feature store, streaming, drift monitoring, retraining")
        checklist = screen.query_one(Checklist)
        lines = _options(checklist)
        named = [r for r in screen.results["production"].items if r.named]
        assert {r.item.id for r in named} >= {"drift-monitoring", "retraining"}
        for r in named:
            assert lines[r.item.id].startswith("~ ") and "named, say why" in lines[r.item.id]
        assert not any(line.startswith("✔") for line in lines.values())
        title = str(screen.query_one("#checklist-title", Static).render())
        assert title.startswith("Checklist 0/") and f"{len(named)} named" in title
        checklist.focus()
        checklist.highlighted = [r.item.id for r in screen.results["production"].items].index(
            "retraining"
        )
        await settle(pilot)
        panel = str(screen.query_one("#evidence", Static).render())
        retraining = next(
            r.item for r in screen.results["production"].items if r.item.id == "retraining"
        )
        assert "Named, say why" in panel and "retraining" in panel
        assert " ".join(retraining.why.split()) in " ".join(panel.split())


async def test_exam_mode_hides_named_marks_too(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "production")) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await pilot.press("ctrl+o")
        await write(pilot, "feature store, streaming, drift monitoring, retraining")
        lines = _options(screen.query_one(Checklist))
        assert all(line.startswith("· ") and "named" not in line for line in lines.values())


async def test_an_idea_under_another_section_ticks_its_item_with_where(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "modeling")) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        goal = (
            "The goal is cutting fraud losses while keeping false declines low for good customers."
        )
        await write(pilot, goal)
        screen.go_to("framing")  # back to Problem framing, which is empty
        await settle(pilot)
        assert screen.section == "framing"
        await until(pilot, lambda: "framing" in screen.results, "grading the framing section")
        result = next(
            r for r in screen.results["framing"].items if r.item.id == "business-objective"
        )
        assert result.met and result.found_in == "modeling"
        checklist = screen.query_one(Checklist)
        line = _options(checklist)["business-objective"]
        assert line.startswith("✔ ") and line.endswith("(found under Modeling)")
        checklist.focus()
        checklist.highlighted = [r.item.id for r in screen.results["framing"].items].index(
            "business-objective"
        )
        await settle(pilot)
        panel = str(screen.query_one("#evidence", Static).render())
        assert "Ticked (found under Modeling) because you wrote" in panel
        assert result.evidence[0].text in panel


async def test_hint_ladder(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        hints = library.case("fraud-detection").section("data").hints
        await pilot.press("ctrl+g")
        coach = str(screen.query_one("#coach", Static).render())
        assert hints[0][:30] in coach.replace("\n", " ") and hints[1][:30] not in coach
        await pilot.press("ctrl+g", "ctrl+g", "ctrl+g")
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("data").hints_used == 3


async def test_submit_reveals_follow_ups_and_unlocks_reference(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        follow_up = library.case("fraud-detection").section("framing").follow_ups[0]
        await pilot.press("ctrl+r")
        assert not isinstance(app.screen, TextScreen)  # locked before submitting
        assert follow_up[:25] not in str(screen.query_one("#coach", Static).render())
        await pilot.press("ctrl+s")
        coach = str(screen.query_one("#coach", Static).render()).replace("\n", " ")
        assert follow_up[:25] in coach
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, TextScreen)
        assert "Reference answer" in app.screen.title_text


async def test_exam_mode_hides_ticks_until_submit_and_is_remembered(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await pilot.press("ctrl+o")
        await write(pilot, FRAMING)
        checklist = screen.query_one(Checklist)
        evidence = screen.query_one("#evidence", Static)
        # not just the ticks: no item label and no why is on screen before submitting
        assert not checklist.display and not evidence.display
        assert screen.query_one("#exam-note", Static).display
        assert "hidden" in str(screen.query_one("#checklist-title", Static).render())
        await pilot.press("ctrl+l")  # the hidden checklist cannot take the focus
        assert app.focused is screen.query_one(TextArea)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert checklist.display and evidence.display
        assert not screen.query_one("#exam-note", Static).display
        lines = [
            str(checklist.get_option_at_index(i).prompt) for i in range(checklist.option_count)
        ]
        assert all(line.startswith("✔ ") for line in lines)
    assert Store(tmp_path / "db.sqlite3").setting(EXAM_MODE) is True


async def test_summary_figures(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = FRAMING
        await pilot.press("ctrl+g")
        await finish(pilot)
        assert isinstance(app.screen, SummaryScreen)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.finished
        assert attempt.result is not None
        assert attempt.result.section("framing").score == 1.0
        from textual.widgets import Markdown

        text = app.screen.query_one(Markdown).source
        overall = round(attempt.result.score * 100)
        assert f"**Overall: {overall}%**" in text
        assert "hints used 1" in text and "clarifying questions 0" in text
        assert "You asked no clarifying questions" in text
        assert "| Problem framing | 100% |" in text
        assert "## What you missed" in text


async def test_history_open_and_delete(tmp_path: Path, library: Library) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("fraud-detection", "Real-time card payment fraud detection")
    store.save_answer(aid, "data", "chargebacks arrive 60 days later")
    # one of four items (equal weights) met: 25%
    items = [{"id": str(n), "met": n == 0} for n in range(4)]
    store.finish(aid, codec.result_from_json({"sections": [{"id": "data", "items": items}]}))
    store.close()
    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        assert "25%" in [str(c) for c in table.get_row_at(0)]
        assert str(table.get_row_at(0)[0]) == str(aid)  # the id `export ID` needs
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AttemptView)
        await pilot.press("escape")
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        app.screen.dismiss("delete")
        await settle(pilot)
        assert app.store.attempts() == []


async def test_history_pages_a_long_history_newest_first(tmp_path: Path, library: Library) -> None:
    from designtrainer.tui.screens.history import PAGE

    store = Store(tmp_path / "db.sqlite3")
    ids = [store.start_attempt("fraud-detection", f"Fraud {n}") for n in range(PAGE + 5)]
    store.close()
    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f2")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == PAGE
        assert str(table.get_row_at(0)[1]) == f"Fraud {PAGE + 4}"  # newest first
        table.move_cursor(row=PAGE - 1)  # reaching the last row shown brings the rest
        await settle(pilot)
        assert table.row_count == PAGE + 5
        assert [str(table.get_row_at(r)[1]) for r in (PAGE, PAGE + 4)] == ["Fraud 4", "Fraud 0"]
        assert ids[0] == int(table.coordinate_to_cell_key((PAGE + 4, 0)).row_key.value or 0)


async def test_picker_reads_the_store_once_per_visit(tmp_path: Path, library: Library) -> None:
    store = Store(tmp_path / "db.sqlite3")
    done = store.start_attempt("fraud-detection", "Fraud")
    items = [{"id": str(n), "met": n == 0} for n in range(2)]  # one of two: 50%
    store.finish(
        done,
        codec.result_from_json(
            {"case": "fraud-detection", "sections": [{"id": "data", "items": items}]}
        ),
    )
    store.start_attempt("fraud-detection", "Fraud")
    store.close()
    app = make_app(tmp_path, library)
    reads: list[str] = []
    real = app.store.case_stats

    def counted(mode: str = "solo") -> object:
        reads.append(mode)
        return real(mode)  # type: ignore[arg-type]

    app.store.case_stats = counted  # type: ignore[method-assign, assignment]
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        before = len(reads)
        box = app.screen.query_one(Input)
        for text in ("f", "fr", "fra", "fraud"):
            box.value = text
            await settle(pilot)
        assert len(reads) == before  # typing filters what was read
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        row = [str(c) for c in table.get_row_at(0)]
        assert row[2] == "50%" and row[3].endswith("(unfinished)")
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert len(reads) == before + 1  # read again on return: attempts may have changed


async def test_resume_after_the_app_is_closed_mid_section(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        app.screen.query_one(TextArea).text = "Chargebacks arrive weeks later."
        await settle(pilot)
        await pilot.press("ctrl+q")  # quit without waiting for the autosave tick
    async with opened(tmp_path, library) as (app, pilot):
        await _start(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("enter")  # "Resume it" is focused
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.section == "data"
        assert screen.query_one(TextArea).text == "Chargebacks arrive weeks later."


async def test_resume_an_attempt_written_by_another_process(
    tmp_path: Path, library: Library
) -> None:
    code = (
        "import sys; from pathlib import Path; from designtrainer.store.db import Store\n"
        "s = Store(Path(sys.argv[1]))\n"
        "a = s.start_attempt('spam-detection', 'Spam')\n"
        "s.save_answer(a, 'modeling', 'naive bayes on tf-idf, then a transformer')\n"
        "s.release(a)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "db.sqlite3")], check=True)
    async with opened(tmp_path, library) as (app, pilot):
        await _start(pilot, "spam")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.section == "modeling"
        assert "naive bayes" in screen.query_one(TextArea).text


async def test_practice_opens_straight_into_a_section(tmp_path: Path, library: Library) -> None:
    async with opened(
        tmp_path, library, StartRequest("eta-prediction", "evaluation"), size=(80, 24)
    ) as (app, _):
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.section == "evaluation"
        assert isinstance(app.focused, TextArea)


async def test_help_palette_and_theme(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        session = app.screen
        titles = [c.title for c in app.get_system_commands(session)]
        for wanted in (
            "Go to section: Data",
            "Next hint",
            "Submit section",
            "Toggle exam mode",
            "Switch case",
        ):
            assert wanted in titles
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        from textual.widgets import Markdown

        keys = app.screen.query_one(Markdown).source
        assert "Ctrl+G" in keys and "| F2 | Edit in your editor" in keys and "Ctrl+Q" in keys
        await pilot.press("escape")
        app.theme = "nord"
        await settle(pilot)
    assert Store(tmp_path / "db.sqlite3").setting(THEME) == "nord"
    app = make_app(tmp_path, library)
    assert app.theme == "nord"


async def test_go_to_section_from_the_palette_keeps_answers(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "framing text"
        screen.go_to("evaluation")
        await settle(pilot)
        assert screen.section == "evaluation" and screen.query_one(TextArea).text == ""
        screen.go_to("framing")
        await settle(pilot)
        assert screen.query_one(TextArea).text == "framing text"


async def test_export_from_the_summary_never_overwrites(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import Input

    from designtrainer.tui.screens.export import ExportScreen

    out = tmp_path / "out"
    out.mkdir()
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        await write(pilot, FRAMING)
        await finish(pilot)
        assert isinstance(app.screen, SummaryScreen)
        for _ in range(2):
            await pilot.press("e")
            await settle(pilot)
            assert isinstance(app.screen, ExportScreen)
            app.screen.query_one("#folder", Input).value = str(out)
            await pilot.click("#export")
            await settle(pilot)
        # The second export was refused in the dialog: no `~2` copy beside the first.
        assert isinstance(app.screen, ExportScreen)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 1 and files[0].endswith("-solo.md")
    assert FRAMING in (out / files[0]).read_text()


async def test_an_attempt_whose_case_vanished_stays_readable(
    tmp_path: Path, library: Library
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("retired-case", "A case that was deleted")
    store.save_answer(aid, "data", "labels come late")
    result = {
        "case": "retired-case",
        "score": 0.5,
        "sections": [
            {
                "id": "data",
                "score": 0.5,
                "items": [
                    {
                        "id": "a",
                        "label": "Label as graded then",
                        "met": True,
                        "weight": 1,
                        "level": "core",
                        "why": "w",
                        "evidence": [],
                    },
                    {
                        "id": "b",
                        "label": "Missed item label",
                        "met": False,
                        "weight": 1,
                        "level": "core",
                        "why": "because it matters",
                        "evidence": [],
                    },
                ],
            }
        ],
        "red_flags": [],
        "levels": {},
    }
    store.finish(aid, codec.result_from_json(result))
    store.close()
    async with opened(tmp_path, library) as (app, pilot):
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AttemptView)
        from textual.widgets import Markdown

        text = app.screen.query_one(Markdown).source
        assert "Missed item label" in text and "because it matters" in text
        assert "labels come late" in screen_text(app.screen)  # the answer, in full


async def test_f2_edits_the_answer_in_editor(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib

    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys\nfrom pathlib import Path\n"
        "p = Path(sys.argv[1])\np.write_text(p.read_text() + ' edited elsewhere')\n"
    )
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    # a headless test app cannot hand the terminal over; everything else is real
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "Chargebacks arrive late."
        await pilot.press("f2")
        await settle(pilot)
        assert screen.query_one(TextArea).text == "Chargebacks arrive late. edited elsewhere"
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None
        assert attempt.section("data").answer == "Chargebacks arrive late. edited elsewhere"


async def test_the_last_section_says_finish_and_asks_once(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.active_bindings["ctrl+n"].binding.description == "Next section"
        screen.go_to("production")
        await settle(pilot)
        assert screen.active_bindings["ctrl+n"].binding.description == "Finish"
        await pilot.press("f1")
        from textual.widgets import Markdown

        keys = app.screen.query_one(Markdown).source
        assert "| Ctrl+N | Finish — on the last section: asks once" in keys
        await pilot.press("escape")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert (
            isinstance(app.screen, ChoiceScreen) and "Finish this attempt?" in app.screen.question
        )
        await pilot.press("escape")  # changed my mind: still writing, nothing finished
        await settle(pilot)
        assert app.screen is screen
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and not attempt.finished
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("enter")  # "Finish" has the focus
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.finished


async def test_practice_exam_starts_in_exam_mode(tmp_path: Path, library: Library) -> None:
    from designtrainer.cli import build_parser

    args = build_parser().parse_args(["practice", "fraud-detection", "--exam"])
    assert args.exam is True
    start = StartRequest("fraud-detection", exam=args.exam)
    async with opened(tmp_path, library, start) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen) and screen.exam_mode
        assert not screen.query_one(Checklist).display
        assert not screen.query_one("#evidence", Static).display
        # For this session only: the saved setting (Ctrl+O's) is untouched, so the next
        # case opened in the app shows its checklist as usual.
        assert app.store.setting(EXAM_MODE) is False
        app.open_case("spam-detection")
        await until(pilot, lambda: isinstance(app.screen, BriefScreen), "the brief")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        assert isinstance(app.screen, SessionScreen) and not app.screen.exam_mode


async def test_tab_moves_focus_out_of_the_answer_as_help_says(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        area = screen.query_one(TextArea)
        area.text = "Prose, no indentation."
        await pilot.press("tab")
        assert app.focused is not area and area.text == "Prose, no indentation."
        await pilot.press("shift+tab")
        assert app.focused is area
        await pilot.press("f1")
        from textual.widgets import Markdown

        keys = app.screen.query_one(Markdown).source
        assert "| Tab/Shift+Tab | Move between panels, out of an answer too" in keys


async def test_history_shows_every_answer_wrapped_with_its_checklist(
    tmp_path: Path, library: Library
) -> None:
    long = "Chargebacks arrive sixty days later, so labels lag. " * 12
    answer = f"{long}\n\nSecond paragraph: we keep every fraud case."
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("fraud-detection", "Real-time card payment fraud detection")
    store.save_answer(aid, "data", answer)
    items = [{"id": "label-delay", "label": "Label delay", "met": True}]
    store.finish(aid, codec.result_from_json({"sections": [{"id": "data", "items": items}]}))
    store.close()
    async with opened(tmp_path, library, size=(80, 24)) as (app, pilot):
        app.push_screen(AttemptView(aid))
        await settle(pilot)
        view = app.screen
        shown_answer = view.query_one("#answer-data", Static)
        assert str(shown_answer.render()) == answer  # all of it, exactly as typed
        assert shown_answer.size.height > 5  # wrapped, not cut to one line per paragraph
        assert "✔ Label delay" in str(view.query_one("#checks-data", Static).render())
        scroll = view.query_one("#attempt")
        assert app.focused is scroll and scroll.max_scroll_y > 0
        await pilot.press("end")
        await settle(pilot)
        assert scroll.scroll_y == scroll.max_scroll_y > 0


async def test_text_autosaved_before_its_change_arrives_is_still_graded(
    tmp_path: Path, library: Library
) -> None:
    # Under load, autosave can run between a keystroke and its Changed message; the last words
    # of a burst of typing must still be graded (they once waited for the next keystroke).
    async with opened(tmp_path, library, StartRequest("fraud-detection")) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await write(pilot, "We score card payments.")
        final = (
            "The goal is to cut fraud losses while keeping false declines of good customers low."
        )
        screen.area.text = final
        screen._save_text()  # autosave first, as the 1 s tick can, before Changed is handled
        await until(pilot, lambda: screen.graded_text.get("framing") == final, "grading")
        assert screen.graded_text.get("framing") == final
        assert screen.results["framing"].items[0].met


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_two_cases_with_one_title_are_told_apart_in_the_picker(
    tmp_path: Path, library: Library, size: tuple[int, int]
) -> None:
    """A pack's copy of a bundled case (another id, the same title) read as the same row twice;
    the id that tells them apart stays in view, even when the title is cut short."""
    from dataclasses import replace

    from rich.cells import cell_len

    case = library.case("fraud-detection")
    long = "A very long title that cannot fit beside the other columns at eighty"
    twins = {
        "fraud-mine": replace(case, id="fraud-mine"),
        "long-one": replace(case, id="long-one", title=long),
        "long-two": replace(case, id="long-two", title=long),
    }
    both = replace(library, cases={**library.cases, **twins})
    async with opened(tmp_path, both, size=size) as (app, pilot):
        table = app.screen.query_one(DataTable)
        for query, ids in (("fraud", ("fraud-detection", "fraud-mine")), ("long", twins)):
            app.screen.query_one(Input).value = query
            await settle(pilot)
            seen = {str(key.value): table.get_row(key)[0] for key in table.rows if key.value in ids}
            assert len(seen) >= 2
            width = table.ordered_columns[0].width
            for case_id, title in seen.items():
                assert case_id in str(title) and cell_len(str(title)) <= width, (seen, width)
        # A title no other case has is shown as it always was.
        app.screen.query_one(Input).value = "spam"
        await settle(pilot)
        [row] = [table.get_row(key)[0] for key in table.rows]
        assert str(row) == library.case("spam-detection").title
