"""The target of a stance taken on a demand, call, offer or proposal: who made it.

"The French government rejected union demands", "Serbia's president rejected the students'
demand for a snap election", "the junta rejected demands from protesters", "Bolivia's
government acceded to protesters' demand": the demand's owner (its possessor, the modifier
before it, or its "from"/"by"/"of" object) is the target. It may be of the source's own
country (protesters and their government); an owner told by description becomes a described
side (described.py, participants.py).

Praise, criticism or rejection of what someone said or did is aimed at them the same way:
"called Trump's comments unhelpful", "disappointed by the government's actions" (``DEEDS``).

An act told by its doer's nationality is aimed at that country: "condemned the Russian invasion
of Ukraine" (Russia, not Ukraine), "denounced Chinese military drills near Taiwan"
(``deed_doer``).

A measure on a country's goods is aimed at that country: "tariffs on Chinese electric cars",
"banned imports of Russian oil", "curbs on imports from India" (``goods_country``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events.arguments import resolve
from communique.events.described import someone
from communique.events.syntax import children, is_verb, same_line
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.arguments import ActorIndex
    from communique.events.lexicon import Lexicon

__all__ = ["deed_doer", "demand_owner", "goods_country"]

MEASURES = frozenset({"SANCTION", "CONCEDE"})  # imposed or eased on goods

DEMANDS = words("events/demand_nouns.txt")
DEEDS = words("events/deed_nouns.txt")
ACTS = words("events/act_nouns.txt")  # acts of states: their doer by nationality
DEED_STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
DEMAND_STANCES = frozenset({"REJECT", "CONCEDE", "SUPPORT", "ACCUSE", "AGREE"})
OWNER_PREPS = frozenset({"from", "by", "of"})


def _owners(noun: Token) -> list[Token]:
    before = [c for c in children(noun, "poss", "compound", "amod") if c.i < noun.i]
    after = [
        o for p in children(noun, "prep") if p.lower_ in OWNER_PREPS for o in children(p, "pobj")
    ]
    return before + after


def demand_owner(
    tok: Token,
    where: list[Token],
    plover: str,
    ix: ActorIndex,
    lex: Lexicon,
    source: list[str],
) -> tuple[list[str], Token | None]:
    """(actors who made the demand ``tok`` takes a stance on, else the token describing them);
    ([], None) when the trigger's object (one of its slots ``where``) is no demand or names no
    owner."""
    if plover not in DEMAND_STANCES:
        return [], None
    nouns = DEMANDS | DEEDS if plover in DEED_STANCES else DEMANDS
    for s in where:
        if not same_line(s, tok) or (s.lemma_.lower() not in nouns and s.lower_ not in nouns):
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


def deed_doer(where: list[Token], plover: str, source: list[str], ix: ActorIndex) -> list[str]:
    """The country whose act a stance is taken on, told by a nationality word: "condemned the
    Israeli offensive", "the Chinese government's crackdown" ([Israel], [China]); [] when the
    trigger's object (one of its slots ``where``) is no deed (``DEEDS``, ``ACTS``) or names no
    nationality, or the nationality is the source's own ("criticised the French decision",
    said by France, is about a French body the text should name)."""
    if plover not in DEED_STANCES | {"PROTEST"}:
        return []
    own = {ix.country.get(a) for a in source}
    nouns = DEEDS | ACTS
    for s in where:
        if s.lemma_.lower() not in nouns and s.lower_ not in nouns:
            continue
        mods = [c for c in children(s, "amod", "compound") if c.i < s.i]
        mods += [m for p in children(s, "poss") for m in children(p, "amod") if m.i < p.i]
        for m in mods:
            actor = ix.nationality_actor(m, frozenset(c for c in own if c))
            if actor:
                return [actor]
    return []


def goods_country(where: list[Token], plover: str, ix: ActorIndex) -> list[str]:
    """The country whose goods a measure is on: a nationality word in the phrase of the thing
    (one of the trigger's slots ``where``: "tariffs on Chinese cars") or its "from" country
    ("imports from India"), as that country's actor; [] when none."""
    if plover not in MEASURES:
        return []
    for s in where:
        for t in _phrase(s):
            actor = ix.nationality_actor(t) if t.dep_ in ("amod", "compound") else None
            if actor:
                return [actor]
            if t.dep_ == "pobj" and t.head.lower_ == "from":
                found = [a for a in resolve(t, ix) if ix.kind.get(a) == "country"]
                if found:
                    return found
    return []


def _phrase(head: Token) -> list[Token]:
    """The words of the noun phrase ``head`` heads, without the clauses in it ("officials who
    backed the Russian invasion" names no Russian goods)."""
    out = []
    for t in head.subtree:
        path = [t, *t.ancestors]
        inner = path[: path.index(head)] if head in path else []
        if not any(is_verb(x) for x in inner):
            out.append(t)
    return out
