"""Story mentions: each linkable article event as one row keyed for linking (docs/stories.md).

A mention's *block* is ``plover|cameo root|source key|target key``; only mentions of the same
block can be one story event. An actor's key is its CAMEO-style code cut to country+agent
(``CHNGOV``), else its country, else its knowledge-base id (``kb:…``); an event side with an
actor that has none of these cannot be matched, and its mention is a block of its own. The
*day* is the event's date when it is a full day, else the article's publication date when the
event has no date at all; a coarser event date (``2023-02``) leaves the day unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import duckdb

#: Modalities that report something that happened; planned, possible, hoped and negated events
#: are not (yet) real-world events, so they are not linked into story events.
LINKED_MODALITIES = ("asserted",)
#: PLOVER types whose two sides are interchangeable ("A met B" is "B met A").
SYMMETRIC = frozenset({"CONSULT"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_EVENTS = """
SELECT e.article_id, e.event_id, e.plover, e.cameo, e.source AS src, e.target AS tgt, e.date,
       e.modality, e.goldstein, e.quad_class, e.confidence, e.location_name,
       e.location_country, e.lat, e.lon, e.start_char, e.end_char, e.text,
       a.published, a.source AS outlet, a.url
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.article_id IN (SELECT unnest(?::VARCHAR[]))
  AND coalesce(e.modality, 'asserted') IN (SELECT unnest(?::VARCHAR[]))
ORDER BY e.article_id, e.event_id
"""
_ACTORS = """
SELECT article_id, actor_id, name, country, code, kb_id FROM actors
WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
"""


def actor_key(country: str | None, code: str | None, kb_id: str | None) -> str | None:
    """The key two actors must share to be 'the same actor' (country+agent, or kb person)."""
    if code:
        return code[:6].upper()
    if country:
        return country.upper()
    if kb_id:
        return f"kb:{kb_id}"
    return None


def day_of(date: str | None, published: str | None) -> str | None:
    """The event's day: its own full date, else (undated) the publication day, else None."""
    if date:
        return date if _DAY.match(date) and _valid(date) else None
    if published and _DAY.match(published[:10]) and _valid(published[:10]):
        return published[:10]
    return None


def _valid(day: str) -> bool:
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True


def _side(ids: Sequence[str] | None, actors: dict[str, tuple]) -> dict[str, Any]:
    """Key, names and country of one side of an event; key None when an actor has no key."""
    found = [actors.get(a) for a in ids or []]
    keys = [actor_key(f[1], f[2], f[3]) if f else None for f in found]
    known = [k for k in keys if k is not None]
    key = "+".join(sorted(set(known))) if len(known) == len(keys) else None
    names = "; ".join(f[0] for f in found if f and f[0])
    countries = sorted({f[1] for f in found if f and f[1]})
    return {"key": key, "name": names or None, "country": countries[0] if countries else None}


def _block(row: dict[str, Any], src: str | None, tgt: str | None) -> str:
    if src is None or tgt is None or row["day"] is None:
        return f"solo:{row['article_id']}:{row['event_id']}"
    root = (row["cameo"] or "")[:2]
    if row["plover"] in SYMMETRIC:
        src, tgt = sorted((src, tgt))
    return f"{row['plover']}|{root}|{src}|{tgt}"


def mention_rows(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[dict[str, Any]]:
    """The story mentions of the stored events of ``article_ids`` (story_id not yet set)."""
    if not article_ids:
        return []
    actors: dict[str, dict[str, tuple]] = {}
    for r in con.execute(_ACTORS, [article_ids]).fetchall():
        actors.setdefault(r[0], {})[r[1]] = (r[2], r[3], r[4], r[5])
    cur = con.execute(_EVENTS, [article_ids, list(LINKED_MODALITIES)])
    names = [d[0] for d in cur.description or []]
    out = []
    for values in cur.fetchall():
        e = dict(zip(names, values, strict=True))
        own = actors.get(e["article_id"], {})
        src, tgt = _side(e.pop("src"), own), _side(e.pop("tgt"), own)
        day = day_of(e.pop("date"), e["published"])
        e["day"] = dt.date.fromisoformat(day) if day else None
        e.update(source=src["key"], source_name=src["name"], source_country=src["country"])
        e.update(target=tgt["key"], target_name=tgt["name"], target_country=tgt["country"])
        e["block"] = _block(e, src["key"], tgt["key"])
        e["story_id"] = ""
        out.append(e)
    return out
