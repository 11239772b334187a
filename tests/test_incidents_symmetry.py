"""The rules take no side and read no language: one night told in Russian, Ukrainian and English
gives the same origins, relays, statuses and reasons, and so does the night with the parties'
sides mirrored. The night has a governor's count and its update, an outlet relaying the running
total in its own voice, an independent Ministry, an outlet's hedged own account, and markers
(unverified, hedged, no comment, denied) as extraction gives them in any language: kinds."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from claimledger.incidents import ClaimRecord, Incident, build_incidents
from incident_texts import GOVERNOR, MINISTRY, Said, outlet, post, records

REGIONS = {"RU-KLU": "RU-KLU", "UA-59": "UA-59"}
MIRROR = {"ru": "ua", "ua": "ru", "RU-KLU": "UA-59"}


class Places:
    def region_of(self, code: str) -> str | None:
        return REGIONS.get(code)

    def country_of(self, code: str) -> str | None:
        return code[:2] if code[:2] in ("RU", "UA") else None


# The words of each post in each language; numbers are found in the text by these words.
TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "count": ("Шапша: над областью сбиты два беспилотника.", "два"),
        "more": ("Шапша: сбиты ещё три беспилотника.", "три"),
        "total": (
            "Всего над областью сбиты пять беспилотников. Пострадавших нет.",
            "пять",
            "Пострадавших нет",
        ),
        "ministry": ("Минобороны: над областью уничтожены пять беспилотников.", "пять"),
        "hedged": (
            "Предположительно, область атаковали семь беспилотников. Украина не комментирует.",
            "семь",
        ),
        "alone": ("Предположительно, над областью сбиты четыре беспилотника.", "четыре"),
    },
    "uk": {
        "count": ("Шапша: над областю збито два безпілотники.", "два"),
        "more": ("Шапша: збито ще три безпілотники.", "три"),
        "total": (
            "Загалом над областю збито п'ять безпілотників. Постраждалих немає.",
            "п'ять",
            "Постраждалих немає",
        ),
        "ministry": ("Міноборони РФ: над областю знищено п'ять безпілотників.", "п'ять"),
        "hedged": ("Нібито область атакували сім безпілотників. Україна не коментує.", "сім"),
        "alone": ("Нібито над областю збито чотири безпілотники.", "чотири"),
    },
    "en": {
        "count": ("Shapsha said two drones were shot down over the region.", "two"),
        "more": ("Shapsha said three more drones were shot down.", "three"),
        "total": (
            "In total, five drones were shot down over the region. No one was hurt.",
            "five",
            "No one was hurt",
        ),
        "ministry": (
            "The Defence Ministry said five drones were destroyed over the region.",
            "five",
        ),
        "hedged": (
            "Reportedly, seven drones attacked the region. Ukraine has not commented.",
            "seven",
        ),
        "alone": ("Reportedly, four drones were shot down over the region.", "four"),
    },
}
ZERO = {"action": "injured", "weapon": None}


def night(lang: str, scenario: str) -> list[ClaimRecord]:
    t = TEXTS[lang]
    if scenario == "alone":
        # An outlet's hedged own account earlier than the governor's equal count: two
        # origins that agree, but only one asserts it.
        return records(
            post(
                "h",
                "Channel E",
                "04:00",
                t["alone"][0],
                Said(t["alone"][1], 4, outlet("Channel E")),
                markers=("hedged",),
                lang=lang,
            ),
            post("g", "Channel A", "05:00", "Шапша: 4.", Said("4", 4, GOVERNOR), lang=lang),
        )
    posts = [
        post(
            "r1", "Channel A", "05:00", t["count"][0], Said(t["count"][1], 2, GOVERNOR), lang=lang
        ),
        post("r2", "Channel A", "05:30", t["more"][0], Said(t["more"][1], 3, GOVERNOR), lang=lang),
        post(
            "r3",
            "Channel B",
            "06:00",
            t["total"][0],
            Said(t["total"][1], 5, outlet("Channel B")),
            Said(t["total"][2], 0, outlet("Channel B"), ZERO),
            markers=("unverified",),
            lang=lang,
        ),
        post(
            "r4", "MoD", "06:30", t["ministry"][0], Said(t["ministry"][1], 5, MINISTRY), lang=lang
        ),
        post(
            "r5",
            "Channel C",
            "07:00",
            t["hedged"][0],
            Said(t["hedged"][1], 7, outlet("Channel C"), {"action": "launched"}),
            markers=("hedged", "no_comment"),
            lang=lang,
        ),
    ]
    if scenario == "denied":
        posts[3] = post(
            "r4",
            "MoD",
            "06:30",
            t["ministry"][0],
            Said(t["ministry"][1], 5, MINISTRY),
            markers=("denied",),
            lang=lang,
        )
    return records(*posts)


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


def reading(incidents: list[Incident]) -> list[dict[str, Any]]:
    """What must not depend on the language: everything but the evidence text."""
    return [
        {
            "status": i.status,
            "reasons": i.reasons,
            "flags": i.flags,
            "origins": i.origin_count,
            "timeline": i.timeline,
            "links": [(c.record.claim_id, c.origin.label, c.link) for c in i.claims],
        }
        for i in incidents
    ]


def shape(incidents: list[Incident]) -> list[tuple[Any, ...]]:
    """What must not depend on the parties: statuses, counts and the links used."""
    return [
        (
            i.status,
            i.origin_count,
            i.report_count,
            len(i.flags),
            [r for r in i.reasons if "reports by link" in r],
            [(e["event"], e["report_id"], e["how"], e["echoes"]) for e in i.timeline],
        )
        for i in incidents
    ]


def build(recs: list[ClaimRecord]) -> list[Incident]:
    return build_incidents(recs, Places())


@pytest.mark.parametrize("scenario", ["night", "denied", "alone"])
def test_three_languages_give_the_same_origins_statuses_and_reasons(scenario: str) -> None:
    ru, uk, en = (reading(build(night(lang, scenario))) for lang in ("ru", "uk", "en"))
    assert ru == uk == en


@pytest.mark.parametrize("lang", ["ru", "uk", "en"])
@pytest.mark.parametrize("scenario", ["night", "denied", "alone"])
def test_mirrored_sides_give_the_same_statuses_and_links(lang: str, scenario: str) -> None:
    recs = night(lang, scenario)
    original, mirror = build(recs), build([mirrored(r) for r in recs])
    assert shape(original) == shape(mirror)
    assert [MIRROR[i.key.place] for i in original] == [i.key.place for i in mirror]


def test_what_the_night_shows() -> None:
    (incident,) = build(night("en", "night"))
    # Governor 2 + 3 more; the outlet's "5 in total" relays his running total; the Ministry
    # agrees independently; the hedged outlet is alone on launches.
    assert incident.origin_count == 3
    values = {(v.action, v.origin.label): v.quantity for vs in incident.values.values() for v in vs}
    assert values == {
        ("intercepted", "Vladislav Shapsha"): 5,
        ("intercepted", "Russian Ministry of Defence"): 5,
        ("injured", "Vladislav Shapsha"): 0,
        ("launched", "Channel C"): 7,
    }
    assert incident.status == "corroborated"
    kinds = [
        r.split(":")[0]
        for r in incident.reasons
        if r.split(":")[0] in ("hedged", "unverified", "no_comment")
    ]
    assert kinds == ["unverified", "no_comment", "hedged"]
    (relay,) = [e for e in incident.timeline if e["report_id"] == "r3"]
    assert (relay["how"], relay["echoes"], relay["minutes"]) == ("probable relay", "r2", 30)


def test_a_denial_disputes_and_a_hedged_own_account_corroborates_nothing() -> None:
    (denied,) = build(night("uk", "denied"))
    assert denied.status == "disputed"
    (alone,) = build(night("ru", "alone"))
    assert alone.origin_count == 2 and alone.status == "claimed"
    assert any("only one asserts it unhedged" in r for r in alone.reasons)
