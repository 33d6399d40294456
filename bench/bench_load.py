"""Loading and validating cases and rubrics vs a bare yaml.CSafeLoader parse of the same files.

Run: `make bench` (or `.venv/bin/python bench/bench_load.py`). Prints a markdown table.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import HEADER, paired_medians, row

from designtrainer.loading.library import Source, default_sources, load_library

ROOT = Path(__file__).resolve().parent.parent


def bare_parse(files: list[Path]) -> list[object]:
    """Parse every file and keep what was parsed, as the library keeps its cases: dropping
    each document at once would let the allocator reuse one document's memory for the next,
    which the library cannot do, and flatter the baseline."""
    return [yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for f in files]


def generated(n: int, where: Path) -> list[Path]:
    """n copies of the bundled cases and rubrics with fresh ids."""
    src_cases = sorted((ROOT / "cases").glob("*.yaml"))
    (where / "cases").mkdir(parents=True)
    (where / "rubrics").mkdir(parents=True)
    out = []
    for i in range(n):
        src = src_cases[i % len(src_cases)]
        new_id = f"gen-{i:05d}"
        case = src.read_text().replace(f"id: {src.stem}\n", f"id: {new_id}\n", 1)
        rubric = (ROOT / "rubrics" / src.name).read_text()
        rubric = rubric.replace(f"case: {src.stem}\n", f"case: {new_id}\n", 1)
        for kind, text in (("cases", case), ("rubrics", rubric)):
            path = where / kind / f"{new_id}.yaml"
            path.write_text(text)
            out.append(path)
    return out


def main() -> None:
    bundled = list(default_sources()[0].files)
    print(HEADER)
    load, base = paired_medians(
        lambda: load_library([Source("bundled", 0, tuple(bundled))]), lambda: bare_parse(bundled)
    )
    print(row(f"load + validate {len(bundled)} bundled files", load, base))
    tmp = Path(tempfile.mkdtemp())
    try:
        for n in (100, 1000):
            files = generated(n, tmp / str(n))
            repeat = 3 if n >= 1000 else 5
            load, base = paired_medians(
                lambda files=files: load_library([Source("user", 1, tuple(files))]),
                lambda files=files: bare_parse(files),
                repeat,
                1,
            )
            print(row(f"load + validate {n} generated cases ({len(files)} files)", load, base))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
