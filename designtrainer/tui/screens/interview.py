"""One stepped interview: what solo practice (session.py) and a peer interview (peer.py) share.

An interview steps through the sections (a peer interview adds a wrap-up step). On every step
the screen keeps three promises, whatever it shows:

- **Nothing typed is lost.** The answer (solo) or the candidate's pasted notes (peer) are saved
  at most `Timing.save_every` seconds after they change, on every step change and on exit; the time
  spent is saved with them. When saving fails, `SaveWarning` stays up, the text stays on
  screen, every tick retries, the screen refuses to step away, and F4 / quit write a copy
  elsewhere (tui/saving.py).
- **Typing never waits for grading.** The answer area says when typing pauses (`AnswerArea.
  Paused`); the answers are graded in an exclusive worker thread; a result for text that is no
  longer on screen is dropped, so ticks are never stale.
- **Time is kept honestly.** The clock widget owns the running time; the screen banks it as it
  saves it, so a failed save loses none.

The widgets (tui/widgets/: the answer area, the clock, the section progress, the tick lists)
own their state and tell the screen by messages; a subclass composes them in its own layout
and fills in the hooks (`show_step`, `show_grade`, `capture`, `save_more`, `done_steps`,
`finish`).
"""

from __future__ import annotations

import gc
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.screen import Screen

from designtrainer import sessions
from designtrainer.domain.model import Case, Rubric
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.grading.grade import grade
from designtrainer.grading.results import GradeResult
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store
from designtrainer.tui.base import dt_app
from designtrainer.tui.saving import RescueCopy, SaveWarning, save_copy, try_save
from designtrainer.tui.widgets.answer_area import AnswerArea
from designtrainer.tui.widgets.clock import SectionClock
from designtrainer.tui.widgets.section_progress import SectionProgress

if TYPE_CHECKING:
    from designtrainer.loading.library import Library

GRADE_AT_ONCE_CHARS = 20_000
"""Answers up to this size (about 3,000 words, ~10 ms) are graded as a section opens, before
its first frame; longer ones in the worker, so opening never freezes the screen."""

SHORT_NAMES = {
    "framing": "Frame",
    "data": "Data",
    "modeling": "Model",
    "evaluation": "Eval",
    "production": "Prod",
}


def section_steps() -> list[tuple[str, str, str]]:
    """The sections as SectionProgress steps: (id, full name, short name)."""
    return [
        (sid, SECTION_TITLES[sid].replace("Problem framing", "Framing"), SHORT_NAMES[sid])
        for sid in SECTION_IDS
    ]


