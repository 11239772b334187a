"""Generalization round 8 (issue 15), the precision helper: reports that must yield no claim,
and reports where a guard must leave the real claims standing, in Russian, Ukrainian and English.

ANNOTATION.md: not claims are ground combat (troops, tanks, artillery crews destroyed by FPV
drones or shelling), strikes on ground units, personnel losses, forecasts, threats, opinions,
history ("in September ..." about another event) and numbers with no weapon or casualty meaning.
Read from the guide for this table: procurement, production, deliveries, aid, exercises, prices
and sales are no weapon launched, intercepted or hitting; a General Staff tally of the enemy's
losses (daily or since 2022) is a personnel-loss tally; a month's total told after the month is
history; victims of shelling, shootings, road accidents and fires are not of an aerial attack
(dev gold codes "Ukrainian shelling killed two civilians" and a death "в результате артобстрела"
as no claim).

Every sentence is written for this table and every expectation was written from the guide before
the extractor read the sentence. Rows and their matching are those of tests/test_round7_guide.py
(published by "Example Wire" on Friday 2024-11-22 at 07:30 UTC)."""

from __future__ import annotations

from typing import Any

import pytest

import test_round7_guide as guide
from claimants import RU_MIL, UA_MIL, UA_OFF, case_adder, table_params
from claimledger.resources import Resources

c = guide.c
ANY = guide.ANY
Row = guide.Row
NONE: list[Row] = []  # a report with no claim

CASES: list[tuple[str, str, str, list[Row]]] = []

case = case_adder(CASES)


# === Ground combat: troops, tanks, guns and crews destroyed by FPV drones, artillery or assault
case("ru", "ground_ru_fpv_tanks",
     "Расчёты FPV-дронов уничтожили 12 танков и 30 единиц бронетехники ВСУ на Курском "
     "направлении.", NONE)
case("ru", "ground_ru_yeshche_25",
     "Под Покровском наши бойцы отразили три атаки противника. Ещё 25 военнослужащих ВСУ "
     "уничтожены огнём артиллерии.", NONE)
case("ru", "ground_ru_yeshche_25_bare",
     "Штурмовые группы продвинулись на два километра. Ещё 25 уничтожены при попытке "
     "контратаки.", NONE)
case("ru", "ground_ru_operators_vehicles",
     "Операторы беспилотников за сутки поразили 40 единиц техники противника.", NONE)
case("ru", "ground_ru_howitzer_crew",
     "Дрон-камикадзе уничтожил украинскую гаубицу вместе с расчётом из пяти человек.", NONE)
case("ru", "ground_ru_baba_yaga_on_ground",
     "Артиллерия группировки «Север» уничтожила 3 танка и 12 БПЛА «Баба-Яга» на земле.", NONE)
case("ru", "ground_ru_dugouts_militants",
     "Штурмовики уничтожили 4 блиндажа и 15 боевиков в районе Часова Яра.", NONE)
case("ru", "ground_ru_drone_crew",
     "Бойцы группировки «Центр» уничтожили украинский расчёт БПЛА из трёх человек.", NONE)
case("ru", "ground_ru_iskander_troops",
     "Ударом «Искандера» по пункту временной дислокации в Сумской области уничтожено до 60 "
     "военнослужащих ВСУ.", NONE)
case("ru", "ground_ru_mod_losses",
     "Потери ВСУ на Купянском направлении за сутки составили до 410 военнослужащих, три танка и "
     "восемь пикапов, сообщило Минобороны.", NONE)
case("ru", "ground_ru_lancet_launchers",
     "«Ланцеты» поразили две пусковые установки HIMARS и один зенитный комплекс в Харьковской "
     "области.", NONE)
case("uk", "ground_uk_fpv_tanks",
     "Оператори FPV-дронів 3-ї штурмової бригади знищили 7 танків і 20 окупантів.", NONE)
case("uk", "ground_uk_shche_25",
     "На Покровському напрямку триває штурм. Ще 25 окупантів ліквідовано вогнем артилерії.",
     NONE)
case("uk", "ground_uk_shche_25_bare",
     "Наші воїни відбили наступ. Ще 25 знищено під час спроби прорватися до позицій.", NONE)
case("uk", "ground_uk_dronari_vehicles",
     "Дронарі уразили 14 одиниць ворожої техніки за добу.", NONE)
