"""Loading and validating cases and rubrics vs a bare yaml.CSafeLoader parse of the same files.

Run: `make bench` (or `.venv/bin/python bench/bench_load.py`). Prints a markdown table.

Each size is measured twice: with nothing validated yet (each sample gets an empty data home,
so every file is parsed, checked and recorded, as on first use or after an edit) and with the
files found valid by an earlier run (read back from the validated-file cache, as at every
later start). The bench never touches the person's own data home.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import HEADER, paired_medians, row

from designtrainer.loading.library import Source, default_sources, load_library
from designtrainer.paths import HOME_ENV

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


def fresh_home() -> None:
    """An empty data home: nothing validated yet (mkdtemp costs microseconds)."""
    os.environ[HOME_ENV] = tempfile.mkdtemp()


def main() -> None:
    os.environ[HOME_ENV] = tempfile.mkdtemp()  # never the person's own data home
    bundled = list(default_sources()[0].files)
    sources = [("bundled", 0, bundled, f"{len(bundled)} bundled files", 9)]
    tmp = Path(tempfile.mkdtemp())
    try:
        for n in (100, 1000):
            files = generated(n, tmp / str(n))
            sources.append(("user", 1, files, f"{n} generated cases ({len(files)} files)", 3))
        print(HEADER)
        for kind, rank, files, what, repeat in sources:
            source = [Source(kind, rank, tuple(files))]

            def cold(source: list[Source] = source) -> None:
                fresh_home()
                load_library(source)

            load, base = paired_medians(cold, lambda files=files: bare_parse(files), repeat, 1)
            print(row(f"load + validate {what}, nothing validated yet", load, base))
            load_library(source)  # found valid once: recorded
            load, base = paired_medians(
                lambda source=source: load_library(source),
                lambda files=files: bare_parse(files),
                repeat,
                1,
            )
            print(row(f"load {what}, found valid by an earlier run", load, base))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
