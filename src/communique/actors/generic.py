"""Unnamed speakers and actors: "Analysts said", "rights groups reported", "Western diplomats
said", "a Dakar-based security researcher said", "The junta warned", "according to traders".

Only a noun phrase that speaks or acts (subject of a speech or action verb, or "according to")
and whose head is in ``group_heads.csv`` becomes an actor: a group when plural or collective
("the junta", "the opposition": of the article's country), a person when singular with "a" or
"one". Its country comes from an adjective in the phrase ("Western" is the West, WST).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from communique.actors.collective import (
    MANY,
    collectives,
    context_country,
    institutions,
    own_country,
)
from communique.actors.kb import KB, lexicon, lexwords
from communique.actors.mentions import mention
from communique.actors.model import State
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COLLECTIVE = {"junta", "opposition"}
DETS = words("actors/generic_dets.txt")


@lru_cache(maxsize=1)
def group_heads() -> dict[str, tuple[str, bool]]:
    text = resources.files("communique.data.actors").joinpath("group_heads.csv")
    rows = csv.DictReader(text.read_text("utf-8").splitlines())
    return {r["head"]: (r["sector"], r["home"] == "yes") for r in rows}


def _speaks(tok: Token, k: KB, singular: bool) -> bool:
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head.lemma_.lower()
        return verb in lexwords("speech_verb") or (not singular and verb in k.it_verbs)
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _head_key(doc: Doc, tok: Token) -> str | None:
    heads = group_heads()
    lemma = tok.lemma_.lower()
    if tok.i > 0 and doc[tok.i - 1].dep_ == "compound":
        two = f"{doc[tok.i - 1].lower_} {lemma}"
        if two in heads:
            return two
    return lemma if lemma in heads else None


def find_generic(doc: Doc, k: KB, st: State) -> None:
    heads = group_heads()
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in st.token_ent:
            continue
        plural = tok.tag_ in ("NNS", "NNPS")
        single = not plural and tok.lemma_.lower() not in COLLECTIVE
        if not _speaks(tok, k, single):
            continue
        key = _head_key(doc, tok)
        if key is None:
            continue
        lo, hi = tok.left_edge.i, tok.i + 1
        if any(not st.token_ent.get(t, "c:").startswith("c:") for t in range(lo, hi)):
            continue  # "U.S. officials": a group found with its country
        first = doc[lo].lower_
        collective = tok.lemma_.lower() in COLLECTIVE
        if not (plural or collective or first in ("a", "an", "one")):
            continue  # "the official said": a description, not a new actor
        sector, home = heads[key]
        country = next((k.adjectives[t.text] for t in doc[lo:hi] if t.text in k.adjectives), None)
        region = next(
            (
                lexicon("region_adjective")[t.text]
                for t in doc[lo:hi]
                if t.text in lexicon("region_adjective")
            ),
            None,
        )
        if country is None:  # "lawmakers in Finland"; the junta of the article's country
            country = own_country(doc, tok, lo, k, st)
        many = country == MANY
        country = None if many else country
        from_context = not many and (home or (key in collectives() and key not in institutions()))
        if country is None and region is None and from_context:
            country = context_country(doc, tok, k, st)
        start = lo + 1 if first in DETS else lo
        name = doc[start:hi].text
        kind = "group" if plural or collective else "person"
        prefix = country or region
        code = f"{prefix}{sector}" if prefix and sector else prefix
        e = st.ent(f"gen:{name.lower()}", kind, name, country=country, code=code, sector=sector)
        e.add(mention(doc, lo, hi, "group"))
        for t in range(lo, hi):
            st.token_ent.setdefault(t, e.key)
