"""Attempts as files a person keeps and shares: markdown, HTML, and the interviewer's checklist.

Pure functions over attempts, cases and rubrics; callers do the reading and writing. Markdown is
the durable format and reads as a document for a mentor: per section the prompt (quoted), the
time against the budget, the answer as the person wrote it (as markdown, not a code block), the
follow-up probes that were shown, the checklist with the words that earned each tick and, on
request, the reference answer. Then red flags, depth notes, the clarifying questions, timing.

Each answer sits between two HTML comments (io.importing.answer_markers), invisible on GitHub,
with whatever its markdown leaves open (a code fence, a raw HTML block) closed after it
(render.markdown.closers), so io.importing reads it back exactly (the round-trip guarantee is
stated there) and it cannot run on into the document. A last comment holds what `import`
restores besides the answers (dates, seconds and hints per section, questions) as JSON. The
rest is for people and never read back. Everything graded comes from the stored result, not
the case, so an attempt still exports after its case changed or vanished (without prompts,
probes, budgets and references, which only the case has).
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, Literal

import yaml

from designtrainer.clarify import asked_together, unasked_clarifications
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
from designtrainer.grading.results import GradeResult, SectionResult
from designtrainer.io.answers import FORMAT_KEY
from designtrainer.io.importing import (
    DATA_CLOSE,
    DATA_OPEN,
    FORMAT_VERSION,
    NO_ANSWER,
    answer_markers,
)
from designtrainer.render.formatting import clock, pct
from designtrainer.render.insights import depth_markdown
from designtrainer.render.markdown import (
    block_quote,
    closers,
    images_as_text,
    inert,
    inline,
    one_line,
)
from designtrainer.render.report import evidence_note, found_under, named_summary, quote
from designtrainer.render.terminal import terminal_safe
from designtrainer.store import codec
from designtrainer.store.attempt import Attempt, SectionState

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

Format = Literal["md", "html"]

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


# -- markdown ---------------------------------------------------------------------------------


def attempt_markdown(
    attempt: Attempt, case: Case | None, *, tz: tzinfo | None = None, references: bool = False
) -> str:
    """The attempt as a markdown document; `case` adds prompts, probes, budgets and references.

    `tz` fixes the zone dates are shown in (default local). `references` adds each section's
    reference answer (only on request: an export shared before someone tries the case should
    not hand them the answers).
    """
    body = _body(attempt, case, tz, references=references, page=False)
    return _front_matter(attempt, tz) + body + _data(attempt)


def _front_matter(attempt: Attempt, tz: tzinfo | None) -> str:
    result = attempt.result
    meta: dict[str, Any] = {
        FORMAT_KEY: FORMAT_VERSION,
        "case": one_line(attempt.case_id),
        "title": one_line(_title(attempt)),
        "mode": attempt.mode,
        "date": _when(attempt.created_at, tz).isoformat(timespec="seconds"),
        "duration": clock(attempt.seconds),
        "score": round(result.score, 4) if result is not None else None,
    }
    if result is not None:
        meta["levels"] = {lv.level: {"met": lv.met, "total": lv.total} for lv in result.levels}
    # One line per value (titles are flattened above), so the closing `---` is unambiguous.
    dumped = yaml.safe_dump(
        meta, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1 << 20
    )
    return f"---\n{dumped}---\n"


def _data(attempt: Attempt) -> str:
    """What `import` restores besides the answers, as JSON in a comment GitHub does not show.

    `--` never occurs in it (JSON only has it inside strings, written here as `-\\u002d`), so
    nothing in it can end the comment.
    """
    data: dict[str, Any] = {
        "attempt": attempt.id,
        "created_at": attempt.created_at,
        "finished_at": attempt.finished_at,
        "sections": {
            sid: {"seconds": s.seconds, "hints": s.hints_used, "submitted_at": s.submitted_at}
            for sid in SECTION_IDS
            for s in [attempt.section(sid)]
        },
        "questions": [
            {
                "question": q.question,
                "answer": q.answer,
                "clarification": q.clarification,
                "asked_at": q.asked_at,
            }
            for q in attempt.questions
        ],
    }
    if attempt.mode == "peer" and attempt.peer is not None:
        # The interviewer's marks: a peer interview's scorecard is them, notes or not.
        data["peer"] = codec.review_to_json(attempt.peer)
    # One key a line: readable in the raw file without the bulk of an indented dump.
    pairs = (f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items())
    text = ("{\n" + ",\n".join(pairs) + "\n}").replace("--", "-\\u002d")
    return f"\n{DATA_OPEN}\n{text}\n{DATA_CLOSE}\n"


def _body(
    attempt: Attempt, case: Case | None, tz: tzinfo | None, *, references: bool, page: bool
) -> str:
    """The document for people; `page`: for the HTML page (no markers, raw HTML not read)."""
    result = attempt.result
    out = [f"# {inline(_title(attempt))}", "", _summary(attempt, tz)]
    if result is not None:
        out += ["", *(f"- {inline(lv.verdict)}" for lv in result.shown_levels)]
        out += [f"- {inline(line)}" for line in named_summary(result)[:1]]
    if case is not None and case.opening.strip():
        out += ["", "**The interviewer's opening**", "", *_quoted(case.opening)]
    out += _questions(attempt)
    out += _unasked(attempt, case)
    graded = {s.id: s for s in result.sections} if result is not None else {}
    for sid in SECTION_IDS:
        out += _section(attempt, case, sid, graded.get(sid), references=references, page=page)
    out += _red_flags(attempt)
    out += depth_markdown({sid: attempt.section(sid).answer for sid in SECTION_IDS})
    out += _timing(attempt, case)
    if attempt.mode == "peer" and attempt.peer is not None:
        out += _peer(attempt.peer, attempt.result)
    return "\n".join(out) + "\n"


def _section(
    attempt: Attempt,
    case: Case | None,
    sid: str,
    graded: SectionResult | None,
    *,
    references: bool,
    page: bool,
) -> list[str]:
    state = attempt.section(sid)
    spec = case.section(sid) if case is not None and sid in {s.id for s in case.sections} else None
    out = ["", f"## {SECTION_TITLES[sid]}", ""]
    if spec is not None and spec.prompt.strip():
        out += [*_quoted(spec.prompt), ""]
    facts = [clock(state.seconds) + (f" of {spec.time_budget_minutes}:00" if spec else "")]
    if attempt.mode == "solo":
        facts.append(_count(state.hints_used, "hint"))
    if graded is not None:
        facts.append(f"checklist {pct(graded.score)}")
    out += ["*" + " · ".join(facts) + "*", ""]
    out += _answer(sid, state.answer, page=page)
    if spec is not None and spec.follow_ups and _probes_shown(attempt, state):
        out += ["", "**Follow-up probes**", ""]
        out += [f"- {inline(q)}" for q in spec.follow_ups]
    if graded is not None:
        out += ["", "**Checklist**", "", *_checklist(graded)]
    if references and spec is not None and spec.reference_answer.strip():
        out += ["", "**Reference answer**", "", *block_quote(inert(spec.reference_answer))]
    return out


def _answer(sid: str, answer: str, *, page: bool) -> list[str]:
    """The answer as markdown, exactly as typed, with what it leaves open closed after it.

    GitHub reads raw HTML in markdown, the HTML page's renderer does not: what is left open
    differs (an unclosed `<pre>`), so the closers are worked out for the reader at hand.
    """
    if answer == "":
        return [NO_ANSWER]
    added = closers(answer, html=not page)
    if page:
        return [answer, *added]
    begin, end = answer_markers(sid, answer, len(added))
    return [begin, answer, *added, end]


def _probes_shown(attempt: Attempt, state: SectionState) -> bool:
    """Solo: a section's probes appear once it is submitted; the interviewer has them all along."""
    return attempt.mode == "peer" or state.submitted


