"""`grade` ends with the depth feedback the summary and export give: per section, the numbers
used and the trade-offs named, or a nudge where there are none. An answer written in an editor
is the one place a person meets the checker without the app, so it should hear the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from designtrainer.cli import main

SECTIONED = """# ETA

## Problem framing
Predict delivery time at checkout within p99 < 50 ms for 2M orders/day.

## Modeling
GBDT instead of a deep net because the features are tabular and latency is tight.

## Production
Serve it behind the \x1b[2J order API.
"""


def _grade(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["grade", "--case", "eta-prediction", *extra, str(path)]) == 0
    return capsys.readouterr().out


def test_text_report_lists_numbers_and_tradeoffs_per_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = tmp_path / "a.md"
    answer.write_text(SECTIONED)
    out = _grade(answer, capsys)
    depth = out[out.index("Depth: numbers and trade-offs") :]
    framing = depth[depth.index("Problem framing") : depth.index("Modeling")]
    assert "50 ms" in framing and "2M orders/day" in framing
    modeling = depth[depth.index("Modeling") : depth.index("Production")]
    assert "Trade-offs:" in modeling and "instead of a deep net" in modeling
    production = depth[depth.index("Production") :]
    assert "No numbers" in production and "No trade-offs named" in production
    assert "Data" not in depth  # unanswered sections get no block
    assert "\x1b" not in out  # the answer's escape is shown, never sent to the terminal


def test_markdown_report_ends_with_the_depth_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = tmp_path / "a.md"
    answer.write_text(SECTIONED)
    out = _grade(answer, capsys, "--format", "markdown")
    assert "\n## Depth: numbers and trade-offs\n" in out
    assert "**Modeling**" in out


def test_an_answer_graded_whole_gets_one_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = tmp_path / "notes.md"
    answer.write_text("Predict ETA within p99 < 50 ms; GBDT rather than a DNN because tabular.\n")
    out = _grade(answer, capsys)
    depth = out[out.index("Depth: numbers and trade-offs") :]
    assert depth.count("Whole answer") == 1 and "Problem framing" not in depth
    assert "50 ms" in depth and "Trade-offs:" in depth
