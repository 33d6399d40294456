"""Where things live: bundled content, user content and the user's data directory.

Tests set DESIGNTRAINER_HOME to a temporary directory so they never touch a real one.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

# The package's own folder. Not importlib.resources.files(): importing importlib.resources
# (tempfile, zipfile, inspect...) cost every fresh command about 25 ms of CPU (issue 12),
# and the package is always a folder on disk here (the code below reads it as one).
_PACKAGE = Path(__file__).parent

HOME_ENV = "DESIGNTRAINER_HOME"
CASES_ENV = "DESIGNTRAINER_CASES"


def _expanded(raw: str) -> Path:
    """`raw` with a leading `~` or `~name` expanded: for a `~name` of no user, a
    FileNotFoundError naming it (pathlib raises RuntimeError, which no caller of a path
    expects: it ended every command in a traceback)."""
    try:
        return Path(raw).expanduser()
    except RuntimeError:
        raise FileNotFoundError(errno.ENOENT, "no user has that home folder", raw) from None


def data_home() -> Path:
    """The user's data directory (the store lives here), created on first use."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = _expanded(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path("designtrainer", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def exports_dir() -> Path:
    """Where files written for the person go: ~/Documents/designtrainer when there is a
    ~/Documents (where people look for documents), else the data directory's `exports`.

    Never the working directory, which is wherever the terminal happened to be. Not created
    here: the export dialog proposes it and creates it on the first export, and a saved copy
    (`tui.saving.write_copy`) creates it when it is first written there.
    """
    documents = Path.home() / "Documents"
    if documents.is_dir():
        return documents / "designtrainer"
    return data_home() / "exports"


def bundled_dir(kind: str) -> Path:
    """`cases` or `rubrics` as shipped: inside the wheel, or at the top of a checkout."""
    packaged = _PACKAGE / "_bundled" / kind
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / kind


def schema_path(kind: str) -> Path:
    return _PACKAGE / "schemas" / f"{kind}.schema.json"


def env_case_dirs() -> list[Path]:
    """Directories named in DESIGNTRAINER_CASES (an os.pathsep-separated list)."""
    raw = os.environ.get(CASES_ENV, "")
    dirs = []
    for part in (p for p in raw.split(os.pathsep) if p.strip()):
        try:
            dirs.append(_expanded(part))
        except FileNotFoundError:  # skipped, as every folder named there that does not exist
            continue
    return dirs
