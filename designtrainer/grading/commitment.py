"""Stage 5 of grading, red flags: whether the answer commits to a mistake as its own design.

A careful answer names many mistakes it does not make, in shapes no list of cues will ever
cover: a team it worked with that made it, a quoted line it declines, what the mistake would
do, a contrast it draws. So a red flag asks for the positive shape of a commitment, read
from the clause that holds the mistake's words, and stays quiet on any other shape:

- a plan of ours: the clause's subject is "I"/"we" (or "our ...", "my ...") with the verb
  that follows it ("we'll split randomly", "I use accuracy", "our labels are ...");
- a note or an order: a clause with no subject of its own ("Split: random 80/20",
  "- metric: accuracy", "shuffle, hold out 20%");
- a plain statement of what we build: the system or its parts as the subject, in the
  present or future of the design ("the model uses the chargeback flag as a feature",
  "every impression without a click becomes a negative").

Not a commitment: the mistake inside quotes; a clause whose subject is a person other than
us or a generic one (a team, leadership, a candidate who ..., the textbook approach); a
clause of concession or contrast ("although ...", "whereas ..."); the mistake, or a deed
("treating ... as negatives"), as the subject of what it does or would do ("random split
would put ...", "ranking by open probability sends pushes to ..."); a story told in the
past tense about a subject not ours; a clause judged by what follows it ("!= launch",
"— declined"); the mistake's words told apart from something or called another thing
("different from rebalancing the test set", "separate not-relevant from not-seen", "...
is a different concern"); or granted for another use, then set against the design ("is
fine for tuning the spam classifier, but for the ranker ..."); named as others' practice
or rule ("... is what ops do today"), or as what makes things look "better than it is";
a candidate under an option's label ("Option A: ...") the answer never takes.
Questions, conditions and negations are read before this (flags.py, stance.py,
negation/). Everything here is general English: subjects, modality, mood,
quotation and the role of a clause, found through the boundary table (`Words.by_separator`
via `Words.boundary_before`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Literal

from designtrainer.grading.negation import ARROWS
from designtrainer.grading.stance import OTHER_PEOPLE
from designtrainer.grading.words import Words, plain

# -- the opening of a clause ------------------------------------------------------------------

# Words a clause may open on before its subject: conjunctions and sentence adverbs.
_OPENERS = frozenset(
    "and but so then or also still yet thus hence therefore honestly frankly basically "
    "simply just initially first second third finally instead otherwise plus".split()
)
# A subject of ours: the answer speaking for itself or its team.
_OURS = frozenset("i we i'd we'd i'll we'll i'm we're i've we've let's us our my".split())
# Subordinators of concession and contrast: the clause they open grants or sets aside what
# it says, the main clause is the answer's view ("Although X looks like ..., ...").
_CONCEDING = frozenset("although though whereas despite albeit".split())
_CONCEDING_PAIRS = frozenset((("even", "though"), ("even", "if"), ("much", "as")))

# -- people other than us ---------------------------------------------------------------------

# People as a subject (beside stance.OTHER_PEOPLE): pronouns of others and the roles that
# stand outside the answer's design in any case.
_PEOPLE = OTHER_PEOPLE | frozenset(
    "they he she management leadership executives execs stakeholders "
    "interviewer interviewers everyone everybody anyone anybody whoever vendor vendors "
    "competitor competitors owner owners manager managers boss bosses pm pms".split()
)
"""(Not "candidates", "users", "members": in an ML design they are as often what the design
works on. A noun with "who" after it is a person whatever the noun: "a candidate who ...".)"""
_QUANTIFIERS = frozenset("some many most lots plenty several few".split())
# A noun of a proposal: with a modifier or an owner that is not ours before it, the idea is
# someone's, not the answer's ("the textbook approach", "management's instinct", "the first
# idea of some leadership"); bare, it may be ours ("the plan is ...").
_PROPOSALS = frozenset(
    "approach approaches plan plans idea ideas instinct instincts reflex move suggestion "
    "suggestions proposal proposals answer answers default habit pitch".split()
)
# A relative pronoun for people: "a candidate who ...", "anyone who ...".
_WHO = frozenset(("who", "whose", "whom"))

# -- modality and tense -----------------------------------------------------------------------

_HYPOTHETICAL = frozenset("would could might may".split())
# After a hypothetical modal, verbs that state the design, not what a thing would do:
# "the negatives would be ...", "the label would come from ...".
_DESIGN_VERBS = frozenset(
    "be come include use get need take contain consist rely stay remain go work do suffice "
    "have".split()
)
_ADVERBS = frozenset("just only also mostly simply then still probably likely".split())
# After an "-ed" word, words that make it a verb telling what the mistake did, not a
# participle of the design ("invitations labelled as ...", "the downsampled set").
_PAST_OBJECTS = frozenset("a an the our their its every all in at".split())

# A possibility floated, then turned from: "we could ..., but ...", "one might ..., though".
_FLOATING = frozenset(("could", "might", "may"))
_TURNS = frozenset(("but", "though", "although", "however", "yet", "until"))
_TURN_REACH = 12

# -- judged by what follows -------------------------------------------------------------------

_NOT_EQUAL = ("!=", "\u2260", "=/=")
# A verdict a dash or a colon hands down on what it follows: "— declined", ": rejected".
_VERDICTS = frozenset(
    "declined rejected vetoed refused dropped no nope wrong bad dangerous unsafe".split()
)
_CLOSING_VERDICTS = frozenset(("never",))
"""Verdicts only when they close their element: "deleting silently - never; spam folder only"
(not "we delete silently - never a spam folder", which says what the design lacks)."""
_FAULTS = frozenset(
    "leaky biased flawed broken risky misleading meaningless useless pointless uninformative "
    "myopic shortsighted naive invalid unreliable unrealistic inflated harmful".split()
)
"""A note's verdict of fault after what it judges: "random split: leaky", "open rate only:
short-sighted". Said first after the mark and closing its element (or before a preposition
or a reason: "broken for time data"), it judges what the mark follows; before a noun it
describes one ("leaky features dropped")."""
_AFTER_A_FAULT = frozenset(
    "for at here in on with when if since because as and but so given under".split()
)
_VERDICT_PAIRS = frozenset((("short", "sighted"), ("too", "optimistic"), ("a", "trap")))
# Participles that put down what they follow, past a comma: "..., rejected because ...".
_PUT_DOWN = frozenset("rejected declined discarded dismissed vetoed dropped ruled".split())
_VERDICT_MARKS = ("\u2014", "\u2013", " - ", ":", "--")
_PUSH_BACK = frozenset((("push", "back"), ("pushed", "back"), ("pushing", "back")))

# Before a quotation, words that make it a name of a thing in the design, not speech.
_NAMING = frozenset("a an the our its this that".split())
# Before a quotation, verbs whose object it is: what the design puts on screen, not speech
# ("we return 'something went wrong'", "the app shows 'no results'").
_SHOWING = frozenset(
    "return returns returning show shows showing display displays displaying render renders "
    "print prints".split()
)
# Quotation marks that open and close a quotation.
_DOUBLE_QUOTES = frozenset('"\u201c\u201d\u00ab\u00bb')
_SINGLE_QUOTES = frozenset("'\u2018\u2019")


def commits(words: Words, first: int, last: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence of words `first`..`last` commits to the mistake its mentions
    (`spans`, each first..last word) state, by the shapes in the module's docstring."""
    return uncommitted(words, first, last, spans) is None


