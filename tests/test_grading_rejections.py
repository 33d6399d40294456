"""Rejections in general English (grading/negation/, judgement.py, evidence.py): once an
answer rejects an idea, only a mention that applies it in a sentence of its own earns it, in
any section; floated options are named; warnings raise no red flag. Each rejected or warning
sentence here was credited or flagged before the mechanism it tests; the genuine ones guard
its reach. Sentences are our own, over several kinds of system, with a small rubric built
here so content edits never move them."""

from __future__ import annotations

import dataclasses

import pytest
from toy_rubric import item

from designtrainer.domain.model import RedFlag, Rubric
from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade, grade_whole

COMPILED = compile_rubric(
    Rubric(
        case="toy",
        items=(
            item("drift-monitoring", "production", ["drift monitoring", "drift", "dashboards"]),
            item("user-reports", "data", ["user reports", "reports"]),
            item("position-bias", "data", ["position bias", "position"]),
            item("ab-test", "evaluation", ["a/b test", "randomised"]),
            item("holdout", "evaluation", ["randomised holdout", "randomised", "holdout"]),
            item("retraining", "production", ["retrain", "retraining", "retraining schedule"]),
            item("imbalance-handling", "modeling", ["class weights", "smote"]),
            item("reranking", "modeling", ["rerank", "re-ranking"]),
        ),
        red_flags=(
            RedFlag(
                "engagement-only",
                "Clicks alone reward clickbait.",
                (("optimise", "objective is", "headline metric"), ("clicks", "ctr")),
                within=4,
            ),
            RedFlag(
                "future-leakage",
                "Features must be known at prediction time.",
                (("today's graph", "final status"), ("use", "feature", "features")),
                within=8,
            ),
        ),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


def named(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.named}


def flags(text: str) -> set[str]:
    return {h.flag.id for h in grade_whole(COMPILED, text).red_flags}


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # a mention inside the sentence that rejects the idea
        (
            "I wouldn't build drift monitoring beyond the normal service dashboards.",
            "drift-monitoring",
        ),
        # a word of the rejected phrase, used alone elsewhere
        (
            "User reports: I looked at using them as labels, and I'm not convinced they help. "
            "Every removal triggers mandatory reports to the regulator within 24 hours.",
            "user-reports",
        ),
        # a question after the rejection
        (
            "No drift monitoring for v1. Would drift monitoring help after launch?",
            "drift-monitoring",
        ),
        # a note's label, rejected by a refusal of "it" in the note
        (
            "Position bias: in theory the top slots get inflated clicks. I'm not convinced "
            "it's worth the complexity up front.",
            "position-bias",
        ),
        # a cue ending its line with a colon reaches over the bulleted list below it
        ("I would not add:\n- drift monitoring\n- a retraining schedule\n", "drift-monitoring"),
        ("I would not add:\n- drift monitoring\n- a retraining schedule\n", "retraining"),
        # "leave X out", a fronted "X I'd leave out"
        ("I'd leave retraining out of the first launch.", "retraining"),
        ("Re-ranking for variety I'd leave out of this design.", "reranking"),
        # an idea weighed, then dropped in the next sentence
        (
            "Drift monitoring is real, and a dashboard would help. Still, I'd leave it out of v1.",
            "drift-monitoring",
        ),
        # doubt and dismissal as people say them
        ("Retraining I'm not going to automate; the data barely moves.", "retraining"),
        ("The weekly job already takes care of drift.", "drift-monitoring"),
        # a claim refuted: what follows "it's not true that" is refuted
        ("It's not true that drift monitoring matters for a weekly model.", "drift-monitoring"),
        ("It isn't the case that retraining fixes the labels.", "retraining"),
        # what is kept out of the design, put before its subject
        ("Re-ranking and user reports I'd keep out of this design.", "reranking"),
        ("Drift monitoring we keep out of scope for now.", "drift-monitoring"),
        # an addition put off, joined by "and" to a clause that has the modal
        (
            "For v1 I'd keep the plain model, and add re-ranking once the model is trusted.",
            "reranking",
        ),
        ("We'd ship weekly jobs first, then add drift monitoring later.", "drift-monitoring"),
        # a plural verdict over a subject of two things joined by "and", article and all
        (
            "Fuzzy re-ranking by price and a second model to retrain the tail are a last "
            "resort for me.",
            "reranking",
        ),
        ("SMOTE and a hand-tuned sampler are a luxury at this size.", "imbalance-handling"),
        # a singular verdict over a short list with a comma before its "and"
        ("Re-ranking, SMOTE, and drift monitoring is deferred to v2.", "reranking"),
        # "..., which I don't think matters": the clause it refers to
        (
            "Drift dashboards show whether inputs move, which I don't think matters for a "
            "weekly model.",
            "drift-monitoring",
        ),
        # weighed, then dropped for something kept: "I'd stick with", "I'd stay on"
        (
            "A re-ranking layer is tempting, but I'd stick with the plain score order.",
            "reranking",
        ),
        (
            "Hourly retraining is appealing, but we'd stay on the current cadence for launch.",
            "retraining",
        ),
        # weighed, "but" a reason, and the verdict opening the next sentence
        (
            "Re-ranking for variety would be nice, but the catalogue changes every week. "
            "The gain isn't worth the extra service yet.",
            "reranking",
        ),
        # a doubt about "it" opening a sentence judges the sentence before
        (
            "People also talk about drift monitoring on the inputs. I'm not convinced it buys "
            "us much here.",
            "drift-monitoring",
        ),
        # "I'd park it for v1": the idea weighed in the sentence before
        (
            "Re-ranking: I thought about re-ranking by price or by margin. I'd park it for v1 "
            "- the catalogue is still changing.",
            "reranking",
        ),
        # a sentence that ends on "anyway" says it of all it holds
        (
            "I won't add hourly retraining. The platform retrains the big models every "
            "night, and the small ones get refreshed by the vendor's weekly release process "
            "for all the other teams anyway.",
            "retraining",
        ),
        # next to a rejection, a sentence that belittles the idea argues for the rejection
        (
            "I'm not going to use SMOTE. Nobody gets better recall out of class "
            "weights on data like this.",
            "imbalance-handling",
        ),
        (
            "No drift monitoring. Hardly anyone looks at dashboards in a team this size.",
            "drift-monitoring",
        ),
        (
            "I wouldn't add a re-ranking layer. Ordering by score naturally reranks the sellers.",
            "reranking",
        ),
        # a deferring label over the list below it, and a refusal ending at a colon over
        # the rest of its sentence
        (
            "Future work:\n- drift monitoring on the top 20 features\n- re-ranking by margin",
            "drift-monitoring",
        ),
        (
            "Future work:\n- drift monitoring on the top 20 features\n- re-ranking by margin",
            "reranking",
        ),
        ("What I would not build: drift monitoring, re-ranking.", "reranking"),
        ("Deliberately left out: drift monitoring and re-ranking.", "drift-monitoring"),
        # "accept that gap": a refusal of what the sentence before says
        (
            "Retraining on delayed labels misses the newest patterns. I'd accept that gap for now.",
            "retraining",
        ),
        # a refusal's reach goes on over "vs", as over "or"
        (
            "I'm not going to split the work into a retraining schedule vs a retrain trigger.",
            "retraining",
        ),
        # a phase after the "that" it takes back: "for the pilot", "for the time being"
        (
            "A second re-ranking pass by margin - I'd park that for the pilot.",
            "reranking",
        ),
        ("Drift dashboards per market: I'd shelve those for the time being.", "drift-monitoring"),
        # an afterthought after a softener, waiting for a condition
        ("Re-ranking for variety - only as a last resort if the feed gets narrow.", "reranking"),
        ("Drift dashboards, maybe later when the model is stable.", "drift-monitoring"),
        # weighed as worth something, then put off
        (
            "Drift monitoring is worth having eventually, but I'd call it a later iteration.",
            "drift-monitoring",
        ),
        ("I did think about class weights, but I'm not convinced they help.", "imbalance-handling"),
        # a test that would "only delay" the launch is refused
        ("A two-week A/B test would only delay the win.", "ab-test"),
        (
            "The drift in inputs is real, and drift monitoring would help. Still, I'd leave "
            "the extra service out of the first launch.",
            "drift-monitoring",
        ),
        # after a rejection, a clause that argues against the idea does not bring it back
        (
            "I would not use SMOTE or class weights. Class weights just distort the "
            "probabilities we need for the threshold.",
            "imbalance-handling",
        ),
        # a word another idea shares, in a sentence about that idea
        (
            "No randomised holdout in v1. The launch is an A/B test randomised by user.",
            "holdout",
        ),
        # a plain "no" joined to a refusal earlier in the sentence goes on refusing
        (
            "I wouldn't touch the retraining schedule, and no drift monitoring beyond what the "
            "service dashboards already show.",
            "drift-monitoring",
        ),
        (
            "I'd skip reranking, and no drift monitoring: the weekly dashboards are enough.",
            "drift-monitoring",
        ),
        # a word of the rejected phrase, though each of its words is a phrase of the idea
        (
            "No drift dashboards for now. Weekly retraining absorbs drift anyway.",
            "drift-monitoring",
        ),
        # what the time would go to is better spent elsewhere
        (
            "Time spent on drift monitoring is better spent on retraining weekly with fresh "
            "labels.",
            "drift-monitoring",
        ),
        # said to be there already or done anyway: the reason nothing is built
        (
            "I won't add a retraining schedule. The platform already retrains every model "
            "nightly for us.",
            "retraining",
        ),
        (
            "No class weights or SMOTE. The boosting library handles the class weights on "
            "its own anyway, at 1:50.",
            "imbalance-handling",
        ),
        # a verdict on "it" after a clause of its own sentence takes that clause back
        (
            "We log every impression. Correcting for position with propensity weights or "
            "exploration - I went back and forth on it, and I think it's overrated for now.",
            "position-bias",
        ),
        # deferrals and dismissals said as a verdict: a phase as an afterthought, a later
        # period's item, "academic", "hold that back", "I'd resist"
        ("We log every click. Reranking by margin - phase two.", "reranking"),
        (
            "A second reranking pass by margin is where this ends up, but I'd hold that back "
            "for now.",
            "reranking",
        ),
        (
            "We alert on latency. Drift dashboards are academic for a team this size.",
            "drift-monitoring",
        ),
        ("A reranking pass by margin would be lovely, but it's a next-year item.", "reranking"),
        (
            "Adversaries: I'd resist a weekly retraining schedule, the labels are too slow.",
            "retraining",
        ),
        # a verdict's subject runs over the object of its infinitive ("to measure that")
        (
            "We log all traffic. A randomised holdout to measure that is a last resort for me.",
            "holdout",
        ),
        # a mention after the turn chooses within a weighed idea only in a clause that
        # proposes, not in the condition of the deferral
        (
            "Reranking by margin would be nice to have, but I'd wait until the catalogue is "
            "big enough for a rerank to matter.",
            "reranking",
        ),
        # next to a rejection, a sentence that only describes (the problem whose remedy is
        # refused) does not bring the idea back, nor one where something else takes care of it
        (
            "There is a strong position effect in these logs, since the top slot gets seen "
            "most. Correcting for position is the textbook answer, but I'd defer it.",
            "position-bias",
        ),
        ("No dashboards. The weekly retrain takes care of drift.", "drift-monitoring"),
        # a refusal whose object is "that" refuses the sentence before, past a short
        # acknowledgement
        (
            "Reports from users make the labels noisy. I know. I wouldn't try to clean that up.",
            "user-reports",
        ),
        # "Same for X" repeats the refusal of a sentence or two before
        (
            "No drift monitoring for v1. Dashboards cost money. Same for reranking by margin.",
            "reranking",
        ),
        # a refusal of the sentence before reaches its last word too
        (
            "The ranker will keep learning from the slots it already shows in position. "
            "I'd accept that bias for now.",
            "position-bias",
        ),
    ],
)
def test_a_rejected_idea_is_not_earned_by_a_passing_mention(text: str, rejected: str) -> None:
    assert rejected not in met(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a later genuine mention still counts
        (
            "No drift monitoring in v1. From month two we add drift monitoring on the top 20 "
            "features with a weekly PSI alert.",
            "drift-monitoring",
        ),
        # a choice within the idea is not a rejection of it
        ("Class weights on the positives, not SMOTE.", "imbalance-handling"),
        # "already" in an aside about something else brings the idea back as usual
        (
            "No hourly retraining. We retrain weekly at 2 am on fresh labels (the labels "
            "already arrive by Sunday).",
            "retraining",
        ),
        # rejecting one variant, applying another
        ("We retrain weekly on fresh labels. No need for hourly retraining.", "retraining"),
        # a refusal of something else in the note does not take back its label
        (
            "Position bias: the top slot gets 3x the clicks, so we log the position.",
            "position-bias",
        ),
        # a reason criticising something else does not argue against the idea
        (
            "No hourly retraining. We retrain weekly, because the old daily job kept failing.",
            "retraining",
        ),
        # a time, not a deferral
        (
            "We retrain weekly on fresh labels. After launch: per-market views of latency.",
            "retraining",
        ),
        # keeping something out protects; it refuses nothing
        ("Retraining keeps stale features out of the model.", "retraining"),
        # a refutation of something else leaves the idea standing
        (
            "It's not true that the data never moves: we retrain weekly on fresh labels.",
            "retraining",
        ),
        # a "which" clause that does not dismiss, and a "but" followed by a plain fact
        (
            "We retrain weekly, which I think matters most for fresh spam campaigns.",
            "retraining",
        ),
        (
            "Re-ranking would be nice, but it costs latency. We rerank the top 50 by margin, "
            "since new items need reach.",
            "reranking",
        ),
        # what comes after "stick with" is the choice, and it stands
        (
            "Deep models are tempting, but I'd stick with class weights on GBDT.",
            "imbalance-handling",
        ),
        # a doubt about something else, or one that does not open its sentence
        (
            "We retrain weekly on fresh labels. I'm not convinced the old job was right.",
            "retraining",
        ),
        (
            "We retrain weekly on fresh labels. Clicks are noisy and I doubt it matters.",
            "retraining",
        ),
        # "worth" that is not weighed against anything
        ("Retraining weekly is worth it: the data moves every week.", "retraining"),
        # a delay that is not a verdict on the idea
        ("We run an A/B test for two weeks, which delays the launch by a sprint.", "ab-test"),
        ("We keep the retraining data out of the test window.", "retraining"),
        # "and add" without a modal before it, or with no "later"/"once": a plan carried out
        ("We retrain weekly and add class weights on the positives.", "imbalance-handling"),
        (
            "I'd retrain weekly and add class weights of 1:50 on the positives.",
            "imbalance-handling",
        ),
        # a plural verdict after an "and" that joins two clauses leaves the first standing
        (
            "We retrain weekly on fresh labels and the old dashboards are a luxury.",
            "retraining",
        ),
        # a singular verdict after "and" still joins two clauses
        ("We rerank the top 50 by margin and drift is not a concern.", "reranking"),
        # a cue whose "it" is followed by more than a phase is no take-back
        (
            "We rerank the top 50 by margin, and I'd park it in the nightly job for the pilot.",
            "reranking",
        ),
        # "anyway" in an aside at the end of the sentence is about the aside
        (
            "No hourly retraining. We retrain weekly on fresh labels, every Sunday at 2 am "
            "for all markets (the old job ran on Sundays in most markets anyway).",
            "retraining",
        ),
        # "just" chooses the plain thing; a belittling sentence in another paragraph is
        # not next to the rejection
        ("No hourly retraining. We just retrain weekly on fresh labels.", "retraining"),
        (
            "No drift monitoring in v1.\n\nFrom month two, drift dashboards page the on-call, "
            "since nobody watches them by hand.",
            "drift-monitoring",
        ),
        # weighed and dropped, then taken up again in another form after the turn
        (
            "Hourly retraining is tempting, but I'd stick with a weekly retrain on fresh labels.",
            "retraining",
        ),
        (
            "I considered hourly retraining, but I'd use a weekly retrain with fresh labels.",
            "retraining",
        ),
        # a fronted object refused covers the object, not the paragraph before
        ("We retrain weekly at 2 am.\n\nDrift monitoring I'd leave manual for now.", "retraining"),
        # accepting the cost of a choice makes it; accepting a bias refuses to remedy it
        (
            "Retraining weekly costs a day of compute. We can live with that cost.",
            "retraining",
        ),
        ("We retrain weekly on fresh labels. We accept a 1% false positive rate.", "retraining"),
        # what follows the colon of a refusal with words of its own is what is done instead,
        # and a colon's reach ends with its sentence
        ("I wouldn't resample: class weights 1:50 on the positives instead.", "imbalance-handling"),
        (
            "I considered hourly retraining, but I'd rule that out: the jobs are too slow. So "
            "we retrain weekly on fresh labels.",
            "retraining",
        ),
        # an afterthought judges its own sentence, not the one before
        (
            "We rerank the top 50 by margin. Drift dashboards - only as a last resort if "
            "inputs move.",
            "reranking",
        ),
        # "leave" without "out" refuses nothing
        ("We leave retraining to a nightly job that runs at 2 am.", "retraining"),
        # a ratio's colon makes no label: the reason after a rejection applies the idea
        ("No SMOTE. Class weights 1:50 on the positives.", "imbalance-handling"),
        # where the time goes instead is the choice, and it stands
        (
            "Time spent on drift monitoring is better spent on retraining weekly with fresh "
            "labels.",
            "retraining",
        ),
        # a plain "no" with no refusal before it in its sentence states a fact
        (
            "Labels are delayed, and no drift shows up in a week, so we retrain weekly.",
            "retraining",
        ),
        # "Same for" after a sentence that refuses nothing, "academic" not after a copula
        ("We retrain weekly. Same for the reranking pass, every Monday.", "reranking"),
        # a condition after a refusal is the refusal's; a plan said in the passive proposes
        (
            "I wouldn't use SMOTE. Class weights on the positives only, when recall on the "
            "rare class drops.",
            "imbalance-handling",
        ),
        ("Academic benchmarks aside, we rerank by margin every night.", "reranking"),
        # a refusal to undo something keeps it
        ("We rerank by margin. I wouldn't drop it.", "reranking"),
        ("We rerank by margin. I wouldn't change that.", "reranking"),
        # a refusal of "it" that only limits the idea keeps it
        ("Our model reranks by margin. I wouldn't rerank it everywhere though.", "reranking"),
    ],
)
def test_a_genuine_mention_still_counts(text: str, kept: str) -> None:
    assert kept in met(text)


