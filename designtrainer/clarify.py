"""Recognising a candidate's clarifying questions among the case's clarifications.

People ask in their own words ("How long until we know a payment was fraud?"), so matching is
by meaning-bearing words, not by whole phrases. Each clarification is described by the words of
its question and its `phrases` (fully) and of its answer (half: an answer mentions many things
the question is not about). A question's content words (function words and fillers dropped,
the same stems and spelling variants as grading, and a few general synonyms of how questions
are asked: "learn" is "know", "percentage" is "fraction") are weighted by how rare each word is
among this case's clarifications (IDF), and a clarification's score is the share of that weight
it explains. A word no clarification uses weighs most, so a question about something the case
does not cover ("Do we accept crypto payments?") stays unmatched instead of landing on whatever
shares "payments"; unless the case's brief, opening or prompts use it ("the ETA", "detection"):
then it names the case's subject and weighs little. A slip ("latncy", "lables") is read as the
case's word it was meant to be, with grading's typo reader.

A question with several parts ("How many transactions per second, and how quickly do we learn
about fraud?") is split where a new question starts, and each part is answered on its own; a
part listing topics ("latency budget and labels?") answers each, and a part that refers back
("and how quickly do they show up?") goes on about the previous answer.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from designtrainer.domain.model import Case
from designtrainer.grading.typos import Vocabulary
from designtrainer.grading.words import phrase_keys, stem, tokenize, words_of

NO_MATCH_ANSWER = (
    "Good question, but that one is yours to decide: make a reasonable assumption, "
    "say it out loud, and move on."
)

MIN_SCORE = 0.42
"""Share of a question part's weight a clarification must explain to answer it. Measured on
tests/fixtures/clarify/questions.yaml and checked on questions-blind.yaml (a question the case
does not cover reached at most 0.40 there); see tests/test_clarify.py."""

TIE_WEIGHT = 0.25
"""How much covering the clarification's own question counts when choosing among matches."""

MIN_WITH_COVER = 0.5
"""A part that asks much of a clarification's own question ("What's the current search engine?"
covers all of "What does search look like today?") is answered with less of its weight
explained: when share + TIE_WEIGHT * covered reaches this. Measured on questions.yaml and
questions-blind.yaml: no question the case does not cover, nor a wrongly chosen part, reached
more than 0.44 ("Do we moderate crypto ads already?", made up, reaches 0.48); it gains the five
right parts at 0.5 and above."""

ANSWER_WEIGHT = 0.5
"""How much a word found only in a clarification's answer (not its question or phrases) counts."""

SUBJECT_WEIGHT = 1.0
"""A question word no clarification uses but the case's brief, opening or prompts do ("the
ETA", "the filters") names the case's subject, not a topic the case leaves open: it weighs
this many times a word half the clarifications use, instead of the most. Measured on
questions.yaml: at 0 or 0.5 one question the case does not cover was answered; 1.0 and 1.5
found the same."""

# Words that carry no topic in a question: how it is asked, not what it asks about.
_FUNCTION_WORDS = """
a an the of to in on at for with from by about as into onto than then so if or and but nor
what what's whats how how's when where which who whom whose why whats
do does did done doing is are was were be been being am isn't aren't don't doesn't
can't cannot won't wouldn't shouldn't couldn't didn't haven't hasn't wasn't weren't
can could should would will shall may might must
we our ours us you your yours i me my they their them it its it's this that these those
there here there's
any some much many more most lot lots
get gets got getting have has had having go going goes
also too actually really roughly exactly typically just like kind sort
talk talking please tell thing things anything something
whether ever else each every only want wants make work able possible
need needs use using used come comes handle show shown put let through until look looks try
available information info affect affects impact serve hit compared compare versus vs matter
approximately approx budget ceiling cap happen happens take takes up down back one ones per several
someone somebody everyone anyone everybody anybody
besides instead except still yet even actively away
""".split()

