"""Round 14 grid, Ukrainian: short reports of the Russia-Ukraine air war as Ukrainian outlets
write them, at breadth, with every expectation written from ANNOTATION.md before the extractor
read any case.

Covers: the Air Force's night totals (launched, shot down, locally lost decoys, "did not reach"),
oblast heads (ОВА), city military administrations and mayors, the State Emergency Service, the
police, the president; relays of the Russian Ministry of Defence and Russian governors; Ukrainian
strikes on Russia told by Ukrainian outlets from the General Staff or unnamed sources; verbs,
participles and impersonal forms of every action; numbers in digits and in words in several
cases (nominative, genitive, instrumental, collective numerals); qualifiers (понад, близько,
щонайменше, до, більше ніж, майже); weapons (Shahed and decoys, Kh-101, Kalibr, Iskander-M,
KN-23, Kinzhal, Kh-59, guided bombs, MLRS, aircraft, helicopters); places (oblasts as
adjectives and in the colloquial -щина form, cities alone and with their oblast, districts,
several oblasts with one number, the whole country, Crimea, Sevastopol, the Black Sea, Russian
regions, Moscow and Moscow Oblast); attribution before, after, in the middle, in the next
sentence, headlines with the source in the body, quotes, live-blog dashes, another outlet
relayed, unnamed sources and the outlet's own voice; casualties and explicit denials; and
precision cases (history, forecasts, ground combat, threats, aid, production, numbers with no
air-war meaning, counts missing).

Date convention: every report is published on Friday 2025-03-14 07:40 UTC by the site named in
the case (ukrinform, pravda, suspilne, kyivindependent: Ukrainian outlets, side "ua"; wire: no
side). The night of the report is the night to 14 March.

Reading of the guide where it is silent (written before the extractor read anything):
- decoys (дрони-імітатори) are drones: counted in `uav` totals, and "locally lost" decoys are
  `suppressed uav`; "не долетіли до цілей" is read as `suppressed`;
- debris falling (уламки впали) is not a weapon reaching a target: no `hit` claim;
  a missile that "fell" (ракета впала) somewhere is a `hit`;
- "без постраждалих" / "постраждалих немає" is the guide's "пострадавших нет": killed 0 and
  injured 0; "травмованих немає" is injured 0 alone;
- a subset of the casualties ("серед них дитина") is not written as a claim of its own, and the
  cases avoid them;
- a district (район, громада) lies in its oblast: the oblast's code, as Ramenskoye is RU-MOS;
- "над областю" said by an oblast head is the head's oblast;
- an Air Force total with no place ("за ніч збито 40 дронів") is a whole-country total: UA.

Batches: CASES_1 (92 cases, 14 with no claim) was written and committed ("grid written before
reading") before the extractor read any case; CASES_2 (38, 8 with no claim), CASES_3 (30, 6) and
CASES_4 (24, 5) were each written from the guide after the fixes the batch before showed, and
committed before the extractor read them. CASES is all 184. No expectation was changed after
the extractor read its case.

Figures (python tests/grid.py tests/test_round14_grid_uk.py; a batch alone by its list):
- batch 1 before (commit "grid written before reading"): P 0.982, R 0.982, F1 0.982, claimant
  0.869; 109 expected, 109 read, 107 matched; 12 of 92 cases failing.
- batch 2 before (its commit): P 0.914, R 0.842, F1 0.877, claimant 1.000; 38, 35, 32; 5 failing.
- batch 3 before: P 1.000, R 0.900, F1 0.947, claimant 0.963; 30, 27, 27; 4 failing.
- batch 4 before: P 0.955, R 0.955, F1 0.955, claimant 0.905; 22, 22, 21; 2 failing.
- all 184 on the round's starting code (85a62e1): P 0.969, R 0.940, F1 0.954, claimant 0.904;
  199 expected, 193 read, 187 matched.
- after (all 184): P 0.985, R 0.960, F1 0.972, claimant 0.948; 199, 194, 191; 18 cases in XFAIL.
  By batch: 1: F1 0.982, claimant 0.925; 2: F1 0.932, claimant 1.000; 3: F1 0.966, claimant
  0.929; 4: F1 1.000, claimant 1.000. (Before the two fixes withdrawn after the gates: claimant
  0.969 over all 184, 15 in XFAIL.)
"""

from __future__ import annotations

import pytest

from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import row as r

Who = tuple[str | None, str]
AIR_FORCE: Who = ("ua", "military")
UA_OFFICIAL: Who = ("ua", "official")
UA_OUTLET: Who = ("ua", "outlet")
UA_MEDIA: Who = ("ua", "media")
UA_ANON: Who = ("ua", "anonymous")
RU_MILITARY: Who = ("ru", "military")
RU_OFFICIAL: Who = ("ru", "official")
RU_MEDIA: Who = ("ru", "media")
OTHER_MEDIA: Who = ("other", "media")
WIRE: Who = (None, "outlet")


