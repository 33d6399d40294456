"""The command line at every scale (issue 12), each row a ratio against a baseline timed in
alternation with it, sample by sample. Cold rows run both sides in fresh processes (as a person
meets a command: interpreter start, imports, caches empty); warm rows call the same code again
in one process.

- `grade` of a 2,000-word answer (largest rubric) vs `python -c "import yaml"`
- `list` vs the same
- the core of opening a session: load the one case, compile its rubric, grade (fresh process)
- `history` with 16,000 attempts vs a bare sqlite3 select-and-print of the same rows
- `grade` of a 10 MB answer vs one read + `re.findall(r"\\w+", text.lower())` pass

Run: `make bench` or `.venv/bin/python bench/bench_cli.py`.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _fixtures
from _timing import SCALE_HEADER, paired_cold, paired_medians, ratio_row

from designtrainer.cli import main as cli_main

PY = sys.executable
_SCRIPT = Path(sys.executable).parent / "designtrainer"
DT = [str(_SCRIPT)] if _SCRIPT.exists() else [PY, "-m", "designtrainer"]

# The baseline of `history`: the rows the table shows, selected and printed, nothing parsed.
BARE_HISTORY = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for row in db.execute(
    "SELECT id, created_at, case_id, mode, finished_at FROM attempts"
    " ORDER BY updated_at DESC, id DESC"
):
    print(*row)
"""

READ_TOKENISE = """
import re, sys
from pathlib import Path
re.findall(r"\\w+", Path(sys.argv[1]).read_text(encoding="utf-8").lower())
"""

# Opening a session, without the screen: what the app does between Enter and the first ticks
# in a process that has not graded yet (the library is loaded by then, in the background).
FIRST_TICKS = """
import sys, time
from designtrainer.loading.library import default_sources, load_library
lib = load_library(default_sources())
case_id = sys.argv[1]
text = open(sys.argv[2], encoding="utf-8").read()
start = time.perf_counter()
from designtrainer.grading.grade import grade
grade(lib.compiled(case_id), {"data": text}).section("data")
sys.stderr.write(f"{time.perf_counter() - start}\\n")
"""


def quiet(argv: list[str]) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli_main(argv)
    if code != 0:
        raise SystemExit(f"designtrainer {' '.join(argv)} exited {code}")


def bare_history(db_path: Path) -> None:
    db = sqlite3.connect(db_path)
    out = io.StringIO()
    for row in db.execute(
        "SELECT id, created_at, case_id, mode, finished_at FROM attempts"
        " ORDER BY updated_at DESC, id DESC"
    ):
        print(*row, file=out)
    db.close()


def first_ticks(case_id: str, answer: Path, env: dict[str, str], repeat: int = 7) -> float:
    import statistics
    import subprocess

    samples = []
    for _ in range(repeat):
        done = subprocess.run(
            [PY, "-c", FIRST_TICKS, case_id, str(answer)],
            check=True,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
        )
        samples.append(float(done.stderr.strip().splitlines()[-1]))
    return statistics.median(samples)


def main() -> None:
    # An installed designtrainer has its bytecode (pip compiles it), as PyYAML, the baseline,
    # has; with writing bytecode turned off in the environment, every fresh process of ours
    # would compile our sources again and the cold rows would time that instead.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    tmp = Path(tempfile.mkdtemp())
    env = {"DESIGNTRAINER_HOME": str(tmp / "home"), "NO_COLOR": "1"}
    os.environ.update(env)
    try:
        lib = _fixtures.library()
        case_id = _fixtures.largest_case(lib)
        small = tmp / "answer-2000.md"
        small.write_text(_fixtures.answer_file(lib, case_id, 2000), encoding="utf-8")
        big = tmp / "answer-10mb.md"
        text = _fixtures.answer_file(lib, case_id, 2000)
        head, body = text.split("## ", 1)
        big.write_text(head + ("## " + body) * (10_000_000 // len(body) + 1), encoding="utf-8")
        section = tmp / "section.txt"
        section.write_text(" ".join(_fixtures.words_of_references(lib)[:400]), encoding="utf-8")
        db_path = _fixtures.seeded(16_000, tmp, lib)
        (tmp / "home").mkdir(exist_ok=True)
        shutil.copy(db_path, tmp / "home" / "designtrainer.sqlite3")
        home_db = tmp / "home" / "designtrainer.sqlite3"
        quiet(["history"])  # runs the migrations once, outside the timings

        print(f"largest rubric: {case_id}; answers from the bundled reference answers\n")
        print(SCALE_HEADER)
        import_yaml = [PY, "-c", "import yaml"]
        t, b = paired_cold([*DT, "grade", str(small)], import_yaml, env=env)
        print(
            ratio_row(
                "`grade` 2,000 words, fresh process", t, b, '`python -c "import yaml"`', "<= 5x"
            )
        )
        cache = tmp / "home" / "cache"
        t, b = paired_cold(
            [*DT, "grade", str(small)],
            import_yaml,
            env=env,
            before=lambda: shutil.rmtree(cache, ignore_errors=True),
        )
        print(
            ratio_row(
                "`grade` 2,000 words, fresh process, nothing cached yet (no compiled rubric,"
                " no checked case files)",
                t,
                b,
                '`python -c "import yaml"`',
                "<= 5x",
            )
        )
        t, b = paired_cold([*DT, "list"], import_yaml, env=env)
        print(ratio_row("`list`, fresh process", t, b, '`python -c "import yaml"`', "<= 4x"))
        ticks = first_ticks(case_id, section, env)
        print(
            f"| opening a session to first ticks, fresh process: compiled rubric (from the "
            f"cache) + grade 400 words, library loaded | {ticks * 1000:.1f} ms | | | <= 100 ms |"
        )
        t, b = paired_cold(
            [*DT, "history"], [PY, "-c", BARE_HISTORY, str(home_db)], repeat=5, env=env
        )
        print(
            ratio_row(
                "`history`, 16,000 attempts, fresh process",
                t,
                b,
                "bare sqlite3 select-and-print",
                "<= 2x",
            )
        )
        t, b = paired_medians(lambda: quiet(["history"]), lambda: bare_history(home_db), 7, 1)
        print(ratio_row("`history`, 16,000 attempts, warm", t, b, "the same, warm", "<= 2x"))
        t, b = paired_cold(
            [*DT, "grade", str(big)], [PY, "-c", READ_TOKENISE, str(big)], repeat=3, env=env
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

        def read_tokenise() -> None:
            re.findall(r"\w+", big.read_text(encoding="utf-8").lower())

        t, b = paired_medians(lambda: quiet(["grade", str(big)]), read_tokenise, 3, 1)
        print(ratio_row("`grade` of a 10 MB answer, warm", t, b, "the same, warm", "<= 6x"))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