def _quoted(text: str) -> list[str]:
    """Case text as a quote: escaped, one paragraph per paragraph of the text."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out: list[str] = []
    for p in paras:
        out += [">"] if out else []
        out.append(f"> {inline(p)}")
    return out


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(attempt: Attempt, tz: tzinfo | None) -> str:
    result = attempt.result
    parts = [
        f"{'Peer' if attempt.mode == 'peer' else 'Solo'} attempt",
        # 0 is a start time the store could not read (store.columns)
        _when(attempt.created_at, tz).strftime("%Y-%m-%d %H:%M")
        if attempt.created_at > 0
        else "date unknown",
        clock(attempt.seconds),
    ]
    if attempt.mode == "solo":
        parts.append(_count(attempt.hints_used, "hint"))
    parts.append("not graded" if result is None else f"score {pct(result.score)}")
    if not attempt.finished:
        parts.append("unfinished")
    return "*" + inline(" · ".join(parts)) + "*"


def _checklist(section: SectionResult) -> list[str]:
    if not section.items:
        return ["No rubric items."]
    out = []
    for r in section.items:
        label = inline(r.item.label)
        quotes = "; ".join(
            dict.fromkeys(f'"{inline(quote(e))}"' + _note(evidence_note(e)) for e in r.evidence)
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
                why += f' (you wrote "{inline(quote(e))}", {inline(note)})'
            out.append(f"- [ ] {label}" + (f" — {why}" if why else ""))
    return out


def _red_flags(attempt: Attempt) -> list[str]:
    out = ["", "## Red flags", ""]
    result = attempt.result
    if result is None or not result.red_flags:
        return [*out, "None." if result is not None else "Not graded yet."]
    for hit in result.red_flags:
        line = f"- ⚠ **{inline(hit.flag.name)}**: {inline(hit.flag.message)}"
        if hit.evidence:
            e = hit.evidence[0]
            line += f' — "{inline(quote(e))}" ({inline(_section_title(e.section))})'
        out.append(line)
    return out


def _questions(attempt: Attempt) -> list[str]:
    out = ["", "## Clarifying questions", ""]
    if not attempt.questions:
        return [*out, "None asked."]
    for question, answers in asked_together((q.question, q.answer) for q in attempt.questions):
        # The trailing backslash is a CommonMark hard line break: each answer on its own line.
        lines = [f"- **Q:** {inline(question)}", *(f"  **A:** {inline(a)}" for a in answers)]
        out += [line + "\\" for line in lines[:-1]] + lines[-1:]
    return out


def _unasked(attempt: Attempt, case: Case | None) -> list[str]:
    """The case's clarifications no question was matched to (needs the case; none without)."""
    if case is None:
        return []
    unasked = unasked_clarifications(case, (q.clarification for q in attempt.questions))
    if not unasked:
        return []
    out = ["", "**Clarifying questions not asked**", ""]
    return out + [f"- {inline(case.clarifications[i].question)}" for i in unasked]


