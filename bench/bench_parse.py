"""Answer parsing on the two inputs issue 10 found slow: headings x block quotes (`import`
was quadratic) and 2 MB of one-character lines (`grade` ran markdown-it's inline pass).

Prints the time for n and 4n of each; linear growth shows as a ratio near 4.
Run: `make bench` or `.venv/bin/python bench/bench_parse.py`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from designtrainer.io.answers import parse_answer
from designtrainer.io.importing import parse_exported


def seconds(fn: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


def sections(n: int) -> str:
    return "".join(f"## Data {i}\n\n> the question\n\ntext {i}\n\n" for i in range(n))


def one_char_lines(n: int) -> str:
    return "a\n" * n


def main() -> None:
    cases: list[tuple[str, Callable[[str], object], Callable[[int], str], int]] = [
        ("import: sections with a heading and a quote", parse_exported, sections, 10_000),
        ("grade: one-character lines", parse_answer, one_char_lines, 250_000),
    ]
    for name, fn, make, n in cases:
        small, large = make(n), make(4 * n)
        fn(small[:100])
        t1, t4 = seconds(fn, small), seconds(fn, large)
        print(
            f"{name}: {n:,} -> {t1:.2f} s ({len(small):,} chars); "
            f"{4 * n:,} -> {t4:.2f} s ({len(large):,} chars); ratio {t4 / t1:.1f}"
        )


if __name__ == "__main__":
    main()
