"""PyStemmer (Snowball's C build) is what snowballstemmer runs, and it stems like the pure-Python
build: grading a text gives the same result whichever is installed.

The words are every word of the bundled cases, rubrics and answer fixtures, and the inflected
forms the checker's typo index stems for each (so 12,000+ words, all the checker meets here).
"""

from __future__ import annotations

import re
from pathlib import Path

import snowballstemmer
import Stemmer
from snowballstemmer.english_stemmer import EnglishStemmer

from designtrainer.grading.typos import _INFLECTIONS

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def _words() -> list[str]:
    files = [*ROOT.glob("cases/*.yaml"), *ROOT.glob("rubrics/*.yaml")]
    files += [p for p in (ROOT / "tests" / "fixtures" / "answers").rglob("*") if p.is_file()]
    words: set[str] = set()
    for path in files:
        words.update(WORD.findall(path.read_text(encoding="utf-8").lower()))
    return sorted(words | {w + suffix for w in words for suffix in _INFLECTIONS})


def test_snowballstemmer_runs_the_c_build() -> None:
    assert isinstance(snowballstemmer.stemmer("english"), Stemmer.Stemmer)


def test_the_c_and_python_builds_stem_every_word_alike() -> None:
    words = _words()
    assert len(words) > 10_000
    c_build, python_build = Stemmer.Stemmer("english"), EnglishStemmer()
    differ = [w for w in words if c_build.stemWord(w) != python_build.stemWord(w)]
    assert differ == []
    assert python_build.stemWord("retraining") == c_build.stemWord("retraining") == "retrain"


def test_stems_keys_a_texts_words_or_each_word_given() -> None:
    """`stems` is the one way the grading modules build their word lists: a text is split on
    whitespace, anything else is taken word by word, and each word gets `stem`'s key."""
    from designtrainer.grading.words import stem, stems

    assert stems("Leaving  left\nleaves") == frozenset({stem("leaving"), stem("left")})
    assert stems(("leaving", "left", "leaves")) == stems("leaving left leaves")
    assert stems(["retraining", "retrained"]) == frozenset({"retrain"})
    assert stems("") == frozenset()


def test_plain_spells_a_word_as_the_word_lists_do() -> None:
    """The grading modules compare a word with their lists through `plain`: a typographic
    apostrophe and capitals must not hide "I'd" or "Don't"."""
    from designtrainer.grading.words import plain

    assert plain("I\u2019D") == "i'd"
    assert plain("Don't") == "don't"
    assert plain("Colour") == "colour"  # no spelling change: that is normalize_word's job


def test_compiling_leaves_the_stem_cache_as_it_found_it() -> None:
    """Compiling stems thousands of phrase words the compiled rubric no longer asks about:
    they are not kept in the stem cache through a session (issue 12, memory)."""
    from designtrainer.grading import words
    from designtrainer.grading.compiled import compile_rubric
    from designtrainer.loading.library import default_sources, load_library

    rubric = load_library(default_sources()).rubric("eta-prediction")
    words.stem("retraining")
    before = dict(words._STEM_CACHE)
    compiled = compile_rubric(rubric)
    assert before == words._STEM_CACHE
    assert len(compiled.vocabulary.stems) > 500
