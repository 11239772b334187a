"""The JSON API under /api. Reads are open; writes need `Authorization: Bearer <token>`.

Lists answer `{"items": [...], "limit": n, "next": cursor | null}`; pass `next` back as
`cursor` for the following page. `limit` is at most 500 (larger is refused with 422). Errors
answer `{"error": {"code", "message", "detail"}}` (see errors.py).
"""

from __future__ import annotations

import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from claimledger.incidents.assess import STATUS_ORDER
from claimledger.ledger import ClaimFilter, Ledger
from claimledger.model import ACTIONS, Language, Report
from claimledger.pipeline import ingest
from claimledger.sources.read_admit import admit
from claimledger.sources.read_errors import ReadProblem
from claimledger.sources.read_jsonl import MAX_REPORT_BYTES
from claimledger.sources.readers import read_reports
from claimledger.sources.registry import RegistryError
from claimledger.web import overview, queries
from claimledger.web.errors import AUTH_RESPONSES, ERROR_RESPONSES, ApiError
from claimledger.web.paging import (
    MAX_CURSOR_CHARS,
    Page,
    decode_cursor,
    encode_cursor,
    offset_page,
)
from claimledger.web.registry import SourceEntry, add_entry, stored_entries
from claimledger.web.settings import DEFAULT_PAGE, MAX_PAGE
from claimledger.web.state import WebState, state_of
from claimledger.web.tokens import verify_token
from claimledger.web.uploads import safe_name, save_upload, upload_error
from claimledger.web.validate import day

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

DATE = r"^\d{4}-\d{2}-\d{2}$"
ActionName = Literal["launched", "intercepted", "suppressed", "hit", "killed", "injured"]
WeaponName = Literal[
    "uav",
    "cruise_missile",
    "ballistic_missile",
    "missile",
    "guided_bomb",
    "rocket",
    "aircraft",
    "helicopter",
]
WeaponClass = Literal["uav", "missile", "guided_bomb", "rocket", "aircraft", "helicopter", "any"]
SideName = Literal["ru", "ua", "other"]
StatusName = Literal["claimed", "corroborated", "disputed", "confirmed"]
ClaimantKindName = Literal[
    "military", "official", "media", "expert", "witness", "anonymous", "outlet"
]
assert set(ActionName.__args__) == set(ACTIONS)  # type: ignore[attr-defined]
assert set(StatusName.__args__) == set(STATUS_ORDER)  # type: ignore[attr-defined]



def _day(value: str | None) -> str | None:
    return None if value is None else day(value)


