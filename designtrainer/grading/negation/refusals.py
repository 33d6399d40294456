"""Refusals the plain cue scan does not read: verdicts, fronted topics, quoted claims, lists,
"non-", "\u2260", an idea handed to another team, a refusal said after what it refuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import add
from typing import NamedTuple

from designtrainer.grading.negation.clauses import (
    _ANAPHORS,
    _BUT,
    _CLOSING,
    _CONDITION_OPENERS,
    _SUBJECTS,
    _THIRD_PERSON_OPENERS,
    _TO,
    _TOO,
    _UNDOING,
    FIRST_PERSON,
    SUBORDINATORS,
    _clause_starts,
    _opens_on_condition,
    _opens_sentence,
    _sentence_start,
    clause_around,
)
from designtrainer.grading.negation.cues import (
    _CLOSING_VERDICTS,
    _CONDITIONAL_VERDICTS,
    BOTH,
    FILLERS,
    PLAIN_NEGATIONS,
    PRE,
    SCOPE,
    TERMINATORS,
)
from designtrainer.grading.negation.faults import _FAULT_TAIL, _NOT_IDEAS, _OURS, _fault_handled
from designtrainer.grading.negation.marks import Negation, _Trigger, _with
from designtrainer.grading.negation.scopes import (
    _MEANS,
    _TOPIC_WORDS,
    _not_a_figure,
    _scope_after,
    _scope_before,
)
from designtrainer.grading.words import (
    ARTICLES,
    Words,
    is_boundary,
    phrase_stems,
    plain,
    stem,
    stems,
)

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


def _trigger_at(trie: dict[str, object], words: Words, i: int) -> tuple[_Trigger, int] | None:
    """The longest trigger (or pseudo-trigger) starting at word i, and the word after it.
    Fillers and articles may sit inside one: "isn't really a big concern"."""
    node: dict[str, object] | None = trie.get(words.keys[i])  # type: ignore[assignment]
    if node is None:
        return None
    if isinstance(node, _Trigger):
        return node, i + 1  # a cue of one word, none longer (see `rules._folded`)
    trig = node.get("")
    found = (trig, i + 1) if isinstance(trig, _Trigger) else None
    return _walk(node, words, i + 1, found)


def _walk(
    node: dict[str, object],
    words: Words,
    j: int,
    found: tuple[_Trigger, int] | None,
) -> tuple[_Trigger, int] | None:
    """The longest trigger going on from `node` at word j. A filler or an article that is
    itself a step of some cue ("is a v2 concern") may still be walked over for another
    ("is a minor concern" is keyed without its article, reject19): both ways are tried, and
    the one reaching further kept. (A cue is a few words: the ways are few.)"""
    keys, parts = words.keys, words.parts
    n = len(keys)
    while j < n:
        child = node.get(keys[j])
        skippable = keys[j] in FILLERS or keys[j] in ARTICLES
        if child is None and not skippable:
            break
        if is_boundary(parts[2 * j]):
            break
        j += 1
        if child is None:
            continue  # a filler or an article
        if skippable:
            over = _walk(node, words, j, found)
            if over is not None and (found is None or over[1] > found[1]):
                found = over
        if isinstance(child, _Trigger):  # a cue ends here and goes no further
            return (child, j) if found is None or j >= found[1] else found
        node = child  # type: ignore[assignment]
        trig = node.get("")
        if isinstance(trig, _Trigger) and (found is None or j >= found[1]):
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


_WORK_NOUNS = frozenset(
    "project projects work item items thing things effort task tasks feature concern "
    "improvement addition workstream initiative experiment milestone bucket pile category".split()
)
"""Nouns naming a piece of work, which a closing verdict may describe and still close its
clause (reject20): "I'd treat it as a phase-two project", "that's phase 2 work"."""


_LABELLING_COPULAS = frozenset("is it's that's this's as be was".split())


def _quoted_verdict(words: Words, i: int, end: int) -> bool:
    """Whether a cue in quotes (words i..end-1) labels a piece of work as the cue judges it
    (reject20): 'I think it's a "maybe later" item', 'that goes in as a "phase two" thing'
    use the verdict as an adjective of "a <work noun>". A quoted cue is otherwise a name
    (users click "Not interested")."""
    raw, n = words.words, len(words.words)
    if i < 2 or end >= n or raw[i - 1].lower() not in ("a", "an"):
        return False
    if raw[i - 2].lower().replace("\u2019", "'") not in _LABELLING_COPULAS:
        return False
    if not _QUOTE_OPENERS.intersection(words.before(end)):
        return False
    return raw[end].lower() in _WORK_NOUNS


def _closes_with_work_noun(words: Words, end: int) -> bool:
    """Whether the verdict ending before word `end` is followed only by a noun of work that
    closes the clause: "..., but I'd treat it as a phase-two project;" judges as "phase two"
    does, while "the phase two project covers retrieval" goes on and judges nothing."""
    if words.words[end].lower() not in _WORK_NOUNS:
        return False
    return end + 1 >= len(words.keys) or words.boundary_before(end + 1)


def _verdict_stands(words: Words, i: int, trig: _Trigger, end: int) -> bool:
    """Whether a verdict that judges only in place does here: a closing verdict that closes
    its clause ("the new model is out of date", "is out in two weeks": no verdict), a
    conditional one in a sentence opening on a condition. Nor a cue whose last word the
    stemmer made of a gerund ("are not mining" is no "are not mine")."""
    last = words.words[end - 1].lower()
    if last.endswith("ing") and not trig.text.endswith("ing") and end - 1 > i:
        return False
    if (
        trig.text in _CLOSING_VERDICTS
        and end < len(words.keys)
        and not words.boundary_before(end)
        and not _closes_with_work_noun(words, end)
    ):
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
        leaf = isinstance(node, _Trigger)  # a cue that goes no further (`rules._folded`)
        here = node if leaf else node.get("")
        if isinstance(here, _Trigger) and j < end and _verdict_stands(words, i, here, j):
            best = (here, j)
        if j >= end - 1 or leaf:
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


_LEAVING = stems(("leave", "leaving"))
_UNDONE_SHORTEST = 7


def _left_undone(words: Words, i: int) -> tuple[_Trigger, int] | None:
    """ "Position bias is real. I'd leave it uncorrected in v1", "... leave them
    unaddressed": a problem left in an "un-...-ed" state is its remedy refused; the cue's "it"
    points back at the problem (reject15)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    if keys[i] not in _LEAVING or i + 2 >= n or raw[i + 1].lower() not in _ANAPHORS:
        return None
    done = raw[i + 2].lower()
    if len(done) < _UNDONE_SHORTEST or not (done.startswith("un") and done.endswith("ed")):
        return None
    if words.boundary_before(i + 1) or words.boundary_before(i + 2):
        return None
    return _Trigger(PRE, " ".join(raw[i : i + 3]).lower()), i + 3


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
_TOPIC_OPENERS = phrase_stems(("as for", "as to", "regarding", "when it comes to"))
_TOPIC_REACH = 30
"""How far into its sentence the cue that refuses a fronted topic may stand."""


