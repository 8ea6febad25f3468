"""From entities to the record's actors: canonical names, codes, roles on the article's date.

Codes follow CAMEO: a country's code is its ISO alpha-3; a person or body is country + sector
(RUSGOV, CHNPTY, HKGMED) taken from the role held on the date (KB first, then the text); a
person known only by roles that ended gets just the country (a former prime minister is not the
government; a party or opposition role, from the KB or the text, gives its own sector); IGOs keep
their CAMEO code (IGOUNO, IGOWSTNAT).
"""

from __future__ import annotations

from communique.actors.kb import KBRole
from communique.actors.model import Ent, State
from communique.record import Actor, ArticleRecord, Role, Span, make_span

SECTOR_ORDER = ("GOV", "MIL", "LEG", "JUD", "SPY", "PTY", "COP", "OPP", "MED", "BUS")


def _sector(code: str | None) -> int:
    s = (code or "")[3:6]
    return SECTOR_ORDER.index(s) if s in SECTOR_ORDER else len(SECTOR_ORDER)


def person_fields(e: Ent, date: str | None) -> tuple[str | None, str | None, list[Role]]:
    """(role on the date, code, all roles) of a person."""
    kb_roles: list[KBRole] = e.entry.roles if e.entry else []
    roles = [Role(title=r.title, start=r.start, end=r.end, source="kb") for r in kb_roles]
    for tr in e.text_roles:
        if not any(r.title == tr.title for r in roles):  # "observed": the article's date, so a
            roles.append(  # corpus builds its own dated dictionary of roles
                Role(
                    title=tr.title,
                    source="text",
                    observed=date,
                    former=tr.former,
                )
            )
    active = sorted((r for r in kb_roles if r.active(date)), key=lambda r: _sector(r.code))
    current_text = [tr for tr in e.text_roles if not tr.former]
    role = code = None
    if active:
        role = "; ".join(dict.fromkeys(r.title for r in active))
        code = active[0].code
    elif current_text:
        role = current_text[0].title
        tr = current_text[0]
        country = e.country or tr.country
        code = f"{country}{tr.sector}" if country and tr.sector else country
    elif e.country and (any(r.ended_before(date) for r in kb_roles) or e.text_roles):
        code = e.country  # only roles that ended ("former prime minister"): no sector to give
    elif e.entry is None and e.country and not e.code:
        code = f"{e.country}CVL"  # a private person: no office, no title the text gives
    else:
        code = e.code or e.country
    return role, code, roles


def org_code(e: Ent) -> str | None:
    if e.code:
        return e.code
    if e.country and e.sector:
        return f"{e.country}{e.sector}"
    return e.country or None


def to_actors(record: ArticleRecord, st: State) -> list[Actor]:
    ents = [e for e in st.ents.values() if e.mentions]
    ents.sort(key=lambda e: e.first)
    out = []
    for n, e in enumerate(ents, 1):
        mentions: list[Span] = [
            make_span(record.text, m.start, m.end)
            for m in sorted(e.mentions, key=lambda m: (m.start, m.end))
        ]
        role: str | None = None
        roles: list[Role] = []
        if e.kind == "person":
            role, code, roles = person_fields(e, st.date)
            country = e.country or next((r.country for r in e.text_roles if r.country), None)
        else:
            code, country = org_code(e), e.country
        out.append(
            Actor(
                id=f"a{n}",
                name=e.name,
                kind=e.kind,  # type: ignore[arg-type]
                country=country,
                code=code,
                kb_id=e.entry.id if e.entry else None,
                role=role,
                roles=roles,
                mentions=mentions,
            )
        )
    return out
