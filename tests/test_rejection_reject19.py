"""Rejections read in lane reject19 (the strong negation answers of batches 53 and 55), each a
class of English rather than a sentence: a refusal cue read with any pronoun pointing back
("I'd put them off"); a verdict after a subject described by a "that"/"which" clause ("a
fused model that combines text and image is overrated"); "X is something I'd skip"; an idea
kept back ("I'd keep it as a last resort", "as a follow-up experiment"); a denied passive
reaching its agent ("isn't meaningfully shaped by X"); a verdict on a list opening a clause
after ", and"; a verdict reaching over a bracketed aside. Each group holds twins that adopt
the idea in similar words (including "X rather than Y" with X the idea) and stay credited.
Sentences are our own, over a small rubric built here."""

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
            item("screens", "production", ["warning screens", "interstitials"]),
            item("fusion", "modeling", ["fused model", "joint model", "early fusion"]),
            item("exposure", "evaluation", ["exposure fairness", "fairness of exposure"]),
            item("second-tier", "modeling", ["second tier", "heavy tier", "transformer tier"]),
            item("loop", "data", ["our own predictions", "feedback loop"]),
            item("resample", "data", ["resampling", "smote", "oversampling"]),
            item("send-time", "modeling", ["send time optimisation", "send time model"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


def case(text: str, item_id: str, credited: bool) -> tuple[str, str, bool]:
    return (text, item_id, credited)


ANY_PRONOUN = [
    # a refusal cue with a pronoun inside holds for any pronoun pointing back
    case(
        "Warning screens are useful, but I'd put them off until the classifiers settle.",
        "screens",
        False,
    ),
    case(
        "Interstitials help a bit, but I'd put those off for the first release.", "screens", False
    ),
    case(
        "Warning screens and interstitials both have merit; I'd push them to phase two.",
        "screens",
        False,
    ),
    case("Interstitials are a good idea. Still, I'd leave this for later.", "screens", False),
    case(
        "A fused model would be nice, but I'd postpone those until we have labels.", "fusion", False
    ),
    case("A transformer tier is tempting, so I'd hold those back for now.", "second-tier", False),
    # the same verbs on something else, or kept
    case(
        "Warning screens go out on day one; I'd put the appeals flow off until later.",
        "screens",
        True,
    ),
    case("Warning screens matter most, so I'd put those first.", "screens", True),
    case(
        "We show warning screens and push them to every client in the first release.",
        "screens",
        True,
    ),
    case("Warning screens rather than removals: we ship them first.", "screens", True),
    case(
        "Interstitials are cheap, so I'd build them now and leave the rest for later.",
        "screens",
        True,
    ),
]

DESCRIBED = [
    # a verdict after a subject described by a relative clause
    case(
        "A fused model that combines text and image in one network is probably overrated for v1.",
        "fusion",
        False,
    ),
    case(
        "A joint model which reads both the caption and the pixels isn't needed yet.",
        "fusion",
        False,
    ),
    case("A fused model that handles text and image would be overkill here.", "fusion", False),
    case(
        "Resampling that balances the classes tends to be overrated with boosted trees.",
        "resample",
        False,
    ),
    case(
        "A transformer tier that rescores the uncertain cases is not worth it for v1.",
        "second-tier",
        False,
    ),
    # a noun that is an object, or a verdict on something else: still credited
    case(
        "We train a fused model that combines text and image, which is the right call.",
        "fusion",
        True,
    ),
    case("A fused model that combines text and image is the core of the design.", "fusion", True),
    case(
        "I'd build a fused model that scores text and image; the rest is overkill.", "fusion", True
    ),
    case(
        "A fused model that reads text and image, rather than two separate classifiers, "
        "is what I'd ship.",
        "fusion",
        True,
    ),
    case("People argue that a fused model is worth it, and I agree.", "fusion", True),
]

SOMETHING = [
    # "X is something/one I'd skip, drop, park"
    case(
        "Fairness of exposure across segments is something I'd probably skip measuring initially.",
        "exposure",
        False,
    ),
    case("Exposure fairness is something we'd drop for the first version.", "exposure", False),
    case("Exposure fairness is one I'd park until the business asks.", "exposure", False),
    case("Oversampling is something I'd shelve; the trees cope.", "resample", False),
    case("A transformer tier is something I'd avoid in v1.", "second-tier", False),
    # a plan, a refusal denied, or another thing refused
    case("Exposure fairness is something I'd measure weekly.", "exposure", True),
    case("Exposure fairness is something we need from day one.", "exposure", True),
    case("Exposure fairness is one metric I'd never drop.", "exposure", True),
    case("We measure exposure fairness; the survey is something I'd skip.", "exposure", True),
    case(
        "Exposure fairness rather than raw clicks is something I'd report to leadership.",
        "exposure",
        True,
    ),
]

KEPT_BACK = [
    # kept back for later
    case(
        "People like to add a transformer tier for the uncertain cases in a cascade, but I'd "
        "keep it as a last resort.",
        "second-tier",
        False,
    ),
    case("I'd keep a transformer tier as a last resort.", "second-tier", False),
    case(
        "A heavy tier I'd keep as a follow-up experiment rather than part of the launch.",
        "second-tier",
        False,
    ),
    case("I'd keep the second tier as a follow-up.", "second-tier", False),
    case("Early fusion is interesting, but I'd save it as a later experiment.", "fusion", False),
    # kept in use
    case("I'd keep the transformer tier as a fallback.", "second-tier", True),
    case(
        "We add a transformer tier, and we keep it warm for the uncertain cases.",
        "second-tier",
        True,
    ),
    case("I'd keep a second tier for the uncertain cases.", "second-tier", True),
    case(
        "We run a transformer tier on the hard cases. More tiers I'd keep as a last resort.",
        "second-tier",
        True,
    ),
    case("A second tier rather than a bigger first model: we keep it cheap.", "second-tier", True),
]

PASSIVE_AGENT = [
    # a denied passive reaches its agent
    case("The training data isn't meaningfully shaped by our own predictions.", "loop", False),
    case("The labels aren't much affected by our own predictions.", "loop", False),
    case("Arrival times are not really driven by our own predictions.", "loop", False),
    case("Couriers' behaviour is not strongly influenced by our own predictions.", "loop", False),
    case("The outcome isn't heavily biased by our own predictions.", "loop", False),
    # the passive asserted, or the denial elsewhere
    case("The labels are shaped by our own predictions, so we log exploration.", "loop", True),
    case("We don't retrain often, and the labels are shaped by our own predictions.", "loop", True),
    case(
        "We don't retrain, since the labels are heavily shaped by our own predictions.",
        "loop",
        True,
    ),
    case(
        "A feedback loop is not just possible but likely: the data is shaped by our own "
        "predictions.",
        "loop",
        True,
    ),
    case(
        "Rankings shaped by our own predictions rather than by chance are the risk I'd monitor.",
        "loop",
        True,
    ),
]

LISTED_AFTER_AND = [
    # a verdict on a list that opens a clause after a comma and a conjunction
    case(
        "There are enough positives, and resampling or SMOTE tends to be overrated with "
        "boosted trees.",
        "resample",
        False,
    ),
    case("We have plenty of frauds, but oversampling or SMOTE is overkill.", "resample", False),
    case("The classes are fine, so SMOTE or resampling is not needed.", "resample", False),
    case("Labels are cheap, and a fused model or early fusion is premature.", "fusion", False),
    case(
        "Latency is tight, while a heavy tier or a transformer tier is overkill.",
        "second-tier",
        False,
    ),
    # the list adopted
    case("Positives are rare, so resampling or SMOTE is needed.", "resample", True),
    case("We have few frauds, and resampling or SMOTE handles the rest.", "resample", True),
    case("Labels are noisy, and a fused model or early fusion is the fix.", "fusion", True),
    case(
        "Frauds are rare, so oversampling rather than class weights is my choice.", "resample", True
    ),
    case("We use SMOTE, and anything fancier is overkill.", "resample", True),
]

BRACKETED = [
    # a verdict reaching over a bracketed aside to its subject
    case(
        "Send-time optimisation (learning each user's best hour) I'd leave for later.",
        "send-time",
        False,
    ),
    case("A send time model (one per user) I'd defer to v2.", "send-time", False),
    case("Early fusion (text and image in one network) I'd skip for now.", "fusion", False),
    case("Exposure fairness (by segment) I'd leave for later.", "exposure", False),
    case("A transformer tier (for the uncertain cases) I'd skip for v1.", "second-tier", False),
    # a bracket closing a clause of its own, or a sentence
    case(
        "We do send-time optimisation (learning each user's best hour); dashboards I'd "
        "leave for later.",
        "send-time",
        True,
    ),
    case(
        "We want send-time optimisation (per-user hour). Opens are not the goal.", "send-time", True
    ),
    case(
        "We ship send-time optimisation (per-user hour) now and leave the digest for later.",
        "send-time",
        True,
    ),
    case(
        "Send-time optimisation (per user) rather than a fixed hour is what I'd ship.",
        "send-time",
        True,
    ),
    case("Early fusion (text and image together) I'd build first.", "fusion", True),
]


LATER_OR_LESSER = [
    # work named later or lesser by its modifier, after a copula with its article
    case("Exposure fairness is a second-order concern for this launch.", "exposure", False),
    case("Exposure fairness is a phase-two item.", "exposure", False),
    case("A transformer tier feels like a follow-up experiment.", "second-tier", False),
    case("Early fusion is a nice-to-have refinement.", "fusion", False),
    case("Oversampling is a minor problem here.", "resample", False),
    case("Correcting for our own predictions is probably a later concern.", "loop", False),
    case("Early fusion is a mistake at this data size.", "fusion", False),
    case("Exposure fairness is a future optimisation.", "exposure", False),
    case("Exposure fairness is a next-quarter task.", "exposure", False),
    case("A transformer tier is a future feature.", "second-tier", False),
    # the modifier on something else, or the work named as core
    case("Exposure fairness is a launch item.", "exposure", True),
    case("Exposure fairness is a key concern, so we report it weekly.", "exposure", True),
    case("Latency is a second-order concern, so early fusion is what we ship.", "fusion", True),
    case("Oversampling rather than class weights is a core choice here.", "resample", True),
    case("A transformer tier is a big improvement on the hard cases.", "second-tier", True),
]


PUT_ASIDE_PASSIVE = [
    # a plan put aside in the passive, whatever the modal
    case("Exposure fairness should be deferred until the ranker is stable.", "exposure", False),
    case("Early fusion can be postponed to the second release.", "fusion", False),
    case(
        "A transformer tier could be parked until we see the error on hard cases.",
        "second-tier",
        False,
    ),
    case("Oversampling can safely be set aside.", "resample", False),
    case("Send-time optimisation might be deprioritised for launch.", "send-time", False),
    # the passive of a plan carried out, or the putting aside denied
    case("Exposure fairness should not be deferred.", "exposure", True),
    case("Early fusion must not be postponed: it is the main win.", "fusion", True),
    case("A transformer tier can be tuned weekly.", "second-tier", True),
    case(
        "Stale pushes can be dropped, and send-time optimisation is computed offline.",
        "send-time",
        True,
    ),
    case(
        "A suggestion that would be ignored is pushed down by the exposure fairness term.",
        "exposure",
        True,
    ),
]

DENIED_REFUSAL = [
    # a refusal denied is a keeping
    case("Exposure fairness is one metric I'd never drop.", "exposure", True),
    case("I wouldn't defer exposure fairness.", "exposure", True),
    case("We won't postpone early fusion.", "fusion", True),
    case("I would never shelve the transformer tier.", "second-tier", True),
    case("I wouldn't park send-time optimisation; it drives the opens.", "send-time", True),
    # the refusal itself
    case("I'd defer exposure fairness.", "exposure", False),
    case("We'll postpone early fusion.", "fusion", False),
    case("I would shelve the transformer tier for now.", "second-tier", False),
    case("Send-time optimisation I'd park.", "send-time", False),
    case("I'd postpone oversampling rather than build it now.", "resample", False),
]


GRANTED_THEN_SUFFICED = [
    # a merit granted, then something else said to be enough already
    case(
        "Early fusion would help, but the separate classifiers already get most of the value.",
        "fusion",
        False,
    ),
    case(
        "A transformer tier is tempting, but the GBDT already covers the hard cases.",
        "second-tier",
        False,
    ),
    case(
        "Oversampling might be useful, but the trees already cope with the imbalance.",
        "resample",
        False,
    ),
    case(
        "A send time model would be nice, but quiet hours get us most of the benefit.",
        "send-time",
        False,
    ),
    case(
        "Exposure fairness is interesting, but the cold-start boost already does most of the work.",
        "exposure",
        False,
    ),
    # a condition, no turn, the idea itself sufficing, or taken up
    case(
        "Early fusion would help, but only if the separate classifiers already disagree often.",
        "fusion",
        True,
    ),
    case(
        "Early fusion would help, and the separate classifiers are already trained.", "fusion", True
    ),
    case(
        "The separate classifiers would help, but early fusion already gets most of the value.",
        "fusion",
        True,
    ),
    case(
        "Early fusion would help; we build it, but the old classifiers already exist.",
        "fusion",
        True,
    ),
    case(
        "Early fusion would help, but it is expensive, so we build it in month two.", "fusion", True
    ),
]


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    PUT_ASIDE_PASSIVE + DENIED_REFUSAL + GRANTED_THEN_SUFFICED,
)
def test_put_aside_passive_and_denied_refusal(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    LATER_OR_LESSER,
)
def test_later_or_lesser_work(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    ANY_PRONOUN + DESCRIBED + SOMETHING + KEPT_BACK + PASSIVE_AGENT + LISTED_AFTER_AND + BRACKETED,
)
def test_rejected_forms_and_their_adopting_twins(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
