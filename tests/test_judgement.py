"""Named vs applied, negation in general form, red flags that argue against, credit wherever
said: probes written in general English on a small rubric built here."""

from __future__ import annotations

import json

import pytest
from toy_rubric import item

from designtrainer.domain.model import RedFlag, Rubric
from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade, grade_whole, read_answer
from designtrainer.grading.results import GradeResult
from designtrainer.render import report
from designtrainer.store import codec

RUBRIC = Rubric(
    case="payment-fraud",
    items=(
        item("objective", "framing", ["fraud loss", "fraud losses"], ["false decline"], within=30),
        item("imbalance", "data", ["imbalance", "imbalanced", "rare"]),
        item("label-delay", "data", ["chargeback", "label"], ["weeks", "late", "delay"], within=12),
        item("trees", "modeling", ["gbdt", "gradient boosted trees", "xgboost", "lightgbm"]),
        item("deep", "modeling", ["deep model", "deepfm", "neural network"]),
        item("blocklists", "modeling", ["blocklist", "connection level filtering"]),
        item("ip-reputation", "data", ["ip reputation"]),
        item("pr-auc", "evaluation", ["pr auc", "precision recall curve"]),
        item("calibration", "evaluation", ["calibration"]),
        item("cost-analysis", "evaluation", ["cost analysis", "threshold"]),
        item("ab-test", "evaluation", ["a b test", "shadow mode"]),
        item("streaming", "production", ["streaming", "feature store"]),
        item("drift", "production", ["drift monitoring", "monitoring", "drift"]),
        item("retraining", "production", ["retrain", "retraining"]),
        item("feedback-loop", "production", ["feedback loop", "don't get labels"]),
        item("fallback", "production", ["fallback"]),
    ),
    red_flags=(
        RedFlag(
            "random-split",
            "A random split leaks the future.",
            (("random split", "randomly split", "shuffle"),),
        ),
        RedFlag("accuracy", "Accuracy hides the rare class.", (("accuracy",),)),
    ),
)
COMPILED = compile_rubric(RUBRIC)


def states(text: str) -> dict[str, str]:
    return {r.item.id: r.state for r in grade_whole(COMPILED, text).items if r.state != "missed"}


def flags(text: str) -> list[str]:
    return [h.flag.id for h in grade_whole(COMPILED, text).red_flags]


