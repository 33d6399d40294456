"""From validated YAML data to the frozen model, plus the checks a schema cannot express."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from designtrainer.domain.model import Case, Clarification, RedFlag, Rubric, RubricItem, Section
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.loading.problems import Problem, format_doc_path, problem

if TYPE_CHECKING:
    from designtrainer.loading.yamlfile import YamlDoc

_Text = TypeVar("_Text", bound=str)


class Shared:
    """One object for each distinct phrase and phrase group of the cases and rubrics built
    with it.

    Rubrics repeat each other: the general red flags and their `unless` phrases stand in
    every bundled rubric ("no a/b test", "online experiment" 40 times over), so their 34,000
    phrases are 13,000 distinct ones. Built apart, a library kept a copy of each phrase for
    every place it is written (2.2 MB where 0.9 MB hold them all: issue 12, session memory);
    `load_library` builds all its rubrics with one of these, dropped once they are built.
    Equal strings and tuples read the same everywhere, so nothing but memory changes (and
    the compiled-rubric cache, which writes an object once however often it is met). Cases
    repeat each other too: their clarifying questions' phrases ("latency", "how fast" in
    every case), and so do the levels of items and the ids, labels and messages of the
    general red flags (about 150 kB of copies in all, issue 12 again).
    """

    __slots__ = ("_groups", "_phrases")

    def __init__(self) -> None:
        self._phrases: dict[str, str] = {}
        self._groups: dict[tuple[str, ...], tuple[str, ...]] = {}

    def phrase(self, text: _Text) -> _Text:
        return self._phrases.setdefault(text, text)  # type: ignore[return-value]

    def group(self, raw: Iterable[str]) -> tuple[str, ...]:
        group = tuple(map(self.phrase, raw))
        return self._groups.setdefault(group, group)

    def evidence(self, raw: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
        return tuple(map(self.group, raw))

    def keep(self, rubric: Rubric) -> None:
        """Take a built rubric's phrases and groups (those `rubric_of` shares) as the objects to
        give from now on: a rubric built later with this one shares them (see `packed`)."""
        for item in rubric.items:
            self.phrase(item.level)
            for group in item.evidence:
                self._keep(group)
        for flag in rubric.red_flags:
            self.phrase(flag.id)
            self.phrase(flag.message)
            if flag.label is not None:
                self.phrase(flag.label)
            for group in (*flag.evidence, *flag.unless, flag.refused):
                self._keep(group)
        self._keep(rubric.not_negations)

    def _keep(self, group: tuple[str, ...]) -> None:
        for phrase in group:
            self.phrase(phrase)
        self._groups.setdefault(group, group)


def _whole(value: float | None) -> int | None:
    """A whole number as an int: JSON Schema's integer also takes `9.0`, which would be kept
    (and printed: "45.0 min", "[core, 2.0]") as a float."""
    return None if value is None else int(value)


def build_case(d: dict[str, Any], shared: Shared | None = None) -> Case:
    """The case of a file's data, which the schema has checked; its phrases kept once each
    in `shared` (see `Shared`) with those of the cases and rubrics built before."""
    if shared is None:
        shared = Shared()
    sections = tuple(
        Section(
            id=sid,
            prompt=s["prompt"],
            guiding_questions=tuple(s["guiding_questions"]),
            hints=tuple(s["hints"]),
            follow_ups=tuple(s["follow_ups"]),
            pitfalls=tuple(s["pitfalls"]),
            time_budget_minutes=int(s["time_budget_minutes"]),
            reference_answer=s["reference_answer"],
        )
        for sid in SECTION_IDS
        for s in [d["sections"][sid]]
    )
    return Case(
        id=d["id"],
        title=d["title"],
        summary=d["summary"],
        tags=shared.group(d["tags"]),
        difficulty=shared.phrase(d["difficulty"]),
        opening=d["opening"],
        clarifications=tuple(
            Clarification(c["question"], c["answer"], shared.group(c["phrases"]))
            for c in d["clarifications"]
        ),
        sections=sections,
        brief=d.get("brief", ""),
    )


def build_rubric(doc: YamlDoc, shared: Shared | None = None) -> tuple[Rubric | None, list[Problem]]:
    """The rubric of a file the schema has checked, or the problems a schema cannot see
    (duplicate ids, phrases without words, not_negations without a cue)."""
    problems = rubric_problems(doc)
    if problems:
        return None, problems
    return rubric_of(doc.data, shared), []


def rubric_problems(doc: YamlDoc) -> list[Problem]:
    # Imported here, not at the top: the word rules (the stemmer) and the negation rules cost
    # a fresh process more than reading a file found valid before (validated_cache) does.
    from designtrainer.grading.words import has_words

    d: dict[str, Any] = doc.data
    problems: list[Problem] = []

    def at(path: tuple[str | int, ...], message: str) -> None:
        line, col = doc.position(path)
        problems.append(problem(doc.path, message, line, col, path))

    def check_phrases(
        base: tuple[str | int, ...], groups: list[list[str]], key: str = "evidence"
    ) -> None:
        for g, group in enumerate(groups):
            for p, phrase in enumerate(group):
                if not has_words(phrase):
                    at((*base, key, g, p), f"phrase {phrase!r} has no words to match")

    seen: dict[str, tuple[str | int, ...]] = {}
    for sid in SECTION_IDS:
        for i, raw in enumerate(d["sections"][sid]):
            path: tuple[str | int, ...] = ("sections", sid, i)
            if raw["id"] in seen:
                first = format_doc_path(seen[raw["id"]])
                at((*path, "id"), f"duplicate item id '{raw['id']}' (first used at {first})")
            seen.setdefault(raw["id"], path)
            check_phrases(path, raw["evidence"])
    flag_ids: set[str] = set()
    for i, raw in enumerate(d.get("red_flags", [])):
        path = ("red_flags", i)
        if raw["id"] in flag_ids:
            at((*path, "id"), f"duplicate red flag id '{raw['id']}'")
        flag_ids.add(raw["id"])
        check_phrases(path, raw["evidence"])
        check_phrases(path, raw.get("unless", []), "unless")
        for k, phrase in enumerate(raw.get("refused", [])):
            if not has_words(phrase):
                at((*path, "refused", k), f"phrase {phrase!r} has no words to match")
    not_negations = d.get("not_negations", [])
    if not_negations:
        # Here, not at the top: the negation rules cost every load of cases (a fresh `list`)
        # about a sixth of its time (-X importtime, issue 12), and few rubrics have these.
        from designtrainer.grading.negation import has_negation_cue
    for i, phrase in enumerate(not_negations):
        if not has_negation_cue(phrase):
            at(
                ("not_negations", i),
                f"{phrase!r} contains no negation cue (such as 'not', 'no', 'never'), "
                "so listing it changes nothing",
            )
    return problems


def rubric_of(d: dict[str, Any], shared: Shared | None = None) -> Rubric:
    """The rubric of a file's data, which the schema and rubric_problems found valid; its
    phrases kept once each in `shared` (see `Shared`) with those of the rubrics built before."""
    if shared is None:
        shared = Shared()
    items = [
        RubricItem(
            id=raw["id"],
            section=sid,
            label=raw["label"],
            weight=int(raw["weight"]),
            level=shared.phrase(raw["level"]),
            evidence=shared.evidence(raw["evidence"]),
            why=raw["why"],
            within=_whole(raw.get("within")),
            negation=raw.get("negation", "exclude"),
            question=raw.get("question", ""),
        )
        for sid in SECTION_IDS
        for raw in d["sections"][sid]
    ]
    flags = [
        RedFlag(
            id=shared.phrase(raw["id"]),
            message=shared.phrase(raw["message"]),
            evidence=shared.evidence(raw["evidence"]),
            section=raw.get("section"),
            within=_whole(raw.get("within")),
            negation=raw.get("negation", "exclude"),
            label=None if raw.get("label") is None else shared.phrase(raw["label"]),
            unless=shared.evidence(raw.get("unless", [])),
            refused=shared.group(raw.get("refused", [])),
        )
        for raw in d.get("red_flags", [])
    ]
    return Rubric(d["case"], tuple(items), tuple(flags), shared.group(d.get("not_negations", [])))
