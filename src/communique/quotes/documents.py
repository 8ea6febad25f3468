"""Documents that speak for someone: "Giardello's email read", "the email from X began", and
"the report" pointing back to the report named before ("An IMF report says ... according to
the report"; "The Wall Street Journal reported ... according to the report").

A document noun (``data/quotes/speakers_documents.txt``) with an owner speaks for the owner. A
definite one without an owner refers back, a few paragraphs at most, to the last document of
the same noun that had an owner, or to the subject of the last verb that made it ("reported",
"published", "filed": the report of "X reported" is X's; "announced": the announcement of "X
announced" is X's). Nothing found: None, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors import lookup
from communique.quotes.subjects import paragraph_ids
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord

__all__ = ["DOCUMENTS", "document_source"]

DOCUMENTS = words("quotes/speakers_documents.txt")
_MAKERS = words("quotes/documents_makers.txt")
_BACK = 4  # paragraphs a definite document may point back


def document_source(record: ArticleRecord, doc: Doc, head: Token) -> str | None:
    """The actor a document noun speaks for, or None."""
    if head.lemma_.lower() not in DOCUMENTS:
        return None
    own = _owner(record, doc, head)
    if own is not None or not any(c.lower_ == "the" for c in head.children if c.dep_ == "det"):
        return own
    return _earlier(record, doc, head)


def _owner(record: ArticleRecord, doc: Doc, head: Token) -> str | None:
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    sender = [o for p in head.children if p.lower_ in ("from", "by") for o in p.children]
    sender += _made_by(head)
    owner = owner or next((o for o in sender if o.dep_ == "pobj"), None)
    if owner is not None:  # "Giardello's email read", "the email from X began"
        return lookup.actor_of_token(record, owner.i, doc)
    for c in head.lefts:  # "An International Monetary Fund report", "a CDC memo"
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            found = lookup.actor_of_token(record, c.i, doc)
            if found is not None:
                return found
    return None


def _made_by(head: Token) -> list[Token]:
    """ "the lawsuit filed on behalf of X", "a statement issued by X", "a letter signed by X":
    the agent of a participle after the document, or whom it was made on behalf of."""
    out: list[Token] = []
    for part in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for p in part.children:
            if p.dep_ == "agent":
                out += [o for o in p.children if o.dep_ == "pobj"]
            elif p.lower_ == "on":
                out += _behalf_of(p)
    return out


def _behalf_of(on: Token) -> list[Token]:
    behalf = [b for b in on.children if b.lower_ == "behalf"]
    of = [q for b in behalf for q in b.children if q.lower_ == "of"]
    return [o for q in of for o in q.children if o.dep_ == "pobj"]


def _earlier(record: ArticleRecord, doc: Doc, head: Token) -> str | None:
    ids = paragraph_ids(doc)
    lemma = head.lemma_.lower()
    k = head.i - 1
    while k >= 0 and ids[k] >= ids[head.i] - _BACK:
        t = doc[k]
        k -= 1
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
            found = _owner(record, doc, t)
            if found is not None:
                return found
        if t.pos_ == "VERB" and _made(lemma, t):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return lookup.actor_of_token(record, subj.i, doc)
    return None


def _made(lemma: str, verb: Token) -> bool:
    """ "X reported" made a report, "X announced" an announcement, "X stated" a statement;
    "X published / released / issued / filed a <lemma>"."""
    v = verb.lemma_.lower()
    if v == lemma or _nominal(lemma, v):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return v in _MAKERS and any(c.lemma_.lower() == lemma for c in objects)


def _nominal(noun: str, verb: str) -> bool:
    """Whether ``noun`` is the act of ``verb`` made a thing: announce -> announcement,
    state -> statement, investigate -> investigation, file -> filing, rule -> ruling."""
    stem = verb.rstrip("e")
    return len(stem) >= 3 and noun.startswith(stem) and noun.endswith(("ment", "ion", "ing"))
