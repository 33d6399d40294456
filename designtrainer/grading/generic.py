"""Stage 5 of grading, red flags: a mistake told as a general truth about doing it.

Careful prose names a mistake as the subject of a sentence about what it does, in the
present, as a general truth: "optimising for invitations alone gives you the spam the trust
team fears", "ranking for clicks alone surfaces cheap products that get returned", "feeding
uncorrected scores into the bid is the classic way to overcharge advertisers". No one in
such a sentence chooses anything: its subject is the act or the thing, not "we", and what is
said of it is what it brings about. `flags.flag_choice` reads two forms of it here:

- `focused_alone`: the mistake narrowed by "alone" ("by itself", "on its own", "in
  isolation") as the subject of a verb. Said of a choice, "X alone" sets X apart to say
  what it misses or does on its own; only a verdict of sufficiency ("X alone is enough",
  "... works fine", "... keeps things simple") makes it the plan.
- `what_doing_it_does`: a clause opening on doing the mistake, whose present-tense
  predicate finds fault with it (a word of criticism, before any word of remedy): the
  present twin of "would" in `flags._what_doing_it_would_do`; or, with no fault in its own
  clause, a consequence after ", so" that says what stops working ("rebalancing the test
  set changes the mix, so the MRR you get no longer predicts ...").

Both know nothing of any case: only of subjects, focusing words, verbs and verdicts.
"""

from __future__ import annotations

from collections.abc import Sequence

from designtrainer.grading.choice import RELATIVES
from designtrainer.grading.judgement import Judgement
from designtrainer.grading.mentions import Mention
from designtrainer.grading.words import Words, plain, stems

_FOCUS = (
    ("alone",),
    ("by", "itself"),
    ("by", "themselves"),
    ("on", "its", "own"),
    ("on", "their", "own"),
    ("in", "isolation"),
)
"""Words that narrow what stands before them to itself: "clicks alone", "CTR by itself"."""
_FOCUS_GAP = 2
"""How many words of the mistake's own phrase ("invitations sent alone") may stand between
its last matched word and the focusing word."""
_AUXILIARIES = frozenset(
    "would will can could might may does do did just only also simply tends tend to "
    "inevitably quickly eventually soon".split()
)
"""Words between the subject and the verb that say nothing of who acts."""
_COPULAS = frozenset(("is", "are", "was", "were", "'s", "be", "becomes", "become"))
_OURS = frozenset("i we i'd we'd i'll we'll us our my".split())
_SUFFICING = frozenset(
    "enough sufficient suffices suffice fine ok okay good great works work acceptable "
    "reasonable sensible adequate matters matter simple simpler simplest easy easier "
    "easiest best ideal right correct".split()
)
"""Words of a verdict that the mistake on its own will do: they make it the plan ("clicks
alone is enough for v1", "... keeps the target simple")."""
_SUFFICING_REACH = 6
_DESCRIBING = frozenset(("one", "a", "an", "the", "how", "what", "exactly", "precisely"))
"""After a copula, the openings of a predicate that tells what kind of thing the subject is
or what it brings ("is one that answers confidently", "is how you ship clickbait"), when a
relative, "way", "how" or "what" follows; "clicks alone is the objective" names the plan."""
_WAYS = frozenset(("way", "recipe", "route", "path", "how", "what"))
_DESCRIBING_REACH = 5


def _focus_after(words: Words, hi: int, last: int) -> int | None:
    """The word after a focusing phrase ("alone", "by itself") that follows word `hi`
    within `_FOCUS_GAP` words in one clause, or None."""
    raw = words.words
    for k in range(hi + 1, min(last, hi + 1 + _FOCUS_GAP) + 1):
        if words.boundary_before(k):
            return None
        for phrase in _FOCUS:
            end = k + len(phrase)
            if end - 1 <= last and tuple(plain(w) for w in raw[k:end]) == phrase:
                if any(words.boundary_before(j) for j in range(k + 1, end)):
                    continue
                return end
    return None


