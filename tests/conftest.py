"""Shared fixtures: every test runs with its own DESIGNTRAINER_HOME and no user case dirs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from designtrainer.loading.library import Library, default_sources, load_library

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DESIGNTRAINER_CASES", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    yield


_LIBRARY: Library | None = None


@pytest.fixture
def library() -> Library:
    """The bundled library, loaded once per test process (it is read-only)."""
    global _LIBRARY
    if _LIBRARY is None:
        _LIBRARY = load_library(default_sources())
    return _LIBRARY


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Section clocks read a fixed time, so screens and snapshots do not depend on speed."""
    from designtrainer.tui.widgets import clock

    monkeypatch.setattr(clock, "monotonic", lambda: 1000.0)
