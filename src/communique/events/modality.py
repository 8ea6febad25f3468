"""Whether an event happened, is planned, possible, hoped for or denied, read off its chain.

The trigger's own auxiliaries and negation, and the verbs above it in its chain ("announced
plans to suspend", "hoped to secure", "is due to visit", "refused to negotiate") decide. Some
heads also recode the event: "refused to X" is a rejection (CAMEO 12x), "agreed/pledged to X"
an expression of intent (CAMEO 03x); a negated concession ("would not succumb") is a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.events.syntax import governors, reduced_relative

if TYPE_CHECKING:
    from spacy.tokens import Token

RANK = {"negated": 4, "possible": 3, "hoped": 2, "planned": 1, "asserted": 0}
NONE_SUBJECTS = frozenset({"none", "nobody", "neither"})
# what "refused to <type>" becomes, and which intent code "pledged to <type>" takes
REFUSE_CODE = {
    "CONSULT": "125",
    "AGREE": "125",
    "AID": "122",
    "CONCEDE": "124",
    "RETREAT": "124",
    "COOPERATE": "121",
    "SUPPORT": "120",
}
# what "no longer <type>" / "stopped <type>-ing" becomes: a cut in relations, or a pull-back
HALT_CODE = {
    "AID": "162",
    "COOPERATE": "160",
    "SUPPORT": "160",
    "CONSULT": "164",
    "AGREE": "160",
    "ASSAULT": "087",
    "MOBILIZE": "087",
}
# what "vowed/pledged to <type>" becomes when the type is force, coercion or a sanction: a
# threat (docs/events.md), "vowed to retaliate" is no attack that happened
THREAT_CODE = {"ASSAULT": "138", "MOBILIZE": "138", "COERCE": "137", "SANCTION": "131"}
INTENT_CODE = {
    "CONSULT": "036",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "035",
    "SUPPORT": "032",
    "AGREE": "030",
}


@dataclass
class Mood:
    modality: str = "asserted"
    negated: bool = False
    denied: bool = False  # the clause of a denial ("denied that X had ..."): no event
    refused: bool = False
    deontic: bool = False
    refuse_head: Token | None = None
    halted: bool = False  # "would no longer supply", "stopped supplying"
    conditional: bool = False  # under or beside an "if" clause
    condition: bool = False  # the "if" clause itself: "if Seoul went ahead with the drills"
    declined: bool = False  # "will not negotiate", "won't support": a refusal said outright
    intent_head: Token | None = None


def _negated(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NONE_SUBJECTS:
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(  # "no Turkish troops had crossed"
            d.dep_ == "det" and d.lower_ == "no" for d in c.children
        ):
            return True
    return False


def _no_longer(tok: Token) -> bool:
    return any(
        c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in tok.children
    )


FUTURE = frozenset({"will", "would", "wo", "shall"})


def _future(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children)


CONDITION = frozenset({"if", "unless"})


def _conditional(chain: list[Token]) -> bool:
    """The event is the condition or the consequence of an "if" clause."""
    for t in chain:
        if any(m.lower_ in CONDITION for m in t.children if m.dep_ == "mark"):
            return True
        for c in t.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION for m in c.children
            ):
                return True
    return False


def _condition(chain: list[Token]) -> bool:
    """The event is what an "if" or "unless" clause supposes, not a fact: "(would retaliate)
    if South Korea went ahead with joint drills"."""
    for t in chain:
        if t.dep_ == "advcl" and any(m.lower_ in CONDITION for m in t.children if m.dep_ == "mark"):
            return True
        if t.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "compound", "amod"):
            return False
    return False


def mood(tok: Token, heads: dict[str, str]) -> Mood:
    """Modality of the event whose trigger is ``tok``."""
    m = Mood()
    best = "asserted"
    chain = [tok] if reduced_relative(tok) else [tok, *governors(tok)]
    for i, t in enumerate(chain):
        clausal = any(x.dep_ in ("xcomp", "acl") for x in chain[:i])
        if _no_longer(t):
            m.halted = True
        elif _negated(t):
            m.negated = True
            m.declined = m.declined or (i == 0 and _future(t))
        for c in t.children:
            if c.dep_ == "aux" and c.lemma_.lower() in heads:
                cls = heads[c.lemma_.lower()]
                if cls == "deontic":
                    m.deontic = True
                if cls in RANK and RANK[cls] > RANK[best]:
                    best = cls
        if i == 0:
            continue
        cls = heads.get(t.lemma_.lower()) or heads.get(t.lower_, "")  # "hoped" -> "hop"
        if cls == "refuse":
            m.refused = True
            m.refuse_head = m.refuse_head or t
        elif cls == "intent" and (clausal or t.lemma_.lower() == "agree"):
            m.intent_head = m.intent_head or t  # "pledged to deepen", "agreed to a visit"
        elif cls == "negated":
            m.negated = True
        elif cls == "halt" and any(x.dep_ == "xcomp" for x in chain[:i]):
            m.halted = True
        elif cls in RANK and RANK[cls] > RANK[best]:
            if cls == "planned" and t.lemma_.lower() == "announce" and t is chain[-1] and i == 1:
                continue  # "announced sanctions" is done, "announced plans to" is planned
            best = cls
    top = chain[-1]  # "Pakistan denied that its army had shelled villages": a denial, which
    if top.dep_ == "ccomp" and heads.get(top.head.lemma_.lower()) == "negated":
        m.denied = True  # is a statement (CAMEO 016), not the act, asserted or negated
    m.conditional = _conditional(chain)  # "would revive the deal if Washington lifted..."
    m.condition = _condition(chain)
    if m.refused and m.negated:
        m.negated = False  # "did not refuse" - leave it asserted
    m.modality = "negated" if m.negated else best
    return m