def uncommitted(
    words: Words, first: int, last: int, spans: Sequence[tuple[int, int]]
) -> str | None:
    """Which shape keeps the sentence from committing to the mistake ("quoted", "ours but
    judged", "refused", "conceded", "someone else's", "what it does", "judged"), or None when
    it commits."""
    start = min(a for a, _ in spans)
    end = max(b for _, b in spans)
    said = [plain(w) for w in words.words[first : last + 1]]
    if _quoted(words, first, last, start, end):
        return "quoted"
    opens = words.clause_start(first, start)
    lead = _past_openers(said[opens - first : start - first])
    if _FLOATING.intersection(lead) and _TURNS.intersection(_rest(words, end)[:_TURN_REACH]):
        return "floated"  # "We could shuffle and split randomly, but a time split is safer"
    if _an_option_not_taken(words, first, said):
        return "weighed"  # "Option A: a random 80/20 split. Option B: ... We choose B."
    if _menu_picked_otherwise(words, first, last, spans):
        return "weighed"  # "- time-based vs random split: time-based"
    if _not_every(_past_openers(said[opens - first :])):
        return "refused"  # "Not every logged query becomes a suggestion"
    if _reason_for_a_remedy(words, first, last, end):
        return "a remedy's reason"  # "Because we train on outcomes our ETA shaped, I'd monitor"
    if _our_past_story(said):
        return "a story"  # "On a past project we did a random split and ..."
    seps = [words.before(k) for k in range(first, last + 1)]
    if _measured_at(said, [a - first for a, _ in spans], seps):
        return "where measured"  # "precision at the auto-removal threshold"
    if _told_apart(lead, said[start - first : end + 1 - first]):
        return "told apart"  # "which is different from rebalancing", "separate A from B"
    if _another_thing(_rest(words, min(spans)[1])):
        return "another thing"  # "Send-time accuracy ... is a different concern"
    if any(_what_others_do(_rest(words, e)) for e in (min(spans)[1], end)):
        return "someone else's"  # "... is what ops do today", "... is what the rules forbid"
    if _looks_better_than_it_is(_rest(words, end)):
        return "what it does"  # "... makes the model look far better than it is"
    if _granted_elsewhere(_rest(words, min(spans)[1])):
        return "granted elsewhere"  # "Random CV is fine for tuning X, but for the ranker ..."
    if lead[:1] and lead[0] in _OURS and not _ours_of_another(lead):  # a plan of ours
        if _refused(lead):
            return "refused"
        return "ours but judged" if _judged_after(words, said, first, last, end) else None
    if _conceding(lead):
        return "conceded"
    if _apposed_to_a_foil(words, said, first, opens):
        return "someone else's"  # "The naive training set, every transaction ... legit, ..."
    if _nobody(lead, said[start - first : start - first + 2]) or any(
        _none_such(_past_openers(said[words.clause_start(first, a) - first : a - first]))
        for a, _ in spans
    ):
        return "refused"  # "Nobody reads users' mail", "nobody launches without an A/B test"
    if _judging_frame(lead) and not _OURS.intersection(_rest(words, end)):
        return "judged"  # "it is easy to treat ... as negatives" (not "..., so we do")
    if not lead and opens == first and said[start - first] in _NEGATED_ORDERS:
        return "refused"  # an order refused: "Don't report accuracy ...", "Never ..."
    if (_someone_else(lead) or _refers_to_someone_else(words, opens, lead)) and not _endorsed(
        _rest(words, end)
    ):
        return "someone else's"
    closes = words.clause_end(end, last)
    after = said[end + 1 - first : closes + 1 - first]
    mistake = said[start - first : end + 1 - first]
    head_end = min(spans)[1]  # the subject may end before the mistake's later words
    within = said[head_end + 1 - first : words.clause_end(head_end, last) + 1 - first]
    if _generic_relative(lead, after):
        return "said of anything"
    later = _rest(words, end)
    if any(_does_or_would(lead, mistake, rest, later) for rest in (after, within)) or _would_do(
        lead
    ):
        return "what it does"
    if not _opens_on_a_deed(lead, mistake) and any(
        (past_aside := _past_an_aside(words, e, last))
        and _does_or_would(lead, mistake, past_aside, later)
        for e in {head_end, end}
    ):
        return "what it does"  # "exact search over all vectors (600 GB) isn't feasible"
    return "judged" if _judged_after(words, said, first, last, end) else None


def _an_option_not_taken(words: Words, first: int, said: list[str]) -> bool:
    """Whether the sentence is a candidate under a label of its own, "Option A:",
    "Alternative 2:", "Approach B:", that the answer never goes on to take: a candidate
    weighed is no choice until it is picked ("We choose A", "going with option A", "Option
    A, because ...")."""
    if len(said) < _OPTION_LABEL or said[0] not in _OPTIONS or ":" not in words.before(first + 2):
        return False
    name = said[1]
    if not (len(name) == 1 or name in _ORDINALS):
        return False
    later = [plain(w) for w in words.words[first + len(said) :]]
    for k, w in enumerate(later):
        if w != name:
            continue
        before = later[max(0, k - _PICK_REACH) : k]
        if _PICKING.intersection(before) or (
            before[-1:] in (["option"], ["alternative"], ["approach"])
            and (k + 1 >= len(later) or words.boundary_before(first + len(said) + k + 1))
            and ":" not in words.before(first + len(said) + k + 1)
        ):
            return False  # picked: "we choose B", "Option B, because ..."
    return True


