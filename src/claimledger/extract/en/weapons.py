"""Weapon words in English: the kind of weapon, the named model, and whose weapon a model implies.

A model name followed by its generic noun ("Kh-101 cruise missiles", "Shahed attack drones") is
one mention whose kind comes from the model. A weapon word that only modifies another noun
("drone attack", "missile debris", "rocket launchers") is not a weapon mention at all.

Models, families and their English names, classes and sides are the weapon catalogue's
(`en` names); this module holds the English grammar: plurals, the nouns that may follow a name,
and the generic class phrases. A model is written by its catalogue name; a member of a numbered
family as the text writes it ("Su-34", "X-101", "KAB-500"), since the number is the text's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from claimledger.catalog import forms
from claimledger.catalog.weapons import Family, Model, weapons
from claimledger.extract.en.segments import keyword_windows
from claimledger.model import Side, Weapon

# A weapon and a model (or None) for a match of an entry.
Resolve = Callable[[re.Match[str]], tuple[Weapon | None, str | None]]


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
    resolve: Resolve
    side: Side | None = None
    capitalised: bool = False  # a name that is a common word too counts only capitalised
    uav: bool = False  # an aerial drone unless a sea or ground word comes before it


_GENERIC_UAV = (
    r"(?:unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft(?:\s+systems?)?|UAVs?|drones?"
    r"|quadcopters?|loitering\s+munitions?)"
)
_GENERIC_AIRCRAFT = (
    r"(?:fighter[-\s]bombers?|fighter\s+jets?|warplanes?|military\s+(?:aircraft|planes?)"
    r"|aircraft|jets?|planes?|bombers?)"
)
_TAIL_UAV = rf"(?:\s+(?:attack\s+|kamikaze\s+|suicide\s+|strike\s+)?{_GENERIC_UAV})?"
_TAIL_ROCKET = r"\s+(?:rockets?|missiles?|shells?|projectiles?|munitions?)"
_TAIL_BOMB = r"(?:\s+(?:guided\s+|glide\s+|aerial\s+|aviation\s+)*bombs?)?"
_TAIL_AIRCRAFT = (
    r"(?:\s+(?:attack\s+|strike\s+|fighter\s+|strategic\s+|transport\s+)?"
    + _GENERIC_AIRCRAFT
    + ")?"
)
_TAIL_HELICOPTER = r"(?:\s+(?:attack\s+|transport\s+)?helicopters?)?"
_TAIL_MISSILE = (
    r"(?:\s+(?:(?:air-launched|sea-launched|hypersonic|aeroballistic|tactical)\s+)?"
    r"(?:cruise\s+|ballistic\s+|guided\s+)?missiles?)?"
)

# The nouns that may follow a name of each class ("Kalibr cruise missiles", "Su-34 jets").
_TAILS: dict[str, str] = {
    "uav": _TAIL_UAV,
    "cruise_missile": _TAIL_MISSILE,
    "ballistic_missile": _TAIL_MISSILE,
    "missile": _TAIL_MISSILE,
    "rocket": f"(?:{_TAIL_ROCKET})?",
    "guided_bomb": _TAIL_BOMB,
    "aircraft": _TAIL_AIRCRAFT,
    "helicopter": _TAIL_HELICOPTER,
}


def _tail(weapon: Weapon, needs_noun: bool) -> str:
    return _TAIL_ROCKET if needs_noun else _TAILS[weapon]


def _fixed(weapon: Weapon | None, model: str | None = None) -> Resolve:
    return lambda match: (weapon, model)


def _as_written(weapon: Weapon) -> Resolve:
    return lambda match: (weapon, _written(match))


def _written(match: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", match.group("model")).replace("Х", "X")


def _names(names: tuple[str, ...]) -> str:
    return forms.alternation(names)


def _model_entry(model: Model) -> _Entry:
    pattern = f"(?P<model>{_names(model.names('en'))})s?{_tail(model.weapon, model.needs_noun)}"
    resolve = _fixed(model.weapon, model.name)
    return _Entry(pattern, resolve, model.side, model.capitalised, model.weapon == "uav")


def _family_entry(family: Family) -> _Entry:
    prefixes = _names(family.names("en"))
    number = r"(?:-\d+\w*)?" if family.bare else r"-\d+\w*"
    plural = "s?" if family.bare else ""
    pattern = f"(?P<model>{prefixes}{number}){plural}{_TAILS[family.weapon]}"
    return _Entry(
        pattern, _as_written(family.weapon), family.side, family.capitalised, family.weapon == "uav"
    )


def _shahed_entry(family: Family) -> _Entry:
    """The Shahed family by any of its names, with a variant number or a list of them."""
    prefixes = _names(family.names("en"))
    pattern = (
        rf"(?P<model>(?P<prefix>{prefixes})(?:-?(?P<num>\d{{1,3}}(?:/\d{{1,3}})?))?)s?"
        rf"(?:-type)?{_TAIL_UAV}"
    )

    def resolve(match: re.Match[str]) -> tuple[Weapon | None, str | None]:
        number, prefix = match.group("num"), match.group("prefix")
        default = weapons().default(family.id)
        name = default.name if default else None
        if prefix.casefold() != family.name.casefold():
            # Another name of the family numbers its variants its own way: Geran-1, Geran-2.
            variant = weapons().find_model(f"{prefix}-{number}", "en") if number else None
            return family.weapon, variant.name if variant else name
        return family.weapon, f"{family.name}-{number}" if number else name

    return _Entry(pattern, resolve, family.side, uav=True)


def _kh_entry(family: Family) -> _Entry:
    """Kh-numbers, alone or in a list ("Kh-101/Kh-555"), of their listed class."""
    prefixes = _names(family.names("en"))
    member = rf"{prefixes}-\d{{2,3}}\w*"
    pattern = rf"(?P<model>{member}(?:\s*/\s*{member})*)" + _TAIL_MISSILE

    def resolve(match: re.Match[str]) -> tuple[Weapon | None, str | None]:
        catalog = weapons()
        classes = set()
        for number in re.findall(r"-(\d{2,3})", match.group("model")):
            model = catalog.member(family.id, number)
            classes.add(model.weapon if model else family.weapon)
        weapon = classes.pop() if len(classes) == 1 else family.weapon
        return weapon, _written(match)

    return _Entry(pattern, resolve, family.side)


# Class phrases without a model, after every named type.
_GENERIC: tuple[_Entry, ...] = (
    _Entry(
        r"(?:MLRS|multiple\s+(?:launch\s+)?rocket)\s+(?:rockets?|shells?|projectiles?)",
        _fixed("rocket"),
    ),
    _Entry(
        r"(?:air-launched\s+|sea-launched\s+|long-range\s+)?cruise\s+missiles?",
        _fixed("cruise_missile"),
    ),
    _Entry(
        r"(?:hypersonic\s+|short-range\s+|tactical\s+)?(?:aero)?ballistic\s+missiles?",
        _fixed("ballistic_missile"),
    ),
    _Entry(
        r"(?:guided|glide|gliding|corrected)\s+(?:aerial\s+|aviation\s+|air\s+)?bombs?"
        r"|(?:aerial|aviation)\s+bombs?",
        _fixed("guided_bomb"),
    ),
    _Entry(r"missiles?", _fixed("missile")),
    _Entry(r"rockets?", _fixed("rocket")),
    _Entry(_GENERIC_UAV, _fixed("uav"), uav=True),
    _Entry(r"helicopters?|choppers?", _fixed("helicopter")),
    _Entry(_GENERIC_AIRCRAFT, _fixed("aircraft")),
    _Entry(r"(?:air|aerial|airborne)\s+(?:targets|objects)", _fixed(None)),
)
# Trigger words of the class phrases; the catalogue's names add their own (`_compiled`).
_GENERIC_TRIGGERS = (
    "drone",
    "uav",
    "unmanned",
    "quadcopter",
    "loitering",
    "missile",
    "rocket",
    "mlrs",
    "bomb",
    "aircraft",
    "jet",
    "plane",
    "bomber",
    "helicopter",
    "chopper",
    "targets",
    "objects",
)
_SPECIAL: dict[str, Callable[[Family], _Entry]] = {"shahed": _shahed_entry, "kh": _kh_entry}


@cache
def _compiled() -> tuple[tuple[tuple[re.Pattern[str], _Entry], ...], tuple[str, ...]]:
    """The entries in the order overlaps are settled by (the Shahed family, models, other
    families, class phrases) and the words that trigger them. Plain substring search for the
    triggers is far faster than one regular expression with all the names."""
    catalog = weapons()
    families = [f for f in catalog.families if f.names("en")]
    entries = [_SPECIAL[f.id](f) for f in families if f.id == "shahed"]
    entries += [_model_entry(m) for m in catalog.models if m.names("en")]
    entries += [_SPECIAL.get(f.id, _family_entry)(f) for f in families if f.id != "shahed"]
    entries += _GENERIC
    triggers = list(_GENERIC_TRIGGERS)
    triggers += [forms.literal(n).casefold() for m in catalog.models for n in m.names("en")]
    for family in families:
        for name in family.names("en"):
            if len(name) > 1:
                triggers.append(name.casefold() if family.bare else f"{name.casefold()}-")
        if any(len(name) == 1 for name in family.names("en")):
            # One letter and a hyphen is in too many words: the members stand in for it.
            triggers += [m.name.casefold() for m in catalog.members(family.id)]
    compiled = tuple(
        (re.compile(rf"(?<![\w-]){entry.pattern}(?![\w-])", re.IGNORECASE), entry)
        for entry in entries
    )
    return compiled, tuple(dict.fromkeys(triggers))


_WINDOW = 80
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
    compiled, triggers = _compiled()
    found: list[tuple[int, int, _Entry, re.Match[str]]] = []
    for start, end in keyword_windows(text, triggers, _WINDOW):
        for pattern, entry in compiled:
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
    # Model names are proper nouns; matching them in lower case would catch "grad", "hammer".
    if entry.capitalised and not match.group("model")[0].isupper():
        return True
    if _HEAD_NOUN.match(text, match.end()):
        return True
    if entry.uav:
        window = text[max(0, match.start() - 30) : match.start()]
        if _NOT_AERIAL.search(window):
            return True
    return False


def _mention(entry: _Entry, match: re.Match[str]) -> WeaponMention:
    weapon, model = entry.resolve(match)
    return WeaponMention(weapon, model, match.start(), match.end(), entry.side)
