"""Round 14 grid, OTHER AIR WARS: short reports of my own about the air wars outside Russia and
Ukraine, in English, Russian and Ukrainian, with every expectation written from ANNOTATION.md
before the extractor read any case.

Wars covered: Iran's missile and drone attacks on Israel, Hezbollah's rockets, drones and
"projectiles" from Lebanon, Hamas rockets from Gaza, the Houthis' missiles and drones at Israel
and at ships in the Red Sea, US and UK forces (CENTCOM, the Pentagon, the UK MoD) against the
Houthis, Israeli strikes in Lebanon, Yemen and Iran, Jordan's and Iraqi groups' part.

Date convention: every report is published Friday 2025-03-14 07:40 UTC by the site named in the
case (tests/grid.py SITES). Reports are written as the day's news ("overnight", "on Thursday");
events placed in an earlier month or year are history (precision cases).

Conventions read from the guide (and choices where the guide is silent, said here once):
- Outlet's own voice: the site's side and kind "outlet" (wire: (None, "outlet"); Reuters, AP,
  Al Jazeera, Times of Israel, Meduza, BBC Russian: "other"; TASS, RIA: "ru"; Ukrinform, Pravda,
  Suspilne: "ua").
- Parties other than Russia and Ukraine are side "other". The IDF, CENTCOM, the Pentagon, the UK
  MoD, Jordan's army, and the armed groups speaking as fighting forces (the Houthis and their
  military spokesman, Hezbollah, Hamas's armed wing, Iraq's Islamic Resistance) are kind
  "military" (the guide's armed forces); ministers, health ministries, rescue services (Magen
  David Adom), police and a movement's political officials are "official"; another outlet cited
  (Israeli media, Channel 12, Al Masirah, NNA, Times of Israel) is "media"; unnamed officials are
  "anonymous".
- Places: countries ISO 3166-1 (IL, IR, LB, YE, JO); "northern/southern/central Israel" names no
  subdivision, so it is the country (IL), as "south of Lebanon" is LB; two towns with one number
  are the country (the guide's several regions rule); seas sea:red, sea:mediterranean,
  sea:arabian. The Gulf of Aden, the Galilee, the Golan and the Negev have no code in the guide,
  so no case leans on them.
  CORRECTED after the first measurement, by the guide: the grid was first written with a town
  abroad named alone as city:<English name> (Eilat, Haifa, Tel Aviv, Jaffa, Ashkelon, Kiryat
  Shmona, Metula, Binyamina, Beirut, Nabatieh, Hodeidah, Tehran, Amman; 60 rows). The guide's
  own rule for the wars outside Russia and Ukraine names the codes used there: "ISO 3166-1
  country codes (IL, IR, IQ, YE, SY, JO), ISO 3166-2 where a subdivision is named (IL-D), seas";
  no town code. The project reads it so (docs/evaluation.md: the lead's correction of Beirut and
  Tel Aviv "coded by country, as the other reviewers had coded them"; the round-7 guide table's
  Eilat row), so those rows now carry the town's country. The before figures are given for
  both.
- Two more expectations corrected by the guide after the first reading (said at the rows):
  uk_jordan_two_drones (Jordan's air force is the subject of the downing, no one is said to
  speak: the outlet's claim, not the military's) and en_next_sentence_attribution ("all of them
  were intercepted" of the seven missiles is intercepted 7, as the guide's "All 14 drones
  launched were shot down").
- A launch claim's place is where the attack is aimed or met ("at Israel", "по Эйлату", shot
  down "over Haifa"), not its origin ("from Lebanon"); a participle of launching with a count
  ("two drones launched at Eilat were shot down") gives a launch claim as well, per the guide's
  "All 14 drones launched were shot down".
- Weapons: "rockets"/"реактивные снаряды" rocket; a bare "ракета" is missile (type not said);
  anti-ship missile with no kind is missile; "projectiles" and "drones and missiles" together are
  mixed, weapon null; interceptors fired are not weapons of the attack.
- "99% were intercepted", "most were intercepted", "dozens", "a barrage", "кілька": no count, no
  claim. Counts of targets or strikes on the ground, threats, ground fighting and history: none.

Figures (python tests/grid.py tests/test_round14_grid_me.py), 95 cases (50 en, 26 ru, 19 uk):
                          P     R    F1  claimant  gold read match
  before, as first written (towns abroad as city:, commit 06094f6):
    en                  0.356 0.344 0.350  0.905     61   59   21
    ru                  0.360 0.290 0.321  1.000     31   25    9
    uk                  0.652 0.625 0.638  0.800     24   23   15
  before, towns abroad by country (the guide's correction below):
    en                  0.881 0.852 0.867  0.788     61   59   52
    ru                  0.880 0.710 0.786  0.682     31   25   22
    uk                  1.000 0.958 0.979  0.870     24   23   23
  after the round's rules (two more expectations corrected by the guide, below; en gold 62):
    en                  0.932 0.887 0.909  0.927     62   59   55
    ru                  0.960 0.774 0.857  0.750     31   25   24
    uk                  1.000 0.958 0.979  0.913     24   23   23
  74 cases pass, 21 are strict xfails (XFAIL says why).
Fixed (each guarded on dev, whole and folds a/b, no figure moved): the registry's bodies of the
wars abroad (Yemen's Houthi-run health ministry, the Islamic Resistance in Iraq, Magen David Adom
as "Israel's rescue service", Jordan's military as "военные Иордании" and "the military" of a
report on Jordan, unnamed Israeli and Iranian officials as anonymous); a country abroad after a
preposition and an adjective ("strikes on southern Lebanon killed") is a place, not an actor;
the Russian twin of uk "з 8 ракет, випущених ..., 6"; Middle East ballistic models (Palestine-2,
Zulfiqar, Fattah-1, Kheibar Shekan) and a place inside a model's name is no place.
"""

