"""How far a cue reaches: the scope after and before it, and the words that end one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from designtrainer.grading.negation.cues import SCOPE, TERMINATORS
from designtrainer.grading.words import ARTICLES, Words, is_boundary, plain, stems

_TOPIC_WORDS = 8
"""The most words a fronted topic runs to its comma."""


# A negation reaches over a list it governs: "no filtering or blocklists", "wouldn't look at
# sender or network metadata such as IP reputation", "no SMOTE, oversampling or class weights".
_LIST_ON = frozenset("or nor like including such especially particularly vs versus".split())
# Words a scope carries for free: "would not do a re-ranking layer for diversity".
_FREE = frozenset(ARTICLES | stems("for of in on at to any"))
_COORDINATORS = frozenset(("and", "or", "nor"))
_ARROW_MARKS = frozenset(("\u2192", "\u21d2", "->", "=>"))
"""Marks of an arrow in a separator: it maps what comes before to what it becomes, so a
negation before it ("didn't engage with them → negatives") does not reach past it."""


_VERDICT_COPULAS = frozenset(("is", "are", "was", "were", "seems", "sounds", "feels", "'s"))
_NEGATED_COPULAS = frozenset(("isn't", "aren't", "wasn't", "weren't", "isnt", "arent"))
"""A verdict that opens on one of these is said of the subject before it, as after a copula:
"Fairness of exposure by segment isn't something I'd optimise" (reject14)."""
# Words that start a clause: a verdict's subject does not reach back past them.
_CLAUSE_OPENERS = frozenset(
    (
        "but however although though yet whereas while so because since which that who we i "
        "they you it then therefore thus hence if when unless until once i'd we'd i'll we'll "
        "it's"
    ).split()
)
_PLURAL_COPULAS = frozenset(("are", "were"))
# Adverbs that hedge a verdict without changing what it judges.
_HEDGES = frozenset(
    "probably likely maybe perhaps possibly arguably honestly frankly really just still "
    "also clearly definitely somewhat".split()
)
# After "to" and a verb these are its object, not a new clause: "to counter that".
_OBJECT_PRONOUNS = frozenset(("that", "it", "this"))
_ARTICLE_WORDS = frozenset(("a", "an", "the"))
_VERDICT_ADJECTIVES = frozenset("sensible natural reasonable good fine obvious".split())
_PRONOUN_SUBJECTS = frozenset("we i they you it i'd we'd i'll we'll it's".split())
_LIST_ENDS = (("and", "so", "on"), ("and", "the", "like"), ("and", "such"), ("or", "so"))
_LIST_END_WORDS = frozenset(end[-1] for end in _LIST_ENDS)
"""The last words of `_LIST_ENDS`: only a word among these can end one, and the words before
it are compared only then (the subject of a verdict is walked back over word by word)."""


def _subject_of_verdict(words: Words, i: int, trigger: str) -> Iterable[int]:
    """For a verdict after a copula ("... is nice to have", "... is a lot of moving parts"):
    its subject, back to the start of the clause (at most 2 * SCOPE words), across a list
    ("Slicing by prefix length, locale and so on is nice to have") but not across an "and"
    that joins two clauses ("we retrain weekly and drift is not a concern")."""
    raw = words.words
    first = trigger.split()[0]
    if first not in _VERDICT_COPULAS and first not in _NEGATED_COPULAS:
        while i > 1 and raw[i - 1].lower() in _VERDICT_ADJECTIVES:
            i -= 1  # "... is a sensible later phase": a word of judgement before the verdict
        while i > 0 and raw[i - 1].lower() in _ARTICLE_WORDS:
            i -= 1  # "... are a last resort": the cue's words are keyed without the article
        while i > 1 and raw[i - 1].lower() in _HEDGES and plain(raw[i - 2]) in _VERDICT_COPULAS:
            i -= 1  # "... is probably too ambitious": a hedge between copula and verdict
        if i == 0 or plain(raw[i - 1]) not in _VERDICT_COPULAS:
            return []
        i -= 1
    # "Fuzzy matching and a neural language model are a last resort": a plural copula after
    # an "and" takes both sides as its subject (a singular one, "we retrain weekly and drift
    # is not a concern", joins two clauses), over a longer reach.
    plural = raw[i].lower() in _PLURAL_COPULAS
    reach = 3 * SCOPE if plural else 2 * SCOPE
    out: list[int] = []
    listing = False
    joined = -1
    k = i - 1
    while k >= 0 and i - k <= reach:
        word = plain(raw[k])
        if raw[k].lower() in _LIST_END_WORDS and any(
            tuple(w.lower() for w in raw[max(0, k - len(end) + 1) : k + 1]) == end
            for end in _LIST_ENDS
        ):
            listing = True  # met at its last word: "on" of "and so on"
        elif word in ("and", "or") and not listing:
            if not any("," in words.before(j) for j in range(max(0, k - 4), k + 1)):
                if not plural and word == "and":
                    return []  # two clauses, not a list
                joined = len(out)
            elif (
                not plural
                and words.before(k).strip() == ","
                and (
                    _long_item(words, k)
                    or _subject_item(words, k)
                    or plain(raw[k + 1]) in _ONE_THING
                )
            ):
                # (reject21) "Calibration, and an LLM judge is not needed": after ", and",
                # "a"/"an" opens one thing, the subject of the singular copula alone
                return out  # "X runs on a schedule, and retraining is deferred": two clauses
            listing = True
        elif (
            word in _CLAUSE_OPENERS
            and not (word == "so" and listing)
            and not (word in _OBJECT_PRONOUNS and k >= 2 and raw[k - 2].lower() == "to")
        ):
            # ("Exploration to counter that is a last resort": "that" is what is countered.)
            if joined >= 0 and word in _PRONOUN_SUBJECTS:
                return out[:joined]  # "we retrain weekly and the dashboards are overkill"
            break
        out.append(k)
        sep = words.before(k)
        if sep != " " and (
            words.sentence_break_before(k) or ";" in sep or ":" in sep or "\n" in sep
        ):
            break  # (one space, the usual separator, breaks nothing)
        k -= 1
    return out


_LIST_ITEM_REACH = 3
_ONE_THING = frozenset(("a", "an"))


def _long_item(words: Words, k: int) -> bool:
    """Whether what stands before the ", and" at word k, back to the comma or clause start
    before it, is longer than a list item (more than _LIST_ITEM_REACH words): a clause."""
    j = k - 1
    while j > 0 and not words.boundary_before(j):
        j -= 1
        if k - j > _LIST_ITEM_REACH:
            return True
    return k - j > _LIST_ITEM_REACH


def _subject_item(words: Words, k: int) -> bool:
    """Whether what stands before the ", and" at word k, back to the comma or clause start
    before it, holds a pronoun subject ("We use SMOTE, and anything fancier is overkill",
    reject19): a clause of its own, however short, not an item of the verdict's list."""
    j = k - 1
    while j >= 0 and k - j <= _LIST_ITEM_REACH:
        if words.words[j].lower() in _PRONOUN_SUBJECTS:
            return True
        if words.boundary_before(j):
            return False
        j -= 1
    return False


