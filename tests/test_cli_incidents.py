"""The incidents commands over a ledger written through the one write path."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from claimledger.cli import main
from claimledger.ledger import Ledger
from claimledger.model import Claim, Extraction, Marker, Report, Span

MOD = {
    "claimant": "Russian Ministry of Defence",
    "claimant_side": "ru",
    "claimant_kind": "military",
}
GOV = {"claimant": "Vladislav Shapsha", "claimant_side": "ru", "claimant_kind": "official"}


def extraction(
    rid: str, source: str, text: str, claims: list[dict[str, Any]], **kw: Any
) -> Extraction:
    report = Report(
        text=text,
        id=rid,
        source=source,
        lang="ru",
        published=datetime(2024, 11, 22, 5, tzinfo=UTC),
    )
    made = []
    for fields in claims:
        evidence = fields.pop("evidence")
        start = text.index(evidence)
        base = {
            "action": "intercepted",
            "weapon": "uav",
            "attacker_side": "ua",
            "date": "2024-11-22",
        }
        made.append(Claim(evidence=Span.of(text, start, start + len(evidence)), **(base | fields)))
    return Extraction(report, claims=made, **kw)


def ledger_with_night(db: str | Path) -> str | Path:
    mod_text = "Минобороны: 23 над тремя областями, 12 над Брянской, 9 над Калужской, 2 над Курской"
    mod = [
        {"quantity": 23, "location": "RU", "evidence": "23", **MOD},
        {"quantity": 12, "location": "RU-BRY", "evidence": "12", **MOD},
        {"quantity": 9, "location": "RU-KLU", "evidence": "9 ", **MOD},
        {"quantity": 2, "location": "RU-KRS", "evidence": "2 ", **MOD},
    ]
    gov_text = "Шапша: 6 БПЛА уничтожены на окраине Калуги, ещё 1 в Дзержинском районе"
    unverified = Marker("unverified", Span.of(gov_text, 0, 5))
    with Ledger.open(db) as ledger:
        ledger.write(
            [
                extraction("bbc:1", "BBC", mod_text, [dict(c) for c in mod]),
                extraction("bbc:2", "BBC", mod_text + " (обновлено)", [dict(c) for c in mod]),
                extraction(
                    "bbc:3",
                    "BBC",
                    gov_text,
                    [
                        {"quantity": 6, "location": "city:Kaluga", "evidence": "6 ", **GOV},
                        {"quantity": 1, "location": "RU-KLU", "evidence": "1 ", **GOV},
                    ],
                    markers=[unverified],
                ),
            ]
        )
    return db


def test_incidents_lists_and_filters(ledger_url: str) -> None:
    db = ledger_with_night(ledger_url)
    runner = CliRunner()
    result = runner.invoke(main, ["incidents", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    found = {i["id"]: i for i in json.loads(result.output)}
    assert set(found) == {
        "2024-11-22/RU-BRY/uav/ua",
        "2024-11-22/RU-KLU/uav/ua",
        "2024-11-22/RU-KRS/uav/ua",
    }
    kaluga = found["2024-11-22/RU-KLU/uav/ua"]
    assert (kaluga["reports"], kaluga["origins"], kaluga["status"]) == (3, 2, "disputed")
    assert set(kaluga) >= {
        "id",
        "date",
        "location",
        "action",
        "weapon",
        "status",
        "reasons",
        "reports",
        "origins",
        "flags",
        "claims",
    }
    assert {k for c in kaluga["claims"] for k in c} >= {
        "report_id",
        "claimant",
        "claimant_side",
        "quantity",
        "qualifier",
        "origin",
    }
    assert any("independently verified" in r for r in kaluga["reasons"])
    assert found["2024-11-22/RU-BRY/uav/ua"]["status"] == "claimed"

    only = runner.invoke(
        main, ["incidents", "--db", str(db), "--status", "disputed", "--format", "json"]
    )
    assert [i["id"] for i in json.loads(only.output)] == ["2024-11-22/RU-KLU/uav/ua"]
    none = runner.invoke(
        main, ["incidents", "--db", str(db), "--since", "2024-11-23", "--format", "json"]
    )
    assert json.loads(none.output) == []
    table = runner.invoke(main, ["incidents", "--db", str(db), "--location", "RU-"])
    assert table.exit_code == 0 and "3 incidents" in table.output


def test_incident_shows_claims_side_by_side(ledger_url: str) -> None:
    db = ledger_with_night(ledger_url)
    runner = CliRunner()
    result = runner.invoke(main, ["incident", "2024-11-22/RU-KLU/uav/ua", "--db", str(db)])
    assert result.exit_code == 0, result.output
    for expected in (
        "Vladislav Shapsha",
        "Russian Ministry of Defence",
        "disputed",
        "says 7",
        "says 9",
    ):
        assert expected in result.output
    missing = runner.invoke(main, ["incident", "2030-01-01/RU/uav/ua", "--db", str(db)])
    assert missing.exit_code == 1 and "no incident" in missing.output
    assert "Traceback" not in missing.output


def test_incidents_on_a_missing_ledger_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["incidents", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output
