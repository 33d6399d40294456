"""A row of choices that wraps between choices, never inside one.

Textual wraps text at any space, so a row like "1 Again · tomorrow  2 Hard · in 4 d ..." broke
inside a choice at 80 columns ("4 Easy · in" / "11 d"), which reads as two different things.
`ChoiceRow` lays the choices out itself, for the width it has whenever it renders; lines after
the first are indented under the first choice while the lead before it ("Rate it: ") takes less
than half the line, and start at the margin when it is wider (a long case title).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.geometry import Size
from textual.visual import VisualType
from textual.widgets import Static

_UNBOUNDED = 1 << 16
"""The width of the whole text, read before the row is laid out."""


def flow(lead: Content, choices: Sequence[Content], after: Content, width: int) -> Content:
    """`lead`, then `choices` separated by a space, broken only before a choice; then `after`
    on a line of its own (prose, left to wrap at spaces as usual). A choice wider than the
    line is left whole for the renderer to fold: nothing here ever drops text."""
    indent = Content(" " * lead.cell_length) if lead.cell_length < width // 2 else Content("")
    lines: list[Content] = []
    line = lead
    for n, choice in enumerate(choices):
        joined = line + " " + choice if n else line + choice  # `lead` ends in its own space
        if joined.cell_length > width and line.plain.strip():
            lines.append(line)
            line = indent + choice
        else:
            line = joined
    lines.append(line)
    if after:
        lines.append(after)
    return Content("\n").join(lines)


class ChoiceRow(Static):
    """A Static whose choices are flowed for the width it has each time it renders (Textual
    renders again after every change of size)."""

    DEFAULT_CSS = "ChoiceRow { height: auto; }"

    _row: tuple[Content, tuple[Content, ...], Content] | None = None

    def show(self, lead: Content, choices: Sequence[Content], after: Content) -> None:
        """Replace what is shown by `lead`, the `choices` and `after`, flowed when rendered."""
        row = (lead, tuple(choices), after)
        super().update(flow(*row, _UNBOUNDED))  # the whole text, for anything that reads it
        self._row = row

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """Show `content` as a plain Static does (no longer a row of choices)."""
        self._row = None
        super().update(content, layout=layout)

    def render(self) -> VisualType:
        if self._row is None or self.content_size.width <= 0:
            return super().render()
        return flow(*self._row, self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self._row is None or not width:
            return super().get_content_height(container, viewport, width)
        return len(flow(*self._row, width).wrap(width))