CASES_1: list[GridCase] = [
    # --- The Air Force's night totals -------------------------------------------------------
    ("uk", "af_total_decoys_lost", "ukrinform",
     "У ніч на 14 березня противник атакував Україну 117 ударними БпЛА типу Shahed та "
     "дронами-імітаторами різних типів. Про це повідомили в Повітряних силах ЗСУ. Станом на "
     "09:00 збито 74 БпЛА у Харківській, Сумській, Полтавській, Київській та Чернігівській "
     "областях, ще 38 дронів-імітаторів локаційно втрачені.",
     [r("launched", "uav", 117, "UA", AIR_FORCE), r("intercepted", "uav", 74, "UA", AIR_FORCE),
      r("suppressed", "uav", 38, "UA", AIR_FORCE)]),
    ("uk", "af_missiles_two_kinds", "suspilne",
     "Вночі росіяни випустили по Україні 4 балістичні ракети Іскандер-М та 12 крилатих ракет "
     "Х-101, повідомили Повітряні сили. Сили ППО знищили 10 крилатих ракет над Україною.",
     [r("launched", "ballistic_missile", 4, "UA", AIR_FORCE),
      r("launched", "cruise_missile", 12, "UA", AIR_FORCE),
      r("intercepted", "cruise_missile", 10, "UA", AIR_FORCE)]),
    ("uk", "af_instrumental_words", "kyivindependent",
     "Вночі росіяни атакували Україну ста сорока п'ятьма дронами, повідомили Повітряні сили.",
     [r("launched", "uav", 145, "UA", AIR_FORCE)]),
    ("uk", "af_locally_lost_regions", "ukrinform",
     "Ще 47 ворожих дронів-імітаторів локаційно втрачені в різних регіонах України, "
     "повідомили в Повітряних силах.",
     [r("suppressed", "uav", 47, "UA", AIR_FORCE)]),
    ("uk", "af_did_not_reach", "suspilne",
     "За даними Повітряних сил, по всій Україні ще 11 дронів не долетіли до своїх цілей.",
     [r("suppressed", "uav", 11, "UA", AIR_FORCE)]),
    ("uk", "af_headline_x_of_y", "ukrinform",
     "Над Україною вночі знешкодили 58 із 83 дронів\n\nУ ніч на 14 березня Росія атакувала "
     "Україну 83 ударними БпЛА, з них 58 збито, повідомляють Повітряні сили.",
     [r("launched", "uav", 83, "UA", AIR_FORCE), r("intercepted", "uav", 58, "UA", AIR_FORCE)]),
    ("uk", "af_cruise_x_of_y", "pravda",
     "Сили ППО знешкодили 30 з 42 крилатих ракет, випущених по Україні в ніч на п'ятницю, "
     "повідомили в Повітряних силах.",
     [r("launched", "cruise_missile", 42, "UA", AIR_FORCE),
      r("intercepted", "cruise_missile", 30, "UA", AIR_FORCE)]),
    ("uk", "af_several_oblasts_one_number", "ukrinform",
     "Над Миколаївською, Херсонською, Хмельницькою та Полтавською областями збито 14 "
     "безпілотників, повідомили в Повітряних силах.",
     [r("intercepted", "uav", 14, "UA", AIR_FORCE)]),
    ("uk", "af_distributive_po", "pravda",
     "Над Сумщиною та Чернігівщиною знищено по чотири дрони, повідомили в Повітряних силах.",
     [r("intercepted", "uav", 4, "UA-59", AIR_FORCE),
      r("intercepted", "uav", 4, "UA-74", AIR_FORCE)]),
    ("uk", "af_total_breakdown", "suspilne",
     "Загалом над Україною збито 40 дронів: 15 — на Київщині, 9 — на Житомирщині, решта — в "
     "інших областях. Про це повідомили Повітряні сили.",
     [r("intercepted", "uav", 40, "UA", AIR_FORCE), r("intercepted", "uav", 15, "UA-32", AIR_FORCE),
      r("intercepted", "uav", 9, "UA-18", AIR_FORCE)]),
    ("uk", "af_sotnyu_at_least", "ukrinform",
     "Понад сотню ударних дронів запустила Росія по Україні вночі, повідомили в Повітряних силах.",
     [r("launched", "uav", 100, "UA", AIR_FORCE)]),
    ("uk", "af_nominalised_zbyttia", "pravda",
     "Повітряні сили повідомили про збиття 34 ворожих безпілотників над Україною.",
     [r("intercepted", "uav", 34, "UA", AIR_FORCE)]),
    ("uk", "af_kh59_intercepted_impersonal", "suspilne",
     "Перехоплено дві керовані авіаційні ракети Х-59 над Запорізькою областю, повідомили "
     "Повітряні сили.",
     [r("intercepted", "missile", 2, "UA-23", AIR_FORCE)]),
    ("uk", "af_aircraft_downed", "ukrinform",
     "Повітряні сили ЗСУ заявили, що над Донеччиною збили російський винищувач Су-34.",
     [r("intercepted", "aircraft", 1, "UA-14", AIR_FORCE)]),
    ("uk", "af_whole_country_missiles", "kyivindependent",
     "Повітряна тривога тривала по всій Україні понад чотири години. За даними Повітряних сил, "
     "по всій Україні сили ППО збили 13 ракет.",
     [r("intercepted", "missile", 13, "UA", AIR_FORCE)]),
    ("uk", "af_liveblog_dash", "pravda",
     "08:15 | Над Львівщиною збито 3 крилаті ракети — Повітряні сили",
     [r("intercepted", "cruise_missile", 3, "UA-46", AIR_FORCE)]),
    # --- Oblast heads, city administrations, mayors ------------------------------------------
    ("uk", "ova_genitive_words", "pravda",
     "Протягом ночі над Одещиною сили ППО збили дев'ять ударних безпілотників, повідомив "
     "начальник Одеської ОВА Олег Кіпер.",
     [r("intercepted", "uav", 9, "UA-51", UA_OFFICIAL)]),
    ("uk", "ova_nominative_words", "ukrinform",
     "Над Київщиною вночі збито двадцять один дрон, повідомив очільник Київської ОВА Микола "
     "Калашник.",
     [r("intercepted", "uav", 21, "UA-32", UA_OFFICIAL)]),
    ("uk", "kmva_approx", "kyivindependent",
     "Під час нічної атаки на Київ сили ППО знешкодили близько 15 ворожих безпілотників, "
     "повідомив начальник Київської міської військової адміністрації Тимур Ткаченко.",
     [r("intercepted", "uav", 15, "UA-30", UA_OFFICIAL)]),
    ("uk", "ova_injured_zero_only", "suspilne",
     "Вночі на Полтавщині сили ППО знищили 6 безпілотників. Травмованих немає, повідомив "
     "голова Полтавської ОВА Володимир Когут.",
     [r("intercepted", "uav", 6, "UA-53", UA_OFFICIAL),
      r("injured", None, 0, "UA-53", UA_OFFICIAL)]),
    ("uk", "ova_no_victims", "pravda",
     "На Вінниччині збито 7 дронів, обійшлося без постраждалих, повідомив голова ОВА Сергій "
     "Борзов.",
     [r("intercepted", "uav", 7, "UA-05", UA_OFFICIAL), r("killed", None, 0, "UA-05", UA_OFFICIAL),
      r("injured", None, 0, "UA-05", UA_OFFICIAL)]),
    ("uk", "ova_shot_all_no_launch", "kyivindependent",
     "Сили ППО збили всі 12 ворожих безпілотників над Миколаївщиною, повідомив голова ОВА "
     "Віталій Кім.",
     [r("intercepted", "uav", 12, "UA-48", UA_OFFICIAL)]),
    ("uk", "south_all_kalibr", "suspilne",
     "Над Одещиною збито всі вісім ракет Калібр, випущених по області, повідомили в Силах "
     "оборони півдня.",
     [r("launched", "cruise_missile", 8, "UA-51", AIR_FORCE),
      r("intercepted", "cruise_missile", 8, "UA-51", AIR_FORCE)]),
    ("uk", "ova_reb_suppressed", "pravda",
     "Засобами РЕБ подавлено 9 ворожих безпілотників над Сумщиною, повідомили в Сумській ОВА.",
     [r("suppressed", "uav", 9, "UA-59", UA_OFFICIAL)]),
    ("uk", "ova_single_cruise_implied", "ukrinform",
     "Над Черкащиною збито крилату ракету, повідомив голова Черкаської ОВА Ігор Табурець.",
     [r("intercepted", "cruise_missile", 1, "UA-71", UA_OFFICIAL)]),
    ("uk", "ova_two_cruise_words", "suspilne",
     "Сили ППО знищили дві крилаті ракети над Вінниччиною, повідомили у Вінницькій ОВА.",
     [r("intercepted", "cruise_missile", 2, "UA-05", UA_OFFICIAL)]),
    ("uk", "ova_attribution_next_sentence", "ukrinform",
     "Вночі над Черкащиною знищено 9 БпЛА. Про це повідомив голова ОВА Ігор Табурець.",
     [r("intercepted", "uav", 9, "UA-71", UA_OFFICIAL)]),
    ("uk", "ova_quote_over_oblast", "pravda",
     "«Уночі сили ППО знищили 18 ворожих дронів над областю», — написав голова Черкаської ОВА "
     "Ігор Табурець.",
     [r("intercepted", "uav", 18, "UA-71", UA_OFFICIAL)]),
    ("uk", "ova_headline_slang_body_source", "suspilne",
     "Над Херсонщиною збили 9 «шахедів»\n\nПро це повідомили в Херсонській обласній військовій "
     "адміністрації.",
     [r("intercepted", "uav", 9, "UA-65", UA_OFFICIAL)]),
    ("uk", "district_head_unknown_title", "ukrinform",
     "Начальник Шосткинської районної військової адміністрації Микола Ноха повідомив, що "
     "вночі над Шосткинським районом збито три дрони.",
     [r("intercepted", "uav", 3, "UA-59", UA_OFFICIAL)]),
    ("uk", "ova_more_than_launched", "ukrinform",
     "Більше ніж 60 дронів атакували Дніпропетровщину вночі, повідомив голова ОВА Сергій Лисак.",
     [r("launched", "uav", 60, "UA-12", UA_OFFICIAL)]),
    ("uk", "ova_kab_dropped", "pravda",
     "Протягом доби росіяни скинули на Сумщину 26 керованих авіабомб, повідомили в Сумській ОВА.",
     [r("launched", "guided_bomb", 26, "UA-59", UA_OFFICIAL)]),
    ("uk", "kinzhal_all_downed", "pravda",
     "Вночі ворог атакував Київ трьома ракетами Х-47М2 «Кинджал», усі вони збиті, заявив "
     "Тимур Ткаченко.",
     [r("launched", "ballistic_missile", 3, "UA-30", UA_OFFICIAL),
      r("intercepted", "ballistic_missile", 3, "UA-30", UA_OFFICIAL)]),
    ("uk", "kn23_iskander_kyiv_oblast", "suspilne",
     "Росіяни випустили по Київщині дві балістичні ракети KN-23 та одну ракету Іскандер-М, "
     "повідомив Микола Калашник.",
     [r("launched", "ballistic_missile", 2, "UA-32", UA_OFFICIAL),
      r("launched", "ballistic_missile", 1, "UA-32", UA_OFFICIAL)]),
    ("uk", "mlrs_kherson_city", "ukrinform",
     "Окупанти обстріляли Херсон з РСЗО «Град», випустивши по місту 20 реактивних снарядів, "
     "повідомив голова Херсонської ОВА Олександр Прокудін.",
     [r("launched", "rocket", 20, "city:Kherson", UA_OFFICIAL)]),
    ("uk", "hits_vluchannia_oblast", "kyivindependent",
     "Після атаки дронів на Одещину зафіксовано два влучання в енергетичну інфраструктуру, "
     "повідомив Олег Кіпер.",
     [r("hit", "uav", 2, "UA-51", UA_OFFICIAL)]),
    ("uk", "hits_prylity_city", "suspilne",
     "У Павлограді зафіксовано три прильоти ракет, повідомив міський голова.",
     [r("hit", "missile", 3, "city:Pavlohrad", UA_OFFICIAL)]),
    ("uk", "hit_vluchyla_singular", "ukrinform",
     "Ракета влучила в багатоповерхівку в центрі Сум, повідомив в.о. міського голови Артем "
     "Кобзар.",
     [r("hit", "missile", 1, "city:Sumy", UA_OFFICIAL)]),
    ("uk", "hit_missile_fell", "suspilne",
     "Ракета впала на околиці Кропивницького, повідомили в обласній військовій адміністрації.",
     [r("hit", "missile", 1, "city:Kropyvnytskyi", UA_OFFICIAL)]),
    ("uk", "debris_no_casualties_kyiv", "pravda",
     "Уламки збитих дронів упали на території двох районів Києва, повідомив Тимур Ткаченко. "
     "Постраждалих немає.",
     [r("killed", None, 0, "UA-30", UA_OFFICIAL), r("injured", None, 0, "UA-30", UA_OFFICIAL)]),
    ("uk", "debris_people_unharmed", "pravda",
     "Уламки дрона пошкодили дах приватного будинку в Броварському районі Київщини. Люди не "
     "постраждали, повідомили в Київській ОВА.",
     [r("killed", None, 0, "UA-32", UA_OFFICIAL), r("injured", None, 0, "UA-32", UA_OFFICIAL)]),
    ("uk", "izium_city_with_oblast", "ukrinform",
     "В Ізюмі на Харківщині через удар керованих авіабомб поранено чотирьох людей, повідомив "
     "начальник Ізюмської міської військової адміністрації Валерій Марченко.",
     [r("injured", None, 4, "UA-63", UA_OFFICIAL)]),
    # --- Casualties -------------------------------------------------------------------------
    ("uk", "kharkiv_mayor_killed_injured", "suspilne",
     "Унаслідок ворожого обстрілу Харкова керованими авіабомбами загинули двоє людей, ще 11 "
     "отримали поранення. Про це повідомив міський голова Ігор Терехов.",
     [r("killed", None, 2, "city:Kharkiv", UA_OFFICIAL),
      r("injured", None, 11, "city:Kharkiv", UA_OFFICIAL)]),
    ("uk", "dnipro_city_with_oblast", "ukrinform",
     "У Дніпрі на Дніпропетровщині внаслідок ракетного удару загинули четверо людей, ще 19 "
     "поранені, повідомив голова ОВА Сергій Лисак.",
     [r("killed", None, 4, "UA-12", UA_OFFICIAL), r("injured", None, 19, "UA-12", UA_OFFICIAL)]),
    ("uk", "dsns_odesa_collective", "suspilne",
     "В Одесі внаслідок нічної атаки ударних безпілотників загинули троє людей, ще семеро "
     "травмовані, повідомили в ДСНС.",
     [r("killed", None, 3, "city:Odesa", UA_OFFICIAL),
      r("injured", None, 7, "city:Odesa", UA_OFFICIAL)]),
    ("uk", "police_zaporizhzhia_postrazhdaly", "ukrinform",
     "У Запоріжжі через ракетний удар постраждали 14 людей, повідомили в поліції.",
     [r("injured", None, 14, "city:Zaporizhzhia", UA_OFFICIAL)]),
    ("uk", "dsns_toll_rose_to", "ukrinform",
     "Кількість загиблих унаслідок ракетного удару по Полтаві зросла до 7, повідомили в ДСНС.",
     [r("killed", None, 7, "city:Poltava", UA_OFFICIAL)]),
    ("uk", "chernihiv_hospitalised", "suspilne",
     "Шестеро постраждалих госпіталізовані після атаки дронів на Чернігів, повідомив начальник "
     "міської військової адміністрації Дмитро Брижинський.",
     [r("injured", None, 6, "city:Chernihiv", UA_OFFICIAL)]),
    ("uk", "zhytomyr_travmovano_telegram", "pravda",
     "Через нічну атаку на Житомирщину травмовано чотирьох людей, написав у Telegram голова "
     "ОВА Віталій Бунечко.",
     [r("injured", None, 4, "UA-18", UA_OFFICIAL)]),
    ("uk", "kherson_age_not_count", "kyivindependent",
     "Внаслідок атаки російських дронів у Херсоні загинув 58-річний чоловік, ще двоє людей "
     "поранені, повідомили в Херсонській міській військовій адміністрації.",
     [r("killed", None, 1, "city:Kherson", UA_OFFICIAL),
      r("injured", None, 2, "city:Kherson", UA_OFFICIAL)]),
    ("uk", "nikopol_vbyto_words", "pravda",
     "Російськими дронами вбито двох цивільних у Нікополі, повідомив Сергій Лисак.",
     [r("killed", None, 2, "city:Nikopol", UA_OFFICIAL)]),
    ("uk", "kab_kharkiv_oblast_headline_dash", "suspilne",
     "Харківщина: через удари КАБ за добу поранено п'ятьох людей — Синєгубов",
     [r("injured", None, 5, "UA-63", UA_OFFICIAL)]),
    ("uk", "outlet_kyiv_at_least_killed", "kyivindependent",
     "Щонайменше 3 людини загинули внаслідок масованої атаки на Київ.",
     [r("killed", None, 3, "UA-30", UA_OUTLET)]),
    # --- Russian claims relayed -------------------------------------------------------------
    ("uk", "ru_mod_two_regions_one_number", "ukrinform",
     "У Міноборони РФ заявили, що минулої ночі над Курською та Брянською областями нібито "
     "знищили 27 українських безпілотників.",
     [r("intercepted", "uav", 27, "RU", RU_MILITARY)]),
    ("uk", "ru_mod_total_breakdown", "pravda",
     "Російське міністерство оборони стверджує, що вночі над територією Росії збили 64 дрони, "
     "з них 31 — над Курською областю, 18 — над Брянською.",
     [r("intercepted", "uav", 64, "RU", RU_MILITARY),
      r("intercepted", "uav", 31, "RU-KRS", RU_MILITARY),
      r("intercepted", "uav", 18, "RU-BRY", RU_MILITARY)]),
    ("uk", "ru_mod_crimea_and_sea", "ukrinform",
     "У Міноборони Росії заявили, що над окупованим Кримом нібито збили 17 українських дронів, "
     "ще 6 — над Чорним морем.",
     [r("intercepted", "uav", 17, "UA-43", RU_MILITARY),
      r("intercepted", "uav", 6, "sea:black", RU_MILITARY)]),
    ("uk", "ru_mod_up_to", "suspilne",
     "У Міноборони РФ заявили, що знищили до 30 безпілотників над Ростовською областю.",
     [r("intercepted", "uav", 30, "RU-ROS", RU_MILITARY)]),
    ("uk", "ru_mod_atacms_nominalised", "kyivindependent",
     "У Міноборони РФ заявили про знищення шести ракет ATACMS над Курською областю.",
     [r("intercepted", "ballistic_missile", 6, "RU-KRS", RU_MILITARY)]),
    ("uk", "ru_sevastopol_appointed_governor", "pravda",
     "У Севастополі ППО збила п'ять дронів, заявив призначений Росією губернатор Михайло "
     "Развожаєв.",
     [r("intercepted", "uav", 5, "UA-40", RU_OFFICIAL)]),
    ("uk", "ru_governor_kursk_injured", "kyivindependent",
     "Губернатор Курської області Олександр Хінштейн заявив, що внаслідок удару безпілотників "
     "по Льгову Курської області поранено двох людей.",
     [r("injured", None, 2, "RU-KRS", RU_OFFICIAL)]),
    ("uk", "ru_governor_belgorod_one_dead", "ukrinform",
     "Губернатор Бєлгородської області В'ячеслав Гладков повідомив про одного загиблого "
     "внаслідок атаки дронів у Шебекіному на Бєлгородщині.",
     [r("killed", None, 1, "RU-BEL", RU_OFFICIAL)]),
    ("uk", "ru_governor_voronezh_no_victims", "kyivindependent",
     "Губернатор Воронезької області Олександр Гусєв заявив, що над регіоном збили 12 "
     "українських дронів, а постраждалих немає.",
     [r("intercepted", "uav", 12, "RU-VOR", RU_OFFICIAL),
      r("killed", None, 0, "RU-VOR", RU_OFFICIAL), r("injured", None, 0, "RU-VOR", RU_OFFICIAL)]),
    ("uk", "ru_sobyanin_moscow", "pravda",
     "Мер Москви Сергій Собянін написав, що на підльоті до столиці збили 5 безпілотників.",
     [r("intercepted", "uav", 5, "RU-MOW", RU_OFFICIAL)]),
    ("uk", "ru_sobyanin_ramenskoye", "suspilne",
     "За словами Собяніна, ще два дрони, що летіли на Москву, знищили в районі Раменського.",
     [r("intercepted", "uav", 2, "RU-MOS", RU_OFFICIAL)]),
    ("uk", "ru_tass_relayed_mlrs", "ukrinform",
     "Російське агентство ТАСС пише, що над Бєлгородською областю нібито збили 9 реактивних "
     "снарядів РСЗО «Вільха».",
     [r("intercepted", "rocket", 9, "RU-BEL", RU_MEDIA)]),
    ("uk", "ru_mod_black_sea", "wire",
     "Над Чорним морем знищено 4 безпілотники, заявили в Міноборони РФ.",
     [r("intercepted", "uav", 4, "sea:black", RU_MILITARY)]),
    # --- Ukrainian strikes on Russia --------------------------------------------------------
    ("uk", "gs_ryazan_at_least_hits", "kyivindependent",
     "Ударні дрони Сил оборони вночі атакували НПЗ у Рязані; зафіксовано щонайменше три "
     "влучання, повідомили в Генштабі ЗСУ.",
     [r("hit", "uav", 3, "city:Ryazan", AIR_FORCE)]),
    ("uk", "sbu_source_engels", "ukrinform",
     "Дрони СБУ уразили аеродром Енгельс у Саратовській області, повідомило джерело Укрінформу "
     "в спецслужбі. За його словами, у ніч на п'ятницю по об'єкту було випущено понад 20 "
     "безпілотників.",
     [r("launched", "uav", 20, "RU-SAR", UA_ANON)]),
    ("uk", "anon_millerovo", "pravda",
     "Співрозмовник в оборонному відомстві розповів УП, що по аеродрому в Міллерові було "
     "випущено щонайменше 15 дронів.",
     [r("launched", "uav", 15, "city:Millerovo", UA_ANON)]),
    ("uk", "gs_helicopters_zaporizhzhia", "suspilne",
     "У Генштабі повідомили, що за добу сили оборони збили два російські гелікоптери Ка-52 у "
     "Запорізькій області.",
     [r("intercepted", "helicopter", 2, "UA-23", AIR_FORCE)]),
    # --- Other outlets relayed, the president, the outlet's own voice -----------------------
    ("uk", "relay_suspilne_sumy", "pravda",
     "Як передає «Суспільне», у Сумах через атаку дронів поранені троє людей.",
     [r("injured", None, 3, "city:Sumy", UA_MEDIA)]),
    ("uk", "relay_reuters_energy", "kyivindependent",
     "За даними Reuters, Росія вночі випустила по українських енергооб'єктах понад 40 ракет.",
     [r("launched", "missile", 40, "UA", OTHER_MEDIA)]),
    ("uk", "zelensky_week_totals", "pravda",
     "Лише за цей тиждень Росія випустила по Україні понад 1200 ударних дронів, майже 900 "
     "керованих авіабомб та 80 ракет різних типів, написав у Telegram президент Володимир "
     "Зеленський.",
     [r("launched", "uav", 1200, "UA", UA_OFFICIAL),
      r("launched", "guided_bomb", 900, "UA", UA_OFFICIAL),
      r("launched", "missile", 80, "UA", UA_OFFICIAL)]),
    ("uk", "zelensky_quote_after", "ukrinform",
     "«Цієї ночі Росія випустила по нашій енергетиці понад 100 дронів і 35 ракет», — заявив "
     "Зеленський.",
     [r("launched", "uav", 100, "UA", UA_OFFICIAL),
      r("launched", "missile", 35, "UA", UA_OFFICIAL)]),
    ("uk", "outlet_voice_x_of_which", "kyivindependent",
     "Росія вночі атакувала Україну 90 дронами, з яких 56 збили сили ППО.",
     [r("launched", "uav", 90, "UA", UA_OUTLET), r("intercepted", "uav", 56, "UA", UA_OUTLET)]),
    ("uk", "wire_outlet_kharkiv_at_least", "wire",
     "Вибухи пролунали в Харкові: місто атакували щонайменше шість дронів.",
     [r("launched", "uav", 6, "city:Kharkiv", WIRE)]),
    ("uk", "wire_af_vs_ru_mod", "wire",
     "Повітряні сили України заявили, що збили 19 із 25 ракет, випущених по Україні. У "
     "Міноборони Росії натомість стверджують, що всі ракети досягли цілей.",
     [r("launched", "missile", 25, "UA", AIR_FORCE),
      r("intercepted", "missile", 19, "UA", AIR_FORCE)]),
    ("uk", "wire_history_after_claim", "wire",
     "У ніч на 14 березня над Одещиною збито 11 дронів, повідомив Олег Кіпер. Нагадаємо, "
     "10 березня внаслідок атаки на Одесу загинули 4 людини.",
     [r("intercepted", "uav", 11, "UA-51", UA_OFFICIAL)]),
    # --- Precision: no claim, or fewer claims than numbers ----------------------------------
    ("uk", "none_history_record", "pravda",
     "Нагадаємо, у лютому росіяни запустили по Україні рекордні 267 дронів за одну ніч.", []),
    ("uk", "none_forecast", "kyivindependent",
     "Аналітики попереджають, що найближчими тижнями Росія може випустити по енергетиці понад "
     "100 ракет.", []),
    ("uk", "none_ground_combat", "ukrinform",
     "За минулу добу оператори дронів знищили 12 танків та 35 артилерійських систем "
     "противника, повідомили в Генштабі.", []),
    ("uk", "none_no_count", "suspilne",
     "Вночі над Черкащиною збивали ворожі дрони, повідомили в ОВА.", []),
    ("uk", "none_threat", "pravda",
     "Медведєв пригрозив новими масованими ударами по Києву.", []),
    ("uk", "none_power_restored", "ukrinform",
     "Енергетики повернули світло 45 тисячам родин на Сумщині після нічної атаки.", []),
    ("uk", "none_aid", "kyivindependent",
     "Німеччина передасть Україні ще 4 системи ППО IRIS-T, заявив міністр оборони.", []),
    ("uk", "none_production", "suspilne",
     "Україна цього року планує виготовити 30 тисяч далекобійних дронів, заявив Зеленський.", []),
    ("uk", "none_several_downed", "pravda",
     "Над Києвом вночі працювала ППО, кілька дронів збито, повідомили в КМВА.", []),
    ("uk", "none_dozens", "suspilne",
     "Десятки дронів атакували Україну вночі, повідомили в Повітряних силах.", []),
    ("uk", "none_personnel_losses", "ukrinform",
     "За добу вбито 1200 окупантів, повідомив Генштаб ЗСУ.", []),
    ("uk", "none_ships_in_sea", "wire",
     "У ВМС повідомили, що в Чорному морі перебувають 3 ракетоносії із сумарним залпом до 24 "
     "Калібрів.", []),
    ("uk", "none_strike_no_count", "ukrinform",
     "Генеральний штаб ЗСУ повідомив, що у ніч на 14 березня Сили оборони уразили склад "
     "боєприпасів у Бєлгородській області.", []),
    ("uk", "none_training", "kyivindependent",
     "Під час навчань мобільні вогневі групи відпрацювали знищення 40 умовних повітряних "
     "цілей.", []),
]

