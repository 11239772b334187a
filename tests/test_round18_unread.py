"""Round 18's table: causes found in texts outside every evaluation set, the 20,861 Russian
Telegram posts the air-defence screen turns away. 29 of them yield claims; the seventh round's
lead had read them once with their claims (eval/read-before-annotation.txt) and no rule had
been written from their errors, which were still there: they were read again in full. Each cause
is written again in our own words (no text of the corpus is copied), with its twins in the other
languages, and the causes of the claimants were then looked for in all three.

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case names
(tests/grid.py SITES). Rows are (action, weapon, quantity, location, claimant_side,
claimant_kind). Expectations follow ANNOTATION.md and the review conventions of
docs/evaluation.md ("How the gold was made").

The causes:
- an attack by terrorists ("атака террористов на Дагестан", "атака терористів"): no air attack,
  as a terrorist attack ("террористическая атака", "теракт") was not already (the lexicons'
  `other_blows` lacked the noun); the victims are another story's.
- "воздушное судно" alone is any aircraft (an emergency landing, a plane's damage): only
  "беспилотное воздушное судно" is a drone (ru.toml `compound_heads`); Ukrainian "безпілотне
  повітряне судно" was not read at all.
- a medium told, then the speaker ("сообщил ТАСС губернатор ...", "рассказал «Известиям»
  губернатор", "розповів «Суспільному» голова ОВА"): the official speaks and the medium relays
  (mentions/sources.behind_medium took only unnamed sources so; a medium's name in the dative,
  quoted or not, stopped the search for the speaker, `_addressee`).
- a town's head named by the town's office ("глава администрации Белгорода", "глава городской
  администрации") or with the town ("глава Белгорода"): the town's head or its local
  authorities, not the region's governor; a claim placed at the town stays the town (the region
  is not named). "глава города" stays the region's head, as it was: read as the town's local
  authorities it lost the speaker of one renamed blind text (docs/evaluation.md, round 18).
- an attack repelled, by its count ("отражена атака двух беспилотников", the Moscow mayor's
  formula the Russian gold codes as downed; "repelled an attack by two drones" was read as a
  launch in English): the count is the verb's (downed), and launched only where a part of it
  is counted after ("repelled an attack by 26 drones, downing 24 of them", as "28 of 31" is;
  Russian and Ukrainian read "отразила атаку 35 беспилотников, 30 из них сбиты" as two
  interceptions). The patterns' effect `attack_count` (grammar/reader._part_after): not where the
  verb comes after ("в ходе этих атак 10 ракет были уничтожены, а три достигли цели").
- Gaza's civil defence ("Gaza's civil defence agency said", "служба гражданской обороны
  сектора Газа", "служба цивільної оборони сектора Гази"), which the recall audit of this round
  met as a speaker the registry did not know: an emergency service, `official` of side `other`
  (catalog/actors.toml). The police of Ukraine's neighbours ("Полиция Молдавии сообщила о
  падении беспилотника", "Moldovan police said", Romanian and Polish police): their own
  officials (side `other`), where the outlet took the claim. The state news agencies of
  Lebanon (its Russian name "Национальное агентство новостей Ливана") and Syria (SANA).
"""

from __future__ import annotations

import pytest

from claimants import OTHER_OFF, RU_MIL, RU_OFF, UA_MIL, UA_OFF
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params, row

r = row

