"""The learning commands as a person uses them: drill, due, progress, compare."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from designtrainer.cli import interview, main
from designtrainer.grading.grade import grade
from designtrainer.loading.library import Library
from designtrainer.review.cards import record_attempt
from designtrainer.store.db import Store
from designtrainer.tui.app import DrillRequest

CASE = "fraud-detection"
PAST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # reviews dated then are due long before now


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def _attempt(library: Library, answers: dict[str, str], reviewed_at: datetime | None) -> int:
    store = Store()
    aid = store.start_attempt(CASE, library.case(CASE).title)
    for sid, text in answers.items():
        store.save_answer(aid, sid, text)
    store.finish(aid, grade(library.compiled(CASE), answers))
    attempt = store.get(aid)
    assert attempt is not None
    if reviewed_at is not None:
        record_attempt(store, attempt, now=reviewed_at)
    store.close()
    return aid


@pytest.mark.parametrize("command", ["drill", "due", "progress", "compare"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert f"usage: designtrainer {command}" in capsys.readouterr().out


def test_empty_history(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["due"], capsys)[:2] == (0, "no review cards yet\n")
    assert run(["due", "--format", "json"], capsys)[:2] == (0, "[]\n")
    assert run(["progress"], capsys)[:2] == (0, "no finished solo attempts yet\n")
    code, out, _ = run(["drill"], capsys)
    assert code == 0 and "No review cards yet" in out


def test_due_lists_missed_ideas_first_with_their_last_result(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    _attempt(library, {"data": "Fraud is rare, about 0.1%: heavy class imbalance."}, PAST)
    code, out, _ = run(["due", "--format", "json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert {r["item"] for r in rows} == {i.id for i in library.rubric(CASE).section_items("data")}
    assert all(r["status"] == "due" and r["case"] == CASE for r in rows)
    ratings = {r["item"]: r["last_rating"] for r in rows}
    assert ratings["class-imbalance"] == "good" and ratings["label-delay"] == "again"
    assert datetime.fromisoformat(rows[0]["due"]) <= datetime.fromisoformat(rows[-1]["due"])
    code, out, _ = run(["due"], capsys)
    assert code == 0 and out.startswith("DUE ")
    assert "Labels (chargebacks, disputes) arrive" in out and "again" in out
    assert f"{len(rows)} due now" in out


def test_due_catches_up_on_attempts_finished_before(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    _attempt(library, {"data": "Fraud is rare."}, reviewed_at=None)
    rows = json.loads(run(["due", "--format", "json"], capsys)[1])
    assert rows and all(r["status"] == "soon" for r in rows)  # reviewed just now: due tomorrow


def test_progress_table_json_and_unknown_case(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _attempt(library, {"data": "Fraud is rare."}, None)
    second = _attempt(library, {"data": "Chargebacks arrive weeks late. Fraud is rare."}, None)
    code, out, _ = run(["progress", CASE, "--format", "json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert [r["attempt"] for r in rows] == [first, second]
    assert rows[1]["sections"]["data"] > rows[0]["sections"]["data"]
    assert rows[0]["verdicts"]["core"].startswith("core bar not met")
    code, out, _ = run(["progress"], capsys)
    header, *lines = out.splitlines()
    assert code == 0 and header.split()[:5] == ["DATE", "ID", "CASE", "MODE", "SCORE"]
    assert len(lines) == 2 and "core bar not met" in lines[0]
    code, _, err = run(["progress", "no-such-case"], capsys)
    assert code == 2 and "unknown case 'no-such-case'" in err and "fraud-detection" in err


def test_compare_formats_and_errors(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    a = _attempt(library, {"data": "Fraud is rare, about 0.1%."}, None)
    b = _attempt(library, {"data": "Chargebacks arrive weeks late."}, None)
    code, out, _ = run(["compare", str(a), str(b)], capsys)
    assert code == 0
    assert "+ gained: Labels (chargebacks, disputes)" in out
    assert "- lost: Fraud is rare" in out
    assert "(not answered in either attempt)" in out
    doc = json.loads(run(["compare", str(a), str(b), "--format", "json"], capsys)[1])
    data = next(s for s in doc["sections"] if s["id"] == "data")
    assert [i["id"] for i in data["gained"]] == ["label-delay"]
    assert [i["id"] for i in data["lost"]] == ["class-imbalance"]
    md = run(["compare", str(a), str(b), "--format", "md"], capsys)[1]
    assert md.startswith("# ") and "## Data: " in md
    code, _, err = run(["compare", str(a), "99"], capsys)
    assert code == 2 and "no attempt with id 99" in err
    store = Store()
    other = store.start_attempt("spam-detection", "Spam")
    store.finish(other, grade(library.compiled("spam-detection"), {}))
    store.close()
    code, _, err = run(["compare", str(a), str(other)], capsys)
    assert code == 2 and "same case" in err and "Traceback" not in err


def test_drill_opens_the_tui_only_with_cards_to_show(
    library: Library, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(interview, "run_tui", lambda args, start=None: opened.append(start) or 0)
    _attempt(library, {"data": "Fraud is rare."}, None)
    code, out, _ = run(["drill"], capsys)
    assert code == 0 and "Nothing is due; the next card is due tomorrow." in out
    assert opened == []
    assert run(["drill", "--case", CASE, "--limit", "3"], capsys)[0] == 0
    assert opened == [DrillRequest(CASE, 3)]
    code, _, err = run(["drill", "--case", "nope"], capsys)
    assert code == 2 and "unknown case 'nope'" in err
    with pytest.raises(SystemExit) as exc:
        main(["drill", "--limit", "0"])
    assert exc.value.code == 2


def test_import_reviews_the_imported_attempt(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answer.md"
    path.write_text(f"---\ncase: {CASE}\n---\n## Data\nChargebacks arrive weeks late.\n")
    assert run(["import", str(path)], capsys)[0] == 0
    cards = {c.item_id: c.last_rating for c in Store().cards(CASE)}
    assert cards["label-delay"] == "good" and cards["class-imbalance"] == "again"
    assert "business-objective" not in cards  # framing was not answered
