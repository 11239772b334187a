"""Generalization round 6, English helper: who claims, in the constructions English reports use
to attribute a figure, and their Russian and Ukrainian twins, one table for the one core.

Every sentence is written for this table; the expectations were written from eval/ANNOTATION.md
before the extractor read the sentence. A row is (action, weapon, quantity, location,
claimant_side, claimant_kind, attacker_side, date); date None is not checked. Reports are
published by "Example Wire" on Friday 2024-11-22 at 07:30 UTC."""

from __future__ import annotations

import pytest

from claimants import (
    OTHER_MIL,
    OTHER_OFF,
    RU_MIL,
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
    # --- the claimant after the number: "..., according to X" ---------------------------------
    ("en", "according_to_after_the_count",
     "Air defences downed 23 drones over Ukraine overnight, according to the Ukrainian air "
     "force.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("en", "according_to_an_official_after_the_toll",
     "Two people were killed when Russian drones attacked Dnipro overnight, according to "
     "Serhiy Lysak, the head of the Dnipropetrovsk region.",
     [c("killed", None, 2, "UA-12", UA_OFF, "ru")]),
    ("ru", "ru_according_to_after_the_count",
     "ПВО сбила над Украиной 23 беспилотника, по данным Воздушных сил ВСУ.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("uk", "uk_according_to_after_the_count",
     "Над Україною збито 23 дрони, за даними Повітряних сил.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("en", "per_the_air_force_after_the_count",
     "Air defences shot down 23 drones over Ukraine overnight, per the Ukrainian air force.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("en", "per_day_is_no_source",
     "Russia launched about 100 drones per day at Ukraine last week, the air force said.",
     []),
    ("ru", "ru_by_the_reports_of_after_the_count",
     "ПВО сбила над Украиной 23 беспилотника, по сведениям Воздушных сил ВСУ.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("uk", "uk_by_the_reports_of_after_the_count",
     "Над Україною збито 23 дрони, за відомостями Повітряних сил.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    # --- the speaker's region named in an apposition after the name: the town is the region --
    ("en", "said_name_then_the_governor_of_the_region",
     "Two people were injured when Russian drones attacked Kharkiv overnight, said Oleh "
     "Syniehubov, the governor of the Kharkiv region.",
     [c("injured", None, 2, "UA-63", UA_OFF, "ru")]),
    ("ru", "ru_said_name_then_the_head_of_the_region",
     "При ночной атаке российских беспилотников на Харьков ранены два человека, сообщил Олег "
     "Синегубов, глава Харьковской областной администрации.",
     [c("injured", None, 2, "UA-63", UA_OFF, "ru")]),
    ("uk", "uk_said_name_then_the_head_of_the_region",
     "Під час нічної атаки російських дронів на Харків поранено двох людей, повідомив Олег "
     "Синєгубов, очільник Харківської обласної військової адміністрації.",
     [c("injured", None, 2, "UA-63", UA_OFF, "ru")]),
    ("en", "mayor_named_after_keeps_the_city",
     "Two people were injured when Russian drones attacked Kharkiv overnight, said Ihor "
     "Terekhov, the mayor of Kharkiv.",
     [c("injured", None, 2, "city:Kharkiv", UA_OFF, "ru")]),
    # --- the claimant in the next sentence: "This was reported by X" ---------------------------
    ("en", "this_was_reported_by_next_sentence",
     "Air defences shot down 23 drones over Ukraine overnight. This was reported by the "
     "Ukrainian air force.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("ru", "ru_this_was_reported_by_next_sentence",
     "Ночью над Украиной сбиты 23 беспилотника. Об этом сообщили в Воздушных силах ВСУ.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("uk", "uk_this_was_reported_by_next_sentence",
     "Вночі над Україною збито 23 дрони. Про це повідомили в Повітряних силах.",
     [c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    # --- the claimant in the next sentence, "this" as the object of its verb of speech -------
    ("en", "speaker_reported_this_next_sentence",
     "Russia launched 40 drones at Ukraine overnight, and air defences shot down 31 of them. "
     "The Ukrainian air force reported this on Telegram.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 31, "UA", UA_MIL, "ru")]),
    ("en", "governor_confirmed_this_next_sentence",
     "A Ukrainian drone hit a power substation in the Belgorod region overnight. Governor "
     "Vyacheslav Gladkov confirmed this on Telegram.",
     [c("hit", "uav", 1, "RU-BEL", RU_OFF, "ua")]),
    ("ru", "ru_speaker_reported_about_this_next_sentence",
     "Ночью Россия атаковала Украину 40 дронами, 31 из них сбиты. Воздушные силы ВСУ сообщили "
     "об этом в Telegram.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 31, "UA", UA_MIL, "ru")]),
    ("uk", "uk_speaker_reported_about_this_next_sentence",
     "Уночі Росія атакувала Україну 40 дронами, 31 з них збито. Повітряні сили повідомили про "
     "це в Telegram.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 31, "UA", UA_MIL, "ru")]),
    ("en", "speaker_gave_these_figures_next_sentence",
     "Russia launched 40 drones at Ukraine overnight, and air defences shot down 31 of them. "
     "The Ukrainian air force gave these figures on Telegram.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 31, "UA", UA_MIL, "ru")]),
    ("ru", "ru_such_data_reported_by_next_sentence",
     "Ночью Россия атаковала Украину 40 дронами, 31 из них сбиты. Такие данные сообщили в "
     "Воздушных силах ВСУ.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 31, "UA", UA_MIL, "ru")]),
    ("uk", "uk_such_data_reported_by_next_sentence",
     "Уночі Росія атакувала Україну 40 дронами, 31 з них збито. Такі дані оприлюднили "
     "Повітряні сили.",
     [c("launched", "uav", 40, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 31, "UA", UA_MIL, "ru")]),
    ("en", "speaker_said_this_of_another_thing_opens_its_own",
     "Russia launched 40 drones at Ukraine overnight. The Ukrainian air force said this was "
     "the largest attack of the month.",
     [c("launched", "uav", 40, "UA", WIRE, "ru")]),
    # --- a speaker named in one paragraph, a pronoun for it in the next -----------------------
    ("en", "it_said_in_the_next_paragraph",
     "Ukraine's air force said Russia attacked Ukraine overnight with 31 drones.\n\n"
     "Air defences shot down 23 of them, it said.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("ru", "ru_by_their_data_in_the_next_paragraph",
     "Воздушные силы ВСУ сообщили, что ночью Россия атаковала Украину 31 дроном.\n\n"
     "По их данным, 23 из них сбиты.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("uk", "uk_by_their_data_in_the_next_paragraph",
     "Повітряні сили повідомили, що вночі Росія атакувала Україну 31 дроном.\n\n"
     "За їхніми даними, 23 з них збито.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    # --- a headline that repeats the body's figures: one claim, the body's speaker -----------
    ("en", "headline_repeats_the_body",
     "Ukraine downs 23 of 31 Russian drones\n\n"
     "Ukraine's air force said on Friday that air defences shot down 23 of the 31 drones "
     "Russia launched at Ukraine overnight.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("ru", "ru_headline_repeats_the_body",
     "Над Украиной сбиты 23 из 31 дрона\n\n"
     "Воздушные силы ВСУ в пятницу сообщили, что ПВО ночью сбила 23 из 31 беспилотника, "
     "запущенных Россией по Украине.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    ("uk", "uk_headline_repeats_the_body",
     "Над Україною збито 23 з 31 дрона\n\n"
     "Повітряні сили в пʼятницю повідомили, що ППО вночі збила 23 з 31 безпілотника, "
     "запущених Росією по Україні.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 23, "UA", UA_MIL, "ru")]),
    # --- a headline's speaker tells the headline: the body's first words are the outlet's ----
    ("en", "headline_speaker_not_the_bodys",
     "IDF says air force intercepted missile from Yemen\n"
     "Sirens sounded in central Israel on Friday after a missile was launched from Yemen. The "
     "military said the missile was intercepted before it crossed into Israel.",
     [c("launched", "missile", 1, "IL", WIRE, "other"),
      c("intercepted", "missile", 1, "IL", OTHER_MIL, "other")]),
    ("en", "headline_speaker_body_names_its_own",
     "Air force says drones downed over Kyiv\n"
     "Russia attacked Ukraine with 31 drones overnight, the Ukrainian air force said.",
     [c("launched", "uav", 31, "UA", UA_MIL, "ru")]),
    ("ru", "ru_headline_speaker_not_the_bodys",
     "В ЦАХАЛ заявили о перехвате ракеты из Йемена\n"
     "В пятницу из Йемена по Израилю была запущена ракета, в центре страны звучали сирены. "
     "В армии сообщили, что ракета была перехвачена до того, как пересекла границу "
     "Израиля.",
     [c("launched", "missile", 1, "IL", WIRE, "other"),
      c("intercepted", "missile", 1, "IL", OTHER_MIL, "other")]),
    ("uk", "uk_headline_speaker_not_the_bodys",
     "У ЦАХАЛ заявили про перехоплення ракети з Ємену\n"
     "У пʼятницю з Ємену по Ізраїлю запустили ракету, в центрі країни лунали сирени. В "
     "армії повідомили, що ракету перехопили до того, як вона перетнула кордон Ізраїлю.",
     [c("launched", "missile", 1, "IL", WIRE, "other"),
      c("intercepted", "missile", 1, "IL", OTHER_MIL, "other")]),
    # --- a denial after an official's report belongs to the official ------------------------
    ("en", "denial_after_the_governor_in_its_own_sentence",
     "A Ukrainian drone hit a warehouse in the Kursk region overnight, Governor Alexander "
     "Khinshtein said on Telegram. There were no casualties.",
     [c("hit", "uav", 1, "RU-KRS", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KRS", RU_OFF, "ua")]),
    ("ru", "ru_denial_after_the_governor_in_its_own_sentence",
     "Ночью украинский беспилотник попал в склад в Курской области, сообщил губернатор "
     "Александр Хинштейн. Пострадавших нет.",
     [c("hit", "uav", 1, "RU-KRS", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KRS", RU_OFF, "ua")]),
    ("uk", "uk_denial_after_the_governor_in_its_own_sentence",
     "Уночі російський дрон влучив у склад на Сумщині, повідомив очільник ОВА Олег Григоров. "
     "Люди не постраждали.",
     [c("hit", "uav", 1, "UA-59", UA_OFF, "ru"),
      c("killed", None, 0, "UA-59", UA_OFF, "ru"),
      c("injured", None, 0, "UA-59", UA_OFF, "ru")]),
    # --- "officials said" with no name: the officials of the side the claim is about ---------
    ("en", "local_officials_said",
     "Two people were injured when a Russian drone hit a house in the Sumy region, local "
     "officials said.",
     [c("hit", "uav", 1, "UA-59", UA_OFF, "ru"),
      c("injured", None, 2, "UA-59", UA_OFF, "ru")]),
    ("en", "officials_said_over_russia",
     "A Ukrainian drone struck an oil depot in the Bryansk region, officials said.",
     [c("hit", "uav", 1, "RU-BRY", RU_OFF, "ua")]),
    ("ru", "ru_local_authorities_said",
     "В Курской области беспилотник попал в жилой дом, ранены два человека, сообщили местные "
     "власти.",
     [c("hit", "uav", 1, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 2, "RU-KRS", RU_OFF, "ua")]),
    ("uk", "uk_local_authorities_said",
     "На Сумщині російський дрон влучив у житловий будинок, поранено двох людей, повідомила "
     "місцева влада.",
     [c("hit", "uav", 1, "UA-59", UA_OFF, "ru"),
      c("injured", None, 2, "UA-59", UA_OFF, "ru")]),
    # --- an air force counts weapons: its voice carried on does not tell the victims ---------
    ("en", "air_force_not_carried_to_victims",
     "The Ukrainian air force said it shot down 25 Russian drones over seven regions. In Kyiv, "
     "two people were also injured in the attack.",
     [c("intercepted", "uav", 25, "UA", UA_MIL, "ru"),
      c("injured", None, 2, "UA-30", WIRE, "ru")]),
    ("en", "air_force_told_victims_itself",
     "The Ukrainian air force said it shot down 25 Russian drones over seven regions. It said "
     "two people were injured in Kyiv.",
     [c("intercepted", "uav", 25, "UA", UA_MIL, "ru"),
      c("injured", None, 2, "UA-30", UA_MIL, "ru")]),
    ("ru", "ru_air_force_not_carried_to_victims",
     "Воздушные силы ВСУ сообщили, что сбили 25 российских дронов над семью областями. В Киеве "
     "при атаке также пострадали два человека.",
     [c("intercepted", "uav", 25, "UA", UA_MIL, "ru"),
      c("injured", None, 2, "UA-30", WIRE, "ru")]),
    ("uk", "uk_air_force_not_carried_to_victims",
     "Повітряні сили повідомили, що збили 25 російських дронів над сімома областями. У Києві "
     "під час атаки також постраждали двоє людей.",
     [c("intercepted", "uav", 25, "UA", UA_MIL, "ru"),
      c("injured", None, 2, "UA-30", WIRE, "ru")]),
    # --- unnamed officials speaking of a third country's place are that country's (a city
    # abroad is coded by its country: docs/evaluation.md) -------------------------------------
    ("en", "officials_said_of_a_third_country",
     "A drone from Yemen hit a building in Eilat, officials said.",
     [c("hit", "uav", 1, "IL", OTHER_OFF, "other")]),
    ("ru", "ru_officials_said_of_a_third_country",
     "Беспилотник из Йемена попал в здание в Эйлате, сообщили официальные лица.",
     [c("hit", "uav", 1, "IL", OTHER_OFF, "other")]),
    ("uk", "uk_officials_said_of_a_third_country",
     "Дрон з Ємену влучив у будівлю в Ейлаті, повідомили посадовці.",
     [c("hit", "uav", 1, "IL", OTHER_OFF, "other")]),
    # --- a wire relaying a ministry: the ministry's claim -------------------------------------
    ("en", "wire_relays_the_ministry",
     "Russia's defence ministry said air defences destroyed 27 Ukrainian drones over the "
     "Bryansk region, Reuters reported.",
     [c("intercepted", "uav", 27, "RU-BRY", RU_MIL, "ua")]),
    ("en", "wire_relays_the_ministry_unverified",
     "The ministry said 27 Ukrainian drones were downed over the Bryansk region overnight, AP "
     "reported. Reuters could not independently verify the report.",
     [c("intercepted", "uav", 27, "RU-BRY", RU_MIL, "ua")]),
    ("en", "ministry_told_an_agency",
     "Air defences destroyed 27 Ukrainian drones over the Bryansk region, Russia's defence "
     "ministry told the TASS news agency.",
     [c("intercepted", "uav", 27, "RU-BRY", RU_MIL, "ua")]),
    ("ru", "ru_wire_relays_the_ministry",
     "Минобороны России сообщило об уничтожении 27 украинских беспилотников над Брянской "
     "областью, передает Reuters.",
     [c("intercepted", "uav", 27, "RU-BRY", RU_MIL, "ua")]),
    ("uk", "uk_wire_relays_the_ministry",
     "Міноборони Росії заявило, що над Брянською областю знищено 27 українських дронів, "
     "передає Reuters.",
     [c("intercepted", "uav", 27, "RU-BRY", RU_MIL, "ua")]),
]

# Written and tried this round, then withdrawn: keeping an air force's carried voice off the
# casualty counts after it fixed its one fold-a text and cost fold b three claimants.
_CARRIED_AIR_FORCE = "an air force's voice still carries on to the victims told after its count"
# Russian and Ukrainian title lines are mostly a Telegram post's own ("ЦАХАЛ: ..."), which
# speak for the post below them: the headline rule holds for the languages whose headlines sum
# up a news story (`headline_claims = false`); tried for all three, Russian fold a claimants
# fell from .973 to .935.
_TITLE_SPEAKS = "a Russian or Ukrainian title line's speaker carries into the body"
XFAIL: dict[str, str] = {
    "ru_headline_speaker_not_the_bodys": _TITLE_SPEAKS,
    "uk_headline_speaker_not_the_bodys": _TITLE_SPEAKS,
    # air_force_not_carried_to_victims: passes since round 13 (English only, lexicon
    # words.weapon_counters; dev folds held there); Russian and Ukrainian stay as they were
    "ru_air_force_not_carried_to_victims": _CARRIED_AIR_FORCE,
    "uk_air_force_not_carried_to_victims": _CARRIED_AIR_FORCE,
}
PARAMS = wire_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "name", "text", "expected"), PARAMS)
def test_round6_en(lang: str, name: str, text: str, expected: list[Row],
                   resources: Resources) -> None:
    assert wire_misses(resources, lang, text, expected) == ([], [])
