"""Red-flag precision on careful prose, round 20 (flags34c): a mistake told as a general
truth about doing it, read by class, each with probes of our own both ways (none copied from
an answer or a snippet).

- a mistake narrowed by "alone" as a subject (grading/generic.py `focused_alone`): "X alone"
  ("by itself", "on its own", "in isolation") as the subject of a verb sets X apart to say
  what it does on its own; only a verdict of sufficiency ("... is enough", "... keeps the
  target simple") makes it the plan. A copula counts only before a predicate telling what
  kind of thing it is ("is one that ...", "is how you ..."); our own subject ("we optimise
  for X alone") and "the objective is X alone" still commit.
- what doing it does, in the present (grading/generic.py `what_doing_it_does`): a clause
  opening on a gerund of the mistake whose predicate holds a word of criticism (or of
  charging too much: "overcharges") before any remedy ("avoids"), turn or word of ours.
- a mistake kept to a minor role (grading/roles.py `kept_to_a_minor_role`): "only as" and a
  role, or "only for" and a gerund, right after the mistake in its clause ("a random split is
  acceptable only as a smoke test", "we keep a random split only for debugging") takes its
  decisive role away; not when the role's words are the flag's own ("... used only as the
  test set"), nor when "and"/"or" brings in another thing first ("accuracy and F1 only as a
  tie-breaker"). A known limit: a role named with a word the flag's phrases hold ("only as a
  sanity number", where "number" is a metric word) still raises it.
- a statement before a colon is no label (grading/negation/refusals.py `_topic_before`): a
  cue opening the clause after a colon refuses the label before it ("Uplift modelling: I'd
  hold off"), but words before the colon that hold a subject of ours make a statement ("To
  learn uplift we need randomised data: I'd hold back 5% of sends"), which the cue after it
  does not take back.
- a consequence that does not take up its cause (grading/flags.py `_within_a_consequence`):
  a mistake's words split across ", so" (", therefore", ", hence", ", thus") state it only
  when the clause after takes the one before up ("..., so they go in as negatives") or is a
  bare label ("..., so legit"); otherwise ("most violating posts are never reported, so
  negatives come from reviewed items") each clause is read on its own.
- rubric narrowing (rubrics/demand-forecasting.yaml, future-leakage): "all horizons" and
  "every horizon" alone are no evidence of future information (one global model across all
  horizons is the usual right design); "for all horizons" stays, with the leaky lag beside it
  ("last hour's orders as a feature for all horizons").
- a setting conceded, turned and then put right (grading/flags.py `_turned_then_righted`):
  the mistake told as what is so, a turn right after it (", but ...") and the right choice
  in the next sentence of the paragraph ("the standard setup randomises per user, but
  invites spill across arms. I'd run ego-cluster randomisation instead"). A turn that adds
  to the plan, with no right choice next (or one argued against or put off), keeps the
  flag. A known limit: "Ego-cluster randomisation avoids that." as the next sentence is not
  read as the right choice ("avoids" negates its own subject there).
- a comma after a closing quote or bracket (grading/flags.py `_a_comma`): '... "mostly
  clean", because ...' turns to a reason as a bare comma does, so the mistake's words on
  both sides of it are read as two clauses (and a consequence after '", so' likewise).
- rubric narrowing and widening (accuracy-as-metric in people-you-may-know,
  query-autocomplete, recommendation, search-ranking and spam-detection): "% correct" was
  the single word "correct" once its "%" is dropped, and its stem matched "correction" ("a
  logQ correction for popularity"); it goes, and "correct rate" (true evidence of the
  measure, which it used to catch) comes in.
- a second subject after a comma (grading/flags.py `_comma_aside_end`): "Using X, or any Y
  taken from Z, would ..." may run up to twelve words before the hypothetical.

The quiet probes that raised their flag on data20 (ff0ff3e) are marked; the others guard the
same shapes.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

GENERAL_TRUTH_QUIET: list[tuple[str, str, str]] = [
    (
        "search-ranking",
        "engagement-only-objective",
        "Optimising for clicks alone rewards flashy thumbnails and listings that end up returned.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Maximising watch time by itself pushes the home feed toward outrage and autoplay bait.",
    ),
    # fired on data20
    (
        "people-you-may-know",
        "engagement-only-objective",
        "Maximising invitations on its own floods members with requests from strangers.",
    ),
    # fired on data20
    (
        "rag-assistant",
        "engagement-only-objective",
        "A bot tuned to maximise engagement alone learns to chat rather than to answer.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "Ranking purely by predicted clicks is the quickest route to clickbait.",
    ),
    # fired on data20
    (
        "notification-ranking",
        "engagement-only-objective",
        "Optimising for opens alone teaches the sender to shout, and users mute the app.",
    ),
    # fired on data20
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Sending the sampled model's raw output straight to the auction overcharges the"
        " advertisers who pay per click.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Multiplying bids by the uncorrected output of the downsampled model is the surest way"
        " to overbill every advertiser, so calibration ships with the model.",
    ),
    # fired on data20
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Training on the shown ETA, or on anything computed from the old formula's estimate,"
        " would only teach the model to echo the formula.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Taking the ETA we showed as the target bakes the old system's mistakes into the new one.",
    ),
]

GENERAL_TRUTH_MADE: list[tuple[str, str, str]] = [
    (
        "search-ranking",
        "engagement-only-objective",
        "Optimising for clicks alone is enough for the first version; purchases can come later.",
    ),
    (
        "people-you-may-know",
        "engagement-only-objective",
        "We optimise for invitations sent alone, since that is what growth asks for.",
    ),
    (
        "rag-assistant",
        "engagement-only-objective",
        "Maximising engagement alone keeps the target simple to measure.",
    ),
    ("recommendation", "engagement-only-objective", "Our objective is clicks alone."),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "Feeding the downsampled model's raw scores straight into the bid keeps serving simple.",
    ),
    (
        "ads-ctr",
        "downsampled-probabilities-as-bids",
        "We feed the raw scores of the downsampled model straight into the auction.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Using the shown ETA as the label, or the promised window when it is missing, gives us"
        " a target for every order.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Training on the ETA we showed is the simplest option and works fine.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Training on the ETA we showed avoids the biased GPS timestamps.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), GENERAL_TRUTH_QUIET)
def test_a_general_truth_about_the_mistake_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), GENERAL_TRUTH_MADE)
def test_the_mistake_made_or_approved_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


MINOR_ROLE_QUIET: list[tuple[str, str, str]] = [
    # fired on data20
    (
        "people-you-may-know",
        "random-split",
        "A random split is acceptable only as a quick smoke test before the real time-based"
        " evaluation.",
    ),
    (
        "ads-ctr",
        "accuracy-as-metric",
        "Accuracy appears on the dashboard only as a footnote for executives.",
    ),
    # fired on data20
    (
        "spam-detection",
        "random-split",
        "We keep a random split only for debugging the pipeline; every reported number comes"
        " from the time-based split.",
    ),
]

MINOR_ROLE_MADE: list[tuple[str, str, str]] = [
    ("people-you-may-know", "random-split", "A random split is fine for the offline evaluation."),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We report accuracy only, since it is easy to explain.",
    ),
    ("ads-ctr", "accuracy-as-metric", "We use accuracy as the only metric."),
    (
        "spam-detection",
        "random-split",
        "A random 80/20 split of all mail is used only as the test set.",
    ),
    (
        "fraud-detection",
        "accuracy-as-metric",
        "We report accuracy and F1 only as a tie-breaker between close models.",
    ),
    (
        "query-autocomplete",
        "accuracy-as-metric",
        "Accuracy is our headline metric, and latency matters only as a guardrail.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), MINOR_ROLE_QUIET)
def test_a_mistake_kept_to_a_minor_role_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), MINOR_ROLE_MADE)
def test_a_mistake_in_its_own_role_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


STATEMENT_BEFORE_COLON_QUIET: list[tuple[str, str, str]] = [
    # fired on data20
    (
        "notification-ranking",
        "propensity-as-uplift",
        "To estimate uplift we need a randomised holdout: I'd hold back 5% of eligible sends"
        " per user.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Uplift is what we care about, so we need randomised data: I'd hold back a random slice"
        " of users from every campaign.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Since we want the causal effect we need exploration: we'd hold back a small random"
        " share of candidates each day.",
    ),
]

LABEL_REFUSED_MADE: list[tuple[str, str, str]] = [
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Uplift modelling: I'd hold back on it for v1 and rank by open probability.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Uplift modelling: I'd hold off until v2; we send when p(open) clears the threshold.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), STATEMENT_BEFORE_COLON_QUIET)
def test_a_statement_before_a_colon_is_not_refused_by_the_cue_after_it(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), LABEL_REFUSED_MADE)
def test_a_label_refused_after_its_colon_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


CONSEQUENCE_QUIET: list[tuple[str, str, str]] = [
    # fired on data20
    (
        "harmful-content",
        "unobserved-as-negative",
        "Most borderline posts are never reported, so our negatives come from expert review of"
        " a random sample.",
    ),
    # fired on data20
    (
        "harmful-content",
        "unobserved-as-negative",
        "Plenty of violating posts are ones nobody reported, so clean examples come only from"
        " posts our reviewers checked.",
    ),
    # fired on data20
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Many frauds are never reported, so negatives are drawn from transactions a reviewer"
        " has cleared.",
    ),
]

CONSEQUENCE_MADE: list[tuple[str, str, str]] = [
    (
        "harmful-content",
        "unobserved-as-negative",
        "Posts nobody reported are almost always fine, so they go in as negatives.",
    ),
    (
        "harmful-content",
        "unobserved-as-negative",
        "Reports are sparse, so unreported posts are labelled as negatives.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Chargebacks are slow to arrive, so anything without a chargeback is treated as"
        " legitimate.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Most transactions have no chargeback, so those are our negatives.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "- txns with no chargeback after 30 days, so legit",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), CONSEQUENCE_QUIET)
def test_a_consequence_that_does_not_take_up_its_cause_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), CONSEQUENCE_MADE)
def test_a_consequence_that_takes_it_up_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


HORIZONS_QUIET: list[tuple[str, str, str]] = [
    # fired on data20
    (
        "demand-forecasting",
        "future-leakage",
        "A single global model covers every zone and every horizon, with city attributes as"
        " features.",
    ),
    # fired on data20
    (
        "demand-forecasting",
        "future-leakage",
        "One GBDT is trained across all zones and all horizons, with the horizon itself as a"
        " feature.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), HORIZONS_QUIET)
def test_a_model_across_all_horizons_is_no_leak(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


def test_a_short_lag_for_all_horizons_still_leaks(library: Library) -> None:
    text = "Use last hour's orders as a feature for all horizons, even the week-ahead one."
    assert fires(library, "demand-forecasting", "future-leakage", text)


TURNED_THEN_RIGHTED_QUIET: list[tuple[str, str, str]] = [
    # fired on data20
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Our experiment service assigns treatment by member, but connections leak between arms"
        " when a treated member invites a control one. So I'd switch to graph-cluster"
        " randomisation for this test.",
    ),
    # fired on data20
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "The standard setup randomises per user, but invites spill across arms. I'd run"
        " ego-cluster randomisation instead.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "The old pipeline labelled transactions without a chargeback as legitimate, but many"
        " chargebacks arrive weeks later. Only transactions past the 90-day maturity window"
        " count as legitimate.",
    ),
]

TURNED_THEN_KEPT_MADE: list[tuple[str, str, str]] = [
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "We randomise by member, as usual. Cluster randomisation is overkill here.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "We A/B test by member, but with a bigger sample. Clusters would be nicer but are too"
        " complex to run.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "We randomise by member, but only for two weeks. Cluster-level analysis is something"
        " for later.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions without a chargeback are legitimate, but fraud is rare anyway. Maturity"
        " windows add delay we can't afford.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), TURNED_THEN_RIGHTED_QUIET)
def test_a_setting_turned_and_put_right_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), TURNED_THEN_KEPT_MADE)
def test_a_turn_that_keeps_the_plan_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


QUOTE_THEN_REASON_QUIET: list[tuple[str, str, str]] = [
    # fired on data20
    (
        "harmful-content",
        "unobserved-as-negative",
        'Moderators call the backlog "mostly clean", because posts nobody reported rarely reach'
        " them.",
    ),
    # fired on data20
    (
        "fraud-detection",
        "unobserved-as-negative",
        'Analysts called the old labels "legit", because transactions without a chargeback were'
        " assumed fine.",
    ),
]

QUOTE_THEN_REASON_MADE: list[tuple[str, str, str]] = [
    (
        "harmful-content",
        "unobserved-as-negative",
        'Posts nobody reported are "clean", because users report everything bad.',
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Transactions without a chargeback are legit, because fraud is always reported.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUOTE_THEN_REASON_QUIET)
def test_a_reason_after_a_closing_quote_splits_the_mistake(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUOTE_THEN_REASON_MADE)
def test_a_mistake_stated_before_its_reason_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


CORRECTION_QUIET: list[tuple[str, str, str]] = [
    # fired on data20
    (
        "recommendation",
        "accuracy-as-metric",
        "The sampled softmax gets a logQ correction, and we measure recall@100 on a later week.",
    ),
    # fired on data20
    (
        "spam-detection",
        "accuracy-as-metric",
        "The position correction is evaluated on a share of held-out mail.",
    ),
]

CORRECT_RATE_MADE: list[tuple[str, str, str]] = [
    (
        "recommendation",
        "accuracy-as-metric",
        "The correct rate on the held-out week is the metric we report.",
    ),
    ("search-ranking", "accuracy-as-metric", "Our metric is the correct rate on the test set."),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), CORRECTION_QUIET)
def test_a_correction_is_no_share_correct(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), CORRECT_RATE_MADE)
def test_a_correct_rate_as_the_metric_still_raises_the_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)
