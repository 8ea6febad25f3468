"""The JSON API under /api: reads through one cursor per request, fixed parameterised SQL."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request

from communique.errors import CommuniqueError, InputError, ServiceError
from communique.service import models as m
from communique.service.state import Service
from communique.store import read
from communique.store.actors import actors_over_time

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": m.ErrorOut, "description": why}
    for code, why in (
        (404, "Not found (E501)."),
        (413, "Request too large (E104, E500)."),
        (422, "Bad request or unusable input (E1xx, E502)."),
    )
}
router = APIRouter(prefix="/api", responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip.")]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Day = Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive.")]
Country = Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3.")]
Modality = Literal["asserted", "planned", "possible", "hoped", "negated"]


def service(request: Request) -> Service:
    return request.app.state.service  # type: ignore[no-any-return]


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@router.get("/articles", response_model=m.ArticlesPage, summary="Articles, newest first")
def list_articles(
    request: Request,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="In title/text.")] = (
        None
    ),
    source: Text = None,
    date_from: Day = None,
    date_to: Day = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    with service(request).cursor() as cur:
        items, total = read.articles(
            cur,
            q=q,
            source=source,
            date_from=_day(date_from),
            date_to=_day(date_to),
            limit=limit,
            offset=offset,
        )
    return {"items": items, "total": total}


@router.get("/articles/{article_id}", response_model=m.Record, summary="One article's record")
def get_article(
    request: Request, article_id: Annotated[str, Path(min_length=1, max_length=200)]
) -> dict[str, Any]:
    """The whole record (``communique/1``) as extracted, offsets into its ``text``."""
    with service(request).cursor() as cur:
        rec = read.record(cur, article_id)
    if rec is None:
        raise ServiceError(
            "E501", input=article_id, what="article", key=article_id, where="/api/articles"
        )
    return rec


@router.get("/events", response_model=m.EventsPage, summary="Coded events")
def list_events(
    request: Request,
    plover: Annotated[str | None, Query(pattern=r"^[A-Z_]{2,30}$", description="PLOVER type.")] = (
        None
    ),
    cameo_root: Annotated[str | None, Query(pattern=r"^[0-9]{2}$", description="e.g. 04.")] = None,
    actor: Annotated[str | None, Query(min_length=1, max_length=200, description="Name/kb id.")] = (
        None
    ),
    country: Country = None,
    date_from: Day = None,
    date_to: Day = None,
    modality: Modality | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    with service(request).cursor() as cur:
        items, total = read.events(
            cur,
            plover=plover,
            cameo_root=cameo_root,
            actor=actor,
            country=country,
            date_from=_day(date_from),
            date_to=_day(date_to),
            modality=modality,
            limit=limit,
            offset=offset,
        )
    return {"items": items, "total": total}


def _actors(request: Request, name: str | None) -> list[dict[str, Any]]:
    svc = service(request)
    with svc.cursor() as cur:
        found = actors_over_time(svc.reader(cur), name)
    return [
        {
            "key": a.key,
            "name": a.name,
            "kind": a.kind,
            "country": a.country,
            "articles": a.articles,
            "roles": [vars(r) for r in a.roles],
        }
        for a in found
    ]


@router.get("/actors", response_model=m.ActorsPage, summary="Actors with roles over time")
def list_actors(
    request: Request, name: Text = None, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """The CLI's ``communique actors``: most-mentioned first, each role with its articles."""
    found = _actors(request, name)
    return {"items": found[offset : offset + limit], "total": len(found)}


@router.get("/actors/{key:path}", response_model=m.ActorOut, summary="One actor")
def get_actor(
    request: Request, key: Annotated[str, Path(min_length=1, max_length=200)]
) -> dict[str, Any]:
    for actor in _actors(request, key):
        if actor["key"] == key:
            return actor
    raise ServiceError("E501", input=key, what="actor", key=key, where="/api/actors")


@router.get("/quotes", response_model=m.QuotesPage, summary="Quotations")
def list_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(min_length=1, max_length=200, description="Name.")] = (
        None
    ),
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    with service(request).cursor() as cur:
        items, total = read.quotes(cur, speaker=speaker, limit=limit, offset=offset)
    return {"items": items, "total": total}


@router.get("/dyads", response_model=m.DyadsOut, summary="Events between two countries")
def get_dyads(
    request: Request,
    a: Annotated[str, Query(pattern=r"^[A-Z]{3}$", description="First country, alpha-3.")],
    b: Annotated[str, Query(pattern=r"^[A-Z]{3}$", description="Second country, alpha-3.")],
    interval: Literal["day", "week", "month"] = "month",
) -> dict[str, Any]:
    """Per period: events either way, counts by QuadClass, and the Goldstein sum."""
    with service(request).cursor() as cur:
        items = read.dyads(cur, a, b, interval)
    return {"a": a, "b": b, "interval": interval, "items": items}


def raw_article(svc: Service, body: m.ArticleIn, name: str) -> Any:
    """A RawArticle from a request body, with the CLI's size limit and input errors."""
    from communique.readers.common import check_size
    from communique.readers.html import html_article
    from communique.readers.text import text_article

    text = getattr(body, "text", None)
    data = (text if text is not None else getattr(body, "html", "")).encode("utf-8")
    check_size(len(data), svc.settings.max_bytes, name)
    english = svc.settings.min_english
    if text is not None:
        if not text.strip():
            raise InputError("E101", input=name)
        raw = text_article(data, name, min_english=english)
    else:
        raw = html_article(data, name, min_english=english)
    if body.published:
        try:
            dt.date.fromisoformat(body.published)
        except ValueError:
            raise InputError("E110", input=name, value=body.published) from None
        raw.published, raw.published_from = body.published, "cli"
    raw.title = body.title or raw.title
    raw.source = body.source or raw.source
    raw.url = body.url or raw.url
    return raw


@router.post("/extract", response_model=m.Record, summary="Extract one article's record")
def post_extract(request: Request, body: m.ArticleIn) -> dict[str, Any]:
    """Text or HTML in, the record out (nothing is stored). Same limits and errors as the CLI."""
    svc = service(request)
    raw = raw_article(svc, body, "<request>")
    with svc.pipeline() as pipe:
        rec = pipe.extract(raw)
    return rec.model_dump(mode="json", by_alias=True)


@router.post(
    "/ingest",
    response_model=m.IngestOut,
    summary="Extract and store articles",
    responses={409: {"model": m.ErrorOut, "description": "Store served read-only (E503)."}},
)
def post_ingest(request: Request, body: m.IngestIn) -> dict[str, Any]:
    """Extract and store up to 100 articles in one transaction, while reads go on."""
    from communique.store import ingest

    svc = service(request)
    writer = svc.writer()
    errors: list[CommuniqueError] = []
    items: list[Any] = []
    for i, art in enumerate(body.articles):
        try:
            items.append(raw_article(svc, art, f"articles[{i}]"))
        except CommuniqueError as exc:
            items.append(exc)
    ids: list[str] = []
    with svc.pipeline() as pipe, svc.write_lock:
        stats = ingest(
            writer,
            items,
            pipe,
            commit_every=len(items),
            on_error=errors.append,
            on_record=lambda r: ids.append(r.article.id),
        )
    return {
        "read": len(body.articles),
        "stored": stats.stored,
        "failed": len(errors),
        "ids": ids,
        "errors": [error_detail(e) for e in errors],
    }


def error_detail(exc: CommuniqueError) -> dict[str, Any]:
    return {"code": exc.code, "message": exc.message, "input": exc.input}
