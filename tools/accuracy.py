"""How well the checker agrees with people, over labelled answers: `make accuracy`.

Not part of the installed package: it is a development tool, run from a checkout
(`.venv/bin/python tools/accuracy.py [DIR ...]`; tests load it by path).

Each case folder of a set holds markdown answers and a labels.yaml, in one of two formats:

- plain: `<answer>: {<item-id>: true|false}`, which items an interviewer would tick
  (tests/fixtures/answers, tests/fixtures/heldout);
- blind: `<answer>: {style: <style>, items: {<item-id>: met|named|rejected|absent},
  red_flags: [<flag-id>, ...]}` (tests/fixtures/blind), written by people who had not seen the
  rubric evidence. `met` is what earns an item; `named` is an idea only named; `rejected` one
  the answer argues against or puts off; `red_flags` the wrong choices the answer makes.

The report gives precision, recall and F1 per item and, for blind sets, per style, with the
share of rejected and of named ideas the checker credited, the scores of buzzword answers, and
red-flag precision and recall; then every disagreement with its evidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from designtrainer.grading.grade import grade, grade_whole
from designtrainer.grading.results import GradeResult, ItemResult
from designtrainer.io.answers import parse_answer
from designtrainer.loading.library import Library, default_sources, load_library
from designtrainer.render.report import evidence_note, quote

STATES = ("met", "named", "rejected", "absent")
GENUINE_STYLES = ("terse", "prose", "non-native", "middling", "misplaced")
BUZZWORD_STYLES = ("keyword-list", "buzzword-sentences")
STYLES = (*GENUINE_STYLES, "negation-blunt", "negation-hedged", *BUZZWORD_STYLES, "wrong")
DEFAULT_SETS = (
    "tests/fixtures/answers",
    "tests/fixtures/heldout",
    "tests/fixtures/blind",
    "tests/fixtures/blind-heldout",  # measured only: see its README
)


@dataclass(frozen=True, slots=True)
class Outcome:
    case: str
    answer: str
    style: str
    item: str
    label: str
    """met | named | rejected | absent (plain labels: met | absent)."""
    got: str
    """The checker's state: met | named | missed."""
    detail: str

    @property
    def expected(self) -> bool:
        return self.label == "met"

    @property
    def credited(self) -> bool:
        return self.got == "met"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: bool, got: bool) -> None:
        if expected and got:
            self.tp += 1
        elif got:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    @classmethod
    def of(cls, pairs: Iterable[tuple[bool, bool]]) -> Counts:
        counts = cls()
        for expected, got in pairs:
            counts.add(expected, got)
        return counts


@dataclass(frozen=True, slots=True)
class FlagOutcome:
    case: str
    answer: str
    flag: str
    expected: bool
    got: bool
    detail: str


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    flags: list[FlagOutcome] = field(default_factory=list)
    results: dict[tuple[str, str], GradeResult] = field(default_factory=dict)
    styles: dict[tuple[str, str], str] = field(default_factory=dict)
    missing_cases: list[str] = field(default_factory=list)
    unmapped_flags: list[str] = field(default_factory=list)
    """Flags fired under ids no label uses (see `evaluate`)."""
    blind: bool = False
    """Labels in the blind format (styles, four states, red flags)."""

    def per_item(self) -> dict[tuple[str, str], Counts]:
        out: dict[tuple[str, str], Counts] = {}
        for o in self.outcomes:
            out.setdefault((o.case, o.item), Counts()).add(o.expected, o.credited)
        return out

    @property
    def micro(self) -> Counts:
        return Counts.of((o.expected, o.credited) for o in self.outcomes)

    @property
    def macro_f1(self) -> float:
        items = self.per_item()
        return sum(c.f1 for c in items.values()) / len(items) if items else 0.0

    def of_styles(self, styles: Sequence[str]) -> Counts:
        return Counts.of((o.expected, o.credited) for o in self.outcomes if o.style in styles)

    def credited_share(self, label: str, styles: Sequence[str] | None = None) -> tuple[int, int]:
        """(credited, total) of the ideas labelled `label` (in these styles)."""
        chosen = [
            o for o in self.outcomes if o.label == label and (styles is None or o.style in styles)
        ]
        return sum(o.credited for o in chosen), len(chosen)

    def buzzword_items(self) -> tuple[int, int]:
        """(credited, total) of the ideas buzzword answers bring up (labelled anything but
        absent): an interviewer credits almost none of them."""
        chosen = [o for o in self.outcomes if o.style in BUZZWORD_STYLES and o.label != "absent"]
        return sum(o.credited for o in chosen), len(chosen)

    def scores(self, styles: Sequence[str]) -> list[tuple[str, float]]:
        return [
            (f"{case}/{answer}", result.score)
            for (case, answer), result in sorted(self.results.items())
            if self.styles.get((case, answer)) in styles
        ]

    @property
    def flag_counts(self) -> Counts:
        return Counts.of((f.expected, f.got) for f in self.flags)

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.expected != o.credited]


