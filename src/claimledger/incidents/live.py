"""Incidents of a ledger kept up to date as it is written: only the nights a write touched are
clustered and assessed again.

    live = LiveIncidents(GazetteerPlaces(gazetteer))
    with Ledger.open(path) as ledger:
        changes = live.refresh(ledger)   # the first call reads the whole ledger
    changes.nights                        # nights whose incidents were computed again
    live.incidents()                      # every incident, as build_incidents over the ledger
    live.night("2024-11-22")              # the incidents of one night

`refresh` asks the ledger which reports were written since it last looked
(`Ledger.reports_written_since`: every write of a report sets its `ingested_at`, an edited one
too, and reports are never deleted), reads the claims of those whose version it does not hold,
and computes again the incidents of the nights that can differ:
- the nights of the claims a changed report had and has now;
- the nights of claims whose origin changed: a copy's origin is the earliest report of its
  near-identical texts, on any night, so origins are assigned again over every claim held
  (cheap: no text is read again, the fingerprints are kept);
- the other nights of the reports with a claim on those nights: a country total's breakdown
  is checked against its report's regional claims on every night (assess._breakdown_flags).
Clustering needs every claim of a night (claims are blocked by night, cluster.py), and the check
of a breakdown every claim of its report, so the nights clustered are those of every report
with a claim on a night computed again; only the incidents of the nights computed again are
kept. The result equals `build_incidents(records_from_ledger(ledger), places)` (tests:
test_incidents_live.py).

Writes are found by their `ingested_at` time, taken when a batch's transaction is begun, at a
resolution of seconds: a transaction that commits later than one begun after it would be missed
if `refresh` looked only from the latest time it saw, so it looks `slack` back from it (the ids
and versions of the reports written meanwhile are compared, nothing more is read for those it
holds). Then two index counts (`Ledger.report_totals`: reports, superseded versions) say
whether it holds every report at its current version; when not (a write committed more than
`slack` after its time was taken, a clock set back), it compares every report's version, as
`refresh(ledger, full=True)` does.

One `LiveIncidents` serves one ledger; `refresh` and the readers may be called from several
threads (a lock keeps one refresh at a time and readers see a whole refresh or none of it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice
from typing import TYPE_CHECKING

from claimledger.incidents.assess import Incident, build_incidents
from claimledger.incidents.cluster import PlaceLookup
from claimledger.incidents.origins import Link, Origin, assign_origins
from claimledger.incidents.records import ClaimRecord, claim_rows_by_report, report_records

if TYPE_CHECKING:
    from claimledger.ledger.store import Ledger

# Reports whose claims are read in one query (a bound list of ids per statement).
READ_CHUNK = 500
DEFAULT_SLACK = timedelta(seconds=1)


@dataclass(frozen=True, slots=True)
class Changes:
    """What one refresh found: reports read again and nights whose incidents were computed
    again (a night may end with no incident)."""

    reports: frozenset[str] = frozenset()
    nights: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.reports or self.nights)


@dataclass(frozen=True, slots=True)
class _Held:
    """One current report as last read: its version, where it sorts, its claims' records."""

    version: int
    order: tuple[bool, str, str]  # as the ledger orders claims: published (None first), id
    records: tuple[ClaimRecord, ...] = ()

    @property
    def nights(self) -> frozenset[str]:
        return frozenset(n for r in self.records if (n := r.night) is not None)


@dataclass(slots=True)
class _Reports:
    """The versions and claim records held, with each night's reports."""

    held: dict[str, _Held] = field(default_factory=dict)
    by_night: dict[str, set[str]] = field(default_factory=dict)

    def put(self, report_id: str, report: _Held) -> frozenset[str]:
        """Hold `report` in place of what was held; the nights of both."""
        old = self.held.get(report_id)
        touched = report.nights | (old.nights if old else frozenset())
        for night in old.nights if old else ():
            self.by_night[night].discard(report_id)
        for night in report.nights:
            self.by_night.setdefault(night, set()).add(report_id)
        self.held[report_id] = report
        return touched

    def drop(self, report_id: str) -> frozenset[str]:
        """Hold `report_id` no more; the nights it had."""
        old = self.held.pop(report_id)
        for night in old.nights:
            self.by_night[night].discard(report_id)
        return old.nights

    def of_nights(self, nights: Iterable[str]) -> set[str]:
        return {r for n in nights for r in self.by_night.get(n, ())}

    def nights_of(self, report_ids: Iterable[str]) -> set[str]:
        return {n for r in report_ids for n in self.held[r].nights}

    def records(self) -> list[ClaimRecord]:
        """Every record, in the ledger's order (Ledger.iter_claims_in_context), which is the
        order build_incidents is given over the whole ledger."""
        ordered = sorted((h for h in self.held.values() if h.records), key=lambda h: h.order)
        return [r for h in ordered for r in h.records]


