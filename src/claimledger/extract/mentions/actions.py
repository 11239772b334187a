"""Action words found in a sentence, from the language's lexicon.

The lexicon maps lemmas to the action they express and a rank: when one clause holds several
("уничтожено и подавлено"), the highest rank names the claim. Some words need a partner nearby
("достигли цели", "нанесли удар", "локационно потеряно"); negated or questioned words ("не сбит",
"был ли сбит", "was not shot down") are left out.
"""

from __future__ import annotations

from itertools import pairwise

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import ActionWord, Lexicon
from claimledger.extract.mentions.types import ActionMention
from claimledger.extract.mentions.zero import denied_count


def find_actions(doc: Document, sentence: Sentence, lex: Lexicon) -> list[ActionMention]:
    found: list[ActionMention] = []
    lexicon = lex.actions
    for index in range(sentence.first, sentence.last):
        token = doc.tokens[index]
        if not token.is_word or token.info.pos in ("PREP", "CONJ"):
            continue  # "shot down": the verb is the action, its particle only a partner
        word = lexicon.get(token.lemma)
        if word is None:
            continue
        if word.finite_only and token.info.pos != "VERB":
            continue
        partnered = bool(word.partners) and _has_partner(doc, sentence, index, word)
        if word.verb_only and token.info.is_noun and not partnered:
            continue  # the noun only beside a partner: "impacts from three missiles"
        if word.passive_only and "pssv" not in token.info.grams and not partnered:
            continue  # the active voice only beside a partner: "Силы ПВО поразили 12 БПЛА"
        if word.partners and not (word.passive_only or word.verb_only) and not partnered:
            continue
        if word.foils and _has_foil(doc, sentence, index, word):
            continue  # "обратились к психологам": no wound
        if (
            _negated(doc, sentence, index, lex)
            and not any(p in lex.words.negations for p in word.partners)
            and not denied_count(doc, lex, sentence, index, word.action)
        ):
            continue  # but "не долетіли" names its action with the negation, "не сбито ни
            # одного" its count of none
        found.append(
            ActionMention(
                action=word.action,
                token=index,
                rank=word.rank,
                first=index,
                last=_particle_end(doc, sentence, index, word),
                weak=word.weak,
                number=_agreement(token),
            )
        )
    return found


_FOIL_REACH = 5  # words either side: "звернулися по допомогу до психологів"


def _has_foil(doc: Document, sentence: Sentence, index: int, word: ActionWord) -> bool:
    """One of the word's foils near it, on either side."""
    return _near(doc, sentence, index, word.foils, _FOIL_REACH, _FOIL_REACH)


def _has_partner(doc: Document, sentence: Sentence, index: int, word: ActionWord) -> bool:
    after = 0 if word.before_only else word.reach
    return _near(doc, sentence, index, word.partners, word.reach, after)


def _near(
    doc: Document, sentence: Sentence, index: int, words: frozenset[str], before: int, after: int
) -> bool:
    """One of `words` (lemma or form) within `before` words before the token at `index` or
    `after` words after it, in its sentence (not the token itself)."""
    low = max(sentence.first, index - before)
    high = min(sentence.last, index + after + 1)
    return any(
        doc.tokens[i].lemma in words or doc.tokens[i].low in words
        for i in range(low, high)
        if i != index
    )


def _particle_end(doc: Document, sentence: Sentence, index: int, word: ActionWord) -> int:
    """One past the action's words: a partner right after the word is part of it ("shot down")."""
    after = index + 1
    if (
        word.partners
        and not word.before_only
        and after < sentence.last
        and doc.tokens[after].low in word.partners
        and doc.tokens[after].info.pos == "PREP"
    ):
        return after + 1
    return after


def _negated(doc: Document, sentence: Sentence, index: int, lex: Lexicon) -> bool:
    """Negated or questioned: "не сбит", "не был сбит", "был ли сбит"."""
    words = lex.words
    for back in range(index - 1, max(sentence.first, index - 3) - 1, -1):
        token = doc.tokens[back]
        if token.low in words.negations or token.low in words.question_particles:
            return True
        if token.low not in words.be_forms:
            break
    if index + 1 < sentence.last and doc.tokens[index + 1].low in words.question_particles:
        return True
    if _asked_clause(doc, sentence, index, lex):
        return True
    return doc.tokens[index].info.pos == "INFN" and _failed_after(doc, sentence, index, lex)


_CLAUSE_REACH = 8  # words back from an action to the start of its clause
_CLAUSE_MARKS = frozenset({",", ":", ";", "(", "—", "–"})


def _asked_clause(doc: Document, sentence: Sentence, index: int, lex: Lexicon) -> bool:
    """An indirect question: the clause of the action opens with a question particle in its
    first two words ("о том, действительно ли Россия применила МБР", "чи справді Росія
    застосувала"; "Сбиты ли все дроны?")."""
    first = index
    while first > max(sentence.first, index - _CLAUSE_REACH):
        if doc.tokens[first - 1].text in _CLAUSE_MARKS:
            break
        first -= 1
    opening = doc.tokens[first : min(first + 2, index)]
    return any(t.low in lex.words.question_particles for t in opening)


_FAILED_REACH = 10  # tokens after an infinitive to the words that say it failed


def _failed_after(doc: Document, sentence: Sentence, index: int, lex: Lexicon) -> bool:
    """An infinitive whose attempt failed or cannot be: "сбить МБР системе ПВО не удалось",
    "сбить три ракеты над Киевом не удалось", "сбить «Кинжал» ракетой Patriot невозможно";
    within its clause."""
    tokens: list[Token] = []
    for token in doc.tokens[index + 1 : min(sentence.last, index + 1 + _FAILED_REACH)]:
        if token.text in lex.words.clause_breaks:
            break
        tokens.append(token)
    words = [t.low for t in tokens]
    if any(a in lex.words.negations and b in lex.words.failed for a, b in pairwise(words)):
        return True
    # a word of impossibility standing as the predicate ("невозможно", "нельзя"), not "не"
    return any(
        t.low in lex.words.negations and t.info.pos in ("PRED", "ADVB", "ADJS") for t in tokens
    )


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
