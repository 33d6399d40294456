"""Compiled modules are cached for the test processes even when PYTHONDONTWRITEBYTECODE is set.

Imported by conftest before anything else of the suite's (the app, Textual, the test modules).
With the variable set, every test process compiled the app's modules from source and pytest
rewrote and compiled every test module again: ~2 of the ~4 CPU-seconds each xdist worker spent
starting, on every run. They are cached in `.pytest_cache/pycache` (`sys.pycache_prefix`),
not beside the sources, so the tree stays as clean as the variable keeps it; processes the
tests start are left as the variable says. Without the variable Python caches as usual.
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.dont_write_bytecode:
    sys.pycache_prefix = str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "pycache")
    sys.dont_write_bytecode = False
