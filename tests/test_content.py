"""The case library holds itself to the bar in the case-library issue.

These run against the bundled content, so an author who weakens a case or rubric hears about it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from designtrainer.grading.grade import grade, grade_whole
from designtrainer.loading.library import Library
from tools.accuracy import evaluate

ROOT = Path(__file__).resolve().parent.parent
# Every case file in cases/ is held to the bar, so a new case needs no edit here.
CASE_IDS = sorted(p.stem for p in (ROOT / "cases").glob("*.yaml"))
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "answers"
# Cases with labelled answers; named here so that a missing or extra folder fails a test
# instead of silently dropping out of the parametrization.
CASES_WITH_FIXTURES = [
    "ads-ctr",
    "eta-prediction",
    "feed-ranking",
    "fraud-detection",
    "harmful-content",
    "recommendation",
    "search-ranking",
    "spam-detection",
]


def test_every_case_file_is_bundled(library: Library) -> None:
    assert len(CASE_IDS) >= 8
    assert sorted(library.cases) == CASE_IDS
    assert sorted(p.stem for p in (ROOT / "rubrics").glob("*.yaml")) == CASE_IDS
    assert not library.problems


def test_fixture_folders_are_the_named_ones() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == CASES_WITH_FIXTURES


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_case_shape(case_id: str, library: Library) -> None:
    case = library.case(case_id)
    assert len(case.clarifications) >= 6
    assert all(len(c.phrases) >= 3 for c in case.clarifications)
    assert 40 <= case.total_minutes <= 50
    assert case.tags and case.difficulty
    for s in case.sections:
        assert 3 <= len(s.guiding_questions) <= 5, s.id
        assert len(s.hints) == 3, s.id
        assert 2 <= len(s.follow_ups) <= 4, s.id
        assert s.pitfalls, s.id
        words = len(re.findall(r"\w+", s.reference_answer))
        assert 150 <= words <= 400, (s.id, words)


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_rubric_shape(case_id: str, library: Library) -> None:
    rubric = library.rubric(case_id)
    assert len(rubric.items) >= 15
    for sid in ("framing", "data", "modeling", "evaluation", "production"):
        assert len(rubric.section_items(sid)) >= 2, sid
    assert len(rubric.red_flags) >= 3
    levels = {i.level for i in rubric.items}
    assert levels == {"core", "senior", "staff"}


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_bundled_files_name_their_schema(case_id: str) -> None:
    for kind in ("cases", "rubrics"):
        first = (ROOT / kind / f"{case_id}.yaml").read_text().splitlines()[0]
        schema = "case" if kind == "cases" else "rubric"
        assert first == (
            f"# yaml-language-server: $schema=../designtrainer/schemas/{schema}.schema.json"
        )


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_reference_answers_cover_their_rubric(case_id: str, library: Library) -> None:
    case = library.case(case_id)
    result = grade(library.compiled(case_id), {s.id: s.reference_answer for s in case.sections})
    missed = [r.item.id for r in result.items if not r.met]
    assert result.score >= 0.9, missed
    assert not result.red_flags, [h.flag.id for h in result.red_flags]


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_the_question_earns_no_credit(case_id: str, library: Library) -> None:
    case = library.case(case_id)
    compiled = library.compiled(case_id)
    per_section = grade(compiled, {s.id: case.opening + "\n\n" + s.prompt for s in case.sections})
    assert per_section.score <= 0.10, [r.item.id for r in per_section.items if r.met]
    everything = "\n\n".join([case.opening, *(s.prompt for s in case.sections)])
    assert grade_whole(compiled, everything).score <= 0.10


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_drill_questions_do_not_give_the_answer_away(case_id: str, library: Library) -> None:
    # A drill question graded as if it were the answer must not earn the item it asks for.
    compiled = library.compiled(case_id)
    for item in library.rubric(case_id).items:
        if not item.question:
            continue
        result = grade(compiled, {item.section: item.question})
        own = next(r for r in result.items if r.item.id == item.id)
        assert not own.met, (item.id, [e.text for e in own.evidence])


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_the_brief_names_no_hard_parts(case_id: str, library: Library) -> None:
    # The candidate's one-line brief must not hand over rubric ideas (the summary may).
    case = library.case(case_id)
    assert case.brief
    assert grade_whole(library.compiled(case_id), case.brief).score == 0


@pytest.mark.parametrize("case_id", CASES_WITH_FIXTURES)
def test_fixtures_label_every_item_and_each_is_met_and_missed(
    case_id: str, library: Library
) -> None:
    labels = yaml.safe_load((FIXTURES / case_id / "labels.yaml").read_text())
    assert len(labels) >= 3
    ids = {i.id for i in library.rubric(case_id).items}
    for name, answer_labels in labels.items():
        assert (FIXTURES / case_id / f"{name}.md").is_file()
        assert set(answer_labels) == ids, name
    for item_id in ids:
        values = {bool(answer[item_id]) for answer in labels.values()}
        assert values == {True, False}, item_id


def test_accuracy_floor(library: Library) -> None:
    report = evaluate(FIXTURES, library)
    assert not report.missing_cases
    assert report.micro.f1 >= 0.90, f"micro F1 {report.micro.f1:.3f}"
    # nothing is ever ticked on negated evidence alone under the default policy
    for result in report.results.values():
        for r in result.items:
            if r.met and r.item.negation == "exclude":
                assert any(not e.negated for e in r.evidence), r.item.id


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_every_item_has_a_drill_question(case_id: str, library: Library) -> None:
    blank = [i.id for i in library.rubric(case_id).items if not i.question.strip()]
    assert not blank
