"""Stage 2 of grading, mentions: where the rubric's phrases occur in an answer's words.

A rubric's phrases are compiled once into a `PhraseIndex`: one-word phrases by key (most of
them), and a trie of stemmed words for longer ones, walked only where an answer's word and the
next one (or an article) begin a longer phrase. Matching is therefore linear in the answer's
length, and there are no regular expressions anywhere in content.

Each occurrence becomes a `Mention`. The next stage, negation, marks the mentions a negation
covers ("we won't retrain").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.grading.words import ARTICLES, Words, is_boundary, keys_of_phrases

if TYPE_CHECKING:
    from designtrainer.grading.negation import Negation

Owner = RubricItem | RedFlag
"""What a phrase belongs to: a rubric item, or a red flag."""


class Mention(NamedTuple):
    """One place where one of an owner's phrases occurs in the answer."""

    owner: int
    """Index into `CompiledRubric.owners`: the items, then the red flags."""
    group: int
    """Which of the owner's phrase groups the phrase belongs to."""
    first: int
    last: int
    """The words it covers, first..last inclusive."""
    phrase: str
    """The rubric phrase, as the author wrote it."""
    negation: Negation | None = None
    """Set by the negation stage when a negation covers the mention."""


_mention: Callable[[tuple[int, int, int, int, str, None]], Mention] = partial(
    tuple.__new__, Mention
)
"""`Mention(...)` built in C: a NamedTuple's own constructor is Python code, and a long answer
has hundreds of thousands of one-word mentions."""

Entry = tuple[int, int, str]
"""A phrase in the index: (owner, group, phrase as written)."""

Node = dict[str, object]
"""A trie node: the next key -> its node, or the phrases ending there (see `PhraseIndex`)."""


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    single: dict[str, tuple[Entry, ...]]
    """One-word phrases by key: most phrases, matched without walking the trie. Tuples, not
    the lists they were gathered in: 1,700 of them in the largest rubric, each a list's
    worth smaller, held by every session (issue 12, memory)."""
    trie: dict[str, Node]
    """Longer phrases: key -> child node; the "" key of a node below the first holds the
    phrases ending there (a first key's own phrases are in `single` only). A node no longer
    phrase goes on from is only those phrases, the tuple itself: 1,600 of the largest
    rubric's 2,700 nodes, each a dict of one key (184 bytes) held by every session (issue
    12, memory)."""
    starts: frozenset[tuple[str, str]]
    """The first two keys of every longer phrase. An article may sit between a phrase's
    first two words: the same pairs are looked up across it (as pairs with each article
    they were half of this set, 1,400 tuples held by every session: issue 12, memory)."""


def build_index(owners: Sequence[Owner]) -> PhraseIndex:
    trie: dict[str, Node] = {}
    placed = [
        (o, g, phrase)
        for o, owner in enumerate(owners)
        for g, group in enumerate(owner.evidence)
        for phrase in group
    ]
    # A first key's own phrases go to `single`, the longer ones to the trie: `_walk` starts
    # below a first key and never reads its own phrases (most first keys begin no longer
    # phrase: 1,000 small dicts fewer to hold and to read from the cache, and, made straight
    # into `single`, fewer to make and drop while compiling: issue 12).
    # Stemmed together, a batch at a time (`_keys_of`): a rubric's phrases share most of their
    # words. One entry however many keys its phrase has: 1,500 tuples fewer in the largest rubric.
    own: dict[str, list[Entry]] = {}
    for entry, keys in zip(placed, _keys_of([p for _, _, p in placed]), strict=True):
        o, g, _ = entry
        for key in keys:
            if len(key) == 1:
                ending = own.setdefault(key[0], [])
            else:
                node: Node = trie.setdefault(key[0], {})
                for part in key[1:]:
                    node = node.setdefault(part, {})  # type: ignore[assignment]
                ending = node.setdefault("", [])  # type: ignore[assignment]
            # Two phrases of one group with the same key ("cost", "costs") would find the
            # same words twice; the first one written names the mention.
            if not ending or not any(e[0] == o and e[1] == g for e in ending):
                ending.append(entry)
    single = {first: tuple(entries) for first, entries in own.items()}
    for top in trie.values():
        _seal(top)
    pairs = frozenset((first, second) for first, node in trie.items() for second in node)
    return PhraseIndex(single, trie, pairs)


_STEMMED_TOGETHER = 500
"""Phrases whose words `_keys_of` stems together."""


def _keys_of(phrases: Sequence[str]) -> Iterator[list[tuple[str, ...]]]:
    """`keys_of_phrases(phrases)`, one by one, stemmed `_STEMMED_TOGETHER` at a time: the
    keys of all of a rubric's 2,500 phrases at once, held while its index was built, were a
    third of a megabyte on top of it, in a first run that compiles it (issue 12, memory)."""
    for at in range(0, len(phrases), _STEMMED_TOGETHER):
        yield from keys_of_phrases(phrases[at : at + _STEMMED_TOGETHER])


