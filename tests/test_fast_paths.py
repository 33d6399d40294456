"""The grading engine's shortcuts give what the plain reading gives (issue 12, 10 MB answers).

Each shortcut skips work whose result could not change the outcome: a mention that cannot be
a label is not read to rule that out, a red flag's clauses are read only in sentences holding
every group of it, and the boilerplate verdict stops reading sentences once the rest could not
tip it. Each test runs the plain version beside the shortcut on generated answers (pieces of
the reference answers with headings, labels, bullets, negations, vague words and red-flag
phrases thrown in) and requires the same result.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache, partial, reduce
from operator import or_

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from designtrainer.domain.model import RedFlag, RubricItem
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading import evidence as evidence_module
from designtrainer.grading import flags as flags_module
from designtrainer.grading import grade as grade_module
from designtrainer.grading import judgement as judgement_module
from designtrainer.grading import negation as negation_module
from designtrainer.grading.choice import Choice
from designtrainer.grading.compiled import CompiledRubric
from designtrainer.grading.evidence import choose
from designtrainer.grading.grade import ReadAnswer, _boilerplate, read_answer
from designtrainer.grading.judgement import LABEL, Judgement
from designtrainer.grading.mentions import Mention, PhraseIndex, find_mentions
from designtrainer.grading.negation import (
    Negation,
    deferrals,
    refusals,
    remedies,
    weighings,
)
from designtrainer.grading.negation import rules as negation_rules
from designtrainer.grading.words import Words, stem, tokenize
from designtrainer.loading.library import Library, default_sources, load_library

CASES = ("fraud-detection", "eta-prediction", "notification-ranking", "search-ranking")


@cache
def _library() -> Library:
    return load_library(default_sources())


@cache
def _compiled(case_id: str) -> CompiledRubric:
    return _library().compiled(case_id)


@cache
def _pieces(case_id: str) -> tuple[str, ...]:
    """Sentences of the case's reference answers, its rubric's phrases and red flags' phrases,
    and the words later stages read: vague words, negations, labels, list words."""
    case = _library().case(case_id)
    sentences = [
        s.strip()
        for section in case.sections
        for s in section.reference_answer.replace("\n", " ").split(". ")
        if s.strip()
    ]
    rubric = _library().rubric(case_id)
    owners: list[RubricItem | RedFlag] = [*rubric.items, *rubric.red_flags]
    phrases = [p for owner in owners for g in owner.evidence for p in g]
    extra = [
        "we will ensure robust scalable handling",
        "drift and retraining will be managed carefully",
        "leverage best practices holistically",
        "the model will be retrained",
        "I'd leave",
        "we left",
        "out of v1",
        "aside",
        "precision and other numbers",
        "not",
        "we won't",
        "no need for",
        "is overkill",
        "maybe later",
        "instead of",
        "a random split would leak",
        "if you use",
        "because",
        "and",
        "or",
        "p99 under 50 ms",
        "Kafka",
        "1.",
    ]
    # A red flag's groups in one stretch: "we use a random split of the data".
    flags = [
        " ".join(group[min(k, len(group) - 1)] for group in flag.evidence)
        for flag in rubric.red_flags
        for k in range(3)
    ]
    return (*sentences[:60], *phrases[:120], *flags, *extra)


_SEPARATORS = (" ", ". ", ", ", "\n", "\n\n", ": ", "\n- ", "\n## ", "; ", " / ", "**", "? ")


@st.composite
def answers(draw: st.DrawFn) -> tuple[str, str]:
    case_id = draw(st.sampled_from(CASES))
    pieces = _pieces(case_id)
    parts = draw(
        st.lists(
            st.tuples(st.sampled_from(pieces), st.sampled_from(_SEPARATORS)),
            min_size=1,
            max_size=40,
        )
    )
    return case_id, "".join(p + sep for p, sep in parts)


def _read(case_id: str, text: str) -> ReadAnswer:
    return read_answer(_compiled(case_id), text)


@settings(max_examples=60, deadline=None)
@given(answers(), st.booleans())
def test_is_label_agrees_with_the_reading(answer: tuple[str, str], boilerplate: bool) -> None:
    case_id, text = answer
    judgement = _read(case_id, text).judgement
    judgement.boilerplate = boilerplate
    for m in judgement.by_first:
        assert judgement.is_label(m) == (judgement.reading(m) == LABEL), (text, m)


@pytest.mark.parametrize(
    "text",
    [
        "**Drift monitoring** not needed for the first version of this fraud model at all.",
        "We ship. __Drift monitoring__ not needed for the first version of this fraud model.",
        "Drift monitoring (weekly, on features): not needed for the first version of the model.",
        "Then drift monitoring: not needed for the first version of this fraud model at all.",
    ],
)
def test_a_mention_in_a_label_of_a_long_sentence_is_a_label(text: str) -> None:
    """`is_label` skips the shape of a sentence only where no label can end after the
    mention: a label ended by bold markers, a colon, or a colon after an aside in brackets."""
    judgement = _read("fraud-detection", text).judgement
    readings = [judgement.reading(m) == LABEL for m in judgement.by_first]
    assert any(readings), text
    assert [judgement.is_label(m) for m in judgement.by_first] == readings


@settings(max_examples=60, deadline=None)
@given(answers())
def test_red_flags_are_chosen_as_the_plain_reading_chooses(answer: tuple[str, str]) -> None:
    case_id, text = answer
    compiled = _compiled(case_id)
    read = _read(case_id, text)
    first_flag = len(compiled.rubric.items)
    for k, flag in enumerate(compiled.rubric.red_flags):
        mentions = read.mentions[first_flag + k]
        if mentions:
            assert choose(flag, mentions, read.judgement) == _without_the_shortcut(
                partial(choose, flag, mentions, read.judgement)
            )


def _without_the_shortcut(read: Callable[[], Choice]) -> Choice:
    """What `read` chooses with flags.flag_choice reading every sentence's clauses, also in
    sentences that lack one of the mistake's groups (its one shortcut turned off): the
    readings are the engine's own, so this checks the shortcut alone."""
    flags_module.SKIP_SETTLED = False
    try:
        return read()
    finally:
        flags_module.SKIP_SETTLED = True


def _plain_boilerplate(judgements: Sequence[Judgement]) -> bool:
    sentences = vague = 0
    for judgement in judgements:
        n, v = judgement.vagueness()
        sentences, vague = sentences + n, vague + v
    return (
        sentences >= grade_module.BOILERPLATE_SENTENCES
        and vague >= grade_module.BOILERPLATE_SHARE * sentences
    )