State = Annotated[WebState, Depends(state_of)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")]
Cursor = Annotated[
    str | None,
    Query(max_length=MAX_CURSOR_CHARS, description="The `next` of the previous page."),
]
Since = Annotated[
    str | None,
    Query(pattern=DATE, description="First date, YYYY-MM-DD."),
    AfterValidator(_day),
]
Until = Annotated[
    str | None,
    Query(pattern=DATE, description="Last date, YYYY-MM-DD."),
    AfterValidator(_day),
]
Place = Annotated[
    str | None,
    Query(
        max_length=120,
        description='A place code ("RU-KLU": the region and its towns) or a prefix ("RU-").',
    ),
]
Text = Annotated[str | None, Query(max_length=200)]

_bearer = HTTPBearer(auto_error=False, description="A token from `claimledger token create`.")


def writer(
    state: State,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> int:
    """The id of the caller's token; 401 without a valid one."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "this endpoint needs a bearer token (claimledger token create)")
    with state.open() as ledger:
        token_id = verify_token(ledger, credentials.credentials)
    if token_id is None:
        raise ApiError(401, "unknown or revoked token")
    return token_id


Writer = Annotated[int, Depends(writer)]


# -- reports ---------------------------------------------------------------------------------


@router.get("/reports", summary="Reports, newest first")
def list_reports(
    state: State,
    since: Since = None,
    until: Until = None,
    source: Text = None,
    lang: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Words the text contains.")] = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    with state.open() as ledger:
        flt = queries.ReportFilter(since, until, source, lang, q)
        return queries.report_page(ledger, flt, limit, cursor).to_dict()


@router.get("/reports/{report_id:path}", summary="One report with everything read from it")
def get_report(report_id: str, state: State) -> dict[str, Any]:
    with state.open() as ledger:
        return report_document(ledger, state, report_id)


def report_document(ledger: Ledger, state: WebState, report_id: str) -> dict[str, Any]:
    extraction = ledger.report(report_id)
    meta = ledger.report_meta(report_id)
    if extraction is None or meta is None:
        raise ApiError(404, f"no report {report_id!r}", {"report_id": report_id})
    document = extraction.to_dict()
    document.update(meta)
    document["text"] = extraction.report.text
    # Null until the incidents are clustered (by a map, timeline or incident request): one
    # report's page must not wait for the whole ledger to be clustered.
    index = state.known_incidents(ledger)
    incidents = index.by_report.get(report_id, []) if index else None
    document["incidents"] = [i.id for i in incidents] if incidents is not None else None
    document["media_files"] = ledger.media.for_reports([report_id])
    return document


class ReportIn(BaseModel):
    """A report to read and store: the same fields as a line of a JSON Lines corpus."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_REPORT_BYTES)
    source: str | None = Field(None, max_length=300)
    published: datetime | None = None
    lang: Literal["auto"] | Language = "auto"
    url: str | None = Field(None, max_length=2000)
    id: str | None = Field(None, max_length=300, description="Default: a hash of source and text.")

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://", value, re.IGNORECASE):
            raise ValueError("url must start with http:// or https://")
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value


@router.post(
    "/reports", status_code=201, responses=AUTH_RESPONSES, summary="Read and store a report"
)
def post_report(body: ReportIn, state: State, token: Writer) -> dict[str, Any]:
    with state.open() as ledger:
        lang = None if body.lang == "auto" else body.lang
        report = Report(
            text=body.text,
            id=body.id or "",
            source=body.source,
            published=body.published,
            lang=lang,
            url=body.url,
        )
        errors: list[ReadProblem] = []
        # The readers' boundary: valid Unicode, the time in UTC (one without offset is UTC).
        if admit(report, "request", None, errors) is None:
            raise ApiError(422, "the report could not be read", [e.message for e in errors])
        warnings = [e.message for e in errors]
        errors = []
        extractor = state.extractors.get(ledger)
        stats = ingest([report], ledger, extractor=extractor, lang=body.lang, errors=errors)
        if stats.failed:
            raise ApiError(422, "the report could not be read", [str(e) for e in errors])
        written = stats.written
        outcome = "new" if written.new else "changed" if written.changed else "unchanged"
        document = report_document(ledger, state, report.id)
        return {"id": report.id, "outcome": outcome, "report": document, "warnings": warnings}


@router.post(
    "/files",
    status_code=201,
    responses=AUTH_RESPONSES,
    summary="Upload a text or JSON Lines file of reports",
)
def post_file(
    state: State,
    token: Writer,
    file: Annotated[UploadFile, File(description="A .txt report or a .jsonl corpus.")],
    lang: Annotated[Literal["auto"] | Language, Form()] = "auto",
    published: Annotated[datetime | None, Form()] = None,
) -> dict[str, Any]:
    with state.open() as ledger:
        limit = state.settings.max_upload_bytes  # declared sizes are checked before (app.py)
        name = safe_name(file.filename)
        with tempfile.TemporaryDirectory(prefix="claimledger-upload-") as folder:
            path = Path(folder) / name
            save_upload(file, path, limit)
            errors: list[ReadProblem] = []
            reports = read_reports([path], published=published, errors=errors)
            extractor = state.extractors.get(ledger)
            stats = ingest(reports, ledger, extractor=extractor, lang=lang, errors=errors)
        written = stats.written
        return {
            "file": name,
            "read": stats.read,
            "new": written.new,
            "unchanged": written.unchanged,
            "changed": written.changed,
            "claims": written.claims,
            "failed": stats.failed,
            "errors": [upload_error(e, folder, name) for e in errors],
        }


# -- claims, markers, checks, media ------------------------------------------------------------


@router.get("/claims", summary="Claims, newest date first")
def list_claims(
    state: State,
    since: Since = None,
    until: Until = None,
    place: Place = None,
    claimant: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None,
    side: Annotated[SideName | None, Query(description="The claimant's side.")] = None,
    action: ActionName | None = None,
    weapon: WeaponName | None = None,
    status: Annotated[
        StatusName | None,
        Query(description="The status of the claim's action within its incident."),
    ] = None,
    report_id: Text = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    with state.open() as ledger:
        flt = state.claim_filter(since, until, place, claimant, side, action, weapon, report_id)
        if status is None:
            present = state.locations(ledger)
            return queries.claim_page(ledger, flt, limit, cursor, present).to_dict()
        return _claims_of_status(ledger, state, flt, status, limit, cursor).to_dict()


def _claims_of_status(
    ledger: Ledger,
    state: WebState,
    flt: ClaimFilter,
    status: str,
    limit: int,
    cursor: str | None,
) -> Page:
    # Statuses are assessed per incident, in memory: walk the claims in order and keep those
    # whose action has the status in their incident.
    wanted = {
        c.record.claim_id
        for incident in state.incidents(ledger).incidents
        for c in incident.claims
        if c.status == status
    }
    key = decode_cursor(cursor, (str, int))
    items: list[dict[str, Any]] = []
    for claim in queries.iter_claims(ledger, flt, key):
        if f"{claim['report_id']}#{claim['ordinal']}" in wanted:
            items.append(claim)
            if len(items) > limit:
                break
    more = len(items) > limit
    items = items[:limit]
    last = items[-1] if items else None
    cursor_out = encode_cursor([last["date"] or "", last["id"]]) if more and last else None
    return Page(items, limit, cursor_out)


@router.get("/markers", summary="Markers (unverified, no comment, denied...), newest first")
def list_markers(
    state: State,
    kind: Annotated[
        Literal["unverified", "no_comment", "media_provenance_unclear", "denied", "hedged"] | None,
        Query(),
    ] = None,
    report_id: Text = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    with state.open() as ledger:
        return queries.marker_page(ledger, kind, report_id, limit, cursor).to_dict()


@router.get("/checks", summary="Checks (stated against computed distances), newest first")
def list_checks(
    state: State,
    verdict: Literal["consistent", "inconsistent", "unknown"] | None = None,
    kind: Text = None,
    report_id: Text = None,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    with state.open() as ledger:
        page = queries.check_page(ledger, verdict, kind, report_id, limit, cursor)
        return page.to_dict()


@router.get("/media", summary="Media files, where they were seen, and recycling matches")
def list_media(
    state: State, report_id: Text = None, limit: Limit = DEFAULT_PAGE, cursor: Cursor = None
) -> dict[str, Any]:
    with state.open() as ledger:
        return queries.media_page(ledger, report_id, limit, cursor).to_dict()


# -- incidents, map, timeline ----------------------------------------------------------------


def incident_filter(
    since: Since = None,
    until: Until = None,
    place: Place = None,
    status: StatusName | None = None,
    weapon: Annotated[WeaponClass | None, Query(description="Weapon class.")] = None,
    action: ActionName | None = None,
    side: Annotated[SideName | None, Query(description="A claimant's side.")] = None,
    claimant: Annotated[str | None, Query(max_length=200)] = None,
    attacker: Annotated[
        Literal["ru", "ua", "other", "unknown"] | None, Query(description="Attacking side.")
    ] = None,
) -> overview.IncidentFilter:
    return overview.IncidentFilter(
        since, until, place, status, weapon, action, side, claimant, attacker
    )


Incidents = Annotated[overview.IncidentFilter, Depends(incident_filter)]


@router.get("/incidents", summary="Incidents, latest night first")
def list_incidents(
    state: State, flt: Incidents, limit: Limit = DEFAULT_PAGE, cursor: Cursor = None
) -> dict[str, Any]:
    with state.open() as ledger:
        found = state.selected(ledger, flt)
        chunk, next_cursor = offset_page(found, limit, cursor)
        items = [overview.incident_summary(i) for i in chunk]
        return Page(items, limit, next_cursor).to_dict()


@router.get("/incidents/{incident_id:path}", summary="One incident, every claim side by side")
def get_incident(incident_id: str, state: State) -> dict[str, Any]:
    with state.open() as ledger:
        incident = state.incidents(ledger).by_id.get(incident_id)
        if incident is None:
            raise ApiError(404, f"no incident {incident_id!r}", {"incident_id": incident_id})
        document = incident.to_dict()
        report_ids = sorted({c.record.report_id for c in incident.claims})
        document["checks"] = [
            item
            for report_id in report_ids
            for item in queries.check_page(ledger, None, None, report_id, MAX_PAGE, None).items
        ]
        document["media_files"] = ledger.media.for_reports(report_ids)
        return document


@router.get("/map", summary="Map regions: incidents per place, sized by quantity")
def get_map(state: State, flt: Incidents) -> dict[str, Any]:
    with state.open() as ledger:
        marks, unplaced = state.map_marks(ledger, flt)
        return {"regions": [m.to_dict() for m in marks], "unplaced": unplaced}


@router.get("/timeline", summary="Launched and intercepted per night and claimant side")
def get_timeline(state: State, flt: Incidents) -> dict[str, Any]:
    with state.open() as ledger:
        nights = state.timeline(ledger, flt)
        totals = overview.timeline_totals(nights)
        return {
            "nights": [n.to_dict() for n in nights],
            "totals": {
                side: {
                    action: totals.get((side, action), 0) for action in overview.TIMELINE_ACTIONS
                }
                for side in overview.SIDES
            },
        }


# -- search and sources ----------------------------------------------------------------------


@router.get("/search", summary="Full-text search over report text, best match first")
def get_search(
    state: State,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Limit = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    with state.open() as ledger:
        key = decode_cursor(cursor, (int,))
        offset = key[0] if key else 0
        found = queries.search(ledger, q, limit + 1, offset)
        next_cursor = encode_cursor([offset + limit]) if len(found) > limit else None
        return Page(found[:limit], limit, next_cursor).to_dict()


@router.get("/sources", summary="Distinct sources with counts and registry entries")
def list_sources(
    state: State, limit: Limit = DEFAULT_PAGE, cursor: Cursor = None
) -> dict[str, Any]:
    with state.open() as ledger:
        chunk, next_cursor = offset_page(source_rows(ledger, state), limit, cursor)
        page = Page(chunk, limit, next_cursor).to_dict()
        page["added"] = [e.to_dict() for e in stored_entries(ledger)]
        return page


def source_rows(ledger: Ledger, state: WebState) -> list[dict[str, Any]]:
    registry = state.registry(ledger)
    rows = []
    for row in state.sources(ledger):
        info = registry.lookup(str(row["source"])) if row["source"] else None
        registered = {"name": info.name, "kind": info.kind, "side": info.side} if info else None
        rows.append({**row, "registry": registered})
    return rows


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class SourceIn(BaseModel):
    """A registry entry, as in a `--sources` TOML file: who speaks in a channel's own voice."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    kind: ClaimantKindName = "outlet"
    side: SideName | None = None
    ids: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=50
    )
    names: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=50
    )

    @field_validator("name")
    @classmethod
    def _printable(cls, value: str) -> str:
        return _no_control(value)

    @field_validator("ids", "names")
    @classmethod
    def _printable_all(cls, values: list[str]) -> list[str]:
        return [_no_control(v) for v in values]


def _no_control(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("control characters are not allowed")
    return value


@router.post("/sources", status_code=201, responses=AUTH_RESPONSES, summary="Add a registry entry")
def post_source(body: SourceIn, state: State, token: Writer) -> dict[str, Any]:
    with state.open() as ledger:
        if not body.ids and not body.names:
            raise ApiError(422, "a source needs at least one of `ids` or `names` to be found by")
        entry = SourceEntry(body.name, body.kind, body.side, tuple(body.ids), tuple(body.names))
        try:
            entry_id = add_entry(ledger, entry, token)
        except RegistryError as exc:
            raise ApiError(422, str(exc)) from None
        return {"id": entry_id, "source": entry.to_dict()}


@router.get("/counts", summary="Rows per table of the ledger")
def get_counts(state: State) -> dict[str, int]:
    with state.open() as ledger:
        return ledger.counts()
