"""Round 15's long Ukrainian grid: whole news pages (600-3,000 characters, 4-15 paragraphs, a
headline first) on the air war as Ukrainian outlets publish them, written from ANNOTATION.md and
the gold's review conventions before the extractor read any of them (no evaluation text was
read to write them; the texts are our own).

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case names
(tests/grid.py SITES): `ukrinform`, `pravda`, `suspilne`, `kyivindependent` (side "ua") and
`wire` (an outlet the registry does not know, whose own voice is read as side "ua" in
Ukrainian). Dates are not scored by the grid.

The genres: the Air Force's morning summary relayed (totals, "збито/подавлено", "локаційно
втрачені", a list by weapon type, regions named); oblast heads' (ОВА) posts relayed across
paragraphs; mayors (Klitschko's Kyiv, Terekhov, Sadovyi, city military administrations); the
State Emergency Service's toll updates ("кількість загиблих зросла до"); the General Staff and
the SBU on strikes in Russia; relays of the Russian Ministry of Defence and Russian governors;
"Нагадаємо" history; photo captions; "Оновлено" updates; ground combat and artillery on the same
page; a Telegram channel posting lines; two pages with no claim (a forecast and stockpile story,
an alert story).

Rows are (action, weapon, quantity, location, claimant_side, claimant_kind). Readings of the
guide and of the gold's review conventions taken here:
- a relayed claim belongs to its origin (an official's words relayed by the outlet are the
  official's; "у Міноборони рф заявили" is the Russian Ministry, military); the outlet's own
  voice (its reporters too) is the site's side and "outlet";
- totals and parts are separate claims; a claim restated (headline and body) is one claim;
- a rising toll ("кількість поранених зросла до п'яти") is one claim at its latest figure: the
  earlier figure of the same claimant and event ("раніше повідомлялося про шість", an earlier
  "Оновлено" entry) is the same claim superseded, not a second one;
- history ("Нагадаємо, ..." about another night or day, "минулого тижня", "у лютому") gives no
  claim;
- several regions with one number give the country; a launch site ("з Курської області", "з
  акваторії Чорного моря") is not the place;
- a town is its region when the region is named in the same sentence or its attribution
  (the speaker's office in that sentence), else `city:<Name>`; a district, hromada or village is
  its region; Kyiv is UA-30, Sevastopol UA-40;
- casualties count only when the text ties them to an aerial weapon: tolls of artillery or of
  "all Russian attacks" of a day give no claim; a civilian hurt by an FPV drone or by a drone's
  dropped explosive is a casualty of the air war (the drone itself makes no claim);
- "загиблих немає" denies deaths only; "люди не постраждали", "постраждалих немає", "загиблих і
  постраждалих немає" give killed 0 and injured 0; an oblast head's denial is of his region, a
  mayor's or city council's of the town;
- counts of shellings, explosions, settlements, buildings, rescuers, attacks on positions,
  ground losses, stockpiles, production and forecasts are no claims.

31 reports, 137 expected claims; 2 reports expect no claim.
Figures (`python tests/grid.py tests/test_round15_long_uk.py`):
- before (commit "long grid written before reading", main's rules): P 0.819, R 0.831, F1 0.825,
  claimant 0.965; gold 136, read 138, matched 113. With the one expectation corrected below
  (main's rules): P 0.826, R 0.832, F1 0.829, claimant 0.965; gold 137, read 138, matched 114.
- after (this branch's rules: an oblast head speaks for his own region where the other side
  holds part of it; a town widens to its region by an office named paragraphs before only where
  the claim's sentence names no speaker of its own; a list goes on the action of the count over
  lines that count nothing ("Про це повідомили ...", "Зокрема:"); a country after a short
  passive participle is its agent; an unnamed source keeps the body it sits in for a bare
  "співрозмовник" after it, and a told outlet's quoted or dative name relays it): P 0.858,
  R 0.883, F1 0.871, claimant 0.983; gold 137, read 141, matched 121. (A rule that gave the
  victims after a sentence of artillery to the gunfire lifted this table and uk dev but broke a
  blind floor of the gate and was withdrawn.)

Changed after reading: suspilne_sumy_day's "через атаку FPV-дрона постраждав чоловік" was written
with no claim of the drone; the guide's launched is "attacked with", and docs/evaluation.md
("How the gold was made", step 3) says annotators split only on whether a single drone that
"attacked" was launched or hit, so it is a claim: launched uav 1 added. The text of
pravda_kherson_prokudin spelt "Бериславському" wrong ("Берислівському"); spelt right.

The strict xfails and their causes (17 reports; the artillery victim of
wire_dnipropetrovsk_lysak_vilkul besides those below): a superseded figure of a rising toll read as
a claim (3; the round-14 uk grid reads such figures the other way, as kept claims, so no rule
was written); a day's toll of all attacks read as the air war's (2; the rules keep a summary's
victims on purpose); a carried voice lost or wrong (the General Staff's hits in Russia, the
outlet's reporters: 2, one each; an SBU source after a told outlet, fixed); places (a
hromada read as its town, "летіли на столицю" with Moscow Oblast elsewhere, a city council's
denial, an unplaced MoD daily summary, "над регіонами країни": 5, one each, the first two the
project's readings);
counts missed in long phrases, asides or by a verb unknown ("відпрацювали 12 дронів": 5, one
each); sea-drone victims (1).
"""

from __future__ import annotations

import pytest

from claimants import RU_MIL, RU_OFF, UA_ANON, UA_MIL, UA_OFF, UA_OUT
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import paragraphs as paras
from grid import row as r

