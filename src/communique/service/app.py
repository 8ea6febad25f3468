"""The FastAPI application: API, pages, static files, security headers, errors as JSON.

Security: every page is rendered by Jinja2 with autoescaping (records reach the page's script
only as a JSON data island, escaped by ``tojson``); a Content-Security-Policy allows scripts,
styles and images from this server only (no inline script, no eval); request bodies are
bounded; errors are ``{"error": {"code", "message"}}`` without tracebacks.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from communique.errors import CommuniqueError, ServiceError
from communique.service.state import Service

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
STATUS = {"E104": 413, "E500": 413, "E501": 404, "E503": 409, "E504": 500}


def status_of(code: str) -> int:
    return STATUS.get(code, 422 if code.startswith(("E1", "E502")) else 500)


class Guard:
    """ASGI middleware: security headers on every answer; request bodies over ``limit`` bytes
    refused with 413 (E500) before the application reads them."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(int(declared), send_guarded)
            return
        seen = 0

        async def receive_bounded() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge(seen)
            return message

        try:
            await self.app(scope, receive_bounded, send_guarded)
        except _TooLarge as exc:
            await self._refuse(exc.size, send_guarded)

    async def _refuse(self, size: int, send: Send) -> None:
        err = ServiceError("E500", input="<request>", size=size, limit=self.limit)
        await error_response(err)(
            {"type": "http"},
            _no_receive,
            send,  # type: ignore[arg-type]
        )


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def error_response(exc: CommuniqueError) -> JSONResponse:
    body = {"error": {"code": exc.code, "message": exc.message, "input": exc.input}}
    return JSONResponse(body, status_code=status_of(exc.code))


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
        "accept", ""
    )


def _answer(request: Request, exc: CommuniqueError) -> Response:
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(
            request, "error.html", {"error": exc}, status_code=status_of(exc.code)
        )
    return error_response(exc)


def create_app(svc: Service, *, max_request_bytes: int | None = None) -> FastAPI:
    """The application over an open Service (see state.py)."""
    from fastapi.templating import Jinja2Templates

    from communique.service import api, pages

    app = FastAPI(
        title="Communiqué",
        summary="Verifiable records of political news: articles, events, actors, quotes.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = svc
    here = resources.files("communique.service")
    templates = Jinja2Templates(directory=str(here / "templates"))
    templates.env.filters["pretty"] = lambda v: json.dumps(v, indent=2, ensure_ascii=False)
    app.state.templates = templates

    @app.exception_handler(CommuniqueError)
    async def communique_error(request: Request, exc: CommuniqueError) -> Response:
        return _answer(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first: dict[str, Any] = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        reason = f"{where}: {first.get('msg', 'invalid')}" if where else "invalid request"
        return _answer(request, ServiceError("E502", input=where or None, reason=reason))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            err = ServiceError("E501", what="page", key=request.url.path, where="/docs")
        else:
            err = ServiceError("E502", reason=str(exc.detail))
        resp = _answer(request, err)
        resp.status_code = exc.status_code
        return resp

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        return error_response(ServiceError("E504", reason=type(exc).__name__))

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(here / "static")), name="static")
    limit = max_request_bytes or 2 * svc.settings.max_bytes + 65_536
    app.add_middleware(Guard, limit=limit)
    return app
