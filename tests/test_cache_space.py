"""The optional caches never crowd out the person's data: on a disk short of the reserve no
cache file is written and everything still works; a failing write raises nothing and leaves
nothing behind; another engine's compiled entries are removed."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from designtrainer.grading.grade import grade
from designtrainer.loading import cache_space, compiled_cache, validated_cache
from designtrainer.loading import library as library_module
from designtrainer.loading.library import Library, default_sources
from designtrainer.store.codec import result_to_json as to_json

CASE = "spam-detection"
MB = 1024 * 1024


def _cache_files(kind: str = "") -> list[Path]:
    cache = Path(os.environ["DESIGNTRAINER_HOME"]) / "cache" / kind
    return sorted(p for p in cache.rglob("*") if p.is_file())


def _disk(monkeypatch: pytest.MonkeyPatch, free: int, total: int) -> None:
    monkeypatch.setattr(cache_space, "space", lambda _folder: (free, total))


def test_the_reserve_is_a_floor_or_a_share_of_the_disk() -> None:
    assert cache_space.reserve(2 * MB) == 256 * MB
    # a nearly full 1 TB laptop disk with 40 GB free still caches
    assert cache_space.reserve(1000 * 1024 * MB) == 256 * MB


@pytest.mark.parametrize(
    ("free", "total", "room"),
    [(2 * MB, 2 * MB, False), (257 * MB - 1, 400 * MB, False), (257 * MB, 400 * MB, True)],
)
def test_room_leaves_the_reserve_free(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, free: int, total: int, room: bool
) -> None:
    _disk(monkeypatch, free, total)
    assert cache_space.room_for(tmp_path / "not" / "yet", MB) is room


def test_a_disk_whose_space_cannot_be_read_has_no_room(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def failing(_folder: Path) -> tuple[int, int]:
        raise OSError(errno.EIO, "cannot tell")

    monkeypatch.setattr(cache_space, "space", failing)
    assert not cache_space.room_for(tmp_path, 0)


def test_the_real_measure_reads_this_disk(tmp_path: Path) -> None:
    free, total = cache_space._statvfs_space(tmp_path)
    assert 0 <= free <= total and total > 0


def test_a_small_disk_gets_no_cache_files_and_grading_still_works(
    monkeypatch: pytest.MonkeyPatch, uncached_loading: None
) -> None:
    """The QA report: a 2 MB data home with 1.1 MB of validated entries and a 785 KB compiled
    rubric left the first autosave no room."""
    _disk(monkeypatch, 2 * MB, 2 * MB)
    library = library_module.load_library(default_sources())
    compiled = compiled_cache.compiled(library.rubric(CASE))
    assert _cache_files() == []
    case = library.case(CASE)
    answers: dict[str, str] = {s.id: s.reference_answer for s in case.sections}
    _disk(monkeypatch, 1 << 40, 1 << 41)  # the same grading with a cache-friendly disk
    again = compiled_cache.compiled(library.rubric(CASE))
    assert len(_cache_files("compiled")) == 1
    assert to_json(grade(compiled, answers)) == to_json(grade(again, answers))


def test_the_compiled_entry_stops_when_a_part_would_eat_the_reserve(
    monkeypatch: pytest.MonkeyPatch, library: Library
) -> None:
    """Room for the first (small) part, not for the vocabulary: the part written is removed."""
    sizes: list[int] = []
    real = cache_space.room_for

    def counting(folder: Path, size: int) -> bool:
        sizes.append(size)
        return real(folder, size)

    _disk(monkeypatch, cache_space.RESERVE + 100 * 1024, 1 << 30)
    monkeypatch.setattr(cache_space, "room_for", counting)
    rubric = library.rubric(CASE)
    assert compiled_cache.compiled(rubric).rubric == rubric
    assert len(sizes) >= 2 and _cache_files("compiled") == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_failing_write_raises_nothing_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, library: Library, tmp_path: Path, code: int
) -> None:
    real_replace = os.replace

    def failing(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", failing)
    rubric = library.rubric(CASE)
    assert compiled_cache.compiled(rubric).rubric == rubric
    where = tmp_path / "validated"
    entry = validated_cache.Entry("case", {"id": "x"}, {})
    validated_cache.write(where, tmp_path / "x.yaml", "key", entry)
    monkeypatch.setattr(os, "replace", real_replace)
    assert _cache_files("compiled") == [] and list(where.glob("*")) == []


def test_another_engines_entries_and_stale_temporaries_are_pruned(library: Library) -> None:
    folder = Path(os.environ["DESIGNTRAINER_HOME"]) / "cache" / "compiled"
    folder.mkdir(parents=True)
    old_engine = folder / "fraud-detection-000000000000-abc.marshal"  # another case, too
    older_naming = folder / "feed-ranking-0123456789abcdef.marshal"
    crashed = folder / "x.marshal.123.tmp"
    writing = folder / "y.marshal.456.tmp"
    for path in (old_engine, older_naming, crashed, writing):
        path.write_bytes(b"dead weight")
    os.utime(crashed, (0, 0))
    compiled_cache.compiled(library.rubric(CASE))
    assert not old_engine.exists() and not older_naming.exists() and not crashed.exists()
    assert writing.exists()  # maybe another process's, still being written
    current = [p for p in folder.glob("*.marshal")]
    assert len(current) == 1 and current[0].name.startswith(f"{CASE}-")


def test_a_case_whose_name_starts_another_keeps_the_others_entry(library: Library) -> None:
    """Pruning by the whole case name: `spam` must not remove `spam-detection`'s entry."""
    tag = compiled_cache._engine_key().hex()[: compiled_cache._TAG]
    folder = Path(os.environ["DESIGNTRAINER_HOME"]) / "cache" / "compiled"
    folder.mkdir(parents=True)
    longer = folder / f"{CASE}-extra-{tag}-abc.marshal"
    longer.write_bytes(b"an entry of the case spam-detection-extra")
    compiled_cache.compiled(library.rubric(CASE))
    assert longer.exists() and len(list(folder.glob("*.marshal"))) == 2
