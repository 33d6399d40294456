"""The one function that makes text safe to print to a terminal.

Case files, answers and the store hold text written by other people; everything the CLI prints
and every problem message passes through `terminal_safe` first.
"""

from __future__ import annotations

import re

# Characters that are not controls but still change what a terminal shows without being seen:
# the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069: "Safe \u202eevil"
# draws reversed on a terminal that does bidi), the zero-width space and the direction marks
# (U+200B, U+200E, U+200F: they hide or split words) and the line and paragraph separators
# (U+2028, U+2029). Text from case packs may hold them (the schemas refuse only controls); they
# are shown as escapes like the controls. The TUI's `visible` uses the same set. The zero-width
# non-joiner and joiner (U+200C, U+200D) are not among them: Persian and Indic scripts and
# joined emoji need them to draw right, and they cannot reorder or hide text.
FORMAT_CHARACTERS = "\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"

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
    return f"\\u{ord(match.group()):04x}"


def has_control(text: str) -> bool:
    """Whether `terminal_safe` would change `text`."""
    return _CONTROL.search(text) is not None
