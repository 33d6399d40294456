"""Shared helpers: medians of repeated runs, printed as a ratio against a baseline."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(fn: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


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