def test_a_rejection_in_one_section_holds_in_the_others() -> None:
    result = grade(
        COMPILED,
        {
            "data": "User reports: I'm not convinced they help, so I'd leave them out.",
            "production": "Every takedown sends reports to the regulator within a day.",
        },
    )
    assert not result.item("user-reports").met


def test_an_idea_rejected_under_its_own_heading_is_borrowed_only_where_proposed() -> None:
    production = "The review queue is where most user reports from the last month end up."
    answers = {
        "data": "User reports: I'm not convinced they help, so I'd leave them out.",
        "production": production,
    }
    # a clause that only describes does not bring it back from another heading
    assert not grade(COMPILED, answers).item("user-reports").met
    # ...while one that proposes does, and an idea not rejected at home is credited wherever
    # it is said
    answers["production"] = "We retrain weekly on reviewer decisions and user reports."
    assert grade(COMPILED, answers).item("user-reports").met
    assert grade(COMPILED, {"production": production}).item("user-reports").met


def test_a_sentence_that_rules_a_mistake_out_still_credits_an_idea_of_another_section() -> None:
    # Away from its home, an idea is not earned by a sentence about this section's items or
    # mistakes; a mistake the sentence rules out is not what it is about.
    ruled_out = grade(
        COMPILED, {"data": "We retrain weekly on fresh labels, never optimising clicks."}
    )
    assert ruled_out.item("retraining").met
    made = grade(COMPILED, {"data": "We retrain weekly on fresh labels and optimise clicks."})
    assert not made.item("retraining").met
    assert [h.flag.id for h in made.red_flags] == ["engagement-only"]


