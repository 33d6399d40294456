"""Helpers for pilot tests: an app on a temporary store with a frozen clock and short intervals,
opened and settled in one step; waiting for workers; waiting for a condition; screen text."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp, DrillRequest, StartRequest, Timing


class Clock:
    """A monotonic clock that stands still until a test moves it (`clock.now += 60`).

    Section clocks read it, so screens and snapshots do not depend on how fast the machine is.
    """

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_app(
    tmp_path: Path,
    library: Library,
    start: StartRequest | DrillRequest | None = None,
    *,
    clock: Callable[[], float] | None = None,
    save_every: float = 1.0,
    grade_debounce: float = 0.01,
) -> DesignTrainerApp:
    """The app on a store in `tmp_path`, the shared library, a frozen clock, no typing pause.

    Grading starts a moment after the text changes (not the real 0.3 s pause; a Textual timer
    cannot be 0); a test of autosave passes a short `save_every` and waits a few of those
    instead of a real second.
    """
    timing = Timing(save_every=save_every, grade_debounce=grade_debounce, clock=clock or Clock())
    return DesignTrainerApp(
        store=Store(tmp_path / "db.sqlite3"), library=library, start=start, timing=timing
    )


@contextlib.asynccontextmanager
async def opened(
    tmp_path: Path,
    library: Library,
    start: StartRequest | DrillRequest | None = None,
    *,
    size: tuple[int, int] = (100, 32),
    clock: Callable[[], float] | None = None,
    save_every: float = 1.0,
) -> AsyncIterator[tuple[DesignTrainerApp, Pilot[None]]]:
    """Make the app, run it headless and settle: `async with opened(...) as (app, pilot):`."""
    app = make_app(tmp_path, library, start, clock=clock, save_every=save_every)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot


async def settle(pilot: Pilot[None], delay: float = 0.0) -> None:
    """Let timers, grading workers and the messages they post run to the end."""
    await pilot.pause(delay)
    for _ in range(2):
        # an exclusive grading worker may have been replaced by a newer one
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def until(pilot: Pilot[None], done: Callable[[], bool], what: str) -> None:
    """Settle until `done()` holds (a worker thread is not scheduled by the test's clock).

    The limit is generous on purpose: it only turns a hang into a failure naming `what`.
    """
    deadline = time.monotonic() + 30
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never happened")
        await settle(pilot, 0.01)


async def write(pilot: Pilot[None], text: str) -> None:
    """Type an answer (through the API) and wait until the checklist shows its grade."""
    from textual.widgets import TextArea

    from designtrainer.tui.screens.session import SessionScreen

    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    screen.query_one(TextArea).text = text
    await until(pilot, lambda: screen.graded_text.get(screen.section) == text, "grading")


async def finish(pilot: Pilot[None]) -> None:
    """Ctrl+N through every section, then confirm "Finish" in the dialog it asks once."""
    from designtrainer.tui.screens.modals import ChoiceScreen

    for _ in range(5):
        await pilot.press("ctrl+n")
        await settle(pilot)
    assert isinstance(pilot.app.screen, ChoiceScreen)
    await pilot.press("enter")  # "Finish" has the focus
    await settle(pilot)


def shown(screen: object) -> str:
    """Everything a screen displays, as plain text, the way Textual would render it.

    Strings are turned into text the way each widget does (Static, DataTable cells and options
    parse a `str` as markup), so a string that would be read as markup shows up altered here.
    """
    from rich.text import Text
    from textual.content import Content
    from textual.screen import Screen
    from textual.widget import Widget
    from textual.widgets import DataTable, OptionList, Static

    def cell(value: object, markup: bool = True) -> str:
        if isinstance(value, Content | Text):
            return value.plain
        if isinstance(value, str):
            return Text.from_markup(value).plain if markup else value
        return str(value)

    assert isinstance(screen, Screen)
    parts = [screen.app.format_title(screen.title or "", screen.sub_title or "").plain]
    widgets: list[Widget] = [screen, *screen.query("*")]
    for w in widgets:
        for title in (w._border_title, w._border_subtitle):
            if title is not None:
                parts.append(title.plain)
        if isinstance(w, Static):
            parts.append(cell(w.render()))
        elif isinstance(w, DataTable):
            parts += [cell(c) for r in range(w.row_count) for c in w.get_row_at(r)]
        elif isinstance(w, OptionList):
            parts += [cell(w.get_option_at_index(i).prompt) for i in range(w.option_count)]
    return "\n".join(parts)
