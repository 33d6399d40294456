"""Red flags fire on answers that make the mistake, not on answers that mention or reject it.

The sentences were written before the evidence in rubrics/*.yaml, in three kinds per flag:
- mistake: the answer proposes or relies on the wrong choice; the flag must fire;
- against: the answer argues against it; the flag must not fire;
- mention: the concept comes up without the mistake; the flag must not fire.

Graded with grade_whole so a flag limited to one section sees the sentence too.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from designtrainer.grading.grade import grade_whole
from designtrainer.loading.library import Library

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = json.loads((ROOT / "tests" / "fixtures" / "redflag-catalogue.json").read_text())

Sentences = dict[str, list[str]]

# -- the cross-case wrong choices (catalogue `canon`) -----------------------------------------

CANON: dict[str, Sentences] = {
    "accuracy-as-metric": {
        "mistake": [
            "We'll optimise accuracy and report it as the main metric.",
            "Our primary metric will be accuracy on the test set.",
            "I'd evaluate the model by its accuracy.",
            "Accuracy is good enough here since it is easy to explain to leadership.",
        ],
        "against": [
            "Accuracy is useless here because the classes are so imbalanced.",
            "I would not use accuracy; precision and recall at a fixed threshold matter.",
            "Don't optimise accuracy, it hides the rare class.",
            "Evaluate with PR-AUC, not accuracy.",
            "Accuracy as the main metric would be a mistake at this base rate.",
        ],
        "mention": [
            "Label accuracy from reviewers is about 90%, so labels are noisy.",
            "We check the accuracy of the reviewers' labels against a golden set.",
        ],
    },
    "random-split": {
        "mistake": [
            "We'll shuffle the data and do a random 80/20 train/test split.",
            "Split the dataset randomly into train, validation and test sets.",
            "Use random k-fold cross-validation on the logs.",
            "I'd randomly hold out 20% of the examples as the test set.",
        ],
        "against": [
            "Split by time, not randomly: train on the past, test on the most recent weeks.",
            "I wouldn't shuffle the data before splitting into train and test.",
            "Rather than a random train/test split, I'd split by time.",
            "A random train/test split is wrong for time-ordered data.",
        ],
        "mention": [
            "For the A/B test we randomly split users into control and treatment.",
            "Random forests are a reasonable baseline.",
            "Randomly sample 1% of traffic for human review.",
            "The test set is the last two weeks of data.",
        ],
    },
    "resampled-test-set": {
        "mistake": [
            "Evaluate on the balanced set we trained on.",
            "We'll downsample the negatives in the test set to 50/50 so the metrics are readable.",
            "Oversample the positives in the test set with SMOTE.",
            "Report precision and recall on the downsampled validation set.",
        ],
        "against": [
            "Keep the test set at the real distribution, never downsampled.",
            "Don't evaluate on the balanced set; precision there is inflated.",
            "Evaluating on a downsampled test set would inflate precision, so we use the "
            "natural distribution.",
        ],
        "mention": [
            "Downsample negatives 1:10 for training, then recalibrate the scores.",
            "Use balanced class weights during training.",
            "The test set keeps the natural class ratio.",
        ],
    },
    "offline-only-launch": {
        "mistake": [
            "If the offline AUC improves we ship it to everyone.",
            "Offline metrics are enough to decide the launch.",
            "Once the model beats the baseline on the test set, deploy it to 100% of traffic.",
        ],
        "against": [
            "Offline AUC alone isn't enough to launch; we'll A/B test first.",
            "I wouldn't ship on offline metrics alone.",
            "Beating the baseline offline is not enough to deploy to all traffic.",
        ],
        "mention": [
            "Offline we track AUC; online we run an A/B test.",
            "We launch behind a 5% ramp and compare against the holdout.",
        ],
    },
    "no-fallback": {
        "mistake": [
            "We don't need a fallback; the model service is highly available.",
            "If the model times out we just return an error.",
            "No fallback is needed.",
        ],
        "against": [
            "If the model times out we fall back to the rules engine.",
            "There must be a fallback when the model is down.",
            "Running without a fallback would be reckless.",
        ],
        "mention": [
            "The fallback is the current heuristic, served from a cache.",
            "Model timeouts are logged and alerted on.",
        ],
    },
}

# Canon flags whose wording depends on the case: per case, the same three kinds.
UNOBSERVED: dict[str, Sentences] = {
    "recommendation": {
        "mistake": [
            "Treat every video the user hasn't watched as a negative.",
            "All other videos in the catalogue are negatives with label 0.",
        ],
        "against": ["Unwatched videos are not negatives; most were never shown."],
        "mention": ["We use impressed but unclicked videos as negatives."],
    },
    "search-ranking": {
        "mistake": [
            "Unclicked results are irrelevant, so we label them 0.",
            "Every product the user didn't click is a negative example.",
        ],
        "against": ["Don't treat unclicked results as irrelevant because of position bias."],
        "mention": ["Unclicked results may simply not have been seen."],
    },
    "spam-detection": {
        "mistake": [
            "Treat all unreported mail as legitimate.",
            "Anything nobody reported is ham for training.",
        ],
        "against": ["Unreported mail is not necessarily ham: most users never report."],
        "mention": ["Most users never click 'report spam'."],
    },
    "harmful-content": {
        "mistake": [
            "Posts nobody reported are clean, so we use them as negatives.",
            "Treat all unreported content as non-violating training data.",
        ],
        "against": ["Unreported posts are not confirmed clean, so they are not negatives."],
        "mention": ["Only about 1% of posts get reported by users."],
    },
    "feed-ranking": {
        "mistake": [
            "Every post the user was never shown is a negative example.",
            "Treat all unseen posts as negatives with label 0.",
        ],
        "against": ["Posts that were never shown can't be negatives; we only use impressions."],
        "mention": ["Impressions that got no engagement are the negatives."],
    },
    "fraud-detection": {
        "mistake": [
            "Transactions without a chargeback are legitimate, including last week's.",
            "Treat every transaction that hasn't been charged back as a negative.",
        ],
        "against": [
            "Recent transactions without a chargeback are not yet negatives: labels take "
            "up to 120 days."
        ],
        "mention": ["Chargebacks arrive 30 to 120 days after the transaction."],
    },
}
FUTURE_LEAKAGE: dict[str, Sentences] = {
    "fraud-detection": {
        "mistake": [
            "Use the chargeback flag as a feature.",
            "I'd add whether the transaction was disputed as an input feature.",
        ],
        "against": ["The chargeback status must never be a feature: it is known only later."],
        "mention": ["Chargebacks are our main source of labels."],
    },
    "eta-prediction": {
        "mistake": [
            "Use the actual pickup time as a feature.",
            "Feed the actual drive time into the model as an input.",
        ],
        "against": ["We can't use the actual pickup time as a feature at checkout."],
        "mention": ["The label is the actual delivery time minus the order time."],
    },
    "ads-ctr": {
        "mistake": [
            "Use whether the user converted as a feature.",
            "Add the post-click dwell time as an input feature.",
        ],
        "against": ["Post-click dwell time can't be a feature because it happens after the click."],
        "mention": ["Conversions arrive days later, so we predict clicks."],
    },
}
FUTURE_LEAKAGE["search-ranking"] = {
    "mistake": [
        "Product popularity: total clicks and purchases per query-product pair, computed over "
        "the full log.",
        "I'd add whether the user purchased the product after the search as a feature.",
        "The query-product CTR over the whole log is the strongest signal we have.",
    ],
    "against": [
        "CTR computed over the full log would leak the test weeks, so every count is as of "
        "the search time.",
    ],
    "mention": [
        "Popularity features are computed from the 30 days before each search.",
        "We train on the full log of the first 22 months and test on the last two.",
    ],
}
ENGAGEMENT: dict[str, Sentences] = {
    "feed-ranking": {
        "mistake": [
            "We'll maximise time spent in the feed.",
            "The objective is to optimise clicks.",
        ],
        "against": ["Maximising time spent alone rewards outrage bait, so we won't."],
        "mention": ["P(like) is one of several heads, combined with negative feedback."],
    },
    "recommendation": {
        "mistake": ["We'll optimise for clicks on the home page.", "The goal is to maximise CTR."],
        "against": ["We shouldn't maximise CTR: the thumbnail test showed it hurts watch time."],
        "mention": ["CTR is a guardrail next to watch time."],
    },
    "search-ranking": {
        "mistake": ["We'll optimise for clicks.", "The objective is to maximise CTR per search."],
        "against": ["Optimising clicks alone rewards clickbait listings, so we use purchases."],
        "mention": ["Clicks, add-to-carts and purchases are graded relevance signals."],
    },
    "ads-ctr": {
        "mistake": [
            "Rank purely by predicted CTR and show the ad with the highest pCTR.",
            "We'll maximise clicks on ads.",
        ],
        "against": ["Ranking by pCTR alone ignores the bid, so we rank by bid times pCTR."],
        "mention": ["We predict pCTR and multiply it by the bid."],
    },
}

# -- case-specific wrong choices added here ---------------------------------------------------

SPECIFIC: dict[tuple[str, str], Sentences] = {
    ("fraud-detection", "threshold-at-half"): {
        "mistake": [
            "Decline anything with a score above 0.5.",
            "Use a threshold of 0.5 on the fraud probability.",
            "Block if P(fraud) > 0.5, send to review between 0.2 and 0.5.",
        ],
        "against": ["Don't just use 0.5 as the threshold; set it from the cost of errors."],
        "mention": [
            "Fraud is 0.5% of card-not-present volume in some segments.",
            "Decline when the expected loss exceeds the cost of a false decline; 0.5% of "
            "volume is fraud.",
        ],
    },
    ("fraud-detection", "batch-scoring-inline"): {
        "mistake": [
            "Score transactions in a nightly batch job and decline the risky ones.",
            "We run the model once a day over the day's transactions.",
        ],
        "against": ["Batch scoring won't work because the decision is inline in authorization."],
        "mention": ["Train in a daily batch job; serve online within 100 ms."],
    },
    ("spam-detection", "humans-read-mail"): {
        "mistake": [
            "Have raters read a sample of users' inboxes to label spam.",
            "Analysts read users' emails to build the training set.",
        ],
        "against": [
            "No one may read a user's mail without consent, so raters label opted-in mail."
        ],
        "mention": ["Raters label mail from users who opted in, and spam traps."],
    },
    ("search-ranking", "full-catalog-ranking"): {
        "mistake": [
            "Run the ranking model over every product in the catalogue for each query.",
            "Score all 100 million listings with the neural ranker.",
        ],
        "against": ["We can't score all 100 million listings per query, so retrieve first."],
        "mention": ["The catalogue has 100 million listings, 20 million in stock."],
    },
}

APPLIES: dict[str, list[str]] = {
    "fraud-detection": [
        "accuracy-as-metric",
        "random-split",
        "future-leakage",
        "resampled-test-set",
        "offline-only-launch",
        "unobserved-as-negative",
        "no-fallback",
    ],
    "spam-detection": [
        "accuracy-as-metric",
        "random-split",
        "resampled-test-set",
        "offline-only-launch",
        "unobserved-as-negative",
        "no-fallback",
    ],
    "harmful-content": [
        "accuracy-as-metric",
        "random-split",
        "resampled-test-set",
        "offline-only-launch",
        "unobserved-as-negative",
        "no-fallback",
    ],
    "ads-ctr": [
        "accuracy-as-metric",
        "random-split",
        "future-leakage",
        "resampled-test-set",
        "offline-only-launch",
        "engagement-only-objective",
        "no-fallback",
    ],
    "eta-prediction": ["random-split", "future-leakage", "offline-only-launch", "no-fallback"],
    "feed-ranking": [
        "random-split",
        "offline-only-launch",
        "unobserved-as-negative",
        "engagement-only-objective",
        "no-fallback",
    ],
    "recommendation": [
        "random-split",
        "offline-only-launch",
        "unobserved-as-negative",
        "engagement-only-objective",
        "no-fallback",
    ],
    "search-ranking": [
        "random-split",
        "future-leakage",
        "offline-only-launch",
        "unobserved-as-negative",
        "engagement-only-objective",
        "no-fallback",
    ],
}

# Round 11: the catalogue's cross-case wrong choices the case briefs list for these cases,
# which their rubrics lacked (a mistake labelled under an id the rubric lacks is never found).
for _case, _flags in {
    "feed-ranking": ["accuracy-as-metric", "resampled-test-set"],
    "recommendation": ["accuracy-as-metric", "resampled-test-set"],
    "search-ranking": ["accuracy-as-metric", "resampled-test-set"],
    "notification-ranking": ["accuracy-as-metric", "resampled-test-set", "no-fallback"],
    "people-you-may-know": ["accuracy-as-metric", "resampled-test-set", "no-fallback"],
    "query-autocomplete": ["accuracy-as-metric", "resampled-test-set", "no-fallback"],
    "visual-search": ["accuracy-as-metric", "resampled-test-set", "no-fallback"],
    "demand-forecasting": ["no-fallback"],
}.items():
    APPLIES.setdefault(_case, []).extend(_flags)


def sentences(case_id: str, flag_id: str) -> Sentences:
    if (case_id, flag_id) in SPECIFIC:
        return SPECIFIC[(case_id, flag_id)]
    per_case = {
        "unobserved-as-negative": UNOBSERVED,
        "future-leakage": FUTURE_LEAKAGE,
        "engagement-only-objective": ENGAGEMENT,
    }.get(flag_id)
    return per_case[case_id] if per_case is not None else CANON[flag_id]


Probe = tuple[str, str, str]
"""A case, a flag of it, and a sentence."""


def _cases(kind: str) -> list[Probe]:
    out: list[Probe] = []
    flags = [(c, f) for c, fs in APPLIES.items() for f in fs] + list(SPECIFIC)
    for case_id, flag_id in flags:
        for sentence in sentences(case_id, flag_id)[kind]:
            out.append((case_id, flag_id, sentence))
    return out


def fired(library: Library, case_id: str, text: str) -> list[str]:
    return [h.flag.id for h in grade_whole(library.compiled(case_id), text).red_flags]


@pytest.mark.parametrize("case_id", sorted(APPLIES))
def test_each_case_flags_the_wrong_choices_that_apply_to_it(library: Library, case_id: str) -> None:
    ids = [f.id for f in library.rubric(case_id).red_flags]
    assert len(ids) == len(set(ids))
    assert set(APPLIES[case_id]) <= set(ids)
    assert not set(ids) & set(CATALOGUE["rename"])  # old names are gone
    assert set(ids) - set(CATALOGUE["canon"]), "and some wrong choices of its own"
    assert len(ids) >= 6
    for flag in library.rubric(case_id).red_flags:
        assert len(flag.message) >= 60, flag.id  # says what is wrong and what to do instead


def test_the_catalogue_copy_matches_the_one_in_use() -> None:
    """tests/fixtures/redflag-catalogue.json is the catalogue the ids follow."""
    assert set(CATALOGUE["canon"]) == {
        "accuracy-as-metric",
        "random-split",
        "future-leakage",
        "resampled-test-set",
        "offline-only-launch",
        "unobserved-as-negative",
        "engagement-only-objective",
        "no-fallback",
    }


def test_rubric_files_keep_red_flags_last() -> None:
    """Red flags are the last key of every rubric, so items and flags are edited apart."""
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        doc = yaml.load(path.read_text(encoding="utf-8"), yaml.CSafeLoader)  # as the app
        assert list(doc)[-1] == "red_flags"


# -- paraphrases: the same mistakes in words the rubric evidence was not written from ----------
# Written after the evidence above, as candidates phrase these mistakes, so that a flag is
# known to fire on the mistake and not on one phrasing of it. Canon flags are checked in every
# case that has them.

PARAPHRASED_CANON: dict[str, Sentences] = {
    "accuracy-as-metric": {
        "mistake": [
            "The model with the highest accuracy on the held-out month wins.",
            "We'll call it a success once accuracy is above 99%.",
            "Accuracy will be our north star.",
            "I'd compare the candidate models by their overall accuracy.",
            "On the held-out test set: accuracy, plus a confusion matrix.",
        ],
        "against": [
            "Forget accuracy; with this imbalance it is meaningless.",
            "I'd steer clear of accuracy as the headline number.",
        ],
        "mention": [
            "Reviewer accuracy on the golden set is checked weekly.",
            "Label accuracy is audited on a sample; the test set is the last two weeks.",
        ],
    },
    "random-split": {
        "mistake": [
            "Shuffle all the rows, then hold out 20% as the test set.",
            "Standard 5-fold cross-validation over the whole dataset.",
            "We'll use sklearn's train_test_split with shuffle on.",
            "Pick a random 10% of the examples for validation.",
            "Pool everything and take a stratified random 80/10/10 so each split has positives.",
            "Everything gets shuffled together, then split 90/5/5.",
            "Take all the sessions, shuffle them, and take 90% for training.",
        ],
        "against": [
            "K-fold with shuffling would leak the future into training, so we backtest instead.",
            "No random shuffling: the last month is the test set.",
        ],
        "mention": [
            "Users are randomly assigned to control and treatment.",
            "We randomly sample 500 items a week for human labelling.",
        ],
    },
    "resampled-test-set": {
        "mistake": [
            "The validation set is rebalanced to 50/50 so precision is easier to read.",
            "We compute AUC on a downsampled test set.",
            "Oversample the rare class in both the training and the test data.",
        ],
        "against": ["Never measure on a rebalanced validation set: it inflates precision."],
        "mention": ["Negatives are downsampled to 1:20 for training only."],
    },
    "offline-only-launch": {
        "mistake": [
            "If the new model beats the old one offline, we roll it out to all users.",
            "Once the offline numbers look good we ship it to everyone.",
            "Good offline metrics are all we need to launch.",
        ],
        "against": [
            "Better offline numbers alone won't justify a launch; we run an A/B test first.",
        ],
        "mention": [
            "Offline results decide which model goes into the A/B test.",
            # The right choice in the same sentence takes the mistake back (`unless`).
            "If it beats the baseline offline, we launch an A/B test.",
            "Once the model beats the baseline offline, we roll it out behind an A/B test.",
            "If the offline numbers improve, we ship it as a 5% canary and ramp up.",
        ],
        "mistake_besides_the_right_choice": [
            "If it beats the baseline offline we ship it to everyone, with no A/B test.",
            "When it beats the baseline offline, that's enough to ship, and an A/B test on "
            "this is slow and noisy anyway.",
        ],
    },
    "no-fallback": {
        "mistake": [
            "There's no need for a backup path; the service has never gone down.",
            "If the model is unavailable, the request simply fails.",
            "It runs on a big replicated fleet, so the model shouldn't be down.",
            "And I wouldn't bother with a fallback path; it is all one process anyway.",
            "We won't add any fallback for v1.",
        ],
        "against": [
            "If the model fails, a cached score or simple rule is served instead.",
            "Even a replicated service can go down, so we serve a cached ranking then.",
            "Deciding not to build a fallback would be reckless.",
        ],
        "mention": ["We alert when the model's error rate rises."],
    },
}

PARAPHRASED: dict[tuple[str, str], Sentences] = {
    ("demand-forecasting", "point-forecast-only"): {
        "mistake": [
            "The model outputs one number per zone-hour and we staff to it.",
            "A single point forecast per zone and hour is all the planners need.",
            "We give ops the expected demand and they schedule couriers to match it.",
            "The model predicts expected demand per zone-hour and the planners turn that into "
            "courier hours.",
            "We forecast mean demand and ops translate it into a staffing plan.",
        ],
        "against": [
            "A single point forecast is not enough: we hand over the 80th percentile too.",
            "Expected demand is not enough for staffing: we give the planners the 80th percentile.",
        ],
        "mention": [
            "We forecast the 50th, 80th and 95th percentiles per zone-hour.",
            "Courier hours per zone are planned a week ahead from the quantiles.",
        ],
    },
    ("notification-ranking", "propensity-as-uplift"): {
        "mistake": [
            "A push is worth sending when the user is likely to open it.",
            "We send the notifications most likely to be opened, up to the daily cap.",
            "Each hour we send the candidates with the highest P(open) for that user.",
        ],
        "against": [
            "Sending whatever is most likely to be opened is wrong: those users come anyway.",
        ],
        "mention": ["We predict the lift in sessions from sending versus holding the push."],
    },
    ("spam-detection", "humans-read-mail"): {
        "mistake": [
            "Our raters hand label a weekly sample of delivered emails from real accounts.",
            "The labelling team reviews 10k user messages a day for the gold set.",
        ],
        "against": [
            "Raters never review delivered messages; they label spam-trap mail and donated "
            "mail only.",
        ],
        "mention": ["Delivered messages that users mark as spam become labels automatically."],
    },
    ("rag-assistant", "permissions-in-prompt"): {
        "mistake": [
            "Retrieval searches every document, and the prompt tells the LLM to use only the "
            "passages this employee may read.",
        ],
        "against": [
            "Never tell the model to use only permitted passages: filter by ACL at retrieval.",
        ],
        "mention": [
            "Retrieval filters by the user's ACL groups before anything reaches the model."
        ],
    },
    ("eta-prediction", "shown-eta-as-label"): {
        "mistake": [
            "The label is the ETA the customer saw at checkout, since it is always logged."
        ],
        "against": [
            "The ETA the customer saw is the old system's guess, not the label: we train on "
            "delivered_at minus created_at.",
        ],
        "mention": ["We log the ETA the customer saw to measure how often we were late."],
    },
    ("eta-prediction", "stale-batch-eta"): {
        "mistake": [
            "We precompute the ETA for every restaurant and neighbourhood pair overnight and "
            "cache it.",
            "Store-list ETAs are batch scored once per day and served from a cache.",
        ],
        "against": [
            "We don't precompute ETAs overnight: kitchen load changes by the minute.",
        ],
        "mention": ["The routing graph is rebuilt nightly; ETAs are scored on request."],
    },
    ("ads-ctr", "ranking-only-scores"): {
        "mistake": [
            "The auction only needs the ranking of the ads, so the raw scores are fine.",
            "Absolute values don't matter here; we just sort the candidates.",
            "Calibration is secondary as long as the ordering is right.",
        ],
        "against": [
            "It is not true that the auction only needs the ordering: the price depends on "
            "the predicted CTR.",
        ],
        "mention": ["The ordering of candidates comes from bid times a calibrated pCTR."],
    },
    ("ads-ctr", "downsampled-probabilities-as-bids"): {
        "mistake": [
            "Since we train on downsampled data with a 1:1 ratio, the predicted probability "
            "is multiplied directly into the bid.",
        ],
        "against": [
            "Scores from the downsampled model are never used directly in the auction; we "
            "correct them first.",
        ],
        "mention": ["Negatives are downsampled 1:10 for training, then the scores are corrected."],
    },
    ("demand-forecasting", "orders-as-demand"): {
        "mistake": [
            "The training target is the number of completed orders per zone-hour.",
            "Historical order counts tell us what demand was.",
            "Target: completed orders per zone-hour from the order database.",
        ],
        "against": [
            "Completed orders understate demand when we ran out of couriers, so we correct "
            "for censoring.",
        ],
        "mention": ["We have two years of completed orders per zone-hour."],
    },
    ("people-you-may-know", "member-level-ab-ignores-interference"): {
        "mistake": [
            "We'll A/B test with a plain 50/50 split of members.",
            "Assign each user to control or treatment at random, as usual.",
            "A normal user-level experiment will tell us the lift.",
        ],
        "against": [
            "A member-level split would leak through invitations, so we randomise by graph "
            "cluster.",
        ],
        "mention": ["We randomise by graph cluster so invitations stay inside one arm."],
    },
    ("recommendation", "unobserved-as-negative"): {
        "mistake": ["Any video a user never watched is a negative."],
        "against": ["Videos a user never watched are not negatives; most were never shown."],
        "mention": ["Impressions without a play are the negatives."],
    },
    ("fraud-detection", "unobserved-as-negative"): {
        "mistake": ["Anything that was never charged back counts as a good transaction."],
        "against": ["No chargeback yet does not mean legitimate: labels take months."],
        "mention": ["Chargebacks are filed up to 120 days later."],
    },
    ("fraud-detection", "future-leakage"): {
        "mistake": [
            "Include the final dispute outcome among the model inputs.",
            "Card features (dispute rate, past declines) are read from the current profile "
            "table for every training example.",
        ],
        "against": [
            "The dispute outcome is only known later, so it can never be an input.",
            "Never read training features from the current profile table: rebuild them as of "
            "each authorization.",
        ],
        "mention": [
            "The dispute outcome becomes the label once it arrives.",
            "At serving time the card's current profile is read in under 5 ms.",
        ],
    },
    ("demand-forecasting", "mape-on-sparse-series"): {
        "mistake": ["We'll track MAPE per zone-hour as the headline number."],
        "against": ["MAPE explodes on zone-hours with two orders, so we report WAPE."],
        "mention": ["Ops used to quote MAPE from the spreadsheet days."],
    },
    ("spam-detection", "silent-deletion"): {
        "mistake": ["Anything above 0.99 is deleted outright so users never see it."],
        "against": ["Nothing is deleted outright: flagged mail goes to the spam folder."],
        "mention": ["Users can delete mail from the spam folder themselves."],
    },
    ("recommendation", "score-entire-catalog"): {
        "mistake": [
            "For each request the ranker scores the entire catalog of videos.",
            "Per request we run it over the eligible catalogue on GPUs, score everything and "
            "take the top.",
        ],
        "against": ["We can't score the entire catalog per request, so we retrieve first."],
        "mention": [
            "The catalog has 50 million videos.",
            "To train the ranker, every video a user finished is a positive.",
        ],
    },
    ("harmful-content", "fully-automated-removal"): {
        "mistake": ["The classifier will automatically remove anything it flags, no human step."],
        "against": ["We never automatically remove anything without human review."],
        "mention": ["Hash matches of known CSAM are removed automatically, as the law requires."],
    },
    ("harmful-content", "reports-as-ground-truth"): {
        "mistake": ["User reports are our labels: a reported post counts as harmful."],
        "against": ["Reports are a noisy signal, not ground truth; reviewers label."],
        "mention": ["User reports, reviewer decisions and appeals all feed the queue."],
    },
    # Round 9: a value from after the prediction, said by where or over what it is computed.
    ("people-you-may-know", "future-leakage"): {
        "mistake": [
            "We compute the pair features from the current production tables, the cleanest "
            "copy we have.",
            "Mutual-friend counts and shared groups all come from the current snapshot, "
            "computed once in Spark.",
        ],
        "against": [
            "Pair features are computed as of each impression, never from the current snapshot.",
        ],
        "mention": ["Serving reads the current snapshot of the graph every hour."],
    },
    ("demand-forecasting", "future-leakage"): {
        "mistake": [
            "Inputs: actual rainfall per city from the weather feed, since rain drives orders.",
        ],
        "against": [
            "We can't use actual rainfall as an input a week ahead, so we use the forecast.",
        ],
        "mention": ["Actual rainfall explains last month's spike on Friday evenings."],
    },
    ("ads-ctr", "future-leakage"): {
        "mistake": [
            "Features to add:\n- how long the user stayed on the landing page\n- device",
            "The advertiser's CTR computed over the full day of the impression is a strong signal.",
        ],
        "against": [
            "How long the user stayed on the landing page can't be a feature: it happens "
            "after the click.",
        ],
        "mention": ["Advertisers care how long the user stayed on the landing page."],
    },
    ("eta-prediction", "future-leakage"): {
        "mistake": ["Features:\n- distance to the restaurant\n- actual prep time of the order"],
        "against": ["Features:\n- distance\n- not the actual prep time, which is only known later"],
        "mention": ["Features:\n- distance\n\nThe label is the actual delivery time."],
    },
    ("people-you-may-know", "unobserved-as-negative"): {
        "mistake": ["Every friend-of-friend pair that isn't connected is a negative."],
        "against": ["A pair that isn't connected is not a negative: they may never have met."],
        "mention": ["Most friend-of-friend pairs aren't connected, which is expected."],
    },
    ("people-you-may-know", "offline-only-launch"): {
        "mistake": [
            "If recall@100 beats the current model on the held-out week, we roll it out to "
            "all members.",
        ],
        "against": ["Better offline recall alone is not enough to ship; we run an experiment."],
        "mention": [
            "If it beats the baseline offline, we launch an A/B test randomised by cluster.",
        ],
    },
    ("search-ranking", "unobserved-as-negative"): {
        "mistake": ["Any product on the page that wasn't clicked is a negative."],
        "against": ["A product that wasn't clicked is no negative: it may not have been seen."],
        "mention": ["Products that weren't clicked still have their impressions logged."],
    },
    ("feed-ranking", "unobserved-as-negative"): {
        "mistake": ["Posts that weren't shown to the user go in as negatives."],
        "against": ["Posts that weren't shown are never negatives; only impressions count."],
        "mention": ["Posts that weren't shown are candidates for exploration."],
    },
    ("visual-search", "catalog-images-as-queries"): {
        "mistake": [
            "Offline, each held-out catalog image serves as a query and its sibling images "
            "are the targets.",
        ],
        "against": ["Catalog images must never be used as a query: shopper photos differ."],
        "mention": ["The query is a shopper's photo and the targets are catalog images."],
    },
    ("query-autocomplete", "raw-queries-as-suggestions"): {
        "mistake": [
            "I'd drop the threshold and put every distinct query from the logs into the index.",
        ],
        "against": ["We won't remove the threshold: a query needs 50 distinct users first."],
        "mention": ["Suggestions need 50 distinct users; the threshold filters private data."],
    },
    ("recommendation", "engagement-only-objective"): {
        "mistake": [
            "What do we optimise? I'd go for clicks on the home page.",
            "The metric I'd drive: clicks from the home page.",
            "We'll maximise clicks; user satisfaction is hard to measure and slow.",
        ],
        "against": ["What do we optimise? Not clicks: I'd go for watch time a week later."],
        "mention": [
            "I'd go for a two-tower model trained on impressions and clicks.",
            # The right choice in the sentence takes the mistake back (`unless`).
            "An engine that maximizes user engagement and long-term satisfaction.",
            "We maximise clicks with satisfaction surveys as a guardrail.",
        ],
    },
    ("search-ranking", "engagement-only-objective"): {
        "mistake": ["Success is measured purely by click-through rate on results."],
        "against": ["Click-through rate alone rewards clickbait, so purchases lead."],
        "mention": ["Click-through rate is one guardrail next to purchases per search."],
    },
}


# Round 11: families of wording, not one sentence each (issue 16, unseen answers).
PARAPHRASED_CANON["offline-only-launch"]["mistake"] += [
    "If the new model beats the current ranking on nDCG@10 on the test split and on the 20k "
    "rated queries, we ship it to all traffic.",
    "When the pipeline reaches our targets on the golden set (say 90% correctness), we turn "
    "it on for everyone.",
    "If recall@10 beats the old model by a clear margin on the held-out set, and p95 latency "
    "on a load test stays under 300 ms, we replace the old model for everyone.",
]
PARAPHRASED_CANON["offline-only-launch"]["mention"] += [
    "If recall improves in the experiment, we roll it out to everyone.",
    "If precision improves online, we roll it out.",
]


def _add_paraphrases(table: dict[tuple[str, str], Sentences]) -> None:
    """Add each flag's sentences of the table after those it has already."""
    for key, kinds in table.items():
        known = PARAPHRASED.get(key, {})
        PARAPHRASED[key] = {
            kind: [*known.get(kind, []), *kinds[kind]] for kind in ("mistake", "against", "mention")
        }