def test_an_idea_of_another_section_is_borrowed_from_a_sentence_where_its_words_weigh_more() -> (
    None
):
    # The sentence names Data's position bias in one word and Modeling's class weights in
    # two: it is about the class weights, which count wherever they are written.
    borrowed = grade(
        COMPILED, {"data": "Position matters, so we put class weights of 1:20 on the clicks."}
    )
    assert borrowed.item("imbalance-handling").met
    assert borrowed.item("imbalance-handling").found_in == "data"
    # A passing word of another section's idea in a sentence about this section's item
    # (named in more words) is still not borrowed.
    kept = grade(COMPILED, {"data": "Position bias is strong, so we retrain on the slot too."})
    assert not kept.item("retraining").met


def test_a_word_in_a_reason_that_argues_against_something_else_applies_nothing() -> None:
    # "position" describes what the random shuffle would leak, "random" is the shuffle: the
    # sentence applies the time split and the retraining, not position bias or a holdout.
    text = (
        "We retrain weekly on a time split, because a random shuffle leaks future position "
        "effects into training."
    )
    assert met(text) == {"retraining"}
    # the idea's own words in such a reason still apply it, and so does a plain reason
    assert "position-bias" in met("We log the position, because position bias inflates clicks.")
    assert "position-bias" in met("Position matters because the top slot gets 3x the clicks.")


def test_a_floated_option_is_named_and_a_chosen_one_applied() -> None:
    assert "reranking" in named("We could also rerank them by popularity.")
    assert "reranking" in named("Maybe rerank them by popularity.")
    assert "reranking" in met("We rerank the top 50 by popularity, since new items need reach.")
    # a tentative word after the choice, in another clause, takes nothing back
    assert "retraining" in met("We retrain weekly for now, maybe daily later.")


@pytest.mark.parametrize(
    "text",
    [
        "Features we'd add:\n- the final status of the order\n- the hour of day",
        "Features we'd add:\n\n- the hour of day\n- the final status of the order",
        "Features we'd add:\n1. the hour of day\n2. the final status, which is strong",
    ],
)
def test_a_list_item_says_what_its_lead_in_line_says(text: str) -> None:
    # "Features ...:" is said of every item of the list below it.
    assert flags(text) == {"future-leakage"}


