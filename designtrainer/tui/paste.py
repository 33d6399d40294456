"""A paste is text, never keys: the terminal parser the app runs with.

Textual's XTermParser reads an escape sequence met inside a bracketed paste as keys: pasting
`abc ESC ] x ^S ^N def` into an answer submitted the section (Ctrl+S) and moved on (Ctrl+N),
the BEL that ends an OSC sequence asked for a hint (Ctrl+G), and the pasted words landed out of
order with the ESC as a literal "^". Notes shared by someone else, or text copied from a
terminal, can hold such bytes, and no paste may drive the app.

PasteSafeParser takes everything between the paste's start marker (ESC [200~) and its end
marker (ESC [201~) as the text of one Paste event, exactly (NUL dropped, as Textual drops it),
however the terminal's reads cut it, and hands everything else to Textual's own parser. A start
marker cut in two by a read (a rare 4 KB boundary) is left to Textual's parser as before.
`install` makes the terminal driver use it; the pilot tests' headless driver reads no bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message

START = "\x1b[200~"
END = "\x1b[201~"


def _partial_end(text: str) -> int:
    """How many characters at the end of `text` could begin END (to wait for the rest)."""
    for size in range(min(len(END) - 1, len(text)), 0, -1):
        if text.endswith(END[:size]):
            return size
    return 0


class PasteSafeParser(XTermParser):
    """XTermParser, with a bracketed paste read as text only (see the module's docstring)."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._pasted: list[str] | None = None  # the paste so far, while inside one
        self._held = ""  # the end of a read that may be the start of END

    def feed(self, data: str) -> Iterable[Message]:
        if not data:  # the end of input: a paste cut short is still given
            if self._pasted is not None:
                yield self._paste(self._held)
            yield from super().feed(data)
            return
        text, self._held = self._held + data, ""
        while text:
            if self._pasted is not None:
                end = text.find(END)
                if end < 0:
                    keep = _partial_end(text)
                    self._pasted.append(text[: len(text) - keep])
                    self._held = text[len(text) - keep :]
                    return
                yield self._paste(text[:end])
                text = text[end + len(END) :]
                continue
            start = text.find(START)
            if start < 0:
                yield from super().feed(text)
                return
            if start:
                yield from super().feed(text[:start])
            self._pasted = []
            text = text[start + len(START) :]

    def _paste(self, last: str) -> events.Paste:
        pasted = "".join([*(self._pasted or []), last])
        self._pasted = None
        return events.Paste(pasted.replace("\x00", ""))


def install() -> None:
    """Make Textual's terminal driver read keys with PasteSafeParser (before the app runs)."""
    from textual.drivers import linux_driver

    if getattr(linux_driver, "XTermParser", None) is XTermParser:
        linux_driver.XTermParser = PasteSafeParser  # type: ignore[attr-defined]
