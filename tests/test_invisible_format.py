"""Bidi overrides, isolates and invisible format characters from a shared case pack are shown,
never obeyed: `Safe \u202eelif_live\u202c` in a title must not print reversed on a terminal that
does bidi, nor hide a word between zero-width spaces. They are escaped where the C0/C1
controls already are (the CLI's `terminal_safe`, the TUI's `visible`), so every display path
gets it; JSON output still decodes to the exact text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designtrainer.cli import main
from designtrainer.render.terminal import terminal_safe
from designtrainer.tui.text import cell, plain, styled, visible

GOOD = Path(__file__).parent / "bad_input" / "good"
FORMAT = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200B, 0x200E, 0x200F)]
FORMAT += ["\u2028", "\u2029"]
JOINERS = ["\u200c", "\u200d"]  # Persian, Indic and joined emoji need them: drawn as they are


def _raw(text: str) -> list[str]:
    return [f"U+{ord(ch):04X}" for ch in text if ch in FORMAT]


@pytest.mark.parametrize("char", FORMAT, ids=lambda c: f"U+{ord(c):04X}")
def test_each_format_character_is_escaped_for_the_terminal_and_the_tui(char: str) -> None:
    escaped = f"\\u{ord(char):04x}"
    assert terminal_safe(f"a{char}b") == f"a{escaped}b"
    assert visible(f"a{char}b") == f"a{escaped}b"
    assert plain(f"a{char}b").plain == f"a{escaped}b"
    assert cell(f"a{char}b").plain == f"a{escaped}b"
    assert styled("[b]$t[/b]", t=f"a{char}b").plain == f"a{escaped}b"


def test_json_output_still_decodes_to_the_exact_text() -> None:
    value = {"title": "Safe \u202eelif_live\u202c" + "".join(FORMAT)}
    shown = terminal_safe(json.dumps(value, ensure_ascii=False))
    assert _raw(shown) == [] and json.loads(shown) == value


def test_ordinary_text_is_untouched() -> None:
    text = "é ü 中文 עברית \u00a0 — ✓"
    assert terminal_safe(text) == text and visible(text) == text


def _pack(tmp_path: Path) -> Path:
    tmp_path.mkdir()
    title = "Safe \u202eelif_live\u202c"
    case = (GOOD / "tiny.yaml").read_text(encoding="utf-8")
    case = case.replace("title: Tiny case", f"title: {title}")
    case = case.replace("prompt: Frame it.", 'prompt: "Frame\\u200b it\\u2066.\\u2069"')
    (tmp_path / "tiny.yaml").write_text(case, encoding="utf-8")
    rubric = (GOOD / "tiny.rubric.yaml").read_text(encoding="utf-8")
    rubric = rubric.replace("Something about framing", '"Some\\u202ething\\u200b about framing"')
    (tmp_path / "tiny.rubric.yaml").write_text(rubric, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "argv",
    [["list"], ["show", "tiny"], ["rubric", "tiny"], ["template", "tiny", "-o", "-"]],
    ids=lambda a: " ".join(a),
)
def test_a_case_pack_prints_them_visibly(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = _pack(tmp_path / "pack")
    code = main([*argv, "--cases-dir", str(pack)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert _raw(out.out + out.err) == []
    if argv[0] != "rubric":
        assert "Safe \\u202eelif_live\\u202c" in out.out
    else:
        assert "Some\\u202ething\\u200b about framing" in out.out


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_grade_prints_them_visibly_and_json_keeps_them(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = _pack(tmp_path / "pack")
    answer = tmp_path / "a.md"
    assert main(["template", "tiny", "-o", str(answer), "--cases-dir", str(pack)]) == 0
    text = answer.read_text(encoding="utf-8")
    answer.write_text(text + "\nThe goal\u202e is the thing.\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["grade", str(answer), "--format", fmt, "--cases-dir", str(pack)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert _raw(out.out + out.err) == []
    if fmt == "json":
        assert "\u202e" in json.dumps(json.loads(out.out), ensure_ascii=False)
    else:
        assert "\\u202e" in out.out


@pytest.mark.parametrize("char", JOINERS, ids=lambda c: f"U+{ord(c):04X}")
def test_joiners_are_left_as_they_are(char: str) -> None:
    word = f"\u0645\u06cc{char}\u062e\u0648\u0627\u0647\u0645"  # Persian "I want", as written
    assert terminal_safe(word) == word
    assert visible(word) == word


MORE = ["\u061c", "\u2060", "\u2063", "\u206a", "\u206f", "\ufeff", "\U000e0001", "\U000e0041"]
"""Bidi and invisible characters the first set missed: U+061C, the Arabic letter mark, is a bidi
control (Trojan Source lists it with the overrides); the word joiner and invisible operators,
the deprecated shaping controls, the zero-width no-break space and the tag characters (which
spell invisible ASCII: a hidden instruction in a title) draw nothing. They printed raw."""


@pytest.mark.parametrize("char", MORE, ids=lambda c: f"U+{ord(c):04X}")
def test_the_other_bidi_and_invisible_characters_are_escaped_too(char: str) -> None:
    for shown in (
        terminal_safe(f"a{char}b"),
        visible(f"a{char}b"),
        plain(f"a{char}b").plain,
        cell(f"a{char}b").plain,
    ):
        assert char not in shown and shown.startswith("a\\u") and shown.endswith("b"), shown
        assert json.loads(f'"{shown}"') == f"a{char}b"  # still a JSON escape, astral too


def test_a_tag_character_is_escaped_as_a_surrogate_pair() -> None:
    assert terminal_safe("\U000e0041") == "\\udb40\\udc41"


def test_list_and_show_print_them_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    case = (GOOD / "tiny.yaml").read_text(encoding="utf-8")
    case = case.replace("title: Tiny case", 'title: "Tiny \\u061Ccase\\U000E0041\\uFEFF"')
    case = case.replace("prompt: Frame it.", 'prompt: "Frame\\u2060 it\\u206A."')
    (pack / "tiny.yaml").write_text(case, encoding="utf-8")
    (pack / "tiny.rubric.yaml").write_text((GOOD / "tiny.rubric.yaml").read_text())
    for argv in (["list"], ["show", "tiny"], ["list", "--format", "json"]):
        assert main([*argv, "--cases-dir", str(pack)]) == 0
        out = capsys.readouterr().out
        assert not set(out) & set(MORE), (argv, out)
        assert "Tiny \\u061ccase\\udb40\\udc41\\ufeff" in out, out
    assert "tiny" in {c["id"] for c in json.loads(out)}
