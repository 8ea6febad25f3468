"""Story events: article events that report the same real-world event, linked into one row.

Two mentions are linked when they share a block (same PLOVER type, CAMEO root and source and
target keys: story_rows.py), their days are at most one day apart, and their places are
compatible (no two different countries; without countries, no two different place names).
A story event is a connected component of that relation, so the result depends on the set of
stored events only, never on the order they arrived in: a resumed ingest, a re-ingest and a
rebuild all give the same rows. Its id is the sha256 of its block and its first mention key.

Incremental: ``link(con, ids)`` runs inside the write transaction of a batch. It recomputes
only the *segments* touched by the batch: per block, the runs of days no more than one day
apart that contain a removed or added mention (a component never leaves its segment), found
through the (block, day) index, never by comparing all pairs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import duckdb
import pyarrow as pa

from communique.store.story_rows import mention_rows

_WITHIN = dt.timedelta(days=1)


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _segments(days: Iterable[dt.date]) -> list[list[dt.date]]:
    """Sorted distinct days cut where two neighbours are more than a day apart."""
    out: list[list[dt.date]] = []
    for d in sorted(set(days)):
        if out and d - out[-1][-1] <= _WITHIN:
            out[-1].append(d)
        else:
            out.append([d])
    return out


def _places_fit(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ca, cb = a["location_country"], b["location_country"]
    if ca and cb:
        return ca == cb
    if ca or cb:
        return True
    na, nb = a["location_name"], b["location_name"]
    return not (na and nb and na.casefold() != nb.casefold())


def _key(m: dict[str, Any]) -> tuple[str, str]:
    return (m["article_id"], m["event_id"])


def components(mentions: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Connected components of 'same block, days within one day, places compatible'."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_block: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_block[m["block"]].append(i)
    for members in by_block.values():
        members.sort(key=lambda i: (_day(mentions[i]["day"]) or dt.date.min, _key(mentions[i])))
        for n, i in enumerate(members):
            di = _day(mentions[i]["day"])
            for j in members[n + 1 :]:
                dj = _day(mentions[j]["day"])
                if di is None or dj is None or dj - di > _WITHIN:
                    break
                if _places_fit(mentions[i], mentions[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    return [sorted(g, key=_key) for g in groups.values()]


def _mode(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the smallest (deterministic)."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def story_row(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The story event of a component (``members`` sorted by mention key)."""
    first = min(members, key=lambda m: (m["published"] or "9999", _key(m)))
    cameo = _mode(m["cameo"] for m in members)
    same = [m["goldstein"] for m in members if m["cameo"] == cameo and m["goldstein"] is not None]
    place = _mode(
        (m["location_country"], m["location_name"], m["lat"], m["lon"])
        for m in members
        if m["location_country"] or m["location_name"]
    ) or (None, None, None, None)
    published = sorted(m["published"] for m in members if m["published"])
    block = members[0]["block"]
    key = f"{block}\n{members[0]['article_id']}:{members[0]['event_id']}"
    return {
        "id": hashlib.sha256(key.encode("utf-8")).hexdigest(),
        "block": block,
        "plover": first["plover"],
        "cameo": cameo,
        "cameo_root": (cameo or "")[:2] or None,
        **{f: first[f] for f in ("source", "source_name", "source_country")},
        **{f: first[f] for f in ("target", "target_name", "target_country")},
        "date": _mode(_day(m["day"]) for m in members),
        "location_country": place[0],
        "location_name": place[1],
        "lat": place[2],
        "lon": place[3],
        "goldstein": round(sum(same) / len(same), 2) if same else None,
        "quad_class": _mode(m["quad_class"] for m in members),
        "num_articles": len({m["article_id"] for m in members}),
        "num_sources": len({m["outlet"] or f"article:{m['article_id']}" for m in members}),
        "num_mentions": len(members),
        "first_seen": published[0] if published else None,
        "last_seen": published[-1] if published else None,
        "source_url": first["url"],
    }


def _region(con: duckdb.DuckDBPyConnection, changed: list[dict[str, Any]]) -> pa.Table:
    """The (block, day) pairs whose stored mentions must be recomputed with ``changed``."""
    blocks = sorted({m["block"] for m in changed})
    stored = con.execute(
        "SELECT DISTINCT block, day FROM story_event_mentions "
        "WHERE block IN (SELECT unnest(?::VARCHAR[]))",
        [blocks],
    ).fetchall()
    days: dict[str, set[dt.date]] = defaultdict(set)
    for block, day in stored:
        if day is not None:
            days[block].add(day)
    touched: dict[str, set[dt.date]] = defaultdict(set)
    solo = set()
    for m in changed:
        day = _day(m["day"])
        if day is None:
            solo.add(m["block"])
        else:
            days[m["block"]].add(day)
            touched[m["block"]].add(day)
    pairs: list[tuple[str, dt.date | None]] = [(b, None) for b in sorted(solo)]
    for block, hit in touched.items():
        for seg in _segments(days[block]):
            if hit.intersection(seg):
                pairs.extend((block, d) for d in seg)
    return pa.table(
        {"block": [p[0] for p in pairs], "day": pa.array([p[1] for p in pairs], pa.date32())}
    )


_IN_REGION = (
    "FROM story_event_mentions m WHERE EXISTS (SELECT 1 FROM _story_region r "
    "WHERE r.block = m.block AND r.day IS NOT DISTINCT FROM m.day)"
)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    schema = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
    arrow = pa.Table.from_pylist(rows, schema=schema)
    con.register("_story_rows", arrow)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _story_rows")
    con.unregister("_story_rows")


def link(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Bring story tables up to date after ``article_ids`` were (re)written or deleted.

    Runs in the caller's transaction, so a batch and its story links commit together.
    """
    ids = sorted(set(article_ids))
    cur = con.execute(
        "SELECT * FROM story_event_mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    )
    names = [d[0] for d in cur.description or []]
    removed = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    added = mention_rows(con, ids)
    if not removed and not added:
        return
    con.execute(
        "DELETE FROM story_events WHERE id IN (SELECT story_id FROM story_event_mentions "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])))",
        [ids],
    )
    con.execute(
        "DELETE FROM story_event_mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
    )
    con.register("_story_region", _region(con, removed + added))
    cur = con.execute(f"SELECT m.* {_IN_REGION}")
    names = [d[0] for d in cur.description or []]
    kept = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    con.execute(f"DELETE FROM story_events WHERE id IN (SELECT story_id {_IN_REGION})")
    con.execute(f"DELETE {_IN_REGION}")
    con.unregister("_story_region")
    _write(con, kept + added)


def _write(con: duckdb.DuckDBPyConnection, mentions: list[dict[str, Any]]) -> None:
    stories = []
    for members in components(mentions):
        story = story_row(members)
        stories.append(story)
        for m in members:
            m["story_id"] = story["id"]
    _insert(con, "story_event_mentions", mentions)
    _insert(con, "story_events", stories)


def rebuild(con: duckdb.DuckDBPyConnection, chunk: int = 2000) -> int:
    """Recompute both story tables from the stored events, in one transaction; returns rows."""
    con.begin()
    try:
        con.execute("DELETE FROM story_event_mentions")
        con.execute("DELETE FROM story_events")
        ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        mentions = []
        for start in range(0, len(ids), chunk):
            mentions.extend(mention_rows(con, ids[start : start + chunk]))
        _write(con, mentions)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return int(con.execute("SELECT count(*) FROM story_events").fetchall()[0][0])
