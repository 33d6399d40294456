"""Stage 5 of grading, evidence: which mentions earn an item, and the quotes that show it.

An item is met when every one of its phrase groups has a usable mention (inside `within`
words of each other when the item sets it) and the judgement stage reads at least one of them
as applied to the problem; when they only name the idea, it is named. Under the default
`exclude` policy a negated mention is not usable; under `allow` (hazards: "avoid leakage") it
is. When an item is missed, its negated mentions are kept to show ("you wrote 'retrain', but
negated it").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from itertools import islice
from typing import NamedTuple

from designtrainer.domain.model import RedFlag
from designtrainer.grading.choice import (
    CHOICE_REACH,
    RELATIVES,
    Choice,
    best_window,
    may_be_in_window,
)
from designtrainer.grading.flags import flag_choice, refusal_choice
from designtrainer.grading.judgement import APPLIED, NAMED, Judgement
from designtrainer.grading.mentions import Mention, Owner
from designtrainer.grading.negation import (
    FIRST_PERSON,
    accepts_shortcoming,
    clause_around,
)
from designtrainer.grading.results import Evidence
from designtrainer.grading.words import Words, plain

MAX_NEGATED_SHOWN = 3
_LONGEST = 16
"""Mentions are looked for this many words further back: no phrase is longer."""


def choose(
    owner: Owner,
    mentions: Sequence[Mention],
    judgement: Judgement,
    rejected: Rejected | None = None,
    unless: Sequence[Mention] = (),
    refused: Sequence[Mention] = (),
    applied_counts: Callable[[Mention], bool] | None = None,
) -> Choice:
    """Met when a set of usable mentions (one per group, inside `within`) applies the idea;
    named when the only such sets name it; missed otherwise.

    `applied_counts`, when given, says whether a mention read as applied counts at all (a
    lone word of the idea in a clause that argues against something else does not): the
    choice is the one made from the mentions that count, and it is asked only of the
    applied mentions read until the choice is made (an item of one group is met by its first
    applied mention that counts; a long answer's later mentions are never asked about, nor
    those that only name the idea; tests/test_fast_paths.py checks the two agree). So is
    whether a mention brings a rejected idea back (`_brings_back`).

    A usable mention is not negated (under the default `exclude` policy) and is not a label
    that its own note takes back. Once the answer rejects the idea (here, or in another
    section's text: `rejected`), only a mention that brings it back in a sentence of its own
    counts (`_after_rejection`). A red flag's `unless` mentions are where the answer states
    the right choice that takes its mistake back, and its `refused` mentions where the
    answer may refuse the right choice ("we don't need a fallback"), which makes it.

    An item of several groups inside `within` words is chosen from only the mentions that
    may stand in such a window (`may_be_in_window`): the window found among them is the one
    reading all of them finds. When there is none, the item is missed, and its mentions are
    read only until each group has a usable one and the negated ones to show are found
    (`_missed`): a long answer names the words of such an idea all over, in sections where
    they never come together.
    """
    if not isinstance(owner, RedFlag) and owner.within is not None and len(owner.evidence) > 1:
        near = may_be_in_window(len(owner.evidence), mentions, owner.within)
        if len(near) < len(mentions):
            made = _choose(owner, near, judgement, rejected, unless, refused, applied_counts)
            if made.state != "missed":
                return made
            return _missed(owner, mentions, judgement, rejected, applied_counts)
    return _choose(owner, mentions, judgement, rejected, unless, refused, applied_counts)


def _missed(
    owner: Owner,
    mentions: Sequence[Mention],
    judgement: Judgement,
    rejected: Rejected | None,
    counts: Callable[[Mention], bool] | None,
) -> Choice:
    """The missed choice `_choose` makes of an item of several groups none of whose windows
    holds usable mentions of every group: its first negated mentions that count, and the
    groups with no usable mention. Each group's mentions are read in order only until one is
    usable, the negated ones until MAX_NEGATED_SHOWN are found (tests/test_fast_paths.py
    checks this against `_choose`)."""
    groups = len(owner.evidence)
    allow = owner.negation == "allow"
    back = None if allow else rejected

    def counted(m: Mention) -> bool:
        return counts is None or counts(m) or judgement.reading(m) != APPLIED

    def usable(m: Mention) -> bool:
        return counted(m) and (allow or m.negation is None)

    negated = tuple(
        islice((m for m in mentions if m.negation is not None and counted(m)), MAX_NEGATED_SHOWN)
    )
    runs = _raw_runs(mentions) if back is not None else []
    found: set[int] = set()
    for k, m in enumerate(mentions):
        if m.group in found or not usable(m):
            continue
        if back is not None:
            # The run `_after_rejection` reads is of usable mentions that touch: within the
            # run of all the mentions that touch this one.
            first, end = runs[k]
            run = _run_of([o for o in mentions[first:end] if usable(o)])
            if not _brings_back(m, judgement, back, run):
                continue
        if judgement.is_label(m):
            continue
        found.add(m.group)
        if len(found) == groups:
            break
    return Choice("missed", negated, tuple(g for g in range(groups) if g not in found))


def _raw_runs(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Per mention (in reading order), the slice of the mentions that touch or overlap it
    one after another: a run of usable mentions (`_run_of`) lies within one."""
    out: list[tuple[int, int]] = []
    start, end = 0, -2
    for k, m in enumerate(mentions):
        if k and m.first > end + 1:
            out += [(start, k)] * (k - start)
            start = k
        end = max(end, m.last) if k > start else m.last
    out += [(start, len(mentions))] * (len(mentions) - start)
    return out


def _choose(
    owner: Owner,
    mentions: Sequence[Mention],
    judgement: Judgement,
    rejected: Rejected | None,
    unless: Sequence[Mention],
    refused: Sequence[Mention],
    applied_counts: Callable[[Mention], bool] | None,
) -> Choice:
    """`choose`, from these mentions."""
    groups = len(owner.evidence)
    counts = applied_counts
    if counts is not None and (
        isinstance(owner, RedFlag) or groups != 1 or owner.within is not None
    ):
        mentions = [m for m in mentions if counts(m) or judgement.reading(m) != APPLIED]
        counts = None
    if not mentions and not refused:
        return Choice("missed", (), tuple(range(groups)))
    allow = owner.negation == "allow"
    if isinstance(owner, RedFlag):
        # A shortcoming put up with ("the spillover should be small, so I'd accept that
        # bias") refuses its remedy, and so makes the mistake: it takes no flag back. Nor
        # does a cue that is itself words of the mistake ("Drop: at high confidence we ...").
        own = _stated_words(
            mentions, {m.negation.first for m in mentions if m.negation is not None}
        )
        mentions = [
            m._replace(negation=None)
            if m.negation is not None
            and (
                accepts_shortcoming(m.negation)
                or _past_its_relative_clause(m, judgement)
                or own.get(m.negation.first, -1) >= m.negation.last
            )
            else m
            for m in mentions
        ]
    usable = [m for m in mentions if allow or m.negation is None]
    if isinstance(owner, RedFlag):
        made = flag_choice(owner, mentions, usable, judgement, unless, refused)
        if made.state == "missed" and refused:
            return refusal_choice(owner, refused, judgement, unless) or made
        return made
    back = None if allow else rejected
    if groups == 1 and owner.within is None:  # the usual case: the first applied mention
        named = None
        run = _run_of(usable) if back is not None else {}
        for m in usable:
            if back is not None and not _brings_back(m, judgement, back, run):
                continue
            reading = judgement.reading(m)
            if reading == APPLIED:
                if counts is not None and not counts(m):
                    continue
                return Choice("met", (m,))
            if reading == NAMED and named is None:
                named = m
        if named is not None:
            return Choice("named", (named,))
        usable = []
    else:
        if back is not None:
            usable = _after_rejection(usable, judgement, back)
        usable = [m for m in usable if not judgement.is_label(m)]
        window = best_window(groups, usable, owner.within)
        if window is not None:
            # One group's words may sit in a bare note and another's in a sentence that says
            # something: the sentence applies the idea.
            if any(judgement.reading(m) == APPLIED for m in window):
                return Choice("met", tuple(window))
            applied = [m for m in usable if judgement.reading(m) == APPLIED]
            better = best_window(groups, applied, owner.within)
            return Choice("met", tuple(better)) if better else Choice("named", tuple(window))
    negated = tuple(
        islice(
            (
                m
                for m in mentions
                if m.negation is not None
                and (counts is None or counts(m) or judgement.reading(m) != APPLIED)
            ),
            MAX_NEGATED_SHOWN,
        )
    )
    found = {m.group for m in usable}
    return Choice("missed", negated, tuple(g for g in range(groups) if g not in found))


_RELATIVE_REACH = 5
_LINKS = frozenset("is are was were become becomes count counts".split())
"""Verbs that link a subject to what it is said to be: "... that got no like is a negative"."""


def _stated_words(mentions: Sequence[Mention], cues: Collection[int]) -> dict[int, int]:
    """Each of the words `cues` (where the cues negating a red flag's mentions begin) that a
    mention no cue negates covers -> the furthest last word of such a mention covering it. A
    cue standing wholly on them is part of how the answer states the mistake, not a refusal
    of it: the list label "Drop:" (a flag's "drop") or "no one reported" (a flag's evidence)
    negates nothing of it; "is not" after "success is" still does. Only the mentions that
    may cover a cue's word are looked at (found by bisection: the mentions are in reading
    order, none longer than the longest), not every word of every mention of a long
    answer."""
    own: dict[int, int] = {}
    if not cues:
        return own
    firsts = [m.first for m in mentions]
    longest = max((m.last - m.first for m in mentions), default=0)
    for k in cues:
        for m in mentions[bisect_left(firsts, k - longest) : bisect_right(firsts, k)]:
            if m.negation is None and m.first <= k <= m.last:
                own[k] = max(own.get(k, -1), m.last)
    return own


def _past_its_relative_clause(m: Mention, judgement: Judgement) -> bool:
    """Whether the cue negating a mention sits in a relative clause of the subject that a
    linking verb closes before the mention: "every eligible post that got no like is a
    negative", "posts that weren't shown count as negatives", "... that got no click =
    negative". The cue describes the subject; the mention is what the answer says it is. Not
    when another cue stands between the link and the mention ("... are not negatives")."""
    neg, words = m.negation, judgement.words
    if neg is None or neg.last >= m.first:
        return False
    raw = words.words
    if not any(
        plain(raw[k]) in RELATIVES
        for k in range(max(0, neg.first - _RELATIVE_REACH), neg.first)
        if not any(words.boundary_before(j) for j in range(k + 1, neg.first + 1))
    ):
        return False
    link = None
    for k in range(neg.last + 1, m.first + 1):
        if words.boundary_before(k):
            return False
        if "=" in words.before(k) or (k < m.first and plain(raw[k]) in _LINKS):
            link = k
            break
    return link is not None and not any(k in judgement.cues for k in range(link, m.first))


class Rejected(NamedTuple):
    """How an answer rejects an idea, as one text sees it.

    A named tuple, not a frozen dataclass: making a dataclass compiles its methods in every
    fresh process, about half a millisecond (issue 12, cold commands)."""

    spans: frozenset[tuple[str, ...]]
    """The words (as keys) of the rejected phrases."""
    refused: frozenset[int] = frozenset()
    """The sentences of this text (by first word) that reject the idea."""
    proposed_only: bool = False
    """The idea is rejected under its own heading and this text is another's: a mention
    brings it back only from a clause that proposes it ("the core tension is wrongly
    removing legitimate speech" under framing does not bring back appeals refused under
    production)."""


def rejections(mentions: Sequence[Mention], judgement: Judgement) -> list[Mention]:
    """The mentions that reject the idea: in one sentence, every phrase group of the idea
    under a negation that rejects (`Judgement.rejects`), not all of them through words of
    another idea the sentence names ("I wouldn't run long-term holdouts" rejects holdouts,
    not the A/B test that shares the word), and not after the sentence applied the idea
    ("class weights on positives, not SMOTE" chooses within the idea)."""
    sentence = judgement.sentence
    groups = judgement.groups[mentions[0].owner]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.negation is not None and judgement.rejects(m):
            by_sentence.setdefault(sentence(m.first).first, []).append(m)
    if not by_sentence:
        return []
    out: list[Mention] = []
    taken: set[Mention] = set()
    firsts = [m.first for m in mentions]
    for start, found in by_sentence.items():
        cue = min(m.negation.first for m in found if m.negation is not None)
        if all(judgement.shared(m, wider=True) for m in found):
            continue
        beside = judgement.described_beside(found, mentions, firsts)
        if beside:
            found = found + [m for m in beside if m not in taken]
        if len({m.group for m in found}) < groups:
            # A refusal that points back at the sentence before, which only described or
            # weighed the idea, refuses what that sentence said.
            before = judgement.said_before(found, mentions, firsts)
            if before:
                found = found + [m for m in before if m not in taken and m not in found]
        if len({m.group for m in found}) < groups:
            continue
        lo = bisect_left(firsts, max(start, cue - CHOICE_REACH - _LONGEST))
        hi = bisect_left(firsts, cue)
        if any(
            m.negation is None
            and start <= m.first
            and cue - CHOICE_REACH <= m.last < cue
            and judgement.reading(m) == APPLIED
            and not _enough_instead(m, found, cue, judgement)
            and not _problem_then_turn(m, cue, judgement)
            for m in mentions[lo:hi]
        ):
            continue
        if _chosen_after_weighing(found, mentions, firsts, judgement):
            continue
        if _chosen_after_verdict(found, mentions, firsts, judgement):
            continue
        out += found
        taken.update(found)
    return out


_ENOUGH = frozenset("enough suffices sufficient already".split())
"""What a sentence says of the thing that makes a refused idea unnecessary: "A weekly retrain
is enough, so I wouldn't build drift monitoring"."""


def _enough_instead(m: Mention, found: Sequence[Mention], cue: int, judgement: Judgement) -> bool:
    """Whether a mention before a refusal's cue, in its sentence, is what the sentence says
    suffices instead ("A weekly retrain is enough, so I wouldn't build query/feature drift
    monitoring up front"; "the daily retrain already covers it, so no drift dashboards"): a
    word of "enough" or "already" between it and the cue, and none of its words among those
    refused (not "a weekly retrain is enough, so no hourly retrain", which chooses within
    the idea). The reason for the refusal, not a choice within the idea."""
    keys = judgement.words.keys
    own = set(keys[m.first : m.last + 1])
    if any(own & set(keys[f.first : f.last + 1]) for f in found):
        return False
    raw = judgement.words.words
    return any(raw[k].lower() in _ENOUGH for k in range(m.last + 1, cue))


_TURNS = frozenset(("but", "however", "though", "yet", "still"))
_STATEMENT_WORDS = 6
"""A clause of at least this many words, none of them ours, states something: no terse note
("class weights on positives, but I wouldn't oversample") that chooses."""


def _problem_then_turn(m: Mention, cue: int, judgement: Judgement) -> bool:
    """Whether a mention before a refusal in its sentence only states the problem whose
    remedy the refusal turns down: its clause is a statement of its own (no word of ours, at
    least `_STATEMENT_WORDS` words), and a turn to our own subject stands between it and the
    cue ("The 0.8% base rate gives a skewed label mix, but I would not treat class imbalance
    as a problem to fix here"). Not "class weights on positives, not SMOTE", nor "I'd weight
    the positives, but I wouldn't use SMOTE", which choose within the idea (reject11)."""
    words = judgement.words
    raw = words.words
    first, last = clause_around(words, m.first, m.last)
    if last >= cue or last - first + 1 < _STATEMENT_WORDS:
        return False
    if any(plain(raw[k]) in FIRST_PERSON for k in range(first, last + 1)):
        return False
    return any(
        plain(raw[k]) in _TURNS and plain(raw[k + 1]) in FIRST_PERSON
        for k in range(last + 1, cue - 1)
    )


_AFTER_TURN = 12
"""How far after the turn of a weighed idea a mention that chooses within it is looked for."""


def _chosen_after_weighing(
    found: Sequence[Mention],
    mentions: Sequence[Mention],
    firsts: Sequence[int],
    judgement: Judgement,
) -> bool:
    """Whether an idea weighed and dropped ("X is tempting, but I'd stick with ...") is taken
    up again after the turn, in the same sentence: "Hourly retraining is tempting, but I'd
    stick with a weekly retrain on fresh labels" chooses within the idea; "..., but I'd
    wait until the set is big enough for the slices to mean anything" does not (a clause
    that only describes, here a condition, chooses nothing)."""
    raw = judgement.words.words
    for neg in {m.negation for m in found if m.negation is not None}:
        if raw[neg.first].lower() not in _TURNS or not neg.trigger.lower().startswith(
            raw[neg.first].lower()
        ):
            continue
        end = judgement.sentence(neg.first).last
        lo = bisect_left(firsts, neg.last + 1)
        for m in mentions[lo:]:
            if m.first > min(end, neg.last + _AFTER_TURN):
                break
            if m.negation is None and judgement.reading(m) == APPLIED and judgement.proposes(m):
                return True
    return False


_LEADS = frozenset(("so", "instead", "and", "but", "then", "rather"))
"""Words that may lead a clause of our own after a verdict: "..., so we retrain daily"."""


def _chosen_after_verdict(
    found: Sequence[Mention],
    mentions: Sequence[Mention],
    firsts: Sequence[int],
    judgement: Judgement,
) -> bool:
    """Whether, after a verdict against one form of the idea, a clause of our own in the same
    sentence takes the idea up in another form: "weekly retraining is too slow, so we retrain
    daily" chooses within retraining; "the A/B test takes too long, so we launch on the
    offline numbers" chooses something else. The clause must open on our own subject (after
    "so", "instead", "and"...), not be negated itself, and apply the idea."""
    words = judgement.words
    raw = words.words
    for neg in {m.negation for m in found if m.negation is not None}:
        end = judgement.sentence(neg.first).last
        lo = bisect_left(firsts, neg.last + 1)
        for m in mentions[lo:]:
            if m.first > min(end, neg.last + _AFTER_TURN):
                break
            if m.negation is not None or judgement.reading(m) != APPLIED:
                continue
            first, _ = clause_around(words, m.first, m.last)
            while first < m.first and plain(raw[first]) in _LEADS:
                first += 1
            if first > neg.last and plain(raw[first]) in FIRST_PERSON:
                return True
    return False


def _after_rejection(
    usable: list[Mention], judgement: Judgement, rejected: Rejected
) -> list[Mention]:
    """Once an answer rejects an idea, another mention brings it back only when its own
    sentence applies the idea (`Judgement.affirms`) and it is not a word of the rejected
    phrase used alone ("User reports: I'm not convinced they help" and then "mandatory
    reporting"): a passing use of the idea's words earns nothing. The refused phrase said
    again in full, though its words are phrases of their own, is no such word
    (`_said_again`)."""
    run = _run_of(usable)
    return [m for m in usable if _brings_back(m, judgement, rejected, run)]


def _brings_back(
    m: Mention, judgement: Judgement, rejected: Rejected, run: dict[Mention, tuple[int, int]]
) -> bool:
    """Whether one mention brings a rejected idea back (`_after_rejection`; `run` is
    `_run_of` the usable mentions): asked mention by mention by `choose`, up to the first
    that earns an item of one group."""
    keys = judgement.words.keys
    return (
        (
            not _part_of(tuple(keys[m.first : m.last + 1]), rejected.spans)
            or _said_again(tuple(keys[slice(*run[m])]), rejected.spans)
            or _turned_back(m, judgement)
        )
        and judgement.affirms(m, rejected.refused)
        and (not rejected.proposed_only or judgement.proposes(m))
        and not _limited_to_others(m, judgement, rejected)
        and not _one_for_all(m, judgement, rejected)
        and not _covers_instead(m, judgement)
        and not _open_question(m, judgement)
    )


_OPENING_CONDITIONS = frozenset(("whether", "if", "unless"))
_QUESTION_REACH = 16
_ONLY_REACH = 4
_ONLY_WHEN = frozenset("if once when unless until".split())
_CLAUSE_JOINS = frozenset("and but so or".split())
_FAILING = frozenset("down fails fail failed failing times time unavailable breaks crashes".split())
_FAIL_REACH = 4


def _fails_after(words: Words, last: int) -> bool:
    """Whether a verb of failing follows word `last` within its clause, a few words on:
    "the feature store is down", "the model service or the feature store time out"."""
    raw, n = words.words, len(words.words)
    for k in range(last + 1, min(n, last + 1 + _FAIL_REACH)):
        if words.boundary_before(k) and words.before(k).strip():
            return False
        if raw[k].lower() in _FAILING:
            return True
    return False


def _open_question(m: Mention, judgement: Judgement) -> bool:
    """Whether, after the answer has rejected the idea, the mention only names it as a
    question or a condition, which brings nothing back: inside a "whether"/"if"/"unless"
    clause ("... and then we can measure whether embeddings still add enough", "if the
    feature store is down, serve the old formula"), read back from the mention to its
    clause's start; or after "only" with a condition following ("I'd only decompose if error
    analysis says prep dominates", "only move to a multi-task network once ...")."""
    words = judgement.words
    raw = words.words
    for k in range(m.first - 1, max(-1, m.first - 1 - _QUESTION_REACH), -1):
        if words.boundary_before(k + 1) and words.before(k + 1).strip():
            break
        if raw[k].lower() == "whether":
            return True
        if raw[k].lower() in _OPENING_CONDITIONS:
            # an outage put first ("If the feature store is down, serve the old formula"):
            # what to do when the thing fails; a condition after what we do ("I'd only
            # admit a query if at least 50 distinct users typed it") is a rule, and one of
            # another kind ("If the GBDT plus text features can't hit the target") keeps it
            fronted = k == 0 or words.boundary_before(k) or raw[k - 1].lower() in _CLAUSE_JOINS
            return fronted and _fails_after(words, m.last)
        if words.sentence_break_before(k):
            break
    only = False
    for k in range(m.first - 1, max(-1, m.first - 1 - _ONLY_REACH), -1):
        if words.boundary_before(k + 1) and words.before(k + 1).strip():
            break
        if raw[k].lower() == "only":
            only = True
            break
    if not only:
        return False
    n = len(raw)
    for k in range(m.last + 1, min(n, m.last + 1 + _ONLY_REACH)):
        if words.boundary_before(k) and words.before(k).strip():
            return False
        if raw[k].lower() in _ONLY_WHEN:
            return True
    return False


_COVERING = frozenset(("cover", "covers", "covered"))
_COVERED_SHARE = frozenset("most much enough what it that all".split())
_COVER_REACH = 4


def _covers_instead(m: Mention, judgement: Judgement) -> bool:
    """Whether, after the answer has rejected the idea, the mention is the subject of what
    covers the need instead: "I'd rather not build a drift-detection stack; the platform's
    daily metric dashboards cover most of what we'd want to know". The reason nothing is
    built, as "the monthly retrain takes care of drift" (`Judgement.affirms`)."""
    words = judgement.words
    raw = words.words
    n = len(raw)
    for k in range(m.last + 1, min(n - 1, m.last + 1 + _COVER_REACH)):
        if words.boundary_before(k):
            return False
        if raw[k].lower() in _COVERING:
            return raw[k + 1].lower() in _COVERED_SHARE and not words.boundary_before(k + 1)
    return False


_ONE_REACH = 5
_IN_WORD = frozenset(("-", "/"))
_NOT_IN_NOUN_PHRASE = frozenset("for with of to from by in on at and or but".split())
"""Words that end the noun phrase "one" determines before the mention."""
"""Separators inside a compound word: "self-hosted"."""
_FOR_ALL_REACH = 8
_ALL = frozenset("every each everything all".split())
_BRACKETS = frozenset("()[]")


def _one_for_all(m: Mention, judgement: Judgement, rejected: Rejected) -> bool:
    """Whether, after the answer has rejected the idea, a mention of it describes the one
    thing chosen for everything: "one self-hosted 70B open-weights model on the H100s for
    every step", "self-hosted open-weights model (70B class) for every question", "I'd pick
    one self-hosted open-weights model" after routing between models was refused. A single
    choice for all cases leaves out an idea of several. "One" stands before the mention,
    or "for every" follows a singular noun ("citations for every claim" gives each claim
    its own); not when the mention says a word of the refused phrase again, nor when the
    sentence holds another phrase of the idea."""
    words = judgement.words
    keys, raw = words.keys, words.words
    if any(keys[k] in span for k in range(m.first, m.last + 1) for span in rejected.spans):
        return False
    s = judgement.sentence(m.first)
    one = False
    for k in range(m.first - 1, max(s.first, m.first - _ONE_REACH) - 1, -1):
        if words.boundary_before(k + 1) and words.before(k + 1).strip() not in _IN_WORD:
            break
        if plain(raw[k]) in _NOT_IN_NOUN_PHRASE:
            break  # "a negative one for dismissals", "day one with ... falling back"
        if raw[k].lower() == "one":
            one = True
            break
    if not one:
        head = m.last
        for k in range(m.last + 1, min(s.last, m.last + _FOR_ALL_REACH)):
            if words.boundary_before(k) and not _bracketed(words, k):
                break
            if raw[k].lower() == "for" and raw[k + 1].lower() in _ALL:
                one = not raw[head].lower().endswith("s")
                break
            if not _bracketed(words, k) and not _in_brackets(words, k):
                head = k
    if not one:
        return False
    return not _other_phrase_near(m, judgement, s.first, s.last)


def _bracketed(words: Words, k: int) -> bool:
    """Whether the punctuation before word k is a bracket and nothing else: "model (70B"."""
    sep = words.before(k).strip()
    return bool(sep) and set(sep) <= _BRACKETS


def _in_brackets(words: Words, k: int) -> bool:
    """Whether word k is inside brackets opened shortly before it ("(70B class)")."""
    for j in range(k, max(-1, k - _ONE_REACH), -1):
        sep = words.before(j)
        if ")" in sep:
            return False
        if "(" in sep:
            return True
    return False


_LIMITERS = frozenset(("just", "only", "merely"))
_LIMIT_REACH = 4
"""How many words before a mention a limiter reaches it: "I'd just alert on revenue"."""
_LIMIT_BREAKS = frozenset("and or then but to from".split())
_THATS_ALL = (
    ("that's", "it"),
    ("that's", "all"),
    ("that", "is", "it"),
    ("that", "is", "all"),
    ("nothing", "else"),
    ("nothing", "more"),
)
"""Sentence ends that close the set just named: "Service alerts on latency, that's it"."""


_NEAR_WORDS = 40
"""How far either way, inside its sentence, another phrase of the idea is looked for: a
bounded window, so that a long unpunctuated paste is not read again per mention."""


def _other_phrase_near(m: Mention, judgement: Judgement, first: int, last: int) -> bool:
    """Whether another phrase of the mention's idea stands near it, within words
    first..last (its sentence) and `_NEAR_WORDS` of it."""
    firsts = judgement.firsts
    lo = bisect_left(firsts, max(first, m.first - _NEAR_WORDS))
    hi = bisect_left(firsts, min(last, m.last + _NEAR_WORDS) + 1)
    return any(
        o.owner == m.owner and (o.first, o.last) != (m.first, m.last)
        for o in judgement.by_first[lo:hi]
    )


def _limited_to_others(m: Mention, judgement: Judgement, rejected: Rejected) -> bool:
    """Whether, after the answer has rejected the idea, a lone word of it comes in a sentence
    that limits what is done to a set with nothing else of the idea: "I'd just alert on
    revenue and serving errors" after drift dashboards were skipped, "Standard service alerts
    on latency and error rate, that's it." The limit excludes the idea. Another phrase of
    the idea in the sentence says it is what the limit keeps ("I'd only alert on calibration
    drift"), and so does a phrase of several words ("we just use class weights"), and a word
    of the refused phrase itself: the limit then picks another form of the idea ("No hourly
    retraining. We just retrain weekly")."""
    if m.first != m.last:
        return False
    words = judgement.words
    if any(words.keys[m.first] in span for span in rejected.spans):
        return False
    raw = words.words
    s = judgement.sentence(m.first)
    limited = False
    for k in range(m.first - 1, max(s.first, m.first - _LIMIT_REACH) - 1, -1):
        if words.boundary_before(k + 1) or plain(raw[k]) in _LIMIT_BREAKS:
            break  # "answer only from them and cite": the limit is on another verb
        if plain(raw[k]) in _LIMITERS:
            limited = True
            break
    if not limited:
        tail = tuple(plain(w) for w in raw[max(s.first, s.last - 2) : s.last + 1])
        limited = any(tail[-len(end) :] == end for end in _THATS_ALL)
    if not limited:
        return False
    return not _other_phrase_near(m, judgement, s.first, s.last)


def _run_of(mentions: Sequence[Mention]) -> dict[Mention, tuple[int, int]]:
    """Per mention, the words (as a slice) of the run of mentions that touch or overlap it:
    "we downsample negatives to 10%" says the phrase "downsample negatives" again, though
    "downsample" and "negatives" are each a phrase of the idea and each alone is a word of
    the refused phrase. One pass over the mentions in reading order."""
    out: dict[Mention, tuple[int, int]] = {}
    group: list[Mention] = []
    end = -2
    for m in sorted(mentions, key=lambda m: m.first):
        if group and m.first > end + 1:
            first = group[0].first
            out.update(dict.fromkeys(group, (first, end + 1)))
            group = []
        if not group:
            end = m.last
        group.append(m)
        end = max(end, m.last)
    if group:
        out.update(dict.fromkeys(group, (group[0].first, end + 1)))
    return out


_TURNS_BACK = frozenset("but however later eventually once v2".split())
"""Words that turn from a refusal back to the idea: "..., but later we'd downsample"."""


def _turned_back(m: Mention, judgement: Judgement) -> bool:
    """Whether the mention's sentence turns back to the refused idea before it (a turn that
    opens a clause: not "a small but clean set") and proposes it: "I wouldn't downsample
    negatives in v1. Once the logs outgrow the cluster, we'd downsample." A word of the
    refused phrase said alone then names the idea again."""
    words = judgement.words
    raw = words.words
    start = judgement.sentence(m.first).first
    return any(
        plain(raw[k]) in _TURNS_BACK and (k == start or words.boundary_before(k))
        for k in range(max(start, m.first - _AFTER_TURN), m.first)
    ) and judgement.proposes(m)


def _said_again(words: tuple[str, ...], spans: frozenset[tuple[str, ...]]) -> bool:
    """Whether these words hold all the words of one of the spans: the refused phrase said
    again in full ("we downsample negatives to 10%" after "I wouldn't downsample negatives
    at first"), which is no word of it used in passing."""
    return any(len(span) > 1 and set(span) <= set(words) for span in spans)


def _part_of(words: tuple[str, ...], spans: frozenset[tuple[str, ...]]) -> bool:
    """Whether these words are fewer than, and all among, the words of one of the spans."""
    return any(len(words) < len(span) and set(words) <= set(span) for span in spans)


_CLAUSE_REACH = 12
"""How far a red flag's quote reaches past its phrases, each way, to the ends of their clause."""


def clause_bounds(words: Words, first: int, last: int) -> tuple[int, int]:
    """The words of the clause around words first..last: out to the punctuation or line
    break either side, at most `_CLAUSE_REACH` words further each way. A red flag's phrases
    are often one word ("improves", "random"), and the quote must show the clause that makes
    the mistake ("if the new model improves offline AUC we ship it")."""
    lo, hi = first, last
    while lo > 0 and first - lo < _CLAUSE_REACH and not words.boundary_before(lo):
        lo -= 1
    while hi + 1 < len(words) and hi - last < _CLAUSE_REACH and not words.boundary_before(hi + 1):
        hi += 1
    return lo, hi


def clause_evidence(mentions: Sequence[Mention], words: Words, section: str) -> Evidence:
    """A red flag's quote: the clause its mentions make the mistake in (`clause_bounds`),
    with the rubric phrases that matched (joined with " + ") and how they were read."""
    first = min(m.first for m in mentions)
    lo, hi = clause_bounds(words, first, max(m.last for m in mentions))
    start, end = words.span(lo, hi)
    parts = [evidence_of(m, words, section) for m in mentions]
    negated = next((e for e in parts if e.negated), None)
    return Evidence(
        words.text[start:end],
        start,
        end,
        section,
        " + ".join(dict.fromkeys(e.phrase for e in parts)),
        negated is not None,
        negated.trigger if negated is not None else None,
        next((e.fuzzy for e in parts if e.fuzzy), None),
    )


def evidence_of(m: Mention, words: Words, section: str) -> Evidence:
    """The quote for a mention: its words as written, where they are, how they matched."""
    start, end = words.span(m.first, m.last)
    read_as = None
    if words.read_as:
        read_as = next(
            (r for w in words.words[m.first : m.last + 1] if (r := words.read_as.get(w))), None
        )
    trigger = m.negation.trigger if m.negation else None
    return Evidence(
        words.text[start:end], start, end, section, m.phrase, trigger is not None, trigger, read_as
    )
