"""Compiled rubrics kept on disk, so a fresh process does not compile a rubric again.

Compiling the largest rubric costs a fresh `designtrainer grade` most of its time (stemming
and indexing every phrase and its typos); reading it back costs a fifth of that. Issue 12.

A cached rubric is used only when everything it was made from is the same: the rubric
itself (its full text), the grading engine (the bytes of every module of it), the stemmer
build, Python and this format. Anything else is a different key, so an edited case, a new
designtrainer or another stemmer never meets an old entry. A file is never trusted: it is
unpickled only when its SHA-256 matches (a truncated or damaged file is ignored), and what
comes out is used only when it is a compiled rubric of this very rubric. Every failure to
read or write falls back to compiling: a cache is never a reason for a command to fail.

The files live in the data directory's `cache/compiled` folder (DESIGNTRAINER_HOME moves
it), are written atomically, and a rubric's older entries are removed when a new one is made.
They are made by this program on this machine, like the database beside them, and never
shared: pickle is fine for that, and not for anything a person downloads.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
from pathlib import Path

import designtrainer.grading as grading
from designtrainer import __version__
from designtrainer.domain.model import Rubric
from designtrainer.grading.compiled import CompiledRubric, compile_rubric

FORMAT = 1
MAGIC = b"designtrainer compiled rubric\n"


def compiled(rubric: Rubric) -> CompiledRubric:
    """`compile_rubric(rubric)`, from the cache when a trustworthy entry is there."""
    folder = _folder()
    try:
        engine = _engine_key()
    except OSError:
        folder = None  # the engine's files cannot be read: no key to trust an entry by
    if folder is None:
        return compile_rubric(rubric)
    key = hashlib.sha256(engine + repr(rubric).encode()).hexdigest()[:40]
    path = folder / f"{rubric.case}-{key}.pickle"
    found = _read(path, rubric)
    if found is not None:
        return found
    made = compile_rubric(rubric)
    _write(path, made)
    return made


def _folder() -> Path | None:
    from designtrainer.paths import data_home

    try:
        return data_home() / "cache" / "compiled"
    except OSError:
        return None  # no usable data directory: compile every time


@functools.cache
def _engine_key() -> bytes:
    """What a compiled rubric depends on besides the rubric: engine code, stemmer, Python."""
    import snowballstemmer

    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{sys.version}\0".encode())
    root = Path(grading.__file__).parent
    for module in sorted(root.rglob("*.py")):
        digest.update(str(module.relative_to(root)).encode() + b"\0" + module.read_bytes())
    stemmer = sys.modules[type(snowballstemmer.stemmer("english")).__module__]
    built = Path(stemmer.__file__ or "")
    stat = built.stat()
    digest.update(f"{stemmer.__name__}\0{built}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.digest()


def _read(path: Path, rubric: Rubric) -> CompiledRubric | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + 32
    if not raw.startswith(MAGIC) or len(raw) <= head:
        return None
    payload = raw[head:]
    if hashlib.sha256(payload).digest() != raw[len(MAGIC) : head]:
        return None  # damaged: never unpickled
    try:
        value = pickle.loads(payload)
    except Exception:
        return None
    if not isinstance(value, CompiledRubric) or value.rubric != rubric:
        return None
    return value


def _write(path: Path, value: CompiledRubric) -> None:
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{value.rubric.case}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError, RecursionError):
        return  # a cache: compiling again next time is the only cost
