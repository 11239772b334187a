"""Where a settled claim is when its words say less: a report's sole region, a region's
official and the towns of the region, the country a count with no place is of.

Read by `settle`; each function takes the draft and its speaker as settled so far.
"""

from __future__ import annotations

from itertools import pairwise

from claimledger.catalog.actors import actors
from claimledger.extract.grammar.draft import (
    CASUALTY_ACTIONS,
    SHOT_DOWN_ONLY,
    WEAPON_ACTIONS,
    Draft,
    Facts,
)
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.lexicon.roles import opens_with
from claimledger.extract.mentions.place_codes import (
    APPROACHES,
    HOME_COUNTRIES,
    SIDE_COUNTRIES,
    SIDE_OF_COUNTRY,
    combine,
    country_of_code,
    region_of_code,
)
from claimledger.extract.mentions.types import ActorMention, PlaceRef, SentenceSpeaker, Speaker
from claimledger.extract.resolve.sides import OPPOSITE, air_defence_of, place_side
from claimledger.places.model import Place


def sole_region(reader: SentenceReader, location: str | None) -> bool:
    """The report names no region of the claim's country but the claim's: a ministry's strike
    counts in a report about one region's strikes ("Минобороны: ВСУ дважды ударили по Курской
    области ... 10 ракет ATACMS были уничтожены") are of that region; the country itself and
    the other side's places ("разрешить Киеву наносить удары") are no other region."""
    places = reader.gazetteer_places
    region = region_of_code(location, places) if location else None
    if region is None:
        return False
    country = country_of_code(region, places)
    regions = {
        region_of_code(ref.place.code, places)
        for facts in reader.facts
        for ref in facts.places
        if not (ref.in_actor or ref.origin or ref.dateline)
        and country_of_code(ref.place.code, places) == country
    }
    return regions - {None} == {region}


def speaker_place(speaker: Speaker) -> str | None:
    """Where an official's words that name no place are: a mayor's own city (`home`: "...,
    Mayor Ihor Terekhov said" is Kharkiv, not the Kharkiv region), else the official's region."""
    if speaker.home is not None and speaker.home.startswith("city:") and speaker.kind == "official":
        return speaker.home
    return speaker.region


def within(location: str | None, region: str, places: dict[str, Place]) -> bool:
    """A claim's place lies in the official's region, or on its city's approaches."""
    claimed = region_of_code(location, places) if location else None
    return claimed is not None and claimed in (region, APPROACHES.get(region))


def regional_denial(draft: Draft, speaker: Speaker, places: dict[str, Place]) -> bool:
    """A casualty denial that names no place of its own, by an official of a region, placed by
    context at a town of that region: ANNOTATION.md gives a governor's relayed "пострадавших
    нет" to the governor's region, the regional capital included. A town's own head (a mayor,
    the registry's `home`) and the town's authorities keep the town."""
    if not (
        draft.quantity == 0
        and draft.action in CASUALTY_ACTIONS
        and speaker.kind == "official"
        and draft.location_source in ("context", "sibling", "sentence")
    ):
        return False
    if speaker.home is not None or speaker.town_head:
        return False  # a town's own head (a mayor, Vilkul of Kryvyi Rih) speaks of the town
    actor = actors().get(speaker.actor) if speaker.actor else None
    if actor is not None and actor.role in ("authorities", "mayor"):
        return False  # a mayor, "local authorities": the town's, not a region's head
    town = places.get(draft.location or "")
    region = places.get(speaker.region or "")
    return not (
        town is None or region is None or town.kind == region.kind or town.region != region.code
    )


_STRIKES = frozenset({"launched", "hit"})
# the most weapons told as one strike on one scene ("шестью ракетами ATACMS" at a Bryansk site);
# more are a night's tally over the country, though one city be named as attacked after it
_ONE_STRIKE = 10


