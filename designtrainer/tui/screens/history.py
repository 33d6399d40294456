"""Past attempts: open one read-only, resume an unfinished one, delete with confirmation."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Static

from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.render.formatting import clock, pct, stamp
from designtrainer.render.summary import summary_markdown
from designtrainer.review.compare import CompareError, compare, previous_attempt
from designtrainer.store.attempt import Attempt, AttemptSummary
from designtrainer.tui.base import dt_app, flexible_width, selected_key, table_room
from designtrainer.tui.saving import write_or_say
from designtrainer.tui.screens.compare import CompareScreen
from designtrainer.tui.screens.export import export_attempt
from designtrainer.tui.screens.modals import ChoiceScreen
from designtrainer.tui.screens.scorecard import ScorecardScreen
from designtrainer.tui.text import cell, heading, plain, styled, width_of
from designtrainer.tui.widgets.footer import Footer
from designtrainer.tui.widgets.markdown import SafeMarkdown

PAGE = 200
"""Attempts shown at a time, newest first; reaching the last row shown brings the next page."""

LABELS = ("#", "Case", "Date", "Mode", "Score", "Time")
"""The id first: `designtrainer export ID` needs it. The case title takes the room left."""


def _row(s: AttemptSummary) -> tuple[str, ...]:
    return (
        str(s.id),
        s.case_title,
        # Last worked on, the order of the list: a resumed old attempt comes first, dated today.
        stamp(s.updated_at),
        s.mode,
        # An unfinished attempt has no score: the column says so (a Status column would push
        # the time off an 80-column screen).
        pct(s.score) if s.finished_at else "unfinished",
        clock(s.seconds),
    )


class HistoryScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open", "Open", priority=True),
        Binding("d,delete", "delete", "Delete"),
        Binding("c", "compare", "Compare"),  # with the previous attempt; 80 columns
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
        self.query_one(DataTable).focus()

    _has_more = False
    """Older attempts than those shown exist (see `_more`)."""
    _fitted = -1
    """The width the columns were fitted to (a resize to another width refits them)."""

    def on_screen_resume(self) -> None:
        """Filled here only (this runs when the screen first shows too), and again on return."""
        self._fill()

    def on_resize(self, event: events.Resize) -> None:
        """Columns are fitted to the width: refit them, keeping the highlighted attempt."""
        if self._fitted in (-1, table_room(self)):
            return
        keep = self._selected()
        self._fill()
        table = self.query_one(DataTable)
        if keep is not None and str(keep) in table.rows:
            table.move_cursor(row=table.get_row_index(str(keep)))

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        self._shown: set[int] = set()
        rows = self._page()

        def natural(label: str, index: int) -> int:
            return max([len(label), *(width_of(r[index]) for r in rows)])

        # Fitted to the first page: older pages rarely hold a longer title, and one that does
        # ends in "…" like any other at this width.
        self._fitted = table_room(self)
        fixed = [natural(label, i) for i, label in enumerate(LABELS) if i != 1]
        widths = [*fixed[:1], flexible_width(self._fitted, fixed, natural("Case", 1)), *fixed[1:]]
        for label, width in zip(LABELS, widths, strict=True):
            table.add_column(heading(label), width=width)
        self._add(rows)
        self.query_one("#empty", Label).update(
            "" if rows else "No attempts yet: pick a case and start practising."
        )

    def _page(self) -> list[tuple[str, ...]]:
        """The next page of attempts, newest first: a long history opens at once."""
        summaries = dt_app(self).store.attempts(limit=PAGE + 1, offset=len(self._shown))
        self._has_more = len(summaries) > PAGE
        # An attempt saved meanwhile moves older ones down a page: skip those already shown.
        return [_row(s) for s in summaries[:PAGE] if s.id not in self._shown]

    def _add(self, rows: list[tuple[str, ...]]) -> None:
        table = self.query_one(DataTable)
        for row in rows:
            self._shown.add(int(row[0]))
            table.add_row(*(cell(v) for v in row), key=row[0])

    @on(DataTable.RowHighlighted)
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        if self._has_more and event.cursor_row >= event.data_table.row_count - 1:
            self._add(self._page())

    def _selected(self) -> int | None:
        key = selected_key(self.query_one(DataTable))
        return int(key) if key is not None else None

    def _read(self, attempt_id: int | None) -> Attempt | None:
        """The attempt in full; a read that fails (a damaged page of its answers: the list
        reads other pages) is a message naming it, and the list stays."""
        if attempt_id is None:
            return None
        store = dt_app(self).store
        return write_or_say(self, lambda: store.get(attempt_id), f"read attempt #{attempt_id}")

    def action_open(self) -> None:
        attempt_id = self._selected()
        attempt = self._read(attempt_id)
        if attempt_id is None or attempt is None:
            return
        if attempt.finished and attempt.mode == "peer":
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
        store = dt_app(self).store
        attempt = self._read(self._selected())
        if attempt is None:
            return
        before_id = previous_attempt(store, attempt)
        if before_id is None:
            self.notify("No earlier finished attempt at this case to compare with.")
            return
        before = self._read(before_id)
        if before is None:
            return
        try:
            comparison = compare(before, attempt)
        except CompareError as exc:
            self.notify(str(exc).capitalize(), severity="warning")
            return
        self.app.push_screen(CompareScreen(comparison))

    def action_delete(self) -> None:
        attempt_id = self._selected()
        store = dt_app(self).store
        attempt = self._read(attempt_id)
        if attempt_id is None or attempt is None:
            return
        if store.in_use_elsewhere(attempt_id):
            # Deleted under it, that window's next autosave would fail with a database error.
            self.notify(
                f"Attempt #{attempt_id} is open in another designtrainer window: leave it "
                "there first, then delete it here.",
                severity="warning",
            )
            return

        def chosen(choice: str | None) -> None:
            if choice == "delete":
                if write_or_say(self, lambda: store.delete(attempt_id), "delete it") is None:
                    return
                self._fill()
                self.notify("Attempt deleted.")

        # Named in full: the id (what `export` takes), the case and the date, so the dialog
        # cannot be confirmed for the wrong row.
        started = stamp(attempt.created_at)
        status = "finished" if attempt.finished else "unfinished"
        self.app.push_screen(
            ChoiceScreen(
                f"Delete attempt #{attempt.id} for good?\n{attempt.case_title}\n"
                f"{attempt.mode}, {status}, started {started}",
                [("keep", "Keep it"), ("delete", "Delete")],
            ),
            chosen,
        )


class AttemptView(Screen[None]):
    """A finished attempt, read-only: its summary, then every answer in full with its checklist.

    Answers are shown as plain wrapped text (not a code block: that cut each paragraph to one
    unwrapped line), exactly as typed; the whole view scrolls from the keyboard.
    """

    BINDINGS = [
        Binding("e", "export", "Export"),
        Binding("escape,q", "app.pop_screen", "Back"),
    ]
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
        app = dt_app(self)
        attempt = app.store.get(self.attempt_id)
        assert attempt is not None
        budgets: dict[str, int] = {}
        case = None
        if app.library is not None and attempt.case_id in app.library.cases:
            case = app.library.case(attempt.case_id)
            budgets = {s.id: s.time_budget_minutes for s in case.sections}
        yield Header()
        with VerticalScroll(id="attempt"):
            # with the case, the summary also names the clarifications that were not asked
            yield SafeMarkdown(summary_markdown(attempt, budgets, case), id="view")
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

    def action_export(self) -> None:
        """The same dialog as the History list's `e`: reading an attempt is when one sends it."""
        export_attempt(self, self.attempt_id)