@pytest.mark.parametrize("share", [0.0, 0.2, 0.5, 0.8, 1.0])
@settings(max_examples=30, deadline=None)
@given(st.lists(answers(), min_size=1, max_size=5))
def test_boilerplate_verdict_stops_early_with_the_plain_count_s_verdict(
    share: float, texts: list[tuple[str, str]]
) -> None:
    """Over several texts (an answer's sections), at several shares: the verdict settled on a
    part of the sentences is the verdict of counting them all. Sentences get the same
    readings however many were read before."""
    old = grade_module.BOILERPLATE_SHARE
    grade_module.BOILERPLATE_SHARE = share
    try:
        case_id = texts[0][0]
        shortcut = [_read(case_id, text).judgement for _, text in texts]
        plain = [_read(case_id, text).judgement for _, text in texts]
        assert _boilerplate(shortcut) == _plain_boilerplate(plain)
    finally:
        grade_module.BOILERPLATE_SHARE = old


@settings(max_examples=40, deadline=None)
@given(answers())
def test_mentioning_sentences_counts_what_sentence_vagueness_goes_through(
    answer: tuple[str, str],
) -> None:
    judgement = _read(*answer).judgement
    assert judgement.mentioning_sentences() == len(list(judgement.sentence_vagueness()))
    holding = [holds for _, holds in judgement.vague_readings()]
    assert judgement.maybe_vague_sentences() == sum(holding)
    # A sentence without a word that may be vague is not vague.
    readings = list(judgement.vague_readings())
    assert all(holds for vague, holds in readings if vague)


def _plain_sentence_vagueness(j: Judgement) -> list[bool | None]:
    """`Judgement.sentence_vagueness` reading every sentence it goes through, as it did
    before it passed over those without a word that could be vague."""
    out: list[bool | None] = []
    last = -1
    for m in j.by_first:
        if m.first <= last or m.owner >= j.items or m.negation is not None:
            continue
        s = j.sentence(m.first)
        last = s.last
        if s.heading or s.label_end > s.last:
            out.append(None)
        else:
            out.append(j._says(s.label_end, s.last).vague > 0)
    return out


@settings(max_examples=80, deadline=None)
@given(answers())
# Vague through "other" after a list word, or a plan with nobody doing it, and nothing else.
@example(("fraud-detection", "We handle class imbalance. The model will be retrained weekly."))
@example(("fraud-detection", "Precision and other numbers for class imbalance."))
# Headings and labels are not counted, vague words or not (their shapes are still read).
@example(("fraud-detection", "## Class imbalance and drift\n\nWe weight the rare class."))
@example(("fraud-detection", "**Class imbalance**\n\nWe weight the rare class, and monitor drift."))
def test_sentence_vagueness_reads_only_sentences_that_could_be_vague(
    answer: tuple[str, str],
) -> None:
    shortcut = _read(*answer).judgement
    plain = _read(*answer).judgement
    assert list(shortcut.sentence_vagueness()) == _plain_sentence_vagueness(plain)


def test_a_long_answer_of_boilerplate_is_still_found_boilerplate() -> None:
    """The early `True`: a long buzzword answer is settled before its last sentence, the
    same way as counted in full (and graded as one: its items are named, not met)."""
    vague = "Drift monitoring and retraining will be managed carefully with robust pipelines. "
    text = vague * 400
    compiled = _compiled("fraud-detection")
    judgements = [read_answer(compiled, text).judgement for _ in SECTION_IDS]
    assert _plain_boilerplate(judgements)
    assert _boilerplate(judgements)


def _plain_keyword_style(j: Judgement) -> bool:
    """`Judgement.keyword_style` visiting every sentence, as it did before it found the ones
    that mention an idea by bisection."""
    bits, starts, n = j.bits, j.starts, len(j.words)
    named = j.inside.union(j.firsts)
    breaks = bytearray(bool(b & judgement_module._LIST_WORD) for b in bits)
    for k in j._after({sep for sep in j._kinds if judgement_module._LIST_SEPARATOR.search(sep)}):
        breaks[k] = 1
    listy = total = 0
    for i, first in enumerate(starts):
        last = starts[i + 1] - 1 if i + 1 < len(starts) else n - 1
        lo = bisect_left(j.firsts, first)
        if lo == len(j.firsts) or j.firsts[lo] > last:
            continue
        every = reduce(or_, bits[first : last + 1], 0)
        elements = 1 + breaks.count(1, first + 1, last + 1)
        weight = elements // 2 if elements >= judgement_module._LONG_LIST else 1
        total += weight
        if every & judgement_module._CLAIM or (
            (every & judgement_module._DIGIT or j._how_often(first, last))
            and elements < judgement_module._LONG_LIST
        ):
            continue
        short = last - first + 1 <= judgement_module._MAX_NAME_WORDS * elements
        if short and j._content_words(first, last, named) <= elements:
            listy += weight
    return total >= 3 and listy >= 0.7 * total


@settings(max_examples=80, deadline=None)
@given(answers())
def test_keyword_style_visits_only_sentences_that_mention_an_idea(
    answer: tuple[str, str],
) -> None:
    judgement = _read(*answer).judgement
    assert judgement.keyword_style == _plain_keyword_style(judgement)


def _plain_listiness(j: Judgement) -> tuple[int, int, int]:
    """`Judgement.listiness` of a whole answer visiting every sentence, not only the ones
    that mention an idea (found by bisection)."""
    bits, starts, n = j.bits, j.starts, len(j.words)
    named = j.inside.union(j.firsts)
    breaks = bytearray(bool(b & judgement_module._LIST_WORD) for b in bits)
    kinds = {
        sep
        for sep in j._kinds
        if judgement_module._LIST_SEPARATOR.search(sep) or judgement_module._ARROW.search(sep)
    }
    for k in j._after(kinds):
        breaks[k] = 1
    listy = figures = total = 0
    for i, first in enumerate(starts):
        last = starts[i + 1] - 1 if i + 1 < len(starts) else n - 1
        lo = bisect_left(j.firsts, first)
        if lo == len(j.firsts) or j.firsts[lo] > last or j.sentence(first).heading:
            continue
        every = reduce(or_, bits[first : last + 1], 0)
        elements = 1 + breaks.count(1, first + 1, last + 1)
        weight = elements // 2 if elements >= judgement_module._LONG_LIST else 1
        total += weight
        figure = any(
            bits[k] & judgement_module._DIGIT and j._bare_figure(k) for k in range(first, last + 1)
        )
        arrow = any(k in j.arrow_set for k in range(first + 1, last + 1))
        if not figure and arrow:
            figure = not j._chain_of_names(first, last, j._names(first, last)[0])
        figures += figure
        if every & judgement_module._CLAIM or (figure and elements < judgement_module._LONG_LIST):
            continue
        short = last - first + 1 <= judgement_module._MAX_NAME_WORDS * elements
        if short and j._content_words(first, last, named) <= elements:
            listy += weight
    return listy, figures, total


@settings(max_examples=80, deadline=None)
@given(answers())
def test_listiness_visits_only_sentences_that_mention_an_idea(answer: tuple[str, str]) -> None:
    assert _read(*answer).judgement.listiness() == _plain_listiness(_read(*answer).judgement)


