"""Collective actors with no name: "Police in Nairobi arrested dozens of opposition
supporters", "Gunmen attacked a police station in northern Nigeria, killing four officers",
"lawmakers in Finland", "Chicago police", "troops opened fire".

A noun of ``collectives.csv`` (the agent nouns of news: police COP, gunmen REB, students EDU,
workers LAB, the air force MIL...) that is an argument of a clause (subject, object, object of a
preposition, conjunct) and that no earlier step claimed becomes an actor with the agent of its
noun, as PETRARCH-style coders treat agent nouns:
- a plural, or a collective body ("police", "the army"), is a group;
- a singular member noun is a described person only when it is new to the story: "a student",
  "a former Colombian soldier", a headline's bare "Student shoots ..." ("the student" is an
  earlier actor, which coreference finds).
Its country is the one its context gives, in this order: a place or country inside the phrase
("Chicago police"), "in/from/of <place>" after it, the one country or place its sentence names
(not a place the clause aims at: "fighters crossed into Israel" are no Israelis), the article's
home country. Where none does, a doer (subject or agent of its clause) is still an actor, with
its agent and no country: who did it is known by kind, where from is not. All mentions of one
noun in one country are one actor.
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


AIMED_PREPS = {"into", "against", "toward", "towards", "on", "upon", "at"}
DOER_DEPS = {"nsubj", "nsubjpass", "agent"}
NEW_DETS = {"a", "an", "one", "another"}
MANY = "*"  # own_country's answer for a phrase that names several countries


@lru_cache(maxsize=1)
def _table() -> list[dict[str, str]]:
    text = resources.files("communique.data.actors").joinpath("collectives.csv")
    return list(csv.DictReader(text.read_text("utf-8").splitlines()))


@lru_cache(maxsize=1)
def collectives() -> dict[str, str]:
    """noun lemma (one or two words) -> CAMEO agent (``collectives.csv``)."""
    return {r["noun"]: r["sector"] for r in _table()}


@lru_cache(maxsize=1)
def persons() -> frozenset[str]:
    """The member nouns of ``collectives.csv`` that may stand for one unnamed doer ("a gunman",
    "a student"); the others ("minister", "diplomat") are titles, actors only in the plural."""
    return frozenset(r["noun"] for r in _table() if r["kind"] == "person")


@lru_cache(maxsize=1)
def institutions() -> frozenset[str]:
    """Nouns of bodies ("government", "bank", "court") whose plural is one actor only when its
    own phrase says whose ("Chinese companies"), never from context ("central banks")."""
    civil = {"institution"}
    return frozenset(
        r["noun"]
        for r in _table()
        if r["kind"] in civil or (r["kind"] == "body" and r["sector"] in ("GOV", "LEG"))
    )


@lru_cache(maxsize=1)
def bodies() -> frozenset[str]:
    """The nouns of ``collectives.csv`` that name a body, not a member ("army", "police")."""
    return frozenset(r["noun"] for r in _table() if r["kind"] == "body")


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
    if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "LOC"):
        return None  # a place the tagger calls a common noun ("Idaho prosecutors") counts
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


def own_country(doc: Doc, tok: Token, lo: int, k: KB, st: State) -> str | None:
    """A country or place inside the phrase ("Chicago police") or right after it ("police in
    Nairobi", "lawmakers from Finland"); ``MANY`` when it names several."""
    for i in range(lo, tok.i):
        two = doc[i : i + 2].text if i + 2 <= tok.i else ""  # "South African", "North Korean"
        iso = k.adjectives.get(two) or k.adjectives.get(doc[i].text) or place_country(doc, i, k, st)
        if iso:
            return iso
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                found = {place_country(doc, o.i, k, st) for o in (obj, *obj.conjuncts)}
                if len(found - {None}) > 1:
                    return MANY  # "governments in Beijing and Moscow": more than one actor
                iso = next(iter(found - {None}), None)
                if iso:
                    return iso
    return None


def context_country(doc: Doc, tok: Token, k: KB, st: State) -> str | None:
    """The one country or place the sentence names, else the article's home country. A place
    the noun's own clause aims at ("crossed into Israel", "fired on Gaza") says where it went,
    not where it is from."""
    lo_s, hi_s = st.sent_start[tok.i], st.sent_end[tok.i]
    aimed = _aimed(doc, tok)
    found = {place_country(doc, i, k, st) for i in range(lo_s, hi_s) if i not in aimed} - {None}
    found |= {
        k.adjectives[t.text] for t in doc[lo_s:hi_s] if t.text in k.adjectives and t.i not in aimed
    }
    if len(found) == 1:
        return found.pop()
    # "fighters crossed into Israel": the home country aimed at itself places no doer; a place
    # the target is in ("fire into a building in Prague") does
    aimed_at = {place_country(doc, i, k, st) for i in _aimed(doc, tok, direct=True)}
    return None if st.home in aimed_at else st.home


def _aimed(doc: Doc, tok: Token, direct: bool = False) -> set[int]:
    """Tokens of the places the clause of a doer ``tok`` aims at: objects of "into", "against",
    "on"... under its verb (``direct``: the objects and their conjuncts alone, not the places
    named inside them)."""
    if tok.dep_ not in DOER_DEPS:
        return set()
    out: set[int] = set()
    for prep in tok.head.children:
        if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPS:
            for obj in prep.children:
                out |= (
                    {t.i for t in obj.conjuncts} | {obj.i} if direct else {t.i for t in obj.subtree}
                )
    return out


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


def _member(doc: Doc, tok: Token, key: str) -> bool | None:
    """True for a plural or a body, False for a singular member new to the story ("a student",
    a headline's "Student shoots"), None for anything else ("the student": an earlier actor)."""
    if key in COLLECTIVE:
        return True
    if tok.tag_ in ("NNS", "NNPS"):  # "researchers" in passing are no actor; doing, they are
        return True if key in persons() or tok.dep_ in DOER_DEPS | {"dobj"} else None
    if key in bodies():  # "the army", a body; "at university", "in court": a place
        return True if tok.dep_ != "pobj" or any(c.dep_ == "det" for c in tok.children) else None
    if tok.tag_ != "NN" or tok.dep_ not in DOER_DEPS:
        return None  # one unnamed person is an actor as the doer of the clause only
    if key not in persons():
        return None  # "a senior diplomat", "a minister": a title, which roles and coref read
    first = doc[tok.left_edge.i]
    if first.lower_ in NEW_DETS:
        return False
    return False if first.i == tok.i and tok.is_sent_start else None


def _start(doc: Doc, tok: Token) -> int | None:
    """Where the actor's phrase starts (past articles and counts), or None when the phrase
    belongs to someone else ("its troops") or names its body ("U.S. officials")."""
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "its troops", "their supporters": the possessor's own people
    lo = tok.left_edge.i
    if doc[lo].lower_ == "the" and lo == tok.i - 1 and tok.lower_ in HOME_BODIES:
        return None  # "the authorities", "the police": coreference finds which body
    while lo < tok.i and (
        doc[lo].lower_ in SKIP_FIRST | NEW_DETS or doc[lo].pos_ in ("DET", "NUM")
    ):
        lo += 1
    return lo


def _body_named(tok: Token, st: State) -> bool:
    """The article names a body of the kind ``tok`` stands for ("the Metropolitan Police"
    before "police said"), or speaks of "the police", which coreference reads; with neither,
    "Police arrested 40 students in Dhaka" are the police of the place the sentence names."""
    sector = collectives().get(tok.lemma_.lower())
    if tok.doc[tok.left_edge.i].lower_ == "the" or tok.dep_ not in DOER_DEPS:
        return True
    return any(
        e.kind == "org" and sector in (e.sector, (e.code or "")[3:] or None)
        for e in st.ents.values()
    )  # a knowledge-base body carries its agent in its code ("XKXCOP")


def _where(doc: Doc, tok: Token, lo: int, group: bool, k: KB, st: State) -> tuple[bool, str | None]:
    """(is an actor, its country): no country for a doer whose context gives none."""
    iso = own_country(doc, tok, lo, k, st)
    if iso == MANY:
        return False, None
    if iso is None and tok.lower_ in HOME_BODIES and _body_named(tok, st):
        return False, None  # "Police said": coreference finds the body named (or the home one)
    if iso is None and group and doc[tok.left_edge.i].lower_ == "the" and tok.dep_ != "nsubj":
        return False, None  # "the army" as an object: which army, only coreference can tell
    if iso is None and tok.tag_ == "NNS" and _key(doc, tok) in institutions():
        return False, None  # "central banks": many bodies, no one actor
    if iso is None and tok.lemma_.lower() == "administration":
        iso = _administration_country(doc, tok, st)
    iso = iso or context_country(doc, tok, k, st)
    if iso is None and tok.dep_ not in DOER_DEPS:
        return False, None  # no country, no deed: the named actors carry its events
    return True, iso


def _administration_country(doc: Doc, tok: Token, st: State) -> str | None:
    """ "the administration" with no country of its own: the one last named with its leader
    ("the Biden administration", "Marcos's administration"), else the publisher's country (a
    bare "administration" is the newsroom's own government), else None."""
    for t in reversed(doc[: tok.i]):
        if t.lemma_.lower() != "administration":
            continue
        for c in t.children:
            key = st.token_ent.get(c.i) if c.dep_ in ("compound", "poss") else None
            leader = st.ents.get(key) if key else None
            if leader is not None and leader.kind == "person" and leader.country:
                return leader.country
    return st.outlet


def find_collectives(doc: Doc, k: KB, st: State) -> None:
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in st.token_ent:
            continue
        if tok.dep_ not in ARG_DEPS and not _headline_patient(tok):
            continue
        key = _key(doc, tok)
        group = None if key is None else _member(doc, tok, key)
        if key is None or group is None:
            continue
        lo = _start(doc, tok)
        if lo is None:
            continue
        claimed = (st.token_ent.get(t, "c:") for t in range(lo, tok.i))
        if any(not owner.startswith("c:") for owner in claimed):
            continue  # "U.S. officials", "Hamas fighters": found with their body
        actor, iso = _where(doc, tok, lo, group, k, st)
        if actor:
            _add(doc, tok, lo, key, iso, group, k, st)


def _headline_patient(tok: Token) -> bool:
    """A headline's noun that a passive participle tells of: "Two Kenyan journalists arrested
    by police in Nairobi" (the parser makes the noun the root)."""
    return tok.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children)


