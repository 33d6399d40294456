"""A note's cross mark: "✗ accuracy", "random split ❌", "x shuffle the logs", "~~accuracy~~".

Notes rule an option out with a sign instead of a verb. A cross before an element of a note
line ("- ✗ eval on a balanced set", "metric: log loss; ✗ accuracy") refuses the element
after it; a cross right after one, closing it ("accuracy on held-out data ✘ (99.9% by
predicting legit)", "random 80/20 split ✗") refuses the element before it. An element runs
to the next mark (a cross or a tick), an arrow, a semicolon, the end of its sentence or line,
or a word turning to the alternative ("but", "instead", "rather"). A bare letter "x" counts
only as the first word of a line or a bullet, before a word ("x shuffle all mail"): in prose
it is a variable or a product.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from designtrainer.grading.negation.marks import Negation
from designtrainer.grading.words import Words, plain

CROSSES = "\u2717\u2718\u274c\u2715\u2716\u2a2f"
"""✗ ✘ ❌ ✕ ✖ ⨯ (not "×", which multiplies: "P × severity")."""
_TICKS = "\u2713\u2714\u2705\u2611"
ARROWS = ("\u2192", "->", "=>", "\u21d2", "\u27f6")
"""A note's arrow: what follows is the consequence or the course taken."""
_TURNS = frozenset(("but", "instead", "rather", "whereas"))
_BULLETS = frozenset("-*\u2022\u00b7>")
_CLOSERS = ",;:.()[]!?"


_AFTER_REASON = re.compile(r"\)\s*,")
_BARE_X_NOTE = r"[ \t]*(?:[-*\u2022\u00b7>][ \t]*)?[xX] [^\W\d_]"
_BARE_X_FIRST = re.compile(_BARE_X_NOTE)
"""A bare "x" opening the text's first line (matched at its start)."""
_BARE_X_LINE = re.compile("\n" + _BARE_X_NOTE)
"""...or a later line: the pattern begins with its line break, so the regular expression
engine skips to each line break in C. Written as `(?:^|\n)...`, it tried the alternation at
every character of the text (6 ms a 600 kB text: a tenth of a 10 MB answer's readings after
the cue scan)."""


STRIKE = "~~"
"""Markdown's strikethrough: "~~random 80/20 split~~ -> by month" strikes the option out."""
_STRUCK_WORDS = 30
"""The most words a strikethrough is read over: a longer run is no struck option."""


def has_cross(text: str) -> bool:
    """Whether a text holds a cross mark, a strikethrough or a bare "x" opening a note line:
    read only then (most answers have none)."""
    return (
        any(c in text for c in CROSSES)
        or STRIKE in text
        or _BARE_X_FIRST.match(text) is not None
        or _BARE_X_LINE.search(text) is not None
    )


def _struck_out(words: Words) -> Iterator[tuple[int, Negation]]:
    """(word, negation) for every word between a strikethrough's opening "~~" (before a word)
    and its closing one (after a word), on one line: the writer struck it out."""
    n = len(words.words)
    opened: int | None = None
    for k in range(n + 1):
        sep = words.before(k)
        if opened is not None and ("\n" in sep or k - opened > _STRUCK_WORDS):
            opened = None
        if STRIKE not in sep:
            continue
        if opened is not None and sep.lstrip().startswith(STRIKE) and k > opened:
            neg = Negation(STRIKE, opened, k - 1)
            for j in range(opened, k):
                yield j, neg
            opened = None
            sep = sep.lstrip()[len(STRIKE) :]
            if STRIKE not in sep:
                continue
        if k < n and sep.rstrip(" ").endswith(STRIKE):
            opened = k


def _stops(sep: str) -> bool:
    """Whether a separator ends a note's element: a line break, a semicolon, a sentence's
    end, another mark, an arrow, a comma after a closing bracket (the crossed option's reason
    given: "✗ A/B test (slow), ship ...")."""
    return (
        "\n" in sep
        or _AFTER_REASON.search(sep) is not None
        or ";" in sep
        or any(c in sep for c in CROSSES + _TICKS)
        or any(a in sep for a in ARROWS)
        or any(sep.startswith(p) for p in (". ", "! ", "? "))
    )


def _element_after(words: Words, k: int) -> Iterator[int]:
    """Word k and the words after it to the end of its element."""
    n = len(words.words)
    j = k
    while j < n and (j == k or not _stops(words.before(j))):
        if j > k and plain(words.words[j]) in _TURNS:
            return
        yield j
        j += 1


def _element_before(words: Words, k: int) -> Iterator[int]:
    """The words before word k back to the start of their element (a note's label kept)."""
    j = k - 1
    while j >= 0:
        if plain(words.words[j]) in _TURNS:
            return
        yield j
        if _stops(words.before(j)):
            return
        j -= 1


def _opens_element(before_mark: str, k: int) -> bool:
    """Whether a mark stands first in its element: at the text's start, on a new line, after
    a bullet, or after punctuation that ends the element before it."""
    return (
        k == 0
        or "\n" in before_mark
        or any(c in before_mark for c in ",;:(")
        or (bool(before_mark.strip()) and set(before_mark.strip()) <= _BULLETS)
    )


def _closes_element(after_mark: str, k: int, n: int) -> bool:
    """Whether a mark ends its element: punctuation, a bracket, an arrow or a line break
    between it and the next word (or the text's end): "0.5 cutoff ✗ → cost curve"."""
    return (
        k >= n
        or "\n" in after_mark
        or any(c in after_mark for c in _CLOSERS)
        or any(a in after_mark for a in ARROWS)
    )


def crossed_out(words: Words) -> Iterable[tuple[int, Negation]]:
    """(word, negation) for every word a cross mark or a strikethrough refuses."""
    raw, n = words.words, len(words.words)
    if STRIKE in words.text:
        yield from _struck_out(words)
    for k in range(n + 1):
        sep = words.before(k)
        at = next((p for p, c in enumerate(sep) if c in CROSSES), None)
        if at is not None:
            before_mark, after_mark = sep[:at], sep[at + 1 :]
            neg = Negation(sep[at], min(k, n - 1), min(k, n - 1))
            if k < n and _opens_element(before_mark, k):
                for j in _element_after(words, k):
                    yield j, neg
            elif k > 0 and _closes_element(after_mark, k, n):
                for j in _element_before(words, k):
                    yield j, neg
            elif k < n:
                for j in _element_after(words, k):
                    yield j, neg
        elif (
            k < n - 1
            and raw[k] in ("x", "X")
            and (k == 0 or "\n" in sep or (bool(sep.strip()) and set(sep.strip()) <= _BULLETS))
            and words.before(k + 1) == " "
            and raw[k + 1][:1].isalpha()
        ):
            neg = Negation(raw[k], k, k)
            yield k, neg
            for j in _element_after(words, k + 1):
                yield j, neg
