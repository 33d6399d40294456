"""The summary of an attempt: what the rubric found, what was missed and why, the depth notes.

Built from the stored grade (labels and whys included), so it reads the same after the case
file changes. Shown by the summary screen after an attempt and read-only from history.
"""

from __future__ import annotations

from designtrainer.clarify import asked_together, unasked_clarifications
from designtrainer.domain.model import Case
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.grading.results import ItemResult
from designtrainer.render.formatting import clock, pct
from designtrainer.render.insights import depth_markdown
from designtrainer.render.markdown import inline
from designtrainer.render.report import found_under, named_summary
from designtrainer.store.attempt import Attempt


def _where(section: str | None) -> str:
    """ " (found under Modeling)" escaped, for an idea or flag found in another section."""
    return f" {inline(found_under(section))}" if section else ""


def _item_line(r: ItemResult) -> str:
    """ "- **label** (Section, level): why", and where a named idea was found if elsewhere."""
    return (
        f"- **{inline(r.item.label)}** ({SECTION_TITLES[r.item.section]}, "
        f"{r.item.level}){_where(r.found_in)}: {inline(r.item.why)}"
    )


def summary_markdown(attempt: Attempt, budgets: dict[str, int], case: Case | None = None) -> str:
    """The summary as markdown. With the case, it also names the clarifications not asked."""
    result = attempt.result
    asked = asked_together((q.question, q.answer) for q in attempt.questions)
    out = [f"# {inline(attempt.case_title)}", ""]
    out.append(
        f"**Overall: {pct(attempt.score)}**  ·  time {clock(attempt.seconds)}"
        f"  ·  hints used {attempt.hints_used}  ·  clarifying questions {len(asked)}"
    )
    out.append("")
    if result is not None:
        out += [f"- {inline(lv.verdict)}" for lv in result.shown_levels]
    if not attempt.questions:
        out += [
            "",
            "> **You asked no clarifying questions.** In a real interview that is the most "
            "common reason for a weak start: ask about scale, latency, labels and the goal "
            "before designing.",
        ]
    # Red flags first: they are what an interviewer remembers.
    if result is not None and result.red_flags:
        out += ["", "## Red flags", ""]
        for hit in result.red_flags:
            quoted = f" (“{inline(hit.evidence[0].text)}”)" if hit.evidence else ""
            name = f"**{inline(hit.flag.name)}**"
            out.append(f"- ⚠ {name}: {inline(hit.flag.message)}{quoted}{_where(hit.found_in)}")
    out += [
        "",
        "## Sections",
        "",
        "| Section | Score | Time | Budget | Hints |",
        "|---|---|---|---|---|",
    ]
    scores = {s.id: s.score for s in result.sections} if result is not None else {}
    for sid in SECTION_IDS:
        state = attempt.section(sid)
        budget = budgets.get(sid)
        over = budget is not None and state.seconds > budget * 60
        spent = clock(state.seconds) + (" (over)" if over else "")
        out.append(
            f"| {SECTION_TITLES[sid]} | {pct(scores.get(sid))} | {spent} | "
            f"{f'{budget}:00' if budget else '—'} | {state.hints_used} |"
        )
    items = result.items if result is not None else ()
    # Named is not missed: the idea is there, the reasoning is not, so the why is the nudge.
    named = named_summary(result) if result is not None else []
    if named:
        out += ["", f"## {inline(named[0])}", ""]
        out += [_item_line(r) for r in items if r.named]
    missed = [r for r in items if r.state == "missed"]
    if missed:
        out += ["", "## What you missed", ""]
        out += [_item_line(r) for r in missed]
    elsewhere = [r for r in items if r.met and r.found_in]
    if elsewhere:
        out += ["", "## Credited from another section", ""]
        out += [
            f"- **{inline(r.item.label)}** ({SECTION_TITLES[r.item.section]}){_where(r.found_in)}"
            for r in elsewhere
        ]
    answers: dict[str, str] = {sid: attempt.section(sid).answer for sid in SECTION_IDS}
    out += depth_markdown(answers)
    if attempt.questions:
        out += ["", "## Clarifying questions", ""]
        for question, replies in asked:
            # a trailing backslash is a CommonMark hard line break: each further answer on its own
            lines = [f"**{inline(question)}** — {inline(replies[0])}"]
            lines += [inline(a) for a in replies[1:]]
            out.append("- " + "\\\n  ".join(lines))
    if case is not None:
        unasked = unasked_clarifications(case, (q.clarification for q in attempt.questions))
        if unasked:
            out += ["", "## Questions you did not ask", ""]
            out += [f"- {inline(case.clarifications[i].question)}" for i in unasked]
    return "\n".join(out) + "\n"
