"""Rejections in wording unlike the usual phrases (lane reject15, issue 16): a question
answered by a concession that turns ("We could, but I wouldn't"), by a bare hedge and a
refusal ("Possibly. Not something I'd plan around"), or by keeping to something else ("I'd
keep it to the overall number"); a dismissive noun ("busywork"); a verdict after an aside
set off by dashes; a problem left "uncorrected"; an addition put off until a condition
nobody expects ("if it ever becomes a problem", "can come once we're live"); one thing kept
separate from what it would be combined with; another team's tools leaned on instead; a
refused thing "with" what it is built with; the verb that opens a cue ("hold" of "hold
off"); the reason after a bare "No."; what an idea "adds" as its cost after a refusal; an
act refused on "them" that the sentence before named. Each group holds its twins: the same
shapes adopting the idea stay credited. Sentences are our own, over a small rubric built
here. Read right before each change: 22 of the first 36, then 4 of 8 ("with", "hold off"),
2 of 4 (after "No."), 3 of 4 ("adds"), 3 of 4 ("them"); the three "can come once" probes
were written after their change; 6 of 10 for a bare note closed by "later" (flags25)."""

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
            item("cache-warming", "production", ["cache warming", "warm the cache", "prewarm"]),
            item("outlier-removal", "data", ["outliers", "outlier removal", "clip outliers"]),
            item("per-region-slicing", "evaluation", ["by region", "per region", "slice"]),
            item("novelty-effect", "evaluation", ["novelty effect", "novelty"]),
            item("shadow-mode", "production", ["shadow mode", "shadow traffic"]),
            item("selection-bias", "data", ["selection bias", "only see approved"]),
            item("load-test", "production", ["load test", "load testing"]),
            item(
                "fused-model",
                "modeling",
                ["audio", "lyrics"],
                ["one model", "single model", "combine"],
                within=15,
            ),
            item("quality-alerts", "production", ["quality alerts", "data quality monitoring"]),
            item("replay-eval", "evaluation", ["replay", "counterfactual replay"]),
            item("multi-head", "modeling", ["head per", "heads per"]),
            item("hold-queue", "production", ["hold", "held"]),
            item("reranker", "modeling", ["reranker", "cross encoder"]),
            item(
                "feedback-routing",
                "production",
                ["comments", "feedback"],
                ["owners", "route", "routing"],
                within=20,
            ),
            item(
                "claim-verify", "modeling", ["verify", "verifies"], ["claim", "claims"], within=12
            ),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        # a question answered by a concession that turns to a refusal
        (
            "Could we warm the cache before each deploy? We could, but I wouldn't spend time "
            "there.",
            "cache-warming",
            False,
        ),
        (
            "Should we clip outliers in the training data? We could, but I don't think it's worth "
            "it.",
            "outlier-removal",
            False,
        ),
        (
            "Is it possible to run a load test every night? It is, but I wouldn't bother for v1.",
            "load-test",
            False,
        ),
        (
            "Could we warm the cache before each deploy? We could, and I would: cold starts cost "
            "us 2 s.",
            "cache-warming",
            True,
        ),
        (
            "Should we clip outliers in the training data? Yes, and we'd log how many were "
            "clipped.",
            "outlier-removal",
            True,
        ),
        (
            "Could we run a load test every night? We can, but only on the staging cluster.",
            "load-test",
            True,
        ),
        # a bare hedge sentence, then a refusal sentence
        (
            "Will the novelty effect inflate the first week? Possibly. I'd wait until the data "
            "shows it.",
            "novelty-effect",
            False,
        ),
        (
            "Does a novelty effect matter here? Maybe. Not something I'd plan around now.",
            "novelty-effect",
            False,
        ),
        (
            "Will the novelty effect inflate the first week? Possibly. I'd run the test for four "
            "weeks to let it fade.",
            "novelty-effect",
            True,
        ),
        (
            "Does a novelty effect matter here? Probably. So we'd drop the first week from the "
            "readout.",
            "novelty-effect",
            True,
        ),
        # the question answered with only the alternative
        (
            "Slicing the error by region and device? I'd keep it to the overall number for now.",
            "per-region-slicing",
            False,
        ),
        (
            "Slicing the error by region and device? I'd stick to the global metric.",
            "per-region-slicing",
            False,
        ),
        (
            "Slicing the error by region and device? I'd keep it, per region and per device, on "
            "the dashboard.",
            "per-region-slicing",
            True,
        ),
        (
            "Slicing the error by region? Yes, I'd stick to that as the main report.",
            "per-region-slicing",
            True,
        ),
        # a dismissive noun or verdict after the idea
        (
            "Running a replay of last month's traffic is busywork; the A/B test tells us more.",
            "replay-eval",
            False,
        ),
        ("Shadow mode for a week is a distraction at this stage.", "shadow-mode", False),
        (
            "Quality alerts — nulls, ranges, freshness — feel like overkill for a batch job.",
            "quality-alerts",
            False,
        ),
        (
            "Running a replay of last month's traffic is cheap; we'd do it before every launch.",
            "replay-eval",
            True,
        ),
        ("Shadow mode for a week is a must at this stage.", "shadow-mode", True),
        (
            "Quality alerts — nulls, ranges, freshness — feel like cheap insurance for a batch "
            "job.",
            "quality-alerts",
            True,
        ),
        # "is not something I'd ..."
        (
            "Shadow traffic to a second cluster is not something I'd build; nobody would read it.",
            "shadow-mode",
            False,
        ),
        (
            "Shadow traffic to a second cluster is something I'd build first; it catches "
            "regressions.",
            "shadow-mode",
            True,
        ),
        # the problem left as it is
        (
            "Selection bias is real here: we only see approved loans. I'd leave it uncorrected in "
            "v1.",
            "selection-bias",
            False,
        ),
        (
            "Selection bias is real here: we only see approved loans. I'm inclined to leave it "
            "unaddressed for now.",
            "selection-bias",
            False,
        ),
        (
            "Selection bias is real here: we only see approved loans. I'd correct it by approving "
            "a small random slice.",
            "selection-bias",
            True,
        ),
        (
            "Selection bias is real here: we only see approved loans, so nothing stays "
            "uncorrected: we reweight by approval odds.",
            "selection-bias",
            True,
        ),
        # deferred to a condition
        (
            "Outliers in the sensor readings: I'd handle them if they ever become a problem.",
            "outlier-removal",
            False,
        ),
        ("Cache warming I'd add only if cold starts turn out to matter.", "cache-warming", False),
        (
            "Outliers in the sensor readings: I'd handle them now, since they are already a "
            "problem.",
            "outlier-removal",
            True,
        ),
        (
            "Cache warming I'd add now; if cold starts ever matter, it is already there.",
            "cache-warming",
            True,
        ),
        # ... or until a condition with "can come once"
        ("Per-region slices can come once we're live.", "per-region-slicing", False),
        ("Per-region slices come first, well before we're live.", "per-region-slicing", True),
        ("Per-region slices can come from the same replay job.", "per-region-slicing", True),
        # only the alternative preferred after a label
        (
            "Combining audio and lyrics into one model: I'd keep them as two separate scores.",
            "fused-model",
            False,
        ),
        (
            "Combining audio and lyrics into one model: I'd keep them apart and average the "
            "scores.",
            "fused-model",
            False,
        ),
        (
            "Combining audio and lyrics into one model: I'd do it from the start, since the mix "
            "is the signal.",
            "fused-model",
            True,
        ),
        (
            "Combining audio and lyrics into one model: I'd keep that as the main design.",
            "fused-model",
            True,
        ),
        # left to another team's existing tools instead
        (
            "Data quality monitoring for the features? The platform team already runs checks; I'd "
            "lean on theirs rather than build our own.",
            "quality-alerts",
            False,
        ),
        (
            "Data quality monitoring for the features? The platform team already runs checks; I'd "
            "build ours on top of theirs.",
            "quality-alerts",
            True,
        ),
        # a thing refused with what it is built with ("a network with a head per market")
        (
            "I would not bother with a single shared model with a head per market.",
            "multi-head",
            False,
        ),
        ("We won't train one network with a head per language.", "multi-head", False),
        ("We'd train a single shared model with a head per market.", "multi-head", True),
        (
            "I wouldn't bother with separate models: one network with a head per market.",
            "multi-head",
            True,
        ),
        # the verb that opens a cue is no mention of the idea ("hold" of "hold off")
        ("A smarter send hour per user is tempting. I'd hold off.", "hold-queue", False),
        ("We'd hold back on a digest for now.", "hold-queue", False),
        ("We'd hold non-urgent pushes until the user's active hour.", "hold-queue", True),
        ("I'd hold them for the digest rather than send them at night.", "hold-queue", True),
        # the reason given after a bare answer ("X? No. <why not>") is no proposal
        (
            "Verifying each claim with an NLI model before showing it? No. Readers can verify "
            "the claims themselves, and a second pass adds latency.",
            "claim-verify",
            False,
        ),
        (
            "Should a second model verify each claim? Not really. Readers could verify the "
            "claims themselves from the citations.",
            "claim-verify",
            False,
        ),
        (
            "Verifying each claim with an NLI model before showing it? Yes. A small model "
            "verifies every claim against its passage before the answer is shown.",
            "claim-verify",
            True,
        ),
        (
            "Should a second model verify each claim? No. The answering model verifies each "
            "claim itself in a final self-check step.",
            "claim-verify",
            True,
        ),
        # after a refusal, what the idea adds as a cost is the case against it
        (
            "A learned reranker on top? I'd skip it. The reranker adds latency we can't afford.",
            "reranker",
            False,
        ),
        (
            "No shadow mode for v1. Shadow traffic adds cost and a second copy to maintain.",
            "shadow-mode",
            False,
        ),
        (
            "A learned reranker on top? Yes. The reranker adds precision at the top of the list.",
            "reranker",
            True,
        ),
        (
            "No shadow mode for the batch job. For the online path, shadow traffic runs for a "
            "week before launch.",
            "shadow-mode",
            True,
        ),
        # a refused act done to "them", what the sentence before named
        (
            "User comments land on a dashboard. Routing them to the page owners is not "
            "something I'd build; owners ignore that kind of mail.",
            "feedback-routing",
            False,
        ),
        (
            "User comments land on a dashboard. Forwarding them to owners I'd skip for v1.",
            "feedback-routing",
            False,
        ),
        (
            "User comments land on a dashboard. Routing them to the page owners is something "
            "I'd build first; owners fix pages fast.",
            "feedback-routing",
            True,
        ),
        (
            "User comments land on a dashboard. Routing them one by one to owners is not "
            "something I'd build; instead I'd send owners a weekly digest of the comments.",
            "feedback-routing",
            True,
        ),
        # a bare note closed by "later": put off as "X: later." is; not a clause nor a measure
        ("Cache warming for the launch later.", "cache-warming", False),
        ("Shadow mode for the batch path later.", "shadow-mode", False),
        ("Outlier removal maybe later.", "outlier-removal", False),
        ("Novelty effect analysis eventually.", "novelty-effect", False),
        ("Load testing of the new cluster probably later.", "load-test", False),
        ("We warm the cache now and check hit rates later.", "cache-warming", True),
        ("Shadow mode first, the full launch two weeks later.", "shadow-mode", True),
        ("Load test on day one, with the results a few hours later.", "load-test", True),
        ("We clip outliers and retrain later.", "outlier-removal", True),
        ("Shadow traffic runs now; the launch comes later.", "shadow-mode", True),
    ],
)
def test_unusual_rejection_forms(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
