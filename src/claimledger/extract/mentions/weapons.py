"""Weapon noun phrases: head noun, its adjectives, a named model after it.

"29 беспилотных летательных аппаратов", "шестью ракетами ATACMS", "одна гиперзвуковая
корабельная ракета 3М22 «Циркон»", "семи гиперзвуковых «Кинжалов»". The kind comes from an
adjective first ("крылатая" -> cruise_missile), then from a named model, then from the noun.
"""

from __future__ import annotations

from functools import cache

from claimledger.catalog.weapons import Model, weapons
from claimledger.extract.document.tokens import QUOTE_MARKS, Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.elliptic import elliptic_phrases
from claimledger.extract.mentions.models import (
    ModelMention,
    abbreviation_number,
    abbreviation_weapon,
    adjective_kind,
    combine_models,
    missile_kind,
    needs_kind,
    noun_weapon,
    stem_adjectives,
    weapon_nouns,
)
from claimledger.extract.mentions.types import WeaponPhrase
from claimledger.extract.numerals import word_value
from claimledger.model import MISSILE_KINDS, Language

_MAX_MODIFIERS = 6  # CENTCOM: "Iranian-backed Houthi one-way attack uncrewed aerial vehicles"
_MODEL_REACH = 12  # tokens after the head in which a model name still belongs to it


def is_stem(token: Token, lex: Lexicon) -> bool:
    """A shortened class adjective of the infographics ("аеробал.", "баліст.")."""
    return token.low in stem_adjectives(lex.lang)


def _is_ground(lex: Lexicon, token: Token) -> bool:
    return token.low.startswith(_ground_prefixes(lex)) and not token.low.startswith(
        _air_prefixes(lex)
    )


@cache
def _air_prefixes(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words.air_prefixes)


@cache
def _ground_prefixes(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.words.ground_prefixes)


def _head_weapon(
    doc: Document, lex: Lexicon, index: int, first: int
) -> tuple[str | None, bool] | None:
    """(weapon, is_abbreviation) when token `index` can head a weapon phrase."""
    token = doc.tokens[index]
    if _is_ground(lex, token):
        return None
    abbreviation = abbreviation_weapon(token.text, lex.lang)
    if abbreviation is not None:
        return abbreviation, True
    weapon = noun_weapon(token.lemma, lex.lang) if token.info.is_noun else None
    if weapon is not None and _modifies_next(doc, lex, index):
        return None  # "a drone attack", "missile debris": the noun after it is the head
    if weapon is not None:
        return weapon, False
    compound = lex.compound_heads.get(token.lemma)
    if compound is not None and _preceded_by(doc, index, first, compound[0]):
        return compound[1], False  # "беспилотный летательный аппарат"; "воздушная цель": None
    tail = lex.compound_tails.get(token.lemma)
    if tail is not None and _followed_by(doc, index, tail[0]):
        return tail[1], False  # "засіб повітряного нападу": air targets of mixed kinds
    if token.lemma in lex.words.downed_heads and _downed_hostile(doc, lex, index, first):
        return None, False  # "знешкодили 10 ворожих цілей": air targets of mixed kinds
    return None


_DOWNED_REACH = 3  # tokens between a verb of interception and the hostile targets it takes


def _downed_hostile(doc: Document, lex: Lexicon, index: int, first: int) -> bool:
    """ "над Києвом збили 8 ворожих цілей", "Воздушные силы: сбиты 9 вражеских целей": a count
    and a hostile adjective right before the head, a verb of interception close by in the same
    clause, and the sky named in the sentence (over, air defence, or the adjective that makes
    the head an air target by itself: "Повітряні сили"). A hostile target is an air target only
    so: with no such verb ("ворожих цілей не було"), count ("всі ворожі цілі збиті": the drones
    named before) or sky ("знищили 5 ворожих цілей на напрямку", the ground war) it may be
    anything. Bare targets ("сбиты 76 целей") the same way lowered Russian dev fold b."""
    counted = index - 2
    if counted < first or doc.tokens[index - 1].lemma not in lex.words.hostile_adjectives:
        return False
    number = doc.tokens[counted]
    if not (number.text.isdigit() or word_value(number.lemma, lex.lang) is not None):
        return False
    last = doc.sentences[doc.tokens[index].sentence].last
    compound = lex.compound_heads.get(doc.tokens[index].lemma)
    air = compound[0] if compound is not None else frozenset()
    sky = lex.words.over_words | lex.words.defence_nouns
    if not any(
        doc.tokens[at].low in sky or doc.tokens[at].lemma in air for at in range(first, last)
    ):
        return False
    before = range(counted - 1, max(first, counted - 1 - _DOWNED_REACH) - 1, -1)
    after = range(index + 1, min(last, index + 1 + _DOWNED_REACH))
    return _intercepting(doc, lex, before) or _intercepting(doc, lex, after)


