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


def row(name: str, seconds: float, baseline: float) -> str:
    ratio = seconds / baseline
    return f"| {name} | {seconds * 1000:.2f} ms | {baseline * 1000:.2f} ms | {ratio:.2f}x |"


HEADER = "| what | time (median) | baseline (median) | ratio |\n|---|---|---|---|"
