"""Attempts as files a person keeps and shares: markdown, HTML, and the interviewer's checklist.

Pure functions over attempts, cases and rubrics; callers do the reading and writing. Markdown is
the durable format: YAML front matter for programs, headings and GFM task lists for people.

Each answer sits in a fence that nothing in it can close (render.markdown.fence), so GitHub
shows it verbatim and io.importing reads it back exactly (the round-trip guarantee is stated
there). The rubric, questions and notes come after the answers and are never read back.
Everything graded comes from the stored result, not the case, so an attempt still exports after
its case changed or vanished.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, Literal

import yaml

from designtrainer.clarify import unasked_clarifications
from designtrainer.domain.model import Case, Rubric
from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import (
    COMMUNICATION_TITLES,
    LEVELS,
    SECTION_IDS,
    SECTION_TITLES,
    Level,
    rating_label,
)
from designtrainer.grading.results import Evidence, GradeResult
from designtrainer.io.importing import FORMAT_KEY, FORMAT_VERSION, NO_ANSWER, RUBRIC_HEADING
from designtrainer.render.formatting import pct
from designtrainer.render.insights import depth_markdown
from designtrainer.render.markdown import block_quote, fence, inline, one_line
from designtrainer.render.report import evidence_note, found_under, named_summary, quote
from designtrainer.store.attempt import Attempt

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

Format = Literal["md", "html"]

QUOTE_WIDTH = 40  # characters of an answer shown around a rubric item's evidence
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


# -- markdown ---------------------------------------------------------------------------------


def attempt_markdown(attempt: Attempt, case: Case | None, *, tz: tzinfo | None = None) -> str:
    """The attempt as a markdown document; `case` only adds time budgets and may be None.

    `tz` fixes the zone dates are shown in (default local).
    """
    return _front_matter(attempt, tz) + _body(attempt, case, tz)


def _front_matter(attempt: Attempt, tz: tzinfo | None) -> str:
    result = attempt.result
    meta: dict[str, Any] = {
        FORMAT_KEY: FORMAT_VERSION,
        "case": one_line(attempt.case_id),
        "title": one_line(_title(attempt)),
        "mode": attempt.mode,
        "date": _when(attempt.created_at, tz).isoformat(timespec="seconds"),
        "duration_minutes": round(attempt.seconds / 60, 1),
        "score": round(result.score, 4) if result is not None else None,
    }
    if result is not None:
        meta["levels"] = {lv.level: {"met": lv.met, "total": lv.total} for lv in result.levels}
    # One line per value (titles are flattened above), so the closing `---` is unambiguous.
    dumped = yaml.safe_dump(
        meta, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1 << 20
    )
    return f"---\n{dumped}---\n"


def _body(attempt: Attempt, case: Case | None, tz: tzinfo | None) -> str:
    out = [f"# {inline(_title(attempt))}", "", _summary(attempt, tz)]
    for sid in SECTION_IDS:
        out += ["", f"## {SECTION_TITLES[sid]}", "", _answer_block(attempt.section(sid).answer)]
    out += _rubric(attempt)
    out += _red_flags(attempt)
    out += depth_markdown({sid: attempt.section(sid).answer for sid in SECTION_IDS})
    if attempt.mode != "peer" or attempt.hints_used:  # a peer interview takes no hints
        out += _hints(attempt)
    out += _questions(attempt)
    out += _unasked(attempt, case)
    out += _timing(attempt, case)
    if attempt.mode == "peer" and attempt.peer is not None:
        out += _peer(attempt.peer, attempt.result)
    return "\n".join(out) + "\n"


def _answer_block(answer: str) -> str:
    return NO_ANSWER if answer == "" else fence(answer, "markdown")


def _summary(attempt: Attempt, tz: tzinfo | None) -> str:
    result = attempt.result
    parts = [
        f"{'Peer' if attempt.mode == 'peer' else 'Solo'} attempt",
        _when(attempt.created_at, tz).strftime("%Y-%m-%d %H:%M"),
        f"{_minutes(attempt.seconds)} min",
    ]
    if result is None:
        parts.append("not graded")
    else:
        parts.append(f"score {pct(result.score)}")
        parts += [lv.verdict for lv in result.levels]
    if not attempt.finished:
        parts.append("unfinished")
    return "*" + inline(" · ".join(parts)) + "*"


def _rubric(attempt: Attempt) -> list[str]:
    out = ["", f"## {RUBRIC_HEADING}", ""]
    result = attempt.result
    if result is None:
        return [*out, "Not graded yet."]
    out.append(f"**Score: {pct(result.score)}**")
    out += ["", *(f"- {inline(lv.verdict)}" for lv in result.levels)]
    out += [f"- {inline(line)}" for line in named_summary(result)[:1]]
    for section in result.sections:
        out += ["", f"### {inline(_section_title(section.id))} ({pct(section.score)})", ""]
        if not section.items:
            out.append("No rubric items.")
        for r in section.items:
            label = inline(r.item.label)
            quotes = "; ".join(
                f'"{inline(_quote(e, attempt))}"' + _note(evidence_note(e)) for e in r.evidence
            )
            where = _note(found_under(r.found_in))
            if r.met:
                out.append(f"- [x] {label}" + (f" — {quotes}" if quotes else "") + where)
            elif r.named:
                # Not a tick: the idea is named, the reasoning is missing; the why is the nudge.
                why = _note(f"— {r.item.why}") if r.item.why.strip() else ""
                named = f"- [ ] {label} — named, not explained" + (f": {quotes}" if quotes else "")
                out.append(named + where + why)
            else:
                why = inline(r.item.why)
                if r.evidence:
                    e = r.evidence[0]
                    note = evidence_note(e).strip(" ()")
                    why += f' (you wrote "{inline(_quote(e, attempt))}", {inline(note)})'
                out.append(f"- [ ] {label}" + (f" — {why}" if why else ""))
    return out


def _red_flags(attempt: Attempt) -> list[str]:
    out = ["", "## Red flags", ""]
    result = attempt.result
    if result is None or not result.red_flags:
        return [*out, "None." if result is not None else "Not graded yet."]
    for hit in result.red_flags:
        line = f"- ⚠ {inline(hit.flag.message)}"
        if hit.evidence:
            e = hit.evidence[0]
            line += f' — "{inline(_quote(e, attempt))}" ({inline(_section_title(e.section))})'
        out.append(line)
    return out


def _hints(attempt: Attempt) -> list[str]:
    out = ["", "## Hints used", ""]
    out += [f"- {SECTION_TITLES[sid]}: {attempt.section(sid).hints_used}" for sid in SECTION_IDS]
    return [*out, f"- **Total: {attempt.hints_used}**"]


def _questions(attempt: Attempt) -> list[str]:
    out = ["", "## Clarifying questions", ""]
    if not attempt.questions:
        return [*out, "None asked."]
    for q in attempt.questions:
        # The trailing backslash is a CommonMark hard line break: the answer on its own line.
        out += [f"- **Q:** {inline(q.question)}\\", f"  **A:** {inline(q.answer)}"]
    return out


def _unasked(attempt: Attempt, case: Case | None) -> list[str]:
    """The case's clarifications no question was matched to (needs the case; none without)."""
    if case is None:
        return []
    unasked = unasked_clarifications(case, (q.clarification for q in attempt.questions))
    if not unasked:
        return []
    out = ["", "## Clarifying questions not asked", ""]
    return out + [f"- {inline(case.clarifications[i].question)}" for i in unasked]


