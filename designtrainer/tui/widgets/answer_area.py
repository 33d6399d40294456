"""The editor of one section's answer (or, in a peer interview, the candidate's pasted notes).

It owns two things the screens used to track by hand: the text the store holds (`saved`, so
autosave writes only what changed) and the typing pause (`Paused`, posted once the text has
not changed for `debounce` seconds, which is when the screen grades it; the interview screens
pass the app's `Timing.grade_debounce`). Typing never waits for either.
"""

from __future__ import annotations

from textual.message import Message
from textual.timer import Timer
from textual.widgets import TextArea

from designtrainer.tui.widgets.text_area import InertTextArea


class AnswerArea(InertTextArea):
    """A soft-wrapped editor that knows what is saved and says when typing pauses."""

    class Paused(Message):
        """The text has not changed for `debounce` seconds (grade it now)."""

        def __init__(self, area: AnswerArea) -> None:
            super().__init__()
            self.area = area

        @property
        def control(self) -> AnswerArea:
            return self.area

    def __init__(self, *, id: str, debounce: float) -> None:
        super().__init__(id=id, soft_wrap=True, tab_behavior="focus")
        self.debounce = debounce
        """Seconds of no typing before `Paused`."""
        self.saved = ""
        """The text as the store holds it."""
        self._timer: Timer | None = None

    def load(self, text: str) -> None:
        """Show a section's stored text, with the cursor at its end."""
        self.saved = text
        self.text = text
        self.move_cursor(self.document.end)

    @property
    def dirty(self) -> bool:
        """True while the text on screen is not what the store holds."""
        return self.text != self.saved

    def _on_text_area_changed(self, event: TextArea.Changed) -> None:
        # The screen still gets Changed (it bubbles on); this only restarts the pause.
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.debounce, self._paused)

    def _paused(self) -> None:
        self._timer = None
        self.post_message(self.Paused(self))
