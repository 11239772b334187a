"""Drafts into claims: each claim once (a restatement that names its place or speaker better
replaces the first), with the evidence span and the span of every field."""

from __future__ import annotations

from collections.abc import Collection

from claimledger.extract.document.tokens import CLOSING_QUOTES, Document
from claimledger.extract.grammar.draft import CASUALTY_ACTIONS, Draft
from claimledger.extract.mentions.place_codes import country_of_code
from claimledger.extract.mentions.types import Speaker
from claimledger.model import MISSILE_KINDS, Claim, Span
from claimledger.places.model import Place


def claims_of(
    doc: Document,
    drafts: list[Draft],
    places: dict[str, Place],
    headline_claims: bool = True,
    words: Collection[str] = (),
    particles: Collection[str] = (),
) -> list[Claim]:
    """One claim per (action, weapon, quantity, location); two towns make two claims."""
    kept: list[Draft] = []
    by_count: dict[tuple[str, int], list[int]] = {}  # positions in `kept` by action and count
    title = title_sentences(doc, particles)
    body = [d for d in drafts if d.sentence.index not in title and not d.history]
    for draft in drafts:
        if draft.history:
            continue  # "в 2023 году было сбито ...": another event, told as background
        if draft.sentence.index in title and (
            not headline_claims
            or any(_restates(b, draft) or _one_of(b, draft, places) for b in body)
        ):
            for told in body:  # the headline's place stands where the body names none
                if _restates(told, draft) and told.location is None:
                    told.location, told.location_refs = draft.location, draft.location_refs
            continue  # a headline sums up the body: its claims are the body's
        # Only drafts of the same action and count can be one claim (`_same`): look among
        # those alone, in the order kept, not through every claim kept so far.
        positions = by_count.setdefault((draft.action, draft.quantity), [])
        more = _another(doc, draft, words)
        at = next(
            (
                i
                for i in positions
                if _same(kept[i], draft, places)
                and not (more and not _another(doc, kept[i], words))
            ),
            None,
        )
        if at is None:
            positions.append(len(kept))
            kept.append(draft)
            continue
        twin = kept[at]
        if (
            _detail(twin) is None and _detail(draft) is not None and draft.location == twin.location
        ):
            kept[at] = draft
        elif twin.location != draft.location and _inside(twin.location, draft.location, places):
            kept[at] = draft  # the town said first, its region said after
        elif _country_of(twin.location, draft.location, places):
            kept[at] = draft  # "семь ракет сбито", then where: over Kursk Oblast
        elif twin.location is None and draft.location is not None:
            kept[at] = draft  # "15 drones destroyed", then where: over Ukraine
        elif _named(draft) and not _named(twin) and draft.location == twin.location:
            kept[at] = draft  # a headline's "— мэр" restated with the mayor's name
        elif _regional(draft) and _group(twin) and draft.location == twin.location:
            kept[at] = draft  # "— заявления губернаторов", then the governor by name
        elif twin.speaker_guessed and _named(draft) and not draft.speaker_guessed and (
            draft.location == twin.location
        ):
            kept[at] = draft  # the report's official guessed, then the claim's teller named
    kept = [d for d in kept if not any(_rounds(d, exact, places) for exact in kept)]
    return [_claim(doc, draft) for draft in sorted(kept, key=lambda d: d.first)]


def _another(doc: Document, draft: Draft, more_words: Collection[str]) -> bool:
    """ "another suicide drone fell": one more than was told, never the claim told before
    (unless that one was "another" too: the same one told twice). Only the lexicon's
    `fresh_words`: Russian "ещё N" in a channel's updates often restates a count (fold b), so
    Russian lists only ordinals past the first ("второй беспилотник упал в реку")."""
    if not more_words:
        return False
    if draft.number is None:  # "Второй БПЛА совершил падение": an ordinal opens the phrase
        return draft.phrase is not None and doc.tokens[draft.phrase.first].low in more_words
    first = draft.number[0]
    return any(
        0 <= i < len(doc.tokens) and doc.tokens[i].low in more_words
        for i in (first, first - 1, first + 1)  # "a second drone": the ordinal after "a"
    )


_ROUNDING = 0.1  # how far a round figure ("more than 250") may lie from the exact one (251)


def _rounds(rough: Draft, exact: Draft, places: dict[str, Place]) -> bool:
    """A round figure told of the same count another claim gives exactly: "Moscow claimed to
    have intercepted more than 250 drones" in a lead, "destroyed 251 drones" in the body."""
    if (
        rough is exact
        or rough.qualifier == "exact"
        or exact.qualifier != "exact"
        or rough.action != exact.action
        or not rough.quantity
        or (rough.speaker and rough.speaker.side) != (exact.speaker and exact.speaker.side)
    ):
        return False
    if rough.weapon != exact.weapon and not (
        {rough.weapon, exact.weapon} <= MISSILE_KINDS and "missile" in (rough.weapon, exact.weapon)
    ):
        return False
    if rough.location not in (None, exact.location) and not _country_of(
        rough.location, exact.location, places
    ):
        return False
    # floats throughout: a compiled build (mypyc) keeps an int and a float apart
    low, high = float(rough.quantity), rough.quantity * (1 + _ROUNDING)
    if rough.qualifier == "at_most":
        low, high = rough.quantity * (1 - _ROUNDING), float(rough.quantity)
    elif rough.qualifier == "approx":
        low = rough.quantity * (1 - _ROUNDING)
    return low <= exact.quantity <= high and exact.quantity != rough.quantity


