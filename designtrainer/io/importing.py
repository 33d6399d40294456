"""Reading an exported attempt (or a hand-written answer file) back: the answers, exactly.

render.export writes the file; this module reads it, and the format constants both use live
here. Round-trip guarantee: for every section,
`parse_exported(attempt_markdown(a, c)).answers[s]` equals `a.section(s).answer` character for
character, for any text the store can hold (CR, CRLF, NUL, U+2028, form feeds, trailing spaces
and blank lines included; an empty answer is written as "_No answer._" and read back as ""), as
long as the file's text comes back unchanged. Each answer sits in a backtick fence longer than
any backtick run inside it (see render.markdown.fence), so the lines between the fences are the
answer. The rubric, questions and notes come after the answers and are never read back.

The export always uses LF line endings. A file whose line endings were turned into CRLF later
(a Windows editor, git autocrlf) is detected by its first line and read with CRLF as LF: a
conversion of every LF is undone exactly, while one that keeps existing CRLFs (unix2dos) turns
an answer's own CRLFs, and a CR ending an answer, into LF. A leading BOM is ignored.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.io.answers import Segment, front_matter, parse_answer
from designtrainer.store.attempt import Mode

FORMAT_KEY = "designtrainer_format"
FORMAT_VERSION = 1
RUBRIC_HEADING = "Rubric"
NO_ANSWER = "_No answer._"

_OPEN_FENCE = re.compile(r"(`{3,})markdown[ \t]*")


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


def parse_exported(text: str, name: str = "answer") -> ImportedAnswers:
    """Answers from an exported file (exactly), or from a hand-written template-format file.

    `name` is the file's name for error messages. Front matter goes through the guarded YAML
    loader (see io.answers.front_matter): a ContentError, never a traceback. Linear in the size
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


def _meta_str(meta: Mapping[str, Any], key: str) -> str | None:
    value = meta.get(key)
    return str(value) if value is not None and str(value).strip() else None


def _mode(value: object) -> Mode:
    return "peer" if value == "peer" else "solo"
