"""Case picker: every case with its level, tags, best score and last attempt; type to filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Label

from designtrainer import sessions
from designtrainer.render.formatting import pct, when
from designtrainer.tui.base import dt_app, flexible_width, selected_key, table_room
from designtrainer.tui.saving import STORE_ERRORS
from designtrainer.tui.text import cell, heading, plain, visible, width_of
from designtrainer.tui.widgets.footer import Footer
from designtrainer.tui.widgets.inert_input import InertInput

if TYPE_CHECKING:
    from designtrainer.loading.library import Library
    from designtrainer.store.attempt import CaseStats


def _tails(library: Library) -> dict[str, str]:
    """ " · <id>" for each case whose title another case also has, else nothing.

    A pack's copy of a bundled case (or two packs' versions of one) can keep its title under
    another id; the rows then read the same. The id is what tells them apart everywhere
    else (the CLI takes it), so it is shown, only where it is needed.
    """
    by_title: dict[str, list[str]] = {}
    for case_id, case in library.cases.items():
        by_title.setdefault(" ".join(case.title.lower().split()), []).append(case_id)
    return {cid: f" · {cid}" for ids in by_title.values() if len(ids) > 1 for cid in ids}


def _title_cell(title: str, tail: str, width: int) -> Text:
    """The title, shortened with "…" so that `tail` (the id telling it apart) stays in view."""
    if not tail:
        return cell(title)
    shown = cell(title)
    shown.truncate(max(1, width - width_of(tail)), overflow="ellipsis")
    return shown + Text(visible(tail), style="dim")


class FilterInput(InertInput):
    """The filter box: Enter submits (starts the highlighted case), and the footer says so."""

    BINDINGS = [Binding("enter", "submit", "Start")]


class PickerScreen(Screen[None]):
    CSS_PATH = "picker.tcss"
    BINDINGS = [
        # Not a priority binding: keys typed just before Enter must reach the filter first.
        Binding("enter", "start", "Start"),
        Binding("f2,ctrl+t", "history", "History"),
        Binding("f3,ctrl+r", "interview", "Interview"),
        Binding("f4", "drill", "Drill"),
        Binding("f5", "progress", "Progress"),
        Binding("down", "cursor(1)", "Next case", show=False, priority=True),
        Binding("up", "cursor(-1)", "Previous case", show=False, priority=True),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield FilterInput(placeholder="Type to filter cases by title or tag…", id="filter")
        yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Label("Loading cases…", id="status", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        dt_app(self).library_ready.subscribe(self, self._fill)
        if (library := dt_app(self).library) is not None:
            self._fill(library)
        self.query_one(Input).focus()

    _stats: dict[str, CaseStats] | None = None
    """Best score, last attempt and unfinished flag per case: read once per visit, so typing
    in the filter never goes back to the store."""

    def on_screen_resume(self) -> None:
        self._stats = None  # attempts may have changed while another screen was on top
        if (library := dt_app(self).library) is not None:
            self._fill(library)

    def on_resize(self, event: events.Resize) -> None:
        """Columns are fitted to the width: refit them, keeping the highlighted case."""
        if (library := dt_app(self).library) is None:
            return
        self._fill(library)

    _filled_query: str | None = None
    """The filter the table was last filled with: refilled with the same one (Enter, a resize,
    coming back from a session), it keeps the highlighted case; a new filter starts at the top."""

    def _fill(self, library: Library) -> None:
        table = self.query_one(DataTable)
        query = self.query_one(Input).value.strip().lower()
        keep = self.selected_case() if query == self._filled_query else None
        self._filled_query = query
        unread = None
        if self._stats is None:
            try:
                self._stats = dt_app(self).store.case_stats(mode="solo")
            except STORE_ERRORS as exc:
                # A full disk can fail even a read (SQLite's journal): list the cases without
                # their scores and say why, rather than end the app over a column of scores
                # (a session open above this screen would lose what was typed).
                unread = f"Could not read your attempts: {exc}"
        stats_by_case = self._stats or {}
        tails = _tails(library)
        rows: list[tuple[str, str, str, str, str, str]] = []
        for case_id in sorted(library.cases, key=lambda i: library.case(i).title):
            case = library.case(case_id)
            haystack = " ".join([case.id, case.title, *case.tags]).lower()
            if query and not all(word in haystack for word in query.split()):
                continue
            stats = stats_by_case.get(case_id)
            last = when(stats.last_updated) if stats else "—"
            if stats and stats.unfinished:
                last += " (unfinished)"
            best = pct(stats.best) if stats and stats.best is not None else "—"
            title = case.title + tails.get(case_id, "")
            rows.append((case_id, title, case.difficulty, best, last, ", ".join(case.tags[:2])))
        self._set_columns(table, rows)
        title_width = table.ordered_columns[0].width
        for case_id, _title, *values in rows:
            table.add_row(
                _title_cell(library.case(case_id).title, tails.get(case_id, ""), title_width),
                *(cell(v) for v in values[: len(table.columns) - 1]),
                key=case_id,
            )
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep))
        shown = len(rows)
        status = self.query_one("#status", Label)
        status.update(
            plain(unread)
            if unread
            else (
                f"{shown} of {len(library.cases)} cases · Enter to start · F1 for help"
                if shown
                else "No case matches the filter."
            )
        )

    @staticmethod
    def _set_columns(
        table: DataTable[object], rows: list[tuple[str, str, str, str, str, str]]
    ) -> None:
        """Level, best score and last attempt always in view (80 columns included); the title
        takes the room they leave, and the tags only what is left after a whole title."""

        def natural(label: str, index: int) -> int:
            return max([len(label), *(width_of(r[index]) for r in rows)])

        table.clear(columns=True)
        room = table_room(table)
        fixed = [natural("Level", 2), natural("Best", 3), natural("Last attempt", 4)]
        title = flexible_width(room, fixed, natural("Case", 1))
        table.add_column(heading("Case"), width=title)
        for label, width in zip(("Level", "Best", "Last attempt"), fixed, strict=True):
            table.add_column(heading(label), width=width)
        tags = room - sum(w + 2 for w in [title, *fixed]) - 2
        if tags >= 12:
            table.add_column(heading("Tags"), width=min(tags, natural("Tags", 5)))

    @on(DataTable.RowHighlighted, "#cases")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        # No row at all when the filter matches nothing (PageDown in the empty list).
        if event.row_key is not None and event.row_key.value is not None:
            dt_app(self).warm_case(event.row_key.value, self)

    @on(Input.Changed, "#filter")
    def _filter(self) -> None:
        if (library := dt_app(self).library) is not None:
            self._fill(library)

    def action_cursor(self, delta: int) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + delta)))

    def selected_case(self) -> str | None:
        return selected_key(self.query_one(DataTable))

    @on(DataTable.RowSelected)
    @on(Input.Submitted, "#filter")
    def _row_selected(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        # Typing and Enter can arrive together: filter with what is typed now, then pick.
        if (library := dt_app(self).library) is not None:
            self._fill(library)
        case_id = self.selected_case()
        if case_id is None:
            return
        resume = sessions.resumable(dt_app(self).store, case_id, "solo")
        if resume.latest is None:
            if resume.busy:
                self.app.notify(sessions.OPEN_ELSEWHERE, severity="warning", timeout=6)
            dt_app(self).open_case(case_id)
            return
        latest = resume.latest

        def chosen(choice: str | None) -> None:
            if choice == "resume":
                dt_app(self).open_case(case_id, attempt_id=latest.id)
            elif choice == "new":
                dt_app(self).open_case(case_id)

        from designtrainer.tui.screens.modals import ChoiceScreen  # see action_history

        self.app.push_screen(
            ChoiceScreen(
                f"You have an unfinished attempt at this case ({when(latest.updated_at)}).",
                [("resume", "Resume it"), ("new", "Start a new attempt")],
            ),
            chosen,
        )

    def action_interview(self) -> None:
        case_id = self.selected_case()
        if case_id is None:
            return
        dt_app(self).open_peer(case_id)

    def action_drill(self) -> None:
        """The due cards; when none are due, the highlighted case's cards (new ones included)."""
        app = dt_app(self)
        if app.open_drill():
            return
        case_id = self.selected_case()
        if case_id is not None and app.open_drill(case_id):
            self.notify("Nothing is due: drilling this case's ideas.", timeout=3)
            return
        self.notify(app.nothing_due(), timeout=4)

    def action_progress(self) -> None:
        dt_app(self).open_progress()

    def action_history(self) -> None:
        # Imported here, not at the top: the history screen brings the grading engine, the
        # markdown widget and the scorecard with it, which the picker's first frame waited
        # for in every fresh process (start to first frame, issue 12). The app's loading
        # thread imports them after that frame.
        from designtrainer.tui.screens.history import HistoryScreen

        self.app.push_screen(HistoryScreen())
