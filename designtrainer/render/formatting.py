"""How scores, durations and dates read everywhere: the CLI, reports, exports and the TUI."""

from __future__ import annotations

import re
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


# C0 controls except tab and line feed, a carriage return that does not start a CRLF, DEL, and
# the C1 controls (U+0080-U+009F, which include the one-character CSI U+009B).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def terminal_safe(text: str) -> str:
    """Text that cannot drive a terminal: every control character shown as a `\\u001b` escape.

    Everything the CLI prints goes through here, because case files, answers and the store
    hold text written by other people, and an escape sequence in a title could retitle the
    window, clear the screen, write the clipboard (OSC 52) or print a link (OSC 8). Tabs,
    newlines and CRLF line ends stay as they are: they only move the cursor the expected way.
    A lone carriage return does not (it lets later text overwrite a line), so it is shown too.

    The `\\u001b` notation was chosen over `^[` or `\\x1b` because it is also a valid JSON
    escape: JSON output (where json.dumps leaves DEL and C1 characters raw) passes through
    here and still decodes to the original text.
    """
    return _CONTROL.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def has_control(text: str) -> bool:
    """Whether `terminal_safe` would change `text`."""
    return _CONTROL.search(text) is not None
