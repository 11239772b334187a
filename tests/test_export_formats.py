"""Exports read back: the claims that went in come out, in every format, on their dates."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.dataset as pads
import pytest
from click.testing import CliRunner

from claimledger.export.claims import CLAIM_FIELDS, claim_from_row
from claimledger.ledger import Ledger
from claimledger.model import Claim
from conftest import sql
from test_export_fixtures import (
    AIR_FORCE,
    KALUGA_GOV_TEXT,
    cli,
    extraction,
    kaluga_night,
    write_ledger,
)

geojson = pytest.importorskip("geojson", reason="the test extra `geojson` is not installed")


@pytest.fixture
def ledger_path(ledger_url: str) -> str:
    """The night's ledger, once per backend (an SQLite path or a PostgreSQL URL)."""
    return str(write_ledger(ledger_url, kaluga_night()))


def run(*args: str) -> str:
    result = CliRunner().invoke(cli(), list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout  # the export itself; stderr says why one is empty


def stored_claims(db: str) -> dict[str, Claim]:
    found = {}
    with Ledger.open(db, create=False) as ledger:
        for row in ledger.iter_claims():
            extraction = ledger.report(row["report_id"])
            assert extraction is not None
            found[f"{row['report_id']}#{row['ordinal']}"] = extraction.claims[row["ordinal"]]
    return found


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- claims: CSV and Parquet round trips ---------------------------------------------------------


def test_claims_csv_read_back_with_pandas_gives_the_same_claims(ledger_path: str) -> None:
    frame = pd.read_csv(
        io.StringIO(run("export", "--format", "claims", "--db", str(ledger_path))),
        dtype=str,
        keep_default_na=False,
    )
    back = {}
    for row in frame.to_dict("records"):
        fields: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
        for name in ("quantity", "evidence_start", "evidence_end"):
            fields[name] = int(row[name])
        back[row["claim_id"]] = claim_from_row(fields)
    assert back == stored_claims(ledger_path)
    assert all(url.startswith("https://example.org/") for url in frame["report_url"])


def test_parquet_read_back_with_pyarrow_gives_the_same_claims(
    ledger_path: str, tmp_path: Path
) -> None:
    out = tmp_path / "pq"
    run("export", "--format", "parquet", "--db", str(ledger_path), "--out", str(out))
    table = pads.dataset(out / "claims", partitioning="hive").to_table()
    back = {}
    for row in table.to_pylist():
        row["date"] = row["date"].isoformat() if row["date"] else None
        back[row["claim_id"]] = claim_from_row(row)
    assert back == stored_claims(ledger_path)
    assert sorted(p.name for p in (out / "claims").iterdir()) == ["day=2024-11-22"]
    incidents = pads.dataset(out / "incidents", partitioning="hive").to_table().to_pylist()
    assert {i["id"] for i in incidents} >= {"2024-11-22/RU-KLU/uav/ua", "2024-11-22/UA-59/uav/ru"}
    reports = pd.read_parquet(out / "reports")
    assert sorted(reports["id"]) == ["af:3", "gov:7", "mod:1"]
    assert set(reports["text"]) >= {KALUGA_GOV_TEXT}


def test_parquet_refuses_to_clear_a_folder_it_did_not_write(
    ledger_path: str, tmp_path: Path
) -> None:
    out = tmp_path / "pq"
    (out / "claims").mkdir(parents=True)
    (out / "claims" / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(
        cli(), ["export", "--format", "parquet", "--db", str(ledger_path), "--out", str(out)]
    )
    assert result.exit_code == 1
    assert "not an earlier export" in result.output
    assert (out / "claims" / "notes.txt").exists()


# -- incident tables ---------------------------------------------------------------------------


def test_acled_rows_per_incident(ledger_path: str) -> None:
    rows = {
        r["cl_incident_id"]: r
        for r in csv_rows(run("export", "--format", "acled", "--db", str(ledger_path)))
    }
    kaluga = rows["2024-11-22/RU-KLU/uav/ua"]
    assert kaluga["event_date"] == "2024-11-22"
    assert kaluga["event_id_cnty"] == "RUS:2024-11-22/RU-KLU/uav/ua"
    assert kaluga["sub_event_type"] == "Interception"
    assert kaluga["actor1"] == "Military Forces of Ukraine (2019-)"
    assert kaluga["actor2"] == "Military Forces of Russia (2000-)"
    assert (kaluga["inter1"], kaluga["inter2"], kaluga["interaction"]) == ("8", "1", "18")
    assert (kaluga["country"], kaluga["admin1"], kaluga["location"]) == (
        "Russia",
        "Kaluga Oblast",
        "Kaluga Oblast",
    )
    assert kaluga["geo_precision"] == "3"
    assert float(kaluga["latitude"]) == pytest.approx(54.53, abs=0.01)
    assert "Russian Ministry of Defence (ru): intercepted 9" in kaluga["cl_claimed"]
    assert "Vladislav Shapsha (ru): intercepted 6" in kaluga["cl_claimed"]
    assert kaluga["cl_status"] == "disputed"
    assert (kaluga["cl_low"], kaluga["cl_best"], kaluga["cl_high"]) == ("6", "6", "9")
    assert kaluga["time_precision"] == "1"
    assert kaluga["fatalities"] == "0"
    assert set(kaluga["source"].split("; ")) == {"Минобороны России", "Владислав Шапша"}
    sumy = rows["2024-11-22/UA-59/uav/ru"]
    assert sumy["actor1"] == "Military Forces of Russia (2000-)"
    assert sumy["country"] == "Ukraine"


def test_ucdp_low_best_high_and_precision(ledger_path: str) -> None:
    rows = {
        r["id"]: r for r in csv_rows(run("export", "--format", "ucdp", "--db", str(ledger_path)))
    }
    kaluga = rows["2024-11-22/RU-KLU/uav/ua"]
    assert (kaluga["date_start"], kaluga["date_end"], kaluga["date_prec"]) == (
        "2024-11-22",
        "2024-11-22",
        "1",
    )
    assert kaluga["where_prec"] == "4"
    assert (kaluga["side_a"], kaluga["side_b"]) == ("Government of Ukraine", "Government of Russia")
    assert (kaluga["low"], kaluga["best"], kaluga["high"]) == ("0", "0", "0")
    assert (kaluga["cl_low"], kaluga["cl_best"], kaluga["cl_high"]) == ("6", "6", "9")
    assert kaluga["geom_wkt"].startswith("POINT (36.")
    assert kaluga["event_clarity"] == "2"  # disputed


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--location", "RU-KLU", {"2024-11-22/RU-KLU/uav/ua"}),
        ("--location", "UA-", {"2024-11-22/UA-59/uav/ru"}),
        ("--status", "disputed", {"2024-11-22/RU-KLU/uav/ua"}),
        ("--since", "2024-11-23", set()),
    ],
)
def test_filters_as_in_incidents(
    ledger_path: str, option: str, value: str, expected: set[str]
) -> None:
    output = run("export", "--format", "acled", "--db", str(ledger_path), option, value)
    assert {r["cl_incident_id"] for r in csv_rows(output)} == expected


