"""Reading misspellings as the rubric's own words: part of the words stage.

Only the slips people make are read: one edit in a word of 6+ letters, against the rubric's
vocabulary and its inflections — a neighbouring key, one vowel for another, a missing, doubled
or extra letter, or two letters swapped (`retrainnig`, `imbalence`, `calibraton`). So a real
word like `papers` is not read as `pagers`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from designtrainer.grading.words import (
    Words,
    distinct_words,
    normalize_word,
    stem,
    stems_passing,
    tokenize,
)

FUZZY_MIN_LENGTH = 6
FUZZY_MAX_LENGTH = 30  # longer "words" are not typos; one-edit variants of them cost memory
_CACHE_LIMIT = 100_000
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ation", "ations", "ly")

_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")


def _neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_QWERTY) for c, ch in enumerate(row)}
    return {
        a: frozenset(
            b for b, (r2, c2) in pos.items() if b != a and abs(r - r2) <= 1 and abs(c - c2) <= 1
        )
        for a, (r, c) in pos.items()
    }


_NEIGHBOURS = _neighbours()


def _plausible_swap(x: str, y: str) -> bool:
    """A substitution people make: a neighbouring key, or one vowel for another."""
    return y in _NEIGHBOURS.get(x, ()) or (x in _VOWELS and y in _VOWELS)


def one_edit(a: str, b: str) -> bool:
    """One typo apart: a missing, doubled or extra letter, two letters swapped, or a plausible
    substitution (neighbouring key or vowel), so "papers" is not read as "pagers"."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return _plausible_swap(a[i], b[i])
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


@cache
def _english_words() -> str:
    """Correctly spelled English words that are one slip from some word of the bundled
    rubrics or clarifying questions ("poison" from "poisson", "action" from "auction"), one a
    line (tools/english_words.py builds the list). Read from disk the first time a slip is
    found, not at import, and kept as the text: 25 kB, where a set of its 3,100 words would
    hold ten times that through a session for a look-up made once per new slip."""
    return "\n" + Path(__file__).with_name("english-words.txt").read_text(encoding="utf-8")


def is_english(word: str) -> bool:
    """Whether a normalized word is an English word that the typo reader must not read as a
    slip for another: a word people spelled right is no typo ("poison" is not "poisson")."""
    return f"\n{word}\n" in _english_words()


def _inflected(word: str, form: str) -> bool:
    """Whether a word only adds or drops a last letter of the form: an inflection the stemmer
    parts from it ("imbalanced" and "imbalance"), read as the form though it is English."""
    return word.startswith(form) or form.startswith(word)


def _inflections(word: str) -> list[str]:
    """The inflected forms of a word worth stemming, of FUZZY_MIN_LENGTH letters or more: those
    that stem as the word does are its forms, and typos are made on those too.

    A shorter form is never tried: no slip is read against it."""
    forms: list[str] = []
    # A word of one letter keeps it: "e" (of "e.g.") is no root of "ations". So every form
    # begins with its word's letter (see `Vocabulary._by_letter`).
    stems = (word, word[:-1]) if word.endswith(("e", "y")) and len(word) > 1 else (word,)
    for root in stems:
        for suffix in _INFLECTIONS:
            if suffix == "es" and not root.endswith(("s", "x", "z", "ch", "sh")):
                continue  # "leakes" is no word, and typos of it would catch "leaves"
            form = root + suffix
            if len(form) >= FUZZY_MIN_LENGTH:
                forms.append(form)
    return forms


def _substitutes() -> dict[str, str]:
    """Each letter's plausible substitutes (`_plausible_swap`), as one string."""
    return {
        x: "".join(sorted((_NEIGHBOURS.get(x, frozenset()) | _VOWELS_OF.get(x, frozenset())) - {x}))
        for x in sorted(set(_NEIGHBOURS) | _VOWELS)
    }


_VOWELS_OF = dict.fromkeys(_VOWELS, _VOWELS)
_PAST = "\U0010ffff"
"""After every word that begins with a given prefix, in sorted order."""
_FEW = 40
"""Forms few enough to read the letters after a prefix off them (see `slip_for`)."""
_SUBSTITUTES = _substitutes()


