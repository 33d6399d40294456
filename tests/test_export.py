"""Export and import: golden files, exact round trips, safe HTML, and the three commands.

Set DESIGNTRAINER_UPDATE_GOLDEN=1 to rewrite tests/golden/ after an intended format change,
then read the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from designtrainer.cli import main
from designtrainer.domain.model import Case, Section
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.io.answers import FORMAT_KEY, template
from designtrainer.io.importing import (
    ExportFormatError,
    answer_markers,
    parse_exported,
)
from designtrainer.loading.library import Library
from designtrainer.render import export as export_module
from designtrainer.render.export import attempt_html, attempt_markdown, default_filename
from designtrainer.store import codec
from designtrainer.store.attempt import Attempt, Mode, Question, SectionState
from designtrainer.store.db import Store

GOLDEN = Path(__file__).parent / "golden"
FIX = Path(__file__).parent / "fixtures" / "answers"
UPDATE = bool(os.environ.get("DESIGNTRAINER_UPDATE_GOLDEN"))
T0 = 1714557600.0  # 2024-05-01 10:00:00 UTC

# Answers that would break a naive export: markdown structure, fences, HTML, odd whitespace.
TRICKY: dict[str, str] = {
    "framing": (
        "Goal: cut *fraud losses* while keeping false declines low.\n"
        "\n"
        "# Not a heading of the export\n"
        "## Data\n"
        "---\n"
        "> a quoted line\n"
        "trailing spaces   \n"
    ),
    "data": "Labels arrive late.\n```python\nx = 1\n```\n~~~\ntilde fence\n~~~\n````\n",
    "modeling": '<script>alert("x")</script> and <b>bold</b>\n<!-- comment -->',
    "evaluation": "",
    "production": "Rules fallback when the model is down.\n\n\n",
}


# -- building attempts ------------------------------------------------------------------------


def _case() -> Case:
    budgets = {"framing": 8, "data": 10, "modeling": 10, "evaluation": 8, "production": 9}
    return Case(
        id="tiny",
        title="Tiny fraud case",
        summary="A small case for export tests.",
        tags=("test",),
        difficulty="easy",
        opening="Design something small.",
        clarifications=(),
        sections=tuple(
            Section(
                sid,
                f"What would you say about {sid}? Costs are ~$5 a month.",
                (),
                (),
                (f"Probe {sid}: what if traffic grows ~10x?",),
                (),
                budgets[sid],
                f"Reference for {sid}: use *late labels*.",
            )
            for sid in SECTION_IDS
        ),
    )


def _ev(answers: dict[str, str], section: str, text: str, **extra: Any) -> dict[str, Any]:
    start = answers[section].index(text)
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "negated": False,
        "fuzzy": False,
        "section": section,
        "phrase": text.lower(),
        "trigger": None,
        "fuzzy_match": None,
        **extra,
    }


def _item(
    item_id: str,
    label: str,
    met: bool,
    level: str,
    evidence: list[dict[str, Any]],
    weight: int = 2,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": item_id,
        "label": label,
        "met": met,
        "weight": weight,
        "level": level,
        "why": f"Because {label.lower()} matters.",
        "evidence": evidence,
        **extra,
    }


def _result(answers: dict[str, str]) -> dict[str, Any]:
    """A stored grade in report.to_json's shape, written out so golden files never drift."""
    return {
        "case": "tiny",
        "score": 0.5,
        "sections": [
            {
                "id": "framing",
                "score": 1.0,
                "items": [
                    _item(
                        "goal",
                        "Goal: cut fraud losses",
                        True,
                        "core",
                        [_ev(answers, "framing", "fraud losses")],
                        weight=4,  # so the items add up to the score of 0.5 stored above
                    )
                ],
            },
            {
                "id": "data",
                "score": 0.5,
                "items": [
                    _item(
                        "late", "Labels arrive late", True, "core", [_ev(answers, "data", "late")]
                    ),
                    _item(
                        "noisy",
                        "Labels are noisy",
                        False,
                        "senior",
                        [_ev(answers, "framing", "false declines")],
                        state="named",  # named, not explained, and under another heading
                        found_in="framing",
                    ),
                ],
            },
            {"id": "modeling", "score": 0.0, "items": [_item("gbdt", "GBDT", False, "core", [])]},
            {
                "id": "evaluation",
                "score": 0.0,
                "items": [_item("pr", "PR-AUC, not accuracy", False, "core", [])],
            },
            {
                "id": "production",
                "score": 0.5,
                "items": [
                    _item(
                        "fallback",
                        "Rules fallback",
                        True,
                        "senior",
                        [_ev(answers, "production", "fallback", fuzzy=True, fuzzy_match="fallbak")],
                    ),
                    _item(
                        "feedback",
                        "Feedback loop <declines>",
                        False,
                        "staff",
                        [
                            _ev(
                                answers,
                                "production",
                                "model is down",
                                negated=True,
                                trigger="not",
                            )
                        ],
                    ),
                ],
            },
        ],
        "red_flags": [
            {
                "id": "accuracy",
                "message": "Uses accuracy on imbalanced data",
                "evidence": [_ev(answers, "data", "Labels")],
            }
        ],
        "levels": {
            "core": {
                "met": 2,
                "total": 4,
                "coverage": 0.5,
                "verdict": "core bar not met: 2 of 4 core items",
            },
            "senior": {"met": 1, "total": 2, "coverage": 0.5, "verdict": "senior signals: 1 of 2"},
            "staff": {"met": 0, "total": 1, "coverage": 0.0, "verdict": "staff signals: 0 of 1"},
        },
    }


