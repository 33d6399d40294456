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