def _sufficient(raw: Sequence[str], k: int, last: int) -> bool:
    """Whether a word of sufficiency stands in words k.. within `_SUFFICING_REACH`."""
    return any(plain(raw[j]) in _SUFFICING for j in range(k, min(last, k + _SUFFICING_REACH) + 1))


_KINDS = frozenset(("a", "an", "any"))
_KIND_REACH = 4
"""How far into its clause the mistake may stand after "a"/"an"/"any" and a participle
that makes the noun a kind ("A bot tuned to maximise ...", "any model trained on ...")."""


def _kind_opens_clause(words: Words, window: Sequence[Mention]) -> int | None:
    """Where the first mention ends when its clause opens on a kind of thing made by the
    mistake: an indefinite article, a noun, and a participle ("tuned", "trained", "built")
    right before the mention, all within `_KIND_REACH` words: "A bot tuned to maximise
    engagement alone ..."; None otherwise."""
    raw = words.words
    m = min(window, key=lambda m: m.first)
    for opener in range(m.first - 1, max(-1, m.first - 1 - _KIND_REACH), -1):
        if plain(raw[opener]) in _KINDS and (opener == 0 or words.boundary_before(opener)):
            between = [plain(w) for w in raw[opener + 1 : m.first]]
            if any(words.boundary_before(j) for j in range(opener + 1, m.first + 1)):
                return None
            if len(between) >= 2 and any(w.endswith(("ed", "en", "built")) for w in between[1:]):
                return m.last
            return None
    return None


def focused_alone(judgement: Judgement, window: Sequence[Mention], opens_on_it: int | None) -> bool:
    """Whether the mistake, narrowed by "alone" (or "by itself", "on its own", "in
    isolation") as the subject of its clause (`opens_on_it`: where the clause opening on it
    ends, from `flags._doing_opens_clause`), is said to do something other than suffice:
    "optimising for invitations alone gives you exactly what the trust team fears", "an
    assistant optimised for engagement alone is one that answers confidently", "ranking by
    clicks alone surfaces cheap products". Not "we optimise for clicks alone" (our plan: the
    clause does not open on the mistake), "clicks alone is enough for v1" or "... keeps
    the target simple" (a verdict of sufficiency), nor "the objective is clicks alone" (no
    verb after it), nor "clicks alone is the objective" (a copula naming the plan)."""
    words = judgement.words
    raw = words.words
    if opens_on_it is None:
        opens_on_it = _kind_opens_clause(words, window)
        if opens_on_it is None:
            return False
    hi = max(m.last for m in window)
    last = judgement.sentence(hi).last
    k = _focus_after(words, hi, last)
    if k is None or k > last or words.boundary_before(k):
        return False
    for j in range(opens_on_it + 1, hi + 1):
        if plain(raw[j]) in _OURS:
            return False  # "optimising what we care about ..." is not ours to read here
    while k <= last and plain(raw[k]) in _AUXILIARIES and not words.boundary_before(k):
        k += 1
    if k > last or words.boundary_before(k):
        return False
    verb = plain(raw[k])
    if verb in _OURS or verb in RELATIVES or _sufficient(raw, k, last):
        return False
    if verb not in _COPULAS:
        return True
    # A copula: only a predicate telling what kind of thing it is or what it brings.
    said = [plain(w) for w in raw[k + 1 : min(last, k + _DESCRIBING_REACH) + 1]]
    if not said or said[0] not in _DESCRIBING:
        return False
    for i, word in enumerate(said):
        if words.boundary_before(k + 1 + i):
            return False
        if word in _WAYS or word in RELATIVES:
            after = said[i + 1 : i + 2]
            return not (after and after[0] in _OURS)
    return False


