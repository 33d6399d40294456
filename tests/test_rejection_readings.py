"""Rejections where two ideas share words, and a problem named as what a remedy avoids
(grading/judgement.py `shared` and `rejects`). Sentences are our own, over a small rubric
built here: checking a score's calibration offline and calibrating it share "calibration";
long-term holdouts and the A/B test share "holdout"; exploration is there to counter a
popularity bias (and a popularity baseline goes by "popularity")."""

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
            item("calibrate", "modeling", ["calibration", "re-calibration", "platt", "isotonic"]),
            item("calibration-check", "evaluation", ["calibration plots", "calibration"]),
            item("ab-test", "evaluation", ["a/b test", "holdout"]),
            item("long-term", "evaluation", ["long-term holdout", "guardrail"]),
            item("feedback-loop", "production", ["popularity bias", "exploration"]),
            item("resampling", "data", ["resampling", "oversample"]),
            item("popularity-baseline", "modeling", ["popularity"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "calibration plots" are plots, refused; calibrating the model stays
        (
            "I'm not going to build calibration plots. Calibration matters because bids use "
            "the score, and Platt scaling on the latest day takes care of it.",
            {"calibrate"},
        ),
        (
            "Calibration plots per segment are a nice exercise, but I'd skip them; isotonic "
            "calibration on the latest day is what the bids need.",
            {"calibrate"},
        ),
        # both checked and calibrated: both stay
        (
            "Isotonic calibration on the latest day, and calibration plots per segment to "
            "check it offline.",
            {"calibrate", "calibration-check"},
        ),
    ],
)
def test_a_refused_phrase_holding_another_idea_s_word_refuses_its_own_idea(
    text: str, expected: set[str]
) -> None:
    assert met(text) & {"calibrate", "calibration-check"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "re-calibration" is one word as written: refusing it refuses calibrating
        (
            "Calibration plots per segment on the next day, to check the scores.\n"
            "No separate re-calibration step is needed; the ordering is all the auction uses.",
            {"calibration-check"},
        ),
        # a problem stated and its remedy refused in one sentence
        (
            "The scores need calibration since we sample negatives, but I don't think that "
            "needs fixing: the auction only uses the order.",
            set(),
        ),
    ],
)
def test_a_prefixed_word_and_a_problem_left_unfixed(text: str, expected: set[str]) -> None:
    assert met(text) & {"calibrate", "calibration-check"} == expected


def test_a_refused_phrase_whose_head_another_idea_goes_by_is_still_read_as_shared() -> None:
    # "long-term holdouts" are holdouts: the A/B test's own sentence still earns it
    text = (
        "A user-level A/B test for two weeks on retention decides the launch. "
        "I wouldn't run long-term holdouts; they tie up traffic for months."
    )
    assert "ab-test" in met(text)
    assert "long-term" not in met(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Exploration on 5% of slots to avoid popularity bias in what the model learns.", True),
        ("Exploration on 5% of slots, to prevent popularity bias from compounding.", True),
        # ...while what we avoid doing is refused
        ("We'd weight the rare class in the loss to avoid resampling the data.", False),
    ],
)
def test_a_problem_a_remedy_is_there_to_avoid_is_named_not_refused(text: str, kept: bool) -> None:
    item_id = "resampling" if "resampling" in text else "feedback-loop"
    assert (item_id in met(text)) is kept
