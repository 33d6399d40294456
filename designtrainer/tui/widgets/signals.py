"""The wrap-up's communication signals, rated one at a time.

Rating and moving are separate and visible: 1-4 rates the highlighted signal (marked ▸), which
stays highlighted, so a second key corrects it rather than rating the next one; ↑ / ↓ move.
The widget owns the ratings it shows and posts `Rated`; the screen keeps the review.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from designtrainer.domain.vocabulary import COMMUNICATION_TITLES, SIGNALS, rating_label
from designtrainer.tui.text import styled


class SignalList(OptionList):
    """One row per communication signal: ▸ on the highlighted one, its rating or a prompt."""

    BINDINGS = [
        Binding("down", "cursor_down", "Next signal", key_display="↓"),
        Binding("up", "cursor_up", "Previous signal", key_display="↑"),
    ]

    class Rated(Message):
        """`signal` was given `rating` (None: cleared)."""

        def __init__(self, signal: str, rating: int | None) -> None:
            super().__init__()
            self.signal = signal
            self.rating = rating

    def __init__(self, *, id: str) -> None:
        super().__init__(*(Option(key, id=key) for key in SIGNALS), id=id)
        self.ratings: dict[str, int] = {}
        self.border_subtitle = "1-4 rates ▸ · ↑↓ move"

    def on_mount(self) -> None:
        self.highlighted = 0
        self._draw()

    def show(self, ratings: Mapping[str, int]) -> None:
        self.ratings = dict(ratings)
        self._draw()

    @property
    def current(self) -> str | None:
        """The highlighted signal (the one 1-4 rates)."""
        index = self.highlighted
        return SIGNALS[index] if index is not None else None

    def rate(self, rating: int | None) -> None:
        """Rate the highlighted signal; the highlight stays on it."""
        signal = self.current
        if signal is None:
            return
        if rating is None:
            self.ratings.pop(signal, None)
        else:
            self.ratings[signal] = rating
        self._draw()
        self.post_message(self.Rated(signal, rating))

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._draw()

    def on_resize(self, event: events.Resize) -> None:
        self._draw()  # a row's layout depends on the width (see _draw)

    def _draw(self) -> None:
        """One row per signal: "▸ Structure  2 · lean no hire" where it fits the width, else
        the rating on a line of its own under the title, never wrapped inside ("lean no" /
        "hire"), as the wrap-up's narrow column at 80 columns had it."""
        width = self.scrollable_content_region.width or 1 << 16
        for index, key in enumerate(SIGNALS):
            here = index == self.highlighted
            rating = self.ratings.get(key)
            values = {
                "mark": "▸" if here else " ",
                "title": COMMUNICATION_TITLES[key],
                "rating": rating_label(rating),
            }
            value = "[b]$rating[/b]" if rating else "[dim]— 1-4[/dim]"
            label = styled(f"$mark $title  {value}", **values)
            if label.cell_length > width:
                label = styled(f"$mark $title\n    {value}", **values)
            self.replace_option_prompt_at_index(index, label)
