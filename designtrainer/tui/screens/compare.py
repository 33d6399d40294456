"""Two attempts at a case side by side (from history: the selected one and the one before)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from designtrainer.review.compare import Comparison, to_text
from designtrainer.tui.text import visible
from designtrainer.tui.widgets.footer import Footer


class CompareScreen(Screen[None]):
    BINDINGS = [Binding("escape,q", "app.pop_screen", "Back")]
    DEFAULT_CSS = """
    CompareScreen VerticalScroll { padding: 0 2; }
    CompareScreen .line { height: auto; }
    CompareScreen .line > Static { width: 1fr; }
    """

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="comparison"):
            # The same text as `designtrainer compare`: plain, so labels are never markup. One
            # line per widget, so a line wrapped at 80 columns hangs under its own text
            # ("+ gained: ..." continues under "gained", not at the left edge).
            # Control characters in stored titles and labels are written out, as the CLI does.
            for line in visible(to_text(self.comparison)).splitlines():
                body = line.lstrip(" ")
                cut = len(line) - len(body) + (2 if body[:2] in ("+ ", "- ", "o ") else 0)
                with Horizontal(classes="line"):
                    if cut:
                        yield Static(Content(line[:cut]), classes="hang").set_styles(
                            f"width: {cut};"
                        )
                    yield Static(Content(line[cut:] or " "))
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"Attempt {self.comparison.a.id} → {self.comparison.b.id}"
        self.query_one(VerticalScroll).focus()
