"""The actors stage's public face for later stages (quotes, events, voice, checks).

Later stages never import the actors stage's internals; they ask here which actor a stretch of
text refers to. The actors stage is responsible for having put every resolved mention (names,
surnames, titles, descriptions, resolved pronouns, metonyms) into ``record.actors``.

What is here:
- ``actor_at(record, start, end)``: the actor with a mention covering or inside a char range.
- ``actor_of_token(record, i, doc)``: the actor a token refers to.
- ``actor_by_id(record, id)``.
- ``resolve_span(record, doc, start, end, ctx)``: the actor a noun phrase or pronoun refers to,
  read at its syntactic head ("he", "the diplomat", "the Kremlin", "U.S. Secretary of State
  Antony Blinken" -> Blinken, not the U.S.; a lone modifier token such as "Luxembourg" in
  "asked Luxembourg Prime Minister Luc Frieden" that a parser took for the head also gives the
  person; ``actor_at`` answers by position only); ``resolve_span_all`` gives every actor of a
  coordination ("Both the Russian and Chinese foreign ministries" -> two ministries).
- ``is_place_reading(record, doc, start, end)``: True when a place name (a capital that the
  actors stage lists under its country, "arrived in Moscow") is used as a place, False when it
  stands for the government ("Moscow warned", "Beijing's response").
- ``find_person(name, date=None)``: the knowledge base's person called ``name`` (full name or
  listed alias), as a :class:`KBPerson` with all dated roles, or None (unknown or ambiguous).
- ``kb_roles(kb_id_or_name, date=None)``: every KB role of a person (title, start, end,
  source "kb"), all dates; ``date`` only picks between namesakes.
- ``kb_entity(name)``: any KB entity (country, organisation, outlet, person) by name, or None.
- ``agent_nouns()``: common nouns that name people or a body ("police", "officials",
  "studios") -> CAMEO agent; the events stage takes such a phrase for a described participant.
- ``add_described(record, name, kind, country, agent)``: the one way a later stage adds an
  actor the text names only by description (an event's side, a quote's speaker), with
  ``undetermined(text)`` for its name and ``country_in(record, tokens)`` for its country.
- ``gender_of(name)``: "m" or "f" when a person's given name tells (a table learned from the
  knowledge base's people), else None: a later stage's pronoun never points across it.
- ``home_country(ctx)``: ISO alpha-3 of the country the article is about (the one it names
  clearly most, headline and lead counting double), or None; the actors stage uses it for
  titles without a country ("Justice Minister X") and generic names ("Congress").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from communique.actors.given import gender_of as gender_of  # re-exported: see above
from communique.record import Actor, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.actors.kb import Entry
    from communique.record import ActorKind, ArticleRecord
    from communique.types import Context


def actor_at(record: ArticleRecord, start: int, end: int) -> str | None:
    """Id of the actor with a mention inside or covering ``[start, end)``: the tightest covering
    mention wins, else the mention inside the range nearest its start (the head of an NP)."""
    best: tuple[int, int, str] | None = None
    for a in record.actors:
        for m in a.mentions:
            inside = start <= m.start and m.end <= end
            covering = m.start <= start and end <= m.end
            if inside or covering:
                key = (0, m.end - m.start, a.id) if covering else (1, m.start - start, a.id)
                if best is None or key < best:
                    best = key
    return best[2] if best else None


def actor_by_id(record: ArticleRecord, actor_id: str | None) -> Actor | None:
    return record.actor(actor_id)


def actor_of_token(record: ArticleRecord, doc_token_idx: int, doc: Doc) -> str | None:
    """Id of the actor a token refers to (a name, surname, title, description or a pronoun the
    actors stage resolved), else None. ``doc`` is the spaCy Doc of the article."""
    tok = doc[doc_token_idx]
    return actor_at(record, tok.idx, tok.idx + len(tok.text))


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def resolve_span(
    record: ArticleRecord, doc: Doc, start: int, end: int, ctx: Context | None = None
) -> str | None:
    """The actor a noun phrase or pronoun in ``[start, end)`` refers to, read at its head."""
    toks = _tokens(doc, start, end)
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    for h in heads[:1]:
        found = actor_of_token(record, h.i, doc)
        if found is not None and len(toks) == 1:
            found = _titled_person(record, h.idx, h.idx + len(h.text)) or found
        if found is not None:
            return found
    return actor_at(record, start, end)


def _titled_person(record: ArticleRecord, start: int, end: int) -> str | None:
    """A person whose longer mention ("Luxembourg Prime Minister Luc Frieden") holds a modifier
    word the parser took for a head ("asked Luxembourg ...")."""
    for a in record.actors:
        if a.kind == "person" and any(
            m.start <= start and end <= m.end and m.end - m.start > end - start for m in a.mentions
        ):
            return a.id
    return None


def resolve_span_all(
    record: ArticleRecord, doc: Doc, start: int, end: int, ctx: Context | None = None
) -> list[str]:
    """Every actor of a coordinated phrase, in text order ("X and Y said" -> [X, Y])."""
    out: list[str] = []
    for a in record.actors:
        for m in a.mentions:
            if start <= m.start and m.end <= end and a.id not in out:
                out.append(a.id)
                break
    if not out:
        one = resolve_span(record, doc, start, end, ctx)
        return [one] if one else []
    return out


def is_place_reading(record: ArticleRecord, doc: Doc, start: int, end: int) -> bool:
    """A place name used as a place ("in Moscow", "to Beijing", "visit Kyiv") rather than for
    the government ("Moscow said", "Beijing's position")."""
    toks = _tokens(doc, start, end)
    if not toks:
        return False
    from communique.actors.kb import lexwords

    ids = {t.i for t in toks}
    tok = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "in Beijing and Moscow"
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in lexwords("locative"):
        return True
    if tok.dep_ in ("dobj", "npadvmod") and tok.head.lemma_.lower() in lexwords("locative") | {
        "visit"
    }:
        return True
    return tok.dep_ == "pobj"


@dataclass
class KBPerson:
    """A person of the knowledge base, as later stages see it."""

    kb_id: str
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()
    roles: list[Role] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.kb_id


def _people(name: str) -> list[Entry]:
    from communique.actors.kb import kb

    k = kb()
    if name in k.entries:
        return [k.entries[name]] if k.entries[name].kind == "person" else []
    return [e for e in k.lookup(name) if e.kind == "person"]


def _roles_of(entry: Entry) -> list[Role]:
    return [Role(title=r.title, start=r.start, end=r.end, source="kb") for r in entry.roles]


def _pick(people: list[Entry], date: str | None) -> Entry | None:
    if len(people) > 1 and date:
        people = [p for p in people if p.roles_on(date)] or people
    return people[0] if len(people) == 1 else None


def find_person(name: str, date: str | None = None) -> KBPerson | None:
    """The KB person called ``name`` (full name, alias or KB id); None if unknown or several
    namesakes the date cannot tell apart."""
    p = _pick(_people(name), date)
    if p is None:
        return None
    return KBPerson(p.id, p.name, p.country, p.aliases, _roles_of(p))


def kb_roles(kb_id_or_name: str, date: Any = None) -> list[Role]:
    """Every KB role of a person (all dates, with start/end), for role-conflict checks."""
    day = date.isoformat() if hasattr(date, "isoformat") else date
    p = _pick(_people(kb_id_or_name), day)
    return _roles_of(p) if p is not None else []


def kb_entity(name: str) -> dict[str, Any] | None:
    """Any KB entity by name: {"kb_id", "name", "kind", "country", "code"} or None."""
    from communique.actors.kb import kb

    found = kb().lookup(name)
    if len(found) != 1:
        return None
    e = found[0]
    return {"kb_id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "code": e.code}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Every nationality word -> ISO3: the adjectives ("Ukrainian") and the people nouns
    ("Ukrainians") of ``data/actors/adjectives.csv``; the one demonym table of the package."""
    from communique.actors.kb import kb, people_nouns

    return {**kb().adjectives, **people_nouns()}


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    """The names in capitals the knowledge base knows ("NATO", "ASEAN", "IRA", "MI5"): words a
    headline in capitals keeps as they are (``headlines.sentence_case_headlines``)."""
    from communique.actors.kb import kb

    return frozenset(w for s in kb().surfaces for w in s.split() if w.isupper() and len(w) > 1)


