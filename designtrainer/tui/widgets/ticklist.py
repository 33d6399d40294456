"""A list of things to tick by hand (the interviewer's rubric items and red flags)."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from designtrainer.tui.text import styled


class TickList(OptionList):
    """Things to tick by hand: space, Enter or a click toggles the highlighted one.

    Ticks show as ☑ / ☐ (readable without colour). The toggle happens at once, in the key's
    own handler, and `Toggled` follows: anything that reads `selected` after a key (the next
    section's save, say) sees it, however fast the keys come.
    """

    BINDINGS = [Binding("space", "select", "Tick", show=False)]

    class Toggled(Message):
        """An item was ticked or unticked by the person (not by `show` or `set_ticked`)."""

        def __init__(self, tick_list: TickList, item_id: str) -> None:
            super().__init__()
            self.tick_list = tick_list
            self.item_id = item_id

        @property
        def control(self) -> TickList:
            return self.tick_list

    def __init__(self, id: str) -> None:
        super().__init__(id=id)
        self.labels: dict[str, Content] = {}
        self.ticked: set[str] = set()

    def show(self, items: Iterable[tuple[str, Content]], ticked: Iterable[str]) -> None:
        """Replace the list: (id, label) pairs, and the ids ticked."""
        self.labels = dict(items)
        self.ticked = set(ticked) & set(self.labels)
        self.clear_options()
        self.add_options(Option(self._prompt(i), id=i) for i in self.labels)
        self.highlighted = 0 if self.labels else None

    def set_ticked(self, item_id: str, on: bool) -> None:
        if item_id not in self.labels:
            return
        if on:
            self.ticked.add(item_id)
        else:
            self.ticked.discard(item_id)
        self.replace_option_prompt(item_id, self._prompt(item_id))

    def action_select(self) -> None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        self.set_ticked(option.id, option.id not in self.ticked)
        self.post_message(self.Toggled(self, option.id))

    @property
    def selected(self) -> list[str]:
        """The ticked ids, in list order."""
        return [i for i in self.labels if i in self.ticked]

    def _prompt(self, item_id: str) -> Content:
        mark = styled("[b green]☑[/]") if item_id in self.ticked else Content("☐")
        return mark + " " + self.labels[item_id]
