"""Definite descriptions of organisations and of the people who lead them.

"the agency" (after "the International Atomic Energy Agency"), "the army" (after "Sudan's
army"), "the bloc" (after ECOWAS): the one organisation mentioned so far whose name ends in that
word or whose CAMEO code fits the description (``org_descriptions.csv``). "the agency's chief"
is then the person of the article whose role names that organisation.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from communique.actors.kb import KB, lexwords
from communique.actors.model import Ent, State
from communique.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

ORG_KINDS = ("org", "media", "group")
POSS = ("'s", "’s")


@lru_cache(maxsize=1)
def descriptions() -> dict[str, re.Pattern[str]]:
    text = resources.files("communique.data.actors").joinpath("org_descriptions.csv")
    rows = csv.DictReader(text.read_text("utf-8").splitlines())
    return {r["head"]: re.compile(r["codes"]) for r in rows}


def heads(st: State) -> set[str]:
    """Last words of the organisations' names and mentions ("agency", "army")."""
    out = set()
    for e in st.ents.values():
        if e.kind in ORG_KINDS and e.mentions:
            out.add(e.name.split()[-1].lower())
    return out


def span(doc: Doc, st: State, i: int, org_heads: set[str]) -> tuple[int, int, str] | None:
    """ "the agency" / "the agency's chief" starting at the "the" at ``i``."""
    n = len(doc)
    if i + 1 >= n or doc[i].lower_ != "the":
        return None
    head = doc[i + 1]
    word = head.lower_
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())  # "bloc"
    if not common or (word not in descriptions() and word not in org_heads):
        return None
    end = i + 2
    if i + 1 in st.token_ent or (end < n and (doc[end].pos_ == "PROPN" or _own_of(doc, end))):
        return None
    if end + 1 < n and doc[end].text in POSS and doc[end + 1].lower_ in lexwords("chief_word"):
        return i, end + 2, "chief"
    return i, end, "orgdesc"


def _own_of(doc: Doc, j: int) -> bool:
    """ "the army of Sudan" names its owner (a name follows); in "accused the army of repeated
    violations" the "of" gives the charge, and "the army" still refers back. The parser hangs
    both on the noun, so the word after "of" decides."""
    if doc[j].lower_ != "of":
        return False
    nxt = doc[j + 1 : j + 3]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP") for t in nxt)


def _named(e: Ent, word: str, m_texts: list[str]) -> bool:
    """The organisation's name or a mention of it ends in ``word``."""
    return e.name.split()[-1].lower() == word or any(t.lower().endswith(word) for t in m_texts)


def _coded(e: Ent, word: str) -> bool:
    pattern = descriptions().get(word)
    return bool(pattern and e.code and pattern.search(e.code))


def resolve_org(
    doc: Doc, st: State, word: str, seen_keys: list[str], subjects: set[str] | None = None
) -> str | None:
    """The one organisation mentioned so far whose name ends in ``word`` ("the agency"), else
    the one whose code fits the description ("the bloc": an IGO, "the paper": an outlet).
    Several: the only one of them that has been a clause subject, else unresolved."""
    orgs = [key for key in dict.fromkeys(reversed(seen_keys)) if st.ents[key].kind in ORG_KINDS]
    named = [
        key
        for key in orgs
        if _named(
            st.ents[key], word, [text_of(doc)[m.start : m.end] for m in st.ents[key].mentions]
        )
    ]
    found = named or [key for key in orgs if _coded(st.ents[key], word)]
    if len(found) > 1 and subjects:
        found = [key for key in found if key in subjects][:1]  # the latest acting one
    return found[0] if len(found) == 1 else None


def resolve_chief(doc: Doc, k: KB, st: State, a: int, b: int, seen_keys: list[str]) -> str | None:
    """ "the agency's chief": the person whose role names the organisation "the agency" is."""
    org_key = resolve_org(doc, st, doc[a + 1].lower_, seen_keys)
    if org_key is None:
        return None
    org = st.ents[org_key]
    names = {org.name.lower()} | ({x.lower() for x in org.entry.aliases} if org.entry else set())
    people = []
    for e in st.ents.values():
        if e.kind != "person" or not e.mentions:
            continue
        titles = [r.title for r in e.text_roles]
        if e.entry is not None:
            titles += [r.title for r in e.entry.roles_on(st.date)]
        if any(f" {n} " in f" {t.lower()} " for t in titles for n in names):
            people.append(e.key)
    return people[0] if len(people) == 1 else None