def target_ahead(reader: SentenceReader, drafts: list[Draft]) -> None:
    """A launch or hit that only the attacked country placed ("ВС РФ применили баллистическую
    ракету «Рубеж», сообщают СМИ", "Украина атаковала Россию шестью ракетами ATACMS"), where the
    next sentence, telling no claim of its own, names one town or region of that country as a
    strike's scene ("Целью удара стал завод в Днепре", "ATACMS атаковали объекты Брянской
    области"): the strike's place is the claim's."""
    denied_where_claimed(drafts)
    told = {d.sentence.index for d in drafts}
    places = reader.gazetteer_places
    for draft in drafts:
        if (
            draft.action not in _STRIKES  # not a downing: where it was downed is not said
            or draft.quantity > _ONE_STRIKE
            or draft.location not in HOME_COUNTRIES
            or draft.location_source not in (None, "own")
        ):
            continue
        ahead = draft.sentence.index + 1
        if ahead >= len(reader.facts) or ahead in told:
            continue
        if reader.doc.sentences[ahead].paragraph > draft.sentence.paragraph + 1:
            continue
        facts = reader.facts[ahead]
        usable = [p for p in facts.places if not p.in_actor]
        scene = [
            p
            for p in usable
            if p.place.kind != "country"
            and country_of_code(p.place.code, places) == draft.location
            and reader.event_place(facts, p)
        ]
        # "Під ударом були Київ, Дніпро, Одеса": the places listed with it are the scene's too
        scene += [q for p in list(scene) for q in reader.coordinated_after(p, usable)]
        if len({p.place.code for p in scene}) != 1:
            continue  # several targets of the night, not one scene
        location = combine(scene, places)
        if location is not None and location not in HOME_COUNTRIES:
            draft.location, draft.location_source = location, "ahead"


def denied_where_claimed(drafts: list[Draft]) -> None:
    """ "Минобороны: над Крымом сбиты шесть ATACMS. Игнат: ни одна ракета не была сбита": a
    count of none with no place of its own denies what another speaker claimed before it, of
    the same action and weapon, and is where that was (called by `target_ahead`)."""
    for position, draft in enumerate(drafts):
        if draft.quantity or draft.action not in WEAPON_ACTIONS or draft.location_source == "own":
            continue
        for earlier in reversed(drafts[:position]):
            if (
                earlier.quantity
                and earlier.action == draft.action
                and missile_family(earlier.weapon) == missile_family(draft.weapon)
                and earlier.location_source is not None  # placed by the text, not by default
                and _name(earlier) != _name(draft)
            ):
                draft.location, draft.location_source = earlier.location, "denied"
                break


def _name(draft: Draft) -> str | None:
    return draft.speaker.name if draft.speaker is not None else None


def missile_family(weapon: str | None) -> str | None:
    """A weapon as a count of it is matched with another's: every kind of missile is one."""
    return "missile" if weapon is not None and weapon.endswith("missile") else weapon


def default_location(draft: Draft, speaker: Speaker, lex: Lexicon) -> str | None:
    """A count with no place of its own: the country the attacker struck at."""
    if draft.action not in WEAPON_ACTIONS or (speaker.kind == "outlet" and not lex.outlet_country):
        return None
    if speaker.kind == "outlet" and draft.weapon in SHOT_DOWN_ONLY:
        # "Сили оборони збили російський літак Су-34": an outlet's country is for the night's
        # tally of what was fired at it; a plane downed is an event at a place it does not say
        return None
    if speaker.kind == "official" and not speaker.national:
        return None  # "глава региона" of a region the text does not name: a region, not the country
    return {"ua": "RU", "ru": "UA"}.get(draft.side or "")


