"""The designtrainer Textual app: case picker, brief, sections, summary, history.

The library is loaded in a worker thread after the first frame so the picker appears at once;
the store is opened up front (it is a few milliseconds) because every screen reads it.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import DiscoveryHit, Hits
from textual.screen import Screen
from textual.signal import Signal
from textual.system_commands import SystemCommandsProvider
from textual.timer import Timer

from designtrainer import sessions
from designtrainer.domain.settings import THEME
from designtrainer.render.formatting import plural, when
from designtrainer.store.db import Store, StoreError
from designtrainer.tui.saving import TICK_WAIT_MS, open_store, reason, write_or_say
from designtrainer.tui.text import visible

if TYPE_CHECKING:
    from designtrainer.loading.library import Library


@dataclass(frozen=True, slots=True)
class StartRequest:
    """What the command line asked for: open a case (and section) straight away."""

    case_id: str
    section: str | None = None
    mode: str = "solo"
    exam: bool = False  # `practice --exam`: this session starts in exam mode (not remembered)


@dataclass(frozen=True, slots=True)
class DrillRequest:
    """`designtrainer drill`: open the drill on the due cards (of one case)."""

    case_id: str | None = None
    limit: int = 20


@dataclass(frozen=True, slots=True)
class Timing:
    """How often screens autosave, how long typing pauses before grading, and the clock.

    One value on the app, read by every screen, so a test passes short intervals and a frozen
    clock instead of sleeping through the real ones (and snapshots do not depend on speed).
    """

    save_every: float = 1.0
    """Seconds between autosaves: a killed process loses at most this much typing (> 0)."""
    grade_debounce: float = 0.3
    """Seconds of no typing before the answer (or pasted notes) is graded (> 0)."""
    clock: Callable[[], float] = time.monotonic
    """Seconds on a monotonic clock: section times and the on-screen clocks."""


ScreenFactory = Callable[..., Screen[Any]]

WARM_AFTER = 0.3
"""Seconds the picker's cursor rests on a case before its rubric is compiled ahead of need."""


def _lazy(module: str, name: str) -> ScreenFactory:
    """A factory of the screen class `name` of tui/screens/`module`, imported when first used.

    As toad's SCREENS: the picker's first frame does not wait for the modules that other
    screens need (grading, review, rendering), and no screen module imports the app.
    """

    def make(*args: Any, **kwargs: Any) -> Screen[Any]:
        cls = getattr(import_module(f"designtrainer.tui.screens.{module}"), name)
        screen: Screen[Any] = cls(*args, **kwargs)
        return screen

    return make


SCREENS: dict[str, ScreenFactory] = {
    "picker": _lazy("picker", "PickerScreen"),
    "brief": _lazy("brief", "BriefScreen"),
    "session": _lazy("session", "SessionScreen"),
    "peer": _lazy("peer", "PeerScreen"),
    "drill": _lazy("drill", "DrillScreen"),
    "progress": _lazy("progress", "ProgressScreen"),
    "help": _lazy("help", "HelpScreen"),
    "choice": _lazy("modals", "ChoiceScreen"),
}
"""Every screen the app opens itself, by name (screens open the ones they lead to)."""


class OrderedCommands(SystemCommandsProvider):
    """The palette's commands in the order the app lists them, not sorted by name.

    Textual's own provider sorts what it shows before anything is typed alphabetically, which
    put the sections in the order Data, Evaluation, Modeling, Problem framing, Production.
    """

    async def discover(self) -> Hits:
        for name, help_text, callback, discover in self.app.get_system_commands(self.screen):
            if discover:
                yield DiscoveryHit(name, callback, help=help_text)


def _end_as_signalled(sig: int) -> None:
    """End the process as `sig`'s default would (the shell sees "Hangup", not an error)."""
    signal.signal(sig, signal.SIG_DFL)
    os.kill(os.getpid(), sig)