class Vocabulary:
    """A rubric's words, and how an answer's words are read against them.

    Built once per rubric. Reading is cached per word as written: answers repeat their
    vocabulary, and with every word known, `itemgetter` looks a whole answer up in one call.
    """

    def __init__(self, phrases: Iterable[str], plain: Iterable[str] = ()) -> None:
        surface = {w for w in map(normalize_word, distinct_words(phrases)) if w.isalpha()}
        self.plain = frozenset(plain)
        """Words never read as a slip for a rubric word: the negation cues ("nothing" is not
        "north")."""
        self.stems = frozenset(stem(w) for w in surface)
        self._by_letter: dict[str, tuple[str, str]] = {}
        """By first letter (a slip never changes it): every form a slip may be read as, and
        the inflections that may turn out not to be forms, then the rubric's words as written
        (normalised, of any length: what a form is made from).

        The forms are a rubric's words of 6+ letters and each inflection of 6+ letters tried
        on one (`_inflections`). Which inflections stem as their word does, and so are forms,
        is settled only for those a word of an answer is one slip from (`_is_form`). In order
        (a word twice when two words make it): where a word would sit among them tells how
        many of its first letters some form shares (see `slip_for`).

        Both as texts, a line each, split only while words that begin with that letter are
        read (`_letter`): as 14,000 strings and a set of 1,100 the largest rubric's held
        900 kB through every session, as texts 160 kB (issue 12, memory).

        A first `grade` used to stem all 10,000 inflections and index every form under each
        of its one-letter deletions (45,000 keys) before reading a word: 35 ms of pure Python
        in a fresh process, for the 200 or so new words of an answer that are ever looked up
        (issue 12). `slip_for` now tries a word's own slips against these instead."""
        for letter, same in groupby(sorted(surface), itemgetter(0)):
            words = list(same)
            made = [w for w in words if len(w) >= FUZZY_MIN_LENGTH]
            for word in words:
                made += _inflections(word)
            made.sort()
            self._by_letter[letter] = ("\n".join(made), "\n".join(words))
        self._split = _Letter("", [], frozenset())
        """The last letter read, split (see `_letter`)."""
        self._letters = "".join(sorted(set("".join(surface)).union(*_INFLECTIONS)))
        """Every letter of a form (each is a rubric word's or an inflection's): what a
        missing letter of a word can be."""
        self._keys: dict[str, str] = {}
        self._read_as: dict[str, str] = {}

    def read(self, text: str) -> Words:
        """The text's words with their matching keys."""
        words = tokenize(text)
        words.keys = self.keys(words.words)
        words.read_as = self._read_as
        return words

    def keys(self, raw: list[str]) -> Sequence[str]:
        if len(raw) > 1:
            try:
                return itemgetter(*raw)(self._keys)  # type: ignore[no-any-return]
            except KeyError:
                pass  # a word not seen before
        if len(self._keys) > _CACHE_LIMIT:
            self._keys.clear()
            self._read_as.clear()
        keys = self._keys
        # Each new word is read once, then the whole answer is looked up in C. In order, so
        # that the words that begin with one letter are read one after another, against that
        # letter's forms split once (`_letter`), which are then let go.
        for word in sorted(set(raw).difference(keys)):
            keys[word] = self._key(word)
        self._split = _Letter("", [], frozenset())
        return list(map(keys.__getitem__, raw))

    def _key(self, raw: str) -> str:
        base = stem(raw)
        if base in self.stems:
            return base
        word = normalize_word(raw)
        if not FUZZY_MIN_LENGTH <= len(word) <= FUZZY_MAX_LENGTH or not word.isalpha():
            return base
        if word in self.plain:
            return base
        best = self.slip_for(word)
        if best is None or (is_english(word) and not _inflected(word, best)):
            return base
        self._read_as[raw] = best
        return stem(best)

    def slip_for(self, word: str) -> str | None:
        """The rubric form a normalized word is one slip from (the first in order), if any.

        Every form that begins with the word's letter and is one slip from it (`one_edit`)
        is among the word's own slips tried here, made past its first letter (a slip never
        changes it: a form that differs in the first letter is no candidate, and a deleted,
        swapped or inserted first letter that keeps it is the same change made at the
        second): the word itself, each letter deleted, two letters swapped, a letter
        replaced by a plausible substitute (`_SUBSTITUTES`) and a letter of the forms
        inserted. Those in the set of forms and inflections are checked in order, the first
        that is one edit away and a form wins."""
        # A candidate keeps the word's letters before its slip, so a slip is only tried where
        # what comes before it begins some form: past the longest prefix the word shares with
        # a form (found beside it in sorted order) no candidate can be one. Most words of an
        # answer share a few letters with the rubric's, and are tried at those few places.
        letter = self._letter(word[0])
        ordered = letter.forms
        at = bisect_left(ordered, word)
        shared = max(
            _shared(word, ordered[at - 1]) if at else 0,
            _shared(word, ordered[at]) if at < len(ordered) else 0,
        )
        n = len(word)
        last = min(shared + 1, n)  # past the last place a slip can be (but an insertion)
        tried = [word]
        tried += [word[:k] + word[k + 1 :] for k in range(1, last)]
        tried += [
            word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, min(last, n - 1))
        ]
        subs = _SUBSTITUTES
        tried += [
            word[:k] + c + word[k + 1 :] for k in range(1, last) for c in subs.get(word[k], "")
        ]
        # A missing letter at k is one that follows the word's first k letters in some form:
        # where few forms begin with those (past the first two or three letters), the
        # letters that do follow are read off them, not every letter of the forms tried.
        letters = self._letters
        lo = 0
        for k in range(1, shared + 1):
            head = word[:k]
            lo = bisect_left(ordered, head, lo)
            hi = bisect_left(ordered, head + _PAST, lo)
            after = {f[k] for f in ordered[lo:hi] if len(f) > k} if hi - lo <= _FEW else letters
            tail = word[k:]
            tried += [head + c + tail for c in after]
        # Every candidate keeps the word's first letter: looked up among the forms that begin
        # with it. A set or a dict of all 14,000 forms would hold another 400 kB through every
        # session (issue 12, memory) for the 200 or so new words of an answer that are ever
        # looked up.
        found = set(tried).intersection(ordered)
        if not found:
            return None
        for candidate in sorted(found):
            if (
                candidate[0] == word[0]
                and one_edit(word, candidate)
                and _is_form(candidate, letter.words)
            ):
                return candidate
        return None

    def _letter(self, letter: str) -> _Letter:
        """The forms and words that begin with a letter, split from their texts the first
        time in a row that a word beginning with that letter is read (`keys` reads an
        answer's new words in order, and lets the last letter's go when done)."""
        split = self._split
        if split.letter != letter:
            forms, words = self._by_letter.get(letter, ("", ""))
            split = self._split = _Letter(
                letter, forms.split("\n") if forms else [], frozenset(words.split("\n"))
            )
        return split

    def forms(self) -> tuple[str, ...]:
        """Every form a slip is read as, in order (for tests and tools: reading settles only
        the forms it meets)."""
        found: set[str] = set()
        for letter in self._by_letter:
            split = self._letter(letter)
            found.update(f for f in split.forms if _is_form(f, split.words))
        return tuple(sorted(found))


class _Letter(NamedTuple):
    """The forms that begin with a letter, in order, and the rubric's words that do (see
    `Vocabulary._by_letter`)."""

    letter: str
    forms: list[str]
    words: frozenset[str]


def _is_form(candidate: str, words: frozenset[str]) -> bool:
    """Whether a form or inflection tried (see `Vocabulary._by_letter`) is a form: one of
    the rubric's words that begin with its letter, or an inflection of one that stems as
    that word does (as `_inflections` tries them)."""
    if candidate in words:
        return True
    owners = [
        word
        for suffix in _INFLECTIONS
        if candidate.endswith(suffix)
        for word in _roots(candidate[: -len(suffix)])
        if word in words and candidate in _inflections(word)
    ]
    if not owners:
        return False
    got, *bases = stems_passing([candidate, *owners])
    return got in bases


def _shared(a: str, b: str) -> int:
    """How many letters two words share at their start."""
    n = min(len(a), len(b))
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    return k


def _roots(root: str) -> tuple[str, str, str]:
    """The words an inflection's root may come from: itself, or it with its "e" or "y"
    dropped (`_inflections`)."""
    return root, root + "e", root + "y"
