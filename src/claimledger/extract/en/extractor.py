"""English extraction: claims from the one extraction core (`claimledger.extract.pipeline`), with
the report's quotes, markers, checks and media mentions from the English modules beside this one.

The claims are read exactly as Russian and Ukrainian ones are, with the English lexicon
(`extract/lexicon/en.toml`); what a photo or video is said to show is a description, not a claim,
so a claim whose evidence starts inside such a phrase is left out.
"""

from __future__ import annotations

from functools import cached_property

from claimledger.extract.en.checks import find_checks
from claimledger.extract.en.claimants import attributions
from claimledger.extract.en.document import Document
from claimledger.extract.en.markers import hedges, report_markers
from claimledger.extract.en.media import MediaFound, media_phrases, mention
from claimledger.extract.en.quotes import Found, find_quotes
from claimledger.extract.en.speakers import People, find_people
from claimledger.extract.pipeline import read_claims
from claimledger.model import Check, Claim, Extraction, Marker, MediaMention, Report
from claimledger.resources import Resources


class _Run:
    def __init__(self, report: Report, resources: Resources) -> None:
        self.doc = Document(report, resources)
        self.text = report.text
        self.report = report
        self.resources = resources
        self.claims: list[Claim] = []

    # -- claims ----------------------------------------------------------------------------------

    def read_claims(self) -> list[Claim]:
        depicted = [(m.start, m.end) for m in self.media_found]
        self.claims = [
            claim
            for claim in read_claims(self.report, "en", self.resources)
            if not any(s <= claim.evidence.start < e for s, e in depicted)
        ]
        return self.claims

    # -- the rest of the report ------------------------------------------------------------------

    @cached_property
    def people(self) -> People:
        """People named in the report, places and weapons told apart from names."""
        blocked = [(w.start, w.end) for w in self.doc.weapons]
        people = find_people(self.text, blocked)
        titled = [
            p
            for p in people.people
            if p.role and p.role.split()[-1].lower() in ("governor", "mayor")
        ]
        if not (self.claims or titled):
            return people
        towns = [(m.start, m.end) for m in self.doc.places if m.place.kind != "region"]
        people = People(
            [p for p in people.people if not any(s < p.end and p.start < e for s, e in towns)],
            self.text,
        )
        for person in titled:
            person.region = self._title_region(person.role_start, person.start)
        return people

    def _title_region(self, role_start: int, name_start: int) -> str | None:
        """The region a governor's title refers to: named in it, else the last one named."""
        inside = self.doc.places_in(role_start, name_start)
        before = [m for m in self.doc.places_before(name_start) if m.place.kind == "region"]
        chosen = inside[-1] if inside else (before[-1] if before else None)
        if chosen is None:
            return None
        wording = chosen.text.replace("’s", "").replace("'s", "")
        return (
            wording
            if chosen.place.kind == "region" and len(wording.split()) > 1
            else (f"{wording} region")
        )

    @cached_property
    def quotes(self) -> list[Found]:
        if not any(mark in self.text for mark in '“"'):
            return []
        return find_quotes(self.doc, self.people)

    @cached_property
    def checks(self) -> list[Check]:
        return find_checks(self.doc) if _may_hold_checks(self.text) else []

    @cached_property
    def media_found(self) -> list[MediaFound]:
        return media_phrases(self.text)

    def media(self, markers: list[Marker]) -> list[MediaMention]:
        unclear = [m.evidence.start for m in markers if m.kind == "media_provenance_unclear"]
        out: list[MediaMention] = []
        for found in self.media_found:
            sentence = self.doc.sentence_at(found.start)
            is_unclear = any(
                self.doc.sentence_at(position).index in (sentence.index, sentence.index + 1)
                for position in unclear
            )
            out.append(mention(self.text, found, self._media_claimant(found.start), is_unclear))
        return out

    def _media_claimant(self, position: int) -> str | None:
        """Who published it by the sentence's words, else the claimant of the claim before."""
        sentence = self.doc.sentence_at(position)
        found = [
            a
            for a in attributions(self.text, sentence.start, sentence.end, self.people)
            if a.speaker.name
        ]
        if found:
            return min(found, key=lambda a: abs(a.start - position)).speaker.name
        earlier = [c for c in self.claims if c.evidence.start < position]
        return earlier[-1].claimant if earlier else None

    def markers(self, claims: list[Claim]) -> list[Marker]:
        found = report_markers(self.text)
        seen = {(m.evidence.start, m.evidence.end) for m in found}
        sentences = sorted({self.doc.sentence_at(c.evidence.start).index for c in claims})
        for index in sentences:
            sentence = self.doc.sentences[index]
            for marker in hedges(self.text, sentence.start, sentence.end):
                key = (marker.evidence.start, marker.evidence.end)
                if key not in seen and not _overlaps(marker, found):
                    found.append(marker)
                    seen.add(key)
        return sorted(found, key=lambda m: m.evidence.start)


def _overlaps(marker: Marker, found: list[Marker]) -> bool:
    return any(
        m.evidence.start < marker.evidence.end and marker.evidence.start < m.evidence.end
        for m in found
    )


def extract(report: Report, resources: Resources) -> Extraction:
    """Read one English report (the `claimledger.extract` language entry point)."""
    run = _Run(report, resources)
    claims = run.read_claims()
    markers = run.markers(claims)
    return Extraction(
        report,
        claims=claims,
        quotes=[found.quote for found in run.quotes],
        markers=markers,
        checks=run.checks,
        media=run.media(markers),
    )


def _may_hold_checks(text: str) -> bool:
    low = text.lower()
    return "km" in low or "kilomet" in low or "mile" in low
