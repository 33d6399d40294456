"""Round 20's long-answer shortcuts give what the plain forms gave (issue 12, 10 MB answers).

Each test keeps the plain form (the regular expression or loop the shortcut replaced) beside
the shortcut and requires the same answer on generated texts made of the characters that
matter to it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from designtrainer.grading.negation.crosses import CROSSES, has_cross

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
