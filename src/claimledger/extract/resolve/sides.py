"""Sides: whose authorities speak for a place, and whose weapons a claim counts.

The attacker is, in order: the weapon's own side ("украинских беспилотников", "Russian
missiles"), the side opposed to the claimant for "вражеских"/"enemy" weapons, the acting subject
("ВСУ выпустили", "Russia launched"), the side opposed to the claimant, and the side opposed to
the authorities of the place. The rules read the same for every party.
"""

from __future__ import annotations

from bisect import bisect_left

from claimledger.extract.grammar.draft import CASUALTY_ACTIONS, Draft
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.mentions.place_codes import (
    HELD_BY_RU,
    HOME_COUNTRIES,
    SIDE_COUNTRIES,
    country_of_code,
    held_side,
    region_of_code,
)
from claimledger.extract.mentions.types import ActorMention, PlaceRef, Speaker
from claimledger.places.model import Place

OPPOSITE = {"ru": "ua", "ua": "ru"}


def local_side(speaker: Speaker, location: str | None, places: dict[str, Place]) -> Speaker:
    # a third country's own authorities ("Власти Израиля", Moldova's police) are of side other
    abroad = location is not None and country_of_code(location, places) is not None
    side = place_side(location, places) or ("other" if abroad else None)
    region = region_of_code(location, places) if location else None
    return Speaker(
        speaker.name, side, speaker.kind, region, home=speaker.home, town_head=speaker.town_head
    )


def place_side(location: str | None, places: dict[str, Place]) -> str | None:
    """Whose authorities speak for a place: Russian for Russia and the regions it holds."""
    if location is None:
        return None
    return held_side(region_of_code(location, places), country_of_code(location, places))


def attacker(
    reader: SentenceReader,
    draft: Draft,
    speaker: Speaker,
    places: dict[str, Place],
    before: str | None = None,
    infer: bool = True,
    sentence_before: str | None = None,
) -> str | None:
    """`before`: the attacker of the claim before it, for a language that does not infer sides;
    `infer` False: only what the words say (and the claim before); `sentence_before`: the
    attacker of a weapon claim earlier in the same sentence."""
    opposite = OPPOSITE
    if draft.side is not None and _typical_abroad(reader, draft, places):
        return "other"  # "Iran launched 170 Shahed drones at Israel": Iran's, not Russia's
    if draft.side is not None:
        return draft.side
    if draft.part_of is not None and draft.part_of.side is not None:
        return draft.part_of.side  # "26 of 28 drones": the 28 were the same attacker's
    if sentence_before is not None and draft.action in CASUALTY_ACTIONS:
        # "air defences downed a drone, with no casualties": the casualties of the attack just
        # told, not of a side the sentence names acting ("Russian air defences")
        return sentence_before
    if draft.hostile and speaker.side in opposite:
        return opposite[speaker.side or ""]
    if speaker.side in opposite and _own_weapons(reader, draft):
        return speaker.side  # "three of its drones hit": the speaker's own side struck
    subject = _subject_side(reader, draft)
    if subject is not None:
        return subject
    if not (reader.lex.infer_sides and infer):
        hurt_by = casualty_attacker(draft, speaker) if draft.action in CASUALTY_ACTIONS else None
        if hurt_by is not None:
            return hurt_by  # a side's official counts its own hurt
        if before is not None and _own_defence(draft, speaker, before):
            return None  # the claim before was the other side's: "Russia claims ... 121 drones
            # were destroyed, according to the Russian Defense Ministry" after Ukraine's count
        return before
    struck = _struck_country(draft, places)
    if struck is not None:
        return opposite[struck]
    if draft.location is not None and _third_party_place(draft.location, places):
        # "Иран выпустил по Израилю ракеты", the Red Sea: a third party attacks, whoever relays it
        return "other"
    side = place_side(draft.location, places)
    if draft.action in ("hit", "launched") and side in opposite:
        # a strike on a place of one side is the other side's, whoever tells of it ("sources
        # in the SBU" of drones that hit a plant in Russia)
        return opposite[side or ""]
    if speaker.side in opposite:
        return opposite[speaker.side or ""]
    return opposite.get(side or "")


