"""Peers' tables in: each row a synthetic report whose claims quote its own rendering."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.ledger import Ledger
from claimledger.peers import PeerError, peer_extractions
from claimledger.peers.columns import DESTROYED_COLUMNS, peer_column, peer_models
from test_export_fixtures import cli

MISSILE_HEADER = (
    "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
    "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
    "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
    "destroyed_details,launched_details,launch_place_details,source"
)
MISSILE_ROWS = [
    "2024-11-16 18:00,2024-11-17 08:00,Shahed-136/131,Kursk oblast,Ukraine,,60.0,55.0,3.0,,{},,"
    "2.0,,,,,,,,,kpszsu/posts/abc123",
    "2024-11-17 04:00,2024-11-17 08:00,X-101/X-555 and Kalibr,,Ukraine,,8.0,7.0,,,{},,,,,,,,,,,"
    "kpszsu/posts/abc124",
    "2023-03-02,2023-03-02,X-59,,Zaporizhzhia oblast,,2.0,0.0,2.0,,{},,,,,,,,,,,",
    "2023-03-02,2023-03-02,X-59,,Zaporizhzhia oblast,,1.0,1.0,,,{},,,,,,,,,,,",
]
DESTROYED_HEADER = "checkpoint_date,checkpoint_time," + ",".join(DESTROYED_COLUMNS)


def destroyed_line(date: str, time: str, **counts: int) -> str:
    cells = [str(counts[c]) if c in counts else "" for c in DESTROYED_COLUMNS]
    return ",".join([date, time, *cells])


def write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "weapon", "model", "column"),
    [
        ("Shahed-136/131", "uav", "Shahed-136", "shahed"),
        ("X-101/X-555", "cruise_missile", "Kh-101/Kh-555", "cruise_missiles"),
        ("X-101/X-555 and Kalibr", "cruise_missile", "Kh-101/Kh-555/Kalibr", "kalibr_missile"),
        ("X-59/X-69", "cruise_missile", "Kh-59/Kh-69", "cruise_missiles"),
        ("X-47 Kinzhal", "ballistic_missile", "Kinzhal", "kinzhal_missile"),
        ("Iskander-M/KN-23", "ballistic_missile", "Iskander-M/KN-23", "iskander_m_missile"),
        ("C-300/C-400", "missile", "S-300/S-400", "missiles"),
        ("X-22 and X-31P", "missile", "Kh-22/Kh-31P", "missiles"),
        ("Orlan-10 and ZALA", "uav", "Orlan-10/ZALA", "uav_drones"),
        ("Молнія", "uav", "Molniya", "uav_drones"),
        ("Unknown UAV", "uav", None, "uav_drones"),
        ("Intercontinental ballistic missile", "ballistic_missile", None, "ballistic_missiles"),
        ("Aerial Bomb", "guided_bomb", None, None),
    ],
)
def test_peer_model_names(name: str, weapon: str, model: str | None, column: str | None) -> None:
    assert peer_models(name) == (weapon, model)
    assert peer_column(weapon, model) == column


@pytest.mark.parametrize("column", list(DESTROYED_COLUMNS))
def test_every_destroyed_column_maps_back_to_itself(column: str) -> None:
    assert peer_column(*DESTROYED_COLUMNS[column]) == column


def test_missile_attack_rows_become_claims_of_the_air_force(tmp_path: Path) -> None:
    path = write(tmp_path / "attacks.csv", MISSILE_HEADER, MISSILE_ROWS)
    extractions = list(peer_extractions(path, "missile-attacks"))
    assert len(extractions) == 4
    first = extractions[0]
    report = first.report
    assert report.url == "https://www.facebook.com/kpszsu/posts/abc123"
    assert report.published is not None and report.published.isoformat() == (
        "2024-11-17T08:00:00+02:00"
    )
    assert [(c.action, c.quantity) for c in first.claims] == [
        ("launched", 60),
        ("intercepted", 55),
        ("suppressed", 3),
    ]
    for claim in first.claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
        assert claim.evidence.text.endswith(str(claim.quantity))
        assert (claim.claimant, claim.claimant_side, claim.claimant_kind) == (
            "Ukrainian Air Force",
            "ua",
            "military",
        )
        assert (claim.location, claim.attacker_side, claim.date) == ("UA", "ru", "2024-11-17")
        assert (claim.weapon, claim.model) == ("uav", "Shahed-136")
        assert claim.spans["weapon"].text == "Shahed-136/131"
    assert "Places hit: 2" in report.text
    # An empty cell is no claim; a zero is the table's statement.
    assert [(c.action, c.quantity) for c in extractions[1].claims] == [
        ("launched", 8),
        ("intercepted", 7),
    ]
    assert [(c.action, c.quantity) for c in extractions[2].claims] == [
        ("launched", 2),
        ("intercepted", 0),
        ("suppressed", 2),
    ]
    # Two rows with the same key in one file are two reports.
    assert extractions[3].report.id == extractions[2].report.id + "/2"


def test_destroyed_rows_one_claim_per_filled_cell(tmp_path: Path) -> None:
    path = write(
        tmp_path / "destroyed.csv",
        DESTROYED_HEADER,
        [
            destroyed_line("2023-02-05", "08:00:00", shahed=17, kalibr_missile=3, orlan=1),
            destroyed_line("2023-02-06", "07:00:00", shahed=12, helicopter_mi_8=1),
        ],
    )
    first, second = peer_extractions(path, "airforce-destroyed")
    assert first.report.id == "peer-airforce-destroyed:2023-02-05T08:00+02:00"
    assert {(c.weapon, c.model, c.quantity) for c in first.claims} == {
        ("uav", "Shahed-136", 17),
        ("cruise_missile", "Kalibr", 3),
        ("uav", "Orlan-10", 1),
    }
    assert {c.date for c in second.claims} == {"2023-02-06"}
    assert all(c.action == "intercepted" for c in first.claims + second.claims)


@pytest.mark.parametrize(
    ("header", "rows", "message"),
    [
        ("a,b,c", ["1,2,3"], "not this peer's table"),
        (
            DESTROYED_HEADER,
            [destroyed_line("2023-02-05", "08:00:00").replace(",,", ",x,", 1)],
            "not a count",
        ),
        (
            DESTROYED_HEADER,
            ["05.02.2023,08:00:00" + "," * len(DESTROYED_COLUMNS)],
            "not a date or time",
        ),
    ],
)
def test_bad_tables_are_refused_with_the_row(
    tmp_path: Path, header: str, rows: list[str], message: str
) -> None:
    path = write(tmp_path / "bad.csv", header, rows)
    with pytest.raises(PeerError, match=message):
        list(peer_extractions(path, "airforce-destroyed"))


def test_import_peer_writes_through_the_ledger_and_reruns_change_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "attacks.csv", MISSILE_HEADER, MISSILE_ROWS)
    db = tmp_path / "peer.db"
    args = ["import-peer", str(path), "--kind", "missile-attacks", "--db", str(db)]
    first = CliRunner().invoke(cli(), args)
    assert first.exit_code == 0, first.output
    assert "4 new" in first.output and "10 claims written" in first.output
    again = CliRunner().invoke(cli(), args)
    assert "4 unchanged" in again.output
    with Ledger.open(db, create=False) as ledger:
        assert ledger.counts()["claims"] == 10
        hits = ledger.search("Kalibr")
    assert len(hits) == 1


def test_import_peer_reports_a_bad_file_without_traceback(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", "a,b", ["1,2"])
    result = CliRunner().invoke(
        cli(),
        ["import-peer", str(path), "--kind", "missile-attacks", "--db", str(tmp_path / "x.db")],
    )
    assert result.exit_code == 1
    assert "not this peer's table" in result.output
