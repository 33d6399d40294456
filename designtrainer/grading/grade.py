"""Grading: a pure function from (compiled rubric, answers) to a result with evidence.

Each answer text passes once through the stages, each in its own module:

1. words      (`words.py`, `typos.py`)  the text as normalised words with their separators
2. mentions   (`mentions.py`)           where the rubric's phrases occur
3. negation   (`negation/`)             which mentions a negation covers
4. judgement  (`judgement.py`)          whether each mention applies the idea or only names it
5. evidence   (`evidence.py`)           which mentions earn each item, and the quotes
   red flags  (`flags.py`)              when an answer makes a wrong choice, not discusses it
   (both build on `choice.py`: what an owner's mentions come to, and their narrowest window)

Each rubric item is looked for in its own section's answer first and then, as an interviewer
credits an idea wherever it is said, in the other sections' answers (the result says where it
was found). Red flags are found the same way and become warnings, never points.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from designtrainer.domain.model import RedFlag
from designtrainer.domain.vocabulary import SECTION_IDS
from designtrainer.grading.choice import Choice
from designtrainer.grading.compiled import CompiledRubric
from designtrainer.grading.evidence import (
    Rejected,
    choose,
    clause_bounds,
    clause_evidence,
    evidence_of,
    rejections,
)
from designtrainer.grading.flags import right_choice_stated, said_again
from designtrainer.grading.judgement import REASONS_AND_CONDITIONS, Judgement
from designtrainer.grading.mentions import Mention, Owner, find_mentions
from designtrainer.grading.negation import find_negations, mark_negated
from designtrainer.grading.results import (
    Evidence,
    GradeResult,
    ItemResult,
    RedFlagHit,
    SectionResult,
)
from designtrainer.grading.words import Words

_RANK = {"met": 2, "named": 1, "missed": 0}
BOILERPLATE_SHARE = 0.5
"""An answer is boilerplate when at least this share of its sentences that mention an idea
hold a vague word (genuine answers: at most about a third; buzzword answers: 0.6 to 1).
Measured on the tuning set (named8): every other answer at most 0.39, buzzword sentences 0.59
and more. The verdict weighs: an answer found boilerplate credits an idea only with something
specific said of it (see `Judgement._sentence_reading`); a genuine prose answer forced to be
read so would keep a recall of about 0.76 instead of 0.96."""
KEYWORD_SHARE = 0.6
"""An answer is a list of names when at least this share of its notes that mention an idea
are bare names (genuine answers, terse ones included: at most about a half; the tuning set's
lists of names 0.62 and more)."""
KEYWORD_MARGIN = 0.38
"""...and bare notes outnumber those with a figure (or an arrow that draws a consequence) by
this share of them all: terse genuine notes commit with figures ("Shadow mode 2-4 wks"),
lists of names seldom have one. Measured on the tuning set: every other answer at most 0.31
(terse ones at most 0.10), lists of names 0.41 and more."""
KEYWORD_NOTES = 15
"""...and it has at least this many such notes."""
BOILERPLATE_SENTENCES = 6
"""...and it has at least this many such sentences: a short answer is not judged by its style."""


@dataclass(frozen=True, slots=True)
class ReadAnswer:
    """One answer text after the words, mentions, negation and judgement stages."""

    words: Words
    mentions: list[list[Mention]]
    """Per owner, in reading order."""
    judgement: Judgement
    compiled: CompiledRubric
    _taken: dict[str, dict[int, int]] = field(default_factory=dict)
    _named_in: dict[int, dict[int, int]] = field(default_factory=dict)

    def choose(
        self,
        owner: int,
        target: Owner,
        section: str,
        home: Sequence[str],
        rejected: Rejected | None = None,
    ) -> Choice:
        """The owner's choice in this answer, read as the answer to `section`.

        Away from its home sections an owner counts only sentences that are not about an item
        (or red flag) of this section: under Data, "we use watch time as a feature" is about
        features, not the business objective "watch time" would be under Problem framing.
        """
        mentions = self.mentions[owner]
        if home and section not in home and mentions:
            taken = self._taken_by(section)
            starts = list(self.judgement.sentences_of(mentions))
            if not taken.keys().isdisjoint(starts):
                own = _coverage(mentions, starts)
                mentions = [
                    m
                    for m, s in zip(mentions, starts, strict=True)
                    if (weight := taken.get(s)) is None or own[s] > weight
                ]
        counts = None
        if mentions and not isinstance(target, RedFlag) and target.negation == "exclude":
            counts = self._not_in_criticism(mentions)
        unless: Sequence[Mention] = ()
        refused: Sequence[Mention] = ()
        if isinstance(target, RedFlag):
            flag = owner - len(self.compiled.rubric.items)
            if mentions and target.unless:
                right = self.compiled.unless[flag]
                unless = self.mentions[right] if right is not None else ()
            if target.refused:
                kept = self.compiled.refused[flag]
                refused = self.mentions[kept] if kept is not None else ()
            if refused and not unless and target.unless:
                right = self.compiled.unless[flag]
                unless = self.mentions[right] if right is not None else ()
        return choose(target, mentions, self.judgement, rejected, unless, refused, counts)

    def _not_in_criticism(self, mentions: list[Mention]) -> Callable[[Mention], bool]:
        """Whether a mention read as applied counts: not a lone word of the idea (its only
        word in the sentence) that applies nothing because its clause argues against
        something else: in "split by time, because a random split leaks future traffic
        patterns", "traffic" describes what the random split would leak, it is no live
        traffic feature. (A reason or a condition is a clause of its own; the idea's own
        words, two or more, still count; a named idea stays named.) Asked mention by mention,
        as `choose` reads them: the words the mentions cover in a sentence are counted when
        one of its mentions is first asked about."""
        j = self.judgement
        firsts = list(map(attrgetter("first"), mentions))
        own: dict[int, int] = {}

        def counts(m: Mention) -> bool:
            i = bisect_right(j.starts, m.first) - 1
            covered = own.get(i)
            if covered is None:
                end = j.starts[i + 1] if i + 1 < len(j.starts) else len(j.words)
                there = mentions[bisect_left(firsts, j.starts[i]) : bisect_left(firsts, end)]
                covered = own[i] = len({k for o in there for k in range(o.first, o.last + 1)})
            return covered > 1 or not j.argues_against(m, REASONS_AND_CONDITIONS)

        return counts

    def rejections(self, owner: int) -> list[Mention]:
        """The mentions with which this text rejects the owner's idea, if it does."""
        mentions = self.mentions[owner]
        return rejections(mentions, self.judgement) if mentions else []

    def _taken_by(self, section: str) -> dict[int, int]:
        """The sentences (by first word) that name an item or red flag of this section in
        full (a red flag only where it is not negated: a sentence that rules a mistake out is
        about the right choice), each with the most words one such owner's mentions cover
        there: an idea from another section is borrowed from the sentence only when its own
        words there are more ("we weight the rare class 1:50" under Modeling is about class
        weights even if "rare" names Data's imbalance; "the split follows time, never a
        random shuffle" under Evaluation is no feedback loop for its word "random")."""
        taken = self._taken.get(section)
        if taken is None:
            compiled = self.compiled
            first_flag = len(compiled.rubric.items)
            owners = [o for o, _ in compiled.sections[section]] + [
                first_flag + k
                for k, flag in enumerate(compiled.rubric.red_flags)
                if flag.section in (None, section)
            ]
            taken = self._taken[section] = {}
            for owner in owners:
                for start, covered in self._naming(owner).items():
                    if covered > taken.get(start, 0):
                        taken[start] = covered
        return taken

    def _naming(self, owner: int) -> dict[int, int]:
        """The sentences (by first word) that hold a mention of every group of an owner (for
        a red flag, not negated: "not the ETA we displayed" rules the mistake out), each with
        the words its mentions cover there. Found once per owner, and group by group in C: a
        red flag of no section is asked for by every section."""
        naming = self._named_in.get(owner)
        if naming is None:
            mentions = self.mentions[owner]
            if owner >= len(self.compiled.rubric.items):
                mentions = [m for m in mentions if m.negation is None]
            starts = list(self.judgement.sentences_of(mentions))
            group_of = list(map(attrgetter("group"), mentions))
            full = set.intersection(
                set(starts),
                *(
                    set(compress(starts, map(g.__eq__, group_of)))
                    for g in range(self.compiled.groups[owner])
                ),
            )
            in_full = list(map(full.__contains__, starts))
            naming = self._named_in[owner] = _coverage(
                list(compress(mentions, in_full)), list(compress(starts, in_full))
            )
        return naming


