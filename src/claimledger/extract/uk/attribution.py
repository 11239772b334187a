"""Who asserts a claim in a Ukrainian report: named sources, "За даними ...", "— Ігнат".

Surface forms (stems, any case: the `uk` names of the actor registry, claimledger/catalog/
actors.toml) map to its actors, so a relay of the Air Force by a news channel gets the Air Force
as claimant. A sentence takes the source named in it; otherwise
the signature of its paragraph ("— Ігнат"), otherwise the last source named before it in its
paragraph, otherwise a source named in the report's first line ("Повітряні сили: ..."),
otherwise the report's own voice from the source registry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from claimledger.catalog import forms
from claimledger.catalog.actors import Actor, actors

# How the Ukrainian grammar reads the registry's stems: an ending is any word characters.
_READING = forms.Reading(letters=r"\w", space=r"\s+")


@cache
def _actor_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per actor with Ukrainian names, over the folded text, in the table's order
    (which settles two names of one length at one place)."""
    return tuple(
        (
            re.compile(
                r"(?<![^\W\d_])" + forms.alternation(a.names("uk"), _READING) + r"(?![^\W\d_])",
                re.I,
            ),
            a.id,
        )
        for a in actors()
        if a.names("uk")
    )


# "— Ігнат" closing a paragraph, on its own line or after the last sentence.
_ADMINISTRATION = re.compile(
    r"(?<![^\W\d_])(?P<region>[^\W\d_]+ськ[^\W\d_]*)\s+"
    r"(?:ова|ода|обласн[^\W\d_]*\s+(?:військов[^\W\d_]*\s+|державн[^\W\d_]*\s+)?"
    r"адміністрац[^\W\d_]*)(?![^\W\d_])",
    re.I,
)
# A report that opens with its source: "**Повітряні сили:**", "Ігнат: ...".
_LEAD = re.compile(r"[\W_]*(?P<name>[^\W\d_][^:\n]{1,60}?)\s*[\W_]*:")
_SIGNATURE = re.compile(r"(?m)(?:^|[.!?…»\"]\s+)[-—–]\s*(?P<name>[^\n.!?]{2,60}?)\s*$")


@dataclass(frozen=True, slots=True)
class ActorMention:
    key: str
    start: int
    end: int
    custom: Actor | None = None  # a source outside the shared table (a region's administration)
    home: str | None = None  # the place code such a source speaks for

    @property
    def actor(self) -> Actor:
        return self.custom or actors()[self.key]


# A region's name -> (its place code, its English name), from the gazetteer.
RegionResolver = Callable[[str], tuple[str, str] | None]


def find_actors(folded: str, regions: RegionResolver | None = None) -> list[ActorMention]:
    """Every actor named in a folded text, in order, without overlaps."""
    found = [
        ActorMention(key, m.start(), m.end())
        for pattern, key in _actor_patterns()
        for m in pattern.finditer(folded)
    ]
    if regions is not None:
        found.extend(_administrations(folded, regions))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[ActorMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _administrations(folded: str, regions: RegionResolver) -> list[ActorMention]:
    """ "Харківська ОВА", "Одеська обласна військова адміністрація": the region's voice."""
    found: list[ActorMention] = []
    for m in _ADMINISTRATION.finditer(folded):
        region = regions(m.group("region"))
        if region is None:
            continue
        code, name = region
        actor = Actor(
            "region_administration",
            f"{name} Military Administration",
            "official",
            "ua",
            "military_administration",
            region=code,
        )
        found.append(ActorMention("region_administration", m.start(), m.end(), actor, code))
    return found


class Attribution:
    """Decides the claimant of a position in a report."""

    def __init__(self, folded: str, regions: RegionResolver | None = None) -> None:
        self.folded = folded
        self.mentions = find_actors(folded, regions)
        self._signatures = self._paragraph_signatures()

    def _paragraph_signatures(self) -> list[tuple[int, int, ActorMention]]:
        """(paragraph start, paragraph end, actor) for paragraphs signed "— Ігнат"."""
        signed: list[tuple[int, int, ActorMention]] = []
        for m in _SIGNATURE.finditer(self.folded):
            actor = next(
                (a for a in self.mentions if m.start("name") <= a.start < m.end("name")), None
            )
            if actor is None:
                continue
            start = self.folded.rfind("\n\n", 0, m.start()) + 1
            signed.append((start, m.end(), actor))
        return signed

    def at(self, sentence_start: int, sentence_end: int, position: int) -> ActorMention | None:
        """The actor who asserts what is said at `position` of the sentence, or None (voice)."""
        inside = [a for a in self.mentions if sentence_start <= a.start < sentence_end]
        if inside:
            before = [a for a in inside if a.start <= position]
            return before[-1] if before else inside[0]
        for start, end, actor in self._signatures:
            if start <= position < end:
                return actor
        paragraph = self.folded.rfind("\n\n", 0, sentence_start) + 1
        earlier = [a for a in self.mentions if paragraph <= a.start and a.end <= sentence_start]
        if earlier:
            return earlier[-1]
        return self._lead()

    def _lead(self) -> ActorMention | None:
        """A source heading the report ("Повітряні сили: ...", "Ігнат:") speaks for all of it."""
        head = _LEAD.match(self.folded)
        if head is None:
            return None
        return next((a for a in self.mentions if a.start == head.start("name")), None)
