"""Reading misspellings as the rubric's own words: part of the words stage.

Only the slips people make are read: one edit in a word of 6+ letters, against the rubric's
vocabulary and its inflections — a neighbouring key, one vowel for another, a missing, doubled
or extra letter, or two letters swapped (`retrainnig`, `imbalence`, `calibraton`). So a real
word like `papers` is not read as `pagers`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import accumulate
from operator import itemgetter
from pathlib import Path
from zlib import crc32

from designtrainer.grading.words import (
    Words,
    normalize_word,
    stem,
    stems_passing,
    tokenize,
    words_of,
)

FUZZY_MIN_LENGTH = 6
FUZZY_MAX_LENGTH = 30  # longer "words" are not typos; one-edit variants of them cost memory
_CACHE_LIMIT = 100_000
_PLACE = 0xFFFFFFFF
"""The low 32 bits of a typo index entry: the form's place in `Vocabulary._forms`."""
_BUCKET_SHIFT = 50
_BUCKETS = 1 << (64 - _BUCKET_SHIFT)
"""The typo index's entries in buckets by the top 14 bits of their CRC (see `_typo_buckets`)."""
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


def _is_key(key: str, form: str) -> bool:
    """Whether `key` is one of the form's keys in the typo index: the form itself, or the
    form with one letter but its first deleted."""
    if len(key) == len(form):
        return key == form
    return len(key) == len(form) - 1 and any(
        form[:k] + form[k + 1 :] == key for k in range(1, len(form))
    )


def _deletes(word: str) -> list[str]:
    return [word] + [word[:k] + word[k + 1 :] for k in range(len(word))]


def _inflections(word: str) -> list[str]:
    """The inflected forms of a word worth stemming, of FUZZY_MIN_LENGTH letters or more: those
    that stem as the word does are its forms, and typos are made on those too.

    A shorter form is never tried: no slip is read against it, and stemming the 10,000
    forms tried is most of compiling a rubric, which a first `grade` pays (issue 12)."""
    forms: list[str] = []
    stems = (word, word[:-1]) if word.endswith(("e", "y")) else (word,)
    for root in stems:
        for suffix in _INFLECTIONS:
            if suffix == "es" and not root.endswith(("s", "x", "z", "ch", "sh")):
                continue  # "leakes" is no word, and typos of it would catch "leaves"
            form = root + suffix
            if len(form) >= FUZZY_MIN_LENGTH:
                forms.append(form)
    return forms


def _forms_of(surface: Iterable[str]) -> tuple[str, ...]:
    """The words and their inflections that stem the same, of 6+ letters, in order.

    The inflections are stemmed a batch of words at a time (`stems_passing`), none kept in
    the stem cache: they are mostly not words ("retrainly"), and held there they would cost
    a session 3 MB (issue 12, memory); in batches, the 10,000 tried and their stems are not
    all alive at once either."""
    words = sorted(surface)
    forms = set(words)  # once each: "model" and "models" both give "modeled"
    for at in range(0, len(words), _BATCH):
        owners: list[str] = []
        tried: list[str] = []
        for word in words[at : at + _BATCH]:
            found = _inflections(word)
            owners += [stem(word)] * len(found)
            tried += found
        forms.update(
            form
            for form, base, got in zip(tried, owners, stems_passing(tried), strict=True)
            if got == base
        )
    return tuple(sorted(f for f in forms if len(f) >= FUZZY_MIN_LENGTH))


_BATCH = 128
"""Words whose inflections are stemmed in one call."""


