"""The demo's invented reports are marked as samples wherever they show: their ids, the incident
view and JSON, exports and the dashboard; and `make run CORPUS=...` never mixes them in."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from claimledger.cli import main
from claimledger.demo import build_demo
from claimledger.web import WebSettings, create_app

ROOT = Path(__file__).resolve().parents[1]
KALUGA = "2024-11-22/RU-KLU/uav/ua"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    built = build_demo(db)
    assert built.samples and all(r.id.startswith("sample:") for r in built.samples)
    return db


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_cli_incident_and_claims_mark_samples(demo: Path) -> None:
    view = run("incident", KALUGA, "--db", str(demo), "--quiet")
    assert "bundled samples" in view and "(sample)" in view
    data = json.loads(run("incident", KALUGA, "--db", str(demo), "--format", "json", "--quiet"))
    assert data["samples"] and all(c["sample"] for c in data["claims"])
    assert "sample:" in run("claims", "--db", str(demo), "--location", "RU-KLU")


def test_exports_mark_samples(demo: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "acled", "--db", str(demo)))))
    assert rows and all("(sample)" in row["source"] for row in rows)
    claims = list(
        csv.DictReader(io.StringIO(run("export", "--format", "claims", "--db", str(demo))))
    )
    assert claims and all(row["report_id"].startswith("sample:") for row in claims)


def test_dashboard_marks_samples(demo: Path) -> None:
    client = TestClient(create_app(WebSettings(demo)))
    page = client.get(f"/incidents/{KALUGA}").text
    assert 'class="badge sample"' in page and "not real reports" in page
    assert 'id="timeline"' in page
    report = client.get("/reports/sample:ru-mod-kaluga").text
    assert "not a real report" in report
    api = client.get(f"/api/incidents/{KALUGA}").json()
    assert api["samples"] and api["timeline"]


def test_make_run_with_a_corpus_builds_its_own_ledger() -> None:
    plan = subprocess.run(
        ["make", "-n", "run", "CORPUS=posts.jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ingest posts.jsonl --db corpus.db" in plan
    assert "claimledger demo" not in plan
    alone = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "claimledger demo --db claimledger.db" in alone
