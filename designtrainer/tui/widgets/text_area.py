"""A TextArea that never sends a control character it holds to the terminal."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import TextArea

from designtrainer.tui.text import pictured


class InertTextArea(TextArea):
    """Answers and notes can hold escape sequences (pasted, imported, edited elsewhere).

    The text is kept exactly as it is; only its drawing shows each control character as a
    picture (ESC as ␛), one character for one so the cursor columns stay right.
    """

    def get_line(self, line_index: int) -> Text:
        # As TextArea.get_line, from the document's own line: rich.Text would drop a few
        # control characters (BEL, BS, CR...) and shift every column after them.
        return Text(pictured(self.document.get_line(line_index)), end="", no_wrap=True)
