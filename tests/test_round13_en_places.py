"""Places, round 13: which earlier place a claim sentence with no place of its own takes, in news
articles of the air war at sea and over Israel as well as over Russia and Ukraine. Own sentences;
every expectation written from ANNOTATION.md before the extractor read it.

Background of another time: "Earlier events that a report only recalls ... are history, not claims
of this report" (ANNOTATION.md), and so their places are not the scene of the claims told after
them. A paragraph of a campaign told up to now ("since November", "since the war began"), of a
month or year written out in a page of no date ("in January 2024", "in 2022"), or of an event named
by its date ("Hamas's Oct. 7 attack"), or of a series ("has repeatedly struck") sits between the
scene (a ship in the Red Sea, a warehouse in the Odesa region) and the count after it: the count
stays at the scene."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    # -- a campaign told "since ...": background between the scene and the count -------------
    ("en_since_month_between_sea_and_count", "en",
     "Houthi fighters fired two anti-ship ballistic missiles at a Liberian-flagged tanker in the "
     "Red Sea on Tuesday, CENTCOM said.\n\n"
     "The group has attacked merchant shipping since November, and American and British jets "
     "first bombed Houthi sites in Yemen in February 2024.\n\n"
     "The destroyer USS Mason shot down three Houthi drones shortly afterwards, CENTCOM said.",
     [("launched", "ballistic_missile", 2, "sea:red"), ("intercepted", "uav", 3, "sea:red")]),
    ("en_since_the_war_began_between_sea_and_count", "en",
     "A US warship sailing in the Arabian Sea was targeted by the Houthis overnight, American "
     "officials said.\n\n"
     "Since the war in Gaza began, the group has fired hundreds of drones at Israel and at ships "
     "in the Red Sea.\n\n"
     "The USS Gravely shot down five drones and a cruise missile, the officials said.",
     [("intercepted", "uav", 5, "sea:arabian"),
      ("intercepted", "cruise_missile", 1, "sea:arabian")]),
    ("en_since_october_between_gulf_and_count", "en",
     "Two French frigates guarding container ships in the Gulf of Aden came under fire on "
     "Saturday, the French army said.\n\n"
     "Ships linked to Israel have been targeted off Yemen since October.\n\n"
     "The frigates destroyed two drones and one cruise missile, the army said.",
     [("intercepted", "uav", 2, "sea:aden"), ("intercepted", "cruise_missile", 1, "sea:aden")]),
    # -- a month or a year written out, in a page of no date --------------------------------
    ("en_month_and_year_between_sea_and_count", "en",
     "A Danish frigate escorting a container ship in the Red Sea was attacked on Wednesday, the "
     "Danish navy said.\n\n"
     "In December 2023, US and British warships had already fought off a large Houthi attack "
     "near Hodeidah in Yemen.\n\n"
     "The frigate shot down four drones, the navy said.",
     [("intercepted", "uav", 4, "sea:red")]),
    ("en_year_between_region_and_casualties", "en",
     "A Russian missile hit a warehouse in the Odesa region on Monday, the governor said.\n\n"
     "In 2022, Russian troops also shelled Mykolaiv for months.\n\n"
     "Three people were injured, the governor said.",
     [("hit", "missile", 1, "UA-51"), ("injured", None, 3, "UA-51")]),
    ("ru_year_between_region_and_casualties", "ru",
     "Ракета попала в склад в Одесской области в понедельник, сообщил губернатор.\n\n"
     "В 2022 году российские войска также месяцами обстреливали Николаев.\n\n"
     "Три человека получили ранения, сообщил губернатор.",
     [("hit", "missile", 1, "UA-51"), ("injured", None, 3, "UA-51")]),
    ("uk_year_between_region_and_casualties", "uk",
     "Ракета влучила у склад в Одеській області в понеділок, повідомив губернатор.\n\n"
     "У 2022 році російські війська також місяцями обстрілювали Миколаїв.\n\n"
     "Три людини дістали поранення, повідомив губернатор.",
     [("hit", "missile", 1, "UA-51"), ("injured", None, 3, "UA-51")]),
    ("ru_month_and_year_between_sea_and_count", "ru",
     "Российский патрульный корабль атаковали дронами в Черном море в среду, сообщило "
     "Минобороны.\n\n"
     "В августе 2023 года украинские дроны уже били по порту Новороссийска в Краснодарском "
     "крае.\n\n"
     "Экипаж корабля уничтожил четыре беспилотника, сообщили в министерстве.",
     [("intercepted", "uav", 4, "sea:black")]),
    ("uk_month_and_year_between_sea_and_count", "uk",
     "Російський патрульний корабель атакували дронами в Чорному морі в середу, повідомило "
     "Міноборони РФ.\n\n"
     "У серпні 2023 року українські дрони вже били по порту Новоросійська в Краснодарському "
     "краї.\n\n"
     "Екіпаж корабля знищив чотири безпілотники, повідомили в міністерстві.",
     [("intercepted", "uav", 4, "sea:black")]),
    # -- a series of earlier events: background -------------------------------------------
    ("en_repeated_strikes_between_alerts_and_count", "en",
     "Air raid sirens sounded in central Israel on Friday, the Israeli military said.\n\n"
     "Israel has repeatedly struck Houthi targets in Yemen, most recently the port of "
     "Hodeidah.\n\n"
     "The Houthis said they had fired two drones and a ballistic missile.",
     [("launched", "uav", 2, "IL"), ("launched", "ballistic_missile", 1, "IL")]),
    ("en_repeated_bombing_between_sea_and_hits", "en",
     "A Liberian-flagged ship was attacked in the Red Sea on Monday, a maritime security firm "
     "said.\n\n"
     "US and British jets have repeatedly bombed Houthi sites in Yemen.\n\n"
     "Two missiles struck the vessel, the firm said.",
     [("hit", "missile", 2, "sea:red")]),
    ("en_regular_shelling_between_region_and_casualties", "en",
     "A drone struck a house in the Kharkiv region overnight, the governor said.\n\n"
     "Russian troops have regularly shelled border villages of the Sumy region.\n\n"
     "Two people were injured, he said.",
     [("hit", "uav", 1, "UA-63"), ("injured", None, 2, "UA-63")]),
    ("ru_regular_shelling_between_region_and_casualties", "ru",
     "Беспилотник попал в дом в Харьковской области ночью, сообщил губернатор.\n\n"
     "Российские войска неоднократно обстреливали приграничные села Сумской области.\n\n"
     "Два человека получили ранения, сообщил он.",
     [("hit", "uav", 1, "UA-63"), ("injured", None, 2, "UA-63")]),
    ("uk_regular_shelling_between_region_and_casualties", "uk",
     "Безпілотник влучив у будинок у Харківській області вночі, повідомив губернатор.\n\n"
     "Російські війська неодноразово обстрілювали прикордонні села Сумської області.\n\n"
     "Дві людини дістали поранення, повідомив він.",
     [("hit", "uav", 1, "UA-63"), ("injured", None, 2, "UA-63")]),
    # -- an event named by its date: a known one, recalled ----------------------------------
    ("en_dated_event_between_gulf_and_count", "en",
     "Destroyers escorting two tankers in the Gulf of Aden were attacked on Friday, the "
     "Pentagon said.\n\n"
     "The Houthis started the campaign after Hamas's Oct. 7 attack on southern Israel.\n\n"
     "The warships shot down two drones and one ballistic missile, the Pentagon said.",
     [("intercepted", "uav", 2, "sea:aden"), ("intercepted", "ballistic_missile", 1, "sea:aden")]),
    ("en_dated_event_after_bulk_carrier", "en",
     "Houthi forces targeted a Greek bulk carrier in the Gulf of Aden on Monday, the US military "
     "said.\n\n"
     "The group's attacks on shipping began weeks after the Oct. 7 attack on Israel.\n\n"
     "A US destroyer downed one anti-ship cruise missile and two drones, the military said.",
     [("intercepted", "cruise_missile", 1, "sea:aden"), ("intercepted", "uav", 2, "sea:aden")]),
    ("en_dated_strike_between_sea_and_count", "en",
     "A British destroyer in the Red Sea came under a drone attack on Thursday, the Ministry of "
     "Defence in London said.\n\n"
     "The Houthis have vowed revenge for the Jan. 12 strikes on Sanaa and Hodeidah.\n\n"
     "HMS Diamond destroyed seven drones, the ministry said.",
     [("intercepted", "uav", 7, "sea:red")]),
    # -- a country's towns, a neighbour named beside them, alerts ---------------------------
    ("en_country_towns_beside_a_border", "en",
     "Israeli communities close to the Lebanese border were targeted on Sunday.\n\n"
     "Hezbollah fired 30 rockets, the IDF said.",
     [("launched", "rocket", 30, "IL")]),
    ("en_country_villages_near_the_border_with_a_neighbour", "en",
     "Residents of Israeli villages near the border with Lebanon ran to shelters after "
     "Hezbollah launched 12 drones.",
     [("launched", "uav", 12, "IL")]),
    ("en_alerts_in_country_towns_near_a_neighbour", "en",
     "Rocket sirens sounded in Israeli towns near the Gaza Strip on Thursday.\n\n"
     "Two rockets were fired, and one of them was intercepted, the army said.",
     [("launched", "rocket", 2, "IL"), ("intercepted", "rocket", 1, "IL")]),
    ("en_alerts_after_a_headline_of_the_neighbour", "en",
     "Why Families Near Gaza Still Sleep in Shelters\n\n"
     "Rocket alerts went off in Israeli kibbutzim close to the Gaza Strip on Tuesday night.\n\n"
     "A rocket fired from northern Gaza fell in an open area, the army said.",
     [("hit", "rocket", 1, "IL")]),
    ("en_country_border_community", "en",
     "A drone launched from Lebanon exploded in an Israeli border community on Friday, the "
     "military said.",
     [("hit", "uav", 1, "IL")]),
    ("ru_alerts_in_country_towns_near_a_neighbour", "ru",
     "В израильских населенных пунктах вблизи сектора Газа в четверг звучали сирены.\n\n"
     "Боевики выпустили три беспилотника, сообщила армия.",
     [("launched", "uav", 3, "IL")]),
    ("uk_alerts_in_country_towns_near_a_neighbour", "uk",
     "В ізраїльських населених пунктах поблизу сектору Газа в четвер лунали сирени.\n\n"
     "Бойовики запустили три безпілотники, повідомила армія.",
     [("launched", "uav", 3, "IL")]),
    ("ru_country_towns_near_the_border_with_a_neighbour", "ru",
     "Хезболла запустила 14 беспилотников по израильским населенным пунктам возле границы с "
     "Ливаном, сообщил ЦАХАЛ.",
     [("launched", "uav", 14, "IL")]),
    ("uk_country_towns_near_the_border_with_a_neighbour", "uk",
     "Хезболла запустила 14 безпілотників по ізраїльських населених пунктах біля кордону з "
     "Ліваном, повідомив ЦАХАЛ.",
     [("launched", "uav", 14, "IL")]),
    # an alert across the region after a hit in its town: the town stays
    ("en_region_alert_after_a_town_hit", "en",
     "A guided bomb struck a warehouse in Kharkiv on Monday, the mayor said.\n\n"
     "An air raid alert was then declared across the Kharkiv region.\n\n"
     "There were no casualties, the mayor said.",
     [("hit", "guided_bomb", 1, "city:Kharkiv"), ("killed", None, 0, "city:Kharkiv"),
      ("injured", None, 0, "city:Kharkiv")]),
    ("ru_region_alert_after_a_town_hit", "ru",
     "Управляемая авиабомба попала в склад в Харькове в понедельник, сообщил мэр.\n\n"
     "Затем воздушная тревога была объявлена во всей Харьковской области.\n\n"
     "Пострадавших нет, сообщил мэр.",
     [("hit", "guided_bomb", 1, "city:Kharkiv"), ("killed", None, 0, "city:Kharkiv"),
      ("injured", None, 0, "city:Kharkiv")]),
    ("uk_region_alert_after_a_town_hit", "uk",
     "Керована авіабомба влучила у склад у Харкові в понеділок, повідомив мер.\n\n"
     "Потім повітряну тривогу оголосили по всій Харківській області.\n\n"
     "Постраждалих немає, повідомив мер.",
     [("hit", "guided_bomb", 1, "city:Kharkiv"), ("killed", None, 0, "city:Kharkiv"),
      ("injured", None, 0, "city:Kharkiv")]),
    # -- where the words were spoken ---------------------------------------------------------
    ("en_speech_in_the_capital_after_a_sea_headline", "en",
     "Houthis strike cargo ship in Red Sea\n\n"
     "The Houthi movement in Yemen said on Wednesday it had attacked a cargo ship with "
     "missiles.\n\n"
     "Houthi military spokesman Yahya Saree said in a televised speech in Sanaa that the group "
     "fired four missiles.",
     [("launched", "missile", 4, "sea:red")]),
    ("en_statement_from_the_capital_after_a_sea_lead", "en",
     "A Panama-flagged tanker came under attack in the Gulf of Aden on Friday.\n\n"
     "Houthi spokesman Yahya Saree said in a statement from Sanaa that the group had fired two "
     "ballistic missiles.",
     [("launched", "ballistic_missile", 2, "sea:aden")]),
    ("en_briefing_in_the_capital_after_a_region", "en",
     "A missile hit the port in the Odesa region on Monday, the governor said.\n\n"
     "Speaking at a briefing in Kyiv, the governor said four people were injured.",
     [("hit", "missile", 1, "UA-51"), ("injured", None, 4, "UA-51")]),
    ("ru_briefing_in_the_capital_after_a_region", "ru",
     "Ракета попала в порт в Одесской области в понедельник, сообщил губернатор.\n\n"
     "Выступая на брифинге в Киеве, губернатор сообщил, что ранены четыре человека.",
     [("hit", "missile", 1, "UA-51"), ("injured", None, 4, "UA-51")]),
    ("uk_briefing_in_the_capital_after_a_region", "uk",
     "Ракета влучила в порт в Одеській області в понеділок, повідомив губернатор.\n\n"
     "Виступаючи на брифінгу в Києві, губернатор повідомив, що поранено чотирьох людей.",
     [("hit", "missile", 1, "UA-51"), ("injured", None, 4, "UA-51")]),
    # -- "the city": the one named last -----------------------------------------------------
    ("en_the_city_after_a_strike_on_it", "en",
     "A Russian missile strike on Dnipro killed four people on Tuesday, officials said. Russia "
     "launched two Iskander missiles at the city, the air force said.",
     [("killed", None, 4, "city:Dnipro"), ("launched", "ballistic_missile", 2, "city:Dnipro")]),
    ("en_the_city_after_explosions_in_it", "en",
     "Explosions rocked Zaporizhzhia on Thursday morning, the mayor said. Russian forces fired "
     "three missiles at the city.",
     [("launched", "missile", 3, "city:Zaporizhzhia")]),
    ("en_over_the_city_after_its_mayor", "en",
     "Russian drones attacked Mykolaiv overnight, Mayor Oleksandr Senkevych said. Air defences "
     "destroyed six drones over the city, he said.",
     [("intercepted", "uav", 6, "city:Mykolaiv")]),
    ("en_over_the_town_after_it", "en",
     "Ukrainian drones targeted Kursk overnight. Four drones were shot down over the town, the "
     "mayor said.",
     [("intercepted", "uav", 4, "city:Kursk")]),
    # -- a part of the weapons counted before; open ground; the attacker's country ---------
    ("en_part_of_the_rockets_over_a_retaliation", "en",
     "Hezbollah fired 35 rockets into northern Israel on Monday, the Israeli military said.\n\n"
     "In response, Israeli jets struck Hezbollah positions in southern Lebanon, the army "
     "said.\n\n"
     "Most of the rockets were intercepted, the military added, and five fell in open areas.",
     [("launched", "rocket", 35, "IL"), ("hit", "rocket", 5, "IL")]),
    ("en_part_of_these_drones_over_a_strike_elsewhere", "en",
     "Russia launched 45 drones at the Odesa region overnight, the air force said.\n\n"
     "Ukrainian forces struck a Russian airfield in Crimea, Kyiv's military said.\n\n"
     "Of these drones, 38 were shot down.",
     [("launched", "uav", 45, "UA-51"), ("intercepted", "uav", 38, "UA-51")]),
    ("en_group_in_its_country_fired_at_a_neighbour", "en",
     "Militants in Gaza fired 12 rockets at southern Israel on Wednesday, the army said.\n\n"
     "Israeli aircraft later struck a weapons depot in Khan Younis.\n\n"
     "Nine of the rockets were intercepted, the army said.",
     [("launched", "rocket", 12, "IL"), ("intercepted", "rocket", 9, "IL")]),
    ("en_open_areas_are_no_regions", "en",
     "Hezbollah launched 20 rockets at the Galilee on Sunday, the Israeli military said. Most "
     "were intercepted, and three fell in open areas.",
     [("launched", "rocket", 20, "IL"), ("hit", "rocket", 3, "IL")]),
    ("ru_part_of_them_over_a_strike_elsewhere", "ru",
     "Россия запустила 45 беспилотников по Одесской области ночью, сообщили Воздушные "
     "силы.\n\n"
     "ВСУ нанесли удар по аэродрому в Крыму.\n\n"
     "Из них 38 были сбиты.",
     [("launched", "uav", 45, "UA-51"), ("intercepted", "uav", 38, "UA-51")]),
    ("uk_part_of_them_over_a_strike_elsewhere", "uk",
     "Росія запустила 45 безпілотників по Одеській області вночі, повідомили Повітряні "
     "сили.\n\n"
     "ЗСУ завдали удару по аеродрому в Криму.\n\n"
     "З них 38 було збито.",
     [("launched", "uav", 45, "UA-51"), ("intercepted", "uav", 38, "UA-51")]),
    # -- a regional body named by its capital, in the attribution --------------------------
    ("en_regional_military_administration_names_the_region", "en",
     "A drone hit a house in the village of Velykyi Burluk, the Kharkiv Regional Military "
     "Administration said.",
     [("hit", "uav", 1, "UA-63")]),
    ("en_regional_prosecutor_names_the_region", "en",
     "A drone struck a port warehouse in Izmail, the Odesa regional prosecutor's office said.",
     [("hit", "uav", 1, "UA-51")]),
    ("en_regional_governor_names_the_region", "en",
     "A drone hit a house in Kupiansk, the Kharkiv regional governor said.",
     [("hit", "uav", 1, "UA-63")]),
    ("en_city_mayor_names_the_city", "en",
     "Kharkiv Mayor Ihor Terekhov said a guided bomb hit Kharkiv's Kyivskyi district, injuring "
     "five people.",
     [("hit", "guided_bomb", 1, "city:Kharkiv"), ("injured", None, 5, "city:Kharkiv")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)
