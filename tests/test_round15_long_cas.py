"""Round 15's long casualty grid: whole reports (4-15 paragraphs, a headline line first where the
genre has one) in English, Russian and Ukrainian where the casualty counts are the hard part,
written from ANNOTATION.md and the gold's review conventions before the extractor read any of
them (no evaluation text was read to write them; the texts are our own).

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case names
(tests/grid.py SITES); dates are not scored by the grid. The outlet's own voice is the site's
registry side and kind "outlet"; `wire` (an outlet the registry does not know) is side "other"
in English and Russian and "ua" in Ukrainian.

The genres: tolls that rise through the report (the risen toll is a claim; so is an earlier
figure told in a sentence of its own, "had earlier put the toll at five", "Ранее сообщалось о
...", "Раніше повідомлялося про ...": see the changes below); killed and injured of several
towns and regions in one report, with the total and its parts (separate claims); children
counted inside a total ("including three children": no claim of their own); those hospitalised
or treated on the spot among a larger count (a part, no claim); explicit denials of a named
official inside a relay ("no one was hurt, he added", "пострадавших нет", "люди не постраждали",
"жертв нет" deaths only, "травмованих немає" injured only), a governor's denial taking the
governor's region and a mayor's the town; casualties of ground shelling, artillery or mortars
(no claim); casualties of earlier attacks recalled (history); soldiers killed (personnel losses,
no claim); monthly and cumulative tolls (history); the wounded counted by a hospital or a health
ministry; casualty counts placed in the headline and the body (one claim); live-blog timelines
and Telegram-channel line posts.

Places: a town or village is its region when the region is named in the same sentence or in
the claim's attribution, else `city:<Name>`; a district is its region; Kyiv is UA-30; several
regions with one number give the country; a dateline is no place.

Rows are (action, weapon, quantity, location, claimant_side, claimant_kind).

24 reports (8 per language) of 6-10 paragraphs or lines, 154 expected claims as first written
(en 62, ru 43, uk 49), 165 after the changes below (en 64, ru 48, uk 53); 2 reports expect none
(an explainer of cumulative tolls, a day of shelling).

Changed after reading, by the gold's review convention (docs/evaluation.md, "How the gold was
made": a town is its region only when the region is named in the same sentence or its
attribution, else `city:<Name>`; mentions/villages.py applies it to villages): three villages
named without their region were first written as their region: aljazeera_belgorod_car's
Zhuravlyovka (hit 1, injured 1), kyivindependent_odesa_injured's Usatove (killed 1) and
ria_kursk_day_total's Tetkino (killed 1, its district named, not its region); they are
`city:<Name>` now.

Changed after reading, by the gold's convention that tests/test_round8_casualty.py records ("a
figure 'reported earlier' in a sentence of its own stays a claim (contradicting figures are each
annotated; dev gold does so)", the guide's "Contradicting claims in one report are all
annotated"), which a rule written this round to drop such figures confirmed: it cost ru dev fold
b a match and broke toll_en_earlier_reported, and was withdrawn. The earlier figures were first
written as no claim; they are claims now (11 rows): reuters_kharkiv_toll_rises killed 5,
kyivindependent_odesa_injured injured 8, tass_belgorod_toll_rose injured 7 (impersonal
"сообщалось": the outlet), meduza_sumy_toll_rose killed 8 and injured 60, wire_sevastopol_lines
injured 1, ria_yelets_toll_rose injured 5, ukrinform_kharkiv_kab_toll injured 11 (the outlet),
pravda_odesa_toll_rose killed 2, suspilne_zaporizhzhia_missiles injured 15,
suspilne_sumy_timeline injured 2. Their places, and those of two later updates first written as
the region (pravda_odesa_toll_rose's "кількість загиблих зросла до трьох",
suspilne_zaporizhzhia_missiles's "загинув один чоловік"), follow the review convention read
literally: the sentence names no place, the town comes from the report, and neither the sentence
nor its attribution names the region, so `city:<Name>`.

Figures (`python tests/grid.py tests/test_round15_long_cas.py`):
- before (commit "long grid written before reading", main's rules):
  en P 0.859, R 0.887, F1 0.873, claimant 0.964; gold 62, read 64, matched 55.
  ru P 0.685, R 0.860, F1 0.763, claimant 1.000; gold 43, read 54, matched 37.
  uk P 0.763, R 0.918, F1 0.833, claimant 1.000; gold 49, read 59, matched 45.
  With the expectations changed below by the gold's conventions (main's rules):
  en P 0.906, R 0.906, F1 0.906, claimant 0.966; gold 64, read 64, matched 58.
  ru P 0.759, R 0.854, F1 0.804, claimant 0.976; gold 48, read 54, matched 41.
  uk P 0.847, R 0.943, F1 0.893, claimant 1.000; gold 53, read 59, matched 50.
- after (this branch's rules: uk 'обстріляти' ground fire; ru month and year tallies as
  history; a weekday of last week history, ru/uk; en named_attack_context 2; en 'put the death
  toll at'):
  en P 0.908, R 0.922, F1 0.915, claimant 0.966; gold 64, read 65, matched 59.
  ru P 0.820, R 0.854, F1 0.837, claimant 0.976; gold 48, read 50, matched 41.
  uk P 0.862, R 0.943, F1 0.901, claimant 1.000; gold 53, read 58, matched 50.
  9 reports pass, 15 strict xfails (XFAIL says why). The causes left: another voice's hospital
  count read as a claim (3 uk reports; round 8's convention reads it so, round 13's and this
  grid's as a part); a town the report named, in a sentence naming no region, read as the
  region of an earlier attribution (meduza, ukrinform; the twelfth round's open question) and
  'летевших на Москву' read RU-MOS (round 14's); soldiers' victims of a strike on a training
  ground (dropping 'военнослужащий' as a victim noun cost ru dev); shelling's victims where ru
  'обстрел' names no weapon; 'За словами міського голови' (the genitive 'голови' fixed as a
  form cost uk dev fold b a place); one-off speaker and place slips (en 'city officials',
  'No one was injured, he said' before the Ministry's paragraph, 'Льгове').
"""

from __future__ import annotations

import pytest

from claimants import RU_MIL, RU_OFF, RU_OUT, UA_ANON, UA_MIL, UA_OFF, UA_OUT
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import paragraphs as paras
from grid import row as r

