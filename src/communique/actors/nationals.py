"""Unnamed actors named by a nationality adjective and an ordinary noun: "a French tourist",
"Israeli jets", "Philippine vessels", "the Russian side", "Iranian citizens".

Events need their countries ("Iran detained a French tourist": target FRA), so such a phrase is
a mention of its country's actor (created when the article names it no other way): the
country is what an event coder codes, and a separate group per noun would split the country's
events across look-alike actors. Only nouns listed in ``national_nouns.csv`` qualify, so goods
and abstractions ("Australian coal", "Chinese-Russian relations") stay out; the table's sector
column records the CAMEO sector each noun implies, kept for a later finer coding. Runs after
the named groups so that "U.S. officials" or "the Chinese foreign ministry" keep their readings.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from communique.actors.kb import KB, people_nouns
from communique.actors.mentions import mention
from communique.actors.model import State
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MOD_DEPS = {"amod", "compound", "nmod", "conj"}
ORDINALS = words("actors/nationals_ordinals.txt")
FLAGGED = words("actors/nationals_flagged.txt")


@lru_cache(maxsize=1)
def national_nouns() -> dict[str, tuple[str, str | None]]:
    """noun lemma (one or two words) -> (kind, CAMEO sector or None); kind "person" marks
    nouns for people, who become groups ("a French tourist" is one unnamed member)."""
    text = resources.files("communique.data.actors").joinpath("national_nouns.csv")
    rows = csv.DictReader(text.read_text("utf-8").splitlines())
    return {r["noun"]: (r["kind"], r["sector"] or None) for r in rows}


def _adjective(doc: Doc, tok: Token, k: KB) -> tuple[str, int] | None:
    """(iso3, first token) when ``tok`` ends a nationality adjective ("French", "South
    Korean")."""
    if tok.i > 0:
        two = f"{doc[tok.i - 1].text} {tok.text}"
        if two in k.adjectives:
            return k.adjectives[two], tok.i - 1
    iso = k.adjectives.get(tok.text)
    return (iso, tok.i) if iso is not None else None


def _noun_of(tok: Token) -> Token | None:
    """The noun the adjective modifies, through a coordination ("Iranian and Saudi jets")."""
    if tok.dep_ == "conj" and tok.head.dep_ in MOD_DEPS:
        tok = tok.head
    if tok.head.lower_ in FLAGGED and tok.head.dep_ in MOD_DEPS:
        tok = tok.head  # "a British-flagged tanker": the flag state's ship
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head  # "Philippine fishing boat": "fishing" then "boat"
    if tok.dep_ not in MOD_DEPS or head.i <= tok.i or head.pos_ != "NOUN":
        return None
    if head.dep_ == "compound":
        return None  # "Russian military aid": the noun modifies another noun
    return head


def _key(doc: Doc, noun: Token) -> str | None:
    table = national_nouns()
    lemma = noun.lemma_.lower()
    if noun.i > 0 and f"{doc[noun.i - 1].lower_} {lemma}" in table:
        return f"{doc[noun.i - 1].lower_} {lemma}"
    return lemma if lemma in table else None


def _description(doc: Doc, noun: Token, lo: int, kind: str) -> bool:
    """ "Wang, the first Chinese official to visit", "X is a Canadian diplomat": a description
    of an actor already named, not an actor of its own."""
    if noun.dep_ in ("attr", "appos"):
        return True
    singular = noun.tag_ not in ("NNS", "NNPS")
    if not (kind == "person" and singular and doc[lo].lower_ == "the"):
        return False
    # "the first Chinese official to visit" describes someone; "the Russian ambassador" is
    # an unnamed person whose country is what counts
    return any(
        c.dep_ in ("acl", "relcl") or c.lower_ in ORDINALS or c.tag_ in ("JJS", "RBS")
        for c in noun.children
    )


def _demonym(doc: Doc, tok: Token, k: KB, st: State) -> None:
    """ "two Canadians", "Israelis", "Serbs", "Rohingya": a demonym is a mention of its
    country (an adjective with "s", or a people noun of ``adjectives.csv``)."""
    iso = k.adjectives.get(tok.text[:-1]) or people_nouns().get(tok.text)
    country = k.entries.get(f"c:{iso}") if iso else None
    if country is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("amod", "compound"):
        return
    e = st.ent(
        country.id, country.kind, country.name, entry=country, country=iso, code=country.code
    )
    lo = (
        tok.left_edge.i
        if tok.left_edge.i < tok.i and tok.left_edge.i not in st.token_ent
        else tok.i
    )
    e.add(mention(doc, lo, tok.i + 1, "group"))
    for t in range(lo, tok.i + 1):
        st.token_ent.setdefault(t, e.key)


def find_nationals(doc: Doc, k: KB, st: State) -> None:
    table = national_nouns()
    lasts = {a.rsplit(" ", 1)[-1] for a in k.adjectives}
    people = people_nouns()
    for tok in doc:
        plural = tok.text.endswith("s") and tok.text[:-1] in lasts
        if tok.i not in st.token_ent and (plural or tok.text in people):
            _demonym(doc, tok, k, st)
            continue
        if tok.text not in lasts or tok.i in st.token_ent:
            continue
        found = _adjective(doc, tok, k)
        noun = _noun_of(tok) if found else None
        key = _key(doc, noun) if noun is not None else None
        if found is None or noun is None or key is None or noun.i in st.token_ent:
            continue
        iso, first = found
        kind = table[key][0]
        lo = min(first, noun.left_edge.i)
        if _description(doc, noun, lo, kind):
            continue
        country = k.entries.get(f"c:{iso}")
        if country is None:
            continue
        e = st.ent(
            country.id,
            country.kind,
            country.name,
            entry=country,
            country=country.country,
            code=country.code,
        )
        e.add(mention(doc, lo, noun.i + 1, "group"))
        for t in range(lo, noun.i + 1):
            st.token_ent.setdefault(t, e.key)
