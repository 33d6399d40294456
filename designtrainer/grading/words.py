"""Stage 1 of grading, words: an answer's text as normalised words, with the separators between.

Rubric phrases and answers go through the same steps so a phrase and an answer meet half-way:
Unicode NFKC, case folding, words split on anything that is not a letter, digit or apostrophe (so
"PR-AUC", "pr auc" and "PR/AUC" are the same words), British spellings mapped to American ones,
and Snowball stemming so "retrain" meets "retraining". Splitting keeps the separators, so
character spans into the original answer come for free, and the punctuation that later stages
read (clause ends, colons, quotes, bullets) is still there.

The next stage, mentions, finds the rubric's phrases in these words.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain, compress, repeat
from operator import ne
from typing import Any

import snowballstemmer

# One capture group: re.split returns [sep, word, sep, word, ..., sep], which gives both the words
# and (through the separators' lengths) their character offsets in a single C-level pass.
# Letters and digits are separate words ("80ms" is "80 ms", "p95" is "p 95") on both sides, so
# a number and its unit match however they are written; decimals stay whole ("0.1").
# Possessive quantifiers: nothing after a word could make backtracking into it succeed, and
# not offering to saves a sixth of the split.
_SPLIT = re.compile(r"([^\W\d_]++(?:['\u2019][^\W\d_]++)*+|\d++(?:[.,]\d++)*+)")
_SPLIT_ASCII = re.compile(r"([A-Za-z]++(?:'[A-Za-z]++)*+|[0-9]++(?:[.,][0-9]++)*+)")
# Clause ends. "." "," ":" only count before a space, so "0.1%", "1,000" and "10:30" stay whole.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
BOUNDARY = re.compile(r"[.,:;!?]\s|[;!?()\[\]{}\n\u2014\u2013\u2022]|\s-\s")

ARTICLES = frozenset({"a", "an", "the"})

# A Snowball stemmer keeps its working string on the object, so each thread needs its own
# (the TUI grades in a worker thread while the main thread may grade a summary).
_LOCAL = threading.local()
_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_LIMIT = 200_000

_ISE_ROOTS = [
    "optim",
    "minim",
    "maxim",
    "normal",
    "personal",
    "priorit",
    "categor",
    "random",
    "regular",
    "token",
    "visual",
    "general",
    "summar",
    "util",
    "recogn",
    "organ",
    "real",
    "special",
    "standard",
    "character",
    "penal",
    "final",
    "initial",
    "serial",
    "parallel",
    "vector",
    "stabil",
    "custom",
    "monet",
    "incentiv",
    "local",
    "emphas",
    "capital",
    "central",
    "decentral",
    "operational",
    "industrial",
    "commercial",
    "democrat",
    "synchron",
    "digit",
    "amort",
    "author",
]
_ISE_SUFFIXES = ("ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers")
_OTHER = {
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "behavioural": "behavioral",
    "colour": "color",
    "favour": "favor",
    "favourite": "favorite",
    "labour": "labor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "neighbourhood": "neighborhood",
    "honour": "honor",
    "centre": "center",
    "centres": "centers",
    "centred": "centered",
    "metre": "meter",
    "metres": "meters",
    "fibre": "fiber",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "dialogue": "dialog",
    "analogue": "analog",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analyses": "analyzes",
    "analysing": "analyzing",
    "defence": "defense",
    "licence": "license",
    "offence": "offense",
    "programme": "program",
    "programmes": "programs",
    "judgement": "judgment",
    "judgements": "judgments",
}


def _british_table() -> dict[str, str]:
    table = dict(_OTHER)
    for root in _ISE_ROOTS:
        for suffix in _ISE_SUFFIXES:
            table[root + suffix] = root + "iz" + suffix[2:]
    return table


_BRITISH = _british_table()


# Words Snowball folds together although they mean different things here.
_STEM_OVERRIDES = {
    "positive": "positiv",
    "positives": "positiv",
    "positively": "positiv",
    "negative": "negativ",
    "negatives": "negativ",
    "negatively": "negativ",
    # "experience" and "experiment" share the Snowball stem "experi": a user's experience is
    # not an A/B experiment.
    "experience": "experienc",
    "experiences": "experienc",
    "experienced": "experienc",
    "organic": "organic",
    "organically": "organic",
    # "personalization" and "personal" share the Snowball stem "person" with "person" and
    # "persons": "personal data" filtered out, or "a person reviews it", is no personalisation.
    # (British spellings reach here as American ones.)
    "personalize": "personaliz",
    "personalized": "personaliz",
    "personalizes": "personaliz",
    "personalizing": "personaliz",
    "personalization": "personaliz",
    "personalizations": "personaliz",
    # Likewise, each pair below shares a Snowball stem but not a meaning: a conversation is
    # no conversion, "busy" no business, a card authorisation no author, an engineer no
    # engine, "probably" no probability, "likely" no like, and "responsible" no
    # response.
    "conversation": "conversat",
    "conversations": "conversat",
    "conversational": "conversat",
    "busy": "busy",
    "authorize": "authoriz",
    "authorized": "authoriz",
    "authorizes": "authoriz",
    "authorizing": "authoriz",
    "authorization": "authoriz",
    "authorizations": "authoriz",
    "engineer": "engineer",
    "engineers": "engineer",
    "engineered": "engineer",
    "engineering": "engineer",
    "probably": "probably",
    "likely": "likely",
    "responsible": "responsib",
    "responsibility": "responsib",
    "responsibilities": "responsib",
}


def normalize_word(raw: str) -> str:
    """NFKC + case folding + one apostrophe + American spelling: what a word means here."""
    word = raw.lower() if raw.isascii() else unicodedata.normalize("NFKC", raw).casefold()
    if "\u2019" in word:
        word = word.replace("\u2019", "'")
    return _BRITISH.get(word, word)


def plain(raw: str) -> str:
    """A word as the grading modules' word lists spell it: lower case, one apostrophe ("I’d"
    is "i'd"). Lighter than `normalize_word`: the lists hold words, not meanings."""
    return raw.lower().replace("\u2019", "'")


def stem(raw: str) -> str:
    """The matching key of a raw word (cached: answers repeat their vocabulary a lot)."""
    cached = _STEM_CACHE.get(raw)
    if cached is not None:
        return cached
    word = normalize_word(raw)
    if word in _STEM_OVERRIDES:
        result = _STEM_OVERRIDES[word]
    elif len(word) > 40:
        result = word
    else:
        result = _stemmer().stemWord(word)
    if len(_STEM_CACHE) >= _STEM_CACHE_LIMIT:
        _STEM_CACHE.clear()
    _STEM_CACHE[raw] = result
    return result


@contextmanager
def stems_forgotten() -> Iterator[None]:
    """Stems the block adds to the cache are dropped when it ends.

    Compiling a rubric stems its thousands of phrase words once, and the compiled rubric
    keeps the stems it needs; the words themselves, kept in the cache, would stay through a
    session that may never meet them (issue 12, memory). The cache is made anew from what it
    held before, as a dict does not give back the room of deleted keys.
    """
    before = len(_STEM_CACHE)
    try:
        yield
    finally:
        kept = list(_STEM_CACHE.items())[:before]  # one step: another thread may stem too
        _STEM_CACHE.clear()
        _STEM_CACHE.update(kept)


def _stemmer() -> Any:
    """This thread's Snowball stemmer (made on first use)."""
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("english")
        if hasattr(stemmer, "maxCacheSize"):
            # PyStemmer keeps its own cache of 10,000 words beside _STEM_CACHE: compiling
            # a rubric filled it with 1.5 MB of forms held for the session (issue 12).
            stemmer.maxCacheSize = 0
    return stemmer


