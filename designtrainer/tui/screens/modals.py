"""Small modal dialogs: confirm, choose, read a long text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from designtrainer.tui.text import plain


class ChoiceScreen(ModalScreen[str | None]):
    """A question with buttons; dismisses with the chosen key (escape: None)."""

    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    ChoiceScreen > Vertical {
        width: 64; max-width: 95%; height: auto; border: thick $primary; background: $surface;
        padding: 1 2;
    }
    ChoiceScreen Label { width: 100%; }
    ChoiceScreen Horizontal { height: auto; margin-top: 1; }
    ChoiceScreen Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        # The buttons sit in a row: the arrows move between them, as in any dialog.
        Binding("left,up", "app.focus_previous", "Previous button", show=False),
        Binding("right,down", "app.focus_next", "Next button", show=False),
    ]

    def __init__(self, question: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.question = question
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(plain(self.question))
            with Horizontal():
                for i, (key, label) in enumerate(self.choices):
                    yield Button(
                        label, id=f"choice-{key}", variant="primary" if i == 0 else "default"
                    )

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        assert event.button.id is not None
        self.dismiss(event.button.id.removeprefix("choice-"))


class TextScreen(ModalScreen[None]):
    """A long markdown text (a reference answer, a past answer) to read and close."""

    DEFAULT_CSS = """
    TextScreen { align: center middle; }
    TextScreen > Vertical {
        width: 90%; height: 90%; border: thick $primary; background: $surface; padding: 0 1;
    }
    TextScreen VerticalScroll { height: 1fr; }
    """
    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def __init__(self, title: str, markdown: str) -> None:
        super().__init__()
        self.title_text = title
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = plain(self.title_text)
            box.border_subtitle = "↑↓ PgUp PgDn scroll · Escape closes"
            with VerticalScroll():
                # Imported here: the markdown widget brings markdown-it and pygments, which a
                # screen that imports this one for its choice dialog should not (issue 12).
                from designtrainer.tui.widgets.markdown import SafeMarkdown

                yield SafeMarkdown(self.markdown)
