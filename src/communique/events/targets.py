"""The target side of an event: objects, datives, obliques, passive subjects, implied actors.

Direct arguments come first ("met with X", "warning to X", "sent X weapons", "X was attacked");
when the argument names no actor itself the search goes breadth-first into it ("rejected
Japan's protest" -> Japan) and, for warnings and demands, into the content clause ("warned
Y that China must not..." -> China as well).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events.arguments import ActorIndex, deep, implied, resolve
from communique.events.lexicon import lexicon
from communique.events.location import lookup, named_place
from communique.events.syntax import (
    ADJUNCT_PREPS,
    child,
    children,
    conjuncts,
    governors,
    hyphen_doer,
    is_passive,
    is_verb,
    preps,
    reduced_relative,
    same_line,
)
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.lexicon import TriggerRow
    from communique.events.location import Place

CIRCUMSTANCE = words("events/targets_circumstance.txt")
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "ACCUSE"})
VIOLENT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def slots(tok: Token, row: TriggerRow, light: frozenset[str]) -> list[Token]:
    """The tokens where the trigger's target is named: passive subject, dative, object, the
    row's target prepositions; for a noun, those of the light verb that carries it."""
    out: list[Token] = []
    if is_verb(tok):
        if "exp" in row.flags:  # "was disappointed by China's decision": the cause
            out += [o for a in children(tok, "agent") for o in children(a, "pobj")]
        elif is_passive(tok):
            out += children(tok, "nsubjpass")
            # a headline's "Man shot by police", "journalists arrested by police in Nairobi"
            out += children(tok, "nsubj") if tok.tag_ == "VBN" and not out else []
            out += [tok.head] if tok.dep_ == "acl" and tok.head.i != tok.i else []
        out += children(tok, "dative")
        out += children(tok, "dobj")
        out += preps(tok, row.target_preps)
        for o in children(tok, "dobj"):
            out += preps(o, row.target_preps)
        return out
    verbs = [g for g in governors(tok) if is_verb(g)]
    lv = verbs[0] if verbs and verbs[0].lemma_.lower() in light else None
    if lv is not None:  # "provided Russia with support", "gave Sri Lanka a loan"
        out += [d for d in children(lv, "dative") if not children(d, "case")]
        if tok.dep_ != "dobj":
            out += children(lv, "dobj")
    out += preps(tok, row.target_preps)
    if lv is not None:
        out += preps(lv, row.target_preps)
    return out


def _content_subject(tok: Token) -> Token | None:
    """Subject of the "that" clause right after a warning or demand, even when the parser hung
    the clause on another verb."""
    end = tok.right_edge.i
    sent_end = tok.sent.end
    for t in tok.doc[end + 1 : min(end + 4, sent_end)]:
        if t.lower_ == "that" and t.dep_ == "mark":
            return child(t.head, "nsubj")
    for c in tok.children:  # "warned that X...", "called for X to...", not "after X did"
        if c.dep_ in ("ccomp", "acl", "advcl", "xcomp") and child(c, "nsubj") is not None:
            if any(m.lower_ in CIRCUMSTANCE for m in children(c, "mark", "advmod")):
                continue
            return child(c, "nsubj")
    return None


OWN_FORCES = frozenset({"MOBILIZE", "RETREAT"})  # types whose object may be the source's forces


def targets(
    tok: Token,
    row: TriggerRow,
    plover: str,
    ix: ActorIndex,
    source: list[str],
    light: frozenset[str],
) -> list[str]:
    """Target actor ids of the trigger ``tok`` (may be empty)."""
    own = {ix.country.get(a) for a in source} - {None}
    # a country never targets itself: "Putin suspended Russia's involvement" is not about Russia
    exclude = set(source) | {
        a for a, k in ix.kind.items() if k == "country" and ix.country[a] in own
    }
    exclude |= _own_bodies(source, ix)
    if plover in OWN_FORCES:  # "Kenya deployed the army", "withdrew its troops": the means
        exclude |= {a for a in ix.kind if ix.country.get(a) in own}
    cands = [c for c in slots(tok, row, light) if same_line(c, tok)]
    out: list[str] = []
    if "place" in row.flags:  # "arrived in Kyiv": the host is Ukraine, not the city
        for c in cands:
            p = lookup(c)
            aid = ix.country_actor.get(p[1]) if p and p[1] else None
            if aid and aid not in exclude and (p is not None and p[2] is not None):
                return [aid]
    for c in cands:
        r = [a for a in resolve(c, ix) if a not in exclude]
        if r:
            out = r
            break
    if not out and plover == "CONSULT" and (reduced_relative(tok) or hyphen_doer(tok)):
        # "X and Y agreed to a truce brokered by Z", "an EU-brokered agreement"
        out = _pact_parties(tok, ix, exclude, row.target_preps)
    if not out and plover == "REQUEST":
        out = [a for a in _letter_addressee(tok, ix) if a not in exclude]
    if not out:
        imp = implied(tok, ix)
        out = [imp] if imp and imp not in exclude else []
    if not out and "place" in row.flags:
        for c in [*cands, *children(tok, "dobj")]:
            found = named_place(c) or _place_of(c)
            iso3 = found[1][1] if found else None
            span = (found[0].idx, found[0].idx + len(found[0].text)) if found else None
            # a withdrawal from a place is aimed at its country, named or not ("pulled out
            # of Kherson"); other acts there need that country among the article's actors
            made = ix.country_actor_for(iso3, span) if iso3 and plover == "RETREAT" else None
            aid = made or (ix.country_actor.get(iso3) if iso3 else None)
            if aid and aid not in exclude:
                out = [aid]
                break
    if not out:
        more = children(tok, "xcomp", "advcl", "ccomp") if is_verb(tok) else []
        if is_verb(tok):  # "suspend involvement in its treaty with the U.S."
            more += [p for p in children(tok, "prep") if p.lower_ not in ADJUNCT_PREPS]
        for c in cands + more:
            out = deep(c, ix, exclude)
            if out:
                break
    if not out and plover in VIOLENT:  # "struck targets in Syria", "attacks in Gaza"
        out = _struck_in(tok, ix, exclude)
    if plover in CONTENT_TYPES or not out:  # "warned Y that X...", "helped X strengthen..."
        s = _content_subject(tok)
        extra = [a for a in resolve(s, ix) if a not in exclude and a not in out] if s else []
        out += extra
    return _countries_of_places(out, ix, exclude)