# Prepositions of means: they end a negation's reach ("we won't retrain by hand"), except
# right after the cue, where they start what is refused ("rank by bid, not by CTR").
_MEANS = frozenset(("by", "with", "via", "through", "using"))


def _scope_after(words: Words, end: int) -> Iterable[int]:
    """The words a trigger ending before word `end` negates: SCOPE words (articles are free),
    and SCOPE more after each "or", "nor", "such as", "like", "including"; across a comma
    only when the list it starts goes on to an "or"/"nor"."""
    raw, parts, keys = words.words, words.parts, words.keys
    n = len(raw)
    k, budget = end, SCOPE
    listing = False
    resumed = -1
    if 0 < end < n and parts[2 * end].strip() == ",":
        # "I wouldn't, at least initially, build X": the reach resumes after the aside.
        k = resumed = _aside_end(words, end) or k
    while k < n and (budget > 0 or (raw[k].lower() in _LIST_ON and not is_boundary(parts[2 * k]))):
        sep = parts[2 * k]
        if sep != " " and (  # (one space, the usual separator, ends nothing: settled first)
            (
                k != resumed
                and is_boundary(sep)
                and not (sep.strip() == "," and _list_goes_on(words, k))
            )
            or _arrow(sep)
        ):
            return  # an arrow leads to what follows: "didn't engage with them → negatives"
        word = raw[k].lower()
        if word in _LIST_ON:
            budget = SCOPE + 1
            listing = True
        elif word == "and" and listing and k + 1 < n and raw[k + 1].lower() not in TERMINATORS:
            pass  # "on OCR or clever table and slide parsing": the list goes on
        elif word in _RELATIVES and k > end and raw[k - 1].lower() in _PEOPLE:
            # "push back on anyone who wants to optimise clicks": what they want is refused
            budget = SCOPE + 1
        elif (
            word in _RELATIVES
            and k > end
            and not listing
            and k + 1 < n
            and (
                raw[k + 1].lower() in _RELATIVE_VERBS
                or (k > end + 1 and _verb_of_a_thing(raw[k + 1]) and keys[k - 1] not in _FREE)
            )
            and not is_boundary(parts[2 * k + 2])
        ):
            # "not posts that were never shown": the relative clause tells which posts are
            # refused, so it is refused with them (not "I don't know that it helps")
            budget = SCOPE + 1
        elif word in _RELATIVES and not listing and (resume := _or_after(words, k)):
            # "not try to work out which push caused it or model the delay": "not A or B"
            # refuses both, so the reach goes on past A's relative clause to the "or".
            yield from range(k, resume)
            k, budget, listing = resume, SCOPE + 1, True
            continue
        elif word == "by" and _denied_agent(raw, end, k):
            # "the data isn't meaningfully shaped by our own predictions": after a denied
            # passive, the agent is what is denied (reject19)
            budget = SCOPE + 1
        elif word == "with" and _described_thing(raw, end, k):
            # "I would not bother with a single shared network with a head per category": what
            # the refused thing is built with is refused with it (reject15)
            budget = SCOPE + 1
        elif (
            word in TERMINATORS
            and not (k == end and word in _MEANS)
            # "I wouldn't measure retrieval separately with recall@k": a refused
            # measurement's means is refused with it (not "with 2% positives", a setting)
            and not (word in _MEANS and _measured(keys, end, k) and _not_a_figure(raw, k + 1))
        ):
            return  # "not by CTR alone", "no, not with SMOTE": the means is what is refused
        yield k
        if keys[k] not in _FREE and (parts[2 * k + 2] == " " or not _alternative_next(parts, k, n)):
            budget -= 1
        k += 1


