"""A paste is text, never keys: what a bracketed paste holds reaches the app as one Paste.

Textual's terminal parser read an escape sequence inside a bracketed paste as keys: pasting
`abc ESC ] x ^S ^N def` into an answer submitted the section (Ctrl+S) and moved to the next
(Ctrl+N), a BEL ending an OSC sequence asked for a hint (Ctrl+G), and the pasted words landed
out of order (the ESC as a literal "^"). Shared notes or a page copied from a terminal can hold
such bytes. The app's parser (tui/paste.py) takes everything between the paste's start and end
markers as the paste's text, whatever it holds, and leaves the rest to Textual's parser.
"""

from __future__ import annotations

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
