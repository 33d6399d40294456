"""A deed put off by "wait ... before" is not done (round 35, a new user's answer).

QUIET: a mistake's part after "before" + an "-ing" verb, with a verb of waiting (or "hold
off") a little before it, is put off, not done (stance._put_off): "the last months are not
yet labelled and we wait before treating a payment as legitimate" says the opposite of the
mistake. Each raised unobserved-as-negative on main at the round's start. FIRES: the deed
done, or the wait refused, still raises it. None is copied from an answer or a fixture.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

QUIET = [
    "Disputes take a quarter to land, so recent payments are not yet labelled and we wait "
    "before counting one as legitimate.",
    "We wait before labelling any payment with no chargeback yet as legitimate.",
    "Payments with no chargeback yet: we wait a full quarter before calling them legitimate.",
    "We wait for the dispute window to close before calling any payment with no chargeback yet "
    "legitimate.",
    "We hold off before treating payments with no chargeback yet as legitimate.",
]

FIRES = [
    "we treat payments with no chargeback yet as legitimate",
    "Payments not yet charged back are labelled legitimate right away, no waiting.",
    "There is no need to wait before treating a payment with no chargeback yet as legitimate.",
]


@pytest.mark.parametrize("text", QUIET)
def test_a_deed_put_off_is_not_done(library: Library, text: str) -> None:
    assert not fires(library, "fraud-detection", "unobserved-as-negative", text)


@pytest.mark.parametrize("text", FIRES)
def test_the_deed_done_still_fires(library: Library, text: str) -> None:
    assert fires(library, "fraud-detection", "unobserved-as-negative", text)
