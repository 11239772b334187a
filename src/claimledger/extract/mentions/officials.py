"""Offices as speakers: a registry actor on a day, a region's head, a town's mayor.

A mayor named by office ("мэр Белгорода", "the mayor of Kharkiv") speaks for the town, not for
the region whose governor the region's code would bring in; a mayor the registry does not know
is still the town's (`Speaker.home`), so that the town's claims keep the town.
"""

from __future__ import annotations

from datetime import date

from claimledger.catalog.actors import actors
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.place_codes import held_side
from claimledger.extract.mentions.types import Speaker
from claimledger.places.model import Place


def speaker_of(key: str, day: date | None) -> Speaker:
    """An actor as a speaker; an official with no recorded terms speaks for the region of its
    entry (a mayor, a city administration)."""
    actor = actors()[key]
    region = actors().region_of(key, day)
    return Speaker(
        actor.name, actor.side, actor.kind, region, actor.national, actor=key, home=actor.home
    )


def official_of(
    region: str | None, day: date | None, side: str | None = None
) -> Speaker | None:
    """The head of a region on a day, as a speaker (of `side`, where both sides name one)."""
    actor = actors().head_of(region, day, side=side)
    return speaker_of(actor.id, day) if actor is not None else None


def mayor_of(town: Place, day: date | None) -> Speaker:
    """The mayor of a town: the registry's, where it records one for the town, else an
    unnamed one of the side that holds the town."""
    actor = actors().mayor_of(town.code, day)
    if actor is not None:
        return speaker_of(actor.id, day)
    side = held_side(town.region, town.country)
    return Speaker(f"mayor of {town.name}", side, "official", town.region, home=town.code)


def foreign_body(key: str, country: str) -> Speaker:
    """A side's body named with a third country as its owner ("Минобороны Сирии", "сирийское
    минобороны", "the Israeli defence ministry"): that country's body, of side `other`."""
    actor = actors()[key]
    generic = next(
        (a for a in actors().entries if key in {other for _, other in a.by_side}), actor
    )
    return Speaker(f"{generic.name} ({country})", "other", actor.kind)


def town_mayor(
    lex: Lexicon, role_word: str, town: Place | None, day: date | None, *, named: bool = False
) -> Speaker | None:
    """A mayor's role word with a town, named with it ("мэр Белгорода", "the mayor of Kharkiv")
    or the claim's ("Постраждалих, за словами мера, немає" after Полтава): the town's mayor, not
    the region's governor. A head's word with the town named after it (`named`: "глава
    Горловки", "глава Белгорода") is the town's head too."""
    mayoral = role_word in lex.words.mayor_words or (named and role_word in lex.words.town_heads)
    if not mayoral or town is None or town.kind != "city":
        return None
    return mayor_of(town, day)