@pytest.mark.parametrize(
    "text",
    [
        # the list ended: a blank line, or a line that is no item of it
        "Features we'd add:\n- the hour of day\n\nThe final status is the label.",
        "Features:\n- hour of day\n- merchant\nLabel: the final status of the order",
        # the item argues against it, or the lead-in rules it out
        "Features we'd add:\n- the final status, no: it would leak\n- the hour of day",
        "Features we must never use:\n- the final status of the order",
        # a lead-in without the mistake's words
        "Label:\n- the final status of the order\n- joined on order id",
    ],
)
def test_a_lead_in_line_brings_only_what_it_says_to_its_list(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you use today's graph as a feature, the count includes the edge you predict.",
        "If we optimise clicks we will send more and more pushes.",
        "I'd push back on anyone who wants to optimise clicks.",
        "Our headline metric is retention; clicks are not the goal.",
        "Optimising CTR alone backfires on clickbait.",
        "Be careful if we optimise clicks: clickbait wins.",
        # the negation stands before the mistake, or inside it: the sentence rules it out
        "We would never optimise clicks, since clicks reward clickbait.",
        "Not clicks: we optimise clicks only as a guardrail.",
        "Definitely not a headline metric of CTR, clicks are a diagnostic.",
        "We'd have to be careful not to optimise clicks.",
        # a cue that only begins inside the mistake's phrase ("objective is" + "is not")
        "The objective is not clicks: it is retention.",
        "Optimising clicks breaks here: clickbait wins.",
    ],
)
def test_a_warning_raises_no_flag(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # "less biased" says there is less of it: no criticism
        ("We use today's graph as a feature, which gives less biased counts.", "future-leakage"),
        ("We optimise clicks on page one.", "engagement-only"),
        ("Our headline metric is CTR.", "engagement-only"),
        ("We use today's graph for the features of past impressions.", "future-leakage"),
        ("If the launch goes well, we optimise clicks next quarter.", "engagement-only"),
        # a negated mention in a later clause does not take back the mistake stated before it
        (
            "We optimise clicks on page one, and pages nobody opens get no clicks at all.",
            "engagement-only",
        ),
        (
            "Our headline metric is CTR, since clicks never lie about what people want.",
            "engagement-only",
        ),
        # "care" is not criticism: only "careful" as written warns
        ("We optimise clicks, since clicks are all the business cares about.", "engagement-only"),
        ("We optimise clicks; that is what we care about most.", "engagement-only"),
    ],
)
def test_making_the_mistake_raises_the_flag(text: str, flag: str) -> None:
    assert flag in flags(text)


# -- the common mistakes share their wording across the rubrics that have them ---------------


def _library_flags(flag_id: str) -> list[tuple[str, RedFlag]]:
    from designtrainer.loading.library import default_sources, load_library

    library = load_library(default_sources())
    return [
        (case_id, flag)
        for case_id, rubric in sorted(library.rubrics.items())
        for flag in rubric.red_flags
        if flag.id == flag_id
    ]


def _fires(case_id: str, flag_id: str, text: str) -> bool:
    from designtrainer.loading.library import default_sources, load_library

    compiled = load_library(default_sources()).compiled(case_id)
    return flag_id in {h.flag.id for h in grade_whole(compiled, text).red_flags}


@pytest.mark.parametrize(("case_id", "flag"), _library_flags("engagement-only-objective"))
def test_engagement_only_is_a_proposed_objective_in_every_case(case_id: str, flag: RedFlag) -> None:
    thing = flag.evidence[1][0]  # the case's own engagement signal
    assert _fires(case_id, flag.id, f"My north star is {thing}.")
    assert _fires(case_id, flag.id, f"Our headline metric is {thing}.")
    assert _fires(case_id, flag.id, f"Online, the primary objective is {thing}.")
    assert _fires(case_id, flag.id, f"A/B test for two weeks; primary goal: {thing}.")
    assert not _fires(case_id, flag.id, f"The primary goal is retention, not {thing}.")
    assert not _fires(case_id, flag.id, f"I'd push back on anyone who wants to optimise {thing}.")
    assert not _fires(case_id, flag.id, f"If we optimise {thing} we will get clickbait.")


@pytest.mark.parametrize(
    ("case_id", "flag"),
    # the cases that word the unobserved side in parts (three word it as whole phrases)
    [
        (case_id, flag)
        for case_id, flag in _library_flags("unobserved-as-negative")
        if any("everything else" in group for group in flag.evidence)
    ],
)
def test_unobserved_as_negative_reads_the_rest_as_unobserved(case_id: str, flag: RedFlag) -> None:
    assert _fires(
        case_id, flag.id, "Clicked items are positives and everything else is a negative."
    )
    assert not _fires(case_id, flag.id, "We never treat everything else as a negative.")


@pytest.mark.parametrize(
    ("case_id", "flag"),
    # the cases that word the unobserved side and the negative label in two groups
    [(c, f) for c, f in _library_flags("unobserved-as-negative") if len(f.evidence) == 2],
)
def test_unobserved_as_negative_reads_what_was_never_engaged_with(
    case_id: str, flag: RedFlag
) -> None:
    assert _fires(case_id, flag.id, "For negatives I'd use every eligible one we didn't show.")
    assert _fires(case_id, flag.id, "Anything we never shown goes in as a negative.")
    assert not _fires(case_id, flag.id, "Never-shown \u2260 negative.")
    assert not _fires(case_id, flag.id, "Not engaged != negative: we only use explicit dislikes.")


@pytest.mark.parametrize(("case_id", "flag"), _library_flags("offline-only-launch"))
def test_refusing_the_online_test_is_an_offline_only_launch(case_id: str, flag: RedFlag) -> None:
    assert _fires(case_id, flag.id, "No A/B test for this one.")
    assert not _fires(case_id, flag.id, "We run an A/B test on 5% of traffic for two weeks.")


@pytest.mark.parametrize(("case_id", "flag"), _library_flags("offline-only-launch"))
def test_an_offline_bar_that_turns_the_model_on_is_an_offline_only_launch(
    case_id: str, flag: RedFlag
) -> None:
    assert _fires(case_id, flag.id, "Once recall on the held-out set is above 0.9 we turn it on.")
    assert _fires(case_id, flag.id, "If it beats the current model offline, that's enough to ship.")
    assert _fires(
        case_id,
        flag.id,
        "If the new model beats the old one clearly on the offline test set and on the "
        "labelled sample, I'd just roll it out.",
    )
    assert _fires(
        case_id, flag.id, "When the offline metrics exceed the current model's, we switch it on."
    )
    assert not _fires(
        case_id,
        flag.id,
        "Once the offline numbers on the held-out set are above the old model, we start an "
        "A/B test on 5% of traffic before we turn it on for everyone.",
    )
    assert not _fires(
        case_id, flag.id, "We turn on the new model for 5% of users once it is above the baseline."
    )