def title_sentences(doc: Document, particles: Collection[str] = ()) -> set[int]:
    """The sentences of a report's headline: its leading lines that end without a full stop,
    when more text follows them. A line that ends in a function word ("... over the") is a
    sentence wrapped onto the next line, not a headline; a verb's particle ("... shot down",
    one of `particles`) ends a headline as any other word."""
    ends: dict[int, int] = {}
    last_tokens: dict[int, int] = {}
    for sentence in doc.sentences:
        ends[sentence.line] = sentence.end
        last_tokens[sentence.line] = sentence.last - 1
    title_lines: set[int] = set()
    for line in sorted(ends):
        last = doc.tokens[last_tokens[line]]
        wrapped = last.info.pos in ("DET", "PREP", "CONJ") and not (
            last.low in particles
            and last.index > 0  # (the text's first word has no verb before it)
            and doc.tokens[last.index - 1].info.pos == "VERB"
        )
        if _stops(doc.clean, ends[line]) or wrapped:
            break
        title_lines.add(line)
    if len(title_lines) == len(ends):
        return set()  # a report of headlines only: each is a statement
    return {s.index for s in doc.sentences if s.line in title_lines}


def _stops(text: str, end: int) -> bool:
    """A line ends a sentence: a full stop, or a quotation closed after one ("..., нет."»);
    a closing quote after a word closes a name ("ракеты «Вампир»"), as headlines end."""
    last = text[end - 1]
    if last in CLOSING_QUOTES and end > 1 and text[end - 2] not in '.!?…':
        return False
    return last in CLOSING_QUOTES or last in '.!?…:;'


def _restates(body: Draft, title: Draft) -> bool:
    """A body claim telling a headline's count again, wherever it places it."""
    kinds = {body.weapon, title.weapon}
    return (body.action, body.quantity) == (title.action, title.quantity) and (
        len(kinds) == 1 or (kinds <= MISSILE_KINDS and "missile" in kinds)
    )


def _one_of(body: Draft, title: Draft, places: dict[str, Place]) -> bool:
    """A headline's one victim whom the body counts among more of the same at its place
    ("поранено водія" over "поранені двоє водіїв"): the same casualties told twice."""
    if title.quantity != 1 or title.action not in CASUALTY_ACTIONS or body.action != title.action:
        return False
    if body.quantity <= 1:
        return False
    return (
        title.location in (None, body.location)
        or _inside(body.location, title.location, places)
        or _inside(title.location, body.location, places)
    )


def _named(draft: Draft) -> bool:
    return draft.speaker_named


def _regional(draft: Draft) -> bool:
    """Said by one region's official named in person."""
    speaker = draft.speaker
    return draft.speaker_named and speaker is not None and speaker.region is not None


def _group(draft: Draft) -> bool:
    """Said by officials of several regions at once ("губернаторы двух областей")."""
    speaker = draft.speaker
    return speaker is not None and speaker.kind == "official" and speaker.region is None


def _inside(town: str | None, region: str | None, places: dict[str, Place]) -> bool:
    place = places.get(town or "")
    return place is not None and place.kind in ("city", "district") and place.region == region


def _country_of(country: str | None, code: str | None, places: dict[str, Place]) -> bool:
    """`country` is the country that holds `code` ("RU" holds "RU-KRS" and "city:Kursk")."""
    place = places.get(country or "")
    if place is None or place.kind != "country" or code is None or code == country:
        return False
    return country_of_code(code, places) == country


