"""Stage 3 of grading, negation: which mentions sit inside a negation's scope (NegEx style).

A trigger before a concept ("no need for X", "we won't X") or after it ("X is not needed")
negates words up to SCOPE words away, stopping at punctuation, line breaks and words that start
a new clause ("but", "and", "we", "using"...). Pseudo-triggers look like negations but are not
("not only", "can't ignore", "no more than"); they are matched first and skipped. Triggers are
compared on word keys, like the phrases, so "isn't necessary" and "is not necessarily" both
work. Everything here is general English; words that only look like a negation in one case
(the "Not spam" button) are that rubric's `not_negations`.

The package's modules, lowest first: `cues` (the phrase tables), `marks` (what a negation
found is), `clauses`, `scopes`, the readings (`deferrals`, `faults`, `weighings`,
`refusals`, `remedies`), `rules` (the cues compiled) and `entry` (`find_negations`). This
module only names what the rest of the engine uses.

The next stage, judgement, reads how each remaining mention is used.
"""

from designtrainer.grading.negation.clauses import (
    FIRST_PERSON,
    SUBORDINATORS,
    clause_around,
    describes,
)
from designtrainer.grading.negation.crosses import ARROWS, STRIKE
from designtrainer.grading.negation.cues import (
    PLAIN_NEGATIONS,
    POST_TRIGGERS,
    PRE_TRIGGERS,
    PSEUDO_TRIGGERS,
    SCOPE,
    TERMINATORS,
)
from designtrainer.grading.negation.entry import find_negations, has_negation_cue, mark_negated
from designtrainer.grading.negation.marks import Negation, Negations
from designtrainer.grading.negation.remedies import accepts_shortcoming
from designtrainer.grading.negation.rules import POST_CUES, NegationRules
from designtrainer.grading.negation.weighings import points_back, voiced_by_others, weighs

__all__ = [
    "ARROWS",
    "FIRST_PERSON",
    "PLAIN_NEGATIONS",
    "POST_CUES",
    "POST_TRIGGERS",
    "PRE_TRIGGERS",
    "PSEUDO_TRIGGERS",
    "SCOPE",
    "STRIKE",
    "SUBORDINATORS",
    "TERMINATORS",
    "Negation",
    "NegationRules",
    "Negations",
    "accepts_shortcoming",
    "clause_around",
    "describes",
    "find_negations",
    "has_negation_cue",
    "mark_negated",
    "points_back",
    "voiced_by_others",
    "weighs",
]