class _Refusal(NamedTuple):
    """A cue that refuses (see `_refusing_cues`), with where the clause after it starts."""

    at: int
    neg: Negation
    next_clause: int
    """The first word after the cue that opens a clause (`_clause_starts`), looked for at
    most _STATUS_QUO_WORDS words on (else the word where the looking stopped): both readings
    of what follows a refusal start there."""


def _refusing_cues(words: Words, triggers: dict[int, Negation]) -> list[_Refusal]:
    """The cues that refuse, in reading order, each at its first word: not a plain "no" or
    "not", which the structural readings (a fronted topic, a quoted claim) never take.
    Picked out once and handed to each of them (they add no cue): sorting a long answer's
    cues and reading each one's text again five times cost more than some of the readings,
    and two of them walked to the next clause word by word each."""
    n = len(words.words)
    found = []
    for i in sorted(triggers):
        neg = triggers[i]
        if i != neg.first or neg.trigger.lower() in PLAIN_NEGATIONS:
            continue
        nxt = words.clause_on(neg.last + 1, min(n, neg.last + _STATUS_QUO_WORDS + 1))
        found.append(_Refusal(i, neg, nxt))
    return found


def _fronted_topic(words: Words, refusing: Sequence[_Refusal]) -> Iterable[tuple[int, Negation]]:
    """The words of a topic a sentence opens on, refused by a cue (not a plain "no"/"not")
    later in it, read cue by cue in one pass: a topic opened by "As for X," (or "Regarding
    X,", "When it comes to X,") with the cue anywhere in the rest of the sentence
    (`_topic_opened_by`), and a topic ("For X,", "On X,", "About X,") or a note's label
    ("X:") with the cue opening the clause right after it (`_topic_before`)."""
    done: set[int] = set()
    for i, neg, _ in refusing:
        yield from ((k, neg) for k in _topic_opened_by(words, i, done))
        yield from ((k, neg) for k in _topic_before(words, i))


