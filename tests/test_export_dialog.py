"""The TUI's export dialog: default folder, format, never over a file unless ticked."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, Input, Label, RadioButton

from designtrainer.grading.grade import grade
from designtrainer.io.importing import parse_exported
from designtrainer.loading.library import Library
from designtrainer.paths import exports_dir
from designtrainer.render.export import default_filename
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp
from designtrainer.tui.screens.export import ExportScreen
from designtrainer.tui.screens.history import AttemptView, HistoryScreen
from designtrainer.tui.screens.summary import SummaryScreen
from tests.tui_helpers import settle, until

FIX = Path(__file__).parent / "fixtures" / "answers"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a Documents folder, and a start directory nothing may be written to."""
    home = tmp_path / "home-dir"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    start = tmp_path / "started-here"
    start.mkdir()
    monkeypatch.chdir(start)
    return home


def _finished(store: Store, library: Library) -> int:
    parsed = parse_exported((FIX / "fraud-detection" / "strong.md").read_text(encoding="utf-8"))
    aid = store.start_attempt("fraud-detection", library.case("fraud-detection").title)
    for sid, text in parsed.answers.items():
        store.save_answer(aid, sid, text)
    store.finish(aid, grade(library.compiled("fraud-detection"), parsed.answers))
    return aid


async def _export_dialog(app: DesignTrainerApp, pilot: Pilot[None], aid: int) -> ExportScreen:
    """The dialog `e` opens on a finished attempt's summary."""
    await settle(pilot)
    app.push_screen(SummaryScreen(aid, read_only=True))
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, ExportScreen)
    return dialog


def test_the_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "h"))
    (tmp_path / "h").mkdir()
    # No ~/Documents: the data directory's exports folder (DESIGNTRAINER_HOME in tests).
    assert exports_dir() == tmp_path / "home" / "exports"
    (tmp_path / "h" / "Documents").mkdir()
    assert exports_dir() == tmp_path / "h" / "Documents" / "designtrainer"


async def test_export_from_history_asks_where_and_which_format(
    tmp_path: Path, library: Library, home: Path
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = _finished(store, library)
    attempt = store.get(aid)
    assert attempt is not None
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        app.push_screen(HistoryScreen())
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        folder = home / "Documents" / "designtrainer"
        assert dialog.query_one("#folder", Input).value == str(folder)
        md_name = default_filename(attempt, "md")
        assert str(folder / md_name) in str(dialog.query_one("#target", Label).render())
        # HTML chosen: the name follows, as the CLI names it.
        dialog.query(RadioButton)[1].value = True
        await settle(pilot)
        assert dialog.target == folder / default_filename(attempt, "html")
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
    page = folder / default_filename(attempt, "html")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert list(Path.cwd().iterdir()) == []  # nothing in the directory the app started in


async def test_export_from_an_opened_attempt(tmp_path: Path, library: Library, home: Path) -> None:
    """Enter on a finished attempt in History, then `e`: the dialog is for that attempt."""
    store = Store(tmp_path / "db.sqlite3")
    older = _finished(store, library)
    newer = _finished(store, library)
    attempt = store.get(older)
    assert attempt is not None
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        app.push_screen(HistoryScreen())
        await settle(pilot)
        await pilot.press("down")  # newest first: the second row is the older attempt
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen
        assert isinstance(view, AttemptView) and view.attempt_id == older != newer
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.attempt.id == older
        assert f"Attempt #{older}:" in str(dialog.query_one(Label).render())
        assert dialog.target.name == default_filename(attempt, "md")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is view


async def test_export_refuses_to_overwrite_unless_ticked(
    tmp_path: Path, library: Library, home: Path
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = _finished(store, library)
    attempt = store.get(aid)
    assert attempt is not None
    folder = tmp_path / "chosen"
    folder.mkdir()
    existing = folder / default_filename(attempt, "md")
    existing.write_text("mine", encoding="utf-8")
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await _export_dialog(app, pilot, aid)
        dialog.query_one("#folder", Input).value = str(folder)
        await settle(pilot)
        assert "(exists)" in str(dialog.query_one("#target", Label).render())
        await pilot.click("#export")
        await settle(pilot)
        # Refused, said in the dialog, which stays open; the file is untouched; no `~2` copy.
        assert app.screen is dialog
        problem = str(dialog.query_one("#problem", Label).render())
        assert "already exists" in problem and "Replace the file" in problem
        assert existing.read_text(encoding="utf-8") == "mine"
        assert sorted(p.name for p in folder.iterdir()) == [existing.name]
        # Ticked: replaced, with the reference answers asked for.
        dialog.query_one("#overwrite", Checkbox).value = True
        dialog.query_one("#references", Checkbox).value = True
        await settle(pilot)
        # A Button ignores clicks while its press effect shows (0.2 s, on a timer): a person
        # takes longer than that to tick the box, this test did not always (failed once).
        export = dialog.query_one("#export", Button)
        await until(pilot, lambda: not export.has_class("-active"), "Export's press effect ending")
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
    text = existing.read_text(encoding="utf-8")
    assert text.startswith("---\ndesigntrainer_format: 2\n") and "**Reference answer**" in text
    assert parse_exported(text).answers == {
        sid: attempt.section(sid).answer for sid in parse_exported(text).answers
    }
    assert sorted(p.name for p in folder.iterdir()) == [existing.name]


async def test_cancel_writes_nothing(tmp_path: Path, library: Library, home: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = _finished(store, library)
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(100, 32)) as pilot:
        await _export_dialog(app, pilot, aid)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
    assert not (home / "Documents" / "designtrainer").exists()


async def test_a_typed_folder_that_does_not_exist_is_refused_not_created(
    tmp_path: Path, library: Library, home: Path
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = _finished(store, library)
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await _export_dialog(app, pilot, aid)
        typo = tmp_path / "chosne" / "sub"
        dialog.query_one("#folder", Input).value = str(typo)
        await settle(pilot)
        await pilot.click("#export")
        await settle(pilot)
        assert app.screen is dialog
        problem = str(dialog.query_one("#problem", Label).render())
        assert f"folder {typo} does not exist" in problem
    assert not (tmp_path / "chosne").exists()


def _glyph(toggle: RadioButton | Checkbox) -> str:
    """The character inside a toggle's button, as drawn (no colour: tests run with NO_COLOR)."""
    return str(toggle.render()).lstrip("▐")[0]


async def test_the_chosen_format_and_ticks_show_without_colour(
    tmp_path: Path, library: Library, home: Path
) -> None:
    """Textual draws every radio button as "●" and every checkbox as "X", on or off, and tells
    them apart by colour alone: under NO_COLOR (or on a monochrome terminal) neither the chosen
    format nor a ticked box could be seen. The glyph itself says it."""
    store = Store(tmp_path / "db.sqlite3")
    aid = _finished(store, library)
    app = DesignTrainerApp(store=store, library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _export_dialog(app, pilot, aid)
        md, html = dialog.query(RadioButton)
        assert (_glyph(md), _glyph(html)) == ("●", "○")
        references, overwrite = dialog.query(Checkbox)
        assert (_glyph(references), _glyph(overwrite)) == (" ", " ")
        html.value = True
        references.value = True
        await settle(pilot)
        assert (_glyph(md), _glyph(html)) == ("○", "●")
        assert (_glyph(references), _glyph(overwrite)) == ("✔", " ")
        assert dialog.format == "html"