case("uk", "ground_uk_mortar_crew",
     "Ударом FPV-дрона знищено російський міномет разом з обслугою з чотирьох осіб.", NONE)
case("uk", "ground_uk_uav_on_ground",
     "Наші артилеристи знищили 3 танки та 12 ворожих БпЛА на землі.", NONE)
case("uk", "ground_uk_dugouts",
     "Бійці бригади знищили 6 бліндажів і 11 окупантів біля Торецька.", NONE)
case("uk", "ground_uk_strike_on_positions",
     "Сили оборони завдали удару по позиціях ворога, знищено до 40 окупантів і дві гармати.",
     NONE)
case("uk", "ground_uk_lancet_hit_tank",
     "Російський «Ланцет» уразив український танк на Запорізькому напрямку.", NONE)
case("en", "ground_en_fpv_tanks",
     "Ukrainian FPV drone operators destroyed 12 Russian tanks and 30 armoured vehicles near "
     "Pokrovsk.", NONE)
case("en", "ground_en_another_25",
     "Fighting continued near Pokrovsk. Another 25 Russian soldiers were killed by artillery "
     "fire, the brigade said.", NONE)
case("en", "ground_en_howitzers",
     "A Russian drone strike destroyed two Ukrainian howitzers and their crews.", NONE)
case("en", "ground_en_dugouts",
     "Assault units destroyed four dugouts and killed 15 fighters near Chasiv Yar.", NONE)
case("en", "ground_en_strike_troops",
     "An Iskander strike on a troop gathering in the Sumy region killed up to 60 soldiers, the "
     "Russian defence ministry claimed.", NONE)
case("en", "ground_en_drones_on_ground",
     "Artillery destroyed three tanks and 12 drones parked on the ground at a field base.",
     NONE)
case("en", "ground_en_lancet_launchers",
     "Lancet loitering munitions hit two HIMARS launchers in the Kharkiv region.", NONE)

# === Personnel losses: the General Staff's tallies of the enemy's losses, daily or since 2022
case("uk", "losses_uk_since_2022",
     "Загальні бойові втрати противника з 24.02.22 по 22.11.24 орієнтовно склали: особового "
     "складу — близько 727 тисяч осіб, танків — 9420, артилерійських систем — 20 500, БпЛА "
     "оперативно-тактичного рівня — 19 550, крилатих ракет — 2 839.", NONE)
case("uk", "losses_uk_daily",
     "За минулу добу Сили оборони знищили 1 520 окупантів, 12 танків та 41 БпЛА "
     "оперативно-тактичного рівня, повідомив Генштаб.", NONE)
case("uk", "losses_uk_listed",
     "Втрати ворога за добу: особового складу — 1 480, танків — 9, БпЛА "
     "оперативно-тактичного рівня — 55.", NONE)
case("ru", "losses_ru_general_staff",
     "Генштаб ВСУ: с начала вторжения Россия потеряла 19 550 беспилотников "
     "оперативно-тактического уровня и 2 839 крылатых ракет.", NONE)
case("ru", "losses_ru_since_svo",
     "С начала СВО уничтожено 38 тысяч беспилотных летательных аппаратов, сообщило "
     "Минобороны.", NONE)
case("ru", "losses_ru_personnel",
     "Украинские формирования за неделю потеряли более 2 300 военнослужащих.", NONE)
case("en", "losses_en_general_staff",
     "Ukraine's General Staff said Russia had lost 1,520 troops, 12 tanks and 41 "
     "operational-tactical drones over the past day.", NONE)
case("en", "losses_en_since_2022",
     "Kyiv says Russia has lost more than 19,500 drones and 2,800 cruise missiles since "
     "February 2022.", NONE)
case("en", "losses_en_troops",
     "Russia lost about 1,500 soldiers in a single day, according to Ukraine's military.",
     NONE)

# === Forecasts, threats and plans
case("ru", "plan_ru_may_launch",
     "Россия может запустить по Украине до 100 дронов этой ночью, предупредили в ГУР.", NONE)
case("ru", "plan_ru_prepares_strike",
     "Противник готовит удар 50 ракетами по энергетике, заявил Зеленский.", NONE)
case("ru", "plan_ru_threat",
     "Депутат пригрозил ударить по Киеву сотней ракет.", NONE)
