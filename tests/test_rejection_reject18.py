"""Rejections read in lane reject18 (batch 47): a verdict after a subject that a relative
clause without "that" describes ("the late chargebacks we haven't seen yet won't move the
needle"); an idea whose main effect is said to be its cost ("an A/B test would mainly cost us
two weeks"); an effect called slight on what it acts on ("the few late chargebacks barely
move the negatives"). Each group holds twins that adopt the idea in similar words and stay
credited. Sentences are our own, over a small rubric built here. Against the code before
these changes the 5 rejections were all credited (5 of 13 wrong) and the 8 twins right."""

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
            item("label-delay", "data", ["late chargebacks", "late labels", "label delay"]),
            item("ab-test", "evaluation", ["a/b test", "ab test", "online experiment"]),
            item("cache-warming", "production", ["cache warming", "warm the cache", "prewarm"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        # a relative clause without "that" between the subject and its verdict
        (
            "With 8M payments a day, the tiny number of late chargebacks we haven't seen yet "
            "won't move the needle.",
            "label-delay",
            False,
        ),
        ("The late labels they send us won't matter.", "label-delay", False),
        # the pronoun is the clause's subject after a preposition, or a new clause
        ("For late chargebacks we wait 90 days, so the delay won't matter.", "label-delay", True),
        (
            "I wait 90 days for late chargebacks we haven't seen yet, and the rest won't matter.",
            "label-delay",
            True,
        ),
        # the main effect said to be a cost
        (
            "Replay is a faithful simulation of what users will do, so an A/B test would mainly "
            "cost us two weeks; I'd roll it out over a few days.",
            "ab-test",
            False,
        ),
        ("Cache warming mostly costs us memory on every node.", "cache-warming", False),
        (
            "An A/B test would mainly cost us two weeks, but it is the only read on downstream "
            "searches, so we run it.",
            "ab-test",
            True,
        ),
        ("An A/B test would cost us two weeks, so we plan for it before launch.", "ab-test", True),
        ("An A/B test would only cost us a week of traffic, so we run one.", "ab-test", True),
        # an effect called slight, on its object
        (
            "Most payments are genuine anyway, so the few late chargebacks barely move the "
            "negatives.",
            "label-delay",
            False,
        ),
        (
            "Late chargebacks move the negatives a lot, so I wait 90 days before calling "
            "anything legit.",
            "label-delay",
            True,
        ),
        ("We prewarm, so cold nodes barely affect the p99.", "cache-warming", True),
        (
            "The data barely moves, so late labels are handled with a 90-day window.",
            "label-delay",
            True,
        ),
    ],
)
def test_reject18_readings(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
