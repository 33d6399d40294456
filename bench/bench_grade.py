"""Grading speed vs one `re.findall(r"\\w+", text.lower())` pass over the same text.

A 2,000-word answer against the largest rubric is the headline (target: at most 4x); 500,
8,000 and 32,000 words show growth is linear; compiling the rubric is timed on its own.
Answers are built from the bundled reference answers, so the text reads like real answers.
Run: `make bench` or `.venv/bin/python bench/bench_grade.py`.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import HEADER, paired_medians, row

from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade_whole
from designtrainer.loading.library import default_sources, load_library


def answer_of(words: int, source: str) -> str:
    pool = source.split()
    out: list[str] = []
    while len(out) < words:
        out.extend(pool)
    return " ".join(out[:words])


def main() -> None:
    os.environ["DESIGNTRAINER_HOME"] = tempfile.mkdtemp()  # caches go there, not to your data
    lib = load_library(default_sources())
    case_id = max(
        lib.rubrics, key=lambda c: sum(len(g) for i in lib.rubric(c).items for g in i.evidence)
    )
    rubric = lib.rubric(case_id)
    source = "\n\n".join(s.reference_answer for c in lib.cases.values() for s in c.sections)
    compiled = compile_rubric(rubric)
    phrases = sum(len(g) for i in rubric.items for g in i.evidence)
    print(f"Largest rubric: {case_id} ({len(rubric.items)} items, {phrases} phrases)\n")
    print(HEADER)
    for words in (500, 2000, 8000, 32000):
        text = answer_of(words, source)
        repeat = 101 if words <= 2000 else 31
        t, base = paired_medians(
            lambda text=text: grade_whole(compiled, text),
            lambda text=text: re.findall(r"\w+", text.lower()),
            repeat=repeat,
        )
        print(row(f"grade {words:,} words", t, base))
    t, base = paired_medians(
        lambda: compile_rubric(rubric), lambda: re.findall(r"\w+", source.lower()), repeat=7
    )
    print(row("compile the rubric (vs tokenising all reference answers once)", t, base))


if __name__ == "__main__":
    main()
