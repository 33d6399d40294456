"""A one-line Input that never sends a control or format character to the terminal."""

from __future__ import annotations

from textual.widgets import Input

from designtrainer.tui.text import pictured


class InertInput(Input):
    """Textual's Input draws its value as it is: an ESC that reaches it (pasted in a terminal
    that passes control characters through) goes into the frame written to the terminal,
    where `ESC [2J` clears the screen and `ESC ]52` writes the clipboard, on every redraw.

    A one-line box has no use for such characters, so its value holds them as the pictures an
    editor draws (ESC as ␛, U+202E as U+FFFD): one character for one, so the cursor stays
    where the paste left it, and what is shown is what a question or folder will be.
    """

    def validate_value(self, value: str) -> str:
        return pictured(value)
