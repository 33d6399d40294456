"""Grading speed vs one `re.findall(r"\\w+", text.lower())` pass over the same text.

A 2,000-word answer against the largest rubric is the headline (target: at most 4x); 500,
8,000 and 32,000 words show growth is linear; compiling the rubric is timed on its own.
Answers are built from the bundled reference answers, so the text reads like real answers.
Run: `make bench` or `.venv/bin/python bench/bench_grade.py`.

`bench_grade.py --10mb` runs only bench_cli's rows for a 10 MB answer (the same file, the same
baseline: `grade` vs one read + tokenise pass, fresh processes and warm): a minute rather than
the whole of `make bench`, while working on grading speed.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _fixtures
from _timing import HEADER, SCALE_HEADER, paired_cold, paired_medians, ratio_row, row

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


READ_TOKENISE = """
import re, sys
from pathlib import Path
re.findall(r"\\w+", Path(sys.argv[1]).read_text(encoding="utf-8").lower())
"""


def ten_mb() -> None:
    """bench_cli's two rows for a 10 MB answer, built as it builds it."""
    from designtrainer.cli import main as cli_main

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # as bench_cli: our bytecode is written
    tmp = Path(tempfile.mkdtemp())
    env = {"DESIGNTRAINER_HOME": str(tmp / "home"), "NO_COLOR": "1"}
    os.environ.update(env)
    script = Path(sys.executable).parent / "designtrainer"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "designtrainer"]
    try:
        lib = _fixtures.library()
        text = _fixtures.answer_file(lib, _fixtures.largest_case(lib), 2000)
        head, body = text.split("## ", 1)
        big = tmp / "answer-10mb.md"
        big.write_text(head + ("## " + body) * (10_000_000 // len(body) + 1), encoding="utf-8")
        print(SCALE_HEADER)
        t, b = paired_cold(
            [*command, "grade", str(big)], [sys.executable, "-c", READ_TOKENISE, str(big)], 3, env
        )
        print(
            ratio_row(
                "`grade` of a 10 MB answer, fresh process",
                t,
                b,
                "one read + tokenise pass",
                "<= 6x",
            )
        )

        def grade() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                cli_main(["grade", str(big)])

        def read_tokenise() -> None:
            re.findall(r"\w+", big.read_text(encoding="utf-8").lower())

        t, b = paired_medians(grade, read_tokenise, 3, 1)
        print(ratio_row("`grade` of a 10 MB answer, warm", t, b, "the same, warm", "<= 6x"))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    if sys.argv[1:] == ["--10mb"]:
        ten_mb()
    else:
        main()
