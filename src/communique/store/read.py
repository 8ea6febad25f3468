"""Read-only queries for the service: fixed SQL, every client value passed as a parameter.

Each helper takes a DuckDB connection or cursor (the service hands one cursor per request) and
returns plain dicts. Nothing here writes, and no caller supplies SQL: filters become ``?``
parameters of statements written below. An event's day is its own date when it is a calendar
date, else its article's publication date.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

Con = duckdb.DuckDBPyConnection

_ARTICLE_COLS = "id, title, published, source, url, chars, words, ingested_at"
_ARTICLE_WHERE = """
WHERE (? IS NULL OR published >= ?) AND (? IS NULL OR published <= ?)
  AND (? IS NULL OR source ILIKE '%' || ? || '%')
  AND (? IS NULL OR title ILIKE '%' || ? || '%' OR text ILIKE '%' || ? || '%')
"""

#: Events with their day and their actors' names and countries (source and target sides).
_EVENTS = """
WITH ev AS (
    SELECT e.*, a.title AS article_title,
           coalesce(try_cast(left(e.date, 10) AS DATE), try_cast(a.published AS DATE)) AS day
    FROM events e JOIN articles a ON a.id = e.article_id
), sides AS (
    SELECT ev.article_id, ev.event_id, s.side, s.actor_id, ac.name, ac.kb_id, ac.country
    FROM ev,
         LATERAL (SELECT 'source' AS side, unnest(ev.source) AS actor_id
                  UNION ALL SELECT 'target', unnest(ev.target)) s
    JOIN actors ac ON ac.article_id = ev.article_id AND ac.actor_id = s.actor_id
)
"""

_EVENT_FILTER = """
WHERE (? IS NULL OR ev.plover = ?)
  AND (? IS NULL OR left(ev.cameo, 2) = ?)
  AND (? IS NULL OR ev.modality = ?)
  AND (? IS NULL OR ev.day >= try_cast(? AS DATE)) AND (? IS NULL OR ev.day <= try_cast(? AS DATE))
  AND (? IS NULL OR EXISTS (SELECT 1 FROM sides x WHERE x.article_id = ev.article_id
        AND x.event_id = ev.event_id AND (x.name ILIKE '%' || ? || '%' OR x.kb_id = ?)))
  AND (? IS NULL OR ev.location_country = ? OR EXISTS (SELECT 1 FROM sides x
        WHERE x.article_id = ev.article_id AND x.event_id = ev.event_id AND x.country = ?))
"""


def _rows(cur: Con, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    res = cur.execute(sql, params)
    names = [d[0] for d in res.description or []]
    return [dict(zip(names, row, strict=True)) for row in res.fetchall()]


def _pair(value: Any) -> list[Any]:
    return [value, value]


def articles(
    cur: Con,
    *,
    q: str | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """A page of articles (newest first) and how many match in all."""
    params = [*_pair(date_from), *_pair(date_to), *_pair(source), q, q, q]
    total = cur.execute(f"SELECT count(*) FROM articles {_ARTICLE_WHERE}", params).fetchall()
    items = _rows(
        cur,
        f"SELECT {_ARTICLE_COLS} FROM articles {_ARTICLE_WHERE} "
        "ORDER BY published DESC NULLS LAST, title, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    for item in items:
        item["ingested_at"] = str(item["ingested_at"]) if item["ingested_at"] else None
    return items, int(total[0][0])


def sources(cur: Con) -> list[str]:
    rows = cur.execute("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY 1")
    return [r[0] for r in rows.fetchall()]


def record(cur: Con, article_id: str) -> dict[str, Any] | None:
    """The stored record (``communique/1``) of one article, or None."""
    rows = cur.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchall()
    return json.loads(rows[0][0]) if rows else None


def events(
    cur: Con,
    *,
    plover: str | None = None,
    cameo_root: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    modality: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """A page of events (by day), each with its article and its actors' names."""
    params = [
        *_pair(plover),
        *_pair(cameo_root),
        *_pair(modality),
        *_pair(date_from),
        *_pair(date_to),
        actor,
        actor,
        actor,
        country,
        country,
        country,
    ]
    total = cur.execute(f"{_EVENTS} SELECT count(*) FROM ev {_EVENT_FILTER}", params).fetchall()
    sql = f"""{_EVENTS}
    , page AS (SELECT ev.* FROM ev {_EVENT_FILTER}
               ORDER BY ev.day NULLS LAST, ev.article_id, ev.event_id LIMIT ? OFFSET ?)
    SELECT p.article_id, p.article_title, p.event_id, p.plover, p.cameo, p.modality,
           p.goldstein, p.quad_class, p.confidence, CAST(p.day AS VARCHAR) AS day,
           p.date_text, p.location_name, p.location_country, p.text AS evidence,
           p.start_char, p.end_char, p.trigger_text, p.trigger_start, p.trigger_end,
           list(s.name ORDER BY s.actor_id) FILTER (WHERE s.side = 'source') AS source,
           list(s.name ORDER BY s.actor_id) FILTER (WHERE s.side = 'target') AS target,
           list(DISTINCT s.country) FILTER (WHERE s.country IS NOT NULL) AS countries
    FROM page p LEFT JOIN sides s ON s.article_id = p.article_id AND s.event_id = p.event_id
    GROUP BY ALL ORDER BY day NULLS LAST, p.article_id, p.event_id
    """
    items = _rows(cur, sql, [*params, limit, offset])
    for item in items:
        for key in ("source", "target", "countries"):
            item[key] = list(item[key] or [])
    return items, int(total[0][0])


