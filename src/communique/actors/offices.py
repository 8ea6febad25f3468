"""Offices the KB dates, and who holds them on a day: a title the article's home country
would lend an unknown person ("President Chris Richmond" in an American story) is not that
country's office when the KB has its holder on the date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, KBRole, one_holder
from communique.actors.kbcheck import HEAD

if TYPE_CHECKING:
    from communique.actors.model import Ent, TextRole

__all__ = ["held_by_another", "holders"]


def holders(k: KB) -> dict[str, list[tuple[str, KBRole]]]:
    """Every office the KB dates -> its holders and their tenures (built once)."""
    if k.holders is None:
        k.holders = {}
        for e in k.entries.values():
            for r in e.roles:
                k.holders.setdefault(r.title, []).append((e.id, r))
    return k.holders


def held_by_another(role: TextRole, e: Ent, k: KB, date: str | None) -> bool:
    """Whether the KB has someone else in the office ``role`` gives an unknown person for the
    article's country on ``date``: "President Chris Richmond" in an American story is not the
    President of the United States. A country the text states ("Lithuanian Foreign Minister
    X") is believed: the KB may be behind the news."""
    if role.former or role.stated or not role.country or date is None or e.entry is not None:
        return False  # the text said whose office; a person the KB knows has its own roles
    if not one_holder(role.title) or not HEAD.match(role.title):
        return False  # only a head of state's or government's office: one holder, all known
    return any(r.active(date) for _, r in holders(k).get(role.title, ()))
