"""The case library: every case source loaded, checked across files, problems collected.

One broken file never stops the others: the library keeps what is valid and lists the rest.
Later sources override earlier ones by id (bundled < DESIGNTRAINER_CASES < --cases-dir); two
files with one id in the same source are an error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from designtrainer.domain.model import Case, Rubric
from designtrainer.loading import validated_cache
from designtrainer.loading.build import Shared, build_case, build_rubric, rubric_of
from designtrainer.loading.packed import Rubrics
from designtrainer.loading.problems import MAX_BYTES, ContentError, Problem, display_path, problem
from designtrainer.paths import bundled_dir, env_case_dirs

if TYPE_CHECKING:
    from designtrainer.grading.compiled import CompiledRubric
    from designtrainer.loading.yamlfile import YamlDoc

YAML_SUFFIXES = (".yaml", ".yml")
MAX_FILES_PER_SOURCE = 2000


class Source(NamedTuple):
    """A set of files at one precedence level. A named tuple (see `Origin`)."""

    name: str  # "bundled" or "user"
    level: int
    files: tuple[Path, ...]
    problems: tuple[Problem, ...] = ()
    """What could not be listed (files beyond the cap), reported with the files' problems."""


class Origin(NamedTuple):
    """Where a case came from: its file, its source ("bundled" or "user") and the file it
    overrides. A named tuple, not a frozen dataclass, as the loader's other small records:
    making a dataclass compiles its methods in every fresh process, about half a millisecond
    each (issue 12, cold commands)."""

    path: Path
    source: str
    overrides: Path | None = None


@dataclass
class Library:
    cases: dict[str, Case] = field(default_factory=dict)
    rubrics: MutableMapping[str, Rubric] = field(default_factory=dict)
    """By case id; `load_library` gives them packed until asked for (see `packed`)."""
    origins: dict[str, Origin] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _compiled: dict[str, CompiledRubric] = field(default_factory=dict)
    _warmed: dict[str, CompiledRubric] = field(default_factory=dict)
    """At most one rubric compiled ahead of need (see warm), not yet asked for."""

    def ids(self) -> list[str]:
        return sorted(self.cases)

    def case(self, case_id: str) -> Case:
        return self.cases[case_id]

    def rubric(self, case_id: str) -> Rubric:
        return self.rubrics[case_id]

    def compiled_if_ready(self, case_id: str) -> CompiledRubric | None:
        """The case's compiled rubric if this library has it in memory already, else None
        (never compiles or reads the disk: for callers that must not wait)."""
        found = self._compiled.get(case_id)
        if found is None and (found := self._warmed.get(case_id)) is not None:
            self._compiled[case_id] = found
        return found

    def warm(self, case_id: str) -> None:
        """Compile (or read from the disk cache) the case's rubric ahead of need, as the app
        does for the case the picker's cursor rests on, so opening it grades at once.

        Only the last warmed rubric is kept until it is asked for: a person moving the
        cursor through every case must not hold every compiled rubric (about 10 MB each).
        """
        if case_id in self._compiled or case_id in self._warmed or case_id not in self.rubrics:
            return
        from designtrainer.loading.compiled_cache import compiled

        self._warmed = {case_id: compiled(self.rubrics[case_id])}

    def compiled(self, case_id: str) -> CompiledRubric:
        """The case's rubric compiled for grading (once per library, and kept on disk for
        the next process: see compiled_cache)."""
        found = self.compiled_if_ready(case_id)
        if found is None:
            from designtrainer.loading.compiled_cache import compiled

            found = self._compiled[case_id] = compiled(self.rubrics[case_id])
        return found


