"""What the interviewer marks on one section of a peer interview: its rating, the rubric items
heard, the red flags heard and notes.

The widget shows a section from the review and folds what is on screen back into it
(`capture`); the screen keeps the review and saves it. Red flags belong to the whole interview,
so a flag of another section that is not listed here is kept as it is.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from designtrainer.domain.model import Rubric
from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import SECTION_TITLES, rating_label
from designtrainer.tui.text import plain, styled
from designtrainer.tui.widgets.suggestions import section_flags
from designtrainer.tui.widgets.text_area import InertTextArea
from designtrainer.tui.widgets.ticklist import TickList


class SectionMarks(Vertical):
    """Rating, items heard (#ticks), red flags heard (#flags) and notes (#notes)."""

    def compose(self) -> ComposeResult:
        yield Static(id="rating")
        yield TickList(id="ticks")
        yield TickList(id="flags")
        yield InertTextArea(id="notes", soft_wrap=True)

    def on_mount(self) -> None:
        self.ticks = self.query_one("#ticks", TickList)
        self.flags = self.query_one("#flags", TickList)
        self.notes = self.query_one("#notes", InertTextArea)
        self.flags.border_title = "Red flags heard"

    _to_notes = False
    """A note begun on a tick list, until the notes box has the focus: keys already on their
    way to the list (typing is faster than the focus moves) belong to the note, space too."""

    def on_key(self, event: events.Key) -> None:
        """A letter typed on a tick list starts a note: the notes box takes the focus and the
        letter, at the end of what it holds. The console opens on the items heard, and an
        interviewer who began writing there lost every letter (space ticks and digits rate,
        as before, when no note is being begun)."""
        char = event.character
        if char is None or not char.isprintable() or not isinstance(self.screen.focused, TickList):
            return
        if not (self._to_notes or char.isalpha()):
            return
        event.stop()
        event.prevent_default()
        if not self._to_notes:
            self._to_notes = True
            self.notes.focus()
            self.notes.move_cursor(self.notes.document.end)
        self.notes.insert(char)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is self.notes:
            self._to_notes = False

    def show(self, rubric: Rubric, review: PeerReview, section: str) -> None:
        """Show `section` as the review has it."""
        self.ticks.show(
            (
                (i.id, styled("$label [dim i]$tag[/]", label=i.label, tag=i.level))
                for i in rubric.section_items(section)
            ),
            review.ticks.get(section, ()),
        )
        self.flags.show(
            ((f.id, plain(f.name)) for f in section_flags(rubric, section)),
            review.red_flags,
        )
        self.flags.display = self.flags.option_count > 0
        self.notes.text = review.notes.get(section, "")
        self.notes.border_title = f"Your notes — {SECTION_TITLES[section]}"
        self.show_rating(review.ratings.get(section))

    def show_rating(self, rating: int | None) -> None:
        widget = self.query_one("#rating", Static)
        if rating is None:
            widget.update("Rating: [dim]none yet (press 1-4)[/dim]")
        else:
            widget.update(f"Rating: [b]{rating_label(rating)}[/b]")

    def show_counts(self, rubric: Rubric, review: PeerReview, section: str, more: int) -> None:
        """Items heard of the section's (and its core ones); `more` the checker suggests."""
        items = rubric.section_items(section)
        ticked = set(review.ticks.get(section, ()))
        core = [i for i in items if i.level == "core"]
        self.ticks.border_title = (
            f"Heard {sum(i.id in ticked for i in items)}/{len(items)}"
            f" · core {sum(i.id in ticked for i in core)}/{len(core)}"
        )
        self.ticks.border_subtitle = f"checker: +{more} (Ctrl+O)" if more else ""

    def capture(self, rubric: Rubric, review: PeerReview, section: str) -> PeerReview:
        """`review` with this section's ticks, flags and notes as on screen."""
        chosen = set(self.ticks.selected)
        ids = [i.id for i in rubric.section_items(section) if i.id in chosen]
        if tuple(ids) != review.ticks.get(section, ()):
            review = review.with_ticks(section, ids)
        shown = {f.id for f in section_flags(rubric, section)}
        flagged = set(self.flags.selected)
        kept = [f for f in review.red_flags if f not in shown]
        heard = [f.id for f in rubric.red_flags if f.id in flagged or f.id in kept]
        if tuple(heard) != review.red_flags:
            review = review.with_flags(heard)
        if self.notes.text != review.notes.get(section, ""):
            review = review.note(section, self.notes.text)
        return review
