"""The interview clock: time on this section against its budget (and, for a peer interview, the
whole interview against its total).

The widget owns the time: what the store holds per section (`seconds`) and what has run since
the section was entered. The screen banks the running time when it saves it (`bank`), so a
failed save loses nothing: the time keeps running until a save succeeds. Going over a budget
posts `Overrun` once per budget, for the screen to nudge.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from designtrainer.render.formatting import clock
from designtrainer.tui.base import dt_app
from designtrainer.tui.text import styled

TOTAL = "total"
"""The `Overrun` key of the whole interview's budget."""


class SectionClock(Static):
    """⏱ spent / budget on the current section; `total_budget` adds the interview's total."""

    class Overrun(Message):
        """A budget was passed: `key` is the section id, or TOTAL for the whole interview."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(
        self,
        budgets: Mapping[str, float],
        total_budget: float | None = None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.budgets = dict(budgets)
        """Seconds per section."""
        self.total_budget = total_budget
        self.seconds: dict[str, float] = dict.fromkeys(self.budgets, 0.0)
        """Seconds per section as saved."""
        self.section: str | None = None
        self._entered = 0.0  # set on entering a section
        self._overrun: set[str] = set()

    def load(self, seconds: Mapping[str, float]) -> None:
        """The seconds per section that the store holds."""
        self.seconds.update(seconds)

    def enter(self, section: str | None) -> None:
        """Start timing `section` (None stops the clock: a wrap-up is not a section)."""
        self.section = section
        self._entered = self._now()
        self.tick()

    def running(self) -> float:
        """Seconds on the current section not yet saved."""
        return self._now() - self._entered if self.section is not None else 0.0

    def _now(self) -> float:
        # The app's clock (`Timing.clock`): monotonic, frozen in tests for stable snapshots.
        return dt_app(self).timing.clock()

    def bank(self, spent: float) -> None:
        """`spent` seconds of the running time were saved to the store."""
        if self.section is not None:
            self.seconds[self.section] += spent
            self._entered += spent

    def spent(self) -> float:
        """Seconds on the current section, saved and running."""
        return self.seconds[self.section] + self.running() if self.section else 0.0

    def tick(self) -> None:
        """Show the time now.

        Only when the text changes: an update lays the whole screen out again (tens of ms on
        the interview screens), and a clock that is frozen (the tests' `Timing.clock`) shows
        the same text at every tick.
        """
        now = (
            self._section_only()
            if self.total_budget is None
            else self._with_total(self.total_budget)
        )
        if not _same(now, self.content):
            self.update(now)

    def _section_only(self) -> Content | str:
        if self.section is None:
            return ""
        spent, budget = self.spent(), self.budgets[self.section]
        if spent <= budget:
            return f"⏱ {clock(spent)} / {clock(budget)}"
        return styled(
            "[b red]⏱ $spent / $budget  +$over over[/]",
            spent=clock(spent),
            budget=clock(budget),
            over=clock(spent - budget),
        )

    def _with_total(self, total_budget: float) -> str:
        total = sum(self.seconds.values()) + self.running()
        wide = self.app.size.width >= 100
        total_text = f"{'total ' if wide else 'Σ'}{clock(total)}/{clock(total_budget)}"
        if total > total_budget:
            total_text = f"[b red]{total_text}[/]"
            self._overran(TOTAL)
        if self.section is None:
            return f"⏱ stopped · {total_text}"
        spent, budget = self.spent(), self.budgets[self.section]
        section_text = f"⏱ {clock(spent)}/{clock(budget)}"
        if spent > budget:
            section_text = f"[b red]{section_text} +{clock(spent - budget)}[/]"
            self._overran(self.section)
        return f"{section_text} · {total_text}"

    def _overran(self, key: str) -> None:
        if key not in self._overrun:
            self._overrun.add(key)
            self.post_message(self.Overrun(key))


def _same(a: object, b: object) -> bool:
    """The same text with the same styles (Content's own == compares the text only)."""
    if isinstance(a, Content) and isinstance(b, Content):
        return a.markup == b.markup
    return type(a) is type(b) and a == b
