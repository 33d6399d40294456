"""Progress over weeks: scores over time per case, a case x section map, the weakest ideas.

Scores over time are sparklines (Textual's own widget; see the README for why not a plotting
library), one per case with its first, latest and best score. The map shows each section's
score in the latest attempt at each case. The weakest ideas are the review cards most often
missed; Enter drills the highlighted one. Case-file text goes into tables as rich Text, never
as markup strings.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, Sparkline, Static

from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.render.formatting import pct
from designtrainer.review.progress import by_case, heat_map, progress_rows, weakest_items
from designtrainer.review.schedule import now_utc, when_due
from designtrainer.tui.base import dt_app, selected_key
from designtrainer.tui.screens.interview import SHORT_NAMES

_BANDS = ((0.4, "bold white on red3"), (0.7, "black on yellow3"), (1.01, "black on green3"))


def heat_cell(score: float | None) -> Text:
    """A score as a coloured cell (red under 40%, yellow under 70%, green from 70%)."""
    if score is None:
        return Text("  —  ", justify="center")
    style = next(style for limit, style in _BANDS if score < limit)
    return Text(f" {pct(score):>4} ", style=style, justify="center")


def _short(text: str, width: int) -> Text:
    """Case-file text for a table cell: one line, plain (never markup), cut with an ellipsis."""
    text = " ".join(text.split())
    return Text(text if len(text) <= width else text[: width - 1] + "…")


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

    def _fill(self) -> None:
        app = dt_app(self)
        rows = progress_rows(app.store)
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
                    Static(Content(titles[case_id]), classes="chart-title"),
                    Sparkline([s * 100 for s in scores], classes="chart"),
                    Static(Content(figures), classes="chart-figures"),
                    classes="chart-row",
                )
            )
        heat = self.query_one("#heat", DataTable)
        heat.clear(columns=True)
        heat.add_column("Case", key="case")
        for sid in SECTION_IDS:
            heat.add_column(SHORT_NAMES[sid], key=sid)
        for case_id, sections in heat_map(rows).items():
            heat.add_row(
                _short(titles[case_id], 34), *(heat_cell(sections.get(sid)) for sid in SECTION_IDS)
            )
        weak = self.query_one("#weak", DataTable)
        weak.clear(columns=True)
        weak.add_columns("Idea", "Case", "Section", "Record", "Next review")
        now = now_utc()
        for w in weakest_items(app.store.cards(), app.store.review_log()):
            title = titles.get(w.case_id) or (
                app.library.case(w.case_id).title
                if app.library and w.case_id in app.library.cases
                else w.case_id
            )
            weak.add_row(
                _short(w.label, 44),
                _short(title, 22),
                SHORT_NAMES.get(w.section, w.section),
                w.summary,
                when_due(w.due, now) if w.due is not None else "—",
                key=f"{w.case_id}\t{w.item_id}",
            )
        self.query_one("#empty", Static).update(
            "" if rows else "No finished attempts yet: finish a case and your progress shows here."
        )

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
