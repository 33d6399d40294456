"""Depth feedback no rubric gives: the concrete numbers and the trade-offs in each answer.

Interviewers listen for two habits that separate a design from a list of components: putting
numbers on things ("8M transactions/day", "p99 < 50 ms", "0.1% fraud", "1:10 negatives") and
naming a choice against its alternative with a reason ("GBDT instead of a deep net because the
features are tabular"). A rubric credits ideas, not these habits, so this module finds them
directly in what was written and the summary and export show them per section, or say that a
section has none.

Pure functions over text, no case data and no textual. Regular expressions here are code, not
content: they read the shape of numbers and a handful of English connectives, the same for every
case. Numbers that are not estimates are left out: list numbering ("1."), section numbers
("3.2 Data", "section 3"), years (2024), versions and ids ("v2", "GPT-4", "#123", "id 4521"),
and small counts with no unit ("2 models").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.render.markdown import inline

SNIPPET_WIDTH = 90
"""At most this many characters of a trade-off's sentence are quoted."""

NO_NUMBERS = "No numbers: interviewers look for estimates here."
NO_TRADEOFFS = "No trade-offs named: say what you chose over what, and why."

_UNIT = (
    r"%|percent\b|bps\b|x\b|×|k\b|K\b|M\b|MM\b|B\b|bn\b|ms\b|s\b|secs?\b|seconds?\b|mins?\b|"
    r"minutes?\b|h\b|hrs?\b|hours?\b|d\b|days?\b|wks?\b|weeks?\b|months?\b|mo\b|years?\b|yrs?\b|"
    r"[KMGTP]B\b|qps\b|QPS\b|tps\b|TPS\b|rps\b|RPS\b|million\b|billion\b|thousand\b|"
    r"cents?\b|dollars?\b|USD\b|EUR\b"
)
# A number, with what makes it an estimate around it: a currency sign, an approximate or
# bounding word before it, a unit after it, and "/day" or "per second" after that.
_NUMBER = re.compile(
    r"(?P<pre>(?:\b[pP]\d{2,3}(?:\.\d+)?\s*(?:latency\s*)?(?:<=|>=|<|>|≤|≥|=|of|under|below)?\s*)|"
    r"(?:(?:~|≈|<=|>=|<|>|≤|≥)\s*)|"
    r"(?:\b(?i:about|around|roughly|approx\.?|approximately|under|over|up\s+to|at\s+most|"
    r"at\s+least|below|above|within|less\s+than|more\s+than)\s+))?"
    r"(?P<cur>[$€£])?"
    r"(?<![\w.,\-/#:])(?P<num>\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?)"
    r"(?:\s?(?P<unit>" + _UNIT + r"))?(?![\w\-]\w)(?!\w)(?!:\d)"
    r"(?P<rate>\s?(?:/|per\s+)(?:[A-Za-z]+))?"
)
_RATIO = re.compile(r"(?<![\w.:])(?P<a>\d+)\s?:\s?(?P<b>\d+)(?![\w.:])")
_ONE_IN = re.compile(r"(?<![\w.])\d+\s+(?:in|out\s+of)\s+\d+(?:,\d{3})*(?![\w.])")
# Words that make the number after them a label, not an estimate.
_LABEL_WORDS = frozenset(
    """section step phase stage part version v id no number item figure fig table chapter
    round option q question ticket issue rule level tier layer""".split()
)
# "1. ", "2) " and "3.2 Data" at the start of a line: list and heading numbers.
_LIST_ITEM = re.compile(
    r"(?m)^[ \t]*(?:[-*+#][ \t]*)*(?:\d+(?:\.\d+)*[.)](?=[ \t]|$)|\d+(?:\.\d+)+(?=[ \t]+[A-Z]))"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*#?$")

# Trade-off cues: a choice against an alternative, or the trade-off named outright. "X vs Y"
# counts when it heads a discussion ("GBDT vs a deep net: ..."), not inside a list of slices.
_TRADEOFF = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+favou?r\s+of|as\s+opposed\s+to|"
    r"(?:vs\.?|versus)\s+[^:.!?\n]{1,40}:|"
    r"trade[\s-]?offs?|trading\s+\w+(?:\s+\w+)?\s+for|at\s+the\s+(?:cost|expense)\s+of|"
    r"in\s+exchange\s+for|the\s+downside\s+is|the\s+cost\s+is|the\s+price\s+is|"
    r"pros\s+and\s+cons|"
    r"(?:prefer|preferred|prefers|preferring|chose|choose|choosing|pick|picked|favou?r|"
    r"opt\s+for|go\s+with|went\s+with)\b[^.!?\n]{0,60}?\b(?:over|to)\b|"
    r"\w+\s+over\s+\w+(?:[^.!?\n]{0,60}?)\b(?:because|since|as\s+it|so\s+that)\b)",
    re.IGNORECASE,
)
# Sentence ends: . ! ? before a space, a blank line, or a line that starts a list item or a
# heading. A single line break inside a paragraph (hard-wrapped text) does not end a sentence.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|#))")
# "over" as a quantity or a duration is not a choice.
_NOT_A_CHOICE_OVER = re.compile(r"\bover\s+(?:time|the\s+(?:last|past|next)|\d)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short quote from an answer and where it is: `text` is answer[start:end] on one line,
    with "…" where a long sentence was cut."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Depth:
    """The numbers and the trade-offs of one answer, in the order written."""

    numbers: tuple[Snippet, ...] = ()
    tradeoffs: tuple[Snippet, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.numbers and not self.tradeoffs


def _is_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2099


def _labelled(text: str, start: int) -> bool:
    """Whether the number at `start` is named by the word before it ("section 3", "v2")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _LABEL_WORDS:
        return True
    return start > 0 and text[start - 1] == "#"


def _list_numbers(text: str) -> set[int]:
    """Where list and heading numbers start ("1. ", "2) ", "3.2 Data")."""
    return {m.end() - len(m.group().lstrip(" \t-*+#")) for m in _LIST_ITEM.finditer(text)}


def numbers(text: str) -> tuple[Snippet, ...]:
    """The estimates in a text: numbers with a unit, a rate, a bound, a currency or a size."""
    return tuple(
        Snippet(" ".join(text[start:end].split()), start, end)
        for start, end in first_disjoint(_estimates(text))
    )


def first_disjoint(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that overlap none kept before them, in order of position.

    The spans kept are disjoint, so only the last one starting before a new span's end can
    overlap it: found by bisection, where a scan of every span kept made a long answer's
    summary quadratic (65 s for 10 MB)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        at = bisect_left(starts, end)
        if at and ends[at - 1] > start:
            continue
        starts.insert(at, start)
        ends.insert(at, end)
    return list(zip(starts, ends, strict=True))


def _estimates(text: str) -> Iterator[tuple[int, int]]:
    """Where the estimates are, ratios first, then "1 in N", then numbers: a later candidate
    inside an earlier one is the same estimate ("1:10" is not also "10")."""
    skip = _list_numbers(text)
    for m in _RATIO.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        clock = a <= 23 and len(m.group("b")) == 2 and b <= 59 and a != 1
        if (a == 1 or b == 1 or not clock) and m.start() not in skip:
            yield m.start(), m.end()
    for m in _ONE_IN.finditer(text):
        if m.start() not in skip:
            yield m.start(), m.end()
    for m in _NUMBER.finditer(text):
        num, unit, rate = m.group("num"), m.group("unit"), m.group("rate")
        start = m.start("num")
        if start in skip or _labelled(text, start):
            continue
        marked = bool(m.group("pre") or m.group("cur") or unit or rate)
        if _is_year(num) and not (unit or rate or m.group("cur")):
            continue
        first = re.split(r"\s?[-–]\s?", num)[0].replace(",", "")
        value = float(first) if first.count(".") <= 1 else 0.0
        decimal = "." in num or "," in num or "-" in num or "–" in num
        if not marked and not decimal and value < 10:
            continue  # "2 models", "3 stages": counts, not estimates
        # "8M transactions", "300 features": a bare count or magnitude says what it counts;
        # "5 minutes" and "0.1%" already say what they are.
        counts = not rate and (not unit or unit.strip() in _MAGNITUDES)
        yield m.start(), (_with_noun(text, m.end()) if counts else m.end())


_MAGNITUDES = frozenset(
    {"k", "K", "M", "MM", "B", "bn", "x", "×", "million", "billion", "thousand"}
)
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z][\w\-]*)(?:/[A-Za-z]+)?")
_NOT_NOUNS = frozenset(
    """and or but to of in on at for with by from is are was were be as so if than then that
    which who we it this these those the a an""".split()
)


def _with_noun(text: str, end: int) -> int:
    """Extend a number's quote over the word it counts ("8M transactions/day")."""
    m = _NOUN_AFTER.match(text, end)
    if m is not None and m.group(1).lower() not in _NOT_NOUNS:
        return m.end()
    return end


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    for start, end in itertools.pairwise(cuts):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def tradeoffs(text: str) -> tuple[Snippet, ...]:
    """Sentences that choose one thing over another or name a trade-off, quoted around the cue."""
    found: list[Snippet] = []
    for start, end in _sentences(text):
        sentence = text[start:end]
        cue = next(
            (c for c in _TRADEOFF.finditer(sentence) if not _is_quantity_over(sentence, c)),
            None,
        )
        if cue is None:
            continue
        a, b = _window(sentence, cue.start(), cue.end())
        quote = " ".join(sentence[a:b].split())
        quote = ("…" if a > 0 else "") + quote + ("…" if b < len(sentence) else "")
        found.append(Snippet(quote, start + a, start + b))
    return tuple(found)


def _is_quantity_over(sentence: str, cue: re.Match[str]) -> bool:
    """A bare "X over Y because" cue whose "over" is a duration or an amount."""
    text = cue.group()
    if " over " not in f" {text.lower()} ":
        return False
    at = cue.start() + text.lower().find("over")
    return _NOT_A_CHOICE_OVER.match(sentence, at) is not None and not re.match(
        r"(?i)(?:prefer|chose|choose|pick|favou?r|opt|go|went)", text
    )


def _window(sentence: str, cue_start: int, cue_end: int) -> tuple[int, int]:
    """Up to SNIPPET_WIDTH characters of the sentence around the cue, on word boundaries."""
    if len(sentence) <= SNIPPET_WIDTH:
        return 0, len(sentence)
    pad = max(0, (SNIPPET_WIDTH - (cue_end - cue_start)) // 2)
    a = max(0, cue_start - pad)
    b = min(len(sentence), a + SNIPPET_WIDTH)
    a = max(0, min(a, b - SNIPPET_WIDTH))
    while 0 < a < cue_start and not sentence[a - 1].isspace():
        a += 1
    while cue_end < b < len(sentence) and not sentence[b].isspace():
        b -= 1
    return a, b


def depth(text: str) -> Depth:
    """Numbers and trade-offs in one answer."""
    return Depth(numbers(text), tradeoffs(text))


def attempt_depth(answers: Mapping[str, str]) -> dict[str, Depth]:
    """Depth per section id, in section order, for the sections that have an answer."""
    return {sid: depth(answers[sid]) for sid in SECTION_IDS if answers.get(sid, "").strip()}


def depth_markdown(answers: Mapping[str, str], heading: str = "##") -> list[str]:
    """The "Depth" part of a summary or export as markdown lines, one block per answered section.

    Quotes are the answer's own words, made literal by the one markdown escaper.
    """
    out = ["", f"{heading} Depth: numbers and trade-offs", ""]
    per_section = attempt_depth(answers)
    if not per_section:
        return [*out, "No answers yet."]
    for sid, found in per_section.items():
        out.append(f"**{SECTION_TITLES[sid]}**")
        out.append("")
        if found.numbers:
            out.append("- Numbers: " + "; ".join(f"“{inline(s.text)}”" for s in found.numbers))
        else:
            out.append(f"- {NO_NUMBERS}")
        if found.tradeoffs:
            out.append("- Trade-offs: " + "; ".join(f"“{inline(s.text)}”" for s in found.tradeoffs))
        else:
            out.append(f"- {NO_TRADEOFFS}")
        out.append("")
    return out[:-1]
