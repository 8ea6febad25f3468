"""Who acts: the source side of an event, read off the parse.

The subject of the trigger's clause, climbing to the clause that supplies it ("hoped to secure",
"After meeting X, Y said", "is expected to impose", "accused X of ramming": X rams), the
"by" agent of a passive or of a noun ("a visit by Xi"), a possessor ("Blinken's warning"), a
nationality adjective ("Israeli strikes"), or the subject of the light verb that carries a noun
("imposed sanctions"); crowds in a country's streets are its people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events.arguments import ActorIndex, resolve
from communique.events.syntax import (
    INHERIT_DEPS,
    agent,
    child,
    children,
    governors,
    hyphen_doer,
    is_passive,
    is_verb,
    preps,
    same_line,
)
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_PREPS = words("events/sources_place_preps.txt")
PRONOUNS = frozenset({"he", "she", "they", "it"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
OBJECT_CONTROL = words("events/sources_object_control.txt")
GIVING = words("events/sources_giving.txt")
FROM = frozenset({"from"})


def subject_of(
    tok: Token, ix: ActorIndex, steps: int = 0, raising: bool = False
) -> tuple[list[str], Token | None]:
    """The actors doing what the verb ``tok`` says, climbing to the clause that supplies them
    ("hoped to secure", "After meeting X, Y said", "is expected to impose")."""
    if steps > 6:
        return [], None
    doer = hyphen_doer(tok)  # "an EU-brokered agreement", "a Qatari-mediated exchange"
    made = (resolve(doer, ix) or [a for a in [ix.nationality_actor(doer)] if a]) if doer else []
    if doer is not None and made:
        return made, doer
    own = _passive_subject(tok, ix, raising) if is_passive(tok) else _active_subject(tok, ix)
    if own is not None:
        return own
    return _borrowed_subject(tok, ix, steps)


def _comma_pair(verb: Token, subj: Token, ix: ActorIndex) -> list[str]:
    """ "Ankara, Athens agree to reopen hotline", "US, China resume trade talks": a headline's comma
    stands for "and"; the parser hangs the first name on the verb, right before the subject
    and a comma. Its actors, or [] when the first word is no actor or not so placed."""
    first = next((c for c in children(verb, "npadvmod", "dep") if c.i == subj.i - 2), None)
    if first is None or first.doc[first.i + 1].text != ",":
        return []
    return [a for a in resolve(first, ix) if a not in resolve(subj, ix)]


def _passive_subject(
    tok: Token, ix: ActorIndex, raising: bool
) -> tuple[list[str], Token | None] | None:
    """The by-agent of a passive verb; None when the clause names no one (climb on)."""
    ag = agent(tok)
    if ag is None and tok.lemma_.lower() in GIVING:  # "were given loans from the government"
        givers = [*preps(tok, FROM), *(o for d in children(tok, "dobj") for o in preps(d, FROM))]
        ag = givers[0] if givers else None
    if ag is not None:
        return resolve(ag, ix), ag
    sp = child(tok, "nsubjpass")
    if raising and sp is not None:  # "X is expected/set to impose": X imposes
        return resolve(sp, ix), sp
    if sp is not None:
        return [], None
    return None


def _active_subject(tok: Token, ix: ActorIndex) -> tuple[list[str], Token | None] | None:
    """The subject of an active verb; None when it has none (climb on)."""
    s = next((c for c in children(tok, "nsubj", "csubj") if same_line(c, tok)), None)
    if s is not None and s.lower_ in RELATIVE and tok.dep_ == "relcl":
        s = tok.head  # "Cleverly, who signed the treaty"
    if s is None:
        return None
    r = resolve(s, ix)
    r = _comma_pair(tok, s, ix) + r if r else r
    if r or s.lower_ not in PRONOUNS or tok.dep_ not in ("advcl", "conj", "ccomp"):
        return r, s
    # "the minister warned ..., as she pressed China": an unresolved pronoun in a
    # dependent clause is the nearest enclosing clause's actor subject
    return _enclosing_subject(tok, ix) or ([], s)


def _enclosing_subject(tok: Token, ix: ActorIndex) -> tuple[list[str], Token | None] | None:
    up = tok
    for _ in range(4):
        if up.head.i == up.i:
            break
        up = up.head
        s2 = child(up, "nsubj")
        r2 = resolve(s2, ix) if s2 is not None else []
        if r2:
            return r2, s2
    return None


def _borrowed_subject(tok: Token, ix: ActorIndex, steps: int) -> tuple[list[str], Token | None]:
    """A verb with no subject of its own takes the clause's that governs it."""
    head = tok.head
    if head.i == tok.i:
        return [], None
    if tok.dep_ == "relcl" and is_verb(tok):
        return resolve(head, ix), head
    o = _controller(tok, head)
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


