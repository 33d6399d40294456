"""The cue lists and a rubric's `not_negations` compiled into tries a first key at a time.

Also the keys the readings after the cue scan begin with (`_PATTERN_STARTS`).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import compress
from operator import and_, not_, or_

from designtrainer.grading.negation.clauses import _BUT, _TOO
from designtrainer.grading.negation.cues import (
    _LIKE_VERBS,
    _VERDICT_ANAPHORS,
    BOTH,
    FILLERS,
    POST,
    POST_TRIGGERS,
    PRE,
    PRE_TRIGGERS,
    PSEUDO,
    PSEUDO_TRIGGERS,
    VERDICTS,
)
from designtrainer.grading.negation.deferrals import (
    _ADDING,
    _LATER_FIRST,
    _LEAVE,
    _PUSH,
    _PUT,
    _SAME,
    _VERDICT_WORDS,
)
from designtrainer.grading.negation.faults import (
    _COSTING,
    _FAULT_HEADS,
    _LOT,
    _MEANING,
    _PREDICATE_FAULTS,
    _TROUBLES,
    _UNDERTAKINGS,
    _WOULD,
)
from designtrainer.grading.negation.marks import _Trigger
from designtrainer.grading.negation.refusals import (
    _ALONE,
    _LITTLE,
    _MAKING_DO,
    _NON,
    _PUTTING_PARTICLES,
    _REFUSED_AFTER_STARTS,
    _REFUSING_VERBS,
    _TEAM,
    _THAN,
)
from designtrainer.grading.negation.remedies import _ACCEPTING
from designtrainer.grading.negation.weighings import (
    _FOR_FIRST,
    _IN_PRACTICE_FIRST,
    _OTHERS_FIRST,
    _PREFERENCE_TURNS,
)
from designtrainer.grading.words import (
    ARTICLES,
    distinct_words,
    first_key,
    first_keys,
    keys_of_phrases,
    normalize_word,
)

_NOT_HEADS = (
    *(f"{neg} " for neg in ("isn't", "aren't", "wasn't", "isnt", "arent")),
    *(f"{verb} not " for verb in ("is", "are", "was", "were", "be")),
    "won't be ",
    "will not be ",
)
"""What a post-trigger "not X" is also read after, in place of its "not " ("isn't X")."""
_STATES = ("unnecessary", "overkill", "misleading", "irrelevant", "useless")
_STATE_HEADS = tuple(f"{verb} " for verb in ("is", "are", "was", "be", "seems"))
_TO_WHOM = (" to me", " to us")
_VERDICT_HEADS = (
    *(f"{verb} " for verb in ("is", "are", "was", "be", "seems", "sounds")),
    *(f"{anaphor} " for anaphor in _VERDICT_ANAPHORS),
)
_LIKE_HEADS = tuple(f"{verb} like " for verb in _LIKE_VERBS)


def _post_variants() -> list[str]:
    """ "X is not needed" must read as one post-trigger, not as the pre-trigger "is not".

    Made when the general cues are indexed, not kept: `POST_CUES` reads a text back to its
    post-trigger instead of holding the 6,300 variants (issue 12, memory)."""
    out = list(POST_TRIGGERS)
    pre = frozenset(PRE_TRIGGERS)  # asked once per post-trigger: not a scan of 380 each time
    for phrase in POST_TRIGGERS:
        if phrase.startswith("not "):
            rest = phrase[4:]
            out += [f"{head}{rest}" for head in _NOT_HEADS]
        if phrase in _STATES:
            out += [f"{head}{phrase}" for head in _STATE_HEADS]
        # "daily retraining feels premature to me": not the pre-trigger "premature to"
        if f"{phrase} to" in pre:
            out += [f"{phrase}{whom}" for whom in _TO_WHOM]
    for phrase in VERDICTS:
        out += [f"{head}{phrase}" for head in _VERDICT_HEADS[:6]]
        out += [f"{head}{phrase}" for head in _LIKE_HEADS if phrase.startswith("a ")]
        out += [f"{head}{phrase}" for head in _VERDICT_HEADS[6:]]
    return out


class _PostCues:
    """Whether a cue's text is a post-trigger or one of its variants (`_post_variants`),
    read back to the post-trigger or verdict it was made from: the variants as a set were
    6,300 strings and a 256 kB table through every session (issue 12, memory)."""

    def __init__(self) -> None:
        self.plain = frozenset(POST_TRIGGERS)
        self.verdicts = frozenset(VERDICTS)
        self.pre = frozenset(PRE_TRIGGERS)

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str):
            return False
        if text in self.plain:
            return True
        for head in _NOT_HEADS:
            if text.startswith(head) and f"not {text[len(head) :]}" in self.plain:
                return True
        for head in _STATE_HEADS:
            rest = text[len(head) :]
            if text.startswith(head) and rest in _STATES and rest in self.plain:
                return True
        for whom in _TO_WHOM:
            phrase = text[: -len(whom)]
            if text.endswith(whom) and phrase in self.plain and f"{phrase} to" in self.pre:
                return True
        for head in _VERDICT_HEADS:
            if text.startswith(head) and text[len(head) :] in self.verdicts:
                return True
        for head in _LIKE_HEADS:
            rest = text[len(head) :]
            if text.startswith(head) and rest.startswith("a ") and rest in self.verdicts:
                return True
        return False


class NegationRules:
    """The cue lists compiled into a trie of word keys, with one rubric's own `not_negations`
    added as pseudo-triggers.

    Built a first key at a time, as answers are read (`cover`): an answer meets a fraction of
    the 200 keys the 2,400 cues begin with, and building and storing them all cost a fresh
    `grade` a sixth of its time: compiling the trie, writing it to the compiled-rubric cache
    and reading it back, 2 MB of the compiled rubric (issue 12). On a text whose every key
    is covered, the rules find exactly what rules built whole find (the cues sharing a path
    share its first key, so every path such a text can walk is built whole)."""

    def __init__(self, not_negations: Iterable[str] = ()) -> None:
        not_negations = tuple(not_negations)
        self.not_negations = not_negations
        """The rubric's own pseudo-triggers, taken after the general ones under each key."""
        self.lazy = True
        """Built as texts are read (False: cut down to some keys once, see _beginning_with)."""
        self.covered: frozenset[str] = frozenset()
        """The keys whose cues are in the trie (or that begin none)."""
        self.trie: dict[str, object] = {}
        self._index()
        self.by_first = _general_cues().by_first
        """The general cues by the key each begins with, what `cover` builds from: kept with
        the rules (and in the compiled-rubric cache, as plain data), so that rules read back
        by a fresh process do not index all 2,400 cues again before their first reading."""
        firsts = {first_key(phrase) for phrase in not_negations}
        firsts.update(self.by_first)
        self.looked_at = frozenset(
            [*(k for k in firsts if k), _TOO, *_PATTERN_STARTS, *_REFUSED_AFTER_STARTS]
        )
        """Every key the scan stops at: the starts of cues (all of them, built or not: a
        key the scan stops at is covered then) and of the other patterns."""
        self.words = frozenset(
            map(
                normalize_word,
                distinct_words((*PSEUDO_TRIGGERS, *not_negations, *PRE_TRIGGERS, *POST_TRIGGERS)),
            )
        )
        """The words the cues are made of, as written: never read as a typo. (Each distinct
        word normalised once: `words_of` of each of the 1,000 cues normalised the same few
        hundred again and again, 1 ms of compiling a rubric.)"""

    @classmethod
    def whole(cls, not_negations: Iterable[str] = ()) -> NegationRules:
        """The rules with every cue built, as a reference (tests hold `cover` to it)."""
        rules = cls(not_negations)
        rules.lazy = False
        cues = list(_cues(rules.not_negations))
        for (kind, phrase), keys in zip(
            cues, keys_of_phrases((p for _, p in cues), joined=False), strict=True
        ):
            _add(rules.trie, kind, phrase, keys)
        rules.trie = {key: _folded(node) for key, node in rules.trie.items()}
        rules.covered = frozenset(rules.trie)
        rules._index()
        rules.looked_at = rules.starts | _PATTERN_STARTS | _REFUSED_AFTER_STARTS
        return rules

    def cover(self, keys: Iterable[str]) -> None:
        """Build the cues that begin with any of `keys` not covered yet.

        Under a lock: the app grades in a worker thread while its main thread may grade
        too. A reader never waits: it covers its own keys first, and what another thread
        adds meanwhile leaves everything under those keys as it was."""
        if not self.lazy:
            return
        new = set(keys).difference(self.covered)
        if not new:
            return
        with _COVERING:
            new.difference_update(self.covered)
            own: dict[str, list[str]] = {}
            for phrase in self.not_negations:
                key = first_key(phrase)
                if key in new:
                    own.setdefault(key, []).append(phrase)
            grew = False
            by_first = self.by_first
            cues_under = {
                key: _in_order(_pairs_of(by_first.get(key)), own.get(key, ()))
                for key in new
                if key in by_first or key in own
            }
            for key, node in _nodes(cues_under).items():
                if node is not None:
                    self.trie[key] = node
                    grew = True
            self.covered = self.covered.union(new)
            if grew:
                self._index()

    @classmethod
    def _beginning_with(cls, keys: Collection[str]) -> NegationRules:
        """The general rules cut down to the cues that begin with one of `keys`: on a text
        whose every key is one of these they find exactly what the whole set finds (see the
        class). Checking a rubric's `not_negations` needs no more, and building every cue
        cost a first load a tenth of its time (issue 12). `words` is left empty: nothing
        reads it here."""
        rules = cls.__new__(cls)
        general = _general_cues()
        rules.by_first = general.by_first
        rules.not_negations = ()
        rules.lazy = False
        rules.covered = frozenset(keys)
        rules.trie = {}
        for key in keys:
            node = general.under(key)
            if node is not None:
                rules.trie[key] = node
        rules._index()
        rules.looked_at = rules.starts | _PATTERN_STARTS | _REFUSED_AFTER_STARTS
        rules.words = frozenset()
        return rules

    def _index(self) -> None:
        """What the scan reads beside the trie, all taken from it (but `looked_at`)."""
        self.starts = frozenset([*(k for k in self.trie if k), _TOO])
        """Keys a negation or pseudo-negation can begin with."""
        self.alone = frozenset(
            [*(k for k, node in self.trie.items() if k and _ends_here(node)), _TOO]
        )
        """Keys that are a cue by themselves ("never"), and "too" (of "too slow to")."""
        self.pairs = frozenset(
            {
                (first, second)
                for first, node in self.trie.items()
                if first and isinstance(node, dict)
                for second in node
                if second
            }
        )
        """The first two keys of every longer cue: most words a cue can begin with ("is",
        "that", "we") begin none where they stand, and this (with a filler or an article as
        the second, "isn't really needed", see `_SKIPPED`) settles it without walking the
        trie. Not a pair for each filler and article under every key: a third of a session's
        rules (issue 12, memory). Copied from a set: sized once, half the table of one
        grown pair by pair."""


