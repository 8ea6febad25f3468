"""Weekdays inside a future-oriented complement of a past verb.

"The opposition called for fresh demonstrations on Thursday", "the party announced a rally for
Saturday", "he declared Wednesday a day of national mourning": the verb is past, but the weekday
dates the event it calls for, plans or declares, which lies ahead. The verbs and event nouns
are data (data/time/complements.tsv). The rule is read from the parse, where a small parser
often attaches "on Thursday" to the verb rather than to the event noun; then the weekday counts
as the event's only when it follows the event ("called for protests on Thursday"), not when it
comes first ("announced on Tuesday a general strike").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from communique.time.lexicon import rows

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OBJ = ("dobj", "pobj", "nsubjpass", "attr", "oprd", "npadvmod", "conj", "appos")
_SECOND = ("dobj", "npadvmod", "oprd", "attr", "ccomp", "xcomp")


@lru_cache(maxsize=1)
def _tables() -> dict[str, frozenset[str]]:
    """role ("obj", "declare", "event") -> lemmas."""
    out: dict[str, set[str]] = {}
    for r in rows("complements.tsv"):
        role = r[2] if r[0] == "verb" and len(r) > 2 else r[0]
        out.setdefault(role, set()).add(r[1])
    return {k: frozenset(v) for k, v in out.items()}


def _is(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def future_complement(doc: Doc, start: int, end: int) -> bool:
    """True when the expression at [start, end) dates an event a past verb calls for, plans or
    declares (the caller then reads it as ahead, not behind)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    t = _tables()
    events, verbs = t.get("event", frozenset()), t.get("obj", frozenset())
    w = span.root
    if w.dep_ in ("npadvmod", "dobj", "nsubj") and _is(w.head, t.get("declare", frozenset())):
        return _declared(w, w.head)
    if w.dep_ == "poss":  # "a boycott of Friday's vote"
        return _is(w.head, events) and _under_planning(w.head, verbs)
    if w.dep_ != "pobj" or w.head.dep_ != "prep" or w.head.lower_ not in ("on", "for"):
        return False
    prep, host = w.head, w.head.head
    if host.pos_ in ("NOUN", "PROPN") and _is(host, events):
        return _under_planning(host, verbs)
    if host.pos_ in ("VERB", "AUX") and _is(host, verbs):
        first = _event_object(host, events)
        if first is None:
            return False
        return prep.lower_ == "for" or first.i < prep.i
    return False


def _declared(w: Token, verb: Token) -> bool:
    """ "declared Wednesday a day of mourning", "set Friday as the deadline": a second
    complement after the weekday says what the day will be."""
    for c in verb.children:
        if c.i <= w.i:
            continue
        if c.dep_ in _SECOND and c.pos_ in ("NOUN", "PROPN", "VERB"):
            return True
        if c.dep_ == "prep" and c.lower_ == "as":
            return True
    return False


def _under_planning(noun: Token, verbs: frozenset[str]) -> bool:
    """The event noun is the object (or the object of a preposition) of a planning verb."""
    cur = noun
    for _ in range(6):
        if cur.dep_ not in _OBJ and cur.dep_ != "prep":
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return _is(cur, verbs)
    return False


def _event_object(verb: Token, events: frozenset[str]) -> Token | None:
    """The verb's event complement: its object, or the object of its "for"/"of" ("called for
    protests", "warned of a strike")."""

    def fits(n: Token) -> bool:
        return _is(n, events)

    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and fits(c):
            return c
        if c.dep_ == "prep" and c.lower_ in ("for", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and fits(g):
                    return g
    return None