def _intercepting(doc: Document, lex: Lexicon, indexes: range) -> bool:
    """Whether a verb of interception stands at one of `indexes` before a clause break."""
    for at in indexes:
        token = doc.tokens[at]
        if token.text in lex.words.clause_breaks:
            return False
        action = lex.actions.get(token.lemma)
        if action is not None and action.action == "intercepted":
            return True
    return False


def _followed_by(doc: Document, index: int, lemmas: frozenset[str]) -> bool:
    sentence = doc.sentences[doc.tokens[index].sentence]
    return any(
        doc.tokens[ahead].lemma in lemmas or doc.tokens[ahead].low in lemmas
        for ahead in range(index + 1, min(sentence.last, index + 3))
    )


def _modifies_next(doc: Document, lex: Lexicon, index: int) -> bool:
    """A weapon noun before a common noun modifies it, where nouns before their head do."""
    if not lex.noun_adjuncts or index + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[index + 1]
    if after.sentence != doc.tokens[index].sentence or not after.is_word:
        return False
    if after.low in lex.words.launch_event_nouns and not _noun_at(doc, index + 2, after.sentence):
        return False  # "a missile launch from Yemen": one missile launched, not a "launch site"
    return (
        after.info.is_noun
        and not after.text[:1].isupper()
        and noun_weapon(after.lemma, lex.lang) is None
        and after.lemma not in lex.compound_heads
    )


def _noun_at(doc: Document, index: int, sentence: int) -> bool:
    return (
        index < len(doc.tokens)
        and doc.tokens[index].sentence == sentence
        and doc.tokens[index].is_word
        and doc.tokens[index].info.is_noun
    )


def _preceded_by(doc: Document, index: int, first: int, lemmas: frozenset[str]) -> bool:
    for back in range(index - 1, max(first, index - 3) - 1, -1):
        if doc.tokens[back].lemma in lemmas:
            return True
    return False


def find_phrases(
    doc: Document, lex: Lexicon, sentence: Sentence, models: list[ModelMention]
) -> list[WeaponPhrase]:
    """Weapon phrases of one sentence, in text order, none overlapping."""
    phrases: list[WeaponPhrase] = []
    model_at = _model_tokens(doc, sentence, models)
    taken_models: set[int] = set()
    index = sentence.first
    tokens, lang = doc.tokens, lex.lang
    heads, tails, nouns = lex.compound_heads, lex.compound_tails, weapon_nouns(lang)
    while index < sentence.last:
        token = tokens[index]
        lemma = token.lemma
        if (
            lemma not in heads
            and lemma not in tails
            and lemma not in lex.words.downed_heads
            and (nouns.get(lemma) is None or not token.info.is_noun)  # the dict first: cheaper
            and abbreviation_weapon(token.text, lang) is None
        ):
            index += 1  # no weapon noun, abbreviation or compound: `_head_weapon` gives None
            continue
        head = _head_weapon(doc, lex, index, sentence.first)
        if head is None:
            index += 1
            continue
        phrase = _phrase(doc, lex, sentence, index, head[0], head[1], model_at, taken_models)
        if phrase is not None:
            phrases.append(phrase)
            index = max(index + 1, phrase.last)
        else:
            index += 1
    for token_index, mention in sorted(model_at.items()):
        if id(mention) in taken_models or any(p.first <= token_index < p.last for p in phrases):
            continue
        taken_models.add(id(mention))
        phrases.append(_model_phrase(doc, lex, sentence, token_index, mention))
    phrases += elliptic_phrases(doc, lex, sentence, phrases)
    phrases.sort(key=lambda p: p.first)
    return phrases


def _model_tokens(
    doc: Document, sentence: Sentence, models: list[ModelMention]
) -> dict[int, ModelMention]:
    """First word token of each model mention inside the sentence."""
    out: dict[int, ModelMention] = {}
    for mention in models:
        if (
            mention.end <= doc.tokens[sentence.first].start
            or mention.start >= doc.tokens[sentence.last - 1].end
        ):
            continue
        for index in range(sentence.first, sentence.last):
            token = doc.tokens[index]
            if (
                token.end > mention.start
                and token.start < mention.end
                and token.text not in QUOTE_MARKS
            ):
                out.setdefault(index, mention)
                break
    return out


