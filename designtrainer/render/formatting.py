"""How scores, durations and dates read everywhere: the CLI, reports, exports and the TUI."""

from __future__ import annotations

import time
import unicodedata

from designtrainer.domain.times import MOST_TOTAL_SECONDS, in_range, is_duration

UNKNOWN = "unknown"
"""How a time that is no date reads: 0, what the store reads a damaged one as (store.columns)."""


def pct(score: float | None) -> str:
    return "—" if score is None else f"{round(score * 100)}%"


def clock(seconds: float) -> str:
    """A duration as minutes:seconds; 0:00 for one that is no duration (see domain.times)."""
    seconds = int(seconds) if is_duration(seconds, MOST_TOTAL_SECONDS) else 0
    return f"{seconds // 60:d}:{seconds % 60:02d}"


def stamp(timestamp: float, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A time as a local date (and time), or "unknown" for one that is no date: 0, what the
    store reads a damaged time as, and anything time.localtime cannot take (1e300 raised
    OverflowError in every list). Every date a list or report shows is written here."""
    if timestamp <= 0 or not in_range(timestamp):
        return UNKNOWN
    return time.strftime(fmt, time.localtime(timestamp))


def when(timestamp: float | None, now: float | None = None) -> str:
    if timestamp is None:
        return "—"
    if timestamp <= 0 or not in_range(timestamp):
        return UNKNOWN
    now = now or time.time()
    delta = now - timestamp
    if delta < 60:
        return "just now"
    if delta < 3600:
        return f"{int(delta // 60)} min ago"
    if delta < 86400:
        return f"{int(delta // 3600)} h ago"
    return stamp(timestamp, "%Y-%m-%d")


def plural(count: int, word: str, many: str | None = None) -> str:
    """`count` and `word`, in the plural unless the count is one: "1 file", "3 files", "0 files".

    `many` is the plural when adding "s" is wrong ("1 body", "2 bodies"). Used everywhere a
    count is written, so no message ever says "file(s)".
    """
    return f"{count} {word if count == 1 else many or word + 's'}"


def cells(text: str) -> int:
    """The terminal columns `text` takes: East Asian wide and fullwidth characters (Chinese,
    Japanese, most emoji) two, combining marks none, the rest one. Tables pad by this, not by
    `len`, or every column after a wide title starts late."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def pad_cells(text: str, width: int) -> str:
    """`text` padded with spaces to `width` terminal columns (str.ljust counts characters)."""
    return text + " " * max(0, width - cells(text))


def clip_cells(text: str, width: int) -> str:
    """`text` cut to at most `width` terminal columns, ending in "…" when cut."""
    if cells(text) <= width:
        return text
    kept, used = [], 1  # the "…"
    for c in text:
        used += cells(c)
        if used > width:
            break
        kept.append(c)
    return "".join(kept) + "…"
