"""`find_negations`, which runs every reading over an answer, and `mark_negated`.

The only module that imports all the others; none of them imports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter, ne

from designtrainer.grading.mentions import Mention
from designtrainer.grading.negation.clauses import (
    _ACKNOWLEDGEMENT,
    _ANAPHORIC,
    _ANAPHORS,
    _CLOSING,
    _TREATING,
    _afterthought,
    _clause_starts,
    _colon_or_dash,
    _complement_contrasted,
    _line_after_colon,
    _list_below,
    _not_doing_it,
    _note_label,
    _only_anaphors,
    _opens_sentence,
    _previous_sentence,
    _refers_back,
    _refers_to_object,
    _restricted,
    _said_before,
    _said_in_clause,
    _said_in_earlier_clause,
    _said_in_reason,
    _sentence_start,
    _takes_back,
)
from designtrainer.grading.negation.crosses import crossed_out, has_cross
from designtrainer.grading.negation.cues import (
    _VERDICT_ANAPHORS,
    BOTH,
    PLAIN_NEGATIONS,
    POST,
    PRE,
    PSEUDO,
)
from designtrainer.grading.negation.deferrals import (
    _TREATED_WORDS,
    _deferred,
    _deferred_notes,
    _fronted,
    _left_out,
    _put_off,
    _same_for,
    _short_verdicts,
)
from designtrainer.grading.negation.faults import (
    _costly,
    _judged_by_faults,
    _judged_by_predicate,
    _judged_by_trouble,
    _lot_of_cost,
    _more_than_wanted,
    _would_cost,
)
from designtrainer.grading.negation.marks import KeyedPositions, Negation, Negations
from designtrainer.grading.negation.refusals import (
    _FRAGMENT_OPENERS,
    _QUOTE_OPENERS,
    _WHICH_COPULAS,
    _alone,
    _answered_no,
    _contact_clause,
    _cost_after_refusal,
    _fronted_object,
    _fronted_topic,
    _handed_to_team,
    _label_kept_apart,
    _label_made_do_without,
    _left_standing,
    _left_undone,
    _little_to_add,
    _never_as_much,
    _non_prefixed,
    _not_equal,
    _parallel_pair,
    _quoted_claim,
    _quoted_verdict,
    _refused_after,
    _refused_fragment,
    _refused_list,
    _refused_means,
    _refusing_cues,
    _rejects_previous_sentence,
    _relative_refusal,
    _shared_object,
    _too_to,
    _trigger_at,
    _verdict_or_shorter_cue,
)
from designtrainer.grading.negation.remedies import (
    _accepted,
    _refused_remedy,
    _shortcomings_accepted,
)
from designtrainer.grading.negation.rules import _PATTERN_STARTS, NegationRules, _cue_starts
from designtrainer.grading.negation.scopes import (
    _MEANS,
    _WAITED_CONDITIONS,
    _described_subject,
    _opinion_clause,
    _scope_after,
    _scope_before,
    _subject_of_verdict,
    _waited_for,
)
from designtrainer.grading.negation.weighings import (
    _conceded_then_dismissed,
    _granted_then_sufficed,
    _possible_then_dropped,
    _preferred_over,
    _voiced_sentences,
    _voiced_then_dropped,
    _voiced_then_other_course,
    _weighed_then_dropped,
    _weighed_then_dropped_later,
    _weighed_then_faulted,
    _weighed_then_for_now,
)
from designtrainer.grading.words import Words, plain, stem, tokenize


def has_negation_cue(phrase: str) -> bool:
    """Whether a phrase holds a negation trigger: a rubric's `not_negations` must, or listing
    it changes nothing."""
    words = tokenize(phrase)
    words.keys = [stem(w) for w in words.words]
    rules = NegationRules._beginning_with(set(words.keys))
    return bool(find_negations(rules, words).triggers)


_POINTING_PREPOSITIONS = frozenset("for on about with against around of".split())
"""Prepositions whose object may be a pronoun pointing back ("correcting for that")."""


def _raised_to_a_figure(cue: str, raw: Sequence[str], end: int) -> bool:
    """Whether a cue of putting something off ("push it to", "push that to") is followed by a
    figure: "if we push that to 45% of searches" raises a number, it defers nothing. (Not a
    year or an ordinal: "push it to 2027", "push that to 2nd phase" put it off.)"""
    return (
        cue.startswith("push ")
        and cue.endswith(" to")
        and end < len(raw)
        and _FIGURE.fullmatch(raw[end]) is not None
        and _YEAR.fullmatch(raw[end]) is None
    )


_FIGURE = re.compile(r"\d[\d,.]*%?")
_YEAR = re.compile(r"(?:19|20)\d\d")


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
        found = _trigger_at(trie, words, i) or _too_to(words, i) or _left_undone(words, i)
        if found is None:
            continue
        found = _verdict_or_shorter_cue(trie, words, i, found)
        if found is None:
            continue
        trig, end = found
        skip_until = end
        if trig.kind == PSEUDO or (
            _QUOTE_OPENERS.intersection(words.before(i)[-1:]) and not _quoted_verdict(words, i, end)
        ):
            continue  # users click "Not interested": a quoted cue names something
        if end - i == 1 and "/" in (words.before(i), words.before(end) if end < len(keys) else ""):
            continue  # one word of a pair joined by a tight slash is a noun: "fee/wait"
        if _raised_to_a_figure(trig.text, raw, end):
            continue  # "if we push that to 45%" raises a figure; "push it to v2" defers
        neg = Negation(trig.text, i, end - 1)
        for k in range(i, end):
            triggers[k] = neg
        if trig.kind in (PRE, BOTH):
            for k in _refused_reach(words, trig.text, i, end):
                covering.setdefault(k, neg)
        if trig.kind in (POST, BOTH):
            before = list(_scope_before(words, i))
            for k in before:
                covering.setdefault(k, neg)
            described = _described_subject(words, i)
            for k in range(described[0] if described else i, i):
                covering.setdefault(k, neg)
            for k in described:
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
                clause_run: list[int] = []
                while k >= 0:
                    clause_run.append(k)
                    if _clause_starts(words, k):
                        break
                    k -= 1
                copula = _complement_contrasted(words, trig.text, clause_run[::-1])
                covered = (
                    clause_run if copula is None else range(copula - 1, clause_run[-1] - 1, -1)
                )
                for k in covered:
                    covering.setdefault(k, neg)
            elif not before and i > 0 and words.sentence_break_before(i):
                # "I considered X, but ... . Maybe later, not for the first version.": a
                # sentence that is only a verdict judges the sentence before it.
                for k in _previous_sentence(words, i):
                    covering.setdefault(k, neg)
            elif i > 0 and (
                _only_anaphors(raw, before, i)
                or (
                    trig.text.startswith(_VERDICT_ANAPHORS)
                    and (
                        all(raw[k].lower() in _ANAPHORIC for k in before)
                        # "Correcting for that is probably a later concern" (reject19):
                        # the pronoun, after a preposition, still points back
                        or raw[i - 1].lower() in _POINTING_PREPOSITIONS
                    )
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
                    or _proposed_then_judged(words, earlier, start)
                ):
                    # (when its sentence said something before it, "I'd treat it as ..." or a
                    # line of its own points at that, not at the sentence before; so does a
                    # "but it's" after its own earlier clause that tells of the idea being
                    # proposed, tune51: "Cluster randomisation is often suggested ..., but
                    # it's a lot of machinery")
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
            and plain(raw[end]) in _POINTING_BACK
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
            _takes_back(words, end) or _points_back_itself(trig.text)
        ):
            # "X is the usual answer; I'd start without any of that": "that" is X; "X sounds
            # clever, but ... so I'd skip it": X said earlier in the same sentence.
            covering.cover(
                _said_in_reason(words, i) or _said_before(words, i) or _previous_sentence(words, i),
                neg,
            )
        elif trig.kind in (PRE, BOTH) and (
            _takes_back(words, end, roles=True) or _not_doing_it(words, end)
        ):
            # "Watch time is noisy (...) so not using it as a target for v1": "it" is what
            # its own clause said before (reject17)
            covering.cover(_said_in_clause(words, i), neg)
    for k, neg in _refused_after(words, looked_at):
        covering.setdefault(k, neg)
        triggers.setdefault(neg.first, neg)
    # The patterns below begin with keys of their own, and look for them among these only.
    looked_at = KeyedPositions(
        list(compress(looked_at, map(_PATTERN_STARTS.__contains__, looked_keys))), keys
    )
    covering.take(_deferred(words, looked_at))
    covering.take(_preferred_over(words, looked_at))
    covering.take(_answered_no(words, triggers))
    covering.take(_label_kept_apart(words))
    covering.take(_label_made_do_without(words, looked_at))
    refusing = _refusing_cues(words, triggers)  # (the readings up to _quoted_claim add no cue)
    covering.take(_fronted_topic(words, refusing))
    covering.take(_fronted_object(words, refusing))
    covering.take(_left_standing(words, refusing))
    covering.take(_handed_to_team(words, looked_at))
    covering.take(_cost_after_refusal(words, triggers, refusing))
    covering.take(_relative_refusal(words, looked_at))
    if '"' in words.text or "\u201d" in words.text:
        covering.take(_quoted_claim(words, refusing))
    covering.take(_alone(words, looked_at))
    covering.take(_little_to_add(words, looked_at))
    covering.take(_never_as_much(words, looked_at))
    for k, neg in _non_prefixed(words, looked_at):
        covering.setdefault(k, neg)
        triggers[neg.first] = neg
    for k, neg in _left_out(words, looked_at):
        covering.setdefault(k, neg)
        triggers.setdefault(neg.first, neg)
    covering.take(_deferred_notes(words, looked_at))
    covering.take(_put_off(words, looked_at))
    covering.take(_short_verdicts(words, looked_at))
    accepted: dict[int, Negation] = {}
    for k, neg in _accepted(words, looked_at):
        covering.setdefault(k, neg)
        accepted[neg.first] = neg
    for neg in _shortcomings_accepted(words, looked_at):
        # "we accept some noise": the shortcoming accepted is no remedy of it (reject11)
        covering.setdefault(neg.last, neg)
        accepted.setdefault(neg.first, neg)
    covering.take(_costly(words, looked_at))
    covering.take(_lot_of_cost(words, looked_at))
    covering.take(_more_than_wanted(words, looked_at))
    covering.take(_judged_by_faults(words, triggers, looked_at))
    covering.take(_judged_by_predicate(words, triggers, looked_at))
    covering.take(_would_cost(words, triggers, looked_at))
    covering.take(_judged_by_trouble(words, triggers, looked_at))
    covering.take(_same_for(words, looked_at, triggers))
    if "\u2260" in words.text or "!=" in words.text:
        covering.take(_not_equal(words))
    if has_cross(words.text):
        covering.take(crossed_out(words))
    for run, neg in _weighed_then_dropped(words, triggers, looked_at):
        covering.cover(run, neg)
    covering.take(_weighed_then_dropped_later(words, triggers, looked_at))
    covering.take(_weighed_then_faulted(words, triggers, looked_at))
    covering.take(_possible_then_dropped(words, triggers, looked_at))
    covering.take(_conceded_then_dismissed(words, triggers, looked_at))
    covering.take(_granted_then_sufficed(words, looked_at))
    voiced = _voiced_sentences(words, looked_at)
    covering.take(_voiced_then_dropped(words, triggers, voiced))
    covering.take(_voiced_then_other_course(words, triggers, voiced))
    for run, neg in _weighed_then_for_now(words, looked_at):
        covering.cover(run, neg)
    covering.take(_refused_remedy(words, triggers, accepted))
    return Negations(first_cover, triggers, n, also)


def _refused_reach(words: Words, text: str, i: int, end: int) -> Iterator[int]:
    """The words a cue that negates what follows it (words i..end-1, `text`) refuses: its
    scope (`_scope_after`), and what goes on past the word the scope stopped at (the
    reach), a fronted object, a denied opinion's clause.

    The readings that go on past the reach each ask first what stands there: "and" (two
    gerunds sharing an object, a pair of nouns), a preposition of means, a comma (a list
    after a preposition), a condition waited for ("until we see ..."). That word is read
    once here and only the readings it admits are asked: a dozen readings asked of each of
    a long answer's cues, most of them to find their word absent, were a fifth of negation.
    (The order they are asked in does not matter: they all cover words with one cue.)"""
    raw, n = words.words, len(words.words)
    reach = end
    for k in _scope_after(words, end):
        yield k
        reach = k + 1
    stop = raw[reach].lower() if reach < n else ""
    if stop in _WAITED_CONDITIONS and text not in PLAIN_NEGATIONS:
        yield from _waited_for(words, reach)
    yield from _fronted(words, i)
    yield from _opinion_clause(words, text, end)
    if text in _FRAGMENT_OPENERS:
        yield from _refused_fragment(words, text, i, reach)
    if stop == "and":
        yield from _shared_object(words, end, reach)
        yield from _parallel_pair(words, end, reach)
    elif stop in _MEANS:
        yield from _refused_means(words, text, end, reach)
    if reach < n and words.before(reach).strip() == ",":
        yield from _refused_list(words, end, reach)
    if reach > end + 1:
        yield from _contact_clause(words, end, reach)


_PROPOSED = frozenset(
    "suggested proposed recommended advocated raised mentioned "
    # an idea weighed up before the turn (reject20): "X is the textbook answer, but ..."
    "textbook tempting appealing obvious classic attractive".split()
)
_BUT_REACH = 5
"""How many words a short phrase between "but" and the verdict's clause may hold: "but with
15 engineers I think it's ..."."""


