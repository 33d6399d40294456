"""General English the negation and judgement stages read (grading/negation/,
grading/judgement.py): each sentence in a rejection, argued-against, mistake or named case was
credited or flagged wrongly before the rule it tests; the genuine cases guard the rules'
reach. Small rubrics built here, so content edits never move these."""

from __future__ import annotations

import pytest
from toy_rubric import item

from designtrainer.domain.model import RedFlag, Rubric
from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade, grade_whole

COMPILED = compile_rubric(
    Rubric(
        case="toy",
        items=(
            item("retraining", "production", ["retrain", "retraining"]),
            item("streaming", "production", ["streaming", "real time features"]),
            item("negatives", "data", ["negatives", "negative examples"]),
            item("fairness", "evaluation", ["fairness", "exposure"]),
        ),
        red_flags=(
            RedFlag(
                "no-fallback",
                "There must be a fallback.",
                (("without a fallback", "no fallback", "just fails"),),
            ),
            RedFlag(
                "accuracy",
                "Accuracy hides the rare class.",
                (("accuracy",), ("metric", "measure", "use")),
                within=6,
            ),
            RedFlag(
                "clicks-only",
                "Clicks alone reward clickbait.",
                (("optimise", "rank by", "maximise"), ("clicks", "ctr")),
                within=4,
            ),
        ),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


def flags(text: str) -> set[str]:
    return {h.flag.id for h in grade_whole(COMPILED, text).red_flags}


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # a verdict after a copula on what the clause proposes
        ("Hourly retraining would be a mistake here, the data barely moves.", "retraining"),
        ("Nightly retraining sounds naive for a model this stable.", "retraining"),
        # "not yet" reaches past "yet"
        ("Recent transactions are not yet negatives, labels take months.", "negatives"),
        # a short closing clause rejects the clause before it
        ("Hourly retraining adds cost for little gain, so we won't.", "retraining"),
        ("Streaming features add a lot of moving parts, so I wouldn't.", "streaming"),
        # "before any": not done (yet)
        ("Let's see if the daily batch is enough before building any streaming.", "streaming"),
        # deferral: "park", and a lead-in "still" before the cue
        ("Fairness is a real topic. I'd still park it until after the launch.", "fairness"),
        # the dot of "i.e." ends no sentence, so "it" reaches the whole sentence before
        (
            "Exposure, i.e. whether popular profiles soak up impressions, matters. "
            "I'd park it until after launch.",
            "fairness",
        ),
        # a verdict after a copula reaches the whole subject, across a list
        (
            "Tracking fairness per creator, per region and so on is nice to have, but the "
            "aggregate comes first.",
            "fairness",
        ),
        ("Real time features for trends is a lot of moving parts.", "streaming"),
        # a sentence that is only a verdict judges the sentence before it
        ("I considered a fairness audit, but it means more work. Maybe later.", "fairness"),
        # weighed in one sentence, dropped in the next
        (
            "Fairness of exposure is in theory the better design. In practice the effect is "
            "small, so I'd accept that rather than build anything for v1.",
            "fairness",
        ),
        # a cue closing a clause about a thing named before it
        ("Nightly retraining is a refinement I'd skip.", "retraining"),
        # "nothing" is a negation
        ("Nothing is retrained automatically; a person decides.", "retraining"),
        # a question answered no
        ("Do we need streaming features? Probably not.", "streaming"),
        ("Should we retrain hourly? I don't think so, the data is stable.", "retraining"),
        # weighed as a conditional hedge, then dropped
        ("Streaming could help, but I'd skip it for v1.", "streaming"),
        # more dismissals and deferrals
        ("I'd pass on fairness audits for the first launch.", "fairness"),
        ("I'm sceptical of nightly retraining for this data.", "retraining"),
        ("Streaming features are a luxury.", "streaming"),
        # put off until a condition nobody expects, or only if something goes wrong
        ("We could add streaming features if needed.", "streaming"),
        ("I'd only dig into fairness by creator if something looks off.", "fairness"),
        # "non-" negates the word it is joined to
        ("I'd revisit once the non-streaming version is solid.", "streaming"),
        # choosing something else: what a preference is "better than" is rejected
        (
            "A nightly batch job is much better than streaming features or a message bus.",
            "streaming",
        ),
        ("A frontier model is better at that than streaming features.", "streaming"),
        ("Daily aggregates are preferable to real-time features here.", "streaming"),
        ("I'd choose a nightly batch over streaming features.", "streaming"),
        # verdicts of little worth, doubt and deferral to a phase
        ("Retraining nightly isn't worth the cost.", "retraining"),
        ("Streaming features aren't justified at this scale.", "streaming"),
        ("Nightly retraining makes little sense here.", "retraining"),
        ("Streaming features have limited value here.", "streaming"),
        ("Nightly retraining offers little benefit.", "retraining"),
        ("Streaming features won't move the needle.", "streaming"),
        ("Streaming features wouldn't add much over the daily batch.", "streaming"),
        ("Fairness audits are beyond the scope of v1.", "fairness"),
        ("I'd advise against streaming features.", "streaming"),
        ("I doubt nightly retraining pays off.", "retraining"),
        ("I see little reason for streaming features.", "streaming"),
        ("Streaming features sound good, but they're not worth it.", "streaming"),
        ("I'll leave streaming features for phase 2.", "streaming"),
        # after a rejection, what the idea would "just" do is the case against it
        (
            "I would not add nightly retraining. The weekly job is fine, and retraining just "
            "creates churn in the scores.",
            "retraining",
        ),
        # "leave A and B out": the objects joined inside the idiom are left out together
        ("I'd leave drift alerts and nightly retraining out of the first launch.", "retraining"),
        ("Streaming features aren't essential.", "streaming"),
        # a parenthetical after the cue, or inside the subject of a verdict
        ("I wouldn't, at least initially, build streaming features.", "streaming"),
        ("We don't, for now, need streaming features.", "streaming"),
        ("Streaming features (Kafka, Flink) aren't needed.", "streaming"),
        # weighed, then dropped for something that suffices
        ("Retraining nightly is possible but unnecessary.", "retraining"),
        ("Streaming features are tempting, but a daily batch is enough.", "streaming"),
        # a short sentence that refuses, or judges, the one before
        ("Some teams retrain nightly. We don't need to.", "retraining"),
        ("People often reach for streaming features. I think that's a mistake.", "streaming"),
        # put off until a condition, said first
        ("If the batch proves too slow, we could consider streaming features.", "streaming"),
        ("Once the batch is proven, we could add streaming features.", "streaming"),
        # the means of a refused measurement is refused with it
        ("I wouldn't measure the ranker separately with fairness metrics.", "fairness"),
        # a cue's reach goes on through "or" past a relative clause it governs
        (
            "I'd keep one daily label and not try to work out which push caused it or "
            "retrain on each push.",
            "retraining",
        ),
    ],
)
def test_rejections_are_not_credited(text: str, rejected: str) -> None:
    assert rejected not in met(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We retrain nightly; the last model was a mistake we learned from.", "retraining"),
        ("Negatives are impressions without a click.", "negatives"),
        ("Retraining is cheap, so we retrain nightly.", "retraining"),
        ("Labels arrive late, i.e. weeks later. We retrain weekly.", "retraining"),
        ("Fairness of exposure matters, so we track it per creator.", "fairness"),
        ("We retrain weekly and drift monitoring is nice to have.", "retraining"),
        ("Fairness is in theory hard. In practice we track exposure per creator.", "fairness"),
        ("Non-urgent items wait; streaming features keep scores fresh to the minute.", "streaming"),
        ("Why retrain nightly? Because labels arrive daily.", "retraining"),
        ("Nothing but a nightly retrain keeps up with the drift.", "retraining"),
        ("Do we need streaming? Yes: prices change by the minute.", "streaming"),
        # a comparison that is not a preference, and a later genuine mention after a rejection
        ("Streaming features make the model better than it is today.", "streaming"),
        (
            "A nightly batch is better than streaming for v1. Later, streaming features keep "
            "prices fresh to the minute, since they move hourly.",
            "streaming",
        ),
        ("We retrain weekly, which keeps drift or decay in check.", "retraining"),
        ("No, we retrain weekly, and streaming features keep prices fresh.", "streaming"),
        (
            "Streaming features (Kafka, Flink) keep prices fresh; drift isn't a concern.",
            "streaming",
        ),
        (
            "Nightly retraining is possible and the data shifts daily, so we retrain nightly.",
            "retraining",
        ),
        ("We retrain nightly. The old weekly job was a mistake.", "retraining"),
        ("If the data drifts, we retrain nightly.", "retraining"),
        ("I wouldn't measure accuracy with 2% negatives in the data.", "negatives"),
        ("We don't retrain with a fixed calendar; fairness is tracked per creator.", "fairness"),
        # an option is not optional; "over" without a choosing verb is no preference
        ("Nightly retraining is an option, and we retrain nightly at first.", "retraining"),
        ("We retrain nightly over the last 90 days of streaming features.", "streaming"),
        ("Streaming features are worth the cost: prices move by the minute.", "streaming"),
        # "just" as "only", or with no rejection before it, keeps the idea
        ("No streaming pipeline for v1. Streaming features just for prices.", "streaming"),
        ("Retraining just works here: we retrain nightly.", "retraining"),
        # "and" in "leave ... out" joins objects only up to the "out": past it, a choice
        ("We leave the old job running and retrain nightly.", "retraining"),
        ("I'd leave the batch out and add streaming features.", "streaming"),
    ],
)
def test_the_rules_do_not_reach_genuine_mentions(text: str, kept: str) -> None:
    assert kept in met(text)


