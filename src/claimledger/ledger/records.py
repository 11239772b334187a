"""The web stage's own rows: API tokens and the source registry entries added over the API.

Only what goes in and out of the tables lives here; making and checking tokens, and reading
entries as registry TOML, is the web stage's (claimledger.web.tokens, .registry).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.ledger.database import Database
from claimledger.ledger.tables import web_sources, web_tokens


class Tokens:
    """Rows of `web_tokens`: a name, the token's SHA-256 (never the token), times."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, name: str, token_sha256: str, created_at: str) -> int:
        """Store a new token's hash; its id."""
        statement = sa.insert(web_tokens).values(
            name=name, token_sha256=token_sha256, created_at=created_at
        )
        return self._db.atomic(lambda c: _new_id(c, statement))

    def revoke(self, token_id: int, revoked_at: str) -> bool:
        """Revoke a live token; False when there is no such token not revoked yet."""
        statement = (
            sa.update(web_tokens)
            .where(web_tokens.c.id == token_id, web_tokens.c.revoked_at.is_(None))
            .values(revoked_at=revoked_at)
        )
        return self._db.atomic(lambda c: c.execute(statement).rowcount > 0)

    def all(self) -> list[dict[str, Any]]:
        """Every token by id: id, name, created_at, revoked_at."""
        columns = (web_tokens.c.id, web_tokens.c.name, web_tokens.c.created_at)
        statement = sa.select(*columns, web_tokens.c.revoked_at).order_by(web_tokens.c.id)
        return [dict(row) for row in self._db.rows(statement)]

    def live(self, token_sha256: str) -> int | None:
        """The id of the live token with this hash, or None."""
        found = self._db.scalar(
            sa.select(web_tokens.c.id).where(
                web_tokens.c.token_sha256 == token_sha256, web_tokens.c.revoked_at.is_(None)
            )
        )
        return None if found is None else int(found)


class Sources:
    """Rows of `web_sources`: registry entries (`ids`, `names` as JSON arrays)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, entry: dict[str, Any], token_id: int | None, added_at: str) -> int:
        """Store an entry (name, kind, side, ids, names); its id."""
        statement = sa.insert(web_sources).values(**entry, token_id=token_id, added_at=added_at)
        return self._db.atomic(lambda c: _new_id(c, statement))

    def all(self) -> list[dict[str, Any]]:
        """Every entry in the order added: name, kind, side, ids, names."""
        columns = [web_sources.c[name] for name in ("name", "kind", "side", "ids", "names")]
        statement = sa.select(*columns).order_by(web_sources.c.id)
        return [dict(row) for row in self._db.rows(statement)]

    def version(self) -> int:
        """The largest entry id (0 for none): it grows with every entry added."""
        found = self._db.scalar(sa.select(sa.func.coalesce(sa.func.max(web_sources.c.id), 0)))
        return int(found)


class WebTables:
    def __init__(self, database: Database) -> None:
        self.tokens = Tokens(database)
        self.sources = Sources(database)


def _new_id(connection: Connection, statement: sa.Insert) -> int:
    key = connection.execute(statement).inserted_primary_key
    assert key is not None and key[0] is not None  # an INSERT of one row has its id
    return int(key[0])
