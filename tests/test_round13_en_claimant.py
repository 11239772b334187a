"""Round 13, who claims in English news: the many ways an article attributes what it reports.

ANNOTATION.md: `claimant` is who asserts a claim; "A relayed claim belongs to its origin"; a
report's own voice is the outlet's (`outlet`, on the outlet's side); parties of other air wars
(Israel, Iran, the Houthis, the United States) are `other`. The table groups English news
shapes by cause, with Russian and Ukrainian twins where the construction exists there:
- a speaker set off by an appositive before its verb ("X, the region's governor, said Russian
  forces struck ..."): the actor after the verb is the subject of what is said, not a speaker;
- a person named once and then "he" or "she" in a later paragraph ("He later claimed ..."), or a
  person who opened a sentence without speaking ("Zelensky visited ... . ..., he told
  reporters"); a person named inside a quotation is not the one who speaks next;
- an armed force (an air force, a ministry of defence) counts weapons: a sentence after it that
  counts only victims and names no speaker is the outlet's (English only: Russian channels
  relay the ministry's "пострадавших нет" as its own, and the Russian folds fell);
- a body whose name a country after "in" closes ("the UN monitoring mission in Ukraine said"):
  the body speaks, not the country;
- "It said" opening a paragraph after a body spoke of something else: the body (a person is
  "he" or "she");
- the speaker named in the next sentence or paragraph ("..., the ministry said in a
  statement", "The statement added that ...", "..., it said"), "according to", "in a Telegram
  post", a quotation opening a paragraph with its speaker after;
- "Reuters could not independently verify" changes no claimant;
- one witness or resident ("a resident of Odesa told ...", "one eyewitness said"): `witness`;
- a wire dateline's credit ("KYIV, Nov 22 (Reuters) -") on a site the registry does not know:
  the agency's own voice;
- the outlet's own voice, on its side (a Russian agency `ru`, a Ukrainian site `ua`, a British
  broadcaster `other`); parties of other air wars `other`.

Every sentence is written for this table; every expectation was written from ANNOTATION.md before
the extractor read the sentence. Rows as in tests/test_round7_guide.py (action, weapon, quantity,
location, claimant side and kind, attacker side), `ANY` leaving a field unchecked; the claimant is
checked on every row. Reports are published on Friday 2024-11-22 at 07:30 UTC by the source the
case names (a site's address where the case is about the outlet's side)."""

from __future__ import annotations

from typing import Any

import pytest

from claimants import RU_MIL, RU_OFF, UA_MIL, UA_OFF, table_params
from claimledger.resources import Resources
from test_round7_guide import ANY, Row, c
from test_round8_claimant import misses

WIRE = (None, "outlet")  # the own voice of Example Wire, an outlet of no known side
RU_OUT = ("ru", "outlet")
UA_OUT = ("ua", "outlet")
OTHER_OUT = ("other", "outlet")
OTHER_MIL = ("other", "military")
OTHER_OFF = ("other", "official")
WITNESS = (None, "witness")
RU_MED = ("ru", "media")
EW = "Example Wire"

Case = tuple[str, str, str, str, list[Row]]
CASES: list[Case] = []


def case(lang: str, name: str, text: str, expected: list[Row], source: str = EW) -> None:
    assert all(name != old[1] for old in CASES), name
    assert all(row[4] is not ANY and row[5] is not ANY for row in expected), name
    CASES.append((lang, name, text, source, expected))


# === an appositive between the speaker and its verb; what follows the verb is said ============
case("en", "en_apposition_russian_forces_struck",
     "Oleh Syniehubov, the governor of the Kharkiv region, said Russian forces hit Kharkiv with "
     "two missiles overnight.",
     [c("launched", "missile", 2, ANY, UA_OFF, "ru")])
case("en", "en_apposition_army_had_launched",
     "Alexander Khinshtein, the acting governor of the Kursk region, said Ukraine's army had "
     "launched 14 drones at the region overnight.",
     [c("launched", "uav", 14, "RU-KRS", RU_OFF, "ua")])
case("en", "en_apposition_ukrainian_forces_fired",
     "Vyacheslav Gladkov, who governs the Belgorod region, said Ukrainian forces fired six "
     "rockets at Belgorod on Friday.",
     [c("launched", "rocket", 6, ANY, RU_OFF, "ua")])