from __future__ import annotations

import pytest

from claimants import OTHER_ANON, OTHER_MEDIA, OTHER_MIL, OTHER_OFF, OTHER_OUT, RU_OUT, UA_OUT, WIRE
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import row as r

CASES: list[GridCase] = [
    # ---------------------------------------------------------------- English
    ("en", "en_idf_missile_toward_israel", "timesofisrael",
     "The IDF says it shot down a ballistic missile launched from Yemen toward Israel overnight.",
     [r("intercepted", "ballistic_missile", 1, "IL", OTHER_MIL),
      r("launched", "ballistic_missile", 1, "IL", OTHER_MIL)]),
    ("en", "en_iran_200_most_intercepted", "reuters",
     "Iran fired about 200 ballistic missiles at Israel on Tuesday, most of which were "
     "intercepted, the Israeli military said.",
     [r("launched", "ballistic_missile", 200, "IL", OTHER_MIL)]),
    ("en", "en_mixed_300_ninety_nine_percent", "ap",
     "Iran launched more than 300 drones and missiles at Israel overnight, Israeli officials "
     "said, adding that 99% of them were intercepted.",
     [r("launched", None, 300, "IL", OTHER_ANON)]),
    ("en", "en_hagari_breakdown", "aljazeera",
     "Israeli military spokesman Daniel Hagari said Iran had launched 170 drones, 30 cruise "
     "missiles and 120 ballistic missiles at Israel.",
     [r("launched", "uav", 170, "IL", OTHER_MIL),
      r("launched", "cruise_missile", 30, "IL", OTHER_MIL),
      r("launched", "ballistic_missile", 120, "IL", OTHER_MIL)]),
    ("en", "en_of_35_rockets_20_intercepted", "timesofisrael",
     "Of the 35 rockets fired from Lebanon at northern Israel on Thursday, 20 were intercepted "
     "and the rest fell in open areas, the IDF said.",
     [r("launched", "rocket", 35, "IL", OTHER_MIL),
      r("intercepted", "rocket", 20, "IL", OTHER_MIL)]),
    ("en", "en_hezbollah_dozens_no_count", "wire",
     "Hezbollah said it fired dozens of rockets at an army base near Safed.",
     []),
    ("en", "en_houthis_two_missiles_a_drone_eilat", "reuters",
     "Yemen's Houthis said they had launched two ballistic missiles and a drone at Eilat, a claim "
     "not immediately confirmed by Israel.",
     [r("launched", "ballistic_missile", 2, "IL", OTHER_MIL),
      r("launched", "uav", 1, "IL", OTHER_MIL)]),
    ("en", "en_centcom_15_drones_red_sea", "ap",
     "U.S. Central Command said its forces shot down 15 Houthi drones over the Red Sea on "
     "Thursday.",
     [r("intercepted", "uav", 15, "sea:red", OTHER_MIL)]),
    ("en", "en_centcom_destroyed_on_ground", "wire",
     "CENTCOM: US forces destroyed four anti-ship missiles and three drones that were prepared to "
     "launch in Houthi-controlled areas of Yemen.",
     []),
    ("en", "en_uk_mod_13_targets", "reuters",
     "British and American warplanes struck 13 Houthi targets in Yemen overnight, the UK Ministry "
     "of Defence said.",
     []),
    ("en", "en_lebanon_health_ministry_toll", "aljazeera",
     "Israeli air strikes on southern Lebanon killed at least 12 people and wounded 30 others, "
     "Lebanon's health ministry said.",
     [r("killed", None, 12, "LB", OTHER_OFF), r("injured", None, 30, "LB", OTHER_OFF)]),
    ("en", "en_mda_man_hurt_kiryat_shmona", "timesofisrael",
     "Magen David Adom says a 50-year-old man was seriously hurt when a rocket hit a house in "
     "Kiryat Shmona.",
     [r("injured", None, 1, "IL", OTHER_OFF),
      r("hit", "rocket", 1, "IL", OTHER_OFF)]),
    ("en", "en_drone_hotel_eilat_no_injuries", "timesofisrael",
     "An explosive-laden drone struck a hotel in Eilat overnight, the military said. Magen David "
     "Adom said there were no injuries.",
     [r("hit", "uav", 1, "IL", OTHER_MIL), r("injured", None, 0, "IL", OTHER_OFF)]),
    ("en", "en_hodeidah_port_houthi_ministry", "ap",
     "Two people were killed and 19 wounded in the Israeli strike on the Hodeidah port, the "
     "Houthi-run health ministry said.",
     [r("killed", None, 2, "YE", OTHER_OFF), r("injured", None, 19, "YE", OTHER_OFF)]),
    ("en", "en_houthis_truman_red_sea", "reuters",
     "Yemen's Houthis said on Thursday they had targeted the USS Harry S. Truman aircraft carrier "
     "in the northern Red Sea with three cruise missiles and four drones.",
     [r("launched", "cruise_missile", 3, "sea:red", OTHER_MIL),
      r("launched", "uav", 4, "sea:red", OTHER_MIL)]),
    ("en", "en_ukmto_vessel_hit_red_sea", "wire",
     "The UK Maritime Trade Operations agency said a merchant vessel was hit by a missile in the "
     "Red Sea, 60 nautical miles west of Hodeidah. The crew were reported safe.",
     [r("hit", "missile", 1, "sea:red", OTHER_MIL)]),
    ("en", "en_qassam_barrage_no_count", "aljazeera",
     "Hamas's armed wing, the Qassam Brigades, said it fired a barrage of M90 rockets at Tel Aviv.",
     []),
    ("en", "en_two_rockets_ashkelon", "timesofisrael",
     "Two rockets were fired from the Gaza Strip at Ashkelon; one was intercepted and the other "
     "fell in an open area, the IDF says.",
     [r("launched", "rocket", 2, "IL", OTHER_MIL),
      r("intercepted", "rocket", 1, "IL", OTHER_MIL),
      r("hit", "rocket", 1, "IL", OTHER_MIL)]),
    ("en", "en_israel_strikes_iran_no_count", "reuters",
     "Israel carried out strikes on military targets in Iran early on Saturday, the Israeli "
     "military said, in retaliation for Iran's missile attack on Israel earlier this month.",
     []),
    ("en", "en_iran_state_media_two_soldiers", "ap",
     "Two Iranian soldiers were killed in the Israeli strikes on Iran, Iranian state media said. "
     "Air defences intercepted most of the incoming missiles, the reports added.",
     [r("killed", None, 2, "IR", OTHER_MEDIA)]),
    ("en", "en_houthi_threat_100_drones", "timesofisrael",
     "Houthi leader vows to launch 100 drones at Israel every week until the war in Gaza ends",
     []),
    ("en", "en_ground_fighting_rafah", "ap",
     "The Israeli military said its troops killed 20 Hamas militants in ground fighting in Rafah "
     "over the past day.",
     []),
    ("en", "en_sirens_no_count", "aljazeera",
     "Sirens sounded across the north of Israel on Friday morning; the military said it was "
     "checking the reason.",
     []),
    ("en", "en_history_april_last_year", "reuters",
     "In April last year, Iran fired more than 300 drones and missiles at Israel in its first "
     "ever direct attack on the country.",
     []),
    ("en", "en_budget_numbers", "wire",
     "Israel's defence budget will rise by 15 billion shekels next year to pay for three new "
     "Arrow batteries.",
     []),
    ("en", "en_jets_two_drones_mediterranean", "timesofisrael",
     "Air Force fighter jets shot down two drones launched by Hezbollah over the Mediterranean "
     "Sea.",
     [r("intercepted", "uav", 2, "sea:mediterranean", OTHER_OUT),
      r("launched", "uav", 2, "sea:mediterranean", OTHER_OUT)]),
    ("en", "en_pentagon_destroyer_arabian_sea", "ap",
     "A U.S. destroyer downed three Houthi anti-ship cruise missiles over the Arabian Sea, "
     "Pentagon spokesman Maj. Gen. Pat Ryder said.",
     [r("intercepted", "cruise_missile", 3, "sea:arabian", OTHER_MIL)]),
    ("en", "en_katz_12_of_14", "reuters",
     "Israeli Defence Minister Israel Katz said on Thursday that 12 of the 14 drones launched at "
     "Israel overnight had been shot down.",
     [r("launched", "uav", 14, "IL", OTHER_OFF), r("intercepted", "uav", 12, "IL", OTHER_OFF)]),
    ("en", "en_nna_nabatieh_car", "aljazeera",
     "Lebanon's state news agency NNA reported that an Israeli drone strike on a car in Nabatieh "
     "killed two people.",
     [r("killed", None, 2, "LB", OTHER_MEDIA)]),
    ("en", "en_beirut_according_to_ministry", "wire",
     "At least 22 people were killed in Israeli strikes on Beirut overnight, according to the "
     "Lebanese Health Ministry.",
     [r("killed", None, 22, "LB", OTHER_OFF)]),
    ("en", "en_liveblog_metula", "timesofisrael",
     "7:12 a.m. Rocket impact reported in Metula\nA rocket from Lebanon slammed into a home in "
     "the border town of Metula, causing heavy damage. No injuries were reported, according to "
     "the Magen David Adom ambulance service.",
     [r("hit", "rocket", 1, "IL", OTHER_OUT), r("injured", None, 0, "IL", OTHER_OFF)]),
    ("en", "en_saree_palestine2_tel_aviv", "reuters",
     "Houthi military spokesman Yahya Saree said the group had fired a Palestine-2 hypersonic "
     "ballistic missile at Tel Aviv.",
     [r("launched", "ballistic_missile", 1, "IL", OTHER_MIL)]),
    ("en", "en_jaffa_playground_16_wounded", "ap",
     "A Houthi missile struck a playground in Jaffa, wounding 16 people, Israel's rescue service "
     "said.",
     [r("hit", "missile", 1, "IL", OTHER_OFF), r("injured", None, 16, "IL", OTHER_OFF)]),
    ("en", "en_projectiles_50_northern_israel", "wire",
     "About 50 projectiles were fired from Lebanon at northern Israel on Thursday evening, the "
     "Israeli military said, some of which were intercepted.",
     [r("launched", None, 50, "IL", OTHER_MIL)]),
    ("en", "en_binyamina_base_drone", "aljazeera",
     "A Hezbollah drone attack on an army base near Binyamina killed four soldiers and wounded "
     "more than 60, the Israeli military said.",
     [r("killed", None, 4, "IL", OTHER_MIL), r("injured", None, 60, "IL", OTHER_MIL)]),
    ("en", "en_two_drones_near_eilat", "timesofisrael",
     "The IDF says two drones approaching from the east were intercepted near Eilat overnight.",
     [r("intercepted", "uav", 2, "IL", OTHER_MIL)]),
    ("en", "en_jordan_drones_no_count", "ap",
     "Jordan's army said its air force shot down drones that violated the kingdom's airspace.",
     []),
    ("en", "en_jordan_drone_amman", "wire",
     "Jordanian air defences downed a drone over Amman, the military said.",
     [r("intercepted", "uav", 1, "JO", OTHER_MIL)]),
    ("en", "en_iraq_resistance_telegram", "reuters",
     "Iraq's Islamic Resistance said it had launched three drones at targets in Eilat, in a "
     "statement on Telegram.",
     [r("launched", "uav", 3, "IL", OTHER_MIL)]),
    ("en", "en_al_masirah_two_cities", "aljazeera",
     "Israeli fighter jets carried out dozens of air raids on Sanaa and Hodeidah on Thursday, "
     "killing at least nine people, the Houthi-run Al Masirah TV reported.",
     [r("killed", None, 9, "YE", OTHER_MEDIA)]),
    ("en", "en_headline_idf_colon", "timesofisrael",
     "IDF: 10 rockets fired from Lebanon at Kiryat Shmona, several intercepted",
     [r("launched", "rocket", 10, "IL", OTHER_MIL)]),
    ("en", "en_165_rockets_and_drones", "ap",
     "Hezbollah fired around 165 rockets and drones into Israel on Sunday, according to the "
     "Israeli military, wounding seven people.",
     [r("launched", None, 165, "IL", OTHER_MIL), r("injured", None, 7, "IL", OTHER_MIL)]),
    ("en", "en_interceptors_not_weapons", "timesofisrael",
     "Six interceptor missiles were fired at a drone that approached Haifa before it was shot "
     "down, the military said.",
     [r("intercepted", "uav", 1, "IL", OTHER_MIL)]),
    ("en", "en_denial_no_missiles_hit_tehran", "reuters",
     "Iran's army said no missiles hit Tehran and that air defences had shot down all incoming "
     "targets.",
     [r("hit", "missile", 0, "IR", OTHER_MIL)]),
    ("en", "en_quote_twelve_of_14", "wire",
     "\"Twelve of the 14 drones fired at Eilat tonight were intercepted,\" said Lt. Col. Nadav "
     "Shoshani, a military spokesman.",
     [r("launched", "uav", 14, "IL", OTHER_MIL), r("intercepted", "uav", 12, "IL", OTHER_MIL)]),
    ("en", "en_next_sentence_attribution", "reuters",
     "Seven missiles were fired at Israel from Yemen overnight. That was according to the Israeli "
     "military, which said all of them were intercepted.",
     # corrected (guide: "All 14 drones launched were shot down" gives intercepted 14; "all of
     # them" of the seven is a count implied by grammar): first launched only
     [r("launched", "missile", 7, "IL", OTHER_MIL),
      r("intercepted", "missile", 7, "IL", OTHER_MIL)]),
    ("en", "en_channel12_reported", "timesofisrael",
     "Channel 12 reported that three drones from Iraq had been shot down over Eilat on Thursday "
     "night.",
     [r("intercepted", "uav", 3, "IL", OTHER_MEDIA)]),
    ("en", "en_bukhaiti_political_official", "aljazeera",
     "Houthi political bureau member Mohammed al-Bukhaiti said the group fired four missiles at "
     "Israel overnight.",
     [r("launched", "missile", 4, "IL", OTHER_OFF)]),
    ("en", "en_all_drones_launched_shot_down", "ap",
     "All 14 drones launched at Eilat were shot down, Israel's military said.",
     [r("launched", "uav", 14, "IL", OTHER_MIL), r("intercepted", "uav", 14, "IL", OTHER_MIL)]),
    ("en", "en_israeli_media_haifa_impact", "reuters",
     "A missile fired from Lebanon landed in Haifa and three people were lightly injured, Israeli "
     "media reported.",
     [r("hit", "missile", 1, "IL", OTHER_MEDIA), r("injured", None, 3, "IL", OTHER_MEDIA),
      r("launched", "missile", 1, "IL", OTHER_MEDIA)]),
    # ---------------------------------------------------------------- Russian
    ("ru", "ru_tsahal_ballistic_participle", "tass",
     "Армия обороны Израиля (ЦАХАЛ) сообщила, что перехватила баллистическую ракету, выпущенную "
     "из Йемена в сторону Израиля.",
     [r("intercepted", "ballistic_missile", 1, "IL", OTHER_MIL),
      r("launched", "ballistic_missile", 1, "IL", OTHER_MIL)]),
    ("ru", "ru_hagari_about_200", "ria",
     "Иран выпустил по Израилю около 200 баллистических ракет, сообщил официальный представитель "
     "ЦАХАЛ Даниэль Хагари.",
     [r("launched", "ballistic_missile", 200, "IL", OTHER_MIL)]),
    ("ru", "ru_houthis_truman_red_sea", "meduza",
     "Хуситы заявили об атаке на авианосец Harry S. Truman в Красном море с применением трех "
     "крылатых ракет и четырех беспилотников.",
     [r("launched", "cruise_missile", 3, "sea:red", OTHER_MIL),
      r("launched", "uav", 4, "sea:red", OTHER_MIL)]),
    ("ru", "ru_40_rockets_from_lebanon", "bbcrussian",
     "По данным израильской армии, из Ливана по северу Израиля было выпущено около 40 реактивных "
     "снарядов; часть из них перехвачена.",
     [r("launched", "rocket", 40, "IL", OTHER_MIL)]),
    ("ru", "ru_centcom_15_drones", "tass",
     "Центральное командование ВС США (CENTCOM) сообщило, что американские силы сбили над "
     "Красным морем 15 беспилотников хуситов.",
     [r("intercepted", "uav", 15, "sea:red", OTHER_MIL)]),
    ("ru", "ru_lebanon_health_ministry", "ria",
     "Минздрав Ливана: в результате израильских ударов по югу страны погибли 12 человек, еще 30 "
     "получили ранения.",
     [r("killed", None, 12, "LB", OTHER_OFF), r("injured", None, 30, "LB", OTHER_OFF)]),
    ("ru", "ru_hezbollah_dozens_no_count", "wire",
     "«Хезболла» заявила, что выпустила десятки ракет по военной базе на севере Израиля.",
     []),
    ("ru", "ru_history_april", "meduza",
     "В апреле прошлого года Иран впервые атаковал Израиль напрямую, выпустив более 300 "
     "беспилотников и ракет.",
     []),
    ("ru", "ru_al_masirah_hodeidah", "tass",
     "Два человека погибли и 19 получили ранения в результате удара Израиля по порту Ходейда, "
     "сообщил телеканал «Аль-Масира».",
     [r("killed", None, 2, "YE", OTHER_MEDIA), r("injured", None, 19, "YE", OTHER_MEDIA)]),
    ("ru", "ru_air_force_two_drones_sea", "bbcrussian",
     "Израильские ВВС сбили над Средиземным морем два беспилотника «Хезболлы».",
     [r("intercepted", "uav", 2, "sea:mediterranean", OTHER_OUT)]),
    ("ru", "ru_houthis_palestine2_launch_noun", "ria",
     "Хуситы сообщили о запуске баллистической ракеты «Палестина-2» по Тель-Авиву.",
     [r("launched", "ballistic_missile", 1, "IL", OTHER_MIL)]),
    ("ru", "ru_mda_haifa_three_hurt", "tass",
     "По данным службы скорой помощи «Маген Давид Адом», в результате попадания ракеты в жилой "
     "дом в Хайфе пострадали три человека.",
     [r("hit", "missile", 1, "IL", OTHER_OFF), r("injured", None, 3, "IL", OTHER_OFF)]),
    ("ru", "ru_drone_tel_aviv_no_casualties", "wire",
     "Йеменский беспилотник попал в жилое здание в Тель-Авиве; пострадавших нет, сообщила "
     "полиция.",
     [r("hit", "uav", 1, "IL", OTHER_OFF), r("killed", None, 0, "IL", OTHER_OFF),
      r("injured", None, 0, "IL", OTHER_OFF)]),
    ("ru", "ru_20_targets_hezbollah", "meduza",
     "Израиль нанес удары по 20 объектам «Хезболлы» в Ливане, сообщили в ЦАХАЛ.",
     []),
    ("ru", "ru_toi_relayed_12_of_14", "ria",
     "Как сообщает The Times of Israel, из 14 беспилотников, запущенных по Израилю, 12 были "
     "сбиты.",
     [r("launched", "uav", 14, "IL", OTHER_MEDIA), r("intercepted", "uav", 12, "IL", OTHER_MEDIA)]),
    ("ru", "ru_threat_50_missiles", "tass",
     "Лидер хуситов пригрозил ежедневно запускать по Израилю по 50 ракет.",
     []),
    ("ru", "ru_katz_99_percent", "bbcrussian",
     "Министр обороны Израиля Исраэль Кац заявил, что в ходе иранской атаки было перехвачено "
     "около 99% ракет и беспилотников.",
     []),
    ("ru", "ru_jordan_drone_amman", "wire",
     "Военные Иордании сообщили, что сбили беспилотник над Амманом.",
     [r("intercepted", "uav", 1, "JO", OTHER_MIL)]),
    ("ru", "ru_beirut_22_killed", "ria",
     "Израильская армия нанесла удар по Бейруту: погибли не менее 22 человек, сообщило "
     "министерство здравоохранения Ливана.",
     [r("killed", None, 22, "LB", OTHER_OFF)]),
    ("ru", "ru_pentagon_anti_ship_red_sea", "tass",
     "Пентагон: эсминец ВМС США сбил в Красном море три противокорабельные ракеты хуситов",
     [r("intercepted", "missile", 3, "sea:red", OTHER_MIL)]),
    ("ru", "ru_ground_rafah", "meduza",
     "Израильская армия сообщила об уничтожении 30 боевиков ХАМАС в ходе наземной операции в "
     "Рафахе.",
     []),
    ("ru", "ru_three_missiles_eilat_words", "bbcrussian",
     "Три ракеты, выпущенные хуситами по Эйлату, были перехвачены, сообщила израильская армия.",
     [r("launched", "missile", 3, "IL", OTHER_MIL),
      r("intercepted", "missile", 3, "IL", OTHER_MIL)]),
    ("ru", "ru_five_drones_haifa_outlet", "wire",
     "Над Хайфой сбиты пять беспилотников, запущенных из Ливана.",
     [r("intercepted", "uav", 5, "IL", WIRE),
      r("launched", "uav", 5, "IL", WIRE)]),
    ("ru", "ru_tass_own_voice_haifa", "tass",
     "Ракета из Ливана попала в здание в Хайфе, пострадали два человека.",
     [r("hit", "missile", 1, "IL", RU_OUT), r("injured", None, 2, "IL", RU_OUT)]),
    ("ru", "ru_iran_army_denial_tehran", "ria",
     "По словам представителя армии Ирана, ни одна ракета не попала в Тегеран.",
     [r("hit", "missile", 0, "IR", OTHER_MIL)]),
    ("ru", "ru_unnamed_sources_tomahawk", "meduza",
     "Источники Axios: США и Великобритания выпустили по целям в Йемене более 100 крылатых ракет "
     "Tomahawk.",
     [r("launched", "cruise_missile", 100, "YE", OTHER_ANON)]),
    # ---------------------------------------------------------------- Ukrainian
    ("uk", "uk_idf_ballistic_south", "ukrinform",
     "Армія оборони Ізраїлю повідомила, що перехопила над півднем Ізраїлю балістичну ракету "
     "хуситів.",
     [r("intercepted", "ballistic_missile", 1, "IL", OTHER_MIL)]),
    ("uk", "uk_iran_over_180", "pravda",
     "Іран випустив по Ізраїлю понад 180 балістичних ракет, повідомили в ЦАХАЛ.",
     [r("launched", "ballistic_missile", 180, "IL", OTHER_MIL)]),
    ("uk", "uk_houthis_two_ships_red_sea", "suspilne",
     "Хусити заявили, що атакували два судна в Червоному морі за допомогою п'яти безпілотників "
     "і двох крилатих ракет.",
     [r("launched", "uav", 5, "sea:red", OTHER_MIL),
      r("launched", "cruise_missile", 2, "sea:red", OTHER_MIL)]),
    ("uk", "uk_centcom_12_drones", "ukrinform",
     "Центральне командування США повідомило, що американські сили збили над Червоним морем 12 "
     "дронів хуситів.",
     [r("intercepted", "uav", 12, "sea:red", OTHER_MIL)]),
    ("uk", "uk_lebanon_ministry_toll", "wire",
     "Унаслідок ізраїльських авіаударів по півдню Лівану загинули щонайменше 12 людей, ще 30 "
     "поранені, повідомило міністерство охорони здоров'я Лівану.",
     [r("killed", None, 12, "LB", OTHER_OFF), r("injured", None, 30, "LB", OTHER_OFF)]),
    ("uk", "uk_threat_100_a_day", "pravda",
     "«Хезболла» погрожує випускати по 100 ракет на день по Хайфі.",
     []),
    ("uk", "uk_haifa_hit_no_injuries", "suspilne",
     "Ракета з Лівану влучила в житловий будинок у Хайфі, травмованих немає, повідомила служба "
     "«Маген Давид Адом».",
     [r("hit", "missile", 1, "IL", OTHER_OFF), r("injured", None, 0, "IL", OTHER_OFF)]),
    ("uk", "uk_of_35_20_intercepted", "ukrinform",
     "За даними ЦАХАЛ, з 35 ракет, випущених з Лівану по північному Ізраїлю, 20 було "
     "перехоплено.",
     [r("launched", "missile", 35, "IL", OTHER_MIL),
      r("intercepted", "missile", 20, "IL", OTHER_MIL)]),
    ("uk", "uk_history_april", "wire",
     "У квітні минулого року Іран запустив по Ізраїлю понад 300 дронів і ракет.",
     []),
    ("uk", "uk_toi_eilat_hotel", "pravda",
     "Як повідомляє Times of Israel, безпілотник влучив у готель в Ейлаті, постраждалих немає.",
     [r("hit", "uav", 1, "IL", OTHER_MEDIA), r("killed", None, 0, "IL", OTHER_MEDIA),
      r("injured", None, 0, "IL", OTHER_MEDIA)]),
    ("uk", "uk_hodeidah_houthis_three", "suspilne",
     "Ізраїльська авіація завдала ударів по порту Ходейда в Ємені; за даними хуситів, загинули "
     "троє людей.",
     [r("killed", None, 3, "YE", OTHER_MIL)]),
    ("uk", "uk_jordan_two_drones", "ukrinform",
     "Повітряні сили Йорданії збили над територією Йорданії два безпілотники.",
     # corrected (guide: a claim told with no attribution is the outlet's): first MIL
     [r("intercepted", "uav", 2, "JO", UA_OUT)]),
    ("uk", "uk_ground_gaza", "pravda",
     "ЦАХАЛ заявила про ліквідацію 40 бойовиків ХАМАС у секторі Гази.",
     []),
    ("uk", "uk_several_drones_no_count", "wire",
     "Британські винищувачі Typhoon збили кілька дронів над Червоним морем.",
     []),
    ("uk", "uk_165_rockets_drones_seven_hurt", "suspilne",
     "«Хезболла» випустила по Ізраїлю близько 165 ракет і дронів, семеро людей поранені, "
     "повідомила ізраїльська армія.",
     [r("launched", None, 165, "IL", OTHER_MIL), r("injured", None, 7, "IL", OTHER_MIL)]),
    ("uk", "uk_hagari_170_drones_30_cruise", "ukrinform",
     "Речник ЦАХАЛ Даніель Хагарі: Іран запустив по Ізраїлю 170 дронів і 30 крилатих ракет.",
     [r("launched", "uav", 170, "IL", OTHER_MIL),
      r("launched", "cruise_missile", 30, "IL", OTHER_MIL)]),
    ("uk", "uk_three_drones_eilat_outlet", "ukrinform",
     "Над Ейлатом збито три безпілотники, запущені з Іраку.",
     [r("intercepted", "uav", 3, "IL", UA_OUT),
      r("launched", "uav", 3, "IL", UA_OUT)]),
    ("uk", "uk_pravda_own_voice_destroyer", "pravda",
     "Американський есмінець збив у Червоному морі дві протикорабельні ракети хуситів.",
     [r("intercepted", "missile", 2, "sea:red", UA_OUT)]),
    ("uk", "uk_idf_one_missile_tel_aviv", "suspilne",
     "ЦАХАЛ повідомила про перехоплення над Тель-Авівом однієї ракети з Ємену.",
     [r("intercepted", "missile", 1, "IL", OTHER_MIL)]),
]

