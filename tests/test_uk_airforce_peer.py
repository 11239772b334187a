"""The Air Force daily lists against a peer's table of the same pictures (shared corpus).

The peer (Vadimkin/ukrainian-air-forces-destroyed-targets-dataset) counts destroyed targets per
weapon type, one row per picture. `peer_column` maps a claim's (weapon, model) to the peer's
columns, following the peer's conventions: a list naming a Shahed counts as Shahed, a drone line
naming several other types or none counts as `uav_drones`, a missile line naming Kalibr among
other cruise missiles counts as Kalibr, a ballistic line of unknown type as `ballistic_missiles`.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest

from claimledger.extract.pipeline import read_report
from claimledger.model import Claim, Report
from claimledger.resources import Resources

SHARED = Path(__file__).resolve().parents[2] / "shared"
DAILY = SHARED / "corpus" / "uk-airforce-daily"
# Share of paired pictures whose counts all agree with the peer: measured 0.9843 (251 of 255).
AGREEMENT_FLOOR = 0.98

UAV_COLUMNS = {
    "Orlan-10": "orlan", "Orlan-30": "orlan", "Orion": "orion", "Lancet": "lancet",
    "Merlin-VR": "merlin", "Granat-4": "granat_4", "ZALA": "zala", "Mohajer-6": "mohajer_6",
}
AIRCRAFT_COLUMNS = {
    "Su-30SM": "fighter_su_30_cm", "Su-34": "fighter_su_34", "Su-35": "fighter_su_35",
    "Su-35S": "fighter_su_35", "Su-24M": "fighter_su_24m", "Su-25": "fighter_su_25",
    "A-50": "plane_a_50", "Il-22": "plane_il_22",
}
HELICOPTER_COLUMNS = {"Ka-52": "helicopter_k_52", "Mi-8": "helicopter_mi_8"}
MISSILE_COLUMNS = {
    "Kh-59": "kh_59_missile", "Kh-31P": "missile_kh_31p", "Kalibr": "kalibr_missile",
    "Kinzhal": "kinzhal_missile", "Iskander-M": "iskander_m_missile",
    "Iskander-K": "iskander_k_missile",
}
MISSILE_KIND_COLUMNS = {
    "cruise_missile": "cruise_missiles", "ballistic_missile": "ballistic_missiles",
    "missile": "missiles",
}


def peer_column(claim: Claim) -> str:
    """The peer's column for an intercepted claim; "unmapped:..." where the peer has none."""
    models = claim.model.split("/") if claim.model else []
    weapon = claim.weapon or "none"
    if weapon == "uav":
        if any(m.startswith("Shahed") for m in models):
            return "shahed"
        return UAV_COLUMNS.get(models[0], "uav_drones") if len(models) == 1 else "uav_drones"
    if weapon == "aircraft":
        return AIRCRAFT_COLUMNS.get("/".join(models), f"unmapped:{claim.model}")
    if weapon == "helicopter":
        return HELICOPTER_COLUMNS.get(models[0], "helicopter") if len(models) == 1 else "helicopter"
    if weapon in MISSILE_KIND_COLUMNS:
        return _missile_column(weapon, models)
    return f"unmapped:{weapon}"


def _missile_column(weapon: str, models: list[str]) -> str:
    if "Kalibr" in models and weapon == "cruise_missile":
        return "kalibr_missile"
    if "Iskander-M" in models and "Iskander-K" not in models:
        return "iskander_m_missile"
    if len(models) == 1 and models[0] in MISSILE_COLUMNS:
        return MISSILE_COLUMNS[models[0]]
    return MISSILE_KIND_COLUMNS[weapon]


def counts_of(claims: Iterable[Claim]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for claim in claims:
        if claim.action == "intercepted":
            counts[peer_column(claim)] += claim.quantity
    return dict(counts)


def peer_counts(row: dict[str, str]) -> dict[str, int]:
    return {
        k: int(v) for k, v in row.items() if v and k not in ("checkpoint_date", "checkpoint_time")
    }


@pytest.mark.skipif(not DAILY.exists(), reason="../shared not present (a user's clone has none)")
def test_daily_counts_agree_with_peer() -> None:
    with (DAILY / "peer-destroyed-counts.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    resources = Resources()
    paired = agreed = 0
    disagreements: list[str] = []
    with (DAILY / "summaries.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["peer_row"] is None:
                continue
            report = Report(
                text=record["text"], id=record["id"], source=record["channel"], lang="uk",
                published=datetime.fromisoformat(record["published"]),
            )
            mine = counts_of(read_report(report, "uk", resources).claims)
            peer = peer_counts(rows[record["peer_row"]])
            paired += 1
            if mine == peer:
                agreed += 1
            else:
                disagreements.append(f"{record['id']}: mine {mine} peer {peer}")
    share = agreed / paired
    assert paired > 250
    assert share >= AGREEMENT_FLOOR, "\n".join(disagreements)
