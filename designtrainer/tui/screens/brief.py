"""The brief: the interviewer's opening, and clarifying questions answered from the case.

Asking no clarifying questions is the most common failure in real interviews, so every question
is recorded and counted in the summary.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from designtrainer import sessions
from designtrainer.clarify import answers_for
from designtrainer.domain.model import Case
from designtrainer.tui.base import dt_app
from designtrainer.tui.saving import write_or_say
from designtrainer.tui.screens.session import SessionScreen
from designtrainer.tui.text import styled
from designtrainer.tui.widgets.footer import Footer
from designtrainer.tui.widgets.inert_input import InertInput


class BriefScreen(Screen[None]):
    CSS_PATH = "brief.tcss"
    BINDINGS = [
        Binding("ctrl+n", "begin", "Start answering", priority=True),
        Binding("escape", "leave", "Back to cases"),
        # The question box keeps the focus; the conversation above it still scrolls (at 80x24
        # a few answers push the opening out of sight). Priority: the box would otherwise
        # claim these keys (and do nothing with them). Said in the brief's own hint and in F1,
        # not the footer: at 80 columns it would push "F1 Help" off the line.
        Binding(
            "pageup", "scroll(-1)", "Scroll", key_display="PgUp/PgDn", show=False, priority=True
        ),
        Binding("pagedown", "scroll(1)", "", show=False, priority=True),
        Binding(
            "up", "scroll_line(-1)", "Scroll a line", key_display="↑/↓", show=False, priority=True
        ),
        Binding("down", "scroll_line(1)", "", show=False, priority=True),
    ]

    def __init__(self, case: Case, attempt_id: int) -> None:
        super().__init__()
        self.case = case
        self.attempt_id = attempt_id

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="conversation"):
            yield Static(
                styled(
                    "[b]$title[/b]  ·  $level  ·  $minutes min",
                    title=self.case.title,
                    level=self.case.difficulty,
                    minutes=self.case.total_minutes,
                ),
                id="case-title",
            )
            # The neutral brief, never the summary: that names the hard parts (a spoiler).
            yield Static(styled("$text", text=self.case.brief or self.case.title), id="case-brief")
            yield Static(
                styled("[b]Interviewer:[/b] $text", text=self.case.opening.strip()),
                classes="interviewer",
            )
            yield Static(
                "Ask clarifying questions before you design (scale, latency, labels, goals…). "
                "Press Ctrl+N when you are ready to start; PgUp and PgDn scroll back through "
                "the conversation.",
                classes="muted",
            )
        yield InertInput(
            placeholder="Ask the interviewer a clarifying question and press Enter", id="question"
        )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Brief"
        attempt = dt_app(self).store.get(self.attempt_id)
        if attempt:
            previous = None
            for q in attempt.questions:  # a multi-part question is stored once per answer
                self._show(None if q.question == previous else q.question, q.answer)
                previous = q.question
        self.query_one(Input).focus()

    def _show(self, question: str | None, answer: str) -> None:
        log = self.query_one("#conversation", VerticalScroll)
        if question is not None:
            log.mount(Static(styled("[b]You:[/b] $text", text=question), classes="candidate"))
        log.mount(Static(styled("[b]Interviewer:[/b] $text", text=answer), classes="interviewer"))
        log.scroll_end(animate=False)

    @on(Input.Submitted, "#question")
    def ask(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        parts = answers_for(self.case, question)
        store = dt_app(self).store

        def save() -> bool:
            store.add_questions(self.attempt_id, question, parts)  # all parts, or none
            return True

        if write_or_say(self, save, "save your question") is None:
            return  # nothing stored: the question stays in the box to ask again
        for n, (_, answer) in enumerate(parts):
            self._show(question if n == 0 else None, answer)
        event.input.value = ""

    def action_scroll(self, pages: int) -> None:
        log = self.query_one("#conversation", VerticalScroll)
        if pages < 0:
            log.scroll_page_up(animate=False)
        else:
            log.scroll_page_down(animate=False)

    def action_scroll_line(self, lines: int) -> None:
        log = self.query_one("#conversation", VerticalScroll)
        log.scroll_relative(y=lines, animate=False)

    def _unasked(self, key: str) -> bool:
        """Whether the box holds a question not asked yet, said with how to go on with `key`.

        The box goes with this screen: a question not yet asked (or a framing written here,
        taken for the answer) would be lost without a word, by Ctrl+N or by Escape."""
        if not self.query_one("#question", Input).value.strip():
            return False
        self.notify(
            f"Your question is not asked yet: Enter asks it, or clear the box, then {key}.",
            severity="warning",
        )
        return True

    def rescue(self) -> str | None:
        """On quit, a question not asked yet is printed on the terminal, not dropped."""
        typed = self.query_one("#question", Input).value.strip()
        return f"Your clarifying question was not asked: {typed}" if typed else None

    def action_begin(self) -> None:
        if self._unasked("Ctrl+N"):
            return
        self.app.switch_screen(SessionScreen(self.case, self.attempt_id, "framing"))

    def action_leave(self) -> None:
        if self._unasked("Escape"):
            return
        store = dt_app(self).store
        write_or_say(self, lambda: sessions.leave(store, self.attempt_id), "release the attempt")
        self.app.pop_screen()
