"""The ledger: an SQLite store of reports and the claims read from them (see store.py)."""

from claimledger.ledger.ingest import IngestStats, ingest
from claimledger.ledger.schema import LedgerError
from claimledger.ledger.store import DEFAULT_BATCH, DEFAULT_DB, Ledger, WriteStats

__all__ = [
    "DEFAULT_BATCH",
    "DEFAULT_DB",
    "IngestStats",
    "Ledger",
    "LedgerError",
    "WriteStats",
    "ingest",
]
