"""The range a stored time or duration can be in (seconds since 1970, or seconds).

Shared by the store's column readers (store.columns), which read anything outside it as
damaged, and by formatting, which shows a time outside it as "unknown". Here, below both,
so formatting a date never imports the store (`grade` must not open it; see
tests/test_cold_commands.py).
"""

from __future__ import annotations

import math

LATEST = 253_402_214_400.0
"""9999-12-31 00:00 UTC: the last time every time zone can still show as a date (year 9999)."""


def in_range(value: float) -> bool:
    """Whether a time or duration can be one: finite, not negative, at most LATEST."""
    return math.isfinite(value) and 0.0 <= value <= LATEST
