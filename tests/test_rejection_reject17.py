"""Rejections read in lane reject17 (batches 42 and 45): a bare "not" and a verb whose
object "it" points back to what its clause named ("X is noisy (...) so not measuring it as
a gate for v1"); a cost found in an idea that turns to something else declared enough ("X is
costly at our size ..., so the replay numbers are enough to decide"); work called big ("X
would be a big engineering project; doing it at ... means ..."); "there's little X would
tell us that Y doesn't"; "far more than we could ever get from X"; "X; that's a rounding
error, so I wouldn't build around it". Each group holds twins that adopt the idea and stay
credited. Sentences are our own, over a small rubric built here. Wrong right before each
change: 2 of the first 5 ("not ... it as"), 2 of the next 7 (costly, then enough), 1 of 3
for work called big ("a big engineering project"; its three probes "massive project",
"staff it next quarter", "major undertaking but we do it" were written right after that
change: against the code before it, 1 of them was wrong), 3 of 5 for "there's little"
before a clause, 3 of 5 for "more than we could ever get from X", 2 of 4 for "that's ...,
so I wouldn't build around it" (the second and the novelty twin were written after a first
version of that change, which the twin caught)."""

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
            item("novelty-effect", "evaluation", ["novelty effect", "novelty"]),
            item("shadow-mode", "production", ["shadow mode", "shadow traffic"]),
            item("load-test", "production", ["load test", "load testing"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        # a bare "not" and a verb, its object "it" in a role, pointing back
        (
            "Novelty is noisy here (holiday spikes, bot traffic) so not measuring it as a gate "
            "for the first launch.",
            "novelty-effect",
            False,
        ),
        (
            "Outliers are rare in this data (a few typos, one bad sensor) so not clipping them "
            "for the pilot.",
            "outlier-removal",
            False,
        ),
        (
            "Shadow traffic is flaky (retries, duplicate calls) so not relying on it as a check "
            "for v1.",
            "shadow-mode",
            False,
        ),
        (
            "Shadow traffic is cheap here, so we are using it as a check for v1.",
            "shadow-mode",
            True,
        ),
        (
            "Outliers are common in this data so we clip outliers at the 99th percentile for the "
            "pilot.",
            "outlier-removal",
            True,
        ),
        # a cost where it falls ("at our size") and the other declared enough
        (
            "A load test of three days is costly at our size and slow before the launch, and "
            "the replay numbers are trustworthy, so they are enough to decide.",
            "load-test",
            False,
        ),
        (
            "Shadow mode for a month is pricey for our team, and the offline replay is "
            "faithful, so it is sufficient to decide.",
            "shadow-mode",
            False,
        ),
        (
            "A load test of three days is costly at our size but we run it anyway before the "
            "launch.",
            "load-test",
            True,
        ),
        (
            "Shadow mode for a month is pricey, but offline replay alone is not enough, so we "
            "run shadow mode first.",
            "shadow-mode",
            True,
        ),
        (
            "A load test is costly at our size, so we run it weekly instead of daily.",
            "load-test",
            True,
        ),
        ("A load test is costly for our team but worth it before a launch.", "load-test", True),
        (
            "Shadow mode is pricey at our volume. We still run shadow mode for two weeks.",
            "shadow-mode",
            True,
        ),
        # work called big ("a big engineering project") and the other way chosen
        (
            "Keeping cache warming in step with hundreds of deploys a week would be a big "
            "engineering project; doing it lazily at first request means no extra jobs.",
            "cache-warming",
            False,
        ),
        (
            "Load testing every service would be a massive project; a canary at five percent "
            "of traffic means we learn the same.",
            "load-test",
            False,
        ),
        (
            "Running shadow traffic against every model version would be a huge operational "
            "burden; checking at review time means releases stay fast.",
            "shadow-mode",
            False,
        ),
        (
            "Keeping cache warming in step with deploys would be a big project, so we staff it "
            "next quarter.",
            "cache-warming",
            True,
        ),
        (
            "Load testing every service is a major undertaking but we do it before each launch.",
            "load-test",
            True,
        ),
        (
            "Keeping cache warming in step with deploys is a small job, so we prewarm after "
            "every release.",
            "cache-warming",
            True,
        ),
        # "there's little" opening a clause: the thing in it would add next to nothing
        (
            "The replay numbers map directly to what users feel, so there's little a load test "
            "would tell us that the replay doesn't.",
            "load-test",
            False,
        ),
        (
            "There is little that shadow mode would show us beyond the offline replay.",
            "shadow-mode",
            False,
        ),
        (
            "There's very little the novelty effect would change in a two-week test.",
            "novelty-effect",
            False,
        ),
        ("There's little risk in shadow mode, so we run it for a week.", "shadow-mode", True),
        (
            "There's little a load test costs us, so we run one before every launch.",
            "load-test",
            True,
        ),
        # what a comparison says could never give as much
        (
            "With a million logged sessions a day that's far more signal than we could ever get "
            "from a load test.",
            "load-test",
            False,
        ),
        (
            "Replay gives thousands of cases an hour, far more than shadow mode could ever "
            "produce.",
            "shadow-mode",
            False,
        ),
        (
            "That is many more examples than we would ever collect with shadow traffic.",
            "shadow-mode",
            False,
        ),
        (
            "Shadow mode catches more failures than we could get from replay, so we run it "
            "before each launch.",
            "shadow-mode",
            True,
        ),
        (
            "A load test tells us more than we could ever get from reading dashboards.",
            "load-test",
            True,
        ),
        # "that's" judging the clause before, and a refusal drawn from it with "so"
        (
            "The shadow traffic is 2% of requests; frankly that's noise next to the replay and "
            "skewed to one region, so I wouldn't base the launch decision on it.",
            "shadow-mode",
            False,
        ),
        (
            "Shadow traffic is 2% of requests. Honestly that's a rounding error, so I wouldn't "
            "build the launch plan around it.",
            "shadow-mode",
            False,
        ),
        (
            "Shadow traffic mirrors every request; it's cheap, and I wouldn't drop it.",
            "shadow-mode",
            True,
        ),
        (
            "Novelty is real here; that's a known effect, so I wouldn't trust the first week of "
            "the test.",
            "novelty-effect",
            True,
        ),
    ],
)
def test_reading(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