def _fronted_object(words: Words, refusing: Sequence[_Refusal]) -> Iterable[tuple[int, Negation]]:
    """The object a sentence opens on, with no comma, before our own subject and a cue that
    refuses later in that clause: "Friend spillover and novelty effects I'd note but not
    design around yet", "Duplicate listings I'd leave as they are". The object is what is
    refused. Only a short run of words that opens the sentence, with no word that would
    make it a clause or an adverbial of its own ("Then I'd ...", "If it drifts, I'd ...",
    "In v1 I'd ..."); each cue looks back at most _FRONTED_CUE_REACH words for the subject
    and _TOPIC_WORDS more for the sentence's start, so reading stays linear."""
    raw = words.words
    for i, _neg, _ in refusing:
        c = i - 1
        while c >= 0 and i - c <= _FRONTED_CUE_REACH and not words.boundary_before(c + 1):
            if raw[c].lower().replace("\u2019", "'") in _FRONTED_SUBJECTS:
                break
            c -= 1
        else:
            continue
        if c < 1 or raw[c].lower().replace("\u2019", "'") not in _FRONTED_SUBJECTS:
            continue
        # (reject19) "A send-time model (one per user) I'd defer to v2": over a bracketed
        # aside closing right before our subject, to the object it describes
        opened = _bracket_before(words, c)
        if words.boundary_before(c) and opened is None:
            continue  # "X, I'd ...": a topic with a comma is `_topic_before`'s
        if any(plain(raw[k]) not in _BEFORE_FRONTED_CUE for k in range(c + 1, i)):
            continue  # "X I'd drop rather than call negatives": the cue is of another verb
        last = c if opened is None else opened
        start = last - 1
        while start > 0 and last - start < _TOPIC_WORDS and not words.boundary_before(start):
            start -= 1
        if start < 0 or (not words.sentence_break_before(start) and start > 0):
            continue
        topic = [plain(raw[k]) for k in range(start, last)]
        if topic[0] in _NOT_FRONTED_FIRST or any(w in _NOT_IN_FRONTED for w in topic):
            continue
        yield from ((k, _neg) for k in range(start, c))


_BRACKET_WORDS = 8


def _bracket_before(words: Words, c: int) -> int | None:
    """When only a closing bracket stands before word c: the first word inside it, if it
    opens within _BRACKET_WORDS words on the same sentence and not on its first word."""
    if words.before(c).strip() != ")":
        return None
    for j in range(c - 1, max(0, c - 1 - _BRACKET_WORDS), -1):
        sep = words.before(j)
        if "(" in sep:
            return j if j > 0 and not words.sentence_break_before(j) else None
        if ")" in sep or words.sentence_break_before(j):
            return None
    return None


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


def _left_standing(words: Words, refusing: Sequence[_Refusal]) -> Iterable[tuple[int, Negation]]:
    """After a sentence that refuses (its cue in the sentence's last _STATUS_QUO_WORDS
    words), a short sentence that says what is left as it is, in a state that is a lack
    ("I wouldn't do that. Declined payments stay unlabelled.", "... remain unobserved"): the
    problem the refused remedy would have solved, restated and accepted. Not a state that is
    not a lack ("The rules engine stays in front" keeps an idea), nor a sentence of ours."""
    raw, n = words.words, len(words.words)
    for _i, neg, nxt in refusing:
        if nxt >= n or not words.sentence_break_before(nxt):
            continue
        end = words.clause_on(nxt + 1, min(n, nxt + _STATUS_QUO_WORDS)) - 1
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
    words: Words, triggers: dict[int, Negation], refusing: Sequence[_Refusal]
) -> Iterable[tuple[int, Negation]]:
    """The subject of the clause right after a refusal (past a ";"), when its verb is one of
    need with a thing to build after it: "Duplicate listings I'd leave as they are;
    collapsing near-identical listings needs a clustering job and a seller-choice policy".
    What the refused idea would take is the case against it, not the idea taken up. Not a
    subject of ours or a pronoun ("; we need a fallback", "; it needs a job")."""
    raw, n = words.words, len(words.words)
    for _i, neg, start in refusing:
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
    start = words.break_back(i, max(0, i - _TOPIC_REACH))
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
_OUR_SUBJECTS = frozenset("we i i'd we'd i'll we'll".split())
"""Subjects of our own: words before a colon that hold one make a statement, not a label."""


