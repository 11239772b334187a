"""Action words found in a sentence, from the lexicons of the claim families.

Each family module (`mod_statement`, `strikes`, `casualties`) owns a table of lemmas with the
action they express and a rank: when one clause holds several ("уничтожено и подавлено"), the
highest rank names the claim. Some words need a partner nearby ("достигли цели", "нанесли удар",
"локационно потеряно"); negated or questioned words ("не сбит", "был ли сбит") are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.ru.mentions import ActionMention


@dataclass(frozen=True, slots=True)
class ActionWord:
    action: str
    rank: int
    # Lemmas of which one must stand within `reach` tokens before or after ("цель" for "достичь").
    partners: frozenset[str] = frozenset()
    reach: int = 2
    before_only: bool = False  # the partner must come first ("локационно потеряно")
    weak: bool = False
    finite_only: bool = False  # only a finite verb counts ("летело"), not "летевших"


Lexicon = dict[str, ActionWord]
_NEGATIONS = frozenset({"не", "ни", "нельзя", "невозможно", "никто"})


def find_actions(doc: Document, sentence: Sentence, lexicon: Lexicon) -> list[ActionMention]:
    found: list[ActionMention] = []
    for index in range(sentence.first, sentence.last):
        token = doc.tokens[index]
        if not token.is_word:
            continue
        word = lexicon.get(token.lemma)
        if word is None:
            continue
        if word.finite_only and token.info.pos != "VERB":
            continue
        if word.partners and not _has_partner(doc, sentence, index, word):
            continue
        if _negated(doc, sentence, index):
            continue
        found.append(
            ActionMention(
                action=word.action,
                token=index,
                rank=word.rank,
                first=index,
                last=index + 1,
                weak=word.weak,
                number=_agreement(token),
            )
        )
    return found


def _has_partner(doc: Document, sentence: Sentence, index: int, word: ActionWord) -> bool:
    low = max(sentence.first, index - word.reach)
    high = index if word.before_only else min(sentence.last, index + word.reach + 1)
    return any(
        doc.tokens[i].lemma in word.partners or doc.tokens[i].low in word.partners
        for i in range(low, high)
        if i != index
    )


def _negated(doc: Document, sentence: Sentence, index: int) -> bool:
    """Negated or questioned: "не сбит", "не был сбит", "был ли сбит"."""
    for back in range(index - 1, max(sentence.first, index - 3) - 1, -1):
        token = doc.tokens[back]
        if token.low in _NEGATIONS:
            return True
        if token.low == "ли":
            return True
        if token.low not in ("был", "была", "было", "были", "бы"):
            break
    if index + 1 < sentence.last and doc.tokens[index + 1].low == "ли":
        return True
    return doc.tokens[index].info.pos == "INFN" and _failed_after(doc, sentence, index)


def _failed_after(doc: Document, sentence: Sentence, index: int) -> bool:
    """An infinitive whose attempt failed: "сбить МБР системе ПВО не удалось"."""
    words = [t.low for t in doc.tokens[index + 1 : min(sentence.last, index + 6)]]
    return any(a == "не" and b in _FAILED for a, b in pairwise(words))


_FAILED = frozenset({"удалось", "удается", "смогли", "смогла", "смог", "получилось"})


def _agreement(token: Token) -> str | None:
    """The number a verb or participle agrees in; neuter singular ("сбито") agrees with counts."""
    grams = token.info.grams
    if token.info.pos not in ("VERB", "PRTS", "PRTF"):
        return None
    if "plur" in grams:
        return "plur"
    if "sing" in grams and "neut" not in grams:
        return "sing"
    return None
