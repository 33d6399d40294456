"""Reading negations stays linear in one long sentence (a long text with no punctuation).

A "but" whose clause weighs an idea was found by walking back to the sentence's start and
looking for every weighing phrase in all of it, for every "but": in one long sentence that was
quadratic (a 20,000-word paste of words and cues took 38 s to grade, now about 1 s). Cues that
put off or take back what their sentence said before them walked back to its start too, and
covered all of it again each ("we could add X later", "so I'd skip it"): 150,000 words of the
reference answers without their punctuation took half a minute. No timing: the work is counted
(words compared in that search, sentence breaks looked at, words a negation is set on), which
does not depend on the machine's load.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designtrainer.grading.negation import Negation, find_negations, weighings
from designtrainer.grading.negation.entry import _Covering
from designtrainer.grading.negation.weighings import _WEIGHING, _holds, _Occurrences
from designtrainer.grading.words import Words
from designtrainer.loading.library import Library

WORDS = "we use the model data labels late fraud rate split time features score answer".split()
CUES = ["not", "never", "won't", "instead of", "rather than", "but", "however", "skip"]


def paste(n: int) -> str:
    """n words of one sentence, a cue every few words (seeded: the same every run)."""
    rng = random.Random(7)
    return " ".join(rng.choice(WORDS * 3 + CUES) for _ in range(n))


def work(text: str, library: Library, monkeypatch: pytest.MonkeyPatch) -> int:
    compiled = library.compiled("fraud-detection")
    words = compiled.vocabulary.read(text)
    count = 0
    real_holds, real_break = weighings._holds, Words.sentence_break_before

    def holds(keys: Sequence[str], phrase: tuple[str, ...]) -> bool:
        nonlocal count
        count += len(keys)
        return real_holds(keys, phrase)

    def sentence_break_before(self: Words, k: int) -> bool:
        nonlocal count
        count += 1
        return real_break(self, k)

    with monkeypatch.context() as patch:
        patch.setattr(weighings, "_holds", holds)
        patch.setattr(Words, "sentence_break_before", sentence_break_before)
        find_negations(compiled.negation, words)
    return count


def unpunctuated(copies: int, library: Library) -> str:
    """Copies of 2,000 words of the bundled reference answers with their punctuation taken
    out: one sentence of real prose and its cues, the same words in each copy."""
    words = " ".join(s.reference_answer for c in library.cases.values() for s in c.sections)
    prose = [w for w in (re.sub(r"[^\w']", "", w) for w in words.split()) if w][:2000]
    return " ".join(prose * copies)


def covering_work(
    text: str, case_id: str, library: Library, monkeypatch: pytest.MonkeyPatch
) -> int:
    """Words a negation is set on, and sentence breaks looked at, reading the text."""
    compiled = library.compiled(case_id)
    words = compiled.vocabulary.read(text)
    count = 0
    real_set, real_break = _Covering.setdefault, Words.sentence_break_before

    def setdefault(self: _Covering, k: int, neg: Negation) -> None:
        nonlocal count
        count += 1
        real_set(self, k, neg)

    def sentence_break_before(self: Words, k: int) -> bool:
        nonlocal count
        count += 1
        return real_break(self, k)

    with monkeypatch.context() as patch:
        patch.setattr(_Covering, "setdefault", setdefault)
        patch.setattr(Words, "sentence_break_before", sentence_break_before)
        find_negations(compiled.negation, words)
    return count


def test_a_long_text_without_punctuation_is_read_in_linear_work(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = covering_work(unpunctuated(2, library), "eta-prediction", library, monkeypatch)
    large = covering_work(unpunctuated(8, library), "eta-prediction", library, monkeypatch)
    assert large / small < 6.0, (small, large)  # 4 when linear (16 when it was quadratic)


def test_the_weighing_search_of_a_long_sentence_is_linear(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = work(paste(1000), library, monkeypatch)
    large = work(paste(4000), library, monkeypatch)
    assert large / small < 6.0, (small, large)  # 4 when linear


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=40),
    st.lists(
        st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=3).map(tuple),
        min_size=1,
        max_size=5,
    ),
    st.integers(0, 45),
    st.integers(0, 45),
)
def test_occurrences_answer_as_the_plain_search_does(
    keys: list[str], phrases: list[tuple[str, ...]], start: int, end: int
) -> None:
    found = _Occurrences(keys, phrases)
    clause = keys[start:end]
    assert found.within(start, end) == any(_holds(clause, p) for p in phrases)


def test_the_weighing_phrases_are_not_empty() -> None:
    assert _WEIGHING and all(_WEIGHING)


def test_a_long_clause_is_not_read_to_see_whether_it_weighs_back(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a clause of a few words ("I considered it") weighs the sentence before: a long one
    is answered without reading its words (it was, once per "but")."""
    words = library.compiled("fraud-detection").vocabulary.read(paste(3000))
    read: list[str] = []
    real = weighings.plain
    monkeypatch.setattr(weighings, "plain", lambda word: read.append(word) or real(word))
    assert not weighings._weighs_back(words, 0, 2999)
    assert len(read) <= weighings._WEIGHS_BACK_WORDS


_PLAIN = Negation("not", 0, 0)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 30),
            st.integers(0, 12),
            st.booleans(),
            st.sampled_from(["not", "no", "skip", "overkill", "but not"]),
        ),
        max_size=25,
    )
)
def test_covering_a_run_sets_what_covering_each_word_sets(
    runs: list[tuple[int, int, bool, str]],
) -> None:
    """`_Covering.cover` skips the words no negation changes any more: it must leave every
    word as setting each one in turn does (plain negations giving way to verdicts)."""
    by_word = _Covering({}, {})
    by_run = _Covering({}, {})
    for at, (start, length, backwards, trigger) in enumerate(runs):
        neg = Negation(trigger, at, at)
        run = range(start, start + length)
        if backwards:
            run = range(start + length - 1, start - 1, -1)
        for k in run:
            by_word.setdefault(k, neg)
        by_run.cover(run, neg)
    assert by_run.first == by_word.first
    assert by_run.also == by_word.also