_REMEDYING = stems(
    "avoid avoids avoiding prevent prevents preventing remove removes removing fix fixes "
    "reduce reduces reducing eliminate eliminates cut cuts guard guards protect protects "
    "correct corrects without against"
)
"""Words before a criticism that say the act keeps the fault away ("... avoids bias")."""
_PRESENT_REACH = 12
_TURNS = frozenset("because since as so but and while whereas though although".split())
"""Words that open another clause: a criticism after them is a reason or another claim
("... because all ads are inflated by the same factor"), not what the act does."""
_DOING_REACH = 5
"""How far before the mistake the gerund that opens its clause may stand."""
_NOT_DOING = frozenset(("during", "nothing", "anything", "everything", "something", "thing"))


def _opens_on_doing(words: Words, window: Sequence[Mention]) -> bool:
    """Whether the clause of the window's first mention opens on a gerund at most
    `_DOING_REACH` words before it ("Feeding uncorrected scores into the bid ...", "Sending
    raw output to the auction ..."), not on a noun ("The model runs on ...") nor a refusal
    ("No need to recalibrate ...")."""
    raw = words.words
    lo = min(m.first for m in window)
    for k in range(lo, max(-1, lo - 1 - _DOING_REACH), -1):
        if k == 0 or words.boundary_before(k) or plain(raw[k - 1]) in _TURNS:
            word = plain(raw[k])
            return word.endswith("ing") and word not in _NOT_DOING
    return False


_WOULD = frozenset(("would", "could", "might", "would've", "could've", "'d"))
_EXCESS = frozenset(
    "overcharge overcharges overcharging overbill overbills overbilling overpay overpays "
    "overpaying undercharge undercharges overfit overfits overfitting".split()
)
"""Verbs of charging or fitting too much: a fault wherever they are said, which the
criticism words of judgement.py do not hold."""


def what_doing_it_does(
    judgement: Judgement, window: Sequence[Mention], opens_on_it: int | None
) -> bool:
    """Whether a clause that opens on doing the mistake (`opens_on_it`: where its opening
    mention ends) says in the present what the act does wrong: "feeding uncorrected
    downsampled scores into the bid is the classic way to overcharge advertisers", "sending
    raw scores to the auction overcharges the advertisers". A word of criticism (or of
    charging too much) in the clause after the mistake, with no word of ours, no relative
    (what describes the mistake's words), no hypothetical (read by the "would" reading) and
    no remedy before it ("... avoids bias"), nor a verdict of sufficiency."""
    words = judgement.words
    raw = words.words
    if opens_on_it is None or not _opens_on_doing(words, window):
        return False
    hi = max(m.last for m in window)
    last = min(judgement.sentence(hi).last, hi + _PRESENT_REACH)
    inside = {k for m in window for k in range(m.first, m.last + 1)}
    for k in range(hi + 1, last + 1):
        if words.boundary_before(k):
            return plain(raw[k]) == "so" and _faulty_consequence(judgement, k + 1, last)
        if k in inside:
            continue
        word = plain(raw[k])
        if word in _OURS or word in RELATIVES or word in _WOULD or word in _SUFFICING:
            return False
        if word in _TURNS or words.keys[k] in _REMEDYING:
            return False
        if word in _EXCESS or judgement.criticises(k, k):
            return True
    return False


_DENYING = frozenset(("no", "not", "never", "nothing", "nobody", "can't", "cannot", "won't"))
"""Words that deny what follows them: a consequence that holds one says what stops working
("..., so the MRR you get no longer predicts what users see")."""


def _faulty_consequence(judgement: Judgement, first: int, last: int) -> bool:
    """Whether the clause of consequence from word `first` (after ", so") says what goes
    wrong, with none of ours in it: a word of criticism or of denial ("..., so offline AUC
    no longer tells you anything"), not "..., so we'd ..." nor "..., so it is fine"."""
    words = judgement.words
    raw = words.words
    for k in range(first, last + 1):
        if k > first and words.boundary_before(k):
            return False
        word = plain(raw[k])
        if word in _OURS or word in _WOULD or word in _SUFFICING or word in _TURNS:
            return False
        if word in _DENYING or word in _EXCESS or judgement.criticises(k, k):
            return True
    return False
