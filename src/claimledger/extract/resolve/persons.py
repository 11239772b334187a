"""Who a person's pronoun stands for: "He later claimed ..." after the person spoke or opened a
sentence. English reports name a speaker once and go on with "he" or "she" paragraphs later;
"it" and "they" may stand for any body or group named since, so only a person's pronoun reaches
that far (resolve/voices.py)."""

from __future__ import annotations

from claimledger.catalog.actors import actors
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.mentions.types import ActorMention, SentenceSpeaker


def person_says(reader: SentenceReader, index: int) -> bool:
    """A person's pronoun as the subject of a verb of speech, over adverbs between ("He later
    claimed ...", "she said")."""
    return _pronoun_says(reader, index, reader.lex.words.person_pronouns)


def body_says(reader: SentenceReader, index: int, named: SentenceSpeaker) -> bool:
    """A body's pronoun as the subject of a verb of speech ("It added that ...") where the last
    speaker named is a body, not a person."""
    return not _person(named.mention) and _pronoun_says(
        reader, index, reader.lex.words.body_pronouns
    )


def _pronoun_says(reader: SentenceReader, index: int, pronouns: frozenset[str]) -> bool:
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    words = reader.lex.words
    for at, token in enumerate(tokens):
        if token.low not in pronouns:
            continue
        rest = tokens[at + 1 : at + 1 + _ASIDE_ADVERBS + 1]
        verb = next((t for t in rest if t.info.pos not in ("ADVB", "PRCL")), None)
        if verb is not None and verb.lemma in words.speech_verbs:
            return True
    return False


_ASIDE_ADVERBS = 2  # adverbs between a pronoun and its verb: "he later also said"


def person_named(reader: SentenceReader, index: int) -> SentenceSpeaker | None:
    """The person a later "he" or "she" may stand for: the sentence's speaker, or the person
    who opens it ("Ukrainian President Volodymyr Zelensky visited ..."), outside quotations
    (the people a quoted speaker names are not who speaks next)."""
    facts, sentence = reader.facts[index], reader.doc.sentences[index]
    if facts.speaker.explicit:
        return facts.speaker if _person(facts.speaker.mention) else None
    if quoted(reader, index):
        return None
    opening = (
        a for a in facts.actors if a.first - sentence.first <= _TITLE_WORDS and _person(a)
    )
    mention = next(opening, None)
    return SentenceSpeaker(mention.speaker, mention) if mention is not None else None


_TITLE_WORDS = 4  # words of a title before a person's name: "Ukraine's deputy prime minister"


def body_opening(reader: SentenceReader, index: int) -> SentenceSpeaker | None:
    """The body that opens a sentence saying nothing ("Russia's defence ministry did not comment
    on the attack."), whom an "It said ..." right after it stands for."""
    facts, sentence = reader.facts[index], reader.doc.sentences[index]
    if facts.speaker.explicit or quoted(reader, index):
        return None
    mention = next(
        (a for a in facts.actors if a.first - sentence.first <= _TITLE_WORDS and not a.back), None
    )
    if mention is None or mention.speaker is None or _person(mention):
        return None
    if mention.speaker.kind in ("media", "outlet"):
        return None  # "Reuters was unable to verify the report. ..., it said": not the outlet
    return SentenceSpeaker(mention.speaker, mention)


def _person(mention: ActorMention | None) -> bool:
    """An actor who is one person: a catalogued person, or an office's holder named."""
    if mention is None or mention.back or mention.speaker is None:
        return False
    actor = actors().get(mention.speaker.actor) if mention.speaker.actor else None
    return (actor is not None and actor.person) or bool(mention.holder)


def quoted(reader: SentenceReader, index: int) -> bool:
    """A sentence that opens a quotation or lies inside one its paragraph opened before."""
    doc, sentence = reader.doc, reader.doc.sentences[index]
    start = sentence.start
    while start > 0 and doc.clean[start - 1] != "\n":
        start -= 1
    before = doc.clean[start : sentence.start + 1]
    # a count, not document.tokens' sets: "“" counts as an opener ("“…”"), and the straight
    # quote, which both opens and closes, by its parity
    opened = sum(before.count(q) for q in "«„“") - sum(before.count(q) for q in "»”")
    return opened > 0 or before.count('"') % 2 == 1


def body_turn(reader: SentenceReader, index: int) -> SentenceSpeaker | None:
    """ "Russia's defence ministry did not comment on the attack. It said ...": the body that
    opened the sentence before speaks, not the speaker carried from the paragraph before."""
    opened = body_opening(reader, index - 1) if index > 0 else None
    return opened if opened is not None and body_says(reader, index, opened) else None


def possessor_turn(reader: SentenceReader, index: int) -> SentenceSpeaker | None:
    """ "Власти Израиля обвиняют «Хезболлу», которая, по их словам, выпустила ...": a
    possessive source ("по их словам", "за його даними") inside a sentence that an actor opens
    points to that actor, not to the speaker before; not to a state or a force that strikes
    ("Украина атаковала ..., по его словам, ..." is the speaker before's)."""
    facts, sentence = reader.facts[index], reader.doc.sentences[index]
    if not facts.speaker.back or quoted(reader, index):
        return None
    at = _possessive_source(reader, index)
    if at is None:
        return None
    for mention in facts.actors:
        if mention.first >= at or mention.first - sentence.first > _TITLE_WORDS:
            break
        if mention.back or mention.speaker is None or mention.speaker.kind not in _SPEAKING:
            continue
        actor = actors().get(mention.speaker.actor) if mention.speaker.actor else None
        if actor is None or actor.role not in _NO_POSSESSORS:
            return SentenceSpeaker(mention.speaker, mention)
    return None


_SPEAKING = frozenset({"official", "military", "anonymous", "expert"})
_NO_POSSESSORS = frozenset({"state", "armed_forces"})  # who strikes, not who tells


def _possessive_source(reader: SentenceReader, index: int) -> int | None:
    """Where a possessive source opens ("по" "их" "словам"), in the sentence's tokens."""
    words = reader.lex.words
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    for at in range(len(tokens) - 2):
        if (
            tokens[at].low in words.possessive_openers
            and tokens[at + 1].low in words.possessives
            and tokens[at + 2].lemma in words.possessive_nouns
        ):
            return tokens[at].index
    return None