def defender_country(
    draft: Draft, speaker: Speaker, own_channel: bool, *, from_abroad: bool = False
) -> str | None:
    """Where no side is inferred (English): a national military of the war counting weapons
    with no place speaks of its own country's sky ("the air force said 121 drones were
    destroyed" -> UA), unless the weapons were its own; so does a military's own channel."""
    own = SIDE_COUNTRIES.get(speaker.side or "")
    if own is None:
        return own_sky(draft, speaker, from_abroad=from_abroad)
    if (
        own is None
        or draft.action not in WEAPON_ACTIONS
        or speaker.kind != "military"
        or not (speaker.national or own_channel)
        or speaker.region is not None
        or draft.side == speaker.side
    ):
        return None
    return own


def attacked_nation(draft: Draft, speaker: Speaker) -> str | None:
    """Where no side is inferred (English): a national official of one side of the war (a
    president, the state) counting the other side's weapons with no place named ("Zelensky said
    Russia launched 90 drones overnight") counts those fired at its own country."""
    own = SIDE_COUNTRIES.get(speaker.side or "")
    if (
        own is None
        or draft.action not in WEAPON_ACTIONS
        or speaker.kind != "official"
        or not speaker.national
        or speaker.region is not None
        or draft.side is None
        or draft.side == speaker.side
    ):
        return None
    return own


def own_sky(draft: Draft, speaker: Speaker, *, from_abroad: bool = False) -> str | None:
    """A third country's military downing weapons with no place named ("Israel's military
    said it intercepted a missile fired from Yemen"), or telling of weapons fired from abroad
    ("the IDF said 50 rockets were fired from Lebanon"): its own sky, the country of its
    `home` in the registry."""
    defended = draft.action in ("intercepted", "suppressed")
    if not (defended or from_abroad) or speaker.kind != "military":
        return None
    actor = actors().get(speaker.actor) if speaker.actor else None
    home = actor.home if actor is not None else None
    return home if home is not None and len(home) == 2 and home.isupper() else None


def from_abroad(draft: Draft, facts: Facts) -> bool:
    """A launch or strike whose sentence says where the weapons came from ("fired from
    Lebanon"): at whoever tells of it, where no target is named."""
    return draft.action in ("launched", "hit") and any(p.origin for p in facts.places)


def acting_defender(draft: Draft, mentions: list[ActorMention]) -> str | None:
    """ "The IDF intercepted 20 rockets", "ЦАХАЛ перехватил 20 ракет", "Ukraine's military
    shot down 50 of the 70 drones": a country's military named before its own interception,
    its subject though not its speaker, downs them in its own sky (`defender_country`)."""
    if draft.action not in ("intercepted", "suppressed") or draft.action_token is None:
        return None
    for mention in mentions:
        if mention.speaker is not None and mention.last <= draft.action_token:
            sky = defender_country(draft, mention.speaker, False)
            if sky is not None:
                return sky
    return None


_TARGET_REACH = 3  # words from "on"/"at" to the side's adjective: "on key Ukrainian facilities"


def targeted_country(reader: SentenceReader, draft: Draft) -> str | None:
    """A launch at the facilities of one side of the war, no place named ("a strike with 40
    missiles on Ukrainian energy facilities"): that side's country, struck."""
    if draft.action != "launched":
        return None
    start = draft.first if draft.action_token is None else draft.action_token
    tokens = reader.doc.tokens
    facts = reader.facts[tokens[draft.first].sentence]
    clause = next((c for c in facts.clauses if c[0] <= start < c[1]), None)
    if clause is None:
        return None
    words = reader.lex.words
    for index in range(start, clause[1]):
        if tokens[index].low not in words.strike_preps | words.toward:
            continue
        for probe in range(index + 1, min(clause[1], index + 1 + _TARGET_REACH)):
            side = reader.lex.side_adjectives.get(tokens[probe].low)
            if side in ("ua", "ru"):
                return side.upper()
    return None


