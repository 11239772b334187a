"""Villages the gazetteer does not know, named after their settlement noun: "в селе Отрадное",
"в хуторе Журавка Миллеровского района", "у селі Вільне"; and districts it cannot tell apart
("в Дзержинском районе": a name of many districts) named beside a town, which lie in the town's
region ("на окраине Калуги и в Дзержинском районе" is Kaluga Oblast).

A village named without its region is coded `city:<name>` (ANNOTATION.md, and the gold's review:
a town is its region only when the region is named with it). The name is written as the
gazetteer writes Russian names in Latin letters ("Отрадное" -> "Otradnoye"). A district named
right after the village only says where it lies; a region named there makes the claim the
region's, which the region's own mention already gives, so no village is added.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

from claimledger.extract.document.tokens import Document, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef
from claimledger.places.model import Place
from claimledger.places.translit import translit_first, translit_ukrainian

_NAME_WORDS = 2  # "Новая Таволжанка"
_JOIN_WORDS = 3  # "и в", ", а в"
# Endings the gazetteer's Latin names spell otherwise than a letter-by-letter reading.
_ENDINGS = (("oe", "oye"), ("ee", "eye"), ("ye", "ye"))


def add_villages(doc: Document, lex: Lexicon, refs: list[PlaceRef]) -> list[PlaceRef]:
    """`refs` with a mention for every village named after a settlement noun and not found.
    None where the report names places of other countries and none of Russia or Ukraine ("in
    the village of Fassouta" in northern Israel): outside the war's two countries a place is
    coded by its country (ANNOTATION.md), which the report's own mention of it gives."""
    if not lex.words.settlement_nouns:
        return refs
    countries = {r.place.country for r in refs if r.place.country and not r.in_actor}
    if countries and not countries & {"RU", "UA"}:
        return refs
    covered = {i for r in refs for i in range(r.first, r.last)}
    added: list[PlaceRef] = []
    for index in range(len(doc.tokens) - 1):
        first = _after_settlement_noun(doc, lex, index)
        if first is None or first >= len(doc.tokens) or first in covered:
            continue
        if doc.tokens[first].low in lex.words.settlement_links:
            first += 1  # "the village of Zhuravka"
        last = _name_end(doc, first, covered) if first < len(doc.tokens) else None
        if last is None:
            continue
        after = next((r for r in refs if r.first == last or _lies_in(doc, lex, last, r)), None)
        if after is not None and after.place.kind == "region" and not _raion(doc, lex, after):
            continue  # "в поселке Х Белгородской области": the region's mention says it
        region = _region_before(refs, index)
        if after is not None and (after.place.kind == "district" or _raion(doc, lex, after)):
            after.in_actor = True  # "в хуторе Журавка Миллеровского района": where it lies
            region = after.place.region or after.place.code
        words = doc.tokens[first:last]
        name = " ".join(w.text for w in words)
        country = region[:2] if region else None
        place = Place("city:" + _latin(name, lex.lang), name, "city", 0.0, 0.0, country, region)
        added.append(PlaceRef(place, first, last, words[0].start, words[-1].end))
    return sorted(refs + added, key=lambda r: r.first) if added else refs


def _after_settlement_noun(doc: Document, lex: Lexicon, index: int) -> int | None:
    """Where a village's name would start if the token is a settlement noun ("селе"), an
    abbreviated one with its full stop ("с. Шестакове") or the first of two ("населённого
    пункта", listed as their lemmas); else None."""
    nouns = lex.words.settlement_nouns
    token = doc.tokens[index]
    stop = doc.tokens[index + 1]
    if token.low + "." in nouns and stop.text == "." and stop.start == token.end:
        return index + 2
    if token.lemma in nouns or token.low in nouns:
        return index + 1
    if f"{token.lemma} {stop.lemma}" in nouns:  # "в районе населённого пункта Лотаревка"
        return index + 2
    return None


def mark_town_districts(doc: Document, lex: Lexicon, refs: list[PlaceRef]) -> None:
    """ "в селе Головчино Грайворонского округа", "in the village of Tyotkino in the Glushkovo
    district": a district named right after a town the gazetteer knows only says where the
    town lies, as after a village it does not know (`add_villages`); the town stays the place
    (the review's convention: a town is its region only where the region is named)."""
    for town, district in pairwise(refs):
        raion = _raion(doc, lex, district)
        if town.place.kind != "city" or town.in_actor or not (
            district.place.kind == "district" or raion
        ):
            continue
        region = district.place.code if raion else district.place.region
        if region == town.place.region and _lies_in(doc, lex, town.last, district):
            district.in_actor = True


def _raion(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """A raion its oblast's table names ("Запорізького району", regions.tsv): a region's
    mention that ends with the district word, and says no more than a district's."""
    return ref.place.kind == "region" and doc.tokens[ref.last - 1].lemma in lex.words.quarter_nouns


def _lies_in(doc: Document, lex: Lexicon, end: int, district: PlaceRef) -> bool:
    """A district's or region's mention right after the token `end`, or after a preposition
    and article ("Zhuravka in the Millerovo district")."""
    between = doc.tokens[end : district.first]
    return (
        district.place.kind in ("district", "region")
        and district.first >= end
        and len(between) < _JOIN_WORDS
        and all(t.info.pos in ("PREP", "DET") or t.low in lex.words.articles for t in between)
    )


def add_districts(
    doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """`refs` with the region of the town beside it for each district named by a common
    adjective ("в Дзержинском районе") in a sentence that names one town (not "в Ленинском
    районе Брянска", the town's own quarter)."""
    covered = {i for r in refs for i in range(r.first, r.last)}
    added: list[PlaceRef] = []
    for index, token in enumerate(doc.tokens[:-1]):
        noun = doc.tokens[index + 1]
        if (
            index in covered
            or noun.lemma not in lex.words.quarter_nouns
            or not token.text[:1].isupper()
            or token.info.pos != "ADJF"
            or any(r.first == index + 2 for r in refs)  # "... районе Брянска": the town's
        ):
            continue
        towns = {
            r.place.region
            for r in refs
            if r.place.kind == "city"
            and r.place.region
            and not r.in_actor
            and _joined(doc, lex, r.last, index)
        }
        region = gazetteer.get(towns.pop()) if len(towns) == 1 else None
        if region is not None:
            added.append(PlaceRef(region, index, index + 2, token.start, noun.end))
    return sorted(refs + added, key=lambda r: r.first) if added else refs


def add_town_raions(
    doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """ "over Kryvyi Rih district", "in the Bila Tserkva district": a town of two or more words
    named before the district noun is the district around it, as a one-word town's is ("Nikopol
    district", the gazetteer's own district name), and a district is its region (the gold's
    review). Not a city's quarter ("Kharkiv's Kyivskyi district": no town before the noun)."""
    out: list[PlaceRef] = []
    for ref in refs:
        noun = doc.tokens[ref.last] if ref.last < len(doc.tokens) else None
        district = None
        if (
            noun is not None
            and ref.place.kind == "city"
            and ref.place.code.startswith("city:")
            and ref.last - ref.first > 1
            and noun.lemma in lex.words.quarter_nouns
            and ref.place.region
        ):
            name = ref.place.code.removeprefix("city:")
            district = gazetteer.get("district:" + name) or gazetteer.get(ref.place.region)
        if district is None:
            out.append(ref)
            continue
        end = noun.end if noun is not None else ref.end
        out.append(replace(ref, place=district, last=ref.last + 1, end=end))
    return out


def _joined(doc: Document, lex: Lexicon, start: int, end: int) -> bool:
    """Tokens [start, end) join two places: "и", a comma, prepositions ("Калуги и в
    Дзержинском районе"), not "в селе Бирюч в Валуйском районе", where one says where the
    other is."""
    between = doc.tokens[start:end]
    return (
        0 < len(between) <= _JOIN_WORDS
        and any(t.low in lex.words.place_joiners for t in between)
        and all(t.low in lex.words.place_joiners or t.info.pos == "PREP" for t in between)
    )


def _region_before(refs: list[PlaceRef], index: int) -> str | None:
    """The region the text named last before the village: the one it most likely lies in (a
    governor's "... на Белгородскую область. В селе Отрадное ...")."""
    regions = [
        r.place.code if r.place.kind == "region" else r.place.region
        for r in refs
        if r.last <= index and r.place.kind in ("region", "district", "city")
    ]
    region = regions[-1] if regions else None
    return region if region and region.startswith(("RU-", "UA-")) else None


def settle_namesakes(doc: Document, lex: Lexicon, refs: list[PlaceRef]) -> None:
    """A settlement the gazetteer knows in another region, named after its settlement noun in a
    sentence that names one region of the same country ("В Белгородской области ... на село
    Никольское", the gazetteer's Nikolskoye being Moscow's): a namesake of that region, read as
    a village of it for this report, so that the claim is the region's and not, from two
    regions, the country's."""
    for ref in refs:
        place = ref.place
        if place.kind not in ("city", "district") or place.region is None or ref.in_actor:
            continue
        if not _settled(doc, lex, ref):
            continue
        sentence = doc.tokens[ref.first].sentence
        regions = {
            r.place.code
            for r in refs
            if r.place.kind == "region"
            and doc.tokens[r.first].sentence == sentence
            and r.place.country == place.country
        }
        if len(regions) == 1 and place.region not in regions:
            region = regions.pop()
            ref.place = Place(place.code, place.name, "city", 0.0, 0.0, place.country, region)


def _settled(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """The mention follows a settlement noun ("село Никольское", "the village of Zhuravka")."""
    for back in (1, 2, 3):
        index = ref.first - back
        if index < 0:
            return False
        first = _after_settlement_noun(doc, lex, index)
        if first is not None and first < len(doc.tokens):
            if doc.tokens[first].low in lex.words.settlement_links:
                first += 1
            return first == ref.first
    return False


def known_with_villages(known: dict[str, Place], refs: list[PlaceRef]) -> dict[str, Place]:
    """The places by code a report's claims are read with: the gazetteer's, and its villages
    (for this report only: a village's name may be a namesake's elsewhere)."""
    villages = {r.place.code: r.place for r in refs if is_village(r.place)}
    return {**known, **villages} if villages else known


def is_village(place: Place) -> bool:
    """A village this module added (the gazetteer's places have coordinates)."""
    return place.kind == "city" and place.lat == 0.0 and place.lon == 0.0


def _name_end(doc: Document, first: int, covered: set[int]) -> int | None:
    """One past a village's name of capitalised words in the nominative, else None."""
    last = first
    while last < min(len(doc.tokens), first + _NAME_WORDS) and _name_word(doc.tokens[last]):
        if last in covered or doc.tokens[last].sentence != doc.tokens[first].sentence:
            return None
        last += 1
        word = doc.tokens[last - 1]
        if word.info.pos not in ("ADJF", "ADJS") and word.info.all_grams & _CASES:
            break  # "Новая Таволжанка": an adjective opens a name of two words (in English,
            # whose words show no case, any capitalised word: "Novaya Naumovka")
    return last if last > first else None


def _name_word(token: Token) -> bool:
    grams = token.info.all_grams
    return (
        token.is_word
        and token.text[:1].isupper()
        and (not grams & _CASES or "nomn" in grams or "Geox" in grams)
    )


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _latin(name: str, lang: str) -> str:
    if lang == "uk":  # Ukrainian names by Ukraine's own romanization ("Hrabovske")
        return " ".join(w.capitalize() for w in translit_ukrainian(name).split())
    words = []
    for word in translit_first(name).split():
        for ending, spelled in _ENDINGS:
            if word.endswith(ending):
                word = word[: -len(ending)] + spelled
                break
        words.append(word.capitalize())
    return " ".join(words)
