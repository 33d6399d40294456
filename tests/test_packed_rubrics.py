"""A loaded library keeps its rubrics packed until asked for (issue 12, session memory): what
comes back must be the very rubric the loader built, and asking must not build the others."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from designtrainer.domain.model import RedFlag, Rubric, RubricItem
from designtrainer.loading.library import default_sources, load_library
from designtrainer.loading.packed import Rubrics, pack, unpack


def _built(monkeypatch: pytest.MonkeyPatch) -> dict[str, Rubric]:
    """Every bundled rubric as the loader builds it, never packed (its last step given a
    dict, which keeps what it is given)."""
    monkeypatch.setattr("designtrainer.loading.library.Rubrics", dict)
    rubrics = load_library(default_sources()).rubrics
    assert type(rubrics) is dict
    return rubrics


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> dict[str, Rubric]:
    return _built(monkeypatch)


def _same(a: object, b: object) -> bool:
    """Equal, and of the same types all the way down (a list for a tuple would be equal to
    nothing, but would also not be the model)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(map(_same, a, b))
    if dataclasses.is_dataclass(a):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    return a == b


def test_every_bundled_rubric_comes_back_the_same(built: dict[str, Rubric]) -> None:
    assert len(built) >= 14
    packed = pack(built)
    for case_id, rubric in built.items():
        assert _same(unpack(packed, case_id), rubric)


def test_a_loaded_library_gives_them_packed(monkeypatch: pytest.MonkeyPatch) -> None:
    rubrics = load_library(default_sources()).rubrics
    assert isinstance(rubrics, Rubrics)
    built = _built(monkeypatch)
    assert list(rubrics) == list(built)
    for case_id, rubric in built.items():
        assert _same(rubrics[case_id], rubric)


def test_odd_fields_come_back_the_same() -> None:
    """Every optional field away from its default, and at it."""
    item = RubricItem("a", "data", "A", 3, "core", (("x", "y"), ("z",)), "why", 40, "allow", "q?")
    plain = RubricItem("b", "framing", "B", 1, "core", (("w",),), "")
    flag = RedFlag("f", "m", (("p",),), "data", 12, "allow", "F", (("u", "v"),), ("r",))
    bare = RedFlag("g", "n", (("q",),))
    rubric = Rubric("c", (item, plain), (flag, bare), ("not spam",))
    empty = Rubric("e", ())
    packed = pack({"c": rubric, "e": empty})
    assert _same(unpack(packed, "c"), rubric)
    assert _same(unpack(packed, "e"), empty)
    with pytest.raises(KeyError):
        unpack(packed, "nope")


def test_asking_builds_one_and_keeps_it(built: dict[str, Rubric]) -> None:
    rubrics = built
    mapping = Rubrics(rubrics)
    first = next(iter(rubrics))
    assert first in mapping and "nope" not in mapping
    assert not mapping._built  # membership builds nothing
    got = mapping[first]
    assert got == rubrics[first] and got is not rubrics[first]
    assert mapping[first] is got  # kept: one object however often asked
    assert list(mapping._built) == [first]
    assert list(mapping) == list(rubrics)
    assert len(mapping) == len(rubrics)
    assert dict(mapping.items()) == rubrics
    with pytest.raises(KeyError):
        mapping["nope"]


def test_set_and_delete(built: dict[str, Rubric]) -> None:
    rubrics = built
    mapping = Rubrics(rubrics)
    first, second = list(rubrics)[:2]
    other = Rubric("new", ())
    mapping["new"] = other
    assert mapping["new"] is other and list(mapping)[-1] == "new"
    del mapping[first]
    assert first not in mapping
    with pytest.raises(KeyError):
        mapping[first]
    assert mapping[second] == rubrics[second]


def test_threads_asking_at_once_get_one_object(built: dict[str, Rubric]) -> None:
    rubrics = built
    mapping = Rubrics(rubrics)
    last = list(rubrics)[-1]
    got: list[Rubric] = []
    barrier = threading.Barrier(4)

    def ask() -> None:
        barrier.wait()
        got.append(mapping[last])

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 4 and all(g is got[0] for g in got)
