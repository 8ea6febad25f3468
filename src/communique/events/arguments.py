"""Which actors a noun phrase names, for both sides of an event.

Actors come from the record (``record.actors``, written by the actors stage): a token refers to
an actor when one of that actor's mentions covers it. A phrase names its head's actor, else its
modifiers' ("Iranian and Saudi officials"), a "between" pair, an apposition, or an implied
actor ("third parties, meaning the United States"); coordination gives every member. The
subject side is in sources.py, the object side in targets.py.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from communique.events.syntax import (
    child,
    children,
    conjuncts,
    preps,
    reduced_relative,
)
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord

FIRST_PERSON = words("events/arguments_first_person.txt")
SECOND_PERSON = frozenset({"you", "your"})
QUANTITY = words("events/arguments_quantity.txt")
IMPLY = frozenset({"mean", "include", "namely"})
DEEP_DEPS = frozenset(
    {
        "agent",
        "poss",
        "compound",
        "amod",
        "nmod",
        "appos",
        "prep",
        "pobj",
        "conj",
        "dobj",
        "pcomp",
        "dative",
        "acl",
        "advcl",
        "xcomp",
        "oprd",
    }
)


class ActorIndex:
    """Which actor each token refers to, built once per article from the actors' mentions."""

    def __init__(self, record: ArticleRecord, doc: Doc, offset: int = 0) -> None:
        self.record = record
        self.offset = offset
        n = len(record.text)
        by_char: list[str | None] = [None] * n
        spans = [(m.start, m.end, a.id) for a in record.actors for m in a.mentions]
        for s, e, aid in sorted(spans, key=lambda x: x[0] - x[1]):  # longest first, nested win
            for i in range(max(0, s), min(n, e)):
                by_char[i] = aid
        self.tok: list[str | None] = [
            by_char[t.idx + offset] if t.idx + offset < n and not t.is_punct else None for t in doc
        ]
        self._link_demonyms(doc)
        self.country = {a.id: a.country for a in record.actors}
        self.kind = {a.id: a.kind for a in record.actors}
        self.name = {a.id: a.name for a in record.actors}
        self.agent = {a.id: (a.code or "")[3:] or None for a in record.actors}
        self.code = {a.id: a.code or "" for a in record.actors}
        self.titles = {
            a.id: " ".join([a.role or ""] + [r.title for r in a.roles]) for a in record.actors
        }
        self.country_actor = {
            a.country: a.id for a in record.actors if a.kind == "country" and a.country
        }
        self._unnamed: set[str] = set()
        self.quotes = [(q.start, q.end, q.speaker, q.id) for q in record.quotes]
        self._starts = {a.id: [m.start for m in a.mentions] for a in record.actors}
        self.addressee = {q.id: q.addressee for q in record.quotes}

    def mentions(self, actors: list[str]) -> list[int]:
        """Where the given actors are mentioned (record offsets)."""
        return [m for a in actors for m in self._starts.get(a, [])]

    def _link_demonyms(self, doc: Doc) -> None:
        """ "the Ukrainian city", "Chinese vessels": a nationality word the actors stage left
        unlinked refers to its country when that country is an actor of the article already."""
        from communique.actors.lookup import demonyms

        names = demonyms()
        countries = {
            a.country: a.id for a in self.record.actors if a.kind == "country" and a.country
        }
        if not countries:
            return
        for t in doc:
            if self.tok[t.i] is not None or not t.text[:1].isupper():
                continue
            two = f"{doc[t.i - 1].text} {t.text}" if t.i > 0 else ""
            iso = names.get(two) or names.get(t.text)
            if iso in countries:
                self.tok[t.i] = countries[iso]
                if two in names and self.tok[t.i - 1] is None:
                    self.tok[t.i - 1] = countries[iso]

    def country_actor_for(
        self, iso3: str | None, place: tuple[int, int] | None = None
    ) -> str | None:
        """The article's actor for country ``iso3``; one is added when the text names the
        country only by a nationality word ("Chinese authorities") or, given ``place``, by
        that place of it (character offsets in the Doc: "shelled Kharkiv")."""
        if not iso3 or (iso3 in self._unnamed and place is None):
            return None
        if iso3 not in self.country_actor:
            from communique.actors.lookup import add_country

            at = (place[0] + self.offset, place[1] + self.offset) if place else None
            actor = add_country(self.record, iso3, at)
            if actor is None:
                self._unnamed.add(iso3)  # the text never names it: asked once per article
                return None
            self.country_actor[iso3] = actor.id
            self.country[actor.id], self.kind[actor.id] = iso3, "country"
            self.name[actor.id], self.agent[actor.id] = actor.name, None
            self.titles[actor.id] = ""
            self._starts[actor.id] = [m.start for m in actor.mentions]
        return self.country_actor[iso3]

    def nationality_actor(self, tok: Token, besides: frozenset[str] = frozenset()) -> str | None:
        """The actor of the country a nationality word names ("Russian", "Israeli"), added with
        the word as its mention when the text names that country no other way; None for no
        nationality word or one of ``besides`` (ISO3 codes)."""
        from communique.actors.lookup import demonyms

        iso = demonyms().get(tok.text)
        if iso is None or iso in besides:
            return None
        return self.country_actor_for(iso, (tok.idx, tok.idx + len(tok.text)))

    def quote_at(self, char: int) -> tuple[str | None, str] | None:
        for s, e, speaker, qid in self.quotes:
            if s <= char < e:
                return speaker, qid
        return None

    def of(self, tok: Token) -> str | None:
        aid = self.tok[tok.i]
        if aid is None and tok.lower_ in FIRST_PERSON:
            q = self.quote_at(tok.idx + self.offset)
            aid = q[0] if q else None
        elif aid is None and tok.lower_ in SECOND_PERSON:  # "'We urge you...,' X told Y"
            q = self.quote_at(tok.idx + self.offset)
            aid = self.addressee.get(q[1]) if q else None
        return aid


