"""API tokens: made once, shown once, kept only as a SHA-256 hash (table `web_tokens`).

A token is 32 random bytes (256 bits), so a plain hash is enough to keep it: there is nothing
to guess that a slow hash would protect. Lookups go by the hash; the token never reaches the
database or a log.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from claimledger.ledger import Ledger, LedgerError
from claimledger.ledger.schema import explain

PREFIX = "clt_"


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: int
    name: str
    created_at: str
    revoked_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
        }


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(ledger: Ledger, name: str = "") -> tuple[TokenInfo, str]:
    """A new token: its record and the token itself, which is not stored anywhere."""
    token = PREFIX + secrets.token_urlsafe(32)
    now = _now()
    cursor = _write(
        ledger,
        "INSERT INTO web_tokens (name, token_sha256, created_at) VALUES (?, ?, ?)",
        (name, token_hash(token), now),
    )
    assert cursor.lastrowid is not None
    return TokenInfo(cursor.lastrowid, name, now, None), token


def revoke_token(ledger: Ledger, token_id: int) -> bool:
    """Revoke a token by id; False when there is no such token not revoked yet."""
    cursor = _write(
        ledger,
        "UPDATE web_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        (_now(), token_id),
    )
    return cursor.rowcount > 0


def list_tokens(ledger: Ledger) -> list[TokenInfo]:
    rows = ledger.connection.execute(
        "SELECT id, name, created_at, revoked_at FROM web_tokens ORDER BY id"
    )
    return [TokenInfo(r["id"], r["name"], r["created_at"], r["revoked_at"]) for r in rows]


def verify_token(connection: sqlite3.Connection, token: str) -> int | None:
    """The id of the live token `token`, or None for an unknown or revoked one."""
    if not token.startswith(PREFIX):
        return None
    row = connection.execute(
        "SELECT id FROM web_tokens WHERE token_sha256 = ? AND revoked_at IS NULL",
        (token_hash(token),),
    ).fetchone()
    return None if row is None else int(row[0])


def _write(ledger: Ledger, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
    # Tokens are web-stage bookkeeping, not reports: they bypass Ledger.write, in a transaction
    # of their own like every write to the ledger.
    db = ledger.connection
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            cursor = db.execute(sql, params)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise LedgerError(explain(ledger.path, exc)) from exc
    return cursor


def write_row(ledger: Ledger, sql: str, params: tuple[Any, ...]) -> int:
    """Insert one web-stage row (a registry entry) in its own transaction; its rowid."""
    cursor = _write(ledger, sql, params)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