CASES: list[GridCase] = [
    # ------------------------------------------------------------------ English
    # 1. Reuters: a toll that rose, the superseded figure, those in hospital, the mayor's
    # weapons, the Air Force's national count, a neighbouring region, history.
    ("en", "reuters_kharkiv_toll_rises", "reuters", paras(
        "Russian missile strike on Kharkiv kills seven as death toll rises",
        "KYIV, March 14 (Reuters) - The death toll from a Russian missile strike on Kharkiv late "
        "on Thursday rose to seven on Friday, Governor Oleh Syniehubov said, as rescuers pulled "
        "two more bodies from the rubble of a five-storey building.",
        "Syniehubov had earlier put the toll at five. At least 28 people were wounded, among "
        "them three children, he said on the Telegram messaging app.",
        "Ihor Terekhov, the city's mayor, said the attack was carried out with two Iskander "
        "ballistic missiles, one of which struck a residential block in the Kyivskyi district.",
        "Of the wounded, 11 were taken to hospital and the rest were treated at the scene, the "
        "regional health department said.",
        "Ukraine's military said on Friday that Russia had launched 94 drones and two ballistic "
        "missiles at the country overnight, and that air defences shot down 57 of the drones.",
        "In the neighbouring Sumy region, a drone attack on the town of Shostka injured a "
        "62-year-old woman, the regional administration said.",
        "Kharkiv, Ukraine's second-largest city, lies about 30 km (19 miles) from the Russian "
        "border and has been struck repeatedly since 2022. A glide bomb attack on a hardware "
        "store there in May last year killed 19 people.",
        "Russia's defence ministry said its forces had struck \"military-industrial facilities\" "
        "in Kharkiv overnight. It did not comment on casualties. Reuters could not independently "
        "verify either side's account.",
        "Russia said separately that its air defences had destroyed 31 Ukrainian drones over the "
        "Belgorod, Kursk and Bryansk regions.",
    ), [r("killed", None, 7, "city:Kharkiv", UA_OFF),
        r("killed", None, 5, "city:Kharkiv", UA_OFF),
        r("injured", None, 28, "city:Kharkiv", UA_OFF),
        r("launched", "ballistic_missile", 2, "city:Kharkiv", UA_OFF),
        r("hit", "ballistic_missile", 1, "city:Kharkiv", UA_OFF),
        r("launched", "uav", 94, "UA", UA_MIL),
        r("launched", "ballistic_missile", 2, "UA", UA_MIL),
        r("intercepted", "uav", 57, "UA", UA_MIL),
        r("injured", None, 1, "UA-59", UA_OFF),
        r("intercepted", "uav", 31, "RU", RU_MIL)]),

    # 2. AP: a region's total and its towns' parts, artillery casualties of another town (no
    # claim), history, the Russian side.
    ("en", "ap_dnipropetrovsk_towns", "ap", paras(
        "Russian missiles and drones kill 4 in Ukraine's Dnipropetrovsk region",
        "KYIV, Ukraine (AP) — Russian missiles and drones struck two cities in Ukraine's "
        "Dnipropetrovsk region overnight, killing four people and wounding 19, regional Gov. "
        "Serhii Lysak said Friday.",
        "In Dnipro, the regional capital, three people were killed and 12 injured when an office "
        "building was struck, Lysak said on Telegram.",
        "In Kryvyi Rih, one person was killed and seven were wounded when a petrol station was "
        "hit, said Oleksandr Vilkul, head of the city's military administration.",
        "Separately, Russian artillery shelling of Nikopol, across the Dnipro River from the "
        "Russian-occupied Zaporizhzhia nuclear plant, wounded a 48-year-old man, Lysak said.",
        "Ukraine's air force said Russia launched 112 Shahed-type drones at Ukraine overnight. "
        "Air defenses shot down 64 of them, it said.",
        "The region has come under near-daily attack. A Russian missile that hit an apartment "
        "building in Dnipro in January 2023 killed 46 people, one of the deadliest single strikes "
        "of the war.",
        "Meanwhile, in Russia's Belgorod region, Gov. Vyacheslav Gladkov said a Ukrainian drone "
        "attack on the village of Maslova Pristan injured two women. Russia's Defense Ministry "
        "said 23 Ukrainian drones were downed over Russian territory overnight.",
    ), [r("killed", None, 4, "UA-12", UA_OFF),
        r("injured", None, 19, "UA-12", UA_OFF),
        r("killed", None, 3, "city:Dnipro", UA_OFF),
        r("injured", None, 12, "city:Dnipro", UA_OFF),
        r("killed", None, 1, "city:Kryvyi Rih", UA_OFF),
        r("injured", None, 7, "city:Kryvyi Rih", UA_OFF),
        r("launched", "uav", 112, "UA", UA_MIL),
        r("intercepted", "uav", 64, "UA", UA_MIL),
        r("injured", None, 2, "RU-BEL", RU_OFF),
        r("intercepted", "uav", 23, "RU", RU_MIL)]),

    # 3. Kyiv Independent: a headline count with children inside it, a number that grew, the
    # hospitalised part, a village, the Air Force, Kherson artillery (no claim), history.
    ("en", "kyivindependent_odesa_injured", "kyivindependent", paras(
        "Russian drone attack on Odesa injures 14, including 3 children",
        "Russian drones attacked Odesa overnight on March 14, injuring 14 people, including "
        "three children, Odesa Oblast Governor Oleh Kiper reported.",
        "Earlier in the morning, Kiper said eight people had been hurt. The number grew as "
        "rescuers searched damaged apartment buildings in the city's Kyivskyi district.",
        "Six of the injured, including a 7-year-old girl, were hospitalized, the Health Ministry "
        "said. The others received medical assistance on the spot.",
        "A 71-year-old man was killed in the village of Usatove just outside the city, Kiper "
        "added.",
        "According to Ukraine's Air Force, Russia launched 76 drones and an Iskander-M ballistic "
        "missile against Ukraine overnight. Air defense downed 49 drones over 11 oblasts, while "
        "20 more were \"locally lost\" due to electronic warfare.",
        "Odesa has been a frequent target of Russian strikes on port infrastructure. Last month, "
        "a ballistic missile attack on the city's port killed two people and injured 15.",
        "In Kherson Oblast, Russian artillery and mortar fire killed one person and injured 11 "
        "over the past day, Governor Oleksandr Prokudin said.",
    ), [r("injured", None, 14, "UA-51", UA_OFF),
        r("injured", None, 8, "city:Odesa", UA_OFF),
        r("killed", None, 1, "city:Usatove", UA_OFF),
        r("launched", "uav", 76, "UA", UA_MIL),
        r("launched", "ballistic_missile", 1, "UA", UA_MIL),
        r("intercepted", "uav", 49, "UA", UA_MIL),
        r("suppressed", "uav", 20, "UA", UA_MIL)]),

    # 4. Al Jazeera: the Russian side's dead, a drone that hit a car, one taken to hospital, a
    # governor's "no one was hurt" in his regional capital, the Ministry's breakdown, soldiers
    # killed (no claim), a cumulative toll (history).
    ("en", "aljazeera_belgorod_car", "aljazeera", paras(
        "Ukrainian drone attack kills two in Russia's Belgorod, governor says",
        "A Ukrainian drone attack on a car in Russia's Belgorod region has killed two civilians, "
        "according to the region's governor, Vyacheslav Gladkov.",
        "Gladkov said on Telegram that a drone struck the vehicle near the village of "
        "Zhuravlyovka, close to the border, and that a third passenger was taken to hospital with "
        "shrapnel wounds.",
        "In the city of Belgorod itself, falling debris damaged a school and three homes, but no "
        "one was hurt, Gladkov said.",
        "Russia's Ministry of Defence said its air defence systems intercepted and destroyed 45 "
        "Ukrainian drones over Russian regions overnight, including 18 over the Belgorod region "
        "and 12 over the Kursk region.",
        "Ukraine has not commented on the attack. Kyiv says its long-range strikes target "
        "military infrastructure and are a response to Russia's bombardment of Ukrainian cities.",
        "On the Ukrainian side, a Russian missile strike on a training ground in the "
        "Dnipropetrovsk region killed six servicemen and wounded more than 20, Ukraine's ground "
        "forces said, announcing an investigation into why the soldiers had been assembled in "
        "the open.",
        "The Belgorod region borders Ukraine's Kharkiv region. Since 2022, more than 200 civilians "
        "have been killed in the region in Ukrainian attacks, according to Gladkov.",
    ), [r("killed", None, 2, "RU-BEL", RU_OFF),
        r("hit", "uav", 1, "city:Zhuravlyovka", RU_OFF),
        r("injured", None, 1, "city:Zhuravlyovka", RU_OFF),
        r("killed", None, 0, "RU-BEL", RU_OFF),
        r("injured", None, 0, "RU-BEL", RU_OFF),
        r("intercepted", "uav", 45, "RU", RU_MIL),
        r("intercepted", "uav", 18, "RU-BEL", RU_MIL),
        r("intercepted", "uav", 12, "RU-KRS", RU_MIL)]),

    # 5. A wire of no known side: the capital's toll in the headline and the body, the hurt in
    # hospital and a child among the dead (no claims), the Kyiv region's governor and his
    # denial, the Air Force's types, history.
    ("en", "wire_kyiv_combined_attack", "wire", paras(
        "Kyiv hit by combined missile and drone attack; 3 dead, 24 wounded",
        "Russia struck Kyiv with missiles and drones early on Friday, killing three people and "
        "injuring 24, city officials said.",
        "Mayor Vitali Klitschko said 15 of the injured had been hospitalised, two of them in "
        "serious condition. Among the dead was a 12-year-old boy, he said.",
        "Timur Tkachenko, head of the city's military administration, said debris fell in four "
        "districts, setting fire to cars and a kindergarten. Air defences were working over the "
        "capital for more than three hours, he said.",
        "In the Kyiv region, a woman was injured in the Bucha district when drone debris fell on "
        "her house, regional governor Mykola Kalashnyk said.",
        "No one was hurt in the Brovary district, where a warehouse caught fire, he added.",
        "Ukraine's air force said Russia launched eight Kalibr cruise missiles, four Iskander-M "
        "ballistic missiles and 133 drones at Ukraine. It said six cruise missiles and 71 drones "
        "were shot down.",
        "The last large-scale attack on the capital, on Feb. 12, killed one person and injured "
        "four.",
        "This is a developing story.",
    ), [r("killed", None, 3, "UA-30", UA_OFF),
        r("injured", None, 24, "UA-30", UA_OFF),
        r("injured", None, 1, "UA-32", UA_OFF),
        r("killed", None, 0, "UA-32", UA_OFF),
        r("injured", None, 0, "UA-32", UA_OFF),
        r("launched", "cruise_missile", 8, "UA", UA_MIL),
        r("launched", "ballistic_missile", 4, "UA", UA_MIL),
        r("launched", "uav", 133, "UA", UA_MIL),
        r("intercepted", "cruise_missile", 6, "UA", UA_MIL),
        r("intercepted", "uav", 71, "UA", UA_MIL)]),

    # 6. Kyiv Independent daily round-up: a total with no weapon (no claim), an oblast list
    # mixing drones and guided bombs (claims) with shelling (no claims), a "no one was killed".
    ("en", "kyivindependent_daily_roundup", "kyivindependent", paras(
        "Russian attacks kill 6, injure 31 over past day",
        "Russian attacks against Ukraine killed six people and injured 31 others over the past "
        "day, regional authorities reported on March 14.",
        "Sumy Oblast: Russian drone attacks injured five people, including a child, the regional "
        "military administration said. Artillery fire on the border community of Krasnopillia "
        "killed one person.",
        "Kharkiv Oblast: Two people were killed and nine injured in a guided aerial bomb attack on "
        "a village in Kupiansk district, Governor Oleh Syniehubov said.",
        "Donetsk Oblast: Russian shelling killed three civilians in Kostiantynivka and Pokrovsk "
        "and injured six, Governor Vadym Filashkin said.",
        "Zaporizhzhia Oblast: Russian drones and guided bombs hit the Polohy and Vasylivka "
        "districts, injuring 11 people, Governor Ivan Fedorov said. No one was killed, he said.",
        "Kherson Oblast: Russian artillery and mortar fire on 38 settlements killed one person and "
        "injured four, Governor Oleksandr Prokudin said.",
        "Dnipropetrovsk Oblast: Two men were injured in a Shahed drone attack, and air defense "
        "forces shot down 12 drones over the oblast overnight, Governor Serhii Lysak said.",
        "Nationwide, Ukraine's Air Force said Russia had launched 87 drones overnight, 54 of which "
        "were shot down.",
    ), [r("injured", None, 5, "UA-59", UA_OFF),
        r("killed", None, 2, "UA-63", UA_OFF),
        r("injured", None, 9, "UA-63", UA_OFF),
        r("injured", None, 11, "UA-23", UA_OFF),
        r("killed", None, 0, "UA-23", UA_OFF),
        r("injured", None, 2, "UA-12", UA_OFF),
        r("intercepted", "uav", 12, "UA-12", UA_OFF),
        r("launched", "uav", 87, "UA", UA_MIL),
        r("intercepted", "uav", 54, "UA", UA_MIL)]),

    # 7. Reuters from Moscow: the Russian side's injured, a neighbouring governor's "No one was
    # injured", the Ministry's total and parts, an anonymous Ukrainian source, a Ukrainian city.
    ("en", "reuters_saratov_refinery", "reuters", paras(
        "Ukrainian drones hit Russian refinery, injure three, governor says",
        "MOSCOW, March 14 (Reuters) - Ukrainian drones struck an oil refinery in Russia's Saratov "
        "region overnight, injuring three workers and setting a processing unit on fire, regional "
        "governor Roman Busargin said on Friday.",
        "Busargin said two of the workers had been taken to hospital in the city of Saratov with "
        "burns. A third was treated at the scene.",
        "In the neighbouring Volgograd region, drone debris fell on a residential area, Governor "
        "Andrei Bocharov said. No one was injured, he said.",
        "Russia's Defence Ministry said air defence units destroyed 68 Ukrainian drones overnight, "
        "22 of them over the Saratov region, 16 over the Volgograd region and the rest over eight "
        "other regions.",
        "A source in Ukraine's SBU security service told Reuters the service's drones had hit the "
        "refinery, which supplies fuel to Russian forces. At least 10 drones reached the plant, "
        "the source said.",
        "Ukraine has stepped up its attacks on Russian energy facilities this year. Analysts "
        "estimate that the strikes have at times idled up to 17% of Russia's refining capacity.",
        "In Ukraine, a Russian drone attack on the city of Zhytomyr killed one person, the "
        "regional administration said.",
    ), [r("injured", None, 3, "RU-SAR", RU_OFF),
        r("injured", None, 0, "RU-VGG", RU_OFF),
        r("intercepted", "uav", 68, "RU", RU_MIL),
        r("intercepted", "uav", 22, "RU-SAR", RU_MIL),
        r("intercepted", "uav", 16, "RU-VGG", RU_MIL),
        r("hit", "uav", 10, "RU-SAR", UA_ANON),
        r("killed", None, 1, "city:Zhytomyr", UA_OFF)]),

    # 8. AP: a monthly UN toll and the month's deadliest strike (history), one glide-bomb attack
    # of today, Russian monthly figures (history), the Ministry's night.
    ("en", "ap_un_monthly_toll", "ap", paras(
        "UN says February was the deadliest month for Ukrainian civilians since autumn",
        "KYIV, Ukraine (AP) — At least 164 civilians were killed and 910 wounded in Ukraine in "
        "February, the U.N. human rights monitoring mission said Friday, with most casualties "
        "caused by long-range missiles, drones and glide bombs.",
        "The mission said short-range drones accounted for more than a quarter of the casualties "
        "in front-line areas, where Russian drones hunt vehicles and pedestrians.",
        "Danielle Bell, head of the mission, said the deadliest single attack of the month was a "
        "missile strike on Poltava on Feb. 1 that killed 14 people, including three children.",
        "The report came hours after Russian glide bombs struck an apartment building in "
        "Kostiantynivka, killing two people and wounding five, Donetsk regional Gov. Vadym "
        "Filashkin said.",
        "Russian authorities say Ukrainian attacks killed 12 civilians in Russia's border regions "
        "in February.",
        "The U.N. figures do not include casualties in areas occupied by Russia, where the mission "
        "has no access.",
        "Russia's Defense Ministry said Friday it had shot down 17 Ukrainian drones overnight over "
        "the Kursk, Oryol and Bryansk regions.",
    ), [r("killed", None, 2, "UA-14", UA_OFF),
        r("injured", None, 5, "UA-14", UA_OFF),
        r("intercepted", "uav", 17, "RU", RU_MIL)]),

    # ------------------------------------------------------------------ Russian
    # 1. TASS: the governor's toll that rose, the hospitalised part and his "Погибших нет", a
    # district's dead, artillery (no claim), the Ministry's breakdown, history.
    ("ru", "tass_belgorod_toll_rose", "tass", paras(
        "Число пострадавших при атаке ВСУ на Белгород выросло до 12",
        "БЕЛГОРОД, 14 марта. /ТАСС/. Число пострадавших в результате атаки украинских "
        "беспилотников на Белгород выросло до 12, среди них двое детей. Об этом сообщил "
        "губернатор Белгородской области Вячеслав Гладков в своем Telegram-канале.",
        "Ранее сообщалось о семи пострадавших.",
        "\"Восемь человек доставлены в городскую больницу №2, остальным медицинская помощь "
        "оказана на месте. Погибших нет\", - написал Гладков.",
        "По его словам, в Шебекинском городском округе в результате удара дрона по легковому "
        "автомобилю погиб мужчина.",
        "Кроме того, в поселке Октябрьский Белгородского района в результате артиллерийского "
        "обстрела ранены двое мирных жителей.",
        "Минобороны РФ сообщило, что дежурными средствами ПВО за ночь перехвачены и уничтожены "
        "38 украинских беспилотников над территориями трех областей: 15 - над Белгородской, "
        "13 - над Курской, 10 - над Брянской.",
        "Напомним, 30 декабря 2023 года в результате обстрела центра Белгорода погибли 25 человек, "
        "более 100 получили ранения.",
    ), [r("injured", None, 12, "RU-BEL", RU_OFF),
        r("injured", None, 7, "city:Belgorod", RU_OUT),
        r("killed", None, 0, "RU-BEL", RU_OFF),
        r("killed", None, 1, "RU-BEL", RU_OFF),
        r("hit", "uav", 1, "RU-BEL", RU_OFF),
        r("intercepted", "uav", 38, "RU", RU_MIL),
        r("intercepted", "uav", 15, "RU-BEL", RU_MIL),
        r("intercepted", "uav", 13, "RU-KRS", RU_MIL),
        r("intercepted", "uav", 10, "RU-BRY", RU_MIL)]),

    # 2. RIA: a region's day total and its towns' parts (towns named alone), a village's dead,
    # "жертв нет" (deaths only) of the governor, a soldier hurt (no claim), history.
    ("ru", "ria_kursk_day_total", "ria", paras(
        "Два человека погибли при атаках дронов ВСУ на Курскую область",
        "КУРСК, 14 мар - РИА Новости. Два мирных жителя погибли и еще пятеро получили ранения в "
        "результате атак украинских беспилотников на Курскую область за сутки, сообщил врио "
        "губернатора региона Александр Хинштейн.",
        "По его словам, в Рыльске в результате атаки беспилотников на частный сектор погибла "
        "пожилая женщина. В Льгове при атаке дронов на многоквартирный дом пострадали три "
        "человека, один из них госпитализирован.",
        "Еще один мирный житель погиб в поселке Теткино Глушковского района, где беспилотник "
        "сбросил взрывное устройство на автомобиль.",
        "Хинштейн добавил, что в Курске после атаки беспилотников загорелась кровля склада, "
        "жертв нет.",
        "Также в Глушковском районе в результате обстрела из минометов ранен военнослужащий.",
        "Минобороны России сообщило, что за ночь над Курской областью уничтожены 11 беспилотников.",
        "С августа 2024 года, когда ВСУ вторглись в Курскую область, в регионе погибли более 100 "
        "мирных жителей.",
    ), [r("killed", None, 2, "RU-KRS", RU_OFF),
        r("injured", None, 5, "RU-KRS", RU_OFF),
        r("killed", None, 1, "city:Rylsk", RU_OFF),
        r("injured", None, 3, "city:Lgov", RU_OFF),
        r("killed", None, 1, "city:Tetkino", RU_OFF),
        r("killed", None, 0, "RU-KRS", RU_OFF),
        r("intercepted", "uav", 11, "RU-KRS", RU_MIL)]),

    # 3. Interfax: the Moscow Oblast toll, the hospitalised and a child (no claims), the mayor
    # of Moscow's count and denial, the Ministry's total and a part, flights, history.
    ("ru", "interfax_moscow_oblast_toll", "interfax", paras(
        "Один человек погиб, трое ранены при атаке беспилотников на Подмосковье",
        "Москва. 14 марта. INTERFAX.RU - Один человек погиб и трое пострадали при падении "
        "обломков беспилотника на жилой дом в Раменском, сообщил губернатор Московской области "
        "Андрей Воробьев.",
        "\"Пострадавшие госпитализированы, их состояние оценивается как средней тяжести\", - "
        "написал Воробьев в Telegram. По данным регионального минздрава, один из раненых - "
        "ребенок.",
        "Мэр Москвы Сергей Собянин сообщил, что силы ПВО в течение ночи отразили атаку 27 "
        "беспилотников, летевших на Москву. \"Серьезных разрушений и пострадавших нет\", - "
        "написал он.",
        "Всего, по данным Минобороны РФ, за ночь над территорией России были перехвачены и "
        "уничтожены 74 украинских беспилотника, из них 19 - над Московской областью.",
        "В аэропортах Домодедово и Жуковский вводились временные ограничения, задержаны более 40 "
        "рейсов.",
        "Напомним, 11 марта в результате массированной атаки беспилотников на Подмосковье погибли "
        "три человека, 18 получили ранения.",
    ), [r("killed", None, 1, "RU-MOS", RU_OFF),
        r("injured", None, 3, "RU-MOS", RU_OFF),
        r("intercepted", "uav", 27, "RU-MOW", RU_OFF),
        r("killed", None, 0, "RU-MOW", RU_OFF),
        r("injured", None, 0, "RU-MOW", RU_OFF),
        r("intercepted", "uav", 74, "RU", RU_MIL),
        r("intercepted", "uav", 19, "RU-MOS", RU_MIL)]),

    # 4. Meduza: a toll that rose, children inside the total, the Health Ministry's hospitalised
    # (a part), the president's missiles, the Russian claim of soldiers killed (no claim),
    # history, another city's Shahed.
    ("ru", "meduza_sumy_toll_rose", "meduza", paras(
        "Число погибших при ракетном ударе по Сумам выросло до 11",
        "Число погибших в результате удара российских баллистических ракет по центру Сум выросло "
        "до 11 человек, сообщила Сумская областная военная администрация. Еще 84 человека "
        "ранены, в том числе семеро детей.",
        "Утром власти сообщали о восьми погибших и 60 раненых.",
        "По данным министерства здравоохранения Украины, в больницах остаются 37 человек, девять "
        "из них - в тяжелом состоянии.",
        "Президент Украины Владимир Зеленский заявил, что Россия выпустила по городу две ракеты "
        "\"Искандер-М\".",
        "Министерство обороны России заявило, что нанесло удар по месту сбора командного состава "
        "ВСУ в Сумах и уничтожило \"до 60 военнослужащих\".",
        "Это самый смертоносный удар по Сумам с начала полномасштабного вторжения. В марте "
        "прошлого года удар дрона по многоэтажке в городе унес жизни восьми человек.",
        "Ночью Россия также атаковала Харьков: по словам мэра Игоря Терехова, в результате "
        "попадания \"шахеда\" в жилой дом пострадали пять человек.",
    ), [r("killed", None, 11, "UA-59", UA_OFF),
        r("injured", None, 84, "UA-59", UA_OFF),
        r("killed", None, 8, "city:Sumy", UA_OFF),
        r("injured", None, 60, "city:Sumy", UA_OFF),
        r("launched", "ballistic_missile", 2, "city:Sumy", UA_OFF),
        r("hit", "uav", 1, "city:Kharkiv", UA_OFF),
        r("injured", None, 5, "city:Kharkiv", UA_OFF)]),

    # 5. BBC Russian: an explainer of cumulative and monthly tolls and soldiers' deaths: no claim.
    ("ru", "bbcrussian_counting_dead", "bbcrussian", paras(
        "Как считают погибших от атак дронов: разбор Би-би-си",
        "С начала 2025 года в приграничных районах России в результате атак украинских "
        "беспилотников погибли не менее 60 мирных жителей, следует из подсчетов Би-би-си по "
        "сообщениям региональных властей.",
        "Больше всего жертв в Белгородской области: губернатор Вячеслав Гладков сообщал о 41 "
        "погибшем с января.",
        "В Украине, по данным мониторинговой миссии ООН, за январь и февраль погибли более 300 "
        "мирных жителей, большинство - от ракет, авиабомб и дронов.",
        "Отдельно Би-би-си вместе с \"Медиазоной\" ведет подсчет потерь российской армии: "
        "установлены имена более 90 тысяч погибших военных.",
        "\"Дроны малой дальности стали основной причиной гибели людей у линии фронта\", - "
        "говорит аналитик, попросивший не называть его имени.",
        "По словам исследователей, официальные данные сторон часто занижают число раненых: в них "
        "не попадают те, кому помощь оказали на месте.",
    ), []),

    # 6. A Telegram channel of no known side posting lines: Sevastopol's injured that rose,
    # the Ministry over Crimea, the head of Crimea's denial, history.
    ("ru", "wire_sevastopol_lines", "wire", "\n".join([
        "Севастополь: ночная атака",
        "Губернатор Севастополя Михаил Развожаев: силы ПВО и Черноморского флота отразили атаку, "
        "сбиты 9 беспилотников.",
        "Развожаев: ранен один человек - мужчина 45 лет, осколочные ранения, госпитализирован.",
        "Обновление 06:40. Развожаев сообщил, что пострадавших уже двое - второму мужчине помощь "
        "оказали на месте.",
        "В Крыму, по данным Минобороны, уничтожены еще 14 дронов.",
        "Глава Крыма Сергей Аксенов: в Джанкойском районе обломки повредили линию "
        "электропередачи, пострадавших нет.",
        "Напомним, в прошлую пятницу при атаке на Севастополь пострадали 7 человек.",
    ]), [r("intercepted", "uav", 9, "UA-40", RU_OFF),
         r("injured", None, 1, "UA-40", RU_OFF),
         r("injured", None, 2, "UA-40", RU_OFF),
         r("intercepted", "uav", 14, "UA-43", RU_MIL),
         r("killed", None, 0, "UA-43", RU_OFF),
         r("injured", None, 0, "UA-43", RU_OFF)]),

    # 7. TASS from occupied Donetsk: a town's total and its incidents, a day's shelling
    # casualties (no claim), the Ministry over two regions, history.
    ("ru", "tass_horlivka_injured", "tass", paras(
        "Трое мирных жителей пострадали при атаках БПЛА ВСУ на Горловку",
        "ДОНЕЦК, 14 марта. /ТАСС/. Три мирных жителя получили ранения в результате атак "
        "украинских беспилотников на Горловку, сообщил глава города Иван Приходько в своем "
        "Telegram-канале.",
        "По его словам, при атаке дронов на остановку общественного транспорта ранены две "
        "женщины. Еще один мужчина пострадал, когда беспилотники атаковали его "
        "автомобиль.",
        "Всего за сутки, по данным штаба территориальной обороны ДНР, в результате обстрелов ВСУ "
        "пострадали девять мирных жителей, один погиб.",
        "Минобороны России сообщило, что за ночь над Белгородской и Курской областями были "
        "уничтожены 16 беспилотников.",
        "Напомним, 18 февраля при атаке беспилотника на рейсовый автобус в Горловке погибли двое "
        "пассажиров.",
    ), [r("injured", None, 3, "city:Horlivka", RU_OFF),
        r("injured", None, 2, "city:Horlivka", RU_OFF),
        r("injured", None, 1, "city:Horlivka", RU_OFF),
        r("intercepted", "uav", 16, "RU", RU_MIL)]),

    # 8. RIA: a toll that rose in a town of the governor's region, the hospitalised part, his
    # "жертв нет" for a district, the Ministry's part and total, history, a neighbour's denial.
    ("ru", "ria_yelets_toll_rose", "ria", paras(
        "В Ельце выросло число пострадавших при атаке беспилотников",
        "ЛИПЕЦК, 14 мар - РИА Новости. Число пострадавших в результате атаки украинских "
        "беспилотников на Елец выросло до девяти, сообщил губернатор Липецкой области Игорь "
        "Артамонов.",
        "По его словам, семь человек госпитализированы, двое отпущены на амбулаторное лечение. "
        "Среди пострадавших есть ребенок.",
        "Ранее губернатор сообщал о пяти раненых.",
        "Артамонов уточнил, что в Елецком районе в результате падения обломков загорелась кровля "
        "частного дома, жертв нет.",
        "По данным Минобороны РФ, над Липецкой областью ночью были уничтожены 12 беспилотников, а "
        "всего над территорией России - 41.",
        "Елец уже подвергался атакам: в декабре в результате удара по промзоне города пострадали "
        "четыре человека.",
        "В Воронежской области, по данным губернатора Александра Гусева, над Лискинским районом "
        "сбиты четыре беспилотника, пострадавших нет.",
    ), [r("injured", None, 9, "RU-LIP", RU_OFF),
        r("injured", None, 5, "city:Yelets", RU_OFF),
        r("killed", None, 0, "RU-LIP", RU_OFF),
        r("intercepted", "uav", 12, "RU-LIP", RU_MIL),
        r("intercepted", "uav", 41, "RU", RU_MIL),
        r("intercepted", "uav", 4, "RU-VOR", RU_OFF),
        r("killed", None, 0, "RU-VOR", RU_OFF),
        r("injured", None, 0, "RU-VOR", RU_OFF)]),

    # ------------------------------------------------------------------ Ukrainian
    # 1. Ukrinform: the injured that rose, the mayor's bombs, the hospitalised (a part), a town
    # with its region, artillery (no claim), history, the Air Force.
    ("uk", "ukrinform_kharkiv_kab_toll", "ukrinform", paras(
        "Удар КАБами по Харкову: кількість поранених зросла до 17",
        "Кількість постраждалих внаслідок удару російських керованих авіабомб по Харкову зросла "
        "до 17 осіб, серед них четверо дітей. Про це повідомив очільник Харківської ОВА Олег "
        "Синєгубов у Telegram.",
        "Раніше повідомлялося про 11 поранених.",
        "За словами міського голови Ігоря Терехова, ворог скинув на місто дві авіабомби, "
        "одна з них влучила у двір багатоповерхівки.",
        "У лікарнях залишаються дев'ятеро постраждалих, решті медики надали допомогу на місці, "
        "уточнили в обласному департаменті охорони здоров'я.",
        "Крім того, у Чугуєві Харківської області внаслідок атаки ударних дронів загинула "
        "68-річна жінка, повідомив Синєгубов.",
        "Також ворог обстріляв з артилерії Куп'янськ: поранено двох чоловіків.",
        "Нагадаємо, 11 березня внаслідок удару КАБом по Харкову загинули двоє людей.",
        "Повітряні сили ЗСУ повідомили, що в ніч на 14 березня росіяни атакували Україну 95 "
        "ударними БпЛА типу Shahed, з них збито 61, ще 29 локаційно втрачені.",
    ), [r("injured", None, 17, "UA-63", UA_OFF),
        r("injured", None, 11, "city:Kharkiv", UA_OUT),
        r("launched", "guided_bomb", 2, "city:Kharkiv", UA_OFF),
        r("hit", "guided_bomb", 1, "city:Kharkiv", UA_OFF),
        r("killed", None, 1, "UA-63", UA_OFF),
        r("launched", "uav", 95, "UA", UA_MIL),
        r("intercepted", "uav", 61, "UA", UA_MIL),
        r("suppressed", "uav", 29, "UA", UA_MIL)]),

    # 2. Ukrainska Pravda: the dead in the headline then a toll that rose, the mayor of
    # Mykolaiv's "люди не постраждали", the Air Force, history, artillery (no claim).
    ("uk", "pravda_odesa_toll_rose", "pravda", paras(
        "Атака дронів на Одесу: загинули двоє людей, ще 9 поранені",
        "У ніч на 14 березня росіяни атакували Одесу ударними безпілотниками, внаслідок чого "
        "загинули двоє людей, ще дев'ятеро отримали поранення. Про це повідомив начальник "
        "Одеської ОВА Олег Кіпер.",
        "Подробиці: За його словами, пошкоджено багатоповерховий житловий будинок, об'єкти "
        "цивільної інфраструктури та автомобілі. Серед поранених - 14-річний хлопець.",
        "Згодом Кіпер повідомив, що кількість загиблих зросла до трьох: рятувальники ДСНС знайшли "
        "під завалами тіло ще однієї людини.",
        "У Миколаєві вночі також було гучно. Міський голова Олександр Сєнкевич повідомив, що "
        "уламки впали на території приватного сектору, люди не постраждали.",
        "Повітряні сили повідомили, що у ніч на 14 березня ворог запустив по Україні 118 дронів, "
        "з яких 72 збили над північними, південними та центральними областями.",
        "Нагадаємо, 2 березня внаслідок удару по Одесі загинули 4 людини.",
        "Також сьогодні вранці росіяни обстріляли з артилерії Херсон: поранено 63-річного "
        "чоловіка, повідомила Херсонська ОВА.",
    ), [r("killed", None, 2, "UA-51", UA_OFF),
        r("killed", None, 3, "city:Odesa", UA_OFF),
        r("injured", None, 9, "UA-51", UA_OFF),
        r("killed", None, 0, "city:Mykolaiv", UA_OFF),
        r("injured", None, 0, "city:Mykolaiv", UA_OFF),
        r("launched", "uav", 118, "UA", UA_MIL),
        r("intercepted", "uav", 72, "UA", UA_MIL)]),

    # 3. Suspilne: the injured in the headline and a figure that grew, the hospital's count (a
    # part), the dead found later, a village, the Air Force's missiles, shelling, history.
    ("uk", "suspilne_zaporizhzhia_missiles", "suspilne", paras(
        "Удар по Запоріжжю: 23 поранених, серед них троє дітей",
        "Російські війська вдарили по Запоріжжю ракетами, поранено 23 людини, серед них троє "
        "дітей. Про це повідомив голова Запорізької ОВА Іван Федоров.",
        "Спочатку Федоров повідомляв про 15 постраждалих.",
        "Як повідомили Суспільному в обласній лікарні, 12 поранених госпіталізовані, четверо з "
        "них у важкому стані. Решті допомогу надали амбулаторно.",
        "Федоров уточнив, що загинув один чоловік: його тіло знайшли на території пошкодженого "
        "підприємства.",
        "Повітряні сили уточнили, що по Запоріжжю було випущено чотири балістичні ракети "
        "Іскандер-М.",
        "Увечері 13 березня росіяни також атакували Запорізький район дронами: у селі Балабине "
        "поранено жінку, повідомили в Запорізькій ОВА.",
        "Загалом за добу ворог 412 разів обстріляв 14 населених пунктів області з артилерії та "
        "мінометів.",
        "Нагадаємо, минулого тижня внаслідок ракетного удару по Запоріжжю загинули п'ятеро людей.",
    ), [r("injured", None, 23, "UA-23", UA_OFF),
        r("injured", None, 15, "city:Zaporizhzhia", UA_OFF),
        r("killed", None, 1, "city:Zaporizhzhia", UA_OFF),
        r("launched", "ballistic_missile", 4, "city:Zaporizhzhia", UA_MIL),
        r("injured", None, 1, "UA-23", UA_OFF)]),

    # 4. A Telegram channel of no known side (Ukrainian: the registry reads it "ua") posting
    # lines by oblast: the capital, denials of governors, an oblast named at the line's head,
    # shelling (no claim), the Air Force.
    ("uk", "wire_oblasts_lines", "wire", "\n".join([
        "Нічна атака: що відомо станом на ранок",
        "Київ: у Дарницькому районі уламки впали на житловий будинок, поранено трьох людей - КМВА.",
        "Київщина: у Білоцерківському районі пошкоджено склад, люди не постраждали, повідомив "
        "Калашник.",
        "Черкащина: внаслідок атаки дронів травмовано 2 людей у Смілі, загиблих немає - Табурець.",
        "Хмельниччина: збито 6 дронів, без жертв та постраждалих - ОВА.",
        "Сумщина: за добу росіяни 94 рази обстріляли прикордоння, загинув чоловік у "
        "Великописарівській громаді.",
        "Повітряні сили: ворог атакував Україну 112 дронами, збито 80.",
    ]), [r("injured", None, 3, "UA-30", UA_OFF),
         r("killed", None, 0, "UA-32", UA_OFF),
         r("injured", None, 0, "UA-32", UA_OFF),
         r("injured", None, 2, "UA-71", UA_OFF),
         r("killed", None, 0, "UA-71", UA_OFF),
         r("intercepted", "uav", 6, "UA-68", UA_OFF),
         r("killed", None, 0, "UA-68", UA_OFF),
         r("injured", None, 0, "UA-68", UA_OFF),
         r("launched", "uav", 112, "UA", UA_MIL),
         r("intercepted", "uav", 80, "UA", UA_MIL)]),

    # 5. Ukrinform: a day of shelling in Kherson Oblast, a cumulative toll, a recalled drone
    # attack, the General Staff's losses: no claim.
    ("uk", "ukrinform_kherson_shelling_none", "ukrinform", paras(
        "Росіяни обстріляли Херсонщину: двоє загиблих, 11 поранених",
        "Протягом минулої доби російські війська обстріляли з артилерії, мінометів та танків 37 "
        "населених пунктів Херсонщини. Загинули двоє людей, ще 11 поранені. Про це повідомив "
        "начальник Херсонської ОВА Олександр Прокудін.",
        "Під ворожим обстрілом опинилися житлові квартали Херсона. Пошкоджено шість "
        "багатоповерхівок і 14 приватних будинків.",
        "За даними обласного управління охорони здоров'я, з початку року внаслідок обстрілів у "
        "регіоні загинули 54 цивільні.",
        "Нагадаємо, 10 березня внаслідок атаки дрона на маршрутку в Херсоні поранено сімох "
        "пасажирів.",
        "Генштаб ЗСУ повідомив, що за добу Сили оборони ліквідували 1240 окупантів, знищили 35 "
        "артсистем і 12 танків.",
    ), []),

    # 6. Suspilne live blog: the mayor's first count superseded by the OVA's, "Загиблих немає"
    # of the OVA, a community's injured, the Air Force over the oblast, a mayor's
    # "травмованих немає", history.
    ("uk", "suspilne_sumy_timeline", "suspilne", "\n\n".join([
        "Атака на Суми: хронологія подій",
        "07:05 Вночі Суми атакували ударні безпілотники. Пошкоджено багатоквартирний будинок і "
        "кілька автомобілів, повідомив міський голова Олександр Лисенко.",
        "07:40 Лисенко: відомо про двох поранених.",
        "08:30 Кількість поранених зросла до п'яти, один з них - дитина. Загиблих немає, "
        "повідомили в Сумській ОВА.",
        "09:15 У Сумській ОВА уточнили: у Шосткинській громаді вночі через атаку дронів "
        "травмувався 40-річний чоловік, його госпіталізували.",
        "10:20 Повітряні сили: над Сумщиною збито 14 ворожих безпілотників.",
        "10:45 У Конотопі уламки впали на дах школи, травмованих немає, повідомив міський голова "
        "Артем Семеніхін.",
        "11:30 Нагадаємо, 3 березня удар балістичною ракетою по Сумах забрав життя трьох людей.",
    ]), [r("injured", None, 2, "city:Sumy", UA_OFF),
         r("injured", None, 5, "UA-59", UA_OFF),
         r("killed", None, 0, "UA-59", UA_OFF),
         r("injured", None, 1, "UA-59", UA_OFF),
         r("intercepted", "uav", 14, "UA-59", UA_MIL),
         r("injured", None, 0, "city:Konotop", UA_OFF)]),

    # 7. Ukrainska Pravda relaying Russian governors: a district's dead and hurt, the Ministry's
    # part and total, a town with its region, "постраждалих немає", soldiers killed by mortars
    # (no claim), history.
    ("uk", "pravda_bryansk_relay", "pravda", paras(
        "У Брянській області заявили про загиблого внаслідок атаки дронів",
        "Губернатор Брянської області Олександр Богомаз заявив, що внаслідок атаки українських "
        "дронів на Клинцівський район загинув водій вантажівки, ще двоє людей поранені.",
        "Деталі: Міноборони РФ стверджує, що вночі над Брянською областю збили 17 безпілотників, "
        "а загалом над територією Росії - 46.",
        "Російські Telegram-канали пишуть про щонайменше п'ять вибухів у районі нафтобази в "
        "Клинцях.",
        "У Курській області губернатор Олександр Хінштейн заявив, що в Льгові внаслідок падіння "
        "уламків дрона поранено жінку. В Орловській області, за словами губернатора Андрія "
        "Кличкова, постраждалих немає.",
        "Генштаб ЗСУ підтвердив ураження нафтобази у Клинцях. За даними Генштабу, на об'єкті "
        "виникла пожежа.",
        "Також російські прикордонники заявили, що внаслідок мінометного обстрілу в Брянській "
        "області загинули двоє військових.",
        "Нагадаємо, у лютому внаслідок удару по Брянську загинули 4 людини.",
    ), [r("killed", None, 1, "RU-BRY", RU_OFF),
        r("injured", None, 2, "RU-BRY", RU_OFF),
        r("intercepted", "uav", 17, "RU-BRY", RU_MIL),
        r("intercepted", "uav", 46, "RU", RU_MIL),
        r("injured", None, 1, "RU-KRS", RU_OFF),
        r("killed", None, 0, "RU-ORL", RU_OFF),
        r("injured", None, 0, "RU-ORL", RU_OFF)]),

    # 8. Ukrinform: a region's total and its towns' parts, children inside, the hospitalised (a
    # part), artillery (no claim), the Air Force's missiles.
    ("uk", "ukrinform_dnipropetrovsk_parts", "ukrinform", paras(
        "Ворог атакував Дніпропетровщину ракетами і дронами: загинули четверо людей",
        "Увечері 13 березня та вночі російські війська атакували Дніпропетровщину ракетами та "
        "ударними дронами. Загинули четверо людей, ще 26 поранені, серед них п'ятеро дітей. Про "
        "це повідомив начальник обласної військової адміністрації Сергій Лисак.",
        "За словами Лисака, у Дніпрі ракета влучила в адмінбудівлю: загинули троє, поранено 19 "
        "людей.",
        "У Павлоградському районі внаслідок атаки безпілотників загинула жінка, травмовано "
        "чотирьох людей.",
        "Також у Кривому Розі поранено трьох людей, повідомив голова міської військової "
        "адміністрації Олександр Вілкул.",
        "У МОЗ повідомили, що 14 постраждалих госпіталізовані, двоє дітей - у важкому стані.",
        "Нікополь та громади району ворог обстрілював з артилерії, поранено чоловіка.",
        "Повітряні сили ЗСУ повідомили, що в ніч на 14 березня Росія випустила по Україні три "
        "крилаті ракети Х-101, дві з них збито.",
    ), [r("killed", None, 4, "UA-12", UA_OFF),
        r("injured", None, 26, "UA-12", UA_OFF),
        r("hit", "missile", 1, "city:Dnipro", UA_OFF),
        r("killed", None, 3, "city:Dnipro", UA_OFF),
        r("injured", None, 19, "city:Dnipro", UA_OFF),
        r("killed", None, 1, "UA-12", UA_OFF),
        r("injured", None, 4, "UA-12", UA_OFF),
        r("injured", None, 3, "city:Kryvyi Rih", UA_OFF),
        r("launched", "cruise_missile", 3, "UA", UA_MIL),
        r("intercepted", "cruise_missile", 2, "UA", UA_MIL)]),
]

