"""Actors over time: every role the store knows an actor by, with the articles that support it.

A role row comes from the record's ``Actor.roles`` (source ``kb`` or ``text``) and carries the
article's publication date, so one actor's titles can be followed from article to article. An
article supports a role the text states (``text``); it supports a knowledge-base role only when
it is dated within the role's tenure (a 2023 article does not support a post taken in 2024).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.store.duckdb import Store

_ACTORS = """
SELECT coalesce(kb_id, name) AS key, any_value(name) AS name, any_value(kind) AS kind,
       any_value(country) AS country, count(DISTINCT article_id) AS articles
FROM actors
WHERE ? IS NULL OR name ILIKE '%' || ? || '%' OR kb_id ILIKE '%' || ? || '%'
GROUP BY key ORDER BY articles DESC, name
"""

_ROLES = """
WITH r AS (
    SELECT *,
           source <> 'kb' OR (
               article_date IS NOT NULL
               AND (valid_from IS NULL OR left(article_date, length(valid_from)) >= valid_from)
               AND (valid_to IS NULL OR left(article_date, length(valid_to)) <= valid_to)
           ) AS supports
    FROM roles
)
SELECT coalesce(r.kb_id, r.name) AS key, r.title, r.valid_from, r.valid_to, r.source,
       min(r.article_date) FILTER (WHERE r.supports) AS first_seen,
       max(r.article_date) FILTER (WHERE r.supports) AS last_seen,
       list(DISTINCT r.article_id ORDER BY r.article_id) FILTER (WHERE r.supports) AS article_ids,
       list(DISTINCT a.title ORDER BY a.title) FILTER (WHERE r.supports AND a.title IS NOT NULL)
           AS titles
FROM r JOIN articles a ON a.id = r.article_id
GROUP BY 1, 2, 3, 4, 5
ORDER BY key, coalesce(valid_from, first_seen), title
"""


@dataclass
class RoleSeen:
    title: str
    valid_from: str | None
    valid_to: str | None
    source: str
    first_seen: str | None
    last_seen: str | None
    article_ids: list[str]
    article_titles: list[str]


@dataclass
class ActorSeen:
    key: str
    name: str
    kind: str | None
    country: str | None
    articles: int
    roles: list[RoleSeen] = field(default_factory=list)


def actors_over_time(store: Store, name: str | None = None) -> list[ActorSeen]:
    """Actors (grouped by knowledge-base id, else name), most-mentioned first, with roles."""
    found = [
        ActorSeen(key=k, name=n, kind=kind, country=c, articles=int(a))
        for k, n, kind, c, a in store.con.execute(_ACTORS, [name, name, name]).fetchall()
    ]
    by_key = {a.key: a for a in found}
    for key, title, vf, vt, src, first, last, ids, titles in store.con.execute(_ROLES).fetchall():
        if key in by_key:
            by_key[key].roles.append(
                RoleSeen(title, vf, vt, src, first, last, list(ids or []), list(titles or []))
            )
    return found
