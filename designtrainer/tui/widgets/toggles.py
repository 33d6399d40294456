"""A radio button and a checkbox whose glyph says whether they are on, not only their colour.

Textual draws every radio button as "●" and every checkbox as "X", chosen or not, and tells
them apart by colour alone: under NO_COLOR, on a monochrome terminal or to someone who cannot
tell the two shades apart, the export dialog's chosen format and ticked boxes could not be
seen. These draw "●" for the chosen radio button and "○" for the others, "✔" for a ticked box
and a blank for one that is not, in any colours or none.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton


class MarkedRadioButton(RadioButton):
    """A radio button drawn "●" when chosen, "○" when not."""

    def render(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else "○"
        return super().render()


class MarkedCheckbox(Checkbox):
    """A checkbox drawn "✔" when ticked, blank when not."""

    def render(self) -> Content:
        self.BUTTON_INNER = "✔" if self.value else " "
        return super().render()
