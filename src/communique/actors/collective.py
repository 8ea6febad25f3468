"""Collective actors with no name: "Police in Nairobi arrested dozens of opposition
supporters", "Gunmen attacked a police station in northern Nigeria, killing four officers",
"lawmakers in Finland", "Chicago police", "troops opened fire".

A plural (or collective: "police") noun of ``collectives.csv`` that is an argument of a clause
(subject, object, object of a preposition, conjunct) and that no earlier step claimed becomes a
group actor with the agent of its noun (police COP, gunmen REB, students EDU, workers LAB...)
and the country its context gives, in this order: a place or country inside the phrase
("Chicago police"), "in/from/of <place>" after it, the one country or place its sentence names,
the article's home country. All mentions of one noun in one country are one actor.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from communique.actors.kb import KB, places
from communique.actors.mentions import mention
from communique.actors.model import State
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "agent"}
COLLECTIVE = {"police", "riot police", "security personnel"}
PLACE_PREPS = words("actors/collective_place_preps.txt")
HOME_BODIES = words("actors/groups_home_bodies.txt")
SKIP_FIRST = words("actors/collective_skip_first.txt")


@lru_cache(maxsize=1)
def collectives() -> dict[str, str]:
    """noun lemma (one or two words) -> CAMEO agent (``collectives.csv``)."""
    text = resources.files("communique.data.actors").joinpath("collectives.csv")
    rows = csv.DictReader(text.read_text("utf-8").splitlines())
    return {r["noun"]: r["sector"] for r in rows}


def place_country(doc: Doc, i: int, k: KB, st: State) -> str | None:
    """The country of the place or country at token ``i`` ("Nairobi", "northern Nigeria",
    "Massachusetts", "the Czech Republic")."""
    key = st.token_ent.get(i)
    if key is not None:
        e = st.ents.get(key)
        if e is not None and e.kind in ("country", "region") and e.country:
            return e.country
        return None
    tok = doc[i]
    if tok.pos_ != "PROPN":
        return None
    lo = i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound":
        lo -= 1
    table = places()
    for a in range(lo, i + 1):
        iso = table.get(doc[a : i + 1].text)
        if iso is not None:
            return iso
    return None


def _key(doc: Doc, tok: Token) -> str | None:
    table = collectives()
    lemma = tok.lemma_.lower()
    if tok.i > 0:
        two = f"{doc[tok.i - 1].lower_} {lemma}"
        if two in table:
            return two
    if lemma in table:
        return lemma
    return tok.lower_ if tok.lower_ in table else None


def _country(doc: Doc, tok: Token, lo: int, k: KB, st: State) -> str | None:
    return own_country(doc, tok, lo, k, st) or context_country(doc, tok, k, st)


def own_country(doc: Doc, tok: Token, lo: int, k: KB, st: State) -> str | None:
    """A country or place inside the phrase ("Chicago police") or right after it ("police in
    Nairobi", "lawmakers from Finland")."""
    for i in range(lo, tok.i):
        iso = k.adjectives.get(doc[i].text) or place_country(doc, i, k, st)
        if iso:
            return iso
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    iso = place_country(doc, obj.i, k, st)
                    if iso:
                        return iso
    return None


def context_country(doc: Doc, tok: Token, k: KB, st: State) -> str | None:
    """The one country or place the sentence names, else the article's home country."""
    lo_s, hi_s = st.sent_start[tok.i], st.sent_end[tok.i]
    found = {place_country(doc, i, k, st) for i in range(lo_s, hi_s)} - {None}
    found |= {k.adjectives[t.text] for t in doc[lo_s:hi_s] if t.text in k.adjectives}
    if len(found) == 1:
        return found.pop()
    return st.home


def _name(k: KB, iso: str | None, noun: str) -> str:
    if iso is None:
        return noun
    gn = k.group_nouns.get(noun)
    adj = next((a for a, x in k.adjectives.items() if x == iso), None)
    country = k.entries.get(f"c:{iso}")
    cname = country.name if country else iso
    if gn is not None:
        return gn.template.format(adj=adj or cname, country=cname)
    return f"{adj} {noun}" if adj else f"{noun} of {cname}"


def find_collectives(doc: Doc, k: KB, st: State) -> None:
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.token_ent:
            continue
        if tok.dep_ not in ARG_DEPS:
            continue
        key = _key(doc, tok)
        if key is None:
            continue
        plural = tok.tag_ in ("NNS", "NNPS") or key in COLLECTIVE
        if not plural:
            continue
        if any(c.dep_ == "poss" for c in tok.children):
            continue  # "its troops", "their supporters": the possessor's own people
        lo = tok.left_edge.i
        if doc[lo].lower_ == "the" and lo == tok.i - 1 and tok.lower_ in HOME_BODIES:
            continue  # "the authorities", "the police": coreference finds which body
        while lo < tok.i and (doc[lo].lower_ in SKIP_FIRST or doc[lo].pos_ in ("DET", "NUM")):
            lo += 1
        claimed = (st.token_ent.get(t, "c:") for t in range(lo, tok.i))
        if any(not key.startswith("c:") for key in claimed):
            continue  # "U.S. officials", "Hamas fighters": found with their body
        iso = own_country(doc, tok, lo, k, st)
        if iso is None and tok.lower_ in HOME_BODIES:
            continue  # "Police said": coreference finds the body named (or the home one)
        iso = iso or context_country(doc, tok, k, st)
        if iso is None:
            continue  # no country to give: the clause's named actors carry its events
        sector = collectives()[key]
        noun = key if " " in key else (tok.lower_ if tok.lower_ == key else key + "s")
        if key in COLLECTIVE:
            noun = key
        name = _name(k, iso, tok.lower_ if tok.tag_ in ("NNS", "NNPS") else noun)
        e = st.ent(
            f"col:{iso}:{key}",
            "group",
            name,
            country=iso,
            sector=sector,
            code=f"{iso}{sector}" if iso else None,
        )
        e.add(mention(doc, lo, tok.i + 1, "group"))
        for t in range(lo, tok.i + 1):
            st.token_ent.setdefault(t, e.key)