def test_claims_of_a_status_are_those_of_its_incidents(ledger_path: str) -> None:
    output = run("export", "--format", "claims", "--db", str(ledger_path), "--status", "disputed")
    assert {r["claim_id"] for r in csv_rows(output)} == {"mod:1#2", "gov:7#0", "mod:1#0"}


# -- GeoJSON -----------------------------------------------------------------------------------


@pytest.mark.parametrize("of", ["incidents", "claims"])
def test_geojson_is_valid_and_puts_kaluga_at_36_east_54_north(ledger_path: str, of: str) -> None:
    text = run("export", "--format", "geojson", "--of", of, "--db", str(ledger_path))
    collection = geojson.loads(text)
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection"
    kaluga = [
        f
        for f in collection["features"]
        if (f["properties"].get("location") in ("RU-KLU", "city:Kaluga"))
    ]
    assert kaluga
    for feature in kaluga:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert 36 <= longitude < 37 and 54 <= latitude < 55


def test_geojson_claim_properties_carry_evidence_and_report(ledger_path: str) -> None:
    data = json.loads(
        run("export", "--format", "geojson", "--of", "claims", "--db", str(ledger_path))
    )
    feature = next(f for f in data["features"] if f["id"] == "gov:7#0")
    properties = feature["properties"]
    assert properties["evidence"] == {"text": "6 дронов сбиты", "start": 12, "end": 26}
    assert properties["report_url"] == "https://example.org/gov/7"
    assert all(properties[name] is not None for name in ("action", "quantity", "claimant"))


# -- ClaimReview --------------------------------------------------------------------------------

SCHEMA_ORG_TYPES = {"Person", "Organization"}


