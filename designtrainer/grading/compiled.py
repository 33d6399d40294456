"""A rubric compiled once into a matcher: a trie of stemmed phrases plus a typo index.

Compiling does the expensive work (stemming every phrase, building the one-edit index of the
rubric's vocabulary) so that grading an answer is one pass over its words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Any

from designtrainer.domain.model import RedFlag, Rubric, RubricItem
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading.negation import STARTS as NEGATION_STARTS
from designtrainer.grading.negation import Negation, negation_scopes
from designtrainer.grading.text import (
    ARTICLES,
    Tokens,
    is_boundary,
    normalize_word,
    phrase_keys,
    stem,
    words_of,
)

FUZZY_MIN_LENGTH = 6
FUZZY_MAX_LENGTH = 30  # longer "words" are not typos; one-edit variants of them cost memory
_RESOLVE_LIMIT = 100_000
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ation", "ations", "ly")


Hit = tuple[int, int, int, str, str | None]
"""One phrase occurrence: (first word, last word, group, phrase, negating trigger or None).

A plain tuple: a long answer has hundreds of hits, and grading time grows with them.
"""
Lead = tuple[list[tuple[int, int, str]] | tuple[()], bool]
"""What a word may start: its one-word phrases (owner, group, phrase), and a negation?"""
_UNKNOWN: object = object()


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
    """The first two stems of every longer phrase, and its first stem before an article."""
    sections: dict[str, list[tuple[int, RubricItem]]] = field(default_factory=dict)
    """Each section's items with their owner numbers, in rubric order."""
    first_only: bytes = b""
    """1 for each owner with one phrase group and no `within`: its first usable hit decides."""
    _resolved: dict[str, str] = field(default_factory=dict)
    _leads: dict[str, Lead | None] = field(default_factory=dict)
    _fuzzy: dict[str, str] = field(default_factory=dict)

    # -- words -----------------------------------------------------------------------------
    def read(self, words: list[str]) -> tuple[Sequence[str], Sequence[Lead | None]]:
        """Each word's matching key (misspellings read as the rubric's words), and what the
        word may start: a one-word phrase, a negation.

        Both are cached per word as written: answers repeat their vocabulary, and with every
        word known, `itemgetter` looks a whole answer up in one call that stays in C.
        """
        if len(words) > 1:
            lookup = itemgetter(*words)
            try:
                return lookup(self._resolved), lookup(self._leads)
            except KeyError:
                pass  # a word not seen before
        return self._read_slowly(words)

    def _read_slowly(self, words: list[str]) -> tuple[list[str], list[Lead | None]]:
        resolved, leads = self._resolved, self._leads
        if len(resolved) > _RESOLVE_LIMIT:
            resolved.clear()
            leads.clear()
            self._fuzzy.clear()
        stems: list[str] = []
        out: list[Lead | None] = []
        for raw in words:
            key = resolved.get(raw)
            if key is None:
                key = resolved[raw] = self._resolve(raw)
            lead = leads.get(raw, _UNKNOWN)
            if lead is _UNKNOWN:
                lead = leads[raw] = self._lead(key)
            stems.append(key)
            out.append(lead)  # type: ignore[arg-type]
        return stems, out

    def _lead(self, key: str) -> Lead | None:
        entries = self.single.get(key, ())
        starts_negation = key in NEGATION_STARTS
        return (entries, starts_negation) if entries or starts_negation else None

    def fuzzy_of(self, raw: str) -> str | None:
        return self._fuzzy.get(raw) if self._fuzzy else None

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
    def scan(self, tokens: Tokens) -> tuple[list[list[Hit]], bool]:
        """The phrase occurrences in the answer, per owner, in reading order, and whether any
        word at all is negated. Every occurrence is there except one-word hits after an owner
        has already been decided (see `first_only`).

        The per-word work stays in C (itemgetter, zip, compress): one-word phrases and
        negations are found through the cached lead of each word, and the trie is walked only
        where a word and the next one (or an article) begin a longer phrase. Per hit there is
        one plain tuple and nothing more: a long answer has hundreds of hits.
        """
        hits: list[list[Hit]] = [[] for _ in self.owners]
        words = tokens.words
        if not words:
            return hits, False
        stems, leads = self.read(words)
        n = len(stems)
        positions = list(compress(range(n), leads))
        negated, triggers = negation_scopes(
            tokens,
            stems,
            [i for i in positions if leads[i][1]],  # type: ignore[index]
        )
        add = [h.append for h in hits]
        long = self._walk(tokens, stems)
        own = _own_triggers(self.single, stems, triggers, long) if triggers else {}
        longer = _negate_long(long, negated, own, n) if long else []
        # Longer phrases come in reading order too; they are merged in as the one-word hits
        # go by, so every owner's list ends up ordered by (first, last) without a sort.
        waiting, next_first = 0, longer[0][2] if longer else n
        # An owner of one phrase group and no `within` is decided by its first usable hit;
        # once it has one, the rest of its one-word hits are not worth a tuple each.
        first_only = self.first_only
        settled = bytearray(len(hits))
        for i, (entries, _) in zip(positions, compress(leads, leads), strict=True):  # type: ignore[misc]
            if not entries:
                continue  # a word that only starts a negation ("is", "to")
            while next_first < i:
                o, hit, _ = longer[waiting]
                add[o](hit)
                waiting += 1
                next_first = longer[waiting][2] if waiting < len(longer) else n
            neg = negated.get(i)
            for o, g, p in entries:
                if settled[o]:
                    continue
                if neg is None or neg in own.get(o, ()):
                    add[o]((i, i, g, p, None))
                    settled[o] = first_only[o]
                else:
                    add[o]((i, i, g, p, neg.trigger))
        for o, hit, _ in longer[waiting:]:
            add[o](hit)
        return hits, bool(negated)

    def _walk(self, tokens: Tokens, stems: Sequence[str]) -> list[tuple[int, int, int, int, str]]:
        """Phrases of two or more words: (owner, group, first, last, phrase)."""
        n = len(stems)
        pairs = zip(stems, stems[1:], strict=False)  # noqa: RUF007 (pairwise is slower here)
        starts = compress(range(n - 1), map(self.bigrams.__contains__, pairs))
        found: list[tuple[int, int, int, int, str]] = []
        trie, parts = self.trie, tokens.parts
        last_word = n - 1
        for i in starts:
            node: dict[str, Any] = trie[stems[i]]  # type: ignore[assignment]
            j = i + 1
            while True:
                child = node.get(stems[j])
                if child is not None:
                    if is_boundary(parts[2 * j]):
                        break
                    j += 1
                else:  # an article inside a phrase: "monitor the drift" for "monitor drift"
                    if j == last_word or stems[j] not in ARTICLES:
                        break
                    child = node.get(stems[j + 1])
                    if child is None:
                        break
                    if is_boundary(parts[2 * j]) or is_boundary(parts[2 * j + 2]):
                        break
                    j += 2
                node = child
                terminal = node.get("")
                if terminal:
                    for o, g, p in terminal:
                        found.append((o, g, i, j - 1, p))
                if j > last_word:
                    break
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
                    # Two phrases of one group with the same key ("cost", "costs") would
                    # find the same words twice; the first one written names the hit.
                    if not any(e[0] == o and e[1] == g for e in terminal):  # type: ignore[attr-defined]
                        terminal.append((o, g, phrase))  # type: ignore[attr-defined]
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
    pairs = {
        (first, second)
        for first, node in trie.items()
        if isinstance(node, dict)
        for second in node
        if second
    }
    # An article may sit between a phrase's first two words ("cold start" / "the cold ... ").
    pairs |= {(first, article) for first, _ in pairs for article in ARTICLES}
    sections: dict[str, list[tuple[int, RubricItem]]] = {sid: [] for sid in SECTION_IDS}
    for o, item in enumerate(rubric.items):
        sections[item.section].append((o, item))
    return CompiledRubric(
        rubric,
        owners,
        trie,
        vocab,
        typo_index,
        single=single,
        bigrams=frozenset(pairs),
        sections=sections,
        first_only=bytes(len(o.evidence) == 1 and o.within is None for o in owners),
    )


