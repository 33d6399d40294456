"""Compiled rubrics kept on disk, so a fresh process does not compile a rubric again.

Compiling the largest rubric costs a fresh `designtrainer grade` most of its time (stemming
and indexing every phrase and its typos); reading it back costs a fraction of that. Issue 12.

A cached rubric is used only when everything it was made from is the same: the rubric
itself (its full text), the grading engine and the model (the bytes of every module of
them), the stemmer build, Python and this format. Anything else is a different key, so an
edited case, a new designtrainer or another stemmer never meets an old entry. A file is
never trusted: it is decoded only when its digest (`digests`) matches (a truncated or damaged
file is ignored), and what comes out is used only when it is a compiled rubric of this very
rubric. Every failure to read or write falls back to compiling: a cache is never a reason for a
command to fail.

The files live in the data directory's `cache/compiled` folder (DESIGNTRAINER_HOME moves
it), are written atomically, and only when the disk keeps its reserve free afterwards (see
`cache_space`: the person's answers come first). An entry's name holds its case, a tag of the
engine key and its key; writing one removes the case's other entries and every entry of
another engine (a new designtrainer's first write clears the old one's), so the folder holds
at most one entry per case.
They are data, never code: not pickle, whose loading calls whatever a file names (anyone who
can write to the folder could run code as the person). The compiled rubric is written as
plain values (strings, numbers, tuples, lists, dicts, sets, arrays of numbers as their bytes)
in `marshal`'s format, Python's own fast one for those, with each object of the engine's
classes spelled out as its class name and attributes; reading builds only classes of the
engine and the model, by setting their attributes, running none of their code. Parts that
hold no such object (the phrase index: most of the file) come back from `marshal` as they
are, without a walk. The file is written in parts (the vocabulary, the phrase index, the
rest), each after its length, so that a first run never holds the whole encoded at once.
"""

from __future__ import annotations

import functools
import gc
import marshal
import os
import sys
import time
from array import array
from collections.abc import Collection
from itertools import chain
from pathlib import Path
from typing import Any

import designtrainer.grading as grading
from designtrainer import __version__
from designtrainer.domain.model import Rubric
from designtrainer.grading.compiled import CompiledRubric, compile_rubric
from designtrainer.grading.mentions import PhraseIndex
from designtrainer.loading import cache_space, digests

FORMAT = 5
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
    key = digests.digest(engine + repr(rubric).encode()).hexdigest()[:40]
    path = folder / f"{rubric.case}-{engine.hex()[:_TAG]}-{key}.marshal"
    found = _read(path, rubric)
    if found is not None:
        return found
    collecting = gc.isenabled()
    gc.disable()  # as when reading: 150,000 new objects, none in a cycle (a first run's ~8 ms)
    try:
        made = compile_rubric(rubric)
        _write(path, made)
    finally:
        if collecting:
            gc.enable()
    return made


_TAG = 12
"""Hex digits of the engine key in an entry's name: what tells another engine's entries."""
_STALE_TEMPORARY = 3600.0
"""Seconds after which a temporary file is a crashed writer's, not one being written."""


class _NoRoom(OSError):
    """The next part would eat into the disk's reserve (see `cache_space`)."""


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

    digest = digests.digest(f"{FORMAT}\0{__version__}\0{sys.version}\0".encode())
    # The engine's modules and the model's: reading builds objects of both, by setting the
    # attributes the file names, so a change to either makes every entry a stranger.
    root = Path(grading.__file__).parent.parent
    for package in ("grading", "domain"):
        for module in sorted((root / package).rglob("*.py")):
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
    payload = memoryview(raw)[head:]  # not a copy: the file is a megabyte
    if digests.digest(payload).digest() != raw[len(MAGIC) : head]:
        return None  # damaged: never decoded
    collecting = gc.isenabled()
    gc.disable()  # 150,000 new objects, none in a cycle: collections would only slow it down
    try:
        value = decode(_whole_node(_parts(payload)))
        # Compared inside the guard: an entry whose objects lack an attribute raises here.
        if not isinstance(value, CompiledRubric) or value.rubric != rubric:
            return None
    except (ValueError, TypeError, KeyError, IndexError, EOFError, AttributeError, RecursionError):
        return None
    finally:
        if collecting:
            gc.enable()
    return value


