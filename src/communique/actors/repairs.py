"""Repairs of the NER's person names for news: titles and honorifics outside the name,
names extended over their own compounds, headline fragments split at their verb, people the
NER missed next to a title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, lexwords
from communique.actors.model import Cand

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def extend_left(doc: Doc, start: int, end: int, k: KB) -> int:
    """ "Enver Solomon" tagged "Solomon": a capitalised proper noun compounded onto the name
    (not a title, not another entity) belongs to it."""
    words = title_words_of(k)
    while start > 0 and end - start < 4:
        t = doc[start - 1]
        if not (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.ent_type_ == ""
            and t.dep_ == "compound"
            and start <= t.head.i < end
            and t.lower_ not in words
            and t.text not in k.adjectives
        ):
            break
        start -= 1
    return start


def title_heads(k: KB) -> frozenset[str]:
    """Last words of titles ("minister", "president", "commissioner") that may open a name
    span the NER tagged with its title."""
    if k.title_heads is None:
        k.title_heads = frozenset(p.split()[-1] for p in k.titles) | {
            "commissioner",
            "prince",
            "princess",
            "sheikh",
        }
    return k.title_heads


def title_words_of(k: KB) -> frozenset[str]:
    """The same cached set as ``roles.title_words`` (one cache slot on the KB: whichever module
    filled it first used to decide whether "former" counted as a title word)."""
    from communique.actors.roles import title_words

    return title_words(k)


def extend_right(doc: Doc, start: int, end: int) -> int:
    """ "Marine Le Pen" tagged "Marine Le": the capitalised proper noun the name's words are
    compounds of belongs to it."""
    if end < len(doc):
        t = doc[end]
        if (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.ent_type_ == ""
            and all(doc[i].head.i == end for i in range(start, end))
        ):
            return end + 1
    return end


def split_headline(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of an entity span cut at verbs, adverbs and linking words ("X Meets Y" -> X, Y;
    "Stephen Colbert Somehow Finds" -> Stephen Colbert; "Actor X Dead At 46" -> X)."""
    pieces, cur = [], start
    for i in range(start, end):
        t = doc[i]
        if t.lower_ in lexwords("headline_verb") or t.tag_ in ("VBZ", "VBD", "VBP", "VBG", "RB"):
            if i > cur:
                pieces.append((cur, i))
            cur = i + 1
    if cur < end:
        pieces.append((cur, end))
    return pieces


def _propn_run(doc: Doc, i: int, step: int, taken: set[int]) -> tuple[int, int] | None:
    """A run of 2-4 capitalised proper nouns starting at ``i`` going ``step`` (1 or -1); a
    hyphen inside a word joins its halves ("Jean-Claude Hollerich" is one run of three)."""
    j, n, words = i, len(doc), 0
    while 0 <= j < n and words < 4:
        if doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            words += 1
        elif not (_joined_hyphen(doc, j) and 0 <= j + step < n):
            break
        j += step
    lo, hi = (i, j) if step == 1 else (j + 1, i + 1)
    if hi - lo < 2 or any(t in taken for t in range(lo, hi)):
        return None
    return lo, hi


def _joined_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen with no space on either side between two capitalised words ("Jean-Claude")."""
    t = doc[j]
    return (
        t.text == "-"
        and 0 < j < len(doc) - 1
        and not doc[j - 1].whitespace_
        and not t.whitespace_
        and doc[j - 1].text[:1].isupper()
        and doc[j + 1].text[:1].isupper()
    )


def titled_names(doc: Doc, k: KB, taken: set[int]) -> list[Cand]:
    """People the NER missed next to a title: "The US ambassador to Japan, Rahm Emanuel",
    "Enver Solomon, chief executive of the Refugee Council"."""
    heads = title_heads(k)
    out = []
    n = len(doc)
    for tok in doc:
        found = None
        low = tok.lower_
        if low in heads:
            i = tok.i + 1
            if i < n and doc[i].lower_ in ("to", "of", "for", "in"):
                j = i + 1
                while j < n and j - i < 5 and doc[j].text != "," and not doc[j].is_sent_end:
                    j += 1
                i = j
            if i < n and doc[i].text == ",":
                i += 1
            found = _propn_run(doc, i, 1, taken)
        elif low == "," and tok.i > 1 and doc[tok.i - 1].pos_ == "PROPN":
            words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 6]]
            while words and words[0] in ("the", "a", "an", "former"):
                words = words[1:]
            if any(" ".join(words[:m]) in k.titles for m in range(1, 4)):
                found = _propn_run(doc, tok.i - 1, -1, taken)
        if found is not None:
            out.append(Cand(found[0], found[1], "PERSON"))
            taken.update(range(*found))
    return out


def portfolio_holder(ent: Span, label: str, k: KB) -> int | None:
    """ "Secretary of State for Urbanism Ans Persoons", "Minister for Foreign Affairs Penny
    Wong" tagged ORG: a title with its portfolio glued to a name. When a title word stands
    right before the entity or opens it, and "for" or "of" inside it leads to a portfolio of
    one or more capitalised words followed by two capitalised proper nouns that end it, those
    two are a person's name; returns where the name starts."""
    doc = ent.doc
    if label != "ORG" or len(ent) < 4:
        return None
    heads = title_heads(k)
    lead = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start + 1]]
    if not any(w in heads for w in lead):
        return None
    name = ent[-2:]
    if not all(t.pos_ == "PROPN" and t.is_title and k.sector_of(t.text) is None for t in name):
        return None
    link = [t.i for t in ent[:-2] if t.lower_ in ("for", "of")]
    if not link or link[-1] + 1 >= name.start or not doc[link[-1] + 1].is_title:
        return None
    return name.start
