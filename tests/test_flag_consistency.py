"""Red flags read with answer-level context (round 35, commit35): a mistake made once, in the
weakest shape of a commitment (a plain statement, `commitment.strength`), is quiet when the
answer states the flag's right choice elsewhere, next to the mistake's own subject, and raises
no other red flag (`grade._quiet_lone_flag`). A plan of ours, a note, a second sentence that
makes the mistake again, or another mistake in the same answer keeps the flag.

Probes of our own, not copied from any answer or snippet. Each QUIET probe raises its flag
with the gate off (`flags.LONE_GATE`), so the gate is what quiets it; each FIRES probe raises
its flag with the gate on.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from designtrainer.grading import flags
from designtrainer.grading.commitment import NOTE, PLAN, STATEMENT, strength
from designtrainer.grading.grade import grade_whole
from designtrainer.grading.words import tokenize
from designtrainer.loading.library import Library
from tools.flag_sentences import fires

# The right choice for the ETA split, stated against the mistake's words.
_TIME_SPLIT = (
    "Offline evaluation uses a split by time rather than shuffled orders, so every test week "
    "comes after the weeks we train on."
)
# The right choice for raters, stated against the mistake's words.
_CONSENT = (
    "Raters never open private mail: they only see messages users donated with consent, not "
    "a random sample of inboxes."
)

QUIET: list[tuple[str, str, str]] = [
    # the same words used for another purpose, in a plain statement, once
    (
        "eta-prediction",
        "random-split",
        _TIME_SPLIT + " For the audit of labels, the data is split at random into batches of "
        "500 orders that a rater checks against the GPS traces.",
    ),
]

FIRES: list[tuple[str, str, str]] = [
    # a plan of ours makes the mistake, whatever the answer says elsewhere
    (
        "eta-prediction",
        "random-split",
        _TIME_SPLIT + " For the model we ship, I'd shuffle all the orders and split the data "
        "80/20 at random, since more recent data helps.",
    ),
    (
        "spam-detection",
        "humans-read-mail",
        _CONSENT + " For gold labels, I'd still have raters review a random sample of "
        "delivered mail from all mailboxes every day.",
    ),
    # a note makes it
    (
        "spam-detection",
        "humans-read-mail",
        _CONSENT + " Gold labels: raters review a random sample of delivered mail from all "
        "mailboxes every day.",
    ),
    # a plain statement, said twice: the two sentences agree
    (
        "eta-prediction",
        "random-split",
        _TIME_SPLIT + " Later, the final test set is a random 10% sample of the orders. The "
        "remaining orders are shuffled and the data is split at random into train and "
        "validation.",
    ),
    # a plain statement with no right choice anywhere in the answer
    (
        "spam-detection",
        "humans-read-mail",
        "Raters review a random sample of delivered mail from all mailboxes every day.",
    ),
    (
        "eta-prediction",
        "random-split",
        "For the audit of labels, the data is split at random into batches of 500 orders that "
        "a rater checks against the GPS traces.",
    ),
]

# A plain statement in an answer that makes another mistake of the case: it keeps its flag.
_TWO_MISTAKES = (
    _TIME_SPLIT + " For the audit of labels, the data is split at random into batches of 500 "
    "orders that a rater checks against the GPS traces. Features include the actual pickup "
    "time reported by the courier."
)


@pytest.fixture
def gate_off() -> Iterator[None]:
    flags.LONE_GATE = False
    try:
        yield
    finally:
        flags.LONE_GATE = True


@pytest.mark.parametrize(("case", "flag", "text"), QUIET)
def test_careful_answer_with_the_right_choice_stays_quiet(
    library: Library, case: str, flag: str, text: str
) -> None:
    assert not fires(library, case, flag, text)


@pytest.mark.parametrize(("case", "flag", "text"), QUIET)
@pytest.mark.usefixtures("gate_off")
def test_quiet_probes_fire_without_the_gate(
    library: Library, case: str, flag: str, text: str
) -> None:
    assert fires(library, case, flag, text)


@pytest.mark.parametrize(("case", "flag", "text"), FIRES)
def test_strong_or_repeated_commitment_still_fires(
    library: Library, case: str, flag: str, text: str
) -> None:
    assert fires(library, case, flag, text)


def test_another_mistake_in_the_answer_keeps_the_flag(library: Library) -> None:
    result = grade_whole(library.compiled("eta-prediction"), _TWO_MISTAKES)
    fired = {h.flag.id for h in result.red_flags}
    assert {"random-split", "future-leakage"} <= fired


@pytest.mark.parametrize(
    ("text", "word", "shape"),
    [
        ("I'd shuffle all orders and split at random.", "shuffle", PLAN),
        ("If it wins offline, we ship it.", "wins", PLAN),
        ("Split: random 80/20 over all orders.", "random", NOTE),
        ("Test split: random 80/20.", "random", NOTE),
        ("Shuffled orders go into the split.", "shuffled", NOTE),
        ("Labels - every unclicked impression is a negative.", "unclicked", NOTE),
        ("The test set is a random sample of orders.", "random", STATEMENT),
        ("New stores rely on a random sample of their first orders.", "random", STATEMENT),
    ],
)
def test_strength_of_a_commitment(text: str, word: str, shape: str) -> None:
    words = tokenize(text)
    k = [w.lower().strip(".,:") for w in words.words].index(word)
    assert strength(words, 0, len(words) - 1, [(k, k)]) == shape
