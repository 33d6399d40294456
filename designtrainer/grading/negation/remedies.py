"""A problem acknowledged and its remedy refused, or its shortcoming accepted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice

from designtrainer.grading.negation.clauses import (
    _ACKNOWLEDGEMENT,
    _CONDITIONAL,
    _JOINING,
    _LEAD_INS,
    _OBJECT_TAILS,
    _PARTICLES_AFTER,
    _SENTENCE_REACH,
    _SOFTENERS,
    _SUBJECTS,
    _TAKE_BACK_WORDS,
    _UNDOING,
    CLAUSE_OPENERS,
    FIRST_PERSON,
    SUBORDINATORS,
    _clause_starts,
    _previous_sentence,
    _said_before,
    _sentence_start,
    clause_around,
)
from designtrainer.grading.negation.marks import Negation, _with
from designtrainer.grading.negation.refusals import (
    _FRONTED_SUBJECTS,
    _REFUSED_AFTER_REACH,
    _only_tail,
)
from designtrainer.grading.negation.scopes import _VERDICT_COPULAS
from designtrainer.grading.words import Words, plain, stem, stems

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
        if raw[j].lower() in _ACCEPTED_POINTERS and _closes_acceptance(words, j + 1):
            yield from _stated_shortcoming(words, i, j)
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


# "Friendly fraud makes the labels noisy. I'd accept that for v1 rather than trying to split
# it out." (reject21): a bare "that"/"this" accepted, closing its clause (past a limit of time,
# or before "rather than" and what is not done), points back at the sentence before; when that
# sentence states a shortcoming ("noisy", "biased", "skewed"), its remedy is refused. Not a
# sentence with no shortcoming ("Labels take a day. I'd accept that." accepts a constraint).
_ACCEPTED_POINTERS = frozenset(("that", "this"))
_STATED_SHORTCOMINGS = stems("noisy noise biased bias skewed skew")
_LIMIT_WORDS = frozenset("for now v1 v 1 at first initially".split())
"""("v1" is read as two words, "v" and "1".)"""


def _closes_acceptance(words: Words, k: int) -> bool:
    """Whether the accepting clause ends at word k: a boundary, a tail, a limit of time
    ("for v1"), then a boundary or "rather than"."""
    raw, n = words.words, len(words.words)
    while k < n and plain(raw[k]) in _LIMIT_WORDS and not words.boundary_before(k):
        k += 1
    if k >= n or words.boundary_before(k) or _only_tail(words, k):
        return True
    return k + 1 < n and plain(raw[k]) == "rather" and plain(raw[k + 1]) == "than"


def _stated_shortcoming(words: Words, i: int, j: int) -> Iterable[tuple[int, Negation]]:
    """The sentence before the accepting clause at words i..j, when it states a shortcoming."""
    raw, keys = words.words, words.keys
    start = i - 1
    while start > 0 and plain(raw[start - 1]) in _ACCEPTING_SUBJECTS:
        start -= 1
    if not words.sentence_break_before(start):
        return
    before = list(_previous_sentence(words, start))
    if not any(keys[k] in _STATED_SHORTCOMINGS for k in before):
        return
    if any(plain(raw[k]) in FIRST_PERSON for k in before):
        return  # "..., so we add exploration. I'd accept that.": a remedy of ours is there
    neg = Negation(" ".join(raw[i : j + 1]), i, j)
    yield from ((k, neg) for k in before)


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
_OUR_REFUSERS = FIRST_PERSON | _REFUSER_WORDS
_REFUSING_SOFTLY = _REFUSER_WORDS | _SOFTENERS
_CLAUSE_LEADS = _LEAD_INS | _WEIGHING_TURNS
_STANDING_FOR = _STANDS_FOR | _TAKE_BACK_WORDS
_POINTED_TAILS = _STANDING_FOR | _OBJECT_TAILS
_IT_TAILS = _OBJECT_TAILS | _TAKE_BACK_WORDS
_OPENING_OR_JOINING = CLAUSE_OPENERS | _JOINING
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
        pointed = not any(
            _points_at_problem(words, k) for k in span if k < a
        ) and _opens_on_pointer(words, start, neg)
        back = (
            pointed
            or any(_points_at_problem(words, k) for k in span if k < a)
            or all(plain(raw[k]) in _LEADING for k in span)
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
            back = not pointed and (
                _weighs_remedy(words, before) or len(before) <= _ACKNOWLEDGEMENT
            )  # ("that's ..." points at the one before it only)
        for k in span:
            yield k, neg
        # ... and the words pointing back, with what they say it is ("that noise")
        for k in range(min(point, neg.last + 1), point + 1):
            yield k, neg
        if point + 1 < len(raw) and plain(raw[point + 1]) in _STANDING_FOR:
            yield point + 1, neg
        # ... and the reasons that follow it in its sentence ("...; the noise is roughly
        # stable over time", ": the spillover is second order")
        yield from ((k, neg) for k in _reasons_after(words, b))
        done = neg.last


_POINTERS_OPENING = frozenset("that's it's".split())


def _opens_on_pointer(words: Words, start: int, neg: Negation) -> bool:
    """Whether the sentence (or clause after a ";") the refusal closes opens, past lead-ins
    and softeners, on "that's"/"it's", and the refusal is drawn from it with "so": the
    verdict judges what the one before said, and the refusal follows from it ("The rater
    set is 20,000 queries; honestly that's a rounding error ..., so I wouldn't build around
    it", reject17). (Not "... and I'd park it", which may refuse only part of it.)"""
    raw = words.words
    k = start
    while k < neg.first and plain(raw[k]) in _LEADING:
        k += 1
    return (
        k < neg.first
        and plain(raw[k]) in _POINTERS_OPENING
        and any(plain(raw[j]) == "so" for j in range(k + 1, neg.first))
        and _ends_on_it(words, neg.last + 1)
    )


_IT_WORDS = frozenset(("it", "them"))


def _ends_on_it(words: Words, k: int) -> bool:
    """Whether the clause from word k ends on "it"/"them" (and a tail: "around it for now"):
    the refusal's object is the thing said before ("build the plan around it"), not a part
    of it named here ("trust the first week of the test")."""
    raw, n = words.words, len(words.words)
    last = None
    while k < n and not words.boundary_before(k):
        if plain(raw[k]) in _IT_WORDS:
            last = k
        elif last is not None and plain(raw[k]) not in _IT_TAILS:
            last = None
        k += 1
    return last is not None


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
            while j < n and plain(raw[j]) in _OPENING_OR_JOINING and j - k < 2:
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
    lo = max(words.sentence_start(i), i - _SENTENCE_REACH) + 1
    # (the separators before words lo..i, joined: counted in C, not one by one)
    seps = "".join(words.parts[2 * lo : 2 * i + 1 : 2])
    return (seps.count('"') + seps.count("\u201c") + seps.count("\u201d")) % 2 == 1


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
    if _purpose(words, neg):
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


def _purpose(words: Words, neg: Negation) -> bool:
    """Whether a negated verb of ours is what a plan is for, after "so" or "so that" inside
    its clause ("... is set to a fixed value at serving so we don't reward ads for a lucky
    slot"): a purpose, no refusal. Not "..., so I wouldn't bother", a conclusion after a
    comma, nor a sentence that opens "So I would not ...")."""
    raw = words.words
    k = neg.first - 1
    while k > 0 and _said(raw, k) in _OUR_REFUSERS:
        k -= 1
    if k > 0 and _said(raw, k) == "that" and not words.boundary_before(k):
        k -= 1
    return k > 0 and k < neg.first and _said(raw, k) == "so" and not words.boundary_before(k)


_FILLERS = frozenset("like a an the something probably more kind of rather".split())
"""Words between a verdict's copula and the verdict ("feels like a later-phase ...")."""


def _negated_verb(neg: Negation) -> bool:
    """Whether a cue is a negated verb ("not", "wouldn't", "never")."""
    return _negating(neg.trigger)


@lru_cache(maxsize=1024)
def _negating(trigger: str) -> bool:
    """`_negated_verb` of a cue's text: asked of every refusal of a long answer, read once
    per cue (the cues are a few hundred phrases)."""
    said = trigger.lower().replace("\u2019", "'").split()
    return any(w in _NEGATING or w.endswith("n't") for w in said)


def _opens_clause(raw: Sequence[str], k: int) -> bool:
    return k == 0 or plain(raw[k - 1]) in _CLAUSE_LEADS


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
            k + 1 < n and opens and _said(raw, k + 1) in _JUDGING_VERBS
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
            or plain(raw[k + 1]) in _POINTED_TAILS
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
_JUDGING_VERBS = _VERDICT_VERBS | _JUDGED
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
_LEADING = _LEAD_INS | _SOFTENERS | _OPINING
"""What may stand before what a sentence says (unions asked of each cue are made once
here: made where asked, one is made again each time, a few microseconds a cue)."""
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
    while j < n and not words.boundary_before(j) and _said(raw, j) in _REFUSING_SOFTLY:
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
        if _adopts(words, k, triggers) or _plan_stated(words, k, triggers):
            return True
        if breaks and k == opening and _imperative(words, k):
            return True  # "I don't plan to fit a special model for it. Flag it and exclude it"
    return False


_PLANNING = frozenset(("should", "must", "will"))
_PLAN_REACH = 6
"""How far into a clause after ':' or ';' a modal of plan is looked for."""


def _plan_stated(words: Words, k: int, triggers: dict[int, Negation]) -> bool:
    """Whether word k opens a clause after ':' or ';' that states the plan by a modal, not
    negated ("So I would not predict the mean and show it: the window should be anchored on
    an upper quantile")."""
    if not any(mark in words.before(k) for mark in ":;"):
        return False
    raw, n = words.words, len(words.words)
    for j in range(k, min(n, k + _PLAN_REACH)):
        if j > k and words.boundary_before(j):
            return False
        if j in triggers:
            return False
        if _said(raw, j) in _PLANNING:
            return j + 1 < n and _said(raw, j + 1) not in _NEGATING
    return False


_NOT_IMPERATIVE = frozenset("it this that there here what which who why how".split())
_NOT_COMMANDING = FIRST_PERSON | _SUBJECTS | _NOT_IMPERATIVE | _REFUSER_WORDS
_LEAVING_AS_IS = _KEEPING | _TAKING_AS_IS


def _imperative(words: Words, k: int) -> bool:
    """Whether the sentence opening at word k is a command that acts on what was named ("Flag
    it and exclude it"): it opens on a verb then "it" or "them", and one such verb in its
    first words does more than take the problem as it is (not "Ignore it", "Leave it")."""
    raw, n = words.words, len(words.words)
    if not (
        k + 1 < n and _said(raw, k + 1) in ("it", "them") and _said(raw, k) not in _NOT_COMMANDING
    ):
        return False
    for j in range(k, min(n - 1, k + _PLAN_REACH)):
        if j > k and words.boundary_before(j):
            return False
        if _said(raw, j + 1) in ("it", "them") and words.keys[j] not in _LEAVING_AS_IS:
            return True
    return False


# -- end of reject11's block -------------------------------------------------------------------
