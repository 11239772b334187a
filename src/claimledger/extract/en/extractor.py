"""English extraction: claim frames from the grammars, resolved into claims, with the report's
quotes, markers, checks and media mentions.

A frame (counted weapon + action, or a casualty count) gets its place, claimant, sides and date
here, each from the narrowest scope that says it: the frame's own words, its clause, its
sentence, the claim it refers back to, then the report around it (the previous claim, the
report's own voice, its publication date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from claimledger.catalog.actors import actors
from claimledger.extract.en import location as loc
from claimledger.extract.en import sides
from claimledger.extract.en import time as when
from claimledger.extract.en.casualties import casualty_frames
from claimledger.extract.en.checks import find_checks
from claimledger.extract.en.claimants import SUBJECT, Attribution, attributions, best_in
from claimledger.extract.en.claims import Frame, claim_frames
from claimledger.extract.en.document import Document
from claimledger.extract.en.markers import hedges, report_markers
from claimledger.extract.en.media import MediaFound, media_phrases, mention
from claimledger.extract.en.quotes import Found, find_quotes
from claimledger.extract.en.speakers import People, Speaker, find_people
from claimledger.model import (
    CLAIMANT_KINDS,
    Check,
    Claim,
    ClaimantKind,
    Extraction,
    Marker,
    MediaMention,
    Report,
    Side,
    Span,
)
from claimledger.resources import Resources

_COUNTRY_SIDE: dict[str, Side] = {"RU": "ru", "UA": "ua"}
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,[^()\n]{0,40}\([^)\n]{1,40}\)\s*[-–—]")
_SENTENCE_FINAL = re.compile(r"(?:\s+(?:on|in|via|at)\s+[^,.;]{0,40})?\s*[.!?\"”]*\s*$")
_IN_BRACKETS = re.compile(r"\([^)]*$")
_BREAK = re.compile(r"[,;:“”\"()]")
_CONTRAST = re.compile(r"\b(?:while|whereas|but|although|though|however)\b", re.IGNORECASE)
_PASSIVE_SUBJECT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$")
# How close a place or a speaker must stand to the number and verb to join the evidence.
_PLACE_REACH = 30
_SPEAKER_GAP = 2


@dataclass(frozen=True, slots=True)
class _Where:
    code: str | None
    span: Span | None  # the wording: a place name, or "in the area"
    country: str | None
    region: str | None  # a town's region, to see "Kaluga" and "the Kaluga region" as one place


_NOWHERE = _Where(None, None, None, None)


@dataclass(slots=True)
class _Resolved:
    claim: Claim
    frame: Frame
    where: _Where
    explicit_claimant: bool


class _Run:
    def __init__(self, report: Report, resources: Resources) -> None:
        self.doc = Document(report, resources)
        self.text = report.text
        self.report = report
        self._attributions: dict[int, list[Attribution]] = {}
        self.resolved: list[_Resolved] = []
        self._by_frame: dict[int, _Resolved] = {}
        self._dropped: set[int] = set()
        self.has_frames = False
        self.frames: list[Frame] = []

    # -- shared, built on first use ------------------------------------------------------------

    @cached_property
    def people(self) -> People:
        """People named in the report; place names are told apart only where places are needed
        anyway (a report with claims, or a governor to place), as the gazetteer is the cost."""
        blocked = [(w.start, w.end) for w in self.doc.weapons]
        people = find_people(self.text, blocked)
        titled = [
            p
            for p in people.people
            if p.role and p.role.split()[-1].lower() in ("governor", "mayor")
        ]
        if not (self.has_frames or titled):
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
    def check_spans(self) -> list[tuple[int, int]]:
        return [(c.evidence.start, c.evidence.end) for c in self.checks]

    def sentence_attributions(self, index: int) -> list[Attribution]:
        if index not in self._attributions:
            sentence = self.doc.sentences[index]
            self._attributions[index] = attributions(
                self.text, sentence.start, sentence.end, self.people
            )
        return self._attributions[index]

    # -- claims ----------------------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        frames = claim_frames(self.doc)
        frames += casualty_frames(self.doc, has_air_claims=bool(frames))
        self.has_frames = bool(frames)
        self.frames = frames
        frames.sort(key=lambda f: (f.counted.start, f.implicit))
        depicted = [(m.start, m.end) for m in self.media_found]
        for frame in frames:
            if any(s <= frame.counted.start < e for s, e in depicted):
                continue  # what a photo or video shows is described, not claimed
            resolved = self._resolve(frame)
            if resolved is None:
                continue
            # A repeated claim stands for the first one, also for what later claims inherit.
            first = next((r for r in self.resolved if _same(resolved, r)), None)
            if first is not None:
                self._by_frame[id(frame)] = first
                continue
            self.resolved.append(resolved)
            self._by_frame[id(frame)] = resolved
        return [r.claim for r in self.resolved]

    @cached_property
    def media_found(self) -> list[MediaFound]:
        return media_phrases(self.text)

    def _resolve(self, frame: Frame) -> _Resolved | None:
        sentence = frame.sentence
        clause = self.doc.clause_at(sentence, frame.counted.start)
        if frame.head is not None and id(frame.head) in self._dropped:
            self._dropped.add(id(frame))
            return None
        if self._historical(clause):
            self._dropped.add(id(frame))
            return None
        where = self._location(frame, clause)
        speaker, speaker_span, explicit = self._claimant(frame, clause)
        attacker = self._attacker(frame)
        name, side, kind = self._claimant_fields(speaker, attacker, where.country)
        if attacker is None and frame.weapon and sides.is_enemy(self._enemy_words(frame)):
            attacker = sides.opposite(side)
        date, date_span = self._date(frame, clause, where.country)
        spans = self._spans(frame, where.span, speaker_span, date_span)
        claim = Claim(
            action=frame.action,
            quantity=frame.counted.quantity.value,
            evidence=self._evidence(frame, clause, spans, speaker_span, explicit),
            weapon=frame.weapon.weapon if frame.weapon else None,
            model=frame.weapon.model if frame.weapon else None,
            qualifier=frame.counted.quantity.qualifier,
            location=where.code,
            claimant=name,
            claimant_side=side,
            claimant_kind=kind,
            attacker_side=attacker,
            date=date,
            spans=spans,
        )
        return _Resolved(claim, frame, where, explicit)

    def _words(self, frame: Frame) -> str:
        return self.text[frame.counted.start : frame.counted.end]

    def _enemy_words(self, frame: Frame) -> str:
        """The weapon's words and the verb's subject: "enemy drones", "the enemy launched"."""
        words = self._words(frame)
        act = frame.action_mention
        if act is not None and frame.sentence.start <= act.start and act.end <= frame.counted.start:
            clause = self.doc.clause_at(frame.sentence, act.start)
            words += " " + self.text[clause[0] : act.start]
        return words

    def _historical(self, clause: tuple[int, int]) -> bool:
        today = when.local_day(self.report.published, None)
        mentions = when.time_mentions(self.text, *clause)
        history = [m for m in mentions if when.is_history(m, today)]
        return bool(history) and len(history) == len(mentions)

    # -- location --------------------------------------------------------------------------------

    def _location(self, frame: Frame, clause: tuple[int, int]) -> _Where:
        scope = self._scope(frame, clause)
        if frame.followers:
            # A total broken down by place is about the whole country unless it names a place.
            own = self._place_in(*scope)
            return own or self._followers_country(frame) or _NOWHERE
        for start, end in (scope, clause):
            found = self._place_in(start, end)
            if found is not None:
                return found
        if loc.refers_back(self.text, *scope):
            before = self.doc.places_before(frame.sentence.start)
            located = loc.antecedent(before, self.text)
            if located is not None and located.mention is not None:
                place = located.mention.place
                return _Where(located.code, self._anaphor_span(scope), place.country, place.region)
        inherited = self._inherited(frame)
        if inherited is not None:
            return inherited.where
        return _NOWHERE

    def _speaker_spans(self, position: int) -> list[tuple[int, int]]:
        """Where the sentence names its speakers: "Belgorod Governor ...", "... in Moscow said"."""
        sentence = self.doc.sentence_at(position)
        return [(a.start, a.end) for a in self.sentence_attributions(sentence.index)]

    def _followers_country(self, frame: Frame) -> _Where | None:
        countries: set[str | None] = set()
        for follower in frame.followers:
            clause = self.doc.clause_at(follower.sentence, follower.counted.start)
            found = self._place_in(follower.counted.start, clause[1])
            if found is not None:
                countries.add(found.country)
        if len(countries) != 1:
            return None
        country = countries.pop()
        return _Where(country, None, country, None) if country else None

    def _place_in(self, start: int, end: int) -> _Where | None:
        usable = loc.usable_in_order(self.text, self.doc.places_in(start, end), self.check_spans)
        usable = [m for m in usable if not self._in_dateline(m.start)]
        speakers = self._speaker_spans(start)
        claim_places = [m for m in usable if not any(s <= m.start < e for s, e in speakers)]
        located = loc.choose(self.text, claim_places or usable)
        if located is None or located.code is None or located.mention is None:
            return None
        mention = located.mention
        code = located.code
        if not claim_places and self._governor_title(mention.start, speakers):
            code = mention.place.region or code  # "Bryansk Governor": the Bryansk region
        country = mention.place.country or loc.country_of(code)
        return _Where(
            code, Span.of(self.text, mention.start, mention.end), country, mention.place.region
        )

    def _governor_title(self, position: int, speakers: list[tuple[int, int]]) -> bool:
        return any(s <= position < e and "governor" in self.text[s:e].lower() for s, e in speakers)

    def _in_dateline(self, position: int) -> bool:
        """ "KYIV, Nov 17 (Example Wire) -": where the report was filed, not where it happened."""
        sentence = self.doc.sentence_at(position)
        match = _DATELINE.match(self.text, sentence.start)
        return match is not None and position < match.end()

    def _anaphor_span(self, scope: tuple[int, int]) -> Span | None:
        found = loc.anaphor(self.text, *scope)
        return Span.of(self.text, *found) if found else None

    def _scope(self, frame: Frame, clause: tuple[int, int]) -> tuple[int, int]:
        """From the previous claim in the clause to the next one: "9 over Kaluga, 8 over ..."."""
        start, end = clause
        if frame.head is not None and frame.head.sentence.index == frame.sentence.index:
            start = frame.counted.start  # a breakdown's place follows its number
        for other in self.frames:
            if other is frame or other.implicit or other.sentence.index != frame.sentence.index:
                continue
            if start <= other.counted.end <= frame.counted.start:
                start = other.counted.end
            elif frame.counted.end <= other.counted.start < clause[1] and other.head is not None:
                end = min(end, other.counted.start)
        for following in frame.followers:
            end = min(end, following.counted.start)
        return start, max(start, end)

    def _inherited(self, frame: Frame) -> _Resolved | None:
        """The claim a frame without its own place takes the place of."""
        if frame.head is not None and id(frame.head) in self._by_frame:
            return self._by_frame[id(frame.head)]
        if not self.resolved:
            return None
        previous = self.resolved[-1]
        if frame.action in ("killed", "injured"):
            return previous
        if previous.frame.sentence.paragraph >= frame.sentence.paragraph - 1:
            return previous  # the same event, told on
        return None

    # -- claimant ----------------------------------------------------------------------------------

    def _claimant(
        self, frame: Frame, clause: tuple[int, int]
    ) -> tuple[Speaker | None, Span | None, bool]:
        anchor = frame.counted.start
        for found in self.quotes:
            if found.start <= anchor < found.end and found.speaker is not None:
                speaker = found.speaker
                return speaker, Span.of(self.text, speaker.start, speaker.end), True
        sentence_attributions = self.sentence_attributions(frame.sentence.index)
        best = best_in(sentence_attributions, clause[0], clause[1], anchor)
        if best is None:
            # "A; B, the ministry said" covers A, and so does "A, but B, the ministry said";
            # "A, but officials say B" does not.
            reachable = [
                a
                for a in sentence_attributions
                if _SENTENCE_FINAL.match(self.text, a.end, frame.sentence.end)
                or not _CONTRAST.search(self.text, *sorted((anchor, a.start)))
            ]
            best = best_in(reachable, frame.sentence.start, frame.sentence.end, anchor)
        if best is not None:
            speaker = best.speaker
            return speaker, Span.of(self.text, speaker.start, speaker.end), True
        inherited = self._inherited_claimant(frame)
        if inherited is not None:
            claim = inherited.claim
            speaker = Speaker(claim.claimant, claim.claimant_side, claim.claimant_kind, None, 0, 0)
            return speaker, claim.spans.get("claimant"), False
        return None, None, False

    def _inherited_claimant(self, frame: Frame) -> _Resolved | None:
        if frame.head is not None and id(frame.head) in self._by_frame:
            return self._by_frame[id(frame.head)]
        for previous in reversed(self.resolved):
            if previous.frame.sentence.paragraph >= frame.sentence.paragraph - 1:
                return previous if previous.claim.claimant_kind != "outlet" else None
            return None
        return None

    def _claimant_fields(
        self, speaker: Speaker | None, attacker: Side | None, country: str | None
    ) -> tuple[str | None, Side | None, ClaimantKind | None]:
        if speaker is None:
            voice = self.doc.resources.registry.voice(self.report.source, _domain(self.report.url))
            return voice.name, _as_side(voice.side), _as_kind(voice.kind)
        side = speaker.side
        if side is None and speaker.context_side:
            by_place = _COUNTRY_SIDE.get(country or "")
            by_attacker = sides.opposite(attacker)
            side = by_attacker or by_place if speaker.kind == "military" else by_place
        name = speaker.name
        if name is None and speaker.kind == "military":
            name = {"ru": actors()["ru_mod"].name, "ua": actors()["ua_mod"].name}.get(
                side or "", "Ministry of Defence"
            )
        return name, side, speaker.kind

    # -- sides and dates -------------------------------------------------------------------------

    def _attacker(self, frame: Frame) -> Side | None:
        words = self._words(frame)
        side = sides.adjective_side(words) if frame.counted.weapon else None
        if side is None and frame.weapon is not None and frame.counted.weapon is not None:
            side = frame.weapon.side_hint
        if side is None:
            side = self._actor(frame)
        if side is None and frame.counted.weapon is not None:
            after = self.text[frame.counted.end : frame.sentence.end]
            side = sides.relative_actor_side(after)
        if side is None:
            sentence = self.doc.sentence_text(frame.sentence)
            side = sides.attack_side(sentence)
        if side is None:
            inherited = self._inherited(frame)
            if inherited is not None:
                side = inherited.claim.attacker_side
        if side is None and frame.weapon is not None and frame.weapon.side_hint:
            side = frame.weapon.side_hint
        return side

    def _actor(self, frame: Frame) -> Side | None:
        """Whose weapons by the verb's subject or agent: "Russia launched", "downed by Ukraine"."""
        act = frame.action_mention
        if act is None or act.start >= frame.sentence.end or act.start < frame.sentence.start:
            return None
        if frame.action in ("killed", "injured"):
            return None  # the subject of "killing three" is the attack, told by attack_side
        if act.end <= frame.counted.start:
            clause = self.doc.clause_at(frame.sentence, act.start)
            subject = self.text[clause[0] : act.start]
            if _PASSIVE_SUBJECT.search(subject):
                return None  # "Kyiv was attacked with 20 drones": Kyiv is the target
            side = sides.actor_side(subject)
            if side and frame.action in ("intercepted", "suppressed"):
                return sides.opposite(side)
            return side
        agent = sides.agent_side(self.text[act.end : min(frame.sentence.end, act.end + 40)])
        if agent and frame.action in ("intercepted", "suppressed"):
            return sides.opposite(agent)
        return agent

    def _date(
        self, frame: Frame, clause: tuple[int, int], country: str | None
    ) -> tuple[str | None, Span | None]:
        today = when.local_day(self.report.published, country)
        if today is None:
            return None, None
        mention = self._time_mention(frame, clause)
        if mention is None:
            if frame.head is not None and id(frame.head) in self._by_frame:
                head = self._by_frame[id(frame.head)].claim
                return head.date, head.spans.get("date")
            return today.isoformat(), None
        day = when.resolve(mention, today)
        span = Span.of(self.text, mention.start, mention.end)
        return (day.isoformat() if day else None), span

    def _time_mention(self, frame: Frame, clause: tuple[int, int]) -> when.TimeMention | None:
        """The time words of the clause nearest the claim ("reported on Saturday that drones
        were shot down overnight": overnight), else of its sentence, paragraph, report."""
        anchor = frame.counted.start
        sentence = frame.sentence
        for start, end in (clause, (sentence.start, sentence.end)):
            usable = self._times(start, end)
            if usable:
                return min(usable, key=lambda m: abs(m.start - anchor))
        earlier = self._times(0, sentence.start)
        same_paragraph = [
            m for m in earlier if self.doc.sentence_at(m.start).paragraph == sentence.paragraph
        ]
        if same_paragraph:
            return same_paragraph[-1]
        return earlier[0] if earlier else None

    def _times(self, start: int, end: int) -> list[when.TimeMention]:
        """Time words that date an event: not history, a dateline or an aside in brackets."""
        return [
            m
            for m in when.time_mentions(self.text, start, end)
            if m.kind != "history"
            and not self._in_dateline(m.start)
            and not _IN_BRACKETS.search(self.text, max(0, m.start - 40), m.start)
        ]

    # -- spans ------------------------------------------------------------------------------------

    def _spans(
        self,
        frame: Frame,
        place: Span | None,
        speaker: Span | None,
        date: Span | None,
    ) -> dict[str, Span]:
        text = self.text
        quantity = frame.counted.quantity
        spans = {"number": Span.of(text, quantity.start, quantity.end)}
        if frame.action_mention is not None:
            act = frame.action_mention
            spans["action"] = Span.of(text, act.start, act.end)
        if frame.weapon is not None:
            spans["weapon"] = Span.of(text, frame.weapon.start, frame.weapon.end)
        for key, span in (("place", place), ("claimant", speaker), ("date", date)):
            if span is not None and span.end > span.start:
                spans[key] = span
        return spans

    def _evidence(
        self,
        frame: Frame,
        clause: tuple[int, int],
        spans: dict[str, Span],
        speaker: Span | None,
        explicit: bool,
    ) -> Span:
        """The shortest stretch holding the number and the verb, with the place that follows
        them and the speaker that heads them in the same clause."""
        start, end = frame.counted.start, frame.counted.end
        act = frame.action_mention
        if act is not None and frame.sentence.start <= act.start < frame.sentence.end:
            start, end = min(start, act.start), max(end, act.end)
        place = spans.get("place")
        if (
            place is not None
            and clause[0] <= place.start < clause[1]
            and (
                0 <= place.start - end <= _PLACE_REACH
                and not _BREAK.search(self.text, end, place.start)
            )
        ):
            end = place.end
        if explicit and speaker is not None:
            start = self._with_subject(start, speaker)
        return Span.of(self.text, start, end)

    def _with_subject(self, start: int, speaker: Span) -> int:
        attribution = next(
            (
                a
                for a in self._attributions.get(self.doc.sentence_at(start).index, [])
                if a.speaker.start == speaker.start and a.rank >= SUBJECT - 1
            ),
            None,
        )
        if attribution is None or attribution.end > start:
            return start
        gap = self.text[attribution.end : start].split()
        return (
            speaker.start
            if len(gap) <= _SPEAKER_GAP
            and not any(ch in self.text[attribution.end : start] for ch in ",;:")
            else start
        )

    # -- the rest of the report ------------------------------------------------------------------

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
        found = [a for a in self.sentence_attributions(sentence.index) if a.speaker.name]
        if found:
            return min(found, key=lambda a: abs(a.start - position)).speaker.name
        earlier = [r for r in self.resolved if r.claim.evidence.start < position]
        return earlier[-1].claim.claimant if earlier else None

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


def _as_side(value: str | None) -> Side | None:
    return value if value in ("ru", "ua", "other") else None  # type: ignore[return-value]


def _as_kind(value: str) -> ClaimantKind | None:
    return value if value in CLAIMANT_KINDS else None  # type: ignore[return-value]


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host[4:] if host.startswith("www.") else host


def _same(later: _Resolved, earlier: _Resolved) -> bool:
    a, b = later.claim, earlier.claim
    if (a.action, a.weapon, a.quantity) != (b.action, b.weapon, b.quantity):
        return False
    if not _compatible_places(later, earlier):
        return False
    return (
        a.claimant == b.claimant
        or not later.explicit_claimant
        or a.claimant_kind in ("outlet", None)
    )


def _compatible_places(later: _Resolved, earlier: _Resolved) -> bool:
    """Equal, unknown on one side, or a town and the region it lies in."""
    a, b = later.where, earlier.where
    if a.code is None or b.code is None or a.code == b.code:
        return True
    return (a.region is not None and a.region == b.code) or (
        b.region is not None and (b.region == a.code)
    )


def extract(report: Report, resources: Resources) -> Extraction:
    """Read one English report (the `claimledger.extract` language entry point)."""
    run = _Run(report, resources)
    claims = run.claims()
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
