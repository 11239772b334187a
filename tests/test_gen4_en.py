"""Generalization round 4, English helper: attribution across sentences, casualty counts and
their Russian and Ukrainian twins, one table for the one core.

Every sentence is written for this table; the expectations were written from eval/ANNOTATION.md
before the extractor read the sentence. A row is (action, weapon, quantity, location,
claimant_side, claimant_kind, attacker_side, date); date None is not checked. Reports are
published by "Example Wire" on Friday 2024-11-22 at 07:30 UTC."""

from __future__ import annotations

import pytest

from claimants import (
    OTHER_MIL,
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


CASES: list[tuple[str, str, str, list[Row]]] = [
    # --- a part of the count before, told by a speaker who opens the sentence or names the
    # weapons again ("40 of the drones"): the whole before is that speaker's too -------------
    ("en", "speaker_first_part_of_them",
     "Russia attacked Ukraine with 90 drones overnight. The Ukrainian air force said 70 of "
     "them were shot down.",
     [c("launched", "uav", 90, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 70, "UA", UA_MIL, "ru")]),
    ("en", "part_of_the_drones_on_telegram",
     "Russia launched 55 drones and four missiles at Ukraine overnight. Air defences shot down "
     "40 of the drones, the air force said on Telegram.",
     [c("launched", "uav", 55, "UA", UA_MIL, "ru"),
      c("launched", "missile", 4, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    ("en", "speaker_said_that_part_of_the_missiles",
     "Russia fired 30 missiles at Ukraine's energy grid overnight.\n\nThe air force said on "
     "Telegram that 25 of the missiles were intercepted.",
     [c("launched", "missile", 30, "UA", UA_MIL, "ru"),
      c("intercepted", "missile", 25, "UA", UA_MIL, "ru")]),
    ("en", "speaker_first_without_part_keeps_outlet",
     "Russia attacked Ukraine with 90 drones overnight. The Ukrainian air force said air "
     "defences were active in the Kyiv region.",
     [c("launched", "uav", 90, "UA", WIRE, "ru")]),
    ("ru", "ru_speaker_first_part_of_them",
     "Ночью Россия атаковала Украину 90 беспилотниками. В Воздушных силах ВСУ сообщили, что "
     "70 из них были сбиты.",
     [c("launched", "uav", 90, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 70, "UA", UA_MIL, "ru")]),
    ("uk", "uk_speaker_first_part_of_them",
     "Уночі Росія атакувала Україну 90 дронами. У Повітряних силах повідомили, що 70 з них "
     "збили.",
     [c("launched", "uav", 90, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 70, "UA", UA_MIL, "ru")]),
    ("ru", "ru_part_of_these_drones",
     "Ночью Украина атаковала российские регионы 40 беспилотниками. Из этих "
     "дронов 35 уничтожены, сообщило Минобороны России.",
     [c("launched", "uav", 40, "RU", RU_MIL, "ua"),
      c("intercepted", "uav", 35, "RU", RU_MIL, "ua")]),
    # --- one victim with an age before the noun, the object of an active verb ----------------
    ("en", "killed_an_aged_man",
     "A Russian drone attack on Kherson killed a 60-year-old man, Governor Oleksandr Prokudin "
     "said.",
     [c("killed", None, 1, "city:Kherson", UA_OFF, "ru")]),
    ("en", "injuring_an_aged_girl",
     "Russian guided bombs struck Kharkiv, injuring a 12-year-old girl, Mayor Ihor Terekhov "
     "said.",
     [c("injured", None, 1, "city:Kharkiv", UA_OFF, "ru")]),
    ("en", "age_passive_stays",
     "A 45-year-old woman was injured when a drone struck a house in the Belgorod region, "
     "Governor Vyacheslav Gladkov said.",
     [c("injured", None, 1, "RU-BEL", RU_OFF, "ua"),
      c("hit", "uav", 1, "RU-BEL", RU_OFF, "ua")]),
    ("ru", "ru_killed_an_aged_man",
     "В результате атаки российских беспилотников на Херсон погиб 60-летний мужчина, сообщил "
     "губернатор Александр Прокудин.",
     [c("killed", None, 1, "city:Kherson", UA_OFF, "ru")]),
    ("uk", "uk_killed_an_aged_man",
     "Унаслідок атаки російських дронів на Херсон загинув 60-річний чоловік, повідомив "
     "очільник ОВА Олександр Прокудін.",
     [c("killed", None, 1, "city:Kherson", UA_OFF, "ru")]),
    # --- people in hospital are injured ("were in hospital", "находятся в больнице") --------
    ("en", "people_in_hospital_are_injured",
     "Three people were in hospital after a drone attack on Kyiv, Mayor Vitali Klitschko said.",
     [c("injured", None, 3, "UA-30", UA_OFF, "ru")]),
    ("en", "remain_in_the_hospital",
     "Two people remain in the hospital after Russian drones struck a house in the Sumy "
     "region, the regional administration said.",
     [c("injured", None, 2, "UA-59", UA_OFF, "ru")]),
    ("en", "died_in_hospital_is_killed",
     "Two people died in hospital after a Russian missile struck Dnipro, Governor Serhiy "
     "Lysak said.",
     [c("killed", None, 2, "city:Dnipro", UA_OFF, "ru"),
      c("hit", "missile", 1, "city:Dnipro", UA_OFF, "ru")]),
    ("ru", "ru_people_in_hospital_are_injured",
     "После атаки беспилотников на Белгород три человека находятся в больнице, сообщил "
     "губернатор Вячеслав Гладков.",
     [c("injured", None, 3, "city:Belgorod", RU_OFF, "ua")]),
    ("uk", "uk_people_in_hospital_are_injured",
     "Після атаки дронів на Київ троє людей перебувають у лікарні, повідомив міський голова "
     "Віталій Кличко.",
     [c("injured", None, 3, "UA-30", UA_OFF, "ru")]),
    # --- "As reported, ...": the outlet's own earlier report, and the sentences after it in
    # its paragraph, are the outlet's voice, not the official the report quotes --------------
    ("en", "after_as_reported_stays_outlet",
     "Mayor Ihor Terekhov said a drone struck the Kyivskyi district.\n\nAs reported, a guided "
     "bomb hit a supermarket in Kharkiv earlier in the day. Two people were injured.",
     [c("hit", "uav", 1, "city:Kharkiv", UA_OFF, "ru"),
      c("hit", "guided_bomb", 1, "city:Kharkiv", WIRE, "ru"),
      c("injured", None, 2, "city:Kharkiv", WIRE, "ru")]),
    ("ru", "ru_after_as_reported_stays_outlet",
     "Мэр Игорь Терехов сообщил, что беспилотник попал в Киевский район Харькова.\n\nКак "
     "сообщалось, ранее днем управляемая авиабомба попала в супермаркет в Харькове. "
     "Пострадали два человека.",
     [c("hit", "uav", 1, "city:Kharkiv", UA_OFF, "ru"),
      c("hit", "guided_bomb", 1, "city:Kharkiv", WIRE, "ru"),
      c("injured", None, 2, "city:Kharkiv", WIRE, "ru")]),
    ("uk", "uk_after_as_reported_stays_outlet",
     "Міський голова Ігор Терехов повідомив, що дрон влучив у Київський район Харкова.\n\nЯк "
     "повідомлялося, раніше вдень керована авіабомба влучила в супермаркет у Харкові. "
     "Постраждали двоє людей.",
     [c("hit", "uav", 1, "city:Kharkiv", UA_OFF, "ru"),
      c("hit", "guided_bomb", 1, "city:Kharkiv", WIRE, "ru"),
      c("injured", None, 2, "city:Kharkiv", WIRE, "ru")]),
    # --- who attacks where casualties are told: the enemy of the side whose official counts
    # them (a Russian-installed governor's dead in occupied Ukraine were Ukraine's attack), and
    # a country named as the speaker's own ("Ukraine's Interior Minister") acts in nothing ----
    ("en", "installed_governor_casualties_ukraine_attacked",
     "Yevgeny Balitsky, the Russian-installed governor, said a drone attack killed two people "
     "in the Zaporizhzhia region.",
     [c("killed", None, 2, "UA-23", RU_OFF, "ua")]),
    ("en", "country_of_the_speaker_is_no_attacker",
     "Ukraine's Interior Minister Ihor Klymenko said three people were killed in the missile "
     "strike on Odesa.",
     [c("killed", None, 3, "city:Odesa", UA_OFF, "ru")]),
    ("en", "russia_s_attack_still_acts",
     "Russia's missile attack on Odesa killed three people, Governor Oleh Kiper said.",
     [c("killed", None, 3, "city:Odesa", UA_OFF, "ru")]),
    ("ru", "ru_installed_governor_casualties_ukraine_attacked",
     "Губернатор Евгений Балицкий сообщил, что в результате атаки дронов в Запорожской "
     "области погибли два человека.",
     [c("killed", None, 2, "UA-23", RU_OFF, "ua")]),
    ("uk", "uk_country_of_the_speaker_is_no_attacker",
     "Міністр внутрішніх справ України Ігор Клименко повідомив, що внаслідок ракетного удару "
     "по Одесі загинули троє людей.",
     [c("killed", None, 3, "city:Odesa", UA_OFF, "ru")]),
    # --- a count whose own verb is one of motion beside a downing: where the rest went ------
    ("en", "rest_flew_toward_belarus",
     "Ukraine's air force said 55 drones were downed, 30 were lost to electronic warfare, and "
     "five flew toward Belarus.",
     [c("intercepted", "uav", 55, "UA", UA_MIL, "ru"),
      c("suppressed", "uav", 30, "UA", UA_MIL, "ru")]),
    ("en", "others_flew_on_no_count",
     "Ukraine's air force said 55 drones were downed and 12 others flew on towards the border.",
     [c("intercepted", "uav", 55, "UA", UA_MIL, "ru")]),
    ("ru", "ru_rest_flew_toward_belarus",
     "Воздушные силы ВСУ сообщили, что сбиты 55 дронов, 30 локационно потеряны, еще пять "
     "улетели в сторону Беларуси.",
     [c("intercepted", "uav", 55, "UA", UA_MIL, "ru"),
      c("suppressed", "uav", 30, "UA", UA_MIL, "ru")]),
    ("uk", "uk_rest_flew_toward_belarus",
     "Повітряні сили повідомили, що збито 55 дронів, 30 локаційно втрачені, ще п'ять "
     "полетіли в бік Білорусі.",
     [c("intercepted", "uav", 55, "UA", UA_MIL, "ru"),
      c("suppressed", "uav", 30, "UA", UA_MIL, "ru")]),
    # --- a count of launches is a count of the weapons launched ("20 launches of guided
    # bombs", "20 пусків КАБ"); alone, of the weapon spoken of before ----------------------
    ("en", "launches_of_guided_bombs",
     "Ukraine's air force said it recorded 20 launches of guided aerial bombs on the Sumy "
     "region.",
     [c("launched", "guided_bomb", 20, "UA-59", UA_MIL, "ru")]),
    ("en", "launches_of_the_weapon_before",
     "Air defences destroyed 15 Shahed drones over the Kyiv, Poltava and Cherkasy regions, "
     "Ukraine's air force said. A total of 20 launches were recorded.",
     [c("intercepted", "uav", 15, "UA", UA_MIL, "ru"),
      c("launched", "uav", 20, "UA", UA_MIL, "ru")]),
    ("ru", "ru_launches_of_guided_bombs",
     "Воздушные силы ВСУ сообщили, что зафиксировали 20 пусков управляемых авиабомб по "
     "Сумской области.",
     [c("launched", "guided_bomb", 20, "UA-59", UA_MIL, "ru")]),
    ("uk", "uk_launches_of_guided_bombs",
     "Повітряні сили повідомили, що зафіксували 20 пусків керованих авіабомб по Сумщині.",
     [c("launched", "guided_bomb", 20, "UA-59", UA_MIL, "ru")]),
    ("uk", "uk_launches_of_missiles_recorded",
     "Зафіксовано 12 пусків крилатих ракет, повідомили Повітряні сили.",
     [c("launched", "cruise_missile", 12, "UA", UA_MIL, "ru")]),
    # --- "This was reported by the Air Force." signs the air-war sentence before it and
    # speaks on into the next paragraph --------------------------------------------------------
    ("en", "this_was_reported_speaks_on",
     "At night, air defences destroyed 15 Shahed drones over the Kyiv, Poltava and Cherkasy "
     "regions.\n\nThis was reported by the Ukrainian Air Force.\n\nIn total, Russia launched "
     "20 drones.",
     [c("intercepted", "uav", 15, "UA", UA_MIL, "ru"),
      c("launched", "uav", 20, "UA", UA_MIL, "ru")]),
    ("ru", "ru_this_was_reported_speaks_on",
     "Ночью силы ПВО уничтожили 15 беспилотников над Киевской, Полтавской и Черкасской "
     "областями.\n\nОб этом сообщили в Воздушных силах ВСУ.\n\nВсего Россия запустила 20 "
     "дронов.",
     [c("intercepted", "uav", 15, "UA", UA_MIL, "ru"),
      c("launched", "uav", 20, "UA", UA_MIL, "ru")]),
    ("uk", "uk_this_was_reported_speaks_on",
     "Уночі сили ППО знищили 15 шахедів над Київщиною, Полтавщиною та Черкащиною.\n\nПро це "
     "повідомили в Повітряних силах.\n\nЗагалом Росія запустила 20 дронів.",
     [c("intercepted", "uav", 15, "UA", UA_MIL, "ru"),
      c("launched", "uav", 20, "UA", UA_MIL, "ru")]),
    # --- "..., the air force said on Telegram." at a paragraph's end signs its lead too, as
    # "..., сообщили Воздушные силы" does in Russian and Ukrainian -----------------------------
    ("en", "said_on_telegram_signs_the_lead",
     "Russia launched 80 drones at Ukraine overnight. Air defences downed 60, the air force "
     "said on Telegram.",
     [c("launched", "uav", 80, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 60, "UA", UA_MIL, "ru")]),
    ("en", "said_signs_only_its_paragraph",
     "Russia launched 80 drones at Ukraine overnight.\n\nAir defences downed 60 drones, the "
     "air force said in a statement.",
     [c("launched", "uav", 80, "UA", WIRE, "ru"),
      c("intercepted", "uav", 60, "UA", UA_MIL, "ru")]),
    ("en", "said_stops_at_another_speaker",
     "A drone hit a house in Kharkiv, Mayor Ihor Terekhov said. Air defences downed 60 drones "
     "over Ukraine, the air force said.",
     [c("hit", "uav", 1, "city:Kharkiv", UA_OFF, "ru"),
      c("intercepted", "uav", 60, "UA", UA_MIL, "ru")]),
    ("ru", "ru_said_signs_the_lead",
     "Ночью Россия атаковала Украину 80 дронами. ПВО сбила 60 беспилотников, сообщили "
     "Воздушные силы ВСУ.",
     [c("launched", "uav", 80, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 60, "UA", UA_MIL, "ru")]),
    ("uk", "uk_said_signs_the_lead",
     "Уночі Росія атакувала Україну 80 дронами. ППО збила 60 безпілотників, повідомили "
     "Повітряні сили.",
     [c("launched", "uav", 80, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 60, "UA", UA_MIL, "ru")]),
    # --- "no one was hurt" is "люди не постраждали" (both); "не травмовано", "не ранен" deny
    # injuries alone ----------------------------------------------------------------------------
    ("en", "no_one_was_hurt_denies_both",
     "Drone debris damaged five houses in the Cherkasy region. No one was hurt, Governor Ihor "
     "Taburets said.",
     [c("killed", None, 0, "UA-71", UA_OFF, "ru"),
      c("injured", None, 0, "UA-71", UA_OFF, "ru")]),
    ("en", "nobody_was_injured_denies_injuries",
     "Drone debris damaged five houses in the Cherkasy region. Nobody was injured, Governor "
     "Ihor Taburets said.",
     [c("injured", None, 0, "UA-71", UA_OFF, "ru")]),
    ("ru", "ru_nobody_wounded_denies_injuries",
     "Обломки беспилотника повредили пять домов в Белгородской области. Никто не ранен, "
     "сообщил губернатор Вячеслав Гладков.",
     [c("injured", None, 0, "RU-BEL", RU_OFF, "ua")]),
    ("uk", "uk_people_not_injured_denies_injuries",
     "Уламки дрона пошкодили п'ять будинків на Черкащині. Людей не травмовано, повідомив "
     "очільник ОВА Ігор Табурець.",
     [c("injured", None, 0, "UA-71", UA_OFF, "ru")]),
    ("uk", "uk_nobody_hurt_denies_both",
     "Уламки дрона пошкодили п'ять будинків на Черкащині. Люди не постраждали, повідомив "
     "очільник ОВА Ігор Табурець.",
     [c("killed", None, 0, "UA-71", UA_OFF, "ru"),
      c("injured", None, 0, "UA-71", UA_OFF, "ru")]),
    # --- people named one by one, joined by "and": as many as are named ----------------------
    ("en", "a_man_and_a_woman_were_injured",
     "A man and a woman were injured when a drone hit a house in the Belgorod region, "
     "Governor Vyacheslav Gladkov said.",
     [c("injured", None, 2, "RU-BEL", RU_OFF, "ua"),
      c("hit", "uav", 1, "RU-BEL", RU_OFF, "ua")]),
    ("en", "attack_killed_a_man_and_his_son",
     "A Russian drone attack on Kherson killed a man and his 12-year-old son, Governor "
     "Oleksandr Prokudin said.",
     [c("killed", None, 2, "city:Kherson", UA_OFF, "ru")]),
    ("en", "men_and_women_count_nothing",
     "Men and women were injured when a drone hit a market in Kherson, Governor Oleksandr "
     "Prokudin said.",
     [c("hit", "uav", 1, "city:Kherson", UA_OFF, "ru")]),
    ("ru", "ru_a_man_and_a_woman_were_injured",
     "В результате атаки беспилотников на Белгородскую область пострадали мужчина и женщина, "
     "сообщил губернатор Вячеслав Гладков.",
     [c("injured", None, 2, "RU-BEL", RU_OFF, "ua")]),
    ("uk", "uk_a_man_and_his_son_were_killed",
     "Унаслідок атаки російських дронів на Херсон загинули чоловік і його 12-річний син, "
     "повідомив очільник ОВА Олександр Прокудін.",
     [c("killed", None, 2, "city:Kherson", UA_OFF, "ru")]),
    # --- a prosecutor's office speaks for the place of its claims, as its authorities do -----
    ("en", "regional_prosecutors_office",
     "Three people were injured in a Russian drone attack on Sumy, the regional prosecutor's "
     "office said.",
     [c("injured", None, 3, "city:Sumy", UA_OFF, "ru")]),
    ("ru", "ru_regional_prosecutors_office",
     "В результате атаки российских дронов на Сумы пострадали три человека, сообщили в "
     "областной прокуратуре.",
     [c("injured", None, 3, "city:Sumy", UA_OFF, "ru")]),
    ("uk", "uk_regional_prosecutors_office",
     "Унаслідок атаки російських дронів на Суми постраждали троє людей, повідомили в обласній "
     "прокуратурі.",
     [c("injured", None, 3, "city:Sumy", UA_OFF, "ru")]),
    # --- a possessive's air defence defends in any clause ("Ukraine's air defences had some
    # success, shooting down ...") ------------------------------------------------------------
    ("en", "possessive_defence_other_clause",
     "Ukraine's air defences had some success, shooting down 16 of the 36 missiles launched "
     "on Thursday.",
     [c("intercepted", "missile", 16, "UA", WIRE, "ru"),
      c("launched", "missile", 36, "UA", WIRE, "ru")]),
    ("ru", "ru_possessive_defence_other_clause",
     "ПВО Украины сработала успешно, уничтожив 16 из 36 ракет, выпущенных в четверг.",
     [c("intercepted", "missile", 16, "UA", WIRE, "ru"),
      c("launched", "missile", 36, "UA", WIRE, "ru")]),
    # --- a fleet speaks as its side's military -------------------------------------------------
    ("en", "black_sea_fleet_speaks",
     "Russia's Black Sea Fleet said it destroyed five Ukrainian drones over the Black Sea.",
     [c("intercepted", "uav", 5, "sea:black", RU_MIL, "ua")]),
    ("ru", "ru_black_sea_fleet_speaks",
     "Черноморский флот сообщил, что уничтожил пять украинских беспилотников над Черным морем.",
     [c("intercepted", "uav", 5, "sea:black", RU_MIL, "ua")]),
    ("uk", "uk_black_sea_fleet_speaks",
     "Чорноморський флот РФ заявив, що знищив п'ять українських дронів над Чорним морем.",
     [c("intercepted", "uav", 5, "sea:black", RU_MIL, "ua")]),
    # --- an air defence named by its owner after it defends that owner's country -------------
    ("ru", "ru_defence_of_ukraine",
     "ПВО Украины уничтожила 16 из 36 ракет, выпущенных в четверг.",
     [c("intercepted", "missile", 16, "UA", WIRE, "ru"),
      c("launched", "missile", 36, "UA", WIRE, "ru")]),
    ("uk", "uk_defence_of_russia",
     "ППО Росії знищила 16 українських дронів.",
     [c("intercepted", "uav", 16, "RU", WIRE, "ua")]),
    ("en", "air_defences_of_ukraine",
     "The air defences of Ukraine destroyed 16 of the 36 missiles.",
     [c("intercepted", "missile", 16, "UA", WIRE, "ru"),
      c("launched", "missile", 36, "UA", WIRE, "ru")]),
    # --- unnamed sources: a side's adjective or the body they sit in gives their side --------
    ("en", "russian_security_source_told",
     "Twenty drones were shot down over the Bryansk region, a Russian security source told "
     "Reuters.",
     [c("intercepted", "uav", 20, "RU-BRY", ("ru", "anonymous"), "ua")]),
    ("en", "source_in_the_sbu",
     "Thirteen drones struck a chemical plant in the Tula region, a source in the SBU told "
     "Reuters.",
     [c("hit", "uav", 13, "RU-TUL", ("ua", "anonymous"), "ua")]),
    ("en", "sbu_sources_said",
     "Thirteen drones struck a chemical plant in the Tula region, SBU sources said.",
     [c("hit", "uav", 13, "RU-TUL", ("ua", "anonymous"), "ua")]),
    ("ru", "ru_sources_in_ukrainian_service",
     "По сведениям источников в украинской спецслужбе, ночью 13 беспилотников попали в "
     "химический комбинат в Тульской области.",
     [c("hit", "uav", 13, "RU-TUL", ("ua", "anonymous"), "ua")]),
    ("uk", "uk_sources_in_the_sbu",
     "Джерела в СБУ повідомили, що 13 дронів влучили в хімічний комбінат у Тульській "
     "області.",
     [c("hit", "uav", 13, "RU-TUL", ("ua", "anonymous"), "ua")]),
    # --- "one ..., the other ...": the one left of two is one more -----------------------------
    ("en", "one_downed_the_other_fell",
     "Two drones were launched from Lebanon at northern Israel. One was intercepted and the "
     "other fell in an open area in northern Israel, the IDF said.",
     [c("launched", "uav", 2, "IL", OTHER_MIL, "other"),
      c("intercepted", "uav", 1, "IL", OTHER_MIL, "other"),
      c("hit", "uav", 1, "IL", OTHER_MIL, "other")]),
    ("en", "the_second_without_one_is_nothing",
     "The second phase of the operation began on Friday, the IDF said.", []),
    ("ru", "ru_one_downed_the_other_fell",
     "По северу Израиля из Ливана были запущены два беспилотника. Один перехвачен, другой упал "
     "на открытой местности на севере Израиля, сообщили в ЦАХАЛ.",
     [c("launched", "uav", 2, "IL", OTHER_MIL, "other"),
      c("intercepted", "uav", 1, "IL", OTHER_MIL, "other"),
      c("hit", "uav", 1, "IL", OTHER_MIL, "other")]),
    ("uk", "uk_one_downed_the_other_fell",
     "По півночі Ізраїлю з Лівану запустили два дрони. Один перехопили, другий впав на "
     "відкритій місцевості на півночі Ізраїлю, повідомили в ЦАХАЛ.",
     [c("launched", "uav", 2, "IL", OTHER_MIL, "other"),
      c("intercepted", "uav", 1, "IL", OTHER_MIL, "other"),
      c("hit", "uav", 1, "IL", OTHER_MIL, "other")]),
]

XFAIL: dict[str, str] = {}
PARAMS = wire_params(CASES, XFAIL)



@pytest.mark.parametrize(("lang", "name", "text", "expected"), PARAMS)
def test_gen4_en(lang: str, name: str, text: str, expected: list[Row],
                 resources: Resources) -> None:
    assert wire_misses(resources, lang, text, expected) == ([], [])
