"""The store: nothing typed is lost, two processes share it, old databases migrate."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from designtrainer.domain.settings import EXAM_MODE, THEME
from designtrainer.grading.results import GradeResult
from designtrainer.store import codec
from designtrainer.store.attempt import SectionState
from designtrainer.store.db import MIGRATIONS, Store, StoreError


def test_round_trip_of_an_attempt(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("fraud-detection", "Fraud")
    store.save_answer(aid, "data", "labels arrive late")
    store.add_seconds(aid, "data", 12.5)
    store.add_seconds(aid, "data", 2.5)
    assert store.use_hint(aid, "data") == 1
    assert store.use_hint(aid, "data") == 2
    store.add_question(aid, "How many transactions?", "8M a day", 0)
    store.submit_section(aid, "data")
    # half the weight met: 50%
    items = [{"id": "a", "label": "A", "met": True}, {"id": "b", "label": "B", "met": False}]
    result = codec.result_from_json(
        {"case": "fraud-detection", "sections": [{"id": "data", "items": items}]}
    )
    store.finish(aid, result)
    attempt = store.get(aid)
    assert attempt is not None
    data = attempt.section("data")
    assert (data.answer, data.seconds, data.hints_used, data.submitted) == (
        "labels arrive late",
        15.0,
        2,
        True,
    )
    assert attempt.questions[0].question == "How many transactions?"
    assert attempt.questions[0].clarification == 0
    assert attempt.score == 0.5 and attempt.finished and attempt.result == result
    assert attempt.current_section == "data"
    [summary] = store.attempts()
    assert summary.score == 0.5 and summary.seconds == 15.0


def test_wal_busy_timeout_and_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert store.schema_version == len(MIGRATIONS)


def test_newer_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer designtrainer"):
        Store(path)


def test_every_overwrite_keeps_the_old_text(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("x", "X")
    store.save_answer(aid, "data", "a long answer about labels and delay")
    store.save_answer(aid, "data", "something else entirely")  # a replacement, not an edit
    assert [text for _, text in store.revisions(aid, "data")] == [
        "a long answer about labels and delay"
    ]


def _writer(path: str, aid: int, section: str, n: int) -> None:
    store = Store(Path(path))
    for i in range(n):
        store.save_answer(aid, section, f"{section} {i}")
        store.add_seconds(aid, section, 1.0)
    store.close()


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    aid = store.start_attempt("x", "X")
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_writer, args=(str(path), aid, sec, 200)) for sec in ("data", "modeling")
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    attempt = store.get(aid)
    assert attempt is not None
    assert attempt.section("data").answer == "data 199"
    assert attempt.section("modeling").answer == "modeling 199"
    assert attempt.section("data").seconds == 200.0


def test_claims_keep_one_owner_per_live_process(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("x", "X")
    assert store.claim(aid)
    store.db.execute("UPDATE attempts SET owner_pid = 1 WHERE id = ?", (aid,))  # pid 1 is alive
    assert store.in_use_elsewhere(aid) and not store.claim(aid)
    store.db.execute("UPDATE attempts SET owner_pid = 999999999 WHERE id = ?", (aid,))  # dead
    assert not store.in_use_elsewhere(aid) and store.claim(aid)


def test_settings_and_delete(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    assert store.setting(THEME) is None and store.setting(EXAM_MODE) is False
    store.set_setting(THEME, "nord")
    store.set_setting(THEME, "gruvbox")
    store.set_setting(EXAM_MODE, True)
    again = Store(tmp_path / "db.sqlite3")
    assert again.setting(THEME) == "gruvbox" and again.setting(EXAM_MODE) is True
    # stored text a setting cannot read is its default, never an error
    store.db.execute("UPDATE settings SET value = 'yes' WHERE key = ?", (EXAM_MODE.key,))
    assert store.setting(EXAM_MODE) is False
    aid = store.start_attempt("x", "X")
    store.save_answer(aid, "data", "t")
    store.delete(aid)
    assert store.get(aid) is None and store.attempts() == []


def test_filters(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    a = store.start_attempt("x", "X")
    b = store.start_attempt("y", "Y", mode="peer")
    store.finish(a)
    assert [s.id for s in store.attempts(finished=False)] == [b]
    assert [s.id for s in store.attempts(case_id="x")] == [a]
    assert [s.id for s in store.attempts(mode="peer")] == [b]


def test_a_killed_but_unreaped_owner_does_not_hold_the_attempt(tmp_path: Path) -> None:
    import subprocess
    import time

    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("x", "X")
    child = subprocess.Popen(["true"])  # exits at once; not waited for, so it stays a zombie
    time.sleep(0.3)
    store.db.execute("UPDATE attempts SET owner_pid = ? WHERE id = ?", (child.pid, aid))
    try:
        assert not store.in_use_elsewhere(aid)
        assert store.claim(aid)
    finally:
        child.wait()


def test_free_path_picks_the_first_unused_name(tmp_path: Path) -> None:
    from designtrainer.io.files import free_path

    target = tmp_path / "a.md"
    assert free_path(target) == target
    target.write_text("x")
    assert free_path(target) == tmp_path / "a~2.md"
    (tmp_path / "a~2.md").write_text("x")
    assert free_path(target) == tmp_path / "a~3.md"


def test_attempt_ids_are_never_reused_after_a_delete(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    first = store.start_attempt("x", "X")
    second = store.start_attempt("x", "X")
    store.delete(second)
    third = store.start_attempt("x", "X")
    assert third > second > first  # an exported "#2" never points at another attempt


def test_the_autoincrement_migration_keeps_ids_and_everything_hanging_off_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:  # a database from before attempt ids were kept
        db.executescript(script)
    db.execute("PRAGMA user_version = 2")
    for aid in (3, 7):
        db.execute(
            "INSERT INTO attempts (id, case_id, case_title, created_at, updated_at) "
            "VALUES (?, 'x', 'X', 1.0, 1.0)",
            (aid,),
        )
        db.execute(
            "INSERT INTO sections (attempt_id, section, answer) VALUES (?, 'data', ?)",
            (aid, f"answer {aid}"),
        )
        db.execute(
            "INSERT INTO questions (attempt_id, asked_at, question, answer) "
            "VALUES (?, 1.0, 'q', 'a')",
            (aid,),
        )
    db.commit()
    db.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    assert [s.id for s in sorted(store.attempts(), key=lambda s: s.id)] == [3, 7]
    for aid in (3, 7):
        attempt = store.get(aid)
        assert attempt is not None and attempt.section("data").answer == f"answer {aid}"
        assert len(attempt.questions) == 1
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.delete(7)
    assert store.start_attempt("x", "X") == 8
    store.delete(3)  # deleting still cascades into the children
    assert not store.db.execute("SELECT * FROM sections WHERE attempt_id = 3").fetchall()


# -- migration 4: score, grade damage and seconds in columns (issue 12) -------------------------


def _grade_json(met: int, of: int) -> str:
    items = [{"id": f"i{k}", "label": f"I{k}", "met": k < met} for k in range(of)]
    return json.dumps({"case": "x", "sections": [{"id": "data", "items": items}]})


def _grade(met: int, of: int) -> GradeResult:
    result = codec.result_from_json(json.loads(_grade_json(met, of)))
    assert result is not None
    return result


# What a stored grade reads as in a list: (raw, score, the start of the damage note). Damage
# notes are codec's own, as Store.get gives them.
STORED_GRADES: list[tuple[str | None, float | None, str]] = [
    (None, None, ""),
    (_grade_json(1, 4), 0.25, ""),
    ('{"score": 0.5', None, "its stored grade is damaged (not a JSON object)"),
    ('"text"', None, "its stored grade is damaged (not a JSON object)"),
    ("[1, 2]", None, "its stored grade is damaged (not a JSON object)"),
    ('{"score": "high", "sections": []}', None, "its stored score is damaged (not a number)"),
    ('{"score": 0.7}', None, "its stored grade is damaged (it has no sections)"),
    (_grade_json(3, 4), 0.75, ""),
]


def _summaries(store: Store) -> list[tuple[float | None, str]]:
    return [(s.score, s.damaged.split(" and is left out")[0]) for s in store.attempts()[::-1]]


def test_a_version_3_database_with_attempts_gets_its_columns_filled(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:  # a database as main wrote it before migration 4
        db.executescript(script)
    db.execute("PRAGMA user_version = 3")
    for n, (raw, _, _) in enumerate(STORED_GRADES, start=1):
        db.execute(
            "INSERT INTO attempts (id, case_id, case_title, created_at, updated_at, finished_at,"
            " result_json) VALUES (?, 'x', 'X', ?, ?, ?, ?)",
            (n, n, n, n, raw),
        )
    db.executemany(
        "INSERT INTO sections (attempt_id, section, answer, seconds) VALUES (?, ?, 'text', ?)",
        [(2, "framing", 30.5), (2, "data", 12.0), (3, "data", 4.0)],
    )
    db.commit()
    db.close()
    store = Store(path)  # damaged grades do not stop the migration
    assert store.schema_version == len(MIGRATIONS) == 4
    # Filled by the migration itself, not left for the first list to do.
    assert (
        store.db.execute("SELECT COUNT(*) FROM attempts WHERE grade_damage IS NULL").fetchone()[0]
        == 0
    )
    assert _summaries(store) == [(score, damage) for _, score, damage in STORED_GRADES]
    by_id = {s.id: s.seconds for s in store.attempts()}
    assert (by_id[1], by_id[2], by_id[3]) == (0.0, 42.5, 4.0)
    for summary in store.attempts():  # the list agrees with the attempt read in full
        attempt = store.get(summary.id)
        assert attempt is not None
        assert (attempt.score, attempt.seconds, attempt.damaged) == (
            summary.score,
            summary.seconds,
            summary.damaged,
        )
        assert attempt.section("data").answer == ("text" if summary.id in (2, 3) else "")


def test_seconds_follow_every_write_of_a_section(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("x", "X")
    store.add_seconds(aid, "framing", 10.0)
    store.add_seconds(aid, "data", 5.5)
    store.add_seconds(aid, "data", 2.0)
    assert store.attempts()[0].seconds == 17.5
    other = sqlite3.connect(tmp_path / "db.sqlite3")  # another program, plain SQL
    with other:
        other.execute("UPDATE sections SET seconds = 1 WHERE section = 'framing'")
    assert store.attempts()[0].seconds == 8.5
    with other:
        other.execute("DELETE FROM sections WHERE section = 'data'")
    assert store.attempts()[0].seconds == 1.0
    other.close()
    attempt = store.get(aid)
    assert attempt is not None and attempt.seconds == store.attempts()[0].seconds


def test_scores_follow_every_write_of_a_grade_whoever_makes_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    aid = store.start_attempt("x", "X")
    assert _summaries(store) == [(None, "")]
    store.finish(aid, _grade(1, 4))
    assert _summaries(store) == [(0.25, "")]
    imported = store.import_attempt("x", "X", "solo", [SectionState("data", "a")], _grade(1, 2))
    assert store.attempts()[0].id == imported and store.attempts()[0].score == 0.5
    other = sqlite3.connect(tmp_path / "db.sqlite3")  # another program, plain SQL
    for raw, score, damage in STORED_GRADES:
        with other:
            other.execute("UPDATE attempts SET result_json = ? WHERE id = ?", (raw, aid))
        [summary] = [s for s in store.attempts() if s.id == aid]
        assert (summary.score, summary.damaged.split(" and is left out")[0]) == (score, damage)
        attempt = store.get(aid)  # reads the JSON itself: agrees about the grade
        assert attempt is not None and attempt.damaged == summary.damaged
    with other:
        other.execute(
            "INSERT INTO attempts (case_id, case_title, created_at, updated_at, finished_at,"
            " result_json) VALUES ('y', 'Y', 9e9, 9e9, 9e9, ?)",
            (_grade_json(2, 2),),
        )
    other.close()
    assert store.attempts(limit=1)[0].score == 1.0
    assert store.case_stats()["y"].best == 1.0


def test_attempts_are_paged_newest_first(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    ids = [store.start_attempt("x", "X") for _ in range(7)]
    pages = [store.attempts(limit=3, offset=k) for k in (0, 3, 6, 9)]
    assert [[s.id for s in page] for page in pages] == [ids[6:3:-1], ids[3:0:-1], ids[:1], []]
    assert [s.id for s in store.attempts()] == ids[::-1]
    assert [s.id for s in store.attempts(case_id="x", finished=False, limit=2)] == ids[6:4:-1]


def test_case_stats_are_what_the_picker_shows(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    first = store.start_attempt("a", "A")
    store.finish(first, _grade(2, 5))
    second = store.start_attempt("a", "A")
    store.finish(second, _grade(9, 10))
    store.start_attempt("a", "A")  # unfinished, newest
    peer = store.start_attempt("b", "B", mode="peer")
    store.finish(peer, _grade(1, 1))
    done = store.start_attempt("c", "C")
    store.finish(done, None)  # finished without a grade
    stats = store.case_stats()
    assert set(stats) == {"a", "c"}
    newest_a = store.attempts(case_id="a")[0]
    assert (stats["a"].best, stats["a"].last_updated, stats["a"].unfinished) == (
        0.9,
        newest_a.updated_at,
        True,
    )
    assert (stats["c"].best, stats["c"].unfinished) == (None, False)
    assert store.case_stats("peer")["b"].best == 1.0


def test_lists_are_read_from_covering_indexes(tmp_path: Path) -> None:
    """The point of migration 4: a list never reads a row (its 10 KB grade) or a section."""
    store = Store(tmp_path / "db.sqlite3")
    for sql in (
        "SELECT id, case_id, case_title, mode, created_at, updated_at, finished_at, score,"
        " seconds, grade_damage FROM attempts ORDER BY updated_at DESC, id DESC",
        "SELECT id, case_id, case_title, mode, created_at, updated_at, finished_at, score,"
        " seconds, grade_damage FROM attempts WHERE case_id = 'x'"
        " ORDER BY updated_at DESC, id DESC",
    ):
        plan = " ".join(r[-1] for r in store.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, plan


def test_history_rows_are_the_attempts_as_listed(tmp_path: Path) -> None:
    """`history` prints from plain tuples: the same rows, order, scores and damage notes as
    the summaries, whoever wrote the grades."""
    store = Store(tmp_path / "db.sqlite3")
    ids = [store.start_attempt("x", "X") for _ in STORED_GRADES]
    store.add_seconds(ids[1], "data", 125.5)
    store.finish(ids[2], _grade(1, 4))
    other = sqlite3.connect(tmp_path / "db.sqlite3")
    with other:
        for aid, (raw, _, _) in zip(ids, STORED_GRADES, strict=True):
            other.execute("UPDATE attempts SET result_json = ? WHERE id = ?", (raw, aid))
    other.close()
    rows = store.history_rows()
    assert rows == [
        (a.id, a.updated_at, a.case_id, a.mode, a.finished_at, a.score, a.seconds, a.damaged)
        for a in store.attempts()
    ]
    by_id = sorted(rows)
    assert [r[5] for r in by_id] == [score for _, score, _ in STORED_GRADES]
    assert sum(bool(r[7]) for r in rows) == 5 and by_id[1][6] == 125.5


def test_red_flag_labels_are_kept_with_the_grade() -> None:
    """A stored grade names its red flags as the rubric did when graded, not from their ids."""
    from designtrainer.domain.model import RedFlag
    from designtrainer.grading.results import RedFlagHit

    flag = RedFlag("random-split", "Time-ordered data.", (), label="Random split of logs")
    result = GradeResult("c", (), (RedFlagHit(flag, ()),))
    stored = json.loads(json.dumps(codec.result_to_json(result)))
    assert stored["red_flags"][0]["label"] == "Random split of logs"
    again = codec.result_from_json(stored)
    assert again is not None and again.red_flags[0].flag.label == "Random split of logs"
    # Grades stored before labels, or edited by hand, fall back to a name made from the id.
    for label in (None, "", 7):
        stored["red_flags"][0]["label"] = label
        old = codec.result_from_json(stored)
        assert old is not None and old.red_flags[0].flag.label is None


def test_values_of_the_wrong_type_read_as_damage_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite keeps any value in any column: text where the sqlite3 shell (or a damaged file
    that still opens) left a time, bytes where an answer is. `due`, `drill`, `export` and
    `progress` ended in a TypeError; the attempt now reads, with the damage named."""

    from designtrainer.cli import main

    path = tmp_path / "home" / "designtrainer.sqlite3"
    path.parent.mkdir()
    store = Store(path)
    aid = store.import_attempt(
        "fraud-detection",
        "Fraud",
        "solo",
        [SectionState("data", "Labels arrive late.", 30.0), SectionState("framing", "Goal.")],
        _grade(1, 4),
    )
    store.add_question(aid, "How big?", "Big.", 0)
    from designtrainer.review.cards import record_attempt

    attempt = store.get(aid)
    assert attempt is not None
    record_attempt(store, attempt)
    store.close()
    other = sqlite3.connect(path)  # another program, plain SQL
    with other:
        other.execute("UPDATE attempts SET created_at = 'yesterday'")
        other.execute("UPDATE sections SET seconds = 'x', hints_used = 'two'")
        other.execute("UPDATE sections SET answer = ? WHERE section = 'framing'", (b"Go\xffal.",))
        other.execute("UPDATE questions SET asked_at = 'then'")
        other.execute("UPDATE cards SET due = 'soon', reviews = 'many', last_review = 'x'")
    other.close()
    store = Store(path)
    attempt = store.get(aid)
    assert attempt is not None
    assert attempt.section("data").answer == "Labels arrive late."  # untouched
    assert attempt.section("framing").answer == "Go\ufffdal."
    assert attempt.seconds == 0.0 and attempt.created_at == 0.0
    assert "not a number" in attempt.damaged and "not text" in attempt.damaged
    assert attempt.damaged.count("its stored time is damaged") == 1  # not once per section
    assert all(card.reviews == 0 for card in store.cards())
    from datetime import UTC, datetime

    from designtrainer.review.schedule import due_now

    now = datetime.now(UTC)  # taken before the cards are read, as `drill` does
    assert len(due_now(store.cards(), now)) == len(store.cards()) > 0
    store.close()
    for argv in (["due"], ["progress"], ["export", "--last", "-o", "-"], ["history"]):
        assert main(argv) == 0, argv
    out = capsys.readouterr()
    assert "Labels arrive late." in out.out and "Traceback" not in out.err


