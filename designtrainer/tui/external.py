"""Editing a text in the person's own editor, with the terminal handed over while it runs.

Which editor is the core's choice (`io.editor.choose_editor`: $VISUAL, $EDITOR, nano, vi); this
module runs it on a temporary copy and reads the copy back. Any screen with a text to edit calls
`edit_externally` from its action; a failure is a toast and leaves the text as it was. An editor
the person did not choose (a fallback) is asked about first: it takes over the whole terminal,
and someone who has never used vi would otherwise be stuck in it with no word of how to leave.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.dom import DOMNode

from designtrainer.io.editor import EditorChoice, choose_editor
from designtrainer.tui.screens.modals import ChoiceScreen


def edit_externally(node: DOMNode, text: str, filename: str, edited: Callable[[str], None]) -> None:
    """Open `text` in the person's editor and pass what it left to `edited`.

    `edited` is not called when no editor ran: none found, the fallback declined, or the editor
    could not start (a toast says why in the first and last cases).
    """
    app = node.app
    choice = choose_editor(os.environ, shutil.which)
    if not choice.command:
        app.notify(choice.message, severity="warning", timeout=10, markup=False)
        return
    if not choice.fallback:
        _run(app, choice, text, filename, edited)
        return

    def answered(key: str | None) -> None:
        if key == "open":
            _run(app, choice, text, filename, edited)

    program = choice.command[0]
    app.push_screen(
        ChoiceScreen(choice.message, [("open", f"Open {program}"), ("cancel", "Cancel")]),
        answered,
    )


def _run(
    app: App[object], choice: EditorChoice, text: str, filename: str, edited: Callable[[str], None]
) -> None:
    """Run the chosen editor on a temporary copy of `text`, then hand back what it left."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / filename
        try:
            path.write_text(text, encoding="utf-8")
            with app.suspend():
                subprocess.run([*choice.command, str(path)], check=False)
            result = _decoded(app, path.read_bytes())
        except Exception as exc:  # no terminal to hand over, an editor that cannot start...
            app.notify(
                f"Could not edit in {choice.command[0]}: {exc}. Your answer is unchanged.",
                severity="error",
                markup=False,
            )
            return
    if choice.message and not choice.fallback:  # a fallback's question already said it all
        app.notify(choice.message, timeout=8, markup=False)
    edited(result)


def _decoded(app: App[object], data: bytes) -> str:
    """The editor's file as text. An editor saving in another encoding (a Latin-1 locale) must
    not cost the edit: bytes that are not UTF-8 become U+FFFD, and the person is told."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        app.notify(
            "Your editor saved some characters in an encoding that is not UTF-8; they are shown "
            "as \ufffd: retype them.",
            severity="warning",
            timeout=10,
            markup=False,
        )
        return data.decode("utf-8", errors="replace")
