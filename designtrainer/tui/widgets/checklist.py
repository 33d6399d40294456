"""The live rubric checklist of one section: ticks as the person writes, explains every tick."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from designtrainer.domain.model import RubricItem
from designtrainer.grading.results import ItemResult
from designtrainer.tui.text import visible

LEVEL_TAG = {"core": "core", "senior": "sr", "staff": "staff"}


class Checklist(OptionList):
    """One option per rubric item; `hidden` keeps ticks secret (exam setting)."""

    def show(
        self, items: tuple[RubricItem, ...], results: dict[str, ItemResult], hidden: bool
    ) -> None:
        highlighted = self.highlighted
        self.clear_options()
        for item in items:
            r = results.get(item.id)
            line = Text()
            if hidden:
                line.append("· ", style="dim")
            elif r is not None and r.met:
                line.append("✔ ", style="bold green")
            else:
                line.append("○ ", style="dim")
            line.append(visible(item.label))
            line.append(f" {LEVEL_TAG[item.level]}", style="dim italic")
            self.add_option(Option(line, id=item.id))
        if highlighted is not None and highlighted < len(items):
            self.highlighted = highlighted
