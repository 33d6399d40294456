"""A problem acknowledged and its remedy refused (grading/negation/ `_refused_remedy`,
grading/evidence.py `_problem_then_turn`): a refusal that points back (it, that, them) at a
problem stated in its sentence or the sentence before takes the statement with it, so the
problem's words credit nothing; a remedy or an alternative adopted for it keeps the idea.
Each pair is twins: one credited, one not. Sentences are our own, over a small rubric built
here whose items are problems a candidate should see (and their remedies)."""

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
            item("label-noise", "data", ["noisy", "noise", "friendly fraud", "relabel"]),
            item(
                "feedback-loop",
                "data",
                ["never get labels", "random holdout", "let a small random sample through"],
            ),
            item("feedback-bias", "data", ["rarely looked at", "rarely opened", "audit sample"]),
            item("position-bias", "data", ["position bias", "at the top", "propensity"]),
            item("class-imbalance", "data", ["skewed", "imbalance", "rare"]),
            item("imbalance-handling", "modeling", ["class weights", "smote", "oversample"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        # the refusal in the same sentence, pointing back with "that"
        (
            "Friendly fraud makes the labels noisy; I wouldn't bother modelling that.",
            "label-noise",
            False,
        ),
        (
            "Friendly fraud makes the labels noisy; I wouldn't drop those cases, I'd down-weight "
            "them.",
            "label-noise",
            True,
        ),
        # ...after a dash, and with the noun it stands for
        (
            "Declined transactions never get labels, so the training set is shaped by past "
            "declines - I'm not doing anything about that.",
            "feedback-loop",
            False,
        ),
        (
            "Declined transactions never get labels, so the training set is shaped by past "
            "declines - we fix that with a 1% random holdout.",
            "feedback-loop",
            True,
        ),
        (
            "Friendly fraud and unreported fraud make the labels noisy; I wouldn't try to model "
            "that noise separately.",
            "label-noise",
            False,
        ),
        (
            "Friendly fraud and unreported fraud make the labels noisy; I'd relabel that noise "
            "from reason codes.",
            "label-noise",
            True,
        ),
        # the problem acknowledged ("note it") and its remedy refused after "but"
        (
            "Friendly fraud makes the labels noisy; I'd acknowledge it but not build anything "
            "for it in v1.",
            "label-noise",
            False,
        ),
        (
            "Friendly fraud makes the labels noisy; I'd acknowledge it and relabel disputed "
            "chargebacks.",
            "label-noise",
            True,
        ),
        # the problem fronted, acknowledged and its remedy refused
        (
            "Friendly fraud and its noise I'd note but not model separately in v1.",
            "label-noise",
            False,
        ),
        (
            "Friendly fraud and its noise I'd note and relabel from reason codes in v1.",
            "label-noise",
            True,
        ),
        # a remedy refused, then the problem accepted as it is
        (
            "Position bias: tiles further down are seen less. A propensity correction is on my "
            "list but not for the first launch; I'd live with the bias for v1.",
            "position-bias",
            False,
        ),
        (
            "Position bias: tiles further down are seen less. A propensity correction is on my "
            "list for the first launch; we weight clicks by the logged propensity.",
            "position-bias",
            True,
        ),
        # a wish to remedy it, then "that" left aside
        (
            "Position bias: the grid makes tiles at the top get more attention. I'd like to "
            "correct for it eventually, but for v1 I'd leave that aside.",
            "position-bias",
            False,
        ),
        (
            "Position bias: the grid makes tiles at the top get more attention. I'd correct for "
            "it with propensity weights, and leave the rest of the grid as it is.",
            "position-bias",
            True,
        ),
        # the refusal's object a remedy of what was said ("any correction")
        (
            "Mail in the spam folder is rarely looked at; I wouldn't build any correction for v1.",
            "feedback-bias",
            False,
        ),
        (
            "Mail in the spam folder is rarely looked at; I'd build a correction from an audit "
            "sample of filtered mail.",
            "feedback-bias",
            True,
        ),
        # past a short acknowledgement
        (
            "Mail in the spam folder is rarely looked at. Fair point. But I'd not do anything "
            "about it in v1.",
            "feedback-bias",
            False,
        ),
        # the refusal in the next sentence
        (
            "Declined transactions never get labels, so the model only sees what it approved. "
            "I'd not do anything about it for now.",
            "feedback-loop",
            False,
        ),
        (
            "Declined transactions never get labels, so the model only sees what it approved. "
            "To fix that, we let a small random sample through.",
            "feedback-loop",
            True,
        ),
        # a sentence between that weighs the remedy and points back itself
        (
            "Declined transactions never get labels. Letting a random slice through would fix "
            "that, but it costs real money; I'd put it off.",
            "feedback-loop",
            False,
        ),
        # ...but not when what is pointed back at is a remedy we adopted
        (
            "Declined transactions never get labels, so we keep a 1% random holdout. I wouldn't "
            "go beyond that though.",
            "feedback-loop",
            True,
        ),
        # a verdict on the remedy of "that"
        (
            "Mail in the spam folder is rarely opened; correcting for that is a later concern.",
            "feedback-bias",
            False,
        ),
        (
            "Mail in the spam folder is rarely opened; correcting for that with an audit sample "
            "of filtered mail is part of v1.",
            "feedback-bias",
            True,
        ),
        # a note's label, then its remedy refused
        (
            "Position bias: tiles further down are seen less. I'd not spend effort correcting it "
            "for launch.",
            "position-bias",
            False,
        ),
        (
            "Position bias: tiles further down are seen less. I'd correct it with propensity "
            "weights from a small randomised slice.",
            "position-bias",
            True,
        ),
        # the refusal says what the problem is again in its reasons
        (
            "Some fraud is never reported. I wouldn't spend effort cleaning that; the noise is "
            "roughly stable over time.",
            "label-noise",
            False,
        ),
        (
            "Some fraud is never reported. I'd relabel a sample each week; the noise is roughly "
            "stable over time.",
            "label-noise",
            True,
        ),
    ],
)
def test_a_problem_next_to_its_refused_remedy_is_part_of_the_refusal(
    text: str, item_id: str, credited: bool
) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "The 0.8% base rate gives a skewed label mix, so I'd keep log loss on the full data.",
            True,
        ),
        (
            "The 0.8% base rate gives a skewed label mix, but I would not treat class imbalance "
            "as a problem to fix here.",
            False,
        ),
    ],
)
def test_a_problem_stated_before_a_turn_to_our_refusal_is_no_choice_within_it(
    text: str, credited: bool
) -> None:
    assert ("class-imbalance" in met(text)) is credited