def _plain_taken_by(read: ReadAnswer, section: str) -> dict[int, int]:
    """`ReadAnswer._taken_by` a mention at a time, as it was before it went group by group:
    each sentence naming an owner of the section in full, with the most words one such
    owner's mentions cover there."""
    compiled = read.compiled
    first_flag = len(compiled.rubric.items)
    owners = [o for o, _ in compiled.sections[section]] + [
        first_flag + k
        for k, flag in enumerate(compiled.rubric.red_flags)
        if flag.section in (None, section)
    ]
    start_of = read.judgement.sentence_start
    taken: dict[int, int] = {}
    for owner in owners:
        groups: dict[int, set[int]] = {}
        words: dict[int, set[int]] = {}
        for m in read.mentions[owner]:
            if owner >= first_flag and m.negation is not None:
                continue
            groups.setdefault(start_of(m.first), set()).add(m.group)
            words.setdefault(start_of(m.first), set()).update(range(m.first, m.last + 1))
        for start, found in groups.items():
            if len(found) == compiled.groups[owner]:
                taken[start] = max(taken.get(start, 0), len(words[start]))
    return taken


@settings(max_examples=60, deadline=None)
@given(answers())
def test_sentences_taken_by_a_section_are_found_group_by_group(answer: tuple[str, str]) -> None:
    read = _read(*answer)
    for section in SECTION_IDS:
        assert read._taken_by(section) == _plain_taken_by(read, section), section


def _plain_left_out(words: Words) -> list[tuple[int, Negation]]:
    """negation._left_out looking at every word, as before it took its starts from the words
    the scan looks at. (It calls the reading itself with every position: a copy of its body
    here fell behind it twice, on objects joined by "and" and on "leave X until ...".)"""
    return list(deferrals._left_out(words, range(len(words.keys))))


@settings(max_examples=60, deadline=None)
@given(answers())
@example(("fraud-detection", "We left the survey signal aside. I'd leave class weights out of v1."))
@example(("eta-prediction", "I'd leave regression until delivered "))
def test_left_out_starts_from_the_looked_at_words(answer: tuple[str, str]) -> None:
    case_id, text = answer
    rules = _compiled(case_id).negation
    words = _compiled(case_id).vocabulary.read(text)
    looked_at = [i for i, key in enumerate(words.keys) if key in rules.looked_at]
    assert list(deferrals._left_out(words, looked_at)) == _plain_left_out(words)


@settings(max_examples=40, deadline=None)
@given(answers())
def test_words_of_a_rare_kind_are_picked_out_of_the_rare_words(answer: tuple[str, str]) -> None:
    """Each kind read by position, picked out of the one pass for all of them, is where a
    pass over every word for that kind alone finds it."""
    judgement = _read(*answer).judgement
    m = judgement_module
    for kinds in (m._CRITICAL, m._BE, m._LIST_WORD, m._VAGUE | m._OTHER | m._BE):
        plain = [k for k, bits in enumerate(judgement.bits) if bits & kinds]
        assert judgement._rare_words(kinds) == plain


@settings(max_examples=60, deadline=None)
@given(answers())
@example(("fraud-detection", "Maybe later: class weights. We'd add SMOTE later. Weights alone."))
def test_negation_patterns_find_their_starts_among_the_pattern_starts(
    answer: tuple[str, str],
) -> None:
    """find_negations hands the patterns after its cue scan only the looked-at words that
    begin a pattern: each pattern finds what it finds among all the looked-at words."""
    case_id, text = answer
    rules = _compiled(case_id).negation
    words = _compiled(case_id).vocabulary.read(text)
    triggers = negation_module.find_negations(rules, words).triggers
    looked_at = [i for i, key in enumerate(words.keys) if key in rules.looked_at]
    starts = [i for i in looked_at if words.keys[i] in negation_rules._PATTERN_STARTS]
    for pattern in (
        deferrals._deferred,
        weighings._preferred_over,
        refusals._alone,
        refusals._non_prefixed,
        deferrals._left_out,
        deferrals._put_off,
        deferrals._short_verdicts,
        remedies._accepted,
    ):
        assert list(pattern(words, starts)) == list(pattern(words, looked_at)), pattern
    assert list(deferrals._deferred_notes(words, starts)) == list(
        deferrals._deferred_notes(words, looked_at)
    )
    weighed = [
        (list(run), neg) for run, neg in weighings._weighed_then_dropped(words, triggers, starts)
    ]
    assert weighed == [
        (list(run), neg) for run, neg in weighings._weighed_then_dropped(words, triggers, looked_at)
    ]
    later = weighings._weighed_then_dropped_later
    assert list(later(words, triggers, starts)) == list(later(words, triggers, looked_at))


@cache
def _general_rules() -> negation_module.NegationRules:
    return negation_module.NegationRules.whole()


@cache
def _whole_rules(own: tuple[str, ...]) -> negation_module.NegationRules:
    """The whole rules with `own` pseudo-triggers, built once per list: they are only read
    (`cover` does nothing on whole rules), and building them was 70% of the test below."""
    return negation_module.NegationRules.whole(own)


def _keyed(text: str) -> Words:
    words = tokenize(text)
    words.keys = [stem(w) for w in words.words]
    return words


def test_rules_cut_down_to_some_keys_hold_the_whole_trie_under_them() -> None:
    """Checking `not_negations` builds only the cues beginning with the phrase's keys: under
    each of those keys the cut-down trie is the whole one, and it has nothing else."""
    whole = _general_rules()
    for kind, cue in negation_rules._cues():
        keys = set(_keyed(cue).keys)
        cut = negation_module.NegationRules._beginning_with(keys)
        assert cut.trie == {k: whole.trie[k] for k in keys if k in whole.trie}, (kind, cue)
        for name in ("starts", "alone", "looked_at"):
            assert getattr(cut, name) & keys == getattr(whole, name) & keys, (cue, name)
        assert {p for p in cut.pairs if p[0] in keys} == {p for p in whole.pairs if p[0] in keys}


_CUE_TEXTS = tuple(cue for _, cue in negation_rules._cues())


def test_the_cues_are_keyed_as_phrases_are_keyed_as_written() -> None:
    """The trie takes a cue's stems as written (`keys_of_phrases(..., joined=False)`), the
    first of `phrase_keys`."""
    from designtrainer.grading.words import keys_of_phrases, phrase_keys

    cues = [cue for _, cue in negation_rules._cues(("not spam", "a the", ""))]
    assert keys_of_phrases(cues, joined=False) == [phrase_keys(cue)[:1] for cue in cues]


def test_the_cue_words_are_every_word_of_every_cue_as_written() -> None:
    """The words never read as a typo are each cue's words as `words_of` gives them, with a
    rubric's own `not_negations` (normalised once per distinct word, not per cue)."""
    from designtrainer.grading.words import words_of

    for own in ((), ("not spam", "Modelling colour’s fine", "")):
        cues = (*negation_module.PSEUDO_TRIGGERS, *own)
        cues += (*negation_module.PRE_TRIGGERS, *negation_module.POST_TRIGGERS)
        expected = {word for cue in cues for word in words_of(cue)}
        assert negation_module.NegationRules(own).words == expected
    assert {"spam", "modelling", "colour's"} <= negation_module.NegationRules(own).words