def _topic_before(words: Words, i: int) -> range:
    """The words of a topic the sentence opens on, when the clause after its comma (for
    "For X,", "On X,", "About X,") or its colon (for a label, "X:") opens on the cue at `i`:
    "For monitoring, I'd rather not build a drift stack", "Friendly fraud: I would not try to
    correct for it". Looks at most _LEAD_WORDS and _TOPIC_WORDS back from the cue, so reading
    stays linear."""
    raw, keys = words.words, words.keys
    c = i
    if c > 1 and raw[c - 1].lower() in ("a", "an") and not words.boundary_before(c):
        c -= 1  # (reject21) "Dense retrieval: a last resort.": the cue is keyed past its article
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
    if label and any(plain(raw[k]) in _OUR_SUBJECTS for k in range(start, c)):
        return range(0)  # "To learn uplift we need randomised data: I'd hold back 5% ...":
        # a statement of our own before the colon, no label the cue could refuse
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


def _quoted_claim(words: Words, refusing: Sequence[_Refusal]) -> Iterable[tuple[int, Negation]]:
    """A claim in quotes that a refusing cue (not a plain "no"/"not") judges a few words after
    it closes: 'The "spam folder is rarely looked at, so we never learn about our false
    positives" argument is a bit academic' judges all of the quote, however long, not the
    five words before the cue. Each cue looks back at most _QUOTE_TO_CUE + _QUOTE_WORDS words,
    so reading stays linear."""
    for i, neg, _ in refusing:
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
    for b in words.after_mark("?"):
        if not words.sentence_break_before(b):
            continue
        end = b + 1  # the answer's first clause: "I don't think so, the data is stable."
        while end < n and not words.boundary_before(end):
            end += 1
        if end - b > _SHORT_ANSWER:
            # (the alternative may be long, and so may a sentence that leans on another's)
            cue = _only_the_alternative(words, b) or _own_one_refused(words, b)
        else:
            cue = next((triggers[k] for k in range(b, end) if k in triggers), None)
            if cue is None:
                cue = _hedged_no(words, triggers, b, end)
            if cue is None:
                cue = _hedge_then_no(words, triggers, b, end)
            if cue is None:
                cue = _only_the_alternative(words, b) or _own_one_refused(words, b)
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
# A concession that grants only that the thing can be done (reject15): "Could we clean the
# GPS up? We could, but I wouldn't invest there", "Is it possible? It is, but ...", "Sure,
# but ...".
_CONCEDING = frozenset("yes sure technically granted true".split())
_CONCEDING_SUBJECTS = frozenset("we you it i that they one".split())
_CONCEDING_VERBS = frozenset("could can might may would will is are does do did should".split())


def _concedes(raw: Sequence[str], b: int, end: int) -> bool:
    """Whether the answer's first clause (words b to end) is a bare hedge or concession:
    "Possibly", "Yes", "We could", "It is"."""
    first = raw[b].lower()
    if end - b == 1:
        return first in _ANSWER_HEDGES or first in _CONCEDING
    return end - b == 2 and first in _CONCEDING_SUBJECTS and raw[b + 1].lower() in _CONCEDING_VERBS


def _hedged_no(words: Words, triggers: dict[int, Negation], b: int, end: int) -> Negation | None:
    """ "Does the displayed ETA change behaviour? Possibly, but I doubt it's a first-order
    effect": an answer that opens on a bare hedge or concession ("We could, but I wouldn't
    invest there") and turns ("but") to a cue in its next clause answers no, as "Probably
    not" does. The next clause is read up to _SHORT_ANSWER words."""
    raw, n = words.words, len(words.words)
    if end - b > 2 or not _concedes(raw, b, end) or end >= n:
        return None
    if raw[end].lower() not in _HEDGE_TURN or words.sentence_break_before(end):
        return None
    k = end + 1
    while k < n and k - end <= _SHORT_ANSWER and not words.boundary_before(k):
        if k in triggers and triggers[k].trigger not in PLAIN_NEGATIONS:
            return triggers[k]
        k += 1
    return None