PARAPHRASED.update(
    {
        ("people-you-may-know", "future-leakage"): {
            **PARAPHRASED[("people-you-may-know", "future-leakage")],
            "against": [
                *PARAPHRASED[("people-you-may-know", "future-leakage")]["against"],
                # The right choice in the sentence (`unless`: point in time) takes it back.
                "Mutual counts are rebuilt as of the impression time — if I use today's graph, "
                "the connection we predict is inside the counts and the model looks brilliant.",
            ],
        },
        ("spam-detection", "unobserved-as-negative"): {
            "mistake": ["Mail nobody reported is ham, and that is our negative class."],
            "against": [],
            "mention": [
                "Raters review a random sample of delivered mail: the only way to find the spam "
                "nobody reported and the ham sitting in spam folders.",
            ],
        },
    }
)

PARAPHRASED_CANON["random-split"]["mistake"] += [
    "Split: shuffle all the logs from the last month and hold out 10% at random.",
    "Split: random 80/20.",
    "- split: random, 90/10",
    "I'd hold out a random 10% of the rows for testing.",
    "A random 80/20 split is fine, there's no need to split by time.",
]
PARAPHRASED_CANON["random-split"]["mention"] += [
    "We randomly hold out 10% of users as a control group for the A/B test.",
    "We train on shuffled data from the training weeks and split by time for testing.",
]
PARAPHRASED.update(
    {
        ("rag-assistant", "unobserved-as-negative"): {
            "mistake": [
                "A clicked document is a positive for its query, and every document that came "
                "back and wasn't clicked is a negative.",
                "An answer with no thumbs-down counts as correct.",
            ],
            "against": [
                "Most answers are never rated, so no thumbs-down is not the same as correct.",
                "Clicks help tune the retriever, but an unclicked result isn't proof that it's "
                "irrelevant.",
            ],
            "mention": ["35% of searches have no click at all; SMEs grade answer correctness."],
        },
        ("people-you-may-know", "unobserved-as-negative"): {
            **PARAPHRASED[("people-you-may-know", "unobserved-as-negative")],
            "mistake": [
                *PARAPHRASED[("people-you-may-know", "unobserved-as-negative")]["mistake"],
                "Everything else in that candidate set (pairs where v never invited c, whether "
                "or not the card ever came up on screen) goes in as a negative.",
            ],
            "mention": [
                *PARAPHRASED[("people-you-may-know", "unobserved-as-negative")]["mention"],
                "Shown-and-ignored suggestions are the negatives.",
            ],
        },
    }
)

for _case in ("feed-ranking", "recommendation", "search-ranking"):
    ENGAGEMENT_FAMILY = {
        "mistake": [
            "The metric I'd optimise is clicks.",
            "Show users the items they are most likely to click.",
        ],
        "against": ["Clicks are noisy, so we rank by purchases."],
        "mention": [
            "We optimise a mix of clicks and long watch time.",
            "We rank by a weighted sum of P(click), P(like) and P(hide).",
            "Rank by predicted watch time, with CTR as a guardrail.",
        ],
    }
    _known = PARAPHRASED.get((_case, "engagement-only-objective"))
    PARAPHRASED[(_case, "engagement-only-objective")] = {
        kind: [*(_known or {}).get(kind, []), *ENGAGEMENT_FAMILY[kind]]
        for kind in ("mistake", "against", "mention")
    }
PARAPHRASED[("feed-ranking", "engagement-only-objective")]["mistake"].append(
    "The feed should show people the posts they are most likely to engage with."
)
PARAPHRASED[("query-autocomplete", "engagement-only-objective")] = {
    "mistake": ["The metric I'd drive is suggestion acceptance: the share of prefixes tapped."],
    "against": [],
    "mention": ["Suggestion acceptance rate is a secondary metric next to searches that succeed."],
}

PARAPHRASED.update(
    {
        ("notification-ranking", "propensity-as-uplift"): {
            "mistake": [
                *PARAPHRASED[("notification-ranking", "propensity-as-uplift")]["mistake"],
                "Decision per candidate: send if P(open) is above a threshold, otherwise drop.",
                "- Ranking: sort candidates by P(open), send everything above threshold.",
            ],
            "against": PARAPHRASED[("notification-ranking", "propensity-as-uplift")]["against"],
            "mention": [
                "We send a push when the uplift in sessions from sending is above a threshold.",
                "Open rate is above 3% today.",
            ],
        },
        ("notification-ranking", "no-volume-limit"): {
            "mistake": [
                "I'd replace the fixed global cap with the model itself: sending all 15 is the "
                "right call if each has a 20% open chance.",
            ],
            "against": [
                "Some people argue you can just let the model decide volume and drop the cap.",
            ],
            "mention": ["We keep a per-user daily cap of 3 and let the model choose which ones."],
        },
        ("harmful-content", "reports-as-ground-truth"): {
            "mistake": [
                *PARAPHRASED[("harmful-content", "reports-as-ground-truth")]["mistake"],
                "A post reported for hate speech is a hate-speech positive.",
                "I'd train on reported-post = positive for the category the reporter picked.",
            ],
            "against": [
                *PARAPHRASED[("harmful-content", "reports-as-ground-truth")]["against"],
                "User reports I'd use as a prioritisation signal, not as labels.",
            ],
            "mention": [
                *PARAPHRASED[("harmful-content", "reports-as-ground-truth")]["mention"],
                "Reviewers label reported posts; their decisions are the labels.",
                "Only about 1% of posts get reported.",
            ],
        },
        ("harmful-content", "dismisses-review-and-appeals"): {
            "mistake": [
                "At this volume a per-post human decision step doesn't scale, so I don't plan "
                "for a review queue in the decision path.",
            ],
            "against": [],
            "mention": [
                "Hash matches of known CSAM are removed automatically, as the law requires."
            ],
        },
        ("query-autocomplete", "raw-queries-as-suggestions"): {
            "mistake": [
                *PARAPHRASED[("query-autocomplete", "raw-queries-as-suggestions")]["mistake"],
                "I'd remove the current 20-occurrences cut: it is why the long tail gets nothing.",
                "Every query that's been searched successfully becomes a candidate.",
            ],
            "against": PARAPHRASED[("query-autocomplete", "raw-queries-as-suggestions")]["against"],
            "mention": ["We keep the current threshold of 20 distinct users."],
        },
        ("rag-assistant", "permissions-in-prompt"): {
            "mistake": [
                *PARAPHRASED[("rag-assistant", "permissions-in-prompt")]["mistake"],
                "We store each chunk's ACL groups as metadata, so the generator knows who's "
                "allowed to see what.",
                "The prompt includes the passages, the user's group memberships, and an "
                "instruction that the model must only use passages the user may see.",
            ],
            "against": PARAPHRASED[("rag-assistant", "permissions-in-prompt")]["against"],
            "mention": [
                "Retrieval filters chunks by the user's ACL groups before anything reaches the "
                "model.",
                "We instruct the model to cite the passage behind every claim.",
            ],
        },
        ("visual-search", "brute-force-search"): {
            "mistake": [
                "Search: exact nearest-neighbour search, same as the beta but over the full "
                "catalogue.",
                "Exact search means we never lose recall, and each shard is scanned in parallel.",
            ],
            "against": [
                "Exact search over 300M images is too slow for a 300 ms budget, so we use ANN.",
                "Brute force over 300M doesn't fit (600 GB raw) and won't answer in 300 ms.",
            ],
            "mention": ["We measure ANN recall@100 against exact search on a 10M sample."],
        },
        ("ads-ctr", "downsampled-probabilities-as-bids"): {
            "mistake": [
                *PARAPHRASED[("ads-ctr", "downsampled-probabilities-as-bids")]["mistake"],
                "The sigmoid output goes straight into the auction: eCPM = bid x p(click).",
                "Since the model sees a more balanced picture, its scores are more spread out, "
                "and I'd feed them directly into the eCPM formula.",
            ],
            "against": PARAPHRASED[("ads-ctr", "downsampled-probabilities-as-bids")]["against"],
            "mention": [
                *PARAPHRASED[("ads-ctr", "downsampled-probabilities-as-bids")]["mention"],
                "The calibrated pCTR goes straight into the auction.",
                "Auction score = eCPM: CPC ads use bid x pCTR, CPM ads their bid directly.",
            ],
        },
    }
)
PARAPHRASED_CANON["resampled-test-set"]["mistake"] += [
    "The test split comes from the same sampled dataset, so it has the same 1:6 ratio, which "
    "makes AUC more readable.",
]
PARAPHRASED_CANON["resampled-test-set"]["mention"] += [
    "We use class weights for a balanced loss and report precision and recall on the natural "
    "distribution.",
    "Downsample negatives for training, evaluate on the real base rate.",
    "So it's a precision/recall balance, and it's different per category.",
]

PARAPHRASED_CANON["accuracy-as-metric"]["mistake"] += [
    "- eval: accuracy + F1",
    "Accuracy is the number leadership understands, so that's what we report.",
]
PARAPHRASED_CANON["accuracy-as-metric"]["mention"] += [
    "We audit label accuracy on a sample and report precision and recall on the test set.",
]
PARAPHRASED_CANON["random-split"]["mistake"] += ["Standard random split of the logs."]
PARAPHRASED_CANON["resampled-test-set"]["mistake"] += [
    "Downsample negatives in both train and test to 1:1.",
    "Apply SMOTE before splitting into train and test.",
]
PARAPHRASED_CANON["offline-only-launch"]["mistake"] += [
    "No need for an A/B test: the offline gain is large.",
    "The new model replaces the old one as soon as it beats it on last month's data.",
]
PARAPHRASED_CANON["no-fallback"]["mistake"] += [
    "We don't plan a fallback.",
    "If the feature store times out, the request fails.",
    "There's no need for a fallback.",
]
PARAPHRASED_CANON["no-fallback"]["mention"] += [
    "If the model times out, the request fails over to the cached popular list.",
]

PARAPHRASED.update(
    {
        ("feed-ranking", "future-leakage"): {
            "mistake": ["Post features: the final like count and total comments of the post."],
            "against": [
                "The post's final like count can't be a feature: it comes after the impression."
            ],
            "mention": ["Likes in the first hour are counted as of the impression time."],
        },
        ("recommendation", "future-leakage"): {
            "mistake": ["A strong feature is the video's lifetime views, computed once in Spark."],
            "against": [
                "Lifetime views would leak later impressions, so views are counted as of each "
                "impression."
            ],
            "mention": ["The catalogue's lifetime views follow a power law."],
        },
        ("harmful-content", "future-leakage"): {
            "mistake": ["Features: the post's total reports and whether it was removed."],
            "against": ["Whether it was removed is the label, never a feature."],
            "mention": ["Reviewer decisions give the class label for reported posts."],
        },
        ("notification-ranking", "future-leakage"): {
            "mistake": ["Features include whether the user opened the app that day."],
            "against": ["Sessions after the send are the outcome, so they are never features."],
            "mention": ["We count the user's sessions in the 7 days before the send."],
        },
        ("spam-detection", "future-leakage"): {
            "mistake": [
                "I'd add whether the user reported it as a feature, since it is a strong signal."
            ],
            "against": ["Whether the recipient reported it is the label, not a feature."],
            "mention": ["Senders already reported by many users get a reputation penalty."],
        },
        ("query-autocomplete", "future-leakage"): {
            "mistake": ["Query popularity is computed over the full log, test weeks included."],
            "against": [
                "Counts over the full log would leak the test weeks, so they are as of each prefix."
            ],
            "mention": ["The label is the final query the user searched."],
        },
        ("ads-ctr", "unobserved-as-negative"): {
            "mistake": ["Every eligible ad that lost the auction goes in as a negative."],
            "against": [
                "Ads that were never shown are not negatives: only served impressions count."
            ],
            "mention": ["Impressions without a click are the negatives."],
        },
    }
)

# Round 11: case flags in the ways candidates state them (written as an interviewer hears
# them, before the evidence was widened), and the ways answers tell a mistake without making
# it: someone else's choice, a label that refuses it, a refusal after it.
_CASE_FAMILIES: dict[tuple[str, str], Sentences] = {
    ("query-autocomplete", "llm-per-keystroke"): {
        "mistake": [
            "A small LLM generates the suggestions in real time as the user types.",
            "Generate completions with an LLM on every keystroke.",
        ],
        "against": [
            "Someone will suggest generating completions with an LLM. Not on this path.",
            "- Not doing: an LLM generating completions per keystroke.",
        ],
        "mention": ["An LLM rewrites rare prefixes offline; the completions are cached."],
    },
    ("rag-assistant", "fine-tune-as-knowledge"): {
        "mistake": ["Instead of retrieval, fine-tune on the corpus and update monthly."],
        "against": [
            "I know some teams reach for fine-tuning a model on all the company's documents, "
            "but I wouldn't: a fine-tuned model can't cite.",
            "I looked at fine-tuning an open model on the 12M documents so it knows the "
            "company, and I'd rule it out: knowledge goes stale.",
        ],
        "mention": ["We fine-tune the embedding model on query-passage pairs from our documents."],
    },
    ("feed-ranking", "chronological-only"): {
        "mistake": ["Just sort the feed by recency.", "Rank purely by time posted."],
        "against": ["Some people argue for going back to a pure reverse-chronological feed."],
        "mention": ["A chronological feed is the baseline and the EU non-personalised option."],
    },
    ("spam-detection", "silent-deletion"): {
        "mistake": ["Anything above 0.95 gets dropped at the gateway and never delivered."],
        "against": [],
        "mention": ["Anything above 0.95 goes to the spam folder, where users can recover it."],
    },
    ("harmful-content", "fully-automated-removal"): {
        "mistake": ["The model takes down anything it scores above 0.9 without review."],
        "against": [],
        "mention": [
            "Above 0.98 posts are removed automatically, with an appeal route; the middle band "
            "goes to the review queue.",
        ],
    },
    ("eta-prediction", "stale-batch-eta"): {
        "mistake": ["A batch job refreshes all ETAs every 24 hours."],
        "against": [],
        "mention": ["A batch job retrains the model every day; ETAs are scored on request."],
    },
    ("demand-forecasting", "orders-as-demand"): {
        "mistake": ["We train on fulfilled orders as the demand signal."],
        "against": [],
        "mention": ["Target: orders per zone-hour, corrected where couriers ran out (censored)."],
    },
    ("demand-forecasting", "point-forecast-only"): {
        "mistake": ["One number per zone-hour, the mean, goes to ops."],
        "against": [
            "Staffing to the mean under-staffs; the shift plan uses roughly the P70 of demand.",
        ],
        "mention": ["We forecast the P50 and P80 per zone-hour."],
    },
    ("people-you-may-know", "member-level-ab-ignores-interference"): {
        "mistake": [
            "A/B test by randomly assigning members to control and treatment.",
            "The platform randomises by member and the spillover should be small, so I'd "
            "accept that bias.",
        ],
        "against": [],
        "mention": ["We randomise by graph cluster so invitations stay inside one arm."],
    },
    ("visual-search", "catalog-images-as-queries"): {
        "mistake": ["Test queries: held-out product images from the catalogue."],
        "against": [],
        "mention": ["Catalogue images are the index; the queries are real shopper photos."],
    },
    ("fraud-detection", "threshold-at-half"): {
        "mistake": ["Anything with p > 0.5 is flagged."],
        "against": [],
        "mention": ["About 0.5% of volume is fraud in some segments."],
    },
    ("fraud-detection", "batch-scoring-inline"): {
        "mistake": [],
        "against": [
            "I've seen people propose a nightly batch job that scores the day's payments; that "
            "doesn't work here.",
        ],
        "mention": [],
    },
    ("ads-ctr", "ranking-only-scores"): {
        "mistake": ["We only need the relative order of ads, so raw scores are fine."],
        "against": [],
        "mention": ["Calibration matters because the price depends on pCTR."],
    },
    ("spam-detection", "humans-read-mail"): {
        "mistake": ["Annotators label messages from real inboxes."],
        "against": [],
        "mention": [
            "Raters label mail from users who opted in, plus spam traps.",
            "Filling spam folders with obvious junk nobody reads costs storage across all "
            "mailboxes.",
        ],
    },
    ("harmful-content", "dismisses-review-and-appeals"): {
        "mistake": ["Human review is too slow, so we drop it."],
        "against": [],
        "mention": [],
    },
    ("notification-ranking", "no-volume-limit"): {
        "mistake": ["We remove the daily limit and let the model send as many as it likes."],
        "against": [],
        "mention": [],
    },
    ("notification-ranking", "propensity-as-uplift"): {
        "mistake": ["Target users who are most likely to open."],
        "against": ["I also wouldn't frame it as 'who is most likely to open'."],
        "mention": [],
    },
    ("rag-assistant", "permissions-in-prompt"): {
        "mistake": [
            "We put the user's permissions in the prompt and ask the LLM to respect them.",
        ],
        "against": [],
        "mention": ["The system prompt tells the model to cite a passage for every claim."],
    },
    ("query-autocomplete", "raw-queries-as-suggestions"): {
        "mistake": ["All logged queries go into the suggestion index."],
        "against": [],
        "mention": [],
    },
    ("eta-prediction", "future-leakage"): {
        "mistake": [
            "Features:\n- Food-ready time: the merchant tablet ready tap, which tells us "
            "exactly when the prep leg ended.",
        ],
        "against": [],
        "mention": [
            "On the tracking screen, once the courier is assigned, we re-predict with the "
            "assigned courier's distance as a feature.",
        ],
    },
    ("ads-ctr", "future-leakage"): {
        "mistake": [
            "One I'd definitely add is landing-page engagement per impression: how long the "
            "user stayed on the advertiser's site after the ad was shown.",
        ],
        "against": [],
        "mention": [],
    },
}
_add_paraphrases(_CASE_FAMILIES)

# After the round-11 blind answers (wrong-13): the families their misses belong to, in our
# own words.
_add_paraphrases(
    {
        ("ads-ctr", "downsampled-probabilities-as-bids"): {
            "mistake": [
                "Negatives are sampled at 5%. I won't bother recalibrating: the ordering is "
                "unchanged, and that decides the auction.",
            ],
            "against": [],
            "mention": [],
        },
        ("ads-ctr", "engagement-only-objective"): {
            "mistake": [],
            "against": ["Pure click-maximisation would fill the feed with clickbait."],
            "mention": [],
        },
        ("demand-forecasting", "future-leakage"): {
            "mistake": ["For training I'd join the observed rainfall per city-hour."],
            "against": [],
            "mention": ["At inference we use the weather forecast issued at planning time."],
        },
        ("feed-ranking", "no-fallback"): {
            "mistake": [
                "I don't plan a separate degraded path: if ranking is down, the feed is down.",
            ],
            "against": [],
            "mention": [],
        },
        ("harmful-content", "offline-only-launch"): {
            "mistake": [
                "Once the offline numbers clear the bar for a category, I'd switch that category "
                "over to the new model fully.",
            ],
            "against": [],
            "mention": [],
        },
        ("harmful-content", "fully-automated-removal"): {
            "mistake": [],
            "against": ["I'd push back on the idea that we can take humans out entirely."],
            "mention": [],
        },
        ("search-ranking", "full-catalog-ranking"): {
            "mistake": [
                "I'd skip a separate recall stage and let the ranker score every in-stock product "
                "for every query.",
            ],
            "against": [],
            "mention": [
                "Scoring the whole catalogue with a heavy model per query is out of reach."
            ],
        },
        ("search-ranking", "offline-only-launch"): {
            "mistake": [
                "If the new model wins clearly on both rater sets, I'd ship it to everyone."
            ],
            "against": [],
            "mention": [],
        },
        ("spam-detection", "humans-read-mail"): {
            "mistake": [
                "I want the rater team to label a random sample of delivered mail, not only "
                "opted-in mail.",
            ],
            "against": [],
            "mention": ["The rater team labels mail from users who opted in."],
        },
        ("visual-search", "brute-force-search"): {
            "mistake": [
                "I'd go for exact nearest-neighbour search rather than an approximate index."
            ],
            "against": [],
            "mention": [],
        },
        ("people-you-may-know", "engagement-only-objective"): {
            "mistake": [],
            "against": [],
            "mention": ["The target is an accepted invitation."],
        },
        ("query-autocomplete", "llm-per-keystroke"): {
            "mistake": [
                "Long tail: an LLM generates completions on every keystroke, served on GPU with "
                "continuous batching.",
            ],
            "against": [],
            "mention": [],
        },
    }
)
PARAPHRASED_CANON["resampled-test-set"]["mistake"] += [
    "Validation: AUC on a slice drawn from the same downsampled set we train on.",
]

# A mistake said over two sentences, the second pointing back at the first.
PARAPHRASED_CANON["resampled-test-set"]["mistake"] += [
    "Offline: AUC on the validation slice. Since it's drawn from the same downsampled set we "
    "train on, it's cheap to score.",
]
PARAPHRASED_CANON["resampled-test-set"]["mention"] += [
    "Offline: AUC on the validation slice. We downsample negatives to 5% for training only.",
    "We downsample negatives 1:10 for training. It is evaluated on the real base rate.",
]
PARAPHRASED_CANON["random-split"]["mention"] += [
    "A random forest baseline gets 0.9 AUC on the test set.",
    "Random forests are a baseline. It gets 0.9 AUC on the test set.",
]
PARAPHRASED[("recommendation", "unobserved-as-negative")]["mistake"].append(
    "For negatives I take random videos the user never interacted with. All of them are "
    "'not interested', so label 0."
)
PARAPHRASED[("recommendation", "unobserved-as-negative")]["mention"].append(
    "An impression shown but not clicked is a soft negative; videos that were never shown "
    "to the user aren't labelled at all."
)

# A question makes no choice; its short answer does.
for _case in ("feed-ranking", "search-ranking"):
    PARAPHRASED[(_case, "engagement-only-objective")]["mistake"].append(
        "What are we optimising for? Clicks."
    )
    PARAPHRASED[(_case, "engagement-only-objective")]["against"] += [
        "Why not optimise clicks? They reward clickbait.",
        "Can we just maximise clicks? It backfired last year.",
        "Should we maximise clicks? No.",
    ]
    PARAPHRASED[(_case, "engagement-only-objective")]["mention"].append(
        "Do we optimise clicks? Only as one head among several."
    )
PARAPHRASED_CANON["random-split"]["mistake"].append("How do we split the data? Randomly, 80/20.")
PARAPHRASED_CANON["random-split"]["mention"].append("How do we split the data? By time.")

PARAPHRASED_CANON["offline-only-launch"]["mistake"].append("- launch: if AUC up -> 100%")
PARAPHRASED_CANON["offline-only-launch"]["mention"] += [
    "If the A/B test shows higher revenue, we go to 100%.",
    "Recall is higher offline, so it goes to shadow mode first.",
]

_add_paraphrases(
    {
        ("fraud-detection", "unobserved-as-negative"): {
            "mistake": [
                "Label: fraud if charged back, otherwise good.",
                "Approved ones without disputes are clean.",
            ],
            "against": [],
            "mention": [],
        },
        ("fraud-detection", "threshold-at-half"): {
            "mistake": ["Block at 0.5."],
            "against": [],
            "mention": [],
        },
        ("harmful-content", "unobserved-as-negative"): {
            "mistake": ["Anything that wasn't flagged by users is treated as safe."],
            "against": [],
            "mention": [],
        },
        ("harmful-content", "reports-as-ground-truth"): {
            "mistake": ["We treat each report as a confirmed violation."],
            "against": [],
            "mention": ["Each report is confirmed by reviewers before it becomes a label."],
        },
        ("feed-ranking", "engagement-only-objective"): {
            "mistake": ["We rank posts by predicted engagement."],
            "against": [],
            "mention": [
                "We rank posts by predicted engagement minus a penalty for predicted hides."
            ],
        },
        ("feed-ranking", "unobserved-as-negative"): {
            "mistake": ["Posts the user never saw are negatives."],
            "against": [],
            "mention": [],
        },
        ("notification-ranking", "unobserved-as-negative"): {
            "mistake": ["Pushes we didn't send count as not opened."],
            "against": [],
            "mention": [],
        },
        ("ads-ctr", "engagement-only-objective"): {
            "mistake": ["Rank ads by pCTR alone."],
            "against": [],
            "mention": [],
        },
        ("rag-assistant", "engagement-only-objective"): {
            "mistake": [
                "Success metric: number of conversations per user.",
                "We optimise for weekly active users.",
            ],
            "against": [],
            "mention": [
                "Success is the share of conversations that end with a correct, sourced answer "
                "and no ticket.",
            ],
        },
        ("rag-assistant", "offline-only-launch"): {
            "mistake": ["Once the golden set scores are good we launch to all 40,000 employees."],
            "against": [],
            "mention": [],
        },
    }
)


