"""The peer review model, the recommendation rule and the scorecard (pure, no terminal)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from designtrainer.domain.model import RedFlag, Rubric, RubricItem
from designtrainer.domain.review import RULE, PeerReview, Recommendation, recommend
from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library
from designtrainer.render.export import attempt_markdown
from designtrainer.render.scorecard import build_scorecard, flag_quotes, scorecard_markdown
from designtrainer.sessions import interviewer_result
from designtrainer.store import codec
from designtrainer.store.db import Store


def _item(item_id: str, section: str, level: str = "core", *phrases: str) -> RubricItem:
    return RubricItem(
        id=item_id,
        section=section,  # type: ignore[arg-type]
        label=f"Label {item_id}",
        weight=2 if level == "core" else 1,
        level=level,  # type: ignore[arg-type]
        evidence=((phrases or (f"phrase {item_id}",)),),
        why=f"Why {item_id} matters.",
    )


# Six core items (70% of them is 4.2: five must be ticked), three above core, two red flags.
RUBRIC = Rubric(
    "tiny",
    (
        _item("f1", "framing", "core", "fraud loss"),
        _item("f2", "framing", "core", "false decline"),
        _item("f3", "framing", "senior", "step up"),
        _item("d1", "data", "core", "label delay"),
        _item("d2", "data", "staff", "feedback loop"),
        _item("m1", "modeling", "core", "gradient boosting"),
        _item("e1", "evaluation", "core", "precision recall"),
        _item("p1", "production", "core", "drift"),
        _item("p2", "production", "senior", "fallback"),
    ),
    (
        RedFlag("accuracy", "Accuracy is meaningless at this base rate.", (("accuracy",),)),
        RedFlag("no-fallback", "No fallback.", (("no fallback",),), section="production"),
    ),
)
ALL_CORE = {"framing": ["f1", "f2"], "data": ["d1"], "modeling": ["m1"], "evaluation": ["e1"]}


def _review(
    ratings: dict[str, int],
    ticks: dict[str, list[str]] | None = None,
    communication: dict[str, int] | None = None,
    flags: list[str] | None = None,
) -> PeerReview:
    review = codec.review_from_json(
        {
            "ratings": ratings,
            "ticks": ticks if ticks is not None else {**ALL_CORE, "production": ["p1"]},
            "communication": communication or {},
            "red_flags": flags or [],
        }
    )
    assert review is not None
    return review


def _rec(review: PeerReview) -> Recommendation:
    return recommend(review, RUBRIC.items, RUBRIC.red_flags)


FULL = {"framing": 3, "data": 3, "modeling": 3, "evaluation": 3, "production": 3}


# -- the stored shape -------------------------------------------------------------------------


def test_the_review_round_trips_through_the_stored_dict() -> None:
    review = (
        PeerReview()
        .rate("framing", 4)
        .rate("data", 2)
        .with_ticks("framing", ["f1", "f2", "f1"])
        .with_ticks("framing", ["f2"])
        .note("framing", "Clear goal.")
        .note("data", "  ")
        .rate_signal("clarifying", 3)
        .rate_signal("time", 1)
        .note_communication("Rushed the end.")
        .with_flags(["accuracy", "accuracy"])
        .decided(RUBRIC.items, RUBRIC.red_flags)
    )
    stored = codec.review_to_json(review)
    assert stored == {
        "ratings": {"framing": 4, "data": 2},
        "notes": {"framing": "Clear goal."},
        "ticks": {"framing": ["f2"]},
        "communication": {"clarifying": 3, "time": 1, "notes": "Rushed the end."},
        "red_flags": ["accuracy"],
        "recommendation": {
            "outcome": "lean no hire",
            "rule": RULE,
            "inputs": ["2 of 5 sections rated", "communication average 2"],
            "steps": [
                "mean 2.67 → lean hire",
                "capped at lean no hire: only 1 of 6 core items ticked (17%)",
                "1 red flag ticked",
            ],
        },
    }
    again = codec.review_from_json(stored)
    assert again is not None and again.recommendation == review.recommendation
    assert again.ratings == review.ratings and again.ticks == review.ticks
    assert codec.review_to_json(again) == stored
    assert again.ratings == review.ratings and again.ticks == review.ticks


def test_a_malformed_stored_review_is_read_without_the_bad_parts() -> None:
    review = codec.review_from_json(
        {
            "ratings": {"framing": 5, "data": "3", "modeling": True, "evaluation": 2},
            "notes": {"framing": 7, "data": "ok"},
            "ticks": {"framing": "f1", "data": ["d1", "d1"]},
            "communication": {"clarifying": 0, "structure": 4, "notes": None},
            "red_flags": "accuracy",
        }
    )
    assert review is not None and review.ratings == {"evaluation": 2}
    assert review.notes == {"data": "ok"}
    assert review.ticks == {"data": ("d1",)}
    assert review.communication == {"structure": 4}
    assert review.communication_notes == "" and review.red_flags == ()
    assert review.recommendation is None
    assert codec.review_from_json(None) is None
    assert codec.review_from_json({}) == PeerReview()
    assert PeerReview().rate("framing", 9).ratings == {}
    with pytest.raises(KeyError):
        PeerReview().rate_signal("charisma", 3)


def test_missing_ratings_are_listed_in_interview_order() -> None:
    review = PeerReview().rate("data", 3).rate_signal("structure", 2)
    assert review.missing_ratings == (
        "Problem framing",
        "Modeling",
        "Evaluation",
        "Production",
        "Clarifying questions",
        "Trade-offs",
        "Time management",
    )


# -- the recommendation -----------------------------------------------------------------------


def test_no_rating_no_recommendation() -> None:
    rec = _rec(PeerReview())
    assert rec.outcome == "" and rec.rule == RULE
    assert rec.why.startswith("No section rated yet")


def test_the_mean_is_rounded_half_up_and_the_rule_states_the_figures() -> None:
    rec = _rec(_review(FULL))
    assert rec.outcome == "lean hire"
    assert rec.rule.startswith("the mean of the section ratings and the communication average")
    assert rec.inputs == ("5 of 5 sections rated", "communication not rated")
    assert rec.why.startswith("5 of 5 sections rated, communication not rated; mean 3 → lean hire")
    assert "6 of 6 core items ticked" in rec.why and rec.why.endswith("⇒ lean hire.")
    # 3, 3, 3, 4, 4 and communication 3.5: mean 3.25 -> 3; one more 4: 3.58 -> 4
    ratings = {**FULL, "evaluation": 4, "production": 4}
    comm = {"clarifying": 3, "structure": 4}
    assert _rec(_review(ratings, communication=comm)).outcome == "lean hire"
    ratings["modeling"] = 4
    rec = _rec(_review(ratings, communication=comm))
    assert rec.outcome == "strong hire"
    assert "communication average 3.5; mean 3.58 → strong hire" in rec.why
    # exactly half way rounds up: 2, 3 -> 2.5 -> 3
    assert _rec(_review({"framing": 2, "data": 3})).outcome == "lean hire"


def test_under_70_percent_of_core_items_caps_at_lean_no_hire() -> None:
    all_fours = dict.fromkeys(FULL, 4)
    four_of_six = {**ALL_CORE, "evaluation": []}  # p1 is not ticked either
    rec = _rec(_review(all_fours, ticks=four_of_six))
    assert rec.outcome == "lean no hire"
    assert "capped at lean no hire: only 4 of 6 core items ticked (67%)" in rec.why
    five = {**ALL_CORE}  # 5 of 6 = 83%
    assert _rec(_review(all_fours, ticks=five)).outcome == "strong hire"
    # a tick under the wrong section does not count
    wrong = {"framing": ["f1", "f2", "d1", "m1", "e1", "p1"]}
    assert _rec(_review(all_fours, ticks=wrong)).outcome == "lean no hire"


def test_a_section_rated_strong_no_hire_caps_at_lean_no_hire() -> None:
    ratings = {**dict.fromkeys(FULL, 4), "data": 1}
    rec = _rec(_review(ratings))
    assert rec.outcome == "lean no hire"
    assert "capped at lean no hire: Data rated strong no hire" in rec.why
    # mean 1.5 rounds half up to lean no hire; the cap is stated but changes nothing
    rec = _rec(_review({"framing": 1, "data": 2}))
    assert rec.outcome == "lean no hire"
    assert "the lean no hire cap changes nothing (Problem framing rated strong no hire)" in rec.why
    assert _rec(_review({"framing": 1})).outcome == "strong no hire"


def test_a_ticked_red_flag_caps_at_lean_hire() -> None:
    ratings = dict.fromkeys(FULL, 4)
    rec = _rec(_review(ratings, flags=["accuracy"]))
    assert rec.outcome == "lean hire"
    assert "capped at lean hire: 1 red flag ticked" in rec.why
    # a flag id the rubric does not know is ignored
    assert _rec(_review(ratings, flags=["made-up"])).outcome == "strong hire"
    # and a flag never raises a lower recommendation
    assert _rec(_review(FULL, flags=["accuracy"])).outcome == "lean hire"


def test_a_review_stored_before_the_structure_reads_as_one() -> None:
    rec = _rec(_review(FULL))
    legacy = f"Rule: {RULE}. Applied: {', '.join(rec.inputs)}; {'; '.join(rec.steps)} ⇒ lean hire."
    old = codec.review_from_json({"recommendation": "lean hire", "rule": legacy})
    assert old is not None and old.recommendation is not None
    assert (old.recommendation.outcome, old.recommendation.rule) == ("lean hire", RULE)
    assert old.recommendation.inputs == rec.inputs and old.recommendation.why == rec.why
    unrated = f"No section rated yet, so no recommendation. Rule: {RULE}."
    old = codec.review_from_json({"recommendation": "", "rule": unrated})
    assert old is not None and old.recommendation == Recommendation("")


# -- the scorecard ----------------------------------------------------------------------------


def test_scorecard_figures() -> None:
    review = (
        _review(
            {"framing": 4, "data": 2},
            ticks={"framing": ["f1", "f3"], "data": ["d2"], "production": ["p1", "p2"]},
            communication={"clarifying": 3, "structure": 4, "tradeoffs": 2, "time": 3},
            flags=["no-fallback"],
        )
        .note("framing", "Strong start.")
        .note_communication("Kept to time.")
    )
    card = build_scorecard(
        review,
        RUBRIC.items,
        RUBRIC.red_flags,
        checker_flags={"accuracy": "we'll report accuracy"},
        seconds={"framing": 600.0, "data": 30.0},
        budgets={"framing": 8, "data": 10},
    )
    framing = card.sections[0]
    assert (framing.rating, framing.note, framing.over_budget) == (4, "Strong start.", True)
    assert {lv: str(c) for lv, c in framing.coverage.items()} == {
        "core": "1/2",
        "senior": "1/1",
        "staff": "—",
    }
    assert str(card.levels["core"]) == "2/6" and card.levels["core"].share == pytest.approx(1 / 3)
    assert str(card.levels["senior"]) == "2/2" and str(card.levels["staff"]) == "1/1"
    assert [i.id for i in card.strengths] == ["f3", "d2", "p2"]
    assert [i.id for i in card.gaps] == ["f2", "d1", "m1", "e1"]
    assert card.gaps[0].why == "Why f2 matters."
    heard = {h.flag.id: (h.ticked, h.quote) for h in card.red_flags}
    assert heard == {"accuracy": (False, "we'll report accuracy"), "no-fallback": (True, None)}
    assert card.recommendation.outcome == "lean no hire"  # mean 3 but only 2 of 6 core items
    assert card.section_mean == 3.0
    text = scorecard_markdown(card, "Tiny [case]")
    assert text.startswith("# Tiny \\[case\\] — peer interview scorecard")
    assert "**Recommendation: lean no hire**" in text
    assert "| Problem framing | 4 · strong hire | 1/2 | 1/1 | — | 10:00 / 8:00 (over) |" in text
    assert "| Modeling | — | 0/1 | — | — | — |" in text
    assert "| **All** | mean 3 | **2/6** (33%) | **2/2** (100%) | **1/1** (100%) |" in text
    assert "| Trade-offs | 2 · lean no hire |" in text
    assert "- **Label d1** (Data): Why d1 matters." in text
    assert "- **Label p2** (Production, senior)" in text
    assert "- ⚠ **No fallback**: No fallback. (ticked by the interviewer)" in text
    assert "in the candidate's notes: “we'll report accuracy”" in text
    assert "> Kept to time." in text and "### Problem framing" in text


def test_an_empty_scorecard_reads_well() -> None:
    text = scorecard_markdown(build_scorecard(PeerReview(), RUBRIC.items, RUBRIC.red_flags), "Tiny")
    assert "**Recommendation: none yet**" in text
    assert "None ticked." in text and "## Red flags heard\n\nNone." in text


def test_the_stored_result_is_the_interviewers_ticks_with_the_checkers_quotes() -> None:
    compiled = compile_rubric(RUBRIC)
    notes = {
        "framing": "We must cut fraud loss and avoid each false decline; we'll use accuracy.",
        "data": "Label delay matters.",
    }
    checker = grade(compiled, notes)
    assert checker.item("d1").met and checker.item("f1").met
    review = _review({"framing": 3}, ticks={"framing": ["f1", "f3"]}, flags=["no-fallback"])
    result = interviewer_result(RUBRIC, review, checker)
    met = {r.item.id: r for r in result.items if r.met}
    assert set(met) == {"f1", "f3"}  # the checker found d1, but the interviewer decides
    assert met["f1"].evidence[0].text == "fraud loss"
    assert met["f3"].evidence == ()
    assert all(r.evidence == () for r in result.items if not r.met)
    assert [h.flag.id for h in result.red_flags] == ["accuracy", "no-fallback"]
    stored = codec.result_to_json(result)
    assert stored["score"] == pytest.approx(3 / 15, abs=1e-4)  # f1 (2) and f3 (1) of 15
    assert stored["levels"]["core"]["met"] == 1
    assert flag_quotes(result) == {"accuracy": "we'll use accuracy"}  # the clause, quoted


def test_a_finished_attempt_rebuilds_the_same_scorecard_from_its_stored_grade() -> None:
    review = _review(
        {"framing": 3, "production": 2},
        ticks={"framing": ["f1", "f3"], "data": ["d2"]},
        flags=["accuracy"],
    )
    checker = grade(compile_rubric(RUBRIC), {"production": "We ship with no fallback at all."})
    stored = codec.result_from_json(
        codec.result_to_json(interviewer_result(RUBRIC, review, checker))
    )
    assert stored is not None and stored.case == "tiny"
    items = tuple(r.item for r in stored.items)
    assert [(i.id, i.section, i.level, i.weight, i.label, i.why) for i in items] == [
        (i.id, i.section, i.level, i.weight, i.label, i.why) for i in RUBRIC.items
    ]
    live = build_scorecard(
        review, RUBRIC.items, RUBRIC.red_flags, checker_flags={"no-fallback": "no fallback"}
    )
    flags = tuple(h.flag for h in stored.red_flags)
    again = build_scorecard(review, items, flags, checker_flags=flag_quotes(stored))
    assert again.recommendation == live.recommendation
    assert again.levels == live.levels
    assert [g.id for g in again.gaps] == [g.id for g in live.gaps]
    assert [(h.flag.id, h.ticked, h.quote) for h in again.red_flags] == [
        ("accuracy", True, None),
        ("no-fallback", False, "We ship with no fallback at all"),
    ]


def test_export_renders_the_stored_review(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("tiny", "Tiny case", "peer")
    review = _review(FULL, ticks={"framing": ["f1"]}).note("data", "Asked about labels.")
    review = review.decided(RUBRIC.items, RUBRIC.red_flags)
    store.save_peer(aid, review)
    store.finish(aid, interviewer_result(RUBRIC, review, None))
    attempt = store.get(aid)
    assert attempt is not None
    text = attempt_markdown(attempt, None)
    assert "**Recommendation: lean no hire**" in text
    assert "Why: 5 of 5 sections rated, communication not rated; mean 3 → lean hire; " in text
    assert "⇒ lean no hire." in text and "Decision rule: the mean of the section ratings" in text
    assert "Rule: Rule" not in text and "Decision rule: Rule:" not in text
    assert "| Problem framing | 3 · lean hire | Label f1 |" in text
    assert "> Asked about labels." in text


def test_bundled_cases_can_reach_every_recommendation(library: Library) -> None:
    rubric = library.rubric("fraud-detection")
    everything: dict[str, list[str]] = {}
    for item in rubric.items:
        everything.setdefault(item.section, []).append(item.id)
    seen: set[str] = set()
    for n in (1, 2, 3, 4):
        ratings = dict.fromkeys(FULL, n)
        seen.add(
            recommend(_review(ratings, ticks=everything), rubric.items, rubric.red_flags).outcome
        )
    assert seen == {"strong no hire", "lean no hire", "lean hire", "strong hire"}


def test_the_core_never_imports_textual() -> None:
    code = (
        "import sys, designtrainer.render.scorecard, designtrainer.cli.interview\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual'], 'textual'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
