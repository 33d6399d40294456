"""Grade results rendered for people (text, markdown) and programs (json)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from designtrainer.domain.vocabulary import SECTION_TITLES
from designtrainer.grading.results import Evidence, GradeResult, ItemResult
from designtrainer.render.formatting import pct, plural
from designtrainer.render.markdown import inline
from designtrainer.render.terminal import terminal_safe

if TYPE_CHECKING:
    from designtrainer.store.codec import Offset

QUOTE_WIDTH = 60


def quote(ev: Evidence, source: str | None = None, width: int = QUOTE_WIDTH) -> str:
    """The matched phrase with a little context either side, on one line.

    The context stays in the phrase's paragraph: a section's text is its paragraphs joined by
    blank lines, then any text under no known heading (a title line), so words across a blank
    line were not written next to the phrase ("MAE in minutes. # ETA")."""
    if source is None:
        return " ".join(ev.text.split())
    lo = source.rfind("\n\n", 0, ev.start) + 1  # the paragraph's start (0 when it is the first)
    hi = source.find("\n\n", ev.end)
    hi = len(source) if hi < 0 else hi
    pad = max(0, (width - (ev.end - ev.start)) // 2)
    a, b = max(lo, ev.start - pad), min(hi, ev.end + pad)
    # Widen to whole words: a quote that starts "…petitor." reads as noise.
    while lo < a < ev.start and not source[a - 1].isspace():
        a -= 1
    while ev.end < b < hi and not source[b].isspace():
        b += 1
    clipped = source[lo:a].strip(), source[b:hi].strip()
    snippet = ("…" if clipped[0] else "") + source[a:b] + ("…" if clipped[1] else "")
    return " ".join(snippet.split())


def quotes(
    evidence: Iterable[Evidence], source_of: Callable[[str], str | None]
) -> list[tuple[str, str]]:
    """The quotes of an item's evidence in reading order, each with its notes (see
    `evidence_note`): phrases of
    one stretch of the answer make one quote. An idea's phrase groups are often one sentence
    ("late hurts trust more than early"), and a quote per group repeated it two or three
    times over."""
    out: list[tuple[Evidence, list[str]]] = []
    for e in sorted(evidence, key=lambda e: (e.section, e.start)):
        source = source_of(e.section)
        last = out[-1][0] if out else None
        if (
            source is not None
            and last is not None
            and last.section == e.section
            and e.start - last.end <= QUOTE_WIDTH  # their contexts would overlap
            and "\n\n" not in source[last.end : e.start]
            and max(last.end, e.end) - last.start <= 2 * QUOTE_WIDTH
        ):
            end = max(last.end, e.end)
            out[-1] = (replace(last, text=source[last.start : end], end=end), out[-1][1])
        else:
            out.append((e, []))
        if (note := evidence_note(e)) and note not in out[-1][1]:
            out[-1][1].append(note)
    return [(quote(e, source_of(e.section)), "".join(notes)) for e, notes in out]


def evidence_note(ev: Evidence) -> str:
    notes = []
    if ev.negated:
        notes.append(f"negated by '{ev.trigger}'")
    if ev.fuzzy:
        notes.append(f"read as '{ev.fuzzy}'")
    return f" ({'; '.join(notes)})" if notes else ""


def to_json_text(result: GradeResult, offset: Offset | None = None) -> str:
    """`grade --format json`: the stored shape (store.codec), offsets mapped into the file.

    The codec (and the peer-review model it brings) is imported here: the text and markdown
    reports never use it, and it cost a fresh `grade` about 12 ms (issue 12)."""
    from designtrainer.store import codec

    return json.dumps(codec.result_to_json(result, offset), indent=2, ensure_ascii=False) + "\n"


class _Style:
    """Our own colour codes around text made inert first (see `to_text`)."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, code: str) -> str:
        text = terminal_safe(text)
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text


def found_under(section: str | None) -> str:
    """ " (found under Modeling)" for an idea credited from another section, else ""."""
    return f" (found under {SECTION_TITLES.get(section, section)})" if section else ""