# Round 12: the right choice written near the mistake's words, as the wrong-15 answers (read
# after they were measured) and people generally write it. Each kind: the mistake still fires,
# the same words argued against or used correctly do not.
_add_paraphrases(
    {
        # someone else's proposal, told with a verb of proposing or "a proposal I've heard"
        ("eta-prediction", "shown-eta-as-label"): {
            "mistake": [
                "I proposed using the ETA we showed the customer as the target, "
                "since it is cleaner."
            ],
            "against": [
                "Somebody on my old team proposed using the ETA we showed the customer as the "
                "target, but that only teaches the model to copy the old guess.",
                "A colleague suggested the displayed ETA as the label; the model would just learn "
                "to copy the old estimate, so no.",
            ],
            "mention": [],
        },
        ("search-ranking", "full-catalog-ranking"): {
            "mistake": ["I'd run a small neural ranker over every listing on GPUs."],
            "against": [
                "One proposal I've heard is to run a small neural ranker over every listing on "
                "GPUs; even at a microsecond per item that's 100 seconds per query.",
            ],
            "mention": [],
        },
        # weighed and rejected: "and rejected it"
        ("rag-assistant", "fine-tune-as-knowledge"): {
            "mistake": ["We fine-tune an LLM on the whole corpus so it knows the company."],
            "against": [
                "I considered fine-tuning an LLM on the whole corpus so it knows the company, and "
                "rejected it: it goes stale the moment a doc is edited.",
            ],
            "mention": [],
        },
        # a turn after the mistake does not make someone else's choice the answer's own
        ("feed-ranking", "chronological-only"): {
            "mistake": ["We show a purely chronological feed."],
            "against": [
                "Some people argue for a purely chronological feed, but it cannot rank 1,500 "
                "candidates per load.",
                "Going back to a purely chronological feed is not an answer for 1,500 candidates "
                "per load.",
            ],
            "mention": [],
        },
        # verdicts: "exactly what I don't want", "out of the question"
        ("feed-ranking", "engagement-only-objective"): {
            "mistake": ["We maximise a single engagement number."],
            "against": ["Maximising a single engagement number is exactly what I don't want."],
            "mention": [],
        },
        ("recommendation", "score-entire-catalog"): {
            "mistake": ["The ranker scores the full catalogue per request."],
            "against": [
                "Scoring the full catalogue with the ranker per request is out of the question at "
                "this size.",
            ],
            "mention": [],
        },
        # a consequence that overstates a measure criticises what would cause it
        ("spam-detection", "random-split"): {
            "mistake": ["We do a random shuffle of the messages into train and test."],
            "against": [
                "Spammers change templates weekly; a random shuffle would spread one campaign "
                "across train and test and overstate recall.",
            ],
            "mention": [],
        },
        # the accuracy of people, not of the model
        ("spam-detection", "accuracy-as-metric"): {
            "mistake": ["We measure the accuracy of the model on the test set."],
            "against": [],
            "mention": [
                "Clean labels from raters, which lets us measure the accuracy of human reviewers "
                "with overlap.",
            ],
        },
        # "X is not the objective": the negation ends on the phrase "the objective" but is not
        # part of it
        ("notification-ranking", "engagement-only-objective"): {
            "mistake": ["Opens are the objective."],
            "against": [
                "Opens are not the objective.",
                "Opens/CTR are not the objective (optimising opens alone leads to spammy blasts, "
                "then opt-outs).",
            ],
            "mention": [],
        },
        # a 50/50 traffic split of an A/B test, a well-balanced split: not a resampled test set
        ("people-you-may-know", "resampled-test-set"): {
            "mistake": ["Evaluate on a 50/50 balanced test set of pairs."],
            "against": [],
            "mention": [
                "Online: a normal A/B test, randomise by member 50/50, "
                "measure accepted connections.",
            ],
        },
        ("feed-ranking", "resampled-test-set"): {
            "mistake": ["Validation set balanced 50/50 between positives and negatives."],
            "against": [],
            "mention": [
                "For validation I hold out 5% of users, "
                "which gives a well-balanced validation set.",
            ],
        },
    }
)


# "hurts" is criticism; a reason ("since", "because") is about something else, so criticism
# there does not take back the mistake the main clause makes.
PARAPHRASED[("demand-forecasting", "point-forecast-only")]["mistake"] += [
    "We staff to the mean forecast because idle couriers hurt margins.",
]
PARAPHRASED[("demand-forecasting", "point-forecast-only")]["against"] += [
    "Staffing to the mean forecast would systematically under-supply exactly the busy "
    "evenings where shortage hurts most.",
]
PARAPHRASED_CANON["random-split"]["against"] += [
    "Split by time, because a random split of the rows would leak next week into training.",
]


# Missed mistakes of wrong-15, in general form: "never got shown" as the unobserved side, "no
# need to engineer a degraded path" as a refused fallback; a current snapshot "at training
# time" is the mistake ("snapshotted at" stemmed to "snapshot at" took it back).
_add_paraphrases(
    {
        ("feed-ranking", "unobserved-as-negative"): {
            "mistake": [
                "I'd add the eligible posts that never got shown, "
                "labelled as negatives for all heads.",
            ],
            "against": [],
            "mention": [
                "Posts that never got shown carry no label; negatives come from impressions."
            ],
        },
        ("rag-assistant", "no-fallback"): {
            "mistake": [
                "The LLM provider has a 99.9% SLA, so there's no need to engineer a degraded path.",
            ],
            "against": [],
            "mention": [
                "If the LLM is down we fall back to plain search results, so there is no need to "
                "engineer anything fancier.",
            ],
        },
        ("people-you-may-know", "future-leakage"): {
            "mistake": [
                "For the graph features I compute them from the current graph snapshot at training "
                "time; it is much simpler than keeping history snapshots.",
            ],
            "against": [],
            "mention": [
                "Graph features are snapshotted at each impression, never taken from the current "
                "graph.",
            ],
        },
    }
)


# Correct uses of the mistakes' words the round-11 families read as mistakes: "beyond-accuracy
# metrics", log loss as a model's training objective, negatives downsampled for training and
# scores recalibrated before evaluation.
PARAPHRASED_CANON["accuracy-as-metric"]["mention"] += [
    "Offline we also report beyond-accuracy metrics such as diversity and coverage.",
]
_add_paraphrases(
    {
        ("ads-ctr", "engagement-only-objective"): {
            "mistake": ["The objective is to maximise clicks."],
            "against": [],
            "mention": ["Log loss is the training objective for the click model."],
        },
        ("fraud-detection", "resampled-test-set"): {
            "mistake": ["Evaluate on a balanced test set."],
            "against": [],
            "mention": [
                "Negatives are downsampled 1:20 for training, and the scores are recalibrated "
                "before evaluation on last month's traffic.",
            ],
        },
    }
)


# A fallback refused with "separate" or a hedge between the words: "not build a separate
# degraded mode", "a separate fallback path isn't really needed"; the rules engine named as
# the fallback still takes it back.
PARAPHRASED_CANON["no-fallback"]["mistake"] += [
    "The provider has an SLA, so I'd not build a separate degraded mode.",
    "A separate fallback path isn't really needed: the model is behind a load balancer.",
]
PARAPHRASED_CANON["no-fallback"]["mention"] += [
    "If the model times out we fall back to the rules engine, so a separate fallback path "
    "isn't really needed beyond that.",
]


def _paraphrased(kind: str) -> list[Probe]:
    out: list[Probe] = []
    for case_id, flags in APPLIES.items():
        for flag_id in flags:
            for sentence in PARAPHRASED_CANON.get(flag_id, {}).get(kind, ()):
                out.append((case_id, flag_id, sentence))
    for (case_id, flag_id), kinds in PARAPHRASED.items():
        for sentence in kinds[kind]:
            out.append((case_id, flag_id, sentence))
    return out


@pytest.mark.parametrize(
    ("case_id", "sentence"),
    [
        pytest.param(case_id, sentence)
        for case_id, flags in APPLIES.items()
        if "offline-only-launch" in flags
        for sentence in PARAPHRASED_CANON["offline-only-launch"]["mistake_besides_the_right_choice"]
    ],
)
def test_the_right_choice_negated_or_judged_takes_nothing_back(
    library: Library, case_id: str, sentence: str
) -> None:
    """A flag's `unless` (an A/B test) takes the mistake back only where the sentence chooses
    it: refused ("no A/B test") or the subject of a verdict ("an A/B test ... is slow"), the
    offline launch still stands."""
    assert "offline-only-launch" in fired(library, case_id, sentence)


def test_an_article_that_is_also_a_phrase_word_is_still_skipped(library: Library) -> None:
    """ "no need for a fallback" is read past its "a" although "no need for an A/B test" (whose
    "a" is a word of the phrase) shares its first words in the same rubric."""
    for case_id in ("fraud-detection", "rag-assistant"):
        rubric = library.rubric(case_id)
        launch = next(f for f in rubric.red_flags if f.id == "offline-only-launch")
        assert any("no need for an a/b test" in group for group in launch.evidence)
        assert "no-fallback" in fired(library, case_id, "There's no need for a fallback.")


def test_a_long_run_of_articles_is_read_without_recursing_through_it(library: Library) -> None:
    """Trying an article both ways happens at most once per word of a phrase: a run of
    thousands of "a" inside a phrase's words neither recurses past Python's limit nor finds a
    phrase across it."""
    text = "If the model times out we return " + "a " * 3000 + "error."
    assert "no-fallback" not in fired(library, "rag-assistant", text)
    assert "no-fallback" in fired(library, "rag-assistant", "If it times out we return an error.")


# -- refusals said after what they refuse (grading/negation/ `_refused_after`) ---------------
# These were red-flag-only tables in evidence.py; as negation cues an item gets them too.

REFUSED_AFTER = [
    "I considered gradient boosted trees like XGBoost on the tabular features, and I'd rule it "
    "out for v1.",
    "I looked at gradient boosted trees like XGBoost on the tabular features and rejected them.",
    "Gradient boosted trees like XGBoost on the tabular features are the usual answer, but I "
    "wouldn't.",
    "Gradient boosted trees like XGBoost on the tabular features would be tempting, so no.",
]


def _item_state(library: Library, case_id: str, item_id: str, text: str) -> str:
    result = grade_whole(library.compiled(case_id), text)
    found = [i for s in result.sections for i in s.items if i.item.id == item_id]
    return "met" if found[0].met else "named" if found[0].named else "missed"


@pytest.mark.parametrize("sentence", REFUSED_AFTER)
def test_an_idea_refused_after_it_is_told_earns_nothing(library: Library, sentence: str) -> None:
    assert _item_state(library, "fraud-detection", "tree-ensemble", sentence) == "missed"


def test_an_idea_told_without_a_refusal_after_it_is_met(library: Library) -> None:
    """The control for the test above: the same words, chosen."""
    sentence = "We'd train gradient boosted trees like XGBoost on the tabular features."
    assert _item_state(library, "fraud-detection", "tree-ensemble", sentence) == "met"


# -- refusing the right choice (a flag's `refused` phrases, read through the negation stage) ---
# Written after the change, in words the old 190-phrase list did not hold: the fallback is
# refused in any wording a negation cue reaches, and never when the refusal is itself refused
# or judged, told as someone else's, asked about, or stated beside the fallback chosen.

REFUSING_THE_FALLBACK = {
    "mistake": [
        "I would not bother with any degraded path; the model service is replicated.",
        "We will skip the backup scoring path entirely.",
        "There is no fallback path needed here.",
        "A fallback is something I'd leave out of v1.",
        "Fallbacks are overkill for this service.",
        "I don't think we need a plan B; the cluster has three replicas.",
        "We won't design any graceful degradation: the provider has a 99.9% SLA.",
        "No contingency plan is needed for the scorer.",
        "I'd rather not maintain a backup ranking path.",
    ],
    "against": [
        "Running without a fallback would be reckless.",
        "Never ship a scoring service without a fallback.",
        "Going without a fallback is a bad idea, so the cached scores take over on timeout.",
        "The fallback is the cached scores, served when the model times out.",
        "We can't skip the fallback: requests can't wait.",
        "Is a fallback needed? Yes: the cached scores.",
        "Some teams ship without a fallback, but we keep the cached scores as backup.",
        "If the model times out we serve the cached scores, so no separate degraded mode is "
        "needed beyond that.",
    ],
}


@pytest.mark.parametrize(
    ("case_id", "sentence"),
    [
        pytest.param(case_id, sentence)
        for case_id in ("fraud-detection", "rag-assistant", "search-ranking")
        for sentence in REFUSING_THE_FALLBACK["mistake"]
    ],
)
def test_refusing_the_fallback_in_any_words_raises_the_flag(
    library: Library, case_id: str, sentence: str
) -> None:
    assert "no-fallback" in fired(library, case_id, sentence)


@pytest.mark.parametrize(
    ("case_id", "sentence"),
    [
        pytest.param(case_id, sentence)
        for case_id in ("fraud-detection", "rag-assistant", "search-ranking")
        for sentence in REFUSING_THE_FALLBACK["against"]
    ],
)
def test_a_refusal_refused_judged_or_asked_is_no_mistake(
    library: Library, case_id: str, sentence: str
) -> None:
    assert "no-fallback" not in fired(library, case_id, sentence)


def test_the_fallback_flag_lists_its_refusals_as_one_concept(library: Library) -> None:
    """The refusals are read, not listed: every case names the fallback plainly in
    `refused`, and its evidence holds only the mistakes said outright ("return an error")."""
    for case_id in APPLIES:
        flag = next((f for f in library.rubric(case_id).red_flags if f.id == "no-fallback"), None)
        if flag is None:
            continue
        assert "fallback" in flag.refused
        assert all(len(group) <= 60 for group in flag.evidence)


# -- general readings of English around a mistake (round 12, flags16) -------------------------
# Probe sentences written for classes of sentence, not for a rubric's wording: a criticism
# said of the mistake in a second predicate; a condition whose criticism describes the case;
# the mistake told only as the condition of a consequence, or as "how you end up with";
# nobody's choice; the right choice named only to be given up.

READINGS_NO_FLAG = [
    # criticism in a second predicate of the same subject
    (
        "search-ranking",
        "engagement-only-objective",
        "Clicks are easy to optimise but a poor proxy for relevance.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Clicks are easy to optimise but a poor proxy for long-term satisfaction.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Watch time is easy to measure but misleading as the only objective.",
    ),
    # the mistake only as the condition of a consequence
    (
        "people-you-may-know",
        "engagement-only-objective",
        "If we optimise invites we just help recruiters and spammers blast strangers.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "If we optimise for clicks, the feed fills with clickbait.",
    ),
    (
        "people-you-may-know",
        "engagement-only-objective",
        "Optimising invitations is how you end up with recruiters spamming strangers.",
    ),
    # nobody's choice
    ("spam-detection", "humans-read-mail", "Nobody reads users' mail."),
    ("spam-detection", "humans-read-mail", "No one reads users' mail, not even the raters."),
    # a condition's criticism describes the case; the right choice follows
    (
        "rag-assistant",
        "no-fallback",
        "If retrieval fails we fall back to a keyword search, so no separate degraded mode "
        "is needed.",
    ),
]
# The right choice stated in the rubric (`unless`), in words other than the answers': future
# outcomes kept for evaluation, a launch gated ("only ... once") on an offline win, a random
# sample graded by raters, skip-above negatives.
READINGS_NO_FLAG += [
    (
        "fraud-detection",
        "future-leakage",
        "The chargeback outcome is kept for evaluation only, never as a feature input.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Next day's clicks are what we evaluate on; features stop at the impression.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "We only launch once the offline recall beats the rules engine.",
    ),
    (
        "query-autocomplete",
        "random-split",
        "Human raters grade a random sample of prefixes each week as the test set.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "A product shown above a click and not clicked is a negative.",
    ),
]
# The mistake's own clause judging it: a verdict after "is the" ("it is the wrong one"),
# "too" something, "better than it is", and plain words of criticism ("arbitrary").
READINGS_NO_FLAG += [
    (
        "fraud-detection",
        "accuracy-as-metric",
        "The obvious metric is accuracy, and it is the wrong one.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "Batch scoring overnight would be too late for payments.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Evaluating on the balanced set would make precision look 500x better than it is.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "The 0.5 threshold is arbitrary; we pick the cut-off from the cost of each error.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Pure engagement optimisation is what got the feed into trouble last year.",
    ),
]
READINGS_NO_FLAG += [
    (
        "feed-ranking",
        "chronological-only",
        "A purely chronological feed buries the best posts, so we rank.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring the entire catalogue per request is impossible at 10M items, so we retrieve "
        "500 candidates first.",
    ),
]
# A verdict in the clause after the mistake's ("...; that's a trap"), and a mistake told as
# what many teams do.
READINGS_NO_FLAG += [
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We report accuracy; at this base rate that's a trap.",
    ),
    ("fraud-detection", "accuracy-as-metric", "Many teams report accuracy as the headline metric."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Engagement-only objectives lead to outrage bait; we add surveys and hides.",
    ),
]
# The mistake denied in its own clause ("doesn't scale", "is never acceptable"), floated with
# "could"/"might" and turned from ("..., but a time split is safer"), or said to flatter.
READINGS_NO_FLAG += [
    ("recommendation", "score-entire-catalog", "Scoring every item per request doesn't scale."),
    ("spam-detection", "silent-deletion", "Silently deleting mail is never acceptable."),
    (
        "fraud-detection",
        "random-split",
        "We could shuffle and split randomly, but a time split is safer.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "One might just use 0.5 as the threshold, though a cost-based cut-off is better.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Downsampled test sets flatter precision; ours keeps the real 0.1% rate.",
    ),
]
# The rubric's "accuracy of the labels" read with words between: the accuracy is the labels'.
READINGS_NO_FLAG += [
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We measure the accuracy of the chargeback labels against analyst reviews.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We check the accuracy of our human reviewers every week.",
    ),
]
# The right choice stated as what something is ("... up to the transaction time is a
# feature", "but the label is the actual delivery time"): no verdict on it.
READINGS_NO_FLAG += [
    (
        "fraud-detection",
        "future-leakage",
        "Chargebacks are the label; card-level chargeback history up to the transaction time "
        "is a feature.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "We show the ETA at checkout and log it, but the label is the actual delivery time.",
    ),
]
READINGS_FLAG = [
    (
        "eta-prediction",
        "shown-eta-as-label",
        "We train on the ETA shown at checkout as the label, since the actual delivery time "
        "is noisy.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "We add the final dispute outcome to the feature set at training time.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We measure the accuracy of the model on the test set.",
    ),
    # said to suffice is no denial
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring every item per request doesn't need a separate retrieval stage.",
    ),
    # a capitalised word of criticism mid-sentence is a name, not a verdict
    (
        "spam-detection",
        "offline-only-launch",
        "If it beats the old Naive Bayes on the held-out week offline, it ships everywhere.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We use accuracy as the metric. It's simple to explain, and wrong answers are rare.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We report accuracy as the main metric. That's what leadership understands.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "A nightly batch job scores the day's transactions and declines the risky ones.",
    ),
    ("fraud-detection", "resampled-test-set", "We evaluate on the balanced set too."),
    (
        "fraud-detection",
        "future-leakage",
        "We use the chargeback outcome as a feature; it is the strongest signal.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Once the model beats the baseline offline we roll it out to everyone.",
    ),
    (
        "query-autocomplete",
        "random-split",
        "We take a random 10% of the logged prefixes as the test set.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Products that were never shown to the user are labelled as negatives.",
    ),
    # the same words, choosing
    (
        "feed-ranking",
        "engagement-only-objective",
        "We optimise clicks because that is what the business tracks.",
    ),
    ("spam-detection", "humans-read-mail", "Reviewers read a sample of users' mail to label spam."),
    (
        "fraud-detection",
        "threshold-at-half",
        "If we set the threshold at 0.5 we block every payment above it.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "If the offline AUC improves we ship it to everyone.",
    ),
    # a condition's criticism does not take back the choice after it
    ("fraud-detection", "no-fallback", "If the model fails we return an error."),
    ("fraud-detection", "no-fallback", "When the scorer crashes we just return an error."),
    # the right choice named only to be given up
    (
        "search-ranking",
        "offline-only-launch",
        "The A/B test takes too long, so we launch when offline NDCG improves.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "The A/B test takes too long, so we launch when offline AUC improves.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "An online experiment is too slow here; we ship once the offline AUC beats the baseline.",
    ),
]


def test_the_right_choice_kept_too_still_takes_the_mistake_back(library: Library) -> None:
    """ "too" closing a clause is "also", not a verdict: the A/B test is still chosen."""
    sentence = "If it beats the baseline offline, we run an A/B test too."
    assert "offline-only-launch" not in fired(library, "fraud-detection", sentence)


# The same reading for other mistakes that are the right choice refused: no A/B test, no
# candidate generation stage, no uplift model, no reconstruction of lost demand. A kind of the
# right choice refused ("a member-level A/B test", "a dense retrieval stage") or a fact ("we
# can't learn uplift from the existing logs") makes no mistake.
REFUSING_THE_RIGHT_CHOICE = [
    (
        "fraud-detection",
        "offline-only-launch",
        "No A/B test: the offline replay on last quarter is convincing enough.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "I wouldn't bother with a candidate generation stage; the ranker can take it.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "I won't model uplift; P(open) is what we rank on.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "I wouldn't try to reconstruct lost demand; the model learns from what was delivered.",
    ),
]
# The right choice said to be absent from the design is the mistake too, no refusal voiced.
REFUSING_THE_RIGHT_CHOICE += [
    ("fraud-detection", "no-fallback", "We have no fallback."),
    ("fraud-detection", "no-fallback", "The service runs without a fallback."),
    (
        "fraud-detection",
        "no-fallback",
        "The scorer has no backup path; it is replicated three times.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "The assistant has no degraded mode, since the provider has an SLA.",
    ),
]
REFUSING_THE_RIGHT_CHOICE += [
    ("notification-ranking", "no-volume-limit", "There's no cap on pushes; the model decides."),
    (
        "notification-ranking",
        "no-volume-limit",
        "I wouldn't add a frequency cap; the model learns fatigue.",
    ),
]
REFUSING_A_KIND_OR_A_FACT = [
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We don't need uplift for the transactional pushes, only for the marketing ones.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "We skip the canary because the A/B test already covers it.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Without a cap we would spam users, so each user gets at most three pushes a day.",
    ),
    ("notification-ranking", "no-volume-limit", "Removing the cap would be a mistake."),
    (
        "people-you-may-know",
        "offline-only-launch",
        "No member-level A/B test: we randomise by graph cluster.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "We can't A/B test the threshold on all users, so we run champion/challenger on 5% of "
        "traffic.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We can't learn uplift from the existing logs, so we first collect randomised holdout "
        "data.",
    ),
    (
        "search-ranking",
        "full-catalog-ranking",
        "I would not add a dense embedding retrieval stage in v1; BM25 retrieves the candidates.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Ignoring lost demand would be a mistake, so we reconstruct it from app sessions.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Skipping candidate generation is impossible at this catalogue size.",
    ),
]


# A sample of the refusals the old no-fallback list spelled out one by one (190 phrases, 153
# of them refusals): the reading still finds every one, and their plain statements.
OLD_LIST_REFUSALS = [
    "No need for a fallback.",
    "Fallback is overkill.",
    "For v1, we wouldn't bother with a fallback path.",
    "For v1, we won't keep a backup.",
    "For v1, we don't have any fallback.",
    "For v1, we never build a fallback.",
    "No degraded mode.",
    "No safe default.",
    "For v1, we don't plan a separate degraded path.",
    "No need to engineer a degraded path.",
    "Redundancy instead of a fallback.",
    "Fallback path isn't really needed.",
]


@pytest.mark.parametrize("sentence", OLD_LIST_REFUSALS)
def test_the_refusals_the_old_list_spelled_out_are_still_read(
    library: Library, sentence: str
) -> None:
    assert "no-fallback" in fired(library, "fraud-detection", sentence)


# A label or a list lead-in that names what follows as mistakes warns of every item.
WARNED_OF = [
    (
        "fraud-detection",
        "Common mistakes:\n- a random train/test split\n- optimising accuracy\n- a 0.5 threshold",
    ),
    (
        "search-ranking",
        "Red flags I watch for: optimising clicks only, ranking the full catalogue per query.",
    ),
    ("fraud-detection", "Traps: accuracy (99.9% by approving all), random split (leaks future)."),
]
PLANNED = [
    ("fraud-detection", "Plan:\n- random 80/20 train/test split\n- accuracy as the metric"),
    ("fraud-detection", "Evaluation: shuffle the data and split randomly 80/20."),
]


@pytest.mark.parametrize(("case_id", "text"), WARNED_OF)
def test_items_under_a_label_of_mistakes_are_warnings(
    library: Library, case_id: str, text: str
) -> None:
    assert fired(library, case_id, text) == []


@pytest.mark.parametrize(("case_id", "text"), PLANNED)
def test_items_under_a_plain_label_are_choices(library: Library, case_id: str, text: str) -> None:
    assert fired(library, case_id, text) != []


# -- round 13 (flags18): a random split without a split word; quotes that are clauses ---------
# "random split of <things>", "randomly split", "shuffle and split" say the split on their
# own in a case whose data is time-ordered; refused or set against a split by time they don't.
READINGS_FLAG += [
    ("eta-prediction", "random-split", "We use a random split of trips."),
    ("demand-forecasting", "random-split", "Evaluation is a random split of store-days."),
    ("fraud-detection", "random-split", "We randomly split the payments and train on most."),
    ("feed-ranking", "random-split", "Shuffle and split, then fit the ranker."),
    ("search-ranking", "random-split", "Sessions are split randomly, 80/20."),
    ("notification-ranking", "random-split", "Offline we'd do an 80/20 random over all sends."),
]
READINGS_NO_FLAG += [
    ("eta-prediction", "random-split", "Instead of a random split of trips, we hold out by week."),
    ("demand-forecasting", "random-split", "Not a random split of store-days: the last month."),
    (
        "fraud-detection",
        "random-split",
        "I'd never randomly split payments that are ordered in time.",
    ),
    ("feed-ranking", "random-split", "We randomly split users into two arms for the online test."),
    ("search-ranking", "random-split", "Traffic is split randomly between the old and new ranker."),
    (
        "spam-detection",
        "random-split",
        "A random split of messages would leak campaigns across sets.",
    ),
]

# The mistake opening a clause about what it would do warns ("a random split would ..."),
# unless what it would do is to be good enough.
READINGS_NO_FLAG += [
    (
        "eta-prediction",
        "random-split",
        "A random split would scatter one evening across both sets.",
    ),
    ("demand-forecasting", "random-split", "Random split would mix next month into training."),
]
READINGS_FLAG += [
    ("eta-prediction", "random-split", "A random split of trips would work, so that's the plan."),
]

