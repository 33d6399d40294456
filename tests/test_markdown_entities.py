"""Character references in case text cannot bring back what `visible` writes out.

SafeMarkdown writes control and bidi characters out before rendering, but markdown-it decodes
`&#x202e;` (a right-to-left override), `&#x200b;` (a zero-width space) and the tag
characters into the characters themselves after that, so a case pack could draw its reference
answer reversed on a terminal that does bidi. (markdown-it already turns C0 and C1 references
into U+FFFD.)
"""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.widgets import Markdown

from designtrainer.render.terminal import has_control
from designtrainer.tui.widgets.markdown import SafeMarkdown

SOURCE = (
    "Safe &#x202e;evil&#x202c; and &#8238;more, a zero&#x200b;width, a tag &#xe0041;, "
    "`code &#x202e; stays` and &amp; &lt;b&gt; as they should.\n\n"
    "| head &#x202e; |\n|---|\n| cell &#x2066; |\n\n- item &#x202e;\n"
)


def _shown(source: str) -> list[str]:
    texts: list[str] = []

    class Viewer(App[None]):
        def compose(self) -> ComposeResult:
            yield SafeMarkdown(source)

    async def run() -> None:
        app = Viewer()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            view = app.query_one(Markdown)
            for block in view.query("MarkdownBlock"):
                content = getattr(block, "_content", None)
                if content is not None:
                    texts.append(str(content.plain))
            for cell in view.query("MarkdownTableContent"):
                texts.append(str(cell.render()))

    asyncio.run(run())
    return texts


def test_character_references_to_bidi_and_format_characters_are_written_out() -> None:
    texts = _shown(SOURCE)
    shown = " ".join(texts)
    assert "Safe \\u202eevil\\u202c and \\u202emore" in shown, texts
    assert "zero\\u200bwidth" in shown and "& <b> as they should" in shown, texts
    assert not any(has_control(t) for t in texts), texts
