"""Stage 5 of grading, red flags: the stance a sentence takes to a mistake it names.

A careful candidate names many mistakes without making one: to suppose it ("if we treat no
chargeback yet as legitimate, ..."), to tell of someone else's ("they computed the rate over
the full window"), to judge it ("nightly precomputation won't do") or to avoid it ("I'd avoid
the temptation to call them negatives"). A red flag is earned where the answer *commits* to
the mistake: a plan of ours ("we'll", "I'd"), an imperative, a note stating a choice, a
description of our system ("the model is trained on ..."). `read_stance` reads which, for the
words of a mistake in their sentence, from the general English around them: the words that
open its clause (its subject, a condition, a verb of avoiding), the label its sentence opens
on, and the words that follow it in its clause (a verdict, a consequence). It knows nothing of
any case or flag: only of clauses, subjects, conditions and verdicts.

A sentence reads as committed unless one of those readings says otherwise: a terse note or a
plain description has no subject or modal to read, and it is the commonest way to state a
choice. A plan of ours in the mistake's own clause ("If ops complain, we'll staff to the
mean") commits it whatever frames the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import dropwhile, pairwise
from typing import Literal

from designtrainer.grading.words import Words, plain

Stance = Literal["committed", "supposed", "reported", "judged", "avoided"]
COMMITTED: Stance = "committed"
SUPPOSED: Stance = "supposed"
"""Supposed, not chosen: the condition of an if ("If we shuffle the rows, ..."), or a
consequence a thing would have ("shuffling the rows would leak next week")."""
REPORTED: Stance = "reported"
"""Someone else's choice, or ours in a story of the past: "they computed ...", "a colleague
once used ...", "years ago we split ... randomly"."""
JUDGED: Stance = "judged"
"""The mistake is what a verdict is about: "... won't do", "... isn't an option", "the
temptation to ...", "a pitfall: ..."."""
AVOIDED: Stance = "avoided"
"""The mistake is the object of a verb of avoiding: "avoid", "resist", "steer clear of",
"instead of", "rather than", "a shortcut I'd refuse: ...", or a deed put off ("we wait
before treating a payment as legitimate")."""

# -- the words that open a clause -------------------------------------------------------------

# Words a clause may open on before its subject: "and then they split ...", "so we ...".
_OPENERS = frozenset(
    "and but so then or also still yet because since while whereas though although as "
    "which that who where when once".split()
)
# Conjunctions only: before a modal, "that" is the subject ("since that would put ...").
_CONJUNCTIONS = frozenset("and but so then or also still yet because since as".split())
# A plan of ours: "we'll", "I'd", "let's", "we're going to"; a subject that makes the
# clause's verb our choice ("we use", "I train").
_PLANS = frozenset("we'll i'll i'd we'd let's".split())
_OURS = frozenset(("we", "i"))
_PLAN_MODALS = frozenset("will would shall should must can".split())
_PLAN_REACH = 4
"""How far before the mistake a plan of ours may stand in its clause ("I'd take every
eligible post ...": the verb and its object's first words)."""

# Conditions: the mistake is supposed in them, not chosen.
_CONDITIONS = frozenset("if unless suppose supposing imagine assuming".split())
_CONDITION_PAIRS = frozenset((("what", "if"), ("in", "case"), ("say", "we"), ("say", "you")))
# Inverted conditions: "Were we to ...", "Should we ...", "Had we ...".
_INVERTED = frozenset(("were", "should", "had"))
_PERSONS = frozenset("we i you one they someone somebody anyone people".split())
# After "we" in the main clause of a supposition, what it would bring about, not a deed:
# "..., we are teaching the model that ...", "..., we'd miss ...".
_NOT_DOING = frozenset("am is are was were be 're 'd would could might will 'll end".split())
_CONDITION_REACH = 4
"""How far past a condition on a thing ("if the endpoint is down") the mistake may stand in
it: further on, an unpunctuated sentence has likely reached its main clause."""

