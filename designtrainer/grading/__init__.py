"""The rubric checker: pure Python, no I/O, no textual.

`compile_rubric` once per rubric, then `grade` (per-section answers) or `grade_whole`.

The names below are imported when first used, not with the package (PEP 562): every import
of one of its modules runs this file first, and loading cases needs only `words` (to check
phrases) while the whole checker costs a fresh `designtrainer list` about a third of its time
(measured with -X importtime, issue 12).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_MODULE_OF = {
    "CompiledRubric": "compiled",
    "compile_rubric": "compiled",
    "grade": "grade",
    "grade_whole": "grade",
    "Evidence": "results",
    "GradeResult": "results",
    "ItemResult": "results",
    "LevelResult": "results",
    "RedFlagHit": "results",
    "SectionResult": "results",
}

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


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """This package, where `grade` stays the function when its module `grade` is imported
    (importing a submodule sets it on the package under its own name)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name == "grade" and isinstance(value, types.ModuleType):
            value = value.grade
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
