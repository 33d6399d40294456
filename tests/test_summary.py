"""The attempt summary: named ideas listed with their why, credit and flags from other sections."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library
from designtrainer.render.summary import summary_markdown
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store

KEYWORDS = "feature store, streaming, drift monitoring, retraining"
GOAL = "The goal is cutting fraud losses while keeping false declines low for good customers."
ACCURACY = "We measure accuracy on the test set and aim for 99%."


def mixed_attempt(tmp_path: Path, library: Library) -> Attempt:
    """Keywords under Production, the business goal under Modeling, accuracy under Modeling;
    the accuracy flag is stored as found under Modeling although it is about Evaluation."""
    case = library.case("fraud-detection")
    answers = {"production": KEYWORDS, "modeling": f"{GOAL} {ACCURACY}"}
    result = grade(library.compiled(case.id), answers)
    assert result.red_flags and result.red_flags[0].flag.id == "accuracy-as-metric"
    result = replace(result, red_flags=(replace(result.red_flags[0], found_in="modeling"),))
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt(case.id, case.title, "solo")
    for sid, text in answers.items():
        store.save_answer(aid, sid, text)
    store.finish(aid, result)
    attempt = store.get(aid)
    assert attempt is not None and attempt.result is not None
    return attempt


def _part(text: str, heading: str) -> list[str]:
    """The bullet lines under a `## heading` (up to the next heading)."""
    rest = text[text.index(f"## {heading}") :].split("\n## ", 1)[0]
    return [line for line in rest.splitlines() if line.startswith("- ")]


def test_summary_lists_ideas_named_without_saying_why(tmp_path: Path, library: Library) -> None:
    attempt = mixed_attempt(tmp_path, library)
    assert attempt.result is not None
    named = attempt.result.named
    assert {r.item.id for r in named} >= {"drift-monitoring", "retraining"}
    text = summary_markdown(attempt, {})
    noun = "ideas" if len(named) > 1 else "idea"
    lines = _part(text, f"{len(named)} {noun} named without saying why")
    assert len(lines) == len(named)
    for r, line in zip(named, lines, strict=True):
        assert line.startswith(f"- **{r.item.label}** (Production, {r.item.level}): ")
        assert " ".join(r.item.why.split()).replace("*", "\\*") in line
    # named is not missed: those items are not repeated under what was missed
    missed = "\n".join(_part(text, "What you missed"))
    assert all(f"**{r.item.label}**" not in missed for r in named)


def test_summary_marks_items_and_flags_found_in_another_section(
    tmp_path: Path, library: Library
) -> None:
    attempt = mixed_attempt(tmp_path, library)
    text = summary_markdown(attempt, {})
    credited = _part(text, "Credited from another section")
    assert any(
        line.startswith("- **") and "(Problem framing) (found under Modeling)" in line
        for line in credited
    )
    flags = _part(text, "Red flags")
    assert len(flags) == 1 and flags[0].endswith("(found under Modeling)")


def test_summary_without_named_or_elsewhere_says_nothing_of_them(
    tmp_path: Path, library: Library
) -> None:
    case = library.case("fraud-detection")
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt(case.id, case.title, "solo")
    store.save_answer(aid, "framing", GOAL)
    store.finish(aid, grade(library.compiled(case.id), {"framing": GOAL}))
    attempt = store.get(aid)
    assert attempt is not None
    text = summary_markdown(attempt, {})
    assert "named without saying why" not in text
    assert "Credited from another section" not in text and "found under" not in text


def test_export_task_list_tells_named_from_met_and_says_where(
    tmp_path: Path, library: Library
) -> None:
    from designtrainer.io.importing import parse_exported
    from designtrainer.render.export import attempt_html, attempt_markdown

    attempt = mixed_attempt(tmp_path, library)
    assert attempt.result is not None
    text = attempt_markdown(attempt, None)
    lines = text.splitlines()

    def line_of(label: str) -> str:
        return next(
            line for line in lines if line.startswith(("- [x] ", "- [ ] ")) and label in line
        )

    named = attempt.result.named
    assert f"- {len(named)} ideas named without saying why" in lines
    for r in named:
        line = line_of(r.item.label)
        assert line.startswith(f'- [ ] {r.item.label} — named, not explained: "')
        assert line.endswith(f" — {' '.join(r.item.why.split())}")
    goal = attempt.result.item("business-objective")
    line = line_of(goal.item.label)
    assert line.startswith("- [x] ") and line.endswith("(found under Modeling)")
    html = attempt_html(attempt, None)
    assert "named, not explained" in html and "(found under Modeling)" in html
    # the rubric is never read back: the answers are, byte for byte
    assert parse_exported(text).answers == {sid: attempt.section(sid).answer for sid in SECTION_IDS}


def test_a_quote_keeps_to_the_paragraph_of_its_phrase() -> None:
    """A section's text is its paragraphs, then any text under no known heading (a title):
    the quote's context never runs across the blank line between them."""
    from designtrainer.grading.results import Evidence
    from designtrainer.render.report import quote

    source = "Split by time, since a random split leaks. MAE in minutes.\n\n# ETA\n\nOther notes"
    start = source.index("MAE")
    ev = Evidence("MAE", start, start + 3, "evaluation", "mae")
    got = quote(ev, source)
    assert got.startswith("…") and got.endswith("split leaks. MAE in minutes."), got
    first = Evidence("Split", 0, 5, "evaluation", "split")
    assert quote(first, source).startswith("Split by time")
    lone = "Other notes"
    ev = Evidence("notes", source.index("notes"), len(source), "evaluation", "notes")
    assert quote(ev, source) == lone


def test_phrases_of_one_stretch_make_one_quote_with_their_notes() -> None:
    """An idea's phrase groups in one sentence are quoted once, in reading order; phrases far
    apart, or in another paragraph, keep quotes of their own."""
    from designtrainer.grading.results import Evidence
    from designtrainer.render.report import quotes

    text = (
        "Being late hurts trust far more than being early, so we track late orders.\n\n"
        + "Filler words " * 20
        + "and the tail error."
    )

    def ev(word: str, fuzzy: str | None = None) -> Evidence:
        at = text.index(word)
        return Evidence(word, at, at + len(word), "evaluation", word, fuzzy=fuzzy)

    got = quotes([ev("early"), ev("late", fuzzy="lateness"), ev("tail")], {"evaluation": text}.get)
    assert len(got) == 2
    (first, note), (second, _) = got
    assert "late hurts trust far more than being early" in first
    assert note == " (read as 'lateness')"
    assert "tail error" in second and "early" not in second
    assert [q for q, _ in quotes([ev("late")], {}.get)] == ["late"]  # no text: the phrase alone
