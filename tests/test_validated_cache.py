"""Valid content files recorded on disk: a later load takes them from there only when the file
and the code are the very same, never a damaged or foreign entry, and never a broken file."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from designtrainer.loading import library as library_module
from designtrainer.loading import validated_cache
from designtrainer.loading.library import Library, Source, default_sources

BAD = Path(__file__).parent / "bad_input"


def _entries() -> list[Path]:
    return sorted((Path(os.environ["DESIGNTRAINER_HOME"]) / "cache" / "validated").glob("*"))


def _user(tmp_path: Path) -> tuple[list[Source], Path, Path]:
    """A user source holding the tiny case and its rubric, copied so a test may edit them."""
    folder = tmp_path / "mine"
    folder.mkdir()
    case = folder / "tiny.yaml"
    rubric = folder / "tiny.rubric.yaml"
    shutil.copy(BAD / "good" / "tiny.yaml", case)
    shutil.copy(BAD / "good" / "tiny.rubric.yaml", rubric)
    return [Source("user", 1, (case, rubric))], case, rubric


def _same(a: Library, b: Library) -> None:
    assert a.cases == b.cases and a.rubrics == b.rubrics
    assert a.origins == b.origins and a.problems == b.problems


def test_the_second_load_parses_nothing_and_gives_the_same_library(files_read: list[str]) -> None:
    first = library_module.load_library(default_sources())
    assert len(files_read) == 28 and len(_entries()) == 28
    again = library_module.load_library(default_sources())
    assert len(files_read) == 28  # nothing parsed the second time
    _same(first, again)
    assert first.cases and not first.problems


def test_an_edited_file_is_checked_again_and_a_broken_one_reported_every_time(
    tmp_path: Path, files_read: list[str]
) -> None:
    sources, case, _ = _user(tmp_path)
    assert "tiny" in library_module.load_library(sources).cases
    files_read.clear()
    case.write_text(case.read_text().replace("difficulty: easy", "difficulty: godlike"))
    for _ in range(2):
        lib = library_module.load_library(sources)
        assert "tiny" not in lib.cases
        [found] = [p for p in lib.problems if "godlike" in str(p)]
        assert found.file.endswith("tiny.yaml") and found.line is not None
    assert files_read == ["tiny.yaml", "tiny.yaml"]  # parsed each time; the rubric was not
    assert len(_entries()) == 2  # the broken version was never recorded


def test_a_damaged_entry_is_ignored_and_replaced(
    tmp_path: Path, files_read: list[str], cache_damage: Callable[[bytes], bytes]
) -> None:
    sources, _, _ = _user(tmp_path)
    first = library_module.load_library(sources)
    for entry in _entries():
        entry.write_bytes(cache_damage(entry.read_bytes()))
    files_read.clear()
    _same(first, library_module.load_library(sources))
    assert sorted(files_read) == ["tiny.rubric.yaml", "tiny.yaml"]
    files_read.clear()
    library_module.load_library(sources)
    assert files_read == []  # the replacements are good


def test_an_entry_with_a_matching_checksum_but_other_content_is_not_used(
    tmp_path: Path, files_read: list[str]
) -> None:
    """An entry written for other bytes (or by hand, with its checksum right) is not taken
    for this file: the key inside must be the one of this file's bytes and this code."""
    from designtrainer.loading import digests

    sources, case, _ = _user(tmp_path)
    library_module.load_library(sources)
    entry = next(
        p for p in _entries() if p.name == f"{validated_cache.name(case)}.json"
    )  # the case's entry
    raw = entry.read_bytes()
    head = len(validated_cache.MAGIC) + 32
    value = json.loads(raw[head:])
    value["data"]["title"] = "Forged title"
    value["key"] = "0" * 64
    payload = json.dumps(value).encode()
    entry.write_bytes(validated_cache.MAGIC + digests.digest(payload).digest() + payload)
    files_read.clear()
    lib = library_module.load_library(sources)
    assert lib.case("tiny").title != "Forged title" and files_read == ["tiny.yaml"]


def test_an_entry_whose_data_does_not_build_is_read_from_the_file(
    tmp_path: Path, files_read: list[str]
) -> None:
    """Right key, right checksum, data missing a key the model needs: the file is read."""
    from designtrainer.loading import digests

    sources, case, _ = _user(tmp_path)
    library_module.load_library(sources)
    entry = next(p for p in _entries() if p.name == f"{validated_cache.name(case)}.json")
    value = json.loads(entry.read_bytes()[len(validated_cache.MAGIC) + 32 :])
    del value["data"]["sections"]
    payload = json.dumps(value).encode()
    entry.write_bytes(validated_cache.MAGIC + digests.digest(payload).digest() + payload)
    files_read.clear()
    assert "tiny" in library_module.load_library(sources).cases and files_read == ["tiny.yaml"]


def test_an_unwritable_cache_folder_only_costs_parsing(
    tmp_path: Path, files_read: list[str]
) -> None:
    sources, _, _ = _user(tmp_path)
    cache = Path(os.environ["DESIGNTRAINER_HOME"]) / "cache"
    cache.mkdir(parents=True)
    (cache / "validated").write_text("a file where the folder should be")
    for _ in range(2):
        assert "tiny" in library_module.load_library(sources).cases
    assert sorted(files_read) == sorted(["tiny.yaml", "tiny.rubric.yaml"] * 2)
