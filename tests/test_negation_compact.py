"""The negation rules held compactly (issue 12, memory) read as the plain structures did."""

from __future__ import annotations

from designtrainer.grading.negation import cues, rules
from designtrainer.grading.negation.marks import _Trigger


def test_post_cues_holds_exactly_the_post_variants() -> None:
    """`POST_CUES` reads a text back to its post-trigger instead of holding the variants:
    every variant is in it, and no other text built from the same heads, cues and tails."""
    variants = set(rules._post_variants())
    heads = {
        *rules._NOT_HEADS,
        *rules._STATE_HEADS,
        *rules._VERDICT_HEADS,
        *rules._LIKE_HEADS,
        "",
        "not ",
        "a ",
    }
    base = {*cues.PRE_TRIGGERS, *cues.POST_TRIGGERS, *cues.PSEUDO_TRIGGERS, *cues.VERDICTS}
    base |= {phrase[4:] for phrase in base if phrase.startswith("not ")}
    wrong = [
        text
        for head in heads
        for phrase in base
        for tail in ("", *rules._TO_WHOM, " to")
        if ((text := head + phrase + tail) in rules.POST_CUES) != (text in variants)
    ]
    assert not wrong, wrong[:5]
    assert all(text in rules.POST_CUES for text in variants)
    assert "is not sure" not in rules.POST_CUES and 3 not in rules.POST_CUES


def test_a_node_holding_only_its_cue_is_that_cue() -> None:
    """The trie keeps no dict that holds nothing but its cue: such a node is its trigger."""
    whole = rules.NegationRules.whole()
    leaves = 0
    stack: list[object] = list(whole.trie.values())
    while stack:
        node = stack.pop()
        if isinstance(node, _Trigger):
            leaves += 1
            continue
        assert isinstance(node, dict) and set(node) != {""}
        stack.extend(child for key, child in node.items() if key)
    assert leaves > 1000
