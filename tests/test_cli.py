"""The CLI as a person uses it: list, show, schema, template, grade; exit codes and formats."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from designtrainer import __version__
from designtrainer.cli import main

FIX = Path(__file__).parent / "fixtures" / "answers"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"designtrainer {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        "list",
        "show",
        "validate",
        "schema",
        "template",
        "grade",
        "practice",
        "export",
        "import",
        "rubric",
        "peer",
        "history",
    ],
)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert f"usage: designtrainer {command}" in capsys.readouterr().out


def test_list_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["list"], capsys)
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["ID", "TITLE", "LEVEL"]
    assert "fraud-detection" in out
    code, out, _ = run(["list", "--format", "json", "--tag", "ranking"], capsys)
    rows = json.loads(out)
    assert rows and all("ranking" in r["tags"] for r in rows)
    assert {"id", "title", "difficulty", "tags", "minutes", "source"} <= set(rows[0])


def test_show_brief_and_section(capsys: pytest.CaptureFixture[str], library) -> None:  # type: ignore[no-untyped-def]
    case = library.case("fraud-detection")
    code, out, _ = run(["show", "fraud-detection"], capsys)
    assert code == 0
    assert out.startswith(case.title)
    assert "Interviewer:" in out
    assert case.sections[0].guiding_questions[0][:40] in out.replace("\n    ", " ")
    assert case.sections[0].reference_answer[:60] not in out  # the brief never gives answers away
    flat = " ".join(out.split())
    assert case.brief and " ".join(case.brief.split()) in flat  # the neutral brief...
    assert " ".join(case.summary.split())[:60] not in flat  # ...never the summary's hard parts
    assert "imbalanced-data" not in out  # nor tags that name a technique
    code, out, _ = run(["show", "fraud-detection", "--section", "data"], capsys)
    assert out.startswith("Data (")
    assert "Modeling (" not in out


def test_schema_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema", "case"], capsys)
    assert code == 0
    assert json.loads(out)["required"][0] == "id"


def test_template_round_trips_into_grade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "answer.md"
    assert run(["template", "spam-detection", "-o", str(target)], capsys)[0] == 0
    text = target.read_text()
    assert text.startswith("---\ncase: spam-detection\n---\n")
    assert text.count("\n## ") == 5
    # refuses to overwrite without --force
    code, _, err = run(["template", "spam-detection", "-o", str(target)], capsys)
    assert code == 1 and "already exists; pass --force" in err
    assert run(["template", "spam-detection", "-o", str(target), "--force"], capsys)[0] == 0
    # the empty template grades to zero: quoted prompts are the question, not the answer
    code, out, _ = run(["grade", str(target), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["score"] == 0


def test_grade_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIX / "fraud-detection" / "strong.md"
    code, out, _ = run(["grade", str(path), "--format", "json"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"case", "score", "sections", "red_flags", "levels"}
    assert doc["case"] == "fraud-detection"
    assert [s["id"] for s in doc["sections"]] == [
        "framing",
        "data",
        "modeling",
        "evaluation",
        "production",
    ]
    source = path.read_text()
    met = [i for s in doc["sections"] for i in s["items"] if i["met"]]
    assert met
    for item in met:
        assert {"id", "label", "met", "weight", "level", "evidence"} <= set(item)
        for ev in item["evidence"]:
            assert {"text", "start", "end", "negated", "fuzzy"} <= set(ev)
            # offsets point into the file as written
            assert source[ev["start"] : ev["end"]] == ev["text"]
    assert set(doc["levels"]) == {"core", "senior", "staff"}


def test_grade_text_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIX / "fraud-detection" / "middling.md")
    code, out, _ = run(["grade", path], capsys)
    assert code == 0 and "\x1b[" not in out  # piped output is plain
    assert "✔" in out and "✘" in out and "core bar" in out
    code, out, _ = run(["grade", path, "--format", "markdown"], capsys)
    assert out.startswith("# ") and "- [x] " in out and "- [ ] " in out


def test_grade_stdin_and_whole(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "We train gradient boosted trees (LightGBM) and compare against a rules baseline."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, _ = run(["grade", "-", "--case", "fraud-detection", "--format", "json"], capsys)
    assert code == 0
    doc = json.loads(out)
    met = {i["id"] for s in doc["sections"] for i in s["items"] if i["met"]}
    assert {"tree-ensemble", "rules-baseline"} <= met


def test_grade_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["grade", str(tmp_path / "missing.md")], capsys)
    assert code == 1 and "cannot read" in err
    (tmp_path / "bin.md").write_bytes(b"\xff\xfe\x00")
    assert run(["grade", str(tmp_path / "bin.md"), "--case", "ads-ctr"], capsys)[0] == 1
    (tmp_path / "nocase.md").write_text("## Data\nlabels\n")
    code, _, err = run(["grade", str(tmp_path / "nocase.md")], capsys)
    assert code == 2 and "no case given" in err and "fraud-detection" in err
    code, _, err = run(["grade", str(tmp_path / "nocase.md"), "--case", "nope"], capsys)
    assert code == 2 and "unknown case 'nope'" in err


def test_history_lists_attempts_with_ids(capsys: pytest.CaptureFixture[str]) -> None:
    from designtrainer.store import codec
    from designtrainer.store.db import Store

    code, out, _ = run(["history"], capsys)
    assert code == 0 and "no attempts yet" in out
    store = Store()
    aid = store.start_attempt("spam-detection", "Spam")
    store.add_seconds(aid, "data", 125)
    # 21 of 50 weight met: 42%
    items = [{"id": "a", "met": True, "weight": 21}, {"id": "b", "met": False, "weight": 29}]
    store.finish(aid, codec.result_from_json({"sections": [{"id": "data", "items": items}]}))
    store.close()
    code, out, _ = run(["history"], capsys)
    assert out.splitlines()[0].split() == ["ID", "DATE", "CASE", "MODE", "SCORE", "TIME", "STATUS"]
    assert f"{aid}  " in out and "spam-detection" in out and "42%" in out and "2:05" in out
    code, out, _ = run(["history", "--format", "json"], capsys)
    assert json.loads(out)[0]["id"] == aid and json.loads(out)[0]["finished"] is True


def test_history_dates_each_attempt_by_when_it_was_last_worked_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The list is ordered by last activity: a resumed old attempt comes first, and its date
    # must say today, or the dates read out of order.
    import sqlite3
    import time

    from designtrainer.paths import data_home
    from designtrainer.store.db import Store

    store = Store()
    old = store.start_attempt("spam-detection", "Spam")
    new = store.start_attempt("fraud-detection", "Fraud")
    store.close()
    long_ago = time.mktime((2026, 1, 5, 9, 30, 0, 0, 0, -1))
    db = sqlite3.connect(data_home() / "designtrainer.sqlite3")
    with db:
        db.execute("UPDATE attempts SET created_at = ?, updated_at = ?", (long_ago, long_ago))
    db.close()
    store = Store()
    store.save_answer(old, "framing", "Resumed today.")
    store.close()
    code, out, _ = run(["history"], capsys)
    rows = [line.split() for line in out.splitlines()[1:]]
    assert code == 0 and [int(r[0]) for r in rows] == [old, new]
    today = time.strftime("%Y-%m-%d")
    assert rows[0][1] == today and rows[1][1] == "2026-01-05"
    listed = json.loads(run(["history", "--format", "json"], capsys)[1])
    assert listed[0]["created_at"] == long_ago and listed[0]["updated_at"] > long_ago


def test_headings_map_to_sections_and_whole_ignores_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "retrain" sits under a modeling heading: by sections it counts for the production item
    # as found under Modeling (credit wherever it is said); with --whole it is simply found.
    # Text under an unknown heading counts for every section.
    path = tmp_path / "a.md"
    path.write_text(
        "---\ncase: fraud-detection\n---\n"
        "## Requirements\nScore inline at checkout within 100 ms.\n"
        "## Model architecture\nGradient boosted trees; we retrain weekly.\n"
        "## Random thoughts\nChargebacks arrive 60 days later.\n"
    )

    def items(args: list[str]) -> dict[str, dict[str, object]]:
        code, out, _ = run(["grade", str(path), "--format", "json", *args], capsys)
        assert code == 0
        return {i["id"]: i for s in json.loads(out)["sections"] for i in s["items"]}

    by_section = items([])
    met = {k for k, i in by_section.items() if i["met"]}
    assert {"realtime-latency", "tree-ensemble", "label-delay", "retraining"} <= met
    assert by_section["retraining"]["found_in"] == "modeling"
    assert by_section["tree-ensemble"]["found_in"] is None
    whole = items(["--whole"])
    assert whole["retraining"]["met"] and whole["retraining"]["found_in"] is None
    assert "(found under Modeling)" in run(["grade", str(path)], capsys)[1]


def test_grade_colours_only_a_terminal_without_no_color(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(FIX / "fraud-detection" / "middling.md")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in run(["grade", path], capsys)[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run(["grade", path], capsys)[1]


def test_every_empty_template_grades_to_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The template's own words (the case title heading, its HTML comment) are not an answer:
    "# Real-time card payment fraud detection" credited "scored inline at authorization", and
    "<!-- Write under each heading ... -->" a multi-task model "with one head per action"."""
    code, out, _ = run(["list", "--format", "json"], capsys)
    credited = {}
    for case in json.loads(out):
        target = tmp_path / f"{case['id']}.md"
        assert run(["template", case["id"], "-o", str(target)], capsys)[0] == 0
        code, out, _ = run(["grade", str(target), "--format", "json"], capsys)
        assert code == 0
        doc = json.loads(out)
        met = [i["id"] for s in doc["sections"] for i in s["items"] if i["met"]]
        if doc["score"] or met:
            credited[case["id"]] = met
    assert credited == {}


