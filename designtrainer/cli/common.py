"""What every command shares: exit codes, errors, printing, the library, the store, files.

Command modules import this and nothing of each other; the parser in cli/__init__.py puts them
together. Heavy modules (the library loader, jsonschema, markdown-it, fsrs, the TUI) are
imported inside the functions that need them, so `designtrainer --help` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from designtrainer.render.formatting import cells, pad_cells, plural
from designtrainer.render.terminal import terminal_safe

if TYPE_CHECKING:
    from designtrainer.loading.library import Library
    from designtrainer.store.attempt import Attempt, AttemptSummary
    from designtrainer.store.db import Store

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
RECENT_IDS_SHOWN = 5  # how many recent attempt ids an "unknown attempt" message lists


class UsageError(Exception):
    """A mistake in how the command was called; printed without a traceback, exit 2."""


class InputError(Exception):
    """A file that cannot be read or used; printed without a traceback, exit 1."""


def out(text: str) -> None:
    """Print to stdout, inert: every printing path goes through here or `note`/`err`.

    Case files, answers and the store hold text other people wrote; `terminal_safe` shows
    their control characters instead of letting them drive the terminal.
    """
    sys.stdout.write(terminal_safe(text))


def note(message: str) -> None:
    print(terminal_safe(message), file=sys.stderr)


def err(message: str) -> None:
    note(f"designtrainer: {message}")


def library(args: argparse.Namespace, case_id: str | None = None) -> Library:
    """The case library; with `case_id`, only what that case needs when it is found there
    (a command about one case should not load and validate all of them: see only_case)."""
    from designtrainer.loading.library import default_sources, load_library, only_case
    from designtrainer.loading.problems import validate_command

    dirs = [Path(d) for d in (getattr(args, "cases_dir", None) or [])]
    for d in dirs:
        if not d.is_dir():
            raise UsageError(f"--cases-dir {d}: not a directory")
    sources = default_sources(dirs)
    lib = load_library(only_case(sources, case_id)) if case_id else None
    if lib is None or case_id not in lib.cases:
        lib = load_library(sources)
    if lib.problems and getattr(args, "command", None) != "validate":
        n = len({p.file for p in lib.problems})
        err(
            f"warning: {plural(n, 'file')} with problems {'was' if n == 1 else 'were'} skipped "
            f"(run `{validate_command(dirs)}` for details)"
        )
    return lib


def case_id(lib: Library, wanted: str) -> str:
    """`wanted` if the library has it, else a UsageError naming the known cases."""
    if wanted not in lib.cases:
        raise UsageError(f"unknown case '{wanted}'; known cases: {', '.join(lib.ids())}")
    return wanted


def case_table(lib: Library, ids: Sequence[str]) -> str:
    """The cases as an aligned table: id, title (and where it comes from), level, minutes, tags."""
    rows = [("ID", "TITLE", "LEVEL", "MIN", "TAGS")]
    for i in ids:
        c = lib.case(i)
        origin = lib.origins[i]
        title = c.title + (
            " [user, overrides bundled]"
            if origin.overrides
            else " [user]"
            if origin.source == "user"
            else ""
        )
        rows.append((i, title, c.difficulty, str(c.total_minutes), ", ".join(c.tags)))
    widths = [max(cells(r[k]) for r in rows) for k in range(4)]
    return "\n".join(
        "  ".join(pad_cells(r[k], widths[k]) for k in range(4)) + "  " + r[4] for r in rows
    )


def wrap(text: str, indent: str = "") -> str:
    import textwrap  # here: most commands never wrap text, and importing it costs 1 ms

    width = min(100, max(40, terminal_columns(fallback=100)))
    paras = [p for p in text.strip().split("\n\n")]
    return "\n\n".join(
        textwrap.fill(" ".join(p.split()), width, initial_indent=indent, subsequent_indent=indent)
        for p in paras
    )


def terminal_columns(fallback: int = 80) -> int:
    """`shutil.get_terminal_size().columns` without importing shutil (and with it bz2 and
    lzma, 3 ms of every fresh command): $COLUMNS when it is a positive number, else the width
    of the terminal standard output is, else `fallback`. The parser's help and `wrap` both
    ask here."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        size = os.get_terminal_size(stdout.fileno()) if stdout is not None else None
    except (AttributeError, ValueError, OSError):
        size = None
    return (size.columns if size is not None else 0) or fallback


def write_file(target: Path, text: str, force: bool) -> None:
    """Write a file the user asked for, turning every way that can fail into exit 1."""
    from designtrainer.io.files import write_new

    try:
        write_new(target, text, force=force)
    except OSError as exc:
        raise InputError(f"{target}: cannot write: {exc.strerror or exc}") from None


def input_name(name: str) -> str:
    return "<stdin>" if name == "-" else name


MAX_ANSWER_BYTES = 32_000_000
"""The largest answer file read: some 5 million words, three times the 10 MB answer the
benchmarks grade and far past any answer or write-up. Without a bound, `grade /dev/zero` or an
endless pipe into `grade -` read until memory ran out."""


def read_input(name: str) -> str:
    """A file (or stdin for "-") as UTF-8 text; InputError naming the line of a bad byte,
    saying the input is larger than `MAX_ANSWER_BYTES` (only that much and one byte is read),
    or that it is an HTML page (an HTML export given back)."""
    try:
        if name == "-":
            raw = sys.stdin.buffer.read(MAX_ANSWER_BYTES + 1)
        else:
            with open(name, "rb") as file:
                raw = file.read(MAX_ANSWER_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_ANSWER_BYTES:
        raise InputError(
            f"{input_name(name)}: larger than {MAX_ANSWER_BYTES:,} bytes, the most an answer "
            "file may be"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}:{line}: not UTF-8 text") from None
    if text.lstrip("\ufeff \t\r\n")[:14].lower().startswith(("<!doctype html", "<html")):
        # An HTML export given back: otherwise "no case given", then "no answers found".
        raise InputError(
            f"{input_name(name)}: an HTML page; this reads the markdown answer or export "
            "(`designtrainer export --format md`)"
        )
    return text


def open_store() -> Store:
    from designtrainer.store.db import Store, StoreError

    try:
        return Store()
    except StoreError as exc:
        raise InputError(str(exc)) from None


def get_attempt(store: Store, attempt_id: int | None) -> Attempt:
    """The attempt with this id (None: the latest), or a UsageError listing the latest ids."""
    if attempt_id is None:
        latest = store.attempts(limit=1)
        if not latest:
            raise UsageError("no attempts yet; practise a case first (run `designtrainer`)")
        attempt_id = latest[0].id
    attempt = store.get(attempt_id)
    if attempt is None:
        ids = ", ".join(str(s.id) for s in store.attempts(limit=RECENT_IDS_SHOWN)) or "none yet"
        raise UsageError(f"no attempt with id {attempt_id}; the latest are: {ids}")
    return attempt


def read_attempts(*attempt_ids: int | None) -> list[Attempt]:
    """The attempts with these ids (None: the latest), from a store opened and closed here.

    What `export` and `compare` share: a missing store is exit 1, an unknown id exit 2.
    """
    store = open_store()
    try:
        return [get_attempt(store, attempt_id) for attempt_id in attempt_ids]
    finally:
        store.close()


def warn_damaged(rows: list[AttemptSummary] | list[Attempt]) -> None:
    for a in rows:
        if a.damaged:
            err(f"warning: attempt {a.id}: {a.damaged}")
