"""The dashboard's pages, rendered on the server with Jinja2 (autoescape on for everything).

Every value from the ledger reaches the page through the template's escaping: no page marks
ledger data safe. Filters come from plain GET forms, so every page works without JavaScript;
the map's script only swaps the SVG for Leaflet when Leaflet is installed.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined

from claimledger.incidents.assess import STATUS_ORDER
from claimledger.model import ACTIONS, SIDES
from claimledger.web import charts, overview, queries
from claimledger.web.api import report_document, source_rows
from claimledger.web.errors import ApiError
from claimledger.web.highlight import KINDS, highlighted
from claimledger.web.paging import decode_cursor, encode_cursor
from claimledger.web.state import WebState, state_of
from claimledger.web.validate import day

router = APIRouter(include_in_schema=False)

State = Annotated[WebState, Depends(state_of)]
WEAPON_CLASSES = ("uav", "missile", "guided_bomb", "rocket", "aircraft", "helicopter", "any")
ATTACKERS = ("ru", "ua", "other", "unknown")
PAGE = 50
# Nights the timeline shows at once, the latest of the selection; earlier ones are a link away.
TIMELINE_NIGHTS = 92
_QUALIFIER_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}


def _environment() -> Environment:  # built on first use: no work at import time
    env = Environment(
        loader=PackageLoader("claimledger.web", "templates"),
        autoescape=True,  # every template, whatever its name: no page renders unescaped
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(href=href, quantity=quantity, KINDS=KINDS, STATUSES=STATUS_ORDER)
    env.filters["link_url"] = link_url
    return env


@functools.cache
def environment() -> Environment:
    return _environment()


def href(path: str, **params: Any) -> str:
    """A link with a query string of the non-empty parameters."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"{path}?{query}" if query else path


def quantity(record: dict[str, Any]) -> str:
    return _QUALIFIER_SIGNS.get(record.get("qualifier") or "exact", "") + str(record["quantity"])


def link_url(url: str | None) -> str | None:
    """An external link only for http(s) URLs: `javascript:` and the like stay text."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    state = state_of(request)
    context.setdefault("nav", "")
    context.setdefault("uses_map", False)
    context.update(
        leaflet=state.leaflet,
        tiles=state.settings.tiles or "",
        tiles_attribution=state.settings.tiles_attribution,
        db_name=state.settings.db_name,
    )
    html = environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    """A form's select value: empty is no filter, anything outside `allowed` an error."""
    if not value:
        return None
    if value not in allowed:
        raise ApiError(400, f"{name} must be one of {', '.join(allowed)}")
    return value


def _day(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return day(value)
    except ValueError as exc:
        raise ApiError(400, f"{name}: {exc}") from None


def _text(value: str | None, name: str, size: int = 200) -> str | None:
    if value and len(value) > size:
        raise ApiError(400, f"{name} is longer than {size} characters")
    return value or None


class Filters:
    """The filters of the map, timeline and incident pages, read from the query string."""

    def __init__(self, request: Request) -> None:
        q = request.query_params
        night = _day(q.get("night"), "night")
        self.night = night
        self.since = night or _day(q.get("since"), "since")
        self.until = night or _day(q.get("until"), "until")
        self.place = _text(q.get("place"), "place", 120)
        self.status = _choice(q.get("status"), STATUS_ORDER, "status")
        self.weapon = _choice(q.get("weapon"), WEAPON_CLASSES, "weapon")
        self.action = _choice(q.get("action"), ACTIONS, "action")
        self.side = _choice(q.get("side"), SIDES, "side")
        self.attacker = _choice(q.get("attacker"), ATTACKERS, "attacker")
        self.claimant = _text(q.get("claimant"), "claimant")

    def incident_filter(self) -> overview.IncidentFilter:
        return overview.IncidentFilter(
            self.since,
            self.until,
            self.place,
            self.status,
            self.weapon,
            self.action,
            self.side,
            self.claimant,
            self.attacker,
        )

    def params(self) -> dict[str, str | None]:
        """The filters as query parameters, for links that keep them."""
        return {
            "night": self.night,
            "since": None if self.night else self.since,
            "until": None if self.night else self.until,
            "place": self.place,
            "status": self.status,
            "weapon": self.weapon,
            "action": self.action,
            "side": self.side,
            "attacker": self.attacker,
            "claimant": self.claimant,
        }


PageFilters = Annotated[Filters, Depends(Filters)]


@router.get("/", response_class=HTMLResponse)
def map_page(request: Request, state: State, f: PageFilters) -> HTMLResponse:
    with state.open() as ledger:
        region = _text(request.query_params.get("region"), "region", 120)
        flt = f.incident_filter()
        found = state.selected(ledger, flt)
        marks, unplaced = state.map_marks(ledger, flt)
        in_region = [i for i in found if i.key.place == region] if region else []
        return render(
            request,
            "map.html",
            nav="map",
            uses_map=True,
            f=f,
            params=f.params(),
            figure=charts.map_figure(marks),
            marks=marks,
            unplaced=unplaced,
            region=region,
            region_name=_place_name(state, region),
            region_incidents=[overview.incident_summary(i) for i in in_region],
            nights=[n.night for n in reversed(state.nights(ledger))],
            total=len(found),
        )


def _place_name(state: WebState, code: str | None) -> str | None:
    place = state.gazetteer.get(code) if code else None
    return place.name if place else code


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, state: State, f: PageFilters) -> HTMLResponse:
    with state.open() as ledger:
        every = state.timeline(ledger, f.incident_filter())
        nights = every[-TIMELINE_NIGHTS:]
        totals = overview.timeline_totals(nights)
        all_totals = overview.timeline_totals(every)
        sides = [
            s
            for s in overview.SIDES
            if any(all_totals.get((s, a)) for a in overview.TIMELINE_ACTIONS)
        ]
        earlier = None
        if len(every) > len(nights):
            before = date.fromisoformat(nights[0].night) - timedelta(days=1)
            earlier = {**f.params(), "night": None, "until": before.isoformat()}
        return render(
            request,
            "timeline.html",
            nav="timeline",
            f=f,
            params=f.params(),
            nights=nights,
            totals=totals,
            all_totals=all_totals,
            every=len(every),
            earlier=earlier,
            figure=charts.timeline_figure(nights),
            sides=sides or list(overview.SIDES),
        )