def _typical_abroad(reader: SentenceReader, draft: Draft, places: dict[str, Place]) -> bool:
    """A side that is only the model's usual one (a Shahed is Russia's) in another war: at a
    third country or sea, or fired by a third party the sentence names."""
    if draft.phrase is None or not draft.phrase.typical:
        return False
    if draft.location is not None and _third_party_place(draft.location, places):
        return True
    return _subject_side(reader, draft) == "other"


def _own_weapons(reader: SentenceReader, draft: Draft) -> bool:
    """A weapon phrase of the claim after "its", "their" ("said 40 of its drones reached ..."):
    the weapons of the side that tells of them."""
    tokens, owners = reader.doc.tokens, reader.lex.words.subject_possessives
    return draft.action in ("launched", "hit") and any(
        draft.first <= p.first < draft.last and p.first > 0 and tokens[p.first - 1].low in owners
        for p in reader.facts[draft.sentence.index].phrases
    )


def _own_defence(draft: Draft, speaker: Speaker, side: str) -> bool:
    """A military's defence never downs its own side's weapons: an attacker carried over from
    the claim before is wrong where it is the speaking military's own side."""
    return (
        draft.action in ("intercepted", "suppressed")
        and speaker.kind == "military"
        and speaker.side == side
        and side in OPPOSITE
    )


def _third_party_place(location: str, places: dict[str, Place]) -> bool:
    """A country other than Russia and Ukraine, or a sea outside their war (ANNOTATION.md: the
    parties of other wars are `other`)."""
    if location.startswith("sea:"):
        return location not in WAR_SEAS
    return third_country(location, places) is not None


# Seas of the Russian-Ukrainian war: whoever is not the speaker attacks there.
WAR_SEAS = frozenset({"sea:black", "sea:azov"})


def place_attacker(location: str | None, speaker: Speaker, places: dict[str, Place]) -> str | None:
    """Where the words name no attacker (English): the side the place tells. Russia's sky is
    attacked by Ukraine, Ukraine's by Russia (the regions Russia holds by Ukraine when Russia
    speaks of them), the war's seas by the speaker's enemy, and any other country or sea
    (Israel, the Red Sea) by a third party."""
    if location is None:
        return None
    if location.startswith("sea:"):
        if location in WAR_SEAS:
            return OPPOSITE.get(speaker.side or "", "ua")
        return "other"
    if location in HELD_BY_RU or region_of_code(location, places) in HELD_BY_RU:
        return "ua" if speaker.side == "ru" else "ru"
    country = country_of_code(location, places) or location.split("-")[0]
    if country in HOME_COUNTRIES:
        return OPPOSITE[country.lower()]
    return "other" if len(country) == 2 and country.isupper() else None


def third_country(location: str, places: dict[str, Place]) -> str | None:
    """The country of a place outside Russia and Ukraine ("IL" of "IL-D" or of a town in
    Israel); None for the two sides' places, seas and unknown codes."""
    if location.startswith("sea:"):
        return None
    country = country_of_code(location, places) or location.split("-")[0]
    if country in HOME_COUNTRIES or len(country) != 2 or not country.isupper():
        return None
    return country


def _struck_country(draft: Draft, places: dict[str, Place]) -> str | None:
    """A claim of a strike the text itself places in a country ("по Украине было выпущено 90
    ракет", "по Львову выпустили три ракеты" in a Russian outlet's own words): the attacker is
    the other side, whoever tells it. Not in the regions the front runs through, where either
    side's towns are struck (Zaporizhzhia, Kherson) or Russia holds the place."""
    if draft.action not in _STRUCK or draft.location_source not in _SAID | {"sibling"}:
        return None
    location = draft.location or ""
    region = region_of_code(location, places) if location else None
    if region in HELD_BY_RU or region in FRONT_REGIONS or location in HELD_BY_RU:
        return None
    country = (country_of_code(location, places) or "").lower() if location else ""
    return country if country in OPPOSITE else None


# A launch or hit at a place, the weapons downed over it ("над Украиной сбиты 40 беспилотников"
# in a Russian outlet) and the people killed or injured there ("в результате удара по Сумам
# погибли 11 человек"): the place's country is the one struck.
_STRUCK = frozenset({"launched", "hit", "intercepted", "suppressed", "killed", "injured"})
# Regions of Ukraine split by the front: a strike there may be either side's.
FRONT_REGIONS = frozenset({"UA-23", "UA-65"})


