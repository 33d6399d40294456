"""Cold paths made cheaper without changing a result (issue 12).

Answer files read without PyYAML when their front matter is plain `key: word` lines
(issue 12: a fresh `grade` is timed against `python -c "import yaml"`), giving exactly what
YAML gives: compared here on generated front matter, most of it not plain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.typos import (
    FUZZY_MAX_LENGTH,
    FUZZY_MIN_LENGTH,
    Vocabulary,
    _inflected,
    is_english,
    one_edit,
)
from designtrainer.grading.words import normalize_word, stem
from designtrainer.io.answers import (
    _FRONT,
    _fold_plain_lines,
    _markdown_blocks,
    _simple_blocks,
    _simple_front_matter,
    front_matter,
    parse_answer,
)
from designtrainer.loading.library import Library, default_sources, load_library
from designtrainer.loading.problems import ContentError
from designtrainer.loading.yamlfile import parse_yaml

WORDS = st.one_of(
    st.sampled_from(
        [
            "case",
            "fraud-detection",
            "eta_prediction",
            "mode",
            "solo",
            "exam",
            "yes",
            "No",
            "TRUE",
            "off",
            "On",
            "null",
            "Null",
            "~",
            "1",
            "0x1f",
            "1e3",
            ".inf",
            "2024-01-02",
            "a",
            "Z9",
            "x-",
            "a:b",
            "'quoted'",
            '"q"',
            "#tag",
            "&anchor",
            "*alias",
            "!!python",
            "[list]",
            "{m: 1}",
            "-",
            "é",
            "a b",
            "<<",
            "=",
            "y",
            "n",
        ]
    ),
    st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True),
    st.text(st.characters(codec="utf-8", exclude_characters="\n"), max_size=6),
)
SEPARATORS = st.sampled_from([": ", ":  ", ":", ": \t", "\t: ", " : ", ":\t"])
LINE = st.one_of(
    st.tuples(WORDS, SEPARATORS, WORDS, st.sampled_from(["", " ", "  ", "\t", "\r", " # c"])).map(
        "".join
    ),
    st.sampled_from(["", " ", "\t", "# comment", "  key: value", "- item", "---", "\r"]),
)

IDENTIFIER = st.one_of(
    st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True),
    st.sampled_from(["yes", "No", "TRUE", "off", "On", "null", "Null", "y", "n", "case"]),
)
NEARLY_PLAIN = st.tuples(IDENTIFIER, st.sampled_from([": ", ":  "]), IDENTIFIER).map("".join)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.one_of(NEARLY_PLAIN, NEARLY_PLAIN, NEARLY_PLAIN, LINE), max_size=5).map("\n".join)
)
@example("case: fraud-detection\n")
@example("case: fraud-detection\nmode: exam\n\n")
@example("case: yes\n")
@example("case: a\ncase: b\n")
def test_plain_front_matter_reads_as_yaml_reads_it(text: str) -> None:
    simple = _simple_front_matter(text)
    if simple is None:
        return  # YAML reads it (or reports it)
    doc = parse_yaml("\n" + text, "answer.md")
    assert (doc.data if doc is not None else {}) == simple
    assert all(type(v) is str for v in simple.values())


def test_what_the_template_writes_is_plain() -> None:
    assert _simple_front_matter("case: fraud-detection\n") == {"case": "fraud-detection"}
    assert front_matter("case: fraud-detection\nmode: exam\n", "a.md") == {
        "case": "fraud-detection",
        "mode": "exam",
    }
    for yaml_only in ("case: yes\n", "case: 'x'\n", "case: a\ncase: b\n", "n: 1\n", "# c\n"):
        assert _simple_front_matter(yaml_only) is None
    assert parse_answer("---\ncase: x\n---\n## Data\n\ntext\n").meta == {"case": "x"}


ROOT = Path(__file__).resolve().parent.parent
# Answer files the tests may read (never the held-out sets, which only the lead runs).
FIXTURE_ANSWERS = sorted(
    p
    for folder in ("answers", "blind")
    for p in (ROOT / "tests" / "fixtures" / folder).rglob("*.md")
)


def test_every_fixture_front_matter_reads_as_yaml_reads_it() -> None:
    assert len(FIXTURE_ANSWERS) > 50
    plain = 0
    for path in FIXTURE_ANSWERS:
        found = _FRONT.match(path.read_text(encoding="utf-8"))
        if found is None:
            continue
        text = found.group(1) or ""
        simple = _simple_front_matter(text)
        if simple is not None:
            plain += 1
            doc = parse_yaml("\n" + text, path)
            assert (doc.data if doc is not None else {}) == simple, path
    assert plain > 10


def _forms(vocabulary: Vocabulary) -> set[str]:
    return set(vocabulary.forms())


def _scan(vocabulary: Vocabulary, by_start: dict[tuple[str, int], list[str]], raw: str) -> str:
    """What `_key` must return, by trying every form that begins with the word's letter:
    the reference for the compact index. (`by_start` holds them by first letter and length,
    and only forms within one letter of the word's length are tried: `one_edit` is false for
    the others, and trying them all was 70% of the test's time.)"""
    base = stem(raw)
    word = normalize_word(raw)
    if (
        base in vocabulary.stems
        or not FUZZY_MIN_LENGTH <= len(word) <= FUZZY_MAX_LENGTH
        or not word.isalpha()
        or word in vocabulary.plain
    ):
        return base
    found = [
        f
        for n in (len(word) - 1, len(word), len(word) + 1)
        for f in by_start.get((word[0], n), ())
        if one_edit(word, f)
    ]
    if found and is_english(word) and not _inflected(word, min(found)):
        return base  # a correctly spelled English word is no slip ("poison", "county")
    return stem(min(found)) if found else base


def _slips(word: str) -> list[str]:
    """Every one-letter slip of `word`: deleted, doubled, swapped and substituted letters."""
    out = [word[:k] + word[k + 1 :] for k in range(len(word))]
    out += [word[:k] + word[k] + word[k:] for k in range(len(word))]
    out += [word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)]
    out += [word[:k] + c + word[k + 1 :] for k in range(len(word)) for c in "aeiosz"]
    return out


