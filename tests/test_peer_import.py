"""A peer interview's export imports with the interviewer's marks.

The scorecard of a mock interview with no candidate notes (the interviewer ticked and rated;
nobody pasted what the candidate wrote) failed with "no answers found under section
headings": the export did not carry the marks, and import only graded answers. A candidate
who is sent the export expects to keep it: the export now carries the interviewer's review
(ticks, ratings, notes, communication, red flags, recommendation) in its data comment, and
import stores it as a peer attempt with those marks and empty answers, the score the
interviewer's ticks give, as the console stored it. With notes, the ticks are still the
interviewer's, not the checker's reading of the notes. An export from before this carries
no marks: import says so, instead of pointing at section headings.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from designtrainer.cli import main
from designtrainer.domain.review import PeerReview
from designtrainer.loading.library import Library
from designtrainer.sessions import finish_peer
from designtrainer.store.db import Store

CASE = "feed-ranking"


def _peer_export(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch, notes: str = ""
) -> tuple[Path, PeerReview]:
    """A finished peer interview, exported from the interviewer's home to a file."""
    rubric = library.rubric(CASE)
    framing = [i.id for i in rubric.section_items("framing")]
    home = tmp_path / "interviewer"
    home.mkdir()
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(home))
    store = Store(home / "designtrainer.sqlite3")
    aid = store.start_attempt(CASE, library.case(CASE).title, mode="peer")
    if notes:
        store.save_answer(aid, "data", notes)
    review = PeerReview(
        ratings={"framing": 3, "data": 2},
        notes={"framing": "Asked about the goal first."},
        ticks={"framing": (framing[0], framing[1])},
        communication={"clarifying": 4},
    )
    decided = finish_peer(store, aid, rubric, review, None)
    store.close()
    out = tmp_path / "scorecard.md"
    assert main(["export", str(aid), "-o", str(out)]) == 0
    friend = tmp_path / "friend"
    friend.mkdir()
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(friend))
    return out, decided


def _imported(tmp_path: Path) -> Store:
    return Store(tmp_path / "friend" / "designtrainer.sqlite3")


def test_a_peer_export_without_notes_imports_with_the_interviewers_marks(
    tmp_path: Path,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, review = _peer_export(tmp_path, library, monkeypatch)
    capsys.readouterr()
    assert main(["import", str(path)]) == 0, capsys.readouterr().err
    assert f"({CASE})" in capsys.readouterr().out
    store = _imported(tmp_path)
    [summary] = store.attempts()
    attempt = store.get(summary.id)
    assert attempt is not None and attempt.mode == "peer" and attempt.finished
    assert all(answer == "" for answer in attempt.answers.values())
    assert attempt.peer is not None
    assert attempt.peer.ratings == review.ratings and attempt.peer.ticks == review.ticks
    assert attempt.peer.notes == review.notes
    assert attempt.peer.recommendation == review.recommendation
    assert attempt.result is not None
    met = {r.item.id for r in attempt.result.items if r.met}
    assert met == set(review.ticks["framing"])
    store.close()
    assert main(["import", str(path)]) == 0  # the same file again: recognised, not doubled
    assert "already in your history" in capsys.readouterr().out


def test_a_peer_export_with_notes_keeps_the_interviewers_ticks(
    tmp_path: Path,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    notes = (
        "Labels from engagement logs, delayed; we'd split by time to avoid leakage and "
        "downsample negatives."
    )
    path, review = _peer_export(tmp_path, library, monkeypatch, notes)
    assert main(["import", str(path)]) == 0
    store = _imported(tmp_path)
    [summary] = store.attempts()
    attempt = store.get(summary.id)
    assert attempt is not None and attempt.result is not None
    assert attempt.section("data").answer == notes
    assert {r.item.id for r in attempt.result.items if r.met} == set(review.ticks["framing"])
    store.close()


def test_an_older_peer_export_without_marks_says_why_nothing_is_imported(
    tmp_path: Path,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _ = _peer_export(tmp_path, library, monkeypatch)
    text = path.read_text()
    path.write_text(re.sub(r',\n "peer": .*\n', "\n", text))  # as exports were before
    assert '"peer"' not in path.read_text()
    capsys.readouterr()
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "peer interview" in err and "marks" in err, err
    assert "section headings" not in err


def test_an_imported_recommendation_is_shown_as_plain_text() -> None:
    """The recommendation stored with a review is shown as decided; since a peer export's
    review can be imported, it is text from a file someone else wrote, and the scorecard
    wrote it into its markdown unescaped (a link, an image, emphasis)."""
    from designtrainer.domain.review import Recommendation
    from designtrainer.render.scorecard import build_scorecard, scorecard_markdown

    hostile = "lean hire](https://evil.example) **now** [x"
    review = PeerReview(recommendation=Recommendation(outcome=hostile))
    text = scorecard_markdown(build_scorecard(review, (), ()), "Tiny")
    line = next(x for x in text.splitlines() if x.startswith("**Recommendation:"))
    assert "\\]" in line and "\\*\\*now\\*\\*" in line and "\\[x" in line, line


def test_a_damaged_peer_review_in_an_export_is_a_clear_error(
    tmp_path: Path,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _ = _peer_export(tmp_path, library, monkeypatch)
    path.write_text(re.sub(r'\n "peer": .*\n', '\n "peer": [1, 2]\n', path.read_text()))
    capsys.readouterr()
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "'peer' is not an object" in err and "Traceback" not in err, err
