"""Times in an export's data comment must be moments that have happened: `created_at: 1e300`
(or any date past year 9999) was imported, and from then on `history`, `export` and the TUI's
lists ended in a traceback (OverflowError, "year 18029 is out of range") on that row. A
shared export is untrusted input: such a time is refused at import, naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designtrainer.cli import main

ANSWER = "Fraud labels come from chargebacks, which arrive 30 to 90 days later."


def _export(path: Path, data: dict[str, object]) -> Path:
    path.write_text(
        "---\ndesigntrainer_format: 2\ncase: fraud-detection\nmode: solo\n---\n"
        "## Data\n\n<!-- answer data -->\n" + ANSWER + "\n<!-- end of answer data -->\n\n"
        "<!-- designtrainer data\n" + json.dumps(data) + "\n-->\n"
    )
    return path


NOW = 1_780_000_000.0  # 2026


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"created_at": 1e300}, "created_at"),
        ({"created_at": 506_804_601_600.0}, "created_at"),  # year 18029
        ({"created_at": NOW, "finished_at": 1e20}, "finished_at"),
        ({"created_at": NOW, "sections": {"data": {"submitted_at": 1e18}}}, "submitted_at"),
        (
            {"created_at": NOW, "questions": [{"question": "q", "answer": "a", "asked_at": 9e15}]},
            "asked_at",
        ),
    ],
)
def test_a_time_that_has_not_happened_is_refused(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: dict[str, object],
    field: str,
) -> None:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    assert main(["import", str(_export(tmp_path / "a.md", data))]) == 1
    err = capsys.readouterr().err
    assert field in err and "future" in err
    assert main(["history"]) == 0  # nothing was stored, and the list still reads


def test_an_ordinary_export_still_imports_and_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    assert main(["import", str(_export(tmp_path / "a.md", {"created_at": NOW}))]) == 0
    assert main(["history"]) == 0 and main(["export", "--last", "-o", "-"]) == 0
    assert "fraud-detection" in capsys.readouterr().out
