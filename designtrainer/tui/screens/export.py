"""The export dialog: where to write an attempt, as markdown or HTML, never over a file unasked.

The folder defaults to ~/Documents/designtrainer when there is a ~/Documents (where people look
for documents), else the data directory's `exports` folder; never the directory the app was
started in, which is wherever the terminal happened to be. Files are named as the CLI names
them (render.export.default_filename). An existing file is replaced only when the person ticks
"Replace it" in this dialog; otherwise the dialog says so and stays open. The proposed folder
is created on the first export; a folder typed in that does not exist is refused, as in the CLI.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, RadioSet

from designtrainer.domain.model import Case
from designtrainer.paths import exports_dir
from designtrainer.render.export import Format, default_filename
from designtrainer.store.attempt import Attempt
from designtrainer.tui.base import dt_app
from designtrainer.tui.saving import write_or_say
from designtrainer.tui.text import plain
from designtrainer.tui.widgets.inert_input import InertInput
from designtrainer.tui.widgets.toggles import MarkedCheckbox, MarkedRadioButton

FORMATS: tuple[tuple[Format, str], ...] = (
    ("md", "Markdown (.md): reads well on GitHub, imports back"),
    ("html", "HTML page (.html): opens in any browser, prints"),
)


class ExportScreen(ModalScreen[Path | None]):
    """Asks folder, format and whether to replace; writes; dismisses with the file written."""

    CSS_PATH = "export.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, attempt: Attempt, case: Case | None, folder: Path | None = None) -> None:
        super().__init__()
        self.attempt = attempt
        self.case = case
        self.folder = folder or exports_dir()

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box") as box:
            box.border_title = "Export"
            yield Label(plain(f"Attempt #{self.attempt.id}: {self.attempt.case_title}"))
            yield Label("Folder", classes="field")
            yield InertInput(str(self.folder), id="folder")
            yield Label("Format", classes="field")
            with RadioSet(id="format"):
                for i, (_, label) in enumerate(FORMATS):
                    yield MarkedRadioButton(label, value=i == 0)
            yield MarkedCheckbox("Add the reference answers", id="references")
            yield MarkedCheckbox("Replace the file if it exists", id="overwrite")
            yield Label("", id="target", classes="muted")
            yield Label("", id="problem")
            with Horizontal():
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self._show_target()
        self.query_one("#export", Button).focus()

    @property
    def format(self) -> Format:
        index = self.query_one(RadioSet).pressed_index
        return FORMATS[index if index >= 0 else 0][0]

    @property
    def target(self) -> Path:
        folder = Path(self.query_one("#folder", Input).value.strip() or ".")
        # "~name" of no user is left as typed: a folder that does not exist, said on Export.
        with contextlib.suppress(RuntimeError):
            folder = folder.expanduser()
        return folder / default_filename(self.attempt, self.format)

    @on(Input.Changed)
    @on(RadioSet.Changed)
    @on(Checkbox.Changed)
    def _show_target(self) -> None:
        """Runs on every key typed in the folder, so half-typed paths pass through here: one
        the system cannot look up (a name too long) is only said when Export is pressed."""
        target = self.target
        try:
            exists = target.exists() or target.is_symlink()
        except (OSError, ValueError):
            exists = False
        note = " (exists)" if exists else ""
        self.query_one("#target", Label).update(plain(f"Writes {target}{note}"))
        self.query_one("#problem", Label).update("")

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    @on(Button.Pressed, "#export")
    def export(self) -> None:
        """Write the file, or say in the dialog why not (it stays open to change the choice)."""
        from designtrainer.io.files import FileExistsRefused, UnsafeTarget, write_new
        from designtrainer.render.export import attempt_html, attempt_markdown

        target = self.target
        references = self.query_one("#references", Checkbox).value
        render = attempt_html if self.format == "html" else attempt_markdown
        text = render(self.attempt, self.case, references=references)
        try:
            if target.parent == self.folder:
                # The folder this dialog proposed is the app's to make (the first export); one
                # the person typed must exist (write_new says so), so a typo leaves no folders.
                self.folder.mkdir(parents=True, exist_ok=True)
            write_new(target, text, force=self.query_one("#overwrite", Checkbox).value)
        except FileExistsRefused:
            self._problem(
                f"{target.name} already exists there: tick 'Replace the file if it exists' to "
                "overwrite it, or choose another folder."
            )
            return
        except UnsafeTarget as exc:
            self._problem(str(exc).replace(", even with --force: choose another name with -o", ""))
            return
        except OSError as exc:
            self._problem(f"Could not write {target}: {exc.strerror or exc}")
            return
        self.dismiss(target)

    def _problem(self, message: str) -> None:
        self.query_one("#problem", Label).update(plain(message))


def export_attempt(node: DOMNode, attempt_id: int) -> None:
    """Ask where and how to export an attempt, then say where it went."""
    app = dt_app(node)
    # A damaged page of its answers is a message naming it, as opening it from History is.
    attempt = write_or_say(node, lambda: app.store.get(attempt_id), f"read attempt #{attempt_id}")
    if attempt is None:
        return
    case = app.library.cases.get(attempt.case_id) if app.library else None

    def done(path: Path | None) -> None:
        if path is not None:
            app.notify(f"Exported to {path}", timeout=6, markup=False)

    app.push_screen(ExportScreen(attempt, case), done)
