"""Timing a Textual app at the frame, without the pilot's idle wait (which sleeps >= 40 ms)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any


class Frames:
    """Notes when the app last handed a rendered update to its driver.

    Headless, `App._display` returns before writing, but the compositor has rendered the update
    by the time it is called: that is the frame a terminal would show.
    """

    def __init__(self, app: Any) -> None:
        self.last = 0.0
        self.screen: Any = None
        self._looking_for: str | None = None
        self._found = 0.0
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None:
                self.last = time.perf_counter()
                self.screen = screen
                # After the time is taken: reading the frame delays only the frames after it.
                looking_for = self._looking_for
                if (
                    looking_for is not None
                    and not self._found
                    and looking_for in renderable.render_segments(app.console)
                ):
                    self._found = self.last

        app._display = display

    async def after(self, moment: float, of: type | None = None, timeout: float = 30.0) -> None:
        """Wait for the first frame rendered after `moment` (of a screen of type `of`),
        checking at every turn of the event loop."""
        await until(
            lambda: self.last > moment and (of is None or isinstance(self.screen, of)),
            timeout=timeout,
            step=0,
        )

    async def showing(self, text: str, timeout: float = 30.0) -> float:
        """The time of the first frame from now on whose output holds `text`.

        Read from what the frame writes, so it is the moment the text is on screen; polling
        for the state behind it instead notices the state only when the event loop gets to the
        poll, often frames later.
        """
        self._looking_for, self._found = text, 0.0
        try:
            await until(lambda: bool(self._found), timeout=timeout, step=0)
        finally:
            self._looking_for = None
        return self._found


async def until(condition: Callable[[], bool], timeout: float = 60.0, step: float = 0.005) -> None:
    """Wait until `condition()` holds, yielding to the event loop between checks."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(step)


class AppThread:
    """A Textual app running headless in its own thread and event loop.

    Two apps in one event loop share Textual's context (the active app), so a screen pushed on
    one can end up on the other; each in its own thread they are independent, and the bench
    still alternates between them sample by sample with `call`.
    """

    def __init__(self, make_app: Callable[[], Any], size: tuple[int, int] = (100, 32)) -> None:
        import threading

        self._make_app = make_app
        self.app: Any = None
        self.frames: Frames
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._size = size
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._main())

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        self.app = self._make_app()
        async with self.app.run_test(size=self._size):
            self.frames = Frames(self.app)
            self._ready.set()
            await self._stop.wait()

    def call(self, coro: Any) -> Any:
        """Run a coroutine in the app's loop, as the active app, and return its result."""
        from textual._context import active_app

        async def as_app() -> Any:
            active_app.set(self.app)  # this task's own context: what run_test's body has
            return await coro

        return asyncio.run_coroutine_threadsafe(as_app(), self._loop).result()

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()
