"""English pattern families one by one: text -> what the family reads from it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claimledger.extract.document.tokens import analyse
from claimledger.extract.en.actions import action_mentions
from claimledger.extract.en.markers import hedges, report_markers
from claimledger.extract.en.numbers import quantities
from claimledger.extract.en.segments import Sentence, clauses, sentences
from claimledger.extract.en.speakers import People, find_people, parse_speaker
from claimledger.extract.en.weapons import weapon_mentions
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.dates import DateReader
from claimledger.extract.pipeline import read_claims
from claimledger.model import Report
from claimledger.resources import Resources, default_resources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("four drones", [(4, "exact", "four")]),
        ("twenty-one missiles", [(21, "exact", "twenty-one")]),
        ("two hundred and five drones", [(205, "exact", "two hundred and five")]),
        ("more than 20 drones", [(20, "at_least", "more than 20")]),
        ("over 70 drones", [(70, "at_least", "over 70")]),
        ("at least five people", [(5, "at_least", "at least five")]),
        ("about 30 drones", [(30, "approx", "about 30")]),
        ("roughly 40 missiles", [(40, "approx", "roughly 40")]),
        ("some 40 drones", [(40, "approx", "some 40")]),
        ("up to 12 missiles", [(12, "at_most", "up to 12")]),
        ("as many as 100 missiles", [(100, "at_most", "as many as 100")]),
        ("a dozen drones", [(12, "approx", "a dozen")]),
        ("three dozen missiles", [(36, "approx", "three dozen")]),
        ("1,200 drones", [(1200, "exact", "1,200")]),
        ("a total of 75 drones", [(75, "exact", "a total of 75")]),
        ("another 10 drones", [(10, "exact", "another 10")]),
        ("no drones", [(0, "exact", "no")]),
        ("a drone", [(1, "exact", "a")]),
        ("both missiles", [(2, "exact", "both")]),
        ("a 45-year-old teacher", [(1, "exact", "a")]),
        ("Su-34 and Shahed-136", []),
        ("no one was hurt", []),
    ],
)
def test_numbers(text: str, expected: list[tuple[int, str, str]]) -> None:
    found = [(q.value, q.qualifier, text[q.start : q.end]) for q in quantities(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("drones", [("uav", None)]),
        ("UAVs", [("uav", None)]),
        ("unmanned aerial vehicles", [("uav", None)]),
        ("Shahed drones", [("uav", "Shahed-136")]),
        ("Shahed-131/136 attack drones", [("uav", "Shahed-131/136")]),
        ("Geran-2 drones", [("uav", "Shahed-136")]),
        ("cruise missiles", [("cruise_missile", None)]),
        ("Kh-101 cruise missiles", [("cruise_missile", "Kh-101")]),
        ("Kalibr missiles", [("cruise_missile", "Kalibr")]),
        ("Storm Shadow missiles", [("cruise_missile", "Storm Shadow")]),
        ("Iskander-M ballistic missiles", [("ballistic_missile", "Iskander-M")]),
        ("ATACMS", [("ballistic_missile", "ATACMS")]),
        ("Kinzhal hypersonic missiles", [("ballistic_missile", "Kinzhal")]),
        ("glide bombs", [("guided_bomb", None)]),
        ("KAB-500 bombs", [("guided_bomb", "KAB-500")]),
        ("missiles", [("missile", None)]),
        ("rockets", [("rocket", None)]),
        ("HIMARS rockets", [("rocket", "HIMARS")]),
        ("Grad rockets", [("rocket", "Grad")]),
        ("a Su-34 fighter-bomber", [("aircraft", "Su-34")]),
        ("warplanes", [("aircraft", None)]),
        ("Ka-52 helicopters", [("helicopter", "Ka-52")]),
        ("air targets", [(None, None)]),
        ("a drone attack", []),
        ("missile debris", []),
        ("rocket launchers", []),
        ("naval drones", []),
        ("a hammer", []),
    ],
)
def test_weapons(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(w.weapon, w.model) for w in weapon_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("were shot down", [("intercepted", "shot down")]),
        ("downed", [("intercepted", "downed")]),
        ("intercepted", [("intercepted", "intercepted")]),
        ("destroyed", [("intercepted", "destroyed")]),
        ("neutralised", [("intercepted", "neutralised")]),
        ("repelled", [("intercepted", "repelled")]),
        ("the interception of four drones", [("intercepted", "interception")]),
        ("launched", [("launched", "launched")]),
        ("fired", [("launched", "fired")]),
        ("attacked Kyiv with", [("hit", "attacked")]),
        ("hit", [("hit", "hit")]),
        ("struck", [("hit", "struck")]),
        ("crashed into", [("hit", "crashed into")]),
        ("were jammed", [("suppressed", "jammed")]),
        ("suppressed by electronic warfare", [("suppressed", "suppressed by electronic warfare")]),
        ("were locally lost", [("suppressed", "locally lost")]),
        ("lost to electronic warfare", [("suppressed", "lost to electronic warfare")]),
        ("the interception was", []),
    ],
)
def test_actions(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(a.action, text[a.start : a.end]) for a in action_mentions(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The claim could not be independently verified.",
         [("unverified", "could not be independently verified")]),
        ("The figure has not been independently verified by Reuters.",
         [("unverified", "has not been independently verified")]),
        ("Reuters could not verify the report.", [("unverified", "could not verify")]),
        ("Kyiv has yet to comment publicly on the strike.",
         [("no_comment", "has yet to comment publicly")]),
        ("The ministry declined to comment.", [("no_comment", "declined to comment")]),
        ("The army did not comment.", [("no_comment", "did not comment")]),
        ("It remains unclear whether the video was filmed in Kursk.",
         [("media_provenance_unclear",
           "It remains unclear whether the video was filmed in Kursk")]),
        ("Reuters could not verify the location of the footage.",
         [("media_provenance_unclear", "could not verify the location of the footage")]),
        ("Kyiv denied the claims.", [("denied", "denied the claims")]),
        ("The drones flew low over the river.", []),
    ],
)
def test_report_markers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.evidence.text) for m in report_markers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four drones were reportedly shot down.", ["reportedly"]),
        ("Ukraine allegedly fired two missiles.", ["allegedly"]),
        ("The debris appeared to be from a drone.", ["appeared to"]),
        ("Four drones were shot down.", []),
    ],
)
def test_hedges(text: str, expected: list[str]) -> None:
    assert [m.evidence.text for m in hedges(text, 0, len(text))] == expected


FRIDAY = date(2024, 11, 22)
PUBLISHED = datetime(2024, 11, 22, 7, 30)


def _dates(text: str, published: datetime | None) -> list[tuple[str | None, bool]]:
    """(date, history) of every date expression the core's DateReader finds in `text`."""
    resources = default_resources()
    doc = analyse(text, resources.lexer("en"), resources.splitter("en"))
    reader = DateReader(doc, lexicon("en"), published)
    return [(m.value, m.history) for s in doc.sentences for m in reader.find(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("overnight", "2024-11-22"),
        ("last night", "2024-11-22"),
        ("over the past night", "2024-11-22"),
        ("yesterday", "2024-11-21"),
        ("on Tuesday night", "2024-11-20"),
        ("on Thursday night", "2024-11-22"),
        ("early on Monday", "2024-11-18"),
        ("on Friday", "2024-11-22"),
        ("on the night of Wednesday to Thursday", "2024-11-21"),
        ("overnight into Thursday", "2024-11-21"),
        ("on November 20", "2024-11-20"),
        ("on 19 November", "2024-11-19"),
    ],
)
def test_time(text: str, expected: str) -> None:
    assert _dates(text, PUBLISHED) == [(expected, False)]


