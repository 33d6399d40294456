"""Answers written as markdown: the fill-in template, and reading a file back into sections.

Headings map to sections by name and common synonyms; text under headings that map to nothing
(or a file with no such headings) counts for every section. Spans are kept so evidence points
into the file a person wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress, repeat
from operator import and_, not_, or_
from typing import TYPE_CHECKING, Any, NamedTuple

from designtrainer.domain.model import Case
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# Checked in order; the first section whose words appear in the heading wins.
HEADING_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "framing",
        (
            "framing",
            "frame",
            "requirement",
            "clarif",
            "problem",
            "scope",
            "goal",
            "objective",
            "business",
        ),
    ),
    (
        "evaluation",
        ("evaluat", "metric", "testing", "test", "experiment", "offline", "validation", "measur"),
    ),
    (
        "production",
        (
            "production",
            "serving",
            "serve",
            "deploy",
            "monitor",
            "infra",
            "operat",
            "scal",
            "maintenance",
            "mlops",
            "launch",
        ),
    ),
    ("data", ("data", "feature", "label", "signal", "input")),
    (
        "modeling",
        ("model", "architecture", "algorithm", "approach", "training", "baseline", "method"),
    ),
)

FORMAT_KEY = "designtrainer_format"
"""The front-matter key that marks a file as an exported attempt (its value: the format).
Here, where front matter is read, not beside the export reader: `grade` asks whether a file
is an export before anything else, and importing the reader (with the store's types and
datetime) for this name cost every fresh `grade` some 5 ms (issue 12)."""

_NOT_NEWLINE = re.compile(r"[^\n]")
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


def section_for_heading(heading: str) -> str | None:
    words = heading.lower()
    for sid, keys in HEADING_WORDS:
        if any(k in words for k in keys):
            return sid
    return None


class Segment(NamedTuple):
    """A span of the file, start..end (a named tuple, not a frozen dataclass: making a
    dataclass compiles its methods in every fresh process, issue 12)."""

    start: int
    end: int


@dataclass
class AnswerFile:
    """A markdown answer: front matter, the text per section, and where each piece came from."""

    source: str
    meta: dict[str, Any] = field(default_factory=dict)
    sections: dict[str, list[Segment]] = field(default_factory=dict)
    unmapped: list[Segment] = field(default_factory=list)
    body_start: int = 0
    quotes: list[Segment] = field(default_factory=list)
    """Block quotes are the question (the template quotes each prompt), not the answer."""
    comments: list[Segment] = field(default_factory=list)
    """HTML comments (the template's note on where to write) are not shown, nor graded."""
    titles: list[Segment] = field(default_factory=list)
    """The h1 headings that name no section: the file's title (the template writes the case's,
    a person may write their own, "# Class imbalance: use PR-AUC"). Like every heading line,
    a title is not graded (a heading is not evidence); the text under it is."""

    @property
    def has_sections(self) -> bool:
        return bool(self.sections)

    @property
    def graded(self) -> str:
        """The file with front matter, block quotes, comments and titles blanked out, offsets
        unchanged.

        Built from slices (one regex pass per blanked piece), not a list of every character:
        a 10 MB answer is one copy, not ten million one-character strings.
        """
        out: list[str] = []
        pos = 0
        hidden = [Segment(0, self.body_start), *self.quotes, *self.comments, *self.titles]
        for seg in sorted(hidden, key=lambda g: g.start):
            start = max(seg.start, pos)
            if start >= seg.end:
                continue
            out += [self.source[pos:start], _NOT_NEWLINE.sub(" ", self.source[start : seg.end])]
            pos = seg.end
        out.append(self.source[pos:])
        return "".join(out)

    def texts(self) -> dict[str, str]:
        """Per section: its own text, then any unmapped text (graded for every section)."""
        graded = self.graded
        out: dict[str, str] = {}
        for sid in SECTION_IDS:
            segs = self.sections.get(sid, []) + self.unmapped
            out[sid] = "\n\n".join(graded[s.start : s.end] for s in segs)
        return out

    def to_file_offset(self, section: str, offset: int) -> int:
        """Map an offset into texts()[section] back to an offset into the file."""
        segs = self.sections.get(section, []) + self.unmapped
        base = 0
        for s in segs:
            length = s.end - s.start
            if offset <= base + length:
                return s.start + (offset - base)
            base += length + 2
        return len(self.source)

    def whole(self) -> str:
        """Everything a person wrote, at the file's own offsets."""
        return self.graded


def front_matter(text: str, name: str) -> dict[str, Any]:
    """The YAML between the `---` lines (the text from the file's second line), as a mapping.

    Answer files are shared and downloaded like case packs, so their front matter goes through
    the same guarded loader: an alias bomb, a 2024-02-30 date or a 5,000-digit number is a
    ContentError at its line in the file, never a traceback or a long run.
    """
    simple = _simple_front_matter(text)
    if simple is not None:
        return simple
    from designtrainer.loading.yamlfile import parse_yaml

    # A blank line in place of the opening `---`, so YAML's line numbers are the file's.
    doc = parse_yaml("\n" + text, name)
    return doc.data if doc is not None else {}


# `key: value` where both are words YAML can only read as text (a letter first, then letters,
# digits, `_` or `-`); the words YAML 1.1 reads as a boolean or null are left to YAML.
_SIMPLE_PAIR = re.compile(r"([A-Za-z][\w-]*): +([A-Za-z][\w-]*) *", re.ASCII)
_NOT_TEXT = frozenset({"yes", "no", "true", "false", "on", "off", "null"})


def _simple_front_matter(text: str) -> dict[str, Any] | None:
    """The mapping of front matter made only of blank lines and `key: word` lines with
    distinct keys (`case: fraud-detection`, all the template writes), read without PyYAML;
    None for anything else, which YAML reads.

    The same mapping YAML gives (a property test compares the two), without importing PyYAML
    and its guarded loader: that was a tenth of a fresh `grade` (issue 12).
    """
    out: dict[str, Any] = {}
    for line in text.split("\n"):
        if not line.strip(" "):
            continue
        pair = _SIMPLE_PAIR.fullmatch(line)
        if pair is None:
            return None
        key, value = pair.groups()
        if key in out or key.lower() in _NOT_TEXT or value.lower() in _NOT_TEXT:
            return None
        out[key] = value
    return out


def parse_answer(source: str, name: str = "answer") -> AnswerFile:
    """Sections, quotes and front matter of a markdown answer; `name` is used in errors.

    Linear in the size of the file, with a small constant: markdown-it runs its block pass
    only (the inline pass builds tokens for text nothing here reads), on the text with runs of
    plain lines folded into one (see `_fold_plain_lines`), and line starts are found once.
    """
    answer = AnswerFile(source)
    m = _FRONT.match(source)
    if m:
        answer.meta = front_matter(m.group(1) or "", name)
        answer.body_start = m.end()
    body = source[answer.body_start :]
    line_starts = _line_starts(body)
    folded, line_of = _fold_plain_lines(body)

    def offset(line: int) -> int:
        """Where a line of the folded text starts in the file."""
        original = line_of[min(line, len(line_of) - 1)]
        return answer.body_start + line_starts[min(original, len(line_starts) - 1)]

    blocks = _simple_blocks(folded)
    quotes, headings, comments = blocks if blocks is not None else _markdown_blocks(folded)
    answer.quotes = [Segment(offset(first), offset(end)) for first, end in quotes]
    answer.comments = [Segment(offset(first), offset(end)) for first, end in comments]
    current: str | None = None
    pos = answer.body_start
    for first, end, tag, sid in headings:
        if tag == "h1" and sid is None:
            answer.titles.append(Segment(offset(first), offset(end)))
            continue  # a title: keep the current section going
        start = offset(first)
        _add(answer, current, pos, start)
        if sid is not None:
            answer.sections.setdefault(sid, [])
        current = sid
        pos = offset(end)
    _add(answer, current, pos, len(source))
    return answer


Blocks = tuple[list[tuple[int, int]], list[tuple[int, int, str, str | None]], list[tuple[int, int]]]
"""What parsing reads from the block structure: the top-level block quotes as line ranges
(first, end), the h1-h3 headings, at any depth, as (first line, end line, tag, the
section their text names or None), and the top-level HTML blocks that are only a comment."""


def _markdown_blocks(folded: str) -> Blocks:
    """The blocks as CommonMark (markdown-it's block pass) reads them."""
    tokens = _block_parser().parse(folded)
    quotes = [
        (t.map[0], t.map[1])
        for t in tokens
        if t.type == "blockquote_open" and t.level == 0 and t.map is not None
    ]
    headings = []
    for i, tok in enumerate(tokens):
        if tok.type != "heading_open" or tok.map is None or tok.tag not in ("h1", "h2", "h3"):
            continue
        text = tokens[i + 1].content if i + 1 < len(tokens) else ""
        headings.append((tok.map[0], tok.map[1], tok.tag, section_for_heading(text)))
    comments = [
        (t.map[0], t.map[1])
        for t in tokens
        if t.type == "html_block"
        and t.level == 0
        and t.map is not None
        and _COMMENT.fullmatch(t.content)
    ]
    return quotes, headings, comments


# An HTML block that is one comment and nothing else (what the template writes).
_COMMENT = re.compile(r"[ ]{0,3}<!--(?:(?!-->).)*-->[ \t]*\n?", re.DOTALL)


# An ATX heading: up to 3 spaces, 1-6 `#`, then a space, a tab or the line's end.
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t](.*))?")
# A line that can only be paragraph text, wherever it stands: up to 3 spaces, then a first
# character that begins no block (not `#>*-+_=~`[<`, a digit, a space or a tab), or one that
# does begin some only when what follows it allows: a run of `*`, `_`, `-`, `+` or `=` then
# another character that is not a space (no list item, rule or setext underline), one or two
# of `~` or a backtick then another character (no fence), digits then a character other than
# `.` or `)` (no ordered list item), `#` then a character other than `#`, a space or a tab
# (no heading).
_TEXT_LINE = re.compile(
    r" {0,3}(?:[^#>*\-+_=~`<\[0-9 \t]|\*+[^* \t]|_+[^_ \t]|-+[^\- \t]|\++[^+ \t]|=+[^= \t]"
    r"|~~?[^~]|``?[^`]|[0-9]+[^0-9.)]|#+[^# \t]|#{7,})[^\n]*"
)
_BLANK = re.compile(r"[ \t]*")