def _timing(attempt: Attempt, case: Case | None) -> list[str]:
    out = [
        "",
        "## Timing",
        "",
        "| Section | Minutes spent | Budget (min) |",
        "| --- | ---: | ---: |",
    ]
    budgets: dict[str, int] = {}
    if case is not None:
        budgets = {s.id: s.time_budget_minutes for s in case.sections}
    for sid in SECTION_IDS:
        budget = budgets.get(sid)
        spent = _minutes(attempt.section(sid).seconds)
        out.append(f"| {SECTION_TITLES[sid]} | {spent} | {budget if budget is not None else '—'} |")
    total = str(sum(budgets.values())) if budgets else "—"
    out.append(f"| **Total** | **{_minutes(attempt.seconds)}** | **{total}** |")
    if case is None:
        out += ["", "The case is no longer in the library, so budgets are not shown."]
    return out


def _peer(review: PeerReview, result: GradeResult | None) -> list[str]:
    out = ["", "## Peer review", ""]
    rec = review.recommendation
    outcome = rec.outcome if rec is not None else ""
    out.append(f"**Recommendation: {inline(outcome) if outcome else '—'}**")
    if rec is not None and rec.why:
        out += ["", f"Why: {inline(rec.why)}"]
    if rec is not None and rec.rule:
        out += ["", f"Decision rule: {inline(rec.rule)}"]
    labels = {r.item.id: r.item.label for r in result.items} if result is not None else {}
    out += ["", "| Section | Rating | Interviewer ticked |", "| --- | --- | --- |"]
    for sid in SECTION_IDS:
        names = [labels.get(t, t) for t in review.ticks.get(sid, ())]
        shown = "; ".join(inline(n) for n in names) or "—"
        out.append(f"| {SECTION_TITLES[sid]} | {rating_label(review.ratings.get(sid))} | {shown} |")
    out += ["", "### Communication", "", "| Signal | Rating |", "| --- | --- |"]
    out += [
        f"| {title} | {rating_label(review.communication.get(key))} |"
        for key, title in COMMUNICATION_TITLES.items()
    ]
    if review.communication_notes.strip():
        out += ["", *block_quote(review.communication_notes)]
    written = [sid for sid in SECTION_IDS if review.notes.get(sid, "").strip()]
    if written:
        out += ["", "### Interviewer notes"]
        for sid in written:
            out += ["", f"#### {SECTION_TITLES[sid]}", "", *block_quote(review.notes[sid])]
    return out


