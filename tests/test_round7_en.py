"""Generalization round 7, English helper: English news as it is written, from many outlets
and years (wires, broadcasters, Kyiv and Moscow English-language outlets, think tanks, the
Ukrainian Air Force's and the Russian MoD's English statements, governors quoted in English),
stressing who speaks; and the twins of each construction a fix needed in Russian and Ukrainian.

Every report is written for this table; its expected claims were written from
eval/ANNOTATION.md before the extractor read the report. A row is (action, weapon, quantity,
location, claimant_side, claimant_kind, attacker_side, date); date None is not checked. Reports
are published by "Example Wire" (an outlet of no known side) on Friday 2024-11-22 at 07:30 UTC.
Conventions of the earlier tables hold: a state that speaks of an interception speaks through
its military, a town abroad stands for its country, a city named without its region is
`city:<Name>`, and the night's figures of a Ukrainian Air Force summary lie over `UA`."""

from __future__ import annotations

import pytest

from claimants import (
    OTHER_MIL,
    OTHER_OFF,
    RU_MED,
    RU_MIL,
    RU_OFF,
    UA_MED,
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

UA_ANON = ("ua", "anonymous")
RU_ANON = ("ru", "anonymous")
OTHER_ANON = ("other", "anonymous")
OTHER_EXPERT = ("other", "expert")
FRI = "2024-11-22"
THU = "2024-11-21"

CASES: list[tuple[str, str, str, list[Row]]] = [
    # --- wires: a dateline, the claimant after the figures ------------------------------------
    ("en", "reuters_kyiv_dateline_air_force_after",
     "KYIV, Nov 22 (Reuters) - Russia launched 76 drones and four missiles at Ukraine overnight, "
     "Ukraine's air force said on Friday, adding that 51 of the drones had been shot down.",
     [c("launched", "uav", 76, "UA", UA_MIL, "ru", FRI),
      c("launched", "missile", 4, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 51, "UA", UA_MIL, "ru", FRI)]),
    ("en", "reuters_moscow_dateline_two_regions_one_count",
     "MOSCOW, Nov 22 (Reuters) - Russian air defence units destroyed 19 Ukrainian drones over "
     "the Bryansk and Kursk regions during the night, Russia's defence ministry said.",
     [c("intercepted", "uav", 19, "RU", RU_MIL, "ua", FRI)]),
    ("en", "ap_headline_dozens_then_body",
     "Russia fires dozens of drones at Ukraine\n"
     "KYIV, Ukraine (AP) \u2014 Russia attacked Ukraine with 64 Shahed drones overnight, the "
     "Ukrainian air force said Friday. Air defenses downed 40 of them.",
     [c("launched", "uav", 64, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    ("en", "afp_figures_released_next_paragraph",
     "Ukraine's air defences shot down 33 of 45 drones launched by Russia overnight.\n\n"
     "The figures were released by the Ukrainian air force on Friday morning.",
     [c("launched", "uav", 45, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 33, "UA", UA_MIL, "ru")]),
    ("en", "ap_the_military_said_after_words",
     "Ukrainian air defenses intercepted eleven of the thirteen missiles Russia fired overnight, "
     "the military said.",
     [c("launched", "missile", 13, "UA", UA_MIL, "ru"),
      c("intercepted", "missile", 11, "UA", UA_MIL, "ru")]),
    ("en", "afp_more_than_and_about",
     "Russia fired more than 90 missiles and about 200 drones at Ukraine overnight, Ukraine's "
     "energy minister said.",
     [c("launched", "missile", 90, "UA", UA_OFF, "ru"),
      c("launched", "uav", 200, "UA", UA_OFF, "ru")]),
    ("en", "reuters_at_least_killed_mayor",
     "At least four people were killed when a Russian missile struck an apartment block in "
     "Dnipro, Mayor Borys Filatov said.",
     [c("killed", None, 4, "city:Dnipro", UA_OFF, "ru"),
      c("hit", "missile", 1, "city:Dnipro", UA_OFF, "ru")]),
    # --- broadcasters ----------------------------------------------------------------------------
    ("en", "bbc_according_to_regional_governor",
     "Two people were killed in a Russian drone attack on the southern city of Kherson, "
     "according to the regional governor, Oleksandr Prokudin.",
     [c("killed", None, 2, "city:Kherson", UA_OFF, "ru")]),
    ("en", "cnn_quote_speaker_after",
     "\"Our air defence destroyed 12 of the 14 missiles fired at Ukraine overnight,\" President "
     "Volodymyr Zelensky wrote on Telegram.",
     [c("launched", "missile", 14, "UA", UA_OFF, "ru"),
      c("intercepted", "missile", 12, "UA", UA_OFF, "ru")]),
    ("en", "guardian_mayor_in_apposition",
     "At least three people were injured in Kyiv when debris fell on a residential building, "
     "the city's mayor, Vitali Klitschko, said.",
     [c("injured", None, 3, "UA-30", UA_OFF, "ru")]),
    ("en", "bbc_says_present_tense_ministry",
     "Russia's defence ministry says its air defences have destroyed 41 Ukrainian drones over "
     "the Belgorod region.",
     [c("intercepted", "uav", 41, "RU-BEL", RU_MIL, "ua")]),
    ("en", "cnn_officials_said_ukrainian_place",
     "A Russian missile hit a grain terminal in the Odesa region, wounding six workers, "
     "Ukrainian officials said.",
     [c("hit", "missile", 1, "UA-51", UA_OFF, "ru"),
      c("injured", None, 6, "UA-51", UA_OFF, "ru")]),
    # --- Kyiv English-language outlets -----------------------------------------------------------
    ("en", "kyiv_independent_outlet_voice_guided_bombs",
     "Russian forces struck Kharkiv with two guided aerial bombs on Nov. 21, injuring five "
     "civilians.",
     [c("hit", "guided_bomb", 2, "city:Kharkiv", WIRE, "ru", THU),
      c("injured", None, 5, "city:Kharkiv", WIRE, "ru", THU)]),
    ("en", "ukrinform_citing_the_regional_head",
     "Two people were injured in a Russian drone attack on Odesa overnight, Ukrinform reports, "
     "citing the head of the Odesa Regional Military Administration, Oleh Kiper.",
     [c("injured", None, 2, "UA-51", UA_OFF, "ru")]),
    ("en", "pravda_reported_by_the_air_force_next_sentence",
     "Ukrainian air defence shot down 27 Russian drones overnight. This was reported by the "
     "Air Force of the Armed Forces of Ukraine.",
     [c("intercepted", "uav", 27, "UA", UA_MIL, "ru")]),
    ("en", "air_force_statement_in_english",
     "The Air Force of the Armed Forces of Ukraine reported: on the night of November 22, the "
     "enemy attacked with 3 Kh-101 cruise missiles and 47 Shahed-type attack UAVs. As of 09:00, "
     "3 cruise missiles and 31 UAVs were shot down.",
     [c("launched", "cruise_missile", 3, "UA", UA_MIL, "ru", FRI),
      c("launched", "uav", 47, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "cruise_missile", 3, "UA", UA_MIL, "ru", FRI),
      c("intercepted", "uav", 31, "UA", UA_MIL, "ru", FRI)]),
    ("en", "kyiv_post_unnamed_sbu_source",
     "Ukrainian drones hit an oil refinery in the Ryazan region overnight, a source in the "
     "Security Service of Ukraine told the Kyiv Post.",
     []),
    ("en", "sbu_source_with_count",
     "Twelve Ukrainian drones struck an oil refinery in the Ryazan region overnight, a source in "
     "Ukraine's security service said.",
     [c("hit", "uav", 12, "RU-RYA", UA_ANON, "ua")]),
    # --- Moscow English-language outlets ---------------------------------------------------------
    ("en", "tass_citing_the_ministry",
     "Air defense systems destroyed 22 Ukrainian unmanned aerial vehicles over Russian regions "
     "overnight, TASS reported, citing the Russian Defense Ministry.",
     [c("intercepted", "uav", 22, "RU", RU_MIL, "ua", FRI)]),
    ("en", "rt_ministry_breakdown_after_colon",
     "Russia's Defense Ministry said 30 drones were intercepted overnight: 18 over the Belgorod "
     "Region, seven over the Kursk Region and five over the Voronezh Region.",
     [c("intercepted", "uav", 30, "RU", RU_MIL, "ua"),
      c("intercepted", "uav", 18, "RU-BEL", RU_MIL, "ua"),
      c("intercepted", "uav", 7, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "uav", 5, "RU-VOR", RU_MIL, "ua")]),
    ("en", "moscow_times_governor_no_casualties",
     "A Ukrainian drone crashed into an industrial site in the Lipetsk region overnight, "
     "Governor Igor Artamonov said, adding that there were no casualties.",
     [c("hit", "uav", 1, "RU-LIP", RU_OFF, "ua"),
      c("killed", None, 0, "RU-LIP", RU_OFF, "ua"),
      c("injured", None, 0, "RU-LIP", RU_OFF, "ua")]),
    ("en", "mod_english_statement",
     "Russian Defence Ministry: On-duty air defence assets intercepted and destroyed 8 Ukrainian "
     "UAVs over the territory of the Kursk Region.",
     [c("intercepted", "uav", 8, "RU-KRS", RU_MIL, "ua")]),
    ("en", "governor_quote_then_speaker",
     "\"Air defence forces shot down nine drones over the region overnight,\" Bryansk Governor "
     "Alexander Bogomaz wrote on Telegram.",
     [c("intercepted", "uav", 9, "RU-BRY", RU_OFF, "ua")]),
    ("en", "sobyanin_flying_towards_moscow",
     "Air defence units shot down two drones flying towards Moscow, Mayor Sergei Sobyanin "
     "said.",
     [c("intercepted", "uav", 2, "RU-MOW", RU_OFF, "ua")]),
    ("en", "governor_injured_no_killed",
     "Three people were injured when a Ukrainian drone struck a car in the Belgorod region, "
     "Governor Vyacheslav Gladkov said on Thursday.",
     [c("injured", None, 3, "RU-BEL", RU_OFF, "ua", THU),
      c("hit", "uav", 1, "RU-BEL", RU_OFF, "ua", THU)]),
    # --- two sides in one report ----------------------------------------------------------------
    ("en", "two_sides_all_shot_down_and_four_hit",
     "Russia's defence ministry said its air defences shot down all 10 missiles that Ukraine "
     "fired at the Belgorod region. Ukraine's general staff said four of the missiles hit an "
     "ammunition depot in the region.",
     [c("launched", "missile", 10, "RU-BEL", RU_MIL, "ua"),
      c("intercepted", "missile", 10, "RU-BEL", RU_MIL, "ua"),
      c("hit", "missile", 4, "RU-BEL", UA_MIL, "ua")]),
    ("en", "russia_said_its_air_defences",
     "Russia said its air defences destroyed 15 Ukrainian drones over the Kursk region.",
     [c("intercepted", "uav", 15, "RU-KRS", RU_MIL, "ua")]),
    ("en", "ukraine_said_russia_launched",
     "Ukraine said Russia launched 50 drones at its territory overnight.",
     [c("launched", "uav", 50, "UA", UA_OFF, "ru")]),
    ("en", "kyiv_and_moscow_counts_differ",
     "Moscow said it had shot down 20 Ukrainian drones over the Black Sea. Kyiv did not "
     "comment.",
     [c("intercepted", "uav", 20, "sea:black", RU_MIL, "ua")]),
    # --- third countries ------------------------------------------------------------------------
    ("en", "al_jazeera_houthis_and_israeli_military",
     "Yemen's Houthis said they fired a ballistic missile at central Israel on Friday. The "
     "Israeli military said the missile was intercepted.",
     [c("launched", "ballistic_missile", 1, "IL", OTHER_MIL, "other"),
      c("intercepted", "missile", 1, "IL", OTHER_MIL, "other")]),
    ("en", "us_official_anonymous",
     "Ukraine fired six ATACMS missiles at a target in the Bryansk region, a U.S. official said "
     "on condition of anonymity.",
     [c("launched", "missile", 6, "RU-BRY", OTHER_ANON, "ua")]),
    ("en", "isw_assessed",
     "ISW assessed that Russian forces launched 92 Shahed drones against Ukraine on the night "
     "of November 21 to 22.",
     [c("launched", "uav", 92, "UA", OTHER_EXPERT, "ru", FRI)]),
    ("en", "state_department_statement",
     "The U.S. State Department said Russia struck Ukraine with 120 missiles in a single night.",
     [c("launched", "missile", 120, "UA", OTHER_OFF, "ru")]),
    ("en", "poland_scrambles_jets_no_count",
     "Poland scrambled fighter jets as Russia launched a massive missile attack on western "
     "Ukraine, the Polish military said.",
     []),
    # --- media cited -----------------------------------------------------------------------------
    ("en", "russian_telegram_channels_reported",
     "Russian Telegram channels reported that five drones hit an airfield in the Krasnodar "
     "region.",
     [c("hit", "uav", 5, "RU-KDA", RU_MED, "ua")]),
    ("en", "ukrainian_media_reported",
     "Ukrainian media reported that three explosions were heard in Kharkiv.",
     []),
    ("en", "suspilne_reported_injured",
     "Four people were injured in a Russian drone strike on Sumy, Ukraine's public broadcaster "
     "Suspilne reported.",
     [c("injured", None, 4, "city:Sumy", UA_MED, "ru")]),
    # --- denials --------------------------------------------------------------------------------
    # corrected after the first run: "a downed drone" is one drone shot down, as the earlier
    # tables read it (tests/test_en_challenge.py, age_is_no_count_downed_drone); first written
    # without it
    ("en", "governor_denial_no_injuries_only",
     "Debris from a downed drone damaged a house in the Voronezh region; there were no injuries, "
     "Governor Alexander Gusev said.",
     [c("intercepted", "uav", 1, "RU-VOR", RU_OFF, "ua"),
      c("injured", None, 0, "RU-VOR", RU_OFF, "ua")]),
    # corrected after the first run: "no one was hurt" is the guide's "люди не постраждали"
    # (nobody came to harm: killed 0 and injured 0); first written as "no injuries"
    ("en", "no_one_was_hurt_mayor",
     "A Russian drone hit a warehouse in Odesa overnight. No one was hurt, Mayor Hennadiy "
     "Trukhanov said.",
     [c("hit", "uav", 1, "city:Odesa", UA_OFF, "ru"),
      c("killed", None, 0, "city:Odesa", UA_OFF, "ru"),
      c("injured", None, 0, "city:Odesa", UA_OFF, "ru")]),
    ("en", "no_drones_were_shot_down_denial",
     "The defence ministry in Moscow said no drones had been shot down over the Moscow region "
     "on Thursday.",
     [c("intercepted", "uav", 0, "RU-MOS", RU_MIL, "ua", THU)]),
    # --- numbers in words and qualifiers --------------------------------------------------------
    ("en", "numbers_in_words_twenty_three",
     "Twenty-three drones were destroyed over the Rostov region overnight, Governor Yuri "
     "Slyusar said.",
     [c("intercepted", "uav", 23, "RU-ROS", RU_OFF, "ua")]),
    ("en", "a_dozen_drones",
     "Air defences destroyed a dozen drones over the Mykolaiv region, the regional governor, "
     "Vitaliy Kim, said.",
     [c("intercepted", "uav", 12, "UA-48", UA_OFF, "ru")]),
    ("en", "dozens_no_count",
     "Dozens of drones attacked the Kyiv region overnight, the regional administration said.",
     []),
    ("en", "hundreds_no_count",
     "Russia launched hundreds of drones at Ukraine this week, the air force said.",
     []),
    ("en", "on_thursday_night_over_crimea",
     "Russian air defences shot down six Ukrainian drones over Crimea on Thursday night, the "
     "defence ministry said.",
     [c("intercepted", "uav", 6, "UA-43", RU_MIL, "ua")]),
    # --- negatives: history, forecasts, explainers, percentages ------------------------------
    ("en", "history_in_september_beside_tonight",
     "Ukraine's air force said it had shot down 40 drones overnight. In September, Russia "
     "launched more than 1,300 drones at Ukraine.",
     [c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    ("en", "forecast_could_launch",
     "Russia could launch as many as 150 missiles in a single strike this winter, Ukrainian "
     "intelligence warned.",
     []),
    ("en", "explainer_capacity",
     "A Patriot battery can engage up to nine targets at once, according to its maker.",
     []),
    ("en", "percentage_interception_rate",
     "Ukrainian air defences intercepted 85% of the drones launched in November, the air force "
     "said.",
     []),
    ("en", "since_the_start_of_the_year",
     "Since the start of the year, Russia has fired more than 9,000 drones at Ukraine, the air "
     "force said.",
     []),
    ("en", "empty_report_diplomacy",
     "Ukraine and Russia exchanged 95 prisoners of war on Friday, the Ukrainian president said.",
     []),
    ("en", "ground_combat_fpv",
     "Ukrainian FPV drones destroyed 14 Russian tanks near Pokrovsk last week, the general staff "
     "said.",
     []),
    ("en", "explainer_range_of_a_missile",
     "The Oreshnik missile can carry six warheads and fly at ten times the speed of sound, "
     "Russian officials said.",
     []),
    # --- claimant before, "according to", "citing" --------------------------------------------
    # corrected after the first run: "two" counts the depots, not the drones (a quantity is of
    # weapons); first written as two drones that hit
    ("en", "according_to_the_general_staff_first",
     "According to the Ukrainian General Staff, Ukrainian drones struck two fuel depots in the "
     "Oryol region overnight.",
     []),
    ("en", "according_to_the_general_staff_counted_drones",
     "According to the Ukrainian General Staff, two Ukrainian drones struck a fuel depot in the "
     "Oryol region overnight.",
     [c("hit", "uav", 2, "RU-ORL", UA_MIL, "ua")]),
    ("en", "mayor_said_that_first",
     "Kharkiv mayor Ihor Terekhov said that three guided bombs had hit the city's outskirts.",
     [c("hit", "guided_bomb", 3, "city:Kharkiv", UA_OFF, "ru")]),
    ("en", "emergency_service_citing",
     "Rescuers pulled the bodies of five people from the rubble in Zaporizhzhia after a Russian "
     "missile strike, the State Emergency Service said.",
     [c("killed", None, 5, "city:Zaporizhzhia", UA_OFF, "ru")]),
    ("en", "police_said_killed_by_drone",
     "A man was killed when a Russian drone struck his car near Nikopol, regional police said.",
     [c("killed", None, 1, "city:Nikopol", UA_OFF, "ru"),
      c("hit", "uav", 1, "city:Nikopol", UA_OFF, "ru")]),
    # === second batch, written from ANNOTATION.md after the first fixes, before a run =========
    ("en", "spokesman_told_television_of_figures",
     "A spokesman for Ukraine's air force, Yuriy Ihnat, told national television that 10 of the "
     "14 drones had been shot down.",
     [c("launched", "uav", 14, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 10, "UA", UA_MIL, "ru")]),
    ("en", "speaker_after_attack_involved",
     "The attack involved 48 Shahed drones, said Yuriy Ihnat, the air force spokesperson.",
     [c("launched", "uav", 48, "UA", UA_MIL, "ru")]),
    ("en", "in_a_post_on_x_foreign_minister",
     "In a post on X, Ukraine's foreign minister said Russia had fired 70 missiles at Ukraine "
     "overnight.",
     [c("launched", "missile", 70, "UA", UA_OFF, "ru", FRI)]),
    ("en", "mayor_adding_downed_of_them",
     "Ukrainian drones targeted Moscow for a third night, Mayor Sergei Sobyanin said, adding that "
     "air defences had downed 11 of them.",
     [c("intercepted", "uav", 11, "RU-MOW", RU_OFF, "ua")]),
    ("en", "kyiv_mayor_hospitalised",
     "Kyiv's mayor said on Telegram that two people had been hospitalised after the drone "
     "attack.",
     [c("injured", None, 2, "UA-30", UA_OFF, "ru")]),
    ("en", "intelligence_source_told_afp",
     "A Ukrainian intelligence source told AFP that 15 drones had hit the Engels airbase in the "
     "Saratov region.",
     [c("hit", "uav", 15, "RU-SAR", UA_ANON, "ua")]),
    ("en", "ministry_claimed_without_evidence",
     "Russia's defence ministry claimed, without evidence, that its forces had shot down 48 "
     "Ukrainian drones over the Bryansk region.",
     [c("intercepted", "uav", 48, "RU-BRY", RU_MIL, "ua")]),
    ("en", "could_not_verify_the_claim",
     "Russia's defence ministry said 25 drones were destroyed over Russian territory. Reuters "
     "could not independently verify the claim.",
     [c("intercepted", "uav", 25, "RU", RU_MIL, "ua")]),
    ("en", "witnesses_heard_explosions",
     "Reuters witnesses heard at least five explosions in Kyiv early on Friday.",
     []),
    ("en", "quote_split_by_speaker",
     "\"Eight drones were shot down over the city,\" Klitschko said, \"and debris fell in two "
     "districts.\"",
     [c("intercepted", "uav", 8, "UA-30", UA_OFF, "ru")]),
    ("en", "figures_in_the_next_paragraph_by_the_air_force",
     "Russia attacked Ukraine with 55 drones overnight.\n\nUkraine's air force said in a "
     "statement that 40 of them had been destroyed and 15 had been \"locationally lost\".",
     [c("launched", "uav", 55, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru"),
      c("suppressed", "uav", 15, "UA", UA_MIL, "ru")]),
    ("en", "governor_no_casualties_same_sentence",
     "Two drones were shot down over the Kursk region, and there were no casualties, Governor "
     "Alexei Smirnov said.",
     [c("intercepted", "uav", 2, "RU-KRS", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KRS", RU_OFF, "ua")]),
    ("en", "rt_kiev_launched_all_destroyed",
     "Kiev launched 12 drones at Crimea, all of which were destroyed by air defenses, the "
     "Russian military reported.",
     [c("launched", "uav", 12, "UA-43", RU_MIL, "ua"),
      c("intercepted", "uav", 12, "UA-43", RU_MIL, "ua")]),
    ("en", "percentage_shot_down",
     "About 80% of the drones were shot down, the air force said.",
     []),
    ("en", "confirmed_strikes_no_weapon_count",
     "The Ukrainian General Staff confirmed strikes on two Russian airfields.",
     []),
    ("en", "hezbollah_rockets_most_intercepted",
     "Hezbollah fired about 30 rockets at northern Israel, the Israeli military said, adding "
     "that most were intercepted.",
     [c("launched", "rocket", 30, "IL", OTHER_MIL, "other")]),
    ("en", "centcom_red_sea",
     "U.S. forces shot down four Houthi drones over the Red Sea, Central Command said.",
     [c("intercepted", "uav", 4, "sea:red", OTHER_MIL, "other")]),
    ("en", "at_least_toward_moscow",
     "Ukraine launched at least 70 drones toward Moscow, Sobyanin said.",
     [c("launched", "uav", 70, "RU-MOW", RU_OFF, "ua")]),
    ("en", "governor_village_then_no_one_injured",
     "Belgorod Governor Vyacheslav Gladkov said a Ukrainian drone had struck a house in the "
     "village of Maslova Pristan. No one was injured.",
     [c("hit", "uav", 1, "RU-BEL", RU_OFF, "ua"),
      c("injured", None, 0, "RU-BEL", RU_OFF, "ua")]),
    ("en", "regional_administration_on_facebook",
     "The drone attack killed a woman in Sumy, the regional administration said on Facebook.",
     [c("killed", None, 1, "city:Sumy", UA_OFF, "ru")]),
    ("en", "ap_weekday_ministry_atacms",
     "Russia's Defense Ministry said Tuesday that air defenses intercepted three ATACMS missiles "
     "over the Kursk region.",
     [c("intercepted", "ballistic_missile", 3, "RU-KRS", RU_MIL, "ua", "2024-11-19")]),
    ("en", "ria_relayed_without_origin",
     "According to Russian state news agency RIA Novosti, 17 drones were destroyed over the "
     "Rostov region.",
     [c("intercepted", "uav", 17, "RU-ROS", RU_MED, "ua")]),
    ("en", "last_year_same_day",
     "Last year, Russia fired 40 missiles at Kyiv on the same day.",
     []),
    ("en", "explainer_warhead_and_speed",
     "Shahed drones carry a warhead of about 50 kg and fly at 185 km/h.",
     []),
    ("en", "occupation_officials_shelling",
     "Russian-installed officials in occupied Donetsk said five people were killed by Ukrainian "
     "artillery shelling.",
     []),
    # === third batch: who speaks, written from ANNOTATION.md before a run ======================
    ("en", "state_media_citing_the_ministry",
     "Russian state media reported, citing the defence ministry, that 21 Ukrainian drones were "
     "destroyed over the Voronezh region.",
     [c("intercepted", "uav", 21, "RU-VOR", RU_MIL, "ua")]),
    ("en", "head_of_regional_administration_apposition_first",
     "The head of the Kharkiv regional administration, Oleh Syniehubov, said on Telegram that "
     "three people were injured in a drone strike on the city.",
     [c("injured", None, 3, "UA-63", UA_OFF, "ru")]),
    ("en", "surname_alone_second_mention",
     "Vyacheslav Gladkov, the governor of the Belgorod region, spoke on Friday. Gladkov said "
     "four people were injured when a Ukrainian drone hit a bus.",
     [c("injured", None, 4, "RU-BEL", RU_OFF, "ua"),
      c("hit", "uav", 1, "RU-BEL", RU_OFF, "ua")]),
    ("en", "nightly_address_zelenskyy",
     "Zelenskyy said in his nightly address that Russia had launched more than 50 missiles at "
     "Ukraine's energy system.",
     [c("launched", "missile", 50, "UA", UA_OFF, "ru")]),
    ("en", "russian_officials_said",
     "A Ukrainian missile hit a power plant in the Kursk region, Russian officials said.",
     [c("hit", "missile", 1, "RU-KRS", RU_OFF, "ua")]),
    ("en", "pentagon_spokesperson",
     "Russia fired an intermediate-range ballistic missile at Dnipro, a Pentagon spokesperson "
     "said.",
     [c("launched", "ballistic_missile", 1, "city:Dnipro", OTHER_MIL, "ru")]),
    ("en", "un_mission_casualties",
     "Russian drone attacks killed 12 civilians in Kherson last week, the UN human rights "
     "monitoring mission said.",
     [c("killed", None, 12, "city:Kherson", OTHER_OFF, "ru")]),
    ("en", "moldova_drone_crashed",
     "A Russian drone crashed in a field in Moldova, the Moldovan government said.",
     [c("hit", "uav", 1, "MD", OTHER_OFF, "ru")]),
    ("en", "romanian_defence_ministry",
     "Romania's defence ministry said fragments of a Russian drone were found on its territory.",
     []),
    ("en", "southern_defence_forces_two_regions",
     "Ukraine's Southern Defence Forces said 20 drones were shot down over the Odesa and "
     "Mykolaiv regions.",
     [c("intercepted", "uav", 20, "UA", UA_MIL, "ru")]),
    ("en", "spokesman_surname_only",
     "Ihnat said 30 of the drones had been shot down over central Ukraine.",
     [c("intercepted", "uav", 30, "UA", UA_MIL, "ru")]),
    ("en", "russia_emergencies_ministry",
     "Two people were killed when a Ukrainian drone hit a house in the Kursk region, Russia's "
     "emergencies ministry said.",
     [c("killed", None, 2, "RU-KRS", RU_OFF, "ua"),
      c("hit", "uav", 1, "RU-KRS", RU_OFF, "ua")]),
    ("en", "ukrainian_telegram_channels",
     "Ukrainian Telegram channels reported that six drones hit an oil depot in the Bryansk "
     "region.",
     [c("hit", "uav", 6, "RU-BRY", UA_MED, "ua")]),
    ("en", "russian_installed_head_of_crimea",
     "Sergei Aksyonov, the Russian-installed head of Crimea, said air defences shot down nine "
     "drones over the peninsula.",
     [c("intercepted", "uav", 9, "UA-43", RU_OFF, "ua")]),
    ("en", "moscow_installed_governor_of_sevastopol",
     "Mikhail Razvozhayev, the Moscow-installed governor of Sevastopol, said six drones were "
     "downed over the city.",
     [c("intercepted", "uav", 6, "UA-40", RU_OFF, "ua")]),
    ("en", "navy_spokesman_named",
     "Ukraine's navy spokesman Dmytro Pletenchuk said Russia had fired four Kalibr missiles from "
     "the Black Sea.",
     [c("launched", "cruise_missile", 4, "sea:black", UA_MIL, "ru")]),
    ("en", "senior_official_told_a_newspaper",
     "A senior Ukrainian official told The Washington Post that 25 drones had struck Russian "
     "airfields overnight.",
     [c("hit", "uav", 25, "RU", UA_ANON, "ua")]),
    ("en", "belarusian_military",
     "The Belarusian military said its air defences shot down two drones that entered the "
     "country's airspace.",
     [c("intercepted", "uav", 2, "BY", OTHER_MIL, None)]),
    ("en", "nato_said_no_count",
     "NATO said it was monitoring the situation after Russian drones entered Polish airspace.",
     []),
    ("en", "officials_in_a_russian_city",
     "Officials in Belgorod said a drone hit an administrative building, injuring one man.",
     [c("hit", "uav", 1, "city:Belgorod", RU_OFF, "ua"),
      c("injured", None, 1, "city:Belgorod", RU_OFF, "ua")]),
    # === fourth batch: headlines, datelines, counting words, written before a run ==============
    ("en", "headline_holds_the_only_figures",
     "Ukraine downs 45 of 60 Russian drones, air force says\n"
     "Russia attacked Ukraine overnight with drones and missiles, the air force said on Friday.",
     [c("launched", "uav", 60, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 45, "UA", UA_MIL, "ru")]),
    ("en", "headline_repeated_in_the_body",
     "Russia launches 90 missiles at Ukraine\n"
     "Russia launched 90 missiles at Ukraine overnight, the air force said.",
     [c("launched", "missile", 90, "UA", UA_MIL, "ru")]),
    ("en", "a_total_of_two_regions",
     "A total of 34 drones were destroyed over the Kursk and Oryol regions, the ministry said.",
     [c("intercepted", "uav", 34, "RU", RU_MIL, "ua")]),
    ("en", "two_dozen_regional_governor",
     "Two dozen drones were launched at Odesa overnight, the regional governor said.",
     [c("launched", "uav", 24, "city:Odesa", UA_OFF, "ru")]),
    ("en", "out_of",
     "Ukraine's air force said it destroyed 50 out of 73 drones.",
     [c("launched", "uav", 73, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru")]),
    ("en", "of_which_were_destroyed",
     "Russia launched 73 drones, of which 50 were destroyed, the air force said.",
     [c("launched", "uav", 73, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru")]),
    ("en", "london_dateline_is_no_place",
     "LONDON (Reuters) - Russia fired 12 ballistic missiles at Ukraine overnight, Ukraine's air "
     "force said.",
     [c("launched", "ballistic_missile", 12, "UA", UA_MIL, "ru")]),
    ("en", "cnn_dateline_then_the_capital",
     "Kyiv, Ukraine \u2014 At least two people were killed in a Russian drone attack on the "
     "capital overnight, officials said.",
     [c("killed", None, 2, "UA-30", UA_OFF, "ru")]),
    ("en", "kremlin_no_count",
     "The Kremlin said the strikes were a response to Ukrainian attacks on Russian territory.",
     []),
    ("en", "hur_its_drones_hit",
     "Ukraine's military intelligence said three of its drones hit a radar station in Crimea.",
     [c("hit", "uav", 3, "UA-43", UA_MIL, "ua")]),
    ("en", "the_air_force_in_the_second_sentence",
     "Russia launched 30 drones at Ukraine overnight. The air force said 20 were shot down.",
     [c("launched", "uav", 30, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 20, "UA", UA_MIL, "ru")]),
    ("en", "one_drone_governor",
     "One drone was shot down over the Bryansk region, Governor Alexander Bogomaz said.",
     [c("intercepted", "uav", 1, "RU-BRY", RU_OFF, "ua")]),
    ("en", "two_models_in_one_sentence",
     "Russia attacked Ukraine with four Iskander-M ballistic missiles and two Kh-59 guided "
     "missiles, the air force said.",
     [c("launched", "ballistic_missile", 4, "UA", UA_MIL, "ru"),
      c("launched", "missile", 2, "UA", UA_MIL, "ru")]),
    ("en", "isw_relays_the_air_force_origins",
     "The Ukrainian Air Force reported that Russian forces launched three Iskander-M ballistic "
     "missiles from Kursk Oblast and 50 Shahed drones from Bryansk Oblast.",
     [c("launched", "ballistic_missile", 3, "UA", UA_MIL, "ru"),
      c("launched", "uav", 50, "UA", UA_MIL, "ru")]),
    ("en", "israel_military_missile_from_yemen",
     "Israel's military said it intercepted a missile launched from Yemen.",
     [c("intercepted", "missile", 1, "IL", OTHER_MIL, "other")]),
    # === fifth batch: asides, statements, named officials, written before a run ===============
    ("en", "ministry_aside_daily_briefing",
     "Russia's Defence Ministry, in its daily briefing, said air defences downed 11 drones over "
     "the Belgorod region.",
     [c("intercepted", "uav", 11, "RU-BEL", RU_MIL, "ua")]),
    ("en", "air_force_relative_clause_aside",
     "Ukraine's air force, which publishes daily figures, said 40 of 52 drones were downed.",
     [c("launched", "uav", 52, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    ("en", "head_of_the_presidents_office",
     "Andriy Yermak, the head of Zelensky's office, said Russia fired 43 missiles at Ukraine "
     "overnight.",
     [c("launched", "missile", 43, "UA", UA_OFF, "ru")]),
    ("en", "according_to_a_statement_from",
     "According to a statement from the Russian Defence Ministry, 16 drones were intercepted "
     "over the Kursk region.",
     [c("intercepted", "uav", 16, "RU-KRS", RU_MIL, "ua")]),
    ("en", "mayor_apposition_wrote_that",
     "The mayor of Kharkiv, Ihor Terekhov, wrote on Telegram that a guided bomb hit a school.",
     [c("hit", "guided_bomb", 1, "city:Kharkiv", UA_OFF, "ru")]),
    ("en", "installed_officials_region_then_town",
     "Russian-installed officials in the Zaporizhzhia region said a Ukrainian drone killed two "
     "people in Enerhodar.",
     [c("killed", None, 2, "UA-23", RU_OFF, "ua")]),
    ("en", "zakharova_atacms",
     "Russian foreign ministry spokeswoman Maria Zakharova said Ukraine fired 10 ATACMS missiles "
     "at the Bryansk region.",
     [c("launched", "ballistic_missile", 10, "RU-BRY", RU_OFF, "ua")]),
    ("en", "irgc_missiles_at_israel",
     "Iran's Revolutionary Guards said they fired 200 missiles at Israel.",
     [c("launched", "missile", 200, "IL", OTHER_MIL, "other")]),
    ("en", "death_toll_rose_to",
     "The death toll from the Russian missile strike on Dnipro rose to 14, the State Emergency "
     "Service said.",
     [c("killed", None, 14, "city:Dnipro", UA_OFF, "ru")]),
    ("en", "shelling_is_no_air_war",
     "Two civilians were wounded by Russian shelling in Kherson, the regional administration "
     "said.",
     []),
    ("en", "investigative_committee_victims",
     "Three people were killed when a Ukrainian drone struck a car in the Belgorod region, "
     "Russia's Investigative Committee said.",
     [c("killed", None, 3, "RU-BEL", RU_OFF, "ua"),
      c("hit", "uav", 1, "RU-BEL", RU_OFF, "ua")]),
    ("en", "daily_report_himars",
     "The Russian Defence Ministry's daily report said eight HIMARS rockets had been shot down "
     "over the Belgorod region.",
     [c("intercepted", "rocket", 8, "RU-BEL", RU_MIL, "ua")]),
    ("en", "drone_fell_on_a_house_no_one_hurt",
     "A drone fell on a house in the Tula region, Governor Dmitry Milyaev said. No one was "
     "hurt.",
     [c("hit", "uav", 1, "RU-TUL", RU_OFF, "ua"),
      c("killed", None, 0, "RU-TUL", RU_OFF, "ua"),
      c("injured", None, 0, "RU-TUL", RU_OFF, "ua")]),
    ("en", "claims_of_both_sides_in_one_sentence",
     "Russia said it had shot down 30 Ukrainian drones over the Kursk region, while Ukraine's "
     "general staff said 12 drones had hit an airfield there.",
     [c("intercepted", "uav", 30, "RU-KRS", RU_MIL, "ua"),
      c("hit", "uav", 12, "RU-KRS", UA_MIL, "ua")]),
    ("en", "nearly_and_roughly",
     "Russia fired nearly 50 missiles and roughly 100 drones at Ukraine, the air force said.",
     [c("launched", "missile", 50, "UA", UA_MIL, "ru"),
      c("launched", "uav", 100, "UA", UA_MIL, "ru")]),
    ("en", "of_them_next_sentence_air_force",
     "Russia launched 64 drones at Ukraine overnight. Of them, 41 were shot down, the air force "
     "said.",
     [c("launched", "uav", 64, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 41, "UA", UA_MIL, "ru")]),
    # === sixth batch: casualties and their denials, written before a run ======================
    ("en", "no_immediate_reports_of_casualties",
     "A Russian drone hit an apartment building in Kyiv overnight, officials said. There were no "
     "immediate reports of casualties.",
     [c("hit", "uav", 1, "UA-30", UA_OFF, "ru")]),
    ("en", "no_casualties_were_reported_governor",
     "Air defences shot down three drones over the Kaluga region, Governor Vladislav Shapsha "
     "said. No casualties were reported.",
     [c("intercepted", "uav", 3, "RU-KLU", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KLU", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KLU", RU_OFF, "ua")]),
    ("en", "nobody_killed_but_wounded",
     "Nobody was killed, but three people were wounded when a Russian missile hit a warehouse "
     "in the Lviv region, Governor Maksym Kozytskyi said.",
     [c("killed", None, 0, "UA-46", UA_OFF, "ru"),
      c("injured", None, 3, "UA-46", UA_OFF, "ru"),
      c("hit", "missile", 1, "UA-46", UA_OFF, "ru")]),
    ("en", "woman_killed_children_injured",
     "A woman was killed and her two children were injured in a Russian drone attack on the "
     "Sumy region, the regional administration said.",
     [c("killed", None, 1, "UA-59", UA_OFF, "ru"),
      c("injured", None, 2, "UA-59", UA_OFF, "ru")]),
    # corrected after the run (this and hospitalised_count): a governor named without his
    # region's name leaves the town a city (docs/evaluation.md, the review's convention: "a town
    # is its region when the region is named in the same sentence or its attribution")
    ("en", "left_dead_and_wounded",
     "The missile strike on Odesa left four dead and 11 wounded, Governor Oleh Kiper said.",
     [c("killed", None, 4, "city:Odesa", UA_OFF, "ru"),
      c("injured", None, 11, "city:Odesa", UA_OFF, "ru")]),
    ("en", "including_children_part_of_injured",
     "Nine people, including two children, were injured in a Russian drone attack on Kharkiv, "
     "Mayor Ihor Terekhov said.",
     [c("injured", None, 9, "city:Kharkiv", UA_OFF, "ru")]),
    ("en", "number_of_injured_rose",
     "The number of people injured in the Russian missile attack on Kryvyi Rih rose to 23, the "
     "city's mayor said.",
     [c("injured", None, 23, "city:Kryvyi Rih", UA_OFF, "ru")]),
    ("en", "killing_an_aged_man",
     "A Ukrainian drone struck a car in the Kursk region, killing a 70-year-old man, Governor "
     "Alexei Smirnov said.",
     [c("hit", "uav", 1, "RU-KRS", RU_OFF, "ua"),
      c("killed", None, 1, "RU-KRS", RU_OFF, "ua")]),
    ("en", "no_casualties_or_damage",
     "Two drones were destroyed over the Tver region, and there were no casualties or damage, "
     "Governor Igor Rudenya said.",
     [c("intercepted", "uav", 2, "RU-TVE", RU_OFF, "ua"),
      c("killed", None, 0, "RU-TVE", RU_OFF, "ua"),
      c("injured", None, 0, "RU-TVE", RU_OFF, "ua")]),
    ("en", "no_one_was_killed_only",
     "A Russian missile hit an industrial site in the Dnipropetrovsk region; no one was killed, "
     "Governor Serhiy Lysak said.",
     [c("hit", "missile", 1, "UA-12", UA_OFF, "ru"),
      c("killed", None, 0, "UA-12", UA_OFF, "ru")]),
    ("en", "hospitalised_count",
     "Seven people were hospitalised after a Russian drone attack on Zaporizhzhia, Governor Ivan "
     "Fedorov said.",
     [c("injured", None, 7, "city:Zaporizhzhia", UA_OFF, "ru")]),
    # === the twins of the constructions the first run found missing ===========================
    # --- police named without their force ------------------------------------------------------
    ("en", "police_said_over_russia",
     "Two people were injured when a Ukrainian drone hit a car in the Kursk region, police said.",
     [c("hit", "uav", 1, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 2, "RU-KRS", RU_OFF, "ua")]),
    ("ru", "ru_police_said",
     "Под Никополем мужчина погиб при ударе российского дрона по его автомобилю, сообщила "
     "полиция.",
     [c("killed", None, 1, "UA-12", UA_OFF, "ru"),
      c("hit", "uav", 1, "UA-12", UA_OFF, "ru")]),
    ("uk", "uk_police_said",
     "Під Нікополем чоловік загинув унаслідок удару російського дрона по його автомобілю, "
     "повідомила поліція.",
     [c("killed", None, 1, "UA-12", UA_OFF, "ru"),
      c("hit", "uav", 1, "UA-12", UA_OFF, "ru")]),
    # --- victims named by occupation --------------------------------------------------------------
    ("en", "policemen_injured",
     "Two policemen were injured when a Russian drone hit their car in Kherson, officials said.",
     [c("injured", None, 2, "city:Kherson", UA_OFF, "ru"),
      c("hit", "uav", 1, "city:Kherson", UA_OFF, "ru")]),
    ("en", "journalist_killed",
     "A journalist was killed when a Russian missile hit a hotel in Kramatorsk, the regional "
     "governor said.",
     [c("killed", None, 1, "city:Kramatorsk", UA_OFF, "ru"),
      c("hit", "missile", 1, "city:Kramatorsk", UA_OFF, "ru")]),
    # the twins attack with drones in the plural: the singular "при атаке российского дрона" is
    # one drone (ru reads it as hit, uk as launched), which these rows are not about
    ("ru", "ru_volunteers_injured",
     "В Херсоне при атаке российских дронов ранены три волонтера, сообщили местные власти.",
     [c("injured", None, 3, "city:Kherson", UA_OFF, "ru")]),
    ("uk", "uk_volunteers_injured",
     "У Херсоні внаслідок атаки російських дронів поранено трьох волонтерів, повідомила місцева "
     "влада.",
     [c("injured", None, 3, "city:Kherson", UA_OFF, "ru")]),
    # --- a civilian minister by office --------------------------------------------------------
    ("en", "energy_minister_by_name_and_office",
     "Russia fired 40 missiles at energy facilities overnight, Energy Minister Herman "
     "Halushchenko said.",
     [c("launched", "missile", 40, None, UA_OFF, "ru")]),
    ("ru", "ru_energy_minister",
     "Россия выпустила по Украине 90 ракет, заявил министр энергетики Украины.",
     [c("launched", "missile", 90, "UA", UA_OFF, "ru")]),
    ("uk", "uk_energy_minister",
     "Росія випустила по Україні 90 ракет, заявив міністр енергетики України.",
     [c("launched", "missile", 90, "UA", UA_OFF, "ru")]),
    ("ru", "ru_foreign_ministry_of_a_side",
     "МИД Украины заявил, что Россия ночью выпустила по Украине 50 дронов.",
     [c("launched", "uav", 50, "UA", UA_OFF, "ru")]),
    # --- a third country's foreign ministry ---------------------------------------------------
    ("ru", "ru_state_department",
     "Россия выпустила по Украине 120 ракет за одну ночь, заявили в Госдепартаменте США.",
     [c("launched", "missile", 120, "UA", OTHER_OFF, "ru")]),
    ("uk", "uk_state_department",
     "Росія випустила по Україні 120 ракет за одну ніч, заявили в Держдепартаменті США.",
     [c("launched", "missile", 120, "UA", OTHER_OFF, "ru")]),
    # --- a think tank's assessment --------------------------------------------------------------
    ("ru", "ru_isw_assessed",
     "В ISW оценили, что в ночь на 22 ноября Россия запустила по Украине 92 дрона.",
     [c("launched", "uav", 92, "UA", OTHER_EXPERT, "ru", FRI)]),
    ("uk", "uk_isw_assessed",
     "В ISW оцінили, що в ніч на 22 листопада Росія запустила по Україні 92 дрони.",
     [c("launched", "uav", 92, "UA", OTHER_EXPERT, "ru", FRI)]),
    # --- a night told by its first and last day -------------------------------------------------
    ("en", "night_of_first_dash_last_day",
     "Ukraine's air force said Russia launched 61 drones on the night of Nov. 21-22.",
     [c("launched", "uav", 61, "UA", UA_MIL, "ru", FRI)]),
    ("ru", "ru_night_from_first_to_last_day",
     "В ночь с 21 на 22 ноября Россия запустила по Украине 61 дрон, сообщили Воздушные силы ВСУ.",
     [c("launched", "uav", 61, "UA", UA_MIL, "ru", FRI)]),
    ("uk", "uk_night_from_first_to_last_day",
     "У ніч з 21 на 22 листопада Росія запустила по Україні 61 дрон, повідомили Повітряні сили.",
     [c("launched", "uav", 61, "UA", UA_MIL, "ru", FRI)]),
    # --- "the region": the region named before ------------------------------------------------
    ("en", "over_the_region_next_sentence",
     "Ukrainian drones attacked the Belgorod region overnight. Air defences shot down 12 drones "
     "over the region, the defence ministry said.",
     [c("intercepted", "uav", 12, "RU-BEL", RU_MIL, "ua")]),
    ("en", "the_region_of_a_city_is_not_guessed",
     "Russian drones attacked Kharkiv overnight. Two people were injured, officials said.",
     [c("injured", None, 2, "city:Kharkiv", UA_OFF, "ru")]),
    ("ru", "ru_over_the_region_next_sentence",
     "Украинские дроны ночью атаковали Белгородскую область. Над регионом сбиты 12 "
     "беспилотников, сообщили в Минобороны.",
     [c("intercepted", "uav", 12, "RU-BEL", RU_MIL, "ua")]),
    ("uk", "uk_over_the_region_next_sentence",
     "Російські дрони вночі атакували Харківщину. Над регіоном збито 12 безпілотників, "
     "повідомили Повітряні сили.",
     [c("intercepted", "uav", 12, "UA-63", UA_MIL, "ru")]),
    # --- an outlet described before its name ---------------------------------------------------
    ("en", "according_to_the_state_news_agency_after",
     "Seventeen drones were destroyed over the Rostov region, according to the state news agency "
     "TASS.",
     [c("intercepted", "uav", 17, "RU-ROS", RU_MED, "ua")]),
    ("en", "according_to_public_broadcaster",
     "Two people were injured in a Russian drone attack on Sumy, according to public broadcaster "
     "Suspilne.",
     [c("injured", None, 2, "city:Sumy", UA_MED, "ru")]),
    ("ru", "ru_by_the_data_of_the_state_agency",
     "По данным государственного агентства РИА Новости, над Ростовской областью уничтожены 17 "
     "беспилотников.",
     [c("intercepted", "uav", 17, "RU-ROS", RU_MED, "ua")]),
    ("uk", "uk_by_the_data_of_the_state_agency",
     "За даними державного агентства Укрінформ, над Сумщиною збито 17 безпілотників.",
     [c("intercepted", "uav", 17, "UA-59", UA_MED, "ru")]),
    # --- third countries' bodies, Ukrainian media -------------------------------------------
    ("en", "un_mission_casualties_of_the_night",
     "Russian drone attacks killed 12 civilians in Kherson overnight, the UN human rights "
     "monitoring mission said.",
     [c("killed", None, 12, "city:Kherson", OTHER_OFF, "ru")]),
    ("ru", "ru_un_mission",
     "Мониторинговая миссия ООН сообщила, что при атаке российских дронов на Херсон погибли 12 "
     "мирных жителей.",
     [c("killed", None, 12, "city:Kherson", OTHER_OFF, "ru")]),
    ("uk", "uk_un_mission",
     "Моніторингова місія ООН повідомила, що внаслідок атаки російських дронів на Херсон "
     "загинули 12 цивільних.",
     [c("killed", None, 12, "city:Kherson", OTHER_OFF, "ru")]),
    ("en", "polish_operational_command",
     "Polish army said its air defences shot down a drone over eastern Poland.",
     [c("intercepted", "uav", 1, "PL", OTHER_MIL, None)]),
    ("ru", "ru_ukrainian_telegram_channels",
     "Шесть украинских дронов попали в нефтебазу в Брянской области, сообщили украинские "
     "телеграм-каналы.",
     [c("hit", "uav", 6, "RU-BRY", UA_MED, "ua")]),
    ("uk", "uk_ukrainian_telegram_channels",
     "Шість українських дронів влучили в нафтобазу в Брянській області, повідомили українські "
     "телеграм-канали.",
     [c("hit", "uav", 6, "RU-BRY", UA_MED, "ua")]),
    # --- a count of the speaker's own weapons ------------------------------------------------
    ("en", "of_their_drones_general_staff",
     "Ukraine's general staff said four of their drones hit a fuel depot in the Oryol region.",
     [c("hit", "uav", 4, "RU-ORL", UA_MIL, "ua")]),
    ("ru", "ru_his_drones_hur",
     "ГУР сообщило, что три его беспилотника попали в радиолокационную станцию в Крыму.",
     [c("hit", "uav", 3, "UA-43", UA_MIL, "ua")]),
    ("uk", "uk_their_drones_hur",
     "У ГУР повідомили, що три їхні дрони влучили в радіолокаційну станцію в Криму.",
     [c("hit", "uav", 3, "UA-43", UA_MIL, "ua")]),
    # --- "the capital" under a capital's dateline ---------------------------------------------
    ("en", "reuters_dateline_then_over_the_capital",
     "KYIV, Nov 22 (Reuters) - Air defences shot down 15 drones over the capital overnight, the "
     "city's military administration said.",
     [c("intercepted", "uav", 15, "UA-30", UA_OFF, "ru")]),
    ("ru", "ru_dateline_kyiv_then_the_capital",
     "КИЕВ, 22 ноя - РИА Новости. Два человека погибли при атаке российских дронов на столицу, "
     "сообщили местные власти.",
     [c("killed", None, 2, "UA-30", UA_OFF, "ru")]),
    ("uk", "uk_dateline_kyiv_then_the_capital",
     "КИЇВ, 22 листопада. Двоє людей загинули внаслідок атаки російських дронів на столицю, "
     "повідомила місцева влада.",
     [c("killed", None, 2, "UA-30", UA_OFF, "ru")]),
    # --- a relative clause between the speaker and its verb ------------------------------------
    ("en", "governor_who_reported_aside",
     "Governor Vyacheslav Gladkov, who reported the attack on Telegram, said two people were "
     "injured in the Belgorod region.",
     [c("injured", None, 2, "RU-BEL", RU_OFF, "ua")]),
    ("ru", "ru_air_force_relative_clause_aside",
     "Воздушные силы ВСУ, которые ежедневно публикуют сводки, сообщили, что ночью сбиты 40 из 52 "
     "российских дронов.",
     [c("launched", "uav", 52, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    ("uk", "uk_air_force_relative_clause_aside",
     "Повітряні сили, які щодня публікують зведення, повідомили, що вночі збито 40 з 52 "
     "російських дронів.",
     [c("launched", "uav", 52, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru")]),
    # --- an outlet told is no acting side; a side's unnamed source ------------------------------
    ("en", "told_the_washington_post_attacker",
     "A senior Ukrainian official told The Washington Post that 25 drones had struck airfields "
     "in the Kursk region overnight.",
     [c("hit", "uav", 25, "RU-KRS", UA_ANON, "ua")]),
    ("ru", "ru_ukrainian_source_told_a_paper",
     "Украинский источник рассказал The Washington Post, что 25 дронов попали в аэродромы в "
     "Курской области.",
     [c("hit", "uav", 25, "RU-KRS", UA_ANON, "ua")]),
    ("uk", "uk_ukrainian_source_told_a_paper",
     "Українське джерело розповіло The Washington Post, що 25 дронів влучили в аеродроми в "
     "Курській області.",
     [c("hit", "uav", 25, "RU-KRS", UA_ANON, "ua")]),
    ("ru", "ru_russian_source",
     "Российский источник сообщил, что над Курской областью сбиты 25 дронов.",
     [c("intercepted", "uav", 25, "RU-KRS", RU_ANON, "ua")]),
    # --- bodies recovered -----------------------------------------------------------------------
    ("en", "bodies_recovered_after_a_strike",
     "The bodies of three people were recovered from a collapsed house after a Russian missile "
     "strike on Odesa.",
     [c("killed", None, 3, "city:Odesa", WIRE, "ru")]),
    ("ru", "ru_bodies_recovered",
     "Из-под завалов дома извлекли тела трех человек после ракетного удара по Одессе.",
     [c("killed", None, 3, "city:Odesa", WIRE, "ru")]),
    ("uk", "uk_bodies_recovered",
     "З-під завалів будинку дістали тіла трьох людей після ракетного удару по Одесі.",
     [c("killed", None, 3, "city:Odesa", WIRE, "ru")]),
]

XFAIL: dict[str, str] = {
    # the earlier tables read "struck X with N weapons" as the attack told by its weapons
    # (launched: en.toml `instrument_preps`); the guide's "hit" (strike recorded at a place) was
    # this table's first reading, and the two readings are left apart
    "kyiv_independent_outlet_voice_guided_bombs":
        "'struck Kharkiv with two guided bombs' is read as launched, not hit",
    # "from the rubble in Zaporizhzhia" reads as where weapons came from (origin_preps "from")
    "emergency_service_citing": "'from the rubble in X' is read as an origin, not a place",
    # tried: dev fold b lost a Russian claim with "полиция" as a speaker (see actors.toml)
    "ru_police_said": "Russian 'полиция' is no speaker yet",
    # bare "police" is no speaker: as a form it took "a police officer said" (a person
    # described, tests/test_outputs.py) for the force; "the police", "regional police" are
    "police_said_over_russia": "bare 'police said' is no speaker",
    # "last week": a claim dated more than two days back is read as history (en.toml
    # `recent_days`); the guide's history is "another event", and a week's toll is left open
    "un_mission_casualties": "a toll of last week is read as history",
    # "fired ... from the Black Sea": where the weapons came from is no place of the claim here
    "navy_spokesman_named": "a launch's origin at sea is not its place",
    # "Russian airfields": a country's adjective before the targets names no place yet
    "senior_official_told_a_newspaper": "'Russian airfields' names no country",
    "belarusian_military": "'the country's airspace' is not read as the speaker's country",
    # "officials in Belgorod": the seat of unnamed officials is no place of their claims yet
    "officials_in_a_russian_city": "the seat of unnamed officials is not their claims' place",
    # whose drone over Poland the report does not say: the rules read a third country's sky as a
    # third party's weapons
    "polish_operational_command": "an unattributed drone over a third country is 'other''s",
    # tried: keeping a headline's claim where the body tells no claim of its action and weapon
    # (claims.py); dev fold a en gained two extra claims on texts without claims (F1 .848 ->
    # .842: a headline's purpose clause, and a headline the gold leaves out), fold b unchanged
    "headline_holds_the_only_figures": "an English headline's claims are dropped",
    # en.toml [zero_casualties] reads "no immediate reports of casualties" as a denial, as the
    # earlier rounds wrote it; the guide gives denials "only when the text says so explicitly"
    "no_immediate_reports_of_casualties": "'no immediate reports of casualties' is a denial",
    # found with the English rule's twins: a relative clause after the speaker loses the
    # sentence's claims in Russian and Ukrainian (not only its speaker); left for their helpers
    "ru_air_force_relative_clause_aside": "a relative clause aside loses the claims (ru)",
    "uk_air_force_relative_clause_aside": "a relative clause aside loses the claims (uk)",
    # tried: a bare count opening what a speaker says ("The air force said 20 were shot down")
    # as a part of the weapons before, its speaker the lead's too (voices._part_of_before);
    # dev fold a en claimant fell .974 -> .949 (an outlet's casualty lead and a count another
    # body gave took the next sentence's speaker), fold b unchanged
    "the_air_force_in_the_second_sentence": "a leading speaker's bare count does not sign the lead",
}
PARAMS = wire_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "name", "text", "expected"), PARAMS)
def test_round7_en(lang: str, name: str, text: str, expected: list[Row],
                   resources: Resources) -> None:
    assert wire_misses(resources, lang, text, expected) == ([], [])
