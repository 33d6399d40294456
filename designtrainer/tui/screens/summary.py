"""The summary of a finished attempt: what the rubric found, what was missed and why.

Built from the stored grade (labels and whys included), so it reads the same after the case
file changes. Also used read-only from history.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

from designtrainer.clarify import unasked_clarifications
from designtrainer.domain.model import Case
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.render.export import markdown_inline
from designtrainer.render.formatting import clock, pct
from designtrainer.render.insights import depth_markdown
from designtrainer.store.attempt import Attempt
from designtrainer.tui.base import dt_app, export_attempt


def summary_markdown(attempt: Attempt, budgets: dict[str, int], case: Case | None = None) -> str:
    """The summary as markdown (pure: tested without a terminal). With the case, it also names
    the clarifications not asked."""
    result: dict[str, Any] = attempt.result or {}
    out = [f"# {attempt.case_title}", ""]
    out.append(
        f"**Overall: {pct(result.get('score'))}**  ·  time {clock(attempt.seconds)}"
        f"  ·  hints used {attempt.hints_used}  ·  clarifying questions "
        f"{len(attempt.questions)}"
    )
    out.append("")
    for level in ("core", "senior", "staff"):
        info = result.get("levels", {}).get(level)
        if info:
            out.append(f"- {info['verdict']}")
    if not attempt.questions:
        out += [
            "",
            "> **You asked no clarifying questions.** In a real interview that is the most "
            "common reason for a weak start: ask about scale, latency, labels and the goal "
            "before designing.",
        ]
    # Red flags first: they are what an interviewer remembers.
    flags = result.get("red_flags", [])
    if flags:
        out += ["", "## Red flags", ""]
        for f in flags:
            quoted = f" (“{f['evidence'][0]['text']}”)" if f.get("evidence") else ""
            out.append(f"- ⚠ {f['message']}{quoted}")
    out += [
        "",
        "## Sections",
        "",
        "| Section | Score | Time | Budget | Hints |",
        "|---|---|---|---|---|",
    ]
    sections = {s["id"]: s for s in result.get("sections", [])}
    for sid in SECTION_IDS:
        state = attempt.section(sid)
        budget = budgets.get(sid)
        over = budget is not None and state.seconds > budget * 60
        spent = clock(state.seconds) + (" (over)" if over else "")
        out.append(
            f"| {SECTION_TITLES[sid]} | {pct(sections.get(sid, {}).get('score'))} | {spent} | "
            f"{f'{budget}:00' if budget else '—'} | {state.hints_used} |"
        )
    missed = [
        (sid, item)
        for sid in SECTION_IDS
        for item in sections.get(sid, {}).get("items", [])
        if not item["met"]
    ]
    if missed:
        out += ["", "## What you missed", ""]
        for sid, item in missed:
            out.append(
                f"- **{item['label']}** ({SECTION_TITLES[sid]}, {item['level']}): "
                f"{item.get('why', '')}"
            )
    answers: dict[str, str] = {sid: attempt.section(sid).answer for sid in SECTION_IDS}
    out += depth_markdown(answers, markdown_inline)
    if attempt.questions:
        out += ["", "## Clarifying questions", ""]
        for q in attempt.questions:
            out.append(f"- **{q.question}** — {q.answer}")
    if case is not None:
        unasked = unasked_clarifications(case, (q.clarification for q in attempt.questions))
        if unasked:
            out += ["", "## Questions you did not ask", ""]
            out += [f"- {markdown_inline(case.clarifications[i].question)}" for i in unasked]
    return "\n".join(out) + "\n"


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
            yield Markdown(id="summary")
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
