"""Which candidates are political events: cooperation between people and bodies the record
cannot place is private life ("the couple met him at the altar", "he worked with Kay on a
show"), not an event (docs/events.md, "private life"); an event with one side unknown is no
event of its own where the same sentence codes the same act with both sides ("police
handcuffed one owner and arrested the other": one arrest with its target, not a second one
with none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.wordlists import words

if TYPE_CHECKING:
    from communique.events.model import Candidate
    from communique.record import ArticleRecord

__all__ = ["PRIVATE", "covered", "private_life"]

#: PLOVER types that need a placed side to be news (data/events/private_types.txt)
PRIVATE = words("events/private_types.txt")


def private_life(c: Candidate, record: ArticleRecord) -> bool:
    """True for a cooperative candidate none of whose actors has a country or a code: event
    coders code events whose actors resolve to a country or a sector (ICEWS, PETRARCH), and
    conflict is kept whoever does it (an attack, an arrest, an accusation)."""
    if c.plover not in PRIVATE:
        return False
    sides = set(c.source) | set(c.target)
    return not any(a.country or a.code for a in record.actors if a.id in sides)


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
        and known <= set(o.source if c.source else o.target)
        for o in cands
    )
