"""Reading an exported attempt (or a hand-written answer file) back: the answers, exactly.

render.export writes the file; this module reads it, and the format constants both use live
here (but FORMAT_KEY, in io.answers: see there). Round-trip guarantee: for every section,
`parse_exported(attempt_markdown(a, c)).answers[s]` equals `a.section(s).answer` character for
character, for any text the store can hold (CR, CRLF, NUL, U+2028, form feeds, trailing spaces
and blank lines included; an empty answer is written as "_No answer._" and read back as ""), as
long as the file's text comes back unchanged.

Format 2 (the current one) shows each answer as markdown between two comment lines,
`<!-- answer data -->` and `<!-- end of answer data -->`. The end line is one that is not a
line of the answer (`#2`, `#3`... are added to both until it is not), so the lines between are
the answer; when its markdown leaves a block open, the lines that close it come last and the
opening comment says how many ("(1 line added to close it)"), so they are taken off again.
A `<!-- designtrainer data` comment at the end holds, as JSON, what `import` restores besides
the answers: when the attempt started and ended, seconds, hints and submission per section,
and the clarifying questions with the answers given. Format 1 put each answer in a backtick
fence longer than any backtick run inside it and had no data comment; it is still read (its
date, timing table, hints list and questions are restored from the text, minutes to 0.1).

The export always uses LF line endings. A file whose line endings were turned into CRLF later
(a Windows editor, git autocrlf) is detected by its first line and read with CRLF as LF: a
conversion of every LF is undone exactly, while one that keeps existing CRLFs (unix2dos) turns
an answer's own CRLFs, and a CR ending an answer, into LF. A leading BOM is ignored.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from designtrainer.domain.review import PeerReview
from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.io.answers import FORMAT_KEY, Segment, front_matter, parse_answer
from designtrainer.store import codec
from designtrainer.store.attempt import Mode, Question, SectionState
from designtrainer.store.columns import MOST_COUNT, MOST_SECONDS

FORMAT_VERSION = 2
RUBRIC_HEADING = "Rubric"  # format 1: the report after the answers started here
NO_ANSWER = "_No answer._"
DATA_OPEN = "<!-- designtrainer data"
DATA_CLOSE = "-->"
MAX_DATA_CHARS = 1 << 20  # the data comment of a long attempt is a few kilobytes

_OPEN_FENCE = re.compile(r"(`{3,})markdown[ \t]*")
_BEGIN = re.compile(
    r"<!-- answer ([a-z]+)( #[0-9]{1,9})?(?: \(([0-9]{1,3}) lines? added to close it\))? -->"
)
_V1_TIMING = re.compile(r"\| (?P<title>[^|]+) \| (?P<minutes>[0-9]+(?:\.[0-9]+)?) \| [^|]* \|")
_V1_HINTS = re.compile(r"- (?P<title>[^:]+): (?P<hints>[0-9]{1,6})")
_V1_QUESTION = re.compile(r"- \*\*Q:\*\* (?P<q>.*)\\")
_V1_ANSWER = re.compile(r"  \*\*A:\*\* (?P<a>.*)")
_UNESCAPE = re.compile(r"\\(.)")


class ExportFormatError(ValueError):
    """An exported file that cannot be read back (a damaged fence, a newer format)."""


def answer_markers(section: str, answer: str, added: int = 0) -> tuple[str, str]:
    """The comment lines around an answer: an end line that no line of the answer equals.

    `added` is the number of lines written after the answer to close what it left open.
    """
    # Any reading of line endings: markdown (so GitHub) also ends lines at a lone CR.
    lines = set(re.split(r"\r\n|\r|\n", answer))
    n = 1
    while (end := f"<!-- end of answer {section}{f' #{n}' if n > 1 else ''} -->") in lines:
        n += 1
    tag = f" #{n}" if n > 1 else ""
    note = f" ({added} line{'' if added == 1 else 's'} added to close it)" if added else ""
    return f"<!-- answer {section}{tag}{note} -->", end


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
    created_at: float | None = None
    """When the exported attempt started (None: not in the file, e.g. a hand-written one)."""
    finished_at: float | None = None
    sections: dict[str, SectionState] = field(default_factory=dict)
    """Seconds, hints and submission time per section as exported (their `answer` is unused)."""
    questions: tuple[Question, ...] = ()
    peer: PeerReview | None = None
    """A peer interview's review as exported (the interviewer's marks); None in exports made
    before exports carried it, and for solo attempts."""


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
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise ExportFormatError(
            f"export format {version!r} is newer than this designtrainer reads "
            f"({FORMAT_VERSION}); upgrade designtrainer"
        )
    first_line = text[: len(text) - len(body)].count("\n") + 1  # the body's first line
    lines = body.split("\n")  # never splitlines(): U+2028, \x0c etc. are answer text
    parse = _parse_v1 if version < 2 else _parse_v2
    answers, restored = parse(lines, first_line)
    created_at = restored.get("created_at", _meta_date(meta.get("date")))
    questions = tuple(
        q if q.asked_at or created_at is None else Question(q.question, q.answer, None, created_at)
        for q in restored.get("questions", ())
    )
    return ImportedAnswers(
        case_id=_meta_str(meta, "case"),
        mode=_mode(meta.get("mode")),
        answers=answers,
        title=_meta_str(meta, "title"),
        created_at=created_at,
        finished_at=restored.get("finished_at"),
        sections=restored.get("sections", {}),
        questions=questions,
        peer=restored.get("peer"),
    )


def _parse_v2(lines: list[str], first_line: int) -> tuple[dict[str, str], dict[str, Any]]:
    answers: dict[str, str] = dict.fromkeys(SECTION_IDS, "")
    restored: dict[str, Any] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if (m := _BEGIN.fullmatch(line)) and m[1] in SECTION_IDS:
            end_line = f"<!-- end of answer {m[1]}{m[2] or ''} -->"
            end = next((j for j in range(i + 1, len(lines)) if lines[j] == end_line), None)
            if end is None:
                raise ExportFormatError(
                    f"line {first_line + i}: the answer under '{SECTION_TITLES[m[1]]}' has no "
                    f"closing line '{end_line}'"
                )
            body = lines[i + 1 : end]
            added = int(m[3] or 0)
            if added > len(body):
                raise ExportFormatError(
                    f"line {first_line + i}: the answer under '{SECTION_TITLES[m[1]]}' is "
                    f"shorter than the closing lines its first line names ({added})"
                )
            answers[m[1]] = "\n".join(body[: len(body) - added])
            i = end
        elif line == DATA_OPEN:
            end = next((j for j in range(i + 1, len(lines)) if lines[j] == DATA_CLOSE), None)
            if end is None:
                raise ExportFormatError(
                    f"line {first_line + i}: the data comment has no closing line '-->'"
                )
            restored = _read_data("\n".join(lines[i + 1 : end]), first_line + i)
            i = end
        i += 1
    return answers, restored


def _read_data(raw: str, line: int) -> dict[str, Any]:
    """The data comment as ImportedAnswers fields; a clear error naming the field if damaged."""

    def bad(what: str) -> ExportFormatError:
        return ExportFormatError(
            f"line {line}: the data comment's {what}; fix it, or delete the comment to import "
            "the answers alone"
        )

    if len(raw) > MAX_DATA_CHARS:
        raise bad(f"JSON is over {MAX_DATA_CHARS:,} characters")  # "the data comment's JSON"
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise bad(f"JSON is not valid ({exc})") from None
    if not isinstance(data, dict):
        raise bad("JSON is not an object")

    latest = time.time() + 86_400  # a day of clock skew between machines

    def number(value: object, what: str, optional: bool = False) -> float | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad(f"'{what}' is not a number")
        if not math.isfinite(value) or value < 0:
            raise bad(f"'{what}' is not a time (a finite number, 0 or more)")
        return float(value)

    def duration(value: object, what: str) -> float:
        """A section's seconds: at most a year, as the store reads them (store.columns)."""
        seconds = number(value, what) or 0.0
        if seconds > MOST_SECONDS:
            raise bad(f"'{what}' is longer than a year")
        return seconds

    def moment(value: object, what: str, optional: bool = False) -> float | None:
        """A time something happened: not in the future. 1e300 (or a date past year 9999)
        was stored, and every list that shows the attempt's date then raised."""
        at = number(value, what, optional)
        if at is not None and at > latest:
            raise bad(f"'{what}' is in the future")
        return at

    out: dict[str, Any] = {
        "created_at": moment(data.get("created_at"), "created_at"),
        "finished_at": moment(data.get("finished_at"), "finished_at", optional=True),
    }
    sections = data.get("sections", {})
    if not isinstance(sections, dict):
        raise bad("'sections' is not an object")
    out["sections"] = {}
    for sid, value in sections.items():
        if sid not in SECTION_IDS:
            continue  # a section of a newer designtrainer: nothing to put it in
        if not isinstance(value, dict):
            raise bad(f"'sections.{sid}' is not an object")
        hints = value.get("hints", 0)
        if isinstance(hints, bool) or not isinstance(hints, int) or not 0 <= hints <= MOST_COUNT:
            raise bad(f"'sections.{sid}.hints' is not a count")
        out["sections"][sid] = SectionState(
            sid,
            seconds=duration(value.get("seconds", 0), f"sections.{sid}.seconds"),
            hints_used=hints,
            submitted_at=moment(
                value.get("submitted_at"), f"sections.{sid}.submitted_at", optional=True
            ),
        )
    questions = data.get("questions", [])
    if not isinstance(questions, list):
        raise bad("'questions' is not a list")
    parsed = []
    for n, q in enumerate(questions, start=1):
        where = f"questions[{n}]"
        if not isinstance(q, dict):
            raise bad(f"'{where}' is not an object")
        question, answer, clar = q.get("question"), q.get("answer"), q.get("clarification")
        if not isinstance(question, str) or not isinstance(answer, str):
            raise bad(f"'{where}' needs a question and an answer (text)")
        if clar is not None and (isinstance(clar, bool) or not isinstance(clar, int)):
            raise bad(f"'{where}.clarification' is not a number")
        asked = moment(q.get("asked_at", out["created_at"]), f"{where}.asked_at") or 0.0
        parsed.append(Question(question, answer, clar, asked))
    out["questions"] = tuple(parsed)
    if "peer" in data:
        peer = codec.review_from_json(data["peer"])  # what is malformed inside is dropped
        if peer is None:
            raise bad("'peer' is not an object")
        out["peer"] = peer
    return out


