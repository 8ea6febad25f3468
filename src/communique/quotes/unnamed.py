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

from functools import lru_cache
from typing import TYPE_CHECKING

from communique.actors.lookup import (
    add_described,
    agent_nouns,
    country_in,
    person_nouns,
    undetermined,
)
from communique.nlp import text_of
from communique.quotes.crowd import crowd_of
from communique.quotes.subjects import common_noun
from communique.record import Actor, ActorKind, Span
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

    from communique.record import ArticleRecord

__all__ = ["described_speakers"]

PERSON_NOUNS = words("quotes/person_nouns.txt")
BODY_NOUNS = words("quotes/body_nouns.txt")
COUNTING = frozenset({"one", "some", "several", "many", "two", "three", "few"})


def described_speakers(doc: Doc, record: ArticleRecord, home: str | None = None) -> None:
    """Give every quote whose speaker is an unresolved description of a person an actor of
    that description (added to ``record.actors``); ``home`` is the article's home country, the
    country of a description that names none (as for a title without one)."""
    by_head: dict[str, Actor] = {}
    by_mention: dict[tuple[int, int], Actor] = {}
    made: set[str] = set()
    for q in record.quotes:
        m = q.speaker_mention
        if q.speaker is not None and m is not None:
            _widen_collective(record, q.speaker, m)
        if q.speaker is not None or m is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = _person_head(span.root)
        crowd = crowd_of(span.root, _people()) if head is None else None
        if crowd is not None:  # '"You are a treasure," wrote one' after "Fans flooded ..."
            q.speaker = _crowd_actor(record, doc, crowd, m, by_head, home).id
            made.add(q.speaker)
            continue
        if head is None and _proper(span):  # "according to FiveThirtyEight": a name NER missed
            q.speaker = _body_actor(record, span, m, span.root, by_head, home).id
            continue
        if head is None:
            body = _body_head(span)
            if body is not None:
                q.speaker = _body_actor(record, span, m, body, by_head, home).id
            continue
        named = _named_before(record, m.start)
        if named is not None:  # "said Darren Larvin, the managing director of ...": the name
            q.speaker = named
            continue
        key = head.lemma_.lower()
        actor = by_head.get(key) if _definite(span.root) else None
        actor = actor or by_mention.get((m.start, m.end))  # '"A," one user posted. "B."'

        if actor is None:
            first = _introduced(doc, head, m.start) if _definite(span.root) else None
            actor = _new_actor(record, doc, first or m, head, span.root.lower_ == "one", home)
            if first is not None:  # "an AS senator ... the senator explained": named as introduced
                actor.mentions.append(first)
            by_head[key] = actor
        if (m.start, m.end) not in by_mention:
            actor.mentions.append(Span(start=m.start, end=m.end, text=m.text))
        by_mention[(m.start, m.end)] = actor
        q.speaker = actor.id
        made.add(actor.id)
    _pronouns_after(record, made)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(PERSON_NOUNS) | frozenset(person_nouns())


def _crowd_actor(
    record: ArticleRecord, doc: Doc, noun: Token, m: Span, seen: dict[str, Actor], home: str | None
) -> Actor:
    """The group actor of the crowd named by ``noun``, one per head noun, with the bare word
    ``m`` as a mention."""
    key = "crowd:" + noun.lemma_.lower()
    actor = seen.get(key)
    if actor is None:
        start = min([noun.idx, *(c.left_edge.idx for c in noun.lefts)])
        end = noun.idx + len(noun.text)
        named = Span(start=start, end=end, text=text_of(doc)[start:end])
        actor = _new_actor(record, doc, named, noun, False, home)
        actor.mentions.append(named)
        seen[key] = actor
    if all((x.start, x.end) != (m.start, m.end) for x in actor.mentions):
        actor.mentions.append(Span(start=m.start, end=m.end, text=m.text))
    return actor


