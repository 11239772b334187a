"""Which actor next to a verb of speech is its subject, where English news sets words between:
an actor after the verb that its own verb follows is the subject of what is said ("X, the
region's governor, said Russian forces struck ..."), and a country after "in" closes the name of
the body before it ("the UN monitoring mission in Ukraine said"), which is the speaker."""

from __future__ import annotations

from claimledger.catalog.actors import actors
from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActorMention

_STATE = "state"  # the catalogue's role of a country named as an actor ("Ukraine", "Israel")


def clause_subject(doc: Document, lex: Lexicon, sentence: Sentence, mention: ActorMention) -> bool:
    """An actor after a verb of speech whose own verb follows it (over adverbs): the subject of
    the clause said, not who says it."""
    probe = mention.last
    while probe < sentence.last and doc.tokens[probe].info.pos in ("ADVB", "PRCL"):
        probe += 1
    if probe >= sentence.last:
        return False
    token = doc.tokens[probe]
    return token.info.pos == "VERB" or token.lemma in lex.words.auxiliaries


def seated_body(
    doc: Document, mention: ActorMention, actors_: list[ActorMention]
) -> ActorMention | None:
    """The body whose name a country after a preposition closes: "the UN monitoring mission in
    Ukraine", "the Red Cross delegation in Israel"; None where the mention is no country or no
    actor stands right before its preposition."""
    speaker = mention.speaker
    actor = actors().get(speaker.actor) if speaker is not None and speaker.actor else None
    if actor is None or actor.role != _STATE or mention.first < 1:
        return None
    if doc.tokens[mention.first - 1].info.pos != "PREP":
        return None
    return next(
        (a for a in actors_ if a.last == mention.first - 1 and not a.back and a.speaker), None
    )


def opening_subject(
    doc: Document, sentence: Sentence, verb: int, actors_: list[ActorMention]
) -> ActorMention | None:
    """The actor that opens the sentence, for a gerund of speech after its main clause: "X ...
    has launched a coup against the army's leaders, saying ...", "Гладков ..., сообщив, что":
    the gerund's subject is the main clause's, not the actor nearest before it."""
    if doc.tokens[verb].info.pos != "GRND":
        return None
    return next(
        (a for a in actors_ if not a.back and a.first - sentence.first <= 1 and a.last <= verb),
        None,
    )