def _claims(text: str, resources: Resources) -> list[tuple[str, int, str | None]]:
    report = Report(text=text, source="Example Wire", published=PUBLISHED, lang="en")
    return [(c.action, c.quantity, c.attacker_side) for c in read_claims(report, "en", resources)]


@pytest.mark.parametrize(
    "text",
    ["In September", "in September 2023", "last year", "since the start of the war",
     "earlier this month", "two years ago", "on October 1"],
)
def test_history(text: str) -> None:
    """A count dated to another time is background: no claim of this report."""
    sentence = f"{text[0].upper()}{text[1:]}, Russia launched 40 drones at Kyiv."
    assert _claims(sentence, default_resources()) == []


def test_no_publication_time_gives_no_date() -> None:
    assert _dates("overnight", None) == [(None, False)]


@pytest.mark.parametrize(
    ("text", "sentence", "side"),
    [
        ("four Ukrainian drones", "Air defences destroyed four Ukrainian drones.", "ua"),
        ("Russia's missiles", "Five of Russia's missiles were shot down over Kyiv.", "ru"),
        ("Russia launched", "Russia launched 40 drones at Kyiv.", "ru"),
        ("Moscow says Ukraine fired",
         "Moscow says Ukraine fired 12 missiles at the Belgorod region.", "ua"),
        ("in a Russian missile attack",
         "Two people were killed in a Russian missile attack on Odesa.", "ru"),
        ("Ukrainian drone strikes", "Ukrainian drone strikes injured three people in Belgorod.",
         "ua"),
    ],
)
def test_sides(text: str, sentence: str, side: str) -> None:
    """Whose weapons a claim counts, told by the words: an adjective or owner of the weapon,
    the acting subject, the side of the attack named."""
    assert text in sentence
    claims = _claims(sentence, default_resources())
    assert claims and {attacker for _, _, attacker in claims} == {side}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Russian Defence Ministry", ("Russian Ministry of Defence", "ru", "military")),
        ("Russia's Ministry of Defense", ("Russian Ministry of Defence", "ru", "military")),
        ("the Ukrainian Air Force", ("Ukrainian Air Force", "ua", "military")),
        ("Ukraine's air force", ("Ukrainian Air Force", "ua", "military")),
        ("the General Staff", ("Ukrainian General Staff", "ua", "military")),
        ("emergency services", ("emergency services", None, "official")),
        ("Governor Vladislav Shapsha", ("Vladislav Shapsha", "ru", "official")),
        ("Kursk Governor Alexei Smirnov", ("Alexei Smirnov", "ru", "official")),
        ("Mayor Vitali Klitschko", ("Vitali Klitschko", "ua", "official")),
        ("Reuters", ("Reuters", "other", "media")),
        ("TASS", ("TASS", "ru", "media")),
        ("a US official", ("US official", "other", "anonymous")),
        ("sources in the Pentagon", ("sources in the Pentagon", "other", "anonymous")),
        ("Ukrainian officials", ("Ukrainian officials", "ua", "official")),
        ("local residents", ("local residents", None, "witness")),
        ("military analysts", ("military analysts", None, "expert")),
        ("the Institute for the Study of War", ("Institute for the Study of War", "other",
                                                "expert")),
    ],
)
def test_speakers(phrase: str, expected: tuple[str | None, str | None, str]) -> None:
    speaker = parse_speaker(phrase, 0, People([]))
    assert speaker is not None
    assert (speaker.name, speaker.side, speaker.kind) == expected


