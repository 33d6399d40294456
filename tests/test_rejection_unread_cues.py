"""Refusals the engine once did not read (lane reject14, grading/negation/
`_verdict_or_shorter_cue`, `_refused_fragment`, and the readings after them): a cue hidden
under a longer verdict that does not judge ("not mining" read as "not mine"), a verbless
"No ..." sentence whose noun phrase runs past the usual reach, and more. Each pair is twins:
one credited, one not. Sentences are our own, over a small rubric built here."""

from __future__ import annotations

import pytest
from toy_rubric import item

from designtrainer.domain.model import Rubric
from designtrainer.grading.compiled import compile_rubric
from designtrainer.grading.grade import grade_whole

COMPILED = compile_rubric(
    Rubric(
        case="toy",
        items=(
            item("hard-negatives", "modeling", ["hard negatives", "mining hard", "mine hard"]),
            item("claim-check", "modeling", ["claim", "claims"], ["citation", "source"], within=12),
            item("streaming", "production", ["streaming features", "stream processor"]),
            item("routing", "production", ["router", "routing", "small model"]),
            item("send-time", "modeling", ["send hour", "best hour"]),
            item("ipw", "data", ["propensity weights", "inverse propensity"]),
            item("fairness", "framing", ["fairness"], ["exposure"]),
            item("legs", "modeling", ["legs", "separate models", "decompose"]),
            item("dedup", "data", ["duplicate listings", "near duplicates"]),
            item("exploration", "production", ["exploration slots", "explore"]),
            item("levers", "modeling", ["fees", "promotions"], ["levers", "controllable"]),
            item("cleaning", "data", ["outlier filtering", "outliers", "gps cleaning"]),
            item("joint-model", "modeling", ["joint model", "joint sender"]),
            item("negatives", "data", ["negative", "negatives"]),
            item("fusion", "modeling", ["joint fusion", "fused model"]),
            item("label-noise", "data", ["noise", "noisy labels"]),
            item("downsampling", "data", ["negative downsampling", "downsample negatives"]),
            item("typed-through", "data", ["without tapping", "typed through"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


@pytest.mark.parametrize(
    ("text", "item_id", "credited"),
    [
        # a plain "not" under "not mine" (a verdict that closes no clause here)
        ("I'm not mining hard negatives.", "hard-negatives", False),
        ("I'm mining hard negatives from the catalogue.", "hard-negatives", True),
        ("We are not mining hard negatives in v1.", "hard-negatives", False),
        ("We are mining hard negatives in v1.", "hard-negatives", True),
        # the verdict itself still judges where it closes its clause
        ("Mining hard negatives from their catalogue? Not mine.", "hard-negatives", False),
        # a verbless "No ..." sentence refuses all of its noun phrase
        (
            "No separate verification pass checking each claim against its citation.",
            "claim-check",
            False,
        ),
        (
            "A separate verification pass checks each claim against its citation.",
            "claim-check",
            True,
        ),
        ("No streaming features or stream processor in the first release.", "streaming", False),
        # ...but not a statement with a verb: the reach stays the usual one
        (
            "No answer ships until a second pass has checked each claim against its citation.",
            "claim-check",
            True,
        ),
        # ...nor past a comma where the sentence turns to what is done
        (
            "No extra model, we check each claim against its citation with string overlap.",
            "claim-check",
            True,
        ),
        # two gerunds joined by "and" share the cue and their object
        ("One large model avoids building and tuning a router.", "routing", False),
        ("One large model is simpler, and building and tuning a router is cheap.", "routing", True),
        ("We avoid building and then we add a router in front.", "routing", True),
        # a later polish or less than the main work, after a copula or "feels like"
        ("Picking each user's send hour also feels like a refinement.", "send-time", False),
        ("Picking each user's send hour is secondary for this release.", "send-time", False),
        ("Picking each user's send hour is a second-iteration improvement.", "send-time", False),
        ("Picking each user's send hour refines the batch slot.", "send-time", True),
        ("A refinement: we pick each user's send hour from their sessions.", "send-time", True),
        # the means of a refused verb is refused with it
        ("I wouldn't bother correcting with propensity weights.", "ipw", False),
        ("We won't correct with propensity weights.", "ipw", False),
        ("We correct with propensity weights, not with exploration.", "ipw", True),
        ("I don't think it matters much with propensity weights clipped at 10.", "ipw", True),
        # "isn't something I'd ..." said of the whole subject before it
        ("Fairness of exposure by segment isn't something I'd optimise here.", "fairness", False),
        ("We rerank for fairness of exposure by segment in v1.", "fairness", True),
        # a preposition's object listed "A, B and C" is refused whole, with its means
        ("I would not split the ETA into prep, wait and drive legs.", "legs", False),
        ("I would split the ETA into prep, wait and drive legs.", "legs", True),
        ("We won't split the ETA into prep, wait-for-courier and drive legs.", "legs", False),
        ("No splitting, prep, wait and drive legs are one target.", "legs", True),
        ("We won't split the ETA into legs, we decompose it by stage.", "legs", True),
        ("No SMOTE, separate models and a tuned threshold instead.", "legs", True),
        # "leave as they are" in person and number, on a fronted object
        ("Duplicate listings I'd leave as they are.", "dedup", False),
        ("Duplicate listings I'd collapse into one.", "dedup", True),
        ("Near duplicates we'll leave as it is for v1.", "dedup", False),
        # waiting on evidence first
        (
            "Exploration slots: I'd wait to see whether the seller boost is enough.",
            "exploration",
            False,
        ),
        (
            "Exploration slots: I'd add them and see whether the seller boost is enough.",
            "exploration",
            True,
        ),
        # two nouns of one form joined by "and" after a cue are both refused
        ("I would not model promotions and fees as controllable levers.", "levers", False),
        ("I would model promotions and fees as controllable levers.", "levers", True),
        (
            "I wouldn't spend time on GPS cleaning and outlier filtering beyond dropping nulls.",
            "cleaning",
            False,
        ),
        ("I wouldn't tune promotions and we'd treat fees as levers.", "levers", True),
        ("We don't model promotions and fees move as controllable levers.", "levers", True),
        # a possibility weighed ("could", "might") and dropped after "but"
        (
            "A joint sender and content model could squeeze out more, but for v1 I'd rather "
            "keep the layers apart.",
            "joint-model",
            False,
        ),
        (
            "A joint sender and content model could squeeze out more, and we train one on "
            "both feature sets.",
            "joint-model",
            True,
        ),
        (
            "I looked at routing easy questions to a small model, but we're under budget "
            "already, so one model keeps things simpler.",
            "routing",
            False,
        ),
        (
            "I looked at the budget, but routing easy questions to a small model keeps the "
            "cost down.",
            "routing",
            True,
        ),
        # a phrasal verb's "with" before a copula is no means refused
        (
            "Every post the user didn't engage with is a negative.",
            "negatives",
            True,
        ),
        # "waits" closing its clause puts off
        ("OCR text covers most memes, so joint fusion waits.", "fusion", False),
        ("Joint fusion waits for the OCR features, then scores the pair.", "fusion", True),
        # a shortcoming accepted after "and", joined to our own choice
        (
            "For v1 I'd take chargebacks at face value and accept the noise.",
            "label-noise",
            False,
        ),
        (
            "For v1 I'd take chargebacks at face value and relabel the noise from reason codes.",
            "label-noise",
            True,
        ),
        # "not before" closing its clause puts off until then
        (
            "If the trainer can't keep up, I'd reopen the negative downsampling question, "
            "not before.",
            "downsampling",
            False,
        ),
        (
            "Negative downsampling starts in week one, not before launch.",
            "downsampling",
            True,
        ),
        # a refused noun's relative clause without "that" is refused with it
        (
            "I would not bother mining the searches people typed all the way through without "
            "tapping.",
            "typed-through",
            False,
        ),
        (
            "I'd mine the searches people typed all the way through without tapping, not the "
            "clicks.",
            "typed-through",
            True,
        ),
    ],
)
def test_refusal_read(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # a one-word cue joined to another word by a tight slash is a noun of a pair
        (
            "Controllable levers: promotions and fees, modelled per zone. We reconstruct demand "
            "from sessions that bounced on fee/wait.",
            True,
        ),
        ("Promotions and fees as controllable levers: that waits.", False),
    ],
)
def test_a_cue_in_a_slashed_pair_is_a_noun(text: str, credited: bool) -> None:
    assert ("levers" in met(text)) is credited
