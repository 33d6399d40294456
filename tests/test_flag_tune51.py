"""Red flags for mistakes made in passing (lane tune51, batch 51's middling answers): probe
sentences of our own, the mistake made (FIRES) beside a careful form with the same words
(QUIET). Two readings:

- a verdict "but it's X" after its own sentence told of an idea being proposed ("Cluster
  randomisation is often suggested ..., but it's a lot of machinery") judges that idea, not
  the sentence before it: the member-level test said before stays the answer's plan
  (grading/negation/entry.py);
- a fixed safety buffer added on top of a point forecast is the point forecast's mistake
  (rubrics/demand-forecasting.yaml, point-forecast-only: true evidence added);
- "main metric" says what "primary metric" says, and the objective may stand a few words
  further from the usage count it names ("Main metric will be the thumbs up rate"):
  rubrics/rag-assistant.yaml, engagement-only-objective (evidence added, `within` 6 -> 8).

Against the code before these changes all three FIRES were missed and the QUIET ones quiet.
"""

from __future__ import annotations

import pytest

from designtrainer.loading.library import Library
from tools.flag_sentences import fires

FIRES: list[tuple[str, str, str]] = [
    (
        "rag-assistant",
        "engagement-only-objective",
        "Main metric will be the thumbs up rate in the pilot, and questions per week.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Online: a two-week A/B randomised by member id on accepted connections per member. "
        "Cluster randomisation is often suggested because invitations cross arms, but it's a "
        "lot of machinery and costs power; member-level is enough for a first readout.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "Being short costs more than being over, so we lean high: I would add a safety buffer "
        "of about 15% on top of the forecast.",
    ),
]

QUIET: list[tuple[str, str, str]] = [
    (
        "rag-assistant",
        "engagement-only-objective",
        "Main metric will be the share of questions resolved without a ticket; the thumbs up "
        "rate is only a secondary signal.",
    ),
    (
        "people-you-may-know",
        "member-level-ab-ignores-interference",
        "Online: a two-week A/B randomised by graph cluster on accepted connections. Member "
        "randomisation is often suggested because it has more power, but it's biased here "
        "since invitations cross arms; cluster-level is worth the cost.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "Rather than a fixed safety buffer on top of the forecast, we hand ops the P70 "
        "quantile, the critical ratio of 30 / 44.",
    ),
    (
        "demand-forecasting",
        "point-forecast-only",
        "My first thought was to let ops keep adding their usual buffer on top. Given the "
        "costs, I don't think that works, so the deliverable is a quantile.",
    ),
]


@pytest.mark.parametrize(("case_id", "flag_id", "text"), FIRES)
def test_a_mistake_made_in_passing_raises_its_flag(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert fires(library, case_id, flag_id, text)


@pytest.mark.parametrize(("case_id", "flag_id", "text"), QUIET)
def test_the_careful_form_stays_quiet(
    library: Library, case_id: str, flag_id: str, text: str
) -> None:
    assert not fires(library, case_id, flag_id, text)