case("en", "en_relative_clause_russian_troops",
     "Ivan Fedorov, head of the Zaporizhzhia regional military administration, said Russian "
     "troops also killed two people in Zaporizhzhia with a drone.",
     [c("killed", None, 2, ANY, UA_OFF, "ru")])
case("en", "en_guard_said_governor_at_end",
     "Two missiles hit Belgorod overnight, said Governor Vyacheslav Gladkov.",
     [c("hit", "missile", 2, ANY, RU_OFF, "ua")])
case("ru", "ru_apposition_said_that",
     "Вячеслав Гладков, губернатор Белгородской области, заявил, что ВСУ ударили по Белгороду "
     "двумя ракетами.",
     [c("launched", "missile", 2, ANY, RU_OFF, "ua")])
case("uk", "uk_apposition_said_that",
     "Олег Синєгубов, начальник Харківської ОВА, повідомив, що росіяни вдарили по Харкову "
     "двома ракетами.",
     [c("launched", "missile", 2, ANY, UA_OFF, "ru")])

# === a gerund of speech after the main clause ("..., saying ..."): the main clause's subject ===
case("en", "en_gerund_saying_after_object",
     "Yevgeny Prigozhin, the head of the Wagner group, turned against the army's top "
     "commanders, saying his men had shot down two Russian helicopters near Voronezh.",
     [c("intercepted", "helicopter", 2, ANY, RU_MIL, ANY)])
case("en", "en_gerund_saying_governor",
     "Vyacheslav Gladkov, the Belgorod governor, criticised the response of the Russian military "
     "to the attacks, saying four Ukrainian drones hit Shebekino overnight.",
     [c("hit", "uav", 4, ANY, RU_OFF, "ua")])
case("en", "en_gerund_adding_air_force",
     "Ukraine's air force warned of new attacks from Russian forces in the east of the country, "
     "adding that 12 Shahed drones were shot down over the Kharkiv region.",
     [c("intercepted", "uav", 12, "UA-63", UA_MIL, "ru")])
case("ru", "ru_gerund_soobshchiv",
     "Вячеслав Гладков, губернатор Белгородской области, раскритиковал действия Минобороны "
     "России, сообщив, что над Шебекино сбиты четыре беспилотника.",
     [c("intercepted", "uav", 4, ANY, RU_OFF, "ua")])
case("uk", "uk_gerund_povidomyvshy",
     "Олег Синєгубов, начальник Харківської ОВА, розкритикував дії Міноборони Росії, "
     "повідомивши, що над Харковом збито чотири дрони.",
     [c("intercepted", "uav", 4, ANY, UA_OFF, "ru")])

# === a person named once, then "he" or "she" paragraphs later =================================
case("en", "en_he_said_next_paragraph",
     "Oleh Syniehubov, the governor of the Kharkiv region, said Russian forces struck the city "
     "overnight.\n\nHe said five people were injured in Kharkiv when a guided bomb hit a "
     "residential block.",
     [c("injured", None, 5, ANY, UA_OFF, "ru"),
      c("hit", "guided_bomb", 1, ANY, UA_OFF, "ru")])
case("en", "en_he_later_added",
     "Kherson governor Oleksandr Prokudin said Russian shelling continued through the night.\n\n"
     "He later added that a drone dropped explosives on a bus in Kherson, injuring six "
     "passengers.",
     [c("injured", None, 6, ANY, UA_OFF, "ru")])
case("en", "en_he_claimed_after_quoted_names",
     "Yevgeny Prigozhin said his fighters would keep moving north.\n\n\u201cWe will not stop. "
     "Sergei Shoigu sends boys against us,\u201d he said in a recorded message.\n\nHe then "
     "claimed his men had shot down three Russian helicopters near Voronezh.",
     [c("intercepted", "helicopter", 3, ANY, RU_MIL, ANY)])
case("en", "en_he_told_reporters_after_visit",
     "Ukrainian President Volodymyr Zelensky visited troops near Kharkiv on Friday.\n\nRussia "
     "fired 50 ballistic missiles at Ukraine this week, he told reporters.",
     [c("launched", "ballistic_missile", 50, ANY, UA_OFF, "ru")])