# A negation in the subject's relative clause describes the subject; a linking verb after it
# says what the answer takes it to be ("every post that got no like is a negative").
READINGS_FLAG += [
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Every eligible post that drew no reaction is a negative.",
    ),
    ("feed-ranking", "unobserved-as-negative", "Posts that weren't shown count as negatives."),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Everything not yet charged back counts as legitimate.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Whatever hasn't had a dispute yet we label as legit.",
    ),
]
READINGS_NO_FLAG += [
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Eligible posts that got no impression are not negatives.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "We wait for labels to mature, so nothing not yet charged back is called legitimate.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Negatives: suggestions that were shown and got no invite.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Features per payment, joined to the fraud labels by id.",
    ),
]
# What the answer chooses "rather than" something: criticism after it is of the other thing.
READINGS_FLAG += [
    (
        "eta-prediction",
        "no-fallback",
        "When routing is down the app shows no ETA rather than a poor one.",
    ),
]
READINGS_NO_FLAG += [
    (
        "eta-prediction",
        "no-fallback",
        "If routing is down we fall back to the heuristic rather than show no estimate.",
    ),
]
# Scores fed to the auction as they come out of a model trained on sampled negatives; the
# ranking said to be all that matters because the order is unchanged.
READINGS_FLAG += [
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Negatives are sampled at 10%, and the network output goes straight into bid x pCTR.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Sampling inflates every score alike, so the ordering is preserved and that's enough.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "We report AUC on a held-out day sampled the same way as training.",
    ),
]
READINGS_NO_FLAG += [
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "The network output is recalibrated for the sampling before it goes into the auction.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Sampling keeps the ordering the same, but bids need true probabilities, so we "
        "recalibrate.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "Training negatives are sampled; the held-out day keeps its real distribution.",
    ),
]

# The objective named as the primary/main metric; the feed's satisfaction signal refused.
READINGS_FLAG += [
    (
        "people-you-may-know",
        "engagement-only-objective",
        "The primary metric is invites sent per viewer.",
    ),
    ("search-ranking", "engagement-only-objective", "Primary metric: CTR on the first page."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We rank by predicted likes and skip the survey: too few answers.",
    ),
]
READINGS_NO_FLAG += [
    (
        "notification-ranking",
        "engagement-only-objective",
        "Main metrics: DAU first, then open rate as a diagnostic.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The survey is sparse, so we don't train on it but tune the weights against it.",
    ),
]

# What cannot be done is no choice ("couldn't respect permissions"); a line opening on a
# label ("Features:") starts a note of its own, even after a long line.
READINGS_NO_FLAG += [
    (
        "rag-assistant",
        "permissions-in-prompt",
        "A prompt instruction can't reliably respect permissions, so ACLs filter retrieval.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "We can't ship on an offline win alone; the test decides.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Target: minutes from order placed to the delivered timestamp in the logs\n"
        "Features:\n- distance, hour, weather",
    ),
]
READINGS_FLAG += [
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We add the user's groups in the prompt and ask the model to respect permissions.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Features: distance, hour, weather and the delivered timestamp\nLabel: minutes to delivery",
    ),
]

# Sending on the open probability said as a threshold it clears, the users likeliest to tap,
# what we rank on; uplift refused as a road not gone down.
READINGS_FLAG += [
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Each candidate gets P(open); we send it if it clears the threshold.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Send to the users most likely to tap, that's the whole policy.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "I'm not going down the uplift route for this.",
    ),
]
READINGS_NO_FLAG += [
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We send when the uplift clears the threshold, not when P(open) is high.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We still score P(open), but sends are decided on the predicted uplift.",
    ),
]

# Raters reading mail said as "incoming/inbound mail".
READINGS_FLAG += [
    (
        "spam-detection",
        "humans-read-mail",
        "Raters label a uniform sample of all incoming mail each day.",
    ),
]
READINGS_NO_FLAG += [
    (
        "spam-detection",
        "humans-read-mail",
        "Raters label incoming mail only from users who opted in to sharing.",
    ),
]

# Clicks named as a secondary metric beside the primary one are not the only objective.
READINGS_NO_FLAG += [
    (
        "feed-ranking",
        "engagement-only-objective",
        "Primary metric is retention at 28 days, with likes as a secondary metric.",
    ),
]

# Permissions left to the generator: the groups go into the prompt, access enforced at
# generation, the model instructed to use only what the user may see.
READINGS_FLAG += [
    (
        "rag-assistant",
        "permissions-in-prompt",
        "The asker's groups go into the system prompt and the model sorts it out.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "One index for all, and we enforce access at generation.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "The model is instructed to use only documents the asker may open.",
    ),
]
READINGS_NO_FLAG += [
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We never put the asker's groups into the prompt; ACLs filter at retrieval.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Enforcing access at generation would leak text, so retrieval filters by ACL.",
    ),
]

# Every query admitted as a suggestion: "every normalised query", the frequency cut dropped.
READINGS_FLAG += [
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Every normalized query of the last month is indexed as a completion.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "I'd drop the frequency threshold so the long tail gets in.",
    ),
]
READINGS_NO_FLAG += [
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "We keep the frequency threshold; dropping the cut would surface typos.",
    ),
]

QUOTED_CLAUSES: list[tuple[str, str, str, str]] = [
    # (case, flag, answer, the clause the quote must be)
    (
        "eta-prediction",
        "random-split",
        "Data. We use a random split of trips. Then XGBoost.",
        "We use a random split of trips",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "Launch: once the new ranker improves NDCG offline, we roll it out to everyone.",
        "Launch: once the new ranker improves NDCG offline",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text", "clause"), QUOTED_CLAUSES)
def test_a_flag_quotes_the_clause_that_makes_the_mistake(
    library: Library, case_id: str, flag_id: str, text: str, clause: str
) -> None:
    hits = [
        h for h in grade_whole(library.compiled(case_id), text).red_flags if h.flag.id == flag_id
    ]
    assert hits, flag_id
    (quote,) = hits[0].evidence
    assert quote.text == clause
    assert text[quote.start : quote.end] == clause


# -- round 12 wave 2: careful answers discuss the mistakes they avoid --------------------------
# Each reading with probes in fresh wording both ways: the discussion keeps the flag quiet, the
# same words making the choice still raise it.

DISCUSSED: list[tuple[str, str, str]] = [
    # someone else's view told after a topic label that holds a word of the mistake
    (
        "feed-ranking",
        "chronological-only",
        "On chronology: some people argue for a purely chronological feed.",
    ),
    # a named party's view foreseen ("X will argue", "Y may insist", "some would say")
    (
        "fraud-detection",
        "threshold-at-half",
        "Finance will argue that a threshold of 0.5 is simplest, but the costs are asymmetric.",
    ),
    ("fraud-detection", "threshold-at-half", "Legal may insist on a threshold of 0.5."),
    (
        "feed-ranking",
        "chronological-only",
        "About recency: some engineers will say we should just sort the feed chronologically.",
    ),
    # the mistake put first as the object of a refusal
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy as the headline metric we simply will not use.",
    ),
    (
        "fraud-detection",
        "random-split",
        "A random shuffle of the transactions I would never do here.",
    ),
    # the mistake dismissed as off the table, out of the question, a non-starter
    (
        "fraud-detection",
        "random-split",
        "A random train/test split is off the table for time-ordered payments.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "Scoring in a nightly batch job would be a non-starter.",
    ),
    # what a generic someone who makes the mistake does
    (
        "fraud-detection",
        "accuracy-as-metric",
        "A team that reports accuracy will celebrate 99.9% and catch nothing.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Anyone who shuffles payments randomly before splitting leaks the future.",
    ),
    # "X, not Y": the right kind of the mistake's thing set against the wrong kind
    (
        "fraud-detection",
        "resampled-test-set",
        "The test set stays at its real balance, not rebalanced.",
    ),
    # the refused idea weighed in the next sentence
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "We ground answers in retrieved passages instead of fine-tuning the model on the wiki. "
        "Fine-tuning on the whole wiki would bake in stale pages.",
    ),
    # after the right choice, "if we ..." tells what the wrong one would do
    (
        "fraud-detection",
        "future-leakage",
        "Card features are computed as of the authorization time. If we compute card features "
        "from the current tables, the model learns from future data.",
    ),
    # a list item refused in its own next sentences
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Training labels, by trust:\n- Reviewer verdicts. Our main source.\n- User reports. "
        "They are noisy and brigaded. We would not use reported as a positive label.",
    ),
    # refusing to take the right choice away keeps it
    ("notification-ranking", "no-volume-limit", "We won't drop the daily cap."),
    ("notification-ranking", "no-volume-limit", "We would not lift the per-user cap."),
    # what a subject naming a fault is said to be
    (
        "fraud-detection",
        "random-split",
        "The tempting move is to shuffle the transactions and split randomly.",
    ),
    ("fraud-detection", "random-split", "One classic error is a random split of the transactions."),
    # said only to seem good, or to be the usual choice, and turned from
    (
        "fraud-detection",
        "random-split",
        "Shuffling the transactions and splitting randomly sounds appealing, but it leaks the "
        "future.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "0.5 is the default threshold, but the right one comes from costs.",
    ),
    # said to mean nothing
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Reporting accuracy would look great at 99.9% and mean nothing.",
    ),
    # called faulty in words the criticism list leaves out, or said to ignore something
    ("eta-prediction", "shown-eta-as-label", "Training on the shown ETA is circular."),
    (
        "recommendation",
        "offline-only-launch",
        "Shipping when offline NDCG goes up would be premature.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Using the chargeback outcome as a feature would be leakage.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "Leaving the threshold at the default 0.5 ignores the cost asymmetry.",
    ),
    # someone else's habit, and a warning label that names a failure
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Most tutorials evaluate fraud models with accuracy.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "A common failure mode: thresholding at 0.5 by default.",
    ),
    ("search-ranking", "accuracy-as-metric", "Offline, accuracy is meaningless for ranking."),
    # a clause opening on doing the mistake says what doing it would do
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Feeding downsampled probabilities straight into bids would overcharge advertisers.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Orders are censored by stockouts; treating orders as demand would under-forecast "
        "exactly the items that sell out.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Treating user reports as ground truth would let brigading decide what gets removed.",
    ),
    # what the answer is wary of; "no way" opening the clause
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "I'd be cautious about calling a language model per keystroke; the latency budget is "
        "30 ms.",
    ),
    ("recommendation", "score-entire-catalog", "No way we score the whole catalogue per request."),
    # a condition or a doing that holds the refusal, and what would happen then
    (
        "fraud-detection",
        "no-fallback",
        "Having no fallback would mean every outage blocks checkout.",
    ),
    (
        "fraud-detection",
        "no-fallback",
        "If there were no fallback, a model outage would block checkout.",
    ),
    # called something the answer refuses, or the last thing it would do
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Relying only on the classifier for removal, with no review queue, is something I'd "
        "never ship.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal with no human review is something I'd never ship.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal with no human review is the last thing we'd do.",
    ),
    # "is how you get ..."
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Removing content automatically with no human in the loop is how you get a PR crisis.",
    ),
    (
        "rag-assistant",
        "offline-only-launch",
        "We pilot with one department first, never the whole company in one go.",
    ),
]

MADE: list[tuple[str, str, str]] = [
    (
        "feed-ranking",
        "chronological-only",
        "On chronology: we go with a purely chronological feed.",
    ),
    ("feed-ranking", "chronological-only", "I'd say we sort the feed chronologically."),
    ("fraud-detection", "threshold-at-half", "We will use a threshold of 0.5."),
    ("fraud-detection", "threshold-at-half", "A threshold of 0.5 will do."),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy as the headline metric, we report it weekly.",
    ),
    ("fraud-detection", "random-split", "A random train/test split is our plan."),
    ("fraud-detection", "batch-scoring-inline", "We score transactions in a nightly batch job."),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We built a dashboard that reports accuracy every day.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Every payment that was never charged back is labelled legitimate.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Every eligible ad that lost the auction goes in as a negative.",
    ),
    ("fraud-detection", "resampled-test-set", "The test set is balanced, not at the real rate."),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "We fine-tune the model on the whole wiki. It would teach the model our docs.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Training labels, by trust:\n- Reviewer verdicts. Our main source.\n- User reports. "
        "They are noisy but plentiful.",
    ),
    ("notification-ranking", "no-volume-limit", "We don't need a daily cap."),
    (
        "fraud-detection",
        "random-split",
        "Our plan is to shuffle the transactions and split randomly.",
    ),
    (
        "fraud-detection",
        "random-split",
        "The simple move is to shuffle the transactions and split randomly.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Shuffling the transactions and splitting randomly sounds right to me.",
    ),
    ("fraud-detection", "threshold-at-half", "0.5 is the default threshold, and we keep it."),
    (
        "fraud-detection",
        "threshold-at-half",
        "We keep the threshold at 0.5, the default, but revisit it later.",
    ),
    ("fraud-detection", "accuracy-as-metric", "We report accuracy, and it tells us nothing new."),
    ("eta-prediction", "shown-eta-as-label", "Training on the shown ETA is our plan."),
    (
        "recommendation",
        "offline-only-launch",
        "We ship when offline NDCG goes up, which is never premature.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Most transactions are legitimate, so we report accuracy.",
    ),
    ("fraud-detection", "threshold-at-half", "Plan: thresholding at 0.5."),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "We feed downsampled probabilities straight into bids.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Feeding downsampled probabilities straight into bids would be simplest, so we do that.",
    ),
    ("demand-forecasting", "orders-as-demand", "We treat orders as demand."),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal with no human review is something we ship today.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal with no human review is what we ship.",
    ),
    ("fraud-detection", "no-fallback", "Going without a fallback would be fine for v1."),
    ("fraud-detection", "no-fallback", "If the model fails we have no fallback."),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "We call a language model per keystroke; the latency budget is 30 ms.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "We score the whole catalogue per request, no way around it.",
    ),
    ("harmful-content", "reports-as-ground-truth", "We treat user reports as ground truth."),
    # rubric phrases: a measurement label brings accuracy's metric; a launch in one go
    ("search-ranking", "accuracy-as-metric", "Offline: accuracy of the ranker on last week."),
    (
        "rag-assistant",
        "offline-only-launch",
        "When the golden set shows 85% correct, we move the whole company over in one go.",
    ),
]


# flags19: twins, each a sentence that makes no mistake and one, in the same words, that does.
TWINS_QUIET: list[tuple[str, str, str]] = [
    # the mistake ends an aside or a list that is the subject of a dismissal
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "Each keystroke is a request, so anything heavy per request, certainly any generative "
        "model call, is off the table.",
    ),
    # the mistake's words only qualify a topic or a measure ("the objective question")
    (
        "recommendation",
        "engagement-only-objective",
        "The CTR thumbnail experiment settles the objective question: +6% CTR, -9% watch time.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Monitoring: feature drift, and precision of early labels (analyst decisions).",
    ),
    # a lead-in that counts its items as something else, or introduces them in a clause of
    # its own, does not say its mention of each item
    (
        "eta-prediction",
        "shown-eta-as-label",
        "That one regression target serves three moments:\n- store list: a rough number;\n"
        "- checkout: the promise, a 10-minute window;\n- tracking: re-predicted.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "The target is satisfied watching that brings people back, and per impression I'd "
        "predict:\n- P(click),\n- expected watch time given click.",
    ),
    # rubric phrases: clicks times watch time is expected watch time, not clicks; sessions
    # per user are the long-term engagement a notification should aim at
    (
        "recommendation",
        "engagement-only-objective",
        "We predict P(click) and E[watch time | click] and rank by their product.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Primary metrics: DAU and sessions per user; guardrails on opt-outs.",
    ),
    # "would rather X than Y" refuses Y, the verb between them or not
    ("demand-forecasting", "mape-on-sparse-series", "I'd rather report WAPE than MAPE."),
    (
        "fraud-detection",
        "threshold-at-half",
        "I'd rather pick the threshold from costs than use 0.5.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "We'd sooner serve from a prefix index than call an LLM per keystroke.",
    ),
    # a negation reaches over the relative clause of what it refuses
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Negatives are skipped impressions, not posts that were never shown.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "We never treat posts that were never shown as negatives.",
    ),
    # a kind of the right choice refused: a participle after an article, a noun after it
    (
        "notification-ranking",
        "propensity-as-uplift",
        "I'd skip a learned uplift model for now; a randomised holdout tells us incrementality.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "I'd skip a dedicated fallback model; the old formula is what we serve when the model "
        "times out.",
    ),
    # a figure with its unit is a measure, not a threshold on the score
    ("fraud-detection", "threshold-at-half", "Latency: p99 under 0.5 s for scoring."),
    # a lead-in that states the right choice says it of every item
    (
        "eta-prediction",
        "future-leakage",
        "Features (all available at prediction time):\n- courier's current location\n"
        "- route drive time",
    ),
    # a short aside between the mistake and its verdict
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring all 50M videos per request, even with a small model, is not feasible.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "Calling an LLM on every keystroke, however tempting, would blow the latency budget.",
    ),
    # an offline win that must come before a launch is a gate, not what decides it
    (
        "fraud-detection",
        "offline-only-launch",
        "The new model must beat the rules on last month's PR-AUC before we deploy it.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "Offline MRR on held-out sessions has to go up before we deploy a new ranker.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "An offline win is a prerequisite for deployment, not a reason for it.",
    ),
    ("fraud-detection", "offline-only-launch", "Offline recall improving doesn't mean we deploy."),
    (
        "fraud-detection",
        "offline-only-launch",
        "Not until the backtest beats the rules would we deploy anything.",
    ),
    (
        "spam-detection",
        "offline-only-launch",
        "Offline precision must improve, and rescues must not rise in the ramp, before we ship.",
    ),
    # rubric phrases: a random sample split by product; a random sample labelled by experts
    (
        "visual-search",
        "image-level-split",
        "The test set: 5,000 random beta query photos, split by product.",
    ),
    (
        "harmful-content",
        "random-split",
        "The test set is a uniform random sample of views labelled by experts.",
    ),
    # rubric phrases: a launch after an offline win that is staged or partial
    (
        "search-ranking",
        "offline-only-launch",
        "If NDCG improves offline, we roll out gradually, watching conversion.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "If the backtest improves, we roll it out city by city and compare late rates.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "When the model beats the rules offline, we roll it out to a small slice of traffic.",
    ),
    # "at best" hedges what the mistake's subject is said to be
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results below the last click are weak negatives at best.",
    ),
    # words of criticism: absurd, poison, wastes
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "No language model for unseen prefixes; an LLM per keystroke at 90k QPS is absurd.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Treating unreported mail as ham, given how few users report, would poison the labels.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Sending to whoever is most likely to open, though simple, wastes pushes on people "
        "who'd open anyway.",
    ),
    # the mistake called the easy or simple choice and then turned from or faulted
    (
        "fraud-detection",
        "threshold-at-half",
        "Arguably a threshold of 0.5 is simplest, though the cost curve gives a better one.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "It would be easy to train on the ETA we showed, but it would learn our own mistakes.",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "Going purely chronological would be the simplest fix; it would also bury the best posts.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Using completed orders as demand is convenient; it undercounts exactly when we're short.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Sending to the users most likely to open is the obvious policy, and it's the wrong one.",
    ),
    # a figure compared with a degree, not a cut made at it
    (
        "fraud-detection",
        "threshold-at-half",
        "The threshold comes from costs. That puts it well above 0.5 for small tickets.",
    ),
    # rubric phrase: random members sampled as negatives are no A/B assignment
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "For retrieval, negatives are random members sampled in-batch; the ranker learns from "
        "shown-and-ignored suggestions.",
    ),
    # rubric phrases: "otherwise" alone opens an alternative, not a label; retention after
    # days in the spam folder; users reading their own inbox; a nightly retrain
    (
        "harmful-content",
        "unobserved-as-negative",
        "If the classifier is confident it acts; otherwise the post is fine to leave up until "
        "reviewed.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Mail in the spam folder is deleted automatically after 30 days, as today.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        'Users read their inbox; we only learn from their clicks on "report spam".',
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "The model is retrained nightly on the last 6 months of transactions.",
    ),
    # the right choice in a passive is done, not judged ("label accuracy is measured");
    # rubric phrases: accuracy measured with a named metric, top-k accuracy, calibration
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Analyst label accuracy is measured on a double-reviewed sample.",
    ),
    (
        "recommendation",
        "accuracy-as-metric",
        "We evaluate the accuracy of the watch-time predictions with RMSE.",
    ),
    (
        "visual-search",
        "accuracy-as-metric",
        "Top-1 accuracy of the category classifier is tracked; retrieval is measured with "
        "recall@10.",
    ),
    # a denial with "wouldn't" after the mistake as subject; skip-above negatives
    (
        "visual-search",
        "brute-force-search",
        "Exact search over all 300M vectors wouldn't fit one node or the latency budget.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results above a clicked one are weak negatives.",
    ),
    # one check refused and another stated in the next sentence
    (
        "fraud-detection",
        "offline-only-launch",
        "No canary. The champion/challenger on 10% of traffic already protects us.",
    ),
    # rubric phrase: "as many as" alone is an amount, not sending without a limit
    (
        "notification-ranking",
        "no-volume-limit",
        "Today users get as many as 8 pushes a day, and opt-outs are rising.",
    ),
    # naming launch criteria is no offline launch
    (
        "search-ranking",
        "offline-only-launch",
        "Launch criteria: conversion per search up at least 1%, no guardrail regression.",
    ),
    # rubric phrases: the A/B named without "test", a randomised test launched
    (
        "ads-ctr",
        "offline-only-launch",
        "Offline NE improvements are necessary but a launch also needs the A/B.",
    ),
    (
        "people-you-may-know",
        "offline-only-launch",
        "When offline recall improves, we launch a cluster-randomised test.",
    ),
]
TWINS_MADE: list[tuple[str, str, str]] = [
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "Each keystroke is a request, so a generative model call per request, is what I'd use.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "The CTR thumbnail experiment settles it: the objective is CTR.",
    ),
    ("fraud-detection", "future-leakage", "Features: the analyst decisions on the transaction."),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "The regression target:\n- checkout: the promise, a 10-minute window;\n"
        "- tracking: re-predicted.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "The target is what I'd predict per impression:\n- P(click),\n- clicks per session.",
    ),
    ("recommendation", "engagement-only-objective", "We predict P(click) and rank by it."),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Primary metrics: open rate and sessions from push.",
    ),
    ("demand-forecasting", "mape-on-sparse-series", "I'd rather report MAPE than nothing."),
    ("fraud-detection", "threshold-at-half", "I'd rather use a threshold of 0.5 than tune one."),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "We'd sooner call an LLM per keystroke than build a prefix index.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Negatives are skipped impressions and posts that were never shown.",
    ),
    ("notification-ranking", "propensity-as-uplift", "I'd skip uplift modelling for now."),
    ("eta-prediction", "no-fallback", "I'd skip a dedicated fallback; the model never goes down."),
    ("fraud-detection", "threshold-at-half", "Latency: p99 under 50 ms; block above 0.5."),
    (
        "eta-prediction",
        "future-leakage",
        "Features:\n- courier's current location\n- route drive time",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "We score all 50M videos per request, even with a small model, and it is feasible.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "We call an LLM on every keystroke; however tempting a prefix index is, it's brittle.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "If the new model beats the rules on last month's PR-AUC, we deploy it.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "Offline MRR on held-out sessions goes up, and then we deploy the new ranker to everyone.",
    ),
    ("ads-ctr", "offline-only-launch", "When offline NE improves, we launch to everyone."),
    ("fraud-detection", "offline-only-launch", "Offline improvement is enough for deployment."),
    ("notification-ranking", "no-volume-limit", "We send as many as possible, with no cap."),
    ("fraud-detection", "offline-only-launch", "No canary. We ship to all traffic on day one."),
    (
        "fraud-detection",
        "threshold-at-half",
        "A threshold of 0.5 is simplest, and that's what we use.",
    ),
    ("eta-prediction", "shown-eta-as-label", "It's easy to train on the ETA we showed, so we do."),
    ("fraud-detection", "threshold-at-half", "We block anything above 0.5."),
    ("visual-search", "brute-force-search", "Exact search over all 300M vectors fits one node."),
    ("search-ranking", "unobserved-as-negative", "Unclicked results are irrelevant, label 0."),
    ("fraud-detection", "accuracy-as-metric", "Model accuracy is measured on the test set."),
    ("recommendation", "accuracy-as-metric", "We evaluate the model by its accuracy."),
    ("feed-ranking", "unobserved-as-negative", "Label 1 if the user liked it, otherwise negative."),
    ("spam-detection", "silent-deletion", "Spam is deleted automatically on arrival."),
    ("spam-detection", "humans-read-mail", "Raters read a random sample of users' inboxes."),
    ("fraud-detection", "batch-scoring-inline", "We score transactions in a nightly batch job."),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "The A/B test randomises by member for two weeks.",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "Going purely chronological is the simplest fix, and we'll ship it.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "We call an LLM per keystroke, which saves us building an index.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results are negatives, at best weighted by position.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "If NDCG improves offline, we roll out to everyone at once.",
    ),
    (
        "visual-search",
        "image-level-split",
        "We randomly split the images 80/20 into train and test, not by product.",
    ),
    (
        "harmful-content",
        "random-split",
        "We randomly split the reported posts into train and test sets.",
    ),
    ("fraud-detection", "offline-only-launch", "Offline recall improving means we deploy."),
    (
        "fraud-detection",
        "offline-only-launch",
        "As soon as the backtest beats the rules we deploy everything.",
    ),
    ("people-you-may-know", "offline-only-launch", "When offline recall improves, we launch it."),
]