@pytest.mark.parametrize(
    "text",
    [
        # a cue inside the mistake's own words, and a verdict on the whole of it
        "Running without a fallback would be reckless.",
        # "X alone <shortcoming>" argues against X
        "Ranking by CTR alone ignores the bid, so we rank by expected value.",
        "Optimising clicks alone would reward clickbait.",
        # "poor" criticises what the clause names
        "Accuracy is a poor metric when fraud is this rare.",
        # a preposition of means right after the cue is what is refused
        "The auction ranks by expected revenue, not by CTR alone.",
    ],
)
def test_arguing_against_raises_no_flag(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the mistake's own words may hold a word of criticism
        ("If the model is down, the request just fails.", "no-fallback"),
        ("We rank by CTR alone.", "clicks-only"),
        ("Offline we optimise clicks alone and that is enough.", "clicks-only"),
        ("We use accuracy as the metric.", "accuracy"),
    ],
)
def test_making_the_mistake_raises_the_flag(text: str, flag: str) -> None:
    assert flag in flags(text)


# -- judgement: proper names drowned by vague words name ideas, they do not apply them ------

NAMES = compile_rubric(
    Rubric(
        case="toy-names",
        items=(
            item("probabilistic-model", "modeling", ["deepar", "quantile regression"]),
            item("retraining", "production", ["retraining", "retrain"]),
        ),
        red_flags=(),
    )
)