PEER: dict[str, Any] = {
    "ratings": {"framing": 4, "data": 3, "modeling": 2, "evaluation": 1},
    "notes": {
        "framing": "Clear goal.\n## Data\n```\nstill a note\n<script>alert(1)</script>",
        "data": "Asked about label delay.",
    },
    "ticks": {"framing": ["goal"], "data": ["late", "unknown-item"]},
    "communication": {
        "clarifying": 3,
        "structure": 4,
        "tradeoffs": 2,
        "time": 3,
        "notes": "Kept to time.",
    },
    "recommendation": "lean hire",
    "rule": "hire when no section is rated below lean no hire",
}


def _stored_attempt(store: Store, mode: Mode = "solo", peer: bool = False) -> Attempt:
    """An attempt built through the store, then pinned to a fixed time."""
    aid = store.start_attempt("tiny", "Tiny fraud case", mode)
    for n, sid in enumerate(SECTION_IDS):
        store.save_answer(aid, sid, TRICKY[sid])
        store.add_seconds(aid, sid, 60.0 * (n + 1) + 30)
        store.submit_section(aid, sid)
    store.use_hint(aid, "data")
    store.use_hint(aid, "data")
    store.use_hint(aid, "production")
    store.add_question(aid, "How many <b>transactions</b> a day?", "About 8M.", 0)
    store.add_question(aid, "Is there a `budget`?", "I can't say more about that.", None)
    store.finish(aid, codec.result_from_json(_result(TRICKY)))
    if peer:
        review = codec.review_from_json(PEER)
        assert review is not None
        store.save_peer(aid, review)
    attempt = store.get(aid)
    assert attempt is not None
    # Pinned, so golden files do not change with the clock.
    sections: dict[str, SectionState] = {
        sid: dataclasses.replace(attempt.sections[sid], submitted_at=T0 + 300 * (n + 1))
        for n, sid in enumerate(SECTION_IDS)
    }
    questions = tuple(
        dataclasses.replace(q, asked_at=T0 + 10 * (n + 1)) for n, q in enumerate(attempt.questions)
    )
    return dataclasses.replace(
        attempt,
        created_at=T0,
        updated_at=T0 + 2400,
        finished_at=T0 + 2400,
        sections=sections,
        questions=questions,
    )


def _attempt(answers: dict[str, str], mode: Mode = "solo") -> Attempt:
    return Attempt(
        id=1,
        case_id="tiny",
        case_title="Tiny",
        mode=mode,
        created_at=T0,
        updated_at=T0,
        finished_at=T0,
        current_section=None,
        sections={sid: SectionState(sid, text) for sid, text in answers.items()},
    )


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes().decode("utf-8") == text, (
        f"{name} changed; rerun with DESIGNTRAINER_UPDATE_GOLDEN=1 if that was intended"
    )


# -- golden files -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["solo", "peer"])
def test_markdown_golden(tmp_path: Path, mode: Mode) -> None:
    attempt = _stored_attempt(Store(tmp_path / "db.sqlite3"), mode, peer=mode == "peer")
    _golden(f"export-{mode}.md", attempt_markdown(attempt, _case(), tz=UTC))


def test_html_golden(tmp_path: Path) -> None:
    attempt = _stored_attempt(Store(tmp_path / "db.sqlite3"), "peer", peer=True)
    _golden("export-peer.html", attempt_html(attempt, _case(), tz=UTC))


# -- the exact round trip ---------------------------------------------------------------------

_SPECIAL_LINES = st.sampled_from(
    [
        "# heading",
        "## Data",
        "## Rubric",
        "---",
        "---\r",
        "> quote",
        "```",
        "```markdown",
        "````",
        "`````markdown",
        "~~~",
        "~~~~ python",
        "`",
        "    indented code",
        "\ttab",
        "trailing spaces   ",
        "<script>alert(1)</script>",
        "<!-- comment",
        "- [x] a task",
        "_No answer._",
        "",
        " ",
        "\u2028",
        "\x0c",
        "\x00",
    ]
)
_ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)  # any code point but surrogates
_LINES = st.lists(st.one_of(_SPECIAL_LINES, _ANY_TEXT), max_size=8)
_ANSWER = st.one_of(
    _ANY_TEXT,
    st.tuples(_LINES, st.sampled_from(["\n", "\r\n", "\r"])).map(lambda p: p[1].join(p[0])),
)
_ANSWERS = st.fixed_dictionaries(dict.fromkeys(SECTION_IDS, _ANSWER))


