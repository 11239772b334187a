"""Generalization round 3, English helper: constructions found in English news and their Russian
and Ukrainian twins, one table for the one core.

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
FRI, THU, WED = "2024-11-22", "2024-11-21", "2024-11-20"


c = wire


CASES: list[tuple[str, str, str, list[Row]]] = [
    # --- "another": one more of what was counted, the twin of "ещё один" / "ще один" ----------
    ("en", "another_over_second_region",
     "Air defences destroyed one drone over the Bryansk region and another over the Kaluga "
     "region, Russia's defence ministry said.",
     [c("intercepted", "uav", 1, "RU-BRY", RU_MIL, "ua"),
      c("intercepted", "uav", 1, "RU-KLU", RU_MIL, "ua")]),
    ("en", "killed_one_wounded_another",
     "A Russian drone attack on a village in the Kharkiv region killed one man and wounded "
     "another, Governor Oleh Syniehubov said.",
     [c("killed", None, 1, "UA-63", UA_OFF, "ru"),
      c("injured", None, 1, "UA-63", UA_OFF, "ru")]),
    ("en", "one_after_another_counts_nothing",
     "Explosions followed one after another in the evening, residents said.", []),
    ("ru", "ru_eshche_odin_over_region",
     "Ночью над Курской областью сбит один беспилотник, еще один — над Белгородской областью, "
     "сообщило Минобороны.",
     [c("intercepted", "uav", 1, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "uav", 1, "RU-BEL", RU_MIL, "ua")]),
    ("uk", "uk_shche_odyn_injured",
     "Унаслідок атаки дронів на Сумщину загинув один чоловік, ще один поранений, повідомив "
     "начальник ОВА Володимир Артюх.",
     [c("killed", None, 1, "UA-59", UA_OFF, "ru"),
      c("injured", None, 1, "UA-59", UA_OFF, "ru")]),
    # --- nights and weekdays: a night is dated by its morning; a bare weekday is a date -------
    ("en", "night_from_thursday_to_friday",
     "Russia's defence ministry said air defences shot down 12 Ukrainian drones over the "
     "Belgorod region during the night from Thursday to Friday.",
     [c("intercepted", "uav", 12, "RU-BEL", RU_MIL, "ua", FRI)]),
    ("en", "on_the_night_of_wednesday_to_thursday",
     "On the night of Wednesday to Thursday, air defences destroyed nine drones over the Kursk "
     "region, the ministry said.",
     [c("intercepted", "uav", 9, "RU-KRS", RU_MIL, "ua", THU)]),
    ("en", "bare_weekday_american_style",
     "U.S. Navy destroyers shot down three Houthi drones over the Red Sea Wednesday, Central "
     "Command said.",
     [c("intercepted", "uav", 3, "sea:red", OTHER_MIL, "other", WED)]),
    ("en", "bare_weekday_of_the_speech_keeps_overnight",
     "Russia launched 40 drones at Ukraine overnight, the air force said Friday.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru", FRI)]),
    ("ru", "ru_night_from_wednesday_to_thursday",
     "В ночь со среды на четверг над Брянской областью уничтожены пять беспилотников, "
     "сообщило Минобороны.",
     [c("intercepted", "uav", 5, "RU-BRY", RU_MIL, "ua", THU)]),
    ("uk", "uk_night_from_wednesday_to_thursday",
     "У ніч із середи на четвер над Одещиною збили сім шахедів, повідомили Повітряні сили.",
     [c("intercepted", "uav", 7, "UA-51", UA_MIL, "ru", THU)]),
    # --- a city's quarter is the city ("the Kyivskyi district of Kharkiv") -----------------
    ("en", "quarter_of_kharkiv_is_the_city",
     "Two glide bombs struck the Slobidskyi district of Kharkiv in the afternoon, Mayor Ihor "
     "Terekhov said.",
     [c("hit", "guided_bomb", 2, "city:Kharkiv", UA_OFF, "ru")]),
    ("en", "possessive_quarter_of_kyiv",
     "Drone debris fell on a house in Kyiv's Darnytskyi district, injuring a woman, Mayor "
     "Vitali Klitschko said on Telegram.",
     [c("injured", None, 1, "UA-30", UA_OFF, "ru")]),
    ("ru", "ru_quarter_of_kharkiv",
     "Две управляемые авиабомбы попали в Слободской район Харькова, сообщил мэр Игорь Терехов.",
     [c("hit", "guided_bomb", 2, "city:Kharkiv", UA_OFF, "ru")]),
    ("uk", "uk_quarter_of_kharkiv",
     "Дві керовані авіабомби влучили у Слобідський район Харкова, повідомив міський голова "
     "Ігор Терехов.",
     [c("hit", "guided_bomb", 2, "city:Kharkiv", UA_OFF, "ru")]),
    # --- a medium after "according to" relays the sentence's own speaker, the origin -------
    ("en", "speaker_said_according_to_outlet",
     "A Russian drone hit a bus in Kherson, injuring five people, the city's military "
     "administration said, according to Suspilne.",
     [c("hit", "uav", 1, "city:Kherson", UA_OFF, "ru"),
      c("injured", None, 5, "city:Kherson", UA_OFF, "ru")]),
    ("ru", "ru_speaker_said_outlet_relays",
     "Российский дрон попал в автобус в Херсоне, пострадали пять человек, сообщил глава "
     "ОВА Александр Прокудин, передает «Суспильне».",
     [c("hit", "uav", 1, "city:Kherson", UA_OFF, "ru"),
      c("injured", None, 5, "city:Kherson", UA_OFF, "ru")]),
    ("uk", "uk_speaker_said_according_to_outlet",
     "Російський дрон влучив в автобус у Херсоні, постраждали п'ятеро людей, повідомив очільник "
     "ОВА Олександр Прокудін, за даними «Суспільного».",
     [c("hit", "uav", 1, "city:Kherson", UA_OFF, "ru"),
      c("injured", None, 5, "city:Kherson", UA_OFF, "ru")]),
    # --- a share in percent: the whole was launched, no part is counted ---------------------
    ("en", "percent_of_whole_is_launched",
     "Ukraine's air force said it had shot down 85 percent of the 60 drones Russia launched "
     "overnight.",
     [c("launched", "uav", 60, "UA", UA_MIL, "ru")]),
    ("ru", "ru_percent_of_whole_is_launched",
     "Воздушные силы ВСУ сообщили, что ПВО сбила 85% из 60 дронов, запущенных Россией ночью.",
     [c("launched", "uav", 60, "UA", UA_MIL, "ru")]),
    ("uk", "uk_percent_of_whole_is_launched",
     "Повітряні сили повідомили, що ППО збила 85 відсотків із 60 дронів, які Росія запустила "
     "вночі.",
     [c("launched", "uav", 60, "UA", UA_MIL, "ru")]),
    # --- "the local administration said, adding that ...": a local body speaks -------------
    ("en", "local_administration_adding",
     "Ukrainian drones attacked the port of Novorossiysk overnight, the local administration "
     "said, adding that two drones were shot down.",
     [c("intercepted", "uav", 2, "city:Novorossiysk", RU_OFF, "ua")]),
    # --- "another" is a further one, not the claim told before -------------------------------
    ("en", "another_drone_is_not_the_first_again",
     "A Hezbollah drone fell in an open area in northern Israel, the IDF said. Minutes later, "
     "another drone fell in an open area in northern Israel.",
     [c("hit", "uav", 1, "IL", OTHER_MIL, "other"),
      c("hit", "uav", 1, "IL", OTHER_MIL, "other")]),
    ("en", "another_told_twice_is_one",
     "Air defences downed one drone over the Kursk region and another over the Oryol region, "
     "the ministry said. Another drone was destroyed over the Oryol region, it said.",
     [c("intercepted", "uav", 1, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "uav", 1, "RU-ORL", RU_MIL, "ua")]),
    # --- an aside between commas keeps a verb and its object together ------------------------
    ("en", "aside_between_verb_and_object",
     "Air defence units destroyed, according to initial reports, 17 drones over the Belgorod "
     "region, the Russian defence ministry said.",
     [c("intercepted", "uav", 17, "RU-BEL", RU_MIL, "ua")]),
    ("en", "aside_adverb_then_single_weapon",
     "Israeli air defences intercepted, moments later, a drone launched from Yemen over the "
     "Eilat area, the military said.",
     [c("intercepted", "uav", 1, "IL", OTHER_MIL, "other")]),
    ("ru", "ru_aside_between_verb_and_object",
     "Средства ПВО уничтожили, по уточненным данным, 17 беспилотников над Белгородской "
     "областью, сообщило Минобороны.",
     [c("intercepted", "uav", 17, "RU-BEL", RU_MIL, "ua")]),
    ("uk", "uk_aside_between_verb_and_object",
     "Сили ППО знешкодили, за уточненими даними, 17 дронів над Сумщиною, повідомили "
     "Повітряні сили.",
     [c("intercepted", "uav", 17, "UA-59", UA_MIL, "ru")]),
    # --- a participle compound before another modifier ("US-supplied long-range") ---------
    ("en", "hyphened_participle_before_adjective",
     "Russian air defences shot down five French-supplied long-range SCALP missiles over "
     "Crimea, the defence ministry said.",
     [c("intercepted", "cruise_missile", 5, "UA-43", RU_MIL, "ua")]),
    ("ru", "ru_supplied_long_range",
     "Средства ПВО сбили пять поставленных Францией дальнобойных ракет SCALP над Крымом, "
     "сообщило Минобороны.",
     [c("intercepted", "cruise_missile", 5, "UA-43", RU_MIL, "ua")]),
    ("uk", "uk_supplied_long_range",
     "Російська ППО збила п'ять наданих Францією далекобійних ракет SCALP над Кримом, "
     "заявили в Міноборони РФ.",
     [c("intercepted", "cruise_missile", 5, "UA-43", RU_MIL, "ua")]),
    # --- two sides' accounts in turn: a military never downs its own side's weapons --------
    ("en", "other_sides_account_after_the_first",
     "Ukraine's air force said it shot down 31 Russian drones over five regions. Moscow, for "
     "its part, reported a Ukrainian drone attack on several regions. Overnight, 58 drones "
     "were destroyed, according to the Russian defence ministry.",
     [c("intercepted", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 58, "RU", RU_MIL, "ua")]),
    ("ru", "ru_other_sides_account_after_the_first",
     "Воздушные силы ВСУ сообщили, что сбили 31 российский дрон над пятью областями. "
     "Минобороны России, в свою очередь, заявило, что за ночь уничтожено 58 беспилотников.",
     [c("intercepted", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 58, "RU", RU_MIL, "ua")]),
    ("uk", "uk_other_sides_account_after_the_first",
     "Повітряні сили повідомили, що збили 31 російський дрон над п'ятьма областями. "
     "Міноборони Росії, своєю чергою, заявило, що вночі знищено 58 безпілотників.",
     [c("intercepted", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 58, "RU", RU_MIL, "ua")]),
    # --- a governor's denial carried to the next sentence is of the governor's region -------
    ("en", "governor_denial_carried_is_region",
     "Air defences destroyed nine drones over the region, Kursk Governor Alexei Smirnov said "
     "on Telegram. There were no casualties.",
     [c("intercepted", "uav", 9, "RU-KRS", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KRS", RU_OFF, "ua")]),
    ("ru", "ru_governor_denial_carried_is_region",
     "Над регионом уничтожены девять беспилотников, сообщил губернатор Курской области "
     "Алексей Смирнов. Пострадавших нет.",
     [c("intercepted", "uav", 9, "RU-KRS", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KRS", RU_OFF, "ua")]),
    ("uk", "uk_governor_denial_carried_is_region",
     "Над областю знищено дев'ять дронів, повідомив очільник Сумської ОВА Володимир Артюх. "
     "Постраждалих немає.",
     [c("intercepted", "uav", 9, "UA-59", UA_OFF, "ru"),
      c("killed", None, 0, "UA-59", UA_OFF, "ru"),
      c("injured", None, 0, "UA-59", UA_OFF, "ru")]),
    # --- a third country's military downing weapons with no place: its own sky -------------
    ("en", "idf_interception_without_place",
     "Israel's military said its air defences intercepted a drone launched from Iraq.",
     [c("intercepted", "uav", 1, "IL", OTHER_MIL, "other")]),
    ("ru", "ru_idf_interception_without_place",
     "ЦАХАЛ сообщил, что его ПВО перехватила беспилотник, запущенный из Ирака.",
     [c("intercepted", "uav", 1, "IL", OTHER_MIL, "other")]),
    ("uk", "uk_idf_interception_without_place",
     "ЦАХАЛ повідомив, що його ППО перехопила безпілотник, запущений з Іраку.",
     [c("intercepted", "uav", 1, "IL", OTHER_MIL, "other")]),
    # --- the day a claim was told dates it where it says no day of its own ------------------
    ("en", "said_on_thursday_dates_the_claim",
     "A drone attack injured three people in the Kursk region, Governor Alexei Smirnov said "
     "on Thursday.",
     [c("injured", None, 3, "RU-KRS", RU_OFF, "ua", THU)]),
    ("ru", "ru_said_on_thursday_dates_the_claim",
     "В результате атаки беспилотников в Курской области пострадали три человека, сообщил в "
     "четверг губернатор Алексей Смирнов.",
     [c("injured", None, 3, "RU-KRS", RU_OFF, "ua", THU)]),
    ("uk", "uk_said_on_thursday_dates_the_claim",
     "Унаслідок атаки дронів на Сумщині постраждали троє людей, повідомив у четвер очільник "
     "ОВА Володимир Артюх.",
     [c("injured", None, 3, "UA-59", UA_OFF, "ru", THU)]),
    # --- "As reported, ...": the report's own earlier reports, its own voice ----------------
    ("en", "as_reported_is_the_outlets_voice",
     "Mayor Ihor Terekhov said two people were injured when a drone struck the Kyivskyi "
     "district.\n\nAs reported, a guided bomb hit a supermarket in Kharkiv earlier in the day.",
     [c("injured", None, 2, "city:Kharkiv", UA_OFF, "ru"),
      c("hit", "uav", 1, "city:Kharkiv", UA_OFF, "ru"),
      c("hit", "guided_bomb", 1, "city:Kharkiv", WIRE, "ru")]),
    # --- a neighbour the weapons headed for is not where they were counted -----------------
    ("en", "headed_for_belarus_is_no_place",
     "Ukraine's air force said 40 drones were shot down over the Kyiv and Zhytomyr regions, "
     "while others flew on towards Belarus.",
     [c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    ("ru", "ru_headed_for_belarus_is_no_place",
     "Воздушные силы ВСУ сообщили, что над Киевской и Житомирской областями сбиты 40 дронов, "
     "остальные улетели в сторону Беларуси.",
     [c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    ("uk", "uk_headed_for_belarus_is_no_place",
     "Повітряні сили повідомили, що над Київщиною та Житомирщиною збито 40 дронів, решта "
     "полетіли в бік Білорусі.",
     [c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    # --- a tally of losses "over the past 24 hours" is no launch over places ----------------
    ("en", "losses_over_past_day_no_launch",
     "Russia lost 940 troops, nine tanks and 56 drones over the past 24 hours, Ukraine's "
     "General Staff said.", []),
    ("ru", "ru_losses_of_the_day_no_launch",
     "За минувшие сутки потери России составили 940 военных, девять танков и 56 "
     "беспилотников, сообщил Генштаб ВСУ.", []),
    ("uk", "uk_losses_of_the_day_no_launch",
     "За минулу добу втрати Росії склали 940 військових, дев'ять танків і 56 безпілотників, "
     "повідомив Генштаб ЗСУ.", []),
    # --- a count in an "if" clause of the present is a condition, no event -----------------
    ("en", "if_clause_is_no_event",
     "If Russia launches 300 drones in one night, air defences will be stretched, analysts "
     "said.", []),
    ("en", "event_before_an_if_clause_stays",
     "Russia launched 300 drones in one night, and if the attacks continue, air defences will "
     "be stretched, Ukraine's air force said.",
     [c("launched", "uav", 300, "UA", UA_MIL, "ru")]),
    ("ru", "ru_if_clause_is_no_event",
     "Если Россия запускает 300 дронов за ночь, ПВО не справляется, считают аналитики.", []),
    ("uk", "uk_if_clause_is_no_event",
     "Якщо Росія запускає 300 дронів за ніч, ППО не справляється, вважають аналітики.", []),
    # --- the next sentence names where the figures come from -------------------------------
    ("en", "figures_come_from_next_sentence",
     "Russia fired 12 cruise missiles at Ukraine overnight. The figures come from Ukraine's "
     "air force.",
     [c("launched", "cruise_missile", 12, "UA", UA_MIL, "ru")]),
    ("en", "numbers_released_by_next_sentence",
     "Air defences destroyed 44 drones over Ukraine overnight. The numbers were released by "
     "the Ukrainian air force on Telegram.",
     [c("intercepted", "uav", 44, "UA", UA_MIL, "ru")]),
    # --- a part "of them" told by a speaker: the whole before is that speaker's too ---------
    ("en", "part_of_them_signs_the_whole_before",
     "Russia attacked Ukraine with 72 drones overnight. Fifty of them were shot down, the "
     "Ukrainian air force said on Telegram.",
     [c("launched", "uav", 72, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru")]),
    ("en", "of_these_signs_the_whole_before",
     "Russia fired 20 missiles at Ukraine overnight.\n\nOf these, 16 were intercepted, "
     "Ukraine's air force said.",
     [c("launched", "missile", 20, "UA", UA_MIL, "ru"),
      c("intercepted", "missile", 16, "UA", UA_MIL, "ru")]),
    ("ru", "ru_part_of_them_signs_the_whole_before",
     "Ночью Россия атаковала Украину 72 беспилотниками. 50 из них были сбиты, заявили в "
     "Воздушных силах ВСУ.",
     [c("launched", "uav", 72, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru")]),
    ("uk", "uk_part_of_them_signs_the_whole_before",
     "Уночі Росія атакувала Україну 72 дронами. 50 з них збили, заявили в Повітряних силах.",
     [c("launched", "uav", 72, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru")]),
    # --- a habit is no event's count ----------------------------------------------------------
    ("en", "habitual_every_night",
     "Every night, Russia sends about 150 drones against Ukrainian cities.", []),
    ("ru", "ru_habitual_every_night",
     "Каждую ночь Россия запускает по Украине около 150 дронов.", []),
    ("uk", "uk_habitual_every_night",
     "Щоночі Росія запускає по Україні близько 150 дронів.", []),
    # --- digits with a word of thousands: "2 тысячи" is 2000, "1 thousand" 1000 ----------------
    ("en", "digits_with_thousand",
     "Ukraine's air force said Russia launched 1 thousand drones and 40 missiles at Ukraine "
     "overnight.",
     [c("launched", "uav", 1000, "UA", UA_MIL, "ru"),
      c("launched", "missile", 40, "UA", UA_MIL, "ru")]),
    ("ru", "ru_digits_with_thousand",
     "Воздушные силы ВСУ сообщили, что за ночь Россия выпустила по Украине 2 тысячи дронов.",
     [c("launched", "uav", 2000, "UA", UA_MIL, "ru")]),
    ("uk", "uk_digits_with_thousand",
     "Повітряні сили повідомили, що за ніч Росія випустила по Україні 2 тисячі дронів.",
     [c("launched", "uav", 2000, "UA", UA_MIL, "ru")]),
    # --- a body named without its country: the one side of the war the report's places name --
    ("en", "air_force_of_the_places_named",
     "Explosions were heard in Odesa overnight. The air force said 37 drones were shot down.",
     [c("intercepted", "uav", 37, "UA", UA_MIL, "ru")]),
    ("ru", "ru_air_force_of_the_places_named",
     "Ночью в Одессе были слышны взрывы. В Воздушных силах сообщили, что сбиты 37 дронов.",
     [c("intercepted", "uav", 37, "UA", UA_MIL, "ru")]),
    ("uk", "uk_air_force_of_the_places_named",
     "Уночі в Одесі було чутно вибухи. У Повітряних силах повідомили, що збито 37 дронів.",
     [c("intercepted", "uav", 37, "UA", UA_MIL, "ru")]),
    # --- "carried out a strike with 40 missiles on Ukrainian facilities": a launch at the
    # country whose facilities were struck (the twin of "нанесли удар 40 ракетами по ...") ----
    ("en", "carried_out_strike_on_side_facilities",
     "Russia's defence ministry said its forces had carried out a massive strike with 40 "
     "long-range missiles on Ukrainian energy facilities overnight.",
     [c("launched", "missile", 40, "UA", RU_MIL, "ru")]),
    ("en", "conducted_attack_against_side_targets",
     "Ukraine conducted an attack with 25 drones against Russian oil facilities overnight, "
     "Ukraine's General Staff said.",
     [c("launched", "uav", 25, "RU", UA_MIL, "ua")]),
    ("ru", "ru_struck_side_facilities",
     "Минобороны России сообщило, что ночью ВС РФ нанесли массированный удар 40 ракетами по "
     "украинским объектам энергетики.",
     [c("launched", "missile", 40, "UA", RU_MIL, "ru")]),
    ("uk", "uk_struck_side_facilities",
     "Міноборони Росії заявило, що вночі російські війська завдали масованого удару 40 "
     "ракетами по українських енергетичних об'єктах.",
     [c("launched", "missile", 40, "UA", RU_MIL, "ru")]),
    # --- "and another in the ... area": a count of a place the gazetteer does not name ------
    ("en", "another_in_unnamed_area",
     "Air defences shot down one drone over the Kursk region and another in the area of the "
     "border crossing, Governor Alexei Smirnov said.",
     [c("intercepted", "uav", 1, "RU-KRS", RU_OFF, "ua"),
      c("intercepted", "uav", 1, "RU-KRS", RU_OFF, "ua")]),
    ("ru", "ru_another_in_unnamed_area",
     "Над Курской областью сбит один беспилотник, еще один — в районе пограничного перехода, "
     "сообщил губернатор Алексей Смирнов.",
     [c("intercepted", "uav", 1, "RU-KRS", RU_OFF, "ua"),
      c("intercepted", "uav", 1, "RU-KRS", RU_OFF, "ua")]),
    ("uk", "uk_another_in_unnamed_area",
     "Над Сумщиною збито один безпілотник і ще один у районі прикордонного переходу, "
     "повідомив очільник ОВА Володимир Артюх.",
     [c("intercepted", "uav", 1, "UA-59", UA_OFF, "ru"),
      c("intercepted", "uav", 1, "UA-59", UA_OFF, "ru")]),
    # --- "15 of the 20 rockets fired from Lebanon were intercepted": the whole where its part --
    ("en", "whole_launched_where_its_part_was_downed",
     "The IDF said 15 of the 20 rockets fired from Lebanon were intercepted.",
     [c("intercepted", "rocket", 15, "IL", OTHER_MIL, "other"),
      c("launched", "rocket", 20, "IL", OTHER_MIL, "other")]),
    ("ru", "ru_whole_launched_where_its_part_was_downed",
     "ЦАХАЛ сообщил, что 15 из 20 ракет, выпущенных из Ливана, были перехвачены.",
     [c("intercepted", "missile", 15, "IL", OTHER_MIL, "other"),
      c("launched", "missile", 20, "IL", OTHER_MIL, "other")]),
    ("uk", "uk_whole_launched_where_its_part_was_downed",
     "ЦАХАЛ повідомив, що 15 із 20 ракет, випущених з Лівану, було перехоплено.",
     [c("intercepted", "missile", 15, "IL", OTHER_MIL, "other"),
      c("launched", "missile", 20, "IL", OTHER_MIL, "other")]),
    # --- "Drone debris damaged ...": the air attack a denial after it belongs to -------------
    ("en", "denial_after_drone_debris",
     "Drone debris damaged a warehouse in Izmail, Governor Oleh Kiper said. No one was "
     "injured.",
     [c("injured", None, 0, "UA-51", UA_OFF, "ru")]),
    ("ru", "ru_denial_after_drone_debris",
     "Обломки дрона повредили склад в Измаиле, сообщил губернатор Олег Кипер. Раненых нет.",
     [c("injured", None, 0, "UA-51", UA_OFF, "ru")]),
    ("uk", "uk_denial_after_drone_debris",
     "Уламки дрона пошкодили склад в Ізмаїлі, повідомив голова ОВА Олег Кіпер. Поранених "
     "немає.",
     [c("injured", None, 0, "UA-51", UA_OFF, "ru")]),
    # --- "A drone attack killed a man": one victim as the object of an active verb ----------
    ("en", "attack_killed_a_man_injured_a_woman",
     "A Russian drone attack on Kupiansk killed a man and injured a woman, local authorities "
     "said.",
     [c("killed", None, 1, "city:Kupiansk", UA_OFF, "ru"),
      c("injured", None, 1, "city:Kupiansk", UA_OFF, "ru")]),
    ("en", "shelling_killed_a_woman_is_ground_war",
     "Russian shelling killed a woman in Kherson, the regional governor said.", []),
    ("ru", "ru_attack_killed_a_man_injured_a_woman",
     "В результате атаки российских дронов на Купянск погиб мужчина и ранена женщина, "
     "сообщили местные власти.",
     [c("killed", None, 1, "city:Kupiansk", UA_OFF, "ru"),
      c("injured", None, 1, "city:Kupiansk", UA_OFF, "ru")]),
    ("uk", "uk_attack_killed_a_man_injured_a_woman",
     "Унаслідок атаки російських дронів на Куп'янськ загинув чоловік і поранено жінку, "
     "повідомила місцева влада.",
     [c("killed", None, 1, "city:Kupiansk", UA_OFF, "ru"),
      c("injured", None, 1, "city:Kupiansk", UA_OFF, "ru")]),
]

XFAIL: dict[str, str] = {}
# Not strict: left to the Russian and Ukrainian rounds, whose fix should not fail this table.
# Russian "ещё N" restates a count as often as it adds one in the channels' updates: the rule
# (lexicon fresh_words, English "another", Ukrainian "ще") lost two matches on fold b of ru dev.
OPEN = {
    "ru_eshche_odin_is_not_the_first_again": "ещё: restatement or a further one, undecided",
    "ru_another_in_unnamed_area": "ещё: restatement or a further one, undecided",
    "ru_struck_side_facilities": "'ВС РФ' read as the place RU, the attacker then Ukraine",
    "uk_struck_side_facilities": "'російські війська' strike read at RU, the attacker Ukraine",
}
CASES.append(
    ("ru", "ru_eshche_odin_is_not_the_first_again",
     "Утром над Курской областью сбит беспилотник, сообщило Минобороны. Днём над Курской "
     "областью сбит ещё один беспилотник.",
     [c("intercepted", "uav", 1, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "uav", 1, "RU-KRS", RU_MIL, "ua")]))
PARAMS = wire_params(CASES, XFAIL, OPEN)




@pytest.mark.parametrize(("lang", "name", "text", "expected"), PARAMS)
def test_gen3_en(lang: str, name: str, text: str, expected: list[Row],
                 resources: Resources) -> None:
    assert wire_misses(resources, lang, text, expected) == ([], [])
