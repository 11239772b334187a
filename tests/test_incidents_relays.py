"""Origin resolution: registry names, probable relays, running totals, own sources, copies,
the timeline and the arithmetic of "N, then M more", on posts modelled on real nights."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.incidents import Incident, build_incidents
from claimledger.incidents.cues import read_cues
from claimledger.model import Claim, Span
from incident_texts import GOVERNOR, MINISTRY, Said, outlet, post, records

KALUGA = {"RU-KLU": "RU-KLU"}


class Places:
    def region_of(self, code: str) -> str | None:
        return KALUGA.get(code)

    def country_of(self, code: str) -> str | None:
        return code[:2] if code[:2] in ("RU", "UA") else None


def one(*posts: object) -> Incident:
    (incident,) = build_incidents(records(*posts), Places())  # type: ignore[arg-type]
    return incident


def origins(incident: Incident) -> set[str]:
    return {c.origin.label for c in incident.claims if c.role != "total"}


def test_a_forward_from_the_ministrys_channel_title_is_the_ministry() -> None:
    forwarded = post(
        "tg:1",
        "Some channel",
        "05:00",
        "Над Калужской областью уничтожены девять беспилотников.",
        Said("девять", 9, outlet("Some channel", side=None)),  # type: ignore[arg-type]
        meta={"forwarded_from": "Минобороны России"},
    )
    relayed = post(
        "tg:2",
        "Other channel",
        "05:30",
        "Минобороны: над Калужской областью сбиты девять беспилотников.",
        Said("девять", 9, MINISTRY),
    )
    incident = one(forwarded, relayed)
    assert origins(incident) == {"Russian Ministry of Defence"}
    (forward,) = [c for c in incident.claims if c.record.report_id == "tg:1"]
    assert forward.origin.side == "ru" and forward.link.how == "forward"


def test_an_outlets_own_voice_repeat_of_a_governors_count_is_a_probable_relay() -> None:
    # A channel restating a governor's "5" in its own voice half an hour later: one origin,
    # claimed, never corroborated by itself.
    governor = post(
        "a",
        "Channel A",
        "06:00",
        "Губернатор: сбиты пять беспилотников.",
        Said("пять", 5, GOVERNOR),
    )
    echo = post(
        "b",
        "Channel B",
        "06:30",
        "Над Калужской областью сбиты пять беспилотников, пострадавших нет.",
        Said("пять", 5, outlet("Channel B")),
        Said("пострадавших нет", 0, outlet("Channel B"), {"action": "injured", "weapon": None}),
    )
    incident = one(governor, echo)
    assert incident.origin_count == 1 and incident.status == "claimed"
    relay = [c for c in incident.claims if c.record.report_id == "b"]
    assert {c.link.how for c in relay} == {"probable relay"}
    assert {(c.link.echoes, round(c.link.minutes or 0)) for c in relay} == {("a", 30)}
    assert any("probable relay 1" in r for r in incident.reasons)
    (entry,) = [e for e in incident.timeline if e["report_id"] == "b"]
    assert (entry["event"], entry["echoes"], entry["minutes"]) == ("relay", "a", 30)


@pytest.mark.parametrize(("when", "relay"), [("05:57", True), ("05:40", False)])
def test_an_own_voice_copy_may_precede_the_first_attributed_report_by_minutes(
    when: str, relay: bool
) -> None:
    own = post("b", "Channel B", when, "Сбиты пять беспилотников.", Said("пять", 5, outlet("B")))
    governor = post(
        "a",
        "Channel A",
        "06:00",
        "Губернатор: сбиты пять беспилотников.",
        Said("пять", 5, GOVERNOR),
    )
    incident = one(own, governor)
    assert incident.origin_count == (1 if relay else 2)
    assert incident.status == ("claimed" if relay else "corroborated")


def test_a_number_in_an_update_appended_later_has_no_time_of_its_own() -> None:
    text = "Аэропорты закрыты.\n\nUPD: Пять БПЛА сбиты над областью."
    own = post("b", "Channel B", "05:00", text, Said("Пять", 5, outlet("B")))
    governor = post(
        "a",
        "Channel A",
        "05:40",
        "Губернатор: сбиты пять беспилотников.",
        Said("пять", 5, GOVERNOR),
    )
    assert one(own, governor).origin_count == 1


def test_an_outlet_citing_its_own_information_stays_an_origin_but_corroborates_nothing() -> None:
    ministry = post(
        "m", "BBC", "04:18", "Минобороны: девять сбиты над Калужской.", Said("девять", 9, MINISTRY)
    )
    shot = post(
        "s",
        "SHOT",
        "06:51",
        "По данным SHOT, шесть БПЛА попытались атаковать нефтебазу. Все беспилотники были "
        "уничтожены. Ещё три дрона направлялись к объекту — они также были уничтожены ПВО.",
        Said("шесть", 6, outlet("SHOT"), {"action": "launched"}),
        Said("Все беспилотники", 6, outlet("SHOT")),
        Said("три", 3, outlet("SHOT")),
    )
    incident = one(ministry, shot)
    assert origins(incident) == {"Russian Ministry of Defence", "SHOT"}
    values = {v.origin.label: v.quantity for v in incident.values["intercepted"]}
    assert values == {"Russian Ministry of Defence": 9, "SHOT": 9}
    assert incident.status == "claimed"
    assert any("possible echo" in r for r in incident.reasons)
    # Six launched, then three more: nine intercepted is no arithmetic problem.
    assert not [f for f in incident.flags if "more than the" in f]


def test_more_intercepted_than_launched_without_more_is_still_flagged() -> None:
    shot = post(
        "s",
        "SHOT",
        "06:51",
        "Шесть БПЛА атаковали нефтебазу. Девять беспилотников были уничтожены.",
        Said("Шесть", 6, outlet("SHOT"), {"action": "launched"}),
        Said("Девять", 9, outlet("SHOT")),
    )
    assert any("more than the 6" in f for f in one(shot).flags)


def sobyanin_night() -> list[object]:
    mayor = {"claimant": "Sergei Sobyanin", "claimant_side": "ru", "claimant_kind": "official"}
    m = {"location": "RU-MOS"}
    return [
        post("1", "Mash", "05:40", "Два беспилотника сбиты, — Собянин.", Said("Два", 2, mayor, m)),
        post("2", "A", "05:46", "Ещё два беспилотника сбиты, — Собянин.", Said("два", 2, mayor, m)),
        post("3", "B", "05:47", "Ещё два беспилотника сбиты, — Собянин.", Said("два", 2, mayor, m)),
        post(
            "4",
            "Mash",
            "05:54",
            "Всего было уничтожено четыре дрона.",
            Said("четыре", 4, outlet("Mash"), m),
        ),
        post(
            "5",
            "A",
            "06:00",
            "Ещё восемь беспилотников сбиты, — Собянин.",
            Said("восемь", 8, mayor, m),
        ),
        post("6", "C", "06:02", "8 беспилотников сбиты, — Собянин.", Said("8", 8, mayor, m)),
        post(
            "7", "A", "06:11", "Сбито ещё пять беспилотников, — Собянин.", Said("пять", 5, mayor, m)
        ),
        post(
            "8",
            "B",
            "06:26",
            "Сбито ещё пять штук. На данный момент уничтожено 22 беспилотника, — Собянин.",
            Said("пять", 5, mayor, m),
            Said("22", 22, mayor, m),
        ),
        post(
            "9",
            "SHOT",
            "06:38",
            "Число сбитых БПЛА достигло 25.",
            Said("25", 25, outlet("SHOT"), m),
        ),
        post(
            "10", "A", "06:35", "Ещё три беспилотника сбиты, — Собянин.", Said("три", 3, mayor, m)
        ),
        post(
            "11",
            "A",
            "06:57",
            "Сбито ещё семь беспилотников, сообщил Собянин. На данный момент уничтожено 32.",
            Said("семь", 7, mayor, m),
            Said("32", 32, mayor, m),
        ),
        # A morning digest recounting the night: its "two more" is inside the 32.
        post(
            "12",
            "SHOT",
            "07:33",
            "Через шесть минут Сергей Собянин сообщил о уничтожении ещё двух беспилотников.",
            Said("двух", 2, mayor, m),
        ),
    ]


def test_a_mayors_running_count_is_one_account_whose_latest_total_stands() -> None:
    (incident,) = build_incidents(records(*sobyanin_night()), Places())  # type: ignore[arg-type]
    assert origins(incident) == {"Sergei Sobyanin"}
    (value,) = incident.values["intercepted"]
    assert value.quantity == 32
    assert incident.status == "claimed" and not incident.flags
    own = {c.record.report_id: c for c in incident.claims if c.record.source in ("Mash", "SHOT")}
    # Mash's "4 in all" is the mayor's 2 + 2 more; SHOT's 25 his 22 + 3 more.
    assert own["4"].link.how == own["9"].link.how == "probable relay"
    assert own["4"].link.echoes == "2" and own["9"].link.echoes == "10"


def test_a_relay_of_an_earlier_update_is_the_same_origin_not_a_disagreement() -> None:
    governor = {**GOVERNOR, "claimant": "Alexander Bogomaz"}
    b = {"location": "RU-BRY"}
    night = [
        post(
            "1",
            "RIA",
            "01:00",
            "Два беспилотника сбиты, сообщил губернатор.",
            Said("Два", 2, governor, b),
        ),
        post(
            "2",
            "RIA",
            "03:00",
            "Ещё пять беспилотников сбиты, — губернатор.",
            Said("пять", 5, governor, b),
        ),
        post(
            "3",
            "RIA",
            "05:00",
            "К утру сбито 11 беспилотников, — губернатор.",
            Said("11", 11, governor, b),
        ),
        post(
            "4",
            "Channel",
            "05:30",
            "Над областью сбиты два беспилотника.",
            Said("два", 2, outlet("Channel"), b),
        ),
    ]
    (incident,) = build_incidents(records(*night), Places())  # type: ignore[arg-type]
    assert incident.origin_count == 1 and incident.status == "claimed"
    assert [v.quantity for v in incident.values["intercepted"]] == [11]


def test_a_sentence_copied_word_for_word_is_the_same_origin() -> None:
    sentence = (
        "Один человек, предварительно, пострадал в результате падения обломков БПЛА на частный "
        "дом в подмосковной деревне Становое под Раменским."
    )
    injured = {"action": "injured", "weapon": None}
    first = post(
        "s",
        "SHOT",
        "06:54",
        sentence + " Всего уничтожено много.",
        Said("Один", 1, outlet("SHOT"), injured),
    )
    copy = post(
        "m", "Moskvach", "06:56", "❗️ " + sentence, Said("Один", 1, outlet("Moskvach"), injured)
    )
    incident = one(first, copy)
    assert origins(incident) == {"SHOT"}
    (copied,) = [c for c in incident.claims if c.record.report_id == "m"]
    assert (copied.link.how, copied.link.echoes) == ("near-identical text", "s")


def test_a_collective_description_elsewhere_in_the_incident_is_the_one_official_named() -> None:
    governor = post("a", "BBC", "03:32", "Шапша: сбиты семь.", Said("семь", 7, GOVERNOR))
    digest = post(
        "b",
        "BBC",
        "06:11",
        "Губернаторы утверждают, что жертв нет.",
        Said(
            "жертв нет",
            0,
            {"claimant": "regional governors", "claimant_side": "ru", "claimant_kind": "official"},
            {"action": "killed", "weapon": None},
        ),
    )
    incident = one(governor, digest)
    assert origins(incident) == {"Vladislav Shapsha"}
    (folded,) = [c for c in incident.claims if c.record.report_id == "b"]
    assert (folded.link.how, folded.link.echoes) == ("restatement", "a")


def test_the_timeline_lists_first_report_origins_and_relays_in_time_order() -> None:
    governor = post("a", "A", "06:00", "Губернатор: сбиты пять.", Said("пять", 5, GOVERNOR))
    ministry = post("m", "M", "06:10", "Минобороны: сбиты пять.", Said("пять", 5, MINISTRY))
    relay = post("r", "R", "06:40", "По словам губернатора, сбиты пять.", Said("пять", 5, GOVERNOR))
    incident = one(relay, ministry, governor)
    events = [
        (e["event"], e["report_id"], e["since_first"], e["echoes"]) for e in incident.timeline
    ]
    assert events == [
        ("first report", "a", 0, None),
        ("origin", "m", 10, None),
        ("relay", "r", 40, "a"),
    ]
    assert incident.status == "corroborated"


@pytest.mark.parametrize(
    ("text", "number", "update"),
    [
        ("Сбито ещё пять беспилотников.", "пять", "increment"),
        ("Збито ще п'ять безпілотників.", "п'ять", "increment"),
        ("Five more drones were shot down.", "Five", "increment"),
        ("Another five drones were shot down.", "five", "increment"),
        ("На данный момент уничтожено 22 беспилотника.", "22", "total"),
        ("Загалом збито 22 безпілотники.", "22", "total"),
        ("So far 22 drones have been shot down.", "22", "total"),
        ("Сбиты пять беспилотников. Ещё два летят.", "пять", ""),
    ],
)
def test_update_and_total_cues_in_three_languages(text: str, number: str, update: str) -> None:
    start = text.index(number)
    span = Span.of(text, start, start + len(number))
    claim = Claim("intercepted", 5, span, spans={"number": span})
    assert read_cues(text, claim).update == update


def test_more_after_a_count_of_another_action_is_no_update() -> None:
    text = "Погибла одна женщина, ещё десять человек были ранены."
    killed = Claim("killed", 1, Span.of(text, 8, 12), spans={"number": Span.of(text, 8, 12)})
    at = text.index("десять")
    number = Span.of(text, at, at + len("десять"))
    injured = Claim("injured", 10, number, spans={"number": number})
    assert killed.evidence.text == "одна"
    assert read_cues(text, injured, others=[killed, injured]).update == ""
    assert read_cues(text, injured).update == "increment"


def test_a_telegram_forward_through_the_ledger_is_the_ministry(tmp_path: Path) -> None:
    """The Telegram export fixture forwards a post from "Минобороны России" into a test
    channel: its origin is the Russian Ministry of Defence, side ru, not a second Ministry."""
    from claimledger.extract import Extractor
    from claimledger.incidents import load_incidents
    from claimledger.ledger import Ledger
    from claimledger.sources.readers import read_reports

    export = Path(__file__).parent / "fixtures" / "ingest" / "telegram" / "channel" / "result.json"
    db = tmp_path / "forward.db"
    extractor = Extractor()
    with Ledger.open(db) as ledger:
        ledger.write(extractor.extract(r) for r in read_reports([export]))
    forwarded = [
        c
        for incident in load_incidents(db)
        for c in incident.claims
        if c.record.forwarded_from == "Минобороны России"
    ]
    assert forwarded
    assert {(c.origin.label, c.origin.side, c.link.how) for c in forwarded} == {
        ("Russian Ministry of Defence", "ru", "forward")
    }


def test_a_smaller_new_count_is_another_window_of_the_night() -> None:
    # The Ministry's late-evening report (21:00-23:55 Moscow time) and its overnight one:
    # 5 + 2 over Smolensk, as the governor's 7; the digest repeating both adds nothing.
    smo = {"location": "RU-SMO"}
    governor = {**GOVERNOR, "claimant": "Vasily Anokhin"}
    night = [
        post(
            "e",
            "BBC",
            "00:30",
            "С 21:00 до 23:55 сбиты пять над Смоленской.",
            Said("пять", 5, MINISTRY, smo),
        ),
        post(
            "n",
            "SHOT",
            "05:12",
            "Смоленская область — 2 БПЛА, — Минобороны.",
            Said("2", 2, MINISTRY, smo),
        ),
        post(
            "d",
            "BBC",
            "05:30",
            "Минобороны: пять — над Смоленской, затем ещё по два. Анохин: сбиты семь.",
            Said("пять", 5, MINISTRY, smo),
            Said("семь", 7, governor, smo),
        ),
    ]
    (incident,) = build_incidents(records(*night), Places())
    values = {v.origin.label: v.quantity for v in incident.values["intercepted"]}
    assert values == {"Russian Ministry of Defence": 7, "Vasily Anokhin": 7}
    assert incident.status == "corroborated"
