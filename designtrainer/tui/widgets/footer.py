"""Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer removes and mounts all its keys again at every bindings signal: each focus
change, each screen pushed or popped, each `refresh_bindings`. Most of those leave the keys as
they were (in the pilot tests, 209 of 269 rebuilds on the interview console), and a rebuild
styles and lays out every key again: a third of the CPU of the interview screens' tests, and
tens of milliseconds per keypress that moves the focus. This footer compares what its
`compose` would show with what it shows and skips a rebuild that would change nothing.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """Named `Footer` like Textual's, so CSS type selectors and snapshots see the same widget."""

    _shown: tuple[object, ...] | None = None
    """What the keys on show were composed from (None before the first compose)."""

    def _keys(self) -> tuple[object, ...]:
        """Everything Textual's `Footer.compose` reads: equal keys compose equal footers."""
        app = self.app
        return (
            self._bindings_ready,
            self.show_command_palette,
            app.ENABLE_COMMAND_PALETTE,
            app.COMMAND_PALETTE_BINDING,
            tuple(
                (key, binding, enabled, tooltip, app.get_key_display(binding))
                for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            ),
        )

    def _keys_or_none(self) -> tuple[object, ...] | None:
        """`_keys`, or None (always rebuild) where a Textual release reads other attributes:
        an optimisation never worth a traceback."""
        try:
            return self._keys()
        except AttributeError:
            return None

    def compose(self) -> ComposeResult:
        # Read in the same step as Textual's compose reads the bindings, so `_shown` is what
        # is on show even when the bindings change while a rebuild waits for the old keys.
        self._shown = self._keys_or_none()
        yield from super().compose()

    async def recompose(self) -> None:
        if self.is_attached and self._shown is not None and self._keys_or_none() == self._shown:
            return
        await super().recompose()
