"""Writing user-visible files safely: atomically, and never over an existing file unasked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class FileExistsRefused(Exception):
    """The target exists and the caller did not ask to overwrite it."""


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory and os.replace: all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_new(path: Path, text: str, force: bool = False) -> None:
    if path.exists() and not force:
        raise FileExistsRefused(f"{path} already exists; pass --force to overwrite it")
    write_atomic(path, text)


def free_path(path: Path) -> Path:
    """`path`, or the first of `name~2.ext`, `name~3.ext`... that does not exist yet."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}~{n}{path.suffix}")
    return candidate