def _simple_blocks(folded: str) -> Blocks | None:
    """The blocks of text made only of blank lines, ATX headings and lines that can only be
    paragraph text (what most answers are), read without markdown-it; None for anything else
    (a list, a quote, code, HTML, a setext heading...), which markdown-it reads.

    Such text has no block quote, and each heading is its own line. A property test and
    every fixture check this against markdown-it; it spares a fresh `grade` importing it,
    about 40 ms of 300 (issue 12).
    """
    headings: list[tuple[int, int, str, str | None]] = []
    lines = folded.split("\n")
    # Paragraph text and blank lines, most of the lines, are passed over in C.
    rest = list(compress(range(len(lines)), map(not_, map(_TEXT_LINE.fullmatch, lines))))
    rest = list(compress(rest, map(not_, map(_BLANK.fullmatch, map(lines.__getitem__, rest)))))
    for number in rest:
        line = lines[number]
        atx = _ATX.fullmatch(line)
        if atx is None:
            return None
        level = len(atx.group(1))
        if level <= 3:
            headings.append((number, number + 1, f"h{level}", _heading_section(atx.group(2))))
    return [], headings, []


def _heading_section(rest: str | None) -> str | None:
    """The section an ATX heading's text names: the text after its `#`s, without a closing
    run of `#`s after a space (as CommonMark reads it)."""
    text = (rest or "").rstrip(" \t")
    bare = text.rstrip("#")
    if len(bare) < len(text) and (not bare or bare[-1] in " \t"):
        text = bare
    return section_for_heading(text.replace("\0", "\ufffd"))