def _arrow(separator: str) -> bool:
    """Whether a separator holds an arrow (`_ARROW_MARKS`); one space, the usual separator,
    is settled first."""
    return separator != " " and any(mark in separator for mark in _ARROW_MARKS)


def _alternative_next(parts: Sequence[str], k: int, n: int) -> bool:
    """Whether word k is joined to the next by a slash ("prep / wait / drive legs"): the
    alternatives of a slashed list count as one word of a refusal's reach, as the words
    of an "or" list do."""
    return k + 1 < n and parts[2 * k + 2].strip() == "/"


# "I don't think PYMK needs its own abuse model": an opinion denied covers the whole clause
# it introduces, its subject and what the verb takes, however long.
_DENIED_OPINION = frozenset(("don't", "dont", "do not", "doesn't", "does not"))
_OPINION_VERBS = frozenset(("think", "believe", "reckon"))
_OPINION_ENDS = frozenset(
    "but however although though yet whereas while so because since as given unless until "
    "instead otherwise therefore thus hence".split()
)
_OPINION_REACH = 16
# Doubts that, like a denied opinion, take a whole clause: "I'm skeptical that ...".
_DOUBTING = frozenset(
    ("skeptical", "sceptical", "unconvinced", "convinced", "sure", "unsure", "doubt", "doubtful")
)
_THAT_WHETHER = frozenset(("that", "whether", "if"))