# flags20: twins from the tuning set's false alarms of batch 32 and after, each a sentence that
# makes no mistake and one, in as many of the same words, that does.
QUIET_20: list[tuple[str, str, str]] = [
    # a randomised holdout to measure a treatment is an experiment, not a train/test split
    (
        "notification-ranking",
        "random-split",
        "I'd randomly hold out 5% of non-transactional candidates, logging the propensity, to "
        "get treatment/control data.",
    ),
    (
        "notification-ranking",
        "random-split",
        "I'd randomly hold out 5% of users from all non-transactional pushes to measure the "
        "incremental effect.",
    ),
    (
        "notification-ranking",
        "random-split",
        "Validation uses the last week of sends, and a random 5% of users are held out from "
        "pushes entirely to measure lift.",
    ),
    # impressions shown in a shuffled order are position randomisation, not a shuffled split
    (
        "recommendation",
        "random-split",
        "I'd add position as a feature and keep a small slice of shuffled impressions to validate.",
    ),
    (
        "recommendation",
        "random-split",
        "A small exploration bucket serves shuffled recommendations; it is the validation set "
        "for position debiasing.",
    ),
    # a graded relevance scale ends on "anything else": a grade by content, not by clicks
    (
        "visual-search",
        "unobserved-as-negative",
        "Relevance is graded: the exact product is best, a visually similar alternative is "
        "second, anything else is irrelevant.",
    ),
    # "always on" before a noun phrase places something; it is no service that never fails
    (
        "people-you-may-know",
        "no-fallback",
        "Offline: recall@100 and AUC for the ranker, always on a later time window.",
    ),
    # every objective of a multi-task model is many of them, not the one objective
    (
        "feed-ranking",
        "engagement-only-objective",
        "A multi-task network such as MMoE jointly learns every engagement objective.",
    ),
    # a list whose lead-in says each feature is taken as it lives at prediction time
    (
        "eta-prediction",
        "future-leakage",
        "Features, each from where it lives at prediction time:\n"
        "- restaurant: historical prep time, open orders, whether the ready tap is reliable "
        "there;\n- route: the routing engine's drive time.",
    ),
    # the current system's flaw, told as it stands (today, the existing model), is no plan
    (
        "fraud-detection",
        "threshold-at-half",
        "Today's system blocks everything above 0.5, which blocks too many good customers.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "The existing model treats unclicked results as negatives, which is why it never learns "
        "that lower results can be good.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Today there is no cap besides the flat global limit of 8, and opt-outs doubled.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Right now spam is silently deleted, so nobody can recover a false positive.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "Today the team ships any model that wins offline, which is how last quarter's regression "
        "reached everyone.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "The old model was trained on the ETA we showed, so it learned our own padding.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "The current ranker optimises CTR, and watch time fell 9% when thumbnails got more "
        "clickable.",
    ),
    # a condition contrary to fact, or inverted at the opening, warns of what would follow
    (
        "people-you-may-know",
        "accuracy-as-metric",
        "Were accuracy the metric, predicting no connection for every pair would win.",
    ),
    (
        "harmful-content",
        "resampled-test-set",
        "Should the test set be rebalanced to 50/50, precision would look far better than it is "
        "in production.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "If unseen posts were labelled negative, the model would learn the old ranker's blind "
        "spots.",
    ),
    # irrelevant at a stage; a dismissal by "is out"; a slice where the order was shuffled
    (
        "search-ranking",
        "unobserved-as-negative",
        "Latency and recall at 1,000 matter for retrieval; everything else is irrelevant at that "
        "stage.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Anything else in the catalogue is irrelevant to this stage; retrieval only needs the top "
        "1,000.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring the whole catalogue per request is out at 50M items, so retrieval narrows it to "
        "1,000 first.",
    ),
    (
        "search-ranking",
        "random-split",
        "We validate the click model on the randomized-top-k slice, where the order was shuffled "
        "for 1% of queries.",
    ),
    # randomised holdouts kept on the old system or away from the new, or logging the probability
    (
        "ads-ctr",
        "random-split",
        "I'd randomly hold out 2% of auctions from the new model, with ghost ads logged, to "
        "measure true lift.",
    ),
    (
        "ads-ctr",
        "random-split",
        "Randomly hold back 1% of users from all ads personalisation as a long-term holdout.",
    ),
    (
        "fraud-detection",
        "random-split",
        "I'd randomly let 1% of flagged transactions through, logging the propensity, so we get "
        "labels for what we'd otherwise block.",
    ),
    (
        "fraud-detection",
        "random-split",
        "A random 1% of declines are reversed and followed up, which gives an unbiased sample to "
        "evaluate on.",
    ),
    (
        "harmful-content",
        "random-split",
        "I'd randomly sample 5,000 viewed posts a week for raters, weighted by views, to measure "
        "prevalence.",
    ),
    (
        "spam-detection",
        "random-split",
        "We randomly sample reported and unreported mail from consenting users for graders; that "
        "sample measures precision.",
    ),
    (
        "feed-ranking",
        "random-split",
        "I'd randomly hold out 1% of users on the chronological feed for a quarter as a long-term "
        "control.",
    ),
    (
        "feed-ranking",
        "random-split",
        "Randomly assign 5% of users to a holdout that keeps the old ranker, to see long-term "
        "effects.",
    ),
    (
        "recommendation",
        "random-split",
        "I'd randomly hold out 5% of users from the new rows, logging propensities, to get clean "
        "treatment and control data.",
    ),
    (
        "search-ranking",
        "random-split",
        "I'd randomly interleave results for 1% of queries and log the propensity of each "
        "position.",
    ),
    (
        "people-you-may-know",
        "random-split",
        "Randomly hold out 5% of graph clusters from the new model to measure invites per member.",
    ),
    (
        "query-autocomplete",
        "random-split",
        "I'd randomly hold out 2% of sessions from the new suggestions to measure keystrokes "
        "saved.",
    ),
    (
        "eta-prediction",
        "random-split",
        "I'd randomly hold out 5% of orders on the old ETA to measure the effect on cancellations.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "I'd randomly hold out 10% of stores on the old forecast to measure waste and stockouts.",
    ),
    (
        "notification-ranking",
        "random-split",
        "I'd randomly hold out 5% of candidate sends every day, logging the send probability, to "
        "train the uplift model.",
    ),
    (
        "notification-ranking",
        "random-split",
        "A random 5% of non-transactional candidates are held back, so we observe the no-send "
        "outcome.",
    ),
    (
        "notification-ranking",
        "random-split",
        "Randomly withholding 5% of sends gives the holdout needed to evaluate uplift.",
    ),
    (
        "notification-ranking",
        "random-split",
        "I'd randomize send/no-send for 5% of candidates and evaluate the uplift model on that "
        "randomised data.",
    ),
    # a refusal that trades one form of the right choice for another, or keeps a part back
    (
        "demand-forecasting",
        "orders-as-demand",
        "No demand reconstruction model in v1; stockout days are simply masked out of the loss.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "I wouldn't build a lost-demand model yet: masking stockout hours as censored is enough "
        "for v1.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "No flat global cap; the per-user budget replaces it.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "I'd drop the flat cap of 8 in favour of a per-user daily budget that rises with each "
        "send.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "The global cap goes away, replaced by a per-user budget.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "No X-learner or fancy causal model at first: a T-learner on the randomised holdout is "
        "enough.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "No ego-network experiment; graph-cluster randomisation is enough.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "I wouldn't build a spillover model; cluster-randomised tests handle interference.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "No survey-based model for v1; the survey signal is only a guardrail metric next to "
        "retention.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Surveys won't be a training target at first; the value model weighs negative feedback.",
    ),
    (
        "fraud-detection",
        "no-fallback",
        "No fallback model: if scoring fails, the rules engine decides alone.",
    ),
    (
        "ads-ctr",
        "no-fallback",
        "We don't need a separate fallback model; the cached pCTR per ad covers outages.",
    ),
    (
        "search-ranking",
        "no-fallback",
        "No fancy degraded mode beyond serving BM25 order when the ranker times out.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "No backup model; if the ETA service fails, we show the routing engine's drive time plus "
        "the restaurant's average prep.",
    ),
    (
        "visual-search",
        "no-fallback",
        "A backup index isn't worth it for v1; if search fails we fall back to text search.",
    ),
    (
        "query-autocomplete",
        "no-fallback",
        "No fallback path for the personalised layer beyond dropping it: the global popular "
        "completions still show.",
    ),
    (
        "harmful-content",
        "no-fallback",
        "Without a classifier, the queue falls back to report counts.",
    ),
    (
        "spam-detection",
        "no-fallback",
        "If the model is down, mail is delivered with the rules-only verdict; no other fallback "
        "is needed.",
    ),
    (
        "people-you-may-know",
        "no-fallback",
        "No separate fallback tier: mutual-connection counts are served from cache when the model "
        "fails.",
    ),
    (
        "demand-forecasting",
        "no-fallback",
        "No fallback model needed beyond the seasonal naive forecast, which we already compute.",
    ),
    (
        "recommendation",
        "no-fallback",
        "There's no degraded mode to build: the popular row from the cache is the fallback.",
    ),
    # careful answers that turn the mistakes down in passing (the subject denied before its
    # object; the mistake called the cause of a problem)
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy at 99.9% means nothing here.",
    ),
    (
        "fraud-detection",
        "no-fallback",
        "A timeout means approve, so latency directly leaks fraud.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        'I\'d treat the most recent window as unlabelled rather than "good".',
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "I'd keep the natural distribution so scores stay interpretable as probabilities.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "Thresholds come from cost, not a default 0.5.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "A better backtest earns a shadow run, nothing more.",
    ),
    (
        "ads-ctr",
        "accuracy-as-metric",
        "With a 1% CTR, accuracy tells us nothing; normalized entropy and calibration do.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Negatives are downsampled 10x for training, and every prediction is recalibrated before "
        "it reaches the auction.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The test set is never downsampled: evaluation runs at the natural click rate.",
    ),
    (
        "ads-ctr",
        "engagement-only-objective",
        "CTR alone is not the objective; the auction ranks by bid times pCTR plus a quality term.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "An NE win offline only buys a 1% experiment.",
    ),
    (
        "ads-ctr",
        "future-leakage",
        "Every feature is logged at impression time, so nothing from after the impression gets in.",
    ),
    (
        "ads-ctr",
        "no-fallback",
        "If the model times out, the auction falls back to last hour's cached pCTR per ad.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Raw engagement as the target is how we got the outrage problem.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Clicks and time spent are inputs to the value model, not the goal.",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "Chronological is the fallback, not the ranking.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Offline NDCG gains decide what goes into the A/B, not what ships.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts that were never rendered aren't negatives; they're missing data.",
    ),
    (
        "feed-ranking",
        "random-split",
        "A random split would leak tomorrow's trends into training, so the split is by day.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Nobody scores 50M items per request; retrieval cuts it to a few thousand.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "CTR is exactly what went wrong with the thumbnails, so it can't be the target.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "An unwatched title in the catalogue says nothing about the user.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Offline recall is a filter for candidates, and online watch time is the verdict.",
    ),
    (
        "search-ranking",
        "full-catalog-ranking",
        "The cross-encoder only ever sees the top 200 from BM25 and the dense retriever.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results below the last click were probably never read, so they're not "
        "negatives.",
    ),
    (
        "search-ranking",
        "accuracy-as-metric",
        "Accuracy has no meaning for a ranked list; NDCG@10 does.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "Clicks can't be the goal on their own, since clickbait titles win clicks and lose "
        "purchases.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "High P(open) is not the point; a push the user would have opened anyway earns nothing.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Open rate is a vanity number here.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Volume is capped per user per day, whatever the model says.",
    ),
    (
        "notification-ranking",
        "accuracy-as-metric",
        "With a 3% open rate, accuracy would be 97% for sending nothing.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "Qini curves offline choose the candidate; the 4-week A/B decides.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "An LLM is far too slow per keystroke, so generation happens offline.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Raw queries go nowhere near the suggestion list without the blocklist and a minimum user "
        "count.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Suggestion CTR is a poor target: it rewards suggesting what users would have typed "
        "anyway.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Member-level randomisation would leak through invites, so the test randomises by graph "
        "cluster.",
    ),
    (
        "people-you-may-know",
        "engagement-only-objective",
        "Invites sent is the wrong target; accepted connections that lead to interaction are the "
        "goal.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "A pair never suggested is not a negative; we only know about pairs we showed.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Auto-removal is reserved for hash matches of known content; the classifier alone never "
        "removes.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Reports are a signal for prioritisation, not labels.",
    ),
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Cutting appeals to save reviewer time would be the wrong trade.",
    ),
    (
        "harmful-content",
        "accuracy-as-metric",
        "At 0.1% prevalence, accuracy is meaningless.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Nobody reads private mail; graders only see messages users reported.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Deleting spam without a trace is not on the table; everything lands in the spam folder "
        "for 30 days.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Unreported mail isn't ham; most spam is never reported.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "The shown ETA is a prediction, not a label; the label is the actual delivery timestamp.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "A precomputed ETA from the morning is useless by dinner rush.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Actual pickup time is exactly the kind of feature that leaks, so it is only used for the "
        "tracking-stage model.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Orders on stockout days understate demand, so those days are treated as censored.",
    ),
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "MAPE is undefined on zero-sale days, which are most of them.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "A point forecast alone can't set safety stock.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Telling the model not to leak documents is not access control.",
    ),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "Fine-tuning won't keep up with documents that change daily.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "When retrieval finds nothing relevant, the assistant says so instead of guessing.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Brute-force search is fine for the 10k-image eval set, but production uses HNSW.",
    ),
    (
        "visual-search",
        "catalog-images-as-queries",
        "Catalogue shots as queries would teach the model studio lighting, not phone photos.",
    ),
    (
        "visual-search",
        "image-level-split",
        "Splitting by image would put the same product on both sides, so the split is by product.",
    ),
    (
        "visual-search",
        "engagement-only-objective",
        "Clicks on look-alikes are exactly the complaint, so clicks can't be the objective.",
    ),
    (
        "visual-search",
        "accuracy-as-metric",
        "Top-1 accuracy undersells a page of similar items; recall@k and purchases per search "
        "matter.",
    ),
    # traps named, options put down, causes of a problem, verdicts: the mistakes weighed
    (
        "ads-ctr",
        "random-split",
        "Options considered: (a) a random split of the impression logs, rejected because it leaks "
        "the future; (b) a split by day, chosen.",
    ),
    (
        "ads-ctr",
        "random-split",
        "| Random split | leaks users and days across sets | rejected |",
    ),
    (
        "fraud-detection",
        "random-split",
        "Random split vs time split: time split, because fraud rings evolve.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        'The naive "everything unclicked is negative" labelling is what we avoid.',
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "### Why not accuracy",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Why not accuracy? Because approving everything scores 99.9%.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "The temptation is to use the actual pickup time as a feature, since it predicts so well; "
        "it only exists after the fact.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "It's tempting to optimise CTR, but that is how the thumbnail experiment lost watch time.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "A common shortcut is feeding the downsampled probabilities straight into the auction; it "
        "overbids by the sampling rate.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Leakage from the actual pickup time is avoided by building every feature as of the order.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "A unit test fails the pipeline if any feature, like the actual pickup time, is computed "
        "after the prediction time.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "We guard against using the actual pickup time as a feature with a point-in-time join.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "Red flag to avoid: blocking everything above 0.5.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Interviewers expect you not to maximise clicks.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Optimising open rate is the classic trap here.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Open rate as the objective is a classic trap here.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Treating every unclicked result as a negative is a known trap, since most were never "
        "examined.",
    ),
    (
        "recommendation",
        "random-split",
        "The classic mistake is a random split of the interaction logs.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Reports as ground truth is the classic trap: brigades decide the labels.",
    ),
    (
        "people-you-may-know",
        "accuracy-as-metric",
        "Accuracy is a trap with 0.01% positives.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "The trap is calling an LLM per keystroke.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "The obvious trap is training on orders as if they were demand.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Brute force over 300M vectors is the naive approach, and it would take seconds per query.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Silent deletion is the one thing users never forgive.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal with no appeal is how platforms end up in the news.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "Shipping on the backtest alone is how the 2019 rollout blew up.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Putting permissions in the prompt is security theatre.",
    ),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "Fine-tuning the facts in is the wrong tool: they change daily.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Letting the model send as many as it likes is asking for opt-outs.",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "Going back to a purely chronological feed is a step backwards for most users.",
    ),
    # chance that draws negatives, thins a class, adds noise or seeds; "the rest" of a pipeline
    (
        "recommendation",
        "random-split",
        "The two-tower model is trained with in-batch and random negatives, and validated on the "
        "following week.",
    ),
    (
        "search-ranking",
        "random-split",
        "Negatives for the retriever are randomly sampled products plus hard negatives; the test "
        "set is the last two weeks of queries.",
    ),
    (
        "people-you-may-know",
        "random-split",
        "For each accepted pair we sample five random non-connected members as negatives; "
        "evaluation uses the next month's accepts.",
    ),
    (
        "feed-ranking",
        "random-split",
        "An epsilon of 1% random exploration keeps the training data from collapsing; the test "
        "set is always the latest day.",
    ),
    (
        "ads-ctr",
        "random-split",
        "Negatives are downsampled at random to 10%, and the test set, taken from the following "
        "day, keeps its natural rate.",
    ),
    (
        "visual-search",
        "image-level-split",
        "Augmentations are random crops, colour jitter and blur; the test set holds out whole "
        "products.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Negatives are randomly downsampled to 1:20 for training, and validation uses the "
        "following month at the natural rate.",
    ),
    (
        "spam-detection",
        "random-split",
        "We randomly downsample ham for training; the test set is the most recent week, untouched.",
    ),
    (
        "harmful-content",
        "random-split",
        "Raters see a random sample of flagged posts each week, and the model is tested on the "
        "next week.",
    ),
    (
        "query-autocomplete",
        "random-split",
        "Candidates are sampled at random from the trie for negatives, and we test on the next "
        "week of sessions.",
    ),
    (
        "notification-ranking",
        "random-split",
        "Training uses the randomised sends; validation is the last week of them, split by time.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "Random seeds are averaged over five runs; the backtest uses rolling origins.",
    ),
    (
        "eta-prediction",
        "random-split",
        "Random noise is added to the GPS traces for robustness, and the test set is the most "
        "recent two weeks.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "The rest of the candidates go to the heavy ranker.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "All other signals, like dwell and add-to-cart, are weighted less than purchases, and no "
        "signal makes a result negative.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "All other transactions go through the rules engine as today; nothing unlabelled is "
        "called legitimate.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "The rest wait for the digest; a dismissal is the negative signal.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Every other signal, such as sender reputation, feeds the model; unreported mail is not "
        "treated as ham.",
    ),
    # the right choice named after the mistake in its sentence keeps it
    (
        "recommendation",
        "no-fallback",
        "The feature store is a hard dependency, so it gets a local cache and a popularity "
        "fallback.",
    ),
    # hedged doubts: leaning away, unease, out of budget, and the doubts read before
    (
        "fraud-detection",
        "accuracy-as-metric",
        "I'm not sure accuracy tells us much at a 0.1% fraud rate.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "I'd lean away from a 0.5 threshold; cost should set it.",
    ),
    (
        "recommendation",
        "random-split",
        "A random split of the watch logs makes me uneasy, since tomorrow's trends leak back.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Optimising for raw clicks would worry me.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "I'd hesitate to maximise opens on their own.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "I doubt unclicked results are really negatives; most were never seen.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "I'd be nervous about launching on offline NE alone.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Training on the ETA we showed doesn't sit right with me; it's our own guess.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal feels risky for borderline content.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Having people read private mail is probably not acceptable, even for labelling.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "A plain member-level A/B probably undercounts the effect, since invites cross arms.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "An LLM per keystroke is probably too slow, and certainly too expensive.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Exhaustive search over all 300M vectors probably won't meet 300 ms.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "A single point forecast probably isn't enough to set order quantities.",
    ),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "I'm not convinced fine-tuning on the wiki would keep answers current.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "I'm not sure a nightly batch can work when the decision is made at authorization.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring every title per request is likely out of budget.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "I'd be uneasy letting the model decide volume without a per-user budget.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "I'd be careful not to feed downsampled probabilities straight into bids.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "I wouldn't fully trust reports as ground truth.",
    ),
    # outcomes named as labels and features taken before them; a whole past period
    (
        "ads-ctr",
        "future-leakage",
        "Features include the ad's CTR aggregated over the full previous day.",
    ),
    (
        "ads-ctr",
        "future-leakage",
        "Features: user CTR over the whole of last week, ad CTR over the full day before the "
        "impression.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "The label is the final status after 90 days; features are computed from data before the "
        "transaction.",
    ),
    (
        "recommendation",
        "future-leakage",
        "The target is what the user watched in the next session; features use only history "
        "before the request.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Features: current open orders at the restaurant, current courier supply in the zone, "
        "both read when the order is placed.",
    ),
    (
        "people-you-may-know",
        "future-leakage",
        "The label is whether the pair later connected within 30 days; the features come from the "
        "graph snapshot at suggestion time.",
    ),
    (
        "harmful-content",
        "future-leakage",
        "Labels come from posts later removed by reviewers; features are only what was known at "
        "upload.",
    ),
    (
        "search-ranking",
        "future-leakage",
        "The label is later purchases within the session; features are computed at query time.",
    ),
    (
        "notification-ranking",
        "future-leakage",
        "The outcome is whether the push was later opened; the features are frozen at send time.",
    ),
    (
        "query-autocomplete",
        "future-leakage",
        "Popularity features count queries up to the previous hour, never the current one.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Engagement counts for a post are taken as of the impression, not the final counts after "
        "a day.",
    ),
    (
        "spam-detection",
        "future-leakage",
        "Sender reputation is read from the snapshot taken before the message arrived, not the "
        "current profile.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Velocity features use a point-in-time join, so later-disputed transactions don't leak "
        "into earlier rows.",
    ),
    # case-specific mistakes turned down in passing; a reason against one measure after another
    (
        "ads-ctr",
        "ranking-only-scores",
        "Ranking quality alone isn't enough; the auction needs calibrated probabilities.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "AUC only measures ordering, so we also track calibration per campaign.",
    ),
    (
        "visual-search",
        "catalog-images-as-queries",
        "Catalogue images are indexed; the queries are real user photos.",
    ),
    (
        "visual-search",
        "image-level-split",
        "Split by product so no product's images appear in both train and test.",
    ),
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Appeals go to a second reviewer within 24 hours.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Suggestions come from queries typed by at least 50 distinct users, after the blocklist.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "P(open) is one input; the send decision uses the uplift estimate.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "A nightly batch job precomputes restaurant prep-time priors; the ETA itself is scored "
        "per request.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "A nightly batch job refreshes merchant risk features; scoring itself is inline at "
        "authorization.",
    ),
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "We report WAPE, since MAPE blows up on zero-sale days.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "Quantile forecasts at P50 and P90 drive orders; the point forecast is only for "
        "dashboards.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Graders see only reported messages, with user consent.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "On stockout days, orders are a lower bound on demand, so the loss treats them as "
        "censored.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "We log the shown ETA to measure how often we were late, but the label is the actual "
        "delivery time.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "The heavy ranker scores the 500 candidates retrieval returns, not the catalogue.",
    ),
    (
        "search-ranking",
        "full-catalog-ranking",
        "BM25 and ANN retrieval return 1,000 candidates, and only those get the cross-encoder.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "The prompt never carries permissions; retrieval filters by the user's ACLs first.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Members are randomised by cluster, so invites rarely cross from treatment to control.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Reports decide what reviewers see first; reviewer decisions are the labels.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "The model removes nothing on its own below 99% precision; those posts go to reviewers.",
    ),
]
MADE_20: list[tuple[str, str, str]] = [
    (
        "notification-ranking",
        "random-split",
        "I'd randomly hold out 5% of the sends as the test set.",
    ),
    (
        "notification-ranking",
        "random-split",
        "I'd randomly hold out 5% of users' sends as the test set.",
    ),
    (
        "notification-ranking",
        "random-split",
        "Validation uses a random 5% of the sends, held out from training.",
    ),
    (
        "recommendation",
        "random-split",
        "I'd add position as a feature, shuffle the impressions and keep a small slice to "
        "validate.",
    ),
    (
        "recommendation",
        "random-split",
        "I'd shuffle the recommendations log and keep 10% as the validation set.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Relevance comes from clicks: the clicked product is best, and anything else is "
        "irrelevant.",
    ),
    (
        "people-you-may-know",
        "no-fallback",
        "The ranker is always on, so there is nothing to fall back on.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "A multi-task network such as MMoE learns it, and engagement is the objective.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Features:\n- restaurant: historical prep time, open orders, the ready tap timestamp;\n"
        "- route: the routing engine's drive time.",
    ),
    ("fraud-detection", "threshold-at-half", "Our system blocks everything above 0.5."),
    (
        "fraud-detection",
        "threshold-at-half",
        "Today's system blocks everything above 0.5, and that works fine, so we keep it.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "The new model treats unclicked results as negatives.",
    ),
    ("notification-ranking", "no-volume-limit", "There is no cap on pushes per user."),
    ("spam-detection", "silent-deletion", "Spam is silently deleted, so nobody has to look at it."),
    ("ads-ctr", "offline-only-launch", "The team ships any model that wins offline."),
    ("eta-prediction", "shown-eta-as-label", "The model is trained on the ETA we showed."),
    ("recommendation", "engagement-only-objective", "The ranker optimises CTR."),
    (
        "people-you-may-know",
        "accuracy-as-metric",
        "Accuracy is the metric, and we report it weekly.",
    ),
    (
        "harmful-content",
        "resampled-test-set",
        "The test set is rebalanced to 50/50, so precision is easy to read.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Unseen posts are labelled negative, so the model learns fast.",
    ),
    ("feed-ranking", "unobserved-as-negative", "If a post is unseen, it is labelled negative."),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Clicked results are relevant; everything else is irrelevant.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "We score the whole catalogue per request, at 50M items.",
    ),
    (
        "search-ranking",
        "random-split",
        "We shuffle the click logs and validate on a random 10% slice.",
    ),
    ("fraud-detection", "offline-only-launch", "Had the backtest improved, we deploy everything."),
    # their twins
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "Fine-tuning on the documents keeps the model up to date.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Raw engagement as the target is what we want for growth.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "No uplift model at first: we rank by P(open).",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "No cluster randomisation; the A/B test randomises by member.",
    ),
    (
        "recommendation",
        "no-fallback",
        "There's no degraded mode to build: the model never goes down.",
    ),
    (
        "visual-search",
        "no-fallback",
        "A backup index isn't worth it for v1; if search fails, the request fails.",
    ),
    (
        "search-ranking",
        "no-fallback",
        "No fancy degraded mode; when the ranker times out, the request fails.",
    ),
    (
        "eta-prediction",
        "random-split",
        "I'd randomly hold out 5% of orders as the test set.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "I'd randomly hold out 10% of store-days as the test set.",
    ),
    # their twins, chosen
    (
        "ads-ctr",
        "random-split",
        "Options considered: (a) a random split of the impression logs, chosen because it is "
        "simple; (b) a split by day.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "A shortcut we take is feeding the downsampled probabilities straight into the auction.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal with no appeal is how we keep review costs down.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Putting permissions in the prompt is our access control.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Letting the model send as many as it likes is our plan.",
    ),
    (
        "feed-ranking",
        "chronological-only",
        "Going back to a purely chronological feed is our plan.",
    ),
    # their twins, with a split made at random too
    (
        "recommendation",
        "random-split",
        "The two-tower model is trained with in-batch and random negatives, and validated on a "
        "random 10% of the logs.",
    ),
    (
        "ads-ctr",
        "random-split",
        "Negatives are downsampled to 10%, and the test set is a random 10% of the impressions.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Negatives are downsampled to 1:20, and we randomly split the rest into train and "
        "validation.",
    ),
    (
        "fraud-detection",
        "random-split",
        "I'd randomly sample 20% of the transactions as the test set.",
    ),
    (
        "spam-detection",
        "random-split",
        "We randomly downsample ham and randomly split the mail 80/20 into train and test.",
    ),
    (
        "recommendation",
        "no-fallback",
        "The feature store is a hard dependency, so a request fails when it does.",
    ),
    (
        "recommendation",
        "no-fallback",
        "The feature store is a hard dependency; we need no fallback.",
    ),
    # their twins
    (
        "fraud-detection",
        "threshold-at-half",
        "I'd lean towards a 0.5 threshold; it is simple.",
    ),
    (
        "recommendation",
        "random-split",
        "A random split of the watch logs makes me happy, since it is simple.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring every title per request is likely within budget.",
    ),
    # their twins: the whole day of the impression
    (
        "ads-ctr",
        "future-leakage",
        "Features include the ad's CTR aggregated over the full day.",
    ),
    (
        "ads-ctr",
        "future-leakage",
        "Features include the ad's CTR aggregated over the full day of the impression.",
    ),
    # their twins
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "We report MAPE, since it is easy to explain.",
    ),
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "We report MAPE per store, since planners know it.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "A nightly batch job precomputes every restaurant's ETA.",
    ),
]

