"""Find place names in a text: word tokens -> keys (lemmas) -> patterns, longest match first.

Each token is looked up by each of its keys in a dictionary of patterns indexed by their first
word, so the cost per token does not grow with the number of places. A pattern then has to match
the following tokens and pass its guard (capitalisation, a trigger word before an ambiguous
town name, the gender of an adjective used alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger.places import lexicon
from claimledger.places.model import (
    GUARD_ADJ_F,
    GUARD_ADJ_M,
    GUARD_ADJ_N,
    GUARD_CITY,
    GUARD_CITY_NOUN,
    GUARD_CITY_PERSON,
    GUARD_COUNTRY,
    GUARD_UPPER,
    GUARD_VILLAGE_STRICT,
    VILLAGE_GUARDS,
    Pattern,
    Place,
    PlaceMention,
)
from claimledger.places.text import Token, tokenize

if TYPE_CHECKING:
    from claimledger.places.store import Districts, PatternIndex

# Endings of an adjective standing for "область" (feminine), "край" (masculine) or "море"
# (neuter) when used alone: "над Калужской", "над Краснодарским", "над Азовским".
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        GUARD_ADJ_F: ("ая", "яя", "ой", "ей", "ую", "юю", "ою", "ею"),
        GUARD_ADJ_M: ("ий", "ый", "ой", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем"),
        GUARD_ADJ_N: ("ое", "ее", "ого", "его", "ому", "ему", "им", "ым", "ом", "ем"),
    },
    "uk": {
        GUARD_ADJ_F: ("а", "я", "ої", "ої", "ій", "у", "ю", "ою", "ьою"),
        GUARD_ADJ_M: ("ий", "ій", "ого", "ому", "им", "ім", "ом"),
        GUARD_ADJ_N: ("е", "є", "ого", "ому", "им", "ім"),
    },
}
# Endings that look like a feminine one but are another gender's: Ukrainian "Хмельницькому"
# (masculine locative, the town) ends like "Хмельницьку" (feminine accusative, the oblast).
_NOT_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {GUARD_ADJ_F: ("ому",)},
}
CONTEXT_SIZE_RATIO = 10
# Countries whose towns win over a namesake abroad of comparable size ("Светлогорск").
HOME = frozenset({"RU", "UA"})
_SENTENCE_BREAK = frozenset(".!?\n«\"“„(")
# Marks between two words of a name that end it: "over Isfahan, state media said" is the town.
CLAUSE_MARKS = frozenset(",;:")

Keys = Callable[[str], frozenset[str]]
PlaceOf = Callable[[str], "Place | None"]
# What a word can be besides a place name, as bit flags (see `Gazetteer` for how it is read).
WordInfo = Callable[[str], int]
PERSON = 1  # a first name, patronymic or surname
COMMON = 2  # an ordinary word (a dictionary reading that is not a place name)
ADJECTIVE = 4  # a full adjective
NOUN = 8  # a common noun in its likeliest reading
KNOWN_PERSON = 16  # a person in the dictionary, not a guess for an unknown word ("Зюкайке")


DISTRICT = "@district"  # the first key of shared district patterns, and their code


@dataclass(slots=True)
class Hit:
    """Patterns whose key words start at token `first` and take `take` tokens."""

    first: int
    take: int
    patterns: list[Pattern]
    # For a district pattern: the adjective found and the districts it may name.
    adjective: str = ""
    districts: tuple[str, ...] = ()
    # A settlement word ("село", "village of") stands before the name: villages may count.
    settlement: bool = False


class Matcher:
    """Runs the patterns of one language over one text."""

    def __init__(self, index: PatternIndex, lang: str, keys: Keys,
                 lenient: bool = False, info: WordInfo | None = None,
                 first_lemma: Callable[[str], str] | None = None,
                 districts: Districts | None = None,
                 lower_prefixes: frozenset[str] | None = None) -> None:
        self.index = index
        self.districts = districts
        self.lower_prefixes = lower_prefixes
        self.lang = lang
        self.keys = keys
        self.info = info
        self.first_lemma = first_lemma
        self.lenient = lenient
        self.triggers = lexicon.CITY_TRIGGERS.get(lang, frozenset())
        self.aimed = lexicon.AIMED_TRIGGERS.get(lang, (frozenset(), frozenset()))
        self.settlements = lexicon.SETTLEMENT_WORDS.get(lang, frozenset())
        self.endings = _ENDINGS.get(lang, {})
        self._after_hit = -1  # the token right after the last place found (a list goes on)

    def hits(self, text: str) -> tuple[list[Token], list[Hit]]:
        tokens = tokenize(text)
        keys = _LazyKeys(tokens, self._token_keys)
        hits: list[Hit] = []
        i = floor = 0  # tokens before `floor` belong to a hit already
        self._after_hit = -1
        while i < len(tokens):
            if not self._may_start(tokens[i].text):
                i += 1
                continue
            hit = self._best_at(text, tokens, keys, i, floor)
            if hit is None:
                i += 1
                continue
            if hit.patterns[0].code == DISTRICT and self.districts is not None:
                adjective = min(k for k in keys[i] if self.districts.get(k))
                hit.adjective = adjective
                hit.districts = self.districts.get(adjective)
            if hit.patterns[0].code is not None:
                hits.append(hit)
                self._after_hit = hit.first + hit.take
            i = floor = hit.first + hit.take
        return tokens, hits

    def _token_keys(self, word: str) -> frozenset[str]:
        keys = self.keys(word)
        if self.districts is None or not self.districts.names_any(keys):
            return keys
        return keys | {DISTRICT}

    def _may_start(self, word: str) -> bool:
        """Whether a pattern can start at this word, decided without lemmatizing it: most
        patterns need a capital letter, the rest start with a known three-letter prefix
        ("калужской области", "российских регионах")."""
        if self.lenient or self.lower_prefixes is None or word[:1].isupper():
            return True
        return word[:3].lower().replace("ё", "е") in self.lower_prefixes

    def _best_at(self, text: str, tokens: Sequence[Token], keys: _LazyKeys,
                 i: int, floor: int) -> Hit | None:
        best: list[Pattern] = []
        best_score = (0, 0)
        seen: set[int] = set()
        for key in keys[i]:
            for p in self.index.get(key):
                if id(p) in seen:
                    continue
                seen.add(id(p))
                score = (len(p.words), p.rank)
                if score < best_score or i - p.lead < floor:
                    continue
                if not self._fits(p, text, tokens, keys, i - p.lead):
                    continue
                if score > best_score:
                    best, best_score = [p], score
                else:
                    best.append(p)
        if not best:
            return None
        hit = Hit(i - best[0].lead, best[0].take, best)
        if any(p.guard in VILLAGE_GUARDS for p in best):
            hit.settlement = self.lenient or self._settlement_before(text, tokens, keys, i)
        return hit

    def _fits(self, p: Pattern, text: str, tokens: Sequence[Token],
              keys: _LazyKeys, start: int) -> bool:
        """Whether `p` matches the tokens from `start` (its indexed word is at start + lead)."""
        n = len(p.words)
        if start + n > len(tokens):
            return False
        for j in range(n):
            if j != p.lead and not keys[start + j] & p.words[j]:
                return False
        for j in range(p.lead):
            # "провинция Исфахан", not "на регион. Об этом"
            if text[tokens[start + j].end:tokens[start + j + 1].start].strip():
                return False
        for j in range(p.lead, n - 1):
            # "over Isfahan, state media said": a clause break ends a name ("St. Petersburg"
            # keeps its point)
            if CLAUSE_MARKS & set(text[tokens[start + j].end:tokens[start + j + 1].start]):
                return False
        if not self.lenient:
            for j, need in enumerate(p.caps):
                if need and not tokens[start + j].text[:1].isupper():
                    return False
        if not self._guard(p.guard, text, tokens, keys, start + p.lead, p.words[p.lead]):
            return False
        # "in Roman Catholicism", "in Vladimir Putin's Russia": a name that needs a trigger
        # word, followed by a capitalised word, is the start of a longer name.
        return not (self.lang == "en" and p.guard == GUARD_CITY_PERSON and not self.lenient
                    and _capital_after(text, tokens, start + p.take - 1))

    def _guard(self, guard: str, text: str, tokens: Sequence[Token],
               keys: _LazyKeys, i: int, own: frozenset[str] = frozenset()) -> bool:
        if not guard:
            return True
        if guard in (GUARD_ADJ_F, GUARD_ADJ_M, GUARD_ADJ_N):
            word = tokens[i].text
            if not self.lenient and not word[:1].isupper():
                return False
            if not word.lower().endswith(self.endings.get(guard, ())):
                return False
            if word.lower().endswith(_NOT_ENDINGS.get(self.lang, {}).get(guard, ())):
                return False
            if self._town_locative(text, tokens, i, guard):
                return False
            # "на Большой Тульской улице": an adjective with another noun is not elliptic.
            return self.lenient or not self._noun_after(text, tokens, i)
        if self.lenient:
            return True
        if guard == GUARD_UPPER:
            return tokens[i].text.isupper()  # "US", not "Us"
        if guard == GUARD_COUNTRY:
            return self._country_guard(text, tokens, keys, i, own)
        if guard in VILLAGE_GUARDS:
            return self._village_guard(guard, text, tokens, keys, i)
        return self._town_guard(guard, text, tokens, keys, i)

    def _town_locative(self, text: str, tokens: Sequence[Token], i: int, guard: str) -> bool:
        """Ukrainian "у Курську", "в Донецьку": after "у"/"в" an ending of the feminine
        accusative ("Курську область") is the town's locative; the oblast alone would be
        "у Курській"."""
        if self.lang != "uk" or guard != GUARD_ADJ_F or i == 0:
            return False
        if not tokens[i].text.lower().endswith(("у", "ю")):
            return False
        prev = tokens[i - 1]
        return prev.text.lower() in ("у", "в") and not text[prev.end : tokens[i].start].strip()

    def _country_guard(self, text: str, tokens: Sequence[Token], keys: _LazyKeys,
                       i: int, own: frozenset[str]) -> bool:
        """A country's name: not a surname after a first name ("Michael Jordan", "Василий
        Ливанов"), and a word whose likeliest reading is another word ("Того": "тот") does
        not open a sentence. `own` are the keys the name has in the pattern."""
        if self.lang == "en":
            return not (i > 0 and _english_name_before(text, tokens, i))
        if i > 0 and self._person_before(text, tokens, i):
            return False
        if self.first_lemma is not None and self.first_lemma(tokens[i].text) not in own:
            triggered = i > 0 and self._trigger_before(text, tokens, keys, i)
            return triggered or not _sentence_initial(text, tokens, i)
        return True

    def _village_guard(self, guard: str, text: str, tokens: Sequence[Token],
                       keys: _LazyKeys, i: int) -> bool:
        """A village after a settlement word; else (a name no dictionary reads as a word or a
        person) provisionally, for `choose` to keep only with its region named in the text."""
        word = tokens[i].text
        if len(word) > 1 and word[:2].isupper():
            return False
        if self.lang == "en" and i > 0 and _english_name_before(text, tokens, i):
            return False
        if i > 0 and self._settlement_before(text, tokens, keys, i):
            # "в селе Толстый Луг": an adjective before a capitalised word begins a longer name
            # than the village found ("Толстое", "Толстый").
            return not (self.info is not None and self.info(word) & ADJECTIVE
                        and _capital_after(text, tokens, i))
        if guard == GUARD_VILLAGE_STRICT:
            return False
        if self.info is not None:
            if self.info(word) & (KNOWN_PERSON | COMMON):
                return False
            if i > 0 and self._person_before(text, tokens, i):
                return False
        return True

    def _settlement_before(self, text: str, tokens: Sequence[Token], keys: _LazyKeys,
                           i: int) -> bool:
        """"в селе Зюкайка", "населенного пункта Лотаревка", "н.п. Лотаревка", "village of X"."""
        if i == 0:
            return False
        j = i - 1
        if self.lang == "en" and tokens[j].text.lower() == "of" and j > 0:
            if text[tokens[j - 1].end:tokens[j].start].strip():
                return False
            j -= 1
        gap = text[tokens[j].end:tokens[j + 1].start].strip()
        word = tokens[j].text
        if word in lexicon.SETTLEMENT_ABBREVIATIONS:
            return gap == "."  # "с. Толстое", not "с Ольгой" or "А.С. Пушкина"
        if gap and not (gap == "." and word.lower() in lexicon.ABBREVIATIONS):
            return False
        if word.lower() in lexicon.SETTLEMENT_ABBREVIATIONS:
            return False  # "С." after "А.": an initial
        return bool(keys[j] & self.settlements)

    def _town_guard(self, guard: str, text: str, tokens: Sequence[Token],
                    keys: _LazyKeys, i: int) -> bool:
        word = tokens[i].text
        if len(word) > 1 and word[:2].isupper():
            return False  # "ОС", "МГУ", "ЧОПа": abbreviations, not "Оса", "Мга" or "Чоп"
        if self.lang == "en" and i > 0 and _english_name_before(text, tokens, i):
            return False  # "Denis Skopin", "Lesya Ukrainka", "Siverskyi Donets"
        if self.info is not None:
            flags = self.info(word)
            if i > 0 and self._person_before(text, tokens, i):
                return False  # "Ларисы Долиной", "Тамерлан Гиреев": a surname after a name
            if flags & ADJECTIVE and self.lang == "ru" and self._noun_after(text, tokens, i):
                return False  # "в Ленинском районе", "в Московском регионе": an adjective
            if flags & PERSON:
                guard = GUARD_CITY_PERSON  # "Владимира", "Иванова": a person unless "в" precedes
            elif flags & COMMON and guard == GUARD_CITY:
                guard = GUARD_CITY_NOUN  # "Реже всего": an ordinary word opening a sentence
        if guard == GUARD_CITY:
            return True
        triggered = i > 0 and self._trigger_before(text, tokens, keys, i)
        if guard == GUARD_CITY_PERSON:
            return triggered
        return triggered or not _sentence_initial(text, tokens, i) or _label(text, tokens, i)

    def _person_before(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        prev = tokens[i - 1]
        if text[prev.end:tokens[i].start].strip() or not prev.text[:1].isupper():
            return False
        if prev.text.lower() in self.triggers:
            return False  # "По Харькову ..." opening a sentence: a preposition, not the name "По"
        return self.info is not None and bool(self.info(prev.text) & PERSON)

    def _noun_after(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if text[tokens[i].end:nxt.start].strip() or not nxt.text[:1].islower():
            return False
        if nxt.text in lexicon.TIME_WORDS:
            return False  # "над Калужской ночью"
        return self.info is not None and bool(self.info(nxt.text) & NOUN)

    def _trigger_before(self, text: str, tokens: Sequence[Token],
                        keys: _LazyKeys, i: int) -> bool:
        prev = tokens[i - 1]
        gap = text[prev.end:tokens[i].start].strip()
        if (self._after_hit == i and gap in lexicon.LIST_JOINERS) or (
                self._after_hit == i - 1 and not gap
                and prev.text.lower() in lexicon.LIST_JOINERS):
            return True  # "по Харкову, Львову та Одесі": the list of places goes on
        if gap and not (gap == "." and prev.text.lower() in lexicon.ABBREVIATIONS):
            return False
        if gap == "." and prev.text in lexicon.SETTLEMENT_ABBREVIATIONS:
            return True  # "у с. Мала Данилівка" as "у селі Мала Данилівка"
        preps, attacks = self.aimed
        aimed = prev.text.lower() in preps and any(keys[j] & attacks for j in range(i - 4, i - 1)
                                                   if j >= 0)  # "атаки (украинских дронов) на"
        return aimed or bool(keys[i - 1] & self.triggers)  # "атаки на Николаев"


class _LazyKeys:
    """Token keys computed on first use: lemmatizing is the expensive step, and most words
    are never looked at."""

    def __init__(self, tokens: Sequence[Token], keys: Keys) -> None:
        self._tokens = tokens
        self._keys = keys
        self._cache: list[frozenset[str] | None] = [None] * len(tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def __getitem__(self, i: int) -> frozenset[str]:
        found = self._cache[i]
        if found is None:
            found = self._cache[i] = self._keys(self._tokens[i].text)
        return found


def _english_name_before(text: str, tokens: Sequence[Token], i: int) -> bool:
    prev = tokens[i - 1]
    if text[prev.end:tokens[i].start] != " " or not prev.text[:1].isupper():
        return False
    low = prev.text.lower()
    if low.endswith(("'s", "’s")) or low in lexicon.EN_TOWN_PREFIXES:
        return False
    return not _sentence_initial(text, tokens, i - 1)


def _capital_after(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A capitalised word right after token i ("Толстый Луг"); not an abbreviation in
    capitals ("Washington DC")."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if text[tokens[i].end:nxt.start] != " " or not nxt.text[:1].isupper():
        return False
    return not (len(nxt.text) <= 3 and nxt.text.isupper())


def _label(text: str, tokens: Sequence[Token], i: int) -> bool:
    """ "Одеса: двоє загиблих": a word before a colon that opens a headline labels its place."""
    end = tokens[i + 1].start if i + 1 < len(tokens) else len(text)
    return text[tokens[i].end : end].strip()[:1] in lexicon.LABEL_MARKS


def _sentence_initial(text: str, tokens: Sequence[Token], i: int) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    gap = text[prev.end:tokens[i].start]
    if not any(ch in _SENTENCE_BREAK for ch in gap):
        return False
    return not (gap.strip() == "." and prev.text.lower() in lexicon.ABBREVIATIONS)


def choose(hit: Hit, place_of: PlaceOf, context: set[str], country: str | None,
           within: frozenset[str] | None = None) -> tuple[Place, Pattern, str] | None:
    """Pick one place among a hit's candidates: country hint, regions named nearby, towns of
    Russia and Ukraine before their namesakes abroad, size. None when the hit's only candidates
    are villages neither named as settlements nor with their region."""
    candidates: list[tuple[Place, Pattern]] = []
    taken: set[str] = set()  # the candidates' codes: a hit may hold hundreds of namesakes
    for p in hit.patterns:
        codes = hit.districts if p.code == DISTRICT else (p.code or "",)
        for code in codes:
            place = place_of(code)
            if place is not None and place.code not in taken:
                taken.add(place.code)
                candidates.append((place, p))
    if not candidates:
        raise KeyError(f"pattern codes {[p.code for p in hit.patterns]} have no place")
    candidates = [(place, p) for place, p in candidates
                  if p.guard not in VILLAGE_GUARDS or hit.settlement
                  or _village_in_context(place, context)]
    if within is not None:  # the countries searched: "у Рені" is Reni (UA), not Rennes
        candidates = [c for c in candidates if c[0].kind in ("country", "sea")
                      or c[0].country in within]
    if not candidates:
        return None
    if len(candidates) > 1 and all(p.guard in VILLAGE_GUARDS for _, p in candidates):
        # Villages of one name ("в селе Отрадное": a dozen of them): only the region named
        # in the text tells which; size does not.
        candidates = [c for c in candidates if c[0].region in context]
        if len(candidates) != 1:
            return None
    if len(candidates) == 1:
        return candidates[0][0], candidates[0][1], ""

    largest = max(place.population for place, _ in candidates)
    # Among towns of Russia and Ukraine alone, as before the world came in: size decides.
    abroad = any(place.country not in HOME for place, _ in candidates)

    def score(item: tuple[Place, Pattern]) -> tuple[bool, bool, bool, bool, int]:
        place = item[0]
        # A region named nearby decides only between towns of comparable size: "Donetsk" next
        # to "Rostov" is still the city of a million, not the Rostov Oblast town of 50 000;
        # after a settlement word ("в селе") size says nothing.
        comparable = place.population * CONTEXT_SIZE_RATIO >= largest
        return (
            country is not None and place.country == country,
            # a district a region's table names ("Володимирський район" of Volyn) before one
            # guessed from a namesake town's adjective (Vladimir is "Володимир" in Ukrainian)
            item[1].code != DISTRICT and place.kind == "region",
            place.region in context and (comparable or hit.settlement),
            not abroad or (place.country in HOME and place.kind == "city" and comparable),
            place.population,
        )

    ranked = sorted(candidates, key=score, reverse=True)
    place, pattern = ranked[0]
    top = score(ranked[0])
    reason = ("country hint" if top[0] else "a region's own district" if top[1]
              else "region named in the text" if top[2]
              else "Russia or Ukraine" if top[3] and not score(ranked[1])[3]
              else "largest population")
    others = ", ".join(c.code for c, _ in ranked[1:4])
    return place, pattern, f"; chose over {others} by {reason}"


def _village_in_context(place: Place, context: set[str]) -> bool:
    """A village with its region named in the text; abroad, its country will do ("Metula" in a
    report about Israel), at home it would not (thousands of villages per country)."""
    if place.region in context:
        return True
    return place.country not in HOME and place.country in context


def mentions(text: str, tokens: list[Token], hits: list[Hit], place_of: PlaceOf,
             country: str | None, lang: str,
             within: frozenset[str] | None = None) -> list[PlaceMention]:
    # Regions and countries the text names for sure: hits with one candidate, not villages
    # (a village would vouch for itself).
    context: set[str] = set()
    for h in hits:
        if all(p.guard in VILLAGE_GUARDS for p in h.patterns):
            continue
        codes = h.districts if len(h.districts) == 1 else {p.code for p in h.patterns}
        if len(codes) == 1:
            (code,) = codes
            place = place_of(code) if code else None
            if place is not None:
                context.add(place.region or "")
                if place.kind == "country":
                    context.add(place.code)
    found: list[PlaceMention] = []
    for hit in hits:
        chosen = choose(hit, place_of, context, country, within)
        if chosen is None:
            continue
        place, pattern, note = chosen
        start = tokens[hit.first].start
        end = tokens[hit.first + hit.take - 1].end
        described = pattern.describe(lang).replace(DISTRICT, hit.adjective)
        why = f"{described} -> {place.kind} {place.code}{note}"
        found.append(PlaceMention(place, start, end, text[start:end], why, pattern.explicit))
    return found
