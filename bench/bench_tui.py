"""TUI speed (issue 12), each row a ratio against a baseline timed in alternation with it.

Times are taken at the frame: `App._display` is wrapped to note when the compositor last
handed over a rendered update (headless, that is the moment a terminal would be written), and a
sample ends at the first frame after the change under test has happened. Nothing waits through
the pilot's idle wait, which sleeps.

1. Start-up: process start to the picker's first complete frame (header and footer filled in)
   vs a bare Textual app (Header, TextArea, Footer) to its own; fresh processes, alternating.
2. Opening a session to first ticks in a fresh process (library loaded, rubric not compiled
   yet, 400 words saved in the section) vs opening it again in the same process: from
   `open_case` to the first frame whose output shows a tick.
3. A picker filter keystroke with 10,000 attempts in the store vs with none.
4. Opening the history screen with 10,000 attempts vs with none.
5. A keystroke right after a grading result arrives vs a keystroke alone (2,000-word answer).
6. Peak memory of a session (2,000-word answer, graded) vs a bare Textual app holding the same
   text, each in a fresh process (VmHWM): in a new data directory (nothing cached yet), and
   again in that directory, as every later session.
Run: `make bench` or `.venv/bin/python bench/bench_tui.py`.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _fixtures
from _timing import SCALE_HEADER, ratio_row

# Both exit from an auto-pilot at their first complete frame: the first frame rendered once
# the screen's header has its title and its footer its keys (the auto-pilot itself can run
# before a screen's own widgets are composed, which would time a frame nobody sees).
EXIT = """
import os, sys, time
sys.path.insert(0, os.environ["BENCH_DIR"])
from _tui_frames import Frames, until

async def first_frame(pilot):
    from textual.widgets._footer import FooterKey
    from textual.widgets._header import HeaderTitle

    app = pilot.app
    frames = Frames(app)
    await until(lambda: app.screen.query(HeaderTitle) and app.screen.query(FooterKey), step=0)
    await frames.after(time.perf_counter())
    sys.stderr.write(f"{time.time() - float(os.environ['BENCH_T0'])}\\n")
    app.exit()
"""

BARE = (
    EXIT
    + """
from textual.app import App
from textual.widgets import Footer, Header, TextArea

class Bare(App):
    def compose(self):
        yield Header()
        yield TextArea()
        yield Footer()

Bare().run(headless=True, auto_pilot=first_frame)
"""
)

OURS = (
    EXIT
    + """
from designtrainer.tui.app import DesignTrainerApp

DesignTrainerApp().run(headless=True, auto_pilot=first_frame)
"""
)

# Opening a session twice in one fresh process, as a person does it: the app loads its library
# itself (in the background, after the picker's first frame), the person moves the cursor to
# the case and reads the list for a second, then Enter. The first open pays for what that
# second did not cover (the session screen's first layout; compiling the rubric when it could
# not be done in time); the second pays for neither. Each ends at the first frame whose output
# shows a tick (✔) in the checklist: read from the frames themselves, since polling for the
# result noticed it only when the event loop got to the poll, often two frames and 90 ms after
# the frame that showed it.
FIRST_TICKS = """
import asyncio, sys, time
sys.path.insert(0, sys.argv[3])
from _tui_frames import Frames, until
from textual.widgets import DataTable
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp

case_id, text = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()

async def main():
    store = Store()
    app = DesignTrainerApp(store=store)
    async with app.run_test(size=(100, 32)) as pilot:
        frames = Frames(app)
        await until(lambda: app.screen.__class__.__name__ == "PickerScreen")
        await until(lambda: app.library is not None)
        lib = app.library
        table = app.screen.query_one(DataTable)
        await until(lambda: case_id in table.rows)
        table.move_cursor(row=table.get_row_index(case_id))  # the person picks the case...
        await asyncio.sleep(1.0)  # ...reading the list for a second before Enter
        out = []
        for _ in range(2):
            attempt_id = store.start_attempt(case_id, lib.case(case_id).title)
            store.save_answer(attempt_id, "data", text)
            start = time.perf_counter()
            app.open_case(case_id, attempt_id, section="data", skip_brief=True)
            shown = await frames.showing("✔")  # the checklist's mark of a met item
            assert any(r.met for r in app.screen.results["data"].items)
            out.append(shown - start)
            app.pop_screen()
            await pilot.pause(0.2)
    sys.stderr.write(f"{out[0]} {out[1]}\\n")

asyncio.run(main())
"""

# The peak resident set of this process's own memory (VmHWM, in kB). Not ru_maxrss: Linux
# carries that over from the parent across exec, so a big bench process would show through.
PEAK = """
def peak_kb():
    with open("/proc/self/status") as status:
        return next(line.split()[1] for line in status if line.startswith("VmHWM:"))
"""

MEMORY_OURS = (
    PEAK
    + """
import asyncio, sys
from designtrainer.loading.library import default_sources, load_library
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp, StartRequest
from textual.widgets import TextArea