def _same(one: Draft, other: Draft, places: dict[str, Place]) -> bool:
    if (one.action, one.quantity) != (other.action, other.quantity):
        return False
    if one.model and other.model and one.model != other.model:
        return False  # "літак А-50" and "винищувач Су-30СМ": two aircraft, one each
    if one.model != other.model and _two_phrases_of_one_sentence(one, other):
        return False  # "баллистическая ракета, аэробаллистическая ракета «Кинжал» и ...": two
    if one.listed and other.listed and one.sentence.index != other.sentence.index:
        return False  # two items of one list: "- 4 ударні БПЛА ..." and "- 4 розвідувальні БПЛА"
    if one.weapon != other.weapon and not (
        {one.weapon, other.weapon} <= MISSILE_KINDS and "missile" in (one.weapon, other.weapon)
    ):
        return False
    if one.location != other.location:
        if {"seas", "regions"} & {one.location_source, other.location_source}:
            return False  # a count over several seas or regions is no region's count told again
        country = _country_of(one.location, other.location, places) or _country_of(
            other.location, one.location, places
        )
        if country and one.quantity == 0 and "sentence" in (
            one.location_source,
            other.location_source,
        ):
            # "Губернаторы трёх областей: пострадавших нет", then one governor's own denial:
            # two denials; a lead's "No casualties" placed by the sentences around it sums up
            # the regions' denials after it
            return False
        if one.sentence.index != other.sentence.index and (
            country or None in (one.location, other.location)
        ):
            return True  # a restatement that names the region the first one left out
        if _two_tellers(one, other):
            return False  # the governor's "над Брянском — 15", the Ministry's "над областью — 15"
        return _inside(one.location, other.location, places) or _inside(
            other.location, one.location, places
        )
    if _two_named(one, other):
        return False
    detail, other_detail = _detail(one), _detail(other)
    return detail is None or other_detail is None or detail == other_detail


def _two_tellers(one: Draft, other: Draft) -> bool:
    """Two speakers named in person or by office, of different kinds (a governor and the
    Ministry): each tells its own count, at its own place."""
    pair = _named_speakers(one, other)
    return pair is not None and pair[0].kind != pair[1].kind


def _two_named(one: Draft, other: Draft) -> bool:
    """Two people or bodies named in person, in two sentences, each telling the same toll of
    the dead or hurt: each one's claim ("Уже известно о восьми погибших", — написал мэр; "Глава
    ОВА также сообщает о восьми погибших"). A weapon told of by two is one event's."""
    if one.action not in CASUALTY_ACTIONS or one.sentence.index == other.sentence.index:
        return False
    pair = _named_speakers(one, other)
    return pair is not None and pair[0].name != pair[1].name


def _named_speakers(one: Draft, other: Draft) -> tuple[Speaker, Speaker] | None:
    """The two drafts' speakers where each is named in person or by office, else None."""
    if one.speaker is None or other.speaker is None or not (_named(one) and _named(other)):
        return None
    return one.speaker, other.speaker


def _two_phrases_of_one_sentence(one: Draft, other: Draft) -> bool:
    """Two weapons named apart in one sentence (not one phrase read twice)."""
    return (
        one.sentence.index == other.sentence.index
        and one.phrase is not None
        and other.phrase is not None
        and (one.phrase.first, one.phrase.last) != (other.phrase.first, other.phrase.last)
    )


def _detail(draft: Draft) -> str | None:
    """The town a claim names, finer than its location code ("в Раменском" within RU-MOS)."""
    for ref in draft.places or draft.location_refs:
        if ref.place.kind in ("city", "district"):
            return ref.place.code.split(":", 1)[-1]
    return None


def _public_code(code: str | None) -> str | None:
    """A lesser namesake's code ("city:Mayskiy (RU-BEL)", places/towns.py) is the gazetteer's
    own: a claim gives its region, as it gives a village's (the town stays in `spans`)."""
    if code is None or not code.startswith("city:") or not code.endswith(")") or " (" not in code:
        return code
    return code[code.rindex(" (") + 2 : -1]


def _span(doc: Document, first: int, last: int) -> Span:
    return Span.of(doc.text, doc.tokens[first].start, doc.tokens[last - 1].end)


def _claim(doc: Document, draft: Draft) -> Claim:
    speaker = draft.speaker
    spans: dict[str, Span] = {}
    if draft.number is not None:
        spans["number"] = _span(doc, *draft.number)
    if draft.action_token is not None:
        spans["action"] = _span(doc, draft.action_token, draft.action_token + 1)
    if draft.phrase is not None:
        spans["weapon"] = _span(doc, draft.phrase.first, draft.phrase.last)
    if draft.places:
        place = draft.places[0]
        spans["place"] = Span.of(doc.text, place.start, place.end)
    elif draft.anaphor is not None and draft.location is not None:
        spans["place"] = _span(doc, *draft.anaphor)
    if draft.speaker_span is not None:
        spans["claimant"] = _span(doc, *draft.speaker_span)
    if draft.date_span is not None:
        spans["date"] = _span(doc, *draft.date_span)
    return Claim(
        action=draft.action,  # type: ignore[arg-type]
        quantity=draft.quantity,
        evidence=_span(doc, draft.first, draft.last),
        weapon=draft.weapon,  # type: ignore[arg-type]
        model=draft.model,
        qualifier=draft.qualifier,  # type: ignore[arg-type]
        location=_public_code(draft.location),
        claimant=speaker.name if speaker else None,
        claimant_side=speaker.side if speaker else None,  # type: ignore[arg-type]
        claimant_kind=speaker.kind if speaker else None,  # type: ignore[arg-type]
        attacker_side=draft.side,  # type: ignore[arg-type]
        date=draft.date,
        spans=spans,
    )
