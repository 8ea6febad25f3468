"""Which candidates are political events: cooperation between people and bodies the record
cannot place is private life ("the couple met him at the altar", "he worked with Kay on a
show"), not an event (docs/events.md, "private life")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.wordlists import words

if TYPE_CHECKING:
    from communique.events.model import Candidate
    from communique.record import ArticleRecord

__all__ = ["PRIVATE", "private_life"]

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