# --- Batch 2: written from the guide after the first fixes, before the extractor read any of it
# (measured alone first: the docstring's "batch 2 before").
CASES_2: list[GridCase] = [
    ("uk", "b2_af_header_mixed_figure", "ukrinform",
     "Повітряні сили: за ніч збито/подавлено 110 дронів\n\nУ ніч на 14 березня (з 18:00 13 "
     "березня) противник атакував 150 ударними БпЛА типу Shahed, Гербера та дронами-імітаторами. "
     "Станом на 08:30 збито/подавлено 110 ворожих БпЛА на півночі, сході та півдні країни.",
     [r("launched", "uav", 150, "UA", AIR_FORCE), r("intercepted", "uav", 110, "UA", AIR_FORCE)]),
    ("uk", "b2_round_tens_genitive", "pravda",
     "Близько трьох десятків ударних дронів атакували Одещину вночі, повідомив Олег Кіпер.",
     [r("launched", "uav", 30, "UA-51", UA_OFFICIAL)]),
    ("uk", "b2_half_hundred_two_oblasts", "suspilne",
     "Над Харківщиною та Сумщиною знешкоджено понад півсотні дронів — Повітряні сили.",
     [r("intercepted", "uav", 50, "UA", AIR_FORCE)]),
    ("uk", "b2_third_night_ordinal", "kyivindependent",
     "Вже третю ніч поспіль росіяни атакують Київ. Цього разу сили ППО знищили 12 дронів, "
     "повідомив Тимур Ткаченко.",
     [r("intercepted", "uav", 12, "UA-30", UA_OFFICIAL)]),
    ("uk", "b2_clock_then_city_x_of_them", "ukrinform",
     "О 03:15 у Дніпрі пролунали вибухи. За словами Сергія Лисака, по місту випустили 4 ракети, "
     "3 з них збили.",
     [r("launched", "missile", 4, "city:Dnipro", UA_OFFICIAL),
      r("intercepted", "missile", 3, "city:Dnipro", UA_OFFICIAL)]),
    ("uk", "b2_toll_rose_city_governor_only", "pravda",
     "Кількість поранених унаслідок удару КАБ по Харкову зросла до 23, повідомив Олег Синєгубов.",
     [r("injured", None, 23, "city:Kharkiv", UA_OFFICIAL)]),
    ("uk", "b2_woman_killed_three_injured", "suspilne",
     "Через атаку дронів на Херсонщину загинула жінка, ще троє людей отримали поранення, "
     "повідомив Олександр Прокудін.",
     [r("killed", None, 1, "UA-65", UA_OFFICIAL), r("injured", None, 3, "UA-65", UA_OFFICIAL)]),
    ("uk", "b2_bryansk_governor", "ukrinform",
     "Губернатор Брянської області Олександр Богомаз заявив, що над регіоном знищили 13 "
     "безпілотників.",
     [r("intercepted", "uav", 13, "RU-BRY", RU_OFFICIAL)]),
    ("uk", "b2_sobyanin_header_colon", "pravda",
     "Собянін: на підльоті до Москви збили ще 3 дрони",
     [r("intercepted", "uav", 3, "RU-MOW", RU_OFFICIAL)]),
    ("uk", "b2_kursk_trailing_governor", "kyivindependent",
     "У Курській області Росії внаслідок удару дронів загинули двоє людей, заявив губернатор "
     "регіону.",
     [r("killed", None, 2, "RU-KRS", RU_OFFICIAL)]),
    ("uk", "b2_gs_crimea_airfield", "suspilne",
     "За даними Генштабу, по аеродрому Бельбек у Криму було завдано удару 10 дронами.",
     [r("launched", "uav", 10, "UA-43", AIR_FORCE)]),
    ("uk", "b2_zero_missiles_reached", "ukrinform",
     "Цієї ночі жодна ракета не досягла Києва, повідомили в КМВА.",
     [r("hit", "missile", 0, "UA-30", UA_OFFICIAL)]),
    ("uk", "b2_six_of_them_four_ballistic", "pravda",
     "Вночі ворог випустив по Україні 6 ракет, з них 4 — балістичні Іскандер-М, повідомили "
     "Повітряні сили.",
     [r("launched", "missile", 6, "UA", AIR_FORCE),
      r("launched", "ballistic_missile", 4, "UA", AIR_FORCE)]),
    ("uk", "b2_mayor_quote_city", "suspilne",
     "Ігор Терехов: «Вночі місто атакували 9 шахедів»",
     [r("launched", "uav", 9, "city:Kharkiv", UA_OFFICIAL)]),
    ("uk", "b2_klitschko_injured", "kyivindependent",
     "Щонайменше 14 людей постраждали внаслідок нічної атаки на Київ, повідомив мер Віталій "
     "Кличко.",
     [r("injured", None, 14, "UA-30", UA_OFFICIAL)]),
    ("uk", "b2_instrumental_kab_city_council", "ukrinform",
     "Ворог атакував Запоріжжя трьома керованими авіабомбами, повідомили в міській раді.",
     [r("launched", "guided_bomb", 3, "city:Zaporizhzhia", UA_OFFICIAL)]),
    ("uk", "b2_parenthesised_counts", "pravda",
     "Найбільше дронів збили над Київщиною (12), Черкащиною (8) та Полтавщиною (5), повідомили "
     "Повітряні сили.",
     [r("intercepted", "uav", 12, "UA-32", AIR_FORCE),
      r("intercepted", "uav", 8, "UA-71", AIR_FORCE),
      r("intercepted", "uav", 5, "UA-53", AIR_FORCE)]),
    ("uk", "b2_za_slovamy_zelensky", "suspilne",
     "За словами Зеленського, цієї ночі по Україні було випущено понад 400 дронів і 40 ракет.",
     [r("launched", "uav", 400, "UA", UA_OFFICIAL),
      r("launched", "missile", 40, "UA", UA_OFFICIAL)]),
    ("uk", "b2_police_oblast_day", "ukrinform",
     "У Херсонській області через атаки дронів за добу травмовано 9 людей, повідомили в поліції.",
     [r("injured", None, 9, "UA-65", UA_OFFICIAL)]),
    ("uk", "b2_hospitalised_outlet", "suspilne",
     "Після атаки дронів на Суми до лікарні госпіталізували трьох людей.",
     [r("injured", None, 3, "city:Sumy", UA_OUTLET)]),
    ("uk", "b2_shebekino_attacked", "ukrinform",
     "Шебекіне знову під ударом: за добу місто атакували 15 дронів, повідомив В'ячеслав Гладков.",
     [r("launched", "uav", 15, "city:Shebekino", RU_OFFICIAL)]),
    ("uk", "b2_crimea_occupation_authorities", "pravda",
     "Окупаційна влада Криму заявила, що над півостровом збили 9 дронів.",
     [r("intercepted", "uav", 9, "UA-43", RU_OFFICIAL)]),
    ("uk", "b2_azov_neptune", "kyivindependent",
     "У Міноборони РФ заявили, що над Азовським морем нібито збили 3 ракети «Нептун».",
     [r("intercepted", "cruise_missile", 3, "sea:azov", RU_MILITARY)]),
    ("uk", "b2_kab_zaporizhzhia_oblast_day", "suspilne",
     "Протягом дня росіяни скинули на Запорізьку область 31 керовану авіабомбу, повідомив Іван "
     "Федоров.",
     [r("launched", "guided_bomb", 31, "UA-23", UA_OFFICIAL)]),
    ("uk", "b2_distributive_three_oblasts", "ukrinform",
     "Над Полтавщиною, Черкащиною і Кіровоградщиною збили по два дрони, повідомили в Повітряних "
     "силах.",
     [r("intercepted", "uav", 2, "UA-53", AIR_FORCE),
      r("intercepted", "uav", 2, "UA-71", AIR_FORCE),
      r("intercepted", "uav", 2, "UA-35", AIR_FORCE)]),
    ("uk", "b2_community_of_oblast", "pravda",
     "В одній з громад Сумщини через удар КАБ поранено двох людей, повідомили в Сумській ОВА.",
     [r("injured", None, 2, "UA-59", UA_OFFICIAL)]),
    ("uk", "b2_kyiv_district", "suspilne",
     "У Дарницькому районі столиці внаслідок падіння уламків ракети травмовано чотирьох людей, "
     "повідомив Віталій Кличко.",
     [r("injured", None, 4, "UA-30", UA_OFFICIAL)]),
    ("uk", "b2_none_month_tally_thousands", "ukrinform",
     "Від початку березня Росія випустила по Україні 1 250 ударних дронів, написав Зеленський.",
     []),
    ("uk", "b2_killed_at_least_five", "kyivindependent",
     "Внаслідок ракетного удару по Кривому Рогу загинули щонайменше п'ятеро людей, повідомив "
     "Олександр Вілкул.",
     [r("killed", None, 5, "city:Kryvyi Rih", UA_OFFICIAL)]),
    ("uk", "b2_rostov_governor_launched", "pravda",
     "Губернатор Ростовської області Юрій Слюсар заявив, що регіон атакували понад 20 "
     "безпілотників.",
     [r("launched", "uav", 20, "RU-ROS", RU_OFFICIAL)]),
    # precision
    ("uk", "b2_none_production_month", "suspilne",
     "Росія виготовляє близько 2700 шахедів на місяць, заявили у ГУР.", []),
    ("uk", "b2_none_year_history", "ukrinform",
     "У 2024 році Росія скинула на Україну понад 11 тисяч керованих авіабомб.", []),
    ("uk", "b2_none_damage_only", "pravda",
     "Унаслідок нічної атаки на Київщині пошкоджено 12 приватних будинків та 3 автомобілі.", []),
    ("uk", "b2_none_deliveries", "kyivindependent",
     "Сили оборони отримали 50 нових зенітних установок від партнерів.", []),
    ("uk", "b2_none_forecast_gur", "suspilne",
     "Росія готує новий масований удар із залученням до 200 ракет, попередили в ГУР.", []),
    ("uk", "b2_none_artillery_times", "ukrinform",
     "Ворог 25 разів обстріляв Нікопольщину з артилерії та мінометів, повідомив Сергій Лисак.",
     []),
    ("uk", "b2_none_all_no_count", "pravda",
     "Над Вінниччиною вночі працювала ППО, усі ворожі дрони знищено, повідомив Сергій Борзов.",
     []),
    ("uk", "b2_none_alert_hours", "suspilne",
     "Повітряна тривога в Києві тривала понад три години, в укриттях перебували 40 тисяч людей.",
     []),
]

