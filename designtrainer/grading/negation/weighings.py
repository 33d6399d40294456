"""Ideas weighed, then dropped: others' proposals, "X is nice, but ...", preferences."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from designtrainer.grading.negation.clauses import (
    _ANAPHORS,
    _BACK_REFERENCES,
    _BUT,
    _THIRD_PERSON_OPENERS,
    _TO,
    FIRST_PERSON,
    _clause_starts,
    _previous_sentence,
    _sentence_start,
)
from designtrainer.grading.negation.cues import PLAIN_NEGATIONS
from designtrainer.grading.negation.faults import (
    _FAULT_HANDLED,
    _FAULT_SENTENCE_WORDS,
    _FAULT_TAIL,
    _NOT_IDEAS,
    _OURS,
    _TAKEN_UP_WORDS,
)
from designtrainer.grading.negation.marks import Negation, _with, _with_pair
from designtrainer.grading.negation.scopes import _scope_after
from designtrainer.grading.words import Words, phrase_stems, plain, stem, stems

# "A frontier model is better at that than a cross-encoder", "MAPE is much better than WAPE
# or MASE", "daily aggregates are preferable to streaming": what a preference is set against
# is what the answer chose not to use.
_PREFERENCE = stems(("better", "preferable", "superior"))
_THAN, _PREFERRED_TO = stem("than"), stems(("preferable", "superior"))
_PREFERENCE_REACH = 4
# "I'd choose a nightly batch over streaming", "I'd prefer batch features over streaming".
_CHOOSING = stems(("choose", "pick", "prefer", "favour", "favor"))
_OVER = stem("over")
# "I'd rather report WAPE than MAPE", "we'd sooner pick the threshold from costs than use 0.5":
# what follows "than" is what the answer would not do ("rather than" side by side is a cue).
_RATHER = stems(("rather", "sooner"))
_WOULD_RATHER = frozenset("i'd we'd would i we you'd".split())
_RATHER_REACH = 8
_PREFERENCE_TURNS = frozenset((stem("to"), _OVER, _THAN))
"""The words a preference turns on: only these are looked at, found in one pass in C."""


def _preferred_over(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The words after "than" when a "better" stands a few words before it in the same
    clause, or a "would rather" / "would sooner" a little further ("I'd rather report WAPE
    than MAPE"), after "to" right after "preferable"/"superior" ("better to" is advice), and
    after "over" when a choosing verb ("choose", "prefer") and its object stand before it."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _PREFERENCE_TURNS, 1, n - 1):
        key = keys[i]
        if key == _TO and keys[i - 1] in _PREFERRED_TO and not words.boundary_before(i):
            j = i - 1
        elif key == _OVER:
            # a choosing verb a few words before, with its object between
            j = i - 2
            while j >= 0 and i - j <= _PREFERENCE_REACH + 1 and keys[j] not in _CHOOSING:
                if words.boundary_before(j + 1):
                    j = -1
                    break
                j -= 1
            if (
                j < 0
                or keys[j] not in _CHOOSING
                or any(words.boundary_before(k) for k in range(j + 1, i + 1))
            ):
                continue
        elif key == _THAN:
            preferred = _preference_before(words, i)
            if preferred is None:
                continue
            j = preferred
        else:
            continue
        neg = Negation(f"{raw[j]} ... {raw[i]}", i, i)
        yield from ((k, neg) for k in _scope_after(words, i + 1))


def _preference_before(words: Words, i: int) -> int | None:
    """Where the preference stands that the "than" at word i completes, in its clause: a
    "better" (or "preferable") a few words before, or a "would rather" / "I'd sooner" before
    the verb it prefers ("rather than" side by side is a cue of its own). None if none."""
    keys, raw = words.keys, words.words
    for j in range(i - 1, max(-1, i - 1 - _RATHER_REACH), -1):
        if keys[j] in _PREFERENCE:
            return j if i - j <= _PREFERENCE_REACH else None
        if keys[j] in _RATHER:
            return j if i - j > 1 and j > 0 and raw[j - 1].lower() in _WOULD_RATHER else None
        if words.boundary_before(j):
            return None
    return None


# An idea put in other people's mouths: "X is often suggested", "some argue for X", "people
# will immediately suggest X", "X comes up in every feed discussion", "some would model X".
# Said of an idea the answer rejects, it is the idea weighed, not adopted.
_OTHERS_PROPOSING = (
    "often suggested",
    "often proposed",
    "often pitched",
    "often recommended",
    "is often suggested",
    "some argue",
    "some would",
    "some people argue",
    "people sometimes argue",
    "people argue",
    "will suggest",
    "will immediately suggest",
    "people suggest",
    "come up in every",
    "comes up in every",
    "everyone mentions",
    "someone will raise",
    "many pipelines",
    "a colleague would",
    # (reject20) "X and Y get mentioned a lot; I'd put Z aside"
    "get mentioned",
    "gets mentioned",
)
_OTHERS_REACH = 16
"""How far into a sentence the words that give an idea to others are looked for."""


def voiced_by_others(words: Words, first: int, last: int) -> bool:
    """Whether the first words of first..last give the idea to other people ("Some argue for
    exploration slots", "A further cascade ... is often suggested", "People will immediately
    suggest DCN here"): a sentence that reports what others propose adopts nothing. At most
    _OTHERS_REACH words are read (and the sentence's last ones, where "is often suggested"
    closes it)."""
    keys = words.keys
    head_end = min(last, first + _OTHERS_REACH)
    return _voiced_in(keys, first, head_end) or _voiced_in(keys, max(first, last - 4), last)


def _voiced_in(keys: Sequence[str], first: int, last: int) -> bool:
    """Whether one of the phrases that give an idea to others stands within words
    first..last: a look-up of each word's key, and the phrases it opens compared only
    there (a sentence of every mention of a rejected idea is read: it must stay cheap)."""
    for k in range(first, last + 1):
        phrases = _OTHERS_BY_FIRST.get(keys[k])
        if phrases and any(
            k + len(p) - 1 <= last and tuple(keys[k : k + len(p)]) == p for p in phrases
        ):
            return True
    return False


_OTHERS_PHRASES = phrase_stems(_OTHERS_PROPOSING)
_OTHERS_FIRST = frozenset(phrase[0] for phrase in _OTHERS_PHRASES)
_OTHERS_BY_FIRST = {key: tuple(p for p in _OTHERS_PHRASES if p[0] == key) for key in _OTHERS_FIRST}
_OTHERS_PAIRS = frozenset(phrase[:2] for phrase in _OTHERS_PHRASES)
"""The first two keys of each (every one has two or more)."""


def _verdict_after_voiced(words: Words, triggers: dict[int, Negation], j0: int) -> Negation | None:
    """The verdict on what others propose, in the sentence (or clause after a ";") that
    starts at word j0: a cue that refuses, puts off or plays down (not a plain "no"/"not")
    within its first _NEXT_REACH words ("I'd hold that in reserve", "I doubt their value"),
    or further on, up to _PRACTICE_REACH words, when it points back at the idea ("I'm
    skeptical it's big enough here to matter for v1, so I'd park it")."""
    raw, n = words.words, len(words.words)
    for j in range(j0, min(n, j0 + _PRACTICE_REACH)):
        if j > j0 and words.sentence_break_before(j):
            return None
        neg = triggers.get(j)
        if neg is None or neg.trigger in PLAIN_NEGATIONS or j != neg.first:
            continue
        if j - j0 < _NEXT_REACH:
            return neg
        if any(raw[k].lower() in _POINTING_BACK for k in range(neg.first, min(n, neg.last + 3))):
            return neg
    return None


def _voiced_then_dropped(
    words: Words, triggers: dict[int, Negation], voiced: Sequence[tuple[int, int, int]]
) -> Iterable[tuple[int, Negation]]:
    """ "People will immediately suggest DCN or DLRM here. I'd hold that in reserve: ...":
    a sentence that gives an idea to other people (`voiced_by_others`), when the next one
    opens on a cue that refuses, puts off or plays it down (within its first words): the
    idea reported is the one dropped. `voiced` is `_voiced_sentences`."""
    for k, start, end in voiced:
        if any(j in triggers for j in range(start, end + 1)):
            continue  # the sentence says its own verdict ("..., but I'd wait")
        after = _verdict_after_voiced(words, triggers, end + 1)
        if after is None:
            continue
        dropped = Negation(f"{words.words[k]} ... {after.trigger}", after.first, after.last)
        yield from ((j, dropped) for j in range(start, end + 1))


def _voiced_sentences(words: Words, looked_at: Sequence[int]) -> list[tuple[int, int, int]]:
    """Each sentence that gives an idea to other people (an `_OTHERS_PHRASES` phrase at word k
    near its start), as (k, its start, its end): read once, up to _PRACTICE_REACH words, and
    found once for the two readings that start from them."""
    keys, n = words.keys, len(words.keys)
    out: list[tuple[int, int, int]] = []
    done = -1
    # (only where a phrase's first two keys stand: "is" and "a" open one each, and are
    # everywhere; then only the phrases that open on this word)
    for k in _with_pair(keys, _with(keys, looked_at, _OTHERS_FIRST), _OTHERS_PAIRS):
        if k <= done or not any(
            tuple(keys[k : k + len(p)]) == p for p in _OTHERS_BY_FIRST[keys[k]]
        ):
            continue
        start = _sentence_start(words, k)
        if k - start > _OTHERS_REACH:
            continue
        end = words.clause_on(k + 1, min(n, k + _PRACTICE_REACH + 1)) - 1
        done = end
        out.append((k, start, end))
    return out


# "Some would model them as levers ... . I'd keep it simpler, ...": after what others would
# do, our own sentence opens on a simpler or another course, and says no cue (reject13).
_OWN_COURSE = frozenset("simpler simple simply rather instead stick".split())
_OWN_COURSE_WORDS = 4
"""How far into the next sentence the word of another course is looked for ("I'd keep it
simpler", "We'd rather", "I'd stick with")."""


def _voiced_then_other_course(
    words: Words, triggers: dict[int, Negation], voiced: Sequence[tuple[int, int, int]]
) -> Iterable[tuple[int, Negation]]:
    """ "Promotions and fees: some would model them as levers and re-run forecasts per
    scenario. I'd keep it simpler, taking the marketing calendar as a given input.": a
    sentence that gives an idea to others (`voiced_by_others`), with no verdict of its own,
    followed by one that opens on us (its first word) taking a simpler or another course
    within its first words: the idea reported is not taken up. Not "... . We'd do the same"
    or "... . I agree": no word of another course. Each such sentence is read once, up to
    _PRACTICE_REACH words (`voiced` is `_voiced_sentences`)."""
    raw, n = words.words, len(words.keys)
    for k, start, end in voiced:
        nxt = end + 1
        if (
            nxt >= n
            or not words.sentence_break_before(nxt)
            or plain(raw[nxt]) not in FIRST_PERSON
            or any(j in triggers for j in range(start, end + 1))
        ):
            continue
        course = next(
            (
                j
                for j in range(nxt + 1, min(n, nxt + _OWN_COURSE_WORDS + 1))
                if plain(raw[j]) in _OWN_COURSE
            ),
            None,
        )
        if course is None or any(words.boundary_before(j) for j in range(nxt + 1, course + 1)):
            continue
        dropped = Negation(f"{raw[k]} ... {' '.join(raw[nxt : course + 1])}", nxt, course)
        yield from ((j, dropped) for j in range(start, end + 1))


# "X is nice in theory, but not now": an idea weighed, then put off or dropped.
_WEIGHING = phrase_stems(
    (
        "considered",
        "consider",
        # a possibility weighed (reject14): "a joint sender + content model could squeeze out
        # more, but for v1 I'd rather keep the layers apart"
        "could",
        "might",
        "thought about",
        "think about",
        "thought of",
        # "I was thinking to decompose the ETA into legs, but ..."
        "was thinking",
        "were thinking",
        "thinking about",
        "thinking of",
        "is worth",
        "are worth",
        "worthwhile",
        "looked at",
        "looked into",
        "tempting",
        "tempted",
        "nice in theory",
        "in theory",
        "theoretically",
        "usual answer",
        "standard answer",
        "textbook",
        "next step",
        "people will tell you",
        "people often",
        "one could",
        "could worry",
        "an argument",
        "i know it works",
        "makes sense",
        "would be nice",
        "is real",
        "could help",
        "might help",
        "would help",
        "could be useful",
        "might be useful",
        "worth considering",
        "in principle",
        "on paper",
        "ideally",
        "in an ideal world",
        "appealing",
        "attractive",
        "popular",
        "sounds good",
        "sound good",
        "sounds nice",
        "sound nice",
        "sounds great",
        "looks good",
        "possible",
        "nice idea",
        "good idea",
        "elegant",
        "more efficient",
        "obvious next step",
        "cleaner",
        "more principled",
        # an idea ranked above the plan before the turn (reject21): "X is a nicer answer, but
        # I'm not sure it's worth the extra models yet", "the fancier option"
        "nicer",
        "fancier",
        "better answer",
        "proper answer",
        "is nice",
        "are nice",
        "nice",
        "fair point",
        "valid point",
        "good point",
        "interesting",
        "is great",
        "sounds great",
        "exists",
        "there is some",
        "there's some",
        "there will be some",
        "some people would",
        "people would",
        "some teams",
        # what others would propose, weighed: "X is the obvious answer, but ...", "X was
        # suggested, but ...", "people talk about X, but ..."
        "obvious answer",
        "obvious move",
        "obvious efficiency move",
        "proper answer",
        "common recommendation",
        "common suggestion",
        "was suggested",
        "were suggested",
        "people talk about",
        "people like to talk about",
        "people will say",
        # a remedy weighed by what it would do: "cluster randomisation would handle it, but
        # I'd accept the bias", "a holdout would fix that, but ..."
        "would handle",
        "would fix",
        "would solve",
        "would address",
        # "X would be the natural next source, but ...", "X is the rigorous check, but ..."
        "natural next",
        "rigorous",
        # what comes up in discussion: "graph embeddings come up a lot here"
        "come up a lot",
        "comes up a lot",
        # what others recommend or what it would bring, weighed: "X is what the papers
        # recommend, but ...", "X has real benefits, but ...", "there's a case for X, but ..."
        "the papers",
        "principled",
        "real benefits",
        "could work",
        "might work",
        "would catch",
        "might add",
        "could add",
        "would add",
        "a case for",
        "long term answer",
        "the right answer",
        "you could",
        # "X is the standard upgrade / the obvious addition / probably where this ends up /
        # keeps coming up, but ...", "X sounds efficient, but ...", "X would be a good thing
        # to measure eventually, but ..."
        "standard upgrade",
        "standard approach",
        "standard choice",
        "standard fix",
        "the obvious",
        "ends up",
        "end up",
        "keep coming up",
        "keeps coming up",
        "sounds",
        "a good thing",
        "clearly there",
    )
)
# A concession closing the clause before the "but": "Spammers will adapt, of course, but I'd
# hold off on online learning" (not "Of course we monitor drift, but ...", which opens on it).
_CONCEDING = stems("course sure granted admittedly")
# "X is tempting, but a daily batch is enough": what suffices drops what was weighed.
_SUFFICES = stems(
    "enough suffices suffice sufficient rather stick stay negligible small minor tiny marginal "
    # "..., but we're under budget already, so one model keeps things simpler" (reject14)
    "simpler"
)


_SUFFICE_REACH = 16
"""How far after the "but" a word of what suffices drops the weighed idea: "X would be more
principled, but a tuned buffer is easier to explain to product and is probably enough"."""
_BUT_REACH = 30
"""How far after the "but" of a weighed idea a cue that drops it is looked for (in its
sentence): "fair point in theory, but the calendar is fixed by Thursday, so I'd just use it
as a normal feature and not build scenario re-runs"."""
# "I considered it, but for v1 I'd take the max of the scores": a choice of something else.
_CHOOSING_INSTEAD = stems(
    "take use go start keep ship pick choose rely settle stick stay wait hold pass defer skip "
    # "..., but I'd accept the bias for now", "..., but I'd leave it for after launch", "...,
    # but I'd put it in the second half", "..., but I'd postpone it"
    "accept leave put postpone push"
)
_CHOOSERS = frozenset("i'd we'd i'll we'll".split())
# "I thought about X, but ..., and for v1 one end-to-end model is simpler": what the first
# version does instead.
_FOR_NOW = frozenset(
    phrase_stems(("for v 1", "for the first", "in v 1", "for a v 1", "for launch"))
)
_FOR_NOW_PAIRS = frozenset(phrase[:2] for phrase in _FOR_NOW)
"""The first two keys of each (every one has two or more)."""


def _chooser_before(words: Words, k: int) -> bool:
    """Whether "I'd", "we'd", "I'll" or "we'll" (perhaps with "just", "rather", "simply")
    stands right before word k."""
    raw = words.words
    j = k - 1
    while j > 0 and raw[j].lower() in ("just", "rather", "simply", "probably", "still"):
        j -= 1
    return j >= 0 and plain(raw[j]) in _CHOOSERS


def _weighed_then_dropped(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[Iterable[int], Negation]]:
    """The words of a clause that weighs an idea ("X is the usual answer", "I considered
    X", "X is nice in theory") when the clause after its "but" drops it with a cue, as runs
    (`_Covering.cover`: each reaches back to its sentence's start)."""
    keys = words.keys
    n = len(keys)
    # Read forward once for the whole text (the "but"s come in order): walking back to the
    # sentence's start, and looking for a weighing phrase in all of it, for every "but" was
    # quadratic in a long unpunctuated paste (20,000 words with cues took 38 s).
    scanned, last_break = 1, 0
    weighing: _Occurrences | None = None
    for b in _with(keys, looked_at, _BUT):
        if b == 0:
            continue
        after = next(
            (
                triggers[k] if k in triggers else Negation(words.words[k], k, k)
                for k in range(b + 1, min(n, b + _BUT_REACH))
                if k in triggers
                or (k < b + _SUFFICE_REACH and keys[k] in _SUFFICES)
                or (keys[k] in _CHOOSING_INSTEAD and _chooser_before(words, k))
                or tuple(keys[k : k + 3]) in _FOR_NOW
            ),
            None,
        )
        if after is not None and any(
            words.sentence_break_before(k) for k in range(b + 1, after.first + 1)
        ):
            after = None
        if after is None:
            # "A multi-task setup is more efficient, but policies change per category. The
            # saving isn't worth the coupling yet.": the verdict in the next sentence.
            after = _verdict_next(words, triggers, b)
        if after is None:
            continue
        for k in range(scanned, b):
            if words.sentence_break_before(k):
                last_break = k
        scanned = max(scanned, b)
        start = last_break  # the last break in 1..b-1, else 0: as walking back finds it
        if b - start > _LONG_CLAUSE:
            weighing = weighing or _Occurrences(keys, _WEIGHING)
            weighs_idea = weighing.within(start, b) or _voiced_in(keys, b - _LONG_CLAUSE, b - 1)
        else:
            clause = keys[start:b]
            weighs_idea = _holds_one_of(clause, _WEIGHING) or _voiced_in(keys, start, b - 1)
        if weighs_idea or (keys[b - 1] in _CONCEDING and "," in words.before(b)):
            if _ours_after(words, triggers, after.last):
                continue  # "X could reach past two hops, but we don't need them in the
                # ranker; we use them as a candidate source": a clause of ours takes X up
            weighed = Negation(f"{words.words[b]} {after.trigger}", b, after.last)
            yield range(start, b), weighed
            if tuple(keys[after.first : after.first + 3]) in _FOR_NOW:
                # "..., but the labels for each leg are flaky, and for v1 ...": what stands
                # between the "but" and what the first version does is the reason it waits
                yield range(b + 1, after.first), weighed
            if (
                plain(words.words[start]) in _BACK_REFERENCES or _weighs_back(words, start, b)
            ) and not _ours_in(words, triggers, _previous_sentence(words, start + 1)):
                # "One could worry that X. It's real in theory, but ...": "it" is X. Not
                # "We train X weekly. They could drift, but I wouldn't worry": X is ours.
                yield _previous_sentence(words, start + 1), weighed


def _ours_after(words: Words, triggers: dict[int, Negation], k: int) -> bool:
    """Whether the clause after the one word k ends opens, past a ';', on a word of ours
    that takes the weighed idea up by a pronoun, with no cue in its first words: "...; we
    use them as a candidate source" (not "...; I'd stick with expert grading", another
    choice)."""
    raw, n = words.words, len(words.words)
    j = words.clause_on(k + 1, min(n, k + _BUT_REACH + 1))
    if j >= n or ";" not in words.before(j) or plain(raw[j]) not in FIRST_PERSON:
        return False
    opening = range(j + 1, min(n, j + _TAKEN_UP_WORDS))
    return not any(i in triggers for i in opening) and any(
        plain(raw[i]) in _BACK_REFERENCES for i in opening
    )


def _ours_in(words: Words, triggers: dict[int, Negation], span: Iterable[int]) -> bool:
    """Whether a sentence (its words, from the last back) opens on a word of ours ("We train
    X weekly") and holds no cue: a statement of our own, not one we report ("One could
    worry that the ETA we show ...")."""
    first = None
    for k in span:
        if k in triggers:
            return False
        first = k
    return first is not None and plain(words.words[first]) in FIRST_PERSON


# "X is the obvious big label source, but they come from 2% of users, people report
# newsletters, and unclicked mail isn't confirmed good either.": an idea weighed, then only
# found fault with after the "but" (reject13).
_FAULT_PRONOUNS = frozenset("it they it's they're its their".split())
_FAULT_SENTENCE = 40
"""How far a sentence of faults after a "but" is read for a word of ours."""
_REGARDLESS = frozenset("still anyway regardless nevertheless nonetheless".split())


def _weighed_then_faulted(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The words of a clause that weighs an idea (a `_WEIGHING` phrase before a "but" in its
    sentence, at most _LONG_CLAUSE words back) when the clause after the "but" opens on a
    pronoun for the idea ("but they come from ...", "but it's skewed ...") and the rest of
    the sentence says nothing of ours, turns to no remedy ("so", "which") and holds no cue
    (a verdict is `_weighed_then_dropped`'s); nor does the next sentence take it up
    regardless ("We'd still use them"). Only found fault with, the idea is not taken."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for b in _with(keys, looked_at, _BUT):
        if b == 0 or b + 1 >= n or plain(raw[b + 1]) not in _FAULT_PRONOUNS:
            continue
        start = _sentence_start(words, b)
        if ";" in words.before(start) or b - start > _LONG_CLAUSE:
            continue
        clause = keys[start:b]
        if not _holds_one_of(clause, _WEIGHING):
            continue
        if any(plain(raw[k]) in FIRST_PERSON for k in range(start, b)):
            continue
        end = words.clause_on(b + 2, min(n, b + _FAULT_SENTENCE + 1)) - 1
        if any(
            plain(raw[k]) in FIRST_PERSON
            or plain(raw[k]) in _OURS
            or plain(raw[k]) in _FAULT_HANDLED
            or k in triggers
            for k in range(b + 2, end + 1)
        ):
            continue
        nxt = end + 1
        if nxt < n and any(
            plain(raw[k]) in _REGARDLESS
            or (";" in words.before(nxt) and plain(raw[k]) in FIRST_PERSON and k not in triggers)
            for k in range(nxt, min(n, nxt + _TAKEN_UP_WORDS))
        ):
            continue  # "...; we budget 5k a quarter for it": a clause of ours goes on
        faulted = Negation(f"{raw[b]} {raw[b + 1]} ...", b, b + 1)
        yield from ((k, faulted) for k in range(start, b))


# "Learned member embeddings could reach past two hops, but friends-of-friends already
# covers most; I'd hold off on graph embeddings until ...": what an idea could do, weighed,
# then dropped by a cue after the "but" (reject13).
_POSSIBLE = frozenset("could might".split())


def _taken_up_after(words: Words, triggers: dict[int, Negation], k: int) -> bool:
    """Whether a clause after a ";" later in the sentence of word k (at most _FAULT_TAIL
    words on) opens on us with no cue in its first words: "...; we use them as a candidate
    source" takes the idea up again."""
    raw, n = words.words, len(words.words)
    for j in range(k, min(n, k + _FAULT_TAIL)):
        if words.sentence_break_before(j):
            return False
        if ";" in words.before(j) and plain(raw[j]) in FIRST_PERSON:
            return not any(i in triggers for i in range(j, min(n, j + _TAKEN_UP_WORDS)))
    return False


def _buts_after_a_short_clause(words: Words, looked_at: Sequence[int]) -> Iterator[tuple[int, int]]:
    """(the word "but", its sentence's first word) for each "but" after the sentence's first
    word whose clause before it is short enough to be one weighing (_LONG_CLAUSE)."""
    raw = words.words
    for b in _with(words.keys, looked_at, _BUT):
        if b == 0 or plain(raw[b]) != "but":
            continue
        start = _sentence_start(words, b)
        if b - start <= _LONG_CLAUSE:
            yield b, start


def _possible_then_dropped(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The clause before a "but" whose subject (no word of ours) could or might do
    something ("X could reach past two hops"), when a cue that refuses or puts off stands
    after the "but" within _BUT_REACH words and before the sentence ends: the possibility
    weighed, then dropped. Not "we could ..., but" (ours: `_weighed_then_dropped` reads
    such weighing), nor a cue only of its own later clause of ours that takes the idea up
    (a cue is needed at all)."""
    raw, n = words.words, len(words.keys)
    for b, start in _buts_after_a_short_clause(words, looked_at):
        modal = next((k for k in range(start + 1, b) if plain(raw[k]) in _POSSIBLE), None)
        if modal is None or any(plain(raw[k]) in FIRST_PERSON for k in range(start, b)):
            continue
        if plain(raw[start]) in _THIRD_PERSON_OPENERS or plain(raw[start]) in _NOT_IDEAS:
            continue
        cue = next(
            (
                triggers[k]
                for k in range(b + 1, min(n, b + _BUT_REACH))
                if k in triggers
                and triggers[k].first == k
                and triggers[k].trigger.lower() not in PLAIN_NEGATIONS
            ),
            None,
        )
        if cue is None or any(words.sentence_break_before(k) for k in range(b + 1, cue.first + 1)):
            continue
        if _taken_up_after(words, triggers, cue.last + 1):
            continue  # "..., but we don't need them in the ranker; we use them as candidates"
        dropped = Negation(f"{raw[modal]} ... but {cue.trigger}", cue.first, cue.last)
        yield from ((k, dropped) for k in range(start, b))


# "Yes, chargebacks trickle in over 30-120 days, but 99.9% of transactions are good anyway,
# so ...": a problem conceded, then dismissed (reject13).
_CONCESSIONS = frozenset("yes sure granted admittedly true".split())
_DISMISSING = frozenset("anyway regardless".split())


def _conceded_then_dismissed(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """A sentence that opens on a concession and a comma ("Yes, ...", "Sure, ...",
    "Granted, ...") when the clause after its "but" dismisses what it conceded ("... are
    good anyway", "regardless"), with no word of ours there: the conceded matter is waved
    away. Not "Sure, labels arrive late, but we handle that anyway" (ours)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for b in _with(keys, looked_at, _BUT):
        if plain(raw[b]) != "but":
            continue
        start = _sentence_start(words, b)
        if (
            b - start > _LONG_CLAUSE
            or plain(raw[start]) not in _CONCESSIONS
            or "," not in words.before(start + 1)
        ):
            continue
        end = b + 1
        dismissed = None
        while end < n and end - b < _FAULT_SENTENCE_WORDS and not _clause_starts(words, end):
            w = plain(raw[end])
            if w in FIRST_PERSON or w in _OURS:
                dismissed = None
                break
            if w in _DISMISSING and dismissed is None:
                dismissed = end
            end += 1
        if dismissed is None:
            continue
        neg = Negation(f"{raw[start]} ... but ... {raw[dismissed]}", dismissed, dismissed)
        yield from ((k, neg) for k in range(start + 1, b))


# "Propensity weighting would help, but the position feature already gets us most of the
# way", "X is appealing, but Y covers most of it" (reject19): a merit granted to an idea, then
# another thing said to be enough already. The idea is weighed and not taken.
_GRANTING = frozenset(
    "would could might appealing tempting nice useful interesting elegant attractive "
    "helpful".split()
)
_SUFFICING = frozenset(("already", "enough"))
_MOST_OF = ("most", "of")
_SUFFICING_WORDS = 14
_CONDITIONING = frozenset("if unless when once until".split())


def _granted_then_sufficed(
    words: Words, looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """The clause before a "but" that grants an idea a merit ("would help", "is appealing")
    with no word of ours, when the clause after the "but" says something is enough already
    ("already gets us most of the way", "covers most of it", "is enough"), with no condition
    before that ("but only if we already have labels" keeps the idea open)."""
    raw, n = words.words, len(words.keys)
    for b, start in _buts_after_a_short_clause(words, looked_at):
        before = [plain(raw[k]) for k in range(start, b)]
        if _GRANTING.isdisjoint(before) or not FIRST_PERSON.isdisjoint(before):
            continue
        sufficed = None
        for k in range(b + 1, min(n, b + 1 + _SUFFICING_WORDS)):
            if k > b + 1 and words.boundary_before(k):
                break
            w = plain(raw[k])
            if w in _CONDITIONING:
                break
            if w in _SUFFICING or (
                w == _MOST_OF[0] and k + 1 < n and plain(raw[k + 1]) == _MOST_OF[1]
            ):
                sufficed = k
                break
        if sufficed is None:
            continue
        neg = Negation(f"but ... {raw[sufficed]}", sufficed, sufficed)
        yield from ((k, neg) for k in range(start, b))


_SET_OFF = frozenset("; : \u2014 \u2013".split())
_ASIDES = frozenset("honestly frankly so and but realistically".split())
_CHOOSER_REACH = 4


def _weighed_then_for_now(
    words: Words, looked_at: Sequence[int]
) -> Iterable[tuple[range, Negation]]:
    """ "X would be the rigorous approach; for v1 I'd settle for Y", "X sounds great on paper;
    honestly, for v1 I'd rather use Y": a clause that weighs an idea, then, set off by a
    semicolon, colon or dash, what the first version does instead (with "I'd"/"we'd" within
    a few words) drops it, as a "but" would."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for f in _with_pair(keys, _with(keys, looked_at, _FOR_FIRST), _FOR_NOW_PAIRS):
        end = next((f + len(p) for p in _FOR_NOW if tuple(keys[f : f + len(p)]) == p), None)
        if end is None:
            continue
        j = f
        while j > 0 and plain(raw[j - 1]) in _ASIDES and words.before(j).strip() in ("", ","):
            j -= 1  # "; honestly, for v1 I'd ..."
        if j == 0 or not _set_off(words, j):
            continue
        if not any(plain(raw[m]) in _CHOOSERS for m in range(end, min(n, end + _CHOOSER_REACH))):
            continue
        start = words.sentence_start(j - 1)
        if start < j - 1 and weighs(words, start, j - 1):
            yield range(start, j), Negation(" ".join(raw[f:end]), f, end - 1)


def _set_off(words: Words, j: int) -> bool:
    sep = words.before(j)
    return any(c in sep for c in _SET_OFF) or " - " in sep


_FOR_FIRST = frozenset((stem("for"), stem("in")))


_LONG_CLAUSE = 64
"""A clause longer than this (in words) is searched through `_Occurrences`, read once."""


class _Occurrences:
    """Where the phrases of a set occur in a text's keys, found once (each position is
    looked up by its key: linear), so whether one lies wholly within words start..end-1 is a
    bisection, however long the text and however often it is asked."""

    def __init__(self, keys: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        starts: list[int] = []
        ends: list[int] = []
        for i, key in enumerate(keys):
            for phrase in by_first.get(key, ()):
                m = len(phrase)
                if tuple(keys[i : i + m]) == phrase:
                    starts.append(i)
                    ends.append(i + m)
        # The least end of the occurrences from each one on: one starting at or after
        # `start` ends by `end` when the least end from the first of them does.
        least = ends[:]
        for j in range(len(least) - 2, -1, -1):
            least[j] = min(least[j], least[j + 1])
        self._starts, self._least_end = starts, least

    def within(self, start: int, end: int) -> bool:
        j = bisect_left(self._starts, start)
        return j < len(self._starts) and self._least_end[j] <= end


def _weighs_back(words: Words, start: int, b: int) -> bool:
    """Whether the clause before a "but" only weighs "this"/"it"/"that" ("I considered
    this", "I thought about it"): what it weighs is the sentence before."""
    if b - start > _WEIGHS_BACK_WORDS:
        return False  # without reading a long clause's words (once per "but": quadratic)
    raw = words.words
    clause = [plain(raw[k]) for k in range(start, b)]
    return any(w in _ANAPHORS for w in clause) and all(w in _WEIGHING_BACK for w in clause)


_WEIGHS_BACK_WORDS = 6
_WEIGHING_BACK = frozenset(
    "i we i'd we'd did do also considered consider thought think about of looked at into "
    "it this that them those these honestly".split()
)


_NEXT_REACH = 12
"""How far into the next sentence a verdict on a weighed idea is looked for."""


def _verdict_next(words: Words, triggers: dict[int, Negation], b: int) -> Negation | None:
    """For a "but" at word b with no cue after it in its sentence: a rejecting cue (not a
    plain "no"/"not") within the first words of the next sentence."""
    n = len(words.keys)
    k = words.break_on(b + 1, min(n, b + _PRACTICE_REACH + 1))
    if k >= n or k - b > _PRACTICE_REACH:
        return None
    for j in range(k, min(n, k + _NEXT_REACH)):
        if j > k and words.sentence_break_before(j):
            return None
        neg = triggers.get(j)
        if neg is not None and neg.trigger not in PLAIN_NEGATIONS:
            return neg
    return None


# Sentence openers that set practice against the theory of the sentence before.
_IN_PRACTICE = phrase_stems(
    (
        "in practice",
        "practically",
        "realistically",
        "that said",
        "but",
        "however",
        "still",
        "even so",
        # "X comes up a lot here. For v1, ... I'd revisit it after the ranker is in."
        "for v 1",
        "for the first version",
    )
)
_IN_PRACTICE_FIRST = frozenset(phrase[0] for phrase in _IN_PRACTICE)
_PRACTICE_REACH = 40


def _weighed_then_dropped_later(
    words: Words, triggers: dict[int, Negation], looked_at: Sequence[int]
) -> Iterable[tuple[int, Negation]]:
    """ "X is in theory the cleaner design. In practice ..., so I'd accept that rather than
    build X for v1.": a sentence that weighs an idea, when the next one opens with practice
    against it and drops something with a cue anywhere in it."""
    keys, n = words.keys, len(words.keys)
    for b in _with(keys, looked_at, _IN_PRACTICE_FIRST, 1):
        if not words.sentence_break_before(b):
            continue
        if not any(tuple(keys[b : b + len(p)]) == p for p in _IN_PRACTICE):
            continue
        k = b + 1
        after = None
        while k < n and k - b <= _PRACTICE_REACH and not words.sentence_break_before(k):
            if k in triggers:
                after = triggers[k]
                break
            k += 1
        if after is None:
            continue
        previous = list(_previous_sentence(words, b))
        if previous and (
            _holds_one_of(keys[min(previous) : b], _WEIGHING)
            or _voiced_in(keys, min(previous), b - 1)
        ):
            weighed = Negation(f"{words.words[b]} ... {after.trigger}", b, after.last)
            yield from ((k, weighed) for k in previous)


_POINTING_BACK = frozenset("it them they this that these those such".split())
_POINTING_REACH = 12
_WEIGHING_REACH = 40


def points_back(words: Words, first: int, last: int) -> bool:
    """Whether the first words of first..last point back at something said before ("I
    thought about attributing them back ...", "I'm skeptical of how well such surrogates
    transfer"): at most _POINTING_REACH words are read."""
    raw = words.words
    return any(
        plain(raw[k]) in _POINTING_BACK
        for k in range(first, min(last, first + _POINTING_REACH) + 1)
    )


def weighs(words: Words, first: int, last: int) -> bool:
    """Whether words first..last weigh an idea ("I also considered X", "X is tempting"),
    reading at most _WEIGHING_REACH words."""
    end = min(last, first + _WEIGHING_REACH)
    keys = words.keys[first : end + 1]
    return _holds_one_of(keys, _WEIGHING) or _voiced_in(words.keys, first, end)


def _holds_one_of(keys: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether one of the phrases stands in these keys. Only a phrase whose words all stand
    there is looked for word by word: the keys are put in a set once, where looking for each
    of 50 phrases at every word of a clause was a tenth of a long answer's negation."""
    present = set(keys)
    return any(present.issuperset(phrase) and _holds(keys, phrase) for phrase in phrases)


def _holds(keys: Sequence[str], phrase: tuple[str, ...]) -> bool:
    m = len(phrase)
    return any(tuple(keys[i : i + m]) == phrase for i in range(len(keys) - m + 1))
