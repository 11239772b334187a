"""Places, fourth generalization round: constructions of place read the same way in Russian,
Ukrainian and English, by ANNOTATION.md's location rules and the review's conventions
(docs/evaluation.md, "How the gold was made": a town is its region when the region is named in
the same sentence or its attribution, else `city:<Name>`; several regions with one number are the
country). Own sentences; every expectation written from the guide before the extractor read it."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    # -- a town whose region the attribution of the same sentence names is the region ------------
    ("ru_town_region_in_attribution", "ru",
     "Беспилотник попал в жилой дом в Павлограде, ранены три человека, сообщил глава "
     "Днепропетровской областной военной администрации Сергей Лысак.",
     [("hit", "uav", 1, "UA-12"), ("injured", None, 3, "UA-12")]),
    ("uk_town_region_in_attribution", "uk",
     "Російський дрон влучив у житловий будинок у Павлограді, поранено трьох людей, повідомив "
     "голова Дніпропетровської ОВА Сергій Лисак.",
     [("hit", "uav", 1, "UA-12"), ("injured", None, 3, "UA-12")]),
    ("en_town_region_in_attribution", "en",
     "A Russian drone hit an apartment block in Pavlohrad, injuring three people, "
     "Dnipropetrovsk Governor Serhiy Lysak said.",
     [("hit", "uav", 1, "UA-12"), ("injured", None, 3, "UA-12")]),
    ("ru_region_adjective_before_the_role", "ru",
     "Над Таганрогом уничтожены два беспилотника, сообщил врио ростовского губернатора.",
     [("intercepted", "uav", 2, "RU-ROS")]),
    ("uk_region_adjective_before_the_role", "uk",
     "Над Таганрогом знищено два безпілотники, повідомив ростовський губернатор.",
     [("intercepted", "uav", 2, "RU-ROS")]),
    ("en_region_before_the_role", "en",
     "Two drones were destroyed over Taganrog, the acting Rostov governor said.",
     [("intercepted", "uav", 2, "RU-ROS")]),
    ("ru_town_of_governor_named_by_name_only", "ru",
     "В Шебекино беспилотник попал в частный дом, ранены двое, сообщил Вячеслав Гладков.",
     [("hit", "uav", 1, "city:Shebekino"), ("injured", None, 2, "city:Shebekino")]),
    ("ru_town_after_the_attribution_sentence", "ru",
     "Губернатор Белгородской области Вячеслав Гладков рассказал о последствиях атаки. По его "
     "словам, в Шебекино беспилотник попал в частный дом, ранены двое.",
     [("hit", "uav", 1, "city:Shebekino"), ("injured", None, 2, "city:Shebekino")]),
    # -- districts listed by their adjectives before one noun: all of them, one region ---------
    ("uk_listed_districts_context", "uk",
     "Окупанти обстріляли КАБами населені пункти Харківського, Куп’янського та Ізюмського "
     "районів. Постраждалих немає.",
     [("killed", None, 0, "UA-63"), ("injured", None, 0, "UA-63")]),
    ("uk_listed_districts_own", "uk",
     "Унаслідок ударів дронів по Сумському, Конотопському та Шосткинському районах поранено "
     "двох людей.",
     [("injured", None, 2, "UA-59")]),
    ("ru_listed_districts_context", "ru",
     "ВСУ атаковали дронами Белгородский, Шебекинский и Грайворонский округа. Пострадавших нет.",
     [("killed", None, 0, "RU-BEL"), ("injured", None, 0, "RU-BEL")]),
    ("en_listed_districts_context", "en",
     "Russian drones struck the Sumy, Konotop and Shostka districts overnight. There were no "
     "casualties.",
     [("killed", None, 0, "UA-59"), ("injured", None, 0, "UA-59")]),
    # -- a dateline says where the report was filed, not where the claim is (ANNOTATION.md) ----
    ("en_dateline_town_country", "en",
     "Kyiv, Ukraine — Two people were killed in a Russian drone attack overnight, officials said.",
     [("killed", None, 2, None)]),
    ("en_dateline_agency_bar", "en",
     "Reuters | Kyiv — Two people were killed in a Russian drone attack overnight, officials "
     "said.",
     [("killed", None, 2, None)]),
    ("en_dateline_agency_in_brackets", "en",
     "Kyiv (AFP) - Two people were killed in a Russian drone attack overnight, officials said.",
     [("killed", None, 2, None)]),
    ("ru_dateline_agency_in_brackets", "ru",
     "Киев (AFP) — Два человека погибли при атаке беспилотников, сообщили местные власти.",
     [("killed", None, 2, None)]),
    ("ru_dateline_agency_bar", "ru",
     "Reuters | Киев — Два человека погибли при атаке беспилотников, сообщили местные власти.",
     [("killed", None, 2, None)]),
    ("ru_dateline_upper_case", "ru",
     "КИЕВ, 22 ноября — Два человека погибли при атаке беспилотников, сообщили местные власти.",
     [("killed", None, 2, None)]),
    ("uk_dateline_town_country", "uk",
     "Київ, Україна — Двоє людей загинули внаслідок атаки дронів, повідомила місцева влада.",
     [("killed", None, 2, None)]),
    ("uk_dateline_outlet_bar", "uk",
     "Укрінформ | Київ — Двоє людей загинули внаслідок атаки дронів, повідомила місцева влада.",
     [("killed", None, 2, None)]),
    # -- a hyphen inside a word ("9-storey") opens no breakdown: the place stays the claim's -----
    ("en_storeys_hyphen", "en",
     "A Russian missile struck a 9-storey building in Kharkiv, injuring three people, officials "
     "said.",
     [("hit", "missile", 1, "city:Kharkiv"), ("injured", None, 3, "city:Kharkiv")]),
    ("en_one_of_two_storeys", "en",
     "One of the two missiles launched struck a 16-storey building in Kyiv, officials said.",
     [("hit", "missile", 1, "UA-30"), ("launched", "missile", 2, "UA-30")]),
    ("ru_storeys_hyphen", "ru",
     "Российская ракета попала в 9-этажный дом в Харькове, ранены три человека.",
     [("hit", "missile", 1, "city:Kharkiv"), ("injured", None, 3, "city:Kharkiv")]),
    ("uk_storeys_hyphen", "uk",
     "Російська ракета влучила в 9-поверховий будинок у Харкові, поранено трьох людей.",
     [("hit", "missile", 1, "city:Kharkiv"), ("injured", None, 3, "city:Kharkiv")]),
    # -- a count over Moscow whose parts, told next, all fell in Moscow Oblast is RU-MOS -------
    ("en_moscow_parts_in_the_oblast", "en",
     "Two drones were shot down over Moscow, Mayor Sergei Sobyanin said. According to him, one "
     "drone was shot down in the Domodedovo area and another near Podolsk.",
     [("intercepted", "uav", 2, "RU-MOS"), ("intercepted", "uav", 1, "RU-MOS"),
      ("intercepted", "uav", 1, "RU-MOS")]),
    ("ru_moscow_parts_in_the_oblast", "ru",
     "Два беспилотника сбиты над Москвой, сообщил Собянин. Один сбит в районе Домодедово, еще "
     "один — в районе Подольска.",
     [("intercepted", "uav", 2, "RU-MOS"), ("intercepted", "uav", 1, "RU-MOS"),
      ("intercepted", "uav", 1, "RU-MOS")]),
    ("uk_moscow_parts_in_the_oblast", "uk",
     "Над Москвою збито два безпілотники, заявив Собянін. Один збили в районі Домодєдова, ще "
     "один — у районі Подольська.",
     [("intercepted", "uav", 2, "RU-MOS"), ("intercepted", "uav", 1, "RU-MOS"),
      ("intercepted", "uav", 1, "RU-MOS")]),
    ("ru_moscow_and_another_in_the_oblast", "ru",
     "Над Москвой сбиты два беспилотника, сообщил Собянин. Еще один сбит в Подольске.",
     [("intercepted", "uav", 2, "RU-MOW"), ("intercepted", "uav", 1, "RU-MOS")]),
    # -- Russian towns in Ukrainian spelling and case ---------------------------------------
    ("uk_russian_town_ukrainian_spelling", "uk",
     "У Тихорецьку дрон влучив у нафтоперекачувальну станцію, повідомили російські медіа.",
     [("hit", "uav", 1, "city:Tikhoretsk")]),
    ("uk_russian_town_neuter", "uk",
     "У Міллеровому дрон влучив у склад, повідомили російські медіа.",
     [("hit", "uav", 1, "city:Millerovo")]),
    ("uk_russian_town_adjective", "uk",
     "У Каменську-Шахтинському дрон влучив у житловий будинок, поранено двох людей.",
     [("hit", "uav", 1, "city:Kamensk-Shakhtinsky"),
      ("injured", None, 2, "city:Kamensk-Shakhtinsky")]),
    ("uk_moscow_oblast_town", "uk",
     "Над Раменським збито два безпілотники, заявив Собянін.",
     [("intercepted", "uav", 2, "RU-MOS")]),
    ("ru_russian_town_same_claim", "ru",
     "В Тихорецке беспилотник попал в нефтеперекачивающую станцию, сообщили местные СМИ.",
     [("hit", "uav", 1, "city:Tikhoretsk")]),
    # -- "This happened over X": the next sentence places the claims before it --------------
    ("ru_this_happened_over", "ru",
     "Силы ПВО Украины впервые сбили гиперзвуковую ракету «Кинжал», сообщил Олещук. Это "
     "произошло во время ночной атаки в небе Киевской области.",
     [("intercepted", "ballistic_missile", 1, "UA-32")]),
    ("uk_this_happened_over", "uk",
     "Сили ППО вперше збили ракету «Кинжал», заявив Олещук. Це сталося в небі над Київщиною.",
     [("intercepted", "ballistic_missile", 1, "UA-32")]),
    ("en_this_happened_over", "en",
     "Ukraine shot down a Kinzhal missile for the first time, the air force commander said. "
     "This happened over the Kyiv region during a night attack.",
     [("intercepted", "ballistic_missile", 1, "UA-32")]),
    ("ru_this_happened_in_a_town", "ru",
     "При атаке беспилотника погибли два человека. Это случилось в Белгороде.",
     [("killed", None, 2, "city:Belgorod")]),
    ("ru_own_place_stays", "ru",
     "При атаке беспилотника в Шебекино погибли два человека. Это случилось ночью.",
     [("hit", "uav", 1, "city:Shebekino"), ("killed", None, 2, "city:Shebekino")]),
    # -- the Zaporizhzhia plant by its abbreviation, as by its name ("Запорожская АЭС"): the
    # region it is named for; with the town beside it, one region ---------------------------
    ("ru_znpp_abbreviation", "ru",
     "Над ЗАЭС сбиты два беспилотника, сообщила администрация станции.",
     [("intercepted", "uav", 2, "UA-23")]),
    ("ru_znpp_and_its_town", "ru",
     "Дроны атаковали ЗАЭС и Энергодар, все три беспилотника сбиты, пострадавших нет.",
     [("intercepted", "uav", 3, "UA-23"), ("killed", None, 0, "UA-23"),
      ("injured", None, 0, "UA-23")]),
    ("uk_znpp_abbreviation", "uk",
     "Над ЗАЕС збито два безпілотники, повідомила адміністрація станції.",
     [("intercepted", "uav", 2, "UA-23")]),
    # -- a district named right after a known village says where it lies: the village stays --
    ("ru_village_of_a_district", "ru",
     "В селе Головчино Грайворонского округа дрон попал в автомобиль, ранен мужчина.",
     [("hit", "uav", 1, "city:Golovchino"), ("injured", None, 1, "city:Golovchino")]),
    ("uk_village_of_a_district", "uk",
     "У селі Головчине Грайворонського округу дрон влучив в автомобіль, поранено чоловіка.",
     [("hit", "uav", 1, "city:Golovchino"), ("injured", None, 1, "city:Golovchino")]),
    ("en_village_of_a_district", "en",
     "A drone hit a car in the village of Golovchino in the Graivoron district, injuring a man.",
     [("hit", "uav", 1, "city:Golovchino"), ("injured", None, 1, "city:Golovchino")]),
    ("ru_village_of_a_region", "ru",
     "В селе Головчино Белгородской области дрон попал в автомобиль, ранен мужчина.",
     [("hit", "uav", 1, "RU-BEL"), ("injured", None, 1, "RU-BEL")]),
    # -- a side's downings are not where its own strikes went, in the other side's country ----
    ("ru_ministry_strike_then_downings", "ru",
     "Вооруженные силы России нанесли удар по энергетическим объектам в Харькове. Кроме того, "
     "средствами ПВО сбиты 95 беспилотников, сообщило Минобороны.",
     [("intercepted", "uav", 95, "RU")]),
    ("uk_russian_strike_then_downings", "uk",
     "Росія вдарила ракетами по енергетиці Харкова. Крім того, російська ППО збила 12 "
     "безпілотників, заявили в міноборони РФ.",
     [("intercepted", "uav", 12, "RU")]),
    ("en_ministry_strike_then_downings", "en",
     "The Russian Defence Ministry said its forces struck energy facilities in Kyiv, Kharkiv and "
     "Odesa with precision weapons. Air defences shot down 58 Ukrainian drones over the past "
     "day, it said.",
     [("intercepted", "uav", 58, "RU")]),
    ("uk_own_words_place_stays", "uk",
     "Росія вдарила ракетами по Харкову. Над Харковом сили ППО збили дві ракети, повідомив "
     "Синєгубов.",
     [("intercepted", "missile", 2, "city:Kharkiv")]),
    # -- English villages the gazetteer does not know, after "the village of" -----------------
    ("en_unknown_village", "en",
     "A drone hit a house in the village of Novaya Naumovka, the governor said.",
     [("hit", "uav", 1, "city:Novaya Naumovka")]),
    ("en_unknown_village_of_a_district", "en",
     "A drone hit a house in the village of Zhuravka in the Millerovo district, the governor "
     "said.",
     [("hit", "uav", 1, "city:Zhuravka")]),
    ("en_unknown_village_of_a_region", "en",
     "A drone hit a house in the village of Zhuravka in the Rostov region.",
     [("hit", "uav", 1, "RU-ROS")]),
    ("ru_unknown_village_of_a_region", "ru",
     "В хуторе Журавка Ростовской области дрон попал в дом.",
     [("hit", "uav", 1, "RU-ROS")]),
    ("uk_unknown_village_of_a_region", "uk",
     "У хуторі Журавка Ростовської області дрон влучив у будинок.",
     [("hit", "uav", 1, "RU-ROS")]),
    # -- "the capital" alone: the one state capital the report names by name ---------------
    ("en_the_capital_of_the_report", "en",
     "Three drones were shot down over the Kyiv region and two over the capital, the Kyiv city "
     "administration said.",
     [("intercepted", "uav", 3, "UA-32"), ("intercepted", "uav", 2, "UA-30")]),
    ("uk_the_capital_is_moscow_where_moscow_is_named", "uk",
     "Собянін заявив, що над Москвою збито два дрони. Ще один збили над столицею вранці.",
     [("intercepted", "uav", 2, "RU-MOW"), ("intercepted", "uav", 1, "RU-MOW")]),
    ("ru_the_capital_is_kyiv_where_kyiv_is_named", "ru",
     "Россия ночью атаковала Киев и Киевскую область. Над столицей сбиты шесть ракет, над "
     "Киевской областью — четыре, сообщили Воздушные силы.",
     [("intercepted", "missile", 6, "UA-30"), ("intercepted", "missile", 4, "UA-32")]),
    ("en_capital_as_money_is_no_place", "en",
     "Two drones were shot down over Odesa, officials said, as venture capital flowed into "
     "Ukrainian drone makers.",
     [("intercepted", "uav", 2, "city:Odesa")]),
    # -- "the Kursk border region": a word between the region's name and its noun -----------
    ("en_border_region", "en",
     "Russian air defences intercepted 20 drones over the Kursk border region, the ministry "
     "said.",
     [("intercepted", "uav", 20, "RU-KRS")]),
    ("ru_border_region", "ru",
     "Над приграничной Курской областью перехвачены 20 беспилотников, сообщило Минобороны.",
     [("intercepted", "uav", 20, "RU-KRS")]),
    ("uk_border_region", "uk",
     "Над прикордонною Курською областю перехоплено 20 безпілотників, заявили в міноборони РФ.",
     [("intercepted", "uav", 20, "RU-KRS")]),
    # -- a quarter of the city named ("the Kyiv district of the city" in a Kharkiv report) ----
    ("en_kyiv_district_of_kharkiv", "en",
     "Russian forces struck Kharkiv overnight. A guided aerial bomb struck the Kyiv district of "
     "the city, Mayor Ihor Terekhov said.",
     [("hit", "guided_bomb", 1, "city:Kharkiv")]),
    ("ru_kyiv_district_of_kharkiv", "ru",
     "Российские войска ударили по Харькову. Управляемая авиабомба попала в Киевский район "
     "города, сообщил Терехов.",
     [("hit", "guided_bomb", 1, "city:Kharkiv")]),
    ("uk_kyiv_district_of_kharkiv", "uk",
     "Росіяни вдарили по Харкову. Керована авіабомба влучила в Київський район міста, "
     "повідомив Терехов.",
     [("hit", "guided_bomb", 1, "city:Kharkiv")]),
    # -- "They were destroyed over X": the weapons' pronoun and their action told again ------
    ("ru_they_were_destroyed_over", "ru",
     "Сбиты 20 беспилотников. Они были уничтожены над Белгородской областью.",
     [("intercepted", "uav", 20, "RU-BEL")]),
    ("uk_they_were_destroyed_over", "uk",
     "Збито 20 шахедів. Їх знищили над Сумщиною.",
     [("intercepted", "uav", 20, "UA-59")]),
    ("en_they_were_destroyed_over", "en",
     "Twenty drones were shot down overnight. They were destroyed over the Belgorod region.",
     [("intercepted", "uav", 20, "RU-BEL")]),
    ("ru_they_came_from_is_no_place", "ru",
     "Сбиты 20 беспилотников. Они летели со стороны Харьковской области.",
     [("intercepted", "uav", 20, None)]),
    # -- found by reading what these rules changed on unannotated Telegram posts -------------
    ("ru_mayor_named_with_the_city", "ru",
     "Ракета попала в жилой дом в Одессе, погибли два человека, сообщил мэр Одессы Геннадий "
     "Труханов.",
     [("hit", "missile", 1, "city:Odesa"), ("killed", None, 2, "city:Odesa")]),
    ("ru_flying_to_the_capital", "ru",
     "Мэр Москвы Сергей Собянин сообщил, что ПВО сбили три дрона, летевшие к столице. В "
     "Раменском загорелся дом.",
     [("intercepted", "uav", 3, "RU-MOS")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)