# -- named vs applied ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim about the problem, a reason, a number, a choice, a verb applying it
        ("Fraud is rare.", {"imbalance": "met"}),
        ("Chargebacks arrive weeks late, so recent data is unlabelled.", {"label-delay": "met"}),
        ("We'd retrain weekly.", {"retraining": "met"}),
        ("GBDT on tabular feats, p99 < 50 ms", {"trees": "met"}),
        ("PR-AUC, not accuracy.", {"pr-auc": "met"}),
        ("GBDT instead of a deep model.", {"trees": "met"}),  # the deep model is rejected
        ("Streaming features from Kafka.", {"streaming": "met"}),
        ("pos rate ~0.2% -> v imbalanced", {"imbalance": "met"}),
        # a bare list of names, a fragment in a run of fragments, a generic sentence
        (
            "feature store, streaming, drift monitoring, retraining, feedback loop, fallback",
            {
                "streaming": "named",
                "drift": "named",
                "retraining": "named",
                "feedback-loop": "named",
                "fallback": "named",
            },
        ),
        (
            "- drift monitoring\n- retraining\n- fallback",
            {"drift": "named", "retraining": "named", "fallback": "named"},
        ),
        (
            "Drift and retraining will be managed carefully.",
            {"drift": "named", "retraining": "named"},
        ),
        (
            "We will leverage a robust feature store to ensure seamless, scalable delivery.",
            {"streaming": "named"},
        ),
        # the one element of a list of names that says something counts
        (
            "feature store, drift monitoring, retraining weekly, fallback",
            {"streaming": "named", "drift": "named", "retraining": "met", "fallback": "named"},
        ),
    ],
)
def test_named_or_applied(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


def test_a_named_idea_earns_nothing_and_says_why() -> None:
    result = grade_whole(COMPILED, "feature store, drift monitoring, retraining, fallback")
    assert result.score == 0
    assert {r.item.id for r in result.named} == {"streaming", "drift", "retraining", "fallback"}
    r = result.item("drift")
    assert not r.met and r.named and r.state == "named" and r.evidence
    with pytest.raises(ValueError, match="both met and only named"):
        type(r)(r.item, True, r.evidence, named=True)


def test_a_buzzword_answer_scores_little() -> None:
    answers = {
        "framing": "Our objective is to leverage cutting-edge ML to reduce fraud losses "
        "seamlessly while avoiding false declines.",
        "data": "Class imbalance and label delay will be handled appropriately.",
        "modeling": "We will consider gradient boosted trees and deep models where appropriate.",
        "evaluation": "Robust metrics such as PR-AUC, careful threshold tuning and A/B tests "
        "will be applied.",
        "production": "Drift monitoring, retraining, streaming and fallbacks will be managed "
        "carefully.",
    }
    result = grade(COMPILED, answers)
    assert result.score <= 0.35
    assert "core bar not met" in result.levels[0].verdict
    assert len(result.named) >= 8


# -- answers written as lists of names -----------------------------------------------------

# One term a bullet, terms under labels, menus of alternatives, chains of names, examples in
# brackets: the notes of a candidate who names ideas and applies none.
NOTES_OF_NAMES = """## Notes
- Objective: fraud losses, false declines
- Imbalance (rare class)
- Label delay (chargebacks)
- GBDT -> deep model
- Blocklists
- IP reputation
- PR-AUC, F1, recall
- Calibration
- Threshold tuning
- Shadow mode -> A/B test
- Kafka -> streaming -> feature store
- Monitoring: drift, PSI
- Retraining: weekly / monthly
- Feedback loop
- Fallback
"""
# The same ideas in terse notes that each commit to something for this problem.
TERSE_CHOICES = """## Notes
- Goal: cut fraud losses 30%, false declines <= 0.3%
- Fraud is rare: 0.1% of txns -> class weights x50
- Chargebacks arrive 30-120 days late -> train on txns >= 120 d old
- GBDT (LightGBM) on ~300 feats, not a deep model
- Blocklists stay in front of the model
- IP reputation as a feature, lagged 1 day
- PR-AUC + recall @ 0.3% FPR
- Calibration check per segment, isotonic if off
- Threshold from cost: FN = amount, FP = $55
- Shadow mode 2 wks -> A/B test on 5% traffic
- Streaming feats via Kafka, p99 lookup < 10 ms
- Drift monitoring on score distribution, alert at PSI > 0.2
- Retrain monthly as labels mature
- Feedback loop: declined txns never get labels -> 1% random approve holdout
- Fallback: rules only if model times out
"""


def test_an_answer_of_names_names_every_idea() -> None:
    found = states(NOTES_OF_NAMES)
    assert len(found) >= 15
    assert set(found.values()) == {"named"}, found


def test_terse_notes_that_choose_are_met() -> None:
    found = states(TERSE_CHOICES)
    assert len(found) == 15
    assert set(found.values()) == {"met"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a menu of alternatives, nothing chosen
        ("- Trees: GBDT / XGBoost / LightGBM", {"trees": "named"}),
        ("- Retraining: weekly / monthly", {"retraining": "named"}),
        ("- GBDT or deep model", {"trees": "named", "deep": "named"}),
        # one option chosen, or an option with a word of its own
        ("- Retraining: weekly", {"retraining": "met"}),
        ("- GBDT / XGBoost per leg", {"trees": "met"}),
        ("- GBDT, not a deep model", {"trees": "met"}),
        # an arrow that draws a consequence stays one
        ("- fraud 0.1% -> imbalanced, class weights", {"imbalance": "met"}),
        ("- timeout -> fallback to cached rows", {"fallback": "met"}),
    ],
)
def test_menus_and_consequences(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


def test_notes_in_an_answer_of_names() -> None:
    # In an answer of names a chain of names, a menu or a list of examples say nothing more...
    for note, item_id in (
        ("- Shadow mode -> A/B test -> Kafka", "ab-test"),
        ("- Fallback (rules engine)", "fallback"),
        ("- Label delay: chargebacks, disputes", "label-delay"),
        ("- Fallback: blocklist, IP reputation", "fallback"),
        ("- Trees: GBDT / XGBoost", "trees"),
    ):
        text = NOTES_OF_NAMES.replace("- Feedback loop\n", note + "\n")
        assert states(text)[item_id] == "named", note
    # ...while a note that states one choice of its own, a time or a figure (in brackets
    # too: "a committed number in a note") still counts.
    for note, item_id in (
        ("- Fallback: rules engine", "fallback"),
        ("- Fallback: blocklist", "fallback"),  # which one serves: another idea, in full
        ("- Retraining daily, drift alerts", "retraining"),
        ("- GBDT on device + card feats", "trees"),
        ("- Calibration (isotonic) on last 7 days", "calibration"),
        ("- Class imbalance (~0.1%)", "imbalance"),
        ("- A/B test (2-4 weeks)", "ab-test"),
    ):
        text = NOTES_OF_NAMES.replace("- Feedback loop\n", note + "\n")
        assert states(text)[item_id] == "met", note


def test_a_section_of_terse_notes_that_say_how_often_is_not_a_list_of_names() -> None:
    """A section read alone: notes that say how often ("retrain weekly", "drift monitoring
    hourly") commit as a figure does, and are not a list of names (they were, unless a title
    line of the file counted among the section's notes and held it under the line); the
    same notes without them are one, and name their ideas."""
    choices = (
        "- streaming feats via Kafka, feature store in Redis\n"
        "- retrain weekly\n"
        "- drift monitoring hourly\n"
        "- fallback rules\n"
    )
    names = choices.replace(" weekly", "").replace(" hourly", "")
    assert not read_answer(COMPILED, choices).judgement.keyword_style
    assert read_answer(COMPILED, names).judgement.keyword_style
    assert set(states(choices).values()) == {"met"}
    assert set(states(names).values()) == {"named"}


@pytest.mark.parametrize(
    ("streaming", "expected"),
    [
        # proper names offered as examples of a kind choose none of them...
        ("built on powerful platforms such as Kafka or Flink", "named"),
        # ...one named as what is used is a choice
        ("built on powerful Kafka", "met"),
        # magnitudes in the plural say the system is big, a rate says what it must carry
        ("built on powerful infrastructure for hundreds of millions of users", "named"),
        ("built on powerful infrastructure, refreshed hourly,", "met"),
    ],
)
def test_examples_in_boilerplate_choose_nothing(streaming: str, expected: str) -> None:
    answers = {
        "framing": "Our objective is to leverage cutting-edge ML to reduce fraud losses "
        "seamlessly while avoiding false declines.",
        "data": "Class imbalance and label delay will be handled appropriately.",
        "modeling": "We will consider gradient boosted trees and deep models where appropriate.",
        "evaluation": "Robust metrics such as PR-AUC, careful threshold tuning and A/B tests "
        "will be applied.",
        "production": f"A streaming layer {streaming} feeds events to the "
        "scorer. Drift monitoring, retraining and fallbacks will be managed carefully.",
    }
    assert grade(COMPILED, answers).item("streaming").state == expected


# -- labels ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label whose note takes the idea back is no evidence
        (
            "Monitoring: I'd check daily revenue; I don't think we need feature drift dashboards.",
            {},
        ),
        ("Threshold: I'd just use 0.5, no need for a cost analysis.", {}),
        # a label counts as its note says
        ("Imbalance: 0.1% positives, downsample negatives 1:10", {"imbalance": "met"}),
        ("Retraining: every Sunday on fresh data", {"retraining": "met"}),
        ("Retraining:", {"retraining": "named"}),
        (
            "## Monitoring\n\nWe page on-call when PSI on any top feature passes 0.2.",
            {"drift": "met"},
        ),
    ],
)
def test_paragraph_labels(text: str, expected: dict[str, str]) -> None:
    assert states(text) == expected