_SAID = frozenset({"own", "sentence", "total"})


def _agent_side(reader: SentenceReader, draft: Draft) -> str | None:
    """The side after a passive's agent preposition: "drones launched by Russia"."""
    doc, lex = reader.doc, reader.lex
    if draft.action_token is None:
        return None
    index = draft.action_token + 1
    last = draft.sentence.last
    if index >= last or doc.tokens[index].low not in lex.words.agent_preps:
        return None
    words = [t.low for t in doc.tokens[index + 1 : min(last, index + 3)]]
    side = next((lex.subject_sides.get(w) for w in words if w in lex.subject_sides), None)
    if side is None or draft.action in ("intercepted", "suppressed"):
        return None  # "shot down by Ukraine": the defender, not the attacker
    return side


def _subject_side(reader: SentenceReader, draft: Draft) -> str | None:
    """The acting side: "ВСУ выпустили", "Россия атаковала", "российские военные применили",
    "launched by Russia", "Moscow says Ukraine fired" (the nearest subject before the verb), or
    the side of an attack named in the sentence ("in a Russian missile attack"). A side that
    shoots down or jams is the defender: the attacker is the other."""
    agent = _agent_side(reader, draft) or _launcher_side(reader, draft)
    if agent is not None:
        return agent
    owner = defence_owner(reader, draft)
    if owner is not None and draft.action in ("intercepted", "suppressed"):
        return OPPOSITE.get(owner)
    acting = _acting_side(reader, draft)
    if acting is None:
        return _attack_side(reader, draft)
    side, index = acting
    if draft.action in ("intercepted", "suppressed") and (
        air_defence_of(reader, index)
        or (
            _same_clause(reader, draft, index)
            and not _defence_between(reader, draft, index)
            and not _side_launches(reader, draft, index)
        )
        or _side_downs(reader, draft, index)
    ):
        # "Ukraine shot down 20 drones"; not "ВСУ ударили, 3 сбиты"; but "Ukrainian air defense
        # downed 50 drones, while 14 were lost" names the defender for both clauses
        return OPPOSITE.get(side)
    return side


_DOWNING = frozenset({"intercepted", "suppressed"})


def _side_downs(reader: SentenceReader, draft: Draft, index: int) -> bool:
    """The side's own verb, the first action after it in its clause, a finite verb that downs:
    "Ukrainian forces downed 30 drones, while 20 others disappeared from radar" (uk "збили 30
    дронів, ще 20 локаційно втрачені"): it defends in the clauses after it too (not "Russia
    launched 50 drones, while air defences downed 38": the side's verb launched; nor "Атака
    ВСУ ... отражена": a passive whose subject is the attack)."""
    end = draft.action_token if draft.action_token is not None else draft.first
    actions = reader.facts[draft.sentence.index].actions
    own = min((a for a in actions if index < a.token <= end), key=lambda a: a.token, default=None)
    if own is None or own.action not in _DOWNING:
        return False
    breaks = reader.lex.words.clause_breaks
    return reader.doc.tokens[own.token].info.pos == "VERB" and not any(
        t.low in breaks for t in reader.doc.tokens[index + 1 : own.token]
    )


def _side_launches(reader: SentenceReader, draft: Draft, index: int) -> bool:
    """The side's own verb, the first action after it, launches: "Russia launched 92 drones
    and 61 were shot down" (no comma between): Russia attacked, the downing is the other's."""
    end = draft.action_token if draft.action_token is not None else draft.first
    actions = reader.facts[draft.sentence.index].actions
    own = min((a for a in actions if index < a.token < end), key=lambda a: a.token, default=None)
    return own is not None and own.action == "launched" and not own.weak


def _defence_between(reader: SentenceReader, draft: Draft, index: int) -> bool:
    """ "Russia launched 50 drones and air defences shot down 38 of them": an air defence named
    between the side and the downing is the downing's own subject; the side launched."""
    end = draft.action_token if draft.action_token is not None else draft.first
    words = reader.lex.words.defence_nouns
    return any(t.low in words for t in reader.doc.tokens[index + 1 : end])