def _struck_in(tok: Token, ix: ActorIndex, exclude: set[str]) -> list[str]:
    """The country a violent act is carried out in: a country named after "in", or a place the
    actors stage gave a country (the country's actor when the article has one)."""
    for c in preps(tok, frozenset({"in", "inside", "across"})):
        for a in resolve(c, ix):
            kind, iso = ix.kind.get(a), ix.country.get(a)
            if kind not in ("country", "place", "region") or not iso:
                continue
            a = a if kind == "country" else ix.country_actor.get(iso, a)
            if a not in exclude and iso not in {ix.country.get(x) for x in exclude}:
                return [a]
    return []


PRONOUNS = frozenset({"it", "them", "him", "her"})


def _pact_parties(
    tok: Token, ix: ActorIndex, exclude: set[str], row_between: frozenset[str]
) -> list[str]:
    """ "Israel and Hezbollah agreed to a ceasefire brokered by the US": the mediator's
    target is the parties, named by "between" on the mediated thing or the subjects of the
    clause that holds it."""
    pair = [a for o in preps(tok.head, row_between) for a in resolve(o, ix) if a not in exclude]
    if pair:  # "a Qatari-mediated exchange between Russia and Ukraine"
        return pair
    v = tok.head
    while not children(v, "nsubj") and v.head.i != v.i and v.sent == tok.sent:
        v = v.head  # up through "to restore relations under a deal ..."
    subj = children(v, "nsubj")
    return [a for s in subj for c in conjuncts(s) for a in resolve(c, ix) if a not in exclude]


def _letter_addressee(tok: Token, ix: ActorIndex) -> list[str]:
    """ "wrote to X asking it to...", "sent a letter to X urging them to...": the participle's
    pronoun object is the addressee of the writing it elaborates."""
    if tok.dep_ != "advcl" or not is_verb(tok):
        return []
    objs = children(tok, "dobj")
    if objs and not all(o.lower_ in PRONOUNS for o in objs):
        return []
    for d in [*children(tok.head, "dative"), *preps(tok.head, frozenset({"to"}))]:
        r = resolve(d, ix)
        if r:
            return r
    return []


def _own_bodies(source: list[str], ix: ActorIndex) -> set[str]:
    """Organisations a source person heads or serves ("the agency's chief ... we have agreed
    that the agency will..."): a person does not act on their own body."""
    titles = " ".join(ix.titles.get(a, "") for a in source if ix.kind.get(a) == "person")
    if not titles:
        return set()
    return {
        a for a, k in ix.kind.items() if k == "org" and len(ix.name[a]) > 3 and ix.name[a] in titles
    }


def _countries_of_places(out: list[str], ix: ActorIndex, exclude: set[str]) -> list[str]:
    """A target that is a city the actors stage left without a country ("struck a market in
    the city of X") is its country, when that country is an actor of the article."""
    from communique.events.location import gazetteer

    res: list[str] = []
    for a in out:
        if ix.country.get(a) is None and ix.kind.get(a) in ("org", "place", "region", None):
            p = gazetteer().get(ix.name[a].lower())
            c = ix.country_actor.get(p[1]) if p and p[1] else None
            a = c if c and c not in exclude else a
        if a not in res:
            res.append(a)
    return res


def _place_of(tok: Token) -> tuple[Token, Place] | None:
    """ "the city of Kherson", "the province of Idlib": the place a place noun names by "of"."""
    if tok.lemma_.lower() not in lexicon().classes.get("places", frozenset()):
        return None
    for o in (o for p in children(tok, "prep") if p.lower_ == "of" for o in children(p, "pobj")):
        found = named_place(o)
        if found:
            return found
    return None
