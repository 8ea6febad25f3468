"""`role_conflict` without the knowledge base: one office given to two people.

A country has one foreign minister, one justice minister, one president at a time. When an
article calls two different people of the same country by the same singular office on its date
("Justice Minister A ..." and later "B, the president's justice minister"), it contradicts
itself, whatever the knowledge base knows. The statement flagged is the one the knowledge base
does not support when it knows the other holder in office; otherwise the first one (the check
cannot tell which is wrong; its message names both). Past-tense hand-overs ("X succeeded Y as
finance minister"), "former"/"then-"/"acting" titles, deputies and offices many people hold at
once (chief ministers, ministers of state) are never compared.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from communique.checks.kb import held_on, person_roles
from communique.checks.lexicon import tenure_verbs
from communique.checks.names import _title_case_line
from communique.checks.roles import StatedRole, _same_office, canonical, stated_roles
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import Actor, ArticleRecord

_ONE_HOLDER = {"president", "prime minister", "chancellor"}
_MINISTER = re.compile(r"^[a-z]+ minister$")
_MANY = words("checks/offices_many.txt")
# the office of another body than the government ("party president", "court president")
_BODY = words("checks/offices_body.txt")


def office(title: str) -> str | None:
    """The singular office a stated title names ("lula justice minister" -> "justice
    minister"), or None for an office several people hold at once ("deputy foreign minister",
    "chief minister") or one of another body ("party president", "Harvard president": a bare
    "president" only; nationality words are already gone)."""
    words = title.split()
    for k in range(len(words)):
        tail = canonical(" ".join(words[k:]))
        if tail in _ONE_HOLDER and k > 0:
            return None  # "Harvard President": the head of some other body
        if tail in _ONE_HOLDER or _MINISTER.match(tail):
            if (_MANY | _BODY) & set(words[:k]) or tail.split()[0] in _MANY:
                return None
            return tail
    return None


def _hand_over(doc: Doc, st: StatedRole) -> bool:
    """The sentence tells of an office changing hands ("replaced", "succeeded")."""
    return any(t.lemma_.lower() in tenure_verbs() for t in doc[st.name_i].sent)


def _surnames(a: Actor) -> set[str]:
    return {w.lower() for w in a.name.split() if w[:1].isupper()}


def _in_office(a: Actor, title: str, day: dt.date) -> bool:
    return any(_same_office(title, r.title) and held_on(r, day) for r in person_roles(a, day))


def predict_shared_offices(
    doc: Doc, record: ArticleRecord, day: dt.date | None
) -> list[tuple[StatedRole, str, str]]:
    """(stated role, reason, actor id) for a singular office the article gives two people."""
    holders: dict[tuple[str, str], list[tuple[Actor, StatedRole]]] = {}
    for a in record.actors:
        if a.kind != "person" or not a.country:
            continue
        for st in stated_roles(doc, a):
            name = office(st.title)
            headline = _title_case_line(record.text, st.start)  # capitals say nothing there
            if name is None or st.former or headline or _hand_over(doc, st):
                continue
            holders.setdefault((a.country, name), []).append((a, st))
            break  # one statement per person and office is enough
    out = []
    for (_, name), found in holders.items():
        people = {a.id for a, _ in found}
        if len(people) != 2:
            continue
        (a1, s1), (a2, s2) = sorted(found, key=lambda x: x[1].start)[:2]
        if _surnames(a1) & _surnames(a2):
            continue  # one person split into two actors
        flagged, other = (a1, s1), a2
        if day is not None and _in_office(a1, name, day) and not _in_office(a2, name, day):
            flagged, other = (a2, s2), a1
        a, st = flagged
        why = f"{a.name} is called {st.text!r}, but the article gives that office to {other.name}"
        out.append((st, why, a.id))
    return out