def defended_country(reader: SentenceReader, draft: Draft) -> str | None:
    """The country whose air defence the sentence names as acting ("Украинская ПВО сбила 25
    дронов", "Russian air defences downed"): a downing with no place of its own is over it."""
    if draft.action not in ("intercepted", "suppressed"):
        return None
    owner = defence_owner(reader, draft)
    if owner is not None:
        return SIDE_COUNTRIES.get(owner)
    acting = _acting_side(reader, draft)
    if acting is None or not air_defence_of(reader, acting[1]):
        return None
    return SIDE_COUNTRIES.get(acting[0])


def defence_owner(reader: SentenceReader, draft: Draft) -> str | None:
    """The side whose air defence the sentence names by its owner after it ("ПВО Украины",
    "ППО України", "the air defences of Ukraine"): it defends."""
    doc, lex = reader.doc, reader.lex
    sentence = draft.sentence
    for index in range(sentence.first, sentence.last - 1):
        if doc.tokens[index].low not in lex.words.defence_nouns:
            continue
        after = index + 1
        if doc.tokens[after].low in lex.words.owner_preps and after + 1 < sentence.last:
            after += 1  # "the air defences of Ukraine"
        owner = doc.tokens[after]
        side = lex.owner_words.get(owner.lemma) or lex.owner_words.get(owner.low)
        if side in OPPOSITE:
            return side
    return None


def _launcher_side(reader: SentenceReader, draft: Draft) -> str | None:
    """ "из 50 запущенных ВСУ беспилотников 38 сбиты": the side named right after a launch
    participle launched the weapons, whatever befell them (not a defender acting)."""
    doc, lex = reader.doc, reader.lex
    sentence = draft.sentence
    for index in range(sentence.first + 1, sentence.last):
        before = doc.tokens[index - 1]
        if before.info.pos == "PRTF" and before.lemma in lex.words.launch_verbs:
            # "drones launched by Russia were shot down": the side after the agent's preposition
            at = index + 1 if doc.tokens[index].low in lex.words.agent_preps else index
            side = lex.subject_sides.get(doc.tokens[at].low) if at < sentence.last else None
            if side is not None:
                return side
    return None


_DEFENCE_REACH = 3  # "Ukrainian air defense", "Russian air-defence"


def air_defence_of(reader: SentenceReader, index: int) -> bool:
    """The side or country word at `index` qualifies air defence ("Ukrainian air defense",
    "Israeli air defences"): that side defends, whatever clause follows."""
    reach = _DEFENCE_REACH
    after = reader.doc.tokens[index + 1] if index + 1 < len(reader.doc.tokens) else None
    if after is not None and after.low in reader.lex.words.possessive_marks:
        reach += 1  # "Ukraine's air defences"
    tokens = reader.doc.tokens[index + 1 : index + reach]
    return any(t.low in reader.lex.words.defence_nouns for t in tokens)


def _same_clause(reader: SentenceReader, draft: Draft, index: int) -> bool:
    end = draft.action_token if draft.action_token is not None else draft.first
    return not any(
        t.low in reader.lex.words.clause_breaks for t in reader.doc.tokens[index + 1 : end]
    )


def _acting_side(reader: SentenceReader, draft: Draft) -> tuple[str, int] | None:
    doc, lex = reader.doc, reader.lex
    sentence = draft.sentence
    own = reader.facts[sentence.index].speaker  # who speaks is no acting side
    speakers: list[ActorMention | PlaceRef] = [
        m for m in (own.mention, *(s.mention for _, s in own.later)) if m is not None
    ]
    speakers += [p for p in reader.facts[sentence.index].places if p.dateline]  # nor "KYIV, -"
    # nor an outlet's name: "told The Washington Post that 25 drones struck ..."
    speakers += [
        m
        for m in reader.facts[sentence.index].actors
        if m.speaker is not None and m.speaker.kind in ("media", "outlet")
    ]
    end = draft.action_token if draft.action_token is not None else draft.first
    candidates = _side_words(reader, draft)
    # Only a word that may name a side can end the search: walk those alone, nearest first.
    for index in reversed(candidates[: bisect_left(candidates, min(end, sentence.last))]):
        token = doc.tokens[index]
        if any(a.first <= index < a.last for a in speakers) or _owns_speaker(
            reader, index, speakers
        ):
            continue
        side = lex.subject_sides.get(token.low)
        if side is not None and (
            _governed(reader, index)
            or (index > 0 and doc.tokens[index - 1].low in lex.words.articles)
        ):
            # "Russia battered Ukraine": the object, not who acts; "a Kyiv apartment block":
            # a name after an indefinite article qualifies the noun after it
            continue
        if side is not None and (
            token.low in lex.words.indeclinable_subjects or "nomn" in token.info.grams
        ):
            if token.low in lex.words.needs_forces_before and (
                index == 0 or doc.tokens[index - 1].low not in lex.words.forces_abbreviations
            ):
                continue
            return side, index
        adjective = lex.side_adjectives.get(token.lemma)
        if (
            adjective
            and index + 1 < sentence.last
            and doc.tokens[index + 1].lemma in lex.words.subject_force_words
        ):
            return adjective, index
    return None


