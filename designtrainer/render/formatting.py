"""How scores, durations and dates read everywhere: the CLI, reports, exports and the TUI."""

from __future__ import annotations

import time


def pct(score: float | None) -> str:
    return "—" if score is None else f"{round(score * 100)}%"


def clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 60:d}:{seconds % 60:02d}"


def when(timestamp: float | None, now: float | None = None) -> str:
    if timestamp is None:
        return "—"
    now = now or time.time()
    delta = now - timestamp
    if delta < 60:
        return "just now"
    if delta < 3600:
        return f"{int(delta // 60)} min ago"
    if delta < 86400:
        return f"{int(delta // 3600)} h ago"
    return time.strftime("%Y-%m-%d", time.localtime(timestamp))


def plural(count: int, word: str, many: str | None = None) -> str:
    """`count` and `word`, in the plural unless the count is one: "1 file", "3 files", "0 files".

    `many` is the plural when adding "s" is wrong ("1 body", "2 bodies"). Used everywhere a
    count is written, so no message ever says "file(s)".
    """
    return f"{count} {word if count == 1 else many or word + 's'}"