# -- HTML -------------------------------------------------------------------------------------

_CSS = """
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { line-height: 1.25; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3em; }
pre { background: #f6f8fa; padding: .8rem 1rem; border-radius: 6px; white-space: pre-wrap;
  overflow-wrap: anywhere; }
code { font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: .3rem .7rem; }
blockquote { margin: 0; padding: 0 1rem; color: #59636e; border-left: 4px solid #d0d7de; }
li.task { list-style: none; margin-left: -1.2rem; }
@media print { body { margin: 0; max-width: none; } pre { break-inside: avoid; } }
""".strip()


def attempt_html(attempt: Attempt, case: Case | None, *, tz: tzinfo | None = None) -> str:
    """The markdown rendered as a standalone page; raw HTML in an answer is shown, never run.

    markdown-it with html=False escapes every tag, the answers are code blocks anyway, and the
    page's Content-Security-Policy forbids scripts should anything slip through.
    """
    body = _renderer().render(_body(attempt, case, tz))
    title = html.escape(one_line(_title(attempt)))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="designtrainer">\n'
        f"<title>{title} · designtrainer</title>\n"
        f"<style>\n{_CSS}\n</style>\n"
        "</head>\n"
        "<body>\n"
        "<main>\n"
        f"{body}"
        "</main>\n"
        "</body>\n"
        "</html>\n"
    )


def _renderer() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.core.ruler.push("task_boxes", _task_boxes)
    return md


def _task_boxes(state: StateCore) -> None:
    """`- [x] item` as a ☑ list item: GFM task lists without a plugin dependency."""
    tokens = state.tokens
    for i in range(2, len(tokens)):
        tok = tokens[i]
        if not (
            tok.type == "inline"
            and tok.children
            and tokens[i - 1].type == "paragraph_open"
            and tokens[i - 2].type == "list_item_open"
        ):
            continue
        first = tok.children[0]
        if first.type == "text" and first.content[:4] in ("[ ] ", "[x] "):
            first.content = ("☑ " if first.content[1] == "x" else "☐ ") + first.content[4:]
            tokens[i - 2].attrSet("class", "task")