_COVERING = threading.Lock()
_SKIPPED = FILLERS | ARTICLES
"""Keys a cue walks over (`_trigger_at`): after a key that begins a longer cue, one of these
may still lead to the rest of it."""


def _add(trie: dict[str, object], kind: str, phrase: str, keys: Iterable[tuple[str, ...]]) -> None:
    """A cue into the trie, under its stems as written (`keys`: see `keys_of_phrases`); on a
    path taken already the first cue stays (a pre- and a post-trigger on one path make one
    of both kinds)."""
    for key in keys:
        node = trie
        for part in key:
            node = node.setdefault(part, {})  # type: ignore[assignment]
        old = node.get("")
        if old is None:
            node[""] = _Trigger(kind, phrase)
        elif isinstance(old, _Trigger) and {old.kind, kind} == {PRE, POST}:
            node[""] = _Trigger(BOTH, old.text)


def _folded(node: object) -> object:
    """The trie under `node` with every node that holds only its cue ({"": trigger}) made that
    trigger: most nodes end a cue and lead nowhere (3,900 of a session's 5,600 after
    reject19's readings), and a dict each was 0.8 MB (issue 12, memory). The walks
    (`refusals._walk`) read a trigger met as a child as a cue ending there."""
    if not isinstance(node, dict):
        return node
    if len(node) == 1 and "" in node:
        return node[""]
    for key, child in node.items():
        if key:
            node[key] = _folded(child)  # in place: a copy would hold the trie twice at once
    return node


