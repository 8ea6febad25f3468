"""The coding step of a candidate (events/candidate.py): the CAMEO code a trigger's row gives,
recoded when the event is halted, negated, refused, only intended, promised ("Portugal will
support Ukraine": AGREE) or offered ("offered aid": the offer). The triggers a recoding
swallows go to the draft's ``consumed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events import code
from communique.events.modality import HALT_CODE, INTENT_CODE, REFUSE_CODE, THREAT_CODE
from communique.events.syntax import governors, is_verb, reduced_relative

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.lexicon import Lexicon
    from communique.events.modality import Mood
    from communique.events.model import Draft

__all__ = ["code_step"]

# what an offer or promise of a thing is coded as when the thing is the object of the verb of
# intent ("offered aid": 033); a promise of support is the support itself (050)
OFFERED = frozenset(k for k in INTENT_CODE if k != "SUPPORT")


def code_step(d: Draft, m: Mood, kinds: dict[int, str], lex: Lexicon) -> None:
    """The CAMEO code: the row's, recoded when the event is halted, negated, refused or only
    intended; the triggers the recoding swallows go to ``consumed``."""
    plover, row = d.plover, d.row
    d.cameo = row.cameo
    if m.halted and plover in HALT_CODE:
        d.cameo = HALT_CODE[plover]
    elif m.negated and row.negflip:
        d.cameo, d.modality = row.negflip, "asserted"
    elif m.refused and plover != "REJECT":
        d.cameo, d.modality = REFUSE_CODE.get(plover, "120"), "asserted"
        if m.refuse_head is not None:  # "refused to negotiate": one event, the refusal
            d.consumed.append(m.refuse_head.i)
    elif m.declined and plover in REFUSE_CODE and not m.conditional:
        d.cameo, d.modality = REFUSE_CODE[plover], "asserted"  # "will not negotiate": refusal
    elif m.intent_head is not None and plover in THREAT_CODE and not _agreed(m.intent_head):
        d.cameo, d.modality = THREAT_CODE[plover], "negated" if m.negated else "asserted"
        d.consumed.append(m.intent_head.i)  # "vowed to retaliate": one event, the threat
    elif m.intent_head is not None and plover in INTENT_CODE:
        d.cameo = INTENT_CODE[plover]
        d.modality = "negated" if m.negated else "asserted"
        d.consumed.append(m.intent_head.i)
    elif plover in PROMISED and d.modality == "planned" and _will(d.tok):
        d.cameo, d.modality = INTENT_CODE[plover], "asserted"  # a promise is AGREE
        d.consumed += [c.i for c in d.tok.children if c.dep_ == "dobj" and c.i in kinds]
    elif plover in OFFERED and (offer := _offering(d.tok, kinds, lex)) is not None:
        d.cameo = INTENT_CODE[plover]  # "offered humanitarian aid": the offer, not the aid
        d.modality = "negated" if m.negated else "asserted"
        d.consumed.append(offer.i)
    if d.cameo[:2] in VIOLENT_ROOTS and _cyber(d, lex):
        d.cameo = CYBER_CODE  # "hackers infiltrated the studio", "a supply-chain attack"
    elif d.cameo[:3] in CROWD_CODES and _crowd(d, lex):
        d.cameo = RIOT_CODE  # "protesters overran the residence": a violent protest
    if d.plover == "PROTEST":  # "rallied in Tbilisi demanding the bill's withdrawal": one
        d.consumed += _demands_of(d.tok, kinds)  # protest, its demand its content
    d.consumed += [
        g.i
        for g in ([] if reduced_relative(d.tok) else governors(d.tok))  # "a deal brokered by"
        if g.i in kinds and lex.heads.get(g.lemma_.lower()) == "intent"
    ]
    d.plover = code.plover(d.cameo) or plover


PROMISED = frozenset({"SUPPORT", "AID", "COOPERATE", "CONCEDE", "RETREAT"})
VIOLENT_ROOTS = frozenset({"18", "19"})
# force and seizure a crowd can do: seize or damage property, occupy, attack, fight
CROWD_CODES = frozenset({"171", "180", "181", "182", "183", "186", "190", "192", "193", "194"})
RIOT_CODE = "145"  # CAMEO: protest violently, riot (PROTEST)
MOBS = frozenset({"crowd", "mob", "throng"})
CYBER_CODE = "176"  # CAMEO: attack cybernetically (COERCE)
CYBER_DEPS = frozenset({"amod", "compound", "nmod", "nsubj", "nsubjpass", "agent", "dobj", "poss"})


def _demands_of(tok: Token, kinds: dict[int, str]) -> list[int]:
    """The demands a protest makes in a participle clause of its own ("marched ... demanding
    the resignation of the president"): the protest's content, not an event of their own
    (PLOVER codes the protest with what it demands, CAMEO 141x)."""
    return [  # also where the parser hung the participle on the place ("through the capital")
        c.i
        for c in tok.subtree
        if c.i > tok.i
        and c.dep_ in ("advcl", "xcomp", "acl")
        and c.tag_ == "VBG"
        and kinds.get(c.i) == "REQUEST"
        and (c.head.i == tok.i or c.head.dep_ == "pobj")
    ]


def _crowd(d: Draft, lex: Lexicon) -> bool:
    """The doer is a crowd: protesters, demonstrators, rioters, supporters (plural), a mob
    ("Protesters overran the president's residence", "demonstrators seized buildings"). CAMEO
    codes force or seizure by a crowd as a violent protest (145), not as an armed attack."""
    crowds = lex.classes.get("protesters", frozenset())
    src = d.src_tok
    if src is None or not (src.lemma_.lower() in crowds or src.lower_ in crowds):
        return False
    return src.tag_ in ("NNS", "NNPS") or src.lemma_.lower() in MOBS  # one student is no crowd


def _cyber(d: Draft, lex: Lexicon) -> bool:
    """An attack told as a computer one: the trigger's modifiers, its doer or its object are
    words of the ``cyber`` class ("a ransomware attack", "hackers infiltrated the studio",
    "attacks on its servers"). CAMEO codes it 176 (COERCE), not the use of force."""
    words = lex.classes.get("cyber", frozenset())
    near = [c for c in d.tok.children if c.dep_ in CYBER_DEPS]
    near += [g for c in d.tok.children if c.dep_ in ("prep", "agent") for g in c.children]
    if d.src_tok is not None:  # "hackers", "a hacking group"
        near += [d.src_tok, *(c for c in d.src_tok.children if c.dep_ in ("amod", "compound"))]
    phrases = ["".join(x.text for x in t.subtree).lower() for t in near if t.dep_ == "compound"]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near) or any(
        p in words for p in phrases
    )


WILL = frozenset({"will", "shall", "'ll", "wo"})


def _will(tok: Token) -> bool:
    """ "Portugal will support Ukraine": the act told in the future with "will" is the source's
    promise (PLOVER's AGREE with its CAMEO intent code), not the act itself; a meeting or visit
    in the future is the schedule ("will visit" stays CONSULT, planned)."""
    return any(c.dep_ == "aux" and c.lower_ in WILL for c in tok.children)


def _agreed(head: Token) -> bool:
    """ "agreed to impose sanctions" is a decision taken; "vowed to impose" a threat."""
    return head.lemma_.lower() == "agree"


def _offering(tok: Token, kinds: dict[int, str], lex: Lexicon) -> Token | None:
    """The verb of intent whose object ``tok`` is, when that verb is itself an AGREE trigger
    ("offered aid", "promised support"): the event is the intent, coded by what is offered."""
    verbs = [g for g in governors(tok) if is_verb(g)]
    if not verbs or is_verb(tok):
        return None
    v = verbs[0]
    return v if lex.heads.get(v.lemma_.lower()) == "intent" and kinds.get(v.i) == "AGREE" else None
