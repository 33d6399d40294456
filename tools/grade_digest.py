"""A stable digest of everything the checker returns, for changes that must not change it.

Not part of the installed package: a development tool, run from a checkout
(`.venv/bin/python tools/grade_digest.py [--lines] [DIR ...]`). A speed change to the grading
engine is checked by running this before and after: the digest must not move.

It grades, against every case's rubric (compiled afresh, no cache):

- every markdown answer under tests/fixtures/<set>/<case>/ (and under each DIR given, laid out
  the same way), read as `tools/accuracy.py` reads them;
- the case's reference answers, by section and as one text;
- texts built from all the bundled reference answers, as the benches build them: words
  joined by spaces (one long paragraph) and markdown answers with headings and paragraphs;
- word salads (seeded, so the same every run) of reference words with negation cues, list
  words, punctuation, line breaks, bullets, labels and typos thrown in.

Each grading becomes one line: what was graded and a hash of every item's state, missing
groups, section found in and evidence (quote, span, section, phrase, negation, typo), and every
red flag with its evidence. `--lines` prints them all (diff two runs to see which grading
moved); without it, only the count and the digest of all lines.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.grading.compiled import CompiledRubric, compile_rubric
from designtrainer.grading.grade import grade, grade_whole
from designtrainer.grading.results import Evidence, GradeResult
from designtrainer.io.answers import parse_answer
from designtrainer.loading.library import Library, default_sources, load_library

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# Thrown into the word salads: the words and marks the later stages read.
_NOISE = (
    "not",
    "no",
    "never",
    "won't",
    "don't need",
    "is not needed",
    "isn't necessary",
    "is overkill",
    "instead of",
    "rather than",
    "without",
    "not only",
    "no doubt",
    "too slow to",
    "alone",
    "I wouldn't.",
    "but",
    "and",
    "or",
    "because",
    "if",
    "weekly",
    "40 ms",
    "0.2%",
    "->",
    "e.g.",
    "will be handled",
    "robust",
    "carefully",
    "Kafka",
    "non-",
    "(",
    ")",
    '"',
    ",",
    ".",
    ";",
    ":",
    "\n",
    "\n\n",
    "\n- ",
    "\n1. ",
    "\n## ",
    "**",
)


def _evidence(e: Evidence) -> str:
    return repr((e.text, e.start, e.end, e.section, e.phrase, e.negated, e.trigger, e.fuzzy))


def describe(result: GradeResult) -> str:
    """Everything a grading returns, as text."""
    out = [result.case]
    for section in result.sections:
        for r in section.items:
            out.append(
                f"{section.id} {r.item.id} {r.state} {r.missing_groups} {r.found_in} "
                + " ".join(_evidence(e) for e in r.evidence)
            )
    for hit in result.red_flags:
        out.append(f"flag {hit.flag.id} {hit.found_in} " + " ".join(map(_evidence, hit.evidence)))
    return "\n".join(out)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 6:
        return word
    k = rng.randrange(1, len(word) - 1)
    return word[:k] + word[k + 1] + word[k] + word[k + 2 :]  # two letters swapped


def salad(pool: Sequence[str], words: int, seed: int) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    for _ in range(words):
        if rng.random() < 0.15:
            out.append(rng.choice(_NOISE))
        else:
            word = rng.choice(pool)
            out.append(_typo(word, rng) if rng.random() < 0.03 else word)
    return " ".join(out)


def joined(pool: Sequence[str], words: int) -> str:
    """As bench_grade builds its answers: the reference words over and over, spaces between."""
    out: list[str] = []
    while len(out) < words:
        out.extend(pool)
    return " ".join(out[:words])


def markdown(pool: Sequence[str], words: int, offset: int) -> str:
    """As bench/_fixtures.answer_file builds its answers: headings, paragraphs of 60 words."""
    per = max(1, words // len(SECTION_IDS))
    out: list[str] = []
    k = offset
    for sid in SECTION_IDS:
        chunk = [pool[(k + j) % len(pool)] for j in range(per)]
        k += per
        paras = [" ".join(chunk[i : i + 60]) for i in range(0, len(chunk), 60)]
        out += [f"## {SECTION_TITLES[sid]}", "", "\n\n".join(paras), ""]
    return "\n".join(out)


def _file(compiled: CompiledRubric, text: str) -> GradeResult:
    answer = parse_answer(text)
    if answer.has_sections:
        return grade(compiled, answer.texts())
    return grade_whole(compiled, answer.whole())


def gradings(lib: Library, dirs: Sequence[Path]) -> Iterator[tuple[str, GradeResult]]:
    source = "\n\n".join(s.reference_answer for c in lib.cases.values() for s in c.sections)
    pool = source.split()
    for case_id in sorted(lib.cases):
        case = lib.case(case_id)
        compiled = compile_rubric(lib.rubric(case_id))
        for root in dirs:
            for path in sorted((root / case_id).glob("*.md")):
                name = path.relative_to(root.parent) if root.is_relative_to(ROOT) else path
                yield f"{case_id} {name}", _file(compiled, path.read_text(encoding="utf-8"))
        references: dict[str, str] = {s.id: s.reference_answer for s in case.sections}
        yield f"{case_id} references", grade(compiled, references)
        yield f"{case_id} references whole", grade_whole(compiled, "\n\n".join(references.values()))
        for words in (500, 2000):
            yield f"{case_id} joined {words}", grade_whole(compiled, joined(pool, words))
        for offset in (0, 5000):
            yield f"{case_id} markdown {offset}", _file(compiled, markdown(pool, 2000, offset))
        for seed in range(4):
            yield f"{case_id} salad {seed}", grade_whole(compiled, salad(pool, 600, seed))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="grade_digest", description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="more folders of <case>/*.md answers")
    parser.add_argument("--lines", action="store_true", help="print one line per grading")
    args = parser.parse_args(argv)
    dirs = sorted(p for p in FIXTURES.iterdir() if p.is_dir()) + list(args.dirs)
    lib = load_library(default_sources())
    total = hashlib.sha256()
    count = 0
    for name, result in gradings(lib, dirs):
        digest = hashlib.sha256(describe(result).encode()).hexdigest()[:16]
        line = f"{digest} {name}"
        total.update(line.encode() + b"\n")
        count += 1
        if args.lines:
            print(line)
    print(f"{count} gradings, digest {total.hexdigest()[:32]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
