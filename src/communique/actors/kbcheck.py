"""Validate the knowledge base and print its coverage: ``python -m communique.actors.kbcheck``.

Errors (exit 1): a role that starts after it ends; two holders of a one-holder office at once
(``data/actors/kb/joint_offices.txt`` lists the offices that were really shared, with why); a
name or alias that resolves to two people who both hold a role on the same day. Printed
always: people, roles, and per state the date ranges 1990-2026 with no head of state or
government known, so the gaps are visible.

Companies (``data/actors/companies.csv``): ids unique (and no other table's), kind ``org``, a
country the KB knows (ISO alpha-3, or a region with its own code: HKG, MAC), code = country +
BUS, and no name or alias that also names an entry of another country (a country, a person, an
organisation, another company). Printed: the count, by class (the file's ``# ==`` headings).

Government bodies (``data/actors/government_bodies.csv``): the same checks, with a code of
country + GOV, MIL, COP, SPY, JUD or LEG. Printed: the count, by agent.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING

from communique.actors.kb import one_holder

if TYPE_CHECKING:
    from communique.actors.kb import KB, Entry, KBRole

COMPANIES = "companies.csv"
BODIES = "government_bodies.csv"
BODY_AGENTS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})

SPAN = ("1990-01-01", "2026-12-01")
HEAD = re.compile(
    r"^(President|King|Queen|Emir|Sultan|Supreme Leader|Grand Duke|Prime Minister|Premier|"
    r"Chancellor|Chairman of the Presidency|Chair of the Presidency)( \(acting\))? of (.+)$"
)


def _persons(k: KB) -> list[Entry]:
    return [e for e in k.entries.values() if e.kind == "person"]


def _holders(k: KB) -> dict[tuple[str, str], list[tuple[KBRole, str]]]:
    out: dict[tuple[str, str], list[tuple[KBRole, str]]] = defaultdict(list)
    for e in _persons(k):
        for r in e.roles:
            out[((r.code or "")[:3], r.title)].append((r, e.id))
    return out


def bad_dates(k: KB) -> list[str]:
    return [
        f"{e.id}: {r.title} starts {r.start} after it ends {r.end}"
        for e in _persons(k)
        for r in e.roles
        if r.start and r.end and r.start > r.end
    ]


def overlaps(k: KB) -> list[str]:
    out = []
    for (_, title), held in _holders(k).items():
        if not one_holder(title):
            continue
        held = sorted(held, key=lambda h: h[0].start or "")
        for (a, ia), (b, ib) in zip(held, held[1:], strict=False):
            if ia != ib and a.end is not None and (b.start or "") < a.end:
                out.append(f"{title}: {ia} (to {a.end}) and {ib} (from {b.start})")
            elif ia != ib and a.end is None:
                out.append(f"{title}: {ia} never ends but {ib} starts {b.start}")
    return out


def _shared_day(a: Iterable[KBRole], b: Iterable[KBRole]) -> bool:
    return any(
        (x.start or "") < (y.end or "9999") and (y.start or "") < (x.end or "9999")
        for x in a
        for y in b
    )


def ambiguous_aliases(k: KB) -> list[str]:
    out = []
    for key, ids in k.names.items():
        people = [k.entries[i] for i in dict.fromkeys(ids) if k.entries[i].kind == "person"]
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                if a.roles and b.roles and _shared_day(a.roles, b.roles):
                    out.append(f"{key!r}: {a.id} and {b.id} hold roles on the same days")
    return out


def gaps(k: KB) -> dict[str, list[tuple[str, str]]]:
    """Per state, the ranges in SPAN with no head of state or government."""
    spans: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (country, title), held in _holders(k).items():
        if country and HEAD.match(title):
            spans[country] += [(r.start or SPAN[0], r.end or SPAN[1]) for r, _ in held]
    out = {}
    for country, ranges in spans.items():
        cursor, missing = SPAN[0], []
        for start, end in sorted(ranges):
            if start > cursor:
                missing.append((cursor, min(start, SPAN[1])))
            cursor = max(cursor, end)
        if cursor < SPAN[1]:
            missing.append((cursor, SPAN[1]))
        out[country] = [m for m in missing if _days(*m) > 31]
    return out


def company_classes() -> dict[str, int]:
    """Companies per class: the rows under each ``# == class: ...`` heading of the file."""
    text = resources.files("communique.data.actors").joinpath(COMPANIES).read_text("utf-8")
    out: dict[str, int] = {}
    current = "(no class)"
    for ln in text.splitlines():
        if ln.startswith("# == "):
            current = ln[5:].split(":")[0].strip()
        elif ln.strip() and not ln.startswith(("#", "id,")):
            out[current] = out.get(current, 0) + 1
    return out