def test_phrases_stemmed_together_are_keyed_as_one_at_a_time() -> None:
    """`keys_of_phrases` stems each distinct word once for all the phrases: every bundled
    rubric phrase, and phrases of articles, British spellings, curly apostrophes and numbers,
    get the keys `phrase_keys` gives each alone (an empty list for one without words)."""
    from designtrainer.grading.words import keys_of_phrases, phrase_keys

    phrases = [
        phrase
        for rubric in _library().rubrics.values()
        for owner in (*rubric.items, *rubric.red_flags)
        for group in owner.evidence
        for phrase in group
    ]
    phrases += ["", "the", "A/B test", "the a b", "Modelling the colour", "it’s an A/B", "p95 80ms"]
    assert keys_of_phrases(phrases) == [phrase_keys(phrase) for phrase in phrases]
    assert keys_of_phrases(phrases[-7:-4]) == [[], [], [("a", "b", "test"), ("abtest",)]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
@example("it's A/B p95 80ms 0.1% 1,000 10:30 don't '' x'y' _a_ 3.")
def test_an_ascii_text_splits_into_the_words_the_unicode_pattern_finds(text: str) -> None:
    """Phrases, cues and answers in ASCII are split with the ASCII pattern (`_pattern`): on
    ASCII it finds what the Unicode one finds, separators and all."""
    from designtrainer.grading.words import _SPLIT, _pattern

    assert _pattern(text).split(text) == _SPLIT.split(text)
    assert _pattern(text).findall(text) == _SPLIT.findall(text)


def test_first_keys_are_each_phrase_s_first_key() -> None:
    """`first_keys` reads each distinct first word once: every cue (a rubric's own among
    them) and phrases that open on an article, a capital or a curly apostrophe get the key
    `first_key` gives each alone."""
    from designtrainer.grading.words import first_key, first_keys

    phrases = [cue for _, cue in negation_rules._cues(("not spam", "a the", ""))]
    phrases += ["the A/B test", "The model", "A/B", "a", "It’s fine", "it's fine", "", "--"]
    assert first_keys(phrases) == [first_key(phrase) for phrase in phrases]
    assert first_keys(["the A/B test", "the model", "The model"]) == ["a", "model", "model"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                ["is", "not", "a", "the", "An", "it's", "it’s", "3.5", "x-y", "-", "é", "--", ""]
            ),
            max_size=4,
        ).map(" ".join),
        max_size=12,
    )
)
def test_first_keys_of_phrases_that_begin_alike(phrases: list[str]) -> None:
    """Phrases that begin with the same text before their first space share a first key
    (`first_keys` searches one of them): beginnings of words, articles, numbers, marks and
    nothing, in any mix."""
    from designtrainer.grading.words import first_key, first_keys

    assert first_keys(phrases) == [first_key(phrase) for phrase in phrases]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab '", max_size=10) | st.text(alphabet="ab Z'’ \t.-1é_", max_size=14))
def test_a_phrase_s_words_are_the_pattern_s(phrase: str) -> None:
    """`_phrase_words` splits a phrase of letters and inner apostrophes on its spaces, and any
    other with the pattern: the words are the pattern's either way (apostrophes at a word's
    edge or doubled, digits, marks, tabs, other letters, nothing)."""
    from designtrainer.grading.words import _pattern, _phrase_words

    assert _phrase_words(phrase) == _pattern(phrase).split(phrase)[1::2]


def test_the_cues_words_are_the_pattern_s() -> None:
    """Every negation cue (most take the split on spaces) has the pattern's words."""
    from designtrainer.grading.words import _pattern, _phrase_words

    cues = [cue for _, cue in negation_rules._cues(("not spam", "isn't junk"))]
    assert len(cues) > 1000  # (the test checks something)
    assert [_phrase_words(c) for c in cues] == [_pattern(c).split(c)[1::2] for c in cues]


_OWN_CUES = ("not interested", "not spam", "not junk", "never mind", "no thanks")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(_CUE_TEXTS),
                st.sampled_from(_OWN_CUES),
                st.sampled_from(_pieces("spam-detection")),
            ),
            st.sampled_from(_SEPARATORS),
        ),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.sampled_from(_OWN_CUES), max_size=3),
)
@example([("not spam", " "), ("not interested", ". ")], ["not spam"])
@example([("no thanks", " ")], ["no thanks", "not junk"])
def test_rules_built_as_texts_are_read_find_what_the_whole_rules_find(
    parts: list[tuple[str, str]], own: list[str]
) -> None:
    """A rubric's negation rules are built a first key at a time as answers are read: every
    answer, read one after the other with the same rules, finds what rules built whole (with
    the rubric's own pseudo-triggers) find, and under each key covered the trie is whole."""
    lazy = negation_module.NegationRules(own)
    whole = _whole_rules(tuple(own))
    assert lazy.looked_at == whole.looked_at and not lazy.trie
    for k in range(len(parts)):
        words = _keyed("".join(p + sep for p, sep in parts[k:]))
        assert negation_module.find_negations(lazy, words) == negation_module.find_negations(
            whole, words
        )
        assert lazy.trie == {key: whole.trie[key] for key in lazy.covered if key in whole.trie}
        for name in ("starts", "alone"):
            assert getattr(lazy, name) == getattr(whole, name) & (lazy.covered | {"too"})
        assert lazy.pairs == {p for p in whole.pairs if p[0] in lazy.covered}


def test_rules_covering_every_key_at_once_are_the_whole_rules() -> None:
    """Every first key covered in one go (the cues stemmed a batch of keys at a time, many
    batches: `rules._STEMMED_TOGETHER`), with a rubric's own pseudo-triggers: the trie is the
    whole one, and so is what is read beside it."""
    own = ("not spam", "no thanks")
    whole = _whole_rules(own)
    lazy = negation_module.NegationRules(own)
    keys = set(lazy.by_first) | {"spam", "thanks", "no", "not"}
    assert (
        sum(len(lazy.by_first[k][0]) for k in lazy.by_first) > 5 * negation_rules._STEMMED_TOGETHER
    )
    lazy.cover(keys)
    assert lazy.trie == whole.trie
    for name in ("starts", "alone", "pairs"):
        assert getattr(lazy, name) == getattr(whole, name), name


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(_CUE_TEXTS), st.sampled_from(_pieces("spam-detection"))),
            st.sampled_from(_SEPARATORS),
        ),
        min_size=1,
        max_size=4,
    )
)
@example([("not spam", " ")])
@example([("see less", " ")])
@example([("too slow to", " "), ("ship", ". ")])
def test_a_phrase_is_read_alike_by_the_cut_down_and_the_whole_rules(
    parts: list[tuple[str, str]],
) -> None:
    """What `has_negation_cue` reads a phrase with finds all the whole general rules find."""
    text = "".join(p + sep for p, sep in parts)
    words = _keyed(text)
    cut = negation_module.NegationRules._beginning_with(set(words.keys))
    found = negation_module.find_negations(cut, words)
    assert found == negation_module.find_negations(_general_rules(), _keyed(text))
    assert negation_module.has_negation_cue(text) == bool(found.triggers)


