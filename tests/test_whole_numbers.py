"""A whole number written with a decimal point (`time_budget_minutes: 9.0`, `weight: 2.0`)
is valid, as JSON Schema's integer allows, and is kept as the whole number it is: it was kept
as a float and printed so ("easy · 45.0 min", "(9.0 min)", "[core, 2.0]", JSON minutes
45.0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designtrainer.cli import main

GOOD = Path(__file__).parent / "bad_input" / "good"


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    case = (GOOD / "tiny.yaml").read_text().replace("id: tiny", "id: decimal")
    rubric = (GOOD / "tiny.rubric.yaml").read_text().replace("case: tiny", "case: decimal")
    case = case.replace("time_budget_minutes: 9", "time_budget_minutes: 9.0")
    rubric = rubric.replace("weight: 2", "weight: 2.0").replace(
        "evidence: [[framing thing, other framing]]",
        "evidence: [[framing thing], [other framing]]\n      within: 5.0",
    )
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "decimal.yaml").write_text(case)
    (pack / "decimal.rubric.yaml").write_text(rubric)
    return pack


def test_they_load_as_whole_numbers(pack: Path) -> None:
    from designtrainer.loading.library import Source, load_library, yaml_files

    found, _ = yaml_files(pack)
    library = load_library([Source("user", 2, tuple(found))])
    assert not library.problems
    case = library.case("decimal")
    assert {type(s.time_budget_minutes) for s in case.sections} == {int}
    assert type(case.total_minutes) is int and case.total_minutes == 45
    items = library.rubric("decimal").items
    assert {type(i.weight) for i in items} == {int}
    assert {type(i.within) for i in items if i.within is not None} == {int}


def test_they_print_as_whole_numbers(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "decimal", "--cases-dir", str(pack)]) == 0
    shown = capsys.readouterr().out
    assert "45 min" in shown and "(9 min)" in shown and ".0" not in shown
    assert main(["list", "--format", "json", "--cases-dir", str(pack)]) == 0
    [row] = [r for r in json.loads(capsys.readouterr().out) if r["id"] == "decimal"]
    assert row["minutes"] == 45 and isinstance(row["minutes"], int)
    assert main(["rubric", "decimal", "--cases-dir", str(pack)]) == 0
    assert "(core, 2)" in capsys.readouterr().out
