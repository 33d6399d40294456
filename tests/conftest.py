"""Shared fixtures: every test runs with its own DESIGNTRAINER_HOME and no user case dirs.

`tmp_path` is this file's own, cheaper than pytest's (see `tmp_path`), and a test that asks
for none gets a data home that is only a path until something writes there.

Expensive things that no test changes are made once per test process: the bundled library
(the `library` fixture), and any library loaded again from files that have not changed since
(the CLI and the app load one per command; see `_loaded_once`), and any YAML file parsed again
unchanged (`validate` loads the library with one file singled out, a key `_loaded_once` cannot
share). Hypothesis runs a modest number of examples by default; `HYPOTHESIS_PROFILE=thorough`
runs many more. The garbage collector runs less often (see `pytest_collection_finish`).
"""

from __future__ import annotations

import contextlib
import gc
import inspect
import itertools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import bytecode_cache  # noqa: F401  (first: it decides where what is imported below is cached)
import pytest
from hypothesis import settings
from textual.css.model import RuleSet
from textual.css.stylesheet import CSSLocation, Stylesheet

from designtrainer.loading import cache_space
from designtrainer.loading import library as library_module
from designtrainer.loading.library import Library, Source, default_sources
from designtrainer.loading.yamlfile import YamlDoc

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` starts two workers per CPU (PYTEST_XDIST_AUTO_NUM_WORKERS still decides when
    set).

    A pilot test spends much of its time asleep: Textual's pilot waits for the app to look
    idle in 20 ms naps, twice per key pressed and once per pause, and the terminal and wheel
    tests wait on other processes. With one worker per CPU the CPUs stood idle then: on
    2 CPUs the suite took ~84 s with ~100 s of CPU time. A second worker per CPU runs while
    the first naps. Tests do not share files (each has its own folders), so any number of
    workers may run at once.
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return 2 * cpus


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first: those marked slow (a wheel built, a real terminal: seconds of
    waiting on another process), then the pilot tests (async, 0.3-2 s each), then the rest,
    each group in its usual order.

    xdist's worksteal hands each worker a run of the list and lets an idle worker take half of
    another's queue from its end; a few-second test left near the end kept one worker busy
    after the others had finished. Every worker sorts alike, so their collections still match.
    """

    def weight(item: pytest.Item) -> int:
        if item.get_closest_marker("slow") is not None:
            return 0
        function = getattr(item, "function", None)
        return 1 if inspect.iscoroutinefunction(function) else 2

    items.sort(key=weight)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Fewer, cheaper garbage collections: a pilot test makes cyclic garbage by the hundred
    thousand objects (every Textual widget, message and style), so CPython's default gen-0
    threshold of 700 ran ~3,000 collections per 20 pilot tests, a fifth of their CPU time.
    Everything imported and collected so far lives to the end, so it is frozen out of the
    collections. Garbage is still collected, only in bigger batches; no test asserts on when.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 50, 100)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """One full collection at the end, then what is still alive is frozen.

    After the session pytest collects garbage five times (to report exceptions raised in
    `__del__`). By then about 1.1 million objects are alive in a worker, and nothing is frozen
    (each app unfreezes on exit), so each collection walked them all, ~2.5 s; past 5 s execnet
    stops the worker with a SIGINT, which printed an unraisable KeyboardInterrupt from
    Hypothesis's gc callback at the end of full runs. This collection still finds all the
    garbage (and reports its `__del__` errors through the same hook); the five after it walk
    only what is new.
    """
    gc.collect()
    gc.freeze()


_NUMBER = itertools.count()


@pytest.fixture(scope="session")
def _scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This process's folder for test folders, in pytest's base temp (so pytest's clean-up of
    old runs removes it)."""
    return tmp_path_factory.mktemp("tests", numbered=True)


def _fresh(scratch: Path, test: str, what: str) -> Path:
    """A path no other test in this process has, named after the test (not created)."""
    name = re.sub(r"\W", "_", test)[:30]
    return scratch / f"{next(_NUMBER)}-{name}-{what}"


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, _scratch: Path) -> Path:
    """A new empty folder for each test that asks, as pytest's `tmp_path` but cheaper.

    pytest's own numbers its folders by listing its base folder first, and re-points a
    "current" symlink: per test, that listing grew with every folder before it (quadratic in a
    worker's tests) and the unlink and symlink are journal writes: 2,000 empty tests took
    4.8 s of CPU and 9-15 s here with it, 1.3 s and 1.5 s with this one (a counter and one
    mkdir; the folders are still named after their tests, in pytest's base temp).
    """
    path = _fresh(_scratch, request.node.name, "tmp")
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def _isolated_home(
    request: pytest.FixtureRequest, _scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A data home of the test's own, not made until something writes there (as the app would
    make it): `tmp_path / "home"` for a test that has a `tmp_path`, else a fresh path, so the
    ~2,000 tests that never write a file make no folder."""
    if "tmp_path" in request.fixturenames:
        home = request.getfixturevalue("tmp_path") / "home"
    else:
        home = _fresh(_scratch, request.node.name, "home")
    _test_environment(monkeypatch, home)
    yield


def _test_environment(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """What every test runs in: its own data home, no user case folders, no colour."""
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(home))
    monkeypatch.delenv("DESIGNTRAINER_CASES", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    # The caches' room is played, not measured: the host's disk decides nothing in a test
    # (tests/test_cache_space.py plays a full one).
    monkeypatch.setattr(cache_space, "space", lambda _folder: (1 << 40, 1 << 41))


_real_load_library = library_module.load_library
_real_read_yaml = library_module.read_yaml
_PARSED: dict[object, YamlDoc] = {}
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


def _read_yaml_once(path: Path, raw: bytes | None = None) -> YamlDoc:
    """`read_yaml`, remembered for a file that parsed and is unchanged (same bytes when the
    caller read them, else same size and mtime).

    Keyed by the path as given too: problems name the file the way the caller spelled it.
    A file that fails is read again each time, so its error is always the real one.
    """
    try:
        key = (path, raw) if raw is not None else (path, path.resolve(), _stamp(path))
    except OSError:
        return _real_read_yaml(path, raw)
    if key not in _PARSED:
        _PARSED[key] = _real_read_yaml(path, raw)
    return _PARSED[key]


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


@pytest.fixture(autouse=True)
def _loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every caller imports load_library from its module at call time, so this reaches them all.
    monkeypatch.setattr(library_module, "load_library", _load_library_once)
    monkeypatch.setattr(library_module, "read_yaml", _read_yaml_once)


_real_parse_rules = Stylesheet._parse_rules
_RULES: dict[tuple[object, ...], list[RuleSet]] = {}


def _parse_rules_once(
    self: Stylesheet,
    css: str,
    read_from: CSSLocation,
    is_default_rules: bool = False,
    tie_breaker: int = 0,
    scope: str = "",
) -> list[RuleSet]:
    """Textual's `Stylesheet._parse_rules`, remembered for the whole process, not per app.

    Every app a pilot test starts parsed the same widgets' CSS again (its cache is the app's
    own stylesheet's): a tenth of a pilot test's CPU time. The parsed rules depend only on
    the CSS, where it came from and the stylesheet's variables (the theme), all in the key;
    Textual's own cache shares them the same way between parses of one stylesheet, so
    nothing changes them after parsing. CSS that fails to parse is not remembered.
    """
    key = (
        tuple(sorted(self._variables.items())),
        css,
        read_from,
        is_default_rules,
        tie_breaker,
        scope,
    )
    rules = _RULES.get(key)
    if rules is None:
        rules = _RULES[key] = _real_parse_rules(
            self, css, read_from, is_default_rules, tie_breaker, scope
        )
    return rules


Stylesheet._parse_rules = _parse_rules_once  # type: ignore[method-assign]


@pytest.fixture
def uncached_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests of what loading reads: every `load_library` reads and parses its files again."""
    monkeypatch.setattr(library_module, "load_library", _real_load_library)
    monkeypatch.setattr(library_module, "read_yaml", _real_read_yaml)


@pytest.fixture(scope="session")
def own_environment(_scratch: Path) -> Callable[[str], AbstractContextManager[None]]:
    """For session and module fixtures: `with own_environment("name"):` runs as a test runs
    (a data home of its own, no user case folders). They are made before any test's
    environment, so without it they read the user's DESIGNTRAINER_CASES and write caches in
    the user's own data home."""

    @contextlib.contextmanager
    def entered(name: str) -> Iterator[None]:
        with pytest.MonkeyPatch.context() as monkeypatch:
            _test_environment(monkeypatch, _fresh(_scratch, name, "home"))
            yield

    return entered


@pytest.fixture(scope="session")
def library(own_environment: Callable[[str], AbstractContextManager[None]]) -> Library:
    """The bundled library, loaded once per test process (it is read-only).

    Session-scoped: the bundled files do not change during a run, and listing and stamping
    them again for each of ~2,500 tests cost ~2 ms apiece.
    """
    with own_environment("library"):
        return _load_library_once(default_sources())


@pytest.fixture
def files_read(monkeypatch: pytest.MonkeyPatch, uncached_loading: None) -> list[str]:
    """The names of the YAML files the library really parses (no test cache, and any file
    found valid in the data home's cache is not parsed)."""
    seen: list[str] = []
    real = library_module.read_yaml

    def counting(path: Path, raw: bytes | None = None) -> YamlDoc:
        seen.append(path.name)
        return real(path, raw)

    monkeypatch.setattr(library_module, "read_yaml", counting)
    return seen


@pytest.fixture(
    params=[
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw[:-10] + bytes(b ^ 0xFF for b in raw[-10:]),
        lambda raw: b"",
        lambda raw: b"not a cache file at all",
    ],
    ids=["truncated", "bytes-flipped", "empty", "foreign"],
)
def cache_damage(request: pytest.FixtureRequest) -> Callable[[bytes], bytes]:
    """Ways a cache file on disk gets damaged: every cache must ignore and replace it."""
    damage: Callable[[bytes], bytes] = request.param
    return damage