case("en", "en_governor_then_he_added",
     "Four people were killed in a Ukrainian drone attack on the Russian city of Belgorod, "
     "according to the region's governor.\n\nVyacheslav Gladkov said on Telegram that a drone "
     "struck a minibus on the outskirts of the city.\n\nHe added that another nine people were "
     "wounded in Belgorod.",
     [c("killed", None, 4, ANY, RU_OFF, "ua"),
      c("injured", None, 9, ANY, RU_OFF, "ua")])
case("ru", "ru_he_next_paragraph",
     "Губернатор Курской области Алексей Смирнов рассказал о ночной атаке.\n\nОн сообщил, что "
     "над областью сбиты шесть беспилотников.",
     [c("intercepted", "uav", 6, "RU-KRS", RU_OFF, "ua")])
case("uk", "uk_he_next_paragraph",
     "Начальник Одеської ОВА Олег Кіпер розповів про нічну атаку.\n\nВін повідомив, що над "
     "областю збито вісім дронів.",
     [c("intercepted", "uav", 8, "UA-51", UA_OFF, "ru")])

# === "It said" a paragraph after a body spoke of something else: the body ===================
case("en", "en_it_added_after_air_force",
     "Ukraine's air force said the attack targeted energy sites in the south.\n\nIt added that "
     "15 drones were shot down over the Odesa region.",
     [c("intercepted", "uav", 15, "UA-51", UA_MIL, "ru")])
case("en", "en_it_said_after_israeli_military",
     "The Israeli military said sirens sounded in the Upper Galilee.\n\nIt said two drones "
     "launched from Lebanon were intercepted.",
     [c("intercepted", "uav", 2, ANY, OTHER_MIL, ANY)])
case("en", "en_it_later_said_after_ministry",
     "Russia's defence ministry said its troops had taken a village near Pokrovsk.\n\nIt later "
     "said air defences destroyed 17 Ukrainian drones over the Rostov region.",
     [c("intercepted", "uav", 17, "RU-ROS", RU_MIL, "ua")])

# === the speaker named after the claim, or by another word later ==============================
case("en", "en_ministry_said_in_statement",
     "Russia's Defence Ministry reported new Ukrainian attacks on Friday.\n\nAir defence units "
     "destroyed 19 Ukrainian drones over the Belgorod region, the ministry said in a statement.",
     [c("intercepted", "uav", 19, "RU-BEL", RU_MIL, "ua")])
case("en", "en_statement_added",
     "Russia's defence ministry said on Friday its air defences destroyed 25 Ukrainian drones "
     "over the Bryansk region.\n\nThe statement added that four more drones were downed over "
     "the Kursk region.",
     [c("intercepted", "uav", 25, "RU-BRY", RU_MIL, "ua"),
      c("intercepted", "uav", 4, "RU-KRS", RU_MIL, "ua")])
case("en", "en_part_then_air_force_said",
     "Russia fired 40 drones at Ukraine overnight. Thirty of them were shot down, the Ukrainian "
     "air force said.",
     [c("launched", "uav", 40, ANY, UA_MIL, "ru"),
      c("intercepted", "uav", 30, ANY, UA_MIL, "ru")])
case("en", "en_the_mayor_said_earlier",
     "Kharkiv Mayor Ihor Terekhov said power was cut in parts of the city.\n\nThe mayor said "
     "earlier that a Russian drone hit a kindergarten in Kharkiv, injuring two people.",
     [c("injured", None, 2, ANY, UA_OFF, "ru")])
case("en", "en_ministry_after_mayor",
     "Russia's Defence Ministry said on Friday that air defences had intercepted 34 Ukrainian "
     "drones overnight.\n\nMoscow Mayor Sergei Sobyanin said two drones approaching the capital "
     "were shot down.\n\nThe ministry said 20 of the drones were destroyed over the Bryansk "
     "region.",
     [c("intercepted", "uav", 34, ANY, RU_MIL, "ua"),
      c("intercepted", "uav", 2, ANY, RU_OFF, "ua"),
      c("intercepted", "uav", 20, "RU-BRY", RU_MIL, "ua")])