def state(text: str, item_id: str) -> str:
    return grade_whole(NAMES, text).item(item_id).state


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        (
            "Deep learning approaches like DeepAR, N-BEATS or Temporal Fusion Transformers can "
            "be explored to capture complex temporal patterns.",
            "probabilistic-model",
        ),
        (
            "The solution will be deployed through robust automated MLOps pipelines with "
            "seamless retraining and CI/CD.",
            "retraining",
        ),
    ],
)
def test_proper_names_drowned_by_vague_words_are_named(text: str, item_id: str) -> None:
    assert state(text, item_id) == "named"


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("We train DeepAR on the zone-hour series; it gives us quantiles.", "probabilistic-model"),
        ("Retraining runs in Airflow every night on the new labels.", "retraining"),
    ],
)
def test_proper_names_in_a_plain_sentence_still_apply(text: str, item_id: str) -> None:
    assert state(text, item_id) == "met"


def test_a_negation_cue_is_never_read_as_a_typo() -> None:
    """One slip from "north" (a rubric word), "nothing" is still the word it is."""
    compiled = compile_rubric(
        Rubric(
            case="toy-typo",
            items=(
                item("north-star", "framing", ["north star"]),
                item("retraining", "production", ["retrain"]),
            ),
            red_flags=(),
        )
    )
    words = compiled.vocabulary.read("Nothing is retrained automatically.")
    assert not words.read_as.get("Nothing")
    assert not grade_whole(compiled, "Nothing is retrained automatically.").item("retraining").met


# -- judgement: a mention counts only when the sentence applies it ------------------------
# Generic sentences where one rubric word stands among boilerplate ("leverage", "key", "at
# scale", "other key metrics", "great experience", "visibility into model health") name the
# idea; terse or plain sentences that state something about this system apply it.

APPLY = compile_rubric(
    Rubric(
        case="mail-filter",
        items=(
            item("streaming", "production", ["real time", "streaming"]),
            item("latency", "framing", ["latency", "p99"]),
            item("content", "data", ["message content", "body text"]),
            item("adversarial", "framing", ["arms race", "evolve", "rotate"]),
            item("rules", "modeling", ["rules", "blocklist", "defense in depth"]),
            item("precision", "evaluation", ["precision", "fpr"]),
            item("slices", "evaluation", ["per country", "per language", "slices"]),
            item("trees", "modeling", ["gbdt", "gradient boosted"]),
            item("negatives", "data", ["negative sampling", "neg sampling"]),
            item("calibration", "evaluation", ["calibration", "calibrate", "recalibrate"]),
            item("monitoring", "production", ["monitoring", "monitor", "alert"]),
        ),
        red_flags=(),
    )
)