def test_the_typo_index_finds_what_a_scan_of_every_form_finds(library: Library) -> None:
    """The index keeps no key for deleting a form's first letter and holds its forms as
    strings: every slip of a rubric word (and of the fixture answers' words) reads exactly
    as trying every form of the rubric would read it."""
    lib = library  # the shared one: compiling reads a rubric, never changes it
    for case_id in ("eta-prediction", "fraud-detection"):
        vocabulary = compile_rubric(lib.rubric(case_id)).vocabulary
        forms = _forms(vocabulary)
        assert len(forms) > 1000
        by_start: dict[tuple[str, int], list[str]] = {}
        for form in forms:
            by_start.setdefault((form[0], len(form)), []).append(form)
        words = sorted(forms)[::41]
        tried = [s for w in words for s in _slips(w)] + [w.capitalize() for w in words]
        for path in FIXTURE_ANSWERS[:20]:
            tried += path.read_text(encoding="utf-8").split()
        read = [vocabulary._key(w) for w in tried]
        assert read == [_scan(vocabulary, by_start, w) for w in tried]
        assert sum(k != stem(w) for k, w in zip(read, tried, strict=True)) > 300


# Lines of every kind a block can start with, and near misses of each: what the simple
# reader must either read as markdown-it does or leave to it.
MARKDOWN_LINES = [
    "plain words", "   indented plain", "    code indented four", "\tcode after a tab", "",
    "   ", " \t ", "## Data", "# Title", "### Evaluation", "#### Modeling deep", "###### six",
    "####### seven", "#hashtag", "##Data", "# Data ##", "## Data#", "## #", "#", "##  ",
    "## Production \t###  ", "#\tServing", "   ## Data", "    ## Data", "## Da\0ta",
    "## Évaluation", "## data\xa0", "Heading text", "===", "=== x", "=x", "---", "--", "-x",
    "--x", "- item", "-\titem", "-", "+ item", "+x", "* item", "*x", "**bold** text", "* * *",
    "***", "___", "__init__ here", "_x", "1. first", "1) first", "2. second", "30-minute",
    "2024", "1.5 hours", "12345678901. x", "> quoted", ">", "> ## Data", "```", "```python",
    "``x``", "`x`", "~~~", "~~x", "~ ~ ~", "<div>", "</div>", "<!-- comment", "end -->",
    "text with <b>tag</b>", "text with > inside", "[ref]: /url", "[ref]", "x\x0by",
    "\x0cform feed", "\xa0nbsp", "| a | b |", "\\# escaped", "!image", "Évaluation des modèles",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(MARKDOWN_LINES),
            st.sampled_from(MARKDOWN_LINES[:12]),  # mostly simple text, so the reader runs
            st.text(st.characters(codec="utf-8", exclude_characters="\n\r"), max_size=8),
        ),
        max_size=25,
    )
)
@example(["## Data", "", "text", "# Title", "more"])
def test_simple_markdown_reads_as_markdown_it_reads_it(lines: list[str]) -> None:
    folded, _ = _fold_plain_lines("\n".join(lines) + "\n")
    simple = _simple_blocks(folded)
    if simple is not None:
        assert simple == _markdown_blocks(folded)