# round 15 (flags21): the batch 33 false alarms, in general kinds, each with its twin in MADE_21
QUIET_21: list[tuple[str, str, str]] = [
    # a verdict "is out" after an adverb ("is clearly out")
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "An LLM per keystroke is clearly out at this latency and QPS.",
    ),
    # what the mistake would do, in a clause of its own after "and"
    (
        "spam-detection",
        "random-split",
        "Train up to week N and test on week N+1, because campaigns change weekly and a random "
        "split would let the same campaign sit on both sides.",
    ),
    # the mistake's verb said to happen almost never ("is rarely looked at")
    (
        "spam-detection",
        "humans-read-mail",
        "Mail in the spam folder is rarely looked at, so our labels lean towards the inbox side.",
    ),
    # a bracket closing inside the mistake ends no clause before "would"
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Ranking by P(open) would favour replies to heavy users who would open the app anyway.",
    ),
    # the right choice stated of every feature takes back one named in passing
    (
        "eta-prediction",
        "future-leakage",
        'Features: the routed drive time and the "ready" tap, optional since it\'s missing for a '
        "third of tablets.\n\nEvery feature is computed as of the prediction moment.",
    ),
    # "blows up" criticises, its particle notwithstanding
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "We report WAPE and MASE; MAPE blows up on zone-hours with one or two orders, so it's "
        "the wrong tool.",
    ),
    # freeing reviewers for the middle band dismisses no review (rubric phrase dropped)
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Confident removals happen automatically with an appeal link, so reviewers are freed up "
        "for the middle band.",
    ),
    # one of two targets joined by a slash is not the only objective
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Ranker: LambdaMART over the top-50, optimised for the weighted tap/converted labels.",
    ),
    # a verdict in the clause after the mistake: after "but" taking it up ("but they hide
    # ..."), after ";" ("it would decline far too many"), the next sentence dropping it ("I
    # dropped it") or dismissing it ("make that a non-starter"); a fault named after it ("is
    # a classic error"); a contrast past a comma ("..., but the test set keeps the real mix");
    # an aside in brackets before "would"
    (
        "visual-search",
        "catalog-images-as-queries",
        "Catalogue images make convenient test queries, but they hide the gap to phone photos.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "A default 0.5 cut-off is where many teams start; here it would decline far too many "
        "good customers.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "I considered deleting the top band silently to save storage. I dropped it.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "One option is to have raters read a sample of real inboxes for labels. Privacy rules "
        "make that a non-starter.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Plugging the downsampled model's scores straight into the bid is a classic error.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Training is rebalanced to 50/50, but the test set keeps the real mix.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Maximising opens (the old goal) would drive opt-outs up.",
    ),
    # the mistake weighed as a subject ("seems natural", "is cheap", "would be a superb
    # feature"), then faulted in the next clause ("But ... can't keep up", "Sadly ...", "The
    # trouble is ...", "..., but ... make them wrong"); the answer pushing back on a proposal;
    # hedged verdicts: "at best" closing the clause, "little case for", "hard to defend",
    # "unlikely to fit", "goes stale"
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "Fine-tuning on the wiki seems natural. But the wiki changes daily and "
        "fine-tuning can't keep up.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Precomputing ETAs once a night is cheap, but dinner rush and rain make them "
        "wrong within the hour.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "The dispute outcome would be a superb feature. Sadly it arrives weeks after the "
        "authorisation, so it can only be a label.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "Generating suggestions with a language model is appealing for the long tail. At "
        "90k QPS and 30 ms it is not something I'd put on the keystroke path.",
    ),
    (
        "spam-detection",
        "random-split",
        "It would be easy to pool a month of mail and split it randomly. The trouble is "
        "that campaigns reuse templates for days, so near-copies land on both sides.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The PM's first instinct was to maximise opens; I'd push back, since opens don't "
        "move retention.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "LLM-generated completions per keystroke are a v3 idea at best.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "There's little case for an LLM per keystroke.",
    ),
    (
        "spam-detection",
        "random-split",
        "A random split is hard to defend when campaigns repeat.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring all 50M items per request is unlikely to fit in 200 ms.",
    ),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "Fine-tuning on the docs likely goes stale within days.",
    ),
    # a past habit ("used to report"); a label putting its items aside ("Out of scope for
    # v1:"); a refusal listed under a lead-in of mistakes ("Anti-patterns:"); an item naming
    # the mistake, then its fault after a colon
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "Finance used to report MAPE; we report WAPE.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "Out of scope for v1: an LLM on every keystroke, personalised embeddings.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Anti-patterns:\n- sending to whoever is most likely to open\n- no cap per user",
    ),
    (
        "spam-detection",
        "random-split",
        "Evaluation:\n- A random split of the messages: campaigns repeat, so it leaks.\n- A"
        " split by week: chosen.",
    ),
    # a supposition is a condition ("Suppose we ...: ... would"); past a ";" something else
    # called enough trades the refused fallback for it (not "that is enough")
    (
        "spam-detection",
        "random-split",
        "Suppose we shuffle the messages and split 80/20: the test score would mostly "
        "measure memorised campaigns.",
    ),
    (
        "recommendation",
        "no-fallback",
        "I wouldn't build an elaborate fallback; a cached popularity list is enough.",
    ),
    # rubric phrases narrowed (rag-assistant permissions-in-prompt): the user's groups and
    # ACLs respected are the right choice unless the prompt carries them
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Retrieval filters chunks by the user's group memberships before ranking.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "The index stores each chunk's ACL so retrieval can respect permissions.",
    ),
    # the mistake's words as the subject of their own removal ("anything seen once is
    # ignored"); doing without something, then what would happen ("Without a minimum count,
    # one person could ..."); rubric phrases narrowed or given their right choice: raw
    # queries, "always on", review kept for the uncertain band
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "A query must be seen by at least 20 distinct users; anything seen once is ignored.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Impressions that were never seen are dropped from training.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Without a minimum count, one person could plant a suggestion, so we keep the 20-user cut.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Every logged query is normalised, counted and filtered; only those above the "
        "threshold become candidates.",
    ),
    (
        "recommendation",
        "no-fallback",
        "Dashboards are always on for the on-call.",
    ),
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Human review doesn't scale to 500M posts, so it is reserved for the uncertain band.",
    ),
    # where orders are the data (eta-prediction, demand-forecasting), shuffled orders are a
    # shuffled split, not a shuffled display order (rubric unless phrases narrowed)
    (
        "eta-prediction",
        "random-split",
        "We split the orders by week; shuffling orders across weeks would leak the same "
        "evening into both sides.",
    ),
    # "remove the global cap" (rubric phrase added to both groups of no-volume-limit)
    (
        "notification-ranking",
        "no-volume-limit",
        "I would never remove the global cap; it protects the channel.",
    ),
    # catalogue images and "as the query" further apart (visual-search within 12 -> 16)
    (
        "visual-search",
        "catalog-images-as-queries",
        "Each catalogue image is embedded once at upload; at query time, the shopper "
        "photo is embedded on the fly and used as the query.",
    ),
]

MADE_21: list[tuple[str, str, str]] = [
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "An LLM per keystroke is clearly what we need here.",
    ),
    (
        "spam-detection",
        "random-split",
        "Campaigns change weekly, and we'd do a random split of the messages anyway.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters look at a random sample of users' inbox mail every week to label it.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Ranking by P(open) is what we do, and we send the top three a day.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        'Features: the routed drive time and the "ready" tap, optional since it\'s missing for a '
        "third of tablets.\n\nEvery order is scored as of the prediction moment.",
    ),
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "We report MAPE per zone-hour, broken down by city.",
    ),
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Reviewers can't keep up anyway, so we drop human review.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Ranker: LambdaMART over the top-50, optimised for taps/CTR.",
    ),
    (
        "visual-search",
        "catalog-images-as-queries",
        "Catalogue images make convenient test queries, and they are what we use.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "A default 0.5 cut-off is where we start; here it works well.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "I considered deleting the top band silently to save storage. I went with it.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "One option is to have raters read a sample of real inboxes for labels. Privacy rules "
        "allow that.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Plugging the downsampled model's scores straight into the bid is what we do.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "The test set is rebalanced to 50/50 so precision is easy to read.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Maximising opens (the old goal) is still our objective.",
    ),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "Fine-tuning on the wiki seems natural, and it's what we'll do each week.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Precomputing ETAs once a night is cheap, and the numbers are good enough for the"
        " store list and checkout.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "The dispute outcome would be a superb feature. We join it onto each transaction.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "Generating suggestions with a language model on every keystroke is appealing. "
        "We'll run it on GPUs to hit 30 ms.",
    ),
    (
        "spam-detection",
        "random-split",
        "A random split of the messages is simplest. It is what we'll use for the test set.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The PM's first instinct was to maximise opens; I agree, it is our objective.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "LLM-generated completions per keystroke are the best idea we have.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "There's a strong case for an LLM per keystroke.",
    ),
    (
        "spam-detection",
        "random-split",
        "A random split is easy to justify to the team, so we split the messages randomly.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring all 50M items per request is likely to fit in 200 ms on GPUs, so we do it.",
    ),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "Fine-tuning on the docs goes a long way, so we retrain weekly on the wiki.",
    ),
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "We'll keep reporting MAPE per zone-hour as we used to.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "In scope for v1: an LLM on every keystroke, personalised embeddings.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Plan:\n- send the top candidates\n- no cap per user",
    ),
    (
        "spam-detection",
        "random-split",
        "Evaluation:\n- A random split of the messages: simple, and it keeps the classes balanced.",
    ),
    (
        "spam-detection",
        "random-split",
        "We shuffle the messages and split 80/20: the test score is then easy to compute.",
    ),
    (
        "recommendation",
        "no-fallback",
        "I wouldn't build an elaborate fallback; the ranker is replicated and that is enough.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "The retrieved passages go into the prompt along with the user's group memberships.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We ask the model to respect the ACLs listed in the prompt.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "The system prompt tells the model to use only passages the user is entitled to.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Every query typed once becomes a candidate suggestion.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Items the user never saw are labelled as negatives.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "No minimum count: every query becomes a candidate.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Every logged query becomes a candidate, however rare.",
    ),
    (
        "recommendation",
        "no-fallback",
        "The model service is always on, so if it fails the request fails.",
    ),
    (
        "harmful-content",
        "dismisses-review-and-appeals",
        "Human review doesn't scale to 500M posts, so we drop it.",
    ),
    (
        "eta-prediction",
        "random-split",
        "I'd shuffle orders and split 80/10/10.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "We shuffle orders randomly and hold out 20% as the test set.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "I'd remove the global cap and let the score decide.",
    ),
    (
        "visual-search",
        "catalog-images-as-queries",
        "For each catalogue image, I'd use one of the other images of the same listing as"
        " the query.",
    ),
]


# round 15 (flags22): the batch 35 false alarms and fresh probes, in general kinds, each kind
# with its twin in MADE_22
QUIET_22: list[tuple[str, str, str]] = [
    # an appeal route kept for automatic removals: the flag's message names it as the remedy
    (
        "harmful-content",
        "fully-automated-removal",
        "Everything above the category's threshold is removed automatically, with an appeal link.",
    ),
    # what something that holds the mistake would do
    (
        "notification-ranking",
        "no-volume-limit",
        "A system with no volume limit would eventually spam someone.",
    ),
    # what doing it would do, after "therefore", or past a short aside between commas
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Reports are brigaded; therefore using reports as labels would teach the model who gets"
        " brigaded.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Deleting spam outright, even at 0.999, would make every false positive unrecoverable.",
    ),
    # an item under "Alternatives considered:"
    (
        "recommendation",
        "score-entire-catalog",
        "Alternatives considered: scoring the full catalog with the ranker (too slow at 10M"
        " items).",
    ),
    # what doing it would do, in a clause after "so"
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Reports are noisy and brigaded, so treating a report as a positive label would flood"
        " training with disagreements.",
    ),
    # ... opening on a gerund a few words before the mistake, the verdict before its last words
    (
        "harmful-content",
        "fully-automated-removal",
        "Removing content automatically with no human in the loop would take down satire and"
        " news reports.",
    ),
    # ... opening on the second of the mistake's mentions
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results below the fold were never seen, so treating them as negatives would punish"
        " them for position.",
    ),
    # a pitfall told as easy to fall into
    (
        "ads-ctr",
        "unobserved-as-negative",
        "In logging it is easy to treat ads that were eligible but never shown as negatives.",
    ),
    # the mistake qualifying what "no" refuses
    (
        "feed-ranking",
        "future-leakage",
        "Features are logged at impression time, so no counters that include the post's future"
        " engagement.",
    ),
    # what would happen otherwise
    (
        "query-autocomplete",
        "offline-only-launch",
        "Only queries typed by 50 distinct users, with emails filtered out by an NER pass, become"
        " candidates, otherwise one person's private query could be shown to everyone.",
    ),
    # a one-word verdict slashed onto another word is a noun ("fee/wait")
    (
        "demand-forecasting",
        "orders-as-demand",
        "Censoring: supply ran out on some hours. I will not train on raw completed orders there."
        " Flag those hours, reconstruct demand from sessions that bounced on fee/wait, or drop"
        " them.",
    ),
    # a contrast after ", while"
    (
        "fraud-detection",
        "resampled-test-set",
        "Training uses downsampled negatives, while validation keeps the true 0.1% rate so"
        " precision means what it will mean in production.",
    ),
    # the choice a reason leads to, after ", which is why"
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "On zone-hours with two orders, a miss of one is 50% MAPE, which is why the headline"
        " metric is WAPE.",
    ),
    # what only works under a condition
    (
        "demand-forecasting",
        "point-forecast-only",
        "A point forecast only works if the costs of over- and under-staffing are equal, which"
        " they are not.",
    ),
    # what the answer has seen done
    (
        "harmful-content",
        "fully-automated-removal",
        "I've seen fully automated removal take down news footage of war crimes.",
    ),
    # what was tried and failed
    (
        "ads-ctr",
        "random-split",
        "We tried a random split last year and the offline gain vanished online.",
    ),
    # "there is no way we ..."
    (
        "recommendation",
        "score-entire-catalog",
        "There is no way we score the entire catalogue per request.",
    ),
    # a seeming undercut by "until"
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Sending to whoever is most likely to open sounds right until you notice they would have"
        " opened the app anyway.",
    ),
    # a bracketed aside set apart does not join two clauses
    (
        "harmful-content",
        "fully-automated-removal",
        "So auto-removal only where precision is above 95% (legal's bar), everything uncertain"
        " goes to people.",
    ),
]

MADE_22: list[tuple[str, str, str]] = [
    (
        "notification-ranking",
        "no-volume-limit",
        "A ranker with no volume limit sends every notification above the threshold.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Reports are plentiful; therefore we use reports as labels.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "We delete spam outright, even at 0.95, because storage costs money.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Alternatives considered: scoring the full catalog with the ranker. We score every item"
        " in the catalog per request.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Reports are plentiful, so we treat a report as a positive label.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Content above the threshold is removed automatically with no human in the loop.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results below the fold were never clicked, so we treat them as negatives.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "It is easy to log, so we treat ads that were eligible but never shown as negatives.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Features include counters with the post's future engagement.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Censoring: not needed.",
    ),
    # the right choice spared, or refused by a bare "not even"
    (
        "spam-detection",
        "silent-deletion",
        "For the highest scores I'd simply drop the message after acceptance: it never reaches"
        " the user, which spares them seeing it in the spam folder at all.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Very high content score: accept and discard. These never reach the user, not even the"
        " spam folder.",
    ),
    # a bracketed aside does not count toward the reach
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "A small language model (~1B parameters, distilled and fine-tuned on our query logs)"
        " generates completions of the prefix on each keystroke.",
    ),
    # "seasonal naive" names a baseline, no criticism
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "Metric: MAPE per zone-hour, averaged across zones, compared to the spreadsheet and to"
        " seasonal naive.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "We give ops a single expected number of orders per zone-hour, since ranges would"
        " confuse them.",
    ),
    (
        "ads-ctr",
        "random-split",
        "We tried a random split and kept it, since it gave stable offline numbers.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Everything above the category's threshold is removed automatically, nobody looks.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Every transaction with a chargeback is labelled 1 and everything else as 0.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "I'd treat a reported post as violating, in the category the reporter picked.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Every candidate the member didn't invite is a negative, shown or not.",
    ),
]


# round 16 (flags24): fresh probes of mistakes made through concrete plans, written before the
# rubric families of this round were added (the ways people describe doing the mistake: "never
# made it onto the screen", "never went out", "unless the user hits thumbs-down", "roll it out to
# everyone after the backtest", "taken from the stats table when the training set is built",
# "shows a 'try again later' message"), and near-misses that state the right choice in the same
# words. Measured before the changes: 38 of 71 mistakes raised their flag, 30 of 31 near-misses
# stayed quiet. After: 64 of 71 and 30 of 31. Not asserted (still wrong, for reasons outside the
# rubric words): "Post engagement counts are read from today's snapshot of the stats table and
# joined onto every training row as features" ("today's snapshot" is also how serving reads the
# right values, so it is no evidence); "Suggestions the member didn't act on, shown or not, are
# negatives" (the "didn't" reaches "shown or not"); "My target number is the suggestion-take
# rate" (7 words, past the flag's within 6); "Success is the share of searches that start from a
# tapped suggestion, nothing else"; "Top-confidence spam is silently thrown away"; "The
# network's sigmoid output goes straight into the auction as pCTR" (also how careful answers
# describe the mistake they warn of); "..., so the order is unchanged and I don't add a
# correction layer" (the refusal reaches back over the reason); and the near-miss "Ads that lost
# the auction were never shown, so they are not used as negatives" still raises its flag ("not
# used as" negates "used", not "as negatives"). The four after the first batch's were written
# after the change; later batches are marked where they start.
MADE_24: list[tuple[str, str, str]] = [
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Every eligible post that never made it onto the screen gets label 0.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts that didn't make it into the viewport go into the training set as negatives.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "The candidates we ranked but never displayed are added to the training data with label 0.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "I'd sample 50 of the posts the user never scrolled to and call them negatives.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Ads that lost the auction are added as negative examples, since the user never clicked"
        " them.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Every candidate ad that was filtered out before the auction becomes a label-0 row.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Candidates that never went out because of the cap are included as label-0 examples.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Notifications suppressed by the frequency cap count as negatives: the user didn't open"
        " them.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "The pushes we held back go into training with label 0, since nobody opened them.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Every completion in the candidate list that the user didn't pick becomes a negative.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Whatever suggestions were not selected are labelled 0.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "A conversation counts as resolved unless the user hits thumbs-down.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Any answer without a thumbs-down is treated as a good answer in the training data.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "If the user doesn't complain within a day, we mark the answer correct.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results the user scrolled past without clicking get label 0.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Every product on the page that didn't get a click is labelled irrelevant.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Videos the user has never watched are sampled from the catalogue and labelled as"
        " negatives.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Anything in the catalogue outside the user's watch history is a negative example.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Mail that nobody flagged is labelled as legitimate for training.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Messages without a spam report go into the training set as ham.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions with no chargeback after 30 days are labelled as legitimate.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Anything that hasn't been charged back yet is a negative.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Posts with zero user reports are treated as clean examples.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Content that nobody reported goes into training as benign.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Results nobody clicked are labelled as non-matches.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "If the new model beats production on normalised entropy, it ships to all traffic.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "Log loss on the held-out week is stable enough that I'd roll the model to all traffic in"
        " one go.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Once the backtest shows a lift in recall@50, we roll it out to everyone.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If nDCG beats the current system by 3%, I'd roll it out to everyone and watch the"
        " dashboards.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "As soon as the new model's WAPE beats the spreadsheet on the backtest, it replaces the"
        " spreadsheet for all cities.",
    ),
    ("feed-ranking", "offline-only-launch", "Ship it once it beats the current ranker on AUC."),
    (
        "search-ranking",
        "offline-only-launch",
        "Roll out to everyone after the offline NDCG improves.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "When the MAE on the holdout is lower than the current model's, we switch all traffic to"
        " it.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "If PR-AUC on last month's data goes up, the new model goes live for every transaction.",
    ),
    (
        "spam-detection",
        "offline-only-launch",
        "The new filter replaces the old one as soon as it has higher recall on the test set.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "If AUC on the held-out logs improves, we push the new ranker to every user.",
    ),
    (
        "rag-assistant",
        "offline-only-launch",
        "If faithfulness on the golden set goes up, we deploy the new prompt company-wide.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "A higher MRR on replayed prefixes is all we need; then it goes to 100% of traffic.",
    ),
    (
        "harmful-content",
        "offline-only-launch",
        "When the classifier's F1 on the holdout beats the old one, it takes over all enforcement.",
    ),
    (
        "people-you-may-know",
        "offline-only-launch",
        "We launch to all members once recall@k on the held-out edges beats the current model.",
    ),
    ("recommendation", "offline-only-launch", "Roll it out to everyone after the backtest."),
    (
        "feed-ranking",
        "future-leakage",
        "Popularity features: total reactions on the post, taken from the stats table when the"
        " training set is built.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "For each post I'd add its final like count from the warehouse as a feature.",
    ),
    (
        "demand-forecasting",
        "future-leakage",
        "For training I'd join the actual hourly weather for each zone-hour as features.",
    ),
    (
        "demand-forecasting",
        "future-leakage",
        "Features include the observed rain in each hour, and at forecast time we plug in the"
        " forecast.",
    ),
    (
        "recommendation",
        "future-leakage",
        "Video features: total watch time of each video computed over the full log.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "A feature for the account's total number of chargebacks, computed from the current"
        " tables.",
    ),
    (
        "search-ranking",
        "future-leakage",
        "Product conversion rate computed over the full two years goes in as a feature.",
    ),
    ("ads-ctr", "future-leakage", "The advertiser's CTR over the full day is a feature."),
    (
        "rag-assistant",
        "no-fallback",
        "When the model is unavailable, the assistant shows a 'please try again later' message.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "There is a single generation path; if the GPU cluster is down, users get an error"
        " message.",
    ),
    ("recommendation", "no-fallback", "If the ranker times out, the page shows an empty row."),
    (
        "feed-ranking",
        "no-fallback",
        "If the feature store is unavailable, the request fails and the client retries.",
    ),
    (
        "search-ranking",
        "no-fallback",
        "If the ranking service is down, we return an empty result page.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "If the ETA model is down, the app simply doesn't show an ETA.",
    ),
    (
        "demand-forecasting",
        "no-fallback",
        "If the pipeline fails, planners get no forecast that week.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "The one number we drive is click-through rate on the home page.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "We rank results to maximise clicks per query.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The ranker sends whatever maximises opens.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "At very high confidence we accept the message and discard it; it never reaches the"
        " mailbox or the spam folder.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Messages scoring above 0.99 are dropped outright, without a copy anywhere.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Known phishing campaigns are deleted at the edge so the user never sees them.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "The target is the count of delivered orders per zone-hour, straight from the orders"
        " table.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "We train on completed orders as the demand signal.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If the new model has better nDCG on the holdout, we launch it to all users.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If the new model has better offline metrics, we roll it out to everyone.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Once the candidate shows better recall on last week's data, it replaces production.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "Since a city-by-city rollout would take a quarter to read out, I'd switch a city over"
        " once its backtest beats the spreadsheet.",
    ),
    # a second batch written after the families, measured on arrival: 23 of 25 raised (the
    # base checker: 8); the other two after 'try again later' went and 'order is unaffected'
    # came
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Each load gives ~1,500 candidates; the ones that never made it onto the screen become"
        " label-0 rows.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Negatives: videos that never got rendered on the home page, sampled 20 per positive.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Ads that were never served get label 0, so the model learns which ads users don't want.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Pushes that didn't go out because of the cap are added as negatives.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Products the shopper passed over without clicking are labelled irrelevant.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Results no one clicked are non-matches in the training data.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Every message with no user report goes in as ham.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Posts that got no reports are labelled benign for training.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Answers count as correct unless the user clicks thumbs-down.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Suggestions the user didn't choose are labelled 0.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If recall@100 shows a lift over the current model on the backtest, we ship it to"
        " everyone.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "Once the new ranker has better NDCG on the rater set, it replaces the old one for all"
        " traffic.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "If the holdout MAE is lower, we switch everyone over.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "When the backtest PR-AUC beats the rules by a clear margin, it goes live for all"
        " transactions.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "Roll it out to all users once the offline AUC comes out ahead.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "After the backtest, we switch every city over in one go.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Features: the post's final comment count and total shares, pulled when we build the"
        " training set.",
    ),
    (
        "recommendation",
        "future-leakage",
        "Item features include lifetime views, read from the stats table when the training data"
        " is built.",
    ),
    (
        "ads-ctr",
        "future-leakage",
        "The ad's total clicks across its whole life go in as a feature.",
    ),
    (
        "search-ranking",
        "future-leakage",
        "Each product gets its total views as a feature, taken when the training set is assembled.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "If the LLM endpoint is down, users see an error message and can try again later.",
    ),
    (
        "recommendation",
        "no-fallback",
        "When the ranker fails, the home page shows a blank screen until it recovers.",
    ),
    (
        "search-ranking",
        "no-fallback",
        "If the model server is unavailable, the search page shows an error page.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "The target is the number of completed orders per zone-hour.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Downsampling inflates every ad by the same factor, so the auction order is unaffected"
        " and we use the raw scores.",
    ),
    # a third batch, measured on arrival: 15 of 20 raised (the base checker: 11); two more after
    # 'held back from training' and 'didn't make it into the top' joined their families. Still
    # missed, all engagement-only-objective with the objective more than 6 words from its
    # signal: 'Success for this project is simple: more clicks on the home page', 'We rank each
    # post by its predicted probability of a like or comment', 'The one number the ranker
    # drives is the open rate'
    (
        "feed-ranking",
        "random-split",
        "I'd pool all 30 days of impressions, shuffle them, and keep 10% aside for testing.",
    ),
    (
        "ads-ctr",
        "random-split",
        "Evaluation data: a random 5% of the month's impressions, held back from training.",
    ),
    (
        "notification-ranking",
        "random-split",
        "Take all examples from the 13 months, shuffle, and hold out 20% for the test set.",
    ),
    (
        "search-ranking",
        "random-split",
        "We hold out a random 10% of query sessions from the two years as the test set.",
    ),
    ("demand-forecasting", "random-split", "Zone-hours are shuffled and 20% go to validation."),
    (
        "fraud-detection",
        "random-split",
        "Shuffle last year's transactions and use 15% of them as the holdout.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "The ranker is trained and judged on clicks; that is our north star.",
    ),
    ("query-autocomplete", "engagement-only-objective", "The decision metric is the take rate."),
    (
        "recommendation",
        "future-leakage",
        "Video features: total views and lifetime watch time, pulled from the stats table at"
        " export time.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Per-card features are computed over the whole log, including the weeks after each"
        " transaction.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "If the new ranker has better AUC on last month's sends, it replaces the rules for all"
        " users.",
    ),
    (
        "visual-search",
        "offline-only-launch",
        "Once recall@10 beats the current model on the test set, we roll it out to everyone.",
    ),
    (
        "harmful-content",
        "offline-only-launch",
        "When the new classifier has better PR-AUC on the golden set, it goes live for all"
        " categories.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "If the routing service is down, the request fails and the app shows an error page.",
    ),
    ("fraud-detection", "no-fallback", "If the scoring service times out, the request fails."),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Candidates that never made it onto the screen are labelled 0.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Every catalogue item that didn't make it into the top 50 is a negative.",
    ),
    # a fourth batch, measured on arrival: 17 of 21 raised (the base checker: 13); two more after
    # report counts read at their end joined future-leakage. Still missed: "The model uses last
    # week's orders as a lag even for the 11-day horizon" ('as a lag' beside 'averaged over
    # the full year' would raise a false alarm), "Query popularity is counted over the full
    # log, including the test days" (no feature word)
    (
        "eta-prediction",
        "future-leakage",
        "Features include the actual pickup time from the order record.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "We add the account's chargeback count as of today as a feature.",
    ),
    (
        "people-you-may-know",
        "future-leakage",
        "Mutual-friend counts are computed on the current graph for every historical pair.",
    ),
    (
        "notification-ranking",
        "future-leakage",
        "A user's total opens over the whole log goes in as a feature.",
    ),
    (
        "spam-detection",
        "future-leakage",
        "The sender's final spam-report count goes in as a feature.",
    ),
    (
        "harmful-content",
        "future-leakage",
        "The post's final number of reports goes in as a feature.",
    ),
    (
        "people-you-may-know",
        "offline-only-launch",
        "If AUC on held-out edges improves, the new model replaces the old one for every member.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "When MRR on replayed prefixes is higher, we ship it to all users.",
    ),
    (
        "harmful-content",
        "offline-only-launch",
        "If recall at the same precision improves on the golden set, the model goes live for"
        " every category.",
    ),
    (
        "spam-detection",
        "offline-only-launch",
        "If the new filter has better recall on last month's mail, it replaces the old one for"
        " all users.",
    ),
    (
        "fraud-detection",
        "no-fallback",
        "If the model service is down, the transaction is declined with an error message.",
    ),
    (
        "notification-ranking",
        "no-fallback",
        "If the ranker is down, the request fails and nothing is sent that day.",
    ),
    (
        "visual-search",
        "no-fallback",
        "If the embedding service fails, the user sees an error page.",
    ),
    (
        "people-you-may-know",
        "no-fallback",
        "If the ranking service times out, the module shows an empty row.",
    ),
    (
        "harmful-content",
        "no-fallback",
        "If the classifier is down, the upload request fails with an error message.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Mail above 0.995 is deleted immediately and never reaches the user.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "For the most confident tier we purge the message at the gateway.",
    ),
    ("recommendation", "random-split", "I'd shuffle all impressions and keep 10% as the test set."),
    (
        "eta-prediction",
        "random-split",
        "Trips from the last year are shuffled and 20% kept for testing.",
    ),
    # a fifth batch, measured on arrival: 14 of 15 raised (the base checker: 13); the last after
    # 'without a complaint' joined spam's family
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions that were never disputed within 30 days are our legitimate class.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Approved transactions without a chargeback so far count as good ones.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Any pair of members who never connected goes into training as a negative.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Everything that was never flagged by users is treated as safe content.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Whatever lands in the inbox without a complaint is labelled legitimate.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Conversations where nobody complained are counted as successful answers.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "All videos the user never watched are treated as negatives.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "When normalized entropy improves on the held-out day, we promote the model to all"
        " traffic.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "A model that beats production on every head offline gets pushed to 100% of users.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "If offline NDCG goes up, the new ranker becomes the default for everyone.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "The new model takes over all requests once its backtest MAE beats the current one.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "Once the backtest WAPE is lower than the spreadsheet's, the model replaces it in every"
        " city.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "If the vector store is unavailable, the assistant returns an error message.",
    ),
    (
        "feed-ranking",
        "no-fallback",
        "If the heavy ranker times out, the feed shows an error page and asks the user to refresh.",
    ),
    (
        "query-autocomplete",
        "no-fallback",
        "The ranker is a hard dependency: if it is down, the request fails.",
    ),
]

