"""Which candidates are events of their own: an event with one side unknown is none where the
same sentence codes the same act with both sides ("police handcuffed one owner and arrested
the other": one arrest with its target, not a second one with none); material cooperation
(CAMEO 06) is an event only with a public party on one side (`private_trade`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from communique.events.model import Candidate

__all__ = ["covered", "private_trade", "public"]

# agents of an actor code (CAMEO: country + agent, "USAGOV") that make it a public party:
# the state's branches and forces, parties, rebels, opposition and organised civil society
PUBLIC_AGENTS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "PTY", "OPP", "REB", "INS", "NGO", "IGO"}
)


def covered(c: Candidate, cands: list[Candidate]) -> bool:
    """True for a candidate with a side unknown (no source or no target) whose sentence holds
    another candidate of the same type with both sides that shares its known side."""
    if c.source and c.target:
        return False
    known = set(c.source or c.target)
    return any(
        o is not c
        and o.plover == c.plover
        and o.sentence == c.sentence
        and o.source
        and o.target
        and (known <= set(o.source if c.source else o.target) or _its_doer(c, o))
        for o in cands
    )


def _its_doer(c: Candidate, o: Candidate) -> bool:
    """ "A Russian missile strike on Kharkiv killed three civilians": the killing's doer is the
    strike, its subject, coded with both sides; the killing with no source is that act."""
    t = o.trigger
    return not c.source and t.doc is c.trigger.doc and t.head.i == c.trigger.i and t.dep_ == "nsubj"


def public(code: str | None) -> bool:
    """True for the code of a state ("KEN"), an international body ("IGO...") or a public
    agent of a state ("USAGOV", "LBNREBHEZ"); False for companies, media, schools, private
    people and actors with no code."""
    if not code:
        return False
    if len(code) == 3 or code.startswith("IGO"):
        return True
    return code[3:6] in PUBLIC_AGENTS


def private_trade(c: Candidate, codes: Mapping[str, str | None]) -> bool:
    """True for material cooperation (CAMEO 06: trade, joint work, sharing) with no public party
    on either side: "Airbus sold more planes than Boeing", "researchers collaborated with the
    University of Mons", "he worked with Kay on a show". PLOVER's COOPERATE is cooperation in
    the political sense; commerce and collaboration between companies, schools and private
    people are the business, science and culture news around it. An agreement between
    companies (057) stays: the annotation guidelines code it."""
    if c.plover != "COOPERATE":
        return False
    return not any(public(codes.get(a)) for a in [*c.source, *c.target])