@router.get("/incidents", response_class=HTMLResponse)
def incidents_page(request: Request, state: State, f: PageFilters) -> HTMLResponse:
    with state.open() as ledger:
        found = state.selected(ledger, f.incident_filter())
        start = _position(request.query_params.get("cursor"))
        chunk = found[start : start + PAGE]
        following = encode_cursor([start + PAGE]) if start + PAGE < len(found) else None
        return render(
            request,
            "incidents.html",
            nav="incidents",
            f=f,
            params=f.params(),
            incidents=[overview.incident_summary(i) for i in chunk],
            total=len(found),
            start=start,
            next_cursor=following,
        )


def _position(cursor: str | None) -> int:
    key = decode_cursor(cursor, (int,))
    return max(0, key[0]) if key else 0


@router.get("/incidents/{incident_id:path}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: str, state: State) -> HTMLResponse:
    with state.open() as ledger:
        incident = state.incidents(ledger).by_id.get(incident_id)
        if incident is None:
            raise ApiError(404, f"no incident {incident_id!r}")
        report_ids = sorted({c.record.report_id for c in incident.claims})
        checks = [
            item
            for report_id in report_ids
            for item in queries.check_page(ledger, None, None, report_id, 500, None).items
        ]
        document = incident.to_dict()
        # The same flag or relay can be found through several claims; a page says it once.
        document["flags"] = list(dict.fromkeys(document["flags"]))
        document["relays"] = list({tuple(r.items()): r for r in document["relays"]}.values())
        return render(
            request,
            "incident.html",
            nav="incidents",
            incident=document,
            place_name=_place_name(state, incident.key.place),
            checks=checks,
            media=ledger.media.for_reports(report_ids),
        )


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request, state: State) -> HTMLResponse:
    with state.open() as ledger:
        q = request.query_params
        flt = queries.ReportFilter(
            _day(q.get("since"), "since"),
            _day(q.get("until"), "until"),
            _text(q.get("source"), "source", 300),
            _text(q.get("lang"), "lang", 2),
            _text(q.get("q"), "q", 500),
        )
        page = queries.report_page(ledger, flt, PAGE, q.get("cursor"))
        params = {"since": flt.since, "until": flt.until, "source": flt.source, "lang": flt.lang}
        return render(
            request, "reports.html", nav="reports", page=page, params={**params, "q": flt.query}
        )


@router.get("/reports/{report_id:path}", response_class=HTMLResponse)
def report_page(request: Request, report_id: str, state: State) -> HTMLResponse:
    with state.open() as ledger:
        document = report_document(ledger, state, report_id)
        extraction = ledger.report(report_id)
        assert extraction is not None  # report_document answered 404 otherwise
        return render(
            request,
            "report.html",
            nav="reports",
            report=document,
            pieces=highlighted(extraction),
            external=link_url(document.get("url")),
        )


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, state: State, f: PageFilters) -> HTMLResponse:
    with state.open() as ledger:
        flt = state.claim_filter(f.since, f.until, f.place, f.claimant, f.side, f.action)
        cursor = request.query_params.get("cursor")
        page = queries.claim_page(ledger, flt, PAGE, cursor, state.locations(ledger))
        return render(request, "claims.html", nav="claims", f=f, params=f.params(), page=page)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, state: State) -> HTMLResponse:
    with state.open() as ledger:
        text = _text(request.query_params.get("q"), "q", 500) or ""
        start = _position(request.query_params.get("cursor"))
        results: list[dict[str, Any]] = []
        following = None
        error = None
        if text.strip():
            try:
                results = queries.search(ledger, text, PAGE + 1, start)
            except ApiError as exc:  # words the search cannot use: said on the page itself
                error = exc.message
            following = encode_cursor([start + PAGE]) if len(results) > PAGE else None
        return render(
            request,
            "search.html",
            nav="search",
            query=text,
            results=results[:PAGE],
            next_cursor=following,
            start=start,
            error=error,
        )


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, state: State) -> HTMLResponse:
    with state.open() as ledger:
        from claimledger.web.registry import stored_entries

        return render(
            request,
            "sources.html",
            nav="sources",
            sources=source_rows(ledger, state),
            added=stored_entries(ledger),
        )
