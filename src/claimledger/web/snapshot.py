"""Results computed from the whole ledger (incidents, source numbers), kept until it changes.

Results are cached per state of the ledger (`Ledger.state`: numbers every write changes). The
incidents themselves outlive a state: WebState keeps them in claimledger.incidents.live, which
computes again only the nights a write touched; what is derived from them (filtered lists, map
marks, the timeline) is cached here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from claimledger.ledger import Ledger

T = TypeVar("T")

# Values per filter ("map:<filter>") are dropped, all of them, when there are more than this;
# the values of the whole ledger (incidents, sources) stay.
MAX_FILTERED = 256


class LedgerCache:
    """Named values computed from one state of a ledger; a new state drops them all.

    A value is built under the lock: concurrent requests wait for one build instead of each
    clustering the whole ledger.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: tuple[Any, ...] | None = None
        self._values: dict[str, Any] = {}

    def get(self, ledger: Ledger, name: str, build: Callable[[], T]) -> T:
        state = ledger.state()
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

    def peek(self, ledger: Ledger, name: str) -> Any:
        """The value if it is computed for the ledger as it is now, else None (never builds)."""
        state = ledger.state()
        with self._lock:
            return self._values.get(name) if state == self._state else None