_HEDGE_SENTENCE_REACH = 2 * _SHORT_ANSWER


def _hedge_then_no(
    words: Words, triggers: dict[int, Negation], b: int, end: int
) -> Negation | None:
    """ "Does the shown ETA change what couriers do? Possibly. I'd leave that until it shows
    in the data; not something I'd design around now.": a bare hedge that is a sentence of
    its own, then a sentence that refuses (a cue other than a plain "no" or "not" within
    _HEDGE_SENTENCE_REACH words), answers no. ("Possibly. So we'd drop the first week"
    refuses nothing.)"""
    raw, n = words.words, len(words.words)
    if end - b != 1 or raw[b].lower() not in _ANSWER_HEDGES or end >= n:
        return None
    if not words.sentence_break_before(end):
        return None
    k = end
    while k < n and k - end < _HEDGE_SENTENCE_REACH:
        if k > end and words.sentence_break_before(k):
            break
        if k in triggers and triggers[k].trigger not in PLAIN_NEGATIONS:
            return triggers[k]
        k += 1
    return None


# An answer that keeps to something else (reject15): "Breaking the error down by city? I'd
# keep it to the headline numbers", "... ? We'd stick with the global metric."
_KEEPERS = frozenset("i'd we'd i'll we'll i we".split())
_KEEPER_FILLERS = frozenset("just rather only still".split())
_KEEPING = (
    ("keep", "it", "to"),
    ("keep", "to"),
    ("stick", "to"),
    ("stick", "with"),
    ("settle", "for"),
    ("limit", "it", "to"),
    ("keep", "it", "at"),
)


# ... or keeps apart what the question (or a label) would join: "Combining sender and text
# into one model: I'd keep them as separate scores."
_KEPT = frozenset("them it these those both".split())
_KEPT_FILLERS = frozenset("as two".split())
_APART = frozenset("separate apart independent distinct split".split())


def _only_the_alternative(words: Words, b: int) -> Negation | None:
    """ "Slicing by region? I'd keep it to the overall number.": an answer whose first words
    keep to (stick to, settle for) another thing, or keep apart what was to be joined, refuses
    what the question asked. ("Yes, I'd stick to that" opens on a yes.)"""
    raw, n = words.words, len(words.words)
    if plain(raw[b]) not in _KEEPERS:
        return None
    k = b + 1
    while k < n and raw[k].lower() in _KEEPER_FILLERS:
        k += 1
    if any(words.boundary_before(j) for j in range(b + 1, k + 1)):
        return None
    low: list[str] = []  # the next few words, up to a comma or the like
    while k + len(low) < n and len(low) < 5:
        if low and words.boundary_before(k + len(low)):
            break
        low.append(raw[k + len(low)].lower())
    for keeping in _KEEPING:
        if tuple(low[: len(keeping)]) == keeping:
            return Negation(" ".join(keeping), k, k + len(keeping) - 1)
    if low[:1] == ["keep"] and low[1:2] and low[1] in _KEPT:
        j = 2
        while j < len(low) and low[j] in _KEPT_FILLERS:
            j += 1
        if j < len(low) and low[j] in _APART:
            return Negation(" ".join(low[: j + 1]), k, k + j)
    return None


_LABEL_WORDS = 12


def _label_kept_apart(words: Words) -> Iterable[tuple[int, Negation]]:
    """ "Combining sender reputation and text into one model: I'd keep them as separate
    scores.": a label (a line's opening words, at most _LABEL_WORDS, before a colon) answered
    as a question would be by keeping to another thing or keeping apart (reject15)."""
    if ":" not in words.text:
        return
    # The answers that can keep to something open on a keeper ("I'd", "we"): only the colons
    # followed by one are looked at, found from the table of separators (a long answer has
    # thousands of labels, and walking back over each one's words was most of this reading).
    raw = words.words
    for b in (k for k in words.after_mark(":") if plain(raw[k]) in _KEEPERS):
        a = words.break_back(b - 1, max(0, b - _LABEL_WORDS - 1))
        if b - a > _LABEL_WORDS or not (a == 0 or "\n" in words.before(a)):
            continue
        if any(":" in words.before(j) for j in range(a + 1, b)):
            continue
        cue = _only_the_alternative(words, b)
        if cue is not None:
            yield from ((k, cue) for k in range(a, b))


