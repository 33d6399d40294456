"""Stage 4 of grading, judgement: is an idea applied to the problem, or only named?

An interviewer credits an idea when the candidate applies it to this problem: a claim about it
("fraud is rare", "labels are delayed and noisy"), a reason, a number, a consequence, a choice
between alternatives ("PR-AUC, not accuracy"), a verb applying it ("we'd retrain weekly").
Terse notes count when they state a specific choice ("GBDT on tabular feats, p99 < 50 ms").
A mention is only *named* when it is

- a bare item of a list of names ("feature store, streaming, drift monitoring, retraining"),
- a fragment with nothing said about it ("- drift monitoring"),
- a generic sentence stringing buzzwords together ("drift and retraining will be managed
  carefully"),

and it is a *label* — never evidence on its own — when it heads a paragraph or a note
("Monitoring:", a markdown heading) and the note it heads takes the idea back ("Monitoring: I
don't think we need drift dashboards"). A label whose note says something counts as the note
does; one with no note is named.

All of this reads general signals of English over the words around a mention (its sentence,
or its element of a list), never a rubric's own phrases: numbers, connectives of reason and
choice, words that carry content, vague words, and the shape of the sentence. Words covered by
any rubric phrase are the names being judged, so they never count as content, nor do the
words of the case's own title ("fraud", "detection").

The next stage, evidence, uses only the readings `APPLIED` and `NAMED`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from functools import partial, reduce
from itertools import chain, compress, repeat
from operator import and_, attrgetter, itemgetter, lt, ne, or_, sub
from typing import Literal, NamedTuple

from designtrainer.grading.mentions import Mention
from designtrainer.grading.negation import (
    FIRST_PERSON,
    PLAIN_NEGATIONS,
    POST_CUES,
    SUBORDINATORS,
    Negation,
    Negations,
    clause_around,
    describes,
    points_back,
    voiced_by_others,
    weighs,
)
from designtrainer.grading.words import ARTICLES, Words, plain, stem, stems

Reading = Literal["applied", "named", "label"]
APPLIED: Reading = "applied"
NAMED: Reading = "named"
LABEL: Reading = "label"


# Words that carry no content of their own: articles, pronouns, auxiliaries, prepositions,
# conjunctions, determiners and the like.
FUNCTION_WORDS = stems(
    "a an the i we you they he she it me us them my our your their its this that these those "
    "there here what which who whom whose where how why i'd we'd i'll we'll i'm we're it's "
    "that's there's let's you'd they'd is are was were be been being am do does did done "
    "have has had having will would shall should can could may might must of in on at to for "
    "with by from into onto about as per via under between through across within up down out "
    "off over and or but nor so yet then also plus both either neither some any all each every "
    "other another such no not more most less few many much several own just only even very "
    "really quite too well still already e g eg ie etc i.e e.g than one ones if when once "
    "again around like first second while whereas although though because since unless until "
    "whether however therefore thus hence instead rather"
)
# Words that are neither content nor buzz: the plumbing of any ML design sentence.
LIGHT_WORDS = stems(
    "use uses used using have get gets make makes do need needs want add adds build builds "
    "apply include includes implement implementation set setup put go take give try start "
    "keep run create provide support enable allow let see look think say know way thing "
    "things part step stuff model models data feature features system systems pipeline "
    "pipelines service services infrastructure platform production training train solution "
    "performance quality new current existing problem work works case cases something "
    "approach goal goals objective aim purpose evaluate evaluation validate validation tune "
    "tuning metric metrics measure measured track monitor decide decision decisions result "
    "results level levels avoid avoids avoided ml ai api machine learning deep algorithm "
    "algorithms classification classifier binary prediction predictions predict deploy "
    "deployed deployment cloud native engineering dataset datasets trained inference "
    "architecture technology technologies tool tools team teams user users etl"
)
# Vague words: the vocabulary of a sentence that names ideas without applying them.
VAGUE_WORDS = stems(
    "manage managed managing handle handled handling address addressed consider considered "
    "leverage leveraging utilize utilise ensure ensuring robust robustly scalable scalability "
    "reliable reliability efficient efficiently effective effectively proper properly "
    "appropriate appropriately careful carefully important importantly crucial critical key "
    "essential necessary relevant best practice practices standard standards industry modern "
    "advanced sophisticated comprehensive holistic seamless seamlessly optimal optimally "
    "continuous continuously regular regularly periodic periodically frequently constantly "
    "closely thoroughly accordingly needed required suitable good great strong solid "
    "strategy strategies framework frameworks mechanism mechanisms process processes "
    "technique techniques method methods aspect aspects component components factor factors "
    "various overall general generally typical typically usual usually focus emphasis "
    "sure always account mind place care rich right everything state art right wherever "
    "whenever possible follow following seamless seamlessly holistic "
    "holistically resilient resilience rigorous rigorously powerful innovative intelligent "
    "smart proactive proactively dynamic dynamically flexible agile thorough "
    "trustworthy transparent transparency explainable explainability responsible ethical "
    "significant significantly diverse multiple numerous ongoing evolving adaptive adapt "
    "inherent special unique valuable actionable meaningful impactful strategic aligned "
    "alignment synergy harness empower drive deliver delivering maximize maximise optimize "
    "optimise enhance boost streamline facilitate foster integrate integration incorporate "
    "capture capturing tackle mitigate solutions capability capabilities insight insights "
    "value ecosystem journey stakeholder stakeholders excellence balance strike expertise "
    "domain intelligence landscape every step loop built automated automate automatically "
    "enterprise high quality secure safely safe smoothly smooth "
    "efficiency effectiveness frame framed surface surfaces "
    "iterate iterating compliance compliant driven mindful fair changing "
    "understanding preferences intent true kpi kpis okr okrs roi explore explored exploring "
    "complex pattern patterns promising impact nature signal signals contextual enriched "
    "enrich ingest ingested "
    # Boilerplate nouns, adjectives and adverbs: the filler of a sentence that names an idea
    # and says nothing about this system ("other key metrics across segments", "a great
    # experience", "visibility into model health", "adapt quickly", "at scale", "fresh").
    "experience visibility health freshness segment segments scale massive "
    "ahead overall large vast huge additional maximum highly special full complete "
    "extensive entire instantly"
)
# Adverbs vague as written, though the adjective they come from may say something ("load
# time must stay quick" vs "adapt quickly").
VAGUE_FORMS = frozenset("quickly rapidly easily swiftly".split())
# Words that set one thing against another: a choice between alternatives.
CHOICE_WORDS = stems("instead rather versus vs compared unlike whereas than prefer")
TIME_WORDS = stems(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "hourly daily nightly weekly monthly quarterly yearly annually ms monday tuesday "
    "wednesday thursday friday saturday sunday weekend weekends overnight"
)
# Words that argue against what a clause names: a warning, not a choice.
CRITICISM = stems(
    "leak leaks leaking leaked misleading mislead misleads wrong mistake mistakes trap "
    "pitfall naive naively tempting flawed poor inflate inflates inflated overestimate "
    "overestimates optimistic optimistically cheat cheating fail fails useless meaningless "
    "pointless bad worse hides hide bias biased contaminate contaminates broken danger "
    "dangerous risky beware explode explodes blow blows backfire backfires backfired "
    "gameable distort distorts distorted clickbait overstate overstates overstating understate "
    "understates understating hurt hurts hurting arbitrary unrealistic unreliable dubious "
    "problematic trouble deceptive bury buries buried impossible infeasible bait "
    "impractical unworkable absurd ridiculous silly nonsensical poison poisons poisoned "
    "undercount undercounts overcount overcounts"
)
# Criticism only as written: their stems are plain words ("careful" is "care" of "what the
# auction cares about", "gamed" is "game", "breaks" (here) is "break" of "a break").
CRITICISM_FORMS = frozenset(
    "careful carefully gamed breaks questionable prohibitive flatter flatters flattering "
    "wastes wasteful wasting".split()
)
_METHOD_BEFORE = frozenset(("seasonal",))
_METHOD_AFTER = frozenset("bayes baseline baselines forecast forecasts forecaster model".split())


def _names_a_method(raw: Sequence[str], k: int) -> bool:
    """Whether "naive" at k names a method rather than judging: "seasonal naive", "naive
    Bayes", "a naive baseline"."""
    if raw[k].lower() not in ("naive", "naïve"):
        return False
    return (k > 0 and raw[k - 1].lower() in _METHOD_BEFORE) or (
        k + 1 < len(raw) and raw[k + 1].lower() in _METHOD_AFTER
    )


_TENTATIVE = frozenset("maybe perhaps possibly".split())
_TENTATIVE_REACH = 12
_CLAUSE_REACH = 60
_PHRASE_REACH = 16
"""No phrase is longer than this many words: mentions overlapping a word start this close."""
_TENTATIVE_MODALS = frozenset("could might".split())
_TENTATIVE_NEXT = frozenset("also consider explore look try add want potentially".split())
_IF_REACH = 8
# What a hypothetical goes on to: "if we optimise opens we will send more".
# After a rejection, the idea said to be there or done without building it.
_SHORT_ANSWER_WORDS = 4
"""A sentence this short after a question answers it ("No.", "I wouldn't split it.")."""
_ANYWAY = frozenset(("already", "anyway", "anyways"))
_ANYWAY_REACH = 20
# ...or said to be taken care of by something else: "the monthly retrain takes care of drift".
_HANDLING = frozenset("handles absorbs covers".split())
_TAKING = frozenset("take takes took taking".split())
_CARE_REACH = 6
# Shares taken of a whole: "35% of traffic", "a slice of traffic". What follows their "of"
# is the whole being measured, not an idea adopted.
_SHARES = frozenset(
    "slice share fraction portion half third quarter fifth tenth percent majority minority "
    "rest".split()
)
# ...and amounts, when a copula says the amount ("is a lot of negatives"): "we do a lot of
# retraining" does the idea.
_AMOUNTS = frozenset("lot lots bunch ton tons few many much".split())
_ASIDE = frozenset("();\u2014")
# "I don't use X", "we don't add X": a plain "don't" after "I" or "we" before a verb of
# choosing refuses (not "we don't know", "we don't see the outcome": facts).
_CHOOSING_SUBJECTS = frozenset(("i", "we"))
# "I'm not decomposing ...": what we are (not) doing, a choice like "I don't".
_CHOOSING_PROGRESSIVE = frozenset(("i'm", "we're", "im"))
# After a refusal these limit what is refused: "I wouldn't just raise volume".
_MERELY = frozenset("just only simply merely solely blindly".split())
# "just" meaning "only" or "right" (before what it limits), not "merely does": "retraining just
# for the new cities", "streaming just in the checkout path", "just now", "just as good".
_NOT_AFTER_JUST = frozenset(
    "for in on at to from with by as like about before after when once now then the a an "
    "this that these those one two few".split()
)
# "exploration on 5% of slots to avoid popularity bias": what a remedy is there to avoid is a
# problem named, not an idea refused ("class weights to avoid resampling" refuses).
_PURPOSE_AVOIDING = frozenset(("avoid", "prevent"))
_PROBLEMS = stems("bias biases loop loops bubble bubbles leakage leak leaks drift skew overfitting")
_CHOICE_VERBS = stems(
    "use build add need want do run train bother include keep model rely apply deploy ship "
    "track monitor compute create weight correct plan introduce adopt"
)
# Next to a rejection, a sentence with these argues for it: "Nobody buys boots for the slot".
_BELITTLING = frozenset("merely nobody naturally hardly barely rarely seldom negligible".split())
_BELITTLING_PAIRS = frozenset((("one", "no"),))
_CONSEQUENCES = frozenset("will would we'll we'd you'll you'd it'll they'll".split())
# "an A/B test, because offline gains routinely fail online": the reason criticises the
# offline gains, not the A/B test.
# Putting a matter off until later: "we can revisit if offline/online disagree".
_REVISITING = frozenset("revisit revisited reconsider reconsidered reopen reopened".split())
_REVISIT_WHEN = frozenset("if when once later after should".split())
_REVISIT_REACH = 20
# What an idea costs or where it fails, said of it as the subject: "exploration costs
# conversion", "fusion is expensive to train".
_FAULTING = frozenset("costs hurts slows wastes complicates".split())
_FAULT_COPULAS = frozenset(("is", "are", "was", "would"))
_DONE_TO = frozenset("them it those these".split())
"""What a refused act is done to when the sentence before named it: "Routing them to ..."."""
_NOT_OURS = frozenset("not never don't wouldn't won't can't".split())
_ADDING_COST = frozenset("adds add added".split())
_ADDED_COSTS = frozenset("latency complexity cost costs overhead delay risk maintenance".split())
_FAULTS = frozenset(
    "expensive costly hard difficult slow brittle fragile complex complicated heavy risky "
    "painful tricky overkill unnecessary".split()
)
# Prepositions through which a mention qualifies the idea named before it.
_QUALIFYING = frozenset("by per with on for".split())
_QUALIFIER_GAP = 3
_REASONS = frozenset("because since".split())
# Words that turn from a reason to what is done instead.
_TURNING = frozenset("but however instead rather so".split())
# ...and a condition is about its own case ("the legs have different owners when something
# goes wrong").
REASONS_AND_CONDITIONS = _REASONS | frozenset("when whenever if unless".split())
_CLAUSE_MARKS = frozenset(";:\u2014")
_CLAUSE_JOINERS = frozenset(
    "and but or while whereas so which who where because since although though yet".split()
)
_CONSEQUENCE_LINKS = frozenset("because since unless otherwise therefore hence".split())
_CONTRASTS = frozenset("but however whereas instead rather so".split())
_PARTICLES = frozenset("down out up".split())
_BLOWING = frozenset("blow blows blew blown blowing".split())
"""Criticism whose particle keeps it criticism: "MAPE blows up on sparse zone-hours"."""
# flags16: "X is cheap but a poor proxy" goes on about X; "but we ..." opens a clause.
_PREDICATE_COPULAS = frozenset("is are was were be 's seems seem sounds looks".split())
_NEW_SUBJECT = frozenset(
    "i we you they he she it it's that's this that these those there there's the our my "
    "their your its i'd we'd i'll we'll i'm we're".split()
)
_SECOND_PREDICATE = 4
_ASIDE_REACH = 5
"""A concessive aside ("however tempting") closes on a comma within this many words."""
_LABEL_WORDS = 3
"""A label opening a line is this many words at most ("Online metrics:")."""
_VERDICT_WORDS = 6
_VERDICT_OPENERS = frozenset(("that's", "it's", "this's"))
_VERDICT_OPENER_PAIRS = frozenset(
    (("that", "is"), ("this", "is"), ("it", "is"), ("which", "is"), ("that", "would"))
)
_CONDITION_OPENERS = frozenset("if when whenever once".split())
_MAIN_SUBJECTS = frozenset("i we you they i'd we'd i'll we'll".split())
# After these a criticism word describes the things meant ("the risky ones"), not the plan,
# or says there is less of it ("less biased training data").
_DEFINITE = frozenset("the those these less least".split())
# flags30r: criticism that names the case the design handles ("for a failed model push, we
# ...", "a broken release disables ..."): no verdict on the choice.
_FAILURES = frozenset("failed failing broken crashed crashing".split())
_INDEFINITE = frozenset("a an any each every".split())


def _the_failure_handled(raw: Sequence[str], k: int, first: int) -> bool:
    """Whether criticism at word k (of a clause from word `first`) names the case the design
    handles: a failure under an indefinite article ("a failed push", "any broken feed"), not
    one said of something ("is a failed design")."""
    if k <= first or raw[k].lower() not in _FAILURES or raw[k - 1].lower() not in _INDEFINITE:
        return False
    return not (k - 2 >= first and raw[k - 2].lower() in _PREDICATE_COPULAS)


