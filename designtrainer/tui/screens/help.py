"""F1: every key of the screen underneath, and the app's own."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen

from designtrainer.tui.widgets.markdown import SafeMarkdown

GLOBAL_KEYS = [
    ("F1", "This help"),
    ("Ctrl+P", "Command palette: designtrainer commands, themes, keys"),
    ("Ctrl+Q", "Quit (everything is saved)"),
    ("Tab/Shift+Tab", "Move between panels, out of an answer too (Tab never types spaces)"),
    ("Ctrl+End", "In an answer or notes: jump to the end of the text (End, Ctrl+E: end of line)"),
]


def _key(binding: Binding) -> str:
    if binding.key_display:  # one line for a pair of keys ("PgUp/PgDn")
        return binding.key_display
    return "/".join(  # no spaces: "F2/Ctrl+T" stays on one line in a narrow key column
        k.replace("ctrl+", "Ctrl+")
        .replace("escape", "Escape")
        .replace("enter", "Enter")
        .replace("delete", "Delete")
        .title()
        if len(k) > 1
        else k
        for k in binding.key.split(",")
    )


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 80; max-width: 95%; height: 90%; border: thick $primary; background: $surface;
    }
    """

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        rows = ["| Key | What it does |", "|---|---|"]
        for binding in getattr(self.under, "BINDINGS", []):
            if isinstance(binding, Binding) and binding.description:
                more = f" — {binding.tooltip}" if binding.tooltip else ""
                rows.append(f"| {_key(binding)} | {binding.description}{more} |")
        rows += [f"| {k} | {d} |" for k, d in GLOBAL_KEYS]
        name = type(self.under).__name__.removesuffix("Screen") or "Screen"
        with Vertical() as box:
            box.border_title = f"Keys — {name}"
            box.border_subtitle = "↑↓ PgUp PgDn scroll · Escape closes"
            with VerticalScroll():
                yield SafeMarkdown("\n".join(rows))
