"""Governors, mayors and other regional officials: who speaks for which region, and when.

"сообщил губернатор" in a post about Bryansk Oblast is Alexander Bogomaz; "врио ростовского
губернатора" in November 2024 is Yuri Slyusar; "Собянин" is the Moscow mayor. The officials,
their terms and their surnames are the actor registry's (claimledger/catalog/actors.toml); this
module holds the words of the Russian grammar that name an office.

Drones "летевшие на Москву" and shot down in its suburbs are claimed for Moscow Oblast: the
approach of a federal city is the region around it (`APPROACHES`).
"""

from __future__ import annotations

from datetime import date

from claimledger.catalog.actors import actors

# Lemmas of words that name the head of a region: "губернатор", "врио губернатора", "глава
# региона", "мэр".
ROLE_WORDS = frozenset({"губернатор", "глава", "мэр", "градоначальник"})
# After "глава", only these make it the head of a region ("глава региона", "глава Дагестана").
HEAD_OF = frozenset({"регион", "область", "республика", "край", "администрация", "город"})

# A city whose approaches lie in another region: drones flying at Moscow fall in Moscow Oblast.
APPROACHES: dict[str, str] = {"RU-MOW": "RU-MOS", "city:Moscow": "RU-MOS"}


def mayor_for(region: str | None) -> str | None:
    """A mayor speaking of a region: the mayor of the city whose approaches it is."""
    for city, approach in APPROACHES.items():
        if approach == region and city.startswith("RU-"):
            return city
    return region


def head_of(region: str | None, day: date | None) -> str | None:
    """The actor id of the head of `region` on `day`."""
    actor = actors().head_of(region, day)
    return actor.id if actor is not None else None


def region_of(actor: str, day: date | None) -> str | None:
    """The region an official heads, for checking that an inherited speaker fits a claim."""
    return actors().region_of(actor, day)