# -- negation in general form --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I would not do any connection-level filtering or blocklists.",
        "I wouldn't use SMOTE, blocklists or oversampling.",
        "I also wouldn't look at sender or network metadata such as IP reputation.",
        "I don't see the point in checking calibration per advertiser.",
        "There's no feedback loop to worry about: blocked transactions simply don't get labels, "
        "which doesn't matter.",
        "A deep model is overrated for this.",
        "Deep models (sequence models over the card history, neural networks) — not now.",
        "DeepFM is nice in theory, but not for the first version.",
        "I considered a deep model, but it's overkill at this scale.",
        "People will tell you to monitor drift. I'd hold off on that.",
        "Retraining is the usual answer; I'd start without any of that.",
        "There's an argument for shadow mode. I think it's overrated here.",
        "Streaming features, maybe later.",
        "Fallbacks only as a last resort.",
    ],
)
def test_rejected_ideas_are_not_credited(text: str) -> None:
    result = grade_whole(COMPILED, text)
    assert not [r.item.id for r in result.items if r.met]
    assert all(e.negated for r in result.items for e in r.evidence)


def test_a_later_genuine_mention_still_counts() -> None:
    text = "We won't retrain hourly. We retrain weekly on matured chargebacks."
    assert states(text)["retraining"] == "met"


