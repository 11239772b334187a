"""Everything the Ukrainian grammars share about one report, built once per report.

Pattern families (`airforce_daily`, `overnight`, `casualties`) read the report through this
context and hand their findings to `ReportContext.claim`, which fills the fields they share:
claimant, location, date, attacker side and the evidence spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import cast

from claimledger.extract.dates import local_date
from claimledger.extract.uk.attribution import (
    ActorMention,
    Attribution,
)
from claimledger.extract.uk.dating import DateCue, find_date_cues
from claimledger.extract.uk.locating import PlaceGroup, claim_places, group_places
from claimledger.extract.uk.quantities import QuantityReader
from claimledger.extract.uk.text import Document, Sentence, same_segment
from claimledger.extract.uk.triggers import CueFinder
from claimledger.extract.uk.weapons import AIR_TARGETS, WeaponReader
from claimledger.model import (
    Action,
    Claim,
    ClaimantKind,
    Qualifier,
    Report,
    Side,
    Span,
    Weapon,
)
from claimledger.resources import Resources

_ACTIONS_WITH_COUNTRY_DEFAULT = frozenset({"launched", "intercepted", "suppressed"})
_IMPACT_ACTIONS = frozenset({"hit", "killed", "injured"})
_DEFENCE_ACTIONS = frozenset({"intercepted", "suppressed"})


@dataclass(slots=True)
class Finding:
    """What a grammar found; `ReportContext.claim` turns it into a Claim."""

    action: str
    value: int
    qualifier: str
    weapon: str | None
    model: str | None
    position: int  # offset the claim is anchored at (its number, or its weapon)
    evidence: tuple[int, int]
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    sentence: Sentence | None = None
    date: date | None = None  # a date the grammar read itself (the infographic's header)
    foreign: bool = False  # said of Ukrainian weapons ("українських дронів")
    location: str | None = None  # a location the grammar settled itself ("UA" for the daily list)


class ReportContext:
    """A report's text, tokens, readers and the cues found in it."""

    def __init__(self, report: Report, resources: Resources) -> None:
        self.report = report
        self.resources = resources
        self.morph = resources.morph("uk")
        self.doc = Document(report.text)
        self.today = local_date(report.published, "uk")
        self.weapons = WeaponReader(self.doc, self.morph)
        self.quantities = QuantityReader(self.doc, self.morph)
        self.cues = CueFinder(self.doc, self.morph)
        self.attribution = Attribution(self.doc.folded, self._region)
        self.voice = resources.registry.voice(report.meta.get("channel_id"), report.source)
        self.consumed: list[tuple[int, int]] = []

    def _region(self, name: str) -> tuple[str, str] | None:
        place, _ = self.resources.gazetteer.resolve(name, "uk", "UA")
        if place is None or place.kind != "region":
            return None
        return place.code, place.name

    @cached_property
    def date_cues(self) -> list[DateCue]:
        return find_date_cues(self.doc.folded, self.today)

    @cached_property
    def place_groups(self) -> list[PlaceGroup]:
        found = self.resources.gazetteer.find(self.report.text, "uk", self.morph)
        actors = [(a.start, a.end) for a in self.attribution.mentions]
        return group_places(self.doc.folded, claim_places(self.doc.folded, found, actors))

    # -- the shared fields of a claim -------------------------------------------------------

    def claim(self, finding: Finding) -> Claim | None:
        """A claim from a finding, or None where its date says it is history."""
        sentence = finding.sentence
        s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(self.doc.text))
        cue = None if finding.date else self._date_cue(s_start, s_end, finding.position)
        if cue is not None and cue.history:
            return None
        actor = self.attribution.at(s_start, s_end, finding.position)
        national = self._national(actor)
        group = None if finding.location else self._place_group(s_start, s_end, finding, national)
        fields = self._claimant(actor)
        defended = self._defended(finding, group, fields["claimant_side"])
        location = finding.location or (
            group.code if group else self._default_location(finding, actor, national, defended)
        )
        claim = Claim(
            action=cast(Action, finding.action),
            quantity=finding.value,
            evidence=self._span(*finding.evidence),
            weapon=cast(Weapon | None, _weapon(finding.weapon)),
            model=finding.model,
            qualifier=cast(Qualifier, finding.qualifier),
            location=location,
            claimant=fields["claimant"],
            claimant_side=cast(Side | None, fields["claimant_side"]),
            claimant_kind=cast(ClaimantKind | None, fields["claimant_kind"]),
            attacker_side="ua" if defended == "RU" else "ru",
            date=self._date(finding, cue),
        )
        claim.spans = {k: self._span(a, b) for k, (a, b) in finding.spans.items()}
        if group is not None:
            claim.spans["place"] = self._span(group.start, group.end)
        if actor is not None:
            claim.spans["claimant"] = self._span(actor.start, actor.end)
        if cue is not None:
            claim.spans["date"] = self._span(cue.start, cue.end)
        return claim

    def _span(self, start: int, end: int) -> Span:
        return Span.of(self.doc.text, start, end)

    def _claimant(self, actor: ActorMention | None) -> dict[str, str | None]:
        if actor is not None:
            return actor.actor.as_fields()
        voice = self.voice
        return {"claimant": voice.name, "claimant_side": voice.side, "claimant_kind": voice.kind}

    def _date_cue(self, start: int, end: int, position: int) -> DateCue | None:
        inside = [c for c in self.date_cues if start <= c.start < end]
        if inside:
            before = [c for c in inside if c.start <= position]
            return before[-1] if before else inside[0]
        earlier = [c for c in self.date_cues if c.end <= start and not c.history]
        return earlier[-1] if earlier else None

    def _date(self, finding: Finding, cue: DateCue | None) -> str | None:
        if finding.date is not None:
            return finding.date.isoformat()
        if cue is not None and cue.date is not None:
            return cue.date.isoformat()
        return self.today.isoformat() if self.today else None

    def _place_group(
        self, start: int, end: int, finding: Finding, national: bool
    ) -> PlaceGroup | None:
        """The places of the finding's comma segment, else the nearest before it, else after;
        a sentence with none takes its paragraph's last place, except for a national total."""
        inside = [g for g in self.place_groups if start <= g.start < end]
        if not inside and (finding.action in _IMPACT_ACTIONS or not national):
            return self._paragraph_place(start)
        if not inside or finding.sentence is None:
            return inside[0] if inside else None
        doc = self.doc
        breaks = doc.segment_breaks(finding.sentence)
        here = doc.token_at_or_after(finding.position)

        def near(group: PlaceGroup) -> bool:
            first = doc.token_at_or_after(group.start)
            last = doc.token_at_or_after(group.end) - 1
            return same_segment(first, here, breaks) or same_segment(last, here, breaks)

        same = [g for g in inside if near(g)]
        if same:
            return min(same, key=lambda g: abs(g.start - finding.position))
        before = [g for g in inside if g.end <= finding.position]
        return before[-1] if before else inside[0]

    def _paragraph_place(self, start: int) -> PlaceGroup | None:
        """What a paragraph's earlier sentences named last: "Ворог атакував Одесу. Загинули..."."""
        paragraph = self.doc.folded.rfind("\n\n", 0, start) + 1
        earlier = [g for g in self.place_groups if paragraph <= g.start < start]
        return earlier[-1] if earlier else None

    def _national(self, actor: ActorMention | None) -> bool:
        """A claimant that speaks for the whole country (the Air Force, the General Staff)."""
        if actor is not None:
            return actor.actor.national and actor.actor.side == "ua"
        return self.voice.kind == "military" and self.voice.side == "ua"

    def _default_location(
        self, finding: Finding, actor: ActorMention | None, national: bool, defended: str
    ) -> str | None:
        if actor is not None and actor.home is not None:
            return actor.home
        # A Ukrainian regional official's claims without a place are at home (the registry's
        # `home` or `region`); Russian officials quoted here are left to the sentence.
        if actor is not None and actor.actor.side == "ua" and actor.actor.place is not None:
            return actor.actor.place
        if national:
            return "UA"
        if finding.action in _ACTIONS_WITH_COUNTRY_DEFAULT:
            return defended
        return None

    def _defended(self, finding: Finding, group: PlaceGroup | None, side: str | None) -> str:
        """The country under attack: Russia where the text says the weapons were Ukrainian,
        where the claim is in Russia, or where a Russian source counts what it shot down."""
        if finding.foreign or (group is not None and _in_russia(group)):
            return "RU"
        in_ukraine = group is not None and group.mentions[0].place.country == "UA"
        if side == "ru" and finding.action in _DEFENCE_ACTIONS and not in_ukraine:
            return "RU"
        return "UA"

    def in_consumed(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.consumed)


def _in_russia(group: PlaceGroup) -> bool:
    place = group.mentions[0].place
    return (group.code or "").startswith("RU") or place.country == "RU"


def _weapon(weapon: str | None) -> str | None:
    """Mixed "air targets" are counted with no weapon class (ANNOTATION.md)."""
    return None if weapon == AIR_TARGETS else weapon