def _menu_picked_otherwise(
    words: Words, first: int, last: int, spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether the mistake is one side of a note's menu, "A vs B", and the note's pick after
    it (past a colon, a question mark or an arrow: "time-based vs random split: time-based",
    "0.5 cutoff vs cost curve → cost curve", "random vs time split? time") is the other side:
    the pick shares more of its words with the side without the mistake. A pick as close to
    both, or to the mistake's side ("... vs random: random, more data"), keeps the flag."""
    raw = words.words
    menu = next((k for k in range(first + 1, last) if plain(raw[k]) in _VERSUS), None)
    if menu is None:
        return False
    pick = next(
        (
            k
            for k in range(menu + 2, last + 1)
            if _PICK_MARKS.intersection(words.before(k))
            or any(a in words.before(k) for a in ARROWS)
        ),
        None,
    )
    if pick is None:
        return False
    opens = menu
    while opens > first and not _LABEL_MARKS.intersection(words.before(opens)):
        opens -= 1
    sides = (range(opens, menu), range(menu + 1, pick))
    held = [any(a in side for a, _ in spans) for side in sides]
    if held.count(True) != 1 or any(a >= pick for a, _ in spans):
        return False
    ends = pick
    while ends <= last and (ends == pick or not _ELEMENT_ENDS.intersection(words.before(ends))):
        ends += 1
    chosen = {plain(w) for w in raw[pick:ends]} - _MENU_FILLERS
    shared = [len(chosen & {plain(raw[k]) for k in side}) for side in sides]
    mistaken = held.index(True)
    return shared[1 - mistaken] > shared[mistaken]


_VERSUS = frozenset(("vs", "versus"))
_PICK_MARKS = frozenset(":?")
_LABEL_MARKS = frozenset(":\n;(")
_ELEMENT_ENDS = frozenset("\n;()")
_MENU_FILLERS = frozenset("a an the of on by at for".split())


_OPTIONS = frozenset(("option", "alternative", "approach", "candidate"))
_ORDINALS = frozenset("one two three four 1 2 3 4".split())
_PICKING = frozenset(
    "choose chose chosen pick picked go going prefer preferred recommend take taking "
    "select selected".split()
)
_PICK_REACH = 4
_OPTION_LABEL = 3


def _told_apart(lead: list[str], mistake: list[str]) -> bool:
    """Whether the mistake's words are told apart from something, not chosen: right after
    "different from", "distinct from", "unlike" ("which is different from rebalancing the
    test set"), or its two sides set apart by a verb of distinguishing with "from" between
    them ("help separate not-relevant from not-seen", "distinguish unseen from disliked")."""
    near = lead[-_APART_REACH:]
    if "unlike" in near[-2:]:
        return True
    if any(
        w == "from" and _APART.intersection(near[max(0, k - 2) : k]) for k, w in enumerate(near)
    ):
        return True  # "a different question from a random split"
    return bool(_DISTINGUISHING.intersection(near)) and "from" in mistake[1:-1]


_APART = frozenset("different distinct separate apart differs differ".split())
_DISTINGUISHING = frozenset(
    "separate separates separating distinguish distinguishes distinguishing differentiate "
    "differentiates differentiating disentangle disentangles disentangling tell".split()
)
_APART_REACH = 4


def _another_thing(rest: list[str]) -> bool:
    """Whether what follows the mistake's first words calls them another thing, in the same
    clause or a "which" after it: "Send-time accuracy, in the sense of ..., is a different
    concern", "Bootstrap resampling ... gives intervals, which is a different thing". Not past
    a turn to another subject ("...; recall is a different story") or a clause of ours."""
    for k, w in enumerate(rest):
        if w in _TURNS or w in _OURS:
            return False
        if w in _COPULAS:
            said = [x for x in rest[k + 1 : k + 1 + _ANOTHER_REACH] if x not in ("a", "an")]
            return (
                bool(said)
                and said[0] in _OTHER_KIND
                and (len(said) == 1 or said[1] in _MATTERS or said[0] == "different")
            )
    return False


_OTHER_KIND = frozenset("different separate distinct another unrelated".split())
_MATTERS = frozenset(
    "thing things concern concerns matter question questions issue issues problem "
    "problems topic story".split()
)
_ANOTHER_REACH = 3


def _what_others_do(rest: list[str]) -> bool:
    """Whether the mistake is named as the practice or the rule of people other than us: the
    subject of "is (exactly) what" with such people or their rules after it, doing it as
    things stand or forbidding it ("A mean forecast plus a buffer is what ops do today",
    "... is exactly what the privacy rules forbid"). Not the design's own parts ("clicks are
    what the ranker optimises"), nor what others need from it ("the mean is what ops need":
    the answer hands it over)."""
    for k, w in enumerate(rest[:_GRANT_REACH]):
        if w in _OURS or w in _TURNS:
            return False
        if w in _COPULAS:
            said = [x for x in rest[k + 1 : k + 1 + _WHAT_REACH] if x not in _HOW_WORDS]
            if said[:1] != ["what"]:
                return False
            subject = said[1:]
            if subject[:1] and subject[0] in ("the", "their", "most", "many", "some"):
                subject = subject[1:]
            others = any(
                x in _PEOPLE or x in _OTHERS_AT_WORK or x in _RULES for x in subject[:_OWNED]
            )
            return others and bool(
                _AS_IT_STANDS.intersection(subject[1:_WHAT_REACH])
                or _FORBIDDING.intersection(subject[1:_WHAT_REACH])
            )
    return False


_AS_IT_STANDS = frozenset("today currently now presently already".split())
_FORBIDDING = frozenset(
    "forbid forbids forbade prohibit prohibits ban bans disallow disallows outlaw outlaws".split()
)


_HOW_WORDS = frozenset("exactly precisely just basically literally".split())
_OTHERS_AT_WORK = frozenset(
    "ops operations finance legal sales marketing analysts planners regulators "
    "lawyers auditors".split()
)
"""Departments and roles outside the design, as the subject of their practice."""
_RULES = frozenset("rules law laws policy policies regulation regulations privacy".split())
_WHAT_REACH = 7
"""How many words after the copula "what", its subject (with a determiner and a modifier)
and their verb may take: "is exactly what the privacy rules forbid"."""


def _looks_better_than_it_is(rest: list[str]) -> bool:
    """Whether the sentence says the mistake makes something look other than it is: "...
    makes the model look far better than it is", "... than they really are": a verdict on
    what it does, whatever its tense."""
    return any(
        w == "than"
        and rest[k + 1 : k + 2] in (["it"], ["they"])
        and _BEING.intersection(rest[k + 2 : k + 4])
        for k, w in enumerate(rest)
    )


_BEING = frozenset(("is", "are", "was", "were"))


def _granted_elsewhere(rest: list[str]) -> bool:
    """Whether the mistake's words are granted a use of their own, then set against the
    design: praised for a purpose ("is fine for tuning the spam classifier", "is fine as one
    number", "is useful for finding compromised cards") before a turn to what the design does
    ("but for the ranker ...", "not for building the test set", "on top of inline decisions").
    Not praise with a reason ("is fine because each impression is independent": the design
    argued for), a purpose of the moment or our own ("fine for now", "fine for us"), nor a
    turn to a clause of ours ("..., but we'll monitor drift": the design goes on)."""
    for k, w in enumerate(rest[:_GRANT_REACH]):
        if w in _OURS or w in _TURNS:
            return False
        if w in _COPULAS:
            said = [x for x in rest[k + 1 : k + 1 + _GRANT_REACH] if x not in _DEGREE_WORDS]
            if not (said[:1] and said[0] in _PRAISE and said[1:2] and said[1] in _SCOPES):
                return False
            if _OWN_SCOPES.intersection(said[2:_OWN_SCOPE_REACH]):
                return False  # "fine for a first version", "fine for the MVP"
            return _set_against(rest[k + 3 :])
    return False


def _set_against(rest: list[str]) -> bool:
    """Whether a turn after a grant sets the design against it: "but" with a subject not
    ours, "not for", "on top of", "in addition to", "alongside"."""
    for k, w in enumerate(rest):
        if w == "but":
            return not _OURS.intersection(rest[k + 1 : k + 2])
        if (w == "not" and rest[k + 1 : k + 2] == ["for"]) or tuple(rest[k : k + 3]) in _BESIDES:
            return True
        if w == "alongside":
            return True
    return False


_PRAISE = frozenset("fine ok okay acceptable useful good great valuable handy".split())
_SCOPES = frozenset(("for", "as", "in", "inside", "within"))
_OWN_SCOPES = frozenset(
    "now us me our this these starters v1 mvp launch first initial start baseline prototype "
    "pilot".split()
)
"""A purpose of our own or of the moment: "fine for now", "fine for a first version"."""
_DEGREE_WORDS = frozenset("perfectly totally completely quite still also really".split())
_BESIDES = frozenset((("on", "top", "of"), ("in", "addition", "to")))
_GRANT_REACH = 8
_OWN_SCOPE_REACH = 5


def _past_openers(lead: list[str]) -> list[str]:
    """The clause's words from its subject on: past its conjunctions and sentence adverbs."""
    k = 0
    while k < len(lead) and lead[k] in _OPENERS:
        k += 1
    return lead[k:]


def _quoted(words: Words, first: int, last: int, start: int, end: int) -> bool:
    """Whether the mistake's words stand inside a quotation in their sentence: a quotation
    mark opens before them (after a space or the sentence's start) with none closing it
    before them, and one closes after them ("'Offline nDCG up, ship it' — declined")."""
    opened: int | None = None
    for k in range(first, start + 1):
        sep = words.before(k)
        if _closes(sep, k == first):
            opened = None
        if _opens(sep, k == first):
            opened = k
    if opened is None or (opened > 0 and plain(words.words[opened - 1]) in _NAMING | _SHOWING):
        # no quotation, a name in the design ("a 'try again later' message"), or what the
        # design shows ("we return 'something went wrong'")
        return False
    return any(_closes(words.before(k), False) for k in range(end + 1, last + 2))


def _opens(sep: str, at_start: bool) -> bool:
    """Whether a separator opens a quotation on the word after it: its last mark is a quote
    that follows a space, a bracket or the sentence's start."""
    if not sep or sep[-1] not in _DOUBLE_QUOTES | _SINGLE_QUOTES:
        return False
    before = sep[:-1]
    return at_start or not before or before[-1] in " \t\n([{\u2014\u2013-:"


def _closes(sep: str, at_start: bool) -> bool:
    """Whether a separator closes a quotation on the word before it: its first mark is a
    quote that a space, punctuation or the end follows."""
    if at_start or not sep or sep[0] not in _DOUBLE_QUOTES | _SINGLE_QUOTES:
        return False
    rest = sep[1:]
    return not rest or rest[0] in " \t\n.,;:!?)]}\u2014\u2013-"


def _conceding(lead: list[str]) -> bool:
    """Whether the clause opens on a concession or a contrast ("although", "even though",
    "whereas"): what it grants is not the design."""
    if lead[:1] and lead[0] in _CONCEDING:
        return True
    return tuple(lead[:2]) in _CONCEDING_PAIRS


def _someone_else(lead: list[str]) -> bool:
    """Whether the clause's subject, before the mistake, is a person other than us, or a
    proposal someone else owns: "An earlier team I worked with applied ...", "Plenty of
    teams label ...", "A candidate who reports ...", "Management's instinct is to ...",
    "The textbook approach shuffles ...", "First idea of some leadership is ..."."""
    subject = _subject_phrase(lead)
    for k, w in enumerate(subject):
        person = w in _PEOPLE or subject[k + 1 : k + 2] == ["who"]
        if person and _heads(subject, k) and not _our_team(subject, k):
            return True
        if w.endswith("'s") and w[:-2] in _PEOPLE:
            return True  # "management's instinct", "someone's idea"
        if w in _PROPOSALS:
            owner = subject[:k]
            if any(x.endswith("'s") for x in owner) or subject[k + 1 : k + 2] == ["of"]:
                return True  # "leadership's plan", "the first idea of some leadership"
            if _FOIL_ADJECTIVES.intersection(owner):
                return True  # "the naive approach", "a lazy plan"
    return _foil_headed(subject)


def _apposed_to_a_foil(words: Words, said: list[str], first: int, opens: int) -> bool:
    """Whether the mistake's clause is set after a comma beside the sentence's opening noun
    phrase, a few words a foil adjective judges: "The naive training set, every transaction
    with no chargeback yet labelled legit, calls recent fraud good"."""
    if opens <= first or words.before(opens).strip() != ",":
        return False
    head = _past_openers(said[: opens - first])
    return len(head) <= _APPOSED_SUBJECT and _foil_headed(head)


_APPOSED_SUBJECT = 5


def _foil_headed(subject: list[str]) -> bool:
    """Whether the subject is a thing a foil adjective judges, whatever it is: "the naive
    training set labels ...", "a sloppy pipeline, a random split of all rows, ..." (a
    version the answer sets up to put down). Not a method so named: "naive Bayes", "a
    seasonal naive forecast"."""
    for k, w in enumerate(subject[:_FOIL_REACH]):
        if w in _FOIL_ADJECTIVES:
            return not (subject[k + 1 : k + 2] and subject[k + 1] in _NAIVE_METHODS) and not (
                k and subject[k - 1] in _NAIVE_BEFORE
            )
    return False


_FOIL_REACH = 3
"""A foil adjective this near the start of the subject judges it."""
_NAIVE_METHODS = frozenset("bayes baseline baselines forecast forecasts forecaster model".split())
_NAIVE_BEFORE = frozenset(("seasonal",))


def _rest(words: Words, end: int) -> list[str]:
    """The words after word `end` to the end of its sentence, across a semicolon (a sentence
    of its own to the judgement, not to the reader: "...; I agree, ...")."""
    out: list[str] = []
    k = end + 1
    while k < len(words) and len(out) < _REST_REACH:
        if words.sentence_break_before(k) and ";" not in words.before(k):
            break
        out.append(plain(words.words[k]))
        k += 1
    return out


_REST_REACH = 24


def _endorsed(rest: list[str]) -> bool:
    """Whether the sentence goes on, after someone else's choice, to make it ours: a clause
    of "I"/"we" agreeing or doing the same ("...; I agree, it is our objective", "and we do
    the same")."""
    for k, w in enumerate(rest):
        if w in _OURS:
            near = rest[k + 1 : k + 1 + _ENDORSE_REACH]
            if _NEGATIONS.intersection(near):
                return False
            if _AGREEING.intersection(near):
                return True
    return False


_AGREEING = frozenset("agree agreed same too likewise".split())
_ENDORSE_REACH = 3


def _refers_to_someone_else(words: Words, opens: int, lead: list[str]) -> bool:
    """Whether the clause's subject points back ("that", "this", "which", "it") to the
    clause before it, in its sentence or across a semicolon, and that clause's subject is
    someone else's: "The obvious plan is to ship ...; that skips the A/B test"."""
    if not lead or lead[0] not in _ANAPHORS or opens == 0:
        return False
    sep = words.before(opens)
    if words.sentence_break_before(opens) and ";" not in sep:
        return False
    before = words.clause_start(0, opens - 1)
    said = [plain(w) for w in words.words[before:opens]]
    return _someone_else(_past_openers(said))


_ANAPHORS = frozenset(("that", "this", "which", "it"))
_DETERMINERS = frozenset(("the", "a", "an", "one", "this", "that"))


def _our_team(subject: list[str], k: int) -> bool:
    """Whether the group at `k` is the team the answer speaks for: a team noun after "the",
    "our" or "my" with no former-times word between ("the labelling team", not "an earlier
    team", "the previous team")."""
    if subject[k] not in _TEAMS:
        return False
    before = subject[:k]
    return bool(before) and before[0] in _OUR_ARTICLES and not _FORMER.intersection(before)


_TEAMS = frozenset(("team", "teams", "squad", "crew"))
_OUR_ARTICLES = frozenset(("the", "our", "my"))
_FORMER = frozenset("old previous former legacy earlier prior".split())
_FOIL_ADJECTIVES = frozenset("naive lazy sloppy careless".split())


def _heads(subject: list[str], k: int) -> bool:
    """Whether the person at `k` heads the subject rather than modifies a part of it: not
    after "of" unless a quantifier comes before ("plenty of teams", not "the majority of
    people who never click"), not before "of" ("a team of raters": ours), and not an agent
    or a count ("seen by at least 500 people")."""
    if subject[k + 1 : k + 2] == ["of"]:
        return False
    if k and (subject[k - 1] in ("by", "from") or subject[k - 1][:1].isdigit()):
        # an agent, a source or a count: "seen by 500 people", "notifications from teams
        # that ...", not the subject
        return False
    if k and subject[k - 1] == "of":
        return k >= 2 and subject[k - 2] in _QUANTIFIERS
    return True


def _subject_phrase(lead: list[str]) -> list[str]:
    """The clause's opening noun phrase: its words up to a pronoun after its first word (the
    start of a relative clause: "a team I worked with", "every friend they aren't connected
    to"), a relative pronoun or an auxiliary verb ("who" kept: it marks a person)."""
    out: list[str] = []
    for w in lead:
        if out and (w in _OURS or w in _PRONOUNS):
            break
        out.append(w)
        if w in _ENDS_A_SUBJECT:
            break
    return out


_PRONOUNS = frozenset("they they're they'd they'll he she it you you'd you'll".split())
_ENDS_A_SUBJECT = frozenset(
    "who whose that which is are was were will would could might can should must".split()
)


def _opens_on_a_deed(lead: list[str], mistake: list[str]) -> bool:
    """Whether the clause opens on doing something, a gerund ("treating ...", "optimising
    ..."), before or at the mistake."""
    opening = lead[0] if lead else mistake[0]
    return opening.endswith("ing") and len(opening) > 4 and opening not in _NOT_DEEDS


def _does_or_would(lead: list[str], mistake: list[str], after: list[str], later: list[str]) -> bool:
    """Whether the mistake, or a deed that opens the clause, is the subject of what it does
    or would do: a hypothetical modal with a verb that is no verb of the design after the
    mistake ("random split would put ...", "launching on an offline win alone could ship
    ..."), a verb in the past after it ("... inflated recall"), or a deed told in a gerund
    with a predicate after it ("treating ... as negatives teaches ...", "ranking by open
    probability mostly send pushes to ...")."""
    subject_is_mistake = len(lead) <= _MODIFIERS and not any(
        w in _OURS or w in _PRONOUNS or w in _ENDS_A_SUBJECT or w in _PREDICATE_STOPS for w in lead
    )
    deed = _opens_on_a_deed(lead, mistake)
    if (subject_is_mistake or deed or _generic_holder(lead)) and _harm_foretold(after):
        return True  # "maximising opens can burn the channel", "a policy that maximises ..."
    if not (subject_is_mistake or deed):
        return False
    if deed and not after:
        after = later[:_ASIDE_REACH]  # past an aside: "Deleting spam outright, even at ..., would"
    words = [w for w in after if w not in _ADVERBS]
    if not words:
        return False
    head = words[0]
    if head in _HYPOTHETICAL and deed:
        return not _OURS.intersection(later)  # not "... would be simplest, so we do that"
    if head in _HYPOTHETICAL:
        return len(words) > 1 and words[1] not in _DESIGN_VERBS
    if subject_is_mistake and (head in _NEGATED_VERBS or words[1:2] == ["not"]):
        return True  # "a fine-tuned model can't cite ...", "... isn't feasible at this size"
    if subject_is_mistake and head in _COPULAS and words[1:2] and words[1] in _PUT_DOWN:
        return True  # "exact search over every vector is ruled out", "... was rejected"
    if _made_to_look(words):
        return True  # "random image splits make retrieval look great because ..."
    if subject_is_mistake and _harm_done(words):
        return True  # "a random split lets the model see ...", "random splits leak ..."
    if subject_is_mistake and _called_a_problem(after):
        return True  # "the member-randomised platform is a problem: ..."
    if subject_is_mistake and head in _COPULAS and words[1:2] and words[1] in _CAUSING:
        # "... is how we got the outrage problem", "... is what broke the launch"
        return any(w in _IRREGULAR_PAST or _regular_past(w) for w in words[2:_CAUSE_REACH])
    if subject_is_mistake and _restricted(after):
        return True  # "a point forecast only works if ...": a restriction, not the design
    if subject_is_mistake and (_FAILING.intersection(words[:_FAIL_REACH]) or _falls_apart(words)):
        return True  # "random splits look great offline and collapse in production"
    if subject_is_mistake and len(words) > 1 and _past(head, words[1]):
        return True  # "a random split inflated recall by ten points", "... collapsed in prod"
    if deed:
        return _predicate(after, later)
    return False


_COPULAS = frozenset(("is", "was", "'s", "are", "were"))


def _past_an_aside(words: Words, end: int, last: int) -> list[str]:
    """The plain words of the mistake's clause after an aside that opens right after its last
    word `end` (or after a few more words of its noun phrase: "automated removal (...)", "a
    random split of edges, ..."), in brackets or between commas or dashes, up to `last`: what
    the mistake, as the subject, is then said to do or be ("exact search over all vectors
    (600 GB of float32) isn't feasible", "fully automated removal (no human review) is ruled
    out", "a random split, however convenient, inflates AUC"). Empty when no short aside
    follows it."""
    opens = next(
        (
            k
            for k in range(end + 1, min(last, end + 1 + _HEAD_WORDS) + 1)
            if words.boundary_before(k)
        ),
        None,
    )
    if opens is None or opens >= last:
        return []
    opening = words.before(opens).strip()
    if opening.endswith("("):
        closing = ")"
    elif opening in _ASIDE_MARKS:
        closing = opening
    else:
        return []
    for k in range(opens + 1, min(last, opens + _ASIDE_WORDS) + 1):
        sep = words.before(k)
        if closing in sep:
            stop = words.clause_end(k, last)
            return [plain(w) for w in words.words[k : stop + 1]]
        if words.boundary_before(k) and sep.strip() not in _INSIDE_AN_ASIDE:
            return []
    return []


_HEAD_WORDS = 3
"""Words of the mistake's noun phrase that may stand between it and the aside."""
_ASIDE_MARKS = frozenset((",", "\u2014", "\u2013", "-", "--"))
_INSIDE_AN_ASIDE = frozenset(("", "/", "'", "%", "-", ".", "(", ")"))
"""Separators an aside may hold without ending: "5M listings", "float32", "~600 GB"."""
_ASIDE_WORDS = 10


def _reason_for_a_remedy(words: Words, first: int, last: int, end: int) -> bool:
    """Whether the mistake is told in a clause of reason that opens the sentence ("because",
    "since", "as", "given that"), and the main clause after it is ours and corrects or
    watches for it: "Because we train on outcomes shaped by the ETA we showed, I'd keep
    watching whether couriers react", "Since our target is influenced by the quoted ETA, we
    correct for it with a holdout". The reason names the bias the design guards against.
    Not when the main clause does something else ("Because the target is the shown ETA, we
    can use every order"), nor when the mistake is in the main clause."""
    raw = words.words
    k = first
    while k < end and plain(raw[k]) in _OPENERS:
        k += 1
    if plain(raw[k]) not in _REASONS and not (
        plain(raw[k]) == "given" and k + 1 <= last and plain(raw[k + 1]) == "that"
    ):
        return False
    main = words.clause_end(end, last) + 1
    if main > last or words.before(main).strip() not in (",", ";", "\u2014", "-"):
        return False
    said = [plain(w) for w in raw[main : min(last, main + _REMEDY_REACH) + 1]]
    if not said or said[0] not in _OURS:
        return False
    for j, w in enumerate(said[1:], start=1):
        if w in _REMEDIES:
            return not _NOTHING.intersection(said[j + 1 : j + 2])  # not "I'd check nothing"
        if w not in _REMEDY_AUXILIARIES:
            return False
    return False


_REASONS = frozenset(("because", "since", "as"))
_REMEDIES = frozenset(
    "watch watching monitor monitoring check checking correct correcting adjust adjusting "
    "debias debiasing reweight reweighting guard audit auditing counter offset compensate "
    "recalibrate control validate verify account".split()
)
"""Verbs of correcting for, or watching for, what the reason names."""
_REMEDY_AUXILIARIES = frozenset(
    "will would should must need needs to have also still keep keeps carefully closely "
    "explicitly always then can".split()
)
_REMEDY_REACH = 5
_NOTHING = frozenset(("nothing", "none", "no", "neither"))


def _generic_holder(lead: list[str]) -> bool:
    """Whether the clause's subject is anything at all that makes the mistake: an indefinite
    article or "any", a few words, then "that"/"which"/"who" just before the mistake ("a
    policy that maximises opens ...", "any ranker which optimises clicks ...", or a word of
    it after "that": "a pipeline that removes posts automatically ...")."""
    return (
        _GENERIC_HOLDER_MIN <= len(lead) <= _GENERIC_HOLDER_MAX
        and lead[0] in _INDEFINITE
        and not _RELATIVE_SUBJECTS.isdisjoint(lead[-2:])  # "a pipeline that removes posts ..."
        and not any(w in _OURS or w in _PRONOUNS for w in lead)
    )


_INDEFINITE = frozenset(("a", "an", "any"))
_RELATIVE_SUBJECTS = frozenset(("that", "which", "who"))
_GENERIC_HOLDER_MIN = 3
_GENERIC_HOLDER_MAX = 6


def _harm_foretold(after: list[str]) -> bool:
    """Whether the words after the mistake foretell a harm it does: a modal of what may or
    will happen, within a few words ("... this week can burn the channel", "... will erode
    trust", "... tends to distort"), then, past adverbs, a verb of harm. "... will be our
    first version", "... can cut costs" foretell no harm: the design stands."""
    for k, w in enumerate(after[:_FORETELL_REACH]):
        if w in _SUBJECT_ENDS or w in _OURS or w in _PRONOUNS:
            return False
        if w in _FORETELLING:
            rest = [x for x in after[k + 1 : k + 1 + _FORETELL_REACH] if x not in _HARM_ADVERBS]
            return bool(rest) and rest[0] in _HARMS
    return False


_FORETELLING = frozenset("can will 'll would could might may tends tend".split())
_HARM_ADVERBS = frozenset(
    "to also quickly eventually easily slowly quietly wrongly badly really actually still "
    "just even often".split()
)
_HARMS = frozenset(
    "burn burns hurt hurts harm harms erode erodes damage damages kill kills annoy annoys "
    "exhaust exhausts alienate alienates tire tires fatigue overwhelm overwhelms flood "
    "floods spam silence silences punish punishes bury buries mislead misleads leak leaks "
    "inflate inflates overstate overstates overestimate overestimates distort distorts skew "
    "skews backfire backfires starve starves degrade degrades wreck wrecks ruin ruins "
    "destroy destroys censor censors".split()
)
"""Verbs of the harm a practice does to users, to a channel or to what is measured."""
_FORETELL_REACH = 4


def _not_every(clause: list[str]) -> bool:
    """Whether the clause opens on a negated universal, "not every", "not all", "not each":
    it denies that the rule holds of all ("Not every logged query becomes a suggestion"),
    the opposite of the mistake that applies it to all."""
    return len(clause) > 1 and clause[0] == "not" and clause[1] in _UNIVERSALS


_UNIVERSALS = frozenset(("every", "all", "each", "everything", "everyone"))


def _our_past_story(said: list[str]) -> bool:
    """Whether the sentence tells what we did before, elsewhere: a frame of a former time or
    place ("On a past project", "At my last job", "In a previous role", "Years ago"), then
    "we"/"I" and a verb in the past ("we did a random split and the offline numbers were
    great ..."). A lesson told, not this design; not when the sentence carries it over
    ("..., so I'd do the same here")."""
    for k, w in enumerate(said[:_STORY_SUBJECT]):
        if w in ("we", "i"):
            frame = said[:k]
            if not (_FORMER_TIMES.intersection(frame) and _STORY_SETTINGS.intersection(frame)):
                return False
            verbs = [x for x in said[k + 1 : k + 3] if x not in _ADVERBS]
            told = bool(verbs) and (verbs[0] in _IRREGULAR_PAST or _regular_past(verbs[0]))
            return told and not _CARRIED_OVER.intersection(said[k + 1 :])
    return False


_STORY_SUBJECT = 8
_FORMER_TIMES = _FORMER | frozenset(("past", "last", "ago", "once"))
_STORY_SETTINGS = frozenset(
    "project projects job company companies role team employer startup gig years year "
    "client place".split()
)
_CARRIED_OVER = frozenset("i'd we'd i'll we'll here again".split())


def _measured_at(said: list[str], starts: list[int], seps: list[str]) -> bool:
    """Whether a mention names the point where a quantity is measured, with the mistake's
    other words after the measure: the sentence reports a number ("precision at the
    auto-removal threshold for every category", "precision @ auto-remove threshold, recall
    @ reviewer capacity"), it does not state the design. Not when a mention stands before the
    measure: "we remove everything automatically and report precision at reviewer capacity"
    states the deed first. (`seps`: the separator before each word of the sentence, where a
    note's "@" and brackets stand; "@" reads "at".)"""
    measures = [m for m in (_operating_point(said, seps, k) for k in starts) if m is not None]
    return bool(measures) and min(starts) > min(measures)


def _operating_point(said: list[str], seps: list[str], k: int) -> int | None:
    """Where the measure stands when the mention starting at word k of the sentence is what
    the measure is read at or for, with at most a determiner or a word that names which
    point between: the object of "at" (or a note's "@") after it ("precision at the
    auto-removal threshold", "recall @ review capacity", "error rate at our chosen
    auto-removal cutoff"), also after a verb of measuring ("precision measured at ...",
    "recall is computed at ..."); or, after an operating point (a measure with a figure or
    read "at" one: "recall at 95% precision", "precision 95%"), the object of "for" or a
    bracket naming what the point serves ("recall at 95% precision for auto-removal",
    "precision 95% (auto-remove)"). The words after only say where the measure is read. Not
    a number right before: "recall@10 beats the current model" reads the measure at a cutoff
    of 10 and says what it does. None otherwise."""
    for j in range(k, max(k - _POINT_REACH, 0) - 1, -1):
        # Words j..k-1 name the point ("the", "our chosen"): "@" or "at" may come before them.
        if "@" in seps[j]:
            return _measure_before(said, j)
        if j > 0 and said[j - 1] == "at":
            return _measure_before(said, j - 1)
        if "(" in seps[j]:
            return _point_before(said, seps, j - 1)
        if j > 1 and said[j - 1] == "for":
            return _point_before(said, seps, j - 2)
        if j == 0 or said[j - 1] not in _POINT_MODIFIERS:
            return None
    return None


def _measure_before(said: list[str], j: int) -> int | None:
    """The measure that "at" (word j, or "@" before word j) reads at: the word before it
    ("precision at"), or before a verb of measuring ("precision measured at", "recall is
    computed at")."""
    m = j - 1
    if m >= 0 and said[m] in _MEASURING:
        m -= 1
        if m >= 0 and said[m] in _BEING_MEASURED:
            m -= 1
    return m if m >= 0 and said[m] in _MEASURES else None


def _point_before(said: list[str], seps: list[str], j: int) -> int | None:
    """Where the measure of an operating point ending at word j stands: a measure with a
    figure after it ("precision 95%") or before it ("95% precision"), or read at something
    ("recall at 95% precision", "recall @ precision 95%"). None when word j ends none."""
    figure_after = j > 0 and said[j][:1].isdigit()
    if figure_after:
        j -= 1
    if j < 0 or said[j] not in _MEASURES:
        return None
    figure_before = j > 0 and said[j - 1][:1].isdigit()
    read_at = "@" in seps[j] or (j > 0 and said[j - 1] == "at")
    if figure_before:
        read_at = read_at or "@" in seps[j - 1] or (j > 1 and said[j - 2] == "at")
    return j if figure_after or figure_before or read_at else None


_MEASURES = frozenset(
    "precision recall accuracy auc pr-auc roc-auc f1 fpr tpr fnr rate rates ndcg mrr map "
    "coverage latency throughput error errors lift ctr cost costs loss".split()
)
_MEASURING = frozenset(
    "measured evaluated computed calculated reported tracked read checked estimated "
    "monitored".split()
)
_BEING_MEASURED = frozenset(("is", "are", "was", "were", "be", "being", "gets", "get"))
_POINT_MODIFIERS = frozenset(
    "the a an its our each every this that chosen fixed current proposed given operating "
    "strict tuned default agreed".split()
)
_POINT_REACH = 2


def _called_a_problem(after: list[str]) -> bool:
    """Whether the clause calls the mistake, its subject, a problem: a copula within the
    subject's last words, then "a problem", "the issue", "a real risk" ("the member-
    randomised platform is a problem: ..."). Said of what the answer chose, a design is not
    called a problem; a plain "problem" elsewhere ("the problem is ranking") is not this."""
    for k, w in enumerate(after[: _PROBLEM_SUBJECT + 1]):
        if w in _COPULAS:
            rest = [x for x in after[k + 1 : k + 1 + _PROBLEM_REACH] if x not in _PROBLEM_FILLERS]
            return bool(rest) and (rest[0] in _PROBLEMS or tuple(rest[:2]) in _PROBLEM_PAIRS)
        if w in _PREDICATE_STOPS or w in _HYPOTHETICAL:
            return False
    return False


def _made_to_look(words: list[str]) -> bool:
    """Whether the mistake, or the deed, is said to make something look good: a causative
    "make(s)"/"made", then "look"/"seem"/"appear" and praise ("random image splits make
    retrieval look great", "makes the offline numbers seem excellent"). Seeming is a verdict
    on the appearance: a design of ours is stated by what it does, not by how it looks."""
    made = next(
        (k for k, w in enumerate(words[:_CAUSATIVE_REACH]) if w in _CAUSATIVES), None
    )  # past the rest of the subject: "a random split of the logs makes ..."
    if made is None or _SUBJECT_ENDS.intersection(words[:made]):
        return False
    for k, w in enumerate(words[made + 1 : made + 1 + _LOOK_REACH], start=made + 1):
        if w in _SEEMING_VERBS:
            praise = [x for x in words[k + 1 : k + 1 + _PRAISE_REACH] if x not in _PRAISE_DEGREES]
            return bool(praise) and praise[0] in _FLATTERING
    return False


def _harm_done(words: list[str]) -> bool:
    """Whether the clause says, in the present, the harm the mistake (its subject) does to
    what is measured or learned: a verb of harm ("a random split leaks the future into
    training", "random splits inflate offline AUC", "... flatters the metrics"), "let" or "lets"
    with a verb of seeing what should stay unseen ("a random split lets the model see a
    user's Thursday", "... lets last Friday's storm appear on both sides"), or a verb of
    placing with a later time ("random splits put tomorrow's clicks into training"). A
    design of ours is stated by what we do with it, not by the harm it does; "a random split
    lets us reuse the pipeline" and "... keeps the classes balanced" still state it."""
    for k, w in enumerate(words[:_HARM_REACH]):
        if w == "and" and _harmful_at(words, k + 1):
            return True  # "a point forecast plans to the middle and under-staffs ..."
        if w in _SUBJECT_ENDS:
            return False
        if _harmful_at(words, k):
            return True
        if w in _LETTING:
            return bool(_PEEKING.intersection(words[k + 1 : k + 1 + _HARM_REACH]))
        if w in _PLACING:
            return any(
                x in _LATER or x.startswith(_LATER_POSSESSIVE)
                for x in words[k + 1 : k + 1 + _HARM_REACH]
            )
    return False


_HARMING = frozenset(
    "leak leaks inflate inflates overstate overstates overestimate overestimates "
    "understate understates underestimate underestimates flatter flatters hide hides mask "
    "masks contaminate contaminates pollute pollutes distort distorts exaggerate "
    "exaggerates mislead misleads invalidate invalidates corrupt corrupts".split()
)
"""Present-tense verbs of the harm a practice does to a measure or to what a model learns:
no verb of a design's choice."""
_AMISS = ("over", "under")
"""Prefixes of doing too much or too little: "under-staffs", "overcharges", "over-orders"."""
_AMISS_VERBS = frozenset(
    "staffs orders stocks charges predicts forecasts estimates provisions books sells spends "
    "serves counts reports sends plans buys fits".split()
)
"""Verbs of an amount that "over-" or "under-" make a harm when written apart ("under
staffs", from "under-staffs"): not "under" as a preposition ("under loads")."""
_AMISS_JOINED = 8
"""The shortest verb joined to its prefix read as one ("overfits", "understaffs")."""


def _harmful_at(words: list[str], k: int) -> bool:
    """Whether word k is a present-tense verb of harm: one of `_HARMING`, or a verb of an
    amount done too much or too little ("overcharges", "under-staffs", "over-orders")."""
    if k >= len(words):
        return False
    w = words[k]
    if w in _HARMING:
        return True
    if w in _AMISS:
        return k + 1 < len(words) and words[k + 1] in _AMISS_VERBS
    return (
        len(w) >= _AMISS_JOINED
        and w.startswith(_AMISS)
        and w.endswith("s")
        and (w.removeprefix("over").removeprefix("under") in _AMISS_VERBS)
    )


_LETTING = frozenset(("let", "lets", "allow", "allows"))
_PEEKING = frozenset(
    "see sees peek peeks know knows memorise memorize memorises memorizes cheat cheats "
    "appear appears land lands sit sits leak leaks".split()
)
"""After "let" or "lets": the model seeing, or data appearing, where it should not."""
_PLACING = frozenset("put puts place places mix mixes send sends move moves drop drops".split())
_LATER = frozenset("tomorrow future later next following upcoming".split())
_LATER_POSSESSIVE = ("tomorrow", "future", "later", "next")
"""A time after the moment predicted: "tomorrow's", "next week's", "future"."""
_HARM_REACH = 5


_CAUSATIVES = frozenset(("make", "makes", "made", "making"))
_SEEMING_VERBS = frozenset("look looks seem seems appear appears".split())
_FLATTERING = frozenset(
    "great good better amazing fantastic strong perfect impressive excellent brilliant "
    "superb stellar wonderful healthy".split()
)
_LOOK_REACH = 5
_PRAISE_REACH = 3
_CAUSATIVE_REACH = 4
_SUBJECT_ENDS = frozenset("is are was were be we i and or but so".split())
_PRAISE_DEGREES = frozenset("very far much so really too quite".split())

_PROBLEM_SUBJECT = 2
_PROBLEM_REACH = 5
_PROBLEM_FILLERS = frozenset(
    "a an the also exactly itself real big serious known biggest main major classic common "
    "key core hidden subtle typical usual frequent obvious huge clear well".split()
)
_PROBLEM_PAIRS = frozenset((("anti", "pattern"), ("non", "starter"), ("deal", "breaker")))
"""Problem nouns written with a hyphen, read as two words ("an anti-pattern")."""
_PROBLEMS = frozenset(
    "problem problems issue issues flaw flaws risk risks liability liabilities weakness "
    "weaknesses concern concerns trap traps pitfall pitfalls danger dangers hazard hazards "
    "mistake mistakes error errors bug bugs non-starter nonstarter dealbreaker deal-breaker "
    "anti-pattern antipattern footgun headache".split()
)
"""Nouns that call what they are said of a problem: the class, not one word of it."""


def _restricted(after: list[str]) -> bool:
    """Whether what follows the mistake restricts it to a case: "only" (after a copula or
    none) then a condition within a few words ("only works if ...", "is only valid when rows
    are independent") or "only makes sense" ("... only makes sense measured on ...")."""
    k = 1 if after[:1] and after[0] in _COPULAS else 0
    if after[k : k + 1] != ["only"]:
        return False
    rest = after[k + 1 : k + 1 + _RESTRICT_REACH]
    return bool(_CONDITIONS.intersection(rest)) or rest[1:2] == ["sense"]


_RESTRICT_REACH = 3
_FAILING = frozenset("collapse collapses backfire backfires".split())
"""Verbs of failing no design states of its own choice, in its clause after the mistake."""
_FAIL_REACH = 8


def _falls_apart(words: list[str]) -> bool:
    """Whether "fall(s) apart" or "break(s) down" follows the mistake in its clause."""
    return any(
        a in ("fall", "falls", "break", "breaks") and b in ("apart", "down")
        for a, b in pairwise(words[:_FAIL_REACH])
    )


_ASIDE_REACH = 8
_MODIFIERS = 2
"""How many words may stand before the mistake in a clause whose subject it is: a
determiner and a modifier ("the raw engagement ...")."""
_CAUSING = frozenset(("how", "why", "what"))
_CAUSE_REACH = 6
_CONDITIONS = frozenset(("if", "when", "where", "while"))
_NEGATED_VERBS = frozenset(
    "can't cannot won't wouldn't couldn't isn't aren't shouldn't mustn't doesn't don't".split()
)
_NOT_DEEDS = frozenset(("during", "including", "according", "nothing", "something", "anything"))


def _predicate(after: list[str], later: list[str]) -> bool:
    """Whether the words after a deed's phrase open a predicate that weighs it: a modal
    ("could ship ...", "would be a privacy violation"; not when the sentence goes on with
    "we" (`later`): "... would be simplest, so we do that"), a hedging adverb then a verb
    ("mostly send pushes to ..."), or a verb with what it conveys ("teaches the model that").
    (A plain "-s" verb may state the design's own reason, "optimising open rate drives more
    opens": the verdict readings judge it.)"""
    for k, w in enumerate(after[:_PREDICATE_REACH]):
        if w in _PREDICATE_STOPS:
            return False
        if w in _HYPOTHETICAL:
            return not _OURS.intersection(later)  # not "... would be simplest, so we do that"
        if w in _HEDGES and k + 1 < len(after):
            return True
        if _finite(after, k) and "that" in after[k + 2 : k + 2 + _CONTENT_REACH]:
            return True  # "treating it as ham teaches the model that ...": what it implies
    return False


_PREDICATE_REACH = 5
_CONTENT_REACH = 3
"""How far past a deed's verb and its first object word the "that" of what it conveys may
stand ("teaches the model that ...", "tells users that ...")."""


def _finite(after: list[str], k: int) -> bool:
    """Whether word k reads as a verb in "-s" after the deed's phrase: not after a determiner
    or a possessive (a plural noun then), not "-ss", "-us", "-is"."""
    w = after[k]
    before = after[k - 1] if k else ""
    return (
        w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s"))
        and before not in _DETERMINERS
        and not before.endswith("'s")
    )


_PREDICATE_STOPS = frozenset(
    "is are was were be 's as and or to for of with by in on at we i".split()
)
_HEDGES = frozenset("mostly mainly largely often usually typically just only".split())


def _would_do(lead: list[str]) -> bool:
    """Whether a hypothetical modal after a subject not ours stands before the mistake in
    its clause, with a verb that is no verb of the design: "Random split would put the same
    member's later connections in train"."""
    for k, w in enumerate(lead):
        if w in _HYPOTHETICAL:
            subject = lead[:k]
            if not subject or _OURS.intersection(subject) or not subject[0].isalpha():
                return False
            verbs = [x for x in lead[k + 1 :] if x not in _ADVERBS]
            return bool(verbs) and verbs[0] not in _DESIGN_VERBS and verbs[0] != "not"
    return False


_IRREGULAR_PAST = frozenset("took made did had went got saw found ran built chose kept".split())


def _regular_past(word: str) -> bool:
    """Whether a word has the form of a regular past: "tried", "shuffled", "labelled"."""
    return word.endswith("ed") and len(word) > 3 and not word.endswith("eed")


def _generic_relative(lead: list[str], after: list[str]) -> bool:
    """Whether the mistake is told in the relative clause of an indefinite subject, as what
    any such thing does: "a model that optimises clicks learns to surface bait", "anyone who
    shuffles the logs gets ..."; a verb after it, not a copula ("a payment that has no
    chargeback is legitimate" defines the design's label)."""
    if len(lead) < _GENERIC_MIN or lead[0] not in _INDEFINITE or lead[-1] not in _RELATIVES:
        return False
    if len(lead) > _GENERIC_MIN + 1:
        return False
    words = [w for w in after if w not in _ADVERBS and w not in ("alone", "only")]
    return bool(words) and words[0] not in _COPULAS and _finite(words, 0)


_INDEFINITE = frozenset(("a", "an", "any", "anyone", "anybody", "whoever"))
_RELATIVES = frozenset(("that", "which", "who"))
_GENERIC_MIN = 2


def _nobody(lead: list[str], opening: list[str]) -> bool:
    """Whether nobody is the subject of the mistake's clause: "nobody"/"no one" opens it
    ("Nobody reads users' mail"; not "mail nobody reported is ham", where it is the
    mistake's own relative clause)."""
    said = [*lead, *opening]
    return said[:1] == ["nobody"] or said[:2] == ["no", "one"]


def _none_such(lead: list[str]) -> bool:
    """Whether a part of the mistake is told in a relative clause of a noun that "no" or
    "zero" denies, in its own clause (`lead`: the words before it there): "Features are
    logged at impression time, so no counters that include the post's future engagement",
    "no features built from the final outcome". (A plain "no X" is a negation of X.)"""
    return bool(lead) and lead[0] in _NONE and bool(_POST_MODIFIERS.intersection(lead[1:]))


_NONE = frozenset(("no", "zero"))
_POST_MODIFIERS = frozenset(
    "that which who with including include includes containing contain contains using use "
    "uses from built".split()
)
"""Words that open what qualifies a noun after it: a relative, a participle, "with"."""


def _judging_frame(lead: list[str]) -> bool:
    """Whether the clause is a frame with "it" for a subject that judges the deed after it,
    "it is (all too) ADJ to ...": "it is easy to treat ...", "it's tempting to optimise ..."."""
    if "to" not in lead:
        return False
    k = len(lead) - 1 - lead[::-1].index("to")
    frame = [w for w in lead[:k] if w not in _DEGREES]
    for j, w in enumerate(frame):  # past a phrase that sets the scene: "In logging it is ..."
        if w == "it's" or (w == "it" and frame[j + 1 : j + 2] in (["is"], ["'s"])):
            return len(frame) - j >= 2
    return False


_DEGREES = frozenset("so too very all really quite deceptively surprisingly".split())


def _ours_of_another(lead: list[str]) -> bool:
    """Whether "my"/"our" open a subject that is another person or theirs: "my manager's
    first reflex", "our vendor", not "our labels", "my team"."""
    if lead[0] not in ("my", "our") or len(lead) < _OWNED:
        return False
    owned = lead[1]
    return owned.endswith("'s") or (owned in _PEOPLE and owned not in _TEAMS)


_OWNED = 2


def _refused(lead: list[str]) -> bool:
    """Whether the plan of ours is refused: a negation right after its subject, before the
    mistake ("I would not treat ...", "we never split ...")."""
    return bool(_NEGATIONS.intersection(lead[1:_REFUSAL_REACH]))


_NEGATIONS = frozenset(
    "not never don't won't wouldn't shouldn't can't cannot didn't isn't aren't".split()
)
_REFUSAL_REACH = 4
_NEGATED_ORDERS = frozenset(("don't", "never", "dont"))
"""Words that open a sentence's order by refusing it, even when they are the mistake's own
words elsewhere ("users don't report ...")."""


def _past(word: str, following: str) -> bool:
    """Whether a word reads as a verb in the past, by the word `following` it: an "-ed" form
    followed by a determiner, a number or a place ("collapsed in production", "inflated the
    offline numbers"), not by a noun it modifies ("downsampled set") nor the preposition of
    a participle phrase ("labelled as negatives")."""
    return (
        word.endswith("ed")
        and len(word) > 4
        and (following in _PAST_OBJECTS or following[:1].isdigit())
    )


def _judged_after(words: Words, said: list[str], first: int, last: int, end: int) -> bool:
    """Whether what follows the mistake in its sentence judges it: a "!=" right after it
    ("Offline win != launch"), a dash or colon with a verdict ("— declined:", ": rejected"),
    or pushing back on it ("— I would push back")."""
    if any(
        mark in words.before(k)
        for k in range(first + 1, min(last + 1, end + 4))
        for mark in _NOT_EQUAL
    ):
        return True
    for k in range(end + 1, last + 1):
        sep = words.before(k)
        if sep.strip() == "," and said[k - first] in _PUT_DOWN:
            return True  # "(a) a random split of the logs, rejected because it leaks"
        if any(mark in sep for mark in _VERDICT_MARKS):
            rest = said[k - first : k - first + 6]
            if (rest[:1] and rest[0] in _VERDICTS) or tuple(rest[:2]) in _VERDICT_PAIRS:
                return True
            if (
                rest[:1]
                and rest[0] in _CLOSING_VERDICTS
                and (k == last or words.boundary_before(k + 1))
            ):
                return True  # "deleting silently - never; spam folder only"
            if (
                rest[:1]
                and rest[0] in _FAULTS
                and (len(rest) == 1 or rest[1] in _AFTER_A_FAULT or words.boundary_before(k + 1))
            ):
                return True
            if any(pair in _PUSH_BACK for pair in pairwise(rest)):
                return True
            break
    return False


# -- how strongly a clause commits ------------------------------------------------------------

Strength = Literal["plan", "note", "statement"]
"""See `strength`."""
PLAN: Strength = "plan"
NOTE: Strength = "note"
STATEMENT: Strength = "statement"

_SPEAKERS = _OURS - {"us", "our", "my"}
"""The answer as the subject of a verb: a plan of ours wherever it stands in the sentence
("I'd shuffle ...", "if it wins, we ship it")."""
_LABEL_REACH = 4
"""How many words a label before a colon or a dash may take ("Training data split:")."""
_LABEL_ENDS = (":", "\u2014", "\u2013", " - ", "--")


def strength(words: Words, first: int, last: int, spans: Sequence[tuple[int, int]]) -> Strength:
    """How strongly a sentence that commits to a mistake (`commits`) does so, from the shape
    of its commitment in the module's docstring:

    - "plan": the answer speaks as the subject of a verb somewhere in the sentence ("I'd
      shuffle ...", "so we split ...", "if it wins, I'd ship it"): its own deed;
    - "note": the mistake opens its clause, or a short label with a colon or a dash stands
      before it ("Split: random 80/20", "Courier: the assigned courier's distance"): a note
      states a choice and nothing else;
    - "statement": anything else, a plain sentence with a subject of its own ("new videos
      rely on ...", "impressions with no click are weak negatives for ..."): the weakest
      shape, since it is as often a fact the answer tells as a choice it makes.
    """
    said = [plain(w) for w in words.words[first : last + 1]]
    if _SPEAKERS.intersection(said):
        return PLAN
    start = min(a for a, _ in spans)
    opens = words.clause_start(first, start)
    if not _past_openers(said[opens - first : start - first]):
        return NOTE
    for k in range(first + 1, min(last, first + _LABEL_REACH + 1) + 1):
        if any(mark in words.before(k) for mark in _LABEL_ENDS):
            return NOTE
    return STATEMENT
