"""Round 12 (Ukrainian reports nobody tuned the rules to): my own sentences for the general gaps
of the Ukrainian xfail cases and for the Ukrainian side's accounts relayed in Russian, each with
the claims ANNOTATION.md gives it, written down before the extractor read it. Where a
construction exists in Russian or English, its twin there too.

A report is an Ukrinform page (uk), a Russian-language page of no known side (ru) or an Example
Wire article (en) of Friday 14 March 2025. A row is (action, weapon, quantity, location); as in
the scoring, an expected `missile` matches a kind of missile. An empty list: no claim.

Changed after the first run: "helicopter-placed" first said "над Запоріжжям", which names the
city as well as the oblast (the guide cannot tell which); an oblast of one reading took its place.
"""

from __future__ import annotations

import pytest

from claimants import Placed, row_key, sited_rows, table_params
from claimledger.model import Language
from claimledger.resources import Resources

CASES: list[tuple[Language, str, str, list[Placed]]] = [
    # -- Enemy targets downed: "air targets of mixed kinds" (weapon null) where a verb of
    # interception takes them; a front's "targets" are the ground war's (no claim).
    ("uk", "enemy-targets-kharkiv",
     "Над Харківщиною протиповітряна оборона знищила 8 ворожих цілей.",
     [("intercepted", None, 8, "UA-63")]),
    ("uk", "enemy-targets-passive", "Уночі над Дніпропетровщиною збито шість ворожих цілей.",
     [("intercepted", None, 6, "UA-12")]),
    ("uk", "enemy-targets-about", "Сили ППО знешкодили близько 20 ворожих цілей над Одещиною.",
     [("intercepted", None, 20, "UA-51")]),
    ("uk", "enemy-targets-no-verb", "Ворожих цілей над Львівщиною вночі не було.", []),
    ("uk", "enemy-targets-all-uncounted",
     "Уночі ворог атакував Київщину дронами. Усі ворожі цілі збиті силами ППО. Влучань не"
     " зафіксовано.",
     [("hit", "uav", 0, "UA-32")]),
    ("uk", "enemy-targets-front",
     "Артилеристи знищили 5 ворожих цілей на Покровському напрямку.", []),
    ("ru", "enemy-targets-ru", "Над Киевом силы ПВО уничтожили более 12 вражеских целей.",
     [("intercepted", None, 12, "UA-30")]),
    ("ru", "enemy-targets-ru-passive", "Над Полтавской областью сбиты 9 вражеских целей.",
     [("intercepted", None, 9, "UA-53")]),
    ("en", "enemy-targets-en", "Air defence forces destroyed nine enemy targets over Kyiv.",
     [("intercepted", None, 9, "UA-30")]),

    # the air force's own adjective names the sky as "над" and air defence do
    ("uk", "enemy-targets-af-uk", "Повітряні сили: збито 30 ворожих цілей.",
     [("intercepted", None, 30, "UA")]),
    ("ru", "enemy-targets-af-ru", "Воздушные силы ВСУ: сбиты 25 вражеских целей.",
     [("intercepted", None, 25, "UA")]),
    # bare targets counted and downed where the sky is named ("над", air defence, the air
    # force's own adjective) are air targets as well
    ("ru", "bare-targets-af-ru", "Воздушные силы ВСУ: сбиты 76 целей, 80 — локационно потеряны.",
     [("intercepted", None, 76, "UA"), ("suppressed", None, 80, "UA")]),
    ("uk", "bare-targets-af-uk", "Повітряні сили: збито 54 цілі, ще 20 локаційно втрачені.",
     [("intercepted", None, 54, "UA"), ("suppressed", None, 20, "UA")]),
    ("uk", "bare-targets-over", "Над Вінниччиною сили ППО знешкодили 7 цілей.",
     [("intercepted", None, 7, "UA-05")]),
    ("uk", "bare-targets-front", "Артилеристи знищили 15 цілей на Запорізькому напрямку.", []),
    ("en", "bare-targets-en", "Air defences over Odesa destroyed 11 targets.",
     [("intercepted", None, 11, "city:Odesa")]),

    # -- "найбільше — над Київщиною (18)": the count in brackets after its place is that
    # place's part of the total (totals and breakdowns are separate claims).
    ("uk", "most-in-brackets-kyiv", "Сили ППО збили 52 дрони, найбільше — над Київщиною (18).",
     [("intercepted", "uav", 52, "UA"), ("intercepted", "uav", 18, "UA-32")]),
    ("uk", "majority-in-brackets",
     "Знешкоджено 33 шахеди, більшість — над Миколаївщиною (21).",
     [("intercepted", "uav", 33, "UA"), ("intercepted", "uav", 21, "UA-48")]),
    ("uk", "most-in-brackets-oblast",
     "Уночі збито 27 ударних БпЛА, найбільше — над Сумською областю (11).",
     [("intercepted", "uav", 27, "UA"), ("intercepted", "uav", 11, "UA-59")]),
    ("ru", "most-in-brackets-ru",
     "Сбиты 47 беспилотников, больше всего — над Брянской областью (20).",
     [("intercepted", "uav", 47, "RU"), ("intercepted", "uav", 20, "RU-BRY")]),
    ("en", "most-in-brackets-en",
     "Air defences downed 60 drones, most of them over the Kursk region (25).",
     [("intercepted", "uav", 60, "RU"), ("intercepted", "uav", 25, "RU-KRS")]),

    # -- A distributive item with no verb ("над ... — по три"): over its places, each count
    # downed (ANNOTATION.md: "над Белгородской, Тульской и Тверской областями — по три").
    ("uk", "each-two-poltava", "Над Полтавщиною та Харківщиною — по два шахеди.",
     [("intercepted", "uav", 2, "UA-53"), ("intercepted", "uav", 2, "UA-63")]),
    ("uk", "each-four-three-regions", "Над Черкащиною, Вінниччиною і Київщиною — по чотири БпЛА.",
     [("intercepted", "uav", 4, "UA-71"), ("intercepted", "uav", 4, "UA-05"),
      ("intercepted", "uav", 4, "UA-32")]),
    ("uk", "each-after-header",
     "Уночі сили ППО збили 20 дронів. Над Волинню та Рівненщиною — по п'ять.",
     [("intercepted", "uav", 20, "UA"), ("intercepted", "uav", 5, "UA-07"),
      ("intercepted", "uav", 5, "UA-56")]),
    ("uk", "over-line-seven", "Над Одещиною — сім дронів.", [("intercepted", "uav", 7, "UA-51")]),
    ("ru", "over-line-ru", "Над Брянской областью — 11 беспилотников.",
     [("intercepted", "uav", 11, "RU-BRY")]),
    # a line of live monitoring ("курсом на ...") tells drones in flight, no breakdown of those
    # downed (the guide does not say whether such lines count launches: left unread, as before)
    ("uk", "over-line-course", "Над Харківщиною — 5 ударних БпЛА, курсом на Полтавщину.", []),
    ("uk", "over-line-course-bare", "Над Чернігівщиною — 4 шахеди курсом на Київщину.", []),
    ("ru", "over-line-course-ru", "Над Харьковской областью — 5 ударных БпЛА, курсом на Полтаву.",
     []),
    ("ru", "each-five-ru", "Над Курской и Белгородской областями — по пять беспилотников.",
     [("intercepted", "uav", 5, "RU-KRS"), ("intercepted", "uav", 5, "RU-BEL")]),

    # -- A headline's town before a colon ("Одеса: ...") is the place of its claims; a town
    # named without its region is the city.
    ("uk", "headline-kherson", "Херсон: двоє людей поранені внаслідок атаки дронів.",
     [("injured", None, 2, "city:Kherson")]),
    ("uk", "headline-mykolaiv", "Миколаїв: уночі сили ППО збили 5 шахедів.",
     [("intercepted", "uav", 5, "city:Mykolaiv")]),
    ("uk", "headline-sumy", "Суми: уночі сили ППО збили 4 шахеди.",
     [("intercepted", "uav", 4, "city:Sumy")]),
    ("uk", "headline-dnipro-signed",
     "Дніпро: одна людина загинула внаслідок ракетного удару, — Лисак.",
     [("killed", None, 1, "city:Dnipro")]),
    ("ru", "headline-kherson-ru", "Херсон: два человека ранены в результате атаки дронов.",
     [("injured", None, 2, "city:Kherson")]),
    ("en", "headline-kherson-en", "Kherson: two people injured in a drone attack.",
     [("injured", None, 2, "city:Kherson")]),

    # -- A plane or helicopter downed with no place named is at no known place ("Unknown:
    # null"): an outlet's default country is the night's tally of what was fired at it.
    ("uk", "helicopter-no-place", "Українські пілоти збили російський гелікоптер Ка-52.",
     [("intercepted", "helicopter", 1, None)]),
    ("uk", "two-planes-no-place", "Сили ППО збили два російські літаки Су-25.",
     [("intercepted", "aircraft", 2, None)]),
    ("uk", "plane-placed", "Над Донеччиною збили російський Су-34.",
     [("intercepted", "aircraft", 1, "UA-14")]),
    # a model with a singular adjective in the accusative is one ("a number implied by grammar")
    ("ru", "plane-placed-ru", "Над Харьковской областью сбили российский Су-25.",
     [("intercepted", "aircraft", 1, "UA-63")]),
    ("uk", "helicopter-placed", "Над Херсонщиною сили ППО збили ворожий Ка-52.",
     [("intercepted", "helicopter", 1, "UA-65")]),
    ("uk", "model-alone-no-count", "Росіяни застосували «Орешник».", []),
    ("uk", "drones-no-place-country", "Сили оборони збили 14 дронів.",
     [("intercepted", "uav", 14, "UA")]),

    # -- A state's capital that launches is the state: the claim is of where it struck.
    ("uk", "capital-launches-uk", "Москва знову випустила по Україні 12 ракет.",
     [("launched", "missile", 12, "UA")]),
    ("ru", "capital-launches-ru", "Москва ночью выпустила по Украине 70 беспилотников.",
     [("launched", "uav", 70, "UA")]),
    ("uk", "capital-attacked-uk", "Москва зазнала атаки 20 дронів.",
     [("launched", "uav", 20, "RU-MOW")]),
    ("ru", "over-capital-ru", "Над Москвой сбиты 5 беспилотников.",
     [("intercepted", "uav", 5, "RU-MOW")]),

    # -- Relatives named one by one are people counted ("загинули мати і син": two killed).
    ("uk", "victims-mother-son-kharkiv",
     "Унаслідок ракетного удару по Харкову загинули мати і син.",
     [("killed", None, 2, "city:Kharkiv")]),
    ("uk", "victims-brother-sister", "Унаслідок атаки шахедів на Одесу поранено брата і сестру.",
     [("injured", None, 2, "city:Odesa")]),
    ("uk", "victims-mum-dad", "Унаслідок атаки дронів на Суми загинули мама і тато.",
     [("killed", None, 2, "city:Sumy")]),
    ("en", "victims-mother-daughter-en",
     "A mother and her daughter were killed in a Russian missile strike on Kharkiv.",
     [("killed", None, 2, "city:Kharkiv")]),
    ("ru", "victims-mother-son-ru",
     "В результате ракетного удара по Харькову погибли мать и сын.",
     [("killed", None, 2, "city:Kharkiv")]),

    # -- "балістика", the news' word for ballistic missiles, names an air attack but no count:
    # its victims are the air war's, no launch is counted.
    ("uk", "ballistics-sumy", "Росіяни вдарили балістикою по Сумах: загинули двоє людей, ще 15"
     " поранені.", [("killed", None, 2, "city:Sumy"), ("injured", None, 15, "city:Sumy")]),
    ("uk", "ballistics-odesa", "Окупанти вдарили по Одесі балістикою, поранено 5 людей.",
     [("injured", None, 5, "city:Odesa")]),
    ("uk", "ballistics-kyiv-headline", "Удар балістикою по Києву: троє загиблих.",
     [("killed", None, 3, "UA-30")]),
    ("ru", "ballistics-ru", "Россияне ударили баллистикой по Сумам, погибли два человека.",
     [("killed", None, 2, "city:Sumy")]),

    # -- A count that takes the verb of another clause does not take a planned strike's.
    ("uk", "planned-strike-stock", "Росія готує масований удар: у неї понад 100 ракет Х-101.",
     []),
    ("uk", "planned-strike-ready", "Ворог планує новий удар, для нього вже зібрано 50 ракет.", []),
    ("ru", "planned-strike-stock-ru",
     "Россия готовит массированный удар: у нее более 100 ракет Х-101.", []),
    ("en", "planned-strike-stock-en",
     "Russia is preparing a massive strike: it has stockpiled over 100 Kh-101 missiles.", []),
    ("uk", "strike-then-counts", "Уночі росіяни атакували Одесу: 20 дронів і 3 ракети.",
     [("launched", "uav", 20, "city:Odesa"), ("launched", "missile", 3, "city:Odesa")]),

    # -- Those taken to hospital are injured (ru.toml "госпитализировать"); "скерували" sends;
    # a count "of them" after people counts people.
    ("uk", "hospitalised-uk",
     "Росіяни атакували Одесу ударними дронами. Ще троє людей госпіталізовані.",
     [("injured", None, 3, "city:Odesa")]),
    ("uk", "hospitalised-passive", "Унаслідок ракетного удару по Полтаві госпіталізовано 14 людей.",
     [("injured", None, 14, "city:Poltava")]),
    ("uk", "hospitalised-part",
     "Унаслідок атаки дронів на Суми поранено 10 людей, шістьох із них госпіталізували.",
     [("injured", None, 10, "city:Sumy")]),
    ("ru", "of-them-hospitalised-ru",
     "В результате атаки дронов на Сумы ранены 10 человек, шестерых из них госпитализировали.",
     [("injured", None, 10, "city:Sumy")]),
    ("ru", "hospitalised-ru",
     "Россияне атаковали Одессу ударными дронами. Еще три человека госпитализированы.",
     [("injured", None, 3, "city:Odesa")]),
    ("uk", "directed-drones", "Росіяни скерували на Миколаїв 12 ударних дронів.",
     [("launched", "uav", 12, "city:Mykolaiv")]),
    ("uk", "directed-drones-kharkiv", "Окупанти скерували на Харків 15 шахедів.",
     [("launched", "uav", 15, "city:Kharkiv")]),

    # -- The Air Force's accounts relayed in Russian, and their Ukrainian twins: the targets
    # recorded and their kinds were launched; "локационно потеряны" suppressed; drones gone
    # towards Belarus are no claim and Belarus no place; hits recorded.
    ("ru", "af-targets-kinds-ru",
     "Как сообщили Воздушные силы ВСУ, всего было зафиксировано 173 воздушных цели — пять ракет"
     " «Искандер-М» и 168 беспилотников.",
     [("launched", None, 173, "UA"), ("launched", "ballistic_missile", 5, "UA"),
      ("launched", "uav", 168, "UA")]),
    ("uk", "af-targets-kinds-uk",
     "Загалом було зафіксовано 145 повітряних цілей — три «Іскандери-М» і 142 безпілотники.",
     [("launched", None, 145, "UA"), ("launched", "ballistic_missile", 3, "UA"),
      ("launched", "uav", 142, "UA")]),
    ("ru", "af-lost-belarus-ru",
     "Воздушные силы ВСУ сообщили, что из 60 дронов 45 сбиты, 10 локационно потеряны, еще два"
     " улетели в сторону Беларуси.",
     [("launched", "uav", 60, "UA"), ("intercepted", "uav", 45, "UA"),
      ("suppressed", "uav", 10, "UA")]),
    ("uk", "af-lost-belarus-uk",
     "З 70 дронів 52 збито, 14 локаційно втрачені, ще три полетіли в бік Білорусі.",
     [("launched", "uav", 70, "UA"), ("intercepted", "uav", 52, "UA"),
      ("suppressed", "uav", 14, "UA")]),
    ("ru", "af-belarus-region-ru",
     "По данным Воздушных сил ВСУ, ночью над Черниговской областью сбиты 40 дронов, еще 5"
     " улетели в Беларусь.",
     [("intercepted", "uav", 40, "UA-74")]),
    ("ru", "belarus-airspace-ru",
     "Воздушные силы ВСУ: 20 дронов сбиты, еще пять залетели в воздушное пространство"
     " Беларуси.", [("intercepted", "uav", 20, "UA")]),
    ("ru", "belarus-crossed-ru",
     "Воздушные силы ВСУ: сбиты 30 беспилотников, еще три пересекли границу с Беларусью.",
     [("intercepted", "uav", 30, "UA")]),
    ("uk", "belarus-crossed-uk", "Повітряні сили: збито 30 дронів, ще три перетнули кордон з"
     " Білоруссю.", [("intercepted", "uav", 30, "UA")]),
    ("en", "belarus-crossed-en",
     "The Ukrainian air force said 20 drones were shot down, while five crossed into Belarus.",
     [("intercepted", "uav", 20, "UA")]),
    ("en", "belarus-flew-en",
     "The Ukrainian air force said 20 drones were shot down and five more flew into Belarus.",
     [("intercepted", "uav", 20, "UA")]),
    ("en", "crossed-and-downed-en",
     "A Ukrainian drone crossed into the Kursk region and was shot down there.",
     [("intercepted", "uav", 1, "RU-KRS")]),
    ("ru", "crossed-and-downed-ru",
     "Два беспилотника пересекли границу и были сбиты над Курской областью.",
     [("intercepted", "uav", 2, "RU-KRS")]),
    ("uk", "crossed-and-downed-uk", "Два дрони перетнули кордон і були збиті над Сумщиною.",
     [("intercepted", "uav", 2, "UA-59")]),
    ("ru", "af-hits-ru",
     "Воздушные силы ВСУ: ночью враг атаковал 90 дронами. Сбиты 70, зафиксировано 15"
     " попаданий.",
     [("launched", "uav", 90, "UA"), ("intercepted", "uav", 70, "UA"), ("hit", "uav", 15, "UA")]),
    ("uk", "af-hits-uk", "Уночі ворог атакував 80 дронами. Збито 61, зафіксовано 12 влучань.",
     [("launched", "uav", 80, "UA"), ("intercepted", "uav", 61, "UA"), ("hit", "uav", 12, "UA")]),
]

