"""The article's country context: which country it is about (the "home" country), which
countries a sentence names, and which of several same-named KB entries a generic name
("Congress", "Labour", "Supreme Court") stands for here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, Entry, lexwords, norm_key, places
from communique.actors.model import Cand, State
from communique.actors.orgs import possessor

if TYPE_CHECKING:
    from spacy.tokens import Doc


def country_counts(doc: Doc, cands: list[Cand], k: KB) -> dict[str, int]:
    """How often the article names each country: names, capitals, adjectives ("Sudanese") and
    the known people of that country. A company's headquarters does not count (companies.csv:
    Red Bull in a Formula One report, Honda in an American car review say nothing of where the
    story is)."""
    counts: dict[str, int] = {}
    lead = _lead_end(doc)
    for c in cands:
        for e in c.entries[:1]:
            company = e.id.startswith("bus:")
            if e.kind in ("country", "person", "org") and e.country and not company:
                weight = 2 if c.start < lead else 1  # headline and lead say what it is about
                counts[e.country] = counts.get(e.country, 0) + weight
    for t in doc:
        iso = k.adjectives.get(t.text)
        if iso is not None and t.ent_type_ in ("NORP", "") and t.pos_ in ("ADJ", "PROPN"):
            counts[iso] = counts.get(iso, 0) + (2 if t.i < lead else 1)
    table = places()
    for ent in doc.ents:  # states, provinces and cities: "Chicago", "Massachusetts", "Ontario"
        iso = table.get(ent.text) if ent.label_ in ("GPE", "LOC") else None
        if iso is not None and ent.text not in k.names:
            counts[iso] = counts.get(iso, 0) + (2 if ent.start < lead else 1)
    return counts


def _lead_end(doc: Doc) -> int:
    """Token index where the headline and the first paragraph of text end."""
    paras = 0
    for t in doc:
        if "\n" in t.text and t.text.strip() == "" and t.i > 0:
            paras += 1
            if paras >= 2 and t.idx > 200:
                return t.i
    return len(doc)


def dominant_country(counts: dict[str, int]) -> str | None:
    """The country the article is about: the most named one, if named at least three times
    and half again as often as any other. (A lone sentence's one country is no home: it is as
    often the place acted on, "threatened new attacks on Russian cities".)"""
    ranked = sorted(counts.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]):
        return None
    return ranked[0][0]


def home_with_outlet(counts: dict[str, int], outlet: str | None) -> str | None:
    """The home country when the text names none clearly (`dominant_country` says None): the
    publisher's country (`outlet.outlet_country`), if the text names no country or names the
    publisher's own most. A text that names another country most keeps no home: an American
    outlet's story about Canada and Britain is neither's for certain."""
    if outlet is None:
        return None
    if not counts:
        return outlet
    return outlet if counts.get(outlet, 0) == max(counts.values()) else None


def sentence_countries(doc: Doc, c: Cand, cands: list[Cand], k: KB, st: State) -> set[str]:
    """Countries named in the candidate's sentence (names, capitals, adjectives)."""
    lo, hi = st.sent_start[c.start], st.sent_end[c.start]
    out = {k.adjectives[t.text] for t in doc[lo:hi] if t.text in k.adjectives}
    for o in cands:
        if lo <= o.start < hi:
            out |= {e.country for e in o.entries if e.kind == "country" and e.country}
    return out


def contextual(doc: Doc, c: Cand, k: KB, st: State, cands: list[Cand]) -> list[Entry]:
    """Drop entries reached through a generic name ("Congress", "Labour") whose country is
    neither the article's nor named in the sentence: Brazil's Congress is not the U.S. one.
    A possessor ("the Philippines' National Security Council") decides outright."""
    key = norm_key(doc[c.start : c.end].text)
    key2 = key[4:] if key.startswith("the ") else key
    if not any((key, e.id) in k.generic or (key2, e.id) in k.generic for e in c.entries):
        return c.entries
    owner = possessor(doc, c.start, st, k)
    if owner is not None:
        return [e for e in c.entries if e.country == owner]
    here = sentence_countries(doc, c, cands, k, st)
    ok = [e for e in c.entries if e.country and (e.country == st.home or e.country in here)]
    if ok or not st.counts:
        return ok
    ranked = sorted(c.entries, key=lambda e: -st.counts.get(e.country or "", 0))
    best = st.counts.get(ranked[0].country or "", 0)
    if len(ranked) > 1 and best >= 2 and st.counts.get(ranked[1].country or "", 0) < best:
        return ranked[:1]  # of two parties called "Democratic Party", the more named country's
    if best == max(st.counts.values()) and best >= 2:
        return ranked[:1]
    return []


def fill_home(k: KB, st: State) -> None:
    """People and bodies nothing placed (no KB country, no title, no adjective, no place) are
    of the article's home country when it has one clear country: the Chicago police board,
    the Banksy witness "Alex". Bodies whose names say they are international stay out."""
    if st.home is None:
        return
    ranked = sorted(st.counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[1] * 2 > ranked[0]:
        return  # two countries much named ("the White House looks to North Korea's hackers")
    glob = lexwords("global_word")
    for e in st.ents.values():
        if e.country or e.kind not in ("person", "org", "media"):
            continue
        if e.code or (e.entry is not None and e.kind != "person"):
            continue  # an IGO, a region's group
        if e.kind != "person" and glob & set(e.name.split()):
            continue
        e.country = st.home
