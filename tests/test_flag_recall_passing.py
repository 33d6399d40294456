"""Probes for red flags made in passing (round 19): a mistake stated in a clause that a
reason after it restates, evidence a rubric author would write for the mistake itself. Each
class has probes both ways, written for this test: the mistake made fires, the careful form
(the same words, warned against or refused) stays quiet."""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

# The choice before a reason that restates it: the narrowest window pairs a word of the
# choice with one of the reason, but the clause before the reason states the mistake whole.
BEFORE_A_REASON_MADE = [
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions with no chargeback are labelled legitimate, since no chargeback after "
        "90 days means the payment was fine.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Answers with no thumbs down are marked correct, because no thumbs down after a day "
        "means the user was satisfied.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Every shown product without a click is a negative, since no click on a shown product "
        "means irrelevant.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "We sample posts nobody reported as negatives, since posts nobody reported after a "
        "week are clean.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Mail nobody reported is labelled ham, since messages no user reported after a week "
        "are clean.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The test set is downsampled to 1:1, since a downsampled test set gives comparable "
        "numbers.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Unwatched videos count as negatives, since a video left unwatched is one the user "
        "rejected.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Products not clicked are negatives for the query image, since a product not clicked "
        "was not a match.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Untapped suggestions are negatives, since an untapped suggestion was a bad one.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Unreported posts are negatives, since an unreported post after three days is clean.",
    ),
]
BEFORE_A_REASON_CAREFUL = [
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Chargebacks take 90 days, since transactions with no chargeback yet may still turn "
        "out fraudulent.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "We review a sample, because answers with no thumbs down are not necessarily correct.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Clicks are weak labels, since shown products without a click are not necessarily "
        "irrelevant.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Negatives come from reviewed posts, as unreported posts are not known to be clean.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Mail nobody reported is not labelled ham, since messages no user reported may just be "
        "unread.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The test set keeps the natural rate, since a downsampled test set distorts calibration.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Impressions without a watch are negatives, since unwatched videos never shown are "
        "unknown.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Clicks are positives, since products not clicked may simply be below the fold.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Untapped suggestions are dropped from training, since an untapped suggestion may not "
        "have been read.",
    ),
    (
        "fraud-detection",
        "random-split",
        "I'd split by date, as a random split lets the model peek at later fraud.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BEFORE_A_REASON_MADE)
def test_a_choice_before_its_reason_fires(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BEFORE_A_REASON_CAREFUL)
def test_a_reason_against_the_choice_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# A "not" or "never" that is the content of an instruction to someone else ("tell the model
# never to quote restricted chunks") is that party's refusal, not the writer's: it takes
# back nothing the writer chose. The writer's own instruction against the mistake ("we tell
# the team never to launch on an offline win") still refuses it.
INSTRUCTED_MADE = [
    (
        "rag-assistant",
        "permissions-in-prompt",
        "The system prompt lists the user's groups and asks the model not to use restricted "
        "passages.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We instruct the assistant to answer only from chunks the user is entitled to and "
        "never to mention restricted documents, with the groups in the prompt.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We put the groups in the prompt and prompt the model never to quote confidential chunks.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Each chunk's ACL goes into the prompt, and we tell the LLM never to show restricted "
        "text to the user.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We put each chunk's groups into the prompt and tell the model not to use restricted ones.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We put each chunk's groups into the prompt and tell the model never to reveal "
        "restricted ones.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Every post above the threshold is removed automatically, and we instruct reviewers "
        "not to second-guess the model.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Posts above the threshold are removed automatically with no human review, and we tell "
        "moderators never to reopen them.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "There is no cap on pushes; we tell the ranker never to hold a push back.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "We retire the old formula and tell the on-call team not to keep it around.",
    ),
]
INSTRUCTED_CAREFUL = [
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Filtering by ACL at retrieval means restricted chunks never reach the model; we don't "
        "tell the model not to reveal them.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "Asking the model not to reveal restricted chunks is not access control, so we filter "
        "at retrieval time.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "It is tempting to tell the LLM never to show restricted text, but we filter by ACL "
        "before retrieval instead.",
    ),
    (
        "rag-assistant",
        "permissions-in-prompt",
        "We tell the model never to reveal restricted chunks, but permissions are enforced by "
        "an ACL filter at retrieval.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We tell the team not to remove the daily cap on pushes.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "We keep the old formula as a fallback and tell the team never to retire it.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "We tell the team never to launch on an offline win without an A/B test.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "We instruct labelers never to treat unreported posts as negatives.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "We tell the filter never to delete spam silently; it goes to the spam folder.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "We ask the ranker team not to optimise for watch time alone.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), INSTRUCTED_MADE)
