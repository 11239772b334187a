"""The world gazetteer: every region of Russia and Ukraine and 60 cities of the Middle East and
Europe in Russian, Ukrainian and English (`claimledger place` and `Gazetteer.resolve`, tables in
tests/fixtures/places/), countries, regions and seas abroad, villages, and the names that are
words or people, not places."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pycountry
import pytest
from click.testing import CliRunner

from claimledger.cli.places import place_command
from claimledger.places.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "places"
LANGS = ("ru", "uk", "en")


def table(name: str) -> list[dict[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")),
                                   delimiter="\t"))


REGIONS = table("regions.tsv")
CITIES = table("cities.tsv")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def place_json(name: str, *args: str) -> dict[str, object]:
    result = CliRunner().invoke(place_command, [name, *args, "--format", "json"])
    record: dict[str, object] = json.loads(result.output)
    assert result.exit_code == (0 if record["code"] else 1), result.output
    return record


def test_the_region_table_covers_every_iso_region() -> None:
    iso = {sub.code for country in ("RU", "UA")
           for sub in pycountry.subdivisions.get(country_code=country)}  # type: ignore[no-untyped-call]
    assert {row["code"] for row in REGIONS} == iso
    assert len(CITIES) >= 40


@pytest.mark.parametrize("row", REGIONS, ids=lambda r: f"{r['code']}:{r['en']}")
def test_every_region_resolves_in_three_languages(row: dict[str, str]) -> None:
    for lang in LANGS:
        record = place_json(row[lang])
        assert (record["code"], record["kind"]) == (row["code"], "region"), (lang, record)


@pytest.mark.parametrize("row", CITIES, ids=lambda r: r["code"])
def test_cities_resolve_in_three_languages(gaz: Gazetteer, row: dict[str, str]) -> None:
    for lang in LANGS:
        record = place_json(row[lang])
        assert (record["code"], record["country"]) == (row["code"], row["country"]), (
            lang, record)
        place, why = gaz.resolve(row[lang], lang)
        assert place is not None and place.code == row["code"], (lang, why)


def test_a_city_abroad_has_its_region_and_capitals_their_country(gaz: Gazetteer) -> None:
    eilat = gaz.get("city:Eilat")
    assert eilat is not None and (eilat.country, eilat.region) == ("IL", "IL-D")
    isfahan = gaz.get("city:Isfahan")
    assert isfahan is not None and isfahan.region == "IR-10"
    capital = gaz.capital("IL")
    assert capital is not None and capital.code == "city:Jerusalem"
    rzeszow = gaz.get("city:Rzeszow")
    assert rzeszow is not None and rzeszow.name == "Rzeszów"


def codes(gaz: Gazetteer, text: str, lang: str, everywhere: bool = False) -> list[str]:
    return [m.place.code for m in gaz.find(text, lang, everywhere=everywhere)]


FIND_CASES = [
    # countries, with names pycountry does not have and in every case
    ("en", "Iran launched drones at Israel", ["IR", "IL"]),
    ("ru", "Иран атаковал Израиль, ракеты летели над Иорданией", ["IR", "IL", "JO"]),
    ("uk", "Ізраїль і Ємен", ["IL", "YE"]),
    ("en", "the US and the UK struck Yemen", ["US", "GB", "YE"]),
    ("ru", "США и Великобритания нанесли удары по Йемену", ["US", "GB", "YE"]),
    ("en", "in the Gaza Strip and the West Bank", ["PS", "PS"]),
    ("ru", "в секторе Газа", ["PS"]),
    # seas and gulfs
    ("en", "over the Red Sea and the Gulf of Aden", ["sea:red", "sea:aden"]),
    ("ru", "в Красном море и Аденском заливе", ["sea:red", "sea:aden"]),
    ("uk", "у Червоному морі", ["sea:red"]),
    ("en", "a ship in the Arabian Sea", ["sea:arabian"]),
    ("ru", "над Средиземным морем и в Персидском заливе", ["sea:mediterranean", "sea:persian"]),
    ("en", "near the Bab el-Mandeb", ["sea:red"]),
    # regions abroad
    ("en", "in Isfahan Province", ["IR-10"]),
    ("ru", "в иранской провинции Исфахан", ["IR-10"]),
    # the Golan as the gold codes it: held by Israel, whose sirens and interceptions cover it
    ("en", "over the Golan Heights and the Negev", ["IL", "IL-D"]),
    ("en", "rockets at the Upper Galilee and the Western Galilee", ["IL", "IL"]),
    ("ru", "над Голанскими высотами", ["SY-QU"]),
    ("en", "in the Gomel region of Belarus", ["BY-HO", "BY"]),
    ("ru", "в Брестской области", ["BY-BR"]),
    ("uk", "у Гомельській області", ["BY-HO"]),
    ("en", "debris fell in Tulcea County", ["RO-TL"]),
    ("en", "Podkarpackie Voivodeship", ["PL-18"]),
    ("ru", "в Приднестровье", ["MD-SN"]),
    ("en", "in South Lebanon", ["LB-JA"]),
    # towns of the theatres by their bare name, elsewhere only with `everywhere`
    ("en", "Houthis fired at Eilat and Tel Aviv", ["city:Eilat", "city:Tel Aviv"]),
    ("ru", "сирены в Хайфе и в Нагарии", ["city:Haifa", "city:Nahariya"]),
    ("uk", "вибухи у Тель-Авіві", ["city:Tel Aviv"]),
    ("ru", "Путин выступил в Астане", []),
    ("en", "talks in Geneva and Berlin", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIND_CASES)
def test_find_abroad(gaz: Gazetteer, lang: str, text: str, expected: list[str]) -> None:
    assert codes(gaz, text, lang) == expected


def test_towns_far_from_the_wars_with_everywhere(gaz: Gazetteer) -> None:
    assert codes(gaz, "Путин выступил в Астане", "ru", everywhere=True) == ["city:Astana"]
    assert codes(gaz, "talks in Geneva and Berlin", "en", everywhere=True) == [
        "city:Geneva", "city:Berlin"]


# Villages (under 5000 people): named as settlements, or with their region (abroad, country).
VILLAGE_CASES = [
    ("ru", "в селе Зюкайка", ["city:Zyukayka"]),
    ("ru", "обломки упали в Зюкайке", []),
    ("ru", "в Зюкайке Пермского края", ["city:Zyukayka", "RU-PER"]),
    ("ru", "н.п. Зюкайка", ["city:Zyukayka"]),
    ("uk", "у селі Подоли Харківської області", ["city:Podoly", "UA-63"]),
    ("en", "near the village of Ocheretyne", ["city:Ocheretyne"]),
    ("en", "a drone fell on Metula in northern Israel", ["city:Metula", "IL"]),
    ("en", "a drone fell on Metula", []),
    # a name several villages share: only their region would tell which
    ("ru", "в селе Отрадное дрон ударил по автомобилю", []),
    # "в районе населенного пункта Лотаревка": under 500 people, GeoNames does not have it
    ("ru", "в районе населенного пункта Лотаревка", []),
    # a longer name than the village found
    ("ru", "в селе Толстый Луг", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), VILLAGE_CASES)
def test_villages(gaz: Gazetteer, lang: str, text: str, expected: list[str]) -> None:
    assert codes(gaz, text, lang) == expected


# Surnames, first names, common words and institutions that are also towns somewhere.
NEGATIVE_CASES = [
    ("en", "said President Duda, and Duda left"),
    ("en", "Austin said the strikes were proportionate"),
    ("en", "in March 2014 and in May"),
    ("en", "in Roman Catholicism"),
    ("en", "the Russian Duma passed a law"),
    ("en", "a Balkan state"),
    ("en", "Police said nobody was hurt"),
    ("en", "Ben Gurion Airport"),
    ("ru", "Закон принят в Думе"),
    ("ru", "То есть теперь платить не нужно"),
    ("ru", "бомбардировщик Ту-95МС"),
    ("ru", "Газ взорвался в жилом доме"),
    ("ru", "Василий Ливанов попал в больницу"),
    ("ru", "поговорил с Ольгой и с Петром"),
    ("ru", "к 225-летию А.С. Пушкина"),
    ("ru", "на регион. Об этом написал губернатор"),
    ("uk", "Ми мали час"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE_CASES)
def test_not_places(gaz: Gazetteer, lang: str, text: str) -> None:
    assert codes(gaz, text, lang, everywhere=True) == []


def test_red_sea_region_is_the_sea(gaz: Gazetteer) -> None:
    assert codes(gaz, "attacks in the Red Sea region", "en", everywhere=True) == ["sea:red"]


def test_the_codes_of_russia_and_ukraine_stay(gaz: Gazetteer) -> None:
    """Towns of Russia and Ukraine keep their codes whatever namesakes the world adds."""
    for code in ("city:Odesa", "city:Mykolaiv", "city:Dzerzhinsk", "city:Kursk", "RU-MOW"):
        place = gaz.get(code)
        assert place is not None and place.country in ("RU", "UA"), code
    texas = gaz.get("city:Odessa (US-TX)")
    assert texas is not None and texas.country == "US"


def test_country_option_takes_any_code() -> None:
    result = CliRunner().invoke(place_command, ["Brest", "--country", "fra"])
    assert result.exit_code == 2 and "two-letter" in result.output
    assert place_json("Дзержинск", "--country", "ua")["code"] == "city:Toretsk"
