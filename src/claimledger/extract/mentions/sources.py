"""Unnamed sources placed by the body they sit in: "источники в СБУ", "джерела в СБУ", "a source
in the SBU", "SBU sources" speak anonymously for that body's side (the gold's "SBU sources",
ua, anonymous), where a bare "source" has no side. A medium next to a source relays it and
seats it nowhere: "TASS sources", "источник ТАСС", "a source told TASS" alike stay sideless
(the gold's "112 source", no side)."""

from __future__ import annotations

from claimledger.catalog.actors import actors
from claimledger.extract.document.tokens import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    Document,
    Sentence,
    Token,
)
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.lexicon.roles import opener_length
from claimledger.extract.mentions.types import ActorMention, Speaker

_SEAT_WORDS = 3  # "in the", "в", "in Ukraine's": the words between a source and its body
_SOURCE_TAIL = 4  # words after a trailing "— источник" that say where it sits


def situated(doc: Document, lex: Lexicon, found: list[ActorMention]) -> list[ActorMention]:
    """The mentions with each sideless unnamed source joined to the body it sits in, the body
    after it ("a source in the SBU") or just before it ("SBU sources")."""
    out: list[ActorMention] = []
    index = 0
    while index < len(found):
        mention = found[index]
        if not _sideless_source(mention):
            out.append(mention)
            index += 1
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        if after is not None and _sided(after) and _seated(doc, lex, mention.last, after.first):
            out.append(_joined(mention.first, after.last, after))
            index += 2
            continue
        side = _seat_side(doc, lex, mention.last)
        if side is not None:
            # "источники в украинской спецслужбе", "a source in the Russian military"
            name = "Ukrainian sources" if side == "ua" else "Russian sources"
            out.append(ActorMention(mention.first, mention.last, Speaker(name, side, "anonymous")))
            index += 1
            continue
        before = out[-1] if out else None
        if before is not None and _sided(before) and before.last == mention.first:
            out[-1] = _joined(before.first, mention.last, before)
        else:
            out.append(mention)
        index += 1
    return out


def _seat_side(doc: Document, lex: Lexicon, last: int) -> str | None:
    """The side of the body a source sits in, told by its adjective ("в украинской
    спецслужбе") or its country's possessive ("in Russia's FSB"): a seat word, an article at
    most, then the side's word."""
    tokens = doc.tokens
    if last >= len(tokens) or tokens[last].low not in lex.words.source_seats:
        return None
    probe = last + 1
    if probe < len(tokens) and tokens[probe].info.pos == "DET":
        probe += 1
    if probe >= len(tokens):
        return None
    word = tokens[probe]
    side = lex.side_adjectives.get(word.lemma) or lex.side_adjectives.get(word.low)
    owner = tokens[probe + 1] if probe + 1 < len(tokens) else None
    if side is None and owner is not None and owner.low in lex.words.possessive_marks:
        side = lex.subject_sides.get(word.low)  # "a source in Russia's FSB"
    return side if side in ("ua", "ru") else None


def _sideless_source(mention: ActorMention) -> bool:
    speaker = mention.speaker
    return speaker is not None and speaker.kind == "anonymous" and speaker.side is None


def _sided(mention: ActorMention) -> bool:
    speaker = mention.speaker
    return speaker is not None and speaker.side is not None and speaker.kind != "anonymous"


def _seated(doc: Document, lex: Lexicon, last: int, first: int) -> bool:
    between = doc.tokens[last:first]
    return (
        0 < len(between) <= _SEAT_WORDS
        and between[0].low in lex.words.source_seats
        and all(
            t.low in lex.words.source_seats
            or t.info.pos == "DET"
            or t.low in lex.words.possessive_marks
            or t.low in lex.subject_sides  # "a source in Ukraine's SBU": the body's country
            for t in between
        )
    )


_RELAYS = frozenset({"media", "outlet"})  # kinds that relay a source rather than seat it


def _joined(first: int, last: int, body: ActorMention) -> ActorMention:
    speaker = body.speaker
    assert speaker is not None
    side = None if speaker.kind in _RELAYS else speaker.side
    return ActorMention(first, last, Speaker(f"{speaker.name} sources", side, "anonymous"))


def relays(mention: ActorMention) -> bool:
    """A medium or outlet: it relays what others say."""
    return mention.speaker is not None and mention.speaker.kind in _RELAYS


def behind_medium(
    mention: ActorMention, actors: list[ActorMention], doc: Document | None = None
) -> ActorMention:
    """A source a medium names next to it ("сообщил ТАСС источник", "источник ТАСС
    сообщил", 'повідомило "Українській правді" джерело'): the source is the origin of what the
    medium relays."""
    if not relays(mention):
        return mention
    for other in actors:
        unnamed = other.speaker is not None and other.speaker.kind == "anonymous"
        if unnamed and other.last == mention.first:
            return other
        if _named_after(other, mention, doc) and (unnamed or _party(other)):
            return other
    return mention


def _named_after(other: ActorMention, medium: ActorMention, doc: Document | None) -> bool:
    """Whether `other` stands right after the medium's name, its closing quote between or not."""
    return other.first == medium.last or (
        doc is not None
        and other.first == medium.last + 1
        and doc.tokens[medium.last].text in CLOSING_QUOTES
    )


