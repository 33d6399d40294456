"""A paste is text, never keys: what a bracketed paste holds reaches the app as one Paste.

Textual's terminal parser read an escape sequence inside a bracketed paste as keys: pasting
`abc ESC ] x ^S ^N def` into an answer submitted the section (Ctrl+S) and moved to the next
(Ctrl+N), a BEL ending an OSC sequence asked for a hint (Ctrl+G), and the pasted words landed
out of order (the ESC as a literal "^"). Shared notes or a page copied from a terminal can hold
such bytes. The app's parser (tui/paste.py) takes everything between the paste's start and end
markers as the paste's text, whatever it holds, and leaves the rest to Textual's parser.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.message import Message

from designtrainer.tui.paste import END, START, PasteSafeParser, install

HOSTILE = "abc \x1b]x\x13\x0e def \x1b]52;c;SGVsbG8=\x07 \x1b[2J\x11 end"


def _feed(*chunks: str) -> list[Message]:
    parser = PasteSafeParser()
    out: list[Message] = []
    for chunk in chunks:
        out += list(parser.feed(chunk))
    return out


def _shown(tokens: list[Message]) -> list[tuple[str, str]]:
    return [
        ("paste", t.text) if isinstance(t, events.Paste) else ("key", t.key)
        for t in tokens
        if isinstance(t, events.Paste | events.Key)
    ]


def test_a_paste_with_escape_sequences_is_one_paste_and_no_keys() -> None:
    assert _shown(_feed(f"{START}{HOSTILE}{END}")) == [("paste", HOSTILE)]


def test_keys_around_a_paste_stay_keys_in_order() -> None:
    tokens = _shown(_feed(f"a{START}{HOSTILE}{END}b\x1b[A"))
    assert tokens == [("key", "a"), ("paste", HOSTILE), ("key", "b"), ("key", "up")]


def test_a_paste_split_across_reads_is_kept_whole() -> None:
    """The terminal's bytes come in reads of up to 4 KB: the paste and its end marker can be
    cut anywhere."""
    whole = f"{START}{HOSTILE}{END}x"
    for cut in range(len(START) + 1, len(whole)):
        for second in range(cut + 1, len(whole)):
            got = _shown(_feed(whole[:cut], whole[cut:second], whole[second:]))
            assert got == [("paste", HOSTILE), ("key", "x")], (cut, second, got)


def test_a_paste_cut_short_by_the_end_of_input_is_still_given() -> None:
    assert _shown(_feed(f"{START}half a paste", "")) == [("paste", "half a paste")]


def test_nul_is_dropped_as_textual_drops_it() -> None:
    assert _shown(_feed(f"{START}a\x00b{END}")) == [("paste", "ab")]


def test_the_terminal_driver_uses_it() -> None:
    from textual.drivers import linux_driver

    install()
    assert linux_driver.XTermParser is PasteSafeParser


def test_a_start_marker_cut_by_a_read_still_begins_a_paste() -> None:
    """A read can end inside the start marker itself (`ESC [ 2 0` | `0 ~ ...`): the Windows
    driver reads at most 1,024 key records at a time, Linux 4 KB. The first part had gone to
    Textual's parser, which then read the paste itself, its escape sequences as keys."""
    whole = f"a{START}{HOSTILE}{END}b"
    for cut in range(2, 1 + len(START)):
        got = _shown(_feed(whole[:cut], whole[cut:]))
        assert got == [("key", "a"), ("paste", HOSTILE), ("key", "b")], (cut, got)
    for first in range(1, 1 + len(START)):
        for second in range(first + 1, 1 + len(START)):
            chunks = (whole[:first], whole[first:second], whole[second:])
            got = _shown(_feed(*chunks))
            assert got == [("key", "a"), ("paste", HOSTILE), ("key", "b")], (chunks, got)


def test_keys_after_a_paste_whose_start_was_cut_are_keys_again() -> None:
    """Textual's parser is left reading keys, not inside a paste of its own: an escape
    sequence typed after the paste is one key, and a lone Escape still times out as one."""
    parser = PasteSafeParser()
    out = list(parser.feed(f"x{START[:3]}"))
    out += list(parser.feed(f"{START[3:]}pasted{END}"))
    out += list(parser.feed("\x1b[A"))
    assert _shown(out) == [("key", "x"), ("paste", "pasted"), ("key", "up")]
    assert not [t for t in out if isinstance(t, events.Paste) and not t.text]


def test_something_like_a_start_marker_cut_by_a_read_stays_keys() -> None:
    """`ESC [ 2` then `~` is the Insert key, not a paste."""
    assert _shown(_feed("\x1b[2", "~z")) == [("key", "insert"), ("key", "z")]


def test_the_windows_driver_uses_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Textual's Windows driver reads keys with the XTermParser its `win32` module imports;
    only Linux's was replaced. Played here with a stand-in module (win32 needs Windows)."""
    import sys
    import types

    from textual._xterm_parser import XTermParser

    win32 = types.ModuleType("textual.drivers.win32")
    win32.XTermParser = XTermParser  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "textual.drivers.win32", win32)
    monkeypatch.setattr(sys, "platform", "win32")
    install()
    assert win32.XTermParser is PasteSafeParser  # type: ignore[attr-defined]


def test_a_start_marker_whose_first_part_timed_out_as_keys_is_no_paste() -> None:
    """Once Textual's Escape timeout has sent the first part as keys, the rest is keys too
    (as Textual reads it), and a later whole paste is still one."""
    parser = PasteSafeParser()
    out = list(parser.feed("\x1b[20"))
    parser._timeout_time = 0.0  # the Escape delay has passed
    out += list(parser.tick())
    out += list(parser.feed("0~ab"))
    assert not [t for t in out if isinstance(t, events.Paste)]
    out = list(parser.feed(f"{START}x\x1b[Ay{END}"))
    assert _shown(out) == [("paste", "x\x1b[Ay")]