def resolve(tok: Token, ix: ActorIndex, depth: int = 0) -> list[str]:
    """Actors a noun phrase headed by ``tok`` names, with its coordinated members."""
    out: list[str] = []
    for t in conjuncts(tok):
        found = _one(t, ix, depth)
        for c in children(t, "amod", "compound"):  # "Iranian and Saudi officials"
            if any(x.dep_ == "conj" for x in c.children):
                found += [a for x in conjuncts(c) if (a := ix.of(x))]
            elif (own := ix.of(c)) is not None and _hyphened(c):  # "American-British": both
                found += [own] + [a for x in _hyphened(c) if (a := ix.of(x))]
        for a in found:
            if a not in out:
                out.append(a)
    if children(tok, "cc"):  # "X's army and paramilitary Y": the parser hung Y as an apposition
        for c in children(tok, "appos"):
            out += [a for a in _one(c, ix, depth + 1) if a not in out]
    return out


def _hyphened(tok: Token) -> list[Token]:
    """Modifiers joined to ``tok`` by a hyphen ("American-British": American)."""
    doc = tok.doc
    return [
        x
        for x in children(tok, "amod", "compound")
        if x.i + 2 == tok.i and doc[x.i + 1].text in ("-", "–")
    ]


def _one(tok: Token, ix: ActorIndex, depth: int) -> list[str]:
    a = ix.of(tok)
    if a or depth > 2:
        return [a] if a else []
    if tok.lower_ in QUANTITY or tok.lemma_.lower() in QUANTITY:
        for o in preps(tok, frozenset({"of"})):
            r = resolve(o, ix, depth + 1)
            if r:
                return r
    for c in children(tok, "appos"):  # "her Chinese counterpart, Qin Gang": the person
        r = _one(c, ix, depth + 1)
        if not r:  # "the owner — the former DJ and liaison Rodney Bingenheimer —": the named one
            r = [a for x in conjuncts(c)[1:] if (a := ix.of(x)) is not None][:1]
        if r and ix.kind.get(r[0]) == "person":
            return r
    loose = _loose_appos(tok, ix)
    if loose:
        return [loose]
    mods = ("compound", "amod", "nmod") if _not_owner(tok) else ("compound", "amod", "nmod", "poss")
    order = {"poss": 0, "amod": 1, "compound": 2, "nmod": 2}  # "her White House run": her
    for c in sorted(children(tok, *mods), key=lambda c: (order[c.dep_], -c.i)):
        r = resolve(c, ix, depth + 1)  # "Iranian and Saudi officials" -> both
        if r:
            return r
    for o in preps(tok, frozenset({"between"})):
        r = resolve(o, ix, depth + 1)
        if r:
            return r
    for c in children(tok, "appos"):
        r = _one(c, ix, depth + 1)
        if r:
            return r
    imp = implied(tok, ix)
    return [imp] if imp else []