@lru_cache(maxsize=1)
def name_text() -> str:
    """The names the knowledge base knows, lower case, each between spaces (" human rights
    watch | ..."): ``f" {a} {b} " in name_text()`` says whether two words stand together in a
    name ("rights watch"); a headline's base-form verb is never one of a name. One string,
    searched a few times a headline, costs less to build than a table of word pairs."""
    from communique.actors.kb import kb

    return " " + " | ".join(s.lower() for s in kb().surfaces) + " "


@lru_cache(maxsize=1)
def agent_nouns() -> dict[str, str]:
    """Every common noun that names people or a body acting in the news -> its CAMEO agent
    ("police" COP, "studios" BUS, "officials" GOV): the agent nouns of ``collectives.csv`` and
    the group nouns of ``group_nouns.csv``, singular lemmas and plural forms alike."""
    from communique.actors.collective import collectives
    from communique.actors.kb import kb

    return {**{n: g.sector for n, g in kb().group_nouns.items()}, **collectives()}


@lru_cache(maxsize=1)
def headline_nouns() -> frozenset[str]:
    """The agent nouns of one or two words with their plurals ("police", "farmers", "gunmen",
    "riot police"): a title-case headline's common nouns (``headlines.sentence_case_headlines``)."""
    kept = [n for n in agent_nouns() if n.replace(" ", "").isalpha() and n.count(" ") < 2]
    return frozenset(w for n in kept for w in (n, *_plurals(n)))


