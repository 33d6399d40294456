"""Attempts as files a person keeps and shares: markdown, HTML, and the interviewer's checklist.

Pure functions over attempts, cases and rubrics; callers do the reading and writing. Markdown is
the durable format: YAML front matter for programs, headings and GFM task lists for people.

Each answer sits in a backtick fence longer than any backtick run inside it (````markdown),
so nothing an answer holds (headings, `---`, `>` quotes, backtick or tilde fences, raw HTML)
can end the block early: GitHub shows it verbatim, and `parse_exported` reads the lines between
the fences back exactly. The rubric, questions and notes come after the answers and are never
read back, so only the answers need that care.

Round-trip guarantee: for every section, `parse_exported(attempt_markdown(a, c)).answers[s]`
equals `a.section(s).answer` character for character, for any text the store can hold (CR,
CRLF, NUL, U+2028, form feeds, trailing spaces and blank lines included; an empty answer is
written as "_No answer._" and read back as ""), as long as the file's text comes back unchanged.
The export always uses LF line endings. A file whose line endings were turned into CRLF later
(a Windows editor, git autocrlf) is detected by its first line and read with CRLF as LF: a
conversion of every LF is undone exactly, while one that keeps existing CRLFs (unix2dos) turns
an answer's own CRLFs, and a CR ending an answer, into LF. A leading BOM is ignored.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any, Literal

import yaml

from designtrainer.clarify import unasked_clarifications
from designtrainer.domain.model import Case, Rubric
from designtrainer.domain.vocabulary import (
    COMMUNICATION_TITLES,
    LEVELS,
    RATING_LABELS,
    SECTION_IDS,
    SECTION_TITLES,
    Level,
)
from designtrainer.grading.results import Evidence
from designtrainer.render.formatting import pct
from designtrainer.render.insights import depth_markdown
from designtrainer.render.report import evidence_note, quote
from designtrainer.store.attempt import Attempt, Mode

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

Format = Literal["md", "html"]

FORMAT_KEY = "designtrainer_format"
FORMAT_VERSION = 1
RUBRIC_HEADING = "Rubric"
NO_ANSWER = "_No answer._"
QUOTE_WIDTH = 40  # characters of an answer shown around a rubric item's evidence

# The ASCII characters that can start inline markup mid-line in CommonMark or GFM (`$` is
# GitHub math, `|` a table cell, `&` only before an entity); a backslash makes each literal.
# `>`, `#`, `-` and digits only matter at the start of a line, where escaped text never is.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<|~$]|&(?=#?[A-Za-z0-9]+;))")
_BACKTICK_RUN = re.compile(r"`+")
_OPEN_FENCE = re.compile(r"(`{3,})markdown[ \t]*")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ExportFormatError(ValueError):
    """An exported file that cannot be read back (a damaged fence, a newer format)."""


@dataclass(frozen=True, slots=True)
class ImportedAnswers:
    """What a markdown file says about an attempt: enough to grade and store it again."""

    case_id: str | None
    mode: Mode
    answers: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    exported: bool = True
    """False for a hand-written file in the `designtrainer template` format."""
    ignored: str = ""
    """Hand-written text under no section heading: graded for every section by `grade`, but an
    attempt has no place for it, so importing it would silently change the answer; callers warn."""


# -- markdown ---------------------------------------------------------------------------------


def attempt_markdown(attempt: Attempt, case: Case | None, *, tz: tzinfo | None = None) -> str:
    """The attempt as a markdown document; `case` only adds time budgets and may be None.

    Everything graded comes from the stored result, not the case, so an attempt still exports
    after its case changed or vanished. `tz` fixes the zone dates are shown in (default local).
    """
    return _front_matter(attempt, tz) + _body(attempt, case, tz)


def _front_matter(attempt: Attempt, tz: tzinfo | None) -> str:
    result = attempt.result or {}
    meta: dict[str, Any] = {
        FORMAT_KEY: FORMAT_VERSION,
        "case": _one_line(attempt.case_id),
        "title": _one_line(_title(attempt)),
        "mode": attempt.mode,
        "date": _when(attempt.created_at, tz).isoformat(timespec="seconds"),
        "duration_minutes": round(attempt.seconds / 60, 1),
        "score": _number(result.get("score")),
    }
    levels = _levels(result)
    if levels:
        meta["levels"] = {
            lv: {"met": met, "total": total} for lv, (met, total, _) in levels.items()
        }
    # One line per value (titles are flattened above), so the closing `---` is unambiguous.
    dumped = yaml.safe_dump(
        meta, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1 << 20
    )
    return f"---\n{dumped}---\n"


def _body(attempt: Attempt, case: Case | None, tz: tzinfo | None) -> str:
    out = [f"# {_inline(_title(attempt))}", "", _summary(attempt, tz)]
    for sid in SECTION_IDS:
        out += ["", f"## {SECTION_TITLES[sid]}", "", _answer_block(attempt.section(sid).answer)]
    out += _rubric(attempt)
    out += _red_flags(attempt)
    out += depth_markdown({sid: attempt.section(sid).answer for sid in SECTION_IDS}, _inline)
    out += _hints(attempt)
    out += _questions(attempt)
    out += _unasked(attempt, case)
    out += _timing(attempt, case)
    if attempt.mode == "peer" and attempt.peer:
        out += _peer(attempt.peer, attempt.result or {})
    return "\n".join(out) + "\n"


def _answer_block(answer: str) -> str:
    """A fence longer than any backtick run in the answer: nothing inside can close it."""
    if answer == "":
        return NO_ANSWER
    longest = max((len(m) for m in _BACKTICK_RUN.findall(answer)), default=0)
    fence = "`" * max(3, longest + 1)
    # The newline before the closing fence is added, never taken from the answer, so an
    # answer ending in a newline keeps it (it shows as a last empty line).
    return f"{fence}markdown\n{answer}\n{fence}"


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
        parts.append(f"score {pct(_number(result.get('score')))}")
        parts += [verdict for _, _, verdict in _levels(result).values() if verdict]
    if not attempt.finished:
        parts.append("unfinished")
    return "*" + _inline(" · ".join(parts)) + "*"


def _rubric(attempt: Attempt) -> list[str]:
    out = ["", f"## {RUBRIC_HEADING}", ""]
    result = attempt.result
    if result is None:
        return [*out, "Not graded yet."]
    out.append(f"**Score: {pct(_number(result.get('score')))}**")
    verdicts = [verdict for _, _, verdict in _levels(result).values() if verdict]
    if verdicts:
        out += ["", *(f"- {_inline(v)}" for v in verdicts)]
    for section in _dicts(result.get("sections")):
        sid = str(section.get("id", ""))
        out += [
            "",
            f"### {_inline(_section_title(sid))} ({pct(_number(section.get('score')))})",
            "",
        ]
        items = _dicts(section.get("items"))
        if not items:
            out.append("No rubric items.")
        for item in items:
            label = _inline(str(item.get("label") or item.get("id") or "?"))
            evidence = [_evidence(e) for e in _dicts(item.get("evidence"))]
            if item.get("met"):
                quotes = "; ".join(
                    f'"{_inline(_quote(e, attempt))}"' + _note(evidence_note(e)) for e in evidence
                )
                out.append(f"- [x] {label}" + (f" — {quotes}" if quotes else ""))
            else:
                why = _inline(str(item.get("why") or ""))
                if evidence:
                    e = evidence[0]
                    note = evidence_note(e).strip(" ()")
                    why += f' (you wrote "{_inline(_quote(e, attempt))}", {_inline(note)})'
                out.append(f"- [ ] {label}" + (f" — {why}" if why else ""))
    return out


def _red_flags(attempt: Attempt) -> list[str]:
    out = ["", "## Red flags", ""]
    flags = _dicts((attempt.result or {}).get("red_flags"))
    if not flags:
        return [*out, "None." if attempt.result is not None else "Not graded yet."]
    for flag in flags:
        line = f"- ⚠ {_inline(str(flag.get('message') or flag.get('id') or '?'))}"
        evidence = [_evidence(e) for e in _dicts(flag.get("evidence"))]
        if evidence:
            e = evidence[0]
            line += f' — "{_inline(_quote(e, attempt))}" ({_inline(_section_title(e.section))})'
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
        out += [f"- **Q:** {_inline(q.question)}\\", f"  **A:** {_inline(q.answer)}"]
    return out


def _unasked(attempt: Attempt, case: Case | None) -> list[str]:
    """The case's clarifications no question was matched to (needs the case; none without)."""
    if case is None:
        return []
    unasked = unasked_clarifications(case, (q.clarification for q in attempt.questions))
    if not unasked:
        return []
    out = ["", "## Clarifying questions not asked", ""]
    return out + [f"- {_inline(case.clarifications[i].question)}" for i in unasked]


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


