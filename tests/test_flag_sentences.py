"""The red-flag checker on the tuning snippets (tests/fixtures/flag-sentences): one or two
sentences each, written by people who never saw the rubric evidence, that make a case's mistake
or use its risky words without making it. The bars hold what has been reached, so a change that
loses reach or raises false alarms shows here first."""

from __future__ import annotations

import sys
from pathlib import Path

from designtrainer.loading.library import Library

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from flag_sentences import Tally, evaluate  # noqa: E402


def test_snippets_reach_and_false_alarms(library: Library) -> None:
    total = Tally()
    for tally in evaluate(ROOT / "tests" / "fixtures" / "flag-sentences", library).values():
        total.add(tally)
    assert total.found + total.missed == 976 and total.false_alarms + total.quiet == 610
    # Round 18, at arrival (bb02fc7): 327 of 976 found, 24 of 610 avoids fired.
    # flags29p (engine readings: others' designs, told apart, granted elsewhere): 327, 12;
    # (refusals supposed or judged, others' practice, "than it is", "only makes sense"): 6.
    assert total.found >= 327, "\n".join(total.misses)
    assert total.false_alarms <= 6, "\n".join(total.alarms)