QUIET_24: list[tuple[str, str, str]] = [
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts that never made it onto the screen are not negatives; only shown, unengaged posts"
        " are.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Candidates that never went out are excluded from training, since their outcome is"
        " unknown.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Notifications we held back get no label at all; only sent and unopened ones are label 0.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "An answer without a thumbs-down is not counted as resolved; we sample and review them.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Silence is not approval: unrated answers go to a review sample, not into the correct"
        " bucket.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Mail nobody reported is not assumed legitimate; we sample it for human review.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions still inside the 120-day window are not labelled legitimate yet.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Unreported posts are not treated as clean; a random sample goes to reviewers.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Suggestions below the one tapped are not counted as negatives, since the user may never"
        " have read them.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "We sample negatives from impressions the user scrolled past, never from the unwatched"
        " catalogue.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Negatives are impressions that got no action; eligible posts the user never saw stay"
        " unlabelled.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "If the new model beats production offline, it gets a 5% A/B test for two weeks.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Offline nDCG only decides which model goes into the online experiment; the launch is"
        " decided by the A/B result.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "Even when the backtest is better, we ramp one city at a time before it replaces the"
        " spreadsheet.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "We never roll out to everyone on offline numbers alone.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "Log loss on the held-out week improves, but we still run an A/B test before we ship.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "Rather than rolling out to everyone in one go after the offline NDCG improves, we ramp"
        " 1%, 10%, 50%.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Post popularity features are the counts as of the impression time, read from the logged"
        " feature snapshot.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Counters are computed from events before each impression, never from the post's final"
        " totals.",
    ),
    (
        "demand-forecasting",
        "future-leakage",
        "Observed weather is used only to evaluate; the model is trained on the forecast that was"
        " available at the time.",
    ),
    (
        "search-ranking",
        "future-leakage",
        "Conversion rate is computed only from sessions before each query, never over the full"
        " two years.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "If the model is down, we fall back to showing the top retrieved passages with links.",
    ),
    (
        "recommendation",
        "no-fallback",
        "If the ranker times out, we serve the cached popular row instead of an empty one.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "If the ETA model is down, the app shows the routing engine's estimate instead.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Take rate is a guardrail; the goal is successful searches that end in a purchase.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Clicks are one input to the value model, balanced against hides and the survey.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Even at 0.999 we move mail to the spam folder rather than deleting it, so a user can"
        " recover a misfiled message.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Nothing is deleted: the top tier goes to quarantine for 30 days.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Delivered orders undercount demand when couriers run out, so the target is reconstructed"
        " demand from sessions.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "After downsampling, we recalibrate the scores before they enter the auction, since bids"
        " multiply pCTR.",
    ),
    # the second batch (written after the families, measured on arrival: 15 of 15 quiet)
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts that never made it onto the screen are not used as negatives at all.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Pushes that didn't go out because of the cap have no label; we learn their effect from a"
        " randomised holdout.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "We don't assume an answer is correct unless the user says so; a sample is reviewed.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Mail with no user report is unlabeled; we never train on it as ham.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If recall@100 shows a lift on the backtest, the model earns a two-week A/B test.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "A lower holdout MAE gets the model into a 5% experiment, nothing more.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "After the backtest, we switch one pilot city over and compare with a matched city.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "Even when the backtest beats the rules, we run the model in shadow mode for a month"
        " first.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "We never use the post's final comment count; counters are as of the impression.",
    ),
    (
        "recommendation",
        "future-leakage",
        "Lifetime views would leak the future, so item counts are snapshotted at each impression.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "If the LLM endpoint is down, we fall back to the top retrieved passages rather than an"
        " error message.",
    ),
    (
        "recommendation",
        "no-fallback",
        "When the ranker fails, we serve the cached popular row, never a blank screen.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Completed orders understate demand on censored hours, so those hours are corrected with"
        " session data.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Downsampling inflates every ad by the same factor, but the second price depends on the"
        " absolute pCTR, so we recalibrate.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "Better NDCG on the rater set only gets a ranker into the interleaving test.",
    ),
    # a third batch (10 of 10 quiet on arrival)
    (
        "feed-ranking",
        "random-split",
        "Shuffling the 30 days and keeping 10% aside would leak; we split by date.",
    ),
    (
        "notification-ranking",
        "random-split",
        "For the A/B test, users are randomly split into two groups.",
    ),
    ("demand-forecasting", "random-split", "Validation is the last 8 weeks; nothing is shuffled."),
    (
        "recommendation",
        "engagement-only-objective",
        "Clicks are easy to move but are not the goal; we optimise watch time balanced against"
        " satisfaction surveys.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Open rate is a guardrail, the objective is long-term retention.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Per-card features are computed only from events before each transaction.",
    ),
    (
        "visual-search",
        "offline-only-launch",
        "Once recall@10 beats the current model on the test set, we run an A/B test on 5% of"
        " users.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "If the routing service is down, we fall back to the historical median for that route.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Candidates that never made it onto the screen are left out of training.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results below the last click are unknown, not negatives.",
    ),
    # near-misses aimed at this round's new phrases, each stating the right choice with them
    # (20 of 20 quiet on arrival)
    (
        "ads-ctr",
        "offline-only-launch",
        "We never switch all traffic in one go: a better log loss on the held-out week only earns"
        " a 1% A/B test.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "A holdout MAE lower than the current model's is necessary but not sufficient; the"
        " switchback decides.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "A lift in recall@50 on the backtest gets the model into an interleaving test, not to"
        " everyone.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "After the backtest, the ranker goes to a 5% experiment before it replaces the old one.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "Better AUC on last month's sends is where the work starts: we then push it to 1% of"
        " users as a holdout test.",
    ),
    (
        "rag-assistant",
        "no-fallback",
        "Users should never see an error message; if the model is down we fall back to the search"
        " results page.",
    ),
    (
        "recommendation",
        "no-fallback",
        "An empty row is the worst outcome, so the fallback is the cached popular row.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Total reactions are read as of the impression time, never from the stats table when the"
        " training set is built.",
    ),
    (
        "recommendation",
        "future-leakage",
        "Lifetime views would leak, so view counts are snapshotted at each impression.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Counts from the orders table understate demand in censored hours, so we reconstruct"
        " demand there.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Completed orders are the cleanest signal we have, but on stockout hours we correct for"
        " lost demand.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Every ad is inflated by the same factor in odds, not in probability, so we recalibrate"
        " the scores before the auction.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "We never treat an answer as resolved unless the user confirms it.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results the user scrolled past without clicking are not labelled irrelevant; we correct"
        " for position bias instead.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Candidates suppressed by the frequency cap never get a label; their effect is learned"
        " from a randomised holdout.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Suggestions that were not selected are weaker negatives only when the final query was"
        " typed past them.",
    ),
    (
        "fraud-detection",
        "random-split",
        "The last month is held out from training as the test set, in time order.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The one number leadership watches is 28-day retention, not opens.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Success means viewers who come back next week, not more clicks.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Known malware attachments are stripped; the message itself still goes to the spam folder.",
    ),
    # a fourth batch (7 of 7 quiet on arrival)
    (
        "eta-prediction",
        "future-leakage",
        "The actual pickup time is the label for the pickup model, never a feature.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Chargeback counts are computed only from chargebacks filed before each transaction.",
    ),
    (
        "people-you-may-know",
        "future-leakage",
        "Mutual-friend counts are computed on the graph as it was at each impression.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Nothing is deleted immediately; even the most confident tier goes to the spam folder for"
        " 30 days.",
    ),
    (
        "notification-ranking",
        "no-fallback",
        "If the ranker is down, we fall back to the old rules so urgent notifications still go"
        " out.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "A higher MRR on replayed prefixes earns a two-week A/B test before any launch.",
    ),
    (
        "recommendation",
        "random-split",
        "We split by time: the last week of impressions is the test set, nothing is shuffled.",
    ),
    # a fifth batch (6 of 6 quiet on arrival)
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions are only labelled legitimate after the 120-day dispute window closes.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Content nobody flagged is not treated as safe; we sample it for review.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "A conversation where nobody complained is unknown, not a success; we review a sample.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "When normalized entropy improves on the held-out day, we promote the model to a 2% A/B"
        " test.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "If offline NDCG goes up, the ranker goes into interleaving before it becomes the default.",
    ),
    (
        "feed-ranking",
        "no-fallback",
        "If the heavy ranker times out, we fall back to the light ranker's order, never an error"
        " page.",
    ),
    # the new phrases where they describe something else: monitoring an error, serving today's
    # values (each raised the flag while bare 'error message', 'empty row', "today's snapshot"
    # were evidence; those were narrowed to the choice: 'shows an empty row', ...)
    ("rag-assistant", "no-fallback", "Monitoring: we alert when error messages in the logs spike."),
    ("rag-assistant", "no-fallback", "We log every error message with the request id."),
    ("search-ranking", "no-fallback", "Dashboards track error page views and latency."),
    ("recommendation", "no-fallback", "An empty row is logged as an incident."),
    (
        "rag-assistant",
        "no-fallback",
        "The model is temporarily unavailable during deploys, so we keep a warm standby.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "At serving time the feature store returns the counters as they are today.",
    ),
    (
        "feed-ranking",
        "future-leakage",
        "Online, features come from today's snapshot of the feature store.",
    ),
    # the new exposure and selection phrases beside the right choice (the first raised the flag
    # until 'weak negatives ... when a lower result was clicked' joined search's unless)
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results scrolled past without clicking are weak negatives only when a lower result was"
        " clicked.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts not displayed get no label; negatives come from impressions with no action.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Candidates that were never rendered are dropped; only impressions can be negatives.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Notifications suppressed by the cap are not negatives, their outcome is unknown.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Undelivered pushes are excluded; negatives are delivered but unopened pushes.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Products not selected are not negatives by themselves.",
    ),
    # an offline result told for every slice, no launch (each raised the flag while 'for every
    # query', 'for all cities', ... were launch words; they are gone)
    (
        "search-ranking",
        "offline-only-launch",
        "Offline NDCG is higher for every query class, especially the tail.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "Recall on the test set is lower than the baseline's for every query type, so we keep"
        " iterating.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "The backtest shows PR-AUC is higher for every transaction type.",
    ),
    ("demand-forecasting", "offline-only-launch", "WAPE on the backtest is lower for all cities."),
]


# -- Round 16, flags23: the stance of the sentence (probes written before the gate) -----------
# A red flag is raised where the answer commits to the mistake: a plan of ours ("we'll",
# "I'd"), an imperative, a note under our own heading, a description of our system. Not where
# the mistake is supposed (if, would), reported (a team, they, the old system, our war story),
# judged ("won't do", "is a trap") or avoided (avoid, resist, instead of). Written before the
# gate in designtrainer/grading/stance.py was built: main's checker got 70 of 74 made and
# 59 of 77 quiet; the gate as first written, 70 of 74 and 72 of 77. The four made it never
# found are left out here, they are evidence (recall), not stance: "Labels: chargeback = 1,
# everything else = 0.", "I'd take every eligible post the user never saw and label it 0.",
# "Scoring is a nightly batch; at checkout we look up yesterday's score ...", "Compare the
# query embedding against every catalog image at query time."
STANCE_MADE: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "random-split",
        "We'll shuffle all the transactions and split them 80/20 into train and test.",
    ),
    ("fraud-detection", "random-split", "Split: random 80/20 over all the rows."),
    ("fraud-detection", "random-split", "Shuffle the transactions, then take 20% as the test set."),
    (
        "fraud-detection",
        "random-split",
        "The test set is a random 10% of the transactions from the last year.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "I'd label every transaction without a chargeback as legitimate.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions with no chargeback are treated as legitimate in training.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Treat no chargeback yet as legitimate and train on last month.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Our headline metric is accuracy on the held-out month.",
    ),
    ("fraud-detection", "accuracy-as-metric", "Metric: accuracy on the test set."),
    (
        "fraud-detection",
        "threshold-at-half",
        "We decline any transaction whose fraud probability is above 0.5.",
    ),
    ("fraud-detection", "threshold-at-half", "Threshold: 0.5 on the score, decline above it."),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "We score all transactions in a nightly batch job and approve or decline from that table.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Features include the chargeback status of the transaction and the card's current profile.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "I'll use the final dispute outcome as a feature, it's the strongest signal.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "Once the new model beats the baseline on the test set we ship it to all traffic.",
    ),
    (
        "fraud-detection",
        "offline-only-launch",
        "If offline AUC improves, we launch it to everyone.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "We downsample the negatives to 50/50 in both train and test and report precision on the"
        " test set.",
    ),
    ("fraud-detection", "resampled-test-set", "Evaluate on the balanced validation set."),
    (
        "spam-detection",
        "silent-deletion",
        "Anything above 0.9 gets deleted immediately, the user never sees it.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "We'll silently drop the messages the model is sure about.",
    ),
    ("spam-detection", "silent-deletion", "High-confidence spam: delete on arrival."),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Training data: reported mail is spam, unreported mail is ham.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "I'd treat unreported mail as legitimate, since most of it is.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Every message nobody reported goes in as a negative.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "We'll have raters read a random sample of delivered messages from users' inboxes to"
        " label them.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Labelling: annotators go through a sample of user inboxes each week.",
    ),
    (
        "spam-detection",
        "random-split",
        "Randomly split the messages into train, validation and test.",
    ),
    ("spam-detection", "random-split", "Let's shuffle everything and take 10% as the test set."),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Negatives are all the other eligible posts that were never shown.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Training examples:\n- positives: clicked posts\n- negatives: posts never shown to the"
        " user",
    ),
    ("feed-ranking", "engagement-only-objective", "We optimise purely for clicks."),
    ("feed-ranking", "engagement-only-objective", "Objective: maximise time spent."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The model's objective is engagement, full stop.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "When NDCG on the holdout set improves, we roll it out to everyone.",
    ),
    (
        "feed-ranking",
        "random-split",
        "We shuffle the impressions and hold out 10% as the test set.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "The training target is completed orders per zone-hour.",
    ),
    ("demand-forecasting", "orders-as-demand", "We'll treat completed orders as demand."),
    (
        "demand-forecasting",
        "point-forecast-only",
        "We give ops one number per zone-hour and they staff to it.",
    ),
    ("demand-forecasting", "point-forecast-only", "Forecast the mean and staff to the mean."),
    ("demand-forecasting", "mape-on-sparse-series", "Our primary metric is MAPE per zone-hour."),
    ("demand-forecasting", "random-split", "Split the zone-hours randomly into train and test."),
    ("eta-prediction", "shown-eta-as-label", "The label is the ETA we showed at checkout."),
    ("eta-prediction", "shown-eta-as-label", "We'll train on the displayed ETA as the target."),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Going with the quoted ETA as ground truth, since it's what we have.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "We precompute ETAs nightly for every restaurant-zone pair and serve from the table.",
    ),
    ("eta-prediction", "stale-batch-eta", "ETAs are computed once a day in a batch job."),
    ("eta-prediction", "future-leakage", "Use the actual pickup time as a feature."),
    ("eta-prediction", "future-leakage", "Features: distance, actual drive time, time of day."),
    (
        "eta-prediction",
        "random-split",
        "I'll split the deliveries randomly 80/20 into train and test.",
    ),
    ("notification-ranking", "propensity-as-uplift", "We send to the users most likely to open."),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Rank candidates by p(open) and send the top three.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "No cap: if the model thinks it's relevant, we send it.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We'll send every candidate above the threshold, no daily cap.",
    ),
    ("notification-ranking", "engagement-only-objective", "Our goal is to maximise opens."),
    (
        "harmful-content",
        "fully-automated-removal",
        "Everything the model flags is removed automatically, without human review.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "We'll auto-remove anything flagged above the threshold, no human in the loop.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "We use user reports as ground truth for training.",
    ),
    ("harmful-content", "reports-as-ground-truth", "Labels: reported posts are positives."),
    (
        "search-ranking",
        "full-catalog-ranking",
        "The ranker scores every product in the catalog for each query.",
    ),
    ("search-ranking", "random-split", "Randomly split the query logs into train and test sets."),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Products that were never shown are the negatives.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Negatives: all the other candidates the member never invited.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "We score the entire catalog for every user at request time.",
    ),
    ("recommendation", "no-fallback", "If the model is down, we just return an error."),
    (
        "recommendation",
        "offline-only-launch",
        "Ship it when recall on the holdout set beats the baseline.",
    ),
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "We call the LLM on every keystroke to generate suggestions.",
    ),
    (
        "rag-assistant",
        "fine-tune-as-knowledge",
        "We'll fine-tune the model on the docs so it knows them.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "We downsample negatives 10x and use the predicted CTR directly in the auction.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "My labelling rule: a chargeback within 90 days is fraud, otherwise legitimate.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "The model is trained on reported mail as spam and unreported mail as ham.",
    ),
]

STANCE_QUIET: list[tuple[str, str, str]] = [
    # hypothetical
    (
        "fraud-detection",
        "random-split",
        "If we shuffled the transactions and split them randomly, the test set would share days"
        " with training.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "If we label every transaction without a chargeback as legitimate, recent fraud ends up"
        " as negatives.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Suppose we treat no chargeback as legitimate: the last six weeks would be full of"
        " mislabelled fraud.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Were we to treat unreported mail as ham, the model would learn that spam nobody"
        " bothered to report is fine.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Training on the ETA we showed as the target would just teach the model to copy the old"
        " estimate.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Labelling posts that were never shown as negatives would punish posts for the old"
        " ranker's choices.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Using completed orders as the target would hide the demand we lost to stockouts.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "A 0.5 threshold would decline almost nothing at this base rate.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Unless there's an appeal path, deleting messages immediately means a lost job offer is"
        " gone forever.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Should we remove everything the model flags automatically, every false positive becomes"
        " a wrongful takedown.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "If we just send to the users most likely to open, we spend pushes on people who would"
        " have opened anyway.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Were the ETAs precomputed nightly, they'd miss the dinner rush entirely.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "In case someone suggests a nightly batch job: authorization decisions need a score"
        " within 100 ms of the transaction.",
    ),
    # reported
    (
        "search-ranking",
        "random-split",
        "At my last job a team split the search logs randomly into train and test, and the"
        " offline gains vanished online.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "A colleague once used the chargeback status as a feature and got an AUC of 0.99 that"
        " meant nothing.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "The old system treated unreported mail as ham, which is why it missed quiet campaigns.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "The current system precomputes ETAs nightly, which is the main complaint from customers.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Many teams optimise purely for clicks and end up with a clickbait feed.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "They shuffled the zone-hours randomly into train and test and reported a great backtest.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Some platforms use user reports as ground truth, and brigading poisons their labels.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "The previous team ranked candidates by p(open) and sent the top three, so opens went up"
        " and uninstalls too.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "People often leave the threshold at 0.5 because it's the default.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "In the postmortem I read, they trained on the displayed ETA as the target and the model"
        " learned to copy it.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Another provider silently deleted high-confidence spam and lost customers over missing"
        " invoices.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "My previous company labelled every post never shown as a negative, and the model just"
        " relearned the old ranker.",
    ),
    # evaluative
    (
        "eta-prediction",
        "stale-batch-eta",
        "Precomputing ETAs nightly won't do: traffic changes by the minute.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "Scoring in a nightly batch job and looking it up at checkout isn't an option for card"
        " transactions.",
    ),
    ("fraud-detection", "random-split", "A random split of the transactions is a trap here."),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Treating unreported mail as ham is the classic mistake in this problem.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Calling the posts that were never shown negatives is tempting but wrong.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Completed orders as the target is a known pitfall: they undercount demand when we run"
        " out of couriers.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Optimising purely for clicks is a recipe for clickbait.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal is out of the question for borderline categories.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "A 0.5 threshold is a non-starter with a 0.1% base rate.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "The displayed ETA as a label is a bad idea, because it was shaped by the old model.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Sending to the users most likely to open is the wrong target, since many of them open"
        " anyway.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Deleting spam immediately is far too risky for a false positive like a job offer.",
    ),
    (
        "search-ranking",
        "full-catalog-ranking",
        "Scoring every product in the catalog with the ranker is infeasible at this latency.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "The temptation is to call every transaction without a chargeback legitimate.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "One number per zone-hour is not enough for staffing.",
    ),
    # avoided or refused
    (
        "feed-ranking",
        "unobserved-as-negative",
        "I'd avoid taking the posts that were never shown and calling them negatives.",
    ),
    ("fraud-detection", "random-split", "I'd steer clear of a random split of the transactions."),
    (
        "spam-detection",
        "unobserved-as-negative",
        "I'd resist the urge to label unreported mail as ham.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "I wouldn't count unreported messages as negatives at all.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Instead of the ETA we showed, the label is the actual delivery time.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Rather than completed orders as the target, I'd model demand with stockouts treated as"
        " censored.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "We compute the ETA at request time rather than in a nightly batch job.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "We're not going to remove anything automatically without human review.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We won't send every candidate above the threshold; there's a per-user daily cap.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Keep the chargeback status out of the features entirely.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Never delete a message silently; it goes to the spam folder.",
    ),
    ("feed-ranking", "engagement-only-objective", "Don't optimise purely for clicks."),
    ("fraud-detection", "threshold-at-half", "We must avoid the default 0.5 threshold."),
    (
        "search-ranking",
        "random-split",
        "I'd avoid splitting the query logs randomly into train and test.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Avoid the actual pickup time as a feature: it isn't known when we quote.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "Splitting the zone-hours randomly into train and test is something I'd avoid.",
    ),
    # war stories
    (
        "fraud-detection",
        "future-leakage",
        "Years ago we computed card features over the full history and then split the examples"
        " randomly, and the model looked perfect offline.",
    ),
    (
        "spam-detection",
        "random-split",
        "Last year we split the mail randomly into train and test and shipped a model that"
        " collapsed within a week.",
    ),
    # conceded then faulted, worries, asides
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Someone might report accuracy on the test set, but at 0.1% fraud it says nothing.",
    ),
    (
        "demand-forecasting",
        "mape-on-sparse-series",
        "MAPE per zone-hour sounds natural, but it explodes on zone-hours with zero orders.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "One could take the displayed ETA as the label, but that bakes in the old model's bias.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "It's easy to end up sending to the users most likely to open, which measures"
        " propensity, not impact.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "What I'd worry about is treating user reports as ground truth: reporters brigade.",
    ),
    (
        "fraud-detection",
        "batch-scoring-inline",
        "The obvious shortcut, a nightly batch job that scores every card, fails for brand-new"
        " cards at checkout.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Having raters read users' inboxes to label them is a privacy breach we can't accept.",
    ),
    (
        "recommendation",
        "score-entire-catalog",
        "Scoring the entire catalog for every user at request time is far too slow.",
    ),
    (
        "search-ranking",
        "full-catalog-ranking",
        "No ranker can score every product in the catalog per query within the budget.",
    ),
    (
        "feed-ranking",
        "random-split",
        "Shuffling the impressions before splitting into train and test would leak tomorrow into"
        " training.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "Staffing to the mean forecast means being short on half of all zone-hours.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "A nightly batch job that precomputes ETAs is what we're replacing.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "The risk with treating no chargeback yet as legitimate is that fraud takes weeks to"
        " surface.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "My worry with labelling unreported mail as ham is that most people never report spam.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "I've seen fully automated removal go badly: a model flagged a whole news event.",
    ),
    (
        "people-you-may-know",
        "unobserved-as-negative",
        "Treating every candidate the member didn't invite as a negative would teach the model"
        " that unseen suggestions are bad.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Some suggest treating all eligible posts that were never shown as negatives; I'd only"
        " use shown-and-skipped posts.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Accuracy on the test set looks great and tells us nothing, so it's not our metric.",
    ),
    (
        "eta-prediction",
        "random-split",
        "Interviewers often expect a random 80/20 split of the deliveries, which is exactly what"
        " leaks rush-hour patterns.",
    ),
    # Was in MADE (round 12): a condition on our own doing with what the model would learn
    # as its main clause is a warning under the stance basis (issue 16), not a plan.
    (
        "fraud-detection",
        "future-leakage",
        "If we compute card features from the current tables, the model learns from future data.",
    ),
]


# A second batch, written after the gate and measured before any tuning on it: the gate got
# 20 of 20 made and 19 of 20 quiet (main's checker 20 and 18); the miss, a verdict past an
# aside between commas ("..., without human review, isn't acceptable"), is read since.
STANCE_MADE_2: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "random-split",
        "For evaluation I'm going to shuffle the transactions and hold out 20% at random.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Anything without a chargeback after 30 days we call legitimate and train on it.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "Block the payment when the fraud probability goes above 0.5.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Negatives: everything unreported, which is most of the mail.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Once the model is confident, the message gets deleted immediately and never reaches"
        " the inbox.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "To keep it simple the target is the ETA we showed the customer.",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Every night a batch job precomputes the ETA for each restaurant and we serve that"
        " all day.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "In the end we maximise clicks; everything else is secondary.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "We sample negatives from all eligible posts that were never shown.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Completed orders are the demand, so that's our training target.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "I'll randomly split the zone-hours into train and test, 80/20.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Posts above the threshold are removed automatically with no human review, to save"
        " moderator time.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Since we have millions of them, user reports serve as ground truth.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Each evening we send to the users most likely to open.",
    ),
    (
        "search-ranking",
        "random-split",
        "Then we shuffle the query logs and split them into train and test.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "The plan: if recall on the holdout set beats the baseline, we roll it out to all users.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters will read a random sample of user inboxes every week.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "As a feature I'd add the chargeback status of the card's previous transactions as of"
        " today.",
    ),
    ("eta-prediction", "future-leakage", "We also feed the actual pickup time into the features."),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We report accuracy on the test set to leadership every week.",
    ),
]
STANCE_QUIET_2: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "random-split",
        "Imagine we shuffled the transactions before splitting: the test set would sit inside"
        " the training period.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Counting every transaction without a chargeback as legitimate would bake recent fraud"
        " into the negatives.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "A common trap is treating unreported mail as ham.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "My old team deleted high-confidence spam immediately, and support tickets about lost"
        " invoices piled up.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Using the displayed ETA as the target is a non-starter: it's the old model's output.",
    ),
    ("eta-prediction", "stale-batch-eta", "I'd stay away from precomputing ETAs nightly."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Maximising clicks alone is a recipe for clickbait, so the objective blends satisfaction.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "If we took all eligible posts that were never shown as negatives, the model would"
        " learn the old ranker's taste.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Previously the team treated completed orders as demand, which hid every stockout.",
    ),
    (
        "demand-forecasting",
        "random-split",
        "Splitting the zone-hours randomly into train and test would leak next week's weather.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Removing everything the model flags automatically, without human review, isn't"
        " acceptable for borderline categories.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "They used user reports as ground truth and the labels got brigaded.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Sending to the users most likely to open sounds right but measures the wrong thing.",
    ),
    (
        "search-ranking",
        "random-split",
        "Rather than shuffling the query logs and splitting them into train and test, we split"
        " by week.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Some teams roll out to all users as soon as recall on the holdout set beats the baseline.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Having raters read a random sample of user inboxes would be a privacy violation.",
    ),
    (
        "fraud-detection",
        "future-leakage",
        "Years ago a team used the chargeback status as a feature and shipped a model that was"
        " useless in production.",
    ),
    (
        "eta-prediction",
        "future-leakage",
        "Feeding the actual pickup time into the features would leak the answer.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "Reporting accuracy on the test set is pointless at a 0.1% fraud rate.",
    ),
    (
        "fraud-detection",
        "threshold-at-half",
        "Suppose we blocked everything above 0.5: we'd catch almost no fraud.",
    ),
]