# Rejection and deferral as people word them, in general form: each template is said of
# "drift monitoring" (X). The genuine ones below use the same words for a choice made.
IDIOMS_OF_REJECTION = [
    "I'd rather not build X.",
    "Let's not bother with X.",
    "I'd resist the urge to add X.",
    "Why would we need X? The model retrains weekly.",
    "Who needs X when the model retrains weekly?",
    "I see little value in X.",
    "I don't see the value of X.",
    "I question the need for X.",
    "I'm skeptical X helps.",
    "Unclear that X helps.",
    "Too early for X.",
    "We don't have time for X.",
    "I can't justify X at this scale.",
    "X is future work.",
    "X goes on the back burner.",
    "X is on hold.",
    "X is not on the roadmap.",
    "X isn't in scope.",
    "X is outside the scope.",
    "X is beyond what we need.",
    "X is too heavy for v1.",
    "X is lower priority.",
    "X is the least of our worries.",
    "X is the first thing I'd cut.",
    "X doesn't make the cut.",
    "X doesn't justify the cost.",
    "The cost of X outweighs the benefit.",
    "X adds complexity for little gain.",
    "X doesn't pull its weight.",
    "X doesn't pay for itself.",
    "X has no place in v1.",
    "X is not cost-effective.",
    "X is low value.",
    "X is more effort than it's worth.",
    "X likely won't matter.",
    "X wouldn't make much difference.",
    "X isn't going to help.",
    "X is hardly a concern.",
    "X is a non-issue.",
    "X is not the bottleneck.",
    "X comes later.",
    "X can be added later if needed.",
    "X will have to wait.",
    "X can be revisited later.",
    "X, if ever.",
    "X only if needed.",
    "X if it ever becomes necessary.",
    "X is for version two.",
    "X belongs in v2.",
    "X is months away.",
    "X isn't a day-one need.",
    "X is excessive.",
    "X is a rabbit hole.",
    "X is dead weight.",
    "X is premature.",
    "X is too early.",
    "X is deferred to v2.",
    "X is TBD.",
    "It's too early for X.",
    # a note's verdict of a word or two, and labels that put their note off
    "X: later.",
    "X? Skip.",
    "X (v2).",
    "X - maybe later.",
    "X, eventually.",
    "Not now: X",
    "Parked: X",
    # put aside, set aside, pushed to a later phase
    "Put X on the back burner.",
    "Set X aside for now.",
    "I'd push X to a later phase.",
    # an addition put off to a later time, or until needed
    "X we can add down the road.",
    "At some point we could add X.",
    "We'll revisit X once we have traffic.",
    "X is something we could add if needed.",
    # weighed, then dropped
    "X is nice, but not necessary.",
    # put up with, done without, not pursued
    "X is something we can live without; the weekly retrain covers it.",
    "X - not doing it.",
    "X is interesting but too researchy for a first version.",
    "X is something I'd skip at first.",
    "I don't use X or anything like it.",
    # weighed, then something else chosen, or a cue far into the sentence
    "X: I considered it, but for v1 I'd take the plain weekly report.",
    "X is a fair point in theory, but the inputs barely move and the team is small, so I'd "
    "keep the weekly report and not add anything.",
    # an afterthought whose cue ends on a verb or two, and a dismissal over a plain "no"
    "X across all inputs - not something I'd design around; the weekly retrain covers it.",
    "And there's no X to worry about with a weekly retrain: the inputs are refreshed anyway.",
    # "I considered this, but ...": "this" is the sentence before
    "Some teams would add X on every input. I considered this but the weekly retrain is "
    "simpler, so the inputs are not watched.",
    # kept as it is, waited on, not worth doing, low on the list, for a later release
    "X I'd leave manual for now.",
    "X we'll keep simple for now.",
    "X I'd hold back.",
    "X, I wouldn't bother.",
    "I know X is the standard answer, but I'd wait.",
    "I'd wait on X.",
    "X we can defer.",
    "It would be overkill to add X.",
    "It doesn't make sense to build X yet.",
    "It isn't worth adding X.",
    "I'm lukewarm on X.",
    "X: probably overkill.",
    "X is great, but we can do without it for v1.",
    "X won't make it into v1.",
    "X is low on my list.",
    "Building X would be a waste.",
    "X can stay on the shelf.",
    "X is v2 material.",
    "X is post-launch work.",
    "X goes in the next release.",
    # a problem dismissed
    "X shouldn't be an issue.",
    "X is small enough to ignore.",
    "X we can safely ignore.",
    "X hardly matters.",
    "X plays no role here.",
    "X is a theoretical concern.",
    "X is overstated.",
    "I wouldn't lose sleep over X.",
    "X: negligible.",
    "X is real but minor here.",
    "There's some X, but it's negligible.",
    "X is obviously out, so we retrain weekly.",
]
IDIOMS_OF_CHOICE = [
    "X is a must: the inputs move every week.",
    "X is the first thing I'd build after the model.",
    "X is on the critical path for launch: we alert on PSI above 0.2.",
    "X is part of v1: PSI per feature, weekly.",
    "X is in scope for v1, with a weekly PSI report.",
    "X is worth it: labels arrive 60 days late, so inputs are our only early signal.",
    "X is low effort and high value: PSI per feature, weekly.",
    "X pays for itself the first time a partner changes a field.",
    "X makes a real difference when labels lag by 60 days.",
    "We can't skip X: labels arrive 60 days late.",
    "We can't afford to skip X, since labels arrive 60 days late.",
    "We never skip X: weekly PSI on the top 20 features.",
    "X isn't optional: labels take 60 days.",
    "There's no way around X here: labels take 60 days.",
    "X from day one, and retraining comes later.",
    "X alerts only if PSI goes above 0.2.",
    "X runs weekly; online learning is a rabbit hole.",
    "X runs weekly. Streaming features are future work.",
    "X runs weekly, and the fancy stuff can wait until v2.",
    "It's unclear how fast labels arrive, so X on inputs runs daily.",
    "Do we need X? Yes: labels take 60 days.",
    "I'd rather build X than a retraining schedule, because labels take 60 days.",
    "X: weekly PSI now, hourly later.",
    "X first; the second model, later.",
    "Labels arrive 60 days later, so X on inputs is the early signal.",
    "We push X alerts to the on-call channel.",
    "We set X to alert at PSI above 0.2.",
    "We'll add X on day one, with a weekly PSI alert.",
    "X is nice and cheap, but not free: PSI per feature costs a batch job a day.",
    "We don't see labels for 60 days, so X on inputs runs weekly.",
    "X on the top 20 features. I considered this carefully, and we run it weekly.",
    "X runs weekly - not something we can skip.",
    "X is v2 of the old dashboard: weekly PSI per feature.",
    "X ships in v1, with a weekly PSI alert.",
    "We keep X simple: weekly PSI per feature, alert above 0.2.",
    "It makes sense to add X now: labels take 60 days.",
    "X on inputs runs weekly; the compute cost hardly matters.",
    "X runs weekly, and false alarms shouldn't be an issue with a 0.2 threshold.",
    "X exists today, but it's small, so we extend X to the top 20 features weekly.",
    "We can safely ignore the old dashboards; X on the top 20 features pages the on-call.",
    "X is out of date, so we rebuilt it with weekly PSI per feature.",
    "X runs on a schedule, and retraining is deferred to month two.",
]


@pytest.mark.parametrize("template", IDIOMS_OF_REJECTION)
def test_idioms_of_rejection_and_deferral(template: str) -> None:
    assert "drift-monitoring" not in met(template.replace("X", "drift monitoring"))


@pytest.mark.parametrize("template", IDIOMS_OF_CHOICE)
def test_the_same_words_in_a_choice_made(template: str) -> None:
    assert "drift-monitoring" in met(template.replace("X", "drift monitoring"))


EXPOSURE = compile_rubric(
    Rubric(
        case="toy-exposure",
        items=(
            item(
                "exposure-bias",
                "data",
                ["exposure", "shown"],
                ["bias", "propensity"],
                within=25,
            ),
        ),
        red_flags=(),
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label with an aside in brackets is a label: the note below it takes it back
        (
            "- Exposure bias (we only have outcomes for pairs the old ranker showed): I "
            "wouldn't do propensity correction.",
            False,
        ),
        # ...or applies it
        (
            "- Exposure bias (we only have outcomes for pairs the old ranker showed): we "
            "weight each pair by the inverse propensity of being shown.",
            True,
        ),
    ],
)
def test_a_label_with_an_aside_in_brackets(text: str, expected: bool) -> None:
    assert grade_whole(EXPOSURE, text).item("exposure-bias").met is expected


HAZARD = compile_rubric(
    Rubric(
        case="toy-hazard",
        items=(
            dataclasses.replace(
                item("no-leakage", "evaluation", ["leakage", "leak", "future data"]),
                negation="allow",
            ),
            item("drift-monitoring", "production", ["drift monitoring"]),
        ),
        red_flags=(),
    )
)