def yaml_files(path: Path) -> tuple[list[Path], list[Problem]]:
    """The YAML files at `path` (a file, or a folder searched recursively), in path order.

    At most MAX_FILES_PER_SOURCE per folder, so a folder given by mistake (a home directory)
    cannot keep the app loading for minutes; the cut is reported as a problem of the folder,
    never made silently.
    """
    if path.is_file():
        return [path], []
    # os.walk, not Path.rglob: a folder that vanishes or can't be read while it is listed
    # (someone's temporary files, under a `--cases-dir` given broadly) is skipped instead of
    # raising out of the listing.
    named = sorted(
        Path(top, name)
        for top, _, names in os.walk(path)
        for name in names
        if Path(name).suffix in YAML_SUFFIXES
    )
    # A link out of the folder is not followed: a stranger's pack could point one at a
    # private file (~/.ssh/id_rsa), whose first line a parse error would then quote. A file
    # of one's own outside the folder can still be given by its path.
    inside = path.resolve()
    outside = [p for p in named if p.is_symlink() and not p.resolve().is_relative_to(inside)]
    found = [p for p in named if p.is_file() and p not in outside]
    # Never opened (a FIFO would wait for ever, a device never end), but never left out
    # silently either: `validate` would call the folder "all valid".
    odd = [
        problem(p, "not a regular file (a FIFO, a device or a broken link): skipped")
        for p in named
        if not p.is_file() and p not in outside
    ] + [problem(p, "a link to a file outside this folder: not read") for p in outside]
    if len(found) <= MAX_FILES_PER_SOURCE:
        return found, odd
    cut = problem(
        path,
        f"{len(found):,} YAML files; only the first {MAX_FILES_PER_SOURCE:,} (by path, up to "
        f"{display_path(found[MAX_FILES_PER_SOURCE - 1])}) are loaded: split the folder",
    )
    return found[:MAX_FILES_PER_SOURCE], [*odd, cut]


def _source(name: str, level: int, dirs: Sequence[Path]) -> Source:
    files: list[Path] = []
    problems: list[Problem] = []
    for d in dirs:
        if d.exists():
            found, cut = yaml_files(d)
            files += found
            problems += cut
    return Source(name, level, tuple(files), tuple(problems))


class Pinned(NamedTuple):
    """Where a loaded file's id keys are: all cross-file errors need, without its node tree
    (keeping thousands of node trees alive makes loading big libraries slower than linear).
    A named tuple (see `Origin`)."""

    path: Path
    positions: dict[tuple[str | int, ...], tuple[int, int]]

    def position(self, doc_path: tuple[str | int, ...]) -> tuple[int, int]:
        return self.positions.get(doc_path, (1, 1))


_ID_KEYS: tuple[tuple[str | int, ...], ...] = (("id",), ("case",))


def _pin(doc: YamlDoc) -> Pinned:
    return Pinned(doc.path, {key: doc.position(key) for key in _ID_KEYS})


def _folder_kind(path: Path) -> str:
    """The kind a file's folder gives it ("" when the folder does not say)."""
    if path.parent.name in ("cases", "rubrics"):
        return "rubric" if path.parent.name == "rubrics" else "case"
    return ""


def _kind(path: Path, doc: YamlDoc) -> str:
    return _folder_kind(path) or (
        "rubric" if "case" in doc.data and "id" not in doc.data else "case"
    )


def read_yaml(path: Path, raw: bytes | None = None) -> YamlDoc:
    """yamlfile.read_yaml, imported on first use: a library whose files are all in the
    validated cache never imports PyYAML."""
    from designtrainer.loading.yamlfile import read_yaml as read

    return read(path, raw)


class _Found(NamedTuple):
    """A file's case or rubric and where its id keys are (a named tuple: see `Origin`)."""

    value: Case | Rubric
    pin: Pinned


def _checked(
    path: Path, cache_dir: Path | None, problems: list[Problem], shared: Shared
) -> _Found | None:
    """The case or rubric in `path`, or None with its problems added to `problems`; a
    rubric's phrases kept once with those of the rubrics built before (`shared`).

    A file found valid before with these very bytes is taken from the validated cache; any
    other is parsed, checked by the schema and the rubric rules, and recorded if valid.
    """
    try:
        raw: bytes | None = path.read_bytes() if path.stat().st_size <= MAX_BYTES else None
    except OSError:
        raw = None  # read_yaml says what is wrong, at its place
    folder_kind = _folder_kind(path)
    wanted = validated_cache.key(raw, folder_kind) if raw is not None and cache_dir else None
    if wanted is not None and cache_dir is not None:
        entry = validated_cache.read(cache_dir, path, wanted)
        if entry is not None:
            try:
                pin = Pinned(path, entry.positions)
                if entry.kind == "case":
                    return _Found(build_case(entry.data, shared), pin)
                return _Found(rubric_of(entry.data, shared), pin)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # not what a valid file gives: read the file itself
    from designtrainer.loading.schema import validate

    try:
        doc = read_yaml(path, raw)
    except ContentError as exc:
        problems.extend(exc.problems)
        return None
    kind = _kind(path, doc)
    errs = validate(doc, kind)
    if errs:
        problems.extend(errs)
        return None
    found: Case | Rubric | None
    if kind == "case":
        found = build_case(doc.data, shared)
    else:
        found, errs = build_rubric(doc, shared)
        if found is None:
            problems.extend(errs)
            return None
    pinned = _pin(doc)
    if wanted is not None and cache_dir is not None:
        entry = validated_cache.Entry(kind, doc.data, pinned.positions)
        validated_cache.write(cache_dir, path, wanted, entry)
    return _Found(found, pinned)


