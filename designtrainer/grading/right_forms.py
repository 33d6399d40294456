"""Two ways an answer states a flag's right choice in the flag's own words, read in general
English for `flags.flag_choice` (round 21).

- Sufficiency denied: a mistake of relying on one thing alone (a flag whose name says "only"
  or "alone": "Launch on offline metrics alone") is not made by an answer that says the thing
  is not enough: "an offline win is not enough", "offline not enough", "can't be the only
  reason we ship", "not just an AUC win", "a launch needs more than an AUC win". The mistake's
  words are there; what is said of them is the opposite of relying on them. A flag about
  something else ("the chargeback flag alone isn't enough as a feature" still uses it) is not
  read this way.
- Kept in its natural state: "the test set keeps its natural rate", "evaluate on the
  untouched data", "the holdout stays at the real class balance" says the mistake's object
  is left as it is: a statement of the right choice, not a resampling of it, whatever the
  other clauses of the sentence resample ("... even if training downsamples").

Both are read only on a sentence already found to make the mistake (a few per answer), over
a few words around its mentions: linear, and cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from designtrainer.grading.mentions import Mention
from designtrainer.grading.words import Words, plain

_EXCLUSIVE = frozenset(("only", "alone", "solely"))
"""Words of a flag's name that make its mistake a reliance on one thing alone."""


@cache
def about_sufficiency(name: str) -> bool:
    """Whether a flag's name says its mistake relies on something alone ("Launch on offline
    metrics alone", "Engagement as the only objective", "Point forecast only")."""
    return any(plain(w) in _EXCLUSIVE for w in name.replace("-", " ").split())


_SUFFICING = frozenset(("enough", "sufficient", "suffices", "suffice", "adequate"))
_LACKING = frozenset(("insufficient", "inadequate"))
_DENYING = frozenset(
    "not never no isn't aren't wasn't weren't won't wouldn't can't cannot couldn't doesn't "
    "don't shouldn't hardly nowhere".split()
)
"""Words that deny what follows them within a word or two: "not enough", "isn't sufficient",
"won't be enough", "nowhere near enough"."""
_DENY_GAP = 3
"""Words from a denial to its word of sufficiency: "is not by itself enough"."""
_SOLE = frozenset(("only", "sole", "whole", "single"))
"""After a denial and "the"/"our"/"a": "can't be the only reason", "isn't the whole story"."""
_SOLE_LEADS = frozenset(("the", "our", "a", "an", "its", "their"))
_PREDICATE_FILLERS = frozenset(
    "is are was were be being been 's alone itself themselves by on its own their own "
    "by itself in isolation going up improving better higher lower up still just simply "
    "that this it which really".split()
)
"""Words that may stand between the thing relied on and its denial: its verb, "alone", "by
itself", what it does ("going up", "improving"), a pointer back ("..., that's not enough")."""
_AFTER_REACH = 8
_ARROWS = frozenset(("->", "\u2192", "=>"))
_BETWEEN_MARKS = _ARROWS | frozenset((":", ",", "-", "\u2014", "\u2013", "--"))
_POINTERS = frozenset(("that", "this", "it", "which", "that's", "it's", "this's"))
_STOPS = frozenset(
    "because since as so but and or if when once unless until we i you they there while "
    "whereas then".split()
)
"""Words after which what follows is another clause: its denial is of something else ("we
launch on offline AUC because we don't have enough traffic")."""

_JUST = frozenset(("just", "only", "merely", "simply", "purely", "solely"))
_BEFORE_REACH = 5
"""Words from "not just" / "more than" to the thing relied on: "not just a better offline
AUC"."""
_NEEDING = frozenset(
    "need needs needed require requires required take takes demand demands want wants".split()
)
_NP_FILLERS = frozenset(
    "a an the our its their this that some any better higher good strong big offline".split()
)