# People other than the answer's own "we": the red flags' reading of someone else's proposal
# (flags.py) builds on them too.
OTHER_PEOPLE = frozenset(
    "someone somebody people others colleague colleagues teammate teammates team teams folks "
    "companies competitors vendors junior juniors intern interns newcomer newcomers novice "
    "novices beginner beginners".split()
)
# Someone else as the subject: "they", "a team", "my colleague", "the old system".
_OTHERS = OTHER_PEOPLE | frozenset(
    "they they'd they'll they've company provider providers vendor competitor he she hire "
    "hires".split()
)
# The less experienced before the noun: "a new hire", "a fresh grad", "an inexperienced team".
_GREEN = frozenset("new fresh inexperienced".split())
"""(Not "candidates" nor "platform": in an ML design they are as often our own things. The
less experienced are someone else too: "a junior might take ..." tells what a hypothetical
other would do, the answer's foil, not its plan.)"""
_DETERMINERS = frozenset("a an the my our their another one some many most other".split())
_FORMER = frozenset("old previous former legacy existing current incumbent".split())
_OTHERS_REACH = 3
"""How far into its clause the subject that tells someone else's choice may stand ("A
colleague of mine once used ...")."""
# What the answer has seen done, right before it: "I've seen fully automated removal ...".
_SEEING = frozenset("seen watched witnessed".split())
_HAVING = frozenset("i've we've have has i we".split())
_SEEN_REACH = 3
# The system as it stands, told by a sentence that opens on now: "Today ...", "Right now ...".
_NOW_OPENERS = (
    ("today",),
    ("currently",),
    ("presently",),
    ("historically",),
    ("right", "now"),
    ("at", "the", "moment"),
    ("at", "present"),
    ("as", "it", "stands"),
    ("as", "things", "stand"),
    ("until", "now"),
    ("so", "far"),
)
# Words that make such a sentence the answer's plan or praise of the current way.
_OWN_PLAN = frozenset(
    "i i'd we'd i'll we'll would will should shall keep keeps continue stick fine works "
    "work".split()
)
_USED_TO_REACH = 4
# A story of the past, anywhere in the sentence before the mistake: "years ago", "at my last
# job", "last time", "back then", "in the past", "previously", "once" after a subject.
_PAST_MARKS = frozenset(("ago", "previously", "formerly"))
_PAST_PAIRS = frozenset(
    (
        ("last", "time"),
        ("back", "then"),
        ("the", "past"),
        ("my", "last"),
        ("my", "previous"),
        ("my", "old"),
        ("a", "previous"),
        ("postmortem", "i"),
        ("once", "used"),
        ("once", "trained"),
    )
)

# -- verdicts ---------------------------------------------------------------------------------

# Nouns that frame what follows them as a fault: "the temptation to ...", "a pitfall: ...",
# "my worry with ...", "the risk with ...", "one shortcut I'd refuse: ...".
_FAULT_NOUNS = frozenset(
    "temptation temptations tempting trap traps pitfall pitfalls mistake mistakes risk "
    "risks danger dangers worry worries concern concerns antipattern shortcut shortcuts "
    "gotcha gotchas fallacy error".split()
)
# A verdict after the mistake: a form of "be" or a modal, then a word of judging within a
# few words ("won't do", "isn't an option", "is a trap", "is far too slow").
_VERDICT_HEADS = frozenset(
    "is are was were 's isn't aren't wasn't won't wouldn't can't cannot doesn't don't "
    "would will".split()
)
_VERDICT_AGAINST = frozenset(
    "trap mistake wrong bad tempting pitfall non-starter nonstarter recipe slow risky "
    "infeasible impossible unacceptable dangerous wasteful naive flawed broken stale "
    "outdated leakage leaky noise noisy biased misleading useless meaningless".split()
)
"""Words of a verdict against whatever the head's polarity ("is a trap", "is far too slow")."""
_VERDICT_NEUTRAL = frozenset(
    "option options idea fine work works do fly scale enough acceptable ideal good great safe "
    "appropriate suitable valid".split()
)
_SHORT_OF = frozenset((("less", "than"), ("far", "from"), ("anything", "but")))
"""A verdict's negation in other words: "is less than ideal", "is far from safe"."""
# An aside between commas that a verdict after it passes over: ", without human review, ...".
_ASIDE_OPENERS = frozenset("with without even especially including like".split())
"""Words of a verdict against only after a negated head ("won't do", "isn't an option")."""
_VERDICT_REACH = 4
# What a deed as the subject does when its verb is a fault: "optimising open rate burns the
# channel", "treating unshown ads as negatives poisons the labels".
_FAULT_VERBS = frozenset(
    "burns hurts harms poisons inflates biases confuses destroys erodes damages wrecks ruins "
    "misleads degrades corrupts".split()
)
_DEGREE = frozenset("too way far very".split())
"""Words of degree before a verdict after "=": "= way too slow", "= too stale"."""
_HOW_ADVERBS = frozenset("exactly precisely just basically literally".split())
"""Adverbs a verdict "is how you end up with ..." may carry: "is exactly how you end up ..."."""
_OUR_PROGRESSIVE = frozenset(("we're", "i'm"))
_REFUSALS = frozenset("never not".split())
# Verbs that undo what they are said of: "... is what we're replacing".
_UNDOING = frozenset(
    "replace replacing replaced remove removing removed retire retiring retired drop dropping "
    "scrap scrapping ditch ditching undo undoing".split()
)
_VERDICT_SUBJECT = 6
"""How far after the mistake's last mention the verdict's head may stand: the rest of its
noun phrase ("nightly precomputation of ETAs won't do", "a batch job that precomputes ETAs
is ...")."""

