"""When the store fails (disk full, a read-only or damaged database), typing is never lost.

The session and peer screens save through `try_save`: a failure shows `SaveWarning`, a banner
that stays until a later save (retried on every autosave tick) succeeds, and the text stays in
the editor. F4 (`save_copy`) writes the answers as markdown where exports go (`paths.exports_dir`),
or to the temp directory or home when that fails, so the person can keep them elsewhere; never
over a file, and never in the working directory (wherever the terminal happened to be). While
saving fails, `RescueCopy` keeps the answers in a file of their own, tick by tick, and says so
when they open again after a run was killed. The drill does all of this for its card's answer.
An autosave tick, and every other save, waits briefly for another program's lock
(`TICK_WAIT_MS`, set on the app's store as it starts), never seconds.

`open_store` is the TUI's start: a store that cannot be opened at all becomes a `StoreError`
whose message names the path and what to do; the CLI prints it and exits with status 1.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from textual.dom import DOMNode
from textual.widgets import Static

from designtrainer.domain.model import Case
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import DB_NAME, Store, StoreError
from designtrainer.tui.text import styled

T = TypeVar("T")

STORE_ERRORS: tuple[type[Exception], ...] = (StoreError, sqlite3.Error, OSError)
"""What a store call can raise when the disk or the database is at fault."""

TICK_WAIT_MS = 200
"""The longest an autosave tick, or any other write of the TUI (`Store.wait_for_locks`, set
as the app starts), waits for another program's write lock: another designtrainer's writes
take milliseconds; a lock held longer fails the save (the banner says the database is locked,
the rescue file keeps the answers) rather than freeze the screen."""


def reason(exc: Exception) -> str:
    """The failure in a few words (an OSError's strerror, the store's own message)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def try_save(warning: SaveWarning, save: Callable[[], object]) -> bool:
    """Run one store write; on failure show why in `warning` and return False (retry later)."""
    try:
        save()
    except STORE_ERRORS as exc:
        warning.failed(exc)
        return False
    warning.ok()
    return True


def write_or_say(node: DOMNode, write: Callable[[], T], doing: str) -> T | None:
    """A store write outside autosave (a question, a new attempt, a delete, the theme).

    On failure the person is told what could not be done and why, nothing typed is cleared,
    and None is returned so the caller stops there; never a traceback.
    """
    try:
        return write()
    except STORE_ERRORS as exc:
        node.app.notify(
            f"Could not {doing}: {reason(exc)}", severity="error", timeout=10, markup=False
        )
        return None


class SaveWarning(Static):
    """A persistent banner while saving fails; hidden again by the next successful save.

    Placed just above the Footer in the screen's layout (not docked: two widgets docked to the
    same edge overlap, and the Footer would hide the end of the message).
    """

    DEFAULT_CSS = """
    SaveWarning {
        height: auto; padding: 0 1; display: none;
        background: $error; color: $text; text-style: bold;
    }
    SaveWarning.-failing { display: block; }
    """

    why = ""
    """The last failure, in a few words."""

    def failed(self, exc: Exception) -> None:
        self.why = reason(exc)
        self.update(
            styled(
                "⚠ Saving fails: $why. Your text stays here and saving is retried every "
                "second. F4 saves a copy of your answers to a file.",
                why=self.why.removesuffix("."),  # the store's reasons are whole sentences
            )
        )
        self.add_class("-failing")

    def ok(self) -> None:
        self.remove_class("-failing")

    @property
    def failing(self) -> bool:
        return self.has_class("-failing")


def save_copy(attempt: Attempt, case: Case | None) -> tuple[Path | None, str]:
    """Write `attempt` as markdown where possible: the exports folder, the temp dir, then home.

    Returns the file written (None if none could be) and a message for the person.
    """
    from designtrainer.render.export import attempt_markdown, default_filename

    return write_copy(attempt_markdown(attempt, case), default_filename(attempt, "md"))


def write_copy(text: str, name: str) -> tuple[Path | None, str]:
    """Write `text` as a new file named like `name`: the exports folder (made if need be), the
    temp dir, then home; a name already taken gets `~2`, `~3`...

    Returns the file written (None if none could be) and a message for the person.
    """
    from designtrainer.io.files import FileExistsRefused, free_path, write_new
    from designtrainer.paths import exports_dir

    problems = []
    # Only the exports folder is ours to make; the temp dir and home are used as they are.
    for folder, make in (
        (exports_dir, True),
        (lambda: Path(tempfile.gettempdir()), False),
        (Path.home, False),
    ):
        where: Path | str = "a folder"
        try:
            where = folder()
            if make:
                where.mkdir(parents=True, exist_ok=True)
            path = free_path(where / name)
            write_new(path, text)
        # RuntimeError: no home directory; FileExistsRefused: the name was taken meanwhile.
        except (OSError, RuntimeError, FileExistsRefused) as exc:
            problems.append(f"{where}: {reason(exc)}")
            continue
        return path, f"Your answers were saved as a copy in {path}"
    return None, "Could not save a copy anywhere (" + "; ".join(problems) + ")"