_OWN_TITLES = [
    "# Class imbalance: use precision-recall AUC",
    "# Fraud detection design: a rules baseline, then gradient-boosted trees",
    "Class imbalance: use precision-recall AUC\n===",
]


@pytest.mark.parametrize("sections", [True, False], ids=["with sections", "without"])
@pytest.mark.parametrize("title", _OWN_TITLES)
def test_a_persons_own_title_heading_is_not_graded(
    title: str, sections: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A heading is not evidence: a section's heading line is never graded, nor the case's
    title, but a title of one's own at the top of the file ("# Class imbalance: use ...")
    was, and credited what it named. What is written under it is graded as before."""
    path = tmp_path / "a.md"
    body = "Chargebacks arrive 60 days later, so recent labels are missing.\n"
    if sections:
        body = f"## Problem framing\n\nTBD.\n\n## Data\n\n{body}"
    path.write_text(f"---\ncase: fraud-detection\n---\n\n{title}\n\n{body}")
    code, out, _ = run(["grade", str(path), "--format", "json"], capsys)
    assert code == 0
    met = {i["id"]: i for s in json.loads(out)["sections"] for i in s["items"] if i["met"]}
    assert set(met) == {"label-delay"}
    source = path.read_text()
    for ev in met["label-delay"]["evidence"]:
        assert source[ev["start"] : ev["end"]] == ev["text"]