def _parse_v1(lines: list[str], first_line: int) -> tuple[dict[str, str], dict[str, Any]]:
    """Format 1: answers in fences, then a report whose timing, hints and questions are read."""
    titles = {title: sid for sid, title in SECTION_TITLES.items()}
    answers: dict[str, str] = {}
    current: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            name = line[3:].strip()
            if name == RUBRIC_HEADING:
                break  # the report after the answers: read below for what it restores
            current = titles.get(name)  # a heading someone added by hand holds no answer
            if current is not None:
                answers[current] = ""
        elif current is not None and (m := _OPEN_FENCE.fullmatch(line)):
            closing = re.compile(re.escape(m.group(1)) + r"`*[ \t]*")
            end = next((j for j in range(i + 1, len(lines)) if closing.fullmatch(lines[j])), None)
            if end is None:
                raise ExportFormatError(
                    f"line {first_line + i}: the answer under '{SECTION_TITLES[current]}' has "
                    f"no closing {m.group(1)}"
                )
            answers[current] = "\n".join(lines[i + 1 : end])
            current, i = None, end
        i += 1
    return answers, _v1_report(lines[i:], titles)


def _v1_report(lines: Sequence[str], titles: Mapping[str, str]) -> dict[str, Any]:
    """Timing, hints and questions from a format 1 report (the text people read)."""
    seconds: dict[str, float] = {}
    hints: dict[str, int] = {}
    questions: list[Question] = []
    heading = ""
    for n, line in enumerate(lines):
        if line.startswith("## "):
            heading = line[3:].strip()
        elif heading == "Timing" and (m := _V1_TIMING.fullmatch(line)):
            # A minute count past a year (or past float, read as infinity) is not restored.
            minutes = float(m["minutes"])
            if (sid := titles.get(m["title"])) is not None and minutes * 60 <= MOST_SECONDS:
                seconds[sid] = minutes * 60
        elif heading == "Hints used" and (m := _V1_HINTS.fullmatch(line)):
            if (sid := titles.get(m["title"])) is not None:
                hints[sid] = int(m["hints"])
        elif heading == "Clarifying questions" and (m := _V1_QUESTION.fullmatch(line)):
            a = _V1_ANSWER.fullmatch(lines[n + 1]) if n + 1 < len(lines) else None
            if a is not None:
                q, ans = _UNESCAPE.sub(r"\1", m["q"]), _UNESCAPE.sub(r"\1", a["a"])
                questions.append(Question(q, ans, None, 0.0))
    sections = {
        sid: SectionState(sid, seconds=seconds.get(sid, 0.0), hints_used=hints.get(sid, 0))
        for sid in SECTION_IDS
        if sid in seconds or sid in hints
    }
    return {"sections": sections, "questions": tuple(questions)}


def _meta_date(value: object) -> float | None:
    """The front matter's `date` as a timestamp (a date without a zone is local time)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if isinstance(value, datetime):
        try:
            return value.timestamp()
        except (OverflowError, OSError, ValueError):
            return None
    return None


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
