"""Pages of a list: a limit, an opaque cursor for the next page, and the items.

Large tables (claims, reports, markers, checks, media) are paged by keyset: the cursor holds
the sort key of the last item, so page 1000 costs what page 1 costs. Lists built in memory
(incidents, sources) and ranked search results are paged by position, in the same cursor form.
Either way a client only passes `next` back as `cursor`.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimledger.web.errors import ApiError

# Cursors this app gives out are a few dozen characters; anything much longer is not one.
MAX_CURSOR_CHARS = 1024
_INT_MAX = 2**63 - 1
_MAX_KEY_CHARS = 600


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    limit: int
    next: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "limit": self.limit, "next": self.next}


def encode_cursor(key: list[Any]) -> str:
    raw = json.dumps(key, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, shape: tuple[type, ...]) -> list[Any] | None:
    """The key in `cursor`, checked against the types of `shape`; ApiError 400 when it is not
    a cursor this list gave out, 422 when it holds a value out of range (a number past 64 bits,
    a negative one, a string longer than any key)."""
    if not cursor:
        return None
    if len(cursor) > MAX_CURSOR_CHARS:
        raise ApiError(422, "invalid cursor: too long", _problem("too long"))
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError, RecursionError):
        raise ApiError(400, "invalid cursor: pass back the `next` of the previous page") from None
    if (
        not isinstance(key, list)
        or len(key) != len(shape)
        or not all(_fits(value, kind) for value, kind in zip(key, shape, strict=True))
    ):
        raise ApiError(400, "invalid cursor: it belongs to another list")
    for value in key:
        if isinstance(value, int) and not 0 <= value <= _INT_MAX:
            raise ApiError(422, "invalid cursor: a number out of range", _problem("out of range"))
        if isinstance(value, str) and len(value) > _MAX_KEY_CHARS:
            raise ApiError(422, "invalid cursor: a key too long", _problem("too long"))
    return key


def _problem(what: str) -> list[dict[str, str]]:
    return [{"field": "cursor", "problem": f"a value {what}: pass back the `next` of a page"}]


def keyset_page(
    rows: list[dict[str, Any]], limit: int, key_of: Callable[[dict[str, Any]], list[Any]]
) -> Page:
    """A page from `limit + 1` fetched rows: the extra one only says that there is more."""
    more = len(rows) > limit
    items = rows[:limit]
    return Page(items, limit, encode_cursor(key_of(items[-1])) if more and items else None)


def offset_page(items: list[Any], limit: int, cursor: str | None) -> tuple[list[Any], str | None]:
    """The slice of an in-memory list a positional cursor points at, and the next cursor."""
    key = decode_cursor(cursor, (int,))
    start = key[0] if key else 0
    if start < 0:
        raise ApiError(400, "invalid cursor: negative position")
    chunk = items[start : start + limit]
    more = start + limit < len(items)
    return chunk, encode_cursor([start + limit]) if more else None


def _fits(value: Any, kind: type) -> bool:
    return isinstance(value, kind) and not isinstance(value, bool)