def _opinion_clause(words: Words, trigger: str, end: int) -> Iterable[int]:
    """The clause an "I don't think" (or a doubt: "I'm skeptical that", "not sure whether")
    denies, from its verb to the clause's end (punctuation or a word joining another clause,
    at most _OPINION_REACH words): "I don't think spammers move fast enough to justify online
    learning or daily retrains" refuses the learning and the retrains, not just the five
    words a plain "don't" reaches."""
    raw = words.words
    n = len(raw)
    if end >= n:
        return
    said = [w for w in trigger.lower().split() if w not in _THAT_WHETHER]
    if trigger.lower() in _DENIED_OPINION and raw[end].lower() in _OPINION_VERBS:
        k = end + 1
    elif said and said[-1] in _DOUBTING:
        # "I'm skeptical that X is worth building", "not convinced that X would pay off"
        k = end + 1 if raw[end].lower() in _THAT_WHETHER else end
    else:
        return
    while k < n and k - end <= _OPINION_REACH:
        if words.boundary_before(k) or raw[k].lower() in _OPINION_ENDS:
            return
        yield k
        k += 1


# "I'd put off continuous training until we see the model go stale": what a refusal waits
# to see is a condition, not a proposal; the clause after "until"/"unless"/"if"/"once" is put
# off with it when it waits to see something ("until the ranker is live" names a step of
# the plan, and stays).
_WAITED_CONDITIONS = frozenset(("until", "till", "unless", "if", "once", "when"))
_OBSERVED = stems("see sees seen notice observe evidence data shows show signs proof")
_CONDITION_WORDS = 16


def _waited_for(words: Words, k: int) -> Iterable[int]:
    """The words of the condition a refusal's reach stopped at (word k), to its clause's end
    (at most _CONDITION_WORDS), when it waits to see something within its first three words
    ("unless we see evidence of drift")."""
    raw, keys = words.words, words.keys
    n = len(raw)
    if k >= n or k == 0 or words.sentence_break_before(k):
        return
    if raw[k].lower() not in _WAITED_CONDITIONS or not any(
        keys[j] in _OBSERVED for j in range(k + 1, min(n, k + 4))
    ):
        return
    j = k + 1
    while j < n and j - k <= _CONDITION_WORDS and not words.boundary_before(j):
        yield j
        j += 1


_PARTICIPLES = frozenset(
    "driven shaped affected influenced caused biased skewed moved changed distorted "
    "dominated limited hurt hit made done given run led".split()
)
"""Participles of a passive whose agent a denial reaches ("isn't driven by X"); any word in
"-ed" is one too."""


def _denied_agent(raw: Sequence[str], end: int, k: int) -> bool:
    """Whether the "by" at word k brings the agent of a passive the cue ending before word
    `end` denies: a participle right before it, and only adverbs of degree between the cue
    and the participle ("isn't meaningfully shaped by", "aren't much affected by")."""
    if k <= end:
        return False
    participle = raw[k - 1].lower()
    if not (participle.endswith("ed") or participle in _PARTICIPLES):
        return False
    return all(
        raw[j].lower().endswith("ly") or raw[j].lower() in _DEGREE for j in range(end, k - 1)
    )


_DEGREE = frozenset("much really that very greatly heavily strongly all at".split())


# People whose wish a cue refuses: "I'd push back on anyone who wants ...".
_PEOPLE = frozenset("anyone anybody someone somebody everyone people those teams".split())
# Words that open a relative clause inside what a cue refuses ("which push caused it").
_RELATIVES = frozenset(("which", "that", "who"))
_RELATIVE_REACH = 6
# What opens a relative clause's verb right after its pronoun ("posts that were never shown",
# "mail which has no report"): the pronoun is not a conjunction ("know that the ...").
_RELATIVE_VERBS = frozenset(
    "is are was were has have had never got get gets aren't weren't wasn't isn't didn't "
    "don't doesn't hasn't haven't".split()
)


