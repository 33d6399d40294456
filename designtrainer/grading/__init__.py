"""The rubric checker: pure Python, no I/O, no textual.

`compile_rubric` once per rubric, then `grade` (per-section answers) or `grade_whole`.
"""

from designtrainer.grading.compiled import CompiledRubric, compile_rubric
from designtrainer.grading.grade import grade, grade_whole
from designtrainer.grading.results import (
    Evidence,
    GradeResult,
    ItemResult,
    LevelResult,
    RedFlagHit,
    SectionResult,
)

__all__ = [
    "CompiledRubric",
    "Evidence",
    "GradeResult",
    "ItemResult",
    "LevelResult",
    "RedFlagHit",
    "SectionResult",
    "compile_rubric",
    "grade",
    "grade_whole",
]