def grade_answer_file(lib: Library, path: Path, case_id: str) -> GradeResult:
    answer = parse_answer(path.read_text(encoding="utf-8"))
    compiled = lib.compiled(case_id)
    if answer.has_sections:
        return grade(compiled, answer.texts())
    return grade_whole(compiled, answer.whole())


def _detail(r: ItemResult) -> str:
    where = f" (found under {r.found_in})" if r.found_in else ""
    if r.met or r.named:
        quotes = "; ".join(f'"{quote(e)}"{evidence_note(e)}' for e in r.evidence)
        return f"{r.state}: {quotes}{where}"
    detail = "missing: " + " | ".join(r.missing_phrases)
    if r.evidence:
        e = r.evidence[0]
        detail += f" (negated: \"{quote(e)}\" by '{e.trigger}')"
    return detail


def _label(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return "met" if value else "absent"
    text = str(value)
    if text not in STATES:
        raise ValueError(f"unknown label {text!r} (expected one of {', '.join(STATES)})")
    return text


def evaluate(
    root: Path, lib: Library | None = None, rename: Mapping[str, str] | None = None
) -> Report:
    """Grade every labelled answer under `root`. `rename` maps the library's red-flag ids to
    the ids the labels use, while the two are being brought in line."""
    lib = lib or load_library(default_sources())
    rename = rename or {}
    report = Report()
    every_label = [
        yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for path in sorted(root.glob("*/labels.yaml"))
    ]
    # Red-flag ids the labels use anywhere, and every id of the answer's rubric (the writers'
    # briefs list them all): a flag the checker fires under an id outside both (an old name,
    # not yet renamed) is listed as unmapped, not counted either way. Counting only the ids
    # some label uses would hide false alarms in a small set.
    known = {
        str(f)
        for labels in every_label
        for entry in labels.values()
        if isinstance(entry, dict)
        for f in entry.get("red_flags") or ()
    } | set(rename.values())
    for labels_path in sorted(root.glob("*/labels.yaml")):
        case_id = labels_path.parent.name
        if case_id not in lib.cases:
            report.missing_cases.append(case_id)
            continue
        labels = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
        for answer_name, entry in sorted(labels.items()):
            blind = isinstance(entry, dict) and "items" in entry
            report.blind |= blind
            items = entry["items"] if blind else entry
            style = str(entry.get("style", "")) if blind else ""
            result = grade_answer_file(lib, labels_path.parent / f"{answer_name}.md", case_id)
            report.results[(case_id, answer_name)] = result
            report.styles[(case_id, answer_name)] = style
            for r in result.items:
                label = _label(items.get(r.item.id, False))
                report.outcomes.append(
                    Outcome(case_id, answer_name, style, r.item.id, label, r.state, _detail(r))
                )
            if blind:
                expected = {str(f) for f in entry.get("red_flags") or ()}
                fired = {rename.get(h.flag.id, h.flag.id): h for h in result.red_flags}
                rubric_ids = {f.id for f in lib.rubric(case_id).red_flags}
                for flag_id in sorted(set(fired) - known - rubric_ids):
                    report.unmapped_flags.append(f"{case_id}/{answer_name} {flag_id}")
                    del fired[flag_id]
                for flag_id in sorted(expected | set(fired)):
                    hit = fired.get(flag_id)
                    detail = f'"{quote(hit.evidence[0])}"' if hit and hit.evidence else ""
                    report.flags.append(
                        FlagOutcome(
                            case_id,
                            answer_name,
                            flag_id,
                            flag_id in expected,
                            hit is not None,
                            detail,
                        )
                    )
    return report


def _share(pair: tuple[int, int]) -> str:
    credited, total = pair
    return f"{credited}/{total} = {credited / total:.0%}" if total else "none labelled"


def render(report: Report) -> str:
    lines = ["case / item                               P      R      F1    tp fp fn"]
    for (case, item), c in sorted(report.per_item().items()):
        lines.append(
            f"{case + ' / ' + item:<40} {c.precision:5.2f}  {c.recall:5.2f}  {c.f1:5.2f}  "
            f"{c.tp:2d} {c.fp:2d} {c.fn:2d}"
        )
    m = report.micro
    lines += [
        "",
        f"micro: precision {m.precision:.3f}  recall {m.recall:.3f}  F1 {m.f1:.3f}"
        f"   (tp {m.tp}, fp {m.fp}, fn {m.fn}, tn {m.tn})",
        f"macro F1 over items: {report.macro_f1:.3f}",
        "",
    ]
    if report.blind:
        lines.append("style                 answers   P      R      F1    tp fp fn")
        present = {s for s in report.styles.values()}
        for style in (*STYLES, *sorted(present - set(STYLES))):
            if style not in present:
                continue
            c = report.of_styles((style,))
            n = sum(1 for s in report.styles.values() if s == style)
            lines.append(
                f"{style:<20} {n:5d}   {c.precision:5.2f}  {c.recall:5.2f}  {c.f1:5.2f}  "
                f"{c.tp:3d} {c.fp:2d} {c.fn:2d}"
            )
        g = report.of_styles(GENUINE_STYLES)
        lines += [
            f"{'genuine styles':<20}         {g.precision:5.2f}  {g.recall:5.2f}  {g.f1:5.2f}",
            "",
            f"rejected ideas credited: {_share(report.credited_share('rejected'))}",
            f"named ideas credited:    {_share(report.credited_share('named'))}",
            f"buzzword answers' ideas credited: {_share(report.buzzword_items())}",
            "buzzword answers' scores: "
            + (", ".join(f"{n} {s:.2f}" for n, s in report.scores(BUZZWORD_STYLES)) or "none"),
        ]
        f = report.flag_counts
        lines += [
            f"red flags: precision {f.precision:.2f}  recall {f.recall:.2f}"
            f"   (tp {f.tp}, fp {f.fp}, fn {f.fn})",
        ]
        if report.unmapped_flags:
            lines.append(
                "red flags fired under ids no label uses (not counted; --rename maps old ids): "
                + ", ".join(report.unmapped_flags)
            )
        lines.append("")
    if report.missing_cases:
        lines += [f"not graded (case not in the library): {', '.join(report.missing_cases)}", ""]
    for o in report.errors:
        kind = "FALSE POSITIVE" if o.credited else "FALSE NEGATIVE"
        label = f" [{o.style}, labelled {o.label}]" if o.style else ""
        lines.append(f"{kind}  {o.case}/{o.answer}  {o.item}{label}: {o.detail}")
    for fo in report.flags:
        if fo.expected != fo.got:
            kind = "FLAG FALSE POSITIVE" if fo.got else "FLAG MISSED"
            lines.append(f"{kind}  {fo.case}/{fo.answer}  {fo.flag} {fo.detail}".rstrip())
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Report on each folder given (default: the tuning, held-out and blind sets)."""
    parser = argparse.ArgumentParser(prog="accuracy", description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="folders of labelled answers")
    parser.add_argument(
        "--rename",
        type=Path,
        help="JSON file with a 'rename' map of old red-flag ids to the ids labels use",
    )
    args = parser.parse_args(argv)
    rename = json.loads(args.rename.read_text())["rename"] if args.rename else None
    lib = load_library(default_sources())
    for root in args.dirs or [Path(d) for d in DEFAULT_SETS]:
        if not root.is_dir():
            continue
        sys.stdout.write(f"== {root}\n\n")
        sys.stdout.write(render(evaluate(root, lib, rename)))
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
