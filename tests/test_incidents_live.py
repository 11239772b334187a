"""Incidents kept up to date incrementally (claimledger.incidents.live) equal those computed
from the whole ledger after every batch written: new reports, edited ones (their claims moved
to other nights or gone), copies of texts across nights, country totals with their breakdowns
over several nights, claims with no night. On both backends."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from claimledger.incidents import Incident, build_incidents, records_from_ledger
from claimledger.incidents.live import LiveIncidents
from claimledger.ledger import Ledger
from claimledger.model import Claim, Extraction, Marker, Report, Span

# Many nights, few reports a batch: most nights are left alone by a batch, so what a batch
# changes on other nights (origins of copies, breakdown checks) must be found.
NIGHTS = [f"2024-11-{day:02d}" for day in range(1, 25)]
REGIONS = ["RU-BEL", "RU-KRS", "city:Kursk", "city:Belgorod", "UA-30", "UA-63", "RU", "UA", None]
CLAIMANTS: list[tuple[str | None, Any, Any]] = [
    ("Russian Ministry of Defence", "ru", "military"),
    ("Vyacheslav Gladkov", "ru", "official"),
    ("Ukrainian Air Force", "ua", "military"),
    (None, None, "outlet"),
    ("sources", "ru", "anonymous"),
]
ACTIONS: list[Any] = ["intercepted", "intercepted", "launched", "hit", "injured"]
WEAPONS: list[Any] = ["uav", "uav", "cruise_missile", "ballistic_missile", None]
MODELS = [None, None, None, "ATACMS"]
# Own sentences; a report may carry one unchanged (a copy of another channel's post).
TEXTS = [
    "Air defence systems on duty destroyed enemy drones over the region overnight, the "
    "ministry said, adding that nobody was hurt and no buildings were damaged.",
    "The governor wrote that drones were shot down on the approach to the city at night and "
    "that emergency services were working at the site where debris fell.",
    "The air force reported that the enemy launched drones and missiles against the country "
    "overnight and that most of them were intercepted by mobile fire groups.",
]
REGION_PLACES = {"city:Kursk": "RU-KRS", "city:Belgorod": "RU-BEL"}


class Places:
    """A gazetteer's place lookups for the codes above."""

    def region_of(self, code: str) -> str | None:
        return REGION_PLACES.get(code)

    def country_of(self, code: str) -> str | None:
        region = REGION_PLACES.get(code, code)
        return region[:2] if region[:2] in ("RU", "UA") else None


def _claim(rng: random.Random, text: str, **fixed: Any) -> Claim:
    claimant, side, kind = rng.choice(CLAIMANTS)
    fields: dict[str, Any] = {
        "action": rng.choice(ACTIONS),
        "quantity": rng.randint(1, 40),
        "weapon": rng.choice(WEAPONS),
        "model": rng.choice(MODELS),
        "location": rng.choice(REGIONS),
        "claimant": claimant,
        "claimant_side": side,
        "claimant_kind": kind,
        "date": rng.choice([*NIGHTS, None]),
        "qualifier": rng.choice(["exact", "exact", "approx"]),
    }
    fields.update(fixed)
    return Claim(evidence=Span(0, min(len(text), 40), text[:40]), **fields)


def _breakdown(rng: random.Random, text: str) -> list[Claim]:
    """A country total with its regional parts, on one night or on two (a total that adds up,
    or one that does not)."""
    same = {
        "action": "intercepted",
        "weapon": "uav",
        "claimant": "Russian Ministry of Defence",
        "claimant_side": "ru",
        "claimant_kind": "military",
        "model": None,
        "qualifier": "exact",
    }
    nights = rng.sample(NIGHTS, 2)
    parts = [
        _claim(rng, text, location=region, date=rng.choice(nights), **same)
        for region in rng.sample(["RU-BEL", "RU-KRS", "city:Kursk"], 2)
    ]
    total = sum(p.quantity for p in parts) + rng.choice([0, 0, 1])
    return [_claim(rng, text, location="RU", date=nights[0], quantity=total, **same), *parts]