def check_claim_review(item: dict[str, Any]) -> None:
    """The JSON-LD structure schema.org and the fact-check readers expect of a ClaimReview."""
    assert item["@context"] in ("https://schema.org", "http://schema.org")
    assert item["@type"] == "ClaimReview"
    assert isinstance(item["claimReviewed"], str) and item["claimReviewed"]
    assert item["url"]
    datetime.fromisoformat(item["datePublished"])
    assert item["author"]["@type"] in SCHEMA_ORG_TYPES and item["author"]["name"]
    rating = item["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert isinstance(rating["alternateName"], str) and rating["alternateName"]
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    authors = claim["author"] if isinstance(claim["author"], list) else [claim["author"]]
    assert all(a["@type"] in SCHEMA_ORG_TYPES and a["name"] for a in authors)
    datetime.fromisoformat(claim["datePublished"])
    assert claim["url"].startswith("http")


def test_claimreview_only_for_reviewed_incidents(ledger_path: str) -> None:
    assert json.loads(run("export", "--format", "claimreview", "--db", str(ledger_path))) == []
    run(
        "review",
        "2024-11-22/RU-KLU/uav/ua",
        "--rating",
        "mostly-false",
        "--note",
        "The governor counts fewer",
        "--reviewer",
        "Desk editor",
        "--db",
        str(ledger_path),
    )
    items = json.loads(run("export", "--format", "claimreview", "--db", str(ledger_path)))
    assert len(items) == 1
    item = items[0]
    check_claim_review(item)
    assert item["reviewRating"]["ratingValue"] == 2
    assert item["reviewRating"]["alternateName"] == "Mostly false"
    assert "disputed" in item["reviewRating"]["ratingExplanation"]
    assert item["itemReviewed"]["url"] == "https://example.org/mod/1"
    assert {a["name"] for a in item["itemReviewed"]["author"]} == {
        "Russian Ministry of Defence",
        "Vladislav Shapsha",
    }
    assert "Kaluga" in item["claimReviewed"]


def test_latest_review_counts_and_unknown_incidents_are_refused(ledger_path: str) -> None:
    for rating in ("true", "unproven"):
        run("review", "2024-11-22/UA-59/uav/ru", "--rating", rating, "--db", str(ledger_path))
    items = json.loads(run("export", "--format", "claimreview", "--db", str(ledger_path)))
    assert [i["reviewRating"]["alternateName"] for i in items] == ["Unproven"]
    check_claim_review(items[0])
    result = CliRunner().invoke(
        cli(), ["review", "2024-11-22/RU-XXX/uav/ua", "--rating", "true", "--db", str(ledger_path)]
    )
    assert result.exit_code == 1 and "no incident" in result.output


def test_mediareview_for_recycled_media(ledger_path: str) -> None:
    for n in (1, 2):
        sql(
            ledger_path,
            "INSERT INTO media (id, sha256, kind, mime, size, path, added_at) "
            "VALUES (?, ?, 'image', 'image/jpeg', 10, 'x.jpg', '2024-11-22T08:00:00+00:00')",
            (n, f"{n:064x}"),
        )
    sql(
        ledger_path,
        "INSERT INTO media_appearances (id, media_id, report_id, source, first_seen, "
        "added_at) VALUES (1, 1, 'gov:7', 'Владислав Шапша', '2024-11-22T06:30:00+00:00', "
        "'2024-11-22T08:00:00+00:00'), (2, 2, 'mod:1', 'Минобороны России', "
        "'2023-05-01T10:00:00+00:00', '2024-11-22T08:00:00+00:00')",
    )
    sql(
        ledger_path,
        "INSERT INTO media_matches (appearance_id, media_id, matched_media_id, distance, "
        "earliest_appearance_id, earliest_report_id, earliest_source, earliest_date, "
        "place_codes, suggested_review, found_at) VALUES (1, 1, 2, 8, 2, 'mod:1', "
        "'Минобороны России', '2023-05-01T10:00:00+00:00', '[\"RU-BRY\"]', "
        "'DecontextualizedContent', '2024-11-22T08:00:00+00:00')",
    )
    items = json.loads(run("export", "--format", "claimreview", "--db", str(ledger_path)))
    (media,) = [i for i in items if i["@type"] == "MediaReview"]
    assert media["mediaAuthenticityCategory"] == "DecontextualizedContent"
    assert media["originalMediaLink"] == "https://example.org/mod/1"
    assert media["itemReviewed"]["mediaItemAppearance"][0]["url"] == "https://example.org/gov/7"
    assert "2023-05-01" in media["originalMediaContextDescription"]


# -- dates never shift across time zones --------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "claim_date", "kyiv_date"),
    [
        (datetime(2024, 11, 27, 21, 30, tzinfo=UTC), None, "2024-11-27"),  # 23:30 Kyiv
        (datetime.fromisoformat("2024-11-27T23:30:00+02:00"), None, "2024-11-27"),
        (datetime(2024, 11, 27, 22, 30, tzinfo=UTC), None, "2024-11-28"),  # 00:30 Kyiv
        (datetime(2024, 11, 27, 21, 30, tzinfo=UTC), "2024-11-27", "2024-11-27"),
    ],
)
def test_a_kyiv_date_stays_the_kyiv_date_in_every_export(
    ledger_url: str, tmp_path: Path, published: datetime, claim_date: str | None, kyiv_date: str
) -> None:
    text = "Повітряні сили: над Харківщиною збито 4 ударні БпЛА."
    db = write_ledger(
        ledger_url,
        [
            extraction(
                "af:late",
                text,
                [
                    {
                        "quantity": 4,
                        "location": "UA-63",
                        "attacker_side": "ru",
                        "evidence": "збито 4 ударні БпЛА",
                        "date": claim_date,
                        **AIR_FORCE,
                    }
                ],
                source="Повітряні сили ЗСУ",
                lang="uk",
                published=published,
                url="https://example.org/af/late",
            ),
        ],
    )
    incident_id = f"{kyiv_date}/UA-63/uav/ru"

    def export(*args: str) -> str:
        return run("export", "--db", str(db), *args)

    (acled,) = csv_rows(export("--format", "acled"))
    assert acled["event_date"] == kyiv_date and acled["cl_incident_id"] == incident_id
    (ucdp,) = csv_rows(export("--format", "ucdp"))
    assert ucdp["date_end"] == kyiv_date
    (claim,) = csv_rows(export("--format", "claims"))
    assert claim["day"] == kyiv_date
    assert claim["report_published_local"].startswith(kyiv_date)
    for of in ("incidents", "claims"):
        (feature,) = json.loads(export("--format", "geojson", "--of", of))["features"]
        assert feature["properties"].get("date", feature["properties"].get("day")) in (
            kyiv_date,
            claim_date,
        )
        assert kyiv_date in (feature["properties"].get("date"), feature["properties"].get("day"))
    out = tmp_path / "pq"
    export("--format", "parquet", "--out", str(out))
    for table in ("claims", "incidents", "reports"):
        assert [p.name for p in (out / table).iterdir()] == [f"day={kyiv_date}"]
    (row,) = pads.dataset(out / "reports", partitioning="hive").to_table().to_pylist()
    assert row["published_local"].startswith(kyiv_date)
    run("review", incident_id, "--rating", "true", "--db", str(db))
    (review,) = json.loads(export("--format", "claimreview"))
    assert review["itemReviewed"]["temporalCoverage"] == kyiv_date
    assert review["itemReviewed"]["datePublished"].startswith(kyiv_date)