class DesignTrainerApp(App[None]):
    TITLE = "designtrainer"
    COMMANDS = {OrderedCommands}
    SUB_TITLE = "ML system-design interview practice"
    # The session screen's own CSS too (it keeps its CSS_PATH; read once, it is not read again):
    # read with the app's, it costs ~4 ms before the first frame; read as the session first
    # opens, Textual parses every stylesheet of the app again and restyles every node, ~40 ms
    # before its first ticks (issue 12).
    CSS_PATH = ["app.tcss", "screens/session.tcss"]
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", priority=True, show=False),  # in F1: room in footers
    ]

    def __init__(
        self,
        store: Store | None = None,
        cases_dirs: Iterable[Path] = (),
        start: StartRequest | DrillRequest | None = None,
        library: Library | None = None,
        timing: Timing = Timing(),
    ) -> None:
        super().__init__()
        self.timing = timing
        """Autosave interval, typing pause and clock, read by the screens (tests shorten them)."""
        self.store = store or Store()
        # Every store call here runs on the app's only thread: a save behind another
        # program's write lock fails quickly (the banner, the rescue file) rather than freeze
        # the screen for the store's 5 s (an autosave tick's limit, for explicit saves too).
        self.store.wait_for_locks(TICK_WAIT_MS)
        self.cases_dirs = list(cases_dirs)
        self.start = start
        self.library: Library | None = library
        self.library_ready: Signal[Library] = Signal(self, "library-ready")
        self.rescued: list[str] = []
        """What the screens said as an unforeseen error ended the app: where a copy is."""
        saved = self.store.setting(THEME)
        if saved and saved in self.available_themes:
            self.theme = saved

    def _remember_theme(self, theme: object) -> None:
        name = getattr(theme, "name", None)
        if isinstance(name, str):
            write_or_say(self, lambda: self.store.set_setting(THEME, name), "remember the theme")

    def open_screen(self, name: str, *args: Any, **kwargs: Any) -> None:
        """Push the screen `name` of SCREENS, made with these arguments."""
        self.push_screen(SCREENS[name](*args, **kwargs))

    # -- startup ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.open_screen("picker")
        if self.library is None:
            # After the first frame: the loading thread would otherwise compete with it.
            self.call_after_refresh(self._load_library)
        else:
            self._library_loaded(self.library)
        if not self.is_headless:
            self.set_interval(1.0, self._exit_if_terminal_gone)
        self._quit_on_signals()

    _SIGNALS = tuple(
        getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
    )

    def _quit_on_signals(self) -> None:
        """SIGTERM (a `kill`, a shutdown) and SIGHUP (the terminal closed) save what is typed
        first (`_signalled`). Python's default ended the process on the spot: up to a second
        of typing lost and, after SIGTERM, the shell left in the app's screen with mouse
        reporting on and nothing echoed. The handlers are removed as the app ends
        (`on_unmount`)."""
        loop = asyncio.get_running_loop()
        for sig in self._SIGNALS:
            # Not possible off the main thread or on Windows: the default stays.
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
                loop.add_signal_handler(sig, self._signalled, sig)

    def _signalled(self, sig: int) -> None:
        """With the terminal there (a SIGTERM), quit as Ctrl+Q does: saved, terminal given
        back. Without it (SIGHUP, or SIGTERM after the window closed), nothing can be given
        back, and Textual's orderly exit can wait on the dead terminal for ever, leaving a
        process that holds its attempt open: save, or copy, what is typed, then end as the
        signal's default would."""
        if sig == signal.SIGTERM and self._terminal_alive():
            self.call_next(self.action_quit)
            return
        self._rescue_all()
        self._end_process(sig)

    _end_process = staticmethod(_end_as_signalled)
    """How the process ends once nothing can be given back to a terminal; tests replace it."""

    @staticmethod
    def _terminal_alive() -> bool:
        """A terminal that hung up is no longer a tty."""
        stdin = sys.__stdin__
        try:
            return stdin is not None and os.isatty(stdin.fileno())
        except (OSError, ValueError):
            return False

    def _exit_if_terminal_gone(self) -> None:
        """Save, or copy, what is typed and end, once the terminal is gone (ssh dropped, window
        or tmux session closed), as a hang-up does (`_signalled`).

        Started through `make run` the app is not sent the hang-up, and Textual's input
        thread then spins at full CPU on the dead terminal's end of file for as long as
        the process lives. Not Textual's orderly exit: it writes to the terminal, and once
        Textual's output thread has died on the dead one (it does after the app comes back
        from the person's editor and redraws) the writes queue up until one waits for ever:
        the process hung, holding its attempt, deaf to SIGTERM (tests/test_terminal_vanish.py).
        """
        if not self._terminal_alive():
            self._rescue_all()
            self._end_process(getattr(signal, "SIGHUP", signal.SIGTERM))

    @work(thread=True, exclusive=True, group="library")
    def _load_library(self) -> None:
        # Imported here: loading pulls in YAML, the schemas and the checker, none of which
        # the first frame needs.
        from designtrainer.loading.library import default_sources, load_library

        library = load_library(default_sources(self.cases_dirs))
        if isinstance(self.start, StartRequest) and self.start.case_id in library.rubrics:
            library.compiled(self.start.case_id)  # the session about to open grades with it
        self.call_from_thread(self._library_loaded, library)
        # While the person looks at the picker: what opening a session would otherwise wait
        # for in a fresh process (the checker's modules and their tables, the session screen),
        # measured by bench_tui's first-ticks row (issue 12).
        import designtrainer.grading.grade
        import designtrainer.tui.screens.session  # noqa: F401

        self.call_later(self._style_ahead)  # queued from this thread; never waits on the app

    def _style_ahead(self) -> None:
        """Add the session screen's default CSS to the stylesheet and index its rules now,
        while the picker shows, not as the first session mounts (see `STYLED_AHEAD`).

        The same sources under the same names as mounting adds them (Textual's own
        `_get_default_css` of each class), so mounting later adds nothing; they are scoped to
        their widget types, so nothing on screen now is styled otherwise.
        """
        from designtrainer.tui.screens.session import STYLED_AHEAD

        stylesheet = self.stylesheet
        for kind in STYLED_AHEAD:
            unmounted = kind.__new__(kind)  # only its class is read: no widget is made
            for read_from, css, tie_breaker, scope in unmounted._get_default_css():
                stylesheet.add_source(
                    css,
                    read_from=read_from,
                    is_default_css=True,
                    tie_breaker=tie_breaker,
                    scope=scope,
                )
        stylesheet.rules_map  # noqa: B018 (parsed and indexed here)

    _warm_timer: Timer | None = None

    def warm_case(self, case_id: str, screen: Screen[Any]) -> None:
        """The cursor of `screen` (the picker) is on this case: once it rests there a moment,
        compile its rubric in the background, so opening the case shows its ticks in the
        first frame (first ticks, issue 12). Moving on cancels the wait, and so does leaving
        the picker (a session opened by then needs only its own rubric); the library keeps
        only the last one warmed."""
        if self._warm_timer is not None:
            self._warm_timer.stop()

        def rested() -> None:
            # The stack, not `self.screen`: quitting empties it, and the timer may fire then.
            if self.screen_stack[-1:] == [screen]:
                self._warm(case_id)

        self._warm_timer = self.set_timer(WARM_AFTER, rested)

    @work(thread=True, exclusive=True, group="warm")
    def _warm(self, case_id: str) -> None:
        if self.library is not None:
            self.library.warm(case_id)
            settle()

    def _library_loaded(self, library: Library) -> None:
        self.library = library
        settle()
        if library.problems:
            n = len({p.file for p in library.problems})
            from designtrainer.loading.problems import validate_command

            self.notify(
                f"{plural(n, 'case file')} with problems {'was' if n == 1 else 'were'} skipped; "
                f"run `{visible(validate_command(self.cases_dirs))}` for details.",
                severity="warning",
                timeout=8,
                markup=False,  # the folders are the person's own, "[" and all
            )
        self.library_ready.publish(library)
        if self.start is not None:
            start, self.start = self.start, None
            if isinstance(start, DrillRequest):
                if not self.open_drill(start.case_id, start.limit):
                    self.notify(self.nothing_due(), timeout=4)
            elif start.mode == "peer":
                self.open_peer(start.case_id, ask=False)  # `designtrainer peer CASE`
            else:
                self._practice(start)

    def _practice(self, start: StartRequest) -> None:
        """`designtrainer practice CASE`: carry on the unfinished attempt if there is one."""
        resume = sessions.resumable(self.store, start.case_id, "solo")
        if resume.latest is not None:
            latest = resume.latest
            if self.open_case(
                start.case_id, latest.id, section=start.section, skip_brief=True, exam=start.exam
            ):
                self.notify(f"Resumed your attempt from {when(latest.updated_at)}.", timeout=4)
        else:
            if resume.busy:
                self.notify(sessions.OPEN_ELSEWHERE, severity="warning", timeout=6)
            self.open_case(start.case_id, section=start.section, skip_brief=True, exam=start.exam)

    # -- navigation ------------------------------------------------------------------------
    def open_case(
        self,
        case_id: str,
        attempt_id: int | None = None,
        section: str | None = None,
        skip_brief: bool = False,
        exam: bool = False,
    ) -> bool:
        """Start (or resume) an attempt at a case; `exam`: in exam mode, whatever the setting.

        False when it could not be opened (the person has been told why)."""
        assert self.library is not None
        if case_id not in self.library.cases:
            self.notify(f"Unknown case '{case_id}'", severity="error", markup=False)
            return False
        case = self.library.case(case_id)
        if attempt_id is None:
            started = write_or_say(self, lambda: sessions.start(self.store, case), "start")
            if started is None:
                return False
            attempt_id = started
        elif not self._claim(attempt_id, "That attempt"):
            return False
        attempt = self.store.get(attempt_id)
        assert attempt is not None
        if skip_brief or attempt.questions or attempt.sections:
            start_section = section or attempt.current_section or "framing"
            self.open_screen("session", case, attempt_id, start_section, exam)
        else:
            self.open_screen("brief", case, attempt_id)
        return True

    def _claim(self, attempt_id: int, what: str) -> bool:
        """Take an unfinished attempt for this window; False (and why, said) when another
        window has it or the claim cannot be written (a full disk, a read-only database)."""
        claimed = write_or_say(
            self, lambda: sessions.claim(self.store, attempt_id), f"open {what.lower()}"
        )
        if claimed is False:
            self.notify(
                f"{what} is open in another designtrainer window; close it there first.",
                severity="warning",
            )
        return bool(claimed)

    def open_peer(self, case_id: str, attempt_id: int | None = None, ask: bool = True) -> None:
        """Open the interviewer's console: resume an unfinished peer interview or start one.

        A new interview is stored only once it starts: from the picker (`ask`) a dialog says
        what is about to happen first, so F3 on the wrong case leaves nothing behind.
        """
        if self.library is None:
            self.notify("The cases are still loading; try again in a moment.")
            return
        if case_id not in self.library.cases:
            self.notify(f"Unknown case '{case_id}'", severity="error", markup=False)
            return
        case = self.library.case(case_id)
        if attempt_id is not None:
            if not self._claim(attempt_id, "That interview"):
                return
            attempt = self.store.get(attempt_id)
            assert attempt is not None
            self.open_screen("peer", case, attempt_id, attempt.current_section or "framing")
            return

        def chosen(choice: str | None) -> None:
            if choice == "resume" and resume.latest is not None:
                self.open_peer(case_id, resume.latest.id)
            elif choice == "new":
                new_id = write_or_say(
                    self, lambda: sessions.start(self.store, case, "peer"), "start"
                )
                if new_id is not None:
                    self.open_screen("peer", case, new_id)

        resume = sessions.resumable(self.store, case_id, "peer")
        if resume.busy:
            self.notify(sessions.OPEN_ELSEWHERE, severity="warning", timeout=6)
        if resume.latest is not None:
            question = (
                "You have an unfinished peer interview of this case "
                f"({when(resume.latest.updated_at)})."
            )
            choices = [("resume", "Resume it"), ("new", "Start a new interview")]
        elif ask:
            question = (
                f"Interview someone on “{case.title}”? You read out the prompts, tick what you "
                "hear and rate each section; they answer. The interview is saved from when it "
                "starts."
            )
            choices = [("new", "Start the interview"), ("cancel", "Not now")]
        else:
            chosen("new")
            return
        self.push_screen(SCREENS["choice"](question, choices), chosen)

    def open_drill(
        self, case_id: str | None = None, limit: int = 20, item_id: str | None = None
    ) -> bool:
        """Open the drill on the due cards (of a case; or one item); False when none to show."""
        # Imported here: fsrs and the drill planner are for this screen only.
        from designtrainer.review.cards import sync_attempts
        from designtrainer.review.drill import plan_drill
        from designtrainer.review.schedule import now_utc

        if self.library is None:
            self.notify("The cases are still loading; try again in a moment.")
            return False
        # Finished attempts not yet turned into cards (imports, older ones): a write, which a
        # full disk refuses; the cards already recorded can still be drilled.
        write_or_say(self, lambda: sync_attempts(self.store), "add your latest attempts' cards")
        plan = plan_drill(self.library, self.store.cards(), now_utc(), case_id, limit, item_id)
        if not plan.cards:
            return False
        self.open_screen("drill", plan)
        return True

    def nothing_due(self) -> str:
        """ "Nothing is due for review", and when the next card is (as `designtrainer drill`
        says it), so a person who asked for a drill knows when to come back."""
        from designtrainer.review.drill import next_due
        from designtrainer.review.schedule import now_utc

        due = None
        if self.library is not None:
            cards = write_or_say(self, self.store.cards, "read your review cards")
            due = next_due(self.library, cards or [], now_utc())
        if due is None:
            return "Nothing is due for review."
        return f"Nothing is due for review; the next card is due {due}."

    def _drill_due(self) -> None:
        if not self.open_drill():
            self.notify(self.nothing_due(), timeout=3)

    def open_progress(self) -> None:
        self.open_screen("progress")

    def action_help(self) -> None:
        if type(self.screen).__name__ != "HelpScreen":
            self.open_screen("help", self.screen)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The screen's own commands first (in its order: sections as in an interview), then
        the app's, then Textual's (themes, keys, quit)."""
        commands = getattr(screen, "palette_commands", None)
        if callable(commands):
            yield from commands()
        yield SystemCommand("Help", "Every key, on every screen (F1)", self.action_help)
        yield SystemCommand("Drill", "Review the cards due now (F4 in the picker)", self._drill_due)
        yield SystemCommand(
            "Progress", "Scores over time and the weakest ideas (F5)", self.open_progress
        )
        yield from super().get_system_commands(screen)

    async def action_quit(self) -> None:
        """Quit; a screen whose text cannot be saved first writes a copy and says where."""
        messages = self._rescue_all()
        self.exit(message=Text(visible("\n".join(messages))) if messages else None)

    def _rescue_all(self) -> list[str]:
        """Every screen saves what is on it, or writes a copy and says where (`rescue`).

        One screen's failure never stops the others': this also runs while the app is going
        down over an error nobody foresaw."""
        messages = []
        for screen in self.screen_stack:
            rescue = getattr(screen, "rescue", None)
            try:
                message = rescue() if callable(rescue) else None
            except Exception as exc:  # the other screens must still be saved
                message = f"Could not save {type(screen).__name__}: {exc}"
            if message:
                messages.append(message)
        return messages

    def _handle_exception(self, error: Exception) -> None:
        """An error no handler foresaw ends the app (Textual's way), but never with typed text
        unsaved: every screen first saves, or writes a copy, as quitting does. What they
        say is printed after the traceback (`rescued`).

        A store that fails where no screen expected it (a damaged page met by a later read)
        is no bug of ours: its message, which names the file and what to do, is printed
        instead of a traceback, and the app still ends with status 1 (Textual cannot go on
        once a handler has raised)."""
        self.rescued = self._rescue_all()
        if isinstance(error, StoreError | sqlite3.Error):
            self.rescued.insert(0, f"designtrainer: {reason(error)}")
            self._return_code = 1
            self._exception_event.set()  # what waits for the app (a test's pilot) stops waiting
            self._close_messages_no_wait()  # as Textual's own fatal error, without its traceback
            return
        super()._handle_exception(error)

    def on_unmount(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in self._SIGNALS:
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
                loop.remove_signal_handler(sig)
        self.store.close()
        gc.unfreeze()  # what `settle` kept out of the collector's way is garbage from here on


def settle() -> None:
    """Take everything alive now out of the garbage collector's full passes (`gc.freeze`).

    The library and a compiled rubric are kept while the app runs: about 100,000 objects that
    every full collection walked again, 40-100 ms at a time, whenever one fell due; it often
    fell due in the middle of opening a session (first ticks, issue 12). Both are acyclic, so
    dropping one (the library keeps only the last rubric warmed) still frees it at once. The
    young generations are collected first, so the garbage frozen with them is only what had
    lived long already; `on_unmount` gives it all back to the collector.
    """
    gc.collect(1)
    gc.freeze()


class NoTerminal(Exception):
    """The TUI was asked for where there is no terminal to read keys from and draw on."""


def has_terminal() -> bool:
    """Textual reads keys from stdin and draws on stderr: both must be the terminal.

    Without one (a script, a pipe, CI) it wrote its escape codes into the pipe, read the end
    of stdin as a request to quit, and left an empty attempt behind each time."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def run(cases_dirs: Iterable[Path] = (), start: StartRequest | DrillRequest | None = None) -> int:
    """Open the TUI and return its exit status (1 when it ended on an error); a store that
    cannot be opened is a StoreError naming the path (exit 1), said before NoTerminal."""
    store = open_store()
    if not has_terminal():
        store.close()
        raise NoTerminal(
            "the trainer needs a terminal to draw in and read keys from (here stdin or stderr "
            "is not one); run it in a terminal, or work on files with `template` and `grade`"
        )
    from designtrainer.tui.paste import install

    install()  # a paste is text, never keys (tui/paste.py)
    app = DesignTrainerApp(store=store, cases_dirs=cases_dirs, start=start)
    app.run()
    for message in app.rescued:  # after Textual's traceback, on the restored terminal
        print(visible(message), file=sys.stderr)
    return app.return_code or 0