CASES: list[GridCase] = [
    # 1. Ukrinform relays the Air Force's morning summary in prose; launch origins; history.
    ("uk", "ukrinform_af_morning_prose", "ukrinform", paras(
        "Сили ППО вночі знешкодили 71 ворожий дрон і дві балістичні ракети",
        "У ніч на 14 березня російські окупанти атакували Україну чотирма балістичними ракетами "
        "Іскандер-М та 118 ударними БпЛА типу Shahed і дронами-імітаторами різних типів. Про це "
        "повідомили в Повітряних силах ЗСУ, передає Укрінформ.",
        "Ракети противник випускав із Курської та Ростовської областей рф, дрони – з напрямків "
        "Брянська, Орла, Міллерова, Приморсько-Ахтарська та Гвардійського в Криму.",
        "Станом на 09:00 підтверджено збиття двох балістичних ракет Іскандер-М та 71 ударного "
        "БпЛА типу Shahed та інших типів дронів на півночі, сході та півдні країни. Ще 38 "
        "ворожих дронів-імітаторів локаційно втрачені, без негативних наслідків.",
        "Зафіксовано влучання двох ракет і дев'яти ударних БпЛА на шести локаціях, а також "
        "падіння уламків збитих дронів на трьох локаціях.",
        "Відбиття повітряного нападу відбувалося авіацією, зенітними ракетними військами, "
        "підрозділами радіоелектронної боротьби та мобільними вогневими групами Сил оборони "
        "України.",
        "Нагадаємо, у ніч на 12 березня ворог запустив по Україні 133 дрони, з яких 98 вдалося "
        "збити, а ще 29 були локаційно втрачені.",
    ), [r("launched", "ballistic_missile", 4, "UA", UA_MIL),
        r("launched", "uav", 118, "UA", UA_MIL),
        r("intercepted", "ballistic_missile", 2, "UA", UA_MIL),
        r("intercepted", "uav", 71, "UA", UA_MIL),
        r("suppressed", "uav", 38, "UA", UA_MIL),
        r("hit", "missile", 2, "UA", UA_MIL),
        r("hit", "uav", 9, "UA", UA_MIL)]),

    # 2. Pravda: the Kharkiv mayor's posts and the oblast head, artillery and ground combat.
    ("uk", "pravda_kharkiv_terekhov_syniehubov", "pravda", paras(
        "Росіяни вдарили по Харкову дронами: є загиблий та 11 поранених",
        "Уночі 14 березня російська армія атакувала Харків ударними безпілотниками типу Shahed. "
        "Влучання зафіксували у Київському та Шевченківському районах міста.",
        "Про це повідомив міський голова Ігор Терехов у Telegram. За його словами, по місту "
        "прилетіли щонайменше шість дронів.",
        "\"Внаслідок атаки загинув чоловік 58 років. Ще 11 людей поранені, медики надають їм "
        "необхідну допомогу\", – написав Терехов.",
        "Начальник Харківської ОВА Олег Синєгубов уточнив, що пошкоджено багатоповерховий "
        "будинок, автомобілі та лінію електропередачі. Також під ударом опинився Чугуївський "
        "район: у селі Кочеток через падіння уламків пошкоджено приватний будинок, люди не "
        "постраждали.",
        "Загалом за минулу добу, за даними Синєгубова, ворог завдав ударів по 14 населених "
        "пунктах області. У Куп'янському районі внаслідок артилерійського обстрілу поранено "
        "62-річну жінку.",
        "На Харківському напрямку тривають бої: за добу ворог 11 разів штурмував позиції "
        "українських військ поблизу Вовчанська.",
        "Нагадаємо, 7 березня Харків атакували дев'ять дронів, тоді постраждали п'ятеро людей.",
    ), [r("hit", "uav", 6, "city:Kharkiv", UA_OFF),
        r("killed", None, 1, "city:Kharkiv", UA_OFF),
        r("injured", None, 11, "city:Kharkiv", UA_OFF),
        r("killed", None, 0, "UA-63", UA_OFF),
        r("injured", None, 0, "UA-63", UA_OFF)]),

    # 3. Suspilne: the State Emergency Service's toll update after a ballistic strike on Odesa.
    ("uk", "suspilne_odesa_dsns_toll", "suspilne", paras(
        "Удар по Одесі: кількість загиблих зросла до дев'яти",
        "Оновлено о 12:40. Кількість загиблих унаслідок ракетного удару по Одесі зросла до "
        "дев'яти людей. Про це повідомили у Державній службі України з надзвичайних ситуацій.",
        "Рятувальники завершили розбір завалів на місці влучання. Раніше повідомлялося про "
        "шістьох загиблих.",
        "Кількість поранених в Одесі зросла до 27, повідомив голова Одеської ОВА Олег Кіпер.",
        "Ракетний удар по Одесі противник завдав близько 10:00 балістичними ракетами. У "
        "Повітряних силах уточнили, що росіяни випустили по місту дві ракети Іскандер-М з "
        "тимчасово окупованого Криму.",
        "Пошкоджено портову інфраструктуру, 12 житлових будинків, заклад освіти та автомобілі. "
        "На місці працювали 86 рятувальників і 19 одиниць техніки.",
        "У місті оголошено дводенну жалобу.",
        "Нагадаємо, 2 березня внаслідок атаки дронів на Одесу загинули 12 людей.",
    ), [r("killed", None, 9, "city:Odesa", UA_OFF),
        r("injured", None, 27, "UA-51", UA_OFF),
        r("launched", "ballistic_missile", 2, "city:Odesa", UA_MIL)]),

    # 4. Kyiv Independent: Klitschko, the city's military administration, Kyiv Oblast, the Air
    # Force's national figures, and what the outlet's own reporters saw.
    ("uk", "kyivindependent_kyiv_night", "kyivindependent", paras(
        "Атака на Київ: уламки впали у двох районах, постраждали четверо людей",
        "У ніч на 14 березня Росія атакувала Київ ударними дронами та крилатими ракетами. У "
        "столиці працювала протиповітряна оборона, вибухи лунали близько 04:00.",
        "Мер Києва Віталій Кличко повідомив, що у Дарницькому районі уламки впали на "
        "територію приватного будинку, а в Солом'янському – на дах багатоповерхівки. "
        "\"Четверо постраждалих. Медики надають допомогу на місці\", – написав він.",
        "Начальник Київської міської військової адміністрації Тимур Ткаченко уточнив, що на "
        "підльоті до столиці сили ППО знищили всі 15 ракет і понад 20 дронів.",
        "Журналісти Kyiv Independent бачили, як над Дарницьким районом мобільна вогнева група "
        "збила один дрон.",
        "Київська ОВА повідомила, що у Бучанському районі області внаслідок падіння уламків "
        "пошкоджено три приватні будинки. Загиблих і постраждалих немає.",
        "Загалом, за даними Повітряних сил, у ніч на 14 березня по Україні було випущено 17 "
        "крилатих ракет Х-101 і 93 дрони, з них збито 15 ракет та 61 дрон.",
        "Нагадаємо, минулого тижня під час атаки на Київ загинули двоє людей.",
    ), [r("injured", None, 4, "UA-30", UA_OFF),
        r("intercepted", "missile", 15, "UA-30", UA_OFF),
        r("intercepted", "uav", 20, "UA-30", UA_OFF),
        r("intercepted", "uav", 1, "UA-30", UA_OUT),
        r("killed", None, 0, "UA-32", UA_OFF),
        r("injured", None, 0, "UA-32", UA_OFF),
        r("launched", "cruise_missile", 17, "UA", UA_MIL),
        r("launched", "uav", 93, "UA", UA_MIL),
        r("intercepted", "cruise_missile", 15, "UA", UA_MIL),
        r("intercepted", "uav", 61, "UA", UA_MIL)]),

    # 5. Ukrinform: the General Staff on a refinery strike in Russia, the governor and the MoD.
    ("uk", "ukrinform_genstaff_saratov", "ukrinform", paras(
        "Генштаб підтвердив ураження нафтопереробного заводу в Саратові",
        "Сили оборони України в ніч на 14 березня ударними безпілотниками уразили "
        "нафтопереробний завод у Саратові. Про це повідомив Генеральний штаб ЗСУ у Telegram.",
        "\"Зафіксовано щонайменше три влучання в зоні установки первинної переробки нафти. "
        "Після ураження на території підприємства виникла пожежа\", – ідеться в повідомленні.",
        "Саратовський губернатор Роман Бусаргін заявив, що у Саратові пошкоджено промислове "
        "підприємство, а двоє людей отримали поранення.",
        "Міноборони Росії заявило, що вночі над Саратовською областю збили 12 українських "
        "безпілотників, а загалом над регіонами країни – 54.",
        "Генштаб зазначає, що завод забезпечує паливом угруповання російських військ і входить "
        "до переліку 30 найбільших підприємств галузі.",
        "Також у Генштабі повідомили, що за минулу добу на фронті відбулося 142 бойові "
        "зіткнення, а Сили оборони знищили 1 250 окупантів і 27 артилерійських систем.",
        "Нагадаємо, у лютому Сили оборони вже двічі атакували цей завод.",
    ), [r("hit", "uav", 3, "city:Saratov", UA_MIL),
        r("injured", None, 2, "RU-SAR", RU_OFF),
        r("intercepted", "uav", 12, "RU-SAR", RU_MIL),
        r("intercepted", "uav", 54, "RU", RU_MIL)]),

    # 6. Pravda: an SBU source on an airfield strike, the Russian MoD and the governor.
    ("uk", "pravda_sbu_source_khalino", "pravda", paras(
        "Дрони СБУ атакували аеродром у Курській області – джерело",
        "У ніч на 14 березня далекобійні дрони Служби безпеки України уразили військовий "
        "аеродром Халіно у Курській області. Про це \"Українській правді\" повідомило джерело в "
        "СБУ.",
        "За словами співрозмовника, по аеродрому відпрацювали 12 дронів, щонайменше п'ять із "
        "них влучили у склади боєприпасів і пального.",
        "\"Аеродром використовувався для базування штурмової авіації, зокрема літаків Су-25 і "
        "Су-34. Після вибухів там спостерігалася детонація\", – сказало джерело.",
        "У Міноборони росії заявили, що вночі над Курською областю нібито збили 23 українські "
        "безпілотники. Губернатор регіону Олександр Хінштейн написав, що в Курську уламки "
        "пошкодили дах гаража, постраждалих немає.",
        "Окрім цього, джерело повідомило, що СБУ за останній місяць провела вже понад 40 "
        "успішних операцій із застосуванням дронів на території рф.",
        "Нагадаємо, 27 лютого дрони СБУ атакували аеродром Шайковка в Калузькій області.",
    ), [r("launched", "uav", 12, "RU-KRS", UA_ANON),
        r("hit", "uav", 5, "RU-KRS", UA_ANON),
        r("intercepted", "uav", 23, "RU-KRS", RU_MIL),
        r("killed", None, 0, "RU-KRS", RU_OFF),
        r("injured", None, 0, "RU-KRS", RU_OFF)]),

    # 7. Suspilne: the Zaporizhzhia oblast head's posts across paragraphs; a toll that rose.
    ("uk", "suspilne_zaporizhzhia_fedorov", "suspilne", paras(
        "Росіяни вдарили КАБами по Запоріжжю: поранені п'ятеро людей",
        "14 березня російські війська атакували Запоріжжя керованими авіабомбами. Про це "
        "повідомив начальник Запорізької ОВА Іван Федоров.",
        "За його даними, по місту прилетіли чотири КАБи. Влучання зафіксували у Заводському "
        "районі, де пошкоджено промислове підприємство та кілька приватних будинків.",
        "Спочатку глава ОВА писав про трьох поранених. Згодом Федоров повідомив, що кількість "
        "поранених зросла до п'яти.",
        "Також, за словами Федорова, у Запорізькому районі ввечері силами ППО збито два ударні "
        "дрони.",
        "Загалом за добу окупанти 187 разів обстріляли з артилерії дев'ять населених пунктів "
        "Запорізької області.",
        "На Запорізькому напрямку ворог двічі намагався наступати в районі Степового, "
        "повідомили в Силах оборони півдня.",
        "Нагадаємо, 10 березня внаслідок удару КАБами по Запоріжжю загинули троє людей.",
    ), [r("hit", "guided_bomb", 4, "city:Zaporizhzhia", UA_OFF),
        r("injured", None, 5, "city:Zaporizhzhia", UA_OFF),
        r("intercepted", "uav", 2, "UA-23", UA_OFF)]),

    # 8. A wire relays the Dnipropetrovsk oblast head and the Kryvyi Rih city head.
    ("uk", "wire_dnipropetrovsk_lysak_vilkul", "wire", paras(
        "Дніпропетровщина під ударами: у Кривому Розі влучання ракети, на Нікопольщині – "
        "обстріли",
        "Уночі та вранці 14 березня ворог атакував Дніпропетровську область ракетами та "
        "ударними безпілотниками, повідомив начальник ОВА Сергій Лисак.",
        "За його словами, над областю сили ППО збили дев'ять БпЛА.",
        "У Кривому Розі балістична ракета влучила у промислове підприємство, сталася пожежа. "
        "Поранені троє людей, повідомив голова міської військової адміністрації Олександр "
        "Вілкул.",
        "Нікопольщину росіяни обстріляли з важкої артилерії. У Марганецькій громаді поранено "
        "67-річного чоловіка, він у лікарні.",
        "У Павлограді, за даними Лисака, через падіння уламків пошкоджено автозаправку та "
        "кілька авто. Обійшлося без постраждалих.",
        "Нагадаємо, 4 березня внаслідок ракетного удару по Кривому Рогу загинули п'ятеро людей.",
    ), [r("intercepted", "uav", 9, "UA-12", UA_OFF),
        r("hit", "ballistic_missile", 1, "city:Kryvyi Rih", UA_OFF),
        r("injured", None, 3, "city:Kryvyi Rih", UA_OFF),
        r("killed", None, 0, "UA-12", UA_OFF),
        r("injured", None, 0, "UA-12", UA_OFF)]),

    # 9. Ukrinform relays the Russian MoD's night figures, Sobyanin and a Russian governor.
    ("uk", "ukrinform_russian_mod_relay", "ukrinform", paras(
        "У рф заявили про 87 збитих дронів, під атакою Москва і Підмосков'я",
        "Міністерство оборони Росії заявило, що протягом ночі на 14 березня над територією "
        "країни нібито перехопили й знищили 87 українських безпілотників.",
        "За даними відомства, найбільше дронів – 31 – збили над Брянською областю, ще 20 – над "
        "Московською областю, 14 – над Курською, решту – над Орловською, Тульською та "
        "Калузькою областями.",
        "Мер Москви Сергій Собянін написав, що ППО відбила атаку ще шести дронів, які летіли на "
        "столицю. \"На місці падіння уламків працюють фахівці екстрених служб\", – додав він.",
        "Губернатор Тульської області Дмитро Мілєєв повідомив, що в Новомосковську уламки "
        "пошкодили цех хімічного підприємства, двоє працівників зазнали поранень.",
        "Російські Telegram-канали пишуть, що в Новомосковську мешканці чули щонайменше десять "
        "вибухів.",
        "В Україні ці заяви не коментували. Нагадаємо, 11 березня росія заявляла про 337 "
        "збитих дронів, з них 91 – над Московською областю.",
    ), [r("intercepted", "uav", 87, "RU", RU_MIL),
        r("intercepted", "uav", 31, "RU-BRY", RU_MIL),
        r("intercepted", "uav", 20, "RU-MOS", RU_MIL),
        r("intercepted", "uav", 14, "RU-KRS", RU_MIL),
        r("intercepted", "uav", 6, "RU-MOW", RU_OFF),
        r("injured", None, 2, "RU-TUL", RU_OFF)]),

    # 10. Suspilne relays the Sumy oblast administration's day: counts of shellings (no claims),
    # guided bombs, a drone in the city, an FPV drone, a mortar, the air command.
    ("uk", "suspilne_sumy_day", "suspilne", paras(
        "Сумщина: за добу ворог 96 разів обстріляв прикордоння, під ударом Суми",
        "Упродовж доби 14 березня російські військові здійснили 96 обстрілів 31 населеного "
        "пункту Сумської області, зафіксовано 214 вибухів. Про це повідомила Сумська обласна "
        "військова адміністрація.",
        "Білопільську громаду росіяни атакували з авіації: скинули чотири керовані авіабомби, "
        "пошкоджено будинки та лінію електропередачі, повідомили в ОВА.",
        "У Сумах увечері ворожий ударний безпілотник влучив у двоповерхову будівлю. За даними "
        "ОВА, поранено двох людей, одна з них – у важкому стані.",
        "Ще в Шосткинській громаді через атаку FPV-дрона постраждав 45-річний чоловік, "
        "уточнили в адміністрації.",
        "У Краснопільській громаді внаслідок мінометного обстрілу загинула жінка.",
        "Протягом доби над Сумщиною сили ППО знищили 11 ударних БпЛА, повідомили в "
        "Повітряному командуванні \"Північ\".",
        "Нагадаємо, 3 березня удар дронів по Сумах забрав життя двох людей.",
    ), [r("launched", "guided_bomb", 4, "UA-59", UA_OFF),
        r("hit", "uav", 1, "city:Sumy", UA_OFF),
        r("injured", None, 2, "city:Sumy", UA_OFF),
        r("launched", "uav", 1, "UA-59", UA_OFF),
        r("injured", None, 1, "UA-59", UA_OFF),
        r("intercepted", "uav", 11, "UA-59", UA_MIL)]),

    # 11. Kyiv Independent: Sadovyi on Lviv, the oblast head, Poland's jets (no claim).
    ("uk", "kyivindependent_lviv_sadovyi", "kyivindependent", paras(
        "Росія атакувала Львів: Садовий повідомив про влучання в об'єкт енергетики",
        "Вранці 14 березня у Львові пролунали вибухи. Міський голова Андрій Садовий повідомив "
        "про влучання у критичну інфраструктуру на околиці міста.",
        "\"Дві ракети влучили в об'єкт енергетики. Загиблих немає, одна людина травмована\", – "
        "написав Садовий у Telegram.",
        "Начальник Львівської ОВА Максим Козицький уточнив, що над областю сили ППО знищили "
        "сім крилатих ракет та чотири ударні дрони.",
        "Через масовану атаку в Польщі підняли в повітря чергові винищувачі. Як повідомило "
        "Оперативне командування збройних сил Польщі, літаки польської та союзної авіації "
        "діяли у повітряному просторі країни до 09:00.",
        "Раніше Садовий закликав мешканців залишатися в укриттях до відбою тривоги.",
        "Нагадаємо, у лютому внаслідок удару по Львову було пошкоджено 50 будинків.",
    ), [r("hit", "missile", 2, "city:Lviv", UA_OFF),
        r("killed", None, 0, "city:Lviv", UA_OFF),
        r("injured", None, 1, "city:Lviv", UA_OFF),
        r("intercepted", "cruise_missile", 7, "UA-46", UA_OFF),
        r("intercepted", "uav", 4, "UA-46", UA_OFF)]),

    # 12. Pravda: the Air Force's summary as lists by weapon type, with totals of air targets.
    ("uk", "pravda_af_list_by_type", "pravda", paras(
        "Повітряні сили: у ніч на 14 березня ворог застосував 151 засіб повітряного нападу",
        "У ніч на 14 березня (з 18:00 13 березня) противник атакував 151 засобом повітряного "
        "нападу. Про це повідомили Повітряні сили ЗСУ.",
        "Зокрема:\n– 4 балістичні ракети Іскандер-М/KN-23 з Воронезької області;\n– 2 керовані "
        "авіаційні ракети Х-59/69 з Курської області;\n– 145 ударних БпЛА типу Shahed та "
        "дронів-імітаторів різних типів.",
        "Станом на 09:00 збито/подавлено 97 повітряних цілей:\n– 2 ракети Х-59/69;\n– 95 "
        "ворожих БпЛА типу Shahed та інших типів.",
        "Ще 41 ворожий безпілотник-імітатор локаційно втрачено (без негативних наслідків).",
        "Ворожі балістичні ракети та ударні БпЛА уразили об'єкти у Полтавській, "
        "Дніпропетровській та Сумській областях. Зафіксовано влучання 4 балістичних ракет і 9 "
        "ударних БпЛА на 5 локаціях.",
        "Повітряні сили нагадують: загроза повторних атак зберігається, не ігноруйте сигнали "
        "тривоги.",
    ), [r("launched", None, 151, "UA", UA_MIL),
        r("launched", "ballistic_missile", 4, "UA", UA_MIL),
        r("launched", "missile", 2, "UA", UA_MIL),
        r("launched", "uav", 145, "UA", UA_MIL),
        r("intercepted", None, 97, "UA", UA_MIL),
        r("intercepted", "missile", 2, "UA", UA_MIL),
        r("intercepted", "uav", 95, "UA", UA_MIL),
        r("suppressed", "uav", 41, "UA", UA_MIL),
        r("hit", "ballistic_missile", 4, "UA", UA_MIL),
        r("hit", "uav", 9, "UA", UA_MIL)]),

    # 13. Suspilne: Poltava's oblast head on Kremenchuk, the air command, a district.
    ("uk", "suspilne_poltava_kremenchuk", "suspilne", paras(
        "Атака на Кременчук: пошкоджено підприємство, загинула людина",
        "У ніч на 14 березня російські війська атакували Полтавщину ударними дронами та "
        "ракетами, повідомив начальник Полтавської ОВА Володимир Когут.",
        "\"У Кременчуці зафіксовано влучання в промислове підприємство. Загинула одна людина, "
        "ще троє травмовані\", – написав він згодом.",
        "Міський голова Кременчука Віталій Малецький повідомив, що в частині міста зникло "
        "електропостачання, та закликав мешканців не публікувати фото наслідків.",
        "За даними Повітряного командування \"Схід\", над Полтавщиною збито 13 ударних БпЛА та "
        "одну крилату ракету Х-101.",
        "У Миргородському районі внаслідок падіння уламків пошкоджено приватний будинок. Люди "
        "не постраждали, повідомив Когут.",
        "Кременчуцький нафтопереробний завод неодноразово ставав ціллю російських ударів: лише "
        "у 2024 році його атакували щонайменше п'ять разів.",
    ), [r("killed", None, 1, "city:Kremenchuk", UA_OFF),
        r("injured", None, 3, "city:Kremenchuk", UA_OFF),
        r("intercepted", "uav", 13, "UA-53", UA_MIL),
        r("intercepted", "cruise_missile", 1, "UA-53", UA_MIL),
        r("killed", None, 0, "UA-53", UA_OFF),
        r("injured", None, 0, "UA-53", UA_OFF)]),

    # 14. Ukrinform: intelligence on production, stockpiles and forecasts; ground combat;
    # history. No claim.
    ("uk", "ukrinform_hur_stockpile_none", "ukrinform", paras(
        "ГУР: росія щомісяця виготовляє до 2 700 дронів типу Shahed",
        "Російська федерація нарощує виробництво ударних безпілотників і найближчим часом може "
        "застосовувати до 500 дронів за одну ніч. Про це заявив представник Головного "
        "управління розвідки Міноборони Вадим Скібіцький.",
        "За його словами, станом на березень росія накопичила запас близько 300 крилатих ракет "
        "Х-101 і понад 100 балістичних ракет Іскандер-М.",
        "\"Ворог може використати ці запаси для масованих ударів по енергетичній "
        "інфраструктурі, тому ми очікуємо нових атак\", – наголосив Скібіцький.",
        "Водночас він зазначив, що на заводі в Єлабузі працює понад 1 000 студентів місцевого "
        "коледжу.",
        "Генштаб ЗСУ повідомляє, що за минулу добу відбулося 138 бойових зіткнень; найбільше – "
        "на Покровському напрямку, де ворог 41 раз атакував позиції українських військ. Сили "
        "оборони знищили 1 180 окупантів, дев'ять танків і 31 артилерійську систему.",
        "Нагадаємо, у лютому росія випустила по Україні понад 4 000 ударних дронів.",
    ), []),

    # 15. A Telegram channel posting lines: the Odesa oblast head's post, the Air Force.
    ("uk", "wire_odesa_lines", "wire", "\n".join([
        "⚡️Одещина: нічна атака дронів",
        "Ворог уночі атакував Одещину ударними БпЛА. Сили ППО збили над областю 14 дронів, "
        "повідомив начальник Одеської ОВА Олег Кіпер.",
        "В Одесі пошкоджено склад і два автомобілі, постраждав охоронець 52 років.",
        "В Ізмаїльському районі уламки впали на територію порту, пошкоджено зерносховище. "
        "Загиблих та поранених немає, додав Кіпер.",
        "Також у Повітряних силах повідомили, що три крилаті ракети Калібр, випущені по "
        "Одещині з акваторії Чорного моря, збиті.",
        "Нагадаємо, вчора ввечері ворог бив по Одесі балістикою – тоді загинули 2 людини.",
        "Слідкуйте за офіційними джерелами! Підписатися",
    ]), [r("intercepted", "uav", 14, "UA-51", UA_OFF),
         r("injured", None, 1, "city:Odesa", UA_OFF),
         r("killed", None, 0, "UA-51", UA_OFF),
         r("injured", None, 0, "UA-51", UA_OFF),
         r("launched", "cruise_missile", 3, "UA-51", UA_MIL),
         r("intercepted", "cruise_missile", 3, "UA-51", UA_MIL)]),

    # 16. Pravda: Kherson's day: a guided-bomb count, a day's toll of all attacks (no claim), a
    # drone's dropped explosive, artillery, a district.
    ("uk", "pravda_kherson_prokudin", "pravda", paras(
        "Херсонщина: через удари росіян за добу загинули двоє людей, 14 поранені",
        "Упродовж минулої доби російські війська обстрілювали 38 населених пунктів Херсонської "
        "області, зокрема й Херсон. Про це повідомив начальник ОВА Олександр Прокудін.",
        "Окупанти завдали ударів артилерією, РСЗВ, ударними безпілотниками та авіацією, "
        "скинувши на область 11 керованих авіабомб.",
        "Внаслідок російської агресії загинули двоє людей, ще 14 отримали поранення.",
        "У Херсоні вранці російський дрон скинув вибухівку на маршрутку в Корабельному районі: "
        "поранено трьох людей – водія та двох пасажирок, повідомили в міській військовій "
        "адміністрації.",
        "Ще одна жінка загинула в Дніпровському районі міста внаслідок артилерійського "
        "обстрілу, уточнили в МВА.",
        "У Бериславському районі внаслідок удару КАБом поранено 60-річного чоловіка.",
        "Прокуратура Херсонської області розпочала досудові розслідування за фактами воєнних "
        "злочинів.",
        "Нагадаємо, 12 березня внаслідок атаки дронів у Херсоні загинув комунальник.",
    ), [r("launched", "guided_bomb", 11, "UA-65", UA_OFF),
        r("injured", None, 3, "city:Kherson", UA_OFF),
        r("injured", None, 1, "UA-65", UA_OFF)]),

    # 17. Suspilne: a photo report from Chernihiv with caption lines.
    ("uk", "suspilne_chernihiv_photos", "suspilne", paras(
        "Наслідки атаки на Чернігів: фоторепортаж",
        "Уночі 14 березня росіяни атакували Чернігів ударними безпілотниками. За даними "
        "начальника міської військової адміністрації Дмитра Брижинського, у місті було "
        "щонайменше три влучання.",
        "Пошкоджений житловий будинок на вулиці Шевченка, 14 березня 2025 року. Фото: "
        "Суспільне Чернігів",
        "Внаслідок атаки поранено двох людей: чоловіка 34 років та жінку 61 року, повідомив "
        "Брижинський. Обоє перебувають у лікарні.",
        "Рятувальники ліквідовують пожежу на території підприємства. Фото: ДСНС України",
        "У ДСНС повідомили, що вогнеборці ліквідували пожежу площею 400 квадратних метрів; до "
        "робіт залучали 42 рятувальники та 11 одиниць техніки.",
        "Начальник Чернігівської ОВА В'ячеслав Чаус додав, що загалом над областю вночі збили "
        "шість дронів.",
        "Уламки безпілотника Shahed біля житлового будинку. Фото: Суспільне Чернігів",
        "Нагадаємо, минулого тижня внаслідок атаки на Чернігів постраждали семеро людей.",
    ), [r("hit", "uav", 3, "city:Chernihiv", UA_OFF),
        r("injured", None, 2, "city:Chernihiv", UA_OFF),
        r("intercepted", "uav", 6, "UA-74", UA_OFF)]),

    # 18. Kyiv Independent: the General Staff's strikes in Russia and Crimea, the Bryansk
    # governor, the Russian MoD's count over several regions.
    ("uk", "kyivindependent_genstaff_bryansk", "kyivindependent", paras(
        "Генштаб: Сили оборони уразили нафтобазу в Брянській області та склад дронів у Криму",
        "Сили оборони України в ніч на 14 березня уразили низку військових об'єктів на "
        "території Росії та тимчасово окупованого Криму, повідомив Генштаб ЗСУ.",
        "Зокрема, ударні безпілотники атакували нафтобазу \"Кристал\" у Брянській області: "
        "зафіксовано чотири влучання, вибухи та масштабну пожежу.",
        "Також уражено склад зберігання ударних дронів Shahed поблизу Сак у Криму. Результати "
        "ураження уточнюються.",
        "У Генштабі зазначили, що операцію провели підрозділи Сил безпілотних систем спільно з "
        "ГУР та ССО.",
        "Губернатор Брянської області Олександр Богомаз заявив, що над регіоном збили 21 "
        "безпілотник, а в Унечському районі внаслідок атаки поранено двох людей.",
        "Російське Міноборони написало про 43 знищені українські дрони над Брянською, "
        "Курською та Бєлгородською областями.",
        "Нагадаємо, нафтобаза \"Кристал\" уже горіла після атаки дронів у січні.",
    ), [r("hit", "uav", 4, "RU-BRY", UA_MIL),
        r("intercepted", "uav", 21, "RU-BRY", RU_OFF),
        r("injured", None, 2, "RU-BRY", RU_OFF),
        r("intercepted", "uav", 43, "RU", RU_MIL)]),

    # 19. Ukrinform: guided bombs on a Kharkiv-region settlement, a drone in Kupiansk, the air
    # command, ground combat, history.
    ("uk", "ukrinform_kharkiv_kab_kupiansk", "ukrinform", paras(
        "Синєгубов: росіяни скинули КАБи на Золочів, є поранені",
        "Російські окупанти 14 березня завдали авіаудару по селищу Золочів Богодухівського "
        "району Харківської області.",
        "Як повідомив начальник Харківської ОВА Олег Синєгубов, ворог скинув на Золочів дві "
        "керовані авіабомби. Поранено двох чоловіків 40 і 57 років.",
        "Також, за даними Синєгубова, ворожий дрон влучив у цивільне авто в Куп'янську. Водій "
        "загинув на місці.",
        "Сили ППО над Харківщиною минулої доби знешкодили вісім ударних БпЛА, повідомили в "
        "Повітряному командуванні \"Схід\".",
        "На Куп'янському напрямку за добу відбулося 14 ворожих атак, повідомили в Генштабі. "
        "Поблизу Кіндрашівки українські оператори дронів знищили три танки та 12 окупантів.",
        "Нагадаємо, у лютому росіяни скинули на Харківщину понад 200 КАБів.",
    ), [r("launched", "guided_bomb", 2, "UA-63", UA_OFF),
        r("injured", None, 2, "UA-63", UA_OFF),
        r("hit", "uav", 1, "city:Kupiansk", UA_OFF),
        r("killed", None, 1, "city:Kupiansk", UA_OFF),
        r("intercepted", "uav", 8, "UA-63", UA_MIL)]),

    # 20. Pravda relays Belgorod's governor and the Russian MoD; history of launches from there.
    ("uk", "pravda_belgorod_claims", "pravda", paras(
        "У Бєлгороді заявили про ракетну атаку, в рф кажуть про збиті снаряди Vampire",
        "Увечері 13 березня у Бєлгороді пролунала серія вибухів. Губернатор Бєлгородської "
        "області В'ячеслав Гладков заявив, що місто атакували ракетами.",
        "За його словами, у Бєлгороді пошкоджено кілька приватних будинків і автомобілі, "
        "поранено чотирьох людей.",
        "У Міноборони рф стверджують, що над Бєлгородською областю ППО збила 10 реактивних "
        "снарядів РСЗВ Vampire та дві ракети Точка-У.",
        "Українська сторона ці заяви не коментувала. Джерело УП в Силах оборони лише зазначило, "
        "що удари завдавалися по військових цілях.",
        "Від початку повномасштабного вторгнення Бєлгород використовується для обстрілів "
        "Харкова: лише минулого тижня звідти випустили 20 ракет С-300.",
        "Гладков також повідомив, що Шебекінський округ атакували 12 FPV-дронів, постраждалих "
        "немає.",
    ), [r("injured", None, 4, "city:Belgorod", RU_OFF),
        r("intercepted", "rocket", 10, "RU-BEL", RU_MIL),
        r("intercepted", "ballistic_missile", 2, "RU-BEL", RU_MIL),
        r("launched", "uav", 12, "RU-BEL", RU_OFF),
        r("killed", None, 0, "RU-BEL", RU_OFF),
        r("injured", None, 0, "RU-BEL", RU_OFF)]),

    # 21. Suspilne: an "Оновлено" page on Khmelnytskyi oblast; a toll that rose; the city council.
    ("uk", "suspilne_khmelnytskyi_updates", "suspilne", paras(
        "Атака на Хмельниччину: у Старокостянтинові влучання, є поранені (оновлено)",
        "Оновлено 10:15. Уночі 14 березня росіяни атакували Хмельницьку область ракетами та "
        "дронами. Про це повідомив начальник Хмельницької ОВА Сергій Тюрін.",
        "\"Над областю знищено сім ударних БпЛА і дві крилаті ракети\", – написав Тюрін.",
        "У Старокостянтинівській громаді пошкоджено будівлі інфраструктурного об'єкта та "
        "кілька приватних будинків. Поранено трьох людей.",
        "Оновлено 11:30. Кількість поранених зросла до п'яти, повідомив Тюрін. Одна людина "
        "перебуває у важкому стані.",
        "Оновлено 12:00. Міська рада Хмельницького повідомила, що у місті уламки пошкодили дах "
        "школи, постраждалих немає.",
        "Нагадаємо, Старокостянтинів – одна з найчастіших цілей російських ударів: з початку "
        "року місто атакували понад 20 разів.",
    ), [r("intercepted", "uav", 7, "UA-68", UA_OFF),
        r("intercepted", "cruise_missile", 2, "UA-68", UA_OFF),
        r("injured", None, 5, "UA-68", UA_OFF),
        r("killed", None, 0, "city:Khmelnytskyi", UA_OFF),
        r("injured", None, 0, "city:Khmelnytskyi", UA_OFF)]),

    # 22. A wire's alert story: durations, outages, explosions heard, history. No claim.
    ("uk", "wire_zhytomyr_alert_none", "wire", paras(
        "На Житомирщині понад чотири години тривала повітряна тривога",
        "У ніч на 14 березня повітряна тривога на Житомирщині тривала 4 години 20 хвилин. "
        "Мешканці Житомира та Коростеня повідомляли про вибухи.",
        "За даними Житомирської ОВА, через аварійні відключення без світла залишалися 6 громад, "
        "станом на ранок електропостачання відновлено.",
        "В \"Укренерго\" повідомили, що по всій країні знеструмлено понад 120 тисяч споживачів; "
        "енергетики працюють над відновленням.",
        "Інформація про наслідки атаки уточнюється, зазначили в ОВА. Окремо в ОВА нагадали, що "
        "в області працюють 212 пунктів незламності.",
        "Нагадаємо, 9 березня над Житомирщиною сили ППО збили п'ять ударних дронів.",
    ), []),

    # 23. Ukrinform: Mykolaiv's oblast head (region and sea), the mayor, the Navy's carrier
    # count (no claim), artillery, ground losses.
    ("uk", "ukrinform_mykolaiv_kim_sea", "ukrinform", paras(
        "Кім: над Миколаївщиною збили дев'ять дронів, ще три – над морем",
        "Уночі 14 березня сили ППО знищили над Миколаївською областю дев'ять ударних "
        "безпілотників типу Shahed, повідомив начальник ОВА Віталій Кім.",
        "Ще три дрони, за його словами, збили над акваторією Чорного моря на підльоті до "
        "узбережжя.",
        "У Миколаєві уламки пошкодили газопровід і вікна багатоквартирного будинку. Постраждала "
        "70-річна жінка, повідомив міський голова Олександр Сєнкевич.",
        "Очаківську громаду ворог обстріляв з артилерії, поранено чоловіка.",
        "Військово-морські сили ЗСУ повідомили, що станом на ранок у Чорному морі перебуває "
        "один ворожий корабель – носій крилатих ракет Калібр із сумарним залпом до восьми "
        "ракет.",
        "У Силах оборони півдня додали, що за добу на півдні знищено 42 окупанти, три гармати "
        "і дев'ять одиниць автотехніки.",
        "Нагадаємо, 11 березня внаслідок атаки дронів на Миколаїв постраждали четверо людей.",
    ), [r("intercepted", "uav", 9, "UA-48", UA_OFF),
        r("intercepted", "uav", 3, "sea:black", UA_OFF),
        r("injured", None, 1, "city:Mykolaiv", UA_OFF)]),

    # 24. Pravda: the Kyiv oblast head's total and its parts by district; the Air Force.
    ("uk", "pravda_kyiv_oblast_districts", "pravda", paras(
        "Київщина: через атаку дронів поранено трьох людей, пошкоджено 20 будинків",
        "Уночі ворог атакував Київщину ударними дронами, протиповітряна оборона працювала понад "
        "чотири години, повідомив голова Київської ОВА Микола Калашник.",
        "\"На жаль, загалом поранено трьох людей: двох у Білоцерківському районі та одну – у "
        "Броварському\", – написав він.",
        "Пошкоджено щонайменше 20 приватних будинків, п'ять багатоповерхівок та 14 автомобілів.",
        "Мер Броварів Ігор Сапожко уточнив, що в місті уламки впали на дах торговельного "
        "центру, виникла пожежа.",
        "У Києві, за даними КМВА, всі ворожі дрони на підльоті до столиці знищено.",
        "Повітряні сили повідомили, що загалом уночі росіяни запустили по Україні 76 ударних "
        "дронів, збито 52.",
        "Нагадаємо, 9 березня на Київщині внаслідок атаки загинула жінка.",
    ), [r("injured", None, 3, "UA-32", UA_OFF),
        r("injured", None, 2, "UA-32", UA_OFF),
        r("injured", None, 1, "UA-32", UA_OFF),
        r("launched", "uav", 76, "UA", UA_MIL),
        r("intercepted", "uav", 52, "UA", UA_MIL)]),

    # 25. Suspilne: Donetsk's oblast head on two cities; a day's toll of all attacks (no
    # claim); ground combat.
    ("uk", "suspilne_donetsk_filashkin", "suspilne", paras(
        "Росіяни вдарили по Краматорську ракетами: є загиблі",
        "14 березня російські війська атакували Краматорськ і Слов'янськ. Про це повідомив "
        "начальник Донецької ОВА Вадим Філашкін.",
        "За його даними, по Краматорську прилетіли дві ракети С-300, загинули двоє людей, ще "
        "шестеро поранені.",
        "У Слов'янську внаслідок авіаудару загинув чоловік.",
        "Загалом за добу на Донеччині росіяни вбили чотирьох цивільних і поранили 11, "
        "повідомила Донецька ОВА.",
        "На Покровському напрямку Сили оборони за добу відбили 43 штурми, повідомили в "
        "Генштабі.",
        "Філашкін вкотре закликав мешканців евакуюватися: на Донеччині досі залишаються понад "
        "300 тисяч цивільних.",
    ), [r("hit", "missile", 2, "city:Kramatorsk", UA_OFF),
        r("killed", None, 2, "city:Kramatorsk", UA_OFF),
        r("injured", None, 6, "city:Kramatorsk", UA_OFF),
        r("killed", None, 1, "city:Sloviansk", UA_OFF)]),

    # 26. Kyiv Independent relays Sevastopol's occupation head and the Russian MoD over the sea.
    ("uk", "kyivindependent_sevastopol_relay", "kyivindependent", paras(
        "Окупанти заявили про атаку дронів на Севастополь",
        "Призначений Росією \"губернатор\" Севастополя Михайло Развожаєв заявив, що вночі над "
        "містом сили ППО збили вісім безпілотників.",
        "За його словами, уламки пошкодили кілька будинків у Нахімовському окрузі, поранено "
        "58-річного чоловіка.",
        "Міноборони рф повідомило, що над Чорним морем знищили 17 дронів, а ще три безекіпажні "
        "катери – в акваторії біля Криму.",
        "Місцеві Telegram-канали писали про понад 15 вибухів у районі бухти.",
        "У ВМС ЗСУ наслідки атаки не коментують.",
        "Нагадаємо, у вересні 2023 року ракетний удар Сил оборони знищив штаб Чорноморського "
        "флоту в Севастополі.",
    ), [r("intercepted", "uav", 8, "UA-40", RU_OFF),
        r("injured", None, 1, "UA-40", RU_OFF),
        r("intercepted", "uav", 17, "sea:black", RU_MIL)]),

    # 27. Suspilne: a TV interview with the Air Force's spokesman, questions with numbers.
    ("uk", "suspilne_ihnat_interview", "suspilne", paras(
        "Ігнат: ворог випустив по Україні вісім ракет Х-101, шість збили над Вінниччиною",
        "Речник Повітряних сил Юрій Ігнат в ефірі телемарафону розповів про нічну атаку та "
        "про те, чого чекати найближчими тижнями. Публікуємо головне з розмови.",
        "– Пане Юрію, що відомо про ракети, які летіли цієї ночі?",
        "– Цієї ночі ворог випустив по Україні вісім крилатих ракет Х-101 зі стратегічних "
        "бомбардувальників Ту-95МС. Шість із них наші зенітники збили над Вінниччиною, ще "
        "дві, на жаль, досягли цілей.",
        "– Минулого місяця росіяни застосували понад 1 500 дронів. Чи вистачає ракет для "
        "ППО?",
        "– Ракет ніколи не буває достатньо. Ми очікуємо, що ворог продовжить накопичувати "
        "ракети для нових ударів, тому просимо партнерів про ще щонайменше десять систем "
        "Patriot.",
        "– Чи змінилася тактика дронів?",
        "– Так, вони літають вище і швидше. Раніше ми збивали до 90 відсотків, зараз мобільним "
        "вогневим групам складніше.",
    ), [r("launched", "cruise_missile", 8, "UA", UA_MIL),
        r("intercepted", "cruise_missile", 6, "UA-05", UA_MIL),
        r("hit", "cruise_missile", 2, "UA", UA_MIL)]),

    # 28. Pravda: the energy minister on an attack on energy sites in several named regions.
    ("uk", "pravda_energy_minister_regions", "pravda", paras(
        "Росія вдарила по енергетиці на заході України: Галущенко",
        "Росія вночі атакувала енергетичні об'єкти в кількох областях, зокрема на Львівщині "
        "та Івано-Франківщині, запустивши 14 ракет і 60 дронів. Про це повідомив міністр "
        "енергетики Герман Галущенко.",
        "За його словами, в деяких регіонах застосовано аварійні відключення, енергетики вже "
        "працюють над відновленням.",
        "В \"Укренерго\" уточнили, що без світла залишалися понад 200 тисяч споживачів.",
        "Голова Івано-Франківської ОВА Світлана Онищук повідомила, що над областю збили три "
        "крилаті ракети.",
        "Нагадаємо, взимку росія здійснила 12 масованих ударів по українській енергетиці.",
    ), [r("launched", "missile", 14, "UA", UA_OFF),
        r("launched", "uav", 60, "UA", UA_OFF),
        r("intercepted", "cruise_missile", 3, "UA-26", UA_OFF)]),

    # 29. Ukrinform relays the Russian MoD over seas and Crimea, and the Krasnodar authorities.
    ("uk", "ukrinform_mod_seas_crimea", "ukrinform", paras(
        "У рф заявили про збиті дрони над Кримом, Азовським і Чорним морями",
        "Міністерство оборони росії стверджує, що вночі над акваторією Азовського моря знищено "
        "шість українських безпілотників, а над Кримом – ще дев'ять.",
        "Ще два дрони, за даними відомства, збили над Чорним морем.",
        "Оперативний штаб Краснодарського краю повідомив, що в Новоросійську внаслідок атаки "
        "безекіпажних катерів пошкоджено причал, двоє людей поранені.",
        "Тимчасово окупований Крим регулярно атакують: у лютому, за даними самих окупантів, над "
        "півостровом збили понад 300 дронів.",
        "Військово-морські сили ЗСУ заяви росіян не коментують. Окупаційна влада Криму "
        "традиційно не повідомляє про наслідки атак.",
    ), [r("intercepted", "uav", 6, "sea:azov", RU_MIL),
        r("intercepted", "uav", 9, "UA-43", RU_MIL),
        r("intercepted", "uav", 2, "sea:black", RU_MIL)]),

    # 30. A wire: the oblast head named in the headline only, the body in the outlet's words.
    ("uk", "wire_vinnytsia_headline_source", "wire", paras(
        "Борзов: над Вінниччиною вночі збили 11 ударних дронів",
        "Уночі над Вінниччиною сили протиповітряної оборони збили 11 ударних дронів. Уламки "
        "впали у Вінницькому та Жмеринському районах.",
        "Пошкоджено два приватні будинки, господарську будівлю та лінію електропередачі. "
        "Загиблих і постраждалих немає.",
        "Інформацію про наслідки атаки уточнюють, на місцях працюють рятувальники та "
        "енергетики.",
        "Жителів області закликають не наближатися до уламків і повідомляти про них за номером "
        "101. У кількох громадах через пошкодження мереж тимчасово знеструмлено 3 тисячі "
        "абонентів.",
        "Нагадаємо, 2 березня на Вінниччині внаслідок атаки дронів пошкоджено 8 будинків.",
    ), [r("intercepted", "uav", 11, "UA-05", UA_OFF),
        r("killed", None, 0, "UA-05", UA_OFF),
        r("injured", None, 0, "UA-05", UA_OFF)]),

    # 31. Ukrinform relays the Russian MoD's daily summary: ground claims and air defence with
    # no place.
    ("uk", "ukrinform_mod_daily_summary", "ukrinform", paras(
        "Міноборони рф знову звітує про \"успіхи\" на фронті",
        "Міністерство оборони росії опублікувало чергове щоденне зведення про хід так званої "
        "\"спеціальної військової операції\".",
        "У відомстві стверджують, що за добу російські війська нібито уразили 143 райони "
        "зосередження живої сили і техніки ЗСУ, а українська армія втратила до 1 300 "
        "військових.",
        "\"Засобами ППО збито чотири керовані авіабомби JDAM, шість реактивних снарядів "
        "HIMARS і 112 безпілотних літальних апаратів літакового типу\", – ідеться у зведенні.",
        "У Генштабі ЗСУ заяви рф про втрати українських військ назвали вигадкою.",
        "Нагадаємо, минулого тижня Міноборони рф звітувало про 900 збитих за тиждень дронів.",
    ), [r("intercepted", "guided_bomb", 4, None, RU_MIL),
        r("intercepted", "rocket", 6, None, RU_MIL),
        r("intercepted", "uav", 112, None, RU_MIL)]),
]

