"""NegEx-style negation: which words of an answer sit inside a negation's scope.

A trigger before a concept ("no need for X", "we won't X") or after it ("X is not needed")
negates words up to SCOPE words away, stopping at punctuation, line breaks and words that start
a new clause ("but", "and", "we", "using"...). Pseudo-triggers look like negations but are not
("not only", "can't ignore", "no more than"); they are matched first and skipped. Triggers are
compared on stems, like the phrases, so "isn't necessary" and "is not necessarily" both work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from designtrainer.grading.text import ARTICLES, Tokens, is_boundary, phrase_keys, stem

SCOPE = 5

PRE_TRIGGERS = (
    "no",
    "not",
    "never",
    "without",
    "avoid",
    "skip",
    "ignore",
    "forget about",
    "forgo",
    "instead of",
    "rather than",
    "as opposed to",
    "in place of",
    "other than",
    "no need for",
    "no need to",
    "no point in",
    "not worth",
    "there is no",
    "don't need",
    "do not need",
    "doesn't need",
    "does not need",
    "won't need",
    "will not need",
    "won't",
    "wont",
    "will not",
    "don't",
    "dont",
    "do not",
    "doesn't",
    "doesnt",
    "does not",
    "didn't",
    "did not",
    "shouldn't",
    "should not",
    "can't",
    "cant",
    "cannot",
    "can not",
    "wouldn't",
    "would not",
    "isn't",
    "isnt",
    "is not",
    "aren't",
    "are not",
    "wasn't",
    "neither",
    "nor",
    "unnecessary",
    "stop using",
    "refrain from",
    "not using",
    "no longer",
    "don't think we need",
    "do not think we need",
    "don't think we'll need",
    "don't think we should",
    "don't think we'd need",
    "doubt we need",
    "not sure we need",
    "we can skip",
    "we can drop",
    "we can ignore",
    "bother with",
    "wouldn't bother with",
    "won't bother with",
    "don't bother with",
    "not bother with",
    "stay away from",
    "steer clear of",
    "wouldn't go with",
    "won't go with",
    "wouldn't use",
    "won't use",
    "wouldn't start with",
)
POST_TRIGGERS = (
    "not needed",
    "isn't needed",
    "aren't needed",
    "won't be needed",
    "will not be needed",
    "not necessary",
    "isn't necessary",
    "unnecessary",
    "not required",
    "isn't required",
    "overkill",
    "not a concern",
    "isn't a concern",
    "not an issue",
    "isn't an issue",
    "not a problem",
    "isn't a problem",
    "not important",
    "isn't important",
    "doesn't matter",
    "don't matter",
    "does not matter",
    "do not matter",
    "not worth it",
    "misleading",
    "meaningless",
    "useless",
    "pointless",
    "irrelevant",
    "not relevant",
    "isn't relevant",
    "won't help",
    "doesn't help",
    "not helpful",
    "not useful",
    "isn't useful",
    "can be skipped",
    "can be ignored",
    "is a bad idea",
    "is wrong",
    "out of scope",
    "not applicable",
    "can wait",
    "to be useful",
    "to be reliable",
    "to be trusted",
    "to rely on",
    "to be worth it",
    "to be practical",
    "to matter",
)
PSEUDO_TRIGGERS = (
    "not only",
    "not just",
    "no doubt",
    "without doubt",
    "without a doubt",
    "not necessarily",
    "not limited to",
    "whether or not",
    "if not",
    "no matter",
    "not least",
    "no less",
    "no more than",
    "no less than",
    "not more than",
    "no later than",
    "no longer than",
    "not exceed",
    "not to exceed",
    "never exceed",
    "must not exceed",
    "not forget",
    "don't forget",
    "do not forget",
    "never forget",
    "can't ignore",
    "cannot ignore",
    "can not ignore",
    "shouldn't ignore",
    "should not ignore",
    "don't ignore",
    "do not ignore",
    "never ignore",
    "not ignore",
    "must not ignore",
    "not overlook",
    "don't overlook",
    "can't overlook",
    "not neglect",
    "don't neglect",
    "not underestimate",
    "don't underestimate",
    "not surprising",
    "no surprise",
    "not trivial",
    "not easy",
    "not simple",
    "not straightforward",
    "not cheap",
    "not free",
    "not too",
    "not always",
    "not all",
    "not every",
    "not perfect",
    "not enough",
)
# Words that start a new clause or an instrumental phrase: a negation does not reach past them.
# Compared on the word as written (not its stem), so "using" ends a scope but "use" does not.
TERMINATORS = frozenset(
    (
        "but however although though yet except whereas while and so because since which that "
        "who we i they you with by using via through then plus also instead otherwise unless "
        "until therefore thus hence"
    ).split()
)
# Words a negation may carry inside it: "isn't really a big concern" reads as "isn't a concern".
FILLERS = frozenset(
    stem(w)
    for w in "really big real major huge serious much of that too very actually even at all".split()
)
_PSEUDO_EXTRA = (
    "don't know whether",
    "don't know if",
    "do not know whether",
    "do not know if",
    "can't tell whether",
    "can't tell if",
    "cannot tell whether",
    "cannot tell if",
    "never know whether",
    "never know if",
    "not sure whether",
    "not sure if",
    "no way to know",
    "don't know which",
    "never find out whether",
    "not spam",
    "not junk",
    "not fraud",
    "not fraudulent",
    "not interested",
    "not for me",
    "see less",
    "show less",
)

PRE, POST, BOTH, PSEUDO = "pre", "post", "both", "pseudo"


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Negation:
    """A trigger covering a word: its text and the words the trigger itself occupies."""

    trigger: str
    first: int
    last: int


def _post_variants() -> list[str]:
    """ "X is not needed" must read as one post-trigger, not as the pre-trigger "is not"."""
    out = list(POST_TRIGGERS)
    for phrase in POST_TRIGGERS:
        if phrase.startswith("not "):
            rest = phrase[4:]
            out += [f"{neg} {rest}" for neg in ("isn't", "aren't", "wasn't", "isnt", "arent")]
            out += [f"{verb} not {rest}" for verb in ("is", "are", "was", "were", "be")]
            out += [f"won't be {rest}", f"will not be {rest}"]
        if phrase in ("unnecessary", "overkill", "misleading", "irrelevant", "useless"):
            out += [f"{verb} {phrase}" for verb in ("is", "are", "was", "be", "seems")]
    return out


def _build_trie() -> dict[str, object]:
    trie: dict[str, object] = {}
    lists = (
        (PSEUDO, PSEUDO_TRIGGERS + _PSEUDO_EXTRA),
        (PRE, PRE_TRIGGERS),
        (POST, _post_variants()),
    )
    for kind, phrases in lists:
        for phrase in phrases:
            for key in phrase_keys(phrase)[:1]:
                node = trie
                for part in key:
                    node = node.setdefault(part, {})  # type: ignore[assignment]
                old = node.get("")
                if old is None:
                    node[""] = Trigger(kind, phrase)
                elif isinstance(old, Trigger) and {old.kind, kind} == {PRE, POST}:
                    node[""] = Trigger(BOTH, old.text)
    return trie


_TRIE = _build_trie()
STARTS = frozenset(k for k in _TRIE if k)
"""Stems a negation or pseudo-negation can begin with."""


def negation_scopes(
    tokens: Tokens, stems: Sequence[str], candidates: Iterable[int]
) -> tuple[dict[int, Negation], dict[int, Negation]]:
    """(word index -> the negation covering it, word index -> the trigger standing there).

    `candidates` are the words whose stem is in STARTS, in order: the scan has looked every
    word up already and passes them on.
    """
    negated: dict[int, Negation] = {}
    triggers: dict[int, Negation] = {}
    words, parts = tokens.words, tokens.parts
    n = len(stems)
    skip_until = -1
    for i in candidates:
        if i < skip_until:
            continue
        node: dict[str, object] = _TRIE[stems[i]]  # type: ignore[assignment]
        trig = node.get("")
        j = i + 1
        if isinstance(trig, Trigger):
            found: tuple[Trigger, int] | None = (trig, j)
        elif j == n or (
            stems[j] not in node and stems[j] not in FILLERS and stems[j] not in ARTICLES
        ):
            continue  # most candidates ("is", "to", "we") start nothing: settle them quickly
        else:
            found = None
        while j < n:
            # The dictionary first: a trigger that stops here needs no look at the punctuation.
            child = node.get(stems[j])
            if child is None and stems[j] not in FILLERS and stems[j] not in ARTICLES:
                break
            if is_boundary(parts[2 * j]):
                break
            j += 1
            if child is None:
                continue  # a filler or an article: "isn't really a concern"
            node = child  # type: ignore[assignment]
            trig = node.get("")
            if isinstance(trig, Trigger):
                found = (trig, j)
        if found is None:
            continue
        trig, end = found
        skip_until = end
        neg = Negation(trig.text, i, end - 1)
        for k in range(i, end):
            triggers[k] = neg
        if trig.kind in (PRE, BOTH):
            k = end
            while k < n and k < end + SCOPE and not is_boundary(parts[2 * k]):
                if words[k].lower() in TERMINATORS:
                    break
                negated.setdefault(k, neg)
                k += 1
        if trig.kind in (POST, BOTH):
            k = i - 1
            while k >= 0 and k >= i - SCOPE and not is_boundary(parts[2 * k + 2]):
                if words[k].lower() in TERMINATORS:
                    break
                negated.setdefault(k, neg)
                k -= 1
        if trig.kind == PRE and _rejects_previous_sentence(tokens, words, i, end):
            rejection = Negation(f"{words[i - 1]} {trig.text}", i - 1, end - 1)
            k = i - 2
            while k >= 0:
                negated.setdefault(k, rejection)
                if tokens.sentence_break_before(k):
                    break
                k -= 1
    return negated, triggers


# "People love DeepFM for this. I wouldn't." rejects the previous sentence as a whole.
_SUBJECTS = frozenset({"i", "we", "i'd", "we'd", "i'll", "we'll", "i\u2019d", "we\u2019d"})
_ANAPHORS = frozenset({"it", "that", "this", "them", "those", "there"})


def _rejects_previous_sentence(tokens: Tokens, words: list[str], i: int, end: int) -> bool:
    """A short sentence "I wouldn't." / "I'd skip it." / "We won't start there." at index i."""
    if i < 2 or words[i - 1].lower() not in _SUBJECTS or not tokens.sentence_break_before(i - 1):
        return False
    n = len(words)
    if end >= n or tokens.boundary_before(end):
        return True
    for k in range(end, min(n, end + 3)):
        if words[k].lower() in _ANAPHORS:
            return k + 1 >= n or tokens.boundary_before(k + 1)
        if tokens.boundary_before(k + 1) if k + 1 < n else True:
            return False
    return False
