"""The actor registry (actors.toml): who speaks, for which side, region and term, under which
names and channel handles. Loaded once, on first use, and checked row by row.

Every grammar and the source registry read their names from here, so one origin has one name
whatever language relayed it, and adding a governor or an outlet is a row, not code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property, lru_cache
from typing import Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claimledger.catalog import forms
from claimledger.catalog.rows import Row, bundled, parse, rows
from claimledger.errors import CatalogError
from claimledger.model import ACTIONS, CLAIMANT_KINDS, SIDES, ClaimantKind, Language, Side

Role = Literal[
    "state",
    "government",
    "president",
    "minister",
    "ministry",
    "general_staff",
    "armed_forces",
    "air_force",
    "navy",
    "security_service",
    "emergency_service",
    "police",
    "investigators",
    "military_administration",
    "governor",
    "mayor",
    "spokesman",
    "commander",
    "official",
    "authorities",
    "think_tank",
    "media_group",
    "outlet",
    "source",
    "witnesses",
]
ROLES: tuple[str, ...] = get_args(Role)
# Roles held by one person: their names have a surname, which reports use alone.
PERSON_ROLES: frozenset[str] = frozenset(
    {"president", "minister", "governor", "mayor", "spokesman", "commander", "official"}
)
OutletType = Literal["agency", "broadcaster", "newspaper", "online", "telegram"]
OUTLET_TYPES: tuple[str, ...] = get_args(OutletType)

TABLE = "actors.toml"
_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_REGION = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")
_PLACE = re.compile(r"^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|city:\S.*)$")


@dataclass(frozen=True, slots=True)
class Term:
    """An office held in a region: [start, end), either end open when not recorded."""

    region: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date | None) -> bool:
        if day is None:  # no date: only an office held now
            return self.end is None
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Outlet:
    """What the registry says of a news outlet: its country, its kind, whether a state owns or
    funds it, whether it works from exile."""

    country: str
    type: OutletType
    state: bool = False  # state-owned or state-funded
    exiled: bool = False  # works from abroad


@dataclass(frozen=True, slots=True)
class Actor:
    """One entry of the actor registry (catalog/actors.toml): who may make a claim, with its names
    per language, side, kind, role and the facts that place it."""

    id: str
    name: str  # the English name every extractor writes as the claimant
    kind: ClaimantKind
    side: Side | None = None
    role: Role = "official"
    region: str | None = None
    home: str | None = None
    national: bool = False
    terms: tuple[Term, ...] = ()
    forms: tuple[tuple[Language, tuple[str, ...]], ...] = ()
    handles: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    outlet: Outlet | None = None
    # A body named without its country ("the defence ministry"): the actor it is on each side.
    by_side: tuple[tuple[Side, str], ...] = ()
    # ... and the actor it is where a third country's places tell it ("the army" in Israel).
    by_country: tuple[tuple[str, str], ...] = ()
    # A state told as the speaker of an action its military reports ("Russia said its air
    # defences shot down ..."): the body that reports it, per action.
    by_action: tuple[tuple[str, str], ...] = ()
    # A state's ISO 3166-1 country code, and the zone its side's reports of places in that
    # country date their claims by (resolve/dating.local_day).
    country: str | None = None
    time_zone: str | None = None

    def names(self, lang: Language) -> tuple[str, ...]:
        """Its names in one language, in the table's notation (claimledger.catalog.forms)."""
        return next((names for code, names in self.forms if code == lang), ())

    def all_names(self, lang: Language) -> tuple[str, ...]:
        """Every name in one language: `name` is English, so English adds it to `names.en`."""
        names = self.names(lang)
        return (self.name, *names) if lang == "en" and self.name not in names else names

    def on_side(self, side: str | None) -> str | None:
        """The id of the actor this body is on `side` ("ru": the Russian ministry), if any."""
        return next((actor for code, actor in self.by_side if code == side), None)

    def for_action(self, action: str) -> str | None:
        """The id of the body that reports `action` for this actor, if any."""
        return next((actor for name, actor in self.by_action if name == action), None)

    def in_country(self, country: str | None) -> str | None:
        """The id of the actor this body is in a third `country` ("IL": the IDF), if any."""
        return next((actor for code, actor in self.by_country if code == country), None)

    @property
    def person(self) -> bool:
        return self.role in PERSON_ROLES

    @property
    def surname(self) -> str | None:
        return self.name.split()[-1] if self.person else None

    @property
    def place(self) -> str | None:
        """Where its claims are when it names no place: its city, else its region."""
        return self.home or self.region

    def as_fields(self) -> dict[str, str | None]:
        return {"claimant": self.name, "claimant_side": self.side, "claimant_kind": self.kind}


