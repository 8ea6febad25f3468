"""Which candidates are events of their own: an event with one side unknown is none where the
same sentence codes the same act with both sides ("police handcuffed one owner and arrested
the other": one arrest with its target, not a second one with none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.events.model import Candidate

__all__ = ["covered"]


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