# General ways of asking about the same thing. Values are canonical words, stemmed like any
# other word (an empty one: the words say nothing about the topic); keys may be up to three
# words. Only vocabulary of how questions are phrased belongs here,
# never a case's subject matter.
_SYNONYMS: dict[str, str] = {
    "learn": "know",
    "find out": "know",
    "discover": "know",
    "realize": "know",
    "aware": "know",
    "percentage": "fraction",
    "percent": "fraction",
    "proportion": "fraction",
    "ratio": "fraction",
    "prevalence": "fraction",
    "prevalent": "fraction",
    "common": "fraction",
    "base rate": "fraction",
    "share of": "fraction",
    "what share": "fraction",
    "quickly": "fast",
    "quick": "fast",
    "soon": "fast",
    "speed": "fast",
    "long": "fast",
    "sla": "latency",
    "response time": "latency",
    "time budget": "latency",
    "latency target": "latency",
    "end to end": "",  # how much of something, not what: no topic of its own
    "target latency": "latency",
    "how much time": "latency",
    "millisecond": "latency",
    "ms": "latency",
    "size": "scale",
    "big": "scale",
    "volume": "scale",
    "traffic": "scale",
    "throughput": "scale",
    "qps": "scale",
    "tps": "scale",
    "rps": "scale",
    "per second": "scale",
    "sec": "second",
    "per sec": "scale",
    "how many": "scale",
    "how often": "scale",
    "daily active": "scale",
    "dau": "scale",
    "mau": "scale",
    "currently": "today",
    "current": "today",
    "now": "today",
    "right now": "today",
    "existing": "today",
    "exist": "today",
    "already": "today",
    "in place": "today",
    "legacy": "today",
    "baseline": "today",
    "objective": "goal",
    "aim": "goal",
    "purpose": "goal",
    "success": "goal",
    "north star": "goal",
    "kpi": "goal",
    "care about": "goal",
    "optimize": "goal",
    "optimizing": "goal",
    "worse": "cost",
    "hurt": "cost",
    "expensive": "cost",
    "costly": "cost",
    "penalty": "cost",
    "labeled": "label",
    "annotate": "label",
    "annotation": "label",
    "ground truth": "label",
    "judgment": "label",
    "judge": "label",
    "moderator": "review",
    "rater": "review",
    "analyst": "review",
    "annotator": "review",
    "restriction": "constraint",
    "restrict": "constraint",
    "limitation": "constraint",
    "feature": "data",
    "signal": "data",
    "click through": "ctr",
    "average": "typical",
    "avg": "typical",
    "mean": "typical",
    "usual": "typical",
    "email": "mail",
    "message": "mail",
    "customer": "user",
    "shopper": "user",
    "viewer": "user",
    "people": "user",
    "get around": "evade",
    "bypass": "evade",
    "circumvent": "evade",
    "adversarial": "evade",
}

# Where a new question may start inside one line: after "and", "also" or a comma, a word
# that opens a question.
_QUESTION_STARTS = frozenset(
    """how what what's whats when where which who why do does did is are can could should would
    will any has have""".split()
)
_JOINERS = frozenset({"and", "also", "plus"})
_BACK_REFERENCES = frozenset({"it", "its", "it's", "they", "them", "their", "those"})
_DERIVED_PREFIXES = ("mis",)  # "mislabelled" is about labels
_MIN_SHARED_STEM = 5


@dataclass(frozen=True, slots=True)
class _Profile:
    """A case's clarifications as weighted word sets, built once per case."""

    strong: tuple[frozenset[str], ...]  # question + phrases
    asked: tuple[frozenset[str], ...]  # the question alone: what the clarification is about
    weak: tuple[frozenset[str], ...]  # answer
    idf: dict[str, float]
    unseen_idf: float
    subject: frozenset[str]  # the case's own subject words that no clarification uses
    subject_idf: float
    vocabulary: Vocabulary  # reads a misspelt word as the case's word it was meant to be


def _canonical_single() -> dict[str, str]:
    return {stem(k): stem(v) for k, v in _SYNONYMS.items() if " " not in k}