# -- red flags -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We randomly split the transactions 80/20.", ["random-split"]),
        ("Metrics: accuracy and recall.", ["accuracy"]),
        ("A random split would leak the future, so split by time.", []),
        ("Accuracy is misleading with 0.1% fraud; we report PR-AUC.", []),
        ("Never shuffle time-ordered payments.", []),
        ("Instead of accuracy we use PR-AUC.", []),
    ],
)
def test_red_flags_fire_on_the_mistake_not_on_the_warning(text: str, expected: list[str]) -> None:
    assert flags(text) == expected


# -- credit wherever said ----------------------------------------------------------------------


def test_credit_wherever_said_is_marked_in_results_and_reports() -> None:
    answers = {
        "modeling": "GBDT on tabular features. The goal is to cut fraud losses while keeping "
        "false declines of good customers low, so we tune for dollars saved.",
        "evaluation": "We randomly split the data.",
    }
    result = grade(COMPILED, answers)
    r = result.item("objective")
    assert r.met and r.found_in == "modeling"
    assert result.item("trees").met and result.item("trees").found_in is None
    (flag,) = result.red_flags
    assert flag.flag.id == "random-split" and flag.evidence[0].section == "evaluation"
    data = codec.result_to_json(result)
    items = {i["id"]: i for s in data["sections"] for i in s["items"]}
    assert items["objective"]["found_in"] == "modeling" and items["objective"]["state"] == "met"
    assert "(found under Modeling)" in report.to_text(result, "t", texts=answers)


def test_reports_show_named_ideas_with_their_why() -> None:
    result: GradeResult = grade_whole(
        COMPILED, "feature store, drift monitoring, retraining, fallback"
    )
    text = report.to_text(result, "Fraud")
    assert "4 ideas named without saying why" in text
    assert "why drift" in text and "  ~ drift [core, 2]" in text
    md = report.to_markdown(result, "Fraud")
    assert "**4 ideas named without saying why:**" in md and "- [~] **drift**" in md
    data = json.loads(report.to_json_text(result))
    drift = next(i for s in data["sections"] for i in s["items"] if i["id"] == "drift")
    assert drift["met"] is False and drift["state"] == "named" and drift["evidence"]


