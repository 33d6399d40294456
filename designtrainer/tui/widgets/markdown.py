"""Markdown whose text comes from case files or the store: links show, few of them open.

Control characters in the source are written out (`\\u001b`) before rendering.

Textual's Markdown widget renders inline text as plain content (it never parses Textual markup)
and turns every link into a `link(...)` click action; by default a click hands the address to
the system's browser opener, which would open `file:` URLs, or anything else, too. This widget
opens only http and https links, and says so for the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from textual.await_complete import AwaitComplete
from textual.widgets import Markdown

from designtrainer.render.markdown import images_as_text
from designtrainer.tui.text import visible

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

OPENABLE = ("http", "https")


def _parser() -> MarkdownIt:
    """Textual's own parser, with images as text (render.markdown.images_as_text): Textual drew
    an image as "🖼 (alt)", a click that opened its address, which was never shown."""
    from markdown_it import MarkdownIt

    md = images_as_text(MarkdownIt("gfm-like"))
    md.core.ruler.push("visible_references", _visible_references)
    return md


def _visible_references(state: StateCore) -> None:
    """Write out what character references brought back: `visible` ran on the source, and
    markdown-it then decodes `&#x202e;` (a bidi override), `&#x200b;` or a tag character into
    the character itself, which a terminal that does bidi draws reversed. Every inline token's
    text, after the inline rules (`visible` leaves text it already wrote out as it is)."""
    for token in state.tokens:
        for child in token.children or ():
            child.content = visible(child.content)


class SafeMarkdown(Markdown):
    """A Markdown view for untrusted text: http(s) links open in the browser, nothing else.

    Tables (the summary's sections, the keys in F1) are drawn with light lines: a rule under
    the header and none between rows, so a five-row table takes seven lines, not twelve.
    """

    DEFAULT_CSS = """
    SafeMarkdown MarkdownTableContent {
        keyline: none;
        grid-gutter: 0 0;
        & > .header { border-bottom: solid $foreground 30%; }
    }
    """

    def __init__(self, markdown: str | None = None, *, id: str | None = None) -> None:
        super().__init__(
            None if markdown is None else visible(markdown),
            id=id,
            open_links=False,
            parser_factory=_parser,
        )

    def update(self, markdown: str) -> AwaitComplete:
        """Show `markdown`, its control characters written out (it is never sent raw)."""
        return super().update(visible(markdown))

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        if urlsplit(event.href.strip()).scheme.lower() in OPENABLE:
            self.app.open_url(event.href.strip())
        else:
            self.notify(
                f"Not opened: {visible(event.href)} (only http and https links open).",
                severity="warning",
                timeout=4,
                markup=False,
            )