def company_errors(k: KB, rows: list[dict[str, str]] | None = None) -> list[str]:
    """What is wrong with the companies table (``rows``: its rows, read from the file if None)."""
    return table_errors(k, COMPANIES, frozenset({"BUS"}), rows)


def body_errors(k: KB, rows: list[dict[str, str]] | None = None) -> list[str]:
    """What is wrong with the government bodies table (``rows``: read from the file if None)."""
    return table_errors(k, BODIES, BODY_AGENTS, rows)


def table_errors(
    k: KB, fname: str, agents: frozenset[str], rows: list[dict[str, str]] | None = None
) -> list[str]:
    """Rows of ``fname`` with an id used twice, a kind other than org, an unknown country, a code
    that is not country + one of ``agents``, or a name another country's entry answers to."""
    from communique.actors.kb import _rows, _split, fold, norm_key

    rows = _rows(fname) if rows is None else rows
    known: set[str] = {e.country for e in k.entries.values() if e.kind == "country" and e.country}
    known |= {
        e.country
        for e in k.entries.values()
        if e.kind == "region" and e.country and e.code == e.country
    }
    tables = {"orgs.csv", "groups.csv", "media.csv", COMPANIES, BODIES} - {fname}
    others = {r["id"] for f in tables for r in _rows(f)}
    out, seen = [], set()
    for r in rows:
        cid, country, code = r["id"], r["country"], r["code"]
        if cid in seen or cid in others:
            out.append(f"{cid}: id used twice")
        seen.add(cid)
        if r["kind"] != "org":
            out.append(f"{cid}: kind {r['kind']!r}, not 'org'")
        if country not in known:
            out.append(f"{cid}: country {country!r} is no ISO alpha-3 code the KB knows")
        if not code.startswith(country) or code[len(country) :] not in agents:
            out.append(f"{cid}: code {code!r} is not {country} + one of {sorted(agents)}")
        for name in {r["name"], *_split(r["aliases"])}:
            key = norm_key(name.lstrip("~"))
            for other in dict.fromkeys(k.names.get(key, []) + k.names.get(fold(key), [])):
                e = k.entries[other]
                if other != cid and e.country != country:
                    out.append(f"{cid}: {key!r} also names {other} ({e.country or 'no country'})")
    return out


def body_agents() -> dict[str, int]:
    """Government bodies per agent (GOV, MIL, COP, SPY, JUD, LEG)."""
    from communique.actors.kb import _rows

    out: dict[str, int] = {}
    for r in _rows(BODIES):
        agent = r["code"][len(r["country"]) :]
        out[agent] = out.get(agent, 0) + 1
    return dict(sorted(out.items()))


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days


def main(argv: list[str] | None = None) -> int:
    from communique.actors.kb import kb

    k = kb()
    people = _persons(k)
    errors = bad_dates(k) + overlaps(k) + ambiguous_aliases(k) + company_errors(k)
    errors += body_errors(k)
    g = gaps(k)
    print(f"people {len(people)}, roles {sum(len(e.roles) for e in people)}")
    classes = company_classes()
    print(f"companies {sum(classes.values())} in {len(classes)} classes")
    for name, n in classes.items():
        print(f"  {n:5d} {name}")
    bodies = body_agents()
    by_agent = ", ".join(f"{a} {n}" for a, n in bodies.items())
    print(f"government bodies {sum(bodies.values())}: {by_agent}")
    print(
        f"states with a head of state or government: {len(g)}; gap-free 1990-2026: "
        f"{sum(not v for v in g.values())}"
    )
    for country, missing in sorted(g.items()):
        if missing:
            print(f"  gaps {country}: " + ", ".join(f"{a}..{b}" for a, b in missing))
    for e in errors:
        print(f"ERROR {e}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
