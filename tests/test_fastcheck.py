"""The fast validity pre-check agrees with jsonschema on valid files and on random breakage."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from designtrainer.loading.fastcheck import compile_check
from designtrainer.paths import schema_path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = {k: json.loads(schema_path(k).read_text()) for k in ("case", "rubric")}
CHECKS = {k: compile_check(s) for k, s in SCHEMAS.items()}
REFERENCE = {k: Draft202012Validator(s) for k, s in SCHEMAS.items()}
DOCS = {
    "case": yaml.load((ROOT / "cases" / "fraud-detection.yaml").read_text(), yaml.CSafeLoader),
    "rubric": yaml.load((ROOT / "rubrics" / "fraud-detection.yaml").read_text(), yaml.CSafeLoader),
}
"""Read with libyaml's parser (PyYAML's own safe constructor, as the app reads them): the
pure-Python one took a second for the bundled files, in every test process."""
ODD_VALUES = [
    None,
    True,
    0,
    -1,
    4,
    99,
    1.5,
    "",
    "x",
    "Not A Slug",
    "a" * 600,
    [],
    [""],
    {},
    {"k": 1},
    "evil\n",
    "evil\r\n",
    "title\x1b]0;pwned\x07",
    "csi\x9b2J",
    "del\x7f",
    "tab\tand\nnewline are fine",
    "carriage\rreturn",
]


def test_both_schemas_compile() -> None:
    assert all(check is not None for check in CHECKS.values())


def test_every_bundled_file_is_valid_both_ways() -> None:
    for kind in ("case", "rubric"):
        for path in sorted((ROOT / f"{kind}s").glob("*.yaml")):
            doc = yaml.load(path.read_text(), yaml.CSafeLoader)  # as DOCS
            check = CHECKS[kind]
            assert check is not None
            assert check(doc) and REFERENCE[kind].is_valid(doc), path


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node[:3]):
            out += _paths(v, (*prefix, i))
    return out


@settings(deadline=None)
@given(
    kind=st.sampled_from(["case", "rubric"]),
    picks=st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 3), st.integers(0, 99)),
        min_size=1,
        max_size=3,
    ),
)
def test_random_breakage_gets_the_same_verdict(
    kind: str, picks: list[tuple[int, int, int]]
) -> None:
    doc = copy.deepcopy(DOCS[kind])
    for where, how, value in picks:
        paths = [p for p in _paths(doc) if p]
        path = paths[where % len(paths)]
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        odd = copy.deepcopy(ODD_VALUES[value % len(ODD_VALUES)])
        if how == 0:
            parent[last] = odd
        elif how == 1 and isinstance(parent, dict):
            del parent[last]
        elif how == 2 and isinstance(parent, dict):
            parent[f"extra{value}"] = odd
        elif isinstance(parent, list):
            parent.append(odd)
    check = CHECKS[kind]
    assert check is not None
    assert check(doc) == REFERENCE[kind].is_valid(doc)