def _phrase(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    head: int,
    weapon: str | None,
    abbreviation: bool,
    model_at: dict[int, ModelMention],
    taken: set[int],
) -> WeaponPhrase | None:
    first, kind, side, hostile, numbers, ground = _modifiers(doc, lex, sentence, head, model_at)
    if ground:
        return None
    last = head + 1
    models: list[Model] = []
    kinds: list[str] = []
    for index in range(first, head):  # a model named before its noun: "Shahed attack drones"
        if index in model_at:
            taken.add(id(model_at[index]))
            models.extend(model_at[index].models)
            kinds.append(model_at[index].weapon)
    for index in range(head, min(sentence.last, head + 1 + _MODEL_REACH)):
        token = doc.tokens[index]
        if index in model_at:
            mention = model_at[index]
            taken.add(id(mention))
            models.extend(mention.models)
            kinds.append(mention.weapon)
            while last < sentence.last and doc.tokens[last].start < mention.end:
                last += 1
            continue
        if index == head or index < last:
            continue
        if token.low in lex.owner_words:
            side = side or lex.owner_words[token.low]
            last = index + 1
            continue
        if token.low not in lex.words.model_linkers and not (token.info.is_adjective and models):
            break
    last = _closing_quote(doc, lex, sentence, first, last)
    head_token = doc.tokens[head]
    # A noun that needs a narrowing adjective or model to be an air-war weapon: "снаряд" alone
    # may be an artillery shell, "бомба" a bomb in a car; "реактивный снаряд" is not.
    needed = needs_kind(lex.lang).get(head_token.lemma)
    if needed is not None and needed != kind and needed not in kinds and not _launcher_before(
        doc, lex, sentence, head, needed
    ):
        return None
    resolved = _kind(weapon, kind, kinds)
    typical = side is None
    side = side or next((m.side for m in models if m.side), None)
    number = _number(head_token, abbreviation, numbers)
    return WeaponPhrase(
        weapon=resolved,
        model=combine_models(models) if models else _own_model(lex, head_token),
        first=first,
        last=last,
        head=head,
        number=number,
        side=side,
        hostile=hostile,
        typical=typical and side is not None,
    )


def _launcher_before(
    doc: Document, lex: Lexicon, sentence: Sentence, head: int, needed: str
) -> bool:
    """ "выпустили ракеты РСЗО «Вампир»: ПВО сбила 10 снарядов": a rocket launcher named before
    in the sentence says what kind the bare noun is."""
    return needed == "rocket" and any(
        t.low in lex.words.rocket_launchers for t in doc.tokens[sentence.first : head]
    )


def _closing_quote(doc: Document, lex: Lexicon, sentence: Sentence, first: int, last: int) -> int:
    """A phrase that opened a quote around its model closes it: "ракети "Калібр"" ends after the
    second quote mark."""
    quotes = sum(doc.tokens[i].text in lex.words.quotes for i in range(first, last))
    if quotes % 2 == 1 and last < sentence.last and doc.tokens[last].text in lex.words.quotes:
        return last + 1
    return last


def _kind(weapon: str | None, adjective: str | None, model_kinds: list[str]) -> str | None:
    """A missile narrowed by its adjective, else by its models when they agree on a kind
    ("ракети Х-101, «Калібр»"; "Іскандер-М" and "Іскандер-К" together stay missiles; rockets of
    a launcher system are rockets); other nouns keep their kind."""
    if weapon != "missile":
        return weapon
    if adjective in MISSILE_KINDS or adjective == "rocket":
        return adjective  # "неуправляемые ракеты": rockets, whoever fires them
    if model_kinds and all(k == "rocket" for k in model_kinds):
        return "rocket"  # "five HIMARS missiles", "ракеты РСЗО HIMARS": a launcher's rockets
    return missile_kind(model_kinds) or weapon


def _own_model(lex: Lexicon, token: Token) -> str | None:
    """A noun that is a model itself: "шахедов", "гераней" name the Shahed-136."""
    return _model_lemmas(lex.lang).get(token.lemma)


@cache
def _model_lemmas(lang: Language) -> dict[str, str]:
    return {lemma: m.name for m in weapons().models for lemma in m.lemmas(lang)}


