"""A source named by description: "according to the country's doctors' association", "the
attorney general's office said", "Police said", "according to central bank data".

Why: news often names a body by what it is rather than by its name, after (or before) naming
it once in full. The actors stage creates the body from its full name; this module finds it
from the description, read over the whole noun phrase, possessor included. It answers only when
exactly one organisation fits; otherwise the speaker stays null (the quote is kept).

Rules:
- the words of the phrase (head, compound and adjective modifiers, a possessor that is not a
  country) must all occur in the organisation's name or one of its mentions ("the attorney
  general's office" -> "Attorney General's Office of ..."; "Police" -> "the ... Police");
- a possessor that is a country ("Kenya's", "the country's": the article's home country)
  requires the organisation to be of that country, and only the head word in its name;
- an information noun at the head ("data", "figures", "statistics") stands for its source:
  its modifiers are the words ("central bank data" -> a "Central Bank" organisation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors import lookup
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord
    from communique.types import Context

_BODY_KINDS = ("org", "media")
_INFO_NOUNS = words("quotes/describe_info_nouns.txt")
_COUNTRY_WORDS = frozenset(("country", "nation"))
_MODIFIER_DEPS = ("compound", "amod", "poss")
_SKIP = words("quotes/describe_skip.txt")


def _norm(word: str) -> str:
    w = word.lower().strip("'’")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _words(name: str) -> set[str]:
    return {_norm(w) for w in name.replace("'s", " ").replace("’s", " ").split() if w}


def _country_of(record: ArticleRecord, doc: Doc, poss: Token, ctx: Context) -> str | None:
    """The country a possessor stands for: an actor with a country, or "the country"."""
    if poss.lower_ in _COUNTRY_WORDS:
        return lookup.home_country(ctx) or _last_country_before(record, poss.idx)
    actor = lookup.actor_by_id(record, lookup.actor_of_token(record, poss.i, doc))
    if actor is not None and actor.kind == "country":
        return actor.country
    return None


def _last_country_before(record: ArticleRecord, at: int) -> str | None:
    """The country last named before ``at``: what "the country" points back to when the
    article has no clear home country."""
    best: tuple[int, str] | None = None
    for a in record.actors:
        if a.kind != "country" or a.country is None:
            continue
        for m in a.mentions:
            if m.end <= at and (best is None or m.start > best[0]):
                best = (m.start, a.country)
    return best[1] if best else None


_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})


def described_actor(record: ArticleRecord, doc: Doc, head: Token, ctx: Context) -> str | None:
    """The one organisation of the record that the descriptive phrase headed by ``head``
    fits, else None."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in head.children):
        return None  # "one disgruntled user", "a local business": someone new, no known body
    country: str | None = None
    words: set[str] = set()
    stack = [c for c in head.children if c.dep_ in _MODIFIER_DEPS]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "poss" and tok.lower_ in _COUNTRY_WORDS:
            country = _country_of(record, doc, tok, ctx)
            if country is None:
                return None
            continue
        if tok.dep_ == "poss" and (of := _country_of(record, doc, tok, ctx)) is not None:
            country = of  # "Kenya's medical association"
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.lower_ not in _SKIP:
            words.add(_norm(tok.text))
        stack += [c for c in tok.children if c.dep_ in _MODIFIER_DEPS + ("poss",)]
    if head.lower_ in _INFO_NOUNS:
        if not words or country is not None:
            return None
    else:
        words = {_norm(head.text)} if country is not None else words | {_norm(head.text)}
    return _unique_body(record, words, country)


def _unique_body(record: ArticleRecord, words: set[str], country: str | None) -> str | None:
    fits = []
    for a in record.actors:
        if a.kind not in _BODY_KINDS or (country is not None and a.country != country):
            continue
        names = [a.name] + [m.text for m in a.mentions]
        if any(words <= _words(n) for n in names):
            fits.append(a.id)
    return fits[0] if len(fits) == 1 else None
