"""Content files already found valid, kept on disk as JSON, so a fresh process skips YAML.

Parsing and checking all 28 bundled files costs a fresh `designtrainer list` most of its time
(issue 12): the YAML parse, the schema check, the rubric phrase checks and the imports they
need (PyYAML, the negation rules). A file that passed all of them once is recorded here, and
the next process that meets the very same bytes reads the recorded data instead.

An entry is used only when everything its data came from is the same: the file's bytes,
whether its folder decides its kind (`cases/`, `rubrics/`), the code that reads and checks
files (this package, the model, the word rules a phrase is checked by, the schemas), PyYAML
and Python, all hashed into the entry's key. An edited file, a new designtrainer or another
PyYAML never meets a matching key, so an edited file is checked again and a broken one still
gets its located message; broken files are never recorded. There is one entry per file path
(named by a hash of the path), replaced when the file changes, so editing a file a hundred
times leaves one entry, not a hundred. An entry is JSON (data, never code) with a digest of
its payload in front: a damaged or foreign entry is ignored and the file is read as if there
were no cache. Every failure to read or write falls back to reading the file: a cache is
never a reason to fail. An entry is written only when the disk keeps its reserve free
afterwards (see `cache_space`: the person's answers come first).
"""

from __future__ import annotations

import functools
import json
import os
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NamedTuple

from designtrainer import __version__
from designtrainer.loading import cache_space, digests

FORMAT = 1
MAGIC = b"designtrainer validated file\n"


class Entry(NamedTuple):
    """What a valid file gave: its kind, its data and where its id keys are. A named tuple,
    not a frozen dataclass: making a dataclass compiles its methods in every fresh process,
    about half a millisecond (issue 12, cold commands)."""

    kind: str
    data: dict[str, Any]
    positions: dict[tuple[str | int, ...], tuple[int, int]]


def folder() -> Path | None:
    from designtrainer.paths import data_home

    try:
        return data_home() / "cache" / "validated"
    except OSError:
        return None  # no usable data directory: read every file every time


def name(path: Path) -> str:
    """The entry's file name for the content file at `path`."""
    return digests.sha256_hex(str(path.absolute()))[:32]


def key(raw: bytes, folder_kind: str) -> str | None:
    """What an entry must hold to stand for a file with these bytes (None: the code cannot
    be keyed, so nothing is trusted)."""
    try:
        code = _code_key()
    except OSError:
        return None
    return digests.digest(code + folder_kind.encode() + b"\0" + raw).hexdigest()


@functools.cache
def _code_key() -> bytes:
    """What an entry depends on besides the file: the code that reads and checks files."""
    root = Path(__file__).resolve().parent.parent
    digest = digests.digest(f"{FORMAT}\0{__version__}\0{sys.version}\0".encode())
    modules = [
        *sorted((root / "loading").glob("*.py")),
        root / "domain" / "model.py",
        root / "domain" / "vocabulary.py",
        root / "grading" / "words.py",  # has_words: a phrase must have words
        # has_negation_cue: not_negations must hold one
        *sorted((root / "grading" / "negation").glob("*.py")),
        *sorted((root / "schemas").glob("*.json")),
    ]
    for module in modules:
        digest.update(str(module.relative_to(root)).encode() + b"\0" + module.read_bytes())
    spec = find_spec("yaml")
    for name in ("yaml", "_yaml"):
        found = find_spec(name) if name != "yaml" else spec
        origin = Path(found.origin) if found is not None and found.origin else None
        if origin is not None:
            stat = origin.stat()
            digest.update(f"{name}\0{origin}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.digest()


def read(where: Path, path: Path, wanted: str) -> Entry | None:
    """The entry of `path` if it was made from what `wanted` keys, else None (missing,
    damaged, made from other bytes or by other code)."""
    try:
        raw = (where / f"{name(path)}.json").read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + 32
    if not raw.startswith(MAGIC) or len(raw) <= head:
        return None
    payload = raw[head:]
    if digests.digest(payload).digest() != raw[len(MAGIC) : head]:
        return None
    try:
        value = json.loads(payload)
        if value["key"] != wanted:
            return None
        kind, data, positions = value["kind"], value["data"], value["positions"]
        if kind not in ("case", "rubric") or not isinstance(data, dict):
            return None
        pins = {tuple(p): (int(line), int(col)) for p, line, col in positions}
    except (ValueError, TypeError, KeyError):
        return None  # not what this code writes: read the file instead
    return Entry(kind, data, pins)


def write(where: Path, path: Path, made: str, entry: Entry) -> None:
    """Record a valid file; only data that comes back from JSON exactly the same is kept."""
    target = where / f"{name(path)}.json"
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        positions = [[list(p), line, col] for p, (line, col) in entry.positions.items()]
        payload = json.dumps(
            {"key": made, "kind": entry.kind, "data": entry.data, "positions": positions},
            ensure_ascii=False,
            allow_nan=False,
        ).encode()
        if json.loads(payload)["data"] != entry.data:
            return  # say a key that is not a string: JSON would hand back something else
        whole = MAGIC + digests.digest(payload).digest() + payload
        if not cache_space.room_for(where, len(whole)):
            return  # the person's answers need the space more than this process's speed
        where.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(whole)
        os.replace(temporary, target)
    except (OSError, ValueError, TypeError, RecursionError):
        cache_space.discard(temporary)  # a part written must not stay
