"""Progress over weeks: scores over time per case, a case x section map, the weakest ideas.

Scores over time are sparklines (Textual's own widget; see the README for why not a plotting
library), one per case with its first, latest and best score. The map shows each section's
score in the latest attempt at each case. The weakest ideas are the review cards most often
missed; Enter drills the highlighted one. Case-file text goes into tables as rich Text, never
as markup strings.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Sparkline, Static

from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.render.formatting import pct
from designtrainer.review.progress import (
    ProgressRow,
    WeakItem,
    by_case,
    heat_map,
    progress_rows,
    weakest_items,
)
from designtrainer.review.schedule import now_utc, when_due
from designtrainer.store.db import Store
from designtrainer.tui.base import dt_app, selected_key, table_room
from designtrainer.tui.saving import STORE_ERRORS, reason
from designtrainer.tui.screens.interview import SHORT_NAMES
from designtrainer.tui.text import heading, plain, visible, width_of
from designtrainer.tui.widgets.footer import Footer

_BANDS = ((0.4, "bold white on red3"), (0.7, "black on yellow3"), (1.01, "black on green3"))


def heat_cell(score: float | None) -> Text:
    """A score as a coloured cell (red under 40%, yellow under 70%, green from 70%)."""
    if score is None:
        return Text("  —  ", justify="center")
    style = next(style for limit, style in _BANDS if score < limit)
    return Text(f" {pct(score):>4} ", style=style, justify="center")


def _short(text: str, width: int) -> Text:
    """Case-file or stored text for a table cell: one line, plain (never markup, control
    characters written out), cut with an ellipsis."""
    text = visible(" ".join(text.split()))
    return Text(text if len(text) <= width else text[: width - 1] + "…")


def _nothing_yet(store: Store) -> str:
    """Why the screen is empty. Peer interviews are someone else's answers, so they are never
    here: with one finished, said so (as the `progress` command says), or it looks missed."""
    if store.attempts(finished=True, mode="peer", limit=1):
        return (
            "No finished solo attempts yet: the peer interviews you ran are in History (F2). "
            "Finish a case yourself and your own attempts appear here."
        )
    return "No finished attempts yet: finish a case and your progress shows here."


class ProgressScreen(Screen[None]):
    CSS_PATH = "progress.tcss"
    BINDINGS = [
        Binding("enter", "drill", "Drill this idea", priority=True),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="body"):
            yield Label("Scores over time", classes="heading")
            yield VerticalScroll(id="charts")
            yield Label("Latest attempt per case, by section", classes="heading")
            yield DataTable(id="heat", cursor_type="none", show_cursor=False)
            yield Label("Weakest ideas across cases · Enter drills one", classes="heading")
            yield DataTable(id="weak", cursor_type="row", zebra_stripes=True)
            yield Static(id="empty", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Progress"
        self._fill()
        self.query_one("#weak", DataTable).focus()

    def on_screen_resume(self) -> None:
        self._fill()

    def on_resize(self, event: events.Resize) -> None:
        """The weakest-ideas columns are fitted to the width: refit them."""
        self._fill()

    def _read(self) -> tuple[list[ProgressRow], list[WeakItem], str]:
        """The attempts, the weakest ideas and what to say when there is none. A damaged page
        in one attempt is said here (Escape goes back), as History says it: raised, it ended
        the app."""
        store = dt_app(self).store
        try:
            rows = progress_rows(store)
            items = weakest_items(store.cards(), store.review_log())
            return rows, items, "" if rows else _nothing_yet(store)
        except STORE_ERRORS as exc:
            return [], [], f"Could not read your progress: {reason(exc)}"

    def _fill(self) -> None:
        app = dt_app(self)
        rows, items, empty = self._read()
        titles = {r.case_id: r.case_title for r in rows}
        charts = self.query_one("#charts", VerticalScroll)
        charts.remove_children()
        for case_id, mine in by_case(rows).items():
            scores = [r.score for r in mine]
            figures = (
                f"{pct(scores[0])} → {pct(scores[-1])} · best {pct(max(scores))} · {len(scores)}×"
            )
            charts.mount(
                Horizontal(
                    Static(plain(titles[case_id]), classes="chart-title"),
                    Sparkline([s * 100 for s in scores], classes="chart"),
                    Static(Content(figures), classes="chart-figures"),
                    classes="chart-row",
                )
            )
        heat = self.query_one("#heat", DataTable)
        heat.clear(columns=True)
        heat.add_column(heading("Case"), key="case")
        for sid in SECTION_IDS:
            heat.add_column(heading(SHORT_NAMES[sid]), key=sid)
        for case_id, sections in heat_map(rows).items():
            heat.add_row(
                _short(titles[case_id], 34), *(heat_cell(sections.get(sid)) for sid in SECTION_IDS)
            )
        weak = self.query_one("#weak", DataTable)
        keep = selected_key(weak)
        weak.clear(columns=True)
        now = now_utc()
        cells = []
        for w in items:
            title = titles.get(w.case_id) or (
                app.library.case(w.case_id).title
                if app.library and w.case_id in app.library.cases
                else w.case_id
            )
            due = when_due(w.due, now) if w.due is not None else "—"
            cells.append((w.label, title, SHORT_NAMES.get(w.section, w.section), w.summary, due))
        # Section, record and next review always in view (80 columns included); the idea and
        # the case share the room they leave, the idea most (each cut with "…" if need be).
        labels = ("Idea", "Case", "Section", "Record", "Next review")
        widths = [
            max([len(label), *(width_of(c[i]) for c in cells)]) for i, label in enumerate(labels)
        ]
        left = table_room(self) - 2 - sum(w + 2 for w in widths[2:]) - 2  # the body scrolls too
        idea = max(18, min(widths[0], 44, left * 2 // 3))
        case = max(10, min(widths[1], 22, left - idea))
        for label, width in zip(labels, [idea, case, *widths[2:]], strict=True):
            weak.add_column(heading(label), width=width)
        for w, (label, title, *rest) in zip(items, cells, strict=True):
            weak.add_row(
                _short(label, idea), _short(title, case), *rest, key=f"{w.case_id}\t{w.item_id}"
            )
        if keep is not None and keep in weak.rows:
            weak.move_cursor(row=weak.get_row_index(keep))
        self.query_one("#empty", Static).update(plain(empty))

    def action_drill(self) -> None:
        key = selected_key(self.query_one("#weak", DataTable))
        if key is None:
            return
        case_id, item_id = key.split("\t", 1)
        app = dt_app(self)
        if app.library is None or case_id not in app.library.cases:
            self.notify("That case is no longer in the library.", severity="warning")
            return
        app.open_drill(case_id, 1, item_id)
