"""The steps of an interview in a row: ● here, ✔ done, ○ not yet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.widgets import Static

WIDE = 110
"""From this terminal width on, steps show their full names."""


class SectionProgress(Static):
    """One line: each step's mark and name, the current one in bold.

    `steps` are (id, full name, short name); short names are used on narrow terminals.
    """

    def __init__(self, steps: Sequence[tuple[str, str, str]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.steps = tuple(steps)
        self.current = ""
        self.done: frozenset[str] = frozenset()

    def show(self, current: str, done: Iterable[str]) -> None:
        self.current = current
        self.done = frozenset(done)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        wide = self.app.size.width >= WIDE
        parts = []
        for step, full, short in self.steps:
            mark = "●" if step == self.current else ("✔" if step in self.done else "○")
            name = full if wide else short
            parts.append(f"[b]{mark} {name}[/b]" if step == self.current else f"{mark} {name}")
        self.update("  ".join(parts))