def _index_with_every_first_key(owners: Sequence[RubricItem | RedFlag]) -> PhraseIndex:
    """The phrase index as it was built before its first keys lost their own phrases: every
    first key in the trie with its phrases under "", and `single` a copy of those."""
    from designtrainer.grading.words import ARTICLES, phrase_keys

    trie: dict[str, object] = {}
    for o, owner in enumerate(owners):
        for g, group in enumerate(owner.evidence):
            for phrase in group:
                for key in phrase_keys(phrase):
                    node = trie
                    for part in key:
                        node = node.setdefault(part, {})  # type: ignore[assignment]
                    ending: list[tuple[int, int, str]] = node.setdefault("", [])  # type: ignore[assignment]
                    if not any(e[0] == o and e[1] == g for e in ending):
                        ending.append((o, g, phrase))
    single = {k: list(node[""]) for k, node in trie.items() if "" in node}  # type: ignore[operator,index]
    pairs = {(first, s) for first, node in trie.items() for s in node if s}  # type: ignore[attr-defined]
    pairs |= {(first, article) for first, _ in pairs for article in ARTICLES}
    return PhraseIndex(single, trie, frozenset(pairs))


def _index_built_at_once(owners: Sequence[RubricItem | RedFlag]) -> PhraseIndex:
    """The phrase index as `build_index` built it before it stemmed its phrases a batch at a
    time and put a first key's own phrases straight into `single`: all keys at once, every
    phrase into the trie, a first key's own phrases moved out of it afterwards."""
    from designtrainer.grading.mentions import _seal
    from designtrainer.grading.words import keys_of_phrases

    trie: dict[str, object] = {}
    placed = [
        (o, g, p)
        for o, owner in enumerate(owners)
        for g, group in enumerate(owner.evidence)
        for p in group
    ]
    for entry, keys in zip(placed, keys_of_phrases(p for _, _, p in placed), strict=True):
        for key in keys:
            node = trie
            for part in key:
                node = node.setdefault(part, {})  # type: ignore[assignment]
            ending: list[tuple[int, int, str]] = node.setdefault("", [])  # type: ignore[assignment]
            if not any(e[0] == entry[0] and e[1] == entry[1] for e in ending):
                ending.append(entry)
    single = {}
    for first in list(trie):
        top: dict[str, object] = trie[first]  # type: ignore[assignment]
        if "" in top:
            single[first] = tuple(top.pop(""))  # type: ignore[arg-type]
        if not top:
            del trie[first]
        else:
            _seal(top)
    pairs = frozenset((first, second) for first, node in trie.items() for second in node)  # type: ignore[attr-defined]
    return PhraseIndex(single, trie, pairs)  # type: ignore[arg-type]


def test_every_bundled_rubric_s_phrase_index_is_the_one_built_at_once() -> None:
    """Stemmed a batch at a time (`mentions._STEMMED_TOGETHER`, fewer than the largest
    rubric's phrases), with a first key's own phrases put straight into `single`: the same
    index, every entry in the same order."""
    from designtrainer.grading import mentions

    library = _library()
    sizes = []
    for case_id in library.ids():
        owners = library.compiled(case_id).owners
        built = mentions.build_index(owners)
        assert built == _index_built_at_once(owners), case_id
        sizes.append(sum(len(p) for o in owners for p in o.evidence))
    assert max(sizes) > 3 * mentions._STEMMED_TOGETHER


@cache
def _plain_index(case_id: str) -> PhraseIndex:
    return _index_with_every_first_key(_compiled(case_id).owners)


@settings(max_examples=80, deadline=None)
@given(answers())
def test_the_phrase_index_finds_what_the_index_with_every_first_key_finds(
    answer: tuple[str, str],
) -> None:
    """The trie keeps only the first keys that begin a longer phrase, and their own phrases
    only in `single`: every mention is found as before, in the same order."""
    case_id, text = answer
    compiled = _compiled(case_id)
    words = compiled.vocabulary.read(text)
    owners = len(compiled.owners)
    found = find_mentions(compiled.phrases, words, owners)
    assert found == find_mentions(_plain_index(case_id), words, owners)
    assert not any("" in node for node in compiled.phrases.trie.values())  # type: ignore[operator]


def _plain_not_in_criticism(read: ReadAnswer, mentions: list[Mention]) -> list[Mention]:
    """`ReadAnswer._not_in_criticism` as a list, worked out for every mention before the
    choice, as it was before `choose` asked it mention by mention."""
    j = read.judgement
    starts = [j.sentence_start(m.first) for m in mentions]
    words: dict[int, set[int]] = {}
    for m, s in zip(mentions, starts, strict=True):
        words.setdefault(s, set()).update(range(m.first, m.last + 1))
    return [
        m
        for m, s in zip(mentions, starts, strict=True)
        if len(words[s]) > 1
        or not j.argues_against(m, judgement_module.REASONS_AND_CONDITIONS)
        or j.reading(m) != judgement_module.APPLIED
    ]


@settings(max_examples=80, deadline=None)
@given(answers(), st.booleans())
@example(
    ("eta-prediction", "Split by time, because a random split leaks future traffic patterns. "),
    False,
)
# A negated mention next to a usable one is no run that says the refused phrase again.
@example(("search-ranking", "not want conversion. want "), False)
def test_an_item_is_chosen_asking_which_applied_mentions_count_as_it_reads_them(
    answer: tuple[str, str], rejected: bool
) -> None:
    """`choose` asks `applied_counts` only of the applied mentions it reads (an item of one
    group: up to its first applied mention that counts) and chooses what it chooses from the
    mentions outside criticism listed beforehand; asked of every mention, it keeps what that
    list keeps."""
    case_id, text = answer
    compiled = _compiled(case_id)
    lazy, plain = _read(case_id, text), _read(case_id, text)
    for owner, item in enumerate(compiled.rubric.items):
        mentions = lazy.mentions[owner]
        if not mentions or item.negation != "exclude":
            continue
        # The answer's own rejections of the idea, if any: mentions must bring it back.
        refused = grade_module._rejected(owner, dict.fromkeys(SECTION_IDS, plain)).get(id(plain))
        if refused is None and rejected:
            refused = evidence_module.Rejected(frozenset())
        kept = _plain_not_in_criticism(plain, plain.mentions[owner])
        back = kept
        if refused is not None:
            # The plain reading: every mention that brings the idea back, listed beforehand
            # from the usable (not negated) mentions, as `choose` reads runs of them, and the
            # negated ones (which never do) to show.
            usable = [m for m in kept if m.negation is None]
            brought = evidence_module._after_rejection(usable, plain.judgement, refused)
            back = [m for m in kept if m in brought or m.negation is not None]
        counts = lazy._not_in_criticism(mentions)
        assert choose(item, mentions, lazy.judgement, refused, applied_counts=counts) == choose(
            item, back, plain.judgement
        )
        applied = judgement_module.APPLIED
        assert [m for m in mentions if counts(m) or lazy.judgement.reading(m) != applied] == kept