@pytest.mark.parametrize(
    "text",
    [
        "No leakage: every feature is computed as of the decision time.",
        "We avoid leakage by splitting by time; no future data ever reaches training.",
        "Leakage is not an issue once features are computed as of the decision time.",
        "I'd never let future data leak into training, so features are point-in-time.",
    ],
)
def test_a_hazard_said_with_a_negation_is_still_credited(text: str) -> None:
    # An item about a hazard (`negation: allow`) is met by the negation that guards against
    # it, however the new cues read the sentence.
    assert grade_whole(HAZARD, text).item("no-leakage").met


def test_the_idea_chosen_instead_of_another_is_credited() -> None:
    result = grade_whole(HAZARD, "Instead of the heuristic, we use drift monitoring on inputs.")
    assert result.item("drift-monitoring").met
    result = grade_whole(HAZARD, "Instead of drift monitoring, we retrain weekly on fresh labels.")
    assert not result.item("drift-monitoring").met


# -- clauses: a rejection is read over the sentence's clauses ---------------------------------
CLAUSES = compile_rubric(
    Rubric(
        case="toy-clauses",
        items=(
            item("user-reports", "data", ["user reports", "reports", "brigaded"]),
            item("two-stage", "modeling", ["retrieval stage", "candidate generator"], ["ranker"]),
            item(
                "retraining",
                "production",
                ["retrain", "retraining", "model refresh"],
                ["weekly", "hourly"],
            ),
            item("imbalance-handling", "modeling", ["class weights", "smote"]),
            item("volume-cap", "framing", ["volume", "cap"]),
            item(
                "typo-tail",
                "modeling",
                ["typo", "misspelled"],
                ["fuzzy matching", "language model", "spell correction"],
            ),
        ),
    )
)


def met_in_clauses(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(CLAUSES, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # a clause after ";" that gives the refusal's reason describes the refused idea
        (
            "User reports I'd leave out of training entirely; only a tenth of them are "
            "violations and they're brigaded by fans.",
            "user-reports",
        ),
        # the other phrase group of a rejected idea, in the reason for the refusal
        (
            "I prefer scoring everything over a retrieval stage, because a candidate "
            "generator caps recall: whatever it misses, the ranker never sees.",
            "two-stage",
        ),
        # a plain "no" joined to a note's opening "No" refuses too, so the idea is rejected
        # whole, and the problem stated next to it does not bring it back
        (
            "No fuzzy matching, and definitely no language model for misspelled prefixes. "
            "If the prefix has a typo, the user sees fewer suggestions; search has its own "
            "spell correction.",
            "typo-tail",
        ),
    ],
)
def test_a_clause_that_describes_beside_a_rejection_is_the_rejected_idea(
    text: str, rejected: str
) -> None:
    assert rejected not in met_in_clauses(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a clause of our own, a terse note, or something said to suffice proposes
        ("No hourly model refresh; a weekly retrain on fresh labels is enough.", "retraining"),
        ("No hourly model refresh; we retrain weekly on fresh labels.", "retraining"),
        ("No hourly model refresh. The model is retrained weekly on fresh labels.", "retraining"),
        ("I wouldn't use SMOTE; class weights on the positives.", "imbalance-handling"),
        # a fact with "won't" refuses nothing, so its sentence is no rejection
        ("Retraining hourly won't finish in time; it runs weekly.", "retraining"),
        # a refusal that only limits ("not just") keeps the idea
        (
            "I wouldn't just raise volume: each push past the cap costs opt-outs.",
            "volume-cap",
        ),
    ],
)
def test_a_clause_that_proposes_beside_a_rejection_keeps_the_idea(text: str, kept: str) -> None:
    assert kept in met_in_clauses(text)


SLICES = compile_rubric(
    Rubric(
        case="toy-slices",
        items=(item("slices", "evaluation", ["sliced by", "by"], ["prefix length", "locale"]),),
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a refused slicing is sliced "by" is refused with it
        (
            "We log every query. I wouldn't slice metrics by prefix length or locale; the "
            "aggregate MRR tells us enough.",
            False,
        ),
        ("We slice metrics by prefix length and locale, and we won't retrain by hand.", True),
    ],
)
def test_a_refused_slicing_refuses_what_it_slices_by(text: str, expected: bool) -> None:
    assert ("slices" in {r.item.id for r in grade_whole(SLICES, text).items if r.met}) is expected


# Round 12, wave 2 (reject5): readings found on answers nobody had tuned on, each written
# here in other words and both ways.
@pytest.mark.parametrize(
    "text",
    [
        # an idea weighed with "I was thinking to/of", then dropped after the turn
        "I was thinking to add drift monitoring, but the gain is not worth the complexity.",
        "We were thinking of drift monitoring, but honestly I'm not sure it pays for itself.",
        # a verdict on "they" after a clause of our own joined by "and"
        "I looked at SMOTE and class weights and I think they are overrated here.",
        "I tried drift monitoring and I think it is overrated for this product.",
        # a note whose arrow leads to a short verdict
        "- drift monitoring / dashboards as levers -> no.",
        "- re-ranking \u2192 skip.",
    ],
)
def test_weighed_judged_and_arrowed_ideas_are_rejected(text: str) -> None:
    assert not met(text) & {"drift-monitoring", "imbalance-handling", "reranking"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I was thinking about drift monitoring on inputs: PSI per feature, weekly.", None),
        ("We tried SMOTE and class weights, and they are underrated here.", "imbalance-handling"),
        ("We run drift monitoring weekly and I think hourly retraining is overrated.", None),
        ("- drift monitoring -> weekly PSI, alert at 0.2.", "drift-monitoring"),
        ("- re-ranking \u2192 by freshness, in the second stage.", "reranking"),
    ],
)
def test_the_same_shapes_choosing_keep_the_idea(text: str, kept: str | None) -> None:
    assert (kept or "drift-monitoring") in met(text)


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # a verdict after a dash, followed by its reason, judges what stands before the dash
        (
            "Exploration for drift / dashboards \u2014 not needed, 30% out-of-network posts "
            "already bring new stuff in.",
            "drift-monitoring",
        ),
        (
            "Re-ranking by freshness \u2013 not needed for v1, the feed is chronological.",
            "reranking",
        ),
        ("- Drift monitoring - not needed, the weekly retrain covers us.", "drift-monitoring"),
    ],
)
def test_a_verdict_after_a_dash_judges_what_stands_before_it(text: str, rejected: str) -> None:
    assert rejected not in met(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the verdict's own subject after the dash is what it judges
        ("Drift monitoring on PSI weekly - extra dashboards not needed.", "drift-monitoring"),
        ("We re-rank by freshness \u2013 a second model not needed.", "reranking"),
    ],
)
def test_a_verdict_after_a_dash_on_its_own_subject_keeps_the_idea(text: str, kept: str) -> None:
    assert kept in met(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fronted object of up to eight words, and a relative clause with no subject
        "Drift monitoring on the top twenty input features we won't build.",
        "An A/B test on conversion and complaints I am not sure is worth it in v1.",
        "Drift dashboards we are not sure are needed.",
    ],
)
def test_a_fronted_object_is_what_its_refusal_refuses(text: str) -> None:
    assert not met(text) & {"drift-monitoring", "ab-test"}