# --- Batch 3: written from the guide after the batch-2 fixes, before the extractor read any of it.
CASES_3: list[GridCase] = [
    ("uk", "b3_hit_urazyla_singular", "suspilne",
     "Ракета уразила об'єкт інфраструктури на Рівненщині, повідомив голова ОВА Олександр Коваль.",
     [r("hit", "missile", 1, "UA-56", UA_OFFICIAL)]),
    ("uk", "b3_two_hits_ballistic", "ukrinform",
     "У Кривому Розі зафіксовано два влучання балістичних ракет, повідомив Олександр Вілкул.",
     [r("hit", "ballistic_missile", 2, "city:Kryvyi Rih", UA_OFFICIAL)]),
    ("uk", "b3_bodies_recovered", "kyivindependent",
     "Рятувальники дістали з-під завалів тіла трьох загиблих після ракетного удару по Києву, "
     "повідомили в ДСНС.",
     [r("killed", None, 3, "UA-30", UA_OFFICIAL)]),
    ("uk", "b3_dash_press_service", "pravda",
     "Через атаку дронів на Хмельниччину травмовано двох людей, — повідомляє пресслужба ДСНС.",
     [r("injured", None, 2, "UA-68", UA_OFFICIAL)]),
    ("uk", "b3_relay_ukrinform", "pravda",
     "Як повідомляє Укрінформ, над Волинню вночі знищено 4 ударні безпілотники.",
     [r("intercepted", "uav", 4, "UA-07", UA_MEDIA)]),
    ("uk", "b3_monitoring_channels", "suspilne",
     "За інформацією моніторингових каналів, по Києву росіяни запустили понад 10 ударних "
     "дронів.",
     [r("launched", "uav", 10, "UA-30", UA_MEDIA)]),
    ("uk", "b3_a50_azov_syrskyi", "ukrinform",
     "Сили оборони збили російський літак-розвідник А-50 над Азовським морем, заявив "
     "головнокомандувач ЗСУ Олександр Сирський.",
     [r("intercepted", "aircraft", 1, "sea:azov", AIR_FORCE)]),
    ("uk", "b3_orlan_single", "pravda",
     "Над Запорізькою областю знищено ворожий розвідувальний БпЛА «Орлан-10», повідомили в "
     "Силах оборони півдня.",
     [r("intercepted", "uav", 1, "UA-23", AIR_FORCE)]),
    ("uk", "b3_raion_of_oblast", "suspilne",
     "В Одеському районі Одеської області через атаку дронів поранено трьох людей, повідомив "
     "Олег Кіпер.",
     [r("injured", None, 3, "UA-51", UA_OFFICIAL)]),
    ("uk", "b3_western_regions", "ukrinform",
     "Вночі над Тернопільщиною збили 3 крилаті ракети, ще 2 — над Прикарпаттям, повідомили "
     "Повітряні сили.",
     [r("intercepted", "cruise_missile", 3, "UA-61", AIR_FORCE),
      r("intercepted", "cruise_missile", 2, "UA-26", AIR_FORCE)]),
    ("uk", "b3_khmelnytskyi_adjective_locative", "kyivindependent",
     "У Хмельницькій області сили ППО знищили шість дронів, повідомив Сергій Тюрін.",
     [r("intercepted", "uav", 6, "UA-68", UA_OFFICIAL)]),
    ("uk", "b3_ru_regions_dashes", "pravda",
     "У Міноборони РФ заявили про 25 збитих дронів: над Брянською областю — 10, над Курською "
     "— 7, над Орловською — 8.",
     [r("intercepted", "uav", 25, "RU", RU_MILITARY),
      r("intercepted", "uav", 10, "RU-BRY", RU_MILITARY),
      r("intercepted", "uav", 7, "RU-KRS", RU_MILITARY),
      r("intercepted", "uav", 8, "RU-ORL", RU_MILITARY)]),
    ("uk", "b3_ru_voronezh_lipetsk", "suspilne",
     "Росіяни заявляють, що над Воронезькою областю збили 9 дронів, а над Липецькою — 4. Про "
     "це повідомили в Міноборони РФ.",
     [r("intercepted", "uav", 9, "RU-VOR", RU_MILITARY),
      r("intercepted", "uav", 4, "RU-LIP", RU_MILITARY)]),
    ("uk", "b3_podolsk_moscow_oblast", "ukrinform",
     "Собянін заявив, що 3 безпілотники, які летіли на Москву, збили в районі Подольська.",
     [r("intercepted", "uav", 3, "RU-MOS", RU_OFFICIAL)]),
    ("uk", "b3_krasnodar_krai", "kyivindependent",
     "У Краснодарському краї Росії внаслідок атаки дронів поранено двох людей, повідомив "
     "оперштаб регіону.",
     [r("injured", None, 2, "RU-KDA", RU_OFFICIAL)]),
    ("uk", "b3_tatarstan_far", "pravda",
     "Дрони атакували Татарстан: за словами місцевої влади, над республікою збили 2 безпілотники.",
     [r("intercepted", "uav", 2, "RU-TA", RU_OFFICIAL)]),
    ("uk", "b3_two_speakers", "suspilne",
     "Повітряні сили повідомили, що за ніч збито 40 дронів. Окремо Олег Кіпер заявив, що над "
     "Одещиною знешкоджено 12 з них.",
     [r("intercepted", "uav", 40, "UA", AIR_FORCE),
      r("intercepted", "uav", 12, "UA-51", UA_OFFICIAL)]),
    ("uk", "b3_own_correspondent", "ukrinform",
     "Вночі у Харкові пролунали щонайменше п'ять вибухів, у місті загинула одна людина, передає "
     "кореспондент Укрінформу.",
     [r("killed", None, 1, "city:Kharkiv", UA_OUTLET)]),
    ("uk", "b3_confirmed_next_sentence", "kyivindependent",
     "У Полтаві внаслідок ракетного удару загинули шестеро людей. Інформацію підтвердили в ДСНС.",
     [r("killed", None, 6, "city:Poltava", UA_OFFICIAL)]),
    ("uk", "b3_mobile_fire_groups", "ukrinform",
     "Мобільні вогневі групи знешкодили 17 шахедів над Київщиною, повідомив Микола Калашник.",
     [r("intercepted", "uav", 17, "UA-32", UA_OFFICIAL)]),
    ("uk", "b3_kab_words_instrumental_oblast", "pravda",
     "Окупанти вдарили по Костянтинівці на Донеччині двома керованими авіабомбами, повідомив "
     "Вадим Філашкін.",
     [r("launched", "guided_bomb", 2, "UA-14", UA_OFFICIAL)]),
    ("uk", "b3_none_mlrs_moved", "suspilne",
     "Росія перекинула на Луганщину 12 нових установок РСЗО, повідомили в Генштабі.", []),
    ("uk", "b3_kirovohrad_killed_oblast", "ukrinform",
     "На Кіровоградщині внаслідок удару дронів загинув чоловік, ще двоє поранені, повідомив "
     "Андрій Райкович.",
     [r("killed", None, 1, "UA-35", UA_OFFICIAL), r("injured", None, 2, "UA-35", UA_OFFICIAL)]),
    ("uk", "b3_chernivtsi_bukovyna", "kyivindependent",
     "Над Буковиною сили ППО знищили крилату ракету, повідомив Руслан Запаранюк.",
     [r("intercepted", "cruise_missile", 1, "UA-77", UA_OFFICIAL)]),
    # precision
    ("uk", "b3_none_car_crash", "pravda",
     "Троє людей загинули в ДТП на трасі Київ — Чоп, повідомили в поліції.", []),
    ("uk", "b3_none_artillery_casualties", "suspilne",
     "Внаслідок артилерійського обстрілу Херсона поранено двох людей, повідомив Олександр "
     "Прокудін.", []),
    ("uk", "b3_none_front_clashes", "ukrinform",
     "На фронті за минулу добу відбулося 150 бойових зіткнень, повідомили в Генштабі.", []),
    ("uk", "b3_none_budget", "kyivindependent",
     "Уряд виділив 500 мільйонів гривень на відновлення будинків після ракетних атак.", []),
    ("uk", "b3_none_speech_number", "pravda",
     "Зеленський закликав партнерів передати Україні ще 10 систем Patriot.", []),
    ("uk", "b3_none_shelters_children", "suspilne",
     "Під час повітряної тривоги у київському метро перебували понад 2 тисячі дітей.", []),
]