# -- incidents into the ledger ------------------------------------------------------------------


def test_sqlite_incidents_materialises_statuses_and_joins(ledger_path: str) -> None:
    result = CliRunner().invoke(
        cli(), ["export", "--format", "sqlite-incidents", "--db", str(ledger_path)]
    )
    assert result.exit_code == 0, result.output
    statuses = dict(sql(ledger_path, "SELECT id, status FROM incidents"))
    assert statuses["2024-11-22/RU-KLU/uav/ua"] == "disputed"
    joined = sql(
        ledger_path,
        "SELECT claim_id, incident_status, report_url FROM incident_claims_with_reports "
        "WHERE incident_id = '2024-11-22/RU-KLU/uav/ua' AND role = 'claim' ORDER BY claim_id",
    )
    assert [tuple(r) for r in joined] == [
        ("gov:7#0", "disputed", "https://example.org/gov/7"),
        ("mod:1#2", "disputed", "https://example.org/mod/1"),
    ]
    # The Ministry's total of 23 sits beside both of its breakdowns (Bryansk, Kaluga).
    members = sql(ledger_path, "SELECT count(*) FROM incident_claims")[0][0]
    assert members == 6
    assert (
        sql(ledger_path, "SELECT value FROM export_state WHERE name = 'incidents_claims'")[0][0]
        == "6"
    )
    again = CliRunner().invoke(
        cli(), ["export", "--format", "sqlite-incidents", "--db", str(ledger_path)]
    )
    assert again.exit_code == 0
    with Ledger.open(ledger_path, create=False) as ledger:
        assert ledger.exports.stored_incidents() == len(statuses)


def test_claim_fields_are_exported_columns() -> None:
    from claimledger.export.claims import COLUMNS

    assert set(CLAIM_FIELDS) <= set(COLUMNS)
    assert set(CLAIM_FIELDS) | {"evidence", "spans"} == set(
        Claim.from_dict(
            {"action": "hit", "quantity": 1, "evidence": {"text": "", "start": 0, "end": 0}}
        ).to_dict()
    )