# -- file names -------------------------------------------------------------------------------


def default_filename(attempt: Attempt, fmt: Format, *, tz: tzinfo | None = None) -> str:
    """`<case>-<YYYY-MM-DD>-<mode>.<fmt>`, with anything but [A-Za-z0-9._-] made a dash."""
    case = _UNSAFE_NAME.sub("-", attempt.case_id).strip(".-") or "attempt"
    mode = _UNSAFE_NAME.sub("-", attempt.mode).strip(".-") or "solo"
    date = _when(attempt.created_at, tz).strftime("%Y-%m-%d")
    return f"{case}-{date}-{mode}.{fmt}"


# -- the interviewer's checklist --------------------------------------------------------------


def rubric_checklist(case: Case, rubric: Rubric, level: Level = "staff") -> str:
    """A printable checklist for a peer without the app: items up to `level`, red flags."""
    doc = rubric_checklist_json(case, rubric, level)
    shown = ", ".join(LEVELS[: LEVELS.index(level) + 1])
    out = [
        f"# {inline(case.title)}: interviewer checklist",
        "",
        f"*Case `{case.id}` · {case.total_minutes} min · {shown} items*",
        "",
        "Tick an item when the candidate covers it, in their own words.",
    ]
    for section in doc["sections"]:
        out += ["", f"## {section['title']} ({section['minutes']} min)", ""]
        if not section["items"]:
            out.append(f"No {shown} items.")
        for item in section["items"]:
            out.append(
                f"- [ ] {inline(item['label'])} ({item['level']}, {item['weight']})"
                f" — {inline(item['why'])}"
            )
    out += ["", "## Red flags", ""]
    for flag in doc["red_flags"]:
        where = f" ({SECTION_TITLES[flag['section']]})" if flag["section"] else ""
        out.append(f"- [ ] {inline(flag['message'])}{where}")
    if not doc["red_flags"]:
        out.append("None listed.")
    return "\n".join(out) + "\n"


def rubric_checklist_json(case: Case, rubric: Rubric, level: Level = "staff") -> dict[str, Any]:
    """The checklist as data; levels are cumulative (senior means core and senior items)."""
    allowed = set(LEVELS[: LEVELS.index(level) + 1])
    return {
        "case": case.id,
        "title": case.title,
        "level": level,
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "minutes": section.time_budget_minutes,
                "items": [
                    {
                        "id": item.id,
                        "label": item.label,
                        "level": item.level,
                        "weight": item.weight,
                        "why": item.why,
                    }
                    for item in rubric.section_items(section.id)
                    if item.level in allowed
                ],
            }
            for section in case.sections
        ],
        "red_flags": [
            {"id": flag.id, "message": flag.message, "section": flag.section}
            for flag in rubric.red_flags
        ],
    }


# -- small helpers ----------------------------------------------------------------------------


def _title(attempt: Attempt) -> str:
    return one_line(attempt.case_title) or attempt.case_id or "Untitled attempt"


def _section_title(sid: str) -> str:
    return SECTION_TITLES.get(sid, sid or "?")


def _when(timestamp: float, tz: tzinfo | None) -> datetime:
    return (
        datetime.fromtimestamp(timestamp, tz)
        if tz
        else datetime.fromtimestamp(timestamp).astimezone()
    )


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.1f}"


def _note(note: str) -> str:
    return f" {inline(note)}" if note.strip() else ""


def _quote(ev: Evidence, attempt: Attempt) -> str:
    """The matched words with a little context, when the stored offsets still fit the answer."""
    answer = attempt.sections.get(ev.section)
    source = answer.answer if answer else ""
    if 0 <= ev.start < ev.end <= len(source) and source[ev.start : ev.end] == ev.text:
        return quote(ev, source, QUOTE_WIDTH)
    return quote(ev)
