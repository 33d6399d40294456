"""What a negation found is (`Negation`, `Negations`), a cue's kind in the trie, `_with` and
`_with_pair`.

The small types every reading builds on, kept apart so the readings import no rules.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import add
from typing import NamedTuple


class Negation(NamedTuple):
    """A negation covering a mention: the trigger as written in the cue list ("won't",
    "is not needed"), and the words the trigger itself stands on."""

    trigger: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class _Trigger:
    kind: str
    text: str


class Negations(NamedTuple):
    """What the negation scan found in one answer.

    A named tuple, not a frozen dataclass: making a dataclass compiles its methods in every
    fresh process, about half a millisecond (issue 12, cold commands)."""

    covering: dict[int, Negation]
    """Word -> the negation whose scope covers it."""
    triggers: dict[int, Negation]
    """Word -> the negation whose trigger stands on it."""
    size: int
    """How many words the answer has."""
    also: dict[int, Negation]
    """Word -> a second negation covering it: when the first is part of an idea ("without a
    fallback"), a verdict on the whole ("... would be reckless") still negates it."""


class KeyedPositions(list[int]):
    """Word positions in order (a list, as any reading takes them), with the positions of
    each key beside: `_with` then gathers the few keys a reading begins with instead of
    reading every position's key again. Some 25 readings each ask a long answer's 20,000
    positions (issue 12); the index is built in one pass."""

    __slots__ = ("by_key",)

    def __init__(self, positions: list[int], keys: Sequence[str]) -> None:
        super().__init__(positions)
        by_key: dict[str, list[int]] = {}
        for k, key in zip(positions, map(keys.__getitem__, positions), strict=True):
            at = by_key.get(key)
            if at is None:
                by_key[key] = [k]
            else:
                at.append(k)
        self.by_key = by_key


def _with(
    keys: Sequence[str],
    looked_at: Sequence[int],
    kinds: Collection[str],
    lo: int = 0,
    hi: int | None = None,
) -> list[int]:
    """The words among `looked_at` whose key is one of `kinds`, from word `lo` up to (not
    including) word `hi` (default: to the end)."""
    end = len(keys) if hi is None else hi
    if isinstance(looked_at, KeyedPositions):
        by_key = looked_at.by_key
        found = [by_key[kind] for kind in by_key.keys() & kinds]
        if not found:
            return []
        at = found[0] if len(found) == 1 else sorted(chain.from_iterable(found))
        return at[bisect_left(at, lo) : bisect_left(at, end)]
    # `looked_at` is in order: the bounds are a slice, and the keys are read in C.
    part = looked_at[bisect_left(looked_at, lo) : bisect_left(looked_at, end)]
    return list(compress(part, map(kinds.__contains__, map(keys.__getitem__, part))))


def _with_pair(keys: Sequence[str], at: list[int], pairs: Collection[tuple[str, ...]]) -> list[int]:
    """Those of the words `at` (in order) whose key and the next word's are one of `pairs`,
    the first two keys of some phrases: picked out in C for all of them at once, where a
    phrase's start word ("for", "is", "a") stands everywhere and begins few of them."""
    if at and at[-1] == len(keys) - 1:
        at = at[:-1]  # (no word after the last)
    seconds = map(keys.__getitem__, map(add, at, repeat(1)))
    return list(
        compress(at, map(pairs.__contains__, zip(map(keys.__getitem__, at), seconds, strict=True)))
    )
