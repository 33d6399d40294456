"""The interviewer's console for a peer mock interview: one person asks, the other answers.

Per section the interviewer sees what to read out, the probes to ask, what good looks like by
level, the answers to give to clarifying questions and what to listen for; they tick the rubric
items and red flags they hear, jot notes and rate the section 1-4. A last wrap-up step rates
communication. The candidate's own notes can be pasted per section: the checker grades them in a
worker thread and its findings are shown as suggestions, apart from the interviewer's ticks.

Stepping, saving (the pasted notes as the attempt's answers, the time per section), the clock
and the debounced checker are the shared interview's (screens/interview.py), paced by the app's
`Timing` (shortened and frozen in tests); the review is saved with them, at most a second after
it changes, with `store.save_peer`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import ContentSwitcher, Header, Static, TextArea

from designtrainer import sessions
from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import (
    RATING_LABELS,
    SECTION_IDS,
    SECTION_TITLES,
    SIGNALS,
)
from designtrainer.grading.grade import grade
from designtrainer.grading.results import GradeResult
from designtrainer.render.formatting import plural
from designtrainer.store.attempt import Attempt
from designtrainer.tui.saving import SaveWarning, try_save
from designtrainer.tui.screens.interview import InterviewScreen, section_steps
from designtrainer.tui.screens.modals import ChoiceScreen, TextScreen
from designtrainer.tui.screens.peer_guide import (
    clarification_items,
    guide_text,
    wrapup_text,
)
from designtrainer.tui.screens.scorecard import ScorecardScreen
from designtrainer.tui.text import visible
from designtrainer.tui.widgets.answer_area import AnswerArea
from designtrainer.tui.widgets.clock import TOTAL, SectionClock
from designtrainer.tui.widgets.footer import Footer
from designtrainer.tui.widgets.scroll_panel import ScrollPanel
from designtrainer.tui.widgets.section_marks import SectionMarks
from designtrainer.tui.widgets.section_progress import SectionProgress
from designtrainer.tui.widgets.signals import SignalList
from designtrainer.tui.widgets.suggestions import Suggestions, suggested
from designtrainer.tui.widgets.text_area import InertTextArea
from designtrainer.tui.widgets.ticklist import TickList

WRAPUP = "wrapup"
STEPS: tuple[str, ...] = (*SECTION_IDS, WRAPUP)
SECTION_ONLY = {"toggle_candidate", "accept_suggestions", "reference"}


class PeerScreen(InterviewScreen):
    CSS_PATH = "peer.tcss"
    STEPS = STEPS
    TIME_EVERY = 10.0
    STAY = "Staying here: the interview could not be saved. F4 saves a copy of it."
    LEFT = "Saved. Interview the case again (F3) to resume."
    BINDINGS = [
        # Keys that act on a section are not priority bindings (no widget here uses them), so
        # they reach the screen in the order typed: "3" then Ctrl+N rates the section "3" was
        # pressed in. Keys that move the focus are: the next key goes where they put it.
        # One key, two names: "Finish" at the wrap-up (see check_action).
        Binding("ctrl+n", "next_step", "Next section"),
        Binding("ctrl+n", "finish", "Finish", tooltip="at the wrap-up: shows the scorecard"),
        # The footer shows what fits 80 columns (no palette key: Ctrl+P is in F1); F1 and the
        # palette list every key.
        Binding("ctrl+b", "previous_step", "Previous", show=False),
        Binding(
            "1",
            "rate(1)",
            "Rate",
            key_display="1-4",
            tooltip="the section (1 strong no hire … 4 strong hire); at wrap-up the signal "
            "marked ▸, which stays marked: ↑ / ↓ move to another",
        ),
        Binding("2", "rate(2)", "", show=False),
        Binding("3", "rate(3)", "", show=False),
        Binding("4", "rate(4)", "", show=False),
        Binding("0", "rate(0)", "Clear the rating", show=False),
        Binding("ctrl+o", "toggle_candidate", "Candidate notes", priority=True),
        Binding("ctrl+t", "accept_suggestions", "Tick suggested"),
        Binding("ctrl+l", "focus_ticks", "Checklist", show=False, priority=True),
        Binding("ctrl+r", "reference", "Reference answer", show=False),
        Binding("escape", "leave", "Back to cases", show=False),
        Binding("f4", "save_copy", "Save a copy", show=False),
    ]

    review = PeerReview()
    """The interviewer's review as on screen (saved by every autosave)."""
    _saved_review = PeerReview()

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        steps = [*section_steps(), (WRAPUP, "Wrap-up", "Wrap-up")]
        budgets: dict[str, float] = {s.id: s.time_budget_minutes * 60.0 for s in self.case.sections}
        yield Header()
        with Horizontal(id="top"):
            yield SectionProgress(steps, id="progress")
            yield SectionClock(budgets, self.case.total_minutes * 60.0, id="clock")
        with Horizontal(id="body"):
            with ContentSwitcher(id="left", initial="guide-box"):
                with ScrollPanel(id="guide-box", reach="Shift+Tab"):
                    yield Static(id="guide")
                    yield TickList(id="asked")
                    yield Static(id="guide-after")
                with Vertical(id="candidate-pane"):
                    yield self.answer_area("candidate")
                    with ScrollPanel(id="suggest-box"):
                        yield Suggestions(id="suggest")
            with ContentSwitcher(id="right", initial="section-pane"):
                yield SectionMarks(id="section-pane")
                with Vertical(id="wrapup-pane"):
                    yield SignalList(id="signals")
                    yield InertTextArea(id="comm-notes", soft_wrap=True)
        yield SaveWarning()
        yield Footer(show_command_palette=False)

    def prepare(self) -> None:
        self.marks = self.query_one(SectionMarks)
        self.ticks, self.flags, self.notes = self.marks.ticks, self.marks.flags, self.marks.notes
        self.signals = self.query_one(SignalList)
        self.comm_notes = self.query_one("#comm-notes", TextArea)
        self.sub_title = visible(f"Interviewing: {self.case.title}")
        self.query_one("#guide-box").border_title = "Interviewer's guide"
        self.query_one("#suggest-box").border_title = "Checker suggests"
        self.signals.border_title = "Communication"
        self.comm_notes.border_title = "Communication notes"
        self.review = self._saved_review = self.attempt.peer or PeerReview()
        self.comm_notes.text = self.review.communication_notes
        self.query_one("#asked", TickList).show(clarification_items(self.case), self._asked())
        if self.step == self.attempt.current_section and self.step == SECTION_IDS[-1]:
            started_wrapup = self.review.communication or self.review.communication_notes
            self.step = WRAPUP if started_wrapup else self.step
        self._warm_up()

    @property
    def candidate(self) -> AnswerArea:
        """The candidate's notes, pasted by the interviewer (the attempt's answers)."""
        return self.area

    @property
    def checked(self) -> dict[str, tuple[str, GradeResult]]:
        """section -> (the pasted text the checker read, what it found)."""
        return {sid: (self.graded_text[sid], result) for sid, result in self.grades.items()}

    @work(thread=True, group="peer-warm")
    def _warm_up(self) -> None:
        """Compile the rubric now, so the first pasted notes are checked at once."""
        self.library.compiled(self.case.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Section-only keys are hidden at wrap-up, where Ctrl+N says "Finish"."""
        if action == "next_step":
            return not self.on_last()
        if action == "finish":
            return self.on_last()
        return not (action in SECTION_ONLY and self.section is None)

    def action_finish(self) -> None:
        self.finish_now()

    # -- moving between steps --------------------------------------------------------------
    def show_step(self) -> None:
        right = self.query_one("#right", ContentSwitcher)
        left = self.query_one("#left", ContentSwitcher)
        step = self.section
        if step is None:
            left.current = "guide-box"
            right.current = "wrapup-pane"
            self.signals.show(self.review.communication)
            self._render_guide()
            self.signals.focus()
        else:
            # remembers where we are
            try_save(self.warning, lambda: self.store.add_seconds(self.attempt_id, step, 0.0))
            right.current = "section-pane"
            self.candidate.border_title = f"Candidate's notes — {SECTION_TITLES[step]} (paste)"
            self.marks.show(self.rubric, self.review, step)
            self._render_ticks_title()
            self._render_guide()
            self._render_suggestions()
            (self.candidate if left.current == "candidate-pane" else self.ticks).focus()
        guide_box = self.query_one("#guide-box", ScrollPanel)
        guide_box.scroll_home(animate=False)
        guide_box.content_changed()

    def done_steps(self) -> set[str]:
        done: set[str] = {sid for sid in SECTION_IDS if sid in self.review.ratings}
        if len(self.review.communication) == len(SIGNALS):
            done.add(WRAPUP)
        return done

    # -- saving ----------------------------------------------------------------------------
    def capture(self) -> None:
        """Fold what the widgets show into the review (their change events may be pending)."""
        if self.section is not None:
            self.review = self.marks.capture(self.rubric, self.review, self.section)
        else:
            self.review = self.review.note_communication(self.comm_notes.text)

    def save_more(self) -> bool:
        if self.review == self._saved_review:
            return False
        self.review = self.review.decided(self.rubric.items, self.rubric.red_flags)
        self.store.save_peer(self.attempt_id, self.review)
        self._saved_review = self.review
        return True

    def on_screen(self, attempt: Attempt) -> Attempt:
        return replace(attempt, peer=self.review)

    # -- the interviewer's input -----------------------------------------------------------
    @on(TickList.Toggled, "#ticks")
    def _tick_toggled(self) -> None:
        self.capture()
        self._render_ticks_title()
        self._render_suggestions()

    def _asked(self) -> set[str]:
        """The clarifications recorded as asked (questions matched to one of the case's)."""
        return {str(q.clarification) for q in self.attempt.questions if q.clarification is not None}

    @on(TickList.Toggled, "#asked")
    def _asked_toggled(self, event: TickList.Toggled) -> None:
        """Record (or unrecord) a clarifying question at once, as the candidate's own."""
        index = int(event.item_id)
        clarification = self.case.clarifications[index]
        asked = event.item_id in event.tick_list.ticked

        def save() -> None:
            if asked:
                self.store.add_question(
                    self.attempt_id, clarification.question, clarification.answer, index
                )
            else:
                self.store.forget_clarification(self.attempt_id, index)
            self._reload()

        if not try_save(self.warning, save):
            event.tick_list.set_ticked(event.item_id, not asked)  # show what is saved

    @on(TickList.Toggled, "#flags")
    def _flag_toggled(self) -> None:
        self.capture()

    @on(SectionClock.Overrun)
    def _overrun(self, event: SectionClock.Overrun) -> None:
        if event.key == TOTAL:
            message = f"The interview is past its {self.case.total_minutes} minutes."
        else:
            budget = self.case.section(event.key).time_budget_minutes
            message = (
                f"{SECTION_TITLES[event.key]} is over its {budget}-minute budget: "
                "move the candidate on (Ctrl+N)."
            )
        self.notify(message, severity="warning", timeout=6)

    def action_rate(self, value: int) -> None:
        """1-4 rate the section; at wrap-up, the highlighted signal (which stays highlighted)."""
        rating = value if value in RATING_LABELS else None
        if self.section is None:
            self.signals.rate(rating)  # posts SignalList.Rated
            return
        self.review = self.review.rate(self.section, rating)
        self.marks.show_rating(rating)
        self.render_progress()

    @on(SignalList.Rated)
    def _signal_rated(self, event: SignalList.Rated) -> None:
        self.review = self.review.rate_signal(event.signal, event.rating)
        self._render_guide()
        self.render_progress()

    def action_focus_ticks(self) -> None:
        (self.ticks if self.section is not None else self.signals).focus()

    def action_toggle_candidate(self) -> None:
        if self.section is None:
            self.notify("Candidate notes belong to a section; go back with Ctrl+B.", timeout=3)
            return
        left = self.query_one("#left", ContentSwitcher)
        if left.current == "candidate-pane":
            left.current = "guide-box"
            self.ticks.focus()
        else:
            left.current = "candidate-pane"
            self.candidate.focus()

    def action_accept_suggestions(self) -> None:
        found = self._suggested()
        if self.section is None or not found:
            self.notify("The checker has nothing to suggest here.", timeout=3)
            return
        for item_id in found:
            self.ticks.set_ticked(item_id, True)
        self.capture()
        self._render_suggestions()
        self._render_ticks_title()
        self.render_progress()
        self.notify(
            f"Ticked {plural(len(found), 'item')} the checker found in the notes.", timeout=3
        )

    def action_reference(self) -> None:
        if self.section is None:
            return
        spec = self.case.section(self.section)
        self.app.push_screen(
            TextScreen(f"Reference answer — {SECTION_TITLES[self.section]}", spec.reference_answer)
        )

    # -- the checker on pasted notes -------------------------------------------------------
    def _regrade_now(self, entering: bool = False) -> None:
        if self.section is None:
            return
        notes = {**self.attempt.answers, self.section: self.candidate.text}
        if not any(text.strip() for text in notes.values()):
            self.grades.pop(self.section, None)
            self._render_suggestions()
            self._render_ticks_title()
            return
        if self.graded_answers.get(self.section) != notes:
            super()._regrade_now(entering)

    def show_grade(self) -> None:
        self._render_suggestions()
        self._render_ticks_title()

    def _suggested(self) -> list[str]:
        """This section's items the checker found applied that are not ticked yet."""
        if self.section is None:
            return []
        ticked = set(self.review.ticks.get(self.section, ()))
        return suggested(self.grades.get(self.section), self.section, ticked)

    # -- rendering -------------------------------------------------------------------------
    def _render_guide(self) -> None:
        guide, after = self.query_one("#guide", Static), self.query_one("#guide-after", Static)
        if self.section is not None:
            before, rest = guide_text(self.case, self.rubric, self.section)
            guide.update(before)
            after.update(rest)
        else:
            guide.update(wrapup_text(self.case, self.rubric, self.review, self.attempt))
            after.update("")
        after.display = self.section == "framing"

    def _render_ticks_title(self) -> None:
        if self.section is not None:
            self.marks.show_counts(self.rubric, self.review, self.section, len(self._suggested()))

    def _render_suggestions(self) -> None:
        if self.section is not None:
            self.query_one(Suggestions).show(
                self.grades.get(self.section),
                self.section,
                set(self.review.ticks.get(self.section, ())),
                pasted=bool(self.candidate.text.strip()),
            )

    # -- finishing -------------------------------------------------------------------------
    def finish(self) -> None:
        missing = self.review.missing_ratings
        if not missing:
            self._complete()
            return

        def chosen(choice: str | None) -> None:
            if choice == "finish":
                self._complete()

        self.app.push_screen(
            ChoiceScreen(
                f"{plural(len(missing), 'rating')} still missing. Finish the interview anyway?",
                [("rate", "Keep rating"), ("finish", "Finish and score")],
            ),
            chosen,
        )

    def _complete(self) -> None:
        if not self._flush():
            self._stay()
            return
        checker = grade(self.library.compiled(self.case.id), self.attempt.answers)

        def save() -> None:
            self.review = sessions.finish_peer(
                self.store, self.attempt_id, self.rubric, self.review, checker
            )

        if not try_save(self.warning, save):
            self._stay()
            return
        self.finished = True
        self.app.switch_screen(ScorecardScreen(self.attempt_id))

    # -- command palette -------------------------------------------------------------------
    def palette_commands(self) -> Iterable[SystemCommand]:
        for step in STEPS:
            title = SECTION_TITLES.get(step, "Wrap-up")
            yield SystemCommand(
                f"Go to: {title}",
                "Jump there (everything is saved)",
                lambda step=step: self.go_to(step),
            )
        yield SystemCommand(
            "Candidate notes",
            "Paste what the candidate wrote (Ctrl+O)",
            self.action_toggle_candidate,
        )
        yield SystemCommand(
            "Tick the checker's suggestions", "Ctrl+T", self.action_accept_suggestions
        )
        yield SystemCommand(
            "Finish and see the scorecard", "Score the interview now", self.finish_now
        )
        yield SystemCommand("Switch case", "Back to the case picker (Escape)", self.action_leave)
        yield SystemCommand(
            "Save a copy of the interview",
            "As markdown, in a file of its own (F4)",
            self.action_save_copy,
        )
