"""The interviewer's console for a peer mock interview: one person asks, the other answers.

Per section the interviewer sees what to read out, the probes to ask, what good looks like by
level, the answers to give to clarifying questions and what to listen for; they tick the rubric
items and red flags they hear, jot notes and rate the section 1-4. A last wrap-up step rates
communication. The candidate's own notes can be pasted per section: the checker grades them in a
worker thread and its findings are shown as suggestions, apart from the interviewer's ticks.

Everything is saved at most a second after it changes, and on every step change and exit: the
review with `store.save_peer`, the pasted notes as the attempt's answers, the time per section
with `store.add_seconds`. The clock and the intervals are the app's (`DesignTrainerApp.timing`,
shortened and frozen in tests).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Footer, Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from designtrainer import sessions
from designtrainer.domain.model import Case, RedFlag, Rubric
from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import COMMUNICATION_TITLES as COMM_TITLE
from designtrainer.domain.vocabulary import (
    LEVELS,
    RATING_LABELS,
    SECTION_IDS,
    SECTION_TITLES,
    SIGNALS,
    rating_label,
)
from designtrainer.grading import GradeResult, grade
from designtrainer.render.formatting import clock
from designtrainer.render.report import found_under
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store
from designtrainer.tui.base import dt_app
from designtrainer.tui.saving import SaveWarning, save_copy, try_save
from designtrainer.tui.screens import session
from designtrainer.tui.text import plain, styled, visible
from designtrainer.tui.widgets.checklist import LEVEL_TAG
from designtrainer.tui.widgets.text_area import InertTextArea

WRAPUP = "wrapup"
STEPS: tuple[str, ...] = (*SECTION_IDS, WRAPUP)
STEP_NAMES = {**session.SHORT_NAMES, WRAPUP: "Wrap-up"}
TIME_EVERY = 10.0  # seconds of section time kept in memory before add_seconds
SIGNAL_HINTS = {
    "clarifying": "asked about scale, latency, labels and the goal before designing",
    "structure": "a clear path from framing to production, saying where they are",
    "tradeoffs": "named the alternatives and why they chose one",
    "time": "kept each section near its budget (times below)",
}
SECTION_ONLY = {"toggle_candidate", "accept_suggestions", "reference"}
SCALE = " · ".join(f"{n} {label}" for n, label in RATING_LABELS.items())


def flag_name(flag: RedFlag) -> str:
    """A red flag's short name for the tick list ('random-split' -> 'Random split')."""
    return flag.id.replace("-", " ").capitalize()


def section_flags(rubric: Rubric, section: str) -> tuple[RedFlag, ...]:
    """The red flags to listen for in a section: its own and those of no section."""
    return tuple(f for f in rubric.red_flags if f.section in (None, section))


def guide_text(case: Case, rubric: Rubric, section: str) -> Content:
    """What the interviewer reads and listens for in a section."""
    spec = case.section(section)
    out = [
        styled(
            "[b]Read out[/b]  [dim]$title · $minutes min[/dim]",
            title=SECTION_TITLES[section],
            minutes=spec.time_budget_minutes,
        ),
        plain(" ".join(spec.prompt.split())),
    ]
    asked = [Content(), styled("[b]If the candidate asks[/b]  [dim](the answers to give)[/dim]")]
    for c in case.clarifications:
        asked += [plain(f"• {c.question}"), styled("  [dim]→ $answer[/dim]", answer=c.answer)]
    if section == "framing":  # clarifying questions come first in a real interview
        out += asked
    out += [Content(), styled("[b]Probe with[/b]")]
    out += [plain(f"• {q}") for q in spec.follow_ups] or [styled("[dim]No follow-ups.[/dim]")]
    out += [Content(), styled("[b]What good looks like[/b]")]
    for level in LEVELS:
        items = [i for i in rubric.section_items(section) if i.level == level]
        if items:
            out.append(plain(level, "italic"))
            out += [styled("• $label [dim]— $why[/dim]", label=i.label, why=i.why) for i in items]
    out += [Content(), styled("[b]Listen for[/b]")]
    out += [plain(f"• {p}") for p in spec.pitfalls]
    out += [
        styled("⚠ [b]$name[/b] [dim]— $message[/dim]", name=flag_name(f), message=f.message)
        for f in section_flags(rubric, section)
    ]
    if section != "framing":
        out += asked
    return Content("\n").join(out)


