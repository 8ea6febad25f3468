"""Which way a relative date points, read from the verb that governs it.

"arrived on Tuesday" -> past; "will meet on Wednesday", "is due to visit", "plans to travel",
"might meet" -> future; "meets on Thursday", "is meeting on Thursday" -> present (resolved like
the future: a present-tense verb with a weekday names a coming day); no verb found -> None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = words("time/tense_future_aux.txt")
_PAST_AUX = {"did", "had", "'d"}
_HAVE = {"has", "have", "'ve"}
_BE_PRESENT = words("time/tense_be_present.txt")
_BE_PAST = {"was", "were"}
_FUTURE_HEADS = words("time/tense_future_heads.txt")
_ONSET = words("time/tense_onset.txt")
_SPEECH = words("time/tense_speech.txt")
_AHEAD = words("time/tense_ahead.txt")
_SCHEDULED = words("time/tense_scheduled.txt")
_AFTER = words("time/tense_after.txt")


def governing_verb(tok: Token, steps: int = 4) -> Token | None:
    """The nearest verb (or auxiliary used as a main verb) above ``tok``, within a few steps."""
    cur = tok
    for _ in range(steps):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "auxpass"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") else None


def verb_direction(verb: Token) -> str | None:
    """past | future | present | None for one verb, from its auxiliaries and tag."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE_AUX for a in auxes if a != "'d"):
        return "future"
    if "to" in auxes:
        head = verb.head
        if head.i != verb.i and (head.lemma_.lower() in _FUTURE_HEADS or head.lower_ == "going"):
            return "future"
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ") and head.head.i != head.i:
            return verb_direction(head) if head.lemma_.lower() not in _SPEECH else "future"
        return "future"
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _SCHEDULED:
        return "future"  # "has been scheduled for June 3", "was expected on Friday"
    if any(a in _PAST_AUX or a in _BE_PAST for a in auxes):
        return "past"
    if any(a in _HAVE for a in auxes):
        return "past"
    if verb.lemma_.lower() in _FUTURE_HEADS and any(a in _BE_PRESENT for a in auxes):
        return "future"
    tag = verb.tag_
    if tag == "VBN" and verb.lemma_.lower() in _FUTURE_HEADS:
        return "future"  # "is set for Friday"
    if tag == "VBD":
        return "past"
    if tag == "VBN" and not auxes and (small := _small_clause_verb(verb)) is not None:
        return verb_direction(small)  # "want the bill passed by March", "see it approved by June"
    if tag == "VBN":
        return "present" if any(a in _BE_PRESENT for a in auxes) else "past"
    if tag in ("VBZ", "VBP"):
        return "present"
    if tag == "VBG":
        if verb.lemma_.lower() in _ONSET and not auxes:
            return "present"  # "a ceasefire starting on Monday", "talks beginning on Sunday"
        return "present" if any(a in _BE_PRESENT for a in auxes) else None
    return None


_SMALL_CLAUSE = words("time/tense_small_clause.txt")


def _small_clause_verb(part: Token) -> Token | None:
    """The verb whose object a bare participle completes ("want the bill passed", "on track to
    see the plan approved"): the participle's time is that verb's. A participle that merely
    describes a noun ("the law approved in June") has none."""
    head = part.head
    if part.dep_ in ("ccomp", "xcomp", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head if head.i != part.i else None
    if part.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() in _SMALL_CLAUSE:
        return head.head
    return None


def direction(doc: Doc, start: int, end: int) -> str | None:
    """The direction of the expression at [start, end) in ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    framed = _framed(span.root)
    if framed is not None:
        return framed
    verb = governing_verb(span.root)
    if verb is None:
        return None
    if _crosses_line(doc, verb.i, span.start):
        return None  # a parse that joins a headline to the first paragraph is no guide
    return verb_direction(verb)


def _framed(tok: Token) -> str | None:
    """ "ahead of Friday's summit", "in the run-up to Friday's vote" -> future; "after
    Friday's vote", "in the wake of Monday's attack" -> past: a day that names an occasion
    framed by such a phrase lies on that side of the story, whatever the main verb's tense."""
    if tok.dep_ != "poss":
        return None
    prep = tok.head.head  # Friday -(poss)-> summit -(pobj)-> of / to / after
    for _ in range(3):
        if prep.dep_ not in ("prep", "pobj", "advmod", "pcomp") and prep.pos_ != "ADP":
            return None
        word = prep.lower_
        if word in _AHEAD:
            return "future"
        if word in _AFTER:
            return "past"
        if prep.head.i == prep.i:
            return None
        prep = prep.head
    return None


def _crosses_line(doc: Doc, i: int, j: int) -> bool:
    lo, hi = sorted((i, j))
    return any("\n" in doc[k].text_with_ws for k in range(lo, hi))
