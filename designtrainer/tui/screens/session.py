"""One section of the interview: prompt, answer, live checklist, clock, hints, follow-ups.

Typing never waits for grading: each change restarts a short debounce, and grading runs in a
worker thread that posts its result back. Answers are saved at most a second after they change
(and on every section change and exit), so a killed process loses about a second of typing.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Label, OptionList, Static, TextArea

from designtrainer import sessions
from designtrainer.domain.model import Case
from designtrainer.domain.settings import EXAM_MODE
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.grading import grade
from designtrainer.grading.results import ItemResult, SectionResult
from designtrainer.render.formatting import clock, pct
from designtrainer.render.report import evidence_note, found_under, quote
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store
from designtrainer.tui.base import dt_app
from designtrainer.tui.saving import SaveWarning, save_copy, try_save
from designtrainer.tui.text import plain, styled, visible
from designtrainer.tui.widgets.checklist import Checklist
from designtrainer.tui.widgets.text_area import InertTextArea

TIME_EVERY = 5.0
SHORT_NAMES = {
    "framing": "Frame",
    "data": "Data",
    "modeling": "Model",
    "evaluation": "Eval",
    "production": "Prod",
}


class AnswerArea(InertTextArea):
    """The answer editor. Ctrl+E opens $EDITOR here (End still goes to the line end)."""

    BINDINGS = [Binding("ctrl+e", "screen.edit_externally", "Edit in $EDITOR", show=False)]


class SessionScreen(Screen[None]):
    CSS_PATH = "session.tcss"
    # Not priority bindings: they reach the screen through the editor, after every key typed
    # before them, so a fast "type, Ctrl+N" never lands text in the next section.
    BINDINGS = [
        # One key, two names: the footer says "Finish" on the last section (see check_action).
        Binding("ctrl+n", "next_section", "Next section"),
        Binding(
            "ctrl+n",
            "finish",
            "Finish",
            tooltip="on the last section: asks once, then grades every section",
        ),
        Binding("ctrl+b", "previous_section", "Previous"),
        Binding("ctrl+g", "hint", "Hint"),
        Binding("ctrl+s", "submit", "Submit section"),
        Binding("ctrl+r", "reference", "Reference"),
        Binding("ctrl+o", "toggle_exam", "Exam mode"),
        Binding("ctrl+e", "edit_externally", "Edit in $EDITOR"),
        Binding("ctrl+l", "focus_checklist", "Checklist", show=False),
        Binding("f4", "save_copy", "Save a copy", show=False),
        Binding("escape", "leave", "Back to cases"),
    ]

    def __init__(self, case: Case, attempt_id: int, section: str = "framing") -> None:
        super().__init__()
        self.case = case
        self.attempt_id = attempt_id
        self.section: str = section if section in SECTION_IDS else "framing"
        self.results: dict[str, SectionResult] = {}
        self.graded_text: dict[str, str] = {}
        self.graded_answers: dict[str, dict[str, str]] = {}
        """Per section, every answer its result was graded from (quotes come from these)."""
        self._saved_text = ""
        self._entered = 0.0  # set on entering a section
        self._grade_timer: Timer | None = None
        self._area: TextArea | None = None
        self.attempt: Attempt  # loaded on mount, see _reload
        self.grading_enabled = True
        self._exam = False  # read from the settings on mount

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield Static(id="progress")
                with VerticalScroll(id="prompt-box", classes="panel"):
                    yield Static(id="prompt")
                yield AnswerArea(id="answer", soft_wrap=True, tab_behavior="focus")
                yield Static(id="coach", classes="panel")
            with Vertical(id="side"):
                yield Static(id="clock")
                yield Label("Checklist", id="checklist-title")
                yield Checklist(id="checklist")
                yield Static(
                    "Exam mode: the checklist and why each item counts show once you submit "
                    "this section (Ctrl+S). Ctrl+O turns exam mode off.",
                    id="exam-note",
                    classes="muted",
                )
                yield Static(id="evidence", classes="panel")
        yield SaveWarning()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#prompt-box").border_title = "Interviewer"
        self.query_one("#coach").border_title = "Coach"
        self.query_one("#evidence").border_title = "Why"
        self._warning = self.query_one(SaveWarning)
        self._exam = self.store.setting(EXAM_MODE)
        self._reload()
        self.set_interval(dt_app(self).timing.save_every, self._tick)
        self._enter(self.section)

    def _reload(self) -> None:
        """Refresh the in-memory attempt after this screen wrote to the store.

        Rendering (the clock every second, the checklist after each grading) reads this copy,
        never the database; no other window writes this attempt while we hold its claim.
        """
        attempt = self.store.get(self.attempt_id)
        assert attempt is not None
        self.attempt = attempt

    @property
    def store(self) -> Store:
        return dt_app(self).store

    def _now(self) -> float:
        return dt_app(self).timing.clock()

    @property
    def exam_mode(self) -> bool:
        return self._exam

    # -- moving between sections -----------------------------------------------------------
    def _enter(self, section: str) -> None:
        self.section = section
        self._entered = self._now()
        self.refresh_bindings()  # Ctrl+N reads "Finish" on the last section
        state = self.attempt.section(section)
        spec = self.case.section(section)
        self.sub_title = visible(f"{self.case.title} — {SECTION_TITLES[section]}")
        questions = "\n".join(f"  • {q}" for q in spec.guiding_questions)
        self.query_one("#prompt", Static).update(plain(f"{spec.prompt.strip()}\n\n{questions}"))
        area = self.area
        self._saved_text = state.answer
        area.text = state.answer
        area.border_title = f"Your answer — {SECTION_TITLES[section]}"
        self._render_progress()
        self._render_coach()
        self._update_clock()
        self._show_exam()
        self._regrade_now()
        area.focus()
        area.move_cursor(area.document.end)

    def _flush(self) -> bool:
        """Save the text and the time spent; called on a timer, on section change and on exit.

        False when saving fails: the warning shows, the text stays, the next tick retries.
        """
        now = self._now()
        spent = now - self._entered

        def save() -> None:
            self._write_text()
            if spent > 0:
                self.store.add_seconds(self.attempt_id, self.section, spent)
            self._reload()

        if not try_save(self._warning, save):
            return False
        self._entered = now
        return True

    def _go(self, index: int) -> None:
        if not self._flush():
            self._stay()
            return
        if index >= len(SECTION_IDS):
            self._finish()
            return
        self._enter(SECTION_IDS[max(0, index)])

    def _on_last(self) -> bool:
        return self.section == SECTION_IDS[-1]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+N is "Next section" until the last section, where it is "Finish"."""
        if action == "next_section":
            return not self._on_last()
        if action == "finish":
            return self._on_last()
        if action == "focus_checklist":
            return not self._hidden()  # exam mode: the checklist is not there to focus
        return True

    def action_next_section(self) -> None:
        self._go(SECTION_IDS.index(self.section) + 1)

    def action_finish(self) -> None:
        """Finishing cannot be undone (answers are graded and locked): ask once first."""
        from designtrainer.tui.screens.modals import ChoiceScreen

        def chosen(choice: str | None) -> None:
            if choice == "finish":
                self._finish_now()

        self.app.push_screen(
            ChoiceScreen(
                "Finish this attempt? Every section is graded and you see the summary; "
                "the answers cannot be changed after.",
                [("finish", "Finish"), ("stay", "Keep writing")],
            ),
            chosen,
        )

    def action_previous_section(self) -> None:
        if self.section != SECTION_IDS[0]:
            self._go(SECTION_IDS.index(self.section) - 1)

    def go_to(self, section: str) -> None:
        self._go(SECTION_IDS.index(section))

    def _finish(self) -> None:
        from designtrainer.tui.screens.summary import SummaryScreen

        compiled = dt_app(self).library.compiled(self.case.id)  # type: ignore[union-attr]
        result = grade(compiled, self.attempt.answers)

        if not try_save(
            self._warning, lambda: sessions.finish_solo(self.store, self.attempt_id, result)
        ):
            self._stay()
            return
        self.app.switch_screen(SummaryScreen(self.attempt_id))

    def action_leave(self) -> None:
        if not self._flush() or not try_save(
            self._warning, lambda: sessions.leave(self.store, self.attempt_id)
        ):
            self._stay()
            return
        self.app.pop_screen()
        self.app.notify("Saved. Pick the case again to resume.", timeout=3)

    def on_unmount(self) -> None:
        self._flush()

    # -- typing, saving, grading -----------------------------------------------------------
    @property
    def area(self) -> TextArea:
        """The answer editor (kept: it is still readable while the screen unmounts)."""
        if self._area is None:
            self._area = self.query_one("#answer", TextArea)
        return self._area

    def _write_text(self) -> None:
        text = self.area.text
        if text != self._saved_text:
            self.store.save_answer(self.attempt_id, self.section, text)
            self._saved_text = text

    def _save_text(self) -> bool:
        if self.area.text == self._saved_text and not self._warning.failing:
            return True
        return try_save(self._warning, self._write_text)

    def _stay(self) -> None:
        """Saving fails: stay on this section, so the text on screen is never replaced."""
        self.notify(
            "Staying here: this section could not be saved. F4 saves a copy of your answers.",
            severity="error",
            timeout=6,
        )

    def current_attempt(self) -> Attempt:
        """The attempt with the text on screen (which may not be saved yet)."""
        state = replace(self.attempt.section(self.section), answer=self.area.text)
        return replace(self.attempt, sections={**self.attempt.sections, self.section: state})

    def action_save_copy(self) -> None:
        path, message = save_copy(self.current_attempt(), self.case)
        self.notify(message, severity="information" if path else "error", timeout=12, markup=False)

    def rescue(self) -> str | None:
        """On quit: save; when that fails, save a copy elsewhere and say where (else None)."""
        if self._flush():
            return None
        copy = save_copy(self.current_attempt(), self.case)[1]
        return f"Saving failed ({self._warning.why}). {copy}"

    @on(TextArea.Changed, "#answer")
    def _changed(self) -> None:
        # Skip only text already graded: comparing with the autosaved text missed the last
        # keystrokes of a burst whenever autosave ran before their Changed message arrived.
        if self.graded_text.get(self.section) == self.area.text:
            return
        if self._grade_timer is not None:
            self._grade_timer.stop()
        self._grade_timer = self.set_timer(dt_app(self).timing.grade_debounce, self._regrade_now)

    def _tick(self) -> None:
        if self._now() - self._entered >= TIME_EVERY:
            self._flush()  # time spent is saved too, so a killed session keeps most of it
        else:
            self._save_text()
        self._update_clock()

    def _regrade_now(self) -> None:
        if self.grading_enabled:
            # Every section's answer, this one as on screen: an idea counts wherever it is
            # said, so the business goal written under Modeling ticks its Framing item.
            answers = {**self.attempt.answers, self.section: self.area.text}
            self._grade(self.section, answers)

    @work(thread=True, exclusive=True, group="grade")
    def _grade(self, section: str, answers: dict[str, str]) -> None:
        library = dt_app(self).library
        assert library is not None
        result = grade(library.compiled(self.case.id), answers).section(section)
        self.app.call_from_thread(self._graded, result, answers)

    def _graded(self, result: SectionResult, answers: dict[str, str]) -> None:
        text = answers[result.id]
        if result.id == self.section and text != self.area.text:
            return  # a newer grading of newer text is on its way; never show stale ticks
        self.results[result.id] = result
        self.graded_text[result.id] = text
        self.graded_answers[result.id] = answers
        if result.id == self.section:
            self._render_checklist()
            self._render_progress()

    # -- rendering -------------------------------------------------------------------------
    def _submitted(self) -> bool:
        return self.attempt.section(self.section).submitted

    def _hidden(self) -> bool:
        return self.exam_mode and not self._submitted()

    def _render_checklist(self) -> None:
        items = dt_app(self).library.rubric(self.case.id).section_items(self.section)  # type: ignore[union-attr]
        result = self.results.get(self.section)
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
        self.query_one("#evidence").display = not hidden
        self.query_one("#exam-note").display = hidden
        if hidden and self.focused is self.query_one(Checklist):
            self.area.focus()

    def _render_progress(self) -> None:
        parts = []
        for sid in SECTION_IDS:
            mark = (
                "✔"
                if self.attempt.section(sid).submitted
                else ("●" if sid == self.section else "○")
            )
            name = SECTION_TITLES[sid].replace("Problem framing", "Framing")
            if self.size.width < 110:
                name = SHORT_NAMES[sid]
            parts.append(f"[b]{mark} {name}[/b]" if sid == self.section else f"{mark} {name}")
        self.query_one("#progress", Static).update("  ".join(parts))

    def _render_coach(self) -> None:
        state = self.attempt.section(self.section)
        spec = self.case.section(self.section)
        lines: list[Content] = []
        for i, hint in enumerate(spec.hints[: state.hints_used]):
            lines.append(
                styled("[b]Hint $n/$of:[/b] $hint", n=i + 1, of=len(spec.hints), hint=hint)
            )
        if state.submitted:
            lines.append(styled("[b]The interviewer follows up:[/b]"))
            lines += [plain(f"  • {q}") for q in spec.follow_ups]
            lines.append(
                styled(
                    "[dim]Answer them in your answer above. Ctrl+R shows the reference "
                    "answer. $next[/dim]",
                    next="Ctrl+N finishes the attempt." if self._on_last() else "Ctrl+N moves on.",
                )
            )
        elif not lines:
            lines.append(
                styled(
                    "[dim]Ctrl+G for a hint ($n steps), Ctrl+S to submit this "
                    "section and hear the follow-ups.[/dim]",
                    n=len(spec.hints),
                )
            )
        self.query_one("#coach", Static).update(Content("\n").join(lines))

    def _update_clock(self) -> None:
        stored = self.attempt.section(self.section).seconds
        spent = stored + (self._now() - self._entered)
        budget = self.case.section(self.section).time_budget_minutes * 60
        widget = self.query_one("#clock", Static)
        if spent > budget:
            widget.update(
                styled(
                    "[b red]⏱ $spent / $budget  +$over over[/]",
                    spent=clock(spent),
                    budget=clock(budget),
                    over=clock(spent - budget),
                )
            )
        else:
            widget.update(f"⏱ {clock(spent)} / {clock(budget)}")

    @on(OptionList.OptionHighlighted, "#checklist")
    def _show_evidence(self) -> None:
        checklist = self.query_one(Checklist)
        panel = self.query_one("#evidence", Static)
        index = checklist.highlighted
        result = self.results.get(self.section)
        if index is None or result is None or index >= len(result.items) or self._hidden():
            panel.update("[dim]Highlight an item to see why it counts.[/dim]")
            return
        r: ItemResult = result.items[index]
        answers = self.graded_answers.get(self.section, {})
        quotes = "\n".join(
            f"“{quote(e, answers.get(e.section))}”{evidence_note(e)}" for e in r.evidence
        )
        if r.met:
            panel.update(
                styled(
                    "[green]Ticked[/green]$where because you wrote:\n$quotes",
                    where=found_under(r.found_in),
                    quotes=quotes,
                )
            )
        elif r.named:
            panel.update(
                styled(
                    "[yellow]Named, say why[/yellow]$where: you wrote\n$quotes\n"
                    "[b]Now say why it matters here:[/b] $why",
                    where=found_under(r.found_in),
                    quotes=quotes,
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
        spec = self.case.section(self.section)
        if self.attempt.section(self.section).hints_used >= len(spec.hints):
            self.notify("No more hints for this section.", timeout=3)
            return
        if not try_save(self._warning, lambda: self.store.use_hint(self.attempt_id, self.section)):
            return
        self._reload()
        self._render_coach()

    def action_submit(self) -> None:
        if not self._flush() or not try_save(
            self._warning, lambda: self.store.submit_section(self.attempt_id, self.section)
        ):
            return
        self._reload()
        self._render_coach()
        self._render_progress()
        self._render_checklist()
        self._show_exam()
        self.notify(
            "Section submitted: follow-up questions are below; the reference answer is "
            "unlocked (Ctrl+R).",
            timeout=4,
        )

    def action_reference(self) -> None:
        from designtrainer.tui.screens.modals import TextScreen

        if not self._submitted():
            self.notify(
                "Submit the section first (Ctrl+S): the reference answer unlocks after.",
                severity="warning",
                timeout=4,
            )
            return
        spec = self.case.section(self.section)
        self.app.push_screen(
            TextScreen(f"Reference answer — {SECTION_TITLES[self.section]}", spec.reference_answer)
        )

    def action_toggle_exam(self) -> None:
        on_now = self._exam = not self._exam
        try_save(self._warning, lambda: self.store.set_setting(EXAM_MODE, on_now))
        self._render_checklist()
        self._show_exam()
        self.notify(
            "Exam mode on: the checklist and the whys stay hidden until you submit a section."
            if on_now
            else "Exam mode off: ticks show as you write.",
            timeout=3,
        )

    def action_edit_externally(self) -> None:
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            self.notify("Set $EDITOR (or $VISUAL) to edit in your own editor.", severity="warning")
            return
        area = self.area
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{self.case.id}-{self.section}.md"
            path.write_text(area.text, encoding="utf-8")
            try:
                with self.app.suspend():
                    subprocess.run([*shlex.split(editor), str(path)], check=False)
            except Exception as exc:
                self.notify(f"Could not run {editor}: {exc}", severity="error", markup=False)
                return
            area.text = path.read_text(encoding="utf-8")
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
        yield SystemCommand(
            "Finish and see the summary", "Grade every section now", self._finish_now
        )

    def _finish_now(self) -> None:
        if self._flush():
            self._finish()
        else:
            self._stay()
