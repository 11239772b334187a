"""The dashboard's HTML through TestClient: every page renders, untrusted text is escaped in
text and attributes, and every answer carries the security headers."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from claimledger.web import WebSettings, create_app
from conftest import sql
from test_web_fixtures import HOSTILE_SOURCE, build_ledger, built_ledger, hostile_id, kaluga_id

__all__ = ["built_ledger"]  # the fixture, once per backend

PAGES = [
    "/",
    "/?region=RU-KLU",
    "/?night=2024-11-22&action=intercepted&side=ru&weapon=uav&status=disputed",
    "/timeline",
    "/timeline?weapon=missile",
    "/incidents",
    "/incidents?status=disputed",
    "/incidents/2024-11-22/RU-KLU/uav/ua",
    "/incidents/2024-11-23/RU-BRY/uav/ua",
    "/claims",
    "/claims?place=RU-KLU",
    "/reports",
    "/reports?q=drones",
    f"/reports/{quote(kaluga_id())}",
    f"/reports/{quote(hostile_id())}",
    "/search?q=drones",
    "/search?q=statement",
    "/sources",
]
# What the hostile report and channel would look like had they reached the page as markup.
RAW_MARKUP = [
    "<script>window",
    "<img src=x",
    "<b>Evil",
    'onerror="window',
    'href="javascript:',
    "href='javascript:",
]


@pytest.fixture(scope="module")
def client(built_ledger: str | Path) -> TestClient:
    return TestClient(create_app(WebSettings(built_ledger)))


@pytest.mark.parametrize("path", PAGES)
def test_page_renders_with_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    html = response.text
    for raw in RAW_MARKUP:
        assert raw not in html, (path, raw)
    # No inline script or style: everything the CSP admits comes from /static.
    assert re.findall(r"<script(?![^>]*\bsrc=\"/static/)", html) == []
    assert " style=" not in html and "<style" not in html


def test_hostile_report_is_escaped_text(client: TestClient) -> None:
    html = client.get(f"/reports/{quote(hostile_id())}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "[read the statement](javascript:window.__pwned=3)" in html
    # The report's own url is javascript: it is shown, never linked.
    assert "javascript:window.__pwned=5</dd>" in html
    assert "&lt;b&gt;Evil&lt;/b&gt; &#34;chan&#34;" in html


def test_hostile_source_is_escaped_inside_attributes(client: TestClient) -> None:
    html = client.get("/sources").text
    # The source goes into a link's query string: percent-encoded, then HTML-escaped.
    assert 'href="/reports?source=%3Cb%3EEvil%3C%2Fb%3E' in html
    assert HOSTILE_SOURCE not in html


def test_search_box_echo_is_escaped(client: TestClient) -> None:
    html = client.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    assert "<script>alert" not in html


def test_report_text_highlights_spans_by_kind(client: TestClient) -> None:
    html = client.get(f"/reports/{quote(kaluga_id())}").text
    assert re.search(r'<span class="hl hl-number hl-evidence"[^>]*>12</span>', html)
    assert re.search(r'<span class="hl hl-place[^"]*"[^>]*>Kaluga region</span>', html)
    assert re.search(r'<span class="hl hl-marker"[^>]*>did not comment</span>', html)
    assert 'href="https://example.org/kaluga-drones"' in html


def test_map_lists_region_incidents(client: TestClient) -> None:
    html = client.get("/", params={"region": "RU-KLU"}).text
    assert 'id="region"' in html
    assert 'href="/incidents/2024-11-22/RU-KLU/uav/ua"' in html
    assert 'data-region="RU-KLU"' in html and 'data-status="disputed"' in html
    other = client.get("/", params={"region": "RU-KLU", "night": "2024-11-23"}).text
    assert "No incident here under these filters." in other


def test_incident_page_shows_claims_side_by_side(client: TestClient) -> None:
    html = client.get("/incidents/2024-11-22/RU-KLU/uav/ua").text
    assert html.count('class="claim-card') == 3
    assert "independent origins disagree" in html
    assert "inconsistent" in html  # the distance check of the Lyudinovo report
    assert "DecontextualizedContent" in html  # the recycled picture


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/reports/sha256:missing", 404),
        ("/incidents/2024-01-01/XX/uav/ua", 404),
        ("/no-such-page", 404),
        ("/?action=exploded", 400),
        ("/?night=yesterday", 400),
        ("/incidents?cursor=%%%", 400),
    ],
)
def test_errors_are_pages(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "content-security-policy" in response.headers


def test_static_files_carry_headers(client: TestClient) -> None:
    response = client.get("/static/map.js")
    assert response.status_code == 200
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "innerHTML" not in response.text


def test_tile_server_is_admitted_only_when_configured(ledger_url: str) -> None:
    db = build_ledger(ledger_url)
    tiles = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    client = TestClient(create_app(WebSettings(db, tiles=tiles, tiles_attribution="© Example")))
    response = client.get("/")
    assert (
        "img-src 'self' https://*.tiles.example.org;" in response.headers["content-security-policy"]
    )
    assert f'data-tiles="{tiles}"' in response.text
    assert 'data-attribution="© Example"' in response.text


def test_timeline_shows_the_latest_nights_with_a_link_to_earlier(ledger_url: str) -> None:
    from datetime import date, timedelta

    from claimledger.ledger import Ledger

    db = ledger_url
    with Ledger.open(db):
        for n in range(100):
            night = (date(2024, 1, 1) + timedelta(days=n)).isoformat()
            sql(
                db,
                "INSERT INTO reports (id, source, published, text, text_sha256, ingested_at) "
                "VALUES (?, 'kpszsu', ?, 't', ?, 'now')",
                (f"r{n}", f"{night}T06:00:00+00:00", f"{n:064x}"),
            )
            sql(
                db,
                "INSERT INTO claims (report_id, ordinal, action, weapon, quantity, location, "
                "claimant, claimant_side, date, evidence_start, evidence_end, evidence_text) "
                "VALUES (?, 0, 'launched', 'uav', 10, 'UA', 'Ukrainian Air Force', 'ua', ?, 0, 1, "
                "'t')",
                (f"r{n}", night),
            )
    client = TestClient(create_app(WebSettings(db)))
    html = client.get("/timeline").text
    assert "Showing the latest 92 of 100 nights" in html
    assert 'href="/timeline?until=2024-01-08"' in html  # the day before the first night shown
    assert html.count('<rect class="bar side-ua action-launched"') == 92 + 1  # + the legend key
    assert "Total, all 100 nights" in html and ">1000</th>" in html and ">920</th>" in html
    earlier = client.get("/timeline", params={"until": "2024-01-08"}).text
    assert "Showing the latest" not in earlier
    assert earlier.count('<rect class="bar side-ua action-launched"') == 8 + 1
