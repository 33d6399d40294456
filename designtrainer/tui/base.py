"""Typed access to the app from screens and widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.dom import DOMNode
from textual.widgets import DataTable

if TYPE_CHECKING:
    from designtrainer.tui.app import DesignTrainerApp


def dt_app(node: DOMNode) -> DesignTrainerApp:
    return cast("DesignTrainerApp", node.app)


def selected_key(table: DataTable[object]) -> str | None:
    """The row key under a DataTable's cursor (rows are keyed by case or attempt id)."""
    if not table.row_count:
        return None
    key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    return str(key) if key is not None else None


def export_attempt(node: DOMNode, attempt_id: int) -> None:
    """Ask where and how to export an attempt (screens.export), then say where it went."""
    from pathlib import Path

    from designtrainer.tui.screens.export import ExportScreen

    app = dt_app(node)
    attempt = app.store.get(attempt_id)
    if attempt is None:
        return
    case = app.library.cases.get(attempt.case_id) if app.library else None

    def done(path: Path | None) -> None:
        if path is not None:
            app.notify(f"Exported to {path}", timeout=6, markup=False)

    app.push_screen(ExportScreen(attempt, case), done)