def stems_passing(raws: Sequence[str]) -> list[str]:
    """`[stem(w) for w in raws]`, for words met once: those the cache does not hold are
    stemmed in one call of the stemmer and not added to it.

    Compiling a rubric tries 10,000 inflections, mostly not words ("retrainly"): one at a
    time through `stem` they were a sixth of a first `grade` (issue 12), and kept in the
    cache they would hold 3 MB through a session that never meets them.
    """
    out: list[str | None] = list(map(_STEM_CACHE.get, raws))
    places: list[int] = []
    words: list[str] = []
    for k, found in enumerate(out):
        if found is None:
            word = normalize_word(raws[k])
            special = _STEM_OVERRIDES.get(word)
            if special is not None:
                out[k] = special
            elif len(word) > 40:
                out[k] = word
            else:
                places.append(k)
                words.append(word)
    for k, result in zip(places, _stemmer().stemWords(words), strict=True):
        out[k] = result
    return out  # type: ignore[return-value]  # every None was filled


class Words:
    """The words of a text, the separators around them, and each word's matching key.

    `parts` alternates separator, word, separator, ...; word k is part 2k + 1, and the
    separator before it is part 2k. `keys` are what the rubric matches on: the word's stem, or,
    for a misspelling of a rubric word, that word's stem (`read_as` names it). Character offsets
    are worked out only for the words evidence quotes (`locate` them all at once): a running
    total of every part's length would cost half as much as the split, and most words are never
    quoted.
    """

    __slots__ = (
        "_boundary_marks",
        "_break_marks",
        "_breaks",
        "_by_separator",
        "_clause_marks",
        "_starts",
        "keys",
        "parts",
        "read_as",
        "text",
        "words",
    )

    def __init__(
        self,
        text: str,
        parts: list[str],
        keys: Sequence[str] = (),
        read_as: Mapping[str, str] | None = None,
    ) -> None:
        self.text = text
        self.parts = parts
        self.words = parts[1::2]
        self.keys = keys
        self.read_as: Mapping[str, str] = read_as or {}
        """Misspelled words (as written) -> the rubric word each was read as."""
        self._starts: dict[int, int] = {}  # word -> where it starts, for located words
        self._breaks: list[int] | None = None
        """Every k > 0 with `sentence_break_before(k)`, in order: found once, when first asked."""
        self._by_separator: dict[str, list[int]] | None = None
        self._break_marks: bytearray | None = None
        self._clause_marks: bytearray | None = None
        self._boundary_marks: bytearray | None = None

    def __len__(self) -> int:
        return len(self.words)

    def before(self, k: int) -> str:
        """The separator before word k (for k == len(self), the text after the last word)."""
        return self.parts[2 * k]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span covering words first..last (inclusive)."""
        start = self._starts.get(first)
        if start is None:
            self.locate((first,))
            start = self._starts[first]
        if first == last:
            return start, start + len(self.parts[2 * first + 1])
        return start, start + len("".join(self.parts[2 * first + 1 : 2 * last + 2]))

    def locate(self, words: Iterable[int]) -> None:
        """Work out where these words start, in one pass from the start of the text."""
        starts, parts = self._starts, self.parts
        at = offset = 0  # a part, and where it starts
        for k in sorted(set(words)):
            # Joining strings and taking the length is the cheapest way to add up lengths.
            offset += len("".join(parts[at : 2 * k + 1]))
            at = 2 * k + 1
            starts[k] = offset

    def by_separator(self) -> dict[str, list[int]]:
        """Per kind of separator between two words other than one space, the words after it
        (1 .. n-1), in order. Built in one pass, once: separators are of few kinds that
        repeat (", ", ". ", "\n\n"), so each kind is read once by whoever asks what ends a
        sentence or a clause (negation's readings and the judgement share this table)."""
        found = self._by_separator
        if found is None:
            seps, n = self.parts[0::2], len(self.words)
            # (`ne` with the space repeated is a plain call, where " ".__ne__ goes through a
            # slot wrapper: a third less of this scan over every word)
            marked = list(compress(range(1, n), map(ne, seps[1:n], repeat(" "))))
            found = self._by_separator = {}
            for sep, k in zip(map(seps.__getitem__, marked), marked, strict=True):
                at = found.get(sep)
                if at is None:
                    found[sep] = [k]
                else:
                    at.append(k)
        return found

    def after_mark(self, mark: str) -> list[int]:
        """The words (1 .. n-1) whose separator holds `mark` (a character such as ":" or
        "?"), in order: read off `by_separator`, each kind of separator asked once, where
        asking every separator of a long answer in turn costs as much as a reading's own
        work (negation's label and question readings look only at these)."""
        found = [at for sep, at in self.by_separator().items() if mark in sep]
        if len(found) == 1:
            return found[0].copy()
        return sorted(chain.from_iterable(found))  # (each kind's words are in order: merged)

    def sentence_break_before(self, k: int) -> bool:
        """True when a sentence ends (or a line breaks) between word k-1 and word k; the dot
        of "i.e.", "e.g." or "vs." ends none. Read from a table of every word's answer, made
        once (`_sentence_marks`): negation asks this some 40,000 times of a long answer."""
        if k <= 0:
            return True
        marks = self._break_marks
        if marks is None:
            marks = self._sentence_marks()
        return marks[k] == 1

    def _sentence_marks(self) -> bytearray:
        """A byte per word (and one for the text's end): 1 where a sentence breaks before it,
        as `sentence_break_before` has it, found for each kind of separator once."""
        n = len(self.words)
        marks = self._break_marks = bytearray(n + 1)
        words = self.words
        for sep, after in self.by_separator().items():
            if _SENTENCE_END.search(sep) is None:
                continue
            if "\n" in sep:
                for k in after:
                    marks[k] = 1
            else:
                for k in after:
                    if words[k - 1].lower() not in _ABBREVIATIONS:
                        marks[k] = 1
        if n and _SENTENCE_END.search(self.parts[2 * n]) is not None:
            last = self.parts[2 * n]
            marks[n] = "\n" in last or words[n - 1].lower() not in _ABBREVIATIONS
        return marks

    def break_back(self, k: int, stop: int) -> int:
        """Walking back from word k, not past word `stop`, the first word with a sentence
        break before it (`sentence_break_before`), else `stop` (k itself when k <= stop).
        Searched for in the table of breaks, in C: readings walked back a word at a time,
        calling `sentence_break_before` on each (a long answer's cues asked it 25,000
        times)."""
        marks = self._break_marks
        return _back(self._sentence_marks() if marks is None else marks, k, stop)

    def break_on(self, k: int, end: int) -> int:
        """Walking on from word k, up to (not including) word `end`, the first word with a
        sentence break before it, else `end` (k itself when k >= end): as `break_back`."""
        marks = self._break_marks
        return _on(self._sentence_marks() if marks is None else marks, k, end)

    def clause_break_before(self, k: int) -> bool:
        """True when a sentence breaks before word k (`sentence_break_before`) or a ";" stands
        before it: where the clause a negation reading reads starts."""
        if k <= 0:
            return True
        marks = self._clause_marks
        return (self._clause_table() if marks is None else marks)[k] == 1

    def clause_back(self, k: int, stop: int) -> int:
        """`break_back` to a `clause_break_before`."""
        marks = self._clause_marks
        return _back(self._clause_table() if marks is None else marks, k, stop)

    def clause_on(self, k: int, end: int) -> int:
        """`break_on` to a `clause_break_before`."""
        marks = self._clause_marks
        return _on(self._clause_table() if marks is None else marks, k, end)

    def _clause_table(self) -> bytearray:
        """The sentence breaks' table with the words after a ";" marked too."""
        breaks = self._break_marks
        marks = self._clause_marks = bytearray(self._sentence_marks() if breaks is None else breaks)
        for sep, after in self.by_separator().items():
            if ";" in sep:
                for k in after:
                    marks[k] = 1
        n = len(self.words)
        if n and ";" in self.parts[2 * n]:
            marks[n] = 1
        return marks

    def sentence_start(self, k: int) -> int:
        """The first word of the sentence holding word k: the last word at or before k with a
        break before it (`sentence_break_before`), else 0.

        A sentence is walked back over for at most _NEAR words; a longer one is looked up
        among the text's breaks, found once: in a long text with no punctuation the sentence
        is the whole text, and walking back over it once per cue made reading it quadratic
        (150,000 words took half a minute)."""
        j = self.break_back(k, max(0, k - _NEAR))
        if j > k - _NEAR or j <= 0:
            return max(j, 0)
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = self._sentence_breaks()
        i = bisect_right(breaks, k)
        return breaks[i - 1] if i else 0

    def _sentence_breaks(self) -> list[int]:
        """Every k > 0 with `sentence_break_before(k)`, in order, in a pass in C: each kind of
        separator is asked once whether it may end a sentence, and only the words after those
        that do are looked at (for an abbreviation before a dot)."""
        words, parts = self.words, self.parts
        seps = parts[2 : 2 * len(words) : 2]  # before words 1 .. n-1
        ending = {sep for sep in set(seps) if _SENTENCE_END.search(sep)}
        maybe = compress(range(1, len(words)), map(ending.__contains__, seps))
        return [
            k for k in maybe if "\n" in parts[2 * k] or words[k - 1].lower() not in _ABBREVIATIONS
        ]

    def boundary_before(self, k: int) -> bool:
        """True when punctuation or a line break separates word k-1 from word k (for k == 0,
        before the first word; for k == len(self), after the last). Read from a table made
        once for every word (`_boundary_table`), as `sentence_break_before` is."""
        if k < 0:
            return is_boundary(self.parts[2 * k])  # (from the end, as a list reads it)
        marks = self._boundary_marks
        if marks is None:
            marks = self._boundary_table()
        return marks[k] == 1

    def clause_start(self, first: int, k: int) -> int:
        """The first word of the clause holding word k: after the last boundary
        (`boundary_before`: a comma, a colon, a dash, a bracket, ...) before it, no earlier than
        word `first` (its sentence's first word)."""
        if k <= first:
            return k
        marks = self._boundary_marks
        if marks is None:
            marks = self._boundary_table()
        return max(marks.rfind(1, max(first + 1, 0), k + 1), first)  # (in C, not word by word)

    def clause_end(self, k: int, last: int) -> int:
        """The last word of the clause holding word k, no later than word `last`."""
        if k >= last:
            return k
        marks = self._boundary_marks
        if marks is None:
            marks = self._boundary_table()
        found = marks.find(1, k + 1, last + 1)
        return last if found < 0 else found - 1

    def _boundary_table(self) -> bytearray:
        """A byte per separator (before each word, and after the last): 1 where it is a
        boundary (`is_boundary`), each kind of separator asked once."""
        n = len(self.words)
        marks = self._boundary_marks = bytearray(n + 1)
        for sep, after in self.by_separator().items():
            if is_boundary(sep):
                for k in after:
                    marks[k] = 1
        marks[0] = is_boundary(self.parts[0])
        if n:
            marks[n] = is_boundary(self.parts[2 * n])
        return marks


def _back(marks: bytearray, k: int, stop: int) -> int:
    """Of a table of marks (a byte per word, word 0 always counting as marked): walking back
    from word k, not past `stop`, the first marked word, else `stop` (k when k <= stop)."""
    if k <= stop:
        return k
    found = marks.rfind(1, max(stop + 1, 1), k + 1)
    if found >= 0:
        return found
    return 0 if stop < 0 else stop


def _on(marks: bytearray, k: int, end: int) -> int:
    """Walking on from word k, up to (not including) `end`, the first marked word, else `end`
    (k when k >= end, or k <= 0: word 0 counts as marked)."""
    if k >= end or k <= 0:
        return k
    found = marks.find(1, k, end)
    return end if found < 0 else found


_NEAR = 64
"""`Words.sentence_start` walks back this many words before it looks the start up."""

# Abbreviations whose dot does not end a sentence ("i.e. whether ...", "e.g. SMOTE").
_ABBREVIATIONS = frozenset(("e", "g", "i", "vs", "eg", "ie", "cf", "approx"))


def stems(words: str | Iterable[str]) -> frozenset[str]:
    """The matching keys of some words: of a text's words split on whitespace, or of each word
    given. The grading modules spell their word lists this way ("if when", or a tuple of
    words), so one helper builds them all."""
    return frozenset(map(stem, words.split() if isinstance(words, str) else words))


def phrase_stems(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The keys of each phrase, word by word, for the tables of multi-word cues the grading
    modules match in order ("thought about" -> ("thought", "about") as stems)."""
    return tuple(tuple(map(stem, phrase.split())) for phrase in phrases)


def is_boundary(separator: str) -> bool:
    """Whether a separator between two words ends a clause. One space, by far the usual
    separator, is settled before the regular expression: scanning asks this a lot."""
    return separator != " " and BOUNDARY.search(separator) is not None


def tokenize(text: str) -> Words:
    """The words of a text, without matching keys (see `typos.Vocabulary.read` for those).

    Each distinct word and separator is kept once, the split's copies let go at once: an
    answer repeats its vocabulary, and every later pass over the words (their keys, their
    kinds, each reading's look at a word) then reads a few thousand strings that stay in
    the processor's cache, not 1.6 million scattered ones (a 10 MB answer: issue 12). Only
    for a long text (`_SHARED_FROM`): a short one's words fit in the cache as they are, and
    the pass that shares them would be all it changed."""
    parts = _pattern(text).split(text)
    if len(parts) < _SHARED_FROM:
        return Words(text, parts)
    shared: dict[str, str] = {}
    return Words(text, list(map(shared.setdefault, parts, parts)))


_SHARED_FROM = 20_000
"""How many parts (words and separators) a text has before `tokenize` keeps each distinct one
once: about 10,000 words, five times a long written answer."""


def _pattern(text: str) -> re.Pattern[str]:
    """The pattern that splits a text into words: for an ASCII text (most answers, most
    rubric phrases and cues), the ASCII one, which splits the same words (on ASCII, a
    letter that is no digit nor "_" is [A-Za-z], a digit [0-9]) in a half or less of the
    time. Compiling a rubric splits its 2,000 phrases and indexes 2,400 negation cues by
    their first word: with the Unicode classes, a tenth of compiling (issue 12)."""
    return _SPLIT_ASCII if text.isascii() else _SPLIT


def words_of(phrase: str) -> list[str]:
    """A phrase's normalised words, as written (no stemming)."""
    return [normalize_word(w) for w in _pattern(phrase).split(phrase)[1::2]]


def distinct_words(phrases: Iterable[str]) -> set[str]:
    """The words of all the phrases as written (not normalised), each once: `words_of` of
    each phrase normalises the same words again and again (a rubric's 2,000 phrases hold
    5,000 words, a thousand of them distinct). Split in one pass: no word spans the line
    break put between two phrases."""
    text = "\n".join(phrases)
    return set(_pattern(text).split(text)[1::2])


_NON_ARTICLE_LETTER = re.compile(r"[^\W_aethnAETHN]")


def has_words(phrase: str) -> bool:
    """Whether a phrase has anything to match (articles alone do not count)."""
    if _NON_ARTICLE_LETTER.search(phrase):
        return True  # a letter or digit no article has: the quick, common case
    return any(w.lower() not in ARTICLES for w in _pattern(phrase).findall(phrase))


def phrase_keys(phrase: str) -> list[tuple[str, ...]]:
    """The stem sequences a phrase matches: as written, and joined up.

    Articles are dropped (the matcher skips them in answers too), except the "a" of "A/B".
    A multi-word phrase of up to three words also matches its joined form, so "real time"
    finds "realtime" and "data set" finds "dataset".
    """
    kept, normal = _kept_words(phrase)
    if not kept:
        return []
    keys = [tuple(stem(w) for w in kept)]
    if 2 <= len(kept) <= 3:
        joined = stem("".join(normal))
        if (joined,) not in keys:
            keys.append((joined,))
    return keys


def first_key(phrase: str) -> str | None:
    """The key a phrase's match begins with (`phrase_keys(phrase)[0][0]`), or None for a
    phrase without words: enough to tell which phrases could begin at a given word, without
    stemming the rest of each."""
    first = _pattern(phrase).search(phrase)
    if first is None:
        return None
    if normalize_word(first[1]) not in ARTICLES:
        return stem(first[1])  # the usual case, settled without splitting the whole phrase
    kept = _kept_words(phrase)[0]
    return stem(kept[0]) if kept else None


def first_keys(phrases: Iterable[str]) -> list[str | None]:
    """`[first_key(p) for p in phrases]`, each distinct first word normalised and stemmed
    once: the 2,400 general negation cues begin with a few hundred words, each looked up
    again for every cue that begins with it (issue 12, first run)."""
    known: dict[str, str | None] = {}
    by_head: dict[str, str] = {}
    out: list[str | None] = []
    for phrase in phrases:
        # The text before the first space holds the phrase's first word when it holds a word
        # at all (no word spans a space): phrases that begin alike ("is not ...", 7,000
        # cues of 250 beginnings) are searched once for it (issue 12, first run).
        head = phrase.partition(" ")[0]
        key = by_head.get(head)
        if key is not None:
            out.append(key)
            continue
        first = _pattern(phrase).search(phrase)
        if first is None:
            out.append(None)
        elif first[1] in known:
            out.append(known[first[1]])
        elif normalize_word(first[1]) in ARTICLES:
            out.append(first_key(phrase))  # (past an article: another word's key)
            continue
        else:
            out.append(known.setdefault(first[1], stem(first[1])))
        if first is not None and first.end(1) <= len(head) and out[-1] is not None:
            by_head[head] = out[-1]
    return out


def _kept_words(phrase: str) -> tuple[list[str], list[str]]:
    """A phrase's words as written and normalised, without its articles (but the "a" of
    "A/B"). Each word is normalised once: compiling a rubric reads thousands of phrases."""
    raw_words = _pattern(phrase).split(phrase)[1::2]
    return _without_articles(raw_words, [normalize_word(w) for w in raw_words])


def _without_articles(raw_words: list[str], normal: list[str]) -> tuple[list[str], list[str]]:
    """`raw_words` and their normalised forms `normal` without the articles (see
    `_kept_words`)."""
    if ARTICLES.isdisjoint(normal):
        return raw_words, normal  # most phrases: every word kept, none looked at one by one
    kept: list[str] = []
    kept_normal: list[str] = []
    last = len(raw_words) - 1
    for i, word in enumerate(normal):
        if word in ARTICLES and not (
            word == "a" and i < last and len(normal[i + 1]) == 1 and normal[i + 1].isalpha()
        ):
            continue
        kept.append(raw_words[i])
        kept_normal.append(word)
    return kept, kept_normal


def _phrase_words(phrase: str) -> list[str]:
    """A phrase's words as written (`_pattern(phrase).split(phrase)[1::2]`). A phrase of ASCII
    letters in words parted by spaces, an apostrophe only inside a word ("isn't needed"),
    is split on its spaces: the pattern finds exactly those words there. Most negation cues
    and rubric phrases are such, and the pattern's split cost some 9,500 instructions a
    phrase, a fifth of a fresh `grade` building the 4,000 cues a 2,000-word answer meets
    (issue 12)."""
    if (
        phrase.isascii()
        and phrase.replace(" ", "").replace("'", "").isalpha()
        and "''" not in phrase
        and " '" not in phrase
        and "' " not in phrase
        and phrase[0] != "'"
        and phrase[-1] != "'"
    ):
        # A copy: the list `split` makes keeps room for 12 words, and a grade holds the
        # words of its 4,000 cues at once (230 kB more at a session's peak, issue 12).
        return phrase.split()[:]
    return _pattern(phrase).split(phrase)[1::2]


def keys_of_phrases(phrases: Iterable[str], joined: bool = True) -> list[list[tuple[str, ...]]]:
    """`[phrase_keys(p) for p in phrases]`, each distinct word normalised and stemmed once for
    all of them. With `joined=False`, `[phrase_keys(p)[:1] for p in phrases]`: the stems as
    written, without the joined form, which the negation cues never use (stemming it cost
    every process a thousand new stems of non-words such as "isnotneeded", kept in the cache).

    A rubric's 2,500 phrases hold some 6,000 words but a thousand distinct ones, and the
    negation cues an answer meets 1,500 phrases of 600 words: taken a phrase at a time, each
    word was normalised and looked up again wherever it stood, a few milliseconds of every
    first `grade` (issue 12). Stems go through `stem`, as one phrase at a time they did."""
    split = list(map(_phrase_words, phrases))
    distinct = set().union(*split)
    normal = {w: normalize_word(w) for w in distinct}
    stemmed = {w: stem(w) for w in distinct}
    articles = {w for w, n in normal.items() if n in ARTICLES}
    out: list[list[tuple[str, ...]]] = []
    for raw_words in split:
        if articles.isdisjoint(raw_words):
            kept = raw_words  # most phrases: every word kept, none looked at one by one
        else:
            kept = _without_articles(raw_words, [normal[w] for w in raw_words])[0]
        if not kept:
            out.append([])
            continue
        keys = [tuple(map(stemmed.__getitem__, kept))]
        if joined and 2 <= len(kept) <= 3:
            together = stem("".join([normal[w] for w in kept]))
            if (together,) not in keys:
                keys.append((together,))
        out.append(keys)
    return out
