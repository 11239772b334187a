"""The ledger: reports and the claims read from them, in SQLite or PostgreSQL (see store.py).

Nothing outside this package touches the database: every stage reads and writes through
`Ledger` and its parts.
"""

from claimledger.ledger.database import is_database_url, ledger_target, redact
from claimledger.ledger.errors import LedgerError, SearchError
from claimledger.ledger.query import ClaimFilter, ReportFilter
from claimledger.ledger.store import DEFAULT_BATCH, DEFAULT_DB, Ledger, WriteStats

__all__ = [
    "DEFAULT_BATCH",
    "DEFAULT_DB",
    "ClaimFilter",
    "Ledger",
    "LedgerError",
    "ReportFilter",
    "SearchError",
    "WriteStats",
    "is_database_url",
    "ledger_target",
    "redact",
]