def _block_starts(markdown: str, html: bool) -> tuple[list[str], set[int]]:
    """The lines as markdown reads them (CR and CRLF end lines) and where top-level blocks start."""
    tokens = MarkdownIt("commonmark", {"html": html}).enable("table").parse(markdown)
    starts = {t.map[0] for t in tokens if t.level == 0 and t.map is not None and t.nesting >= 0}
    return re.split(r"\r\n|\r|\n", markdown), starts


def _assert_answers_contained(exported: str, answers: dict[str, str]) -> None:
    """Each answer is shown as markdown and ends where it should: what follows it is ours."""
    body = exported.split("\n---\n", 1)[1]
    lines, starts = _block_starts(body, html=True)
    at = 0
    for sid in SECTION_IDS:
        if not answers[sid]:
            continue
        begin, end = answer_markers(sid, answers[sid])
        begin_at = next(i for i in range(at, len(lines)) if lines[i].startswith(begin[:-4]))
        at = lines.index(end, begin_at + 1)
        # The end marker is followed by a blank line and then a line of ours starting a block.
        assert lines[at + 1] == "" and at + 2 in starts, (sid, lines[at - 2 : at + 3])
    # The data comment is a block of its own at the end (not swallowed by an answer).
    assert lines.index("<!-- designtrainer data", at) in starts


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=_ANSWERS, mode=st.sampled_from(["solo", "peer"]), title=_ANY_TEXT)
def test_export_then_parse_gives_back_every_answer(
    answers: dict[str, str], mode: Mode, title: str
) -> None:
    attempt = dataclasses.replace(_attempt(answers, mode), case_title=title)
    exported = attempt_markdown(attempt, None, tz=UTC)
    parsed = parse_exported(exported)
    assert parsed.answers == answers
    assert (parsed.case_id, parsed.mode, parsed.exported) == ("tiny", mode, True)
    assert parsed.title == (" ".join(title.split()) or "tiny")  # titles are kept on one line
    assert parsed.created_at == T0
    # Answers are markdown now, not code blocks, and none runs on into the rest.
    _assert_answers_contained(exported, answers)
    # The HTML page reads the same document without raw HTML: it ends with our last line.
    page = export_module._body(attempt, None, UTC, references=False, page=True)
    assert "<!-- answer" not in page.replace("".join(answers.values()), "")
    tokens = MarkdownIt("commonmark", {"html": False}).enable("table").parse(page)
    assert tokens[-2].content == "The case is no longer in the library, so budgets are not shown."
    assert tokens[-2].level == 1 and tokens[-3].level == 0


@settings(deadline=None)
@given(answers=_ANSWERS)
def test_a_file_converted_to_crlf_still_parses(answers: dict[str, str]) -> None:
    exported = attempt_markdown(_attempt(answers), None, tz=UTC)
    # A naive LF -> CRLF conversion is undone exactly...
    assert parse_exported(exported.replace("\n", "\r\n")).answers == answers
    # ...one that keeps existing CRLFs (unix2dos) loses only an answer's own CR before an LF.
    kept = re.sub(r"(?<!\r)\n", "\r\n", exported)
    assert parse_exported("\ufeff" + kept).answers == {
        sid: a.replace("\r\n", "\n") if not a.endswith("\r") else a[:-1].replace("\r\n", "\n")
        for sid, a in answers.items()
    }


def test_round_trip_through_the_store(tmp_path: Path) -> None:
    attempt = _stored_attempt(Store(tmp_path / "db.sqlite3"), "peer", peer=True)
    parsed = parse_exported(attempt_markdown(attempt, _case()))
    assert (parsed.case_id, parsed.mode, parsed.title) == ("tiny", "peer", "Tiny fraud case")
    assert parsed.answers == TRICKY
    # Everything import restores comes back exactly: dates, seconds, hints, questions.
    assert (parsed.created_at, parsed.finished_at) == (T0, T0 + 2400)
    assert {
        sid: (s.seconds, s.hints_used, s.submitted_at) for sid, s in parsed.sections.items()
    } == {sid: (s.seconds, s.hints_used, s.submitted_at) for sid, s in attempt.sections.items()}
    assert parsed.questions == attempt.questions


def test_an_edited_export_still_parses() -> None:
    exported = attempt_markdown(_attempt({"framing": "a", "data": "b"}), None)
    edited = exported.replace("## Data\n", "## My own notes\n\n```markdown\nno\n```\n\n## Data\n")
    answers = parse_exported(edited).answers
    assert answers == {
        "framing": "a",
        "data": "b",
        "modeling": "",
        "evaluation": "",
        "production": "",
    }


