"""The live rubric checklist of one section: ticks as the person writes, explains every tick."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from designtrainer.domain.model import RubricItem
from designtrainer.grading.results import ItemResult
from designtrainer.render.report import found_under
from designtrainer.tui.text import visible

NAMED_NOTE = "named, say why"
"""A named item is not a tick: naming an idea earns nothing until the answer says what it
does for this problem (the Why panel shows the item's why as the nudge)."""


class Checklist(OptionList):
    """One option per rubric item; `hidden` keeps ticks secret (exam setting).

    Marks: ✔ met, ~ only named, ○ not yet; an idea credited from another section says where
    it was found, as the `grade` report does.
    """

    _shown: tuple[object, ...] | None = None
    """What the options show now (see `show`)."""

    def show(
        self, items: tuple[RubricItem, ...], results: dict[str, ItemResult], hidden: bool
    ) -> None:
        """Show `items` with their results; nothing is rebuilt when no line would change.

        A grading result arrives after every pause in typing and usually ticks nothing new;
        rebuilding the options anyway made the next keystroke wait for a relayout (issue 12).
        """
        shown = (
            hidden,
            tuple(
                (item.id, item.label, item.level)
                + (
                    ()
                    if hidden or (r := results.get(item.id)) is None
                    else (r.met, r.named, r.found_in)
                )
                for item in items
            ),
        )
        if shown == self._shown:
            return
        self._shown = shown
        highlighted = self.highlighted
        self.clear_options()
        for item in items:
            r = None if hidden else results.get(item.id)
            line = Text()
            if hidden:
                line.append("· ", style="dim")
            elif r is not None and r.met:
                line.append("✔ ", style="bold green")
            elif r is not None and r.named:
                line.append("~ ", style="bold yellow")
            else:
                line.append("○ ", style="dim")
            line.append(visible(item.label))
            line.append(f" {item.level}", style="dim italic")  # in full: "sr" puzzled people
            if r is not None and r.named:
                line.append(f" {NAMED_NOTE}", style="yellow italic")
            if r is not None and (r.met or r.named) and r.found_in:
                line.append(found_under(r.found_in), style="dim")
            self.add_option(Option(line, id=item.id))
        if highlighted is not None and highlighted < len(items):
            self.highlighted = highlighted
