"""What a trigger's clause or phrase is: the content of another act, not an event of its own.

"demanded that Iran release the hostages" (the release is what is demanded), "signed an
agreement to build a port" (what the pact provides), "held talks about the nuclear deal" (the
topic), "the court ruled that Turkey had violated ..." (a finding), "alleged that the army had
shelled villages" (a charge). Entry: ``is_content``; ``ruling_over`` gives the court whose
ruling imposes a passive act ("ruled that Trump is disqualified"), its doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events.syntax import is_passive, reduced_relative

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.triggers import Trigger

__all__ = ["is_content", "ruling_over"]

CONTENT_OF = frozenset({"REQUEST", "THREATEN", "REJECT", "CONCEDE"})
# what a pact provides or a meeting is held for is its content ("a meeting to discuss ...")
PACTS = frozenset({"AGREE", "CONSULT"})
CLIMB = frozenset(
    {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "compound", "attr", "oprd", "acomp"}
)


def _governed_by(tok: Token, kinds: dict[int, str]) -> str | None:
    """Type of a trigger above ``tok`` whose content ``tok`` is, if any. A warning with no one
    warned ("China might attack, officials warned") only reports; it governs nothing."""
    cur = tok
    for _ in range(8):
        if _purpose(cur) and kinds.get(cur.head.i) in CONTENT_OF:
            return kinds[cur.head.i]  # "appealed for funds to help the displaced": asked for
        if cur.dep_ not in CLIMB or cur.head.i == cur.i:
            return None
        cur = cur.head
        if kinds.get(cur.i):  # a statement or a no-event sense governs nothing
            reporting = cur.lemma_.lower() == "warn" and not any(
                c.dep_ in ("dobj", "dative", "prep") for c in cur.children
            )
            recodes = cur.lemma_.lower() in ("refuse", "decline")  # "refused to negotiate"
            return None if reporting or recodes else kinds[cur.i]
    return None


def _purpose(tok: Token) -> bool:
    """ "(appealed for funds) to help", "(signed a deal) to build": an infinitive of purpose."""
    return tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children)


def _pact_content(tok: Token, kinds: dict[int, str]) -> bool:
    """ "signed an agreement to build a port", "will hold a meeting to discuss oil prices": what
    a pact provides or a meeting is held for is its content, not an event of its own."""
    cur = tok
    for _ in range(4):
        purpose = _purpose(cur)
        if (cur.dep_ not in ("acl", "xcomp", "relcl") and not purpose) or cur.head.i == cur.i:
            return False
        cur = cur.head
        if kinds.get(cur.i):  # the pact itself, or the signing of one ("signed a deal to build")
            return kinds[cur.i] in PACTS and (cur.pos_ in ("NOUN", "PROPN") or purpose)
    return False


TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})


def _topic_of_talks(tok: Token, kinds: dict[int, str]) -> bool:
    """ "talks about the nuclear deal", "negotiations on a ceasefire", "met to discuss": what a
    meeting or negotiation is about is its topic, not an event of its own."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in TOPIC_PREPS:
        return False
    return kinds.get(tok.head.head.i) == "CONSULT"


def _alleged(tok: Token, rows: dict[int, Trigger] | None) -> bool:
    """ "The court ruled that Turkey had violated the rights of ...", "alleged that the army had
    shelled villages": the clause a ruling or an allegation (CAMEO 11) states is its content,
    a finding or a charge, not an act the reporter asserts."""
    if not rows:
        return False
    if _imposes(tok, rows):
        return True  # "ruled that Trump is disqualified": the ruling is the means, coded by it
    cur, clausal = tok, False
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i or is_passive(cur):
            return False  # "ruled that Trump is disqualified from office": the act imposed
        clausal = clausal or cur.dep_ == "ccomp"  # a verb coordinated with it is no content
        cur = cur.head
        trig = rows.get(cur.i)
        if trig is not None:
            return clausal and trig.row.cameo.startswith("11")
    return False


def ruling_over(tok: Token, rows: dict[int, Trigger] | None) -> Token | None:
    """The ruling (116) whose clause imposes the passive act ``tok``, or None."""
    head = tok.head
    if not rows or tok.dep_ != "ccomp" or not is_passive(tok) or head.i not in rows:
        return None
    return head if rows[head.i].row.cameo == "116" else None


def _imposes(tok: Token, rows: dict[int, Trigger]) -> bool:
    """A ruling (116) whose clause imposes an act in the passive ("ruled that Trump is
    disqualified from holding office"): the act is the event, the ruling none of its own."""
    return any(c.i in rows and ruling_over(c, rows) is not None for c in tok.children)


def is_content(tok: Token, kinds: dict[int, str], rows: dict[int, Trigger] | None) -> bool:
    """Whether the trigger ``tok`` is the content of another trigger's act (``kinds``: token
    index -> PLOVER type of every trigger of the sentence; ``rows``: their rows)."""
    if reduced_relative(tok):  # "a deal brokered by China": an act with its own doer
        return False
    if _governed_by(tok, kinds) in CONTENT_OF or _pact_content(tok, kinds):
        return True
    return _topic_of_talks(tok, kinds) or _alleged(tok, rows)