class TickList(OptionList):
    """Things to tick by hand: space, Enter or a click toggles the highlighted one.

    Ticks show as ☑ / ☐ (readable without colour). The toggle happens at once, in the key's
    own handler, and `Toggled` follows: anything that reads `selected` after a key (the next
    section's save, say) sees it, however fast the keys come.
    """

    BINDINGS = [Binding("space", "select", "Tick", show=False)]

    class Toggled(Message):
        def __init__(self, tick_list: TickList, item_id: str) -> None:
            super().__init__()
            self.tick_list = tick_list
            self.item_id = item_id

        @property
        def control(self) -> TickList:
            return self.tick_list

    def __init__(self, id: str) -> None:
        super().__init__(id=id)
        self.labels: dict[str, Content] = {}
        self.ticked: set[str] = set()

    def show(self, items: Iterable[tuple[str, Content]], ticked: Iterable[str]) -> None:
        """Replace the list: (id, label) pairs, and the ids ticked."""
        self.labels = dict(items)
        self.ticked = set(ticked) & set(self.labels)
        self.clear_options()
        self.add_options(Option(self._prompt(i), id=i) for i in self.labels)
        self.highlighted = 0 if self.labels else None

    def set_ticked(self, item_id: str, on: bool) -> None:
        if item_id not in self.labels:
            return
        if on:
            self.ticked.add(item_id)
        else:
            self.ticked.discard(item_id)
        self.replace_option_prompt(item_id, self._prompt(item_id))

    def action_select(self) -> None:
        option = self.highlighted_option
        if option is None or option.id is None:
            return
        self.set_ticked(option.id, option.id not in self.ticked)
        self.post_message(self.Toggled(self, option.id))

    @property
    def selected(self) -> list[str]:
        """The ticked ids, in list order."""
        return [i for i in self.labels if i in self.ticked]

    def _prompt(self, item_id: str) -> Content:
        mark = styled("[b green]☑[/]") if item_id in self.ticked else Content("☐")
        return mark + " " + self.labels[item_id]