case("ru", "plan_ru_if",
     "Если Украина применит ракеты ATACMS, Россия ответит ударом 20 ракет, заявил политолог.",
     NONE)
case("ru", "plan_ru_intends",
     "Минобороны намерено закупить 300 зенитных ракет до конца года.", NONE)
case("ru", "plan_ru_expected",
     "В ближайшие дни ожидается массированная атака, враг накопил более 100 ракет.", NONE)
case("uk", "plan_uk_may_launch",
     "Росія може випустити по Україні понад 100 ракет найближчими днями, попередив Буданов.",
     NONE)
case("uk", "plan_uk_prepares",
     "Ворог готує масований удар: за даними розвідки, накопичено 200 крилатих ракет.", NONE)
case("uk", "plan_uk_plans_production",
     "Україна планує виготовити мільйон дронів у 2025 році.", NONE)
case("uk", "plan_uk_threat",
     "Кремль погрожує вдарити по Києву 50 ракетами.", NONE)
case("uk", "plan_uk_wants",
     "Міністр хоче, щоб партнери передали ще 10 систем ППО.", NONE)
case("en", "plan_en_may_launch",
     "Russia may launch 100 drones at Ukraine in the coming days, intelligence warned.", NONE)
case("en", "plan_en_will_produce",
     "Ukraine will produce 1 million drones next year, the minister said.", NONE)
case("en", "plan_en_preparing",
     "Russia is preparing a strike with 50 missiles, Zelensky warned.", NONE)
case("en", "plan_en_threatens",
     "A Russian lawmaker threatened to hit Kyiv with 100 missiles.", NONE)
case("en", "plan_en_could",
     "The new system could shoot down up to 40 drones at once, its maker said.", NONE)
case("en", "plan_en_plans",
     "The Pentagon plans to buy 600 interceptors next year.", NONE)

# === Procurement, production, deliveries, aid, exercises, prices and sales
case("ru", "supply_ru_iran",
     "Иран поставил России 400 беспилотников Shahed, пишет WSJ.", NONE)
case("ru", "supply_ru_aid",
     "США передадут Украине 500 ракет для Patriot в новом пакете помощи.", NONE)
case("ru", "supply_ru_factory",
     "Завод в Алабуге выпускает около 6000 «Гераней» в год.", NONE)
case("ru", "supply_ru_exercise",
     "На учениях в Астраханской области расчёты С-400 поразили 10 воздушных мишеней.", NONE)
case("ru", "supply_ru_price",
     "Стоимость одной ракеты Patriot составляет около 4 млн долларов.", NONE)
case("ru", "supply_ru_refuse",
     "Германия не будет поставлять Украине ракеты Taurus, заявил Шольц.", NONE)
case("ru", "supply_ru_delivered",
     "КНДР передала России около 100 баллистических ракет, утверждает разведка Южной Кореи.",
     NONE)
case("ru", "supply_ru_sold",
     "Компания продала армии 300 дронов в прошлом году.", NONE)
case("uk", "supply_uk_iran",
     "Іран передав Росії 400 шахедів, пишуть західні ЗМІ.", NONE)
case("uk", "supply_uk_partners",
     "Партнери передали Україні 300 ракет до систем ППО.", NONE)
case("uk", "supply_uk_produced",
     "Україна виробила 1,5 мільйона дронів у 2024 році.", NONE)
case("uk", "supply_uk_exercise",
     "На навчаннях зенітники збили 12 повітряних мішеней.", NONE)
case("uk", "supply_uk_price",
     "Один «Шахед» коштує близько 50 тисяч доларів.", NONE)
case("uk", "supply_uk_package",
     "Новий пакет допомоги включає 20 ракет AIM-9 і 150 дронів.", NONE)
case("uk", "supply_uk_contract",
     "Міноборони уклало контракт на постачання 10 тисяч FPV-дронів.", NONE)
case("en", "supply_en_iran",
     "Iran supplied 400 Shahed drones to Russia, officials said.", NONE)
case("en", "supply_en_aid",
     "The US will send 500 interceptor missiles in a new aid package.", NONE)
case("en", "supply_en_produce",
     "Russia produces about 2,000 Shahed-type drones a month, analysts estimate.", NONE)
