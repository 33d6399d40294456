"""A paste is text, never keys: the terminal parser the app runs with.

Textual's XTermParser reads an escape sequence met inside a bracketed paste as keys: pasting
`abc ESC ] x ^S ^N def` into an answer submitted the section (Ctrl+S) and moved on (Ctrl+N),
the BEL that ends an OSC sequence asked for a hint (Ctrl+G), and the pasted words landed out of
order with the ESC as a literal "^". Notes shared by someone else, or text copied from a
terminal, can hold such bytes, and no paste may drive the app.

PasteSafeParser takes everything between the paste's start marker (ESC [200~) and its end
marker (ESC [201~) as the text of one Paste event, exactly (NUL dropped, as Textual drops it),
however the terminal's reads cut it (the start marker itself included), and hands everything
else to Textual's own parser. `install` makes the terminal driver use it (Linux's and Windows',
the two the app runs with); the pilot tests' headless driver reads no bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._xterm_parser import XTermParser
from textual.message import Message

START = "\x1b[200~"
END = "\x1b[201~"


def _partial(text: str, marker: str = END) -> int:
    """How many characters at the end of `text` could begin `marker` (its rest may follow)."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:size]):
            return size
    return 0


class PasteSafeParser(XTermParser):
    """XTermParser, with a bracketed paste read as text only (see the module's docstring)."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._pasted: list[str] | None = None  # the paste so far, while inside one
        self._held = ""  # the end of a read that may be the start of END
        self._begun = ""
        """The end of the keys handed to Textual's parser that may begin START: a read can
        end inside the start marker, and the next one finish it."""

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
                    keep = _partial(text)
                    self._pasted.append(text[: len(text) - keep])
                    self._held = text[len(text) - keep :]
                    return
                yield self._paste(text[:end])
                text = text[end + len(END) :]
                continue
            if self._finishes_start(text):
                # Textual's parser holds the marker's first part as a sequence still to end:
                # it starts afresh, without it, and the paste is read here.
                self._restart()
                text = text[len(START) - len(self._begun) :]
                self._begun, self._pasted = "", []
                continue
            start = text.find(START)
            if start < 0:
                yield from self._keys(text)
                return
            if start:
                yield from self._keys(text[:start])
            self._begun, self._pasted = "", []
            text = text[start + len(START) :]

    def _keys(self, text: str) -> Iterable[Message]:
        """Hand `text` to Textual's parser, noting a start marker its end may begin."""
        yield from super().feed(text)
        begun = self._begun + text
        if len(begun) < len(START) and START.startswith(begun):
            self._begun = begun
        else:
            self._begun = text[len(text) - _partial(text, START) :]

    def _finishes_start(self, text: str) -> bool:
        """Whether `text` ends a start marker begun by the keys handed on, which Textual's
        parser still holds (awaiting the sequence's end; once its Escape timeout passed, it
        has sent them as keys, and so does this parser)."""
        return (
            bool(self._begun)
            and self._timeout_time is not None
            and (self._begun + text).startswith(START)
        )

    def _restart(self) -> None:
        """Textual's parser, as new: the sequence it was reading is dropped (its state is its
        generator's; the terminal's size and the mouse position are attributes, kept)."""
        self._gen = self.parse(self._tokens.append)
        self._awaiting = next(self._gen)
        self._timeout_time = None

    def _paste(self, last: str) -> events.Paste:
        pasted = "".join([*(self._pasted or []), last])
        self._pasted = None
        return events.Paste(pasted.replace("\x00", ""))


def install() -> None:
    """Make Textual's terminal driver read keys with PasteSafeParser (before the app runs).

    Each driver reads with the XTermParser its module imported: Linux's (and macOS's) in
    `linux_driver`, Windows' in `win32` (whose input thread `windows_driver` starts), which
    imports only on Windows. The inline and web drivers are never used by the app.
    """
    import importlib
    import sys

    name = "textual.drivers.win32" if sys.platform == "win32" else "textual.drivers.linux_driver"
    driver = importlib.import_module(name)
    if getattr(driver, "XTermParser", None) is XTermParser:
        driver.XTermParser = PasteSafeParser  # type: ignore[attr-defined]