def abroad_party(draft: Draft, refs: list[PlaceRef], places: dict[str, Place]) -> str | None:
    """ "Ізраїль перехопив 20 дронів": a country abroad named before the action as a party to it
    (not where weapons came from): the count is of that war, not of the outlet's country. The
    country where it defends (its own sky), else "" (no place known)."""
    action = draft.action_token if draft.action_token is not None else draft.first
    for ref in refs:
        country = country_of_code(ref.place.code, places)
        abroad = country is not None and country not in HOME_COUNTRIES
        if ref.in_actor and not ref.origin and ref.first < action and abroad:
            return country if draft.action in ("intercepted", "suppressed") else ""
    return None


_PARTS_REACH = 2  # sentences after a total where its parts are told


def approached_totals(drafts: list[Draft]) -> None:
    """ "Two drones were shot down over Moscow. ... one in the Domodedovo area and another in
    Podolsk": a count over a city whose parts, told in the next sentences, all fell on its
    approaches is of the approaches' region (ANNOTATION.md: a place of Moscow Oblast named with
    Moscow makes it RU-MOS; "over Moscow" alone stays the city)."""
    for position, draft in enumerate(drafts):
        region = APPROACHES.get(draft.location or "")
        if region is None or draft.action not in WEAPON_ACTIONS or not draft.quantity:
            continue
        index = draft.sentence.index
        parts = [
            d
            for d in drafts[position + 1 :]
            if index < d.sentence.index <= index + _PARTS_REACH
            and (d.action, d.weapon) == (draft.action, draft.weapon)
        ]
        if (
            len(parts) > 1
            and sum(d.quantity or 0 for d in parts) == draft.quantity
            and all(d.location == region for d in parts)
        ):
            draft.location = region


def happened_at(reader: SentenceReader, drafts: list[Draft]) -> None:
    """ "Да, мы сбили «Кинжал». Это произошло ... в небе Киевской области.", "This happened
    over the Kyiv region": a sentence of no claim of its own that opens by pointing back at an
    event places the claims of the sentence before that no words of their own placed; one that
    opens with a pronoun of the weapons and tells their action again ("Сбиты 20 беспилотников.
    Они были уничтожены над Белгородской областью.") places the claims of that action."""
    places = reader.gazetteer_places
    told = {d.sentence.index for d in drafts}
    for index, sentence in enumerate(reader.doc.sentences):
        if index == 0 or index in told or (index - 1) not in told:
            continue
        words = tuple(t.low for t in reader.doc.tokens[sentence.first : sentence.last])
        sequences = reader.lex.sequences
        event = opens_with(words, sequences.event_anaphors)
        retold = {a.action for a in reader.facts[index].actions}
        if not (event or (retold and opens_with(words, sequences.weapon_anaphors))):
            continue
        refs = [p for p in reader.facts[index].places if not p.in_actor]
        location = combine(refs, places) if refs else None
        if location is None:
            continue
        for draft in drafts:
            if (
                draft.sentence.index == index - 1
                and draft.location_source != "own"
                and (event or draft.action in retold)  # "Они были уничтожены над ..."
            ):
                draft.location, draft.location_source = location, "after"


_DEFENCE = frozenset({"intercepted", "suppressed"})


def struck_not_defended(draft: Draft, speaker: Speaker, places: dict[str, Place]) -> bool:
    """A side's military's count of weapons downed, placed only by the sentences before at a
    place the other side holds ("ВС РФ нанесли удары по Харькову ... Средствами ПВО сбиты 95
    беспилотников", "its forces struck Kyiv, Kharkiv and Odesa ... Air defences shot down 58
    drones, it said"): a side downs weapons over ground it holds, so the place is not that one;
    where the speaker's own words place it ("сбиты над Харьковом"), it stays."""
    if (
        draft.action not in _DEFENCE
        or draft.location_source not in ("context", "sibling")
        or speaker.kind != "military"  # an outlet relays the other side's own downings
    ):
        return False
    opposite = {"ru": "ua", "ua": "ru"}.get(speaker.side or "")
    return opposite is not None and place_side(draft.location, places) == opposite