@lru_cache(maxsize=1 << 14)  # the actor reader asks it of every capitalised word's spans
def handle_key(key: str) -> str:
    """One form for the ways a source is named: "@mod_russia", "https://t.me/mod_russia" and
    "mod_russia" alike; "https://www.reuters.com/world/" as "reuters.com/world"; a channel id
    with the Bot API's -100 prefix ("-1001101170442", "1001101170442") as Telegram Desktop
    exports it ("1101170442")."""
    key = " ".join(key.casefold().split())
    if re.match(r"^-?100\d{10}$", key):
        return key.lstrip("-")[3:]
    if key.startswith("@") and " " not in key:
        return key[1:]
    if "://" in key or key.startswith(("www.", "t.me/", "telegram.me/")):
        key = key.split("://", 1)[-1].removeprefix("www.").split("?", 1)[0].split("#", 1)[0]
        key = key.rstrip("/")
        for prefix in ("t.me/s/", "t.me/", "telegram.me/"):
            if key.startswith(prefix):
                return key.removeprefix(prefix).split("/", 1)[0]
    return key


def handle_candidates(key: str) -> list[str]:
    """A normalised key, then for "site.org/a/b" the shorter paths "site.org/a" and "site.org"."""
    found = [key]
    if " " not in key and "/" in key and "." in key.split("/", 1)[0]:
        while "/" in key:
            key = key.rsplit("/", 1)[0]
            found.append(key)
    return found


class Actors:
    """The registry with its lookups; iterate it for every actor in the table's order."""

    def __init__(self, entries: tuple[Actor, ...]) -> None:
        self.entries = entries
        self._by_id = {actor.id: actor for actor in entries}
        self._by_handle: dict[str, Actor] = {}
        for actor in entries:
            for key in (*actor.handles, *actor.titles):
                self._by_handle.setdefault(handle_key(key), actor)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, actor_id: str) -> Actor:
        try:
            return self._by_id[actor_id]
        except KeyError:
            raise KeyError(f"no actor {actor_id!r} in {TABLE}") from None

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def by_handle(self, key: str | None) -> Actor | None:
        """The actor of a channel id, @username, t.me link, domain, URL or exported title."""
        if not key:
            return None
        for candidate in handle_candidates(handle_key(key)):
            if actor := self._by_handle.get(candidate):
                return actor
        return None

    def named(self, text: str, lang: Language) -> tuple[Actor, ...]:
        """Actors one of whose names in `lang` is `text` (any case; ё as е); for people, also
        their surname alone. Several when a surname is shared (the two governors Nikitin)."""
        folded = _fold(text)
        return tuple(actor for actor, regex in self._names[lang] if regex.fullmatch(folded))

    @cached_property
    def national_names(self) -> frozenset[str]:
        """The names of the actors that speak nationally (asked of every report's own voice)."""
        return frozenset(actor.name for actor in self.entries if actor.national)

    @cached_property
    def home_cities(self) -> frozenset[str]:
        """The cities officials are of (`home` codes "city:..."), asked of every report."""
        return frozenset(a.home for a in self.entries if a.home and a.home.startswith("city:"))

    @cached_property
    def _names(self) -> dict[Language, list[tuple[Actor, re.Pattern[str]]]]:
        index: dict[Language, list[tuple[Actor, re.Pattern[str]]]] = {"ru": [], "uk": [], "en": []}
        for lang, tests in index.items():
            for actor in self.entries:
                names = list(actor.all_names(lang))
                if actor.person:
                    names += [name.split()[-1] for name in names if " " in name]
                if names:
                    regex = re.compile(forms.alternation(names), re.IGNORECASE)
                    tests.append((actor, regex))
        return index

    def head_of(
        self,
        region: str | None,
        day: date | None,
        role: str | None = None,
        side: str | None = None,
    ) -> Actor | None:
        """Who held office in `region` on `day` (a governor; a mayor of a federal city), as the
        recorded terms say; None where none is recorded. Where two sides each name a head of
        one region (an occupied one), `side` says whose is meant."""
        if region is None:
            return None
        heads = [
            actor
            for actor in self.entries
            if (role is None or actor.role == role)
            and any(t.region == region and t.covers(day) for t in actor.terms)
        ]
        if side is not None and not any(a.side == side for a in heads):
            heads += self.sided_heads(region, side)  # the other side's governor of the region
        return next((a for a in heads if a.side == side), heads[0] if heads else None)

    def mayor_of(self, town: str, day: date | None) -> Actor | None:
        """The mayor the registry records for a town (its `home`) on `day`."""
        return next(
            (
                actor
                for actor in self.entries
                if actor.role == "mayor"
                and actor.home == town
                and (not actor.terms or any(t.covers(day) for t in actor.terms))
            ),
            None,
        )

    def sided_heads(self, region: str, side: str | None = None) -> list[Actor]:
        """Governors who speak for `region` by the registry's `region` (of `side`, when given):
        both sides name one for an occupied region, whoever the terms record."""
        return [
            actor
            for actor in self.entries
            if actor.role == "governor"
            and actor.region == region
            and (side is None or actor.side == side)
        ]

    def region_of(self, actor_id: str, day: date | None) -> str | None:
        """The region an official held office in on `day`, else the region of any term, else
        the region it speaks for."""
        terms = self[actor_id].terms
        for term in terms:
            if term.covers(day):
                return term.region
        return terms[0].region if terms else self[actor_id].region

    @cached_property
    def side_zones(self) -> dict[tuple[str, str], str]:
        """(side, country) -> time zone, from the states that record one: a claimant of Russia's
        side on a Russian place reads its day in Moscow time."""
        return {
            (actor.side, actor.country): actor.time_zone
            for actor in self.entries
            if actor.side and actor.country and actor.time_zone
        }

    def outlets(self) -> tuple[Actor, ...]:
        return tuple(actor for actor in self.entries if actor.role == "outlet")


