"""The only module that talks SQL: attempts, answers, timings, questions, hints, settings.

SQLite in the user data directory (DESIGNTRAINER_HOME overrides), WAL mode so a reader never
blocks the writer, a busy timeout so two app instances wait for each other instead of failing,
and the schema version in PRAGMA user_version with forward-only migrations. Every write is its
own short transaction: an autosave that returned is on disk. Each changed answer is also kept
as a revision, so two instances writing the same section never lose each other's text.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from designtrainer.domain.cards import CardKey, CardRecord, DrillAnswer, ReviewRecord
from designtrainer.domain.review import PeerReview
from designtrainer.domain.settings import Setting
from designtrainer.grading.results import GradeResult
from designtrainer.paths import data_home
from designtrainer.store import codec, columns
from designtrainer.store.attempt import (
    Attempt,
    AttemptSummary,
    CaseStats,
    HistoryRow,
    Mode,
    Question,
    SectionState,
)

DB_NAME = "designtrainer.sqlite3"
PEER_SOURCE = "peer"
"""The review source older versions wrote for a peer interview (see _index_peer_reviews)."""
BUSY_TIMEOUT_MS = 5000
WAL_CHECKPOINT_PAGES = 16
"""Pages (4 KB each) the write-ahead log may hold before a commit copies them into the
database. SQLite's default, 1,000, let the log grow to ~4 MB, and keep that file at that size:
on a nearly full disk that is the room a rescue copy of the answers needs (tui/saving.py).
An autosave writes a few pages, so this checkpoints every few saves, each a few pages: no
slower to type through than one 4 MB checkpoint now and then (~1 ms an autosave, measured)."""
WAL_KEEP_BYTES = 64 * 1024
"""The most the log file keeps of its size after a checkpoint (`journal_size_limit`): a big
write (a migration, a large paste) grows it past the above, and without a limit it stays
that size."""
REVISION_EVERY_SECONDS = 30.0

_SECONDS = "(SELECT COALESCE(SUM(seconds), 0) FROM sections WHERE attempt_id = {attempt})"

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        case_title TEXT NOT NULL,
        mode TEXT NOT NULL DEFAULT 'solo',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        finished_at REAL,
        current_section TEXT,
        result_json TEXT,
        peer_json TEXT,
        owner_pid INTEGER
    );
    CREATE INDEX attempts_case ON attempts(case_id, updated_at);
    CREATE TABLE sections (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        seconds REAL NOT NULL DEFAULT 0,
        hints_used INTEGER NOT NULL DEFAULT 0,
        submitted_at REAL,
        PRIMARY KEY (attempt_id, section)
    );
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        asked_at REAL NOT NULL,
        question TEXT NOT NULL,
        clarification INTEGER,
        answer TEXT NOT NULL
    );
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        saved_at REAL NOT NULL,
        answer TEXT NOT NULL
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: review cards (FSRS state per case and rubric item), their review log, which finished
    # attempts have been turned into reviews, and drill answers as typed
    """
    CREATE TABLE cards (
        case_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        section TEXT NOT NULL,
        label TEXT NOT NULL,
        fsrs_json TEXT NOT NULL,
        due REAL NOT NULL,
        last_rating TEXT,
        last_review REAL,
        reviews INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (case_id, item_id)
    );
    CREATE INDEX cards_due ON cards(due);
    CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        reviewed_at REAL NOT NULL,
        rating TEXT NOT NULL,
        source TEXT NOT NULL,
        due_after REAL NOT NULL,
        attempt_id INTEGER,
        drill_id INTEGER
    );
    CREATE INDEX review_log_card ON review_log(case_id, item_id, reviewed_at);
    CREATE TABLE recorded_attempts (
        attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
        recorded_at REAL NOT NULL
    );
    CREATE TABLE drill_answers (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        rating TEXT,
        reviewed_at REAL
    );
    CREATE INDEX drill_answers_card ON drill_answers(case_id, item_id, created_at);
    """,
    # 3 (issue 11, attempt ids): attempts get AUTOINCREMENT, so an id is never given again
    # after a delete (an exported id must never point at another attempt). Rebuilt the SQLite
    # way, keeping every id; runs with foreign keys off (see _open) so dropping the old table
    # does not cascade into sections, questions, revisions and recorded_attempts.
    """
    CREATE TABLE attempts_rebuilt (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL,
        case_title TEXT NOT NULL,
        mode TEXT NOT NULL DEFAULT 'solo',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        finished_at REAL,
        current_section TEXT,
        result_json TEXT,
        peer_json TEXT,
        owner_pid INTEGER
    );
    INSERT INTO attempts_rebuilt (id, case_id, case_title, mode, created_at, updated_at,
        finished_at, current_section,
        result_json, peer_json, owner_pid)
    SELECT id, case_id, case_title, mode, created_at, updated_at, finished_at, current_section,
        result_json, peer_json, owner_pid
    FROM attempts;
    DROP TABLE attempts;
    ALTER TABLE attempts_rebuilt RENAME TO attempts;
    CREATE INDEX attempts_case ON attempts(case_id, updated_at);
    """,
    # 4 (issue 12, long histories): each attempt's score, what of its stored grade could not be
    # read, and the seconds of its sections, in columns, so lists of attempts (history, the
    # picker, progress) never parse a 10 KB grade or add up sections per row.
    # - seconds: kept by triggers on sections, whoever writes them.
    # - score, grade_damage: read from the grade by store.codec (the one JSON reader) when the
    #   grade is written (see _grade_columns). A grade written by anything else (a person with
    #   the sqlite3 shell) is marked unread by the triggers (grade_damage NULL) and read on the
    #   next list (see _read_grades). Existing rows are read right here, after the script.
    # Lists are read from covering indexes alone: a column stored after the grade in the row (as
    # added columns are) costs a walk through the grade's overflow pages to reach.
    f"""
    ALTER TABLE attempts ADD COLUMN score REAL;
    ALTER TABLE attempts ADD COLUMN grade_damage TEXT;
    ALTER TABLE attempts ADD COLUMN seconds REAL NOT NULL DEFAULT 0;
    UPDATE attempts SET grade_damage = '' WHERE result_json IS NULL;
    UPDATE attempts SET seconds = {_SECONDS.format(attempt="attempts.id")};
    CREATE TRIGGER attempts_grade_insert AFTER INSERT ON attempts
    WHEN NEW.result_json IS NOT NULL BEGIN
        UPDATE attempts SET score = NULL, grade_damage = NULL WHERE id = NEW.id;
    END;
    CREATE TRIGGER attempts_grade_update AFTER UPDATE OF result_json ON attempts BEGIN
        UPDATE attempts SET score = NULL, grade_damage = NULL WHERE id = NEW.id;
    END;
    CREATE TRIGGER sections_seconds_insert AFTER INSERT ON sections BEGIN
        UPDATE attempts SET seconds = {_SECONDS.format(attempt="NEW.attempt_id")}
        WHERE id = NEW.attempt_id;
    END;
    CREATE TRIGGER sections_seconds_update AFTER UPDATE OF seconds ON sections BEGIN
        UPDATE attempts SET seconds = {_SECONDS.format(attempt="NEW.attempt_id")}
        WHERE id = NEW.attempt_id;
    END;
    CREATE TRIGGER sections_seconds_delete AFTER DELETE ON sections BEGIN
        UPDATE attempts SET seconds = {_SECONDS.format(attempt="OLD.attempt_id")}
        WHERE id = OLD.attempt_id;
    END;
    CREATE INDEX attempts_unread ON attempts(id) WHERE grade_damage IS NULL;
    CREATE INDEX attempts_listed ON attempts(updated_at, id, case_id, mode, finished_at,
        score, grade_damage, seconds, created_at, case_title);
    DROP INDEX attempts_case;
    CREATE INDEX attempts_case ON attempts(case_id, updated_at, id, mode, finished_at,
        score, grade_damage, seconds, created_at, case_title);
    """,
)


class StoreError(Exception):
    """The database cannot be opened, read or written; the message names the path and what to do.

    Every sqlite3 error and every OSError about the data directory leaves this module as a
    StoreError, so the CLI and the TUI catch one type and show one message, never a traceback.
    """


P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _guarded(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """Turn the sqlite3 errors of a Store method into a StoreError that says what to do."""

    @functools.wraps(method)
    def wrapper(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreError(_explain(self.path, exc)) from None

    return wrapper


def _explain(path: Path, exc: sqlite3.Error) -> str:
    """What went wrong with the database at `path`, and what the person can do about it."""
    text = str(exc)
    low = text.lower()
    if "not a database" in low or "malformed" in low:
        return (
            f"{path} is damaged or not a designtrainer database ({text}). Move it aside "
            f"(mv '{path}' '{path}.broken') and designtrainer starts a new, empty one; the "
            "attempts in it cannot be read by designtrainer."
        )
    if "full" in low:
        return f"cannot save to {path}: the disk is full ({text}). Free some space and retry."
    if "locked" in low or "busy" in low:
        return (
            f"{path} is locked by another program ({text}). Close other designtrainer "
            "windows and try again."
        )
    if "disk i/o" in low:
        # SQLite's word for a write the system refused: a full disk often, or a file larger
        # than a limit on file sizes (`ulimit -f`), or a folder that went read-only; the
        # permissions advice alone sent people to check their files on a full disk.
        return (
            f"cannot write to {path} ({text}): the disk may be full or the file over a size "
            f"limit; free some space, check that {path.parent} is a folder you can write to, "
            "or set DESIGNTRAINER_HOME to a folder on another disk."
        )
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        return (
            f"cannot open {path} for writing ({text}). Check that {path.parent} is a folder "
            f"you can write to and that {path.name}, {path.name}-wal and {path.name}-shm "
            "there are ordinary files you own, or set DESIGNTRAINER_HOME to another folder."
        )
    return f"{path}: database error ({text}). If this persists, move the file aside."


def _pid_alive(pid: int) -> bool:
    """Whether a process still runs (a killed one not yet reaped, a zombie, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (macOS): the signal check is all we have
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


class Store:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            try:
                path = data_home() / DB_NAME
            except OSError as exc:
                home = Path(exc.filename) if exc.filename else Path("the data directory")
                raise StoreError(
                    f"cannot use {home} as the data directory ({exc.strerror or exc}): it must "
                    "be a folder you can write to. Move what is there aside, or set "
                    "DESIGNTRAINER_HOME to another folder."
                ) from None
        self.path = path
        if self.path.is_dir():
            raise StoreError(
                f"{self.path} is a folder, where designtrainer keeps its database file: "
                "move it aside, or set DESIGNTRAINER_HOME to another folder."
            )
        try:
            self.db = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise StoreError(_explain(self.path, exc)) from None
        try:
            self._open()
        except BaseException:
            self.db.close()
            raise

    @_guarded
    def _open(self) -> None:
        self.db.row_factory = sqlite3.Row
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        self.db.execute(f"PRAGMA journal_size_limit = {WAL_KEEP_BYTES}")
        # Off while migrating: a table rebuild drops the old table, and with foreign keys on
        # that drop would cascade into its children. The pragma is a no-op inside a
        # transaction, so it is switched here; _migrate checks the keys before committing.
        self.db.execute("PRAGMA foreign_keys = OFF")
        self._migrate()
        self.db.execute("PRAGMA foreign_keys = ON")
        self._check_tables()
        self._index_peer_reviews()

    # -- plumbing --------------------------------------------------------------------------
    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed whole, or rolled back whole.

        A failed COMMIT (a disk that fills up as WAL mode writes the pages) is rolled back too,
        when SQLite has not already done so: a transaction left open made every later save
        fail with "cannot start a transaction within a transaction". The error that stopped
        the transaction is the one raised, never the rollback's own.
        """
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            raise

    def _migrate(self) -> None:
        with self._tx() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path} was written by a newer designtrainer (schema {version}); "
                    "upgrade designtrainer to open it"
                )
            if version == 0 and db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(
                    f"{self.path} has tables but no designtrainer schema version, so it is "
                    "not a database designtrainer made (or its version was reset). Move it "
                    f"aside (mv '{self.path}' '{self.path}.broken') and designtrainer starts "
                    "a new one."
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
            if version < 4:
                self._read_grades(db)  # migration 4's columns for the rows already there
            if version < len(MIGRATIONS) and db.execute("PRAGMA foreign_key_check").fetchone():
                raise StoreError(f"{self.path}: migrating broke a foreign key; nothing changed")

    def _check_tables(self) -> None:
        """The tables and columns the schema version promises are there (nobody dropped one)."""
        missing = []
        for table, wanted in _expected_tables().items():
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            if not have:
                missing.append(f"table '{table}'")
            else:
                missing += [f"column '{table}.{c}'" for c in sorted(wanted - have)]
        if missing:
            raise StoreError(
                f"{self.path} is damaged: schema version {self.schema_version} but "
                f"{', '.join(missing)} missing. Move it aside (mv '{self.path}' "
                f"'{self.path}.broken') and designtrainer starts a new one, or restore a backup."
            )

    def _index_peer_reviews(self) -> None:
        """An index of the review log's peer reviews alone, made once, outside the schema version.

        Every sync asks whether an older designtrainer left reviews from peer interviews to
        take out (review.cards.forget_peer_reviews); without it the answer read the whole log
        (~39 ms at 320,000 reviews). No version bump: an older designtrainer still opens the
        store, keeps the index up to date, and whatever peer review it writes is found. It
        holds no row until one is written, so it costs solo and drill reviews nothing. Not
        made (a full disk, a read-only file), the question reads the log as before.
        """
        if self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'review_log_peer'"
        ).fetchone():
            return
        with contextlib.suppress(sqlite3.Error), self._tx() as db:
            db.execute(
                "CREATE INDEX IF NOT EXISTS review_log_peer ON review_log(case_id, item_id)"
                f" WHERE source = '{PEER_SOURCE}'"
            )

    @property
    @_guarded
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def wait_for_locks(self, ms: int) -> None:
        """Every write from now on waits at most `ms` for another writer's lock, not
        `BUSY_TIMEOUT_MS`.

        The TUI's choice (`tui.saving.TICK_WAIT_MS`): every store call it makes runs on its
        only thread, so a save (an autosave tick, submitting a section, leaving) behind a lock
        held by the sqlite3 shell or a backup froze the screen, typing and all, for five
        seconds. A save that cannot wait says so and the next tick retries. The CLI keeps
        `BUSY_TIMEOUT_MS`: a command has no keys to hold back. Setting the timeout touches no
        file, so it cannot fail on a full disk; should it fail all the same (a closed
        connection), the writes meet that themselves, where callers handle store errors.
        """
        with contextlib.suppress(sqlite3.Error):
            self.db.execute(f"PRAGMA busy_timeout = {int(ms)}")

    # -- attempts --------------------------------------------------------------------------
    @_guarded
    def start_attempt(self, case_id: str, case_title: str, mode: Mode = "solo") -> int:
        now = time.time()
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO attempts"
                " (case_id, case_title, mode, created_at, updated_at, owner_pid)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (case_id, case_title, mode, now, now, os.getpid()),
            )
            return int(cur.lastrowid or 0)

    @_guarded
    def claim(self, attempt_id: int) -> bool:
        """Take ownership for this process; False while another live process has it open."""
        with self._tx() as db:
            row = db.execute(
                "SELECT owner_pid FROM attempts WHERE id = ?", (attempt_id,)
            ).fetchone()
            if row is None:
                return False
            owner = row["owner_pid"]
            if owner and owner != os.getpid() and _pid_alive(owner):
                return False
            db.execute("UPDATE attempts SET owner_pid = ? WHERE id = ?", (os.getpid(), attempt_id))
            return True

    @_guarded
    def release(self, attempt_id: int) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE attempts SET owner_pid = NULL WHERE id = ? AND owner_pid = ?",
                (attempt_id, os.getpid()),
            )

    @_guarded
    def in_use_elsewhere(self, attempt_id: int) -> bool:
        row = self.db.execute(
            "SELECT owner_pid FROM attempts WHERE id = ?", (attempt_id,)
        ).fetchone()
        owner = row["owner_pid"] if row else None
        return bool(owner and owner != os.getpid() and _pid_alive(owner))

    @_guarded
    def save_answer(self, attempt_id: int, section: str, answer: str) -> None:
        """Autosave one section's text (and keep a revision at most every 30 s per section)."""
        now = time.time()
        with self._tx() as db:
            old = db.execute(
                "SELECT answer FROM sections WHERE attempt_id = ? AND section = ?",
                (attempt_id, section),
            ).fetchone()
            db.execute(
                "INSERT INTO sections (attempt_id, section, answer) VALUES (?, ?, ?)"
                " ON CONFLICT (attempt_id, section) DO UPDATE SET answer = excluded.answer",
                (attempt_id, section, answer),
            )
            previous = old["answer"] if old is not None else None
            if previous and previous != answer:
                last = db.execute(
                    "SELECT MAX(saved_at) FROM revisions WHERE attempt_id = ? AND section = ?",
                    (attempt_id, section),
                ).fetchone()[0]
                # Not text (bytes the sqlite3 shell left, read as text by store.columns): kept
                # as it was, whatever the time since the last revision.
                shrunk = not isinstance(previous, str) or not answer.startswith(
                    previous[: len(previous) // 2]
                )
                if shrunk or last is None or now - last >= REVISION_EVERY_SECONDS:
                    db.execute(
                        "INSERT INTO revisions (attempt_id, section, saved_at, answer)"
                        " VALUES (?, ?, ?, ?)",
                        (attempt_id, section, now, previous),
                    )
            self._touch(db, attempt_id, now, section)

    @_guarded
    def add_seconds(self, attempt_id: int, section: str, seconds: float) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO sections (attempt_id, section, seconds) VALUES (?, ?, ?)"
                " ON CONFLICT (attempt_id, section) DO UPDATE SET seconds = seconds + ?",
                (attempt_id, section, seconds, seconds),
            )
            self._touch(db, attempt_id, time.time(), section)

    @_guarded
    def use_hint(self, attempt_id: int, section: str) -> int:
        with self._tx() as db:
            db.execute(
                "INSERT INTO sections (attempt_id, section, hints_used) VALUES (?, ?, 1)"
                " ON CONFLICT (attempt_id, section) DO UPDATE SET hints_used = hints_used + 1",
                (attempt_id, section),
            )
            self._touch(db, attempt_id, time.time(), section)
            row = db.execute(
                "SELECT hints_used FROM sections WHERE attempt_id = ? AND section = ?",
                (attempt_id, section),
            ).fetchone()
            # What the sqlite3 shell left there (1e999 + 1 is infinity) reads as store.get does.
            return columns.count(row[0], "hint count", [])

    @_guarded
    def submit_section(self, attempt_id: int, section: str) -> None:
        now = time.time()
        with self._tx() as db:
            db.execute(
                "INSERT INTO sections (attempt_id, section, submitted_at) VALUES (?, ?, ?)"
                " ON CONFLICT (attempt_id, section) DO UPDATE"
                " SET submitted_at = COALESCE(submitted_at, excluded.submitted_at)",
                (attempt_id, section, now),
            )
            self._touch(db, attempt_id, now, section)

    def add_question(
        self, attempt_id: int, question: str, answer: str, clarification: int | None
    ) -> None:
        self.add_questions(attempt_id, question, [(clarification, answer)])

    @_guarded
    def add_questions(
        self, attempt_id: int, question: str, parts: Sequence[tuple[int | None, str]]
    ) -> None:
        """A question and the interviewer's answer to each of its parts ((clarification,
        answer), one row each), in one transaction: a disk that fills up midway stores none
        of them, never the first part alone (asked again, it would then be stored twice)."""
        now = time.time()
        with self._tx() as db:
            for clarification, answer in parts:
                db.execute(
                    "INSERT INTO questions (attempt_id, asked_at, question, clarification,"
                    " answer) VALUES (?, ?, ?, ?, ?)",
                    (attempt_id, now, question, clarification, answer),
                )
            self._touch(db, attempt_id, now, None)

    @_guarded
    def forget_clarification(self, attempt_id: int, clarification: int) -> None:
        """Remove the questions recorded for one of the case's clarifications (a peer
        interviewer unticks a question they marked as asked by mistake)."""
        now = time.time()
        with self._tx() as db:
            db.execute(
                "DELETE FROM questions WHERE attempt_id = ? AND clarification = ?",
                (attempt_id, clarification),
            )
            self._touch(db, attempt_id, now, None)

    @_guarded
    def save_peer(self, attempt_id: int, review: PeerReview) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE attempts SET peer_json = ?, updated_at = ? WHERE id = ?",
                (_dumps(codec.review_to_json(review)), time.time(), attempt_id),
            )

    @_guarded
    def finish(self, attempt_id: int, result: GradeResult | None = None) -> None:
        now = time.time()
        with self._tx() as db:
            if result is not None:
                db.execute(
                    "UPDATE attempts SET result_json = ? WHERE id = ?",
                    (_dumps(codec.result_to_json(result)), attempt_id),
                )
                _set_grade_columns(db, attempt_id, result)
            db.execute(
                "UPDATE attempts SET finished_at = COALESCE(finished_at, ?), updated_at = ?"
                " WHERE id = ?",
                (now, now, attempt_id),
            )

    @_guarded
    def import_attempt(
        self,
        case_id: str,
        case_title: str,
        mode: Mode,
        sections: Sequence[SectionState],
        result: GradeResult,
        questions: Sequence[Question] = (),
        created_at: float | None = None,
        finished_at: float | None = None,
        peer: PeerReview | None = None,
    ) -> int:
        """A finished attempt as an export holds it, in one transaction: all or nothing.

        `sections` carry the answers with their seconds, hints and submission times;
        `created_at` and `finished_at` default to now (a hand-written file has no dates). The
        attempt is dated when it was finished, so history lists it where it happened. `peer`
        is a peer interview's review as exported (the interviewer's marks).
        """
        now = time.time()
        created = now if created_at is None else created_at
        finished = finished_at if finished_at is not None else created
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO attempts (case_id, case_title, mode, created_at, updated_at,"
                " finished_at, result_json, peer_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    case_title,
                    mode,
                    created,
                    max(created, finished),
                    finished,
                    _dumps(codec.result_to_json(result)),
                    None if peer is None else _dumps(codec.review_to_json(peer)),
                ),
            )
            attempt_id = int(cur.lastrowid or 0)
            _set_grade_columns(db, attempt_id, result)
            for s in sections:
                db.execute(
                    "INSERT INTO sections (attempt_id, section, answer, seconds, hints_used,"
                    " submitted_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        attempt_id,
                        s.section,
                        s.answer,
                        s.seconds,
                        s.hints_used,
                        s.submitted_at,
                    ),
                )
            for q in questions:
                db.execute(
                    "INSERT INTO questions (attempt_id, asked_at, question, clarification, answer)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (attempt_id, q.asked_at, q.question, q.clarification, q.answer),
                )
            answered = [s.section for s in sections if s.answer]
            if answered:
                db.execute(
                    "UPDATE attempts SET current_section = ? WHERE id = ?",
                    (answered[-1], attempt_id),
                )
            return attempt_id

    @_guarded
    def same_attempts(
        self, case_id: str, mode: Mode, answers: dict[str, str], created_at: float | None
    ) -> list[int]:
        """Finished attempts with exactly these non-empty answers (and start, to the second).

        How `import` recognises a file it has imported before (or the attempt it was exported
        from) without keeping anything extra: an export restores the attempt's start time and
        answers exactly, so the same file gives the same attempt. Oldest first.
        """
        wanted = {sid: text for sid, text in answers.items() if text}
        sql = "SELECT id FROM attempts WHERE case_id = ? AND mode = ? AND finished_at IS NOT NULL"
        args: list[object] = [case_id, mode]
        if created_at is not None:
            sql += " AND created_at > ? AND created_at < ?"
            args += [created_at - 1, created_at + 1]
        out = []
        for (attempt_id,) in self.db.execute(sql + " ORDER BY id", args).fetchall():
            have = {
                r[0]: r[1]
                for r in self.db.execute(
                    "SELECT section, answer FROM sections WHERE attempt_id = ? AND answer != ''",
                    (attempt_id,),
                )
            }
            if have == wanted:
                out.append(int(attempt_id))
        return out

    @_guarded
    def delete(self, attempt_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))

    def _touch(
        self, db: sqlite3.Connection, attempt_id: int, now: float, section: str | None
    ) -> None:
        if section is None:
            db.execute("UPDATE attempts SET updated_at = ? WHERE id = ?", (now, attempt_id))
        else:
            db.execute(
                "UPDATE attempts SET updated_at = ?, current_section = ? WHERE id = ?",
                (now, section, attempt_id),
            )

    # -- reading ---------------------------------------------------------------------------
    @_guarded
    def get(self, attempt_id: int) -> Attempt | None:
        if not -(2**63) <= attempt_id < 2**63:
            return None  # no SQLite row id is that large
        row = self.db.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:
            return None
        damage: list[str] = []
        sections = {
            r["section"]: SectionState(
                r["section"],
                columns.text(r["answer"], f"{r['section']} answer", damage),
                columns.duration(r["seconds"], "time", damage),
                columns.count(r["hints_used"], "hint count", damage),
                columns.optional_number(r["submitted_at"], "submission time", damage),
            )
            for r in self.db.execute("SELECT * FROM sections WHERE attempt_id = ?", (attempt_id,))
        }
        questions = tuple(
            Question(
                columns.text(r["question"], "question", damage),
                columns.text(r["answer"], "question's answer", damage),
                r["clarification"] if isinstance(r["clarification"], int) else None,
                columns.number(r["asked_at"], "question time", damage),
            )
            for r in self.db.execute(
                "SELECT * FROM questions WHERE attempt_id = ? ORDER BY id", (attempt_id,)
            )
        )
        current = row["current_section"]
        return Attempt(
            id=row["id"],
            case_id=columns.text(row["case_id"], "case id", damage),
            case_title=columns.text(row["case_title"], "title", damage),
            mode=columns.text(row["mode"], "mode", damage),  # type: ignore[arg-type]
            created_at=columns.number(row["created_at"], "start time", damage),
            updated_at=columns.number(row["updated_at"], "last change", damage),
            finished_at=columns.optional_number(row["finished_at"], "finish time", damage),
            current_section=None if current is None else columns.text(current, "section", damage),
            sections=sections,
            questions=questions,
            result=codec.result_from_json(codec.loads(row["result_json"], "grade", damage), damage),
            peer=codec.review_from_json(codec.loads(row["peer_json"], "peer review", damage)),
            damaged="; ".join(dict.fromkeys(damage)),  # each section's "time" once
        )

    @_guarded
    def attempts(
        self,
        case_id: str | None = None,
        finished: bool | None = None,
        mode: Mode | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[AttemptSummary]:
        """Newest first (`limit` of them from `offset`, for pages of a long history).

        Read from a covering index only: the score, what of the grade is damaged and the
        seconds are columns (migration 4), so no row's grade JSON is parsed and no section is
        read here, except for grades written behind the store's back (see _read_grades).
        """
        self._read_grades()
        where: list[str] = []
        args: list[str | int] = []
        if case_id is not None:
            where.append("case_id = ?")
            args.append(case_id)
        if finished is not None:
            where.append("finished_at IS NOT NULL" if finished else "finished_at IS NULL")
        if mode is not None:
            where.append("mode = ?")
            args.append(mode)
        sql = (
            f"SELECT id, {_text('case_id')}, {_text('case_title')}, {_text('mode')},"
            f" {_number('created_at')},"
            f" {_number('updated_at')}, {_finish()}, {_number('score', 'NULL', 1.0)},"
            f" {_TOTAL_SECONDS}, grade_damage FROM attempts"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY updated_at DESC, id DESC"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [max(0, limit), max(0, offset)]
        return [
            AttemptSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] or "")
            for r in self.db.execute(sql, args)
        ]

    @_guarded
    def history_rows(self) -> list[HistoryRow]:
        """Every attempt newest first, as `attempts()` lists them, in plain tuples: (id,
        updated_at, case_id, mode, finished_at, score, seconds, damaged). The date is the one
        the rows are ordered by (last worked on), so the list reads in date order.

        For printing a whole history: building an AttemptSummary (a frozen dataclass) for
        each of 16,000 rows cost `history` as much as reading them (issue 12).
        """
        self._read_grades()
        cursor = self.db.cursor()
        cursor.row_factory = None  # tuples, not sqlite3.Row: cheaper, and what is promised
        rows: list[HistoryRow] = cursor.execute(
            f"SELECT id, {_number('updated_at')}, {_text('case_id')}, {_text('mode')}, {_finish()},"
            f" {_number('score', 'NULL', 1.0)}, {_TOTAL_SECONDS}, coalesce(grade_damage, '')"
            " FROM attempts ORDER BY updated_at DESC, id DESC"
        ).fetchall()
        return rows

    @_guarded
    def case_stats(self, mode: Mode = "solo") -> dict[str, CaseStats]:
        """Per case: best finished score, when last worked on, and whether one is unfinished.

        What the picker shows beside every case, in one grouped query over the columns.
        """
        self._read_grades()
        return {
            r[0]: CaseStats(r[1], r[2], bool(r[3]))
            for r in self.db.execute(
                "SELECT case_id, MAX(CASE WHEN finished_at IS NOT NULL THEN"
                f" {_number('score', 'NULL', 1.0)} END), MAX({_number('updated_at')}),"
                " MAX(finished_at IS NULL) FROM attempts WHERE mode = ? GROUP BY case_id",
                (mode,),
            )
        }

    def _read_grades(self, db: sqlite3.Connection | None = None) -> None:
        """Fill score and grade_damage of the rows whose grade has not been read yet.

        Those are the rows of a database migrated to version 4 and grades written by anything
        but this module (the triggers mark them); the store's own writes fill the columns as
        they write the grade. Read by store.codec, as Store.get reads them, so a list and the
        attempt itself always agree; a damaged grade gets its note and no score, never an error.
        With `db`, inside that transaction (the migration's); else in a short one of its own.
        """
        if db is None:
            if self.db.execute("SELECT 1 FROM attempts WHERE grade_damage IS NULL").fetchone():
                with self._tx() as tx:
                    self._read_grades(tx)
            return
        rows = db.execute(
            "SELECT id, result_json FROM attempts WHERE grade_damage IS NULL"
        ).fetchall()
        for attempt_id, raw in rows:
            damage: list[str] = []
            result = codec.result_from_json(codec.loads(raw, "grade", damage), damage)
            db.execute(
                "UPDATE attempts SET score = ?, grade_damage = ? WHERE id = ?",
                (
                    None if result is None else round(result.score, 4),
                    "; ".join(damage),
                    attempt_id,
                ),
            )

    @_guarded
    def revisions(self, attempt_id: int, section: str) -> list[tuple[float, str]]:
        """Earlier texts of a section, oldest first, read as text (`columns.text`; a revision
        keeps bytes as they were stored)."""
        return [
            (r["saved_at"], columns.text(r["answer"], "revision", []))
            for r in self.db.execute(
                "SELECT saved_at, answer FROM revisions WHERE attempt_id = ? AND section = ?"
                " ORDER BY id",
                (attempt_id, section),
            )
        ]

    # -- settings --------------------------------------------------------------------------
    @_guarded
    def setting(self, setting: Setting[T]) -> T:
        """The stored value of a setting, or its default (also for unreadable text)."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
        value = setting.read(str(row[0])) if row else None
        return setting.default if value is None else value

    @_guarded
    def set_setting(self, setting: Setting[T], value: T) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (setting.key, setting.write(value)),
            )

    # == review cards and drills (issue 13) ======================================================
    # Kept in one block below everything else so it merges apart from other work on the store.

    @_guarded
    def review_cards(
        self,
        keys: Sequence[CardKey],
        review: Callable[[CardKey, CardRecord | None], tuple[CardRecord, ReviewRecord] | None],
        *,
        attempt_id: int | None = None,
        drill_id: int | None = None,
    ) -> list[tuple[CardRecord, ReviewRecord]] | None:
        """Review cards in one transaction: read each, let `review` schedule it, write it back.

        `review` gets the stored card (None for a new one) and returns the new card and its log
        entry, or None to leave it. With `attempt_id` this happens once per attempt: None when
        that attempt was already recorded. With `drill_id` the drill answer is marked reviewed.
        """
        now = time.time()
        done: list[tuple[CardRecord, ReviewRecord]] = []
        with self._tx() as db:
            if attempt_id is not None:
                seen = db.execute(
                    "SELECT 1 FROM recorded_attempts WHERE attempt_id = ?", (attempt_id,)
                ).fetchone()
                if seen is not None:
                    return None
                db.execute(
                    "INSERT INTO recorded_attempts (attempt_id, recorded_at) VALUES (?, ?)",
                    (attempt_id, now),
                )
            for key in keys:
                row = db.execute(
                    "SELECT * FROM cards WHERE case_id = ? AND item_id = ?", key
                ).fetchone()
                reviewed = review(key, _card(row) if row is not None else None)
                if reviewed is None:
                    continue
                card, log = reviewed
                _write_card(db, card)
                db.execute(
                    "INSERT INTO review_log (case_id, item_id, reviewed_at, rating, source,"
                    " due_after, attempt_id, drill_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        log.case_id,
                        log.item_id,
                        log.reviewed_at,
                        log.rating,
                        log.source,
                        log.due_after,
                        log.attempt_id,
                        log.drill_id,
                    ),
                )
                done.append((card, log))
            if drill_id is not None and done:
                db.execute(
                    "UPDATE drill_answers SET rating = ?, reviewed_at = ? WHERE id = ?",
                    (done[-1][1].rating, done[-1][1].reviewed_at, drill_id),
                )
        return done

    @_guarded
    def forget_reviews(
        self,
        source: str,
        rebuild: Callable[[CardRecord, list[ReviewRecord]], CardRecord | None],
    ) -> int:
        """Delete every review from `source` and rebuild the cards they touched, in one
        transaction: `rebuild` gets the card and its other reviews, oldest first, and returns
        the card as they alone leave it, or None to remove it. How many cards were touched;
        nothing is written (a read, no transaction) when there is none: for peer reviews, a
        look in their own index (see _index_peer_reviews), whatever the length of the log."""
        if not self.db.execute(
            "SELECT 1 FROM review_log WHERE source = ? LIMIT 1", (source,)
        ).fetchone():
            return 0
        with self._tx() as db:
            keys = db.execute(
                "SELECT DISTINCT case_id, item_id FROM review_log WHERE source = ?", (source,)
            ).fetchall()
            db.execute("DELETE FROM review_log WHERE source = ?", (source,))
            for case_id, item_id in keys:
                row = db.execute(
                    "SELECT * FROM cards WHERE case_id = ? AND item_id = ?", (case_id, item_id)
                ).fetchone()
                card = rebuild(_card(row), self._log(db, case_id, item_id)) if row else None
                if card is None:
                    db.execute(
                        "DELETE FROM cards WHERE case_id = ? AND item_id = ?", (case_id, item_id)
                    )
                else:
                    _write_card(db, card)
            return len(keys)

    def _log(self, db: sqlite3.Connection, case_id: str, item_id: str) -> list[ReviewRecord]:
        rows = db.execute(
            "SELECT * FROM review_log WHERE case_id = ? AND item_id = ? ORDER BY reviewed_at, id",
            (case_id, item_id),
        )
        return [_review(r) for r in rows]

    @_guarded
    def cards(self, case_id: str | None = None) -> list[CardRecord]:
        """Every card (of one case), soonest due first."""
        sql = "SELECT * FROM cards" + (" WHERE case_id = ?" if case_id else "")
        rows = self.db.execute(
            sql + " ORDER BY due, case_id, item_id", (case_id,) if case_id else ()
        )
        return [_card(r) for r in rows]

    @_guarded
    def review_log(self, case_id: str | None = None) -> list[ReviewRecord]:
        """Every review (of one case), oldest first."""
        sql = "SELECT * FROM review_log" + (" WHERE case_id = ?" if case_id else "")
        rows = self.db.execute(sql + " ORDER BY reviewed_at, id", (case_id,) if case_id else ())
        return [_review(r) for r in rows]

    @_guarded
    def unrecorded_attempts(self) -> list[int]:
        """Finished attempts whose results have not become reviews yet, oldest first."""
        return [
            int(r[0])
            for r in self.db.execute(
                "SELECT id FROM attempts WHERE finished_at IS NOT NULL AND id NOT IN"
                " (SELECT attempt_id FROM recorded_attempts) ORDER BY finished_at, id"
            )
        ]

    @_guarded
    def open_drill_answer(self, case_id: str, item_id: str) -> DrillAnswer:
        """The card's unreviewed drill answer (text a killed drill left behind), or a new one."""
        now = time.time()
        with self._tx() as db:
            row = db.execute(
                "SELECT * FROM drill_answers WHERE case_id = ? AND item_id = ?"
                " AND reviewed_at IS NULL ORDER BY id DESC LIMIT 1",
                (case_id, item_id),
            ).fetchone()
            if row is None:
                cur = db.execute(
                    "INSERT INTO drill_answers (case_id, item_id, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?)",
                    (case_id, item_id, now, now),
                )
                row = db.execute(
                    "SELECT * FROM drill_answers WHERE id = ?", (cur.lastrowid,)
                ).fetchone()
        return _drill(row)

    @_guarded
    def save_drill_answer(self, drill_id: int, answer: str) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE drill_answers SET answer = ?, updated_at = ? WHERE id = ?",
                (answer, time.time(), drill_id),
            )

    @_guarded
    def drill_answer(self, drill_id: int) -> DrillAnswer | None:
        row = self.db.execute("SELECT * FROM drill_answers WHERE id = ?", (drill_id,)).fetchone()
        return _drill(row) if row is not None else None


