"""Recognising a candidate's clarifying question among the case's clarifications.

The same normalisation as grading (stems, spelling variants, joined forms), so "what's the QPS?"
and "how many requests per second" find the scale question. The clarification with the most
matching phrases wins; ties go to the one listed first.
"""

from __future__ import annotations

from functools import lru_cache

from designtrainer.grading.words import phrase_keys, stem, tokenize
from designtrainer.model import Case

NO_MATCH_ANSWER = (
    "Good question, but that one is yours to decide: make a reasonable assumption, "
    "say it out loud, and move on."
)


@lru_cache(maxsize=32)
def _keys(case: Case) -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(
        tuple(key for phrase in c.phrases for key in phrase_keys(phrase))
        for c in case.clarifications
    )


def match_clarification(case: Case, question: str) -> int | None:
    """Index of the clarification the question asks about, or None."""
    stems = [stem(w) for w in tokenize(question).words]
    if not stems:
        return None
    joined = " " + " ".join(stems) + " "
    best, best_hits = None, 0
    for index, keys in enumerate(_keys(case)):
        hits = sum(1 for key in keys if f" {' '.join(key)} " in joined)
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def answer_for(case: Case, question: str) -> tuple[int | None, str]:
    index = match_clarification(case, question)
    if index is None:
        return None, NO_MATCH_ANSWER
    return index, case.clarifications[index].answer