class InterviewScreen(Screen[None]):
    """The shared stepping, saving and grading of an interview; see the module docstring."""

    STEPS: ClassVar[tuple[str, ...]] = SECTION_IDS
    TIME_EVERY: ClassVar[float] = 5.0
    """Seconds of section time kept in memory before they are saved with an autosave."""
    STAY: ClassVar[str] = (
        "Staying here: this section could not be saved. F4 saves a copy of your answers."
    )
    LEFT: ClassVar[str] = "Saved. Pick the case again to resume."

    def __init__(self, case: Case, attempt_id: int, step: str = "framing") -> None:
        super().__init__()
        self.case = case
        self.attempt_id = attempt_id
        self.step: str = step if step in self.STEPS else self.STEPS[0]
        self.grading_enabled = True
        self.finished = False
        """Finished or left: nothing more is saved from this screen."""
        self.grades: dict[str, GradeResult] = {}
        """Per section, the last grade shown (of every section's answers, this one on screen)."""
        self.graded_text: dict[str, str] = {}
        """Per section, the text on screen that its grade was made from."""
        self.graded_answers: dict[str, dict[str, str]] = {}
        """Per section, every answer its grade was made from (quotes come from these)."""
        self.attempt: Attempt  # loaded on mount, see _reload
        self._collector_paused = False
        """Whether this screen turned the cycle collector off (see `on_compose`)."""
        self._rescue = RescueCopy(f"designtrainer-unsaved-{case.id}-attempt-{attempt_id}.md")
        """The answers in a file while saving fails (see `RescueCopy`)."""

    # -- hooks for the two interviews -------------------------------------------------------
    def prepare(self) -> None:
        """Once, after mounting and loading the attempt, before the first step is shown."""

    def show_step(self) -> None:
        """Show `self.step` (the answer area is loaded and the clock started already)."""

    def show_grade(self) -> None:
        """A grade of the current section's text arrived (`self.grades[self.section]`)."""

    def capture(self) -> None:
        """Fold what the widgets show into the screen's own state before saving it."""

    def save_more(self) -> bool:
        """Write the screen's own state after the text and time; True when it wrote."""
        return False

    def on_screen(self, attempt: Attempt) -> Attempt:
        """`attempt` with the screen's own unsaved state (for a copy saved elsewhere)."""
        return attempt

    def done_steps(self) -> set[str]:
        """The steps the progress line marks done."""
        return set()

    def finish(self) -> None:
        """Ctrl+N past the last step: finish the attempt (everything is saved)."""
        raise NotImplementedError

    # -- set-up ----------------------------------------------------------------------------
    def answer_area(self, id: str) -> AnswerArea:
        """The answer area for `compose`: it pauses for the app's `Timing.grade_debounce`."""
        return AnswerArea(id=id, debounce=dt_app(self).timing.grade_debounce)

    def on_mount(self) -> None:
        self.warning = self.query_one(SaveWarning)
        self.area = self.query_one(AnswerArea)
        """The editor of the current section (kept: still readable while unmounting)."""
        self.clock = self.query_one(SectionClock)
        self.progress = self.query_one(SectionProgress)
        self._reload()
        self.clock.load({sid: self.attempt.section(sid).seconds for sid in SECTION_IDS})
        self.prepare()
        self.set_interval(dt_app(self).timing.save_every, self._tick)
        self._enter(self.step)
        self.call_after_refresh(self._collect_again)
        self.call_after_refresh(self._rescue.say_left_behind, self, self.attempt.updated_at)

    def on_compose(self) -> None:
        """The cycle collector waits from here until the screen's first frame is drawn.

        Composing, styling and drawing that frame make tens of thousands of objects, and the
        collections they set off (gen 1, 5-15 ms) fell in the middle of opening a session
        (first ticks, issue 12); the same work is done after that frame, nothing is left
        uncollected. Paused here, as composing begins, not when the screen is made: a screen
        made but never mounted gets no `on_unmount` and no frame to give the collector back
        after, and would leave it off for the rest of the process.
        """
        if gc.isenabled():
            self._collector_paused = True
            gc.disable()

    def _collect_again(self) -> None:
        """Give the cycle collector back, once, if this screen took it (see `on_compose`)."""
        if self._collector_paused:
            self._collector_paused = False
            gc.enable()

    _resumed = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first time this screen shows, its styles are not applied all over again.

        Textual restyles every node of a screen each time it shows, for what may have changed
        while it was hidden (a theme). Shown the first time, it has never been hidden: every
        node was styled as it was mounted, moments ago, and anything changed since (classes,
        focus) restyled itself; doing it all again cost a fifth of the time to the first ticks
        (issue 12). Runs before Textual's own handler (a subclass's handler comes first).
        """
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def _reload(self) -> None:
        """Refresh the in-memory attempt after this screen wrote to the store.

        Rendering (the clock, the checklist after each grading) reads this copy, never the
        database; no other window writes this attempt while we hold its claim.
        """
        attempt = self.store.get(self.attempt_id)
        assert attempt is not None
        self.attempt = attempt

    @property
    def store(self) -> Store:
        return dt_app(self).store

    @property
    def library(self) -> Library:
        library = dt_app(self).library
        assert library is not None  # interviews open once the library is loaded
        return library

    @property
    def rubric(self) -> Rubric:
        return self.library.rubric(self.case.id)

    @property
    def section(self) -> str | None:
        """The interview section on screen (None at a step that is not a section)."""
        return self.step if self.step in SECTION_IDS else None

    # -- moving between steps --------------------------------------------------------------
    def _enter(self, step: str) -> None:
        self.step = step
        section = self.section
        self.clock.enter(section)
        if section is not None:
            self.area.load(self.attempt.section(section).answer)
        self.show_step()
        self.refresh_bindings()
        self.render_progress()
        self._regrade_now(entering=True)

    def _go(self, index: int) -> None:
        if not self._flush():
            self._stay()
            return
        if index >= len(self.STEPS):
            self.finish()
            return
        self._enter(self.STEPS[max(0, index)])

    def on_last(self) -> bool:
        return self.step == self.STEPS[-1]

    def action_next_step(self) -> None:
        self._go(self.STEPS.index(self.step) + 1)

    def action_previous_step(self) -> None:
        if self.step != self.STEPS[0]:
            self._go(self.STEPS.index(self.step) - 1)

    def go_to(self, step: str) -> None:
        self._go(self.STEPS.index(step))

    def finish_now(self) -> None:
        """Finish from any step (the palette): save first, then as Ctrl+N past the end."""
        if self._flush():
            self.finish()
        else:
            self._stay()

    def action_leave(self) -> None:
        if not self._flush() or not try_save(
            self.warning, lambda: sessions.leave(self.store, self.attempt_id)
        ):
            self._stay()
            return
        self.finished = True
        self.app.pop_screen()
        self.app.notify(self.LEFT, timeout=3)

    def on_unmount(self) -> None:
        self._collect_again()  # a screen closed before its first frame
        self._flush()

    # -- saving ----------------------------------------------------------------------------
    def _write_text(self) -> bool:
        if self.section is None or not self.area.dirty:
            return False
        text = self.area.text
        self.store.save_answer(self.attempt_id, self.section, text)
        self.area.saved = text
        return True

    def _save_text(self) -> bool:
        """Save the text on screen only (what an autosave tick does between time saves)."""
        if not self.area.dirty and not self.warning.failing:
            return True

        def save() -> None:
            if self._write_text():
                self._reload()

        return try_save(self.warning, save)

    def _flush(self, at_least: float = 0.0) -> bool:
        """Save the text, the time spent (when more than `at_least` seconds) and the rest.

        Called on a timer, on every step change and on exit. False when saving fails: the
        warning shows, everything stays on screen and in memory, and the next tick retries.
        """
        if self.finished:
            return True
        self.capture()

        def save() -> None:
            wrote = self._write_text()
            spent = self.clock.running()
            if self.section is not None and spent > at_least:
                self.store.add_seconds(self.attempt_id, self.section, spent)
                self.clock.bank(spent)
                wrote = True
            wrote = self.save_more() or wrote
            if wrote:
                self._reload()

        if not try_save(self.warning, save):
            return False
        self._rescue.discard_and_say(self)  # everything is in the database again
        return True

    def _tick(self) -> None:
        if self.finished:
            return
        if not self._flush(at_least=self.TIME_EVERY):
            self._keep_rescue_copy()
        self.clock.tick()

    def _keep_rescue_copy(self) -> None:
        """Saving fails: the answers also go to a file, so a crash loses no more than a tick."""
        from designtrainer.render.export import attempt_markdown

        self._rescue.keep_and_say(self, attempt_markdown(self.current_attempt(), self.case))

    def _stay(self) -> None:
        """Saving fails: stay on this step, so the text on screen is never replaced, and keep
        the answers in the rescue file as a failing tick does (an explicit save that failed
        behind a lock or on a full disk is as much a reason as a tick's)."""
        self.notify(self.STAY, severity="error", timeout=6)
        self._keep_rescue_copy()

    def current_attempt(self) -> Attempt:
        """The attempt with everything on screen (which may not be saved yet): the text, and
        the time as the clock shows it, with the seconds not banked yet (up to `TIME_EVERY`,
        or all since saving began to fail), which a copy saved elsewhere left out."""
        self.capture()
        attempt = self.attempt
        if self.section is not None:
            saved = attempt.section(self.section)
            state = replace(
                saved, answer=self.area.text, seconds=saved.seconds + self.clock.running()
            )
            attempt = replace(attempt, sections={**attempt.sections, self.section: state})
        return self.on_screen(attempt)

    def action_save_copy(self) -> None:
        path, message = save_copy(self.current_attempt(), self.case)
        self.notify(message, severity="information" if path else "error", timeout=12, markup=False)

    def rescue(self) -> str | None:
        """On quit: save; when that fails, save a copy elsewhere and say where (else None)."""
        from designtrainer.render.export import attempt_markdown, default_filename

        if self._flush():
            return None
        attempt = self.current_attempt()
        copy = self._rescue.last_copy(
            attempt_markdown(attempt, self.case), default_filename(attempt, "md")
        )
        return f"Saving failed ({self.warning.why.removesuffix('.')}). {copy}"

    # -- grading ---------------------------------------------------------------------------
    @on(AnswerArea.Paused)
    def _typing_paused(self) -> None:
        # Skip only text already graded: comparing with the autosaved text missed the last
        # keystrokes of a burst whenever autosave ran before their Changed message arrived.
        if self.section is not None and self.graded_text.get(self.section) != self.area.text:
            self._regrade_now()

    def _regrade_now(self, entering: bool = False) -> None:
        """Grade the section on screen in a worker thread; `entering` a section whose rubric
        is compiled already and whose answers are short, here and now instead.

        Graded here, the saved answer's ticks are in the section's first frame: a worker
        competes with the screen's own first layout and its result came hundreds of
        milliseconds later (first ticks, issue 12). Typing pauses always use the worker, so
        a keystroke never waits for a grading.
        """
        section = self.section
        if section is None or not self.grading_enabled:
            return
        # Every section's answer, this one as on screen: an idea counts wherever it is said,
        # so the business goal written under Modeling ticks its Framing item.
        answers = {**self.attempt.answers, section: self.area.text}
        compiled = self.library.compiled_if_ready(self.case.id) if entering else None
        if compiled is not None and sum(map(len, answers.values())) <= GRADE_AT_ONCE_CHARS:
            self._graded(section, answers, grade(compiled, answers))
        else:
            self._grade(section, answers)

    @work(thread=True, exclusive=True, group="grade")
    def _grade(self, section: str, answers: dict[str, str]) -> None:
        result = grade(self.library.compiled(self.case.id), answers)
        self.app.call_from_thread(self._graded, section, answers, result)

    def _graded(self, section: str, answers: dict[str, str], result: GradeResult) -> None:
        text = answers[section]
        if section == self.section and text != self.area.text:
            return  # a newer grading of newer text is on its way; never show stale ticks
        self.grades[section] = result
        self.graded_text[section] = text
        self.graded_answers[section] = answers
        if section == self.section:
            self.show_grade()

    # -- shared rendering ------------------------------------------------------------------
    def render_progress(self) -> None:
        self.progress.show(self.step, self.done_steps())
