"""Loading and validation: every broken file gets one clear, positioned line and exit code 1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from designtrainer.cli import main
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.loading.library import Source, load_library

BAD = Path(__file__).parent / "bad_input"

EXPECTED = {
    "syntax_error.yaml": "4:8: YAML syntax error: did not find expected ',' or ']'",
    "wrong_types.yaml": "26:9: sections.data.hints[1]: expected a string, got a mapping",
    "unknown_key.yaml": "7:1: dificulty: unknown key 'dificulty'; did you mean 'difficulty'?",
    "missing_section.yaml": "13:3: sections: missing required key 'production'",
    "bad_enum.yaml": "6:13: difficulty: expected one of easy, medium, hard, got 'impossible'",
    "python_tag.yaml": "3:8: tag !!python/object/apply:os.system is not allowed: "
    "only plain YAML values (no tags that run code)",
    "alias_bomb.yaml": "1:1: document expands to more than 100,000 values "
    "(aliases that multiply, an 'alias bomb'?)",
    "empty.yaml": "1:1: file is empty; expected a YAML mapping",
    "top_level_list.yaml": "1:1: expected a mapping at the top level, got a list",
    "duplicate_key.yaml": "7:1: duplicate key 'difficulty'",
    "not_utf8.yaml": "1:64: not UTF-8 text (byte 0xe9)",
    "empty_evidence_group.yaml": "15:44: sections.data[0].evidence[1]: "
    "needs at least 1 item, has 0",
    "phrase_without_words.yaml": "22:53: sections.modeling[0].evidence[1][0]: "
    "phrase '--' has no words to match",
    "not_negation_without_cue.yaml": "2:29: not_negations[1]: 'see less' contains no negation "
    "cue (such as 'not', 'no', 'never'), so listing it changes nothing",
    "duplicate_item_id.yaml": "25:11: sections.evaluation[0].id: duplicate item id 'same' "
    "(first used at sections.data[0])",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gives_one_positioned_line(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(BAD.parent.parent)
    code = main(["validate", f"tests/bad_input/{name}"])
    out = capsys.readouterr()
    assert code == 1
    assert out.out.splitlines() == [f"tests/bad_input/{name}:{EXPECTED[name]}"]
    assert "Traceback" not in out.err


def test_corpus_is_complete() -> None:
    on_disk = {p.name for p in BAD.glob("*.yaml")}
    assert on_disk == set(EXPECTED) | {"rubric_unknown_case.yaml"}


def test_rubric_for_unknown_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(BAD / "rubric_unknown_case.yaml")]) == 1
    line = capsys.readouterr().out.strip()
    assert line.endswith(
        "1:7: case: rubric for unknown case 'no-such-case' (known: " + line.split("(known: ")[1]
    )
    assert "fraud-detection" in line


def test_oversized_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("id: big\nsummary: " + "x" * 1_100_000 + "\n")
    assert main(["validate", str(big)]) == 1
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith("big.yaml: file is 1,100,018 bytes; the limit is 1,000,000 bytes")
    )


def test_good_pair_validates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(BAD / "good")]) == 0
    assert "all valid" in capsys.readouterr().err


def test_case_without_rubric(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(BAD / "good" / "tiny.yaml", tmp_path / "tiny.yaml")
    assert main(["validate", str(tmp_path)]) == 1
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith("tiny.yaml:2:5: id: case 'tiny' has no rubric (add rubrics/tiny.yaml)")
    )


def test_duplicate_case_id_in_one_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(BAD / "good" / "tiny.yaml", tmp_path / name)
    shutil.copy(BAD / "good" / "tiny.rubric.yaml", tmp_path / "tiny.rubric.yaml")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out.strip()
    assert out.endswith(
        "b.yaml:2:5: id: duplicate case id 'tiny' (also in " + out.split("(also in ")[1]
    )
    assert "a.yaml" in out


def test_all_errors_of_a_file_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (BAD / "good" / "tiny.yaml").read_text()
    text = text.replace("difficulty: easy", "difficulty: 3").replace(
        "time_budget_minutes: 9\n    reference_answer: Labels",
        "time_budget_minutes: 0\n    reference_answer: Labels",
    )
    (tmp_path / "two.yaml").write_text(text)
    assert main(["validate", str(tmp_path / "two.yaml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "difficulty: expected one of easy, medium, hard, got 3" in lines[0]
    assert "sections.data.time_budget_minutes: must be between 1 and 60, got 0" in lines[1]


def test_missing_keys_are_named_once_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """jsonschema reports each missing key on its own: the report names every key, once."""
    (tmp_path / "bare.yaml").write_text("id: bare\ntitle: Bare\n")
    assert main(["validate", str(tmp_path / "bare.yaml")]) == 1
    lines = [ln for ln in capsys.readouterr().out.splitlines() if "missing" in ln]
    assert len(lines) == 1, lines
    for key in ("summary", "difficulty", "opening", "sections"):
        assert f"'{key}'" in lines[0]
    assert "missing required keys" in lines[0] and "'id'" not in lines[0]


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = [BAD / "good" / "tiny.yaml", BAD / "good" / "tiny.rubric.yaml"]
    broken = [BAD / "syntax_error.yaml", BAD / "alias_bomb.yaml", BAD / "not_utf8.yaml"]
    lib = load_library([Source("user", 1, tuple(broken + good))])
    assert list(lib.cases) == ["tiny"]
    assert len(lib.problems) == 3


def test_bundled_library_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0, capsys.readouterr().out


def test_bundled_cases_have_all_sections(library) -> None:  # type: ignore[no-untyped-def]
    # one case per file in cases/, each with its rubric (none dropped on the way)
    case_files = list((BAD.parent.parent / "cases").glob("*.yaml"))
    assert len(case_files) >= 8
    assert len(library.cases) == len(case_files)
    for case in library.cases.values():
        assert tuple(s.id for s in case.sections) == SECTION_IDS


def test_user_case_overrides_bundled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = (BAD / "good" / "tiny.yaml").read_text().replace("id: tiny", "id: fraud-detection")
    (tmp_path / "mine.yaml").write_text(case.replace("Tiny case", "My fraud case"))
    rubric = (
        (BAD / "good" / "tiny.rubric.yaml")
        .read_text()
        .replace("case: tiny", "case: fraud-detection")
    )
    (tmp_path / "mine.rubric.yaml").write_text(rubric)
    assert main(["--cases-dir", str(tmp_path), "list"]) == 0
    out = capsys.readouterr().out
    assert "My fraud case [user, overrides bundled]" in out


def test_env_case_dirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(BAD / "good", tmp_path / "pack")
    monkeypatch.setenv("DESIGNTRAINER_CASES", str(tmp_path / "pack"))
    assert main(["list", "--format", "json"]) == 0
    assert '"id": "tiny"' in capsys.readouterr().out


def test_no_traceback_from_a_real_process() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "designtrainer", "validate", str(BAD / "python_tag.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "is not allowed" in proc.stdout


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "/no/such/path"]) == 2
    assert main(["show", "no-such-case"]) == 2
    err = capsys.readouterr().err
    assert "unknown case 'no-such-case'; known cases: ads-ctr" in err
    with pytest.raises(SystemExit) as exc:
        main(["schema", "nope"])
    assert exc.value.code == 2


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the", False),
        ("a an", False),
        ("--", False),
        ("The", False),
        ("the net", True),
        ("A/B", True),
        ("eat", True),
        ("pr-auc", True),
        ("3", True),
    ],
)
def test_phrases_need_a_word_that_is_not_an_article(phrase: str, expected: bool) -> None:
    from designtrainer.grading.words import has_words, phrase_keys

    assert has_words(phrase) is expected
    assert bool(phrase_keys(phrase)) is expected


def test_every_bundled_file_is_named_by_its_id(library) -> None:  # type: ignore[no-untyped-def]
    """What lets a command about one case read only that case's two bundled files."""
    import yaml

    root = BAD.parent.parent
    for kind, key in (("cases", "id"), ("rubrics", "case")):
        for path in (root / kind).glob("*.yaml"):
            doc = yaml.load(path.read_text(encoding="utf-8"), yaml.CSafeLoader)  # as the app
            assert doc[key] == path.stem, path


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "fraud-detection"],
        ["template", "fraud-detection"],
        ["rubric", "fraud-detection"],
        ["grade", str(Path(__file__).parent / "fixtures/answers/fraud-detection/strong.md")],
    ],
)
def test_a_command_about_one_case_reads_only_its_files(
    argv: list[str], files_read: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0, capsys.readouterr().err
    assert sorted(files_read) == ["fraud-detection.yaml", "fraud-detection.yaml"]


def test_one_case_still_sees_a_user_override_and_knows_every_id(
    tmp_path: Path, files_read: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    case = (BAD / "good" / "tiny.yaml").read_text().replace("id: tiny", "id: fraud-detection")
    (tmp_path / "mine.yaml").write_text(case.replace("Tiny case", "My fraud case"))
    rubric = (BAD / "good" / "tiny.rubric.yaml").read_text()
    (tmp_path / "mine.rubric.yaml").write_text(
        rubric.replace("case: tiny", "case: fraud-detection")
    )
    assert main(["--cases-dir", str(tmp_path), "show", "fraud-detection"]) == 0
    assert capsys.readouterr().out.startswith("My fraud case\n")
    files_read.clear()
    assert main(["show", "no-such-case"]) == 2
    err = capsys.readouterr().err
    assert "unknown case 'no-such-case'" in err and "fraud-detection, harmful-content" in err
    assert len(files_read) > 2  # the full library, for the list of known ids


def test_a_folder_that_vanishes_while_listed_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--cases-dir` given broadly (a temp folder) can hold folders others delete meanwhile:
    the listing skips one gone between seeing it and reading it, never a traceback."""
    import os

    from designtrainer.loading.library import yaml_files

    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "case.yaml").write_text("id: x\n", encoding="utf-8")
    (tmp_path / "gone").mkdir()
    (tmp_path / "gone" / "case.yaml").write_text("id: y\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "gone":
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found, problems = yaml_files(tmp_path)
    assert found == [tmp_path / "kept" / "case.yaml"]
    assert problems == []


@pytest.mark.parametrize(
    ("unless", "expected"),
    [
        ("a/b test", "red_flags[0].unless: expected a list, got a string"),
        ("[a/b test]", "red_flags[0].unless[0]: expected a list, got a string"),
        ("[[a/b test, 3]]", "red_flags[0].unless[0][1]: expected a string, got a whole number"),
        ("[[]]", "red_flags[0].unless[0]: needs at least 1 item, has 0"),
        ('[["--"]]', "red_flags[0].unless[0][0]: phrase '--' has no words to match"),
    ],
)
def test_a_red_flags_unless_is_checked_like_its_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], unless: str, expected: str
) -> None:
    """`unless` (the right choice that takes a flag back) is phrase groups, each mistake in
    it one positioned line, never a traceback."""
    shutil.copy(BAD / "good" / "tiny.yaml", tmp_path / "tiny.yaml")
    text = (BAD / "good" / "tiny.rubric.yaml").read_text()
    flag = (
        "red_flags:\n  - id: offline-launch\n    message: Launch with an online test.\n"
        f"    evidence: [[ship], [offline]]\n    unless: {unless}\n"
    )
    (tmp_path / "tiny.rubric.yaml").write_text(text + flag)
    assert main(["validate", str(tmp_path)]) == 1
    out = [ln for ln in capsys.readouterr().out.splitlines() if "tiny.rubric.yaml" in ln]
    line = text.count("\n") + 5
    assert len(out) == 1 and out[0].startswith(f"{tmp_path / 'tiny.rubric.yaml'}:{line}:")
    assert out[0].endswith(f": {expected}")


def test_a_red_flags_unless_is_in_the_model() -> None:
    text = (BAD / "good" / "tiny.rubric.yaml").read_text()
    flag = (
        "red_flags:\n  - id: offline-launch\n    message: Launch with an online test.\n"
        "    evidence: [[ship], [offline]]\n    unless: [[a/b test, canary], [traffic]]\n"
    )
    from designtrainer.loading.build import rubric_of

    rubric = rubric_of(yaml.safe_load(text + flag))
    assert rubric.red_flags[0].unless == (("a/b test", "canary"), ("traffic",))


@pytest.mark.usefixtures("uncached_loading")
def test_a_library_keeps_each_phrase_once() -> None:
    """The rubrics repeat the general red flags' phrases: a library holds each distinct phrase
    and phrase group as one object, read from YAML (the first load) or from the validated
    cache (the next), so the copies cost no memory (issue 12, session memory)."""
    from designtrainer.loading.library import default_sources

    for _ in range(2):  # parsed and recorded, then read back from the record
        rubrics = load_library(default_sources()).rubrics.values()
        groups = [
            group
            for rubric in rubrics
            for owner in (*rubric.items, *rubric.red_flags)
            for group in (*owner.evidence, *getattr(owner, "unless", ()))
        ]
        phrases = [phrase for group in groups for phrase in group]
        assert len({id(p) for p in phrases}) == len(set(phrases)) < len(phrases) / 2
        assert len({id(g) for g in groups}) == len(set(groups)) < len(groups)


@pytest.mark.usefixtures("uncached_loading")
def test_a_library_keeps_each_case_phrase_and_flag_text_once() -> None:
    """The cases repeat their clarifying questions' phrases, the rubrics their items' levels
    and the general red flags' ids, labels and messages: one object each too, from YAML and
    from the validated cache (issue 12, session memory)."""
    from designtrainer.loading.library import default_sources

    for _ in range(2):
        lib = load_library(default_sources())
        keywords = [c.phrases for case in lib.cases.values() for c in case.clarifications]
        flags = [flag for rubric in lib.rubrics.values() for flag in rubric.red_flags]
        texts = [
            *(phrase for group in keywords for phrase in group),
            *(item.level for rubric in lib.rubrics.values() for item in rubric.items),
            *(text for flag in flags for text in (flag.id, flag.message, flag.label) if text),
        ]
        assert len({id(t) for t in texts}) == len(set(texts)) < len(texts) / 2
        assert len({id(g) for g in keywords}) == len(set(keywords))


def test_a_very_long_value_is_quoted_short_in_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A problem quotes the value it is about, and a shared pack's values can be any length:
    a 300-character level, a 300-character key (named twice: in the path and the message) and
    a 4,000-digit number of minutes were each printed whole, a line of 400 to 4,000 characters.
    The start and end of the value are kept, with its length."""
    long = "x" * 280 + "yz"
    text = (BAD / "good" / "tiny.yaml").read_text()
    text = text.replace("difficulty: easy", f"difficulty: {long}")
    text = text.replace("opening:", f"{long}: 1\nopening:")
    text = text.replace("time_budget_minutes: 9", "time_budget_minutes: " + "9" * 4000, 1)
    (tmp_path / "long.yaml").write_text(text)
    assert main(["validate", str(tmp_path / "long.yaml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3, lines
    said = [line.split("long.yaml:", 1)[1] for line in lines]  # after the file's own path
    assert all(len(line) < 250 for line in said), [len(line) for line in said]
    level, key, minutes = sorted(lines, key=lambda line: int(line.split(":")[1]))
    assert "got 'xxxxxxxxxxxxxxxxxxxx…xxxxxxxxyz' (282 characters)" in level
    assert key.count("xxxxxxxxxxxxxxxxxxxx…xxxxxxxxyz") == 2 and "unknown key 'xxx" in key, key
    assert "must be between 1 and 60, got 99999999999999999999…9999999999 (4,000 digits)" in minutes


def test_a_number_yaml_reads_as_text_is_quoted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """YAML 1.1 reads `1e3` (an exponent, no decimal point) as text: "expected a whole number,
    got a string" left the author looking for a string they never wrote."""
    text = (BAD / "good" / "tiny.yaml").read_text()
    (tmp_path / "e.yaml").write_text(
        text.replace("time_budget_minutes: 9", "time_budget_minutes: 1e1", 1)
    )
    assert main(["validate", str(tmp_path / "e.yaml")]) == 1
    said = capsys.readouterr().out
    assert "expected a whole number, got the string '1e1'" in said, said
