"""The target step of an event candidate: whom the event is aimed at.

The trigger's object or a named argument first (targets.py), then what the sentence implies:
a reversed row ("X received aid from Y": Y gives, X gets), an agreed visit ("X agreed to a
visit by Y"), a sibling trigger's target, coordinated subjects acting on each other, the home
country of a protest against policy or of a force sent against unrest. A target told only by
description ("asked the court", "talks with film studios") leaves the side empty (described.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events import code
from communique.events.arguments import ActorIndex, resolve
from communique.events.borrow import (
    actor_of_act,
    attacked_place,
    content_target,
    home_country,
    sibling_target,
)
from communique.events.described import (
    asks_content,
    asks_nothing,
    described_slot,
    home_side,
    state_described,
)
from communique.events.discourse import rebuts
from communique.events.owners import deed_doer, demand_owner, goods_country
from communique.events.sources import subject_of
from communique.events.syntax import children, is_verb, preps, same_line
from communique.events.targets import slots, targets
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from communique.events.lexicon import Lexicon, TriggerRow
    from communique.events.modality import Mood
    from communique.events.model import Draft
    from communique.events.triggers import Trigger

__all__ = ["aim"]

MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE", "RETREAT"})
SHARED = frozenset({"AID", "SUPPORT", "AGREE", "COOPERATE"})


#: PLOVER types a rule event may carry with no target (data/events/one_sided_types.txt)
ONE_SIDED = words("events/one_sided_types.txt")


def aim(d: Draft, m: Mood, ix: ActorIndex, lex: Lexicon, rows: dict[int, Trigger] | None) -> bool:
    """Settle the target (and, for a reversed row or an agreed visit, the source); False when
    the event lacks an argument it needs."""
    inverse = _inverse_source(d, ix) if "inv" in d.row.flags else None
    if "inv" in d.row.flags and inverse is None:
        return False  # a reversed row that names no giver
    agent_side = _agreed_by(d, m, ix)
    tok, row = d.tok, d.row
    where = slots(tok, row, lex.light_verbs)
    # "condemned the Russian invasion of Ukraine": the doer, before the object's own objects
    tgt = deed_doer(where, d.plover, d.source, ix) or _found_target(d, agent_side, ix, lex, rows)
    if inverse is not None:
        tgt = inverse
    if tgt and _met_there(d, tgt, ix):
        tgt = []  # "X and Y met on Singapore's Sentosa island": they met each other
    owner_np = None
    if not tgt:  # "rejected union demands": aimed at who made the demand
        tgt, owner_np = demand_owner(tok, where, d.plover, ix, lex, d.source)
    tgt = tgt or goods_country(where, d.plover, ix)  # "tariffs on Chinese cars"
    tgt = tgt or attacked_place(tok, where, d.plover, ix)  # "shelled Kharkiv"
    tgt = tgt or _implied_target(d, ix, lex)
    d.answers = not tgt and d.plover == "REJECT" and rebuts(tok)
    if not tgt and row.needs_target and not d.answers and not d.anaphor and not row.bare:
        # "sanctions against North Korean hacking groups": aimed at someone no actor names
        # (one side at least must be an actor: two descriptions make no dyad worth a record)
        # "the court sentenced ...", "the army pulled back"; a state body is no protester
        state = state_described(d.src_tok) and d.plover != "PROTEST"
        has_side = d.source or d.unattributed or state  # an unknown attacker is a side too
        d.target_np = described_slot(tok, where, lex, d.plover) if has_side else None
        if d.target_np is None and d.source:
            d.target_np = owner_np
        if d.target_np is None and (d.source or state) and not asks_content(tok, d.plover):
            # "OPEC will hold an emergency meeting", "the resolution demands that ...": the act
            # is news with no one named it is aimed at; kept only where the classifier
            # confirms its type (extract.confirmed), learned proposals never
            many = _meeting_of_many(d, ix, lex)  # a body meeting among its own members
            menace = d.plover == "THREATEN" and _threatens_act(tok, rows)
            d.one_sided = "learned" not in row.flags and (d.plover in ONE_SIDED or many or menace)
            d.one_sided = d.one_sided and not asks_nothing(tok)  # a question, words quoted
            return d.one_sided
        if d.target_np is None:
            return bool(d.source)
        tgt = home_side(where, d.source, d.plover, ix, lex)
    if (
        not tgt
        and d.plover == "PROTEST"
        and not d.unattributed  # "protests broke out": no one named, kept
        and all(ix.kind.get(a) == "person" for a in d.source)
    ):
        return False  # "To demonstrate, Miller points to...": one person is no protest
    d.target = tgt
    return True


def _threatens_act(tok: Token, rows: dict[int, Trigger] | None) -> bool:
    """A threat of a hostile act no one is named for ("Iran threatened to close the Strait of
    Hormuz"): the act is a trigger of its own in the threat's content. A warning of a state
    of things ("warned of looming famine", "warned that the law would leave people exposed")
    threatens no one."""
    content = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    return bool(rows) and any(c.i in rows for c in content)  # type: ignore[operator]


MEETING_CODES = frozenset({"040", "046"})
MEETING_VERBS = frozenset({"meet", "convene"})
NOT_MEETINGS = frozenset({"visit", "call", "signing"})
AGREE_VERBS = frozenset({"agree"})


MEETING_PLACES = frozenset({"in", "on", "at", "near", "outside", "inside"})
CLIMB_PLACE = frozenset({"poss", "compound", "pobj", "amod", "nmod", "det", "punct", "case"})


def _met_there(d: Draft, tgt: list[str], ix: ActorIndex) -> bool:
    """A meeting or talks of two sides or more whose target is only the place they met in
    ("Trump and Kim met on Singapore's Sentosa island", "negotiators met near the border"):
    the place is where, not whom; the sides meet each other (``_implied_target``)."""
    if d.plover != "CONSULT" or d.row.cameo not in MEETING_CODES or len(d.source) < 2:
        return False
    for t in d.tok.sent:
        if ix.tok[t.i] in tgt:
            cur = t
            while cur.dep_ in CLIMB_PLACE and cur.head.i != cur.i:
                cur = cur.head
            if cur.dep_ != "prep" or cur.lower_ not in MEETING_PLACES:
                return False
    return True


def _meeting_of_many(d: Draft, ix: ActorIndex, lex: Lexicon) -> bool:
    """ "OPEC will hold an emergency meeting", "G7 finance ministers met in Washington", "NATO
    leaders agreed to raise defence spending": a meeting, negotiation or agreement of a body
    of many members (an international organisation, a group of people, a legislature) among
    themselves, with no one else named. A body
    discussing a matter ("the cabinet discussed the budget") is its own business."""
    meets = (lex.event_nouns.get("meeting", frozenset()) | MEETING_VERBS) - NOT_MEETINGS
    lemma = d.tok.lemma_.lower()
    agreed = d.plover == "AGREE" and lemma in AGREE_VERBS  # "NATO leaders agreed to raise ..."
    if not (agreed or (d.cameo in MEETING_CODES and lemma in meets)) or not d.source:
        return False
    return all(
        ix.code.get(a, "").startswith("IGO")
        or ix.kind.get(a) == "group"
        or ix.agent.get(a) == "LEG"
        for a in d.source
    )


def _inverse_source(d: Draft, ix: ActorIndex) -> list[str] | None:
    """ "X received aid from Y": Y gives, X gets. The target of a reversed row (the subject,
    found as the source), the givers becoming the source; None when it names no giver."""
    givers = [a for o in preps(d.tok, d.row.target_preps) for a in resolve(o, ix)]
    if not givers:
        return None
    d.source, target = givers, d.source
    return target


def _agreed_by(d: Draft, m: Mood, ix: ActorIndex) -> list[str]:
    """ "X agreed to a visit by Y": X -> Y. The agreeing side (the source becomes Y), or []."""
    if m.intent_head is None or is_verb(d.tok) or d.plover != "AGREE":
        return []
    head_src, _ = subject_of(m.intent_head, ix)
    if head_src and set(head_src) != set(d.source):
        agent_side, d.source = d.source, head_src
        return agent_side
    return []


def _found_target(
    d: Draft, agent_side: list[str], ix: ActorIndex, lex: Lexicon, rows: dict[int, Trigger] | None
) -> list[str]:
    """The target the sentence names: the trigger's object, the agreeing side, a sibling
    trigger's target, the actor of an act the trigger describes."""
    tok = d.tok
    tgt = targets(tok, d.row, d.plover, ix, d.source, lex.light_verbs)
    tgt = tgt or [a for a in agent_side if a not in d.source]
    if not tgt and d.plover in SHARED and is_verb(tok) and rows:
        tgt = sibling_target(tok, rows, ix, d.source, lex.light_verbs)
    if not tgt and rows:  # "threatened to cut gas supplies to Europe"
        tgt = content_target(tok, d.plover, rows, ix, d.source, lex.light_verbs)
    if not tgt and rows and d.plover == "PROTEST":  # "marched demanding X's resignation": X
        demands = [rows[i] for i in d.consumed if i in rows]
        for t in (t for t in demands if code.plover(t.row.cameo) == "REQUEST"):
            tgt = tgt or targets(t.token, t.row, "REQUEST", ix, d.source, lex.light_verbs)
    if not tgt and tok.dep_ == "relcl" and lex.heads.get(tok.head.lemma_.lower()) == "act":
        tgt = actor_of_act(tok.head, ix, d.source)
    return tgt


def _implied_target(d: Draft, ix: ActorIndex, lex: Lexicon) -> list[str]:
    """A target no word names: coordinated subjects acting on each other, the home country of
    a protest against policy or of a force sent against unrest; a bare row recodes instead."""
    tok, row = d.tok, d.row
    if len(d.source) > 1 and ("sym" in row.flags or d.plover in MUTUAL):
        # "X and Y agreed to restore visits": with no one else involved, they act on each other
        d.source, tgt = d.source[:1], d.source[1:]
        return tgt
    at_home = _against_policy(tok, d.plover, lex) or _at_home(tok, d.plover, lex)
    at_home = at_home or _coerced_at_home(tok, d.plover, d.source, ix)
    at_home = at_home or _stance_on_policy(tok, row, d.plover, lex)
    if "home" in row.flags or at_home:
        tgt = home_country(d.source, ix)
        if tgt:
            return tgt
    if row.bare and not _aimed_at(tok, row.target_preps, lex):
        # "North Korea fired a missile": a show of force, not an attack; "opened fire on
        # worshippers" is aimed at someone, though no actor of the record is named
        d.cameo = row.bare
        d.plover = code.plover(d.cameo) or d.plover
    return []


def _aimed_at(tok: Token, words: frozenset[str], lex: Lexicon) -> bool:
    """ "opened fire on worshippers": the act has a target, though no actor of the record; a
    time, a place on the map or open space ("into the sea", "on Tuesday") is no target."""
    open_places = lex.classes.get("open_places", frozenset())
    return any(
        o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") and o.lemma_.lower() not in open_places
        for o in preps(tok, words)
    )


def _against_policy(tok: Token, plover: str, lex: Lexicon) -> bool:
    """ "protested against a proposed tax": a protest against a policy is aimed at the
    government that set it, the protesters' own country when no one else is named."""
    policies = lex.classes.get("policies", frozenset())
    return plover == "PROTEST" and any(
        o.lemma_.lower() in policies for o in preps(tok, frozenset({"against", "over"}))
    )


POLICY_STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "CONCEDE"})


