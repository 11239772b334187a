"""Places of claims: gazetteer mentions mapped onto tokens, and the code a claim gets from them.

The gazetteer (`claimledger.places`) finds the names; this module decides what they mean for a
claim. Several places of one count become one location: a sea next to land gives way to the land
("над акваторией Черного моря и территорией Крыма" -> Crimea), places of one region give the
region, regions of several give the country ("над Брянской, Белгородской и Ростовской
областями" -> RU). A town named with its region in the same sentence is the region; "под Курском"
is the region around the town; "летевших на Москву" is the approach, Moscow Oblast.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from claimledger.extract.document.tokens import Document, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.back_places import add_back_places
from claimledger.extract.mentions.capital import home_capital, launching_capital
from claimledger.extract.mentions.country_places import add_country_places
from claimledger.extract.mentions.datelines import mark_datelines
from claimledger.extract.mentions.listed import add_listed_districts
from claimledger.extract.mentions.place_codes import (
    APPROACHES,
    HOME_COUNTRIES,
    STATE_CAPITALS,
    TOWN_KINDS,
)
from claimledger.extract.mentions.regional import mark_regional_bodies
from claimledger.extract.mentions.seas import add_coordinated_seas
from claimledger.extract.mentions.speaking_places import mark_speaking_places
from claimledger.extract.mentions.town_genitive import capital_in_genitive
from claimledger.extract.mentions.types import PlaceRef
from claimledger.extract.mentions.villages import (
    add_districts,
    add_town_raions,
    add_villages,
    mark_town_districts,
    settle_namesakes,
)
from claimledger.places.model import Place
from claimledger.places.store import LANGS as NAMED_LANGUAGES

_PARTICLES = frozenset({"ADVB", "PRCL"})  # "якобы", "уже" between a subject and its verb
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


def find_places(doc: Document, lex: Lexicon, gazetteer: Any, morph: Any) -> list[PlaceRef]:
    """Every place mention of the post, on token boundaries, with its role flags (none in a
    language the gazetteer has no names in yet)."""
    if lex.lang not in NAMED_LANGUAGES:
        return []
    starts = [t.start for t in doc.tokens]
    ends = [t.end for t in doc.tokens]
    refs: list[PlaceRef] = []
    for mention in gazetteer.find(doc.clean, lex.lang, morph):
        first = bisect_left(ends, mention.start + 1)
        last = bisect_right(starts, mention.end - 1)
        if first >= last or first >= len(doc.tokens):
            continue
        ref = PlaceRef(
            mention.place,
            first,
            last,
            mention.start,
            mention.end,
            explicit_region=mention.explicit_region,
        )
        if not _municipality(doc, lex, gazetteer, ref):
            continue
        capital_in_genitive(doc, lex, gazetteer, ref)  # "мер Курська": the town
        _flag(doc, lex, ref)
        if _state_agent(doc, lex, ref):
            ref.place = gazetteer.get(STATE_CAPITALS[ref.place.code]) or ref.place
        if refs and refs[-1].origin and _listed_after(doc, lex, refs[-1], ref):
            ref.origin = ref.in_actor = True  # "з напрямків Орел, Курськ": all of them
        refs.append(ref)
    refs = add_listed_districts(doc, lex, gazetteer, morph, refs)
    refs = add_districts(doc, lex, gazetteer, add_villages(doc, lex, refs))
    refs = add_town_raions(doc, lex, gazetteer, refs)
    refs = add_coordinated_seas(doc, lex, gazetteer, morph, refs)
    mark_town_districts(doc, lex, refs)
    settle_namesakes(doc, lex, refs)
    mark_datelines(doc, lex, refs)
    mark_speaking_places(doc, lex, refs)
    mark_regional_bodies(doc, lex, gazetteer, refs)
    found = {id(r) for r in refs}
    refs = add_country_places(doc, lex, gazetteer, home_capital(doc, lex, gazetteer, refs))
    for ref in refs:
        if id(ref) not in found:
            _flag(doc, lex, ref)  # "направлялись к столице": the capital's approaches
    _approaches_named(refs)
    return add_back_places(doc, lex, gazetteer, _city_quarters(doc, lex, gazetteer, refs))


def _with_its_region(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """A town joined to "the region" with no name of its own ("у Харкові та області", "в
    Харькове и области", "Kharkiv and the surrounding region"): the town's region, named
    together with the town (ANNOTATION.md: a city named with its region is the region)."""
    index = ref.last
    if index >= len(doc.tokens) or doc.tokens[index].low not in lex.words.and_words:
        return False
    for token in doc.tokens[index + 1 : index + 4]:
        if token.low in lex.words.region_nouns:
            return True
        if not (token.is_word and token.text.islower()):
            return False  # "Kharkiv and the Sumy region": another region, named
    return False


def _state_agent(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """ "Киеву удалось сбить шесть ракет": a capital in the dative before a verb of success is
    its state, which acted; the claim is of the country's sky, not of the city's."""
    if ref.place.code not in STATE_CAPITALS or ref.last >= len(doc.tokens):
        return False
    before = doc.tokens[ref.first - 1] if ref.first > 0 else None
    after = doc.tokens[ref.last]
    if after.info.all_grams & _PARTICLES and ref.last + 1 < len(doc.tokens):
        after = doc.tokens[ref.last + 1]  # "Киеву якобы удалось"
    return (
        (before is None or before.info.pos != "PREP")
        and "datv" in doc.tokens[ref.first].info.all_grams
        and after.lemma in lex.words.success_verbs
    )


def _approaches_named(refs: list[PlaceRef]) -> None:
    """ "Drones flying to Moscow" are Moscow Oblast's only where the report names a place of
    it (Раменское, Подольск); with no other place named they are the city's (ANNOTATION.md)."""
    approached = {code for code, region in APPROACHES.items()}
    regions = set(APPROACHES.values())
    if any(
        not ref.destination and (ref.place.code in regions or ref.place.region in regions)
        for ref in refs
    ):
        return
    for ref in refs:
        if ref.destination and ref.place.code in approached:
            # still a heading: where the weapons were downed, if named, is the claim's place
            # ("летевших на Москву, сбиты над Калужской областью" is Kaluga Oblast)
            ref.bare_approach = True


def _municipality(doc: Document, lex: Lexicon, gazetteer: Any, ref: PlaceRef) -> bool:
    """A district found by a municipality noun ("Сумська громада") is the town that heads it
    and names it: a hromada is a town's own territory, not the district around it. Followed by
    its district ("Покровська громада Синельниківського району"), it is one of several
    namesakes, and the district says where: the mention is dropped (False)."""
    if ref.place.kind != "district" or not ref.place.code.startswith("district:"):
        return True
    if doc.tokens[ref.last - 1].lemma not in lex.words.municipality_nouns:
        return True
    after = doc.tokens[ref.last + 1 : ref.last + 2]
    if after and after[0].lemma in lex.words.quarter_nouns:
        return False
    town = gazetteer.get("city:" + ref.place.code.removeprefix("district:"))
    if town is not None and town.region == ref.place.region:
        ref.place = town
    return True


_QUARTER_REACH = 5  # tokens from a quarter's adjective to its "район" ("Холодногірському і ...")


def _city_quarters(
    doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """A quarter of a city the report names ("в Оболонском районе" with Kyiv named) is that
    city, whatever town of another region the gazetteer read in it (lexicon: city_quarters)."""
    if not lex.city_quarters:
        return refs
    named = {
        code: [r.first for r in refs if code in (r.place.code, _city_region(r.place))]
        for code in lex.city_quarters
    }
    quarters = {c: words for c, words in lex.city_quarters.items() if named[c]}
    if not quarters:
        return refs  # no city with quarters named: most reports
    for index, token in enumerate(doc.tokens):
        cities = [c for c, words in quarters.items() if token.lemma in words]
        if not cities or not _quarter_noun_after(doc, lex, index):
            continue
        city = min(cities, key=lambda c: min(abs(index - i) for i in named[c]))
        place = gazetteer.get(city)
        if place is None:
            continue
        old = [r for r in refs if r.first <= index < r.last]
        refs = [r for r in refs if r not in old]
        last = max([index + 1, *(r.last for r in old)])
        ref = PlaceRef(place, index, last, token.start, doc.tokens[last - 1].end)
        refs = sorted([*refs, ref], key=lambda r: r.first)
    return refs


def _city_region(place: Place) -> str | None:
    """The region a city stands for when it is a region itself (Kyiv is UA-30)."""
    return place.code if place.kind == "region" else None


def _quarter_noun_after(doc: Document, lex: Lexicon, index: int) -> bool:
    end = min(len(doc.tokens), index + 1 + _QUARTER_REACH)
    for probe in range(index + 1, end):
        token = doc.tokens[probe]
        if token.lemma in lex.words.quarter_nouns:
            return True
        if token.text in (".", ";", "!", "?"):
            return False
    return False


def _listed_after(doc: Document, lex: Lexicon, before: PlaceRef, ref: PlaceRef) -> bool:
    """The place follows the one before in a list: only item breaks, "and" and names between
    them (a town the gazetteer does not know stays in the list: "з напрямків Брянськ, Орел та
    ...", "from the directions of Kursk, Millerovo and Primorsko-Akhtarsk")."""
    between = doc.tokens[before.last : ref.first]
    return all(
        t.text in lex.words.item_breaks
        or t.low in lex.words.and_words
        or t.text[:1].isupper()
        or t.text in lex.words.dashes  # "Гвардійське – ТОТ АР Крим": the town's region
        for t in between
    )


def _tried_to_attack(doc: Document, lex: Lexicon, first: int) -> bool:
    """The place is what weapons tried to attack ("пытавшихся атаковать Москву", "намагалися
    атакувати Москву", "trying to attack Moscow"): their target, as "летевших на Москву" is."""
    words = [t.lemma for t in doc.tokens[max(0, first - 3) : first]]
    return bool(words) and words[-1] in lex.words.attack_infinitives and any(
        w in lex.words.attempt_verbs for w in words[:-1][-2:]
    )


def _flag(doc: Document, lex: Lexicon, ref: PlaceRef) -> None:
    before = doc.tokens[ref.first - 1] if ref.first > 0 else None
    two_before = doc.tokens[ref.first - 2] if ref.first > 1 else None
    after = doc.tokens[ref.last] if ref.last < len(doc.tokens) else None
    head = _before_modifiers(doc, ref)[0]  # the word before, past adjectives ("on southern")
    if (
        before is not None
        and before.low in lex.words.toward | lex.words.destination_preps
        and two_before is not None
        and (two_before.lemma in lex.words.motion)
    ):
        ref.destination = True
        ref.aimed = two_before.lemma in lex.words.aim_verbs
    if _tried_to_attack(doc, lex, ref.first):
        ref.destination = ref.aimed = True  # "БПЛА, пытавшихся атаковать Москву": headed there
    three_before = doc.tokens[ref.first - 3] if ref.first > 2 else None
    if (
        before is not None
        and before.lemma in lex.words.direction_nouns
        and two_before is not None
        and two_before.low in lex.words.toward | lex.words.direction_preps
        and three_before is not None
        and three_before.lemma in lex.words.motion
    ):
        ref.destination = True  # "полетіли в бік Білорусі", "улетели в сторону Беларуси"
    if before is not None and (
        before.low in lex.words.near_preps
        or (two_before is not None and (two_before.low, before.low) in lex.sequences.near_openers)
    ):
        ref.near = ref.place.kind in TOWN_KINDS or ref.place.code in APPROACHES
    if before is not None and (
        before.lemma in lex.words.street_words
        or (
            before.text == "."
            and two_before is not None
            and two_before.low in lex.words.street_words
        )
    ):
        ref.in_actor = True  # "на вулиці Сумській" in Kharkiv: a street's name, not Sumy
    elif before is not None and before.lemma in lex.words.not_a_location_before:
        ref.near = True  # "аэродром Курск-Восточный": the town's surroundings, its region
    if (
        before is not None
        and before.low in lex.words.war_links
        and two_before is not None
        and ({two_before.lemma, *two_before.info.lemmas} & lex.words.war_nouns)
    ):
        ref.in_actor = True  # "amid the war in Gaza", "война на Украине": a war's name
    if before is not None and before.low in lex.words.name_heads:
        ref.in_actor = True  # "Суспільне Харків": a regional outlet's name
    if before is not None and (before.lemma in lex.words.flag_nouns or (
        before.low in lex.words.role_links and two_before is not None
        and two_before.lemma in lex.words.flag_nouns
    )):
        ref.in_actor = True  # "судно під прапором Панами", "under the flag of Panama": a flag
    if ref.place.kind in TOWN_KINDS and _with_its_region(doc, lex, ref):
        ref.near = True  # "у Харкові та області", "in Kharkiv and the surrounding region"
    if after is not None and after.lemma in lex.words.named_after_places:
        ref.in_actor = True  # "the Minsk highway" in Moscow: a road named for a town
    if ref.place.kind == "sea" and after is not None and after.lemma in lex.words.sea_modified:
        ref.in_actor = True  # "near the Black Sea port": the port is on land
    if (
        before is not None
        and before.low in lex.words.role_links
        and two_before is not None
        and two_before.lemma in lex.words.region_of
    ):
        ref.near = True  # "the northern region of Chernihiv": the town's region
    if _origin(lex, ref, *_before_modifiers(doc, ref)) or _linked_origin(doc, lex, ref):
        # "запущены из Тамбовской области": where from, not where; the places listed after it
        # ("з напрямків Курськ, Орел", "із Краснодарського краю РФ") are origins too
        ref.origin = ref.in_actor = True
    if _after_departure(doc, lex, ref):
        ref.in_actor = True  # "вийшов ... на російську територію": where it left to
    if ref.place.kind == "country" and _names_a_party(doc, lex, ref, before, after):
        ref.in_actor = True
    if (
        before is not None
        and before.info.pos == "PREP"
        and before.low not in lex.words.toward  # "fired from Iran at Israel": the target
        and before.low not in lex.words.strike_preps  # "авиаудары США по Ходейде": the target
        and two_before is not None
        and two_before.low in lex.subject_sides
        and lex.subject_sides[two_before.low] == "other"
        and ref.place.kind != "sea"  # "эсминец США в Красном море" is where it shot them down
    ):
        ref.in_actor = True  # "the Houthis in Yemen": where a party is, not where it struck
    if (
        doc.text[ref.start : ref.end].lower() in lex.subject_sides
        and after is not None
        and after.info.pos == "VERB"
        and (head is None or head.info.pos != "PREP")
    ):
        ref.in_actor = True  # "Kyiv shot down 33 drones": the government acts
    if launching_capital(doc, lex, ref):
        ref.in_actor = True  # "Москва запустила по Україні 90 шахедів": the state acts
    if (
        after is not None
        and after.low in lex.words.negations
        and (before is None or before.info.pos != "PREP")
    ):
        # "Дагестан не упоминало": a place the claim is not about; not "при атаке на
        # Белгород никто не пострадал", where the place has its preposition
        ref.in_actor = True
    if (
        ref.place.kind in ("city", "region")
        and not ref.explicit_region  # "the Kaluga region reports" is still about the region
        and after is not None
        and after.lemma in lex.words.speech_verbs
        and after.info.is_predicate
        and (before is None or before.low not in lex.words.toward)  # "the strike on Odesa claimed"
    ):
        ref.in_actor = True  # "Moscow says": the government speaks, the city is no place


_DEPARTURE_REACH = 6  # tokens back from a place to the verb of leaving whose phrase holds it


def _after_departure(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """ "один вийшов із підконтрольного повітряного простору на російську територію": the place a
    weapon left to, within its own phrase (no mark between), is no place of a count beside it."""
    if not lex.words.departure:
        return False
    sentence_first = doc.sentences[doc.tokens[ref.first].sentence].first
    for index in range(ref.first - 1, max(sentence_first, ref.first - _DEPARTURE_REACH) - 1, -1):
        token = doc.tokens[index]
        if token.is_word and token.lemma in lex.words.departure:
            return True
        if not token.is_word or token.lemma in lex.actions:
            return False  # "перетнули кордон і були збиті над Сумщиною": where they were downed
    return False


def _before_modifiers(doc: Document, ref: PlaceRef) -> tuple[Token | None, Token | None]:
    """The two tokens before a place and the adjectives in front of it ("from southern
    Lebanon", "from Houthi-controlled Yemen")."""
    index = ref.first - 1
    while index > 0 and ref.first - index <= 2 and doc.tokens[index].info.is_adjective:
        index -= 1
    if index > 0 and doc.tokens[index].text == ":":
        index -= 1  # "з напрямків: Брянськ, Курськ": the list after a colon
    before = doc.tokens[index] if index >= 0 else None
    two_before = doc.tokens[index - 1] if index >= 1 else None
    return before, two_before


def _origin(lex: Lexicon, ref: PlaceRef, before: Token | None, two_before: Token | None) -> bool:
    """ "запущены из Тамбовской области", "launched from Crimea": where from, not where."""
    if before is None:
        return False
    if before.low in lex.words.origin_preps and ref.place.kind in ("region", "country"):
        return True
    return two_before is not None and (two_before.low, before.low) in (lex.sequences.origin_openers)


_ORIGIN_LINK_REACH = 10  # tokens back from a place to the "from" whose phrase holds it


def _linked_origin(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """ "from S-300 systems located in occupied territory in the Donetsk region": the place of
    what the weapons came from. Back from the place to "from", only nouns, adjectives, numbers,
    articles, possessive marks and the lexicon's `origin_links` may stand; any other verb,
    preposition or mark ends the phrase."""
    if not lex.words.origin_links:
        return False
    sentence_first = doc.sentences[doc.tokens[ref.first].sentence].first
    for index in range(ref.first - 1, max(sentence_first, ref.first - _ORIGIN_LINK_REACH) - 1, -1):
        token = doc.tokens[index]
        if token.low in lex.words.origin_preps:
            return index < ref.first - 1  # "from the X region" itself is `_origin`'s
        if token.low in lex.words.origin_links or token.low in lex.words.possessive_marks:
            continue
        if not token.is_word or token.info.pos not in ("NOUN", "ADJF", "NUMR", "DET"):
            return False
    return False


def _forces_after(doc: Document, lex: Lexicon, index: int) -> bool:
    """A force noun after a country's name, or after a second side's adjective joined to it
    ("US and British fighter jets"), past the words that only say which kind."""
    tokens = doc.tokens
    if index + 1 < len(tokens) and tokens[index].low in lex.words.and_words and (
        tokens[index + 1].low in lex.side_adjectives
    ):
        index += 2
    while index < len(tokens) and tokens[index].lemma in lex.words.force_kinds:
        index += 1
    return index < len(tokens) and tokens[index].lemma in lex.words.force_words


def _strikes_of(doc: Document, lex: Lexicon, ref: PlaceRef, before: Token | None) -> bool:
    """A third country owning strikes: a strike noun right after it, past the words of the air
    ("US air strikes", "US drone strikes"), or, without noun adjuncts, right before it
    ("авиаудары США", "удари Ізраїлю"). Not Russia or Ukraine: a headline's "Ukraine drone
    attack" may be the one Ukraine suffered."""
    strikes = lex.words.strike_nouns | lex.words.air_event_words
    if not lex.noun_adjuncts:
        return before is not None and before.lemma in strikes
    index = ref.last
    while index < len(doc.tokens) and doc.tokens[index].low in lex.words.air_adjectives:
        index += 1
    return index < len(doc.tokens) and doc.tokens[index].lemma in strikes


def _names_a_party(
    doc: Document, lex: Lexicon, ref: PlaceRef, before: Token | None, after: Token | None
) -> bool:
    """The country acts, it is not where: "Россия атаковала", "ВС РФ применили", "launched by
    Russia", "Ukraine's air force"."""
    if before is not None and (
        before.lemma in lex.words.force_words or before.low in lex.words.agent_preps
    ):
        return True
    if lex.noun_adjuncts and after is not None and _forces_after(doc, lex, ref.last):
        return True  # "US destroyers shot down", "US and British jets": the country's forces
    if ref.place.code not in HOME_COUNTRIES and _strikes_of(doc, lex, ref, before):
        return True  # "US air strikes on Hodeidah", "авиаудары США": whose, not where they fell
    if (
        lex.noun_adjuncts
        and after is not None
        and after.text == "-"
        and ref.last + 1 < len(doc.tokens)
        and doc.tokens[ref.last + 1].info.pos in ("VERB", "PRTF", "PRTS")
        and after.start == doc.tokens[ref.last - 1].end  # written together, not a dash
        and doc.tokens[ref.last + 1].start == after.end
    ):
        return True  # "U.S.-flagged ships": whose ships, not where
    written = doc.tokens[ref.last - 1]
    if lex.noun_adjuncts and "-" in doc.clean[ref.end : written.end]:
        return True  # the same, "U.S.-flagged" cut as one word
    owner = after is not None and after.low in lex.words.possessive_marks
    if owner or doc.tokens[ref.last - 1].low in lex.words.possessive_marks:
        if before is not None and before.lemma in lex.words.attack_verbs:
            return False  # "Russia attacked Ukraine's energy grid": the country struck
        owned_at = ref.last + 1 if owner else ref.last
        owned = doc.tokens[owned_at : owned_at + 2]
        # "Ukraine's territory", "Ukraine's air defences": the country's own ground and sky
        return not owned or not any(
            t.lemma in lex.words.area_nouns
            or (t.low in lex.words.defence_nouns and not t.text[:1].isupper())
            for t in owned
        )
    first = doc.tokens[ref.first]
    cases = {g for g in first.info.all_grams if g in CASES}
    # a war abroad: "strikes on southern Lebanon killed", the preposition past adjectives
    head = _before_modifiers(doc, ref)[0] if ref.place.code not in HOME_COUNTRIES else before
    if head is not None and head.info.pos == "PREP":
        return False
    if (
        before is not None
        and before.info.pos in ("PRTF", "PRTS")  # "Призначений Росією" read as either
        and (before.lemma in lex.words.launch_verbs or "pssv" in before.info.grams)
        and "ablt" in cases
    ):
        return True  # "запущенного Россией", "аннексированном Россией Крымом": who did it
    following = doc.tokens[ref.last] if ref.last < len(doc.tokens) else None
    if following is not None and following.info.pos in ("ADVB", "PRCL"):
        # "РФ уночі випустила": the verb after an adverb of time
        following = doc.tokens[ref.last + 1] if ref.last + 1 < len(doc.tokens) else None
    # "по югу Ливана погибли": a country after the noun of a prepositional phrase is no subject
    in_phrase = before is not None and before.info.is_noun and ref.first > 1 and (
        doc.tokens[ref.first - 2].info.pos == "PREP"
    )
    acts = following is not None and following.info.pos == "VERB" and not in_phrase
    return cases == {"nomn"} or acts
