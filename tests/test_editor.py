"""Editing an answer in one's own editor: which editor (pure), and the keys in the session."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest
from textual.widgets import TextArea
from tui_helpers import make_app, opened, settle

from designtrainer.io.editor import choose_editor
from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.session import SessionScreen


def _which(*installed: str):  # type: ignore[no-untyped-def]
    """A PATH holding exactly `installed` (program names or absolute paths)."""
    return lambda name: f"/usr/bin/{name}" if name in installed else None


def test_visual_wins_over_editor() -> None:
    choice = choose_editor({"VISUAL": "code --wait", "EDITOR": "vim"}, _which("code", "vim"))
    assert choice.command == ("code", "--wait")
    assert choice.message == ""


def test_editor_is_used_when_visual_is_unset_or_blank() -> None:
    choice = choose_editor({"VISUAL": "  ", "EDITOR": "emacs -nw"}, _which("emacs", "nano"))
    assert choice.command == ("emacs", "-nw")
    assert choice.message == ""


def test_quoted_editor_paths_are_split_like_a_shell() -> None:
    env = {"EDITOR": "'/opt/my editor/bin/ed' --flag"}
    choice = choose_editor(env, _which("/opt/my editor/bin/ed"))
    assert choice.command == ("/opt/my editor/bin/ed", "--flag")


def test_unset_falls_back_to_nano_then_vi_and_says_so() -> None:
    nano = choose_editor({}, _which("nano", "vi"))
    assert nano.command == ("nano",)
    assert "Opening nano" in nano.message and "$EDITOR is not set" in nano.message
    assert "export EDITOR=" in nano.message
    vi = choose_editor({}, _which("vi"))
    assert vi.command == ("vi",)
    assert "Opening vi" in vi.message


def test_a_missing_program_is_passed_over_and_named() -> None:
    choice = choose_editor({"VISUAL": "subl -w", "EDITOR": "vim"}, _which("vim", "nano"))
    assert choice.command == ("vim",)
    assert "'subl -w', which is not on PATH" in choice.message
    fallback = choose_editor({"EDITOR": "hx"}, _which("nano"))
    assert fallback.command == ("nano",)
    assert "$EDITOR is 'hx', which is not on PATH" in fallback.message


def test_an_unreadable_command_line_is_reported_not_raised() -> None:
    choice = choose_editor({"EDITOR": "vim 'unclosed"}, _which("vim", "vi"))
    assert choice.command == ("vi",)
    assert "cannot be read" in choice.message


def test_no_editor_at_all_says_how_to_set_one() -> None:
    choice = choose_editor({}, _which())
    assert choice.command == ()
    assert "neither nano nor vi is installed" in choice.message
    assert "export EDITOR=nano" in choice.message


# -- in the session ------------------------------------------------------------------------


async def test_f2_without_editor_variables_opens_a_fallback_found_on_path(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$VISUAL and $EDITOR unset: the "nano" on PATH (here a script) edits the answer."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    nano = bin_dir / "nano"
    nano.write_text(
        f"#!{sys.executable}\nimport sys\nfrom pathlib import Path\n"
        "p = Path(sys.argv[1])\np.write_text(p.read_text() + ' edited in nano')\n"
    )
    nano.chmod(0o755)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("PATH", str(bin_dir))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "Chargebacks arrive late."
        await pilot.press("f2")
        await settle(pilot)
        assert screen.query_one(TextArea).text == "Chargebacks arrive late. edited in nano"
        said = [n.message for n in app._notifications]
        assert any("Opening nano" in m and "export EDITOR=" in m for m in said)


async def test_f2_with_no_editor_anywhere_says_how_to_set_one(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        area = app.screen.query_one(TextArea)
        area.text = "Chargebacks arrive late."
        await pilot.press("f2")
        await settle(pilot)
        assert area.text == "Chargebacks arrive late."
        said = [n.message for n in app._notifications]
        assert any("No editor to open" in m and "export EDITOR=nano" in m for m in said)


async def test_ctrl_e_is_end_of_line_and_ctrl_end_the_end_of_the_answer(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "no-such-editor-anywhere")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    async with opened(tmp_path, library, StartRequest("fraud-detection", "data")) as (app, pilot):
        area = app.screen.query_one(TextArea)
        area.text = "first line\nsecond line\nthe last line"
        area.focus()
        area.move_cursor((0, 0))
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert area.cursor_location == (0, len("first line"))
        assert not app._notifications  # no editor was asked for
        await pilot.press("ctrl+end")
        assert area.cursor_location == (2, len("the last line"))
        assert area.text == "first line\nsecond line\nthe last line"
