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


def export_attempt(node: DOMNode, attempt_id: int) -> None:
    """Write an attempt as markdown in the working directory, never over an existing file."""
    from pathlib import Path

    from designtrainer.io.files import free_path, write_new
    from designtrainer.render.export import attempt_markdown, default_filename

    app = dt_app(node)
    attempt = app.store.get(attempt_id)
    if attempt is None:
        return
    case = app.library.cases.get(attempt.case_id) if app.library else None
    path = free_path(Path.cwd() / default_filename(attempt, "md"))
    try:
        write_new(path, attempt_markdown(attempt, case))
    except OSError as exc:
        app.notify(
            f"Could not export to {path}: {exc.strerror or exc}", severity="error", markup=False
        )
        return
    app.notify(f"Exported to {path}", timeout=6, markup=False)