XFAIL: dict[str, str] = {
    "reuters_kharkiv_toll_rises": (
        "'had earlier put the toll at five' not read as a count; the Air Force's two ballistic "
        "missiles at the country taken for the mayor's two at Kharkiv told again"),
    "kyivindependent_odesa_injured": (
        "a victim five sentences after the attack named ('A 71-year-old man was killed in the "
        "village of Usatove') has no air war in sight (en air_context 3)"),
    "aljazeera_belgorod_car": (
        "soldiers of a strike on a training ground ('killed six servicemen and wounded more "
        "than 20'): the wounded, counted with no noun, read as air-war victims"),
    "wire_kyiv_combined_attack": (
        "'city officials said' of Kyiv read as Russian officials in the whole report (alone it "
        "reads Ukrainian)"),
    "kyivindependent_daily_roundup": (
        "a day's total of 'Russian attacks' with no weapon read from the drone lines after it; "
        "'a Shahed drone attack' read as one drone launched"),
    "reuters_saratov_refinery": (
        "'No one was injured, he said.' after the Volgograd governor given to the Ministry's "
        "paragraph after it and the city of Saratov; the SBU source's drones placed at the "
        "Volgograd region and no side"),
    "tass_belgorod_toll_rose": (
        "the impersonal 'Ранее сообщалось о семи' given to the governor, not the outlet"),
    "ria_kursk_day_total": "'в Льгове' read as city:Lgovskiy (the district's adjective)",
    "interfax_moscow_oblast_toll": (
        "'летевших на Москву' and the mayor of Moscow's denial read RU-MOS (Раменское in the "
        "lede; round 14's cause)"),
    "meduza_sumy_toll_rose": (
        "a town the report named, in sentences that name no region ('Утром власти сообщали', "
        "'по городу'), read as the region of the first paragraph's attribution"),
    "ukrinform_kharkiv_kab_toll": (
        "'За словами міського голови Ігоря Терехова': the genitive 'голови' lemmatized as "
        "itself, the mayor not read (adding the form cost uk dev fold b a place), so his "
        "bombs and the impersonal earlier figure take the governor's region; another voice's "
        "hospital count ('У лікарнях залишаються дев'ятеро ..., уточнили в департаменті') "
        "read as a claim of its own"),
    "suspilne_zaporizhzhia_missiles": (
        "another voice's hospital count ('повідомили в обласній лікарні, 12 поранених "
        "госпіталізовані') read as a claim of its own (round 8's med_en_mayor_own_count reads "
        "so; the grid reads a hospital part as no claim, as round 13 does)"),
    "ukrinform_kherson_shelling_none": (
        "the headline's victims of a day's shelling take air context from a recalled drone "
        "attack paragraphs ahead (a rule stopping the look-back at gunfire broke the en blind "
        "floor and was withdrawn)"),
    "ukrinform_dnipropetrovsk_parts": (
        "another voice's hospital count ('У МОЗ повідомили, що 14 постраждалих "
        "госпіталізовані') read as a claim of its own"),
}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
