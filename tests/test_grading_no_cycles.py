"""Grading leaves no reference cycles behind: what it read of an answer is freed by reference
counts as soon as `grade` returns.

A cycle among the readings (a judgement keeping one of its own bound methods, say) holds a
long answer's words, mentions and readings until the next collection, which then walks them
all: the caller pays for it later, at a moment that has nothing to do with grading (issue 12,
a 10 MB answer: the time of the next thing the process did doubled).
"""

from __future__ import annotations

import gc

from designtrainer.grading.grade import grade, grade_whole
from designtrainer.loading.library import Library


def _answer(library: Library, case_id: str) -> dict[str, str]:
    case = library.case(case_id)
    return {s.id: s.reference_answer for s in case.sections}


def test_grading_an_answer_leaves_nothing_for_the_collector(library: Library) -> None:
    compiled = library.compiled("fraud-detection")
    answers = _answer(library, "fraud-detection")
    whole = "\n\n".join(answers.values()) * 3
    grade(compiled, answers)  # caches filled outside the count
    grade_whole(compiled, whole)
    gc.collect()
    grade(compiled, answers)
    grade_whole(compiled, whole)
    assert gc.collect() == 0
