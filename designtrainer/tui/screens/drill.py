"""The drill: one review card at a time, answered in a few sentences and graded on the spot.

Each card shows the case, the section and a question; the person writes; Ctrl+S grades the
answer against that one idea with the same checker as a full attempt and shows the evidence,
the idea's why and the part of the reference answer that earns it. Keys 1-4 change the rating
(again / hard / good / easy, each with the date it would bring) and Enter saves it. What is
typed is saved every second, so a killed drill loses at most that and offers it back next time;
while saving fails, a banner says so and the answer is also kept in a file (tui/saving.py).
Every string from a case file is shown as plain text (Content, never markup).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static, TextArea

from designtrainer.domain.cards import RATING_NAMES, CardRecord, RatingName
from designtrainer.grading.results import ItemResult
from designtrainer.render.formatting import plural
from designtrainer.render.report import evidence_note, quote, quotes
from designtrainer.review.cards import rating_for, record_drill
from designtrainer.review.drill import (
    DrillCard,
    DrillPlan,
    grade_answer,
    question_for,
    reference_excerpt,
)
from designtrainer.review.schedule import now_utc, preview, when_due
from designtrainer.store.db import Store, StoreError
from designtrainer.tui.base import dt_app
from designtrainer.tui.saving import (
    STORE_ERRORS,
    RescueCopy,
    SaveWarning,
    reason,
    write_copy,
    write_or_say,
)
from designtrainer.tui.text import plain, visible
from designtrainer.tui.widgets.choices import ChoiceRow
from designtrainer.tui.widgets.footer import Footer

Phase = Literal["answer", "rate", "done"]
_ACTIONS: dict[str, tuple[Phase, ...]] = {
    "check": ("answer",),
    "rate": ("rate",),
    "save": ("rate",),
    "close": ("done",),
}


class DrillScreen(Screen[None]):
    CSS_PATH = "drill.tcss"
    BINDINGS = [
        Binding("ctrl+s", "check", "Check answer"),
        Binding("1", "rate('again')", "Again"),
        Binding("2", "rate('hard')", "Hard"),
        Binding("3", "rate('good')", "Good"),
        Binding("4", "rate('easy')", "Easy"),
        Binding("enter", "save", "Save & next"),
        Binding("enter", "close", "Done"),
        Binding("escape", "leave", "Stop"),
        Binding("f4", "save_copy", "Save a copy", show=False),
    ]

    def __init__(
        self,
        plan: DrillPlan,
        *,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        super().__init__()
        self.plan = plan
        self.index = 0
        self.phase: Phase = "answer"
        self._clock = clock
        self.result: ItemResult | None = None
        self.rating: RatingName = "again"
        self.reviewed: list[tuple[DrillCard, RatingName, CardRecord]] = []
        self._drill_id = 0
        self._saved_text = ""
        self._failing = False
        """Saving the answer failed (a full disk) and the person has been told; retried."""
        self._rescue = RescueCopy("")
        """The card's answer in a file while it cannot be saved, as a session's (`RescueCopy`):
        a crash or a `kill -9` then loses no more than a tick. One per card, made as it shows."""
        self._excerpt: tuple[str, bool] = ("", True)
        self._area: TextArea | None = None

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield ChoiceRow(id="where")
        with VerticalScroll(id="question-box", classes="panel"):
            yield Static(id="question")
            yield Static(id="stand-in", classes="muted")
        yield TextArea(id="answer", soft_wrap=True, tab_behavior="focus")
        with VerticalScroll(id="feedback", classes="panel"):
            yield Static(id="result")
        yield ChoiceRow(id="rating")
        yield SaveWarning()
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Drill"
        self.query_one("#question-box").border_title = "Question"
        self.query_one("#feedback").border_title = "Result"
        self.query_one("#feedback").can_focus = True
        self._warning = self.query_one(SaveWarning)
        """Held, as `area` is: the last autosave runs as the screen unmounts."""
        self.set_interval(dt_app(self).timing.save_every, self._tick)
        self._show_card()

    @property
    def store(self) -> Store:
        return dt_app(self).store

    @property
    def area(self) -> TextArea:
        # Held, not queried: on unmount (the last autosave) the children are already gone.
        if self._area is None:
            self._area = self.query_one("#answer", TextArea)
        return self._area

    @property
    def card(self) -> DrillCard:
        return self.plan.cards[self.index]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        phases = _ACTIONS.get(action)
        return phases is None or self.phase in phases

    def _set_phase(self, phase: Phase) -> None:
        self.phase = phase
        self.refresh_bindings()

    # -- one card --------------------------------------------------------------------------
    def _show_card(self) -> None:
        card = self.card
        self._failing = False
        self._warning.ok()
        drill = write_or_say(
            self,
            lambda: self.store.open_drill_answer(card.case.id, card.item.id),
            "keep an answer for this card (what you type is not saved in the database; it "
            "is written to a file as you type)",
        )
        if drill is None:
            self._no_row()
        restored = drill.answer if drill is not None else ""
        self._rescue = RescueCopy(f"designtrainer-unsaved-drill-{card.case.id}-{card.item.id}.md")
        self._drill_id, self._saved_text = (drill.id, restored) if drill is not None else (0, "")
        status = "new"
        if card.record is not None:
            when = when_due(card.record.due, self._clock())
            status = when if when.startswith("overdue") else f"due {when}"  # not "due overdue"
        self.query_one("#where", ChoiceRow).show(
            Content.assemble((visible(card.case.title), "bold"), f" — {card.section_title}  "),
            [Content.styled(f"card {self.index + 1} of {len(self.plan.cards)} · {status}", "dim")],
            Content(""),
        )
        question, stand_in = question_for(card.case, card.item)
        self.query_one("#question", Static).update(plain(question))
        self.query_one("#stand-in", Static).update(
            Content(
                "This idea has no drill question yet, so this is the section's own question. "
                "Answer it in a few sentences; one idea is graded, and named after you check."
            )
            if stand_in
            else Content("")
        )
        self.query_one("#stand-in").display = stand_in
        area = self.area
        area.read_only = False
        area.display = True
        area.text = restored
        area.border_title = "Your answer (Ctrl+S to check)"
        self.query_one("#feedback").display = False
        self.query_one("#rating").display = False
        self.query_one("#question-box").display = True
        self.remove_class("checked")
        self.result = None
        self._set_phase("answer")
        area.focus()
        area.move_cursor(area.document.end)
        if restored:
            self.notify("Restored what you wrote for this card last time.", timeout=3)
        self._rescue.say_left_behind(self, drill.updated_at if drill is not None else 0.0)

    def autosave(self) -> bool:
        """Save the answer if it changed (every second, and before anything that moves on).

        False while the store cannot be written (a full disk): the text stays on screen, the
        person is told once, the next tick retries, and meanwhile the answer is kept in a
        file (`RescueCopy`), removed once it is saved. A card shown without a row to save its
        answer in (the store could not write one) has only that file.
        """
        if self.phase == "done":
            return True
        text = self.area.text
        if not self._drill_id:
            if not self._open_row(text):
                if text.strip():
                    self._rescue.keep_and_say(self, self._copy_text(text))
                return True  # the rating needs no row; the next tick tries to make one again
            text = self.area.text  # the earlier answer, restored when nothing was typed
        if text == self._saved_text and not self._failing:
            return True
        try:
            self.store.save_drill_answer(self._drill_id, text)
        except STORE_ERRORS as exc:
            if not self._failing:
                self.notify(
                    f"Could not save your answer: {reason(exc)} Your text stays here and "
                    "saving is retried every second.",
                    severity="error",
                    timeout=10,
                    markup=False,
                )
            self._failing = True
            self._warning.failed(exc)
            self._rescue.keep_and_say(self, self._copy_text(text))
            return False
        if self._failing:
            self.notify("Your answer is saved again.", timeout=3)
        self._failing = False
        self._warning.ok()
        self._saved_text = text
        self._rescue.discard_and_say(self)  # the database has it
        return True

    def _no_row(self, exc: Exception | None = None) -> None:
        """The card has no row to save its answer in: the banner says so, as it does while
        saves fail (a toast that went after ten seconds was all a person was told), until a
        tick makes the row (`_open_row`)."""
        self._failing = True
        self._warning.failed(
            exc or StoreError("the database cannot keep this card's answer right now")
        )

    def _open_row(self, text: str) -> bool:
        """A tick on a card shown without a row: try again to make it, and save `text` there.

        An earlier unreviewed answer the row already held (one the card could not show) is
        never overwritten unseen: when it differs from what is on screen it goes to a file of
        its own first (`write_copy`), and the person is told where. False while it still fails.
        """
        card = self.card
        try:
            drill = self.store.open_drill_answer(card.case.id, card.item.id)
        except STORE_ERRORS as exc:
            self._no_row(exc)
            return False
        self._drill_id = drill.id
        earlier = drill.answer
        if earlier and not text and self.phase == "answer":
            # Nothing typed yet: the card shows it, as it would have had the row opened.
            self.area.text = earlier
            self.area.move_cursor(self.area.document.end)
            self.notify("Restored what you wrote for this card last time.", timeout=3)
        elif earlier.strip() and earlier != text:
            path, message = write_copy(
                self._copy_text(earlier),
                f"designtrainer-drill-earlier-{card.case.id}-{card.item.id}.md",
            )
            if path is None:
                self._drill_id = 0  # the earlier text stays in its row; try again next tick
                self._no_row(StoreError(message))
                return False
            self.notify(
                f"An answer you wrote for this card earlier was in the database: it is now "
                f"in {path}, and what is on screen is saved in its place.",
                severity="warning",
                timeout=12,
                markup=False,
            )
        self._saved_text = earlier
        return True

    def action_save_copy(self) -> None:
        """F4, as in a session: the answer as markdown in a file of its own (`write_copy`)."""
        if self.phase == "done":
            return
        card = self.card
        path, message = write_copy(
            self._copy_text(self.area.text),
            f"designtrainer-drill-{card.case.id}-{card.item.id}.md",
        )
        self.notify(message, severity="information" if path else "error", timeout=12, markup=False)

    def _tick(self) -> None:
        self.autosave()

    def _copy_text(self, text: str) -> str:
        """The answer as a file of its own says it: the idea, the case and the section."""
        card = self.card
        return f"# Drill: {card.item.label}\n\n{card.case.title} — {card.section_title}\n\n{text}\n"

    def action_check(self) -> None:
        self.autosave()
        card = self.card
        compiled = dt_app(self).library.compiled(card.case.id)  # type: ignore[union-attr]
        self.result = grade_answer(compiled, card.item, self.area.text)
        self.rating = rating_for(self.result, 0)
        self._excerpt = reference_excerpt(compiled, card.case, card.item)
        self.area.read_only = True
        self.area.border_title = "Your answer"
        feedback = self.query_one("#feedback")
        feedback.display = True
        self.query_one("#rating").display = True
        self.add_class("checked")
        self._render_feedback()
        self._set_phase("rate")
        feedback.focus()

    def action_rate(self, rating: str) -> None:
        if rating in RATING_NAMES:
            self.rating = rating
            self._render_feedback()

    def _render_feedback(self) -> None:
        assert self.result is not None
        card, result = self.card, self.result
        text = self.area.text
        parts: list[str | Content | tuple[str, str]] = []
        if result.met:
            parts += [("✔ Met: ", "bold $success"), (visible(card.item.label), "bold"), "\n"]
            said = quotes(result.evidence, lambda _section: text)
            earned = "; ".join(f'"{q}"{n}' for q, n in said)
            parts += [("The words that earned it: ", "dim"), visible(earned), "\n"]
        elif result.named:  # as the checklist and `grade` say it: written, but not applied
            parts += [
                ("~ Named without saying why: ", "bold $warning"),
                (visible(card.item.label), "bold"),
            ]
            advice = "Say what it means for this problem: a reason, a figure or a choice."
            if result.evidence:
                advice = f'You wrote "{quote(result.evidence[0], text)}". {advice}'
            parts += ["\n", visible(advice), "\n"]
        else:
            parts += [("✘ Not found: ", "bold $error"), (visible(card.item.label), "bold"), "\n"]
            if result.evidence:
                e = result.evidence[0]
                parts += [visible(f'You wrote "{quote(e, text)}"{evidence_note(e)}.'), "\n"]
        parts += ["\n", ("Why it matters: ", "bold"), visible(card.item.why.strip()), "\n\n"]
        excerpt, whole = self._excerpt
        heading = "The section's reference answer" if whole else "From the reference answer"
        parts += [(f"{heading}:\n", "bold"), visible(excerpt)]
        self.query_one("#result", Static).update(Content.assemble(*parts))
        now = self._clock()
        due = preview(card.record, now)
        choices: list[Content] = []
        for number, name in enumerate(RATING_NAMES, start=1):
            label = f" {number} {name.capitalize()} · {when_due(due[name].timestamp(), now)} "
            choices.append(Content.styled(label, "reverse bold" if name == self.rating else ""))
        self.query_one("#rating", ChoiceRow).show(
            Content.styled("Rate it: ", "bold"),
            choices,
            Content.styled(
                f"Enter saves {self.rating.capitalize()}: next review {due[self.rating]:%a %d %b}."
                " Keys 1-4 change the rating.",
                "dim",
            ),
        )

    def action_save(self) -> None:
        card = self.card
        if not self.autosave():
            return  # told already; the rating waits for the answer it rates
        record = write_or_say(
            self,
            lambda: record_drill(
                self.store,
                self._drill_id,
                (card.case.id, card.item.id),
                self.rating,
                section=card.item.section,
                label=card.item.label,
                now=self._clock(),
            ),
            "save the rating",
        )
        if record is None:
            return
        self.reviewed.append((card, self.rating, record))
        if self.index + 1 < len(self.plan.cards):
            self.index += 1
            self._show_card()
        else:
            self._show_summary()

    # -- the end ---------------------------------------------------------------------------
    def _show_summary(self) -> None:
        self._set_phase("done")
        self.area.display = False
        self.query_one("#question-box").display = False
        now = self._clock()
        counts = Counter(rating for _, rating, _ in self.reviewed)
        parts: list[str | Content | tuple[str, str]] = [
            (f"{plural(len(self.reviewed), 'card')} reviewed", "bold"),
            "  " + " · ".join(f"{name} {counts[name]}" for name in RATING_NAMES),
            "\n\n",
        ]
        for card, rating, record in self.reviewed:
            parts += [
                (f"{rating:<5}  ", "bold"),
                f"{visible(card.item.label)}  ",
                (f"{visible(card.case.title)} · next {when_due(record.due, now)}", "dim"),
                "\n",
            ]
        self.query_one("#where", ChoiceRow).update(Content("Drill finished"))
        self.query_one("#feedback").border_title = "Summary"
        self.query_one("#rating").display = False
        self.query_one("#result", Static).update(Content.assemble(*parts))
        feedback = self.query_one("#feedback")
        feedback.display = True
        feedback.focus()

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_leave(self) -> None:
        if not self.autosave():
            self.notify(
                "Not stopped: your answer is not saved yet. Saving is retried every second; "
                "free some space and press Escape again.",
                severity="warning",
                timeout=8,
            )
            return
        text = self.area.text
        self.app.pop_screen()
        if self.phase == "done":
            return
        if not text.strip():
            self.notify("Stopped. The card stays due.", timeout=3)
        elif not self._drill_id and self._rescue.path is not None:
            # No row took it (`_open_row` still fails): the file is the only copy; say where.
            self.notify(
                f"Stopped. Your answer could not be saved in the database; it is in "
                f"{self._rescue.path}. The card stays due.",
                severity="warning",
                timeout=12,
                markup=False,
            )
        else:
            self.notify("Stopped. Your answer is kept; the card stays due.", timeout=3)

    def on_unmount(self) -> None:
        self.autosave()

    def rescue(self) -> str | None:
        """On quit, or an error ending the app: save the answer; when that cannot be done
        (a full disk, or no row to keep it in), write it to a file and say where."""
        if self.phase == "done" or not self.area.text.strip():
            return None
        if self._drill_id and self.autosave():
            return None
        card = self.card
        message = self._rescue.last_copy(
            self._copy_text(self.area.text),
            f"designtrainer-drill-{card.case.id}-{card.item.id}.md",
        )
        return f"Your drill answer could not be saved. {message}"
