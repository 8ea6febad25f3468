"""Actors for the sides of events told only by description.

"sanctions against North Korean hacking groups", "Press freedom groups spoke out against X",
"asked the court", "talks with film studios": the side is people or a body the article names by
a common noun, and the annotation guidelines (docs/annotation.md, Actors) make such a group an
actor of its own. The candidate step keeps the head token of such a side (described.py); this
module, run when the events are written, gives it an actor named by its noun phrase (its
determiner, modifiers and head; not its clauses), one actor per phrase in the article. Its
country is a nationality word or a country-bearing actor inside the phrase, else the article's
home country (as for a title without a country); its code adds the agent of the head noun where
the actors stage knows one ("court" JUD, "companies" BUS). Pronouns, names the actors stage
left unlinked, and policies make no actor: the side stays empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.lookup import (
    actor_by_id,
    add_described,
    agent_nouns,
    country_in,
    person_nouns,
    undetermined,
)
from communique.events.lexicon import lexicon
from communique.record import ActorKind, Span
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.lexicon import Lexicon
    from communique.record import ArticleRecord

__all__ = ["Participants"]

LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "case"})
DETS = frozenset({"the", "a", "an"})
COUNT_DEPS = frozenset({"nummod", "quantmod", "advmod"})
QUOTE_MARKS = str.maketrans("", "", '"“”«»')
STATE_NOUNS = words("events/participants_states.txt")


class Participants:
    """The described sides of one article's events, one actor per noun phrase."""

    def __init__(self, record: ArticleRecord, home: str | None, lex: Lexicon) -> None:
        self.record = record
        self.home = home
        self.policies = lex.classes.get("policies", frozenset()) | lex.classes.get(
            "proposals", frozenset()
        )
        self.made: dict[str, str] = {}

    def actors(self, tok: Token | None, offset: int) -> list[str]:
        """``[id]`` of the actor of the described side headed by ``tok`` (made on first use),
        ``[]`` when there is none or the phrase is no actor (a pronoun, a name, a policy)."""
        if tok is None or tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG"):
            return []
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return []  # "No other member of the unit has faced charges": no one
        if tok.lemma_.lower() in self.policies or _relative(tok):
            return []
        first, last = _phrase(tok)
        start, end = first.idx + offset, last.idx + len(last.text) + offset
        text = self.record.text[start:end]
        key = " ".join(w for w in text.lower().split() if w not in DETS)
        aid = self.made.get(key) or self._new(text, tok, list(tok.doc[first.i : tok.i]), offset)
        self.made[key] = aid
        a = actor_by_id(self.record, aid)
        if a is not None and not any(m.start == start for m in a.mentions):
            a.mentions.append(Span(start=start, end=end, text=text))
        return [aid]

    def _new(self, text: str, tok: Token, modifiers: list[Token], offset: int) -> str:
        country = country_in(self.record, modifiers, offset, ("country", "org", "media"))
        nouns = agent_nouns()
        agent = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
        plural = tok.tag_ in ("NNS", "NNPS")
        lemma = tok.lemma_.lower()
        person = lemma in person_nouns() or lemma in lexicon().classes["people"]  # "the woman"
        name = undetermined(" ".join(text.translate(QUOTE_MARKS).split()))
        kind: ActorKind = "group" if plural else "person" if person else "org"
        return add_described(self.record, name, kind, country or self.home, agent).id


def _relative(tok: Token) -> bool:
    """ "its neighbour", "the two allies", "the country": a state told by its relation to one
    named before; states are the actors stage's (a country actor), so no one new here. People
    told so ("his colleagues", "its staff") are a group of their own."""
    return tok.lemma_.lower() in STATE_NOUNS


def _phrase(tok: Token) -> tuple[Token, Token]:
    """First and last token of the head's determiner, modifiers and head; a count ("at least
    17 people") is no part of the name, nor is a quote mark."""
    lefts = [c for c in tok.lefts if c.dep_ in LEFT_DEPS]
    first = min((c.left_edge for c in lefts), key=lambda t: t.i, default=tok)
    while first.i < tok.i and (first.is_punct or first.like_num or first.dep_ in COUNT_DEPS):
        first = tok.doc[first.i + 1]
    return first, tok
