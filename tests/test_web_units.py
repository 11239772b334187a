"""Small parts of the web stage: highlighting, search words, cursors, settings, charts, tokens
and the `serve` and `token` commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimledger.cli.web import dashboard_url, serve_command, token_group
from claimledger.ledger import Ledger, SearchError
from claimledger.ledger.search import words
from claimledger.model import Span
from claimledger.web.charts import _nice, _tick_values
from claimledger.web.errors import ApiError
from claimledger.web.highlight import pieces
from claimledger.web.paging import decode_cursor, encode_cursor, offset_page
from claimledger.web.queries import snippet_parts
from claimledger.web.settings import SettingsError, WebSettings, tile_origin
from claimledger.web.snapshot import LedgerCache
from claimledger.web.tokens import create_token, list_tokens, revoke_token, verify_token
from conftest import sql

TEXT = "Air defence shot down 12 drones over Kaluga."


def span(start: int, end: int) -> Span:
    return Span.of(TEXT, start, end)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [(TEXT, ())]),
        (
            [("number", span(22, 24))],
            [("Air defence shot down ", ()), ("12", ("number",)), (" drones over Kaluga.", ())],
        ),
        (
            [("evidence", span(12, 31)), ("number", span(22, 24)), ("weapon", span(25, 31))],
            [
                ("Air defence ", ()),
                ("shot down ", ("evidence",)),
                ("12", ("number", "evidence")),
                (" ", ("evidence",)),
                ("drones", ("weapon", "evidence")),
                (" over Kaluga.", ()),
            ],
        ),
        # Offsets past the text are clipped; empty and inverted spans are dropped.
        ([("place", span(37, 500)), ("date", span(5, 5)), ("number", span(9, 3))], None),
    ],
)
def test_pieces(
    spans: list[tuple[str, Span]], expected: list[tuple[str, tuple[str, ...]]] | None
) -> None:
    found = pieces(TEXT, spans)
    assert "".join(p.text for p in found) == TEXT
    if expected is None:
        assert [(p.text, p.kinds) for p in found] == [(TEXT[:37], ()), (TEXT[37:], ("place",))]
    else:
        assert [(p.text, p.kinds) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "query", "tsquery"),
    [
        ("drones", '"drones"', "'drones'"),
        ("Калуга дроны", '"Калуга" "дроны"', "'Калуга' & 'дроны'"),
        ("Shah*", '"Shah"*', "'Shah':*"),
        ('a" OR b', '"a" "OR" "b"', "'a' & 'OR' & 'b'"),
        ("NEAR(x y)", '"NEAR" "x" "y"', "'NEAR' & 'x' & 'y'"),
        ("text:drones -x", '"text" "drones" "x"', "'text' & 'drones' & 'x'"),
    ],
)
def test_search_boxes_take_words_only(text: str, query: str, tsquery: str) -> None:
    assert words("sqlite", text) == query
    assert words("postgresql", text) == tsquery


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_search_without_words_is_refused(engine: str) -> None:
    with pytest.raises(SearchError):
        words(engine, "?! -- ''")


def test_snippet_parts() -> None:
    assert snippet_parts("a \x02b\x03 c") == [
        {"text": "a ", "match": False},
        {"text": "b", "match": True},
        {"text": " c", "match": False},
    ]


@pytest.mark.parametrize("key", [["2024-11-22", 17], ["", 1], ["Калуга", 0]])
def test_cursor_round_trip(key: list[Any]) -> None:
    assert decode_cursor(encode_cursor(key), (str, int)) == key


@pytest.mark.parametrize(
    "cursor", ["%%%", encode_cursor([1, 2]), encode_cursor(["a"]), encode_cursor([True, 1]), "e30"]
)
def test_foreign_cursors_are_refused(cursor: str) -> None:
    with pytest.raises(ApiError) as raised:
        decode_cursor(cursor, (str, int))
    assert raised.value.status == 400


def test_offset_pages_cover_a_list_once() -> None:
    items = list(range(7))
    seen: list[int] = []
    cursor = None
    while True:
        chunk, cursor = offset_page(items, 3, cursor)
        seen += chunk
        if cursor is None:
            break
    assert seen == items


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
        ("https://tiles.example.org:8443/{z}/{x}/{y}.png", "https://tiles.example.org:8443"),
        ("http://127.0.0.1:8080/{z}/{x}/{y}.png", "http://127.0.0.1:8080"),
    ],
)
def test_tile_origin(url: str, origin: str) -> None:
    assert tile_origin(url) == origin


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://x/{z}", "//x/{z}", "https://a.org; script-src *"]
)
def test_bad_tile_urls_are_refused(url: str) -> None:
    with pytest.raises(SettingsError):
        WebSettings(Path("x.db"), tiles=url)


def test_bad_cors_origin_is_refused() -> None:
    with pytest.raises(SettingsError):
        WebSettings(Path("x.db"), cors_origins=("https://ok.example/path",))


@pytest.mark.parametrize(
    ("value", "top", "ticks"),
    [
        (0, 0, None),
        (7, 10, [0, 2, 4, 6, 8, 10]),
        (50, 50, [0, 10, 20, 30, 40, 50]),
        (101, 200, [0, 40, 80, 120, 160, 200]),
    ],
)
def test_chart_scale(value: int, top: int, ticks: list[int] | None) -> None:
    assert _nice(value) == top
    if ticks is not None:
        assert _tick_values(top) == ticks


def test_tokens_are_stored_as_hashes_only(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        info, token = create_token(ledger, "ci")
        stored = sql(ledger_url, "SELECT * FROM web_tokens")
        assert token.startswith("clt_") and len(token) > 40
        assert not any(token in str(value) for row in stored for value in row)
        assert verify_token(ledger, token) == info.id
        assert verify_token(ledger, token + "x") is None
        assert verify_token(ledger, "") is None
        assert revoke_token(ledger, info.id)
        assert not revoke_token(ledger, info.id)
        assert verify_token(ledger, token) is None
        assert [t.revoked_at is not None for t in list_tokens(ledger)] == [True]


def test_cache_follows_the_ledger(ledger_url: str) -> None:
    cache = LedgerCache()
    with Ledger.open(ledger_url) as ledger:
        builds: list[int] = []

        def build() -> int:
            builds.append(1)
            return len(builds)

        assert cache.get(ledger, "n", build) == 1
        assert cache.get(ledger, "n", build) == 1
        create_token(ledger)  # not a ledger state change: the value stays
        assert cache.get(ledger, "n", build) == 1
        sql(
            ledger_url,
            "INSERT INTO reports (id, text, text_sha256, ingested_at) "
            "VALUES ('r', 't', 'h', 'now')",
        )
        assert cache.get(ledger, "n", build) == 2


def test_token_commands(ledger_url: str, tmp_path: Path) -> None:
    db = ledger_url
    Ledger.open(db).close()
    runner = CliRunner()
    made = runner.invoke(token_group, ["create", "--name", "uploader", "--db", str(db)])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip()
    assert token.startswith("clt_")
    assert sql(db, "SELECT count(*) FROM web_tokens WHERE name = 'uploader'")[0][0] == 1
    listed = runner.invoke(token_group, ["list", "--db", str(db)])
    assert "uploader" in listed.output and token not in listed.output
    assert runner.invoke(token_group, ["revoke", "1", "--db", str(db)]).exit_code == 0
    again = runner.invoke(token_group, ["revoke", "1", "--db", str(db)])
    assert again.exit_code == 1 and "no active token 1" in again.output
    missing = runner.invoke(token_group, ["create", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no ledger" in missing.output


def test_serve_prints_the_address_and_runs_the_app(
    ledger_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    db = ledger_url
    Ledger.open(db).close()
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    result = CliRunner().invoke(serve_command, ["--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert calls and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123
    refused = CliRunner().invoke(serve_command, ["--db", str(db), "--tiles", "javascript:x"])
    assert refused.exit_code == 2
    absent = CliRunner().invoke(serve_command, ["--db", str(tmp_path / "absent.db")])
    assert absent.exit_code == 1 and "no ledger" in absent.output


@pytest.mark.parametrize(
    ("host", "port", "url"),
    [("127.0.0.1", 8000, "http://127.0.0.1:8000/"), ("::1", 9000, "http://[::1]:9000/")],
)
def test_dashboard_url(host: str, port: int, url: str) -> None:
    assert dashboard_url(host, port) == url
