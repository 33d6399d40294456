"""Red-flag precision, round 19 (flags32g): readings made to cover a CLASS of careful wording,
not one fixture's phrase. Each class has probes of our own in varied wording both ways: the
careful form stays quiet, the mistake made still raises its flag. None is copied from an
answer or a snippet. The count of quiet probes that raised their flag on int19 (0f5fd62) is
given per class; the others guard the same class in shapes int19 already read.

- where a measure is read (commitment.py `_measured_at`): "at" written "@" ("precision @
  auto-remove threshold, recall @ reviewer capacity", "precision@auto-remove threshold"),
  after a verb of measuring ("precision measured at", "recall is computed at"), and with a
  word naming which point between ("at our chosen"; not a number: "recall@10 beats the
  current model" states the launch). 16 of 17 quiet probes fired on int19.
- the harm the mistake does, said in the present with the mistake as the subject
  (commitment.py `_harm_done`): a verb of harm ("leaks", "inflates", "flatters"), "let" or "lets"
  with seeing what should stay unseen ("lets the model see", "lets ... appear on both
  sides"), a verb of placing with a later time ("puts tomorrow's clicks into training").
  8 of 18 quiet probes fired on int19.
- the test set kept at its natural rate, and the offline win denied as sufficient ("not
  enough", "not just an AUC win"): flags32g wrote these as rubric `unless` families in
  every rubric (127 and 62 phrases each); they were not merged (general English belongs in
  the engine, not copied into fourteen rubrics), so only their mistake-made probes stay
  here, and the careful forms are left for an engine reading.
- the mistake as the subject, then an aside, then what it does or is (commitment.py
  `_past_an_aside`): in brackets, between commas or dashes, a few words of its noun phrase
  before it ("exact search over all vectors (600 GB of float32) isn't feasible", "fully
  automated removal (no human review) is ruled out", "a random split of edges, the default
  in tutorials, lets the model see ..."); and a copula with a verdict participle ("... is
  ruled out", "... was rejected"). Not after a deed ("Optimising CTR only, simple and fast,
  is our plan" is a plan). 7 of 16 quiet probes fired on int19.
- a clause of reason that tells the mistake, and a main clause of ours that corrects or
  watches for it (commitment.py `_reason_for_a_remedy`): "Because we train on deliveries
  shaped by the ETA we showed, I'd monitor ...", "Since our target is influenced by the
  quoted ETA, we check for that with a holdout". The mistake in the main clause, or a main
  clause that does something else ("..., we can use every order", "I'd check nothing
  else"), still raises. 9 of 15 quiet probes fired on int19.
- a harm foretold (commitment.py `_harm_foretold`, `_generic_holder`): the mistake, a deed
  of it, or anything at all that makes it ("a policy that maximises opens", "any system
  which ...") as the subject, then "can/will/may/tends to" and a verb of harm ("... can
  burn the channel", "... will erode trust", "... can silence legitimate speech"). "Will
  be our first version", "can cut costs" foretell no harm: the design still raises.
  4 of 16 quiet probes fired on int19.
- a foil (commitment.py `_foil_headed`, `_apposed_to_a_foil`): a foil adjective ("naive",
  "lazy", "sloppy", "careless") heading the subject, whatever its noun, and not only a
  proposal's ("the naive training set labels ...", "a naive ranker optimises clicks
  alone"); or the sentence's opening noun phrase so judged with the mistake set beside it
  after a comma ("The naive training set, every transaction with no chargeback yet
  labelled legit, calls recent fraud good"). Not a method so named ("naive Bayes", "the
  seasonal naive forecast"), nor "we ..." after it. 10 of 16 quiet probes fired on int19.
- called a problem, as a class (commitment.py `_called_a_problem`, flags31p's reading
  widened): beside "problem/issue/flaw/risk/liability/weakness", the other nouns of it
  ("trap", "pitfall", "concern", "danger", "hazard", "mistake", "error", "bug",
  "non-starter", "dealbreaker", "anti-pattern", "headache"), plurals ("one of the
  errors"), and degree words before it ("the biggest risk", "a classic pitfall", "a
  well-known trap"). "Our choice", "the plan", "no issue there" still raise.
  4 of 16 quiet probes fired on int19.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

HC, FAR = "harmful-content", "fully-automated-removal"
SPAM, SD = "spam-detection", "silent-deletion"
ADS, FEED, FRAUD = "ads-ctr", "feed-ranking", "fraud-detection"
ETA, REC, PYMK, DF = (
    "eta-prediction",
    "recommendation",
    "people-you-may-know",
    "demand-forecasting",
)
RS, RTS, OOL = "random-split", "resampled-test-set", "offline-only-launch"

# All but the last fired on int19.
MEASURED_QUIET: list[tuple[str, str, str]] = [
    (HC, FAR, "Precision @ the auto-removal threshold for every category, reported weekly."),
    (HC, FAR, "recall @ auto remove cutoff for all categories, per language"),
    (HC, FAR, "Dashboards: precision@auto-remove threshold, recall@reviewer capacity."),
    (
        HC,
        FAR,
        "Precision measured at the auto-removal threshold in all categories has to stay above 97%.",
    ),
    (HC, FAR, "We track recall evaluated at the automatic removal cutoff for every category."),
    (
        HC,
        FAR,
        "Report the false positive rate at a fixed auto-removal threshold for every category.",
    ),
    (HC, FAR, "Precision @ each auto-removal threshold, recall @ reviewer capacity."),
    (
        HC,
        FAR,
        "Weekly report: false positive rate @ auto-remove threshold, recall @ reviewer capacity.",
    ),
    (HC, FAR, "Precision reported at the proposed auto-removal threshold, every category."),
    (HC, FAR, "Metrics: precision@our auto-remove threshold, recall@reviewer capacity."),
    (HC, FAR, "precision @ auto removal threshold (>=96%), recall @ reviewer capacity"),
    (
        HC,
        FAR,
        "Precision @ automatic removal threshold & recall @ reviewer capacity, per market.",
    ),
    (HC, FAR, "Two numbers: precision @ auto-remove cutoff, recall @ reviewer capacity."),
    (SPAM, SD, "Precision @ auto-delete threshold, never shown to the user."),
    (SPAM, SD, "precision @ auto-delete cutoff, and how often users never see the mail"),
    (HC, FAR, "Recall is computed at our chosen auto-removal threshold for all categories."),
    # quiet on int19
    (HC, FAR, "Error rate @ the current auto-removal threshold, for every category."),
]
MEASURED_MADE: list[tuple[str, str, str]] = [
    (
        HC,
        FAR,
        "Posts above the threshold are removed automatically with no human review; we report "
        "precision @ the threshold.",
    ),
    (HC, FAR, "Auto-remove everything above 0.9, no human review."),
    (
        HC,
        FAR,
        "Everything the model flags is removed automatically, and precision at the threshold "
        "is tracked.",
    ),
    (
        HC,
        FAR,
        "We remove automatically above the threshold with no review, and track recall @ capacity.",
    ),
    (HC, FAR, "Fully automated removal: the model acts on everything above 0.8."),
    (HC, FAR, "Removal is automatic for all categories, with precision @ 95% as the target."),
    (
        HC,
        FAR,
        "We take humans out of the loop: posts above the cutoff are removed automatically.",
    ),
    (HC, FAR, "I'd automatically remove anything the model flags @ 0.9."),
    (HC, FAR, "Anything over the cutoff gets removed automatically, no review."),
    (
        HC,
        FAR,
        "The classifier removes posts automatically with no human review at any threshold.",
    ),
    (HC, FAR, "We'd fully automate removals for every category."),
    (HC, FAR, "Auto removal for everything the model flags, measured by precision at launch."),
    (SPAM, SD, "Mail above 0.95 is deleted automatically and never reaches the user."),
    (HC, FAR, "Automatic removal of everything above the threshold, no humans."),
    (
        HC,
        FAR,
        "Posts are auto removed without review once they cross the threshold @ 0.9.",
    ),
    # a measure at a number says what it does: "@" reads no point here
    (
        "recommendation",
        "offline-only-launch",
        "If ndcg@20 beats the old ranker on the backtest, we ship it.",
    ),
    (
        "ads-ctr",
        "offline-only-launch",
        "Once precision@50 is higher offline, roll it out to all traffic.",
    ),
]

HARM_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        ADS,
        RS,
        "A random split lets the model see next week's traffic while it predicts this week's.",
    ),
    # fired on int19
    (FEED, RS, "Random splits put tomorrow's clicks into training."),
    (ADS, RS, "A random split leaks future behaviour into the training data."),
    (FEED, RS, "A random shuffle of the logs leaks the future into training."),
    (ADS, RS, "Random splits inflate offline AUC because the same campaigns sit on both sides."),
    # fired on int19
    (DF, RS, "A random split mixes next month's orders into training."),
    # fired on int19
    (FEED, RS, "A random split lets tomorrow's trending posts land in both train and test."),
    (REC, RS, "Random splits hide the drift we would face in production."),
    (ADS, RS, "A random split overstates how well the model will do online."),
    # fired on int19
    (
        REC,
        RS,
        "A random 80/20 split lets the model peek at sessions from later in the week.",
    ),
    (FRAUD, RS, "A random train/test split contaminates the test set with later days."),
    (FEED, RS, "A random split flatters the offline metrics."),
    # fired on int19
    (ETA, RS, "Random splits let later trips sit in training while earlier ones are tested."),
    # fired on int19
    (
        PYMK,
        RS,
        "A random split of the edges lets the model see friendships formed after the snapshot.",
    ),
    (
        ETA,
        RS,
        "Because a random split lets last Friday's storm appear on both sides, we split by date.",
    ),
    (REC, RS, "Random splitting overestimates offline recall."),
    # fired on int19
    (
        FEED,
        RS,
        "Time-based holdout only: random splits send next week's likes into the training set.",
    ),
    (
        REC,
        RS,
        "Never split at random, since a random split allows the model to know what a user "
        "watches later.",
    ),
]
HARM_MADE: list[tuple[str, str, str]] = [
    (ADS, RS, "We use a random split: 80/20, shuffled."),
    (ADS, RS, "Random split 80/20 for train and test."),
    (FEED, RS, "We use a random 80/20 split, which lets us reuse every impression."),
    (FEED, RS, "A random split gives a fair estimate, so that's what we'll do."),
    (REC, RS, "We shuffle the logs and split them randomly into train and test."),
    (
        FRAUD,
        RS,
        "A random split keeps the class balance the same in both sets, so we use it.",
    ),
    (ADS, RS, "I'd do a random 80/20 split of all impressions."),
    (ETA, RS, "Train/test: random 90/10 split of trips."),
    (PYMK, RS, "We split edges randomly into train and test."),
    (DF, RS, "A random split of the rows into train and test is enough here."),
    (FEED, RS, "We randomly split impressions 80/20; it lets us use all the data."),
    (REC, RS, "Evaluation uses a random split of interactions."),
    (FRAUD, RS, "We randomly hold out 20% of transactions as the test set."),
    (ETA, RS, "Randomly split the trips into train and test and report MAE."),
    (ADS, RS, "A random split is simplest, so we randomly split the logs."),
    (FEED, RS, "Random split: it keeps both classes in each fold."),
]

NATURAL_MADE: list[tuple[str, str, str]] = [
    (FEED, RTS, "We downsample negatives and evaluate on the same downsampled set."),
    (FRAUD, RTS, "Test set: balanced 50/50 like training."),
    (SPAM, RTS, "We report precision on a rebalanced holdout with the same 1:1 ratio."),
    (
        FEED,
        RTS,
        "The test set is downsampled too, rather than kept at its natural rate of positives.",
    ),
    (FEED, RTS, "We downsample the test set instead of keeping the real mix."),
    (
        ADS,
        RTS,
        "Negatives are downsampled to 1:1 and AUC is computed on that balanced validation set.",
    ),
    (
        FRAUD,
        RTS,
        "We oversample fraud with SMOTE and then split, so the test set is balanced too.",
    ),
    (
        FRAUD,
        RTS,
        "The evaluation set is downsampled the same way as training instead of keeping the "
        "real rate.",
    ),
    (SPAM, RTS, "Evaluate on a balanced test set of 50% spam."),
    (FEED, RTS, "We rebalance the whole dataset before splitting into train and test."),
    (
        ADS,
        RTS,
        "Validation data is downsampled like the training data to speed things up.",
    ),
    (FRAUD, RTS, "Both train and test are undersampled to 1:5."),
    (SPAM, RTS, "Resample to 50/50, then measure precision on the held out set."),
    (FEED, RTS, "The test set uses the same sampling as training."),
    (
        ADS,
        RTS,
        "Downsample negatives to 10%, and report log loss on the downsampled test set.",
    ),
    (
        FEED,
        RTS,
        "The test set keeps its true positive rate even if training downsamples, since we "
        "downsample it the same way.",
    ),
]

ENOUGH_MADE: list[tuple[str, str, str]] = [
    (ADS, OOL, "If offline AUC beats the baseline, we ship it to everyone."),
    (FEED, OOL, "Offline NDCG up by 2% is enough to launch."),
    (DF, OOL, "We launch once the backtest beats the current model."),
    (REC, OOL, "Offline recall improves, so we roll out to all users."),
    (ETA, OOL, "Ship when MAE is lower than production on the holdout."),
    (FRAUD, OOL, "Once the new model beats the old one on the test set, we deploy it."),
    (ADS, OOL, "Better offline log loss is enough to ship to 100% of traffic."),
    (FEED, OOL, "We launch as soon as offline AUC beats the current ranker."),
    (REC, OOL, "If the offline metrics are better, replace the old model."),
    (
        ADS,
        OOL,
        "We ship to all users once offline AUC beats the baseline; not just one region.",
    ),
    (FEED, OOL, "Offline AUC is all we need to ship."),
    (FRAUD, OOL, "If recall on the holdout goes up, roll it out."),
    (DF, OOL, "When WAPE on the backtest is lower, switch every city over."),
    (ETA, OOL, "The model goes live once it beats the heuristic offline."),
    (ADS, OOL, "If log loss on the holdout is lower, we launch to everyone."),
]


ASIDE_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "visual-search",
        "brute-force-search",
        "Exact search over all vectors (600 GB of float32) isn't feasible.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Exact search over every embedding, even sharded, won't fit the latency budget.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "A brute force scan of all embeddings (about 300M of them) is ruled out.",
    ),
    # fired on int19
    (
        "visual-search",
        "brute-force-search",
        "Linear scans over all vectors (the prototype's approach) can't meet 300 ms.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Exhaustive search over the whole catalogue, at this size, would blow the budget.",
    ),
    (
        "ads-ctr",
        "random-split",
        "A random split of the logs (the quick option) leaks tomorrow's clicks into training.",
    ),
    ("feed-ranking", "random-split", "Random splits, however convenient, inflate offline AUC."),
    (
        "recommendation",
        "random-split",
        "A random split (tempting because it is easy) lets the model see later sessions.",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal (no human review at all) is ruled out.",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "Automatic removal of everything above the threshold, with no review, isn't "
        "something policy allows.",
    ),
    (
        "fraud-detection",
        "random-split",
        "A random split of transactions, even a stratified one, leaks future fraud patterns.",
    ),
    # fired on int19
    (
        "demand-forecasting",
        "random-split",
        "A random split (rows shuffled across weeks) can't tell us how the forecast "
        "does next month.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Brute force search over all embeddings (even on GPUs) doesn't scale to 300M images.",
    ),
    # fired on int19
    (
        "people-you-may-know",
        "random-split",
        "A random split of edges, the default in most tutorials, lets the model see "
        "future friendships.",
    ),
    (
        "eta-prediction",
        "random-split",
        "A random split of trips (80/20 by row) mixes next week's traffic into training.",
    ),
    # fired on int19
    (
        "visual-search",
        "brute-force-search",
        "Exact kNN over all embeddings (300M x 512) was rejected early.",
    ),
]
ASIDE_MADE: list[tuple[str, str, str]] = [
    (
        "visual-search",
        "brute-force-search",
        "We use exact search over all vectors (600 GB in RAM).",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Exact search over all vectors (600 GB) is what we run.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Exact search over every embedding, sharded across GPUs, keeps recall perfect.",
    ),
    ("ads-ctr", "random-split", "A random split of the logs (80/20) is our evaluation."),
    (
        "fraud-detection",
        "random-split",
        "A random split, stratified by label, gives each fold the same class balance.",
    ),
    ("ads-ctr", "random-split", "Random split (80/20, shuffled) for train and test."),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal (no human review) for every category.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Brute force search over all embeddings (on 8 GPUs) serves each query.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "A linear scan over all vectors, parallelised, answers in time.",
    ),
    ("eta-prediction", "random-split", "A random split of trips, 90/10, gives us the test set."),
    (
        "visual-search",
        "brute-force-search",
        "Exact search over the full catalogue (with FAISS) is simple and exact.",
    ),
    ("people-you-may-know", "random-split", "A random split of edges (80/20) is how we evaluate."),
    ("feed-ranking", "random-split", "We shuffle and take a random split (80/20) of impressions."),
    ("visual-search", "brute-force-search", "Exact kNN over all embeddings, sharded, is the plan."),
    ("recommendation", "random-split", "A random split, shuffled by row, is fine for this."),
    (
        "harmful-content",
        "fully-automated-removal",
        "Automatic removal of everything above 0.9 (no review) keeps costs down.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Optimising CTR only, simple and fast, is our plan.",
    ),
]


REASON_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because we train on deliveries shaped by the ETA we showed, I'd monitor whether couriers "
        "speed up to meet it.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Since our target is influenced by the quoted ETA, we check for that with a small random "
        "holdout.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "shown-eta-as-label",
        "As the label partly reflects the shown ETA, we'd correct for it by reweighting.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Given that we train on trips nudged by the displayed ETA, I'd audit the bias every month.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because the target is affected by the ETA we show, we adjust for that feedback.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "shown-eta-as-label",
        "And since we train on outcomes the promised time helped create, we'll keep watching for "
        "drift in courier behaviour.",
    ),
    # fired on int19
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Because posts that were never shown look like negatives in the raw logs, we correct for "
        "that when sampling.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Since we rank by open probability, we'd validate with a holdout whether pushes cause the "
        "opens.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Because user reports are our first labels, we audit a sample of them with expert "
        "reviewers.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Since we train on orders, which miss stock-outs, we correct for censoring.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because the training label comes after the customer saw our ETA, we need to account for "
        "that influence.",
    ),
    # fired on int19
    (
        "eta-prediction",
        "shown-eta-as-label",
        "As we train on deliveries that followed a shown ETA, we should keep monitoring the gap.",
    ),
    # fired on int19
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Since anything not shown counts as a negative by default, I'd guard against that in the "
        "sampler.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "Because the target is orders, not demand, we will compensate for stock-outs.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "As we rank by open probability today, we must verify the lift with a holdout.",
    ),
]
REASON_MADE: list[tuple[str, str, str]] = [
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because we train on the ETA we showed, the model is cheap to build.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Since the label is the shown ETA, we can use every order.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because the target is the quoted ETA, I'd start training this week.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "We train on the ETA we showed, and monitor MAE daily.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because it's simple, we train on the shown ETA and watch MAE.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "The label is the ETA we showed, so we check the MAE weekly.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts never shown are negatives, and we monitor the ratio.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Since opens matter most, we send the pushes with the highest open probability.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "User reports are our ground truth labels; we audit the model monthly.",
    ),
    (
        "demand-forecasting",
        "orders-as-demand",
        "We train on orders as the demand signal, since that's what we have.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Since it is already logged, the label is the ETA we showed.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Since every other post the user didn't see is a negative, we have plenty of negatives.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because it is logged anyway, the training target is the ETA we showed, and we watch MAE.",
    ),
    (
        "notification-ranking",
        "propensity-as-uplift",
        "Since opens are what we want, we rank pushes by predicted open rate.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Because the shown ETA is the target, I'd check nothing else.",
    ),
    (
        "eta-prediction",
        "shown-eta-as-label",
        "Since it is logged anyway, we train on the ETA we showed.",
    ),
]


FORETOLD_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "notification-ranking",
        "engagement-only-objective",
        "A policy that maximises opens this week can burn the channel.",
    ),
    # fired on int19
    (
        "notification-ranking",
        "engagement-only-objective",
        "Maximising opens will erode trust in the channel.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "A ranker that optimises for clicks can bury the posts people value.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Any system that maximises watch time can exhaust its users.",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "A pipeline that removes posts automatically with no human review can silence legitimate "
        "speech.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Removing content automatically with no review will wrongly punish creators.",
    ),
    ("ads-ctr", "random-split", "A random split can inflate offline AUC."),
    ("feed-ranking", "random-split", "Random splits will overstate how good the ranker is."),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "A model that treats unshown posts as negatives can mislead itself about what users "
        "dislike.",
    ),
    (
        "fraud-detection",
        "random-split",
        "A random split of transactions will leak future fraud patterns.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Optimising for clicks will quickly damage long-term retention.",
    ),
    # fired on int19
    (
        "notification-ranking",
        "engagement-only-objective",
        "A sender that maximises opens may annoy users into turning pushes off.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "A feed that maximises engagement tends to distort what people see.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Any setup that removes posts automatically with no human in the loop will hurt trust.",
    ),
    (
        "eta-prediction",
        "random-split",
        "A random split can overestimate how well we predict busy evenings.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Maximising opens this quarter could still starve the channel next year.",
    ),
]
FORETOLD_MADE: list[tuple[str, str, str]] = [
    (
        "notification-ranking",
        "engagement-only-objective",
        "We maximise opens, which will grow DAU.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Our policy maximises opens and will ship next week.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "A policy that maximises opens will be our first version.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Maximising opens will be the objective.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We'll optimise for clicks; it can be tuned later.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "We remove posts automatically with no human review, which can cut costs.",
    ),
    ("ads-ctr", "random-split", "A random split will be our evaluation."),
    ("ads-ctr", "random-split", "We use a random split, which can run in minutes."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The ranker optimises clicks and will launch in Q3.",
    ),
    (
        "notification-ranking",
        "engagement-only-objective",
        "Maximising opens can lift DAU quickly, so that is our objective.",
    ),
    ("ads-ctr", "random-split", "A random split can be done in a day, so we use it."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The objective is clicks, which will keep things simple.",
    ),
    (
        "feed-ranking",
        "engagement-only-objective",
        "We optimise for clicks, which will drive revenue.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Auto remove everything above 0.9; it will cut review costs.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts never shown are negatives, which will give us lots of training data.",
    ),
]


FOIL_QUIET: list[tuple[str, str, str]] = [
    # fired on int19
    (
        "fraud-detection",
        "unobserved-as-negative",
        "The naive training set labels every transaction with no chargeback yet as legit.",
    ),
    # fired on int19
    (
        "fraud-detection",
        "unobserved-as-negative",
        "The naive training set, every transaction with no chargeback yet labelled legit, calls "
        "recent fraud good.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "A naive label scheme treats every post never shown as a negative.",
    ),
    ("feed-ranking", "random-split", "The naive evaluation splits impressions at random."),
    (
        "ads-ctr",
        "random-split",
        "A lazy offline setup, a random split of the logs, flatters the model.",
    ),
    # fired on int19
    ("eta-prediction", "shown-eta-as-label", "The naive target is the ETA we showed."),
    # fired on int19
    ("notification-ranking", "engagement-only-objective", "The naive objective maximises opens."),
    # fired on int19
    (
        "harmful-content",
        "reports-as-ground-truth",
        "The naive labels treat every user report as ground truth.",
    ),
    # fired on int19
    ("demand-forecasting", "orders-as-demand", "The naive training data uses orders as demand."),
    ("recommendation", "engagement-only-objective", "A naive ranker optimises clicks alone."),
    # fired on int19
    (
        "fraud-detection",
        "random-split",
        "The careless version shuffles transactions into a random split.",
    ),
    (
        "ads-ctr",
        "random-split",
        "The sloppy pipeline, a random 80/20 split of all rows, overstates AUC.",
    ),
    # fired on int19
    (
        "feed-ranking",
        "engagement-only-objective",
        "The naive version of the feed ranks by clicks only.",
    ),
    (
        "spam-detection",
        "unobserved-as-negative",
        "The naive labelling, every message nobody reported counted as ham, hides new campaigns.",
    ),
    # fired on int19
    (
        "feed-ranking",
        "unobserved-as-negative",
        "A lazy dataset, every post the user never saw as a negative, confuses unseen with "
        "disliked.",
    ),
    # fired on int19
    (
        "notification-ranking",
        "engagement-only-objective",
        "The naive policy, maximise opens, is what the growth team asked for.",
    ),
]
FOIL_MADE: list[tuple[str, str, str]] = [
    (
        "fraud-detection",
        "unobserved-as-negative",
        "Our training set labels every transaction with no chargeback yet as legit.",
    ),
    (
        "fraud-detection",
        "unobserved-as-negative",
        "The training set, every transaction with no chargeback yet labelled legit, is ready in a "
        "week.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "The final training set treats posts never shown as negatives.",
    ),
    ("feed-ranking", "random-split", "We use a random split of impressions."),
    ("notification-ranking", "engagement-only-objective", "The objective maximises opens."),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "The labels treat every user report as ground truth.",
    ),
    ("demand-forecasting", "orders-as-demand", "The training data uses orders as demand."),
    ("recommendation", "engagement-only-objective", "The ranker optimises clicks alone."),
    ("fraud-detection", "random-split", "Random split: shuffle transactions and hold out 20%."),
    ("ads-ctr", "random-split", "The pipeline, a random 80/20 split of all rows, runs nightly."),
    (
        "feed-ranking",
        "engagement-only-objective",
        "The simple version of the feed ranks by clicks only.",
    ),
    ("eta-prediction", "shown-eta-as-label", "The target is the ETA we showed."),
    (
        "demand-forecasting",
        "orders-as-demand",
        "The seasonal naive forecast is trained on orders as demand.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "The naive approach is simple, so we treat every post never shown as a negative.",
    ),
    (
        "feed-ranking",
        "random-split",
        "We use a random split of impressions, the naive way, because it is quick.",
    ),
]


PROBLEM_QUIET: list[tuple[str, str, str]] = [
    ("ads-ctr", "random-split", "A random split is a trap here."),
    ("feed-ranking", "random-split", "Random splits are a known pitfall for feeds."),
    # fired on int19
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Randomising by member is a real concern for a graph product.",
    ),
    (
        "visual-search",
        "brute-force-search",
        "Exact search over all vectors is a non-starter at 300M images.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal is a liability for the platform.",
    ),
    (
        "harmful-content",
        "reports-as-ground-truth",
        "Treating user reports as ground truth is a danger when brigading happens.",
    ),
    (
        "recommendation",
        "engagement-only-objective",
        "Optimising clicks alone is the classic pitfall of recommenders.",
    ),
    (
        "fraud-detection",
        "random-split",
        "A random split of transactions is a common mistake in fraud work.",
    ),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Treating posts never shown as negatives is a well-known trap.",
    ),
    # fired on int19
    ("ads-ctr", "random-split", "A random split is the biggest risk to our offline numbers."),
    (
        "visual-search",
        "brute-force-search",
        "Exact kNN over every embedding is a dealbreaker for latency.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "A member-level A/B is a headache here, since invites cross arms.",
    ),
    # fired on int19
    ("feed-ranking", "random-split", "Random splitting is an anti-pattern for time-ordered logs."),
    (
        "recommendation",
        "engagement-only-objective",
        "Maximising watch time only is one of the dangers in this space.",
    ),
    # fired on int19
    (
        "harmful-content",
        "fully-automated-removal",
        "Removing posts automatically with no review is a hazard for creators.",
    ),
    (
        "fraud-detection",
        "random-split",
        "Random splits are one of the errors we see most in fraud models.",
    ),
]
PROBLEM_MADE: list[tuple[str, str, str]] = [
    ("ads-ctr", "random-split", "A random split is our choice for evaluation."),
    ("feed-ranking", "random-split", "A random split is the plan, 80/20."),
    (
        "visual-search",
        "brute-force-search",
        "Exact search over all vectors is the simplest solution.",
    ),
    (
        "harmful-content",
        "fully-automated-removal",
        "Fully automated removal is the goal for every category.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "We randomise by member id in a standard A/B.",
    ),
    ("recommendation", "engagement-only-objective", "Optimising clicks alone is our objective."),
    ("fraud-detection", "random-split", "A random split of transactions is fine here."),
    (
        "feed-ranking",
        "unobserved-as-negative",
        "Posts never shown are negatives, which is no problem.",
    ),
    ("ads-ctr", "random-split", "We use a random split; the risk is small."),
    (
        "visual-search",
        "brute-force-search",
        "Brute force search over all embeddings is what we run.",
    ),
    ("harmful-content", "reports-as-ground-truth", "User reports are our ground truth labels."),
    ("feed-ranking", "random-split", "A random split, and the issue of leakage we accept."),
    (
        "recommendation",
        "engagement-only-objective",
        "The objective is clicks; the concern is latency.",
    ),
    ("fraud-detection", "random-split", "We randomly split transactions 80/20; no issue there."),
    ("ads-ctr", "random-split", "Random split: 80/20 of all impressions."),
]


@pytest.mark.parametrize(
    ("case_id", "flag_id", "text"),
    MEASURED_QUIET
    + HARM_QUIET
    + ASIDE_QUIET
    + REASON_QUIET
    + FORETOLD_QUIET
    + FOIL_QUIET
    + PROBLEM_QUIET,
)
def test_a_class_of_careful_wording_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(
    ("case_id", "flag_id", "text"),
    MEASURED_MADE
    + HARM_MADE
    + NATURAL_MADE
    + ENOUGH_MADE
    + ASIDE_MADE
    + REASON_MADE
    + FORETOLD_MADE
    + FOIL_MADE
    + PROBLEM_MADE,
)
def test_the_mistake_made_in_the_same_words_still_raises_its_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)
