"""A session holds no table it does not use (issue 12, session peak memory).

DataTable reads a column label given as a string as rich markup, and reading markup loads
rich's table of 3,600 emoji codes: about 800 kB that the picker's first fill used to leave in
every session. The labels are given as rich Text (`tui.text.heading`), which reads no markup.
Checked in a fresh interpreter: another test may have loaded the table in this one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rich.text import Text

from designtrainer.tui.text import heading

_SESSION = """
import asyncio, sys
from textual.widgets import DataTable, TextArea
from designtrainer.loading.library import default_sources, load_library
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp, StartRequest

async def main():
    app = DesignTrainerApp(
        store=Store(), library=load_library(default_sources()),
        start=StartRequest("fraud-detection", "data"),
    )
    async with app.run_test(size=(100, 32)) as pilot:
        while app.screen.__class__.__name__ != "SessionScreen":
            await pilot.pause(0.05)
        picker = app.screen_stack[-2]
        labels = [c.label.plain for c in picker.query_one(DataTable).ordered_columns]
        app.screen.query_one(TextArea).text = "Labels come from chargebacks, weeks later."
        while not app.screen.graded_text.get("data"):
            await pilot.pause(0.05)
    print(",".join(labels), "rich._emoji_codes" in sys.modules)

asyncio.run(main())
"""


def test_a_session_loads_no_emoji_table(tmp_path: Path) -> None:
    env = {**os.environ, "DESIGNTRAINER_HOME": str(tmp_path / "home")}
    out = subprocess.run(
        [sys.executable, "-c", _SESSION],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    ).stdout.strip()
    labels, loaded = out.rsplit(" ", 1)
    assert labels.startswith("Case,Level,Best,Last attempt")  # the picker was filled
    assert loaded == "False"


def test_a_heading_is_the_label_markup_would_make() -> None:
    for label in ("Case", "Level", "Best", "Last attempt", "Tags", "Next review", "Eval"):
        assert heading(label) == Text.from_markup(label)