def _timing(attempt: Attempt, case: Case | None) -> list[str]:
    solo = attempt.mode == "solo"
    out = ["", "## Timing", ""]
    out += ["| Section | Time | Budget |" + (" Hints |" if solo else "")]
    out += ["| --- | ---: | ---: |" + (" ---: |" if solo else "")]
    budgets: dict[str, int] = {}
    if case is not None:
        budgets = {s.id: s.time_budget_minutes for s in case.sections}
    for sid in SECTION_IDS:
        state = attempt.section(sid)
        budget = budgets.get(sid)
        over = budget is not None and state.seconds > budget * 60
        row = (
            f"| {SECTION_TITLES[sid]} | {clock(state.seconds)}{' (over)' if over else ''} | "
            f"{f'{budget}:00' if budget is not None else '—'} |"
        )
        out.append(row + (f" {state.hints_used} |" if solo else ""))
    total = f"{sum(budgets.values())}:00" if budgets else "—"
    row = f"| **Total** | **{clock(attempt.seconds)}** | **{total}** |"
    out.append(row + (f" **{attempt.hints_used}** |" if solo else ""))
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


def attempt_html(
    attempt: Attempt, case: Case | None, *, tz: tzinfo | None = None, references: bool = False
) -> str:
    """The markdown document as a standalone page; raw HTML in an answer is shown, never run.

    The same document as attempt_markdown without what only `import` reads (the answer markers
    and the data comment). markdown-it with html=False escapes every tag and drops unsafe link
    schemes, and the page's Content-Security-Policy forbids scripts and remote images should
    anything slip through.

    Control, bidi and invisible format characters are shown as `\\u001b`-style escapes, as the
    TUI and `export -o -` show them (`terminal_safe`): the page is for reading, not for
    `import`, and a U+202E reorders text in a browser as in a terminal. It runs on the
    markdown (so a NUL or a lone CR is an escape, not markdown-it's U+FFFD or line break) and
    again on the page, so one spelled as a character reference (`&#x202e;`, which markdown-it
    decodes) is caught too.
    """
    source = terminal_safe(_body(attempt, case, tz, references=references, page=True))
    body = _renderer().render(source)
    title = html.escape(one_line(terminal_safe(_title(attempt))))
    return terminal_safe(
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
    return images_as_text(md)


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
        out.append(f"- [ ] **{inline(flag['label'])}**: {inline(flag['message'])}{where}")
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
            {"id": flag.id, "label": flag.name, "message": flag.message, "section": flag.section}
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


def _note(note: str) -> str:
    return f" {inline(note)}" if note.strip() else ""
