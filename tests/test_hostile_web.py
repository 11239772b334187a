"""Issue 19 at the web boundary: bodies capped while they stream and before the token check
(case 7), every query parameter validated (case 10), and a ledger holding a time without
offset served (case 1). Answers keep the JSON error shape and the security headers."""

from __future__ import annotations

import contextlib
import select
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from claimledger.ledger import Ledger
from claimledger.web import WebSettings, create_app
from claimledger.web.paging import encode_cursor
from claimledger.web.tokens import create_token
from test_hostile_cli import naive_ledger
from test_web_fixtures import build_ledger

SECURITY = ("content-security-policy", "x-content-type-options", "x-frame-options")
PAGED = [
    "/api/reports",
    "/api/claims",
    "/api/markers",
    "/api/checks",
    "/api/media",
    "/api/incidents",
    "/api/sources",
    "/api/search?q=drones",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_ledger(tmp_path_factory.mktemp("hostile") / "web.db")


@pytest.fixture(scope="module")
def client(built: Path) -> TestClient:
    return TestClient(create_app(WebSettings(built)), raise_server_exceptions=False)


def token_for(db: Path) -> str:
    with Ledger.open(db, create=False) as ledger:
        return create_token(ledger, "tests")[1]


def shaped(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert all(name in response.headers for name in SECURITY), response.headers
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    return dict(body["error"])


# -- case 10: query parameters ----------------------------------------------------------------


@pytest.mark.parametrize("value", ["2024-99-99", "0000-00-00", "2024-02-30", "2024-ab-cd"])
@pytest.mark.parametrize("name", ["since", "until"])
@pytest.mark.parametrize("path", ["/api/reports", "/api/claims", "/api/incidents", "/api/map"])
def test_case_10_dates_that_are_no_dates_answer_422(
    client: TestClient, path: str, name: str, value: str
) -> None:
    error = shaped(client.get(path, params={name: value}), 422, "invalid_request")
    assert error["detail"][0]["field"] == name


def test_case_10_the_last_date_there_is_works(client: TestClient) -> None:
    everything = client.get("/api/reports", params={"limit": 500}).json()["items"]
    response = client.get("/api/reports", params={"until": "9999-12-31", "limit": 500})
    assert response.status_code == 200 and response.json()["items"] == everything
    assert client.get("/api/reports", params={"since": "0001-01-01"}).status_code == 200


@pytest.mark.parametrize("value", ["2024-ab-cd", "2024-99-99", "0000-00-00"])
@pytest.mark.parametrize("page", ["/reports", "/claims", "/incidents", "/", "/timeline"])
def test_case_10_pages_answer_an_error_page_not_a_500(
    client: TestClient, page: str, value: str
) -> None:
    response = client.get(page, params={"until": value})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert all(name in response.headers for name in SECURITY)


@pytest.mark.parametrize("key", [[10**30], ["2024-11-22", 10**30], [-(10**30)], ["x" * 5000, 1]])
@pytest.mark.parametrize("path", PAGED)
def test_case_10_cursors_out_of_range_on_every_list(
    client: TestClient, path: str, key: list[Any]
) -> None:
    separator = "&" if "?" in path else "?"
    response = client.get(f"{path}{separator}cursor={encode_cursor(key)}")
    assert response.status_code in (400, 422), response.text
    shaped(
        response,
        response.status_code,
        "bad_request" if response.status_code == 400 else "invalid_request",
    )


@pytest.mark.parametrize("page", ["/reports", "/claims", "/incidents", "/search?q=drones"])
def test_case_10_cursors_out_of_range_on_pages(client: TestClient, page: str) -> None:
    separator = "&" if "?" in page else "?"
    for key in ([10**30], ["2024-11-22", 10**30]):
        response = client.get(f"{page}{separator}cursor={encode_cursor(key)}")
        assert response.status_code in (400, 422)
        assert all(name in response.headers for name in SECURITY)


def test_a_bug_answers_500_in_the_error_shape(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.web import queries

    def broken(*args: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(queries, "report_page", broken)
    app = TestClient(create_app(WebSettings(built)), raise_server_exceptions=False)
    error = shaped(app.get("/api/reports"), 500, "internal_error")
    assert "a bug" not in error["message"]


# -- case 1: a ledger holding a time without offset -------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/timeline", "/incidents", "/api/incidents", "/api/map", "/api/timeline"]
)
def test_case_1_a_naive_time_in_the_ledger_is_served(tmp_path: Path, path: str) -> None:
    db = naive_ledger(tmp_path / "naive.db")
    response = TestClient(create_app(WebSettings(db)), raise_server_exceptions=False).get(path)
    assert response.status_code == 200, response.text


def test_case_1_a_posted_naive_time_is_stored_in_utc(built: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(built.read_bytes())
    app = TestClient(create_app(WebSettings(db)))
    headers = {"Authorization": f"Bearer {token_for(db)}"}
    body = {
        "text": "Сбиты 3 беспилотника над Курской областью.",
        "published": "2024-11-22T08:00:00",
    }
    answer = app.post("/api/reports", json=body, headers=headers)
    assert answer.status_code == 201, answer.text
    assert answer.json()["report"]["published"] == "2024-11-22T08:00:00+00:00"
    assert answer.json()["warnings"] == [
        "published 2024-11-22T08:00:00 has no UTC offset; taken as UTC"
    ]
    with Ledger.open(db, create=False) as ledger:
        stored = ledger.report(answer.json()["id"])
    assert stored is not None and stored.report.published == datetime(2024, 11, 22, 8, tzinfo=UTC)


# -- case 7: bodies capped while they stream, before the token check ---------------------------


@contextlib.contextmanager
def serving(db: Path, **settings: Any) -> Iterator[int]:
    """The app on a real server (uvicorn, in a thread): the port."""
    config = uvicorn.Config(
        create_app(WebSettings(db, **settings)), host="127.0.0.1", port=0, log_level="error"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield server.servers[0].sockets[0].getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)


FILE_PART = (
    b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
    b"Content-Type: text/plain\r\n\r\n"
)


def chunked_post(
    port: int, path: str, headers: dict[str, str], total: int, opening: bytes = b""
) -> tuple[bytes, int]:
    """POST `opening`, then `total` bytes in 64 KiB chunks (Transfer-Encoding: chunked, no
    Content-Length), stopping as soon as the server answers: the answer, and the bytes sent."""
    lines = [f"POST {path} HTTP/1.1", "Host: test", "Transfer-Encoding: chunked"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    chunk = b"x" * 65536
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        if opening:
            sock.sendall(b"%x\r\n%s\r\n" % (len(opening), opening))
        while sent < total:
            if select.select([sock], [], [], 0)[0]:
                break  # answered before the body was all sent
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        else:
            with contextlib.suppress(OSError):
                sock.sendall(b"0\r\n\r\n")
        answer = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in answer or not _whole(answer):
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
    return answer, sent


def _whole(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    for header in head.split(b"\r\n"):
        if header.lower().startswith(b"content-length:"):
            return len(body) >= int(header.split(b":")[1])
    return True


def test_case_7_a_write_without_token_is_refused_before_its_body_is_read(
    built: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    multipart = {"Content-Type": "multipart/form-data; boundary=xyz"}
    with serving(built) as port:
        answer, sent = chunked_post(port, "/api/files", multipart, 40 * 2**20, FILE_PART)
    assert answer.startswith(b"HTTP/1.1 401 "), answer[:200]
    assert b'"code": "unauthorized"' in answer and b"x-frame-options: deny" in answer.lower()
    assert sent < 20 * 2**20  # answered long before the 40 MB were sent
    assert list(spool.iterdir()) == []  # nothing spooled to disk


@pytest.mark.parametrize("path", ["/api/files", "/api/reports"])
def test_case_7_a_chunked_body_over_the_cap_is_refused_while_it_streams(
    built: Path, tmp_path: Path, path: str
) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(built.read_bytes())
    headers = {"Authorization": f"Bearer {token_for(db)}"}
    if path == "/api/files":
        headers["Content-Type"] = "multipart/form-data; boundary=xyz"
    else:
        headers["Content-Type"] = "application/json"
    opening = FILE_PART if path == "/api/files" else b'{"text": "'
    with serving(db, max_upload_bytes=1_000_000) as port:
        answer, sent = chunked_post(port, path, headers, 200 * 2**20, opening)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:300]
    assert b"payload_too_large" in answer and b"x-frame-options: deny" in answer.lower()
    assert sent < 100 * 2**20


def test_case_7_a_declared_size_over_the_cap_is_refused_before_the_token(built: Path) -> None:
    app = TestClient(create_app(WebSettings(built, max_upload_bytes=1000)))
    response = app.post(
        "/api/files", files={"file": ("big.txt", b"x" * 200_000)}, headers={"Authorization": "x"}
    )
    shaped(response, 413, "payload_too_large")
    shaped(app.post("/api/reports", json={"text": "x"}), 401, "unauthorized")


# -- every query parameter, hostile values ------------------------------------------------------

HOSTILE_VALUES = [
    "%00",
    "%ED%A0%80",  # a lone surrogate, UTF-8 encoded
    "%FF%FE",
    "x" * 5_000,
    "-1",
    "1e999",
    str(10**30),
    "NEAR(",
    '"',
    "*",
    "2024-02-30",
    "%0D%0ASet-Cookie:%20a=b",
]
PARAMETERS = {
    "/api/reports": ["since", "until", "source", "lang", "q", "limit", "cursor"],
    "/api/claims": [
        "since",
        "until",
        "place",
        "claimant",
        "side",
        "action",
        "weapon",
        "status",
        "report_id",
        "limit",
        "cursor",
    ],
    "/api/markers": ["kind", "report_id", "limit", "cursor"],
    "/api/checks": ["verdict", "kind", "report_id", "limit", "cursor"],
    "/api/media": ["report_id", "limit", "cursor"],
    "/api/incidents": [
        "since",
        "until",
        "place",
        "status",
        "weapon",
        "action",
        "side",
        "claimant",
        "attacker",
        "limit",
        "cursor",
    ],
    "/api/map": ["since", "until", "place", "weapon"],
    "/api/timeline": ["since", "until", "place"],
    "/api/search": ["q", "limit", "cursor"],
    "/api/sources": ["limit", "cursor"],
    "/": ["night", "since", "until", "place", "status", "weapon", "region"],
    "/timeline": ["since", "until", "side", "attacker"],
    "/incidents": ["since", "until", "cursor", "claimant"],
    "/reports": ["since", "until", "source", "lang", "q", "cursor"],
    "/claims": ["since", "until", "place", "cursor"],
    "/search": ["q", "cursor"],
}


@pytest.mark.parametrize("path", sorted(PARAMETERS))
def test_no_query_value_makes_a_500(client: TestClient, path: str) -> None:
    for name in PARAMETERS[path]:
        for value in HOSTILE_VALUES:
            response = client.get(f"{path}?{name}={value}")
            assert response.status_code < 500, (path, name, value, response.text[:300])
            assert all(header in response.headers for header in SECURITY)
            if path.startswith("/api") and response.status_code >= 400:
                assert set(response.json()) == {"error"}, (path, name, value)
