"""Rejections read in lane tune51 (batch 51, middling candidates putting ideas off in passing):
a topic "left for v1/now" or called "a second-version problem"; a shortcoming "something I'd
accept for now" after a long aside between dashes; an object fronted before "I'd push out"
closing its clause; a generic stand-in for the topic ("I'd skip special treatment", "I'd
avoid that complexity"); a subject whose preposition's object is a coordinated pair ("a
pipeline for restaurant load and zone supply is a v2 thing"); a label opening a sentence in
the middle of a paragraph; what the idea makes called worthless ("mostly creates nonsense
points") after ", and". Each group holds twins that adopt the idea in similar words and stay
credited. Sentences are our own, over a small rubric built here. Against the code before
these changes 8 of the 9 rejections were credited (8 of 19 wrong) and the 10 twins right; the
"creates nonsense" one was credited only with the fraud rubric's own phrases (its answer's
imbalance item), so here it guards the reading's reach rather than showing the change."""

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
            item("position-bias", "data", ["position bias", "position"]),
            item("label-gap", "data", ["never get labels", "never get a label"]),
            item("feedback-loop", "data", ["feedback loop"]),
            item("dense-retrieval", "modeling", ["two tower", "dense retrieval"]),
            item("backfill", "production", ["re embedding", "re embed", "backfill"]),
            item("streaming", "production", ["streaming", "stream"]),
            item("resampling", "modeling", ["smote", "oversampling"]),
            item("allowlist", "production", ["allowlist", "allow list"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        # left as it is for the first version, or called a later version's problem
        ("Position bias: I'd leave it for v1.", "position-bias", False),
        ("Position bias: I'd log the slot for v1 and add it as a feature.", "position-bias", True),
        (
            "The grid makes slots messy to model; correcting for position bias is a "
            "second-version problem.",
            "position-bias",
            False,
        ),
        ("Correcting for position bias is the first thing I'd do.", "position-bias", True),
        # a shortcoming accepted, after a long aside between dashes
        (
            "Honestly, the feedback loop \u2014 mail in the spam folder is rarely looked at, so "
            "we never learn about those false positives \u2014 is something I'd accept for now.",
            "feedback-loop",
            False,
        ),
        (
            "Honestly, the feedback loop \u2014 mail in the spam folder is rarely looked at, so "
            "we never learn about those false positives \u2014 is something I'd break with a "
            "random 1% sample sent to raters.",
            "feedback-loop",
            True,
        ),
        # a fronted object pushed out, the verdict closing its clause
        (
            "A dense two-tower retrieval for vocabulary mismatch I'd push out; spell correction "
            "should be enough.",
            "dense-retrieval",
            False,
        ),
        ("We push out two-tower embeddings to the index every hour.", "dense-retrieval", True),
        # a generic stand-in for what was just named
        (
            "Position bias: slot 1 gets 2.5x CTR, but I'd skip special treatment; the model "
            "will learn it.",
            "position-bias",
            False,
        ),
        (
            "Position bias: slot 1 gets 2.5x CTR, so it gets special treatment: a slot feature "
            "at training, fixed at serving.",
            "position-bias",
            True,
        ),
        (
            "Versioning: a new model means re-embedding 300M images; honestly I'd avoid that "
            "complexity early by freezing the model.",
            "backfill",
            False,
        ),
        (
            "Versioning: a new model means re-embedding 300M images; I'd handle that with a "
            "backfill job that writes a second index.",
            "backfill",
            True,
        ),
        # a subject whose preposition holds a coordinated pair
        (
            "A true streaming pipeline for restaurant load and zone supply is probably a v2 thing.",
            "streaming",
            False,
        ),
        (
            "A true streaming pipeline for restaurant load and zone supply feeds the model "
            "every minute.",
            "streaming",
            True,
        ),
        # a label that opens a sentence mid-paragraph, and its "it"
        (
            "Retrain monthly. The fact that declined payments never get labels: I'd not carve "
            "out a random holdout, merchants won't accept it.",
            "label-gap",
            False,
        ),
        (
            "Retrain monthly. The fact that declined payments never get labels: that is why "
            "a 1% random holdout is approved, and merchants accept it.",
            "label-gap",
            True,
        ),
        # (not after a list's number: "2. Allowlist:" stays what it was)
        (
            "1. Blocklists first.\n2. Allowlist: senders in the contacts skip filtering for "
            "that user.",
            "allowlist",
            True,
        ),
        # what the idea makes, called worthless, in a clause after ", and"
        (
            "A GBDT learns fine at the natural rate, and SMOTE on tabular payment data mostly "
            "creates nonsense points.",
            "resampling",
            False,
        ),
        (
            "A GBDT struggles at the natural rate, and SMOTE on tabular payment data creates "
            "synthetic points for the minority class.",
            "resampling",
            True,
        ),
    ],
)
def test_tune51_rejections(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited, text
