"""The one function that makes text safe to print to a terminal.

Case files, answers and the store hold text written by other people; everything the CLI prints
and every problem message passes through `terminal_safe` first.
"""

from __future__ import annotations

import re

# Characters that are not controls but still change what a terminal shows without being seen:
# every bidi control (U+061C, the Arabic letter mark; U+200E, U+200F, the direction marks;
# U+202A-U+202E, the embeddings and overrides; U+2066-U+2069, the isolates: "Safe \u202eevil"
# draws reversed on a terminal that does bidi), the zero-width space (U+200B) and the other
# invisible format characters that hide or split words (U+2060-U+2064, the word joiner and
# invisible operators; U+206A-U+206F, the deprecated shaping controls; U+FEFF, the zero-width
# no-break space; U+E0000-U+E007F, the tag characters, which spell invisible ASCII), and the
# line and paragraph separators (U+2028, U+2029). Text from case packs may hold them (the
# schemas refuse only controls); they are shown as escapes like the controls. The TUI's
# `visible` uses the same set. The zero-width non-joiner and joiner (U+200C, U+200D) are not
# among them: Persian and Indic scripts and joined emoji need them to draw right, and they
# cannot reorder or hide text.
_FORMAT_RANGES = (
    (0x061C, 0x061C),
    (0x200B, 0x200B),
    (0x200E, 0x200F),
    (0x2028, 0x2029),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xE0000, 0xE007F),
)
FORMAT_CODE_POINTS = frozenset(c for lo, hi in _FORMAT_RANGES for c in range(lo, hi + 1))
FORMAT_CHARACTERS = "".join(
    chr(lo) + (f"-{chr(hi)}" if hi > lo else "") for lo, hi in _FORMAT_RANGES
)
"""The same, as the inside of a regular expression's character class."""

# C0 controls except tab and line feed, a carriage return that does not start a CRLF, DEL, the
# C1 controls (U+0080-U+009F, which include the one-character CSI U+009B) and the above.
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{FORMAT_CHARACTERS}]|\r(?!\n)")


def terminal_safe(text: str) -> str:
    """Text that cannot drive a terminal: every control character shown as a `\\u001b` escape.

    So is every bidi or invisible format character in `FORMAT_CHARACTERS` (`\\u202e`).

    Everything the CLI prints goes through here, because case files, answers and the store
    hold text written by other people, and an escape sequence in a title could retitle the
    window, clear the screen, write the clipboard (OSC 52) or print a link (OSC 8). Tabs,
    newlines and CRLF line ends stay as they are: they only move the cursor the expected way.
    A lone carriage return does not (it lets later text overwrite a line), so it is shown too.

    The `\\u001b` notation was chosen over `^[` or `\\x1b` because it is also a valid JSON
    escape: JSON output (where json.dumps leaves DEL and C1 characters raw) passes through
    here and still decodes to the original text.
    """
    return _CONTROL.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    return escaped(match.group())


def escaped(char: str) -> str:
    """One character as a JSON escape: `\\u001b`, or two for one past U+FFFF (a tag
    character, U+E0041, is `\\udb40\\udc41`; `\\ue0041` would decode as U+E004 and a "1")."""
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def has_control(text: str) -> bool:
    """Whether `terminal_safe` would change `text`."""
    return _CONTROL.search(text) is not None
