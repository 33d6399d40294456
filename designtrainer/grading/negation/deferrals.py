"""Ideas put off rather than refused: "later", "v2", "once X", "leave X out", "same for X"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from designtrainer.grading.negation.clauses import (
    _SUBJECTS,
    _clause_starts,
    _list_below,
    _previous_sentence,
    _said_before,
)
from designtrainer.grading.negation.cues import TERMINATORS
from designtrainer.grading.negation.marks import Negation, _with
from designtrainer.grading.words import Words, is_boundary, phrase_stems, plain, stem, stems

# "I'd add X later", "only add class weights if the model struggles", "the kind of thing I'd
# add once the model is established": an addition put off until later, or until a condition.
_ADDING = stems(
    "add introduce layer revisit bring build dig explore try consider think look"
    " handle tackle address"
    # (reject21) "we can worry about calibration later"
    " worry"
)
_MODALS = frozenset("i'd we'd would could can might only we'll i'll will let's".split())
# "later", and a condition nobody expects to meet: "we could add X if needed".
_LATER = stems("later eventually once needed necessary required")
_IF = stems("if when")
_CONDITIONS = stems("if once")
# A condition nobody expects to meet (reject15): "I'd handle it if it ever becomes a
# problem", "we'd add it should it ever matter": "ever" within a few words of "if".
_EVER = stem("ever")
_EVER_REACH = 3
_EVER_CONDITIONS = stems("if should when")


# Labels that put everything in their note off: "Possible improvements: a reranker, ...".
_LATER_LABELS = phrase_stems(
    (
        "possible improvements",
        "possible extensions",
        "future improvements",
        "future work",
        "later improvements",
        "nice to haves",
        "stretch goals",
        "if time permits",
        "if there is time",
        "later",
        "v2",
        # "Not now: X", "Out of scope: X", "Parked: X", "Phase 2: X"
        "not now",
        "not yet",
        "not for now",
        "not in v1",
        "not for v1",
        "not doing",
        "won't do",
        "out of scope",
        "skipped",
        "deferred",
        "parked",
        "postponed",
        "dropped",
        "later on",
        "someday",
        "future",
        "future ideas",
        "ideas for later",
        "for later",
        "backlog",
        "phase 2",
        "phase two",
        "v2 ideas",
        "things i'd skip",
        "what i'd skip",
        "what i would skip",
        "deliberately skipped",
        "deliberately left out",
        "left out",
    )
)

_LATER_FIRST = frozenset(phrase[0] for phrase in _LATER_LABELS)


_LEAVE = stems(("leave", "leaving", "left", "keep", "keeping"))
_KEEP = stems(("keep", "keeping"))
# (reject21) "I'd keep raters out of it for now", "keep X out of v1": "keep" leaves out only
# what it keeps out of the plan itself: "it", a version, the scope, the launch, or nothing
# ("keep X out for now"); "keep PII out of the prompt" and "keep bots out of the counts"
# protect or clean.
_KEPT_OUT_OF = frozenset(("it", "v", "v1", "scope", "launch", "first", "mvp", "now"))
_KEPT_OUT_SKIPS = frozenset(("of", "the", "for", "a"))
_OUT = frozenset(("out", "aside"))
_LEFT_OUT_REACH = 5
_JOINED_OBJECTS = 2
"""More words "leave ... out" may span when it joins two objects ("A and B")."""
_OBJECT_JOINERS = frozenset(("and", "or"))


_UNTIL = frozenset(("until", "till"))
# Words that make "leave X ... until" keep X as it is: "leave the old model running until",
# "leave the spreadsheet in charge until", "leave it as is until".
_KEPT_AS_IS = frozenset(
    "in on as at alone there live running serving working going untouched unchanged be it "
    "them that this".split()
)


def _put_off_until(raw: Sequence[str], i: int, j: int) -> bool:
    """Whether "leave" at i and "until" at j put off what stands between them ("I'd leave an
    embedding index until the zero-result numbers tell us we need it"), rather than keep it
    as it is until then ("leave the old model running until ..."): between them only a
    noun phrase, one word at least, with no preposition, no word that keeps it going, no
    pronoun (what "it" stands for is said before)."""
    between = [raw[k].lower() for k in range(i + 1, j)]
    return bool(between) and not any(w in _KEPT_AS_IS for w in between)


def _kept_out_of_plan(words: Words, k: int) -> bool:
    """Whether what follows "keep X out" from word k is the plan itself ("of it", "of v1",
    "of the first launch", "for now") or the clause's end."""
    raw, n = words.words, len(words.words)
    while k < n and not words.boundary_before(k) and raw[k].lower() in _KEPT_OUT_SKIPS:
        k += 1
    if k >= n or words.boundary_before(k):
        return True
    return raw[k].lower() in _KEPT_OUT_OF


def _left_out(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "I'd leave dedicated exploration out of the first launch", "leave the survey
    signal aside": what stands between "leave" and "out"/"aside" is left out ("keep PII out
    of the prompt" protects, so "keep" is not read). Objects joined by "and"/"or" are left
    out together ("leave zero-result and reformulation rates out of the decision"): only the
    "out" or "aside" closing them within reach makes the reading."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _LEAVE):
        reach = i + 2 + _LEFT_OUT_REACH
        for j in range(i + 2, min(n, reach + _JOINED_OBJECTS)):
            word = raw[j].lower()
            if word in _OBJECT_JOINERS:
                reach += _JOINED_OBJECTS
            if j >= reach or words.boundary_before(j):
                break
            if word in TERMINATORS and word not in _OBJECT_JOINERS and word not in _UNTIL:
                break
            if word in _OUT and keys[i] in _KEEP and not _kept_out_of_plan(words, j + 1):
                break
            if word in _OUT or (word in _UNTIL and _put_off_until(raw, i, j)):
                neg = Negation(f"{raw[i]} ... {raw[j]}", j, j)
                yield from ((k, neg) for k in range(i + 1, j))
                break


# "Put X aside", "put X on hold", "set X aside", "push X to v2": what stands between the verb
# and where it is put is put off.
_PUT = stems(("put", "putting", "set", "setting"))
_PUT_ENDS = frozenset(("aside", "off", "hold", "backlog", "burner", "ice"))
_SET, _ASIDE_ONLY = stem("set"), frozenset(("aside",))
_PUSH = stems(("push", "pushing", "pushed"))
_PUSH_TO = frozenset(("to", "into", "until", "till"))
_PUSH_SKIPS = frozenset(("a", "an", "the", "next", "second"))
_PUSH_ENDS = stems("v2 v3 later phase quarter version release future")


def _put_off(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """ "Put X aside", "I'd put X on hold / on the backlog / on the back burner", "set X
    aside", "push X (out) to v2 / to a later phase": the words between the verb and where
    it is put (not "push notifications to users later": after "to" must stand the later
    phase itself)."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _PUT | _PUSH):
        push = keys[i] in _PUSH
        for j in range(i + 2, min(n, i + 2 + _LEFT_OUT_REACH)):
            if words.boundary_before(j):
                break
            word = raw[j].lower()
            if push and word in _PUSH_TO:
                k = j + 1
                while k < n and raw[k].lower() in _PUSH_SKIPS and not words.boundary_before(k):
                    k += 1
                if k < n and keys[k] in _PUSH_ENDS and not words.boundary_before(k):
                    neg = Negation(f"{raw[i]} ... {raw[j]} {raw[k]}", j, k)
                    yield from ((m, neg) for m in range(i + 1, j))
                break
            if word in TERMINATORS:
                break
            if not push and word in (_PUT_ENDS if keys[i] != _SET else _ASIDE_ONLY):
                neg = Negation(f"{raw[i]} ... {raw[j]}", j, j)
                yield from ((m, neg) for m in range(i + 1, j) if raw[m].lower() != "on")
                break


# A note's verdict of a word or two ("Drift monitoring: later.", "Exploration (v2).", "Calibration?
# Skip.", "Streaming - v2.", "Re-ranking, eventually.", "Raw queries into the index: never.")
_VERDICT_WORDS = stems(
    "later eventually v skip skipped no nope nah never pass cut dropped deferred parked "
    "tbd future someday ignore ignored negligible"
)
# ("v2" is two words, "v" and "2", like every run of letters and digits.)
_LATER_VERDICTS = stems("later eventually v future someday")
_VERDICT_TAILS = stems(
    "maybe probably perhaps possibly for now launch the first version then at least "
    "initially too it need 2 3 two"
)
_VERDICT_RUN = 5
_NOTE_WORDS = 15


_BARE_NOTE_WORDS = 8
_NOT_A_NOTE = frozenset(
    (
        "i we you they he she it this that these those there i'd we'd i'll we'll it's "
        "is are was were be been 's will would can could should may might must do does did "
        "come comes came arrive arrives arrived happen happens follow follows start starts "
        "begin begins land lands show shows appear appears matter matters"
    ).split()
)
"""Words of a clause with a subject and verb: "we check hit rates later", "the launch comes
later" tell when, they put nothing off."""
_MEASURES = stems(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "much bit little few"
)


def _bare_note(words: Words, start: int) -> bool:
    """Whether the words before a closing "later" (from `start`) are a whole sentence of a
    few words with no subject nor verb of their own, a note: "Intraday reforecasting for
    pricing later." puts the reforecasting off as "Intraday reforecasting: later." does; not
    "two weeks later" (a measure) nor "we retrain later" (a clause)."""
    raw, keys = words.words, words.keys
    if start == 0 or keys[start - 1] in _MEASURES or raw[start - 1][:1].isdigit():
        return False
    k = start - 1
    while k > 0 and not words.boundary_before(k):
        if start - k >= _BARE_NOTE_WORDS:
            return False
        k -= 1
    if k > 0 and not words.sentence_break_before(k):
        return False
    return not any(plain(raw[j]) in _NOT_A_NOTE for j in range(k, start))


def _short_verdicts(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """A verdict of a word or two closing its sentence after a colon, a question mark, a
    bracket or a dash ("Drift monitoring: later.", "Calibration? Skip.", "Exploration
    (v2).", "Streaming - maybe later.") or, for a deferral, a comma ("Re-ranking,
    eventually."): it judges the note before it, back to the start of its line or
    sentence."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, _VERDICT_WORDS, 1):
        start = i
        while start > i - _VERDICT_RUN and not words.boundary_before(start):
            if keys[start - 1] not in _VERDICT_TAILS:
                break
            start -= 1
        sep = words.before(start)
        later = keys[i] in _LATER_VERDICTS
        bare = later and _bare_note(words, start)
        if start == 0 or not (
            bare or words.boundary_before(start) or "->" in sep or "\u2192" in sep
        ):
            continue
        if not (
            bare
            or any(c in sep for c in ":?(\u2014\u2013\u2192")
            or " - " in sep
            or "->" in sep
            or (later and "," in sep)
        ):
            continue  # ("promotions as levers -> no.": an arrow leads to the verdict too)
        end = i + 1
        while end < n and end - start < _VERDICT_RUN:
            if words.boundary_before(end) and not (
                later and words.before(end).strip() == "," and keys[end] in _VERDICT_TAILS
            ):
                break  # (a hedge after a comma still closes a deferral: "later, maybe." reject21)
            if keys[end] not in _VERDICT_TAILS and keys[end] not in _VERDICT_WORDS:
                break
            end += 1
        if end < n and not (
            words.sentence_break_before(end)
            or any(c in words.before(end) for c in "\n)")
            or ("(" in sep and _reason_in_bracket(words, end))
        ):
            continue
        neg = Negation(" ".join(raw[start:end]), start, end - 1)
        k = start - 1
        while k >= 0 and start - k <= _NOTE_WORDS:
            yield k, neg
            if "\n" in words.before(k) or _clause_starts(words, k):
                break
            k -= 1


_BRACKET_REASON = 12
"""The most words a bracketed verdict's reason runs to its closing bracket."""


def _reason_in_bracket(words: Words, end: int) -> bool:
    """Whether a verdict that opens a bracket goes on, after a colon, a comma or a dash, to
    its reason and the bracket's close: "accuracy (no: 99.9% by approving everything)"."""
    sep = words.before(end)
    if not any(c in sep for c in ":,\u2014\u2013") or "(" in sep or ")" in sep:
        return False
    for k in range(end + 1, min(len(words.words), end + _BRACKET_REASON) + 1):
        before = words.before(k)  # (k == len(words.words): the text after the last word)
        if "(" in before or "\n" in before:
            return False
        if ")" in before:
            return True
    return False


_SAME = stem("same")
_SAME_FOR = stems(("for", "with", "goes"))
_SAME_REACH = 2
"""How many sentences back "Same for X" looks for the refusal it repeats (the one between
may give the refusal's reason)."""


def _same_for(
    words: Words, looked_at: Sequence[int], triggers: dict[int, Negation]
) -> Iterable[tuple[int, Negation]]:
    """ "No decomposition into legs. Same for residual learning on the routing ETA.": a
    sentence that opens with "Same for" / "Same with" / "Same goes for" says the sentence
    before's refusal of what follows, to the end of its clause."""
    keys, raw, n = words.keys, words.words, len(words.keys)
    for i in _with(keys, looked_at, (_SAME,)):
        start = i - 1 if i > 0 and raw[i - 1].lower() == "the" else i
        if not words.sentence_break_before(start) or i + 1 >= n or keys[i + 1] not in _SAME_FOR:
            continue
        j = i + 2 if keys[i + 1] != stem("goes") else i + 3
        neg = None
        back = start
        for _ in range(_SAME_REACH):
            previous = sorted(_previous_sentence(words, back))
            if not previous or "\n\n" in words.before(back):
                break
            neg = next((triggers[k] for k in previous if k in triggers), None)
            if neg is not None:
                break
            back = previous[0]
        if neg is None or j >= n:
            continue
        k = j
        while k < n and (k == j or not words.boundary_before(k)):
            yield k, neg
            k += 1


def _deferred_notes(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """The words of a note whose label defers it ("Future work: ..."), to the end of the
    line."""
    keys, n = words.keys, len(words.keys)
    for start in _with(keys, looked_at, _LATER_FIRST):
        if start and "\n" not in words.before(start):
            continue
        for phrase in _LATER_LABELS:
            end = start + len(phrase)
            if end < n and tuple(keys[start:end]) == phrase and ":" in words.before(end):
                neg = Negation(" ".join(words.words[start:end]), start, end - 1)
                if "\n" in words.before(end):
                    # "Future work:" and a bulleted list below it
                    yield from ((k, neg) for k in _list_below(words, end))
                    break
                k = end
                while k < n and (k == end or "\n" not in words.before(k)):
                    yield k, neg
                    k += 1
                break


_FRONTED_WORDS = 8
_TREATED_WORDS = 12
"""A fronted object before "I'd treat as ..." may run longer: the verdict names no object."""
_NOT_OBJECTS = frozenset(
    "for in on at with from by during after before since if when as so then here there now "
    "today honestly frankly also still and but or maybe probably".split()
)


def _fronted(words: Words, i: int, reach: int = _FRONTED_WORDS) -> Iterable[int]:
    """An object put before its subject: "SMOTE I'd avoid entirely", "Dashboards we won't
    build": the few words before "I'd"/"we" at the start of the sentence."""
    raw = words.words
    if i >= 3 and raw[i - 1].lower() in ("am", "are") and raw[i - 2].lower() in ("i", "we"):
        i -= 1  # "A/B tests I am not sure are worth it": the subject is the word before
    if i < 2 or plain(raw[i - 1]) not in _SUBJECTS:
        return ()
    start = words.break_back(i - 2, max(0, i - 1 - reach))
    if not words.sentence_break_before(start) or words.sentence_break_before(i - 1):
        return ()
    if any(is_boundary(words.before(k)) for k in range(start + 1, i)):
        return ()  # "Honestly, I'd avoid it": not an object
    if raw[start].lower() in _NOT_OBJECTS:
        return ()  # "For new cities we don't have data": a setting, not the thing refused
    return range(start, i - 1)


def _deferred(words: Words, looked_at: Sequence[int]) -> Iterable[tuple[int, Negation]]:
    """Ideas an answer puts off: a modal "add" ("I'd", "we could", "only") with "later",
    "eventually", "once ..." (or, after "only", "if"/"when") later in its clause. The words
    between are what is put off; with none, what the sentence said before."""
    keys, raw = words.keys, words.words
    n = len(keys)
    for a in _with(keys, looked_at, _ADDING, 1):
        modal = plain(raw[a - 1])
        if a > 2 and _only_then_we_would(words, a):
            # "Only once the retrain stops keeping up would I add X": the rest of the clause.
            neg = Negation(f"{raw[a - 2]} {raw[a - 1]} {raw[a]}", a - 2, a)
            k = a + 1
            while k < n and not words.boundary_before(k):
                yield k, neg
                k += 1
            continue
        if modal not in _MODALS and not (modal in _THEN_ADD and _modal_before(words, a - 1)):
            continue
        start = words.sentence_start(a - 1)
        opening = _later_phrase(keys, start) or (1 if keys[start] in _LATER else 0)
        if opening and a - start - opening <= 2:
            # "Later we could add embeddings (node2vec) or a GNN": the rest of the clause.
            neg = Negation(f"{raw[start]} ... {raw[a]}", start, start)
            k = a + 1
            while k < n and not words.sentence_break_before(k) and ";" not in words.before(k):
                yield k, neg
                k += 1
            continue
        if keys[start] in _CONDITIONS and any(
            words.before(k).strip() == "," for k in range(start + 1, a)
        ):
            # "If the batch proves too slow, we could add streaming": the rest of the clause.
            neg = Negation(f"{raw[start]} ... {raw[a]}", start, start)
            k = a + 1
            while k < n and not words.boundary_before(k):
                yield k, neg
                k += 1
            continue
        conditional = modal == "only"
        for j in range(a + 1, min(n, a + 10)):
            if words.boundary_before(j) and raw[j].lower() not in ("later", "eventually"):
                break
            if (
                keys[j] in _LATER
                or (conditional and keys[j] in _IF)
                or (keys[j] in _EVER_CONDITIONS and _EVER in keys[j + 1 : j + 1 + _EVER_REACH])
                or _later_phrase(keys, j)
                or (raw[j].lower() == "only" and j + 1 < n and raw[j + 1].lower() in _ONLY_THEN)
            ):
                # ("I'd consider X only if the retrain stops keeping up": X put off)
                neg = Negation(f"{raw[a]} ... {raw[j]}", j, j)
                if j > a + 1 and not all(raw[k].lower() in _ONLY_IF for k in range(a + 1, j)):
                    yield from ((k, neg) for k in range(a + 1, j))
                else:
                    # "X is something we could add if needed": what the sentence said before
                    yield from ((k, neg) for k in _said_before(words, a - 1))
                break


# "only if/once/when/after ...": a condition an addition waits for.
_ONLY_THEN = frozenset(("if", "once", "when", "after"))
_INVERTED_MODALS = frozenset(("would", "will", "should", "do", "could"))
_ONLY_REACH = 20


def _only_then_we_would(words: Words, a: int) -> bool:
    """Whether the "add" at word a follows "would I"/"will we" in a sentence that opens on
    "Only if/once/when/after" (at most _ONLY_REACH words back): the inverted order of a
    deferral ("Only once the retrain stops keeping up would I add drift monitoring")."""
    raw = words.words
    if plain(raw[a - 1]) not in ("i", "we") or raw[a - 2].lower() not in _INVERTED_MODALS:
        return False
    k = words.break_back(a - 2, max(0, a - _ONLY_REACH))
    return (
        words.sentence_break_before(k)
        and raw[k].lower() == "only"
        and k + 1 < len(raw)
        and raw[k + 1].lower() in _ONLY_THEN
    )


# Words that may stand between an "add" and its "later"/"if needed" when what is put off was
# said before: "X is something we could add (only) if needed", "... revisit it later".
_ONLY_IF = frozenset("if only when it that them this those".split())
# Times that put an addition off: "down the road we could add X", "we'll add X at some point".
_LATER_PHRASES = phrase_stems(
    (
        "down the road",
        "at some point",
        "in the future",
        "after launch",
        "post launch",
        "in v 2",
        "in phase 2",
        "in phase two",
        "next quarter",
        "in a later phase",
        "in a later version",
        "in a second phase",
        "in a second round",
        "in a second iteration",
        "in the second half",
        "in the next version",
        "longer term",
        "long term",
    )
)
_LATER_PHRASE_FIRST = frozenset(p[0] for p in _LATER_PHRASES)


def _later_phrase(keys: Sequence[str], j: int) -> int:
    """The length of a later time starting at word j ("down the road"), or 0."""
    if keys[j] not in _LATER_PHRASE_FIRST:
        return 0
    for phrase in _LATER_PHRASES:
        if tuple(keys[j : j + len(phrase)]) == phrase:
            return len(phrase)
    return 0


# "for v1 I'd keep it to three actions, and add the softer ones once ...": an "add" joined to
# a clause that has its modal.
_THEN_ADD = frozenset(("and", "then"))
_MODAL_REACH = 12


def _modal_before(words: Words, k: int) -> bool:
    """Whether a modal ("I'd", "we'd", "would") stands in the sentence a few words before k."""
    raw = words.words
    j = k - 1
    while j >= 0 and k - j <= _MODAL_REACH:
        if plain(raw[j]) in _MODALS - {"only", "can"}:
            return True
        if words.sentence_break_before(j):
            return False
        j -= 1
    return False