def _number(column: str, default: str = "0", highest: float = columns.LATEST) -> str:
    """SQL for `column` as a number, `default` when it holds anything else (text the sqlite3
    shell left, say) or a number out of 0 to `highest` (1e300, or 1e999, which SQLite keeps as
    infinity: every time and duration is in 0 to LATEST, see store.columns, a score in 0 to 1):
    the lists read columns without opening each attempt, so they take store.columns' reading
    in SQL, at no cost to the covering index they are read from."""
    return (
        f"(CASE WHEN typeof({column}) IN ('integer', 'real') AND {column} BETWEEN 0"
        f" AND {highest!r} THEN {column} ELSE {default} END)"
    )


def _duration(column: str) -> str:
    """SQL for a section's seconds as `store.get` reads them: 0 unless a duration (a year at
    most, see store.columns)."""
    return _number(column, highest=columns.MOST_SECONDS)


_TOTAL_SECONDS = (
    f"(CASE WHEN {_duration('seconds')} = seconds THEN seconds ELSE (SELECT"
    f" COALESCE(SUM({_duration('s.seconds')}), 0) FROM sections s"
    " WHERE s.attempt_id = attempts.id) END)"
)
"""An attempt's seconds (its sections' sum, kept by triggers) as the lists read them: as
`store.get` adds them up. A sum within a year is read as it is, from the covering index; a
larger one (a section past a year is damaged, read as 0) is added up again from the sections,
so `history` and the attempt opened agree."""


