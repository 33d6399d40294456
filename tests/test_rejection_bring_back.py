"""A rejected idea brought back, or not, by a later word of it (grading/evidence.py
`_brings_back`, grading/judgement.py `affirms`), and rejections read from what others
propose and from what is said to suffice (grading/negation/ `voiced_by_others`,
`_voiced_then_dropped`; evidence.py `_enough_instead`). Sentences are our own, over a small
rubric built here; each reading is checked in both directions: the passing word earns
nothing, the genuine adoption still earns the idea."""

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
            item("slicing", "evaluation", ["by city", "per city", "slice", "by region"]),
            item("online-test", "evaluation", ["switchback test", "a/b test", "experiment"]),
            item("multi-task", "modeling", ["multi-task", "per action head", "one head per"]),
            item("offline-metrics", "evaluation", ["log loss", "auc"]),
            item("position-bias", "data", ["position bias", "feed position", "position debiasing"]),
            item("impression-logs", "data", ["impression logs"]),
            item("exploration", "production", ["exploration", "exploration slots"]),
            item("cascade", "modeling", ["cascade"]),
            item("deep-models", "modeling", ["dcn", "dlrm", "deep model"]),
            item("fairness", "evaluation", ["exposure", "popular members"]),
            item("monitoring", "production", ["drift monitoring", "drift", "weekly retrain"]),
            item("legs", "modeling", ["decomposing", "decompose", "legs", "per leg"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "idea", "earned"),
    [
        # a word of the refused idea that only qualifies another idea named before it
        (
            "I wouldn't slice the error by every region up front. Online: a switchback test "
            "by city and hour, two weeks.",
            "slicing",
            False,
        ),
        (
            "I wouldn't slice the error by every region up front. Once it ships, we slice "
            "the error by city.",
            "slicing",
            True,
        ),
        (
            "I'd avoid a single multi-task network. Offline: AUC and log loss per action head.",
            "multi-task",
            False,
        ),
        (
            "I'd avoid a single multi-task network at first. Later we move to one shared "
            "network with one head per action.",
            "multi-task",
            True,
        ),
        (
            "I would not do position debiasing. Impression logs with feed position, joined "
            "to clicks.",
            "position-bias",
            False,
        ),
        (
            "I would not do position debiasing in v1. In v2 we correct position bias with a "
            "position feature set to zero at serving.",
            "position-bias",
            True,
        ),
        (
            "I'd avoid a single shared multi-task network. Main ranker: one GBDT per action "
            "head on the same features.",
            "multi-task",
            False,
        ),
        # with no rejection, the qualifier is read as before
        ("Retrain weekly; a switchback test per city for two weeks.", "slicing", True),
    ],
)
def test_a_word_that_only_qualifies_another_idea_brings_nothing_back(
    text: str, idea: str, earned: bool
) -> None:
    assert (idea in met(text)) is earned


@pytest.mark.parametrize(
    ("text", "idea", "earned"),
    [
        (
            "I wouldn't reserve exploration slots. The ranker does shape its own training "
            "clicks, and some argue for exploration slots.",
            "exploration",
            False,
        ),
        (
            "Some argue for exploration slots. We reserve 2% of traffic for exploration with "
            "logged propensities.",
            "exploration",
            True,
        ),
        (
            "No cascade in v1: one model. A further cascade inside content classification "
            "(cheap model first, heavy model only for the uncertain) is often suggested.",
            "cascade",
            False,
        ),
        (
            "No cascade for v1. In v2 we add a cascade: cheap model first, heavy model for "
            "the uncertain 5%.",
            "cascade",
            True,
        ),
        # the next sentence's refusal drops what others propose
        (
            "People will immediately suggest DCN or DLRM here. I'd hold that in reserve: a "
            "crossed LR is enough.",
            "deep-models",
            False,
        ),
        (
            "People will immediately suggest DCN or DLRM here, and they are right: we train "
            "a DCN on 30 days.",
            "deep-models",
            True,
        ),
        (
            "Some would also measure how exposure is spread across members. Reasonable, but "
            "I'd consider it secondary.",
            "fairness",
            False,
        ),
        (
            "We measure how exposure is spread across members, with a weekly report per segment.",
            "fairness",
            True,
        ),
        (
            "Some argue for exploration slots; I doubt their value at our traffic.",
            "exploration",
            False,
        ),
        (
            "People sometimes argue for exploration slots; I'm skeptical the effect is big "
            "enough here to matter for v1, so I'd park it.",
            "exploration",
            False,
        ),
        (
            "Some argue for exploration slots. We reserve 2% of traffic for exploration, and "
            "a bandit can come later.",
            "exploration",
            True,
        ),
    ],
)
def test_an_idea_given_to_others_is_weighed_not_adopted(text: str, idea: str, earned: bool) -> None:
    assert (idea in met(text)) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        (
            "I'm not decomposing into prep, wait and drive legs with a model per leg. One "
            "end-to-end model is easier to run.",
            False,
        ),
        (
            "We're not decomposing the ETA into legs with a model per leg; one model is "
            "easier to run.",
            False,
        ),
        ("I'm decomposing the ETA into prep, wait and drive legs, with a model per leg.", True),
        ("I'm not only decomposing the ETA into legs; a residual over the routing ETA too.", True),
    ],
)
def test_a_first_person_progressive_refusal_rejects(text: str, earned: bool) -> None:
    assert ("legs" in met(text)) is earned


@pytest.mark.parametrize(
    ("text", "earned"),
    [
        (
            "A weekly retrain is enough, so I wouldn't build query/feature drift monitoring "
            "up front.",
            False,
        ),
        # what suffices is a word of what is refused: a choice within the idea
        ("Drift monitoring on the top features is enough, so no drift dashboards.", True),
        ("We keep a weekly retrain and drift monitoring on the top features.", True),
    ],
)
def test_what_is_said_to_suffice_before_a_refusal_is_its_reason(text: str, earned: bool) -> None:
    assert ("monitoring" in met(text)) is earned