# === "according to", a Telegram post, a quotation before its speaker ==========================
case("en", "en_according_to_governor_after",
     "Two people were killed in a Russian drone strike on the town of Nikopol, according to "
     "regional governor Serhiy Lysak.",
     [c("killed", None, 2, ANY, UA_OFF, "ru")])
case("en", "en_according_to_ministry_before",
     "According to the Russian Defence Ministry, 12 Ukrainian drones were destroyed over the "
     "Belgorod region overnight.",
     [c("intercepted", "uav", 12, "RU-BEL", RU_MIL, "ua")])
case("en", "en_in_a_telegram_post_opener",
     "In a Telegram post, Gladkov said two civilians were wounded when a drone struck a car near "
     "Shebekino.",
     [c("injured", None, 2, ANY, RU_OFF, "ua")])
case("en", "en_said_in_telegram_post",
     "A Ukrainian drone attack injured three people in the city of Belgorod, Governor Vyacheslav "
     "Gladkov said in a Telegram post.",
     [c("injured", None, 3, ANY, RU_OFF, "ua")])
case("en", "en_writing_on_telegram_aside",
     "Governor Vyacheslav Gladkov, writing on Telegram, said a Ukrainian drone wounded three "
     "people in the Belgorod region.",
     [c("injured", None, 3, "RU-BEL", RU_OFF, "ua")])
case("en", "en_quote_opens_then_speaker",
     "\u201cThe enemy attacked Zaporizhzhia with three guided bombs, and two people were "
     "injured,\u201d regional governor Ivan Fedorov said on Telegram.",
     [c("injured", None, 2, ANY, UA_OFF, "ru")])
case("en", "en_quote_opens_air_force_then_region",
     "\u201cRussia launched 45 Shahed drones against Ukraine overnight,\u201d the Air Force said. "
     "\u201cAir defense downed 38 of them.\u201d\n\nDebris fell on a house in the Kyiv region, "
     "injuring one person, according to the regional administration.",
     [c("launched", "uav", 45, ANY, UA_MIL, "ru"),
      c("intercepted", "uav", 38, ANY, UA_MIL, "ru"),
      c("injured", None, 1, ANY, UA_OFF, "ru")], source="kyivindependent.com")

# === "could not independently verify": the claim stays its speaker's =========================
case("en", "en_could_not_verify_then_ministry",
     "Russia's defence ministry said 30 drones were destroyed over the Bryansk region. Example "
     "Wire could not independently verify the claim. The ministry said another five were "
     "downed over the Oryol region.",
     [c("intercepted", "uav", 30, "RU-BRY", RU_MIL, "ua"),
      c("intercepted", "uav", 5, "RU-ORL", RU_MIL, "ua")])
case("en", "en_unable_to_verify_then_it_said",
     "Ukraine's air force said it shot down 50 of 70 Russian drones. Reuters was unable to "
     "verify the report independently. Twelve drones hit targets in the Kharkiv region, it said.",
     [c("launched", "uav", 70, ANY, UA_MIL, "ru"),
      c("intercepted", "uav", 50, ANY, UA_MIL, "ru"),
      c("hit", "uav", 12, "UA-63", UA_MIL, "ru")], source="reuters.com")
case("en", "en_wire_story",
     "KYIV, Nov 22 (Example Wire) - Russia attacked Ukraine with 76 drones and three missiles "
     "overnight, Ukraine's air force said on Friday, adding that 52 drones were shot down.\n\n"
     "In the southern city of Odesa, a drone hit a residential building, injuring two people, "
     "Governor Oleh Kiper said on Telegram.\n\nRussia's defence ministry said its forces had "
     "destroyed 22 Ukrainian drones over Russian regions overnight.\n\nExample Wire could not "
     "independently verify the reports.",
     [c("launched", "uav", 76, ANY, UA_MIL, "ru"),
      c("launched", "missile", 3, ANY, UA_MIL, "ru"),
      c("intercepted", "uav", 52, ANY, UA_MIL, "ru"),
      c("injured", None, 2, ANY, UA_OFF, "ru"),
      c("intercepted", "uav", 22, ANY, RU_MIL, "ua")])

