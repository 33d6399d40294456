"""The one markdown escaper and the one fence rule, for everything that writes markdown.

Exports, the summary, the scorecard, comparisons and the depth notes all build markdown from
text other people wrote (case titles, rubric labels, answers, interviewer notes). Three rules
keep that text literal wherever it lands:

- `inline`: a line of text with every character that can start inline markup escaped, and only
  those: `~` and `$` only when a pair could form strikethrough or GitHub math, `_` only outside
  a word, `<` only before what could be a tag, `\\` only before punctuation, so ordinary text
  ("~10 ms", "$5 a month", "a < b", snake_case) reads as written in the raw file too;
- `fence`: a block of text verbatim, in a backtick fence longer than any backtick run inside it,
  so nothing in it (headings, `---`, quotes, fences, raw HTML) can end the block early;
- `block_quote`: a note as a block quote, every line prefixed so it stays inside the quote;
- `closers`: the lines that close whatever a person's own markdown left open (a code fence, a
  raw HTML block), so an answer shown as markdown cannot swallow the document after it.

And two for images, which a reader's browser or markdown viewer fetches from wherever they
point (telling a stranger's server who read the export, and when):

- `images_as_text`: a markdown-it rule every renderer here adds (the HTML export, the app's
  markdown views): an image is its alt text and its address, as plain text;
- `inert`: case text written into a markdown export (reference answers), its images and raw
  HTML tags escaped, so a viewer that reads raw HTML (GitHub does) shows them as text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

# The ASCII characters that can start inline markup mid-line in CommonMark or GFM (`|` a table
# cell, `&` only before an entity); a backslash makes each literal. The conditional ones:
# `\\` only escapes punctuation (and must not escape what follows the text), `_` is never
# emphasis inside a word, `<` starts a tag, comment or autolink only before a letter, `/`, `!`
# or `?`. `~` (strikethrough) and `$` (GitHub math) are escaped only when they can pair up.
_INLINE_SPECIAL = re.compile(
    r"""([`*\[\]|]|\\(?=[!-/:-@\[-`{-~]|$)|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])"""
    r"|&(?=#?[A-Za-z0-9]+;))"
)
# At the start of a line: `#` heading, `>` quote, `-`/`+` list item, `1.`/`1)` ordered list.
_LEADING = re.compile(r"\A(?:[#>]|[-+](?=\s|\Z)|\d{1,9}(?=[.)](?:\s|\Z)))")
# An opening `~` is followed by a non-space, a closing one follows a non-space. Math `$` the
# same, and a closing `$` is not followed by a digit ("$5-$10" is two prices, not math).
_TILDE_PAIR = re.compile(r"~(?=\S).*?(?<=\S)~", re.S)
_DOLLAR_PAIR = re.compile(r"\$(?=\S).*?(?<=\S)\$(?!\d)", re.S)
_BACKTICK_RUN = re.compile(r"`+")


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) as single spaces, trimmed."""
    return " ".join(text.split())


def inline(text: str) -> str:
    """Text that stays literal in a markdown line: one line, markup characters escaped.

    Only what could be read as markup is escaped (see the module doc), so a mentor reading the
    raw file is not met by `\\~` and `\\$` in ordinary sentences.
    """
    text = one_line(text)
    out = _INLINE_SPECIAL.sub(r"\\\1", text)
    if "~" in text and _TILDE_PAIR.search(text):
        out = out.replace("~", "\\~")
    if "$" in text and _DOLLAR_PAIR.search(text):
        out = out.replace("$", "\\$")
    if m := _LEADING.match(out):
        out = out[: m.end()] + "\\" + out[m.end() :] if out[0].isdigit() else "\\" + out
    return out


def fence_for(text: str) -> str:
    """A backtick fence longer than any backtick run in `text` (at least three)."""
    longest = max((len(m) for m in _BACKTICK_RUN.findall(text)), default=0)
    return "`" * max(3, longest + 1)


def fence(text: str, info: str = "") -> str:
    """`text` as a fenced code block that nothing inside can close.

    The newline before the closing fence is added, never taken from the text, so a text ending
    in a newline keeps it (it shows as a last empty line) and reads back exactly.
    """
    mark = fence_for(text)
    return f"{mark}{info}\n{text}\n{mark}"


def block_quote(text: str) -> list[str]:
    """A note as block quote lines: every line prefixed, so its markdown stays inside."""
    lines = text.strip("\n").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [f"> {line}" if line.strip() else ">" for line in lines]


