"""Rejections read in lane reject21 (the blind batches 65 and 66, and what earlier lanes left),
each a class of English rather than a sentence: an idea said to be more of something than we
need or want; a refusing verb joined after a first verb ("I'd weigh and defer"); a note
that hands the idea away ("not our job"); an object kept light or minimal for a first
version; a label whose note makes do with something else for now; an idea ranked above the
plan before a turn ("a nicer answer, but ..."); "adds its own problem"; a bare "I'd accept
that" after a stated shortcoming; a singular copula after ", and a ..." judging that one
thing only; a label's note that is a verdict with its article ("X: a last resort."); a
deferral closed by a hedge after a comma; "a remedy I'd refuse"; "keep X out of v1"; "X: off
the table", "no point", "we can worry about X later". Each
group holds twins that adopt the idea in similar words and stay credited. Sentences are our
own, over a small rubric built here."""

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
            item("retrieval", "modeling", ["semantic retrieval", "dense retrieval", "ann index"]),
            item("explore", "production", ["exploration", "feedback loop", "popularity bias"]),
            item("store", "production", ["feature store", "streaming features"]),
            item("decompose", "modeling", ["decompose", "separate legs"]),
            item("judge", "evaluation", ["llm judge", "model judge"]),
            item("spill", "evaluation", ["spillover", "cluster randomisation", "interference"]),
            item("graph", "modeling", ["graph embeddings", "graphsage"]),
            item("calib", "evaluation", ["calibration", "reliability diagram"]),
            item("dedupe", "production", ["near-duplicate", "deduplication"]),
            item("routing", "modeling", ["model routing", "route between models"]),
        ),
        red_flags=(),
    )
)


def met(text: str) -> set[str]:
    return {r.item.id for r in grade_whole(COMPILED, text).items if r.met}


def case(text: str, item_id: str, credited: bool) -> tuple[str, str, bool]:
    return (text, item_id, credited)


MORE_THAN_NEEDED = [
    # an idea said to be more of something than we need or want is argued against
    case(
        "A dedicated feature store is more infrastructure than we need for a first launch.",
        "store",
        False,
    ),
    case(
        "An LLM judge is more machinery than I'd want early on; spot checks by hand will do.",
        "judge",
        False,
    ),
    case("GraphSAGE embeddings are more complexity than this problem calls for.", "graph", False),
    case(
        "Streaming features: more plumbing than I'd like at first, so hourly batch jobs it is.",
        "store",
        False,
    ),
    case(
        "A separate deduplication service is probably more process than we need at first.",
        "dedupe",
        False,
    ),
    case("Cluster randomisation is far more effort than the question deserves.", "spill", False),
    case(
        "An LLM judge, or a rater panel, is more than I'd do now; thumbs will carry v1.",
        "judge",
        False,
    ),
    case("GraphSAGE embeddings are more than we need for v1.", "graph", False),
    # more of something gained, or paid for, keeps it
    case("A feature store saves more time than it costs, so we build one.", "store", True),
    case("An LLM judge catches more errors than we need humans to check.", "judge", True),
    case("GraphSAGE embeddings give more reach than two-hop counts.", "graph", True),
    case("GraphSAGE embeddings lift recall by more than we expected.", "graph", True),
    case(
        "A feature store is more work than we'd like, but it is worth it for fresh features.",
        "store",
        True,
    ),
    case("Dense retrieval returns more candidates than 10 per query.", "retrieval", True),
]

JOINED_THEN_REFUSED = [
    # a refusing verb joined after a first one by "and (then)" refuses as alone
    case("Calibration is the one thing I'd weigh and defer.", "calib", False),
    case("Calibration is the other thing I'd weigh and defer for now.", "calib", False),
    case("Graph embeddings are something I looked at and set aside.", "graph", False),
    case("Dense retrieval is an option I'd consider and then postpone.", "retrieval", False),
    case("An LLM judge is something we'd discuss and then skip.", "judge", False),
    # the last verb adopts it
    case("Calibration is the one thing I'd weigh and then add before launch.", "calib", True),
    case("Graph embeddings are something I looked at and kept.", "graph", True),
    case(
        "Dense retrieval is an option I'd consider and then build in week two.", "retrieval", True
    ),
    case("An LLM judge is the one thing I'd build and keep.", "judge", True),
]

NOT_OUR_JOB = [
    # handed away, closing its clause
    case(
        "Removing near-duplicate items from results: not our job, the catalogue team owns it.",
        "dedupe",
        False,
    ),
    case("Deduplication of listings - not our job; the marketplace dedupes.", "dedupe", False),
    case("Spillover between users is someone else's job.", "spill", False),
    case("Deduplication isn't our job; the upstream service does it.", "dedupe", False),
    # owned by us
    case("Deduplication is our job, since nobody upstream does it.", "dedupe", True),
    case("Near-duplicate removal: our job, and we do it at index time.", "dedupe", True),
    case("Spillover is a real problem here, so we randomise by cluster.", "spill", True),
]

