"""Reading YAML that people share: safe constructors only, bounded size, positions kept.

The file is composed into a node tree (which keeps every value's line and column, so schema
errors can point at the exact spot) and then constructed: a document of plain mappings,
lists, text and integers in one pass of our own, anything else with the safe constructor.
Aliases are allowed but their expanded size is counted first, so an alias bomb fails fast
instead of exploding in the validator.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from designtrainer.loading.problems import MAX_BYTES, ContentError, Problem, problem

MAX_NODES = 100_000
_MAX_DIGITS = sys.get_int_max_str_digits() or 4300

try:
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment,unused-ignore]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class YamlDoc(NamedTuple):
    """A parsed file: its data and the node tree its positions are read from. A named tuple,
    not a frozen dataclass: making a dataclass compiles its methods in a first run's fresh
    process, about half a millisecond (issue 12)."""

    path: Path
    data: Any
    root: yaml.Node

    def position(self, doc_path: tuple[str | int, ...], key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at doc_path (or of its key), as deep as exists."""
        node = self.root
        key_node: yaml.Node | None = None
        for part in doc_path:
            nxt: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(part):
                        key_node, nxt = k, v
                        break
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(part, int)
                and 0 <= part < len(node.value)
            ):
                key_node, nxt = None, node.value[part]
            if nxt is None:
                break
            node = nxt
        target = key_node if key and key_node is not None else node
        mark = target.start_mark
        return mark.line + 1, mark.column + 1


def _expanded_size(root: yaml.Node) -> int:
    """Nodes counted as if every alias were copied out (memoised, so linear in the graph).

    A recursive alias (`x: &a [*a]`) expands without end: more than MAX_NODES. A node met
    again while its own children are still being counted is one (in a depth-first walk only
    its descendants are counted then); the walk pushed it again, for ever, running the
    process out of memory.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        if not done and id(node) in open_nodes:
            return MAX_NODES + 1
        if isinstance(node, yaml.ScalarNode):
            sizes[id(node)] = 1
            continue
        children = (
            [c for pair in node.value for c in pair]
            if isinstance(node, yaml.MappingNode)
            else list(node.value)
        )
        if done:
            sizes[id(node)] = min(1 + sum(sizes[id(c)] for c in children), MAX_NODES + 1)
            open_nodes.discard(id(node))
        else:
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def _duplicate_keys(path: Path, root: yaml.Node) -> list[Problem]:
    """PyYAML silently keeps the last of two equal keys; a person meant something else."""
    out: list[Problem] = []
    seen_nodes: set[int] = set()
    stack = [root]
    scalar = yaml.ScalarNode
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys = [k.value for k, _ in node.value if isinstance(k, scalar)]
            if len(set(keys)) != len(keys):
                seen: set[str] = set()
                for k, _ in node.value:
                    if isinstance(k, scalar) and k.value in seen:
                        line, col = k.start_mark.line + 1, k.start_mark.column + 1
                        out.append(problem(path, f"duplicate key '{k.value}'", line, col))
                    seen.add(k.value)
            stack.extend(v for _, v in node.value if not isinstance(v, scalar))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(v for v in node.value if not isinstance(v, scalar))
    return out


_STR, _INT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]{0,17})\Z")
_NOT_PLAIN = object()


class _NotPlain(Exception):
    """A node `_plain` leaves to PyYAML's constructor."""


def _plain_data(root: yaml.Node) -> Any:
    """The document's data, when it is made of mappings with text keys, lists, text and
    plain decimal integers only, and no key twice (what case and rubric files are made
    of); otherwise _NOT_PLAIN, and PyYAML's constructor reads it (and reports what is wrong).

    The same values PyYAML's safe constructor builds from such a tree (a string scalar is its
    text, a decimal integer its int; without anchors no node is shared), built in one
    recursive pass: PyYAML's per-node dispatch was a quarter of loading the bundled files
    with nothing validated yet (issue 12), and no duplicate key means `_duplicate_keys`
    would find nothing."""
    try:
        return _plain(root)
    except (_NotPlain, RecursionError):
        return _NOT_PLAIN


def _plain(node: yaml.Node) -> Any:
    tag, kind = node.tag, type(node)
    if kind is yaml.ScalarNode:
        if tag == _STR:
            return node.value
        if tag == _INT and _DECIMAL.match(node.value):
            return int(node.value)
    elif kind is yaml.MappingNode and tag == _MAP:
        out: dict[str, Any] = {}
        for key, value in node.value:
            if type(key) is not yaml.ScalarNode or key.tag != _STR or key.value in out:
                raise _NotPlain
            out[key.value] = _plain(value)
        return out
    elif kind is yaml.SequenceNode and tag == _SEQ:
        return [_plain(item) for item in node.value]
    raise _NotPlain


