"""A red flag's `label`: the short name people read in the peer console, optional in a rubric
(the name is then made from the id, as before the field existed)."""

from __future__ import annotations

import shutil
from pathlib import Path

from designtrainer.loading.library import Library, Source, load_library, yaml_files

GOOD = Path(__file__).parent / "bad_input" / "good"

FLAGS = """red_flags:
  - id: member-level-ab-ignores-interference
    label: "Member-level A/B test despite interference"
    message: Members are not independent here.
    evidence: [[member level]]
  - id: member-level-ab-ignores-interference-too
    message: The same, with no label.
    evidence: [[member level]]
"""


def _load(tmp_path: Path, flags: str) -> Library:
    folder = tmp_path / "pack"
    shutil.copytree(GOOD, folder)
    rubric = folder / "tiny.rubric.yaml"
    rubric.write_text(rubric.read_text() + flags)
    found, cut = yaml_files(folder)
    assert not cut
    return load_library([Source("user", 2, tuple(found))])


def test_a_labelled_flag_is_named_by_its_label_and_an_unlabelled_one_by_its_id(
    tmp_path: Path,
) -> None:
    library = _load(tmp_path, FLAGS)
    assert not library.problems
    labelled, plain = library.rubric("tiny").red_flags
    assert labelled.label == "Member-level A/B test despite interference"
    assert labelled.name == "Member-level A/B test despite interference"
    assert plain.label is None
    assert plain.name == "Member level ab ignores interference too"


def test_an_empty_label_is_a_located_problem(tmp_path: Path) -> None:
    library = _load(tmp_path, FLAGS.replace('"Member-level A/B test despite interference"', '""'))
    assert "tiny" not in library.rubrics
    found = [p for p in library.problems if p.file.endswith("tiny.rubric.yaml")]
    assert [(p.line, p.doc_path) for p in found] == [(40, "red_flags[0].label")], found


def test_every_bundled_red_flag_has_a_short_label(library: Library) -> None:
    for cid in library.ids():
        for flag in library.rubric(cid).red_flags:
            assert flag.label is not None, f"{cid}: red flag {flag.id} has no label"
            words = flag.label.split()
            assert 2 <= len(words) <= 6, (cid, flag.id, flag.label)
            assert flag.label[0].isupper() and not flag.label.endswith("."), (cid, flag.label)
