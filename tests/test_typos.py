"""Slips are read as the rubric's words; correctly spelled English words are not slips.

The typo reader takes a word one slip from a rubric form as that form. A word people spelled
right is no typo of another: "poison" is not "poisson", "action" is not "auction". The words
it must leave alone ship as designtrainer/grading/english-words.txt (tools/english_words.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from designtrainer.clarify import _profile
from designtrainer.grading.typos import Vocabulary, is_english
from designtrainer.grading.words import stem
from designtrainer.loading.library import Library

LIST = Path(__file__).resolve().parent.parent / "designtrainer" / "grading" / "english-words.txt"


@pytest.mark.parametrize(
    ("case_id", "word", "not_as"),
    [
        ("demand-forecasting", "poison", "poisson"),
        ("demand-forecasting", "poisoned", "poisson"),
        ("ads-ctr", "action", "auction"),
        ("ads-ctr", "actions", "auction"),
        ("fraud-detection", "adopted", "adapted"),
        ("recommendation", "casual", "causal"),
    ],
)
def test_an_english_word_is_not_read_as_a_slip(
    library: Library, case_id: str, word: str, not_as: str
) -> None:
    vocabulary = library.compiled(case_id).vocabulary
    assert (vocabulary.slip_for(word) or "").startswith(not_as[:5])  # one slip from it
    words = vocabulary.read(f"We looked at {word} here.")
    assert word not in words.read_as
    assert stem(not_as) not in words.keys


@pytest.mark.parametrize(
    ("case_id", "slip", "as_"),
    [
        ("demand-forecasting", "poisosn", "poisson"),
        ("ads-ctr", "auctoin", "auction"),
        ("ads-ctr", "calibraton", "calibration"),
    ],
)
def test_a_slip_is_still_read_as_the_rubric_word(
    library: Library, case_id: str, slip: str, as_: str
) -> None:
    words = library.compiled(case_id).vocabulary.read(f"We use {slip} here.")
    assert words.read_as.get(slip, "").startswith(as_[:5])
    assert stem(as_) in words.keys


def test_an_english_word_that_only_adds_a_last_letter_is_read_as_the_form() -> None:
    # "imbalanced" stems apart from "imbalance": the slip reader bridges the inflection, and
    # the English guard (it is a word) leaves it so.
    words = Vocabulary(["imbalance"]).read("imbalanced")
    assert words.read_as == {"imbalanced": "imbalance"}


def test_a_rubric_of_its_own_has_the_english_guard_too() -> None:
    # Not tied to the bundled rubrics' words: any vocabulary leaves a listed word alone.
    vocabulary = Vocabulary(["poisson regression"])
    assert vocabulary.read("poison").read_as == {}
    assert vocabulary.read("poisosn regression").read_as == {"poisosn": "poisson"}


def test_the_list_is_small_and_only_holds_words_a_vocabulary_would_misread(
    library: Library,
) -> None:
    lines = [w for w in LIST.read_text(encoding="utf-8").split("\n") if w and w[0] != "#"]
    assert lines == sorted(set(lines)) and all(w.isalpha() and w.islower() for w in lines)
    assert 1_000 < len(lines) < 10_000  # the guard's data, not a dictionary
    assert all(is_english(w) for w in lines[:: len(lines) // 50])
    assert not is_english("calibraton") and not is_english("poisosn")
    vocabularies = [library.compiled(c).vocabulary for c in sorted(library.cases)]
    vocabularies += [_profile(library.cases[c]).vocabulary for c in sorted(library.cases)]
    misread = {  # each word until one vocabulary misreads it, not through every vocabulary
        w
        for w in lines
        if any(
            stem(w) not in v.stems
            and (slip := v.slip_for(w))
            and not w.startswith(slip)
            and not slip.startswith(w)
            for v in vocabularies
        )
    }
    # Rubric edits make a listed word a rubric word now and then: the list may lag a little
    # (tools/english_words.py rebuilds it), but it holds no words a vocabulary never misread.
    assert len(misread) >= 0.98 * len(lines), sorted(set(lines) - misread)[:20]


def test_a_slip_is_read_as_the_first_form_one_edit_away_whatever_its_letters() -> None:
    """`slip_for` tries a word's own slips, not an index of every form: it must still find
    exactly the first form one slip from the word that shares its first letter, as trying
    every form finds it, for letters off the keyboard too (a missing "ï" is a slip)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from designtrainer.grading.typos import one_edit

    vocabulary = Vocabulary(
        ["naïve bayes baseline", "calibration drift", "retraining cadence", "señority rules"]
    )
    forms = vocabulary.forms()
    assert {"naïvely", "señority", "calibration", "retraining"} <= set(forms)

    def scan(word: str) -> str | None:
        found = [f for f in forms if f[0] == word[0] and one_edit(word, f)]
        return min(found) if found else None

    words = [
        f[:k] + c + f[k + d :]
        for f in forms
        for k in range(len(f))
        for c in ("", "a", "e", "ï", f[k])
        for d in (0, 1)
    ]
    assert sum(scan(w) is not None for w in words) > 500
    assert all(vocabulary.slip_for(w) == scan(w) for w in words if w)

    @settings(max_examples=300, deadline=None)
    @given(st.text("abceilnorstvyñï", min_size=1, max_size=14))
    def holds(word: str) -> None:
        assert vocabulary.slip_for(word) == scan(word)

    holds()