# Line breaks as markdown-it counts them (it normalises CRLF and a lone CR to LF first).
_BREAK = re.compile(r"\r\n|\r|\n")


def _line_starts(text: str) -> list[int]:
    """Offsets where each line of `text` starts, plus len(text) as a last sentinel. Without
    a carriage return (most files), added up in C from the lines' lengths."""
    if "\r" in text:
        return [0, *(m.end() for m in _BREAK.finditer(text)), len(text)]
    lengths = map((1).__add__, map(len, text.split("\n")[:-1]))  # a line and its break
    return [*accumulate(lengths, initial=0), len(text)]


# A line no block construct can start with (a letter first, at most 3 spaces before it) and
# that cannot end an HTML block (every end marker has a `>`).
_PLAIN_LINE = re.compile(r" {0,3}[^\W\d_][^<>]*")
_PLAIN_START = re.compile(r" {0,3}[^\W\d_]")


def _plain_lines(lines: list[str]) -> list[bool]:
    """Which lines `_PLAIN_LINE` matches in full, read in C a pass at a time: the regular
    expression only for the first characters, str's own search for a "<" or ">" after them
    (a third of the time of matching the whole line; tests/test_parse_linear.py compares)."""
    starts = map(bool, map(_PLAIN_START.match, lines))
    lt = map(str.__contains__, lines, repeat("<"))
    gt = map(str.__contains__, lines, repeat(">"))
    return list(map(and_, starts, map(not_, map(or_, lt, gt))))


