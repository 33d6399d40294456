"""Round 20's long-answer shortcuts give what the plain forms gave (issue 12, 10 MB answers).

Each test keeps the plain form (the regular expression or loop the shortcut replaced) beside
the shortcut and requires the same answer on generated texts made of the characters that
matter to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from designtrainer.grading.negation.crosses import CROSSES, has_cross
from designtrainer.grading.words import _pattern
from tests.test_fast_paths import _read, answers


def _split(text: str) -> list[str]:
    return _pattern(text).split(text)


_NOTE_TEXT = st.text(alphabet=" \t\n-*\u2022\u00b7>xXab1_.\u2717", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_NOTE_TEXT)
def test_has_cross_is_the_alternation_it_replaced(text: str) -> None:
    plain = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u00b7>][ \t]*)?[xX] [^\W\d_]")
    expected = any(c in text for c in CROSSES) or plain.search(text) is not None
    assert has_cross(text) == expected


def test_has_cross_finds_a_bare_x_on_any_line() -> None:
    assert has_cross("x shuffle the logs")
    assert has_cross("Plan:\n  - x shuffle the logs")
    assert not has_cross("a 2x speedup\nmax x")


@settings(max_examples=150, deadline=None)
@given(answers())
def test_a_word_s_sentence_is_looked_up_as_it_was_bisected(answer: tuple[str, str]) -> None:
    case_id, text = answer
    j = _read(case_id, text).judgement
    starts, n = j.starts, len(j.words)
    for k in range(-2, n + 2):
        i = bisect_right(starts, k)
        assert j.sentence_start(k) == starts[i - 1]
        if k < n:
            assert j.sentence_end(k) == (starts[i] - 1 if i < len(starts) else n - 1)
    for k in range(n):
        assert j.sentence(k).first == starts[bisect_right(starts, k) - 1]
    firsts = [m.first for m in j.by_first]
    expected = [starts[bisect_right(starts, k) - 1] for k in firsts]
    assert list(j.sentences_of(j.by_first)) == expected
    assert j._sentence_of_mentions() == [bisect_right(starts, k) for k in firsts]
    held = {bisect_right(starts, k) for k in j._maybe_vague_words()}
    assert j.maybe_vague_sentences() == len(j._mentioning() & held)


def test_a_long_text_s_words_are_shared_and_read_as_a_short_one_s() -> None:
    from designtrainer.grading import words as words_module

    text = "Drift: retrain weekly, not daily. " * 4000  # more parts than _SHARED_FROM
    long = words_module.tokenize(text)
    assert len(long.parts) >= words_module._SHARED_FROM
    assert long.parts == _split(text)
    assert long.words[0] is long.words[5]  # each distinct word kept once
