"""The `[words]` of a lexicon table: named sets of words the grammars and the pattern layer ask
for by role (`@role` in a pattern), so that no grammar spells a word of any language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from claimledger.extract.lexicon.base import known_keys, strings


# init, eq and repr written out or left to object: generated for some two hundred fields they
# cost every run most of the 15 ms this module took to import. One Words per lexicon, hashed and
# compared by identity, as its Lexicon is.
@dataclass(frozen=True, slots=True, init=False, eq=False, repr=False)
class Words:
    """Named sets of words (lemmas, or lower-case forms where matched on the surface), given by
    role name (`Words(victim_nouns=...)`); a role not given is empty."""

    # -- counts --
    victim_nouns: frozenset[str] = frozenset()  # nouns counting people ("человек", "житель")
    collective_numerals: frozenset[str] = frozenset()  # "двое": a count of people by itself
    not_counts: frozenset[str] = frozenset()  # number words that count nothing here ("пара")
    digit_groupers: frozenset[str] = frozenset()  # marks between groups of three ("1,200")
    digit_case_endings: frozenset[str] = frozenset()  # "6-ю", "5-ти": digits in a numeral's case
    few_case_endings: frozenset[str] = frozenset()  # "3-х": of 2, 3, 4 only ("90-х" a decade)
    pronouns_after_from: frozenset[str] = frozenset()  # "из них", "из которых"
    one_of: frozenset[str] = frozenset()  # "одна з яких влучила": one of them counts, acting
    quotes: frozenset[str] = frozenset()  # quote marks between a number and its noun
    growth_verbs: frozenset[str] = frozenset()  # "возросло до 4": "до" is no upper bound
    growth_links: frozenset[str] = frozenset()  # "rose to 14": a word after the growth verb
    growth_afters: frozenset[str] = frozenset()  # "до трех, а затем до пяти": a later figure
    toll_nouns: frozenset[str] = frozenset()  # "the death toll": a running total named
    toll_raisers: frozenset[str] = frozenset()  # "bringing the toll to 4": raised to it
    debris_falls: frozenset[str] = frozenset()  # "падіння уламків": debris falling, an air attack
    capital_nouns: frozenset[str] = frozenset()  # "у столиці": the home capital (home_capital)
    among: frozenset[str] = frozenset()  # "серед поранених — троє дітей": a part of a count
    # "A woman and her three children, aged 10, two and one, were killed": a comma aside that
    # these open (within its first two words) stands between victims and their verb
    age_asides: frozenset[str] = frozenset()
    age_units: frozenset[str] = frozenset()  # "мужчина 45 лет": a person's age, after a number
    care_verbs: frozenset[str] = frozenset()  # "шістьох госпіталізували": a part of the hurt
    all_words: frozenset[str] = frozenset()  # "все беспилотники": as many as counted before
    total_words: frozenset[str] = frozenset()  # "всего": the total of all places
    adding: frozenset[str] = frozenset()  # "добавил ещё пять": more of the same
    object_particles: frozenset[str] = frozenset()  # "сбили лишь одну": a bare object count
    single_blockers: frozenset[str] = frozenset()  # "каждый БПЛА": no single weapon meant
    single_victims: frozenset[str] = frozenset()  # nouns naming one person ("женщина погибла")
    # "Ранения получила женщина": the verb that takes a wound noun tells how many were hurt
    wound_takers: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()  # "тело женщины": one body is one person killed
    item_nouns: frozenset[str] = frozenset()  # "пять штук": a count of items
    elliptic_nouns: frozenset[str] = frozenset()  # "34 others vanished": the weapon said before
    # "первый дрон упал на завод, два других — в промзоне": a count of the others leaves the
    # weapon named before it one of its own (grammar/single.py)
    other_ones: frozenset[str] = frozenset()
    thousands: frozenset[str] = frozenset()  # "тысячи ракет": no number in the plural
    each_words: frozenset[str] = frozenset()  # "по 3 над A, B и C": each place gets 3
    each_after_noun: frozenset[str] = frozenset()  # "one drone each over A and B"
    from_words: frozenset[str] = frozenset()  # "пять из шести", "40 из них", "28 of 31"
    # participles of supplying or making with their agent between a count and its weapon:
    # "пять поставленных Францией ракет", "чотири надані США ракети"
    supply_verbs: frozenset[str] = frozenset()
    event_links: frozenset[str] = frozenset()  # "20 launches of guided bombs": event to weapon
    heading_preps: frozenset[str] = frozenset()  # "five flew toward Belarus": the rest's heading
    # "a drone dropped an explosive on a car": the carrier that drops is no weapon launched
    carrier_verbs: frozenset[str] = frozenset()
    carrier_preps: frozenset[str] = frozenset()  # "скинули вибухівку з дрона": dropped from it
    direction_nouns: frozenset[str] = frozenset()  # "в бік Білорусі": a heading, not a place
    percent: frozenset[str] = frozenset()  # "90% из 50": a share, and the whole it is of
    articles: frozenset[str] = frozenset()  # "a drone": one, right before a weapon phrase
    ordinals: frozenset[str] = frozenset()  # "a fifth drone": which one, not how many
    from_fillers: frozenset[str] = frozenset()  # "28 out of the 31": between a part and its whole
    relative_pronouns: frozenset[str] = frozenset()  # "из них", "из которых", "of them"
    relative_heads: frozenset[str] = frozenset()  # "ракета, которую запустили": its clause
    describing_openers: frozenset[str] = frozenset()  # "дроны, которые летели": lemmas
    demonstratives: frozenset[str] = frozenset()  # "Of these, 16 ...": the count before
    such_words: frozenset[str] = frozenset()  # "сім таких дронів": between a count and its noun
    age_words: frozenset[str] = frozenset()  # "a 60-year-old man": an age, between verb and victim
    definite: frozenset[str] = frozenset()  # "40 of the drones": weapons named before, again
    relative_openers: frozenset[str] = frozenset()  # ", which lies between ...": no more places
    neither: frozenset[str] = frozenset()  # "ни одной ракеты": none
    range_from: frozenset[str] = frozenset()  # "от 30 до 50": a range, no count
    range_to: frozenset[str] = frozenset()
    more_words: frozenset[str] = frozenset()  # "ещё пять", "five more"
    # "one over Kursk and another over Oryol": a pronoun that counts one more (the twin of
    # "ещё один"), read only where no noun or number follows it
    one_more: frozenset[str] = frozenset()
    # "another drone fell", "ще один": a further one, never merged with the claim told before
    fresh_words: frozenset[str] = frozenset()
    and_words: frozenset[str] = frozenset()  # coordination: "около 120 ракет и 90 дронов"
    # two verbs of one figure: "сбиты и нейтрализованы средствами РЭБ 11", "збито/подавлено 26"
    verb_joiners: frozenset[str] = frozenset()
    over_words: frozenset[str] = frozenset()  # "над областями": seen over places
    type_words: frozenset[str] = frozenset()  # "БПЛА типа ...": a type named after it
    # -- actions --
    auxiliaries: frozenset[str] = frozenset()  # verbs with no action of their own ("быть")
    negations: frozenset[str] = frozenset()  # "не", "ни": the action did not happen
    question_particles: frozenset[str] = frozenset()  # "был ли сбит": asked, not said
    be_forms: frozenset[str] = frozenset()  # forms of "to be" between a negation and its verb
    failed: frozenset[str] = frozenset()  # "не удалось сбить": the attempt failed
    forecast: frozenset[str] = frozenset()  # "может применить": a plan or a threat
    ground_targets: frozenset[str] = frozenset()  # "удар по позициям": the ground war
    troop_nouns: frozenset[str] = frozenset()  # "180 военных ликвидировано": people destroyed
    ground_gear: frozenset[str] = frozenset()  # "12 танков", "гаубица": the ground war's arms
    shot_down: frozenset[str] = frozenset()  # the actions that down aircraft and helicopters
    # "the military said its forces shot down": after a verb of speech, what follows these is
    # the subject's own (the reported clause), not the speaker
    subject_possessives: frozenset[str] = frozenset()
    # "по сведениям близкого к силовым структурам канала Baza": a modifier whose object may
    # stand between a source opener and the source (mentions/speakers.py _after)
    source_modifiers: frozenset[str] = frozenset()
    downed_forms: frozenset[str] = frozenset()  # "all of which were destroyed": its verb forms
    offshore_words: frozenset[str] = frozenset()  # "off the coast of Crimea": a mark on a sea
    border_verbs: frozenset[str] = frozenset()  # "..., which borders Ukraine": a neighbour
    border_links: frozenset[str] = frozenset()  # "near the border with Poland": a neighbour
    beside_words: frozenset[str] = frozenset()  # "Israeli towns near Gaza": a neighbour
    alert_nouns: frozenset[str] = frozenset()  # "rocket alerts in Israeli towns": a scene
    since_words: frozenset[str] = frozenset()  # "since November": a span up to now, background
    regional_adjectives: frozenset[str] = frozenset()  # "the Kharkiv Regional Administration"
    open_ground: frozenset[str] = frozenset()  # "fell in open areas": no regions counted
    span_words: frozenset[str] = frozenset()  # "has repeatedly struck": events told as a series
    space_words: frozenset[str] = frozenset()  # "Falcon 9", "ракета-носитель": spaceflight
    launch_event_nouns: frozenset[str] = frozenset()  # "a missile launch": the weapon's own
    absolute_openers: frozenset[str] = frozenset()  # ", with the IDF reporting that": its clause
    strike_nouns: frozenset[str] = frozenset()  # "удар", "атака"
    event_nouns: frozenset[str] = frozenset()  # nouns of one event of one weapon ("попадание")
    cause_words: frozenset[str] = frozenset()  # "из-за падения БПЛА": the impact caused it
    purpose_words: frozenset[str] = frozenset()  # "ракеты для удара": what they are for
    success_verbs: frozenset[str] = frozenset()  # "Киеву удалось сбить": the capital's state did
    strike_preps: frozenset[str] = frozenset()  # "по позициям": what a strike was aimed at
    strike_of: frozenset[str] = frozenset()  # "для ураження позицій": the striking of a target
    launch_verbs: frozenset[str] = frozenset()  # "все 14 запущенных": launched as well
    aim_verbs: frozenset[str] = frozenset()  # "launched at Israel": a target, not a heading
    attempt: frozenset[str] = frozenset()  # "попытался атаковать": launched, not hit
    hit_by_genitive: frozenset[str] = frozenset()  # "удар дрона" (genitive): the drone hit
    # "при атаке дрона на автомобиль": one uncounted drone in the genitive hit; "атака 20
    # дронов" is a launch
    hit_by_single_genitive: frozenset[str] = frozenset()
    attack_verbs: frozenset[str] = frozenset()  # "беспилотник атаковал дом": one drone hit it
    # "по заводу ударили 13 беспилотников": weapons a verb of striking has for its subject (not
    # its instrument) struck, however many (strikes.py)
    subject_strike_verbs: frozenset[str] = frozenset()
    drop_verbs: frozenset[str] = frozenset()  # "дрон скинув вибухівку": one drone struck
    # "two missiles destroyed a warehouse": a verb of downing whose weapon subject struck the
    # thing after it (grammar/strikes.py)
    ruin_verbs: frozenset[str] = frozenset()
    # "..., передает оперштаб." : verbs of speech that sign a sentence from its end after a comma
    signing_verbs: frozenset[str] = frozenset()
    # "обстріл", "обстрілювали": gunfire; a sentence of it and no weapon tells no air-war victims
    ground_fire: frozenset[str] = frozenset()
    # "минометный обстрел", "artillery fire": guns named, whose victims a sentence with no
    # weapon of the air war counts (air_context._fired; not a place's shelling, locate.py)
    gun_words: frozenset[str] = frozenset()
    shelling: frozenset[str] = frozenset()  # "ракетный обстрел": an air attack with an adjective
    air_event_words: frozenset[str] = frozenset()  # "авиаудар": an air attack by itself
    # "Российская авиация нанесла удар", "Israeli warplanes struck": planes named with a strike
    # of theirs are an air attack (air_context._aircraft_strike); a plane alone is none
    aviation_words: frozenset[str] = frozenset()
    aircraft_strikes: frozenset[str] = frozenset()
    debris: frozenset[str] = frozenset()  # "уламки дрона": pieces of a weapon, no weapon itself
    air_adjectives: frozenset[str] = frozenset()  # "ракетный удар"
    hostile_adjectives: frozenset[str] = frozenset()  # "вражеский": the other side's weapon
    # "знешкодили 10 ворожих цілей", "сбиты 76 целей": heads that are air targets of mixed kinds
    # without their air adjective only counted, downed, and with the sky named (weapons.py)
    downed_heads: frozenset[str] = frozenset()
    ground_prefixes: frozenset[str] = frozenset()  # "FPV-дроны" strike troops: no air war
    # "ракеты РСЗО «Вампир»: ПВО сбила 10 снарядов": launchers whose naming earlier in the
    # sentence makes a bare "снаряд" their rocket, not an artillery shell
    rocket_launchers: frozenset[str] = frozenset()
    air_prefixes: frozenset[str] = frozenset()  # "surface-to-surface": a ground prefix's air use
    model_linkers: frozenset[str] = frozenset()  # between a weapon noun and its model
    model_plurals: frozenset[str] = frozenset()  # endings a model's name takes: "Shaheds"
    possessive_marks: frozenset[str] = frozenset()  # "Russia's missiles": an owner before a head
    owner_preps: frozenset[str] = frozenset()  # "the ministry of Russia": its country after it
    # -- clauses and lists --
    abbreviations: frozenset[str] = frozenset()  # "у м. Харків": no sentence ends after "м."
    # "на", "під", "до": prepositions the analyzer reads first as another word (a particle, a noun)
    prepositions: frozenset[str] = frozenset()
    dashes: frozenset[str] = frozenset()
    item_breaks: frozenset[str] = frozenset()  # words and marks between list items
    list_openers: frozenset[str] = frozenset()  # marks a breakdown follows (":" when empty)
    clause_breaks: frozenset[str] = frozenset()  # marks between clauses
    statement_breaks: frozenset[str] = frozenset()  # "...; air defence destroyed": a new statement
    # "..., а Минобороны РФ — о ...": opens another speaker's clause, its verb left out
    gapped_contrasts: frozenset[str] = frozenset()
    # -- places --
    place_joiners: frozenset[str] = frozenset()  # "Курской и Белгородской": one list of places
    sea_plurals: frozenset[str] = frozenset()  # "the Black and Azov Seas": one sea per name
    conditionals: frozenset[str] = frozenset()  # "если ... запустить ракету": a condition
    then_words: frozenset[str] = frozenset()  # "Тогда погибли 29": the time told just before
    quarter_nouns: frozenset[str] = frozenset()  # "в Оболонском районе": a city's quarter
    # "Сумська громада": a municipality named by its town's adjective is the town itself
    municipality_nouns: frozenset[str] = frozenset()
    motion: frozenset[str] = frozenset()  # "летевших на Москву": a destination
    # "один вийшов ... на російську територію": where a weapon left to, no place of a claim
    departure: frozenset[str] = frozenset()
    toward: frozenset[str] = frozenset()  # the prepositions of such a destination
    near_preps: frozenset[str] = frozenset()  # "под Курском": the town's surroundings
    origin_preps: frozenset[str] = frozenset()  # "из Тамбовской области": where from
    agent_preps: frozenset[str] = frozenset()  # "launched by Russia": the country acts
    instrument_preps: frozenset[str] = frozenset()  # "struck Kyiv with 20 drones": launched
    target_preps: frozenset[str] = frozenset()  # "crashed into a drone": what was hit, no weapon
    not_a_location_before: frozenset[str] = frozenset()  # "аэродром Курск": a site near a town
    flag_nouns: frozenset[str] = frozenset()  # "під прапором Панами": a ship's flag, no place
    named_after_places: frozenset[str] = frozenset()  # "the Minsk highway": a road, not Minsk
    sea_modified: frozenset[str] = frozenset()  # "the Black Sea port of Izmail": not the sea
    attempt_verbs: frozenset[str] = frozenset()  # "пытавшихся атаковать Москву": a target
    attack_infinitives: frozenset[str] = frozenset()  # (mentions/places._tried_to_attack)
    street_words: frozenset[str] = frozenset()  # "на вулиці Сумській": a street, no place
    war_nouns: frozenset[str] = frozenset()  # "amid the war in Gaza": a war's name, no place
    war_links: frozenset[str] = frozenset()  # the prepositions between the war and its place
    name_heads: frozenset[str] = frozenset()  # "Суспільне Харків": an outlet's name, no place
    # "в селе Отрадное", "у с. Вільне" (an abbreviation with its stop): a village's name follows
    settlement_nouns: frozenset[str] = frozenset()
    country_place_nouns: frozenset[str] = frozenset()  # "Israeli towns": the country's places
    settlement_links: frozenset[str] = frozenset()  # "the village of Zhuravka": the word between
    where_relatives: frozenset[str] = frozenset()  # "город Сумы, где ...": the event's place
    blast_nouns: frozenset[str] = frozenset()  # "Взрывы в Ефремове": an event, its place too
    # "в сторону Воронежа": a preposition of a direction noun, not of a destination by itself
    direction_preps: frozenset[str] = frozenset()
    # "flying to Moscow", "heading for Moscow": a destination only after a verb of motion
    # (not `toward`, whose words also mark a launch's target side: "according to Ukrainian ...")
    destination_preps: frozenset[str] = frozenset()
    force_words: frozenset[str] = frozenset()  # "армия России": the country acts
    force_kinds: frozenset[str] = frozenset()  # "US fighter jets": words before a force noun
    defence_nouns: frozenset[str] = frozenset()  # "Ukraine's air defences": the country's own sky
    many_regions: frozenset[str] = frozenset()  # "над 9 регионами": many regions of a country
    region_of: frozenset[str] = frozenset()  # "the region of Chernihiv": the town's region
    area_nouns: frozenset[str] = frozenset()  # "над территорией области": the place itself
    own_possessives: frozenset[str] = frozenset()  # "над его областью": the speaker's own
    region_nouns: frozenset[str] = frozenset()  # forms of "region" after such a possessive
    back_region_nouns: frozenset[str] = frozenset()  # "over the region": the one named before
    back_town_nouns: frozenset[str] = frozenset()  # "missiles at the city": the one named before
    # -- speakers --
    speech_verbs: frozenset[str] = frozenset()
    aside_openers: frozenset[str] = frozenset()  # "X, speaking on condition of anonymity, said"
    addressee_verbs: frozenset[str] = frozenset()  # "told Reuters": the one told follows the verb
    supposing_verbs: frozenset[str] = frozenset()  # "предполагают": an opinion, a turn ends
    impersonal: frozenset[str] = frozenset()  # "сообщается": no one named
    possessives: frozenset[str] = frozenset()  # "по его данным": the last speaker
    skippable: frozenset[str] = frozenset()  # words between a cue and its actor
    # "говорится в сообщении, опубликованном в канале оперштаба": a participle of posting
    # after a comma, between the statement and the body that posted it
    posting_participles: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()  # "издание «...»": what a medium is, before its name
    member_links: frozenset[str] = frozenset()  # "X, a spokesman for the air force": the links
    source_labels: frozenset[str] = frozenset()  # "Источник: РИА Новости" signs the text above
    update_labels: frozenset[str] = frozenset()  # "UPD 2: Минобороны: ...": an update's mark
    town_heads: frozenset[str] = frozenset()  # "глава Горловки": a town's head, named with it
    head_offices: frozenset[str] = frozenset()  # "глава администрации Белгорода": the town's
    plural_only_groups: frozenset[str] = frozenset()  # "власти" (plural) are authorities
    back_references: frozenset[str] = frozenset()  # "в ведомстве": the body named before
    back_pronouns: frozenset[str] = frozenset()  # "он", "она", "они"
    # "he", "she": a pronoun that can only point back to a person, who may speak paragraphs on
    person_pronouns: frozenset[str] = frozenset()
    body_pronouns: frozenset[str] = frozenset()  # "it": a body that spoke, paragraphs before
    weapon_counters: frozenset[str] = frozenset()  # roles of armed forces: they count no victims
    source_seats: frozenset[str] = frozenset()  # "источники в СБУ", "a source in the SBU"
    source_persons: frozenset[str] = frozenset()  # "по словам собеседника": an unnamed source
    # "Как уже сообщалось ранее, ...": adverbs of time inside an own-voice opener (own_openers)
    recall_adverbs: frozenset[str] = frozenset()
    account_nouns: frozenset[str] = frozenset()  # "по версии": what follows is an account
    # "удар молнии", "террористическая атака": words beside a strike noun that make it no air attack
    other_blows: frozenset[str] = frozenset()
    other_violence: frozenset[str] = frozenset()  # "расстреляли", "a gunman": no air attack
    # "Главное из заявления ведомства:": a line naming a statement above a list of its points
    statement_nouns: frozenset[str] = frozenset()
    statement_seats: frozenset[str] = frozenset()  # "a speech in Sanaa": where it was spoken
    policy_nouns: frozenset[str] = frozenset()  # "pressure on Moscow": a party, not a place
    policy_preps: frozenset[str] = frozenset()  # the words between ("on", "with", "against")
    role_words: frozenset[str] = frozenset()  # "губернатор", "мэр"
    mayor_words: frozenset[str] = frozenset()  # the role words that name a mayor
    head_words: frozenset[str] = frozenset()  # "глава": a head only of what follows
    administrations: frozenset[str] = frozenset()  # "Харківська ОВА": a region's own body
    head_of: frozenset[str] = frozenset()  # "глава региона"
    role_links: frozenset[str] = frozenset()  # "the governor of the Kursk region": role to region
    region_words: frozenset[str] = frozenset()  # "губернатор региона": part of the title
    acting: frozenset[str] = frozenset()  # "врио губернатора", "acting governor"
    person_titles: frozenset[str] = frozenset()  # "сообщил президент России Владимир Путин"
    back_reference_preps: frozenset[str] = frozenset()  # "в ведомстве": the body named before
    said_about: frozenset[str] = frozenset()  # "говорится о": no one named
    about_words: frozenset[str] = frozenset()
    possessive_openers: frozenset[str] = frozenset()  # "по его данным"
    possessive_nouns: frozenset[str] = frozenset()
    back_openers: frozenset[str] = frozenset()  # "согласно заявлению": the one named before
    complementizers: frozenset[str] = frozenset()  # "что": a speaker's clause ends before it
    # "... missile shot down": a verb's particle may end a headline (no line wrapped after it)
    verb_particles: frozenset[str] = frozenset()
    subject_force_words: frozenset[str] = frozenset()  # "российские военные": the acting side
    indeclinable_subjects: frozenset[str] = frozenset()  # "ВСУ выпустили": a subject in any case
    needs_forces_before: frozenset[str] = frozenset()  # "РФ" acts only as "ВС РФ"
    forces_abbreviations: frozenset[str] = frozenset()  # "ВС"
    # -- dates --
    week_openers: frozenset[str] = frozenset()  # "в пятницу", "утром среды"
    clock_words: frozenset[str] = frozenset()  # "утра", "часов", "мск"
    evening_words: frozenset[str] = frozenset()  # "в 9 вечера": a time of the evening
    first_date_words: frozenset[str] = frozenset()  # words a date expression may start with
    clock_openers: frozenset[str] = frozenset()  # "в 4:50", "около 2 часов", "с 5 до 7"
    clock_from: frozenset[str] = frozenset()  # "с 5 до 7", "в ночь с 9 на 10"
    clock_zones: frozenset[str] = frozenset()  # "0700 GMT": a four-digit time, no count
    # Words that carry "from" on to a place further on: "launched from S-300 systems located
    # in the Donetsk region" (the launchers' place is an origin too).
    origin_links: frozenset[str] = frozenset()
    night_in: frozenset[str] = frozenset()  # "в ночь на пятницу"
    night_words: frozenset[str] = frozenset()  # "ночь"
    night_to: frozenset[str] = frozenset()  # "в ночь на пятницу": the morning it ends in
    weekday_nights: frozenset[str] = frozenset()  # "on Thursday night": the night after Thursday
    year_words: frozenset[str] = frozenset()  # "2024 года", "в 2023 году"
    birth_words: frozenset[str] = frozenset()  # "1965 года рождения": a birth year, no date
    missile_adjectives: frozenset[str] = frozenset()  # "ракетный удар": an attack of missiles
    drone_adjectives: frozenset[str] = frozenset()  # "дроновая атака": an attack of drones
    in_words: frozenset[str] = frozenset()  # "в сентябре": another time
    span_tail: frozenset[str] = frozenset()  # "за последние три дня": the rest of a span

    def __init__(self, **roles: frozenset[str]) -> None:
        for name in _NAMES:
            object.__setattr__(self, name, roles.pop(name, _EMPTY))
        if roles:
            raise TypeError(f"Words() got unknown role(s): {', '.join(sorted(roles))}")


_EMPTY: frozenset[str] = frozenset()
_NAMES = tuple(f.name for f in fields(Words))
WORD_ROLES = frozenset(_NAMES)


def parse_words(data: Mapping[str, Any], table: str) -> Words:
    known = {f.name for f in fields(Words)}
    known_keys(data, known, f"{table} [words]")
    return Words(**{key: frozenset(strings(value, table, key)) for key, value in data.items()})
