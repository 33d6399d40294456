"""Inputs shared by the benches: answer files of a given size and stores with many attempts.

Answers are built from the bundled reference answers, so they read like real answers and are
dense with rubric phrases. Stores are seeded through Store.import_attempt with the stored form
of a real grade (about 10 KB of JSON per attempt, as the app writes it), so whatever the store
keeps beside that JSON (columns added by migrations) is filled the way the app fills it.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from designtrainer.domain.vocabulary import SECTION_IDS, SECTION_TITLES
from designtrainer.loading.library import Library, default_sources, load_library


def library() -> Library:
    return load_library(default_sources())


def largest_case(lib: Library) -> str:
    """The case whose rubric has the most phrases: the slowest to compile and to grade."""
    return max(
        lib.rubrics, key=lambda c: sum(len(g) for i in lib.rubric(c).items for g in i.evidence)
    )


def words_of_references(lib: Library) -> list[str]:
    return "\n\n".join(s.reference_answer for c in lib.cases.values() for s in c.sections).split()


def answer_file(lib: Library, case_id: str, words: int) -> str:
    """A markdown answer file for `case_id`: front matter and five sections, `words` words."""
    pool = words_of_references(lib)
    per = max(1, words // len(SECTION_IDS))
    out = ["---", f"case: {case_id}", "---", ""]
    k = 0
    for sid in SECTION_IDS:
        chunk = []
        while len(chunk) < per:
            chunk.append(pool[k % len(pool)])
            k += 1
        # Paragraphs of about 60 words, like people write.
        paras = [" ".join(chunk[i : i + 60]) for i in range(0, len(chunk), 60)]
        out += [f"## {SECTION_TITLES[sid]}", "", *("\n\n".join(paras).splitlines()), ""]
    return "\n".join(out) + "\n"


def seed_store(path: Path, lib: Library, attempts: int, unfinished_every: int = 50) -> None:
    """A store at `path` with `attempts` attempts over every case, oldest first.

    One template attempt per case (and one unfinished one) is made through the Store's own
    methods, so every column it fills (those later migrations add included) is filled as the
    app fills it; the rows are then copied with executemany in one transaction, which takes
    seconds where 16,000 separate imports would take minutes.
    """
    import tempfile

    from designtrainer.grading.grade import grade
    from designtrainer.store.attempt import SectionState
    from designtrainer.store.db import Store

    rng = random.Random(12)
    templates = Store(Path(tempfile.mkdtemp()) / "templates.sqlite3")
    finished_ids: list[int] = []
    open_ids: list[int] = []
    try:
        for cid in lib.ids():
            case = lib.case(cid)
            answers = {s.id: s.reference_answer[: 200 + rng.randrange(600)] for s in case.sections}
            result = grade(lib.compiled(cid), answers)
            states = [SectionState(sid, text, seconds=120.0) for sid, text in answers.items()]
            finished_ids.append(templates.import_attempt(cid, case.title, "solo", states, result))
            open_id = templates.start_attempt(cid, case.title)
            templates.save_answer(open_id, "framing", answers["framing"])
            templates.add_seconds(open_id, "framing", 90.0)
            open_ids.append(open_id)
        db = templates.db
        columns = [r[1] for r in db.execute("PRAGMA table_info(attempts)") if r[1] != "id"]
        rows = {
            r[0]: tuple(r[1:]) for r in db.execute(f"SELECT id, {', '.join(columns)} FROM attempts")
        }
        sec_cols = [r[1] for r in db.execute("PRAGMA table_info(sections)") if r[1] != "attempt_id"]
        secs: dict[int, list[tuple[object, ...]]] = {}
        for r in db.execute(f"SELECT attempt_id, {', '.join(sec_cols)} FROM sections"):
            secs.setdefault(r[0], []).append(tuple(r[1:]))
    finally:
        templates.close()

    store = Store(path)  # the schema, through the migrations
    created = columns.index("created_at")
    updated = columns.index("updated_at")
    finished = columns.index("finished_at")
    new_rows = []
    new_secs = []
    t0 = time.time() - attempts * 3600.0
    for n in range(1, attempts + 1):
        pool = open_ids if unfinished_every and n % unfinished_every == 0 else finished_ids
        src = pool[n % len(pool)]
        row = list(rows[src])
        when = t0 + n * 3600.0
        row[created] = when
        row[updated] = when + 1800.0
        if row[finished] is not None:
            row[finished] = when + 1800.0
        new_rows.append((n, *row))
        new_secs += [(n, *s) for s in secs.get(src, [])]
    try:
        with store.db:
            store.db.execute("BEGIN")
            store.db.executemany(
                f"INSERT INTO attempts (id, {', '.join(columns)})"
                f" VALUES ({', '.join('?' * (len(columns) + 1))})",
                new_rows,
            )
            store.db.executemany(
                f"INSERT INTO sections (attempt_id, {', '.join(sec_cols)})"
                f" VALUES ({', '.join('?' * (len(sec_cols) + 1))})",
                new_secs,
            )
            store.db.execute("COMMIT")
    finally:
        store.close()


def seeded(attempts: int, where: Path, lib: Library) -> Path:
    """A seeded database file in `where` (made once per bench run)."""
    path = where / f"store-{attempts}.sqlite3"
    if not path.exists():
        start = time.perf_counter()
        seed_store(path, lib, attempts)
        took = time.perf_counter() - start
        print(f"(seeded {attempts:,} attempts in {took:.1f} s)", flush=True)
    return path