def _peer(peer: Mapping[str, Any], result: Mapping[str, Any]) -> list[str]:
    out = ["", "## Peer review", ""]
    recommendation = peer.get("recommendation")
    out.append(f"**Recommendation: {_inline(str(recommendation)) if recommendation else '—'}**")
    if peer.get("rule"):
        out += ["", f"Decision rule: {_inline(str(peer['rule']))}"]
    ratings = _mapping(peer.get("ratings"))
    ticks = _mapping(peer.get("ticks"))
    labels = {
        str(item.get("id")): str(item.get("label") or item.get("id"))
        for section in _dicts(result.get("sections"))
        for item in _dicts(section.get("items"))
    }
    out += ["", "| Section | Rating | Interviewer ticked |", "| --- | --- | --- |"]
    for sid in SECTION_IDS:
        ticked = ticks.get(sid)
        names = [labels.get(str(t), str(t)) for t in ticked] if isinstance(ticked, list) else []
        shown = "; ".join(_inline(n) for n in names) or "—"
        out.append(f"| {SECTION_TITLES[sid]} | {_rating(ratings.get(sid))} | {shown} |")
    comm = _mapping(peer.get("communication"))
    out += ["", "### Communication", "", "| Signal | Rating |", "| --- | --- |"]
    out += [
        f"| {title} | {_rating(comm.get(key))} |" for key, title in COMMUNICATION_TITLES.items()
    ]
    if str(comm.get("notes") or "").strip():
        out += ["", *_quoted(str(comm["notes"]))]
    notes = _mapping(peer.get("notes"))
    written = [sid for sid in SECTION_IDS if str(notes.get(sid) or "").strip()]
    if written:
        out += ["", "### Interviewer notes"]
        for sid in written:
            out += ["", f"#### {SECTION_TITLES[sid]}", "", *_quoted(str(notes[sid]))]
    return out


