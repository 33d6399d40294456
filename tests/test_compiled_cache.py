"""Compiled rubrics on disk: used only when made from the same rubric and engine, never when
damaged, and never a reason for a command to fail."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from designtrainer.grading.grade import grade, grade_whole
from designtrainer.loading import compiled_cache
from designtrainer.loading.library import Library
from designtrainer.store.codec import result_to_json as to_json

CASE = "fraud-detection"


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The case ids compile_rubric really ran for."""
    ran: list[str] = []
    real = compiled_cache.compile_rubric

    def counting(rubric):  # type: ignore[no-untyped-def]
        ran.append(rubric.case)
        return real(rubric)

    monkeypatch.setattr(compiled_cache, "compile_rubric", counting)
    return ran


def _files() -> list[Path]:
    return sorted((Path(os.environ["DESIGNTRAINER_HOME"]) / "cache" / "compiled").glob("*"))


def test_the_second_process_reads_what_the_first_compiled(
    library: Library, compiles: list[str]
) -> None:
    rubric = library.rubric(CASE)
    first = compiled_cache.compiled(rubric)
    again = compiled_cache.compiled(rubric)
    assert compiles == [CASE] and len(_files()) == 1
    case = library.case(CASE)
    answers = {s.id: s.reference_answer for s in case.sections}
    assert to_json(grade(again, answers)) == to_json(grade(first, answers))
    text = "Chargebacks arrive 60 days late, so we never split randomly."
    assert to_json(grade_whole(again, text)) == to_json(grade_whole(first, text))


def test_a_damaged_entry_is_ignored_and_replaced(
    library: Library, compiles: list[str], cache_damage: Callable[[bytes], bytes]
) -> None:
    rubric = library.rubric(CASE)
    compiled_cache.compiled(rubric)
    [path] = _files()
    path.write_bytes(cache_damage(path.read_bytes()))
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert compiles == [CASE, CASE]
    compiled_cache.compiled(rubric)
    assert compiles == [CASE, CASE]  # the replacement is good


def test_an_edited_rubric_is_compiled_again_and_its_old_entry_removed(
    library: Library, compiles: list[str]
) -> None:
    rubric = library.rubric(CASE)
    compiled_cache.compiled(rubric)
    item = dataclasses.replace(rubric.items[0], label="An edited label")
    edited = dataclasses.replace(rubric, items=(item, *rubric.items[1:]))
    made = compiled_cache.compiled(edited)
    assert made.rubric == edited and compiles == [CASE, CASE]
    assert len(_files()) == 1


def test_an_entry_of_another_rubric_under_this_name_is_not_used(
    library: Library, compiles: list[str]
) -> None:
    """A well-formed file (right checksum) holding another rubric: the content decides."""
    rubric, other = library.rubric(CASE), library.rubric("spam-detection")
    compiled_cache.compiled(other)
    [other_file] = _files()
    compiled_cache.compiled(rubric)
    [path] = [p for p in _files() if p.name.startswith(CASE)]
    path.write_bytes(other_file.read_bytes())
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert compiles == ["spam-detection", CASE, CASE]


def test_no_usable_data_directory_still_grades(
    library: Library, compiles: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "a-file"
    home.write_text("not a folder")
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(home))
    rubric = library.rubric(CASE)
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert compiles == [CASE, CASE]


def test_every_bundled_rubric_is_written_and_read_back_as_it_was(library: Library) -> None:
    """The on-disk form holds everything the engine builds: a class or value it cannot write
    would make every process compile again, and fails here instead."""
    import marshal

    from designtrainer.grading.compiled import compile_rubric

    for cid in library.ids():
        made = compile_rubric(library.rubric(cid))
        back = compiled_cache.decode(marshal.loads(marshal.dumps(compiled_cache.encode(made), 4)))
        assert isinstance(back, type(made)) and back.rubric == made.rubric, cid
        answers = {s.id: s.reference_answer for s in library.case(cid).sections}
        assert to_json(grade(back, answers)) == to_json(grade(made, answers)), cid
        assert to_json(grade_whole(back, "no ab test, we never split")) == to_json(
            grade_whole(made, "no ab test, we never split")
        )


