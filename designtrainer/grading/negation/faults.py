"""Ideas rejected by what is wrong with them, with no cue of refusal: costs, faults, troubles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from designtrainer.grading.negation.clauses import (
    _THIRD_PERSON_OPENERS,
    FIRST_PERSON,
    SUBORDINATORS,
    _clause_starts,
    _previous_sentence,
    _sentence_start,
    clause_around,
)
from designtrainer.grading.negation.cues import PLAIN_NEGATIONS
from designtrainer.grading.negation.marks import Negation, _with
from designtrainer.grading.words import Words, plain, stem, stems

# "An A/B test would need many weeks", "A/B testing mostly adds delay", "ANN indexes lose
# recall": an idea as the subject of what it would cost is argued against.
_COSTING = stems("delay lose hurt slow take need require add confuse complicate cost")
_COST_FORMS = frozenset("delays loses hurts slows lose hurt confuses complicates".split())
"""Verbs of cost as written ("delays", not the noun "delay"; "lose" after a plural subject:
"ANN indexes lose 5-10% recall")."""
_COST_VERBS = frozenset("delay lose hurt slow confuse complicate".split())
_COST_ADVERBS = frozenset("would will only mostly just mainly largely primarily".split())
# "An A/B test would mainly cost us two weeks" (reject18): an idea whose main effect is said
# to be its cost is argued against; "would cost us two weeks" alone plans for it, and "would
# only cost a week" calls it cheap.
_COST_OF = frozenset(("cost", "costs"))
_MAINLY = frozenset("mainly mostly largely primarily".split())
_COST_TURNS = frozenset("but though although however still worth anyway nonetheless".split())
_COST_TAIL = 12
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
# (reject21) and a trouble of its own: "building a surrogate model adds its own validation
# problem", "adds another failure point".
_ADDED_COSTS = frozenset(
    "delay variance complexity overhead layer problem problems headache headaches burden".split()
)
_ADDED_COST_WORDS = 4


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
        elif word in _COST_OF:
            if not any(plain(raw[j]) in _MAINLY for j in range(verb, i)) or _cost_turned(words, i):
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


def _cost_turned(words: Words, i: int) -> bool:
    """Whether the sentence goes on, after a cost at word i, to a turn that pays it ("..., but
    it is the only read on ...", "worth it"): the idea is kept despite its cost."""
    raw, n = words.words, len(words.words)
    for k in range(i + 1, min(n, i + 1 + _COST_TAIL)):
        if words.sentence_break_before(k):
            return False
        if plain(raw[k]) in _COST_TURNS:
            return True
    return False


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
_TURNS_TO_OTHER = frozenset(("so", "but"))
_ENOUGH = frozenset("enough sufficient".split())
_ENOUGH_COPULAS = frozenset("is are be will would".split())
_ENOUGH_WORDS = 6


def _declared_enough(words: Words, k: int) -> bool:
    """Whether the clause from word k, after a turn, says something else is enough: "so
    the rated set is enough", "but offline replay is sufficient" (reject17). Not one that is
    ours ("so we are ...") nor "not enough" (which keeps the idea)."""
    raw, n = words.words, len(words.words)
    for j in range(k, min(n, k + _ENOUGH_WORDS)):
        if j > k and words.boundary_before(j):
            return False
        w = plain(raw[j])
        if w in FIRST_PERSON or w in _OURS or w in ("not", "never", "no"):
            return False
        if w in _ENOUGH:
            return j > k and plain(raw[j - 1]) in _ENOUGH_COPULAS
    return False


_CIRCUMSTANCES = frozenset("at for given with in on".split())
"""Prepositions before "our" that say where a cost falls ("expensive at our traffic", "slow
for our team"), not what we do about it."""


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
        elif w in _OURS and plain(raw[k - 1]) in _CIRCUMSTANCES:
            pass  # "expensive at our traffic": where the cost falls, no turn (reject17)
        elif w in _TURNS_TO_OTHER and _declared_enough(words, k + 1):
            return False  # "..., so the rated set is enough to decide": the other chosen
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


# "Recomputing historical graphs for every impression date is expensive, and ...", "an A/B
# test on ETAs is slow and noisy because ...": an idea as the subject of a predicate that
# only finds fault with it (reject13).
_PREDICATE_FAULTS = stems("expensive costly pricey impractical infeasible prohibitive wasteful")
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
        first = _judged_subject(words, end)
        if first is None:
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
    k = words.break_on(f + 1, min(n, f + _FAULT_TAIL * 2 + 1))
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
_UNDERTAKINGS = stems("project undertaking")
"""Nouns of work that are trouble when called big: "would be a big engineering project"
(reject17); a project named plainly ("is a Q3 project") is only planned."""
_BIG = frozenset("big huge massive major serious large sizable sizeable multi-quarter".split())
_UNDERTAKING_WORDS = 4
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
    for t in _with(keys, looked_at, _TROUBLES | _MEANING | _UNDERTAKINGS):
        reach = 3
        if keys[t] in _UNDERTAKINGS:
            if not any(plain(raw[k]) in _BIG for k in range(max(0, t - 3), t)):
                continue
            reach = _UNDERTAKING_WORDS
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
            while cop > 0 and t - cop <= reach and plain(raw[cop]) not in _PREDICATE_COPULAS:
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
        first = _judged_subject(words, end)
        if first is None:
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


def _judged_subject(words: Words, end: int) -> int | None:
    """Where the subject a verdict's copula (at word `end`) judges begins, past its leading
    words; None when it is ours ("we", "our ...") or a person or no idea at all, which a
    fault judges nothing of."""
    raw = words.words
    first, _ = clause_around(words, end - 1, end - 1)
    while first < end - 1 and plain(raw[first]) in _LEADS_OF_SUBJECT:
        first += 1
    opener = plain(raw[first])
    if opener in FIRST_PERSON or opener in _THIRD_PERSON_OPENERS or opener in _NOT_IDEAS:
        return None
    if any(plain(raw[k]) in FIRST_PERSON or plain(raw[k]) in _OURS for k in range(first, end)):
        return None
    return first


# "Calibrating it against expert labels is a lot of SME time", "a GraphSAGE pipeline is a lot
# of infrastructure for a marginal gain" (reject20): an idea said to be a lot of work is
# argued against, unless the sentence turns to pay it ("..., but it's the only ground truth").
# Not "a lot of room", "a lot of data", "a lot of negatives": no cost of ours.
_LOT = stems("lot")
_LOT_COSTS = frozenset(
    "work effort time infra infrastructure latency overhead plumbing maintenance "
    "engineering".split()
)
_LOT_COPULAS = frozenset(("is", "are", "be"))


def _lot_of_cost(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The subject of "is a lot of <work>": "X is a lot of SME time" (one word may describe
    the cost), from the start of its clause to the copula. Not a subject that is us or a
    pronoun ("it's a lot of work" points back, read elsewhere), nor a cost the sentence goes
    on to pay (`_cost_turned`)."""
    raw, n = words.words, len(words.words)
    for i in _with(words.keys, looked_at, _LOT, 2, n - 2):
        if raw[i - 1].lower() != "a" or raw[i + 1].lower() != "of":
            continue
        if raw[i - 2].lower() not in _LOT_COPULAS:
            continue
        noun = next(
            (
                k
                for k in range(i + 2, min(n, i + 4))
                if raw[k].lower() in _LOT_COSTS and not words.boundary_before(k)
            ),
            None,
        )
        if noun is None or any(words.boundary_before(k) for k in range(i - 1, i + 2)):
            continue
        if _cost_turned(words, noun):
            continue
        copula = i - 2
        if copula == 0 or words.boundary_before(copula):
            continue
        first, _ = clause_around(words, copula - 1, copula - 1)
        while first < copula - 1 and raw[first].lower() in SUBORDINATORS:
            first += 1
        opener = plain(raw[first])
        if opener in FIRST_PERSON or opener in _THIRD_PERSON_OPENERS or opener in _NOT_IDEAS:
            continue
        neg = Negation(" ".join(raw[copula : noun + 1]), copula, noun)
        yield from ((k, neg) for k in range(first, copula))


# "A full streaming detector is more machinery than I'd want at first", "the triage process
# is probably more process than we need", "Streaming features: more plumbing than I'd like"
# (reject21): an idea said to be more of something than we need or want is argued against,
# unless the sentence turns to pay it ("..., but worth it"). The comparison stands after a
# copula (past a degree word or two) or opens a note after a label; "than" is followed within
# a few words by a verb of needing or wanting ("than this problem calls for", "than it's
# worth"). Not "saves more time than it costs" (no copula) nor "catches more errors than we
# need humans to check" (the same).
_MORE = frozenset(("more",))
_THAN_KEY = stem("than")
_MORE_WORDS = 3
"""How many words may stand between "more" and "than": "more moving parts than"."""
_MORE_DEGREES = frozenset(
    "probably likely a bit far way much just simply already still quite".split()
)
_MORE_COPULAS = frozenset("is are be was were it's that's".split())
_WANTING = frozenset(
    "need needs want wants do like warrant warrants justify justifies worth deserve deserves "
    "require requires".split()
)
_MORE_LIST_WORDS = 12
_WANTING_PAIRS = frozenset((("call", "for"), ("calls", "for")))
_WANTING_WORDS = 4
"""How far past "than" the verb of wanting may stand: "than a first version really needs"."""


def _wanting_after(words: Words, i: int) -> int | None:
    """The verb of needing or wanting within a few words after "than" at word i, or None
    (a boundary, a number or "not" first: "more than we need to cover 20 ms" still reads,
    "more than 10 features" never)."""
    raw, n = words.words, len(words.words)
    for j in range(i + 1, min(n, i + 1 + _WANTING_WORDS)):
        if words.boundary_before(j):
            return None
        w = plain(raw[j])
        if any(c.isdigit() for c in w) or w in PLAIN_NEGATIONS:
            return None
        if w in _WANTING or (j + 1 < n and (w, plain(raw[j + 1])) in _WANTING_PAIRS):
            return j
    return None


def _more_than_wanted(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The subject of "is more <cost> than we need/want" (or the label before a note that
    opens on it), from the start of its clause to the copula."""
    raw, n = words.words, len(words.words)
    for i in _with(words.keys, looked_at, {_THAN_KEY}, 2, n - 1):
        more = next(
            (
                k
                for k in range(i - 1, max(0, i - 1 - _MORE_WORDS) - 1, -1)
                if plain(raw[k]) in _MORE
            ),
            None,
        )
        if more is None or any(words.boundary_before(k) for k in range(more + 1, i + 1)):
            continue
        if any(any(c.isdigit() for c in raw[k]) for k in range(more + 1, i)):
            continue
        want = _wanting_after(words, i)
        if want is None or _cost_turned(words, want):
            continue
        c = more
        while c > 0 and plain(raw[c - 1]) in _MORE_DEGREES and not words.boundary_before(c):
            c -= 1
        if c == 0:
            continue
        neg = Negation(" ".join(raw[more : want + 1]), more, want)
        if words.boundary_before(c) and ":" in words.before(c):
            label = _sentence_start(words, c - 1)  # "X: more plumbing than I'd like"
            if c - label <= _MORE_LIST_WORDS:
                yield from ((k, neg) for k in range(label, c))
            continue
        copula = c - 1
        if plain(raw[copula]) not in _MORE_COPULAS or words.boundary_before(c):
            continue
        if plain(raw[copula]) in ("it's", "that's"):
            continue  # a pronoun subject points back, read elsewhere
        if copula == 0 or (words.boundary_before(copula) and words.before(copula).strip() != ","):
            continue  # (a comma may close a subject's aside: "X, or Y, is more than ...")
        first = _judged_subject(words, copula)
        if first is None:
            continue
        if first > 0 and plain(raw[first]) in ("or", "and") and "," in words.before(first):
            # "A hazard model, or fancy attribution, is more than I'd do now": the list
            # between commas is one subject, back to its sentence's start
            start = _sentence_start(words, first - 1)
            if first - start <= _MORE_LIST_WORDS and not any(
                plain(raw[k]) in FIRST_PERSON for k in range(start, first)
            ):
                first = start
        yield from ((k, neg) for k in range(first, copula))
