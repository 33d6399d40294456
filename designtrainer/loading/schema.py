"""JSON Schema validation with messages written for people, not for validator authors.

jsonschema is imported on first use and each validator is built once per process.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from designtrainer.loading.fastcheck import Check, compile_check
from designtrainer.loading.problems import Problem, problem, quoted
from designtrainer.loading.yamlfile import YamlDoc
from designtrainer.paths import schema_path

if TYPE_CHECKING:
    from jsonschema import ValidationError

_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    return type(value).__name__


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _first_control(value: Any) -> int | None:
    """Where the first control character the schemas refuse is (tab and line feed are fine)."""
    found = _CONTROL.search(value) if isinstance(value, str) else None
    return found.start() if found else None


@cache
def schema_text(kind: str) -> str:
    return schema_path(kind).read_text(encoding="utf-8")


@cache
def _validator(kind: str) -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_text(kind))
    return Draft202012Validator(schema)


def _message(err: ValidationError) -> tuple[str, tuple[str | int, ...], bool]:
    """(message, document path, point at the key rather than the value)."""
    path: tuple[str | int, ...] = tuple(err.absolute_path)
    v = err.validator
    val: Any = err.validator_value
    inst: Any = err.instance
    sub_schema: Any = err.schema
    if v == "type":
        types = [val] if isinstance(val, str) else list(val)
        want = " or ".join(_TYPE_NAMES.get(t, t) for t in types)
        got = _describe(inst)
        if isinstance(inst, str) and {"integer", "number"} & set(types):
            # YAML 1.1 reads `1e3` (no decimal point) as text: show the text it read.
            got = f"the string {quoted(inst)}"
        return f"expected {want}, got {got}", path, False
    if v == "required":
        # jsonschema reports each missing key as an error of its own, each holding the whole
        # list: one message names them all, and `validate` keeps it once.
        missing = [f"'{k}'" for k in val if isinstance(inst, dict) and k not in inst]
        if len(missing) == 1:
            return f"missing required key {missing[0]}", path, False
        named = f"{', '.join(missing[:-1])} and {missing[-1]}" if missing else repr(val)
        return f"missing required keys {named}", path, False
    if v == "additionalProperties" and isinstance(inst, dict):
        import difflib  # here: only a file with a mistake in it needs a suggestion

        allowed = list(sub_schema.get("properties", {}))
        extra = [k for k in inst if k not in allowed]
        key = str(extra[0]) if extra else "?"
        close = difflib.get_close_matches(key, allowed, n=1)
        hint = (
            f"; did you mean '{close[0]}'?" if close else f"; expected one of {', '.join(allowed)}"
        )
        return f"unknown key {quoted(key, as_written=True)}{hint}", (*path, key), True
    if v == "enum":
        return f"expected one of {', '.join(map(str, val))}, got {quoted(inst)}", path, False
    if v == "const":
        return f"must be {val!r}, got {quoted(inst)}", path, False
    if v == "minItems":
        return f"needs at least {val} item{'s' if val != 1 else ''}, has {len(inst)}", path, False
    if v == "maxItems":
        return f"has {len(inst)} items; the limit is {val}", path, False
    if v == "minLength":
        return "must not be empty", path, False
    if v == "maxLength":
        return f"is {len(inst):,} characters long; the limit is {val:,}", path, False
    if v == "pattern":
        bad = _first_control(inst)
        if bad is not None:
            return (
                f"control character U+{ord(inst[bad]):04X} at character {bad + 1}: text may hold "
                "tabs and line breaks, no other control characters (they drive terminals)",
                path,
                False,
            )
        return (
            f"{quoted(inst)} is not a valid id: use lowercase letters, digits and single hyphens",
            path,
            False,
        )
    if v in ("minimum", "maximum"):
        lo = sub_schema.get("minimum")
        hi = sub_schema.get("maximum")
        return f"must be between {lo} and {hi}, got {quoted(inst)}", path, False
    if v == "uniqueItems":
        return "has duplicate entries", path, False
    return err.message, path, False


@cache
def _fast_check(kind: str) -> Check | None:
    return compile_check(json.loads(schema_text(kind)))


def validate(doc: YamlDoc, kind: str) -> list[Problem]:
    """Every schema problem of a document, in file order, each with its position."""
    fast = _fast_check(kind)
    if fast is not None and fast(doc.data):
        return []
    out: list[tuple[tuple[int, int], Problem]] = []
    seen: set[tuple[str, tuple[str | int, ...]]] = set()
    for err in _validator(kind).iter_errors(doc.data):
        message, path, at_key = _message(err)
        if (message, path) in seen:
            continue
        seen.add((message, path))
        line, col = doc.position(path, key=at_key)
        out.append(((line, col), problem(doc.path, message, line, col, path)))
    out.sort(key=lambda p: p[0])
    return [p for _, p in out]
