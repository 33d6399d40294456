"""The range a stored time (seconds since 1970) or duration (seconds) can be in.

Shared by the store's column readers (store.columns), which read anything outside it as
damaged, and by formatting, which shows a time outside it as "unknown". Here, below both,
so formatting a date never imports the store (`grade` must not open it; see
tests/test_cold_commands.py).
"""

from __future__ import annotations

import math

LATEST = 253_402_214_400.0
"""9999-12-31 00:00 UTC: the last time every time zone can still show as a date (year 9999)."""


MOST_SECONDS = 366 * 86_400.0
"""The longest time a section can have taken: a year. A section left open over a holiday is
days, never a year; a longer duration is damaged (a year-9999 duration, 253,402,214,400 s, is
a time's range, and the clock showed 4223370240:00 for it)."""

MOST_TOTAL_SECONDS = 5 * MOST_SECONDS
"""The longest an attempt can have taken: its five sections' longest (attempts.seconds)."""


def is_duration(value: float, most: float = MOST_SECONDS) -> bool:
    """Whether a duration can be one: finite, not negative, at most `most`."""
    return math.isfinite(value) and 0.0 <= value <= most


def in_range(value: float) -> bool:
    """Whether a time or duration can be one: finite, not negative, at most LATEST."""
    return math.isfinite(value) and 0.0 <= value <= LATEST