# -- avoiding ---------------------------------------------------------------------------------

_AVOIDING = frozenset(
    "avoid avoids avoiding avoided resist resisting refuse refusing refused steer "
    "refrain prevent preventing forbid ban banning reject rejecting rejected".split()
)
_AVOID_PAIRS = frozenset(
    (("instead", "of"), ("rather", "than"), ("opposed", "to"), ("away", "from"))
)
# Leaving a thing behind: "we move from a random split to ...", "migrating off the nightly
# batch job", "we retire the nightly precompute", "phase out ...".
_LEAVING = frozenset(
    "move moves moving moved switch switches switching switched migrate migrates migrating "
    "migrated transition transitions transitioning transitioned".split()
)
_LEAVING_FROM = frozenset(("from", "off", "away"))
_RETIRING = frozenset(
    "retire retires retiring sunset sunsets sunsetting deprecate deprecates deprecating "
    "decommission decommissions decommissioning".split()
)
_GOVERN_REACH = 14
"""How far before the mistake, in its clause, a verb of avoiding or a noun of fault may
govern it ("I'd avoid the temptation to take the other ~1,400 eligible posts that never got
shown")."""
_NEW_THOUGHT = frozenset("by but so then because since while whereas and".split())
_WARY = frozenset(
    "cautious careful wary sceptical skeptical suspicious nervous uneasy hesitant reluctant "
    "doubtful".split()
)
_ABOUT = frozenset(("about", "of", "with", "toward", "towards"))
_TURNING_AWAY = frozenset(
    (("lean", "away"), ("steer", "away"), ("steer", "clear"), ("shy", "away"), ("stay", "away"))
)
_GROUNDS = frozenset("case point need reason value sense benefit".split())
_KEEPING = frozenset("keep keeping leave leaving".split())
_KEEP_REACH = 2
"""How close before the mistake "keep" or "leave" stands to keep it out ("keep the ... out
of the features")."""
_OFF = frozenset(("out", "away"))
_STAYING = frozenset("stays stay remains remain kept".split())
_STAY_REACH = 3
"""How close after the mistake's first part a verb of staying stands, with "out" or "away"
right after it, to keep it out ("the chargeback flag stays out of the inputs", "is kept
away from the features")."""
_NOT_REACH = 3
"""How close before a later part of the mistake "not" refuses it ("or not as a negative")."""
_WAITING = frozenset("wait waits waiting waited".split())
_HOLDING = frozenset("hold holds holding held".split())
_WAIT_REACH = 8
"""How far before "before" a verb of waiting may stand to put off the deed after it ("wait
until the labels have matured before treating ...")."""
_REFUSING_WAIT = frozenset(("not", "never", "no", "without"))
"""Words just before a verb of waiting that refuse the wait ("no need to wait", "never
waits")."""
_PUT_OFF_BREAKS = frozenset("so but then because since while whereas".split())
"""Words that start a new thought between a deed put off and a mistake after it."""
_NOT_OPENS = frozenset("as a an the in into for to that".split())
"""What follows a "not" that refuses the phrase after it ("not as a negative", "the goal is
not that people tap ..."), not a "not" inside a noun phrase ("impressions not clicked as
negatives")."""
_OBJECTING = frozenset(
    (("push", "back"), ("pushback", "on"), ("object", "to"), ("argue", "against"))
)
"""Verbs of objecting, in the mistake's clause or the label it follows: "One thing I'd push
back on: ...", "Something I'd object to: ...", "I'd argue against ..."."""
_NOTE_REFUSALS = frozenset(("no", "nope"))
"""A note's closing verdict on all it said ("Pure engagement objective, no.")."""

# -- consequences -----------------------------------------------------------------------------

_CONSEQUENCE_MODALS = frozenset("would could might".split())
# What a deed brings about, told in the present: "shuffling the rows means ...".
_CONSEQUENCE_VERBS = frozenset("means leads causes guarantees".split())
# An arrow from the mistake to more or less of something, on to a loss, is a chain of harms
# it brings about ("Open-rate optimisation → more sends → opt-outs"), where an arrow to a step
# of the design ("→ rank by P(open)") or to the gains it is chosen for ("→ more opens → more
# DAU") is the plan.
_ARROWS = ("→", "->", "=>", "⇒")
_COMPARATIVES = frozenset("more fewer less higher lower worse bigger smaller".split())
_LOSSES = frozenset(
    "churn attrition unsubscribes uninstalls complaints fatigue burnout backlash harm damage "
    "decline loss losses distrust annoyance clickbait outrage fewer worse".split()
)
_LOSS_PAIRS = frozenset((("opt", "out"), ("opt", "outs"), ("drop", "off")))
# After a modal, verbs that describe the design, not what a thing would do: "negatives would
# be ...", "the label would come from ...".
_DESIGN_VERBS = frozenset(
    "be come include use get need take contain consist rely stay remain go work do suffice".split()
)
_ANAPHORS = frozenset("that this it which".split())
_SAME_SUBJECT = frozenset(("and", "but"))
_PARTICLES = frozenset("down out off away over up".split())
"""Particles that make a verb of the design another verb: "would take down news footage",
"would go down", "would get away with" tell what a thing would do."""