def _modifiers(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    head: int,
    model_at: dict[int, ModelMention] | None = None,
) -> tuple[int, str | None, str | None, bool, list[frozenset[str]], bool]:
    """Walk back over the adjectives before a head.

    Returns (first, kind, side, hostile, numbers, ground).
    """
    first = head
    kind: str | None = None
    side: str | None = None
    hostile = False
    numbers: list[frozenset[str]] = []
    ground = False
    either = False  # alternatives written with a slash
    index = head - 1
    while index >= sentence.first and head - index <= _MAX_MODIFIERS:
        token = doc.tokens[index]
        if _is_ground(lex, token):
            ground = True
            break
        if token.text == "." and index > sentence.first and is_stem(doc.tokens[index - 1], lex):
            index -= 1  # "аеробал. ракети": the shortened adjective's full stop
            continue
        if token.text == "/" and index > sentence.first and numbers:
            index -= 1  # "балістичні/зенітні ракети": either, the first written names it
            either = True
            continue
        model = _model_covering(doc, index, model_at or {}) if lex.noun_adjuncts else None
        if model is not None:  # "Shahed-136/131 attack drones": the model and its numbers
            first = model
            index = model - 1
            continue
        owner = _owner_before(doc, lex, sentence, index)
        if owner is not None:  # "Russia's missiles"
            side = side or owner[1]
            first = owner[0]
            break
        adjunct = lex.noun_adjuncts and token.info.is_noun and token.is_word
        if _proper_name(lex, token, index > sentence.first):
            break  # "атакував Миколаїв БпЛА": a town's name, read as a possessive, is no modifier
        if not (
            token.info.is_adjective
            or token.low in lex.weapon_adjectives
            or is_stem(token, lex)
            or adjunct
        ):
            break
        named = adjective_kind(token.lemma, lex.lang)
        # walking back from the head: the nearest is seen first, the first written last
        kind = (kind or named) if lex.nearest_kind and not either else (named or kind)
        side = side or lex.weapon_adjectives.get(token.lemma)
        hostile = hostile or token.lemma in lex.words.hostile_adjectives
        if not adjunct:
            numbers.append(token.info.numbers)  # a noun before its head does not agree with it
        first = index
        index -= 1
    return first, kind, side, hostile, numbers, ground


def _proper_name(lex: Lexicon, token: Token, inside: bool) -> bool:
    """A capitalised word within a sentence that the analyzer knows as a name ("Миколаїв", a
    possessive adjective as well as the town): not a class adjective of the weapon after it,
    where nouns do not modify nouns (in English, "Russian drones" capitalises its adjective)."""
    return (
        inside
        and not lex.noun_adjuncts
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and "Name" in token.info.all_grams
        and token.lemma not in lex.weapon_adjectives
    )


def _model_covering(doc: Document, index: int, model_at: dict[int, ModelMention]) -> int | None:
    """The first token of the model mention that token `index` belongs to, if any."""
    token = doc.tokens[index]
    for start, mention in model_at.items():
        if start <= index and doc.tokens[start].start < token.end and token.start < mention.end:
            return start
    return None


def _owner_before(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int
) -> tuple[int, str | None] | None:
    """(first token, side) of an owner with a possessive mark ending at `index`: "Russia's"."""
    if doc.tokens[index].low not in lex.words.possessive_marks or index - 1 < sentence.first:
        return None
    owner = doc.tokens[index - 1]
    return index - 1, lex.owner_words.get(owner.low) or lex.weapon_adjectives.get(owner.low)


def _number(head: Token, abbreviation: bool, modifiers: list[frozenset[str]]) -> str | None:
    """Singular or plural when the phrase's forms agree on one; None when either could be."""
    allowed = {"sing", "plur"}
    glued = abbreviation_number(head.text) if abbreviation else None
    if not abbreviation and "Fixd" not in head.info.grams and head.info.numbers:
        allowed &= head.info.numbers
    elif glued is not None:
        allowed &= {glued}
    elif not modifiers:
        return None
    for numbers in modifiers:
        if numbers:
            allowed &= numbers
    return next(iter(allowed)) if len(allowed) == 1 else None


def _model_phrase(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int, mention: ModelMention
) -> WeaponPhrase:
    """A model named without a weapon noun: "семи гиперзвуковых «Кинжалов»", "ATACMS"."""
    last = index
    while last < sentence.last and doc.tokens[last].start < mention.end:
        last += 1
    start = index
    while start - 1 >= sentence.first and doc.tokens[start - 1].text in '«"„“':
        start -= 1
    first, kind, side, hostile, numbers, _ = _modifiers(doc, lex, sentence, start)
    token = doc.tokens[index]
    number: str | None = None
    if token.info.is_noun and len(token.info.numbers) == 1:
        number = next(iter(token.info.numbers))
    elif not token.info.is_noun and numbers:
        # "збито російський Су-34": an indeclinable model takes its number from the adjectives
        # that agree with it, as a head noun does (_number)
        number = _number(token, False, numbers)
    weapon: str = mention.weapon
    if kind and weapon in ("missile",):
        weapon = kind
    typical = side is None and mention.model.side is not None
    side = side or mention.model.side
    return WeaponPhrase(
        weapon,
        combine_models(list(mention.models)),
        first,
        max(last, index + 1),
        index,
        number,
        side,
        hostile,
        typical=typical,
    )