class RescueCopy:
    """While saving fails, the answers kept in a file of their own, rewritten as they change.

    The red banner and F4 keep the text while the app runs; a crash, a `kill -9` or a dead
    battery while the database cannot be written lost everything typed since saving began to
    fail. So every autosave tick that fails also writes the answers (markdown, as F4 does) to
    one file: the first free name where exports go, else in the temp dir or home, as
    `write_copy` chooses, and then that same file, replaced whole each time (never another
    file: it is ours, made by the first write). Private (0600): the temp dir is shared. Once
    saving works again the database has everything, and the file is removed.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.path: Path | None = None
        self._written = ""
        self._ended = False
        """The last copy was written on quit: the ticks left before the app ends write none."""

    def keep(self, text: str) -> Path | None:
        """Write `text` if it changed; the file's path when this write began it, else None."""
        from designtrainer.io.files import free_path, write_atomic
        from designtrainer.paths import exports_dir

        if text == self._written or self._ended:
            return None
        if self.path is not None:
            try:
                write_atomic(self.path, text, keep_mode=0o600)
            except OSError:
                return None  # the last copy stays; the next tick tries again
            self._written = text
            return None
        for folder, make in (
            (exports_dir, True),
            (lambda: Path(tempfile.gettempdir()), False),
            (Path.home, False),
        ):
            try:
                where = folder()
                if make:
                    where.mkdir(parents=True, exist_ok=True)
                path = free_path(where / self.name)
                write_atomic(path, text, keep_mode=0o600)
            except (OSError, RuntimeError):
                continue
            self.path, self._written = path, text
            return path
        return None

    def left_behind(self, since: float) -> list[Path]:
        """Files of this name (or `~2`, `~3`...) that a run ended while saving failed left:
        killed, or out of power, before saving worked again and removed them. What is in
        them may be newer than what the database has, so the screen that shows these answers
        says where they are. Only the person's own files (the temp dir is shared), written
        at or after `since`, the answers' last save: an older file of the name is another
        database's (attempt numbers start again in a new one)."""
        from designtrainer.paths import exports_dir

        stem, suffix = self.name.removesuffix(".md"), ".md"
        uid = os.getuid() if hasattr(os, "getuid") else None  # None: Windows, no owners here
        found: list[Path] = []
        for folder in (exports_dir, lambda: Path(tempfile.gettempdir()), Path.home):
            try:
                where = folder()
                names = [
                    p
                    for p in where.iterdir()
                    if p.name == self.name
                    or (p.name.startswith(f"{stem}~") and p.name.endswith(suffix))
                ]
            except (OSError, RuntimeError):
                continue
            for path in sorted(names):
                with contextlib.suppress(OSError):
                    st = path.lstat()
                    mine = stat.S_ISREG(st.st_mode) and uid in (None, st.st_uid)
                    # A file's time is the kernel's coarse clock: a few ms behind time.time().
                    if mine and st.st_mtime >= since - 2.0:
                        found.append(path)
        return list(dict.fromkeys(found))  # a temp dir inside home is listed once

    def say_left_behind(self, node: DOMNode, since: float) -> None:
        """Tell the person about `left_behind(since)` files, if any."""
        found = self.left_behind(since)
        if found:
            where = ", ".join(str(p) for p in found)
            node.app.notify(
                f"Saving failed the last time these answers were open, and they were also "
                f"written to {where}: anything typed then that is not here is in "
                f"{'that file' if len(found) == 1 else 'those files'}.",
                severity="warning",
                timeout=30,
                markup=False,
            )

    def keep_and_say(self, node: DOMNode, text: str) -> None:
        """`keep(text)` on a failing autosave tick; the first write says where the file is."""
        started = self.keep(text)
        if started is not None:
            node.app.notify(
                f"Until saving works again, your answers are also written to {started} "
                "as you type.",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def last_copy(self, text: str, name: str) -> str:
        """On quit while saving fails: `text` in a copy of its own (`write_copy`), and what to
        tell the person. That copy is newer than this file, which then goes (one file, not
        two); when no copy can be written, the message names this file if there is one.
        Once the copy is written, no tick makes this file again (an error ending the app
        leaves it a few ticks: it wrote a second file beside the copy)."""
        path, message = write_copy(text, name)
        if path is not None:
            self.discard()
            self._ended = True
        elif self.path is not None:
            message += f". Your answers as of the last second are in {self.path}"
        return message

    def discard(self) -> None:
        """Saving works again: the copy is not needed (the database has it all)."""
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.path, self._written = None, ""

    def discard_and_say(self, node: DOMNode) -> None:
        """`discard()` after a save that worked; when a file was being kept, say it is gone.

        The toast that named the file (`keep_and_say`) stays its ten seconds and Textual
        offers no public way to take one toast down, so a person who read "also written to X"
        then found no X: this one says why, under it."""
        path = self.path
        self.discard()
        if path is not None:
            node.app.notify(
                f"Saved again: {path} was removed (the database has everything).",
                timeout=6,
                markup=False,
            )


def open_store() -> Store:
    """The store in the data directory, or a StoreError that names the path and what to do."""
    from designtrainer.paths import HOME_ENV, data_home

    try:
        home = data_home()
    except OSError as exc:
        where = exc.filename or f"the data directory (${HOME_ENV})"
        raise StoreError(
            f"cannot use {where} as the data directory: {reason(exc)}. Make it a folder you "
            f"can write to, or set {HOME_ENV} to another folder."
        ) from None
    path = home / DB_NAME
    try:
        return Store(path)
    except StoreError:
        raise
    except STORE_ERRORS as exc:
        if "full" in reason(exc).lower():
            todo = "Free some space on that disk, or set {} to a folder on another disk."
        else:
            todo = (
                "If the file is damaged, move it aside (a new one is created); if the folder is "
                "read-only, set {} to a folder you can write to."
            )
        raise StoreError(
            f"cannot open the database {path}: {reason(exc)}. {todo.format(HOME_ENV)}"
        ) from None
