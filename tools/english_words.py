"""Rebuild designtrainer/grading/english-words.txt: English words that are not slips.

Not part of the installed package: a development tool, run from a checkout with a word list
installed (Debian's `wamerican` and `wbritish`: `.venv/bin/python tools/english_words.py
[WORDLIST ...]`).

The typo reader takes a word one slip from a rubric form as that form ("calibraton" is
"calibration"). A correctly spelled English word is no slip: "poison" is not "poisson",
"action" is not "auction", "adopted" is not "adapted". The checker ships the English words
(as it spells them: lower case, American spelling) that some vocabulary of the bundled
library would read as a slip: its rubrics' phrases and its cases' clarifying questions.
That is 3,100 words, read only when a slip is found; the whole list (60,000 words
of 6+ letters) would cost the checker ten times the memory for words no rubric comes near.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from designtrainer.clarify import _profile
from designtrainer.grading.typos import FUZZY_MAX_LENGTH, FUZZY_MIN_LENGTH, Vocabulary, _inflected
from designtrainer.grading.words import normalize_word, stem
from designtrainer.loading.library import default_sources, load_library

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "designtrainer" / "grading" / "english-words.txt"
DEFAULT_LISTS = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")
HEADER = (
    "# English words one slip from a word of the bundled rubrics or clarifying questions: never\n"
    "# read as a typo of it. Built by tools/english_words.py from Debian's wamerican and\n"
    "# wbritish.\n"
    "# The words come from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, whose\n"
    "# notice follows. Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify,\n"
    "# distribute and sell these word lists, the associated scripts, the output created from the\n"
    "# scripts, and its documentation for any purpose is hereby granted without fee, provided\n"
    "# that the above copyright notice appears in all copies and that both that copyright notice\n"
    "# and this permission notice appear in supporting documentation. Kevin Atkinson makes no\n"
    '# representations about the suitability of this array for any purpose. It is provided "as\n'
    '# is" without express or implied warranty.\n'
)


def _english(paths: list[str]) -> set[str]:
    shape = re.compile(rf"[a-z]{{{FUZZY_MIN_LENGTH},{FUZZY_MAX_LENGTH}}}")
    words = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").split():
            if shape.fullmatch(line):  # lower case only: no names, no possessives
                words.add(normalize_word(line))
    return words


def _slips(words: set[str], vocabularies: list[Vocabulary]) -> list[str]:
    """The words some vocabulary reads as a slip, without the shipped list applied."""
    found = set()
    for vocabulary in vocabularies:
        for word in words:
            if stem(word) in vocabulary.stems:
                continue  # the vocabulary's own word (or a form of it): read as itself
            slip = vocabulary.slip_for(word)
            if slip is not None and stem(slip) != stem(word) and not _inflected(word, slip):
                found.add(word)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lists", nargs="*", default=list(DEFAULT_LISTS))
    args = parser.parse_args(argv)
    lib = load_library(default_sources())
    vocabularies = [lib.compiled(case).vocabulary for case in sorted(lib.cases)]
    vocabularies += [_profile(lib.cases[case]).vocabulary for case in sorted(lib.cases)]
    words = _slips(_english(args.lists), vocabularies)
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
