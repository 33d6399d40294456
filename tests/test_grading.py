"""Golden tests for the checker on a small rubric built here, so content edits never move them."""

from __future__ import annotations

from dataclasses import replace
from itertools import accumulate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from designtrainer.domain.model import RedFlag, Rubric, RubricItem
from designtrainer.grading.compiled import CompiledRubric, compile_rubric
from designtrainer.grading.grade import grade, grade_whole
from designtrainer.grading.results import GradeResult
from designtrainer.grading.words import stem, tokenize


def item(
    id: str,
    section: str,
    *groups: list[str],
    within: int | None = None,
    negation: str = "exclude",
    level: str = "core",
    weight: int = 2,
) -> RubricItem:
    return RubricItem(
        id=id,
        section=section,  # type: ignore[arg-type]
        label=id.replace("-", " "),
        weight=weight,
        level=level,  # type: ignore[arg-type]
        evidence=tuple(tuple(g) for g in groups),
        why=f"why {id}",
        within=within,
        negation=negation,  # type: ignore[arg-type]
    )


RUBRIC = Rubric(
    case="toy",
    items=(
        item(
            "label-delay",
            "data",
            ["chargeback", "dispute", "fraud label"],
            ["weeks", "months", "late", "delay", "lag", "days later"],
            within=12,
        ),
        item("class-imbalance", "data", ["imbalance", "rare", "skewed"]),
        item(
            "time-split",
            "data",
            ["time based split", "split by time", "out of time", "leakage"],
            negation="allow",
            level="senior",
        ),
        item("retraining", "production", ["retrain", "refresh the model"]),
        item(
            "pr-metrics",
            "evaluation",
            [
                "pr auc",
                "auprc",
                "precision recall curve",
                "area under the precision recall curve",
                "average precision",
            ],
        ),
        item("ab-test", "evaluation", ["a b test", "ab test", "shadow mode"], level="staff"),
        item(
            "streaming", "production", ["real time", "streaming", "feature store"], level="senior"
        ),
        item("optimise", "framing", ["optimise revenue", "minimise fraud loss"]),
    ),
    red_flags=(
        RedFlag(
            "accuracy",
            "Accuracy hides the rare class.",
            (("accuracy",), ("metric", "measure", "use", "optimize", "fine")),
            within=6,
        ),
    ),
)
COMPILED = compile_rubric(RUBRIC)


def met(result: GradeResult) -> set[str]:
    return {r.item.id for r in result.items if r.met}


def whole(text: str) -> set[str]:
    return met(grade_whole(COMPILED, text))


def mentioned(text: str) -> set[str]:
    """Items met or named: what the matcher found, however the idea was used."""
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.state != "missed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paraphrase: two groups inside a window
        ("Disputes come back weeks later, so recent data is unlabelled.", {"label-delay"}),
        (
            "Chargebacks arrive with reason codes that our analysts read carefully and then file "
            "into the case system; the team meets every few weeks.",
            set(),
        ),
        # abbreviations and hyphen/slash/space variants
        ("We report PR-AUC.", {"pr-metrics"}),
        ("We report pr auc", {"pr-metrics"}),
        ("We report PRAUC.", {"pr-metrics"}),
        ("area under the precision/recall curve", {"pr-metrics"}),
        ("Area Under Precision-Recall Curve", {"pr-metrics"}),
        ("then an A/B test", {"ab-test"}),
        ("then an AB-test", {"ab-test"}),
        ("real-time features", {"streaming"}),
        ("realtime features", {"streaming"}),
        # word forms through stemming
        ("we retrained it weekly", {"retraining"}),
        ("Retraining happens nightly.", {"retraining"}),
        ("the classes are heavily imbalanced", {"class-imbalance"}),
        # British and American spellings meet
        ("we optimize revenue", {"optimise"}),
        ("Minimising fraud losses is the goal", {"optimise"}),
        # typos: one edit on long words, marked fuzzy
        ("retrainnig every week", {"retraining"}),
        ("heavy imbalence", {"class-imbalance"}),
    ],
)
def test_matches(text: str, expected: set[str]) -> None:
    assert mentioned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We won't retrain the model.",
        "No need to retrain, the model is stable.",
        "There is no retraining.",
        "Retraining is not needed.",
        "Retraining isn't necessary here.",
        "retraining weekly is overkill",
        "We do not need to retrain.",
        "without retraining",
        "Instead of retraining we keep it fixed.",
        "we will not bother to retrain",
    ],
)
def test_negated_mentions_do_not_count(text: str) -> None:
    result = grade_whole(COMPILED, text)
    r = result.item("retraining")
    assert not r.met
    assert r.evidence and r.evidence[0].negated and r.evidence[0].trigger