def _loose_appos(tok: Token, ix: ActorIndex) -> str | None:
    """ "with her counterpart, Qin Gang, who...": a named person right after a comma that the
    parser failed to hang on the noun (and who is not the subject of a verb of their own)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    nxt = doc[tok.i + 2]
    a = ix.of(nxt)
    if a is None or ix.kind.get(a) != "person":
        return None
    span_end = nxt.i
    while span_end + 1 < len(doc) and ix.of(doc[span_end + 1]) == a:
        span_end += 1
    head = doc[span_end]
    return None if head.dep_ in ("nsubj", "nsubjpass") else a


def implied(tok: Token, ix: ActorIndex) -> str | None:
    """ "third parties, meaning the United States": the actor a clause of meaning names."""
    for c in tok.children:
        if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in IMPLY:
            o = child(c, "dobj", "pobj")
            if o is not None:
                r = resolve(o, ix, 2)
                if r:
                    return r[0]
    return None


def deep(tok: Token, ix: ActorIndex, exclude: set[str], max_depth: int = 4) -> list[str]:
    """The first actors found breadth-first under ``tok`` ("involvement in its treaty with the
    U.S." -> the U.S.), skipping the source and actors of the source's country."""
    bad_countries = {ix.country.get(a) for a in exclude} - {None}
    queue: deque[tuple[Token, int]] = deque([(tok, 0)])
    while queue:
        t, d = queue.popleft()
        a = ix.of(t)
        for c in children(t, "appos") if a and ix.kind.get(a) != "person" else []:
            p = ix.of(c)  # "the governor of the Federal District, Ibaneis Rocha": the person
            if p and ix.kind.get(p) == "person" and p not in exclude:
                a = p
        if a and d > 0 and ix.kind.get(a) == "region":
            a = None  # "firing water cannon ... in the South China Sea": a place, not a party
        # a named person of the source's own country is a party ("the judge suspended the
        # governor of the district, X"); its organs and places are not ("its treaty with...")
        home = a is not None and ix.country.get(a) in bad_countries and ix.kind.get(a) != "person"
        if a and a not in exclude and not home:
            return [a] + [x for c in conjuncts(t)[1:] for x in resolve(c, ix) if x not in exclude]
        if d < max_depth:
            queue.extend((c, d + 1) for c in t.children if c.dep_ in DEEP_DEPS and not _own_act(c))
    return []


def _own_act(tok: Token) -> bool:
    """ "a ceasefire brokered by the US": a participle after a noun that is an event of its
    own, whose doer is no party to what is done with the noun ("the proposal made by France"
    is France's: "made" is no event)."""
    from communique.events.triggers import match

    return reduced_relative(tok) and match(tok) is not None


def _not_owner(tok: Token) -> bool:
    from communique.events.lexicon import lexicon

    return tok.lower_ in lexicon().not_owner or tok.lemma_.lower() in lexicon().not_owner
