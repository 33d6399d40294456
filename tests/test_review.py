"""Learning over time, the core: cards from attempts, FSRS scheduling, due order, progress,
comparison. "Now" is always passed in; nothing here reads the wall clock for its assertions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from designtrainer.domain.cards import CardRecord
from designtrainer.grading.grade import grade
from designtrainer.grading.results import GradeResult, ItemResult
from designtrainer.loading.library import Library
from designtrainer.review import compare as cmp
from designtrainer.review.cards import rating_for, record_attempt, record_drill, sync_attempts
from designtrainer.review.drill import (
    grade_answer,
    next_due,
    plan_drill,
    question_for,
    reference_excerpt,
)
from designtrainer.review.progress import heat_map, progress_rows, weakest_items
from designtrainer.review.schedule import due_now, due_soon, interleave, preview, schedule
from designtrainer.review.stored import StoredItem, read_result
from designtrainer.store import codec
from designtrainer.store.attempt import Attempt
from designtrainer.store.db import Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CASE = "fraud-detection"
DATA = (
    "Labels come from chargebacks that arrive 30 to 90 days late, so recent data is unlabelled. "
    "Fraud is rare, about 0.1%, a heavy class imbalance."
)


def _store(tmp_path: Path) -> Store:
    return Store(tmp_path / "db.sqlite3")


def _solo(
    store: Store, library: Library, answers: dict[str, str], hints: dict[str, int] | None = None
) -> Attempt:
    aid = store.start_attempt(CASE, library.case(CASE).title)
    for sid, text in answers.items():
        store.save_answer(aid, sid, text)
    for sid, n in (hints or {}).items():
        for _ in range(n):
            store.use_hint(aid, sid)
    store.finish(aid, grade(library.compiled(CASE), answers))
    attempt = store.get(aid)
    assert attempt is not None
    return attempt


# -- rating ------------------------------------------------------------------------------------


def test_rating_from_met_and_hints(library: Library) -> None:
    item = library.rubric(CASE).items[0]
    assert rating_for(ItemResult(item, False, ()), 0) == "again"
    assert rating_for(ItemResult(item, True, ()), 0) == "good"
    assert rating_for(ItemResult(item, True, ()), 2) == "hard"
    assert rating_for(ItemResult(item, False, ()), 2) == "again"
    stored = StoredItem("x", "data", "X", met=True)
    assert rating_for(stored, 0) == "good"


def test_named_but_not_explained_is_hard(library: Library) -> None:
    item = library.rubric(CASE).items[0]
    named = ItemResult(item, False, (), named=True)
    assert rating_for(named, 0) == "hard"


def test_stored_named_state_is_hard() -> None:
    # Once results carry the state, the stored reader passes it on and it rates hard.
    [item] = read_result(
        codec.result_from_json(
            {
                "score": 0.5,
                "sections": [
                    {
                        "id": "data",
                        "score": 0.5,
                        "items": [{"id": "x", "label": "X", "met": False, "state": "named"}],
                    }
                ],
            }
        )
    ).items  # type: ignore[union-attr]
    assert item.state == "named" and rating_for(item, 0) == "hard"


# -- the stored reader -------------------------------------------------------------------------


def test_read_result_tolerates_damage() -> None:
    assert read_result(None) is None
    damage: list[str] = []
    assert codec.result_from_json({"score": "high", "sections": "none"}, damage) is None
    assert codec.result_from_json({"score": 0.5, "sections": "none"}, damage) is None
    assert damage == [
        "its stored score is damaged (not a number) and is left out",
        "its stored grade is damaged (it has no sections) and is left out",
    ]
    result = read_result(
        codec.result_from_json(
            {
                "score": 0.4,
                "sections": [
                    {"id": "data", "score": 0.4, "items": [{"id": "a", "met": True}, "junk", {}]},
                    {"id": "nonsense", "items": [{"id": "b"}]},
                ],
                "levels": {"core": {"verdict": "core bar not met"}, "staff": 3},
            }
        )
    )
    assert result is not None
    assert [(i.id, i.label, i.met) for i in result.items] == [("a", "a", True)]
    # Verdicts are worked out from the items kept, not taken from the damaged row.
    assert result.verdicts[0] == ("core", "core bar met (1 of 1 core items)")


# -- cards from attempts -----------------------------------------------------------------------


def test_attempt_reviews_attempted_sections_once(tmp_path: Path, library: Library) -> None:
    store = _store(tmp_path)
    attempt = _solo(store, library, {"data": DATA}, hints={"data": 1})
    done = record_attempt(store, attempt, now=T0)
    data_items = {i.id for i in library.rubric(CASE).section_items("data")}
    assert {card.item_id for card, _ in done} == data_items  # framing etc. were not attempted
    ratings = {card.item_id: card.last_rating for card, _ in done}
    assert ratings["label-delay"] == "hard"  # met, but a hint was used in the section
    assert ratings["label-noise"] == "again"
    assert all(log.source == "solo" and log.attempt_id == attempt.id for _, log in done)
    # Finishing twice, or a sync later, never reviews the same attempt again.
    assert record_attempt(store, attempt, now=T0 + timedelta(days=1)) == []
    assert sync_attempts(store) == 0
    assert len(store.review_log()) == len(data_items)


def test_met_without_hints_is_good_and_missed_comes_back_first(
    tmp_path: Path, library: Library
) -> None:
    store = _store(tmp_path)
    record_attempt(store, _solo(store, library, {"data": DATA}), now=T0)
    cards = {c.item_id: c for c in store.cards(CASE)}
    assert cards["label-delay"].last_rating == "good"
    assert cards["label-noise"].last_rating == "again"
    assert cards["label-noise"].due < cards["label-delay"].due
    assert cards["label-noise"].due == (T0 + timedelta(days=1)).timestamp()
    # The FSRS state round-trips through the store.
    assert cards["label-delay"].fsrs["last_review"] == T0.isoformat()


def test_sync_records_old_attempts_dated_when_they_were_finished(
    tmp_path: Path, library: Library
) -> None:
    store = _store(tmp_path)
    attempt = _solo(store, library, {"data": DATA})
    assert attempt.finished_at is not None
    assert sync_attempts(store) == 1
    [first, *_] = store.review_log()
    assert first.reviewed_at == pytest.approx(attempt.finished_at)
    assert sync_attempts(store) == 0


def test_unfinished_attempt_is_not_reviewed(tmp_path: Path, library: Library) -> None:
    store = _store(tmp_path)
    aid = store.start_attempt(CASE, "Fraud")
    store.save_answer(aid, "data", DATA)
    attempt = store.get(aid)
    assert attempt is not None
    assert record_attempt(store, attempt, now=T0) == []
    assert store.cards() == []


# -- scheduling --------------------------------------------------------------------------------


def test_fsrs_intervals_grow_with_good_and_shrink_with_again() -> None:
    key = (CASE, "label-delay")
    card, _ = schedule(key, None, "good", T0, section="data", label="L", source="drill")
    first = card.due - T0.timestamp()
    later = T0 + timedelta(seconds=first)
    card2, log = schedule(key, card, "good", later, section="data", label="L", source="drill")
    assert card2.due - later.timestamp() > first  # remembered again: a longer interval
    assert card2.reviews == 2 and log.due_after == card2.due
    lapsed, _ = schedule(key, card2, "again", later, section="data", label="L", source="drill")
    assert lapsed.due - later.timestamp() < card2.due - later.timestamp()
    ahead = preview(card2, later)
    assert ahead["again"] < ahead["hard"] <= ahead["good"] < ahead["easy"]


def test_damaged_fsrs_state_starts_the_card_again() -> None:
    broken = CardRecord(CASE, "x", "data", "X", {"state": "?"}, 0.0)
    card, _ = schedule((CASE, "x"), broken, "again", T0, section="data", label="X", source="drill")
    assert card.due == (T0 + timedelta(days=1)).timestamp()


def _card(case: str, item: str, due: datetime) -> CardRecord:
    return CardRecord(case, item, "data", item, {}, due.timestamp())


def test_due_cards_are_interleaved_across_cases_most_overdue_first() -> None:
    cards = [
        _card("a", "1", T0 - timedelta(days=5)),
        _card("a", "2", T0 - timedelta(days=4)),
        _card("a", "3", T0 - timedelta(days=3)),
        _card("b", "1", T0 - timedelta(days=2)),
        _card("b", "2", T0 - timedelta(days=1)),
        _card("c", "1", T0 + timedelta(days=2)),
        _card("c", "2", T0 + timedelta(days=9)),
    ]
    order = [(c.case_id, c.item_id) for c in due_now(cards, T0)]
    assert order == [("a", "1"), ("b", "1"), ("a", "2"), ("b", "2"), ("a", "3")]
    assert [(c.case_id, c.item_id) for c in due_now(cards, T0, limit=3)] == [
        ("a", "1"),
        ("a", "2"),
        ("a", "3"),
    ]
    assert [c.item_id for c in due_soon(cards, T0)] == ["1"]  # c/2 is beyond a week
    assert len(interleave(cards)) == len(cards)


# -- drill -------------------------------------------------------------------------------------


def test_plan_drill_due_then_new_items_of_a_case(tmp_path: Path, library: Library) -> None:
    store = _store(tmp_path)
    record_attempt(store, _solo(store, library, {"data": DATA}), now=T0)
    later = T0 + timedelta(days=1, hours=1)
    plan = plan_drill(library, store.cards(), later)
    missed = {c.item_id for c in store.cards() if c.last_rating == "again"}
    assert {c.item.id for c in plan.cards} == missed
    assert all(c.record is not None for c in plan.cards)
    with_new = plan_drill(library, store.cards(), later, case_id=CASE, limit=6)
    assert len(with_new.cards) == 6
    fresh = [c for c in with_new.cards if c.record is None]
    assert fresh and all(c.item.section != "data" for c in fresh)
    assert fresh[0].item.level == "core"
    assert plan_drill(library, store.cards(), T0).cards == ()  # nothing due yet


def test_one_chosen_card_even_when_not_due(tmp_path: Path, library: Library) -> None:
    plan = plan_drill(library, [], T0, case_id=CASE, item_id="label-noise")
    assert [c.item.id for c in plan.cards] == ["label-noise"]


def test_the_next_card_due_is_one_the_drill_would_show(library: Library) -> None:
    """A card whose item left the rubric (a pack's new version) is never drilled, so it is
    not the "next card" either: with it overdue, "Nothing is due; the next card is due
    overdue 3 d" contradicted itself. The soonest card the drill can show is named."""
    item = library.rubric(CASE).items[0].id
    gone = _card(CASE, "an-item-no-longer-in-the-rubric", T0 - timedelta(days=3))
    soon = _card(CASE, item, T0 + timedelta(days=1))
    elsewhere = _card("a-case-no-longer-here", item, T0 - timedelta(days=5))
    assert plan_drill(library, [elsewhere, gone, soon], T0).cards == ()
    assert next_due(library, [elsewhere, gone, soon], T0) == "tomorrow"
    assert next_due(library, [elsewhere, gone], T0) is None


def test_drill_answer_graded_against_its_item_with_the_same_engine(library: Library) -> None:
    compiled = library.compiled(CASE)
    item = next(i for i in library.rubric(CASE).items if i.id == "label-delay")
    met = grade_answer(
        compiled, item, "Chargebacks arrive weeks late, so recent labels are missing."
    )
    assert met.met and met.evidence
    assert not grade_answer(compiled, item, "We would not worry about label delay.").met
    assert not grade_answer(compiled, item, "").met


def test_reference_excerpt_is_the_part_that_earns_the_item(library: Library) -> None:
    compiled = library.compiled(CASE)
    case = library.case(CASE)
    for item in library.rubric(CASE).items:
        excerpt, whole = reference_excerpt(compiled, case, item)
        reference = case.section(item.section).reference_answer.strip()
        if whole:
            assert excerpt == reference
        else:
            assert len(excerpt) < len(reference)
            assert grade_answer(compiled, item, excerpt.split("\n")[0]).met


def test_question_stand_in_is_the_section_prompt(library: Library) -> None:
    from dataclasses import replace

    case = library.case(CASE)
    for item in library.rubric(CASE).items:
        # An item without a question of its own: the section's own prompt stands in.
        unasked = replace(item, question="")
        assert question_for(case, unasked) == (case.section(item.section).prompt.strip(), True)
    asked = replace(library.rubric(CASE).items[0], question="  Who pays for a mistake?  ")
    assert question_for(case, asked) == ("Who pays for a mistake?", False)


def test_drill_review_is_saved_with_its_answer(tmp_path: Path) -> None:
    store = _store(tmp_path)
    drill = store.open_drill_answer(CASE, "label-delay")
    store.save_drill_answer(drill.id, "chargebacks are late")
    # A drill killed before its review leaves the text, offered again next time.
    assert store.open_drill_answer(CASE, "label-delay").answer == "chargebacks are late"
    card = record_drill(
        store, drill.id, (CASE, "label-delay"), "hard", section="data", label="L", now=T0
    )
    assert card.last_rating == "hard" and card.reviews == 1
    saved = store.drill_answer(drill.id)
    assert saved is not None and (saved.rating, saved.answer) == ("hard", "chargebacks are late")
    assert store.open_drill_answer(CASE, "label-delay").id != drill.id
    [log] = store.review_log()
    assert (log.source, log.drill_id) == ("drill", drill.id)


# -- progress ----------------------------------------------------------------------------------


def test_progress_rows_heat_map_and_weakest(tmp_path: Path, library: Library) -> None:
    store = _store(tmp_path)
    first = _solo(store, library, {"data": "Fraud is rare."})
    second = _solo(store, library, {"data": DATA, "framing": "Cut fraud losses."})
    record_attempt(store, first, now=T0)
    record_attempt(store, second, now=T0 + timedelta(days=2))
    rows = progress_rows(store)
    assert [r.attempt_id for r in rows] == [first.id, second.id]
    assert rows[0].score < rows[1].score
    assert dict(rows[1].sections)["data"] > dict(rows[0].sections)["data"]
    assert rows[1].verdicts[0][0] == "core"
    assert progress_rows(store, "spam-detection") == []
    assert heat_map(rows)[CASE]["data"] == dict(rows[1].sections)["data"]
    weak = weakest_items(store.cards(), store.review_log())
    assert weak[0].last_rating == "again"
    assert weak[0].item_id == "label-noise"  # missed both times
    assert weak[0].summary == "missed 2 of 2"
    assert "label-delay" not in [w.item_id for w in weak if w.again == w.reviews]


# -- compare -----------------------------------------------------------------------------------


def test_compare_gained_lost_still_missing(tmp_path: Path, library: Library) -> None:
    store = _store(tmp_path)
    a = _solo(store, library, {"data": "Fraud is rare, about 0.1%, heavy class imbalance."})
    b = _solo(
        store,
        library,
        {"data": DATA.replace("Fraud is rare, about 0.1%, a heavy class imbalance.", "")},
    )
    c = cmp.compare(a, b)
    data = next(s for s in c.sections if s.id == "data")
    assert [i.id for i in data.gained] == ["label-delay"]
    assert [i.id for i in data.lost] == ["class-imbalance"]
    assert "label-noise" in [i.id for i in data.still_missing]
    assert c.a.id == a.id and c.b.id == b.id
    assert cmp.previous_attempt(store, b) == a.id
    assert cmp.previous_attempt(store, a) is None
    text = cmp.to_text(c)
    assert "+ gained: " in text and "- lost: " in text
    doc = json.loads(cmp.to_json_text(c))
    assert doc["sections"][1]["gained"][0]["id"] == "label-delay"
    assert "## Data" in cmp.to_markdown(c)


def test_compare_named_to_explained_from_the_state() -> None:
    def attempt(aid: int, state: str) -> Attempt:
        result = {
            "score": 0.5,
            "sections": [
                {
                    "id": "data",
                    "score": 0.5,
                    "items": [{"id": "x", "label": "X", "met": state == "met", "state": state}],
                }
            ],
        }
        decoded = codec.result_from_json(result)
        return Attempt(aid, CASE, "Fraud", "solo", 1.0, 1.0, 2.0, None, result=decoded)

    c = cmp.compare(attempt(1, "named"), attempt(2, "met"))
    [data] = c.sections
    assert [i.id for i in data.explained] == ["x"] and [i.id for i in data.gained] == ["x"]
    c = cmp.compare(attempt(1, "missed"), attempt(2, "named"))
    assert [i.id for i in c.sections[0].only_named] == ["x"]


def test_compare_refuses_other_cases_and_ungraded() -> None:
    graded = GradeResult(CASE, (), ())
    a = Attempt(1, CASE, "Fraud", "solo", 1.0, 1.0, 2.0, None, result=graded)
    b = Attempt(2, "spam-detection", "Spam", "solo", 1.0, 1.0, 2.0, None, result=graded)
    with pytest.raises(cmp.CompareError, match="same case"):
        cmp.compare(a, b)
    with pytest.raises(cmp.CompareError, match="no grade"):
        cmp.compare(a, Attempt(3, CASE, "Fraud", "solo", 1.0, 1.0, None, None))


def test_a_schema_1_database_upgrades_and_its_attempts_become_reviews(
    tmp_path: Path, library: Library
) -> None:
    import sqlite3

    from designtrainer.store.db import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    result = json.dumps(codec.result_to_json(grade(library.compiled(CASE), {"data": DATA})))
    db.execute(
        "INSERT INTO attempts (id, case_id, case_title, created_at, updated_at, finished_at,"
        " result_json) VALUES (1, ?, 'Fraud', 1.0, 2.0, 2.0, ?)",
        (CASE, result),
    )
    db.execute("INSERT INTO sections (attempt_id, section, answer) VALUES (1, 'data', ?)", (DATA,))
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS) >= 2
    assert store.get(1) is not None
    assert sync_attempts(store) == 1
    assert {c.item_id for c in store.cards()} == {
        i.id for i in library.rubric(CASE).section_items("data")
    }