def _canonical_phrases() -> dict[tuple[str, ...], str]:
    """Keys of two or three words, as stems: "how much time" is latency, "end to end" nothing."""
    return {
        tuple(stem(w) for w in key.split()): stem(value) if value else ""
        for key, value in _SYNONYMS.items()
        if " " in key
    }


_SINGLE = _canonical_single()
_PHRASES = _canonical_phrases()
_STOP = frozenset(stem(w) for w in _FUNCTION_WORDS)


def _terms(stems: Sequence[str]) -> list[str]:
    """Content terms of a run of stems: synonym phrases and words mapped, function words
    dropped."""
    out: list[str] = []
    i = 0
    while i < len(stems):
        for n in (3, 2):
            canonical = _PHRASES.get(tuple(stems[i : i + n]))
            if canonical is not None:
                if canonical:
                    out.append(canonical)
                i += n
                break
        else:
            word = _SINGLE.get(stems[i], stems[i])
            if word not in _STOP and not word.isdigit():
                out.append(word)
            i += 1
    return out


def _text_terms(text: str, vocabulary: Vocabulary | None = None) -> list[str]:
    """Content terms of a text; with the case's vocabulary, a slip ("latncy") is read as the
    case's word it was meant to be, the same way grading reads misspellings."""
    words = tokenize(text).words
    if vocabulary is None:
        return _terms([stem(w) for w in words])
    # A regular "-ies" plural is no slip: dropping its "i" makes another word ("stories").
    return _terms([stem(w) if w.endswith("ies") else vocabulary.keys([w])[0] for w in words])


def _phrase_terms(phrases: Iterable[str]) -> set[str]:
    terms: set[str] = set()
    for phrase in phrases:
        for key in phrase_keys(phrase):
            terms.update(_terms(list(key)))
    return terms


def _subject_text(case: Case) -> list[str]:
    """What the case is about, as its candidate-facing texts say it (not the clarifications)."""
    return [case.title, case.summary, case.brief, case.opening, *(s.prompt for s in case.sections)]


@lru_cache(maxsize=32)
def _profile(case: Case) -> _Profile:
    asked = tuple(frozenset(_text_terms(c.question)) for c in case.clarifications)
    strong = tuple(
        a | frozenset(_phrase_terms(c.phrases))
        for a, c in zip(asked, case.clarifications, strict=True)
    )
    weak = tuple(frozenset(_text_terms(c.answer)) for c in case.clarifications)
    n = len(case.clarifications)
    df: dict[str, int] = {}
    for s, w in zip(strong, weak, strict=True):
        for term in s | w:
            df[term] = df.get(term, 0) + 1
    idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    subject = frozenset(t for text in _subject_text(case) for t in _text_terms(text)) - set(idf)
    # Slips are read as the words questions are matched on, not as any word of an answer.
    texts = [*(t for c in case.clarifications for t in (c.question, *c.phrases)), *_SYNONYMS]
    vocabulary = Vocabulary(texts, plain=(w for t in _FUNCTION_WORDS for w in words_of(t)))
    return _Profile(
        strong,
        asked,
        weak,
        idf,
        # A word no clarification uses weighs as much as the rarest one that some clarification
        # uses; one of the case's own subject words, as much as a word half of them use.
        unseen_idf=math.log((n + 1) / 0.5),
        subject=subject,
        subject_idf=math.log((n + 1) / (n / 2 + 0.5)) * SUBJECT_WEIGHT,
        vocabulary=vocabulary,
    )


def _weight(term: str, profile: _Profile) -> float:
    """How much a question word says about which clarification it asks for."""
    if term in profile.idf:
        return profile.idf[term]
    return profile.subject_idf if term in profile.subject else profile.unseen_idf