def _fold_plain_lines(body: str) -> tuple[str, list[int]]:
    """`body` with every plain line that follows a plain line joined to it by a space, and
    for each line of the result the line of `body` it starts on (plus the line count).

    markdown-it spends tens of microseconds on every line of a paragraph (it tries each rule
    that could interrupt it), so 2 MB of one-character lines took minutes. A plain line after
    a plain line can only continue what that line is in (a paragraph, a lazy block quote
    line, a fence, an HTML block): joining them keeps every heading and block quote where it
    was, which is all that is read from the tokens.

    Worked out in passes over all the lines in C, not a Python step a line (a 10 MB answer
    has 60,000 lines): which are plain, which join the line before, the text and the map.
    """
    lines = _BREAK.split(body) if "\r" in body else body.split("\n")
    plain = _plain_lines(lines)
    joins = list(map(and_, plain, plain[1:]))  # joins[i]: line i + 1 is joined to line i
    parts = [""] * (2 * len(lines) - 1)
    parts[0::2] = lines
    parts[1::2] = map(_JOINERS.__getitem__, joins)
    line_of = [0, *compress(range(1, len(lines)), map(not_, joins)), len(lines)]
    return "".join(parts), line_of


_JOINERS = ("\n", " ")
"""What goes between two lines of the folded text: a line break, or a space (joined)."""


@cache
def _block_parser() -> MarkdownIt:
    """CommonMark with the inline pass off: headings keep their text, nothing else is built."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable("inline")


def _add(answer: AnswerFile, section: str | None, start: int, end: int) -> None:
    if end <= start or not answer.source[start:end].strip():
        return
    seg = Segment(start, end)
    if section is None:
        answer.unmapped.append(seg)
    else:
        answer.sections.setdefault(section, []).append(seg)


def template(case: Case) -> str:
    """A fill-in answer file for a case, ready for any editor and for `designtrainer grade`."""
    lines = [
        "---",
        f"case: {case.id}",
        "---",
        "",
        f"# {case.title}",
        "",
        *(f"> {ln}" if ln else ">" for ln in case.opening.strip().splitlines()),
        "",
        "<!-- Write under each heading. Clarifying questions and assumptions go under framing. -->",
        "",
    ]
    for section in case.sections:
        lines += [
            f"## {SECTION_TITLES[section.id]} ({section.time_budget_minutes} min)",
            "",
            *(f"> {ln}" if ln else ">" for ln in section.prompt.strip().splitlines()),
            "",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"