def _quoted(text: str) -> list[str]:
    """A peer's note as a block quote: every line prefixed, so its markdown stays inside."""
    lines = text.strip("\n").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [f"> {line}" if line.strip() else ">" for line in lines]


def _rating(value: object) -> str:
    if isinstance(value, int) and value in RATING_LABELS:
        return f"{value} · {RATING_LABELS[value]}"
    return "—"


# -- reading back -----------------------------------------------------------------------------


def parse_exported(text: str, name: str = "answer") -> ImportedAnswers:
    """Answers from an exported file (exactly), or from a hand-written template-format file.

    `name` is the file's name for error messages. Front matter goes through the guarded YAML
    loader (see answers.front_matter): a ContentError, never a traceback. Linear in the size
    of the file, however many headings, quotes and comments it has.
    """
    text = text.removeprefix("\ufeff")
    if text.startswith("---\r\n"):
        # The whole file went through a CRLF conversion after export (see the module doc).
        text = text.replace("\r\n", "\n")
    meta, body = _split_front_matter(text, name)
    if meta is None or FORMAT_KEY not in meta:
        return _parse_handwritten(text, name)
    version = meta.get(FORMAT_KEY)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ExportFormatError(
            f"export format {version!r} is newer than this designtrainer reads "
            f"({FORMAT_VERSION}); upgrade designtrainer"
        )
    titles = {title: sid for sid, title in SECTION_TITLES.items()}
    lines = body.split("\n")  # never splitlines(): U+2028, \x0c etc. are answer text
    answers: dict[str, str] = {}
    current: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            name = line[3:].strip()
            if name == RUBRIC_HEADING:
                break  # the report after the answers: nothing there is read back
            current = titles.get(name)  # a heading someone added by hand holds no answer
            if current is not None:
                answers[current] = ""
        elif current is not None and (m := _OPEN_FENCE.fullmatch(line)):
            closing = re.compile(re.escape(m.group(1)) + r"`*[ \t]*")
            end = next((j for j in range(i + 1, len(lines)) if closing.fullmatch(lines[j])), None)
            if end is None:
                raise ExportFormatError(
                    f"the answer under '{SECTION_TITLES[current]}' has no closing {m.group(1)}"
                )
            answers[current] = "\n".join(lines[i + 1 : end])
            current, i = None, end
        i += 1
    return ImportedAnswers(
        case_id=_meta_str(meta, "case"),
        mode=_mode(meta.get("mode")),
        answers=answers,
        title=_meta_str(meta, "title"),
    )


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any] | None, str]:
    from designtrainer.io.answers import front_matter

    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 3)
    if end < 0:
        return None, text
    return front_matter(text[4 : end + 1], name), text[end + 5 :]


