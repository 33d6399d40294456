"""A row of choices that wraps between choices, never inside one.

Textual wraps text at any space, so a row like "1 Again · tomorrow  2 Hard · in 4 d ..." broke
inside a choice at 80 columns ("4 Easy · in" / "11 d"), which reads as two different things.
`ChoiceRow` lays the choices out itself for the width it has, and again when that changes;
lines after the first are indented under the first choice.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

_UNBOUNDED = 1 << 16
"""The width used before the row has one of its own (while it is hidden)."""


def flow(lead: Content, choices: Sequence[Content], after: Content, width: int) -> Content:
    """`lead`, then `choices` separated by a space, broken only between choices; then `after`
    on a line of its own (prose, left to wrap at spaces as usual). A choice wider than the
    line is left whole for the renderer to fold: nothing here ever drops text."""
    indent = Content(" " * lead.cell_length) if lead.cell_length < width // 2 else Content("")
    lines: list[Content] = []
    line = lead
    started = False
    for choice in choices:
        joined = line + " " + choice if started else line + choice
        if started and joined.cell_length > width:
            lines.append(line)
            line = indent + choice
        else:
            line = joined
        started = True
    lines.append(line)
    if after:
        lines.append(after)
    return Content("\n").join(lines)


class ChoiceRow(Static):
    """A Static whose choices are flowed again for its width whenever that width changes."""

    DEFAULT_CSS = "ChoiceRow { height: auto; }"

    _row: tuple[Content, tuple[Content, ...], Content] | None = None

    def show(self, lead: Content, choices: Sequence[Content], after: Content) -> None:
        """Replace what is shown, flowed for the current width (hidden: no break yet)."""
        self._row = (lead, tuple(choices), after)
        self.update(flow(*self._row, self.content_size.width or _UNBOUNDED))

    def on_resize(self, event: events.Resize) -> None:
        if self._row is not None:
            self.update(flow(*self._row, self.content_size.width or _UNBOUNDED))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self._row is None or not width:
            return super().get_content_height(container, viewport, width)
        return len(flow(*self._row, width).wrap(width))
