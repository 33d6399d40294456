"""Past attempts: open one read-only, resume an unfinished one, delete with confirmation."""

from __future__ import annotations

import time

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

from designtrainer.render.formatting import clock, pct
from designtrainer.store.attempt import Attempt
from designtrainer.tui.base import dt_app, export_attempt, selected_key
from designtrainer.tui.saving import write_or_say
from designtrainer.tui.screens.modals import ChoiceScreen
from designtrainer.tui.text import cell


class HistoryScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open", "Open", priority=True),
        Binding("d,delete", "delete", "Delete"),
        Binding("c", "compare", "Compare with previous"),
        Binding("e", "export", "Export"),
        Binding("escape", "app.pop_screen", "Back"),
    ]
    DEFAULT_CSS = """
    HistoryScreen DataTable { height: 1fr; margin: 0 1; }
    HistoryScreen #empty { margin: 1 2; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="attempts", cursor_type="row", zebra_stripes=True)
        yield Label("", id="empty", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "History"
        table = self.query_one(DataTable)
        # The id first: `designtrainer export ID` needs it.
        table.add_columns("#", "Case", "Date", "Mode", "Score", "Time", "Status")
        self._fill()
        table.focus()

    def on_screen_resume(self) -> None:
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        rows = dt_app(self).store.attempts()
        for s in rows:
            table.add_row(
                str(s.id),
                cell(s.case_title),
                time.strftime("%Y-%m-%d %H:%M", time.localtime(s.created_at)),
                cell(s.mode),
                pct(s.score),
                clock(s.seconds),
                "finished" if s.finished_at else "unfinished",
                key=str(s.id),
            )
        self.query_one("#empty", Label).update(
            "" if rows else "No attempts yet: pick a case and start practising."
        )

    def _selected(self) -> int | None:
        key = selected_key(self.query_one(DataTable))
        return int(key) if key is not None else None

    def action_open(self) -> None:
        attempt_id = self._selected()
        if attempt_id is None:
            return
        attempt = dt_app(self).store.get(attempt_id)
        if attempt is None:
            return
        if attempt.finished and attempt.mode == "peer":
            from designtrainer.tui.screens.scorecard import ScorecardScreen

            self.app.push_screen(ScorecardScreen(attempt_id))
            return
        if attempt.finished:
            self.app.push_screen(AttemptView(attempt_id))
            return
        app = dt_app(self)
        if app.library is None or attempt.case_id not in app.library.cases:
            self.app.push_screen(AttemptView(attempt_id))
            return
        self.app.pop_screen()
        if attempt.mode == "peer":
            app.open_peer(attempt.case_id, attempt_id=attempt_id)
        else:
            app.open_case(attempt.case_id, attempt_id=attempt_id)

    def action_export(self) -> None:
        attempt_id = self._selected()
        if attempt_id is not None:
            export_attempt(self, attempt_id)

    def action_compare(self) -> None:
        """The selected attempt against the previous finished attempt at the same case."""
        from designtrainer.review.compare import CompareError, compare, previous_attempt
        from designtrainer.tui.screens.compare import CompareScreen

        attempt_id = self._selected()
        store = dt_app(self).store
        attempt = store.get(attempt_id) if attempt_id is not None else None
        if attempt is None:
            return
        before_id = previous_attempt(store, attempt)
        before = store.get(before_id) if before_id is not None else None
        if before is None:
            self.notify("No earlier finished attempt at this case to compare with.")
            return
        try:
            comparison = compare(before, attempt)
        except CompareError as exc:
            self.notify(str(exc).capitalize(), severity="warning")
            return
        self.app.push_screen(CompareScreen(comparison))

    def action_delete(self) -> None:
        attempt_id = self._selected()
        if attempt_id is None:
            return

        def chosen(choice: str | None) -> None:
            store = dt_app(self).store
            if choice == "delete":
                if write_or_say(self, lambda: store.delete(attempt_id), "delete it") is None:
                    return
                self._fill()
                self.notify("Attempt deleted.")

        self.app.push_screen(
            ChoiceScreen(
                "Delete this attempt for good?", [("keep", "Keep it"), ("delete", "Delete")]
            ),
            chosen,
        )


class AttemptView(Screen[None]):
    """A finished attempt, read-only: its summary, then every answer in full with its checklist.

    Answers are shown as plain wrapped text (not a code block: that cut each paragraph to one
    unwrapped line), exactly as typed; the whole view scrolls from the keyboard.
    """

    BINDINGS = [Binding("escape,q", "app.pop_screen", "Back")]
    DEFAULT_CSS = """
    AttemptView #attempt { padding: 0 2; }
    AttemptView .section-title { text-style: bold; margin-top: 1; }
    AttemptView .answer { margin: 0 0 0 2; }
    AttemptView .checks { margin: 0 0 0 2; }
    """

    def __init__(self, attempt_id: int) -> None:
        super().__init__()
        self.attempt_id = attempt_id

    def compose(self) -> ComposeResult:
        from textual.containers import VerticalScroll
        from textual.widgets import Static

        from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
        from designtrainer.render.summary import summary_markdown
        from designtrainer.tui.text import plain, styled
        from designtrainer.tui.widgets.markdown import SafeMarkdown

        app = dt_app(self)
        attempt = app.store.get(self.attempt_id)
        assert attempt is not None
        budgets: dict[str, int] = {}
        if app.library is not None and attempt.case_id in app.library.cases:
            budgets = {
                s.id: s.time_budget_minutes for s in app.library.case(attempt.case_id).sections
            }
        yield Header()
        with VerticalScroll(id="attempt"):
            yield SafeMarkdown(summary_markdown(attempt, budgets), id="view")
            yield Static(styled("[b]Your answers[/b]"), classes="section-title")
            for sid in SECTION_IDS:
                yield Static(plain(SECTION_TITLES[sid]), classes="section-title")
                answer = attempt.section(sid).answer
                yield Static(
                    plain(answer) if answer.strip() else styled("[dim](empty)[/dim]"),
                    classes="answer",
                    id=f"answer-{sid}",
                )
                checks = self._checks(attempt, sid)
                if checks:
                    yield Static(plain(checks), classes="checks", id=f"checks-{sid}")
        yield Footer()

    @staticmethod
    def _checks(attempt: Attempt, sid: str) -> str:
        """The section's checklist as graded when the attempt was finished."""
        if attempt.result is None:
            return ""
        try:
            items = attempt.result.section(sid).items
        except KeyError:
            return ""
        return "\n".join(
            f"{'✔' if r.met else '~' if r.named else '○'} {r.item.label}" for r in items
        )

    def on_mount(self) -> None:
        self.sub_title = "Attempt (read-only)"
        self.query_one("#attempt").focus()  # arrows, Page Up/Down, Home/End scroll it