def _plain_starts(j: Judgement) -> list[int]:
    """Where sentences start, asking `_breaks_before` after every separator that may break,
    as `_segment` did before it settled most kinds of separator once."""
    breaking = {sep for sep in j._kinds if judgement_module._may_break(sep)}
    return [0, *(k for k in j._after(breaking) if j._breaks_before(k))] if len(j.words) else []


_BREAK_PIECES = (
    "e.g.",
    "i.e.",
    "vs.",
    "Retrain weekly",
    "1.",
    "2)",
    "a short line",
    "prose wrapped by an editor goes on over more than six words here",
    "done!",
    "why?",
    '"quoted."',
)
_BREAK_SEPARATORS = (*_SEPARATORS, ".\n", "\n1. ", " - ", ";\n", ".) ", ":\n", "!\n\n", "\t\n")


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_BREAK_PIECES), st.sampled_from(_BREAK_SEPARATORS)),
        max_size=30,
    ),
    answers(),
)
@example([("e.g.", " "), ("Retrain weekly", ". ")], ("fraud-detection", "No. Kafka"))
def test_sentences_start_where_asking_after_every_separator_finds(
    parts: list[tuple[str, str]], answer: tuple[str, str]
) -> None:
    """`_segment` settles each kind of separator once (a sentence always starts after it,
    never, or unless the word before is an abbreviation) and asks word by word only after a
    line break inside a paragraph: the same starts as asking after every separator."""
    case_id, text = answer
    for written in (text, "".join(p + sep for p, sep in parts) + text):
        judgement = _read(case_id, written).judgement
        assert judgement.starts == _plain_starts(judgement)


@settings(max_examples=40, deadline=None)
@given(answers())
def test_a_sentence_ends_where_reading_it_says(answer: tuple[str, str]) -> None:
    judgement = _read(*answer).judgement
    ends = [judgement.sentence_end(k) for k in range(len(judgement.words))]
    assert ends == [judgement.sentence(k).last for k in range(len(judgement.words))]


@settings(max_examples=150, deadline=None)
@given(st.lists(answers(), min_size=1, max_size=6), st.lists(st.integers(1, 14), max_size=6))
@example([("eta-prediction", "We predict the ETA. " * 12)], [14, 14, 14])
def test_keyword_style_stops_reading_with_the_verdict_of_reading_every_sentence(
    texts: list[tuple[str, str]], lists: list[int]
) -> None:
    """Longer answers, with notes that are bare lists of names, short or long (a long list
    weighs more), before, among or after the prose: the verdict settled before the last
    sentence is the one reading them all."""
    case_id = texts[0][0]
    names = [group[0] for item in _library().rubric(case_id).items for group in item.evidence]
    parts = [text for _, text in texts]
    for k, size in enumerate(lists):
        note = "- " + ", ".join(names[(k + j) % len(names)] for j in range(size))
        parts.insert(k * 7 % (len(parts) + 1), note)
    parts += ["- " + ", ".join(names[:size]) for size in lists[-1:]]
    judgement = _read(case_id, "\n\n".join(parts)).judgement
    assert judgement.keyword_style == _plain_keyword_style(judgement)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 150),
            st.sampled_from(["data", "e", "vs"]),
            st.sampled_from([". ", "\n", ", ", "! ", "; ", " "]),
        ),
        max_size=8,
    ),
    st.integers(0, 1200),
)
def test_a_sentence_start_looked_up_is_the_one_walked_back_to(
    runs: list[tuple[int, str, str]], k: int
) -> None:
    """`Words.sentence_start` walks back a few words and looks a far start up among breaks
    found once: either way the start walking back all the way finds (runs of words as long
    as 150 between separators: past what is walked back)."""
    words = tokenize("".join(" ".join([word] * length) + sep for length, word, sep in runs))
    k = min(k, max(len(words) - 1, 0))
    walked = k
    while walked > 0 and not words.sentence_break_before(walked):
        walked -= 1
    assert words.sentence_start(k) == walked


@settings(max_examples=80, deadline=None)
@given(answers())
def test_a_sentence_that_cannot_be_a_heading_is_none(answer: tuple[str, str]) -> None:
    """`listiness` reads the shape of a sentence only where `_may_be_heading`: every heading
    must be among those."""
    j = _read(*answer).judgement
    ends = [*j.starts[1:], len(j.words)]
    for first, end in zip(j.starts, ends, strict=True):
        if j.sentence(first).heading:
            assert j._may_be_heading(first, end - 1), answer


@settings(max_examples=80, deadline=None)
@given(answers())
def test_a_figure_with_no_bracket_opening_before_it_is_not_read_as_bracketed(
    answer: tuple[str, str],
) -> None:
    """`_bracketed` answers at once for a figure with no bracket opening in reach before it;
    read the long way (every word taken for where a bracket may open), the same answer."""
    shortcut = _read(*answer).judgement
    plain = _read(*answer).judgement
    plain._openings = list(range(len(plain.words) + 1))
    for k, bits in enumerate(shortcut.bits):
        if bits & judgement_module._DIGIT:
            assert shortcut._bracketed(k) == plain._bracketed(k), (answer, k)


def test_no_refusal_after_its_object_begins_another() -> None:
    """`_refused_after` looks a refusal up by its size: that finds the one phrase a scan of
    the table would only while no phrase of a table is the start of another."""
    for table in (refusals._RULED_OUT, refusals._REFUSED_AT_END):
        for phrase in table:
            assert not any(other[: len(phrase)] == phrase for other in table - {phrase})
    # ...and it skips a word whose first two words begin no refusal, which holds while each
    # refusal has two words at least.
    assert min(refusals._REFUSAL_SIZES) >= 2


