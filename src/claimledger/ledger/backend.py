"""One storage interface, two backends: an SQLite file (default) or a PostgreSQL database.

`Ledger.open(target)` takes either a path (SQLite, `claimledger.ledger.store.Ledger`) or a
`postgresql://` URL (`claimledger.ledger.postgres.PostgresLedger`, a subclass with the same
public methods), so every caller works on both. `LedgerStore` spells out that interface.

PostgreSQL support needs the optional `scale` extra (psycopg 3); it is imported only when a URL
is opened, so an SQLite-only install never needs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self
from urllib.parse import urlsplit, urlunsplit

from claimledger.errors import require_extra
from claimledger.ledger.schema import LedgerError

if TYPE_CHECKING:
    from claimledger.ledger.store import Ledger, WriteStats
    from claimledger.model import Extraction, Report

URL_SCHEMES = ("postgresql://", "postgres://")


class LedgerStore(Protocol):
    """What every ledger backend offers (see store.Ledger for each method's contract)."""

    path: str

    def write(self, extractions: Iterable[Extraction], batch_size: int = ...) -> WriteStats: ...

    def stored(self, reports: Sequence[Report]) -> list[bool]: ...

    def claims(
        self,
        location: str | Sequence[str] | None = None,
        claimant: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        action: str | None = None,
        weapon: str | None = None,
        limit: int | None = None,
        report_id: str | None = None,
    ) -> list[dict[str, Any]]: ...

    def iter_claims(
        self,
        location: str | Sequence[str] | None = None,
        claimant: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        action: str | None = None,
        weapon: str | None = None,
        limit: int | None = None,
        report_id: str | None = None,
    ) -> Iterator[dict[str, Any]]: ...

    def iter_claims_in_context(self) -> Iterator[dict[str, Any]]: ...

    def report(self, report_id: str) -> Extraction | None: ...

    def report_ids(self, prefix: str, limit: int = 10) -> list[str]: ...

    def versions(self, report_id: str) -> list[dict[str, Any]]: ...

    def version(self, report_id: str) -> int | None: ...

    def counts(self) -> dict[str, int]: ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...


def is_database_url(target: str | Path) -> bool:
    """Whether `target` names a PostgreSQL database rather than an SQLite file."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def ledger_target(value: str | Path) -> str | Path:
    """What a user typed for `--db` or CLAIMLEDGER_DB: a URL stays text, anything else is a
    path (a URL made into a Path would lose one of its slashes)."""
    return value if is_database_url(value) else Path(value)


def open_postgres(url: str, *, create: bool = True) -> Ledger:
    """The PostgreSQL ledger at `url`; MissingExtra when psycopg is not installed, LedgerError
    when it is but cannot load (no libpq, say)."""
    require_extra("scale", "a PostgreSQL ledger", "psycopg")
    try:
        from claimledger.ledger.postgres import PostgresLedger
    except ImportError as exc:
        raise LedgerError(f"{redact(url)}: psycopg cannot be loaded: {exc}") from None
    return PostgresLedger.from_url(url, create=create)


def redact(url: str) -> str:
    """The URL without its password, for messages and `Ledger.path`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    netloc = f"{parts.username or ''}:***@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
