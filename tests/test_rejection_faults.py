"""An idea rejected by what is wrong with it, with no cue of refusal (grading/negation.py
`_judged_by_faults`, reject13): a clause whose predicate, or the appositive closing it, is a
sample found wanting ("a small skewed slice", "it's a small set ...") says why the idea is
not taken. Sentences are our own, over a small rubric built here; each reading is checked in
both directions: the fault alone earns nothing; a fault dealt with, or a sample of ours,
still earns the idea."""

from __future__ import annotations

import pytest
from toy_rubric import item

from designtrainer.domain.model import Rubric
from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade_whole

COMPILED = compile_rubric(
    Rubric(
        case="toy",
        items=(
            item("raters", "data", ["raters", "rater labels", "human labels", "golden set"]),
            item("traps", "data", ["spam traps"]),
            item("imbalance", "data", ["class imbalance", "positives"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "idea", "earned"),
    [
        # the appositive that closes the clause finds fault with what it says
        (
            "The raters only see mail from opted-in users, a small skewed slice. Feedback "
            "at this volume is plenty.",
            "raters",
            False,
        ),
        (
            "The raters only see mail from opted-in users, a small skewed slice, but it's "
            "the only clean signal, so we'll use them as our eval set.",
            "raters",
            True,
        ),
        (
            "Spam traps catch bulk junk from scraped lists, a narrow and unrepresentative "
            "slice of spam.",
            "traps",
            False,
        ),
        (
            "Spam traps catch bulk junk, a small skewed slice, and that's exactly what our "
            "first model should clear out.",
            "traps",
            True,
        ),
        # "it's a small set" after a label judges the label
        (
            "Human labels: it's a small set relative to 300M searches and skewed to head queries.",
            "raters",
            False,
        ),
        (
            "Human labels: it's a small set, so we'd weight it up in evaluation.",
            "raters",
            True,
        ),
        (
            "Rater labels: they're a small, biased sample. Clicks it is.",
            "raters",
            False,
        ),
        # a predicate that finds fault, then the next sentence takes the idea up
        (
            "The golden set is a tiny sample next to daily traffic. User feedback is the signal.",
            "raters",
            False,
        ),
        (
            "The golden set is a small sample. We'd still use it as the final eval set.",
            "raters",
            True,
        ),
        # a sample of ours, or one whose clause goes on
        (
            "We keep a golden set, a small set of 2,000 hand-labelled emails, for evaluation.",
            "raters",
            True,
        ),
        (
            "The golden set, a small set of 2,000 hand-labelled emails, is our eval set.",
            "raters",
            True,
        ),
        (
            "Raters review a small random sample of spam-filed mail each day to estimate the "
            "FP rate.",
            "raters",
            True,
        ),
        # an aside in brackets, and a count of the imbalance, find no fault with an idea
        (
            "Edge cache for short prefixes (they're a tiny set and a huge share of traffic); "
            "raters label the golden set weekly.",
            "raters",
            True,
        ),
        (
            "Fraud is rare, a small slice of 0.1% of payments; we weight the positives up.",
            "imbalance",
            True,
        ),
    ],
)
def test_fault_found_or_dealt_with(text: str, idea: str, earned: bool) -> None:
    assert (idea in met(text)) is earned
