"""Column values read as the types the code expects, whatever a program stored in them.

SQLite keeps any value in any column: a person who edits the database with the sqlite3 shell
(or a damaged file that still opens) can leave text where a time is kept, or bytes where an
answer is. Read as they are, `due <= now` and `sum(seconds)` raised TypeErrors: `due`, `drill`,
`export` and `progress` ended in a traceback. Read through these, a value of the wrong type
becomes a default and is named in the `damage` list the store shows (Attempt.damaged), as a
damaged grade is (store.codec), and the rest of the attempt still reads.

Every number the store keeps is a time (seconds since 1970), a duration (seconds) or a count,
so a number outside 0 to LATEST (a duration: 0 to MOST_SECONDS, a year; a count: 0 to
MOST_COUNT), or not finite, is damaged too:
the sqlite3 shell stores 1e300 or 1e999 (infinity) as readily as a time, and time.localtime
raised OverflowError on it in every list that shows a date (a count of 1e300 showed as a
301-digit number). `import` refuses such times; these readers are for what it never saw.
"""

from __future__ import annotations

from designtrainer.domain.times import (
    LATEST,
    MOST_SECONDS,
    MOST_TOTAL_SECONDS,
    in_range,
    is_duration,
)

__all__ = [
    "LATEST",
    "MOST_COUNT",
    "MOST_SECONDS",
    "MOST_TOTAL_SECONDS",
    "count",
    "duration",
    "in_range",
    "number",
    "optional_number",
    "text",
]

MOST_COUNT = (1 << 31) - 1
"""The largest count the store reads (and `import` takes, so an export always imports back);
the app adds hints one at a time, at most a case's few per section."""


def number(raw: object, what: str, damage: list[str], default: float = 0.0) -> float:
    """A stored time or duration as a float; anything else (not a number, or out of range)
    is `default`, noted as damaged."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if in_range(float(raw)):
            return float(raw)
        damage.append(f"its stored {what} is damaged (out of range)")
        return default
    damage.append(f"its stored {what} is damaged (not a number)")
    return default


def duration(raw: object, what: str, damage: list[str]) -> float:
    """A stored duration (a section's seconds) as a float in 0 to MOST_SECONDS; anything else
    is 0.0, noted as damaged. A time's range let a year-9999 duration through, and the session
    clock showed 4223370240:00."""
    seconds = number(raw, what, damage)
    if is_duration(seconds):
        return seconds
    damage.append(f"its stored {what} is damaged (out of range)")
    return 0.0


def optional_number(raw: object, what: str, damage: list[str]) -> float | None:
    """A stored number, or None for NULL; anything else is 0.0, noted as damaged. Not None:
    a value was stored, so what it marks stays so (a damaged finish time is still finished,
    as the lists, which read only whether there is one, show it)."""
    return None if raw is None else number(raw, what, damage)


def count(raw: object, what: str, damage: list[str]) -> int:
    """A stored count (hints used, reviews) as an int in 0 to MOST_COUNT; anything else is 0,
    noted as damaged. Read whole, 1e300 was a 301-digit count in every summary and export."""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        if 0 <= raw <= MOST_COUNT:
            return raw
        damage.append(f"its stored {what} is damaged (out of range)")
        return 0
    damage.append(f"its stored {what} is damaged (not a whole number)")
    return 0


def text(raw: object, what: str, damage: list[str]) -> str:
    """Stored text as a str. Bytes (a BLOB) are read as UTF-8, a byte that is not as U+FFFD;
    any other value is written out; both noted as damaged. The text itself is never dropped."""
    if isinstance(raw, str):
        return raw
    damage.append(f"its stored {what} is not text and is shown as read")
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace")
    return "" if raw is None else str(raw)
