"""Stage 5 of grading, red flags: when an answer makes a wrong choice, not when it discusses it.

A red flag's mistake is often named by an answer that does not make it: it weighs the idea and
drops it, warns against it, says someone else does it, or states the right choice that takes
it back. `flag_choice` reads which sentences make the mistake from the flag's mentions (and
its `unless` mentions, where the answer states the right choice), and `refusal_choice` when
the answer refuses the right choice instead ("we don't need a fallback"). They live apart from
`evidence`, which chooses the mentions that earn an item and calls into this module for a
`RedFlag` owner, because nearly all of their many helpers are about this one question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import groupby, pairwise
from operator import attrgetter, itemgetter
from typing import Protocol

from designtrainer.domain.model import RedFlag
from designtrainer.grading.choice import CHOICE_REACH, RELATIVES, Choice, best_window
from designtrainer.grading.commitment import STATEMENT, commits, strength
from designtrainer.grading.generic import focused_alone, what_doing_it_does
from designtrainer.grading.judgement import CRITICISM, Judgement
from designtrainer.grading.mentions import Mention
from designtrainer.grading.negation import ARROWS, FIRST_PERSON, STRIKE, Negation
from designtrainer.grading.right_forms import (
    about_sufficiency,
    granted_another_use,
    kept_natural,
    sufficiency_denied,
)
from designtrainer.grading.roles import kept_to_a_minor_role
from designtrainer.grading.stance import (
    COMMITTED,
    JUDGED,
    OTHER_PEOPLE,
    read_stance,
    told_as_others,
)
from designtrainer.grading.words import ARTICLES, Words, plain, stem, stems

_sentence, _mention = itemgetter(0), itemgetter(1)
"""Of a (sentence, mention) pair."""


SKIP_SETTLED = True
"""Whether a sentence that cannot hold every group of the mistake, even with the sentence
before it and its list's lead-in, is passed over before its clauses are read: the shortcut
that keeps red flags cheap on long answers. tests/test_fast_paths.py turns it off to check
that it changes no choice (the later check on the sifted mentions would skip the sentence
anyway)."""


LONE_GATE = True
"""Whether a mistake made once only, in a plain statement, is marked `Choice.lone` for the
answer-level gate (`grade._quiet_lone_flag`) instead of settling the flag at once. Off, the
flag fires on its first sentence as before (tests/test_flag_consistency.py measures both)."""


def flag_choice(
    flag: RedFlag,
    mentions: Sequence[Mention],
    usable: list[Mention],
    judgement: Judgement,
    unless: Sequence[Mention] = (),
    remedies: Sequence[Mention] = (),
) -> Choice:
    """A mistake counts when the answer makes it, named or not, never when it warns: not in
    a clause that argues against it ("a random split would leak"), nor in a sentence that
    rules it out ("definitely not a random shuffle: shuffling zone-hours would let the model
    see next week"). A mistake is stated in one sentence, so all of its groups must be there.
    A negated mention in a later clause of the sentence does not take back the mistake stated
    before it ("I'd use reported posts as positives, ..., and sample negatives from posts that
    were never reported"). Nor does it count in a sentence that also states the flag's right
    choice (`unless`, every group, not negated nor argued against): "if it beats the baseline
    offline, we launch an A/B test" gates the test on the offline win. Nor when the sentence
    goes on to name, not negated, what refusing the right choice would refuse (`remedies`, the
    flag's `refused` mentions: "..., so it gets a popularity fallback").

    A sentence that makes the mistake only as a plain statement, the weakest shape of a
    commitment (`commitment.strength`), does not settle it: the sentences after it are read
    for one that makes it again, and when none does the choice is marked `lone`."""
    start = judgement.sentence_start
    right: set[int] | None = None
    """The sentences that state the right choice: read when a mistake is first found."""
    phrased: list[set[int]] | None = None
    """Per group, the words of the flag's phrases of two words or more of the other groups,
    not negated: gathered when a sentence with every group is first sifted."""
    refused: dict[int, int] = {}
    """Sentence -> where its first negated mention starts."""
    refused_to: dict[int, int] = {}
    """Sentence -> where its last negated mention (or the cue that negates it) ends."""
    negated_at: dict[int, Mention] = {}
    """Where each negated mention starts -> the mention."""
    negated_groups: dict[int, set[int]] = {}
    """Sentence -> the groups of its negated mentions."""
    spans_in: dict[int, list[tuple[int, int]]] = {}
    """Sentence -> (start, reach) of each negated mention: where it starts, and where it or
    the cue that negates it ends."""
    lone: Choice | None = None
    """The first sentence that makes the mistake, when it does so only as a plain statement:
    kept while the sentences after it are read for one that makes it again."""
    words = judgement.words
    for m in mentions:
        if m.negation is not None and not _instructed(words, m.negation):
            first = start(m.first)
            refused[first] = min(refused.get(first, m.first), m.first)
            refused_to[first] = max(refused_to.get(first, 0), m.last, m.negation.last)
            negated_at.setdefault(m.first, m)
            negated_groups.setdefault(first, set()).add(m.group)
            spans_in.setdefault(first, []).append((m.first, max(m.last, m.negation.last)))
    groups = len(flag.evidence)
    said = _Said(words, mentions)
    groups_in: dict[int, set[int]] = {}
    """Per sentence read (by first word), the groups of its mentions before they are sifted:
    what it, or a sentence that goes on about it or lists under it, can bring at most."""
    leads = judgement.lead_lines()
    led_groups: set[int] = set()
    """The groups of the lead-in lines read so far: what a list's lead-in can bring at most."""
    # Sentence by sentence in reading order (a sentence's mentions come together): the first
    # one that makes the mistake decides, and the clauses of the sentences after it are never
    # read (a long answer makes a mistake it makes at all many times).
    in_order = zip(judgement.sentences_of(usable), usable, strict=True)
    for first, in_sentence in groupby(in_order, _sentence):
        found = list(map(_mention, in_sentence))
        negated = refused.get(first)
        resumed = None
        between: set[int] = set()
        """Mentions (by where they start) kept between two negations: in their own clause
        after the one before them, ended before the next one."""
        if negated is not None:
            last_word = judgement.sentence(first).last
            resumed = _own_clause_after(words, refused_to[first], last_word)
            between = _between_negations(words, found, spans_in[first], last_word)
            found = [
                m
                for m in found
                if m.last < negated
                or (resumed is not None and m.first >= resumed)
                or m.first in between
            ]
        said.add(first, found)
        have = groups_in[first] = {m.group for m in found}
        if first in leads:
            led_groups |= have
        # An item of a list says what the list's lead-in line says of every item: under
        # "Features I'd add:", "- the ad's CTR over the full day" is a feature.
        lead: int | None = None
        if len(have) < groups:
            # Not every group here, nor with the sentence before (which it may go on about)
            # and the list's lead-in line: most sentences, settled before they are read (and
            # most before their lead-in is looked for: no lead-in line read so far has them).
            before = groups_in.get(start(first - 1), ()) if first else ()
            if SKIP_SETTLED and len(have.union(before, led_groups)) < groups:
                continue
            lead = judgement.lead_in(first) if len(said) > 1 else None
            if (
                SKIP_SETTLED
                and len(have.union(before, groups_in.get(lead, ()) if lead is not None else ()))
                < groups
            ):
                continue
        elif len(said) > 1:
            lead = judgement.lead_in(first)
        if _asks(words, judgement.sentence_end(first)):
            continue  # a question makes no choice ("Can we just maximise clicks?"); its answer may
        led: dict[int, Mention] = {}
        if lead is not None:
            for m in said.get(lead) or ():
                if (
                    m.group not in led
                    and not judgement.argues_against(m, _REASON_WORDS)
                    and _leads_the_items(judgement, m, lead)
                ):
                    led[m.group] = m
        # A sentence that goes on about the one before it ("AUC on the validation slice.
        # Since it's drawn from the same downsampled set, ...") says the rest of its mistake.
        # (Not when the sentence before has no mentions, sifted or not: most sentences.)
        back = (
            _continued(judgement, said, first)
            if not led and first and said.mentions(start(first - 1))
            else None
        )
        if len({m.group for m in (*found, *(back or ()))} | set(led)) < groups:
            continue  # not every group there even before its mentions are sifted (most)
        found = said.get(first) or []
        if len({m.group for m in (*found, *(back or ()))} | set(led)) < groups:
            continue  # not every group there even before clauses are read
        if phrased is None:
            phrased = _phrase_words(mentions, groups)
        found = [
            m for m in found if not judgement.argues_against(m, _REASON_WORDS, phrased[m.group])
        ]
        window = best_window(groups, found, flag.within)
        if window is None and flag.within is not None and found:
            window = (
                _window_past_asides(groups, found, flag.within, judgement)
                or _window_past_modifiers(groups, found, flag.within, judgement)
                or _window_past_estimates(groups, found, flag.within, judgement)
                or _linked_pair(groups, found, words)
            )
        if window is None and led:
            window = _window_besides(groups, found, flag.within, led)
        if window is None and back:
            both = [m for m in back if not judgement.argues_against(m, _REASON_WORDS)] + found
            window = best_window(groups, both, flag.within)
            if window is not None and all(m.first < first for m in window):
                window = None
        if window is not None and _across_a_reason(words, window):
            window = _before_the_reason(words, groups, found, window, flag.within)
        if window is not None:
            window = _within_a_consequence(words, groups, found, window, flag.within)
        if window is None:
            continue
        if not _committed(judgement, first, window):
            continue  # supposed, reported, judged or avoided: named, not made (stance.py)
        last_word = judgement.sentence(first).last
        if (
            (about_sufficiency(flag.name) and sufficiency_denied(words, first, last_word, window))
            or kept_natural(words, first, last_word, (*window, *found))
            or granted_another_use(words, first, last_word, (*window, *found))
        ):
            continue  # "an offline win is not enough", "the test set keeps its natural rate"
        if (
            _only_a_condition(judgement, first, window, found)
            or _only_a_gate(judgement, window)
            or _judged_next(judgement, window, said.stated)
            or _conceded_then_faulted(judgement, first, window)
            or _denied_after(judgement, window)
            or _removed_after(judgement, window)
            or _what_lacking_it_would_do(judgement, first, window)
            or _seems_then_dropped(judgement, window)
            or _called_faulty(judgement, window)
            or _what_doing_it_would_do(judgement, window)
            or _told_as_a_general_truth(judgement, window)
            or kept_to_a_minor_role(judgement, window, mentions)
            or _contrasted(judgement, window, negated_at)
            or _taken_back_in_item(judgement, first, window, negated_groups)
            or _of_something_else(flag, window, words)
            or _warned_of(judgement, first, min(m.first for m in window if m.first >= first))
            or _tried_and_failed(judgement, window)
        ):
            continue
        if _kept_after(judgement, first, window, remedies):
            continue
        if unless and right is None:
            right = _right_choice(flag, unless, judgement, mentions)
        if right and (
            (
                first in right
                and not _right_only_after(judgement, first, window, unless)
                and not _right_for_another_band(judgement, first, window, unless)
            )
            or _BLANKET in right
            or ((back or _opens_on_if(judgement, first)) and first and start(first - 1) in right)
            or (led and lead in right)  # "Features, all as of order time:" covers each item
            or _replaced_next(judgement, window, right)
            or _turned_then_righted(judgement, first, window, right)
        ):
            continue
        if _not_our_choice(
            words,
            first,
            min(m.first for m in window if m.first >= first),
            judgement.sentence(first).last,
        ):
            continue
        end = max(m.last for m in window if m.first >= first)
        if (
            negated is None
            or any(words.boundary_before(k) for k in range(end + 1, negated + 1))
            or (resumed is not None and any(m.first >= resumed for m in window))
            or (between and all(m.first in between for m in window if m.first >= first))
        ):
            if lone is not None:
                return lone  # said again: the two sentences agree, the first one stands
            spans = [(m.first, m.last) for m in window if m.first >= first]
            if not (LONE_GATE and spans and strength(words, first, last_word, spans) == STATEMENT):
                return Choice("met", tuple(window))
            # The weakest shape: read on, for a sentence that makes the mistake again.
            lone = Choice("met", tuple(window))
    if lone is not None:
        return lone._replace(lone=True)
    return Choice("missed", (), tuple(range(groups)))


def right_choice_stated(
    flag: RedFlag,
    unless: Sequence[Mention],
    judgement: Judgement,
    mentions: Sequence[Mention],
    besides: int | None = None,
) -> bool:
    """Whether this text states the flag's right choice (`_right_choice`: every `unless`
    group, not negated, argued against, given up nor only a topic) in a sentence other than
    the one starting at word `besides`: answer-level context for `Choice.lone`.

    The sentence must also name the mistake's subject (a mention of the flag's own words,
    negated or not: "split by time, not randomly"): a phrase of the right choice with nothing
    of the mistake around it ("SMTP stage: reputation checks") is as often the same words used
    for something else. And it must not hold every word of the mistake unnegated too: it holds
    both, which one it chooses is what `flag_choice` read there ("the north star is
    retention, but ..., so the practical proxy is engagement"), and it cannot vouch for the
    answer elsewhere."""
    if not unless:
        return False
    right = _right_choice(flag, unless, judgement, mentions) - {besides}
    start = judgement.sentence_start
    groups: dict[int, set[int]] = {}
    for m in mentions:
        groups.setdefault(start(m.first), set()).add(m.group if m.negation is None else -1)
    every = set(range(len(flag.evidence)))
    return any(first in groups and not every <= groups[first] for first in right)


def said_again(
    flag: RedFlag, mentions: Sequence[Mention], judgement: Judgement, besides: int | None = None
) -> bool:
    """Whether a sentence of this text other than the one starting at word `besides` holds
    every group of the mistake's words, none negated nor in a clause that argues against it:
    the answer says the mistake again, in words that agree with the first sentence, even where
    no reading above took that sentence as a commitment ("the practical proxy is engagement").
    A sentence that refuses or warns ("what I would not do is treat ... as negatives") does
    not agree."""
    start = judgement.sentence_start
    groups: dict[int, set[int]] = {}
    for m in mentions:
        if m.negation is None and not judgement.argues_against(m, _REASON_WORDS):
            groups.setdefault(start(m.first), set()).add(m.group)
    every = len(flag.evidence)
    return any(len(g) == every and first != besides for first, g in groups.items())


def _between_negations(
    words: Words, found: Sequence[Mention], spans: Sequence[tuple[int, int]], last: int
) -> set[int]:
    """Where the mentions start that stand in a clause of their own after a negation and end
    before the next negation of the sentence: "Instead of a fixed global cap, I would let the
    model decide volume: ..., and if a light user has nothing above the threshold they get
    zero" refuses the cap, makes its own choice, and only then negates something else; the
    later negation does not reach back over the choice."""
    kept: set[int] = set()
    for m in found:
        before = [reach for start, reach in spans if start < m.first]
        if not before or max(before) >= m.first:
            continue
        after = _own_clause_after(words, max(before), last)
        if after is None or m.first < after:
            continue
        following = [start for start, _ in spans if start > m.last]
        if not following or any(
            words.boundary_before(k) for k in range(m.last + 1, min(following) + 1)
        ):
            kept.add(m.first)
    return kept


_CLAUSE_JOINS = frozenset(("so", "then", "and", "but"))
_POINTERS = frozenset("it that those them this these they".split())
_AFTER_A_REASON = re.compile(r"\)\s*,")
"""A comma after a closing bracket: the refused option's reason given, a note goes on."""
_ARROW_REACH = 3
"""How many words after an arrow a pronoun pointing back may stand ("optimising those")."""
_CLAUSE_MARKS_AFTER = frozenset(":;")


def _phrase_words(mentions: Sequence[Mention], groups: int) -> list[set[int]]:
    """Per group, the words of the flag's mentions of two words or more of the other groups
    that no cue negates: a word of criticism there states the rest of the mistake ("untapped
    completions count as bad suggestions"), while a lone one may judge it ("treating them as
    negatives is wrong"), and one in a phrase of the same group may say what it does ("a
    hard dependency: the request fails")."""
    words: list[set[int]] = [set() for _ in range(groups)]
    for m in mentions:
        if m.negation is None and m.last > m.first:
            for g, group_words in enumerate(words):
                if g != m.group:
                    group_words.update(range(m.first, m.last + 1))
    return words


def _own_clause_after(words: Words, negated_end: int, last: int) -> int | None:
    """Where a clause of our own opens after the sentence's last negated words, up to word
    `last`: set off by punctuation and opening on "I"/"we" (or "so we", "then I'd"). A refusal
    does not reach past it: "since a staggered rollout would take a quarter, I'd switch a city
    over once its backtest beats the spreadsheet" refuses the rollout, and chooses the switch;
    "When it has better nDCG than the baseline on last week's holdout, we launch it to all
    users". A colon or semicolon ends the refusal too: what follows it is a clause of its own
    ("For launch, I'd skip a long A/B: our offline setup replays real impressions, so ...").
    A note's arrow ends it as well ("✗ cost-based cutoff → block above 0.5" refuses the
    cutoff and takes what the arrow points to), unless what it points to points back at the
    refused words ("NOT clicks -> optimising those = spam": what they would do); and so does
    a comma after the refused option's bracketed reason ("✗ A/B test (slow), ship ..."), and
    a strikethrough's close ("~~time split~~ random 80/20 split"). None when no such clause
    follows."""
    raw = words.words
    for k in range(negated_end + 1, last + 1):
        if any(arrow in words.before(k) for arrow in ARROWS):
            pointing = {plain(w) for w in raw[k : min(k + _ARROW_REACH, last + 1)]}
            return None if pointing & _POINTERS else k
        if _AFTER_A_REASON.search(words.before(k)):
            return k  # "✗ natural-rate test set (too few positives), eval on ...": reason given
        if words.before(k).lstrip().startswith(STRIKE):
            return k  # "~~time split~~ random 80/20": the struck words end there
        if not words.boundary_before(k):
            continue
        word = plain(raw[k])
        if (
            _CLAUSE_MARKS_AFTER.intersection(words.before(k))
            or word in FIRST_PERSON
            or (word in _CLAUSE_JOINS and k < last and plain(raw[k + 1]) in FIRST_PERSON)
        ):
            return k
    return None


def _committed(judgement: Judgement, first: int, window: Sequence[Mention]) -> bool:
    """Whether the sentence starting at `first` commits to the mistake its part of the
    window states (`stance.read_stance`); a window wholly outside it (a lead-in's, the
    sentence before's) is read where it stands, by the readings above."""
    spans = [(m.first, m.last) for m in window if m.first >= first]
    if not spans:
        return True
    last = judgement.sentence(first).last
    words = judgement.words
    return read_stance(words, first, last, spans) == COMMITTED and commits(
        words, first, last, spans
    )


class _SaidBefore(Protocol):
    def get(self, first: int, /) -> Sequence[Mention] | None: ...


class _Said:
    """Per sentence read so far (by first word), its mentions that say the mistake's words
    (not taken back: `_no_choice`), for the list it may introduce and the sentence after it
    that may go on about it. A sentence's mentions are sifted only when first asked for: most
    sentences lack a group of the mistake even before sifting (issue 12: sifting every
    sentence was a tenth of reading the red flags of a long answer)."""

    __slots__ = ("_covered", "_kept", "_mentions", "_said", "_stated", "_words")

    def __init__(self, words: Words, mentions: Sequence[Mention]) -> None:
        self._words = words
        self._mentions = mentions
        """All the flag's mentions: the words they cover are gathered when a sentence is
        first sifted (`_slashed_with_another` asks), and a flag whose sentences never are
        never gathers them."""
        self._covered: set[int] | None = None
        self._stated: dict[int, int] | None = None
        self._said: dict[int, list[Mention]] = {}
        self._kept: dict[int, list[Mention]] = {}

    def __len__(self) -> int:
        return len(self._said)

    @property
    def stated(self) -> dict[int, int]:
        """Each word of the flag's mentions that no cue negates -> the furthest last word of
        such a mention covering it, gathered when first asked for: a cue wholly on them
        states the mistake, it finds no fault with it."""
        if self._stated is None:
            stated: dict[int, int] = {}
            for m in self._mentions:
                if m.negation is None:
                    for k in range(m.first, m.last + 1):
                        stated[k] = max(stated.get(k, -1), m.last)
            self._stated = stated
        return self._stated

    def add(self, first: int, mentions: list[Mention]) -> None:
        """The mentions of the sentence starting at `first`, not sifted yet."""
        self._said[first] = mentions

    def mentions(self, first: int) -> bool:
        """Whether the sentence starting at `first` was read and has mentions (sifted or not:
        if none, none are left when sifted)."""
        return bool(self._said.get(first))

    def get(self, first: int) -> list[Mention] | None:
        """The sifted mentions of the sentence starting at `first`, or None for a sentence
        not read."""
        kept = self._kept.get(first)
        if kept is None:
            said = self._said.get(first)
            if said is None:
                return None
            words = self._words
            covered = self._covered
            if covered is None:
                covered = self._covered = {
                    k for m in self._mentions for k in range(m.first, m.last + 1)
                }
            kept = self._kept[first] = [m for m in said if not _no_choice(words, m, covered)]
        return kept


def _no_choice(words: Words, m: Mention, covered: set[int]) -> bool:
    """Whether a mention's words make no choice where they stand: they name a topic, a
    measure, a comparison, something done on another thing, one of many, a stage's
    irrelevance, a random draw, a whole past, something said to happen rarely, one of two
    things joined by a slash (`covered`: the words the flag's mentions cover), or a kind of
    error ("false positives")."""
    return (
        _names_a_topic(words, m)
        or _a_measure(words, m)
        or _compared(words, m)
        or _on_something(words, m)
        or _one_of_many(words, m)
        or _irrelevant_to_a_stage(words, m)
        or _drawn_at_random(words, m)
        or _a_whole_past(words, m)
        or _said_rarely(words, m)
        or _slashed_with_another(words, m, covered)
        or _an_error_kind(words, m)
    )


_ERROR_SIDES = frozenset(("false", "true"))
_CLASSES = stems("positive positives negative negatives")


def _an_error_kind(words: Words, m: Mention) -> bool:
    """Whether the mention opens on "positive(s)"/"negative(s)" right after "false" or "true":
    "false positives on counter-speech" counts errors of a kind, it labels nothing."""
    k = m.first
    return (
        k > 0
        and words.keys[k] in _CLASSES
        and plain(words.words[k - 1]) in _ERROR_SIDES
        and not words.boundary_before(k)
    )


def _kept_after(
    judgement: Judgement, first: int, window: Sequence[Mention], refused: Sequence[Mention]
) -> bool:
    """Whether the sentence goes on, after the mistake, to name the right choice that a
    refusal of it would refuse, not negated: "The feature store is a hard dependency, so it
    gets a local cache and a popularity fallback" keeps a fallback for the dependency."""
    hi = max(m.last for m in window)
    last = judgement.sentence(first).last
    return any(r.negation is None and hi < r.first <= last for r in refused)


def _window_past_asides(
    groups: int, found: Sequence[Mention], within: int, judgement: Judgement
) -> list[Mention] | None:
    """`best_window` with the words of bracketed asides not counted: "A small language model
    (~1B parameters, distilled and fine-tuned on our query logs) generates completions of the
    prefix on each keystroke" says the mistake in fewer words than `within` once the aside is
    set apart. Mentions inside an aside are not read. None when the sentence has no aside."""
    words = judgement.words
    sentence = judgement.sentence(found[0].first)
    inside = [False] * (sentence.last - sentence.first + 1)
    depth = 0
    dashes: list[int] = []
    for k in range(sentence.first, sentence.last + 1):
        before = words.before(k)
        depth = max(0, depth - before.count(")")) + before.count("(")
        inside[k - sentence.first] = depth > 0
        if _DASH.search(before):
            dashes.append(k)
    # A pair of dashes sets an aside apart as brackets do: "everything else the user didn't
    # engage with -- including the ones we never showed -- is a negative". (A lone dash
    # opens what follows, no aside.)
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
        for k in range(opening, closing):
            inside[k - sentence.first] = True
    if not any(inside):
        return None
    return _window_without(groups, found, within, judgement, inside)


_DASH = re.compile(r"\s[\u2014\u2013]\s?|\s?[\u2014\u2013]\s|\s--?\s")
"""A dash between words (an em or en dash, or a spaced hyphen), not a hyphen in a word."""


_LINKS = frozenset(("is", "are", "was", "were", "'s"))
"""Linking verbs: what stands after one is said of what stands before it."""
_LINK_FILLERS = frozenset(
    "the a an that this our my its their simply just still total overall average raw plain "
    "metric metrics number".split()
)
_LINK_GAP = 4


def _linked_pair(groups: int, found: Sequence[Mention], words: Words) -> list[Mention] | None:
    """A mistake of two groups said as one is the other, however long their phrases: "My
    target number is that suggestion-take rate", "The metric I'd optimise is simply the
    home-page click-through rate", "Our north star metric is the total time spent". Only a
    linking verb and a few determiners or plain modifiers stand between the two (at most
    _LINK_GAP words, in one clause)."""
    if groups != 2:
        return None
    raw = words.words
    for a, b in pairwise(sorted(found, key=attrgetter("first"))):
        if a.group == b.group or not 0 < b.first - a.last - 1 <= _LINK_GAP:
            continue
        gap = range(a.last + 1, b.first)
        if any(words.boundary_before(k) for k in (*gap, b.first)):
            continue
        links = [k for k in gap if plain(raw[k]) in _LINKS]
        if len(links) == 1 and all(plain(raw[k]) in _LINK_FILLERS for k in gap if k != links[0]):
            return sorted((a, b), key=attrgetter("group"))
    return None


_SUBJECT_MODIFIER_WORDS = 8
_MODIFYING = frozenset("on in of from for at per across within over during".split())


def _window_past_modifiers(
    groups: int, found: Sequence[Mention], within: int, judgement: Judgement
) -> list[Mention] | None:
    """`best_window` with the modifiers of a subject and their link not counted: in
    "Click-through on the home feed is the metric I'd optimise" the subject is
    "click-through" and "on the home feed" only says which; what is said of it comes after
    the "is". A modifier opens on a preposition right after a mention and runs, in one
    clause, to the linking verb (at most _SUBJECT_MODIFIER_WORDS words). None when no
    mention has one."""
    words = judgement.words
    raw = words.words
    sentence = judgement.sentence(found[0].first)
    inside = [False] * (sentence.last - sentence.first + 1)
    for m in found:
        k = m.last + 1
        if k > sentence.last or plain(raw[k]) not in _MODIFYING or words.boundary_before(k):
            continue
        for j in range(k + 1, min(sentence.last, k + _SUBJECT_MODIFIER_WORDS) + 1):
            if words.boundary_before(j):
                break
            if plain(raw[j]) in _LINKS:
                for i in range(k, j + 1):
                    inside[i - sentence.first] = True
                break
    if not any(inside):
        return None
    return _window_without(groups, found, within, judgement, inside)


_ESTIMATED = frozenset("predicted estimated expected modelled modeled forecast".split())
"""Words before a mention that say it is a model's estimate ("ordered by the predicted
probability of a click"): the same quantity, so they are not counted against `within`."""


def _window_past_estimates(
    groups: int, found: Sequence[Mention], within: int, judgement: Judgement
) -> list[Mention] | None:
    """`best_window` with a word of estimate right before a mention ("predicted", "expected")
    not counted: "results are ordered by predicted probability of a click" orders by the
    click as much as "... by probability of a click" does. None when no mention has one."""
    raw = judgement.words.words
    sentence = judgement.sentence(found[0].first)
    inside = [False] * (sentence.last - sentence.first + 1)
    for m in found:
        k = m.first - 1
        if k > sentence.first and plain(raw[k]) in _ESTIMATED:
            inside[k - sentence.first] = True
            if k - 1 > sentence.first and plain(raw[k - 1]) in ARTICLES:
                inside[k - 1 - sentence.first] = True
    if not any(inside):
        return None
    return _window_without(groups, found, within, judgement, inside)


def _window_without(
    groups: int,
    found: Sequence[Mention],
    within: int,
    judgement: Judgement,
    inside: list[bool],
) -> list[Mention] | None:
    """`best_window` over the sentence of `found` with the words marked `inside` (by offset
    from the sentence's first word) not counted, and mentions among them not read; None
    when no window fits or it runs on past them into another clause."""
    words = judgement.words
    sentence = judgement.sentence(found[0].first)
    skipped = [0] * (len(inside) + 1)
    for i, aside in enumerate(inside):
        skipped[i + 1] = skipped[i] + aside
    kept = [m for m in found if not inside[m.first - sentence.first]]
    shifted = [
        m._replace(
            first=m.first - skipped[m.first - sentence.first],
            last=m.last - skipped[min(m.last, sentence.last) - sentence.first],
        )
        for m in kept
    ]
    window = best_window(groups, shifted, within)
    if window is None:
        return None
    back = {id(t): m for t, m in zip(shifted, kept, strict=True)}
    found_window = [back[id(t)] for t in window]
    lo = min(m.first for m in found_window)
    hi = max(m.first for m in found_window)
    if any(
        not inside[k - sentence.first]
        and _CLAUSE_MARKS.intersection(words.before(k).rpartition(")")[2])
        for k in range(lo + 1, hi + 1)
    ):
        return None  # past the aside the window runs on into another clause: "So
        # auto-removal only where precision >= 95% (legal's bar), everything uncertain ..."
    return found_window


_CLAUSE_MARKS = frozenset(",;:")


_CLOSING_MARKS = "\"\u201d\u2019')]"
"""Marks that close a quote or an aside right before a comma: '"the wrong thing", because'."""


def _a_comma(between: str) -> bool:
    """Whether the text between two words is a comma, past the marks that close a quote or
    an aside before it ('are "the wrong thing", because ...' turns to a reason as a bare
    comma does)."""
    return between.strip().lstrip(_CLOSING_MARKS).strip() == ","


def _across_a_reason(words: Words, window: Sequence[Mention]) -> bool:
    """Whether the mistake's words stand on both sides of a reason after a comma: "We report
    WAPE, since MAPE blows up on zero-sale days" reports one measure and gives the reason
    against another; no clause of it states the mistake whole. So with a contrast ("..., but
    the test set keeps the real mix"), or with what would happen without the choice ("...,
    otherwise one person's query could be shown to everyone")."""
    return _reason_turn(words, window) is not None


def _reason_turn(words: Words, window: Sequence[Mention]) -> int | None:
    """Where the turn to a reason, a contrast or a consequence of its own stands after a comma
    between the window's words (`_across_a_reason`), or None."""
    lo = min(m.last for m in window)
    hi = max(m.first for m in window)
    raw = words.words
    return next(
        (
            k
            for k in range(lo + 1, hi)
            if (
                plain(raw[k]) in _REASON_TURNS
                or (
                    plain(raw[k]) == "which"
                    and _WHICH_IS_WHY.intersection(map(str.lower, raw[k + 1 : k + 3]))
                )
                or (plain(raw[k]) in _CAUSE_JOINS and _on_its_own(words, k, hi, window))
            )
            and _a_comma(words.before(k))
        ),
        None,
    )


def _on_its_own(words: Words, k: int, hi: int, window: Sequence[Mention]) -> bool:
    """Whether the consequence that ", so" opens at word k is a choice of its own, with no
    word pointing back to the cause and what it takes from somewhere it names: "unwatched
    videos are mostly unseen, not disliked, so I'd sample negatives from impressions" (not
    "..., so I'd use them as negatives", nor "..., so negatives are the unreported ones")."""
    raw = words.words
    end = max(m.last for m in window)
    said = [plain(w) for w in raw[k + 1 : end + 1]]
    if _POINTERS.intersection(said) or "ones" in said:
        return False
    last = max(m.last for m in window if m.first == hi)
    return (
        last + 2 < len(raw)
        and plain(raw[last + 1]) in _SOURCES
        and plain(raw[last + 2]) not in _POINTERS  # "... from them"
    )


_SOURCES = frozenset(("from", "among", "out"))
"""After what a consequence takes: where it takes it from, named."""


_INSTRUCTING = frozenset(
    "tell tells told telling instruct instructs instructed instructing ask asks asked asking "
    "prompt prompts prompted prompting remind reminds reminded direct directs directed "
    "order orders ordered".split()
)
"""Verbs whose object is told what to do: a "not" or "never" after them is the instruction."""
_INSTRUCTED_REACH = 15
"""How far before the negation, in its clause, the verb of an instruction is looked for: it
may head a list of infinitives ("instruct the model to only use X and never to quote Y")."""


def _instructed(words: Words, neg: Negation) -> bool:
    """Whether a negation is the content of an instruction given to someone else: "we tell
    the model never to quote restricted chunks" is the writer's choice (telling the model),
    and the refusal belongs to the model; it takes back nothing the writer chose. Only "not"
    or "never" right before "to", after a verb of telling in the same clause."""
    raw = words.words
    k = neg.first
    if neg.first != neg.last or raw[k].lower() not in ("not", "never"):
        return False
    if k + 1 >= len(raw) or raw[k + 1].lower() != "to" or words.boundary_before(k + 1):
        return False
    for j in range(k - 1, max(-1, k - 1 - _INSTRUCTED_REACH), -1):
        if words.boundary_before(j + 1):
            return False
        if raw[j].lower() in _INSTRUCTING:
            return True
    return False


_THEN = frozenset(("then", "afterwards", "afterward", "later", "thereafter", "subsequently"))
"""Words that put what follows after what came before in time."""


def _right_only_after(
    judgement: Judgement, first: int, window: Sequence[Mention], unless: Sequence[Mention]
) -> bool:
    """Whether the sentence states the right choice only as what comes after the mistake is
    made: "if it beats the baseline offline I'd roll it out to everyone and then use A/B
    tests afterwards" launches first; the test that follows gates nothing. Every mention of
    the right choice in the sentence stands after a word of later time ("then",
    "afterwards") that follows the mistake; "we ship to a 5% canary, then ramp" gates the
    launch on the canary before "then"."""
    raw = judgement.words.words
    last = judgement.sentence(first).last
    end = max(m.last for m in window)
    later = next((k for k in range(end + 1, last + 1) if plain(raw[k]) in _THEN), None)
    if later is None:
        return False
    stated = [m for m in unless if first <= m.first <= last and m.negation is None]
    return bool(stated) and all(m.first > later for m in stated)


_BAND_WORDS = frozenset("above below between under over beyond past".split())
_BAND_LEAD = 3
"""How far into its clause a band of scores may open ("for scores above 0.99 ...")."""


def _clause_opening(words: Words, first: int, k: int) -> int:
    """The first word of the clause holding word k, after the last ",", ";" or ":" in the
    sentence that starts at word `first`."""
    j = k
    while j > first and not _CLAUSE_MARKS.intersection(words.before(j)):
        j -= 1
    return j


def _opens_a_band(words: Words, opening: int, last: int) -> bool:
    """Whether a clause opens on a band of scores or values: "above 0.99 we drop ...",
    "between 0.8 and 0.99 it goes to ...", "0.5-0.9 spam folder"."""
    raw = words.words
    for k in range(opening, min(last, opening + _BAND_LEAD - 1) + 1):
        if plain(raw[k]) in _BAND_WORDS or raw[k][:1].isdigit():
            return True
    return False


def _right_for_another_band(
    judgement: Judgement, first: int, window: Sequence[Mention], unless: Sequence[Mention]
) -> bool:
    """Whether the sentence maps bands of a score to actions and states the right choice only
    for other bands than the mistake's: "above 0.99 we drop the message outright; between
    0.8 and 0.99 it goes to the spam folder" drops the top band; the folder is for another.
    The mistake's clause and each clause with the right choice open on a band of their own
    (or the right choice is named only in the reason given for the mistake's band: "above
    0.99 we drop it outright, since it saves spam-folder clutter")."""
    words = judgement.words
    last = judgement.sentence(first).last
    start = min(m.first for m in window if m.first >= first)
    own = _clause_opening(words, first, start)
    if not _opens_a_band(words, own, last):
        return False
    stated = [m for m in unless if first <= m.first <= last and m.negation is None]
    if not stated:
        return False
    raw = words.words
    for m in stated:
        opening = _clause_opening(words, first, m.first)
        if opening != own and plain(raw[opening]) in _REASON_WORDS:
            continue  # a reason given for the mistake: "..., since it saves spam-folder clutter"
        if opening == own or not _opens_a_band(words, opening, last):
            return False
    return True


def _before_the_reason(
    words: Words,
    groups: int,
    found: Sequence[Mention],
    window: Sequence[Mention],
    within: int | None,
) -> list[Mention] | None:
    """For a window that runs across a reason, the mistake stated whole in the clause before
    the reason (None when that clause lacks a group): "I'd sample unreported posts as
    negatives, since posts nobody reported are effectively clean" makes the choice before
    "since", and the reason only restates it. The narrowest window may pair a word of the
    choice with one of the reason; the clause before it is read on its own. (Not the reason
    after the turn: "We report WAPE, since MAPE blows up" gives the reason against another.)"""
    turn = _reason_turn(words, window)
    if turn is None:
        return None
    before = [m for m in found if m.last < turn]
    clause = best_window(groups, before, within)
    if clause is None or _across_a_reason(words, clause):
        return None
    return clause


_TAKING_UP = _POINTERS | frozenset("its it's their they're that's such".split())
"""Words in a consequence that take up what the clause before it said ("so they go in as
negatives")."""


_BARE_LABEL = 2
"""A consequence this short, ending on the mistake's words, only labels what came before."""
_AFTER_AN_ORDER = frozenset("and it them the a an to straight directly now immediately".split())
"""Words after a verb that opens a consequence with no subject, an order ("so launch and
keep ...", "so ship it"), unlike a verb after a subject ("so negatives come from ...")."""
_OUR_ACTS = frozenset("i we i'd we'd i'll we'll let's".split())
"""Our own subject in a consequence: what we do because of the clause before ("the backtest
is as good as production, so we launch from it") acts on it."""


def _within_a_consequence(
    words: Words,
    groups: int,
    found: Sequence[Mention],
    window: Sequence[Mention],
    within: int | None,
) -> list[Mention] | None:
    """The window, unless it runs across ", so" (", therefore", ", hence", ", thus") into a
    consequence that does not take up the clause before it: "most violating posts are never
    reported, so negatives come from reviewed items" states a fact and then where the
    negatives come from; no clause of it labels unreported posts. Then the mistake stated
    whole in either clause on its own, or None. A consequence that takes it up keeps the
    window: "posts nobody reported are fine, so they go in as negatives"; so does a bare
    label after it ("those have no fraud report, so negative")."""
    lo = min(m.last for m in window)
    hi = max(m.first for m in window)
    raw = words.words
    turn = next(
        (
            k
            for k in range(lo + 1, hi)
            if plain(raw[k]) in _CAUSE_JOINS and _a_comma(words.before(k))
        ),
        None,
    )
    if turn is None:
        return list(window)
    if any(plain(raw[k]) in _TAKING_UP or plain(raw[k]) in _OUR_ACTS for k in range(turn + 1, hi)):
        return list(window)  # "..., so they go in as negatives", "..., so we launch it"
    after = [m for m in window if m.first > turn]
    opening = next((m for m in after if m.first == turn + 1), None)
    if (
        opening is not None
        and opening.last + 1 < len(raw)
        and plain(raw[opening.last + 1]) in _AFTER_AN_ORDER
    ):
        return list(window)  # "..., so launch and keep rules as rollback": an order
    end = max(m.last for m in after)
    if all(m.first <= turn + _BARE_LABEL for m in after) and (
        end + 1 >= len(raw) or words.boundary_before(end + 1)
    ):
        return list(window)  # "those have no fraud report, so negative": a bare label
    before = best_window(groups, [m for m in found if m.last < turn], within)
    if before is not None:
        return before
    return best_window(groups, [m for m in found if m.first > turn], within)


_CONTRASTING = frozenset(("but", "whereas", "while", "whilst"))
"""Past a comma, words that open a clause set against the one before: "Training is
rebalanced to 50/50, but the test set keeps the real mix" says two things of two sets."""


_WHICH_IS_WHY = frozenset(("why",))
"""", which is why ...": what follows is the choice the reason before it leads to."""
_OTHERWISE = frozenset(("otherwise", "else"))
"""Past a comma, words that open what would happen without the choice before them: "...
filtered out by an NER pass, otherwise one person's query could be shown to everyone"."""


_DOUBLE_REACH = 5
"""A second cue this many words before a refused mention negates the refusal ("never ship
without a fallback", "deciding not to build a fallback would be reckless")."""
_VERDICT_REACH = 12
"""How far after a refusal a verdict on it is looked for ("... would be a mistake")."""
_JOINS = frozenset(("and", "or", "but", "nor"))
# Plain cues that say the right choice is absent from the design ("the service runs without a
# fallback", "we have no degraded mode"): that is the mistake, though no refusal is voiced.
_ABSENT = frozenset(("no", "without", "none of", "nothing"))
_UNABLE = frozenset(("can't", "cannot", "can not", "cant", "couldn't", "could not"))
# What may stand right before a refused phrase for the refusal to be of the thing itself: an
# article or determiner, or a word that adds nothing of kind ("no separate degraded mode");
# another word makes a kind of it ("a dense retrieval stage", "a member-level A/B test").
# ...or the verb whose object it is ("I won't model uplift", "we don't build a fallback").
_DOING = stems(
    "use build add need want do run train bother include keep model rely apply deploy ship "
    "plan introduce adopt maintain design implement estimate reconstruct set support offer "
    "provide learn predict try have has go pursue"
)
# Verbs of taking the right choice away: refused, they keep it ("we won't drop the fallback").
_REMOVING = stems("remove drop lift scrap abolish eliminate ditch disable kill retire")
_PLAIN_MODIFIERS = frozenset(
    "a an the any any's some our my its their this that these those such separate dedicated "
    "extra additional proper real explicit formal special whole elaborate fancy complex "
    "sophisticated".split()
)
# Words of a verdict that judges a choice ("would be reckless", "is a bad idea", "is not an
# option"), rather than dismissing the thing it follows ("it's overkill").
_JUDGING = frozenset(
    "reckless mistake bad poor wrong naive flawed trap trouble recipe option question "
    "starter nonstarter avoid".split()
)


def refusal_choice(
    flag: RedFlag, refused: Sequence[Mention], judgement: Judgement, unless: Sequence[Mention]
) -> Choice | None:
    """The mistake made by refusing the right choice: a mention of the flag's `refused`
    phrases under a negation ("we don't need a fallback", "I'd skip the degraded path", "a
    separate fallback path isn't really needed", "no plan B"). Not in a question, nor where
    the refusal is itself refused or judged ("never ship without a fallback", "running
    without a fallback would be reckless"), nor told as someone else's choice, nor in a
    sentence that states the right choice ("we fall back to the rules engine, so a separate
    fallback path isn't needed beyond that"). None when no sentence refuses it."""
    words = judgement.words
    raw = words.words
    cues = judgement.cues
    right: set[int] | None = None
    for m in refused:
        neg = m.negation
        if neg is None or not (
            neg.trigger.lower() in _ABSENT
            or (
                neg.last + 1 < len(raw)
                and words.keys[neg.last + 1] in _DOING
                and neg.trigger.lower() not in _UNABLE
            )
            or judgement.rejects(m)
        ):
            continue  # "we can't learn uplift from these logs" states a fact, refuses nothing
        if neg.trigger.lower() in _TRADES and _to_a_destination(words, m):
            continue  # "... instead of falling back to a member-level split": a course chosen
        s = judgement.sentence(m.first)
        if _asks(words, s.last) or judgement.argues_against(m):
            continue
        before = m.first - 1
        if not (
            m.first == s.first
            or words.boundary_before(m.first)
            or neg.first <= before <= neg.last
            or plain(raw[before]) in _PLAIN_MODIFIERS
            or (words.keys[before] in _DOING and plain(raw[before - 1]) not in _ARTICLES)
        ) or _a_kind_after(words, m):
            continue  # a kind of it refused ("I would not add a dense retrieval stage", "a
            # learned uplift model", "a dedicated fallback model")
        # Cues that touch make one ("would not" + "bother with"); two apart, the first
        # negates the second.
        refusal = {neg}
        for k in range(m.first - 1, max(s.first, m.first - _DOUBLE_REACH) - 1, -1):
            if words.boundary_before(k + 1) or raw[k].lower() in _JOINS:
                break
            cue = cues.get(k)
            if cue is not None and not any(
                cue.last + 1 >= other.first and other.last + 1 >= cue.first for other in refusal
            ):
                refusal.add(cue)
        if len(refusal) > 1:
            continue  # a refusal refused
        if any(words.keys[k] in _REMOVING for k in range(neg.last + 1, m.first)):
            continue  # its removal refused: "I would not remove the cap" keeps it
        if any(
            (cue := cues.get(k)) is not None
            and cue != neg
            and _JUDGING.intersection(cue.trigger.lower().split())
            for k in range(m.last + 1, min(s.last, m.last + _VERDICT_REACH) + 1)
        ):
            continue  # a verdict on the refusal ("going without a fallback is a bad idea")
        if read_stance(words, s.first, s.last, [(min(neg.first, m.first), m.last)]) == JUDGED:
            continue  # "No fallback is not an option at 150k QPS", "no cap = churn"
        if (
            _counterfactual(words, s.first, neg, m, s.last)
            or _only_in_part(words, m, s.last)
            or _traded(judgement, m, neg, refused)
            or (neg.last < m.first and _something_refused(judgement, (m,)))
        ):
            continue
        if (
            _not_our_choice(words, s.first, min(m.first, neg.first), s.last)
            or told_as_others(words, s.first, s.last, min(m.first, neg.first))
            or _listed_under_a_warning(judgement, s.first)  # "Anti-patterns:\n- no cap per user"
        ):
            continue
        if unless:
            if right is None:
                right = _right_choice(flag, unless, judgement, refused)
            if s.first in right:
                continue
        return Choice("met", (m,))
    return None


_TRADES = frozenset(("instead of", "rather than"))


def _to_a_destination(words: Words, m: Mention) -> bool:
    """Whether the refused mention is a verb of resorting with where it resorts to right
    after it ("falling back to a member-level split", "fall back to city averages"): traded
    for another course ("instead of", "rather than"), it weighs two courses, the one taken
    and the thing not resorted to; it refuses no remedy as such ("we retry instead of
    falling back" still does)."""
    k = m.last + 1
    return k < len(words.words) and not words.boundary_before(k) and words.keys[k] == "to"


_REFUSING_OPENERS = frozenset("no skip skipping without don't not never".split())


def _replaced_next(judgement: Judgement, window: Sequence[Mention], right: set[int]) -> bool:
    """Whether the mistake is one phrase that refuses a kind of the right choice ("No
    canary.", "I'd skip shadow mode.") and the very next sentence, in the same paragraph,
    states the right choice in another form ("The champion/challenger on 10% of traffic
    already protects us."): one check traded for another, not none."""
    spans = {(m.first, m.last) for m in window}
    if len(spans) != 1:
        return False
    first, _ = spans.pop()
    words = judgement.words
    if plain(words.words[first]) not in _REFUSING_OPENERS:
        return False
    k = judgement.sentence(first).last + 1
    return (
        k < len(words.words)
        and "\n\n" not in words.before(k)
        and judgement.sentence_start(k) in right
    )


# Nouns that make a refused phrase before them a kind of it: "a fallback model" is a second
# model, and refusing one leaves any other fallback standing.
_KINDS_AFTER = stems(
    "model models tier tiers classifier classifiers ranker rankers network value values bid bids "
    "problem problems issue issues question questions"
)


def _a_kind_after(words: Words, m: Mention) -> bool:
    """Whether the refused mention qualifies a noun right after it that makes it a kind:
    "I'd skip a dedicated fallback model; the old formula is served" refuses a model, not the
    fallback."""
    return _qualifies(words, m, _KINDS_AFTER)


def _qualifies(words: Words, m: Mention, nouns: frozenset[str]) -> bool:
    """Whether the mention qualifies the word right after it, in its clause, and that word is
    one of `nouns` (keys)."""
    k = m.last + 1
    return k < len(words.words) and not words.boundary_before(k) and words.keys[k] in nouns


_WOULD = frozenset("would could might we'd you'd it'd".split())
_CONSEQUENCES = frozenset("means leads causes".split())
"""Verbs that tell, in the present, what the refusal brings: "With no fallback, an outage
means no ads and no revenue"."""
_COUNTERFACTUAL_REACH = 10


def _counterfactual(words: Words, first: int, neg: Negation, m: Mention, last: int) -> bool:
    """Whether a sentence opens on the refusal ("Without a cap", "With no fallback"), or on a
    condition or a doing that holds it ("If there were no fallback", "Having no fallback"),
    or on something that has it ("A system with no volume limit"),
    and goes on to what would happen then: "Without a cap we would spam users, so ..." warns
    (not when it would be fine: "going without a fallback would be fine"). So does a
    condition that supposes the refusal as a doing ("If we ignore censoring we get a
    spiral"), and an opening refusal whose sentence goes on to a verdict against, with no
    plan of ours ("Without a fallback, any outage becomes a revenue outage, which is
    unacceptable")."""
    raw = words.words
    opener = raw[first].lower()
    if neg.first == first:
        if opener not in ("without", "with"):
            return False
    elif not (
        (
            opener == "if"
            or opener.endswith("ing")
            or (opener in _ARTICLES and raw[neg.first - 1].lower() in ("with", "without"))
        )  # "A system with no volume limit would ..."
        and neg.first - first <= _IF_REACH
        and not any(words.boundary_before(k) for k in range(first + 1, neg.first + 1))
    ):
        return False
    for k in range(m.last + 1, min(last, m.last + _COUNTERFACTUAL_REACH) + 1):
        if plain(raw[k]) in _WOULD or plain(raw[k]) in _CONSEQUENCES:
            return not any(
                raw[j].lower() in _PRAISE for j in range(k + 1, min(last, k + _CALLED_REACH) + 1)
            )
    said = [plain(w) for w in raw[m.last + 1 : last + 1]]
    if _PRAISE.intersection(said):
        return False  # "without a fallback, the service is simpler, which is fine"
    if opener == "if" and plain(raw[first + 1]) in _SUPPOSERS:
        return True  # our refusal supposed: "If we ignore censoring we get a spiral: ..."
    return bool(_VERDICT_AGAINST.intersection(said)) and not FIRST_PERSON.intersection(said)


# Subjects of a condition that supposes a doing of ours or anyone's ("if we ignore ...", "if
# you skip ...").
_SUPPOSERS = frozenset(("we", "you", "i", "one", "someone", "anyone"))
# Words of a verdict against what the sentence tells, in the present as in the conditional:
# "Without a fallback, any outage becomes a revenue outage, which is unacceptable".
_VERDICT_AGAINST = frozenset(
    "unacceptable unsafe dangerous reckless risky disastrous catastrophic costly painful "
    "bad worse terrible".split()
)


_OF_REACH = 4


@cache
def _of_pairs(unless: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str]]:
    """From a flag's `unless` phrases of the form "X of [the] Y" ("accuracy of the labels"),
    the pairs (X, Y) as word keys."""
    pairs = set()
    for group in unless:
        for phrase in group:
            parts = phrase.lower().split()
            if len(parts) >= 3 and parts[1] == "of":
                pairs.add((stem(parts[0]), stem(parts[-1])))
    return frozenset(pairs)


# Nouns a mistake's words may only qualify: what the words then name is a question, a drift
# or a measure about the thing ("the objective question", "feature drift", "click
# distribution"), never the thing chosen.
_TOPIC_HEADS = stems(
    "question questions debate discussion drift skew importance importances freshness "
    "parity distribution distributions"
)


def _names_a_topic(words: Words, m: Mention) -> bool:
    """Whether the mention qualifies the noun right after it, which is only a topic or a
    measure of it: "settles the objective question" asks what the objective is and chooses
    none; "monitoring feature drift" watches features, it adds none ("CTR is the objective,
    no question" still chooses)."""
    return _qualifies(words, m, _TOPIC_HEADS)


# Units after a figure: "0.5 s", "0.5 ms", "0.5%" are a time or a share, never a score.
_UNITS = frozenset(
    "s sec secs second seconds ms millisecond milliseconds min mins minute minutes h hr hrs "
    "hour hours day days week weeks x pp points percent gb mb kb tb k m".split()
)


def _a_measure(words: Words, m: Mention) -> bool:
    """Whether a mention that is only a figure ("0.5") is a measure with its unit: "p99
    under 0.5 s for scoring" is a latency, not a threshold on the score ("block above 0.5"
    is one)."""
    raw = words.words
    if m.first != m.last or not raw[m.first].replace(".", "").isdigit():
        return False
    k = m.last + 1
    after = words.before(k)
    return "%" in after or (
        k < len(raw) and not words.boundary_before(k) and raw[k].lower() in _UNITS
    )


# "well above 0.5", "far below the baseline": a degree before a word of comparing measures a
# distance from the figure; no cut is made at it ("block above 0.5" makes one).
_DEGREES = frozenset("well far much way comfortably significantly considerably".split())
_COMPARING = frozenset("above over below under".split())


def _compared(words: Words, m: Mention) -> bool:
    """Whether the mention opens on "above"/"below" after a word of degree ("That puts the
    threshold well above 0.5"): a comparison with the figure, not a cut at it."""
    raw = words.words
    return (
        raw[m.first].lower() in _COMPARING
        and m.first > 0
        and not words.boundary_before(m.first)
        and raw[m.first - 1].lower() in _DEGREES
    )


# "Irrelevant" said of a stage or a point of the design ("anything else is irrelevant at this
# stage") says what does not matter there; it labels nothing.
_STAGES = stems("stage stages step steps point phase layer")
_STAGE_REACH = 3


def _irrelevant_to_a_stage(words: Words, m: Mention) -> bool:
    """Whether a mention that ends on "irrelevant" goes on, in its clause, to the stage it is
    irrelevant at ("everything else is irrelevant at that stage", "irrelevant to this
    stage"): what does not matter to a part of the design, not a label of relevance."""
    raw = words.words
    if plain(raw[m.last]) != "irrelevant":
        return False
    for k in range(m.last + 1, min(len(raw), m.last + 1 + _STAGE_REACH)):
        if words.boundary_before(k):
            return False
        if words.keys[k] in _STAGES:
            return True
    return False


# What chance may pick besides a split: negatives drawn at random, a class thinned at random,
# noise, crops and seeds ("random negatives", "randomly downsampled", "downsampled at random").
_RANDOM_WORDS = frozenset(("random", "randomly", "randomized", "randomised"))
_DRAWN_AT_RANDOM = stems(
    "negative negatives downsample downsampled downsampling subsample subsampled subsampling "
    "noise crop crops seed seeds"
)
_DRAWN_REACH = 2


def _drawn_at_random(words: Words, m: Mention) -> bool:
    """Whether a word of chance ("random", "randomly", "at random") is said of drawing
    negatives, thinning a class, noise, crops or seeds, a word or two from it in its clause:
    "trained with in-batch and random negatives", "negatives are randomly downsampled", "are
    downsampled at random to 10%". None of them splits the data ("randomly sampled 20% as
    the test set" still does)."""
    raw = words.words
    if plain(raw[m.last]) not in _RANDOM_WORDS:
        return False
    keys = words.keys
    lo = m.first
    while lo > max(0, m.first - _DRAWN_REACH) and not words.boundary_before(lo):
        lo -= 1
        if keys[lo] in _DRAWN_AT_RANDOM:
            return True
    for k in range(m.last + 1, min(len(raw), m.last + 1 + _DRAWN_REACH)):
        if words.boundary_before(k):
            break
        if keys[k] in _DRAWN_AT_RANDOM:
            return True
    return False


# "Over the full previous day" spans a whole period before the prediction; only "over the full
# day" (of the impression) reaches past it.
_RARELY = frozenset("rarely seldom hardly barely scarcely".split())
_RARELY_REACH = 2


def _said_rarely(words: Words, m: Mention) -> bool:
    """Whether the mention's words are said, just before them in their clause, to happen
    almost never: "mail in the spam folder is rarely looked at" describes the folder, it
    has no one look at mail; "we seldom retrain" does not retrain."""
    for k in range(m.first - 1, max(-1, m.first - 1 - _RARELY_REACH), -1):
        if words.boundary_before(k + 1):
            return False
        if plain(words.words[k]) in _RARELY:
            return True
    return False


_WHOLE = frozenset(("full", "whole", "entire"))
_PAST = frozenset(("previous", "prior", "preceding", "past", "last"))


def _a_whole_past(words: Words, m: Mention) -> bool:
    """Whether a mention that ends on "full", "whole" or "entire" goes on to a past period
    ("the ad's CTR aggregated over the full previous day"): all of it is before the
    prediction, so it leaks nothing."""
    raw = words.words
    k = m.last + 1
    return (
        raw[m.last].lower() in _WHOLE
        and k < len(raw)
        and not words.boundary_before(k)
        and raw[k].lower() in _PAST
    )


# What "always on" heads when a noun phrase follows it: "always on a later time window"
# evaluates on a window; only "always on" with nothing after it ("the model is always on") is
# a service that never goes down.
_DETERMINERS = frozenset(
    "a an the each every this that these those our their its his her my your one some any "
    "all".split()
)


_STILL = frozenset("always still constantly permanently".split())
"""Adverbs that make "on" an adjective of being up ("always on", "permanently on")."""


def _on_something(words: Words, m: Mention) -> bool:
    """Whether the mention ends on an adverb and "on" ("always on") and a determiner follows
    it in its clause: then "on" is a preposition that places something ("AUC for the ranker,
    always on a later time window"), not the adjective of a dependency assumed up ("the model
    is always on"). A verb's "on" ("train on the ETA we showed") is left alone."""
    raw = words.words
    k = m.last + 1
    return (
        m.last > m.first
        and raw[m.last].lower() == "on"
        and raw[m.last - 1].lower() in _STILL
        and k < len(raw)
        and not words.boundary_before(k)
        and raw[k].lower() in _DETERMINERS
    )


# Words that make a noun many: "every engagement objective", "each goal", "all the targets".
_DISTRIBUTIVE = frozenset("every each all multiple several various many both".split())
_DISTRIBUTIVE_REACH = 2


def _slashed_with_another(words: Words, m: Mention, covered: set[int]) -> bool:
    """Whether the mention is one of two things joined by a slash, the other no word of the
    mistake: "optimised for the weighted tap/converted labels" targets both, taps are not
    the only objective; "optimised for clicks/CTR" names one thing twice. A tight slash
    between words only: "80% train / 10% validation" and "90/5/5" are shares."""
    raw = words.words
    if m.last + 1 < len(raw) and words.before(m.last + 1) == "/":
        return m.last + 1 not in covered and raw[m.last + 1].isalpha()
    if m.first > 0 and words.before(m.first) == "/":
        return m.first - 1 not in covered and raw[m.first - 1].isalpha()
    return False


def _one_of_many(words: Words, m: Mention) -> bool:
    """Whether a mention written as one definite thing ("the objective") is one of many in
    the answer ("a multi-task network that jointly learns every engagement objective"): "the
    objective" is what a design puts first, "every ... objective" is a set of them, which
    chooses none as the one (a quantifier at most two words before it, in its clause)."""
    if not m.phrase.lower().startswith("the "):
        return False
    raw = words.words
    for k in range(m.first - 1, max(-1, m.first - 1 - _DISTRIBUTIVE_REACH), -1):
        if words.boundary_before(k + 1):
            return False
        if raw[k].lower() in _DISTRIBUTIVE:
            return True
    return False


def _of_something_else(flag: RedFlag, window: Sequence[Mention], words: Words) -> bool:
    """Whether a word of the mistake is said of something the rubric names as not the
    mistake, with a few words between: the `unless` phrase "accuracy of the labels" reads
    "the accuracy of the chargeback labels" too (the labels' accuracy, not the model's)."""
    pairs = _of_pairs(flag.unless)
    if not pairs:
        return False
    keys, raw = words.keys, words.words
    for m in window:
        k = m.last + 1
        if k + 1 >= len(raw) or raw[k].lower() != "of" or words.boundary_before(k):
            continue
        for j in range(k + 1, min(len(raw), k + 1 + _OF_REACH)):
            if words.boundary_before(j):
                break
            if (keys[m.last], keys[j]) in pairs:
                return True
    return False


_WARNING_PAIRS = frozenset(
    (
        ("red", "flag"),
        ("red", "flags"),
        ("watch", "out"),
        ("watch", "for"),
        ("look", "out"),
        ("steer", "clear"),
        ("anti", "pattern"),
        ("anti", "patterns"),
        ("don't", "do"),
        ("not", "to"),
        # alternatives to the design weighed and not taken: "Alternatives considered: scoring
        # the full catalog" (not "Options considered:", which the chosen one is among)
        ("alternatives", "considered"),
        ("not", "chosen"),
    )
)
_WARNING_LABEL_WORDS = 8


def _warned_of(judgement: Judgement, first: int, mistake: int) -> bool:
    """Whether the mistake is an item under a label or a list lead-in that names what
    follows as mistakes: "Common mistakes: a random split, ...", "Red flags I watch for:
    optimising clicks only, ...", "Traps:" over a list of them."""
    words = judgement.words
    for k in range(first, min(mistake, first + _WARNING_LABEL_WORDS)):
        if ":" in words.before(k + 1):
            return _warning_words(judgement, first, k)
    return _listed_under_a_warning(judgement, first)


_TRYING = frozenset(("tried", "trialled", "trialed", "attempted"))
_TRIED_REACH = 4
_FAILING = stems(
    "vanish vanished fail failed failing hurt hurts regressed regress backfired lost drop "
    "dropped disappeared collapsed broke tanked"
)


def _tried_and_failed(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the mistake is what was tried before, told with how it went wrong: "We tried a
    random split last year and the offline gain vanished online". A past attempt told with
    its failure is a lesson, not the plan."""
    words = judgement.words
    raw = words.words
    lo = min(m.first for m in window)
    hi = max(m.last for m in window)
    sentence = judgement.sentence(lo)
    tried = False
    for k in range(lo - 1, max(sentence.first, lo - _TRIED_REACH) - 1, -1):
        if plain(raw[k]) in _TRYING:
            tried = True
            break
        if words.boundary_before(k):
            break
    return tried and any(
        words.keys[k] in _FAILING or judgement.criticises(k, k)
        for k in range(hi + 1, sentence.last + 1)
    )


def _listed_under_a_warning(judgement: Judgement, first: int) -> bool:
    """Whether the sentence at `first` is an item of a list whose lead-in names its items
    as mistakes ("Anti-patterns:" over "- no cap per user"). A label on the item's own line
    is not read here: "Failure handling: ... I don't plan a separate degraded path" names
    a topic, and refuses the fallback."""
    lead = judgement.lead_in(first)
    if lead is None:
        return False
    last = judgement.sentence(lead).last  # the lead-in's last words: its label
    return _warning_words(judgement, max(lead, last - _WARNING_LABEL_WORDS), last)


def _warning_words(judgement: Judgement, first: int, last: int) -> bool:
    """Whether a label's words name what follows as mistakes ("Common mistakes", "Red
    flags", "Risks"), or as put aside ("Out of scope for v1", "Rejected", "Ruled out")."""
    said = [*map(plain, judgement.words.words[first : last + 1])]
    keys = judgement.words.keys
    return (
        judgement.criticises(first, last)
        or any(pair in _WARNING_PAIRS for pair in pairwise(said))
        or any(keys[k] in _FAULTS for k in range(first, last + 1))
        or any(word in _REJECTED or word in _PUT_ASIDE or word in _FAULT_LABELS for word in said)
        or any(tuple(said[k : k + len(d)]) == d for d in _DISMISSALS for k in range(len(said)))
        or _granted_then_denied(said)
    )


_GRANTING_TURNS = frozenset(("but", "yet"))
_DENIED_AFTER_A_TURN = frozenset(
    "aren't isn't don't doesn't won't wouldn't never fail fails wrong".split()
)
"""After the turn: a denial of what was granted ("but aren't", "yet don't hold up", "but
fail"), or a bare "not" closing the label ("... but are not:"); not "not" before what the
items are ("Cheap but not free:" grants them a cost, and lists choices)."""


def _granted_then_denied(said: list[str]) -> bool:
    """Whether a label grants its items something and then denies it: "Things that look
    reasonable but aren't:", "Ideas that sound good yet don't hold up:". The items are what
    the label warns of."""
    turn = next((k for k, w in enumerate(said) if w in _GRANTING_TURNS), None)
    if turn is None:
        return False
    after = said[turn + 1 :]
    return any(w in _DENIED_AFTER_A_TURN for w in after) or after[-1:] == ["not"]


_PUT_ASIDE = frozenset("deferred excluded avoided parked".split())


_PART_REACH = 12


def _only_in_part(words: Words, m: Mention, last: int) -> bool:
    """Whether the refusal is of a part only, the right choice kept for the rest: "we don't
    need uplift for the transactional pushes, only for the marketing ones", "no fallback
    except for the EU cluster", "...; everything else is appealable"."""
    raw = words.words
    said = [w.lower() for w in raw[m.last + 1 : min(last, m.last + _PART_REACH) + 1]]
    if bool(_EXCEPTING.intersection(said)) or any(
        (said[k] == "only" and said[k + 1] in ("for", "in", "on", "where", "when"))
        or (said[k], said[k + 1]) in _EXCEPTING_PAIRS
        for k in range(len(said) - 1)
    ):
        return True
    # the rest, in its sentence or past a semicolon: "...; everything else is appealable"
    for k in range(m.last + 1, min(len(raw) - 1, m.last + _PART_REACH)):
        if words.sentence_break_before(k + 1) and ";" not in words.before(k + 1):
            break
        if plain(raw[k]) in _ALL_OF and plain(raw[k + 1]) in _THE_REST:
            return True
    return False


_ALL_OF = frozenset(("everything", "everyone", "all", "anything", "every"))
_THE_REST = frozenset(("else", "other", "others"))
"""The rest of a refusal's scope, kept for the right choice: "We don't need appeals for hash
matches; everything else is appealable", "all other pushes count against it"."""


# What keeps something back from a refusal: "no degraded mode beyond serving BM25 order", "no
# cap besides the per-user budget", "no fallback other than the cached list".
_EXCEPTING = frozenset(("except", "beyond", "besides"))
_EXCEPTING_PAIRS = frozenset((("other", "than"), ("apart", "from"), ("aside", "from")))
_TRADE_MARKS = frozenset(";:\u2014")
_ENOUGH = frozenset(("enough", "sufficient"))
_ENOUGH_COPULAS = frozenset(("is", "are", "be", "'s", "was"))
_SUFFICING_VERBS = frozenset(("suffices", "suffice", "covers", "handles"))


def _traded(judgement: Judgement, m: Mention, neg: Negation, refused: Sequence[Mention]) -> bool:
    """Whether a refusal trades one form of the right choice for another: past a clause
    mark in its sentence, or in the next sentence of its paragraph, the answer names the
    right choice itself ("There's no degraded mode to build: the popular row from the cache
    is the fallback"; "A backup index isn't worth it for v1; if search fails we fall back to
    text search"), or, past the mark, calls something else enough ("No ego-network
    experiment; graph-cluster randomisation is enough")."""
    words = judgement.words
    raw = words.words
    s = judgement.sentence(m.first)
    end = max(m.last, neg.last)
    spans: list[tuple[int, int, bool]] = []
    for j in range(end + 1, s.last + 1):
        if _TRADE_MARKS.intersection(words.before(j)):
            spans.append((j, s.last, True))
            break
    k = s.last + 1
    if k < len(raw) and "\n\n" not in words.before(k):
        # past a ";" the clause after is still the refusal's own ("I wouldn't build an
        # elaborate fallback; a cached popularity list is enough")
        spans.append((k, judgement.sentence(k).last, ";" in words.before(k)))
    for lo, hi, own in spans:
        if any(r.negation is None and lo <= r.first <= hi for r in refused):
            return True
        if own:
            said = [plain(w) for w in raw[lo : hi + 1]]
            if _SUFFICING_VERBS.intersection(said) or any(
                said[i] in _ENOUGH_COPULAS
                and said[i + 1] in _ENOUGH
                and not (i and said[i - 1] in _BACK_REFERENCES)  # "and that is enough"
                for i in range(len(said) - 1)
            ):
                return True
    return False


# A reason is about something else: "we staff to the mean forecast, since idle couriers hurt
# margins" makes the mistake; "split by time, because a random split leaks" (the mistake
# inside the reason) still argues against it.
_REASON_WORDS = frozenset(("because", "since"))
_REASON_TURNS = _REASON_WORDS | _CONTRASTING | _OTHERWISE
"""Words that open a reason, a contrast or what would happen otherwise (made once)."""


def _asks(words: Words, last: int) -> bool:
    """Whether the sentence ending at word `last` is a question."""
    return 2 * last + 2 < len(words.parts) and "?" in words.parts[2 * last + 2]


_ANAPHORS = frozenset("it it's its they them".split())
"""Words that point back wherever they stand in the sentence's first few words."""
_DEMONSTRATIVES = frozenset("this that these those".split())
"""Words that point back only when they open the sentence ("That gives ...", not "videos
that were never shown")."""
_ANAPHOR_REACH = 4
_ANSWER_LENGTH = 6
"""A sentence after a question, this short, answers it."""


def _continued(judgement: Judgement, said: _SaidBefore, first: int) -> Sequence[Mention] | None:
    """The mentions of the sentence just before the one starting at `first`, when this one
    goes on about it: one of its first few words points back ("it", "all of them"; "this" or
    "that" opening it), or it answers the question it asks in a few words
    and no blank line or list item stands between them. None otherwise. (The sentence
    before is asked for its sifted mentions last: they are sifted when first asked for.)"""
    if first == 0:
        return None
    words = judgement.words
    if words.parts[2 * first].count("\n") >= 2 or "\n-" in words.parts[2 * first]:
        return None
    if not (
        # a question and its short answer: "What do we optimise? Clicks."
        ("?" in words.parts[2 * first] and judgement.sentence_end(first) - first < _ANSWER_LENGTH)
        or _points_back([*map(plain, words.words[first : first + _ANAPHOR_REACH])])
    ):
        return None
    return said.get(judgement.sentence_start(first - 1)) or None


def _points_back(opening: list[str]) -> bool:
    """Whether a sentence's first few words (plain) point back to the sentence before."""
    return opening[0] in _DEMONSTRATIVES or bool(_ANAPHORS.intersection(opening))


def _right_choice(
    flag: RedFlag, unless: Sequence[Mention], judgement: Judgement, mentions: Sequence[Mention]
) -> set[int]:
    """The sentences (by first word) that state the flag's right choice: a mention of every
    one of its `unless` groups there, none negated nor in a clause that argues against it, nor
    the whole of a note's label (`_only_a_topic`). And `_BLANKET` when one of them opens on
    "every", "all" or "each" and the flag's own words ("Every feature is computed as of the
    prediction moment"), not on something else ("Every time we showed a suggestion ...")."""
    groups: dict[int, set[int]] = {}
    start = judgement.sentence_start
    stated: dict[int, list[Mention]] = {}
    refused_to = _negated_reach(unless)
    for m in unless:
        if (
            m.negation is None
            and refused_to.get(m.first, -1) < m.last
            and not judgement.argues_against(m)
            and not _described(m, judgement.words)
            and not _given_up(m, judgement)
            and not _spared(m, judgement.words)
            and not _only_a_topic(judgement, m)
            and not _inside_the_mistake(m, mentions)
            and not _only_the_cause(m, judgement, mentions)
        ):
            stated.setdefault(start(m.first), []).append(m)
    mistaken: set[int] | None = None
    for first, found in stated.items():
        if mistaken is None:
            mistaken = {
                k for m in mentions if m.negation is None for k in range(m.first, m.last + 1)
            }
        if all(_combines_the_mistake(judgement.words, m, mistaken) for m in found):
            continue
        for m in found:
            groups.setdefault(first, set()).add(m.group)
    right = {first for first, found in groups.items() if len(found) == len(flag.unless)}
    words = judgement.words
    blanket = {first for first in right if plain(words.words[first]) in _DISTRIBUTIVE_OPENERS}
    if blanket and any(
        start(m.first) in blanket and m.first - start(m.first) <= _BLANKET_REACH for m in mentions
    ):
        right.add(_BLANKET)
    return right


_COMBINED_LIST = frozenset(("and", "or", "p", "predicted", "expected", "a", "an", "the"))
"""Words a list of metrics holds besides the metrics: "P(like), P(comment) and predicted
dwell time"."""
_COMBINED_WORDS = 16
_LIST_MARKS = frozenset((",", "(", ")", "),"))
"""Separators inside a list of metrics: "P(like), P(comment)"."""
_CLAUSE_ENDS = frozenset(("with", "so", "that", "which", "where", "to", "as", "for"))
"""Words after which the list is over: "..., with weights tuned so ..."."""


def _negated_reach(mentions: Sequence[Mention]) -> dict[int, int]:
    """Each word inside a negated mention -> the furthest last word of such a mention covering
    it: a shorter phrase inside a refused one is refused with it, even where the cue's reach
    ends first ("Rather than only labelling mail from users who opted in": "who opted in"
    within "users who opted in"). Linear: a mention covers a few words."""
    reach: dict[int, int] = {}
    for m in mentions:
        if m.negation is not None:
            for k in range(m.first, m.last + 1):
                reach[k] = max(reach.get(k, -1), m.last)
    return reach


_CAUSE_JOINS = frozenset(("so", "therefore", "hence", "thus"))
"""Words that open what follows from the clause before them: "X adds latency, so we ..."."""


def _only_the_cause(m: Mention, judgement: Judgement, mentions: Sequence[Mention]) -> bool:
    """Whether a right choice's words stand only in a clause that gives the cause or the
    purpose of the clause that makes the mistake, every word of which comes after it: "an
    A/B test exposes users to risk, so I'd launch on the offline win" and "to keep the
    spam folder tidy, we delete the obvious spam" name the right choice as a reason, they do
    not choose it. Read only when the cause comes first: a reason after the choice may say
    the right choice is made too."""
    words = judgement.words
    raw = words.words
    first, last = judgement.sentence_start(m.first), judgement.sentence_end(m.first)
    turn = None
    purpose = plain(raw[first]) == "to"
    for k in range(m.last + 1, last + 1):
        if not words.boundary_before(k):
            continue
        before = words.before(k)
        if ";" in before or ":" in before:
            return False
        if plain(raw[k]) in _CAUSE_JOINS or (purpose and "," in before):
            turn = k
            break
    if turn is None:
        return False
    made = [f for f in mentions if f.negation is None and first <= f.first <= last]
    return bool(made) and all(f.first >= turn for f in made)


def _inside_the_mistake(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a right choice's words are only part of a longer phrase of the mistake, not
    negated: "we launch without an A/B test" names the test inside the mistake it makes (the
    cue is read as "launch without", which "no model launches without X" needs undone), so
    it does not state the test."""
    return any(
        f.negation is None
        and f.first <= m.first
        and m.last <= f.last
        and (f.first, f.last) != (m.first, m.last)
        for f in mentions
    )


def _combines_the_mistake(words: Words, m: Mention, mistaken: set[int]) -> bool:
    """Whether a right choice combines the mistake's own words and nothing else: "a weighted
    sum of P(like), P(comment) and P(share)" is still engagement alone, while "a weighted sum
    of clicks and purchases" or "... of likes and long-term satisfaction" is not. Only a
    combination "of" a list, read to its clause's end (`mistaken`: the words of the flag's
    un-negated mentions). A sentence whose right choices all do states none."""
    raw = words.words
    k = m.last if plain(raw[m.last]) == "of" else m.last + 1
    if k >= len(raw) or plain(raw[k]) != "of" or (k > m.last and words.boundary_before(k)):
        return False
    listed = False
    for j in range(k + 1, min(len(raw), k + 1 + _COMBINED_WORDS)):
        if words.boundary_before(j) and words.before(j).strip() not in _LIST_MARKS:
            break
        word = plain(raw[j])
        if j in mistaken:
            listed = True
        elif word in _CLAUSE_ENDS:
            break
        elif word not in _COMBINED_LIST:
            return False
    return listed


_TOPIC_OPENERS = frozenset(("on", "about", "re", "regarding", "for"))


def _only_a_topic(judgement: Judgement, m: Mention) -> bool:
    """Whether a mention is all of its note's label, bar "on", "about" ("On calibration: the
    auction only needs the order"): the label names the topic the note goes on to, it does
    not make the choice. A label saying more ("Features, all as of order time:") or saying it
    ("Relevance is graded: ...", "We calibrate: ...") states it."""
    s = judgement.sentence(m.first)
    if s.label_end == s.first or m.last + 1 != s.label_end:
        return False
    raw = judgement.words.words
    return all(plain(raw[k]) in _TOPIC_OPENERS for k in range(s.first, m.first)) and not any(
        plain(raw[k]) in _COPULAS or plain(raw[k]) in FIRST_PERSON
        for k in range(m.first, m.last + 1)
    )


_SPARING = stems("spare spares sparing spared avoid avoids avoiding bypass bypasses bypassing")
_INSTEAD = frozenset(("instead", "rather"))
_SPARING_REACH = 6


def _spared(m: Mention, words: Words) -> bool:
    """Whether the right choice is what the sentence spares someone or goes without, in its
    clause: "I'd drop the message: it never reaches the user, which spares them seeing it in
    the spam folder", "..., bypassing the review queue", "rather than a spam folder", "not
    even the spam folder"."""
    bare = True
    """Only small words between word k and the right choice so far."""
    for k in range(m.first - 1, max(0, m.first - _SPARING_REACH) - 1, -1):
        word = plain(words.words[k])
        if words.keys[k] in _SPARING or word in _INSTEAD:
            return True
        if bare and word in _NOT_EVEN_HEADS:
            return True  # "These never reach the user, not even the spam folder"
        bare = bare and word in _NOT_EVEN_FILLERS
        if words.boundary_before(k):
            break
    return False


_NOT_EVEN_HEADS = frozenset(("not", "nor", "never"))
"""A bare "not" (or "not even") before the right choice, with no verb between, refuses it
where no negation cue reads it: "..., not even the spam folder"."""
_NOT_EVEN_FILLERS = frozenset(("even", "the", "a", "an", "to", "into", "in", "our", "their"))


_DISTRIBUTIVE_OPENERS = frozenset(("every", "all", "each"))
_BLANKET_REACH = 2
_BLANKET = -1
"""In `_right_choice`'s sentences, that one of them states the right choice of everything
it opens on ("Every feature is computed as of the prediction moment"): it takes back, for the
whole answer, the mistake named in passing elsewhere ("treat the ready tap as an optional
feature")."""


# Someone else's choice, told before the mistake in its sentence: "some people argue for a
# pure chronological feed", "someone will suggest generating completions with an LLM", "I've
# seen people propose a nightly batch job", "I know some teams reach for fine-tuning"; or one
# the answer opposes: "I'd push back on the idea that we can take humans out".
_ATTRIBUTION = frozenset(
    (
        ("some", "people"),
        ("some", "teams"),
        ("some", "folks"),
        ("some", "candidates"),
        ("some", "argue"),
        ("some", "suggest"),
        ("someone", "will"),
        ("someone", "might"),
        ("someone", "may"),
        ("someone", "would"),
        ("people", "argue"),
        ("people", "suggest"),
        ("people", "propose"),
        ("people", "reach"),
        ("others", "argue"),
        ("others", "suggest"),
        ("others", "propose"),
        ("seen", "people"),
        ("seen", "teams"),
        ("common", "suggestion"),
        ("usual", "suggestion"),
        ("obvious", "suggestion"),
        ("common", "shortcut"),
        ("usual", "shortcut"),
        ("obvious", "shortcut"),
        ("tempting", "shortcut"),
        ("push", "back"),
        ("pushed", "back"),
        ("i", "disagree"),
        ("argue", "against"),
        ("warn", "against"),
        ("proposal", "i've"),
        ("proposal", "i"),
        ("proposals", "i've"),
        ("suggestion", "i've"),
        ("suggestion", "i"),
        ("heard", "people"),
        ("heard", "someone"),
        ("heard", "teams"),
    )
)
# Or by a verb of proposing with someone else as its subject: "somebody in my old team
# proposed using the ETA we showed", "a teammate wanted to sample random pairs", "the PM
# suggested ...". With "I" or "we" between the two it is the answer's own ("I proposed").
_OTHERS = OTHER_PEOPLE | frozenset(
    "candidates manager pm stakeholders orgs organisations organizations practitioners "
    "tutorials blogs papers textbooks courses".split()
)
"""(The singular too: "a junior engineer maybe say '..., let's remove ...'" is a foil's plan.)"""
_SOME = frozenset("some many most lots plenty several".split())
_PROPOSING = frozenset(
    "propose proposed proposes suggest suggested suggests argue argued argues want wanted "
    "wants recommend recommended recommends insisted pushed insist insists say says ask asks "
    "asked".split()
)
_FORESEEING = frozenset("will would may might".split())
_NOT_A_PARTY = frozenset(
    "i we you it this that they one which who what and or but so then also still".split()
)
_SUBJECT_REACH = 6
_TURNS = frozenset(("but", "however", "though", "yet", "still"))
_SO = frozenset(("so", "therefore", "thus", "hence"))


_OPENING_REASONS = frozenset(("since", "because", "as", "given"))


_REASON_LEAD = 3
"""How far before the others' words a reason word may open their clause ("and since most
people don't rate")."""


def _so_we(words: Words, first: int, said: Sequence[str], others: int, hi: int) -> bool:
    """Whether the answer's own choice follows from what others do (told from word `others`
    of the sentence `said`, which starts at word `first`) before word hi: "most people won't
    rate, so I'd treat ..." or "since most people don't rate, we count ..." tells others'
    habit as the reason, and the choice of the first-person clause after it is the answer's
    own."""
    reason = any(said[i] in _OPENING_REASONS for i in range(max(0, others - _REASON_LEAD), others))
    return any(
        said[j] in FIRST_PERSON
        and (said[j - 1] in _SO or (reason and "," in words.before(first + j)))
        for j in range(others + 1, hi)
    )


# A label that refuses what its note says: "Not doing: an LLM per keystroke", "Avoid: ...".
_REFUSING = frozenset(
    "not no never avoid avoiding skip skipping don't won't wouldn't rejected against".split()
)
_LABEL_REACH = 4


# Designs as things others build: with a quantifier before them ("some designs have no
# degraded mode", "many systems simply fail") they are other people's, never the answer's own
# (which is "the system", "our design").
_DESIGNS = frozenset(
    "designs systems setups pipelines solutions implementations architectures products "
    "platforms stacks services".split()
)
_PEOPLE_MODALS = frozenset("would will might may could".split())


def _others_designs(said: list[str], k: int) -> bool:
    """Whether word k opens a subject that is other people's, by a quantifier: "some designs
    simply fail when ...", "many systems ...", or a quantifier standing alone for people
    before a modal ("Some would optimise clicks because ...", "many will say ...")."""
    if said[k] not in _SOME and said[k] != "others":
        return False
    if k and said[k - 1] not in _OPENING_WORDS:
        return False  # inside a phrase: "we drop some would-be duplicates", "in many systems"
    return said[k + 1] in _DESIGNS or said[k + 1] in _PEOPLE_MODALS


_OPENING_WORDS = frozenset("and but so while whereas although though because since".split())


def _not_our_choice(words: Words, first: int, mistake: int, last: int) -> bool:
    """Whether the sentence (words `first` to `last`) tells the mistake (starting at
    `mistake`) as someone else's choice, with no turn to the answer's own view between the
    two ("some people argue for X", not "some people worry, but I'd do X"), under a label
    that refuses it ("Not doing: X"). (A refusal after telling it, "I looked at X, and I'd
    rule it out", is a negation: grading/negation/refusals.py.)"""
    raw = words.words
    said = [*map(plain, raw[first : last + 1])]
    before = mistake - first
    for k in range(before - 1):
        if (
            (
                (said[k], said[k + 1]) in _ATTRIBUTION
                or (said[k] in _SOME and said[k + 1] in _OTHERS)  # "many teams report accuracy"
                or _others_designs(said, k)
            )
            and not _TURNS.intersection(said[k + 2 : before])
            and not _so_we(words, first, said, k, before)
        ):
            return True
    for k in range(1, before):
        if (
            _a_sighting(said, k)
            and not _TURNS.intersection(said[k + 1 : before])
            and not _so_we(words, first, said, k, before)
        ):
            return True
    for k in range(before):
        # Nobody's choice: "Nobody reads users' mail", "no one labels the queue by hand".
        if (
            (said[k] == "nobody" or said[k : k + 2] == ["no", "one"])
            and not _TURNS.intersection(said[k + 1 : before])
            and not _so_we(words, first, said, k, before)
        ):
            return True
    for k in range(before):
        if said[k] in _PROPOSING and not _TURNS.intersection(said[k + 1 : before]):
            subject = said[max(0, k - _SUBJECT_REACH) : k]
            others = [j for j, w in enumerate(subject) if w in _OTHERS]
            if others and not FIRST_PERSON.intersection(subject[others[-1] :]):
                return True
            # A named party's view foreseen: "Growth will argue that ...", "Sales would push
            # for ...", "legal may insist ..." (not "we will argue", "you might want").
            if k >= 2 and said[k - 1] in _FORESEEING and said[k - 2] not in _NOT_A_PARTY:
                return True
    for k in range(first, min(mistake, first + _LABEL_REACH)):
        if ":" in words.parts[2 * k + 2]:
            if _REFUSING.intersection(said[: k - first + 1]):
                return True
            break
    return False


# A design the speaker once saw built, a story of someone else's: "I once saw a recommender
# whose best feature was ...", "I've seen a pilot where ...", "a v0 I saw trained on ...".
_SEEING = frozenset(("saw", "seen"))
_SEER = frozenset(("i", "i've", "we've", "once", "have", "ever"))
_SEEN_THINGS = frozenset(("a", "an", "one", "teams", "companies", "systems", "projects"))
_CLAUSE_OPENERS = frozenset("and but so then when as if because since while that".split())


def _a_sighting(said: list[str], k: int) -> bool:
    """Whether word k is "saw"/"seen" of the speaker's own sighting of another design: "I
    (once) saw a ...", "I've seen a ...", or a relative clause after a noun ("a v0 I saw
    trained on ...", not "and I saw that ...")."""
    if said[k] not in _SEEING or said[k - 1] not in _SEER or k + 1 >= len(said):
        return False
    if said[k + 1] in _SEEN_THINGS:
        return True
    return said[k] == "saw" and said[k - 1] == "i" and k >= 2 and said[k - 2] not in _CLAUSE_OPENERS


_COPULAS = frozenset(("is", "are", "was", "were", "would", "isn't", "aren't", "'s"))
_DESCRIBED_REACH = 4
# A relative clause or a second conjunct ("a product shown above a click and not clicked is a
# negative") makes the mention part of a longer subject: the verdict is not on it.
_DESCRIBED_STOPS = frozenset(("that", "which", "who", "and", "or", "but"))


def _described(m: Mention, words: Words) -> bool:
    """Whether the mention is the subject of a verdict, not a choice: "an A/B test on ETAs is
    slow and noisy" says what the right choice is like, "we launch an A/B test" makes it (a
    form of "be" within a few words after it, in its clause)."""
    raw, parts = words.words, words.parts
    if raw[m.first].lower() in _MODIFYING_PREPOSITIONS or (
        m.first > 0 and raw[m.first - 1].lower() in _MODIFYING_PREPOSITIONS
    ):
        return False  # "results above a click are weak negatives": a modifier, not the subject
    if _gated_on(words, m):
        return False  # "launch only if online metrics are good": the gate, not a verdict
    for k in range(m.last + 1, min(len(raw), m.last + 1 + _DESCRIBED_REACH)):
        if any(p in parts[2 * k] for p in ",;:.!?\n") or raw[k].lower() in _DESCRIBED_STOPS:
            return False
        if plain(raw[k]) in _COPULAS:
            # "... is a feature", "the A/B test is the launch gate" say what it is, no verdict;
            # "label accuracy is measured on a sample" is done to it (a passive), no verdict;
            # "batch training nightly is fine" approves it: the right choice stated
            return k + 1 >= len(raw) or not (
                raw[k + 1].lower() in _CLASSIFYING
                or _done_to(words, k + 1)
                or _approved(words, k + 1)
            )
    return False


_APPROVING = frozenset("fine ok okay good great acceptable sufficient enough right correct".split())
_APPROVAL_TURNS = frozenset("but though although yet except until unless if".split())
_APPROVAL_REACH = 8


def _approved(words: Words, k: int) -> bool:
    """Whether word k, right after a form of "be", approves its subject plainly, with no
    turn in the rest of its clause: "batch training nightly is fine; ..." states the right
    choice, "an A/B test is fine in theory but too slow" does not."""
    raw = words.words
    if plain(raw[k]) not in _APPROVING:
        return False
    for j in range(k + 1, min(len(raw), k + _APPROVAL_REACH)):
        if words.boundary_before(j) and words.before(j).strip() != ",":
            return True
        if plain(raw[j]) in _APPROVAL_TURNS:
            return False
    return True


def _gated_on(words: Words, m: Mention) -> bool:
    """Whether the mention opens a gate a word or two before it in its clause, "only if",
    "only when", "once", "until" ("launch only if online metrics are good", "ship once the
    A/B test is positive"): what it is then like is the gate the answer sets, a choice of it.
    (Not a bare "if" or "when": "when the A/B test is too slow, ..." weighs it.)"""
    for k in range(m.first - 1, max(-1, m.first - 1 - _GATE_OPENER_REACH), -1):
        word = plain(words.words[k])
        if word in _GATE_OPENERS or (
            word in _CONDITION_OPENERS and k > 0 and plain(words.words[k - 1]) == "only"
        ):
            return True
        if words.boundary_before(k):
            break
    return False


_GATE_OPENERS = frozenset(("once", "until"))
_CONDITION_OPENERS = frozenset(("if", "when"))
_GATE_OPENER_REACH = 3


_CLASSIFYING = frozenset("a an the our one".split())
_MODIFYING_PREPOSITIONS = frozenset("above below after before from with without under over".split())
# Participles that judge rather than tell what is done ("is overrated", "is outdated").
_JUDGING_PARTICIPLES = frozenset(
    "overrated outdated complicated limited unneeded unwarranted unjustified overengineered "
    "flawed biased broken misguided".split()
)


def _done_to(words: Words, k: int) -> bool:
    """Whether word k, after a copula, is a past participle of doing ("is measured", "are
    audited", "is computed"), not a word of judging ("is overrated", "is biased")."""
    word = words.words[k].lower()
    return (
        len(word) > 4
        and word.endswith("ed")
        and word not in _JUDGING_PARTICIPLES
        and words.keys[k] not in CRITICISM
    )


_GIVEN_UP_REACH = 6


def _given_up(m: Mention, judgement: Judgement) -> bool:
    """Whether the right choice is named only to be given up, "too" something in its own
    clause: "the A/B test takes too long, so we launch when offline NDCG improves", "an
    online experiment is too slow here" (not "we run an A/B test too", "too" closing it)."""
    words = judgement.words
    raw = words.words
    last = judgement.sentence(m.first).last
    for k in range(m.last + 1, min(last, m.last + _GIVEN_UP_REACH) + 1):
        if words.boundary_before(k):
            return False
        if raw[k].lower() == "too" and k < last and not words.boundary_before(k + 1):
            return True
    return False


_CONDITION_SUBJECTS = frozenset(("we", "i", "you"))
# A condition contrary to fact: "if unseen posts were labelled negative, ...", and the
# inverted forms that open a sentence ("Were accuracy the metric, ...", "Should the test set
# be rebalanced, ...", "Had we launched on the offline win, ..."): what would follow, not a plan.
_SUBJUNCTIVE = frozenset(("were",))
_SUPPOSING = frozenset(("suppose", "imagine", "say"))
"""Openers of a supposition, which is a condition: "Suppose we shuffle the messages and
split 80/20: the test score would ..."."""
_INVERTED = frozenset(("were", "should", "had"))
_MAIN_CLAUSE = frozenset("we i you they it that this i'd we'd i'll we'll you'd you'll".split())
_IF_REACH = 8


def _only_a_condition(
    judgement: Judgement, first: int, window: Sequence[Mention], found: Sequence[Mention]
) -> bool:
    """Whether the mistake is told only as the condition of what follows, in a sentence that
    goes on without it: "if we optimise invites we just help recruiters blast strangers" warns
    of a consequence, and so do a condition contrary to fact ("if unseen posts were labelled
    negative, the model would ...") and one inverted at the sentence's opening ("Were
    accuracy the metric, ..."), or a supposition ("Suppose we shuffle and split: ..."). The
    mistake's words all stand in the "if we ..." clause, and none of
    the flag's words in the clause after it ("if we set the threshold at 0.5 we block every
    payment above it" still chooses 0.5)."""
    words = judgement.words
    raw = words.words
    lo = min(m.first for m in window)
    hi = max(m.last for m in window)
    opener = None
    for j in range(lo - 1, max(first, lo - _IF_REACH) - 1, -1):
        if words.boundary_before(j + 1):
            break
        word = raw[j].lower()
        if (
            (word in ("if", "when") and raw[j + 1].lower() in _CONDITION_SUBJECTS)
            or (word in ("if", "unless") and _SUBJUNCTIVE.intersection(map(plain, raw[j:hi])))
            or (word in _INVERTED and (j == first or words.boundary_before(j)))
            or (
                word in _SUPPOSING
                and (j == first or words.boundary_before(j))
                and raw[j + 1].lower() in _CONDITION_SUBJECTS
            )
        ):
            opener = j
            break
    if opener is None:
        return False
    last = judgement.sentence(first).last
    for c in range(hi + 1, last + 1):
        if words.boundary_before(c) or plain(raw[c]) in _MAIN_CLAUSE:
            return c < last and not any(m.first >= c for m in found)
    return False


# Words that make what follows them needed, not enough: "must", "has to", "needs to".
_NECESSITY = frozenset(("must",))
_NECESSITY_PAIRS = frozenset((("has", "to"), ("have", "to"), ("needs", "to"), ("need", "to")))
_GATE_REACH = 16
_NOT_UNTIL = frozenset(("not", "never"))
# Words that make one thing a requirement of another ("a prerequisite for deployment",
# "required before launch"), and verbs of licensing a denial takes ("doesn't mean we ship").
_GATES = stems("prerequisite prerequisites precondition preconditions required necessary")
_LICENSING = stems("mean means imply implies justify justifies warrant warrants guarantee")


def _only_a_gate(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the mistake's words sit on both sides of a "before" whose clause is only a
    requirement: "the new model must beat the rules on last month's PR-AUC before we deploy
    it" makes the offline win necessary, and says nothing of what decides the launch ("if it
    beats the rules we deploy it" makes it enough); so does a word of requirement between
    them ("an offline win is a prerequisite for deployment", "is required before
    deployment"), or a denial that one licenses the other ("offline recall improving doesn't
    mean we deploy"), or "not until" ("not until the backtest beats the rules would we
    deploy anything": the win is awaited, not acted on). Commas may stand between the
    requirement and its "before" ("must improve, and rescues must not rise, before we
    ship")."""
    words = judgement.words
    raw = words.words
    lo = min(m.first for m in window)
    hi = max(m.last for m in window)
    between = [k for k in range(lo + 1, hi) if not any(m.first <= k <= m.last for m in window)]
    if any(words.keys[k] in _GATES for k in between):
        return True  # "an offline win is a prerequisite for deployment"
    for k in between:  # "offline recall improving doesn't mean we deploy"
        cue = judgement.cues.get(k)
        if (
            cue is not None
            and cue.first == k
            and cue.trigger.lower() in _DENIALS
            and cue.last + 1 < len(raw)
            and words.keys[cue.last + 1] in _LICENSING
        ):
            return True
    start = max(judgement.sentence(lo).first, lo - _GATE_REACH)
    for k in range(start, hi):
        if plain(raw[k]) == "until" and k > start and plain(raw[k - 1]) in _NOT_UNTIL:
            return True  # "not until the backtest beats the rules would we deploy"
    before = next((k for k in range(lo + 1, hi + 1) if plain(raw[k]) == "before"), None)
    if before is None or any(
        words.boundary_before(k) and words.before(k).strip() != ","
        for k in range(lo + 1, before + 1)
    ):
        return False
    said = [plain(w) for w in raw[start:before]]
    return bool(_NECESSITY.intersection(said)) or any(
        pair in _NECESSITY_PAIRS for pair in pairwise(said)
    )


_JUDGED_REACH = 12
_CLAUSE_TURNS = frozenset(("but", "so", "and", "because", "since", "which"))


def _judged_next(
    judgement: Judgement, window: Sequence[Mention], stated: Mapping[int, int] | None = None
) -> bool:
    """Whether the clause after the mistake's (after a ";", a turn such as "but" that goes on
    about it, or the next sentence) is a verdict on it: "Many teams report accuracy; at 0.1%
    fraud that's a trap", "Catalogue images make convenient test queries, but they hide the
    gap to phone photos", "I considered deleting it silently. I dropped it." A negation
    that is words of the mistake again (`stated`) is no verdict: "Unreported posts are the
    negatives: if no one reported it, it's clean" says the mistake twice."""
    words = judgement.words
    raw = words.words
    hi = max(m.last for m in window)
    sentence_last = judgement.sentence(hi).last
    for k in range(hi + 1, min(sentence_last, hi + _JUDGED_REACH) + 1):
        if ";" in words.before(k):
            return _a_verdict(judgement, k)
        if ":" in words.before(k) and "\n" not in words.before(k):
            # An item naming the mistake, then what is wrong with it: "A random split of
            # the messages: campaigns repeat, so it leaks." Not "we optimise CTR: ...".
            return (
                k - hi <= _COLON_REACH
                and _opens_its_clause(judgement, window)
                and _finds_fault(judgement, k, turned=True, stated=stated)
            )
        if (
            plain(raw[k]) in _DROPPING_TURNS
            and k < sentence_last
            and plain(raw[k + 1]) in _BACK_REFERENCES
        ):
            return _a_verdict(judgement, k + 1)
    k = sentence_last + 1
    if k < len(raw) and "\n" not in words.before(k):
        return _a_verdict(judgement, k)
    return False


def _conceded_then_faulted(judgement: Judgement, first: int, window: Sequence[Mention]) -> bool:
    """Whether the mistake is weighed, not chosen, and the clause after it finds the fault:
    the mistake is the subject of an appraisal ("fine-tuning on the wiki seems natural",
    "precomputing ETAs once a night is cheap", "the dispute outcome would be a superb
    feature", "it would be easy to ... split it randomly"), and the next clause (after
    "but" in its sentence, or the next sentence) turns on it: "Sadly ...", "But the wiki
    changes daily and fine-tuning can't keep up", "The trouble is ...", "..., but dinner rush
    and rain make them wrong". "We use a random split. It is simple." chooses it."""
    words = judgement.words
    raw = words.words
    lo = min(m.first for m in window)
    hi = max(m.last for m in window)
    sentence_last = judgement.sentence(hi).last
    opening = min(window, key=attrgetter("first"))
    weighed = (
        _appraised_after(words, hi, sentence_last, _APPRAISING)
        or _appraised_after(words, opening.last, sentence_last, _WEIGHING)
    ) and _opens_its_clause(judgement, (opening,))
    extraposed = (  # "It would be easy to pool a month of mail and split it randomly."
        first + 2 <= lo
        and plain(raw[first]) == "it"
        and plain(raw[first + 1]) in _APPRAISING
        and not any(plain(raw[k]) in _SUBJECTS for k in range(first + 2, lo))
    )
    if not (weighed or extraposed):
        return False
    supposed = _appraised_after(words, opening.last, sentence_last, _SUPPOSING_MOODS)
    for k in range(hi + 1, min(sentence_last, hi + _JUDGED_REACH) + 1):
        if plain(raw[k]) in _DROPPING_TURNS and words.before(k).strip() in ("", ","):
            # "the dispute outcome would be a superb feature, but it's the label": what
            # would be so, then a turn, is weighed and left unless the turn takes it anyway
            return _finds_fault(judgement, k, turned=True) or (
                supposed and not _taken_anyway(words, k, sentence_last)
            )
        if words.boundary_before(k) and words.before(k).strip() != ",":
            break
    k = sentence_last + 1
    if k < len(raw) and "\n" not in words.before(k):
        return _finds_fault(judgement, k, turned=False)
    return False


_SUPPOSING_MOODS = frozenset(("would", "could", "might"))
_ANYWAY = frozenset(
    "fine ok okay acceptable worth works work still anyway nonetheless regardless".split()
)
"""Words of a turn that takes what was weighed after all: "..., but it's fine here", "...,
but we'd still use it"."""


def _taken_anyway(words: Words, k: int, last: int) -> bool:
    """Whether the clause of the turn at word k takes what was weighed after all."""
    return any(
        plain(words.words[j]) in _ANYWAY for j in range(k + 1, min(last, k + _JUDGED_REACH) + 1)
    )


_APPRAISING = frozenset("is are was would could might seems seem sounds looks 's".split())
"""Words after a mistake that open what it is said to be, not what is done with it."""
_APPRAISAL_REACH = 2
_REGRETS = frozenset(("sadly", "unfortunately", "alas", "regrettably"))
_FAULT_OPENERS = stems("trouble problem problems catch downside snag issue risk")
_FAULT_REACH = 12
_LEAD_IN_REACH = 8
"""How far into the next sentence a word taking the mistake up may come, after a lead-in."""


def _appraised_after(words: Words, hi: int, last: int, verbs: frozenset[str]) -> bool:
    """Whether, right after the mistake's words, a form of "be" or a verb of seeming opens
    what it is said to be ("... is cheap", "... would be a superb feature"), not a passive
    ("... are counted as good", "... is passed into the prompt") that tells what is done.
    Within the mistake (after its first words), only a hypothetical or a seeming weighs it:
    "the dispute outcome would be a superb feature", while "the primary metric is
    invitations sent" states it."""
    raw = words.words
    for k in range(hi + 1, min(last, hi + _APPRAISAL_REACH) + 1):
        if words.boundary_before(k):
            return False
        if plain(raw[k]) in verbs:
            after = plain(raw[k + 1]) if k + 1 <= last else ""
            return not (after.endswith("ed") or after in _IRREGULAR_PARTICIPLES)
    return False


_WEIGHING = frozenset("would could might seems seem sounds looks".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "done made given taken shown seen sent kept built run put set held known".split()
)


def _finds_fault(
    judgement: Judgement, k: int, turned: bool, stated: Mapping[int, int] | None = None
) -> bool:
    """Whether the clause from word k finds fault with what was said before it: it opens
    on a regret ("Sadly ..."), or, opening on a turn ("but", `turned`), a word taking it up
    ("they ...") or a fault ("The trouble is ..."), holds criticism or a negation within a
    few words."""
    words = judgement.words
    raw, keys = words.words, words.keys
    opener = plain(raw[k])
    if opener in _REGRETS:
        return True
    if not (
        turned
        or opener in _DROPPING_TURNS
        or opener in _BACK_REFERENCES
        or any(  # after a short lead-in: "At 90k QPS and 30 ms it is not ..."
            plain(raw[j]) in _PRONOUNS for j in range(k, min(len(raw), k + _LEAD_IN_REACH + 1))
        )
        or any(keys[j] in _FAULT_OPENERS for j in range(k, min(len(raw), k + 3)))
    ):
        return False
    last = min(judgement.sentence(k).last, k + _FAULT_REACH)
    if judgement.criticises(k, last) or any(
        keys[j] in _FAULT_OPENERS for j in range(k, min(last, k + 2) + 1)
    ):
        return True
    cues = judgement.cues
    return any(
        (cue := cues.get(j)) is not None
        and (stated is None or stated.get(j, -1) < cue.last)
        and _DENYING.intersection(cue.trigger.lower().split())
        for j in range(k + 1, last + 1)
    )


_PRONOUNS = frozenset(("it", "they"))
"""Words taking the mistake up that are never a determiner ("this person" is not "this")."""
_DENYING = frozenset(
    "not never no can't cannot won't isn't aren't doesn't don't wouldn't couldn't".split()
)
"""A negation cue's words that deny ("can't keep up", "is not something I'd"), unlike ones
that prefer ("rather than") or avoid ("avoids syncing")."""


_COLON_REACH = 5
_BACK_REFERENCES = frozenset("it they that this those these".split())
"""Words that take up what was just said, as the subject or object of a verdict on it."""
_REJECTING = stems(
    "drop dropped reject rejected discard discarded skip skipped abandon abandoned scrap "
    "scrapped shelve shelved"
)
_EXCESS = frozenset(("too",))
_PUSHING_BACK = frozenset((("push", "back"), ("pushed", "back"), ("argue", "against")))
"""The answer opposing what was just proposed: "The PM wants to maximise opens; I'd push
back"."""


def _a_verdict(judgement: Judgement, k: int) -> bool:
    """Whether the clause that starts at word k is a verdict on what was just said: one
    `Judgement.judged_next` reads ("that's a trap"), or a word taking it up followed, in its
    clause, by criticism, an excess or a dismissal ("they hide the gap", "it would decline
    far too many good customers", "privacy rules make that a non-starter"), or the answer
    dropping it ("I dropped it", "we'd reject that") or opposing it ("I'd push back")."""
    if judgement.judged_next(k):
        return True
    words = judgement.words
    raw, keys = words.words, words.keys
    if k >= len(raw):
        return False
    sentence_last = judgement.sentence(k).last
    for j in range(k, min(sentence_last, k + _VERDICT_WORDS) + 1):
        if j > k and words.boundary_before(j) and plain(raw[j]) not in _BACK_REFERENCES:
            return False
        word = plain(raw[j])
        if word in _SUBJECTS:
            verb = j + 2 if j + 2 <= sentence_last and plain(raw[j + 1]) in _WOULD else j + 1
            if verb + 1 <= sentence_last and (
                (keys[verb] in _REJECTING and plain(raw[verb + 1]) in _BACK_REFERENCES)
                or (plain(raw[verb]), plain(raw[verb + 1])) in _PUSHING_BACK
            ):
                return True
        if word in _BACK_REFERENCES:
            stop = j
            while stop < min(sentence_last, j + _VERDICT_WORDS) and not words.boundary_before(
                stop + 1
            ):
                stop += 1
            if (
                (judgement.criticises(j + 1, stop) and not _remedied(judgement, j + 1, stop))
                or any(raw[c].lower() in _EXCESS for c in range(j + 1, stop + 1))
                or _dismissed(raw, j + 1)
            ):
                return True
    return False


_VERDICT_WORDS = 6
"""How far into the clause after the mistake a verdict's subject is looked for."""

_REMEDYING = stems(
    "remove removes removing fix fixes fixing avoid avoids avoiding reduce reduces reducing "
    "eliminate eliminates correct corrects prevent prevents cut cuts counter counters "
    "offset offsets cancel cancels mitigate mitigates solve solves address addresses"
)
"""Verbs that take a fault away: the fault after them is what the choice cures."""


def _remedied(judgement: Judgement, first: int, last: int) -> bool:
    """Whether the first word of criticism among words first..last is the object of a verb
    that takes it away ("that removes the bias of who clicks", "this avoids the leak"): the
    clause praises the choice before it for curing a fault, no verdict against it."""
    keys = judgement.words.keys
    for c in range(first, last + 1):
        if judgement.criticises(c, c):
            return any(keys[v] in _REMEDYING for v in range(first, c))
    return False


_DENIALS = frozenset(
    (
        *"doesn't don't won't isn't aren't wasn't never can't cannot wouldn't couldn't".split(),
        *("does not", "do not", "will not", "is not", "are not", "can not", "would not"),
        "could not",
    )
)
_SUBJECTS = frozenset("i we you they i'd we'd i'll we'll you'd".split())
_CLAUSE_SUBJECTS = _SUBJECTS | _MAIN_CLAUSE
"""(Made once: a union made where it is asked is made again for each word.)"""
_SUFFICING = stems("need needs require requires matter matters")


def _denied_after(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the mistake is the subject of a denial in its own clause: "scoring every item
    per request doesn't scale", "silently deleting mail is never acceptable", "a random split
    won't respect time", or of a dismissal ("scoring the whole catalogue is off the table");
    or the object, put first, of a refusal ("generating completions with a language model I'd
    rather not do"). The subject may end on a comma, closing an aside or a list it ends
    ("anything heavy per request, certainly any generative model call, is off the table"):
    no clause of its own opens on "is". Not past a relative clause or a subject of its own
    ("we use accuracy, which doesn't need calibration"; "we shuffle, and we don't look
    back"; "we shuffle the logs we don't need")."""
    hi = max(m.last for m in window)
    if _denied_from(judgement, window, hi):
        return True
    # The subject denied before the rest of the mistake, its object ("fine-tuning won't keep
    # up with documents that change daily"): read from the end of the subject when the
    # mistake opens its clause.
    opening = min(window, key=lambda m: m.first)
    return (
        opening.last < hi
        and _opens_its_clause(judgement, (opening,))
        and _denied_from(judgement, window, opening.last, hi)
    )


_REJECTED = frozenset(("rejected", "discarded", "dismissed", "ruled"))


_REMOVED = frozenset(
    "ignored dropped removed excluded discarded filtered skipped thrown pruned".split()
)
_PASSIVE = frozenset(("is", "are", "was", "were", "get", "gets", "got", "be"))
_REMOVED_REACH = 3


def _removed_after(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the mistake's words are the subject of their own removal, right after them:
    "anything seen once is ignored", "impressions never viewed are dropped", "queries typed
    once get filtered out": what the answer throws away is no choice it makes of them."""
    words = judgement.words
    raw = words.words
    hi = max(m.last for m in window)
    last = min(judgement.sentence(hi).last, hi + _REMOVED_REACH + 1)
    passive = False
    for k in range(hi + 1, last + 1):
        if words.boundary_before(k):
            return False
        word = plain(raw[k])
        if passive and word in _REMOVED:
            return _opens_its_clause(judgement, window)
        if word in _PASSIVE:
            passive = True
        elif passive and not word.endswith("ly"):
            return False
    return False


_LACKING = frozenset(("without", "no"))
_LACKING_REACH = 8


def _what_lacking_it_would_do(judgement: Judgement, first: int, window: Sequence[Mention]) -> bool:
    """Whether a sentence that opens on doing without something ("Without a minimum count,
    ...", "With no cap, ...") goes on, past the comma, to what would then happen: "Without a
    minimum count, one person could plant a suggestion" warns, it removes no count."""
    words = judgement.words
    raw = words.words
    lo = min(m.first for m in window)
    hi = max(m.last for m in window)
    opener = plain(raw[first])
    if not (
        lo - first <= 1
        and (opener in _LACKING or (opener == "with" and plain(raw[first + 1]) == "no"))
    ):
        return False
    last = judgement.sentence(hi).last
    for k in range(hi + 1, min(last, hi + _LACKING_REACH) + 1):
        if words.before(k).strip() == ",":
            return any(
                plain(raw[j]) in _HYPOTHETICAL for j in range(k, min(last, k + _LACKING_REACH) + 1)
            )
        if words.boundary_before(k):
            return False
    return False


def _denied_from(
    judgement: Judgement, window: Sequence[Mention], hi: int, stop: int | None = None
) -> bool:
    """`_denied_after`, read from word `hi` on (to word `stop` at most)."""
    words = judgement.words
    raw = words.words
    cues = judgement.cues
    last = min(judgement.sentence(hi).last, hi + _JUDGED_REACH)
    if stop is not None:
        last = min(last, stop)
    for k in range(hi + 1, last + 1):
        word = plain(raw[k])
        if words.before(k).strip() == ",":
            j = _aside_closed(words, k, last)  # "X, even with a small model, is not feasible"
            if j is not None and plain(raw[j]) in _COPULAS and _dismissed(raw, j + 1):
                return True
        if word in _COPULAS and words.before(k).strip() == "," and _dismissed(raw, k + 1):
            return True  # the mistake closes an aside or a list that is the subject
        if words.boundary_before(k) or word in _CLAUSE_TURNS or word in RELATIVES:
            return False
        if word in _COPULAS and _dismissed(raw, k + 1):
            return True
        if word in _SUBJECTS:
            return _opens_its_clause(judgement, window) and any(
                (cue := cues.get(j)) is not None and cue.first == j
                for j in range(k + 1, min(last, k + _FRONTED_REACH) + 1)
                if not words.boundary_before(j)
            )
        cue = cues.get(k)
        if cue is not None and cue.first == k and cue.trigger.lower() in _DENIALS:
            # "... doesn't need a retrieval stage", "... doesn't hurt": X said to suffice
            after = words.keys[cue.last + 1 : cue.last + 3]
            return not any(key in _SUFFICING or key in CRITICISM for key in after)
    return False


_ASIDE_WORDS = 6


def _aside_closed(words: Words, k: int, last: int) -> int | None:
    """Where the predicate resumes after a short aside that opens at word k after a comma and
    closes on another ("..., even with a small model, is ..."): the word after the closing
    comma. None when no comma closes it within a few words, or another break comes first."""
    for j in range(k + 1, min(last, k + _ASIDE_WORDS) + 1):
        sep = words.before(j).strip()
        if sep == ",":
            return j
        if words.boundary_before(j):
            return None
    return None


_FRONTED_REACH = 2
"""How near after its subject a refusal of a fronted object starts ("I'd rather not", "we
simply won't")."""
# What a mistake may be said to be that dismisses it: "is off the table", "is out of the
# question", "would be a non-starter", "is not an option".
_DISMISSALS = (
    ("off", "the", "table"),
    ("out", "of", "the", "question"),
    ("a", "non", "starter"),
    ("a", "nonstarter"),
    ("a", "no", "go"),
    ("not", "an", "option"),
    ("not", "viable"),
    ("not", "feasible"),
    ("not", "workable"),
    ("not", "realistic"),
    ("ruled", "out"),
    ("out", "of", "budget"),
    ("out", "of", "scope"),
    ("over", "budget"),
)
_DISMISSAL_REACH = 2
_OUT_GOING = frozenset(("to", "there", "now", "in", "into", "for"))
"""After "is out", words that make it gone out somewhere, not ruled out."""


def _dismissed(raw: Sequence[str], k: int) -> bool:
    """Whether a dismissal starts at word k or, after "be" ("would be a non-starter") or an
    adverb of degree ("is simply off the table"), a word or two later."""
    for j in range(k, min(len(raw), k + _DISMISSAL_REACH)):
        said = tuple(w.lower() for w in raw[j : j + 4])
        if any(said[: len(d)] == d for d in _DISMISSALS):
            return True
    # "is out" right after the copula ("scoring the whole catalogue is out at 50M items") or
    # an adverb of it ("an LLM per keystroke is clearly out at this latency"), never a
    # particle after a verb ("is rolled out to everyone") nor "out to", "out there".
    if k < len(raw) and raw[k].lower().endswith("ly") and raw[k].lower() not in _NOT_ADVERBS:
        k += 1
    return (
        k < len(raw)
        and raw[k].lower() == "out"
        and (k + 1 == len(raw) or raw[k + 1].lower() not in _OUT_GOING)
    )


_NOT_ADVERBS = frozenset(("only", "early", "daily", "weekly", "hourly", "monthly", "nightly"))
"""Words ending in "ly" that are no adverb of a verdict ("is only out for ...", "is weekly
out of date")."""


def _opens_its_clause(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether no subject stands between the start of the mistake's clause and the mistake's
    end: "generating completions with a language model for the tail ..." opens on it, "we
    generate completions ..." does not, nor "for negatives I'd use every eligible one"."""
    words = judgement.words
    raw = words.words
    lo = min(m.first for m in window)
    hi = max(m.last for m in window)
    first = judgement.sentence(lo).first
    for k in range(hi, first - 1, -1):
        if plain(raw[k]) in _CLAUSE_SUBJECTS and not any(m.first <= k <= m.last for m in window):
            return False  # "we ...", or "for negatives I'd use every ... we didn't show"
        if k <= lo and (k == first or words.boundary_before(k)):
            return True
    return True


_DROPPING_TURNS = frozenset(("but", "though", "although", "however", "yet", "until"))


def _contrasted(
    judgement: Judgement, window: Sequence[Mention], negated_at: dict[int, Mention]
) -> bool:
    """Whether a word of the mistake is the right kind, set against the wrong kind of the
    same thing right after it: "test data at the real class balance, not rebalanced" ("X,
    not Y", Y the same phrase group refused)."""
    words = judgement.words
    raw = words.words
    for m in window:
        k = m.last + 1
        if k >= len(raw) or not words.boundary_before(k) or "." in words.before(k):
            continue
        if raw[k].lower() != "not":
            continue
        for j in range(k + 1, min(len(raw), k + 1 + CHOICE_REACH)):
            other = negated_at.get(j)
            if other is not None and other.group == m.group:
                return True
            if words.boundary_before(j + 1):
                break
    return False


# Nouns that name a fault, beside the criticism words: "one classic error is ...".
_FAULTS = stems(
    "error errors mistake mistakes gotcha gotchas antipattern temptation misstep failure failures"
)
_FAULT_LABELS = frozenset("risks pitfalls traps dangers hazards".split())
"""Plural nouns of a label that names its items as what could go wrong: "Risks:", "Traps:"
(plural only: "Risk model:", "Merchant risk:" name a part of a design)."""


_USUAL = frozenset(
    "default usual standard obvious textbook common typical conventional intuitive "
    "simplest easiest easy simple convenient cheapest tempting".split()
)
# ...or put first as what would be easy: "It would be easy to train on the ETA we showed, but".
_EASY_BEFORE_REACH = 4
_SEEMING = frozenset("sounds seems looks feels appears sound seem look feel appear".split())


def _seems_then_dropped(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the mistake is said only to seem good, or to be the usual choice, and the
    sentence turns from it: "shuffling and splitting randomly sounds appealing, but it leaks
    the future", "accuracy looks reassuring, though ...", "0.5 is the default threshold, but
    the right one comes from costs", or goes on to fault it ("going purely chronological
    would be the simplest fix; it would also bury the best posts", "it would be easy to
    train on the ETA we showed, but ...")."""
    words = judgement.words
    raw = words.words
    hi = max(m.last for m in window)
    lo = min(m.first for m in window)
    last = judgement.sentence(hi).last
    if last + 1 < len(raw) and words.before(last + 1).strip() == ";":
        last = judgement.sentence(last + 1).last  # "...; it would also bury the best posts"
    last = min(last, hi + _JUDGED_REACH)
    seeming = any(
        raw[j].lower() in _USUAL and raw[j + 1].lower() == "to"
        for j in range(max(judgement.sentence(lo).first, lo - _EASY_BEFORE_REACH), lo - 1)
    )  # "it would be easy to ..."
    for k in range(min(m.last for m in window) + 1, last + 1):
        word = raw[k].lower()
        if not seeming:
            if words.boundary_before(k) or word in _SUBJECTS or word in RELATIVES:
                return False
            seeming = word in _SEEMING or (
                word in _COPULAS
                and _opens_its_clause(judgement, window)
                and any(w.lower() in _USUAL for w in raw[k + 1 : k + 1 + _CALLED_REACH])
            )
        elif word in _DROPPING_TURNS or judgement.criticises(k, k):
            return True  # "..., but it leaks", "...; it would also bury the best posts"
    return False


# Verdicts on a choice that the criticism words of judgement.py leave out (they read items
# too, where these would say little): "training on the shown ETA is circular".
_VERDICTS = stems(
    "circular premature misguided shortsighted counterproductive irresponsible invalid "
    "nonsense wasteful unsound leakage theatre theater backwards backward asking uneasy "
    "nervous shaky fragile brittle flimsy stale rosy"
)
# Verbs that fault what their subject does: "leaving the threshold at 0.5 ignores the costs".
_FAULT_VERBS = stems("ignores neglects overlooks conflates confuses")
_NOUN_ENDINGS = ("ion", "ions", "ance", "ances")
"""A word of a fault verb's stem that is a noun names a thing, it finds no fault: "accuracy
+ confusion matrix" lists a metric beside the mistake ("conflation", "ignorance")."""
_VERDICT_VERBS = frozenset(
    "is are was were would will could 's isn't goes go becomes become gets grows".split()
)
_DOUBTFUL = frozenset(("unlikely", "hard", "difficult"))
_DOUBTED = frozenset(
    "fit work scale help hold pay meet justify defend trust recommend generalise generalize "
    "survive".split()
)


def _doubtful_to(raw: Sequence[str], j: int, last: int) -> bool:
    """Whether words j.. say the mistake is unlikely or hard to do what it should: "is
    unlikely to fit in 200 ms", "is hard to justify" (not "hard to beat", which praises)."""
    return (
        j + 2 <= last
        and plain(raw[j]) in _DOUBTFUL
        and raw[j + 1].lower() == "to"
        and plain(raw[j + 2]) in _DOUBTED
    )


_MAKING = frozenset(("makes", "make", "made"))
"""A verdict by the feeling the mistake gives: "a random split ... makes me uneasy"."""
_CALLED_REACH = 4


def _called_faulty(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the mistake, as the subject of its clause, is called something faulty:
    "training on the shown ETA is circular", "shipping on offline NDCG would be premature",
    "plugging the downsampled scores into the bid is a classic error"."""
    words = judgement.words
    raw, keys = words.words, words.keys
    hi = max(m.last for m in window)
    last = min(judgement.sentence(hi).last, hi + _JUDGED_REACH)
    for k in range(hi + 1, last + 1):
        word = plain(raw[k])
        if words.boundary_before(k) or word in _SUBJECTS or word in RELATIVES:
            return False
        if keys[k] in _FAULT_VERBS and not plain(raw[k]).endswith(_NOUN_ENDINGS):
            return True
        if word in _VERDICT_VERBS or (
            word in _MAKING and k + 1 < len(raw) and plain(raw[k + 1]) == "me"
        ):
            return any(
                keys[j] in _VERDICTS
                or keys[j] in _FAULTS  # "is a classic error"
                or _doubtful_to(raw, j, last)  # "is unlikely to fit", "is hard to justify"
                for j in range(k + 1, min(last, k + _CALLED_REACH) + 1)
                if not words.boundary_before(j)
            )
    return False


_PRAISE = frozenset(
    "simplest simpler easiest easier fine enough best good great ideal cheapest fastest ok "
    "okay".split()
)


def _what_doing_it_would_do(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether a clause that opens on doing the mistake ("feeding ...", "treating ... as",
    "using ...") or on the mistake itself ("a random split ...") says what doing it would
    do: "feeding downsampled probabilities straight into bids would overcharge advertisers",
    "treating reports as ground truth would let brigading decide", "a random split would put
    the same evening on both sides". Not when it would be fine ("using the shown ETA would be
    simplest", "a random split would work"), nor "we'd ...", which chooses."""
    words = judgement.words
    raw = words.words
    hi = max(m.last for m in window)
    # The clause may open on any of the window's mentions ("Results were never seen, so
    # treating them as negatives would ..." opens its clause on the second), and the verdict
    # may come before a later mention ("Removing content automatically would take down ...").
    from_ = _doing_opens_clause(words, window)
    if from_ is None:
        return False
    last = min(judgement.sentence(hi).last, hi + _JUDGED_REACH)
    aside = False
    """Inside a bracketed aside after the mistake ("Maximising opens (the old goal) would
    ..."): its words are skipped."""
    inside = {k for m in window if m.last > from_ for k in range(m.first, m.last + 1)}
    later = max(m.first for m in window)
    skip_to = from_
    resumed = -1
    """Where the clause resumes after a short aside between commas."""
    for k in range(from_ + 1, last + 1):
        if k in inside or k <= skip_to:
            continue  # the mistake's own words ("the ETA we showed") are no subject of ours
        if k < later and plain(raw[k]) in _HYPOTHETICAL and plain(raw[k + 1]) in _WOULD_BE:
            # "The dispute outcome would be a superb feature": what it would be is the rest
            # of the mistake, not what doing it would do; read on after the mistake.
            skip_to = hi
            continue
        word = plain(raw[k])
        sep = words.before(k).strip()
        if sep.endswith("(") and not aside:
            aside = True
            continue
        if aside:
            aside = not sep.startswith(")")
            if aside:
                continue
        if sep == "," and words.boundary_before(k) and k != resumed:
            resume = _comma_aside_end(words, k, last)
            if resume is not None:
                skip_to = resumed = resume - 1  # "Deleting spam outright, even at 0.999, would"
                resumed += 1
                continue
        if (
            (words.boundary_before(k) and sep not in _CLOSING_BRACKETS and k != resumed)
            or word in _SUBJECTS
            or word in RELATIVES
        ):
            return False
        if word in _HYPOTHETICAL:
            return not any(
                plain(raw[j]) in _PRAISE or plain(raw[j]) in _WORKING
                for j in range(k + 1, min(last, k + _CALLED_REACH) + 1)
            )
    return False


_COMMA_ASIDE_REACH = 6
_ALTERNATIVES = frozenset(("or", "nor"))
_ALTERNATIVE_REACH = 12


def _told_as_a_general_truth(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the mistake is the subject of a general truth about doing it (generic.py):
    "optimising for invitations alone gives you spam", "feeding uncorrected scores into the
    bid is the classic way to overcharge advertisers"."""
    opens_on_it = _doing_opens_clause(judgement.words, window)
    return focused_alone(judgement, window, opens_on_it) or what_doing_it_does(
        judgement, window, opens_on_it
    )


def _comma_aside_end(words: Words, k: int, last: int) -> int | None:
    """Where the clause resumes after a short aside between commas opening at word k, when
    it resumes on a hypothetical ("..., even at 0.999, would ..."); None otherwise. An aside
    that adds an alternative to the subject ("Using the shown ETA, or any target taken from
    the old formula's estimate, would ...") may run longer: it is a second subject of the
    same verb, not a clause of its own."""
    reach = _ALTERNATIVE_REACH if plain(words.words[k]) in _ALTERNATIVES else _COMMA_ASIDE_REACH
    for j in range(k + 1, min(last, k + reach) + 1):
        if words.boundary_before(j):
            if words.before(j).strip() == "," and plain(words.words[j]) in _HYPOTHETICAL:
                return j
            return None
    return None


def _doing_opens_clause(words: Words, window: Sequence[Mention]) -> int | None:
    """Where the first of the window's mentions that its clause opens on ends: on doing it
    (a gerund up to `_DOING_OPENING` words before it: "Removing content automatically with no
    human ..."), on an article or on the mention itself (within `_OPENING` words), or on
    something that holds it ("A system with no volume limit ..."); None when the clause
    opens on something else ("we ...", "the team uses ...")."""
    raw = words.words
    for m in sorted(window, key=attrgetter("first")):
        lo = m.first
        opener = lo
        while (
            opener > 0
            and not words.boundary_before(opener)
            and plain(raw[opener - 1]) not in _CLAUSE_OPENERS
            and lo - opener < _DOING_OPENING
        ):
            opener -= 1
        if not (
            opener == 0
            or words.boundary_before(opener)
            or plain(raw[opener - 1]) in _CLAUSE_OPENERS
        ):
            continue
        opening = plain(raw[opener])
        if (
            (opening.endswith("ing") and opening not in _NOT_DOING)
            or (lo - opener <= _OPENING and (opening in _ARTICLES or opener == lo))
            or (
                opening in _ARTICLES
                and any(plain(raw[k]) in _HOLDING for k in range(opener + 1, lo))
            )
        ):
            return m.last
    return None


_WOULD_BE = frozenset(("be", "become", "make"))
"""After "would", verbs that say what the mistake's first part would be, not what it does."""
_HOLDING = frozenset(("with", "without", "using", "on"))
"""A subject that holds the mistake: "A system with no volume limit would ..."."""
_DOING_OPENING = 5
"""A gerund this near the mistake opens the clause on doing it."""
_NOT_DOING = frozenset(("during", "nothing", "anything", "everything", "something", "thing"))
"""Words ending in -ing that are no gerund."""


_ARTICLES = frozenset(("a", "an", "the"))
_CLOSING_BRACKETS = frozenset((")", "]"))
"""A bracket closing inside the mistake ends no clause: "Ranking by P(open) would favour ...";
nor does an aside in brackets after it: "Maximising opens (the old goal) would ..."."""
_CLAUSE_OPENERS = frozenset(
    "and but because since as while whereas so hence thus therefore then".split()
)
"""Words that open a clause of its own inside a sentence: "because campaigns change weekly
and a random split would let the same campaign sit on both sides" says what the mistake
would do in the clause after "and"."""
_WORKING = frozenset("work works suffice suffices acceptable reasonable sensible".split())
"""Words of a hypothetical that finds the mistake good enough ("a random split would work")."""


_SOMETHING = frozenset(("something", "thing", "what", "one"))
_SOMETHING_REACH = 3


def _something_refused(judgement: Judgement, window: Sequence[Mention]) -> bool:
    """Whether the sentence goes on to call what it told (the mistake) something it refuses
    or the last thing it would do: "relying on the classifier alone, with no review queue, is
    something I'd never ship", "... is the last thing we'd do", "... is not something we
    want"."""
    words = judgement.words
    raw = words.words
    cues = judgement.cues
    hi = max(m.last for m in window)
    last = min(judgement.sentence(hi).last, hi + 2 * _JUDGED_REACH)
    for k in range(hi + 1, last):
        if plain(raw[k]) not in _COPULAS:
            continue
        said = [*map(plain, raw[k + 1 : k + 4])]
        if said[:3] == ["the", "last", "thing"]:
            return True
        for j in range(k + 1, min(last, k + _SOMETHING_REACH) + 1):
            if raw[j].lower() in _SOMETHING:
                return any(
                    (cue := cues.get(c)) is not None and cue.first == c
                    for c in range(j + 1, min(last, j + _SOMETHING_REACH) + 1)
                ) or any(cues.get(c) is not None for c in range(k + 1, j))
        return False
    return False


_HYPOTHETICAL = frozenset(("would", "could", "might", "would've", "could've"))
_OPENING = 2
"""A mistake this near the start of its sentence opens it."""


_ITEM_SENTENCES = 4
"""How many sentences after a list item's first one are read for a refusal of it."""


def _taken_back_in_item(
    judgement: Judgement, first: int, window: Sequence[Mention], negated: dict[int, set[int]]
) -> bool:
    """Whether a mistake put together from a list item and its lead-in (or the sentence
    before) is refused in the item's own next sentences, through a group the item itself
    brings: under "Training labels:", "3. User reports. Only 10-20% are violating. I would
    not use 'reported' as a positive label." names reports to refuse them as labels."""
    if all(m.first >= first for m in window):
        return False
    own = {m.group for m in window if m.first >= first}
    words = judgement.words
    n = len(words.words)
    s = first
    for _ in range(_ITEM_SENTENCES):
        k = judgement.sentence(s).last + 1
        if k >= n or "\n" in words.before(k):
            return False
        if own & negated.get(k, set()):
            return True
        s = k
    return False


_CONCEDING_TURNS = frozenset(("but", "however", "though", "yet"))
_TURN_REACH = 6
"""How far after the mistake, in its sentence, the turn may stand ("... randomises by member
id, but ...")."""


def _turned_then_righted(
    judgement: Judgement, first: int, window: Sequence[Mention], right: set[int]
) -> bool:
    """Whether the mistake is told as what is so, the sentence turns on it right after (",
    but ..."), and the next sentence of the paragraph states the right choice: "the platform
    randomises by member, but invitations cross arms. So I'd use graph-cluster
    randomisation" tells the setting, its flaw and the remedy; it does not rely on it. A
    turn that only adds to the plan keeps it ("we randomise by member, but with a bigger
    sample. Clusters would be nicer but are too complex" states no right choice next)."""
    words = judgement.words
    raw = words.words
    hi = max(m.last for m in window)
    last = judgement.sentence(first).last
    turned = any(
        plain(raw[k]) in _CONCEDING_TURNS and words.before(k).strip() in (",", ";")
        for k in range(hi + 1, min(last, hi + _TURN_REACH) + 1)
    )
    if not turned:
        return False
    k = last + 1
    return k < len(raw) and "\n\n" not in words.before(k) and judgement.sentence_start(k) in right


def _opens_on_if(judgement: Judgement, first: int) -> bool:
    """Whether the sentence opens on a condition of our own ("If I compute mutual counts
    from today's graph, ..."): after a sentence that states the right choice, it tells what
    the wrong one would do."""
    raw = judgement.words.words
    return (
        first + 1 < len(raw)
        and raw[first].lower() == "if"
        and raw[first + 1].lower() in _CONDITION_SUBJECTS
    )


# A lead-in that ends on a count says what its items are ("... serves three moments:").
_COUNTS = frozenset("two three four five six seven eight nine ten several".split())
_ITEM_CLAUSE_JOINERS = frozenset("and but so while then".split())
_CLAUSE_SUBJECT_REACH = 4


def _leads_the_items(judgement: Judgement, m: Mention, lead: int) -> bool:
    """Whether the items of the list a line introduces are what the line's mention names.
    Not when the line counts its items as something else ("That one regression target serves
    three moments:": each item is a moment, not a target), nor when a clause of its own with
    its own subject introduces them ("The target is satisfied watching ..., and per
    impression I'd predict:": the items are predictions, and the target was said before).
    "Features I'd add:" and "Target:" lead their items."""
    raw = judgement.words.words
    last = judgement.sentence(lead).last
    if m.last + 1 < last and (raw[last - 1].isdigit() or raw[last - 1].lower() in _COUNTS):
        return False
    for k in range(m.last + 1, last):
        if raw[k].lower() in _ITEM_CLAUSE_JOINERS and any(
            raw[j].lower() in _SUBJECTS
            for j in range(k + 1, min(last, k + _CLAUSE_SUBJECT_REACH) + 1)
        ):
            return False
    return True


def _window_besides(
    groups: int, mentions: Sequence[Mention], within: int | None, led: dict[int, Mention]
) -> list[Mention] | None:
    """`best_window` for the groups the lead-in line does not bring, and the lead-in's
    mentions (`led`, by group) for the others."""
    rest = [g for g in range(groups) if g not in led]
    index = {g: k for k, g in enumerate(rest)}
    renumbered = {m._replace(group=index[m.group]): m for m in mentions if m.group in index}
    window = best_window(len(rest), list(renumbered), within)
    if window is None:
        return None
    chosen = {led[g].group: led[g] for g in led} | {
        renumbered[m].group: renumbered[m] for m in window
    }
    return [chosen[g] for g in range(groups)]