def test_what_is_plain_by_making_is_plain_and_written_as_the_look_would(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The attributes written without `_pure` looking through them first (`_PLAIN_BY_MAKING`)
    hold plain values only, in every bundled rubric, and the entry is the same, byte for
    byte, as the one written with the look: were the phrase index ever to hold an object, this
    fails instead of the entry's being refused (or an array coming back as bytes)."""
    import marshal

    from designtrainer.grading.compiled import compile_rubric

    assert compiled_cache._PLAIN_BY_MAKING  # (the test checks something)
    for cid in library.ids():
        made = compile_rubric(library.rubric(cid))
        for kind, names in compiled_cache._PLAIN_BY_MAKING.items():
            value = made.phrases
            assert isinstance(value, kind), kind
            for name in names:
                assert compiled_cache._pure(getattr(value, name)), (cid, name)
        fast = marshal.dumps(compiled_cache.encode(made), 4)
        with monkeypatch.context() as patched:
            patched.setattr(compiled_cache, "_PLAIN_BY_MAKING", {})
            looked = marshal.dumps(compiled_cache.encode(made), 4)
        assert fast == looked, cid


@pytest.mark.parametrize(
    "node",
    [
        ("O", "os", "system", [], []),  # not the engine's module
        ("O", "builtins", "eval", [], []),
        ("O", "designtrainer.grading.compiled", "compile_rubric", [], []),  # not a class
        ("N", "designtrainer.grading.negation.rules", "NegationRules", [("=", 1)]),  # not a tuple
        ("O", "designtrainer.grading.typos", "Vocabulary", ["__class__"], [("=", 1)]),
        ("X", 1),
        ("A", "d", b"\0" * 8),  # arrays of whole numbers only
        ("A", "Q", b"\0" * 7),  # no whole number of them
        ("A", "Q", "text"),
    ],
)
def test_reading_builds_only_the_engines_classes_and_runs_nothing(
    library: Library, compiles: list[str], node: tuple[object, ...]
) -> None:
    """An entry someone wrote by hand, its checksum right, naming something else to build:
    refused (and the rubric compiled), never called."""
    import marshal

    from designtrainer.loading import digests

    with pytest.raises((ValueError, TypeError)):
        compiled_cache.decode(node)
    rubric = library.rubric(CASE)
    compiled_cache.compiled(rubric)
    [path] = _files()
    # As an attribute of a compiled rubric, in an entry framed as the cache writes one.
    head = ("designtrainer.grading.compiled", "CompiledRubric", [["rubric"]])
    payload = b"".join(
        len(part).to_bytes(8, "little") + part
        for part in (marshal.dumps(head, 4), marshal.dumps([node], 4))
    )
    path.write_bytes(compiled_cache.MAGIC + digests.digest(payload).digest() + payload)
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert compiles == [CASE, CASE]


@pytest.mark.parametrize(
    "parts",
    [
        [("os", "system", [])],  # the whole entry names something else to build
        [("designtrainer.grading.compiled", "CompiledRubric", [["rubric"], ["topic"]])],
        [("designtrainer.grading.compiled", "CompiledRubric", [["rubric", "topic"]]), [1]],
    ],
)
@pytest.mark.parametrize("cut", [0, 3])
def test_an_entry_whose_parts_do_not_hold_together_is_ignored(
    library: Library, compiles: list[str], parts: list[object], cut: int
) -> None:
    """Checksum right, but parts missing, a group without its values, or (cut) a part's
    length running past the end: refused, and the rubric compiled again."""
    import marshal

    from designtrainer.loading import digests

    rubric = library.rubric(CASE)
    compiled_cache.compiled(rubric)
    [path] = _files()
    framed = [marshal.dumps(part, 4) for part in parts]
    payload = b"".join(len(part).to_bytes(8, "little") + part for part in framed)
    payload = payload[: len(payload) - cut]
    path.write_bytes(compiled_cache.MAGIC + digests.digest(payload).digest() + payload)
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert compiles == [CASE, CASE]


def test_a_pickle_left_by_an_older_version_is_never_loaded_and_is_removed(
    library: Library, compiles: list[str]
) -> None:
    import pickle

    folder = Path(os.environ["DESIGNTRAINER_HOME"]) / "cache" / "compiled"
    folder.mkdir(parents=True)
    old = folder / f"{CASE}-0123456789.pickle"
    old.write_bytes(pickle.dumps(RuntimeError("a pickle from another version")))
    rubric = library.rubric(CASE)
    assert compiled_cache.compiled(rubric).rubric == rubric and compiles == [CASE]
    assert not old.exists() and [p.suffix for p in _files()] == [".marshal"]


def test_warming_keeps_only_the_last_case_until_it_is_asked_for(
    library: Library, compiles: list[str]
) -> None:
    """The picker warms the case its cursor rests on: opening it then needs no compiling, and
    moving through every case holds one warmed rubric, not one per case."""
    lib = dataclasses.replace(library, _compiled={}, _warmed={})
    lib.warm("spam-detection")
    lib.warm(CASE)
    assert compiles == ["spam-detection", CASE]
    assert lib.compiled_if_ready("spam-detection") is None  # let go when CASE was warmed
    ready = lib.compiled_if_ready(CASE)
    assert ready is not None and ready.rubric == lib.rubric(CASE)
    assert lib.compiled(CASE) is ready and compiles == ["spam-detection", CASE]
    lib.warm("spam-detection")
    assert lib.compiled_if_ready(CASE) is ready  # asked for: kept, whatever is warmed next
    lib.warm("no-such-case")  # nothing to warm: no error, the warmed one stays
    assert lib.compiled_if_ready("spam-detection") is not None
    assert compiles == ["spam-detection", CASE]  # the second time from the disk cache


def test_an_entry_whose_objects_lack_an_attribute_is_ignored(
    library: Library, compiles: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Well formed and undamaged, but written by a model with other fields: comparing it with
    the rubric raises AttributeError, which must mean "compile again", never a traceback."""
    from designtrainer.grading.compiled import CompiledRubric

    rubric = library.rubric(CASE)
    compiled_cache.compiled(rubric)
    monkeypatch.setattr(compiled_cache, "decode", lambda _: object.__new__(CompiledRubric))
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert compiles == [CASE, CASE]


def test_a_change_to_the_model_makes_every_entry_a_stranger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading builds the model's objects too (a rubric's items and red flags), so the key
    covers the model's source as well as the engine's."""
    import shutil

    import designtrainer.grading as grading

    package = Path(grading.__file__).parent.parent
    copy = tmp_path / "designtrainer"
    for part in ("grading", "domain"):
        shutil.copytree(package / part, copy / part)
    monkeypatch.setattr(grading, "__file__", str(copy / "grading" / "__init__.py"))
    key = compiled_cache._engine_key.__wrapped__
    before = key()
    assert key() == before
    model = copy / "domain" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\n# a new field\n", encoding="utf-8")
    assert key() != before


def test_a_set_of_plain_values_is_written_as_the_tuple_of_its_items() -> None:
    """marshal sorts a set's items to write it (2 ms of a first `grade` for a compiled
    rubric's sets): a set of plain values is written as a tuple, and read back as the set."""
    import marshal

    words = frozenset(f"word{i}" for i in range(3000))
    pairs = {("a", str(i)) for i in range(50)}
    for value, tag in ((words, "f"), (pairs, "s")):
        node = compiled_cache.encode(value)
        assert node[0] == tag and isinstance(node[1], tuple)
        back = compiled_cache.decode(marshal.loads(marshal.dumps(node, 4)))
        assert back == value and type(back) is type(value)
    with pytest.raises(ValueError):
        compiled_cache.decode(("f", ["not", "a", "tuple"]))
    with pytest.raises(TypeError):
        compiled_cache.decode(("f", (["unhashable"],)))


def test_an_object_deep_in_a_big_container_is_written_as_an_object() -> None:
    """Plain parts are written whole and the engine's objects one by one, however deep: a big
    container is first checked a level at a time, and an object four levels down (a cue in
    the negation trie) must still be found, or marshal would refuse the whole entry."""
    import marshal

    from designtrainer.grading.negation.marks import _Trigger

    cue = _Trigger("pre", "won't")
    plain = {f"k{i}": [(i, i + 1, "phrase")] for i in range(100)}
    hidden = {f"k{i}": [(i, {"": cue if i == 99 else "x"})] for i in range(100)}
    value = {"plain": plain, "hidden": hidden, "set": frozenset((str(i), i) for i in range(99))}
    node = compiled_cache.encode(value)
    assert node[0] == "D"  # the dict holds an object, so it is not written whole...
    parts = dict(zip(node[1], node[2], strict=True))
    assert parts["plain"] == ("=", plain) and parts["set"][0] == "f"  # ...its plain parts are
    back = compiled_cache.decode(marshal.loads(marshal.dumps(node, 4)))
    assert back == value and type(back["hidden"]["k99"][0][1][""]) is _Trigger
    assert compiled_cache.encode(plain) == ("=", plain)
    # A big set of pairs is looked into a level down in one go: an object there is found.
    pairs = [(str(i), cue if i == 70 else "x") for i in range(100)]
    node = compiled_cache.encode(pairs)
    assert node[0] == "L" and node[1][70][0] == "T" and node[1][69] == ("=", ("69", "x"))
    assert compiled_cache.decode(marshal.loads(marshal.dumps(node, 4))) == pairs
    # A trie of a hundred small dicts of dicts is looked into a level at a time too, the
    # keys of its dicts as well as their values: an object in either is found.
    trie = {f"k{i}": {"x": {"": [(i, 0, "p")]}, str(i): {}} for i in range(100)}
    assert compiled_cache.encode(trie) == ("=", trie)
    deep = {**trie, "k50": {"x": {"": [(50, 0, cue)]}}}
    node = compiled_cache.encode(deep)
    assert node[0] == "D" and node[2][0] == ("=", trie["k0"])
    assert compiled_cache.decode(marshal.loads(marshal.dumps(node, 4))) == deep
    with pytest.raises(compiled_cache.Unsupported):
        compiled_cache.encode({**trie, "k60": {"x": {cue: [(60, 0, "p")]}}})


def test_an_array_of_numbers_is_written_as_its_bytes() -> None:
    """The typo index is one array of numbers: written as its bytes, read back equal, and an
    array of anything else is refused (the rubric is then compiled in every process)."""
    import marshal
    from array import array

    numbers = array("Q", [0, 1, 2**64 - 1, 12345 << 32 | 7])
    node = compiled_cache.encode({"index": numbers, "plain": [1]})
    back = compiled_cache.decode(marshal.loads(marshal.dumps(node, 4)))
    assert back == {"index": numbers, "plain": [1]} and back["index"].typecode == "Q"
    with pytest.raises(compiled_cache.Unsupported):
        compiled_cache.encode(array("d", [1.5]))


@pytest.mark.parametrize("enabled", [True, False])
def test_compiling_gives_the_collector_back_as_it_was(library: Library, enabled: bool) -> None:
    """The collector is off while a rubric compiles and is written (nothing it makes is in a
    cycle), and is left as the caller had it, whether or not the entry could be written."""
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        compiled_cache.compiled(library.rubric(CASE))
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
