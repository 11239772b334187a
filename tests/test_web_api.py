"""The JSON API through FastAPI's TestClient: every endpoint, filters, pagination, the error
shape, and that writes need a live token."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from claimledger.ledger import Ledger
from claimledger.web import WebSettings, create_app
from claimledger.web.tokens import create_token, revoke_token
from test_web_fixtures import REPORTS, build_ledger, built_ledger, hostile_id, kaluga_id

__all__ = ["built_ledger"]  # the fixture, once per backend


@pytest.fixture(scope="module")
def built(built_ledger: str | Path) -> str | Path:
    return built_ledger


@pytest.fixture(scope="module")
def client(built: str | Path) -> TestClient:
    return TestClient(create_app(WebSettings(built)))


@pytest.fixture
def writable(built: str | Path, tmp_path: Path, request: pytest.FixtureRequest) -> str | Path:
    """A copy of the test ledger that a test may write to (on PostgreSQL, one built anew)."""
    if isinstance(built, Path):
        copy = tmp_path / "write.db"
        shutil.copy(built, copy)
        return copy
    return build_ledger(request.getfixturevalue("pg_url"))


def token_for(db: str | Path) -> str:
    with Ledger.open(db, create=False) as ledger:
        return create_token(ledger, "tests")[1]


def error_of(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return dict(body["error"])


def walk(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, page by page through the `next` cursors."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        page = client.get(path, params=query).json()
        items += page["items"]
        cursor = page["next"]
        if cursor is None:
            return items
    raise AssertionError("pagination did not end")


# -- reading ---------------------------------------------------------------------------------


def test_reports_list_filters_and_pages(client: TestClient) -> None:
    everything = walk(client, "/api/reports", limit=2)
    assert len(everything) == len(REPORTS) == len({r["id"] for r in everything})
    published = [r["published"] for r in everything]
    assert published == sorted(published, reverse=True)
    assert {r["source"] for r in walk(client, "/api/reports", source="Northern Courier")} == {
        "Northern Courier"
    }
    found = client.get("/api/reports", params={"q": "Shapsha"}).json()["items"]
    assert [r["source"] for r in found] == ["Northern Courier"]
    late = client.get("/api/reports", params={"since": "2024-11-23"}).json()["items"]
    assert [r["id"] for r in late] == [hostile_id()]
    early = client.get("/api/reports", params={"until": "2024-11-22"}).json()["items"]
    assert hostile_id() not in {r["id"] for r in early} and len(early) == 4


def test_one_report_with_everything_read_from_it(built: str | Path) -> None:
    client = TestClient(create_app(WebSettings(built)))
    body = client.get(f"/api/reports/{kaluga_id()}").json()
    # One report never waits for the whole ledger to be clustered into incidents...
    assert body["incidents"] is None
    client.get("/api/map")
    # ...and names its incidents once they are.
    body = client.get(f"/api/reports/{kaluga_id()}").json()
    assert body["text"].startswith("Russia's Defence Ministry")
    assert [c["quantity"] for c in body["claims"]] == [12]
    assert body["claims"][0]["spans"]["number"]["text"] == "12"
    assert [m["kind"] for m in body["markers"]] == ["no_comment"]
    assert body["incidents"] == ["2024-11-22/RU-KLU/uav/ua"]
    assert body["media_files"]["files"][0]["kind"] == "image"
    error = error_of(client.get("/api/reports/sha256:nothing"), 404, "not_found")
    assert error["detail"] == {"report_id": "sha256:nothing"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"place": "RU-KLU"}, {("RU-KLU", 12), ("RU-KLU", 7), ("city:Lyudinovo", 1)}),
        ({"place": "RU-BRY"}, {("RU-BRY", 5)}),
        ({"place": "UA-"}, set()),
        ({"place": "UA", "action": "launched"}, {("UA", 48), ("UA", 2)}),
        ({"weapon": "ballistic_missile"}, {("UA", 2)}),
        ({"claimant": "shapsha"}, {("RU-KLU", 7), ("city:Lyudinovo", 1)}),
        ({"side": "ua", "action": "intercepted"}, {("UA", 30)}),
        ({"since": "2024-11-23"}, {("RU-BRY", 5)}),
        ({"status": "disputed"}, {("RU-KLU", 12), ("RU-KLU", 7)}),
        ({"status": "claimed", "place": "RU-KLU"}, {("city:Lyudinovo", 1)}),
    ],
)
def test_claim_filters(
    client: TestClient, params: dict[str, str], expected: set[tuple[str, int]]
) -> None:
    found = walk(client, "/api/claims", **params)
    assert {(c["location"], c["quantity"]) for c in found} == expected


def test_claims_page_through_in_order(client: TestClient) -> None:
    whole = client.get("/api/claims", params={"limit": 500}).json()
    assert whole["next"] is None
    one_by_one = walk(client, "/api/claims", limit=1)
    assert [c["id"] for c in one_by_one] == [c["id"] for c in whole["items"]]
    dates = [c["date"] for c in whole["items"]]
    assert dates == sorted(dates, reverse=True)
    by_status = walk(client, "/api/claims", status="disputed", limit=1)
    assert len(by_status) == 2


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/claims", {"limit": 501}),
        ("/api/claims", {"limit": 0}),
        ("/api/reports", {"limit": 10_000}),
        ("/api/claims", {"since": "22.11.2024"}),
        ("/api/claims", {"action": "exploded"}),
        ("/api/incidents", {"status": "maybe"}),
        ("/api/search", {}),
    ],
)
def test_invalid_parameters_answer_422(
    client: TestClient, path: str, params: dict[str, Any]
) -> None:
    error = error_of(client.get(path, params=params), 422, "invalid_request")
    assert error["detail"] and {"field", "problem"} <= set(error["detail"][0])


@pytest.mark.parametrize(
    "cursor",
    ["not-base64!", "e30", "WyJhIl0"],  # garbage, {}, ["a"] (a cursor of another shape)
)
def test_bad_cursor_answers_400(client: TestClient, cursor: str) -> None:
    error_of(client.get("/api/claims", params={"cursor": cursor}), 400, "bad_request")


def test_unknown_paths_and_methods_use_the_error_shape(client: TestClient) -> None:
    error_of(client.get("/api/nothing-here"), 404, "not_found")
    error_of(client.delete("/api/reports"), 405, "method_not_allowed")


def test_incidents(client: TestClient) -> None:
    listed = walk(client, "/api/incidents", limit=1)
    assert {i["id"] for i in listed} >= {"2024-11-22/RU-KLU/uav/ua", "2024-11-23/RU-BRY/uav/ua"}
    assert all("claims" in i and isinstance(i["claims"], int) for i in listed)
    disputed = client.get("/api/incidents", params={"status": "disputed"}).json()["items"]
    assert [i["id"] for i in disputed] == ["2024-11-22/RU-KLU/uav/ua"]
    assert client.get("/api/incidents", params={"side": "ua"}).json()["items"]
    assert not client.get("/api/incidents", params={"claimant": "nobody"}).json()["items"]
    one = client.get("/api/incidents/2024-11-22/RU-KLU/uav/ua").json()
    assert one["status"] == "disputed"
    assert {c["claimant"] for c in one["claims"]} >= {"Russian Ministry of Defence"}
    assert one["checks"][0]["verdict"] == "inconsistent"
    assert one["media_files"]["matches"][0]["suggested_review"] == "DecontextualizedContent"
    error_of(client.get("/api/incidents/2024-11-22/XX/uav/ua"), 404, "not_found")


def test_map_and_timeline(client: TestClient) -> None:
    regions = {r["code"]: r for r in client.get("/api/map").json()["regions"]}
    assert regions["RU-KLU"]["status"] == "disputed"
    assert regions["RU-KLU"]["lat"] == pytest.approx(54.5, abs=0.2)
    launched = client.get("/api/map", params={"action": "launched"}).json()["regions"]
    assert [(r["code"], r["quantity"]) for r in launched] == [("UA", 50)]
    one_night = client.get("/api/map", params={"since": "2024-11-23", "until": "2024-11-23"})
    assert [r["code"] for r in one_night.json()["regions"]] == ["RU-BRY"]
    timeline = client.get("/api/timeline").json()
    assert [n["night"] for n in timeline["nights"]] == ["2024-11-22", "2024-11-23"]
    assert timeline["totals"]["ua"] == {"launched": 50, "intercepted": 30}


def test_search(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "warehouse"}).json()["items"]
    assert len(found) == 1
    assert {"text": "warehouse", "match": True} in found[0]["snippet"]
    # FTS5 syntax from a search box is taken as words, never as a query language.
    assert (
        client.get("/api/search", params={"q": 'drones NEAR("x" OR source:*)'}).status_code == 200
    )
    prefix = client.get("/api/search", params={"q": "Shap*"}).json()["items"]
    assert [r["source"] for r in prefix] == ["Northern Courier"]
    error_of(client.get("/api/search", params={"q": "!!! ???"}), 400, "bad_request")
    pages = walk(client, "/api/search", q="drones", limit=1)
    assert len(pages) == len({r["id"] for r in pages}) >= 3


def test_sources_markers_checks_media(client: TestClient) -> None:
    sources = {s["source"]: s for s in walk(client, "/api/sources", limit=2)}
    assert sources["kpszsu"]["registry"] == {
        "name": "Ukrainian Air Force",
        "kind": "military",
        "side": "ua",
    }
    assert sources["Example Wire"]["reports"] == 2 and sources["Example Wire"]["claims"] == 2
    markers = client.get("/api/markers", params={"kind": "unverified"}).json()["items"]
    assert [m["evidence"]["text"] for m in markers] == ["could not be independently verified"]
    checks = client.get("/api/checks", params={"verdict": "inconsistent"}).json()["items"]
    assert checks[0]["subject"] == "Lyudinovo" and checks[0]["stated_km"] == 180.0
    media = client.get("/api/media").json()["items"]
    assert len(media) == 1 and len(media[0]["appearances"]) == 2
    assert media[0]["matches"][0]["earliest_report_id"] == kaluga_id()
    assert client.get("/api/counts").json()["reports"] == len(REPORTS)


def test_openapi_document_lists_the_endpoints(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    paths = set(document["paths"])
    assert {
        "/api/reports",
        "/api/reports/{report_id}",
        "/api/claims",
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/map",
        "/api/timeline",
        "/api/search",
        "/api/sources",
        "/api/markers",
        "/api/checks",
        "/api/media",
        "/api/files",
    } <= paths
    assert "ErrorResponse" in document["components"]["schemas"]
    assert "HTTPBearer" in document["components"]["securitySchemes"]
    assert not any(p.startswith("/reports") for p in paths)  # pages stay out of the API


# -- writing ---------------------------------------------------------------------------------

NEW_REPORT = {
    "text": "Belgorod governor Vyacheslav Gladkov said 9 drones were shot down over the "
    "Belgorod region overnight.",
    "source": "Southern Herald",
    "published": "2024-11-24T07:00:00+00:00",
    "url": "https://example.org/belgorod",
}


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/api/reports", {"json": NEW_REPORT}),
        ("post", "/api/sources", {"json": {"name": "X", "ids": ["x"]}}),
        ("post", "/api/files", {"files": {"file": ("a.txt", b"text", "text/plain")}}),
    ],
)
@pytest.mark.parametrize(
    "authorization", [None, "Bearer clt_not-a-token", "Basic dXNlcjpwYXNz", "Bearer "]
)
def test_writes_without_a_valid_token_are_refused(
    writable: str | Path, method: str, path: str, kwargs: dict[str, Any], authorization: str | None
) -> None:
    client = TestClient(create_app(WebSettings(writable)))
    headers = {"Authorization": authorization} if authorization else {}
    response = getattr(client, method)(path, headers=headers, **kwargs)
    error_of(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"
    with Ledger.open(writable, create=False) as ledger:
        assert ledger.counts()["reports"] == len(REPORTS)


def test_post_report_reads_and_stores_it(writable: str | Path) -> None:
    token = token_for(writable)
    client = TestClient(create_app(WebSettings(writable)))
    auth = {"Authorization": f"Bearer {token}"}
    response = client.post("/api/reports", json=NEW_REPORT, headers=auth)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["outcome"] == "new"
    assert [(c["location"], c["quantity"]) for c in body["report"]["claims"]] == [("RU-BEL", 9)]
    listed = client.get("/api/claims", params={"place": "RU-BEL"}).json()["items"]
    assert [c["report_id"] for c in listed] == [body["id"]]
    # The incidents cache sees the new report at once.
    assert client.get("/api/incidents", params={"place": "RU-BEL"}).json()["items"]
    again = client.post("/api/reports", json=NEW_REPORT, headers=auth).json()
    assert again["outcome"] == "unchanged"


@pytest.mark.parametrize(
    "body",
    [
        {**NEW_REPORT, "url": "javascript:alert(1)"},
        {**NEW_REPORT, "text": "   "},
        {**NEW_REPORT, "lang": "de"},
        {**NEW_REPORT, "colour": "red"},
        {"source": "no text"},
    ],
)
def test_post_report_validates(writable: str | Path, body: dict[str, Any]) -> None:
    client = TestClient(create_app(WebSettings(writable)))
    headers = {"Authorization": f"Bearer {token_for(writable)}"}
    error_of(client.post("/api/reports", json=body, headers=headers), 422, "invalid_request")


def test_revoked_token_is_refused(writable: str | Path) -> None:
    with Ledger.open(writable, create=False) as ledger:
        info, token = create_token(ledger, "short-lived")
        assert revoke_token(ledger, info.id)
    client = TestClient(create_app(WebSettings(writable)))
    response = client.post(
        "/api/reports", json=NEW_REPORT, headers={"Authorization": f"Bearer {token}"}
    )
    error_of(response, 401, "unauthorized")


def test_upload_jsonl_and_text_files(writable: str | Path) -> None:
    client = TestClient(create_app(WebSettings(writable)))
    headers = {"Authorization": f"Bearer {token_for(writable)}"}
    lines = [
        json.dumps({"id": "up-1", "text": NEW_REPORT["text"], "channel": "Southern Herald"}),
        "{not json",
        json.dumps({"id": "up-2", "text": "Nothing happened in the town today."}),
    ]
    response = client.post(
        "/api/files",
        headers=headers,
        files={"file": ("../../etc/batch.jsonl", "\n".join(lines).encode(), "application/json")},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["file"] == "batch.jsonl"
    assert (body["read"], body["new"], body["claims"]) == (2, 2, 1)
    assert [(e["where"], e["line"], e["level"]) for e in body["errors"]] == [
        ("batch.jsonl", 2, "error")
    ]
    text = client.post(
        "/api/files",
        headers=headers,
        data={"published": "2024-11-25T08:00:00+00:00"},
        files={"file": ("note.txt", b"Governor Gladkov said 3 drones were downed.", "text/plain")},
    ).json()
    assert (text["read"], text["new"]) == (1, 1)
    listed = client.get("/api/reports", params={"source": "note.txt"}).json()["items"]
    assert listed[0]["published"].startswith("2024-11-25")


def test_upload_over_the_limit_is_refused(writable: str | Path) -> None:
    client = TestClient(create_app(WebSettings(writable, max_upload_bytes=1000)))
    headers = {"Authorization": f"Bearer {token_for(writable)}"}
    big = ("Seven drones were downed. " * 200).encode()
    response = client.post("/api/files", headers=headers, files={"file": ("big.txt", big)})
    error_of(response, 413, "payload_too_large")


def test_post_source_adds_a_registry_entry(writable: str | Path) -> None:
    client = TestClient(create_app(WebSettings(writable)))
    headers = {"Authorization": f"Bearer {token_for(writable)}"}
    entry = {
        "name": "Northern Courier",
        "kind": "outlet",
        "side": "ru",
        "names": ["Northern Courier"],
    }
    response = client.post("/api/sources", json=entry, headers=headers)
    assert response.status_code == 201, response.text
    sources = {s["source"]: s for s in walk(client, "/api/sources")}
    assert sources["Northern Courier"]["registry"] == {
        "name": "Northern Courier",
        "kind": "outlet",
        "side": "ru",
    }
    assert client.get("/api/sources").json()["added"][0]["names"] == ["Northern Courier"]


@pytest.mark.parametrize(
    "entry",
    [
        {"name": "A", "kind": "wizard", "ids": ["a"]},
        {"name": "A", "side": "mars", "ids": ["a"]},
        {"name": "A"},  # nothing to find it by
        {"name": "A\u0007", "ids": ["a"]},
        {"name": "A", "ids": ['a"]\n[[source]]\nname = "B']},
    ],
)
def test_post_source_validates(writable: str | Path, entry: dict[str, Any]) -> None:
    client = TestClient(create_app(WebSettings(writable)))
    headers = {"Authorization": f"Bearer {token_for(writable)}"}
    error_of(client.post("/api/sources", json=entry, headers=headers), 422, "invalid_request")


def test_source_names_with_quotes_stay_one_entry(writable: str | Path) -> None:
    client = TestClient(create_app(WebSettings(writable)))
    headers = {"Authorization": f"Bearer {token_for(writable)}"}
    tricky = 'Quote " and \\ backslash [[source]]'
    entry = {"name": tricky, "kind": "official", "side": "ua", "ids": [tricky]}
    assert client.post("/api/sources", json=entry, headers=headers).status_code == 201
    added = client.get("/api/sources").json()["added"]
    assert added == [
        {"name": tricky, "kind": "official", "side": "ua", "ids": [tricky], "names": []}
    ]


@pytest.fixture
def cors_client(built: str | Path) -> Iterator[TestClient]:
    yield TestClient(create_app(WebSettings(built, cors_origins=("https://allowed.example",))))


def test_cors_is_off_unless_configured(client: TestClient, cors_client: TestClient) -> None:
    origin = {"Origin": "https://allowed.example"}
    assert "access-control-allow-origin" not in client.get("/api/claims", headers=origin).headers
    allowed = cors_client.get("/api/claims", headers=origin)
    assert allowed.headers["access-control-allow-origin"] == "https://allowed.example"
    other = cors_client.get("/api/claims", headers={"Origin": "https://other.example"})
    assert "access-control-allow-origin" not in other.headers


def test_declared_oversize_upload_is_refused_before_reading(writable: str | Path) -> None:
    client = TestClient(create_app(WebSettings(writable, max_upload_bytes=1000)))
    big = b"x" * 200_000
    response = client.post("/api/files", files={"file": ("big.txt", big)})
    error_of(response, 413, "payload_too_large")
    assert "content-security-policy" in response.headers