def _seal(node: Node) -> None:
    """The phrases ending at each node below a first key as tuples, not the lists they were
    gathered in (1,600 of them in the largest rubric: 64 kB held by every session); a node
    that holds nothing else becomes its tuple (see `PhraseIndex.trie`)."""
    for key, child in node.items():
        if not key:
            node[key] = tuple(child)  # type: ignore[arg-type]
            continue
        below: Node = child  # type: ignore[assignment]
        if len(below) == 1 and "" in below:
            node[key] = tuple(below[""])  # type: ignore[arg-type]
        else:
            _seal(below)


def find_mentions(index: PhraseIndex, words: Words, owners: int) -> list[list[Mention]]:
    """Every phrase occurrence, per owner, in reading order (by first word, then last)."""
    found: list[list[Mention]] = [[] for _ in range(owners)]
    keys = words.keys
    if not keys:
        return found
    one_word = list(map(index.single.get, keys))
    for i in compress(range(len(keys)), one_word):
        for owner, group, phrase in one_word[i]:  # type: ignore[union-attr]
            found[owner].append(_mention((owner, group, i, i, phrase, None)))
    unsorted = set()
    for m in _longer_phrases(index, words):
        found[m.owner].append(m)
        unsorted.add(m.owner)
    for owner in unsorted:
        found[owner].sort(key=_reading_order)
    return found


_reading_order: Callable[[Mention], tuple[int, int]] = attrgetter("first", "last")
"""A mention's (first, last) word: read in C when an owner's mentions are sorted (a long
answer's owner has thousands; a Python key function was called for each)."""


def _longer_phrases(index: PhraseIndex, words: Words) -> list[Mention]:
    """Phrases of two or more words. A phrase never spans punctuation or a line break, and
    may skip an article ("monitor the drift" for "monitor drift")."""
    keys, parts = words.keys, words.parts
    n = len(keys)
    begins = index.starts
    # A longer phrase may begin where its first two keys stand ("cold start"), or its first
    # key before an article with its second key past it ("monitor the drift"): each decided
    # in C, a pair of words at a time. (Not every first key before an article: "for the",
    # "of a" are half the places a long answer could begin a phrase, and begin none.)
    pairs = zip(keys, keys[1:], strict=False)  # noqa: RUF007 (pairwise is slower here)
    together = compress(range(n - 1), map(begins.__contains__, pairs))
    before_article = list(compress(range(n - 2), map(ARTICLES.__contains__, keys[1 : n - 1])))
    firsts = map(keys.__getitem__, before_article)
    seconds = map(keys.__getitem__, map((2).__add__, before_article))
    at = map(begins.__contains__, zip(firsts, seconds, strict=True))
    past_article = compress(before_article, at)
    found: list[Mention] = []
    trie, walked = index.trie, -1
    for i in sorted([*together, *past_article]):  # (two runs in order: merged in C)
        if i != walked:  # (both ways: "run a/b tests" when "run a" begins a phrase too)
            _walk(trie[keys[i]], i, i + 1, keys, parts, found)
            walked = i
    return found


def _walk(
    node: Node,
    i: int,
    j: int,
    keys: Sequence[str],
    parts: Sequence[str],
    found: list[Mention],
) -> None:
    """Follow the trie from a phrase's first word at `i`, word `j` next. An article that is
    also a phrase's word (the "a" of "A/B") is tried both ways: "no need for a fallback" is
    read past the "a" even when "no need for an A/B test" is a phrase too."""
    last_word = len(keys) - 1
    while True:
        child = node.get(keys[j])
        if child is not None:
            if is_boundary(parts[2 * j]):
                break
            if keys[j] in ARTICLES and j < last_word and keys[j + 1] not in ARTICLES:
                skipped = node.get(keys[j + 1])
                if skipped is not None and not is_boundary(parts[2 * j + 2]):
                    # The article skipped: at most once per word of a phrase (never before
                    # another article), so the depth stays within a phrase's length.
                    _walk(node, i, j + 1, keys, parts, found)
            j += 1
        else:  # an article inside a phrase
            if j == last_word or keys[j] not in ARTICLES:
                break
            child = node.get(keys[j + 1])
            if child is None:
                break
            if is_boundary(parts[2 * j]) or is_boundary(parts[2 * j + 2]):
                break
            j += 2
        if type(child) is tuple:  # the phrases ending here, and none goes on
            found.extend(_mention((o, g, i, j - 1, p, None)) for o, g, p in child)
            break
        node = child  # type: ignore[assignment]
        ending: tuple[Entry, ...] | None = node.get("")  # type: ignore[assignment]
        if ending:
            found.extend(_mention((o, g, i, j - 1, p, None)) for o, g, p in ending)
        if j > last_word:
            break