@pytest.mark.parametrize(
    "text",
    [
        "Not only do we retrain weekly, we also monitor drift.",
        "No doubt we retrain weekly.",
        "We can't ignore retraining.",
        "Drift is not a problem since we retrain nightly.",  # clause boundary
        "We avoid stale models, but we retrain weekly.",
        "No fallback is planned; we retrain weekly.",
        "no leakage and we retrain weekly",
    ],
)
def test_pseudo_negations_and_boundaries_still_count(text: str) -> None:
    assert "retraining" in whole(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'd add retraining later, once the first model has shipped.",
        "Automatic retraining is the kind of thing I'd add once the pipeline is stable.",
        "I'd only add a retraining job if the error starts creeping up.",
        "Nightly retraining sounds clever but mostly adds cost, so I'd skip it.",
        "Automated retraining \u2014 I wouldn't worry about it, the data is stable.",
        "Retraining cadence and triggers: not needed for the first launch.",
        "Later we might add retraining on fresh data.",
        "Model: GBDT.\nFuture work: nightly retraining and a shadow deployment.",
        "I'm not too worried about retraining for now.",
        "I wouldn't spend time on dashboards or retraining up front.",
        "Retraining I'd avoid entirely on this data.",
        "I wouldn't spend time on dashboards or manual checks and nightly retraining.",
    ],
)
def test_hedged_deferrals_do_not_count(text: str) -> None:
    """An idea put off (until later, until a condition, to a "future work" note) or waved
    away is not credited, wherever the cue stands relative to it."""
    assert "retraining" not in whole(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chargebacks arrive weeks later, so we retrain nightly.",
        "We add fresh chargebacks once they arrive and retrain nightly.",
        "Next steps: retrain nightly on the newest labels.",
        "I'd skip the deep model; we retrain the GBDT nightly.",
        "For retraining jobs we don't need GPUs.",
        "We skip dashboards or alerts and we retrain weekly.",
    ],
)
def test_deferral_cues_do_not_reach_other_ideas(text: str) -> None:
    assert "retraining" in whole(text)


def test_experience_is_not_an_experiment() -> None:
    assert stem("experience") != stem("experiment")


def test_personal_data_is_not_personalisation() -> None:
    # Snowball stems all of these "person": "personal data" or "a person" named no
    # personalisation, though each spelling of the idea still matches the others.
    idea = {stem(w) for w in ("personalise", "personalised", "personalization", "Personalisation")}
    assert len(idea) == 1
    assert idea.isdisjoint({stem(w) for w in ("personal", "person", "persons", "personally")})


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("conversation", "conversion"),
        ("conversations", "conversions"),
        ("busy", "business"),
        ("authorization", "author"),
        ("authorised", "authors"),
        ("engineering", "engine"),
        ("probably", "probability"),
        ("likely", "likes"),
        ("responsible", "response"),
    ],
)
def test_words_snowball_folds_together_keep_their_meanings_apart(word: str, other: str) -> None:
    assert stem(word) != stem(other)


def test_hazard_items_count_when_negated() -> None:
    result = grade_whole(COMPILED, "We avoid leakage by splitting carefully.")
    r = result.item("time-split")
    assert r.met
    assert r.evidence[0].negated and r.evidence[0].trigger == "avoid"


def test_negation_after_a_list_item_does_not_leak_into_the_next_line() -> None:
    assert "retraining" in whole("- no A/B test\n- retrain weekly")
    assert "ab-test" not in whole("- no A/B test\n- retrain weekly")


def test_instead_of_negates_only_the_rejected_side() -> None:
    text = "Instead of accuracy we use PR-AUC as the metric."
    result = grade_whole(COMPILED, text)
    assert result.item("pr-metrics").met
    assert not result.red_flags


def test_red_flags_are_warnings_not_points() -> None:
    result = grade_whole(COMPILED, "Accuracy is the metric we use.")
    assert [h.flag.id for h in result.red_flags] == ["accuracy"]
    assert result.score == 0
    assert not grade_whole(COMPILED, "Accuracy is misleading with rare fraud.").red_flags


def test_a_keyword_list_names_ideas_without_meeting_them() -> None:
    result = grade_whole(COMPILED, "retrain, real-time, PR-AUC, A/B test, imbalance")
    assert {r.item.id for r in result.named} == {
        "retraining",
        "streaming",
        "pr-metrics",
        "ab-test",
        "class-imbalance",
    }
    assert not met(result) and result.score == 0
    assert all(r.state == "named" and r.evidence for r in result.named)