def read_yaml(path: Path, raw: bytes | None = None) -> YamlDoc:
    """Parse one file (its bytes `raw` when the caller has read them already), or raise
    ContentError with a one-line, positioned explanation."""
    if raw is None:
        raw = read_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ContentError(
            [problem(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line, col)]
        ) from None
    doc = parse_yaml(text, path)
    if doc is None:
        raise ContentError([problem(path, "file is empty; expected a YAML mapping", 1, 1)])
    return doc


def read_bytes(path: Path) -> bytes:
    """A content file's bytes, or ContentError when it is too big or cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ContentError(
                [problem(path, f"file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes")]
            )
        return path.read_bytes()
    except OSError as exc:
        raise ContentError([problem(path, f"cannot read file: {exc.strerror or exc}")]) from None


def parse_yaml(text: str, path: Path | str) -> YamlDoc | None:
    """A YAML mapping from untrusted text, or None when the text holds no document.

    Every limit applies to every YAML document the app reads, case files and the front matter
    of answer files alike: bounded size, aliases that multiply refused before they expand,
    nesting bounded, no tags that run code, and values that fail to construct (a 2024-02-30
    date, a 5,000-digit integer) reported at their position. Raises ContentError.
    """
    path = Path(path)
    if len(text) > MAX_BYTES:
        raise ContentError(
            [problem(path, f"YAML is {len(text):,} characters; the limit is {MAX_BYTES:,}")]
        )
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        return None
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        # Without an anchor ("&") there are no aliases, so nothing can multiply.
        if "&" in text and _expanded_size(root) > MAX_NODES:
            mark = root.start_mark
            raise ContentError(
                [
                    problem(
                        path,
                        f"document expands to more than {MAX_NODES:,} values "
                        "(aliases that multiply, an 'alias bomb'?)",
                        mark.line + 1,
                        mark.column + 1,
                    )
                ]
            )
        data = _plain_data(root) if "&" not in text else _NOT_PLAIN
        if data is _NOT_PLAIN:
            dupes = _duplicate_keys(path, root)
            if dupes:
                raise ContentError(dupes)
            try:
                data = loader.construct_document(root)
            except (ValueError, OverflowError, TypeError):
                raise ContentError(_unconstructible(path, root)) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at_line = mark.line + 1 if mark else None
        at_col = mark.column + 1 if mark else None
        what = str(exc.problem or exc.context or "invalid YAML")
        if "could not determine a constructor for the tag" in what:
            tag = what.split("tag", 1)[1].strip().strip("'").replace("tag:yaml.org,2002:", "!!")
            what = f"tag {tag} is not allowed: only plain YAML values (no tags that run code)"
        else:
            what = f"YAML syntax error: {what}"
        raise ContentError([problem(path, what, at_line, at_col)]) from None
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow at all (a raw escape byte): point at it.
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        what = f"character U+{exc.character:04X} is not allowed in YAML"
        raise ContentError([problem(path, what, line, col)]) from None
    except yaml.YAMLError as exc:
        raise ContentError([problem(path, f"YAML error: {exc}")]) from None
    except RecursionError:  # pragma: no cover - libyaml stops at 1,000 levels first
        raise ContentError([problem(path, "YAML nested too deeply")]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__} value"
        line, col = root.start_mark.line + 1, root.start_mark.column + 1
        raise ContentError(
            [problem(path, f"expected a mapping at the top level, got {kind}", line, col)]
        )
    return YamlDoc(path, data, root)


def _unconstructible(path: Path, root: yaml.Node) -> list[Problem]:
    """Every scalar the safe constructor cannot turn into a value, at its position.

    Only runs after construction failed, so the common case pays nothing for it.
    """
    out: list[Problem] = []
    constructor = yaml.constructor.SafeConstructor()
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, tuple[str | int, ...]]] = [(root, ())]
    while stack:
        node, at = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else "?"
                stack += [(key, at), (value, (*at, name))]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, (*at, i)) for i, item in enumerate(node.value)]
        elif isinstance(node, yaml.ScalarNode):
            try:
                constructor.construct_object(node, deep=True)
            except (ValueError, OverflowError, TypeError, yaml.YAMLError) as exc:
                out.append(_bad_scalar(path, node, at, exc))
    if not out:  # pragma: no cover - a failure the scalar walk cannot pin down
        out.append(problem(path, "a value cannot be read", 1, 1))
    out.sort(key=lambda p: (p.line or 0, p.column or 0))
    return out


def _bad_scalar(
    path: Path, node: yaml.ScalarNode, at: tuple[str | int, ...], exc: Exception
) -> Problem:
    kind = node.tag.rsplit(":", 1)[-1]
    shown = node.value if len(node.value) <= 40 else f"{node.value[:20]}…{node.value[-10:]}"
    if kind == "int":
        digits = sum(ch.isdigit() for ch in node.value)
        reason = f"a whole number with {digits:,} digits; the limit is {_MAX_DIGITS:,}"
    elif kind == "timestamp":
        reason = f"not a real date ({exc}); quote it to keep it as text"
    else:
        reason = f"not a valid {kind} ({exc})"
    mark = node.start_mark
    return problem(path, f"{shown} is {reason}", mark.line + 1, mark.column + 1, at)