def test_lists_read_numbers_of_the_wrong_type_as_none_or_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lists (history, the picker's scores, progress) read the attempts' columns without
    opening each attempt: text in `updated_at`, `score` or `seconds` ended `history` in a
    TypeError. They read as no date (0), no score and no time; the rest is listed."""
    from designtrainer.cli import main

    path = tmp_path / "home" / "designtrainer.sqlite3"
    path.parent.mkdir()
    store = Store(path)
    damaged = store.import_attempt("fraud-detection", "Fraud", "solo", [], _grade(1, 4))
    fine = store.import_attempt("fraud-detection", "Fraud", "solo", [], _grade(3, 4))
    store.close()
    other = sqlite3.connect(path)
    with other:
        other.execute(
            "UPDATE attempts SET updated_at = 'abc', created_at = 'abc', score = 'high',"
            " seconds = 'x' WHERE id = ?",
            (damaged,),
        )
    other.close()
    store = Store(path)
    by_id = {s.id: s for s in store.attempts()}
    assert (by_id[damaged].score, by_id[damaged].seconds, by_id[damaged].updated_at) == (
        None,
        0.0,
        0.0,
    )
    assert by_id[fine].score == 0.75
    assert {row[0]: row[1:3] for row in store.history_rows()}[damaged] == (0.0, "fraud-detection")
    stats = store.case_stats()["fraud-detection"]
    assert stats.best == 0.75 and isinstance(stats.last_updated, float)
    store.close()
    for argv in (["history"], ["progress"]):
        assert main(argv) == 0, argv
    assert "Traceback" not in capsys.readouterr().err


def test_a_damaged_time_that_marks_a_state_keeps_it(tmp_path: Path) -> None:
    """Text where a finish or submission time is kept reads as a time of 0, named as damage,
    not as none: the attempt stays finished and the section submitted, as the lists (which
    ask only whether there is a finish time) show them. NULL is still none, and no damage."""
    path = tmp_path / "designtrainer.sqlite3"
    store = Store(path)
    damaged = store.import_attempt(
        "fraud-detection", "Fraud", "solo", [SectionState("data", "x", 3.0)], _grade(1, 4)
    )
    unfinished = store.import_attempt("fraud-detection", "Fraud", "solo", [], _grade(1, 4))
    store.close()
    other = sqlite3.connect(path)
    with other:
        other.execute("UPDATE attempts SET finished_at = 'done' WHERE id = ?", (damaged,))
        other.execute("UPDATE sections SET submitted_at = 'then' WHERE attempt_id = ?", (damaged,))
        other.execute("UPDATE attempts SET finished_at = NULL WHERE id = ?", (unfinished,))
    other.close()
    store = Store(path)
    attempt = store.get(damaged)
    assert attempt is not None and attempt.finished and attempt.finished_at == 0.0
    assert attempt.section("data").submitted_at == 0.0
    assert "finish time is damaged" in attempt.damaged
    assert "submission time is damaged" in attempt.damaged
    listed = {s.id: s for s in store.attempts()}
    assert listed[damaged].finished_at is not None and listed[unfinished].finished_at is None
    still = store.get(unfinished)
    assert still is not None and still.finished_at is None and still.damaged == ""
    store.close()


def test_an_answer_stored_as_bytes_is_saved_over_and_kept_as_a_revision(tmp_path: Path) -> None:
    """A section whose answer the sqlite3 shell left as bytes reads as text (with U+FFFD for
    a byte that is not UTF-8); typing on in it then ended autosave in a TypeError (the text
    compared with bytes), so the section could never be saved again. It saves, and the bytes
    as they were are kept as a revision: nothing stored is lost."""
    path = tmp_path / "designtrainer.sqlite3"
    store = Store(path)
    aid = store.start_attempt("fraud-detection", "Fraud")
    store.save_answer(aid, "framing", "Goal.")
    store.close()
    raw = b"Go\xffal is to catch fraud."
    other = sqlite3.connect(path)
    with other:
        other.execute("UPDATE sections SET answer = ? WHERE section = 'framing'", (raw,))
    other.close()
    store = Store(path)
    attempt = store.get(aid)
    assert attempt is not None
    typed = attempt.section("framing").answer + " More."
    store.save_answer(aid, "framing", typed)
    attempt = store.get(aid)
    assert attempt is not None and attempt.section("framing").answer == typed
    assert attempt.damaged == ""
    assert [text for _, text in store.revisions(aid, "framing")][-1] == raw.decode(errors="replace")
    store.close()
    other = sqlite3.connect(path)
    kept = other.execute("SELECT answer FROM revisions WHERE section = 'framing'").fetchall()
    other.close()
    assert (raw,) in kept


def test_a_drill_answer_stored_as_bytes_is_read_as_text(tmp_path: Path) -> None:
    """The drill screen gives a card's unreviewed answer back in its editor, which raised a
    TypeError on bytes (as the sqlite3 shell can leave in any column): it is read as text."""
    path = tmp_path / "designtrainer.sqlite3"
    store = Store(path)
    drill = store.open_drill_answer("fraud-detection", "label-delay")
    store.save_drill_answer(drill.id, "typed")
    store.close()
    other = sqlite3.connect(path)
    with other:
        other.execute("UPDATE drill_answers SET answer = ?, updated_at = 'x'", (b"ty\xffped",))
    other.close()
    store = Store(path)
    again = store.open_drill_answer("fraud-detection", "label-delay")
    assert again.id == drill.id and again.answer == "ty\ufffdped" and again.updated_at == 0.0
    store.close()
