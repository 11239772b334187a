"""What Ukrainian reports call the weapons of the air war: nouns, abbreviations, named models.

Data first (the weapon catalogue's `uk` words): nouns and abbreviations give a weapon class,
adjectives refine it ("крилата ракета" is a cruise missile), and named models ("Х-101",
«Іскандер-М», "Shahed-136/131", claimledger.extract.uk.models) are written in Latin letters
whatever script or look-alike letters the text uses. A weapon phrase is read from the word after
a quantity up to where its models end.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimledger.catalog.weapons import weapons
from claimledger.extract.uk.models import ModelMention, find_models
from claimledger.extract.uk.text import NUMBER, PUNCT, WORD, Document, Token
from claimledger.model import Weapon
from claimledger.morph import Morphology

UAV = "uav"
CRUISE = "cruise_missile"
BALLISTIC = "ballistic_missile"
MISSILE = "missile"
BOMB = "guided_bomb"
ROCKET = "rocket"
AIR_TARGETS = "air_targets"  # "засоби повітряного нападу": mixed kinds, weapon None in a claim
_CLOSING_QUOTES = frozenset({"»", '"', "”", "“"})


@cache
def _classes() -> tuple[dict[str, Weapon], dict[str, Weapon], dict[str, Weapon], dict[str, Weapon]]:
    """The catalogue's Ukrainian weapon words, word -> class: head nouns by lemma,
    abbreviations (matched on the upper-case word itself: their lemmas are unreliable),
    adjectives that settle a generic head ("крилата ракета"), shortened adjectives of
    infographics ("аеробал.", "баліст.")."""
    catalog = weapons()
    return (
        catalog.words("nouns", "uk"),
        catalog.words("abbreviations", "uk"),
        catalog.words("adjectives", "uk"),
        catalog.words("stems", "uk"),
    )


# Words allowed between a quantity and the head noun (lemmas, or plain lower-case words).
MODIFIERS: frozenset[str] = frozenset(
    {
        "ударний",
        "удар",
        "крилатий",
        "балістичний",
        "аеробалістичний",
        "керований",
        "авіаційний",
        "ворожий",
        "російський",
        "український",
        "розвідувальний",
        "зенітний",
        "протикорабельний",
        "протирадіолокаційний",
        "реактивний",
        "безпілотний",
        "літальний",
        "штурмовий",
        "ще",
        "стратегічний",
        "тактичний",
        "оперативно-тактичний",
        "надзвуковий",
        "гіперзвуковий",
        "аеробал",
        "баліст",
        "крилат",
        "противник",
        "ворог",
        "різний",
        "інший",
        "тип",
        "типу",
        "дальній",
        "радіолокаційний",
        "виявлення",
        "дальнього",
        "повітряний",
        "командний",
        "бойовий",
        "багатоцільовий",
        "тяжкий",
        "армійський",
        "транспортний",
        "дальньої",
        "керованих",
        "кр/кар",
        "пункт",
        "дрлв",
        "отр",
        "отрк",
        "зрк",
        "рсзв",
        "пуск",
        "запуск",
    }
)
# Stems of modifiers that machine transcriptions misspell ("розвідувальни", "ударі").
MODIFIER_STEMS: tuple[str, ...] = (
    "ударн",
    "удар",
    "розвідувальн",
    "крилат",
    "балістичн",
    "аеробаліст",
    "керован",
    "авіаційн",
    "дальн",
    "радіолокац",
)


@dataclass(frozen=True, slots=True)
class WeaponPhrase:
    """A weapon phrase: its class, models, token range and whether its noun is plural."""

    weapon: str
    models: tuple[str, ...]
    first: int  # token index of the first word of the phrase
    head: int  # token index of the head (noun, abbreviation or model)
    last: int  # token index after the phrase
    singular: bool | None  # None when grammar cannot tell (indeclinable БпЛА)

    @property
    def model(self) -> str | None:
        return "/".join(self.models) if self.models else None


class WeaponReader:
    """Reads weapon phrases from a document's tokens, with its model mentions."""

    def __init__(self, doc: Document, morph: Morphology) -> None:
        self.doc = doc
        self.morph = morph
        self.models = find_models(doc.folded)
        self._model_at: dict[int, ModelMention] = {}
        for mention in self.models:
            for index in range(doc.token_at_or_after(mention.start), len(doc.tokens)):
                if doc.tokens[index].start >= mention.end:
                    break
                self._model_at[index] = mention

    def model_at(self, index: int) -> ModelMention | None:
        return self._model_at.get(index)

    def read(self, start: int, limit: int, max_gap: int = 4) -> WeaponPhrase | None:
        """A weapon phrase starting within `max_gap` modifier words after `start`."""
        tokens = self.doc.tokens
        adjectives: list[Token] = []
        index = start
        while index < min(limit, len(tokens)) and index - start <= max_gap:
            token = tokens[index]
            head = self._head_class(token)
            if head is not None:
                return self._phrase(start, index, head, adjectives, limit)
            if not self._is_modifier(token):
                return None
            if token.kind == WORD:
                adjectives.append(token)
            index += 1
        return None

    def phrases(self, first: int, last: int) -> list[WeaponPhrase]:
        """Every weapon phrase among tokens [first, last), counted or not, in order."""
        found: list[WeaponPhrase] = []
        index = first
        while index < last:
            phrase = self.read(index, last)
            if phrase is None:
                index += 1
                continue
            found.append(phrase)
            index = max(phrase.last, index + 1)
        return found

    def _is_modifier(self, token: Token) -> bool:
        if token.kind == PUNCT:
            return token.text in "«»\"“”„'(/."
        if token.kind != WORD:
            return False
        low = token.lower
        return (
            low in MODIFIERS
            or low.startswith(MODIFIER_STEMS)
            or bool(self.morph.lemmas(low) & MODIFIERS)
        )

    def _head_class(self, token: Token) -> str | None:
        mention = self._model_at.get(token.index)
        if mention is not None:
            return mention.weapon
        if token.kind != WORD:
            return None
        head_nouns, abbreviations, _, _ = _classes()
        upper = token.text.upper()
        if upper in abbreviations:
            return abbreviations[upper]
        for lemma in self.morph.lemmas(token.lower):
            if lemma in head_nouns:
                return head_nouns[lemma]
        if token.lower.startswith(("бпла", "дрон")):
            return UAV
        return None

    def is_air_target_phrase(self, index: int) -> int | None:
        """End token of "засобів повітряного нападу" / "повітряних цілей" starting at `index`."""
        tokens = self.doc.tokens
        words = [t.lower for t in tokens[index : index + 3]]
        lemmas = [self.morph.lemma(w) for w in words]
        if lemmas[:1] == ["засіб"] and "нападу" in words[1:3]:
            return index + 1 + words[1:3].index("нападу") + 1
        if lemmas[:2] == ["повітряний", "ціль"]:
            return index + 2
        if lemmas[:1] == ["ціль"] and len(words) > 1 and words[1] in ("повітряних", "повітряні"):
            return index + 2
        return None

    def _phrase(
        self, first: int, head: int, weapon: str, adjectives: list[Token], limit: int
    ) -> WeaponPhrase:
        weapon = self._refine(weapon, adjectives)
        models, last = self._models_after(head, limit)
        weapon = _settle(weapon, models)
        names = tuple(dict.fromkeys(n for m in models for n in m.names))
        return WeaponPhrase(weapon, names, first, head, last, self._singular(head, adjectives))

    def _refine(self, weapon: str, adjectives: list[Token]) -> str:
        if weapon in (MISSILE, ROCKET, BOMB):
            for token in adjectives:
                cls = self._class_adjective(token)
                if cls is not None:
                    return cls
        return weapon

    def _class_adjective(self, token: Token) -> str | None:
        _, _, adjectives, stems = _classes()
        for lemma in self.morph.lemmas(token.lower):
            if lemma in adjectives:
                return adjectives[lemma]
        return stems.get(token.lower)

    def _models_after(self, head: int, limit: int) -> tuple[list[ModelMention], int]:
        """Models named at or after the head: "БпЛА типу Shahed", "ракет Х-101/Х-555, «Калібр»"."""
        tokens = self.doc.tokens
        models: list[ModelMention] = []
        index = head
        last = head + 1
        while index < min(limit, len(tokens)):
            mention = self._model_at.get(index)
            token = tokens[index]
            if mention is not None:
                if not models or models[-1] is not mention:
                    models.append(mention)
                last = index + 1
            elif not (index == head or self._joins_models(token) or self._is_modifier(token)):
                break
            index += 1
        if models and last < len(tokens) and tokens[last].text in _CLOSING_QUOTES:
            last += 1
        return models, last

    def _joins_models(self, token: Token) -> bool:
        if token.kind == PUNCT:
            return token.text in "«»\"“”„'(/,)-."
        if token.kind == NUMBER:
            return False
        return token.text.upper() in _classes()[1] or token.lower in (
            "типу",
            "тип",
            "та",
            "і",
            "й",
            "ракет",
            "ракети",
            "ракета",
            "крилаті",
            "крилатих",
            "бпла",
            "баліст",
            "балістичні",
            "або",
        )

    def _singular(self, head: int, adjectives: list[Token]) -> bool | None:
        for token in [self.doc.tokens[head], *reversed(adjectives)]:
            numbers = {_grammatical_number(p) for p in self.morph.parse(token.lower)}
            numbers.discard(None)
            if numbers == {"sing"}:
                return True
            if numbers == {"plur"}:
                return False
        return None


def _grammatical_number(parse: object) -> str | None:
    tag = getattr(parse, "tag", None)
    if tag is None or "Fixd" in tag or "UNKN" in tag:
        return None
    if "plur" in tag:
        return "plur"
    if {"masc", "femn", "neut"} & set(str(tag).replace(",", " ").split()):
        return "sing"
    return None


def _settle(weapon: str, models: list[ModelMention]) -> str:
    """A generic head takes its models' class when they agree ("ракети «Калібр»" is cruise)."""
    classes = {m.weapon for m in models}
    if weapon == MISSILE and len(classes) == 1:
        (only,) = classes
        return only if only in (CRUISE, BALLISTIC, MISSILE) else weapon
    return weapon
