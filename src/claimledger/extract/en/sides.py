"""Whose side a word points to: "Ukrainian drones", "Russia launched", "a Russian missile attack".

Sides are told by the words only; nothing here assumes who attacks whom over which territory.
"""

from __future__ import annotations

import re

from claimledger.model import Side

_ADJECTIVES: dict[str, Side] = {
    "russian": "ru",
    "russia's": "ru",
    "moscow's": "ru",
    "iranian-made": "ru",
    "russian-made": "ru",
    "iranian-designed": "ru",
    "enemy's": "ru",
    "ukrainian": "ua",
    "ukraine's": "ua",
    "kyiv's": "ua",
    "kiev's": "ua",
    "afu": "ua",
    "ukrainian-made": "ua",
    "western-made": "ua",
    "western-supplied": "ua",
    "us-made": "ua",
    "us-supplied": "ua",
    "american-made": "ua",
    "british-made": "ua",
    "french-made": "ua",
}
_ALTERNATIVES = "|".join(re.escape(a) for a in _ADJECTIVES).replace("'", "['’]")
_ADJECTIVE = re.compile(rf"(?<![\w-])(?:{_ALTERNATIVES})(?![\w-])", re.IGNORECASE)
_ENEMY = re.compile(r"(?<![\w-])(?:enemy|hostile)(?![\w-])", re.IGNORECASE)
# Who acts: "Russia launched", "Ukrainian forces fired", "launched by Russia".
_ACTOR = re.compile(
    r"(?<![\w-])(?:(?P<ru>Russia|Moscow|the\s+Russians|the\s+Kremlin|Russian\s+(?:forces|troops|"
    r"army|military|invaders|occupiers|aviation|aircraft|navy|fleet|warships?))"
    r"|(?P<ua>Ukraine|Kyiv|Kiev|the\s+Ukrainians|Ukrainian\s+(?:forces|troops|army|military|"
    r"armed\s+forces|navy)|the\s+Armed\s+Forces\s+of\s+Ukraine|AFU))(?![\w'’-])"
)
# "a Russian missile attack", "Ukrainian drone strikes", "Kyiv's attack".
_ATTACK = re.compile(
    r"(?<![\w-])(?P<adj>Russian|Russia['’]s|Ukrainian|Ukraine['’]s|Kyiv['’]s|Moscow['’]s)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|assaults?|bombardments?|barrages?|raids?"
    r"|shelling|offensive|onslaught|bombing)\b"
)
_OPPOSITE: dict[Side, Side] = {"ru": "ua", "ua": "ru"}


def adjective_side(text: str) -> Side | None:
    """The side named by an adjective in a weapon phrase ("four Ukrainian drones")."""
    for match in _ADJECTIVE.finditer(text):
        return _ADJECTIVES[match.group().lower().replace("’", "'")]
    return None


def is_enemy(text: str) -> bool:
    """ "enemy drones": the attacker is the claimant's opponent."""
    return _ENEMY.search(text) is not None


def actor_side(text: str) -> Side | None:
    """The last side named as an actor in `text` ("Russia says Ukraine launched" -> ua)."""
    side: Side | None = None
    for match in _ACTOR.finditer(text):
        side = "ru" if match.group("ru") else "ua"
    return side


def agent_side(text: str) -> Side | None:
    """The side in a passive agent right after a verb ("launched by Russia")."""
    match = _ACTOR.match(text, _skip_by(text))
    if match is None:
        return None
    return "ru" if match.group("ru") else "ua"


def _skip_by(text: str) -> int:
    match = re.match(r"\s+by\s+(?:the\s+)?", text)
    return match.end() if match else len(text)


_RELATIVE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<actor>Russia|Ukraine|Moscow|Kyiv|Russian\s+forces"
    r"|Ukrainian\s+forces|the\s+enemy)\s+(?:had\s+|has\s+)?(?:launched|fired|sent|used)\b"
)


def relative_actor_side(text: str) -> Side | None:
    """ "the 35 drones Russia launched": whose weapons by the relative clause right after."""
    match = _RELATIVE.match(text)
    if match is None or match.group("actor") == "the enemy":
        return None
    return actor_side(match.group("actor"))


def attack_side(text: str) -> Side | None:
    """The side of an attack named in the sentence ("in a Russian missile attack")."""
    for match in _ATTACK.finditer(text):
        return adjective_side(match.group("adj"))
    return None


def opposite(side: Side | None) -> Side | None:
    return _OPPOSITE.get(side) if side else None
