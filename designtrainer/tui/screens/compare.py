"""Two attempts at a case side by side (from history: the selected one and the one before)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from designtrainer.review.compare import Comparison, to_text


class CompareScreen(Screen[None]):
    BINDINGS = [Binding("escape,q", "app.pop_screen", "Back")]
    DEFAULT_CSS = "CompareScreen VerticalScroll { padding: 0 2; }"

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            # The same text as `designtrainer compare`: plain, so labels are never markup.
            yield Static(Content(to_text(self.comparison)), id="comparison")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"Attempt {self.comparison.a.id} → {self.comparison.b.id}"
        self.query_one(VerticalScroll).focus()
