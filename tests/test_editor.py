"""Editing an answer in one's own editor: which editor (pure), and the keys in the session."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import TextArea
from tui_helpers import make_app, opened, settle

from designtrainer.io.editor import choose_editor
from designtrainer.loading.library import Library
from designtrainer.tui.app import StartRequest
from designtrainer.tui.screens.modals import ChoiceScreen
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


def test_unset_falls_back_to_nano_then_vi_and_asks_first() -> None:
    nano = choose_editor({}, _which("nano", "vi"))
    assert nano.command == ("nano",) and nano.fallback
    assert nano.message.startswith("$EDITOR is not set. Open your answer in nano?")
    assert "export EDITOR=" in nano.message
    assert ":wq" not in nano.message  # nano shows its own keys
    vi = choose_editor({}, _which("vi"))
    assert vi.command == ("vi",) and vi.fallback
    assert "Open your answer in vi?" in vi.message
    # How to get out of vi, for someone who has never used it.
    assert ":wq" in vi.message and ":q!" in vi.message and "export EDITOR=" in vi.message


def test_an_editor_the_person_set_is_no_fallback() -> None:
    assert not choose_editor({"EDITOR": "nano"}, _which("nano")).fallback
    # $VISUAL missing but $EDITOR found: still the person's own choice (the note says why).
    choice = choose_editor({"VISUAL": "subl", "EDITOR": "vim"}, _which("vim", "nano"))
    assert choice.command == ("vim",) and not choice.fallback


def test_a_missing_program_is_passed_over_and_named() -> None:
    choice = choose_editor({"VISUAL": "subl -w", "EDITOR": "vim"}, _which("vim", "nano"))
    assert choice.command == ("vim",)
    assert "'subl -w', which is not on PATH" in choice.message
    fallback = choose_editor({"EDITOR": "hx"}, _which("nano"))
    assert fallback.command == ("nano",) and fallback.fallback
    assert fallback.message.startswith("$EDITOR is 'hx', which is not on PATH. Open your answer")


def test_an_unreadable_command_line_is_reported_not_raised() -> None:
    choice = choose_editor({"EDITOR": "vim 'unclosed"}, _which("vim", "vi"))
    assert choice.command == ("vi",) and choice.fallback
    assert "cannot be read" in choice.message and ":q!" in choice.message


def test_no_editor_at_all_says_how_to_set_one() -> None:
    choice = choose_editor({}, _which())
    assert choice.command == ()
    assert "neither nano nor vi is installed" in choice.message
    assert "export EDITOR=nano" in choice.message


# -- in the session ------------------------------------------------------------------------


def _fake_editor(bin_dir: Path, name: str) -> Path:
    """A program called `name` that appends " edited in NAME" to the file it is given."""
    bin_dir.mkdir(exist_ok=True)
    program = bin_dir / name
    program.write_text(
        f"#!{sys.executable}\nimport sys\nfrom pathlib import Path\n"
        f"p = Path(sys.argv[1])\np.write_text(p.read_text() + ' edited in {name}')\n"
    )
    program.chmod(0o755)
    return program


@pytest.fixture
def only_nano_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$VISUAL and $EDITOR unset; PATH is a folder holding a fake nano only (returned)."""
    bin_dir = tmp_path / "bin"
    _fake_editor(bin_dir, "nano")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("PATH", str(bin_dir))
    return bin_dir


async def test_f2_with_a_fallback_asks_first_and_open_runs_it(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, only_nano_on_path: Path
) -> None:
    """$VISUAL and $EDITOR unset: asked before the "nano" on PATH (a script) edits the answer."""
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "Chargebacks arrive late."
        await pilot.press("f2")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChoiceScreen)
        assert "$EDITOR is not set. Open your answer in nano?" in dialog.question
        assert "export EDITOR=" in dialog.question
        assert [label for _, label in dialog.choices] == ["Open nano", "Cancel"]
        # Nothing ran yet: the answer is as typed until the person says yes.
        assert screen.query_one(TextArea).text == "Chargebacks arrive late."
        await pilot.press("enter")  # the first button, "Open nano", has the focus
        await settle(pilot)
        assert app.screen is screen
        assert screen.query_one(TextArea).text == "Chargebacks arrive late. edited in nano"


async def test_f2_with_a_fallback_cancel_runs_nothing(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, only_nano_on_path: Path
) -> None:
    ran: list[object] = []
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: ran.append(a))
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)  # so a run would be recorded
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        area = screen.query_one(TextArea)
        area.text = "Chargebacks arrive late."
        for cancel in ("escape", "button"):
            await pilot.press("f2")
            await settle(pilot)
            assert isinstance(app.screen, ChoiceScreen)
            if cancel == "escape":
                await pilot.press("escape")
            else:
                await pilot.click("#choice-cancel")
            await settle(pilot)
            assert app.screen is screen
        assert ran == []
        assert area.text == "Chargebacks arrive late."


async def test_f2_with_editor_set_opens_at_once(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, only_nano_on_path: Path
) -> None:
    _fake_editor(only_nano_on_path, "myeditor")
    monkeypatch.setenv("EDITOR", "myeditor")
    app = make_app(tmp_path, library, StartRequest("fraud-detection", "data"))
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one(TextArea).text = "Chargebacks arrive late."
        await pilot.press("f2")
        await settle(pilot)
        assert app.screen is screen  # no question asked
        assert screen.query_one(TextArea).text == "Chargebacks arrive late. edited in myeditor"
        assert not app._notifications  # the editor asked for, nothing to explain


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