def read_stance(words: Words, first: int, last: int, spans: Sequence[tuple[int, int]]) -> Stance:
    """The stance of the sentence of words `first`..`last` to the mistake its mentions
    (`spans`, each first..last word, inside the sentence) state: committed unless it is
    supposed, reported, judged or avoided (see the module's docstring)."""
    said = [plain(w) for w in words.words[first : last + 1]]
    start = min(a for a, _ in spans)
    end = max(b for _, b in spans)
    opens = words.clause_start(first, start)
    prefix = said[opens - first : start - first]
    label = _label(words, first, start, said)
    if _avoided(prefix, label, said, sorted((a - first, b - first) for a, b in spans)):
        return AVOIDED
    condition = _condition(prefix)
    if condition is not None and _supposed(
        words, said, first, last, opens, condition, (start, end), _gaps(spans)
    ):
        return SUPPOSED
    if _planned(prefix):
        return COMMITTED
    if _reported(prefix, said[: start - first], said):
        return REPORTED
    if (
        _note_refused(words, said, last, end)
        or _fault_framed(prefix, label)
        or _fault_done(words, said, first, last, opens, end)
        or any(_verdict_after(words, said, first, last, k) for k in (min(spans)[1], end))
    ):
        return JUDGED
    if _consequence(words, said, first, last, opens, start):
        return SUPPOSED
    return COMMITTED


def told_as_others(words: Words, first: int, last: int, start: int) -> bool:
    """Whether the sentence of words `first`..`last` tells what starts at word `start` as
    someone else's, a story of the past or the system as it stands (the reading of
    `REPORTED`), for a refusal of the right choice ("Right now there is no fallback")."""
    said = [plain(w) for w in words.words[first : last + 1]]
    prefix = said[words.clause_start(first, start) - first : start - first]
    return _reported(prefix, said[: start - first], said)


def _gaps(spans: Sequence[tuple[int, int]]) -> list[int]:
    """The words between the mistake's first and last word that no mention of it covers."""
    covered = {k for a, b in spans for k in range(a, b + 1)}
    lo = min(a for a, _ in spans)
    hi = max(b for _, b in spans)
    return [k for k in range(lo, hi + 1) if k not in covered]


def _label(words: Words, first: int, start: int, said: list[str]) -> list[str]:
    """The words of the label the sentence opens on before the mistake ("One shortcut I'd
    refuse:", "A pitfall:"), or none."""
    for k in range(first, start):
        if ":" in words.before(k + 1) and k + 1 <= start:
            return said[: k + 1 - first]
    return []


def _avoided(
    prefix: list[str], label: list[str], said: list[str], spans: list[tuple[int, int]]
) -> bool:
    """Whether a verb of avoiding governs the mistake: in its clause before it ("I'd avoid
    the temptation to take ...", "rather than completed orders"), or in the label it follows
    ("One shortcut I'd refuse: ..."); or a verb of leaving it behind ("we move from ... to",
    "we retire ..."); or "not" right before one of its later parts ("I'd use unreported mail
    only with a lower weight, or not as a negative at all")."""
    near = _governing(prefix)
    if _AVOIDING.intersection(near) or _AVOIDING.intersection(label):
        return True
    if any((a, b) in _AVOID_PAIRS for a, b in pairwise(near)):
        return True
    if any(pair in _OBJECTING for pair in (*pairwise(near), *pairwise(label))):
        return True  # "One thing I'd push back on if a teammate suggested it: ..."
    pairs = list(pairwise(near))
    if any(a in _WARY and b in _ABOUT for a, b in pairs):
        return True  # "I'd be cautious about calling ...", "sceptical of ..."
    if _left_behind(near, pairs):
        return True  # "we retire the nightly precompute", "we move from a random split to"
    if any(pair in _TURNING_AWAY for pair in pairs) or ("no", "way") in pairs:
        return True  # "steer clear of ...", "lean away from ...", "no way we score ..."
    if any(a == "little" and b in _GROUNDS for a, b in pairs):
        return True  # "there's little case for ..."
    after = said[spans[0][1] + 1 :]
    if _KEEPING.intersection(near[-_KEEP_REACH:]) and _OFF.intersection(after):
        return True  # "keep the chargeback status out of the features", "well away from"
    if _STAYING.intersection(after[:_STAY_REACH]) and _OFF.intersection(after[: _STAY_REACH + 1]):
        return True  # "the chargeback flag stays out of the inputs", "is kept away from"
    if _put_off(said, spans):
        return True  # "we wait before treating a payment as legitimate"
    covered = {k for a, b in spans for k in range(a, b + 1)}
    return any(
        said[j] == "not" and (j + 1 == a or said[j + 1] in _NOT_OPENS)
        for a, _ in spans[1:]
        for j in range(max(0, a - _NOT_REACH), a)
        if j not in covered
    )


