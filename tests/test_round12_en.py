"""Generalization round 12, English helper: constructions of English news that the rules were not
tuned to, by class (denials told as an outcome, a week's totals, a count of the whole told
after its part, who speaks when the speaker is a group of people), each with its twins in
Russian and Ukrainian where the construction exists there.

Every report is written for this table; its expected claims were written from
eval/ANNOTATION.md before the extractor read the report. A row is (action, weapon, quantity,
location, claimant_side, claimant_kind, attacker_side, date); date None is not checked. Reports
are published by "Example Wire" (an outlet of no known side) on Friday 2024-11-22 at 07:30 UTC.
"""

from __future__ import annotations

import pytest

from claimants import (
    RU_MIL,
    RU_OFF,
    UA_MIL,
    UA_OFF,
    WIRE,
    WireRow,
    wire,
    wire_misses,
    wire_params,
)
from claimledger.resources import Resources

Row = WireRow
c = wire

WITNESS = (None, "witness")
EXPERT = (None, "expert")
FRI = "2024-11-22"
THU = "2024-11-21"

CASES: list[tuple[str, str, str, list[Row]]] = [
    # --- denials told as an outcome: "casualties were avoided" (ru "жертв удалось избежать"),
    # "the population was not hurt" (ru "население не пострадало"): the guide's "no casualties"
    # and "люди не постраждали" give killed 0 and injured 0; "not injured" gives injured 0 alone
    ("en", "casualties_avoided_governor",
     "Three Ukrainian drones were shot down over the Kursk region overnight, Governor Alexei "
     "Smirnov said. Casualties were avoided, he added.",
     [c("intercepted", "uav", 3, "RU-KRS", RU_OFF, "ua", FRI),
      c("killed", None, 0, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KRS", RU_OFF, "ua")]),
    ("en", "casualties_have_been_avoided_mayor",
     "A Russian missile hit an industrial site in Dnipro on Friday morning. Human casualties have "
     "been avoided, Mayor Borys Filatov said.",
     [c("hit", "missile", 1, "city:Dnipro", UA_OFF, "ru"),
      c("killed", None, 0, "city:Dnipro", UA_OFF, "ru"),
      c("injured", None, 0, "city:Dnipro", UA_OFF, "ru")]),
    ("en", "civilian_population_not_hurt",
     "Russian forces attacked the Odesa region with 12 drones overnight; the civilian population "
     "was not hurt, the regional governor Oleh Kiper said.",
     [c("launched", "uav", 12, "UA-51", UA_OFF, "ru", FRI),
      c("killed", None, 0, "UA-51", UA_OFF, "ru"),
      c("injured", None, 0, "UA-51", UA_OFF, "ru")]),
    ("en", "local_residents_were_not_harmed",
     "Debris of a downed drone fell on a warehouse in the Belgorod region. Local residents were "
     "not harmed, Governor Vyacheslav Gladkov wrote on Telegram.",
     # "a downed drone": one, implied by grammar (ANNOTATION.md)
     [c("intercepted", "uav", 1, "RU-BEL", RU_OFF, "ua"),
      c("killed", None, 0, "RU-BEL", RU_OFF, "ua"),
      c("injured", None, 0, "RU-BEL", RU_OFF, "ua")]),
    ("en", "people_were_not_injured_alone",
     "Two guided bombs struck the outskirts of Zaporizhzhia, regional head Ivan Fedorov said. "
     "People were not injured.",
     [c("hit", "guided_bomb", 2, "city:Zaporizhzhia", UA_OFF, "ru"),
      # the regional head's denial is of his region (ANNOTATION.md: a governor's denial)
      c("injured", None, 0, "UA-23", UA_OFF, "ru")]),
    # a warning is no denial: "to avoid casualties" is advice
    ("en", "to_avoid_casualties_is_advice",
     "Residents of Sumy were urged to stay in shelters to avoid casualties during the alert.",
     []),

    # --- a week's (or a season's) figures told as a span ending now ("in the last week",
    # "over the last month"): a claim of the report with no single date, as "over the past
    # week"; bare "last week" stays the earlier week it names
    ("en", "last_week_of_winter_alone",
     "President Volodymyr Zelensky said that in the last week of winter alone, more than 1,100 "
     "attack drones, nearly 800 guided aerial bombs and 45 missiles were used against Ukraine.",
     [c("launched", "uav", 1100, "UA", UA_OFF, "ru"),
      c("launched", "guided_bomb", 800, "UA", UA_OFF, "ru"),
      c("launched", "missile", 45, "UA", UA_OFF, "ru")]),
    ("en", "during_the_last_week_air_force",
     "During the last week, Russia launched 640 Shahed drones at Ukraine, of which air defences "
     "destroyed 510, the Ukrainian Air Force said.",
     [c("launched", "uav", 640, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 510, "UA", UA_MIL, "ru")]),
    ("en", "over_the_last_month_president",
     "Over the last month, the enemy used about 2,300 guided bombs against the Kharkiv region, "
     "Zelensky said in his evening address.",
     [c("launched", "guided_bomb", 2300, "UA-63", UA_OFF, "ru")]),
    ("en", "this_week_alone_summary",
     "This week alone, Russia has launched more than 1,200 attack drones and nearly 40 missiles "
     "against Ukraine, Zelensky said.",
     [c("launched", "uav", 1200, "UA", UA_OFF, "ru"),
      c("launched", "missile", 40, "UA", UA_OFF, "ru")]),
    ("en", "bare_last_week_is_history",
     "Last week, Russia launched 90 drones at Kyiv, the air force said.",
     []),

    # --- the whole told after its part with no weapon of its own ("16 of the 36 launched"):
    # launched 36 and intercepted 16 (ANNOTATION.md "28 of 31 drones"), the 36 not downed too
    ("en", "n_of_the_m_launched_after_a_salvo",
     "Russia fired missiles at Ukraine overnight. Air defences shot down 21 of the 30 launched, "
     "the air force said.",
     [c("launched", "missile", 30, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "missile", 21, "UA", UA_MIL, "ru", FRI)]),
    ("en", "n_of_the_m_fired_drones",
     "Russia attacked Ukraine with drones overnight. Ukraine's air force said 44 of the 52 fired "
     "were destroyed.",
     [c("launched", "uav", 52, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 44, "UA", UA_MIL, "ru", FRI)]),
    ("en", "n_out_of_the_m_launched",
     "The air force said Russian forces sent drones toward Ukraine overnight, downing 19 out of "
     "the 25 launched.",
     [c("launched", "uav", 25, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 19, "UA", UA_MIL, "ru", FRI)]),
    # the twins: Russian and Ukrainian read the same constructions already
    ("ru", "ru_n_of_the_m_launched_twin",
     "Россия ночью атаковала Украину ракетами. ПВО сбили 21 из 30 выпущенных, сообщили в "
     "Воздушных силах ВСУ.",
     [c("launched", "missile", 30, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "missile", 21, "UA", UA_MIL, "ru", FRI)]),
    ("uk", "uk_population_not_hurt_twin",
     "Ворог атакував Одещину 12 дронами. Цивільне населення не постраждало, повідомив Олег "
     "Кіпер.",
     [c("launched", "uav", 12, "UA-51", UA_OFF, "ru", FRI),
      c("killed", None, 0, "UA-51", UA_OFF, "ru"),
      c("injured", None, 0, "UA-51", UA_OFF, "ru")]),

    # --- hits counted as nouns, their weapon named by the attack before them ("during the
    # missile attack ..., five hits were recorded": ru "ракетной атаки ... пять попаданий")
    ("en", "hits_of_a_missile_attack_mayor",
     "During a massive missile attack on Kharkiv, four hits were recorded in the city, Mayor "
     "Ihor Terekhov said.",
     [c("hit", "missile", 4, "city:Kharkiv", UA_OFF, "ru")]),
    ("en", "hits_of_a_drone_attack_governor",
     "Russia launched a drone attack on Odesa overnight; three hits were recorded in Odesa, the "
     "regional governor Oleh Kiper said.",
     [c("hit", "uav", 3, "city:Odesa", UA_OFF, "ru")]),
    ("en", "hits_after_a_drone_attack_outlet",
     "Six hits were recorded in Nikopol during a drone attack on Friday.",
     [c("hit", "uav", 6, "city:Nikopol", WIRE, "ru")]),

    # --- a strike "carried out with" a weapon (ru "удар нанесен ракетой", uk "завдано"): the
    # weapons launched
    ("en", "attack_carried_out_with_missiles",
     "The attack on Sumy was carried out with two Iskander-M missiles, the regional military "
     "administration said.",
     [c("launched", "ballistic_missile", 2, "city:Sumy", UA_OFF, "ru")]),
    ("en", "strike_conducted_with_drones",
     "The overnight attack on Odesa was conducted with 40 Shahed drones, the air force said.",
     [c("launched", "uav", 40, "city:Odesa", UA_MIL, "ru", FRI)]),
    ("en", "carried_out_with_helicopters_no_weapon",
     "Search operations were carried out with two helicopters near Sumy.",
     []),

    # --- speakers that are groups of people: residents are witnesses, analysts experts, of no
    # side the words tell (ANNOTATION.md claimant_kind; claimant_side null when unknown)
    ("en", "local_residents_said",
     "Air defences shot down three drones over Tula overnight, local residents said.",
     [c("intercepted", "uav", 3, "city:Tula", WITNESS, "ua", FRI)]),
    ("en", "according_to_military_analysts",
     "According to military analysts, Russia fired about 70 missiles at Ukraine on Friday.",
     [c("launched", "missile", 70, "UA", EXPERT, "ru", FRI)]),
    # one analyst named with his description: an expert of the side his country's adjective
    # names, not the armed forces that adjective and "military" would make him
    ("en", "military_analyst_named_before",
     "Ukrainian military analyst Oleh Zhdanov said Russia launched 40 drones at Odesa overnight.",
     [c("launched", "uav", 40, "city:Odesa", ("ua", "expert"), "ru", FRI)]),
    ("en", "military_expert_described_after",
     "Igor Korotchenko, a Russian military expert, said Ukraine fired 12 missiles at Crimea on "
     "Friday.",
     [c("launched", "missile", 12, "UA-43", ("ru", "expert"), "ua", FRI)]),
    ("en", "defense_analysts_said",
     "Defense analysts said Ukraine launched more than 100 drones at Russia overnight.",
     [c("launched", "uav", 100, "RU", EXPERT, "ua", FRI)]),
    # --- "the air force said" with no country: the side opposed to the attacker, which a
    # passive's agent after the weapons names ("drones launched by Russia"; ru "запущенных
    # Россией", uk "запущених Росією" read already)
    ("en", "launched_by_russia_the_air_force",
     "Air defences destroyed 30 of 41 drones launched by Russia overnight, the air force said on "
     "Telegram.",
     [c("launched", "uav", 41, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 30, "UA", UA_MIL, "ru", FRI)]),
    ("en", "fired_by_russia_the_military",
     "Ukrainian forces shot down 11 missiles fired by Russia on Friday morning, the military "
     "said.",
     [c("intercepted", "missile", 11, "UA", UA_MIL, "ru", FRI)]),
    ("en", "launched_by_ukraine_the_defence_ministry",
     "Air defence units intercepted 17 drones launched by Ukraine overnight, the defence ministry "
     "said in a statement on Telegram.",
     [c("intercepted", "uav", 17, "RU", RU_MIL, "ua", FRI)]),
    ("uk", "uk_launched_by_russia_twin",
     "Сили ППО знищили 30 із 41 запущених Росією дронів, повідомили в Повітряних силах.",
     [c("launched", "uav", 41, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 30, "UA", UA_MIL, "ru", FRI)]),
    # --- "destroyed all the drones" with no number: the one count just told, downed
    # (ANNOTATION.md "shot down all 27"; ru "уничтожили все дроны" read already)
    ("en", "destroyed_all_the_drones_mayor",
     "Russia attacked Kharkiv with 14 Shahed drones overnight. Air defences destroyed all the "
     "drones, Mayor Ihor Terekhov said.",
     [c("launched", "uav", 14, "city:Kharkiv", UA_OFF, "ru", FRI),
      c("intercepted", "uav", 14, "city:Kharkiv", UA_OFF, "ru", FRI)]),
    ("en", "shot_down_all_of_the_drones_governor",
     "Ukraine launched nine drones at the Bryansk region overnight. Russian air defences shot "
     "down all of the drones, Governor Alexander Bogomaz said.",
     [c("launched", "uav", 9, "RU-BRY", RU_OFF, "ua", FRI),
      c("intercepted", "uav", 9, "RU-BRY", RU_OFF, "ua", FRI)]),
    ("en", "intercepted_all_the_missiles_at_least",
     "At least 20 missiles were fired at Lviv on Friday. Air defence units intercepted all the "
     "missiles, Mayor Andriy Sadovyi said.",
     [c("launched", "missile", 20, "city:Lviv", UA_OFF, "ru", FRI),
      c("intercepted", "missile", 20, "city:Lviv", UA_OFF, "ru", FRI)]),
    ("en", "all_twelve_is_counted_once",
     "Air defences shot down all 12 drones over Kursk overnight, the governor said.",
     [c("intercepted", "uav", 12, "city:Kursk", RU_OFF, "ua", FRI)]),
    ("ru", "ru_destroyed_all_the_drones_twin",
     "Россия атаковала Харьков 14 дронами. ПВО уничтожили все дроны, сообщил мэр Игорь Терехов.",
     [c("launched", "uav", 14, "city:Kharkiv", UA_OFF, "ru", FRI),
      c("intercepted", "uav", 14, "city:Kharkiv", UA_OFF, "ru", FRI)]),
    # --- weapons that destroyed something: the subject of an active "destroyed" with a thing
    # after it struck it (ANNOTATION.md hit: reached a target), it was not downed; a defender
    # after the verb (ru "28 дронов уничтожили средства ПВО") or a passive stays a downing
    ("en", "missiles_destroyed_a_warehouse",
     "Two Russian missiles destroyed a warehouse in Odesa on Friday, the regional governor Oleh "
     "Kiper said.",
     [c("hit", "missile", 2, "city:Odesa", UA_OFF, "ru", FRI)]),
    ("en", "a_drone_destroyed_a_car",
     "A Ukrainian drone destroyed a car near Shebekino, Governor Vyacheslav Gladkov said.",
     [c("hit", "uav", 1, "city:Shebekino", RU_OFF, "ua", FRI)]),
    ("en", "shaheds_destroyed_an_energy_facility",
     "Three Shahed drones destroyed an energy facility in the Kyiv region overnight, Ukrainian "
     "officials said.",
     [c("hit", "uav", 3, "UA-32", UA_OFF, "ru", FRI)]),
    ("en", "headline_passive_destroyed_stays_downed",
     "Fourteen Ukrainian drones destroyed over the Kursk region, the defence ministry said.",
     [c("intercepted", "uav", 14, "RU-KRS", RU_MIL, "ua", FRI)]),
    ("ru", "ru_missiles_destroyed_a_warehouse_twin",
     "Две российские ракеты уничтожили склад в Одессе, сообщил Олег Кипер.",
     [c("hit", "missile", 2, "city:Odesa", UA_OFF, "ru", FRI)]),
    ("ru", "ru_object_first_air_defence_after",
     "Над Курской областью 28 украинских беспилотников уничтожили дежурные средства ПВО, "
     "сообщили в Минобороны России.",
     [c("intercepted", "uav", 28, "RU-KRS", RU_MIL, "ua", FRI)]),
    ("uk", "uk_missiles_destroyed_a_warehouse_twin",
     "Дві російські ракети знищили склад в Одесі, повідомив Олег Кіпер.",
     [c("hit", "missile", 2, "city:Odesa", UA_OFF, "ru", FRI)]),
    # --- a side that downs in one clause defends in the next: "Ukrainian forces downed 30
    # drones, while 20 others disappeared from radar" (the 20 are Russia's drones, over Ukraine)
    ("en", "downed_while_others_disappeared",
     "Ukrainian forces downed 30 drones overnight, while 20 others disappeared from radar, the "
     "Air Force said.",
     [c("intercepted", "uav", 30, "UA", UA_MIL, "ru", FRI),
      c("suppressed", "uav", 20, "UA", UA_MIL, "ru", FRI)]),
    ("en", "destroyed_and_more_suppressed",
     "Russian forces destroyed 12 drones overnight, and five more were suppressed by electronic "
     "warfare, the defence ministry said.",
     [c("intercepted", "uav", 12, "RU", RU_MIL, "ua", FRI),
      c("suppressed", "uav", 5, "RU", RU_MIL, "ua", FRI)]),
    ("en", "shot_down_while_locally_lost",
     "Ukraine shot down 40 drones overnight, while 25 were locally lost, the air force said.",
     [c("intercepted", "uav", 40, "UA", UA_MIL, "ru", FRI),
      c("suppressed", "uav", 25, "UA", UA_MIL, "ru", FRI)]),
    ("en", "launched_then_downed_stays_the_attacker",
     "Russia launched 50 drones overnight, while air defences downed 38, the air force said.",
     [c("launched", "uav", 50, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 38, "UA", UA_MIL, "ru", FRI)]),
    ("uk", "uk_downed_then_locally_lost_twin",
     "Українські сили збили 30 дронів, ще 20 локаційно втрачені, повідомили в Повітряних силах.",
     [c("intercepted", "uav", 30, "UA", UA_MIL, "ru", FRI),
      c("suppressed", "uav", 20, "UA", UA_MIL, "ru", FRI)]),
    # --- "the drone hit ...": one weapon, implied by grammar (ANNOTATION.md "a drone was shot
    # down" = 1), told with the definite article after an attack named without a count
    ("en", "the_drone_struck_a_house",
     "A Russian drone attack killed a man in the Sumy region overnight, the regional "
     "administration said. The drone struck a private house in Konotop.",
     [c("killed", None, 1, "UA-59", UA_OFF, "ru"),
      c("hit", "uav", 1, "city:Konotop", UA_OFF, "ru")]),
    ("en", "the_missile_hit_an_apartment_block",
     "Ukraine launched a missile at Belgorod on Friday, Governor Vyacheslav Gladkov said. The "
     "missile hit an apartment block.",
     [c("launched", "missile", 1, "city:Belgorod", RU_OFF, "ua", FRI),
      c("hit", "missile", 1, "city:Belgorod", RU_OFF, "ua", FRI)]),
    ("en", "the_drone_crashed_into_a_warehouse",
     "Air raid sirens sounded in Kherson overnight. The drone crashed into a school in Kherson, "
     "the city military administration said.",
     [c("hit", "uav", 1, "city:Kherson", UA_OFF, "ru")]),
    ("en", "the_drone_attack_is_no_count",
     "The drone attack on Kyiv lasted five hours, the city administration said.",
     []),
    # --- attribution across paragraphs: "He later claimed ..." opening a paragraph is the
    # speaker named paragraphs above (ru.toml, uk.toml back_over_paragraphs)
    ("en", "he_later_claimed_over_a_quote",
     "Wagner chief Yevgeny Prigozhin said his fighters had reached Rostov.\n\n"
     "\"Nobody will stop us,\" he said in a video.\n\n"
     "He later claimed his troops had shot down a Russian military helicopter near Rostov.",
     [c("intercepted", "helicopter", 1, "city:Rostov-on-Don", RU_MIL, "ru", FRI)]),
    ("en", "he_said_a_paragraph_on_mayor",
     "Kharkiv Mayor Ihor Terekhov spoke to reporters at the scene on Friday.\n\n"
     "He said a guided bomb had struck a residential building, injuring four people.",
     [c("hit", "guided_bomb", 1, "city:Kharkiv", UA_OFF, "ru", FRI),
      c("injured", None, 4, "city:Kharkiv", UA_OFF, "ru", FRI)]),
    ("en", "he_added_a_paragraph_on_spokesman",
     "Air Force spokesman Yuriy Ihnat spoke on national television on Friday morning.\n\n"
     "He added that 24 of the 30 drones Russia launched overnight had been shot down.",
     [c("launched", "uav", 30, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 24, "UA", UA_MIL, "ru", FRI)]),
    # --- a state that acts in a lead with no count ("Russia launched a massive attack
    # overnight") is the attacker, not the place of the figures after it: the air force's
    # downings are over the other country; a passive ("Kyiv was attacked") keeps the place
    ("en", "russia_launched_a_massive_attack_the_air_force",
     "Russia launched a massive attack overnight. Air defences shot down 30 drones, the air "
     "force said.",
     [c("intercepted", "uav", 30, "UA", UA_MIL, "ru", FRI)]),
    ("en", "russia_has_launched_the_air_force_said",
     "Russia has launched another large-scale attack, officials said. The air force said 40 "
     "drones were destroyed overnight.",
     [c("intercepted", "uav", 40, "UA", UA_MIL, "ru", FRI)]),
    ("en", "ukraine_launched_a_wave_the_defence_ministry",
     "Ukraine launched a wave of drone attacks overnight. Air defences destroyed 25 drones, the "
     "defence ministry said.",
     [c("intercepted", "uav", 25, "RU", RU_MIL, "ua", FRI)]),
    ("en", "kyiv_was_attacked_keeps_the_place",
     "Kyiv was attacked overnight. Air defences shot down 12 drones over the city, Mayor Vitali "
     "Klitschko said.",
     [c("intercepted", "uav", 12, "UA-30", UA_OFF, "ru", FRI)]),
    # --- an ability told as done ("were able to intercept"): a report, not a forecast (ru
    # "смогли сбить" is read already); "will be able to" stays a forecast
    ("en", "were_able_to_intercept_n_out_of_m",
     "Air defences were able to intercept 16 out of 36 missiles launched by Russia, the air "
     "force said.",
     [c("launched", "missile", 36, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "missile", 16, "UA", UA_MIL, "ru", FRI)]),
    ("en", "were_able_to_shoot_down_of_the",
     "Ukrainian forces were able to shoot down 40 of the 52 drones Russia launched overnight, "
     "the military said.",
     [c("launched", "uav", 52, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru", FRI)]),
    ("en", "was_able_to_destroy_governor",
     "Russian air defence was able to destroy 12 drones over the Bryansk region, Governor "
     "Alexander Bogomaz said.",
     [c("intercepted", "uav", 12, "RU-BRY", RU_OFF, "ua", FRI)]),
    ("en", "will_be_able_to_is_a_forecast",
     "Ukraine will be able to shoot down 90 Russian missiles a night once new systems arrive, "
     "the air force said.",
     []),
    # --- "it was intercepted" after one weapon told: that weapon, downed (uk.toml "її збили",
    # ru.toml "ее сбили"); "it was destroyed" may be the building it hit, not read
    ("en", "it_was_intercepted_from_yemen",
     "Sirens sounded in Tel Aviv after a missile was launched from Yemen; it was intercepted by "
     "Israeli air defences, the military said.",
     [c("launched", "missile", 1, "IL", ("other", "military"), "other", FRI),
      c("intercepted", "missile", 1, "IL", ("other", "military"), "other", FRI)]),
    ("en", "it_was_shot_down_odesa",
     "Russia launched a ballistic missile at Odesa on Friday. It was shot down, the air force "
     "said.",
     [c("launched", "ballistic_missile", 1, "city:Odesa", UA_MIL, "ru", FRI),
      c("intercepted", "ballistic_missile", 1, "city:Odesa", UA_MIL, "ru", FRI)]),
    ("en", "it_was_downed_belgorod",
     "Ukraine fired a missile at Belgorod overnight, and it was downed by air defence, Governor "
     "Vyacheslav Gladkov said.",
     [c("launched", "missile", 1, "city:Belgorod", RU_OFF, "ua", FRI),
      c("intercepted", "missile", 1, "city:Belgorod", RU_OFF, "ua", FRI)]),
    ("en", "it_was_destroyed_is_the_building",
     "A missile hit a five-storey building in Sumy. It was destroyed, the regional "
     "administration said.",
     [c("hit", "missile", 1, "city:Sumy", UA_OFF, "ru")]),
    # --- the office that names the speaker: "Ukrainian President <a spelling the registry
    # lacks>" is still the Ukrainian president (uk.toml "президент України")
    ("en", "ukrainian_president_unknown_spelling",
     "Ukrainian President Volodymyr Zelenskij said Russia launched 120 drones and 40 missiles at "
     "Ukraine overnight.",
     [c("launched", "uav", 120, "UA", UA_OFF, "ru", FRI),
      c("launched", "missile", 40, "UA", UA_OFF, "ru", FRI)]),
]

# Rows the rules do not read yet, each with the reason (strict: a fix shows as a pass).
XFAIL: dict[str, str] = {
    # tried: every verb of hitting after "the drone" (crash, fall, land): dev fold a en gained a
    # false claim on a text with none ("the drone crashed into the Black Sea", a drone lost);
    # only "hit" and "struck", which name a target reached, are read
    "the_drone_crashed_into_a_warehouse": "'the drone crashed into' is not read as one hit",
    # tried: back_over_paragraphs = true in en.toml ("He said" opening a paragraph is the
    # speaker named paragraphs above, as ru.toml and uk.toml): dev fold a en claimant .975 ->
    # .984 (F1 .868 either way), but fold b en claimant fell .911 -> .889 and location .890 ->
    # .880 (English names people who are not speakers between); dropped
    # he_later_claimed_over_a_quote, he_added_a_paragraph_on_spokesman: pass since round 13
    # (a person's pronoun reaches the last person who spoke or opened a sentence)
    # the rule reads the downing; its place is the air force's country (UA), as every downing
    # the Ukrainian Air Force tells with no place of its own is read (an earlier round's
    # convention for its summaries), not the Odesa its launch was aimed at
    "it_was_shot_down_odesa": "the air force's restated downing lies over UA, not Odesa",
}
PARAMS = wire_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "name", "text", "expected"), PARAMS)
def test_round12_en(lang: str, name: str, text: str, expected: list[Row],
                    resources: Resources) -> None:
    assert wire_misses(resources, lang, text, expected) == ([], [])
