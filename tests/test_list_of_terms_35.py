"""A line of bare terms names its ideas, however few of them the rubric knows (round 35, a new
user's answer).

NAMED: an unlabelled line of comma-separated bare terms (no figure, no verb, no full stop)
in which the rubric knows one idea names that idea as it names the others: before, a line
naming only one known idea was read as a sentence, and the other terms counted as content
that applied it (judgement._list_of_terms, _a_line_of_terms). MET: terse notes that choose
stay met: one term as a whole line, a labelled line, a note with a figure, a sentence, and a
line whose terms are mostly the one idea's own members.

None of these is copied from an answer or a fixture.
"""

from __future__ import annotations

import pytest

from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library

NAMED: list[tuple[str, str, str]] = [
    ("modeling", "random forests, autoencoders, isolation, retries", "tree-ensemble"),
    ("evaluation", "holdout set, recall, precision, fairness audit", "pr-metrics"),
    ("modeling", "- xgboost, embeddings, graphs, explainability", "tree-ensemble"),
    ("modeling", "random forest, autoencoders, node embeddings, threshold tuning", "tree-ensemble"),
]

MET: list[tuple[str, str, str]] = [
    ("modeling", "XGBoost.", "tree-ensemble"),
    ("modeling", "Modeling: XGBoost.", "tree-ensemble"),
    ("modeling", "GBDT on tabular feats, p99 < 50 ms", "tree-ensemble"),
    ("modeling", "Model: gradient boosting, embeddings, graphs, explainability", "tree-ensemble"),
    (
        "modeling",
        "We'd start with gradient boosted trees, since the data is tabular.",
        "tree-ensemble",
    ),
    ("evaluation", "recall at 1% FPR, precision, PR-AUC, never accuracy", "pr-metrics"),
]


@pytest.mark.parametrize(("section", "text", "item"), NAMED)
def test_a_line_of_bare_terms_names_its_one_known_idea(
    library: Library, section: str, text: str, item: str
) -> None:
    result = grade(library.compiled("fraud-detection"), {section: text})
    assert result.item(item).state == "named"


@pytest.mark.parametrize(("section", "text", "item"), MET)
def test_a_terse_choice_stays_met(library: Library, section: str, text: str, item: str) -> None:
    result = grade(library.compiled("fraud-detection"), {section: text})
    assert result.item(item).state == "met"


def test_a_line_enumerating_one_idea_stays_met(library: Library) -> None:
    # Most of its terms are the item's own words: the members of one idea, chosen.
    result = grade(
        library.compiled("demand-forecasting"), {"data": "weather, holidays, promos, local events"}
    )
    assert result.item("external-drivers").state == "met"