def closers(text: str, *, html: bool) -> list[str]:
    """Lines that close what `text`, read as markdown, leaves open at its end.

    An answer is shown as markdown, not in a code block, so an unclosed ``` fence or a raw
    HTML block (`<pre>`, `<?`, `<![CDATA[`) would run on into the rest of the document. These
    lines, written after it, end them; `html` says whether raw HTML is read (GitHub reads it,
    the HTML export does not). Checked with markdown-it itself: a paragraph written after the
    text and the closers must start a block of its own at the top level.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": html}).enable("table")
    added: list[str] = []
    for _ in range(8):  # each round closes one block; nesting beyond that is not markdown
        probe = "\n".join([text, *added, "", "designtrainer-probe"])
        tokens = md.parse(probe)
        if (
            len(tokens) >= 3
            and tokens[-3].type == "paragraph_open"
            and tokens[-3].level == 0
            and tokens[-2].content == "designtrainer-probe"
        ):
            return added
        top = [t for t in tokens if t.level == 0 and t.map is not None and t.nesting >= 0]
        last = top[-1] if top else None
        if last is not None and last.type == "fence":
            added.append(last.markup)
        elif last is not None and last.type == "html_block":
            first = last.content.lstrip(" ")
            if first.startswith("<?"):
                added.append("?>")
            elif first.startswith("<![CDATA["):
                added.append("]]>")
            elif first.startswith("<!--"):
                added.append("-->")
            else:
                added.append("</pre>")  # ends any of <script>, <pre>, <style>, <textarea>
        else:
            added.append("")
    return added


def image_text(alt: str, src: str) -> str:
    """How an image reads: 'alt (image: address)', or '(image: address)' without alt text."""
    shown = f"(image: {src})" if src else "(image)"
    return f"{alt} {shown}" if alt.strip() else shown


def images_as_text(md: MarkdownIt) -> MarkdownIt:
    """`md` with every image turned into plain text (`image_text`): nothing is fetched or linked.

    A core rule, so it holds for any renderer built on the token stream (markdown-it's HTML,
    Textual's Markdown widget, which made an image a click that opens its address)."""
    md.core.ruler.push("images_as_text", _images_as_text)
    return md


def _images_as_text(state: StateCore) -> None:
    from markdown_it.token import Token

    for tok in state.tokens:
        if tok.type != "inline" or not tok.children:
            continue
        for i, child in enumerate(tok.children):
            if child.type == "image":
                text = Token("text", "", 0)
                text.content = image_text(child.content, str(child.attrs.get("src", "")))
                tok.children[i] = text


# Outside code: an image's opening `![` and a `<` that could start a raw HTML tag.
_IMAGE_OR_TAG = re.compile(r"!(?=\[)|<(?=[A-Za-z/!?])")


def inert(text: str) -> str:
    """Markdown from a case pack for a markdown export: images and raw HTML shown as written.

    `![alt](address)` becomes `!\\[alt](address)` and `<img ...>` becomes `\\<img ...>`, so a
    viewer shows them as typed instead of fetching the image or reading the HTML; everything
    else (emphasis, lists, links, code) renders as before. Code blocks and code spans are left
    alone: there the characters are literal already, and a backslash would show.
    """
    from markdown_it import MarkdownIt

    if "![" not in text and "<" not in text:
        return text
    lines = text.split("\n")
    code: set[int] = set()
    for tok in MarkdownIt("commonmark").disable("inline").parse(text):  # blocks are enough
        if tok.type in ("fence", "code_block") and tok.map is not None:
            code.update(range(*tok.map))
    for n, line in enumerate(lines):
        if n in code:
            continue
        out, at = [], 0
        for start, end in _code_spans(line):
            out += [_escape_images(line[at:start]), line[start:end]]
            at = end
        lines[n] = "".join([*out, _escape_images(line[at:])])
    return "\n".join(lines)


def _code_spans(line: str) -> list[tuple[int, int]]:
    """Where the code spans of a line are: a run of backticks up to the next run of the same
    length (CommonMark); a run that none closes is text. Linear: each run is looked at once,
    and the next run of each length is found by a pointer that only moves forward (a pattern
    that searched on from every run took seconds on a 20,000-character line of runs)."""
    runs = [(m.start(), m.end()) for m in _BACKTICK_RUN.finditer(line)]
    by_length: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(i)
    seen = dict.fromkeys(by_length, 0)  # per length: how far into its runs we have looked
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(runs):
        length = runs[i][1] - runs[i][0]
        same = by_length[length]
        k = seen[length]
        while k < len(same) and same[k] <= i:
            k += 1
        seen[length] = k
        if k == len(same):
            i += 1  # no run of this length closes it: text
            continue
        close = same[k]
        spans.append((runs[i][0], runs[close][1]))
        i = close + 1
    return spans


def _escape_images(text: str) -> str:
    return _IMAGE_OR_TAG.sub(lambda m: "!\\" if m.group(0) == "!" else "\\<", text)
