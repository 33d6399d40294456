"""`Words.clause_start` / `clause_end`: the clause around a word, bounded by punctuation or a
line break and by its sentence's first and last words (the stance and commitment readings
ask for it around a mistake's words)."""

from __future__ import annotations

from designtrainer.grading.words import tokenize

TEXT = "Although it looks good offline, we shuffle the rows (all of them) - then split 80/20."


def test_a_clause_runs_between_the_boundaries_around_its_word() -> None:
    words = tokenize(TEXT)
    at = words.words.index
    last = len(words) - 1
    assert words.clause_start(0, at("looks")) == 0
    assert words.clause_end(at("looks"), last) == at("offline")
    assert words.clause_start(0, at("rows")) == at("we")
    assert words.clause_end(at("shuffle"), last) == at("rows")
    assert (words.clause_start(0, at("all")), words.clause_end(at("all"), last)) == (
        at("all"),
        at("them"),
    )
    assert words.clause_start(0, at("split")) == at("then")
    assert words.clause_end(at("then"), last) == last


def test_a_clause_stops_at_the_bounds_given() -> None:
    words = tokenize(TEXT)
    at = words.words.index
    assert words.clause_start(at("good"), at("offline")) == at("good")
    assert words.clause_end(at("it"), at("looks")) == at("looks")