def _coverage(mentions: Sequence[Mention], starts: Sequence[int]) -> dict[int, int]:
    """Per sentence (by first word, `starts` beside `mentions`), how many words these
    mentions cover there."""
    words: dict[int, set[int]] = {}
    for m, s in zip(mentions, starts, strict=True):
        words.setdefault(s, set()).update(range(m.first, m.last + 1))
    return {s: len(covered) for s, covered in words.items()}


def read_answer(compiled: CompiledRubric, text: str) -> ReadAnswer:
    words = compiled.vocabulary.read(text)
    mentions = find_mentions(compiled.phrases, words, len(compiled.owners))
    negations = find_negations(compiled.negation, words)
    mentions = mark_negated(negations, mentions)
    # The red flags' `unless` groups are no ideas of the answer to judge: only their places.
    judged = len(compiled.rubric.items) + len(compiled.rubric.red_flags)
    judgement = Judgement(
        words,
        mentions[:judged],
        negations,
        compiled.topic,
        compiled.groups,
        len(compiled.rubric.items),
    )
    return ReadAnswer(words, mentions, judgement, compiled)


def _keyword_answer(judgements: Sequence[Judgement]) -> bool:
    """Whether at least KEYWORD_SHARE of the notes of all the texts that mention an idea are
    bare lists or fragments (and there are KEYWORD_NOTES of them at least): an answer of
    one term a bullet, terms under labels, menus and chains of names. Read per section, a
    short section of such notes may have too few to tell."""
    # Settled without reading a note when too few may be bare even were all but the
    # sentences (most answers: `Judgement.bare_bounds`). Bare notes weigh against the
    # sentences surely counted; a margin of one note, so the count's float comparison could
    # not come out otherwise.
    bounds = [judgement.bare_bounds() for judgement in judgements]
    bare_at_most = sum(b[0] for b in bounds)
    sentences = sum(b[1] for b in bounds)
    if 0 <= KEYWORD_SHARE <= 1 and bare_at_most + 1 <= KEYWORD_SHARE * (bare_at_most + sentences):
        return False
    listy = total = 0
    for judgement in judgements:
        some, notes = judgement.bare_notes()
        listy += some
        total += notes
    if total < KEYWORD_NOTES or listy < KEYWORD_SHARE * total:
        return False  # (most answers: their sentences' figures are never read)
    figures = sum(judgement.listiness()[1] for judgement in judgements)
    return listy - figures >= KEYWORD_MARGIN * total


