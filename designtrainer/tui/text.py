"""Text from case files, rubric files and the store is shown as text, never as markup.

Textual reads a plain `str` given to Static, Label, DataTable cells, OptionList options, border
titles, toasts and palette hits as markup: in a shared case pack, `[@click=app.quit]` in a
title would be a live button, `[link=file:///etc/passwd]` a link and a stray `[/]` an
exception at start. So every screen builds what it shows with the two helpers here, and passes
the resulting `Content` (which Textual never parses again):

- `plain(text)` for a string shown alone (`cell(text)` in a DataTable);
- `styled(template, name=text)` for our own markup with strings put in as `$name`: Textual
  substitutes them after parsing the template, so they stay literal text.

Toasts that quote such a string are sent with `notify(..., markup=False)`. Markdown that
contains such strings (summaries, reference answers) goes through `SafeMarkdown`
(tui/widgets/markdown.py), which never parses markup and follows only http(s) links.

Control characters (C0 but tab and newline, DEL, C1) are shown as `\\u001b`-style escapes, so
an escape sequence in an answer or a note cannot drive the terminal; so are bidi overrides and
invisible format characters (`\\u202e`), which could reverse or hide words. (The CLI's
`formatting.terminal_safe` uses the same notation.) Editors cannot change what they hold, so
`InertTextArea` (tui/widgets/text_area.py) draws each one as a single picture (`␛`) instead.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content

from designtrainer.render.terminal import FORMAT_CHARACTERS, FORMAT_CODE_POINTS, escaped

_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{FORMAT_CHARACTERS}]")


def visible(text: str) -> str:
    """`text` with every control character but tab and newline written out as `\\uXXXX`.

    Bidi overrides and invisible format characters (`FORMAT_CHARACTERS`) too, as in the CLI.
    """
    return _CONTROL.sub(lambda m: escaped(m.group()), text)


_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_PICTURES |= {0x7F: "\u2421"} | dict.fromkeys(range(0x80, 0xA0), "\ufffd")
# The bidi controls and invisible format characters too: drawn raw, U+202E in pasted notes
# would reverse the rest of the line on a terminal that does bidi.
_PICTURES |= dict.fromkeys(FORMAT_CODE_POINTS, "\ufffd")


def pictured(text: str) -> str:
    """`text` with each control or format character drawn as one visible character (columns
    stay put)."""
    return text.translate(_PICTURES)


def plain(text: str, style: str = "") -> Content:
    """A string from a file or the store, shown exactly as written (optionally in one style)."""
    content = Content(visible(text))
    return content.stylize(style) if style else content


def cell(text: str) -> Text:
    """A DataTable cell from a file or the store (DataTable sizes its columns from rich Text).

    In a column narrower than the text (a long case title at 80 columns) it ends in "…".
    """
    return Text(visible(text), end="", overflow="ellipsis")


def heading(label: str) -> Text:
    """A DataTable column's label as the rich Text DataTable would make of it. Given a string,
    DataTable reads it as rich markup, and reading markup loads rich's table of 3,600 emoji
    codes the first time: about 800 kB held by a session from its first picker on (issue 12,
    memory). Our labels are constants with neither markup nor emoji codes: the same Text."""
    return Text(label)


def width_of(text: str) -> int:
    """The columns `cell(text)` takes on screen (wide characters count two, escapes in full)."""
    return cell_len(visible(text))


def styled(template: str, **values: object) -> Content:
    """Our own `template` markup with each `$name` replaced by `values[name]` as literal text.

    The template must be a constant written in this package; never build it from a value.
    """
    return Content.from_markup(template, **{k: visible(str(v)) for k, v in values.items()})