def _party(mention: ActorMention) -> bool:
    """A named party that speaks for itself: "сообщил ТАСС губернатор Алексей Смирнов" (the
    medium is the one told, the governor speaks)."""
    return not mention.back and (mention.speaker is not None or mention.role) and not relays(
        mention
    )


def last_source(found: list[ActorMention], before: ActorMention | None) -> ActorMention | None:
    """The last unnamed source of a sentence, as the body it sits in seats it, else the one
    before: a bare "источник", "співрозмовник" after it is the same source."""
    sources = [m for m in found if m.speaker is not None and m.speaker.kind == "anonymous"]
    return sources[-1] if sources else before


def unnamed_subject(doc: Document, lex: Lexicon, mention: ActorMention | None, verb: int) -> bool:
    """An unnamed source before a verb of speech, in its clause, is its subject ("Источник в
    экстренных службах сообщил ТАСС"): a medium after the verb is the one told, no speaker."""
    return (
        mention is not None
        and mention.speaker is not None
        and mention.speaker.kind == "anonymous"
        and mention.last <= verb
        and not any(t.low in lex.words.clause_breaks for t in doc.tokens[mention.last : verb])
    )


def source_tail(mention: ActorMention, tail: list[Token]) -> bool:
    """An unnamed source's own words after it ("— источник РВНП", "— источник в силовых
    структурах"): a few words naming where it sits, no verb among them."""
    speaker = mention.speaker
    return (
        speaker is not None
        and speaker.kind == "anonymous"
        and len(tail) <= _SOURCE_TAIL
        and not any(t.info.is_predicate for t in tail)
    )


def source_aside(doc: Document, lex: Lexicon, index: int, last: int, told: bool = False) -> int:
    """The length of words at token `index` that stand between a cue and its source without
    naming it: a posting participle's opening ("..., опубликованном в", "a statement posted
    by": an optional comma and a participle of `posting_participles`), a place's name as an
    owner ("according to Kharkiv's mayor"), or, after a verb of speech (`told`), the one told
    or the opening of an interview given to a medium ("в беседе с"); 0 where there are none."""
    comma = int(doc.tokens[index].text == ",")
    if index + comma >= last:
        return 0
    token = doc.tokens[index + comma]
    posting = lex.words.posting_participles
    if token.lemma in posting or token.low in posting:
        return comma + 1
    owned = not comma and index + 1 < last and doc.tokens[index + 1].low in _OWNER_MARKS
    if owned and token.text[:1].isupper():
        return 2
    if not told or comma:
        return 0
    words = tuple(t.low for t in doc.tokens[index : min(last, index + _TOLD_REACH)])
    return opener_length(words, lex.sequences.told_openers) or _addressee(doc, index, last)


_TOLD_REACH = 4  # the longest of `told_openers`: "в ходе беседы с"


_OWNER_MARKS = frozenset({"'s", "’s"})


def _addressee(doc: Document, index: int, last: int) -> int:
    """The length of a name in the dative, quoted or not, that a verb of speech is told to
    ("сообщил «Интерфаксу» губернатор", "рассказал Известиям источник"): the medium told, not
    the speaker after it."""
    quoted = int(doc.tokens[index].text in OPENING_QUOTES)
    if index + quoted >= last:
        return 0
    name = doc.tokens[index + quoted]
    if not name.text[:1].isupper() or "datv" not in name.info.grams:
        return 0
    closed = index + quoted + 1 < last and doc.tokens[index + quoted + 1].text in CLOSING_QUOTES
    return quoted + 1 + int(quoted and closed)


def relayed_by(doc: Document, lex: Lexicon, mention: ActorMention) -> bool:
    """ "cited by RIA Novosti", "quoted by TASS": the agent of a participle of speech relays
    the speaker it follows."""
    tokens = doc.tokens
    return (
        mention.first >= 2
        and tokens[mention.first - 1].low in lex.words.agent_preps
        and tokens[mention.first - 2].lemma in lex.words.speech_verbs
    )


# The bodies "в ведомстве", "в штабе", "в администрации" may stand for: agencies, staffs and
# administrations, not a state or the forces that strike ("ВСУ атаковали ..., сообщили в
# ведомстве" is no word of the ВСУ)
_AGENCY_ROLES = frozenset({
    "ministry", "general_staff", "security_service", "emergency_service", "police",
    "investigators", "military_administration", "authorities", "government",
})
_OPENING = 3  # words before a sentence's subject: "Ранее СК РФ", "В Курской области"


def opening_body(
    doc: Document, sentence: Sentence, actors_: list[ActorMention], back: ActorMention
) -> ActorMention | None:
    """The agency that opens a sentence which a back-reference signs at its end ("СК РФ
    возбудил уголовное дело, сообщили в ведомстве"): the agency the reference stands for."""
    if not back.back:
        return None
    for mention in actors_:
        if mention.first >= back.first or mention.first - sentence.first > _OPENING:
            break
        speaker = mention.speaker
        actor = actors().get(speaker.actor) if speaker and speaker.actor else None
        agency = mention.local or (actor is not None and actor.role in _AGENCY_ROLES)
        if agency and not mention.back:
            return mention
    return None