# -- sentences of boilerplate ----------------------------------------------------------------

_BOILERPLATE = {
    "framing": "Our objective is to leverage cutting-edge ML to reduce fraud losses "
    "seamlessly while avoiding false declines.",
    "data": "Class imbalance and label delay will be handled appropriately.",
    "modeling": "We will consider gradient boosted trees and deep models where appropriate.",
    "evaluation": "Robust metrics such as PR-AUC, careful threshold tuning and A/B tests "
    "will be applied.",
}


def _in_boilerplate(production: str) -> str:
    """The state of the streaming item when `production` closes an answer of boilerplate."""
    closing = " Drift monitoring, retraining and fallbacks will be managed carefully."
    answers = dict(_BOILERPLATE, production=production + closing)
    return grade(COMPILED, answers).item("streaming").state


@pytest.mark.parametrize(
    ("production", "expected"),
    [
        # Many words strung together say nothing specific of the idea: no figure, no name,
        # no time, no choice, no reason...
        (
            "A real-time streaming layer ingests card swipes and merchant events into a unified "
            "view of every shopper journey.",
            "named",
        ),
        # ...and a purpose is an aim, not a consequence ("so that" ...)...
        (
            "A streaming layer ingests card swipes and merchant events so that analysts get a "
            "unified picture of every shopper.",
            "named",
        ),
        # ...while a reason or a consequence drawn applies it.
        (
            "A streaming layer ingests card swipes and merchant events, because the nightly "
            "batch misses the card-testing bursts that drain accounts.",
            "met",
        ),
        # A contrast in another clause ("no raw card number") says nothing of this idea...
        (
            "A streaming layer feeds events to the scorer, and privacy by design ensures that "
            "no raw card number is ever stored.",
            "named",
        ),
        # ...nor does the rate of a magnitude: the system is big...
        (
            "A streaming layer will carry hundreds of millions of events every day at scale.",
            "named",
        ),
        # ...nor "from day one", the start of something rather than a schedule...
        (
            "A streaming layer will carry card swipes and merchant events into the scorer "
            "from day one.",
            "named",
        ),
        # (a rate without magnitudes is a schedule)
        ("A streaming layer will refresh the merchant aggregates every day.", "met"),
        # ...while a figure does, and a ratio in words is one.
        (
            "A robust streaming layer is essential, as one in five fraud rings strikes again.",
            "met",
        ),
        # An element of a list of names in boilerplate needs something specific too.
        (
            "Production will combine multiple complementary components, including streaming "
            "of merchant swipe events, drift monitoring, retraining and fallbacks.",
            "named",
        ),
    ],
)
def test_sentences_of_boilerplate_apply_only_with_something_specific(
    production: str, expected: str
) -> None:
    assert _in_boilerplate(production) == expected


def test_the_same_sentences_count_in_a_genuine_answer() -> None:
    # The bar is raised for an answer written in boilerplate only: a genuine answer's fluent
    # sentence of many words still applies its idea.
    text = (
        "A streaming layer ingests card swipes and merchant events into one view of the "
        "shopper.\nFraud is rare, about one in a thousand payments."
    )
    assert states(text)["streaming"] == "met"
    assert states(text)["imbalance"] == "met"


def test_a_ratio_in_words_is_a_figure_in_boilerplate_too() -> None:
    # "one in a thousand" commits to a number as "0.1%" does, where vague words around it
    # would drown a plain word...
    for ratio in ("one in a thousand", "three out of ten"):
        sentence = f"A robust streaming layer is essential, as {ratio} fraud rings strike again."
        assert _in_boilerplate(sentence) == "met", ratio
    # ...and "one of ten" is no ratio of the kind.
    sentence = "A robust streaming layer is essential, as one of ten fraud rings strikes again."
    assert _in_boilerplate(sentence) == "named"
