"""The target of a stance taken on a demand, call, offer or proposal: who made it.

"The French government rejected union demands", "Serbia's president rejected the students'
demand for a snap election", "the junta rejected demands from protesters", "Bolivia's
government acceded to protesters' demand": the demand's owner (its possessor, the modifier
before it, or its "from"/"by"/"of" object) is the target. It may be of the source's own
country (protesters and their government); an owner told by description becomes a described
side (described.py, participants.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events.arguments import resolve
from communique.events.described import someone
from communique.events.syntax import children, same_line
from communique.events.targets import slots
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.arguments import ActorIndex
    from communique.events.lexicon import Lexicon, TriggerRow

__all__ = ["demand_owner"]

DEMANDS = words("events/demand_nouns.txt")
DEMAND_STANCES = frozenset({"REJECT", "CONCEDE", "SUPPORT", "ACCUSE", "AGREE"})
OWNER_PREPS = frozenset({"from", "by", "of"})


def _owners(noun: Token) -> list[Token]:
    before = [c for c in children(noun, "poss", "compound", "amod") if c.i < noun.i]
    after = [
        o for p in children(noun, "prep") if p.lower_ in OWNER_PREPS for o in children(p, "pobj")
    ]
    return before + after


def demand_owner(
    tok: Token, row: TriggerRow, plover: str, ix: ActorIndex, lex: Lexicon, source: list[str]
) -> tuple[list[str], Token | None]:
    """(actors who made the demand ``tok`` takes a stance on, else the token describing them);
    ([], None) when the trigger's object is no demand or names no owner."""
    if plover not in DEMAND_STANCES:
        return [], None
    for s in slots(tok, row, lex.light_verbs):
        if not same_line(s, tok) or (s.lemma_.lower() not in DEMANDS and s.lower_ not in DEMANDS):
            continue
        owners = _owners(s)
        for o in owners:
            found = [a for a in resolve(o, ix) if a not in source]
            if found:
                return found, None
        described = next((o for o in owners if someone(o, lex, plover)), None)
        if described is not None:
            return [], described
    return [], None