def _text(column: str) -> str:
    """SQL for a text column as text: a BLOB or a number the sqlite3 shell left there is written
    as SQL quotes it (X'001B5B324A', 12345), never handed on as bytes or an int (`history`
    ended in a TypeError on a BLOB case id). Read from the covering index as the column is."""
    return f"(CASE typeof({column}) WHEN 'text' THEN {column} ELSE quote({column}) END)"


def _finish(column: str = "finished_at") -> str:
    """SQL for a finish time: NULL stays NULL (unfinished); any other value is a time as
    `_number` reads one, so a damaged finish time still marks the attempt finished."""
    return f"(CASE WHEN {column} IS NULL THEN NULL ELSE {_number(column)} END)"


def _card(row: sqlite3.Row) -> CardRecord:
    # A damaged card state starts the card again (fsrs reads {} as a new card); a damaged due
    # date makes it due now, a damaged count of reviews is 0 (store.columns).
    damage: list[str] = []
    raw = codec.loads(row["fsrs_json"], "card", damage) or {}
    return CardRecord(
        row["case_id"],
        row["item_id"],
        row["section"],
        columns.text(row["label"], "label", damage),
        raw,
        # Due a minute ago, not at this instant: a caller's "now", taken a moment before the
        # read, must find it due.
        columns.number(row["due"], "due date", damage, default=time.time() - 60),
        row["last_rating"],
        columns.optional_number(row["last_review"], "last review", damage),
        columns.count(row["reviews"], "review count", damage),
    )