# === the outlet's own voice, on its side; relays of media ======================================
case("en", "en_russian_agency_own_voice",
     "A Ukrainian drone hit a power substation in the Kursk region on Friday, injuring two "
     "workers.",
     [c("hit", "uav", 1, "RU-KRS", RU_OUT, "ua"),
      c("injured", None, 2, "RU-KRS", RU_OUT, "ua")], source="tass.com")
case("en", "en_ukrainian_site_own_voice",
     "A Russian missile struck a grain terminal in Izmail overnight, injuring four people.",
     [c("hit", "missile", 1, ANY, UA_OUT, "ru"),
      c("injured", None, 4, ANY, UA_OUT, "ru")], source="pravda.com.ua")
case("en", "en_british_broadcaster_own_voice",
     "A Russian drone hit a residential building in Odesa on Friday, injuring three people.",
     [c("hit", "uav", 1, ANY, OTHER_OUT, "ru"),
      c("injured", None, 3, ANY, OTHER_OUT, "ru")], source="bbc.com")
case("en", "en_outlet_lead_then_quoted_body",
     "A Russian missile strike on the city of Sumy killed three people on Friday.\n\n\u201cThe "
     "missile hit a private house in the center of Sumy,\u201d the regional military "
     "administration said on Telegram.",
     [c("killed", None, 3, ANY, WIRE, "ru"),
      c("hit", "missile", 1, ANY, UA_OFF, "ru")])
case("en", "en_russian_agency_reported",
     "Russian state news agency RIA reported that six Ukrainian drones were shot down over the "
     "Kursk region.",
     [c("intercepted", "uav", 6, "RU-KRS", RU_MED, "ua")])
case("en", "en_agency_citing_governor",
     "Two people were injured in a drone attack on Belgorod, TASS reported, citing Governor "
     "Vyacheslav Gladkov.",
     [c("injured", None, 2, ANY, RU_OFF, "ua")])

# === an armed force counts weapons: an unsigned count of victims after it is the outlet's =====
case("en", "en_air_force_then_injured_line",
     "The Ukrainian air force says it shot down 20 Russian drones over five regions.\nAt least "
     "three people were injured in a fire in a house in the Lviv region.",
     [c("intercepted", "uav", 20, ANY, UA_MIL, "ru"),
      c("injured", None, 3, ANY, WIRE, ANY)])
case("en", "en_ministry_then_killed",
     "Russia's defence ministry said air defences destroyed 30 Ukrainian drones over the Bryansk "
     "and Kursk regions. One man was killed in the village of Tetkino in the Kursk region.",
     [c("intercepted", "uav", 30, ANY, RU_MIL, "ua"),
      c("killed", None, 1, ANY, WIRE, ANY)])
case("en", "en_general_staff_then_wounded",
     "Ukraine's General Staff said its air defences destroyed 25 Russian drones overnight. Four "
     "people were wounded in the city of Sumy.",
     [c("intercepted", "uav", 25, ANY, UA_MIL, "ru"),
      c("injured", None, 4, ANY, WIRE, ANY)])
case("en", "en_guard_governor_then_injured",
     "Governor Vyacheslav Gladkov said three drones were shot down over the Belgorod region. Two "
     "people were injured in Belgorod.",
     [c("intercepted", "uav", 3, ANY, RU_OFF, "ua"),
      c("injured", None, 2, ANY, RU_OFF, ANY)])
case("en", "en_guard_force_then_signed_victims",
     "The Ukrainian air force said 20 drones were shot down. Debris injured two people in the "
     "Kyiv region, the regional administration said.",
     [c("intercepted", "uav", 20, ANY, UA_MIL, "ru"),
      c("injured", None, 2, ANY, UA_OFF, ANY)])

# === a body whose name a country closes ("... mission in Ukraine said"): the body speaks =======
case("en", "en_un_mission_in_ukraine",
     "The UN Human Rights Monitoring Mission in Ukraine said Russian strikes killed 25 civilians "
     "in Kharkiv.",
     [c("killed", None, 25, ANY, OTHER_OFF, "ru")])
case("en", "en_un_office_in_ukraine_reported",
     "The UN human rights office in Ukraine reported that a Russian missile killed seven "
     "civilians in Kryvyi Rih.",
     [c("killed", None, 7, ANY, OTHER_OFF, "ru")])
