"""The pieces a Russian post is read into before they are put together as claims.

Each finder (quantities, weapons, actions, places, speakers, dates) returns these records with
token indexes into `Document.tokens`; `frames` joins them into `Claim`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.places.model import Place


@dataclass(slots=True)
class WeaponPhrase:
    """A weapon noun phrase: "29 беспилотных летательных аппаратов", "ракетами ATACMS"."""

    weapon: str | None  # None for "воздушные цели" (air targets of mixed kinds)
    model: str | None
    first: int  # token indexes, [first, last)
    last: int
    head: int
    number: str | None  # "sing"/"plur" when the form tells, else None
    side: str | None = None  # "ua"/"ru" from "украинских", "российские", "ВСУ"
    hostile: bool = False  # "вражеских": the side opposed to the claimant
    adjective_only: bool = False  # "пять авиационных": the noun is left out
    typical: bool = False  # the side is only the model's usual one ("Shahed": Russia's)


@dataclass(slots=True)
class Quantity:
    """A number that counts something: "около 17", "по одному", "двое", "из них 32"."""

    value: int
    qualifier: str
    first: int  # first token incl. qualifier and "по"
    number_first: int
    last: int  # one past the number's last token
    distributive: bool = False  # "по 3 над A, B и C": each place gets 3
    weapon: WeaponPhrase | None = None  # the counted weapon, when named right after
    victims: bool = False  # counts people
    elliptic: bool = False  # nothing counted is named: "10 — над Ростовской"
    items: bool = False  # "пять штук"
    other: bool = False  # counts something else: "11 контратак", "два авиарейса"
    whole: tuple[int, int, int] | None = None  # "5 из 6 ракет": value, first, last of the 6
    share: bool = False  # "90 percent of the 50 drones": the whole of a share, no part counted


@dataclass(frozen=True, slots=True)
class ActionMention:
    """A word of action or harm ("сбиты", "shot down") at a token, with its strength."""

    action: str
    token: int
    rank: int  # the strongest action of a clause wins
    first: int
    last: int
    weak: bool = False  # motion verbs ("летело"): launched only when nothing else is said
    number: str | None = None  # agreement of a verb or participle, for implied single weapons


@dataclass(slots=True)
class PlaceRef:
    """A place the gazetteer found, at tokens [first, last) and characters [start, end), with
    how the words around it name it (a heading, a target, an origin, surroundings)."""

    place: Place
    first: int
    last: int
    start: int
    end: int
    destination: bool = False  # "летевших на Москву"
    # a city headed for whose approaches the report names no place of: the city itself, not
    # its approaches' region ("летевших на Москву" alone is RU-MOW, ANNOTATION.md)
    bare_approach: bool = False
    aimed: bool = False  # "launched at Israel": the target of an attack, not a heading away
    near: bool = False  # "под Курском": the surroundings of a town
    explicit_region: bool = False
    in_actor: bool = False  # part of a speaker's title ("губернатор Брянской области")
    origin: bool = False  # where weapons came from ("из Тамбовской области"), not where
    dateline: bool = False  # "KYIV, Nov 22 (Reuters) -": where the report was filed


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks: the claimant's name, side and kind, and the region or town it speaks for."""

    name: str
    side: str | None
    kind: str
    region: str | None = None  # the region a regional official speaks for
    national: bool = False  # a ministry or armed force: its word covers the whole country
    actor: str | None = None  # the registry's id of the actor, when it is one
    home: str | None = None  # the town a town's head (a mayor) speaks for
    town_head: bool = False  # a town's head or body, its town named or not ("міський голова")


@dataclass(slots=True)
class DateMention:
    """A date or time named at tokens [first, last): its ISO day where it has one, and whether
    it is another time than the report's."""

    first: int
    last: int
    value: str | None  # ISO date, or None for a range that has no single date
    strength: int = 1  # a named day beats "ночью"
    history: bool = False  # "в 2023 году", "в сентябре" (of a November post): another time
    opens: bool = False  # "(с 18:00 13 марта)": where a window opens, not the day it is about
    # another time by its own words where the report's day is unknown: "in January 2024", "in
    # 2014", "Hamas's Oct. 7 attack" in an undated page (background, locate._remember)
    background: bool = False


@dataclass(slots=True)
class ActorMention:
    """An actor named at tokens [first, last): the speaker it is, or an office, a role or a
    word that points back to one named before."""

    first: int
    last: int
    speaker: Speaker | None  # None: a role whose region is not known yet, or a back-reference
    role: bool = False
    role_word: str = ""  # "губернатор", "мэр", "глава"
    region: str | None = None  # the region an office is named with, whoever holds it
    back: bool = False
    local: bool = False
    holder: str | None = None  # the office holder's name the text gives (mentions/named.py)


@dataclass(slots=True)
class SentenceSpeaker:
    """The attribution a sentence carries by itself."""

    speaker: Speaker | None = None
    mention: ActorMention | None = None
    back: bool = False  # a cue with no actor: the last speaker goes on
    reset: bool = False  # a verb of supposing: the last speaker's turn is over
    trailing: bool = False  # "..., — Собянин": also covers the sentences before it
    header: bool = False  # "Минобороны РФ:" opens the post
    unnamed: bool = False  # "сообщается", "говорится о": no one named
    # Speakers of later clauses, from their clause's first token: "..., while a US official said".
    later: list[tuple[int, SentenceSpeaker]] = field(default_factory=list)

    @property
    def explicit(self) -> bool:
        return self.speaker is not None or (self.mention is not None and self.mention.role)