# --- Batch 4: written from the guide after the batch-3 fixes, before the extractor read any of it.
CASES_4: list[GridCase] = [
    ("uk", "b4_not_less_than", "ukrinform",
     "Не менше ніж 20 ударних дронів атакували Черкащину вночі, повідомив Ігор Табурець.",
     [r("launched", "uav", 20, "UA-71", UA_OFFICIAL)]),
    ("uk", "b4_genitive_words_over", "pravda",
     "Росія вночі запустила по Україні понад сорок дронів і дві ракети Іскандер-К, повідомили "
     "Повітряні сили.",
     [r("launched", "uav", 40, "UA", AIR_FORCE),
      r("launched", "cruise_missile", 2, "UA", AIR_FORCE)]),
    ("uk", "b4_emoji_telegram_post", "suspilne",
     "⚡️ Над Миколаївщиною збито 7 шахедів\n\nПро це повідомив у Telegram голова ОВА Віталій "
     "Кім.",
     [r("intercepted", "uav", 7, "UA-48", UA_OFFICIAL)]),
    ("uk", "b4_s300_kharkiv_oblast", "ukrinform",
     "Росіяни вдарили по Чугуєву на Харківщині чотирма ракетами С-300, повідомив Олег "
     "Синєгубов.",
     [r("launched", "missile", 4, "UA-63", UA_OFFICIAL)]),
    ("uk", "b4_kh22_odesa_oblast", "kyivindependent",
     "По Одещині ворог випустив 3 ракети Х-22, повідомили в Силах оборони півдня.",
     [r("launched", "cruise_missile", 3, "UA-51", AIR_FORCE)]),
    ("uk", "b4_kabs_slang", "pravda",
     "За добу росіяни скинули на Донеччину 45 КАБів, повідомив Вадим Філашкін.",
     [r("launched", "guided_bomb", 45, "UA-14", UA_OFFICIAL)]),
    ("uk", "b4_liveblog_two_speakers", "kyivindependent",
     "09:10 — Повітряні сили: над Україною збито 52 дрони.\n09:25 — Кличко: у Києві "
     "постраждали троє людей.",
     [r("intercepted", "uav", 52, "UA", AIR_FORCE), r("injured", None, 3, "UA-30", UA_OFFICIAL)]),
    ("uk", "b4_death_toll_words", "suspilne",
     "Кількість загиблих унаслідок удару дронів по Одесі зросла до п'яти, повідомив Олег Кіпер.",
     [r("killed", None, 5, "city:Odesa", UA_OFFICIAL)]),
    ("uk", "b4_among_injured_no_extra", "ukrinform",
     "Унаслідок ракетного удару по Запоріжжю поранено 12 людей, серед них двоє дітей, повідомив "
     "Іван Федоров.",
     [r("injured", None, 12, "city:Zaporizhzhia", UA_OFFICIAL)]),
    ("uk", "b4_uklad_intercepted_air_targets", "pravda",
     "Загалом сили ППО знешкодили 61 повітряну ціль над Україною, повідомили Повітряні сили.",
     [r("intercepted", None, 61, "UA", AIR_FORCE)]),
    ("uk", "b4_onyx_crimea_launched", "kyivindependent",
     "За даними Повітряних сил, ворог випустив по Одесі 2 ракети «Онікс» з окупованого Криму.",
     [r("launched", "cruise_missile", 2, "city:Odesa", AIR_FORCE)]),
    ("uk", "b4_zircon_kyiv_destroyed", "ukrinform",
     "Над Києвом знищено ракету «Циркон», повідомили в КМВА.",
     [r("intercepted", "missile", 1, "UA-30", UA_OFFICIAL)]),
    ("uk", "b4_ru_kaluga_tula", "suspilne",
     "Над Калузькою та Тульською областями, за даними Міноборони РФ, знищили по 5 дронів.",
     [r("intercepted", "uav", 5, "RU-KLU", RU_MILITARY),
      r("intercepted", "uav", 5, "RU-TUL", RU_MILITARY)]),
    ("uk", "b4_ru_smolensk_governor", "pravda",
     "Губернатор Смоленської області Василь Анохін заявив, що над регіоном знищили 6 "
     "безпілотників.",
     [r("intercepted", "uav", 6, "RU-SMO", RU_OFFICIAL)]),
    ("uk", "b4_ru_dead_belgorod_city", "kyivindependent",
     "У Бєлгороді внаслідок атаки дронів загинула одна людина, заявив губернатор В'ячеслав "
     "Гладков.",
     [r("killed", None, 1, "city:Belgorod", RU_OFFICIAL)]),
    ("uk", "b4_ua_navy_sea_drones_black_sea", "ukrinform",
     "ВМС ЗСУ повідомили, що над Чорним морем знищено 5 ударних БпЛА.",
     [r("intercepted", "uav", 5, "sea:black", AIR_FORCE)]),
    ("uk", "b4_approx_dozen_over", "suspilne",
     "Близько десятка дронів збили над Полтавщиною, повідомив Володимир Когут.",
     [r("intercepted", "uav", 10, "UA-53", UA_OFFICIAL)]),
    ("uk", "b4_hit_locations_of", "pravda",
     "Зафіксовано влучання 9 ударних БпЛА, повідомили в Повітряних силах.",
     [r("hit", "uav", 9, "UA", AIR_FORCE)]),
    ("uk", "b4_injured_ages_not_counts", "suspilne",
     "У Сумах через атаку дронів поранено жінку 45 років і чоловіка 62 років, повідомили в ОВА.",
     [r("injured", None, 2, "city:Sumy", UA_OFFICIAL)]),
    # precision
    ("uk", "b4_none_alert_regions", "ukrinform",
     "Повітряна тривога вночі була оголошена у 15 областях.", []),
    ("uk", "b4_none_shahed_price", "pravda",
     "Один шахед коштує Росії близько 50 тисяч доларів, підрахували аналітики.", []),
    ("uk", "b4_none_exercises_ru", "kyivindependent",
     "Росія провела навчання із запуском 3 ракет «Ярс».", []),
    ("uk", "b4_none_anniversary", "suspilne",
     "Рік тому, 14 березня, внаслідок удару по Одесі загинули 20 людей.", []),
    ("uk", "b4_none_downed_dozens", "ukrinform",
     "Сили ППО знищили десятки ворожих дронів над північними регіонами.", []),
]

