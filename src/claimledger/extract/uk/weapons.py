"""What Ukrainian reports call the weapons of the air war: nouns, abbreviations, named models.

Data first: nouns and abbreviations give a weapon class, adjectives refine it ("крилата ракета"
is a cruise missile), and named models ("Х-101", «Іскандер-М», "Shahed-136/131") are written in
Latin letters whatever script or look-alike letters the text uses. A weapon phrase is read from
the word after a quantity up to where its models end.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimledger.extract.uk.text import NUMBER, PUNCT, WORD, Document, Token
from claimledger.morph import Morphology

UAV = "uav"
CRUISE = "cruise_missile"
BALLISTIC = "ballistic_missile"
MISSILE = "missile"
BOMB = "guided_bomb"
ROCKET = "rocket"
AIRCRAFT = "aircraft"
HELICOPTER = "helicopter"
AIR_TARGETS = "air_targets"  # "засоби повітряного нападу": mixed kinds, weapon None in a claim

# Head nouns by lemma.
HEAD_NOUNS: dict[str, str] = {
    "бпла": UAV,
    "бпак": UAV,
    "бла": UAV,
    "безпілотник": UAV,
    "дрон": UAV,
    "дрон-імітатор": UAV,
    "бпла-імітатор": UAV,
    "імітатор": UAV,
    "мопед": UAV,
    "ракета": MISSILE,
    "бомба": BOMB,
    "авіабомба": BOMB,
    "каб": BOMB,
    "фаб": BOMB,
    "умпк": BOMB,
    "літак": AIRCRAFT,
    "винищувач": AIRCRAFT,
    "бомбардувальник": AIRCRAFT,
    "штурмовик": AIRCRAFT,
    "винищувач-бомбардувальник": AIRCRAFT,
    "вертоліт": HELICOPTER,
    "гелікоптер": HELICOPTER,
    "вертольот": HELICOPTER,
}
# Abbreviations, matched on the upper-case word itself (lemmas of abbreviations are unreliable).
ABBREVIATIONS: dict[str, str] = {
    "БПЛА": UAV,
    "БПАК": UAV,
    "БЛА": UAV,
    "UAV": UAV,
    "КР": CRUISE,
    "ПКР": CRUISE,
    "КАР": MISSILE,
    "КРП": MISSILE,
    "ЗКР": MISSILE,
    "КР/КАР": MISSILE,
    "БР": BALLISTIC,
    "КАБ": BOMB,
    "ФАБ": BOMB,
    "КАБИ": BOMB,
    "КАБІВ": BOMB,
    "КАБАМИ": BOMB,
}
# Adjectives (lemmas) that settle the class of a generic head ("крилата ракета").
CLASS_ADJECTIVES: dict[str, str] = {
    "крилатий": CRUISE,
    "балістичний": BALLISTIC,
    "аеробалістичний": BALLISTIC,
    "протикорабельний": CRUISE,
    "зенітний": MISSILE,
    "протирадіолокаційний": MISSILE,
    "реактивний": ROCKET,
}
# Shortened class adjectives in infographics ("аеробал.", "баліст.").
CLASS_STEMS: dict[str, str] = {"аеробал": BALLISTIC, "баліст": BALLISTIC, "крилат": CRUISE}
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

_CYR_SUFFIX = str.maketrans(
    {
        "м": "M",
        "с": "S",
        "п": "P",
        "д": "D",
        "к": "K",
        "а": "A",
        "m": "M",
        "s": "S",
        "p": "P",
        "d": "D",
        "k": "K",
        "a": "A",
        "c": "S",
        "е": "E",
        "e": "E",
        "т": "T",
        "t": "T",
        "р": "R",
    }
)

_CLOSING_QUOTES = frozenset({"»", '"', "”", "“"})
_KH_CLASSES: dict[str, str] = {
    "101": CRUISE,
    "555": CRUISE,
    "55": CRUISE,
    "59": CRUISE,
    "69": CRUISE,
    "22": CRUISE,
    "32": CRUISE,
    "35": CRUISE,
    "31": MISSILE,
    "29": MISSILE,
    "58": MISSILE,
    "47": BALLISTIC,
}


Builder = Callable[[re.Match[str]], tuple[tuple[str, ...], str]]


@dataclass(frozen=True, slots=True)
class ModelMention:
    """A named type in the text: [start, end), its Latin names and its weapon class."""

    start: int
    end: int
    names: tuple[str, ...]
    weapon: str


def _shahed(m: re.Match[str]) -> tuple[tuple[str, ...], str]:
    variant = m.group("v") or ""
    if variant == "238":
        return ("Shahed-238",), UAV
    if variant == "131" and "136" not in m.group():
        return ("Shahed-131",), UAV
    return ("Shahed-136",), UAV


def _kh(m: re.Match[str]) -> tuple[tuple[str, ...], str]:
    names: list[str] = []
    classes: set[str] = set()
    for number, suffix in re.findall(r"(\d{2,3})([^\W\d_]*\d?)", m.group()):
        if number == "47":
            names.append("Kinzhal")
        else:
            names.append(f"Kh-{number}{suffix.lower().translate(_CYR_SUFFIX).upper()}")
        classes.add(_KH_CLASSES.get(number, MISSILE))
    weapon = classes.pop() if len(classes) == 1 else MISSILE
    return tuple(dict.fromkeys(names)), weapon


def _fixed(name: str, weapon: str) -> Builder:
    return lambda m: ((name,), weapon)


def _numbered(template: str, weapon: str, default: str = "") -> Builder:
    def build(m: re.Match[str]) -> tuple[tuple[str, ...], str]:
        variant = (m.group("v") or default).lower().translate(_CYR_SUFFIX).upper()
        variant = variant.replace(" ", "")
        return (template.format(variant),), weapon

    return build


def _iskander(m: re.Match[str]) -> tuple[tuple[str, ...], str]:
    letter = (m.group("v") or "м").lower()
    if letter in ("к", "k"):
        return ("Iskander-K",), CRUISE
    return ("Iskander-M",), BALLISTIC


_L = r"(?<![^\W\d_])"  # no letter before
_R = r"(?![^\W\d_])"  # no letter after
MODEL_PATTERNS: list[tuple[re.Pattern[str], Builder]] = [
    (
        re.compile(
            _L + r"(?:shahed|шахед|шахєд)[^\W\d_]*(?:[- ]?(?P<v>\d{2,3})(?:/\d{2,3})*)?", re.I
        ),
        _shahed,
    ),
    # "Герань-2" is the Russian name of the Shahed-136.
    (re.compile(_L + r"(?:герань|геран|geran)[^\W\d_]*(?:-?2)?", re.I), _fixed("Shahed-136", UAV)),
    (
        re.compile(_L + r"(?:орлан|orlan)[^\W\d_]*(?:[- ]?(?P<v>10|30))?", re.I),
        _numbered("Orlan-{}", UAV, "10"),
    ),
    (
        re.compile(_L + r"(?:мерлін|merlin)[^\W\d_]*(?:-?(?:вр|vr))?" + _R, re.I),
        _fixed("Merlin-VR", UAV),
    ),
    (re.compile(_L + r"(?:оріон|orion)[^\W\d_]*", re.I), _fixed("Orion", UAV)),
    (re.compile(_L + r"(?:гранат|granat)[^\W\d_]*-?\s?4", re.I), _fixed("Granat-4", UAV)),
    (re.compile(_L + r"(?:зала|zala)" + _R, re.I), _fixed("ZALA", UAV)),
    (re.compile(_L + r"(?:supercam|суперкам)[^\W\d_]*", re.I), _fixed("Supercam", UAV)),
    (re.compile(_L + r"(?:ланцет|lancet)[^\W\d_]*", re.I), _fixed("Lancet", UAV)),
    (
        re.compile(_L + r"(?:mohajer|[мm][оo]hajer|мохаджер)[^\W\d_]*-?\s?6", re.I),
        _fixed("Mohajer-6", UAV),
    ),
    (re.compile(_L + r"(?:форпост|forpost)[^\W\d_]*", re.I), _fixed("Forpost", UAV)),
    (re.compile(_L + r"(?:гербер|gerbera)[^\W\d_]*", re.I), _fixed("Gerbera", UAV)),
    (re.compile(_L + r"(?:молні[яїюі]|molniya)" + _R, re.I), _fixed("Molniya", UAV)),
    (
        re.compile(
            _L + r"(?:kh|[хx])(?:-\s?)?\d{2,3}(?:[а-яa-z]{1,2}\d?)?"
            r"(?:\s?/\s?(?:(?:kh|[хx])-?\s?)?\d{2,3}(?:[а-яa-z]{1,2}\d?)?)*" + _R,
            re.I,
        ),
        _kh,
    ),
    (re.compile(_L + r"(?:калібр|калибр|kalibr)[^\W\d_]*", re.I), _fixed("Kalibr", CRUISE)),
    (
        re.compile(
            _L + r"(?:іскандер|искандер|iskander)[^\W\d_]*(?:\s?-\s?(?P<v>[мкmk])" + _R + ")?", re.I
        ),
        _iskander,
    ),
    (re.compile(_L + r"(?:кинджал|кинжал|kinzhal)[^\W\d_]*", re.I), _fixed("Kinzhal", BALLISTIC)),
    (re.compile(_L + r"(?:кн|kn)-?\s?23" + _R, re.I), _fixed("KN-23", BALLISTIC)),
    (re.compile(_L + r"(?:точк[^\W\d_]*-у|tochka-u)" + _R, re.I), _fixed("Tochka-U", BALLISTIC)),
    (re.compile(_L + r"(?:циркон|zircon|tsirkon)[^\W\d_]*", re.I), _fixed("Zircon", CRUISE)),
    (re.compile(_L + r"(?:онікс|оникс|oniks|onyx)[^\W\d_]*", re.I), _fixed("Oniks", CRUISE)),
    (re.compile(_L + r"[сc]-?(?P<v>300|400)(?!\d)" + _R, re.I), _numbered("S-{}", MISSILE)),
    (re.compile(_L + r"(?:atacms|атакмс)" + _R, re.I), _fixed("ATACMS", BALLISTIC)),
    (re.compile(_L + r"(?:storm shadow|сторм шедоу)", re.I), _fixed("Storm Shadow", CRUISE)),
    (re.compile(_L + r"(?:himars|хаймарс)[^\W\d_]*", re.I), _fixed("HIMARS", ROCKET)),
    (
        re.compile(
            _L + r"[сc][уy]-?\s?(?P<v>\d{2}(?:\s?(?:см|cm|сm)\d?|[мсmc](?:[сcs])?)?)" + _R, re.I
        ),
        _numbered("Su-{}", AIRCRAFT),
    ),
    (
        re.compile(_L + r"[тt][уy]-?\s?(?P<v>\d{2,3}(?:[мmсcs]{1,2}\d?)?)" + _R, re.I),
        _numbered("Tu-{}", AIRCRAFT),
    ),
    (re.compile(_L + r"[мm][іiи][гg]-?\s?(?P<v>\d{2})" + _R, re.I), _numbered("MiG-{}", AIRCRAFT)),
    (re.compile(_L + r"[аa]-\s?50(?:[уy])?(?!\d)" + _R, re.I), _fixed("A-50", AIRCRAFT)),
    (re.compile(_L + r"[іi]л-?\s?(?P<v>\d{2})" + _R, re.I), _numbered("Il-{}", AIRCRAFT)),
    (
        re.compile(_L + r"[кk][аa]-\s?(?P<v>52|50|27|29|31)(?!\d)" + _R, re.I),
        _numbered("Ka-{}", HELICOPTER),
    ),
    (
        re.compile(_L + r"[мm][іi]-\s?(?P<v>8|24|28|35|26)(?!\d)" + _R, re.I),
        _numbered("Mi-{}", HELICOPTER),
    ),
]


def find_models(folded: str) -> list[ModelMention]:
    """Every named model in a folded text, leftmost-longest, without overlaps."""
    found: list[ModelMention] = []
    for pattern, build in MODEL_PATTERNS:
        for m in pattern.finditer(folded):
            names, weapon = build(m)
            found.append(ModelMention(m.start(), m.end(), names, weapon))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[ModelMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


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
        upper = token.text.upper()
        if upper in ABBREVIATIONS:
            return ABBREVIATIONS[upper]
        for lemma in self.morph.lemmas(token.lower):
            if lemma in HEAD_NOUNS:
                return HEAD_NOUNS[lemma]
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
        for lemma in self.morph.lemmas(token.lower):
            if lemma in CLASS_ADJECTIVES:
                return CLASS_ADJECTIVES[lemma]
        return CLASS_STEMS.get(token.lower)

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
        return token.text.upper() in ABBREVIATIONS or token.lower in (
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
