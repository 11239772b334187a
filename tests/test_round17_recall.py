"""Round 17's recall table: claims the dev split missed outright, casualty counts missed and
extra claims (error classes missed_other, casualty_count, extra_other, false_on_empty), read in
full on every dev set and grouped by cause; each cause written again in our own words (no text
of the corpora is copied), with its twin in the other languages where the construction exists.

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case names
(tests/grid.py SITES). Rows are (action, weapon, quantity, location, claimant_side,
claimant_kind). Expectations follow ANNOTATION.md and the review conventions of
docs/evaluation.md ("How the gold was made").

The causes:
- a weapon named once with a launch participle after it, past a comma ("ракета, выпущенная по
  Днепру", "ракете, запущенной по городу", "ракета, випущена по Дніпру"): one weapon sent, as
  "сбитом" after its noun was one weapon downed already (grammar/relative.launch_after). Only
  past its comma ("the drone or used weapons" is another verb's; with no comma English reads
  "a drone launched from Lebanon" as a participle, and a launch read there broke the English
  blind precision floor, so "ракета выпущенная по Днепру" with no comma is not read). English
  reads "the missile fired at Dnipro" as a finite verb (XFAIL).
- "один из них упал на здание", "один из которых был сбит": one of the weapons just counted,
  acting; Ukrainian ("один з них упав") and English ("one of them fell") read it, Russian lacked
  the pronouns (ru.toml `one_of`). Its debris acting ("при падении обломков одного из них",
  "уламків одного з них", "debris of one of them") is no weapon's hit, in all three
  (mentions/partitive.of_debris; Ukrainian and English read a hit there before).
- a drone named with "fallen" before it ("упавший БПЛА вызвал возгорание", "впалий дрон
  пошкодив дах"): one drone's hit, as the review reads a drone that fell on something; the
  analyzer reads "упавший" as an adjective of its own lemma, which no action held (ru.toml, as
  uk.toml "впалий"). Its debris ("обломки упавшего беспилотника") is no hit. English "a fallen
  drone" has no partner for "fall" (XFAIL).
- one and a half of a round noun in the genitive ("около полутора сотен дронов", "более
  полутора десятков"): "полутора" is the oblique form of "полтора", which ru.toml `halves` lacked,
  so the count was lost (Ukrainian "півтора/півтори" does not decline). English "a dozen and a
  half drones" reads one (XFAIL).
- a drone named after a verb of dropping as what the load fell from ("сбросили краску дроном",
  "скинули вибухівку з дрона", "dropped explosives from a drone"): the carrier, no drone launched
  or hit, as "дрон сбросил взрывчатку" was read already (count_action._load_carrier; the
  prepositions are the lexicons' `carrier_preps`). Bombs dropped on a place stay launched.
- victims put down to "the attack" by a cause word ("в результате атаки пострадали не менее
  пяти человек", "внаслідок атаки постраждали"): of the air attack the report named before, as
  far back as a weapon named reaches (grammar/air_context._blames_attack); Russian reached one
  sentence back for an attack named by its adjective ("о ракетном ударе по Тель-Авиву"), two
  sentences of witnesses stood between. Ukrainian reached ten already. English names no cause
  words and reads no air attack in "reported a missile strike" (XFAIL).
- a tally of victims named by "число/количество" ("количество пострадавших увеличилось до 124",
  "кількість постраждалих зросла до 20") a paragraph after the attack's first victims: the
  running tally goes on, as English "the death toll rose to" did (ru.toml, uk.toml
  `toll_nouns`; air_context._toll_goes_on).
- a weapon named once with a relative clause after it ("ракета, которую Россия запустила по
  Днепру", "ракеты, которая была выпущена", "ракета, яку Росія випустила", "дрон, который упал на
  крышу"): one weapon, the act of its clause (grammar/relative.py; ru.toml, uk.toml
  `relative_heads`); the relative word's number says one where the noun's form does not
  ("ракеты"). English lists no relative words ("HIMARS, which the military has used" told of a
  launcher's service and read a launch on the dev split), so "the missile that Russia fired"
  stays XFAIL.
- a count of strikes ("Russia launched 762 strikes on 17 settlements", "завдала 480 ударів по
  17 населених пунктах"): attacks of every kind (shelling with them), no weapon's count; English
  "strikes" was read as hits of the weapon the report spoke of before (the drones of the
  sentence before), as "Два прильоти" are (mentions/quantities: a strike noun counts no
  weapon's events). The denial told after it then took the attacker of the claim before it, a
  side's own drones: a side's official counting its own people's dead or hurt tells of the
  other side's attack (resolve/sides.attacker, English).

35 reports, 39 expected claims, five English cases XFAIL (the constructions English does not read
or lists no words for). Figures (`python tests/grid.py tests/test_round17_recall.py`):
- before (main's rules): en P 0.545 R 0.545 F1 0.545; ru P 0.857 R 0.353 F1 0.500; uk P 0.800
  R 0.727 F1 0.762; claimant 1.000 on every pair.
- after (this branch): en P 0.750 R 0.545 F1 0.632 (the XFAILs); ru and uk 1.000.

Tried on the dev split and dropped: a wider reach of Russian and English casualties back to the
air attack (`air_context` 3 -> 5 or 6): Russian +3 matched, but +4 read that the gold has at
another place (a town for its region, Israel for Lebanon), F1 flat; English read two false
claims. A weapon claim told again by a teller of another kind kept apart (the governor's six
drones, then the air command's six): +1 Ukrainian, +3 extras elsewhere.
"""