def sufficiency_denied(words: Words, first: int, last: int, window: Sequence[Mention]) -> bool:
    """Whether a mention of the window (those in the sentence first..last) is said not to be
    enough: a denial of sufficiency after it in its clause ("X is not enough", "X not
    sufficient", "X alone can't be the only reason", "X: not enough to deploy", "X, that's
    not enough"), or a "not just" / "more than" (with a word of need) before it ("not just an
    AUC win", "a launch needs more than an AUC win")."""
    inside = [m for m in window if m.first >= first]
    covered = {k for m in inside for k in range(m.first, m.last + 1)}
    return any(
        _denied_after(words, m.last, last, covered) or _denied_before(words, first, last, m)
        for m in inside
    )


def _denied_after(words: Words, end: int, last: int, covered: set[int]) -> bool:
    raw = words.words
    marks = 0
    for k in range(end + 1, min(last, end + _AFTER_REACH) + 1):
        sep = words.before(k).strip()
        if sep and (words.boundary_before(k) or sep in _ARROWS):
            # one mark may stand between the thing and its denial: "offline gains: not enough",
            # "offline wins are nice, but that's not enough" is read by the turn below
            if sep not in _BETWEEN_MARKS or marks:
                return False
            marks += 1
        word = plain(raw[k])
        if word in _LACKING:
            return True
        if word in _DENYING:
            return _sufficiency_follows(words, k, last)
        if k in covered or word in _PREDICATE_FILLERS or (marks and word in _POINTERS):
            continue
        if word in _STOPS:
            if word == "but" and k < last and plain(raw[k + 1]) in _POINTERS | _DENYING:
                continue  # "..., but that's not enough", "... but not sufficient"
            return False
        if marks:
            return False  # after a mark, only the denial or a pointer back to the thing
    return False


def _sufficiency_follows(words: Words, k: int, last: int) -> bool:
    """Whether the denial at word k is of sufficiency: "not enough", "isn't by itself
    sufficient", "can't be the only", "is not the whole story"."""
    raw = words.words
    for j in range(k + 1, min(last, k + _DENY_GAP) + 1):
        if words.boundary_before(j):
            return False
        word = plain(raw[j])
        if word in _SUFFICING:
            return True
        if word in _SOLE and plain(raw[j - 1]) in _SOLE_LEADS:
            return True
        if word in _GROUNDS:
            return not _to_hold_back(words, j, last)  # "hardly a reason to ship"
    return False


_GROUNDS = frozenset(
    "reason reasons grounds justification proof license licence argument case".split()
)
"""After a denial, what would license the choice: "X is no reason to ship", "not grounds for
a launch", "hardly proof that users gain"."""
_HOLDING_BACK = frozenset(
    "wait waiting delay delaying hold holding postpone postponing worry worrying doubt "
    "hesitate test testing experiment experimenting block blocking stop".split()
)
_HOLD_REACH = 3


def _to_hold_back(words: Words, j: int, last: int) -> bool:
    """Whether the grounds at word j are for holding back ("no reason to wait", "no grounds
    for delaying"): denying them urges the choice on, the opposite of a denial of
    sufficiency."""
    raw = words.words
    return any(plain(raw[k]) in _HOLDING_BACK for k in range(j + 1, min(last, j + _HOLD_REACH) + 1))


def _denied_before(words: Words, first: int, last: int, m: Mention) -> bool:
    raw = words.words
    for k in range(m.first - 1, max(first, m.first - _BEFORE_REACH) - 1, -1):
        word = plain(raw[k])
        if word in _JUST and k > first and plain(raw[k - 1]) in _DENYING:
            return True  # "not just an AUC win"
        if word == "than" and k > first and plain(raw[k - 1]) == "more":
            return _needed_around(words, first, last, k)  # "needs more than an AUC win"
        if words.boundary_before(k) or word not in _NP_FILLERS:
            return False
    return False


def _needed_around(words: Words, first: int, last: int, k: int) -> bool:
    """Whether the clause of "more than" at word k says something is needed: "a launch needs
    more than ...", "more than a better offline score is required"."""
    start, end = words.clause_start(first, k), words.clause_end(k, last)
    return any(plain(words.words[j]) in _NEEDING for j in range(start, end + 1))