case("en", "supply_en_exercise",
     "During exercises, air defence crews shot down 12 target drones.", NONE)
case("en", "supply_en_price",
     "Each Patriot missile costs about $4 million.", NONE)
case("en", "supply_en_sold",
     "The company sold 300 drones to the army last year.", NONE)
case("en", "supply_en_delivered",
     "North Korea has delivered about 100 ballistic missiles to Russia, Seoul says.", NONE)

# === Opinions
case("ru", "opinion_ru_expert",
     "Эксперт считает, что ПВО способна сбивать до 90 процентов дронов.", NONE)
case("ru", "opinion_ru_would",
     "По мнению военкора, при нормальной работе РЭБ сбили бы все 30 беспилотников.", NONE)
case("uk", "opinion_uk_expert",
     "Експерт вважає, що ППО могла б збивати 95 відсотків ракет.", NONE)
case("uk", "opinion_uk_should",
     "Аналітик переконаний, що Україні потрібно щонайменше 25 систем Patriot.", NONE)
case("en", "opinion_en_analysts",
     "Analysts believe air defences could shoot down 90 percent of incoming drones.", NONE)
case("en", "opinion_en_needs",
     "Ukraine needs at least 25 Patriot systems to protect its cities, an expert said.", NONE)

# === History: earlier events a report only recalls, anniversaries, past months' totals
case("ru", "history_ru_napomnim_september",
     "Напомним, в сентябре над Брянской областью сбили 30 беспилотников.", NONE)
case("ru", "history_ru_year_ago",
     "Год назад, 22 ноября 2023 года, над Крымом было сбито 20 дронов.", NONE)
case("ru", "history_ru_2022",
     "В 2022 году ракета попала в здание обладминистрации Николаева, погибли 37 человек.",
     NONE)
case("ru", "history_ru_anniversary",
     "Два года назад ракетный удар по Краматорску унёс жизни 61 человека.", NONE)
case("ru", "history_ru_october_total",
     "В октябре Россия выпустила по Украине более 2 000 дронов, подсчитали аналитики.", NONE)
case("ru", "history_ru_in_summer",
     "Летом 2023 года над Москвой сбили 15 беспилотников.", NONE)
case("uk", "history_uk_nahadaiemo",
     "Нагадаємо, у вересні над Київщиною збили 40 шахедів.", NONE)
case("uk", "history_uk_year_ago",
     "Рік тому, у листопаді 2023-го, росіяни запустили 75 шахедів — тоді це був рекорд.", NONE)
case("uk", "history_uk_2022",
     "У 2022 році внаслідок ракетного удару по Вінниці загинули 28 людей.", NONE)
case("uk", "history_uk_october",
     "У жовтні росіяни випустили по Україні понад 2 000 ударних дронів.", NONE)
case("uk", "history_uk_anniversary",
     "Рівно рік тому ракета влучила в багатоповерхівку в Дніпрі, загинули 46 людей.", NONE)
case("en", "history_en_september",
     "In September, air defences shot down 40 drones over the Kyiv region.", NONE)
case("en", "history_en_two_years_ago",
     "Two years ago, a Russian missile strike on Kramatorsk killed 61 people.", NONE)
case("en", "history_en_2022",
     "In October 2022, Russia fired 84 missiles at Ukraine in a single day.", NONE)
case("en", "history_en_october_total",
     "In October, Russia launched more than 2,000 drones at Ukraine, according to an AFP tally.",
     NONE)
case("en", "history_en_last_year",
     "Last year, 20 drones were shot down over Crimea on the same night.", NONE)

# === Numbers with no air-war meaning; sports and other news with "ракета" or "Shahed"
case("ru", "num_ru_hockey",
     "Хоккейный клуб «Ракета» обыграл соперника со счётом 5:3.", NONE)
case("ru", "num_ru_forum",
     "Форум «ПВО-2024» собрал 300 участников из 12 стран.", NONE)
case("ru", "num_ru_street_fire",
     "На улице Ракетной, 15, ночью сгорел автомобиль, пострадавших нет.", NONE)
case("ru", "num_ru_road_accident",
     "В ДТП на трассе М-4 в Ростовской области погибли три человека.", NONE)
case("ru", "num_ru_shooting",
     "В Саратове неизвестный открыл стрельбу в кафе, ранены четыре человека.", NONE)
