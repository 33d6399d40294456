"""80x24 is usable: the columns a row is read for stay in view, long conversations scroll.

Snapshots of the picker and the brief at 80x24 are in test_snapshots.py; these tests say what
the snapshots show, so a regression names the column or the key that went missing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Input, Markdown
from tui_helpers import make_app, opened, settle

from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library
from designtrainer.review.cards import record_attempt
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.brief import BriefScreen
from designtrainer.tui.screens.history import HistoryScreen
from designtrainer.tui.screens.progress import ProgressScreen

CASE = "fraud-detection"


def in_view(table: DataTable[object]) -> list[str]:
    """The labels of the columns drawn whole without scrolling sideways."""
    room = table.scrollable_content_region.width
    shown, x = [], 0
    for column in table.columns.values():
        x += column.get_render_width(table)
        if x <= room:
            shown.append(str(column.label))
    return shown


def _finish_one(app, library: Library, unfinished: bool = False) -> int:  # type: ignore[no-untyped-def]
    store = app.store
    aid = store.start_attempt(CASE, library.case(CASE).title)
    answers = {"data": "Chargebacks arrive 60 days later, so labels are delayed."}
    store.save_answer(aid, "data", answers["data"])
    if not unfinished:
        store.finish(aid, grade(library.compiled(CASE), answers))
        attempt = store.get(aid)
        assert attempt is not None
        record_attempt(store, attempt, now=datetime(2026, 1, 5, tzinfo=UTC))
    store.release(aid)
    return int(aid)


@pytest.mark.parametrize("width", [80, 120])
async def test_the_picker_keeps_level_best_and_last_attempt_in_view(
    tmp_path: Path, library: Library, width: int
) -> None:
    app = make_app(tmp_path, library)
    _finish_one(app, library)
    _finish_one(app, library, unfinished=True)  # "(unfinished)" makes the widest last attempt
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert in_view(table)[:4] == ["Case", "Level", "Best", "Last attempt"]
        assert ("Tags" in in_view(table)) == (width >= 100)
        row = [str(c) for c in table.get_row_at(table.get_row_index(CASE))]
        assert row[3].endswith("(unfinished)")
        # a title too long for its column ends in "…" instead of being cut mid-word silently
        longest = max((library.case(c).title for c in library.cases), key=len)
        column = next(iter(table.columns.values()))
        assert (column.width < len(longest)) == (width == 80)


async def test_resizing_the_picker_refits_columns_and_keeps_the_highlighted_case(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, size=(120, 30)) as (app, pilot):
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=table.get_row_index(CASE))
        await pilot.resize_terminal(80, 24)
        await settle(pilot, 0.2)
        assert "Tags" not in in_view(table)
        assert app.screen.selected_case() == CASE  # type: ignore[attr-defined]


async def test_history_at_80_columns_shows_every_column(tmp_path: Path, library: Library) -> None:
    app = make_app(tmp_path, library)
    done = _finish_one(app, library)
    open_one = _finish_one(app, library, unfinished=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one(DataTable)
        assert in_view(table) == ["#", "Case", "Date", "Mode", "Score", "Time"]
        scores = {str(table.get_row_at(r)[0]): str(table.get_row_at(r)[4]) for r in range(2)}
        assert scores[str(open_one)] == "unfinished"
        assert scores[str(done)].endswith("%")


async def test_progress_at_80_columns_keeps_the_record_and_next_review(
    tmp_path: Path, library: Library
) -> None:
    app = make_app(tmp_path, library)
    _finish_one(app, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, ProgressScreen)
        weak = app.screen.query_one("#weak", DataTable)
        assert weak.row_count
        assert in_view(weak) == ["Idea", "Case", "Section", "Record", "Next review"]


async def test_the_brief_scrolls_back_while_the_question_box_keeps_the_focus(
    tmp_path: Path, library: Library
) -> None:
    async with opened(tmp_path, library, size=(80, 24)) as (app, pilot):
        await pilot.press("enter")  # the highlighted case's brief
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefScreen)
        box = screen.query_one(Input)
        for question in ("How many transactions a day?", "What latency?", "How late are labels?"):
            box.value = question
            await pilot.press("enter")
            await settle(pilot)
        log = screen.query_one("#conversation", VerticalScroll)
        assert log.max_scroll_y > 0 and log.scroll_y == log.max_scroll_y
        await pilot.press("pageup")
        await settle(pilot)
        assert log.scroll_y < log.max_scroll_y
        await pilot.press("home")  # still the box's key: nothing was taken from typing
        assert app.focused is box
        await pilot.press("pagedown", "pagedown", "pagedown")
        await settle(pilot)
        assert log.scroll_y == log.max_scroll_y
        await pilot.press("f1")
        await settle(pilot)
        assert "| PgUp/PgDn | Scroll |" in app.screen.query_one(Markdown).source


@pytest.mark.parametrize(
    ("start", "keys", "wanted"),
    [
        (None, (), {"Start", "History", "Interview", "Help"}),
        (StartRequest(CASE), (), {"Next section", "Hint", "Submit", "Help"}),
        (StartRequest(CASE, mode="peer"), (), {"Next section", "Rate", "Tick suggested", "Help"}),
        (StartRequest(CASE, mode="peer"), ("ctrl+n",) * 5, {"Next signal", "Finish", "Rate"}),
        (None, ("f2",), {"Open", "Delete", "Compare", "Export", "Back", "Help"}),
    ],
    ids=["picker", "session", "peer", "peer-wrap-up", "history"],
)
async def test_footer_keys_fit_80_columns(
    tmp_path: Path,
    library: Library,
    start: StartRequest | None,
    keys: tuple[str, ...],
    wanted: set[str],
) -> None:
    """Every key the footer shows is drawn whole at 80 columns (the rest are in F1)."""
    async with opened(tmp_path, library, start, size=(80, 24)) as (app, pilot):
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        footer = app.screen.query_one(Footer)
        assert sum(k.outer_size.width for k in footer.children) <= 80
        assert wanted <= {getattr(k, "description", "") for k in footer.children}
