"""Stage 5 of grading, red flags: a mistake kept only in a minor role.

Careful prose keeps a risky thing for a use where it does no harm and says so: "a random
split is fine only as a smoke test", "I'd report accuracy only as a curiosity", "we keep a
random split only for debugging the pipeline". The mistake is the thing used *as* its
decisive role (the split the reported numbers come from, the metric launches are judged
by); "only as" followed by another role takes that one away. The role after "only as" must
be something other than the mistake's own words: "a random split is used only as the test
set" names the mistake's role, and still makes it.

It knows nothing of any case: only of "only"/"just"/"purely"/"merely" before "as" and a
noun phrase or "for" and a gerund, and of which words the flag's own phrases cover.
"""

from __future__ import annotations

from collections.abc import Sequence

from designtrainer.grading.judgement import Judgement
from designtrainer.grading.mentions import Mention
from designtrainer.grading.words import Words, plain

_RESTRICTING = frozenset(("only", "just", "purely", "merely", "solely", "strictly"))
_ROLE_REACH = 10
"""How far after the mistake, in its clause, the restriction may stand ("a random split is
acceptable only as ...", "accuracy of the top-1 guess only as ...")."""
_JOINS = frozenset(("and", "or", "plus", "with", "than"))
"""Words that bring in another thing, whose role an "only as" after them would give."""
_ROLE_WORDS = 4
"""How many words of the role after "as" are read for the mistake's own phrases."""
_NOT_DOING = frozenset(("nothing", "anything", "everything", "something", "thing", "during"))
_APPROVING = frozenset(
    "fine ok okay acceptable sensible sense reasonable useful usable harmless valid serve "
    "serves works helpful".split()
)
"""Words that grant the mistake a use ("is fine", "makes sense", "can serve as"): with "only"
and a limit after them, the use granted is a limited one."""
_LIMITS = frozenset(("for", "if", "when", "where", "in", "from", "after", "once", "while"))
"""What "only" limits a granted use to: a part ("only for the golden set"), a condition
("only if we correct for exposure"), a source ("only from users who report")."""


def kept_to_a_minor_role(
    judgement: Judgement, window: Sequence[Mention], mentions: Sequence[Mention]
) -> bool:
    """Whether, after the mistake in its clause, "only as <a role>" or "only for <doing>"
    keeps it to a use other than its own: "a random split is fine only as a one-off sanity
    check", "I'd report accuracy only as a curiosity", "we keep a random split only for
    debugging". Not when the role's words are the flag's own ("... used only as the test
    set"), nor "only" right after the mistake with nothing but a reason after it ("accuracy
    only, since ..."), nor "only for" with a noun ("only for simplicity" gives a reason). A
    use granted in words of approval and then limited is minor too: "random splitting makes
    sense only for the golden set", "unshown pairs are fine as easy negatives only if we
    correct for exposure". So is "only" before the verb, with "as <a role>" right after the
    mistake: "I'd only use a random split as a quick sanity check"."""
    words = judgement.words
    raw = words.words
    hi = max(m.last for m in window)
    last = min(judgement.sentence(hi).last, hi + _ROLE_REACH)
    covered = {k for m in mentions for k in range(m.first, m.last + 1)}
    end = judgement.sentence(hi).last
    if (
        _restricted_before(words, min(m.first for m in window))
        and hi + 2 <= end
        and plain(raw[hi + 1]) == "as"
        and not words.boundary_before(hi + 1)
        and not words.boundary_before(hi + 2)
    ):
        return _another_role(words, hi + 2, end, covered)  # "I'd only use X as a quick check"
    for k in range(hi + 1, last):
        if words.boundary_before(k) or plain(raw[k]) in _JOINS:
            return False  # "we report accuracy and F1 only as a tie-breaker": F1's role
        if plain(raw[k]) not in _RESTRICTING or words.boundary_before(k + 1):
            continue
        joint = plain(raw[k + 1])
        if joint in _LIMITS and _granted(raw, min(m.first for m in window), k):
            return True  # "a random split makes sense only for the golden set"
        role = k + 2
        if role > judgement.sentence(hi).last or words.boundary_before(role):
            return False
        if joint == "as":
            return _another_role(words, role, end, covered)
        if joint == "for":
            doing = plain(raw[role])
            return doing.endswith("ing") and doing not in _NOT_DOING and role not in covered
        return False
    return False


def _granted(raw: Sequence[str], lo: int, k: int) -> bool:
    """Whether the words from lo (the mistake's first) to k (its "only") grant it a use:
    "random splitting makes sense", "unshown pairs are fine as easy negatives", "unreported
    mail can serve as weak ham", "accuracy is fine" (the flag's own words may grant it: the
    limit after them is what takes the use back)."""
    return any(plain(raw[j]) in _APPROVING for j in range(lo, k))


_BEFORE_REACH = 3
"""How far before the mistake "only" may stand to restrict its verb ("I'd only use a ...")."""


def _restricted_before(words: Words, lo: int) -> bool:
    """Whether "only"/"just"/... stands in the mistake's clause at most `_BEFORE_REACH` words
    before its first word lo ("we'd only keep a random split as ...")."""
    raw = words.words
    for j in range(lo - 1, max(-1, lo - 1 - _BEFORE_REACH), -1):
        if plain(raw[j]) in _RESTRICTING:
            return True
        if words.boundary_before(j):
            return False
    return False


def _another_role(words: Words, role: int, end: int, covered: set[int]) -> bool:
    """Whether the role from word `role` ("as <role>") is not the flag's own words in its
    first `_ROLE_WORDS` words of the clause: "as a one-off sanity check", not "as the test
    set"."""
    for j in range(role, min(end, role + _ROLE_WORDS - 1) + 1):
        if j > role and words.boundary_before(j):
            break
        if j in covered:
            return False
    return True
