"""The summary of a finished attempt: what the rubric found, what was missed and why.

The text is render.summary's (built from the stored grade, so it reads the same after the case
file changes); this screen shows it and offers retry and export.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Markdown

from designtrainer.render.summary import summary_markdown
from designtrainer.tui.base import dt_app
from designtrainer.tui.screens.export import export_attempt
from designtrainer.tui.widgets.footer import Footer
from designtrainer.tui.widgets.markdown import SafeMarkdown


class SummaryScreen(Screen[None]):
    CSS_PATH = "summary.tcss"
    BINDINGS = [
        Binding("r", "retry", "Retry case"),
        Binding("e", "export", "Export"),
        Binding("escape,b", "back", "Back to cases"),
    ]

    def __init__(self, attempt_id: int, read_only: bool = False) -> None:
        super().__init__()
        self.attempt_id = attempt_id
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield SafeMarkdown(id="summary")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Summary"
        self.refresh_summary()

    def refresh_summary(self) -> None:
        app = dt_app(self)
        attempt = app.store.get(self.attempt_id)
        if attempt is None:
            self.app.pop_screen()
            return
        budgets: dict[str, int] = {}
        case = None
        if app.library is not None and attempt.case_id in app.library.cases:
            case = app.library.case(attempt.case_id)
            budgets = {s.id: s.time_budget_minutes for s in case.sections}
        self.query_one(Markdown).update(summary_markdown(attempt, budgets, case))

    def action_retry(self) -> None:
        attempt = dt_app(self).store.get(self.attempt_id)
        if attempt is None:
            return
        self.app.pop_screen()
        dt_app(self).open_case(attempt.case_id)

    def action_export(self) -> None:
        export_attempt(self, self.attempt_id)

    def action_back(self) -> None:
        self.app.pop_screen()
