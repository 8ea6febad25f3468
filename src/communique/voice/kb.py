"""The knowledge-base questions the checks ask, through the actors stage's public face.

``communique.actors.lookup`` owns the knowledge base of people and their offices. The checks
ask two things of it: which offices a person held (with dates), and whether a bare name is a
person the knowledge base knows. Roles already copied onto an Actor (``source == "kb"``) are
used first, so most checks need no lookup at all.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

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


def _as_roles(found: Any) -> list[Role]:
    from communique.record import Role

    out: list[Role] = []
    for r in found or []:
        if isinstance(r, Role):
            out.append(r)
        elif isinstance(r, dict) and r.get("title"):
            out.append(Role(**r))
    return out


def person_roles(actor: Actor, day: dt.date | None) -> list[Role]:
    """Every office the knowledge base gives the person (all dates, not only ``day``)."""
    roles = [r for r in actor.roles if r.source == "kb"]
    if roles or not actor.kb_id:
        return roles
    kb_roles = getattr(lookup, "kb_roles", None)
    return _as_roles(kb_roles(actor.kb_id, None)) if kb_roles is not None else []


def known_person_on(name: str, day: dt.date | None) -> bool:
    """Whether the knowledge base has a person called ``name`` who held an office on ``day``
    (or any such person at all when the date is unknown)."""
    find_person = getattr(lookup, "find_person", None)
    if find_person is None:
        return False
    found = find_person(name)
    if not found:
        return False
    people = found if isinstance(found, list | tuple) else [found]
    if day is None:
        return True
    kb_roles = getattr(lookup, "kb_roles", None)
    for p in people:
        key = getattr(p, "kb_id", None) or getattr(p, "id", None) or getattr(p, "name", None) or p
        roles = _as_roles(getattr(p, "roles", None)) or (
            _as_roles(kb_roles(key, None)) if kb_roles is not None else []
        )
        if not roles or any(held_on(r, day) for r in roles):
            return True
    return False
