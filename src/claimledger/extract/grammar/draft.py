"""The claim in progress: what a sentence's rules put together before the post settles it."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.mentions.types import (
    ActionMention,
    ActorMention,
    DateMention,
    PlaceRef,
    Quantity,
    SentenceSpeaker,
    Speaker,
    WeaponPhrase,
)

WEAPON_ACTIONS = frozenset({"launched", "intercepted", "suppressed", "hit"})
CASUALTY_ACTIONS = frozenset({"killed", "injured"})
# Aircraft and helicopters count as intercepted only when shot down ("сбит самолет"); a
# helicopter "уничтожен" on an airfield is a ground strike.
SHOT_DOWN_ONLY = frozenset({"aircraft", "helicopter"})


@dataclass(slots=True)
class Draft:
    """A claim being put together; frozen into a `Claim` at the end."""

    action: str
    quantity: int
    qualifier: str
    weapon: str | None
    model: str | None
    sentence: Sentence
    first: int  # evidence tokens
    last: int
    number: tuple[int, int] | None = None
    action_token: int | None = None
    phrase: WeaponPhrase | None = None
    places: list[PlaceRef] = field(default_factory=list)
    location: str | None = None
    location_source: str | None = None  # "own", "total", "sentence", "sibling", "context", ...
    location_refs: list[PlaceRef] = field(default_factory=list)  # the mentions it came from
    many_regions: bool = False
    total: bool = False  # "всего ...": the sum of what was counted before
    speaker_region: bool = False  # "над его областью": the speaker's own region
    side: str | None = None
    hostile: bool = False
    date: str | None = None
    date_span: tuple[int, int] | None = None
    speaker: Speaker | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_named: bool = False  # a person or a body named, not "— мэр" or "власти"
    # the report's official carried to a sentence that names no one (voices._lead_official)
    speaker_guessed: bool = False
    history: bool = False  # dated to another time ("в сентябре"): background, not a claim
    listed: bool = False  # an item of a list under its header ("ЗНИЩЕНО:"): a claim of its own
    anaphor: tuple[int, int] | None = None  # "in the area": the place said before, as worded
    part_of: Draft | None = None  # the claim this launch is read from ("26 of 28", "all 14")


@dataclass(slots=True)
class Facts:
    """What one sentence holds, found once and read by every rule: weapon phrases, counts,
    actions, places, dates, actors, its speaker, its clauses and list items."""

    phrases: list[WeaponPhrase]
    quantities: list[Quantity]
    actions: list[ActionMention]
    places: list[PlaceRef]
    dates: list[DateMention]
    actors: list[ActorMention]
    speaker: SentenceSpeaker
    clauses: list[tuple[int, int]]
    items: list[tuple[int, int]]
