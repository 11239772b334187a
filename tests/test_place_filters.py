"""A place filter on a region takes in its towns and districts everywhere: the ledger, the CLI's
claims, the exports and the API, as incidents count a town's claims under its region.

The mapping lives in one place, `Gazetteer.within`; a prefix ("RU-", "city:") is still a prefix.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.ledger import Ledger
from claimledger.resources import default_resources
from test_export_fixtures import kaluga_night, write_ledger


@pytest.fixture
def night(tmp_path: Path) -> Path:
    return write_ledger(tmp_path / "night.db", kaluga_night())


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_region_is_within_itself_with_its_towns() -> None:
    gazetteer = default_resources().gazetteer
    codes = gazetteer.within("RU-KLU")
    assert codes[0] == "RU-KLU" and "city:Kaluga" in codes and "city:Lyudinovo" in codes
    assert "city:Bryansk" not in codes
    assert gazetteer.within("city:Kaluga") == ("city:Kaluga",)
    assert gazetteer.place_filter("RU-") == "RU-"
    assert gazetteer.place_filter("RU-KLU") == codes


def test_the_ledger_takes_a_list_of_codes(ledger_url: str) -> None:
    with Ledger.open(ledger_url) as ledger:
        ledger.write(kaluga_night())
        both = ledger.claims(location=("RU-KLU", "city:Kaluga"))
        none = ledger.claims(location=())
        exact = ledger.claims(location="RU-KLU")
    assert sorted(c["location"] for c in both) == ["RU-KLU", "city:Kaluga"]
    assert none == [] and [c["location"] for c in exact] == ["RU-KLU"]


def test_claims_of_a_region_include_its_towns(night: Path) -> None:
    lines = run("claims", "--db", str(night), "--location", "RU-KLU", "--format", "jsonl")
    assert sorted(json.loads(line)["location"] for line in lines.splitlines()) == [
        "RU-KLU",
        "city:Kaluga",
    ]
    town = run("claims", "--db", str(night), "--location", "city:Kaluga", "--format", "jsonl")
    assert [json.loads(line)["location"] for line in town.splitlines()] == ["city:Kaluga"]
    prefix = run("claims", "--db", str(night), "--location", "city:", "--format", "jsonl")
    assert [json.loads(line)["location"] for line in prefix.splitlines()] == ["city:Kaluga"]


@pytest.mark.parametrize(("fmt", "of"), [("claims", None), ("geojson", "claims")])
def test_exports_of_a_region_include_its_towns(night: Path, fmt: str, of: str | None) -> None:
    args = ["export", "--format", fmt, "--db", str(night), "--location", "RU-KLU"]
    out = run(*args, *(["--of", of] if of else []))
    if fmt == "claims":
        places = [row["location"] for row in csv.DictReader(io.StringIO(out))]
    else:
        places = [f["properties"]["location"] for f in json.loads(out)["features"]]
    assert sorted(places) == ["RU-KLU", "city:Kaluga"]


def test_the_api_filter_is_the_same(night: Path) -> None:
    from fastapi.testclient import TestClient

    from claimledger.web import WebSettings, create_app

    with TestClient(create_app(WebSettings(night))) as client:
        items = client.get("/api/claims", params={"place": "RU-KLU"}).json()["items"]
    assert sorted(c["location"] for c in items) == ["RU-KLU", "city:Kaluga"]
