"""The interview screens at 120x36 and 80x24: what overflows scrolls from the keyboard and
says so, the follow-ups are in view when they appear, the cursor stays in view, and the side
panels leave the answer most of the width. Plus the shared interview's widgets on their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static, TextArea
from tui_helpers import opened, settle, until

from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.peer import WRAPUP, PeerScreen
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.widgets.answer_area import AnswerArea
from designtrainer.tui.widgets.scroll_panel import ScrollPanel
from designtrainer.tui.widgets.suggestions import section_flags

CASE = "fraud-detection"
SIZES = [(120, 36), (80, 24)]


def visible(widget: Widget, port: Widget) -> str:
    """The text of `widget` that shows through `port` (the scrolling panel it sits in)."""
    region = widget.region
    shown = region.intersection(port.content_region)
    strips = widget.render_lines(Region(0, shown.y - region.y, region.width, shown.height))
    return " ".join(strip.text for strip in strips)


def words(text: str) -> str:
    return " ".join(text.split())


async def _solo(pilot: Pilot[None]) -> SessionScreen:
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    return screen


@pytest.mark.parametrize("size", SIZES)
async def test_follow_ups_are_in_view_after_three_hints_and_no_toast_covers_them(
    tmp_path: Path, library: Library, size: tuple[int, int]
) -> None:
    spec = library.case(CASE).section("framing")
    async with opened(tmp_path, library, StartRequest(CASE), size=size) as (app, pilot):
        screen = await _solo(pilot)
        long_answer = "\n".join(f"Line {n} of a long answer about fraud." for n in range(40))
        screen.area.text = long_answer
        screen.area.move_cursor(screen.area.document.end)
        await pilot.press("ctrl+g", "ctrl+g", "ctrl+g", "ctrl+s")
        await settle(pilot)
        coach, box = screen.query_one("#coach"), screen.query_one("#coach-box", ScrollPanel)
        shown = words(visible(coach, box))
        # The first probe is on screen whole, the first thing in the coach.
        assert words(spec.follow_ups[0]) in shown
        assert "The interviewer follows up" in shown
        assert not app._notifications, "a toast would cover the coach"
        # The answer box shrank for the follow-ups; the cursor is still in view.
        area = screen.area
        assert area.content_region.contains_point(area.cursor_screen_offset)
        # The rest of the coach (hints, later probes) is a scroll away, and says so.
        if box.max_scroll_y > 0:
            assert "more" in str(box.border_subtitle)
            box.focus()
            await pilot.press("end")
            # End scrolls smoothly: on a busy machine the animation outlasts one settle.
            await until(pilot, lambda: box.scroll_y == box.max_scroll_y, "scrolled to the end")
            assert words(spec.hints[-1])[-30:] in words(visible(coach, box))


@pytest.mark.parametrize("size", SIZES)
async def test_prompt_whole_questions_reachable_checklist_narrow(
    tmp_path: Path, library: Library, size: tuple[int, int]
) -> None:
    spec = library.case(CASE).section("data")
    async with opened(tmp_path, library, StartRequest(CASE, "data"), size=size) as (app, pilot):
        screen = await _solo(pilot)
        await settle(pilot)
        prompt, box = screen.query_one("#prompt"), screen.query_one("#prompt-box", ScrollPanel)
        assert words(spec.prompt) in words(visible(prompt, box)), "the prompt is never cut"
        side = screen.query_one("#side")
        assert 26 <= side.outer_size.width <= 0.34 * size[0]
        if box.max_scroll_y > 0:  # at 80x24 the guiding questions overflow
            assert "▼ more: Shift+Tab" in str(box.border_subtitle)
            await pilot.press("shift+tab")
            assert app.focused is box
            await pilot.press("end")
            await settle(pilot)
        assert words(spec.guiding_questions[-1]) in words(visible(prompt, box))


@pytest.mark.parametrize("size", SIZES)
async def test_peer_guide_scrolls_and_the_right_pane_leaves_room(
    tmp_path: Path, library: Library, size: tuple[int, int]
) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer"), size=size) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, PeerScreen)
        assert screen.query_one("#right").size.width <= 0.4 * size[0]
        box = screen.query_one("#guide-box", ScrollPanel)
        assert box.max_scroll_y > 0 and "▼ more" in str(box.border_subtitle)
        box.focus()
        await pilot.press("end")
        last = section_flags(library.rubric(CASE), "framing")[-1].message  # the guide's end
        # The scroll may still be animating after one settle on a loaded machine: wait for
        # the end to show (a guide that never scrolls there still fails, naming it).
        after = screen.query_one("#guide-after")
        await until(
            pilot,
            lambda: words(last)[-30:] in words(visible(after, box)),
            "the guide's end in view after End",
        )


async def test_peer_wrap_up_says_finish_and_rating_keeps_the_signal(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, StartRequest(CASE, mode="peer"), size=(80, 24)) as (
        app,
        pilot,
    ):
        screen = app.screen
        assert isinstance(screen, PeerScreen)
        assert screen.active_bindings["ctrl+n"].binding.description == "Next section"
        screen.go_to(WRAPUP)
        await settle(pilot)
        assert screen.active_bindings["ctrl+n"].binding.description == "Finish"
        await pilot.press("down", "4", "2")
        assert screen.review.communication == {"structure": 2}
        footer = " ".join(
            str(b.binding.description) for b in screen.active_bindings.values() if b.binding.show
        )
        assert "Next signal" in footer and "Finish" in footer
        await pilot.press("f1")
        await settle(pilot)
        from textual.widgets import Markdown

        keys = app.screen.query_one(Markdown).source
        assert "at wrap-up the signal marked ▸, which stays marked" in keys


async def test_autosave_interval_is_the_apps(tmp_path: Path, library: Library) -> None:
    """Tests (and nothing else) make it long; every screen of an interview takes the app's
    `Timing`."""
    async with opened(tmp_path, library, StartRequest(CASE), save_every=3600.0) as (app, pilot):
        screen = await _solo(pilot)
        assert screen.area.debounce == app.timing.grade_debounce  # the typing pause too
        screen.area.text = "typed"
        await settle(pilot, 0.2)
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("framing").answer == ""  # not yet
        screen._tick()  # the interval, by hand
        attempt = app.store.get(screen.attempt_id)
        assert attempt is not None and attempt.section("framing").answer == "typed"


class _AreaApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.paused: list[str] = []

    def compose(self) -> ComposeResult:
        yield AnswerArea(id="a", debounce=0.5)
        yield Static()

    def on_answer_area_paused(self, event: AnswerArea.Paused) -> None:
        self.paused.append(event.area.text)


async def test_answer_area_says_once_when_typing_pauses_and_knows_what_is_saved() -> None:
    app = _AreaApp()
    async with app.run_test() as pilot:
        area = app.query_one(AnswerArea)
        area.load("saved text")
        assert not area.dirty and area.cursor_location == area.document.end
        await pilot.pause(0.2)
        app.paused.clear()
        for text in ("a", "ab", "abc"):
            area.text = text
            await pilot.pause()
        assert area.dirty
        await pilot.pause(1.0)
        assert app.paused == ["abc"]  # one pause for the burst, with the last text
        area.saved = area.text
        assert not area.dirty
        assert isinstance(app.query_one("#a"), TextArea)


async def test_prompt_hint_names_the_way_in_while_the_answer_has_focus(
    tmp_path: Path, library: Library
) -> None:
    """Opened from the brief (as a person does), the overflowing prompt says how to reach it,
    not the keys that scroll it once focused: ↓ in the answer moves its cursor."""
    async with opened(tmp_path, library, None, size=(80, 24)) as (app, pilot):
        app.open_case("eta-prediction")
        await settle(pilot)
        await pilot.press("ctrl+n")  # the brief: start answering
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        box = screen.query_one("#prompt-box", ScrollPanel)
        assert isinstance(app.focused, TextArea) and box.max_scroll_y > 0
        assert str(box.border_subtitle) == "▼ more: Shift+Tab, ↓"


@pytest.mark.parametrize("words", [400, 4000])
async def test_a_saved_answer_is_graded_as_its_section_opens_when_it_is_short(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, words: int
) -> None:
    """With the rubric compiled in memory, a short saved answer is graded before the section's
    first frame (its ticks are there at once); a long one goes to the worker, so opening
    never waits for a long grading. Both end with the same grade shown."""
    from designtrainer.grading.grade import grade
    from designtrainer.tui.screens.interview import GRADE_AT_ONCE_CHARS, InterviewScreen

    case_id = "eta-prediction"
    compiled = library.compiled(case_id)  # in memory, as after any grading in this process
    text = " ".join((library.case(case_id).section("data").reference_answer.split() * 40)[:words])
    assert (len(text) <= GRADE_AT_ONCE_CHARS) == (words == 400)
    in_worker: list[str] = []
    real = InterviewScreen._grade

    def counting(self: InterviewScreen, section: str, answers: dict[str, str]) -> object:
        in_worker.append(section)
        return real(self, section, answers)

    monkeypatch.setattr(InterviewScreen, "_grade", counting)
    async with opened(tmp_path, library) as (app, pilot):
        attempt_id = app.store.start_attempt(case_id, library.case(case_id).title)
        app.store.save_answer(attempt_id, "data", text)
        app.open_case(case_id, attempt_id, section="data", skip_brief=True)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        if words == 400:
            assert in_worker == [] and screen.graded_text["data"] == text
        else:
            assert in_worker == ["data"]
        await settle(pilot)
        expected = grade(compiled, {**screen.attempt.answers, "data": text}).section("data")
        assert screen.results["data"] == expected


async def test_the_case_the_picker_rests_on_is_compiled_before_it_is_opened(
    tmp_path: Path, library: Library
) -> None:
    import dataclasses

    from textual.widgets import DataTable

    from designtrainer.tui.app import WARM_AFTER

    lib = dataclasses.replace(library, _compiled={}, _warmed={})
    async with opened(tmp_path, lib) as (app, pilot):
        table = app.screen.query_one(DataTable)
        row = table.get_row_index("eta-prediction")
        table.move_cursor(row=row - 1 if row else row + 1)
        table.move_cursor(row=row)  # passed over the other case: only this one is warmed
        await settle(pilot, WARM_AFTER + 0.2)
        assert lib.compiled_if_ready("eta-prediction") is not None
        assert list(lib._compiled) == ["eta-prediction"]


async def test_a_session_opened_before_the_cursor_rests_warms_nothing_else(
    tmp_path: Path, library: Library
) -> None:
    """`practice CASE` opens the session over the picker at once: the picker's first row is
    not compiled behind it (it would only cost memory)."""
    import dataclasses

    from designtrainer.tui.app import WARM_AFTER

    lib = dataclasses.replace(library, _compiled={}, _warmed={})
    async with opened(tmp_path, lib, StartRequest("eta-prediction", "data")) as (app, pilot):
        assert isinstance(app.screen, SessionScreen)
        await settle(pilot, WARM_AFTER + 0.2)
        assert list(lib._compiled) == ["eta-prediction"] and lib._warmed == {}


async def test_a_session_shown_the_first_time_is_styled_as_a_full_restyle_would_style_it(
    tmp_path: Path, library: Library
) -> None:
    """The first time a session shows, Textual's restyling of every node is skipped: each was
    styled as it mounted, moments before, and whatever changed since (classes, focus) restyled
    itself. Were anything left stale, restyling every node now would change it."""
    async with opened(tmp_path, library, StartRequest("eta-prediction", "data")) as (app, _):
        session = app.screen
        assert isinstance(session, SessionScreen)
        nodes = list(session.walk_children(with_self=True))
        shown = [node.styles.css for node in nodes]
        app.stylesheet.update_nodes(nodes, animate=False)
        assert [node.styles.css for node in nodes] == shown


async def test_the_library_is_out_of_the_collectors_way_while_the_app_runs(
    tmp_path: Path, library: Library
) -> None:
    """Loading the library freezes what is alive then out of the garbage collector's full
    passes (a full pass over it cost 40-100 ms, often while a session opened); the app gives
    it all back to the collector as it exits."""
    import gc

    before = gc.get_freeze_count()
    async with opened(tmp_path, library):
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == 0
