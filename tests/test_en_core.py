"""English claims read by the one extraction core: the general rules issue 15 asked for, each
with sentences of our own (published Friday 2024-11-22 by an outlet the registry does not know).

`WHAT_WHERE` checks what a text claims and where; `WHO` checks who claims it and whose weapons
they were.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from claimledger.extract.pipeline import read_claims
from claimledger.model import Claim, Report
from claimledger.resources import Resources, default_resources

FRIDAY = datetime.fromisoformat("2024-11-22T07:30:00+00:00")


@pytest.fixture(scope="module")
def resources() -> Resources:
    return default_resources()


def _read(text: str, resources: Resources, **report: Any) -> list[Claim]:
    claims = read_claims(
        Report(text=text, source=report.pop("source", "Example Wire"), published=FRIDAY,
               lang="en", **report),
        "en",
        resources,
    )
    for claim in claims:
        for span in (claim.evidence, *claim.spans.values()):
            assert text[span.start : span.end] == span.text
    return claims


WHAT_WHERE: list[tuple[str, str, list[tuple[str, str | None, int, str, str | None]]]] = [
    # Other air wars: their seas and countries, and their parties' origins.
    ("red_sea", "The Israeli military said it intercepted a missile fired from Yemen over the "
     "Red Sea.", [("intercepted", "missile", 1, "exact", "sea:red")]),
    ("gulf_of_aden", "US Central Command said its forces shot down three Houthi drones over the "
     "Gulf of Aden.", [("intercepted", "uav", 3, "exact", "sea:aden")]),
    ("galilee", "Hezbollah fired some 30 rockets at the Upper Galilee on Friday, the Israeli "
     "army said.", [("launched", "rocket", 30, "approx", "IL")]),
    ("origin_behind_an_adjective", "At least 12 rockets were fired towards Israel from southern "
     "Lebanon, the army said.", [("launched", "rocket", 12, "at_least", "IL")]),
    # Several regions under one number: the country.
    ("several_regions", "Air defence destroyed 14 drones over the Mykolaiv, Kherson and Poltava "
     "regions, the air force said.", [("intercepted", "uav", 14, "exact", "UA")]),
    # A dateline is where the report was filed.
    ("dateline", "KYIV, Nov 22 (Example Wire) - Russia launched 40 drones overnight, the air "
     "force said.", [("launched", "uav", 40, "exact", "UA")]),  # the air force's own sky
    # Breakdowns: a town named as a territory is its region; a list after a speaker's words
    # takes the action of the line before; "one in each of" gives one to every place.
    # Numbers: words joined by "and", an article before "dozen", digits grouped by commas.
    ("numbers_of_several_words", "Russia launched two hundred and five drones and a dozen "
     "missiles at Ukraine overnight, the air force said.",
     [("launched", "uav", 205, "exact", "UA"), ("launched", "missile", 12, "exact", "UA")]),
    ("digits_grouped_by_commas", "The Russian military said it had destroyed 1,350 drones over "
     "the Kursk region since Monday.", [("intercepted", "uav", 1350, "exact", "RU-KRS")]),
    ("total_before_a_dash_list", "The defence ministry said air defences destroyed 30 drones - "
     "two over the Belgorod region, eight over the Kursk region and 20 over the Rostov region.",
     [("intercepted", "uav", 30, "exact", "RU"), ("intercepted", "uav", 2, "exact", "RU-BEL"),
      ("intercepted", "uav", 8, "exact", "RU-KRS"), ("intercepted", "uav", 20, "exact", "RU-ROS")]),
    ("territory_of_a_town", "Air defences destroyed six drones over the territory of Kursk, the "
     "defence ministry said.", [("intercepted", "uav", 6, "exact", "RU-KRS")]),
    ("list_after_it_was_added", "Air defences destroyed 40 drones overnight, the defence "
     "ministry said. It was added that \"one over the Bryansk Region, 39 over the Kursk "
     "Region.\"", [("intercepted", "uav", 40, "exact", "RU"),  # the ministry's: Russia's sky
                   ("intercepted", "uav", 1, "exact", "RU-BRY"),
                   ("intercepted", "uav", 39, "exact", "RU-KRS")]),
    ("one_in_each", "Air defences destroyed three drones: one in each of the Bryansk, Kursk and "
     "Oryol regions, the defence ministry said.",
     [("intercepted", "uav", 3, "exact", "RU"), ("intercepted", "uav", 1, "exact", "RU-BRY"),
      ("intercepted", "uav", 1, "exact", "RU-KRS"), ("intercepted", "uav", 1, "exact", "RU-ORL")]),
    # Parts and wholes: what was launched and what of it was shot down.
    ("out_of", "Air defence forces shot down 28 out of 31 drones over the Odesa region, the air "
     "force said.", [("intercepted", "uav", 28, "exact", "UA-51"),
                     ("launched", "uav", 31, "exact", "UA-51")]),
    ("of_the", "The air force said it destroyed 22 of the 33 drones over the Chernihiv region.",
     [("intercepted", "uav", 22, "exact", "UA-74"), ("launched", "uav", 33, "exact", "UA-74")]),
    ("all_launched", "All 14 drones launched overnight were shot down over the Sumy region, the "
     "air force said.", [("intercepted", "uav", 14, "exact", "UA-59"),
                         ("launched", "uav", 14, "exact", "UA-59")]),
    ("relative_clause_is_no_predicate", "Ukraine’s air defence shot down two Iskander-M "
     "ballistic missiles and 15 attack drones that Russia launched overnight.",
     [("intercepted", "ballistic_missile", 2, "exact", "UA"),
      ("intercepted", "uav", 15, "exact", "UA")]),
    ("others_vanished_from_radar", "Russia launched 70 drones overnight; 41 were shot down and "
     "29 others vanished from radar, the air force said.",
     [("launched", "uav", 70, "exact", "UA"), ("intercepted", "uav", 41, "exact", "UA"),
      ("suppressed", "uav", 29, "exact", "UA")]),
    # Which verb: a weapon that strikes hits; one a side strikes with was launched.
    ("struck_with", "Russia struck Kharkiv with 20 guided bombs, the regional governor said.",
     [("launched", "guided_bomb", 20, "exact", "city:Kharkiv")]),
    ("weapons_strike", "Two missiles struck a warehouse in the Lviv region, the governor said.",
     [("hit", "missile", 2, "exact", "UA-46")]),
    ("region_of_a_town", "Five drones hit buildings in the northern region of Chernihiv, the air "
     "force said.", [("hit", "uav", 5, "exact", "UA-74")]),
    ("capital_that_acts", "Kyiv shot down 33 of the 72 Russian drones, the air force said.",
     [("intercepted", "uav", 33, "exact", "UA"), ("launched", "uav", 72, "exact", "UA")]),
    ("moscow_says", "Moscow says Ukraine fired 12 missiles at the Belgorod region.",
     [("launched", "missile", 12, "exact", "RU-BEL")]),
    ("three_dozen", "Russia fired three dozen missiles at Ukraine on Thursday.",
     [("launched", "missile", 36, "exact", "UA")]),
    ("thirty_six", "Thirty-six of the drones were shot down over Kyiv, the city administration "
     "said.", [("intercepted", "uav", 36, "exact", "UA-30")]),
    # A headline's number told again in the body is one claim.
    ("headline_and_body", "Fifteen drones destroyed over Ukraine\n\nAir defence destroyed 15 "
     "drones over the Kyiv and Poltava regions, the air force said.",
     [("intercepted", "uav", 15, "exact", "UA")]),
    # An English headline sums up its body: its own counts are no claims of their own.
    ("headline_sums_up", "US destroys Houthi missiles and 4 drones\n\nUS forces shot down three "
     "drones over the Red Sea on Sunday, CENTCOM said.",
     [("intercepted", "uav", 3, "exact", "sea:red")]),
    # Weapons of two kinds under one number: air targets of mixed kinds.
    ("missiles_and_drones", "US destroyers shot down seven missiles and drones over the Gulf of "
     "Aden.", [("intercepted", None, 7, "exact", "sea:aden")]),
    ("missiles_and_two_drones", "Air defence destroyed 20 drones and two missiles over Kyiv.",
     [("intercepted", "uav", 20, "exact", "UA-30"),
      ("intercepted", "missile", 2, "exact", "UA-30")]),
    # Where a party is, is not where its weapons were stopped.
    ("houthis_in_yemen", "Israel's Arrow system shot down a ballistic missile over the Red Sea, "
     "fired by the Houthis in Yemen, the military said.",
     [("intercepted", "ballistic_missile", 1, "exact", "sea:red")]),
    ("sixth_interception", "It was the sixth interception of a ballistic missile by the Arrow "
     "system.", []),
    # Casualties and their denials.
    ("did_not_cause_casualties", "A Russian drone hit an apartment block in Dnipro, but did not "
     "cause casualties, the governor said.",
     # ANNOTATION.md: a governor's relayed denial is of the governor's region
     [("hit", "uav", 1, "exact", "city:Dnipro"), ("killed", None, 0, "exact", "UA-12"),
      ("injured", None, 0, "exact", "UA-12")]),
    ("injured_four_others", "A Russian drone attack killed one man and injured four others in "
     "the Sumy region, the governor said.",
     [("killed", None, 1, "exact", "UA-59"), ("injured", None, 4, "exact", "UA-59")]),
    # Precision: a superlative's point in time is no history; history, forecasts, abilities,
    # weapons that were hit are no claims.
    ("since_the_war_began", "This is the heaviest barrage since the war began: more than 100 "
     "rockets were fired at the Galilee, the army said.",
     [("launched", "rocket", 100, "at_least", "IL")]),
    ("since_the_start", "Since the start of the war, Russia has fired 9,000 missiles at Ukraine, "
     "the air force said.", []),
    ("last_year", "Last year, Russia fired 40 missiles at the Odesa region.", []),
    ("years_ago", "Two years ago Russia fired 50 missiles at Kyiv.", []),
    ("in_september", "In September, Russia fired 40 missiles at the Odesa region.", []),
    ("forecast", "Russia could launch 100 drones at Kyiv next week, officials warned.", []),
    ("ability", "Analysts say the air defences have the ability to intercept 50 missiles a "
     "day.", []),
    ("a_drone_that_was_hit", "The crash between a Russian jet and a US drone took place over the "
     "Black Sea.", []),
    ("ground_combat", "Ukrainian troops destroyed four tanks near Pokrovsk with FPV drones, the "
     "General Staff said.", []),
    # Issue 15 after the merge: the class adjective nearest the noun names a missile's kind;
    # a dateline whose town the gazetteer lacks; towns abroad stand for their country; a
    # country before its forces is a party; a national military's count with no place is of
    # its own country; bare missiles as many as a model's launch are that model.
    ("sea_that_qualifies_a_noun", "Navy ships off the coast of Yemen shot down three drones on "
     "Friday as attacks on Red Sea shipping went on.",
     [("intercepted", "uav", 3, "exact", "YE")]),
    ("anti_ship_ballistic", "The destroyer shot down two anti-ship ballistic missiles fired by "
     "the Houthis over the Red Sea.",
     [("intercepted", "ballistic_missile", 2, "exact", "sea:red")]),
    ("dateline_of_an_unknown_town", "PORTVILLE, United Arab Emirates (Example Wire) — Navy "
     "destroyers shot down four drones over the Gulf of Aden.",
     [("intercepted", "uav", 4, "exact", "sea:aden")]),
    ("golan_heights", "Hezbollah fired 40 rockets at the Golan Heights, the army said.",
     [("launched", "rocket", 40, "exact", "IL")]),
    ("golan", "Hezbollah fired 40 rockets at the Galilee; 25 more targeted the Golan.",
     [("launched", "rocket", 40, "exact", "IL"), ("launched", "rocket", 25, "exact", "IL")]),
    ("interceptors_are_no_attack", "Two interceptor missiles were launched and a drone was "
     "shot down over Eilat, the army said.", [("intercepted", "uav", 1, "exact", "IL")]),
    ("fell_inside_a_country", "A drone launched from Lebanon fell inside Israeli territory on "
     "Friday, the army said.", [("hit", "uav", 1, "exact", "IL")]),
    ("weapon_aimed_at_is_a_target", "Hezbollah launched two rockets at the Golan Heights and the "
     "army fired at the drone near Metula.", [("launched", "rocket", 2, "exact", "IL")]),
    ("fired_out_of_is_an_origin", "Air defences shot down a rocket fired out of Gaza over "
     "Sderot.", [("intercepted", "rocket", 1, "exact", "IL")]),
    ("town_abroad_is_its_country", "Air defences intercepted three rockets over Ashkelon, the army "
     "said.", [("intercepted", "rocket", 3, "exact", "IL")]),
    ("western_galilee", "Hezbollah fired 15 rockets at the Western Galilee, the army said.",
     [("launched", "rocket", 15, "exact", "IL")]),
    ("warships_of_a_country", "British warships shot down five drones over the Red Sea.",
     [("intercepted", "uav", 5, "exact", "sea:red")]),
    ("air_force_count_without_place", "The Ukrainian Air Force said 40 drones were shot down "
     "overnight.", [("intercepted", "uav", 40, "exact", "UA")]),
    ("ministry_count_without_place", "The Russian Defence Ministry said 25 Ukrainian drones were "
     "destroyed overnight.", [("intercepted", "uav", 25, "exact", "RU")]),
    # Precision: a "Recall" header makes what follows history; an article before weapon nouns
    # that share one head counts the head ("a drone and missile barrage"), not a drone.
    ("recall_header", "Explosions were heard in the city overnight, the mayor said.\nRecall\n"
     "On Monday, Russian troops struck a school in Sumy with a guided bomb. The attack killed "
     "two people.", []),
    ("drone_and_missile_barrage", "Russia unleashed a huge drone and missile barrage on Ukraine "
     "overnight, the air force said.", []),
    ("a_drone_and_a_missile", "A drone and a missile were shot down over Kyiv.",
     [("intercepted", "uav", 1, "exact", "UA-30"),
      ("intercepted", "missile", 1, "exact", "UA-30")]),
    ("no_reports_of_damage_or_casualties", "Hezbollah fired two rockets at northern Israel on "
     "Friday. There were no reports of damage or casualties, the army said.",
     [("launched", "rocket", 2, "exact", "IL"), ("killed", None, 0, "exact", "IL"),
      ("injured", None, 0, "exact", "IL")]),
    ("hour_in_four_digits", "Russia shot down three drones over the Smolensk region and at "
     "0700 GMT shot down two more over the region.",
     [("intercepted", "uav", 3, "exact", "RU-SMO"), ("intercepted", "uav", 2, "exact", "RU-SMO")]),
    ("launchers_located_in", "Russia fired four missiles from S-300 launchers based in "
     "occupied parts of the Zaporizhzhia region, the air force said.",
     [("launched", "missile", 4, "exact", "UA")]),
    # "struck X with" a count is a launch; with a single weapon, the weapon struck X.
    ("struck_with_a_single_bomb", "Russian forces struck a district of Kharkiv with a guided "
     "aerial bomb on Friday, Mayor Ihor Terekhov said.",
     [("hit", "guided_bomb", 1, "exact", "city:Kharkiv")]),
    ("struck_with_a_count", "Russia struck Kyiv with 20 missiles overnight.",
     [("launched", "missile", 20, "exact", "UA-30")]),
    ("missiles_as_many_as_launched", "The enemy launched 20 drones and four Kh-101 cruise "
     "missiles. Air defence shot down 18 drones and four missiles.",
     [("launched", "uav", 20, "exact", None), ("launched", "cruise_missile", 4, "exact", None),
      ("intercepted", "uav", 18, "exact", None),
      ("intercepted", "cruise_missile", 4, "exact", None)]),
]


@pytest.mark.parametrize(("name", "text", "expected"), WHAT_WHERE,
                         ids=[case[0] for case in WHAT_WHERE])
def test_what_and_where(name: str, text: str, expected: list[tuple[Any, ...]],
                        resources: Resources) -> None:
    got = [(c.action, c.weapon, c.quantity, c.qualifier, c.location)
           for c in _read(text, resources)]
    assert sorted(got, key=repr) == sorted(expected, key=repr)


Who = tuple[str, int, str | None, str | None, str | None, str | None]
WHO: list[tuple[str, str, list[Who]]] = [
    # Attribution in the next sentence: "This was reported by X".
    ("this_was_reported_by", "Russia launched 50 drones at Ukraine overnight.\n\nThis was "
     "reported by the Ukrainian Air Force.",
     [("launched", 50, "Ukrainian Air Force", "ua", "military", "ru")]),
    # An aside between the speaker and its verb; "told Reuters" names who was told.
    ("aside", "A US official, speaking on condition of anonymity, told Reuters that six missiles "
     "were fired.", [("launched", 6, "US official", "other", "anonymous", None)]),
    # An office named with its region, its holder unrecorded, speaks for the region.
    ("office_of_a_region", "The governor of the southern region of Mykolaiv said that air "
     "defence destroyed nine drones over his region.",
     [("intercepted", 9, "regional governor", "ua", "official", "ru")]),
    ("city_administration", "Thirty-six of the drones were shot down over Kyiv, the city "
     "administration said.", [("intercepted", 36, "local authorities", "ua", "official", "ru")]),
    # A state speaks only as the subject of speech; the acting subject is the nearest.
    ("moscow_says", "Moscow says Ukraine fired 12 missiles at the Belgorod region.",
     [("launched", 12, "Russia", "ru", "official", "ua")]),
    # A body named without its country takes the side its words or its claims give.
    ("air_force_by_its_claims", "Kyiv shot down 33 of the 72 Russian drones, the air force "
     "said.", [("intercepted", 33, "Ukrainian Air Force", "ua", "military", "ru"),
               ("launched", 72, "Ukrainian Air Force", "ua", "military", "ru")]),
    ("dateline_is_no_subject", "KYIV, Nov 22 (Example Wire) - Air defence forces shot down nine "
     "drones over the Odesa region, the air force said.",
     [("intercepted", 9, "Ukrainian Air Force", "ua", "military", "ru")]),
    ("defence_ministry_in_moscow", "Air defences destroyed 12 drones over the Kursk region, the "
     "defence ministry in Moscow said.",
     [("intercepted", 12, "Russian Ministry of Defence", "ru", "military", "ua")]),
    ("object_is_no_actor", "Russia battered Ukraine on Monday, firing missiles that killed four "
     "people.", [("killed", 4, "Example Wire", None, "outlet", "ru")]),
    # A body named without its country, the report's other claims tell which it is.
    ("ministry_told_later", "Air defences destroyed 40 drones overnight, the defence ministry "
     "said. It was added that \"one over the Bryansk Region, 39 over the Kursk Region.\"",
     [("intercepted", 40, "Russian Ministry of Defence", "ru", "military", "ua"),
      ("intercepted", 1, "Russian Ministry of Defence", "ru", "military", "ua"),
      ("intercepted", 39, "Russian Ministry of Defence", "ru", "military", "ua")]),
    # No side in the words: the place tells whose weapons they were (issue 15).
    ("place_abroad_is_a_third_party", "Two rockets were fired at Sderot on Friday, the army "
     "said.", [("launched", 2, "Israel Defense Forces", "other", "military", "other")]),
    # "The army"/"the military" of a report on a third country's sky is that country's.
    ("army_of_the_report_country", "The military said one drone was shot down. Earlier, some "
     "20 rockets were fired at the Western Galilee.",
     [("intercepted", 1, "Israel Defense Forces", "other", "military", None),
      ("launched", 20, "Israel Defense Forces", "other", "military", "other")]),
    ("war_sea_is_the_speakers_enemy", "Air defences destroyed five drones over the Black Sea, "
     "the defence ministry in Moscow said.",
     [("intercepted", 5, "Russian Ministry of Defence", "ru", "military", "ua")]),
    ("held_region_told_by_russia", "Air defences shot down three drones over Crimea, the "
     "defence ministry in Moscow said.",
     [("intercepted", 3, "Russian Ministry of Defence", "ru", "military", "ua")]),
    ("ukrainian_region", "Eleven drones were downed over the Sumy region, the air force said.",
     [("intercepted", 11, "Ukrainian Air Force", "ua", "military", "ru")]),
    # Casualties of the attack just told, not of the defenders the sentence names.
    ("defenders_are_no_attackers", "Russian air defences downed two drones near Kaluga, Governor "
     "Vladislav Shapsha said, with no casualties reported.",
     [("intercepted", 2, "Vladislav Shapsha", "ru", "official", "ua"),
      ("killed", 0, "Vladislav Shapsha", "ru", "official", "ua"),
      ("injured", 0, "Vladislav Shapsha", "ru", "official", "ua")]),
    ("capital_named_after_the_place", "A downed drone fell on a house in the capital Kyiv but "
     "did not cause casualties, the air force said.",
     [("intercepted", 1, "Ukrainian Air Force", "ua", "military", "ru"),
      ("killed", 0, "Ukrainian Air Force", "ua", "military", "ru"),
      ("injured", 0, "Ukrainian Air Force", "ua", "military", "ru")]),
    ("name_after_an_article_qualifies", "A Kyiv apartment block was hit by a drone, killing "
     "two people, the city administration said.",
     [("hit", 1, "local authorities", "ua", "official", "ru"),
      ("killed", 2, "local authorities", "ua", "official", "ru")]),
    # A state told as the speaker of an interception speaks through the body that reports it.
    ("state_says_air_defences_shot_down", "Russia said on Friday that air defences had shot down "
     "four Ukrainian drones over the Kursk region.",
     [("intercepted", 4, "Russian Ministry of Defence", "ru", "military", "ua")]),
    ("state_says_missiles_were_fired", "Ukraine says 12 missiles were fired at the Odesa region "
     "on Friday.", [("launched", 12, "Ukraine", "ua", "official", "ru")]),
    # Parties of other wars.
    ("houthis_are_the_attackers", "The Houthis launched three anti-ship ballistic missiles into "
     "the Gulf of Aden, US Central Command said.",
     [("launched", 3, "US Central Command", "other", "military", "other")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), WHO, ids=[case[0] for case in WHO])
def test_who_and_whose(name: str, text: str, expected: list[tuple[Any, ...]],
                       resources: Resources) -> None:
    got = [(c.action, c.quantity, c.claimant, c.claimant_side, c.claimant_kind, c.attacker_side)
           for c in _read(text, resources)]
    assert sorted(got, key=repr) == sorted(expected, key=repr)


def test_history_does_not_date_or_place_the_next_sentence(resources: Resources) -> None:
    text = "In January, the US struck Houthi targets in Yemen. Three drones were shot down."
    (claim,) = _read(text, resources)
    assert (claim.quantity, claim.location, claim.date) == (3, None, "2024-11-22")


@pytest.mark.parametrize(
    ("url", "voice"),
    [
        ("https://www.timesofisrael.com/liveblog-entry/x/", ("The Times of Israel", "other")),
        ("https://news.example.com.ua/2024/11/22/drones", ("news.example.com.ua", "ua")),
        ("https://example.org/world/drones", ("example.org", "other")),
        # a site named for Ukraine speaks for it under any domain
        ("https://www.helpukraine-example.org/news/drones", ("helpukraine-example.org", "ua")),
        ("https://kyivexample.com/drones", ("kyivexample.com", "ua")),
    ],
)
def test_outlet_voice_from_the_address(url: str, voice: tuple[str, str],
                                       resources: Resources) -> None:
    """A report in its own voice speaks as its site: the registry's outlet, else the host with
    the side of its country-code domain."""
    (claim,) = _read("Russia launched 40 drones at the Odesa region overnight.", resources,
                     source=None, url=url)
    assert (claim.claimant, claim.claimant_side, claim.claimant_kind) == (*voice, "outlet")


@pytest.mark.parametrize(
    ("report_id", "side"),
    [
        ("gdelt-en:20240301T101500Z_GB_en_0123456789", "other"),
        ("gdelt-en:20240301T101500Z_UA_en_0123456789", "ua"),
        ("gdelt-en:20240301T101500Z_RU_en_0123456789", "ru"),
        ("report-17", None),
    ],
)
def test_outlet_side_from_a_gdelt_file_name(report_id: str, side: str | None,
                                            resources: Resources) -> None:
    """A report with no address whose id is a GDELT file name: the outlet's country is in it."""
    (claim,) = _read("Russia launched 40 drones at the Odesa region overnight.", resources,
                     source=None, id=report_id)
    assert (claim.claimant, claim.claimant_side, claim.claimant_kind) == (
        "unknown outlet", side, "outlet")


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("(MENAFN- UkrinForm) Russia launched 40 drones at the Odesa region overnight.",
         ("Ukrinform", "ua", "outlet")),
        ("(MENAFN- Some Daily) Russia launched 40 drones at the Odesa region overnight.",
         ("syndicator.example.com", "other", "outlet")),  # an outlet the registry lacks
    ],
)
def test_syndicated_text_speaks_as_its_outlet(text: str, voice: tuple[str, str, str],
                                              resources: Resources) -> None:
    """A syndicating site's text that credits a known outlet at its start is that outlet's."""
    (claim,) = _read(text, resources, source=None,
                     url="https://syndicator.example.com/story/1")
    assert (claim.claimant, claim.claimant_side, claim.claimant_kind) == voice
