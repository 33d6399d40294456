"""tools/flag_sentences.py counts what it says: a snippet that makes the mistake is found, one
that argues against it is quiet, and a file naming an unknown flag is refused by name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from designtrainer.loading.library import Library

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from flag_sentences import evaluate, render  # noqa: E402


def test_counts_found_missed_and_false_alarms(library: Library, tmp_path: Path) -> None:
    (tmp_path / "fraud-detection.yaml").write_text(
        "random-split:\n"
        "  commits:\n"
        "    - We shuffle all transactions and hold out 20% for testing.\n"
        "    - The weather is nice today.\n"
        "  avoids:\n"
        "    - 'We split by time: train on Jan-Sep, test on October, never a random split.'\n",
        encoding="utf-8",
    )
    tally = evaluate(tmp_path, library)["fraud-detection"]
    assert (tally.found, tally.missed, tally.false_alarms, tally.quiet) == (1, 1, 0, 1)
    assert tally.misses == ["fraud-detection/random-split: The weather is nice today."]
    report = render({"fraud-detection": tally}, show=False)
    assert "commits 1/2" in report and "weather" not in report
    assert "weather" in render({"fraud-detection": tally}, show=True)


def test_unknown_flag_is_named(library: Library, tmp_path: Path) -> None:
    (tmp_path / "fraud-detection.yaml").write_text("no-such-flag:\n  commits: [x]\n")
    with pytest.raises(ValueError, match=r"fraud-detection\.yaml.*no-such-flag"):
        evaluate(tmp_path, library)