@settings(max_examples=80, deadline=None)
@given(answers())
@example(("fraud-detection", "A sequence model is a later experiment, or a v2 idea."))
def test_cues_are_looked_for_where_asking_word_by_word_finds_they_may_begin(
    answer: tuple[str, str],
) -> None:
    """`_cue_starts` picks out in C the words the scan asked one by one about: a key that
    begins a cue, alone or with the next key, or with the first key past the fillers and
    articles after it (or one of those). Every word where a cue is found is among them."""
    case_id, text = answer
    rules = _compiled(case_id).negation
    words = _compiled(case_id).vocabulary.read(text)
    keys, n = words.keys, len(words.keys)
    looked_at = [i for i in range(n) if keys[i] in rules.looked_at]
    rules.cover({keys[i] for i in looked_at})

    def goes_on(i: int) -> bool:
        j = i + 1
        while j < n:
            if (keys[i], keys[j]) in rules.pairs:
                return True
            if keys[j] not in negation_rules._SKIPPED:
                return False
            j += 1
        return False

    asked = [
        i for i in looked_at if keys[i] in rules.starts and (keys[i] in rules.alone or goes_on(i))
    ]
    looked_keys = [keys[i] for i in looked_at]
    found = negation_rules._cue_starts(rules, keys, looked_at, looked_keys)
    assert found == asked, text
    cues = [
        i
        for i in range(n)
        if refusals._trigger_at(rules.trie, words, i) or refusals._too_to(words, i)
    ]
    assert set(cues) <= set(found), text


def _plain_hypothetical(judgement: Judgement, m: Mention, first: int, last: int) -> bool:
    """`Judgement._hypothetical` walking back from every mention, "if" or not."""
    raw, seps = judgement.words.words, judgement.seps
    k = m.first - 1
    while k >= first and m.first - k <= judgement_module._IF_REACH:
        if "," in seps[k + 1] or ";" in seps[k + 1]:
            return False
        if raw[k].lower() == "if" and k + 1 <= last:
            subject = raw[k + 1].lower()
            if subject in ("you", "anyone", "one", "someone"):
                return True
            if subject in ("we", "i"):
                return any(
                    raw[j].lower().replace("\u2019", "'") in judgement_module._CONSEQUENCES
                    for j in range(m.last + 1, last + 1)
                )
            return False
        k -= 1
    return False


@settings(max_examples=80, deadline=None)
@given(answers(), st.sampled_from(("If you ", "if we ", "If I ", "", "if the ")))
def test_a_mention_is_hypothetical_as_walking_back_from_it_finds(
    answer: tuple[str, str], opening: str
) -> None:
    """`Judgement._hypothetical` walks back only when an "if" stands within reach (looked up
    among the answer's "if"s, found with its rare words)."""
    case_id, text = answer
    judgement = _read(case_id, opening + text).judgement
    for m in judgement.by_first:
        first, last = judgement.sentence_start(m.first), judgement.sentence_end(m.first)
        assert judgement._hypothetical(m, first, last) == _plain_hypothetical(
            judgement, m, first, last
        ), (text, m)


_KEEPER_TEXTS = (
    "Combining sender reputation and text into one model: I'd keep them as separate scores.",
    "Breaking the error down by city? I'd keep it to the headline numbers.",
    "Slicing by region: we'd stick with the global metric. Region?\nWe settle for one.",
)


@settings(max_examples=80, deadline=None)
@given(answers(), st.sampled_from(("", *_KEEPER_TEXTS)))
def test_words_after_a_mark_are_where_asking_every_separator_finds(
    answer: tuple[str, str], opening: str
) -> None:
    """`Words.after_mark`, read off the table of separators, is every word whose separator
    holds the mark, as asking each separator in turn finds."""
    words = tokenize(opening + answer[1])
    for mark in (":", "?", "\n", ",", "("):
        plain = [k for k in range(1, len(words)) if mark in words.before(k)]
        assert words.after_mark(mark) == plain, mark


def _plain_label_kept_apart(words: Words) -> list[tuple[int, Negation]]:
    """`refusals._label_kept_apart` asking every colon, whatever word follows it."""
    found: list[tuple[int, Negation]] = []
    for b in range(1, len(words)):
        if ":" not in words.before(b):
            continue
        a = b - 1
        while a > 0 and b - a <= refusals._LABEL_WORDS and not words.sentence_break_before(a):
            a -= 1
        if b - a > refusals._LABEL_WORDS or not (a == 0 or "\n" in words.before(a)):
            continue
        if any(":" in words.before(j) for j in range(a + 1, b)):
            continue
        cue = refusals._only_the_alternative(words, b)
        if cue is not None:
            found += [(k, cue) for k in range(a, b)]
    return found


@settings(max_examples=80, deadline=None)
@given(answers(), st.sampled_from(_KEEPER_TEXTS))
@example(("fraud-detection", ""), _KEEPER_TEXTS[0])
def test_a_label_kept_apart_is_looked_for_only_after_a_colon_and_a_keeper(
    answer: tuple[str, str], opening: str
) -> None:
    """`_label_kept_apart` reads only the colons followed by a keeper ("I'd", "we"): every
    other colon, read, finds nothing."""
    case_id, text = answer
    words = _compiled(case_id).vocabulary.read(opening + "\n" + text)
    assert list(refusals._label_kept_apart(words)) == _plain_label_kept_apart(words)
    if opening == _KEEPER_TEXTS[0]:
        assert _plain_label_kept_apart(words)  # the example is read as the reading's own


@settings(max_examples=80, deadline=None)
@given(answers())
@example(
    ("fraud-detection", "We won't use SMOTE. Class weights, not resampling, never a random split.")
)
def test_mentions_are_marked_negated_as_reading_every_one_marks_them(
    answer: tuple[str, str],
) -> None:
    """`mark_negated` keeps an owner's mentions as they are when none touches a cue or a
    covered word (asked of first words by indexing, of longer mentions' other words by
    search): reading every mention with `_negated` gives the same."""
    from designtrainer.grading.negation import entry

    case_id, text = answer
    compiled = _compiled(case_id)
    words = compiled.vocabulary.read(text)
    mentions = find_mentions(compiled.phrases, words, len(compiled.owners))
    negations = negation_module.find_negations(compiled.negation, words)
    plain = []
    for owned in mentions:
        own = {
            neg
            for m in owned
            for k in range(m.first, m.last + 1)
            if (neg := negations.triggers.get(k)) is not None and entry._owned(neg, m)
        }
        plain.append(
            [
                entry._negated(m, negations.covering, negations.also, own, negations.triggers)
                for m in owned
            ]
        )
    assert entry.mark_negated(negations, mentions) == plain


def _reference_answer(case_id: str) -> str:
    return "\n\n".join(s.reference_answer for s in _library().case(case_id).sections)


