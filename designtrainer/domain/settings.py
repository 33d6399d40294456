"""Every setting the app keeps, declared once: its key, its type, its default.

The store keeps settings as text in its `settings` table; a Setting knows how to read and write
its own text, so callers get a typed value and an unreadable stored value reads as the default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    read: Callable[[str], T | None]
    """The stored text as a value, or None when it cannot be read (the default is used)."""
    write: Callable[[T], str]
    doc: str


def _flag(text: str) -> bool | None:
    return {"1": True, "0": False}.get(text)


def _name(text: str) -> str | None:
    return text or None


THEME: Setting[str | None] = Setting(
    "theme", None, _name, lambda name: name or "", "the Textual theme last chosen (None: default)"
)
EXAM_MODE: Setting[bool] = Setting(
    "exam_mode",
    False,
    _flag,
    lambda on: "1" if on else "0",
    "hide the live rubric checklist while answering, as in a real interview",
)

SETTINGS: tuple[Setting[str | None] | Setting[bool], ...] = (THEME, EXAM_MODE)
