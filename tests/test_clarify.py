"""Clarifying questions recognised as people ask them, measured on labelled questions.

tests/fixtures/clarify/questions.yaml was written from the cases' clarification questions and
answers before their `phrases` were read; questions-blind.yaml by two people who had read neither
the matcher nor the phrases (both are tuned on); heldout.yaml was written after the matcher was
tuned and measures it on questions it was not tuned on (read only its totals while tuning). All
include questions the case does not cover, which must get the "make a reasonable assumption"
answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from designtrainer.clarify import (
    NO_MATCH_ANSWER,
    answer_for,
    answers_for,
    asked_together,
    match_clarification,
    match_parts,
    split_question,
    unasked_clarifications,
)
from designtrainer.domain.model import Case
from designtrainer.loading.library import Library

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clarify"


def _index(case: Case, needle: str) -> int:
    hits = [i for i, c in enumerate(case.clarifications) if needle.lower() in c.question.lower()]
    assert len(hits) == 1, f"{case.id}: {needle!r} names {len(hits)} clarifications"
    return hits[0]


@dataclass
class Score:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    unmatched_answered: list[str] | None = None

    @property
    def precision(self) -> float:
        answered = self.true_pos + self.false_pos
        return self.true_pos / answered if answered else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / (self.true_pos + self.false_neg)


def measure(library: Library, name: str) -> Score:
    """Every answered part is right or a false positive; every expected part found or missed."""
    data = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    score = Score(unmatched_answered=[])
    for case_id, entries in data.items():
        case = library.case(case_id)
        for entry in entries:
            expected = [
                {_index(case, alt.strip()) for alt in label.split("|")} for label in entry["expect"]
            ]
            got = [index for index, _ in match_parts(case, entry["q"])]
            for index in got:
                hit = next((e for e in expected if index in e), None)
                if hit is None:
                    score.false_pos += 1
                else:
                    expected.remove(hit)
                    score.true_pos += 1
            score.false_neg += len(expected)
            if not entry["expect"] and got:
                assert score.unmatched_answered is not None
                score.unmatched_answered.append(entry["q"])
    return score


def test_labelled_questions_cover_every_case_with_no_match_ones(library: Library) -> None:
    data = yaml.safe_load((FIXTURES / "questions.yaml").read_text(encoding="utf-8"))
    assert set(data) == set(library.cases)
    assert sum(len(v) for v in data.values()) >= 40
    for entries in data.values():
        assert any(not e["expect"] for e in entries)  # something the case does not cover
    two_part = [e for entries in data.values() for e in entries if len(e["expect"]) > 1]
    assert len(two_part) >= 6


def test_recognition_precision_and_recall(library: Library) -> None:
    # Measured: precision 0.96, recall 0.80 (the earlier whole-phrase matcher: 0.80 / 0.65,
    # and it answered 4 of the 16 questions the cases do not cover). With the six later cases'
    # 37 questions: precision 0.95, recall 0.87. With slips, subject words, listed topics,
    # general ways of asking, covering a clarification's question and case phrases:
    # precision 0.957, recall 0.924.
    score = measure(library, "questions.yaml")
    assert score.precision >= 0.95
    assert score.recall >= 0.9
    assert score.unmatched_answered == []


def test_recognition_on_questions_written_blind(library: Library) -> None:
    # Measured before tuning on them: precision 0.946, recall 0.848 (main before this: 0.945 /
    # 0.832); after: precision 0.960, recall 0.952.
    score = measure(library, "questions-blind.yaml")
    assert score.precision >= 0.95
    assert score.recall >= 0.9
    assert score.unmatched_answered == []


def test_recognition_on_questions_it_was_not_tuned_on(library: Library) -> None:
    # Measured: precision 0.86, recall 0.64 (the earlier matcher: 0.68 / 0.61, and it answered
    # 3 of the 9 questions the cases do not cover). Quantity words ("how many", "how often",
    # "daily active") read as scale since: precision 0.81, recall 0.61. After the blind
    # questions' tuning: precision 0.80, recall 0.71 (17 -> 20 of 28 found, 4 -> 5 wrong).
    score = measure(library, "heldout.yaml")
    assert score.precision >= 0.8
    assert score.recall >= 0.7
    assert score.unmatched_answered == []


def test_recognition_on_a_second_held_out_set(library: Library) -> None:
    # heldout-2.yaml: 84 questions written blind from the case briefs, kept from the people
    # tuning the matcher. Measured on the matcher before the blind tuning questions: precision
    # 0.94, recall 0.84 (68 of 81 found, 4 wrong); after: precision 0.95, recall 0.90 (73, 4).
    score = measure(library, "heldout-2.yaml")
    assert score.precision >= 0.9
    assert score.recall >= 0.85
    assert score.unmatched_answered == []


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("When do we actually learn that a transaction was fraudulent?", "labels come from"),
        ("How long until we know a payment was fraud?", "labels come from"),
        ("What fraction of payments are fraudulent?", "base rate"),
    ],
)
def test_the_questions_from_the_issue_get_the_case_answer(
    library: Library, question: str, needle: str
) -> None:
    case = library.case("fraud-detection")
    index = _index(case, needle)
    assert answers_for(case, question) == [(index, case.clarifications[index].answer)]
    assert answer_for(case, question) == (index, case.clarifications[index].answer)
    assert match_clarification(case, question) == index


def test_a_two_part_question_gets_both_answers_in_the_order_asked(library: Library) -> None:
    case = library.case("fraud-detection")
    question = "How many transactions per second, and how quickly do we learn about fraud?"
    scale, labels = _index(case, "How many transactions"), _index(case, "labels come from")
    assert [i for i, _ in answers_for(case, question)] == [scale, labels]
    # the first answer alone, for callers that show one
    assert answer_for(case, question)[0] == scale


@pytest.mark.parametrize(
    ("question", "needles"),
    [
        ("latency budget and labels?", ["How fast does a decision", "labels come from"]),
        ("volume, latency, labels?", ["How many transactions", "How fast", "labels come from"]),
        ("What's the peak QPS and the latency budget?", ["How many transactions", "How fast"]),
        ("What's the volume, latency and label delay?", ["How many", "How fast", "labels come"]),
    ],
)
def test_each_topic_of_a_terse_list_gets_its_answer(
    library: Library, question: str, needles: list[str]
) -> None:
    case = library.case("fraud-detection")
    assert [i for i, _ in match_parts(case, question)] == [_index(case, n) for n in needles]


@pytest.mark.parametrize(
    ("case_id", "question", "needle"),
    [
        # pieces of one topic, listed
        ("harmful-content", "Which harms are in scope: hate speech, nudity and scams?", "in scope"),
        ("feed-ranking", "How many users and posts are we talking about?", "How many users"),
        # an aside after a comma says more about the same question
        ("people-you-may-know", "What counts as success here, more accepted connections?", "goal"),
    ],
)
def test_a_list_or_an_aside_about_one_topic_gets_one_answer(
    library: Library, case_id: str, question: str, needle: str
) -> None:
    case = library.case(case_id)
    assert [i for i, _ in match_parts(case, question)] == [_index(case, needle)]


def test_two_parts_about_one_clarification_get_it_once(library: Library) -> None:
    case = library.case("ads-ctr")
    got = answers_for(case, "Is it a second-price auction? Do advertisers pay per click?")
    assert [i for i, _ in got] == [_index(case, "advertisers pay")]


def test_unrecognised_questions_get_the_assumption_answer(library: Library) -> None:
    case = library.case("fraud-detection")
    for question in ("Do we accept crypto payments too?", "What colour is the logo?", "?", ""):
        assert answers_for(case, question) == [(None, NO_MATCH_ANSWER)]
        assert answer_for(case, question) == (None, NO_MATCH_ANSWER)
        assert match_clarification(case, question) is None


def test_split_question_cuts_where_a_new_question_starts() -> None:
    assert split_question("How many transactions per second, and how quickly do we learn?") == [
        "How many transactions per second",
        "and how quickly do we learn",
    ]
    assert split_question("What's the latency budget? Also, is a courier assigned?") == [
        "What's the latency budget",
        "Also, is a courier assigned",
    ]
    # a list inside one question is not a new question
    assert split_question("Which harms are in scope: hate speech, nudity and scams?") == [
        "Which harms are in scope: hate speech, nudity and scams"
    ]
    assert split_question("Users and posts, how many?") == ["Users and posts", "how many"]
    assert split_question("  ?? ") == []


def test_unasked_clarifications_are_the_rest_in_case_order(library: Library) -> None:
    case = library.case("fraud-detection")
    n = len(case.clarifications)
    assert unasked_clarifications(case, []) == list(range(n))
    assert unasked_clarifications(case, [None, 2, 0, 2]) == [i for i in range(n) if i not in {0, 2}]
    # an index from an older version of the case is ignored, not an error
    assert unasked_clarifications(case, [n + 5]) == list(range(n))


async def test_the_brief_answers_each_part_and_keeps_them_on_resume(
    tmp_path: Path, library: Library
) -> None:
    from textual.widgets import Input, Static
    from tui_helpers import opened, settle

    from designtrainer.tui.screens.brief import BriefScreen

    case = library.case("fraud-detection")
    question = "How many transactions per second, and how quickly do we learn about fraud?"
    async with opened(tmp_path, library) as (app, pilot):
        attempt_id = app.store.start_attempt(case.id, case.title, "solo")
        brief = BriefScreen(case, attempt_id)
        await app.push_screen(brief)
        await settle(pilot)
        brief.query_one(Input).value = question
        await pilot.press("enter")
        await settle(pilot)
        attempt = app.store.get(attempt_id)
        assert attempt is not None
        expected = [(i, case.clarifications[i].answer) for i, _ in match_parts(case, question)]
        assert [(q.clarification, q.answer) for q in attempt.questions] == expected
        assert [q.question for q in attempt.questions] == [question, question]
        shown = [str(w.render()) for w in brief.query(Static)]
        assert sum(question in s for s in shown) == 1  # asked once, answered twice
        assert all(any(a[:40] in s for s in shown) for _, a in expected)
        # reopened (resume): the question once, then both answers
        again = BriefScreen(case, attempt_id)
        await app.push_screen(again)
        await settle(pilot)
        shown = [str(w.render()) for w in again.query(Static)]
        assert sum(question in s for s in shown) == 1
        assert all(any(a[:40] in s for s in shown) for _, a in expected)


@pytest.mark.parametrize(
    ("case_id", "question", "needle"),
    [
        ("fraud-detection", "latncy budget?", "How fast does a decision"),
        ("fraud-detection", "Where do the lables come from?", "labels come from"),
        ("spam-detection", "What percantage of mail is spam?", "fraction of the mail"),
    ],
)
def test_a_slip_is_read_as_the_word_meant(
    library: Library, case_id: str, question: str, needle: str
) -> None:
    case = library.case(case_id)
    assert match_clarification(case, question) == _index(case, needle)


def test_a_plural_is_not_read_as_a_slip_for_another_word(library: Library) -> None:
    # "stories" is one letter from "stores" (of "feature store"), but it is a word of its own
    case = library.case("feed-ranking")
    assert match_clarification(case, "Do we show stories too?") is None


def test_the_cases_own_subject_words_do_not_hide_the_topic(library: Library) -> None:
    # "detection" is no clarification's word, but the case is about detecting harmful content:
    # it weighs little, so "already have" still finds what exists today. A word the case never
    # uses at all ("crypto") still keeps a question unanswered (asked with "already", it would
    # be answered with what exists today).
    case = library.case("harmful-content")
    assert match_clarification(case, "What detection do we already have?") == _index(
        case, "What exists today"
    )
    assert match_clarification(case, "Do we moderate crypto ads?") is None


@pytest.mark.parametrize(
    ("case_id", "question", "needle"),
    [
        # general English: abbreviations, "share of", a latency "target", a plural acronym
        ("ads-ctr", "whats the avg ctr roughly", "typical click-through"),
        ("spam-detection", "What share of mail is spam?", "fraction of the mail"),
        ("search-ranking", "What's the latency target?", "latency budget"),
        ("eta-prediction", "peak estimates per sec?", "How big is this"),
        ("rag-assistant", "Which LLMs can we use?", "which models"),
        # "can't" and "end to end" say nothing about which topic
        ("people-you-may-know", "What can't we reveal in a suggestion?", "privacy rules"),
        ("visual-search", "What's the latency target end to end?", "How fast do results"),
    ],
)
def test_general_ways_of_asking(library: Library, case_id: str, question: str, needle: str) -> None:
    case = library.case(case_id)
    assert [i for i, _ in match_parts(case, question)] == [_index(case, needle)]


def test_a_part_that_refers_back_goes_on_about_the_same_clarification(library: Library) -> None:
    case = library.case("spam-detection")
    labels = _index(case, "What labels do we have")
    question = "Where do labels come from, and how quickly do they show up?"
    assert [i for i, _ in match_parts(case, question)] == [labels]
    # without a reference back, the second part is a question of its own
    question = "Where do labels come from, and how quickly do we classify?"
    assert [i for i, _ in match_parts(case, question)] == [
        labels,
        _index(case, "How fast does the classification"),
    ]


def test_a_question_asking_all_a_clarification_asks_is_answered(library: Library) -> None:
    # "engine" is a word the case never uses, so "current" and "search" explain too little of
    # the question alone; but they are all that "What does search look like today?" asks.
    case = library.case("search-ranking")
    assert match_clarification(case, "What's the current search engine?") == _index(
        case, "What does search look like today"
    )
    # covering a clarification's words is not enough when the rest is a topic of its own
    assert match_clarification(case, "Do we support voice search today?") is None


async def test_the_summary_history_and_export_name_the_clarifications_not_asked(
    tmp_path: Path, library: Library
) -> None:
    from textual.widgets import Markdown
    from tui_helpers import opened, settle

    from designtrainer.render.export import attempt_markdown
    from designtrainer.render.summary import summary_markdown
    from designtrainer.store import codec
    from designtrainer.store.db import Store
    from designtrainer.tui.screens.history import AttemptView
    from designtrainer.tui.screens.summary import SummaryScreen

    case = library.case("fraud-detection")
    question = "latency budget and labels?"
    asked = [i for i, _ in match_parts(case, question)]
    assert len(asked) == 2
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt(case.id, case.title)
    for index in asked:
        store.add_question(aid, question, case.clarifications[index].answer, index)
    store.finish(aid, codec.result_from_json({"sections": []}))
    store.close()
    not_asked = [c.question for i, c in enumerate(case.clarifications) if i not in asked]

    def unasked_list(text: str) -> list[str]:
        assert "not ask" in text
        part = text[text.index("not ask") :]
        return [line[2:].replace("\\", "") for line in part.splitlines() if line[:2] == "- "]

    async with opened(tmp_path, library) as (app, pilot):
        for screen in (SummaryScreen(aid, read_only=True), AttemptView(aid)):
            await app.push_screen(screen)
            await settle(pilot)
            text = screen.query_one(Markdown).source
            assert unasked_list(text)[: len(not_asked)] == not_asked, type(screen).__name__
            app.pop_screen()
            await settle(pilot)
        attempt = app.store.get(aid)
        assert attempt is not None
    exported = attempt_markdown(attempt, case)
    assert unasked_list(exported)[: len(not_asked)] == not_asked
    # one question with two answers: counted and shown once, each answer on its own line
    summary = summary_markdown(attempt, {}, case)
    assert "clarifying questions 1" in summary
    for text in (summary, exported):
        assert text.split("<!--")[0].count(question) == 1  # the JSON keeps every row
        assert all(case.clarifications[i].answer[:40] in text for i in asked)
    first, second = (case.clarifications[i].answer for i in asked)
    assert f"{first}\\\n  **A:** {second}" in exported
    assert f"{first}\\\n  {second}" in summary


def test_questions_asked_together_are_grouped() -> None:
    rows = [("a and b?", "A"), ("a and b?", "B"), ("c?", "C"), ("a and b?", "A")]
    # asked again later, it is a question of its own
    assert asked_together(rows) == [("a and b?", ["A", "B"]), ("c?", ["C"]), ("a and b?", ["A"])]
    assert asked_together([]) == []


_MARKUP = {
    "bold": "**{}**",
    "underscores": "__{}__",
    "italic": "*{}*",
    "backticks": "`{}`",
    "bullet": "- {}",
    "star bullet": "* {}",
    "numbered": "1. {}",
    "quote": "> {}",
    "heading": "### {}",
    "bold bullet": "- **{}**",
}


@pytest.mark.parametrize("form", _MARKUP.values(), ids=_MARKUP.keys())
def test_a_question_in_markdown_markup_is_answered_as_the_plain_one(
    library: Library, form: str
) -> None:
    """People paste questions from their notes: `**What fraction of payments are fraud?**`,
    a bullet, a quote. The markup is no topic; each is answered as the plain question is."""
    questions = yaml.safe_load((FIXTURES / "questions.yaml").read_text(encoding="utf-8"))
    for case_id, entries in questions.items():
        case = library.case(case_id)
        for entry in entries[:6]:
            plain = [index for index, _ in answers_for(case, entry["q"])]
            marked = [index for index, _ in answers_for(case, form.format(entry["q"]))]
            assert marked == plain, (case_id, form.format(entry["q"]))