def default_sources(extra_dirs: Sequence[Path] = ()) -> list[Source]:
    sources = [_source("bundled", 0, [bundled_dir("cases"), bundled_dir("rubrics")])]
    for level, dirs in ((1, env_case_dirs()), (2, list(extra_dirs))):
        sources += [_source("user", level, [d]) for d in dirs]
    return sources


def only_case(sources: Sequence[Source], case_id: str) -> list[Source]:
    """`sources` cut down to the files `case_id` can come from, for commands about one case.

    Bundled files are named by their id (tests/test_loading.py holds them to it), so of those
    only the case's own two are kept: loading and validating all of them cost a fresh process
    more than the rest of `grade`. User files may be named anything and may override the
    bundled case, so they are all kept. A caller that does not find the case in what this
    loads loads everything, so an unknown id is still answered with every known one.
    """
    return [
        s._replace(files=tuple(f for f in s.files if f.stem == case_id))
        if s.name == "bundled"
        else s
        for s in sources
    ]


def load_library(sources: Iterable[Source], report: set[Path] | None = None) -> Library:
    """Load every source. With `report`, only problems in those files are kept."""
    lib = Library()
    cases: dict[str, tuple[Case, Pinned, int, str]] = {}
    rubrics: dict[str, tuple[Rubric, Pinned, int, str]] = {}
    overrides: dict[str, Path] = {}
    problems: list[Problem] = []

    cache_dir = validated_cache.folder()
    shared = Shared()  # only while loading: the rubrics hold what it found
    for source in sources:
        problems.extend(source.problems)
        for path in source.files:
            found = _checked(path, cache_dir, problems, shared)
            if found is None:
                continue
            if isinstance(found.value, Case):
                _place(
                    cases,
                    found.value.id,
                    (found.value, found.pin, source.level, source.name),
                    "case id",
                    ("id",),
                    problems,
                    overrides,
                )
            else:
                _place(
                    rubrics,
                    found.value.case,
                    (found.value, found.pin, source.level, source.name),
                    "rubric for case",
                    ("case",),
                    problems,
                    overrides,
                )

    for cid, (_, pin, _, _) in sorted(rubrics.items()):
        if cid not in cases:
            line, col = pin.position(("case",))
            known = ", ".join(sorted(cases)) or "none"
            problems.append(
                problem(
                    pin.path,
                    f"rubric for unknown case '{cid}' (known: {known})",
                    line,
                    col,
                    ("case",),
                )
            )
    for cid, (case, pin, _, name) in sorted(cases.items()):
        if cid not in rubrics:
            line, col = pin.position(("id",))
            problems.append(
                problem(
                    pin.path,
                    f"case '{cid}' has no rubric (add rubrics/{cid}.yaml)",
                    line,
                    col,
                    ("id",),
                )
            )
            continue
        lib.cases[cid] = case
        lib.rubrics[cid] = rubrics[cid][0]
        lib.origins[cid] = Origin(pin.path, name, overrides.get(f"case id:{cid}"))

    if report is not None:
        wanted = {display_path(p) for p in report}
        problems = [p for p in problems if p.file in wanted]
    lib.problems = problems
    lib.rubrics = Rubrics(lib.rubrics)  # each built again when asked for: a session opens one
    _forget_checking_rules()
    return lib


def _forget_checking_rules() -> None:
    """Drop the general negation cues that checking rubric files indexed (`not_negations`
    must hold a cue), if it ran: nothing after loading uses them (issue 12, memory). The
    next check indexes them again."""
    rules = sys.modules.get("designtrainer.grading.negation.rules")
    if rules is not None:
        rules._general_cues.cache_clear()


def _place(
    table: dict[str, Any],
    key: str,
    entry: tuple[Case | Rubric, Pinned, int, str],
    what: str,
    doc_path: tuple[str | int, ...],
    problems: list[Problem],
    overrides: dict[str, Path],
) -> None:
    old = table.get(key)
    doc, level = entry[1], entry[2]
    if old is not None and old[2] == level:
        line, col = doc.position(doc_path)
        problems.append(
            problem(
                doc.path,
                f"duplicate {what} '{key}' (also in {display_path(old[1].path)})",
                line,
                col,
                doc_path,
            )
        )
        return
    if old is not None:
        overrides[f"{what}:{key}"] = old[1].path
    table[key] = entry
