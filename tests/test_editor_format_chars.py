"""An answer or notes editor draws bidi overrides and invisible format characters as a
picture, as it draws control characters: pasted candidate notes holding U+202E must not
reverse the rest of the line on a terminal that does bidi (every other view shows them as
`\\u202e`). The text itself is kept exactly as it is."""

from __future__ import annotations

import pytest

from designtrainer.render.terminal import has_control
from designtrainer.tui.widgets.text_area import InertTextArea

FORMAT = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200B, 0x200E, 0x200F)]


@pytest.mark.parametrize("char", FORMAT, ids=lambda c: f"U+{ord(c):04X}")
def test_a_format_character_is_drawn_as_one_picture(char: str) -> None:
    area = InertTextArea(f"safe {char}evil")
    drawn = area.get_line(0).plain
    assert not has_control(drawn), repr(drawn)
    assert len(drawn) == len(f"safe {char}evil")  # one for one: the cursor columns stay put
    assert area.text == f"safe {char}evil"


@pytest.mark.parametrize("char", ["\u200c", "\u200d"], ids=["ZWNJ", "ZWJ"])
def test_the_joiners_are_drawn_as_they_are(char: str) -> None:
    assert InertTextArea(f"a{char}b").get_line(0).plain == f"a{char}b"


@pytest.mark.parametrize(
    "char", ["\u061c", "\u2060", "\ufeff", "\U000e0041"], ids=lambda c: f"U+{ord(c):04X}"
)
def test_the_other_bidi_and_invisible_characters_are_drawn_as_one_picture(char: str) -> None:
    area = InertTextArea(f"safe {char}evil")
    drawn = area.get_line(0).plain
    assert not has_control(drawn) and char not in drawn, repr(drawn)
    assert len(drawn) == len(f"safe {char}evil")
    assert area.text == f"safe {char}evil"
