"""Round 16's table for Ukrainian and Russian news: constructions behind the dev split's
residual errors on news sites (sets news-uk, news-ru), read in full and grouped by cause, each
written again in our own words (no text of the corpora is copied), with an English twin where
the construction exists there.

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case names
(tests/grid.py SITES). Rows are (action, weapon, quantity, location, claimant_side,
claimant_kind). Expectations follow ANNOTATION.md and the review conventions of
docs/evaluation.md ("How the gold was made").

The causes:
- wounds named by joined adjectives ("получил минно-взрывные и осколочные ранения", "отримав
  мінно-вибухові та осколкові поранення"): one person, whose verb stands before the first
  adjective; the conjunction between the adjectives broke the list item, so the wound noun lost
  its victim.
- a toll told as a chain ("возросло до трех, а затем до пяти", "зросла до трьох, а згодом — до
  п'яти", "rose to three and later to five"): the last figure is the toll, the earlier ones
  the counts it passed (superseded, no claim); the later figure had no growth verb of its own
  and was missed, or read as an upper bound.
- hits denied with their target between ("попаданий в объекты критической инфраструктуры
  нет"; Ukrainian "влучань в об'єкти ... немає" was read already; English "there were no hits
  on ..."): hit 0 of the weapon the report speaks of (the guide's denials are claims with
  quantity 0).
- a drone type quoted in Ukrainian reports in its Russian spelling ("БпЛА типу «Молния»"): the
  catalog's Ukrainian names of Molniya held only "молнія", so the list item counted nothing
  (catalog/weapons.toml, as "геран*" stands for Geran).
- the Command of the Ground Forces of Ukraine's armed forces ("Про це повідомили в Командуванні
  Сухопутних військ ЗСУ", "сообщили в Командовании Сухопутных войск ВСУ"), a body outlets cite
  for strikes on training units, was in no registry: its "Про це" signed nothing and its
  "Зазначається, що ..." read as anonymous (catalog/actors.toml).
- a denial after shelling told in the sentences before it in its paragraph, with no air weapon
  named there ("Удень ворог тричі обстріляв громаду. Пошкоджено будинки. На щастя, без
  жертв."): the gunfire's, as a denial in the shelling's own sentence already was (the guide:
  casualties count only when the text ties them to an aerial attack); one air weapon named in
  the paragraph keeps it (grammar/casualty_parts._fire_paragraph).

19 reports (one English with no claim), 27 expected claims. Figures
(`python tests/grid.py tests/test_round16_news.py`):
- before (main's rules): en P 0.000 R 0.000 F1 0.000; ru P 0.625 R 0.500 F1 0.556, claimant
  0.800; uk P 0.786 R 0.733 F1 0.759, claimant 0.818.
- after (this branch): 1.000 everywhere (en 2, ru 10, uk 15 claims).

Tried on the dev split and dropped (docs: the round's report): a victim in the accusative told of
by a relative clause ("ушпиталено 65-річного чоловіка, який отримав поранення"; the one dev
text's claim is placed and signed by a paragraph-final unnamed office, so uk F1 fell); a
trailing unnamed office ("- повідомив начальник Херсонської ОВА") signing its paragraph (uk
claimant fell: the report's lead official then took the outlet's own first paragraph); "ещё
один" kept apart from the claim before (ru F1 fell by one restated drone); "взрыв/вибух дрона"
as one drone's impact (ru false claims on empty texts rose); Kyiv's quarters kept apart as
details (en F1 fell); an outlet's lede replaced by its source's restatement (ru claimant fell).
"""

from __future__ import annotations

import pytest

from claimants import RU_OFF, RU_OUT, UA_MIL, UA_OFF, UA_OUT
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import row as r

