"""How the red-flag checker reads short snippets, one at a time: `tools/flag_sentences.py DIR`.

Not part of the installed package: a development tool, run from a checkout. DIR holds one
`<case-id>.yaml` per case, written by people who never saw the rubric evidence:

    <flag-id>:
      commits: ["a snippet in which a candidate makes the mistake", ...]
      avoids:  ["a snippet with the same risky words that does not make it", ...]

Each snippet is graded on its own as an answer without headings (or in the flag's section,
for a flag limited to one). A `commits` snippet counts as found when its flag fires; an
`avoids` snippet is a false alarm when its flag fires. Other flags firing are not counted:
the snippets are written for one flag each. The report is counts only unless `--show` is
given, so a held-back set can be measured without being read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from designtrainer.grading.grade import grade, grade_whole
from designtrainer.grading.results import GradeResult
from designtrainer.loading.library import Library, default_sources, load_library


@dataclass
class Tally:
    found: int = 0
    missed: int = 0
    false_alarms: int = 0
    quiet: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = self.found + self.missed
        return self.found / total if total else 1.0

    @property
    def alarm_rate(self) -> float:
        total = self.false_alarms + self.quiet
        return self.false_alarms / total if total else 0.0

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.missed += other.missed
        self.false_alarms += other.false_alarms
        self.quiet += other.quiet
        self.misses += other.misses
        self.alarms += other.alarms


def fires(lib: Library, case_id: str, flag_id: str, snippet: str) -> bool:
    """Whether the snippet, graded alone as an answer without headings (in the flag's section
    for a flag limited to one), raises that flag. The probe tests of red flags use it too."""
    compiled = lib.compiled(case_id)
    flag = next(f for f in lib.rubric(case_id).red_flags if f.id == flag_id)
    result: GradeResult = (
        grade(compiled, {flag.section: snippet}) if flag.section else grade_whole(compiled, snippet)
    )
    return any(h.flag.id == flag_id for h in result.red_flags)


def evaluate(root: Path, lib: Library) -> dict[str, Tally]:
    """One tally per case; raises ValueError naming the file for a flag id the case lacks."""
    tallies: dict[str, Tally] = {}
    for path in sorted(root.glob("*.yaml")):
        case_id = path.stem
        if case_id not in lib.cases:
            raise ValueError(f"{path}: no case {case_id!r}")
        known = {f.id for f in lib.rubric(case_id).red_flags}
        tally = tallies.setdefault(case_id, Tally())
        for flag_id, groups in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            if flag_id not in known:
                raise ValueError(f"{path}: {case_id} has no red flag {flag_id!r}")
            for snippet in groups.get("commits") or ():
                if fires(lib, case_id, flag_id, str(snippet)):
                    tally.found += 1
                else:
                    tally.missed += 1
                    tally.misses.append(f"{case_id}/{flag_id}: {snippet}")
            for snippet in groups.get("avoids") or ():
                if fires(lib, case_id, flag_id, str(snippet)):
                    tally.false_alarms += 1
                    tally.alarms.append(f"{case_id}/{flag_id}: {snippet}")
                else:
                    tally.quiet += 1
    return tallies


def render(tallies: dict[str, Tally], show: bool) -> str:
    total = Tally()
    lines = []
    for case_id, t in tallies.items():
        total.add(t)
        lines.append(
            f"{case_id:24} commits {t.found}/{t.found + t.missed} (recall {t.recall:.2f})"
            f"  avoids fired {t.false_alarms}/{t.false_alarms + t.quiet}"
        )
    lines.append(
        f"{'all':24} commits {total.found}/{total.found + total.missed} (recall {total.recall:.2f})"
        f"  avoids fired {total.false_alarms}/{total.false_alarms + total.quiet}"
        f" ({total.alarm_rate:.2f})"
    )
    if show:
        lines += ["", "missed:", *total.misses, "", "false alarms:", *total.alarms]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    lib = load_library(default_sources())
    for root in args.dirs:
        print(f"== {root}")
        print(render(evaluate(root, lib), args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
