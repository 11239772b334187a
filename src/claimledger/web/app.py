"""The ASGI application: API, pages, static files, security headers, error shapes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from claimledger.web import api, pages
from claimledger.web.errors import install_error_handlers
from claimledger.web.guard import RequestGuard
from claimledger.web.settings import WebSettings
from claimledger.web.state import STATIC, WebState

API_DESCRIPTION = """\
Claims about the air war, read from reports, with their sources, incidents and checks.

Reads are open. Writes (`POST /api/reports`, `POST /api/files`, `POST /api/sources`) need
`Authorization: Bearer <token>`, a token made with `claimledger token create`.

Lists answer `{"items": [...], "limit": n, "next": cursor-or-null}`: pass `next` back as
`cursor` for the following page. `limit` is at most 500; more is refused (422).

Every error answers `{"error": {"code": ..., "message": ..., "detail": ...}}` with `code` one of
bad_request (400), unauthorized (401), not_found (404), method_not_allowed (405),
payload_too_large (413), invalid_request (422), internal_error (500), ledger_error (503).
Request bodies are capped while they stream (413), and a write's token is checked before its
body is read.
"""


def content_security_policy(settings: WebSettings) -> str:
    images = "'self'" + (f" {settings.tile_source}" if settings.tile_source else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'; form-action 'self'"
    )


def security_headers(settings: WebSettings) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(settings),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


def create_app(settings: WebSettings) -> FastAPI:
    """The dashboard and API over the ledger at `settings.db_path` (which must exist)."""
    app = FastAPI(
        title="claimledger",
        description=API_DESCRIPTION,
        version="1",
        # The interactive docs load scripts from a CDN, which the CSP (and an offline machine)
        # refuses; the OpenAPI document itself is served.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.web = state = WebState(settings)
    headers = security_headers(settings)
    # Inside the headers below (added first is innermost), so its answers get them too.
    app.add_middleware(RequestGuard, state=state)

    @app.middleware("http")
    async def add_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    install_error_handlers(app, pages.error_page, headers)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