_RECOGNISING = frozenset(
    "spot spots spotting detect detects detecting recognise recognises recognize recognizes "
    "identify identifies distinguish distinguishes catch catches flag flags".split()
)
"""Verbs whose object is the kind of thing told apart: "spot a bad ad", "catch bad actors"."""
_LEARNING = frozenset(("learn", "learns", "learning", "see", "sees", "know", "knows"))
_RECOGNISED_FILLERS = frozenset(("a", "an", "what"))


def _what_is_recognised(raw: Sequence[str], k: int, after: int) -> bool:
    """Whether criticism at word k (after the mention ending at `after`) names what a model
    learns to recognise, not a verdict on the choice: "..., which helps the model learn what
    a bad ad looks like", "so the classifier can spot a poor match". Only "a", "an" or
    "what" stand between the verb and the word ("learn" needs "what": "the model learns the
    wrong thing" is a verdict)."""
    for j in range(k - 1, max(after, k - 4), -1):
        word = raw[j].lower()
        if word in _RECOGNISED_FILLERS:
            continue
        if word in _RECOGNISING:
            return True
        return word in _LEARNING and "what" in (w.lower() for w in raw[j + 1 : k])
    return False


# Words that attach a condition, a reason or a purpose to what comes before them.
CONNECTIVES = stems("if when whenever unless once because since so to until after before")
NUMBER_WORDS = stems(
    "hundred hundreds thousand thousands million millions billion billions dozen twice "
    "double half percent"
)
# A sentence with one of these (or a pronoun subject) is a claim, not a fragment.
CLAIM_WORDS = stems(
    "is are was were be will would should can could must might may we i we'd i'd we'll i'll "
    "it's there's that's they we're our"
)
# Negation cues that set one thing against another: "PR-AUC, not accuracy", "no deep nets".
_CONTRAST_CUES = stems("not no never nor without")
# What a word is, as bits: computed once per word as written and kept (answers repeat their
# vocabulary, and the same words come back from one grading to the next).
_SKIP = 1  # function or light word: says nothing of its own
_VAGUE = 2
_SPECIFIC_WORD = 4  # a number, a time, a word of choice
_CLAIM = 8
_CONTENT = 16
_CAPITAL = 32  # not all lower case: maybe a proper name or an acronym
_CUE = 64  # a negation cue that can set one thing against another
_CONNECTIVE = 128
_DIGIT = 256
_LIST_WORD = 512
_OTHER = 1024  # "other": vague as the tail of a list ("precision and other key metrics")
_CRITICAL = 2048  # a word of criticism
_BE = 4096  # "be" (of "will be handled")
_NUMBER_NAME = 8192  # a number in words: "one", "five", "ten"
_IF = 16384  # "if" (of "if you ...": `Judgement._hypothetical`)
_RARE = _CRITICAL | _BE | _VAGUE | _OTHER | _LIST_WORD | _IF
"""The kinds of word found by position (`Judgement._rare_words`)."""
_CLASSES: dict[str, int] = {}
_CLASSES_LIMIT = 200_000


def _classify(raw: str) -> int:
    key = stem(raw)
    bits = 0
    if raw[0].isdigit():
        bits |= _DIGIT
    if key in NUMBER_WORDS or key in TIME_WORDS or key in CHOICE_WORDS:
        bits |= _SPECIFIC_WORD
    if key in CLAIM_WORDS:
        bits |= _CLAIM
    if key in _CONTRAST_CUES:
        bits |= _CUE
    if key in CONNECTIVES:
        bits |= _CONNECTIVE
    if key in CRITICISM or raw.lower() in CRITICISM_FORMS:
        bits |= _CRITICAL
    if raw.lower() == "be":
        bits |= _BE
    if raw.lower() in _NUMBER_NAMES:
        bits |= _NUMBER_NAME
    if raw.lower() == "other":
        bits |= _OTHER
    if raw.lower() == "if":
        bits |= _IF
    if raw.lower() in _LIST_WORDS:
        bits |= _LIST_WORD
    if key in FUNCTION_WORDS or key in LIGHT_WORDS:
        bits |= _SKIP
    elif key in VAGUE_WORDS or raw.lower() in VAGUE_FORMS:
        bits |= _VAGUE
    elif len(key) > 1 and not key.isdigit():
        bits |= _CONTENT
    if not raw.islower() and not bits & (_SKIP | _VAGUE):
        bits |= _CAPITAL
    if len(_CLASSES) > _CLASSES_LIMIT:
        _CLASSES.clear()
    _CLASSES[raw] = bits
    return bits


_NUMBER_NAMES = frozenset(
    "one two three four five six seven eight nine ten twenty hundred thousand million".split()
)
"""Numbers in words, as in a ratio ("one in five", "three out of ten")."""
_ENUMERATOR_AFTER = re.compile(r"^[.)]\s")
_BULLET = re.compile(r"(?:\A|\n)[ \t]*(?:[-*+\u2022>]|#{1,6})[ \t]")
_HEADING = re.compile(r"(?:\A|\n)[ \t]*#{1,6}[ \t]+\Z")
_SENTENCE_END = re.compile(r"[.!?][\"')\]*_]*\s")
_BOLD_END = re.compile(r"[.:!?]?(?:\*\*|__)")
_ARROW = re.compile(r"->|=>|\u2192|\u21d2")
_MENU_BREAK = re.compile(r"/")
_CHAIN_BREAK = re.compile(r"->|=>|\u2192|\u21d2|[,;/&]|\s\+\s")
_OR = frozenset({"or"})
_MAGNITUDES = frozenset("tens dozens hundreds thousands millions billions trillions".split())
_MAGNITUDE_REACH = 200
_FIRST_DAYS = frozenset(("one", "zero", "1", "0"))
_RATE_WORDS = frozenset("per every each a an".split())
_EXAMPLE_CUES = frozenset(("like", "including", "eg", "e.g"))
_EXAMPLE_REACH = 5
_ANNOTATION_OPEN = re.compile(r"[(,;]")
_ANNOTATION_CLOSE = re.compile(r"[),;]")
_LIST_SEPARATOR = re.compile(r"[,;/&]|\s\+\s")
_ABBREVIATIONS = frozenset({"e", "g", "i", "vs", "approx", "ca", "etc", "eg", "ie"})
_LIST_WORDS = frozenset({"and", "or", "plus"})
_MAX_LABEL_WORDS = 4
_MAX_NAME_WORDS = 4
_LIST_IDEAS = 2
_LINE_END = re.compile(r"[.!?:;]")
"""What ends a line as a sentence, a question or a lead-in, not a line of terms
(`_a_line_of_terms`): "Monitor feature drift, prediction distributions and the online
metrics, with alerts." is a sentence whose verb no lexicon knows."""
_LONG_LIST = 6
"""A line of this many comma-separated elements is a list of names even with a figure in
one of them ("..., latency, cost per query, 40k users, multilingual")."""
_MAX_LABEL_BODY_WORDS = 60


class _Says(NamedTuple):
    """What a stretch of words says besides the names of ideas. (A NamedTuple, built in C:
    a frozen dataclass's constructor costs 3.5 us, and a long answer reads many stretches.)"""

    strong: bool
    """A figure, a consequence ("-> v imbalanced"), a proper name or acronym ("Kafka")."""
    figure: bool
    """A figure or a consequence: what even a list of names cannot say without meaning it."""
    weak: bool
    """A time ("weekly"), a word of choice ("instead of"), a contrast ("PR-AUC, not
    accuracy"): specific, unless vague words drown it ("rather than naive accuracy")."""
    content: tuple[int, ...]
    """Where the words that carry content are (not names, not function, light or vague)."""
    vague: int
    claim: bool
    """It has the shape of a sentence: a subject pronoun, a verb "to be", a modal."""
    ideas: int
    """How many rubric items it names in full."""

    def content_besides(self, m: Mention | None) -> int:
        """Content words, not counting the mention's own words."""
        if m is None:
            return len(self.content)
        return sum(1 for k in self.content if not m.first <= k <= m.last)

    def buzz(self, m: Mention | None) -> bool:
        """Vague words outnumber what it says: "drift and retraining will be managed
        carefully", "evaluated holistically with appropriate metrics rather than accuracy"."""
        said = self.content_besides(m) + self.weak
        return (self.vague >= 2 and 3 * self.vague >= 2 * said) or (self.vague == 1 and not said)

    def something(self, m: Mention | None) -> bool:
        """Something specific that vague words do not drown."""
        if self.strong:
            return True
        if self.buzz(m):
            return False
        return self.weak or self.content_besides(m) > 0

    @property
    def bare(self) -> bool:
        return not self.strong and not self.weak and not self.content


_STRONG = _Says(True, False, False, (), 0, False, 0)
_FIGURE = _Says(True, True, False, (), 0, False, 0)


class _Sentence(NamedTuple):
    """The shape of a sentence (a NamedTuple for the speed of building one, see _Says)."""

    first: int
    last: int
    label_end: int
    """The first word after the sentence's label (== first when it has none)."""
    heading: bool
    """The sentence is a heading line, a bold line or a short title line: all label."""


def _elements(breaks: list[int], firsts: list[int], lasts: list[int]) -> list[int]:
    """How many elements each note firsts[i]..lasts[i] has: one more than the list breaks
    inside it (`breaks` in order), by bisection in C."""
    after_last = map(partial(bisect_right, breaks), lasts)
    after_first = map(partial(bisect_right, breaks), firsts)
    return list(map((1).__add__, map(sub, after_last, after_first)))


_KEYWORD_STYLE_SHARE = 0.7
"""A section is written as lists of names when at least this share of its notes that mention
an idea are bare (`Judgement.keyword_style`)."""


class _Notes(NamedTuple):
    """The notes that mention an idea (`Judgement._note_shapes`), one entry per note."""

    firsts: list[int]
    lasts: list[int]
    kinds: list[int]
    """The kinds of its words (bits)."""
    alone_elements: list[int]
    """Its elements, read as one section alone."""
    whole_elements: list[int]
    """Its elements, read as a whole answer's note (an arrow joins names too)."""


def _weight(elements: int) -> int:
    """What a note of so many elements weighs (`_Listiness.add`)."""
    return elements // 2 if elements >= _LONG_LIST else 1


class _Listiness:
    """`Judgement.listiness` counted note by note: bare notes, notes with a figure, notes."""

    __slots__ = ("_pending", "figures", "listy", "total")

    def __init__(self) -> None:
        self.listy = self.figures = self.total = 0
        self._pending: list[tuple[int, int, int]] = []
        """The sentences whose figure is asked only when the figures are (`counts`): each
        one's bounds and kinds of words. (Not how to ask: a judgement's own method kept here
        would make a cycle that holds a whole answer's readings till the next collection.)"""

    def add(
        self,
        first: int,
        last: int,
        every: int,
        elements: int,
        figure: bool | Callable[[int, int, int], bool],
        content_words: Callable[[int, int], int],
        how_often: Callable[[int, int], bool] | None = None,
    ) -> None:
        """One note, words first..last: the kinds of its words (`every`), the elements of
        its list, whether it has a figure (or how to find out, from its bounds and kinds of
        words: of a sentence it only counts among the figures, and is asked only when they
        are, `counts`); `content_words` counts a note's content words outside mentions (asked
        only of a short note that is no sentence); `how_often`, where given, whether a note
        says how often or sets a contrast, which commits as a figure does ("indexed
        hourly")."""
        # A long list on one line is several notes' worth: "query rewriting, hybrid
        # search, RRF, cross-encoder reranker, ..." alone under its heading.
        weight = _weight(elements)
        self.total += weight
        if every & _CLAIM:
            if callable(figure):
                self._pending.append((first, last, every))
            else:
                self.figures += figure
            return  # a sentence
        if callable(figure):
            figure = figure(first, last, every)
        self.figures += figure
        if figure and elements < _LONG_LIST:
            return  # a figure (not one name among many: "40k users")
        if how_often is not None and elements < _LONG_LIST and how_often(first, last):
            return  # how often or a contrast: "indexed hourly"
        short = last - first + 1 <= _MAX_NAME_WORDS * elements
        if short and content_words(first, last) <= elements:
            self.listy += weight  # short elements with a content word each at most

    def counts(self, figure: Callable[[int, int, int], bool] | None = None) -> tuple[int, int, int]:
        """Bare notes, notes with a figure, notes; `figure` is what `add` was given for the
        sentences whose figure is still to be asked."""
        if self._pending:
            assert figure is not None
            self.figures += sum(figure(*note) for note in self._pending)
            self._pending = []
        return self.listy, self.figures, self.total


_first_word = attrgetter("first")
_first_of = itemgetter(0)
_last_word = attrgetter("last")


_RELATIVES = frozenset("where which who whose".split())
_RELATIVE_CLAUSES = 3
"""How many clauses a relative clause set off by commas may run over before its subject's
predicate resumes."""


def _predicate_past_relative(words: Words, first: int, last: int) -> tuple[int, int] | None:
    """The clause that resumes a bare subject (first..last, its own clause only because a
    comma follows) after a relative clause set off by commas: "Feedback loops, where
    popular videos get shown and become more popular, are a real concern in principle"
    gives "are a real concern in principle". None when no relative clause follows, or no
    clause after it opens on a verb of the subject (a comma-free end of sentence)."""
    raw, n = words.words, len(words.words)
    k = last + 1
    if k >= n or raw[k].lower() not in _RELATIVES or "," not in words.before(k):
        return None
    for _ in range(_RELATIVE_CLAUSES):
        _, end = clause_around(words, k, k)
        k = end + 1
        if k >= n or words.sentence_break_before(k):
            return None
        if "," in words.before(k) and plain(raw[k]) in _RESUMING_VERBS:
            return clause_around(words, k, k)
    return None


_RESUMING_VERBS = frozenset(
    "is are was were be would will can could should may might remain remains seem seems "
    "look looks matter matters".split()
)
"""Verbs a subject's predicate opens with after its relative clause: "..., are a real
concern"."""