# "a staffing simulator that replays plans": after a refused object, a relative pronoun and
# a verb of the third person ("replays", "scores") tell which thing is refused. Not "-ss"
# ("that class"), nor short words ("that is" is above; "this", "its" are not verbs).
_NOT_THIRD_PERSON = frozenset("its this his has was does always sometimes perhaps".split())


def _verb_of_a_thing(word: str) -> bool:
    """Whether a word reads as a verb of the third person singular after "that"/"which"."""
    w = word.lower()
    return (
        len(w) > 4
        and w.endswith("s")
        and not w.endswith(("ss", "'s", "us", "is"))
        and (w not in _NOT_THIRD_PERSON)
    )


def _or_after(words: Words, k: int) -> int | None:
    """The "or" that closes the relative clause opened at word k, within a few words and
    before any punctuation or other clause word: where a refused list goes on."""
    raw = words.words
    for j in range(k + 1, min(len(raw), k + 1 + _RELATIVE_REACH)):
        if words.boundary_before(j):
            return None
        word = raw[j].lower()
        if word in ("or", "nor"):
            return j
        if word in TERMINATORS:
            return None
    return None


_ASIDE = 5


def _aside_end(words: Words, k: int) -> int | None:
    """For a comma before word k: the word after an aside of a few words closed by another
    comma ("at least initially", "for now"), when no clause word sits inside it."""
    raw = words.words
    for j in range(k, min(len(raw), k + _ASIDE + 1)):
        if j > k and words.boundary_before(j):
            return j if words.before(j).strip() == "," else None
        if raw[j].lower() in TERMINATORS:
            return None
    return None


# Verbs of measuring: what they are done "with" or "using" is the measure itself.
_MEASURING = stems(
    "measure evaluate score track report monitor assess judge benchmark "
    # ...and what a measure is sliced "by" is the slice: "I wouldn't slice metrics by
    # prefix length"
    "slice segment break stratify bucket"
)


def _measured(keys: Sequence[str], end: int, k: int) -> bool:
    return any(keys[j] in _MEASURING for j in range(end, k))


def _not_a_figure(raw: Sequence[str], k: int) -> bool:
    return k < len(raw) and not raw[k][:1].isdigit()


def _list_goes_on(words: Words, k: int) -> bool:
    """Whether the list broken by a comma before word k closes with "or"/"nor"."""
    raw, parts = words.words, words.parts
    for j in range(k, min(len(raw), k + 12)):
        if j > k and is_boundary(parts[2 * j]) and parts[2 * j].strip() != ",":
            return False
        word = raw[j].lower()
        if word in ("or", "nor"):
            return True
        if word in TERMINATORS:
            return False
    return False


