"""Compiled rubrics on disk: used only when made from the same rubric and engine, never when
damaged, and never a reason for a command to fail."""

from __future__ import annotations

import dataclasses
import os
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


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw[:-10] + bytes(b ^ 0xFF for b in raw[-10:]),  # bytes flipped
        lambda raw: b"",
        lambda raw: b"not a cache file at all",
    ],
)
def test_a_damaged_entry_is_ignored_and_replaced(
    library: Library, compiles: list[str], damage: object
) -> None:
    rubric = library.rubric(CASE)
    compiled_cache.compiled(rubric)
    [path] = _files()
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
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
