"""A TextArea that never sends a control character it holds to the terminal."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import TextArea

from designtrainer.tui.text import pictured


class InertTextArea(TextArea):
    """Answers and notes can hold escape sequences (pasted, imported, edited elsewhere).

    The text is kept exactly as it is; only its drawing shows each control character as a
    picture (ESC as ␛), one character for one so the cursor columns stay right.

    Ctrl+End jumps to the end of the text (TextArea binds End and Ctrl+E to the end of the
    line only): after a long answer, the place to carry on writing is one key away.
    """

    BINDINGS = [Binding("ctrl+end", "cursor_text_end", "End of the text", show=False)]

    def action_cursor_text_end(self) -> None:
        self.move_cursor(self.document.end)

    def get_line(self, line_index: int) -> Text:
        # As TextArea.get_line, from the document's own line: rich.Text would drop a few
        # control characters (BEL, BS, CR...) and shift every column after them.
        return Text(pictured(self.document.get_line(line_index)), end="", no_wrap=True)