# "two drones launched by Hezbollah were shot down": a launch claim by the guide's "All 14 drones
# launched were shot down" (written so); tried as lexicon patterns in the three languages, en dev
# fold a gained three false claims (the gold does not annotate it without "all"), so dropped
PARTICIPLE = "participle launch without 'all': not read (tried: en dev fold a +3 false)"
XFAIL: dict[str, str] = {
    "en_idf_missile_toward_israel": PARTICIPLE,
    "en_jets_two_drones_mediterranean": PARTICIPLE,
    "en_israeli_media_haifa_impact": PARTICIPLE,
    "ru_tsahal_ballistic_participle": PARTICIPLE,
    "ru_three_missiles_eilat_words": PARTICIPLE,
    "uk_three_drones_eilat_outlet": PARTICIPLE,
    "ru_five_drones_haifa_outlet": PARTICIPLE + "; an unknown site's side is other, not None",
    "en_centcom_destroyed_on_ground": "weapons destroyed on the ground read as downed",
    "en_iran_state_media_two_soldiers": "soldiers killed read as personnel losses",
    "en_binyamina_base_drone": "soldiers killed read as personnel losses; no Binyamina",
    "en_projectiles_50_northern_israel": "'projectiles' names no weapon (mixed kinds)",
    "en_interceptors_not_weapons": "interceptors 'fired at a drone' read as the drone launched",
    "en_quote_twelve_of_14": "'said <unknown name>, a military spokesman' is no speaker",
    "en_channel12_reported": "Channel 12 not registered: adding it cost dev en claimant",
    "en_bukhaiti_political_official": "a Houthi political official read as the Houthis' military",
    "ru_lebanon_health_ministry": "'по югу страны' (the country unnamed): the claims are lost",
    "ru_mda_haifa_three_hurt": "'службы скорой помощи «Маген Давид Адом»' is no speaker",
    "ru_drone_tel_aviv_no_casualties": "bare 'полиция' is no speaker (registry: fold b fell)",
    "ru_unnamed_sources_tomahawk": "'Источники Axios:' read as media; no place 'в Йемене'",
    "uk_hagari_170_drones_30_cruise": "colon header '<title> <body> <name>:' is no speaker",
}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
