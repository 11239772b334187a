"""Results computed from the whole ledger (incidents, source numbers), kept until it changes.

Incidents are clustered from every current claim, which takes seconds on a large ledger, so the
result is cached per state of the ledger. The state is read as the largest row ids of reports,
report versions and claims: every write path adds rows (an edited report moves its old text to
report_versions and writes its claims again), so a write always changes it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# Values per filter ("map:<filter>") are dropped, all of them, when there are more than this;
# the values of the whole ledger (incidents, sources) stay.
MAX_FILTERED = 256

_STATE_SQL = (
    "SELECT (SELECT max(rowid) FROM reports), (SELECT max(rowid) FROM report_versions), "
    "(SELECT max(id) FROM claims), (SELECT max(id) FROM web_sources)"
)


def ledger_state(db: sqlite3.Connection) -> tuple[Any, ...]:
    return tuple(db.execute(_STATE_SQL).fetchone())


class LedgerCache:
    """Named values computed from one state of a ledger; a new state drops them all.

    A value is built under the lock: concurrent requests wait for one build instead of each
    clustering the whole ledger.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: tuple[Any, ...] | None = None
        self._values: dict[str, Any] = {}

    def get(self, db: sqlite3.Connection, name: str, build: Callable[[], T]) -> T:
        state = ledger_state(db)
        with self._lock:
            if state != self._state:
                self._values = {}
                self._state = state
            if name not in self._values:
                if ":" in name and sum(":" in key for key in self._values) >= MAX_FILTERED:
                    self._values = {k: v for k, v in self._values.items() if ":" not in k}
                self._values[name] = build()
            value: T = self._values[name]
            return value

    def peek(self, db: sqlite3.Connection, name: str) -> Any:
        """The value if it is computed for the ledger as it is now, else None (never builds)."""
        state = ledger_state(db)
        with self._lock:
            return self._values.get(name) if state == self._state else None