def _resolve(term: str, profile: _Profile) -> str:
    """A word the case never uses, read as a word of the same family the case does use.

    Snowball leaves derived forms apart ("fraudulent" is "fraudul", "classifier" "classifi",
    "classification" "classif", "deliveries" "deliveri", "deliver" "deliv"): when one stem
    starts the other and shares at least five letters, they are the same word here. The
    stemmer also keeps the plural of an abbreviation ("LLMs", "DMs", "txns"): its singular is
    the same word.
    """
    if term in profile.idf:
        return term
    if term.endswith("s") and term[:-1] in profile.idf:
        return term[:-1]
    if len(term) >= _MIN_SHARED_STEM:
        family = [
            known
            for known in profile.idf
            if len(known) >= _MIN_SHARED_STEM and (term.startswith(known) or known.startswith(term))
        ]
        if family:
            return max(family, key=lambda k: (len(k), k))
    for prefix in _DERIVED_PREFIXES:
        base = term[len(prefix) :]
        if term.startswith(prefix) and len(base) >= 4 and base in profile.idf:
            return base
    return term


def _scores(profile: _Profile, terms: Sequence[str]) -> list[tuple[float, float]]:
    """Per clarification: the share of the part's IDF weight it explains (0..1), and the share
    of its own question's weight the part covers (which of two equal matches is more about
    exactly this)."""
    unique = {_resolve(t, profile) for t in terms}
    weights = {t: _weight(t, profile) for t in unique}
    total = sum(weights.values())
    scores = []
    for strong, asked, weak in zip(profile.strong, profile.asked, profile.weak, strict=True):
        got = sum(
            w if t in strong else w * ANSWER_WEIGHT if t in weak else 0.0
            for t, w in weights.items()
        )
        own = sum(profile.idf[t] for t in asked)
        covered = sum(profile.idf[t] for t in asked if t in weights)
        scores.append((got / total if total > 0 else 0.0, covered / own if own > 0 else 0.0))
    return scores


def split_question(question: str) -> list[str]:
    """The parts of a multi-part question, in order (one part when it asks one thing).

    A part ends at "?", ".", "!" or ";", and before "and", "also", "plus" or a comma when the
    next word starts a new question ("..., and how quickly do we learn about fraud?").
    """
    tokens = tokenize(question)
    words = [w.lower() for w in tokens.words]
    cuts = [0]
    for k in range(1, len(words)):
        sep = tokens.parts[2 * k]
        ends = any(ch in sep for ch in "?!;") or tokens.sentence_break_before(k)
        joined = words[k] in _JOINERS and k + 1 < len(words) and words[k + 1] in _QUESTION_STARTS
        # a comma before a question word, but not right after a lone "Also,"
        comma = "," in sep and words[k] in _QUESTION_STARTS and k - cuts[-1] > 1
        if ends or joined or comma:
            cuts.append(k)
    cuts.append(len(words))
    return [
        question[tokens.span(a, a)[0] : tokens.span(b - 1, b - 1)[1]]
        for a, b in itertools.pairwise(cuts)
        if b > a
    ]


def _best(profile: _Profile, scores: Sequence[tuple[float, float]]) -> int | None:
    """The clarification these scores answer, if one explains enough of the question."""
    best = max(
        range(len(scores)),
        key=lambda i: (scores[i][0] + TIE_WEIGHT * scores[i][1], -i),
        default=None,
    )
    if best is None:
        return None
    share, covered = scores[best]
    if share < MIN_SCORE and share + TIE_WEIGHT * covered < MIN_WITH_COVER:
        return None
    return best


def _soft_segments(text: str) -> list[str]:
    """The pieces of a part between "and", "also", "plus" and list commas: "latency budget and
    labels" is two topics, "hate speech, nudity and scams" three pieces of one.

    A comma after a question is an aside about the same thing ("What counts as success here,
    more accepted connections?", "Where do labels come from, user reports?"), not a new topic;
    it separates topics only in a list (an "and" follows: "volume, latency and labels") or in
    a question that is a list itself ("volume, latency, labels?").
    """
    tokens = tokenize(text)
    words = [w.lower() for w in tokens.words]
    asks = bool(words) and words[0] in _QUESTION_STARTS
    segments: list[list[str]] = [[]]
    for k, word in enumerate(words):
        comma = k > 0 and "," in tokens.before(k)
        listed = comma and (not asks or any(w in _JOINERS for w in words[k:]))
        if (listed or word in _JOINERS) and segments[-1]:
            segments.append([])
        if word not in _JOINERS:
            segments[-1].append(tokens.words[k])
    return [" ".join(s) for s in segments if s]


