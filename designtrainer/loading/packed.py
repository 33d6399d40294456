"""A library's rubrics kept packed until one is asked for.

A session grades with one rubric, but the library loads all of them (the picker lists every
case, and a broken rubric is reported with the rest). Built, the 13 rubrics a session does
not open held about 1.4 MB of small objects (their items' and red flags' labels, reasons and
phrases) through every session: most of the gap between a first run's peak memory and its
line (issue 12, session memory). Packed, all of them are one block of about 470 kB, and a
rubric is built again, equal, the first time it is asked for, and kept built from then on
(a rubric asked for twice is one object), sharing its phrases with the rubrics built before
it as the loader's `Shared` does.

The block is every rubric's fields in `marshal`'s format (plain strings, numbers and tuples:
data, never code), written in one go so that a phrase the loader's `Shared` made one object
for many rubrics (the general red flags' phrases stand in most of them) is written once.
Reading one rubric back reads the whole block (about a millisecond) and keeps that one. It
never leaves the process, so the format is free to change.
"""

from __future__ import annotations

import marshal
import threading
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

from designtrainer.domain.model import RedFlag, Rubric, RubricItem
from designtrainer.loading.build import Shared


def pack(rubrics: Mapping[str, Rubric]) -> bytes:
    """The rubrics as bytes `unpack` turns back into equal ones."""
    return marshal.dumps({case_id: _fields(rubric) for case_id, rubric in rubrics.items()})


def unpack(packed: bytes, case_id: str, shared: Shared | None = None) -> Rubric:
    """The rubric `pack` kept in `packed` under `case_id` (a KeyError if none), its phrases
    and groups taken from `shared` as `rubric_of` takes them."""
    if shared is None:
        shared = Shared()
    case, items, flags, not_negations = marshal.loads(packed)[case_id]
    return Rubric(
        case,
        tuple(
            RubricItem(
                id, section, label, weight, shared.phrase(level), shared.evidence(evidence), why,
                within, negation, question,
            )
            for id, section, label, weight, level, evidence, why, within, negation, question
            in items
        ),
        tuple(
            RedFlag(
                shared.phrase(id), shared.phrase(message), shared.evidence(evidence), section,
                within, negation, None if label is None else shared.phrase(label),
                shared.evidence(unless), shared.group(refused),
            )
            for id, message, evidence, section, within, negation, label, unless, refused
            in flags
        ),
        shared.group(not_negations),
    )  # fmt: skip


def _fields(rubric: Rubric) -> tuple[Any, ...]:
    """The rubric as plain values, each object's fields in the order its class takes them."""
    items = tuple(
        (i.id, i.section, i.label, i.weight, i.level, i.evidence, i.why, i.within, i.negation,
         i.question)
        for i in rubric.items
    )  # fmt: skip
    flags = tuple(
        (f.id, f.message, f.evidence, f.section, f.within, f.negation, f.label, f.unless,
         f.refused)
        for f in rubric.red_flags
    )  # fmt: skip
    return (rubric.case, items, flags, rubric.not_negations)


class Rubrics(MutableMapping[str, Rubric]):
    """Rubrics by case id, packed together (see the module), each built when first asked for.

    Under a lock: the app loads and compiles in a worker thread while its main thread may
    ask for the same rubric; either way one object is built and kept."""

    def __init__(self, rubrics: Mapping[str, Rubric]) -> None:
        self._order = dict.fromkeys(rubrics)
        """Every case id, in the order given (the keys of a dict: an ordered set)."""
        self._built: dict[str, Rubric] = {}
        self._packed = pack(rubrics)
        self._lock = threading.Lock()

    def __getitem__(self, case_id: str) -> Rubric:
        found = self._built.get(case_id)
        if found is not None:
            return found
        if case_id not in self._order:
            raise KeyError(case_id)
        with self._lock:
            found = self._built.get(case_id)
            if found is None:
                # Sharing the phrases of the rubrics built before, as the loader did: a
                # person who opens every case holds each phrase once, not once a rubric.
                shared = Shared()
                for built in self._built.values():
                    shared.keep(built)
                found = self._built[case_id] = unpack(self._packed, case_id, shared)
            return found

    def __setitem__(self, case_id: str, rubric: Rubric) -> None:
        self._order[case_id] = None
        self._built[case_id] = rubric

    def __delitem__(self, case_id: str) -> None:
        del self._order[case_id]
        self._built.pop(case_id, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._order  # without building it

    def __repr__(self) -> str:
        return f"Rubrics({list(self._order)!r})"
