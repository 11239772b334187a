"""Weapon words in English: the kind of weapon, the named model, and whose weapon a model implies.

A model name followed by its generic noun ("Kh-101 cruise missiles", "Shahed attack drones") is
one mention whose kind comes from the model. A weapon word that only modifies another noun
("drone attack", "missile debris", "rocket launchers") is not a weapon mention at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimledger.extract.en.segments import keyword_windows
from claimledger.model import Side, Weapon

ModelOf = Callable[[re.Match[str]], str | None]


@dataclass(frozen=True, slots=True)
class WeaponMention:
    weapon: Weapon | None  # None for "air targets" of mixed kinds
    model: str | None
    start: int
    end: int
    side_hint: Side | None  # a model used by one side only (Shahed: ru, ATACMS: ua)


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: str
    weapon: Weapon | None
    model: ModelOf | str | None = None
    side: Side | None = None


def _as_written(match: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", match.group("model")).replace("Х", "X")


def _shahed(match: re.Match[str]) -> str:
    number = match.group("num")
    if match.group("model").lower().startswith("geran"):
        return "Shahed-131" if number == "1" else "Shahed-136"
    return f"Shahed-{number}" if number else "Shahed-136"


def _iskander(match: re.Match[str]) -> str:
    suffix = match.group("suffix")
    return f"Iskander-{suffix.upper()}" if suffix else "Iskander"


_GENERIC_UAV = (
    r"(?:unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft(?:\s+systems?)?|UAVs?|drones?"
    r"|quadcopters?|loitering\s+munitions?)"
)
_GENERIC_AIRCRAFT = (
    r"(?:fighter[-\s]bombers?|fighter\s+jets?|warplanes?|military\s+(?:aircraft|planes?)"
    r"|aircraft|jets?|planes?|bombers?)"
)
_TAIL_UAV = rf"(?:\s+(?:attack\s+|kamikaze\s+|suicide\s+|strike\s+)?{_GENERIC_UAV})?"
_TAIL_MISSILE = (
    r"(?:\s+(?:(?:air-launched|sea-launched|hypersonic|aeroballistic|tactical)\s+)?"
    r"(?:cruise\s+|ballistic\s+|guided\s+)?missiles?)?"
)

# Order matters where patterns overlap: models before generic nouns, longer before shorter.
_ENTRIES: tuple[_Entry, ...] = (
    _Entry(
        rf"(?P<model>(?:Shahed|Geran)(?:-?(?P<num>\d{{1,3}}(?:/\d{{1,3}})?))?)s?(?:-type)?"
        rf"{_TAIL_UAV}",
        "uav",
        _shahed,
        "ru",
    ),
    _Entry(
        rf"(?P<model>Lancet(?:-\d)?|Orlan(?:-\d+)?|Gerbera|Zala|Supercam)s?{_TAIL_UAV}",
        "uav",
        _as_written,
        "ru",
    ),
    _Entry(
        rf"(?P<model>Bayraktar(?:\s+TB2)?|Lyutyi|Liutyi|UJ-22)s?{_TAIL_UAV}",
        "uav",
        _as_written,
        "ua",
    ),
    _Entry(
        r"(?P<model>(?:Kh|X|Х)-(?:47M2|47)(?:\s+Kinzhal)?)" + _TAIL_MISSILE,
        "ballistic_missile",
        "Kinzhal",
        "ru",
    ),
    _Entry(
        r"(?P<model>(?:Kh|X|Х)-\d{2,3}\w*(?:\s*/\s*(?:Kh|X|Х)-\d{2,3}\w*)*)" + _TAIL_MISSILE,
        "cruise_missile",
        _as_written,
        "ru",
    ),
    _Entry(
        r"(?P<model>Kalibr|Oniks|Onyx|Zircon|Tsirkon)s?" + _TAIL_MISSILE,
        "cruise_missile",
        _as_written,
        "ru",
    ),
    _Entry(r"(?P<model>Iskander-K)s?" + _TAIL_MISSILE, "cruise_missile", "Iskander-K", "ru"),
    _Entry(
        r"(?P<model>Iskander(?:-(?P<suffix>M))?)s?" + _TAIL_MISSILE,
        "ballistic_missile",
        _iskander,
        "ru",
    ),
    _Entry(r"(?P<model>Kinzhal)s?" + _TAIL_MISSILE, "ballistic_missile", "Kinzhal", "ru"),
    _Entry(
        r"(?P<model>KN-23|Tochka(?:-U)?)s?" + _TAIL_MISSILE, "ballistic_missile", _as_written, None
    ),
    _Entry(r"(?P<model>ATACMS|PrSM)" + _TAIL_MISSILE, "ballistic_missile", _as_written, "ua"),
    _Entry(
        r"(?P<model>Storm\s+Shadow|SCALP(?:-EG)?|Taurus|Tomahawk|Neptune)s?" + _TAIL_MISSILE,
        "cruise_missile",
        _as_written,
        "ua",
    ),
    _Entry(r"(?P<model>S-[34]00)s?" + _TAIL_MISSILE, "missile", _as_written, "ru"),
    _Entry(
        r"(?P<model>HIMARS|GMLRS)(?:\s+(?:rockets?|missiles?|shells?|projectiles?|munitions?))?",
        "rocket",
        _as_written,
        "ua",
    ),
    _Entry(
        r"(?P<model>Grad|Uragan|Smerch|Tornado-S|Vampire|Vilkha|Hrad|RM-70)"
        r"(?:\s+(?:rockets?|missiles?|shells?|projectiles?))",
        "rocket",
        _as_written,
        None,
    ),
    _Entry(
        r"(?:MLRS|multiple\s+(?:launch\s+)?rocket)\s+(?:rockets?|shells?|projectiles?)", "rocket"
    ),
    _Entry(
        r"(?P<model>(?:KAB|FAB|UPAB|UMPK)(?:-\d+\w*)?)s?"
        r"(?:\s+(?:guided\s+|glide\s+|aerial\s+|aviation\s+)*bombs?)?",
        "guided_bomb",
        _as_written,
        "ru",
    ),
    _Entry(
        r"(?P<model>JDAM(?:-ER)?|GBU-\d+|Hammer|AASM)s?"
        r"(?:\s+(?:guided\s+|glide\s+|aerial\s+)*bombs?)?",
        "guided_bomb",
        _as_written,
        "ua",
    ),
    _Entry(
        r"(?P<model>(?:Su|MiG|Tu|Il|Yak|A|Be)-\d+\w*)"
        r"(?:\s+(?:attack\s+|strike\s+|fighter\s+|strategic\s+|transport\s+)?"
        + _GENERIC_AIRCRAFT
        + ")?",
        "aircraft",
        _as_written,
        None,
    ),
    _Entry(
        r"(?P<model>F-16|Mirage(?:\s+2000)?)s?(?:\s+" + _GENERIC_AIRCRAFT + ")?",
        "aircraft",
        _as_written,
        "ua",
    ),
    _Entry(
        r"(?P<model>(?:Mi|Ka)-\d+\w*)(?:\s+(?:attack\s+|transport\s+)?helicopters?)?",
        "helicopter",
        _as_written,
        None,
    ),
    _Entry(
        r"(?:air-launched\s+|sea-launched\s+|long-range\s+)?cruise\s+missiles?", "cruise_missile"
    ),
    _Entry(
        r"(?:hypersonic\s+|short-range\s+|tactical\s+)?(?:aero)?ballistic\s+missiles?",
        "ballistic_missile",
    ),
    _Entry(
        r"(?:guided|glide|gliding|corrected)\s+(?:aerial\s+|aviation\s+|air\s+)?bombs?"
        r"|(?:aerial|aviation)\s+bombs?",
        "guided_bomb",
    ),
    _Entry(r"missiles?", "missile"),
    _Entry(r"rockets?", "rocket"),
    _Entry(_GENERIC_UAV, "uav"),
    _Entry(r"helicopters?|choppers?", "helicopter"),
    _Entry(_GENERIC_AIRCRAFT, "aircraft"),
    _Entry(r"(?:air|aerial|airborne)\s+(?:targets|objects)", None),
)

_COMPILED = tuple(
    (re.compile(rf"(?<![\w-]){entry.pattern}(?![\w-])", re.IGNORECASE), entry) for entry in _ENTRIES
)
# Every entry above holds one of these stems, so text without them holds no weapon; plain
# substring search finds them far faster than one regular expression with all the names.
_TRIGGERS = (
    "drone",
    "uav",
    "unmanned",
    "quadcopter",
    "loitering",
    "missile",
    "rocket",
    "shahed",
    "geran",
    "lancet",
    "orlan",
    "gerbera",
    "zala",
    "supercam",
    "bayraktar",
    "lyut",
    "liut",
    "uj-22",
    "kh-",
    "x-",
    "х-",
    "kalibr",
    "oniks",
    "onyx",
    "zircon",
    "tsirkon",
    "iskander",
    "kinzhal",
    "kn-23",
    "tochka",
    "atacms",
    "prsm",
    "storm shadow",
    "scalp",
    "taurus",
    "tomahawk",
    "neptune",
    "s-300",
    "s-400",
    "himars",
    "gmlrs",
    "mlrs",
    "grad",
    "uragan",
    "smerch",
    "tornado",
    "vampire",
    "vilkha",
    "hrad",
    "rm-70",
    "bomb",
    "kab",
    "fab",
    "upab",
    "umpk",
    "jdam",
    "gbu-",
    "hammer",
    "aasm",
    "su-",
    "mig-",
    "tu-",
    "il-",
    "yak-",
    "a-50",
    "a-100",
    "be-",
    "f-16",
    "mirage",
    "mi-",
    "ka-",
    "aircraft",
    "jet",
    "plane",
    "bomber",
    "helicopter",
    "chopper",
    "targets",
    "objects",
)
_WINDOW = 80
# Model names are proper nouns; matching them in lower case would catch "grad", "hammer".
_CASE_SENSITIVE_MODELS = re.compile(
    r"^(?:Hammer|Taurus|Neptune|Vampire|Grad|Hrad|Zala|A-\d)", re.IGNORECASE
)
# The weapon word is only a modifier when one of these nouns follows it.
_HEAD_NOUN = re.compile(
    r"\s+(?:attacks?|strikes?|raids?|defen[cs]es?|systems?|launchers?|debris|fragments?|wreckage"
    r"|parts?|components?|alerts?|alarms?|threats?|danger|units?|operators?|pilots?|crews?"
    r"|production|factory|factories|plants?|program(?:me)?s?|warnings?|carriers?|bases?|sites?"
    r"|capabilit(?:y|ies)|batter(?:y|ies)|shield|interceptors?|technolog(?:y|ies)|industry"
    r"|makers?|manufactur\w*|supplies|deliver(?:y|ies)|shipments?|stocks?|stockpiles?|warfare"
    r"|campaigns?|sightings?|activity|impacts?|storage|depots?|arsenals?|fleets?"
    r"|regiments?|brigades?|teams?|engines?|footage|videos?|images?|photos?|terror|traffic"
    r"|zones?|corridors?|range|tests?|exercises?|swarms?|waves?|fire|barrages?|salvos?"
    r"|sirens?|fuel|boats?|assembly|maker|complex(?:es)?|troops|forces|crash|crashes|parts"
    r"|command|operators|designer|developers?|war|weapons?|deal|package|aid|purchase|orders?)\b",
    re.IGNORECASE,
)
# Words before a drone noun that make it a sea or ground drone, not an aerial one.
_NOT_AERIAL = re.compile(
    r"(?:naval|sea|maritime|surface|underwater|marine|water|ground|land|unmanned\s+surface)"
    r"\s+(?:attack\s+|kamikaze\s+)?$",
    re.IGNORECASE,
)


def weapon_mentions(text: str) -> list[WeaponMention]:
    """Weapon mentions in text order; overlaps resolved for the earliest, then longest."""
    found: list[tuple[int, int, _Entry, re.Match[str]]] = []
    for start, end in keyword_windows(text, _TRIGGERS, _WINDOW):
        for pattern, entry in _COMPILED:
            for match in pattern.finditer(text, start, end):
                if _rejected(text, match, entry):
                    continue
                found.append((match.start(), -match.end(), entry, match))
    found.sort(key=lambda item: (item[0], item[1]))
    out: list[WeaponMention] = []
    last_end = -1
    for start, neg_end, entry, match in found:
        if start < last_end:
            continue
        out.append(_mention(entry, match))
        last_end = -neg_end
    return out


def _rejected(text: str, match: re.Match[str], entry: _Entry) -> bool:
    if "model" in match.groupdict() and _CASE_SENSITIVE_MODELS.match(match.group("model") or ""):
        model = match.group("model")
        if not model[0].isupper():
            return True
    if _HEAD_NOUN.match(text, match.end()):
        return True
    if entry.weapon == "uav":
        window = text[max(0, match.start() - 30) : match.start()]
        if _NOT_AERIAL.search(window):
            return True
    return False


def _mention(entry: _Entry, match: re.Match[str]) -> WeaponMention:
    model: str | None
    if entry.model is None:
        model = None
    elif isinstance(entry.model, str):
        model = entry.model
    else:
        model = entry.model(match)
    return WeaponMention(entry.weapon, model, match.start(), match.end(), entry.side)
