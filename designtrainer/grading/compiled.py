"""A rubric compiled once into what each grading stage needs.

Compiling does the expensive work (stemming every phrase, the rubric's vocabulary and its
inflections for the typo reader, the phrase trie, the negation rules with the rubric's own
exceptions) so that grading an answer is one pass of its text through the stages.
"""

from __future__ import annotations

from dataclasses import dataclass

from designtrainer.domain.model import RedFlag, Rubric, RubricItem
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading.judgement import topic_words
from designtrainer.grading.mentions import Owner, PhraseIndex, build_index
from designtrainer.grading.negation import NegationRules
from designtrainer.grading.typos import Vocabulary
from designtrainer.grading.words import stems_forgotten


@dataclass(frozen=True, slots=True)
class CompiledRubric:
    rubric: Rubric
    owners: tuple[Owner, ...]
    """The items, then the red flags (then the red flags' `unless` groups); a mention's
    `owner` is an index into this."""
    vocabulary: Vocabulary
    """Words: how an answer's words are read (stems, misspellings of rubric words)."""
    phrases: PhraseIndex
    """Mentions: where the rubric's phrases occur."""
    negation: NegationRules
    """Negation: the cue lists plus this rubric's `not_negations`."""
    sections: dict[str, tuple[tuple[int, RubricItem], ...]]
    """Each section's items with their owner numbers, in rubric order."""
    topic: frozenset[str]
    """Judgement: the words of the case's name, which every answer says."""
    groups: tuple[int, ...]
    """Judgement: how many phrase groups each owner has."""
    unless: tuple[int | None, ...] = ()
    """Per red flag, the owner of its `unless` groups (the right choice that takes the
    mistake back in its sentence), found with the other phrases; None when it has none. These
    owners come after the red flags."""
    refused: tuple[int | None, ...] = ()
    """Per red flag, the owner of its `refused` phrases (the right choice whose refusal makes
    the mistake); None when it has none. These owners come after the `unless` ones."""


def compile_rubric(rubric: Rubric) -> CompiledRubric:
    with stems_forgotten():
        return _compile(rubric)


def _compile(rubric: Rubric) -> CompiledRubric:
    owners: tuple[Owner, ...] = (*rubric.items, *rubric.red_flags)
    unless: list[int | None] = []
    for flag in rubric.red_flags:
        if flag.unless:
            unless.append(len(owners))
            owners += (RedFlag(flag.id, flag.message, flag.unless),)
        else:
            unless.append(None)
    refused: list[int | None] = []
    for flag in rubric.red_flags:
        if flag.refused:
            refused.append(len(owners))
            owners += (RedFlag(flag.id, flag.message, (flag.refused,)),)
        else:
            refused.append(None)
    phrases = [p for owner in owners for group in owner.evidence for p in group]
    sections: dict[str, tuple[tuple[int, RubricItem], ...]] = {
        sid: tuple((o, item) for o, item in enumerate(rubric.items) if item.section == sid)
        for sid in SECTION_IDS
    }
    negation = NegationRules(rubric.not_negations)
    return CompiledRubric(
        rubric,
        owners,
        Vocabulary(phrases, negation.words),
        build_index(owners),
        negation,
        sections,
        topic_words(rubric.case),
        tuple(len(owner.evidence) for owner in owners),
        tuple(unless),
        tuple(refused),
    )