def _quoted(evidence: Iterable[Evidence], source_of: Callable[[str], str | None]) -> list[str]:
    """`quotes`, each in double quotes, with its notes after the closing one."""
    return [f'"{text}"{note}' for text, note in quotes(evidence, source_of)]


def _item_line(r: ItemResult, texts: dict[str, str] | None) -> tuple[str, str]:
    said = _quoted(r.evidence, (texts or {}).get)
    if r.met:
        return r.item.label, "; ".join(said) + found_under(r.found_in)
    if r.named:
        named = ", ".join(said)
        return r.item.label, f"named ({named}){found_under(r.found_in)}, not applied: {r.item.why}"
    detail = r.item.why
    if r.evidence:
        e = r.evidence[0]
        detail += f' (you wrote "{quote(e)}", {evidence_note(e).strip(" ()")})'
    return r.item.label, detail


def named_summary(result: GradeResult) -> list[str]:
    """ "3 ideas named without saying why", then each with its why as the nudge: naming an
    idea earns nothing until the answer says what it does for this problem."""
    named = result.named
    if not named:
        return []
    head = f"{plural(len(named), 'idea')} named without saying why"
    return [head, *(f"{r.item.label}: {r.item.why}" for r in named)]


_MARKS = {"met": ("✔", "32"), "named": ("~", "33"), "missed": ("✘", "31")}
_BOXES = {"met": "x", "named": "~", "missed": " "}


def to_text(
    result: GradeResult, title: str, color: bool = False, texts: dict[str, str] | None = None
) -> str:
    """The report for a terminal: every piece of content passed through `terminal_safe`
    before our own colour codes are added, so it can be printed as it is."""
    st = _Style(color)
    safe = terminal_safe
    out = [st(f"{title}: {pct(result.score)}", "1")]
    for lv in result.shown_levels:
        out.append(f"  {safe(lv.verdict)}")
    named = named_summary(result)
    if named:
        out.append(st(f"  {safe(named[0])}:", "33"))
        out += [f"    - {safe(line)}" for line in named[1:]]
    for s in result.sections:
        out.append("")
        out.append(st(f"{SECTION_TITLES[s.id]}  {pct(s.score)}", "1"))
        for r in s.items:
            label, detail = _item_line(r, texts)
            mark = st(*_MARKS[r.state])
            out.append(f"  {mark} {safe(label)} [{r.item.level}, {r.item.weight}]")
            out.append(st(f"      {safe(detail)}", "2"))
    if result.red_flags:
        out.append("")
        out.append(st("Red flags", "1;33"))
        for h in result.red_flags:
            out.append(f"  {st('!', '33')} {st(safe(h.flag.name), '1')}")
            out.append(f"      {safe(h.flag.message)}")
            where = SECTION_TITLES.get(h.evidence[0].section, h.evidence[0].section)
            out.append(st(f'      "{safe(quote(h.evidence[0]))}" in {where}', "2"))
    return "\n".join(out) + "\n"


def to_markdown(result: GradeResult, title: str, texts: dict[str, str] | None = None) -> str:
    """The report as markdown; content (title, labels, quotes) escaped by the one escaper."""
    out = [f"# {inline(title)}", "", f"**Score: {pct(result.score)}**", ""]
    out += [f"- {inline(lv.verdict)}" for lv in result.shown_levels]
    named = named_summary(result)
    if named:
        out += ["", f"**{inline(named[0])}:**", ""]
        out += [f"- {inline(line)}" for line in named[1:]]
    for s in result.sections:
        out += ["", f"## {SECTION_TITLES[s.id]} ({pct(s.score)})", ""]
        for r in s.items:
            label, detail = _item_line(r, texts)
            box = _BOXES[r.state]
            out.append(
                f"- [{box}] **{inline(label)}** ({r.item.level}, weight {r.item.weight}): "
                f"{inline(detail)}"
            )
    if result.red_flags:
        out += ["", "## Red flags", ""]
        out += [
            f"- ⚠ **{inline(h.flag.name)}**: {inline(h.flag.message)} "
            f'("{inline(quote(h.evidence[0]))}")'
            for h in result.red_flags
        ]
    return "\n".join(out) + "\n"
