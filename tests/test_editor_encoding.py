"""What the person wrote in their own editor is kept even when the editor saved it in another
encoding than UTF-8 (a Latin-1 locale): the edit was thrown away with "Your answer is
unchanged", and the temporary file with it."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest
from textual.widgets import TextArea
from tui_helpers import make_app, settle

from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.session import SessionScreen


async def test_an_edit_saved_as_latin_1_is_kept_and_the_odd_bytes_are_said(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = tmp_path / "latin1-editor"
    editor.write_text(
        f"#!{sys.executable}\nimport sys\n"
        "open(sys.argv[1], 'ab').write(' Fraud caf\\xe9 orders arrive weekly.'.encode('latin-1'))\n"
    )
    editor.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(editor))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        area = screen.query_one(TextArea)
        area.text = "Chargebacks arrive late."
        await pilot.press("f2")
        await settle(pilot)
        assert area.text == "Chargebacks arrive late. Fraud caf\ufffd orders arrive weekly."
        said = [n.message for n in app._notifications]
        assert any("not UTF-8" in m for m in said), said
        assert not any("unchanged" in m for m in said), said
