"""Which editor "edit in your own editor" opens: $VISUAL, $EDITOR, then nano or vi.

A pure function of the environment and a `which` lookup (no textual, no subprocess), so every
case is tested without a terminal. A person with neither variable set still gets an editor when
one is installed, but is asked first (`fallback`): an editor taking over the terminal unasked,
one they may not know how to leave (vi), is a trap. With none to be found, the message says how
to set one instead of failing silently or with a traceback.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass

VARIABLES = ("VISUAL", "EDITOR")
FALLBACKS = ("nano", "vi")
HOW_TO_SET = "Set $EDITOR to your editor's command, for example `export EDITOR=nano`, and restart."
HOW_TO_LEAVE = {
    "vi": "In vi, press Escape, then type :wq and Enter to save and come back, "
    "or :q! and Enter to discard your changes."
}
"""For a fallback someone may never have used: how to get back out of it."""


@dataclass(frozen=True, slots=True)
class EditorChoice:
    """The command to run with the file's path appended, and what to tell the person.

    `command` is empty when there is no editor to run; `message` then says why and how to set
    one. With a command, `message` is empty when it is the one the person asked for, and names
    the stand-in otherwise (a surprise is better said than not). `fallback` is true when the
    command is nano or vi standing in for an unset or unusable $VISUAL/$EDITOR: `message` is
    then a question to ask before opening it, since the person never chose that editor.
    """

    command: tuple[str, ...]
    message: str
    fallback: bool = False


def choose_editor(environ: Mapping[str, str], which: Callable[[str], str | None]) -> EditorChoice:
    """The first of $VISUAL, $EDITOR, nano, vi whose program `which` finds.

    A variable that is set but names no program that can be found (or is not a valid shell
    command line) is passed over, and said so, rather than run and failing in the dark.
    """
    problems: list[str] = []
    for name in VARIABLES:
        value = environ.get(name, "").strip()
        if not value:
            continue
        try:
            words = shlex.split(value)
        except ValueError as exc:
            problems.append(f"${name} ({value!r}) cannot be read: {exc}")
            continue
        if words and which(words[0]) is not None:
            note = f"Opening {words[0]} instead: {'; '.join(problems)}." if problems else ""
            return EditorChoice(tuple(words), note)
        if words:
            problems.append(f"${name} is {value!r}, which is not on PATH")
    why = "; ".join(problems) if problems else "$EDITOR is not set"
    for program in FALLBACKS:
        if which(program) is not None:
            return EditorChoice((program,), _question(why, program), fallback=True)
    return EditorChoice(
        (), f"No editor to open: {why}, and neither nano nor vi is installed. {HOW_TO_SET}"
    )


def _question(why: str, program: str) -> str:
    """What to ask before opening a fallback editor: why this one, how to leave, how to choose."""
    leave = f" {HOW_TO_LEAVE[program]}" if program in HOW_TO_LEAVE else ""
    return f"{why[:1].upper()}{why[1:]}. Open your answer in {program}?{leave}\n{HOW_TO_SET}"