class LiveIncidents:
    """The incidents of one ledger, computed again for the nights each write touched."""

    def __init__(self, places: PlaceLookup, slack: timedelta = DEFAULT_SLACK) -> None:
        self._places = places
        self._slack = slack
        self._lock = threading.Lock()
        self._reports = _Reports()
        self._origins: dict[str, tuple[Origin, Link]] = {}
        self._by_night: dict[str, list[Incident]] = {}
        self._latest: str | None = None  # the latest `ingested_at` seen
        self._incidents: list[Incident] | None = None  # every incident, once asked for
        self.refreshes = 0  # refreshes that changed something (a version for caches)

    def refresh(self, ledger: Ledger, *, full: bool = False) -> Changes:
        """Read what was written since the last refresh and compute again the incidents of the
        nights it touched; `full`: compare every report's version, not only recent writes."""
        with self._lock:
            since = None if full or self._latest is None else self._since(self._latest)
            written = ledger.reports_written_since(since)
            stale = self._stale(written)
            if since is not None and not self._holds_all(ledger.report_totals(), stale):
                # A write committed later than `slack` after its time was taken.
                since, written = None, ledger.reports_written_since(None)
                stale = self._stale(written)
            # Reports are never deleted; a ledger replaced by another may lack some held.
            gone = set() if since is not None else self._reports.held.keys() - stale.keys()
            gone -= {rid for rid, _, _ in written}
            if not stale and not gone:
                return Changes()
            # The first refresh reads every claim in one walk, not by lists of ids.
            ids = None if not self._reports.held else sorted(stale)
            read = dict(self._read(ledger, ids))
            touched: set[str] = set()
            for report_id in gone:
                touched |= self._reports.drop(report_id)
            for report_id, version in stale.items():
                held = read.get(report_id, _Held(version, (False, "", report_id)))
                touched |= self._reports.put(report_id, held)
            nights = self._recompute(touched)
            self._incidents = None
            self.refreshes += 1
            return Changes(frozenset(stale.keys() | gone), frozenset(nights))

    def incidents(self) -> list[Incident]:
        """Every incident, ordered by night, then place (as build_incidents)."""
        with self._lock:
            if self._incidents is None:
                self._incidents = [i for n in sorted(self._by_night) for i in self._by_night[n]]
            return self._incidents

    def night(self, night: str) -> list[Incident]:
        with self._lock:
            return list(self._by_night.get(night, []))

    def nights(self) -> list[str]:
        """The nights with incidents, oldest first."""
        with self._lock:
            return sorted(self._by_night)

    def _since(self, latest: str) -> str:
        try:
            moment = datetime.fromisoformat(latest)
        except ValueError:
            return latest
        return (moment - self._slack).isoformat(timespec="seconds")

    def _stale(self, written: list[tuple[str, int, str]]) -> dict[str, int]:
        """The reports written whose version is not the one held."""
        if written:
            self._latest = max(self._latest or "", *(at for _, _, at in written))
        return {rid: v for rid, v, _ in written if self._version(rid) != v}

    def _holds_all(self, totals: tuple[int, int], stale: dict[str, int]) -> bool:
        """Whether the reports held, with those about to be read, are every current report at
        its current version: a report's version counts its superseded versions from 1
        (Ledger.report_totals)."""
        versions = {rid: h.version for rid, h in self._reports.held.items()} | stale
        return totals == (len(versions), sum(versions.values()) - len(versions))

    def _version(self, report_id: str) -> int | None:
        held = self._reports.held.get(report_id)
        return held.version if held else None

    def _read(self, ledger: Ledger, ids: list[str] | None) -> Iterator[tuple[str, _Held]]:
        """The claims of these reports (every report's when None), as held reports."""
        chunks: Iterable[list[str] | None] = [None] if ids is None else _chunks(ids, READ_CHUNK)
        for chunk in chunks:
            for rows in claim_rows_by_report(ledger.iter_claims_in_context(chunk)):
                first = rows[0]
                published = first["published"]
                order = (published is not None, "" if published is None else str(published))
                yield (
                    first["report_id"],
                    _Held(
                        int(first["report_version"]),
                        (*order, first["report_id"]),
                        tuple(report_records(rows)),
                    ),
                )

    def _recompute(self, touched: set[str]) -> set[str]:
        """Compute again the incidents of the nights in `touched` and of those whose claims'
        origins or breakdown checks they change; the nights computed again."""
        records = self._reports.records()
        origins = assign_origins(records)
        dirty = set(touched)
        dirty |= {
            night
            for record in records
            if origins[record.claim_id] != self._origins.get(record.claim_id)
            and (night := record.night) is not None
        }
        self._origins = origins
        # A total's breakdown check reads its report's claims on other nights.
        dirty |= self._reports.nights_of(self._reports.of_nights(dirty))
        context = self._reports.nights_of(self._reports.of_nights(dirty)) | dirty
        found = build_incidents(
            (r for r in records if r.night in context),
            self._places,
            origins=origins,
            nights=dirty,
        )
        for night in dirty:
            self._by_night.pop(night, None)
        for incident in found:
            self._by_night.setdefault(incident.key.night, []).append(incident)
        return dirty


def _chunks(ids: list[str], size: int) -> Iterator[list[str]]:
    iterator = iter(ids)
    while chunk := list(islice(iterator, size)):
        yield chunk