def test_a_fronted_object_said_to_be_worth_it_is_kept() -> None:
    assert "drift-monitoring" in met("Drift monitoring I am sure is worth it: labels take 60 days.")


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # the idea as the subject of what it would cost: weeks or months with no count, a
        # delay, lost recall, a slowdown
        ("An A/B test would need many weeks to reach significance on conversion.", "ab-test"),
        (
            "The offline number is reliable, and an A/B test would take weeks at our size.",
            "ab-test",
        ),
        ("A/B testing an internal tool mostly adds delay.", "ab-test"),
        ("Re-ranking by freshness loses recall on the long tail.", "reranking"),
        (
            "Re-ranking layers lose 5-10% recall, and the exact item is what users want.",
            "reranking",
        ),
        (
            "We score everything because drift monitoring on every feature slows the pipeline.",
            "drift-monitoring",
        ),
    ],
)
def test_an_idea_said_to_cost_weeks_delay_or_recall_is_argued_against(
    text: str, rejected: str
) -> None:
    assert rejected not in met(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a duration counted plans the idea; a cost borne by us or a pronoun judges nothing
        ("The A/B test takes two weeks, randomised by user.", "ab-test"),
        ("The A/B test would need 3 weeks to detect a 1% lift, so we run it by user.", "ab-test"),
        ("We run an A/B test for two weeks; we lose a bit of traffic to the control.", "ab-test"),
        ("Re-ranking by freshness runs last, so as to lose no recall on the head.", "reranking"),
        ("Re-ranking by freshness runs last; it adds delay of 5 ms, which we accept.", "reranking"),
    ],
)
def test_a_cost_counted_or_borne_by_us_keeps_the_idea(text: str, kept: str) -> None:
    assert kept in met(text)


def test_a_verdict_said_to_me_is_a_verdict_on_its_subject() -> None:
    assert "retraining" not in met("Online learning or daily retraining feels premature to me.")
    assert "drift-monitoring" not in met("Drift monitoring is premature to us, labels are fast.")
    text = "We run drift monitoring weekly; hourly retraining feels premature to me."
    assert met(text) & {"drift-monitoring", "retraining"} == {"drift-monitoring"}


POINTING = compile_rubric(
    Rubric(
        case="toy-pointing",
        items=(
            item("delay-attribution", "data", ["opt-outs", "opt-out"], ["delay", "attributing"]),
            item("surrogate", "modeling", ["surrogate", "surrogates"], ["long-term retention"]),
        ),
    )
)


def met_pointing(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(POINTING, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        # a refusal that points back ("them", "such") at a sentence that only describes or
        # weighs the idea refuses what that sentence said
        (
            "OS-level opt-outs are invisible to us and come with a delay. I thought about "
            "attributing them back "
            "over the last pushes, but I'm skeptical it would be reliable.",
            "delay-attribution",
        ),
        (
            "I also considered a learned surrogate of long-term retention. I'm skeptical of "
            "how well such surrogates transfer, so I'd rather rely on the holdout.",
            "surrogate",
        ),
    ],
)
def test_a_refusal_pointing_back_refuses_the_sentence_before(text: str, rejected: str) -> None:
    assert rejected not in met_pointing(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a sentence before that proposes, or a refusal that points at nothing before
        (
            "We attribute opt-outs to the last push within a delay of one day. I wouldn't "
            "spread them over older pushes.",
            "delay-attribution",
        ),
        (
            "We train against a surrogate of long-term retention, fitted on last year's "
            "cohorts. I wouldn't use raw sessions as the target.",
            "surrogate",
        ),
    ],
)
def test_a_refusal_after_a_proposal_keeps_the_idea(text: str, kept: str) -> None:
    assert kept in met_pointing(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain "no" opening an element of a note refuses: a passing word later does not
        # bring the idea back
        (
            "- Candidates (1,000 per request), no drift monitoring, no ANN index.\n"
            "- Inputs drift weekly.",
            False,
        ),
        (
            "Candidates: 1,000 per request, no drift monitoring.\n"
            "- Retrain weekly, drift is handled by the schedule.",
            False,
        ),
        # ...not a "no" that limits what is chosen
        ("Drift monitoring on PSI, no more than one alert a day.\n- Inputs drift weekly.", True),
    ],
)
def test_a_plain_no_opening_an_element_of_a_note_refuses(text: str, expected: bool) -> None:
    assert ("drift-monitoring" in met(text)) is expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # judged unfit by what it would cost, put off as a later stage or separate work
        ("The A/B test takes too long, so we launch when the offline error improves.", False),
        ("An A/B test is too slow here; the offline numbers decide.", False),
        ("Drift monitoring I'd treat as a separate project for next half.", False),
        (
            "Position bias in the logged clicks matters, but I'd treat it as a later-phase "
            "concern.",
            False,
        ),
        # a verdict on one form of the idea, then a clause of our own that takes it up
        ("Weekly retraining is too slow, so we retrain daily on fresh labels.", True),
        ("Hourly retraining is overkill, so we retrain daily on fresh labels.", True),
        ("An A/B test of two weeks, randomised by user, on conversion.", True),
        ("Position bias matters a lot here, and I'd treat it as a launch blocker.", True),
    ],
)
def test_costs_deferrals_and_verdicts_then_a_choice(text: str, kept: bool) -> None:
    ids = {"A/B": "ab-test", "retrain": "retraining", "Drift": "drift-monitoring"}
    item_id = next((v for k, v in ids.items() if k in text), "position-bias")
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "it" is what the sentence said before the verdict, not the line above
        (
            "Drift monitoring: per-feature PSI with alerts on the dashboards.\n\n"
            "Re-ranking for diversity: worth discussing, but I'd treat it as a later problem.",
            True,
        ),
        # ...and a short sentence that only doubts takes back the one before
        (
            "Someone will bring up that the shown position changes what users click. "
            "I don't buy it being material here.",
            False,
        ),
    ],
)
def test_what_a_pointing_verdict_points_at(text: str, kept: bool) -> None:
    item_id = "drift-monitoring" if "Drift" in text else "position-bias"
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        # more than is needed, or than it is worth; too ambitious; later or separate work
        ("A separate re-ranking stage is probably more than v1 needs.", "reranking"),
        (
            "Per-feature drift dashboards are more ceremony than it's worth.",
            "drift-monitoring",
        ),
        ("Correcting position bias in the logs is too ambitious for v1.", "position-bias"),
        ("A randomised holdout is a lot of machinery for a small effect.", "holdout"),
        (
            "The position-bias correction is a different data problem, so it's a later project.",
            "position-bias",
        ),
        ("A re-ranking stage is something I'd leave for a later phase.", "reranking"),
        (
            "Drift monitoring per segment is something I'd only do if the totals looked off.",
            "drift-monitoring",
        ),
        # a one-word verdict on the sentence before; a need not seen; a wait of a quarter
        ("People will say the logs need a position bias correction. No need.", "position-bias"),
        ("I don't see the need to add SMOTE; the loss is weighted already.", "imbalance-handling"),
        ("I'd use a fixed blend before we invest in re-ranking.", "reranking"),
        ("An A/B test would take a quarter to read out, so we ship on the backtest.", "ab-test"),
        # what others would propose, weighed and dropped
        (
            "Drift monitoring is the obvious answer, but I'd keep the weekly retrain only.",
            "drift-monitoring",
        ),
        ("Re-ranking was suggested, but I'd keep the ranker's order as it is.", "reranking"),
    ],
)
def test_more_verdicts_weighings_and_waits_reject(text: str, item_id: str) -> None:
    assert item_id not in met(text)


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("The A/B test takes a week, on conversion per search.", "ab-test"),
        ("The A/B test takes two weeks at 5% of traffic.", "ab-test"),
        ("Drift monitoring is the obvious answer, and we build it first.", "drift-monitoring"),
        ("Re-ranking was suggested by the team, and we add it after the ranker.", "reranking"),
        ("We log the slot to handle position bias. No doubt about that.", "position-bias"),
    ],
)
def test_their_genuine_neighbours_still_count(text: str, item_id: str) -> None:
    assert item_id in met(text)


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # a refusal whose object "it" (then a word of when) is the sentence before
        (
            "People like to talk about position bias here. I would not bother correcting for "
            "it in v1.",
            "position-bias",
            False,
        ),
        (
            "We log the slot to handle position bias. I wouldn't drop it in v1.",
            "position-bias",
            True,
        ),
        # a subject joined by "or" is one subject of its verdict
        (
            "Drift monitoring by segment or by device is not something I'd do for the launch.",
            "drift-monitoring",
            False,
        ),
        # left to another team
        (
            "Drift monitoring I'd leave to the platform team's existing tooling.",
            "drift-monitoring",
            False,
        ),
        # a topic set up front, refused in the rest of its sentence
        (
            "As for drift dashboards, since the weekly retrain catches regressions, I'd rather "
            "spend the effort elsewhere for now.",
            "drift-monitoring",
            False,
        ),
        ("Regarding re-ranking, I wouldn't add a separate stage.", "reranking", False),
        (
            "As for drift monitoring, we track PSI per feature and alert on jumps.",
            "drift-monitoring",
            True,
        ),
        (
            "As for drift monitoring, I don't think the defaults are enough, so we add PSI per "
            "feature.",
            "drift-monitoring",
            True,
        ),
    ],
)
def test_objects_subjects_and_topics_of_refusals(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # an object put before "I'd treat as" a deferral
        (
            "Drift monitoring for the long-tail segments and devices I'd treat as a separate "
            "project for next half.",
            "drift-monitoring",
            False,
        ),
        (
            "Drift monitoring for the long-tail segments and devices I'd treat as a launch "
            "requirement.",
            "drift-monitoring",
            True,
        ),
        # a refusal of "them as labels" points back; keeping them does not
        ("User reports are rare. I'd skip them as labels.", "user-reports", False),
        ("We log user reports. I'd keep them as labels.", "user-reports", True),
        # a cost not worth paying
        (
            "Randomising the top slots to escape position bias is a cost I'd rather not pay.",
            "position-bias",
            False,
        ),
    ],
)
def test_fronted_objects_pointing_refusals_and_costs_not_paid(
    text: str, item_id: str, kept: bool
) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # what it would cost, said with a verb
        (
            "Giving planners a fan of re-ranking options just confuses the workflow.",
            "reranking",
            False,
        ),
        (
            "Chasing every drift signal with fast retraining feels like whack-a-mole.",
            "retraining",
            False,
        ),
        (
            "Drift monitoring per segment is something I'd weigh for phase two.",
            "drift-monitoring",
            False,
        ),
        # "them" is the clause before it in its sentence
        (
            "User reports are 0.1% of impressions; too rare to learn from, I'd skip them as "
            "labels.",
            "user-reports",
            False,
        ),
        # a concession closing the clause before "but"
        (
            "Inputs drift, of course, but I'd hold off on drift monitoring for v1.",
            "drift-monitoring",
            False,
        ),
        (
            "Of course we need drift monitoring, but I'd skip the dashboards for v1.",
            "drift-monitoring",
            True,
        ),
    ],
)
def test_costs_by_verb_futility_and_concessions(text: str, item_id: str, kept: bool) -> None:
    assert (item_id in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a verdict after "which" and a copula judges the clause it refers to
        ("User reports can take up to 30 days to arrive, which is too slow for training.", False),
        ("We train on user reports from the last 30 days, which is fine for training.", True),
    ],
)
def test_a_which_clause_verdict_judges_the_clause_before(text: str, kept: bool) -> None:
    assert ("user-reports" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # another team's system, not ours
        ("Drift monitoring: that's the platform team's system, not mine.", False),
        ("Drift monitoring is ours, not the platform team's: PSI per feature with alerts.", True),
        ("The call is not mine to make, so drift monitoring goes on the dashboards.", True),
    ],
)
def test_what_belongs_to_another_team_is_refused(text: str, kept: bool) -> None:
    assert ("drift-monitoring" in met(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "the next step" puts off only in a sentence that opens on a condition
        ("If recall on the rare class drops, then SMOTE is the next step.", False),
        ("SMOTE is the next step after we split the data, on the training rows only.", True),
    ],
)
def test_the_next_step_after_a_condition_is_put_off(text: str, kept: bool) -> None:
    assert ("imbalance-handling" in met(text)) is kept