@pytest.mark.parametrize(
    "text",
    [
        # a choice within the idea stays one
        "Class weights on the positives, but I wouldn't use SMOTE.",
        "I'd weight the positives with class weights, but I wouldn't oversample them.",
    ],
)
def test_a_choice_within_the_idea_before_a_refusal_keeps_it(text: str) -> None:
    assert "imbalance-handling" in met(text)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (
            "About a fifth of chargebacks are friendly fraud; we relabel them from reason codes.",
            True,
        ),
        (
            "About a fifth of chargebacks are friendly fraud; for v1 I'd accept the noise and let "
            "the threshold absorb it.",
            False,
        ),
    ],
)
def test_a_shortcoming_accepted_is_no_remedy_of_it(text: str, credited: bool) -> None:
    assert ("label-noise" in met(text)) is credited


@pytest.mark.parametrize(
    "text",
    [
        # a fact, not a refusal: "we don't know anything about them"
        "Videos the user never saw are not labelled as dislikes; we don't know anything about "
        "them, so the labels stay noisy only where users acted.",
        # someone else's words
        'The assistant should say "I can\'t fix that noise" when the labels are noisy.',
        # the pointing subject is the reason, not what is refused
        "Friendly fraud makes the labels noisy. That rules out a naive threshold.",
        # a preference chooses
        "Friendly fraud makes the labels noisy. I would keep the chargeback reason code as a "
        "feature rather than try to model it.",
    ],
)
def test_what_is_no_refusal_of_ours_takes_nothing_back(text: str) -> None:
    assert "label-noise" in met(text)


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        # a negated verb after "so" inside its clause is what a plan is for, no refusal; after
        # a comma, "so" concludes and refuses
        (
            "Position bias matters a lot, so slot position goes in as a feature during "
            "training and is set to a fixed value at serving so we don't reward ads for having "
            "been lucky with slot 3.",
            "position-bias",
            True,
        ),
        (
            "Position bias is large at the top, so I wouldn't spend effort correcting that.",
            "position-bias",
            False,
        ),
        # a plan stated by a modal after the refusal's ':' is the remedy adopted
        (
            "Friendly fraud makes the labels noisy. So I would not train on them as they are: "
            "they should be relabelled by the review team first.",
            "label-noise",
            True,
        ),
        (
            "Friendly fraud makes the labels noisy. So I would not fix that: it should wash out.",
            "label-noise",
            False,
        ),
        # a command that acts on what was named, in the next sentence, adopts; one that takes
        # it as it is does not
        (
            "Friendly fraud makes the labels noisy; I don't plan to model that. Flag it and "
            "exclude it from training.",
            "label-noise",
            True,
        ),
        (
            "Friendly fraud makes the labels noisy; I don't plan to model that. Ignore it.",
            "label-noise",
            False,
        ),
    ],
)
def test_a_remedy_adopted_in_other_forms(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
