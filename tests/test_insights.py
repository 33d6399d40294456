"""Depth feedback: the numbers and trade-offs in an answer, and what must not count."""

from __future__ import annotations

from pathlib import Path

import pytest

from designtrainer.domain.model import Case
from designtrainer.loading.library import Library
from designtrainer.render.insights import (
    NO_NUMBERS,
    NO_TRADEOFFS,
    Snippet,
    attempt_depth,
    depth,
    numbers,
    tradeoffs,
)
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store


def texts(snippets: tuple[Snippet, ...]) -> list[str]:
    return [s.text for s in snippets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We see about 8M transactions/day and need p99 < 50 ms.",
            ["about 8M transactions/day", "p99 < 50 ms"],
        ),
        (
            "Fraud is 0.1% of volume; sample negatives 1:10 and retrain every ~2 weeks.",
            ["0.1%", "1:10", "~2 weeks"],
        ),
        ("Peak is 1,500 per second and the average ticket is $55.", ["1,500 per second", "$55"]),
        (
            "Chargebacks land 30-90 days later; 1 in 12 rule declines is fraud.",
            ["30-90 days", "1 in 12"],
        ),
        ("budget 100ms, 10x more negatives, 2000 QPS", ["100ms", "10x more", "2000 QPS"]),
        (
            "Retrieve 500 candidates, keep 300 features, threshold 0.35",
            ["500 candidates", "300 features", "0.35"],
        ),
        ("roughly 5 minutes after the order", ["roughly 5 minutes"]),
    ],
)
def test_numbers_and_estimates_are_quoted(sentence: str, expected: list[str]) -> None:
    assert texts(numbers(sentence)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1. Data\n2. Model\n3.2 Evaluation\n## 4. Production\n- 5) Monitoring",
        "In 2024 we shipped v2 on GPT-4 and ResNet50.",
        "See section 3, step 2 and ticket #123 (id 4521).",
        "We train 2 models in 3 stages with an L2 penalty and word2vec embeddings.",
        "The batch runs at 19:40 every day.",
        "p99 latency matters more than the mean.",
    ],
)
def test_labels_years_ids_and_small_counts_are_not_estimates(text: str) -> None:
    assert numbers(text) == ()


def test_positions_point_into_the_answer() -> None:
    answer = "Intro.\n\nWe score ~1,500 TPS at peak, p99 < 100 ms."
    for snippet in numbers(answer):
        assert " ".join(answer[snippet.start : snippet.end].split()) == snippet.text


@pytest.mark.parametrize(
    "sentence",
    [
        "I would use GBDT instead of a deep net because the features are tabular.",
        "We pick recall over precision here, since a missed fraud costs more.",
        "Prefer a two-tower model over a cross-encoder for retrieval.",
        "Logistic regression vs GBDT: GBDT wins on tabular data.",
        "The trade-off is freshness against serving cost.",
        "We gain recall at the cost of more manual reviews.",
        "Use PR-AUC rather than accuracy.",
        "We go with batch scoring over streaming because the SLA is a day.",
    ],
)
def test_tradeoffs_are_found(sentence: str) -> None:
    found = tradeoffs(sentence)
    assert len(found) == 1
    assert found[0].text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Fraud rates drifted over time because fraudsters adapt.",
        "We retrain over the last 90 days because older data is stale.",
        "Over 90% of traffic is mobile.",
        "Features: amount, merchant, device. Model: GBDT.",
        "Daily batch retrain; monitor drift.",
        "This is not only a modeling problem.",
    ],
)
def test_sentences_without_a_choice_are_not_tradeoffs(sentence: str) -> None:
    assert tradeoffs(sentence) == ()


def test_a_long_sentence_is_quoted_around_its_cue() -> None:
    sentence = (
        "Given the very tight latency budget on the authorization path and the tabular, mostly "
        "aggregated nature of the features we described earlier, I would use gradient boosted "
        "trees instead of a deep network, because they are fast, strong and easy to explain to "
        "the fraud analysts who review the declines every day."
    )
    (found,) = tradeoffs("Intro. " + sentence)
    assert "instead of" in found.text and len(found.text) <= 92
    assert found.text.startswith("…") and found.text.endswith("…")
    assert found.text.strip("…") == ("Intro. " + sentence)[found.start : found.end]


def test_attempt_depth_is_per_answered_section_in_order() -> None:
    result = attempt_depth(
        {"production": "Ship behind a 5% ramp instead of a big bang.", "framing": "  ", "data": "x"}
    )
    assert list(result) == ["data", "production"]
    assert result["data"].empty
    assert texts(result["production"].numbers) == ["5%"]
    assert len(result["production"].tradeoffs) == 1
    assert depth("").empty


def _fraud_attempt(tmp_path: Path, library: Library) -> tuple[Attempt, Case]:
    from designtrainer.clarify import answers_for

    case = library.case("fraud-detection")
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt(case.id, case.title, "solo")
    store.save_answer(
        aid,
        "framing",
        "About 8M transactions/day, p99 < 100 ms. I'd optimise *recall* instead of precision "
        "because a missed [fraud] costs more.",
    )
    store.save_answer(aid, "data", "Labels come from chargebacks.")
    question = "How many transactions per second, and how quickly do we learn about fraud?"
    for index, answer in answers_for(case, question):
        store.add_question(aid, question, answer, index)
    store.finish(aid, None)
    attempt = store.get(aid)
    assert attempt is not None
    return attempt, case


def test_summary_and_export_show_depth_and_the_questions_not_asked(
    tmp_path: Path, library: Library
) -> None:
    from designtrainer.render.export import attempt_markdown
    from designtrainer.render.summary import summary_markdown

    attempt, case = _fraud_attempt(tmp_path, library)
    asked = {q.clarification for q in attempt.questions}
    assert len(asked) == 2
    for text in (summary_markdown(attempt, {}, case), attempt_markdown(attempt, case)):
        depth_part = text[text.index("Depth: numbers and trade-offs") :]
        framing = depth_part[depth_part.index("**Problem framing**") :]
        data = depth_part[depth_part.index("**Data**") :]
        # `<` before a space cannot start a tag: not escaped, so the raw file reads as written
        assert "“About 8M transactions/day”; “p99 < 100 ms”" in framing
        # answer text is escaped: emphasis and brackets stay literal
        assert "optimise \\*recall\\* instead of precision because a missed \\[fraud\\]" in framing
        assert NO_NUMBERS in data and NO_TRADEOFFS in data
        assert "**Modeling**" not in depth_part  # no answer, nothing to say
        not_asked = [
            line[2:] for line in text[text.index("not ask") :].splitlines() if line[:2] == "- "
        ]
        expected = [c.question for i, c in enumerate(case.clarifications) if i not in asked]
        assert [s.replace("\\", "") for s in not_asked[: len(expected)]] == expected
    # without the case the export still works, and names nothing it cannot know
    assert "not asked" not in attempt_markdown(attempt, None)