# every batch, as tests/grid.py reads them
CASES: list[GridCase] = CASES_1 + CASES_2 + CASES_3 + CASES_4

# Two fixes withdrawn after the gates (tests/test_eval_gate_renamed.py, pass/fail only): the Kyiv
# and Zakarpattia oblast heads added to the registry failed its English blind floor, and an
# unknown town's adjective between "начальник" and "міської військової адміністрації" its
# Ukrainian blind floor.
_NO_KALASHNYK = ("the Kyiv oblast head is not in the registry (adding him failed the renamed"
                 " gate's en blind floor)")
XFAIL: dict[str, str] = {
    "kn23_iskander_kyiv_oblast": _NO_KALASHNYK + ": his name alone names no office",
    "b3_mobile_fire_groups": _NO_KALASHNYK + ": his name alone names no office",
    "izium_city_with_oblast": "an unknown town's adjective in 'начальник Ізюмської міської"
                              " військової адміністрації' stops the office (reading it failed"
                              " the renamed gate's uk blind floor)",
    "mlrs_kherson_city": "the head's oblast in his title ('голова Херсонської ОВА') widens the"
                         " town named alone to the oblast",
    "hit_vluchyla_singular": "'в.о.' is cut into 'в . о .' by the tokenizer, so the acting"
                             " mayor's title does not reach the verb of speech",
    "ru_mod_crimea_and_sea": "an elliptic breakdown line over a sea ('ще 6 — над Чорним морем')"
                             " is not read (over a region it is)",
    "ru_sevastopol_appointed_governor": "a participle with its agent between the verb and the"
                                        " name ('заявив призначений Росією губернатор') stops"
                                        " the speaker search",
    "sbu_source_engels": "a medium's source ('джерело Укрінформу') seated in an unnamed service"
                         " ('у спецслужбі') has no side",
    "anon_millerovo": "a source in a ministry named without its country ('в оборонному"
                      " відомстві') has no side",
    "wire_outlet_kharkiv_at_least": "an unknown site writing Ukrainian is given the ua side by"
                                    " its language (sources/registry.py, by design)",
    "wire_af_vs_ru_mod": "'всі ракети досягли цілей' takes the other speaker's count (25) as"
                         " hits, placed in Russia",
    "b2_zero_missiles_reached": "denials with 'жодна/жоден' ('жодна ракета не досягла Києва')"
                                " give no zero claim (ru 'ни одна' neither)",
    "b2_six_of_them_four_ballistic": "a part told by its kind ('6 ракет, з них 4 — балістичні')"
                                     " is not read",
    "b2_hospitalised_outlet": "'госпіталізувати' as an injured word failed the uk blind floor in"
                              " round 8 (tests/test_round12_uk.py): not tried again",
    "b2_shebekino_attacked": "a Russian town's Ukrainian spelling the dictionary does not know"
                             " ('Шебекіне') reads as a surname, so 'місто' has no town before it",
    "b3_a50_azov_syrskyi": "a title and the body it heads between the verb and a known name"
                           " ('заявив головнокомандувач ЗСУ Олександр Сирський') stop the"
                           " speaker search",
    "b3_own_correspondent": "a death after explosions named without a weapon ('пролунали вибухи"
                            " ... загинула одна людина') has no air-war context",
}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
