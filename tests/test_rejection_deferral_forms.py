"""Deferrals and weighings read as rejections, and rejected ideas not brought back by a later
sentence that puts the matter off or faults it (grading/negation/ `_hedged_no`,
`_fronted_object`, `_left_out`'s "leave X until", `_long_subject`, `_relative_refusal`;
grading/judgement.py `_revisited`, `_faulted`). Sentences are our own, over a small rubric
built here; each reading is checked both ways: a real deferral or refusal earns nothing, a
plan that keeps the idea (with a condition, a cost accepted, a later review) still earns it."""

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
            item("interference", "evaluation", ["spillover", "novelty effects", "novelty"]),
            item(
                "feedback",
                "production",
                [
                    "change behaviour",
                    "changes behaviour",
                    "feedback loop",
                    "randomising",
                    "exploration",
                ],
            ),
            item("position", "data", ["feed position", "position bias", "position debiasing"]),
            item("fusion", "modeling", ["joint model", "fusion"]),
            item("retrieval", "modeling", ["embedding index", "two-tower"]),
            item("triage", "production", ["triage", "route gaps"]),
            item("thresholds", "production", ["per-action thresholds"]),
            item("quantile", "modeling", ["quantile loss"]),
            item("baseline", "modeling", ["heuristic baseline", "old model"]),
            item("raters", "data", ["raters", "human labels"]),
            item("hardneg", "modeling", ["hard negatives", "mining"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "idea", "earned"),
    [
        (
            "Friend spillover and novelty effects I'd note but not design around yet.",
            "interference",
            False,
        ),
        (
            "Friend spillover and novelty effects I'd design around from day one with "
            "cluster randomisation.",
            "interference",
            True,
        ),
        (
            "Does the displayed ETA change behaviour (couriers, restaurants)? Possibly, "
            "but I doubt it's a first-order effect; I'd park that question until we have "
            "logs.",
            "feedback",
            False,
        ),
        (
            "Does the displayed ETA change behaviour? Yes: couriers slow down, so we log "
            "the shown ETA and model the feedback loop.",
            "feedback",
            True,
        ),
        (
            "I would not bother with position debiasing in the first version. The feed is "
            "deep and users scroll; feed position is logged, and we can revisit if "
            "offline and online disagree.",
            "position",
            False,
        ),
        (
            "Handling that properly (a position tower, or randomising a few slots) is "
            "worthwhile but I'd treat it as a second-iteration improvement.",
            "feedback",
            False,
        ),
        (
            "We handle it by randomising a few slots on 2% of traffic, a second-iteration "
            "improvement over the v1 ranker.",
            "feedback",
            True,
        ),
        (
            "A joint model over text plus image is where memes really get caught, but "
            "that's a sizeable investment I'd schedule after the per-modality models are "
            "stable.",
            "fusion",
            False,
        ),
        (
            "A joint model over text plus image is where memes really get caught, so "
            "that's what we train first, on 2M labelled memes.",
            "fusion",
            True,
        ),
        (
            "I'd leave an embedding index until the zero-result numbers tell us we need it.",
            "retrieval",
            False,
        ),
        (
            "We build an embedding index with a two-tower model, refreshed nightly.",
            "retrieval",
            True,
        ),
        (
            "Thumbs up/down and comments get stored; a proper triage loop to route gaps "
            "to document owners can come after the pilot.",
            "triage",
            False,
        ),
        (
            "A triage loop routes gaps to document owners weekly, from the pilot on.",
            "triage",
            True,
        ),
        (
            "One global threshold is good enough for v1; per-action thresholds tuned to "
            "the costs of each action can come later.",
            "thresholds",
            False,
        ),
        (
            "If coverage turns out poor, then quantile loss is the next step.",
            "quantile",
            False,
        ),
        (
            "If latency allows, we add quantile loss heads on top of the point model for P90.",
            "quantile",
            True,
        ),
        (
            "We train with quantile loss at P50 and P90; if coverage turns out poor, we "
            "recalibrate.",
            "quantile",
            True,
        ),
        (
            "I'd leave the old model running until the new one beats it for two weeks.",
            "baseline",
            True,
        ),
        (
            "I'd leave the heuristic baseline in place until the model beats it offline.",
            "baseline",
            True,
        ),
        (
            "I'd leave the heuristic baseline until the model beats it offline.",
            "baseline",
            False,
        ),
        (
            "Does the displayed ETA change behaviour? Possibly, and we model that "
            "feedback loop with the shown ETA as a feature.",
            "feedback",
            True,
        ),
        (
            "Does the displayed ETA change behaviour? Possibly, but we log the shown ETA "
            "and model the feedback loop.",
            "feedback",
            True,
        ),
        (
            "Friend spillover I'd design around from day one with cluster randomisation.",
            "interference",
            True,
        ),
        (
            "Novelty effects we'd handle with a four-week test, reading the last two weeks.",
            "interference",
            True,
        ),
        (
            "Novelty effects we'd not bother with in v1.",
            "interference",
            False,
        ),
        (
            "Handling the feedback loop is worthwhile, so we reserve 2% of traffic for "
            "randomising slots.",
            "feedback",
            True,
        ),
        (
            "I wouldn't reserve traffic for exploring; the boost is enough, and "
            "exploration costs conversion.",
            "feedback",
            False,
        ),
        (
            "We reserve 2% of traffic for exploration; exploration costs conversion, "
            "about 0.3%, which we accept.",
            "feedback",
            True,
        ),
        (
            "No fusion model in v1. Fusion is expensive to train and hard to explain.",
            "fusion",
            False,
        ),
        (
            "Fusion is expensive to train, so we train it once a quarter on 2M memes.",
            "fusion",
            True,
        ),
        (
            "No rater programme. The raters only see mail from opted-in users.",
            "raters",
            False,
        ),
        (
            "The 100 raters label 2k borderline messages a day; raters only see opted-in "
            "mail, which we reweight.",
            "raters",
            True,
        ),
        (
            "We set per-action thresholds tuned to the costs of each action; a dashboard "
            "of them can come later.",
            "thresholds",
            True,
        ),
        (
            "A proper triage loop to route gaps to document owners can come after the pilot.",
            "triage",
            False,
        ),
        (
            "A triage loop that routes gaps to document owners runs weekly; its dashboard "
            "can come after the pilot.",
            "triage",
            True,
        ),
        (
            "In-batch negatives are enough, and mining hard negatives on this catalogue "
            "is a mess I don't want.",
            "hardneg",
            False,
        ),
        (
            "Mining hard negatives is the step I want most: we mine 10 per query from the "
            "ANN index.",
            "hardneg",
            True,
        ),
        (
            "Hard negatives are a must; we mine them from the ANN index, which is a cost I accept.",
            "hardneg",
            True,
        ),
        (
            "We mine hard negatives from the ANN index; that's a job we need every week.",
            "hardneg",
            True,
        ),
        (
            "I would not bother with position debiasing. Feed position is logged, and we "
            "revisit the position bias weights monthly.",
            "position",
            True,
        ),
        (
            "I would not bother with position debiasing in v1. In v2 we correct position "
            "bias with a position feature, and revisit it if the gains fade.",
            "position",
            True,
        ),
        (
            "Full quantile loss would be more principled, but a tuned buffer is easier to "
            "explain to product and is probably enough at this stage.",
            "quantile",
            False,
        ),
        (
            "Quantile loss would be more principled, but it is easier to explain a P90 from "
            "the quantile loss heads and that is enough, so we train with quantile loss at "
            "P50 and P90.",
            "quantile",
            True,
        ),
    ],
)
def test_deferrals_refusals_and_their_twins(text: str, idea: str, earned: bool) -> None:
    assert (idea in met(text)) is earned