from __future__ import annotations

import pytest

from claimants import OTHER_OFF, OTHER_OUT, RU_MIL, RU_OFF, RU_OUT, UA_MIL, UA_OFF, UA_OUT
from claimledger.extract import Extractor
from claimledger.model import Language, Report
from claimledger.resources import Resources
from grid import PUBLISHED, SITES, GridCase, GridRow, check, grid_params, row

r = row

CASES: list[GridCase] = [
    # -- a launch participle after a weapon named once ----------------------------------------
    ("ru", "ru_launch_participle_after", "bbcrussian",
     "Украинские власти заявили, что баллистическая ракета, выпущенная по Днепру, была "
     "межконтинентальной.",
     [r("launched", "ballistic_missile", 1, "city:Dnipro", UA_OFF)]),
    ("ru", "ru_launch_participle_dative", "bbcrussian",
     "Речь идет о ракете, запущенной в четверг по городу Днепру.",
     [r("launched", "missile", 1, "city:Dnipro", OTHER_OUT)]),
    ("uk", "uk_launch_participle_after", "ukrinform",
     "Балістична ракета, випущена по Дніпру, була міжконтинентальною, заявили в Повітряних "
     "силах.",
     [r("launched", "ballistic_missile", 1, "city:Dnipro", UA_MIL)]),
    ("en", "en_launch_participle_after", "wire",
     "Ukrainian officials said the ballistic missile fired at Dnipro was an intercontinental "
     "one.",
     [r("launched", "ballistic_missile", 1, "city:Dnipro", UA_OFF)]),
    ("en", "en_other_verb_after_drone", "wire",
     "The ministry said the plane never touched the drone or used onboard weapons.",
     []),
    # -- a fallen drone ----------------------------------------------------------------------
    ("ru", "ru_fallen_drone", "interfax",
     "Упавший беспилотник вызвал пожар на складе в Воронеже, сообщил губернатор Александр "
     "Гусев.",
     [r("hit", "uav", 1, "city:Voronezh", RU_OFF)]),
    ("ru", "ru_debris_of_fallen_drone", "interfax",
     "Обломки упавшего беспилотника повредили крышу дома в Воронеже, сообщил губернатор "
     "Александр Гусев.",
     []),
    ("uk", "uk_fallen_drone", "ukrinform",
     "У Харкові впалий дрон пошкодив дах будинку, повідомив Ігор Терехов.",
     [r("hit", "uav", 1, "city:Kharkiv", UA_OFF)]),
    ("en", "en_fallen_drone", "wire",
     "A fallen drone set a warehouse on fire in Voronezh, Governor Alexander Gusev said.",
     [r("hit", "uav", 1, "city:Voronezh", RU_OFF)]),
    # -- one and a half of a round noun -------------------------------------------------------
    ("ru", "ru_half_hundreds_genitive", "meduza",
     "За ночь Россия применила около полутора сотен ударных дронов против Украины, заявили "
     "Воздушные силы ВСУ.",
     [r("launched", "uav", 150, "UA", UA_MIL)]),
    ("ru", "ru_half_tens_genitive", "tass",
     "Над Курской областью уничтожено более полутора десятков беспилотников, сообщило "
     "Минобороны России.",
     [r("intercepted", "uav", 15, "RU-KRS", RU_MIL)]),
    ("uk", "uk_half_hundreds", "ukrinform",
     "Вночі Росія запустила близько півтори сотні дронів по Україні, повідомили Повітряні "
     "сили.",
     [r("launched", "uav", 150, "UA", UA_MIL)]),
    ("en", "en_dozen_and_a_half", "wire",
     "Overnight Russia launched a dozen and a half drones at Ukraine, the air force said.",
     [r("launched", "uav", 18, "UA", UA_MIL)]),
    # -- a drone as the carrier of what was dropped ---------------------------------------------
    ("ru", "ru_dropped_with_drone", "ria",
     "Неизвестные сбросили краску дроном на территорию посольства России в Стокгольме, заявили "
     "в дипмиссии.",
     []),
    ("uk", "uk_dropped_from_drone", "ukrinform",
     "На Херсонщині окупанти скинули вибухівку з дрона на автомобіль, поранено чоловіка, "
     "повідомили в ОВА.",
     [r("injured", None, 1, "UA-65", UA_OFF)]),
    ("en", "en_dropped_from_drone", "wire",
     "In the Kherson region Russian troops dropped explosives from a drone on a car, wounding a "
     "man, the regional administration said.",
     [r("injured", None, 1, "UA-65", UA_OFF)]),
    ("ru", "ru_bombs_dropped_on_place", "ria",
     "Украинские военные сбросили на Белгородскую область четыре авиабомбы, сообщил Гладков.",
     [r("launched", "guided_bomb", 4, "RU-BEL", RU_OFF)]),
    # -- victims of "the attack" named sentences before ------------------------------------------
    ("ru", "ru_victims_of_the_attack", "bbcrussian",
     "В понедельник вечером по Тель-Авиву был нанесен ракетный удар. У торгового центра "
     "прогремели по меньшей мере четыре взрыва, в части домов пропал свет. В результате атаки "
     "пострадали не менее пяти человек.",
     [r("injured", None, 5, "IL", OTHER_OUT)]),
    ("uk", "uk_victims_of_the_attack", "ukrinform",
     "У понеділок увечері по Тель-Авіву було завдано ракетного удару. Біля торгового центру "
     "пролунали щонайменше чотири вибухи, у частині будинків зникло світло. Внаслідок атаки "
     "постраждали щонайменше п'ятеро людей.",
     [r("injured", None, 5, "IL", UA_OUT)]),
    ("en", "en_victims_of_the_attack", "timesofisrael",
     "Israeli media reported a missile strike on Tel Aviv. Witnesses said they heard at least "
     "four explosions near a shopping mall. The ambulance service said at least five people "
     "were hurt as a result of the attack.",
     [r("injured", None, 5, "IL", OTHER_OFF)]),
    # -- a tally of victims that goes on --------------------------------------------------------
    ("ru", "ru_tally_goes_on", "interfax",
     "Во время ракетного удара по Севастополю погибла девятилетняя девочка. Она отдыхала в "
     "Крыму вместе с родителями.\n\nВ настоящий момент количество пострадавших увеличилось до "
     "124 человек, из них трое погибли.",
     [r("killed", None, 1, "UA-40", RU_OUT), r("injured", None, 124, "UA-40", RU_OUT),
      r("killed", None, 3, "UA-40", RU_OUT)]),
    ("uk", "uk_tally_goes_on", "ukrinform",
     "Під час ракетного удару по Одесі загинула жінка. Вона поверталася з роботи додому.\n\n"
     "Наразі кількість постраждалих зросла до 20 людей, з них двоє дітей.",
     [r("killed", None, 1, "city:Odesa", UA_OUT), r("injured", None, 20, "city:Odesa", UA_OUT)]),
    ("en", "en_tally_goes_on", "wire",
     "A woman was killed in a Russian missile strike on Odesa, the regional governor said. She "
     "was on her way home from work when the missile hit.\n\nRescuers worked through the night "
     "at the site. Several cars burned down and windows were blown out in nearby blocks. By "
     "morning the number of injured had risen to 20.",
     [r("killed", None, 1, "city:Odesa", UA_OFF), r("hit", "missile", 1, "city:Odesa", UA_OFF),
      r("injured", None, 20, "city:Odesa", UA_OFF)]),
    # -- a relative clause of a weapon named once -----------------------------------------------
    ("ru", "ru_relative_launch", "interfax",
     "Путин заявил, что ракета, которую Россия запустила по Днепру, была новой разработкой.",
     [r("launched", "missile", 1, "city:Dnipro", RU_OFF)]),
    ("ru", "ru_relative_fell", "interfax",
     "Гладков сообщил, что над Белгородом заметили дрон, который упал на крышу частного дома.",
     [r("hit", "uav", 1, "city:Belgorod", RU_OFF)]),
    ("uk", "uk_relative_launch", "ukrinform",
     "Зеленський заявив, що ракета, яку Росія випустила по Дніпру, була міжконтинентальною.",
     [r("launched", "missile", 1, "city:Dnipro", UA_OFF)]),
    ("en", "en_relative_launch", "wire",
     "Zelensky said the missile that Russia fired at Dnipro was an intercontinental one.",
     [r("launched", "missile", 1, "city:Dnipro", UA_OFF)]),
    ("en", "en_relative_service", "wire",
     "HIMARS launchers, which the Ukrainian military has used for months, changed the course of "
     "the war.",
     []),
    # -- a count of strikes counts no weapon ---------------------------------------------------
    ("en", "en_strikes_counted", "wire",
     "Air defences destroyed 25 Russian drones over the Odesa region overnight, the air force "
     "said. Separately, Russia launched 480 strikes on 17 settlements in the Zaporizhzhia "
     "region over the past day, Governor Ivan Fedorov said.",
     [r("intercepted", "uav", 25, "UA-51", UA_MIL)]),
    ("uk", "uk_strikes_counted", "ukrinform",
     "Сили ППО знищили 25 дронів над Одещиною, повідомили Повітряні сили. Крім того, Росія "
     "завдала 480 ударів по 17 населених пунктах Запорізької області, повідомив Іван Федоров.",
     [r("intercepted", "uav", 25, "UA-51", UA_MIL)]),
    ("ru", "ru_strikes_counted", "interfax",
     "Силы ПВО уничтожили 25 дронов над Одесской областью, сообщили Воздушные силы ВСУ. Кроме "
     "того, Россия нанесла 480 ударов по 17 населенным пунктам Запорожской области, сообщил "
     "Иван Федоров.",
     [r("intercepted", "uav", 25, "UA-51", UA_MIL)]),
    # -- one of them acting; its debris not ---------------------------------------------------
    ("ru", "ru_one_of_them_fell", "interfax",
     "Над Брянском ночью сбиты три беспилотника, сообщил губернатор Александр Богомаз. Один "
     "из них упал на здание предприятия.",
     [r("intercepted", "uav", 3, "city:Bryansk", RU_OFF),
      r("hit", "uav", 1, "city:Bryansk", RU_OFF)]),
    ("ru", "ru_debris_of_one_of_them", "interfax",
     "Над Ростовской областью уничтожены 11 беспилотников, при падении обломков одного из них "
     "пострадал один человек, сообщил Юрий Слюсарь.",
     [r("intercepted", "uav", 11, "RU-ROS", RU_OFF),
      r("injured", None, 1, "RU-ROS", RU_OFF)]),
    ("uk", "uk_debris_of_one_of_them", "ukrinform",
     "Над Сумщиною збили три дрони, при падінні уламків одного з них постраждав чоловік, "
     "повідомили в ОВА.",
     [r("intercepted", "uav", 3, "UA-59", UA_OFF),
      r("injured", None, 1, "UA-59", UA_OFF)]),
    ("en", "en_debris_of_one_of_them", "wire",
     "Three drones were shot down over the Rostov region, and debris of one of them fell on a "
     "house, the governor said.",
     [r("intercepted", "uav", 3, "RU-ROS", RU_OFF)]),
]

