"""How well the checker agrees with people: precision, recall and F1 over labelled answers.

Each case folder holds markdown answers and a labels.yaml saying, for every answer, which rubric
items an interviewer would tick. Run `make accuracy` (or `python -m designtrainer.accuracy DIR`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from designtrainer.grading import GradeResult, grade, grade_whole
from designtrainer.io.answers import parse_answer
from designtrainer.loading.library import Library, default_sources, load_library
from designtrainer.render.report import evidence_note, quote


@dataclass(frozen=True, slots=True)
class Outcome:
    case: str
    answer: str
    item: str
    expected: bool
    got: bool
    detail: str  # evidence for a tick, missing phrases for a miss


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


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    results: dict[tuple[str, str], GradeResult] = field(default_factory=dict)
    missing_cases: list[str] = field(default_factory=list)

    def per_item(self) -> dict[tuple[str, str], Counts]:
        out: dict[tuple[str, str], Counts] = {}
        for o in self.outcomes:
            out.setdefault((o.case, o.item), Counts()).add(o.expected, o.got)
        return out

    @property
    def micro(self) -> Counts:
        total = Counts()
        for o in self.outcomes:
            total.add(o.expected, o.got)
        return total

    @property
    def macro_f1(self) -> float:
        items = self.per_item()
        return sum(c.f1 for c in items.values()) / len(items) if items else 0.0

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.expected != o.got]


def grade_answer_file(lib: Library, path: Path, case_id: str) -> GradeResult:
    answer = parse_answer(path.read_text(encoding="utf-8"))
    compiled = lib.compiled(case_id)
    if answer.has_sections:
        return grade(compiled, answer.texts())
    return grade_whole(compiled, answer.whole())


def evaluate(root: Path, lib: Library | None = None) -> Report:
    lib = lib or load_library(default_sources())
    report = Report()
    for labels_path in sorted(root.glob("*/labels.yaml")):
        case_id = labels_path.parent.name
        if case_id not in lib.cases:
            report.missing_cases.append(case_id)
            continue
        labels = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
        for answer_name, expected in sorted(labels.items()):
            path = labels_path.parent / f"{answer_name}.md"
            result = grade_answer_file(lib, path, case_id)
            report.results[(case_id, answer_name)] = result
            for r in result.items:
                want = bool(expected.get(r.item.id, False))
                if r.met:
                    detail = "; ".join(f'"{quote(e)}"{evidence_note(e)}' for e in r.evidence)
                else:
                    detail = "missing: " + " | ".join(r.missing_phrases)
                    if r.evidence:
                        e = r.evidence[0]
                        detail += f" (negated: \"{quote(e)}\" by '{e.trigger}')"
                report.outcomes.append(
                    Outcome(case_id, answer_name, r.item.id, want, r.met, detail)
                )
    return report


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
    if report.missing_cases:
        lines += [f"not graded (case not in the library): {', '.join(report.missing_cases)}", ""]
    for o in report.errors:
        kind = "FALSE POSITIVE" if o.got else "FALSE NEGATIVE"
        lines.append(f"{kind}  {o.case}/{o.answer}  {o.item}: {o.detail}")
    return "\n".join(lines) + "\n"


DEFAULT_SETS = ("tests/fixtures/answers", "tests/fixtures/heldout")


def main(argv: Sequence[str] | None = None) -> int:
    """Report on each folder given (default: the tuning set, then the held-out set)."""
    roots = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or [
        Path(d) for d in DEFAULT_SETS
    ]
    lib = load_library(default_sources())
    for root in roots:
        sys.stdout.write(f"== {root}\n\n")
        sys.stdout.write(render(evaluate(root, lib)))
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
