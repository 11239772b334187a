"""`claimledger compare`: the peer's counts per night beside the claims read from the texts."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.ledger import Ledger
from claimledger.model import Report
from claimledger.peers import compare_nights
from claimledger.pipeline import ingest
from claimledger.sources.readers import read_reports
from test_export_fixtures import cli
from test_peers_tables import DESTROYED_HEADER, destroyed_line, write

SHARED = Path(__file__).resolve().parents[2] / "shared"
DAILY = SHARED / "corpus" / "uk-airforce-daily"
# Nights where the peer's table and our reading of the same pictures agree in every column:
# measured 238 of 263 (0.905); the rest are pictures the peer has and the transcriptions lack
# (or the reverse) and the peer's own choices for lists of mixed cruise missiles.
NIGHT_AGREEMENT_FLOOR = 0.88

# Pictures in the Air Force's format (our own lines), one per night.
PICTURES = [
    (
        "2023-02-05T06:30:00+00:00",
        "05.02.2023\n(08.00)\n\nЗНИЩЕНО:\n"
        "- 17 ударних БПЛА «Shahed-136/131»\n- 3 крилаті ракети «Калібр»\n- 1 БПЛА «Орлан-10»\n\n"
        "Повітряні Сили\nУкраїни",
    ),
    (
        "2023-02-06T05:10:00+00:00",
        "06.02.2023\n(07.00)\n\nЗНИЩЕНО:\n"
        "- 12 ударних БПЛА «Shahed-136/131»\n- вертоліт Мі-8\n\nПовітряні Сили\nУкраїни",
    ),
]


def fixture_ledger(tmp_path: Path, relayed: bool = False) -> Path:
    db = tmp_path / "compare.db"
    reports = [
        Report(
            text=text,
            id=f"pic:{n}",
            source="Air Force pictures",
            lang="uk",
            published=datetime.fromisoformat(published),
        )
        for n, (published, text) in enumerate(PICTURES)
    ]
    if relayed:  # the same picture again, in another channel
        first = reports[0]
        reports.append(
            Report(
                text=first.text + "\n",
                id="relay:0",
                source="A relay channel",
                lang="uk",
                published=first.published,
            )
        )
    peer = write(
        tmp_path / "destroyed.csv",
        DESTROYED_HEADER,
        [
            destroyed_line("2023-02-05", "08:00:00", shahed=17, kalibr_missile=3, orlan=1),
            destroyed_line("2023-02-06", "07:00:00", shahed=14, helicopter_mi_8=1),
            destroyed_line("2023-02-07", "07:00:00", shahed=5),
        ],
    )
    with Ledger.open(db) as ledger:
        ingest(reports, ledger)
    result = CliRunner().invoke(
        cli(), ["import-peer", str(peer), "--kind", "airforce-destroyed", "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    return db


def table_rows(output: str) -> list[tuple[str, str, int, int, str]]:
    """(night, column, peer, ours, diff) of each table line; a blank night repeats the last."""
    rows, night = [], ""
    for line in output.splitlines()[1:]:
        match = re.match(r"^(\S{10}|\s{10})  (\S+)\s+(\d+)\s+(\d+)\s+(\S+)$", line)
        if match:
            night = match.group(1).strip() or night
            rows.append(
                (night, match.group(2), int(match.group(3)), int(match.group(4)), match.group(5))
            )
    return rows


def test_compare_prints_peer_beside_ours_and_the_differences(tmp_path: Path) -> None:
    db = fixture_ledger(tmp_path)
    result = CliRunner().invoke(cli(), ["compare", "--peer", "airforce-destroyed", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert table_rows(result.output) == [
        ("2023-02-05", "shahed", 17, 17, "0"),
        ("2023-02-05", "orlan", 1, 1, "0"),
        ("2023-02-05", "kalibr_missile", 3, 3, "0"),
        ("2023-02-06", "shahed", 14, 12, "-2"),
        ("2023-02-06", "helicopter_mi_8", 1, 1, "0"),
        ("2023-02-07", "shahed", 5, 0, "-5"),
    ]
    assert result.output.rstrip().endswith(
        "3 nights: 1 agree (33.3 %); 1 without any claim of ours"
    )


def test_a_relayed_picture_counts_once_and_json_lists_differences(tmp_path: Path) -> None:
    db = fixture_ledger(tmp_path, relayed=True)
    result = CliRunner().invoke(
        cli(),
        [
            "compare",
            "--peer",
            "airforce-destroyed",
            "--db",
            str(db),
            "--format",
            "json",
            "--differences",
        ],
    )
    data = json.loads(result.output)
    assert [n["night"] for n in data["nights"]] == ["2023-02-06", "2023-02-07"]
    assert data["nights"][0]["differences"] == {"shahed": -2}
    assert data["summary"]["totals"]["shahed"] == {"peer": 36, "ours": 29}
    with Ledger.open(db, create=False) as ledger:
        (night,) = compare_nights(
            ledger, "airforce-destroyed", since="2023-02-05", until="2023-02-05"
        )
    assert night.agrees and night.our_reports == ["pic:0", "relay:0"]


def test_compare_without_the_peer_says_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    Ledger.open(db).close()
    result = CliRunner().invoke(cli(), ["compare", "--peer", "airforce-destroyed", "--db", str(db)])
    assert result.exit_code == 1
    assert "import-peer" in result.output


@pytest.mark.skipif(not DAILY.exists(), reason="../shared not present (a user's clone has none)")
def test_compare_on_the_ukrainian_summaries(tmp_path: Path) -> None:
    db = tmp_path / "daily.db"
    with Ledger.open(db) as ledger:
        ingest(read_reports([str(DAILY / "summaries.jsonl")]), ledger)
    runner = CliRunner()
    imported = runner.invoke(
        cli(),
        [
            "import-peer",
            str(DAILY / "peer-destroyed-counts.csv"),
            "--kind",
            "airforce-destroyed",
            "--db",
            str(db),
        ],
    )
    assert imported.exit_code == 0, imported.output
    result = runner.invoke(cli(), ["compare", "--peer", "airforce-destroyed", "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = table_rows(result.output)
    assert len({night for night, *_ in rows}) > 250
    assert all(diff == "0" or int(diff) == ours - peer for _, _, peer, ours, diff in rows)
    summary = re.search(r"(\d+) nights: (\d+) agree", result.output)
    assert summary is not None
    nights, agreeing = map(int, summary.groups())
    assert agreeing / nights >= NIGHT_AGREEMENT_FLOOR