_KEEPING = frozenset(
    "keep keeps kept keeping retain retains retained stay stays stayed remain remains left "
    "leave leaves mirror mirrors mirroring reflect reflects reflecting match matches matching "
    "preserve preserves preserved has have with at on".split()
)
"""Words that say what the thing is left with: "keeps its natural rate", "stays at the real
class balance", "left at", "mirrors the production mix", "evaluated on the untouched data"."""
_NATURAL = frozenset(
    "natural real true original actual production production's live organic observed "
    "realistic real-world untouched".split()
)
_AS_IT_IS = frozenset(("untouched", "unsampled", "unresampled", "unbalanced", "imbalanced"))
"""Words that say on their own that the thing was left as it is."""
_DISTRIBUTION = frozenset(
    "rate rates ratio ratios mix balance distribution distributions prevalence proportion "
    "proportions imbalance frequency frequencies skew base class priors traffic".split()
)
_KEPT_REACH = 7
_NATURAL_GAP = 3
"""Words from a natural word to what it qualifies: "natural 0.1% positive rate"."""


def kept_natural(words: Words, first: int, last: int, window: Sequence[Mention]) -> bool:
    """Whether a mention of the flag in the sentence (`window`: its window's, and the others
    the sentence holds) is said to be left in its natural state, in the words
    after it up to its clause's end (a comma may stand between: "the real, un-downsampled
    traffic"): "the test set keeps its natural rate of positives", "evaluate on the untouched
    data", "the holdout is left at the real class balance", "is the real, un-downsampled
    traffic". Not when a mention of the mistake's other groups comes first ("the test set is
    downsampled, not at the natural rate"), nor after a denial ("not the natural
    distribution"), nor when one follows that is not undone by "un-" ("the test set is real
    traffic downsampled to 1:1")."""
    raw = words.words
    inside = [m for m in window if m.first >= first]
    for m in inside:
        others = {k for o in inside if o.group != m.group for k in range(o.first, o.last + 1)}
        kept = plain(raw[m.last]) in _KEEPING  # "evaluate on the untouched data"
        found = None
        for k in range(m.last + 1, min(last, m.last + _KEPT_REACH) + 1):
            sep = words.before(k).strip()
            if (sep and sep != "," and words.boundary_before(k)) or plain(raw[k]) in _TURNS:
                break
            word = plain(raw[k])
            if _undone(words, k):
                found = k + 1  # "un-downsampled": the other group's word, undone
                break
            if k in others or word in _DENYING or word in _TRADING:
                break  # "downsampled too, rather than kept at its natural rate"
            if word in _KEEPING or word in _COPULAS:
                kept = True
            if kept and word in _AS_IT_IS:
                found = k
                break
            if kept and word in _NATURAL and not _an_error_rate(words, k):
                found = _qualified(words, k, last)  # "natural rate", "real class balance"
                if found is not None:
                    break
        if (
            found is not None
            and not _resampled_after(words, found, last, others)
            and not _done_to_it_later(words, found, last, others)
        ):
            return True
    return False


_CLASS_WORDS = frozenset(("positive", "positives", "negative", "negatives"))


def _an_error_rate(words: Words, k: int) -> bool:
    """Whether the natural word at k opens a measure's name, "true positive rate", "true
    negatives": a metric, not the natural state of the data."""
    return k + 1 < len(words.words) and plain(words.words[k + 1]) in _CLASS_WORDS


_BACK = frozenset(("it", "them", "that", "those", "this"))
_BACK_REACH = 2


def _done_to_it_later(words: Words, found: int, last: int, others: set[int]) -> bool:
    """Whether, later in the sentence, a word of the mistake's other groups is done to a
    pronoun that points back ("..., since we downsample it the same way"): the thing kept
    natural is resampled after all."""
    raw = words.words
    for o in others:
        if not found < o <= last:
            continue
        for j in range(o + 1, min(last, o + _BACK_REACH) + 1):
            if words.boundary_before(j):
                break
            if plain(raw[j]) in _BACK:
                return True
    return False