def _proposed_then_judged(words: Words, earlier: Iterable[int], start: int) -> bool:
    """Whether a verdict's "it" after "but" follows its own sentence's earlier clause telling
    of an idea being proposed or weighed up ("X is often suggested because ..., but it's a
    lot of machinery", "X is the textbook answer, but with 15 engineers I think it's a maybe
    later item"): "it" is that idea, not the sentence before."""
    raw = words.words
    k = start - 1
    while k > 0 and start - k < _BUT_REACH and plain(raw[k]) != "but":
        if words.boundary_before(k + 1) and k + 1 < start:
            return False
        k -= 1
    if k < 1 or plain(raw[k]) != "but":
        return False
    said = sorted(earlier)
    if said and raw[said[0]].lower().replace("\u2019", "'") in _POINTING_SUBJECTS:
        return False  # "It's the textbook answer, but ...": the earlier clause points back too
    return any(plain(raw[j]) in _PROPOSED for j in said)


_POINTING_SUBJECTS = frozenset("it it's that that's this they they're".split())


@lru_cache(maxsize=1024)
def _points_back_itself(cue: str) -> bool:
    """Whether a cue's own words after its first point back ("skip it", "leave that"): read
    once per cue text (a few hundred), not again for each of a long answer's refusals."""
    return any(w.replace("\u2019", "'") in _ANAPHORS for w in cue.split()[1:])


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

    def take(self, found: Iterable[tuple[int, Negation]]) -> None:
        """`setdefault` for each (word, negation) a reading yields, in its order."""
        for k, neg in found:
            self.setdefault(k, neg)

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
    if not covering and not triggers:  # a cue that covers nothing still negates its own words
        return mentions
    # A byte per word, so that "does this mention touch a cue (or a covered word)?" is one
    # call in C.
    on_trigger = _marks(triggers, negations.size)
    touched = _marks(chain(covering, triggers), negations.size)
    out: list[list[Mention]] = []
    for owned in mentions:
        # Whether any of the owner's mentions touches a covered word or a cue, asked in C: of
        # each one's first word by indexing (most mentions are one word), and of the words
        # after it only for the longer ones (counting each one's words was most of this
        # stage: a long answer has a hundred thousand mentions).
        firsts = list(map(_FIRST, owned))
        if not any(map(touched.__getitem__, firsts)):
            lasts = list(map(_LAST, owned))
            longer = compress(zip(firsts, lasts, strict=True), map(ne, firsts, lasts))
            if not any(touched.find(1, first + 1, last + 1) >= 0 for first, last in longer):
                out.append(owned)
                continue
        own = {
            neg
            for m in owned
            if on_trigger.find(1, m.first, m.last + 1) >= 0
            for k in range(m.first, m.last + 1)
            if (neg := triggers.get(k)) is not None and _owned(neg, m)
        }
        out.append([_negated(m, covering, negations.also, own, triggers) for m in owned])
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
    m: Mention,
    covering: dict[int, Negation],
    also: dict[int, Negation],
    own: set[Negation],
    triggers: dict[int, Negation],
) -> Mention:
    cue = triggers.get(m.first)
    if cue is not None and cue not in own and cue.first == m.first and m.last < cue.last:
        # the verb that opens the cue ("hold" of "I'd hold off"): the cue, not the idea
        # (reject15; not a word it ends on: "opens are not a goal" says what the goal is not)
        return m._replace(negation=cue)
    for k in range(m.first, m.last + 1):
        neg = covering.get(k)
        if neg is not None and neg not in own:
            return m._replace(negation=neg)
        neg = also.get(k)
        if neg is not None and neg not in own:
            return m._replace(negation=neg)
    return m


_FIRST, _LAST = attrgetter("first"), attrgetter("last")
_POINTING_BACK = _ANAPHORS | {"it's", "that's"}
"""What opens a refused clause that points back at the sentence before (made once)."""


def _marks(positions: Iterable[int], n: int) -> bytearray:
    marked = bytearray(n)
    for k in positions:
        marked[k] = 1
    return marked