def test_speaker_found_by_surname_and_pronoun() -> None:
    text = ("Local resident Elena Petrova, a 45-year-old teacher, was woken by the blasts. "
            "Petrova said she heard three explosions. She added that the sirens came late.")
    people = find_people(text, [])
    by_surname = parse_speaker("Petrova", text.index("Petrova said"), people)
    by_pronoun = parse_speaker("She", text.index("She added"), people)
    assert by_surname is not None and by_pronoun is not None
    assert by_surname.name == by_pronoun.name == "Elena Petrova"
    assert by_surname.description == "local resident, 45-year-old teacher"
    assert by_surname.kind == "witness"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones were shot down. Debris fell on a house.",
         ["Drones were shot down.", "Debris fell on a house."]),
        ("Mr. Smith said U.S. officials agreed. Then he left.",
         ["Mr. Smith said U.S. officials agreed.", "Then he left."]),
        ("Destroyed 31 UAVs:\n– 14 over Bryansk;\n– 17 over Kursk.",
         ["Destroyed 31 UAVs:", "– 14 over Bryansk;", "– 17 over Kursk."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected


def test_clauses_split_contrasting_accounts() -> None:
    text = "The ministry said six were fired, while a US official said eight were fired."
    sentence = Sentence(0, len(text), 0, 0, False)
    parts = [text[s:e] for s, e in clauses(text, sentence)]
    assert parts == [
        "The ministry said six were fired", "while a US official said eight were fired."
    ]