# ... or leans on another's instead of building one of its own: "Drift monitoring? The infra
# team already runs dashboards; I'd lean on theirs rather than build a separate stack."
_RATHER_THAN = ("rather", "than")
_BUILDING = stems("build building add adding run running maintain create write own")
_ANOTHER_ONE = (
    ("our", "own"),
    ("a", "separate"),
    ("a", "dedicated"),
    ("another",),
    ("a", "second"),
)
_LEANING_REACH = 30


def _own_one_refused(words: Words, b: int) -> Negation | None:
    """Whether the answer's sentence (from word b, at most _LEANING_REACH words) says
    "rather than build our own / a separate one": the question's thing is left to what
    exists. ("I'd build our own rather than lean on theirs" builds it.)"""
    raw, keys, n = words.words, words.keys, len(words.words)
    k = b + 1
    while k + 3 < n and k - b < _LEANING_REACH and not words.sentence_break_before(k):
        if (
            raw[k - 1].lower() == _RATHER_THAN[0]
            and raw[k].lower() == _RATHER_THAN[1]
            and keys[k + 1] in _BUILDING
        ):
            after = tuple(w.lower() for w in raw[k + 2 : k + 4])
            if any(after[: len(one)] == one for one in _ANOTHER_ONE):
                # (placed on the answer's first word: what it says before "rather than" is
                # why nothing is built, not a form of the idea chosen)
                return Negation("rather than", b, b)
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


# "there's little an A/B test would tell us that the backtest doesn't" (reject17): "little"
# opening a clause of its own (an article or "that" next, not a noun: "little risk in X")
# says the thing in it would add next to nothing.
_LITTLE = stem("little")
_LITTLE_DEGREES = frozenset(("very", "precious", "so"))
_CLAUSE_AFTER_LITTLE = frozenset("a an the that what".split())
_LITTLE_ENDS = frozenset("that than beyond over besides which".split())


