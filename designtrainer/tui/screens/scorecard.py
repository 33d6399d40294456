"""The scorecard of a peer interview: ratings, coverage, the recommendation and its rule.

Built from the stored attempt (the interviewer's review and the grade saved when it finished),
so it reads the same after the case file changes or goes. Also opened read-only from history.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Markdown

from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading.grade import grade
from designtrainer.render.scorecard import (
    Scorecard,
    build_scorecard,
    flag_quotes,
    scorecard_markdown,
)
from designtrainer.store.attempt import Attempt
from designtrainer.tui.base import dt_app
from designtrainer.tui.screens.export import export_attempt
from designtrainer.tui.widgets.footer import Footer
from designtrainer.tui.widgets.markdown import SafeMarkdown


class ScorecardScreen(Screen[None]):
    CSS_PATH = "peer.tcss"
    BINDINGS = [
        Binding("e", "export", "Export"),
        Binding("escape,b", "back", "Back"),
    ]

    def __init__(self, attempt_id: int) -> None:
        super().__init__()
        self.attempt_id = attempt_id
        self.card: Scorecard | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="scorecard-box"):
            yield SafeMarkdown(id="scorecard")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Peer interview scorecard"
        attempt = dt_app(self).store.get(self.attempt_id)
        if attempt is None:
            self.app.pop_screen()
            return
        self.card = self.scorecard(attempt)
        self.query_one(Markdown).update(scorecard_markdown(self.card, attempt.case_title))
        self.query_one("#scorecard-box").focus()

    def scorecard(self, attempt: Attempt) -> Scorecard:
        app = dt_app(self)
        library = app.library
        case = library.cases.get(attempt.case_id) if library is not None else None
        budgets: dict[str, int] | None = None
        if case is not None:
            budgets = {s.id: s.time_budget_minutes for s in case.sections}
        seconds: dict[str, float] = {sid: attempt.section(sid).seconds for sid in SECTION_IDS}
        review = attempt.peer or PeerReview()
        if attempt.result is not None:
            # Finished: the rubric items and the checker's red flags as they were stored.
            return build_scorecard(
                review,
                tuple(r.item for r in attempt.result.items),
                tuple(h.flag for h in attempt.result.red_flags),
                case=attempt.case_id,
                checker_flags=flag_quotes(attempt.result),
                seconds=seconds,
                budgets=budgets,
            )
        assert library is not None and attempt.case_id in library.rubrics
        rubric = library.rubric(attempt.case_id)
        checker = grade(library.compiled(attempt.case_id), attempt.answers)
        return build_scorecard(
            review.decided(rubric.items, rubric.red_flags),
            rubric.items,
            rubric.red_flags,
            case=attempt.case_id,
            checker_flags=flag_quotes(checker),
            seconds=seconds,
            budgets=budgets,
        )

    def action_export(self) -> None:
        export_attempt(self, self.attempt_id)

    def action_back(self) -> None:
        self.app.pop_screen()