def _ends_here(node: object) -> bool:
    """Whether a cue ends at `node` (a folded leaf is its trigger)."""
    return isinstance(node, _Trigger) or "" in node  # type: ignore[operator]


def _cues(not_negations: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """Every cue as (kind, text), in the order the trie takes them."""
    for kind, phrases in _cue_lists(not_negations):
        for phrase in phrases:
            yield kind, phrase


def _cue_lists(not_negations: Iterable[str] = ()) -> list[tuple[str, Sequence[str]]]:
    """The cues of each kind, in the order the trie takes them (see `_cues`)."""
    return [
        (PSEUDO, (*PSEUDO_TRIGGERS, *not_negations)),
        (PRE, PRE_TRIGGERS),
        (POST, _post_variants()),
    ]


class _GeneralCues:
    """The general cues (no rubric's exceptions) under the key each begins with, in order,
    and the general trie under a key, built when first asked: finding a cue's first key
    stems one word of it, where building its path stems them all."""

    def __init__(self) -> None:
        codes: dict[str, list[str]] = {}
        texts: dict[str, list[str]] = {}
        for kind, phrases in _cue_lists():
            for phrase, key in zip(phrases, first_keys(phrases), strict=True):
                if key is not None:
                    codes.setdefault(key, []).append(_CODES[kind])
                    texts.setdefault(key, []).append(phrase)
        # (no (kind, text) tuple per cue on the way: 7,000 of them at a first load)
        self.by_first: dict[str, ByFirst] = {
            key: ("".join(codes[key]), _SEPARATOR.join(group)) for key, group in texts.items()
        }
        self.built: dict[str, dict[str, object] | None] = {}

    def under(self, key: str) -> dict[str, object] | None:
        """The general trie's node under a first key (None: no cue begins with it)."""
        if key not in self.built:
            self.built[key] = _nodes({key: _pairs_of(self.by_first.get(key))})[key]
        return self.built[key]


ByFirst = tuple[str, str]
"""The cues under one first key as (a letter for each one's kind, their texts joined by a
newline), in order: two strings, not a (kind, text) tuple and a string per cue, which were
0.9 MB of every session once reject19's readings brought the cues to 7,000 (issue 12,
memory); split again only for the keys an answer meets, as it is read."""
_KINDS = {"s": PSEUDO, "<": PRE, ">": POST}
_CODES = {kind: code for code, kind in _KINDS.items()}
_SEPARATOR = "\n"
"""What joins the texts of a `ByFirst`: no cue holds it (a cue is words of one line)."""


def _pairs_of(cues: ByFirst | None) -> list[tuple[str, str]]:
    """The (kind, text) of each cue of a `by_first` entry, made for the moment of building."""
    if cues is None:
        return []
    kinds, texts = cues
    return list(zip(map(_KINDS.__getitem__, kinds), texts.split(_SEPARATOR), strict=True))


def _in_order(cues: Sequence[tuple[str, str]], own: Sequence[str]) -> Sequence[tuple[str, str]]:
    """The general cues beginning with a first key and a rubric's own pseudo-triggers
    beginning with it, in the order `_cues` gives: the own ones after the general
    pseudo-triggers, before the other cues (on a path, the first cue taken stays)."""
    if not own:
        return cues
    pseudo = [cue for cue in cues if cue[0] == PSEUDO]
    others = [cue for cue in cues if cue[0] != PSEUDO]
    return [*pseudo, *((PSEUDO, p) for p in own), *others]


def _nodes(
    cues_under: Mapping[str, Sequence[tuple[str, str]]],
) -> dict[str, dict[str, object] | None]:
    """The trie's node under each first key, from the cues beginning with it in the order
    they are taken (see `_in_order`); None for a key no cue begins with.

    The cues of many keys are stemmed together (about `_STEMMED_TOGETHER` at a time): they share
    most of their words ("is not ..."), and an answer's first reading builds the 1,500 cues of a
    hundred keys (issue 12). Not all of them at once: their words and keys, held together
    while the trie was built, were 1.2 MB on top of it at a session's peak (its first grading:
    issue 12, memory)."""
    nodes: dict[str, dict[str, object] | None] = {}
    batch: dict[str, Sequence[tuple[str, str]]] = {}
    size = 0
    for key, cues in cues_under.items():
        batch[key] = cues
        size += len(cues)
        if size >= _STEMMED_TOGETHER:
            _build(batch, nodes)
            batch, size = {}, 0
    _build(batch, nodes)
    return nodes


_STEMMED_TOGETHER = 200
"""The cues `_nodes` gathers before stemming their words together: a batch ends with the key
that brings it to this many (a key's cues are never split, one key may bring more)."""


def _build(
    cues_under: Mapping[str, Sequence[tuple[str, str]]],
    nodes: dict[str, dict[str, object] | None],
) -> None:
    """`_nodes` of these keys, into `nodes`, their cues' words stemmed together."""
    phrases = [phrase for cues in cues_under.values() for _, phrase in cues]
    written = iter(keys_of_phrases(phrases, joined=False))
    for key, cues in cues_under.items():
        trie: dict[str, object] = {}
        for kind, phrase in cues:
            _add(trie, kind, phrase, next(written))
        nodes[key] = _folded(trie[key]) if key in trie else None  # type: ignore[assignment]


@cache
def _general_cues() -> _GeneralCues:
    """Built when checking first asks, not at import; a loaded library drops it (nothing after
    loading uses it)."""
    return _GeneralCues()


def _cue_starts(
    rules: NegationRules, keys: Sequence[str], looked_at: list[int], looked_keys: list[str]
) -> list[int]:
    """The words among `looked_at` where a cue may begin: its key begins one, and a cue of
    that key alone, or of the key and the next one (or a filler or an article after it).
    Picked out in C, for all of them at once: a long answer's scan stops at 70,000 words,
    and a cue may begin at a fifth of them (issue 12). `looked_keys` are their keys."""
    starting = list(compress(looked_at, map(rules.starts.__contains__, looked_keys)))
    if not starting:
        return []
    last = len(keys) - 1
    at_end = starting[-1] == last  # the last word has no next one
    inner = starting[:-1] if at_end else starting
    firsts = list(map(keys.__getitem__, inner))
    nexts = list(map(keys[1:].__getitem__, inner))  # (a copy in C: no sum per word)
    direct = list(
        map(
            or_,
            map(rules.alone.__contains__, firsts),
            map(rules.pairs.__contains__, zip(firsts, nexts, strict=True)),
        )
    )
    # A cue that goes on past a filler or an article ("is a", "for the") only when the word
    # after it is its second key, or another filler (then walked word by word).
    skipped = map(_SKIPPED.__contains__, nexts)
    past = list(compress(inner, map(and_, map(not_, direct), skipped)))
    found = [*compress(inner, direct), *_going_on_past_skipped(rules.pairs, keys, past)]
    if at_end and keys[last] in rules.alone:
        found.append(last)
    return sorted(found)


def _going_on_past_skipped(
    pairs: Collection[tuple[str, str]], keys: Sequence[str], past: list[int]
) -> list[int]:
    """Those of the words `past` (each before a filler or an article, and no cue with it)
    where a longer cue may go on past it, as `_goes_on_past_skipped` finds: in C, for all of
    them at once, when the word after the filler is the cue's second key; word by word only
    past a second filler. (Each word asked alone was two thirds of a long answer's scan:
    "or a", "is the", "for a".)"""
    if past and past[-1] + 2 >= len(keys):
        past = past[:-1]  # (a filler ends the text: no cue goes on past it)
    after = list(map(keys[2:].__getitem__, past))
    firsts = map(keys.__getitem__, past)
    second = compress(past, map(pairs.__contains__, zip(firsts, after, strict=True)))
    further = compress(past, map(_SKIPPED.__contains__, after))
    return sorted({*second, *(i for i in further if _goes_on_past_skipped(pairs, keys, i))})


def _goes_on_past_skipped(pairs: Collection[tuple[str, str]], keys: Sequence[str], i: int) -> bool:
    """Whether a longer cue of word i's key may go on past the fillers and articles after it
    (`_trigger_at` walks over them): one of them, or the word after them, is the cue's second
    key. Without it, "or a", "is the", "for a" would each be walked from (two thirds of the
    words a long answer's scan asked about)."""
    first, n = keys[i], len(keys)
    j = i + 1
    while j < n and keys[j] in _SKIPPED:
        if (first, keys[j]) in pairs:
            return True
        j += 1
    return j < n and (first, keys[j]) in pairs


POST_CUES = _PostCues()
"""Cues that judge what came before them ("not needed", "overrated"): after a label ("Opt-out
attribution: not needed for v1") they judge the label."""

_PATTERN_STARTS = frozenset(
    (
        *_LATER_FIRST,
        *_ADDING,
        *_PREFERENCE_TURNS,
        *_BUT,
        *_IN_PRACTICE_FIRST,
        _ALONE,
        _NON,
        *_LEAVE,
        *_PUT,
        *_PUSH,
        *_VERDICT_WORDS,
        *_ACCEPTING,
        _SAME,
        *_COSTING,
        *_LOT,
        *_FAULT_HEADS,
        *_PREDICATE_FAULTS,
        *_WOULD,
        *_TROUBLES,
        _LITTLE,
        _THAN,
        *_UNDERTAKINGS,
        *_MEANING,
        *_TEAM,
        *_FOR_FIRST,
        *_OTHERS_FIRST,
        *_REFUSING_VERBS,
        *_PUTTING_PARTICLES,
        *_MAKING_DO,
    )
)
"""The keys the patterns besides the cue lists begin with (deferred notes, "I'd add X
later", preferences, weighed-then-dropped, "X alone", "non-", "leave X out")."""