def _widen_collective(record: ArticleRecord, actor_id: str, m: Span) -> None:
    """ "Experts in psychiatry said", "an official at SFA": the actors stage named the
    collective or the unnamed person by its noun alone ("Experts", "official"); the speaker's
    whole description is a mention of it too."""
    a = record.actor(actor_id)
    if a is None or a.kind not in ("group", "person") or a.kb_id is not None:
        return
    words_ = a.name.split()
    if a.kind == "group":
        words_ = words_[1:]  # a collective's name opens with a capital ("Experts")
    if any(w[:1].isupper() for w in words_):
        return  # a named group ("Muslim Brotherhood") or person keeps its name
    inside = [x for x in a.mentions if m.start <= x.start and x.end <= m.end]
    if inside and all((x.start, x.end) != (m.start, m.end) for x in a.mentions):
        a.mentions.append(Span(start=m.start, end=m.end, text=m.text))


def _own_tokens(span: Span_) -> list[Token]:
    """The description without a participle clause on its head: "pollsters interviewed by
    Reuters" are not Reuters' country's."""
    skip = {t.i for c in span.root.children if c.dep_ == "acl" for t in c.subtree}
    return [t for t in span if t.i not in skip]


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
    if not common_noun(tok):
        return None
    lemma = tok.lemma_.lower()
    person = lemma in PERSON_NOUNS or lemma in person_nouns() or tok.lower_ in person_nouns()
    return tok if person else None


def _body_head(span: Span_) -> Token | None:
    """The noun naming a body in a description with more than an article ("the medical
    examiner's office", "the county health department"); a bare "the company" points back to
    a body already named, which is the actors stage's to resolve."""
    root = span.root
    if not common_noun(root) or root.lemma_.lower() not in BODY_NOUNS:
        return None
    own = [c for c in root.children if c.dep_ in ("poss", "compound", "amod", "prep", "nmod")]
    return root if own else None


def _proper(span: Span_) -> bool:
    """A speaker written as a name only (proper nouns, no determiner): an organisation or
    outlet the NER did not tag; a person's name is the actors stage's."""
    words_ = [t for t in span if not t.is_punct]
    return bool(words_) and all(t.pos_ == "PROPN" and not t.ent_type_ for t in words_)


def _body_actor(
    record: ArticleRecord,
    span: Span_,
    m: Span,
    head: Token,
    seen: dict[str, Actor],
    home: str | None,
) -> Actor:
    key = "body:" + undetermined(m.text).lower()
    actor = seen.get(key)
    if actor is None:
        country = country_in(record, _own_tokens(span)) or home
        agent = agent_nouns().get(head.lemma_.lower())
        actor = add_described(record, undetermined(m.text), "org", country, agent)
        seen[key] = actor
    actor.mentions.append(Span(start=m.start, end=m.end, text=m.text))
    return actor


def _introduced(doc: Doc, head: Token, before: int) -> Span | None:
    """The indefinite description that introduced the person a definite one points back to
    ("TBL sat down with an AS senator" for "the senator"): the last earlier noun phrase with
    the same head word opened by "a" or "an", a few paragraphs back at most."""
    lemma = head.lemma_.lower()
    for t in reversed(doc[max(0, head.i - 400) : head.i]):
        if t.idx >= before or t.lemma_.lower() != lemma or not common_noun(t):
            continue
        det = next((c for c in t.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("a", "an"):
            start = min(c.left_edge.idx for c in t.lefts) if list(t.lefts) else t.idx
            end = t.idx + len(t.text)
            return Span(start=start, end=end, text=text_of(doc)[start:end])
        if det is not None:
            return None  # a later "the senator" already stands between
    return None


def _definite(root: Token) -> bool:
    """ "the senator", "that official": a description that points back."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in root.children)


def _new_actor(
    record: ArticleRecord, doc: Doc, m: Span, head: Token, one: bool, home: str | None
) -> Actor:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    country = (country_in(record, _own_tokens(span)) if span is not None else None) or home
    kind: ActorKind = "group" if head.tag_ in ("NNS", "NNPS") and not one else "person"
    agent = agent_nouns().get(head.lemma_.lower())
    return add_described(record, undetermined(m.text), kind, country, agent)