class Judgement:
    """How each mention of one answer is used: applied, named, or a label.

    Readings are worked out for a sentence when a mention in it is first asked about, and
    kept: evidence asks about only some mentions, and sentences without any are never read.
    """

    def __init__(
        self,
        words: Words,
        mentions: Sequence[Sequence[Mention]],
        negations: Negations,
        topic: frozenset[str],
        groups: Sequence[int],
        items: int,
    ) -> None:
        self.words = words
        self.cues = negations.triggers
        """Where negation cues stand: a sentence that rules something out makes a choice."""
        self.topic = topic
        self.groups = groups
        """How many phrase groups each owner has."""
        self.items = items
        """Owners below this number are items; the rest are red flags."""
        # In C where it can be: a long answer has a hundred thousand one-word mentions.
        self.by_first = sorted(chain.from_iterable(mentions), key=_first_word)
        """Every mention, by its first word."""
        self.firsts = list(map(_first_word, self.by_first))
        self.negated = [m for m in self.by_first if m.negation is not None]
        longer = compress(self.by_first, map(ne, map(_last_word, self.by_first), self.firsts))
        self.inside = {k for m in longer for k in range(m.first + 1, m.last + 1)}
        """Words inside a phrase (not its first word): a list never splits there."""
        # What kind of word each one is, by how it is written: the lexicons are plain English,
        # so a word is not taken for the rubric word a typo might make it.
        known = list(map(_CLASSES.get, words.words))
        if None in known:
            # Each new word once, however often it comes: a long answer in a fresh process
            # would otherwise classify every occurrence of every word it has not met before.
            # (The new words are a set difference, in C: not a call per word.)
            new = {w: _classify(w) for w in set(words.words).difference(_CLASSES)}
            known = list(map(new.get, words.words, known))
        self.bits: list[int] = known  # type: ignore[assignment]
        self._segment()
        self._said: dict[tuple[int, int, tuple[int, int] | None], _Says] = {}
        self._plain: dict[tuple[int, int], _Says] = {}
        self._elements: dict[int, list[tuple[int, int]] | None] = {}
        self._named: dict[tuple[int, int], tuple[set[int], int]] = {}
        self._bodies: dict[int, tuple[int, int]] = {}
        self._keyword_style: bool | None = None
        self._listiness: tuple[_Listiness, _Listiness] | None = None
        self._notes_found: _Notes | None = None
        self._bounds: tuple[int, int, int, int] | None = None
        self._menus: dict[tuple[int, int], bool] = {}
        self._consequences: dict[tuple[int, int], bool] = {}
        self._examples: dict[tuple[int, int], bool] = {}
        self._parts: dict[tuple[int, int], tuple[bool | None, list[tuple[int, int]]]] = {}
        self.keyword_answer = False
        """The whole answer is written as lists of names (see `listiness`): set by the
        caller, who sees every section of the answer, before any reading is asked for."""
        self._boilerplate = False
        self._sentence_groups: dict[int, dict[int, set[int]]] = {}
        self._rare: list[int] | None = None
        self._plan_words: list[int] | None = None
        """Where "will be ...ed" stands (its "be"), found once when a sentence first asks."""
        self._critical: list[int] | None = None
        self._voiced: dict[int, bool] = {}
        """Per sentence (by first word), whether it gives its idea to others (`affirms`)."""
        self._ifs: list[int] | None = None
        """Where "if" stands, found once when `argues_against` first asks."""
        """Words of criticism ("leaks", "misleading"), found once when a flag first asks."""
        self._lists: tuple[list[int], list[int]] | None = None
        """Where the lists introduced by a line ending in a colon start, and the lines that
        end a list: found once when a flag first asks (`lead_in`)."""
        self._maybe_vague: list[int] | None = None
        """Words that may make a sentence vague, found once when `sentence_vagueness` asks."""
        self._openings: list[int] | None = None
        """The words after a separator that opens a bracket, found once when a figure asks."""
        self._label_marks: list[int] | None = None
        """The words after a separator that may end a label, found once when `is_label` asks."""
        self._mentioning_items: set[int] | None = None
        self._to_read: tuple[list[int], list[bool]] | None = None
        """The sentences that mention an item, and whether `vague_readings` reads each."""
        """The sentences that mention an item, found once when `_boilerplate` counts them."""
        self._sentence_of: list[int] | None = None
        """The sentence of each mention (`_sentence_of_mentions`), found once."""

    @property
    def boilerplate(self) -> bool:
        """The answer is written in boilerplate (see `vagueness`): set by the caller, who sees
        every section of the answer, before any reading is asked for."""
        return self._boilerplate

    @boilerplate.setter
    def boilerplate(self, value: bool) -> None:
        # What stretches say was read, to find the verdict, as in any answer: in boilerplate
        # the digits of a name are no figure (`_figure`), so the stretches read as a figure
        # are read again (only those: no other reading depends on it).
        if value != self._boilerplate:
            self._said = {key: says for key, says in self._said.items() if says is not _FIGURE}
            self._plain = {key: says for key, says in self._plain.items() if says is not _FIGURE}
        self._boilerplate = value

    def reading(self, m: Mention) -> Reading:
        s = self.sentence(m.first)
        if s.heading or m.first < s.label_end:
            return self._label(m, s)
        elements = self._list_of_names(s)
        if elements is not None:
            # The element holding the mention, by bisection: a long list has many mentions.
            i = bisect_right(elements, m.first, key=_first_of) - 1
            if i >= 0 and m.first <= elements[i][1]:
                first, last = elements[i]
                return self._element_reading(first, last, m, (s.label_end, s.last))
        return self._sentence_reading(s, s.label_end, s.last, m)

    def is_label(self, m: Mention) -> bool:
        """Whether `reading(m)` is `LABEL`, reading no more than the shape of the sentence for
        the mentions that cannot be one: only `_label` says LABEL, for a mention in a heading
        or a label (tests/test_fast_paths.py checks the two agree). Nor is the shape read
        where the sentence cannot be a heading (`_may_be_heading`) and no label can end after
        the mention: a label ends at a separator with a colon or bold markers."""
        last = self.sentence_end(m.first)
        start = self.sentence_start(m.first)
        if not self._may_be_heading(start, last) and not self._label_may_end_in(m.first, last):
            return False
        s = self.sentence(m.first)
        return (s.heading or m.first < s.label_end) and self.reading(m) == LABEL

    def _label_may_end_in(self, after: int, last: int) -> bool:
        """Whether a label may end at a word past `after` up to `last` (`_shape`): only one
        with a colon or bold markers before it (those words found once an answer, by kind of
        separator)."""
        marks = self._label_ends()
        return bisect_right(marks, last) != bisect_right(marks, after)

    def _label_ends(self) -> list[int]:
        """The words after a separator that may end a label (`_label_may_end_in`)."""
        marks = self._label_marks
        if marks is None:
            ends = {sep for sep in self._kinds if ":" in sep or "**" in sep or "__" in sep}
            marks = self._label_marks = self._after(ends)
        return marks

    def _sentence_reading(self, s: _Sentence, first: int, last: int, m: Mention) -> Reading:
        says = self._says(first, last)
        if self._menu(first, last):
            return NAMED  # "SMOTE / class weights / undersampling": no choice made
        if self.keyword_style:
            if says.figure or (says.claim and says.something(m)):
                return APPLIED
            return APPLIED if self.keyword_answer and self._one_choice(first, last, m) else NAMED
        if (
            self.boilerplate
            and says.strong
            and not says.figure
            and self._only_examples(first, last)
        ):
            # Proper names offered as examples in boilerplate choose none of them: "a
            # powerful backbone such as a ViT or CLIP", "architectures like DeepAR".
            says = self._without_names(first, last)
        if self.boilerplate and says.vague:
            # An answer written in boilerplate is read as one: a sentence with vague words in
            # it applies an idea only with a figure, a proper name or a time or choice that
            # they do not drown ("keep latency low at scale" names latency; "p99 under 50 ms
            # at scale" applies it).
            if says.strong:
                return NAMED if self._drowned(first, last, m) else APPLIED
            if says.weak and not says.buzz(m) and self._specific_in_clause(first, last, m):
                return APPLIED
            # ...or with far more of its own words than vague ones: "friends of friends, shared
            # employers and imported address books feed the candidate pool, so we aren't
            # limited to the old mutual-count list".
            if says.content_besides(m) >= 3 * says.vague + 2 and self._draws_consequence(
                first, last
            ):
                return APPLIED
            return NAMED
        if self.boilerplate and not (
            says.strong or (says.weak and self._specific_in_clause(first, last, m))
        ):
            # Without a vague word, a sentence of boilerplate still says nothing specific of
            # the idea when nothing in it is: however many words it strings together ("an
            # event-driven pipeline keeps the knowledge base fresh in near real time").
            return NAMED
        if not says.figure and self._tentative(first, m):
            # "We could also add spell correction", "Maybe rerank them by popularity": an
            # option floated, not a choice made, unless a figure pins it down.
            return NAMED
        if says.strong and not says.figure and self._drowned(first, last, m):
            # Proper names drowned by vague words: "approaches like DeepAR or N-BEATS can be
            # explored to capture complex temporal patterns", "automated MLOps pipelines".
            return NAMED
        if says.something(m):
            return APPLIED
        if says.buzz(m) or says.vague:
            return NAMED  # "drift and retraining will be managed carefully"
        if says.claim and says.ideas <= 2:
            return APPLIED  # "fraud is rare", "labels are delayed and noisy", "we'd use GBDT"
        if says.ideas <= 2 and not self._in_run_of_names(s) and not self.keyword_style:
            return APPLIED  # a terse note of one choice: "- LightGBM / XGBoost per leg"
        return NAMED

    def rejects(self, m: Mention) -> bool:
        """Whether the negation covering a mention rejects the idea, rather than stating a
        fact with it ("labels are not mature for 120 days", "without letting false declines
        rise"): a refusal, a dismissal, a verdict or a deferral ("I wouldn't", "no need for",
        "overkill", "maybe later"), or a plain "no"/"not" opening a note ("No fallback path
        either.")."""
        neg = m.negation
        if neg is None:
            return False
        if neg.last + 1 < len(self.words) and self.words.words[neg.last + 1].lower() in _MERELY:
            return False  # "I wouldn't just raise volume": more than that, not none of it
        raw = self.words.words
        if (
            neg.first > 0
            and raw[neg.first].lower() in _PURPOSE_AVOIDING
            and raw[neg.first - 1].lower() == "to"
            and self.words.keys[m.last] in _PROBLEMS
        ):
            return False
        if _refusal(neg):
            return True
        if (
            neg.first > 0
            and neg.last + 1 < len(raw)
            and raw[neg.first - 1].lower() in _CHOOSING_SUBJECTS
            and self.words.keys[neg.last + 1] in _CHOICE_VERBS
        ):
            return True  # "I don't use spam traps", "we don't build a second model"
        if (
            neg.first > 0
            and neg.last + 1 < len(raw)
            and raw[neg.first - 1].lower().replace("\u2019", "'") in _CHOOSING_PROGRESSIVE
            and raw[neg.last + 1].lower().endswith("ing")
        ):
            return True  # "I'm not decomposing into legs", "we're not building a second model"
        before = self.words.before(neg.first)
        if self.words.sentence_break_before(neg.first) or any(c in before for c in ":\n;"):
            return True
        if raw[neg.first].lower() == "no" and "," in before:
            # "Candidates (1,000 per request), no embedding retrieval, no ANN index": a plain
            # "no" opening an element of a note (a label, or no claim before it) refuses.
            s = self.sentence(neg.first)
            if s.label_end > s.first or (
                neg.first > s.first and not self._says(s.first, neg.first - 1).claim
            ):
                return True
        # "I wouldn't bother with interleaving, and no guardrail dashboard": a plain "no"
        # joined to a refusal earlier in its sentence goes on refusing (looked for at most
        # _CLAUSE_REACH words back, so reading stays linear however long a sentence runs).
        cues = self.cues
        start = max(self.sentence_start(neg.first), neg.first - _CLAUSE_REACH)
        return any(
            (cue := cues.get(k)) is not None
            and cue.last < neg.first
            # ("No fuzzy matching, and definitely no language model": a plain "no" opening
            # its note refuses too.)
            and (_refusal(cue) or self.words.sentence_break_before(cue.first))
            for k in range(start, neg.first)
        )

    def described_beside(
        self, rejected: Sequence[Mention], mentions: Sequence[Mention], firsts: Sequence[int]
    ) -> list[Mention] | None:
        """The other mentions of a rejected idea in the sentence of its rejection (across
        ";" and ":" too), when every one of them sits in a clause that only describes: a
        reason for the refusal ("I'm not going to build calibration plots, the log loss
        already punishes miscalibration"), a condition of a deferral ("I'd wait until the
        slices mean something"), the problem whose remedy is refused ("There is a strong
        position effect in the logs, since ...; correcting for it I'd defer"). They are the
        rejected idea's, not a proposal of it. None when one of them sits in a clause that
        proposes (ours, or a terse note): "No hourly retraining; we retrain weekly" chooses
        within the idea. `mentions` are the idea's, in reading order, and `firsts` their
        first words (made once by the caller: a long answer rejects an idea many times)."""
        words = self.words
        if not self.refuses(rejected):
            return None  # "brute force won't answer in 300 ms": a fact, nobody refuses
        first = min(m.first for m in rejected)
        last = max(m.last for m in rejected)
        a = words.break_back(first, max(0, first - _CLAUSE_REACH))
        n = len(words)
        b = words.break_on(last + 1, min(n, last + _CLAUSE_REACH + 1)) - 1
        chosen = set(rejected)
        out: list[Mention] = []
        for m in mentions[bisect_left(firsts, a) : bisect_right(firsts, b)]:
            if m in chosen:
                continue
            if m.negation is not None and self.rejects(m):
                continue
            if self.shared(m):
                continue  # another idea's words: says nothing of this one
            if not describes(words, *clause_around(words, m.first, m.last)) and not (
                self._in_reason(last, m.first)
            ):
                return None
            out.append(m)
        return out

    def said_before(
        self, rejected: Sequence[Mention], mentions: Sequence[Mention], firsts: Sequence[int]
    ) -> list[Mention] | None:
        """The idea's mentions in the sentence before a refusal that points back at it ("OS
        opt-outs arrive with a delay. I thought about attributing them back over the last
        pushes, but I'm skeptical it would be reliable"; "I also considered a surrogate of
        long-term retention. I'm skeptical of how well such surrogates transfer"), when that
        sentence, in the same paragraph, only describes or weighs the idea: the refusal is of
        what it said. None otherwise."""
        if not self.refuses(rejected):
            return None
        s = self.sentence(min(m.first for m in rejected))
        if not points_back(self.words, s.first, s.last) or not all(
            s.first <= neg.first <= s.last for m in rejected if (neg := m.negation) is not None
        ):
            return None  # (a refusal in the next sentence points back at this one, not past it)
        starts, seps = self.starts, self.seps
        i = bisect_right(starts, s.first) - 1
        if i == 0 or "\n\n" in seps[s.first]:
            return None
        before = self.sentence(starts[i - 1])
        found = mentions[bisect_left(firsts, before.first) : bisect_right(firsts, before.last)]
        if not found:
            return None
        words = self.words
        if weighs(words, before.first, before.last):
            return list(found)
        if all(describes(words, *clause_around(words, m.first, m.last)) for m in found):
            return list(found)
        raw = words.words
        if (
            s.first + 1 <= s.last
            and raw[s.first].lower().endswith("ing")
            and raw[s.first + 1].lower() in _DONE_TO
            and not self._own_course_after(max(m.negation.last for m in rejected if m.negation))
        ):
            # "Comments go to a dashboard. Routing them to document owners is not something
            # I'd build": the refused act is done to what the sentence before named, whatever
            # that sentence does with it (reject15). Not when a course of our own follows
            # ("...; for v1 I'd count opt-outs at user level"): that handles what it named.
            return list(found)
        return None

    def _own_course_after(self, k: int) -> bool:
        """Whether, after word k and before its sentence ends (at a full stop, not a ";"),
        a clause of our own that is no refusal begins ("I'd count", "we weight"); read up to
        _CLAUSE_REACH words."""
        words = self.words
        raw, n = words.words, len(words.words)
        j = k + 1
        while j + 1 < n and j - k <= _CLAUSE_REACH and not words.sentence_break_before(j):
            if plain(raw[j]) in FIRST_PERSON and plain(raw[j + 1]) not in _NOT_OURS:
                return True
            j += 1
        return False

    def _in_reason(self, end: int, k: int) -> bool:
        """Whether word k, after a rejection ending at word `end`, is in the reason the
        sentence gives for it: a "because"/"since" between them, and no subject of our own
        nor a turn ("but", "instead") after it ("I prefer this over a retrieval stage
        because a candidate generator caps recall: whatever it misses, the ranker never
        sees")."""
        raw = self.words.words
        reason = False
        for j in range(end + 1, k):
            word = plain(raw[j])
            if word in _REASONS:
                reason = True
            elif reason and (word in FIRST_PERSON or word in _TURNING):
                return False
        return reason

    def refuses(self, rejected: Sequence[Mention]) -> bool:
        """Whether a negation over these mentions stands in a clause that refuses (ours, a
        note, an order) or is a verdict ("overkill"), not in a fact that merely has a
        negation in it ("brute force won't answer in 300 ms")."""
        words = self.words
        return any(
            neg.trigger in POST_CUES
            or not describes(words, *clause_around(words, neg.first, neg.last))
            for m in rejected
            if (neg := m.negation) is not None
        )

    def proposes(self, m: Mention) -> bool:
        """Whether the clause of a mention proposes (ours, a note, an order, something said
        to suffice) rather than only describes (`negation.describes`). A subordinate clause
        is part of the clause it hangs on: "fuzzy matching only as a fallback when the
        prefix has no completions" proposes its condition with it."""
        words = self.words
        first, last = clause_around(words, m.first, m.last)
        if (
            first > self.sentence_start(m.first)
            and words.words[first].lower() in SUBORDINATORS
            and not words.sentence_break_before(first)
        ):
            first, last = clause_around(words, first - 1, first - 1)
            cues = self.cues
            if any(
                (cue := cues.get(k)) is not None and _refusal(cue) for k in range(first, last + 1)
            ):
                return False  # "but I'd wait until the slices mean something": the refusal's
        predicate = _predicate_past_relative(words, first, last)
        if predicate is not None:
            # "Feedback loops, where popular items get shown more, are a real concern": the
            # subject's own predicate, past the relative clause, says what is done with it
            first, last = predicate
        return not describes(words, first, last)

    def affirms(self, m: Mention, refused: frozenset[int]) -> bool:
        """Whether a mention, after the answer has rejected its idea, brings the idea back:
        it must apply it in a sentence of its own. Not in a sentence that rejects it
        (`refused`, by first word: "I wouldn't build drift monitoring beyond the service
        dashboards"), nor in a question or a heading, nor through a word another idea shares
        ("randomised" of a randomised A/B test is not a randomised holdout), nor in a clause
        that argues against it ("resampling just distorts the probabilities")."""
        s = self.sentence(m.first)
        if s.first in refused or s.heading or m.first < s.label_end:
            return False
        words = self.words
        after = words.before(s.last + 1) if s.last + 1 < len(words) else words.parts[-1]
        if "?" in after:
            return False
        if self.shared(m) or self.argues_against(m, _REASONS):
            return False  # "resampling just distorts the probabilities we need"
        if self._there_anyway(m, s) or self._taken_care_of(m, s):
            return False  # "ES already has a fuzzy match for typos": why not to build it
        if self._next_to(s, refused) and not self.proposes(m):
            # "There is a strong position effect in these logs. Correcting for it ... I'd
            # defer it.": the problem stated next to its remedy refused
            return False
        if self._next_to(s, refused) and self._belittles(s):
            return False  # "No IPW. Nobody buys boots because they were in slot 2."
        if self._just_does(m, s):
            return False  # "extra guardrails just create arguments"
        if self._revisited(m, s):
            return False  # "feed position is logged, and we can revisit if offline/online disagree"
        if self._faulted(m, s):
            return False  # "exploration costs conversion", "fusion is expensive to train"
        voiced = self._voiced.get(s.first)
        if voiced is None:
            voiced = self._voiced[s.first] = voiced_by_others(words, s.first, s.last)
        if voiced:
            return False  # "some argue for exploration slots": others' idea, reported
        if self._qualifies_another(m):
            return False  # "a switchback test by city": a detail of the test, no slicing
        if self._measured(m):
            return False  # "cache the top queries, 35% of traffic": no A/B test
        return self.reading(m) == APPLIED

    def _revisited(self, m: Mention, s: _Sentence) -> bool:
        """Whether the sentence goes on, after the mention, to put the matter off until later
        ("feed position is logged, and we can revisit if offline/online disagree", "..., to
        be reconsidered once we have logs"): "revisit" and a condition or a later time right
        after it ("revisit the thresholds monthly" keeps them), read at most _REVISIT_REACH
        words on. Not when the mention's own clause is ours ("we correct position bias with a
        position feature, and revisit it if the gains fade" adopts it)."""
        raw = self.words.words
        last = min(s.last, m.last + _REVISIT_REACH)
        if not any(
            raw[k].lower() in _REVISITING
            and any(raw[j].lower() in _REVISIT_WHEN for j in range(k + 1, min(last, k + 3) + 1))
            for k in range(m.last + 1, last + 1)
        ):
            return False
        first, _ = clause_around(self.words, m.first, m.last)
        # "we correct position bias ..., and revisit it if the gains fade": ours, adopted
        return not any(plain(raw[k]) in FIRST_PERSON for k in range(first, m.first))

    def _faulted(self, m: Mention, s: _Sentence) -> bool:
        """Whether the mention is the subject of a cost or a fault ("exploration costs
        conversion", "fusion is expensive to train and hard to explain", "the raters only
        see mail from opted-in users"): after a rejection, the case against the idea, not
        the idea brought back. The predicate follows the mention at once (a copula and at
        most one word before the fault: "is far too slow")."""
        raw = self.words.words
        k = m.last + 1
        if k > s.last or self.words.boundary_before(k):
            return False
        word = raw[k].lower()
        if word in _FAULTING:
            return True
        if word in _ADDING_COST:
            # "the cross-encoder adds latency", "it adds a lot of complexity" (reject15)
            return any(plain(raw[j]) in _ADDED_COSTS for j in range(k + 1, min(s.last, k + 4) + 1))
        if word == "only" and k + 1 <= s.last and plain(raw[k + 1]) not in _NOT_AFTER_JUST:
            return True  # "the raters only see mail from opted-in users"
        if word not in _FAULT_COPULAS:
            return False
        return any(raw[j].lower() in _FAULTS for j in range(k + 1, min(s.last, k + 2) + 1))

    def _qualifies_another(self, m: Mention) -> bool:
        """Whether the mention only qualifies another idea named right before it, through a
        preposition ("switchback test by city", "impression logs with feed position", "log
        loss per action head"): after a rejection, a detail of that other idea, not this one
        brought back. The other idea's mention ends at most _QUALIFIER_GAP words before the
        preposition, in the same clause; or "one <thing> per" stands before it ("one GBDT
        per action head": one of something else for each). Not a figure ("half the
        chargebacks are in by 30 days"): a mention that states one says something of its own
        idea."""
        raw, words = self.words.words, self.words
        first = m.first  # of the longer phrase of the idea that holds it: "per action head"
        by_first = self.by_first
        for i in range(
            bisect_left(self.firsts, m.first - _PHRASE_REACH), bisect_left(self.firsts, m.first)
        ):
            o = by_first[i]
            if o.owner == m.owner and o.last >= m.last:
                first = min(first, o.first)
        k = first if plain(raw[first]) in _QUALIFYING else first - 1
        if k < 1 or plain(raw[k]) not in _QUALIFYING or words.boundary_before(k):
            return False
        if k < first and words.boundary_before(first):
            return False
        if any(c.isdigit() for w in raw[first : m.last + 1] for c in w):
            return False  # a figure of the idea's own: "in by 30 days"
        if (
            raw[k].lower() == "per"
            and k >= 2
            and raw[k - 2].lower() == "one"
            and not words.boundary_before(k - 1)
        ):
            return True  # "one GBDT per action head": one of something else for each
        lo = bisect_left(self.firsts, k - _QUALIFIER_GAP - _PHRASE_REACH)
        hi = bisect_left(self.firsts, k)
        for i in range(lo, hi):
            o = by_first[i]
            if (
                o.owner != m.owner
                and o.owner < self.items
                and o.negation is None
                and k - _QUALIFIER_GAP <= o.last < k
                and not any(words.boundary_before(j) for j in range(o.last + 1, k + 1))
            ):
                return True
        return False

    def _just_does(self, m: Mention, s: _Sentence) -> bool:
        """Whether the mention is the subject of "just" and a verb ("downsampling just gives
        me a calibration problem", "extra guardrails just create arguments"): after a
        rejection, what the idea would merely do is the case against it, not the idea brought
        back. Not "just" before a preposition or an adverb of time ("retraining just for the
        new cities", "streaming just now"), where it means "only" or "right"."""
        k = m.last + 1
        if k + 1 > s.last:
            return False
        raw = self.words.words
        return raw[k].lower() == "just" and plain(raw[k + 1]) not in _NOT_AFTER_JUST

    def _measured(self, m: Mention) -> bool:
        """Whether the mention is the whole a quantity is taken of ("35% of traffic", "a lot
        of negatives", "for a slice of traffic"): its words measure how much of something
        another clause speaks of, they adopt nothing. The "of" may open the mention's own
        phrase or stand right before it; before the "of" stands a number, a share, or an
        amount a copula states ("is a lot of": "we do a lot of retraining" does it)."""
        raw, words = self.words.words, self.words
        k = m.first if raw[m.first].lower() == "of" and m.last > m.first else m.first - 1
        if (
            k < 1
            or raw[k].lower() != "of"
            or words.boundary_before(k)
            or (k < m.first and words.boundary_before(m.first))
        ):
            return False
        before = raw[k - 1].lower()
        if before in _SHARES or any(c.isdigit() for c in before):
            return True
        return before in _AMOUNTS and any(
            raw[j].lower() in _PREDICATE_COPULAS for j in range(max(0, k - 4), k - 1)
        )

    def _next_to(self, s: _Sentence, refused: frozenset[int]) -> bool:
        """Whether the sentence stands right before or right after one that rejects the
        idea, in the same paragraph; or after a short answer to it ("Checking each claim
        with an NLI model? No. The prompt forbids unsupported statements": reject15)."""
        starts, seps = self.starts, self.seps
        i = bisect_right(starts, s.first) - 1
        if i > 0 and starts[i - 1] in refused and "\n\n" not in seps[s.first]:
            return True
        if (
            i > 1
            and starts[i - 2] in refused
            and starts[i] - starts[i - 1] <= _SHORT_ANSWER_WORDS
            and "?" in seps[starts[i - 1]]
            and "\n\n" not in seps[s.first] + seps[starts[i - 1]]
        ):
            return True
        return (
            i + 1 < len(starts) and starts[i + 1] in refused and "\n\n" not in seps[starts[i + 1]]
        )

    def _belittles(self, s: _Sentence) -> bool:
        """Whether the sentence belittles what it speaks of ("nobody buys boots because of
        the slot", "nearest neighbours naturally put the exact item first"): next to a
        rejection, it argues for the rejection. ("Just" and "the only" do not: "No SMOTE.
        We just weight the positives 1:50" chooses within the idea.)"""
        raw = self.words.words
        last = min(s.last, s.first + _CLAUSE_REACH)
        for k in range(s.first, last + 1):
            word = raw[k].lower()
            if word in _BELITTLING:
                return True
            if k > s.first and (word, raw[k - 1].lower()) in _BELITTLING_PAIRS:
                return True  # "no one buys boots because of the slot"
        return False

    def _there_anyway(self, m: Mention, s: _Sentence) -> bool:
        """Whether the sentence says the rejected idea is there already or done anyway
        ("fuzzy matching handles the misspellings anyway", "ES already has a fuzzy match"):
        after a rejection that is the reason nothing is built, not the idea brought back.
        Looked for in its clause, at most _ANYWAY_REACH words either side: an aside
        ("the residual over the routing ETA (routing already knows roads)") is about
        something else. A sentence that ends on "anyway" says it of all it holds ("fuzzy
        matching handles a chunk of the misspellings, and the ranker gets the intent from
        the category features anyway"), up to _CLAUSE_REACH words after the mention."""
        raw, seps = self.words.words, self.seps
        if (
            raw[s.last].lower() in _ANYWAY
            and s.last - m.last <= _CLAUSE_REACH
            and not any(_ASIDE & set(seps[k]) for k in range(m.last + 1, s.last + 1))
        ):
            return True
        k = m.first - 1
        while k >= max(s.first, m.first - _ANYWAY_REACH) and not _ASIDE & set(seps[k + 1]):
            if raw[k].lower() in _ANYWAY:
                return True
            k -= 1
        k = m.last + 1
        while k <= min(s.last, m.last + _ANYWAY_REACH) and not _ASIDE & set(seps[k]):
            if raw[k].lower() in _ANYWAY:
                return True
            k += 1
        return False

    def _taken_care_of(self, m: Mention, s: _Sentence) -> bool:
        """Whether the mention is what something else takes care of ("the monthly retrain
        takes care of drift", "the daily retrain absorbs drift"): after a rejection, the
        reason nothing is built for it. Looked for a few words before it in its clause."""
        raw, words = self.words.words, self.words
        k = m.first - 1
        while k >= max(s.first, m.first - _CARE_REACH):
            word = raw[k].lower()
            if word in _HANDLING or (
                word == "of"
                and k >= 2
                and raw[k - 1].lower() == "care"
                and raw[k - 2].lower() in _TAKING
            ):
                return True
            if words.boundary_before(k):
                break
            k -= 1
        return False

    def shared(self, m: Mention, wider: bool = False) -> bool:
        """Whether the mention's words are those of another idea the sentence names in full:
        the sentence is about that idea ("an A/B test randomised by user" is about the A/B
        test, not a randomised holdout).

        With `wider`, another idea's shorter phrase inside the mention counts only when it is
        the mention's head, its last word: "no calibration plots" refuses checking
        calibration (its phrase "calibration plots") though calibrating the model goes by
        "calibration", while "I wouldn't run long-term holdouts" is about holdouts, which
        another idea may go by too."""
        s = self.sentence(m.first)
        groups = self._groups_in(s)
        lo = bisect_left(self.firsts, m.first - _PHRASE_REACH)
        hi = bisect_right(self.firsts, m.last)
        return any(
            o.owner != m.owner
            and o.owner < self.items
            and o.first <= m.last
            and m.first <= o.last
            and len(groups.get(o.owner, ())) == self.groups[o.owner]
            and (
                not wider
                or (o.first <= m.first and m.last <= o.last)
                or (o.last == m.last and not self._prefixed(m.first, o.first))
            )
            for o in self.by_first[lo:hi]
        )

    def _prefixed(self, first: int, head: int) -> bool:
        """Whether the words from `first` up to `head` are a prefix hyphenated onto it, one
        word as written: "re-calibration" is no "calibration" another idea goes by."""
        seps = self.seps
        return first < head and all(seps[k].strip() == "-" for k in range(first + 1, head + 1))

    def _groups_in(self, s: _Sentence) -> dict[int, set[int]]:
        """The phrase groups each owner has in a sentence: worked out once per sentence."""
        found = self._sentence_groups.get(s.first)
        if found is None:
            found = self._sentence_groups[s.first] = {}
            for o in self._mentions_in(s.first, s.last):
                found.setdefault(o.owner, set()).add(o.group)
        return found

    def _tentative(self, first: int, m: Mention) -> bool:
        """Whether the clause of a mention floats an option rather than choosing it, before
        the mention: "maybe", "perhaps", "we could also", "might want to" ("T-learner first,
        later maybe X-learner" still chooses the T-learner)."""
        raw, words = self.words.words, self.words
        k = m.first
        while k > first and m.first - k < _TENTATIVE_REACH and not words.boundary_before(k):
            k -= 1
        for j in range(k, m.first):
            word = raw[j].lower()
            if word in _TENTATIVE:
                return True
            if word in _TENTATIVE_MODALS and raw[j + 1].lower() in _TENTATIVE_NEXT:
                return True
        return False

    def _only_examples(self, first: int, last: int) -> bool:
        """Whether every proper name in words first..last (the ones `_read` counts) follows
        "such as", "like", "e.g." or "including" within _EXAMPLE_REACH words of its clause:
        names given as examples of a kind, none of them chosen. Worked out once per stretch."""
        found = self._examples.get((first, last))
        if found is None:
            found = self._examples[first, last] = self._find_examples(first, last)
        return found

    def _find_examples(self, first: int, last: int) -> bool:
        names, _ = self._names(first, last)
        raw, bits, words = self.words.words, self.bits, self.words
        found = False
        for k in range(first + 1, last + 1):
            if not bits[k] & _CAPITAL or k in names or k in self.start_set:
                continue
            if stem(raw[k]) in self.topic:
                continue
            j = k - 1
            while j >= first and k - j <= _EXAMPLE_REACH and not words.sentence_break_before(j + 1):
                word = raw[j].lower()
                if word in _EXAMPLE_CUES or (
                    word == "as" and j > first and raw[j - 1].lower() == "such"
                ):
                    break
                j -= 1
            else:
                return False
            if j < first or k - j > _EXAMPLE_REACH:
                return False
            found = True
        return found

    def _drowned(self, first: int, last: int, m: Mention) -> bool:
        """Proper names drowned by vague words (two at least): "approaches like DeepAR or
        N-BEATS can be explored to capture complex temporal patterns"."""
        plain = self._without_names(first, last)
        return plain.vague >= 2 and plain.buzz(m)

    def argues_against(
        self, m: Mention, bounds: frozenset[str] = frozenset(), own: Container[int] = ()
    ) -> bool:
        """Whether the clause around a mention argues against what it names ("a random split
        would leak, so split by time", "accuracy is misleading here"): a red flag fires only
        when an answer makes the mistake, never when it warns about it. `bounds` are more
        words that end the clause ("because": a reason is about something else). `own` are
        words that state the same thing as the mention (a red flag's other phrases): a word
        of criticism among them is part of the claim, not a verdict on it ("untapped
        completions count as bad suggestions", "we mark the pair as wrong")."""
        # The sentence's bounds only (`sentence_start`, `sentence_end`, from one bisection):
        # its shape (a label, a heading) is not read here.
        starts = self.starts
        i = bisect_right(starts, m.first)
        s_first, s_last = starts[i - 1], starts[i] - 1 if i < len(starts) else len(self.words) - 1
        if self._hypothetical(m, s_first, s_last):
            return True
        critical = self._critical
        if critical is None:
            critical = self._critical = self._criticism()
        if bisect_left(critical, s_first) == bisect_right(critical, s_last):
            return False  # no word of criticism in the sentence: the usual case
        # A clause reaches at most _CLAUSE_REACH words either side: reading stays linear in
        # the answer's length however long a sentence runs.
        first = max(s_first, m.first - _CLAUSE_REACH)
        last = min(s_last, m.last + _CLAUSE_REACH)
        seps = self.seps
        stops = _CONTRASTS | bounds
        for k in range(m.first, first, -1):  # back to the clause start
            if ";" in seps[k] or self.words.words[k - 1].lower() in stops:
                first = k
                break
        words = self.words.words
        for k in range(m.last + 1, last + 1):
            if k > last:
                break
            if ";" not in seps[k] and self._concessive_aside(k, last):
                continue  # "X, however tempting, would blow the budget" goes on about X
            if ";" in seps[k] or words[k].lower() in stops:
                if not self._predicate_goes_on(m.last, k, last):
                    last = k - 1
                    break
                last = min(last, k + _SECOND_PREDICATE)  # "but a poor proxy", no further
        condition = self._condition_before(first, m.first)
        return any(
            not (m.first <= k <= m.last)  # the mistake's own words: "the request just fails"
            and k not in own
            and not (  # "broken down by", but "blows up on zero-sale days" still judges
                k + 1 <= last
                and words[k + 1].lower() in _PARTICLES
                and words[k].lower() not in _BLOWING
            )
            and not (  # "decline the risky ones", but "it is the wrong one" judges
                k > first
                and words[k - 1].lower() in _DEFINITE
                and not (k - 2 >= first and words[k - 2].lower() in _PREDICATE_COPULAS)
            )
            and not (condition[0] <= k < condition[1])  # "if the model fails, we ..."
            and not _the_failure_handled(words, k, first)
            and not _what_is_recognised(words, k, m.last)
            and not (k > s_first and words[k][:1].isupper())  # a name: "the old Naive Bayes"
            for k in critical[bisect_left(critical, first) : bisect_right(critical, last)]
        )

    def _concessive_aside(self, k: int, last: int) -> bool:
        """Whether word k opens a short concessive aside set off by commas ("however
        tempting", "however convenient"), after which the sentence goes on with the same
        subject: no turn to another clause."""
        words = self.words.words
        if words[k].lower() != "however" or "," not in self.seps[k]:
            return False
        for j in range(k + 2, min(last, k + _ASIDE_REACH) + 1):
            if "," in self.seps[j]:
                return words[j].lower() not in _NEW_SUBJECT
            if self.words.boundary_before(j):
                return False
        return False

    # -- flags16: readings of criticism around a red flag's words ---------------------------
    def _predicate_goes_on(self, after: int, but: int, last: int) -> bool:
        """Whether a "but" at word `but` joins a second predicate to the subject the mention
        (ending at word `after`) is part of, rather than opening a clause of its own: "clicks
        are easy to optimise but a poor proxy" says both of clicks; "clicks are cheap, but we
        optimise them anyway" does not. A form of "be" must stand between the two, and the
        word after "but" must not open a subject."""
        raw = self.words.words
        if raw[but].lower() != "but" or but + 1 > last:
            return False
        if plain(raw[but + 1]) in _NEW_SUBJECT:
            return False
        return any(plain(raw[k]) in _PREDICATE_COPULAS for k in range(after + 1, but))

    def criticises(self, first: int, last: int) -> bool:
        """Whether a word of criticism stands among words first..last ("Common mistakes:",
        "Traps to avoid:")."""
        critical = self._critical
        if critical is None:
            critical = self._critical = self._criticism()
        return bisect_left(critical, first) < bisect_right(critical, last)

    def judged_next(self, k: int) -> bool:
        """Whether the clause that starts at word k is a verdict on the one before it: it
        opens with "that's", "it's", "this is" or "which is" and holds a word of criticism
        within a few words ("Many teams report accuracy; at 0.1% fraud that's a trap" is
        read from "that's"; a short lead-in such as "at 0.1% fraud" may come first)."""
        raw = self.words.words
        last = self.sentence(k).last if k < len(raw) else -1
        end = min(last, k + _VERDICT_WORDS)
        critical = self._critical
        if critical is None:
            critical = self._critical = self._criticism()
        for j in range(k, end):
            word = plain(raw[j])
            pair = (word, raw[j + 1].lower())
            if word in _VERDICT_OPENERS or pair in _VERDICT_OPENER_PAIRS:
                stop = min(last, j + _VERDICT_WORDS)
                for c in range(j + 1, stop + 1):
                    if self.words.boundary_before(c):
                        stop = c - 1  # the verdict's own clause: "it's simple, and wrong ..."
                        break
                lo = bisect_left(critical, j + 1)
                return lo < len(critical) and critical[lo] <= stop
        return False

    def _condition_before(self, first: int, mention: int) -> tuple[int, int]:
        """The words (from, to) of a condition that opens the clause and ends before the
        mention ("if the model fails, we return an error", "when retrieval fails we fall back
        to BM25"): criticism there describes the case, not the choice after it. (0, 0) when
        there is none."""
        raw, words = self.words.words, self.words
        for j in range(first, mention):
            if raw[j].lower() not in _CONDITION_OPENERS:
                continue
            for c in range(j + 2, mention + 1):
                if words.boundary_before(c) or (plain(raw[c]) in _MAIN_SUBJECTS):
                    return (j, c)
            return (0, 0)
        return (0, 0)

    def lead_in(self, first: int) -> int | None:
        """The sentence (by first word) that introduces the list holding the sentence that
        starts at `first`, if it is in one: a line ending in a colon ("Features I'd add:"),
        whose words are said of every item of the list below it ("- the ad's CTR over the
        full day" is a feature). The list ends at a blank line or a line that is not an item
        of it ("Label: ..."). None for a sentence in no such list."""
        bodies, ends_at = self._list_bounds()
        i = bisect_right(bodies, first) - 1
        if i < 0:
            return None
        body = bodies[i]
        if first > body and bisect_right(ends_at, first) > bisect_right(ends_at, body):
            return None  # the list ended between its start and this sentence
        return self.sentence_start(body - 1)

    def lead_lines(self) -> set[int]:
        """Every sentence `lead_in` may give (by first word): the one before each list."""
        return set(map(self.sentence_start, map((-1).__add__, self._list_bounds()[0])))

    def _list_bounds(self) -> tuple[list[int], list[int]]:
        """Where the lists introduced by a line ending in a colon start, and the lines that
        end a list (`lead_in`), found once."""
        lists = self._lists
        if lists is None:
            kinds = self._kinds
            colon = {sep for sep in kinds if "\n" in sep and ":" in sep.split("\n")[0]}
            ends = {
                sep
                for sep in kinds
                if "\n" in sep and (sep.count("\n") >= 2 or not _BULLET.search(sep))
            }
            lists = self._lists = (
                self._after(colon),
                [
                    k
                    for k in self._after(ends)
                    if self.seps[k].count("\n") >= 2 or not self._line_start_enumerator(k)
                ],
            )
        return lists

    def _hypothetical(self, m: Mention, first: int, last: int) -> bool:
        """Whether the mention sits in an "if you ..." clause ("if you use today's graph the
        count includes the edge you predict"), or an "if we ..." clause whose sentence (words
        first..last) goes on to what would follow ("if we optimise opens we will send more
        and more"): a warning about the choice, not the choice."""
        ifs = self._ifs
        if ifs is None:
            ifs = self._ifs = self._rare_words(_IF)
        i = bisect_left(ifs, m.first)
        if not i or ifs[i - 1] < max(first, m.first - _IF_REACH):
            return False  # no "if" within reach before the mention: most mentions
        raw, seps = self.words.words, self.seps
        k = m.first - 1
        while k >= first and m.first - k <= _IF_REACH:
            if "," in seps[k + 1] or ";" in seps[k + 1]:
                return False
            if raw[k].lower() == "if" and k + 1 <= last:
                subject = raw[k + 1].lower()
                if subject in ("you", "anyone", "one", "someone"):
                    return True
                if subject in ("we", "i"):
                    return any(plain(raw[j]) in _CONSEQUENCES for j in range(m.last + 1, last + 1))
                return False
            k -= 1
        return False

    def _criticism(self) -> list[int]:
        """Where words of criticism stand, by their stems as written (a typo read as a rubric
        word is not read as criticism). Nor "naive" naming a method ("seasonal naive",
        "naive Bayes", "a naive baseline"): no judgement of anything."""
        found = self._rare_words(_CRITICAL)
        raw = self.words.words
        return [k for k in found if not _names_a_method(raw, k)]

    def _rare_words(self, kinds: int = 0) -> list[int]:
        """Where the rare kinds of word stand (criticism, "be", vague words, "other", list
        words: about a tenth of the words), picked out in C in one pass per answer for all of
        them (each pass over every word costs as much as the next); `kinds` picks some of
        them out of those."""
        if self._rare is None:
            bits = self.bits
            self._rare = list(compress(range(len(bits)), map(and_, bits, repeat(_RARE))))
        if not kinds:
            return self._rare
        of_kind = map(and_, map(self.bits.__getitem__, self._rare), repeat(kinds))
        return list(compress(self._rare, of_kind))

    # -- labels ----------------------------------------------------------------------------
    def _label(self, m: Mention, s: _Sentence) -> Reading:
        """A label counts as the note it heads says, unless the note takes the idea back."""
        first, last = self._label_body(s)
        if first > last:
            return NAMED
        for other in self.negated:
            if other.owner == m.owner and first <= other.first <= last:
                return LABEL
        verdict = self.cues.get(first)
        if verdict is not None and verdict.trigger in POST_CUES:
            return LABEL  # "Personalisation: overrated here", "Opt-out: not needed for v1"
        return self._sentence_reading(s, first, last, m)

    def _bracket_end(self, k: int, last: int) -> int | None:
        """For a bracket opening before word k: the word after the one that closes it, within
        _BRACKET_WORDS words and the sentence (None if it does not close there)."""
        words = self.words
        for j in range(k + 1, min(last + 1, k + _BRACKET_WORDS)):
            if ")" in words.before(j):
                return j
            if "(" in words.before(j):
                return None
        return None

    def _label_body(self, s: _Sentence) -> tuple[int, int]:
        """The note a label heads: the rest of its line, or, for a label alone on its line,
        the lines below it up to a blank line (at most _MAX_LABEL_BODY_WORDS words)."""
        body = self._bodies.get(s.first)
        if body is None:
            body = self._bodies[s.first] = self._find_label_body(s)
        return body

    def _find_label_body(self, s: _Sentence) -> tuple[int, int]:
        words, n = self.words, len(self.words)
        first = s.last + 1 if s.heading else s.label_end
        same_line = first <= s.last or (first < n and "\n" not in words.before(first))
        last = first - 1
        seps = self.seps
        while last + 1 < n and last + 1 - first < _MAX_LABEL_BODY_WORDS:
            before = seps[last + 1]
            if last + 1 > first and ("\n" in before if same_line else before.count("\n") >= 2):
                break
            last += 1
        return first, last

    # -- what a stretch of words says --------------------------------------------------------
    def _says(self, first: int, last: int, context: tuple[int, int] | None = None) -> _Says:
        """What words first..last say besides naming ideas. Ideas are the ones named in full
        within `context` (default: the same words): a list element is read with the names of
        its whole list."""
        key = (first, last, context)
        says = self._said.get(key)
        if says is None:
            says = self._said[key] = self._read(first, last, context or (first, last))
        return says

    def _without_names(self, first: int, last: int) -> _Says:
        """What words first..last say when proper names say nothing of themselves: read once
        per sentence, for every mention in it."""
        says = self._plain.get((first, last))
        if says is None:
            says = self._plain[first, last] = self._read(first, last, (first, last), False)
        return says

    def _read(
        self, first: int, last: int, context: tuple[int, int], proper_names: bool = True
    ) -> _Says:
        """What words first..last say; with `proper_names` false, a proper name says nothing
        of itself: what is left shows whether vague words drown the names."""
        names, ideas = self._names(*context)
        i = bisect_right(self.arrows, first)
        if (
            i < len(self.arrows)
            and self.arrows[i] <= last
            and not self._chain_of_names(first, last, names)
        ):
            return _FIGURE  # "pos rate 0.2% -> v imbalanced": a consequence
        bits = self.bits[first : last + 1]
        every = reduce(or_, bits, 0)  # what kinds of word there are at all, in one C call
        weak = bool(every & _SPECIFIC_WORD)  # "retrain weekly", "GBDT instead of a deep net"

        if every & _NUMBER_NAME and self._ratio(first, last):
            return _FIGURE  # "one in five removals is overturned"
        if every & (_DIGIT | _CUE | _CAPITAL):
            for k in range(first, last + 1):
                b = bits[k - first]
                if b & _DIGIT and self._figure(k):
                    return _FIGURE  # a figure
                if b & _CUE and k in self.cues and k not in names:
                    weak = True  # "PR-AUC, not accuracy": one thing chosen over another
                if (
                    proper_names
                    and b & _CAPITAL
                    and k > first
                    and k not in names
                    and k not in self.start_set
                    and stem(self.words.words[k]) not in self.topic
                ):
                    return _STRONG  # a proper name or an acronym: "Kafka", "LightGBM"
        content: tuple[int, ...] = ()
        if every & _CONTENT:
            raw, topic = self.words.words, self.topic
            content = tuple(
                k
                for k in range(first, last + 1)
                if bits[k - first] & _CONTENT
                and k not in names
                and stem(raw[k]) not in topic
                and (proper_names or not bits[k - first] & _CAPITAL)
            )
        vague = 0
        if every & _VAGUE:
            # A vague word that a time or a number makes specific is not vague: "every Sunday".
            vague = sum(
                1
                for k in range(first, last + 1)
                if bits[k - first] & _VAGUE
                and k not in names
                and not (k < last and bits[k + 1 - first] & (_SPECIFIC_WORD | _DIGIT))
            )
        if every & _CLAIM:
            vague += self._plans(first, last)
        if every & _OTHER:
            vague += sum(
                1
                for k in range(max(first, 1), last + 1)
                if bits[k - first] & _OTHER and bits[k - 1 - first] & _LIST_WORD
            )
        return _Says(False, False, weak, content, vague, bool(every & _CLAIM), ideas)

    def _specific_in_clause(self, first: int, last: int, m: Mention) -> bool:
        """Whether the time, choice or contrast that makes words first..last specific stands
        in the mention's own clause and is not only how big the system is: "abuse detection
        will protect members from spam, and privacy by design ensures that no signal is
        exposed" says nothing specific of abuse detection."""
        a, b = self._clause_of(first, last, m)
        return self._says(a, b, (first, last)).weak and not self._only_magnitudes(a, b)

    def _clause_of(self, first: int, last: int, m: Mention) -> tuple[int, int]:
        """The clause of words first..last that holds a mention: bounded by a semicolon, a
        colon or a dash, or by a comma before a word that joins another clause (", and
        privacy ensures ...", ", while latency ..."); a phrase set off by commas ("a layer
        built on Kafka, refreshed hourly, feeds ...") stays in it."""
        words, raw = self.words, self.words.words

        def bounds(k: int) -> bool:  # a clause starts at word k
            sep = words.before(k)
            return bool(_CLAUSE_MARKS.intersection(sep)) or (
                "," in sep and raw[k].lower() in _CLAUSE_JOINERS
            )

        # No further than _CLAUSE_REACH words either way: reading stays linear however long
        # a sentence runs.
        a = m.first
        while a > first and m.first - a < _CLAUSE_REACH and not bounds(a):
            a -= 1
        b = m.last
        while b < last and b - m.last < _CLAUSE_REACH and not bounds(b + 1):
            b += 1
        return a, b

    def _draws_consequence(self, first: int, last: int) -> bool:
        """Whether words first..last give a reason or draw a consequence ("because", "since",
        "unless", "so we aren't limited to ..."): what a sentence of boilerplate needs besides
        its many words to apply an idea. A purpose ("so that shoppers can discover what they
        love") is an aim, not a consequence: the "so" of "so that" does not count. Worked out
        once per stretch, however many mentions ask."""
        found = self._consequences.get((first, last))
        if found is None:
            found = self._consequences[first, last] = self._find_consequence(first, last)
        return found

    def _find_consequence(self, first: int, last: int) -> bool:
        raw = self.words.words
        for k in range(first, last + 1):
            word = raw[k].lower()
            if word in _CONSEQUENCE_LINKS:
                return True
            if word == "so" and not (k < last and raw[k + 1].lower() == "that"):
                return True
        return False

    def _ratio(self, first: int, last: int) -> bool:
        """Whether words first..last hold a ratio in words ("one in five", "one in a
        thousand", "three out of ten"): a figure as much as "20%" is."""
        raw, bits = self.words.words, self.bits
        for k in range(first, last - 1):
            if not bits[k] & _NUMBER_NAME:
                continue
            j = k + 1
            if raw[j].lower() == "out" and j < last and raw[j + 1].lower() == "of":
                j += 1
            elif raw[j].lower() != "in":
                continue
            j += 1
            if j < last and raw[j].lower() == "a":
                j += 1
            if j <= last and bits[j] & _NUMBER_NAME:
                return True
        return False

    def _one_choice(self, first: int, last: int, m: Mention) -> bool:
        """Whether a note of an answer written as lists of names states one choice of its own:
        not a list (no comma or semicolon outside brackets), with something specific besides
        the names outside its brackets ("Fallback: formula ETA", "Retraining daily", "GBDT on
        metadata + text score"); "Time-based split", "Uplift modeling (causal ML)" and
        "Kafka -> Flink -> feature store" only name theirs, "Noisy labels: friendly fraud,
        unreported fraud" lists examples. A label's note that is one other idea named in
        full says which one serves: "Fallback: formula ETA" (the fallback is the formula)."""
        parts = self._parts.get((first, last))
        if parts is None:
            parts = self._parts[first, last] = self._outside_brackets(first, last)
        listed, segments = parts
        if listed is None:
            return False  # a chain of names (one that draws a consequence is a figure)
        if listed:
            # A list states a choice only with how often or a contrast: "Retraining daily,
            # embeddings refresh", not "Noisy labels: friendly fraud, unreported fraud".
            return any(
                self._says(a, b, (first, last)).weak and self._how_often(a, b) for a, b in segments
            )
        if any(self._says(a, b, (first, last)).something(m) for a, b in segments):
            return True
        # A label whose note is one other idea, named in full, says which: not only that there
        # is a fallback, but that it is the formula.
        return m.last < first and len(segments) == 1 and self._other_ideas(first, last, m) == 1

    def _other_ideas(self, first: int, last: int, m: Mention) -> int:
        """How many items other than m's are named in full in words first..last."""
        found: dict[int, set[int]] = {}
        for other in self._mentions_in(first, last):
            if other.owner != m.owner and other.owner < self.items and other.negation is None:
                found.setdefault(other.owner, set()).add(other.group)
        return sum(len(groups) == self.groups[o] for o, groups in found.items())

    def _outside_brackets(self, first: int, last: int) -> tuple[bool | None, list[tuple[int, int]]]:
        """Whether words first..last are a list (a comma or a semicolon outside brackets;
        None for an arrow in them), and their stretches outside brackets."""
        a = bisect_right(self.arrows, first)
        if a < len(self.arrows) and self.arrows[a] <= last:
            return None, []
        seps = self.seps
        depth = 0
        start = first
        listed = False
        segments: list[tuple[int, int]] = []
        for k in range(first, last + 2):
            sep = seps[k] if k <= last else ""
            if first < k <= last and depth == 0 and (";" in sep or "," in sep):
                listed = True
            opens, closes = sep.count("("), sep.count(")")
            if k > first and (opens or closes or k > last):
                if depth == 0 and start < k:
                    segments.append((start, k - 1))
                depth = max(0, depth + opens - closes)
                start = k
            elif k > first and depth > 0:
                start = k + 1
        return listed, segments

    def _how_often(self, first: int, last: int) -> bool:
        """Whether words first..last say how often ("daily", "hourly") or set one thing
        against another ("not", "instead"): a choice even in a list. A time as a noun is
        more often a feature's name ("time of day", "hour of week")."""
        raw, span = self.words.words, range(first, last + 1)
        keys = self.words.keys[first : last + 1]
        # Each kind is looked for in C across the words (`listiness` asks of every note).
        return (
            any(map(CHOICE_WORDS.__contains__, keys))
            or any(map(self.cues.__contains__, span))
            or any(
                raw[k].lower().endswith("ly")
                for k in compress(span, map(TIME_WORDS.__contains__, keys))
            )
        )

    def _only_magnitudes(self, first: int, last: int) -> bool:
        """Whether the only specific words of words first..last are magnitudes in the plural
        ("hundreds of millions of images", "tens of thousands of employees"): in boilerplate
        they say the system is big, not what it must do about it. A rate of them says no more
        ("hundreds of millions of posts every day"), nor does "from day one" (from the start).
        Bounded like a clause."""
        raw, bits = self.words.words, self.bits
        found = False
        for k in range(first, min(last, first + _MAGNITUDE_REACH) + 1):
            if bits[k] & _SPECIFIC_WORD or k in self.cues:
                if self._day_one(k):
                    found = True
                    continue
                if self._rate(k):
                    continue  # beside magnitudes only: "retrain every day" is a schedule
                if raw[k].lower() not in _MAGNITUDES:
                    return False
                found = True
        return found

    def _rate(self, k: int) -> bool:
        """Whether word k is the time of a rate: "per second", "every day", "a day"."""
        raw = self.words.words
        return (
            k > 0
            and self.words.keys[k] in TIME_WORDS
            and raw[k - 1].lower() in _RATE_WORDS
            and not self.words.boundary_before(k)
        )

    def _day_one(self, k: int) -> bool:
        """Whether word k is the time of "day one" / "day zero" / "day 1": the start of
        something, not a schedule."""
        words = self.words
        return (
            words.keys[k] in TIME_WORDS
            and k + 1 < len(words)
            and words.words[k + 1].lower() in _FIRST_DAYS
            and not words.boundary_before(k + 1)
        )

    def _menu(self, first: int, last: int) -> bool:
        """Whether words first..last are only a menu of alternatives, names or times set side
        by side with "/" or "or" and nothing said of any ("SMOTE / class weights /
        undersampling", "weekly / monthly"): the options named, none chosen. One with a word
        of its own is a choice ("LightGBM / XGBoost per leg"), as is a figure or a contrast.
        Worked out once per stretch: every mention of a sentence asks."""
        found = self._menus.get((first, last))
        if found is None:
            found = self._menus[first, last] = self._find_menu(first, last)
        return found

    def _find_menu(self, first: int, last: int) -> bool:
        seps, keys, bits = self.seps, self.words.keys, self.bits
        alternatives = 0
        for k in range(first + 1, last + 1):
            if k in self.inside:
                continue
            if _LIST_SEPARATOR.search(seps[k]) and "/" not in seps[k]:
                return False  # a list ("send now, hold, or drop"): the set used, not a menu
            alternatives += "/" in seps[k] or keys[k] == "or"
        if not alternatives:
            return False
        names, _ = self._names(first, last)
        pieces = self._pieces(first, last, _MENU_BREAK)
        for piece in pieces:
            if not piece or sum(keys[j] not in ARTICLES for j in piece) > _MAX_NAME_WORDS:
                return False
            for j in piece:
                b = bits[j]
                if b & (_CLAIM | _CONNECTIVE | _CUE | _DIGIT) or keys[j] in CHOICE_WORDS:
                    return False
                if (
                    b & _CONTENT
                    and not b & _CAPITAL
                    and j not in names
                    and keys[j] not in TIME_WORDS
                ):
                    return False
        return True

    def _chain_of_names(self, first: int, last: int, names: set[int]) -> bool:
        """Whether words first..last are names joined by arrows and list separators, each a
        few words with one content word at most besides the names of ideas and proper names:
        "Shadow mode -> A/B test -> champion / challenger", "Kafka -> Flink -> feature
        store". A stage list names its stages; it draws no consequence ("pos rate 0.2% -> v
        imbalanced", "timeout -> serve cached rows", "-> own heads": a figure, a phrase of
        its own)."""
        bits, arrows = self.bits, self.arrow_set
        for piece in self._pieces(first, last, _CHAIN_BREAK):
            if sum(self.words.keys[j] not in ARTICLES for j in piece) > _MAX_NAME_WORDS:
                return False
            content = named = 0
            for j in piece:
                b = bits[j]
                if b & (_CLAIM | _CONNECTIVE | _CUE) or (b & _DIGIT and self._bare_figure(j)):
                    return False
                if b & _CAPITAL or j in names:
                    named += 1
                elif b & _CONTENT:
                    content += 1
            if not piece or content > 1 or (content and not named and piece[0] in arrows):
                return False  # "-> own heads": a phrase of its own
        return True

    def _pieces(self, first: int, last: int, breaks: re.Pattern[str]) -> list[list[int]]:
        """Words first..last split where a separator matches `breaks` or at "or" (and, for
        a chain, "and", "plus"), never inside a phrase; the list words themselves dropped."""
        seps, keys = self.seps, self.words.keys
        words = _LIST_WORDS if breaks is _CHAIN_BREAK else _OR
        pieces: list[list[int]] = [[]]
        for k in range(first, last + 1):
            if k > first and k not in self.inside:
                if keys[k] in words or breaks.search(seps[k]):
                    pieces.append([])
                if keys[k] in words:
                    continue
            pieces[-1].append(k)
        return pieces

    def _plans(self, first: int, last: int) -> int:
        """How many times "will be ...ed" stands in words first..last: a plan with nobody
        doing it ("imbalance will be handled", "the model will be validated") is vague."""
        plans = self._plan_words
        if plans is None:
            # Found once per answer: the "be" of every "will be ...ed" in it.
            raw, n, bits = self.words.words, len(self.words), self.bits
            plans = self._plan_words = [
                k
                for k in self._rare_words(_BE)
                if bits[k] & _BE
                and 0 < k < n - 1
                and raw[k - 1].lower() in ("will", "shall", "can", "should", "must")
                and raw[k + 1].lower().endswith("ed")
            ]
        return bisect_left(plans, last) - bisect_left(plans, max(first, 1))

    def _figure(self, k: int) -> bool:
        """Whether the digits at word k are a figure: not a list number ("1. Monitoring"),
        nor, in an answer written as lists of names, part of a name ("F1", "TC40", "p99",
        "L2", "3DS"), which says no more than the name does ("Precision, recall, F1" is a
        list of names). Elsewhere such a name keeps a note a figure as it always has: "BM25
        and field-level match, ..." heads a list of features that says what they are. (A
        figure in brackets is a figure: "Class imbalance (~0.1%)" commits to a number.)"""
        if self._enumerator(k):
            return False
        return not ((self.keyword_style or self.boilerplate) and self._in_name(k))

    def _in_name(self, k: int) -> bool:
        """Whether the digits at word k are part of a name: "F1", "TC40", "p99", "3DS"."""
        words = self.words
        if k > 0 and words.before(k) == "" and words.words[k - 1][0].isalpha():
            return True  # letters then digits: "F1", "TC40", "p99", "v2"
        if k + 1 < len(words) and words.before(k + 1) == "":
            unit = words.words[k + 1]
            return len(unit) >= 2 and unit.isupper()  # "3DS", "2FA"; not "24h", "5ms"
        return False

    def _enumerator(self, k: int) -> bool:
        """ "1. Monitoring" / "2) Retraining": a list number, not a figure."""
        words = self.words
        before = words.before(k)
        at_line_start = "\n" in before or k == 0
        return at_line_start and _ENUMERATOR_AFTER.match(words.before(k + 1)) is not None

    def _names(self, first: int, last: int) -> tuple[set[int], int]:
        """The words in first..last that name rubric ideas, and how many items are named.

        An idea is named there when all of its phrase groups are ("drift monitoring"); a
        lone group of a longer idea ("weeks" of "labels arrive weeks late") is ordinary
        content.
        """
        cached = self._named.get((first, last))
        if cached is None:
            cached = self._named[first, last] = self._find_names(first, last)
        return cached

    def _find_names(self, first: int, last: int) -> tuple[set[int], int]:
        found: dict[int, list[Mention]] = {}
        for m in self._mentions_in(first, last):
            found.setdefault(m.owner, []).append(m)
        names: set[int] = set()
        ideas = 0
        for o, ms in found.items():
            if len({m.group for m in ms}) == self.groups[o]:
                for m in ms:
                    names.update(range(m.first, m.last + 1))
                ideas += o < self.items
        return names, ideas

    def _mentions_in(self, first: int, last: int) -> list[Mention]:
        lo = bisect_left(self.firsts, first)
        hi = bisect_right(self.firsts, last)
        return [m for m in self.by_first[lo:hi] if m.last <= last]

    @property
    def keyword_style(self) -> bool:
        """Whether the answer is written as lists of names: most of its notes that mention
        an idea are bare lists or fragments, with no figure and no verb (proper names are
        names here: "BERT / XLM-R, CLIP, ViT"). There a short list of one idea ("text,
        images, video, OCR") names it too. Worked out once per answer; content words are counted
        only in the short notes that are not sentences, and a note that says how often or sets
        one thing against another ("new listings indexed hourly", "retrain weekly") commits
        as a figure does: terse notes of choices are not a list of names (a file's title
        line, which is not graded, once held such sections under the line only by counting
        among their notes)."""
        if self.keyword_answer:
            return True
        if self._keyword_style is None:
            _, _, bare_at_most, sentences = self.bare_bounds()
            if bare_at_most + 1 <= _KEYWORD_STYLE_SHARE * (bare_at_most + sentences):
                # Too few notes may be bare even were all but the sentences: not read. (A
                # margin of one note, so the count's float comparison could not differ.)
                self._keyword_style = False
            else:
                listy, _, total = self.listiness(whole=False)
                self._keyword_style = total >= 3 and listy >= _KEYWORD_STYLE_SHARE * total
        return self._keyword_style

    def listiness(self, whole: bool = True) -> tuple[int, int, int]:
        """How many of the notes that mention an idea are bare lists or fragments, how many
        have a figure, and how many such notes there are (a long list on one line weighs as
        several notes).

        `whole` reads the notes as the caller does for a whole answer (`grade.py`): headings
        are titles, not notes; an arrow joins names as a comma does ("Kafka -> Flink ->
        feature store"); a figure in brackets after a name annotates it ("Class imbalance
        (~0.1%)") and a name's digits are no figure ("F1", "TC40"). One section alone is
        read without these, as it was first tuned, but with how often or a contrast for a
        figure (see `keyword_style`): the whole answer weighs bare notes against its figures
        already, and a list of names gives its schedules too ("Retraining: weekly + drift
        monitoring"), so there it would only let lists of names through. Both readings are
        made in one pass over the notes, when either is first asked for (`grade.py` asks one,
        `keyword_style` the other)."""
        return self._notes()[0 if whole else 1].counts(self._whole_figure)

    def bare_notes(self) -> tuple[int, int]:
        """`listiness()` but the notes with a figure: how many notes that mention an idea are
        bare, and how many there are. Whether a sentence has a figure is read only when
        those are asked for (`grade.py` asks only of an answer with enough bare notes)."""
        whole = self._notes()[0]
        return whole.listy, whole.total

    def _notes(self) -> tuple[_Listiness, _Listiness]:
        if self._listiness is None:
            self._listiness = self._read_listiness()
        return self._listiness

    def _read_listiness(self) -> tuple[_Listiness, _Listiness]:
        """`listiness` of the whole answer and of one section alone, in one pass."""
        notes = self._note_shapes()
        whole, alone = _Listiness(), _Listiness()
        # (What `add` may ask of a note, each made once: not a partial per note.)
        content_words = partial(self._content_words, named=self.inside.union(self.firsts))
        how_often, figure, may_be_heading = (
            self._how_often,
            self._whole_figure,
            self._may_be_heading,
        )
        for first, last, every, elements, whole_count in zip(
            notes.firsts,
            notes.lasts,
            notes.kinds,
            notes.alone_elements,
            notes.whole_elements,
            strict=True,
        ):
            alone.add(first, last, every, elements, bool(every & _DIGIT), content_words, how_often)
            if may_be_heading(first, last) and self.sentence(first).heading:
                continue
            whole.add(first, last, every, whole_count, figure, content_words)
        return whole, alone

    def _note_shapes(self) -> _Notes:
        """The notes that mention an idea (the others are never visited: each mention's
        sentence, found in C once per answer, `_boilerplate` asks too), with their bounds,
        the kinds of their words and their elements, worked out in C for all of them (a long
        answer has thousands): `listiness` reads them off, and `bare_bounds` adds them up."""
        if self._notes_found is None:
            bits, starts, n = self.bits, self.starts, len(self.words)
            # Where lists break: list words, and words after a list separator (read as a
            # whole answer, an arrow too).
            separators = {sep for sep in self._kinds if _LIST_SEPARATOR.search(sep)}
            arrows = {sep for sep in self._kinds if _ARROW.search(sep)}
            list_words = self._rare_words(_LIST_WORD)
            alone_breaks = sorted({*list_words, *self._after(separators)})
            whole_breaks = sorted({*list_words, *self._after(separators | arrows)})
            mentioning = sorted(set(self._sentence_of_mentions()))
            firsts = list(map(starts.__getitem__, map((-1).__add__, mentioning)))
            ends = list(map([*starts, n].__getitem__, mentioning))  # one past each note's last
            lasts = list(map((-1).__add__, ends))
            kinds = list(
                map(reduce, repeat(or_), map(bits.__getitem__, map(slice, firsts, ends)), repeat(0))
            )
            alone_elements = _elements(alone_breaks, firsts, lasts)
            whole_elements = (
                alone_elements
                if whole_breaks == alone_breaks
                else _elements(whole_breaks, firsts, lasts)
            )
            self._notes_found = _Notes(firsts, lasts, kinds, alone_elements, whole_elements)
        return self._notes_found

    def bare_bounds(self) -> tuple[int, int, int, int]:
        """Bounds of `listiness` found without reading a note, from the notes' kinds and
        elements in C: a sentence (a note with a claim word, `_CLAIM`) is never bare, and
        only a note that may be a heading (`_may_be_heading`) may be left out of the whole
        answer's notes. For the whole answer: what its bare notes weigh at most (every note
        but the sentences) and what the sentences that are surely counted weigh; for the
        section alone, the same two (nothing is left out there). A verdict these settle is
        settled without reading the notes' words: in most answers, sentences are most of the
        notes (`keyword_style`, and `_keyword_answer` in grade.py)."""
        if self._bounds is not None:
            return self._bounds
        notes = self._note_shapes()
        claims = list(map(bool, map(and_, notes.kinds, repeat(_CLAIM))))
        heading = self._heading_lines()
        may_be_heading = map(
            or_,
            map(lt, map(sub, notes.lasts, notes.firsts), repeat(_MAX_LABEL_WORDS)),
            map(heading.__contains__, notes.firsts),
        )
        surely_counted = [c and not h for c, h in zip(claims, may_be_heading, strict=True)]
        others = [not c for c in claims]
        whole_weights = list(map(_weight, notes.whole_elements))
        alone_weights = list(map(_weight, notes.alone_elements))
        self._bounds = (
            sum(compress(whole_weights, others)),
            sum(compress(whole_weights, surely_counted)),
            sum(compress(alone_weights, others)),
            sum(compress(alone_weights, claims)),
        )
        return self._bounds

    def _whole_figure(self, first: int, last: int, every: int) -> bool:
        """Whether the note first..last has a figure, read as a whole answer's note
        (`listiness`); `every` is the kinds of its words."""
        if every & _DIGIT and self._note_figure(first, last):
            return True
        # An arrow draws a consequence ("labels 60 d late -> train on mature ones") unless it
        # only joins names: as `_read` has it.
        a = bisect_right(self.arrows, first)
        return (
            a < len(self.arrows)
            and self.arrows[a] <= last
            and not self._chain_of_names(first, last, self._names(first, last)[0])
        )

    def _may_be_heading(self, first: int, last: int) -> bool:
        """Whether the sentence first..last may be a heading (`_shape`), without reading its
        shape: a longer one only as a markdown heading ("## Monitoring and retraining"); a
        title, a bold line or a label is a few words. (`listiness` asks of every note that
        mentions an idea; readings of a few.)"""
        if last - first < _MAX_LABEL_WORDS:
            return True
        before = self.seps[first]
        return (first == 0 or "\n" in before) and _HEADING.search(before) is not None

    def _note_figure(self, first: int, last: int) -> bool:
        """Whether a note has a figure outside brackets (its digits picked out in C)."""
        digits = map(and_, self.bits[first : last + 1], repeat(_DIGIT))
        return any(map(self._bare_figure, compress(range(first, last + 1), digits)))

    def _bare_figure(self, k: int) -> bool:
        """`_figure` as an answer written as lists of names reads it."""
        return not (self._enumerator(k) or self._in_name(k) or self._bracketed(k))

    def _bracketed(self, k: int) -> bool:
        """Whether the figure at word k is a bare annotation in brackets: a figure there, with
        no word of its own but a unit or a time, annotates the name before it ("Class
        imbalance (~0.1%)", "A/B test (user-level, 2-4 weeks)", "(< 100 ms)"), and the note
        is still a name to `listiness` (the style of the answer), though its reading counts
        the figure; "(30 min window)", "(max 2 per channel)" say more."""
        seps, bits, keys = self.seps, self.bits, self.words.keys
        # (An annotation is short: looked for within _BRACKET_WORDS words either side.)
        start = max(self.sentence_start(k), k - _BRACKET_WORDS)
        openings = self._openings
        if openings is None:
            openings = self._openings = self._after({sep for sep in self._kinds if "(" in sep})
            if "(" in seps[0]:
                openings.insert(0, 0)
        if bisect_right(openings, k) == bisect_left(openings, start):
            return False  # no bracket opens between
        piece = k  # the figure's piece of the brackets: "(user-level, 2-4 weeks)"
        while piece > start and not _ANNOTATION_OPEN.search(seps[piece]):
            piece -= 1
        opening = piece
        while opening > start and "(" not in seps[opening]:
            if ")" in seps[opening]:
                return False
            opening -= 1
        if "(" not in seps[opening]:
            return False
        # The separator after the sentence's last word closes it too.
        end = min(self.sentence(k).last + 1, k + _BRACKET_WORDS)
        for w in range(piece, end + 1):
            if w > piece and _ANNOTATION_CLOSE.search(self.words.before(w)):
                return True
            if (
                w < end
                and bits[w] & _CONTENT
                and not bits[w] & _DIGIT
                and keys[w] not in TIME_WORDS
                and len(keys[w]) > 2
            ):
                return False
        return False

    def _content_words(self, first: int, last: int, named: set[int]) -> int:
        """How many words first..last carry content and are not in a mention."""
        bits = self.bits[first : last + 1]
        content = list(compress(range(first, last + 1), map(and_, bits, repeat(_CONTENT))))
        return len(content) - sum(map(named.__contains__, content))  # (counted in C)

    def vagueness(self) -> tuple[int, int]:
        """How many sentences mention an item, and how many of those hold a vague word.

        Genuine answers, terse or fluent, use a vague word in at most about a third of such
        sentences; answers that string buzzwords together use one in most of them. The
        caller adds this up over an answer's sections and sets `boilerplate`.
        """
        counted = [v for v in self.sentence_vagueness() if v is not None]
        return len(counted), sum(counted)

    def sentence_vagueness(self) -> Iterator[bool | None]:
        """`vagueness` sentence by sentence, in reading order: for each sentence that
        mentions an item (not negated), whether it holds a vague word, or None when it is not
        counted (a heading, a label alone). A caller may stop as soon as the verdict it
        needs cannot change (grade.py), and the rest is never read."""
        return (vague for vague, _ in self.vague_readings())

    def vague_readings(self, plain: bool = True) -> Iterator[tuple[bool | None, bool]]:
        """`sentence_vagueness`, each sentence with whether it holds a word that may be vague
        at all (`maybe_vague_sentences` counts those, without reading them): only those can
        be vague, so the verdict may be settled before the others are read. Without `plain`,
        the sentences it reads as not vague without reading them (`plain_sentences` counts
        them) are left out."""
        maybe = self._maybe_vague_words()
        starts, n = self.starts, len(self.words)
        mentioning, read = self._sentences_to_read()
        for i, to_read in zip(mentioning, read, strict=True):
            if not to_read:
                # Most sentences: no heading, no label, no word that may be vague (its shape
                # is not read).
                if plain:
                    yield False, False
                continue
            first = starts[i - 1]
            last = starts[i] - 1 if i < len(starts) else n - 1
            holds = bisect_left(maybe, first) != bisect_right(maybe, last)
            s = self.sentence(first)
            if s.heading or s.label_end > s.last:
                yield None, holds
                continue
            if bisect_left(maybe, s.label_end) == bisect_right(maybe, s.last):
                yield False, holds  # no word that `_read` could count as vague: most sentences
                continue
            yield self._says(s.label_end, s.last).vague > 0, holds

    def plain_sentences(self) -> int:
        """How many of the sentences `sentence_vagueness` goes through it reads as not vague
        without reading them: no word that may be vague, and neither a heading nor a label
        may stand there."""
        return self._sentences_to_read()[1].count(False)

    def _sentences_to_read(self) -> tuple[list[int], list[bool]]:
        """The sentences that mention an item (by index + 1, in reading order), and whether
        `vague_readings` reads each one: it holds a word that may be vague, or may be a
        heading (`_may_be_heading`) or hold a label (`_label_may_end_in`). Told for all of
        them in C, once: a long answer has thousands, and most are not read."""
        if self._to_read is None:
            starts, n = self.starts, len(self.words)
            mentioning = sorted(self._mentioning())
            firsts = list(map(starts.__getitem__, map((-1).__add__, mentioning)))
            lasts = list(map((-1).__add__, map([*starts, n].__getitem__, mentioning)))
            maybe, marks = self._maybe_vague_words(), self._label_ends()
            holds = map(
                ne,
                map(partial(bisect_left, maybe), firsts),
                map(partial(bisect_right, maybe), lasts),
            )
            label = map(
                ne,
                map(partial(bisect_right, marks), lasts),
                map(partial(bisect_right, marks), firsts),
            )
            short = map(lt, map(sub, lasts, firsts), repeat(_MAX_LABEL_WORDS))
            heading = map(self._heading_lines().__contains__, firsts)
            read = list(map(or_, map(or_, holds, label), map(or_, short, heading)))
            self._to_read = (mentioning, read)
        return self._to_read

    def _heading_lines(self) -> set[int]:
        """The words that open a markdown heading line (what `_may_be_heading` asks of a
        longer sentence), found by kind of separator."""
        kinds = {sep for sep in self._kinds if "\n" in sep and _HEADING.search(sep)}
        found = set(self._after(kinds))
        if len(self.words) and _HEADING.search(self.seps[0]):
            found.add(0)
        return found

    def _maybe_vague_words(self) -> list[int]:
        """Where the words stand that `_read` may count as vague (a vague word, "other", the
        "be" of "will be ...ed"), picked out in C once per answer: a sentence with none of
        them is not vague, and is not read to find that out (most sentences of a long answer
        that mention an idea, which `_boilerplate` goes through)."""
        if self._maybe_vague is None:
            self._maybe_vague = self._rare_words(_VAGUE | _OTHER | _BE)
        return self._maybe_vague

    def mentioning_sentences(self) -> int:
        """How many sentences `sentence_vagueness` goes through, found without reading them."""
        return len(self._mentioning())

    def maybe_vague_sentences(self) -> int:
        """How many of the sentences `sentence_vagueness` goes through hold a word that may be
        vague, found without reading them."""
        numbers = self._numbers
        held = map(
            (self._sentence_numbers() if numbers is None else numbers).__getitem__,
            self._maybe_vague_words(),
        )
        return len(self._mentioning().intersection(held))

    def _mentioning(self) -> set[int]:
        """The sentences that mention an item (not negated), by index + 1: the bisection of
        each first word, in C (as sentence_start has). Found once."""
        if self._mentioning_items is None:
            items = self.items
            of_items = (m.owner < items and m.negation is None for m in self.by_first)
            self._mentioning_items = set(compress(self._sentence_of_mentions(), of_items))
        return self._mentioning_items

    def _sentence_of_mentions(self) -> list[int]:
        """The sentence of each mention in `by_first` (by index + 1): the bisection of each
        first word, in C, once per answer (`keyword_style` and `_boilerplate` ask)."""
        if self._sentence_of is None:
            numbers = self._numbers
            if numbers is None:
                numbers = self._sentence_numbers()
            self._sentence_of = list(map(numbers.__getitem__, self.firsts))
        return self._sentence_of

    def _in_run_of_names(self, s: _Sentence) -> bool:
        """Whether the note before or after this one is also a bare name: "- feature store /
        - streaming / - drift monitoring" is a list of names written as bullets."""
        for k in (s.first - 1, s.last + 1):
            if 0 <= k < len(self.words):
                other = self.sentence(k)
                if other.label_end <= other.last and not other.heading:
                    says = self._says(other.label_end, other.last)
                    if says.bare and not says.claim and says.ideas:
                        return True
        return False

    # -- lists of names ----------------------------------------------------------------------
    def _list_of_names(self, s: _Sentence) -> list[tuple[int, int]] | None:
        """The elements of a sentence that is a list of names, else None.

        A list (split at commas, slashes, "and", "or") in which most elements, and at least
        three, say nothing but a name, naming two ideas or more: each element then stands
        alone, so the one element with something to say ("retraining weekly") still counts.
        A list of features naming one idea ("amount, merchant, country") is not one. A list
        naming one idea among other bare terms the rubric does not know is one, however few
        of its terms the rubric knows (`_list_of_terms`).
        """
        if s.first in self._elements:
            return self._elements[s.first]
        result = None
        body = (s.label_end, s.last)
        _, ideas = self._names(*body)
        if ideas >= (1 if self.keyword_style else _LIST_IDEAS):
            elements = self._elements_of(*body)
            if len(elements) >= 3:
                names = sum(self._is_name(a, b, body) for a, b in elements)
                if names >= 3 and 2 * names > len(elements):
                    result = elements
        elif ideas == 1 and self._a_line_of_terms(s):
            result = self._list_of_terms(body)
        self._elements[s.first] = result
        return result

    def _a_line_of_terms(self, s: _Sentence) -> bool:
        """Whether the sentence is a whole line of its own, with no label and nothing to end
        it as a sentence (a full stop) or a lead-in, its terms set apart by commas (two at
        least): the shape of a line of topics ("gradient boosting, embeddings, graph
        features, calibration"). A labelled line says what its terms are ("Actions: send now
        / delay / digest / drop", "content: subject, body tokens, URLs"): the members of one
        idea, chosen."""
        words = self.words
        if s.label_end != s.first or not (s.first == 0 or "\n" in words.before(s.first)):
            return False
        after = words.before(s.last + 1)
        if not (s.last + 1 == len(words) or "\n" in after):
            return False
        if _LINE_END.search(after.split("\n", 1)[0]):
            return False
        seps = self.seps
        return sum("," in seps[k] for k in range(s.first + 1, s.last + 1)) >= 2

    def _list_of_terms(self, body: tuple[int, int]) -> list[tuple[int, int]] | None:
        """The elements of a list of bare terms naming one idea, else None: "gradient
        boosting, embeddings, graph features, calibration" names gradient boosting as it
        names the rest. Every element is a bare term (a few words, nothing specific, no
        verb), and at least two of them mention no item of the rubric, not even in part, so
        the list does not enumerate the members of its one idea ("amount, merchant, country"
        of features; "weather forecasts, promotions calendar, football fixtures" of external
        drivers, two of its three terms the item's own words)."""
        elements = self._elements_of(*body)
        if len(elements) < 3:
            return None
        others = 0
        items = self.items
        for a, b in elements:
            if not self._is_term(a, b, body):
                return None
            others += not any(m.owner < items for m in self._mentions_in(a, b))
        return elements if others >= 2 else None

    def _is_term(self, first: int, last: int, body: tuple[int, int]) -> bool:
        """A list element that is a bare term, known to the rubric or not: `_is_name` but
        for naming an item, and a term the rubric does not know may be a compound of two
        words ("node embeddings", "fairness audit")."""
        if sum(k not in ARTICLES for k in self.words.keys[first : last + 1]) > _MAX_NAME_WORDS:
            return False
        says = self._says(first, last, body)
        return not says.strong and not says.weak and not says.claim and len(says.content) <= 2

    def _elements_of(self, first: int, last: int) -> list[tuple[int, int]]:
        """Words first..last split at commas, slashes, "and", "or", never inside a phrase
        ("approve/decline" is one name)."""
        seps, raw = self.seps, self.words.words
        elements: list[tuple[int, int]] = []
        start = first
        for k in range(first + 1, last + 1):
            if k in self.inside:
                continue
            sep = seps[k]
            if (sep != " " and _LIST_SEPARATOR.search(sep)) or raw[k].lower() in _LIST_WORDS:
                elements.append((start, k - 1))
                start = k
        elements.append((start, last))
        return elements

    def _is_name(self, first: int, last: int, body: tuple[int, int]) -> bool:
        """A list element that is only the name of an idea: a few words, one of them at most
        besides the name, nothing specific, no verb."""
        if sum(k not in ARTICLES for k in self.words.keys[first : last + 1]) > _MAX_NAME_WORDS:
            return False
        if not any(m.owner < self.items for m in self._mentions_in(first, last)):
            return False  # names no item: read no further
        says = self._says(first, last, body)
        specific = says.strong or says.weak
        return not specific and not says.claim and len(says.content) <= 1

    def _element_reading(self, first: int, last: int, m: Mention, body: tuple[int, int]) -> Reading:
        """An element of a list of names applies its idea only with something specific (a
        number, a time, a choice, a proper name: "streaming with Flink"), a condition or a
        reason ("alert if CTR drops"), or a phrase of its own ("retraining on fresh
        chargebacks"); "real-time scoring" only names it."""
        says = self._says(first, last, body)
        if self.keyword_style:
            return APPLIED if says.figure else NAMED
        if self.boilerplate:
            # In boilerplate, an element's own words are more of the same ("multiple
            # complementary sources, including A, B and C"): only something specific counts.
            return APPLIED if says.strong or (says.weak and not says.buzz(m)) else NAMED
        content = says.content_besides(m)
        if says.strong or (not says.buzz(m) and (says.weak or content >= 2)):
            return APPLIED
        keys = self.words.keys[first : last + 1]
        if content and any(key in CONNECTIVES for key in keys):
            return APPLIED
        return NAMED

    # -- sentences ---------------------------------------------------------------------------
    def _segment(self) -> None:
        """Where sentences (and notes, and list items) start, in one pass: only the
        separators that are not a single space can end one."""
        self.seps = self.words.parts[0::2]
        n = len(self.words)
        # Those separators are of few kinds that repeat (", ", ". ", "\n\n"): the words after
        # each kind are gathered in one pass (`Words.by_separator`, which negation read
        # already), so each kind is read once and the words after the kinds that matter are
        # looked up (`_after`), not picked out of all the separators again each time (five
        # times an answer: issue 12, 10 MB answers).
        by_kind = self._by_kind = self.words.by_separator()
        self._kinds = set(by_kind)
        # Most kinds settle alone whether a sentence starts after them ("\n\n", "; "); ". "
        # asks only whether the word before it is an abbreviation; the rest (a line break
        # inside a paragraph) ask `_breaks_before` word by word (tests/test_fast_paths.py
        # checks this finds what asking it after every kind that `_may_break` finds).
        kinds: dict[str, set[str]] = {k: set() for k in (_ALWAYS, _UNLESS_DOT, _ASK, _NEVER)}
        for sep in self._kinds:
            kinds[_break_kind(sep)].add(sep)
        raw = self.words.words
        breaks = [
            *self._after(kinds[_ALWAYS]),
            *(
                k
                for k in self._after(kinds[_UNLESS_DOT])
                if raw[k - 1].lower() not in _ABBREVIATIONS
            ),
            *(k for k in self._after(kinds[_ASK]) if self._breaks_before(k)),
        ]
        self.starts = [0, *sorted(breaks)] if n else []
        """The first word of every sentence."""
        self._numbers: list[int] | None = None
        """Per word, its sentence's index + 1 (`_sentence_numbers`), made when first asked."""
        self.start_set = set(self.starts)
        self.arrows = self._after({sep for sep in self._kinds if _ARROW.search(sep)})
        """Words with an arrow before them ("->", "=>", "→")."""
        self.arrow_set = set(self.arrows)
        self._shapes: dict[int, _Sentence] = {}

    def sentence_start(self, k: int) -> int:
        """The first word of the sentence holding word k, without reading the sentence."""
        numbers = self._numbers
        if numbers is None:
            numbers = self._sentence_numbers()
        if 0 <= k < len(numbers):
            return self.starts[numbers[k] - 1]
        return self.starts[bisect_right(self.starts, k) - 1]

    def sentences_of(self, mentions: Iterable[Mention]) -> Iterator[int]:
        """The sentence (by first word) of each mention, in order: `sentence_start` of each
        one's first word, looked up in C rather than a Python call per mention (a long
        answer has tens of thousands of mentions, and each section and red flag asks)."""
        numbers = self._numbers
        if numbers is None:
            numbers = self._sentence_numbers()
        index = map(numbers.__getitem__, map(_first_word, mentions))
        return map(self.starts.__getitem__, map((-1).__add__, index))

    def _sentence_numbers(self) -> list[int]:
        """Per word k, `bisect_right(self.starts, k)` (its sentence's index + 1): made once,
        in C, as a run of each number as long as its sentence. The sentence of a mention is
        asked tens of thousands of times of a long answer (each section's items, each red
        flag, the whole-answer verdicts), a bisection each; a look-up in this table is a
        tenth of one (tests/test_speed20.py checks it against the bisection)."""
        starts = self.starts
        lengths = map(sub, [*starts[1:], len(self.words)], starts)
        numbers = list(chain.from_iterable(map(repeat, range(1, len(starts) + 1), lengths)))
        self._numbers = numbers
        return numbers

    def sentence_end(self, k: int) -> int:
        """The last word of the sentence holding word k (`sentence(k).last`), without reading
        the sentence: red flags ask it of every sentence holding one of their words."""
        numbers = self._numbers
        if numbers is None:
            numbers = self._sentence_numbers()
        i = numbers[k] if 0 <= k < len(numbers) else bisect_right(self.starts, k)
        return self.starts[i] - 1 if i < len(self.starts) else len(self.words) - 1

    def sentence(self, k: int) -> _Sentence:
        """The sentence holding word k."""
        numbers = self._numbers
        if numbers is None:
            numbers = self._sentence_numbers()
        i = (numbers[k] if 0 <= k < len(numbers) else bisect_right(self.starts, k)) - 1
        first = self.starts[i]
        s = self._shapes.get(first)
        if s is None:
            last = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.words) - 1
            s = self._shapes[first] = self._shape(first, last)
        return s

    def _after(self, kinds: set[str]) -> list[int]:
        """The words after a separator of one of these kinds (none is a single space)."""
        found = [self._by_kind[sep] for sep in kinds if sep in self._by_kind]
        if len(found) == 1:
            return found[0].copy()
        return sorted(chain.from_iterable(found))  # each kind's words are in order already

    def _breaks_before(self, k: int) -> bool:
        """Whether a new sentence (or note, or list item) starts at word k. Only asked after
        a separator that `_may_break`: keep the two in step."""
        if k <= 0:
            return True
        words = self.words
        sep = words.before(k)
        if sep == " " or sep == ", ":
            return False
        if sep == ". ":
            return words.words[k - 1].lower() not in _ABBREVIATIONS
        if "\n" in sep:
            if sep.count("\n") >= 2 or _BULLET.search(sep) or self._line_start_enumerator(k):
                return True
            ahead = sep[: sep.index("\n")]
            if re.search(r"[.!?:;]", ahead):
                return True
            # A line break inside a paragraph: prose wrapped by an editor reads on, a short
            # line (a note, a title) ends, and so does one before a label ("Features:").
            return self._line_words(k - 1) < 6 or self._opens_on_label(k)
        if ";" in sep:
            return True
        if _SENTENCE_END.search(sep) is not None:
            return words.words[k - 1].lower() not in _ABBREVIATIONS
        return False

    def _opens_on_label(self, k: int) -> bool:
        """Whether the line at word k is a label of a few words and nothing else, the lead-in
        of what follows ("Features:", "Online metrics:"): prose wrapped by an editor does not
        go on that way."""
        words = self.words
        for j in range(k + 1, min(len(words), k + _LABEL_WORDS) + 1):
            sep = words.before(j)
            if ":" in sep:
                return "\n" in sep[sep.index(":") :]
            if sep != " ":
                return False
        return False

    def _line_start_enumerator(self, k: int) -> bool:
        return self.words.words[k][0].isdigit() and self._enumerator(k)

    def _line_words(self, k: int) -> int:
        """How many words the line holding word k has up to k."""
        count = 1
        while k > 0 and "\n" not in self.words.before(k) and count < 6:
            k -= 1
            count += 1
        return count

    def _shape(self, first: int, last: int) -> _Sentence:
        words, seps = self.words, self.seps  # seps[k] is words.before(k), without a call
        before = seps[first]
        after = seps[last + 1] if last + 1 < len(words) else words.parts[-1]
        line_start = "\n" in before or first == 0
        bullet = _BULLET.search(before) is not None
        if line_start and _HEADING.search(before):
            return _Sentence(first, last, first, True)
        if (
            line_start
            and not bullet
            and last - first < 3
            and last + 1 < len(words)
            and "\n" in after
            and not re.search(r"[.!?;,]", after.split("\n")[0])
            and (_BULLET.search(after) or self._line_start_enumerator(last + 1))
        ):
            return _Sentence(first, last, first, True)  # a title over a list: "labels", "model"
        if before.rstrip(" \t").endswith(("**", "__")):
            if _BOLD_END.match(after) and last - first < _MAX_LABEL_WORDS:
                return _Sentence(first, last, first, True)  # "**Monitoring**", "**Drift.** ..."
            for k in range(first + 1, min(last, first + _MAX_LABEL_WORDS) + 1):
                if "**" in seps[k] or "__" in seps[k]:
                    return _Sentence(first, last, k, False)  # "**Negative feedback.** ..."
        k = first + 1
        limit = min(last + 1, first + _MAX_LABEL_WORDS + 1)
        while k < limit:
            sep = seps[k]
            if sep.endswith("(") and sep.strip() == "(":
                # "Exposure bias (we only see what the old ranker showed): ...": a label with
                # an aside in brackets, the aside read as part of the label
                close = self._bracket_end(k, last)
                if close is None:
                    break
                if ":" in seps[close] and not re.search(
                    r"[,;.!?(]", seps[close].replace(":", "").replace(")", "")
                ):
                    return _Sentence(first, last, close, False)
                break
            if ":" in sep:
                if re.search(r"[,;.!?()]", sep.replace(":", "")):
                    break
                if sep == ":" and words.words[k - 1].isdigit() and words.words[k][0].isdigit():
                    break  # a ratio or a time, "class weights 1:50", "at 10:30": no label
                return _Sentence(first, last, k, False)
            if sep != " ":
                break
            k += 1
        if ":" in after.split("\n")[0] and last - first < _MAX_LABEL_WORDS:
            return _Sentence(first, last, first, True)  # "Monitoring:" with the note below
        return _Sentence(first, last, first, False)


