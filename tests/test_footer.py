"""The footer shows the focused widget's keys, and keeps its keys when they stay the same."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets._footer import FooterKey

from designtrainer.tui.widgets.footer import Footer


class _Ticks(Widget, can_focus=True):
    BINDINGS = [Binding("space", "noop", "Tick")]


class _Notes(Widget, can_focus=True):
    BINDINGS = [Binding("ctrl+t", "noop", "Template")]


class _Two(App[None]):
    def compose(self) -> ComposeResult:
        yield _Ticks(id="ticks")
        yield _Ticks(id="flags")
        yield _Notes(id="notes")
        yield Footer()


def _keys(app: App[None]) -> list[FooterKey]:
    return list(app.screen.query_one(Footer).query(FooterKey))


async def test_the_footer_follows_the_focus_and_keeps_unchanged_keys() -> None:
    app = _Two()
    async with app.run_test(size=(80, 10)) as pilot:
        app.set_focus(app.query_one("#ticks"))
        await pilot.pause()
        ticking = _keys(app)
        assert "Tick" in [k.description for k in ticking]
        app.set_focus(app.query_one("#notes"))
        await pilot.pause()
        described = [k.description for k in _keys(app)]
        assert "Template" in described and "Tick" not in described
        app.set_focus(app.query_one("#ticks"))
        await pilot.pause()
        again = _keys(app)
        assert [k.description for k in again] == [k.description for k in ticking]
        app.set_focus(app.query_one("#flags"))  # another widget with the same keys
        await pilot.pause()
        assert _keys(app) == again  # the same key widgets: nothing was rebuilt