case("ru", "num_ru_warehouse_fire",
     "Пожар на складе в Подмосковье: пострадали двое рабочих, причина — короткое замыкание.",
     NONE)
case("ru", "num_ru_film",
     "Фильм «Шахед» собрал в прокате 2 млн долларов.", NONE)
case("ru", "num_ru_space",
     "С Байконура стартовала ракета «Союз» с тремя космонавтами.", NONE)
case("ru", "num_ru_unit",
     "Войсковая часть 12345 объявила набор контрактников.", NONE)
case("ru", "num_ru_percent",
     "Министр сказал, что ПВО сбивает 90% дронов.", NONE)
case("ru", "num_ru_money",
     "Украина потратила на беспилотники 2 млрд долларов.", NONE)
case("ru", "num_ru_km",
     "Дальность новой ракеты составляет 1 500 километров.", NONE)
case("ru", "num_ru_shelling_killed",
     "В результате артобстрела Горловки погибли двое мирных жителей.", NONE)
case("ru", "num_ru_mine",
     "В Курской области на мине подорвался трактор, погиб тракторист и ранены двое.", NONE)
case("ru", "num_ru_age_only",
     "Ракетчику Ивану Петрову исполнилось 90 лет.", NONE)
case("uk", "num_uk_football",
     "Футбольний клуб «Ракета» переміг суперника з рахунком 3:1.", NONE)
case("uk", "num_uk_street_fire",
     "На вулиці Ракетній, 12 горів автомобіль, ніхто не постраждав.", NONE)
case("uk", "num_uk_road_accident",
     "У ДТП на Житомирщині загинули двоє людей.", NONE)
case("uk", "num_uk_shooting",
     "У Києві чоловік відкрив стрілянину в кафе, поранено трьох людей.", NONE)
case("uk", "num_uk_fire",
     "Пожежа в Одесі: загинула жінка, причина — несправна проводка.", NONE)
case("uk", "num_uk_expo",
     "На виставці «ППО-2024» показали 40 нових зразків техніки.", NONE)
case("uk", "num_uk_money",
     "Україна витратила на дрони 2 мільярди гривень.", NONE)
case("uk", "num_uk_shelling_killed",
     "Унаслідок артилерійського обстрілу Херсона загинув чоловік.", NONE)
case("uk", "num_uk_percent",
     "Сили ППО збивають близько 80% ракет, каже речник.", NONE)
case("uk", "num_uk_space",
     "Компанія SpaceX запустила ракету Falcon 9 з 20 супутниками.", NONE)
case("uk", "num_uk_mine",
     "На Харківщині на міні підірвався автомобіль, загинули двоє людей.", NONE)
case("en", "num_en_rockets_team",
     "The Houston Rockets beat the Lakers 112-104 on Thursday.", NONE)
case("en", "num_en_shahed_cafe",
     "The Shahed Cafe at 45 Main Street reopened after 3 months.", NONE)
case("en", "num_en_road_crash",
     "Three people died in a car crash on the M4 near Rostov.", NONE)
case("en", "num_en_shooting",
     "A gunman shot dead four people in a supermarket in Texas.", NONE)
case("en", "num_en_fire",
     "A warehouse fire injured two workers; faulty wiring was blamed.", NONE)
case("en", "num_en_expo",
     "The Air Defence 2024 expo drew 300 exhibitors from 12 countries.", NONE)
case("en", "num_en_space",
     "SpaceX launched 20 Starlink satellites on a Falcon 9 rocket.", NONE)
case("en", "num_en_range",
     "The missile has a range of 1,500 kilometres.", NONE)
case("en", "num_en_money",
     "Ukraine spent $2 billion on drones this year.", NONE)
case("en", "num_en_shelling_killed",
     "Ukrainian shelling killed two civilians in the Belgorod region, the governor said.", NONE)
case("en", "num_en_percent",
     "Air defences shoot down about 80% of missiles, a spokesman said.", NONE)
case("en", "num_en_mine",
     "A tractor hit a landmine in the Kharkiv region, killing its driver.", NONE)

# === Guards that must leave the real claims standing
case("ru", "keep_ru_mod_night",
     "Минобороны: за ночь над Брянской областью уничтожены 12 украинских беспилотников.",
     [c("intercepted", "uav", 12, "RU-BRY", RU_MIL, "ua")])
