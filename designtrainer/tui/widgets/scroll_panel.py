"""A titled panel of text that may not fit: it scrolls from the keyboard and says when it does.

Tab (or Shift+Tab) focuses it, like any panel; then ↑ ↓, PgUp PgDn, Home End scroll it. While
there is more text below (or above) than shows, its bottom border says so and how to get
there, so nothing is cut off without a word (at 80x24 the prompt and the coach overflow).
"""

from __future__ import annotations

from textual.containers import VerticalScroll

MORE_FOCUSED = "▼ more: ↓ PgDn"
TOP = "▲ ↑ PgUp"


class ScrollPanel(VerticalScroll, can_focus=True):
    """A VerticalScroll with the class `panel` whose border subtitle tells when it overflows."""

    DEFAULT_CSS = """
    ScrollPanel:focus { border: round $accent; }
    """

    def __init__(self, *, id: str, reach: str = "Tab") -> None:
        """`reach`: the key that focuses this panel from the main editor, for the hint."""
        super().__init__(id=id, classes="panel")
        self.reach = reach

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.say_more()

    def on_resize(self) -> None:
        self.say_more()

    def on_focus(self) -> None:
        self.say_more(focused=True)

    def on_blur(self) -> None:
        # Told, not read: `has_focus` may not have changed yet while the event is handled
        # (the prompt said "↓ PgDn" while typing went to the answer).
        self.say_more(focused=False)

    def content_changed(self) -> None:
        """Call after changing what the panel holds: the hint is redone once it is laid out."""
        self.call_after_refresh(self.say_more)

    def say_more(self, focused: bool | None = None) -> None:
        if focused is None:
            focused = self.has_focus
        if self.scroll_y < self.max_scroll_y:
            self.border_subtitle = MORE_FOCUSED if focused else f"▼ more: {self.reach}, ↓"
        elif self.scroll_y > 0:
            self.border_subtitle = TOP
        else:
            self.border_subtitle = ""