_BRACKET_WORDS = 16
"""A label's aside in brackets is at most this long."""


_ALWAYS, _UNLESS_DOT, _ASK, _NEVER = "always", "unless an abbreviation's dot", "ask", "never"


def _break_kind(sep: str) -> str:
    """What `Judgement._breaks_before` says after a separator of this kind, read once per
    kind: a sentence starts _ALWAYS, _NEVER, _UNLESS_DOT ends an abbreviation ("e.g. SMOTE"),
    or _ASK it (a single line break with no punctuation before it: the words decide). Keep
    in step with `_breaks_before`."""
    if not _may_break(sep):
        return _NEVER
    if sep == ". ":
        return _UNLESS_DOT
    if "\n" in sep:
        ahead = sep[: sep.index("\n")]
        if sep.count("\n") >= 2 or _BULLET.search(sep) or re.search(r"[.!?:;]", ahead):
            return _ALWAYS
        return _ASK
    if ";" in sep:
        return _ALWAYS
    if _SENTENCE_END.search(sep) is not None:
        return _UNLESS_DOT
    return _NEVER


def _may_break(sep: str) -> bool:
    """Whether a separator may start a new sentence before the word after it (whether it
    does is `Judgement._breaks_before`): a comma or a space alone never does."""
    if sep == " " or sep == ", ":
        return False
    return sep == ". " or "\n" in sep or ";" in sep or _SENTENCE_END.search(sep) is not None


def _refusal(neg: Negation) -> bool:
    """Whether a negation's cue refuses, dismisses or puts off what it covers ("I wouldn't",
    "no need for", "overkill"), rather than a plain "no" or "not" that may state a fact."""
    return plain(neg.trigger) not in PLAIN_NEGATIONS


def topic_words(case_id: str) -> frozenset[str]:
    """The words of the case's own name ("fraud", "detection"): every answer says them."""
    return frozenset(stem(w) for w in re.split(r"[^a-z0-9]+", case_id.lower()) if w)