def _scope_before(words: Words, start: int) -> Iterable[int]:
    """The words a post-trigger starting at word `start` negates: SCOPE words back, and over
    an "and"/"or" that joins what the clause is about ("hides and reports are too rare to be
    useful"), but not one that joins two clauses ("we retrain weekly and drift is not a
    concern")."""
    raw, parts = words.words, words.parts
    k = start - 1
    opened = _parenthesis_before(words, start)
    if opened is not None:
        # "Streaming features (Kafka, Flink) aren't needed": over the brackets to the subject.
        yield from range(start - 1, opened - 1, -1)
        k = opened - 1
        if k < 0 or words.sentence_break_before(opened):
            return
        start = opened
    verdict = start
    while True:
        if k >= 0 and k >= start - SCOPE and is_boundary(parts[2 * k + 2]) and opened is None:
            aside = _dashes_before(words, verdict, k)
            if aside is None:
                aside = _brackets_before(words, verdict, k)
            if aside is not None:
                # "Separate guardrail metrics - latency, diversity - feel like overkill"
                # (reject15): over the dashes to the subject, as over brackets.
                yield from range(k, aside - 1, -1)
                k = aside - 1
                if k < 0 or words.sentence_break_before(aside):
                    return
                start, opened = aside, aside
        if not (
            k >= 0
            and k >= start - SCOPE
            and ((k == start - 1 and opened is not None) or not is_boundary(parts[2 * k + 2]))
        ):
            break
        word = raw[k].lower()
        if word in _COORDINATORS:
            if parts[2 * k].strip() == ",":
                return  # "X from day one, and retraining comes later": two clauses
            before = _subject_before(words, k)
            if before is None:
                return
            yield from range(k, before - 1, -1)
            return
        if word == "yet" and k == start - 1 and k > 0 and not is_boundary(parts[2 * k]):
            pass  # "... we haven't seen yet won't matter": an adverb closing a clause
        elif word in TERMINATORS:
            if word in _CONTACT_PRONOUNS:
                yield from _contact_subject(words, k, start)
            return
        yield k
        k -= 1
    if k == start - SCOPE - 1 and k >= 0 and not is_boundary(parts[2 * k + 2]):
        yield from _long_subject(words, k)


# "The tiny number of late chargebacks we haven't seen yet won't move the needle" (reject18):
# a pronoun right after a noun, with no comma or "that" between, opens a relative clause
# without "that"; the verdict after it judges the noun it describes, not the pronoun.
_CONTACT_PRONOUNS = frozenset(("we", "they", "you", "i"))
_CONTACT_VERB_WORDS = 4
"""The most words between the pronoun and the verdict: the relative clause's verb and a few
words of its own ("we haven't seen yet")."""
_NOT_A_NOUN = frozenset(
    (
        "for of in on at to from into about after before over under during given beyond "
        "is are was were be been do does did can could should would will must may might "
        "not no never just only also still then now here there what how why where "
        "this these those it its our their my your"
    ).split()
)
"""Words that cannot end the noun a relative clause describes: a preposition or a verb
before the pronoun ("after that we ...", "is what we ...") makes the pronoun a subject."""


def _contact_subject(words: Words, k: int, start: int) -> list[int]:
    """For a pronoun at word k inside a post-verdict's reach (starting at word `start`): the
    pronoun and the noun phrase before it back to its clause's start, when the pronoun opens
    a relative clause without "that" (a noun right before it, no comma, a short verb phrase
    up to the verdict); else nothing. The noun phrase must open its clause within
    _LONG_SCOPE words with no clause word, and not on a preposition ("For X we ...": X is
    not the subject)."""
    raw, parts = words.words, words.parts
    if k == 0 or is_boundary(parts[2 * k]) or not 1 <= start - k - 1 <= _CONTACT_VERB_WORDS:
        return []
    noun = raw[k - 1].lower()
    if noun in _NOT_A_NOUN or noun in ARTICLES or noun in TERMINATORS or noun in _COORDINATORS:
        return []
    if noun.endswith("ly") or any(c.isdigit() for c in noun):
        return []
    subject = _long_subject(words, k - 1)
    if not subject or raw[subject[-1]].lower() in _NOT_A_NOUN:
        return []
    return [k, *subject]


# "A fused model that combines text and image is probably overrated for v1" (reject19): a
# verdict after a subject described by a relative clause with "that" or "which" judges the
# described noun, however long the clause ("text and image" inside it joins two nouns, not
# two clauses). Read only when the verdict opens on its clause's own copula ("is", "would
# be", "tends to be", a hedge allowed) and the noun opens its clause, so the noun is the
# sentence's subject ("we train a model that fuses text and image" is no such subject).
_DESCRIBING = frozenset(("that", "which"))
_DESCRIBED_WORDS = 10
"""The most words of a relative clause between its pronoun and the verdict's copula."""
_MAIN_COPULAS = frozenset(
    "is are was were be seems seem sounds sound feels feel looks look tends tend".split()
)
_INSIDE_DESCRIPTION = frozenset(("and", "or", "with", "by", "via", "through", "using"))
"""Words that end a scope elsewhere but sit inside a relative clause's own phrase."""
_CLAUSE_VERBS = frozenset(
    "say says said think thinks believe believes argue argues mean means claim claims "
    "suggest suggests show shows know knows hope ensure check sure so such given".split()
)
"""Words before "that" that make it a conjunction ("people argue that ..."), not a relative."""
_RELATIVE_MODALS = frozenset("would could can will might may should must".split())


