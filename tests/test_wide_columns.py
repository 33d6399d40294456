"""CLI tables line up when a title or an idea holds wide characters (Chinese, Japanese,
emoji take two terminal columns): columns were padded by character count, so every column
after such a title started up to a dozen columns late."""

from __future__ import annotations

from pathlib import Path

import pytest

from designtrainer.cli import main
from designtrainer.render.formatting import cells, clip_cells, pad_cells

GOOD = Path(__file__).parent / "bad_input" / "good"
WIDE = "数据驱动的欺诈检测 🚀 wide"


def test_cells_count_terminal_columns() -> None:
    assert cells("abc") == 3
    assert cells("数据") == 4 and cells("🚀") == 2
    assert cells("e\u0301") == 1  # a combining accent takes no column of its own
    assert cells(pad_cells("数据", 6)) == 6 and pad_cells("abcdefg", 3) == "abcdefg"
    assert clip_cells("数据驱动", 5) == "数据…" and cells(clip_cells("数据驱动", 5)) <= 5
    assert clip_cells("short", 10) == "short"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A case pack of one case whose title is wide (CJK and emoji)."""
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    pack = tmp_path / "pack"
    pack.mkdir()
    case = (GOOD / "tiny.yaml").read_text().replace("id: tiny", "id: wide")
    (pack / "wide.yaml").write_text(case.replace("title: Tiny case", f'title: "{WIDE}"'))
    rubric = (GOOD / "tiny.rubric.yaml").read_text().replace("case: tiny", "case: wide")
    (pack / "wide.rubric.yaml").write_text(rubric)
    return pack


def test_list_lines_up_a_wide_title(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--cases-dir", str(pack)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0]
    [row] = [line for line in lines if line.startswith("wide ")]
    level = header.index("LEVEL")
    assert cells(row[: row.index("easy")]) == level  # "easy" sits under LEVEL


def test_show_underlines_a_wide_title_in_full(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "wide", "--cases-dir", str(pack)]) == 0
    title, rule = capsys.readouterr().out.splitlines()[:2]
    assert title == WIDE and rule == "=" * cells(WIDE)
