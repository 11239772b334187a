"""One error shape for every API failure: `{"error": {"code", "message", "detail"}}`.

`code` is a stable machine word (not_found, invalid_request, unauthorized, bad_request,
payload_too_large, ledger_error, internal_error), `message` a sentence for people, `detail`
structured help or null (the failing fields of a 422, say). Pages (outside /api) answer with an
HTML page instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimledger.errors import ClaimledgerError
from claimledger.ledger import LedgerError

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    422: "invalid_request",
    500: "internal_error",
    503: "ledger_error",
}


class ApiError(ClaimledgerError):
    """An error to answer with: HTTP status, stable code, message and optional detail."""

    def __init__(
        self, status: int, message: str, detail: Any = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.detail = detail


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """The body of every API error (documented in the OpenAPI document)."""

    error: ErrorBody


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "detail": detail}}


# Responses listed in the OpenAPI document of every endpoint that can give them.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": code.replace("_", " ")}
    for status, code in _CODES.items()
    if status in (400, 404, 422)
}
AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorResponse, "description": "missing or invalid bearer token"},
    413: {"model": ErrorResponse, "description": "upload too large"},
}

PageRenderer = Callable[[Request, int, str], Response]


def install_error_handlers(
    app: FastAPI, page: PageRenderer, headers: dict[str, str] | None = None
) -> None:
    """Errors as the shape above under /api, as `page(request, status, message)` elsewhere.

    A bug (any other exception) answers 500 in the same shape, with `headers` (the security
    headers: this answer comes from outside the middleware that adds them)."""

    def answer(request: Request, error: ApiError) -> Response:
        if _is_api(request):
            headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
            return JSONResponse(
                error_body(error.code, error.message, error.detail),
                status_code=error.status,
                headers=headers,
            )
        return page(request, error.status, error.message)

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return answer(request, exc)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return answer(request, ApiError(exc.status_code, str(exc.detail)))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        detail = [_field_error(e) for e in exc.errors()]
        fields = ", ".join(sorted({e["field"] for e in detail})) or "the request"
        return answer(request, ApiError(422, f"invalid value for {fields}", detail))

    async def on_ledger(request: Request, exc: Exception) -> Response:
        return answer(request, ApiError(503, str(exc)))

    async def on_bug(request: Request, exc: Exception) -> Response:
        message = "internal error: please report it"
        if _is_api(request):
            return JSONResponse(
                error_body("internal_error", message), status_code=500, headers=headers
            )
        return PlainTextResponse(f"500 {message}", status_code=500, headers=headers)

    app.add_exception_handler(Exception, on_bug)
    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(LedgerError, on_ledger)


def _is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def _field_error(error: Any) -> dict[str, Any]:
    location = [str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path")]
    return {"field": ".".join(location) or "body", "problem": str(error.get("msg", "invalid"))}