case("ru", "keep_ru_history_after",
     "Этой ночью над Брянской областью сбиты 5 беспилотников. Напомним, в сентябре над регионом "
     "сбили 30.",
     [c("intercepted", "uav", 5, "RU-BRY")])
case("ru", "keep_ru_ground_after",
     "Над Белгородской областью сбиты четыре беспилотника. На фронте FPV-дроны уничтожили 5 "
     "танков ВСУ.",
     [c("intercepted", "uav", 4, "RU-BEL")])
case("ru", "keep_ru_forecast_after",
     "Этой ночью над Курской областью сбили 20 дронов. Эксперты ожидают, что противник может "
     "запустить ещё 100.",
     [c("intercepted", "uav", 20, "RU-KRS")])
case("ru", "keep_ru_clock",
     "В 3:40 над Курской областью сбит один беспилотник.",
     [c("intercepted", "uav", 1, "RU-KRS")])
case("ru", "keep_ru_injured_age",
     "В результате ракетного удара по Харькову ранен мужчина 45 лет, сообщил мэр Игорь Терехов.",
     [c("injured", None, 1, "city:Kharkiv", UA_OFF, "ru")])
case("ru", "keep_ru_supply_then_claim",
     "Иран поставил России сотни «Шахедов». Ночью над Одессой сбиты 10 таких дронов.",
     [c("intercepted", "uav", 10, "city:Odesa")])
case("ru", "keep_ru_atacms_position",
     "Противник ударил пятью ракетами ATACMS по позиции зенитного дивизиона в Курской "
     "области, три ракеты сбиты, сообщило Минобороны.",
     [c("launched", "ballistic_missile", 5, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "ballistic_missile", 3, "RU-KRS", RU_MIL, "ua")])
case("ru", "keep_ru_losses_then_air",
     "Потери ВСУ за сутки составили 400 военнослужащих. Средствами ПВО сбиты 45 беспилотников "
     "самолётного типа, сообщило Минобороны.",
     [c("intercepted", "uav", 45, ANY, RU_MIL, "ua")])
case("uk", "keep_uk_airforce_night",
     "Вночі над Одещиною сили ППО знищили 15 шахедів, повідомили в Повітряних силах.",
     [c("intercepted", "uav", 15, "UA-51", UA_MIL, "ru")])
case("uk", "keep_uk_missile_killed",
     "Унаслідок ракетного удару по Запоріжжю загинули троє людей.",
     [c("killed", None, 3, "city:Zaporizhzhia")])
case("uk", "keep_uk_history_after",
     "Цієї ночі над Київщиною збили 8 шахедів. Нагадаємо, у вересні над областю збили 40.",
     [c("intercepted", "uav", 8, "UA-32")])
case("uk", "keep_uk_ground_after",
     "Над Харківщиною збито три ворожі дрони. На фронті оператори FPV знищили 7 танків.",
     [c("intercepted", "uav", 3, "UA-63")])
case("uk", "keep_uk_clock",
     "О 3:40 над Київщиною збили один шахед.",
     [c("intercepted", "uav", 1, "UA-32")])
case("uk", "keep_uk_forecast_after",
     "Цієї ночі ворог запустив по Україні 60 дронів. Розвідка попереджає, що Росія може "
     "випустити ще 100 ракет.",
     [c("launched", "uav", 60, "UA")])
case("uk", "keep_uk_injured_official",
     "Унаслідок ракетного удару по Сумщині поранено двох людей, повідомив Володимир Артюх.",
     [c("injured", None, 2, "UA-59", UA_OFF, "ru")])
