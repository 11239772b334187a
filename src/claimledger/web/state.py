"""What the application keeps between requests: settings, caches, and the way to the ledger.

Each request opens the ledger on its own connection, inside the endpoint's body: SQLite
connections refuse use from another thread, and FastAPI may run a dependency's setup, the
endpoint and the dependency's teardown in different threads of its pool. SQLite's WAL mode (and
PostgreSQL itself) lets these readers work while an ingest writes. What is costly to compute
from the whole ledger lives in `cache`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from fastapi import Request

from claimledger.incidents import Incident
from claimledger.incidents.cluster import GazetteerPlaces
from claimledger.incidents.live import LiveIncidents
from claimledger.ledger import ClaimFilter, Ledger, ledger_target
from claimledger.ledger.database import Connector
from claimledger.places.gazetteer import Gazetteer
from claimledger.resources import default_resources
from claimledger.sources.registry import SourceRegistry
from claimledger.web.overview import (
    IncidentFilter,
    IncidentIndex,
    Night,
    RegionMark,
    load_index,
    region_marks,
    select,
    timeline,
)
from claimledger.web.registry import ExtractorCache, merged_registry
from claimledger.web.settings import WebSettings
from claimledger.web.snapshot import LedgerCache

STATIC = Path(str(resources.files("claimledger.web").joinpath("static")))
LEAFLET = STATIC / "vendor" / "leaflet"


@dataclass
class WebState:
    settings: WebSettings
    cache: LedgerCache = field(default_factory=LedgerCache)
    extractors: ExtractorCache = field(default_factory=ExtractorCache)
    incremental: bool = True  # incidents computed again only for the nights a write touched

    @property
    def leaflet(self) -> bool:
        """Whether Leaflet was put in place (`make vendor`); pages fall back to SVG without."""
        return (LEAFLET / "leaflet.js").is_file() and (LEAFLET / "leaflet.css").is_file()

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return default_resources().gazetteer

    def claim_filter(
        self,
        since: str | None = None,
        until: str | None = None,
        place: str | None = None,
        claimant: str | None = None,
        side: str | None = None,
        action: str | None = None,
        weapon: str | None = None,
        report_id: str | None = None,
    ) -> ClaimFilter:
        """A claim filter; a place that is a region stands for its towns and districts too
        (Gazetteer.place_filter)."""
        return ClaimFilter.of(
            location=self.gazetteer.place_filter(place) if place else None,
            claimant=claimant,
            since=since,
            until=until,
            side=side,
            action=action,
            weapon=weapon,
            report_id=report_id,
        )

    def locations(self, ledger: Ledger) -> list[str]:
        """The place codes claims have, kept until the ledger changes (a place filter's page
        would otherwise walk the location index each time)."""
        return self.cache.get(ledger, "locations", ledger.claim_locations)

    def incidents(self, ledger: Ledger) -> IncidentIndex:
        """The incidents of the ledger as it is now: those of the nights written since the
        last request are computed again (claimledger.incidents.live), the others kept; with
        `incremental` off, every incident is computed again after each write (benches)."""
        if not self.incremental:
            return self.cache.get(ledger, "incidents", lambda: load_index(ledger, self.gazetteer))
        return self.cache.get(ledger, "incidents", lambda: self._live_index(ledger))

    def _live_index(self, ledger: Ledger) -> IncidentIndex:
        self.live.refresh(ledger)
        return IncidentIndex.build(self.live.incidents())

    @cached_property
    def live(self) -> LiveIncidents:
        return LiveIncidents(GazetteerPlaces(self.gazetteer))

    def selected(self, ledger: Ledger, flt: IncidentFilter) -> list[Incident]:
        """Incidents matching a filter, latest first; kept per filter until the ledger changes."""
        index = self.incidents(ledger)
        return self.cache.get(ledger, f"select:{flt!r}", lambda: select(index, flt))

    def map_marks(self, ledger: Ledger, flt: IncidentFilter) -> tuple[list[RegionMark], list[str]]:
        found = self.selected(ledger, flt)
        return self.cache.get(
            ledger,
            f"map:{flt!r}",
            lambda: region_marks(found, flt, self.gazetteer),
        )

    def nights(self, ledger: Ledger) -> list[Night]:
        """The timeline of the whole ledger's incidents, oldest night first."""
        return self.timeline(ledger, IncidentFilter())

    def timeline(self, ledger: Ledger, flt: IncidentFilter) -> list[Night]:
        found = self.selected(ledger, flt)
        return self.cache.get(ledger, f"timeline:{flt!r}", lambda: timeline(found))

    def known_incidents(self, ledger: Ledger) -> IncidentIndex | None:
        """The incidents if they are clustered already for this state of the ledger: pages
        about one report must not wait for the whole ledger to be clustered."""
        index: IncidentIndex | None = self.cache.peek(ledger, "incidents")
        return index

    def sources(self, ledger: Ledger) -> list[dict[str, object]]:
        return self.cache.get(ledger, "sources", ledger.pages.sources)

    def registry(self, ledger: Ledger) -> SourceRegistry:
        return self.cache.get(ledger, "registry", lambda: merged_registry(ledger))

    @cached_property
    def connector(self) -> Connector:
        """The way to the ledger every request takes: one engine (a pool of connections on
        PostgreSQL), the schema checked on the first request only."""
        return Connector(ledger_target(self.settings.db_path), pooled=True)

    def open(self) -> Ledger:
        """The ledger, for one request: open, use and close it in one thread (`with`)."""
        return Ledger.connect(self.connector)


def state_of(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state