CASES: list[GridCase] = [
    # -- an attack by terrorists ---------------------------------------------------------------
    ("ru", "ru_terrorists_attack", "interfax",
     "Более десяти полицейских стали жертвами атаки террористов на Дербент, сообщил глава "
     "Дагестана.",
     []),
    ("uk", "uk_terrorists_attack", "ukrinform",
     "Внаслідок атаки терористів на Махачкалу загинули 15 поліцейських, повідомили російські "
     "ЗМІ.",
     []),
    ("en", "en_terrorist_attack", "wire",
     "At least 15 police officers were killed in an attack by terrorists on Derbent, the "
     "regional head said.",
     []),
    # -- an aircraft is no drone -----------------------------------------------------------------
    ("ru", "ru_aircraft_hard_landing", "interfax",
     "Легкомоторный самолет жестко приземлился под Красноярском. Никто не пострадал, но "
     "воздушное судно получило повреждения.",
     []),
    ("uk", "uk_aircraft_hard_landing", "ukrinform",
     "Легкомоторний літак жорстко приземлився під Києвом. Ніхто не постраждав, але повітряне "
     "судно пошкоджене.",
     []),
    ("en", "en_aircraft_hard_landing", "wire",
     "A light aircraft made a hard landing near Krasnoyarsk. No one was hurt, but the aircraft "
     "was damaged.",
     []),
    ("ru", "ru_unmanned_aircraft", "interfax",
     "Над Курской областью сбито беспилотное воздушное судно, сообщило Минобороны России.",
     [r("intercepted", "uav", 1, "RU-KRS", RU_MIL)]),
    ("uk", "uk_unmanned_aircraft", "ukrinform",
     "Над Сумщиною збито безпілотне повітряне судно, повідомили Повітряні сили.",
     [r("intercepted", "uav", 1, "UA-59", UA_MIL)]),
    # -- a medium told, then the speaker ---------------------------------------------------------
    ("ru", "ru_medium_told_official", "interfax",
     "Два беспилотника сбиты над Курской областью, сообщил ТАСС губернатор Александр "
     "Хинштейн.",
     [r("intercepted", "uav", 2, "RU-KRS", RU_OFF)]),
    ("ru", "ru_quoted_medium_dative", "meduza",
     "Над Курской областью сбиты три беспилотника, рассказал «Известиям» губернатор региона.",
     [r("intercepted", "uav", 3, "RU-KRS", RU_OFF)]),
    ("ru", "ru_medium_dative", "meduza",
     "Над Белгородом сбиты четыре беспилотника, сообщил Интерфаксу губернатор Вячеслав "
     "Гладков.",
     [r("intercepted", "uav", 4, "city:Belgorod", RU_OFF)]),
    ("ru", "ru_medium_dative_source", "meduza",
     "Над Курской областью сбиты пять беспилотников, сообщил «Коммерсанту» источник в "
     "Минобороны.",
     [r("intercepted", "uav", 5, "RU-KRS", ("ru", "anonymous"))]),
    ("uk", "uk_quoted_medium_dative", "pravda",
     "Над Запоріжжям збили два дрони, розповів «Суспільному» голова ОВА Іван Федоров.",
     [r("intercepted", "uav", 2, "city:Zaporizhzhia", UA_OFF)]),
    ("en", "en_told_medium", "wire",
     "Two drones were shot down over Kursk, Governor Alexander Khinshtein told TASS.",
     [r("intercepted", "uav", 2, "city:Kursk", RU_OFF)]),
    # -- a town's head -------------------------------------------------------------------------
    ("ru", "ru_head_of_town_administration", "interfax",
     "Над Белгородом сбиты два беспилотника, сообщил глава администрации Белгорода Валентин "
     "Демидов.",
     [r("intercepted", "uav", 2, "city:Belgorod", RU_OFF)]),
    ("ru", "ru_head_of_city_administration", "interfax",
     "Над Белгородом сбиты два беспилотника, сообщил глава городской администрации.",
     [r("intercepted", "uav", 2, "city:Belgorod", RU_OFF)]),
    ("ru", "ru_head_named_with_town", "interfax",
     "Над Белгородом сбиты два беспилотника, сообщил глава Белгорода.",
     [r("intercepted", "uav", 2, "city:Belgorod", RU_OFF)]),
    ("ru", "ru_head_of_region_administration", "interfax",
     "Над Белгородом сбиты два беспилотника, сообщил глава администрации Белгородской области.",
     [r("intercepted", "uav", 2, "RU-BEL", RU_OFF)]),
    ("en", "en_head_of_city", "wire",
     "Two drones were shot down over Belgorod, the head of the city said.",
     [r("intercepted", "uav", 2, "city:Belgorod", RU_OFF)]),
    # -- an attack repelled, by its count ---------------------------------------------------------
    ("ru", "ru_attack_repelled_count", "interfax",
     "Силами ПВО отражена атака трех беспилотников, летевших на Москву, сообщил Сергей "
     "Собянин.",
     [r("intercepted", "uav", 3, "RU-MOW", RU_OFF)]),
    ("ru", "ru_attack_repelled_part", "interfax",
     "ПВО отразила атаку 20 беспилотников на Москву, 18 из них сбиты, сообщил Сергей Собянин.",
     [r("launched", "uav", 20, "RU-MOW", RU_OFF), r("intercepted", "uav", 18, "RU-MOW", RU_OFF)]),
    ("ru", "ru_attacks_then_downed", "interfax",
     "Минобороны заявило, что в ходе этих атак восемь ракет были уничтожены, а две достигли "
     "цели в Курской области.",
     [r("intercepted", "missile", 8, "RU-KRS", RU_MIL), r("hit", "missile", 2, "RU-KRS", RU_MIL)]),
    ("uk", "uk_attack_repelled_count", "ukrinform",
     "Сили ППО відбили атаку трьох дронів на Київ, повідомив Віталій Кличко.",
     [r("intercepted", "uav", 3, "UA-30", UA_OFF)]),
    ("uk", "uk_attack_repelled_part", "ukrinform",
     "Сили ППО відбили атаку 20 дронів на Київ, 18 з них збито, повідомив Віталій Кличко.",
     [r("launched", "uav", 20, "UA-30", UA_OFF), r("intercepted", "uav", 18, "UA-30", UA_OFF)]),
    ("en", "en_attack_repelled_count", "wire",
     "Air defences repelled an attack by three drones flying towards Moscow, Mayor Sergei "
     "Sobyanin said.",
     [r("intercepted", "uav", 3, "RU-MOW", RU_OFF)]),
    ("en", "en_attack_repelled_part", "wire",
     "Air defences repelled an attack by 20 drones on Moscow, downing 18 of them, Mayor Sergei "
     "Sobyanin said.",
     [r("launched", "uav", 20, "RU-MOW", RU_OFF), r("intercepted", "uav", 18, "RU-MOW", RU_OFF)]),
    # -- Gaza's civil defence --------------------------------------------------------------------
    ("en", "en_gaza_civil_defence", "wire",
     "An Israeli air strike on a school in Gaza City killed at least 12 people, Gaza's civil "
     "defence agency said.",
     [r("killed", None, 12, "PS", OTHER_OFF)]),
    ("ru", "ru_gaza_civil_defence", "meduza",
     "При израильском авиаударе по школе в Газе погибли не менее 12 человек, сообщила служба "
     "гражданской обороны сектора Газа.",
     [r("killed", None, 12, "PS", OTHER_OFF)]),
    ("uk", "uk_gaza_civil_defence", "pravda",
     "Унаслідок ізраїльського авіаудару по школі в Газі загинули щонайменше 12 людей, повідомила "
     "служба цивільної оборони сектора Гази.",
     [r("killed", None, 12, "PS", OTHER_OFF)]),
    ("ru", "ru_neighbour_police", "meduza",
     "Полиция Молдавии сообщила о падении беспилотника в пригороде Кишинева.",
     [r("hit", "uav", 1, "MD", OTHER_OFF)]),
    ("uk", "uk_neighbour_police", "pravda",
     "Поліція Румунії повідомила про падіння дрона поблизу Тулчі.",
     [r("hit", "uav", 1, "RO", OTHER_OFF)]),
    ("en", "en_neighbour_police", "wire",
     "Moldovan police said a drone fell near Chisinau.",
     [r("hit", "uav", 1, "MD", OTHER_OFF)]),
    ("ru", "ru_lebanon_news_agency", "meduza",
     "По информации Национального агентства новостей Ливана, по Бейруту было выпущено не "
     "менее трех ракет.",
     [r("launched", "missile", 3, "LB", ("other", "media"))]),
    ("en", "en_syria_news_agency", "wire",
     "Israeli air strikes on Palmyra killed 20 people, Syria's state news agency SANA said.",
     [r("killed", None, 20, "SY", ("other", "media"))]),
    ("uk", "uk_syria_news_agency", "pravda",
     "Унаслідок ізраїльських авіаударів по Дамаску загинули 20 людей, повідомило агентство "
     "SANA.",
     [r("killed", None, 20, "SY", ("other", "media"))]),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