def _fold(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split())


@cache
def actors() -> Actors:
    """The bundled registry, read and checked on first use."""
    return load_actors(bundled(TABLE))


def load_actors(text: str, table: str = TABLE) -> Actors:
    data = parse(text, table, ("actor",))
    entries: list[Actor] = []
    seen: dict[str, str] = {}
    for raw in rows(data, "actor", table):
        actor = _actor(Row(table, "actor", raw, "id"))
        if actor.id in seen:
            raise CatalogError(table, f"actor {actor.id!r}", "id used twice")
        seen[actor.id] = actor.id
        entries.append(actor)
    _check_unique_names(entries, table)
    for actor in entries:
        for _, other in (*actor.by_side, *actor.by_country, *actor.by_action):
            if other not in seen:
                raise CatalogError(
                    table, f"actor {actor.id!r}", f"by_side names no actor {other!r}"
                )
    return Actors(tuple(entries))


def _actor(row: Row) -> Actor:
    actor_id = row.required("id")
    if not _ID.match(actor_id):
        row.fail("`id` must be a lower-case slug (letters, digits, _)")
    kind = row.choice("kind", CLAIMANT_KINDS, required=True)
    side = row.choice("side", SIDES)
    role = row.choice("role", ROLES, required=True)
    region = row.text("region")
    home = row.text("home")
    if region is not None and not _REGION.match(region):
        row.fail(f"region {region!r} is not an ISO 3166 code (RU-BRY, UA-63, RU)")
    if home is not None and not _PLACE.match(home):
        row.fail(f"home {home!r} is not a place code (UA-30, city:Kharkiv)")
    terms = tuple(_term(row, raw, n) for n, raw in enumerate(row.tables("terms"), start=1))
    if region is None and terms:
        region = terms[-1].region  # a governor speaks for the region of the latest term
    outlet = _outlet(row, role)
    by_side = _by_side(row)
    country, time_zone = _country(row, role)
    actor = Actor(
        id=actor_id,
        name=row.required("name"),
        kind=kind,  # type: ignore[arg-type]  # checked against CLAIMANT_KINDS
        side=side,  # type: ignore[arg-type]  # checked against SIDES
        role=role,  # type: ignore[arg-type]  # checked against ROLES
        region=region,
        home=home,
        national=row.flag("national"),
        terms=terms,
        forms=row.per_language("names"),
        handles=row.texts("handles"),
        titles=row.texts("titles"),
        outlet=outlet,
        by_side=by_side,
        by_country=_by_country(row),
        by_action=_by_action(row),
        country=country,
        time_zone=time_zone,
    )
    row.done()
    return actor