KEPT_SMALL = [
    # an object kept light or minimal for the first version is put off
    case(
        "Exploration I'd keep minimal at first; the candidate mix gives enough variety.",
        "explore",
        False,
    ),
    case("The LLM judge I'd keep light for v1 and rely on click data.", "judge", False),
    case("Calibration checks beyond the click rate we'd keep light for now.", "calib", False),
    case("Cluster randomisation we'd keep minimal initially.", "spill", False),
    # a choice within the idea, with no limit of time
    case(
        "I'd keep the LLM judge prompt light so it stays cheap, and run it on every answer.",
        "judge",
        True,
    ),
    case("We keep the feature store light: twenty features, refreshed hourly.", "store", True),
    case(
        "Exploration stays at 5% of traffic, and I'd keep it light on the home page.",
        "explore",
        True,
    ),
]

MADE_DO_WITHOUT = [
    # a label whose note makes do with something else for now puts the label's idea off
    case(
        "LLM judge for grading: I'd rely on thumbs and ticket volume for now and add a judge "
        "once traffic settles.",
        "judge",
        False,
    ),
    case("LLM judge: I'd lean on thumbs for now.", "judge", False),
    case("Calibration: we'd make do with the click rate at first.", "calib", False),
    case("Streaming features: I'd settle for hourly batches for v1.", "store", False),
    case("Dense retrieval: I'd stick with keyword search initially.", "retrieval", False),
    # a note that adopts, or makes do with no limit of time
    case(
        "LLM judge for grading: I'd use it from day one, alongside thumbs and ticket volume.",
        "judge",
        True,
    ),
    case("Calibration: I'd rely on a reliability diagram per week.", "calib", True),
    case("Feature store: we'd rely on Feast, which we already run.", "store", True),
    case("Dense retrieval: I'd lean on an ANN index for recall from day one.", "retrieval", True),
]

RANKED_ABOVE_THE_PLAN = [
    # an idea called the nicer or better answer, then doubted
    case(
        "A reliability diagram is the nicer answer, but I'm not sure it's worth the extra "
        "work yet.",
        "calib",
        False,
    ),
    case(
        "For v1 I'd rather use neighbour counts plus a per-city offset; GraphSAGE embeddings "
        "are a nicer answer but I'm not sure it's worth the extra models yet.",
        "graph",
        False,
    ),
    case(
        "Dense retrieval is the better answer, but I'd hold off until the index team is free.",
        "retrieval",
        False,
    ),
    case("An LLM judge is the fancier option, but I doubt we need it.", "judge", False),
    # ranked above and kept
    case(
        "GraphSAGE embeddings are the nicer answer, and I'm sure they're worth the training cost.",
        "graph",
        True,
    ),
    case("Dense retrieval is the better answer, so we ship it.", "retrieval", True),
    case("An LLM judge is nicer than spot checks, and we run one nightly.", "judge", True),
]

ADDS_ITS_OWN_PROBLEM = [
    # an idea whose doing adds a trouble of its own is argued against
    case("Building an ANN index adds its own tuning problem.", "retrieval", False),
    case(
        "Dense retrieval is overrated for now; keyword search is a decent start, and building "
        "an ANN index adds its own tuning problem.",
        "retrieval",
        False,
    ),
    case("A model judge adds another headache for the team.", "judge", False),
    # what it adds is a gain or a figure
    case("An ANN index adds 5 ms and recovers the long tail.", "retrieval", True),
    case("Dense retrieval adds recall on the long tail.", "retrieval", True),
    case("The LLM judge adds a grade to every answer we ship.", "judge", True),
]

ACCEPTED_SHORTCOMING = [
    # a bare "I'd accept that" after a stated shortcoming refuses its remedy
    case(
        "Popularity bias makes the logs skewed. I'd accept that for v1 rather than trying to "
        "separate popularity bias; maybe later.",
        "explore",
        False,
    ),
    case(
        "Popularity bias makes the logs skewed. I'd accept that for v1 rather than trying to "
        "correct it.",
        "explore",
        False,
    ),
    case("Popularity bias makes the logs noisy. I'd accept that.", "explore", False),
    case("Popularity bias skews the logs. We'd accept that for now.", "explore", False),
    # a remedy of ours stands, or what is accepted is no shortcoming
    case(
        "Popularity bias makes the logs skewed, so we add exploration. I'd accept that.",
        "explore",
        True,
    ),
    case("Exploration traffic costs a day of revenue. I'd accept that for v1.", "explore", True),
    case(
        "Popularity bias makes the logs skewed. I'd accept that risk and still add exploration "
        "traffic.",
        "explore",
        True,
    ),
]

