"""Room on the disk for the optional caches: they never take what the person's answers need.

The caches (`cache/compiled`, `cache/validated`) share the data directory's filesystem with
the store that autosaves what the person types. They only save time, so a cache file is
written only when the filesystem keeps at least `reserve` bytes free after it; on a small
or nearly full disk the caches are simply not written and every process compiles again.

The reserve is a flat 256 MiB: thousands of times what the store needs for a long session
(answers are kilobytes, SQLite's journal a few pages) and a hundred times all cache entries
together, so a cache write can never be what leaves the store short; and a small share of any
disk people work on, so the caches still work on a laptop whose big disk is nearly full (a
share of the disk, such as 5%, would turn them off below 50 GB free on a 1 TB disk, and every
command would compile again). A filesystem whose space cannot be read is treated as full.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

RESERVE = 256 * 1024 * 1024


def _statvfs_space(folder: Path) -> tuple[int, int]:
    """(bytes an unprivileged writer may still use, size of the filesystem) at `folder`."""
    if not hasattr(os, "statvfs"):  # Windows
        import shutil

        usage = shutil.disk_usage(folder)
        return usage.free, usage.total
    found = os.statvfs(folder)
    return found.f_bavail * found.f_frsize, found.f_blocks * found.f_frsize


space: Callable[[Path], tuple[int, int]] = _statvfs_space
"""How free space is measured; tests replace it to play a small disk without mounting one."""


def reserve(total: int) -> int:
    """The bytes a cache write must leave free on a filesystem of `total` bytes: the same on
    every size (see the module's docstring)."""
    return RESERVE


def room_for(folder: Path, size: int) -> bool:
    """Whether `size` more bytes under `folder` (which need not exist yet) leave the reserve
    free. Any failure to tell says no: a cache is never worth the risk."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        free, total = space(existing)
    except (OSError, ValueError):
        return False
    return free - size >= reserve(total)


def discard(path: Path) -> None:
    """Remove what a failed cache write left, if it can: on a full disk it is the very space
    the person's answers need. A failure to remove it is no failure of the command."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return
