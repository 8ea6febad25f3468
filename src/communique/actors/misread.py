"""Entities the NER read wrong: a person tagged ORG ("Ms Jones", "Trooper Brandon Doherty",
"Lionel White Sr.", "Electra Schrock, 47,") or a name glued to a title with its portfolio
("Secretary of State for Urbanism Ans Persoons"). ``relabel`` gives the label and start the
recognition step (recognise.py) should use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, lexicon, lexwords
from communique.actors.repairs import portfolio_holder, title_heads
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["relabel", "suffixed"]

# the state's legal acts on people (the events stage's list); "found", "held" and "taken" say
# nothing alone
ARREST_VERBS = words("events/legal_passives.txt") - {"find", "hold", "take"}


def _honorific_name(ent: Span, label: str) -> bool:
    return (
        label in ("ORG", "GPE", "NORP")
        and len(ent) >= 2
        and ent[0].lower_ in lexicon("honorific")
        and ent[1].text[:1].isupper()
    )


def _person_read_as_org(ent: Span, label: str, k: KB) -> bool:
    return (
        _honorific_name(ent, label)
        or _titled_name(ent, label, k)
        or suffixed(ent, label)
        or _named_like_a_person(ent, label, k)
    )


def relabel(ent: Span, label: str, k: KB) -> tuple[str, int]:
    """The label and start of an entity the NER read wrong: a person tagged ORG ("Ms Jones",
    "Trooper Brandon Doherty", "Lionel White Sr."), or a name glued to a title with its
    portfolio ("Secretary of State for Urbanism Ans Persoons")."""
    if _person_read_as_org(ent, label, k):
        return "PERSON", ent.start
    held = portfolio_holder(ent, label, k)
    return ("PERSON", held) if held is not None else (label, ent.start)


def _named_like_a_person(ent: Span, label: str, k: KB) -> bool:
    """ "Electra Schrock, 47," or "Electra Schrock was arrested" tagged ORG: two or three
    capitalised words that name no body the KB knows, followed by an age or the subject of
    an arrest, a charge or a sentence (a company is charged, but under a name of its own the
    KB or a body word gives away)."""
    words = [t for t in ent if not t.is_punct]
    if label != "ORG" or not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    if k.lookup(ent.text) or k.sector_of(ent.text) is not None:
        return False
    doc, end = ent.doc, ent.end
    aged = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num
    head = ent.root.head
    arrested = ent.root.dep_ == "nsubjpass" and head.lemma_.lower() in ARREST_VERBS
    return (aged and doc[end + 2].text == ",") or arrested


def suffixed(ent: Span, label: str) -> bool:
    """ "Lionel White Sr.", "Martin Luther King Jr." tagged ORG: names ending in a generation
    suffix are people's."""
    words = [t for t in ent if not t.is_punct]
    return (
        label == "ORG"
        and len(words) >= 3
        and words[-1].text.rstrip(".").lower() in lexwords("name_suffix")
        and all(t.text[:1].isupper() for t in words)
    )


def _titled_name(ent: Span, label: str, k: KB) -> bool:
    """ "Trooper Brandon Doherty", "Sgt. Alvin Jones" tagged ORG: a title word, then two or
    three capitalised proper nouns none of which names a kind of body ("Police", "Court")."""
    if label != "ORG" or not 3 <= len(ent) <= 4 or ent[0].lower_ not in title_heads(k):
        return False
    rest = ent[1:]
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and k.sector_of(t.text) is None for t in rest
    )