@lru_cache(maxsize=1)
def headline_modifiers() -> frozenset[str]:
    """The nationality adjectives, lower case ("kenyan", "afghan"): after one, a headline's
    common noun is lowered ("Kenyan Police", ``headlines.sentence_case_headlines``)."""
    from communique.actors.kb import kb

    return frozenset(a.lower() for a in kb().adjectives)


def _plurals(noun: str) -> tuple[str, ...]:
    # Own code, not a library: the package has no inflection dependency, and the agent nouns of
    # collectives.csv and group_nouns.csv are regular save the "-man" and "-child" compounds
    # handled here (a plural the rules miss is only a headline noun left capitalised).
    if noun.endswith(("s", "men")):
        return ()
    if noun.endswith("child"):
        return (noun + "ren",)
    if noun.endswith("man"):
        return (noun[:-3] + "men",)
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return (noun[:-1] + "ies",)
    return (noun + ("es" if noun.endswith(("sh", "ch", "x")) else "s"),)


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The agent nouns of ``collectives.csv`` that name a person or people ("spokesperson",
    "producers", "gunmen"), not a body ("police", "court")."""
    from communique.actors.collective import bodies, collectives, institutions

    return frozenset(collectives()) - bodies() - institutions()


def undetermined(text: str) -> str:
    """A description without its leading article, as a described actor is named ("a staff
    member" -> "staff member", "The AS senator" -> "AS senator")."""
    first, _, rest = text.partition(" ")
    return rest if first.lower() in ("a", "an", "the") and rest else text


def country_in(
    record: ArticleRecord, tokens: list[Token], offset: int = 0, kinds: tuple[str, ...] = ()
) -> str | None:
    """The country a description names: a nationality word, multi-word ones first ("North
    Korean"), else an actor with a country inside it ("Kenya's", "the British High
    Commission"; of ``kinds`` when given). ``offset``: of the tokens' Doc in the text."""
    names = demonyms()
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            iso = names.get(" ".join(t.text for t in tokens[i : i + n]))
            if iso:
                return iso
    for t in tokens:
        at = t.idx + offset
        a = actor_by_id(record, actor_at(record, at, at + len(t.text)))
        if a is not None and a.country and (not kinds or a.kind in kinds):
            return a.country
    return None


def add_country(
    record: ArticleRecord, iso3: str, place: tuple[int, int] | None = None
) -> Actor | None:
    """The country ``iso3`` as an actor of its own, for a text that names it only by a
    nationality word ("Chinese authorities cut internet access": China), with the first such
    word as its mention, or else by a place of it (``place``, character offsets: "shelled
    Kharkiv" is an attack on Ukraine); None when no word of the text names it."""
    import re

    from communique.actors.kb import kb
    from communique.record import Span

    words = sorted((w for w, iso in demonyms().items() if iso == iso3), key=len, reverse=True)
    found = next((m for w in words if (m := re.search(rf"\b{re.escape(w)}\b", record.text))), None)
    entry = kb().entries.get(f"c:{iso3}")
    if (found is None and place is None) or entry is None:
        return None
    start, end = (found.start(), found.end()) if found is not None else place  # type: ignore[misc]
    actor = add_described(record, entry.name, "country", iso3, None)
    actor.mentions.append(Span(start=start, end=end, text=record.text[start:end]))
    return actor


def add_described(
    record: ArticleRecord, name: str, kind: ActorKind, country: str | None, agent: str | None
) -> Actor:
    """Add an actor the text names only by description (no mentions yet): the next free id,
    its country, a code of country + agent (the country alone without an agent), and, for a
    person, the description as its role ("spokesperson for X")."""
    n = 1 + max((int(a.id[1:]) for a in record.actors if a.id[1:].isdigit()), default=0)
    actor = Actor(
        id=f"a{n}",
        name=name,
        kind=kind,
        role=name if kind == "person" else None,
        country=country,
        code=(country + agent) if country and agent else country,
    )
    record.actors.append(actor)
    return actor


def home_country(ctx: Context) -> str | None:
    """The article's dominant country as the actors stage judged it (None when unclear)."""
    return ctx.home