def _resampled_after(words: Words, found: int, last: int, others: set[int]) -> bool:
    """Whether a word of the mistake's other groups, not undone by "un-", follows the
    natural state in its clause ("the test set is real traffic, downsampled to 1:1"); a
    clause of its own after a turn is about something else ("... even if training
    downsamples")."""
    for k in range(found + 1, last + 1):
        sep = words.before(k).strip()
        if (sep and sep != "," and words.boundary_before(k)) or plain(words.words[k]) in _TURNS:
            return False
        if k in others and not _undone(words, k - 1):
            return True
    return False


def _undone(words: Words, k: int) -> bool:
    """Whether word k is "un" joined by a hyphen to the word after it ("un-downsampled",
    "un-resampled"): what that word says was not done."""
    return (
        0 <= k < len(words.words) - 1
        and plain(words.words[k]) == "un"
        and words.before(k + 1) == "-"
    )


_TRADING = frozenset(("rather", "instead", "than"))
_TURNS = frozenset(
    "but while whereas although though except unless until even if when so because since "
    "which who where".split()
)
"""Words that open a clause of its own: what follows is said of something else ("... so the
label distribution matches production traffic", "... even if training downsamples")."""
_COPULAS = frozenset(("is", "are", "stays", "remains", "be", "'s"))


def _qualified(words: Words, k: int, last: int) -> int | None:
    """Where the word of a distribution stands that the natural word at k qualifies
    ("natural 0.1% positive rate"), or None."""
    raw = words.words
    for j in range(k + 1, min(last, k + _NATURAL_GAP) + 1):
        if words.boundary_before(j):
            return None
        if plain(raw[j]) in _DISTRIBUTION:
            while (
                j < last and plain(raw[j + 1]) in _DISTRIBUTION and not words.boundary_before(j + 1)
            ):
                j += 1  # "real class balance": to the noun's end
            return j
    return None


_BEING = frozenset(("is", "are", "was", "were", "'s"))
_MAYBE = frozenset(("would", "could", "might", "may"))
_PRAISE = frozenset("fine ok okay acceptable useful good great valuable handy".split())
_PRAISE_DEGREES = frozenset("perfectly totally completely quite still also really".split())
_USES = frozenset(("for", "as"))
_NOT_FOR = frozenset(("not", "never"))
_GRANT_REACH = 6


def granted_another_use(words: Words, first: int, last: int, mentions: Sequence[Mention]) -> bool:
    """Whether the mistake's subject is granted one use and denied another after a comma:
    "accuracy is fine for the sanity dashboard, not as the success metric", "a random split
    might be acceptable for a quick prototype, never for the launch model". The use granted
    holds none of the flag's other words; when it does, the mistake is what is granted
    ("accuracy is fine as the success metric, not as a debugging aid")."""
    inside = sorted((m for m in mentions if first <= m.first <= last), key=lambda m: m.first)
    if not inside:
        return False
    raw = words.words
    end = inside[0].last
    for m in inside:  # the subject: the first mention and those overlapping it
        if m.first <= end:
            end = max(end, m.last)
    grant = _grant(words, end, last)
    if grant is None:
        return False
    uses = grant + 1
    denial = next(
        (
            k
            for k in range(uses, last)
            if plain(raw[k]) in _NOT_FOR
            and plain(raw[k + 1]) in _USES
            and "," in words.before(k) + (words.before(k - 1) if plain(raw[k - 1]) == "but" else "")
        ),
        None,
    )
    if denial is None:
        return False
    return not any(uses <= m.first < denial for m in inside)


def _grant(words: Words, end: int, last: int) -> int | None:
    """Where "for" or "as" stands in a grant right after the subject that ends at `end`: a
    form of "be" (or "would be"), a word of praise, then the use ("is fine for", "might be
    acceptable for"), or None."""
    raw = words.words
    k = end + 1
    if k <= last and plain(raw[k]) in _MAYBE:
        k += 1
        if k > last or plain(raw[k]) != "be":
            return None
    elif k > last or plain(raw[k]) not in _BEING:
        return None
    k += 1
    while k <= last and plain(raw[k]) in _PRAISE_DEGREES:
        k += 1
    if k + 1 > last or plain(raw[k]) not in _PRAISE or plain(raw[k + 1]) not in _USES:
        return None
    if any(words.boundary_before(j) for j in range(end + 1, k + 2)):
        return None
    return k + 1