def _owns_speaker(
    reader: SentenceReader, index: int, speakers: list[ActorMention | PlaceRef]
) -> bool:
    """ "Ukraine's Interior Minister Ihor Klymenko said": the country whose the speaker is,
    a possessive just before the speaker's name or title, acts in nothing."""
    tokens = reader.doc.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].low not in reader.lex.words.possessive_marks:
        return False
    return any(index + 2 <= m.first <= index + 4 for m in speakers)


def casualty_attacker(draft: Draft, speaker: Speaker) -> str | None:
    """The dead and hurt a side's official or military counts are of the other side's attack,
    and so are the weapons it counts downed: a Russian-installed governor's in occupied Ukraine
    were killed, or shot down, by Ukraine's, whatever the country of the place."""
    if draft.action not in _DEFENDED or speaker.kind not in ("official", "military"):
        return None
    return OPPOSITE.get(speaker.side or "")


_DEFENDED = CASUALTY_ACTIONS | {"intercepted", "suppressed"}


def _governed(reader: SentenceReader, index: int) -> bool:
    """A word right after a verb other than one of speech, or after a preposition."""
    if index == 0:
        return False
    before = reader.doc.tokens[index - 1]
    if before.info.pos == "PREP" or _in_phrase_after_preposition(reader, index):
        return True
    return before.info.is_predicate and before.lemma not in reader.lex.words.speech_verbs


def _in_phrase_after_preposition(reader: SentenceReader, index: int) -> bool:
    """A name that ends a noun phrase with an article after a preposition: "in the capital
    Kyiv" is a place, not who acts."""
    tokens = reader.doc.tokens
    articles = 0
    for j in range(index - 1, max(-1, index - 4), -1):
        pos = tokens[j].info.pos
        if pos == "PREP":
            return articles > 0
        if pos == "DET":
            articles += 1
        elif pos not in ("NOUN", "ADJF"):
            return False
    return False


def _side_words(reader: SentenceReader, draft: Draft) -> list[int]:
    """The tokens of the draft's sentence that may name an acting side (a subject of a side or
    a side's adjective), found once for every draft of the sentence."""
    sentence = draft.sentence
    found = reader.side_words.get(sentence.index)
    if found is None:
        doc, lex = reader.doc, reader.lex
        found = [
            index
            for index in range(sentence.first, sentence.last)
            if doc.tokens[index].low in lex.subject_sides
            or lex.side_adjectives.get(doc.tokens[index].lemma)
        ]
        reader.side_words[sentence.index] = found
    return found


def _attack_side(reader: SentenceReader, draft: Draft) -> str | None:
    """ "a Russian drone strike", "российский ракетный удар": the side of the attack named.
    The same for every draft of a sentence: read once."""
    sentence = draft.sentence
    if sentence.index not in reader.attack_sides:
        reader.attack_sides[sentence.index] = _sentence_attack_side(reader, draft)
    return reader.attack_sides[sentence.index]


def _sentence_attack_side(reader: SentenceReader, draft: Draft) -> str | None:
    doc, lex = reader.doc, reader.lex
    sentence = draft.sentence
    for index in range(sentence.first, sentence.last):
        adjective = lex.side_adjectives.get(doc.tokens[index].lemma)
        if adjective and any(
            t.lemma in lex.words.strike_nouns or t.lemma in lex.words.air_event_words
            for t in doc.tokens[index + 1 : min(sentence.last, index + 4)]
        ):
            return adjective
    return None