def _boilerplate(judgements: Sequence[Judgement]) -> bool:
    """Whether at least BOILERPLATE_SHARE of the sentences of all the texts that mention an
    idea hold a vague word (and there are BOILERPLATE_SENTENCES of them at least).

    The sentences that are not vague without being read (most: `plain_sentences`) are
    counted first, then the others are read in order only until the verdict cannot change:
    when the sentences not read yet could not tip it even were all of them that hold a word
    that may be vague vague (the others never are), or were none. (Each bound keeps a margin
    of one sentence, so the plain count's float comparison could not come out otherwise.) A
    long answer is settled on a part of its sentences, often on none of those it would read.
    """
    share = BOILERPLATE_SHARE
    left = sum(j.mentioning_sentences() for j in judgements)
    possible = sum(j.maybe_vague_sentences() for j in judgements)
    sentences = sum(j.plain_sentences() for j in judgements)
    left -= sentences
    vague = 0
    settled = _settled(sentences, vague, left, possible)
    if settled is not None:
        return settled
    for judgement in judgements:
        for is_vague, holds in judgement.vague_readings(plain=False):
            left -= 1
            possible -= holds
            if is_vague is not None:
                sentences += 1
                vague += is_vague
            settled = _settled(sentences, vague, left, possible)
            if settled is not None:
                return settled
    return sentences >= BOILERPLATE_SENTENCES and vague >= share * sentences


def _settled(sentences: int, vague: int, left: int, possible: int) -> bool | None:
    """The boilerplate verdict, when the `left` sentences not read yet (`possible` of them
    hold a word that may be vague) cannot change it; None when they can."""
    share = BOILERPLATE_SHARE
    if not 0 <= share <= 1:
        return None  # the bounds below hold for a share between 0 and 1
    if sentences + left < BOILERPLATE_SENTENCES or vague + possible + 1 <= share * (
        sentences + possible
    ):
        return False  # too few sentences, or too few vague ones even were all that can
    if sentences >= BOILERPLATE_SENTENCES and vague >= share * (sentences + left) + 1:
        return True  # enough vague ones even were none of the rest
    return None