def _extraction(rng: random.Random, number: int) -> Extraction:
    text = rng.choice(TEXTS)
    if rng.random() < 0.4:
        text += f" Update {number}: {rng.choice(['more details later', 'photo below'])}."
    published = None
    if rng.random() < 0.9:
        published = datetime(2024, 11, 19, 18, tzinfo=UTC) + timedelta(minutes=rng.randrange(7200))
    report = Report(
        text=text,
        id=f"r{number:04d}",
        source=rng.choice(["channel_a", "channel_b", "mod_russia", "kpszsu", "wire"]),
        published=published,
        lang="en",
        meta={"forwarded_from": "mod_russia"} if rng.random() < 0.1 else {},
    )
    claims = (
        _breakdown(rng, text)
        if rng.random() < 0.25
        else [_claim(rng, text) for _ in range(rng.randint(0, 3))]
    )
    markers = [Marker("denied", Span(0, 4, text[:4]))] if rng.random() < 0.05 else []
    return Extraction(report, claims, markers=markers)


def _dicts(incidents: list[Incident]) -> list[dict[str, Any]]:
    return [incident.to_dict() for incident in incidents]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_live_incidents_equal_full_recomputation(ledger_url: str, seed: int) -> None:
    rng = random.Random(seed)
    places = Places()
    live = LiveIncidents(places)
    written: list[int] = []
    with Ledger.open(ledger_url) as ledger:
        for batch in range(30):
            numbers = [len(written) + i for i in range(rng.randint(1, 4))]
            # Edits of reports written before: new text, claims on other nights, or none.
            numbers += rng.sample(written, min(len(written), rng.randint(0, 2)))
            extractions = [_extraction(rng, n) for n in numbers]
            written += [n for n in numbers if n not in written]
            ledger.write(extractions, batch_size=rng.choice([3, 50]))
            changes = live.refresh(ledger)
            full = build_incidents(records_from_ledger(ledger), places)
            assert _dicts(live.incidents()) == _dicts(full), f"batch {batch}"
            assert {i.key.night for i in full} == set(live.nights())
            if batch == 0:
                assert changes.reports == {f"r{n:04d}" for n in numbers}
        assert not live.refresh(ledger), "nothing written since"
        assert _dicts(live.incidents()) == _dicts(
            build_incidents(records_from_ledger(ledger), places)
        )


def test_live_incidents_compute_only_the_nights_touched(tmp_path: Any) -> None:
    places = Places()
    live = LiveIncidents(places)

    def report(number: int, night: str, location: str) -> Extraction:
        text = f"Report {number}: air defence shot down drones over the region on {night}."
        claim = Claim(
            "intercepted",
            number,
            Span(0, 6, text[:6]),
            "uav",
            location=location,
            claimant="Vyacheslav Gladkov",
            claimant_side="ru",
            claimant_kind="official",
            date=night,
        )
        return Extraction(Report(text, id=f"n{number}", source="channel_a", lang="en"), [claim])

    with Ledger.open(tmp_path / "ledger.db") as ledger:
        ledger.write([report(1, NIGHTS[0], "RU-BEL"), report(2, NIGHTS[1], "RU-KRS")])
        assert live.refresh(ledger).nights == {NIGHTS[0], NIGHTS[1]}
        ledger.write([report(3, NIGHTS[2], "RU-BEL")])
        changes = live.refresh(ledger)
        assert (changes.reports, changes.nights) == ({"n3"}, {NIGHTS[2]})
        # An edit moving a report's claim to another night computes both nights again.
        ledger.write([report(1, NIGHTS[3], "RU-BEL")])
        assert live.refresh(ledger).nights == {NIGHTS[0], NIGHTS[3]}
        assert [i.key.night for i in live.incidents()] == NIGHTS[1:4]
        assert live.night(NIGHTS[0]) == []
        assert not live.refresh(ledger, full=True)
    # A write whose time is long before the latest seen (committed late, or a clock set back)
    # is found by the counts of reports and versions.
    with Ledger.open(tmp_path / "ledger.db") as ledger:
        ledger.write([report(4, NIGHTS[4], "RU-KRS")])
    with sqlite3.connect(tmp_path / "ledger.db") as db:
        db.execute("UPDATE reports SET ingested_at = '2001-01-01T00:00:00+00:00' WHERE id = 'n4'")
    with Ledger.open(tmp_path / "ledger.db") as ledger:
        changes = live.refresh(ledger)
        assert (changes.reports, changes.nights) == ({"n4"}, {NIGHTS[4]})