text = open(sys.argv[1], encoding="utf-8").read()

async def main():
    library = load_library(default_sources())  # as the app's loading thread would
    app = DesignTrainerApp(
        store=Store(), library=library, start=StartRequest(sys.argv[2], "data")
    )
    async with app.run_test(size=(100, 32)) as pilot:
        while app.screen.__class__.__name__ != "SessionScreen":
            await pilot.pause(0.05)
        app.screen.query_one(TextArea).text = text
        while app.screen.graded_text.get("data") != text:
            await pilot.pause(0.05)
        await pilot.pause(0.2)
    sys.stderr.write(peak_kb() + "\\n")

asyncio.run(main())
"""
)

MEMORY_BARE = (
    PEAK
    + """
import asyncio, sys
from textual.app import App
from textual.widgets import Footer, Header, TextArea

text = open(sys.argv[1], encoding="utf-8").read()

class Bare(App):
    def compose(self):
        yield Header()
        yield TextArea()
        yield Footer()

async def main():
    app = Bare()
    async with app.run_test(size=(100, 32)) as pilot:
        app.query_one(TextArea).text = text
        await pilot.pause(0.5)
    sys.stderr.write(peak_kb() + "\\n")

asyncio.run(main())
"""
)

HERE = Path(__file__).resolve().parent


def _stderr_of(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,  # a hung run is an error, not a bench that never ends
    )
    return done.stderr.strip().splitlines()[-1]


def start_times(runs: int = 9) -> tuple[float, float]:
    """Seconds from launching the process to its first frame, ours and bare, alternating
    (reported by the process itself, so work after the first frame is not counted)."""
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        for code, into in ((OURS, ours), (BARE, bare)):
            env = {
                "DESIGNTRAINER_HOME": tempfile.mkdtemp(),
                "BENCH_DIR": str(HERE),
                "BENCH_T0": str(time.time()),
            }
            into.append(float(_stderr_of(code, env=env)))
    return statistics.median(ours), statistics.median(bare)


def first_ticks(case_id: str, answer: Path, runs: int = 5) -> tuple[float, float, float]:
    """(first open in a fresh process, no compiled rubric cached yet; the same with the
    cache filled by an earlier process; opening again in that process)."""
    empty: list[float] = []
    cached: list[float] = []
    again: list[float] = []
    for _ in range(runs):
        env = {"DESIGNTRAINER_HOME": tempfile.mkdtemp()}
        for into in (empty, cached):
            a, b = _stderr_of(FIRST_TICKS, case_id, str(answer), str(HERE), env=env).split()
            into.append(float(a))
            again.append(float(b))
    return statistics.median(empty), statistics.median(cached), statistics.median(again)


def memory(case_id: str, answer: Path, runs: int = 3) -> tuple[float, float, float]:
    """Peak kB of (ours in a new data directory: nothing cached yet; ours again there, as every
    later session; the bare app)."""
    first: list[float] = []
    again: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        env = {"DESIGNTRAINER_HOME": tempfile.mkdtemp()}
        first.append(float(_stderr_of(MEMORY_OURS, str(answer), case_id, env=env)))
        again.append(float(_stderr_of(MEMORY_OURS, str(answer), case_id, env=env)))
        bare.append(float(_stderr_of(MEMORY_BARE, str(answer), env=env)))
    return statistics.median(first), statistics.median(again), statistics.median(bare)


def picker_and_history(lib: Any, full_db: Path) -> tuple[float, float, float, float]:
    """(keystroke with 10,000, keystroke with none, history open with 10,000, with none)."""
    from _tui_frames import AppThread, until
    from textual.widgets import DataTable, Input

    from designtrainer.store.db import Store
    from designtrainer.tui.app import DesignTrainerApp
    from designtrainer.tui.screens.history import HistoryScreen

    runners: dict[str, AppThread] = {}
    for name, db in (("full", full_db), ("empty", Path(tempfile.mkdtemp()) / "db.sqlite3")):
        # Made in the app's own thread: a sqlite3 connection stays in the thread that opened it.
        runners[name] = AppThread(lambda db=db: DesignTrainerApp(store=Store(db), library=lib))
    keys: dict[str, list[float]] = {"full": [], "empty": []}
    opens: dict[str, list[float]] = {"full": [], "empty": []}

    async def ready(app: Any) -> None:
        await until(lambda: app.screen.__class__.__name__ == "PickerScreen")
        await until(lambda: app.screen.query_one(DataTable).row_count > 0)

    async def keystroke(runner: AppThread, value: str) -> float:
        box = runner.app.screen.query_one(Input)
        start = time.perf_counter()
        box.value = value
        await runner.frames.after(start)
        took = runner.frames.last - start
        await asyncio.sleep(0.02)
        return took

    async def open_history(runner: AppThread) -> float:
        start = time.perf_counter()
        runner.app.push_screen(HistoryScreen())
        await runner.frames.after(start, of=HistoryScreen)
        took = runner.frames.last - start
        runner.app.pop_screen()
        await asyncio.sleep(0.1)
        return took

    try:
        for runner in runners.values():
            runner.call(ready(runner.app))
        for i in range(24):
            for name, runner in runners.items():
                keys[name].append(runner.call(keystroke(runner, ("fr", "f", "", "ra")[i % 4])))
        for _ in range(7):
            for name, runner in runners.items():
                opens[name].append(runner.call(open_history(runner)))
    finally:
        for runner in runners.values():
            runner.close()
    return (
        statistics.median(keys["full"]),
        statistics.median(keys["empty"]),
        statistics.median(opens["full"]),
        statistics.median(opens["empty"]),
    )


async def keystroke_after_result(lib: Any, case_id: str, text: str) -> tuple[float, float]:
    """(keystroke right after a grading result, keystroke alone), 2,000-word answer."""
    from _tui_frames import Frames, until
    from textual import events
    from textual.widgets import TextArea

    from designtrainer.grading.grade import grade
    from designtrainer.store.db import Store
    from designtrainer.tui.app import DesignTrainerApp, StartRequest
    from designtrainer.tui.screens.session import SessionScreen

    app = DesignTrainerApp(
        store=Store(Path(tempfile.mkdtemp()) / "db.sqlite3"),
        library=lib,
        start=StartRequest(case_id, "data"),
    )
    after: list[float] = []
    alone: list[float] = []
    async with app.run_test(size=(100, 32)):
        frames = Frames(app)
        await until(lambda: isinstance(app.screen, SessionScreen))
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        area = screen.query_one(TextArea)
        area.text = text
        await until(lambda: screen.graded_text.get("data") == text)
        screen.grading_enabled = False  # no background grading between samples: we post it
        area.focus()
        area.move_cursor(area.document.end)
        await asyncio.sleep(0.3)
        for i in range(40):
            for with_result in (True, False):
                current = area.text
                result = grade(lib.compiled(case_id), {"data": current})
                start = time.perf_counter()
                if with_result:
                    screen._graded(
                        "data", {"data": current}, result
                    )  # what the grading worker posts back
                app.post_message(events.Key("x", "x"))
                await until(lambda current=current: area.text != current, step=0)
                await frames.after(time.perf_counter())
                (after if with_result else alone).append(frames.last - start)
                await asyncio.sleep(0.05)
            del i
    return statistics.median(after), statistics.median(alone)


def main() -> None:
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # as bench_cli: installed code is compiled
    tmp = Path(tempfile.mkdtemp())
    try:
        run(tmp)
    finally:
        shutil.rmtree(tmp)  # the seeded store is 130 MB


def run(tmp: Path) -> None:
    os.environ["DESIGNTRAINER_HOME"] = str(tmp / "home")
    lib = _fixtures.library()
    case_id = _fixtures.largest_case(lib)
    words = _fixtures.words_of_references(lib)
    text = " ".join(words[:2000])
    answer = tmp / "answer.txt"
    answer.write_text(text, encoding="utf-8")
    section = tmp / "section.txt"
    section.write_text(" ".join(words[:400]), encoding="utf-8")
    full_db = _fixtures.seeded(10_000, tmp, lib)

    print(SCALE_HEADER)
    ours, bare = start_times()
    print(ratio_row("start to the picker's first frame", ours, bare, "bare Textual app", "1.3x"))
    empty, cached, again = first_ticks(case_id, section)
    for name, took in (("", cached), (", no compiled rubric cached yet", empty)):
        print(
            ratio_row(
                f"opening a session to first ticks, fresh process (400 words){name}",
                took,
                again,
                "the same, again in that process",
                "<= 100 ms",
            )
        )
    key_full, key_empty, open_full, open_empty = picker_and_history(lib, full_db)
    print(
        ratio_row(
            "picker filter keystroke, 10,000 attempts",
            key_full,
            key_empty,
            "no attempts",
            "<= 1.2x",
        )
    )
    print(
        ratio_row(
            "history screen open, 10,000 attempts",
            open_full,
            open_empty,
            "no attempts",
            "<= 300 ms",
        )
    )
    after, alone = asyncio.run(keystroke_after_result(lib, case_id, text))
    print(
        ratio_row(
            "keystroke right after a grading result (2,000 words)",
            after,
            alone,
            "a keystroke alone",
            "<= 1.2x",
        )
    )
    first_kb, again_kb, bare_kb = memory(case_id, answer)
    for name, ours_kb in (("", again_kb), (", first run (nothing cached)", first_kb)):
        print(
            f"| session peak memory (2,000 words, graded){name} | {ours_kb / 1024:.0f} MB | bare "
            f"Textual app with the same text: {bare_kb / 1024:.0f} MB | {ours_kb / bare_kb:.2f}x "
            "| <= 1.6x |"
        )


if __name__ == "__main__":
    main()
