"""The ledger store: one write path, idempotent, versioned, atomic per batch; reads and errors.

Tests taking `ledger` run on both backends (SQLite and PostgreSQL, see conftest.ledger_url);
those about files, WAL and SQLite's locks take `sqlite_ledger` or a path.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from claimledger.ledger import Ledger, LedgerError, WriteStats
from claimledger.ledger import store as store_module
from claimledger.ledger.migrations import bundled as bundled_migrations
from claimledger.model import (
    Check,
    Claim,
    Extraction,
    Marker,
    MediaMention,
    Quote,
    Report,
    Span,
)

KALUGA = (
    "Governor Vladislav Shapsha said four drones were shot down over the Kaluga region. "
    '"We heard a loud bang," a resident said. The footage could not be verified.'
)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def claim(text: str, evidence: str, **fields: Any) -> Claim:
    values: dict[str, Any] = {"action": "intercepted", "quantity": 1, "weapon": "uav"}
    values.update(fields)
    return Claim(evidence=span(text, evidence), **values)


def full_extraction() -> Extraction:
    report = Report(
        text=KALUGA,
        id="kaluga-1",
        source="Kaluga government",
        published=datetime(2024, 11, 28, 5, 0, tzinfo=UTC),
        lang="en",
        url="https://example.org/k/1",
        meta={"channel_id": "77", "peer_row": 3},
    )
    return Extraction(
        report=report,
        claims=[
            claim(
                KALUGA,
                "four drones were shot down over the Kaluga region",
                quantity=4,
                location="RU-KLU",
                claimant="Vladislav Shapsha",
                claimant_side="ru",
                claimant_kind="official",
                attacker_side="ua",
                date="2024-11-28",
                spans={
                    "number": span(KALUGA, "four"),
                    "weapon": span(KALUGA, "drones"),
                    "place": span(KALUGA, "Kaluga region"),
                },
            )
        ],
        quotes=[
            Quote(
                speaker=None,
                speaker_description="a resident",
                text="We heard a loud bang,",
                spans=[span(KALUGA, "We heard a loud bang,")],
                speaker_span=span(KALUGA, "a resident"),
            )
        ],
        markers=[Marker("unverified", span(KALUGA, "could not be verified"))],
        checks=[
            Check(
                kind="distance",
                subject="Kaluga",
                reference="Moscow",
                evidence=span(KALUGA, "Kaluga region"),
                stated_km=150.0,
                stated_direction="SW",
                computed_km=160.5,
                computed_bearing_deg=225.0,
                verdict="consistent",
                reason="within 20%",
                subject_code="RU-KLU",
                reference_code="RU-MOW",
            )
        ],
        media=[MediaMention("video", span(KALUGA, "footage"), provenance="unclear")],
    )


def simple(report_id: str, text: str, *claims: dict[str, Any]) -> Extraction:
    report = Report(text=text, id=report_id, source="test")
    return Extraction(report, [claim(text, text, **c) for c in claims])


@pytest.fixture
def ledger(ledger_url: str) -> Any:
    with Ledger.open(ledger_url) as opened:
        yield opened


@pytest.fixture
def sqlite_ledger(tmp_path: Path) -> Any:
    with Ledger.open(tmp_path / "ledger.db") as opened:
        yield opened


def test_report_round_trips_with_everything_read_from_it(ledger: Ledger) -> None:
    extraction = full_extraction()
    assert ledger.write([extraction]) == WriteStats(new=1, claims=1)
    stored = ledger.report("kaluga-1")
    assert stored is not None
    assert stored.to_dict() == extraction.to_dict()
    assert stored.report == extraction.report  # url and meta too
    assert ledger.report("missing") is None


def test_same_report_twice_changes_nothing(ledger: Ledger, ledger_url: str) -> None:
    ledger.write([full_extraction()])
    before = _dump(ledger_url)
    assert ledger.write([full_extraction()]) == WriteStats(unchanged=1)
    assert _dump(ledger_url) == before


def test_edited_report_becomes_a_new_version_keeping_the_old(ledger: Ledger) -> None:
    first = simple("post-7", "Five drones were shot down.", {"quantity": 5})
    edited = simple("post-7", "Seven drones were shot down.", {"quantity": 7})
    assert ledger.write([first]).new == 1
    assert ledger.write([edited]) == WriteStats(changed=1, claims=1)
    assert ledger.version("post-7") == 2
    current = ledger.report("post-7")
    assert current is not None and [c.quantity for c in current.claims] == [7]
    (old,) = ledger.versions("post-7")
    assert old["version"] == 1 and old["text"] == "Five drones were shot down."
    assert [c["quantity"] for c in old["extraction"]["claims"]] == [5]
    # Either text again is known: no third version, no flip-flop.
    assert ledger.write([first, edited]) == WriteStats(unchanged=2)
    assert ledger.counts()["report_versions"] == 1
    assert [c["quantity"] for c in ledger.claims()] == [7]


def test_duplicate_ids_within_one_batch(ledger: Ledger) -> None:
    a = simple("dup", "Two drones were shot down.", {"quantity": 2})
    b = simple("dup", "Three drones were shot down.", {"quantity": 3})
    assert ledger.write([a, a, b]) == WriteStats(new=1, unchanged=1, changed=1, claims=2)
    assert [c["quantity"] for c in ledger.claims()] == [3]


def test_failure_mid_batch_rolls_back_the_batch_only(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger.write([simple(f"early-{n}", f"Report {n}.", {"quantity": n}) for n in range(3)])
    real = store_module._Pending.add_children
    calls = 0

    def failing(self: Any, extraction: Extraction) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("disk on fire")
        real(self, extraction)

    monkeypatch.setattr(store_module._Pending, "add_children", failing)
    batch = [simple(f"late-{n}", f"Later report {n}.", {"quantity": n}) for n in range(8)]
    with pytest.raises(RuntimeError, match="disk on fire"):
        ledger.write(batch, batch_size=3)
    # Batch 1 (late-0..2) committed; batch 2 failed at its 2nd report and left nothing.
    ids = {c["report_id"] for c in ledger.claims()}
    assert ids == {"early-0", "early-1", "early-2", "late-0", "late-1", "late-2"}
    assert ledger.counts()["reports"] == 6
    assert ledger.report("late-3") is None


def test_database_error_in_a_batch_becomes_ledger_error(ledger: Ledger) -> None:
    bad = simple("bad", "One drone.", {"quantity": 1})
    bad.claims[0].quantity = None  # type: ignore[assignment]  # violates NOT NULL
    with pytest.raises(LedgerError, match="NOT NULL"):
        ledger.write([simple("ok", "Fine.", {"quantity": 1}), bad])
    assert ledger.counts()["reports"] == 0


CLAIMS = [
    (
        "a",
        {
            "quantity": 4,
            "location": "RU-KLU",
            "claimant": "Vladislav Shapsha",
            "date": "2024-11-28",
        },
    ),
    (
        "b",
        {
            "quantity": 14,
            "location": "RU-KDA",
            "claimant": "Russian Ministry of Defence",
            "date": "2024-11-27",
        },
    ),
    (
        "c",
        {
            "quantity": 39,
            "location": "UA",
            "claimant": "Ukrainian Air Force",
            "date": "2023-01-02",
            "action": "launched",
        },
    ),
    ("d", {"quantity": 2, "location": "city:Bryansk", "claimant": "Міноборони", "date": None}),
    (
        "e",
        {
            "quantity": 1,
            "location": "RU",
            "claimant": None,
            "date": "2024-11-28",
            "weapon": "ballistic_missile",
        },
    ),
]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["c", "b", "a", "e", "d"]),  # by date, undated last
        ({"location": "RU-KLU"}, ["a"]),
        ({"location": "RU-"}, ["b", "a"]),
        ({"location": "RU"}, ["e"]),
        ({"location": "city:"}, ["d"]),
        ({"claimant": "MINISTRY"}, ["b"]),
        ({"claimant": "міноб"}, ["d"]),  # case-insensitive beyond ASCII
        ({"since": "2024-11-28"}, ["a", "e"]),
        ({"until": date(2024, 11, 27)}, ["c", "b"]),
        ({"since": datetime(2024, 11, 27, 23, 0), "until": "2024-11-27"}, ["b"]),
        ({"action": "launched"}, ["c"]),
        ({"weapon": "ballistic_missile"}, ["e"]),
        ({"limit": 2}, ["c", "b"]),
        ({"report_id": "d"}, ["d"]),
        ({"location": "RU-", "claimant": "shapsha", "since": "2024-01-01"}, ["a"]),
    ],
)
def test_claim_filters(ledger: Ledger, filters: dict[str, Any], expected: list[str]) -> None:
    ledger.write(simple(rid, f"Claim text {rid}.", fields) for rid, fields in CLAIMS)
    assert [c["report_id"] for c in ledger.claims(**filters)] == expected


def test_claim_records_carry_report_fields(ledger: Ledger) -> None:
    ledger.write([full_extraction()])
    (record,) = ledger.claims()
    assert record["report_id"] == "kaluga-1" and record["ordinal"] == 0
    assert record["source"] == "Kaluga government"
    assert record["published"] == "2024-11-28T05:00:00+00:00"
    assert record["evidence"]["text"] == "four drones were shot down over the Kaluga region"
    assert record["spans"]["number"] == {"text": "four", "start": 32, "end": 36}


def test_counts(ledger: Ledger) -> None:
    ledger.write([full_extraction(), simple("x", "Two drones.", {"quantity": 2}, {"quantity": 1})])
    assert ledger.counts() == {
        "reports": 2,
        "report_versions": 0,
        "claims": 3,
        "quotes": 1,
        "markers": 1,
        "checks": 1,
        "media_mentions": 1,
    }


def test_report_ids_by_prefix(ledger: Ledger) -> None:
    ledger.write(simple(rid, f"Text {rid}.") for rid in ["sha256:ab1", "sha256:ab2", "sha256:c"])
    assert ledger.report_ids("sha256:ab") == ["sha256:ab1", "sha256:ab2"]
    assert ledger.report_ids("sha256:c") == ["sha256:c"]
    assert ledger.report_ids("zzz") == []


def test_writes_stream_in_batches(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = type(ledger)._write_batch

    def spy(self: Ledger, batch: list[Extraction]) -> WriteStats:
        sizes.append(len(batch))
        return real(self, batch)

    monkeypatch.setattr(type(ledger), "_write_batch", spy)
    stats = ledger.write((simple(f"r{n}", f"Text {n}.") for n in range(12)), batch_size=5)
    assert sizes == [5, 5, 2]
    assert stats.new == 12
    with pytest.raises(ValueError):
        ledger.write([], batch_size=0)


# -- opening ---------------------------------------------------------------------------------


def test_schema_wal_foreign_keys_and_migrations(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    with Ledger.open(path):
        pass
    with Ledger.open(path) as again:  # reopening applies nothing twice
        assert again.counts()["reports"] == 0
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [r[0] for r in db.execute("SELECT name FROM migrations ORDER BY name")]
    assert applied == [m.name for m in bundled_migrations()]
    assert applied[0] == "0001_initial"
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"claims_date", "claims_location", "claims_claimant"} <= indexes
    db.close()


def test_foreign_keys_are_enforced(sqlite_ledger: Ledger) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        sqlite_ledger._db.connection.connection.driver_connection.execute(
            "INSERT INTO markers (report_id, ordinal, kind, evidence_start, evidence_end, "
            "evidence_text) VALUES ('nobody', 0, 'hedged', 0, 1, 'x')"
        )


def test_open_errors(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("this is not a database at all, just some words " * 20, "utf-8")
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE people (name TEXT)").connection.close()
    cases = [
        (tmp_path, "is a directory"),
        (text_file, "not a claimledger ledger"),
        (foreign, "not a claimledger ledger (tables: people)"),
        (tmp_path / "missing" / "l.db", "folder"),
    ]
    for path, message in cases:
        with pytest.raises(LedgerError, match=message.replace("(", r"\(").replace(")", r"\)")):
            Ledger.open(path)
    with pytest.raises(LedgerError, match="no ledger at"):
        Ledger.open(tmp_path / "absent.db", create=False)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with Ledger.open(path):
        pass
    db = sqlite3.connect(path)
    db.execute("INSERT INTO migrations VALUES ('0099_from_the_future', '2030-01-01')")
    db.commit()
    db.close()
    with pytest.raises(LedgerError, match=r"newer claimledger.*0099_from_the_future"):
        Ledger.open(path)


def test_locked_ledger_gives_ledger_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "busy.db"
    monkeypatch.setattr("claimledger.ledger.database.BUSY_TIMEOUT_S", 0.1)
    with Ledger.open(path) as ledger:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(LedgerError, match="busy"):
                ledger.write([simple("r", "Text.")])
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert ledger.write([simple("r", "Text.")]).new == 1


def test_default_db_is_in_the_working_folder() -> None:
    assert Path("claimledger.db") == store_module.DEFAULT_DB


def _dump(where: str) -> list[str]:
    if where.startswith("postgresql://"):
        return _pg_dump(where)
    db = sqlite3.connect(where)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def _pg_dump(url: str) -> list[str]:
    """Every row of every table, as text, in a stable order."""
    import psycopg

    with psycopg.connect(url) as db:
        tables = [
            row[0]
            for row in db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() ORDER BY table_name"
            )
        ]
        return [
            f"{table}: {row!r}"
            for table in tables
            for row in sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        ]


def test_full_text_search_finds_reports_by_a_word(ledger_url: str) -> None:
    from claimledger.model import Extraction, Report

    with Ledger.open(ledger_url) as ledger:
        ledger.write(
            [
                Extraction(Report(text="Над Калужской областью сбиты дроны", id="a", source="X")),
                Extraction(Report(text="В Москве открылась выставка", id="b", source="Y")),
            ]
        )
        assert [r["id"] for r in ledger.search("калужской")] == ["a"]
        assert "[Калужской]" in ledger.search("калужской")[0]["snippet"]
        ledger.write([Extraction(Report(text="В Калужской области тихо", id="b", source="Y"))])
        assert sorted(r["id"] for r in ledger.search("калужской")) == ["a", "b"]
        assert ledger.search("выставка") == []