def test_simple_markdown_runs_and_agrees_on_every_fixture() -> None:
    simple = 0
    for path in FIXTURE_ANSWERS:
        folded, _ = _fold_plain_lines(path.read_text(encoding="utf-8"))
        found = _simple_blocks(folded)
        if found is not None:
            simple += 1
            assert found == _markdown_blocks(folded), path
    assert simple > 10
    body = "\n# T\n\n## Data\n\n**Labels.** 30-day window\n#tag\n"
    assert _simple_blocks(_fold_plain_lines(body)[0]) == (
        [],
        [(1, 2, "h1", None), (3, 4, "h2", "data")],
        [],
    )
    texts = parse_answer("---\ncase: x\n---\n" + body).texts()
    # then the title, blanked: a heading is not graded
    assert texts["data"] == "\n**Labels.** 30-day window\n#tag\n\n\n\n   \n\n"


def test_loading_drops_the_rules_only_checking_needs(tmp_path: Path, monkeypatch: Any) -> None:
    """Checking rubric files indexes the general negation cues (`not_negations` must hold a
    cue); a loaded library does not keep them, as nothing after loading uses them."""
    from designtrainer.grading import negation
    from designtrainer.grading.negation import rules

    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path))  # nothing recorded: every file checked
    lib = load_library(default_sources())
    assert rules._general_cues.cache_info().currsize == 0
    assert negation.has_negation_cue("not really")  # built again when asked
    assert rules._general_cues.cache_info().currsize == 1
    assert compile_rubric(lib.rubric("eta-prediction")).negation.words


def test_the_typo_index_holds_every_long_form_that_stems_as_its_word(library: Library) -> None:
    """Forms too short to be read as a typo are not even stemmed while compiling: the forms
    indexed are still exactly the word and each inflection of 6+ letters that stems the
    same, as stemming every inflection finds them."""
    from designtrainer.grading.typos import _INFLECTIONS, Vocabulary
    from designtrainer.grading.words import words_of

    lib = library  # the shared one: compiling reads a rubric, never changes it
    for case_id in ("eta-prediction", "fraud-detection"):
        rubric = lib.rubric(case_id)
        phrases = [p for o in (*rubric.items, *rubric.red_flags) for g in o.evidence for p in g]
        surface = {w for p in phrases for w in words_of(p) if w.isalpha()}
        expected = set()
        for word in surface:
            expected.add(word)
            for root in (word, word[:-1]) if word.endswith(("e", "y")) else (word,):
                for suffix in _INFLECTIONS:
                    form = root + suffix
                    if suffix == "es" and not root.endswith(("s", "x", "z", "ch", "sh")):
                        continue
                    if stem(form) == stem(word):
                        expected.add(form)
        indexed = _forms(Vocabulary(phrases))
        assert indexed == {f for f in expected if len(f) >= FUZZY_MIN_LENGTH}
        assert len(indexed) > 1000


def _pyyaml(text: str) -> Any:
    """What PyYAML's own safe constructor makes of a document."""
    import yaml

    return yaml.load(text, Loader=yaml.CSafeLoader)


_KEYS = st.one_of(
    st.sampled_from(["id", "1", "<<", "=", "true", "null", "0x10", "key with spaces", "k"]),
    st.text(min_size=1, max_size=8),
)
_SCALARS = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        ["2", "-3", "+4", "0", "007", "1_000", "0x1F", "1:30", "3.5", "yes", "No", "~", "null"]
    ),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(_DATA, st.booleans(), st.sampled_from(["", "!!str ", "!!int ", "!!map "]))
@example({"a": [1, "2", {"b": "c"}]}, False, "")
@example({"a": 1}, False, "!!str ")
def test_plain_documents_are_read_as_pyyaml_reads_them(data: Any, flow: bool, tag: str) -> None:
    """Case and rubric files are built from their node tree without PyYAML's constructor
    when they hold only text-keyed mappings, lists, text and decimal integers: on any
    document (written by PyYAML, plain or not, with a tag or two in it) the data, or the
    error, is what PyYAML's constructor gives."""
    import yaml

    text = yaml.safe_dump({"doc": data, "x": "y"}, default_flow_style=flow, sort_keys=False)
    if tag:
        text = text.replace("x: ", f"x: {tag}", 1)
    try:
        expected: Any = _pyyaml(text)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        expected = None  # parse_yaml must refuse it too
    try:
        doc = parse_yaml(text, "t.yaml")
    except ContentError:
        assert expected is None or not isinstance(expected, dict)
        return
    assert doc is not None and doc.data == expected


def test_every_bundled_file_is_read_as_pyyaml_reads_it() -> None:
    for source in default_sources():
        for path in source.files:
            text = path.read_text(encoding="utf-8")
            doc = parse_yaml(text, path)
            assert doc is not None and doc.data == _pyyaml(text), path