ONE_THING_AFTER_AND = [
    # a singular copula after ", and a/an ..." judges that one thing only
    case("Calibration, and an LLM judge is not needed.", "calib", True),
    case("Calibration, class weights, and an LLM judge isn't needed.", "calib", True),
    case("Calibration, and an LLM judge is overkill.", "calib", True),
    case("A reliability diagram weekly, and an LLM judge is overkill.", "calib", True),
    # a list with a plural copula, or the one thing itself, is still judged
    case("Calibration and an LLM judge are not needed.", "calib", False),
    case("Calibration, class weights and an LLM judge are not needed.", "calib", False),
    case("Calibration, and an LLM judge is not needed.", "judge", False),
    case("Calibration, and an LLM judge is overkill.", "judge", False),
]

LABEL_VERDICT_NOTES = [
    # a label's note that is only a verdict (with its article) or a hedged deferral
    case("Dense retrieval: a last resort.", "retrieval", False),
    case("Exploration: a luxury.", "explore", False),
    case("Exploration traffic: later, maybe.", "explore", False),
    case("GraphSAGE embeddings: eventually, perhaps.", "graph", False),
    case("Thumbs are enough; an LLM judge would be redundant.", "judge", False),
    # a note that adopts
    case("Dense retrieval: a must, over an ANN index.", "retrieval", True),
    case("Exploration: a fixed 5% of traffic.", "explore", True),
    case("Exploration traffic: now, on 5% of users.", "explore", True),
    case("Redundant replicas keep the LLM judge up.", "judge", True),
]

REFUSED_OR_KEPT_OUT = [
    # "a remedy I'd refuse", "keep X out of it/v1"
    case("Adding exploration traffic to fix that is a remedy I'd refuse.", "explore", False),
    case("An LLM judge is an option I'd reject for v1.", "judge", False),
    case("I'd keep the LLM judge out of it for now.", "judge", False),
    case("I'd keep the LLM judge out of the launch decision.", "judge", False),
    case("We'd keep graph embeddings out of v1.", "graph", False),
    # "refuse to <verb>", and keeping out of a place, which protects or cleans
    case("An LLM judge is the check I'd refuse to launch without.", "judge", True),
    case(
        "I'd keep the LLM judge out of the serving path and run it offline on every answer.",
        "judge",
        True,
    ),
    case("We keep near-duplicate listings out of the results with a dedupe pass.", "dedupe", True),
]

BLUNT_NOTES_AND_LATER_WORRIES = [
    # a blunt note off the table or pointless, "worry about X later"
    case("Calibration: off the table.", "calib", False),
    case("Calibration is off the table.", "calib", False),
    case("Calibration: no point.", "calib", False),
    case("We can worry about calibration later.", "calib", False),
    case("I'd worry about graph embeddings once the ranker ships.", "graph", False),
    # the same words, adopting
    case("Cluster randomisation takes spillover off the table for the launch test.", "spill", True),
    case("No point estimates alone: calibration with a reliability diagram.", "calib", True),
    case(
        "We worry about calibration daily, so a reliability diagram runs every morning.",
        "calib",
        True,
    ),
    case(
        "Spot checks are not bothering anyone; the LLM judge runs on every answer.", "judge", True
    ),
]


@pytest.mark.parametrize(("text", "item_id", "credited"), MORE_THAN_NEEDED)
def test_more_than_we_need(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), JOINED_THEN_REFUSED)
def test_refusing_verb_joined_after_another(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), NOT_OUR_JOB)
def test_handed_away_as_not_our_job(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), KEPT_SMALL)
def test_kept_light_for_a_first_version(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), MADE_DO_WITHOUT)
def test_label_made_do_without_for_now(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), RANKED_ABOVE_THE_PLAN)
def test_ranked_above_the_plan_then_doubted(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), ADDS_ITS_OWN_PROBLEM)
def test_adds_its_own_problem(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), ACCEPTED_SHORTCOMING)
def test_bare_acceptance_of_a_stated_shortcoming(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), ONE_THING_AFTER_AND)
def test_singular_copula_after_and_a(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), LABEL_VERDICT_NOTES)
def test_label_note_that_is_a_verdict(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), REFUSED_OR_KEPT_OUT)
def test_refused_or_kept_out(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited


@pytest.mark.parametrize(("text", "item_id", "credited"), BLUNT_NOTES_AND_LATER_WORRIES)
def test_blunt_notes_and_later_worries(text: str, item_id: str, credited: bool) -> None:
    assert (item_id in met(text)) is credited
