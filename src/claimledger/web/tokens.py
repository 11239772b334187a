"""API tokens: made once, shown once, kept only as a SHA-256 hash (the ledger's `web_tokens`).

A token is 32 random bytes (256 bits), so a plain hash is enough to keep it: there is nothing
to guess that a slow hash would protect. Lookups go by the hash; the token never reaches the
database or a log.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from claimledger.ledger import Ledger

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
    token_id = ledger.tokens.add(name, token_hash(token), now)
    return TokenInfo(token_id, name, now, None), token


def revoke_token(ledger: Ledger, token_id: int) -> bool:
    """Revoke a token by id; False when there is no such token not revoked yet."""
    return ledger.tokens.revoke(token_id, _now())


def list_tokens(ledger: Ledger) -> list[TokenInfo]:
    return [TokenInfo(**row) for row in ledger.tokens.all()]


def verify_token(ledger: Ledger, token: str) -> int | None:
    """The id of the live token `token`, or None for an unknown or revoked one."""
    if not token.startswith(PREFIX):
        return None
    return ledger.tokens.live(token_hash(token))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