class PeerScreen(Screen[None]):
    CSS_PATH = "peer.tcss"
    BINDINGS = [
        # Keys that act on a section are not priority bindings (no widget here uses them), so
        # they reach the screen in the order typed: "3" then Ctrl+N rates the section "3" was
        # pressed in. Keys that move the focus are: the next key goes where they put it.
        Binding("ctrl+n", "next_step", "Next section"),
        Binding("ctrl+b", "previous_step", "Previous"),
        Binding("1", "rate(1)", "Rate", key_display="1-4"),
        Binding("2", "rate(2)", "", show=False),
        Binding("3", "rate(3)", "", show=False),
        Binding("4", "rate(4)", "", show=False),
        Binding("0", "rate(0)", "Clear the rating", show=False),
        Binding("ctrl+o", "toggle_candidate", "Candidate notes", priority=True),
        Binding("ctrl+t", "accept_suggestions", "Tick suggested"),
        Binding("ctrl+l", "focus_ticks", "Checklist", show=False, priority=True),
        Binding("ctrl+r", "reference", "Reference answer", show=False),
        Binding("escape", "leave", "Back to cases"),
        Binding("f4", "save_copy", "Save a copy", show=False),
    ]

    def __init__(self, case: Case, attempt_id: int, step: str = "framing") -> None:
        super().__init__()
        self.case = case
        self.attempt_id = attempt_id
        self.step: str = step if step in STEPS else "framing"
        self.review = PeerReview()
        self._saved_review = PeerReview()
        self._saved_candidate = ""
        self._entered = 0.0  # set on entering a step
        self._check_timer: Timer | None = None
        self._nudged: set[str] = set()
        self._seconds: dict[str, float] = dict.fromkeys(SECTION_IDS, 0.0)
        self._finished = False
        self.checked: dict[str, tuple[str, GradeResult]] = {}
        """section -> (the pasted text the checker read, what it found)."""
        self._checked_notes: dict[str, dict[str, str]] = {}
        """section -> every section's notes that check read (a change anywhere rechecks)."""

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="top"):
            yield Static(id="progress")
            yield Static(id="clock")
        with Horizontal(id="body"):
            with ContentSwitcher(id="left", initial="guide-box"):
                with VerticalScroll(id="guide-box", classes="panel"):
                    yield Static(id="guide")
                with Vertical(id="candidate-pane"):
                    yield InertTextArea(id="candidate", soft_wrap=True)
                    yield Static(id="suggest", classes="panel")
            with ContentSwitcher(id="right", initial="section-pane"):
                with Vertical(id="section-pane"):
                    yield Static(id="rating")
                    yield TickList(id="ticks")
                    yield TickList(id="flags")
                    yield InertTextArea(id="notes", soft_wrap=True)
                with Vertical(id="wrapup-pane"):
                    yield OptionList(id="signals")
                    yield InertTextArea(id="comm-notes", soft_wrap=True)
        yield SaveWarning()
        yield Footer()

    def on_mount(self) -> None:
        self._warning = self.query_one(SaveWarning)
        self.ticks = self.query_one("#ticks", TickList)
        self.flags = self.query_one("#flags", TickList)
        self.notes = self.query_one("#notes", TextArea)
        self.candidate = self.query_one("#candidate", TextArea)
        self.signals = self.query_one("#signals", OptionList)
        self.comm_notes = self.query_one("#comm-notes", TextArea)
        self.sub_title = visible(f"Interviewing: {self.case.title}")
        self.query_one("#guide-box").border_title = "Interviewer's guide"
        self.query_one("#suggest").border_title = "Checker suggests"
        self.flags.border_title = "Red flags heard"
        self.signals.border_title = "Communication"
        self.comm_notes.border_title = "Communication notes"
        attempt = self.store.get(self.attempt_id)
        assert attempt is not None
        self.review = self._saved_review = attempt.peer or PeerReview()
        # Section times as saved, kept here so the clock never reads the database each second.
        self._seconds.update({sid: attempt.section(sid).seconds for sid in SECTION_IDS})
        self.comm_notes.text = self.review.communication_notes
        if self.step == attempt.current_section and self.step == SECTION_IDS[-1]:
            started_wrapup = self.review.communication or self.review.communication_notes
            self.step = WRAPUP if started_wrapup else self.step
        self.set_interval(dt_app(self).timing.save_every, self._tick)
        self._enter(self.step)
        self._warm_up()

    @work(thread=True, group="peer-warm")
    def _warm_up(self) -> None:
        """Compile the rubric now, so the first pasted notes are checked at once."""
        library = dt_app(self).library
        if library is not None:
            library.compiled(self.case.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Section-only keys are hidden at wrap-up."""
        return not (action in SECTION_ONLY and self.section is None)

    @property
    def store(self) -> Store:
        return dt_app(self).store

    @property
    def rubric(self) -> Rubric:
        library = dt_app(self).library
        assert library is not None
        return library.rubric(self.case.id)

    def _now(self) -> float:
        return dt_app(self).timing.clock()

    @property
    def section(self) -> str | None:
        """The interview section on screen (None at wrap-up)."""
        return self.step if self.step in SECTION_IDS else None

    # -- moving between steps --------------------------------------------------------------
    def _enter(self, step: str) -> None:
        self.step = step
        self._entered = self._now()
        attempt = self.store.get(self.attempt_id)
        assert attempt is not None
        right = self.query_one("#right", ContentSwitcher)
        if step == WRAPUP:
            self.query_one("#left", ContentSwitcher).current = "guide-box"
            right.current = "wrapup-pane"
            self._render_signals()
            self._render_guide()
            self.signals.focus()
        else:
            # remembers where we are
            try_save(self._warning, lambda: self.store.add_seconds(self.attempt_id, step, 0.0))
            right.current = "section-pane"
            self._saved_candidate = attempt.section(step).answer
            self.candidate.text = self._saved_candidate
            self.candidate.border_title = f"Candidate's notes — {SECTION_TITLES[step]} (paste)"
            self.notes.text = self.review.notes.get(step, "")
            self.notes.border_title = f"Your notes — {SECTION_TITLES[step]}"
            self._render_lists()
            self._render_rating()
            self._render_guide()
            self._render_suggestions()
            self._check_now()
            left = self.query_one("#left", ContentSwitcher)
            (self.candidate if left.current == "candidate-pane" else self.ticks).focus()
        self.query_one("#guide-box", VerticalScroll).scroll_home(animate=False)
        self.refresh_bindings()
        self._render_progress()
        self._update_clock()

    def _go(self, index: int) -> None:
        if not self._flush():
            self._stay()
            return
        if index >= len(STEPS):
            self._finish()
            return
        self._enter(STEPS[max(0, index)])

    def action_next_step(self) -> None:
        self._go(STEPS.index(self.step) + 1)

    def action_previous_step(self) -> None:
        if self.step != STEPS[0]:
            self._go(STEPS.index(self.step) - 1)

    def go_to(self, step: str) -> None:
        self._go(STEPS.index(step))

    def action_leave(self) -> None:
        if not self._flush() or not try_save(
            self._warning, lambda: sessions.leave(self.store, self.attempt_id)
        ):
            self._stay()
            return
        self._finished = True
        self.app.pop_screen()
        self.app.notify("Saved. Interview the case again (F3) to resume.", timeout=3)

    def on_unmount(self) -> None:
        self._flush()

    # -- saving ----------------------------------------------------------------------------
    def _capture(self) -> None:
        """Fold what the widgets show into the review (their change events may be pending)."""
        if self.section is not None:
            self._capture_ticks()
            self._capture_flags()
            self.review = self.review.note(self.section, self.notes.text)
        else:
            self.review = self.review.note_communication(self.comm_notes.text)

    def _capture_ticks(self) -> None:
        if self.section is None:
            return
        chosen = set(self.ticks.selected)
        ids = [i.id for i in self.rubric.section_items(self.section) if i.id in chosen]
        if tuple(ids) != self.review.ticks.get(self.section, ()):
            self.review = self.review.with_ticks(self.section, ids)

    def _capture_flags(self) -> None:
        if self.section is None:
            return
        shown = {f.id for f in section_flags(self.rubric, self.section)}
        chosen = set(self.flags.selected)
        kept = [f for f in self.review.red_flags if f not in shown]
        heard = [f.id for f in self.rubric.red_flags if f.id in chosen or f.id in kept]
        if tuple(heard) != self.review.red_flags:
            self.review = self.review.with_flags(heard)

    def _save_review(self) -> None:
        if self.review != self._saved_review:
            self.review = self.review.decided(self.rubric.items, self.rubric.red_flags)
            self.store.save_peer(self.attempt_id, self.review)
            self._saved_review = self.review

    def _save_candidate(self) -> None:
        if self.section is None:
            return
        text = self.candidate.text
        if text != self._saved_candidate:
            self.store.save_answer(self.attempt_id, self.section, text)
            self._saved_candidate = text

    def _flush_time(self, at_least: float = 0.0) -> None:
        now = self._now()
        spent = now - self._entered
        if self.section is not None and spent > at_least:
            self.store.add_seconds(self.attempt_id, self.section, spent)
            self._seconds[self.section] += spent
            self._entered = now

    def _flush(self, at_least: float = 0.0) -> bool:
        """Save everything; on a timer, on every step change and on exit.

        False when saving fails: the warning shows, everything stays on screen and in memory,
        and the next tick retries.
        """
        if self._finished:
            return True
        self._capture()

        def save() -> None:
            self._save_candidate()
            self._flush_time(at_least=at_least)
            self._save_review()

        return try_save(self._warning, save)

    def _tick(self) -> None:
        if self._finished:
            return
        self._flush(at_least=TIME_EVERY)
        self._update_clock()

    def _stay(self) -> None:
        """Saving fails: stay on this step, so the notes on screen are never replaced."""
        self.notify(
            "Staying here: the interview could not be saved. F4 saves a copy of it.",
            severity="error",
            timeout=6,
        )

    def current_attempt(self) -> Attempt:
        """The interview as on screen (the notes pasted here may not be saved yet)."""
        attempt = self.store.get(self.attempt_id)
        assert attempt is not None
        self._capture()
        sections = dict(attempt.sections)
        if self.section is not None:
            state = attempt.section(self.section)
            sections[self.section] = replace(state, answer=self.candidate.text)
        return replace(attempt, sections=sections, peer=self.review)

    def action_save_copy(self) -> None:
        path, message = save_copy(self.current_attempt(), self.case)
        self.notify(message, severity="information" if path else "error", timeout=12, markup=False)

    def rescue(self) -> str | None:
        """On quit: save; when that fails, save a copy elsewhere and say where (else None)."""
        if self._flush():
            return None
        copy = save_copy(self.current_attempt(), self.case)[1]
        return f"Saving failed ({self._warning.why}). {copy}"

    # -- the interviewer's input -----------------------------------------------------------
    @on(TickList.Toggled, "#ticks")
    def _tick_toggled(self) -> None:
        self._capture_ticks()
        self._render_ticks_title()
        self._render_suggestions()

    @on(TickList.Toggled, "#flags")
    def _flag_toggled(self) -> None:
        self._capture_flags()

    @on(TextArea.Changed, "#notes")
    def _notes_changed(self) -> None:
        if self.section is not None:
            self.review = self.review.note(self.section, self.notes.text)

    @on(TextArea.Changed, "#comm-notes")
    def _comm_notes_changed(self) -> None:
        self.review = self.review.note_communication(self.comm_notes.text)

    def action_rate(self, value: int) -> None:
        rating = value if value in RATING_LABELS else None
        if self.section is not None:
            self.review = self.review.rate(self.section, rating)
            self._render_rating()
            self._render_progress()
            return
        index = self.signals.highlighted
        if index is None:
            return
        self.review = self.review.rate_signal(SIGNALS[index], rating)
        self._render_signals()
        self._render_guide()
        self._render_progress()
        if rating is not None and index + 1 < len(SIGNALS):
            self.signals.highlighted = index + 1

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
        self._capture_ticks()
        self._render_suggestions()
        self._render_ticks_title()
        self._render_progress()
        self.notify(f"Ticked {len(found)} item(s) the checker found in the notes.", timeout=3)

    def action_reference(self) -> None:
        from designtrainer.tui.screens.modals import TextScreen

        if self.section is None:
            return
        spec = self.case.section(self.section)
        self.app.push_screen(
            TextScreen(f"Reference answer — {SECTION_TITLES[self.section]}", spec.reference_answer)
        )

    # -- the checker on pasted notes -------------------------------------------------------
    @on(TextArea.Changed, "#candidate")
    def _candidate_changed(self) -> None:
        if self._check_timer is not None:
            self._check_timer.stop()
        self._check_timer = self.set_timer(dt_app(self).timing.grade_debounce, self._check_now)

    def _check_now(self) -> None:
        if self.section is None:
            return
        # Every section's notes, this one as on screen: an idea counts wherever the candidate
        # wrote it, so the goal pasted under Modeling is suggested for its Framing item.
        attempt = self.store.get(self.attempt_id)
        stored = attempt.answers if attempt is not None else {}
        notes = {**stored, self.section: self.candidate.text}
        if not any(text.strip() for text in notes.values()):
            self.checked.pop(self.section, None)
            self._render_suggestions()
            self._render_ticks_title()
            return
        if self.section not in self.checked or self._checked_notes.get(self.section) != notes:
            self._check(self.section, notes)

    @work(thread=True, exclusive=True, group="peer-check")
    def _check(self, section: str, notes: dict[str, str]) -> None:
        library = dt_app(self).library
        assert library is not None
        result = grade(library.compiled(self.case.id), notes)
        self.app.call_from_thread(self._checked, section, notes, result)

    def _checked(self, section: str, notes: dict[str, str], result: GradeResult) -> None:
        text = notes[section]
        if section == self.section and text != self.candidate.text:
            return  # newer notes are being checked; never show stale suggestions
        self.checked[section] = (text, result)
        self._checked_notes[section] = notes
        if section == self.section:
            self._render_suggestions()
            self._render_ticks_title()

    def _suggested(self) -> list[str]:
        """Items of this section the checker found applied (in any section's notes) that are
        not ticked yet. A named-only idea is never suggested: naming is not explaining."""
        if self.section is None or self.section not in self.checked:
            return []
        ticked = set(self.review.ticks.get(self.section, ()))
        result = self.checked[self.section][1].section(self.section)
        return [r.item.id for r in result.items if r.met and r.item.id not in ticked]

    # -- rendering -------------------------------------------------------------------------
    def _render_progress(self) -> None:
        parts = []
        for step in STEPS:
            if step == WRAPUP:
                done = len(self.review.communication) == len(SIGNALS)
            else:
                done = step in self.review.ratings
            mark = "●" if step == self.step else ("✔" if done else "○")
            name = STEP_NAMES[step]
            if step != WRAPUP and self.size.width >= 110:
                name = SECTION_TITLES[step].replace("Problem framing", "Framing")
            parts.append(f"[b]{mark} {name}[/b]" if step == self.step else f"{mark} {name}")
        self.query_one("#progress", Static).update("  ".join(parts))

    def _update_clock(self) -> None:
        running = self._now() - self._entered if self.section is not None else 0.0
        total = sum(self._seconds.values()) + running
        total_budget = self.case.total_minutes * 60
        wide = self.size.width >= 100
        total_text = f"{'total ' if wide else 'Σ'}{clock(total)}/{clock(total_budget)}"
        if total > total_budget:
            total_text = f"[b red]{total_text}[/]"
            self._nudge("total", f"The interview is past its {self.case.total_minutes} minutes.")
        if self.section is None:
            self.query_one("#clock", Static).update(f"⏱ stopped · {total_text}")
            return
        spent = self._seconds[self.section] + running
        budget = self.case.section(self.section).time_budget_minutes * 60
        section_text = f"⏱ {clock(spent)}/{clock(budget)}"
        if spent > budget:
            section_text = f"[b red]{section_text} +{clock(spent - budget)}[/]"
            self._nudge(
                self.section,
                f"{SECTION_TITLES[self.section]} is over its "
                f"{budget // 60}-minute budget: move the candidate on (Ctrl+N).",
            )
        self.query_one("#clock", Static).update(f"{section_text} · {total_text}")

    def _nudge(self, key: str, message: str) -> None:
        if key not in self._nudged:
            self._nudged.add(key)
            self.notify(message, severity="warning", timeout=6)

    def _render_guide(self) -> None:
        guide = self.query_one("#guide", Static)
        if self.section is not None:
            guide.update(guide_text(self.case, self.rubric, self.section))
            return
        attempt = self.store.get(self.attempt_id)
        assert attempt is not None
        rec = self.review.decided(self.rubric.items, self.rubric.red_flags).recommendation
        missing = self.review.missing_ratings
        # Our own markup (built from our constants and figures), and the rule as plain text.
        lines: list[str | Content] = [
            "[b]Wrap-up[/b]: the interview is over and the clock has stopped. Rate how the "
            "candidate communicated: highlight a signal on the right and press 1-4 "
            f"([dim]{SCALE}[/dim]). Ctrl+N finishes and shows the scorecard.",
            "",
            f"[b]Recommendation so far: {(rec.outcome if rec else '') or 'none yet'}[/b]",
            styled("[dim]$why[/dim]", why=rec.why if rec else ""),
        ]
        if missing:
            lines += ["", f"[b]Not rated yet:[/b] {', '.join(missing)}"]
        lines += ["", "[b]Sections[/b]"]
        ticked = self.review.ticked(self.rubric.items)
        for sid in SECTION_IDS:
            core = [i for i in self.rubric.section_items(sid) if i.level == "core"]
            spent = attempt.section(sid).seconds
            budget = self.case.section(sid).time_budget_minutes
            over = " [b red](over)[/]" if spent > budget * 60 else ""
            lines.append(
                f"• {SECTION_TITLES[sid]}: {rating_label(self.review.ratings.get(sid))}, "
                f"core {sum(i.id in ticked for i in core)}/{len(core)}, "
                f"{clock(spent)} of {budget}:00{over}"
            )
        lines += ["", "[b]Communication signals[/b]"]
        lines += [f"• [b]{COMM_TITLE[k]}[/b]: {SIGNAL_HINTS[k]}" for k in SIGNALS]
        guide.update(
            Content("\n").join(Content.from_markup(x) if isinstance(x, str) else x for x in lines)
        )

    def _render_lists(self) -> None:
        assert self.section is not None
        self.ticks.show(
            (
                (i.id, styled("$label [dim i]$tag[/]", label=i.label, tag=LEVEL_TAG[i.level]))
                for i in self.rubric.section_items(self.section)
            ),
            self.review.ticks.get(self.section, ()),
        )
        self.flags.show(
            ((f.id, plain(flag_name(f))) for f in section_flags(self.rubric, self.section)),
            self.review.red_flags,
        )
        self.flags.display = self.flags.option_count > 0
        self._render_ticks_title()

    def _render_ticks_title(self) -> None:
        if self.section is None:
            return
        items = self.rubric.section_items(self.section)
        ticked = set(self.review.ticks.get(self.section, ()))
        core = [i for i in items if i.level == "core"]
        self.ticks.border_title = (
            f"Heard {sum(i.id in ticked for i in items)}/{len(items)}"
            f" · core {sum(i.id in ticked for i in core)}/{len(core)}"
        )
        more = len(self._suggested())
        self.ticks.border_subtitle = f"checker: +{more} (Ctrl+O)" if more else ""

    def _render_rating(self) -> None:
        if self.section is None:
            return
        rating = self.review.ratings.get(self.section)
        widget = self.query_one("#rating", Static)
        if rating is None:
            widget.update("Rating: [dim]none yet (press 1-4)[/dim]")
        else:
            widget.update(f"Rating: [b]{rating_label(rating)}[/b]")

    def _render_suggestions(self) -> None:
        panel = self.query_one("#suggest", Static)
        if self.section is None:
            return
        entry = self.checked.get(self.section)
        paste = styled(
            "[dim]Paste what the candidate wrote above. The checker suggests the items it "
            "finds; only your own ticks count.[/dim]"
        )
        if entry is None:
            panel.update(paste)
            return
        result = entry[1]
        ticked = set(self.review.ticks.get(self.section, ()))
        lines: list[Content] = []
        for r in result.section(self.section).items:
            quote = " … ".join(e.text for e in r.evidence)
            where = found_under(r.found_in)
            if r.met:
                state = "[dim](ticked)[/dim]" if r.item.id in ticked else "[b](not ticked)[/b]"
                template = f"✔ $label {state} [dim]“$quote”$where[/dim]"
            elif r.named:
                template = "~ $label [yellow](named only)[/yellow] [dim]“$quote”$where[/dim]"
            else:
                continue
            lines.append(styled(template, label=r.item.label, quote=quote, where=where))
        for hit in result.red_flags:
            found = hit.evidence[0].section if hit.evidence else None
            if self.section not in (found, hit.flag.section):
                continue  # shown with the notes it was found in, or with its own section
            quote = hit.evidence[0].text if hit.evidence else ""
            lines.append(
                styled(
                    "⚠ $name [dim]“$quote”$where[/dim]",
                    name=flag_name(hit.flag),
                    quote=quote,
                    where=found_under(hit.found_in),
                )
            )
        if not self.candidate.text.strip():
            lines.insert(0, paste)  # what is found comes from the other sections' notes
        elif not lines:
            lines.append(styled("[dim]Nothing found in these notes.[/dim]"))
        elif self._suggested():
            lines.append(styled("[dim]Ctrl+T ticks the suggested items; you decide.[/dim]"))
        panel.update(Content("\n").join(lines))

    def _render_signals(self) -> None:
        highlighted = self.signals.highlighted
        self.signals.clear_options()
        for key in SIGNALS:
            rating = self.review.communication.get(key)
            self.signals.add_option(
                Option(
                    Content.from_markup(
                        f"{COMM_TITLE[key]}  [b]{rating_label(rating)}[/b]"
                        if rating
                        else f"{COMM_TITLE[key]}  [dim]— press 1-4[/dim]"
                    ),
                    id=key,
                )
            )
        self.signals.highlighted = highlighted if highlighted is not None else 0

    # -- finishing -------------------------------------------------------------------------
    def _finish(self) -> None:
        from designtrainer.tui.screens.modals import ChoiceScreen

        missing = self.review.missing_ratings
        if not missing:
            self._complete()
            return

        def chosen(choice: str | None) -> None:
            if choice == "finish":
                self._complete()

        self.app.push_screen(
            ChoiceScreen(
                f"{len(missing)} rating(s) still missing. Finish the interview anyway?",
                [("rate", "Keep rating"), ("finish", "Finish and score")],
            ),
            chosen,
        )

    def _complete(self) -> None:
        from designtrainer.tui.screens.scorecard import ScorecardScreen

        if not self._flush():
            self._stay()
            return
        library = dt_app(self).library
        assert library is not None
        attempt = self.store.get(self.attempt_id)
        assert attempt is not None
        checker = grade(library.compiled(self.case.id), attempt.answers)

        def save() -> None:
            self.review = sessions.finish_peer(
                self.store, self.attempt_id, self.rubric, self.review, checker
            )

        if not try_save(self._warning, save):
            self._stay()
            return
        self._finished = True
        self.app.switch_screen(ScorecardScreen(self.attempt_id))

    def finish_now(self) -> None:
        if self._flush():
            self._finish()
        else:
            self._stay()

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
