"""Geodesic distances between gazetteer places, compass words, and distance-claim verdicts."""

from __future__ import annotations

import pytest

from claimledger.places.gazetteer import Gazetteer
from claimledger.places.geo import (
    bearing_difference,
    check_distance,
    destination,
    direction_degrees,
    inverse,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


# Great-circle distances in km between town centres, as commonly published (rounded), which
# agree with the haversine distance on the mean Earth radius between GeoNames coordinates.
DISTANCES = [
    ("RU-MOW", "RU-SPE", 635),
    ("RU-MOW", "UA-30", 755),
    ("UA-30", "city:Lviv", 468),
    ("UA-30", "city:Odesa", 442),
    ("UA-30", "city:Kharkiv", 411),
    ("RU-MOW", "city:Kaluga", 161),
    ("RU-MOW", "city:Bryansk", 348),
    ("RU-MOW", "city:Kursk", 457),
    ("RU-MOW", "city:Belgorod", 577),
    ("RU-MOW", "city:Voronezh", 466),
    ("RU-MOW", "city:Rostov-on-Don", 960),
    ("RU-MOW", "city:Kazan", 719),
    ("RU-MOW", "city:Tula", 173),
    ("UA-30", "city:Dnipro", 394),
    ("UA-30", "city:Zaporizhzhia", 442),
    ("RU-MOW", "city:Novosibirsk", 2812),
    ("RU-MOW", "city:Yekaterinburg", 1417),
    ("RU-MOW", "city:Sochi", 1360),
    ("city:Kharkiv", "city:Belgorod", 73),
    ("city:Simferopol", "UA-40", 61),
    ("city:Kursk", "city:Belgorod", 128),
    ("RU-MOW", "city:Vladivostok", 6416),
    ("RU-MOW", "city:Kaliningrad", 1088),
    ("city:Bryansk", "city:Kursk", 213),
    ("city:Mykolaiv", "city:Odesa", 110),
    ("city:Taganrog", "city:Rostov-on-Don", 61),
]


@pytest.mark.parametrize(("a", "b", "km"), DISTANCES)
def test_distance_within_one_percent(gaz: Gazetteer, a: str, b: str, km: float) -> None:
    pa, pb = gaz.get(a), gaz.get(b)
    assert pa is not None and pb is not None
    computed, _ = inverse(pa.lat, pa.lon, pb.lat, pb.lon)
    assert abs(computed - km) <= 0.01 * km


BEARINGS = [
    # from, to, bearing in degrees (initial, clockwise from north), tolerance
    ("RU-MOW", "city:Kaluga", 213, 3),
    ("RU-MOW", "RU-SPE", 320, 3),
    ("RU-MOW", "city:Tula", 180, 2),
    ("RU-MOW", "city:Kazan", 85, 3),
    ("UA-30", "city:Odesa", 178, 3),
    ("UA-30", "city:Lviv", 264, 3),
    ("city:Kharkiv", "city:Belgorod", 18, 3),
    ("city:Simferopol", "UA-40", 230, 3),
]


@pytest.mark.parametrize(("a", "b", "bearing", "tolerance"), BEARINGS)
def test_bearing(gaz: Gazetteer, a: str, b: str, bearing: float, tolerance: float) -> None:
    pa, pb = gaz.get(a), gaz.get(b)
    assert pa is not None and pb is not None
    _, computed = inverse(pa.lat, pa.lon, pb.lat, pb.lon)
    assert 0 <= computed < 360
    assert bearing_difference(computed, bearing) <= tolerance


def test_inverse_on_the_equator_and_meridian() -> None:
    km, bearing = inverse(0.0, 0.0, 0.0, 1.0)
    assert km == pytest.approx(111.32, abs=0.01)  # one degree of the WGS84 equator
    assert bearing == pytest.approx(90.0)
    km, bearing = inverse(0.0, 0.0, 1.0, 0.0)
    assert km == pytest.approx(110.57, abs=0.01)  # one degree of meridian at the equator
    assert bearing == pytest.approx(0.0)
    _, west = inverse(0.0, 1.0, 0.0, 0.0)
    assert west == pytest.approx(270.0)


def test_destination_round_trip() -> None:
    lat, lon = destination(55.75, 37.62, 213.0, 160.0)
    km, bearing = inverse(55.75, 37.62, lat, lon)
    assert km == pytest.approx(160.0, abs=1e-6)
    assert bearing == pytest.approx(213.0, abs=1e-6)


DIRECTIONS = [
    ("southwest", "en", "SW", 225.0),
    ("south-west", "en", "SW", 225.0),
    ("South West", "en", "SW", 225.0),
    ("SW", "en", "SW", 225.0),
    ("north", "en", "N", 0.0),
    ("northeast", "en", "NE", 45.0),
    ("north-northwest", "en", "NNW", 337.5),
    ("east-southeast", "en", "ESE", 112.5),
    ("WSW", "en", "WSW", 247.5),
    ("юго-западнее", "ru", "SW", 225.0),
    ("к юго-западу", "ru", "SW", 225.0),
    ("севернее", "ru", "N", 0.0),
    ("восточнее", "ru", "E", 90.0),
    ("к северо-востоку от", "ru", "NE", 45.0),
    ("южнее", "ru", "S", 180.0),
    ("в западном направлении", "ru", "W", 270.0),
    ("ЮЗ", "ru", "SW", 225.0),
    ("на південний захід", "uk", "SW", 225.0),
    ("на схід", "uk", "E", 90.0),
    ("південно-західніше", "uk", "SW", 225.0),
    ("північніше", "uk", "N", 0.0),
    ("на північний схід", "uk", "NE", 45.0),
]


@pytest.mark.parametrize(("word", "lang", "point", "degrees"), DIRECTIONS)
def test_direction_degrees(word: str, lang: str, point: str, degrees: float) -> None:
    assert direction_degrees(word, lang) == (point, degrees)


@pytest.mark.parametrize("word", ["", "над", "beyond", "в", "km", "сбит"])
def test_not_a_direction(word: str) -> None:
    assert direction_degrees(word) is None


VERDICTS = [
    # subject, reference, stated km, stated direction, verdict
    ("city:Kaluga", "RU-MOW", 150, "southwest", "consistent"),
    ("city:Kaluga", "RU-MOW", 180, "юго-западнее", "consistent"),
    ("city:Kaluga", "RU-MOW", 150, "south", "consistent"),  # 213° is 33° from S
    ("city:Kaluga", "RU-MOW", 300, "southwest", "inconsistent"),
    ("city:Kaluga", "RU-MOW", 150, "north", "inconsistent"),
    ("city:Kaluga", "RU-MOW", 150, "east", "inconsistent"),  # 123° off
    ("city:Belgorod", "city:Kharkiv", 80, "на північ", "consistent"),
    ("city:Belgorod", "city:Kharkiv", 40, None, "inconsistent"),
    ("city:Belgorod", "city:Kharkiv", 60, None, "consistent"),  # 13 km off, floor is 15
    ("UA-40", "city:Simferopol", 70, "southwest", "consistent"),
    ("city:Kursk", "RU-MOW", 500, "south", "consistent"),
    ("city:Kursk", "RU-MOW", 700, "south", "inconsistent"),
    ("city:Tula", "RU-MOW", None, "south", "consistent"),
    ("city:Tula", "RU-MOW", None, "west", "inconsistent"),
]


@pytest.mark.parametrize(("subject", "reference", "km", "direction", "verdict"), VERDICTS)
def test_check_distance(gaz: Gazetteer, subject: str, reference: str, km: float | None,
                        direction: str | None, verdict: str) -> None:
    ps, pr = gaz.get(subject), gaz.get(reference)
    assert ps is not None and pr is not None
    computed_km, bearing, got, reason = check_distance(ps, pr, km, direction)
    assert got == verdict, reason
    assert computed_km > 0 and 0 <= bearing < 360


def test_check_distance_reports_numbers(gaz: Gazetteer) -> None:
    kaluga, moscow = gaz.get("city:Kaluga"), gaz.get("RU-MOW")
    assert kaluga is not None and moscow is not None
    km, bearing, verdict, reason = check_distance(kaluga, moscow, 150, "southwest")
    assert km == pytest.approx(161, abs=1)
    assert bearing == pytest.approx(213, abs=1)
    assert verdict == "consistent"
    assert "161 km" in reason and "SW" in reason


def test_unknown_direction_is_not_held_against_the_claim(gaz: Gazetteer) -> None:
    kaluga, moscow = gaz.get("city:Kaluga"), gaz.get("RU-MOW")
    assert kaluga is not None and moscow is not None
    _, _, verdict, reason = check_distance(kaluga, moscow, 160, "upstream")
    assert verdict == "consistent"
    assert "not understood" in reason


def test_tolerances_are_parameters(gaz: Gazetteer) -> None:
    kaluga, moscow = gaz.get("city:Kaluga"), gaz.get("RU-MOW")
    assert kaluga is not None and moscow is not None
    assert check_distance(kaluga, moscow, 150, None, km_tolerance=0.05, km_floor=5)[2] == (
        "inconsistent")
    assert check_distance(kaluga, moscow, None, "S", bearing_tolerance=20)[2] == "inconsistent"
