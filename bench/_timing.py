"""Shared helpers: medians of repeated runs, printed as a ratio against a baseline."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence


def paired_medians(
    fn: Callable[[], object], baseline: Callable[[], object], repeat: int = 15, warmup: int = 2
) -> tuple[float, float]:
    """Medians of `fn` and `baseline`, timed in alternation so that drift in the machine's
    speed during the run (other load, frequency scaling) lands on both sides alike."""
    for _ in range(warmup):
        fn()
        baseline()
    times: list[float] = []
    bases: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        middle = time.perf_counter()
        baseline()
        times.append(middle - start)
        bases.append(time.perf_counter() - middle)
    return statistics.median(times), statistics.median(bases)


def row(name: str, seconds: float, baseline: float) -> str:
    ratio = seconds / baseline
    return f"| {name} | {seconds * 1000:.2f} ms | {baseline * 1000:.2f} ms | {ratio:.2f}x |"


HEADER = "| what | time (median) | baseline (median) | ratio |\n|---|---|---|---|"


def paired_cold(
    argv: Sequence[str],
    baseline: Sequence[str],
    repeat: int = 7,
    env: Mapping[str, str] | None = None,
    before: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """Medians of wall time of two commands, each run in a fresh process, in alternation.

    Cold as a person meets it: interpreter start, imports, in-memory caches empty. Output
    goes to /dev/null; a command that fails stops the bench (a figure for an error is no figure).
    """
    full_env = {**os.environ, **(env or {})}

    def once(cmd: Sequence[str]) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=full_env, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    once(argv)  # the first run of a new file pays for the page cache and .pyc writing
    once(baseline)
    times: list[float] = []
    bases: list[float] = []
    for _ in range(repeat):
        if before is not None:
            before()  # untimed: e.g. empty a cache, for a first-run figure
        times.append(once(argv))
        bases.append(once(baseline))
    return statistics.median(times), statistics.median(bases)


def ratio_row(measure: str, seconds: float, baseline: float, base_name: str, target: str) -> str:
    """One row of the issue-12 table: what, time, baseline, ratio, target (met or not)."""
    ratio = seconds / baseline
    return (
        f"| {measure} | {_fmt(seconds)} | {base_name}: {_fmt(baseline)} | {ratio:.2f}x | {target} |"
    )


def _fmt(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


SCALE_HEADER = (
    "| measure | ours (median) | baseline (median) | ratio | target |\n|---|---|---|---|---|"
)
