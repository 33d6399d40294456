"""Grading: a pure function from (compiled rubric, answers) to a result with evidence.

Each answer text passes once through the stages, each in its own module:

1. words      (`words.py`, `typos.py`)  the text as normalised words with their separators
2. mentions   (`mentions.py`)           where the rubric's phrases occur
3. negation   (`negation.py`)           which mentions a negation covers
4. evidence   (`evidence.py`)           which mentions earn each item, and the quotes

Each rubric item is checked against its own section's answer. Red flags are found the same way
in every section (or the one they name) and become warnings, never points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from designtrainer.grading.compiled import CompiledRubric
from designtrainer.grading.evidence import Choice, choose, evidence_of
from designtrainer.grading.mentions import Mention, find_mentions
from designtrainer.grading.negation import find_negations, mark_negated
from designtrainer.grading.results import (
    GradeResult,
    ItemResult,
    RedFlagHit,
    SectionResult,
)
from designtrainer.grading.words import Words
from designtrainer.model import SECTION_IDS


@dataclass(frozen=True, slots=True)
class ReadAnswer:
    """One answer text after the words, mentions and negation stages."""

    words: Words
    mentions: list[list[Mention]]
    """Per owner, in reading order."""


def read_answer(compiled: CompiledRubric, text: str) -> ReadAnswer:
    words = compiled.vocabulary.read(text)
    mentions = find_mentions(compiled.phrases, words, len(compiled.owners))
    mentions = mark_negated(find_negations(compiled.negation, words), mentions)
    return ReadAnswer(words, mentions)


def grade(compiled: CompiledRubric, answers: Mapping[str, str]) -> GradeResult:
    """Grade each section's answer against that section's items; missing sections are empty."""
    read: dict[str, ReadAnswer] = {}  # by text: the same text under several sections is read once
    for sid in SECTION_IDS:
        text = answers.get(sid, "")
        if text not in read:
            read[text] = read_answer(compiled, text)
    in_section: dict[str, ReadAnswer] = {sid: read[answers.get(sid, "")] for sid in SECTION_IDS}

    items: list[tuple[str, int, Choice]] = []
    for sid in SECTION_IDS:
        for owner, item in compiled.sections[sid]:
            items.append((sid, owner, choose(item, in_section[sid].mentions[owner])))
    flags: list[tuple[str, int, tuple[Mention, ...]]] = []
    for k, flag in enumerate(compiled.rubric.red_flags):
        owner = len(compiled.rubric.items) + k
        looked: set[int] = set()
        for sid in (flag.section,) if flag.section else SECTION_IDS:
            answer = in_section[sid]
            if id(answer) in looked:
                continue
            looked.add(id(answer))
            met = choose(flag, answer.mentions[owner]).met
            if met is not None:
                flags.append((sid, owner, met))
                break

    # Where quoted words sit in the text: worked out for all of them in one pass per text.
    quoted: dict[int, list[int]] = {}
    for section, _, choice in items:
        shown = choice.met or choice.negated
        quoted.setdefault(id(in_section[section]), []).extend(m.first for m in shown)
    for section, _, met in flags:
        quoted.setdefault(id(in_section[section]), []).extend(m.first for m in met)
    for answer in read.values():
        answer.words.locate(quoted.get(id(answer), ()))

    results: dict[str, list[ItemResult]] = {sid: [] for sid in SECTION_IDS}
    for section, owner, choice in items:
        words = in_section[section].words
        shown = choice.met or choice.negated
        evidence = tuple(evidence_of(m, words, section) for m in shown)
        item = compiled.rubric.items[owner]
        results[section].append(
            ItemResult(item, choice.met is not None, evidence, choice.missing_groups)
        )
    return GradeResult(
        compiled.rubric.case,
        tuple(SectionResult(sid, tuple(results[sid])) for sid in SECTION_IDS),
        tuple(
            RedFlagHit(
                compiled.rubric.red_flags[owner - len(compiled.rubric.items)],
                tuple(evidence_of(m, in_section[section].words, section) for m in met),
            )
            for section, owner, met in flags
        ),
    )


def grade_whole(compiled: CompiledRubric, text: str) -> GradeResult:
    """Grade every item against one text, whatever its headings (write-ups found in the wild)."""
    return grade(compiled, dict.fromkeys(SECTION_IDS, text))