case("en", "en_un_mission_in_ukraine_drones",
     "The UN mission in Ukraine said Russian drones killed four civilians in Kherson.",
     [c("killed", None, 4, ANY, OTHER_OFF, "ru")])
case("en", "en_guard_military_in_israel",
     "The Israeli military in Israel said it intercepted a drone over Eilat.",
     [c("intercepted", "uav", 1, ANY, OTHER_MIL, ANY)])
case("ru", "ru_guard_source_in_ministry",
     "Источник в Минобороны России сообщил, что над Курской областью сбиты пять беспилотников.",
     [c("intercepted", "uav", 5, "RU-KRS", ("ru", "anonymous"), "ua")])

# === one witness or resident, named in the singular: a witness, of no side ===================
case("en", "en_a_resident_told",
     "A resident of Odesa told Example Wire that she saw a drone hit a nine-storey building.",
     [c("hit", "uav", 1, ANY, WITNESS, ANY)])
case("en", "en_one_eyewitness_said",
     "One eyewitness said two missiles hit the port of Odesa.",
     [c("hit", "missile", 2, ANY, WITNESS, ANY)])
case("en", "en_a_local_resident_said",
     "A local resident said three drones were shot down over Kursk.",
     [c("intercepted", "uav", 3, ANY, WITNESS, ANY)])

# === a wire dateline's credit: the agency's story, whichever site carries it ==================
case("en", "en_dateline_credit_reuters_on_a_site",
     "KYIV, Nov 22 (Reuters) - A Russian drone hit a warehouse in Odesa overnight, injuring two "
     "workers.",
     [c("injured", None, 2, ANY, OTHER_OUT, "ru")], source="example-radio.com")
case("en", "en_dateline_credit_ap_on_a_ukrainian_site",
     "KHARKIV, Ukraine (AP) — Three people were killed when a Russian guided bomb hit a "
     "supermarket in Kharkiv.",
     [c("killed", None, 3, ANY, OTHER_OUT, "ru")], source="example.com.ua")
case("en", "en_dateline_credit_afp_mixed_case",
     "Kyiv (AFP) - Russian missiles killed four people in the city of Dnipro on Friday.",
     [c("killed", None, 4, ANY, OTHER_OUT, "ru")], source="example-daily.net")
case("en", "en_guard_credit_not_opening",
     "A Russian drone hit a school in Sumy, injuring five children.\n\nLONDON (Reuters) - "
     "Britain pledged new air defence aid to Ukraine.",
     [c("injured", None, 5, ANY, WIRE, "ru")], source="example.com.ua")

# === parties of other air wars =================================================================
case("en", "en_israeli_military",
     "The Israeli military said it intercepted two drones launched from Lebanon.",
     [c("intercepted", "uav", 2, ANY, OTHER_MIL, ANY)])
case("en", "en_houthi_rebels",
     "Yemen's Houthi rebels said they launched a drone at Tel Aviv.",
     [c("launched", "uav", 1, ANY, OTHER_MIL, ANY)])
case("en", "en_central_command",
     "US Central Command said its forces shot down five Houthi drones over the Red Sea.",
     [c("intercepted", "uav", 5, ANY, OTHER_MIL, ANY)])
case("en", "en_revolutionary_guards",
     "Iran's Islamic Revolutionary Guard Corps said it launched 20 missiles at Israeli bases.",
     [c("launched", "missile", 20, ANY, OTHER_MIL, ANY)])
case("en", "en_idf_then_the_military",
     "Sirens sounded across central Israel on Friday morning. The Israel Defense Forces said a "
     "missile launched from Yemen was intercepted.",
     [c("intercepted", "missile", 1, ANY, OTHER_MIL, ANY)])

XFAIL: dict[str, str] = {
    "uk_gerund_povidomyvshy": "no speaker is read for the Ukrainian gerund 'повідомивши' at all "
                              "(the Russian 'сообщив' is read)",
}


def params() -> list[Any]:
    return table_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "text", "source", "expected"), params())
def test_round13_en_claimant(lang: str, text: str, source: str, expected: list[Row],
                             resources: Resources) -> None:
    missing, _ = misses(resources, lang, text, source, expected)
    assert missing == []