@settings(max_examples=80, deadline=None)
@given(answers(), st.booleans(), st.booleans())
@example(("eta-prediction", ""), True, False)
@example(("eta-prediction", ""), True, True)
@example(("fraud-detection", ""), True, False)
def test_an_item_of_several_groups_is_chosen_from_the_mentions_that_may_be_in_a_window(
    answer: tuple[str, str], reference: bool, rejected: bool
) -> None:
    """`choose` reads an item of several groups inside `within` words from the mentions that
    may stand in such a window, and a missed one only until each group has a usable mention:
    it makes the choice reading every mention makes (`_choose`), with the answer's own
    rejections of the idea or without."""
    case_id, text = answer
    if reference:
        # A real answer, its own sections after this one: an idea's words far apart too.
        text = text + "\n\n" + _reference_answer(case_id) + "\n\n" + text
    compiled = _compiled(case_id)
    lazy, plain = _read(case_id, text), _read(case_id, text)
    read_some = False
    for owner, item in enumerate(compiled.rubric.items):
        mentions = lazy.mentions[owner]
        if not mentions or item.within is None or len(item.evidence) < 2:
            continue
        refused = grade_module._rejected(owner, dict.fromkeys(SECTION_IDS, plain)).get(id(plain))
        if refused is None and rejected:
            refused = evidence_module.Rejected(frozenset())
        counts = lazy._not_in_criticism(mentions) if item.negation == "exclude" else None
        near = evidence_module.may_be_in_window(len(item.evidence), mentions, item.within)
        read_some = read_some or len(near) < len(mentions)
        whole = evidence_module._choose(
            item,
            plain.mentions[owner],
            plain.judgement,
            refused,
            (),
            (),
            plain._not_in_criticism(plain.mentions[owner]) if counts is not None else None,
        )
        assert choose(item, mentions, lazy.judgement, refused, applied_counts=counts) == whole
    if reference:
        assert read_some  # the real answer names an idea's words outside its windows


@settings(max_examples=80, deadline=None)
@given(
    answers(),
    st.sampled_from(
        ("", "x\n", "# Title\n\n", "## Class imbalance, drift and retraining over time\n\n")
    ),
)
@example(
    ("fraud-detection", "We weight the rare class."), "## Class imbalance and drift monitoring\n"
)
def test_the_sentences_vagueness_reads_are_told_apart_in_one_pass(
    answer: tuple[str, str], opening: str
) -> None:
    """`Judgement._sentences_to_read` tells in C, for every sentence that mentions an item,
    what asking each one in turn tells: whether it holds a word that may be vague, may be a
    heading or may hold a label. `plain_sentences` counts the others, which
    `vague_readings(plain=False)` leaves out of what it reads."""
    case_id, text = answer
    judgement = _read(case_id, opening + text).judgement
    maybe = judgement._maybe_vague_words()
    starts, n = judgement.starts, len(judgement.words)
    mentioning, read = judgement._sentences_to_read()
    assert mentioning == sorted(judgement._mentioning())
    for i, to_read in zip(mentioning, read, strict=True):
        first, last = starts[i - 1], starts[i] - 1 if i < len(starts) else n - 1
        holds = bisect_left(maybe, first) != bisect_right(maybe, last)
        asked = (
            holds
            or judgement._may_be_heading(first, last)
            or judgement._label_may_end_in(first, last)
        )
        assert to_read == asked, (first, last)
    readings = list(judgement.vague_readings())
    assert [r for r, to_read in zip(readings, read, strict=True) if to_read] == list(
        judgement.vague_readings(plain=False)
    )
    assert judgement.plain_sentences() == read.count(False)
    assert all(
        r == (False, False) for r, to_read in zip(readings, read, strict=True) if not to_read
    )


@settings(max_examples=80, deadline=None)
@given(answers(), st.sampled_from(("", "## Notes\n\n- Kafka\n- Flink\n- Redis\n\n", "1. ")))
def test_the_bare_note_bounds_hold_the_counts_of_reading_every_note(
    answer: tuple[str, str], opening: str
) -> None:
    """`Judgement.bare_bounds`, found without reading a note, bound what `listiness` counts:
    its bare notes weigh at most all but the sentences, and its notes at least the sentences
    that cannot be headings (read as a whole answer) or all of them (a section alone)."""
    case_id, text = answer
    judgement = _read(case_id, opening + text).judgement
    whole_bare, whole_sentences, alone_bare, alone_sentences = judgement.bare_bounds()
    listy, _, total = judgement.listiness()
    assert listy <= whole_bare and whole_sentences <= total - listy
    listy, _, total = judgement.listiness(whole=False)
    assert listy <= alone_bare and total == alone_bare + alone_sentences


def _plain_keyword_answer(judgements: Sequence[Judgement]) -> bool:
    """`grade._keyword_answer` counting every note."""
    listy = figures = total = 0
    for judgement in judgements:
        some, many, notes = judgement.listiness()
        listy, figures, total = listy + some, figures + many, total + notes
    if total < grade_module.KEYWORD_NOTES or listy < grade_module.KEYWORD_SHARE * total:
        return False
    return listy - figures >= grade_module.KEYWORD_MARGIN * total


def _names_answer(case_id: str, start: int) -> tuple[str, str]:
    """A list of names: the rubric's phrases as bullets, a sentence or two among them."""
    phrases = [p for p in _pieces(case_id) if len(p.split()) <= 3][start : start + 24]
    return case_id, "- " + "\n- ".join(phrases) + "\n- We retrain weekly.\n"


@pytest.mark.parametrize("share", [0.0, 0.3, 0.6, 1.0])
@settings(max_examples=30, deadline=None)
@given(st.lists(answers(), min_size=1, max_size=5))
@example([_names_answer("fraud-detection", 0), _names_answer("fraud-detection", 24)])
@example([_names_answer("eta-prediction", 0), ("eta-prediction", "We predict the ETA.")])
def test_a_keyword_answer_is_settled_by_the_bounds_as_by_counting_every_note(
    share: float, texts: list[tuple[str, str]]
) -> None:
    """Over several texts (an answer's sections), at several shares: the verdict the bounds
    settle without reading a note is the verdict of counting them all (lists of names
    among them)."""
    old = grade_module.KEYWORD_SHARE
    grade_module.KEYWORD_SHARE = share
    try:
        case_id = texts[0][0]
        shortcut = [_read(case_id, text).judgement for _, text in texts]
        plain = [_read(case_id, text).judgement for _, text in texts]
        assert grade_module._keyword_answer(shortcut) == _plain_keyword_answer(plain)
    finally:
        grade_module.KEYWORD_SHARE = old


@settings(max_examples=80, deadline=None)
@given(answers())
@example(("fraud-detection", "Drop: at high confidence we block. No one reported it."))
def test_the_words_a_flag_states_are_found_at_its_cues_as_over_every_word(
    answer: tuple[str, str],
) -> None:
    """`evidence._stated_words` at the words where cues begin, looking only at the mentions
    that may cover them, is what gathering every word of every mention finds there."""
    case_id, text = answer
    compiled = _compiled(case_id)
    read = _read(case_id, text)
    first_flag = len(compiled.rubric.items)
    for k in range(len(compiled.rubric.red_flags)):
        mentions = read.mentions[first_flag + k]
        whole: dict[int, int] = {}
        for m in mentions:
            if m.negation is None:
                for w in range(m.first, m.last + 1):
                    whole[w] = max(whole.get(w, -1), m.last)
        cues = {m.negation.first for m in mentions if m.negation is not None}
        cues |= set(range(0, len(read.words), 3))  # (and words where none begins)
        found = evidence_module._stated_words(mentions, cues)
        assert found == {w: last for w, last in whole.items() if w in cues}