def _index_of(forms: Sequence[str]) -> tuple[array[int], array[int]]:
    """The typo index of `forms` and where each of its buckets begins (see Vocabulary).

    Placed by counting, bucket by bucket, not sorted: a lookup reads a whole bucket, so the
    order inside one does not matter, and sorting 45,000 numbers of 64 bits as a list of
    Python ints cost a first `grade` 8 ms and 2 MB at its peak (issue 12)."""
    entries = array("Q")
    for n, form in enumerate(forms):
        word = form.encode()
        if len(word) == len(form):  # ASCII: deleting a byte deletes a letter
            keys = [word[:k] + word[k + 1 :] for k in range(1, len(word))]
            keys.append(word)
        else:
            keys = [(form[:k] + form[k + 1 :]).encode() for k in range(1, len(form))]
            keys.append(word)
        entries.extend([h << 32 | n for h in map(crc32, keys)])
    counts = [0] * (_BUCKETS + 1)
    for bucket in map(_BUCKET_SHIFT.__rrshift__, entries):
        counts[bucket + 1] += 1
    starts = array("I", accumulate(counts))
    index = array("Q", bytes(8 * len(entries)))
    free = starts.tolist()
    for entry in entries:
        bucket = entry >> _BUCKET_SHIFT
        index[free[bucket]] = entry
        free[bucket] += 1
    return index, starts


class Vocabulary:
    """A rubric's words, and how an answer's words are read against them.

    Built once per rubric. Reading is cached per word as written: answers repeat their
    vocabulary, and with every word known, `itemgetter` looks a whole answer up in one call.
    """

    def __init__(self, phrases: Iterable[str], plain: Iterable[str] = ()) -> None:
        surface = {w for phrase in phrases for w in words_of(phrase) if w.isalpha()}
        self.plain = frozenset(plain)
        """Words never read as a slip for a rubric word: the negation cues ("nothing" is not
        "north")."""
        self.stems = frozenset(stem(w) for w in surface)
        self._forms = _forms_of(surface)
        """The forms of 6+ letters a slip is read against, in order."""
        self._typo_index, self._typo_buckets = _index_of(self._forms)
        """The typo index: each form under itself and every one-letter deletion of it but
        the first letter's (its keys), as one 64-bit number per key: the key's CRC-32 above
        the form's place in `_forms`; grouped in buckets by the top 14 bits of the CRC,
        `_typo_buckets` saying where each begins in `_typo_index` (and the end).

        Kept small because it is most of a compiled rubric, read from the cache by every
        fresh `grade` and held through a session (issue 12): as a dict of 40,000 key strings
        it was 3.6 MB; as numbers in one array it is 0.3 MB and nothing to build when read.
        Two keys may share a CRC: a form found under a key's CRC counts only when that key is
        one of its keys (`_is_key`), so what is found is exactly what the keys themselves
        find. A deletion of the first letter is never needed: a candidate must begin with the
        word's own first letter, and a word one slip from such a form always shares with it a
        key made by deleting a later letter (or none), see `_key`. A key is looked for among
        the two or three entries of its bucket, not by bisecting the whole array (which made
        every new word of an answer cost three times as much).
        """
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
        # Each new word is read once, then the whole answer is looked up in C.
        for word in set(raw).difference(keys):
            keys[word] = self._key(word)
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
        """The rubric form a normalized word is one slip from (the first in order), if any."""
        best: str | None = None
        index, buckets, forms = self._typo_index, self._typo_buckets, self._forms
        # Every form one slip from `word` that begins with its letter shares a key with it:
        # a substitution at i (>= 1) or a swap at i, i+1 deletes i from the word and i or
        # i+1 from the form; a letter more or less is the shorter one itself.
        keys = _deletes(word)
        for key, crc in zip(keys, map(crc32, map(str.encode, keys)), strict=True):
            bucket = crc >> (_BUCKET_SHIFT - 32)
            for entry in index[buckets[bucket] : buckets[bucket + 1]]:
                if entry >> 32 != crc:
                    continue
                candidate = forms[entry & _PLACE]
                if (
                    candidate[0] == word[0]
                    and (best is None or candidate < best)
                    and one_edit(word, candidate)
                    and _is_key(key, candidate)
                ):
                    best = candidate
        return best
