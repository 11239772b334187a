"""Incidents, independence and status on hand-made claims modelled on real nights."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from claimledger.incidents import ClaimRecord, Incident, build_incidents
from claimledger.incidents.assess import values_agree
from claimledger.incidents.cues import NO_CUES, Cues
from claimledger.incidents.simhash import distance, near_duplicate_groups, simhash
from claimledger.model import Claim, Span

REGIONS = {"city:Kaluga": "RU-KLU", "city:Bryansk": "RU-BRY", "city:Sumy": "UA-59"}


class Places:
    def region_of(self, code: str) -> str | None:
        return REGIONS.get(code)

    def country_of(self, code: str) -> str | None:
        region = REGIONS.get(code, code)
        return region[:2] if region[:2] in ("RU", "UA") else None


MOD = {
    "claimant": "Russian Ministry of Defence",
    "claimant_side": "ru",
    "claimant_kind": "military",
}
SHAPSHA = {"claimant": "Vladislav Shapsha", "claimant_side": "ru", "claimant_kind": "official"}
SHOT = {"claimant": "SHOT", "claimant_side": "ru", "claimant_kind": "outlet"}
PENTAGON = {
    "claimant": "Reuters source in the Pentagon",
    "claimant_side": "other",
    "claimant_kind": "anonymous",
}


def record(
    report: str,
    ordinal: int,
    source: str,
    who: dict[str, Any],
    *,
    text: str | None = None,
    markers: tuple[str, ...] = (),
    hour: int = 6,
    minute: int = 0,
    cues: Cues = NO_CUES,
    **fields: Any,
) -> ClaimRecord:
    base: dict[str, Any] = {
        "action": "intercepted",
        "weapon": "uav",
        "attacker_side": "ua",
        "date": "2024-11-22",
    }
    base.update(who)
    base.update(fields)
    claim = Claim(evidence=Span(0, 1, "x"), **base)
    return ClaimRecord(
        claim_id=f"{report}#{ordinal}",
        report_id=report,
        source=source,
        published=datetime(2024, 11, 22, hour, minute, tzinfo=UTC),
        claim=claim,
        fingerprint=simhash(text or f"{report} {source} unique text {ordinal}"),
        markers=markers,
        cues=cues,
    )


OWN_DATA = Cues(own_sources=True)
THREE_MORE = Cues("increment")


def kaluga_night() -> list[ClaimRecord]:
    mod_text = "Минобороны: над Брянской 12, над Калужской девять, над Курской два, всего 23"
    return [
        # The governor, relayed by one outlet: 6 on the outskirts of the city plus 1 in a district.
        record("bbc:1", 0, "BBC", SHAPSHA, quantity=6, location="city:Kaluga"),
        record("bbc:1", 1, "BBC", SHAPSHA, quantity=1, location="RU-KLU"),
        # The Ministry's total and breakdown, relayed in two posts of the same outlet.
        *[
            record(rid, i, "BBC", MOD, quantity=q, location=loc, text=mod_text + rid)
            for rid in ("bbc:2", "bbc:3")
            for i, (q, loc) in enumerate([(23, "RU"), (12, "RU-BRY"), (9, "RU-KLU"), (2, "RU-KRS")])
        ],
        # An outlet in its own voice, citing its own information ("По данным SHOT"): six,
        # then three more.
        record("shot:1", 0, "SHOT", SHOT, quantity=6, location="RU-KLU", cues=OWN_DATA),
        record("shot:1", 1, "SHOT", SHOT, quantity=3, location="RU-KLU", cues=THREE_MORE),
    ]


def by_place(incidents: list[Incident], place: str) -> Incident:
    (found,) = [i for i in incidents if i.key.place == place]
    return found


def test_kaluga_night_is_one_incident_with_three_origins() -> None:
    incidents = build_incidents(kaluga_night(), Places())
    kaluga = by_place(incidents, "RU-KLU")
    assert kaluga.id == "2024-11-22/RU-KLU/uav/ua"
    assert kaluga.report_count == 4
    assert kaluga.origin_count == 3
    values = {v.origin.label: v.quantity for v in kaluga.values["intercepted"]}
    assert values == {"Vladislav Shapsha": 7, "Russian Ministry of Defence": 9, "SHOT": 9}
    assert kaluga.status == "disputed"
    assert any("Vladislav Shapsha" in f and "says 7" in f for f in kaluga.flags)
    # The Ministry's 23 is the parent total of this incident, not an incident of its own.
    roles = {(c.record.claim.quantity, c.role) for c in kaluga.claims}
    assert (23, "total") in roles
    assert not [i for i in incidents if i.key.place == "RU"]
    # Two reports, one origin: the relay graph says who relayed whom.
    mod_relays = [r for r in kaluga.relays if r.origin == "Russian Ministry of Defence"]
    assert {r.report_id for r in mod_relays} == {"bbc:2", "bbc:3"}
    assert {r.how for r in mod_relays} == {"attribution"}


def test_breakdown_that_does_not_add_up_is_flagged() -> None:
    records = [
        record("r1", 0, "X", MOD, quantity=30, location="RU"),
        record("r1", 1, "X", MOD, quantity=12, location="RU-BRY"),
        record("r1", 2, "X", MOD, quantity=9, location="RU-KLU"),
    ]
    incidents = build_incidents(records, Places())
    assert all(any("adds up to 21" in f for f in i.flags) for i in incidents)


def test_atacms_night_disputed_between_independent_origins() -> None:
    night = {"date": "2024-11-19", "location": "RU-BRY", "weapon": "ballistic_missile"}
    records = [
        record(f"relay:{n}", i, f"channel {n}", MOD, action=a, quantity=q, **night)
        for n in range(5)
        for i, (a, q) in enumerate([("launched", 6), ("intercepted", 5)])
    ]
    records += [
        record("reuters:1", 0, "Reuters", PENTAGON, action="launched", quantity=8, **night),
        record("reuters:1", 1, "Reuters", PENTAGON, action="intercepted", quantity=2, **night),
    ]
    (incident,) = build_incidents(records, Places())
    assert incident.report_count == 6 and incident.origin_count == 2
    assert incident.status == "disputed"
    assert "Reuters source in the Pentagon" in " ".join(incident.reasons)
    assert {c.status for c in incident.claims} == {"disputed"}


def test_agreeing_independent_origins_corroborate_and_both_parties_confirm() -> None:
    mod = record("a", 0, "A", MOD, quantity=4, location="RU-KLU")
    gov = record("b", 0, "B", SHAPSHA, quantity=4, location="RU-KLU")
    (incident,) = build_incidents([mod, gov], Places())
    assert incident.status == "corroborated"
    ukraine = {
        "claimant": "Ukrainian General Staff",
        "claimant_side": "ua",
        "claimant_kind": "military",
    }
    launched = record("c", 0, "C", ukraine, action="launched", quantity=4, location="RU-KLU")
    launched_ru = record("d", 0, "D", MOD, action="launched", quantity=4, location="RU-KLU")
    (incident,) = build_incidents([launched, launched_ru], Places())
    assert incident.status == "confirmed"


def test_single_origin_is_claimed_and_markers_become_reasons() -> None:
    one = record("a", 0, "A", SHAPSHA, quantity=4, location="RU-KLU", markers=("unverified",))
    (incident,) = build_incidents([one], Places())
    assert incident.status == "claimed"
    assert any("independently verified" in r for r in incident.reasons)


def test_two_nights_are_never_merged_and_cities_join_their_region() -> None:
    first = record("a", 0, "A", SHAPSHA, quantity=4, location="city:Kaluga")
    second = record("b", 0, "B", SHAPSHA, quantity=4, location="RU-KLU", date="2024-11-23")
    incidents = build_incidents([first, second], Places())
    assert [i.id for i in incidents] == ["2024-11-22/RU-KLU/uav/ua", "2024-11-23/RU-KLU/uav/ua"]


def test_casualties_join_the_incident_of_their_place_and_night() -> None:
    downed = record("a", 0, "A", SHAPSHA, quantity=4, location="RU-KLU")
    killed = record(
        "a", 1, "A", SHAPSHA, action="killed", weapon=None, quantity=0, location="RU-KLU"
    )
    (incident,) = build_incidents([downed, killed], Places())
    assert {c.record.claim.action for c in incident.claims} == {"intercepted", "killed"}


def test_copied_text_in_own_voice_is_one_origin() -> None:
    text = "Ночью над Калужской областью сбиты четыре беспилотника, пострадавших нет. Подписывайся"
    a = record(
        "a",
        0,
        "Channel A",
        {**SHOT, "claimant": "Channel A"},
        text=text,
        quantity=4,
        location="RU-KLU",
    )
    b = record(
        "b",
        0,
        "Channel B",
        {**SHOT, "claimant": "Channel B"},
        text=text + " 🔥",
        hour=7,
        quantity=4,
        location="RU-KLU",
    )
    (incident,) = build_incidents([a, b], Places())
    assert incident.report_count == 2 and incident.origin_count == 1
    assert any(r.how == "near-identical text" and r.relayer == "Channel B" for r in incident.relays)


def test_more_destroyed_than_launched_is_flagged() -> None:
    ua_af = {"claimant": "Ukrainian Air Force", "claimant_side": "ua", "claimant_kind": "military"}
    common = {"attacker_side": "ru", "location": "UA"}
    records = [
        record("a", 0, "A", ua_af, action="launched", quantity=50, **common),
        record("a", 1, "A", ua_af, action="intercepted", quantity=45, **common),
        record("a", 2, "A", ua_af, action="suppressed", quantity=10, **common),
    ]
    (incident,) = build_incidents(records, Places())
    assert any("more than the 50" in f for f in incident.flags)


MIRROR = {"ru": "ua", "ua": "ru", "RU": "UA", "UA": "RU", "RU-KLU": "UA-59", "RU-BRY": "UA-63"}


def mirrored(rec: ClaimRecord) -> ClaimRecord:
    c = rec.claim
    claim = replace(
        c,
        claimant=f"mirror of {c.claimant}",
        claimant_side=MIRROR.get(c.claimant_side or "", c.claimant_side),  # type: ignore[arg-type]
        attacker_side=MIRROR.get(c.attacker_side or "", c.attacker_side),  # type: ignore[arg-type]
        location=MIRROR.get(c.location or "", c.location),
    )
    return replace(rec, claim=claim)


@pytest.mark.parametrize("scenario", ["kaluga", "agree", "single"])
def test_rules_are_symmetric_between_the_parties(scenario: str) -> None:
    records = {
        "kaluga": [r for r in kaluga_night() if r.claim.location != "city:Kaluga"],
        "agree": [
            record("a", 0, "A", MOD, quantity=4, location="RU-KLU"),
            record("b", 0, "B", SHAPSHA, quantity=4, location="RU-KLU"),
        ],
        "single": [record("a", 0, "A", SHAPSHA, quantity=4, location="RU-KLU")],
    }[scenario]
    original = build_incidents(records, Places())
    mirror = build_incidents([mirrored(r) for r in records], Places())
    assert [i.status for i in original] == [i.status for i in mirror]
    assert [(i.report_count, i.origin_count, len(i.flags)) for i in original] == [
        (i.report_count, i.origin_count, len(i.flags)) for i in mirror
    ]
    assert [i.key.attacker for i in mirror] == [MIRROR[i.key.attacker] for i in original]


@pytest.mark.parametrize(
    ("a", "qa", "b", "qb", "agree"),
    [
        (9, "exact", 9, "exact", True),
        (9, "exact", 10, "exact", True),
        (7, "exact", 9, "exact", False),
        (20, "at_least", 25, "exact", True),
        (20, "at_least", 15, "exact", False),
        (30, "approx", 27, "exact", True),
        (10, "at_most", 8, "exact", True),
        (0, "exact", 4, "exact", False),
    ],
)
def test_tolerance(a: int, qa: str, b: int, qb: str, agree: bool) -> None:
    assert values_agree(a, qa, b, qb) is agree


def test_simhash_groups_near_copies_only() -> None:
    base = (
        "Над Брянской областью ночью уничтожены двенадцать беспилотников "
        "самолетного типа, сообщили в Минобороны"
    )
    copy = base + " ❗️"
    other = "В Москве открылась выставка современного искусства, вход свободный до конца месяца"
    assert distance(simhash(base), simhash(copy)) <= 6
    assert distance(simhash(base), simhash(other)) > 6
    assert near_duplicate_groups([simhash(base), simhash(other), simhash(copy)]) == [0, 1, 0]


def test_country_level_account_of_a_named_strike_joins_its_region() -> None:
    night = {"date": "2024-11-19", "weapon": "ballistic_missile", "model": "ATACMS"}
    records = [
        record("r", 0, "R", PENTAGON, action="launched", quantity=8, location="RU", **night),
        record("r", 1, "R", MOD, action="launched", quantity=6, location="RU-BRY", **night),
    ]
    (incident,) = build_incidents(records, Places())
    assert incident.id == "2024-11-19/RU-BRY/missile/ua" and incident.origin_count == 2
    unnamed = [
        record("s", 0, "S", MOD, quantity=42, location="RU"),
        record("s", 1, "S", SHAPSHA, quantity=5, location="RU-KLU"),
    ]
    assert {i.key.place for i in build_incidents(unnamed, Places())} == {"RU", "RU-KLU"}


def test_a_digest_relaying_a_total_joins_the_breakdowns_of_that_total() -> None:
    records = [
        record("full", 0, "BBC", MOD, quantity=23, location="RU"),
        record("full", 1, "BBC", MOD, quantity=9, location="RU-KLU"),
        record("full", 2, "BBC", MOD, quantity=14, location="RU-BRY"),
        record("digest", 0, "BBC", MOD, quantity=23, location="RU", hour=8),
    ]
    incidents = build_incidents(records, Places())
    assert {i.key.place for i in incidents} == {"RU-KLU", "RU-BRY"}
    kaluga = by_place(incidents, "RU-KLU")
    assert {c.record.report_id for c in kaluga.claims} == {"full", "digest"}
    assert kaluga.origin_count == 1 and kaluga.report_count == 2


def test_a_collective_description_beside_a_named_official_is_one_origin() -> None:
    governors = {
        "claimant": "regional governors",
        "claimant_side": "ru",
        "claimant_kind": "official",
    }
    records = [
        record("bbc", 0, "BBC", governors, quantity=7, location="RU-KLU"),
        record("bbc", 1, "BBC", SHAPSHA, quantity=7, location="RU-KLU"),
        record("mod", 0, "MoD", MOD, quantity=9, location="RU-KLU"),
    ]
    (incident,) = build_incidents(records, Places())
    assert incident.origin_count == 2
    alone = [record("bbc", 0, "BBC", governors, quantity=7, location="RU-KLU")]
    assert build_incidents(alone, Places())[0].claims[0].origin.label == "regional governors"
