"""A fast yes/no pre-check compiled from our own JSON Schemas.

jsonschema is the reference validator and writes every error message, but it walks a document
through $ref lookups and validator objects, which dominates loading time. Valid files are the
common case, so the schema is first compiled into plain closures that only answer "valid?";
jsonschema runs only when that answer is no (and tests check both always agree). Only the
keywords our schemas use are supported; anything else makes `compile_check` return None and
the loader falls back to jsonschema for every file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_IGNORED = {"$schema", "$id", "$defs", "title", "description", "default", "examples"}
_SUPPORTED = _IGNORED | {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "pattern",
    "enum",
    "const",
    "minimum",
    "maximum",
    "uniqueItems",
    "$ref",
}


class Unsupported(Exception):
    pass


def _is_type(name: str) -> Check:
    checks: dict[str, Check] = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    if name not in checks:
        raise Unsupported(name)
    return checks[name]


def _compile(schema: dict[str, Any], root: dict[str, Any], refs: dict[str, Check]) -> Check:
    unknown = set(schema) - _SUPPORTED
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    checks: list[Check] = []
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise Unsupported(ref)
        name = ref.removeprefix("#/$defs/")
        if name not in refs:
            refs[name] = _recursion_guard(name)
            refs[name] = _compile(root["$defs"][name], root, refs)
        checks.append(refs[name])
    if (
        set(schema) - _IGNORED <= {"type", "minLength", "maxLength", "pattern"}
        and schema.get("type") == "string"
    ):
        # Most of a document is strings: one closure each, not a chain of four.
        lo, hi = schema.get("minLength", 0), schema.get("maxLength", float("inf"))
        if "pattern" not in schema:
            return lambda v: isinstance(v, str) and lo <= len(v) <= hi
        search = re.compile(schema["pattern"]).search
        return lambda v: isinstance(v, str) and lo <= len(v) <= hi and search(v) is not None
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        type_checks = [_is_type(t) for t in types]
        checks.append(lambda v: any(c(v) for c in type_checks))
    if "enum" in schema:
        allowed = schema["enum"]
        checks.append(lambda v: any(v == a and type(v) is type(a) for a in allowed))
    if "const" in schema:
        const = schema["const"]
        checks.append(lambda v: v == const and type(v) is type(const))
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])
        checks.append(lambda v: not isinstance(v, str) or pattern.search(v) is not None)
    if "minLength" in schema or "maxLength" in schema:
        lo_s, hi_s = schema.get("minLength", 0), schema.get("maxLength", math.inf)
        checks.append(lambda v: not isinstance(v, str) or lo_s <= len(v) <= hi_s)
    if "minItems" in schema or "maxItems" in schema:
        lo_a, hi_a = schema.get("minItems", 0), schema.get("maxItems", math.inf)
        checks.append(lambda v: not isinstance(v, list) or lo_a <= len(v) <= hi_a)
    if schema.get("uniqueItems"):
        checks.append(lambda v: not isinstance(v, list) or len({repr(x) for x in v}) == len(v))
    if "minimum" in schema or "maximum" in schema:
        lo_n, hi_n = schema.get("minimum", -math.inf), schema.get("maximum", math.inf)
        checks.append(
            lambda v: isinstance(v, bool) or not isinstance(v, int | float) or lo_n <= v <= hi_n
        )
    if "items" in schema:
        item = _compile(schema["items"], root, refs)
        checks.append(lambda v: not isinstance(v, list) or all(map(item, v)))
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        props = {k: _compile(s, root, refs) for k, s in schema.get("properties", {}).items()}
        required = list(schema.get("required", []))
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False):
            raise Unsupported("additionalProperties schema")

        def obj(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            if any(k not in v for k in required):
                return False
            for k, x in v.items():
                check = props.get(k)
                if check is None:
                    if extra is False:
                        return False
                elif not check(x):
                    return False
            return True

        checks.append(obj)
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    return lambda v: all(c(v) for c in checks)


def _recursion_guard(name: str) -> Check:
    def check(v: Any) -> bool:
        raise Unsupported(f"recursive $ref {name}")

    return check


def compile_check(schema: dict[str, Any]) -> Check | None:
    """A validity check equivalent to the schema, or None when it uses unsupported keywords."""
    try:
        return _compile(schema, schema, {})
    except Unsupported:
        return None
