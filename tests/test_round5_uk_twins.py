"""Fifth generalization round, Ukrainian (issue 15): Ukrainian twins of the Russian rule tables
(tests/test_ru_*.py, test_round3_*.py, test_round4_*.py, test_ruuk_*.py), family by family, in
the wording of Ukrainian outlets and officials (Повітряні сили, ОВА, "збито/знешкоджено",
"уламки", "постраждали", "Нагадаємо"), and the guards a Ukrainian text with no claim needs:
forecasts, history, ground combat, numbers with no air-war meaning.

Each row: (action, weapon, quantity, location), written from ANNOTATION.md before the extractor
read the text; a case with an empty list must give no claim. As in the scoring, `missile`
matches a kind of missile. A report is a page of 14 March 2025 of an outlet of the language's
side (Ukrinform, RIA Novosti, Reuters); all sentences are my own.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from claimants import unmatched
from claimledger.extract import Extractor
from claimledger.model import Claim, Report
from claimledger.resources import Resources

Row = tuple[str, str | None, int, str | None]
SITES = {
    "uk": "https://www.ukrinform.ua/news/1",
    "ru": "https://ria.ru/news/1",
    "en": "https://www.reuters.com/world/1",
}
CASES: dict[str, tuple[str, str, list[Row]]] = {}


def case(name: str, text: str, expected: list[Row], lang: str = "uk") -> None:
    assert name not in CASES, name
    CASES[name] = (lang, text, expected)


def read(resources: Resources, text: str, lang: str) -> list[Claim]:
    report = Report(text=text, lang=lang, url=SITES[lang],
                    published=datetime.fromisoformat("2025-03-14T07:40:00+00:00"))
    claims = Extractor(resources).extract(report, lang).claims
    for claim in claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return claims


UA = "UA"
KYIV = "UA-30"

# -- Verbs of downing besides "збити" (test_ru_general: поражены, подбили, обезврежены).
case("downed-neutralised-active", "Чергові засоби ППО знешкодили п'ять шахедів над Полтавщиною.",
     [("intercepted", "uav", 5, "UA-53")])
case("downed-intercepted-passive", "Над Житомирщиною було перехоплено 9 ворожих БпЛА.",
     [("intercepted", "uav", 9, "UA-18")])
case("downed-knocked", "Мобільні вогневі групи підбили три дрони в небі над Вінниччиною.",
     [("intercepted", "uav", 3, "UA-05")])
case("downed-neutralised-passive", "Над Рівненщиною знешкоджено два безпілотники.",
     [("intercepted", "uav", 2, "UA-56")])
case("downed-destroyed-passive", "На Кіровоградщині знищено шість ударних БпЛА.",
     [("intercepted", "uav", 6, "UA-35")])
case("downed-one-compound", "Уночі на Полтавщині збили ворожий безпілотний літальний апарат.",
     [("intercepted", "uav", 1, "UA-53")])
case("downed-side-defence", "Українська ППО вночі збила 20 дронів.",
     [("intercepted", "uav", 20, UA)])
case("downed-aircraft", "Над Дніпропетровщиною збито російський Су-34.",
     [("intercepted", "aircraft", 1, "UA-12")])
case("downed-oniks", "Над Одесою збито дві ракети «Онікс».",
     [("intercepted", "cruise_missile", 2, "city:Odesa")])

# -- Launches: bombs dropped, ballistic missiles, "по" and a town.
case("bombs-dropped", "Ворог скинув на Херсон чотири керовані авіабомби.",
     [("launched", "guided_bomb", 4, "city:Kherson")])
case("bombs-dropped-kab", "Удень російська авіація скинула на Запоріжжя шість КАБів.",
     [("launched", "guided_bomb", 6, "city:Zaporizhzhia")])
case("bombs-dropped-passive", "На Херсон скинуто дві керовані авіабомби.",
     [("launched", "guided_bomb", 2, "city:Kherson")])
case("ballistic-at-town", "По Львову випущено три балістичні ракети.",
     [("launched", "ballistic_missile", 3, "city:Lviv")])
case("po-town-opening", "По Харкову вночі випустили дві ракети.",
     [("launched", "missile", 2, "city:Kharkiv")])
case("gerbera-decoys", "Росія випустила по Україні 40 «Гербер».", [("launched", "uav", 40, UA)])
case("capital-as-state", "Москва вночі запустила по Україні 90 шахедів.",
     [("launched", "uav", 90, UA)])
case("cities-then-total", "Росія атакувала Київ, Харків та Одесу: загалом ворог випустив 50"
     " дронів.", [("launched", "uav", 50, UA)])
case("air-targets-recorded", "Загалом у повітряному просторі зафіксовано 67 повітряних цілей.",
     [("launched", None, 67, UA)])

# -- Decoys and electronic warfare, told by the Air Force.
case("decoys-lost", "За даними Повітряних сил, над Україною локаційно втрачено 35"
     " дронів-імітаторів.", [("suppressed", "uav", 35, UA)])
case("decoys-beside-downed", "Над Україною збито 40 шахедів, ще 12 імітаторів подавлено засобами"
     " РЕБ.", [("intercepted", "uav", 40, UA), ("suppressed", "uav", 12, UA)])

# -- Part of a whole, all of them, breakdowns (ANNOTATION.md).
case("part-of-launched", "З 48 запущених шахедів знищено 40.",
     [("launched", "uav", 48, UA), ("intercepted", "uav", 40, UA)])
case("part-of-missiles-at-kyiv", "З 12 ракет 10 збито над Києвом.",
     [("launched", "missile", 12, KYIV), ("intercepted", "missile", 10, KYIV)])
case("all-launched-downed", "Усі 14 запущених ворогом шахедів збито.",
     [("launched", "uav", 14, UA), ("intercepted", "uav", 14, UA)])
case("all-downed-no-launch", "Сили ППО збили всі 27 ворожих дронів.",
     [("intercepted", "uav", 27, UA)])
case("breakdown-of-them", "Сили ППО збили 42 шахеди, з них 32 — над Київщиною.",
     [("intercepted", "uav", 42, UA), ("intercepted", "uav", 32, "UA-32")])
case("regions-one-number", "14 дронів збито над Миколаївщиною, Херсонщиною, Хмельниччиною та"
     " Полтавщиною.", [("intercepted", "uav", 14, UA)])

# -- Round nouns and written-out numbers.
case("two-tens", "Над Одещиною збито два десятки шахедів.", [("intercepted", "uav", 20, "UA-51")])
case("over-three-tens", "Над Сумщиною знищено понад три десятки дронів.",
     [("intercepted", "uav", 30, "UA-59")])
case("half-hundred", "Над Чернігівщиною збили близько півсотні безпілотників.",
     [("intercepted", "uav", 50, "UA-74")])
case("three-hundreds", "Росія випустила по Україні близько трьох сотень дронів.",
     [("launched", "uav", 300, UA)])
case("decimal-thousand", "Над Україною збито 1,5 тисячі шахедів.",
     [("intercepted", "uav", 1500, UA)])
case("tens-no-count", "Над Харківщиною збито десятки шахедів.", [])
case("number-spelled-out", "Над Херсонщиною знищено 14 (чотирнадцять) ворожих БпЛА.",
     [("intercepted", "uav", 14, "UA-65")])

# -- Hits.
case("hit-building", "У Кременчуці безпілотник влучив у будівлю автосервісу.",
     [("hit", "uav", 1, "city:Kremenchuk")])
case("hit-direct", "Зафіксовано пряме влучання шахеда в житловий будинок у Харкові.",
     [("hit", "uav", 1, "city:Kharkiv")])
case("hit-locations-no-count", "У Дніпрі зафіксовано падіння уламків у трьох районах.", [])

# -- Casualties: victims by who they were, lives taken, help sought, bodies found.
case("victim-daughter", "Внаслідок ракетного удару по Миколаєву загинула шестирічна донька"
     " місцевого фермера.", [("killed", None, 1, "city:Mykolaiv")])
# "атака дрона на Суми" is a launch in Ukrainian (test_ruuk_recall: "атаки дрона на Чернігів")
case("victims-mother-son", "Внаслідок атаки дрона на Суми загинули мати і син.",
     [("launched", "uav", 1, "city:Sumy"), ("killed", None, 2, "city:Sumy")])
case("victims-wounds", "У Харкові після удару ракети осколкові поранення отримали охоронець і"
     " продавчиня.", [("injured", None, 2, "city:Kharkiv")])
case("lives-taken", "Удар ракети по Одесі забрав життя трьох людей.",
     [("killed", None, 3, "city:Odesa")])
case("sought-help", "Після атаки дронів на Суми по медичну допомогу звернулися п'ятеро людей.",
     [("injured", None, 5, "city:Sumy")])
case("taken-to-hospital", "Після ракетного удару по Харкову до лікарень доставили 12"
     " поранених.", [("injured", None, 12, "city:Kharkiv")])
case("impersonal-wounded", "У Києві уламками дрона поранило 60-річну жінку.",
     [("injured", None, 1, KYIV)])
case("body-found", "У Тернополі після ракетного удару з-під завалів дістали тіло чоловіка.",
     [("killed", None, 1, "city:Ternopil")])
case("dead-and-wounded", "Унаслідок ракетного удару загинули дві людини, ще семеро дістали"
     " поранення. Про це повідомив начальник Одеської ОВА.",
     [("killed", None, 2, "UA-51"), ("injured", None, 7, "UA-51")])
case("count-grew", "Кількість загиблих внаслідок ракетного удару по Кривому Рогу зросла до 14.",
     [("killed", None, 14, "city:Kryvyi Rih")])
case("car-struck", "Унаслідок удару дрона по автомобілю у Нікополі поранено двох чоловіків.",
     [("hit", "uav", 1, "city:Nikopol"), ("injured", None, 2, "city:Nikopol")])
case("city-quarter", "У Шевченківському районі Харкова внаслідок удару загинули двоє людей.",
     [("killed", None, 2, "city:Kharkiv")])

# -- Denials (ANNOTATION.md: "люди не постраждали" gives both, "травмованих немає" injured 0).
case("nobody-hurt-at-place", "Під час атаки дронів на Львів ніхто не постраждав.",
     [("injured", None, 0, "city:Lviv"), ("killed", None, 0, "city:Lviv")])
# "уламки збитого шахеда": one shahed downed (test_round3_ru: "обломки сбитого дрона")
case("no-injured-only", "У Вінниці уламки збитого шахеда впали на дах складу. Травмованих"
     " немає.",
     [("intercepted", "uav", 1, "city:Vinnytsia"), ("injured", None, 0, "city:Vinnytsia")])
case("people-not-hurt", "У Києві уламки впали на дитячий майданчик, люди не постраждали.",
     [("injured", None, 0, KYIV), ("killed", None, 0, KYIV)])

# -- Another time recalled (test_ru_general: год назад, в прошлом году, в прошлый раз);
# "минулої ночі" and "кілька годин тому" are this report's own night.
case("year-ago", "Рік тому Росія випустила по Києву 30 ракет.", [])
case("two-months-ago", "Два місяці тому над Одесою збили 20 дронів.", [])
case("last-year", "Минулого року над Харківщиною збили 200 шахедів.", [])
case("last-summer", "Минулого літа над Києвом збили 30 дронів.", [])
case("last-time", "Це друга атака за тиждень: минулого разу збили 15 дронів.", [])
case("last-week", "Минулого тижня по Харкову випустили 12 ракет.", [])
case("last-night", "Минулої ночі над Київщиною збили 12 шахедів.",
     [("intercepted", "uav", 12, "UA-32")])
case("hours-ago", "Кілька годин тому над Черкащиною збили три шахеди.",
     [("intercepted", "uav", 3, "UA-71")])
case("reminder-dated", "Нагадаємо, 7 березня ворог атакував Харків 40 дронами.", [])
case("as-reported-dated", "Як повідомляв Укрінформ, 10 березня над Україною збили 80 шахедів.",
     [])
case("since-war-began", "Від початку повномасштабного вторгнення Росія випустила по Одещині"
     " понад 2000 ракет.", [])

# -- Forecasts, threats, conditions.
case("fc-preparing", "Моніторингові канали попереджають, що Росія готує удар із залученням 100"
     " ракет.", [])
case("fc-may-launch", "За оцінками розвідки, Росія може запустити по Україні до 500 шахедів за"
     " ніч.", [])
case("fc-if", "Якщо ворог запустить 50 шахедів, ППО впорається.", [])
case("fc-needs", "Україні потрібно ще 25 систем Patriot, заявив президент.", [])

# -- Ground combat and numbers with no air-war meaning.
case("gr-equipment", "Оператори БпЛА 47-ї бригади знищили 12 одиниць техніки ворога.", [])
case("gr-fpv-troops", "FPV-дрони прикордонників уразили 15 окупантів на Куп'янському напрямку.",
     [])
case("gr-launchers", "Сили оборони уразили три пускові установки ЗРК у Курській області.", [])
case("gr-clashes", "Минулої доби на фронті відбулося 150 бойових зіткнень.", [])
case("gr-shelling-times", "Упродовж доби окупанти 450 разів обстріляли 12 населених пунктів"
     " Запорізької області.", [])
case("gr-settlements-attacked", "Ворожі дрони атакували 12 населених пунктів Сумщини.", [])
case("nb-donated", "Волонтери передали бригаді 50 FPV-дронів.", [])
case("nb-produced", "Торік Україна виготовила 1,5 мільйона дронів.", [])
case("nb-shelters", "У Харкові відкрили 12 нових укриттів.", [])
case("nb-repairs", "Після атаки на ремонт 40 будинків міська рада виділила 5 мільйонів гривень.",
     [])
case("nb-alerts", "За добу в Одесі оголошували повітряну тривогу 6 разів.", [])

# -- Russian and third-party claims told by a Ukrainian outlet.
case("ru-mod-relayed", "Міноборони Росії заявило, що над Брянською областю збито 30 українських"
     " дронів.", [("intercepted", "uav", 30, "RU-BRY")])
# the region in the speaker's title makes the town its region (test_ru_challenge, the review's
# convention in docs/evaluation.md)
case("ru-governor-injured", "Губернатор Бєлгородської області заявив, що внаслідок атаки дронів"
     " на Бєлгород постраждали троє людей.", [("injured", None, 3, "RU-BEL")])
case("moscow-approach", "На підльоті до Москви збито 12 безпілотників, заявив Собянін.",
     [("intercepted", "uav", 12, "RU-MOW")])
case("iran-israel", "Іран випустив по Ізраїлю понад 180 балістичних ракет.",
     [("launched", "ballistic_missile", 180, "IL")])


# -- Launches named by their noun, impacts by "впав"/"влетів" (test_round4_ru_missed,
# test_ruuk_unseen).
case("launch-noun", "Повітряні сили повідомили про пуск двох балістичних ракет з Криму.",
     [("launched", "ballistic_missile", 2, UA)])
case("drone-flew-in", "У Харкові дрон влетів у багатоповерхівку.",
     [("hit", "uav", 1, "city:Kharkiv")])
case("missile-fell", "На Київщині ракета впала на територію підприємства.",
     [("hit", "missile", 1, "UA-32")])
case("drone-struck-car", "У Херсоні російський дрон атакував автомобіль.",
     [("hit", "uav", 1, "city:Kherson")])

# -- Counts that go on: "додали ще N", "усі цілі збито" after one count, the first and the
# others, a running count that grew (test_ru_claims, test_round4_*).
case("all-targets-after-count", "Ворог випустив по Києву 12 ракет. Усі цілі збито.",
     [("launched", "missile", 12, KYIV), ("intercepted", "missile", 12, KYIV)])
case("first-and-others", "Перший дрон збили над Полтавою, два інші впали в полі.",
     [("intercepted", "uav", 1, "city:Poltava"), ("hit", "uav", 2, "city:Poltava")])
case("count-grew-downed", "Кількість збитих над Києвом дронів зросла до 25.",
     [("intercepted", "uav", 25, KYIV)])
case("bare-count-after-verb", "Ворог атакував Одещину 20 шахедами, знищено 11.",
     [("launched", "uav", 20, "UA-51"), ("intercepted", "uav", 11, "UA-51")])

# -- Distributive lists and breakdowns by region (test_round3_ru, test_ruuk_unseen).
case("distributive-each", "Над Сумщиною, Полтавщиною та Чернігівщиною збито по три дрони.",
     [("intercepted", "uav", 3, "UA-59"), ("intercepted", "uav", 3, "UA-53"),
      ("intercepted", "uav", 3, "UA-74")])
case("breakdown-colon", "Сили ППО збили 20 дронів: 12 над Київщиною, 8 над Житомирщиною.",
     [("intercepted", "uav", 20, UA), ("intercepted", "uav", 12, "UA-32"),
      ("intercepted", "uav", 8, "UA-18")])
case("came-from-no-place", "Ворог запустив 30 шахедів з напрямку Курська та Брянська.",
     [("launched", "uav", 30, UA)])
case("village-with-region", "У селі Михайлівка Запорізької області внаслідок удару КАБу"
     " загинули двоє людей.", [("hit", "guided_bomb", 1, "UA-23"), ("killed", None, 2, "UA-23")])

# -- Casualties: the toll, lives, a group and people named, denials with a speaker between
# (test_ruuk_recall, test_round4_ru_missed).
case("toll-noun", "Число жертв ракетного удару по Дніпру зросло до дев'яти.",
     [("killed", None, 9, "city:Dnipro")])
case("group-and-named", "Внаслідок атаки дронів на Одесу поранено трьох людей і дитину.",
     [("injured", None, 4, "city:Odesa")])
case("denial-speaker-between", "Уночі ворог атакував Полтаву дронами. Постраждалих, за словами"
     " мера, немає.", [("injured", None, 0, "city:Poltava"), ("killed", None, 0, "city:Poltava")])
case("denial-of-them", "У Сумах уламки шахеда впали біля автобуса з пасажирами, ніхто з них не"
     " постраждав.", [("injured", None, 0, "city:Sumy"), ("killed", None, 0, "city:Sumy")])
case("denial-governor-region", "Начальник Дніпропетровської ОВА повідомив, що над Павлоградом"
     " збито три шахеди. Постраждалих немає.",
     [("intercepted", "uav", 3, "UA-12"), ("injured", None, 0, "UA-12"),
      ("killed", None, 0, "UA-12")])

# -- History told with "тоді", conditions with "якщо" (test_ruuk_unseen).
case("then-history", "Рік тому ракета влучила в торговий центр. Тоді загинули 22 людини.", [])
case("last-year-strike", "Торік Росія випустила по Україні понад 11 тисяч ракет.", [])
case("if-launches", "Якщо Росія запустить 300 дронів, частина прорветься.", [])

# -- More that is no claim in Ukrainian news: damage, evacuation, outages, stockpiles, supplies,
# the front's dead, artillery.
case("nb-damage", "Унаслідок атаки пошкоджено 12 автомобілів і три школи.", [])
case("nb-evacuated", "Після ракетного удару з району евакуювали 40 людей.", [])
case("nb-outage", "Після атаки без світла залишилися 15 тисяч абонентів.", [])
case("nb-responders", "До ліквідації наслідків атаки залучили 50 рятувальників та 12 одиниць"
     " техніки.", [])
case("nb-explosions", "У Києві вночі пролунали три вибухи.", [])
case("nb-stockpile", "Росія накопичила понад 2000 шахедів для масованих ударів.", [])
case("nb-supplied", "Іран передав Росії 400 балістичних ракет.", [])
case("gr-front-dead", "Під час виконання бойового завдання на Покровському напрямку загинули"
     " двоє бійців бригади.", [])
case("gr-artillery-wounded", "Окупанти обстріляли Херсон з артилерії, поранено двох людей.", [])
case("gr-bombs-on-positions", "Росіяни скинули 40 КАБів на позиції українських військ.", [])
case("gr-assaults", "Сили оборони за добу відбили 120 атак окупантів.", [])


# -- Twins in Russian and English of the rules this round wrote.
# An impersonal neuter past takes its victims as objects ("уламками поранило жінку"), a counted
# group with people named after it as well.
case("neuter-wounded-ru", "В Белгороде осколками дрона ранило женщину.",
     [("injured", None, 1, "city:Belgorod")], "ru")
case("neuter-killed", "У Харкові уламками ракети вбило чоловіка.",
     [("killed", None, 1, "city:Kharkiv")])
case("impersonal-group-and-named-ru", "В результате атаки дронов на Белгород ранило трех человек"
     " и ребенка.", [("injured", None, 4, "city:Belgorod")], "ru")
case("group-and-named-en", "A drone attack on Odesa injured three people and a child.",
     [("injured", None, 4, "city:Odesa")], "en")
case("neuter-wounded-en", "In Kyiv, drone debris injured a 60-year-old woman.",
     [("injured", None, 1, KYIV)], "en")
# "Тоді" right after a sentence of another time is that time's.
case("then-history-ru", "Год назад ракета попала в торговый центр. Тогда погибли 22 человека.",
     [], "ru")
case("then-history-en", "A year ago a missile hit a shopping mall. Then 22 people were killed.",
     [], "en")
case("then-same-night", "Уночі ракета влучила в торговий центр у Києві. Тоді загинули дві"
     " людини.", [("hit", "missile", 1, KYIV), ("killed", None, 2, KYIV)])
# A preposition the dictionary reads first as something else ("на" a particle): the town after
# it is where the denial is ("на Львів ніхто не постраждав").
case("denial-place-ru", "Во время атаки дронов на Белгород никто не пострадал.",
     [("injured", None, 0, "city:Belgorod"), ("killed", None, 0, "city:Belgorod")], "ru")
case("denial-place-en", "No one was hurt in the drone attack on Lviv.",
     [("injured", None, 0, "city:Lviv"), ("killed", None, 0, "city:Lviv")], "en")
# A model named by its adjectives in the singular is one ("збито російський Су-34").
case("aircraft-model-adjective", "Над Дніпром збито російський Су-34.",
     [("intercepted", "aircraft", 1, "city:Dnipro")])
case("aircraft-model-adjective-ru", "Над Днепром сбит российский Су-34.",
     [("intercepted", "aircraft", 1, "city:Dnipro")], "ru")
case("aircraft-model-adjective-en", "A Russian Su-34 was shot down over Dnipro.",
     [("intercepted", "aircraft", 1, "city:Dnipro")], "en")
# Weapons the Ukrainian fast path did not know ("«Гербер»" alone, a helicopter's model).
case("gerbera-ru", "Россия выпустила по Украине 40 «Гербер».", [("launched", "uav", 40, UA)],
     "ru")
case("gerbera-en", "Russia launched 40 Gerbera decoys at Ukraine.", [("launched", "uav", 40, UA)],
     "en")
case("knocked-down-ru", "Расчеты ПВО подбили три дрона в небе над Смоленской областью.",
     [("intercepted", "uav", 3, "RU-SMO")], "ru")
case("knocked-down-en", "Mobile fire groups knocked down three drones over Vinnytsia region.",
     [("intercepted", "uav", 3, "UA-05")], "en")

# A region named with the day's shelling is the place of the strikes told after it ("На Сумщині
# за добу ворог здійснив 85 обстрілів. ... 4 удари КАБами по громаді"); a village shelled is not.
case("shelling-region-context", "На Сумщині ворог за добу здійснив 85 обстрілів. Зафіксовано 4"
     " удари КАБами по громаді.", [("launched", "guided_bomb", 4, "UA-59")])
case("shelling-region-context-ru", "В Белгородской области за сутки противник совершил 85"
     " обстрелов. Зафиксировано 4 удара дронов по селу.", [("hit", "uav", 4, "RU-BEL")], "ru")
case("shelling-region-context-en", "Sumy Oblast saw 85 Russian shelling attacks over the past"
     " day. Four guided bombs hit one of its communities.",
     [("hit", "guided_bomb", 4, "UA-59")], "en")
# "Раніше" and an event verb a few words on, over a subject: an earlier event, history.
case("earlier-over-subject", "Раніше українські пілоти на F-16 збили понад 100 крилатих ракет.",
     [])
case("earlier-over-subject-ru", "Ранее украинские пилоты F-16 сбили более 100 крылатых ракет.",
     [], "ru")
case("earlier-said-that-stays", "Раніше він заявив, що ППО збила 10 дронів над Одещиною.",
     [("intercepted", "uav", 10, "UA-51")])
case("earlier-report-stays", "Раніше Повітряні сили повідомили, що над Києвом збито 10 дронів.",
     [("intercepted", "uav", 10, KYIV)])

# -- Whole short reports with no claim, as Ukrainian sites write them.
case("art-energy-damaged", "Росіяни вночі пошкодили чотири енергооб'єкти на Полтавщині\n\n"
     "Ворог атакував енергетичну інфраструктуру області ударними дронами. Унаслідок атаки"
     " знеструмлено понад 20 тисяч споживачів у трьох громадах. Інформація про постраждалих"
     " уточнюється.", [])
case("art-explosions-heard", "У Києві пролунали вибухи: працює ППО\n\nУвечері у столиці"
     " оголосили повітряну тривогу. Моніторингові канали повідомляли про рух кількох груп"
     " ударних БпЛА з північного напрямку.\n\n\"Працює ППО! Залишайтеся в укриттях\", — написав"
     " начальник КМВА.", [])
case("art-patriot-order", "Україна отримає ще три системи Patriot до кінця року\n\nПрезидент"
     " заявив, що домовився з партнерами про постачання трьох систем ППО. За його словами,"
     " Україні загалом потрібно 25 таких комплексів, щоб захищати міста від балістичних ракет.",
     [])
case("art-fighter-explainer", "Ігнат розповів, скільки ракет може збити один F-16\n\nРечник"
     " Повітряних сил пояснив, що винищувачі F-16 ефективні проти крилатих ракет. За його"
     " словами, один літак за виліт може знищити до чотирьох ракет.\n\nРаніше українські"
     " пілоти на F-16 збили понад 100 крилатих ракет та дронів, додав він.", [])


# -- Places: the raions of the 2020 reform are their oblasts (regions.tsv aliases), before a
# namesake town's district ("Володимирський район" is Volyn's, though Vladimir is "Володимир" in
# Ukrainian); a city's quarters are the city where the city is named ("Самарський район" of
# Dnipro, not Samara).
RAIONS_UK = [("Синельниківському", "UA-12"), ("Нікопольському", "UA-12"), ("Бучанському", "UA-32"),
             ("Білоцерківському", "UA-32"), ("Ізмаїльському", "UA-51"), ("Кременчуцькому", "UA-53"),
             ("Охтирському", "UA-59"), ("Володимирському", "UA-07"), ("Звенигородському", "UA-71"),
             ("Лозівському", "UA-63"), ("Вознесенському", "UA-48"), ("Шепетівському", "UA-68")]
for adjective, region in RAIONS_UK:
    case(f"raion-{region}-{adjective}", f"Уночі уламки шахеда впали у {adjective} районі,"
         " поранено чоловіка.", [("injured", None, 1, region)])
RAIONS_RU = [("Синельниковском", "UA-12"), ("Бучанском", "UA-32"), ("Ахтырском", "UA-59"),
             ("Купянском", "UA-63"), ("Криворожском", "UA-12")]
for adjective, region in RAIONS_RU:
    case(f"raion-ru-{region}-{adjective}", f"Ночью обломки беспилотника упали в {adjective}"
         " районе, ранен мужчина.", [("injured", None, 1, region)], "ru")
case("raion-en", "Debris fell in Synelnykove district, injuring a man.",
     [("injured", None, 1, "UA-12")], "en")
case("quarter-dnipro", "У Дніпрі ворожа ракета влучила в будівлю підприємства в Самарському"
     " районі.", [("hit", "missile", 1, "city:Dnipro")])
case("quarter-zaporizhzhia", "У Запоріжжі уламки дрона впали в Олександрівському районі,"
     " поранено жінку.", [("injured", None, 1, "city:Zaporizhzhia")])
case("quarter-lviv", "У Львові ракета влучила в склад у Залізничному районі.",
     [("hit", "missile", 1, "city:Lviv")])
case("quarter-dnipro-ru", "В Днепре ракета попала в здание предприятия в Самарском районе.",
     [("hit", "missile", 1, "city:Dnipro")], "ru")
case("quarter-odesa-en", "In Odesa, a drone hit a warehouse in the Prymorskyi district.",
     [("hit", "uav", 1, "city:Odesa")], "en")


# -- A header naming the speaker's office before the speaker ("Начальник Дніпропетровської ОВА
# Сергій Лисак: ...") is the speaker's, as "Лисак: ..." is: the count over "області" is of the
# speaker's region.
case("header-office-and-name", "Начальник Дніпропетровської ОВА Сергій Лисак: над областю збили 9"
     " шахедів.", [("intercepted", "uav", 9, "UA-12")])
case("header-office-alone", "Начальник Дніпропетровської ОВА: над областю збили 9 шахедів.",
     [("intercepted", "uav", 9, "UA-12")])
case("header-office-and-name-ru", "Губернатор Белгородской области Вячеслав Гладков: над"
     " регионом сбиты 9 беспилотников.", [("intercepted", "uav", 9, "RU-BEL")], "ru")
case("header-office-and-name-en", "Dnipropetrovsk Governor Serhiy Lysak: nine drones were shot"
     " down over the region.", [("intercepted", "uav", 9, "UA-12")], "en")


# -- A drone that drops a munition carries it: no claim of the drone (the convention the merge
# kept, from the English gold and tests/test_round5_en.py, "drone_dropped_an_explosive"); what
# the enemy drops "з дрона" struck the target; bombs dropped stay launched.
case("drone-dropped", "У Херсоні російський дрон скинув вибухівку на маршрутне таксі.", [])
# The drone a load is dropped from carries it, as a drone that drops it does (round 17: "сбросили
# краску дроном" gave a false claim on the dev split): no drone launched or hit.
case("dropped-from-drone", "Ворог скинув з дрона вибухівку на автомобіль у Нікополі.", [])
case("bombs-dropped-stay-launched", "Росіяни скинули на Херсон 5 авіабомб.",
     [("launched", "guided_bomb", 5, "city:Kherson")])
case("drone-dropped-ru", "В Херсоне российский дрон сбросил взрывчатку на маршрутку.", [], "ru")
case("drone-dropped-en", "In Kherson, a Russian drone dropped explosives on a minibus.", [], "en")


# -- Denials with a cause between the casualty word and its verb, or of the population; the
# hurt taken to hospital; the hospitalised of a count already told are a part of it.
SUMY = "Уночі ворог атакував Суми дронами. "
BELGOROD = "Ночью противник атаковал Белгород дронами. "
case("denial-cause-between", SUMY + "Постраждалих внаслідок атаки не виявлено.",
     [("injured", None, 0, "city:Sumy"),
      ("killed", None, 0, "city:Sumy")])
case("denial-population", SUMY + "Цивільне населення не постраждало.",
     [("injured", None, 0, "city:Sumy"),
      ("killed", None, 0, "city:Sumy")])
case("denial-cause-between-ru", BELGOROD + "Пострадавших в результате атаки не выявлено.",
     [("injured", None, 0, "city:Belgorod"),
      ("killed", None, 0, "city:Belgorod")], "ru")
case("denial-population-ru", BELGOROD + "Мирное население не пострадало.",
     [("injured", None, 0, "city:Belgorod"),
      ("killed", None, 0, "city:Belgorod")], "ru")
case("denial-population-en", "Russia attacked Sumy with drones overnight. The civilian"
     " population was not hurt.",
     [("injured", None, 0, "city:Sumy"),
      ("killed", None, 0, "city:Sumy")], "en")
case("taken-to-hospital-doprav", SUMY + "До лікарні доправили трьох людей.",
     [("injured", None, 3, "city:Sumy")])
case("hospitalised-part", "Унаслідок ракетного удару по Дніпру поранено сімох людей. Шістьох"
     " госпіталізували.", [("injured", None, 7, "city:Dnipro")])


# -- One weapon named beside a count under one event noun is reported with it, though the
# sentence names no place ("влучання балістичної ракети та 4 ударних БпЛА на 3 локаціях").
case("single-beside-count", "Зафіксовано влучання балістичної ракети та 4 ударних БпЛА на 3"
     " локаціях.", [("hit", "ballistic_missile", 1, UA), ("hit", "uav", 4, UA)])
case("single-beside-count-ru", "Зафиксировано попадание баллистической ракеты и 4 ударных БПЛА"
     " на 3 локациях.", [("hit", "ballistic_missile", 1, None), ("hit", "uav", 4, None)], "ru")
case("single-beside-count-en", "Hits of a ballistic missile and 4 attack drones were recorded at"
     " 3 locations.", [("hit", "ballistic_missile", 1, None), ("hit", "uav", 4, None)], "en")
case("topic-noun-alone", "Атака балістичною ракетою: що відомо.", [])


def params() -> list[object]:
    out: list[object] = []
    for name, (lang, text, expected) in CASES.items():
        marks = [pytest.mark.xfail(reason=XFAIL[name], strict=True)] if name in XFAIL else []
        out.append(pytest.param(lang, text, expected, id=name, marks=marks))
    return out


# Cases the rules still miss, each with why it is left.
XFAIL: dict[str, str] = {
    "earlier-over-subject-ru": (
        "Russian keeps the verb within two words of \"Ранее\": its analyzer gives a participle"
        " the verb's lemma, so \"Ранее он сообщал о 10 сбитых беспилотниках\" (an earlier report"
        " of the same attack) would match a wider reach; Ukrainian lemmatizes it as an adjective"),
    "raion-ru-UA-63-Купянском": (
        "the Russian \"Купянский район\" alias is read, but the extractor keeps the town the"
        " raion is named after (city:Kupiansk); the Ukrainian twin gives the oblast"),
}


@pytest.mark.parametrize(("lang", "text", "expected"), params())
def test_round5_uk_twins(resources: Resources, lang: str, text: str,
                         expected: list[Row]) -> None:
    got = [(c.action, c.weapon, c.quantity, c.location) for c in read(resources, text, lang)]
    missing, extra = unmatched(list(expected), got)
    assert (missing, extra) == ([], [])
