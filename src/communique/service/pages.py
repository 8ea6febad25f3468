"""The web pages, rendered on the server with Jinja2 (autoescaped); app.js adds the clicks."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from communique.errors import InputError, ServiceError
from communique.service import charts, evidence
from communique.service.api import raw_article, service
from communique.service.models import ArticleIn, HtmlIn, TextIn
from communique.store import read

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE = 50
Opt = Annotated[str, Query(max_length=200)]


def _page(request: Request, name: str, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context)  # type: ignore[no-any-return]


def _day(value: str, name: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ServiceError(
            "E502", input=name, reason=f"{name} {value!r} is not YYYY-MM-DD"
        ) from None


@router.get("/")
def index(
    request: Request,
    q: Opt = "",
    source: Opt = "",
    date_from: Opt = "",
    date_to: Opt = "",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    with service(request).cursor() as cur:
        items, total = read.articles(
            cur,
            q=q or None,
            source=source or None,
            date_from=_day(date_from, "date_from"),
            date_to=_day(date_to, "date_to"),
            limit=PAGE,
            offset=(page - 1) * PAGE,
        )
        all_sources = read.sources(cur)
    form = {"q": q, "source": source, "date_from": date_from, "date_to": date_to}
    return _page(
        request,
        "index.html",
        items=items,
        total=total,
        page=page,
        pages=max(1, -(-total // PAGE)),
        form=form,
        sources=all_sources,
    )


def _evidence(request: Request, rec: dict[str, Any], stored: bool) -> Response:
    names = {a["id"]: a["name"] for a in rec.get("actors", [])}
    return _page(
        request,
        "article.html",
        rec=rec,
        marked=evidence.render(rec.get("text", ""), evidence.marks(rec)),
        legend=evidence.speakers(rec),
        names=names,
        stored=stored,
    )


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> Response:
    with service(request).cursor() as cur:
        rec = read.record(cur, article_id)
    if rec is None:
        raise ServiceError("E501", input=article_id, what="article", key=article_id, where="/")
    return _evidence(request, rec, stored=True)


def _filters(plover: str, actor: str, country: str) -> dict[str, str | None]:
    return {"plover": plover or None, "actor": actor or None, "country": country.upper() or None}


@router.get("/timeline")
def timeline(request: Request, plover: Opt = "", actor: Opt = "", country: Opt = "") -> Response:
    f = _filters(plover, actor, country)
    with service(request).cursor() as cur:
        rows = read.timeline(cur, **f)
        items, total = read.events(
            cur, plover=f["plover"], actor=f["actor"], country=f["country"], limit=200
        )
        types = read.plover_types(cur)
    form = {"plover": plover, "actor": actor, "country": country}
    return _page(
        request,
        "timeline.html",
        chart=charts.timeline(rows),
        items=items,
        total=total,
        types=types,
        form=form,
    )


@router.get("/graph")
def graph(request: Request, plover: Opt = "") -> Response:
    with service(request).cursor() as cur:
        edges = read.network(cur, plover=plover or None)
        types = read.plover_types(cur)
    return _page(request, "graph.html", g=charts.graph(edges), types=types, plover=plover)


@router.get("/extract")
def extract_form(request: Request) -> Response:
    return _page(request, "extract.html", text="", published="")


@router.post("/extract")
def extract_page(
    request: Request,
    text: Annotated[str, Form()] = "",
    published: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    svc = service(request)
    if not text.strip():
        raise InputError("E101", input="<pasted>")
    meta = {"title": None, "source": None, "url": None, "published": published or None}
    body: ArticleIn = TextIn(text=text, **meta)
    if text.lstrip()[:1] == "<":
        body = HtmlIn(html=text, **meta)
    raw = raw_article(svc, body, "<pasted>")
    with svc.pipeline() as pipe:
        rec = pipe.extract(raw).model_dump(mode="json", by_alias=True)
    return _evidence(request, rec, stored=False)


@router.get("/docs")
def docs(request: Request) -> Response:
    """The API's documentation, rendered from its OpenAPI document (no CDN, no script)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            ops.append({"path": path, "method": method.upper(), **op})
    return _page(request, "docs.html", spec=spec, ops=ops)