def test_live_incidents_check_breakdowns_across_nights(tmp_path: Any) -> None:
    """A report's total on one night is checked against its claims on another, whose role a
    report written later on that other night can change: the first night is computed again."""
    places = Places()
    live = LiveIncidents(places)
    first, second = NIGHTS[0], NIGHTS[5]

    def claim(location: str, quantity: int, night: str, **fields: Any) -> Claim:
        values: dict[str, Any] = {
            "claimant": "Russian Ministry of Defence",
            "claimant_side": "ru",
            "claimant_kind": "military",
        }
        values.update(fields)
        return Claim(
            fields.pop("action", "intercepted"),
            quantity,
            Span(0, 4, "Test"),
            "uav",
            location=location,
            date=night,
            **{k: v for k, v in values.items() if k != "action"},
        )

    # A total of 10 on the first night: 4 in a region that night, and 6 the next night over
    # the country of the strike its report places in one region (counted with the region).
    spread = [
        claim("RU", 10, first),
        claim("RU-BEL", 4, first),
        claim("RU", 6, second, model="Lyutyi"),
        claim("RU-KRS", 3, second, model="Lyutyi", action="launched"),
    ]
    # Another report's total of 6 that night with its breakdown: the 6 above is that total.
    other = [claim("RU", 6, second), claim("RU-BEL", 6, second)]
    with Ledger.open(tmp_path / "ledger.db") as ledger:
        ledger.write([Extraction(Report("Spread over two nights.", id="y", lang="en"), spread)])
        live.refresh(ledger)
        ledger.write([Extraction(Report("The total of the night.", id="z", lang="en"), other)])
        assert first in live.refresh(ledger).nights
        full = build_incidents(records_from_ledger(ledger), places)
        assert _dicts(live.incidents()) == _dicts(full)
        assert any("adds up to 4" in flag for i in full for flag in i.flags)


def test_live_incidents_follow_a_ledger_replaced(tmp_path: Any) -> None:
    """Reports are never deleted, but a ledger file replaced by an older copy lacks some: a
    full refresh drops what it no longer finds."""
    places = Places()
    live = LiveIncidents(places)
    rng = random.Random(5)
    extractions = [_extraction(rng, n) for n in range(6)]
    with Ledger.open(tmp_path / "ledger.db") as ledger:
        ledger.write(extractions)
        live.refresh(ledger)
    with Ledger.open(tmp_path / "other.db") as ledger:
        ledger.write(extractions[:3])
        changes = live.refresh(ledger, full=True)
        assert {"r0003", "r0004", "r0005"} <= changes.reports
        full = build_incidents(records_from_ledger(ledger), places)
        assert _dicts(live.incidents()) == _dicts(full)


def test_web_state_serves_the_live_incidents(tmp_path: Any) -> None:
    """The dashboard's incidents after each write are those of a full recomputation."""
    from claimledger.web.overview import load_index
    from claimledger.web.settings import WebSettings
    from claimledger.web.state import WebState

    rng = random.Random(11)
    state = WebState(WebSettings(tmp_path / "ledger.db"))
    with Ledger.open(tmp_path / "ledger.db") as ledger:
        for batch in range(3):
            ledger.write([_extraction(rng, 10 * batch + n) for n in range(6)])
            served = state.incidents(ledger)
            full = load_index(ledger, state.gazetteer)
            assert _dicts(served.incidents) == _dicts(full.incidents)
            assert served.by_report.keys() == full.by_report.keys()
    assert state.live.refreshes == 3
