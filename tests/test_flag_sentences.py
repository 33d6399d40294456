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
    # Round 18, lanes flags29a and flags29b (each widened seven cases' evidence; flags29a also
    # stopped a right choice named inside the mistake's own phrase from taking it back; the
    # no-fallback groups kept to 60 phrases): 583 and 563 alone, 819 merged, 14 fired. The
    # held-out share went only 161 -> 193 of 488 (11 -> 13 fired): most of the reach gained
    # here is these snippets' own wording. flags29p (engine readings, no rubric: others' designs
    # by a quantifier, words told apart, granted for another use, a refusal supposed or judged,
    # others' practice, "than it is", "only makes sense", a story of the past): 24 -> 6 fired
    # alone; merged with the two, 819 found, 3 fired (held-out share 13 -> 11 fired).
    # flags30r (engine recall readings, no rubric: tests/test_flag_recall.py): 837, 3 fired.
    # flags31p (a causative "make ... look great" read as a verdict on appearances): 2 fired.
    # flags31r (readings of mistakes made in passing: tests/test_flag_recall_passing.py): 839,
    # 3 fired. Both merged: 839, 2 fired.
    assert total.found >= 839, "\n".join(total.misses)
    # flags34h (round 21: a plain approval after "is" states the right choice, "batch
    # training nightly is fine; ..."; across ", so" a consequence taking from a source it
    # names, "..., so I'd sample negatives from impressions"): 839, 0 fired.
    assert total.false_alarms == 0, "\n".join(total.alarms)