def test_damaged_or_newer_exports_are_refused() -> None:
    exported = attempt_markdown(_attempt({"data": "x"}), None)
    with pytest.raises(
        ExportFormatError, match=r"line \d+: the answer under 'Data' has no closing"
    ):
        parse_exported(exported.replace("x\n<!-- end of answer data -->\n", "x\n"))
    with pytest.raises(ExportFormatError, match="newer"):
        parse_exported(exported.replace(f"{FORMAT_KEY}: 2", f"{FORMAT_KEY}: 99"))
    data_line = exported.split("\n").index("<!-- designtrainer data") + 1
    for damage, field in [
        ('"created_at": 1714557600.0', "'created_at' is not a number"),
        ('"hints": 0', "'sections.framing.hints' is not a count"),
        ('"questions": []', "'questions' is not a list"),
    ]:
        broken = exported.replace(damage, damage.split(":")[0] + ': "x"', 1)
        with pytest.raises(ExportFormatError, match=f"line {data_line}: .*{re.escape(field)}"):
            parse_exported(broken)
    with pytest.raises(ExportFormatError, match="JSON is not valid"):
        parse_exported(exported.replace('"attempt": 1,', '"attempt": 1'))


# -- what the markdown and HTML look like -----------------------------------------------------


def test_exported_markdown_is_commonmark_with_task_lists(tmp_path: Path) -> None:
    attempt = _stored_attempt(Store(tmp_path / "db.sqlite3"), "peer", peer=True)
    text = attempt_markdown(attempt, _case())
    assert text.startswith(f"---\n{FORMAT_KEY}: 2\ncase: tiny\n")
    body = text.split("\n---\n", 1)[1]
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(body)
    # Top-level only: the peer's note holds a "## Data" of its own, kept inside its quote.
    # The answers are markdown: the framing answer's own "## Data" is a heading too.
    h2 = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.tag == "h2" and t.nesting == 1 and t.level == 0
    ]
    assert h2 == [
        "Clarifying questions",
        "Problem framing",
        "Data",
        "Data",  # the answer's own heading
        "Modeling",
        "Evaluation",
        "Production",
        "Red flags",
        "Depth: numbers and trade-offs",
        "Timing",
        "Peer review",
    ]
    # No answer is a code block any more: the fences are the data answer's own (its ```` left
    # open and closed after it, so the rest of the document is not code).
    assert [t.info for t in tokens if t.type == "fence" and t.level == 0] == ["python", "", ""]
    # Each rubric item is a task-list line: `[x]`/`[ ]` opening a list item's text.
    items = [tokens[i + 2].content for i, t in enumerate(tokens) if t.type == "list_item_open"]
    tasks = [c for c in items if c.startswith(("[x] ", "[ ] "))]
    assert len(tasks) == 7
    # The quote is the matched words (the answer is right above), `*` escaped where present.
    assert '[x] Goal: cut fraud losses — "fraud losses"' in tasks
    assert "[ ] GBDT — Because gbdt matters." in tasks
    assert any("you wrote" in t and "negated by 'not'" in t for t in tasks)
    assert "| Data | 2:30 | 10:00 |" in body  # peer: no hints column
    assert "**Recommendation: lean hire**" in body


def test_an_attempt_whose_case_vanished_still_exports(tmp_path: Path) -> None:
    attempt = _stored_attempt(Store(tmp_path / "db.sqlite3"))
    text = attempt_markdown(attempt, None)
    assert "| Problem framing | 1:30 | — | 0 |" in text
    assert "- [x] Goal: cut fraud losses" in text  # labels come from the stored result
    assert "budgets are not shown" in text


def test_an_ungraded_attempt_exports() -> None:
    text = attempt_markdown(_attempt({"data": "draft"}), None)
    assert text.startswith(f"---\n{FORMAT_KEY}: 2\ncase: tiny\n")
    assert "\nscore: null\n" in text and "Not graded yet." in text
    assert parse_exported(text).answers["data"] == "draft"


def test_html_shows_raw_html_as_text(tmp_path: Path) -> None:
    attempt = _stored_attempt(Store(tmp_path / "db.sqlite3"), "peer", peer=True)
    page = attempt_html(attempt, _case())
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "<script" not in page.lower() and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page  # the answer
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the peer's note
    assert "&lt;b&gt;transactions&lt;/b&gt;" in page  # the question
    assert '<li class="task">☑ Goal: cut fraud losses' in page
    assert "<table>" in page and "Content-Security-Policy" in page


def test_default_filename_is_safe() -> None:
    attempt = dataclasses.replace(_attempt({}), case_id="../we ird/ca$e")
    assert default_filename(attempt, "md", tz=UTC) == "we-ird-ca-e-2024-05-01-solo.md"
    assert default_filename(_attempt({}, "peer"), "html", tz=UTC) == "tiny-2024-05-01-peer.html"