def _as_written(doc: Doc, tok: Token, key: str) -> str:
    """The plural noun as the text writes it ("asylum seekers", "MPs"), lower case but for
    acronyms."""
    words = [doc[tok.i - 1], tok] if " " in key else [tok]
    return " ".join(w.text if any(c.isupper() for c in w.text[1:]) else w.lower_ for w in words)


def _text_says(doc: Doc, tok: Token, k: KB, st: State) -> bool:
    """Whether the sentence of ``tok`` names the article's home country (a
    nationality word, "North Korean" too, or a place of it)."""
    s_lo, s_hi = st.sent_start[tok.i], st.sent_end[tok.i]
    for i in range(s_lo, s_hi):
        if place_country(doc, i, k, st) == st.home:
            return True
        ends = range(i + 1, min(i + 4, s_hi) + 1)
        if any(k.adjectives.get(doc[i:j].text) == st.home for j in ends):
            return True
    return False


def _add(
    doc: Doc, tok: Token, lo: int, key: str, iso: str | None, group: bool, k: KB, st: State
) -> None:
    sector = collectives()[key]
    # the name says the country where the text does ("Kenyan police", "police in Nairobi");
    # "police" placed only by the article's home country keeps its own words
    said = iso if iso != st.home or _text_says(doc, tok, k, st) else None
    if not group:
        adj = next((a for a, x in k.adjectives.items() if x == said), None) if said else None
        name = f"{adj} {key}" if adj else key
        kind = "person"
    else:
        noun = key if " " in key else (tok.lower_ if tok.lower_ == key else key + "s")
        if key in COLLECTIVE or key in bodies():
            noun = key
        name = _name(k, said, _as_written(doc, tok, key) if tok.tag_ in ("NNS", "NNPS") else noun)
        kind = "group"
    e = st.ent(
        f"col:{iso}:{key}" + ("" if group else ":one"),
        kind,
        name,
        country=iso,
        sector=sector,
        code=f"{iso}{sector}" if iso else None,
    )
    e.add(mention(doc, lo, tok.i + 1, "group" if group else "person"))
    for t in range(lo, tok.i + 1):
        st.token_ent.setdefault(t, e.key)
