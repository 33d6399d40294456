"""A drill answer that only names the idea is told so: it is not "not found" (the summary, the
checklist and `grade` all say "named"), and its suggested rating is already "hard"."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from tui_helpers import opened, settle

from designtrainer.loading.library import Library
from designtrainer.tui.screens.drill import DrillScreen

CASE = "fraud-detection"
NAMES = "class imbalance, delayed labels, feature store, drift monitoring, time split"


async def test_a_named_idea_is_called_named_in_the_drill(tmp_path: Path, library: Library) -> None:
    async with opened(tmp_path, library, size=(120, 36)) as (app, pilot):
        assert app.open_drill(CASE, 1, "class-imbalance")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        screen.area.text = NAMES
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert screen.result is not None and screen.result.named  # as `grade` reads it
        result = str(screen.query_one("#result", Static).render())
        assert "Not found" not in result
        assert "Named" in result and screen.card.item.label in result
        assert screen.rating == "hard"
