"""Shared fixtures: every test runs with its own DESIGNTRAINER_HOME and no user case dirs.

Expensive things that no test changes are made once per test process: the bundled library
(the `library` fixture), and any library loaded again from files that have not changed since
(the CLI and the app load one per command; see `_loaded_once`). Hypothesis runs a modest
number of examples by default; `HYPOTHESIS_PROFILE=thorough` runs many more.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from designtrainer.loading import library as library_module
from designtrainer.loading.library import Library, Source, default_sources

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DESIGNTRAINER_CASES", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    yield


_real_load_library = library_module.load_library
_LOADED: dict[object, Library] = {}


def _load_library_once(sources: Iterable[Source], report: set[Path] | None = None) -> Library:
    """`load_library`, remembered for sources whose files are unchanged (same size and mtime).

    A library is never changed after loading (compiled rubrics are a cache inside it), so
    tests that load the same files share one, with its compiled rubrics.
    """
    sources = list(sources)
    try:
        key = (
            tuple(
                (s.name, s.level, s.problems, tuple((f, _stamp(f)) for f in s.files))
                for s in sources
            ),
            frozenset(report) if report is not None else None,
        )
        hash(key)
    except (OSError, TypeError):
        return _real_load_library(sources, report)
    if key not in _LOADED:
        _LOADED[key] = _real_load_library(sources, report)
    return _LOADED[key]


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


@pytest.fixture(autouse=True)
def _loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every caller imports load_library from its module at call time, so this reaches them all.
    monkeypatch.setattr(library_module, "load_library", _load_library_once)


@pytest.fixture
def uncached_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests of what loading reads: every `load_library` reads its files again."""
    monkeypatch.setattr(library_module, "load_library", _real_load_library)


@pytest.fixture
def library() -> Library:
    """The bundled library, loaded once per test process (it is read-only)."""
    return _load_library_once(default_sources())
