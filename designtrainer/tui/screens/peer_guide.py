"""What the interviewer reads in the peer console's left panel: the guide of a section, and the
wrap-up. Pure functions of the case, the rubric and the review, so the screen stays about
stepping and input (and the text can be tested without an app).
"""

from __future__ import annotations

from textual.content import Content

from designtrainer.domain.model import Case, Rubric
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
from designtrainer.render.formatting import clock
from designtrainer.store.attempt import Attempt
from designtrainer.tui.text import plain, styled
from designtrainer.tui.widgets.suggestions import section_flags

SIGNAL_HINTS = {
    "clarifying": "asked about scale, latency, labels and the goal before designing",
    "structure": "a clear path from framing to production, saying where they are",
    "tradeoffs": "named the alternatives and why they chose one",
    "time": "kept each section near its budget (times below)",
}
SCALE = " · ".join(f"{n} {label}" for n, label in RATING_LABELS.items())


ASKED_HEADER = (
    "[b]If the candidate asks[/b]  [dim](the answers to give; space marks one asked, "
    "and the export lists it)[/dim]"
)


def clarification_items(case: Case) -> list[tuple[str, Content]]:
    """The case's clarifications as a tick list: (index, question and the answer to give)."""
    return [
        (str(n), styled("$question\n  [dim]→ $answer[/dim]", question=c.question, answer=c.answer))
        for n, c in enumerate(case.clarifications)
    ]


def guide_text(case: Case, rubric: Rubric, section: str) -> tuple[Content, Content]:
    """What the interviewer reads and listens for in a section: the text before the list of
    clarifying questions (which the screen shows as a tick list) and the text after it."""
    spec = case.section(section)
    out = [
        styled(
            "[b]Read out[/b]  [dim]$title · $minutes min[/dim]",
            title=SECTION_TITLES[section],
            minutes=spec.time_budget_minutes,
        ),
        plain(" ".join(spec.prompt.split())),
    ]
    asked = [Content(), Content.from_markup(ASKED_HEADER)]
    rest = [Content(), styled("[b]Probe with[/b]")]
    rest += [plain(f"• {q}") for q in spec.follow_ups] or [styled("[dim]No follow-ups.[/dim]")]
    rest += [Content(), styled("[b]What good looks like[/b]")]
    for level in LEVELS:
        items = [i for i in rubric.section_items(section) if i.level == level]
        if items:
            rest.append(plain(level, "italic"))
            rest += [styled("• $label [dim]— $why[/dim]", label=i.label, why=i.why) for i in items]
    rest += [Content(), styled("[b]Listen for[/b]")]
    rest += [plain(f"• {p}") for p in spec.pitfalls]
    rest += [
        styled("⚠ [b]$name[/b] [dim]— $message[/dim]", name=f.name, message=f.message)
        for f in section_flags(rubric, section)
    ]
    if section == "framing":  # clarifying questions come first in a real interview
        return Content("\n").join(out + asked), Content("\n").join(rest)
    return Content("\n").join(out + rest + asked), Content()


def wrapup_text(case: Case, rubric: Rubric, review: PeerReview, attempt: Attempt) -> Content:
    """The wrap-up: how to rate communication, the recommendation so far, each section."""
    rec = review.decided(rubric.items, rubric.red_flags).recommendation
    missing = review.missing_ratings
    # Our own markup (built from our constants and figures), and the rule as plain text.
    lines: list[str | Content] = [
        "[b]Wrap-up[/b]: the interview is over and the clock has stopped. Rate how the "
        "candidate communicated: 1-4 rates the signal marked ▸ on the right "
        f"([dim]{SCALE}[/dim]); it stays marked, so another key corrects it, and ↑ / ↓ "
        "move to the next. Ctrl+N finishes and shows the scorecard.",
        "",
        f"[b]Recommendation so far: {(rec.outcome if rec else '') or 'none yet'}[/b]",
        styled("[dim]$why[/dim]", why=rec.why if rec else ""),
    ]
    if missing:
        lines += ["", f"[b]Not rated yet:[/b] {', '.join(missing)}"]
    lines += ["", "[b]Sections[/b]"]
    ticked = review.ticked(rubric.items)
    for sid in SECTION_IDS:
        core = [i for i in rubric.section_items(sid) if i.level == "core"]
        spent = attempt.section(sid).seconds
        budget = case.section(sid).time_budget_minutes
        over = " [b red](over)[/]" if spent > budget * 60 else ""
        lines.append(
            f"• {SECTION_TITLES[sid]}: {rating_label(review.ratings.get(sid))}, "
            f"core {sum(i.id in ticked for i in core)}/{len(core)}, "
            f"{clock(spent)} of {budget}:00{over}"
        )
    lines += ["", "[b]Communication signals[/b]"]
    lines += [f"• [b]{COMM_TITLE[k]}[/b]: {SIGNAL_HINTS[k]}" for k in SIGNALS]
    lines += ["", "[b]Clarifying questions the candidate asked[/b] [dim](space marks one)[/dim]"]
    return Content("\n").join(Content.from_markup(x) if isinstance(x, str) else x for x in lines)
