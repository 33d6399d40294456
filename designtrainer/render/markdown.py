"""The one markdown escaper and the one fence rule, for everything that writes markdown.

Exports, the summary, the scorecard, comparisons and the depth notes all build markdown from
text other people wrote (case titles, rubric labels, answers, interviewer notes). Three rules
keep that text literal wherever it lands:

- `inline`: a line of text with every character that can start inline markup escaped;
- `fence`: a block of text verbatim, in a backtick fence longer than any backtick run inside it,
  so nothing in it (headings, `---`, quotes, fences, raw HTML) can end the block early;
- `block_quote`: a note as a block quote, every line prefixed so it stays inside the quote.
"""

from __future__ import annotations

import re

# The ASCII characters that can start inline markup mid-line in CommonMark or GFM (`$` is
# GitHub math, `|` a table cell, `&` only before an entity); a backslash makes each literal.
# `>`, `#`, `-` and digits only matter at the start of a line, where escaped text never is.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<|~$]|&(?=#?[A-Za-z0-9]+;))")
_BACKTICK_RUN = re.compile(r"`+")


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) as single spaces, trimmed."""
    return " ".join(text.split())


def inline(text: str) -> str:
    """Text that stays literal in a markdown line: one line, markup characters escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", one_line(text))


def fence_for(text: str) -> str:
    """A backtick fence longer than any backtick run in `text` (at least three)."""
    longest = max((len(m) for m in _BACKTICK_RUN.findall(text)), default=0)
    return "`" * max(3, longest + 1)


def fence(text: str, info: str = "") -> str:
    """`text` as a fenced code block that nothing inside can close.

    The newline before the closing fence is added, never taken from the text, so a text ending
    in a newline keeps it (it shows as a last empty line) and reads back exactly.
    """
    mark = fence_for(text)
    return f"{mark}{info}\n{text}\n{mark}"


def block_quote(text: str) -> list[str]:
    """A note as block quote lines: every line prefixed, so its markdown stays inside."""
    lines = text.strip("\n").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [f"> {line}" if line.strip() else ">" for line in lines]