def casualties_ashore(reader: SentenceReader, drafts: list[Draft]) -> None:
    """ "Над акваторией Черного моря перехвачены беспилотники, сообщил мэр Сочи. Пострадавших
    нет": a casualty count the context placed at a sea is of the last town or region on land
    the text named before it (the mayor's town), if any; a ship's crew hurt at sea, where the
    text names no town or region (only a country: "US Central Command"), stays at sea."""
    places = reader.gazetteer_places
    for draft in drafts:
        place = places.get(draft.location or "")
        if draft.action not in CASUALTY_ACTIONS or place is None or place.kind != "sea":
            continue
        if draft.location_source == "own":
            continue
        land = [
            ref.place.code
            for facts in reader.facts[: draft.sentence.index + 1]
            for ref in facts.places
            if ref.place.kind in _HOME_KINDS
            and ref.first < draft.first
            and not (ref.origin or ref.dateline or ref.destination)
        ]
        if land:
            draft.location = land[-1]


_HOME_KINDS = frozenset({"city", "region"})


def attacked_by_states(reader: SentenceReader) -> set[str]:
    """The home countries a report's acting states attack ("Russia launched a massive attack
    overnight": Ukraine), where the report names no place of the war's own (settle._sided)."""
    places = reader.gazetteer_places
    acting = {
        country_of_code(p.place.code, places)
        for f in reader.facts
        for p in f.places
        if reader.acting_state(p)
    }
    sides = {SIDE_OF_COUNTRY[c] for c in acting if c in SIDE_OF_COUNTRY}
    return {SIDE_COUNTRIES[OPPOSITE[s]] for s in sides}


def named_countries(reader: SentenceReader) -> set[str]:
    """The countries of every place a report names (a sea is no country's)."""
    places = reader.gazetteer_places
    found = {
        country_of_code(p.place.code, places)
        for f in reader.facts
        for p in f.places
        if not reader.acting_state(p)  # "Russia launched ...": the attacker, no place
    }
    adjectives = reader.lex.country_adjectives  # "Israeli air defences intercepted ..."
    found |= {adjectives[t.low] for t in reader.doc.tokens if t.low in adjectives}
    return {c for c in found if c is not None}


def defended_countries(reader: SentenceReader) -> set[str]:
    """The countries whose air defences the report names by adjective ("Israeli air
    defences"): a country's own sky."""
    adjectives = reader.lex.country_adjectives
    return {
        adjectives[t.low]
        for t in reader.doc.tokens
        if t.low in adjectives and air_defence_of(reader, t.index)
    }


_COUNTED = frozenset({"launched", "intercepted", "suppressed"})  # counts of weapons


def carried_on(said: SentenceSpeaker) -> bool:
    """A sentence that names no new speaker and only carries the last one's words on ("..., it
    said", or no cue at all)."""
    return said.back or (
        said.mention is None and not (said.unnamed or said.reset or said.header or said.later)
    )


def whole_elsewhere(settled: list[Draft], draft: Draft) -> bool:
    """The last count of the same weapon before it was placed elsewhere than the place the
    context gave it ("launched 145 drones at the country. Air defence units shot down 79 of the
    drones, it said" after a lede on Kyiv); where it was placed there, the count goes on
    about it ("nine drones towards the Odesa region ... All of them were neutralised")."""
    counts = [d for d in settled if d.weapon == draft.weapon and d.action in _COUNTED]
    return bool(counts) and counts[-1].location != draft.location


def region_anaphor(reader: SentenceReader, draft: Draft) -> bool:
    """ "▪️ Одесская область. По данным Воздушных сил, над областью сбиты семь дронов": the
    count's own words point back at one region ("над областью", "over the region"); the
    place said before is its place, not the last place merely told."""
    tokens = reader.doc.tokens[draft.sentence.first : draft.sentence.last]
    words = reader.lex.words
    return any(
        one.low in words.over_words and two.low in words.region_nouns
        for one, two in pairwise(tokens)
    )
