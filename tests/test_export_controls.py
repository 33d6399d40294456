"""HTML exports show control and bidi characters as escapes, as the TUI and `export -o -` do.

The markdown file keeps answers byte for byte (`import` gives them back exactly); the HTML page
is only for reading, so a raw ESC, a C1 CSI (U+009B), a lone CR or a bidi override (U+202E,
"Trojan source" reordering in a browser) must not reach it, whether typed raw, carried in a
title or case text, or spelled as an HTML character reference that markdown-it decodes.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC

from designtrainer.domain.model import Case, Section
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.render.export import attempt_html, attempt_markdown
from designtrainer.render.terminal import has_control
from designtrainer.store.attempt import Attempt, SectionState

T0 = 1714557600.0

HOSTILE = "a\x1b]0;owned\x07b \x1b[2J c\x9b31m d\u202eevil\u202c e\rf\x00g\x7fh"


def _case(text: str) -> Case:
    return Case(
        id="tiny",
        title=f"Tiny {text}",
        summary="s",
        tags=("t",),
        difficulty="easy",
        opening="o",
        clarifications=(),
        sections=tuple(
            Section(sid, f"Prompt {text}", (), (), (f"Probe {text}",), (), 8, f"Ref {text}")
            for sid in SECTION_IDS
        ),
    )


def _attempt(answer: str) -> Attempt:
    return Attempt(
        id=1,
        case_id="tiny",
        case_title=f"Tiny {answer}",
        mode="solo",
        created_at=T0,
        updated_at=T0,
        finished_at=T0,
        current_section=None,
        sections={sid: SectionState(sid, answer) for sid in SECTION_IDS},
    )


def test_html_shows_controls_as_escapes() -> None:
    page = attempt_html(_attempt(HOSTILE), _case(HOSTILE), tz=UTC, references=True)
    assert not has_control(page.replace("\r\n", "\n")), [c for c in page if has_control(c)]
    assert "\\u001b]0;owned\\u0007b" in page  # visible, as the TUI shows it
    assert "\\u009b31m" in page and "\\u202eevil" in page and "e\\u000df" in page
    assert "<title>Tiny a\\u001b]0;owned" in page


def test_html_character_references_cannot_smuggle_controls() -> None:
    answer = "x &#x202e; y &#8238; z &#x1b; w &#155;"
    page = attempt_html(_attempt(answer), None, tz=UTC)
    assert not has_control(page)


def test_html_keeps_tabs_newlines_and_ordinary_text() -> None:
    answer = "col\tcol\n\nsecond paragraph ~10 ms, $5, naïve, 日本語, emoji \U0001f600"
    page = attempt_html(_attempt(answer), None, tz=UTC)
    assert "col\tcol" in page and "second paragraph ~10 ms, $5, naïve, 日本語" in page


def test_markdown_file_still_keeps_the_answer_exactly() -> None:
    text = attempt_markdown(_attempt(HOSTILE), None, tz=UTC)
    assert HOSTILE in text  # the exact copy `import` reads back


def test_html_of_a_peer_note_with_controls() -> None:
    attempt = dataclasses.replace(_attempt("ok"), case_title="T\x1b[31m")
    page = attempt_html(attempt, None, tz=UTC)
    assert re.search(r"T\\u001b\[31m", page) and "\x1b" not in page
