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
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import compress, repeat
from operator import attrgetter, or_

from designtrainer.grading.mentions import Mention
from designtrainer.grading.negation.clauses import (
    _ACKNOWLEDGEMENT,
    _ANAPHORIC,
    _ANAPHORS,
    _BUT,
    _CLOSING,
    _TOO,
    _TREATING,
    _afterthought,
    _clause_starts,
    _colon_or_dash,
    _line_after_colon,
    _list_below,
    _note_label,
    _only_anaphors,
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
from designtrainer.grading.negation.deferrals import (
    _ADDING,
    _LATER_FIRST,
    _LEAVE,
    _PUSH,
    _PUT,
    _SAME,
    _TREATED_WORDS,
    _VERDICT_WORDS,
    _deferred,
    _deferred_notes,
    _fronted,
    _left_out,
    _put_off,
    _same_for,
    _short_verdicts,
)
from designtrainer.grading.negation.faults import (
    _COSTING,
    _FAULT_HEADS,
    _MEANING,
    _PREDICATE_FAULTS,
    _TROUBLES,
    _WOULD,
    _costly,
    _judged_by_faults,
    _judged_by_predicate,
    _judged_by_trouble,
    _would_cost,
)
from designtrainer.grading.negation.marks import Negation as Negation
from designtrainer.grading.negation.marks import Negations as Negations
from designtrainer.grading.negation.marks import _Trigger
from designtrainer.grading.negation.refusals import (
    _ALONE,
    _NON,
    _QUOTE_OPENERS,
    _REFUSED_AFTER_STARTS,
    _REFUSING_VERBS,
    _TEAM,
    _WHICH_COPULAS,
    _alone,
    _answered_no,
    _contact_clause,
    _cost_after_refusal,
    _fronted_object,
    _fronted_topic,
    _handed_to_team,
    _left_standing,
    _non_prefixed,
    _not_equal,
    _parallel_pair,
    _quoted_claim,
    _refused_after,
    _refused_fragment,
    _refused_list,
    _refused_means,
    _rejects_previous_sentence,
    _relative_refusal,
    _shared_object,
    _too_to,
    _trigger_at,
    _verdict_or_shorter_cue,
)
from designtrainer.grading.negation.remedies import (
    _ACCEPTING,
    _accepted,
    _refused_remedy,
    _shortcomings_accepted,
)
from designtrainer.grading.negation.remedies import accepts_shortcoming as accepts_shortcoming
from designtrainer.grading.negation.scopes import (
    _opinion_clause,
    _scope_after,
    _scope_before,
    _subject_of_verdict,
    _waited_for,
)
from designtrainer.grading.negation.weighings import (
    _FOR_FIRST,
    _IN_PRACTICE_FIRST,
    _OTHERS_FIRST,
    _PREFERENCE_TURNS,
    _conceded_then_dismissed,
    _possible_then_dropped,
    _preferred_over,
    _voiced_then_dropped,
    _voiced_then_other_course,
    _weighed_then_dropped,
    _weighed_then_dropped_later,
    _weighed_then_faulted,
    _weighed_then_for_now,
)
from designtrainer.grading.negation.weighings import points_back as points_back
from designtrainer.grading.negation.weighings import voiced_by_others as voiced_by_others
from designtrainer.grading.negation.weighings import weighs as weighs
from designtrainer.grading.words import (
    ARTICLES,
    Words,
    distinct_words,
    first_key,
    keys_of_phrases,
    normalize_word,
    plain,
    stem,
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