case("en", "keep_en_launched_of_which",
     "Russia launched 50 drones at Ukraine overnight, of which 40 were shot down, the air force "
     "said.",
     [c("launched", "uav", 50, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru")])
case("en", "keep_en_history_after",
     "Air defences shot down 8 drones over the Kyiv region overnight. In September, 40 were "
     "downed over the region.",
     [c("intercepted", "uav", 8, "UA-32")])
case("en", "keep_en_ground_after",
     "Three drones were shot down over the Kharkiv region. At the front, FPV operators "
     "destroyed seven tanks.",
     [c("intercepted", "uav", 3, "UA-63")])
case("en", "keep_en_clock",
     "At 3:40 am, one drone was shot down over the Kyiv region.",
     [c("intercepted", "uav", 1, "UA-32")])
case("en", "keep_en_supply_then_claim",
     "Iran has supplied hundreds of Shahed drones to Russia. Overnight, 30 of them were shot "
     "down over the Odesa region, Ukraine's air force said.",
     [c("intercepted", "uav", 30, "UA-51", UA_MIL, ANY)])
case("en", "keep_en_supply_then_such",
     "Iran has supplied hundreds of Shahed drones to Russia. Overnight, 30 such drones were "
     "shot down over the Odesa region, Ukraine's air force said.",
     [c("intercepted", "uav", 30, "UA-51", UA_MIL, "ru")])
case("en", "keep_en_injured_governor",
     "Two people were injured in a missile strike on the Sumy region, governor Volodymyr Artiukh "
     "said.",
     [c("injured", None, 2, "UA-59", UA_OFF, "ru")])

# === Round 8 guards, each next to what it must leave standing
case("ru", "guard_ru_tanks_other_clause",
     "Над Белгородской областью сбиты 5 беспилотников, а на фронте уничтожены 3 танка.",
     [c("intercepted", "uav", 5, "RU-BEL")])
case("uk", "guard_uk_tanks_other_clause",
     "Над Сумщиною збито 6 дронів, а на фронті знищено 4 танки.",
     [c("intercepted", "uav", 6, "UA-59")])
case("en", "guard_en_tanks_other_clause",
     "Six drones were shot down over the Sumy region, while artillery destroyed four tanks at "
     "the front.",
     [c("intercepted", "uav", 6, "UA-59")])
case("en", "guard_en_fuel_tanks",
     "Two missiles hit two fuel tanks at an oil depot in the Bryansk region, Governor "
     "Alexander Bogomaz said.",
     [c("hit", "missile", 2, "RU-BRY", ANY, "ua")])
case("ru", "guard_ru_troops_injured_strike",
     "В результате ракетного удара по Курской области ранены два военнослужащих, сообщило "
     "Минобороны.",
     [c("injured", None, 2, "RU-KRS", RU_MIL, "ua")])
case("uk", "guard_uk_troops_injured_strike",
     "Унаслідок ракетного удару по Дніпру поранено трьох військовослужбовців.",
     [c("injured", None, 3, "city:Dnipro")])
case("ru", "guard_ru_exercise_training",
     "В ходе учений Черноморского флота отражена атака 20 учебных беспилотников.", NONE)
case("ru", "guard_ru_would_fall",
     "Без РЭБ над городом упали бы 15 дронов, считает военкор.", NONE)
case("ru", "guard_ru_since_smo",
     "С начала специальной военной операции сбито 660 самолётов и 283 вертолёта.", NONE)
case("uk", "guard_uk_since_invasion",
     "З початку повномасштабного вторгнення ППО збила понад 20 тисяч дронів.", NONE)
case("en", "guard_en_since_invasion",
     "Since the start of the full-scale invasion, Ukraine has downed 20,000 drones.", NONE)
case("en", "guard_en_if",
     "If Russia launches 100 missiles at once, air defences will not cope, an expert said.",
     NONE)
case("uk", "guard_uk_if",
     "Якщо Росія випустить 100 ракет одночасно, ППО не впорається, каже експерт.", NONE)
case("uk", "guard_uk_would",
     "Без РЕБ на місто впали б 15 дронів, вважає експерт.", NONE)
case("en", "guard_en_drill",
     "In a drill off Crimea, the fleet downed eight mock drones.", NONE)

case("uk", "guard_uk_general_staff_commas",
     "Генштаб: за добу ліквідовано 1 350 окупантів, знищено 8 танків, 23 артсистеми та 45 "
     "безпілотників.", NONE)
case("ru", "guard_ru_daily_commas",
     "За сутки уничтожены 3 танка, 12 орудий и 40 беспилотников.", NONE)
case("en", "guard_en_daily_commas",
     "Ukraine's military said it had killed 1,350 troops and destroyed eight tanks, 23 "
     "artillery systems and 45 drones over the past day.", NONE)
case("uk", "guard_uk_last_year",
     "Минулого року в листопаді ворог атакував Київ 75 шахедами.", NONE)
case("uk", "guard_uk_torik",
     "Торік у листопаді ворог атакував Київ 75 шахедами.", NONE)
case("uk", "guard_uk_last_night_kept",
     "Минулої ночі ворог атакував Київ 75 шахедами.",
     [c("launched", "uav", 75, "UA-30", ANY, "ru")])
case("ru", "guard_ru_last_night_kept",
     "Прошлой ночью над Курской областью сбили 20 беспилотников.",
     [c("intercepted", "uav", 20, "RU-KRS", ANY, "ua")])
case("en", "guard_en_last_night_kept",
     "Last night, Russia launched 40 drones at Ukraine, the air force said.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru")])

case("uk", "guard_uk_fpv_soldiers_after",
     "Двоє військових загинули, коли російський FPV-дрон влучив у їхній автомобіль поблизу "
     "Бахмута.", NONE)
case("uk", "guard_uk_fpv_soldiers_before",
     "Російський FPV-дрон атакував бійців ЗСУ, загинули троє військових.", NONE)
case("uk", "guard_uk_fpv_civilians_kept",
     "FPV-дрон атакував автомобіль у Херсоні, поранено двох цивільних.",
     [c("hit", "uav", 1, "city:Kherson", ANY, "ru"),
      c("injured", None, 2, "city:Kherson", ANY, "ru")])
case("en", "guard_en_fpv_soldiers",
     "Three Ukrainian soldiers were killed by a Russian FPV drone near Pokrovsk.", NONE)
case("ru", "guard_ru_fpv_soldiers",
     "Двое военных погибли, когда украинский FPV-дрон атаковал их автомобиль под Курском.",
     NONE)
case("uk", "guard_uk_memorial",
     "У Вінниці відкрили меморіал 28 загиблим від ракетного удару.", NONE)
case("ru", "guard_ru_memorial",
     "В Виннице открыли мемориал 28 погибшим от ракетного удара.", NONE)
case("en", "guard_en_memorial",
     "A memorial to the 28 people killed by a missile strike was unveiled in Vinnytsia.", NONE)

case("uk", "guard_uk_since_autumn",
     "Дрони-перехоплювачі збили вже 200 шахедів із початку осені.", NONE)
case("uk", "guard_uk_iz_pochatku_roku",
     "Із початку року над Одещиною збили 3 000 дронів.", NONE)
case("en", "guard_en_since_autumn",
     "Interceptor drones have downed 200 Shaheds since the start of autumn.", NONE)

case("ru", "guard_ru_delivery_drone",
     "Дрон доставки «Яндекса» упал на крышу дома, пострадавших нет.", NONE)
case("ru", "guard_ru_courier_drone",
     "Курьерский дрон упал во дворе, пострадал мужчина.", NONE)
case("uk", "guard_uk_delivery_drone",
     "Дрон доставки впав на дах будинку у Львові, ніхто не постраждав.", NONE)
case("en", "guard_en_delivery_drone",
     "A delivery drone crashed onto a roof in Texas; no one was hurt.", NONE)
case("ru", "guard_ru_agrarian_target_kept",
     "Беспилотник атаковал аграрное предприятие в Курской области, ранены двое.",
     [c("hit", "uav", 1, "RU-KRS", ANY, "ua"), c("injured", None, 2, "RU-KRS", ANY, "ua")])
case("uk", "guard_uk_agrarian_target_kept",
     "Дрон атакував аграрне підприємство на Сумщині, поранено двох людей.",
     [c("hit", "uav", 1, "UA-59", ANY, "ru"), c("injured", None, 2, "UA-59", ANY, "ru")])

case("en", "guard_en_grounds_kept",
     "A drone fell on the grounds of a power plant in the Bryansk region, the governor said.",
     [c("hit", "uav", 1, "RU-BRY", ANY, "ua")])


# Strict expected failures, each with its reason.
XFAIL: dict[str, str] = {
    # no guard: "Overnight, 30 of them were shot down ..." gives no claim alone either
    "keep_en_supply_then_claim": "'N of them' pointing to a weapon of the sentence before is"
                                 " not read",
}


def params() -> list[Any]:
    return table_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "text", "expected"), params())
def test_round8_precision(lang: str, text: str, expected: list[Row],
                          resources: Resources) -> None:
    assert guide.misses(resources, lang, text, expected) == ([], [])