def _part_matches(profile: _Profile, part: str, previous: int | None = None) -> list[int]:
    """The clarifications one part asks about: usually one; several when it lists topics
    ("latency budget and labels?", "volume, latency, labels?").

    The part is read whole first. Each piece between "and" or a comma that the whole part's
    clarification does not explain, but another clarification does, names a topic of its own
    and is answered too; pieces the whole answer covers ("users and posts") add nothing.

    A part that refers back ("it", "they") and that the previous part's clarification explains
    as well as any other goes on about it ("Where do labels come from, and how quickly do they
    show up?"): it adds nothing.
    """
    whole_terms = _text_terms(part, profile.vocabulary)
    if not whole_terms:
        return []
    whole_scores = _scores(profile, whole_terms)
    whole = _best(profile, whole_scores)
    if (
        previous is not None
        and not _BACK_REFERENCES.isdisjoint(w.lower() for w in tokenize(part).words)
        and whole_scores[previous][0] >= MIN_SCORE
        and (whole is None or whole_scores[previous][0] >= whole_scores[whole][0])
    ):
        return [previous]
    found: list[int] = []
    segments = _soft_segments(part)
    if len(segments) > 1:
        for segment in segments:
            terms = _text_terms(segment, profile.vocabulary)
            if not terms:
                continue
            scores = _scores(profile, terms)
            if whole is not None and scores[whole][0] >= MIN_SCORE:
                index: int | None = whole
            else:
                index = _best(profile, scores)
            if index is not None and index not in found:
                found.append(index)
    if not found and whole is not None:
        found.append(whole)
    return found


def match_parts(case: Case, question: str) -> list[tuple[int, str]]:
    """(clarification index, answer) for each part of the question the case answers, in the
    order asked, each clarification once. Empty when the case answers none of it."""
    profile = _profile(case)
    found: list[int] = []
    for part in split_question(question):
        for index in _part_matches(profile, part, found[-1] if found else None):
            if index not in found:
                found.append(index)
    if not found:  # parts too short to stand alone may still make sense together
        terms = _text_terms(question, profile.vocabulary)
        together = _best(profile, _scores(profile, terms)) if terms else None
        if together is not None:
            found.append(together)
    return [(i, case.clarifications[i].answer) for i in found]


def answers_for(case: Case, question: str) -> list[tuple[int | None, str]]:
    """What the interviewer says: one answer per recognised part, or the no-match answer."""
    matched: list[tuple[int | None, str]] = list(match_parts(case, question))
    return matched or [(None, NO_MATCH_ANSWER)]


def match_clarification(case: Case, question: str) -> int | None:
    """Index of the first clarification the question asks about, or None."""
    parts = match_parts(case, question)
    return parts[0][0] if parts else None


def answer_for(case: Case, question: str) -> tuple[int | None, str]:
    """The first answer only; kept for callers that show one answer per question."""
    return answers_for(case, question)[0]


def asked_together(rows: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Stored (question, answer) rows as the questions asked, each with its answers.

    A question with several parts is stored once per answer, in a row; the summary and the
    export count and show it once, as the brief does, so "clarifying questions 5" means five
    asked however many answers they got.
    """
    asked: list[tuple[str, list[str]]] = []
    for question, answer in rows:
        if asked and asked[-1][0] == question:
            asked[-1][1].append(answer)
        else:
            asked.append((question, [answer]))
    return asked


def unasked_clarifications(case: Case, asked: Iterable[int | None]) -> list[int]:
    """Indices of the case's clarifications no asked question was matched to, in case order.

    Every clarification in a case is one a strong candidate asks (the format says so), so all
    of them are key; an index outside the case (an attempt stored before the case changed)
    is ignored.
    """
    seen = {i for i in asked if i is not None}
    return [i for i in range(len(case.clarifications)) if i not in seen]