def _described_subject(words: Words, start: int) -> list[int]:
    """For a post-verdict starting at word `start`: the relative clause ("that combines text
    and image") and the noun phrase it describes, back to its clause's start, when that
    noun is the subject the verdict judges; else nothing."""
    raw, parts = words.words, words.parts
    opening = raw[start].lower()
    own = opening in _MAIN_COPULAS or opening in _NEGATED_COPULAS
    copula = start if own else start - 1
    while copula > 0 and raw[copula].lower() in _HEDGES:
        copula -= 1
    if copula < 1 or (raw[copula].lower() not in _MAIN_COPULAS and copula != start):
        return []
    k = copula - 1
    while k > 0 and copula - k <= _DESCRIBED_WORDS:
        if is_boundary(parts[2 * k + 2]):
            return []
        word = raw[k].lower()
        if word in _DESCRIBING and k + 1 < copula:
            return _relative_opened(words, k)
        if word in TERMINATORS and word not in _INSIDE_DESCRIPTION:
            return []
        k -= 1
    return []


def _relative_opened(words: Words, k: int) -> list[int]:
    """For "that"/"which" at word k: the words from k back over the noun phrase it describes,
    when a verb opens the clause after it and a noun opening its own clause stands before."""
    raw, parts = words.words, words.parts
    after = raw[k + 1].lower()
    if not (
        after in _RELATIVE_VERBS or after in _RELATIVE_MODALS or _verb_of_a_thing(after)
    ) or is_boundary(parts[2 * k]):
        return []
    noun = raw[k - 1].lower()
    if (
        noun in _NOT_A_NOUN
        or noun in ARTICLES
        or noun in TERMINATORS
        or noun in _CLAUSE_VERBS
        or noun.endswith("ly")
    ):
        return []
    subject = _long_subject(words, k - 1)
    if not subject:
        return []
    return [k, *subject]


_A_THING = frozenset("a an one single".split())


def _described_thing(raw: Sequence[str], end: int, k: int) -> bool:
    """Whether the "with" at word k follows the noun of a thing the refusal names with "a",
    "an", "one" or "single" ("a single shared network with a head per category"), within
    SCOPE words after the cue ending before word `end`: the "with" describes the thing ("not
    with SMOTE", "we won't retrain daily with this budget" are no such thing)."""
    if k - end > SCOPE or k == end or raw[k - 1].lower() in _A_THING:
        return False
    return any(raw[j].lower() in _A_THING for j in range(end, k))


_LONG_SCOPE = 8
"""How many words further back than SCOPE a post-trigger's subject may open its clause."""


def _long_subject(words: Words, k: int) -> list[int]:
    """The rest of a long subject a post-trigger judges, from word k back to its clause's
    start ("per-action thresholds tuned to the costs of each action can come later"): only
    when the clause opens within _LONG_SCOPE words and nothing that joins or subordinates a
    clause stands between (else the words stay unjudged, as before)."""
    raw, parts = words.words, words.parts
    out: list[int] = []
    while k >= 0 and len(out) < _LONG_SCOPE:
        word = raw[k].lower()
        if word in _COORDINATORS and out and parts[2 * k].strip() == ",":
            return out  # ", and SMOTE on tabular data mostly creates nonsense" (tune51)
        if word in TERMINATORS or word in _COORDINATORS:
            return []
        out.append(k)
        if k == 0 or is_boundary(parts[2 * k]):
            return out  # the clause's first word
        k -= 1
    return []


_BRACKETED = 8