XFAIL: dict[str, str] = {
    "suspilne_odesa_dsns_toll": (
        "a superseded toll ('Раніше повідомлялося про шістьох загиблих') read as a claim; the "
        "Air Force's 'випустили по місту' after Odesa placed in the country"),
    "kyivindependent_kyiv_night": (
        "the Air Force's 15 missiles in all merged with the city's 15 as one restated count; "
        "the outlet's own reporters read as the city official before them"),
    "ukrinform_genstaff_saratov": (
        "the General Staff's quoted 'щонайменше три влучання' missed; 'над регіонами країни – "
        "54' placed at the town the report is about"),
    "pravda_sbu_source_khalino": (
        "'відпрацювали 12 дронів' not read as a launch"),
    "suspilne_zaporizhzhia_fedorov": (
        "a superseded figure ('Спочатку глава ОВА писав про трьох поранених') read as a claim"),
    "wire_dnipropetrovsk_lysak_vilkul": (
        "a victim right after a sentence of artillery fire ('Нікопольщину обстріляли з важкої "
        "артилерії. У Марганецькій громаді поранено чоловіка') read as the air war's"),
    "ukrinform_russian_mod_relay": (
        "'летіли на столицю' read RU-MOS where another paragraph names Moscow Oblast"),
    "suspilne_sumy_day": (
        "a hromada ('у Шосткинській громаді') read as its town (uk.toml municipality_nouns); "
        "our reading: the region"),
    "wire_odesa_lines": (
        "'три крилаті ракети ..., випущені по Одещині з акваторії Чорного моря, збиті': the "
        "downing participle after the long phrase not read"),
    "pravda_kherson_prokudin": (
        "a day's toll of all attacks ('через удари росіян за добу загинули двоє') read as the "
        "air war's"),
    "kyivindependent_genstaff_bryansk": (
        "the General Staff's hits in Russia, its voice carried from the paragraph before, given "
        "to the outlet (a carried party does not speak for hits in the other side's country)"),
    "suspilne_khmelnytskyi_updates": (
        "a superseded figure ('Поранено трьох' before 'зросла до п'яти') read; the city "
        "council's denial placed at the region ('Хмельницького' after a noun is no place)"),
    "pravda_kyiv_oblast_districts": (
        "an elliptic list item ('одну – у Броварському', no 'районі') missed"),
    "suspilne_ihnat_interview": (
        "'ще дві, на жаль, досягли цілей': an elliptic count with an aside before its verb "
        "missed"),
    "ukrinform_mod_seas_crimea": (
        "victims of an attack by sea drones (безекіпажні катери) read as the air war's"),
    "ukrinform_mod_daily_summary": (
        "the Russian MoD's daily figures with no place read as Russia (our reading: null); a "
        "week's tally in a 'Нагадаємо' paragraph read as a claim"),
}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