XFAIL: dict[str, str] = {
    "en_relative_launch": "English lists no relative words (relative.py: 'which the military "
    "has used' read a launch on the dev split)",
    "en_victims_of_the_attack": "English lists no cause words, and 'reported a missile strike' "
    "names no air attack for the victims after it",
    "en_dozen_and_a_half": "English numbers read no 'a dozen and a half' (it reads one)",
    "en_fallen_drone": "'fall' is a hit with a partner after it ('fell on'); 'a fallen drone' "
    "has none",
    "en_launch_participle_after": "English reads a past form after a noun as a finite verb "
    "unless 'by' follows (document/english.retag)",
}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)


# The grid rows hold no attacker: a side's official counting its own people's dead or hurt
# tells of the other side's attack, not of the side of the claim before it (English borrows
# the attacker of the claim before; resolve/sides.attacker).
OWN_HURT = [
    ("The Russian Defense Ministry said its air defenses destroyed 251 Ukrainian drones "
     "overnight.\n\nIn the Odesa region, Governor Oleh Kiper said Russian drones targeted an "
     "industrial site. He confirmed there were no casualties.",
     {("intercepted", 251): "ua", ("killed", 0): "ru", ("injured", 0): "ru"}),
]


@pytest.mark.parametrize(("text", "attackers"), OWN_HURT)
def test_official_counts_own_hurt(resources: Resources, text: str,
                                  attackers: dict[tuple[str, int], str]) -> None:
    report = Report(text=text, lang="en", url=SITES["wire"], published=PUBLISHED)
    claims = Extractor(resources).extract(report, "en").claims
    assert {(c.action, c.quantity): c.attacker_side for c in claims} == attackers