def _parenthesis_before(words: Words, start: int) -> int | None:
    """When a bracket closes right before word `start`: the first word inside it."""
    if ")" not in words.before(start):
        return None
    for j in range(start - 1, max(-1, start - 1 - _BRACKETED), -1):
        sep = words.before(j)
        if "(" in sep:
            return j
        if ")" in sep or words.sentence_break_before(j):
            return None
    return None


_DASHES = ("\u2014", "\u2013", " - ", " -- ")
_DASHED = 24
"""How long an aside between dashes may run before its verdict (tune51: "the feedback loop -
mail in the spam folder is rarely looked at, so we never learn ... - is something I'd accept"):
a pair of dashes holds a whole clause more often than brackets do."""
_VERDICT_LEAD = 3
"""How many words ("feel like", "are all") may stand between an aside and its verdict."""


def _dashes_before(words: Words, start: int, k: int) -> int | None:
    """When a pair of dashes closes before word k+1, at most _VERDICT_LEAD words before the
    verdict at `start` ("X - a, b, c - feel like overkill"): the first word inside them."""
    if start - (k + 1) > _VERDICT_LEAD or not any(d in words.before(k + 1) for d in _DASHES):
        return None
    if any(words.boundary_before(j) for j in range(k + 2, start)):
        return None
    for j in range(k, max(-1, k - _DASHED), -1):
        sep = words.before(j)
        if any(d in sep for d in _DASHES):
            return j if j > 0 and not words.sentence_break_before(j) else None
        if words.sentence_break_before(j) or "(" in sep or ")" in sep:
            return None
    return None


def _brackets_before(words: Words, start: int, k: int) -> int | None:
    """When a bracket closes before word k+1, at most _VERDICT_LEAD words before the verdict
    at `start` ("Send-time optimisation (learning each user's best hour) I'd leave for
    later", reject19): the first word inside it, so the reach goes on to the subject as it
    does over dashes."""
    if start - (k + 1) > _VERDICT_LEAD or words.before(k + 1).strip() != ")":
        return None
    if any(words.boundary_before(j) for j in range(k + 2, start)):
        return None
    for j in range(k, max(-1, k - _BRACKETED), -1):
        sep = words.before(j)
        if "(" in sep:
            return j if j > 0 and not words.sentence_break_before(j) else None
        if words.sentence_break_before(j) or ")" in sep:
            return None
    return None


def _subject_before(words: Words, k: int) -> int | None:
    """For a coordinator at word k: the first word of what it joins on its left, when that
    reaches back to the start of the clause within SCOPE words (no pronoun, no "but")."""
    raw, parts = words.words, words.parts
    j = k - 1
    reach = SCOPE
    while j >= 0 and j >= k - reach:
        word = raw[j].lower()
        if word in TERMINATORS:
            if j + 1 < k and word in _OPENING_CONJUNCTIONS and _clause_first(words, j):
                return j + 1  # "..., and resampling or SMOTE tends to be overrated" (reject19)
            return None
        if j == 0 or is_boundary(parts[2 * j]):
            return j
        if word in _NOUN_PREPOSITIONS and reach == SCOPE:
            # "A streaming pipeline for restaurant load and zone supply is a v2 thing"
            # (tune51): the pair joined is a preposition's object inside the subject, so the
            # subject's head before the preposition may run a few words more.
            reach = SCOPE + _PREPOSED_HEAD
        j -= 1
    return None


_NOUN_PREPOSITIONS = frozenset("for of per across over".split())
_PREPOSED_HEAD = 4
"""How many words further back the subject's head may open its clause, before a preposition
whose object holds the pair an "and" joins."""


_OPENING_CONJUNCTIONS = frozenset("and but so while whereas though although".split())
"""Conjunctions that open a clause after a comma: the clause's subject starts after them."""


def _clause_first(words: Words, j: int) -> bool:
    """Whether word j opens its sentence or follows a comma or a semicolon."""
    return j == 0 or is_boundary(words.parts[2 * j])
