"""A batch of records as columns, one dict of lists per table (schema.sql), ready for Arrow.

Columnar building is what makes storing cheap: one Arrow table per table per batch, inserted
with one ``INSERT ... SELECT`` each, instead of one INSERT per row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from communique.record import ArticleRecord, Span

TABLES = (
    "articles",
    "boilerplate",
    "actors",
    "mentions",
    "roles",
    "quotes",
    "events",
    "times",
    "amounts",
    "voice",
    "checks",
)

Columns = dict[str, list[Any]]


def _add(cols: Columns, **values: Any) -> None:
    for key, value in values.items():
        cols[key].append(value)


def _span(s: Span | None, prefix: str = "") -> dict[str, Any]:
    if prefix:
        keys = (f"{prefix}_start", f"{prefix}_end", f"{prefix}_text")
    else:
        keys = ("start_char", "end_char", "text")
    values = (None, None, None) if s is None else (s.start, s.end, s.text)
    return dict(zip(keys, values, strict=True))


def _number(value: Any) -> float | None:
    """Amounts may be huge ints; DOUBLE holds them all (the exact value stays in the JSON)."""
    return None if value is None else float(value)


def _article(cols: Columns, rec: ArticleRecord) -> None:
    a, vs = rec.article, rec.voice_summary
    _add(
        cols,
        id=a.id,
        schema=rec.schema_,
        title=a.title,
        published=a.published,
        published_from=a.published_from,
        source=a.source,
        url=a.url,
        language=a.language,
        author=a.author,
        input=a.input,
        chars=len(rec.text),
        words=vs.words if vs else None,
        loaded_author_per_1000=vs.loaded_author_per_1000 if vs else None,
        hedges=vs.hedges if vs else None,
        quoted_share=vs.quoted_share if vs else None,
        attributed_share=vs.attributed_share if vs else None,
        text=rec.text,
        record=rec.model_dump_json(by_alias=True),
    )


def _actors(t: dict[str, Columns], rec: ArticleRecord) -> None:
    aid, day = rec.article.id, rec.article.published
    for a in rec.actors:
        _add(
            t["actors"],
            article_id=aid,
            actor_id=a.id,
            name=a.name,
            kind=a.kind,
            country=a.country,
            code=a.code,
            kb_id=a.kb_id,
            role=a.role,
            mentions=len(a.mentions),
        )
        for n, m in enumerate(a.mentions):
            _add(t["mentions"], article_id=aid, actor_id=a.id, n=n, **_span(m))
        for r in a.roles:
            _add(
                t["roles"],
                article_id=aid,
                actor_id=a.id,
                name=a.name,
                kb_id=a.kb_id,
                title=r.title,
                valid_from=r.start,
                valid_to=r.end,
                source=r.source,
                article_date=day,
            )


def _quotes(t: dict[str, Columns], rec: ArticleRecord) -> None:
    aid = rec.article.id
    for q in rec.quotes:
        _add(
            t["quotes"],
            article_id=aid,
            quote_id=q.id,
            kind=q.kind,
            speaker=q.speaker,
            addressee=q.addressee,
            cue=q.cue,
            framing=q.framing,
            **_span(q),
            **_span(q.speaker_mention, "speaker"),
        )


def _events(t: dict[str, Columns], rec: ArticleRecord) -> None:
    aid = rec.article.id
    for e in rec.events:
        loc = e.location
        _add(
            t["events"],
            article_id=aid,
            event_id=e.id,
            plover=e.plover,
            cameo=e.cameo,
            source=list(e.source),
            target=list(e.target),
            date=e.date,
            date_text=e.date_text,
            modality=e.modality,
            quote=e.quote,
            goldstein=_number(e.goldstein),
            quad_class=e.quad_class,
            confidence=_number(e.confidence),
            location_name=loc.name if loc else None,
            location_country=loc.country if loc else None,
            lat=loc.lat if loc else None,
            lon=loc.lon if loc else None,
            **_span(e.evidence),
            **_span(e.trigger, "trigger"),
        )


def _small(t: dict[str, Columns], rec: ArticleRecord) -> None:
    aid = rec.article.id
    for n, b in enumerate(rec.boilerplate):
        _add(t["boilerplate"], article_id=aid, n=n, kind=b.kind, **_span(b))
    for n, tm in enumerate(rec.times):
        _add(t["times"], article_id=aid, n=n, type=tm.type, value=tm.value, **_span(tm))
    for n, m in enumerate(rec.amounts):
        _add(
            t["amounts"],
            article_id=aid,
            n=n,
            value=_number(m.value),
            unit=m.unit,
            about=m.about,
            approximate=m.approximate,
            relation=m.relation,
            **_span(m),
        )
    for n, v in enumerate(rec.voice):
        _add(
            t["voice"],
            article_id=aid,
            n=n,
            kind=v.kind,
            voice=v.voice,
            speaker=v.speaker,
            note=v.note,
            **_span(v),
        )
    for n, c in enumerate(rec.checks):
        _add(
            t["checks"],
            article_id=aid,
            n=n,
            kind=c.kind,
            message=c.message,
            related=list(c.related),
            start_char=c.start,
            end_char=c.end,
            text=c.text,
        )


def columns(records: Sequence[ArticleRecord]) -> dict[str, Columns]:
    """Every table's columns for ``records`` (tables with no rows are left out)."""
    tables: dict[str, Columns] = {name: defaultdict(list) for name in TABLES}
    for rec in records:
        _article(tables["articles"], rec)
        _actors(tables, rec)
        _quotes(tables, rec)
        _events(tables, rec)
        _small(tables, rec)
    return {name: dict(cols) for name, cols in tables.items() if cols}


def expected_counts(rec: ArticleRecord) -> dict[str, int]:
    """How many rows each table holds for one record: the test of an all-or-nothing write."""
    return {
        "articles": 1,
        "boilerplate": len(rec.boilerplate),
        "actors": len(rec.actors),
        "mentions": sum(len(a.mentions) for a in rec.actors),
        "roles": sum(len(a.roles) for a in rec.actors),
        "quotes": len(rec.quotes),
        "events": len(rec.events),
        "times": len(rec.times),
        "amounts": len(rec.amounts),
        "voice": len(rec.voice),
        "checks": len(rec.checks),
    }
