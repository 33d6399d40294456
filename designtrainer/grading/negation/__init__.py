"""Stage 3 of grading, negation: which mentions sit inside a negation's scope (NegEx style).

A trigger before a concept ("no need for X", "we won't X") or after it ("X is not needed")
negates words up to SCOPE words away, stopping at punctuation, line breaks and words that start
a new clause ("but", "and", "we", "using"...). Pseudo-triggers look like negations but are not
("not only", "can't ignore", "no more than"); they are matched first and skipped. Triggers are
compared on word keys, like the phrases, so "isn't necessary" and "is not necessarily" both
work. Everything here is general English; words that only look like a negation in one case
(the "Not spam" button) are that rubric's `not_negations`.

The next stage, judgement, reads how each remaining mention is used.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import compress, islice, repeat
from operator import attrgetter, contains, or_

from designtrainer.grading.mentions import Mention
from designtrainer.grading.negation.clauses import (
    _ACKNOWLEDGEMENT,
    _ANAPHORIC,
    _ANAPHORS,
    _BACK_REFERENCES,
    _BUT,
    _CLOSING,
    _CONDITION_OPENERS,
    _CONDITIONAL,
    _JOINING,
    _LEAD_INS,
    _OBJECT_TAILS,
    _PARTICLES_AFTER,
    _SENTENCE_REACH,
    _SOFTENERS,
    _SUBJECTS,
    _TAKE_BACK_WORDS,
    _THIRD_PERSON_OPENERS,
    _TO,
    _TOO,
    _TREATING,
    _UNDOING,
    CLAUSE_OPENERS,
    _afterthought,
    _clause_starts,
    _colon_or_dash,
    _line_after_colon,
    _list_below,
    _note_label,
    _only_anaphors,
    _opens_on_condition,
    _opens_sentence,
    _previous_sentence,
    _refers_back,
    _refers_to_object,
    _restricted,
    _said_before,
    _said_in_earlier_clause,
    _sentence_start,
    _takes_back,
)
from designtrainer.grading.negation.clauses import FIRST_PERSON as FIRST_PERSON
from designtrainer.grading.negation.clauses import SUBORDINATORS as SUBORDINATORS
from designtrainer.grading.negation.clauses import clause_around as clause_around
from designtrainer.grading.negation.clauses import describes as describes
from designtrainer.grading.negation.cues import (
    _CLOSING_VERDICTS,
    _CONDITIONAL_VERDICTS,
    _LIKE_VERBS,
    _VERDICT_ANAPHORS,
    BOTH,
    FILLERS,
    POST,
    PRE,
    PSEUDO,
    VERDICTS,
)
from designtrainer.grading.negation.cues import PLAIN_NEGATIONS as PLAIN_NEGATIONS
from designtrainer.grading.negation.cues import POST_TRIGGERS as POST_TRIGGERS
from designtrainer.grading.negation.cues import PRE_TRIGGERS as PRE_TRIGGERS
from designtrainer.grading.negation.cues import PSEUDO_TRIGGERS as PSEUDO_TRIGGERS
from designtrainer.grading.negation.cues import SCOPE as SCOPE
from designtrainer.grading.negation.cues import TERMINATORS as TERMINATORS
from designtrainer.grading.negation.marks import Negation as Negation
from designtrainer.grading.negation.marks import Negations as Negations
from designtrainer.grading.negation.marks import _Trigger, _with
from designtrainer.grading.negation.scopes import (
    _MEANS,
    _TOPIC_WORDS,
    _VERDICT_COPULAS,
    _not_a_figure,
    _opinion_clause,
    _scope_after,
    _scope_before,
    _subject_of_verdict,
    _waited_for,
)
from designtrainer.grading.words import (
    ARTICLES,
    Words,
    distinct_words,
    first_key,
    is_boundary,
    keys_of_phrases,
    normalize_word,
    plain,
    stem,
    stems,
    tokenize,
)


def _post_variants() -> list[str]:
    """ "X is not needed" must read as one post-trigger, not as the pre-trigger "is not"."""
    out = list(POST_TRIGGERS)
    pre = frozenset(PRE_TRIGGERS)  # asked once per post-trigger: not a scan of 380 each time
    for phrase in POST_TRIGGERS:
        if phrase.startswith("not "):
            rest = phrase[4:]
            out += [f"{neg} {rest}" for neg in ("isn't", "aren't", "wasn't", "isnt", "arent")]
            out += [f"{verb} not {rest}" for verb in ("is", "are", "was", "were", "be")]
            out += [f"won't be {rest}", f"will not be {rest}"]
        if phrase in ("unnecessary", "overkill", "misleading", "irrelevant", "useless"):
            out += [f"{verb} {phrase}" for verb in ("is", "are", "was", "be", "seems")]
        # "daily retraining feels premature to me": not the pre-trigger "premature to"
        if f"{phrase} to" in pre:
            out += [f"{phrase} to me", f"{phrase} to us"]
    for phrase in VERDICTS:
        out += [f"{verb} {phrase}" for verb in ("is", "are", "was", "be", "seems", "sounds")]
        out += [f"{verb} like {phrase}" for verb in _LIKE_VERBS if phrase.startswith("a ")]
        out += [f"{anaphor} {phrase}" for anaphor in _VERDICT_ANAPHORS]
    return out


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
                key: _in_order(by_first.get(key, ()), own.get(key, ()))
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
            [*(k for k, node in self.trie.items() if k and "" in node), _TOO]  # type: ignore[operator]
        )
        """Keys that are a cue by themselves ("never"), and "too" (of "too slow to")."""
        self.pairs = frozenset(
            (first, second)
            for first, node in self.trie.items()
            if first
            for second in node  # type: ignore[attr-defined]
            if second
        )
        """The first two keys of every longer cue: most words a cue can begin with ("is",
        "that", "we") begin none where they stand, and this (with a filler or an article as
        the second, "isn't really needed", see `_SKIPPED`) settles it without walking the
        trie. Not a pair for each filler and article under every key: a third of a session's
        rules (issue 12, memory)."""


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


def _cues(not_negations: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """Every cue as (kind, text), in the order the trie takes them."""
    for kind, phrases in (
        (PSEUDO, (*PSEUDO_TRIGGERS, *not_negations)),
        (PRE, PRE_TRIGGERS),
        (POST, _post_variants()),
    ):
        for phrase in phrases:
            yield kind, phrase


class _GeneralCues:
    """The general cues (no rubric's exceptions) under the key each begins with, in order,
    and the general trie under a key, built when first asked: finding a cue's first key
    stems one word of it, where building its path stems them all."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[str, str]]] = {}
        for kind, phrase in _cues():
            key = first_key(phrase)
            if key is not None:
                self.by_first.setdefault(key, []).append((kind, phrase))
        self.built: dict[str, dict[str, object] | None] = {}

    def under(self, key: str) -> dict[str, object] | None:
        """The general trie's node under a first key (None: no cue begins with it)."""
        if key not in self.built:
            self.built[key] = _nodes({key: self.by_first.get(key, [])})[key]
        return self.built[key]


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

    The cues of all the keys are stemmed together: they share most of their words ("is not
    ..."), and an answer's first reading builds the 1,500 cues of a hundred keys (issue 12)."""
    phrases = [phrase for cues in cues_under.values() for _, phrase in cues]
    written = iter(keys_of_phrases(phrases, joined=False))
    nodes: dict[str, dict[str, object] | None] = {}
    for key, cues in cues_under.items():
        trie: dict[str, object] = {}
        for kind, phrase in cues:
            _add(trie, kind, phrase, next(written))
        nodes[key] = trie.get(key)  # type: ignore[assignment]
    return nodes


@cache
def _general_cues() -> _GeneralCues:
    """Built when checking first asks, not at import; a loaded library drops it (nothing after
    loading uses it)."""
    return _GeneralCues()


def has_negation_cue(phrase: str) -> bool:
    """Whether a phrase holds a negation trigger: a rubric's `not_negations` must, or listing
    it changes nothing."""
    words = tokenize(phrase)
    words.keys = [stem(w) for w in words.words]
    rules = NegationRules._beginning_with(set(words.keys))
    return bool(find_negations(rules, words).triggers)


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
    nexts = list(map(keys.__getitem__, map((1).__add__, inner)))
    may = map(
        or_,
        map(rules.alone.__contains__, firsts),
        map(
            or_,
            map(rules.pairs.__contains__, zip(firsts, nexts, strict=True)),
            map(_SKIPPED.__contains__, nexts),
        ),
    )
    found = list(compress(inner, may))
    if at_end and keys[last] in rules.alone:
        found.append(last)
    return found


def find_negations(rules: NegationRules, words: Words) -> Negations:
    """Every trigger in the answer and the words in its scope."""
    first_cover: dict[int, Negation] = {}
    also: dict[int, Negation] = {}
    triggers: dict[int, Negation] = {}
    keys, raw = words.keys, words.words
    covering = _Covering(first_cover, also)
    n = len(keys)
    skip_until = -1
    # The words any cue or pattern begins with, found in one pass; each pattern below
    # picks its own from these.
    looked_at = list(compress(range(n), map(rules.looked_at.__contains__, keys)))
    looked_keys = list(map(keys.__getitem__, looked_at))  # in C, read by the passes below
    rules.cover(set(looked_keys))
    trie = rules.trie
    for i in _cue_starts(rules, keys, looked_at, looked_keys):
        if i < skip_until:
            continue
        found = _trigger_at(trie, words, i) or _too_to(words, i)
        if found is None:
            continue
        found = _verdict_or_shorter_cue(trie, words, i, found)
        if found is None:
            continue
        trig, end = found
        skip_until = end
        if trig.kind == PSEUDO or _QUOTE_OPENERS.intersection(words.before(i)[-1:]):
            continue  # users click "Not interested": a quoted cue names something
        neg = Negation(trig.text, i, end - 1)
        for k in range(i, end):
            triggers[k] = neg
        if trig.kind in (PRE, BOTH):
            reach = end
            for k in _scope_after(words, end):
                covering.setdefault(k, neg)
                reach = k + 1
            if trig.text not in PLAIN_NEGATIONS:
                for k in _waited_for(words, reach):
                    covering.setdefault(k, neg)
            for k in _fronted(words, i):
                covering.setdefault(k, neg)
            for k in _opinion_clause(words, trig.text, end):
                covering.setdefault(k, neg)
            for k in _refused_fragment(words, trig.text, i, reach):
                covering.setdefault(k, neg)
            for k in _shared_object(words, end, reach):
                covering.setdefault(k, neg)
            for k in _refused_means(words, trig.text, end, reach):
                covering.setdefault(k, neg)
            for k in _refused_list(words, end, reach):
                covering.setdefault(k, neg)
            for k in _parallel_pair(words, end, reach):
                covering.setdefault(k, neg)
            for k in _contact_clause(words, end, reach):
                covering.setdefault(k, neg)
        if trig.kind in (POST, BOTH):
            before = list(_scope_before(words, i))
            for k in before:
                covering.setdefault(k, neg)
            for k in _subject_of_verdict(words, i, trig.text):
                covering.setdefault(k, neg)
            j = i - 1 if i > 1 and raw[i - 1].lower() in _WHICH_COPULAS else i
            if j > 0 and raw[j - 1].lower() in ("which", "that", "this"):
                # "..., which doesn't matter", "..., which is too slow": the whole clause it
                # refers to.
                k = j - 1
                while k >= 0 and not words.sentence_break_before(k):
                    k -= 1
                    covering.setdefault(k, neg)
            elif not before and _colon_or_dash(words.before(i)):
                # "Opt-out attribution across pushes: not needed for v1": the verdict after a
                # colon (or a dash: "Exploration for filter bubbles \u2014 not needed, ...") is on
                # what stands before it, back to the start of its line.
                k = i - 1
                while k >= 0:
                    covering.setdefault(k, neg)
                    if k == 0 or "\n" in words.before(k) or words.sentence_break_before(k):
                        break
                    k -= 1
            elif _afterthought(words, i, end):
                # "Deep models (sequence models, graph nets) — not now."
                k = i - 1
                while k >= 0:
                    covering.setdefault(k, neg)
                    if _clause_starts(words, k):
                        break
                    k -= 1
            elif not before and i > 0 and words.sentence_break_before(i):
                # "I considered X, but ... . Maybe later, not for the first version.": a
                # sentence that is only a verdict judges the sentence before it.
                for k in _previous_sentence(words, i):
                    covering.setdefault(k, neg)
            elif i > 0 and (
                _only_anaphors(raw, before, i)
                or (
                    trig.text.startswith(_VERDICT_ANAPHORS)
                    and all(raw[k].lower() in _ANAPHORIC for k in before)
                )
            ):
                # "There's an argument for X. I think it's overrated." takes back what "it"
                # stands for: the sentence before, and what its own sentence said before the
                # clause ("X with Y or Z - I went back and forth on it, and I think it's
                # overrated").
                start = min(before, default=i)
                earlier = _said_in_earlier_clause(words, start)
                for k in earlier:
                    covering.setdefault(k, neg)
                own = _sentence_start(words, start)
                if not earlier or not (
                    (own > 0 and "\n" in words.before(own))
                    or any(plain(raw[k]) in _TREATING for k in before)
                ):
                    # (when its sentence said something before it, "I'd treat it as ..." or a
                    # line of its own points at that, not at the sentence before)
                    for k in _previous_sentence(words, start):
                        covering.setdefault(k, neg)
            elif i > 2 and plain(raw[i - 1]) in _TREATING:
                # "Intraday re-forecasting for top-ups I'd treat as a separate product": the
                # object put before "I'd treat as"
                for k in _fronted(words, i - 1, _TREATED_WORDS):
                    covering.setdefault(k, neg)
        if trig.kind in (PRE, BOTH):
            # "I would not add:" and a list below it: every item of the list.
            for k in _list_below(words, end):
                covering.setdefault(k, neg)
            if trig.text not in PLAIN_NEGATIONS:
                # "What I would not build: drift monitoring, re-ranking.": the rest of the line
                for k in _line_after_colon(words, end):
                    covering.setdefault(k, neg)
        if trig.text not in PLAIN_NEGATIONS and _refers_back(words, i, end, trig.kind):
            # "Position bias: ... I'm not convinced it's worth the complexity": the note's
            # "it" is its label.
            for k in _note_label(words, i):
                covering.setdefault(k, neg)
        if trig.kind == PRE and _rejects_previous_sentence(words, raw, i, end):
            rejection = Negation(f"{raw[i - 1]} {trig.text}", i - 1, end - 1)
            # "X rewards outrage bait, so we won't.": back over the "so" too.
            # ("Retraining I'd leave manual for now": from the word before the subject, not
            # past the start of its sentence.)
            k = (
                i - 2
                if _clause_starts(words, i - 1) or raw[i - 2].lower() not in _CLOSING
                else i - 3
            )
            while k >= 0:
                covering.setdefault(k, rejection)
                if _clause_starts(words, k):
                    break
                k -= 1
        elif (
            trig.kind in (PRE, BOTH)
            and trig.text not in PLAIN_NEGATIONS
            and end < n
            and plain(raw[end]) in _ANAPHORS | {"it's", "that's"}
            and _opens_sentence(words, i)
            and not _restricted(words, end + 1)
        ):
            # "People talk about X. I'm not convinced it buys us much.": "it" is X.
            for k in _previous_sentence(words, i):
                covering.setdefault(k, neg)
        elif (
            trig.kind in (PRE, BOTH)
            and trig.text not in PLAIN_NEGATIONS
            and _opens_sentence(words, i)
            and _refers_to_object(words, end)
        ):
            # "X make the labels noisy. I know. I wouldn't try to clean that up.": the
            # refused clause's object is "that", what the sentence before (past a short
            # acknowledgement) says.
            previous = list(_previous_sentence(words, i))
            if 0 < len(previous) <= _ACKNOWLEDGEMENT:
                previous = list(_previous_sentence(words, min(previous)))
            for k in previous:
                covering.setdefault(k, neg)
        elif trig.kind in (PRE, BOTH) and (
            _takes_back(words, end)
            or any(w.replace("\u2019", "'") in _ANAPHORS for w in trig.text.split()[1:])
        ):
            # "X is the usual answer; I'd start without any of that": "that" is X; "X sounds
            # clever, but ... so I'd skip it": X said earlier in the same sentence.
            covering.cover(_said_before(words, i) or _previous_sentence(words, i), neg)
    for k, neg in _refused_after(words, looked_at):
        covering.setdefault(k, neg)
        triggers.setdefault(neg.first, neg)
    # The patterns below begin with keys of their own, and look for them among these only.
    looked_at = list(compress(looked_at, map(_PATTERN_STARTS.__contains__, looked_keys)))
    for k, neg in _deferred(words, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _preferred_over(words, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _answered_no(words, triggers):
        covering.setdefault(k, neg)
    for k, neg in _fronted_topic(words, triggers):
        covering.setdefault(k, neg)
    for k, neg in _fronted_object(words, triggers):
        covering.setdefault(k, neg)
    for k, neg in _left_standing(words, triggers):
        covering.setdefault(k, neg)
    for k, neg in _handed_to_team(words, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _cost_after_refusal(words, triggers):
        covering.setdefault(k, neg)
    for k, neg in _relative_refusal(words, looked_at):
        covering.setdefault(k, neg)
    if '"' in words.text or "\u201d" in words.text:
        for k, neg in _quoted_claim(words, triggers):
            covering.setdefault(k, neg)
    for k, neg in _alone(words, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _non_prefixed(words, looked_at):
        covering.setdefault(k, neg)
        triggers[neg.first] = neg
    for k, neg in _left_out(words, looked_at):
        covering.setdefault(k, neg)
        triggers.setdefault(neg.first, neg)
    for k, neg in _deferred_notes(words, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _put_off(words, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _short_verdicts(words, looked_at):
        covering.setdefault(k, neg)
    accepted: dict[int, Negation] = {}
    for k, neg in _accepted(words, looked_at):
        covering.setdefault(k, neg)
        accepted[neg.first] = neg
    for neg in _shortcomings_accepted(words, looked_at):
        # "we accept some noise": the shortcoming accepted is no remedy of it (reject11)
        covering.setdefault(neg.last, neg)
        accepted.setdefault(neg.first, neg)
    for k, neg in _costly(words, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _judged_by_faults(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _judged_by_predicate(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _would_cost(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _judged_by_trouble(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _same_for(words, looked_at, triggers):
        covering.setdefault(k, neg)
    if "\u2260" in words.text or "!=" in words.text:
        for k, neg in _not_equal(words):
            covering.setdefault(k, neg)
    for run, neg in _weighed_then_dropped(words, triggers, looked_at):
        covering.cover(run, neg)
    for k, neg in _weighed_then_dropped_later(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _weighed_then_faulted(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _possible_then_dropped(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _conceded_then_dismissed(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _voiced_then_dropped(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for k, neg in _voiced_then_other_course(words, triggers, looked_at):
        covering.setdefault(k, neg)
    for run, neg in _weighed_then_for_now(words, looked_at):
        covering.cover(run, neg)
    for k, neg in _refused_remedy(words, triggers, accepted):
        covering.setdefault(k, neg)
    return Negations(first_cover, triggers, n, also)


class _Covering:
    """Word -> negation, keeping the first negation to reach a word and one other: a word may
    sit in the scope of a cue that is part of an idea ("never shown", "without a fallback")
    and of another that rejects the idea ("... can't be negatives", "... would be reckless").

    A word that holds two is settled: no later negation changes it (but a plain "no" or "not"
    first gives way to a verdict, once). `cover` skips settled words, so that cues which each
    reach back to the start of one long sentence (a long text with no punctuation is one)
    do not read it all again each: that was quadratic."""

    __slots__ = ("_settled", "_settled_for_plain", "also", "first")

    def __init__(self, first: dict[int, Negation], also: dict[int, Negation]) -> None:
        self.first, self.also = first, also
        self._settled = _Settled()
        """Words no negation changes any more: two held, the first no plain negation."""
        self._settled_for_plain = _Settled()
        """Words no plain negation changes any more: two held."""

    def setdefault(self, k: int, neg: Negation) -> None:
        old = self.first.setdefault(k, neg)
        if old is not neg and old != neg:
            if old.trigger in PLAIN_NEGATIONS and neg.trigger not in PLAIN_NEGATIONS:
                # "there's no feedback loop to worry about": the dismissal, not the plain
                # "no", is what covers it first
                self.first[k] = neg
                self.also.setdefault(k, old)
            else:
                self.also.setdefault(k, neg)
            self._settled_for_plain.settle(k)
            if self.first[k].trigger not in PLAIN_NEGATIONS:
                self._settled.settle(k)

    def cover(self, run: Iterable[int], neg: Negation) -> None:
        """`setdefault` for every word of a run; of a range (either way), settled words are
        skipped without being looked at."""
        if not isinstance(run, range) or run.step not in (1, -1):
            for k in run:
                self.setdefault(k, neg)
            return
        lo, end = (run.start, run.stop) if run.step == 1 else (run.stop + 1, run.start + 1)
        settled = self._settled_for_plain if neg.trigger in PLAIN_NEGATIONS else self._settled
        k = settled.open_from(lo)
        while k < end:
            self.setdefault(k, neg)
            k = settled.open_from(k + 1)


class _Settled:
    """A set of settled words that finds the first word at or after k not in it, skipping
    runs of settled words in near-constant time (each points past itself, and the pointers
    of a run are shortened to its end as they are followed)."""

    __slots__ = ("_past",)

    def __init__(self) -> None:
        self._past: dict[int, int] = {}

    def settle(self, k: int) -> None:
        self._past.setdefault(k, k + 1)

    def open_from(self, k: int) -> int:
        past = self._past
        end = k
        while end in past:
            end = past[end]
        while k in past and past[k] != end:
            past[k], k = end, past[k]
        return end


# "I'd add X later", "only add class weights if the model struggles", "the kind of thing I'd
# add once the model is established": an addition put off until later, or until a condition.
_ADDING = stems("add introduce layer revisit bring build dig explore try consider think look")
_MODALS = frozenset("i'd we'd would could can might only we'll i'll will let's".split())
# "later", and a condition nobody expects to meet: "we could add X if needed".
_LATER = stems("later eventually once needed necessary required")
_IF = stems("if when")
_CONDITIONS = stems("if once")


# Labels that put everything in their note off: "Possible improvements: a reranker, ...".
_LATER_LABELS = tuple(
    tuple(stem(w) for w in phrase.split())
    for phrase in (
        "possible improvements",
        "possible extensions",
        "future improvements",
        "future work",
        "later improvements",
        "nice to haves",
        "stretch goals",
        "if time permits",
        "if there is time",
        "later",
        "v2",
        # "Not now: X", "Out of scope: X", "Parked: X", "Phase 2: X"
        "not now",
        "not yet",
        "not for now",
        "not in v1",
        "not for v1",
        "not doing",
        "won't do",
        "out of scope",
        "skipped",
        "deferred",
        "parked",
        "postponed",
        "dropped",
        "later on",
        "someday",
        "future",
        "future ideas",
        "ideas for later",
        "for later",
        "backlog",
        "phase 2",
        "phase two",
        "v2 ideas",
        "things i'd skip",
        "what i'd skip",
        "what i would skip",
        "deliberately skipped",
        "deliberately left out",
        "left out",
    )
)

_LATER_FIRST = frozenset(phrase[0] for phrase in _LATER_LABELS)


_LEAVE = stems(("leave", "leaving", "left"))
_OUT = frozenset(("out", "aside"))
_LEFT_OUT_REACH = 5
_JOINED_OBJECTS = 2
"""More words "leave ... out" may span when it joins two objects ("A and B")."""
_OBJECT_JOINERS = frozenset(("and", "or"))


_UNTIL = frozenset(("until", "till"))
# Words that make "leave X ... until" keep X as it is: "leave the old model running until",
# "leave the spreadsheet in charge until", "leave it as is until".
_KEPT_AS_IS = frozenset(
    "in on as at alone there live running serving working going untouched unchanged be it "
    "them that this".split()
)


def _put_off_until(raw: Sequence[str], i: int, j: int) -> bool:
    """Whether "leave" at i and "until" at j put off what stands between them ("I'd leave an
    embedding index until the zero-result numbers tell us we need it"), rather than keep it
    as it is until then ("leave the old model running until ..."): between them only a
    noun phrase, one word at least, with no preposition, no word that keeps it going, no
    pronoun (what "it" stands for is said before)."""
    between = [raw[k].lower() for k in range(i + 1, j)]
    return bool(between) and not any(w in _KEPT_AS_IS for w in between)


def _left_out(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "I'd leave dedicated exploration out of the first launch", "leave the survey
    signal aside": what stands between "leave" and "out"/"aside" is left out ("keep PII out
    of the prompt" protects, so "keep" is not read). Objects joined by "and"/"or" are left
    out together ("leave zero-result and reformulation rates out of the decision"): only the
    "out" or "aside" closing them within reach makes the reading."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _LEAVE):
        reach = i + 2 + _LEFT_OUT_REACH
        for j in range(i + 2, min(n, reach + _JOINED_OBJECTS)):
            word = raw[j].lower()
            if word in _OBJECT_JOINERS:
                reach += _JOINED_OBJECTS
            if j >= reach or words.boundary_before(j):
                break
            if word in TERMINATORS and word not in _OBJECT_JOINERS and word not in _UNTIL:
                break
            if word in _OUT or (word in _UNTIL and _put_off_until(raw, i, j)):
                neg = Negation(f"{raw[i]} ... {raw[j]}", j, j)
                yield from ((k, neg) for k in range(i + 1, j))
                break


# "Put X aside", "put X on hold", "set X aside", "push X to v2": what stands between the verb
# and where it is put is put off.
_PUT = stems(("put", "putting", "set", "setting"))
_PUT_ENDS = frozenset(("aside", "off", "hold", "backlog", "burner", "ice"))
_SET, _ASIDE_ONLY = stem("set"), frozenset(("aside",))
_PUSH = stems(("push", "pushing", "pushed"))
_PUSH_TO = frozenset(("to", "into", "until", "till"))
_PUSH_SKIPS = frozenset(("a", "an", "the", "next", "second"))
_PUSH_ENDS = stems("v2 v3 later phase quarter version release future")


def _put_off(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "Put X aside", "I'd put X on hold / on the backlog / on the back burner", "set X
    aside", "push X (out) to v2 / to a later phase": the words between the verb and where
    it is put (not "push notifications to users later": after "to" must stand the later
    phase itself)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _PUT | _PUSH):
        push = keys[i] in _PUSH
        for j in range(i + 2, min(n, i + 2 + _LEFT_OUT_REACH)):
            if words.boundary_before(j):
                break
            word = raw[j].lower()
            if push and word in _PUSH_TO:
                k = j + 1
                while k < n and raw[k].lower() in _PUSH_SKIPS and not words.boundary_before(k):
                    k += 1
                if k < n and keys[k] in _PUSH_ENDS and not words.boundary_before(k):
                    neg = Negation(f"{raw[i]} ... {raw[j]} {raw[k]}", j, k)
                    yield from ((m, neg) for m in range(i + 1, j))
                break
            if word in TERMINATORS:
                break
            if not push and word in (_PUT_ENDS if keys[i] != _SET else _ASIDE_ONLY):
                neg = Negation(f"{raw[i]} ... {raw[j]}", j, j)
                yield from ((m, neg) for m in range(i + 1, j) if raw[m].lower() != "on")
                break


# A note's verdict of a word or two ("Drift monitoring: later.", "Exploration (v2).", "Calibration?
# Skip.", "Streaming - v2.", "Re-ranking, eventually.")
_VERDICT_WORDS = stems(
    "later eventually v skip skipped no nope nah pass cut dropped deferred parked "
    "tbd future someday ignore ignored negligible"
)
# ("v2" is two words, "v" and "2", like every run of letters and digits.)
_LATER_VERDICTS = stems("later eventually v future someday")
_VERDICT_TAILS = stems(
    "maybe probably perhaps possibly for now launch the first version then at least "
    "initially too it need 2 3 two"
)
_VERDICT_RUN = 5
_NOTE_WORDS = 15


def _short_verdicts(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """A verdict of a word or two closing its sentence after a colon, a question mark, a
    bracket or a dash ("Drift monitoring: later.", "Calibration? Skip.", "Exploration
    (v2).", "Streaming - maybe later.") or, for a deferral, a comma ("Re-ranking,
    eventually."): it judges the note before it, back to the start of its line or
    sentence."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _VERDICT_WORDS, 1):
        start = i
        while start > i - _VERDICT_RUN and not words.boundary_before(start):
            if keys[start - 1] not in _VERDICT_TAILS:
                break
            start -= 1
        sep = words.before(start)
        if start == 0 or not (words.boundary_before(start) or "->" in sep or "\u2192" in sep):
            continue
        later = keys[i] in _LATER_VERDICTS
        if not (
            any(c in sep for c in ":?(\u2014\u2013\u2192")
            or " - " in sep
            or "->" in sep
            or (later and "," in sep)
        ):
            continue  # ("promotions as levers -> no.": an arrow leads to the verdict too)
        end = i + 1
        while end < n and end - start < _VERDICT_RUN and not words.boundary_before(end):
            if keys[end] not in _VERDICT_TAILS and keys[end] not in _VERDICT_WORDS:
                break
            end += 1
        if end < n and not (
            words.sentence_break_before(end) or any(c in words.before(end) for c in "\n)")
        ):
            continue
        neg = Negation(" ".join(raw[start:end]), start, end - 1)
        k = start - 1
        while k >= 0 and start - k <= _NOTE_WORDS:
            yield k, neg
            if "\n" in words.before(k) or _clause_starts(words, k):
                break
            k -= 1


# "An A/B test would need many weeks", "A/B testing mostly adds delay", "ANN indexes lose
# recall": an idea as the subject of what it would cost is argued against.
_COSTING = stems("delay lose hurt slow take need require add confuse complicate")
_COST_FORMS = frozenset("delays loses hurts slows lose hurt confuses complicates".split())
"""Verbs of cost as written ("delays", not the noun "delay"; "lose" after a plural subject:
"ANN indexes lose 5-10% recall")."""
_COST_VERBS = frozenset("delay lose hurt slow confuse complicate".split())
_COST_ADVERBS = frozenset("would will only mostly just".split())
_WAITING = frozenset("take takes need needs require requires".split())
_LONG_WAITS = frozenset("weeks months quarter quarters year years forever ages".split())
_A_WAIT = frozenset(("a", "half", "an"))
"""Words before a long wait that count nothing: "would take a quarter", "half a year"."""
_VAGUE_COUNTS = frozenset("many several".split())
_NOT_IDEAS = frozenset(("you", "that", "which"))
_NOT_SUBJECTS = frozenset(
    "to not never don't doesn't won't can can't could may might should must".split()
)


# What an idea adds that is its cost: "adds delay", "adds variance I don't want", "adds a
# modelling layer we'd have to validate", "adds complexity".
_ADDED_COSTS = frozenset("delay variance complexity overhead layer".split())
_ADDED_COST_WORDS = 3


def _added_cost(words: Words, k: int) -> int | None:
    """After an "add(s)" at word k-1: the word of a cost it adds, within a few words of its
    clause ("a modelling layer"), or None. Not a count or a measure ("adds 20 ms of
    delay" plans a budget)."""
    raw, n = words.words, len(words.words)
    for j in range(k, min(n, k + _ADDED_COST_WORDS)):
        if j > k and words.boundary_before(j):
            return None
        if j == k and words.boundary_before(j):
            return None
        if any(c.isdigit() for c in raw[j]):
            return None
        if raw[j].lower() in _ADDED_COSTS:
            return j
    return None


def _costly(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The subject of a clause whose verb says what it costs: a delay, lost recall, weeks or
    months of waiting with no count ("an A/B test would need many weeks", "a 2-week A/B would
    only delay the win", "ANN indexes lose 5-10% recall", "per-user ACL filtering hurts
    recall"). Not a duration counted ("the A/B test takes two weeks" plans it), nor a
    subject that is us or a pronoun ("we lose recall there", "it adds delay")."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _COSTING):
        if i == 0 or words.boundary_before(i):
            continue
        word = raw[i].lower()
        verb = i
        while verb > 0 and plain(raw[verb - 1]) in _COST_ADVERBS:
            verb -= 1
        if plain(raw[verb - 1]).endswith("'d"):
            verb -= 1  # "A/B'd take weeks" is rare; "it'd" is a pronoun and stops below
        end = i
        if word in _WAITING:
            end = i + 1
            if end < n and raw[end].lower() in _VAGUE_COUNTS:
                end += 1
            while end < n and end - i <= 3 and raw[end].lower() in _A_WAIT:
                end += 1
            if end >= n or raw[end].lower() not in _LONG_WAITS or words.boundary_before(end):
                continue
        elif word in ("add", "adds"):
            added = _added_cost(words, i + 1)
            if added is None:
                continue
            end = added
        elif word not in _COST_FORMS and not (verb < i and word in _COST_VERBS):
            continue
        elif verb == i and raw[i - 1].lower() in _NOT_SUBJECTS:
            continue  # "to lose", "don't lose", "can hurt": no subject right before
        if verb == 0 or words.boundary_before(verb):
            continue
        first, _ = clause_around(words, verb - 1, verb - 1)
        while first < verb - 1 and raw[first].lower() in SUBORDINATORS:
            first += 1
        opener = plain(raw[first])
        if (
            opener in FIRST_PERSON
            or opener in _THIRD_PERSON_OPENERS
            or opener in _NOT_IDEAS
            or any(plain(raw[k]) in FIRST_PERSON for k in range(first, verb))
        ):
            continue
        neg = Negation(" ".join(raw[verb : end + 1]), verb, end)
        yield from ((k, neg) for k in range(first, verb))


# -- an idea judged only by its faults (reject13) ----------------------------------------------
# "The 20,000 rater-judged queries: it's a small set relative to 300M searches a day", "the
# raters only see mail from opted-in users, a small skewed slice": a clause whose predicate, or
# an appositive closing it, is a sample found wanting says what is wrong with the idea, and
# nothing of ours takes it up. The head is a word of a sample (not "fraction" or "share":
# "fraud is a tiny fraction of payments" states the imbalance, which is an idea of its own).
_FAULT_HEADS = stems("set sample slice subset")
_SAMPLE_FAULTS = frozenset(
    "small tiny narrow skewed unrepresentative biased crude thin unreliable".split()
)
_FAULT_DEGREES = frozenset(
    "very too rather quite fairly relatively comparatively heavily hopelessly and".split()
)
_FAULT_DETERMINERS = frozenset(("a", "an"))
_FAULT_COPULA_FORMS = frozenset("is are was were it's they's they're that's that".split())
_FAULT_WORDS = 5
"""How many words a sample's faults may take before its head: "a narrow and unrepresentative
slice"."""
_FAULT_TAIL = 16
"""How far past the head the rest of its clause is read for a word that takes it up."""
_FAULT_HANDLED = frozenset("but so yet though although still which while".split())
"""Words after a fault that turn to what is done about it ("small, so we'd weight it up";
"small, but it's the only clean signal")."""
_TAKEN_UP = frozenset("it them this that those these still anyway regardless".split())
_OURS = frozenset("our ours us".split())
_SO_DEGREES = frozenset("many much few little far long".split())
_TAKEN_UP_WORDS = 8


def _judged_by_faults(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The idea of a clause judged only by its faults: "X: it's a small set ... and skewed to
    head queries" (the label before the colon), "the raters only see mail from opted-in
    users, a small skewed slice" (the clause the appositive closes). The fault is a sample
    word with a fault before it ("a small set", "a tiny sample", "a narrow and
    unrepresentative slice") after a copula or after a comma. Not when a word of ours stands
    in the clause, or the sentence turns after the fault ("..., a small set, but the only
    clean one, so we'll use it"), or the next sentence opens on us taking it up ("We'd still
    use it for evaluation", when no cue refuses there). Each sample word is read once, over
    a bounded window."""
    keys, raw = words.keys, words.words
    for i in _with(keys, looked_at, _FAULT_HEADS):
        det = _faulted_sample(words, i)
        if det is None or det == 0 or any(c.isdigit() for w in raw[det:i] for c in w):
            continue
        start = _sentence_start(words, det)
        before = plain(raw[det - 1])
        appositive = False
        if "," in words.before(det) and not words.sentence_break_before(det):
            subject = range(start, det)  # the clause the appositive closes
            appositive = True
        elif before in _FAULT_COPULA_FORMS or before.endswith("'s"):
            if words.boundary_before(det):
                continue
            subject = range(start, det - 1)
            if before in _FAULT_COPULA_FORMS and before.startswith(("it", "they", "that")):
                if det - 1 != start and ":" not in words.before(det - 1):
                    continue  # "(they're a tiny set and a huge share of traffic)": an aside
                start = det - 1
                subject = range(start, det)
        else:
            continue
        if not subject or any(
            plain(raw[k]) in FIRST_PERSON or "(" in words.before(k) for k in range(start, det + 1)
        ):
            continue
        if _fault_handled(words, triggers, i, closing=appositive):
            continue
        neg = Negation(" ".join(raw[det : i + 1]), det, i)
        yield from ((k, neg) for k in subject)
        if (
            start == det - 1
            and words.sentence_break_before(start)
            and _refused_before(words, triggers, start)
        ):
            # "The vendor's rated queries I'd leave out. It's a tiny sample next to 300M
            # searches a day, rater judgments drift from what people buy, and ...": after a
            # refusal, a sentence of its faults is the case against, to its end.
            yield from ((k, neg) for k in _rest_of_faults(words, i + 1))
        if start > 0 and plain(raw[start]) in _THIRD_PERSON_OPENERS and ":" in words.before(start):
            # "The 20,000 rater-judged queries: it's a small set": the label the pronoun is
            k = start - 1
            while k >= 0:
                yield k, neg
                if k == 0 or "\n" in words.before(k) or words.sentence_break_before(k):
                    break
                k -= 1


def _refused_before(words: Words, triggers: dict[int, Negation], start: int) -> bool:
    """Whether the sentence before word `start` holds a cue that refuses."""
    return any(
        (neg := triggers.get(k)) is not None and neg.trigger.lower() not in PLAIN_NEGATIONS
        for k in _previous_sentence(words, start)
    )


def _rest_of_faults(words: Words, k: int) -> list[int]:
    """The words from k to the end of their sentence (at most _FAULT_SENTENCE), or none
    when a word of ours or a turn stands there ("..., so we'd weight it up")."""
    raw, n = words.words, len(words.words)
    out: list[int] = []
    while k < n and len(out) < _FAULT_SENTENCE_WORDS and not words.sentence_break_before(k):
        w = plain(raw[k])
        if w in FIRST_PERSON or w in _OURS or (w in _FAULT_HANDLED and w != "which"):
            return []
        out.append(k)
        k += 1
    return out


_FAULT_SENTENCE_WORDS = 40


def _faulted_sample(words: Words, head: int) -> int | None:
    """The determiner of "a small set", "a narrow and unrepresentative slice" that ends at
    word `head` (a fault among the words between them), or None."""
    raw = words.words
    faulted = False
    k = head - 1
    while k >= 0 and head - k <= _FAULT_WORDS:
        w = plain(raw[k])
        if words.boundary_before(k + 1) and not (
            words.before(k + 1).strip() == "," and w in _SAMPLE_FAULTS
        ):
            return None  # (a comma only between faults: "a small, biased sample")
        if w in _FAULT_DETERMINERS:
            return k if faulted else None
        if w in _SAMPLE_FAULTS:
            faulted = True
        elif w not in _FAULT_DEGREES:
            return None
        k -= 1
    return None


def _fault_handled(
    words: Words, triggers: dict[int, Negation], head: int, closing: bool = False
) -> bool:
    """Whether what follows a sample's fault deals with it: a word of ours or a turn in the
    rest of its sentence ("..., so we'd weight it up"), or a next sentence that opens on us
    and takes it up without a cue ("We'd still use it as the eval set"). An appositive
    (`closing`) must close its clause: "The golden set, a small set of 2,000 emails, is our
    eval set" goes on to say what the set is for."""
    raw, n = words.words, len(words.words)
    k = head + 1
    while k < n and k - head <= _FAULT_TAIL and not _clause_starts(words, k):
        w = plain(raw[k])
        if w == "so" and k + 1 < n and plain(raw[k + 1]) in _SO_DEGREES:
            pass  # "for so many other reasons": a degree, no turn
        elif w in FIRST_PERSON or w in _FAULT_HANDLED or w in _OURS:
            return True
        if closing and words.boundary_before(k):
            return True
        k += 1
    if k < n and ";" in words.before(k) and plain(raw[k]) in FIRST_PERSON:
        return not any(j in triggers for j in range(k, min(n, k + _TAKEN_UP_WORDS)))
    if k >= n or not words.sentence_break_before(k) or plain(raw[k]) not in FIRST_PERSON:
        return False
    window = range(k, min(n, k + _TAKEN_UP_WORDS))
    return not any(j in triggers for j in window) and any(
        plain(raw[j]) in _TAKEN_UP for j in window
    )


# "I'd accept that bias for now", "we can live with that noise": a shortcoming put up with
# is a remedy refused, for what the sentence before said.
_ACCEPTING = stems(("accept", "tolerate", "live"))
_ACCEPTED_THIS = frozenset(("that", "this", "the", "some", "a"))
_SHORTCOMINGS_ACCEPTED = stems(
    # (not "cost", "risk" or "trade-off": "retraining daily costs a day of compute; we can
    # live with that cost" chooses it)
    "bias biases noise gap error errors limitation inaccuracy imprecision spillover"
)
_ACCEPTING_SUBJECTS = frozenset(
    "i we i'd we'd i'll we'll can could would will just happily".split()
)


def accepts_shortcoming(neg: Negation) -> bool:
    """Whether a negation is a shortcoming accepted ("accept that bias"): it refuses the
    remedy, which for a red flag is making the mistake knowingly, not taking it back."""
    said = neg.trigger.lower().split()
    return (
        len(said) >= 2
        and stem(said[0]) in _ACCEPTING
        and stem(said[-1].replace("\u2019", "'")) in _SHORTCOMINGS_ACCEPTED
    )


_CHOOSER_AND_REACH = 12


def _chooser_and(words: Words, i: int) -> bool:
    """Whether the word before word i is an "and" that joins it to our own choice earlier in
    the clause: "for v1 I'd take chargebacks at face value and accept the noise" (reject14).
    The chooser ("I'd", "we'll") stands within a few words, with no punctuation between."""
    raw = words.words
    if i < 2 or raw[i - 1].lower() != "and" or words.boundary_before(i - 1):
        return False
    for k in range(i - 2, max(-1, i - 2 - _CHOOSER_AND_REACH), -1):
        if raw[k].lower().replace("\u2019", "'") in _FRONTED_SUBJECTS:
            return True
        if words.boundary_before(k):
            return False
    return False


def _accepted(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "The model learns less on what it blocks. I'd accept that bias for now.": a
    shortcoming accepted ("accept", "tolerate", "live with" + "that"/"the" + a word for a
    shortcoming, closing its clause) refuses to remedy what the sentence before says (or,
    after a comma or "so", the clause before it in the same sentence)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _ACCEPTING, 1):
        if plain(raw[i - 1]) not in _ACCEPTING_SUBJECTS:
            continue
        j = i + 1
        if keys[i] == stem("live"):
            if j >= n or raw[j].lower() != "with":
                continue
            j += 1
        if j >= n or words.boundary_before(j) or _only_tail(words, j):
            # "A fifth of chargebacks being friendly fraud is noise we can live with": the
            # shortcoming before the accepting clause, and what the copula says it of
            yield from _accepted_subject(words, i, j)
            continue
        if j + 1 >= n or raw[j].lower() not in _ACCEPTED_THIS:
            continue
        if keys[j + 1] not in _SHORTCOMINGS_ACCEPTED or words.boundary_before(j + 1):
            continue
        end = j + 2
        if not (end >= n or words.boundary_before(end) or _only_tail(words, end)):
            continue
        neg = Negation(" ".join(raw[i : j + 2]), i, j + 1)
        start = i - 1
        while start > 0 and plain(raw[start - 1]) in _ACCEPTING_SUBJECTS:
            start -= 1
        earlier = list(_said_before(words, start))
        for k in earlier or _previous_sentence(words, start):
            yield k, neg


_ACCEPTED_SUBJECT_WORDS = 15


def _accepted_subject(words: Words, i: int, j: int) -> Iterable[tuple[int, Negation]]:
    """For an accepting clause at words i..j-1 that closes its clause after a shortcoming
    and a copula ("X is noise we can live with", "X is a bias I'd accept"): the copula's
    subject, back to its clause's start (at most _ACCEPTED_SUBJECT_WORDS words)."""
    raw, keys = words.words, words.keys
    start = i - 1
    while start > 0 and plain(raw[start - 1]) in _ACCEPTING_SUBJECTS:
        start -= 1
    noun = start - 1
    if noun > 0 and raw[noun].lower() in ("that", "which"):
        noun -= 1
    if noun < 1 or keys[noun] not in _SHORTCOMINGS_ACCEPTED or words.boundary_before(start):
        return
    c = noun - 1
    while c > 0 and raw[c].lower() in _ACCEPTED_THIS:
        c -= 1
    if c < 1 or plain(raw[c]) not in _VERDICT_COPULAS or words.boundary_before(c + 1):
        return
    neg = Negation(" ".join(raw[noun:j]), noun, j - 1)
    k = c - 1
    while k >= 0 and c - k <= _ACCEPTED_SUBJECT_WORDS:
        yield k, neg
        if _clause_starts(words, k) or words.boundary_before(k):
            return
        k -= 1


_SAME = stem("same")
_SAME_FOR = stems(("for", "with", "goes"))
_SAME_REACH = 2
"""How many sentences back "Same for X" looks for the refusal it repeats (the one between
may give the refusal's reason)."""


def _same_for(
    words: Words, looked_at: Sequence[int], triggers: dict[int, Negation]
) -> Iterable[tuple[int, Negation]]:
    """ "No decomposition into legs. Same for residual learning on the routing ETA.": a
    sentence that opens with "Same for" / "Same with" / "Same goes for" says the sentence
    before's refusal of what follows, to the end of its clause."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, (_SAME,)):
        start = i - 1 if i > 0 and raw[i - 1].lower() == "the" else i
        if not words.sentence_break_before(start) or i + 1 >= n or keys[i + 1] not in _SAME_FOR:
            continue
        j = i + 2 if keys[i + 1] != stem("goes") else i + 3
        neg = None
        back = start
        for _ in range(_SAME_REACH):
            previous = sorted(_previous_sentence(words, back))
            if not previous or "\n\n" in words.before(back):
                break
            neg = next((triggers[k] for k in previous if k in triggers), None)
            if neg is not None:
                break
            back = previous[0]
        if neg is None or j >= n:
            continue
        k = j
        while k < n and (k == j or not words.boundary_before(k)):
            yield k, neg
            k += 1


def _deferred_notes(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The words of a note whose label defers it ("Future work: ..."), to the end of the
    line."""
    keys, n = words.keys, len(words.keys)
    for start in _with(keys, looked_at, _LATER_FIRST):
        if start and "\n" not in words.before(start):
            continue
        for phrase in _LATER_LABELS:
            end = start + len(phrase)
            if end < n and tuple(keys[start:end]) == phrase and ":" in words.before(end):
                neg = Negation(" ".join(words.words[start:end]), start, end - 1)
                if "\n" in words.before(end):
                    # "Future work:" and a bulleted list below it
                    yield from ((k, neg) for k in _list_below(words, end))
                    break
                k = end
                while k < n and (k == end or "\n" not in words.before(k)):
                    yield k, neg
                    k += 1
                break


_FRONTED_WORDS = 8
_TREATED_WORDS = 12
"""A fronted object before "I'd treat as ..." may run longer: the verdict names no object."""
_NOT_OBJECTS = frozenset(
    "for in on at with from by during after before since if when as so then here there now "
    "today honestly frankly also still and but or maybe probably".split()
)


def _fronted(words: Words, i: int, reach: int = _FRONTED_WORDS) -> Iterable[int]:
    """An object put before its subject: "SMOTE I'd avoid entirely", "Dashboards we won't
    build": the few words before "I'd"/"we" at the start of the sentence."""
    raw = words.words
    if i >= 3 and raw[i - 1].lower() in ("am", "are") and raw[i - 2].lower() in ("i", "we"):
        i -= 1  # "A/B tests I am not sure are worth it": the subject is the word before
    if i < 2 or plain(raw[i - 1]) not in _SUBJECTS:
        return ()
    start = i - 2
    while start > 0 and not words.sentence_break_before(start) and i - 1 - start < reach:
        start -= 1
    if not words.sentence_break_before(start) or words.sentence_break_before(i - 1):
        return ()
    if any(is_boundary(words.before(k)) for k in range(start + 1, i)):
        return ()  # "Honestly, I'd avoid it": not an object
    if raw[start].lower() in _NOT_OBJECTS:
        return ()  # "For new cities we don't have data": a setting, not the thing refused
    return range(start, i - 1)


def _deferred(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """Ideas an answer puts off: a modal "add" ("I'd", "we could", "only") with "later",
    "eventually", "once ..." (or, after "only", "if"/"when") later in its clause. The words
    between are what is put off; with none, what the sentence said before."""
    keys, raw = words.keys, words.words
    n = len(keys)
    for a in _with(keys, looked_at, _ADDING, 1):
        modal = plain(raw[a - 1])
        if a > 2 and _only_then_we_would(words, a):
            # "Only once the retrain stops keeping up would I add X": the rest of the clause.
            neg = Negation(f"{raw[a - 2]} {raw[a - 1]} {raw[a]}", a - 2, a)
            k = a + 1
            while k < n and not words.boundary_before(k):
                yield k, neg
                k += 1
            continue
        if modal not in _MODALS and not (modal in _THEN_ADD and _modal_before(words, a - 1)):
            continue
        start = words.sentence_start(a - 1)
        opening = _later_phrase(keys, start) or (1 if keys[start] in _LATER else 0)
        if opening and a - start - opening <= 2:
            # "Later we could add embeddings (node2vec) or a GNN": the rest of the clause.
            neg = Negation(f"{raw[start]} ... {raw[a]}", start, start)
            k = a + 1
            while k < n and not words.sentence_break_before(k) and ";" not in words.before(k):
                yield k, neg
                k += 1
            continue
        if keys[start] in _CONDITIONS and any(
            words.before(k).strip() == "," for k in range(start + 1, a)
        ):
            # "If the batch proves too slow, we could add streaming": the rest of the clause.
            neg = Negation(f"{raw[start]} ... {raw[a]}", start, start)
            k = a + 1
            while k < n and not words.boundary_before(k):
                yield k, neg
                k += 1
            continue
        conditional = modal == "only"
        for j in range(a + 1, min(n, a + 10)):
            if words.boundary_before(j) and raw[j].lower() not in ("later", "eventually"):
                break
            if (
                keys[j] in _LATER
                or (conditional and keys[j] in _IF)
                or _later_phrase(keys, j)
                or (raw[j].lower() == "only" and j + 1 < n and raw[j + 1].lower() in _ONLY_THEN)
            ):
                # ("I'd consider X only if the retrain stops keeping up": X put off)
                neg = Negation(f"{raw[a]} ... {raw[j]}", j, j)
                if j > a + 1 and not all(raw[k].lower() in _ONLY_IF for k in range(a + 1, j)):
                    yield from ((k, neg) for k in range(a + 1, j))
                else:
                    # "X is something we could add if needed": what the sentence said before
                    yield from ((k, neg) for k in _said_before(words, a - 1))
                break


# "only if/once/when/after ...": a condition an addition waits for.
_ONLY_THEN = frozenset(("if", "once", "when", "after"))
_INVERTED_MODALS = frozenset(("would", "will", "should", "do", "could"))
_ONLY_REACH = 20


def _only_then_we_would(words: Words, a: int) -> bool:
    """Whether the "add" at word a follows "would I"/"will we" in a sentence that opens on
    "Only if/once/when/after" (at most _ONLY_REACH words back): the inverted order of a
    deferral ("Only once the retrain stops keeping up would I add drift monitoring")."""
    raw = words.words
    if plain(raw[a - 1]) not in ("i", "we") or raw[a - 2].lower() not in _INVERTED_MODALS:
        return False
    k = a - 2
    while k > 0 and a - k < _ONLY_REACH and not words.sentence_break_before(k):
        k -= 1
    return (
        words.sentence_break_before(k)
        and raw[k].lower() == "only"
        and k + 1 < len(raw)
        and raw[k + 1].lower() in _ONLY_THEN
    )


# Words that may stand between an "add" and its "later"/"if needed" when what is put off was
# said before: "X is something we could add (only) if needed", "... revisit it later".
_ONLY_IF = frozenset("if only when it that them this those".split())
# Times that put an addition off: "down the road we could add X", "we'll add X at some point".
_LATER_PHRASES = tuple(
    tuple(stem(w) for w in phrase.split())
    for phrase in (
        "down the road",
        "at some point",
        "in the future",
        "after launch",
        "post launch",
        "in v 2",
        "in phase 2",
        "in phase two",
        "next quarter",
        "in a later phase",
        "in a later version",
        "in a second phase",
        "in a second round",
        "in a second iteration",
        "in the second half",
        "in the next version",
        "longer term",
        "long term",
    )
)
_LATER_PHRASE_FIRST = frozenset(p[0] for p in _LATER_PHRASES)


def _later_phrase(keys: Sequence[str], j: int) -> int:
    """The length of a later time starting at word j ("down the road"), or 0."""
    if keys[j] not in _LATER_PHRASE_FIRST:
        return 0
    for phrase in _LATER_PHRASES:
        if tuple(keys[j : j + len(phrase)]) == phrase:
            return len(phrase)
    return 0


# "for v1 I'd keep it to three actions, and add the softer ones once ...": an "add" joined to
# a clause that has its modal.
_THEN_ADD = frozenset(("and", "then"))
_MODAL_REACH = 12


def _modal_before(words: Words, k: int) -> bool:
    """Whether a modal ("I'd", "we'd", "would") stands in the sentence a few words before k."""
    raw = words.words
    j = k - 1
    while j >= 0 and k - j <= _MODAL_REACH:
        if plain(raw[j]) in _MODALS - {"only", "can"}:
            return True
        if words.sentence_break_before(j):
            return False
        j -= 1
    return False


_NOT_EQUAL = ("\u2260", "!=")


def _not_equal(words: Words) -> Iterable[tuple[int, Negation]]:
    """ "Never-shown ≠ negative", "unclicked != irrelevant": the sign says "is not", over
    what stands on either side of it in its clause."""
    for k in range(1, len(words.words)):
        sep = words.before(k)
        if any(sign in sep for sign in _NOT_EQUAL):
            neg = Negation("\u2260", k, k)
            for j in _scope_before(words, k):
                yield j, neg
            for j in _scope_after(words, k):
                yield j, neg


# "A frontier model is better at that than a cross-encoder", "MAPE is much better than WAPE
# or MASE", "daily aggregates are preferable to streaming": what a preference is set against
# is what the answer chose not to use.
_PREFERENCE = stems(("better", "preferable", "superior"))
_THAN, _PREFERRED_TO = stem("than"), stems(("preferable", "superior"))
_PREFERENCE_REACH = 4
# "I'd choose a nightly batch over streaming", "I'd prefer batch features over streaming".
_CHOOSING = stems(("choose", "pick", "prefer", "favour", "favor"))
_OVER = stem("over")
# "I'd rather report WAPE than MAPE", "we'd sooner pick the threshold from costs than use 0.5":
# what follows "than" is what the answer would not do ("rather than" side by side is a cue).
_RATHER = stems(("rather", "sooner"))
_WOULD_RATHER = frozenset("i'd we'd would i we you'd".split())
_RATHER_REACH = 8
_PREFERENCE_TURNS = frozenset((stem("to"), _OVER, _THAN))
"""The words a preference turns on: only these are looked at, found in one pass in C."""


def _preferred_over(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The words after "than" when a "better" stands a few words before it in the same
    clause, or a "would rather" / "would sooner" a little further ("I'd rather report WAPE
    than MAPE"), after "to" right after "preferable"/"superior" ("better to" is advice), and
    after "over" when a choosing verb ("choose", "prefer") and its object stand before it."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _PREFERENCE_TURNS, 1, n - 1):
        key = keys[i]
        if key == _TO and keys[i - 1] in _PREFERRED_TO and not words.boundary_before(i):
            j = i - 1
        elif key == _OVER:
            # a choosing verb a few words before, with its object between
            j = i - 2
            while j >= 0 and i - j <= _PREFERENCE_REACH + 1 and keys[j] not in _CHOOSING:
                if words.boundary_before(j + 1):
                    j = -1
                    break
                j -= 1
            if (
                j < 0
                or keys[j] not in _CHOOSING
                or any(words.boundary_before(k) for k in range(j + 1, i + 1))
            ):
                continue
        elif key == _THAN:
            preferred = _preference_before(words, i)
            if preferred is None:
                continue
            j = preferred
        else:
            continue
        neg = Negation(f"{raw[j]} ... {raw[i]}", i, i)
        yield from ((k, neg) for k in _scope_after(words, i + 1))


def _preference_before(words: Words, i: int) -> int | None:
    """Where the preference stands that the "than" at word i completes, in its clause: a
    "better" (or "preferable") a few words before, or a "would rather" / "I'd sooner" before
    the verb it prefers ("rather than" side by side is a cue of its own). None if none."""
    keys, raw = words.keys, words.words
    for j in range(i - 1, max(-1, i - 1 - _RATHER_REACH), -1):
        if keys[j] in _PREFERENCE:
            return j if i - j <= _PREFERENCE_REACH else None
        if keys[j] in _RATHER:
            return j if i - j > 1 and j > 0 and raw[j - 1].lower() in _WOULD_RATHER else None
        if words.boundary_before(j):
            return None
    return None


# An idea put in other people's mouths: "X is often suggested", "some argue for X", "people
# will immediately suggest X", "X comes up in every feed discussion", "some would model X".
# Said of an idea the answer rejects, it is the idea weighed, not adopted.
_OTHERS_PROPOSING = (
    "often suggested",
    "often proposed",
    "often pitched",
    "often recommended",
    "is often suggested",
    "some argue",
    "some would",
    "some people argue",
    "people sometimes argue",
    "people argue",
    "will suggest",
    "will immediately suggest",
    "people suggest",
    "come up in every",
    "comes up in every",
    "everyone mentions",
    "someone will raise",
    "many pipelines",
    "a colleague would",
)
_OTHERS_REACH = 16
"""How far into a sentence the words that give an idea to others are looked for."""


def voiced_by_others(words: Words, first: int, last: int) -> bool:
    """Whether the first words of first..last give the idea to other people ("Some argue for
    exploration slots", "A further cascade ... is often suggested", "People will immediately
    suggest DCN here"): a sentence that reports what others propose adopts nothing. At most
    _OTHERS_REACH words are read (and the sentence's last ones, where "is often suggested"
    closes it)."""
    keys = words.keys
    head_end = min(last, first + _OTHERS_REACH)
    return _voiced_in(keys, first, head_end) or _voiced_in(keys, max(first, last - 4), last)


def _voiced_in(keys: Sequence[str], first: int, last: int) -> bool:
    """Whether one of the phrases that give an idea to others stands within words
    first..last: a look-up of each word's key, and the phrases it opens compared only
    there (a sentence of every mention of a rejected idea is read: it must stay cheap)."""
    for k in range(first, last + 1):
        phrases = _OTHERS_BY_FIRST.get(keys[k])
        if phrases and any(
            k + len(p) - 1 <= last and tuple(keys[k : k + len(p)]) == p for p in phrases
        ):
            return True
    return False


_OTHERS_PHRASES = tuple(tuple(stem(w) for w in phrase.split()) for phrase in _OTHERS_PROPOSING)
_OTHERS_FIRST = frozenset(phrase[0] for phrase in _OTHERS_PHRASES)
_OTHERS_BY_FIRST = {key: tuple(p for p in _OTHERS_PHRASES if p[0] == key) for key in _OTHERS_FIRST}


def _verdict_after_voiced(words: Words, triggers: dict[int, Negation], j0: int) -> Negation | None:
    """The verdict on what others propose, in the sentence (or clause after a ";") that
    starts at word j0: a cue that refuses, puts off or plays down (not a plain "no"/"not")
    within its first _NEXT_REACH words ("I'd hold that in reserve", "I doubt their value"),
    or further on, up to _PRACTICE_REACH words, when it points back at the idea ("I'm
    skeptical it's big enough here to matter for v1, so I'd park it")."""
    raw, n = words.words, len(words.words)
    for j in range(j0, min(n, j0 + _PRACTICE_REACH)):
        if j > j0 and words.sentence_break_before(j):
            return None
        neg = triggers.get(j)
        if neg is None or neg.trigger in PLAIN_NEGATIONS or j != neg.first:
            continue
        if j - j0 < _NEXT_REACH:
            return neg
        if any(raw[k].lower() in _POINTING_BACK for k in range(neg.first, min(n, neg.last + 3))):
            return neg
    return None


def _voiced_then_dropped(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """ "People will immediately suggest DCN or DLRM here. I'd hold that in reserve: ...":
    a sentence that gives an idea to other people (`voiced_by_others`), when the next one
    opens on a cue that refuses, puts off or plays it down (within its first words): the
    idea reported is the one dropped. Each such sentence is read once, up to
    _PRACTICE_REACH words."""
    keys, n = words.keys, len(words.keys)
    done = -1
    for k in _with(keys, looked_at, _OTHERS_FIRST):
        if k <= done or not any(tuple(keys[k : k + len(p)]) == p for p in _OTHERS_PHRASES):
            continue
        start = _sentence_start(words, k)
        if k - start > _OTHERS_REACH:
            continue
        end = k
        while end + 1 < n and end + 1 - k <= _PRACTICE_REACH and not _clause_starts(words, end + 1):
            end += 1
        done = end
        if any(j in triggers for j in range(start, end + 1)):
            continue  # the sentence says its own verdict ("..., but I'd wait")
        after = _verdict_after_voiced(words, triggers, end + 1)
        if after is None:
            continue
        dropped = Negation(f"{words.words[k]} ... {after.trigger}", after.first, after.last)
        yield from ((j, dropped) for j in range(start, end + 1))


# "Some would model them as levers ... . I'd keep it simpler, ...": after what others would
# do, our own sentence opens on a simpler or another course, and says no cue (reject13).
_OWN_COURSE = frozenset("simpler simple simply rather instead stick".split())
_OWN_COURSE_WORDS = 4
"""How far into the next sentence the word of another course is looked for ("I'd keep it
simpler", "We'd rather", "I'd stick with")."""


def _voiced_then_other_course(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """ "Promotions and fees: some would model them as levers and re-run forecasts per
    scenario. I'd keep it simpler, taking the marketing calendar as a given input.": a
    sentence that gives an idea to others (`voiced_by_others`), with no verdict of its own,
    followed by one that opens on us (its first word) taking a simpler or another course
    within its first words: the idea reported is not taken up. Not "... . We'd do the same"
    or "... . I agree": no word of another course. Each such sentence is read once, up to
    _PRACTICE_REACH words."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    done = -1
    for k in _with(keys, looked_at, _OTHERS_FIRST):
        if k <= done or not any(tuple(keys[k : k + len(p)]) == p for p in _OTHERS_PHRASES):
            continue
        start = _sentence_start(words, k)
        if k - start > _OTHERS_REACH:
            continue
        end = k
        while end + 1 < n and end + 1 - k <= _PRACTICE_REACH and not _clause_starts(words, end + 1):
            end += 1
        done = end
        nxt = end + 1
        if (
            nxt >= n
            or not words.sentence_break_before(nxt)
            or plain(raw[nxt]) not in FIRST_PERSON
            or any(j in triggers for j in range(start, end + 1))
        ):
            continue
        course = next(
            (
                j
                for j in range(nxt + 1, min(n, nxt + _OWN_COURSE_WORDS + 1))
                if plain(raw[j]) in _OWN_COURSE
            ),
            None,
        )
        if course is None or any(words.boundary_before(j) for j in range(nxt + 1, course + 1)):
            continue
        dropped = Negation(f"{raw[k]} ... {' '.join(raw[nxt : course + 1])}", nxt, course)
        yield from ((j, dropped) for j in range(start, end + 1))


# "X is nice in theory, but not now": an idea weighed, then put off or dropped.
_WEIGHING = tuple(
    tuple(stem(w) for w in phrase.split())
    for phrase in (
        "considered",
        "consider",
        # a possibility weighed (reject14): "a joint sender + content model could squeeze out
        # more, but for v1 I'd rather keep the layers apart"
        "could",
        "might",
        "thought about",
        "think about",
        "thought of",
        # "I was thinking to decompose the ETA into legs, but ..."
        "was thinking",
        "were thinking",
        "thinking about",
        "thinking of",
        "is worth",
        "are worth",
        "worthwhile",
        "looked at",
        "looked into",
        "tempting",
        "tempted",
        "nice in theory",
        "in theory",
        "theoretically",
        "usual answer",
        "standard answer",
        "textbook",
        "next step",
        "people will tell you",
        "people often",
        "one could",
        "could worry",
        "an argument",
        "i know it works",
        "makes sense",
        "would be nice",
        "is real",
        "could help",
        "might help",
        "would help",
        "could be useful",
        "might be useful",
        "worth considering",
        "in principle",
        "on paper",
        "ideally",
        "in an ideal world",
        "appealing",
        "attractive",
        "popular",
        "sounds good",
        "sound good",
        "sounds nice",
        "sound nice",
        "sounds great",
        "looks good",
        "possible",
        "nice idea",
        "good idea",
        "elegant",
        "more efficient",
        "obvious next step",
        "cleaner",
        "more principled",
        "is nice",
        "are nice",
        "nice",
        "fair point",
        "valid point",
        "good point",
        "interesting",
        "is great",
        "sounds great",
        "exists",
        "there is some",
        "there's some",
        "there will be some",
        "some people would",
        "people would",
        "some teams",
        # what others would propose, weighed: "X is the obvious answer, but ...", "X was
        # suggested, but ...", "people talk about X, but ..."
        "obvious answer",
        "obvious move",
        "obvious efficiency move",
        "proper answer",
        "common recommendation",
        "common suggestion",
        "was suggested",
        "were suggested",
        "people talk about",
        "people like to talk about",
        "people will say",
        # a remedy weighed by what it would do: "cluster randomisation would handle it, but
        # I'd accept the bias", "a holdout would fix that, but ..."
        "would handle",
        "would fix",
        "would solve",
        "would address",
        # "X would be the natural next source, but ...", "X is the rigorous check, but ..."
        "natural next",
        "rigorous",
        # what comes up in discussion: "graph embeddings come up a lot here"
        "come up a lot",
        "comes up a lot",
        # what others recommend or what it would bring, weighed: "X is what the papers
        # recommend, but ...", "X has real benefits, but ...", "there's a case for X, but ..."
        "the papers",
        "principled",
        "real benefits",
        "could work",
        "might work",
        "would catch",
        "might add",
        "could add",
        "would add",
        "a case for",
        "long term answer",
        "the right answer",
        "you could",
        # "X is the standard upgrade / the obvious addition / probably where this ends up /
        # keeps coming up, but ...", "X sounds efficient, but ...", "X would be a good thing
        # to measure eventually, but ..."
        "standard upgrade",
        "standard approach",
        "standard choice",
        "standard fix",
        "the obvious",
        "ends up",
        "end up",
        "keep coming up",
        "keeps coming up",
        "sounds",
        "a good thing",
        "clearly there",
    )
)
# A concession closing the clause before the "but": "Spammers will adapt, of course, but I'd
# hold off on online learning" (not "Of course we monitor drift, but ...", which opens on it).
_CONCEDING = stems("course sure granted admittedly")
# "X is tempting, but a daily batch is enough": what suffices drops what was weighed.
_SUFFICES = stems(
    "enough suffices suffice sufficient rather stick stay negligible small minor tiny marginal "
    # "..., but we're under budget already, so one model keeps things simpler" (reject14)
    "simpler"
)


_SUFFICE_REACH = 16
"""How far after the "but" a word of what suffices drops the weighed idea: "X would be more
principled, but a tuned buffer is easier to explain to product and is probably enough"."""
_BUT_REACH = 30
"""How far after the "but" of a weighed idea a cue that drops it is looked for (in its
sentence): "fair point in theory, but the calendar is fixed by Thursday, so I'd just use it
as a normal feature and not build scenario re-runs"."""
# "I considered it, but for v1 I'd take the max of the scores": a choice of something else.
_CHOOSING_INSTEAD = stems(
    "take use go start keep ship pick choose rely settle stick stay wait hold pass defer skip "
    # "..., but I'd accept the bias for now", "..., but I'd leave it for after launch", "...,
    # but I'd put it in the second half", "..., but I'd postpone it"
    "accept leave put postpone push"
)
_CHOOSERS = frozenset("i'd we'd i'll we'll".split())
# "I thought about X, but ..., and for v1 one end-to-end model is simpler": what the first
# version does instead.
_FOR_NOW = frozenset(
    tuple(stem(w) for w in phrase.split())
    for phrase in ("for v 1", "for the first", "in v 1", "for a v 1", "for launch")
)


def _chooser_before(words: Words, k: int) -> bool:
    """Whether "I'd", "we'd", "I'll" or "we'll" (perhaps with "just", "rather", "simply")
    stands right before word k."""
    raw = words.words
    j = k - 1
    while j > 0 and raw[j].lower() in ("just", "rather", "simply", "probably", "still"):
        j -= 1
    return j >= 0 and plain(raw[j]) in _CHOOSERS


def _weighed_then_dropped(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[Iterable[int], Negation]]:
    """The words of a clause that weighs an idea ("X is the usual answer", "I considered
    X", "X is nice in theory") when the clause after its "but" drops it with a cue, as runs
    (`_Covering.cover`: each reaches back to its sentence's start)."""
    keys = words.keys
    n = len(keys)
    # Read forward once for the whole text (the "but"s come in order): walking back to the
    # sentence's start, and looking for a weighing phrase in all of it, for every "but" was
    # quadratic in a long unpunctuated paste (20,000 words with cues took 38 s).
    scanned, last_break = 1, 0
    weighing: _Occurrences | None = None
    for b in _with(keys, looked_at, _BUT):
        if b == 0:
            continue
        after = next(
            (
                triggers[k] if k in triggers else Negation(words.words[k], k, k)
                for k in range(b + 1, min(n, b + _BUT_REACH))
                if k in triggers
                or (k < b + _SUFFICE_REACH and keys[k] in _SUFFICES)
                or (keys[k] in _CHOOSING_INSTEAD and _chooser_before(words, k))
                or tuple(keys[k : k + 3]) in _FOR_NOW
            ),
            None,
        )
        if after is not None and any(
            words.sentence_break_before(k) for k in range(b + 1, after.first + 1)
        ):
            after = None
        if after is None:
            # "A multi-task setup is more efficient, but policies change per category. The
            # saving isn't worth the coupling yet.": the verdict in the next sentence.
            after = _verdict_next(words, triggers, b)
        if after is None:
            continue
        for k in range(scanned, b):
            if words.sentence_break_before(k):
                last_break = k
        scanned = max(scanned, b)
        start = last_break  # the last break in 1..b-1, else 0: as walking back finds it
        if b - start > _LONG_CLAUSE:
            weighing = weighing or _Occurrences(keys, _WEIGHING)
            weighs_idea = weighing.within(start, b) or _voiced_in(keys, b - _LONG_CLAUSE, b - 1)
        else:
            clause = keys[start:b]
            weighs_idea = any(_holds(clause, phrase) for phrase in _WEIGHING) or _voiced_in(
                keys, start, b - 1
            )
        if weighs_idea or (keys[b - 1] in _CONCEDING and "," in words.before(b)):
            if _ours_after(words, triggers, after.last):
                continue  # "X could reach past two hops, but we don't need them in the
                # ranker; we use them as a candidate source": a clause of ours takes X up
            weighed = Negation(f"{words.words[b]} {after.trigger}", b, after.last)
            yield range(start, b), weighed
            if tuple(keys[after.first : after.first + 3]) in _FOR_NOW:
                # "..., but the labels for each leg are flaky, and for v1 ...": what stands
                # between the "but" and what the first version does is the reason it waits
                yield range(b + 1, after.first), weighed
            if (
                plain(words.words[start]) in _BACK_REFERENCES or _weighs_back(words, start, b)
            ) and not _ours_in(words, triggers, _previous_sentence(words, start + 1)):
                # "One could worry that X. It's real in theory, but ...": "it" is X. Not
                # "We train X weekly. They could drift, but I wouldn't worry": X is ours.
                yield _previous_sentence(words, start + 1), weighed


def _ours_after(words: Words, triggers: dict[int, Negation], k: int) -> bool:
    """Whether the clause after the one word k ends opens, past a ';', on a word of ours
    that takes the weighed idea up by a pronoun, with no cue in its first words: "...; we
    use them as a candidate source" (not "...; I'd stick with expert grading", another
    choice)."""
    raw, n = words.words, len(words.words)
    j = k + 1
    while j < n and j - k <= _BUT_REACH and not _clause_starts(words, j):
        j += 1
    if j >= n or ";" not in words.before(j) or plain(raw[j]) not in FIRST_PERSON:
        return False
    opening = range(j + 1, min(n, j + _TAKEN_UP_WORDS))
    return not any(i in triggers for i in opening) and any(
        plain(raw[i]) in _BACK_REFERENCES for i in opening
    )


def _ours_in(words: Words, triggers: dict[int, Negation], span: Iterable[int]) -> bool:
    """Whether a sentence (its words, from the last back) opens on a word of ours ("We train
    X weekly") and holds no cue: a statement of our own, not one we report ("One could
    worry that the ETA we show ...")."""
    first = None
    for k in span:
        if k in triggers:
            return False
        first = k
    return first is not None and plain(words.words[first]) in FIRST_PERSON


# "X is the obvious big label source, but they come from 2% of users, people report
# newsletters, and unclicked mail isn't confirmed good either.": an idea weighed, then only
# found fault with after the "but" (reject13).
_FAULT_PRONOUNS = frozenset("it they it's they're its their".split())
_FAULT_SENTENCE = 40
"""How far a sentence of faults after a "but" is read for a word of ours."""
_REGARDLESS = frozenset("still anyway regardless nevertheless nonetheless".split())


def _weighed_then_faulted(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The words of a clause that weighs an idea (a `_WEIGHING` phrase before a "but" in its
    sentence, at most _LONG_CLAUSE words back) when the clause after the "but" opens on a
    pronoun for the idea ("but they come from ...", "but it's skewed ...") and the rest of
    the sentence says nothing of ours, turns to no remedy ("so", "which") and holds no cue
    (a verdict is `_weighed_then_dropped`'s); nor does the next sentence take it up
    regardless ("We'd still use them"). Only found fault with, the idea is not taken."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for b in _with(keys, looked_at, _BUT):
        if b == 0 or b + 1 >= n or plain(raw[b + 1]) not in _FAULT_PRONOUNS:
            continue
        start = _sentence_start(words, b)
        if ";" in words.before(start) or b - start > _LONG_CLAUSE:
            continue
        clause = keys[start:b]
        if not any(_holds(clause, phrase) for phrase in _WEIGHING):
            continue
        if any(plain(raw[k]) in FIRST_PERSON for k in range(start, b)):
            continue
        end = b + 1
        while end + 1 < n and end - b < _FAULT_SENTENCE and not _clause_starts(words, end + 1):
            end += 1
        if any(
            plain(raw[k]) in FIRST_PERSON
            or plain(raw[k]) in _OURS
            or plain(raw[k]) in _FAULT_HANDLED
            or k in triggers
            for k in range(b + 2, end + 1)
        ):
            continue
        nxt = end + 1
        if nxt < n and any(
            plain(raw[k]) in _REGARDLESS
            or (";" in words.before(nxt) and plain(raw[k]) in FIRST_PERSON and k not in triggers)
            for k in range(nxt, min(n, nxt + _TAKEN_UP_WORDS))
        ):
            continue  # "...; we budget 5k a quarter for it": a clause of ours goes on
        faulted = Negation(f"{raw[b]} {raw[b + 1]} ...", b, b + 1)
        yield from ((k, faulted) for k in range(start, b))


# "Learned member embeddings could reach past two hops, but friends-of-friends already
# covers most; I'd hold off on graph embeddings until ...": what an idea could do, weighed,
# then dropped by a cue after the "but" (reject13).
_POSSIBLE = frozenset("could might".split())


def _taken_up_after(words: Words, triggers: dict[int, Negation], k: int) -> bool:
    """Whether a clause after a ";" later in the sentence of word k (at most _FAULT_TAIL
    words on) opens on us with no cue in its first words: "...; we use them as a candidate
    source" takes the idea up again."""
    raw, n = words.words, len(words.words)
    for j in range(k, min(n, k + _FAULT_TAIL)):
        if words.sentence_break_before(j):
            return False
        if ";" in words.before(j) and plain(raw[j]) in FIRST_PERSON:
            return not any(i in triggers for i in range(j, min(n, j + _TAKEN_UP_WORDS)))
    return False


def _possible_then_dropped(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The clause before a "but" whose subject (no word of ours) could or might do
    something ("X could reach past two hops"), when a cue that refuses or puts off stands
    after the "but" within _BUT_REACH words and before the sentence ends: the possibility
    weighed, then dropped. Not "we could ..., but" (ours: `_weighed_then_dropped` reads
    such weighing), nor a cue only of its own later clause of ours that takes the idea up
    (a cue is needed at all)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for b in _with(keys, looked_at, _BUT):
        if b == 0 or plain(raw[b]) != "but":
            continue
        start = _sentence_start(words, b)
        if b - start > _LONG_CLAUSE:
            continue
        modal = next((k for k in range(start + 1, b) if plain(raw[k]) in _POSSIBLE), None)
        if modal is None or any(plain(raw[k]) in FIRST_PERSON for k in range(start, b)):
            continue
        if plain(raw[start]) in _THIRD_PERSON_OPENERS or plain(raw[start]) in _NOT_IDEAS:
            continue
        cue = next(
            (
                triggers[k]
                for k in range(b + 1, min(n, b + _BUT_REACH))
                if k in triggers
                and triggers[k].first == k
                and triggers[k].trigger.lower() not in PLAIN_NEGATIONS
            ),
            None,
        )
        if cue is None or any(words.sentence_break_before(k) for k in range(b + 1, cue.first + 1)):
            continue
        if _taken_up_after(words, triggers, cue.last + 1):
            continue  # "..., but we don't need them in the ranker; we use them as candidates"
        dropped = Negation(f"{raw[modal]} ... but {cue.trigger}", cue.first, cue.last)
        yield from ((k, dropped) for k in range(start, b))


# "Yes, chargebacks trickle in over 30-120 days, but 99.9% of transactions are good anyway,
# so ...": a problem conceded, then dismissed (reject13).
_CONCESSIONS = frozenset("yes sure granted admittedly true".split())
_DISMISSING = frozenset("anyway regardless".split())


def _conceded_then_dismissed(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """A sentence that opens on a concession and a comma ("Yes, ...", "Sure, ...",
    "Granted, ...") when the clause after its "but" dismisses what it conceded ("... are
    good anyway", "regardless"), with no word of ours there: the conceded matter is waved
    away. Not "Sure, labels arrive late, but we handle that anyway" (ours)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for b in _with(keys, looked_at, _BUT):
        if plain(raw[b]) != "but":
            continue
        start = _sentence_start(words, b)
        if (
            b - start > _LONG_CLAUSE
            or plain(raw[start]) not in _CONCESSIONS
            or "," not in words.before(start + 1)
        ):
            continue
        end = b + 1
        dismissed = None
        while end < n and end - b < _FAULT_SENTENCE_WORDS and not _clause_starts(words, end):
            w = plain(raw[end])
            if w in FIRST_PERSON or w in _OURS:
                dismissed = None
                break
            if w in _DISMISSING and dismissed is None:
                dismissed = end
            end += 1
        if dismissed is None:
            continue
        neg = Negation(f"{raw[start]} ... but ... {raw[dismissed]}", dismissed, dismissed)
        yield from ((k, neg) for k in range(start + 1, b))


_SET_OFF = frozenset("; : \u2014 \u2013".split())
_ASIDES = frozenset("honestly frankly so and but realistically".split())
_CHOOSER_REACH = 4


def _weighed_then_for_now(
    words: Words, looked_at: Sequence[int]
) -> Iterable[tuple[range, Negation]]:
    """ "X would be the rigorous approach; for v1 I'd settle for Y", "X sounds great on paper;
    honestly, for v1 I'd rather use Y": a clause that weighs an idea, then, set off by a
    semicolon, colon or dash, what the first version does instead (with "I'd"/"we'd" within
    a few words) drops it, as a "but" would."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for f in _with(keys, looked_at, _FOR_FIRST):
        end = next((f + len(p) for p in _FOR_NOW if tuple(keys[f : f + len(p)]) == p), None)
        if end is None:
            continue
        j = f
        while j > 0 and plain(raw[j - 1]) in _ASIDES and words.before(j).strip() in ("", ","):
            j -= 1  # "; honestly, for v1 I'd ..."
        if j == 0 or not _set_off(words, j):
            continue
        if not any(plain(raw[m]) in _CHOOSERS for m in range(end, min(n, end + _CHOOSER_REACH))):
            continue
        start = words.sentence_start(j - 1)
        if start < j - 1 and weighs(words, start, j - 1):
            yield range(start, j), Negation(" ".join(raw[f:end]), f, end - 1)


def _set_off(words: Words, j: int) -> bool:
    sep = words.before(j)
    return any(c in sep for c in _SET_OFF) or " - " in sep


_FOR_FIRST = frozenset((stem("for"), stem("in")))


_LONG_CLAUSE = 64
"""A clause longer than this (in words) is searched through `_Occurrences`, read once."""


class _Occurrences:
    """Where the phrases of a set occur in a text's keys, found once (each position is
    looked up by its key: linear), so whether one lies wholly within words start..end-1 is a
    bisection, however long the text and however often it is asked."""

    def __init__(self, keys: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        starts: list[int] = []
        ends: list[int] = []
        for i, key in enumerate(keys):
            for phrase in by_first.get(key, ()):
                m = len(phrase)
                if tuple(keys[i : i + m]) == phrase:
                    starts.append(i)
                    ends.append(i + m)
        # The least end of the occurrences from each one on: one starting at or after
        # `start` ends by `end` when the least end from the first of them does.
        least = ends[:]
        for j in range(len(least) - 2, -1, -1):
            least[j] = min(least[j], least[j + 1])
        self._starts, self._least_end = starts, least

    def within(self, start: int, end: int) -> bool:
        j = bisect_left(self._starts, start)
        return j < len(self._starts) and self._least_end[j] <= end


def _weighs_back(words: Words, start: int, b: int) -> bool:
    """Whether the clause before a "but" only weighs "this"/"it"/"that" ("I considered
    this", "I thought about it"): what it weighs is the sentence before."""
    if b - start > _WEIGHS_BACK_WORDS:
        return False  # without reading a long clause's words (once per "but": quadratic)
    raw = words.words
    clause = [plain(raw[k]) for k in range(start, b)]
    return any(w in _ANAPHORS for w in clause) and all(w in _WEIGHING_BACK for w in clause)


_WEIGHS_BACK_WORDS = 6
_WEIGHING_BACK = frozenset(
    "i we i'd we'd did do also considered consider thought think about of looked at into "
    "it this that them those these honestly".split()
)


_NEXT_REACH = 12
"""How far into the next sentence a verdict on a weighed idea is looked for."""


def _verdict_next(words: Words, triggers: dict[int, Negation], b: int) -> Negation | None:
    """For a "but" at word b with no cue after it in its sentence: a rejecting cue (not a
    plain "no"/"not") within the first words of the next sentence."""
    n = len(words.keys)
    k = b + 1
    while k < n and k - b <= _PRACTICE_REACH and not words.sentence_break_before(k):
        k += 1
    if k >= n or k - b > _PRACTICE_REACH:
        return None
    for j in range(k, min(n, k + _NEXT_REACH)):
        if j > k and words.sentence_break_before(j):
            return None
        neg = triggers.get(j)
        if neg is not None and neg.trigger not in PLAIN_NEGATIONS:
            return neg
    return None


# Sentence openers that set practice against the theory of the sentence before.
_IN_PRACTICE = tuple(
    tuple(stem(w) for w in phrase.split())
    for phrase in (
        "in practice",
        "practically",
        "realistically",
        "that said",
        "but",
        "however",
        "still",
        "even so",
        # "X comes up a lot here. For v1, ... I'd revisit it after the ranker is in."
        "for v 1",
        "for the first version",
    )
)
_IN_PRACTICE_FIRST = frozenset(phrase[0] for phrase in _IN_PRACTICE)
_PRACTICE_REACH = 40


def _weighed_then_dropped_later(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """ "X is in theory the cleaner design. In practice ..., so I'd accept that rather than
    build X for v1.": a sentence that weighs an idea, when the next one opens with practice
    against it and drops something with a cue anywhere in it."""
    keys, n = words.keys, len(words.keys)
    for b in _with(keys, looked_at, _IN_PRACTICE_FIRST, 1):
        if not words.sentence_break_before(b):
            continue
        if not any(tuple(keys[b : b + len(p)]) == p for p in _IN_PRACTICE):
            continue
        k = b + 1
        after = None
        while k < n and k - b <= _PRACTICE_REACH and not words.sentence_break_before(k):
            if k in triggers:
                after = triggers[k]
                break
            k += 1
        if after is None:
            continue
        previous = list(_previous_sentence(words, b))
        if previous and (
            any(_holds(keys[min(previous) : b], phrase) for phrase in _WEIGHING)
            or _voiced_in(keys, min(previous), b - 1)
        ):
            weighed = Negation(f"{words.words[b]} ... {after.trigger}", b, after.last)
            yield from ((k, weighed) for k in previous)


_POINTING_BACK = frozenset("it them they this that these those such".split())
_POINTING_REACH = 12
_WEIGHING_REACH = 40


def points_back(words: Words, first: int, last: int) -> bool:
    """Whether the first words of first..last point back at something said before ("I
    thought about attributing them back ...", "I'm skeptical of how well such surrogates
    transfer"): at most _POINTING_REACH words are read."""
    raw = words.words
    return any(
        plain(raw[k]) in _POINTING_BACK
        for k in range(first, min(last, first + _POINTING_REACH) + 1)
    )


def weighs(words: Words, first: int, last: int) -> bool:
    """Whether words first..last weigh an idea ("I also considered X", "X is tempting"),
    reading at most _WEIGHING_REACH words."""
    end = min(last, first + _WEIGHING_REACH)
    keys = words.keys[first : end + 1]
    return any(_holds(keys, phrase) for phrase in _WEIGHING) or _voiced_in(words.keys, first, end)


def _holds(keys: Sequence[str], phrase: tuple[str, ...]) -> bool:
    m = len(phrase)
    return any(tuple(keys[i : i + m]) == phrase for i in range(len(keys) - m + 1))


def _trigger_at(trie: dict[str, object], words: Words, i: int) -> tuple[_Trigger, int] | None:
    """The longest trigger (or pseudo-trigger) starting at word i, and the word after it.
    Fillers and articles may sit inside one: "isn't really a big concern"."""
    keys, parts = words.keys, words.parts
    n = len(keys)
    node: dict[str, object] | None = trie.get(keys[i])  # type: ignore[assignment]
    if node is None:
        return None
    trig = node.get("")
    found = (trig, i + 1) if isinstance(trig, _Trigger) else None
    j = i + 1
    while j < n:
        child = node.get(keys[j])
        if child is None and keys[j] not in FILLERS and keys[j] not in ARTICLES:
            break
        if is_boundary(parts[2 * j]):
            break
        j += 1
        if child is None:
            continue  # a filler or an article
        node = child  # type: ignore[assignment]
        trig = node.get("")
        if isinstance(trig, _Trigger):
            found = (trig, j)
    return found


def _shared_object(words: Words, end: int, reach: int) -> Iterable[int]:
    """Two gerunds joined by "and" right after a cue share its refusal and their object:
    "avoids building and tuning a router", "not labelling and auditing the tail". The reach
    stops at "and" (a new clause, as a rule); here the clause has not begun."""
    raw = words.words
    n = len(raw)
    if not (end < reach < n - 1) or reach - end > 2 or raw[reach].lower() != "and":
        return ()
    if words.boundary_before(reach) or words.boundary_before(reach + 1):
        return ()
    if not (raw[reach - 1].lower().endswith("ing") and raw[reach + 1].lower().endswith("ing")):
        return ()
    return (reach, reach + 1, *_scope_after(words, reach + 2))


_VERB_NEGATIONS = ("n't", "not", "never")


def _refused_means(words: Words, text: str, end: int, reach: int) -> Iterable[int]:
    """The means of a refused verb is refused with it: "I wouldn't bother correcting with
    propensity weights", "we won't correct with IPW". The reach stops at "with" (as a rule
    a setting or a new clause: "no model with 2% positives"); here only the refused verb
    stands between the cue and it, bare or a gerund after one word ("bother")."""
    raw = words.words
    n = len(raw)
    if not text.endswith(_VERB_NEGATIONS) or not (end < reach < n - 1):
        return ()
    if raw[reach].lower() not in _MEANS or words.boundary_before(reach):
        return ()
    between = reach - end
    if between > 2 or (between == 2 and not raw[reach - 1].lower().endswith("ing")):
        return ()
    if not _not_a_figure(raw, reach + 1) or words.boundary_before(reach + 1):
        return ()
    if raw[reach + 1].lower() in _FINITE_MARKS:
        return ()  # "every post the user didn't engage with is a negative": no means
    return (reach, *_scope_after(words, reach + 1))


_CLAUSE_SUBJECTS = frozenset("people users user customers shoppers members they".split())
_CONTACT_WORDS = 12
_CONTACT_ENDS = SUBORDINATORS | frozenset("and but so or then instead".split())
"""Words that end a relative clause without "that" (not "through", "with": its own)."""


def _contact_clause(words: Words, end: int, reach: int) -> range:
    """A refused noun's relative clause without "that" is refused with it: "I would not
    bother mining the searches people typed all the way through without tapping". Within
    the reach, a noun, then people as the subject ("people", "users", "they") and a past
    verb ("typed", "clicked"): the clause runs on to its end (at most _CONTACT_WORDS words,
    up to punctuation or a clause word)."""
    raw = words.words
    n = len(raw)
    for k in range(end + 1, min(reach, n - 1)):
        if raw[k].lower() not in _CLAUSE_SUBJECTS or not raw[k + 1].lower().endswith("ed"):
            continue
        if raw[k - 1].lower() in ARTICLES or raw[k - 1].lower() in TERMINATORS:
            return range(0)
        j = reach
        while j < n and j - k <= _CONTACT_WORDS and not words.boundary_before(j):
            if raw[j].lower() in _CONTACT_ENDS:
                break
            j += 1
        return range(reach, j)
    return range(0)


_PAIR_WORDS = 3
_PAIR_ENDINGS = ("ing", "s")
_PAIR_GOES_ON = frozenset("as into for in".split())
"""After a refused pair, what goes on with it: "... promotions and fees as levers"."""
_PAIR_ENDS = frozenset("beyond with on at from to except per across by via than".split())
"""After a refused pair, a preposition that the refusal need not reach."""


def _parallel_pair(words: Words, end: int, reach: int) -> Iterable[int]:
    """Two nouns of one form joined by "and" after a cue are both refused: "I would not model
    promotions and fees as controllable levers", "not spend time on GPS cleaning and outlier
    filtering beyond ...". The reach stops at "and" (as a rule a new clause: "I wouldn't
    downsample negatives and calibrate after"); here the words after it, a short run with
    no verb or pronoun, end as the word before it does (plurals, gerunds) and then the
    clause ends or goes on in a preposition ("as", "into", "for", "in") that the refusal
    reaches too."""
    raw = words.words
    n = len(raw)
    if not (end < reach < n - 1) or raw[reach].lower() != "and":
        return ()
    if words.boundary_before(reach) or words.boundary_before(reach + 1):
        return ()
    before = raw[reach - 1].lower()
    ending = next((e for e in _PAIR_ENDINGS if before.endswith(e) and len(before) > 4), None)
    if ending is None:
        return ()
    for k in range(reach + 1, min(n, reach + 1 + _PAIR_WORDS)):
        w = raw[k].lower()
        if w in _FINITE_MARKS or w.endswith(_FINITE_ENDINGS) or w in TERMINATORS:
            return ()
        if k > reach + 1 and words.boundary_before(k):
            return ()
        if not (w.endswith(ending) and len(w) > 3):
            continue
        after = k + 1
        if after == n or words.boundary_before(after):
            return range(reach, after)
        if raw[after].lower() in _PAIR_GOES_ON:
            return (*range(reach, after), after, *_scope_after(words, after + 1))
        if raw[after].lower() in _PAIR_ENDS:
            return range(reach, after)  # "... and outlier filtering beyond dropping X"
        return ()
    return ()


_LIST_PREPOSITIONS = frozenset("into in across between per of like over among".split())
_LIST_ELEMENT_WORDS = 3
_IN_WORD = frozenset(("-", "/"))
"""Separators inside one element of a list: "wait-for-courier"."""
_LIST_ELEMENTS = 5


def _refused_list(words: Words, end: int, reach: int) -> Iterable[int]:
    """A refused preposition's object that is a list "A, B and C" is refused whole: "not
    split the ETA into prep, wait-for-courier and drive legs with separate models". The
    reach stops at a comma unless the list closes with "or"; here the comma stands right
    after a preposition's first element, and the list runs in short elements, with no verb or
    pronoun, to an "and", and on to the means after it ("with separate models"). Not "No
    SMOTE, class weights and a threshold instead" (no preposition), nor "not into X, we do
    Y" (a new clause)."""
    raw = words.words
    n = len(raw)
    if not (end < reach < n) or words.parts[2 * reach].strip() != ",":
        return ()
    if not any(raw[k].lower() in _LIST_PREPOSITIONS for k in range(max(end, reach - 2), reach)):
        return ()
    k, element, elements = reach, 0, 2  # the element before the comma, and this one
    while k < n and elements <= _LIST_ELEMENTS:
        sep = words.parts[2 * k].strip()
        if k > reach and sep and sep not in _IN_WORD:
            if sep != ",":
                return ()
            elements, element = elements + 1, 0
        w = raw[k].lower()
        if w in _FINITE_MARKS or w.endswith(_FINITE_ENDINGS):
            return ()
        if w == "and" and elements >= 2:
            last = k + 1 + sum(1 for _ in _scope_after(words, k + 1))
            if last < n - 1 and raw[last].lower() in _MEANS and not words.boundary_before(last):
                # "... and drive legs with separate models": the refused split's means
                last += 1 + sum(1 for _ in _scope_after(words, last + 1))
            return range(reach, last)
        element += sep not in _IN_WORD or k == reach
        if element > _LIST_ELEMENT_WORDS:
            return ()
        k += 1
    return ()


_FRAGMENT_WORDS = 16
_FRAGMENT_OPENERS = frozenset(("no",))
_FINITE_MARKS = FIRST_PERSON | frozenset(
    "is are was were be been am will would can could should shall may might must do does did "
    "has have had it they you he she there which who that because since so but then".split()
)
_FINITE_ENDINGS = ("n't", "'s", "'re", "'d", "'ll", "'ve", "'m")


def _refused_fragment(words: Words, text: str, i: int, reach: int) -> range:
    """A sentence that is only "No" and a noun phrase refuses all of it, however far its
    modifiers run: "No separate verification pass checking each claim against its
    citation." Not when a verb, a pronoun or a clause word comes before its end ("No user
    sees them because ...": a statement), nor past SCOPE when the sentence goes on after a
    comma, colon or dash."""
    if text not in _FRAGMENT_OPENERS or not _opens_sentence(words, i):
        return range(0)
    raw = words.words
    n = len(raw)
    k = reach
    while k < n and k - i <= _FRAGMENT_WORDS:
        if words.boundary_before(k):
            return range(reach, k) if words.sentence_break_before(k) else range(0)
        w = raw[k].lower()
        if w in _FINITE_MARKS or w.endswith(_FINITE_ENDINGS):
            return range(0)
        k += 1
    return range(reach, k) if k == n else range(0)


def _verdict_stands(words: Words, i: int, trig: _Trigger, end: int) -> bool:
    """Whether a verdict that judges only in place does here: a closing verdict that closes
    its clause ("the new model is out of date", "is out in two weeks": no verdict), a
    conditional one in a sentence opening on a condition. Nor a cue whose last word the
    stemmer made of a gerund ("are not mining" is no "are not mine")."""
    last = words.words[end - 1].lower()
    if last.endswith("ing") and not trig.text.endswith("ing") and end - 1 > i:
        return False
    if trig.text in _CLOSING_VERDICTS and end < len(words.keys) and not words.boundary_before(end):
        return False
    return trig.text not in _CONDITIONAL_VERDICTS or _opens_on_condition(words, i)


def _verdict_or_shorter_cue(
    trie: dict[str, object], words: Words, i: int, found: tuple[_Trigger, int]
) -> tuple[_Trigger, int] | None:
    """The cue at word i: the longest one found, or when that is a verdict that does not
    judge here, the longest shorter cue within it. "I'm not mining hard negatives" reads
    "not mine" (another team's) that closes no clause, and under it the plain "not" that
    refuses the mining; "is out of date" has no shorter cue and none is read."""
    trig, end = found
    if _verdict_stands(words, i, trig, end):
        return found
    keys = words.keys
    node: dict[str, object] | None = trie.get(keys[i])  # type: ignore[assignment]
    best: tuple[_Trigger, int] | None = None
    j = i + 1
    while node is not None:
        here = node.get("")
        if isinstance(here, _Trigger) and j < end and _verdict_stands(words, i, here, j):
            best = (here, j)
        if j >= end - 1:
            break
        node = node.get(keys[j])  # type: ignore[assignment]
        j += 1
    return best


_QUOTE_OPENERS = frozenset("\"'\u201c\u2018\u00ab")
_COPULAS = stems("is are was were be been being seem seems get gets")


def _too_to(words: Words, i: int) -> tuple[_Trigger, int] | None:
    """ "too noisy to ...", "too expensive to ...": the action after "to" is ruled out, and
    when the thing is called too X to be useful ("user reports are too noisy to be useful",
    a copula before "too" and a short ending), so is the thing. The X itself is said, not
    negated: "too rare to learn from" still says the class is rare."""
    keys, n = words.keys, len(words.keys)
    if keys[i] != _TOO:
        return None
    j, limit = i + 2, i + 5
    while j < min(n, limit):
        if words.boundary_before(j):
            # "too dirty (missing ready taps) to train sub-models on": over the brackets
            close = _bracket_close(words, j)
            if close is None or close >= n or keys[close] != _TO:
                return None
            limit, j = close + 1, close
        if keys[j] == _TO:
            text = " ".join(words.words[i : j + 1]).lower()
            rest = 0
            while j + 1 + rest < n and rest < 4 and not words.boundary_before(j + 1 + rest):
                rest += 1
            short = rest <= 3
            about_the_thing = i > 0 and keys[i - 1] in _COPULAS and short
            return _Trigger(BOTH if about_the_thing else PRE, text), j + 1
        j += 1
    return None


_BRACKET_WORDS = 8


def _bracket_close(words: Words, j: int) -> int | None:
    """When a bracket opens right before word j: the word after it closes (within
    _BRACKET_WORDS words), or None."""
    if "(" not in words.before(j):
        return None
    for k in range(j + 1, min(len(words.words), j + _BRACKET_WORDS + 1)):
        if ")" in words.before(k):
            return k
    return None


_SHORT_ANSWER = 6
# "As for drift dashboards, since ..., I'd rather spend the effort elsewhere": a topic set up
# front, then refused in the rest of its sentence.
_TOPIC_OPENERS = tuple(
    tuple(stem(w) for w in phrase.split())
    for phrase in ("as for", "as to", "regarding", "when it comes to")
)
_TOPIC_REACH = 30
"""How far into its sentence the cue that refuses a fronted topic may stand."""


def _refusing_cues(triggers: dict[int, Negation]) -> Iterator[tuple[int, Negation]]:
    """The cues that refuse, in reading order, each at its first word: not a plain "no" or
    "not", which these structural readings (a fronted topic, a quoted claim) never take."""
    for i in sorted(triggers):
        neg = triggers[i]
        if i == neg.first and neg.trigger.lower() not in PLAIN_NEGATIONS:
            yield i, neg


def _fronted_topic(words: Words, triggers: dict[int, Negation]) -> Iterable[tuple[int, Negation]]:
    """The words of a topic a sentence opens on, refused by a cue (not a plain "no"/"not")
    later in it, read cue by cue in one pass: a topic opened by "As for X," (or "Regarding
    X,", "When it comes to X,") with the cue anywhere in the rest of the sentence
    (`_topic_opened_by`), and a topic ("For X,", "On X,", "About X,") or a note's label
    ("X:") with the cue opening the clause right after it (`_topic_before`)."""
    done: set[int] = set()
    for i, neg in _refusing_cues(triggers):
        yield from ((k, neg) for k in _topic_opened_by(words, i, done))
        yield from ((k, neg) for k in _topic_before(words, i))


def _fronted_object(words: Words, triggers: dict[int, Negation]) -> Iterable[tuple[int, Negation]]:
    """The object a sentence opens on, with no comma, before our own subject and a cue that
    refuses later in that clause: "Friend spillover and novelty effects I'd note but not
    design around yet", "Duplicate listings I'd leave as they are". The object is what is
    refused. Only a short run of words that opens the sentence, with no word that would
    make it a clause or an adverbial of its own ("Then I'd ...", "If it drifts, I'd ...",
    "In v1 I'd ..."); each cue looks back at most _FRONTED_CUE_REACH words for the subject
    and _TOPIC_WORDS more for the sentence's start, so reading stays linear."""
    raw = words.words
    for i, _neg in _refusing_cues(triggers):
        c = i - 1
        while c >= 0 and i - c <= _FRONTED_CUE_REACH and not words.boundary_before(c + 1):
            if raw[c].lower().replace("\u2019", "'") in _FRONTED_SUBJECTS:
                break
            c -= 1
        else:
            continue
        if c < 1 or raw[c].lower().replace("\u2019", "'") not in _FRONTED_SUBJECTS:
            continue
        if words.boundary_before(c):
            continue  # "X, I'd ...": a topic with a comma is `_topic_before`'s
        if any(plain(raw[k]) not in _BEFORE_FRONTED_CUE for k in range(c + 1, i)):
            continue  # "X I'd drop rather than call negatives": the cue is of another verb
        start = c - 1
        while start > 0 and c - start < _TOPIC_WORDS and not words.boundary_before(start):
            start -= 1
        if not words.sentence_break_before(start) and start > 0:
            continue
        topic = [plain(raw[k]) for k in range(start, c)]
        if topic[0] in _NOT_FRONTED_FIRST or any(w in _NOT_IN_FRONTED for w in topic):
            continue
        yield from ((k, _neg) for k in range(start, c))


# "Recomputing historical graphs for every impression date is expensive, and ...", "an A/B
# test on ETAs is slow and noisy because ...": an idea as the subject of a predicate that
# only finds fault with it (reject13).
_PREDICATE_FAULTS = stems("expensive costly impractical infeasible prohibitive wasteful")
"""(Costs of doing something, not faults of data: "chargebacks are slow", "reports are
unreliable" state a problem, often the idea itself.)"""
_PREDICATE_DEGREES = frozenset(
    "too very far quite really pretty prohibitively rather fairly also both".split()
)
_PREDICATE_COPULAS = frozenset("is are was were be".split())


def _judged_by_predicate(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The subject of a clause whose predicate is a fault ("X is expensive", "X would be
    slow and noisy", "X are brittle"): the idea found wanting. Not a subject of ours or a
    pronoun ("we are slow", "it's expensive" names nothing), nor when the rest of the clause
    turns to what is done about it ("..., so we rerank only the top 50", "... but worth
    it") or the next sentence takes it up regardless (`_fault_handled`)."""
    keys, raw = words.keys, words.words
    for f in _with(keys, looked_at, _PREDICATE_FAULTS):
        cop = f - 1
        while cop > 0 and plain(raw[cop]) in _PREDICATE_DEGREES and f - cop <= 3:
            cop -= 1
        if cop <= 0 or plain(raw[cop]) not in _PREDICATE_COPULAS:
            continue
        if any(words.boundary_before(k) for k in range(cop + 1, f + 1)):
            continue
        end = cop - 1 if plain(raw[cop]) == "be" and plain(raw[cop - 1]) == "would" else cop
        if plain(raw[cop]) == "be" and end == cop:
            continue  # "to be expensive", "can be slow": no verdict on a subject
        if end == 0 or words.boundary_before(end):
            continue
        first, _ = clause_around(words, end - 1, end - 1)
        while first < end - 1 and plain(raw[first]) in _LEADS_OF_SUBJECT:
            first += 1
        opener = plain(raw[first])
        if opener in FIRST_PERSON or opener in _THIRD_PERSON_OPENERS or opener in _NOT_IDEAS:
            continue
        if any(plain(raw[k]) in FIRST_PERSON or plain(raw[k]) in _OURS for k in range(first, end)):
            continue
        if _fault_handled(words, triggers, f) or _answered_next(words, triggers, f):
            continue
        neg = Negation(" ".join(raw[cop : f + 1]), cop, f)
        yield from ((k, neg) for k in range(first, end))


_LEADS_OF_SUBJECT = frozenset("and but so while whereas".split())
_ANSWERING = frozenset("instead so rather still but therefore hence".split())


def _answered_next(words: Words, triggers: dict[int, Negation], f: int) -> bool:
    """Whether the sentence after a cost's opens on us or on a turn, with no cue in its
    first words: "Full retraining is expensive. Instead we fine-tune hourly" chooses within
    the idea; "... . I'd rather not build it" (a cue) still drops it."""
    raw, n = words.words, len(words.words)
    k = f + 1
    while k < n and k - f <= _FAULT_TAIL * 2 and not words.sentence_break_before(k):
        k += 1
    if k >= n or not words.sentence_break_before(k):
        return False
    window = range(k, min(n, k + _TAKEN_UP_WORDS))
    return (
        plain(raw[k]) in FIRST_PERSON
        or plain(raw[k]) in _ANSWERING
        or (k + 1 < n and plain(raw[k + 1]) in FIRST_PERSON)
    ) and not any(j in triggers for j in window)


# "A separate verification pass checking each claim would add a second model call and likely
# push past the 2-second target": what an idea would cost, said of it as a subject (reject13).
_WOULD = frozenset(("would",))
_WOULD_ADVERBS = frozenset("likely probably also only just easily".split())
_WOULD_COSTS = frozenset("exceed exceeds blow double triple".split())
_WOULD_ADD = frozenset(("add",))
_ADDED_MORE = frozenset("another extra second".split())
_PUSHED = frozenset(("push",))
_PAST = frozenset(("past", "over", "beyond"))


def _would_cost(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The subject of "would add a second model call", "would add another stage", "would
    push past the target", "would exceed the budget", "would double the cost": the idea's
    cost, as a hypothetical, is the case against it. Not a subject of ours or a pronoun ("we
    would add a second pass"), nor a clause that turns to what is done about it or answered
    by the next sentence (`_fault_handled`, `_answered_next`)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for w in _with(keys, looked_at, _WOULD):
        if w == 0 or words.boundary_before(w):
            continue
        v = w + 1
        while v < n and plain(raw[v]) in _WOULD_ADVERBS and v - w <= 2:
            v += 1
        if v + 1 >= n or words.boundary_before(v):
            continue
        verb, nxt = plain(raw[v]), plain(raw[v + 1])
        nxt2 = plain(raw[v + 2]) if v + 2 < n else ""
        if not (
            verb in _WOULD_COSTS
            or (verb in _WOULD_ADD and (nxt in _ADDED_MORE or nxt2 in _ADDED_MORE))
            or (verb in _PUSHED and (nxt in _PAST or nxt2 in _PAST))
        ):
            continue
        if any(c.isdigit() for k in range(v + 1, min(n, v + 4)) for c in raw[k]):
            continue  # "would add another 5% recall", "another 20 ms": a measure, weighed
        first, _ = clause_around(words, w - 1, w - 1)
        while first < w - 1 and plain(raw[first]) in _LEADS_OF_SUBJECT:
            first += 1
        opener = plain(raw[first])
        if opener in FIRST_PERSON or opener in _THIRD_PERSON_OPENERS or opener in _NOT_IDEAS:
            continue
        if any(plain(raw[k]) in FIRST_PERSON or plain(raw[k]) in _OURS for k in range(first, w)):
            continue
        if _fault_handled(words, triggers, v) or _answered_next(words, triggers, v):
            continue
        neg = Negation(" ".join(raw[w : v + 1]), w, v)
        yield from ((k, neg) for k in range(first, w))


# "mining similar-but-different products on this catalogue is a mess I don't want", "waiting
# months for labels means training on stale patterns": a subject whose predicate is a noun of
# trouble, or a consequence that is a fault (reject13).
_TROUBLES = stems("mess headache nightmare liability distraction minefield burden")
_MEANING = stems(("means",))
_MEANT_FAULTS = frozenset("stale outdated worse slower wrong biased noisy".split())
_MEANT_WORDS = 4


def _judged_by_trouble(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The subject of "is a mess", "would be a maintenance headache" (a copula and at most
    two words before the noun of trouble), or of "means" with a fault within its next few
    words ("means training on stale patterns"). Not a subject of ours or a pronoun, nor a
    clause that turns to what is done about it or is answered by the next sentence; a word
    of ours in a negated relative clause ("a mess I don't want") agrees, it adopts nothing."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for t in _with(keys, looked_at, _TROUBLES | _MEANING):
        if keys[t] in _MEANING:
            if plain(raw[t]) != "means" or not any(
                plain(raw[k]) in _MEANT_FAULTS
                for k in range(t + 1, min(n, t + 1 + _MEANT_WORDS))
                if not words.boundary_before(k)
            ):
                continue
            end = t
        else:
            cop = t - 1
            while cop > 0 and t - cop <= 3 and plain(raw[cop]) not in _PREDICATE_COPULAS:
                cop -= 1
            if cop <= 0 or plain(raw[cop]) not in _PREDICATE_COPULAS:
                continue
            if plain(raw[cop + 1]) not in _FAULT_DETERMINERS:
                continue
            if any(words.boundary_before(k) for k in range(cop + 1, t + 1)):
                continue
            end = cop - 1 if plain(raw[cop]) == "be" and plain(raw[cop - 1]) == "would" else cop
            if plain(raw[cop]) == "be" and end == cop:
                continue
        if end == 0 or words.boundary_before(end):
            continue
        first, _ = clause_around(words, end - 1, end - 1)
        while first < end - 1 and plain(raw[first]) in _LEADS_OF_SUBJECT:
            first += 1
        opener = plain(raw[first])
        if opener in FIRST_PERSON or opener in _THIRD_PERSON_OPENERS or opener in _NOT_IDEAS:
            continue
        if any(plain(raw[k]) in FIRST_PERSON or plain(raw[k]) in _OURS for k in range(first, end)):
            continue
        if _trouble_handled(words, triggers, t) or _answered_next(words, triggers, t):
            continue
        neg = Negation(" ".join(raw[end : t + 1]), end, t)
        yield from ((k, neg) for k in range(first, end))


def _trouble_handled(words: Words, triggers: dict[int, Negation], t: int) -> bool:
    """`_fault_handled`, but a word of ours that a cue follows at once ("a mess I don't
    want") agrees with the verdict."""
    raw, n = words.words, len(words.words)
    k = t + 1
    while k < n and k - t <= _FAULT_TAIL and not _clause_starts(words, k):
        w = plain(raw[k])
        if w in FIRST_PERSON and any(j in triggers for j in range(k + 1, min(n, k + 3))):
            return False
        if w in FIRST_PERSON or w in _OURS or (w in _FAULT_HANDLED and w != "so"):
            return True
        if w == "so" and not (k + 1 < n and plain(raw[k + 1]) in _SO_DEGREES):
            return True
        k += 1
    return _fault_handled(words, triggers, k - 1) if k < n and _clause_starts(words, k) else False


# -- an idea handed to another team (reject13) -------------------------------------------------
# "Invitation spam: a proper abuse model belongs with the trust team", "X would be the trust
# team's roadmap": what another team would do is not what the answer builds.
_TEAM = stems(("team",))
_HANDING = frozenset("belongs belong is are be".split())
_REMITS = frozenset("job roadmap problem call remit domain area responsibility project".split())
_HANDING_WORDS = 5
"""How far before "team" the verb that hands the idea over is looked for."""


def _handed_to_team(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The subject of a clause that gives the idea to another team: "X belongs with the
    trust team", "X would be the trust team's roadmap", "X is the platform team's job". Not
    our team ("our team", "we"), nor a clause that goes on, before its first mark, with us
    ("..., which we feed", "and we call it"), nor a subject of ours or a pronoun ("we are the
    team", "it belongs with the ads team" names nothing)."""
    keys, raw = words.keys, words.words
    for t in _with(keys, looked_at, _TEAM):
        verb = t - 1
        while verb > 0 and t - verb <= _HANDING_WORDS and not words.boundary_before(verb + 1):
            if plain(raw[verb]) in _HANDING:
                break
            verb -= 1
        else:
            continue
        if plain(raw[verb]) not in _HANDING or words.boundary_before(verb + 1):
            continue
        if any(plain(raw[k]) in FIRST_PERSON or plain(raw[k]) in _OURS for k in range(verb, t)):
            continue
        subject_end = verb - 1 if verb > 0 and plain(raw[verb - 1]) == "would" else verb
        if plain(raw[verb]) == "be" and subject_end == verb:
            continue  # "to be the team's", "will be": only "would be" hands over
        if plain(raw[verb]) not in ("belongs", "belong") and not (
            plain(raw[t]).endswith("'s") and t + 1 < len(raw) and plain(raw[t + 1]) in _REMITS
        ):
            continue  # "the raters are the trust team's reviewers": who they are
        first, _ = clause_around(words, subject_end - 1, subject_end - 1)
        if first >= subject_end:
            continue
        opener = plain(raw[first])
        if opener in FIRST_PERSON or opener in _THIRD_PERSON_OPENERS or opener in _NOT_IDEAS:
            continue
        if any(plain(raw[k]) in FIRST_PERSON for k in range(first, subject_end)):
            continue
        k = t + 1
        ours = False
        while k < len(raw) and k - t <= _FAULT_TAIL and not _clause_starts(words, k):
            if (plain(raw[k]) in FIRST_PERSON and plain(raw[k - 1]) != "than") or plain(
                raw[k]
            ) in _OURS:
                ours = True  # (not "a heavier lift than I'd take on")
                break
            k += 1
        if ours:
            continue
        neg = Negation(" ".join(raw[verb : t + 1]), verb, t)
        yield from ((k, neg) for k in range(first, subject_end))
        if first > 0 and ":" in words.before(first) and not words.sentence_break_before(first):
            k = first - 1  # "Invitation spam: a proper abuse model belongs with ...": the label
            while k >= 0:
                yield k, neg
                if k == 0 or "\n" in words.before(k) or words.sentence_break_before(k):
                    break
                k -= 1


# -- after a refusal: the problem left standing, and the idea's cost (reject13) ---------------
_STAYING = frozenset("stay stays remain remains".split())
_STATUS_QUO_WORDS = 10
"""A sentence this short, after a refusal, may restate what is left as it is."""
_NEEDING = frozenset("needs requires need require".split())
_NEEDED_OPENERS = frozenset("a an its another extra separate".split())
_AFTER_REFUSAL_CLAUSE = 14
"""How far into the clause after a refusal its subject's verb of need is looked for."""


def _left_standing(words: Words, triggers: dict[int, Negation]) -> Iterable[tuple[int, Negation]]:
    """After a sentence that refuses (its cue in the sentence's last _STATUS_QUO_WORDS
    words), a short sentence that says what is left as it is, in a state that is a lack
    ("I wouldn't do that. Declined payments stay unlabelled.", "... remain unobserved"): the
    problem the refused remedy would have solved, restated and accepted. Not a state that is
    not a lack ("The rules engine stays in front" keeps an idea), nor a sentence of ours."""
    raw, n = words.words, len(words.words)
    for _i, neg in _refusing_cues(triggers):
        nxt = neg.last + 1
        while nxt < n and nxt - neg.last <= _STATUS_QUO_WORDS and not _clause_starts(words, nxt):
            nxt += 1
        if nxt >= n or not words.sentence_break_before(nxt):
            continue
        end = nxt
        while (
            end + 1 < n and end + 1 - nxt < _STATUS_QUO_WORDS and not _clause_starts(words, end + 1)
        ):
            end += 1
        if end + 1 < n and not _clause_starts(words, end + 1):
            continue  # a longer sentence says more than what is left
        said = [plain(raw[k]) for k in range(nxt, end + 1)]
        if any(w in FIRST_PERSON for w in said):
            continue
        stay = next((k for k, w in enumerate(said) if w in _STAYING), None)
        if stay is None or stay == 0 or stay + 1 >= len(said):
            continue
        state = said[stay + 1]
        if not (state.startswith("un") and (state.endswith("ed") or state.endswith("own"))):
            continue
        yield from ((k, neg) for k in range(nxt, end + 1))


def _cost_after_refusal(
    words: Words, triggers: dict[int, Negation]
) -> Iterable[tuple[int, Negation]]:
    """The subject of the clause right after a refusal (past a ";"), when its verb is one of
    need with a thing to build after it: "Duplicate listings I'd leave as they are;
    collapsing near-identical listings needs a clustering job and a seller-choice policy".
    What the refused idea would take is the case against it, not the idea taken up. Not a
    subject of ours or a pronoun ("; we need a fallback", "; it needs a job")."""
    raw, n = words.words, len(words.words)
    for _i, neg in _refusing_cues(triggers):
        start = neg.last + 1
        while (
            start < n and start - neg.last <= _STATUS_QUO_WORDS and not _clause_starts(words, start)
        ):
            start += 1
        if start >= n or ";" not in words.before(start):
            continue
        opener = plain(raw[start])
        if opener in FIRST_PERSON or opener in _THIRD_PERSON_OPENERS or opener in _NOT_IDEAS:
            continue
        verb = start + 1
        while verb < n and verb - start < _AFTER_REFUSAL_CLAUSE and not words.boundary_before(verb):
            if plain(raw[verb]) in _NEEDING:
                break
            verb += 1
        else:
            continue
        if (
            verb >= n
            or plain(raw[verb]) not in _NEEDING
            or verb + 1 >= n
            or plain(raw[verb + 1]) not in _NEEDED_OPENERS
            or any(plain(raw[k]) in FIRST_PERSON for k in range(start, verb))
            or _fault_handled(words, triggers, verb + 1)
        ):
            continue  # ("...; collapsing needs a job, and we'd run it at ingestion": ours)
        yield from ((k, neg) for k in range(start, verb))


_FRONTED_CUE_REACH = 6
# What may stand between our subject and the cue: "X I'd note but not design around yet".
_BEFORE_FRONTED_CUE = frozenset(
    "would will probably honestly just really still also note mention flag acknowledge but "
    "and".split()
)
_FRONTED_SUBJECTS = frozenset("i'd we'd i'll we'll".split())
# Words that open an adverbial or a clause, not an object: "Then I'd ...", "In v1 I'd ...".
_NOT_FRONTED_FIRST = frozenset(
    "then so in for on at now here there also first later otherwise instead honestly "
    "frankly realistically personally today initially eventually after before with "
    "without by to from this that it these those".split()
)
_NOT_IN_FRONTED = SUBORDINATORS | frozenset(
    "is are was were be been being do does did has have had can could would will should "
    "might may must not no that".split()
)


def _topic_opened_by(words: Words, i: int, done: set[int]) -> range:
    """The topic of the sentence of the cue at `i`, when the sentence opens on "As for X,"
    (or "Regarding X,", "When it comes to X,"): "As for drift dashboards, since the retrain
    catches regressions, I'd rather spend the effort elsewhere." The cue looks back at most
    _TOPIC_REACH words for its sentence's start, so reading stays linear; `done` holds the
    sentences whose topic an earlier cue took."""
    keys = words.keys
    start = i
    while start > 0 and i - start < _TOPIC_REACH and not words.sentence_break_before(start):
        start -= 1
    if start in done or (start > 0 and not words.sentence_break_before(start)):
        return range(0)
    opener = next((len(p) for p in _TOPIC_OPENERS if tuple(keys[start : start + len(p)]) == p), 0)
    if not opener:
        return range(0)
    end = start + opener
    while end < i and end - start <= _TOPIC_WORDS and "," not in words.before(end + 1):
        end += 1
    if end >= i or "," not in words.before(end + 1):
        return range(0)
    done.add(start)
    return range(start + opener, end + 1)


# "For monitoring, I'd rather not build ...", "Duplicate listings: I would not bother with
# dedup": a topic (or a note's label) set up front, and the clause after it opening on a
# refusal. Only a subject, a modal or an adverb may stand between them.
_TOPIC_PREPOSITIONS = stems("for on about regarding")
_CLAUSE_LEAD = frozenset(
    "i we i'd we'd i'll we'll i'm we're would will should probably honestly frankly just "
    "really still also".split()
)
_LEAD_WORDS = 3


def _topic_before(words: Words, i: int) -> range:
    """The words of a topic the sentence opens on, when the clause after its comma (for
    "For X,", "On X,", "About X,") or its colon (for a label, "X:") opens on the cue at `i`:
    "For monitoring, I'd rather not build a drift stack", "Friendly fraud: I would not try to
    correct for it". Looks at most _LEAD_WORDS and _TOPIC_WORDS back from the cue, so reading
    stays linear."""
    raw, keys = words.words, words.keys
    c = i
    while c > 0 and i - c < _LEAD_WORDS and not words.boundary_before(c):
        if plain(raw[c - 1]) not in _CLAUSE_LEAD:
            break
        c -= 1
    if c == 0 or not words.boundary_before(c) or words.sentence_break_before(c):
        return range(0)
    sep = words.before(c)
    label = ":" in sep or "\u2014" in sep or "\u2013" in sep or " - " in sep
    if not label and sep.strip() != ",":
        return range(0)
    start = c - 1
    while start > 0 and c - start <= _TOPIC_WORDS and not words.boundary_before(start):
        start -= 1
    if not words.sentence_break_before(start):
        return range(0)  # not the sentence's opening words
    if label:
        return range(start, c)
    if keys[start] in _TOPIC_PREPOSITIONS and c - start > 1:
        return range(start + 1, c)
    return range(0)


_QUOTES = '"\u201c\u201d'
_QUOTE_TO_CUE = 4
"""How many words may stand between a quote's end and the cue that judges it."""
_QUOTE_WORDS = 40
"""The longest quoted claim read."""


def _quoted_claim(words: Words, triggers: dict[int, Negation]) -> Iterable[tuple[int, Negation]]:
    """A claim in quotes that a refusing cue (not a plain "no"/"not") judges a few words after
    it closes: 'The "spam folder is rarely looked at, so we never learn about our false
    positives" argument is a bit academic' judges all of the quote, however long, not the
    five words before the cue. Each cue looks back at most _QUOTE_TO_CUE + _QUOTE_WORDS words,
    so reading stays linear."""
    for i, neg in _refusing_cues(triggers):
        close = next(
            (
                j
                for j in range(i, max(0, i - _QUOTE_TO_CUE) - 1, -1)
                if j > 0
                and words.before(j)[:1] in tuple(_QUOTES)
                and not words.sentence_break_before(j)
            ),
            None,
        )
        if close is None:
            continue
        k = close - 1
        while k >= 0 and close - k <= _QUOTE_WORDS and "\n" not in words.before(k):
            if words.before(k)[-1:] in tuple(_QUOTES):
                yield from ((m, neg) for m in range(k, close))
                break
            k -= 1


def _answered_no(words: Words, triggers: dict[int, Negation]) -> Iterable[tuple[int, Negation]]:
    """ "Do we need a feature store? Probably not." / "Retrain hourly? I don't think so, ...":
    a question answered by a short clause that holds a cue is a rejection of what it
    asked."""
    if "?" not in words.text:
        return
    n = len(words.words)
    separators = words.parts[2 : 2 * n : 2]  # the separator before each word from word 1
    for b in compress(range(1, n), map(contains, separators, repeat("?"))):
        if not words.sentence_break_before(b):
            continue
        end = b + 1  # the answer's first clause: "I don't think so, the data is stable."
        while end < n and not words.boundary_before(end):
            end += 1
        if end - b > _SHORT_ANSWER:
            continue
        cue = next((triggers[k] for k in range(b, end) if k in triggers), None)
        if cue is None:
            cue = _hedged_no(words, triggers, b, end)
        if cue is None:
            continue
        k = b - 1
        while k >= 0:
            yield k, cue
            if words.sentence_break_before(k):
                break
            k -= 1


_ANSWER_HEDGES = frozenset("possibly maybe perhaps probably somewhat slightly marginally".split())
_HEDGE_TURN = frozenset(("but", "though", "however"))


def _hedged_no(words: Words, triggers: dict[int, Negation], b: int, end: int) -> Negation | None:
    """ "Does the displayed ETA change behaviour? Possibly, but I doubt it's a first-order
    effect": an answer that opens on a bare hedge and turns ("but") to a cue in its next
    clause answers no, as "Probably not" does. The next clause is read up to
    _SHORT_ANSWER words."""
    raw, n = words.words, len(words.words)
    if end - b > 2 or raw[b].lower() not in _ANSWER_HEDGES or end >= n:
        return None
    if raw[end].lower() not in _HEDGE_TURN or words.sentence_break_before(end):
        return None
    k = end + 1
    while k < n and k - end <= _SHORT_ANSWER and not words.boundary_before(k):
        if k in triggers and triggers[k].trigger not in PLAIN_NEGATIONS:
            return triggers[k]
        k += 1
    return None


_ALONE = stem("alone")
_AUXILIARIES = frozenset(
    "would will can could might may does do is are was were just only also simply".split()
)
# What "X alone" does when an answer criticises X: it ignores, misses, rewards the wrong thing.
_SHORTCOMINGS = stems(
    "ignores misses rewards favours favors hides overstates understates inflates fails "
    "leads pushes encourages biases misleads hurts chases leaks overfits punishes "
    "optimises optimizes overlooks neglects skews conflates confuses says tells "
    "isn't doesn't can't won't wouldn't cannot not never aren't"
)


def _alone(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "Ranking by pCTR alone ignores the bid", "clicks alone would reward clickbait": X alone
    as the subject of a shortcoming argues against X, back to the start of its clause. "Offline
    AUC alone is enough" does not: only a shortcoming, perhaps after an auxiliary, makes
    "alone" a verdict. The negation stands on the shortcoming, so a phrase holding "alone"
    ("rank by CTR alone") is still negated by it."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, {_ALONE}, 1):
        j = i + 1
        while j < n and plain(raw[j]) in _AUXILIARIES:
            if words.boundary_before(j):
                break
            j += 1
        if j >= n or words.boundary_before(i + 1) or words.boundary_before(j):
            continue
        word = plain(raw[j])
        if (
            keys[j] not in _SHORTCOMINGS
            and stem(word) not in _SHORTCOMINGS
            and word not in _SHORTCOMINGS
        ):
            continue
        neg = Negation("alone " + word, j, j)
        k = i
        while k >= 0 and i - k <= 2 * SCOPE:
            yield k, neg
            if k == 0 or is_boundary(words.before(k)):
                break
            k -= 1


# "non-personal": the prefix negates the one word it is joined to.
_NON = stem("non")


def _non_prefixed(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    keys, parts, n = words.keys, words.parts, len(words.keys)
    for i in _with(keys, looked_at, {_NON}, 0, n - 1):
        if parts[2 * i + 2] in ("-", ""):
            yield i + 1, Negation("non", i, i)


# "X is a mess I don't want", "that's a sizeable investment I'd schedule after the
# per-modality models are stable": a thing said to be what we refuse or put off.
_REFUSING_VERBS = stems("want need schedule postpone defer avoid skip")
_REFUSING_WANTS = frozenset(("want", "need"))
_REFUSING_NOTS = frozenset("don't dont not".split())
_REFUSING_CHOOSERS = frozenset("i we i'd we'd".split())
_REFUSING_FILLERS = frozenset("rather probably just also".split())
_THING_ARTICLES = frozenset("a an the one".split())
_REFUSED_THING_COPULAS = frozenset("is are was be".split())
_REFUSED_THING_WORDS = 4
_REFUSED_THING_POINTERS = frozenset(("that", "it", "this"))


def _relative_refusal(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "Mining similar-but-different products here is a mess I don't want", "A joint model
    ... really catches memes, but that's a sizeable investment I'd schedule after the
    per-modality models are stable": the subject of "is a <thing>" that a relative clause
    of ours refuses ("I don't want", "we don't need") or puts off ("I'd schedule after", "I'd
    postpone", "I'd rather avoid") is refused. When the subject is "that"/"it", what it
    stands for is the clause before. Each verb looks back a fixed number of words."""
    keys, raw = words.keys, words.words
    for j in _with(keys, looked_at, _REFUSING_VERBS):
        c = j - 1
        while c > 0 and raw[c].lower() in _REFUSING_FILLERS:
            c -= 1
        if raw[j].lower() in _REFUSING_WANTS:
            if c < 1 or raw[c].lower().replace("\u2019", "'") not in _REFUSING_NOTS:
                continue
            c -= 1
            if raw[c].lower() in ("do", "does"):
                c -= 1
        elif raw[j].lower().endswith("ing") or raw[j].lower().endswith("ed"):
            continue
        if c < 1 or raw[c].lower().replace("\u2019", "'") not in _REFUSING_CHOOSERS:
            continue
        if any(words.boundary_before(k) for k in range(c, j + 1)):
            continue
        a = c - 1
        while a > 0 and c - a <= _REFUSED_THING_WORDS and raw[a].lower() not in _THING_ARTICLES:
            if words.boundary_before(a + 1):
                break
            a -= 1
        if a < 1 or raw[a].lower() not in _THING_ARTICLES or words.boundary_before(a + 1):
            continue
        copula = raw[a - 1].lower().replace("\u2019", "'")
        neg = Negation(f"{raw[a - 1]} ... {raw[c]} {raw[j]}", c, j)
        if copula in _REFUSED_THING_COPULAS and not words.boundary_before(a):
            first = _sentence_start(words, a - 1)
            if a - 1 - first > _TOPIC_WORDS * 2:
                continue
            subject = range(first, a - 1)
        elif copula.endswith("'s") and copula[:-2] in _REFUSED_THING_POINTERS:
            subject = range(0)
            b = a - 2  # the word before "that's"
            if b >= 0 and raw[b].lower() in _BUT:
                b -= 1
            if b >= 0:
                subject = range(_sentence_start(words, b), b + 1)
        else:
            continue
        yield from ((k, neg) for k in subject)


def mark_negated(negations: Negations, mentions: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions, each owner's in reading order, with `negation` set where one covers it.

    A trigger inside one of an owner's own phrases ("never get a label", "didn't report",
    "... are irrelevant") belongs to the idea and negates none of that owner's words; one
    that only begins inside it does not ("the goal is not opens": the "is" of "goal is"), nor
    one that ends inside it after a negating word of its own ("opens are not the objective":
    "not the objective" ends on the phrase "the objective").
    """
    covering, triggers = negations.covering, negations.triggers
    if not covering:
        return mentions
    # A byte per word, so that "does this mention touch a covered word?" is one call in C.
    covered = _marks(covering, negations.size)
    on_trigger = _marks(triggers, negations.size)
    out: list[list[Mention]] = []
    for owned in mentions:
        # (Each mention's words counted in C: a long answer has a hundred thousand.)
        past = map((1).__add__, map(_LAST, owned))
        if not any(map(covered.count, repeat(1), map(_FIRST, owned), past)):
            out.append(owned)
            continue
        own = {
            neg
            for m in owned
            if on_trigger.find(1, m.first, m.last + 1) >= 0
            for k in range(m.first, m.last + 1)
            if (neg := triggers.get(k)) is not None and _owned(neg, m)
        }
        out.append([_negated(m, covering, negations.also, own) for m in owned])
    return out


# What a verdict may put before the phrase it ends on and still be the phrase's own ("... are
# irrelevant" for the phrase "irrelevant"); "not the objective" ends on "the objective" but
# negates it.
_VERDICT_LEADS = frozenset("is are was were be been seems seem sounds sound it's that's".split())


def _owned(neg: Negation, m: Mention) -> bool:
    """Whether a trigger is part of the mention's phrase: it ends inside it, and whatever of
    it comes before the phrase only joins a verdict to it ("are" of "are irrelevant")."""
    if not m.first <= neg.last <= m.last:
        return False
    before = plain(neg.trigger).split()[: max(0, m.first - neg.first)]
    return all(w in _VERDICT_LEADS for w in before)


def _negated(
    m: Mention, covering: dict[int, Negation], also: dict[int, Negation], own: set[Negation]
) -> Mention:
    for k in range(m.first, m.last + 1):
        neg = covering.get(k)
        if neg is not None and neg not in own:
            return m._replace(negation=neg)
        neg = also.get(k)
        if neg is not None and neg not in own:
            return m._replace(negation=neg)
    return m


_FIRST, _LAST = attrgetter("first"), attrgetter("last")


def _marks(positions: Iterable[int], n: int) -> bytearray:
    marked = bytearray(n)
    for k in positions:
        marked[k] = 1
    return marked


def _rejects_previous_sentence(words: Words, raw: Sequence[str], i: int, end: int) -> bool:
    """A short sentence "I wouldn't." / "I'd skip it." / "We won't start there." at index i,
    a short clause closing a sentence: "..., so we won't.", or a cue that closes a clause
    about a thing named before it: "picking each user's best hour is a refinement I'd
    skip"."""
    if i < 2 or raw[i - 1].lower() not in _SUBJECTS:
        return False
    n = len(raw)
    closes = (
        end >= n
        or words.boundary_before(end)
        or _only_tail(words, end)
        or raw[end].lower() in _CONDITION_OPENERS
    )
    if not _clause_starts(words, i - 1) and not (
        i >= 3 and raw[i - 2].lower() in _CLOSING and "," in words.before(i - 2)
    ):
        return closes and raw[i - 2].lower() not in TERMINATORS
    if closes:
        return True
    for k in range(end, min(n, end + 3)):
        if words.keys[k] in _UNDOING:
            return False  # "We rerank by margin. I wouldn't drop it.": it is kept
        if raw[k].lower() in _ANAPHORS:
            return k + 1 >= n or words.boundary_before(k + 1)
        if words.boundary_before(k + 1) if k + 1 < n else True:
            return False
    return False


# "..., which is too slow for training": a verdict after "which" and a copula.
_WHICH_COPULAS = frozenset("is are was were seems seem feels feel".split())
# Words that may end a short refusal: "We don't need to.", "I wouldn't either."
_TAILS = frozenset("to either yet now for here really at all so first initially bother".split())


def _only_tail(words: Words, end: int) -> bool:
    raw, n = words.words, len(words.words)
    k = end
    while k < n and raw[k].lower() in _TAILS:
        k += 1
        if k >= n or words.boundary_before(k):
            return True
    return False


# -- refusals said after what they refuse (red flags lane, flags16) -----------------------------
# "I looked at X, and I'd rule it out", "some teams reach for X, but I wouldn't: ...", "I
# considered X and rejected it", "X was tried and dropped", "..., so no.": the refusal comes
# after what it refuses and takes back its sentence up to it. (These were red-flag-only tables
# in evidence.py; here items get them too.) Keys, as `stem` makes them.
_RULED_OUT = frozenset(
    tuple(phrase.split())
    for phrase in (
        "rule it out",
        "rule that out",
        "rule them out",
        "ruled it out",
        "ruled that out",
        "ruled them out",
        "i'd avoid it",
        "i'd skip it",
        "not on this",
        "rejected it",
        "rejected that",
        "rejected them",
        "dropped it",
        "dropped that",
        "discarded it",
        "discarded that",
        "decided against it",
        "decided against that",
        "decide against it",
    )
)
# Only when they close their clause: "..., but I wouldn't: ..." ("but I wouldn't bother with
# Y" refuses Y instead), "..., so no."
_REFUSED_AT_END = frozenset(
    tuple(phrase.split())
    for phrase in (
        "but i wouldn't",
        "but i won't",
        "but we won't",
        "but we wouldn't",
        "but i don't",
        "but not here",
        "so no",
        "so not",
    )
)
_REFUSAL_SIZES = sorted({len(p) for p in _RULED_OUT | _REFUSED_AT_END})
"""How many words a refusal of `_refused_after` has: its start is looked up at each size."""
_REFUSED_AFTER_STARTS = frozenset(stem(p[0]) for p in _RULED_OUT | _REFUSED_AT_END)
_REFUSAL_PAIRS = frozenset(p[:2] for p in _RULED_OUT | _REFUSED_AT_END)
"""The first two words of every refusal (each has two at least: `_REFUSAL_SIZES`)."""
_REFUSED_AFTER_REACH = 40
"""How far back a refusal said after its object takes its sentence back (linear reading)."""


def _refused_after(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The words of a sentence before a refusal that closes it ("I looked at X, and I'd rule
    it out"; "some teams reach for X, but I wouldn't: ..."; "X? Tempting, so no.")."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _REFUSED_AFTER_STARTS):
        if tuple(map(plain, raw[i : i + 2])) not in _REFUSAL_PAIRS:
            continue  # most: "but" and "so" begin many clauses and few refusals
        said = tuple(map(plain, raw[i : i + 3]))
        for table, closing in ((_RULED_OUT, False), (_REFUSED_AT_END, True)):
            # (No phrase of a table begins another: at most one size finds one.)
            size = next((size for size in _REFUSAL_SIZES if said[:size] in table), 0)
            if not size or (closing and i + size < n and not words.boundary_before(i + size)):
                continue
            neg = Negation(" ".join(raw[i : i + size]), i, i + size - 1)
            k = i - 1
            while k >= 0 and i - k <= _REFUSED_AFTER_REACH:
                yield k, neg
                if words.sentence_break_before(k):
                    break
                k -= 1
            break


# -- end of flags16's block -----------------------------------------------------------------


# -- a problem stated, then its remedy refused (reject11) --------------------------------------
# "Friendly fraud makes the labels noisy; I wouldn't try to model that noise separately",
# "Declined transactions never get a label, so ... - I'm not doing anything about that",
# "Mail in spam is rarely looked at. The usual fix is ..., but ...; I'd put that off": the
# refusal points back (it, that, this, them) at the problem, and the statement of the problem
# is part of the refusal. Not when a clause of our own adopts something instead ("...; I'd
# down-weight them"), nor when what is pointed back at was proposed ("we keep a holdout").
_POINTING = frozenset(("it", "this", "them", "those", "that"))
"""Words that point back at what was said before, where they stand as an object or subject."""
_POINTING_SUBJECTS = frozenset(("it's", "that's", "this's"))
_VERDICT_VERBS = frozenset("is 's feels feel seems seem sounds looks".split())
"""Verbs after which a pointing word that opens its clause is the subject of a verdict
("that feels like a later-phase discussion")."""
_STANDS_FOR = frozenset("question problem effect part loop".split())
"""Words after "that" that say what it stands for ("that question"), besides the ends of a
clause and the words `_TAKE_BACK_WORDS` lists."""
_REMEDYING = stems("fix correct address handle solve counter measure clean model debias cure")
"""Verbs whose object, pointed back at, is the problem a remedy is for ("a holdout to fix
that feels like a later-phase discussion")."""
_POINT_BEFORE = 10
"""How many words before a cue, in its clause, a word that points back is looked for."""
_POINT_AFTER = 14
"""...and how many after it ("I wouldn't spend effort modelling or cleaning that")."""
_REFUSING_SUBJECT_REACH = 3
"""A negated verb or a cue refuses when our own subject stands this near before it."""
_REFUSER_WORDS = frozenset("would will 'd do am 'm can could just simply really honestly".split())
_NEGATING = frozenset("not no never without nothing none cannot".split())
# Negated verbs that state a fact, not a refusal: "we don't know anything about them".
_KNOWING = stems("know have get observe learn hear notice")
# A refusal of these keeps what is pointed at, or refuses the problem itself: "I wouldn't
# ignore it", "we do not want to repeat that".
_KEEPING = _UNDOING | stems("ignore skip neglect forget repeat allow cause risk")
# A clause of our own that adopts nothing: it takes the problem as it is, or says we know it.
_TAKING_AS_IS = stems(
    "accept live leave note acknowledge admit agree know grant concede park move flag keep "
    "take treat think suspect expect doubt see say mention like love"
)
_PROBLEM_STEPS = 2
"""How many sentences back a refusal that points back reaches: the problem, and between them
a sentence that weighs its remedy and points back itself ("The usual fix is X, but that
costs real money; I'd put it off")."""
_REMEDY_WORDS = stems("fix remedy answer solution cure correction workaround")
_WEIGHING_TURNS = frozenset("but however though although yet".split())
_ONLY = frozenset(("only", "exclusively"))


def _refused_remedy(
    words: Words, triggers: dict[int, Negation], accepted: dict[int, Negation]
) -> Iterable[tuple[int, Negation]]:
    """The words of a problem stated before a refusal that points back at it: the clauses of
    the refusal's sentence before it or, when it opens its sentence, the sentence before (and
    the one before that, when the one between weighs a remedy and points back itself: "The
    usual fix is X, but that costs real money; I'd put it off"), within its paragraph, so
    long as none of them is a clause of our own that adopts something or refuses something
    else, and nothing of ours after the refusal adopts something instead. Each refusal reads
    a bounded stretch: reading stays linear."""
    raw = words.words
    done = -1
    cues = {id(n): n for n in triggers.values()}
    cues.update((id(n), n) for n in accepted.values())  # "so I'd live with that bias"
    for neg in sorted((_whole_cue(words, n) for n in cues.values()), key=lambda n: n.first):
        if neg.first <= done or not _refuses_as_ours(words, neg) or _quoted(words, neg.first):
            continue
        a, b = clause_around(words, neg.first, neg.last)
        point = _points_back(words, neg, a, b)
        if point is None and accepts_shortcoming(neg):
            point = neg.last  # "I'd live with the bias": the problem named again
        if point is None:
            fronted = _fronted_acknowledged(words, neg)
            if fronted and not _adopts_after(words, b, triggers):
                yield from ((k, neg) for k in fronted)
            continue
        if _adopts_after(words, b, triggers):
            continue
        if _negated_verb(neg) and any(
            words.keys[k] in _KEEPING for k in range(neg.first + 1, min(b + 1, neg.last + 5))
        ):
            continue  # "I wouldn't drop them": a refusal to undo keeps it
        start = _sentence_start(words, a)
        span = list(range(a - 1, start - 1, -1))
        if _chooses(words, span, triggers):
            continue
        steps = 0
        # (back to the sentence before when this one says nothing before the refusal, or
        # only weighs a remedy, or points back itself: "Cleaning that up (...) is something
        # I'd defer")
        back = (
            any(_points_at_problem(words, k) for k in span if k < a)
            or all(plain(raw[k]) in _LEAD_INS | _SOFTENERS | _OPINING for k in span)
            or _weighs_remedy(words, span)
        )
        k = start
        while back and steps < _PROBLEM_STEPS and k > 0 and "\n\n" not in words.before(k):
            # (at most _SENTENCE_REACH words of it: reading stays linear)
            before = list(islice(_previous_sentence(words, k), _SENTENCE_REACH))
            if not before or _chooses(words, before, triggers):
                break
            span += before
            k, steps = min(before), steps + 1
            # (past a short acknowledgement too: "Worth thinking about; for now I'd ...")
            back = _weighs_remedy(words, before) or len(before) <= _ACKNOWLEDGEMENT
        for k in span:
            yield k, neg
        # ... and the words pointing back, with what they say it is ("that noise")
        for k in range(min(point, neg.last + 1), point + 1):
            yield k, neg
        if point + 1 < len(raw) and plain(raw[point + 1]) in _STANDS_FOR | _TAKE_BACK_WORDS:
            yield point + 1, neg
        # ... and the reasons that follow it in its sentence ("...; the noise is roughly
        # stable over time", ": the spillover is second order")
        yield from ((k, neg) for k in _reasons_after(words, b))
        done = neg.last


_SPLIT_CUE_REACH = 5


def _whole_cue(words: Words, neg: Negation) -> Negation:
    """A cue whose words stand apart ("leave ... aside", found on its last word) from its
    first word: "I'd leave that aside" refuses from "leave"."""
    head, sep, _ = neg.trigger.partition(" ... ")
    if not sep:
        return neg
    first = stem(head.split()[0]) if head.split() else ""
    for k in range(neg.first - 1, max(-1, neg.first - 1 - _SPLIT_CUE_REACH), -1):
        if words.keys[k] == first:
            return Negation(neg.trigger, k, neg.last)
    return neg


def _points_at_problem(words: Words, k: int) -> bool:
    """Whether word k points back as the object of a remedy or of our acknowledging it
    ("Cleaning that up", "correct for it", "I'd note it")."""
    raw = words.words
    return (
        k > 0
        and _said(raw, k) in _POINTING
        and (_remedy_of(words, k) or words.keys[k - 1] in _TAKING_AS_IS)
    )


def _fronted_acknowledged(words: Words, neg: Negation) -> range:
    """What is fronted before "I'd note but not ..." / "we acknowledge and don't ...": the
    object of both verbs, acknowledged and its remedy refused ("Friend spillover and novelty
    effects I'd note but not design around yet"). Empty when the cue is not so joined or
    nothing stands before our subject in its clause."""
    raw = words.words
    i = neg.first
    if i < 4 or plain(raw[i - 1]) not in ("but", "and") or words.keys[i - 2] not in _TAKING_AS_IS:
        return range(0)
    subject = i - 3
    while subject > 0 and _said(raw, subject) in _REFUSER_WORDS:
        subject -= 1
    if _said(raw, subject) not in FIRST_PERSON or _clause_starts(words, subject):
        return range(0)
    start = max(_sentence_start(words, subject), subject - _SENTENCE_REACH)
    if any(words.boundary_before(k) for k in range(start + 1, subject + 1)):
        return range(0)
    return range(start, subject)


def _reasons_after(words: Words, b: int) -> Iterable[int]:
    """The clauses of the refusal's sentence after its clause (ending at word b) that say,
    of the problem named again with "the", "it", "that", why the remedy is refused ("...;
    the noise is roughly stable over time", ": ... and the spillover is second order"), up
    to a clause of our own. (`_adopts_after` has found nothing adopted there.)"""
    raw, n = words.words, len(words.words)
    taking = False
    for k in range(b + 1, min(n, b + 1 + _REFUSED_AFTER_REACH)):
        if words.sentence_break_before(k) or _said(raw, k) in FIRST_PERSON:
            return
        word = plain(raw[k])
        if words.boundary_before(k) or word in CLAUSE_OPENERS or word in _JOINING:
            j = k
            while j < n and plain(raw[j]) in CLAUSE_OPENERS | _JOINING and j - k < 2:
                j += 1
            if j > k or words.boundary_before(k):
                # (not a condition: "... once the uplift model is stable")
                taking = (
                    j < n
                    and plain(raw[j]) in _NAMED_AGAIN
                    and not any(plain(raw[c]) in _CONDITIONAL for c in range(k, j))
                )
        if taking:
            yield k


_NAMED_AGAIN = frozenset("the it it's its that this such".split())


def _quoted(words: Words, i: int) -> bool:
    """Whether word i stands inside quotation marks opened in its sentence: someone else's
    words ("say \"I can't find this\""), no refusal of ours."""
    marks = 0
    for k in range(max(words.sentence_start(i), i - _SENTENCE_REACH) + 1, i + 1):
        sep = words.before(k)
        marks += sep.count('"') + sep.count("\u201c") + sep.count("\u201d")
    return marks % 2 == 1


def _said(raw: Sequence[str], k: int) -> str:
    return raw[k].lower().replace("\u2019", "'")


def _refuses_as_ours(words: Words, neg: Negation) -> bool:
    """Whether a cue refuses, rather than states a fact: our own subject (or one that points
    back) stands just before it ("I'm not doing anything about that", "that's not worth it",
    "I'd put that off"), or a verdict's copula ("... is a later concern"); not "declined
    transactions never get a label", "city managers won't trust them", "we don't know
    anything about them"."""
    raw = words.words
    if "rather" in neg.trigger.lower() or "instead" in neg.trigger.lower():
        return False  # "X rather than Y" chooses
    negated = _negated_verb(neg)
    if negated and neg.last + 1 < len(raw) and words.keys[neg.last + 1] in _KNOWING:
        return False
    first = _said(raw, neg.first)
    if first in FIRST_PERSON or first in _SUBJECTS or (not negated and first in _VERDICT_VERBS):
        return True  # "I doubt ...", "... is overkill"
    j = neg.first - 2
    if j > 0 and _said(raw, j) in _POINTING:
        j -= 1
    if j >= 0 and plain(raw[neg.first - 1]) in ("but", "and") and words.keys[j] in _TAKING_AS_IS:
        # "I'd note it but not worry at first": our subject before the verb we joined
        for k in range(neg.first - 2, max(-1, neg.first - 2 - _JOINED_SUBJECT_REACH), -1):
            if words.boundary_before(k + 1):
                break
            if _said(raw, k) in FIRST_PERSON:
                return True
    k = neg.first - 1
    while k >= 0 and neg.first - k <= _REFUSING_SUBJECT_REACH and not words.boundary_before(k + 1):
        word = _said(raw, k)
        if word in FIRST_PERSON or word in _SUBJECTS or word in _POINTING_SUBJECTS:
            return True
        if word in _POINTING and (k == 0 or words.boundary_before(k) or _opens_clause(raw, k)):
            return True
        if not negated and word in _VERDICT_VERBS:
            return True
        if word not in _REFUSER_WORDS and word not in _VERDICT_VERBS and word not in _FILLERS:
            return False
        k -= 1
    return False


_FILLERS = frozenset("like a an the something probably more kind of rather".split())
"""Words between a verdict's copula and the verdict ("feels like a later-phase ...")."""


def _negated_verb(neg: Negation) -> bool:
    """Whether a cue is a negated verb ("not", "wouldn't", "never")."""
    said = neg.trigger.lower().replace("\u2019", "'").split()
    return any(w in _NEGATING or w.endswith("n't") for w in said)


def _opens_clause(raw: Sequence[str], k: int) -> bool:
    return k == 0 or plain(raw[k - 1]) in _LEAD_INS | _WEIGHING_TURNS


def _points_back(words: Words, neg: Negation, a: int, b: int) -> int | None:
    """Whether the cue's clause (words a..b) holds a word that points back at something said
    before: "it", "them", "that" as the object of the refusal (before the end of its clause,
    a word of when or what for, or of what it stands for: "that noise", "it for launch") or
    of a remedy ("a holdout to fix that"), or as the subject of a verdict ("that's", "that
    feels like"). Not "worth it" or "than it's worth", which point at nothing, nor "it's not
    possible to ...", which points at what follows. The word that points, or None."""
    raw, n = words.words, len(words.words)
    # (the object of a remedy before the cue may stand past an aside: "Cleaning that up
    # (separate model, relabelling) is something I'd defer")
    lo = max(min(a, _sentence_start(words, a)), neg.first - _POINT_BEFORE)
    for k in range(lo, min(b, neg.last + _POINT_AFTER) + 1):
        if k > neg.first and words.boundary_before(k):
            break  # "GBDT+LR I'd skip, it adds a second model": another clause
        word = _said(raw, k)
        if words.keys[k] in _REMEDY_WORDS and k > 0 and plain(raw[k - 1]) in _ANY:
            return k  # "leave any correction for later": the remedy of what was said
        if word not in _POINTING and word not in _POINTING_SUBJECTS:
            continue
        if k > 0 and plain(raw[k - 1]) in ("worth", "than"):
            continue
        # (after the cue, the subject of what it doubts: "I doubt it matters")
        opens = k == a or k > neg.last or words.boundary_before(k) or _opens_clause(raw, k)
        if k + 1 == neg.first and word in _POINTING and _said(raw, k + 1) not in _VERDICT_VERBS:
            continue  # "That rules out a heavy model": the reason, not what is refused
        if word in _POINTING_SUBJECTS or (
            k + 1 < n and opens and _said(raw, k + 1) in _VERDICT_VERBS | _JUDGED
        ):
            if word.startswith("it") and any(
                raw[j].lower() == "to" for j in range(neg.last + 1, min(n, neg.last + 4))
            ):
                continue  # "it's not possible to run ...": what follows is the subject
            if opens:
                return k
            continue
        if k < neg.first:
            if k > 0 and words.keys[k - 1] in _TAKING_AS_IS and _said(raw, k) != "that":
                return k  # "I'd note it but not worry at first": what we know of
            if _remedy_of(words, k) and not any(t in _CLAUSE_ENDS for t in _between(words, k, a)):
                return k  # "a holdout to fix that feels like a later-phase discussion"
            continue  # "drift detection on top of that is something we can live without"
        if (
            k + 1 >= n
            or words.boundary_before(k + 1)
            or plain(raw[k + 1]) in _STANDS_FOR | _TAKE_BACK_WORDS | _OBJECT_TAILS
            or words.keys[k + 1] in _PARTICLES_AFTER
            or plain(raw[k + 1]) in _SET_ASIDE
        ):
            return k
    return None


_ANY = frozenset(("any", "a", "the"))
"""Determiners before a remedy noun a refusal takes as its object ("any correction")."""
_SET_ASIDE = frozenset(("aside", "alone"))
"""Words after a pointing object of "leave that aside", "leave it alone"."""
_JUDGED = frozenset("matters matter helps help pays works buys".split())
"""Verbs a doubt judges a pointing subject by: "I doubt it matters"."""
_OBJECT_PREPOSITIONS = frozenset("for with about against".split())
_IN_PLACE = frozenset(("already",))
"""A stretch that says a remedy is already in place chooses it."""
_RELATIVES_AND_WHAT = frozenset("what which that who where whatever".split())


_CLAUSE_ENDS = frozenset(",;:.")


def _between(words: Words, k: int, a: int) -> str:
    """The separators from word k to word a of the cue's clause, brackets left out: what an
    aside does not close."""
    seps = "".join(words.before(j) for j in range(k + 1, a + 1))
    depth, out = 0, []
    for c in seps:
        depth += c == "("
        if not depth:
            out.append(c)
        depth -= c == ")" and depth > 0
    return "".join(out)


def _remedy_of(words: Words, k: int) -> bool:
    """Whether the pointing word k is the object of a remedy: of a verb of remedying or of
    a gerund ("to fix that", "correcting for that", "chasing that with online learning")."""
    raw = words.words
    j = k - 1
    if j > 0 and plain(raw[j]) in _OBJECT_PREPOSITIONS:
        j -= 1
    return j >= 0 and (words.keys[j] in _REMEDYING or plain(raw[j]).endswith("ing"))


_JOINED_SUBJECT_REACH = 4
"""How far before "but"/"and" our subject of a joined refusal is looked for."""
_OPINING = stems("think feel believe suspect guess")
"""Lead-ins of an opinion before a refusal: "I think it's overrated"."""


def _shortcomings_accepted(words: Words, looked_at: Sequence[int]) -> Iterable[Negation]:
    """A shortcoming accepted by our own subject, wherever its clause goes on: "I'd accept
    the noise in v1 and let the threshold absorb it", "we accept some noise"."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _ACCEPTING, 1):
        if plain(raw[i - 1]) not in _ACCEPTING_SUBJECTS and not _chooser_and(words, i):
            continue
        j = i + 1
        if keys[i] == stem("live"):
            if j >= n or raw[j].lower() != "with":
                continue
            j += 1
        if j + 1 >= n or raw[j].lower() not in _ACCEPTED_THIS:
            continue
        if keys[j + 1] in _SHORTCOMINGS_ACCEPTED and not words.boundary_before(j + 1):
            yield Negation(" ".join(raw[i : j + 2]), i, j + 1)


def _weighs_remedy(words: Words, span: Sequence[int]) -> bool:
    """Whether a sentence weighs a remedy and points back ("The usual fix is X, but that's
    paying for fraud", "A holdout would fix that, but ..."): the problem is the sentence
    before it. Not "Manual review is an option too, but it's a small lever", which names
    what it weighs."""
    raw, keys = words.words, words.keys
    turn = next((k for k in sorted(span) if _said(raw, k) in _WEIGHING_TURNS), None)
    if turn is None:
        return False
    before = [k for k in span if k < turn]
    return any(keys[k] in _REMEDY_WORDS for k in before) or any(
        _said(raw, k) in _POINTING for k in before
    )


def _chooses(words: Words, span: Sequence[int], triggers: dict[int, Negation]) -> bool:
    """Whether a stretch before a refusal makes a choice of its own: a condition, a clause
    of ours that adopts something, a refusal of something else ("that's fine for X, but it's
    not the same as Y and I wouldn't use it"), or a limit ("go into evaluation only, I
    wouldn't train on them")."""
    raw = words.words
    if span and plain(raw[min(span)]) in _CONDITIONAL:
        return True  # "If X can't hit the target I'll revisit, but I doubt we'd need it"
    for k in span:
        if _adopts(words, k, triggers):
            return True
        if plain(raw[k]) in _IN_PLACE:
            return True  # "censored hours are already flagged, so I wouldn't build more"
        if _said(raw, k) in _ONLY and k + 1 < len(raw) and words.boundary_before(k + 1):
            return True  # "... go into evaluation only, I wouldn't train on them"
        neg = triggers.get(k)
        if neg is not None and neg.first == k and _refuses_as_ours(words, neg):
            a, b = clause_around(words, neg.first, neg.last)
            point = _points_back(words, neg, a, b)
            if (point is None or point < neg.first) and not any(
                words.keys[j] in _REMEDY_WORDS for j in range(a, b + 1)
            ):
                # (one that points back too, or refuses "a correction", refuses the same:
                # "I doubt it matters; I'd park that question")
                return True
    return False


def _adopts(words: Words, k: int, triggers: dict[int, Negation]) -> bool:
    """Whether word k is our own subject whose clause adopts something: not negated, and
    its verb is none that takes a problem as it is ("I'd note", "we accept some noise")."""
    raw = words.words
    if _said(raw, k) not in FIRST_PERSON:
        return False
    if (
        k > 1
        and plain(raw[k - 1]) in _RELATIVES_AND_WHAT
        and plain(raw[k - 2]) not in _VERDICT_VERBS
    ):
        return False  # "what we let through" adopts nothing ("is what I'd build" does)
    n = len(raw)
    j = k + 1
    while j < n and not words.boundary_before(j) and _said(raw, j) in _REFUSER_WORDS | _SOFTENERS:
        j += 1
    if j >= n or words.boundary_before(j) or j in triggers:
        return False
    if words.keys[j] in _TAKING_AS_IS:
        return False
    return not any(t in triggers for t in range(k, min(n, j + 3)))


def _adopts_after(words: Words, b: int, triggers: dict[int, Negation]) -> bool:
    """Whether the refusal's sentence goes on, after its clause (ending at word b), to adopt
    something of our own ("...; I'd down-weight them") or something instead ("rather",
    "instead"), or the next sentence opens so ("Instead, we down-weight them")."""
    raw, n = words.words, len(words.words)
    breaks = 0
    subordinate = False
    for k in range(b + 1, min(n, b + 1 + _REFUSED_AFTER_REACH)):
        if words.sentence_break_before(k):
            breaks += 1
            if breaks > 1 or "\n\n" in words.before(k):
                return False
            opening = k
        word = raw[k].lower()
        if words.boundary_before(k) or word in CLAUSE_OPENERS:
            # "... until we have a few months of logs": a condition adopts nothing
            subordinate = word in SUBORDINATORS
        if subordinate:
            continue
        if breaks and k - opening > _REFUSING_SUBJECT_REACH:
            return False  # the next sentence is looked at only for how it opens
        if word in ("instead", "rather") and not (
            k + 1 < n and raw[k + 1].lower() in ("not", "than")
        ):
            return True
        if _adopts(words, k, triggers):
            return True
    return False


# -- end of reject11's block -------------------------------------------------------------------


POST_CUES = frozenset(_post_variants())
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
        *_FAULT_HEADS,
        *_PREDICATE_FAULTS,
        *_WOULD,
        *_TROUBLES,
        *_MEANING,
        *_TEAM,
        *_FOR_FIRST,
        *_OTHERS_FIRST,
        *_REFUSING_VERBS,
    )
)
"""The keys the patterns besides the cue lists begin with (deferred notes, "I'd add X
later", preferences, weighed-then-dropped, "X alone", "non-", "leave X out")."""
