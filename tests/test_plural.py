"""Counts are written as words people read: "1 file", "2 files", never "file(s)"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import designtrainer
from designtrainer.render.formatting import plural


def test_plural_is_singular_only_for_one() -> None:
    assert plural(1, "file") == "1 file"
    assert plural(0, "file") == "0 files"
    assert plural(2, "red flag") == "2 red flags"
    assert plural(1, "body", "bodies") == "1 body"
    assert plural(3, "body", "bodies") == "3 bodies"


_HEDGED = re.compile(r"[A-Za-z]\(s\)")


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string literal that is not a docstring, with its line."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_message_hedges_a_plural_with_parentheses() -> None:
    root = Path(designtrainer.__file__).parent
    found = [
        f"{path.relative_to(root)}:{line}: {text!r}"
        for path in sorted(root.rglob("*.py"))
        for line, text in _strings(ast.parse(path.read_text(encoding="utf-8")))
        if _HEDGED.search(text.replace("http(s)", ""))
    ]
    assert found == []