def applied(text: str) -> dict[str, str]:
    return {r.item.id: r.state for r in grade_whole(APPLY, text).items if r.state != "missed"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "We will leverage real-time signals and rich message content to keep latency low "
            "at scale.",
            {"streaming", "content", "latency"},
        ),
        (
            "Spammers constantly evolve, so a defense-in-depth approach with rules and models "
            "is key.",
            {"adversarial", "rules"},
        ),
        ("We'll track precision and other key metrics across segments.", {"precision"}),
        ("We will monitor precision, recall and other business metrics closely.", {"precision"}),
        (
            "We will use streaming features to ensure the model always reflects the latest "
            "behaviour.",
            {"streaming"},
        ),
        ("We need low latency so that users get a great experience.", {"latency"}),
        ("Monitoring dashboards will give visibility into model health.", {"monitoring"}),
        (
            "Spam is an arms race, so the system needs to adapt quickly to new attacks.",
            {"adversarial"},
        ),
        (
            "Rules will add an additional line of defense on top of the model at massive scale.",
            {"rules"},
        ),
        ("Precision will be tracked to deliver a world-class experience.", {"precision"}),
    ],
)
def test_a_rubric_word_among_boilerplate_is_named(text: str, named: set[str]) -> None:
    states = applied(text)
    assert {i for i in named if states.get(i) == "met"} == set(), states


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("GBDT on tabular feats, p99 < 50 ms", {"trees", "latency"}),
        ("neg sampling 1:10, then recalibrate", {"negatives", "calibration"}),
        ("track precision at the 1% FPR operating point per country", {"precision", "slices"}),
        (
            "Spammers rotate sending domains within hours, so rules catch known campaigns and "
            "the model catches the rest.",
            {"adversarial", "rules"},
        ),
        (
            "Streaming features from the last hour catch bursts that the nightly batch misses.",
            {"streaming"},
        ),
        ("Latency matters because the filter sits in the delivery path.", {"latency"}),
        (
            "We'd pick a gradient boosted model over a deep net since the features are tabular.",
            {"trees"},
        ),
        (
            "Calibrate the scores so a threshold means the same thing after every retrain.",
            {"calibration"},
        ),
        ("Precision per country, because spam waves hit one language at a time.", {"precision"}),
        (
            "Monitoring: alert when the daily spam rate moves by more than two points.",
            {"monitoring"},
        ),
        (
            "It is critical to calibrate, since the threshold is set on probabilities.",
            {"calibration"},
        ),
        ("Low latency is key: the filter sits in the delivery path.", {"latency"}),
        # words that are plain here, however often buzzword answers use them
        ("Precision per class, at the recall the business will tolerate.", {"precision"}),
        ("Latency has to stay well under a second, so scoring must be quick.", {"latency"}),
    ],
)
def test_a_specific_claim_applies_the_idea(text: str, met: set[str]) -> None:
    states = applied(text)
    assert {i for i in met if states.get(i) != "met"} == set(), states


# An answer that strings boilerplate together sentence after sentence is read as one: there a
# sentence with vague words applies an idea only with a figure, a proper name, a time or a
# choice, or far more words of its own than vague ones.
BOILERPLATE_ANSWER = {
    "framing": "Spam is a critical threat to user trust, and our goal is a robust, scalable "
    "filter. The filter answers with a p99 latency under 50 ms.",
    "data": "We will leverage message content from subject lines and attachments.",
    "modeling": "A gradient boosted model will learn from sender history and link features "
    "robustly. Rules will be a key safeguard.",
    "evaluation": "We'll track precision and other key metrics across segments. Calibration "
    "will be handled carefully.",
    "production": "Streaming pipelines will ensure features stay current across the stack. "
    "Comprehensive monitoring will keep the system healthy.",
}
GENUINE_ANSWER = {
    "framing": "Latency matters because the filter sits in the delivery path: p99 under 50 ms.",
    "data": "Message content is key: body text and URLs carry most of the signal.",
    "modeling": "GBDT over sender and content features; rules stay for blocklisted senders.",
    "evaluation": "Precision per country, since spam waves hit one language at a time. "
    "Calibrate scores so the threshold survives retrains.",
    "production": "Streaming features from the last hour catch bursts. Monitor the daily spam "
    "rate and alert on a two-point move.",
}


def test_an_answer_written_in_boilerplate_is_read_as_one() -> None:
    result = grade(APPLY, BOILERPLATE_ANSWER)
    assert {r.item.id for r in result.items if r.met} == {"latency"}  # the figure
    assert result.score <= 0.35


def test_a_genuine_answer_with_a_few_vague_words_is_not_boilerplate() -> None:
    result = grade(APPLY, GENUINE_ANSWER)
    assert {r.item.id for r in result.items if not r.met} == {"adversarial", "negatives"}
