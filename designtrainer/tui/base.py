"""Typed access to the app from screens and widgets."""

from __future__ import annotations

from collections.abc import Sequence
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


def flexible_width(room: int, fixed: Sequence[int], natural: int, minimum: int = 16) -> int:
    """The width of a table's one flexible column (a case title) beside `fixed` columns.

    The fixed columns (ids, levels, scores, dates) are what a row is read for, so they stay in
    view at 80 columns; the flexible one gets the `room` they leave (it never needs more than
    its `natural` width, and never gets less than `minimum`: its text then ends in "…").
    Every width is of content: each column also takes its padding, one cell either side.
    """
    left = room - sum(width + 2 for width in fixed) - 2
    return max(minimum, min(natural, left))


def table_room(node: DOMNode) -> int:
    """The content width a full-width DataTable has on this screen: the terminal's width less a
    margin either side and a vertical scrollbar (reserved, so the columns do not jump)."""
    return node.app.size.width - 4
