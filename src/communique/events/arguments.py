"""Source and target actors of a trigger, read off the dependency parse.

Actors come from the record (``record.actors``, written by the actors stage): a token refers to
an actor when one of that actor's mentions covers it. Arguments are taken from the subject,
objects, datives, obliques and possessives, across coordination and apposition, through
passives ("X was attacked by Y") and from the clause that hands a subject-less verb its subject.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from communique.events.syntax import (
    INHERIT_DEPS,
    agent,
    child,
    children,
    conjuncts,
    governors,
    is_passive,
    is_verb,
    preps,
    same_line,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord

PLACE_PREPS = frozenset({"in", "at", "outside", "across", "through", "around", "near", "into"})
PRONOUNS = frozenset({"he", "she", "they", "it"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
QUANTITY = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "group",
        "number",
        "member",
        "members",
        "some",
        "many",
        "all",
        "most",
        "each",
        "both",
        "million",
        "millions",
        "crowd",
        "crowds",
        "tens",
    }
)
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
    }
)
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "force",
        "press",
        "call",
        "invite",
        "tell",
        "persuade",
        "allow",
        "order",
        "help",
        "encourage",
        "push",
        "pressure",
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
        self.country = {a.id: a.country for a in record.actors}
        self.kind = {a.id: a.kind for a in record.actors}
        self.country_actor = {
            a.country: a.id for a in record.actors if a.kind == "country" and a.country
        }
        self.quotes = [(q.start, q.end, q.speaker, q.id) for q in record.quotes]

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
        return aid


def resolve(tok: Token, ix: ActorIndex, depth: int = 0) -> list[str]:
    """Actors a noun phrase headed by ``tok`` names, with its coordinated members."""
    out: list[str] = []
    for t in conjuncts(tok):
        found = _one(t, ix, depth)
        for c in children(t, "amod", "compound"):  # "Iranian and Saudi officials"
            if any(x.dep_ == "conj" for x in c.children):
                found += [a for x in conjuncts(c) if (a := ix.of(x))]
        for a in found:
            if a not in out:
                out.append(a)
    return out


def _one(tok: Token, ix: ActorIndex, depth: int) -> list[str]:
    a = ix.of(tok)
    if a or depth > 2:
        return [a] if a else []
    if tok.lower_ in QUANTITY or tok.lemma_.lower() in QUANTITY:
        for o in preps(tok, frozenset({"of"})):
            r = resolve(o, ix, depth + 1)
            if r:
                return r
    mods = ("compound", "amod", "nmod") if _not_owner(tok) else ("compound", "amod", "nmod", "poss")
    for c in sorted(children(tok, *mods), key=lambda c: -c.i):
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
        if a and a not in exclude and ix.country.get(a) not in bad_countries:
            return [a] + [x for c in conjuncts(t)[1:] for x in resolve(c, ix) if x not in exclude]
        if d < max_depth:
            queue.extend((c, d + 1) for c in t.children if c.dep_ in DEEP_DEPS)
    return []


def subject_of(
    tok: Token, ix: ActorIndex, steps: int = 0, raising: bool = False
) -> tuple[list[str], Token | None]:
    """The actors doing what the verb ``tok`` says, climbing to the clause that supplies them
    ("hoped to secure", "After meeting X, Y said", "is expected to impose")."""
    if steps > 6:
        return [], None
    if is_passive(tok):
        ag = agent(tok)
        if ag is not None:
            return resolve(ag, ix), ag
        sp = child(tok, "nsubjpass")
        if raising and sp is not None:  # "X is expected/set to impose": X imposes
            return resolve(sp, ix), sp
        if sp is not None:
            return [], None
    else:
        s = next((c for c in children(tok, "nsubj", "csubj") if same_line(c, tok)), None)
        if s is not None and s.lower_ in RELATIVE and tok.dep_ == "relcl":
            s = tok.head  # "Cleverly, who signed the treaty"
        if s is not None:
            r = resolve(s, ix)
            if r or s.lower_ not in PRONOUNS or tok.dep_ not in ("advcl", "conj", "ccomp"):
                return r, s
            # "the minister warned ..., as she pressed China": an unresolved pronoun in a
            # dependent clause is the nearest enclosing clause's actor subject
            up = tok
            for _ in range(4):
                if up.head.i == up.i:
                    break
                up = up.head
                s2 = child(up, "nsubj")
                r2 = resolve(s2, ix) if s2 is not None else []
                if r2:
                    return r2, s2
            return [], s
    head = tok.head
    if head.i == tok.i:
        return [], None
    if tok.dep_ == "relcl" and is_verb(tok):
        return resolve(head, ix), head
    if tok.dep_ == "pcomp" and head.lower_ in ("of", "for") and is_verb(head.head):
        o = child(head.head, "dobj")  # "accused X of ramming", "blamed X for attacking": X did
        if o is not None:
            return resolve(o, ix), o
    if tok.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        o = child(head, "dobj")
        if o is not None:
            return resolve(o, ix), o
    if tok.dep_ == "acl":  # "officials meeting in Paris"; "a week spent touring" has none
        r = resolve(head, ix)
        if r:
            return r, head
        if tok.tag_ == "VBN":
            return [], None
    if tok.dep_ in INHERIT_DEPS:
        # "is expected to impose", "was committed to the truce but accused": shared subject
        return subject_of(head, ix, steps + 1, raising=tok.dep_ in ("xcomp", "conj"))
    return [], None


def noun_source(
    tok: Token,
    ix: ActorIndex,
    light: frozenset[str],
    triggers: set[int],
    violent: bool = False,
    heads: frozenset[str] = frozenset(),
) -> tuple[list[str], Token | None]:
    """Source of a nominal trigger: possessor, "by" agent, nationality adjective, the pair of a
    "between" phrase, else the subject of the verb that carries it ("imposed sanctions")."""
    p = child(tok, "poss")
    if p is None and tok.dep_ == "dobj":  # "promised Russia's support" parsed as a dative
        p = next((d for d in children(tok.head, "dative") if children(d, "case")), None)
    if p is not None:
        r = resolve(p, ix)
        if r:
            return _speaker_for(tok, r, ix, light) or r, p
    ag = agent(tok)
    if ag is None:
        for acl in children(tok, "acl"):
            ag = agent(acl)
            if ag is not None:
                break
    if ag is not None:
        r = resolve(ag, ix)
        if r:
            return r, ag
    for c in children(tok, "amod", "compound", "nmod"):
        if violent and c.dep_ != "amod":
            continue  # "the Ukraine invasion": a place name before an attack is its target
        if c.i < tok.i and ix.of(c):
            return resolve(c, ix), c
    btw = preps(tok, frozenset({"between"}))
    if btw:
        r = resolve(btw[0], ix)
        if r:
            return r, btw[0]
    verbs = [g for g in governors(tok) if is_verb(g)]
    if verbs and (verbs[0].i not in triggers or verbs[0].lemma_.lower() in light | heads):
        return subject_of(verbs[0], ix)
    return [], None


def _speaker_for(
    tok: Token, owners: list[str], ix: ActorIndex, light: frozenset[str]
) -> list[str] | None:
    """ "Patrushev promised Russia's support": the person who commits his country acts."""
    verbs = [g for g in governors(tok) if is_verb(g)]
    if not verbs or verbs[0].lemma_.lower() not in light:
        return None
    subj, _ = subject_of(verbs[0], ix)
    countries = {ix.country.get(a) for a in owners if ix.kind.get(a) == "country"}
    if subj and all(
        ix.kind.get(a) in ("person", "org") and ix.country.get(a) in countries for a in subj
    ):
        return subj
    return None


def place_actor(tok: Token, ix: ActorIndex) -> list[str]:
    """The country of an "in X" place on ``tok`` ("protested in Tehran" -> Iran)."""
    for o in preps(tok, PLACE_PREPS):
        a = ix.of(o)
        if a is None:
            continue
        c = ix.country.get(a)
        return [ix.country_actor.get(c, a)] if c else []
    return []


def _not_owner(tok: Token) -> bool:
    from communique.events.lexicon import lexicon

    return tok.lower_ in lexicon().not_owner or tok.lemma_.lower() in lexicon().not_owner