# Round 16, flags25: readings that carry over to fresh answers, each probed before the fix
# (mistakes in several shapes, and the right choice in the same words).

# A cue that is itself the mistake's words states it, it does not take it back: the list
# label "Drop:" of a flag whose mistake is dropping, or "no one reported" after "unreported
# posts are the negatives:". Before the fix: 2 of 4 mistakes, 7 of 7 quiet.
OWN_CUE_MADE: list[Probe] = [
    (
        "harmful-content",
        "unobserved-as-negative",
        "Unreported posts are the negatives: if a post was seen by millions and no one reported"
        " it, it's clean for training purposes.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results are the negatives: nobody clicked them, so they are irrelevant.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Drop: at very high confidence we accept the message and discard it immediately.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Delete: above 0.99 the message is removed automatically.",
    ),
]
OWN_CUE_QUIET: list[Probe] = [
    (
        "harmful-content",
        "unobserved-as-negative",
        "Unreported posts are not negatives: no one reported it may just mean no one saw it.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "I wouldn't label unreported posts as clean: no report is not a verdict, so we sample"
        " them for review.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Unclicked results are not negatives: nobody clicked them often because nobody saw them.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Drop: never; at very high confidence the message goes to the spam folder, not deleted"
        " immediately.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "We never delete mail automatically: even at 0.99 it goes to the spam folder.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Success is not more taps on suggestions; it is searches that end in a purchase.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Drop: no message is ever deleted; confident spam goes to the spam folder.",
    ),
]


# An arrow maps what comes before it to what it becomes: a negation before it does not reach
# past it ("the user didn't engage with → negatives"). Before the fix: 2 of 4 mistakes, 4 of
# 4 quiet.
ARROW_MADE: list[Probe] = [
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Eligible candidates that weren't shown and that the user didn't engage with \u2192"
        " negatives.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts that were never shown to the user and got no like -> negatives.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results the user didn't see or click \u2192 negative examples.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Posts nobody reported and nobody reviewed \u2192 negatives for training.",
    ),
]
ARROW_QUIET: list[Probe] = [
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Candidates that weren't shown \u2192 not negatives, we drop them.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Results the user didn't see \u2192 unknown, never negatives.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Posts nobody reported \u2192 not negatives; we sample them for review.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "We don't use posts that weren't shown \u2192 no negatives from them.",
    ),
]


# A colon or semicolon ends a refusal: the clause after it is the answer's own ("For launch,
# I'd skip a long A/B: ..., so if nDCG beats ... we roll it out"). Before the fix: 3 of 4
# mistakes, 4 of 4 quiet.
COLON_ENDS_REFUSAL_MADE: list[Probe] = [
    (
        "recommendation",
        "offline-only-launch",
        "For launch, I'd skip a long A/B: our offline replay is faithful, so if nDCG beats the"
        " current system by 3% we roll it out to everyone.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "No experiment: once offline nDCG beats the baseline, we ship it to all users.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "I won't bother with an online test; offline recall beats production, so we replace the"
        " old model for everyone.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "I'd skip the A/B test: if offline nDCG beats the current ranker we deploy it to all"
        " traffic.",
    ),
]
COLON_ENDS_REFUSAL_QUIET: list[Probe] = [
    (
        "recommendation",
        "offline-only-launch",
        "For launch, I wouldn't trust offline numbers alone: if nDCG beats the current system we"
        " run an A/B test before rolling it out.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "Don't ship on the offline gain: an nDCG improvement can still hurt watch time, so we run"
        " an online experiment.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "I'd skip nothing here: offline nDCG beating the baseline only earns an A/B test, then we"
        " roll it out.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "We never launch on offline metrics alone: a better nDCG gets the ranker into an online"
        " A/B test.",
    ),
]


# A note's label that is only the right choice's name is its topic, not the choice: "On
# calibration: the auction only needs the order" does not calibrate. Before the fix: 2 of 3
# mistakes, 5 of 5 quiet.
TOPIC_LABEL_MADE: list[Probe] = [
    (
        "ads-ctr",
        "ranking-only-scores",
        "On calibration: the auction only needs the candidates in the right order, and"
        " downsampling doesn't change the order.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Calibrated scores: not needed, the auction only cares about the ordering.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Sampling correction: skipped, since we only need the ranking of ads.",
    ),
]
TOPIC_LABEL_QUIET: list[Probe] = [
    (
        "ads-ctr",
        "ranking-only-scores",
        "On calibration: the auction doesn't only need the order, so we calibrate the scores with"
        " isotonic regression.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Calibration: the auction does not just need the order, so we would recalibrate the"
        " scores.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "The ordering is not all we need: we'd recalibrate the scores after downsampling, since"
        " price depends on pCTR.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Relevance is graded: the exact product is best, a similar item is second, anything else"
        " is irrelevant.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "We recalibrate: the auction only needs the order for ranking, but the price uses pCTR"
        " times bid.",
    ),
]


# A right choice that only combines the mistake's own words states no right choice: "a
# weighted sum of P(like), P(comment) and P(share)" is still engagement alone. Before the
# fix: 0 of 4 mistakes, 5 of 5 quiet.
COMBINED_MISTAKE_MADE: list[Probe] = [
    (
        "feed-ranking",
        "engagement-only-objective",
        "The score we optimise is expected engagement per post: a weighted sum of P(like),"
        " P(comment) and P(share).",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Objective = maximise expected engagement per impression: weighted sum of P(like),"
        " P(comment), P(share), expected dwell time.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We maximise engagement, a blend of likes, comments and shares.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "We optimise a weighted combination of clicks and click-through rate.",
    ),
]
COMBINED_MISTAKE_QUIET: list[Probe] = [
    (
        "feed-ranking",
        "engagement-only-objective",
        "The score we optimise is a weighted sum of P(like), P(comment) and P(share) minus a"
        " penalty for hides.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We maximise a weighted sum of engagement and long-term satisfaction from surveys.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Objective = a blend of likes and comments with integrity demotions and user satisfaction.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "We optimise a weighted combination of clicks and purchases, with GMV per search as the"
        " target.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We optimise a weighted sum of P(like) and P(comment), balanced against retention.",
    ),
]


# A subject's modifier and its link do not count against `within`: in "Click-through on the
# home feed is the metric I'd optimise", "on the home feed ... is" only says which
# click-through. Before the fix: 0 of 4 mistakes, 6 of 6 quiet. (Without a modifier, "Click-
# through is the metric I'd optimise" is still past `within`: not read yet.)
MODIFIED_SUBJECT_MADE: list[Probe] = [
    (
        "recommendation",
        "engagement-only-objective",
        "Click-through on the home feed is the metric I'd optimise and report to leadership.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "CTR on the home page of the app is the main objective for the ranker.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Clicks from the home feed for each user are what we optimise for.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Time spent in the app per user per day is the primary metric.",
    ),
]
MODIFIED_SUBJECT_QUIET: list[Probe] = [
    (
        "recommendation",
        "engagement-only-objective",
        "Click-through on the home feed is not the metric I'd optimise.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Click-through on the home feed is a guardrail; the metric I'd optimise is long-term"
        " satisfaction.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "CTR on the home page is easy to move, but the main objective is retention.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Time spent in the app per user is a guardrail, while the primary metric is long-term"
        " satisfaction.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Click-through is a guardrail, and the metric I'd optimise is satisfaction.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Home-page click-through rate is not the metric I'd optimise.",
    ),
]


# A mistake of two groups said as one is the other reaches past `within` when only a link
# and a few determiners stand between them: "My target number is that suggestion-take
# rate". Before the fix: 1 of 3 mistakes, 7 of 7 quiet. ("The metric I'd optimise is simply
# the home-page click-through rate", a noun modifier in the gap, is not read yet.)
LINKED_MADE: list[Probe] = [
    (
        "query-autocomplete",
        "engagement-only-objective",
        "My target number is that suggestion-take rate, and I'd aim for 40%.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The primary objective for the whole launch is the suggestion tap-through rate.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Our north star metric is the total time spent in the app.",
    ),
]
LINKED_QUIET: list[Probe] = [
    (
        "query-autocomplete",
        "engagement-only-objective",
        "My target number is not the suggestion-take rate; it is searches that end in a purchase.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The suggestion tap-through rate is a guardrail; the primary objective is search success.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "The metric I'd optimise is long-term satisfaction, and click-through rate is only a"
        " guardrail.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Our north star metric is retention, with time spent in the app as a diagnostic.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The main objective is not click-through rate but long-term satisfaction.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Would the target number be the suggestion tap rate? No, it is searches that end in a"
        " purchase.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "Optimising is the easy part; click-through rate alone would reward clickbait, so we use"
        " purchases per search.",
    ),
]


# Rubric evidence (people-you-may-know, the only rubric with the flag): "A/B by member" is a
# member-level A/B in every context. Before: 0 of 3 mistakes, 3 of 3 quiet.
AB_BY_MEMBER_MADE: list[Probe] = [
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Online: A/B by member id for two weeks.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "We run an A/B by member, 50% each, for two weeks.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Launch with a plain A/B per user and compare accepted invites.",
    ),
]
AB_BY_MEMBER_QUIET: list[Probe] = [
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "An A/B by member id would leak across arms, so we randomise by ego cluster.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Not an A/B by member: invitations cross arms, so we randomise graph clusters.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "A/B guardrails: invitations per member and the ignore rate.",
    ),
]


# Rubric evidence (every rubric with resampled-test-set): "sampled at the same" rate or
# ratio as training, with the evaluation's words, is the resampled test set. Before: 1 of 3
# mistakes, 3 of 3 quiet.
SAMPLED_THE_SAME_MADE: list[Probe] = [
    (
        "ads-ctr",
        "resampled-test-set",
        "Offline: AUC on the next day's impressions, sampled at the same 5% negative rate as"
        " training.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "The test set is sampled at the same 1:10 ratio as the training data.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "We evaluate on a held-out week sampled at the same rate as training.",
    ),
]
SAMPLED_THE_SAME_QUIET: list[Probe] = [
    (
        "ads-ctr",
        "resampled-test-set",
        "The test day is not sampled at the same rate as training: we evaluate AUC on all"
        " impressions.",
    ),
    (
        "fraud-detection",
        "resampled-test-set",
        "Training negatives are sampled at the same 1:10 ratio, while the test set keeps the"
        " natural distribution.",
    ),
    (
        "spam-detection",
        "resampled-test-set",
        "Evaluation uses unsampled traffic; only training data is sampled at the same rate"
        " across senders.",
    ),
]


# Rubric evidence (spam-detection, the only rubric with the flag): "mailboxes" as "inboxes"
# are, and "label a uniform sample" as "label a random sample" is. Before: 0 of 3 mistakes,
# 3 of 3 quiet.
MAILBOXES_MADE: list[Probe] = [
    (
        "spam-detection",
        "humans-read-mail",
        "I'd have the raters label a uniform sample across all mailboxes.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters go through a random sample of users' mailboxes every day.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Annotators label a uniform sample of messages from user mailboxes.",
    ),
]
MAILBOXES_QUIET: list[Probe] = [
    (
        "spam-detection",
        "humans-read-mail",
        "Raters never look at users' mailboxes; they label donated mail and spam traps.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "No human reads mailboxes: labels come from spam-trap hits and user reports.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters label a uniform sample of mail from users who opted in.",
    ),
]

# A right choice's phrase inside a refused one is refused with it, even where the cue's
# reach ends first: "Rather than only labelling mail from users who opted in, I'd have the
# raters label ... all mailboxes". Before the fix: 1 of 2 mistakes, 2 of 2 quiet.
NESTED_REFUSAL_MADE: list[Probe] = [
    (
        "spam-detection",
        "humans-read-mail",
        "Rather than only labelling mail from users who opted in, I'd have the raters label a"
        " uniform sample across all mailboxes.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Instead of relying on users who opted in, our raters read a random sample of delivered"
        " mail.",
    ),
]
NESTED_REFUSAL_QUIET: list[Probe] = [
    (
        "spam-detection",
        "humans-read-mail",
        "Rather than raters reading inboxes, we label mail from users who opted in.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters label a uniform sample of mail from users who opted in, never other mailboxes.",
    ),
]


# Rubric evidence (notification-ranking, the only rubric with the flag): "the people most
# likely to" and "those most likely to" open, as "users most likely to". Before: 1 of 3
# mistakes, 2 of 2 quiet. (Still read wrongly, with the old phrase as with the new: "Sending
# to users most likely to open targets users who would come anyway; we model the
# incremental effect instead", a consequence in the present tense.)
MOST_LIKELY_MADE: list[Probe] = [
    (
        "notification-ranking",
        "propensity-as-uplift",
        "The people most likely to open a push are the ones who get the most out of it, so"
        " P(open) is the right engine here.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We send each push to the people most likely to open it.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Send to those most likely to open, up to the daily cap.",
    ),
]
MOST_LIKELY_QUIET: list[Probe] = [
    (
        "notification-ranking",
        "propensity-as-uplift",
        "The people most likely to open a push would often open the app anyway, so we rank by"
        " uplift.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "We don't send to those most likely to open; we send where the uplift over not sending"
        " is highest.",
    ),
]


# Batch 40 (careful-40a/b) raised nine false alarms on arrival; these are fresh sentences in
# the same classes (written before the fix; before it 29 of 39 were right: 18 of 18 mistakes
# made fired, 11 of 21 careful ones stayed quiet). A hypothetical someone ("a junior might ..."),
# someone's plan quoted ('a junior maybe say "let's ..."'), a note closed on a bare "no", an
# "=" verdict, "is exactly how you end up ...", an arrow to more of a harm, "the goal is not
# that ...", and a label of objecting ("One thing I'd push back on: ...").
CAREFUL_40_MADE: list[Probe] = [
    (
        "recommendation",
        "unobserved-as-negative",
        "I take all the videos a user never watched as negatives.",
    ),
    ("recommendation", "unobserved-as-negative", "Negatives: all videos the user never watched."),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Even a junior could build this: we use every eligible ad that was never shown as a"
        " negative.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Let's remove automatically everything above 0.5.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "The model is 99% good, so let's remove automatically everything above 0.5.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Even for a junior reviewer it is simple: let's remove automatically everything above 0.5.",
    ),
    ("eta-prediction", "stale-batch-eta", "Daily batch ETA = fine for v1; we precompute nightly."),
    ("eta-prediction", "stale-batch-eta", "Nightly precomputed ETAs, no streaming."),
    ("eta-prediction", "stale-batch-eta", "Daily batch ETA = simple and cheap, good enough."),
    ("feed-ranking", "engagement-only-objective", "Pure engagement objective, no other terms."),
    (
        "notification-ranking",
        "engagement-only-objective",
        "We optimise open rate, which is exactly what the growth team asked for.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Ranking purely for engagement is exactly how we'll hit the quarter's goal.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Objective: open rate → rank candidates by P(open).",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Pure engagement objective → rank by predicted time spent.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The goal is that people tap on a suggestion as often as possible.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The objective is that users open more pushes.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "One thing I'd push for: treating ads that were eligible but never shown as negatives.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "What I'd do: use all the videos a user never watched as negatives.",
    ),
]
CAREFUL_40_QUIET: list[Probe] = [
    (
        "recommendation",
        "unobserved-as-negative",
        "A junior might take all the videos a user never watched as negatives, but most were"
        " never seen.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "An intern would probably treat every video the user never watched as a negative.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "A teammate may say \"the model is 99% good, let's remove automatically everything above"
        ' 0.5". I would stop this.',
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        'Someone will surely propose "great model, let\'s auto-remove everything it flags" and I'
        " would say no.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "So: a junior engineer may say \"the model is 99% good, let's remove automatically"
        ' everything above 0.5". I would stop this.',
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        'An intern suggested "let\'s just auto-remove everything the model flags above 0.5", and'
        " we did not.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        'A junior maybe say "model is fine, let\'s remove automatically every post above 0.5".',
    ),
    ("eta-prediction", "stale-batch-eta", "Daily batch ETA = stale at Friday peak, no."),
    ("eta-prediction", "stale-batch-eta", "Nightly precomputed ETAs for every restaurant: no."),
    ("eta-prediction", "stale-batch-eta", "Daily batch ETA = stale at Friday peak."),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Precomputed nightly ETAs = outdated by the dinner rush.",
    ),
    ("feed-ranking", "engagement-only-objective", "Pure engagement objective, no."),
    ("feed-ranking", "engagement-only-objective", "Optimise engagement only? No."),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Optimising open rate is exactly how you end up sending more and burning the channel.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Ranking purely for engagement is precisely how feeds end up full of clickbait.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Open-rate optimisation → more sends → opt-outs.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Pure engagement objective → more clickbait → hides and churn.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The goal is not that people tap on a suggestion.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The objective isn't that users open more pushes; it is retention.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "One thing I'd push back on if a teammate suggested it: treating ads that were eligible"
        " but never shown as negatives.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Something I'd object to: using all the videos a user never watched as negatives.",
    ),
]


# More of batch 40's classes, fresh: a deed as the subject of a verb of harm ("Optimising open
# rate burns the channel"), a way of doing it judged by its adjective ("The naive approach
# takes ..."), the less experienced as someone else ("a new hire might ..."), and a label of
# pitfalls over a list. Before: 11 of 14 right (5 of 5 made fired, 6 of 9 careful quiet).
FOIL_MADE: list[Probe] = [
    (
        "recommendation",
        "unobserved-as-negative",
        "Using every video a user never watched as a negative is simple, so we do it from day one.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Optimising open rate keeps the model simple, and that is our objective.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Choices:\n- Pure engagement objective\n- Chronological feed as fallback",
    ),
    ("eta-prediction", "stale-batch-eta", "Plan: daily batch ETAs, a single global model."),
    (
        "recommendation",
        "unobserved-as-negative",
        "Our approach takes every video the user never watched as a negative.",
    ),
]
FOIL_QUIET: list[Probe] = [
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Treating ads that were never shown as negatives confuses not seen with not wanted.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Using every video a user never watched as a negative teaches the model that unseen"
        " means disliked.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Optimising open rate burns the channel.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Optimising purely for engagement rewards clickbait and outrage.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Pitfalls to avoid:\n- Pure engagement objective\n- Chronological feed only",
    ),
    (
        "eta-prediction",
        "stale-batch-eta",
        "Traps I'd watch for: daily batch ETAs, a single global model.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Common mistakes here:\n- optimising engagement alone\n- ignoring integrity",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "A new hire might use every eligible ad that was never shown as a negative.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "The naive approach takes every video the user never watched as a negative.",
    ),
]


# An arrow chain is a consequence only when it runs on to a loss: the gains a mistake is
# chosen for ("→ more opens → more DAU") are the plan. Before: 6 of 7 right (the harm chain
# raised a flag); with a first reading that took any "→ more" as a consequence, 6 of 7 (the
# gain chain lost its flag); 7 of 7 now. With them, twins for the other new readings' edges:
# "= way too slow" (a degree word before the verdict), "say no to" a right choice in a label
# (not a verb of objecting: the label's choice is ours), "push back" inside a plan; 4 of 4
# right before the fix and after.
CHAIN_MADE: list[Probe] = [
    (
        "feed-ranking",
        "engagement-only-objective",
        "Objective: time spent → more sessions → more ad revenue.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Optimise open rate → more opens → more DAU.",
    ),
    ("feed-ranking", "engagement-only-objective", "Pure engagement objective, no doubt."),
    ("eta-prediction", "stale-batch-eta", "Daily batch ETA = good enough."),
    (
        "harmful-content",
        "fully-automated-removal",
        "I'd say no to a review queue: remove automatically everything above 0.5.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Honestly I'd say removing automatically everything above 0.5 is fine.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Using all the videos a user never watched as negatives, we push back the cold-start"
        " problem.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Optimising open rate drives more opens.",
    ),
]
CHAIN_QUIET: list[Probe] = [
    ("eta-prediction", "stale-batch-eta", "Daily batch ETA = way too slow for the lunch rush."),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Open-rate optimisation → more sends → opt-outs.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Engagement-only objective → more clickbait → churn.",
    ),
]


def _probes(tables: dict[str, Sequence[Probe]]) -> list[object]:
    """The probe tables above as one parameter list: each probe is a (case, flag, sentence),
    its id names the table it comes from (the reading it checks)."""
    return [
        pytest.param(*probe, id=f"{name}-{k}")
        for name, table in tables.items()
        for k, probe in enumerate(table)
    ]


@pytest.mark.parametrize(
    ("case_id", "flag_id", "sentence"),
    _probes(
        {
            "a_mistake_raises_its_flag": _cases("mistake"),
            "a_paraphrased_mistake_raises_its_flag": _paraphrased("mistake"),
            "a_general_reading_still_sees_the_mistake": READINGS_FLAG,
            "refusing_the_right_choice_makes_the_mistake": REFUSING_THE_RIGHT_CHOICE,
            "the_same_words_making_the_choice_still_raise_it": MADE,
            "a_twin_that_makes_the_mistake_raises_it": TWINS_MADE,
            "a_twin_of_a_batch_32_false_alarm_still_raises_it": MADE_20,
            "a_twin_of_a_batch_33_false_alarm_still_raises_it": MADE_21,
            "a_twin_of_a_batch_35_false_alarm_or_probe_still_raises_it": MADE_22,
            "a_mistake_made_through_a_concrete_plan_raises_it": MADE_24,
            "a_mistake_committed_to_raises_it": STANCE_MADE,
            "a_mistake_committed_to_raises_it_2": STANCE_MADE_2,
            "a_cue_that_is_the_mistakes_words_takes_nothing_back": OWN_CUE_MADE,
            "a_negation_does_not_reach_past_an_arrow": ARROW_MADE,
            "a_colon_ends_a_refusal": COLON_ENDS_REFUSAL_MADE,
            "a_topic_label_states_no_right_choice": TOPIC_LABEL_MADE,
            "a_combination_of_the_mistake_is_the_mistake": COMBINED_MISTAKE_MADE,
            "a_subjects_modifier_is_not_counted_against_within": MODIFIED_SUBJECT_MADE,
            "a_mistake_linked_by_is_reaches_past_within": LINKED_MADE,
            "an_ab_by_member_is_member_level": AB_BY_MEMBER_MADE,
            "a_test_set_sampled_the_same_is_resampled": SAMPLED_THE_SAME_MADE,
            "raters_on_mailboxes_read_mail": MAILBOXES_MADE,
            "a_right_choice_inside_a_refused_one_is_refused": NESTED_REFUSAL_MADE,
            "sending_to_the_people_most_likely_to_open": MOST_LIKELY_MADE,
            "a_batch_40_false_alarm_twin_made_still_raises_it": CAREFUL_40_MADE,
            "a_plain_subject_or_list_still_raises_it": FOIL_MADE,
            "an_arrow_to_gains_or_a_note_that_goes_on_raises_it": CHAIN_MADE,
        }
    ),
)
def test_the_mistake_made_raises_its_flag(
    library: Library, case_id: str, flag_id: str, sentence: str
) -> None:
    assert flag_id in fired(library, case_id, sentence)


@pytest.mark.parametrize(
    ("case_id", "flag_id", "sentence"),
    _probes(
        {
            "a_mention_is_not_a_mistake": _cases("mention"),
            "arguing_against_is_not_a_mistake": _cases("against"),
            "a_paraphrased_mention_is_not_a_mistake": _paraphrased("mention"),
            "arguing_against_a_paraphrase_is_not_a_mistake": _paraphrased("against"),
            "a_general_reading_keeps_the_flag_quiet": READINGS_NO_FLAG,
            "refusing_a_kind_of_it_or_stating_a_fact_makes_none": REFUSING_A_KIND_OR_A_FACT,
            "a_mistake_discussed_is_not_made": DISCUSSED,
            "a_twin_that_makes_no_mistake_raises_nothing": TWINS_QUIET,
            "a_batch_32_false_alarm_kind_raises_nothing": QUIET_20,
            "a_batch_33_false_alarm_kind_raises_nothing": QUIET_21,
            "a_batch_35_false_alarm_or_probe_kind_raises_nothing": QUIET_22,
            "the_right_choice_in_the_mistakes_words_raises_nothing": QUIET_24,
            "a_mistake_supposed_reported_judged_or_avoided_raises_nothing": STANCE_QUIET,
            "a_mistake_supposed_reported_judged_or_avoided_raises_nothing_2": STANCE_QUIET_2,
            "a_cue_that_refuses_the_mistake_still_does": OWN_CUE_QUIET,
            "a_negation_after_an_arrow_still_refuses": ARROW_QUIET,
            "a_refusal_before_a_colon_is_still_read": COLON_ENDS_REFUSAL_QUIET,
            "a_label_that_says_the_right_choice_still_does": TOPIC_LABEL_QUIET,
            "a_combination_with_something_else_is_a_right_choice": COMBINED_MISTAKE_QUIET,
            "a_modified_subject_refused_or_judged_stays_quiet": MODIFIED_SUBJECT_QUIET,
            "a_link_refused_or_to_something_else_stays_quiet": LINKED_QUIET,
            "an_ab_by_member_refused_or_only_named_stays_quiet": AB_BY_MEMBER_QUIET,
            "sampling_the_same_only_in_training_stays_quiet": SAMPLED_THE_SAME_QUIET,
            "mailboxes_refused_or_opted_in_stay_quiet": MAILBOXES_QUIET,
            "a_right_choice_kept_stays_quiet": NESTED_REFUSAL_QUIET,
            "the_most_likely_to_open_judged_or_refused_stays_quiet": MOST_LIKELY_QUIET,
            "a_batch_40_false_alarm_kind_raises_nothing": CAREFUL_40_QUIET,
            "a_deed_that_harms_or_a_foil_raises_nothing": FOIL_QUIET,
            "an_arrow_chain_to_a_loss_raises_nothing": CHAIN_QUIET,
        }
    ),
)
def test_the_mistake_not_made_raises_nothing(
    library: Library, case_id: str, flag_id: str, sentence: str
) -> None:
    assert flag_id not in fired(library, case_id, sentence)


# -- round 18 (flags29a): the right choice named only inside the mistake's own phrase ---------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I'd launch without an A/B test.", True),
        ("Offline IPS estimates look good, so we ship it without an A/B test.", True),
        ("No model ships without an A/B test.", False),
        ("We never launch without an A/B test.", False),
        ("If it beats the baseline offline, we launch an A/B test.", False),
    ],
)
def test_a_right_choice_inside_the_mistake_phrase_does_not_take_it_back(
    library: Library, text: str, flagged: bool
) -> None:
    """The phrase "launch without an A/B test" names the test only inside the mistake
    ("without" there is read as part of "launch without", which "no model launches without X"
    needs): it is not a sentence that states the test."""
    assert ("offline-only-launch" in fired(library, "ads-ctr", text)) is flagged
