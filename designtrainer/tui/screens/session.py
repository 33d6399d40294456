"""Solo practice, one section at a time: prompt, answer, live checklist, clock, hints, follow-ups.

Stepping, saving, the clock and debounced grading are the shared interview's
(screens/interview.py); this screen adds what a person practising alone sees: the prompt, the
live checklist with why each item counts, hints, the follow-ups after submitting, the reference
answer and exam mode.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Header, Label, OptionList, Static

from designtrainer import sessions
from designtrainer.domain.model import Case
from designtrainer.domain.settings import EXAM_MODE
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.grading.grade import grade
from designtrainer.grading.results import ItemResult, SectionResult
from designtrainer.render.formatting import pct
from designtrainer.render.report import found_under, quotes
from designtrainer.store.attempt import Attempt
from designtrainer.tui.external import edit_externally
from designtrainer.tui.saving import STORE_ERRORS, SaveWarning, reason, try_save
from designtrainer.tui.screens.interview import InterviewScreen, section_steps
from designtrainer.tui.screens.modals import ChoiceScreen, TextScreen
from designtrainer.tui.text import plain, styled, visible
from designtrainer.tui.widgets.answer_area import AnswerArea
from designtrainer.tui.widgets.checklist import Checklist
from designtrainer.tui.widgets.clock import SectionClock
from designtrainer.tui.widgets.footer import Footer
from designtrainer.tui.widgets.scroll_panel import ScrollPanel
from designtrainer.tui.widgets.section_progress import SectionProgress

STYLED_AHEAD: tuple[type[Widget], ...] = (
    Header,
    Horizontal,
    Vertical,
    SectionProgress,
    ScrollPanel,
    Static,
    AnswerArea,
    SectionClock,
    Label,
    Checklist,
    SaveWarning,
    Footer,
)
"""The widget classes `SessionScreen.compose` mounts, in its order. Their default CSS is added
to the app's stylesheet while the picker shows (`DesignTrainerApp._style_ahead`): added as
the session first mounted them, seven new sources were parsed and the stylesheet's rules
indexed again in the middle of opening it, ~10 ms of the first ticks (issue 12)."""


class SessionScreen(InterviewScreen):
    CSS_PATH = "session.tcss"
    # Not priority bindings: they reach the screen through the editor, after every key typed
    # before them, so a fast "type, Ctrl+N" never lands text in the next section.
    BINDINGS = [
        # One key, two names: the footer says "Finish" on the last section (see check_action).
        Binding("ctrl+n", "next_step", "Next section"),
        Binding(
            "ctrl+n",
            "finish",
            "Finish",
            tooltip="on the last section: asks once, then grades every section",
        ),
        # The footer shows what fits 80 columns; F1 and the palette list every key.
        Binding("ctrl+b", "previous_step", "Previous", show=False),
        Binding("ctrl+g", "hint", "Hint"),
        Binding(
            "ctrl+s",
            "submit",
            "Submit",
            tooltip="this section: the interviewer's follow-ups appear",
        ),
        Binding("ctrl+r", "reference", "Reference"),
        Binding("ctrl+o", "toggle_exam", "Exam mode", show=False),
        Binding("f2", "edit_externally", "Edit in your editor", show=False),
        Binding("ctrl+l", "focus_checklist", "Checklist", show=False),
        Binding("f4", "save_copy", "Save a copy", show=False),
        Binding("escape", "leave", "Back to cases", show=False),
    ]

    _exam = False  # read from the settings on mount

    def __init__(
        self, case: Case, attempt_id: int, step: str = "framing", exam: bool = False
    ) -> None:
        super().__init__(case, attempt_id, step)
        self._exam_this_time = exam
        """`practice --exam`: this session starts in exam mode whatever the saved setting."""
        self._unrecorded_hints: dict[str, int] = {}
        """Per section, hints shown whose count could not be written yet (a full disk): shown
        all the same, and written with the next save that works (`save_more`)."""

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        budgets: dict[str, float] = {s.id: s.time_budget_minutes * 60.0 for s in self.case.sections}
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield SectionProgress(section_steps(), id="progress")
                with ScrollPanel(id="prompt-box", reach="Shift+Tab"):
                    yield Static(id="prompt")
                yield self.answer_area("answer")
                with ScrollPanel(id="coach-box"):
                    yield Static(id="coach")
            with Vertical(id="side"):
                yield SectionClock(budgets, id="clock")
                yield Label("Checklist", id="checklist-title")
                yield Checklist(id="checklist")
                yield Static(
                    "Exam mode: the checklist and why each item counts show once you submit "
                    "this section (Ctrl+S). Ctrl+O turns exam mode off.",
                    id="exam-note",
                    classes="muted",
                )
                with ScrollPanel(id="evidence-box"):
                    yield Static(id="evidence")
        yield SaveWarning()
        yield Footer()

    def prepare(self) -> None:
        self.query_one("#prompt-box").border_title = "Interviewer"
        self.query_one("#coach-box").border_title = "Coach"
        self.query_one("#evidence-box").border_title = "Why"
        self._exam = self._exam_this_time or self.store.setting(EXAM_MODE)

    @property
    def exam_mode(self) -> bool:
        return self._exam

    @property
    def results(self) -> dict[str, SectionResult]:
        """Per section, its part of the last grade shown."""
        return {sid: result.section(sid) for sid, result in self.grades.items()}

    def _result(self) -> SectionResult | None:
        result = self.grades.get(self.step)
        return result.section(self.step) if result is not None else None

    # -- moving between sections -----------------------------------------------------------
    def show_step(self) -> None:
        section = self.step
        spec = self.case.section(section)
        self.sub_title = visible(f"{self.case.title} — {SECTION_TITLES[section]}")
        questions = "\n".join(f"  • {q}" for q in spec.guiding_questions)
        self.query_one("#prompt", Static).update(plain(f"{spec.prompt.strip()}\n\n{questions}"))
        prompt_box = self.query_one("#prompt-box", ScrollPanel)
        prompt_box.scroll_home(animate=False)
        prompt_box.content_changed()
        self.area.border_title = f"Your answer — {SECTION_TITLES[section]}"
        self._render_coach()
        self._show_exam()
        self.area.focus()

    def done_steps(self) -> set[str]:
        return {sid for sid in SECTION_IDS if self.attempt.section(sid).submitted}

    def hints_shown(self, section: str) -> int:
        """Hints taken in `section`: those counted in the store and those not written yet."""
        return self.attempt.section(section).hints_used + self._unrecorded_hints.get(section, 0)

    def save_more(self) -> bool:
        """Count the hints a failed write left uncounted; stops at the first that fails."""
        wrote = False
        for section in list(self._unrecorded_hints):
            while self._unrecorded_hints[section]:
                self.store.use_hint(self.attempt_id, section)
                self._unrecorded_hints[section] -= 1
                wrote = True
            del self._unrecorded_hints[section]
        return wrote

    def on_screen(self, attempt: Attempt) -> Attempt:
        """A copy saved elsewhere (F4, quitting on a full disk) counts the hints shown."""
        sections = {
            sid: replace(attempt.section(sid), hints_used=self.hints_shown(sid))
            for sid in self._unrecorded_hints
        }
        return replace(attempt, sections={**attempt.sections, **sections})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+N is "Next section" until the last section, where it is "Finish"."""
        if action == "next_step":
            return not self.on_last()
        if action == "finish":
            return self.on_last()
        if action == "focus_checklist":
            return not self._hidden()  # exam mode: the checklist is not there to focus
        return True

    def action_finish(self) -> None:
        """Finishing cannot be undone (answers are graded and locked): ask once first."""

        def chosen(choice: str | None) -> None:
            if choice == "finish":
                self.finish_now()

        self.app.push_screen(
            ChoiceScreen(
                "Finish this attempt? Every section is graded and you see the summary; "
                "the answers cannot be changed after.",
                [("finish", "Finish"), ("stay", "Keep writing")],
            ),
            chosen,
        )

    def finish(self) -> None:
        result = grade(self.library.compiled(self.case.id), self.attempt.answers)
        if not try_save(
            self.warning, lambda: sessions.finish_solo(self.store, self.attempt_id, result)
        ):
            self._stay()
            return
        self.finished = True
        # Imported here: the summary brings the exporters (YAML, markdown rendering) that the
        # session does not need to open (session memory, issue 12).
        from designtrainer.tui.screens.summary import SummaryScreen

        self.app.switch_screen(SummaryScreen(self.attempt_id))

    # -- rendering -------------------------------------------------------------------------
    def show_grade(self) -> None:
        self._render_checklist()

    def _hidden(self) -> bool:
        return self.exam_mode and not self.attempt.section(self.step).submitted

    def _render_checklist(self) -> None:
        items = self.rubric.section_items(self.step)
        result = self._result()
        by_id = {r.item.id: r for r in result.items} if result else {}
        checklist = self.query_one(Checklist)
        checklist.show(items, by_id, hidden=self._hidden())
        title = self.query_one("#checklist-title", Label)
        if self._hidden():
            title.update("Checklist (exam mode: hidden until you submit)")
        elif result:
            met = sum(r.met for r in result.items)
            named = sum(r.named for r in result.items)
            title.update(
                f"Checklist {met}/{len(result.items)}"
                + (f" · {named} named" if named else "")
                + f" · {pct(result.score)}"
            )
        self._show_evidence()

    def _show_exam(self) -> None:
        """Exam mode hides the rubric itself, not only its ticks: labels and whys are hints.

        Until the section is submitted, the checklist and the Why panel are not shown at all
        (and cannot take the focus); a note says where they went.
        """
        hidden = self._hidden()
        self.query_one(Checklist).display = not hidden
        for why in self.query("#evidence-box, #evidence"):
            why.display = not hidden
        self.query_one("#exam-note").display = hidden
        if hidden and self.focused is self.query_one(Checklist):
            self.area.focus()

    def _render_coach(self) -> None:
        """Hints taken, then (once submitted) the follow-ups: those first, in view at once."""
        state = self.attempt.section(self.step)
        spec = self.case.section(self.step)
        hints = [
            styled("[b]Hint $n/$of:[/b] $hint", n=i + 1, of=len(spec.hints), hint=hint)
            for i, hint in enumerate(spec.hints[: self.hints_shown(self.step)])
        ]
        lines: list[Content] = []
        if state.submitted:
            lines.append(styled("[b]Submitted. The interviewer follows up:[/b]"))
            lines += [plain(f"  • {q}") for q in spec.follow_ups]
            lines.append(
                styled(
                    "[dim]Answer them in your answer above. Ctrl+R shows the reference "
                    "answer. $next[/dim]",
                    next="Ctrl+N finishes the attempt." if self.on_last() else "Ctrl+N moves on.",
                )
            )
        lines += hints
        if not lines:
            lines.append(
                styled(
                    "[dim]Ctrl+G for a hint ($n steps), Ctrl+S to submit this "
                    "section and hear the follow-ups.[/dim]",
                    n=len(spec.hints),
                )
            )
        self.set_class(state.submitted, "-submitted")
        self.query_one("#coach", Static).update(Content("\n").join(lines))
        box = self.query_one("#coach-box", ScrollPanel)
        if state.submitted:
            box.scroll_home(animate=False)  # the follow-ups, at the top
        else:
            box.call_after_refresh(box.scroll_end, animate=False)  # the newest hint
        box.content_changed()
        # The coach grows and the answer box shrinks: keep the cursor where it can be seen.
        self.call_after_refresh(self.area.scroll_cursor_visible)

    @on(OptionList.OptionHighlighted, "#checklist")
    def _show_evidence(self) -> None:
        checklist = self.query_one(Checklist)
        panel = self.query_one("#evidence", Static)
        index = checklist.highlighted
        result = self._result()
        if index is None or result is None or index >= len(result.items) or self._hidden():
            panel.update("[dim]Highlight an item to see why it counts.[/dim]")
            return
        r: ItemResult = result.items[index]
        answers = self.graded_answers.get(self.step, {})
        said = "\n".join(f"“{text}”{note}" for text, note in quotes(r.evidence, answers.get))
        if r.met:
            panel.update(
                styled(
                    "[green]Ticked[/green]$where because you wrote:\n$quotes",
                    where=found_under(r.found_in),
                    quotes=said,
                )
            )
        elif r.named:
            panel.update(
                styled(
                    "[yellow]Named, say why[/yellow]$where: you wrote\n$quotes\n"
                    "[b]Now say why it matters here:[/b] $why",
                    where=found_under(r.found_in),
                    quotes=said,
                    why=r.item.why,
                )
            )
        else:
            why = styled("[b]Why it matters:[/b] $why", why=r.item.why)
            if r.evidence:
                e = r.evidence[0]
                why += styled(
                    "\n[dim]You wrote “$text”, but it is negated ($trigger).[/dim]",
                    text=e.text,
                    trigger=e.trigger or "",
                )
            panel.update(why)

    @on(events.DescendantFocus)
    def _answer_focused(self, event: events.DescendantFocus) -> None:
        """Back in the answer, the checklist highlight (and the evidence it shows) ends."""
        if event.widget is self.area:
            self.query_one(Checklist).highlighted = None
            self._show_evidence()

    def action_focus_checklist(self) -> None:
        self.query_one(Checklist).focus()

    # -- coaching actions ------------------------------------------------------------------
    def action_hint(self) -> None:
        spec = self.case.section(self.step)
        if self.hints_shown(self.step) >= len(spec.hints):
            self.notify("No more hints for this section.", timeout=3)
            return
        # The hint is shown whether or not counting it can be written: a full disk must not
        # keep help from the person (the count is written with the next save that works).
        try:
            self.store.use_hint(self.attempt_id, self.step)
        except STORE_ERRORS as exc:
            self._unrecorded_hints[self.step] = self._unrecorded_hints.get(self.step, 0) + 1
            self.notify(
                f"This hint could not be recorded yet ({reason(exc).removesuffix('.')}); it is "
                "counted once saving works again.",
                timeout=5,
                markup=False,
            )
        else:
            self._reload()
        self._render_coach()

    def action_submit(self) -> None:
        if not self._flush() or not try_save(
            self.warning, lambda: self.store.submit_section(self.attempt_id, self.step)
        ):
            self._stay()
            return
        self._reload()
        self._render_coach()
        self.render_progress()
        self._render_checklist()
        self._show_exam()
        # No toast: the coach says it all, and a toast would cover the follow-ups.

    def action_reference(self) -> None:
        if not self.attempt.section(self.step).submitted:
            self.notify(
                "Submit the section first (Ctrl+S): the reference answer unlocks after.",
                severity="warning",
                timeout=4,
            )
            return
        spec = self.case.section(self.step)
        self.app.push_screen(
            TextScreen(f"Reference answer — {SECTION_TITLES[self.step]}", spec.reference_answer)
        )

    def action_toggle_exam(self) -> None:
        on_now = self._exam = not self._exam
        try_save(self.warning, lambda: self.store.set_setting(EXAM_MODE, on_now))
        self._render_checklist()
        self._show_exam()
        self.notify(
            "Exam mode on: the checklist and the whys stay hidden until you submit a section."
            if on_now
            else "Exam mode off: ticks show as you write.",
            timeout=3,
        )

    def action_edit_externally(self) -> None:
        edit_externally(self, self.area.text, f"{self.case.id}-{self.step}.md", self._edited)

    def _edited(self, text: str) -> None:
        """The answer as the editor left it: saved and graded at once, as if typed."""
        self.area.text = text
        self._flush()
        self._regrade_now()

    # -- command palette -------------------------------------------------------------------
    def palette_commands(self) -> Iterable[SystemCommand]:
        for sid in SECTION_IDS:
            yield SystemCommand(
                f"Go to section: {SECTION_TITLES[sid]}",
                "Jump to this section (your answers are saved)",
                lambda sid=sid: self.go_to(sid),
            )
        yield SystemCommand("Next hint", "Reveal the next hint (Ctrl+G)", self.action_hint)
        yield SystemCommand("Submit section", "Hear the follow-ups (Ctrl+S)", self.action_submit)
        yield SystemCommand(
            "Toggle exam mode",
            "Hide the checklist until you submit (Ctrl+O)",
            self.action_toggle_exam,
        )
        yield SystemCommand("Switch case", "Back to the case picker (Escape)", self.action_leave)
        yield SystemCommand(
            "Save a copy of my answers",
            "As markdown, in a file of its own (F4)",
            self.action_save_copy,
        )
        # Asks first, as Ctrl+N on the last section does: finishing cannot be undone.
        yield SystemCommand(
            "Finish and see the summary", "Grade every section now", self.action_finish
        )