def _review(row: sqlite3.Row) -> ReviewRecord:
    return ReviewRecord(
        row["case_id"],
        row["item_id"],
        columns.number(row["reviewed_at"], "review time", []),
        row["rating"],
        row["source"],
        columns.number(row["due_after"], "due date", []),
        row["attempt_id"],
        row["drill_id"],
    )


def _write_card(db: sqlite3.Connection, card: CardRecord) -> None:
    """Insert or replace one card's state (its review log is written by the caller)."""
    db.execute(
        "INSERT INTO cards (case_id, item_id, section, label, fsrs_json, due,"
        " last_rating, last_review, reviews) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (case_id, item_id) DO UPDATE SET section = excluded.section,"
        " label = excluded.label, fsrs_json = excluded.fsrs_json,"
        " due = excluded.due, last_rating = excluded.last_rating,"
        " last_review = excluded.last_review, reviews = excluded.reviews",
        (
            card.case_id,
            card.item_id,
            card.section,
            card.label,
            json.dumps(card.fsrs),
            card.due,
            card.last_rating,
            card.last_review,
            card.reviews,
        ),
    )


def _drill(row: sqlite3.Row) -> DrillAnswer:
    # Bytes in the answer (the sqlite3 shell) are read as text, as an attempt's are: the drill
    # screen puts it in its editor, which raised a TypeError on bytes.
    damage: list[str] = []
    return DrillAnswer(
        row["id"],
        row["case_id"],
        row["item_id"],
        columns.text(row["answer"], "drill answer", damage),
        columns.number(row["created_at"], "start time", damage),
        columns.number(row["updated_at"], "last change", damage),
        row["rating"],
        columns.optional_number(row["reviewed_at"], "review time", damage),
    )


def _set_grade_columns(db: sqlite3.Connection, attempt_id: int, result: GradeResult) -> None:
    """The columns lists read (migration 4) for a grade the store has just written: its score
    as stored (see codec.result_to_json) and no damage."""
    db.execute(
        "UPDATE attempts SET score = ?, grade_damage = '' WHERE id = ?",
        (round(result.score, 4), attempt_id),
    )


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration, one at a time (a trigger's body holds semicolons), so
    they run inside the migration's transaction, which executescript would commit first."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""


@functools.cache
def _expected_tables() -> dict[str, frozenset[str]]:
    """Table -> columns, as the migrations build them (on an in-memory database)."""
    db = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS:
            db.executescript(script)
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: frozenset(r[1] for r in db.execute(f"PRAGMA table_info({t})")) for t in tables}
    finally:
        db.close()


def _dumps(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False)
