"""The door of the web app: request bodies capped while they stream, and writers checked before
a byte of their body is read.

An ASGI middleware (it sees the raw `receive` channel, so it works whatever parses the body):
- a declared `Content-Length` over the cap is answered 413 at once, before anything else;
- a write (POST under /api) without a live bearer token is answered 401 before its body is
  read: a 300 MB multipart upload must not reach the temporary directory first;
- every body, chunked ones without `Content-Length` included, is counted as it streams in, and
  the request is answered 413 as soon as it passes the cap (nothing past it is read).

The cap is `WebSettings.max_upload_bytes` plus room for the form fields around a file.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from claimledger.ledger import LedgerError
from claimledger.web.errors import error_body
from claimledger.web.settings import WebSettings
from claimledger.web.state import WebState
from claimledger.web.tokens import verify_token

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

# Room for the fields of a multipart form around the file it carries.
FORM_ROOM = 64 * 1024
_WRITE_METHODS = frozenset({"POST"})
_NO_TOKEN = "this endpoint needs a bearer token (claimledger token create)"


def body_limit(settings: WebSettings) -> int:
    """The most bytes a request body may have."""
    return settings.max_upload_bytes + FORM_ROOM


class RequestGuard:
    """Caps request bodies and checks writers' tokens, before the application reads a body."""

    def __init__(self, app: App, state: WebState) -> None:
        self.app = app
        self.state = state
        self.limit = body_limit(state.settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or len(declared) > 18):
            await _answer(send, 400, "bad_request", "Content-Length is not a number")
            return
        if declared is not None and int(declared) > self.limit:
            await _answer(send, 413, "payload_too_large", self._too_large())
            return
        if scope["method"] in _WRITE_METHODS and _is_api(scope):
            refusal = await run_in_threadpool(self._refusal, headers.get("authorization"))
            if refusal is not None:
                await _answer(send, *refusal)
                return
        await self.app(scope, self._counted(receive), send)

    def _too_large(self) -> str:
        return f"request body larger than {self.limit:,} bytes"

    def _counted(self, receive: Receive) -> Receive:
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # FastAPI passes an HTTPException raised while reading the body on as it is;
                    # the error handlers answer it in the API's shape.
                    raise HTTPException(413, self._too_large())
            return message

        return counted

    def _refusal(self, authorization: str | None) -> tuple[int, str, str] | None:
        """Why a write may not go on (status, code, message), or None when its token is live."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return 401, "unauthorized", _NO_TOKEN
        try:
            with self.state.open() as ledger:
                live = verify_token(ledger, token.strip())
        except LedgerError as exc:
            return 503, "ledger_error", str(exc)
        return None if live is not None else (401, "unauthorized", "unknown or revoked token")


def _headers(scope: Scope) -> dict[str, str]:
    return {
        name.decode("latin-1").lower(): value.decode("latin-1")
        for name, value in scope.get("headers", [])
    }


def _is_api(scope: Scope) -> bool:
    path = str(scope.get("path", ""))
    return path == "/api" or path.startswith("/api/")


async def _answer(send: Send, status: int, code: str, message: str) -> None:
    """An error in the API's shape; the security headers are added around this middleware.
    The connection is closed: the body the client is still sending will not be read."""
    body = json.dumps(error_body(code, message)).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode("ascii")),
        (b"connection", b"close"),
    ]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
