"""Writing user-visible files safely: atomically, only ever as ordinary files, never unasked.

A file is written to a temporary name in the same folder and renamed over the target, so a
reader sees the old file or the new one, never half of one. The target must be a new name or,
with `force`, an existing regular file: a symbolic link, folder, device or other special file
is never replaced (as root, renaming over /dev/full would replace the device node), and a link
is never written through, because where it points is not what the person named. The folder
must exist: a typo in `-o /tmp/ouptut/x.md` is an error naming the folder, not a stray folder
tree (the app's own data directory is made by `paths.data_home`, not here).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path


class FileExistsRefused(Exception):
    """The target exists and the caller did not ask to overwrite it."""


class UnsafeTarget(Exception):
    """The target is not something a file may replace (a link, folder, device...)."""


class MissingFolder(FileNotFoundError):
    """The folder the file would go in does not exist; it is not created for the person."""


_KINDS = {
    stat.S_IFLNK: "a symbolic link",
    stat.S_IFDIR: "a folder",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
}


def write_atomic(path: Path, text: str, keep_mode: int | None = None) -> None:
    """Write via a temporary file in the same directory and os.replace: all or nothing.

    The file gets `keep_mode` or else 0666 less the umask (as open(2) gives any new file), so
    an export has the permissions every other new file of the person has: 0644 at umask 022,
    not the 0600 that tempfile.mkstemp would leave. A missing folder is `MissingFolder`.
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(tmp, flags, 0o666)
    except FileNotFoundError:
        if os.path.isdir(path.parent):
            raise
        message = f"folder {path.parent} does not exist"
        raise MissingFolder(errno.ENOENT, message, str(path.parent)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            if keep_mode is not None:
                os.fchmod(fh.fileno(), keep_mode)
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_new(path: Path, text: str, force: bool = False) -> None:
    """Write `path` unless something is there; with `force`, replace a regular file only.

    A replaced file keeps its permission bits (someone who made an export private keeps it
    private); a new file gets 0666 less the umask.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        write_atomic(path, text)
        return
    kind = _KINDS.get(stat.S_IFMT(st.st_mode))
    if kind is not None:
        raise UnsafeTarget(
            f"{path} is {kind}; designtrainer only writes regular files and never replaces "
            "or writes through anything else, even with --force: choose another name with -o"
        )
    if not force:
        raise FileExistsRefused(f"{path} already exists; pass --force to overwrite it")
    write_atomic(path, text, keep_mode=stat.S_IMODE(st.st_mode))


def free_path(path: Path) -> Path:
    """`path`, or the first of `name~2.ext`, `name~3.ext`... that does not exist yet."""
    candidate, n = path, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{path.stem}~{n}{path.suffix}")
    return candidate
