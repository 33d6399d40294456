"""Sentences and clauses: where one starts, who proposes in it, what it says before.

Shared by every reading that asks which clause or sentence a cue belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from designtrainer.grading.negation.cues import _CONDITION_FIRST, BOTH, POST, PRE, TERMINATORS
from designtrainer.grading.words import Words, plain, stem, stems


def _opens_on_condition(words: Words, i: int) -> bool:
    """Whether the sentence of word i opens on "if", "once", "should" or "when" (looked for
    at most _CONDITION_REACH words back)."""
    k = words.break_back(i, max(0, i - _CONDITION_REACH))
    return words.sentence_break_before(k) and plain(words.words[k]) in _CONDITION_FIRST


_CONDITION_REACH = 30


def _colon_or_dash(sep: str) -> bool:
    """Whether a separator is a colon or a dash that sets off what follows."""
    return ":" in sep or "\u2014" in sep or "\u2013" in sep or " - " in sep


_BACK_REFERENCES = frozenset("it they them those that this these it's they're that's".split())
_REFERENCE_REACH = 4


def _refers_back(words: Words, i: int, end: int, kind: str) -> bool:
    """Whether a cue at words i..end-1 is about something named before it: "it", "them",
    "that" within a few words after a refusal ("I'm not convinced it's worth it", "I'd leave
    them out") or right before a verdict ("I think those are overrated")."""
    raw = words.words
    if not _BACK_REFERENCES.isdisjoint(map(plain, raw[i:end])):
        return True  # "I'd leave it out of v1"
    if kind in (PRE, BOTH):
        for k in range(end, min(len(raw), end + _REFERENCE_REACH)):
            if words.boundary_before(k):
                break
            if plain(raw[k]) in _BACK_REFERENCES:
                return True
    if kind in (POST, BOTH):
        for k in range(i - 1, max(-1, i - 1 - _REFERENCE_REACH), -1):
            if plain(raw[k]) in _BACK_REFERENCES:
                return True
            if words.boundary_before(k):
                break
    return False


_LIST_REACH = 3
_LIST_ITEMS = 12
_LIST_ITEM_WORDS = 40


def _list_below(words: Words, end: int) -> Iterable[int]:
    """For a cue that ends its line with a colon, a few words at most after it ("I would not
    add:", "Things I'd skip for v1:"): the words of the bulleted lines right below it."""
    n = len(words.words)
    k = end
    while k < n and k - end < _LIST_REACH and not words.boundary_before(k):
        k += 1
    if k >= n or ":" not in words.before(k) or not _BULLET_START.search(words.before(k)):
        return
    for _ in range(_LIST_ITEMS):
        start = k
        while k < n and k - start < _LIST_ITEM_WORDS:
            yield k
            k += 1
            if k < n and "\n" in words.before(k):
                break
        if k >= n or words.before(k).count("\n") >= 2 or not _BULLET_START.search(words.before(k)):
            return


def _line_after_colon(words: Words, end: int) -> Iterable[int]:
    """For a cue that ends right at a colon with more on the same line ("What I would not
    build: X, Y"): the words after the colon, to the end of the line or sentence (at most
    _LIST_ITEM_WORDS). Not when the cue has words of its own before the colon: "I wouldn't
    resample: class weights 1:50 instead" says what is done instead."""
    n = len(words.words)
    k = end
    if k >= n or ":" not in words.before(k) or "\n" in words.before(k):
        return
    start = k
    while k < n and k - start < _LIST_ITEM_WORDS:
        if k > start and ("\n" in words.before(k) or words.sentence_break_before(k)):
            return
        yield k
        k += 1


_BULLET_START = re.compile(r"\n[ \t]*(?:[-*+\u2022]|\d+[.)])[ \t]")


_LABEL_WORDS = 12
_NOTE_REACH = 80


def _note_label(words: Words, i: int) -> Iterable[int]:
    """The label of the note holding word i ("Position bias:", "User reports:", "Exploration
    to fight popularity bias:", "Offline ranking metrics like nDCG —"): the few words before
    a colon or a dash that opens its paragraph."""
    start = i
    while start > 0 and i - start < _NOTE_REACH and "\n" not in words.before(start):
        start -= 1
    if "\n" not in words.before(start) and start != 0:
        return ()
    own = words.sentence_start(i)
    if own > start and not words.words[own - 1].isdigit():
        # (not after a list's number, "2. Allowlist: ...", read as before)
        # a label that opens a sentence in the middle of a paragraph (tune51): "Retrain
        # monthly. Position bias: slot 1 gets 2.5x CTR, but I'd skip it."
        label = _label_of(words, own, i, _SENTENCE_LABEL_WORDS, dashes=False)
        if label:
            return label
    return _label_of(words, start, i, _LABEL_WORDS)


_SENTENCE_LABEL_WORDS = 8
"""A label opening a sentence mid-paragraph is short: a topic, not a clause."""


def _label_of(words: Words, start: int, i: int, most: int, dashes: bool = True) -> Iterable[int]:
    """The words from `start` to a colon (or, with `dashes`, a dash) within `most` words and
    before word i, or nothing when a sentence mark comes first. Mid-paragraph, a dash opens
    an aside as often as it closes a label, so only a colon counts there."""
    for k in range(start + 1, min(i + 1, start + most + 1)):
        sep = words.before(k)
        if ":" in sep or (dashes and ("\u2014" in sep or "\u2013" in sep or " - " in sep)):
            return range(start, k)
        if any(c in sep for c in ".;!?"):
            return ()
    return ()


_ANAPHORIC = frozenset(
    "it it's its that that's this this's those them they they're i i'd i think honestly "
    "really probably just frankly is are was somewhat a bit kind of slightly quite pretty "
    "rather feel feels seem seems treat see regard count as "
    # a verb holding back what was named before (reject19): "..., but I'd keep it as a last
    # resort", "I'd save that as a follow-up"
    "keep save reserve hold".split()
)
_TREATING = frozenset("treat see regard count consider keep save reserve hold".split())
"""Verbs of a verdict pointing back: "I'd treat it as a later-phase concern", "I'd keep it
as a last resort" (a clause of its own sentence before it is what "it" is, not the sentence
before)."""


# Words that may stand between the dash and an afterthought: "- only as a last resort".
_SOFTENERS = frozenset("only just maybe perhaps probably possibly".split())
_AFTERTHOUGHT_TAIL = 3


def _afterthought(words: Words, i: int, end: int) -> bool:
    """A post-trigger set off by a dash or a comma at the end of its sentence: ", maybe
    later.", "— not now.", "- only as a last resort if we see ...". It is about the whole
    sentence before it (a condition after it is the one it waits for)."""
    raw = words.words
    if i > 1 and raw[i - 1].lower() in _SOFTENERS:
        i -= 1
    if i > 1 and raw[i - 1].lower() == "and" and "," in words.before(i - 1):
        i -= 1  # "X is the textbook answer, and maybe later, but ...": the same afterthought
    sep = words.before(i)
    if not any(c in sep for c in ",:?\u2014\u2013") and " - " not in sep:
        return False
    if end >= len(words) or _clause_starts(words, end):
        return True
    if words.boundary_before(end) and raw[end].lower() in CLAUSE_OPENERS:
        return True  # ", maybe later, but for v1 ...": set off on both sides
    if raw[end].lower() in _CONDITIONS:
        return True
    # "— not something I'd design around;": a verb or two finishing the cue's clause
    for k in range(end + 1, min(len(raw), end + _AFTERTHOUGHT_TAIL + 1)):
        if raw[k - 1].lower() in TERMINATORS:
            return False
        if k >= len(raw) or _clause_starts(words, k):
            return True
    return end + _AFTERTHOUGHT_TAIL >= len(raw) and not any(
        raw[k].lower() in TERMINATORS for k in range(end, len(raw))
    )


def _complement_contrasted(words: Words, text: str, clause: Sequence[int]) -> int | None:
    """Where the copula stands when an afterthought "not something I'd ...", "not a ..."
    contrasts a second complement with the one its clause (`clause`, its words in order)
    already gave: "The weights are a product decision checked against the survey, not
    something I'd learn blindly" says what the weights are not; the first complement and what
    describes it stay said. The afterthought then judges only the subject before the copula.
    None when the cue is no such noun phrase or the clause has no copula with a complement."""
    if not text.startswith(_NOUN_CONTRASTS):
        return None
    raw = words.words
    for j, k in enumerate(clause[1:-1], start=1):
        if raw[k].lower() in _COPULAS and raw[clause[j + 1]].lower() not in _DENYING:
            return k
    return None


_NOUN_CONTRASTS = ("not something", "not anything", "not a ", "not an ", "not one ", "not the ")
_COPULAS = frozenset(("is", "are", "was", "were"))
_DENYING = frozenset(("not", "no", "never", "n't"))


def _takes_back(words: Words, end: int, roles: bool = False) -> bool:
    """Whether what a trigger reaches is only "it", "that", "any of that": the trigger is
    about something said before ("I'd start without any of that"). With `roles`, also "it"
    and the role it would have ("not using it as a target for v1")."""
    raw = words.words
    if end >= len(raw) or plain(raw[end]) not in _TAKEN_BACK:
        # (the first word, when the clause goes on, is always among those reached: most cues
        # go on to name what they refuse, settled here without walking on)
        return False
    reached: list[str] = []
    k = end
    while k < len(raw) and len(reached) < 4 and not words.boundary_before(k):
        word = plain(raw[k])
        if word in TERMINATORS and word not in _ANAPHORS and reached:
            break  # "without any of that and only ..."
        if roles and word == "as" and reached and reached[-1] in _ANAPHORS:
            # the role it would have ("not using it as a target for v1"): not another object
            # (reject17)
            k = _past_role(words, k + 1)
            continue
        reached.append(word)
        k += 1
    return (
        bool(reached)
        and (any(w in _ANAPHORS for w in reached) or _STAND_IN.issubset(reached))
        and all(w in _ANAPHORS or w in _TAKE_BACK_WORDS for w in reached)
    )


_STAND_IN = frozenset(("special",))
"""A word that stands for what was just named, as "it" does (tune51): "I'd skip special
treatment", "no special handling" (what is special is the thing under discussion)."""


_ARTICLES = frozenset(("a", "an", "the", "our", "its"))


def _past_role(words: Words, k: int) -> int:
    """The word after a role named by "as" (from word k, after "as"): an article and one
    word ("as a gate", "as labels")."""
    raw = words.words
    if k < len(raw) and not words.boundary_before(k) and plain(raw[k]) in _ARTICLES:
        k += 1
    if k < len(raw) and not words.boundary_before(k):
        k += 1
    return k


def _not_doing_it(words: Words, end: int) -> bool:
    """Whether a bare "not" (at end - 1) is followed by a verb in -ing and what
    `_takes_back` reads: "Watch time is noisy, so not using it as a target for v1". The
    verb's object is what its sentence named before (reject17; not a verb undoing something:
    "not dropping it" keeps it)."""
    raw = words.words
    if end + 1 >= len(raw) or words.boundary_before(end):
        return False
    verb = raw[end].lower()
    return (
        plain(raw[end - 1]) == "not"
        and verb.endswith("ing")
        and len(verb) > 4
        and words.keys[end] not in _UNDOING
        and _takes_back(words, end + 1, roles=True)
    )


def _said_in_clause(words: Words, i: int) -> list[int]:
    """`_said_before`, not past a ";" or ":": "..., durations beyond 3 hours; the tap is late,
    so I wouldn't use it as a label" refuses the tap, not the list before it (reject17)."""
    out: list[int] = []
    for k in _said_before(words, i):
        out.append(k)
        if ";" in words.before(k) or ":" in words.before(k):
            break
    return out


# Words that may stand with "it"/"that" after a cue: "any of that", "about those for now".
_TAKE_BACK_WORDS = frozenset(
    "any all of on with about for now yet here at first v1 v2 the launch version mvp pilot "
    "beta moment time being start beginning phase one release bias noise risk gap cost "
    "limitation loss tradeoff trade off error errors v 1 2 "
    # "too rare to learn from, I'd skip them as labels"
    "as label labels feature features target targets signal first "
    # a generic stand-in for what was just named (tune51): "Position bias: slot 1 gets 2.5x
    # CTR, but I'd skip special treatment"; "X means re-embedding 300M images; I'd avoid that
    # complexity early"
    "special treatment handling complexity overhead machinery early".split()
)
_LEAD_INS = frozenset(
    # (and a leaning, not a statement, reject15: "I'm inclined to leave it uncorrected")
    "i i'd we we'd i'm we're i'll we'll so and but honestly frankly probably just really "
    "would still also then inclined to".split()
)


def _opens_sentence(words: Words, i: int) -> bool:
    """Whether only lead-ins ("I'm", "honestly", "but") stand before word i in its sentence."""
    raw = words.words
    k = i
    while k > 0 and not words.sentence_break_before(k):
        if plain(raw[k - 1]) not in _LEAD_INS:
            return False
        k -= 1
    return True


def _said_before(words: Words, i: int) -> range:
    """For a cue at word i that takes something back ("so I'd skip it"): the words of its
    own sentence before it, when they say something besides "so I'd" (the "it" is there:
    "Network spillover between friends — I wouldn't worry about it"), from the last back."""
    raw = words.words
    k = i - 1
    while k >= 0 and plain(raw[k]) in _LEAD_INS:
        if words.sentence_break_before(k):
            return range(0)
        k -= 1
    if k < 0 or words.sentence_break_before(k + 1):
        return range(0)
    return range(k, words.sentence_start(k) - 1, -1)


_REASON_OPENERS = frozenset(("because", "since"))


def _said_in_reason(words: Words, i: int) -> range | None:
    """For a cue at word i that takes something back, inside a reason given after the main
    clause ("these are negatives as well, because out of 1,500 posts the user chose none of
    them"): the words of the reason before the cue, which is what "them" points to. A reason
    says why the main clause holds; a refusal in it never refuses the main clause ("I'd add
    a fallback, because without it ..."). None when the cue is in no such reason, or the
    reason says nothing before the cue ("..., because none of them helped": `_said_before`).
    """
    raw = words.words
    k = i - 1
    while k >= 0 and not words.sentence_break_before(k + 1):
        if plain(raw[k]) in _REASON_OPENERS and words.boundary_before(k):
            if k + 1 >= i or words.sentence_break_before(k):
                return None  # nothing said before the cue, or the reason opens the sentence
            return range(i - 1, k, -1)
        if ";" in words.before(k) or ":" in words.before(k):
            return None
        k -= 1
    return None


_EARLIER_CLAUSE_WORDS = 4


_JOINING = frozenset(("and", "but", "so"))


def _said_in_earlier_clause(words: Words, start: int) -> list[int]:
    """The words of the sentence before the clause that holds word `start`, when an earlier
    clause of at least _EARLIER_CLAUSE_WORDS words says something there, set off by a dash,
    a comma, a colon or a ";" ("X with Y or Z - I went back and forth on it, and ...")."""
    a, _ = clause_around(words, start, start)
    raw = words.words
    while (
        a > 0
        and start - a < _CLAUSE_WORDS
        and not words.sentence_break_before(a)
        and not words.boundary_before(a)
    ):
        a -= 1  # over an "and I think": to the punctuation that ends the earlier clause
        if a > 0 and raw[a].lower() in _JOINING and plain(raw[a + 1]) in FIRST_PERSON:
            # "I looked at SMOTE and class weights and I think they're overrated": a clause
            # of our own joined by "and"/"but" ends the earlier clause as a comma would.
            a += 1
            break
    if a <= 0 or words.sentence_break_before(a):
        return []
    earlier: list[int] = []
    k = a - 1
    while k >= 0 and len(earlier) < _CLAUSE_WORDS:
        earlier.append(k)
        if words.sentence_break_before(k):
            break
        k -= 1
    return earlier if len(earlier) >= _EARLIER_CLAUSE_WORDS else []


_PLAIN_ANAPHORS = frozenset(("it's", "that's", "they", "they're"))
"""("I looked at SMOTE and class weights, and I think they are overrated": "they" is both.)"""


def _only_anaphors(raw: Sequence[str], scope: Sequence[int], i: int) -> bool:
    """Whether the words a post-trigger reaches are only "it", "that's", "I think": the
    trigger is about something said before."""
    reached = [plain(raw[k]) for k in scope]
    if scope and (j := min(scope) - 1) >= 0 and raw[j].lower() in _PLAIN_ANAPHORS:
        reached.append(raw[j].lower())  # "they are overrated": the subject the reach stops at
    return any(w in _ANAPHORS or w in _PLAIN_ANAPHORS for w in reached) and all(
        w in _ANAPHORIC for w in reached
    )


def _sentence_start(words: Words, k: int) -> int:
    """The first word of the sentence (or clause after a ';') that holds word k, looked for
    at most _SENTENCE_REACH words back (reading stays linear however long a sentence runs;
    past that, the word reached stands for it)."""
    return words.clause_back(k, max(0, k - _SENTENCE_REACH))


_SENTENCE_REACH = 60


def _previous_sentence(words: Words, k: int) -> Iterable[int]:
    """The words of the sentence (or clause after a ';') before word k."""
    j = words.clause_back(k, 0) - 1  # the last word before the start of k's own sentence
    while j >= 0:
        yield j
        if _clause_starts(words, j):
            return
        j -= 1


_OBJECT_REACH = 4
_ACKNOWLEDGEMENT = 3
"""A sentence this short between a statement and its refusal only acknowledges it ("I
know.", "Fair enough.")."""
_PARTICLES_AFTER = frozenset("up out away off down".split())
# "I would not bother correcting for it in v1": words of when or where after the object.
_OBJECT_TAILS = frozenset(
    "in for at v v1 1 now yet here either first launch the mvp today "
    # "I'd skip them as labels"
    "as a label labels feature features target targets signal".split()
)
_OBJECT_TAIL_WORDS = 3
_UNDOING = stems("change touch remove drop replace undo lose abandon kill cut revert stop")


def _refers_to_object(words: Words, end: int) -> bool:
    """Whether the clause a cue refuses (from word `end`) ends, within _OBJECT_REACH words,
    on an anaphor ("try to clean that up", "bother fixing it"): its object was said
    before."""
    raw, n = words.words, len(words.words)
    for k in range(end, min(n, end + _OBJECT_REACH)):
        if k > end and words.boundary_before(k):
            return False
        if words.keys[k] in _UNDOING:
            return False  # "I wouldn't drop it": a refusal to undo keeps it
        if raw[k].lower() in ("it", "that", "this", "them", "those"):
            after = k + 1
            if after < n and raw[after].lower() in _PARTICLES_AFTER:
                after += 1
            tail = after
            while (
                after < n
                and after - tail < _OBJECT_TAIL_WORDS
                and not words.boundary_before(after)
                and raw[after].lower() in _OBJECT_TAILS
            ):
                after += 1
            return after >= n or words.boundary_before(after)
    return False


# "We use SMOTE. I wouldn't use it everywhere though.": the refusal only limits the idea.
_RESTRICTIONS = frozenset("everywhere always exclusively alone everything".split())
_RESTRICTION_REACH = 3


def _restricted(words: Words, k: int) -> bool:
    """Whether the few words from k, in the cue's clause, limit what it refuses ("it
    everywhere", "it for everything"): the idea is kept, not rejected."""
    raw = words.words
    for j in range(k, min(len(raw), k + _RESTRICTION_REACH)):
        if j > k and words.boundary_before(j):
            return False
        if raw[j].lower() in _RESTRICTIONS:
            return True
    return False


def _clause_starts(words: Words, k: int) -> bool:
    """Whether a clause starts at word k: a sentence does, or a ";" stands before it."""
    return words.clause_break_before(k)


# -- clauses ----------------------------------------------------------------------------------
# A rejection is said of a proposition, and a sentence holds several: "I'm not going to build
# calibration plots, the log loss already punishes miscalibration" refuses the plots in its
# first clause and argues for the refusal in its second. The words below split a sentence into
# clauses and tell a clause that proposes something (a plan of ours, a terse note, an order)
# from one that only describes (a fact, a reason, a condition, a consequence).

# Words that open a clause of their own: contrast, reason, condition, consequence, relative.
CLAUSE_OPENERS = frozenset(
    "but however although though whereas while because since unless until if when whenever "
    "once so which who then instead rather yet otherwise".split()
)
# Subordinators: the clause they open describes (a reason, a condition, a time), whoever its
# subject is.
SUBORDINATORS = frozenset("because since unless until if when whenever once which who".split())
_CONDITIONAL = frozenset("unless until if when whenever once".split())
# A subject of our own: the clause states what we do or would do (or refuse).
FIRST_PERSON = frozenset("i we i'd we'd i'll we'll i'm we're i've we've let's".split())
# Pronouns that open a clause about something other than us: "there is a strong position
# effect", "they're brigaded", "that's where exact matches get pulled up". (Not an article:
# "the slot number goes in as a feature" is as often a plan as a fact.)
_THIRD_PERSON_OPENERS = frozenset(
    "there there's it it's they they're this these those that's".split()
)
_CLAUSE_SUBJECTS = FIRST_PERSON | _THIRD_PERSON_OPENERS
"""Subjects an "and"/"or" may open a clause on (`_new_subject`)."""
# Finite verbs of description: "drift will happen", "labels are late", "it has no label".
_DESCRIBING_VERBS = frozenset(
    "is are was were will would 's can could has have had does gets get must may might "
    "isn't aren't wasn't won't wouldn't can't doesn't means".split()
)
# ...but a passive is a plan: "sensitive groups are excluded", "quantiles get sorted",
# "the model will be retrained weekly". These may stand between the verb and its participle.
_BEFORE_PARTICIPLE = frozenset("be been not also then simply just only always still".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "done run built kept set made shown given taken split sent put held cut fed left "
    "thrown drawn frozen chosen written".split()
)
_CLAUSE_WORDS = 40
"""A clause is looked for at most this many words either side of a word: reading stays
linear in the answer's length however long a sentence runs."""


def clause_around(words: Words, first: int, last: int) -> tuple[int, int]:
    """The clause holding words first..last: back and on to a punctuation mark, a line
    break or a word that opens another clause (an "and"/"or" only when a subject of its
    own follows: "and I don't want a dashboard zoo")."""
    raw, n = words.words, len(words.words)
    a = first
    while a > 0 and first - a < _CLAUSE_WORDS and not words.boundary_before(a):
        if raw[a].lower() in CLAUSE_OPENERS and a < first:
            break
        if _new_subject(raw, a - 1):
            break
        a -= 1
    b = last
    while b + 1 < n and b - last < _CLAUSE_WORDS and not words.boundary_before(b + 1):
        word = raw[b + 1].lower()
        if word in CLAUSE_OPENERS or (word in _JOINERS and _new_subject(raw, b + 1)):
            break
        b += 1
    return a, b


_JOINERS = frozenset(("and", "or"))


def _new_subject(raw: Sequence[str], k: int) -> bool:
    """Whether word k is an "and"/"or" that starts a clause with a subject of its own."""
    return (
        0 <= k < len(raw) - 1
        and raw[k].lower() in _JOINERS
        and plain(raw[k + 1]) in _CLAUSE_SUBJECTS
    )


# A clause that says something suffices chooses it: "a daily retrain is enough".
_SUFFICING = frozenset("enough sufficient suffices suffice fine plenty adequate".split())
# What follows these is what is done instead: "..., instead every user gets a budget".
_PROPOSING_OPENERS = frozenset("then instead rather otherwise".split())
_RESULT_JOINS = frozenset(("so", "and"))
_EXISTENTIAL = frozenset(("there", "there's"))


def describes(words: Words, first: int, last: int) -> bool:
    """Whether the clause first..last only describes (a fact, a reason, a condition) rather
    than proposes: no subject of our own, nothing said to suffice, not what is done instead
    or as a result, and it opens with a subordinator or a third-person subject, or holds a
    finite verb of description. A terse note ("class weights on positives", "retrain
    weekly") proposes."""
    raw = words.words
    said = [plain(raw[k]) for k in range(first, last + 1)]
    opener = raw[first - 1].lower() if first > 0 and not words.boundary_before(first) else ""
    if (opener in _CONDITIONAL or said[0] in _CONDITIONAL) and not any(
        w in FIRST_PERSON for w in said
    ):
        return True  # "until the set is big enough for the slices to mean anything"
    if any(w in FIRST_PERSON or w in _SUFFICING for w in said):
        return False
    if opener in _PROPOSING_OPENERS or said[0] in _PROPOSING_OPENERS:
        return False
    if opener in SUBORDINATORS or said[0] in SUBORDINATORS:
        return True
    if said[0] in _THIRD_PERSON_OPENERS or opener in ("and", "or"):
        return True
    if said[0] in _RESULT_JOINS and len(said) > 1 and said[1] in _EXISTENTIAL:
        return True  # "..., so there's some spillover" (reject20): a consequence stated
    return any(w in _DESCRIBING_VERBS and not _passive(said, k) for k, w in enumerate(said))


def _passive(said: Sequence[str], k: int) -> bool:
    """Whether the verb at said[k] begins a passive ("are excluded", "will be retrained")."""
    for w in said[k + 1 : k + 4]:
        if w in _BEFORE_PARTICIPLE or w.endswith("ly"):
            continue
        return w.endswith("ed") or w in _IRREGULAR_PARTICIPLES
    return False


_BUT = stems("but however though")
_TOO = stem("too")
_TO = stem("to")


# "People love DeepFM for this. I wouldn't." rejects the previous sentence as a whole.
_SUBJECTS = frozenset(
    {"i", "we", "i'd", "we'd", "i'll", "we'll", "i'm", "we're"}
    | {"i\u2019d", "we\u2019d", "i\u2019m", "we\u2019re"}
)
_ANAPHORS = frozenset({"it", "that", "this", "them", "those", "there"})
_TAKEN_BACK = _ANAPHORS | _TAKE_BACK_WORDS
"""Every word `_takes_back` may reach."""


# ", so we won't.", ", which I wouldn't.": a short closing clause that rejects the one before.
_CLOSING = frozenset(("so", "which", "and"))


# "... is something I'd put off until the weekly one is trusted": a condition after the cue.
_CONDITION_OPENERS = frozenset("until till unless once".split())
_IF_WORDS = frozenset(("if", "when"))
_CONDITIONS = _CONDITION_OPENERS | _IF_WORDS
"""(Unions asked in a loop or of each cue are made once here: a union made where it is
asked is made again each time, a few microseconds a cue.)"""
