"""TUI speed, each against a baseline measured in the same run (ratio of medians).

1. Start-up: process start to the first frame of the case picker, against a bare Textual app
   with Header, TextArea and Footer. Both run headless and exit right after their first
   refresh, so the figure includes Python start-up and imports, as a person would feel it.
2. Keystroke to refreshed screen in a section holding a 2,000-word answer with live ticks,
   against the same screen with grading switched off.
Run: `make bench` or `.venv/bin/python bench/bench_tui.py`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Both exit from an auto-pilot, which runs once the app is up and its first frame is drawn.
EXIT = """
import os, sys, time

async def first_frame(pilot):
    sys.stderr.write(f"{time.time() - float(os.environ['BENCH_T0'])}\\n")
    pilot.app.exit()
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


def start_time(code: str, runs: int = 9) -> float:
    """Seconds from launching the process to its first frame (reported by the process itself,
    so work that goes on after the first frame, like loading cases in a thread, is not counted)."""
    samples = []
    for _ in range(runs):
        env = {**os.environ, "DESIGNTRAINER_HOME": tempfile.mkdtemp(), "BENCH_T0": str(time.time())}
        done = subprocess.run(
            [sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
        )
        samples.append(float(done.stderr.strip().splitlines()[-1]))
    return statistics.median(samples)


async def keystroke_times(grading: bool, presses: int = 40) -> float:
    from textual.widgets import TextArea

    from designtrainer.loading.library import default_sources, load_library
    from designtrainer.store.db import Store
    from designtrainer.tui.app import DesignTrainerApp, StartRequest
    from designtrainer.tui.screens.session import SessionScreen

    lib = load_library(default_sources())
    case = lib.case("fraud-detection")
    words = " ".join(s.reference_answer for s in case.sections).split()
    answer = " ".join((words * 10)[:2000])
    app = DesignTrainerApp(
        store=Store(Path(tempfile.mkdtemp()) / "db.sqlite3"),
        library=lib,
        start=StartRequest("fraud-detection", "data"),
    )
    samples = []
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause(0.3)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.grading_enabled = grading
        screen.query_one(TextArea).text = answer
        await pilot.pause(0.5)
        for _ in range(presses):
            start = time.perf_counter()
            await pilot.press("x")  # returns once the app is idle: the screen has refreshed
            samples.append(time.perf_counter() - start)
            await pilot.pause(0.35)  # let the debounced grading run between keystrokes
    return statistics.median(samples)


def main() -> None:
    print("| what | time (median) | baseline (median) | ratio |\n|---|---|---|---|")
    ours, bare = start_time(OURS), start_time(BARE)
    print(
        f"| start to first frame of the picker | {ours * 1000:.0f} ms | {bare * 1000:.0f} ms "
        f"(bare Textual app) | {ours / bare:.2f}x |"
    )
    live = asyncio.run(keystroke_times(True))
    off = asyncio.run(keystroke_times(False))
    print(
        f"| keystroke to refreshed screen, 2,000-word answer, live ticks | {live * 1000:.1f} ms "
        f"| {off * 1000:.1f} ms (grading off) | {live / off:.2f}x |"
    )


if __name__ == "__main__":
    main()