def _write(path: Path, value: CompiledRubric) -> None:
    """Write the entry a part at a time (see `_groups`), each part encoded and dumped only
    once the one before is in the file: the whole encoded at once doubled what a first run
    held at its peak (issue 12, memory)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        if path.parent.is_dir():
            _prune(path)  # first: what it frees counts towards the room below
        if not cache_space.room_for(path.parent, 0):
            return  # not even encoding it: there is no room to keep it
        path.parent.mkdir(parents=True, exist_ok=True)
        groups = _groups(value)
        kind = type(value)
        seen = {id(value): 0}  # the object itself is the first made when read
        digest = digests.digest()
        with temporary.open("wb") as out:
            out.write(MAGIC + bytes(32))  # the digest, once all is written
            for n in range(len(groups) + 1):
                if n == 0:
                    part = marshal.dumps((kind.__module__, kind.__qualname__, groups), 4)
                else:
                    nodes = [_encode(getattr(value, name), seen) for name in groups[n - 1]]
                    part = marshal.dumps(nodes, 4)
                    del nodes
                if not cache_space.room_for(path.parent, len(part) + 8):
                    raise _NoRoom
                size = len(part).to_bytes(8, "little")
                digest.update(size)
                digest.update(part)
                out.write(size)
                out.write(part)
                del part
            out.seek(len(MAGIC))
            out.write(digest.digest())
        os.replace(temporary, path)
    except (OSError, ValueError, TypeError, RecursionError):
        # A cache: compiling again next time is the only cost. A part written must not stay
        # (on a full disk it is the very space the person's answers need).
        cache_space.discard(temporary)


def _prune(path: Path) -> None:
    """Remove the entries `path` replaces: its case's others, any of another engine (or of an
    older naming), and temporary files a crashed writer left. One listing of a folder of at
    most one entry per case: cheap next to compiling."""
    case, tag, _ = path.stem.rsplit("-", 2)
    now = time.time()
    with os.scandir(path.parent) as entries:
        for entry in entries:
            old = Path(entry.path)
            if old == path:
                continue
            if old.suffix == ".tmp":
                if now - entry.stat().st_mtime > _STALE_TEMPORARY:
                    old.unlink(missing_ok=True)
                continue
            if old.suffix not in (".marshal", ".pickle"):
                continue
            parts = old.stem.rsplit("-", 2)
            if len(parts) != 3 or parts[0] == case or parts[1] != tag:
                old.unlink(missing_ok=True)


_ALONE = ("vocabulary", "phrases")
"""The biggest parts of a compiled rubric, each written as a part of its own."""


def _groups(value: CompiledRubric) -> list[list[str]]:
    """The attributes written together: the big ones alone, the rest in one part (they
    share objects, which a part keeps as one: split, they would come back as copies)."""
    names = [n for n in _attributes(type(value)) if hasattr(value, n)]
    rest = [n for n in names if n not in _ALONE]
    return [rest, *([n] for n in _ALONE if n in names)]


def _parts(payload: memoryview) -> list[memoryview]:
    """The parts of an entry, each after its length (8 bytes); a ValueError if they do not
    fill it exactly."""
    parts: list[memoryview] = []
    at = 0
    while at < len(payload):
        size = int.from_bytes(payload[at : at + 8], "little")
        end = at + 8 + size
        if end > len(payload):
            raise ValueError("a part runs past the end")
        parts.append(payload[at + 8 : end])
        at = end
    return parts


def _whole_node(parts: list[memoryview]) -> tuple[Any, ...]:
    """The node of the whole compiled rubric, from its parts (see `_write`)."""
    module, name, groups = marshal.loads(parts[0])
    if not isinstance(groups, list) or len(groups) != len(parts) - 1:
        raise ValueError("parts and groups differ in number")
    names: list[str] = []
    values: list[Any] = []
    for group, part in zip(groups, parts[1:], strict=True):
        nodes = marshal.loads(part)
        if not isinstance(group, list) or not isinstance(nodes, list) or len(group) != len(nodes):
            raise ValueError("a part does not hold its group")
        names += group
        values += nodes
    return ("O", module, name, names, values)


# The encoding. A value is either a plain one that holds no object of our classes, written as
# ("=", value), or a node: ("L"|"T"|"F"|"S", items) for a list, tuple, frozenset or set;
# ("f"|"s", tuple of plain values) for a frozenset or set holding plain values only;
# ("D", keys, values) for a dict; ("N", module, name, items) for a named tuple; ("O", module,
# name, attribute names, values) for an object; ("A", typecode, bytes) for an array of numbers
# (its bytes, in this machine's order, as the cache never leaves it); ("R", n)
# for the n-th object met again (one object in two places stays one object, as the engine
# built it).

_PLAIN = frozenset({str, int, float, bool, type(None), bytes})
_CONTAINERS: dict[type, str] = {list: "L", tuple: "T", frozenset: "F", set: "S"}
_MODULES = ("designtrainer.grading.", "designtrainer.domain.")


class Unsupported(TypeError):
    """A value the encoding cannot write (the rubric is then compiled in every process)."""


def encode(value: object) -> tuple[Any, ...]:
    """`value` as plain values that `decode` turns back into an equal one."""
    out: tuple[Any, ...] = _encode(value, {})
    return out


def _pure(value: object) -> bool:
    """Whether `value` holds plain values only, checked without building anything (the
    vocabulary alone holds 13,000 of them: writing a pair for each doubled the first run's peak
    memory)."""
    kind = type(value)
    if kind in _PLAIN:
        return True
    if kind in _CONTAINERS:
        return _all_pure(value)  # type: ignore[arg-type]
    if kind is dict:
        items: dict[object, object] = value  # type: ignore[assignment]
        return _all_pure(items) and _all_pure(items.values())
    return False


def _all_pure(values: Collection[object]) -> bool:
    """`all(map(_pure, values))`; for a big container with the types of its values collected
    in C first: the vocabulary's 13,000 words are then one set, not 13,000 calls (issue 12,
    first run), and a big container of containers (the negation cues' 5,000 pairs of keys,
    the phrase index's lists of entries, its trie's thousand small dicts of dicts) is looked
    into a level down the same way, the items of all its values (a dict's keys and values)
    in one list, its plain values left out. Small ones (the phrase index's many short tuples)
    are quicker without."""
    if len(values) > 64:
        kinds = set(map(type, values))
        if kinds <= _PLAIN:
            return True
        if not kinds <= _PLAIN | _NESTING:
            return False
        nested = [v for v in values if type(v) not in _PLAIN] if kinds & _PLAIN else values
        inner: list[object] = list(chain.from_iterable(nested))  # type: ignore[arg-type]
        if dict in kinds:
            dicts: list[dict[object, object]] = [v for v in nested if type(v) is dict]
            inner += chain.from_iterable(map(dict.values, dicts))
        return _all_pure(inner)
    return all(map(_pure, values))


_NESTING = frozenset({*_CONTAINERS, dict})
_SET_TAGS: dict[type, str] = {frozenset: "f", set: "s"}
"""A set of plain values, written as the tuple of its items (see `_encode`)."""
_TYPECODES = frozenset("bBhHiIlLqQ")
"""The arrays written: of whole numbers only."""


def _encode(value: object, seen: dict[int, int]) -> Any:
    kind = type(value)
    if _pure(value):
        return _plain_node(value)
    tag = _CONTAINERS.get(kind)
    if tag is not None:
        return (tag, [_encode(v, seen) for v in value])  # type: ignore[attr-defined]
    if kind is array:
        numbers: array[int] = value  # type: ignore[assignment]
        if numbers.typecode not in _TYPECODES:
            raise Unsupported(f"cannot write an array of {numbers.typecode!r}")
        # Its buffer, not a copy of it: marshal writes the bytes a memoryview shows.
        return ("A", numbers.typecode, memoryview(numbers))
    if kind is dict:
        items: dict[object, object] = value  # type: ignore[assignment]
        if not all(map(_pure, items)):
            raise Unsupported("a dict key holds an object")
        return ("D", list(items), [_encode(v, seen) for v in items.values()])
    if not kind.__module__.startswith(_MODULES):
        raise Unsupported(f"cannot write a {kind.__module__}.{kind.__qualname__}")
    if isinstance(value, tuple):
        return ("N", kind.__module__, kind.__qualname__, [_encode(v, seen) for v in value])
    if id(value) in seen:
        return ("R", seen[id(value)])
    seen[id(value)] = len(seen)
    names = [n for n in _attributes(kind) or vars(value) if hasattr(value, n)]
    plain = _PLAIN_BY_MAKING.get(kind, ())
    values = [
        _plain_node(getattr(value, n)) if n in plain else _encode(getattr(value, n), seen)
        for n in names
    ]
    return ("O", kind.__module__, kind.__qualname__, names, values)


_PLAIN_BY_MAKING: dict[type, frozenset[str]] = {
    PhraseIndex: frozenset(("single", "trie", "starts")),
}
"""Attributes that hold plain values only by how their class makes them (the phrase index:
keys, (owner, group, phrase) entries and dicts of them), written without `_pure` looking
through their 20,000 values first: that look was a third of writing a first run's entry
(issue 12, first run). tests/test_compiled_cache.py holds every bundled rubric's to it: each
is `_pure`, and the entry is written byte for byte as the look would write it."""


def _plain_node(value: object) -> tuple[str, Any]:
    """What `_encode` writes for a value `_pure` holds plain (see `_PLAIN_BY_MAKING`)."""
    kind = type(value)
    if kind is frozenset or kind is set:
        # Its items as a tuple: marshal sorts a set's items to write it, which cost a first
        # `grade` 2 ms for the compiled rubric's sets (the phrase index's 2,500 pairs, the
        # vocabulary's words and stems); a tuple is written as it is.
        return (_SET_TAGS[kind], tuple(value))  # type: ignore[arg-type]
    return ("=", value)


def _attributes(kind: type) -> tuple[str, ...]:
    """The slots an object of `kind` holds (of every class it comes from); () for a class
    whose objects keep their attributes in a __dict__, which are written by name. Worked out
    once per class: writing and reading an entry ask for each of a thousand cue objects."""
    found = _SLOTS.get(kind)
    if found is None:
        slots = [s for k in kind.__mro__ for s in getattr(k, "__slots__", ()) if s != "__weakref__"]
        by_name = "__dict__" in slots or (not slots and kind is not object)
        found = _SLOTS[kind] = () if by_name else tuple(slots)
    return found


_SLOTS: dict[type, tuple[str, ...]] = {}


def decode(node: Any) -> Any:
    """The value `encode` wrote. Builds only classes of the engine and the model, already
    imported, by setting the attributes their objects had; anything else is refused."""
    return _decode(node, [])


def _decode(node: Any, made: list[object]) -> Any:
    tag = node[0]
    if tag == "=":
        return node[1]
    if tag in ("L", "T", "F", "S"):
        items = [_decode(n, made) for n in node[1]]
        return {"L": list, "T": tuple, "F": frozenset, "S": set}[tag](items)
    if tag == "D":
        keys, values = node[1], node[2]
        if len(keys) != len(values):
            raise ValueError("keys and values differ in number")
        return dict(zip(keys, [_decode(n, made) for n in values], strict=True))
    if tag == "R":
        return made[node[1]]
    if tag in ("f", "s"):
        if not isinstance(node[1], tuple):
            raise ValueError("a set's items are not a tuple")
        return frozenset(node[1]) if tag == "f" else set(node[1])
    if tag == "A":
        if node[1] not in _TYPECODES or not isinstance(node[2], bytes):
            raise ValueError("not an array of numbers")
        numbers = array(node[1])
        numbers.frombytes(node[2])  # a ValueError when its length is no whole number of them
        return numbers
    if tag not in ("N", "O"):
        raise ValueError(f"unknown node {tag!r}")
    kind = _class(node[1], node[2])
    if tag == "N":
        if not issubclass(kind, tuple):
            raise TypeError("not a named tuple")
        return tuple.__new__(kind, [_decode(n, made) for n in node[3]])
    obj: object = object.__new__(kind)
    made.append(obj)
    names, values = node[3], node[4]
    allowed = _attributes(kind)
    if len(names) != len(values):
        raise ValueError("names and values differ in number")
    for name, value in zip(names, values, strict=True):
        if not isinstance(name, str) or (allowed and name not in allowed) or name.startswith("__"):
            raise ValueError(f"unexpected attribute {name!r}")
        object.__setattr__(obj, name, _decode(value, made))
    return obj


def _class(module: str, name: str) -> type:
    """A class of the engine or the model, only from a module already imported."""
    if not isinstance(module, str) or not module.startswith(_MODULES):
        raise ValueError(f"module {module!r} is not the engine's")
    found = getattr(sys.modules[module], name, None) if module in sys.modules else None
    if not isinstance(found, type) or found.__module__ != module:
        raise ValueError(f"{module}.{name} is not a class of the engine")
    return found