# -- the commands -----------------------------------------------------------------------------


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The command as a person runs it, with its exit code."""
    code: int
    try:
        code = main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def _graded_attempt(library: Library, case_id: str = "fraud-detection") -> int:
    """A finished attempt in the default store, answered with a fixture file."""
    from designtrainer.grading.grade import grade

    parsed = parse_exported((FIX / case_id / "strong.md").read_text(encoding="utf-8"))
    store = Store()
    aid = store.start_attempt(case_id, library.case(case_id).title)
    for sid, text in parsed.answers.items():
        store.save_answer(aid, sid, text)
    store.finish(aid, grade(library.compiled(case_id), parsed.answers))
    store.close()
    return aid


@pytest.mark.parametrize("command", ["export", "import", "rubric"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([command, "--help"], capsys)
    assert code == 0 and f"usage: designtrainer {command}" in out


def test_export_writes_once_and_needs_force_to_overwrite(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    library: Library,
) -> None:
    monkeypatch.chdir(tmp_path)
    aid = _graded_attempt(library)
    code, _, err = run(["export"], capsys)
    assert code == 0
    [written] = tmp_path.glob("fraud-detection-*-solo.md")
    assert f"wrote {written.name}" in err
    original = written.read_text(encoding="utf-8")
    written.write_text("mine", encoding="utf-8")
    code, _, err = run(["export", "--last"], capsys)
    assert code == 1 and "already exists; pass --force" in err
    assert written.read_text(encoding="utf-8") == "mine"  # untouched
    assert run(["export", str(aid), "--force"], capsys)[0] == 0
    assert written.read_text(encoding="utf-8") == original
    code, out, _ = run(["export", str(aid), "-o", "-"], capsys)
    assert code == 0 and out == original
    target = tmp_path / "out" / "page.html"
    target.parent.mkdir()  # a folder the person names must exist (tests/test_missing_folder.py)
    assert run(["export", "--format", "html", "-o", str(target)], capsys)[0] == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob("**/.*.tmp"))  # atomic writes leave nothing behind


def test_export_errors(capsys: pytest.CaptureFixture[str], library: Library) -> None:
    code, _, err = run(["export"], capsys)
    assert code == 2 and "no attempts yet" in err
    aid = _graded_attempt(library)
    code, _, err = run(["export", str(aid + 41)], capsys)
    assert code == 2 and f"no attempt with id {aid + 41}" in err and str(aid) in err
    code, _, err = run(["export", "abc"], capsys)
    assert code == 2 and "'abc' is not an attempt id" in err
    code, _, err = run(["export", str(aid), "--last"], capsys)
    assert code == 2 and "not allowed with" in err


def test_import_of_an_export_restores_the_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], library: Library
) -> None:
    aid = _graded_attempt(library)
    store = Store()
    store.save_answer(aid, "modeling", store.get(aid).section("modeling").answer + "\n## x\n````\n")  # type: ignore[union-attr]
    path = tmp_path / "export.md"
    assert run(["export", str(aid), "-o", str(path)], capsys)[0] == 0
    old = store.get(aid)
    store.delete(aid)  # imported into a history that no longer has the original
    code, out, _ = run(["import", str(path)], capsys)
    assert code == 0
    new_id = int(re.match(r"imported attempt (\d+) \(fraud-detection\): score \d+%", out).group(1))  # type: ignore[union-attr]
    new = store.get(new_id)
    assert old is not None and new is not None
    assert new.answers == {k: v for k, v in old.answers.items() if v}
    assert new.finished and new.mode == "solo" and new.result is not None
    assert new.result.case == "fraud-detection" and f"{round(new.result.score * 100)}%" in out
    assert not store.in_use_elsewhere(new_id) and store.claim(new_id)
    # The same file again is recognised, not copied.
    code, out, _ = run(["import", str(path)], capsys)
    assert code == 0 and f"already in your history as #{new_id}; use --again" in out


def test_import_of_a_hand_written_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], library: Library
) -> None:
    filled = template(library.case("fraud-detection")).replace(
        "## Data (",
        "We cut fraud losses and keep false declines of good customers low.\n\n## Data (",
    )
    filled = (
        filled.replace("## Modeling (", "Chargebacks arrive weeks late.\n\n## Modeling (")
        + "\nA rules fallback when the model is down.\n"
    )
    parsed = parse_exported(filled)
    assert not parsed.exported and parsed.ignored == ""
    assert parsed.answers["framing"] == (
        "We cut fraud losses and keep false declines of good customers low."
    )
    assert parsed.answers["data"] == "Chargebacks arrive weeks late."
    assert parsed.answers["modeling"] == ""
    path = tmp_path / "mine.md"
    path.write_text(filled, encoding="utf-8")
    code, out, err = run(["import", str(path)], capsys)
    assert code == 0 and "warning" not in err
    new_id = int(out.split()[2])
    attempt = Store().get(new_id)
    assert attempt is not None and attempt.score is not None and attempt.score > 0
    assert set(attempt.answers) == {"framing", "data", "production"}


def test_import_warns_about_text_under_no_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "loose.md"
    path.write_text(
        "---\ncase: fraud-detection\n---\n# My answer\n\nStray thoughts.\n\n## Data\nlabels\n"
    )
    code, _, err = run(["import", str(path)], capsys)
    assert code == 0 and "not imported (1 line)" in err


def test_import_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ncase: nope\n---\n## Data\nlabels\n")
    code, _, err = run(["import", str(path)], capsys)
    assert code == 2 and "unknown case 'nope'" in err and "fraud-detection" in err
    code, _, err = run(["import", str(path), "--case", "fraud-detection"], capsys)
    assert code == 0
    path.write_text("## Data\nlabels\n")
    code, _, err = run(["import", str(path)], capsys)
    assert code == 2 and "no case given" in err
    path.write_text("---\ncase: fraud-detection\n---\nno headings at all\n")
    code, _, err = run(["import", str(path)], capsys)
    assert code == 1 and "no answers found" in err
    code, _, err = run(["import", str(tmp_path / "missing.md")], capsys)
    assert code == 1 and "cannot read" in err
    broken = attempt_markdown(_attempt({"data": "x"}), None).replace(
        "x\n<!-- end of answer data -->\n", "x\n"
    )
    path.write_text(broken.replace("case: tiny", "case: fraud-detection"))
    code, _, err = run(["import", str(path)], capsys)
    assert code == 1 and "no closing" in err


def test_rubric_checklist(capsys: pytest.CaptureFixture[str], library: Library) -> None:
    rubric = library.rubric("fraud-detection")
    code, out, _ = run(["rubric", "fraud-detection"], capsys)
    assert code == 0 and out.startswith("# ")
    lines = [ln for ln in out.splitlines() if ln.startswith("- [ ] ")]
    assert len(lines) == len(rubric.items) + len(rubric.red_flags)
    first = rubric.items[0]
    assert f"({first.level}, {first.weight}) — " in out
    assert "## Problem framing (" in out and "## Red flags" in out
    code, out, _ = run(["rubric", "fraud-detection", "--level", "core", "--format", "json"], capsys)
    doc = json.loads(out)
    items = [i for s in doc["sections"] for i in s["items"]]
    assert items and {i["level"] for i in items} == {"core"}
    assert len(items) == sum(1 for i in rubric.items if i.level == "core")
    code, out, _ = run(
        ["rubric", "fraud-detection", "--level", "senior", "--format", "json"], capsys
    )
    levels = {i["level"] for s in json.loads(out)["sections"] for i in s["items"]}
    assert levels == {"core", "senior"}
    code, _, err = run(["rubric", "nope"], capsys)
    assert code == 2 and "known cases" in err


def test_questions_in_the_export(tmp_path: Path) -> None:
    attempt = _stored_attempt(Store(tmp_path / "db.sqlite3"))
    assert attempt.questions[0] == Question(
        "How many <b>transactions</b> a day?", "About 8M.", 0, T0 + 10
    )
    text = attempt_markdown(attempt, _case())
    assert "- **Q:** How many \\<b>transactions\\</b> a day?\\\n  **A:** About 8M." in text
    assert "- **Q:** Is there a \\`budget\\`?\\\n" in text


# -- format 2: a document to send; import restores what it holds ------------------------------


def test_inline_escapes_only_what_could_be_markup() -> None:
    from designtrainer.render.markdown import inline

    ordinary = "About ~10 ms at ~8M requests, $5 a month or $0.2/1k; a < b; snake_case; C:\\dir"
    assert inline(ordinary) == ordinary
    assert inline("~~gone~~ and ~x~") == "\\~\\~gone\\~\\~ and \\~x\\~"
    assert inline("math $x^2$ here") == "math \\$x^2\\$ here"
    assert inline("<b>bold</b> *em* _em_ `code` [link](x) a|b &amp;") == (
        "\\<b>bold\\</b> \\*em\\* \\_em\\_ \\`code\\` \\[link\\](x) a\\|b \\&amp;"
    )
    assert inline("# not a heading") == "\\# not a heading"
    assert inline("1. not a list") == "1\\. not a list"
    assert inline("- not an item") == "\\- not an item"
    assert inline("ends in a backslash\\") == "ends in a backslash\\\\"
    # Every one reads back as the text itself.
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    for text in [ordinary, "~~gone~~", "$x$", "<b>x</b>", "# h", "1. x", "- x", "a\\", "x_y_"]:
        html = md.render(f"text: {inline(text)}").strip()
        plain = html.removeprefix("<p>text: ").removesuffix("</p>")
        assert plain == __import__("html").escape(text, quote=False).replace(
            "&amp;amp;", "&amp;"
        ), text


def _submitted_all_but_evaluation(store: Store) -> Attempt:
    attempt = _stored_attempt(store)
    sections = dict(attempt.sections)
    sections["evaluation"] = dataclasses.replace(sections["evaluation"], submitted_at=None)
    return dataclasses.replace(attempt, sections=sections)


def test_the_markdown_reads_as_a_document(tmp_path: Path) -> None:
    attempt = _submitted_all_but_evaluation(Store(tmp_path / "db.sqlite3"))
    text = attempt_markdown(attempt, _case(), tz=UTC)
    lines = text.split("\n")
    # Answers are markdown, not code blocks: no ```markdown fence anywhere.
    assert not any(ln.lstrip("`").startswith("markdown") and ln.startswith("```") for ln in lines)
    assert "Goal: cut *fraud losses* while keeping false declines low." in lines
    # Ordinary text is not littered with escapes.
    assert "\\~" not in text and "\\$" not in text
    # Each section: its prompt as a quote, then time against budget in m:ss, then the answer.
    framing = text[text.index("## Problem framing") : text.index("## Data\n\n>")]
    assert "> What would you say about framing? Costs are ~$5 a month.\n" in framing
    assert "*1:30 of 8:00 · 0 hints · checklist 100%*" in framing
    assert framing.index("> What would") < framing.index("1:30") < framing.index("Goal: cut")
    assert "**Follow-up probes**\n\n- Probe framing: what if traffic grows ~10x?" in framing
    assert "**Checklist**\n\n- [x] Goal: cut fraud losses" in framing
    # Probes appear for sections that were submitted (as on screen), not for the others.
    evaluation = text[text.index("## Evaluation") : text.index("## Production")]
    assert "Probe evaluation" not in evaluation and "_No answer._" in evaluation
    # Times are m:ss everywhere; no decimal minutes.
    assert (
        "| Data | 2:30 | 10:00 | 2 |" in text
        and "| **Total** | **17:30** | **45:00** | **3** |" in text
    )
    assert "duration: '17:30'" in text and not re.search(r"\b\d+\.\d min", text)
    # Quotes of the evidence are the matched words, each once.
    assert text.count('"fraud losses"') == 1
    # References only on request.
    assert "Reference for framing" not in text and "Reference answer" not in text
    with_refs = attempt_markdown(attempt, _case(), tz=UTC, references=True)
    assert "**Reference answer**\n\n> Reference for framing: use *late labels*." in with_refs
    assert parse_exported(with_refs).answers == TRICKY
    page = attempt_html(attempt, _case(), tz=UTC, references=True)
    assert "<p>Reference for framing: use <em>late labels</em>.</p>" in page
    assert "<em>fraud losses</em>" in page  # the answer as markdown in the page too
    assert "<!-- answer" not in page and "designtrainer data" not in page


def test_old_format_exports_still_import() -> None:
    """A format 1 export (fenced answers, decimal minutes) as earlier versions wrote it."""
    for name, mode in [("v1-solo.md", "solo"), ("v1-peer.md", "peer")]:
        parsed = parse_exported((FIX.parent / "exports" / name).read_text(encoding="utf-8"))
        assert parsed.answers == TRICKY and parsed.mode == mode
        assert parsed.created_at == T0
        assert {s: st.seconds for s, st in parsed.sections.items()} == {
            sid: 60.0 * (n + 1) + 30 for n, sid in enumerate(SECTION_IDS)
        }
        assert {s: st.hints_used for s, st in parsed.sections.items()} == {
            "framing": 0,
            "data": 2,
            "modeling": 0,
            "evaluation": 0,
            "production": 1,
        }
        assert [(q.question, q.answer, q.asked_at) for q in parsed.questions] == [
            ("How many <b>transactions</b> a day?", "About 8M.", T0),
            ("Is there a `budget`?", "I can't say more about that.", T0),
        ]


def test_import_restores_the_attempt_and_only_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    library: Library,
) -> None:
    """Exported on one machine, imported on another: dates, times, hints, questions kept."""
    aid = _graded_attempt(library)
    store = Store()
    store.add_seconds(aid, "framing", 95.0)
    store.add_seconds(aid, "data", 421.5)
    store.use_hint(aid, "data")
    store.use_hint(aid, "data")
    store.submit_section(aid, "framing")
    store.add_question(aid, "How many transactions a day?", "About 8M a day.", 0)
    original = store.get(aid)
    store.close()
    assert original is not None
    path = tmp_path / "sent.md"
    assert run(["export", str(aid), "-o", str(path)], capsys)[0] == 0
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "mentor"))
    code, out, _ = run(["import", str(path)], capsys)
    assert code == 0, out
    new_id = int(out.split()[2])
    new = Store().get(new_id)
    assert new is not None
    assert new.created_at == original.created_at and new.finished
    assert new.section("data").seconds == 421.5 and new.section("framing").seconds == 95.0
    assert new.section("data").hints_used == 2 and new.hints_used == 2
    # Submitted as it was: framing was, data was not (its probes were never shown).
    assert new.section("framing").submitted_at == original.section("framing").submitted_at
    assert original.section("data").answer and not new.section("data").submitted
    assert [(q.question, q.answer, q.clarification, q.asked_at) for q in new.questions] == [
        (q.question, q.answer, q.clarification, q.asked_at) for q in original.questions
    ]
    code, out, _ = run(["history"], capsys)
    # History dates a row by when it was last worked on (updated_at), which can fall in the
    # minute after created_at: comparing with created_at failed at a minute boundary.
    assert time_of(new.updated_at) in out and "0:00" not in out.split("\n")[1]
    # The same file again: recognised, nothing added, unless asked.
    code, out, _ = run(["import", str(path)], capsys)
    assert (
        code == 0
        and out
        == f"{path}: already in your history as #{new_id}; use --again to import another copy\n"
    )
    assert len(Store().attempts()) == 1
    code, out, _ = run(["import", str(path), "--again"], capsys)
    assert code == 0 and out.startswith("imported attempt ")
    assert len(Store().attempts()) == 2
    # A hand-edited answer is another attempt.
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "<!-- end of answer data -->", "One more line.\n<!-- end of answer data -->", 1
        ),
        encoding="utf-8",
    )
    code, out, _ = run(["import", str(path)], capsys)
    assert code == 0 and out.startswith("imported attempt ")


def time_of(timestamp: float) -> str:
    import time

    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def test_import_of_an_old_export_restores_its_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = FIX.parent / "exports" / "v1-solo.md"
    code, out, err = run(["import", str(path), "--case", "fraud-detection"], capsys)
    assert code == 0, err
    new = Store().get(int(out.split()[2]))
    assert new is not None and new.created_at == T0
    assert new.section("data").seconds == 150.0 and new.section("data").hints_used == 2
    assert [q.answer for q in new.questions] == ["About 8M.", "I can't say more about that."]
    code, out, _ = run(["import", str(path), "--case", "fraud-detection"], capsys)
    assert "already in your history as" in out


def test_grade_of_an_export_grades_the_answers_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], library: Library
) -> None:
    """`grade` of an exported attempt scores what the attempt scored: the export's checklist,
    follow-up probes and red-flag messages are the rubric's words, not the answer (a 33%
    attempt graded 100% from its own export, every core item "met")."""
    filled = template(library.case("fraud-detection")).replace(
        "## Data (", "Chargebacks arrive weeks late.\n\n## Data ("
    )
    path = tmp_path / "mine.md"
    path.write_text(filled, encoding="utf-8")
    assert run(["import", str(path)], capsys)[0] == 0
    attempt = Store().get(1)
    assert attempt is not None and attempt.score is not None
    exported = tmp_path / "export.md"
    assert run(["export", "--last", "-o", str(exported)], capsys)[0] == 0
    code, out, _ = run(["grade", str(exported), "--format", "json"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["score"] == pytest.approx(attempt.score, abs=0.01)
    source = exported.read_text(encoding="utf-8")
    for section in doc["sections"]:
        for item in section["items"]:
            for ev in item["evidence"]:
                assert source[ev["start"] : ev["end"]] == ev["text"].strip("…")
    code, out, _ = run(["grade", str(exported), "--whole", "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["score"] < 0.5
    # the same export after a CRLF conversion (a Windows editor, git autocrlf): the same score,
    # and the evidence still points at the answer's words in the file
    crlf = tmp_path / "export-crlf.md"
    crlf.write_bytes(source.replace("\n", "\r\n").encode("utf-8"))
    code, out, _ = run(["grade", str(crlf), "--format", "json"], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["score"] == pytest.approx(attempt.score, abs=0.01)
    written = crlf.read_bytes().decode("utf-8")
    spans = [ev for s in doc["sections"] for i in s["items"] for ev in i["evidence"]]
    assert spans
    for ev in spans:
        assert written[ev["start"] : ev["end"]].replace("\r\n", "\n") == ev["text"].strip("…")


def test_an_old_export_with_an_absurd_minute_count_imports_without_it() -> None:
    """A format 1 timing row is restored as minutes * 60: "| Data | 1e400-ish digits |" was
    infinity, and a year-9999 count of minutes a duration the store reads as damaged. A
    section's time past a year is not restored (the answers and the rest are)."""
    text = (FIX.parent / "exports" / "v1-solo.md").read_text(encoding="utf-8")
    text = text.replace("| Data | 2.5 | 10 |", f"| Data | {'9' * 400} | 10 |")
    text = text.replace("| Modeling | 3.5 | 10 |", "| Modeling | 527041 | 10 |")  # a year + 1
    parsed = parse_exported(text)
    assert parsed.answers == TRICKY
    seconds = {s: st.seconds for s, st in parsed.sections.items()}
    assert seconds["data"] == 0.0 and seconds["modeling"] == 0.0
    assert seconds["framing"] == 90.0 and parsed.sections["data"].hints_used == 2