def _country(row: Row, role: str | None) -> tuple[str | None, str | None]:
    """A state's `country` (ISO 3166-1) and `time_zone` (an IANA zone name, with a country)."""
    country, zone = row.text("country"), row.text("time_zone")
    if (country is not None or zone is not None) and role != "state":
        row.fail("`country` and `time_zone` belong to an actor whose role is state")
    if country is not None and not _COUNTRY.match(country):
        row.fail(f"country {country!r} is not an ISO 3166-1 alpha-2 code (RU, UA)")
    if zone is not None:
        if country is None:
            row.fail("`time_zone` needs the state's `country`")
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            row.fail(f"time_zone {zone!r} is not an IANA zone name (Europe/Kyiv)")
    return country, zone


def _by_action(row: Row) -> tuple[tuple[str, str], ...]:
    raw = row.subtable("by_action")
    if raw is None:
        return ()
    out: list[tuple[str, str]] = []
    for action, actor_id in raw.items():
        if action not in ACTIONS or not isinstance(actor_id, str) or not _ID.match(actor_id):
            row.fail("`by_action` maps an action (intercepted, ...) to an actor id")
        out.append((action, actor_id))
    return tuple(out)


def _by_country(row: Row) -> tuple[tuple[str, str], ...]:
    raw = row.subtable("by_country")
    if raw is None:
        return ()
    out: list[tuple[str, str]] = []
    for country, actor_id in raw.items():
        if not _COUNTRY.match(country) or not isinstance(actor_id, str) or not _ID.match(actor_id):
            row.fail("`by_country` maps an ISO 3166-1 country code (IL) to an actor id")
        out.append((country, actor_id))
    return tuple(out)


_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _by_side(row: Row) -> tuple[tuple[Side, str], ...]:
    raw = row.subtable("by_side")
    if raw is None:
        return ()
    out: list[tuple[Side, str]] = []
    for side, actor_id in raw.items():
        if side not in SIDES or not isinstance(actor_id, str) or not _ID.match(actor_id):
            row.fail("`by_side` maps a side (ru, ua, other) to an actor id")
        out.append((side, actor_id))  # type: ignore[arg-type]  # checked against SIDES
    return tuple(out)


def _term(row: Row, raw: dict[str, object], number: int) -> Term:
    where = f"terms[{number}]"
    unknown = sorted(set(raw) - {"region", "start", "end"})
    if unknown:
        row.fail(f"`{where}` has unknown key(s) {', '.join(unknown)}")
    region = raw.get("region")
    if not isinstance(region, str) or not _REGION.match(region):
        row.fail(f"`{where}.region` must be an ISO 3166-2 code")
    term = Term(region, row.date(raw, "start", where), row.date(raw, "end", where))
    if term.start and term.end and term.end <= term.start:
        row.fail(f"`{where}` ends before it starts")
    return term


def _outlet(row: Row, role: str | None) -> Outlet | None:
    raw = row.subtable("outlet")
    if raw is None:
        return None
    if role != "outlet":
        row.fail("`outlet` facts belong to an actor whose role is outlet")
    unknown = sorted(set(raw) - {"country", "type", "state", "exiled"})
    if unknown:
        row.fail(f"`outlet` has unknown key(s) {', '.join(unknown)}")
    country, kind = raw.get("country"), raw.get("type")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country):
        row.fail("`outlet.country` must be an ISO 3166-1 alpha-2 code")
    if kind not in OUTLET_TYPES:
        row.fail(f"outlet.type {kind!r} is not one of {', '.join(OUTLET_TYPES)}")
    state, exiled = raw.get("state", False), raw.get("exiled", False)
    if not isinstance(state, bool) or not isinstance(exiled, bool):
        row.fail("`outlet.state` and `outlet.exiled` must be true or false")
    return Outlet(country, kind, state, exiled)


def _check_unique_names(entries: list[Actor], table: str) -> None:
    """A handle or title is one actor's, and so is a name in one language (people may share a
    surname, not a full name)."""
    owner: dict[tuple[str, str], str] = {}
    for actor in entries:
        for key in (*actor.handles, *actor.titles):
            other = owner.setdefault(("handle", handle_key(key)), actor.id)
            if other != actor.id:
                raise CatalogError(table, f"actor {actor.id!r}", f"{key!r} is {other}'s")
        for lang, names in actor.forms:
            for name in names:
                other = owner.setdefault((lang, _fold(name).casefold()), actor.id)
                if other != actor.id:
                    raise CatalogError(
                        table, f"actor {actor.id!r}", f"names.{lang} {name!r} is {other}'s too"
                    )
