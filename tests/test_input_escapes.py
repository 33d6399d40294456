"""A one-line box (the picker's filter, the clarifying question, the export folder) never
sends a control or format character it holds to the terminal: Textual's Input put a pasted
ESC raw into the frame (a terminal that passes it through in a paste then obeys `ESC [2J` or
`ESC ]52`). Each is drawn as a picture (ESC as ␛), one for one."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input
from tui_helpers import opened, settle

from designtrainer.loading.library import Library
from designtrainer.render.terminal import has_control
from designtrainer.tui.screens.brief import BriefScreen
from tests.test_export_dialog import _export_dialog, _finished

PASTED = "scale \x1b[2J\x1b]52;c;SGVsbG8=\x07 \u202eevil"


def _drawn(pilot: Pilot[None]) -> str:
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


async def _paste(pilot: Pilot[None], box: Input) -> None:
    box.focus()
    box.post_message(events.Paste(PASTED))
    await settle(pilot)
    assert box.value.startswith("scale ") and box.value.endswith("evil")
    assert len(box.value) == len(PASTED)  # one picture for each: the cursor stays put
    drawn = _drawn(pilot)
    assert "scale ␛[2J␛]52;c;SGVsbG8=" in drawn
    assert not has_control(drawn)


@pytest.mark.parametrize("where", ["filter", "question"])
async def test_a_pasted_escape_is_drawn_as_a_picture(
    tmp_path: Path, library: Library, where: str
) -> None:
    async with opened(tmp_path, library) as (app, pilot):
        if where == "question":
            app.open_case("fraud-detection")
            await settle(pilot)
            assert isinstance(app.screen, BriefScreen)
        await _paste(pilot, app.screen.query_one(f"#{where}", Input))


async def test_a_pasted_escape_in_the_export_folder_is_drawn_as_a_picture(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designtrainer.store.db import Store
    from designtrainer.tui.app import DesignTrainerApp

    monkeypatch.setenv("HOME", str(tmp_path / "person"))
    store = Store(tmp_path / "db.sqlite3")
    aid = _finished(store, library)
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await _export_dialog(app, pilot, aid)
        box = dialog.query_one("#folder", Input)
        box.value = ""
        await _paste(pilot, box)
