"""The hostile corpus (tests/hostile/core) through the CLI: shared case packs, answer files and
damaged databases can never drive the terminal, crash, hang or leave half an import behind.

Every test runs the real command (`main`) and checks the exit status, a message that names the
file, line and field (or the database path and what to do), no traceback, and that nothing
printed can drive a terminal.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from designtrainer.cli import main
from designtrainer.loading import library as library_module
from designtrainer.loading.library import Library
from designtrainer.render.terminal import terminal_safe
from designtrainer.store.db import DB_NAME, MIGRATIONS, Store, StoreError

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).parent / "hostile" / "core"
CONTENT = HOSTILE / "content"
ANSWERS = HOSTILE / "answers"
GOOD = Path(__file__).parent / "bad_input" / "good"
CONTROL_MESSAGE = "text may hold tabs and line breaks, no other control characters"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`main` as the console script runs it, argparse's exit included."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_inert(*texts: str) -> None:
    """Nothing here can drive a terminal: no control character but tab, LF and CRLF."""
    for text in texts:
        for i, ch in enumerate(text):
            code = ord(ch)
            if ch in "\t\n" or (ch == "\r" and text[i + 1 : i + 2] == "\n"):
                continue
            assert not (code < 0x20 or 0x7F <= code <= 0x9F), f"U+{code:04X} at {i}: {text!r}"
        assert "Traceback" not in text


# -- point 3: terminal output is inert -------------------------------------------------------


def test_terminal_safe_shows_controls_and_keeps_line_structure() -> None:
    assert terminal_safe("a\x1b]0;x\x07b") == "a\\u001b]0;x\\u0007b"
    assert terminal_safe("csi\x9b2J del\x7f nul\x00") == "csi\\u009b2J del\\u007f nul\\u0000"
    assert terminal_safe("tab\tnew\ncrlf\r\nlone\rcr") == "tab\tnew\ncrlf\r\nlone\\u000dcr"
    assert terminal_safe("é ü 中文 \u2028") == "é ü 中文 \\u2028"


def test_terminal_safe_json_still_decodes_to_the_original() -> None:
    value = {"t": "".join(map(chr, range(0xA0))) + "\r\n\u2028"}
    shown = terminal_safe(json.dumps(value, ensure_ascii=False))
    assert_inert(shown)
    assert json.loads(shown) == value


CONTENT_ERRORS = {
    "escape_title.yaml": f"3:8: title: control character U+001B at character 6: {CONTROL_MESSAGE}",
    "osc52_prompt.yaml": "14:13: sections.framing.prompt: control character U+001B at character 10",
    "c1_csi_hint.yaml": "24:22: sections.data.hints[1]: control character U+009B at character 7",
    "lone_cr_opening.yaml": "7:10: opening: control character U+000D at character 24",
    "rubric_escape_label.rubric.yaml": "12:14: sections.data[0].label: control character U+001B",
    "rubric_escape_flag_label.rubric.yaml": "40:12: red_flags[0].label: control character "
    "U+001B at character 5",
    "escape_in_key.yaml": "6:1: diff\\u001b[2Jiculty: unknown key 'diff\\u001b[2Jiculty'; "
    "did you mean 'difficulty'?",
    "raw_escape_byte.yaml": "2:13: character U+001B is not allowed in YAML",
    "id_trailing_newline.yaml": "2:5: id: 'tiny\\n' is not a valid id",
    "date_title.yaml": "3:8: title: 2024-02-30 is not a real date (day is out of range for "
    "month); quote it to keep it as text",
    "huge_int.yaml": "27:26: sections.data.time_budget_minutes: 99999999999999999999…9999999999 "
    "is a whole number with 5,000 digits; the limit is 4,300",
    "deep_nesting.yaml": "3:1007: YAML syntax error: exceeded maximum nesting depth",
}


def test_content_corpus_is_complete() -> None:
    assert {p.name for p in CONTENT.iterdir()} == set(CONTENT_ERRORS)


@pytest.mark.parametrize("name", sorted(CONTENT_ERRORS))
def test_hostile_content_is_a_located_validation_error(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run(["validate", f"tests/hostile/core/content/{name}"], capsys)
    assert code == 1
    assert f"tests/hostile/core/content/{name}:{CONTENT_ERRORS[name]}" in out
    assert_inert(out, err)


def test_a_file_name_with_escapes_is_printed_inert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = tmp_path / "evil\x1b]0;pwned\x07.yaml"
    evil.write_text("id: x\n")
    code, out, err = run(["validate", str(evil)], capsys)
    assert code == 1 and "evil\\u001b]0;pwned\\u0007.yaml:1:1: missing required key" in out
    assert_inert(out, err)


HOSTILE_TEXT = "Fraud \x1b]0;pwned\x07 \x1b]52;c;cm0=\x07 \x9b2J \x1b]8;;file:///etc/passwd\x07x"


@pytest.fixture
def hostile_library(monkeypatch: pytest.MonkeyPatch, library: Library) -> Library:
    """A library whose case strings carry escapes, as if validation had let them through:
    the printing paths must be inert on their own (defence in depth)."""
    case = library.case("fraud-detection")
    sections = tuple(
        dataclasses.replace(s, prompt=HOSTILE_TEXT, guiding_questions=(HOSTILE_TEXT,))
        for s in case.sections
    )
    evil = dataclasses.replace(
        case, title=HOSTILE_TEXT, opening=HOSTILE_TEXT, summary=HOSTILE_TEXT, sections=sections
    )
    lib = Library(
        cases={**library.cases, evil.id: evil},
        rubrics=library.rubrics,
        origins=library.origins,
    )
    monkeypatch.setattr("designtrainer.cli.common.library", lambda args, case_id=None: lib)
    return lib


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["list", "--format", "json"],
        ["show", "fraud-detection"],
        ["template", "fraud-detection"],
        ["template", "fraud-detection", "-o", "-"],
        ["rubric", "fraud-detection"],
        [],
    ],
    ids=lambda a: " ".join(a) or "no-argument",
)
def test_case_text_is_printed_inert(
    argv: list[str], hostile_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(argv, capsys)
    assert code == 0
    assert "\\u001b]0;pwned" in out or argv[:1] == ["rubric"]  # the rubric has no case text
    assert_inert(out, err)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_grade_prints_answer_text_inert(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["grade", str(ANSWERS / "escapes.md"), "--format", fmt], capsys)
    assert code == 0
    assert_inert(out, err)
    if fmt == "json":
        json.loads(out)
    else:
        # The quote is there, made visible (in markdown its "]" is escaped too).
        bracket = "\\]" if fmt == "markdown" else "]"
        assert f"\\u001b{bracket}52;c;cm0gLXJmIH4=\\u0007" in out


def test_grade_in_colour_keeps_its_own_codes_and_no_others(
    capsys: pytest.CaptureFixture[str], library: Library
) -> None:
    from designtrainer.grading.grade import grade
    from designtrainer.io.answers import parse_answer
    from designtrainer.render import report

    answer = parse_answer((ANSWERS / "escapes.md").read_text())
    texts = answer.texts()
    text = report.to_text(
        grade(library.compiled("fraud-detection"), texts), HOSTILE_TEXT, color=True, texts=texts
    )
    ours = text.replace("\x1b[0m", "")
    for code in ("1", "2", "31", "32", "33", "1;33"):
        ours = ours.replace(f"\x1b[{code}m", "")
    assert_inert(ours)
    assert "\\u001b]52;c;cm0gLXJmIH4=\\u0007" in text


def test_history_and_export_to_stdout_are_inert(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["import", str(ANSWERS / "escapes.md")], capsys)
    assert code == 0, err
    store = Store()
    store.start_attempt("fraud-detection\x1b[2J", HOSTILE_TEXT)  # a store someone edited
    store.close()
    for argv in (["history"], ["history", "--format", "json"], ["export", "1", "-o", "-"]):
        code, out, err = run(argv, capsys)
        assert code == 0
        assert_inert(out, err)
    code, out, _ = run(["export", "1", "-o", "-"], capsys)
    # Tabs, newlines and CRLF of the answer stay; everything else is shown.
    assert "\tTabbed line.\r\nCRLF line\\u007f.\n" in out
    assert "late.\\u000dAll good here." in out


def test_export_to_a_file_stays_byte_exact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["import", str(ANSWERS / "escapes.md")], capsys)[0] == 0
    before = Store().get(1)
    assert before is not None and "\x1b]52;" in before.section("data").answer
    assert run(["export", "1", "-o", str(tmp_path / "a.md")], capsys)[0] == 0
    # Into the same history it is the same attempt: recognised, unless asked for again.
    code, out, _ = run(["import", str(tmp_path / "a.md")], capsys)
    assert code == 0 and "already in your history as #1; use --again" in out
    assert run(["import", str(tmp_path / "a.md"), "--again"], capsys)[0] == 0
    after = Store().get(2)
    assert after is not None and after.answers == before.answers


def test_messages_about_what_a_person_typed_are_inert(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["show", "no-such\x1b]0;x\x07"], capsys)
    assert code == 2 and "no-such\\u001b]0;x\\u0007" in err
    assert_inert(out, err)


# -- point 4: every YAML document is untrusted -------------------------------------------------

ANSWER_ERRORS = {
    "alias_bomb.md": "2:1: document expands to more than 100,000 values",
    "deep_nesting.md": "3:1003: YAML syntax error: exceeded maximum nesting depth",
    "bad_date.md": "3:7: date: 2024-02-30 is not a real date",
    "huge_int.md": "3:8: score: 77777777777777777777…7777777777 is a whole number with 5,000 "
    "digits; the limit is 4,300",
}


@pytest.mark.parametrize("command", ["grade", "import"])
@pytest.mark.parametrize("name", sorted(ANSWER_ERRORS))
def test_answer_front_matter_has_the_limits_of_case_files(
    command: str,
    name: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run([command, f"tests/hostile/core/answers/{name}"], capsys)
    assert code == 1
    assert f"designtrainer: tests/hostile/core/answers/{name}:{ANSWER_ERRORS[name]}" in err
    assert_inert(out, err)
    assert Store().attempts() == []


def test_answer_corpus_is_complete() -> None:
    assert {p.name for p in ANSWERS.iterdir()} == set(ANSWER_ERRORS) | {"escapes.md"}


def test_front_matter_from_stdin_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    data = (ANSWERS / "bad_date.md").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, _, err = run(["grade", "-"], capsys)
    assert code == 1 and "<stdin>:3:7: date: 2024-02-30 is not a real date" in err


def test_a_value_that_fails_to_construct_never_stops_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("date_title.yaml", "huge_int.yaml"):
        shutil.copy(CONTENT / name, tmp_path / name)
    shutil.copy(GOOD / "tiny.yaml", tmp_path / "good.yaml")
    shutil.copy(GOOD / "tiny.rubric.yaml", tmp_path / "good.rubric.yaml")
    code, out, err = run(["list", "--cases-dir", str(tmp_path)], capsys)
    assert code == 0 and "tiny " in out and "fraud-detection" in out
    assert "2 files with problems were skipped" in err
    code, out, _ = run(["show", "tiny", "--cases-dir", str(tmp_path)], capsys)
    assert code == 0 and out.startswith("Tiny case")
    code, out, _ = run(["validate", str(tmp_path)], capsys)
    assert code == 1
    assert "date_title.yaml:3:8: title: 2024-02-30 is not a real date" in out
    assert "huge_int.yaml:27:26: sections.data.time_budget_minutes:" in out


def test_slug_ids_match_in_full_both_ways() -> None:
    from jsonschema import Draft202012Validator

    from designtrainer.loading.fastcheck import compile_check
    from designtrainer.paths import schema_path

    for kind in ("case", "rubric"):
        schema = json.loads(schema_path(kind).read_text())
        slug = {"$defs": schema["$defs"], "$ref": "#/$defs/slug"}
        fast, reference = compile_check(slug), Draft202012Validator(slug)
        assert fast is not None
        for value in ("evil\n", "evil\r\n", "\nevil", "ev il", "Evil", "a--b"):
            assert not fast(value) and not reference.is_valid(value), value
        assert fast("a-b-1") and reference.is_valid("a-b-1")


def test_control_characters_are_refused_in_every_string_both_ways() -> None:
    """Fastcheck and jsonschema agree on a control character anywhere in a bundled file.

    Every list is cut to its first two items, the only ones changed, so jsonschema (the slow
    side: ~900 validations) reads a document of ~100 strings instead of ~1,500; the cut
    document is checked valid both ways first.
    """
    import yaml
    from jsonschema import Draft202012Validator

    from designtrainer.loading.fastcheck import compile_check
    from designtrainer.paths import schema_path

    for kind, path in (("case", "cases"), ("rubric", "rubrics")):
        schema = json.loads(schema_path(kind).read_text())
        fast, reference = compile_check(schema), Draft202012Validator(schema)
        assert fast is not None
        text = (ROOT / path / "fraud-detection.yaml").read_text()
        doc = _first_two(yaml.load(text, yaml.CSafeLoader))  # as the app reads it
        assert fast(doc) and reference.is_valid(doc)
        strings = list(_string_paths(doc))
        assert len(strings) > 50
        for where in strings:
            for bad in ("\x1b[2J", "\x9b", "\x7f", "\r", "\x00"):
                broken = _with(doc, where, bad)
                assert not fast(broken), (where, bad)
                assert not reference.is_valid(broken), (where, bad)
            fine = _with(doc, where, "\t")
            assert fast(fine) == reference.is_valid(fine), where


def _first_two(node: object) -> object:
    if isinstance(node, dict):
        return {k: _first_two(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_first_two(v) for v in node[:2]]
    return node


def _string_paths(node: object, at: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    if isinstance(node, str):
        yield at
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _string_paths(v, (*at, k))
    elif isinstance(node, list):
        for i, v in enumerate(node[:2]):
            yield from _string_paths(v, (*at, i))


def _with(doc: object, where: tuple[str | int, ...], suffix: str) -> object:
    import copy

    out = copy.deepcopy(doc)
    parent: object = out
    for part in where[:-1]:
        parent = parent[part]  # type: ignore[index]
    parent[where[-1]] += suffix  # type: ignore[index]
    return out


def test_validate_refuses_what_is_not_a_yaml_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    (tmp_path / "empty").mkdir()
    for target, message in (
        ("/dev/null", "/dev/null: not a file or folder (a device, FIFO or socket)"),
        (str(fifo), "pipe.yaml: not a file or folder (a device, FIFO or socket)"),
        (str(tmp_path / "empty"), "empty: no .yaml or .yml files in this folder"),
    ):
        code, out, err = run(["validate", target], capsys)
        assert code == 1 and message in out, (target, out)
        assert "all valid" not in err


def test_a_file_cap_is_reported_never_silent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "MAX_FILES_PER_SOURCE", 2)
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        shutil.copy(GOOD / "tiny.rubric.yaml", tmp_path / name)
    code, out, err = run(["validate", str(tmp_path)], capsys)
    assert code == 1 and "all valid" not in err
    assert "3 YAML files; only the first 2 (by path, up to" in out
    code, _, err = run(["list", "--cases-dir", str(tmp_path)], capsys)
    assert code == 0 and "with problems were skipped" in err


# -- point 5: storage failures are messages ---------------------------------------------------


def _home() -> Path:
    return Path(os.environ["DESIGNTRAINER_HOME"])


def _fresh_db() -> Path:
    Store().close()
    return _home() / DB_NAME


def _random_bytes() -> None:
    _home().mkdir(parents=True)
    (_home() / DB_NAME).write_bytes(bytes(range(256)) * 40)


def _truncated() -> None:
    db = _fresh_db()
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.write_bytes(db.read_bytes()[:700])


def _version_reset() -> None:
    with sqlite3.connect(_fresh_db()) as con:
        con.execute("PRAGMA user_version = 0")


def _missing_table() -> None:
    with sqlite3.connect(_fresh_db()) as con:
        con.execute("DROP TABLE revisions")


def _wal_is_a_folder() -> None:
    (Path(str(_fresh_db()) + "-wal")).mkdir()


def _home_is_a_file() -> None:
    _home().parent.mkdir(parents=True, exist_ok=True)
    _home().write_text("not a folder")


def _db_is_a_folder() -> None:
    (_home() / DB_NAME).mkdir(parents=True)


DAMAGE = {
    "random bytes": (_random_bytes, "is damaged or not a designtrainer database"),
    "truncated": (_truncated, "is damaged or not a designtrainer database"),
    "user_version reset": (_version_reset, "has tables but no designtrainer schema version"),
    "missing table": (
        _missing_table,
        f"is damaged: schema version {len(MIGRATIONS)} but table 'revisions'",
    ),
    "WAL is a folder": (_wal_is_a_folder, "Check that"),
    "home is a file": (_home_is_a_file, "as the data directory"),
    "database is a folder": (_db_is_a_folder, "is a folder, where designtrainer keeps"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
@pytest.mark.parametrize("argv", [["history"], ["export"], ["import", "ANSWER"]])
def test_a_damaged_store_is_a_message(
    kind: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    damage, message = DAMAGE[kind]
    damage()
    argv = [str(ANSWERS / "escapes.md") if a == "ANSWER" else a for a in argv]
    code, out, err = run(argv, capsys)
    assert code == 1, err
    assert message in err and str(_home()) in err
    assert any(w in err for w in ("Move", "move", "Check", "set DESIGNTRAINER_HOME"))
    assert_inert(out, err)


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_store_raises_store_error(kind: str) -> None:
    """One exception type for every storage failure: what the TUI catches too."""
    DAMAGE[kind][0]()
    with pytest.raises(StoreError, match=str(_home()).replace(".", r"\.")):
        Store()


@pytest.fixture
def read_only_home() -> Iterator[Path]:
    """The data directory made read-only, for root too (chattr +i) where the system allows."""
    home = _home()
    Store().close()
    for extra in ("-wal", "-shm"):
        Path(str(home / DB_NAME) + extra).unlink(missing_ok=True)
    if os.geteuid() != 0:
        home.chmod(0o555)
        yield home
        home.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(home)], capture_output=True).returncode:
        pytest.skip("running as root where chattr +i is unavailable: cannot make a read-only dir")
    try:
        yield home
    finally:
        subprocess.run([chattr, "-i", str(home)], check=True)


def test_a_read_only_data_directory_is_a_message(
    read_only_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["import", str(ANSWERS / "escapes.md")], capsys)
    assert code == 1
    assert str(read_only_home) in err and "set DESIGNTRAINER_HOME to another folder" in err
    assert_inert(out, err)


def test_a_bad_json_row_is_reported_and_the_rest_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for _ in range(3):  # the same file three times: asked for with --again
        assert run(["import", str(ANSWERS / "escapes.md"), "--again"], capsys)[0] == 0
    with sqlite3.connect(_home() / DB_NAME) as con:
        con.execute("UPDATE attempts SET result_json = '{\"score\": 0.5' WHERE id = 2")
        con.execute('UPDATE attempts SET result_json = \'{"score": "high"}\' WHERE id = 3')
    code, out, err = run(["history"], capsys)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["3", "2", "1"]
    assert "attempt 2: its stored grade is damaged" in err
    assert "attempt 3: its stored score is damaged" in err
    code, out, err = run(["export", "2", "-o", "-"], capsys)
    assert code == 0 and "attempt 2: its stored grade is damaged" in err
    assert "Labels come from chargebacks" in out and "Not graded yet." in out


def test_import_is_one_transaction(capsys: pytest.CaptureFixture[str]) -> None:
    """A failure while the sections are written (injected by a trigger) leaves nothing."""
    with sqlite3.connect(_fresh_db()) as con:
        con.execute(
            "CREATE TRIGGER fail BEFORE INSERT ON sections WHEN NEW.section = 'evaluation'"
            " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
        )
    code, out, err = run(["import", str(ANSWERS / "escapes.md")], capsys)
    assert code == 1 and "injected failure" in err and str(_home()) in err
    assert_inert(out, err)
    with sqlite3.connect(_home() / DB_NAME) as con:
        assert con.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 0
        assert con.execute("SELECT COUNT(*) FROM sections").fetchone()[0] == 0


def test_a_store_failure_has_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / DB_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    proc = subprocess.run(
        [sys.executable, "-m", "designtrainer", "history"],
        capture_output=True,
        text=True,
        env={**os.environ, "DESIGNTRAINER_HOME": str(home)},
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"designtrainer: {home / DB_NAME} is damaged")
    assert "Traceback" not in proc.stderr


# -- point 7: files written are ordinary files -----------------------------------------------


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_written_files_get_the_umask_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    assert run(["template", "fraud-detection", "-o", str(tmp_path / "t.md")], capsys)[0] == 0
    assert run(["import", str(ANSWERS / "escapes.md")], capsys)[0] == 0
    assert run(["export", "-o", str(tmp_path / "e.md")], capsys)[0] == 0
    for name in ("t.md", "e.md"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
    (tmp_path / "e.md").chmod(0o600)
    assert run(["export", "-o", str(tmp_path / "e.md"), "--force"], capsys)[0] == 0
    assert stat.S_IMODE((tmp_path / "e.md").stat().st_mode) == 0o600  # kept private
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.md", "t.md"]  # no temp files left


def _special_targets(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)
    (tmp_path / "real.md").write_text("keep me\n")
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "real.md")
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "nowhere.md")
    folder = tmp_path / "folder.md"
    folder.mkdir()
    targets = {
        "fifo": (fifo, "is a FIFO (named pipe)"),
        "symlink": (link, "is a symbolic link"),
        "dangling symlink": (dangling, "is a symbolic link"),
        "folder": (folder, "is a folder"),
    }
    if os.geteuid() == 0:  # the reported attack: a device node, replaced as root
        device = tmp_path / "full.md"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        targets["device"] = (device, "is a device")
    return targets


@pytest.mark.parametrize("force", [False, True])
def test_force_never_replaces_a_special_file_or_link(
    force: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["import", str(ANSWERS / "escapes.md")], capsys)[0] == 0
    targets = _special_targets(tmp_path)
    before = {name: os.lstat(path) for name, (path, _) in targets.items()}
    for name, (path, message) in targets.items():
        for argv in (["export", "-o", str(path)], ["template", "fraud-detection", "-o", str(path)]):
            code, out, err = run(argv + (["--force"] if force else []), capsys)
            assert code == 1, (name, argv)
            assert_inert(out, err)
            assert f"{path} {message}" in err and "never replaces" in err, (name, err)
            after = os.lstat(path)
            assert (after.st_ino, after.st_mode) == (before[name].st_ino, before[name].st_mode)
    assert (tmp_path / "real.md").read_text() == "keep me\n"
    assert not (tmp_path / "nowhere.md").exists()


def test_template_into_places_it_cannot_write_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x")
    for target, message in (
        (tmp_path / "file" / "t.md", "cannot write: Not a directory"),
        (tmp_path, "is a folder"),
        (Path("/proc/designtrainer-test/t.md"), "cannot write:"),
    ):
        code, out, err = run(["template", "fraud-detection", "-o", str(target)], capsys)
        assert code == 1 and f"{target}" in err and message in err, err
        assert_inert(out, err)


def test_template_into_a_read_only_folder_is_a_clean_error(
    read_only_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["template", "fraud-detection", "-o", str(read_only_home / "t.md")], capsys)
    assert code == 1 and f"{read_only_home / 't.md'}: cannot write:" in err


def test_an_attempt_id_too_large_for_sqlite_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["import", str(ANSWERS / "escapes.md")], capsys)[0] == 0
    code, _, err = run(["export", "99999999999999999999999"], capsys)
    assert code == 2 and "99999999999999999999999 is not an attempt id" in err
    assert Store().get(99999999999999999999999) is None