def _put_off(said: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a part of the mistake is in a deed put off: the "-ing" verb after "before",
    where a verb of waiting stands a little before that ("we wait before treating a payment
    as legitimate", "wait until the window closes before labelling them negatives", "hold
    off before calling them clean"). The deed is not done yet, whatever the sentence says
    of the data before it. Not when the waiting is itself refused ("we don't wait before
    ..."), nor across a new thought between the deed and the mistake ("..., so we ...")."""
    for a, _ in spans:
        for j in range(max(0, a - _GOVERN_REACH), a):
            if said[j] != "before" or not said[j + 1].endswith("ing"):
                continue
            if _PUT_OFF_BREAKS.intersection(said[j + 2 : a]):
                continue
            for i in range(j - 1, max(-1, j - 1 - _WAIT_REACH), -1):
                if said[i] in _WAITING or (said[i] == "off" and i and said[i - 1] in _HOLDING):
                    waiter = i - 1 if said[i] == "off" else i
                    if not any(
                        w in _REFUSING_WAIT or w.endswith("n't")
                        for w in said[max(0, waiter - _NOT_REACH) : waiter]
                    ):
                        return True
                    break
    return False


def _left_behind(near: list[str], pairs: list[tuple[str, str]]) -> bool:
    """Whether the mistake is what the clause leaves behind: the object of a verb of retiring
    ("we retire the nightly precompute", "phase out ..."), or what a verb of leaving moves
    from, with nothing it moves to between ("we move from a random split to ...", not "we
    switch from the rules engine to a model trained on a random split")."""
    if _RETIRING.intersection(near) or ("phase", "out") in pairs:
        return True
    for k, (a, b) in enumerate(pairs):
        if a in _LEAVING and b in _LEAVING_FROM:
            return not _DESTINATIONS.intersection(near[k + 2 :])
    return False


_DESTINATIONS = frozenset(("to", "into", "toward", "towards", "onto"))


def _governing(prefix: list[str]) -> list[str]:
    """The words before the mistake in its clause that may govern it: back to the last word
    that starts a new thought ("by", "but", "so", "because") and at most _GOVERN_REACH."""
    near = prefix[-_GOVERN_REACH:]
    for k in range(len(near) - 1, -1, -1):
        if near[k] in _NEW_THOUGHT:
            return near[k + 1 :]
    return near


def _condition(prefix: list[str]) -> int | None:
    """Where, in the mistake's clause before it, a condition opens ("if", "unless",
    "suppose", "what if", "in case"; "were we to", "should we" at the clause's start), or
    None."""
    for k, w in enumerate(prefix):
        if w in _CONDITIONS or tuple(prefix[k : k + 2]) in _CONDITION_PAIRS:
            return k
    if len(prefix) >= 2 and prefix[0] in _INVERTED and prefix[1] in _PERSONS:
        return 0
    return None


def _supposed(
    words: Words,
    said: list[str],
    first: int,
    last: int,
    opens: int,
    condition: int,
    span: tuple[int, int],
    gaps: Sequence[int],
) -> bool:
    """Whether the condition holding the mistake supposes it rather than sets a rule on it.

    A condition on our own doing ("if we train on last month and treat no chargeback yet as
    legitimate, ...") supposes it, so does one whose clause the mistake does not leave. Not
    when the main clause is a plan of ours or an order ("if the score is above 0.5, we
    decline"; "if offline AUC improves, we launch it"): that is the rule the answer sets."""
    start, end = span
    opener = opens + condition
    closes = words.clause_end(opener, last)
    if end > closes:
        return False  # the mistake goes on into the main clause: a rule on it
    if condition > 0:
        return False  # the clause states something, then its condition: "decline if ... 0.5"
    between = said[opener - first + 1 : start - first]
    if _ours(between[1:]):
        return False  # the main clause began, unpunctuated: "if it times out we return ..."
    if any(said[k - first] in _OURS or said[k - first] in _PLANS for k in gaps):
        return False  # the mistake goes on into it: "if the offline AUC improves we ship it"
    # The main clause: unpunctuated after the mistake on a subject of ours ("if we set the
    # threshold at 0.5 we block ..."), or the next clause.
    rest = said[end + 1 - first : closes + 1 - first]
    ours = [k for k, w in enumerate(rest) if w in _OURS or w in _PLANS]
    main = rest[ours[0] :] if ours else said[closes + 1 - first :] if closes < last else []
    main = [w for w in main if w != "then"]
    if between and (between[0] in _PERSONS or between[0].endswith("ing")):
        # our own doing supposed ("if we train on ... and treat ..., we are teaching the
        # model ..."), unless the main clause is what we then do ("..., we block ...")
        return not (len(main) > 1 and main[0] in _OURS and main[1] not in _NOT_DOING)
    if len(between) > _CONDITION_REACH:
        return False  # run on past the condition unpunctuated: "if it is down the request ..."
    return not (main and _ours(main[:2]))


def _ours(opening: list[str]) -> bool:
    """Whether a clause opens on a plan of ours: "we", "I'd", "then we'll"."""
    return any(w in _OURS or w in _PLANS for w in opening)


def _planned(prefix: list[str]) -> bool:
    """Whether a plan of ours stands shortly before the mistake in its clause: "we'll",
    "I'd", "let's", "we will", "I would" (a subject of ours with a modal)."""
    near = prefix[-_PLAN_REACH:]
    if _PLANS.intersection(near):
        return True
    return any(a in _OURS and b in _PLAN_MODALS for a, b in pairwise(near))


def _subject(prefix: list[str], openers: frozenset[str] = _OPENERS) -> list[str]:
    """The first words of a clause past the words that open it ("and then they ...")."""
    k = 0
    while k < len(prefix) and prefix[k] in openers:
        k += 1
    return prefix[k : k + _OTHERS_REACH]


def _reported(prefix: list[str], before: list[str], said: list[str]) -> bool:
    """Whether the clause tells someone else's choice, by its subject ("they", "a team", "my
    colleague", "the old system"), or what we have seen done ("I've seen fully automated
    removal take down ..."), or the sentence a story of the past before the mistake ("years
    ago", "at my last job", "last time", "used to"), or the system as it stands ("Today ...",
    "Right now ...", with no plan of ours in the sentence)."""
    near = prefix[-_SEEN_REACH:]
    if any(w in _SEEING and (k == 0 or near[k - 1] in _HAVING) for k, w in enumerate(near)):
        return True
    subject = _subject(prefix)
    if subject:
        head = subject[0]
        if head in _OTHERS and subject[1:2] != ["of"]:
            return True
        opened = prefix[_opening_length(prefix) :]
        if _former_thing_told([*opened, *said[len(before) : len(before) + _TOLD_REACH]]):
            return True  # "An earlier attempt I saw trained on ...", "Last year's model was ..."
        # "a team I worked with", not "a team of raters" (a part of our design)
        if (
            head in _DETERMINERS
            and len(subject) > 1
            and (
                (subject[1] in _OTHERS and subject[2:3] != ["of"] and not _our_team(subject))
                or (subject[1] in _FORMER and len(subject) > 2 and not _ours(subject))
                or (subject[1] in _GREEN and subject[2:3] and subject[2] in _OTHERS)
            )
        ):
            return True
    if _PAST_MARKS.intersection(before):
        return True
    if _in_a_former_system(before):
        return True  # "In the old system, unreported messages were labelled ham"
    if ("had", "been") in pairwise(before):
        return True  # a story told in the past perfect: "we found the model had been ..."
    if ("used", "to") in pairwise(before[-_USED_TO_REACH:]):
        return True  # a past habit: "Finance used to report MAPE"
    if not _OWN_PLAN.intersection(said) and (
        any(tuple(before[: len(o)]) == o for o in _NOW_OPENERS) or (subject[:1] == ["today's"])
    ):
        return True  # the system as it stands: "Today's system blocks everything above 0.5"
    for k, pair in enumerate(pairwise(before)):
        if pair in _PAST_PAIRS:
            return True
        # "Last year we split ...", not "pool the last year of searches"
        if pair == ("last", "year") and before[k + 2 : k + 3] and before[k + 2] in _PERSONS:
            return True
    return False


def _opening_length(prefix: list[str]) -> int:
    """How many words open the clause before its subject ("and then ...")."""
    k = 0
    while k < len(prefix) and prefix[k] in _OPENERS:
        k += 1
    return k


_TOLD_REACH = 3
"""How many of the mistake's words may hold the verb of a former thing's story ("the prior
pipeline shuffled ...")."""


def _former_thing_told(subject: list[str]) -> bool:
    """Whether the clause tells, in the past, what a thing of an earlier time did: "an
    earlier attempt I saw trained on ...", "the prior model reported ...", "last year's model
    was judged on ...". The time word alone may name a part of the design ("last year's posts
    are the test set", "an earlier cutoff"), so the verb after the subject must be past."""
    if len(subject) <= 2 or not (
        (subject[0] in _DETERMINERS and subject[1] in _EARLIER)
        or (subject[0] == "last" and subject[1] in _PAST_PERIODS)
    ):
        return False
    for w in subject[2:]:
        if w in _PRESENT_VERBS:
            return False
        if w in _PAST_VERBS or (w.endswith("ed") and len(w) > 4 and not w.endswith("eed")):
            return True
    return False


_EARLIER = frozenset(("earlier", "prior"))
_PRESENT_VERBS = frozenset(
    "is are be will would 'll 'd stays stay remains remain becomes become gets get".split()
)
_PAST_VERBS = frozenset("was were had did saw took made ran went got built found kept".split())
_PAST_PERIODS = frozenset(
    "year's quarter's season's summer's winter's spring's autumn's fall's".split()
)
"""A former period owning the subject: "last year's model", "last quarter's pipeline"."""


def _in_a_former_system(before: list[str]) -> bool:
    """Whether the sentence, before the mistake, sets its scene in a system that is not the
    design: "in the old system", "under the previous setup", "with the legacy pipeline"
    (old, previous, legacy, existing, ...)."""
    return any(
        before[k] in _SCENE
        and before[k + 1] in _SCENE_DETERMINERS
        and before[k + 2] in _FORMER_SCENES
        for k in range(len(before) - 2)
    )


_SCENE = frozenset(("in", "under", "with"))
_FORMER_SCENES = _FORMER - {"current"}
"""(Not "current": "in the current design" is as often the answer's own proposal.)"""
_SCENE_DETERMINERS = frozenset(("the", "our", "their", "its"))


def _our_team(subject: list[str]) -> bool:
    """Whether the subject is the team the answer speaks for: "the team", "our team"."""
    return subject[0] in ("the", "our", "my") and subject[1] in ("team", "teams")


def _fault_framed(prefix: list[str], label: list[str]) -> bool:
    """Whether a noun of fault frames the mistake: before it in its clause ("the temptation
    to take ...", "my worry with labelling ...", "the tempting move is to shuffle ... and
    split ...") or in its label ("A pitfall: ..."), unless a clause of ours follows the noun
    ("a shortcut we take is ...")."""
    if ("at", "best") in pairwise(prefix):
        return True  # "unclicked results are at best weak negatives"
    for framing in (prefix[-_GOVERN_REACH:], label):
        nouns = [k for k, w in enumerate(framing) if w in _FAULT_NOUNS]
        # not "a shortcut we take is ...": the noun names a choice of ours
        if nouns and not _ours(framing[nouns[0] + 1 :]):
            return True
    return False


def _note_refused(words: Words, said: list[str], last: int, end: int) -> bool:
    """Whether the sentence closes on a bare "no" after the mistake, a note's verdict on it
    ("Pure engagement objective, no."; "Daily batch ETA = stale at Friday peak, no."), not a
    "no" that opens a phrase ("..., no streaming")."""
    return (
        len(said) > 1 and said[-1] in _NOTE_REFUSALS and last > end and words.boundary_before(last)
    )


def _fault_done(words: Words, said: list[str], first: int, last: int, opens: int, end: int) -> bool:
    """Whether the mistake is a deed that is the subject of a verb of harm in its clause
    ("Optimising open rate burns the channel"), its verb within a few words after it."""
    if not said[opens - first].endswith("ing"):
        return False
    closes = words.clause_end(end, last)
    after = said[end + 1 - first : closes + 1 - first][:_VERDICT_SUBJECT]
    for w in after:
        if w in _OURS or w in _PLANS:
            return False
        if w in _FAULT_VERBS:
            return True
    return False


_QUANTITIES = frozenset("often many much long frequently".split())
"""After "is how", words that make it a measure ("how often", "how many"), not a way."""


def _verdict_after(words: Words, said: list[str], first: int, last: int, end: int) -> bool:
    """Whether the mistake is the subject of a verdict that follows its first words or its
    last (`end`, each tried) in its clause: "... won't do", "... isn't an option", "... is a
    trap", "... is far too risky", "batch scoring overnight would be too late for payments"
    (its later words may stand inside the verdict), also past an aside between commas
    ("removing everything it flags, without human review, isn't acceptable")."""
    closes = words.clause_end(end, last)
    after = said[end + 1 - first : closes + 1 - first]
    aside = None
    if said[words.clause_start(first, end) - first] in _ASIDE_OPENERS:
        aside = closes  # the mistake ends inside the aside: "..., with no review queue, is"
    elif closes < last and said[closes + 1 - first] in _ASIDE_OPENERS:
        aside = words.clause_end(closes + 1, last)
    if aside is not None and aside < last and said[aside + 1 - first] in _VERDICT_HEADS:
        after = said[aside + 1 - first : words.clause_end(aside + 1, last) + 1 - first]
    elif (
        closes + 2 <= last
        and said[closes + 1 - first] in _SAME_SUBJECT
        and said[closes + 2 - first] in _VERDICT_HEADS
    ):
        # a second predicate of the same subject: "... sounds cheap, and is how ..."
        after = said[closes + 2 - first : words.clause_end(closes + 2, last) + 1 - first]
    if ("at", "best") in pairwise(after):
        return True  # "... are weak negatives at best", "... a v3 idea at best"
    for k in range(min(len(after), _VERDICT_SUBJECT)):
        if "=" in words.before(end + 1 + k):
            verdict = list(dropwhile(_DEGREE.__contains__, after[k:]))
            if _VERDICT_AGAINST.intersection(verdict[:2]):
                return True  # a note's verdict: "Daily batch ETA = stale", "... = label noise"
    for k, w in enumerate(after[:_VERDICT_SUBJECT]):
        if w in _OURS or w in _PLANS or w in _OUR_PROGRESSIVE:
            return False  # a clause of ours goes on: "a random split we'd never use"
        if w in _VERDICT_HEADS:
            judged = after[k + 1 : k + 1 + _VERDICT_REACH]
            negated = (
                w.endswith("n't")
                or w == "cannot"
                or "not" in judged
                or bool(_SHORT_OF.intersection(pairwise(judged)))
            )
            if _VERDICT_AGAINST.intersection(judged) or (
                negated and _VERDICT_NEUTRAL.intersection(judged)
            ):
                return True
            if ("out", "of") in pairwise(judged):
                return True  # "is out of the question"
            if _HOW_ADVERBS.intersection(judged[:1]):
                judged = judged[1:] + after[k + 1 + _VERDICT_REACH : k + 2 + _VERDICT_REACH]
            if (
                judged[:1] == ["how"]
                and not _ours(judged[1:2])
                and not _QUANTITIES.intersection(judged[1:2])
            ):
                # "is how you end up with ...", "is how platforms get ..."; not a measure
                # defined: "the goal metric is how often we get it right"
                return True
            if "too" in judged[:-1] or (k + len(judged) + 1 < len(after) and "too" in judged):
                return True  # "would be too late for payments" (not "... too" closing it)
            if any(after[j : j + 3] == ["than", "it", "is"] for j in range(k + 1, len(after))):
                return True  # "would make precision look 500x better than it is"
            ours = [
                j
                for j, x in enumerate(judged)
                if x in _OURS or x in _PLANS or x in _OUR_PROGRESSIVE
            ]
            if ours and _REFUSALS.intersection(judged[ours[0] :]):
                return True  # "is something I'd never ship"
            if ("last", "thing") in pairwise(judged):
                return True  # "is the last thing we'd do"
            if ours and _UNDOING.intersection(judged[ours[0] :]):
                return True  # "is what we're replacing"
    return False


def _consequence(
    words: Words, said: list[str], first: int, last: int, opens: int, start: int
) -> bool:
    """Whether the mistake's clause tells what a thing would do, not what we do: a modal
    ("would", "could", "might") after a subject that is not ours, a deed ("shuffling the
    rows would leak ..."), a pointer back ("that would put next week in training") or the
    mistake itself ("a 0.5 threshold would decline almost nothing"), and not a verb of the
    design ("negatives would be ...")."""
    closes = words.clause_end(start, last)
    clause = said[opens - first : closes + 1 - first]
    for k in range(start - opens, len(clause) - 1):
        if any(a in words.before(opens + k + 1) for a in _ARROWS) and (
            clause[k + 1] in _COMPARATIVES
        ):
            chain = clause[k + 2 :]
            if _LOSSES.intersection(chain) or _LOSS_PAIRS.intersection(pairwise(chain)):
                return True  # "Open-rate optimisation → more sends → opt-outs"
    for k, w in enumerate(clause):
        if w in _CONSEQUENCE_VERBS and k > start - opens and clause[0].endswith("ing"):
            return True  # a deed as the subject: "deleting messages immediately means ..."
        if w in _CONSEQUENCE_MODALS and k + 1 < len(clause):
            j = k + 1 if clause[k + 1] not in ("just", "only", "also") else k + 2
            verb = clause[j] if j < len(clause) else ""
            particle = clause[j + 1] if j + 1 < len(clause) else ""
            subject = _subject(clause[:k], _CONJUNCTIONS)
            designs = verb in _DESIGN_VERBS and particle not in _PARTICLES
            if designs or not subject or _ours(subject):
                return False
            return subject[0] in _ANAPHORS or subject[0].endswith("ing") or k > start - opens
    return False
