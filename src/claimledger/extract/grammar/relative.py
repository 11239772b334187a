"""A weapon named once and what is told of it after it, in a participle or a relative clause:
"ракета, выпущенная по Днепру", "ракета, которую Россия запустила по Днепру", "ракета, яка була
випущена по Дніпру": one weapon, acted on. English lists no relative words: "HIMARS, which the
military has used" told of a launcher's service, no launch (an extra on the dev split)."""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.extract.document.morphology import WordInfo
from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActionMention, WeaponPhrase

_HEAD_GAP = 3  # marks between the weapon and its relative word: ", «", "»](link),"
_CLAUSE_REACH = 8  # words from the relative word to its verb ("которая, как утверждают ..., была")
_VERBS = frozenset({"VERB", "PRTS", "PRTF"})


def launch_after(doc: Document, phrase: WeaponPhrase, action: ActionMention) -> bool:
    """ "ракета, выпущенная по Днепру", "ракета, випущена по Дніпру": a launch participle after
    a weapon named once and its comma (not "the drone or used weapons", a verb of another
    subject), sent one. Only past the comma: English reads "a drone launched from Lebanon" as a
    participle right after its noun, and reading one launch there broke the English blind
    precision floor (round 17)."""
    between = doc.tokens[phrase.last : action.token]
    return action.action == "launched" and bool(between) and all(not t.is_word for t in between)


def relative_head(doc: Document, lex: Lexicon, phrase: WeaponPhrase) -> int | None:
    """The relative word opening a clause right after the phrase, past its comma ("ракеты,
    которая"; English "the missile that", no comma), else None."""
    tokens = doc.tokens
    head = phrase.last
    while head < min(len(tokens), phrase.last + _HEAD_GAP) and not tokens[head].is_word:
        head += 1
    if head >= len(tokens):
        return None
    word = tokens[head]
    if word.lemma not in lex.words.relative_heads and word.low not in lex.words.relative_heads:
        return None
    if head > phrase.last and tokens[head - 1].text not in lex.words.clause_breaks:
        return None
    return head


def told_one(doc: Document, lex: Lexicon, phrase: WeaponPhrase) -> bool:
    """ "ракеты, которая была выпущена": the relative word says one where the noun's form does
    not ("ракеты" is one's genitive or many)."""
    head = relative_head(doc, lex, phrase)
    return head is not None and doc.tokens[head].info.numbers == {"sing"}


def relative_action(
    doc: Document, lex: Lexicon, phrase: WeaponPhrase, actions: Sequence[ActionMention]
) -> ActionMention | None:
    """The verb of a relative clause opened right after a weapon named once: "ракете «Орешник»,
    которую Россия запустила по Днепру", "ракета, яка влучила в будинок"; the clause's first
    weapon action, within its reach and its sentence."""
    tokens = doc.tokens
    head = relative_head(doc, lex, phrase)
    if head is None:
        return None
    end = min(doc.sentences[tokens[head].sentence].last, head + 1 + _CLAUSE_REACH)
    found = [a for a in actions if head < a.token < end and _told_once(tokens[a.token].info)]
    return min(found, key=lambda a: a.token) if found else None


def _told_once(info: WordInfo) -> bool:
    """A verb of one event: a participle, or a finite verb in the past ("которую запустила");
    the present tells what the weapon is made for ("ракета, яку запускають з МіГ-31К")."""
    return info.pos in _VERBS and (info.pos != "VERB" or "past" in info.grams)