# Cases the rules still miss, each with why it is left.
XFAIL: dict[str, str] = {
    "bare-targets-af-ru": (
        "bare targets counted and downed under a named sky, read as air targets, lowered the"
        " Russian dev fold b (F1 0.850 -> 0.845): dropped by the fold protocol"),
    "bare-targets-af-uk": (
        "bare targets counted and downed under a named sky, read as air targets, lowered the"
        " Russian dev fold b (F1 0.850 -> 0.845): dropped by the fold protocol"),
    "bare-targets-over": (
        "bare targets counted and downed under a named sky, read as air targets, lowered the"
        " Russian dev fold b (F1 0.850 -> 0.845): dropped by the fold protocol"),
    "bare-targets-en": (
        "bare targets counted and downed under a named sky, read as air targets, lowered the"
        " Russian dev fold b (F1 0.850 -> 0.845): dropped by the fold protocol"),
    "belarus-crossed-en": (
        "English 'crossed into X' also says where a drone was then downed ('crossed into the"
        " Kursk region and was shot down there'), so 'cross' is no verb of departure there"),
    "hospitalised-uk": (
        "'госпіталізувати' as an injured word failed the Ukrainian blind floor in round 8"
        " (tests/test_round8_casualty.py) and is not tried again"),
    "hospitalised-passive": (
        "'госпіталізувати' as an injured word failed the Ukrainian blind floor in round 8"
        " (tests/test_round8_casualty.py) and is not tried again"),
    "headline-mykolaiv": (
        "'Миколаїв' reads as a person's possessive ('Mykola's'), and a person's name opening a"
        " headline before a colon is its speaker ('Кіпер: ...'), so it stays no place"),
}


@pytest.mark.parametrize(("lang", "text", "expected"), table_params(CASES, XFAIL))
def test_round12_uk(
    resources: Resources, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert sited_rows(resources, text, lang, expected) == sorted(expected, key=row_key)


def test_names_unique() -> None:
    names = [name for _, name, _, _ in CASES]
    assert len(names) == len(set(names))