def _stance_on_policy(tok: Token, row: TriggerRow, plover: str, lex: Lexicon) -> bool:
    """ "Heinrich praised the rule", "criticized the new tax law", "scrapped a contested youth
    employment law", "eased Covid restrictions": praise, criticism or a concession on a policy
    no actor is named in is aimed at the government that set it or the people it bound, the
    source's own country's when nothing else is named."""
    if plover not in POLICY_STANCES:
        return False
    policies = lex.classes.get("policies", frozenset()) | lex.classes.get("proposals", frozenset())
    return any(
        s.lemma_.lower() in policies for s in slots(tok, row, lex.light_verbs) if same_line(s, tok)
    )


def _coerced_at_home(tok: Token, plover: str, source: list[str], ix: ActorIndex) -> bool:
    """ "Chinese authorities cut internet access across the Xinjiang region": coercion carried
    out in a place of the source's own country falls on its own people."""
    if plover != "COERCE":
        return False
    own = {ix.country.get(a) for a in source} - {None}
    places = preps(tok, frozenset({"in", "across", "throughout", "inside"}))
    return any(ix.country.get(a) in own for p in places for a in resolve(p, ix))


def _at_home(tok: Token, plover: str, lex: Lexicon) -> bool:
    """ "deployed the army to help police contain protests": a force sent against unrest at
    home is aimed at the country's own people."""
    unrest = lex.classes.get("unrest", frozenset())
    return plover == "MOBILIZE" and any(
        t.lemma_.lower() in unrest or t.lower_ in unrest
        for c in children(tok, "advcl", "xcomp")
        for t in c.subtree
    )