def _little_to_add(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The clause after "there's (very) little" when it opens on an article or "that",
    up to the word that names what it is compared with ("that the backtest doesn't",
    "beyond the replay"); not when the sentence turns to us ("..., so we run one")."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, {_LITTLE}, 1, n - 1):
        k = i - 1
        if plain(raw[k]) in _LITTLE_DEGREES and k > 0 and not words.boundary_before(i):
            k -= 1
        there = plain(raw[k]) == "there's" or (
            k > 0 and plain(raw[k]) == "is" and plain(raw[k - 1]) == "there"
        )
        if not there or words.boundary_before(i + 1):
            continue
        if plain(raw[i + 1]) not in _CLAUSE_AFTER_LITTLE:
            continue
        covered: list[int] = []
        j = i + 2
        while j < n and not words.boundary_before(j) and j - i <= 2 * SCOPE:
            if plain(raw[j]) in _LITTLE_ENDS and j > i + 2:
                break
            covered.append(j)
            j += 1
        if _turns_to_us(words, j):
            continue
        neg = Negation(" ".join(raw[k : i + 1]), k, i)
        yield from ((c, neg) for c in covered)


def _turns_to_us(words: Words, j: int) -> bool:
    """Whether the sentence from word j turns to us: "..., so we run one"."""
    raw, n = words.words, len(words.words)
    while j + 1 < n and not words.sentence_break_before(j + 1):
        if plain(raw[j]) in ("so", "but") and plain(raw[j + 1]) in FIRST_PERSON:
            return True
        j += 1
    return False


# "far more than we could ever get from raters" (reject17): what a comparison says could
# never give as much (a modal and "ever" in the clause after "than") is found wanting.
_THAN = stem("than")
_COULD = frozenset("could would can will might".split())
_EVER_WORDS = 4


def _never_as_much(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The clause after "than" when "could/would ... ever" comes within its first
    _EVER_WORDS words ("than we could ever get from a load test", "than shadow mode could
    ever produce"), to the end of the clause."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, {_THAN}, 1, n - 1):
        ever = next(
            (
                j
                for j in range(i + 2, min(n, i + 1 + _EVER_WORDS))
                if plain(raw[j]) == "ever" and plain(raw[j - 1]) in _COULD
            ),
            None,
        )
        if ever is None or any(words.boundary_before(k) for k in range(i + 1, ever + 1)):
            continue
        neg = Negation(f"than {raw[ever - 1]} ever", i, i)
        k = i + 1
        while k < n and not words.boundary_before(k) and k - i <= 2 * SCOPE:
            if k != ever and k != ever - 1:
                yield k, neg
            k += 1


# "non-personal": the prefix negates the one word it is joined to.
_NON = stem("non")


def _non_prefixed(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    keys, parts, n = words.keys, words.parts, len(words.keys)
    for i in _with(keys, looked_at, {_NON}, 0, n - 1):
        if parts[2 * i + 2] in ("-", ""):
            yield i + 1, Negation("non", i, i)


# "X is a mess I don't want", "that's a sizeable investment I'd schedule after the
# per-modality models are stable": a thing said to be what we refuse or put off.
# (reject19) "X is something I'd probably skip measuring initially", "X is one I'd drop for
# v1": "something" and "one" stand for the thing as an article and noun would, and dropping,
# parking or shelving refuses as skipping does.
# (reject21) and "refuse"/"reject": "Sampling spam into inboxes is a remedy I'd refuse"
_REFUSING_VERBS = stems(
    "want need schedule postpone defer avoid skip drop park shelve refuse reject"
)
_PUTTING_PARTICLES = stems("off aside")
_REFUSING_TO = stems("refuse reject")
_PUTTING_VERBS = frozenset(("put", "set"))
_REFUSING_WANTS = frozenset(("want", "need"))
_REFUSING_NOTS = frozenset("don't dont not".split())
_REFUSING_CHOOSERS = frozenset("i we i'd we'd".split())
_REFUSING_FILLERS = frozenset("rather probably just also".split())
_THING_ARTICLES = frozenset("a an the one something".split())
_REFUSED_THING_COPULAS = frozenset("is are was be".split())
_REFUSED_THING_WORDS = 4
_REFUSED_THING_POINTERS = frozenset(("that", "it", "this"))


_THEN_AND = frozenset(("then", "and"))
_FIRST_VERB_WORDS = 2
"""How many words the first of two joined verbs may take: "looked at", "thought about"."""


def _past_first_verb(words: Words, c: int) -> int:
    """Word c (just before a refusing verb) moved back past "<verb> and (then)" to the word
    before that first verb (reject21): "the one thing I'd weigh and defer", "something I
    looked at and set aside" refuse as "I'd defer" does; the refusal is the last verb's. Word c
    itself when no "and" stands there, or a boundary or a chooser comes first."""
    raw = words.words
    k = c
    if k > 0 and raw[k].lower() == "then":
        k -= 1
    if k < 2 or raw[k].lower() != "and" or words.boundary_before(k):
        return c
    for m in range(k - 1, max(0, k - 1 - _FIRST_VERB_WORDS), -1):
        if words.boundary_before(m + 1) or raw[m].lower() in _THEN_AND:
            return c
        if plain(raw[m - 1]) in _REFUSING_CHOOSERS:
            return m - 1
    return c


def _relative_refusal(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "Mining similar-but-different products here is a mess I don't want", "A joint model
    ... really catches memes, but that's a sizeable investment I'd schedule after the
    per-modality models are stable": the subject of "is a <thing>" that a relative clause
    of ours refuses ("I don't want", "we don't need") or puts off ("I'd schedule after", "I'd
    postpone", "I'd rather avoid") is refused. When the subject is "that"/"it", what it
    stands for is the clause before. Each verb looks back a fixed number of words."""
    keys, raw = words.keys, words.words
    for j in _with(keys, looked_at, _REFUSING_VERBS | _PUTTING_PARTICLES):
        c = j - 1
        if keys[j] in _PUTTING_PARTICLES:
            # "X is something I'd rather put off" (reject20): a phrasal verb of putting aside
            if c < 1 or raw[c].lower() not in _PUTTING_VERBS:
                continue
            c -= 1
        while c > 0 and raw[c].lower() in _REFUSING_FILLERS:
            c -= 1
        if raw[j].lower() not in _REFUSING_WANTS:
            c = _past_first_verb(words, c)
        if raw[j].lower() in _REFUSING_WANTS:
            if c < 1 or raw[c].lower().replace("\u2019", "'") not in _REFUSING_NOTS:
                continue
            c -= 1
            if raw[c].lower() in ("do", "does"):
                c -= 1
        elif raw[j].lower().endswith("ing") or raw[j].lower().endswith("ed"):
            continue
        if j + 1 < len(raw) and raw[j + 1].lower() == "to" and keys[j] in _REFUSING_TO:
            continue  # "the check I'd refuse to launch without": the refusal is the verb's
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
        if a > 1 and raw[a - 1].lower() in _THING_ARTICLES and not words.boundary_before(a):
            a -= 1  # "the one thing I'd defer"
        copula = raw[a - 1].lower().replace("\u2019", "'")
        verb = " ".join(raw[j - 1 : j + 1]) if keys[j] in _PUTTING_PARTICLES else raw[j]
        neg = Negation(f"{raw[a - 1]} ... {raw[c]} {verb}", c, j)
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
_REFUSAL_SECONDS = frozenset(
    spelt for pair in _REFUSAL_PAIRS for spelt in (pair[1], pair[1].replace("'", "\u2019"))
)
"""The second words of the refusals, lower case, with either apostrophe."""
_REFUSED_AFTER_REACH = 40
"""How far back a refusal said after its object takes its sentence back (linear reading)."""


def _refused_after(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The words of a sentence before a refusal that closes it ("I looked at X, and I'd rule
    it out"; "some teams reach for X, but I wouldn't: ..."; "X? Tempting, so no.")."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    at = _with(keys, looked_at, _REFUSED_AFTER_STARTS)
    if at and at[-1] == n - 1:
        at.pop()  # (every refusal has two words at least)
    # Most are none: "but" and "so" begin many clauses and few refusals. The word after each
    # is asked first, for all of them at once in C.
    seconds = map(str.lower, map(raw.__getitem__, map(add, at, repeat(1))))
    for i in compress(at, map(_REFUSAL_SECONDS.__contains__, seconds)):
        if tuple(map(plain, raw[i : i + 2])) not in _REFUSAL_PAIRS:
            continue
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


# A label whose note leans on something else for a first version (reject21): "Unsafe-rate
# review: I'd lean on the blocklist for now and add sampling once things settle", "Calibration:
# we'd make do with the click rate at first" puts the label's idea off. Only a verb of making
# do with another thing ("lean on", "rely on", "settle for", "stick with", "make do with")
# opening the note, and a limit of time in its clause: "Features: I'd use the counts" or
# "Retraining: I'd stick with weekly jobs" (no limit) keep the label.
_MAKING_DO = stems("lean rely settle stick do")
_MAKING_DO_PAIRS = frozenset(
    (
        ("lean", "on"),
        ("rely", "on"),
        ("settle", "for"),
        ("stick", "with"),
        ("stick", "to"),
        ("do", "with"),
    )
)
_MAKING_DO_CHOOSERS = frozenset("i we i'd we'd i'll we'll".split())
_MAKING_DO_FILLERS = frozenset("just simply probably would will make".split())
_LIMITS = (
    ("for", "now"),
    ("at", "first"),
    ("for", "v1"),
    ("initially",),
    ("to", "start"),
    ("early", "on"),
)
_LIMIT_REACH = 14
"""How far into the note the limit may stand: "I'd lean on the blocklist and complaint volume
for now"."""


def _limited_in_clause(words: Words, k: int) -> bool:
    raw, n = words.words, len(words.words)
    for j in range(k, min(n, k + _LIMIT_REACH)):
        if j > k and words.boundary_before(j) and words.before(j).strip() != ",":
            return False
        for limit in _LIMITS:
            if tuple(plain(w) for w in raw[j : j + len(limit)]) == limit:
                return True
    return False


def _label_made_do_without(
    words: Words, looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The label before a note that opens on "I'd <make do with> Y <for now>"."""
    raw, n = words.words, len(words.words)
    for i in _with(words.keys, looked_at, _MAKING_DO, 1, n - 1):
        if (plain(raw[i]), plain(raw[i + 1])) not in _MAKING_DO_PAIRS:
            continue
        c = i - 1
        while c > 0 and plain(raw[c]) in _MAKING_DO_FILLERS and not words.boundary_before(c + 1):
            c -= 1
        if plain(raw[c]) not in _MAKING_DO_CHOOSERS or any(
            words.boundary_before(k) for k in range(c + 1, i + 2)
        ):
            continue
        if not _limited_in_clause(words, i + 2):
            continue
        if ":" not in words.before(c) and not _topic_before(words, c):
            continue
        neg = Negation(" ".join(raw[i : i + 2]), i, i + 1)
        yield from ((k, neg) for k in _topic_before(words, c) if ":" in words.before(c))
