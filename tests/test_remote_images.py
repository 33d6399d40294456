"""Images in text other people wrote are shown as text, never fetched.

A case pack's reference answer with `![diagram](https://tracker.example/p.png)` came out of
`export --format html --references` as `<img src="https://tracker.example/p.png">`: opening
the page (or the markdown on a site that renders it) asked a stranger's server for the image,
telling it who read the export and when. Wherever markdown is rendered (the HTML export, the
markdown export's reference answers, the app's markdown views) an image is its alt text and
its address, as text; nothing loads and nothing is a click away from loading.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC

import pytest
from markdown_it import MarkdownIt
from textual.app import App, ComposeResult
from textual.widgets import Markdown

from designtrainer.domain.model import Case, Section
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.io.importing import parse_exported
from designtrainer.render.export import attempt_html, attempt_markdown
from designtrainer.store.attempt import Attempt, SectionState
from designtrainer.tui.widgets.markdown import SafeMarkdown

PIXEL = "https://tracker.example/p.png"
REFERENCE = (
    f"Use late labels, as the diagram shows: ![label delay]({PIXEL}).\n\n"
    "And the reference-style one: ![timeline][t]\n\n"
    "[t]: https://tracker.example/t.png\n\n"
    '<img src="https://tracker.example/raw.png"> and `![kept](in code)`.\n'
)
ANSWER = f"My own answer with a picture ![mine]({PIXEL}) in it."


def _case() -> Case:
    return Case(
        id="tiny",
        title="Tiny",
        summary="",
        tags=(),
        difficulty="easy",
        opening="",
        clarifications=(),
        sections=tuple(
            Section(sid, f"About {sid}?", (), (), (), (), 8, REFERENCE) for sid in SECTION_IDS
        ),
    )


def _attempt() -> Attempt:
    return Attempt(
        id=1,
        case_id="tiny",
        case_title="Tiny",
        mode="solo",
        created_at=1714557600.0,
        updated_at=1714557600.0,
        finished_at=1714557600.0,
        current_section=None,
        sections={"data": SectionState("data", ANSWER)},
    )


def _github(text: str) -> str:
    """The markdown as a site that reads raw HTML renders it (GitHub does)."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def test_the_html_export_shows_images_as_text() -> None:
    page = attempt_html(_attempt(), _case(), tz=UTC, references=True)
    assert "<img" not in page.lower()
    assert "label delay" in page and PIXEL in page  # the alt text and the address, as text
    assert "timeline" in page and "https://tracker.example/t.png" in page
    assert "mine" in page  # the answer's own picture too
    assert f'href="{PIXEL}"' not in page  # not a link either: text


def test_the_markdown_export_references_render_no_image() -> None:
    text = attempt_markdown(_attempt(), _case(), tz=UTC, references=True)
    blocks = [part.split("\n## ", 1)[0] for part in text.split("**Reference answer**")[1:]]
    assert len(blocks) == len(SECTION_IDS)
    rendered = _github("\n\n".join(blocks))
    assert "<img" not in rendered.lower(), rendered
    assert "label delay" in rendered and PIXEL in rendered
    assert "<code>![kept](in code)</code>" in rendered  # code stays as written
    # The answer itself is kept exactly as typed: import reads it back byte for byte.
    assert parse_exported(text).answers["data"] == ANSWER


def test_the_apps_markdown_views_show_images_as_text() -> None:
    texts: list[str] = []

    class Viewer(App[None]):
        def compose(self) -> ComposeResult:
            yield SafeMarkdown(REFERENCE)

    async def run() -> None:
        app = Viewer()
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            view = app.query_one(Markdown)
            for block in view.query("MarkdownParagraph"):
                texts.append(str(block._content.plain))  # type: ignore[attr-defined]
                assert not any("@click" in str(s.style) for s in block._content.spans), (  # type: ignore[attr-defined]
                    block._content.spans  # type: ignore[attr-defined]
                )

    import asyncio

    asyncio.run(run())
    shown = " ".join(texts)
    assert "label delay" in shown and PIXEL in shown, shown
    assert "🖼" not in shown


def test_an_image_without_alt_text_still_shows_its_address() -> None:
    case = dataclasses.replace(
        _case(),
        sections=tuple(
            dataclasses.replace(s, reference_answer=f"![]({PIXEL})") for s in _case().sections
        ),
    )
    page = attempt_html(_attempt(), case, tz=UTC, references=True)
    assert "<img" not in page.lower() and PIXEL in page


def test_escaping_a_reference_answer_takes_time_in_proportion_to_its_length() -> None:
    """A case pack's reference answer (up to 20,000 characters) of backtick runs of growing
    length ("`x``x```x...") took 4.7 s to escape for a markdown export (the code-span pattern
    rescanned the line from every run), 70 s at 80,000. Linear now: 20,000 characters in a
    few milliseconds; the bound is loose so a busy machine does not fail it."""
    import time

    from designtrainer.render.markdown import inert

    line = "".join("`" * i + "x" for i in range(1, 200)) + " ![a](https://t.example/p.png)"
    assert len(line) > 19_000
    start = time.perf_counter()
    out = inert(line)
    assert time.perf_counter() - start < 1.0
    assert out.endswith("!\\[a](https://t.example/p.png)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("`![a](b)` ![c](d)", "`![a](b)` !\\[c](d)"),
        ("``x ` ![a](b)`` <b>", "``x ` ![a](b)`` \\<b>"),
        ("` ![a](b)", "` !\\[a](b)"),  # an unclosed backtick is text
        ("```x`` ![a](b)", "```x`` !\\[a](b)"),  # runs of different lengths never close
        ("a < b and <https://x>", "a < b and \\<https://x>"),
    ],
)
def test_code_spans_are_left_as_written(text: str, expected: str) -> None:
    from designtrainer.render.markdown import inert

    assert inert(text) == expected
