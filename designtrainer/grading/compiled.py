"""A rubric compiled once into a matcher: a trie of stemmed phrases plus a typo index.

Compiling does the expensive work (stemming every phrase, building the one-edit index of the
rubric's vocabulary) so that grading an answer is one pass over its words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress, pairwise
from operator import itemgetter
from typing import NamedTuple

from designtrainer.grading.text import ARTICLES, Tokens, normalize_word, phrase_keys, stem, words_of
from designtrainer.model import RedFlag, Rubric, RubricItem

FUZZY_MIN_LENGTH = 6
FUZZY_MAX_LENGTH = 30  # longer "words" are not typos; one-edit variants of them cost memory
_RESOLVE_LIMIT = 100_000
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ation", "ations", "ly")


class Match(NamedTuple):
    """Phrase `phrase` of group `group` of owner `owner` covers words first..last.

    A named tuple rather than a dataclass: scanning creates many, and tuples are cheaper.
    """

    owner: int
    group: int
    first: int
    last: int
    phrase: str


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


def _one_edit(a: str, b: str) -> bool:
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


def _deletes(word: str) -> list[str]:
    return [word] + [word[:k] + word[k + 1 :] for k in range(len(word))]


def _inflections(word: str) -> set[str]:
    """The word and the inflected forms that stem the same: typos are made on those too."""
    base = stem(word)
    forms = {word}
    stems = (word, word[:-1]) if word.endswith(("e", "y")) else (word,)
    for root in stems:
        for suffix in _INFLECTIONS:
            if suffix == "es" and not root.endswith(("s", "x", "z", "ch", "sh")):
                continue  # "leakes" is no word, and typos of it would catch "leaves"
            form = root + suffix
            if stem(form) == base:
                forms.add(form)
    return forms


@dataclass
class CompiledRubric:
    rubric: Rubric
    owners: list[RubricItem | RedFlag]
    trie: dict[str, object]
    vocab: frozenset[str]
    typo_index: dict[str, list[str]]
    single: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    """One-word phrases by stem: most phrases, matched without walking the trie."""
    bigrams: frozenset[tuple[str, str]] = frozenset()
    """The first two stems of every phrase of two or more words."""
    _resolved: dict[str, str] = field(default_factory=dict)
    _fuzzy: dict[str, str] = field(default_factory=dict)

    # -- words -----------------------------------------------------------------------------
    def stems(self, words: list[str]) -> list[str]:
        """Matching keys for the words of an answer, misspellings read as the rubric's words."""
        resolved = self._resolved
        try:
            return list(map(resolved.__getitem__, words))
        except KeyError:
            pass
        if len(resolved) > _RESOLVE_LIMIT:
            resolved.clear()
            self._fuzzy.clear()
        out = []
        for raw in words:
            key = resolved.get(raw)
            if key is None:
                key = resolved[raw] = self._resolve(raw)
            out.append(key)
        return out

    def fuzzy_of(self, raw: str) -> str | None:
        return self._fuzzy.get(raw)

    def _resolve(self, raw: str) -> str:
        base = stem(raw)
        if base in self.vocab:
            return base
        word = normalize_word(raw)
        if not FUZZY_MIN_LENGTH <= len(word) <= FUZZY_MAX_LENGTH or not word.isalpha():
            return base
        best: str | None = None
        for key in _deletes(word):
            for candidate in self.typo_index.get(key, ()):
                if (
                    candidate[0] == word[0]
                    and (best is None or candidate < best)
                    and _one_edit(word, candidate)
                ):
                    best = candidate
        if best is None:
            return base
        self._fuzzy[raw] = best
        return stem(best)

    # -- phrases ---------------------------------------------------------------------------
    def scan(self, tokens: Tokens, stems: list[str]) -> list[Match]:
        """Every phrase occurrence in the answer (articles inside a phrase are skipped).

        The per-word work stays in C (map, zip, compress over sets): one-word phrases are
        looked up where a word is a key, and the trie is walked only where a word and the next
        one (or the one after an article) begin a longer phrase.
        """
        n = len(stems)
        found: list[Match] = []
        single = self.single
        for i in compress(range(n), map(single.__contains__, stems)):
            found.extend([Match(o, g, i, i, p) for o, g, p in single[stems[i]]])
        bigrams = self.bigrams
        walks = set(compress(range(n - 1), map(bigrams.__contains__, pairwise(stems))))
        for i in compress(range(1, n - 1), map(ARTICLES.__contains__, stems[1:-1])):
            if (stems[i - 1], stems[i + 1]) in bigrams:
                walks.add(i - 1)
        trie, boundary = self.trie, tokens.boundary_before
        for i in sorted(walks):
            node = trie[stems[i]]
            j = i + 1
            while j < n:
                child = node.get(stems[j])  # type: ignore[attr-defined]
                skip = 0
                if child is None and stems[j] in ARTICLES and j + 1 < n:
                    child = node.get(stems[j + 1])  # type: ignore[attr-defined]
                    skip = 1
                if child is None or boundary(j) or (skip and boundary(j + 1)):
                    break
                node = child
                j += 1 + skip
                terminal = node.get("")
                if terminal:
                    found.extend([Match(o, g, i, j - 1, p) for o, g, p in terminal])
        if walks:
            found.sort(key=itemgetter(2, 3))  # by position, as a reader meets them
        return found


def compile_rubric(rubric: Rubric) -> CompiledRubric:
    owners: list[RubricItem | RedFlag] = [*rubric.items, *rubric.red_flags]
    trie: dict[str, object] = {}
    surface: set[str] = set()
    for o, owner in enumerate(owners):
        for g, group in enumerate(owner.evidence):
            for phrase in group:
                surface.update(w for w in words_of(phrase) if w.isalpha())
                for key in phrase_keys(phrase):
                    node = trie
                    for part in key:
                        node = node.setdefault(part, {})  # type: ignore[assignment]
                    terminal = node.setdefault("", [])
                    entry = (o, g, phrase)
                    if entry not in terminal:  # type: ignore[operator]
                        terminal.append(entry)  # type: ignore[attr-defined]
    vocab = frozenset(stem(w) for w in surface)
    typo_index: dict[str, list[str]] = {}
    for word in sorted(surface):
        for form in _inflections(word):
            if len(form) >= FUZZY_MIN_LENGTH:
                for deleted in _deletes(form):
                    typo_index.setdefault(deleted, []).append(form)
    single = {
        s: list(node[""]) for s, node in trie.items() if isinstance(node, dict) and node.get("")
    }
    bigrams = frozenset(
        (first, second)
        for first, node in trie.items()
        if isinstance(node, dict)
        for second in node
        if second
    )
    return CompiledRubric(rubric, owners, trie, vocab, typo_index, single=single, bigrams=bigrams)