CASES: list[GridCase] = [
    # -- wounds named by joined adjectives: one victim -----------------------------------------
    ("ru", "ru_joined_wound_adjectives", "tass",
     "В поселке Красная Яруга при атаке дрона на автомобиль водитель получил "
     "тяжелые осколочные и термические ранения, сообщил Вячеслав Гладков.",
     [r("hit", "uav", 1, "city:Krasnaya Yaruga", RU_OFF),
      r("injured", None, 1, "city:Krasnaya Yaruga", RU_OFF)]),
    ("ru", "ru_joined_wound_adjectives_after", "ria",
     "Беспилотник ударил по грузовику в Грайвороне. Водитель получил минно-взрывные и "
     "осколочные ранения ног, его доставили в больницу.",
     [r("hit", "uav", 1, "city:Graivoron", RU_OUT),
      r("injured", None, 1, "city:Graivoron", RU_OUT)]),
    ("uk", "uk_joined_wound_adjectives", "suspilne",
     "У Херсоні внаслідок удару дрона по зупинці 58-річна жінка отримала вибухову травму "
     "та осколкові і вогнепальні поранення, повідомив голова Херсонської ОВА Олександр "
     "Прокудін.",
     [r("hit", "uav", 1, "UA-65", UA_OFF),
      r("injured", None, 1, "UA-65", UA_OFF)]),
    ("uk", "uk_joined_wound_adjectives_plain", "ukrinform",
     "Російський дрон влучив в автівку в Нікополі. Водій отримав мінно-вибухові та "
     "осколкові поранення.",
     [r("hit", "uav", 1, "city:Nikopol", UA_OUT),
      r("injured", None, 1, "city:Nikopol", UA_OUT)]),

    # -- a toll told as a chain of figures: the last is the claim -------------------------------
    ("ru", "ru_toll_chain_then", "interfax",
     "В Одессе после ночной атаки беспилотников число раненых выросло до четырех, а позже "
     "до семи человек, сообщил глава областной военной администрации Олег Кипер.",
     [r("injured", None, 7, "city:Odesa", UA_OFF)]),
    ("uk", "uk_toll_chain_then_dash", "suspilne",
     "Після ракетного удару по Сумах кількість загиблих зросла до 21, а згодом — до 23 "
     "людей.",
     [r("killed", None, 23, "city:Sumy", UA_OUT)]),
    ("uk", "uk_toll_chain_elliptic", "pravda",
     "Унаслідок атаки дронів на Харків кількість поранених зросла до п'яти, потім до восьми, "
     "повідомив мер Ігор Терехов.",
     [r("injured", None, 8, "city:Kharkiv", UA_OFF)]),
    ("en", "en_toll_chain_later", "reuters",
     "The number of people injured in the Russian drone attack on Dnipro rose to six and "
     "later to nine, the regional governor said.",
     [r("injured", None, 9, "city:Dnipro", UA_OFF)]),

    # -- hits denied, the target between ----------------------------------------------------------
    ("ru", "ru_no_hits_target", "interfax",
     "Ночью российские войска атаковали Житомирскую область ударными беспилотниками. По "
     "словам главы областной военной администрации Виталия Бунечко, попаданий в жилые дома "
     "и объекты энергетики не было.",
     [r("hit", "uav", 0, "UA-18", UA_OFF)]),
    ("ru", "ru_no_hits_plain", "bbcrussian",
     "Над Черниговской областью ночью работала ПВО, сбиты три дрона. Попаданий нет, сообщил "
     "глава Черниговской ОВА Вячеслав Чаус.",
     [r("intercepted", "uav", 3, "UA-74", UA_OFF),
      r("hit", "uav", 0, "UA-74", UA_OFF)]),
    ("en", "en_no_hits_target", "kyivindependent",
     "Russia attacked the Zhytomyr region with attack drones overnight. There were no hits on "
     "residential buildings, Governor Vitalii Bunechko said.",
     [r("hit", "uav", 0, "UA-18", UA_OFF)]),

    # -- a Russian spelling of a drone type in a Ukrainian report ------------------------------
    ("uk", "uk_molniya_russian_spelling_list", "suspilne",
     "Про наслідки обстрілів розповів начальник Харківської ОВА Олег Синєгубов.\n"
     "Протягом доби по області вдарили:\n"
     "▪️три БпЛА типу «Герань-2»;\n"
     "▪️БпЛА типу «Молния»;\n"
     "▪️КАБ.",
     [r("hit", "uav", 3, "UA-63", UA_OFF),
      r("hit", "uav", 1, "UA-63", UA_OFF),
      r("hit", "guided_bomb", 1, "UA-63", UA_OFF)]),
    ("uk", "uk_molniya_russian_spelling_downed", "ukrinform",
     "Над Запоріжжям сили ППО збили два дрони «Молния», повідомив начальник Запорізької ОВА "
     "Іван Федоров.",
     [r("intercepted", "uav", 2, "UA-23", UA_OFF)]),

    # -- the Ground Forces' command as a speaker --------------------------------------------------
    ("uk", "uk_ground_forces_command_signs", "pravda",
     "У вівторок російські війська вдарили по полігону в Дніпропетровській області.\n\n"
     "Окупанти застосували щонайменше дві балістичні ракети \"Іскандер-М\".\n\n"
     "Про це повідомили в Командуванні Сухопутних військ ЗСУ. Зазначається, що одна з ракет "
     "влучила в укриття.",
     [r("launched", "ballistic_missile", 2, "UA-12", UA_MIL),
      r("hit", "ballistic_missile", 1, "UA-12", UA_MIL)]),
    ("ru", "ru_ground_forces_command_signs", "meduza",
     "Российская армия ударила двумя баллистическими ракетами по учебному центру в Черниговской "
     "области. Об этом сообщили в Командовании Сухопутных войск ВСУ.",
     [r("launched", "ballistic_missile", 2, "UA-74", UA_MIL)]),
    # -- a denial after shelling in its paragraph: the gunfire's --------------------------------
    ("uk", "uk_denial_after_shelling", "suspilne",
     "Вночі росіяни атакували Миколаївщину ударними дронами, сили ППО збили 6 шахедів, "
     "повідомив Віталій Кім.\n\nУдень ворог тричі обстріляв Очаківську громаду. Пошкоджено "
     "кілька будинків і лінію електропередачі. На щастя, без жертв.",
     [r("intercepted", "uav", 6, "UA-48", UA_OFF)]),
    ("uk", "uk_denial_after_shelling_and_drone", "suspilne",
     "Удень ворог тричі обстріляв Очаківську громаду. Пошкоджено кілька будинків. Також на "
     "околиці громади впав ударний дрон. На щастя, без жертв.",
     [r("hit", "uav", 1, "city:Ochakiv", UA_OUT),
      r("killed", None, 0, "city:Ochakiv", UA_OUT)]),
    ("ru", "ru_denial_after_shelling", "interfax",
     "Ночью над Белгородской областью сбиты пять беспилотников, сообщил Вячеслав Гладков.\n\n"
     "Днем ВСУ обстреляли из минометов село Новая Таволжанка. Повреждены два частных дома. "
     "Пострадавших нет.",
     [r("intercepted", "uav", 5, "RU-BEL", RU_OFF)]),
    ("en", "en_denial_after_shelling", "kyivindependent",
     "Russian drones attacked the Mykolaiv region overnight, Governor Vitalii Kim said.\n\n"
     "During the day the Ochakiv community came under artillery shelling three times. Several "
     "houses were damaged. There were no casualties.",
     []),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