MEASURED = compile_rubric(
    Rubric(
        case="toy-measured",
        items=(
            item("ab-test", "evaluation", ["a/b test", "of traffic"]),
            item("downsampling", "data", ["downsample", "downsampling", "negatives"]),
            item("retraining", "production", ["retrain", "retraining"]),
        ),
    )
)


def _met_measured(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(MEASURED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "kept"),
    [
        # after a refusal, the whole a quantity is taken of is no idea adopted
        (
            "An A/B test would take months to read out, so we ship on the backtest. We cache "
            "the top queries, about 35% of traffic, for a few minutes.",
            "ab-test",
            False,
        ),
        (
            "No A/B test for this change. We shuffle positions for a slice of traffic to "
            "collect cleaner logs.",
            "ab-test",
            False,
        ),
        (
            "Ten billion impressions a day is a lot of negatives. I would not downsample them "
            "though; the cluster trains on all of it.",
            "downsampling",
            False,
        ),
        # rejected early, then genuinely adopted later
        (
            "An A/B test takes weeks, so not for v1. Once the model is stable, we run an A/B "
            "test on 5% of traffic.",
            "ab-test",
            True,
        ),
        (
            "I wouldn't downsample negatives at first. Once training gets slow, we downsample "
            "negatives to 10% and recalibrate.",
            "downsampling",
            True,
        ),
        # with no refusal, the share sent to a variant is the test itself
        ("We send 5% of traffic to the new ranker for two weeks.", "ab-test", True),
        # an amount we do, or a part we make it of, is the idea done
        (
            "I wouldn't retrain in v1. Later, once labels pile up, we'd do a lot of retraining.",
            "retraining",
            True,
        ),
        (
            "I wouldn't retrain in v1. In v2 the drift check runs as part of retraining.",
            "retraining",
            True,
        ),
        (
            "I wouldn't retrain in v1. We cache a fifth of retraining runs on the cluster.",
            "retraining",
            False,
        ),
    ],
)
def test_a_share_of_something_brings_no_refused_idea_back(
    text: str, item_id: str, kept: bool
) -> None:
    assert (item_id in _met_measured(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a word of the refused phrase alone, in a sentence that turns back and proposes it
        (
            "I wouldn't downsample negatives in v1. Later, once the logs outgrow the cluster, "
            "we'd downsample.",
            True,
        ),
        ("I wouldn't downsample negatives in v1. However, in v2 I'd downsample 1:10.", True),
        # ...not in passing, nor after a "but" inside a phrase
        (
            "I wouldn't downsample negatives. Downsampling just gives me a calibration problem.",
            False,
        ),
        ("I wouldn't downsample negatives. We keep a small but clean downsampling audit.", False),
    ],
)
def test_a_word_of_a_refused_phrase_comes_back_after_a_turn(text: str, kept: bool) -> None:
    assert ("downsampling" in _met_measured(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "that's" opens a clause that describes, like "it's": beside a refusal, no rerank
        ("I wouldn't add a re-ranking stage. That's how the top items get reranked.", False),
        # ...while a clause of our own after it still proposes
        (
            "I wouldn't add a re-ranking stage in v1. Later, we rerank by freshness, and "
            "that's cheap.",
            True,
        ),
    ],
)
def test_a_clause_opening_on_thats_describes(text: str, kept: bool) -> None:
    assert ("reranking" in met(text)) is kept