def _controller(tok: Token, head: Token) -> Token | None:
    """The object that does what the clause says: "accused X of ramming", "blamed X for
    attacking", "urged X to leave"."""
    if tok.dep_ == "pcomp" and head.lower_ in ("of", "for") and is_verb(head.head):
        o = child(head.head, "dobj")
        if o is not None:
            return o
    obj = head.head
    blamed = obj.dep_ == "dobj" and obj.head.lemma_.lower() in BLAME
    if tok.dep_ == "pcomp" and head.lower_ in ("of", "for") and blamed:
        return obj  # "accused troops of killing", with "of" hung on the object
    if tok.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        return child(head, "dobj")
    return None


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
    if ag is None:  # "an attack carried out by X"; "a truce brokered by X" is X's own act
        for acl in children(tok, "acl"):
            ag = agent(acl) if acl.i not in triggers else None
            if ag is not None:
                break
    ag = ag if ag is not None else _by_after_of(tok)
    if ag is not None:
        r = resolve(ag, ix)
        if r or ag.pos_ == "NOUN":  # "by security forces": a doer told by description
            return r, ag
    for c in children(tok, "amod", "compound", "nmod"):
        if violent and c.dep_ != "amod":
            continue  # "the Ukraine invasion": a place name before an attack is its target
        if c.i < tok.i and ix.of(c):
            return resolve(c, ix), c
    if violent and (made := nationality_of(tok, ix)):  # "a Russian missile strike"
        return made
    claimer = _claimer(tok)
    if claimer is not None:  # "the Houthis claimed responsibility for a missile attack"
        return subject_of(claimer, ix)
    blamed = _blamed(tok)
    if blamed is not None:  # "Kyiv was blamed for a drone strike": Kyiv struck
        r = resolve(blamed, ix)
        if r:
            return r, blamed
    pair = between_pair(tok, ix)
    if pair[0]:
        return pair
    verbs = [g for g in governors(tok) if is_verb(g)]
    if verbs and (verbs[0].i not in triggers or verbs[0].lemma_.lower() in light | heads):
        return subject_of(verbs[0], ix)
    return [], None


def _by_after_of(tok: Token) -> Token | None:
    """ "the arrest of three journalists by Cambodian police": the parser often hangs the "by"
    phrase on the noun of the "of" phrase; it still names the act's doer."""
    for of in children(tok, "prep"):
        if of.lower_ != "of":
            continue
        for o in children(of, "pobj"):
            for by in children(o, "prep"):
                if by.lower_ == "by":
                    return next(iter(children(by, "pobj")), None)
    return None


def nationality_of(tok: Token, ix: ActorIndex) -> tuple[list[str], Token] | None:
    """ "a Russian missile strike", "an Israeli air raid": the country a nationality adjective
    before a violent act names is its doer, an actor of its own where the record has none
    (the text names the country by that word only)."""
    for c in children(tok, "amod"):
        aid = ix.nationality_actor(c) if c.i < tok.i else None
        if aid:
            return [aid], c
    return None


def between_pair(tok: Token, ix: ActorIndex) -> tuple[list[str], Token | None]:
    """ "clashes between X and Y", "Fighting between X and Y intensified", "Gun battles
    continued between X and Y": the pair of a "between" phrase on the act or, when the act
    is the subject, on its verb; both sides, which the symmetric coding splits."""
    carriers = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
    for c in carriers:
        for o in preps(c, frozenset({"between"})):
            r = resolve(o, ix)
            if r:
                return r, o
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
    """The country of an "in X" place on ``tok`` or on the act it serves ("protested in
    Tehran" -> Iran; "shut markets in Lahore to protest" -> Pakistan), when that country is
    an actor of the article: crowds in a country's streets are its people."""
    from communique.events.location import place_country

    owners = [tok, tok.head] if tok.dep_ in ("advcl", "xcomp", "nsubj") else [tok]
    # "protesters in Nairobi", "stormed the building in Belgrade", "protests erupted in Tehran"
    owners += [c for c in tok.children if c.dep_ in ("nsubj", "dobj")]
    for o in [p for t in owners for p in preps(t, PLACE_PREPS)]:
        a = ix.of(o)
        if a is not None:
            c = ix.country.get(a)
            return [ix.country_actor.get(c, a)] if c else []
        home = ix.country_actor.get(place_country(o) or "")
        if home:
            return [home]
        adj = [ix.nationality_actor(c) for c in o.children if c.dep_ == "amod"]
        if any(adj):  # "marched through the Belarusian capital"
            return [a for a in adj if a][:1]
    return [] if is_verb(tok) else _only_country(tok, ix)


def _only_country(tok: Token, ix: ActorIndex) -> list[str]:
    """ "Kenya imposes a curfew as protests spread": protests no one places
    are in the one country their sentence names, when it names exactly one."""
    found = {ix.country.get(a) for t in tok.sent if (a := ix.tok[t.i]) is not None}
    found.discard(None)
    if len(found) != 1:
        return []
    actor = ix.country_actor.get(found.pop() or "")
    return [actor] if actor else []


BLAME = words("events/sources_blame.txt")
CLAIM = words("events/sources_claim.txt")


def _claimer(tok: Token) -> Token | None:
    """The verb of "claimed responsibility for" the deed ``tok`` names ("X claimed
    responsibility for the attack", "took credit for the bombing"): its subject did it."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    up = tok.head.head  # the noun ("responsibility for"), or the verb the "for" hangs on
    verb = up.head if up.dep_ == "dobj" else up
    nouns = [up] if up.dep_ == "dobj" else children(verb, "dobj")
    if not is_verb(verb) or verb.lemma_.lower() not in CLAIM:
        return None
    return verb if any(n.lemma_.lower() in CLAIM for n in nouns) else None


def _blamed(tok: Token) -> Token | None:
    """The one blamed for the deed ``tok`` names ("blamed X for the attack", "X was blamed for
    the attack", "accused X of the killing")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of", "over"):
        return None
    verb = tok.head.head
    if not is_verb(verb) or verb.lemma_.lower() not in BLAME:
        return None
    return child(verb, "nsubjpass") if is_passive(verb) else child(verb, "dobj")


def experiencer(tok: Token, flags: frozenset[str], ix: ActorIndex) -> list[str] | None:
    """ "Japan was disappointed with China's decision", "Seoul was angered by the launch": a
    verb of feeling (row flag ``exp``) in the passive; the one who feels it is the source.
    None for any other row; [] when the feeling is no actor's or the verb is not passive
    ("the decision disappointed Japan" is left uncoded)."""
    if "exp" not in flags:
        return None
    sp = child(tok, "nsubjpass") if is_verb(tok) else None
    return resolve(sp, ix) if sp is not None else []