def quotes(
    cur: Con, *, speaker: str | None = None, limit: int = 100, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """A page of quotations with their speaker's name (``speaker`` matches name or kb id)."""
    base = """
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.actor_id = q.speaker
    WHERE ? IS NULL OR ac.name ILIKE '%' || ? || '%' OR ac.kb_id = ?
    """
    params = [speaker, speaker, speaker]
    total = cur.execute(f"SELECT count(*) {base}", params).fetchall()
    items = _rows(
        cur,
        f"""SELECT q.article_id, a.title AS article_title, a.published, q.quote_id, q.kind,
                   q.text, q.start_char, q.end_char, q.cue, ac.name AS speaker, ac.kb_id
            {base} ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char
            LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return items, int(total[0][0])


_TRUNC = {"day": "day", "week": "week", "month": "month"}


def dyads(cur: Con, a: str, b: str, interval: str = "month") -> list[dict[str, Any]]:
    """Events between two countries (either way) per period: counts by QuadClass and the
    Goldstein sum. An event counts once however many actors of each side it has."""
    unit = _TRUNC[interval]
    sql = f"""{_EVENTS}
    , pair AS (
        SELECT DISTINCT ev.article_id, ev.event_id, ev.day, ev.quad_class, ev.goldstein,
               s.country AS src, t.country AS tgt
        FROM ev
        JOIN sides s ON s.article_id = ev.article_id AND s.event_id = ev.event_id
             AND s.side = 'source'
        JOIN sides t ON t.article_id = ev.article_id AND t.event_id = ev.event_id
             AND t.side = 'target'
        WHERE ev.day IS NOT NULL AND ((s.country = ? AND t.country = ?)
                                      OR (s.country = ? AND t.country = ?))
    ), one AS (
        SELECT article_id, event_id, any_value(day) AS day, any_value(quad_class) AS qc,
               any_value(goldstein) AS g, bool_or(src = ?) AS forward
        FROM pair GROUP BY ALL
    )
    SELECT CAST(date_trunc('{unit}', day) AS DATE)::VARCHAR AS period, count(*) AS events,
           count(*) FILTER (WHERE forward) AS a_to_b, count(*) FILTER (WHERE NOT forward) AS b_to_a,
           count(*) FILTER (WHERE qc = 1) AS q1, count(*) FILTER (WHERE qc = 2) AS q2,
           count(*) FILTER (WHERE qc = 3) AS q3, count(*) FILTER (WHERE qc = 4) AS q4,
           coalesce(sum(g), 0) AS goldstein
    FROM one GROUP BY 1 ORDER BY 1
    """
    rows = _rows(cur, sql, [a, b, b, a, a])
    return [
        {
            "period": r["period"],
            "events": r["events"],
            "a_to_b": r["a_to_b"],
            "b_to_a": r["b_to_a"],
            "quad_class": {"1": r["q1"], "2": r["q2"], "3": r["q3"], "4": r["q4"]},
            "goldstein": round(float(r["goldstein"]), 3),
        }
        for r in rows
    ]


def network(cur: Con, *, plover: str | None = None, limit: int = 60) -> list[dict[str, Any]]:
    """Who acts on whom: one edge per (source actor, target actor), weighted by events and
    Goldstein sum; actors keyed by knowledge-base id, else name. Strongest ``limit`` edges."""
    sql = f"""{_EVENTS}
    SELECT coalesce(s.kb_id, s.name) AS source, any_value(s.name) AS source_name,
           coalesce(t.kb_id, t.name) AS target, any_value(t.name) AS target_name,
           count(DISTINCT (ev.article_id, ev.event_id)) AS events,
           round(sum(ev.goldstein), 3) AS goldstein
    FROM ev
    JOIN sides s ON s.article_id = ev.article_id AND s.event_id = ev.event_id
         AND s.side = 'source'
    JOIN sides t ON t.article_id = ev.article_id AND t.event_id = ev.event_id
         AND t.side = 'target'
    WHERE (? IS NULL OR ev.plover = ?) AND coalesce(s.kb_id, s.name) <> coalesce(t.kb_id, t.name)
    GROUP BY 1, 3 ORDER BY 5 DESC, abs(6) DESC, 1, 3 LIMIT ?
    """
    return _rows(cur, sql, [plover, plover, limit])


def timeline(
    cur: Con,
    *,
    plover: str | None = None,
    actor: str | None = None,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """Events per day by QuadClass (the timeline's bars), under the events' filters."""
    params = [*_pair(plover), None, None, None, None, None, None, None, None]
    params += [actor, actor, actor, country, country, country]
    sql = f"""{_EVENTS}
    SELECT CAST(ev.day AS VARCHAR) AS day, ev.quad_class, count(*) AS events,
           round(sum(ev.goldstein), 3) AS goldstein
    FROM ev {_EVENT_FILTER} AND ev.day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
    """
    return _rows(cur, sql, params)


def plover_types(cur: Con) -> list[str]:
    rows = cur.execute("SELECT DISTINCT plover FROM events WHERE plover IS NOT NULL ORDER BY 1")
    return [r[0] for r in rows.fetchall()]