def test_an_instruction_not_to_does_not_take_the_choice_back(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), INSTRUCTED_CAREFUL)
def test_the_writers_own_instruction_against_the_mistake_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# A clause after the mistake that says it takes a fault away ("that removes the bias of who
# clicks") praises the choice: the word of criticism is what the choice cures, no verdict.
REMEDY_MADE = [
    (
        "spam-detection",
        "humans-read-mail",
        "Raters read a sample of inbox messages every day; that removes the bias of who "
        "reports spam.",
    ),
    (
        "fraud-detection",
        "random-split",
        "We split the transactions at random; this avoids the bias of a single busy month.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We rank each post purely by predicted engagement; that removes the bias of hand-tuned "
        "weights.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Every shown product without a click is a negative; that avoids the problem of sparse "
        "labels.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "There is no cap on pushes; that removes the arbitrary limit the product team set.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "High-score mail is deleted silently on arrival; that prevents the clutter problem in "
        "the spam folder.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The objective is suggestion acceptance rate; that fixes the noisy signal of search "
        "success.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Posts above the threshold are removed automatically with no human review; that cuts "
        "the backlog problem.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "We retire the old formula once the model is live; that reduces the maintenance burden "
        "and the confusion.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The test set is downsampled to 1:1 like training; that removes the noise of the easy "
        "negatives.",
    ),
]
REMEDY_CAREFUL = [
    (
        "fraud-detection",
        "random-split",
        "We split transactions at random; this is a mistake, since fraud rings span weeks.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Every post never clicked is a negative; this is wrong, since most were never seen.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "We optimise purely for watch time; that is a trap, it rewards clickbait.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Posts above the threshold are removed automatically with no human review; that is "
        "dangerous, appeals would pile up.",
    ),
    (
        "eta-prediction",
        "no-fallback",
        "We retire the old formula once the model is live; that is risky, outages happen.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We rank each post purely by predicted engagement; that is a trap, it rewards outrage.",
    ),
    (
        "search-ranking",
        "unobserved-as-negative",
        "Every shown product without a click is a negative; that is misleading, since many "
        "were below the fold.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "High-score mail is deleted silently on arrival; that is dangerous for the false "
        "positives.",
    ),
    (
        "ads-ctr",
        "random-split",
        "We split impressions at random; this would leak future campaigns, so we split by time.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The objective is suggestion acceptance rate; that is flawed, it rewards clickbait "
        "completions.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), REMEDY_MADE)
def test_a_fault_the_choice_takes_away_is_no_verdict(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), REMEDY_CAREFUL)
def test_a_fault_found_in_the_choice_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# Others' habit told as the reason for the answer's own choice: "most people won't rate, so
# I'd treat ...", "since most people don't rate, we count ...". The first-person clause after
# "so" (or after the comma of an opening "since") is the answer's choice, not theirs.
SO_WE_MADE = [
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Most people won't rate, so I'd treat answers that get no thumbs-down as correct.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Since most people don't bother to rate, we count an answer as good unless it got a "
        "thumbs-down.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "The pilot has thumbs up and down, and since most people don't rate, we count an "
        "answer as good unless it got a thumbs-down.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Since most people skip surveys, we rank each post by predicted engagement alone.",
    ),
    (
        "recommendation",
        "random-split",
        "Most teams do it this way, so we shuffle the interactions and split them at random.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Most people never press Report spam, so we label every unreported message as ham.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Since most people never dispute a charge, we label every transaction without a "
        "chargeback as legitimate.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Since most people ignore surveys, we optimise purely for opens.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "Most people click before they buy, so we optimise for CTR alone.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Since most users never report anything, we label unreported posts as negatives.",
    ),
]
SO_WE_CAREFUL = [
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Many teams count an answer as good unless it got a thumbs-down; we sample answers for "
        "SME review instead.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Some teams treat answers with no thumbs-down as correct, so we were careful to avoid "
        "that.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Since many teams treat answers with no thumbs down as correct, we warn against it.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Some teams label every unreported message as ham; we only trust explicit feedback.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Many teams label every transaction without a chargeback as legitimate, which misses "
        "unreported fraud.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Some teams optimise purely for opens; we weigh opens against disables.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "Many teams optimise for CTR alone, and we think that rewards clickbait.",
    ),
    (
        "ads-ctr",
        "random-split",
        "Some people split the impressions at random; we split by time.",
    ),
    (
        "recommendation",
        "random-split",
        "Some teams suggest a random split of interactions, so we checked: it leaks the future.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "An answer without a negative vote is not necessarily resolved; most people never vote.",
    ),
]

