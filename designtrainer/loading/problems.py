"""Problems found in content files, each pinned to a file, line, column and document path."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from designtrainer.render.terminal import terminal_safe

MAX_BYTES = 1_000_000
"""The largest content file read (a YAML file, an answer's front matter)."""


def display_path(path: Path | str) -> str:
    """A path as a person expects to see it: relative to the working directory when inside it,
    else as given.

    The folder is resolved, the name is not: resolved whole, a link was named by its target
    (`pack/up.yaml`, a link to `../other.yaml`, was reported as "other.yaml: a link to a file
    outside this folder"), and one pointing out of the working directory was shown absolute
    beside its neighbours shown relative.
    """
    p = Path(path)
    try:
        where = p.parent.resolve() / p.name if p.name else p.resolve()
        rel = where.relative_to(Path.cwd().resolve())
    except (ValueError, OSError, RuntimeError):
        return str(p)
    return str(rel) if str(rel) != "." else str(p)


QUOTED_MOST = 40
"""The most characters of a value a problem quotes: a shared pack's values can be any length,
and a 300-character key or a 4,000-digit number made a line of that length."""


def clipped(text: str, unit: str = "characters") -> str:
    """`text` as a problem quotes it: whole up to QUOTED_MOST characters, else its start and
    end around "…" and its length ("xxxxxxxxxxxxxxxxxxxx…xxxxxxxxyz (282 characters)")."""
    if len(text) <= QUOTED_MOST:
        return text
    return f"{text[:20]}…{text[-10:]} ({len(text):,} {unit})"


def quoted(value: object, as_written: bool = False) -> str:
    """A value from a file as a problem shows it: a string in quotes (as Python writes it, or
    `as_written` between plain quotes, its control characters left to the printing's
    terminal_safe), a whole number in digits, either clipped (see `clipped`)."""
    if isinstance(value, str):
        body = value if len(value) <= QUOTED_MOST else f"{value[:20]}…{value[-10:]}"
        shown = f"'{body}'" if as_written else repr(body)
        return shown if body is value else f"{shown} ({len(value):,} characters)"
    if isinstance(value, int) and not isinstance(value, bool):
        return clipped(str(value), "digits")
    return clipped(repr(value))


def format_doc_path(parts: tuple[str | int, ...]) -> str:
    """('sections', 'data', 'hints', 1) -> 'sections.data.hints[1]' (a long key clipped)."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + clipped(str(part))
    return out


class Problem(NamedTuple):
    """A problem of a file, where it is and what it is.

    A named tuple, not a frozen dataclass: making a dataclass compiles its methods in every
    fresh process, about half a millisecond (issue 12, cold commands)."""

    file: str
    line: int | None
    column: int | None
    doc_path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        path = f" {self.doc_path}:" if self.doc_path else ""
        # File names, keys and quoted values come from shared files: printed inert.
        return terminal_safe(f"{where}:{path} {self.message}")


class ContentError(Exception):
    """Raised for a file that cannot be used at all; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def problem(
    path: Path | str,
    message: str,
    line: int | None = None,
    column: int | None = None,
    doc_path: tuple[str | int, ...] = (),
) -> Problem:
    return Problem(display_path(os.fspath(path)), line, column, format_doc_path(doc_path), message)


def validate_command(cases_dirs: Sequence[Path | str]) -> str:
    """The `designtrainer validate` that reports the problems of a library loaded with these
    --cases-dir folders: plain `validate` checks only the bundled cases and those in
    DESIGNTRAINER_CASES, and said "all valid" of files skipped from a --cases-dir."""
    import shlex

    return " ".join(
        ["designtrainer validate", *(f"--cases-dir {shlex.quote(str(d))}" for d in cases_dirs)]
    )
