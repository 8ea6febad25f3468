"""Speakers the article names only by description: "a spokesperson for the High Commission
said", "a staff member told reporters", "one of Rogan's producers told ...".

Why: the annotation guidelines (docs/annotation.md, Quotes) make such a source an actor of its
own, named by its description; news quotes them often, and a null speaker loses who spoke. The
actors stage lists named actors; this module adds, after the quotes are found, one actor per
description that no actor resolved, when its head is a noun of a person or people
(``data/quotes/person_nouns.txt`` and the agent nouns of the actors stage). A later definite
description with the same head ("the senator" after "an AS senator") is the same actor. Its
country is the one an actor inside the description has ("the British High Commission") or a
nationality word gives, else the article's home country (as for a title without a country);
its code adds the agent of the head noun where one is known.
Pronouns, names and bodies are left alone: they are the actors stage's to resolve.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.lookup import (
    add_described,
    agent_nouns,
    country_in,
    person_nouns,
    undetermined,
)
from communique.record import Actor, ActorKind, Span
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord

__all__ = ["described_speakers"]

PERSON_NOUNS = words("quotes/person_nouns.txt")
COUNTING = frozenset({"one", "some", "several", "many", "two", "three", "few"})


def described_speakers(doc: Doc, record: ArticleRecord, home: str | None = None) -> None:
    """Give every quote whose speaker is an unresolved description of a person an actor of
    that description (added to ``record.actors``); ``home`` is the article's home country, the
    country of a description that names none (as for a title without one)."""
    by_head: dict[str, Actor] = {}
    made: set[str] = set()
    for q in record.quotes:
        m = q.speaker_mention
        if q.speaker is not None or m is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = _person_head(span.root)
        if head is None:
            continue
        named = _named_before(record, m.start)
        if named is not None:  # "said Darren Larvin, the managing director of ...": the name
            q.speaker = named
            continue
        key = head.lemma_.lower()
        actor = by_head.get(key) if _definite(span.root) else None
        if actor is None:
            actor = _new_actor(record, doc, m, head, span.root.lower_ == "one", home)
            by_head[key] = actor
        actor.mentions.append(Span(start=m.start, end=m.end, text=m.text))
        q.speaker = actor.id
        made.add(actor.id)
    _pronouns_after(record, made)


def _named_before(record: ArticleRecord, start: int) -> str | None:
    """The person whose name ends just before ", <description>" at ``start``, if any."""
    before = record.text[max(0, start - 3) : start]
    if not before.rstrip().endswith(","):
        return None
    end = start - len(before) + before.rstrip().rindex(",")
    return next(
        (a.id for a in record.actors if a.kind == "person" for x in a.mentions if x.end == end),
        None,
    )


def _pronouns_after(record: ArticleRecord, described: set[str]) -> None:
    """ "'It is not fake,' one of Rogan's producers told ... 'We checked,' they said": an
    unresolved pronoun speaker right after a described speaker's quote is that speaker, when
    no person is named between the two."""
    last: tuple[int, str] | None = None
    for q in sorted(record.quotes, key=lambda q: q.start):
        m = q.speaker_mention
        if q.speaker in described:
            last = (q.end, q.speaker)
            continue
        if q.speaker is not None:
            last = None  # someone else spoke: the chain ends
            continue
        if m is None or last is None:
            continue
        if m.text.lower() in PRONOUNS and not _person_between(record, last, m.start):
            q.speaker = last[1]


PRONOUNS = frozenset({"he", "she", "they"})


def _person_between(record: ArticleRecord, last: tuple[int, str], end: int) -> bool:
    """A person other than the described speaker ``last`` named after its quote, before ``end``."""
    start, speaker = last
    own = [(m.start, m.end) for a in record.actors if a.id == speaker for m in a.mentions]
    return any(
        start <= x.start < end and not any(a <= x.start < b for a, b in own)
        for p in record.actors
        if p.kind == "person" and p.id != speaker
        for x in p.mentions
    )


def _person_head(root: Token) -> Token | None:
    """The noun naming the person(s) ("spokesperson", "producers" in "one of X's producers"),
    or None when the description is no person's (a pronoun, a name, a body)."""
    tok = root
    if tok.lower_ in COUNTING:
        tok = next((o for c in tok.children if c.lower_ == "of" for o in c.children), tok)
    if tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    person = lemma in PERSON_NOUNS or lemma in person_nouns() or tok.lower_ in person_nouns()
    return tok if person else None


def _definite(root: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)


def _new_actor(
    record: ArticleRecord, doc: Doc, m: Span, head: Token, one: bool, home: str | None
) -> Actor:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    country = country_in(record, list(span or [])) or home
    kind: ActorKind = "group" if head.tag_ in ("NNS", "NNPS") and not one else "person"
    agent = agent_nouns().get(head.lemma_.lower())
    return add_described(record, undetermined(m.text), kind, country, agent)