class _Found(NamedTuple):
    """The best choice of an owner's mentions and the section it is in. A named tuple, not a
    frozen dataclass: making a dataclass compiles its methods in every fresh process, about
    half a millisecond (issue 12, cold commands)."""

    section: str
    """Where the mentions are."""
    choice: Choice


def _rejected(owner: int, read: Mapping[str, ReadAnswer]) -> dict[int, Rejected]:
    """Per text (by id), the answer's rejections of an idea, wherever they are: every text's
    mentions must then bring the idea back on their own."""
    texts = {id(a): a for a in (read[s] for s in SECTION_IDS)}
    found = {t: answer.rejections(owner) for t, answer in texts.items()}
    if not any(found.values()):
        return {}
    spans = frozenset(
        tuple(texts[t].words.keys[first : last + 1])
        for t, ms in found.items()
        for first, last in _runs(ms)
    )
    return {
        t: Rejected(spans, frozenset(answer.judgement.sentence(m.first).first for m in found[t]))
        for t, answer in texts.items()
    }


def _runs(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The words of these mentions as runs: mentions that touch or overlap make one ("no
    drift dashboards" rejects the phrase "drift dashboards", though "drift" and "dashboards"
    are each a phrase of the idea)."""
    runs: list[list[int]] = []
    for m in sorted(mentions, key=attrgetter("first")):
        if runs and m.first <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], m.last)
        else:
            runs.append([m.first, m.last])
    return [(first, last) for first, last in runs]


def _best(owner: int, target: Owner, home: Sequence[str], read: Mapping[str, ReadAnswer]) -> _Found:
    """The best reading of an owner over the sections, its home sections first: met over
    named over missed, and the first section wins a tie."""
    best: _Found | None = None
    looked: set[int] = set()
    order = (*home, *(s for s in SECTION_IDS if s not in home))
    # An idea rejected in one section's text is not earned by a passing use of its words in
    # another's: there, too, a mention must bring the idea back in a sentence of its own.
    rejected = {} if isinstance(target, RedFlag) else _rejected(owner, read)
    # An idea rejected where it belongs is borrowed from another heading's text only from a
    # clause that proposes it.
    at_home = any((r := rejected.get(id(read[h]))) is not None and r.refused for h in home)
    for section in order:
        answer = read[section]
        if id(answer) in looked:
            continue  # the same text under several sections
        looked.add(id(answer))
        seen = rejected.get(id(answer))
        if seen is not None and at_home and all(answer is not read[h] for h in home):
            seen = seen._replace(proposed_only=True)
        choice = answer.choose(owner, target, section, home, seen)
        if best is not None and best.choice.lone and choice.state == "met":
            # a red flag's mistake made again under another heading: the two agree
            return best._replace(choice=best.choice._replace(lone=False))
        if best is None or _RANK[choice.state] > _RANK[best.choice.state]:
            best = _Found(section, choice)
            if choice.state == "met" and not choice.lone:
                break
    assert best is not None
    return best


def grade(compiled: CompiledRubric, answers: Mapping[str, str]) -> GradeResult:
    """Grade the answers (section id -> text; missing sections are empty).

    The cyclic garbage collector is off meanwhile: grading builds hundreds of thousands of
    small objects for a long answer (mentions, sentences, readings), none in a cycle, and
    each collection would only walk them again (a sixth of the time of a 10 MB answer).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _grade(compiled, answers)
    finally:
        if collecting:
            gc.enable()


def _grade(compiled: CompiledRubric, answers: Mapping[str, str]) -> GradeResult:
    by_text: dict[str, ReadAnswer] = {}
    for sid in SECTION_IDS:
        text = answers.get(sid, "")
        if text not in by_text:
            by_text[text] = read_answer(compiled, text)
    read: dict[str, ReadAnswer] = {sid: by_text[answers.get(sid, "")] for sid in SECTION_IDS}
    # An answer written as lists of names is read as one, over all of its sections (before
    # any sentence is read: the readings of a figure depend on it).
    if _keyword_answer([answer.judgement for answer in by_text.values()]):
        for answer in by_text.values():
            answer.judgement.keyword_answer = True
    # An answer that strings buzzwords together is read as one, over all of its sections.
    if _boilerplate([answer.judgement for answer in by_text.values()]):
        for answer in by_text.values():
            answer.judgement.boilerplate = True

    items = [
        (item, _best(owner, item, (item.section,), read))
        for sid in SECTION_IDS
        for owner, item in compiled.sections[sid]
    ]
    flags = []
    for k, flag in enumerate(compiled.rubric.red_flags):
        found = _best(
            len(compiled.rubric.items) + k, flag, (flag.section,) if flag.section else (), read
        )
        if found.choice.state != "missed":
            flags.append((flag, found))
    if len(flags) == 1:
        flags = [(f, found) for f, found in flags if not _quiet_lone_flag(compiled, f, found, read)]

    # Where quoted words sit in the text: worked out for all of them in one pass per text.
    quoted: dict[int, list[int]] = {}
    for _, found in (*items, *flags):
        answer = read[found.section]
        quoted.setdefault(id(answer), []).extend(m.first for m in found.choice.mentions)
    for _, found in flags:  # a flag is quoted by its clause (`clause_evidence`)
        answer = read[found.section]
        ms = found.choice.mentions
        first = min(m.first for m in ms)
        quoted[id(answer)].append(clause_bounds(answer.words, first, max(m.last for m in ms))[0])
    for answer in by_text.values():
        answer.words.locate(quoted.get(id(answer), ()))

    def evidence(found: _Found) -> tuple[Evidence, ...]:
        words = read[found.section].words
        places = {(m.first, m.last): m for m in found.choice.mentions}  # groups sharing words
        return tuple(evidence_of(m, words, found.section) for m in places.values())

    def elsewhere(found: _Found, home: str | None) -> str | None:
        if found.choice.state == "missed" or home is None or read[found.section] is read[home]:
            return None
        return found.section

    results: dict[str, list[ItemResult]] = {sid: [] for sid in SECTION_IDS}
    for item, found in items:
        state = found.choice.state
        results[item.section].append(
            ItemResult(
                item,
                state == "met",
                evidence(found),
                found.choice.missing_groups,
                named=state == "named",
                found_in=elsewhere(found, item.section),
            )
        )
    return GradeResult(
        compiled.rubric.case,
        tuple(SectionResult(sid, tuple(results[sid])) for sid in SECTION_IDS),
        tuple(
            RedFlagHit(
                flag,
                (clause_evidence(found.choice.mentions, read[found.section].words, found.section),),
                elsewhere(found, flag.section),
            )
            for flag, found in flags
        ),
    )


def _quiet_lone_flag(
    compiled: CompiledRubric, flag: RedFlag, found: _Found, read: Mapping[str, ReadAnswer]
) -> bool:
    """Whether the one red flag an answer raises is read as a coincidence of wording: its
    mistake is made in one sentence only, as a plain statement (`Choice.lone`), while the
    answer states the flag's right choice elsewhere, under any heading, and makes no other
    mistake of the case. A careful answer is consistent: one that states the right choice and
    commits to no mistake elsewhere seldom makes this one in its weakest shape once; an answer
    that makes the mistake plans it, notes it, says it twice, or makes others beside it."""
    if not found.choice.lone:
        return False
    k = compiled.rubric.red_flags.index(flag)
    owner = len(compiled.rubric.items) + k
    right = compiled.unless[k]
    if right is None:
        return False
    home = read[found.section]
    said = home.judgement.sentence_start(max(m.first for m in found.choice.mentions))
    texts = {id(answer): answer for answer in read.values()}
    if any(
        said_again(flag, answer.mentions[owner], answer.judgement, said if answer is home else None)
        for answer in texts.values()
    ):
        return False
    return any(
        right_choice_stated(
            flag,
            answer.mentions[right],
            answer.judgement,
            answer.mentions[owner],
            said if answer is home else None,
        )
        for answer in texts.values()
    )


def grade_whole(compiled: CompiledRubric, text: str) -> GradeResult:
    """Grade every item against one text, whatever its headings (write-ups found in the wild)."""
    return grade(compiled, dict.fromkeys(SECTION_IDS, text))