def test_an_idea_counts_wherever_it_is_said() -> None:
    result = grade(COMPILED, {"framing": "We retrain daily on fresh data.", "production": "ok"})
    r = result.item("retraining")
    assert r.met and r.found_in == "framing"
    assert r.evidence[0].section == "framing" and r.evidence[0].text == "retrain"
    result = grade(COMPILED, {"production": "We retrain daily on fresh data."})
    assert result.item("retraining").met and result.item("retraining").found_in is None
    # its own section first: found there, it is not "found elsewhere"
    result = grade(COMPILED, {"production": "We retrain daily.", "data": "We retrain hourly."})
    assert result.item("retraining").found_in is None
    assert result.item("retraining").evidence[0].section == "production"


def test_evidence_spans_point_into_the_answer() -> None:
    text = "Our plan:\n- Fraud labels (chargebacks) land ~60 days late.\n- We retrainnig weekly."
    result = grade(COMPILED, {"data": text, "production": text})
    for r in result.items:
        for ev in r.evidence:
            assert text[ev.start : ev.end] == ev.text
    fuzzy = result.item("retraining").evidence[0]
    assert fuzzy.fuzzy == "retraining" and fuzzy.text == "retrainnig"
    assert result.item("label-delay").evidence[0].text in ("Fraud labels", "chargebacks")


def test_scores_and_levels() -> None:
    result = grade(
        COMPILED,
        {
            "data": "Fraud is rare.",
            "production": "Streaming features from Kafka; we retrain weekly.",
        },
    )
    # met: class-imbalance (2, core), streaming (2, senior), retraining (2, core)
    assert result.section("data").score == pytest.approx(2 / 6)
    assert result.section("production").score == 1.0
    assert result.score == pytest.approx(6 / 16)
    levels = {lv.level: lv for lv in result.levels}
    assert (levels["core"].met, levels["core"].total) == (2, 5)
    assert levels["core"].verdict == "core bar not met: 2 of 5 core items"
    assert levels["senior"].verdict == "senior signals: 1 of 2"
    assert levels["staff"].verdict == "staff signals: 0 of 1"


def test_missed_items_say_what_was_missing() -> None:
    r = grade_whole(COMPILED, "chargebacks are a thing").item("label-delay")
    assert not r.met
    assert r.missing_groups == (1,)
    assert r.missing_phrases == ("weeks, months, late",)


def test_empty_and_missing_sections() -> None:
    result = grade(COMPILED, {})
    assert result.score == 0 and not result.red_flags


@pytest.mark.parametrize(
    "text",
    [
        "x" * 1_000_000,
        "retrain " * 100_000,
        "no " * 50_000 + "retrain",
        "🚀🔥 retrain 🤖 " * 1000,
        "נתונים retrain عربي " * 500,
        "\x00\x01\x02 retrain \x1b[31m" * 1000,
        "chargeback " * 20_000 + "late " * 20_000,
        "",
    ],
)
def test_pathological_input_never_crashes(text: str) -> None:
    result = grade_whole(COMPILED, text)
    assert 0.0 <= result.score <= 1.0


RUBRIC2 = Rubric(
    case="toy2",
    items=(
        item("position-bias", "data", ["position bias", "position"]),
        item("latency", "framing", ["under 100 ms", "80 ms"]),
        item("feedback", "production", ["feedback loop", "declined transactions"]),
        item("reports", "data", ["user reports"]),
        item("content", "data", ["email text", "message body"]),
        item("smote", "modeling", ["smote", "oversampling"]),
        item("pagers", "production", ["pagers", "alerting"]),
        item(
            "unreported-ham",
            "data",
            ["didn't report", "not reported"],
            ["ham", "legitimate"],
            within=8,
        ),
    ),
    red_flags=(
        RedFlag(
            "unclicked-irrelevant",
            "Unclicked is not irrelevant.",
            (("weren't clicked", "unclicked"), ("irrelevant",)),
            within=8,
        ),
    ),
)
COMPILED2 = compile_rubric(RUBRIC2)


