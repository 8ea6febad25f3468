"""The knowledge base by coverage: office holders of every state and the main IGOs, 1990-2026.

``data/actors/kb/<region>/people.csv`` and ``roles.csv`` (datasheet: data/actors/kb/SOURCES.md)
hold, state by state, the heads of state and government and, as far as written, the ministers
of foreign affairs, defence, interior and finance, central bank governors and UN ambassadors,
each row naming where it can be checked. They join the hand-kept people.csv/roles.csv:

- a person the hand-kept table already has (same name) keeps its entry and gains the roles it
  lacks (a coverage role overlapping a kept role of the same title is the same tenure);
- a partial date is narrowed to the days it surely covers ("2019-03" as a start is the 28th,
  as an end the 1st; "2019" starts on 31 December, ends on 1 January), so a role is never
  claimed for a day the source does not vouch for, and a handover in one month is no overlap;
- one-word aliases ("Ruto", "Friday", "Khan") are not taken as names: a bare surname is too
  often an ordinary word or another person's name; the actors stage links a surname to a person
  the article named in full (its surname index), which covers the common case without the
  risk. They are kept aside (``KB.short_aliases``) as surnames for ``famous.py``, which reads
  one as its bearer only where that bearer holds an office on the date and nobody else does.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.actors.kb import KB, KBRole

Row = dict[str, str]


def _region_files(name: str) -> Iterator[Row]:
    root = resources.files("communique.data.actors").joinpath("kb")
    for region in sorted(root.iterdir(), key=lambda p: p.name):
        f = region.joinpath(name)
        if region.is_dir() and f.is_file():
            yield from csv.DictReader(f.read_text("utf-8").splitlines())


def narrow(value: str | None, end: bool) -> str | None:
    """A partial ISO date as the day that keeps the role inside what the source vouches for."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01" if end else f"{value}-12-31"
    if len(parts) == 2:
        return f"{value}-01" if end else f"{value}-28"
    return value


@lru_cache(maxsize=1)
def coverage() -> tuple[dict[str, Row], dict[str, list[Row]]]:
    """People by id (rows of one id across regions merged) and their role rows."""
    people: dict[str, Row] = {}
    for r in _region_files("people.csv"):
        if r["id"] in people:
            old = people[r["id"]]
            aliases = dict.fromkeys([*old["aliases"].split("|"), *r["aliases"].split("|")])
            old["aliases"] = "|".join(a for a in aliases if a)
            old["country"] = old["country"] or r["country"]
        else:
            people[r["id"]] = dict(r)
    roles: dict[str, list[Row]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for r in _region_files("roles.csv"):
        key = (r["person"], r["title"], r["start"])
        if key not in seen and r["person"] in people:
            seen.add(key)
            roles[r["person"]].append(r)
    return people, dict(roles)


def kb_role(r: Row) -> KBRole:
    from communique.actors.kb import KBRole

    return KBRole(r["title"], r["code"] or None, narrow(r["start"], False), narrow(r["end"], True))


def _overlaps(a: KBRole, b: KBRole) -> bool:
    return (a.start or "") < (b.end or "9999") and (b.start or "") < (a.end or "9999")


# Letters NFKD does not split ("Radosław" -> "Radoslaw"): matched to a hand-kept spelling.
LATIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
    }
)


def _kept(k: KB, p: Row, persons: set[str]) -> list[str]:
    """Hand-kept people this coverage row is (by its name or a full-name alias, same state)."""
    from communique.actors.kb import fold, norm_key

    forms = [p["name"], *(a for a in p["aliases"].split("|") if " " in a.strip())]
    keys = dict.fromkeys(fold(norm_key(f)) for f in forms)
    keys.update(dict.fromkeys(fold(norm_key(f.translate(LATIN))) for f in forms))
    return [
        i
        for key in keys
        for i in k.names.get(key, [])
        if i in persons and (not p["country"] or k.entries[i].country in (None, p["country"]))
    ]


def _short(k: KB, p: Row, pid: str) -> None:
    """Keep the row's one-word aliases ("Mobutu", "Lula") aside: not names of the gazetteer
    (see the module's docstring), but surnames ``famous.py`` may read as its office holder's."""
    for a in p["aliases"].split("|"):
        a = a.strip()
        if a and " " not in a and a[:1].isupper():
            k.short_aliases.setdefault(a, []).append(pid)


def merge_into(k: KB) -> None:
    """Add the coverage people and roles to the loaded hand-kept knowledge base."""
    from communique.actors.kb import Entry

    people, roles = coverage()
    persons = {e.id for e in k.entries.values() if e.kind == "person"}
    for pid, p in people.items():
        mine = [kb_role(r) for r in roles.get(pid, [])]
        same = _kept(k, p, persons)
        if same:
            kept = k.entries[same[0]]
            for a in (p["name"], *p["aliases"].split("|")):
                if a and " " in a.strip():
                    k.add_name(a, kept.id)
            _short(k, p, kept.id)
            kept.roles += [
                r
                for r in mine
                if not any(r.title == o.title and _overlaps(r, o) for o in kept.roles)
            ]
            continue
        aliases = tuple(a for a in p["aliases"].split("|") if " " in a.strip())
        _short(k, p, pid)
        k.add(
            Entry(
                pid,
                p["name"],
                "person",
                p["country"] or None,
                None,
                aliases,
                p["gender"] or None,
                mine,
            )
        )
