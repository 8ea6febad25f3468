"""The knowledge-base questions the checks ask, through the actors stage's public face.

``communique.actors.lookup`` owns the knowledge base of people and their offices. The checks
ask two things of it (``kb_roles`` and ``find_person``): which offices a person held (with
dates), and which person a bare name is. Roles already copied onto an Actor
(``source == "kb"``) are used first, so most checks need no lookup at all.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from communique.actors import lookup

if TYPE_CHECKING:
    from communique.record import Actor, Role


def parse_day(value: str | None, *, end: bool = False) -> dt.date | None:
    """An ISO date, year-month or year as a date (the last day of the period when ``end``)."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            return dt.date(y, m, int(parts[2]))
        if not end:
            return dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None


def held_on(role: Role, day: dt.date) -> bool:
    """Whether the role was held on ``day`` (open ends count as held)."""
    start, end = parse_day(role.start), parse_day(role.end, end=True)
    return (start is None or start <= day) and (end is None or day <= end)


def person_roles(actor: Actor, day: dt.date | None) -> list[Role]:
    """Every office the knowledge base gives the person (all dates, not only ``day``)."""
    roles = [r for r in actor.roles if r.source == "kb"]
    if roles or not actor.kb_id:
        return roles
    return lookup.kb_roles(actor.kb_id, day)


def kb_person(name: str, day: dt.date | None) -> lookup.KBPerson | None:
    """The knowledge-base person a bare name refers to on ``day`` (full name or alias), if one."""
    return lookup.find_person(name, day.isoformat() if day else None)


def in_office(person: lookup.KBPerson, day: dt.date | None) -> bool:
    """Whether the person held an office on ``day`` (or is known without offices, or the date is
    unknown): someone a bare name in the news can stand for."""
    if day is None or not person.roles:
        return True
    return any(held_on(r, day) for r in person.roles)


def kb_entity(name: str) -> dict[str, object] | None:
    """The knowledge-base organisation or place a one-word name is, if one."""
    return lookup.kb_entity(name)