def _parse_handwritten(text: str, name: str) -> ImportedAnswers:
    """A file in the template format: headings mapped to sections as `grade` maps them.

    Block quotes are the prompts (as `grade` treats them) and are left out; so is the heading
    line of each section. Blank lines around a section's text are trimmed.
    """
    from designtrainer.io.answers import Segment, parse_answer

    parsed = parse_answer(text, name)
    source = parsed.source
    quotes = parsed.quotes  # in file order, not overlapping
    quote_ends = [q.end for q in quotes]

    def cut(segments: Sequence[Segment]) -> str:
        pieces = []
        for seg in segments:
            chunk, pos = [], seg.start
            # Only the quotes inside this segment: found by bisection, so every quote is
            # looked at once per segment it overlaps, not once per segment of the file.
            k = bisect.bisect_right(quote_ends, seg.start)
            while k < len(quotes) and quotes[k].start < seg.end:
                q = quotes[k]
                chunk.append(source[pos : max(pos, q.start)])
                pos = max(pos, q.end)
                k += 1
            chunk.append(source[pos : seg.end])
            piece = _trim_blank_lines("".join(chunk))
            if piece:
                pieces.append(piece)
        return "\n\n".join(pieces)

    answers: dict[str, str] = {
        sid: cut(parsed.sections[sid]) for sid in SECTION_IDS if sid in parsed.sections
    }
    # The template's own title line and instructions comment are not someone's answer.
    leftover = _drop_comments(cut(parsed.unmapped))
    leftover = "\n".join(ln for ln in leftover.split("\n") if not re.match(r" {0,3}# ", ln))
    return ImportedAnswers(
        case_id=_meta_str(parsed.meta, "case"),
        mode=_mode(parsed.meta.get("mode")),
        answers=answers,
        title=_meta_str(parsed.meta, "title"),
        exported=False,
        ignored=_trim_blank_lines(leftover),
    )


def _drop_comments(text: str) -> str:
    """`text` without `<!-- ... -->` comments; an unclosed one is kept, in one linear pass.

    (A lazy regular expression rescans to the end of the text for every unclosed `<!--`.)
    """
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def _trim_blank_lines(text: str) -> str:
    """Drop whitespace-only lines at both ends, keeping the first line's own indentation."""
    return re.sub(r"\A(?:[ \t]*\r?\n)+", "", text).rstrip()


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
    title = html.escape(_one_line(_title(attempt)))
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
        f"# {_inline(case.title)}: interviewer checklist",
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
                f"- [ ] {_inline(item['label'])} ({item['level']}, {item['weight']})"
                f" — {_inline(item['why'])}"
            )
    out += ["", "## Red flags", ""]
    for flag in doc["red_flags"]:
        where = f" ({SECTION_TITLES[flag['section']]})" if flag["section"] else ""
        out.append(f"- [ ] {_inline(flag['message'])}{where}")
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


def _inline(text: str) -> str:
    """Text that stays literal in a markdown line: one line, markup characters escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", _one_line(text))


markdown_inline = _inline
"""The one markdown escaper, for other modules that write markdown (the TUI summary)."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _title(attempt: Attempt) -> str:
    return _one_line(attempt.case_title) or attempt.case_id or "Untitled attempt"


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


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _levels(result: Mapping[str, Any]) -> dict[str, tuple[int, int, str]]:
    """level -> (met, total, verdict) for the levels the stored result has."""
    levels = _mapping(result.get("levels"))
    out: dict[str, tuple[int, int, str]] = {}
    for lv in LEVELS:
        info = _mapping(levels.get(lv))
        if info:
            met, total = info.get("met"), info.get("total")
            out[lv] = (
                met if isinstance(met, int) else 0,
                total if isinstance(total, int) else 0,
                str(info.get("verdict") or ""),
            )
    return out


def _evidence(raw: Mapping[str, Any]) -> Evidence:
    def num(key: str) -> int:
        value = raw.get(key)
        return value if isinstance(value, int) else -1

    fuzzy = raw.get("fuzzy_match")
    trigger = raw.get("trigger")
    return Evidence(
        text=str(raw.get("text") or ""),
        start=num("start"),
        end=num("end"),
        section=str(raw.get("section") or ""),
        phrase=str(raw.get("phrase") or ""),
        negated=bool(raw.get("negated")),
        trigger=str(trigger) if trigger else None,
        fuzzy=str(fuzzy) if fuzzy else None,
    )


def _note(note: str) -> str:
    return f" {_inline(note)}" if note.strip() else ""


def _quote(ev: Evidence, attempt: Attempt) -> str:
    """The matched words with a little context, when the stored offsets still fit the answer."""
    answer = attempt.sections.get(ev.section)
    source = answer.answer if answer else ""
    if 0 <= ev.start < ev.end <= len(source) and source[ev.start : ev.end] == ev.text:
        return quote(ev, source, QUOTE_WIDTH)
    return quote(ev)


def _dicts(value: object) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _meta_str(meta: Mapping[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return str(value) if value is not None and str(value).strip() else None


def _mode(value: object) -> Mode:
    return "peer" if value == "peer" else "solo"