def _own_triggers(
    single: dict[str, list[tuple[int, int, str]]],
    stems: Sequence[str],
    triggers: Mapping[int, Negation],
    long: list[tuple[int, int, int, int, str]],
) -> dict[int, set[Negation]]:
    """Triggers inside one of an owner's own phrases ("never get a label", "didn't report",
    "... are irrelevant"): they belong to the idea and negate none of that owner's words."""
    own: dict[int, set[Negation]] = {}
    for k, neg in triggers.items():
        for o, _, _ in single.get(stems[k], ()):
            own.setdefault(o, set()).add(neg)
    marked = _marks(triggers, len(stems))
    for o, _, first, last, _ in long:
        if marked.find(1, first, last + 1) >= 0:
            for k in range(first, last + 1):
                if (inside := triggers.get(k)) is not None:
                    own.setdefault(o, set()).add(inside)
    return own


def _negate_long(
    long: list[tuple[int, int, int, int, str]],
    negated: Mapping[int, Negation],
    own: dict[int, set[Negation]],
    n: int,
) -> list[tuple[int, Hit, int]]:
    """(owner, hit, first word) for each longer phrase, in reading order."""
    marked = _marks(negated, n)
    out: list[tuple[int, Hit, int]] = []
    for o, g, first, last, p in long:
        trigger = None
        if marked.find(1, first, last + 1) >= 0:
            mine = own.get(o, ())
            for k in range(first, last + 1):
                neg = negated.get(k)
                if neg is not None and neg not in mine:
                    trigger = neg.trigger
                    break
        out.append((o, (first, last, g, p, trigger), first))
    return out


def _marks(positions: Mapping[int, object], n: int) -> bytearray:
    """A byte per word, 1 where `positions` has it: `find` then checks a span in C."""
    marked = bytearray(n)
    for k in positions:
        marked[k] = 1
    return marked
