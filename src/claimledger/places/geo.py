"""Geographic checks of stated distances and directions ("150 km southwest of Moscow").

Distances are geodesics on the WGS84 ellipsoid (geographiclib). Places are points: towns at their
GeoNames coordinates, regions at their capital's.

Tolerances (see also docs/places.md):
- distance: reports give round numbers, measured by road or between town centres, so a stated
  distance is consistent when |stated - computed| <= max(20 % of computed, 15 km)
  (`km_tolerance=0.2`, `km_floor=15.0`);
- direction: a compass word is consistent when the computed initial bearing from the reference
  place to the subject lies within 45° of the named point (`bearing_tolerance=45.0`): a 16-point
  word is only as precise as the speaker, and a 45° cone keeps neighbouring 8-point directions
  ("south" for a bearing of 200°) consistent while rejecting a wrong quadrant.
Kaluga (54.53, 36.27) from Moscow (55.75, 37.62) is about 161 km at 213°, so "150 km southwest"
is consistent.
"""

from __future__ import annotations

import re

from geographiclib.geodesic import Geodesic  # type: ignore[import-untyped]

from claimledger.places.model import Place

POINTS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
          "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")
DEGREES = {point: i * 22.5 for i, point in enumerate(POINTS)}

# Word stems naming a cardinal direction, by language. Order inside a compound word is kept:
# "юго-запад" -> S, W -> "SW"; "north-northwest" -> N, N, W -> "NNW".
_STEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("north", "N"), ("south", "S"), ("east", "E"), ("west", "W")),
    "ru": (("север", "N"), ("юго", "S"), ("юж", "S"), ("юг", "S"), ("восто", "E"),
           ("запад", "W")),
    "uk": (("північ", "N"), ("півден", "S"), ("південь", "S"), ("схід", "E"), ("східн", "E"),
           ("сход", "E"), ("захід", "W"), ("західн", "W"), ("заход", "W")),
}
_ABBREVIATIONS: dict[str, str] = {
    "юз": "SW", "юв": "SE", "сз": "NW", "св": "NE",
    "пн": "N", "пд": "S", "зх": "W", "сх": "E", "пнзх": "NW", "пнсх": "NE", "пдзх": "SW",
    "пдсх": "SE",
}
_LETTERS_ONLY = re.compile(r"^[nsew]{1,3}$")


def inverse(lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[float, float]:
    """Geodesic distance in km and initial bearing in degrees (0..360) from point 1 to point 2."""
    result = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    return result["s12"] / 1000.0, result["azi1"] % 360.0


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) along initial bearing `bearing` ("30 km north of")."""
    result = Geodesic.WGS84.Direct(lat, lon, bearing, km * 1000.0)
    return result["lat2"], result["lon2"]


def direction_degrees(word: str, lang: str = "en") -> tuple[str, float] | None:
    """A compass word in English, Russian or Ukrainian -> (16-point code, degrees), or None.

    "southwest", "south-west", "SW", "юго-западнее", "к юго-западу", "на південний захід"
    all give ("SW", 225.0).
    """
    text = word.strip().lower().replace("ё", "е")
    compact = re.sub(r"[\s\-.]", "", text)
    if _LETTERS_ONLY.match(compact) and compact.upper() in DEGREES:
        return compact.upper(), DEGREES[compact.upper()]
    if compact in _ABBREVIATIONS:
        point = _ABBREVIATIONS[compact]
        return point, DEGREES[point]
    letters = _compass_letters(text, lang)
    for other in ("en", "ru", "uk"):
        if letters:
            break
        letters = _compass_letters(text, other)
    found = _point(letters)
    return (found, DEGREES[found]) if found else None


def _compass_letters(text: str, lang: str) -> list[str]:
    stems = _STEMS.get(lang, ())
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for stem, letter in stems:
        for m in re.finditer(stem, text):
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.append((m.start(), letter))
    return [letter for _, letter in sorted(found)]


def _point(letters: list[str]) -> str | None:
    if not letters or len(letters) > 3:
        return None
    point = "".join(letters)
    if point in DEGREES:
        return point
    # "east-south" style orders: put north/south first for two-letter points.
    if len(letters) == 2 and letters[1] in "NS":
        swapped = letters[1] + letters[0]
        return swapped if swapped in DEGREES else None
    return None


def bearing_difference(a: float, b: float) -> float:
    """The smaller angle between two bearings, 0..180."""
    diff = abs(a - b) % 360.0
    return min(diff, 360.0 - diff)


def check_distance(
    subject: Place,
    reference: Place,
    stated_km: float | None,
    stated_direction: str | None,
    *,
    km_tolerance: float = 0.2,
    km_floor: float = 15.0,
    bearing_tolerance: float = 45.0,
) -> tuple[float, float, str, str]:
    """Check "subject is <stated_km> km <stated_direction> of reference".

    Returns (computed km, computed bearing from reference to subject, "consistent" or
    "inconsistent", reason). Either statement may be None; a direction word that is not
    understood is reported in the reason and not held against the claim.
    """
    km, bearing = inverse(reference.lat, reference.lon, subject.lat, subject.lon)
    reasons: list[str] = []
    ok = True
    if stated_km is not None:
        allowed = max(km_tolerance * km, km_floor)
        off = abs(stated_km - km)
        good = off <= allowed
        ok &= good
        reasons.append(f"stated {stated_km:g} km vs computed {km:.0f} km "
                       f"({'within' if good else 'beyond'} ±{allowed:.0f} km)")
    if stated_direction:
        parsed = direction_degrees(stated_direction, _guess_lang(stated_direction))
        if parsed is None:
            reasons.append(f"direction {stated_direction!r} not understood, not checked")
        else:
            point, degrees = parsed
            diff = bearing_difference(bearing, degrees)
            good = diff <= bearing_tolerance
            ok &= good
            reasons.append(f"stated {point} ({degrees:g}°) vs bearing {bearing:.0f}° "
                           f"(off by {diff:.0f}°, {'within' if good else 'beyond'} "
                           f"±{bearing_tolerance:g}°)")
    if not reasons:
        reasons.append("nothing stated to check")
    verdict = "consistent" if ok else "inconsistent"
    return km, bearing, verdict, f"{subject.name} from {reference.name}: " + "; ".join(reasons)


def _guess_lang(word: str) -> str:
    if re.search(r"[іїєґ]", word, re.IGNORECASE):
        return "uk"
    if re.search(r"[а-яё]", word, re.IGNORECASE):
        return "ru"
    return "en"
