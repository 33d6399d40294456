"""Editing a text in the person's own editor, with the terminal handed over while it runs.

Which editor is the core's choice (`io.editor.choose_editor`: $VISUAL, $EDITOR, nano, vi); this
module runs it on a temporary copy and reads the copy back. Any screen with a text to edit calls
`edit_externally` from its action; a failure is a toast and leaves the text as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from textual.dom import DOMNode

from designtrainer.io.editor import choose_editor


def edit_externally(node: DOMNode, text: str, filename: str) -> str | None:
    """`text` as the editor left it, or None when no editor ran (the toast says why)."""
    app = node.app
    choice = choose_editor(os.environ, shutil.which)
    if not choice.command:
        app.notify(choice.message, severity="warning", timeout=10, markup=False)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / filename
        try:
            path.write_text(text, encoding="utf-8")
            with app.suspend():
                subprocess.run([*choice.command, str(path)], check=False)
            edited = path.read_text(encoding="utf-8")
        except Exception as exc:  # no terminal to hand over, an editor that cannot start...
            app.notify(
                f"Could not edit in {choice.command[0]}: {exc}. Your answer is unchanged.",
                severity="error",
                markup=False,
            )
            return None
    if choice.message:
        app.notify(choice.message, timeout=8, markup=False)
    return edited
