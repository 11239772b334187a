"""Origins on the whole corpus, against a hand count and against the relay rules themselves.

The hand count below was made by reading the posts of each night (found in
shared/corpus/ru-telegram/posts.jsonl by date and the region's and officials' names), before the
origin rules were written, never from the system's output. An origin is a party who first
asserted one of the incident's quantified claims (the annotation guide's claims, "no
casualties" included); a channel repeating, in its own voice or not, an official's numbers
published earlier is that official; a channel giving its own information ("По данным SHOT",
"как рассказали SHOT местные жители") is an origin of its own.

The whole corpus (every text corpus of shared/corpus, about 23,000 reports) is ingested once
for the module; it takes about two minutes.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest

from claimledger.extract import Extractor
from claimledger.incidents import Incident, load_incidents
from claimledger.incidents.identity import actor_named
from claimledger.incidents.incident import IncidentClaim
from claimledger.incidents.simhash import MAX_DISTANCE, distance
from claimledger.ledger import Ledger
from claimledger.sources.readers import read_reports

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPORA = [
    SHARED / "ru-telegram" / "posts.jsonl",
    SHARED / "news-ru" / "texts.jsonl",
    SHARED / "news-uk" / "texts.jsonl",
    SHARED / "news-en" / "texts.jsonl",
    SHARED / "en-news" / "articles.jsonl",
    SHARED / "uk-airforce-daily" / "summaries.jsonl",
]
pytestmark = pytest.mark.skipif(
    not all(p.exists() for p in CORPORA), reason="../shared not present (a user's clone has none)"
)

# (incident, origins by hand, who they are)
HAND_COUNT = [
    ("2024-11-22/RU-KLU/uav/ua", 3, "Shapsha; Ministry; SHOT's own data (6, then 3 more)"),
    (
        "2024-11-10/RU-MOS/uav/ua",
        6,
        "Sobyanin (2, +2, +8, +5, 22, +3, +7 = 32); Ministry 34; "
        "Vorobyov (1 injured); Ramenskoye head via BBC (3 + 2 injured); 112 (2 injured, then 1); "
        "SHOT's own data (1 injured)",
    ),
    ("2024-11-19/RU-BRY/missile/ua", 2, "Ministry 6/5; Reuters' Pentagon source 8/2"),
    ("2024-11-22/RU-BRY/uav/ua", 2, "Bogomaz 2, +5, then 11; Ministry 12"),
    ("2024-11-16/RU-KLU/uav/ua", 2, "Shapsha (Lyudinovo, no casualties); Ministry 1"),
    ("2024-11-25/RU-KLU/uav/ua", 2, "Shapsha 3, then 8; Ministry 8 (a channel's own-voice 8)"),
    (
        "2024-12-01/RU-BRY/uav/ua",
        3,
        "Bogomaz 7, +3, +8, a child killed; Ministry 20; "
        "residents via SHOT (drone hit a block of flats; Mash and Dvach copy it)",
    ),
    ("2024-10-20/RU-MOS/uav/ua", 2, "Sobyanin 1; Ministry 1 over Moscow Oblast"),
    ("2024-11-18/RU-MOS/uav/ua", 2, "Sobyanin 1, then 1 more; Ministry 2"),
    ("2024-11-29/RU-ROS/uav/ua", 2, "Slyusar 30; Ministry 29"),
    ("2024-11-19/RU-VOR/uav/ua", 1, "Gusev: more than five (SHOT and Mash restate him)"),
    ("2024-11-20/RU-SMO/uav/ua", 2, "Anokhin 5, then 7; Ministry 2"),
    ("2024-11-28/RU-KDA/uav/ua", 2, "Kondratyev (1 injured); Ministry 14"),
    ("2024-11-20/RU-MOS/uav/ua", 1, "Ministry 2"),
    ("2024-11-24/RU-KRS/uav/ua", 2, "Smirnov 27; Ministry 27"),
    ("2024-11-27/RU-ROS/uav/ua", 2, "Slyusar 10; Ministry 10"),
    ("2024-11-28/RU-BRY/uav/ua", 2, "Bogomaz 5; Ministry 6"),
]
AGREEING = 14  # of the 17: the issue asks for at least 14 equal to the hand count
WINDOW_MINUTES = 5  # claimledger.incidents.relays.WINDOW


@pytest.fixture(scope="module")
def incidents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Incident]:
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    extractor = Extractor()
    with Ledger.open(db) as ledger:
        ledger.write(extractor.extract(r) for r in read_reports(CORPORA))
    return {i.id: i for i in load_incidents(db)}


def test_origins_equal_the_hand_count(incidents: dict[str, Incident]) -> None:
    rows = [(key, hand, incidents[key].origin_count) for key, hand, _ in HAND_COUNT]
    for key, hand, computed in rows:
        print(f"{key:30} hand {hand}  computed {computed}")
    assert len(rows) >= 15
    assert sum(hand == computed for _, hand, computed in rows) >= AGREEING
    assert incidents["2024-11-22/RU-KLU/uav/ua"].origin_count <= 4
    assert incidents["2024-11-10/RU-MOS/uav/ua"].origin_count <= 6


def test_the_atacms_night_stays_two_origins_and_disputed(incidents: dict[str, Incident]) -> None:
    """The night's reports give the hand count's two origins. Since round 17 the place of a
    strike told in the next sentence ("ATACMS атаковали военные объекты на территории Брянской
    области") also brings President Putin's address of 21 November, a party of his own under
    the relay rules (no channel relaying the ministry): a third origin, named here."""
    atacms = incidents["2024-11-19/RU-BRY/missile/ua"]
    assert (atacms.report_count, atacms.origin_count, atacms.status) == (10, 3, "disputed")
    assert "Vladimir Putin" in {c.origin.label for c in atacms.claims}


def test_the_mayors_night_is_his_latest_total(incidents: dict[str, Incident]) -> None:
    moscow = incidents["2024-11-10/RU-MOS/uav/ua"]
    values = {v.origin.label: v.quantity for v in moscow.values["intercepted"]}
    assert values == {"Sergei Sobyanin": 32, "Russian Ministry of Defence": 34}
    assert not [f for f in moscow.flags if "more than the" in f]


def _own_voice(c: IncidentClaim) -> bool:
    """An outlet's own-voice claim that the rules left its own (not merged as a relay)."""
    return (
        c.record.claim.claimant_kind == "outlet"
        and not c.record.forwarded_from
        and c.link.how in ("own voice", "near-identical text")
    )


def _attributed(c: IncidentClaim) -> bool:
    return c.record.claim.claimant_kind != "outlet"


def _relay_links(a: list[IncidentClaim], b: list[IncidentClaim]) -> Iterator[str]:
    """The relay links the issue names between two origins' claims, found afresh."""
    actor_a, actor_b = actor_named(a[0].origin.label), actor_named(b[0].origin.label)
    if actor_a is not None and actor_a == actor_b:
        yield f"one actor: {actor_a.id}"
    for x, y in ((a, b), (b, a)):
        for later in y:
            forwarded = actor_named(later.record.forwarded_from)
            if forwarded is not None and forwarded == actor_named(x[0].origin.label):
                yield f"{later.record.report_id} forwards {x[0].origin.label}"
            for earlier in x:
                e, r = earlier.record, later.record
                if (
                    e.report_id != r.report_id
                    and distance(e.fingerprint, r.fingerprint) <= MAX_DISTANCE
                ):
                    yield f"{r.report_id} near-identical to {e.report_id}"
                if (
                    _own_voice(later)
                    and _attributed(earlier)
                    and r.claim.action == e.claim.action
                    and r.claim.quantity == e.claim.quantity
                    and e.published is not None
                    and r.published is not None
                    and (e.published - r.published).total_seconds() <= WINDOW_MINUTES * 60
                ):
                    what = f"{e.claim.action} {e.claim.quantity}"
                    yield f"{r.report_id} repeats {e.report_id}'s {what}"


def test_no_incident_is_corroborated_by_origins_linked_as_relays(
    incidents: dict[str, Incident],
) -> None:
    """Merge the origins of every corroborated or confirmed action that a relay link joins:
    at least two independent ones must remain."""
    found = []
    for incident in incidents.values():
        for action, values in incident.values.items():
            statuses = {c.status for c in incident.claims if c.record.claim.action == action}
            if not statuses & {"corroborated", "confirmed"}:
                continue
            by_origin: dict[str, list[IncidentClaim]] = {}
            for c in incident.claims:
                if c.role != "total" and c.record.claim.action == action:
                    by_origin.setdefault(c.origin.key, []).append(c)
            group = {v.origin.key: v.origin.key for v in values}
            links = []
            for one, other in combinations(list(group), 2):
                link = next(_relay_links(by_origin[one], by_origin[other]), None)
                if link:
                    links.append(link)
                    old, new = group[other], group[one]
                    group = {k: new if g == old else g for k, g in group.items()}
            if len(set(group.values())) < 2:
                found.append(f"{incident.id} {action}: {'; '.join(links)}")
    assert not found, "\n".join(found)
