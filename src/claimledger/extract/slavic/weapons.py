"""Weapon words shared by the Russian and Ukrainian grammars: nouns, abbreviations, models.

Three tables, all data:
- `NOUNS`: lemma -> weapon kind ("беспилотник" -> uav, "ракета" -> missile);
- `ABBREVIATIONS`: upper-case abbreviations, which the analyzers do not know ("БПЛА", "КАБ");
- `KIND_ADJECTIVES`: adjectives that narrow a "ракета" ("крылатая" -> cruise_missile);
- `MODELS`: named types in Cyrillic or Latin script, as compiled patterns, with the model's Latin
  name and its kind ("Х-101" -> Kh-101, cruise_missile; "Шахед"/"Герань-2" -> Shahed-136, uav).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOUNS: dict[str, dict[str, str]] = {
    "ru": {
        "беспилотник": "uav",
        "дрон": "uav",
        "бпла": "uav",
        "бла": "uav",
        "бпл": "uav",
        "дрон-камикадзе": "uav",
        "беспилотник-камикадзе": "uav",
        "шахед": "uav",
        "ракета": "missile",
        "авиабомба": "guided_bomb",
        "бомба": "guided_bomb",
        "самолет": "aircraft",
        "вертолет": "helicopter",
        "снаряд": "rocket",
    },
    "uk": {
        "безпілотник": "uav",
        "дрон": "uav",
        "бпла": "uav",
        "бпла-камікадзе": "uav",
        "дрон-камікадзе": "uav",
        "шахед": "uav",
        "ракета": "missile",
        "авіабомба": "guided_bomb",
        "бомба": "guided_bomb",
        "літак": "aircraft",
        "гелікоптер": "helicopter",
        "вертоліт": "helicopter",
        "снаряд": "rocket",
    },
}

# Surface forms, upper case; these carry no case or number of their own.
ABBREVIATIONS: dict[str, str] = {
    "БПЛА": "uav",
    "БЛА": "uav",
    "БПЛ": "uav",
    "БПЛАС": "uav",
    "БПЛА-КАМИКАДЗЕ": "uav",
    "БПЛА-КАМІКАДЗЕ": "uav",
    "UAV": "uav",
    "КАБ": "guided_bomb",
    "УАБ": "guided_bomb",
    "КАБИ": "guided_bomb",
    "ЗУР": "missile",
    "ОТРК": "ballistic_missile",
}

# Adjective lemma -> the kind it gives to a missile (or bomb) noun.
KIND_ADJECTIVES: dict[str, dict[str, str]] = {
    "ru": {
        "крылатый": "cruise_missile",
        "противокорабельный": "cruise_missile",
        "баллистический": "ballistic_missile",
        "аэробаллистический": "ballistic_missile",
        "оперативно-тактический": "ballistic_missile",
        "управляемый": "guided_bomb",
        "авиационный": "guided_bomb",
        "корректируемый": "guided_bomb",
        "реактивный": "rocket",
    },
    "uk": {
        "крилатий": "cruise_missile",
        "протикорабельний": "cruise_missile",
        "балістичний": "ballistic_missile",
        "аеробалістичний": "ballistic_missile",
        "керований": "guided_bomb",
        "авіаційний": "guided_bomb",
        "коригований": "guided_bomb",
        "реактивний": "rocket",
    },
}


@dataclass(frozen=True, slots=True)
class Model:
    name: str  # Latin name as the gold writes it
    weapon: str
    side: str | None = None  # whose arsenal: "ru" or "ua" (a Shahed over Kyiv is Russian)


@dataclass(frozen=True, slots=True)
class ModelMention:
    start: int
    end: int
    model: Model


# (pattern, model). Patterns run over the blanked text; \b does not see Cyrillic "Х" as a letter
# boundary issue because Python's re is Unicode-aware.
_MODEL_TABLE: tuple[tuple[str, Model], ...] = (
    (r"Х-?101(?:/55)?|Kh-?101", Model("Kh-101", "cruise_missile", "ru")),
    (r"Х-?555|Kh-?555", Model("Kh-555", "cruise_missile", "ru")),
    (r"Х-?22|Kh-?22", Model("Kh-22", "cruise_missile", "ru")),
    (r"Х-?32|Kh-?32", Model("Kh-32", "cruise_missile", "ru")),
    (r"Х-?31П?|Kh-?31P?", Model("Kh-31P", "missile", "ru")),
    (r"Х-?59(?:М?К?2?)?|Kh-?59", Model("Kh-59", "missile", "ru")),
    (r"Х-?69|Kh-?69", Model("Kh-69", "missile", "ru")),
    (r"Х-?47М2|Kh-?47M2", Model("Kinzhal", "ballistic_missile", "ru")),
    (r"[Кк]инжал\w*|Kinzhal", Model("Kinzhal", "ballistic_missile", "ru")),
    (r"Калибр\w*|Kalibr", Model("Kalibr", "cruise_missile", "ru")),
    (r"Циркон\w*|3М22|Zircon|Tsirkon", Model("Zircon", "cruise_missile", "ru")),
    (r"Искандер\w*-М|Искандер\w*|Iskander-?M?", Model("Iskander-M", "ballistic_missile", "ru")),
    (r"KN-?23", Model("KN-23", "ballistic_missile", "ru")),
    (r"ATACMS|АТАКМС|Атакмс\w*", Model("ATACMS", "ballistic_missile", "ua")),
    (
        r"Storm\s+Shadow|Шторм\s+Шэдоу|Сторм\s+Шэдоу|SCALP(?:-EG)?",
        Model("Storm Shadow", "cruise_missile", "ua"),
    ),
    (r"Нептун\w*|Neptune", Model("Neptune", "cruise_missile", "ua")),
    (r"HIMARS|ХАЙМАРС|Хаймарс\w*", Model("HIMARS", "rocket", "ua")),
    (r"РСЗО|MLRS", Model("MLRS", "rocket")),
    (r"Vampire|Вампир\w*", Model("Vampire", "rocket", "ua")),
    (r"Ураган\w*|Смерч\w*", Model("Uragan", "rocket")),
    (r"Шахед\w*|шахед\w*|Shahed(?:-136)?|Шахід\w*|шахід\w*", Model("Shahed-136", "uav", "ru")),
    (r"Герань-?2|Герань\w*|Geran-?2", Model("Shahed-136", "uav", "ru")),
    (r"PD-2|ПД-2", Model("PD-2", "uav", "ua")),
    (r"Бобер\w*|Бобёр\w*|Bober", Model("Bober", "uav", "ua")),
    (r"Лютый|Лютого|Лютым|Liutyi", Model("Liutyi", "uav", "ua")),
    (r"(?:РС-26\s*)?«?Рубеж\w*|RS-26", Model("RS-26 Rubezh", "ballistic_missile", "ru")),
    (r"Орешник\w*|Oreshnik", Model("Oreshnik", "ballistic_missile", "ru")),
    (r"Точк\w-У|Tochka-U", Model("Tochka-U", "ballistic_missile", "ua")),
)

_MODEL_PATTERN = re.compile(
    "|".join(
        f"(?P<m{index}>(?<![\\w-])(?:{pattern})(?![\\w]))"
        for index, (pattern, _) in enumerate(_MODEL_TABLE)
    )
)


def find_models(text: str) -> list[ModelMention]:
    """Named weapon types in `text`, with offsets."""
    out: list[ModelMention] = []
    for match in _MODEL_PATTERN.finditer(text):
        group = match.lastgroup
        if group is None:
            continue
        out.append(ModelMention(match.start(), match.end(), _MODEL_TABLE[int(group[1:])][1]))
    return out


def noun_weapon(lemma: str, lang: str) -> str | None:
    return NOUNS.get(lang, {}).get(lemma)


# Abbreviations that are ordinary words in lower case ("каб" in "кабы") count only in capitals.
_CAPITALS_ONLY = frozenset({"КАБ", "УАБ", "КАБИ", "ЗУР", "ОТРК", "UAV"})


def abbreviation_weapon(text: str) -> str | None:
    """The weapon of an abbreviation token ("БПЛА", "БпЛА", "КАБ"), or None."""
    key = text.upper()
    kind = ABBREVIATIONS.get(key)
    if kind is None:
        stem = _inflected_stem(text)
        return ABBREVIATIONS.get(stem) if stem else None
    if key in _CAPITALS_ONLY and not text.isupper():
        return None
    return kind


# Case endings glued to an abbreviation: "КАБов", "БПЛАми", "КАБами".
_ENDINGS = ("ами", "ов", "ах", "ам", "ом", "ы", "а", "у", "е", "и")


def _inflected_stem(text: str) -> str | None:
    for ending in _ENDINGS:
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(stem) >= 3 and stem.isupper():
            return stem
    return None


def adjective_kind(lemma: str, lang: str) -> str | None:
    return KIND_ADJECTIVES.get(lang, {}).get(lemma)


def combine_models(models: list[Model]) -> str | None:
    """The model field for several named types of one count: "Kh-101/Kalibr"."""
    names: list[str] = []
    for model in models:
        if model.name not in names:
            names.append(model.name)
    return "/".join(names) or None
