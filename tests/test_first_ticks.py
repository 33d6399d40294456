"""Opening a session quickly (issue 12, first ticks): work moved before the open must leave the
session screen exactly as it was."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from tui_helpers import make_app, settle, until

from designtrainer.loading.library import Library
from designtrainer.store.db import Store
from designtrainer.tui.app import DesignTrainerApp
from designtrainer.tui.screens.session import SessionScreen


async def _session_styles(
    folder: Path, library: Library, ahead: bool
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Every node of a freshly opened session with its styles, and the CSS sources the open
    added to the stylesheet."""
    folder.mkdir()
    app = make_app(folder, library)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        if ahead:
            app._style_ahead()
        before = set(app.stylesheet.source)
        app.open_case("fraud-detection", skip_brief=True)
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert gc.isenabled()  # paused while the screen composed, given back after its frame
        added = [k for k in app.stylesheet.source if k not in before]
        nodes = [(repr(n), n.styles.css) for n in app.screen.walk_children(with_self=True)]
        return nodes, added


async def test_styling_the_session_ahead_changes_no_style_and_leaves_nothing_to_add(
    tmp_path: Path, library: Library
) -> None:
    """The app adds the session screen's default CSS while the picker shows: every node of
    the session is then styled as it was without that, and opening it adds no source (the
    list of classes styled ahead is complete)."""
    plain, added_plain = await _session_styles(tmp_path / "plain", library, ahead=False)
    ahead, added_ahead = await _session_styles(tmp_path / "ahead", library, ahead=True)
    assert len(added_plain) >= 5 and added_ahead == []
    assert len(plain) > 20 and ahead == plain


async def test_the_collector_is_given_back_after_the_first_frame(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session screen pauses the cycle collector while it composes and draws its first
    frame: it is on again once the session shows.

    No rubric is compiled ahead while the picker shows (`warm_case`): compiling pauses the
    collector too, in a worker thread, and gives it back as it found it. A compile the first
    app began (its cursor rested on a case for `WARM_AFTER`, likely on a loaded machine) ran
    on after that app ended, found the collector on and turned it on again after the test had
    turned it off, and "a caller that had it off keeps it off" failed. That was this test's
    assumption (no other thread toggles the collector meanwhile), not the screen's pause."""
    composing: list[bool] = []
    compose = SessionScreen.compose

    def watched(screen: SessionScreen) -> Any:
        composing.append(gc.isenabled())
        return compose(screen)

    monkeypatch.setattr(SessionScreen, "compose", watched)
    monkeypatch.setattr(DesignTrainerApp, "warm_case", lambda *_args: None)
    app = make_app(tmp_path, library)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        app.open_case("fraud-detection", skip_brief=True)
        await settle(pilot)
        assert composing == [False]  # paused while it composed
        assert isinstance(app.screen, SessionScreen) and gc.isenabled()
        app.pop_screen()
        await settle(pilot)
        assert gc.isenabled()
    gc.disable()
    try:  # a caller that had it off keeps it off
        (tmp_path / "off").mkdir()
        app = make_app(tmp_path / "off", library)
        async with app.run_test(size=(100, 32)) as pilot:
            await settle(pilot)
            app.open_case("fraud-detection", skip_brief=True)
            await settle(pilot)
            assert isinstance(app.screen, SessionScreen) and not gc.isenabled()
    finally:
        gc.enable()


def test_a_screen_made_but_never_shown_leaves_the_collector_on(library: Library) -> None:
    """Making a session screen pauses nothing: a screen built and dropped (never mounted, so
    never unmounted nor drawn) must not leave the cycle collector off for the process."""
    assert gc.isenabled()
    SessionScreen(library.case("fraud-detection"), attempt_id=1)
    assert gc.isenabled()


async def test_the_app_styles_the_session_ahead_once_it_has_loaded_its_library(
    tmp_path: Path,
) -> None:
    """Loading the library itself (as `designtrainer` does), the app adds the session screen's
    default CSS while the picker shows, before any session is opened."""
    app = DesignTrainerApp(store=Store(tmp_path / "db.sqlite3"))
    async with app.run_test(size=(100, 32)) as pilot:
        await until(
            pilot,
            lambda: any(name == "OptionList.DEFAULT_CSS" for _, name in app.stylesheet.source),
            "the session screen's CSS added while the picker shows",
        )
        assert type(app.screen).__name__ == "PickerScreen"