def whole2(text: str) -> set[str]:
    return met(grade_whole(COMPILED2, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Positives are videos watched past 50%.", set()),  # "positive" is not "position"
        ("Slot position matters.", {"position-bias"}),
        ("Scoring must finish under 100ms.", {"latency"}),  # number and unit glued together
        ("p99 of 80ms", {"latency"}),
        ("Feedback loops aren't a concern here.", set()),
        ("Feedback loops aren't really a big concern here.", set()),
        ("User reports are too noisy to be useful.", set()),
        ("I don't think we need the email text itself.", set()),
        ("We don't know whether declined transactions were fraud.", {"feedback"}),
        ("Anything users didn't report is treated as ham.", {"unreported-ham"}),
        ("Some people jump straight to SMOTE. I wouldn't.", set()),
        ("Some people jump straight to SMOTE. I'd skip it.", set()),
        ("I wouldn't bother with SMOTE.", set()),
        ("We use SMOTE. I wouldn't use it everywhere though.", {"smote"}),
        ("Read the papers on this.", set()),  # one edit away, but not a plausible typo
        ("Page someone via alertign.", {"pagers"}),  # a swap is
    ],
)
def test_harder_phrasings(text: str, expected: set[str]) -> None:
    assert whole2(text) == expected


def test_a_red_flag_whose_phrase_is_itself_a_negation_still_fires() -> None:
    result = grade_whole(COMPILED2, "Results that weren't clicked are irrelevant.")
    assert [h.flag.id for h in result.red_flags] == ["unclicked-irrelevant"]
    assert not grade_whole(COMPILED2, "Unclicked results are relevant too.").red_flags


def test_a_negated_mention_is_listed_once_per_place() -> None:
    # The three phrases stem alike, so each place matches all three; a place is shown once,
    # leaving room for the next one.
    compiled = compile_rubric(
        Rubric(case="toy3", items=(item("rarity", "data", ["rare", "rarely", "rareness"]),))
    )
    r = grade_whole(compiled, "Clicks are not rare. Fraud is not rare either.").item("rarity")
    assert not r.met
    assert [(e.text, e.start) for e in r.evidence] == [("rare", 15), ("rare", 34)]


@given(
    st.lists(st.text(alphabet="ab \n.,-é’'\u05d0\U0001f600", min_size=0, max_size=8), max_size=60),
    st.data(),
)
def test_word_spans_match_a_running_total(pieces: list[str], data: st.DataObject) -> None:
    # Offsets are worked out lazily, for a few words at a time, from joined parts; a running
    # total over every part is the plain way to get them and must agree.
    text = " ".join(pieces)
    tokens = tokenize(text)
    n = len(tokens.words)
    if not n:
        return
    ends = list(accumulate(map(len, tokens.parts)))
    asked = data.draw(st.lists(st.integers(0, n - 1), max_size=6))
    tokens.locate(asked)
    for first in asked + data.draw(st.lists(st.integers(0, n - 1), max_size=4)):
        last = data.draw(st.integers(first, n - 1))
        assert tokens.span(first, last) == (ends[2 * first], ends[2 * last + 1])
        assert text[ends[2 * first] : ends[2 * first + 1]] == tokens.words[first]


def test_a_purpose_clause_is_not_a_negation() -> None:
    # "to be useful" used to be a negation cue of its own; only "too ... to" is one.
    assert whole2("We collect user reports to be useful to moderators.") == {"reports"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("User reports are too noisy to train on.", set()),
        # the action after "to" is ruled out, the thing itself is not
        ("It is too slow to retrain the model every hour.", set()),
        ("Fraud is too rare and skewed to retrain on raw data.", {"class-imbalance"}),
        # the X in "too X to" is said, not negated
        ("The classes are too imbalanced to trust raw accuracy.", {"class-imbalance"}),
        ("Positives are too rare to be useful on their own.", {"class-imbalance"}),
    ],
)
def test_too_x_to(text: str, expected: set[str]) -> None:
    assert whole(text) == expected or whole2(text) == expected


RUBRIC3 = Rubric(
    case="toy3",
    items=(
        item("rescues", "evaluation", ["rescue rate"]),
        item("fraud-labels", "data", ["fraud label"]),
    ),
)


def test_cue_words_that_name_something_are_not_negations() -> None:
    plain = compile_rubric(RUBRIC3)
    told = compile_rubric(replace(RUBRIC3, not_negations=("not spam",)))

    def met_in(compiled: CompiledRubric, text: str) -> set[str]:
        return met(grade_whole(compiled, text))

    # a quoted cue is a name, in any rubric
    assert met_in(plain, 'We track the "Not spam" rescue rate.') == {"rescues"}
    assert met_in(plain, "We track the ‘not spam’ rescue rate.") == {"rescues"}
    # unquoted, only the rubric's own not_negations say so
    assert met_in(plain, "We track the Not spam rescue rate.") == set()
    assert met_in(told, "We track the Not spam rescue rate.") == {"rescues"}
    # "X or not X" is an alternative, not a negation
    assert met_in(plain, "Each payment gets a fraud or not fraud label.") == {"fraud-labels"}
    assert met_in(plain, "Payments never get a fraud label.") == set()
