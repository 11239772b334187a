"""Generalization round 5, English helper: launch and interception pairs, totals with their
breakdown, casualty counts and denials, history and forecasts that are no claims, the air wars
outside Russia and Ukraine, and the English twins of Russian rules of rounds 3 and 4.

Every sentence is written for this table; the expectations were written from eval/ANNOTATION.md
before the extractor read the sentence. A row is (action, weapon, quantity, location,
claimant_side, claimant_kind, attacker_side, date); date None is not checked. Reports are
published by "Example Wire" on Friday 2024-11-22 at 07:30 UTC."""

from __future__ import annotations

import pytest

from claimants import (
    OTHER_MIL,
    RU_OFF,
    UA_MIL,
    UA_OFF,
    WIRE,
    WireRow,
    wire,
    wire_misses,
    wire_params,
)
from claimledger.resources import Resources

Row = WireRow


c = wire


CASES: list[tuple[str, str, str, list[Row]]] = [
    # --- launch and interception pairs -------------------------------------------------------
    ("en", "downed_n_of_m_launched",
     "Ukraine's air force said it shot down 60 of 93 drones Russia launched overnight.",
     [c("launched", "uav", 93, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 60, "UA", UA_MIL, "ru")]),
    ("en", "n_out_of_m",
     "Air defences destroyed 28 out of 31 Shahed drones, the Ukrainian air force said.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 28, "UA", UA_MIL, "ru")]),
    ("en", "all_n_launched_were_downed",
     "All 14 drones launched by Russia overnight were downed, the Ukrainian air force said.",
     [c("launched", "uav", 14, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 14, "UA", UA_MIL, "ru")]),
    ("en", "of_the_m_launched_n_were",
     "Of the 45 drones launched at Ukraine, 38 were shot down, the Ukrainian air force said.",
     [c("launched", "uav", 45, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 38, "UA", UA_MIL, "ru")]),
    # --- totals with their breakdown ----------------------------------------------------------
    ("en", "launched_drones_and_missiles",
     "Russia launched 93 drones and five missiles at Ukraine overnight, the Ukrainian air "
     "force said.",
     [c("launched", "uav", 93, "UA", UA_MIL, "ru"),
      c("launched", "missile", 5, "UA", UA_MIL, "ru")]),
    ("en", "launched_then_downed_each_kind",
     "Russia attacked Ukraine with 120 drones and eight missiles overnight. Air defences shot "
     "down 100 drones and six missiles, the Ukrainian air force said.",
     [c("launched", "uav", 120, "UA", UA_MIL, "ru"),
      c("launched", "missile", 8, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 100, "UA", UA_MIL, "ru"),
      c("intercepted", "missile", 6, "UA", UA_MIL, "ru")]),
    # --- one count for each of several places ("over each of the A, B and C regions") -------
    ("en", "count_over_each_of_the_regions",
     "Three drones were shot down over each of the Belgorod, Tula and Tver regions.",
     [c("intercepted", "uav", 3, "RU-BEL", WIRE, "ua"),
      c("intercepted", "uav", 3, "RU-TUL", WIRE, "ua"),
      c("intercepted", "uav", 3, "RU-TVE", WIRE, "ua")]),
    ("en", "each_carrying_is_no_place",
     "Russia launched 90 drones at Ukraine, each carrying 50 kilograms of explosives.",
     [c("launched", "uav", 90, "UA", WIRE, "ru")]),
    ("ru", "ru_count_over_each_region",
     "Над Белгородской, Тульской и Тверской областями сбито по три беспилотника.",
     [c("intercepted", "uav", 3, "RU-BEL", WIRE, "ua"),
      c("intercepted", "uav", 3, "RU-TUL", WIRE, "ua"),
      c("intercepted", "uav", 3, "RU-TVE", WIRE, "ua")]),
    ("uk", "uk_count_over_each_region",
     "Над Бєлгородською, Тульською та Тверською областями збито по три дрони.",
     [c("intercepted", "uav", 3, "RU-BEL", WIRE, "ua"),
      c("intercepted", "uav", 3, "RU-TUL", WIRE, "ua"),
      c("intercepted", "uav", 3, "RU-TVE", WIRE, "ua")]),
    # --- casualty counts and denials ---------------------------------------------------------
    ("en", "no_one_was_injured_after_hit",
     "A Ukrainian drone hit an oil depot in the Bryansk region overnight, Governor Alexander "
     "Bogomaz said. No one was injured.",
     [c("hit", "uav", 1, "RU-BRY", RU_OFF, "ua"),
      c("injured", None, 0, "RU-BRY", RU_OFF, "ua")]),
    ("en", "killing_two_wounding_five",
     "A Russian missile struck a residential building in Dnipro, killing two people and "
     "wounding five, Governor Serhiy Lysak said.",
     [c("hit", "missile", 1, "city:Dnipro", UA_OFF, "ru"),
      c("killed", None, 2, "city:Dnipro", UA_OFF, "ru"),
      c("injured", None, 5, "city:Dnipro", UA_OFF, "ru")]),
    ("en", "aged_man_was_wounded",
     "A 54-year-old man was wounded in a Russian drone attack on the Sumy region, Governor "
     "Volodymyr Artiukh said.",
     [c("injured", None, 1, "UA-59", UA_OFF, "ru")]),
    ("en", "three_killed_twelve_injured",
     "Three people were killed and 12 injured when Russian missiles hit the Kharkiv region, "
     "Governor Oleh Syniehubov said.",
     [c("killed", None, 3, "UA-63", UA_OFF, "ru"),
      c("injured", None, 12, "UA-63", UA_OFF, "ru")]),
    ("en", "wounded_when_a_drone_hit_there",
     "Five people, including a child, were wounded when a Russian drone hit a bus in Kherson.",
     [c("injured", None, 5, "city:Kherson", WIRE, "ru"),
      c("hit", "uav", 1, "city:Kherson", WIRE, "ru")]),
    ("ru", "ru_wounded_when_a_drone_hit_there",
     "Пять человек, в том числе ребенок, были ранены, когда российский дрон попал в автобус в "
     "Херсоне.",
     [c("injured", None, 5, "city:Kherson", WIRE, "ru"),
      c("hit", "uav", 1, "city:Kherson", WIRE, "ru")]),
    ("uk", "uk_wounded_when_a_drone_hit_there",
     "П'ятеро людей, серед них дитина, поранені, коли російський дрон влучив в автобус у "
     "Херсоні.",
     [c("injured", None, 5, "city:Kherson", WIRE, "ru"),
      c("hit", "uav", 1, "city:Kherson", WIRE, "ru")]),
    ("en", "no_one_died",
     "A drone fell in the yard of an apartment block in the Kursk region. No one died.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("killed", None, 0, "RU-KRS", WIRE, "ua")]),
    ("en", "no_casualties_among_civilians",
     "A drone fell in the yard of an apartment block in the Kursk region. There were no "
     "casualties among civilians.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("killed", None, 0, "RU-KRS", WIRE, "ua"),
      c("injured", None, 0, "RU-KRS", WIRE, "ua")]),
    ("en", "none_of_the_workers_hurt",
     "A drone fell on the grounds of a factory in the Kursk region. None of the workers were "
     "hurt.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("killed", None, 0, "RU-KRS", WIRE, "ua"),
      c("injured", None, 0, "RU-KRS", WIRE, "ua")]),
    ("en", "none_of_the_people_inside_injured",
     "A drone fell on a house in the Kursk region. None of the people inside was injured.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("injured", None, 0, "RU-KRS", WIRE, "ua")]),
    ("en", "nobody_has_died",
     "A drone fell on a house in the Kursk region. Nobody has died.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("killed", None, 0, "RU-KRS", WIRE, "ua")]),
    ("en", "nobody_killed_or_wounded",
     "A drone hit a house in the Kursk region. Nobody was killed or wounded.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("killed", None, 0, "RU-KRS", WIRE, "ua"),
      c("injured", None, 0, "RU-KRS", WIRE, "ua")]),
    ("en", "no_one_seriously_injured_is_no_denial",
     "A drone hit a house in the Kursk region. No one was seriously injured.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua")]),
    ("ru", "ru_nobody_killed_or_wounded",
     "Дрон попал в дом в Курской области. Никто не погиб и не пострадал.",
     [c("hit", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("killed", None, 0, "RU-KRS", WIRE, "ua"),
      c("injured", None, 0, "RU-KRS", WIRE, "ua")]),
    # --- one victim the subject of a verb that shows no number (an English past tense) ------
    ("en", "aged_woman_died_in_hospital",
     "A Ukrainian drone struck a house in the Belgorod region. A 70-year-old woman died in "
     "hospital.",
     [c("hit", "uav", 1, "RU-BEL", WIRE, "ua"),
      c("killed", None, 1, "RU-BEL", WIRE, "ua")]),
    ("en", "the_driver_died",
     "A Russian drone hit a car in the Sumy region. The driver died.",
     [c("hit", "uav", 1, "UA-59", WIRE, "ru"),
      c("killed", None, 1, "UA-59", WIRE, "ru")]),
    ("en", "a_woman_later_died",
     "A Russian drone hit a car in the Sumy region. A woman later died.",
     [c("hit", "uav", 1, "UA-59", WIRE, "ru"),
      c("killed", None, 1, "UA-59", WIRE, "ru")]),
    ("ru", "ru_aged_woman_died_in_hospital",
     "Украинский дрон попал в дом в Белгородской области. 70-летняя женщина скончалась в "
     "больнице.",
     [c("hit", "uav", 1, "RU-BEL", WIRE, "ua"),
      c("killed", None, 1, "RU-BEL", WIRE, "ua")]),
    ("uk", "uk_the_driver_died",
     "Російський дрон влучив в автомобіль на Сумщині. Водій загинув.",
     [c("hit", "uav", 1, "UA-59", WIRE, "ru"),
      c("killed", None, 1, "UA-59", WIRE, "ru")]),
    # --- history and forecasts are no claims --------------------------------------------------
    ("en", "history_in_september",
     "In September, Russia launched a record 810 drones at Ukraine in a single night.", []),
    ("en", "history_since_the_start",
     "Since the start of the full-scale invasion, Russia has fired more than 9,000 missiles "
     "at Ukraine.", []),
    ("en", "history_last_year",
     "Last year, 12 drones struck the same refinery in the Ryazan region.", []),
    ("en", "history_previous_record",
     "The previous record was set on July 9, when Russia launched 728 drones.", []),
    ("en", "forecast_could_launch",
     "Russia could launch up to 1,000 drones a night by the end of the year, Ukrainian "
     "intelligence warned.", []),
    # an earlier event told to date this one ("a week after ..."): its clause is no claim
    ("en", "came_days_after_an_event",
     "The strike came just days after a Russian missile killed 12 people in Kharkiv.", []),
    ("en", "a_week_after_in_a_trailing_clause",
     "Russia launched 90 drones at Ukraine overnight, the Ukrainian air force said, a week "
     "after 14 people were killed in Kyiv.",
     [c("launched", "uav", 90, "UA", UA_MIL, "ru")]),
    ("en", "days_after_opening_keeps_the_claim",
     "Two days after the strike, a woman died of her wounds in hospital in the Kharkiv region.",
     [c("killed", None, 1, "UA-63", WIRE, "ru")]),
    ("ru", "ru_weeks_after_an_event",
     "Атака произошла через две недели после того, как при ракетном ударе по Киеву погибли "
     "14 человек.", []),
    ("uk", "uk_weeks_after_an_event",
     "Атака сталася через два тижні після того, як під час ракетного удару по Києву загинули "
     "14 людей.", []),
    # --- a medium that relays a speaker in an aside ("X, cited by RIA Novosti, said") --------
    ("en", "ministry_cited_by_a_medium",
     "Russia's Defence Ministry, cited by RIA Novosti, said air defences destroyed ten drones "
     "over the Belgorod region.",
     [c("intercepted", "uav", 10, "RU-BEL", ("ru", "military"), "ua")]),
    ("en", "governor_quoted_by_a_medium",
     "Governor Vyacheslav Gladkov, quoted by TASS, said two people were injured in a drone "
     "attack on the Belgorod region.",
     [c("injured", None, 2, "RU-BEL", RU_OFF, "ua")]),
    ("ru", "ru_governor_quoted_by_a_medium",
     "Губернатор Вячеслав Гладков, которого цитирует ТАСС, сообщил, что в Белгородской "
     "области при атаке беспилотников ранены два человека.",
     [c("injured", None, 2, "RU-BEL", RU_OFF, "ua")]),
    ("uk", "uk_governor_quoted_by_a_medium",
     "Губернатор Вячеслав Гладков, якого цитує ТАСС, повідомив, що в Бєлгородській області "
     "під час атаки безпілотників поранено двох людей.",
     [c("injured", None, 2, "RU-BEL", RU_OFF, "ua")]),
    # --- other air wars -----------------------------------------------------------------------
    ("en", "centcom_drones_and_a_missile",
     "US forces shot down four Houthi drones and an anti-ship missile over the Red Sea, US "
     "Central Command said.",
     [c("intercepted", "uav", 4, "sea:red", OTHER_MIL, "other"),
      c("intercepted", "missile", 1, "sea:red", OTHER_MIL, "other")]),
    ("en", "houthis_fired_all_defeated",
     "The Houthis fired two anti-ship ballistic missiles and three drones at a US destroyer in "
     "the Gulf of Aden, all of which were defeated, CENTCOM said.",
     [c("launched", "ballistic_missile", 2, "sea:aden", OTHER_MIL, "other"),
      c("launched", "uav", 3, "sea:aden", OTHER_MIL, "other"),
      c("intercepted", "ballistic_missile", 2, "sea:aden", OTHER_MIL, "other"),
      c("intercepted", "uav", 3, "sea:aden", OTHER_MIL, "other")]),
    ("ru", "ru_houthis_fired_all_downed",
     "Хуситы выпустили две противокорабельные баллистические ракеты и три беспилотника по "
     "американскому эсминцу в Аденском заливе, все они были уничтожены.",
     [c("launched", "ballistic_missile", 2, "sea:aden", WIRE, "other"),
      c("launched", "uav", 3, "sea:aden", WIRE, "other"),
      c("intercepted", "ballistic_missile", 2, "sea:aden", WIRE, "other"),
      c("intercepted", "uav", 3, "sea:aden", WIRE, "other")]),
    ("uk", "uk_houthis_fired_all_downed",
     "Хусити випустили дві протикорабельні балістичні ракети і три дрони по американському "
     "есмінцю в Аденській затоці, усі вони були знищені.",
     [c("launched", "ballistic_missile", 2, "sea:aden", WIRE, "other"),
      c("launched", "uav", 3, "sea:aden", WIRE, "other"),
      c("intercepted", "ballistic_missile", 2, "sea:aden", WIRE, "other"),
      c("intercepted", "uav", 3, "sea:aden", WIRE, "other")]),
    ("uk", "uk_either_kind_first_written",
     "Противник запустив три балістичні/зенітні ракети по Харківщині.",
     [c("launched", "ballistic_missile", 3, "UA-63", WIRE, "ru")]),
    # weapons fired from abroad with no target named, told by a military: at its own country
    ("en", "idf_rockets_fired_from_lebanon",
     "The IDF said that around 50 rockets were fired from Lebanon.",
     [c("launched", "rocket", 50, "IL", OTHER_MIL, "other")]),
    ("en", "idf_rockets_crossed_from_lebanon",
     "About 20 rockets crossed from Lebanon, the IDF said.",
     [c("launched", "rocket", 20, "IL", OTHER_MIL, "other")]),
    ("en", "fired_from_lebanon_into_israel",
     "Around 30 rockets were fired from Lebanon into Israel, the IDF said.",
     [c("launched", "rocket", 30, "IL", OTHER_MIL, "other")]),
    ("en", "idf_own_launch_at_targets_unplaced",
     "The IDF said it launched 50 missiles at Hezbollah targets.",
     [c("launched", "missile", 50, None, OTHER_MIL, None)]),
    ("ru", "ru_idf_rockets_fired_from_lebanon",
     "ЦАХАЛ сообщил, что из Ливана были выпущены около 50 ракет.",
     [c("launched", "missile", 50, "IL", OTHER_MIL, "other")]),
    ("uk", "uk_idf_rockets_fired_from_lebanon",
     "ЦАХАЛ повідомив, що з Лівану було випущено близько 50 ракет.",
     [c("launched", "missile", 50, "IL", OTHER_MIL, "other")]),
    # a country abroad a launch is aimed at is the place attacked, not one the weapons left for
    ("en", "downed_drones_launched_at_israel",
     "Air defences intercepted 80 drones that were launched at Israel.",
     [c("intercepted", "uav", 80, "IL", WIRE, "other")]),
    ("en", "downed_drones_aimed_at_israel_from_iran",
     "US forces intercepted 80 drones aimed at Israel from Iran.",
     [c("intercepted", "uav", 80, "IL", WIRE, "other")]),
    ("ru", "ru_downed_drones_launched_at_israel",
     "Силы ПВО перехватили 80 беспилотников, запущенных по Израилю.",
     [c("intercepted", "uav", 80, "IL", WIRE, "other")]),
    ("uk", "uk_downed_drones_launched_at_israel",
     "Сили ППО перехопили 80 дронів, запущених по Ізраїлю.",
     [c("intercepted", "uav", 80, "IL", WIRE, "other")]),
    ("en", "iran_over_300_mixed",
     "Iran launched more than 300 drones and missiles at Israel overnight, the IDF said.",
     [c("launched", None, 300, "IL", OTHER_MIL, "other")]),
    # --- twins of Russian rules ---------------------------------------------------------------
    # one more after a count: "a second drone", "and a third crashed", "and another fell"
    ("en", "a_third_after_a_count",
     "Two drones hit a factory in the Kursk region, and a third crashed into a house.",
     [c("hit", "uav", 2, "RU-KRS", WIRE, "ua"),
      c("hit", "uav", 1, "RU-KRS", WIRE, "ua")]),
    ("en", "and_another_fell",
     "One drone was shot down over the Kursk region, and another crashed into a house.",
     [c("intercepted", "uav", 1, "RU-KRS", WIRE, "ua"),
      c("hit", "uav", 1, "RU-KRS", WIRE, "ua")]),
    ("en", "a_second_with_no_first_told",
     "We heard the first blast. And then a second missile hit the building.", []),
    ("en", "a_second_drone_attack_is_no_count",
     "Russia launched a second drone attack on Kyiv overnight.", []),
    ("ru", "ru_a_third_after_a_count",
     "Два беспилотника попали в завод в Курской области, третий врезался в жилой дом.",
     [c("hit", "uav", 2, "RU-KRS", WIRE, "ua"),
      c("hit", "uav", 1, "RU-KRS", WIRE, "ua")]),
    ("uk", "uk_a_third_after_a_count",
     "Два дрони влучили в завод у Курській області, третій врізався в житловий будинок.",
     [c("hit", "uav", 2, "RU-KRS", WIRE, "ua"),
      c("hit", "uav", 1, "RU-KRS", WIRE, "ua")]),
    # a drone or aircraft that drops a munition carries it: no launch of the carrier
    ("en", "drone_dropped_an_explosive",
     "A Ukrainian drone dropped an explosive device on a car in the Belgorod region, injuring "
     "the driver.",
     [c("injured", None, 1, "RU-BEL", WIRE, "ua")]),
    ("en", "aircraft_dropped_counted_bombs",
     "Russian aircraft dropped 20 guided bombs on the Kharkiv region.",
     [c("launched", "guided_bomb", 20, "UA-63", WIRE, "ru")]),
    ("ru", "ru_drone_dropped_an_explosive",
     "Украинский дрон сбросил взрывное устройство на автомобиль в Белгородской области, "
     "водитель ранен.",
     [c("injured", None, 1, "RU-BEL", WIRE, "ua")]),
    ("uk", "uk_drone_dropped_an_explosive",
     "Російський дрон скинув вибухівку на автомобіль у Херсонській області, водій поранений.",
     [c("injured", None, 1, "UA-65", WIRE, "ru")]),
    ("en", "debris_of_a_downed_drone",
     "Debris of a downed drone damaged the roof of a house in the Belgorod region.",
     [c("intercepted", "uav", 1, "RU-BEL", WIRE, "ua")]),
    ("en", "bare_count_after_counted",
     "The enemy attacked the region with 30 drones. Twenty were shot down.",
     [c("launched", "uav", 30, None, WIRE, None),
      c("intercepted", "uav", 20, None, WIRE, None)]),
    ("en", "second_drone_not_merged",
     "One drone crashed into a house. A second drone fell into a river.",
     [c("hit", "uav", 1, None, WIRE, None),
      c("hit", "uav", 1, None, WIRE, None)]),
]

XFAIL: dict[str, str] = {}
PARAMS = wire_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "name", "text", "expected"), PARAMS)
def test_round5_en(lang: str, name: str, text: str, expected: list[Row],
                   resources: Resources) -> None:
    assert wire_misses(resources, lang, text, expected) == ([], [])
