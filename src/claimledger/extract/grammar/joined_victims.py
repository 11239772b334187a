"""People named one by one around a casualty verb in a language whose nouns show no case:
"A man and a woman were injured", "the attack killed a man and his 12-year-old son". The
Slavic twin ("постраждали чоловік і жінка", the verb first) is read by casualty_rules."""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActionMention, Quantity

# How many words may stand between the verb and the people it is told of ("were also
# injured", "was seriously wounded").
_VERB_GAP = 3
_GERUND_REACH = 3  # "injuring the local driver"
_SUBJECT_REACH = 2  # "a woman later died"


def joined_victims(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    action: ActionMention,
    quantities: Sequence[Quantity] = (),
) -> tuple[int, int, int] | None:
    """(how many, first, last) of two or more people named one by one and joined by "and" or
    commas, as the object just after an active verb or the subject just before a passive one;
    None where fewer than two are named so. After the verb, a count of people may stand among
    them ("injured three people and a child")."""
    token = doc.tokens[action.token]
    if token.info.pos in ("VERB", "GRND"):
        found = _walk(doc, lex, sentence, action.last, 1, quantities)
        if found is not None:
            return found
    probe = action.first - 1
    gap = 0
    while probe >= sentence.first and gap < _VERB_GAP and _verb_part(doc.tokens[probe], lex):
        probe -= 1
        gap += 1
    if gap == 0:
        return None  # "a man and a woman injured": no verb of being, no passive
    return _walk(doc, lex, sentence, probe, -1)


def age_tokens(doc: Document, lex: Lexicon, first: int, last: int) -> int:
    """The tokens of an age between a verb and its victim ("killed a 60-year-old man"): the
    word of age and the number and dash before it, which a reach does not count."""
    return sum(3 for t in doc.tokens[first:last] if t.low in lex.words.age_words)


def _verb_part(token: Token, lex: Lexicon) -> bool:
    """An auxiliary or adverb between the people and their verb ("were also")."""
    return token.low in lex.words.be_forms or token.info.pos in ("ADVB", "ADV")


def _walk(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    start: int,
    step: int,
    quantities: Sequence[Quantity] = (),
) -> tuple[int, int, int] | None:
    words = lex.words
    total, index, edge, named = 0, start, start, 0
    while sentence.first <= index < sentence.last:
        token = doc.tokens[index]
        counted = next((q for q in quantities if q.victims and q.first == index), None)
        if counted is not None and step > 0:
            total += counted.value
            index = counted.last
            while index < sentence.last and doc.tokens[index].lemma in words.victim_nouns:
                index += 1  # "three people"
            edge = index - 1
            continue
        if token.lemma in words.single_victims and token.info.is_noun:
            if "plur" in token.info.grams:
                return None  # "men and women": no number told
            total += 1
            named += 1
            edge = index
        elif not (
            token.info.pos == "DET"
            or token.info.is_adjective
            or token.low in words.age_words
            or token.low in words.own_possessives
            or token.text in ("-", ",")
            or token.is_digits
            or token.low in words.and_words
        ):
            break
        index += step
    if total < 2 or not named:
        return None  # a count alone is the count's own claim
    first, last = (start, edge + 1) if step > 0 else (edge, start + 1)
    return total, first, last


def placed_victim(
    doc: Document, lex: Lexicon, action: ActionMention, index: int, *, caseless: bool
) -> bool:
    """One victim at `index` told by its place beside a casualty verb: the object just after a
    gerund ("..., injuring the driver": a gerund has no number) or, where nouns show no case,
    just after an active verb ("A drone attack killed a man"), or the subject just before a
    finite verb that shows no number ("A woman died", "a man later died": an English past)."""
    pos = doc.tokens[action.token].info.pos
    if pos not in ("GRND", "VERB") or (pos == "VERB" and not caseless):
        return False
    reach = _GERUND_REACH + age_tokens(doc, lex, action.token + 1, index)
    if action.token < index <= action.token + reach:
        return True
    return (
        pos == "VERB"
        and action.number is None
        and index < action.token <= index + _SUBJECT_REACH
    )