# Rubric evidence widened with true evidence of the mistake (rag-assistant
# unobserved-as-negative, ads-ctr ranking-only-scores, spam-detection humans-read-mail,
# query-autocomplete raw-queries-as-suggestions: a count of occurrences low enough to let
# one person's query through; ads-ctr resampled-test-set: a test set "at the sampled ratio";
# eta-prediction shown-eta-as-label: the ETA "on the tracking screen", "we shown";
# visual-search catalog-images-as-queries: queries "from the catalogue itself", "one image per
# listing", "each held-out image is a query").
EVIDENCE_MADE = [
    (
        "visual-search",
        "catalog-images-as-queries",
        "The offline queries come from the catalogue itself: one image per listing is the "
        "query and its other images should come back.",
    ),
    (
        "visual-search",
        "catalog-images-as-queries",
        "We hold out a tenth of the listing photos, and each held-out image is a query for its "
        "own listing.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "The label is the ETA on the tracking screen just before delivery.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "When the delivered tap is missing I will use as label the last ETA we shown on the "
        "tracking screen, because near the end it is close to reality.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "AUC is computed on the held-out week at the sampled class ratio.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "The validation slice is already at the 1:10 sampled ratio, so log loss is comparable.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Any query seen at least twice becomes a candidate.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "We lower the cutoff to 2 occurrences so the long tail shows up.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Suggestions come from queries typed at least once in the last week.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "I'd keep every query that appears at least 3 times in the last 90 days.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "An answer that does not get a thumbs down is treated as accepted.",
    ),
    ("rag-assistant", "unobserved-as-negative", "Answers never thumbed down count as accepted."),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Answers without a negative vote are counted as resolved in the quality number.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "I'd treat any answer that wasn't thumbed down as a good answer.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "The pCTR from the downsampled model goes into the auction as is; the ordering stays "
        "consistent.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "The ranking is all that matters here, so raw sigmoid scores feed eCPM.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Both stages use the same model, so the ranking between ads is consistent, which is "
        "what the auction needs.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters pull a random sample of inbox messages each day and label them.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "The rater team pulls a daily sample of messages from the inbox and labels them.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters review a random sample drawn from all delivered mail.",
    ),
]
EVIDENCE_CAREFUL = [
    (
        "notification-ranking",
        "no-volume-limit",
        "I'm uneasy about letting the model decide volume, so a daily cap stays.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "I'd be uneasy with the model deciding how many pushes each user gets; a budget of three "
        "a day holds.",
    ),
    (
        "visual-search",
        "catalog-images-as-queries",
        "We never build the query set from the catalogue itself; queries are shopper photos "
        "from the beta.",
    ),
    (
        "visual-search",
        "catalog-images-as-queries",
        "Each held-out shopper photo is a query, matched to the product the shopper bought.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "We never use the ETA on the tracking screen as the label; the label is the actual "
        "duration from event timestamps.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Training on the last ETA shown would just copy the old system, so the target is the "
        "actual delivery time.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "AUC on the held-out week at the natural ratio, never at the sampled ratio.",
    ),
    (
        "ads-ctr",
        "resampled-test-set",
        "Only training is at the sampled ratio; the test set keeps the real base rate.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "A query seen at least twice is not enough; it needs 50 distinct users before it can "
        "be suggested.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "We won't lower the threshold: rare queries carry phone numbers and names.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Keeping every query typed at least once would leak addresses, so we require 50 "
        "distinct users.",
    ),
    (
        "query-autocomplete",
        "raw-queries-as-suggestions",
        "Lowering the threshold to 3 is tempting, but one person's address could become a "
        "suggestion; we keep k-anonymity at 50 users.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "We won't treat an answer that doesn't get a thumbs down as accepted; most people "
        "never rate.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Counting every answer that doesn't get a thumbs-down as accepted would overstate "
        "quality, so SMEs grade a sample.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Some teams count answers that don't get a thumbs down as accepted; we grade a weekly "
        "sample instead.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Answers that weren't thumbed down are unknown, not good; we sample them for SME review.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "People say the ordering is what matters, but in an auction the pCTR sets the price, so "
        "we recalibrate.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "The ranking is consistent across models, but we still apply isotonic calibration "
        "before the auction.",
    ),
    (
        "ads-ctr",
        "ranking-only-scores",
        "Even if the ranking is consistent, uncalibrated pCTR would misprice the second-price "
        "auction.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters never pull a sample of inbox messages; labels come from spam traps and user "
        "reports.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "Raters only label mail donated by users who opted in, never a sample drawn from all "
        "delivered mail.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        "We can't have raters pull a daily sample from the inbox and label them; privacy rules "
        "forbid it.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), SO_WE_MADE + EVIDENCE_MADE)
def test_our_choice_after_others_habit_and_widened_evidence_fire(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), SO_WE_CAREFUL + EVIDENCE_CAREFUL)
def test_others_choice_and_careful_evidence_stay_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# A pair of dashes sets an aside apart as brackets do: the mistake's groups on either side of
# it are one statement, however long the aside runs.
DASHED_MADE = [
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "A small language model — about a billion parameters, distilled and tuned on last "
        "year's query logs — generates the completions on every keystroke.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "All eligible posts the user did not engage with -- including ones the ranker scored "
        "but we never displayed -- count as negatives.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Posts that nobody reported in the first few days – and there are billions of them "
        "every single day – are sampled as negatives.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Videos from the catalogue the user never watched — picked uniformly at random, fifty "
        "for each active user — become the negatives.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Pushes that the rules dropped before sending — around nine hundred million of them "
        "every day — go in as negatives.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Every message delivered to the inbox that nobody reported — billions a day across all "
        "our users — is treated as legitimate ham.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "The eligible ads that lost the auction — roughly three hundred per request in the "
        "logs — are labelled as negatives.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Products that were shown for a photo search and not clicked — usually the look-alikes "
        "in the same category — are used as negatives.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "The metric we optimise — the one number on the team's dashboard every single week — "
        "is click-through rate on the results page.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Everything else in the eligible candidates that the user didn't engage with — "
        "including the ones we never got to show — is a negative.",
    ),
]
DASHED_CAREFUL = [
    (
        "query-autocomplete",
        "llm-per-keystroke",
        "A small language model — about a billion parameters, distilled on query logs — was "
        "our first idea, but generating on every keystroke blows the latency budget, so we "
        "rank a trie.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "All eligible posts -- including ones we never displayed -- are kept out of the "
        "negatives; only impressions count.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Posts nobody reported – and there are billions of them – are not clean by default, so "
        "negatives come from reviewed posts.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Videos the user never watched — most of which they never saw — are not negatives; we "
        "sample negatives from impressions.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Pushes the rules dropped before sending — around nine hundred million a day — never "
        "reached anyone, so we leave them out of training.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Messages nobody reported — billions a day — are not treated as ham; most users never "
        "press the button.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Ads that lost the auction — about three hundred per request — were never shown, so "
        "they are not negatives.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Products not clicked — often just below the fold on a small phone screen — are not "
        "treated as negatives.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions without a chargeback — the vast majority, by far — are not labelled "
        "legitimate until the dispute window closes.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Answers without a thumbs down — nearly all of them — are unknown, not correct; SMEs "
        "grade a sample.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), DASHED_MADE)
def test_a_mistake_around_a_dashed_aside_fires(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), DASHED_CAREFUL)
def test_a_refusal_around_a_dashed_aside_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# A word of criticism that names what a model learns to recognise ("..., which helps the model
# learn what a bad ad looks like", "spot bad actors") is no verdict on the choice before it.
RECOGNISED_MADE = [
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Unshown eligible ads are labelled 0, which helps the model spot a bad ad.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Eligible ads that were scored but not shown are labelled 0 too, and this gives us far "
        "more negatives, which helps the model learn what a bad ad looks like.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Unreported messages are labelled ham, which helps it catch bad senders.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions without a chargeback are labelled legitimate, which helps the model spot "
        "bad actors.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Every eligible post that was never shown is a negative, which helps the model learn "
        "what a boring post looks like.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Eligible posts never shown are labelled 0 so the ranker can spot bad posts.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Unreported posts are sampled as negatives, which helps the model detect harmful content.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Products not clicked are negatives, so the model learns what a bad match looks like.",
    ),
    (
        "query-autocomplete",
        "unobserved-as-negative",
        "Every untapped suggestion is a negative, so the ranker learns what a poor suggestion "
        "looks like.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Unreported messages are labelled ham, so the filter learns what a poor message looks "
        "like.",
    ),
]
RECOGNISED_CAREFUL = [
    ("ads-ctr", "unobserved-as-negative", "Unshown eligible ads are labelled 0, which is bad."),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Unshown eligible ads are labelled 0, which is a poor idea: they were never seen.",
    ),
    (
        "ads-ctr",
        "unobserved-as-negative",
        "Labelling unshown eligible ads 0 would be a mistake, since the model could no longer "
        "spot a bad ad from an unseen one.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Eligible posts never shown are labelled 0, which is wrong: they were never seen.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Unreported messages are labelled ham, which is a trap.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Unreported posts are sampled as negatives, which is dangerous: most were never seen.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions without a chargeback are labelled legitimate, which is naive.",
    ),
    (
        "visual-search",
        "unobserved-as-negative",
        "Products not clicked are negatives, which is misleading.",
    ),
    (
        "notification-ranking",
        "unobserved-as-negative",
        "Unopened pushes are labelled as negatives, which is flawed.",
    ),
    (
        "recommendation",
        "unobserved-as-negative",
        "Unwatched videos are negatives, which is a trap: most were never shown.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), RECOGNISED_MADE)
def test_what_the_model_learns_to_recognise_is_no_verdict(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), RECOGNISED_CAREFUL)
def test_a_verdict_after_the_choice_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# The right choice said only as what comes after the mistake ("roll it out to everyone and
# then use A/B tests afterwards") gates nothing; before the "then" it still does.
AFTERWARDS_MADE = [
    (
        "recommendation",
        "offline-only-launch",
        "If the new model beats the baseline on nDCG by a clear margin, I'd roll it out to "
        "everyone and then use A/B tests afterwards for tuning the blend weights.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If the model wins on recall@100 offline, we roll it out to every user and then run A/B "
        "tests later on the blend.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "If the new ranker beats production on offline NDCG, we launch it to all users, then run "
        "an A/B test later to tune weights.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "If NDCG improves offline, we ship it to all traffic, then run A/B tests afterwards for "
        "fine tuning.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "If the model beats the rules offline, we switch over completely and then run an "
        "experiment later to measure lift.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "If the backtest MAE beats the formula, we deploy it everywhere and then A/B test tweaks "
        "later.",
    ),
    (
        "query-autocomplete",
        "offline-only-launch",
        "If MRR improves offline, we roll it out to all users, then start an A/B test afterwards "
        "for the thresholds.",
    ),
    (
        "visual-search",
        "offline-only-launch",
        "If recall@10 beats the current model offline, we ship it to all users, then do an A/B "
        "test afterwards on the UI.",
    ),
    (
        "demand-forecasting",
        "offline-only-launch",
        "If the backtest beats the baseline, we switch over every city and then run a pilot "
        "later for the new features.",
    ),
    (
        "people-you-may-know",
        "offline-only-launch",
        "If offline recall improves, we launch it to all members and then run experiments later "
        "on the ranking weights.",
    ),
]
AFTERWARDS_CAREFUL = [
    (
        "recommendation",
        "offline-only-launch",
        "If it beats the baseline offline, we ship to a 5% canary, then ramp later.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If it beats the baseline offline, we run an A/B test and then roll it out to everyone.",
    ),
    (
        "feed-ranking",
        "offline-only-launch",
        "If the new ranker beats production on offline NDCG, we start an A/B test, then launch "
        "it to all users later.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "When the new model beats LR on AUC, we run an online experiment, and afterwards replace "
        "the LR in production.",
    ),
    (
        "search-ranking",
        "offline-only-launch",
        "If NDCG improves offline, we run an A/B test first, then ship it to all traffic "
        "afterwards.",
    ),
    (
        "notification-ranking",
        "offline-only-launch",
        "If the model beats the rules offline, we run an experiment and only then switch over.",
    ),
    (
        "eta-prediction",
        "offline-only-launch",
        "If the backtest MAE beats the formula, we A/B test it, then deploy everywhere later.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "When the new model beats LR on AUC, we replace the LR in production and afterwards run "
        "an online experiment to size the revenue gain.",
    ),
    (
        "recommendation",
        "offline-only-launch",
        "If it beats the baseline offline, we hold a two-week A/B test, and only then roll it "
        "out to everyone.",
    ),
    (
        "rag-assistant",
        "offline-only-launch",
        "If the judge scores beat the baseline, we run a pilot with a holdout group, then roll "
        "it out to the whole company later.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), AFTERWARDS_MADE)
def test_a_test_only_after_the_launch_gates_nothing(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), AFTERWARDS_CAREFUL)
def test_a_test_before_the_launch_still_gates_it(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# Bands of a score mapped to actions: the right choice stated for another band (or only in
# the reason given for the mistake's band) leaves the mistake made for its own band.
BANDS_MADE = [
    (
        "spam-detection",
        "silent-deletion",
        "Under 0.5 inbox, 0.5 to 0.9 spam folder, over 0.9 deleted silently.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Actions by score: below 0.6 inbox, 0.6-0.97 spam folder, above 0.97 we just delete it.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Above 0.99 we drop the message outright, since nobody reads the spam folder anyway.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Scores above 0.98 are deleted on arrival, since it saves spam folder storage.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Above 0.999 delete on arrival, since spam folder clutter is a cost; 0.9 to 0.999 spam "
        "folder.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Mapped to actions: below 0.4 inbox, between 0.4 and 0.9 spam folder with a banner, "
        "above 0.9 we delete the message outright.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "For scores above 0.99 we drop the message outright, since it saves spam-folder clutter.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Below 0.5 inbox, 0.5-0.9 spam folder, and above 0.9 we just drop the message.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Below 0.5 inbox, 0.5-0.95 spam folder, and above 0.95 we silently delete it.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Below 0.6 allow, 0.6-0.9 review queue, above 0.9 removed automatically with no human "
        "check.",
    ),
]
BANDS_CAREFUL = [
    (
        "spam-detection",
        "silent-deletion",
        "Below 0.5 inbox, 0.5-0.9 spam folder, and above 0.9 also spam folder: nothing is "
        "deleted silently.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Above 0.99 spam folder with a warning, since we never delete mail; below that, inbox.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Below 0.5 inbox, 0.5-0.95 spam folder, above 0.95 quarantine for 30 days.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Above 0.99 the message goes to the spam folder; between 0.8 and 0.99 it gets a warning "
        "banner.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Above 0.99 we move it to quarantine for 30 days; below that it goes to the spam folder.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Between 0.9 and 0.99 it goes to the spam folder, and above 0.99 too: we never delete "
        "mail silently.",
    ),
    (
        "spam-detection",
        "silent-deletion",
        "Above 0.99 we reject during SMTP so the sender gets a bounce; between 0.8 and 0.99 spam "
        "folder.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Below 0.6 allow, 0.6-0.9 review queue, above 0.9 removed automatically only where "
        "precision is at least 95%.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Above 0.98 the post is removed automatically only in categories where precision is at "
        "least 95%, and it goes to review otherwise.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Between 0.7 and 0.95 it goes to the review queue; above 0.95 the post is removed "
        "automatically and the user can appeal.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BANDS_MADE)
def test_the_right_choice_for_another_band_leaves_the_mistake(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BANDS_CAREFUL)
def test_the_right_choice_in_the_same_band_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# "Push it to" defers ("push it to v2"), but pushed to a figure it raises a number ("if we push
# that to 45%"): no negation of what "it" stands for.
RAISED_MADE = [
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The metric I'd optimise is suggestion tap rate: 31% of searches start from a "
        "suggestion, and if we push that to 45% the box is clearly more useful.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Our objective is tap rate, and we push it to 40% within a quarter.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Tap rate is the objective: if we can push it to 50%, we win.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We optimise purely for engagement, and if we push that to 12 minutes a session the "
        "quarter is won.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "We optimise for CTR alone and push it to 35% of searches.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "The objective is open rate; we push it to 8% by sending more.",
    ),
    (
        "ads-ctr",
        "engagement-only-objective",
        "I'd optimise purely for CTR, and push it to 2% by the end of the year.",
    ),
    (
        "rag-assistant",
        "engagement-only-objective",
        "Success is usage: push it to 20,000 weekly active users.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Posts above the threshold are removed automatically, and we push that to 95% of removals.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "The metric I'd optimise is tap rate; push that to 45% and the box is a success.",
    ),
]
RAISED_CAREFUL = [
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Optimising tap rate alone is tempting, but I'd push it to v2 and optimise successful "
        "searches first.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Optimising tap rate alone is tempting, but I'd push it to 2027 and optimise successful "
        "searches now.",
    ),
    (
        "query-autocomplete",
        "engagement-only-objective",
        "Optimising tap rate alone? I'd push that to 2nd phase; successful searches come first.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Maximising engagement alone is tempting; I'd push that to a later phase and balance it "
        "against integrity.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Pure engagement optimisation I'd push to phase two; for now we balance it against "
        "integrity.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Maximising engagement alone we push to later; the objective is a weighted mix of "
        "engagement and long term retention.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Optimising watch time alone I'd push that to v3; we blend it with surveys now.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "Optimising CTR alone: I'd push it to never; the objective is purchases per search.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Some teams optimise purely for opens; we weigh opens against disables.",
    ),
    (
        "search-ranking",
        "engagement-only-objective",
        "Many teams optimise for CTR alone, and we think that rewards clickbait.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), RAISED_MADE)
def test_pushing_a_figure_up_takes_nothing_back(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), RAISED_CAREFUL)
def test_pushing_it_to_a_later_phase_still_defers(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


# A choice made in its own clause between two negations ("Instead of a cap, I'd let the model
# decide volume: ..., and a user with nothing above the threshold gets zero"): the first
# refuses something else, and the later one does not reach back over the choice. (With the
# notification rubric's evidence widened: "let the model decide volume".)
BETWEEN_MADE = [
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of a hard cap, we let the model decide volume: heavy users may get ten "
        "pushes, and a user with nothing above the threshold gets zero.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of the blunt cap of eight, I'd let the model decide volume per user, and "
        "anyone with nothing above the threshold gets none that day.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of a global cap, volume is up to the model: the model decides the volume, and "
        "a user with nothing above the threshold gets none.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of any cap, the model decides the volume, and a user with nothing above the "
        "threshold gets no push.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of a frequency cap, we let the model decide how many to send; a user with "
        "nothing above the threshold simply gets nothing.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of capping, I would let the model decide volume, and users with nothing above "
        "the threshold get nothing.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We let the model decide how many pushes each user gets.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Instead of a time split, we split transactions at random, and we don't need a separate "
        "validation month.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Instead of reviewer labels, unreported posts are sampled as negatives, and posts with "
        "no views are not sampled.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Instead of SME review, answers without a thumbs down count as correct, and unanswered "
        "questions are not counted.",
    ),
]
BETWEEN_CAREFUL = [
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of letting the model decide volume, we keep a per-user cap of five, and "
        "nothing above the threshold overrides it.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of dropping the cap, we keep a per user cap of three a day, and nothing above "
        "the threshold changes that.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We don't let the model decide volume; instead a per-user cap of four holds, and "
        "nothing above the threshold overrides it.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Instead of letting the model decide how many pushes go out, a daily budget of three "
        "applies, and nothing above the threshold can exceed it.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "We never let the model decide volume on its own; a hard daily cap of five stays.",
    ),
    (
        "notification-ranking",
        "no-volume-limit",
        "Letting the model decide how many pushes to send is tempting, but a per-user cap "
        "protects against opt-outs.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Instead of a random split, we split by month, and we don't shuffle anything.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "Instead of labelling unreported messages as ham, we use only explicit feedback, and "
        "nothing is assumed.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Instead of sampling unreported posts as negatives, we use reviewer labels, and no post "
        "is assumed clean.",
    ),
    (
        "rag-assistant",
        "unobserved-as-negative",
        "Instead of counting answers without a thumbs down as correct, SMEs grade a sample, and "
        "nothing is assumed correct.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BETWEEN_MADE)
def test_a_choice_between_two_negations_fires(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), BETWEEN_CAREFUL)
def test_a_refused_choice_between_negations_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)
