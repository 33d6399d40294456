"""A sentence that limits what is done, after the idea was rejected (lane reject14,
grading/evidence.py `_limited_to_others`): a lone word of the idea under "just"/"only" or
closed by "that's it" keeps to a set without the idea, and brings nothing back; another
phrase of the idea in the sentence, or a phrase of several words, is the idea chosen.
Twins: one credited, one not. Sentences are our own, over a small rubric built here."""

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
            item("drift-monitoring", "production", ["drift", "alert", "alerts", "monitoring"]),
            item("imbalance", "modeling", ["smote", "class weights", "upweight positives"]),
            item("routing", "production", ["routing", "small model", "open weights"]),
            item("citations", "production", ["citations", "cite"]),
            item("monitoring", "production", ["drift detection", "dashboards"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        (
            "I wouldn't build a drift monitoring stack. I'd just alert on revenue and errors.",
            "drift-monitoring",
            False,
        ),
        (
            "I wouldn't build a drift monitoring stack. I'd alert on revenue and errors.",
            "drift-monitoring",
            True,
        ),
        (
            "I wouldn't build a drift monitoring stack. I'd just alert on calibration drift.",
            "drift-monitoring",
            True,
        ),
        (
            "No drift monitoring stack. Standard service alerts on latency and errors, that's it.",
            "drift-monitoring",
            False,
        ),
        (
            "No drift monitoring stack. Standard service alerts on latency and errors, and on "
            "the score distribution.",
            "drift-monitoring",
            True,
        ),
        # a choice within the idea keeps it: a word of the refused phrase said again
        (
            "No hourly alerts. We just alert daily on the score distribution.",
            "drift-monitoring",
            True,
        ),
        ("No SMOTE. We just use class weights.", "imbalance", True),
        ("No SMOTE. We just upweight positives in the loss.", "imbalance", True),
        # the limit on another verb ("retrain only weekly and alert")
        (
            "I wouldn't build a drift monitoring stack. We retrain only weekly and alert on "
            "shifts in the score distribution.",
            "drift-monitoring",
            True,
        ),
        # one thing chosen for everything leaves out an idea of several
        (
            "No routing between models. Generate with one self-hosted open-weights model for "
            "every step.",
            "routing",
            False,
        ),
        (
            "No routing between models. Generation: self-hosted open-weights model (70B class) "
            "for every question.",
            "routing",
            False,
        ),
        (
            "No routing between models. Easy questions go to a self-hosted open-weights model, "
            "hard ones to the frontier model.",
            "routing",
            True,
        ),
        # "for every" after a plural gives each its own; "one" as a pronoun determines nothing
        (
            "I wouldn't fine-tune: you can't cite a source. The prompt demands citations for "
            "every claim.",
            "citations",
            True,
        ),
        (
            "No routing between models. Rank with a positive term for likes and a negative one "
            "for open weights.",
            "routing",
            True,
        ),
        # what covers the need instead is the reason nothing is built
        (
            "I'd rather not build a drift detection stack; the platform's daily dashboards "
            "cover most of what we need.",
            "monitoring",
            False,
        ),
        (
            "I'd rather not build a drift detection stack; we add daily dashboards on the "
            "score distribution.",
            "monitoring",
            True,
        ),
    ],
)
def test_limited(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
