"""Round 14's English grid: short reports on the Russia-Ukraine air war, written from
ANNOTATION.md and from how English-language outlets phrase such claims, before the extractor
read any of them (no evaluation text was read to write them; the sentences are our own).

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case
names (tests/grid.py SITES): `wire` (a wire of no known side, also standing for BBC-style copy
relayed by a wire), `reuters`, `ap`, `aljazeera` (side "other") and `kyivindependent` (side
"ua"). "Overnight" is that Friday morning; dates are not scored by the grid.

Both directions are covered: Russian strikes on Ukraine (Ukrainian Air Force totals launched,
intercepted and suppressed, oblast heads, mayors, Zelensky, ministers, the emergency service)
and Ukrainian drones over Russia (the Russian Ministry of Defence, governors, Sobyanin), each as
English outlets relay them. The cases vary
- the verbs and nouns of each action: shot down, downed, destroyed, intercepted, neutralised,
  brought down, taken out; launched, fired, attacked with, sent; lost to electronic warfare,
  "locally lost", jammed; hit, struck, impacts, crashed into, slammed into; killed, dead, died,
  death toll, wounded, injured, hurt, hospitalised;
- voice (active, passive, participle, headline), word order, numbers as digits and as words;
  qualifiers (about, more than, up to, "28 of 31", "all 14", "all of which");
- weapons and models: drones, UAVs, Shahed, Geran-2, decoys, cruise missiles (Kh-101, Kalibr,
  Kh-59), ballistic (Iskander-M, KN-23, ATACMS), Kinzhal, guided bombs (KAB), Grad rockets,
  aircraft, helicopters;
- places: Russian regions in their English forms (Belgorod region, Kursk Oblast, Krasnodar Krai,
  the Republic of Tatarstan, Moscow region vs Moscow), Ukrainian oblasts, cities alone, a city
  with its region, several regions with one number (the country), "over Russian territory",
  "across Ukraine", Crimea, Sevastopol, the Black Sea, the Sea of Azov, distributive "each";
- attribution: before, after, in the middle, in the next sentence, headline plus body, "according
  to", quotes, "said on Telegram", "in a statement", a spokesman or spokesperson (some unknown
  to the registry), unnamed sources, another outlet relayed (TASS, Suspilne, Meduza), the
  outlet's own voice;
- casualties and explicit denials ("no casualties" -> killed 0 and injured 0; "no one was hurt",
  "no injuries", "injuring no one" -> injured 0 alone);
- PRECISION: history, forecasts, ground combat, threats, production and aid, counts of alerts,
  hours or households, "dozens", drones shot down with no count, strikes with no count.

Rows are (action, weapon, quantity, location, claimant_side, claimant_kind).

110 cases, 175 expected claims; 20 cases expect no claim or fewer claims than numbers.
Expectation corrected from the guide (not from the extractor): `tatarstan_crashed` first
expected injured 0 alone for "no one was hurt"; the guide gives "люди не постраждали" (people
were not hurt) both killed 0 and injured 0, and keeps injured 0 alone for "no injuries" ("no one
was injured" stays injured 0 alone in `next_sentence_governor`).

Figures (`python tests/grid.py tests/test_round14_grid_en.py`):
- before (commit "grid written before reading", main's rules): P 0.900, R 0.874, F1 0.887,
  claimant 0.967; gold 175, read 170, matched 153. With `tatarstan_crashed` corrected (main's
  rules): P 0.906, R 0.875, F1 0.890, claimant 0.968; gold 176, read 170, matched 154.
- after (this branch's rules): P 0.925, R 0.909, F1 0.917, claimant 0.994; gold 176, read 173,
  matched 160. 97 cases pass, 13 strict xfails (XFAIL says why).

Causes the grid showed, and what the round did (dev, fold a and fold b unchanged by each):
- "two Shahed drones each over A and B": the counted phrase's modifiers hid "each" (fixed,
  mentions/quantities._each_after_phrase);
- "Last September, Moscow fired ...": a past month not read as history (fixed, en.toml pattern);
- "a Ukrainian official", "independent outlet Meduza", "the operational headquarters", "the
  region's head X": claimant words missing (fixed: catalog/actors.toml sources, en.toml
  skippable and local_groups, mentions/city_bodies.head_alone);
- "38 decoys were locally lost", "impacts from three missiles": weapon noun and hit noun missing
  (fixed: catalog/weapons.toml, en.toml "impact" with partners);
- "a residential area of Kryvyi Rih": "area of" read as a launch origin (a fix, "area of" an
  origin only after "from", kept dev and folds but failed the English blind gate: reverted,
  XFAIL);
- "92 drones had targeted Ukraine and 61 had been destroyed": the pluperfect's participle read
  as "the downed drones" (fixed, document/english.toml [have]);
- "the regional governor" of Zaporizhzhia on a drone hit: the Russian-installed head (fixed,
  resolve/speaking._role_speaker);
- left (XFAIL): a town widened to the region its speaker's title names (4 cases: the project's
  reading of the guide), headline claims, "over the region" after a city, Moscow vs Moscow
  Oblast across sentences, places in coordinated and relative clauses, the wire's side.
"""

from __future__ import annotations

import pytest

from claimants import OTHER_OUT, RU_MIL, RU_OFF, UA_MIL, UA_OFF, UA_OUT, WIRE
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import row as r

CASES: list[GridCase] = [
    # --- Ukrainian Air Force totals -------------------------------------------------------
    ("en", "af_total_of_them", "reuters",
     "Russia launched 117 drones at Ukraine overnight, and air defences shot down 83 of them, "
     "Ukraine's air force said on Friday.",
     [r("launched", "uav", 117, "UA", UA_MIL), r("intercepted", "uav", 83, "UA", UA_MIL)]),
    ("en", "af_28_of_31", "kyivindependent",
     "Ukraine's air defense downed 28 of 31 Shahed-type attack drones Russia launched against "
     "Ukraine overnight on March 14, the Air Force reported.",
     [r("launched", "uav", 31, "UA", UA_MIL), r("intercepted", "uav", 28, "UA", UA_MIL)]),
    ("en", "af_all_14_sent", "ap",
     "Air defenses destroyed all 14 drones Russia sent toward Ukraine's southern regions "
     "overnight, the Ukrainian air force said in a statement.",
     [r("launched", "uav", 14, "UA", UA_MIL), r("intercepted", "uav", 14, "UA", UA_MIL)]),
    ("en", "af_missile_models", "reuters",
     "Russia fired eight Kh-101 cruise missiles and two Iskander-M ballistic missiles at Ukraine "
     "overnight, the air force said, adding that six of the cruise missiles were shot down.",
     [r("launched", "cruise_missile", 8, "UA", UA_MIL),
      r("launched", "ballistic_missile", 2, "UA", UA_MIL),
      r("intercepted", "cruise_missile", 6, "UA", UA_MIL)]),
    ("en", "af_locally_lost", "kyivindependent",
     "Of the 145 drones launched across Ukraine overnight, 79 were shot down and 54 were "
     "\"locally lost,\" likely due to electronic warfare, the Air Force said.",
     [r("launched", "uav", 145, "UA", UA_MIL), r("intercepted", "uav", 79, "UA", UA_MIL),
      r("suppressed", "uav", 54, "UA", UA_MIL)]),
    ("en", "af_jamming_next_sentence", "wire",
     "The air force said 61 drones were shot down over Ukraine and another 40 were lost to "
     "electronic jamming. Russia attacked with 112 drones in total, it said.",
     [r("intercepted", "uav", 61, "UA", UA_MIL), r("suppressed", "uav", 40, "UA", UA_MIL),
      r("launched", "uav", 112, "UA", UA_MIL)]),
    ("en", "af_neutralised_regions", "wire",
     "Ukrainian forces neutralised 64 Russian drones over the Kharkiv, Sumy, Poltava and "
     "Chernihiv regions, the air force said.",
     [r("intercepted", "uav", 64, "UA", UA_MIL)]),
    ("en", "af_two_each_oblasts", "kyivindependent",
     "Air defense brought down two Shahed drones each over Mykolaiv and Odesa oblasts, the Air "
     "Force said.",
     [r("intercepted", "uav", 2, "UA-48", UA_MIL), r("intercepted", "uav", 2, "UA-51", UA_MIL)]),
    ("en", "af_kinzhal_all_of_them", "ap",
     "Russia also launched four Kinzhal missiles at western Ukraine, and all of them were "
     "intercepted, Ukraine's air force said.",
     [r("launched", "missile", 4, "UA", UA_MIL), r("intercepted", "missile", 4, "UA", UA_MIL)]),
    ("en", "af_decoys", "kyivindependent",
     "Russia launched 178 Shahed attack drones and decoy drones of various types against "
     "Ukraine overnight, the Air Force said. Air defense downed 130 of them, while 38 decoys "
     "were locally lost without causing damage.",
     [r("launched", "uav", 178, "UA", UA_MIL), r("intercepted", "uav", 130, "UA", UA_MIL),
      r("suppressed", "uav", 38, "UA", UA_MIL)]),
    ("en", "af_geran_north", "reuters",
     "The Ukrainian air force said Russia launched 70 Geran-2 drones overnight against "
     "Ukraine's northern regions.",
     [r("launched", "uav", 70, "UA", UA_MIL)]),
    ("en", "af_headline_body", "reuters",
     "Ukraine says it downed 80 Russian drones overnight\n"
     "KYIV, March 14 (Reuters) - Ukraine's air force said on Friday it had shot down 80 of the "
     "112 drones that Russia launched at the country overnight.",
     [r("launched", "uav", 112, "UA", UA_MIL), r("intercepted", "uav", 80, "UA", UA_MIL)]),
    ("en", "af_x_of_y_two_weapons", "aljazeera",
     "Ukraine's air force said it intercepted 7 of the 10 missiles and 95 of the 120 drones "
     "Russia launched at Ukraine overnight.",
     [r("launched", "missile", 10, "UA", UA_MIL), r("intercepted", "missile", 7, "UA", UA_MIL),
      r("launched", "uav", 120, "UA", UA_MIL), r("intercepted", "uav", 95, "UA", UA_MIL)]),
    ("en", "af_statement_on_telegram", "aljazeera",
     "In a statement on Telegram, Ukraine's air force said Russia had attacked with two "
     "Iskander-M missiles and 43 drones, and that 29 drones were shot down in the east, north "
     "and south of the country.",
     [r("launched", "ballistic_missile", 2, "UA", UA_MIL), r("launched", "uav", 43, "UA", UA_MIL),
      r("intercepted", "uav", 29, "UA", UA_MIL)]),
    ("en", "af_impacts_poltava", "ap",
     "Ukraine's air force said there were impacts from three missiles and 14 drones in the "
     "Poltava region.",
     [r("hit", "missile", 3, "UA-53", UA_MIL), r("hit", "uav", 14, "UA-53", UA_MIL)]),
    ("en", "af_spokesman_ihnat", "reuters",
     "Yuriy Ihnat, a spokesman for Ukraine's air force, said 11 of the 13 cruise missiles fired "
     "at the Odesa region were brought down.",
     [r("launched", "cruise_missile", 13, "UA-51", UA_MIL),
      r("intercepted", "cruise_missile", 11, "UA-51", UA_MIL)]),
    ("en", "af_spokesperson_unknown", "wire",
     "Air force spokesperson Mykola Hrytsenko told national television that five of the six "
     "Kalibr missiles fired at Odesa were taken out over the Black Sea.",
     [r("launched", "cruise_missile", 6, "city:Odesa", UA_MIL),
      r("intercepted", "cruise_missile", 5, "sea:black", UA_MIL)]),
    ("en", "af_kh59_taken_out", "wire",
     "Ukrainian air defences took out two Kh-59 guided missiles over the Dnipropetrovsk "
     "region, the air force said.",
     [r("intercepted", "missile", 2, "UA-12", UA_MIL)]),
    ("en", "af_kalibr_all_three", "reuters",
     "Russia fired three Kalibr cruise missiles at the Odesa region overnight and all three "
     "were destroyed, Ukraine's Southern Defence Forces said.",
     [r("launched", "cruise_missile", 3, "UA-51", UA_MIL),
      r("intercepted", "cruise_missile", 3, "UA-51", UA_MIL)]),
    ("en", "af_attribution_first", "ap",
     "According to Ukraine's air force, Russian forces launched 56 drones and five ballistic "
     "missiles at Ukraine overnight.",
     [r("launched", "uav", 56, "UA", UA_MIL), r("launched", "ballistic_missile", 5, "UA", UA_MIL)]),
    ("en", "general_staff_su34", "kyivindependent",
     "Ukrainian forces shot down a Russian Su-34 fighter-bomber over Donetsk Oblast, the "
     "General Staff said.",
     [r("intercepted", "aircraft", 1, "UA-14", UA_MIL)]),
    ("en", "af_attack_drones_words", "wire",
     "Ukraine's air force said ninety-two Russian attack drones had targeted Ukraine overnight "
     "and sixty-one had been destroyed across the country.",
     [r("launched", "uav", 92, "UA", UA_MIL), r("intercepted", "uav", 61, "UA", UA_MIL)]),
    # --- Ukrainian officials: president, ministers, governors, mayors, services -----------
    ("en", "zelensky_weekly", "kyivindependent",
     "Over the past week, Russia launched more than 1,200 attack drones, nearly 900 guided "
     "aerial bombs, and 20 missiles of various types against Ukraine, President Volodymyr "
     "Zelensky said on March 14.",
     [r("launched", "uav", 1200, "UA", UA_OFF), r("launched", "guided_bomb", 900, "UA", UA_OFF),
      r("launched", "missile", 20, "UA", UA_OFF)]),
    ("en", "zelensky_quote_our_cities", "ap",
     "\"This night, Russia attacked Ukraine with 90 drones and six missiles,\" Zelensky said in "
     "his evening address.",
     [r("launched", "uav", 90, "UA", UA_OFF), r("launched", "missile", 6, "UA", UA_OFF)]),
    ("en", "klymenko_kharkiv", "reuters",
     "Interior Minister Ihor Klymenko said four people were killed and 17 wounded in the "
     "overnight drone attack on Kharkiv.",
     [r("killed", None, 4, "city:Kharkiv", UA_OFF),
      r("injured", None, 17, "city:Kharkiv", UA_OFF)]),
    ("en", "ses_kryvyi_rih", "aljazeera",
     "At least three people died and nine were hospitalised after a Russian ballistic missile "
     "hit a residential area of Kryvyi Rih, Ukraine's State Emergency Service said.",
     [r("killed", None, 3, "city:Kryvyi Rih", UA_OFF),
      r("injured", None, 9, "city:Kryvyi Rih", UA_OFF),
      r("hit", "ballistic_missile", 1, "city:Kryvyi Rih", UA_OFF)]),
    ("en", "terekhov_slammed", "wire",
     "Kharkiv Mayor Ihor Terekhov said a Shahed drone had slammed into a high-rise building, "
     "injuring five residents, among them a 7-year-old boy.",
     [r("hit", "uav", 1, "city:Kharkiv", UA_OFF), r("injured", None, 5, "city:Kharkiv", UA_OFF)]),
    ("en", "kn23_kharkiv", "reuters",
     "Two North Korean-made KN-23 ballistic missiles struck the city of Kharkiv on Thursday "
     "evening, regional governor Oleh Syniehubov said.",
     [r("hit", "ballistic_missile", 2, "city:Kharkiv", UA_OFF)]),
    ("en", "kab_kupiansk", "kyivindependent",
     "Russian forces attacked Kupiansk in Kharkiv Oblast with five guided aerial bombs on March "
     "13, Governor Oleh Syniehubov said.",
     [r("launched", "guided_bomb", 5, "UA-63", UA_OFF)]),
    ("en", "grad_nikopol", "wire",
     "Russian troops fired 20 Grad rockets at Nikopol overnight, the regional governor, Serhiy "
     "Lysak, said on Telegram.",
     [r("launched", "rocket", 20, "city:Nikopol", UA_OFF)]),
    ("en", "kyiv_debris_tkachenko", "kyivindependent",
     "Falling debris injured one person in Kyiv's Darnytskyi district, said Tymur Tkachenko, "
     "head of the Kyiv City Military Administration.",
     [r("injured", None, 1, "UA-30", UA_OFF)]),
    ("en", "odesa_kiper_port", "ap",
     "Odesa regional Governor Oleh Kiper said a 56-year-old man was killed and two women were "
     "hurt when drones hit port infrastructure in the region.",
     [r("killed", None, 1, "UA-51", UA_OFF), r("injured", None, 2, "UA-51", UA_OFF)]),
    ("en", "fedorov_drones_bombs", "reuters",
     "Russian forces attacked Zaporizhzhia Oblast with nine drones and three guided aerial bombs "
     "over the past day, killing one person, Governor Ivan Fedorov said.",
     [r("launched", "uav", 9, "UA-23", UA_OFF), r("launched", "guided_bomb", 3, "UA-23", UA_OFF),
      r("killed", None, 1, "UA-23", UA_OFF)]),
    ("en", "sumy_guided_bomb", "kyivindependent",
     "A Russian guided bomb struck the center of Sumy, killing two people and injuring 14, the "
     "city military administration said.",
     [r("hit", "guided_bomb", 1, "city:Sumy", UA_OFF), r("killed", None, 2, "city:Sumy", UA_OFF),
      r("injured", None, 14, "city:Sumy", UA_OFF)]),
    ("en", "dnipro_two_missiles", "wire",
     "Two missiles hit Dnipro on Friday morning, damaging an industrial enterprise, the regional "
     "governor said.",
     [r("hit", "missile", 2, "city:Dnipro", UA_OFF)]),
    ("en", "next_sentence_governor", "ap",
     "Air defenses destroyed 17 drones over the Kharkiv region overnight. That was according to "
     "the region's governor, Oleh Syniehubov, who said no one was injured.",
     [r("intercepted", "uav", 17, "UA-63", UA_OFF), r("injured", None, 0, "UA-63", UA_OFF)]),
    ("en", "live_blog_chernihiv", "kyivindependent",
     "08:15 - Russian drones attacked Chernihiv Oblast overnight, killing a man and wounding his "
     "wife, the regional administration said.",
     [r("killed", None, 1, "UA-74", UA_OFF), r("injured", None, 1, "UA-74", UA_OFF)]),
    ("en", "up_to_ten_sumy", "wire",
     "Up to 10 drones attacked the city of Sumy overnight and four of them were shot down, the "
     "city's military administration said.",
     [r("launched", "uav", 10, "city:Sumy", UA_OFF),
      r("intercepted", "uav", 4, "city:Sumy", UA_OFF)]),
    ("en", "more_than_50_kyiv_region", "aljazeera",
     "More than 50 drones were shot down over the Kyiv region during the night, the regional "
     "military administration said.",
     [r("intercepted", "uav", 50, "UA-32", UA_OFF)]),
    ("en", "kirovohrad_three", "kyivindependent",
     "Three Russian drones were shot down over Kirovohrad Oblast, and debris damaged a house, "
     "the regional administration said.",
     [r("intercepted", "uav", 3, "UA-35", UA_OFF)]),
    ("en", "iskander_odesa_port", "ap",
     "An Iskander-M ballistic missile hit the port of Odesa, killing four people and wounding "
     "eight, Governor Oleh Kiper said.",
     [r("hit", "ballistic_missile", 1, "city:Odesa", UA_OFF),
      r("killed", None, 4, "city:Odesa", UA_OFF), r("injured", None, 8, "city:Odesa", UA_OFF)]),
    ("en", "village_kharkiv_killed", "kyivindependent",
     "A Russian drone strike on a village in Kharkiv Oblast killed a 60-year-old man, Governor "
     "Oleh Syniehubov reported.",
     [r("killed", None, 1, "UA-63", UA_OFF)]),
    ("en", "zaporizhzhia_hurt", "wire",
     "Six people were hurt when a drone struck an apartment block in Zaporizhzhia, the regional "
     "governor said.",
     [r("injured", None, 6, "city:Zaporizhzhia", UA_OFF),
      r("hit", "uav", 1, "city:Zaporizhzhia", UA_OFF)]),
    ("en", "death_toll_vilkul", "aljazeera",
     "The death toll from Thursday's missile strike on Kryvyi Rih has risen to five, said "
     "Oleksandr Vilkul, head of the city's military administration.",
     [r("killed", None, 5, "city:Kryvyi Rih", UA_OFF)]),
    ("en", "mykolaiv_injuring_no_one", "kyivindependent",
     "Mykolaiv Mayor Oleksandr Sienkevych said a drone had struck a private house in the city, "
     "injuring no one.",
     [r("hit", "uav", 1, "city:Mykolaiv", UA_OFF), r("injured", None, 0, "city:Mykolaiv", UA_OFF)]),
    ("en", "filashkin_title", "reuters",
     "Two people were killed in a guided bomb attack on Kostiantynivka, said Vadym Filashkin, "
     "head of the Donetsk regional military administration.",
     [r("killed", None, 2, "city:Kostiantynivka", UA_OFF)]),
    ("en", "odesa_mayor_nine", "kyivindependent",
     "Nine people were injured in a drone attack on Odesa, Mayor Hennadii Trukhanov said.",
     [r("injured", None, 9, "city:Odesa", UA_OFF)]),
    # --- Russian MoD and officials --------------------------------------------------------
    ("en", "mod_total_including", "reuters",
     "Russian air defence units destroyed 42 Ukrainian drones over Russian regions overnight, "
     "including 18 over the Bryansk region and 11 over the Kursk region, the Defence Ministry "
     "said.",
     [r("intercepted", "uav", 42, "RU", RU_MIL), r("intercepted", "uav", 18, "RU-BRY", RU_MIL),
      r("intercepted", "uav", 11, "RU-KRS", RU_MIL)]),
    ("en", "mod_breakdown_colon", "ap",
     "The Russian Defense Ministry said 30 Ukrainian drones were intercepted and destroyed "
     "overnight: 12 over the Belgorod region, 10 over the Voronezh region, five over the Rostov "
     "region and three over the Sea of Azov.",
     [r("intercepted", "uav", 30, "RU", RU_MIL), r("intercepted", "uav", 12, "RU-BEL", RU_MIL),
      r("intercepted", "uav", 10, "RU-VOR", RU_MIL), r("intercepted", "uav", 5, "RU-ROS", RU_MIL),
      r("intercepted", "uav", 3, "sea:azov", RU_MIL)]),
    ("en", "mod_krai_crimea", "wire",
     "Russian air defences intercepted 14 drones over Krasnodar Krai and six over Crimea, the "
     "Russian defence ministry said in a statement.",
     [r("intercepted", "uav", 14, "RU-KDA", RU_MIL), r("intercepted", "uav", 6, "UA-43", RU_MIL)]),
    ("en", "mod_kursk_oblast_claimed", "kyivindependent",
     "Russia's Defense Ministry claimed to have downed 26 drones over Kursk Oblast.",
     [r("intercepted", "uav", 26, "RU-KRS", RU_MIL)]),
    ("en", "mod_russian_territory", "wire",
     "In total, 57 Ukrainian UAVs were intercepted over Russian territory overnight, Russia's "
     "Defence Ministry said.",
     [r("intercepted", "uav", 57, "RU", RU_MIL)]),
    ("en", "mod_seas", "aljazeera",
     "Russia's defence ministry said 11 drones were shot down over the Black Sea and two over "
     "the Sea of Azov.",
     [r("intercepted", "uav", 11, "sea:black", RU_MIL),
      r("intercepted", "uav", 2, "sea:azov", RU_MIL)]),
    ("en", "mod_words_regions", "ap",
     "Russian air defence shot down twenty-three drones over the Smolensk region and eleven over "
     "the Tver region, Russia's Defence Ministry said.",
     [r("intercepted", "uav", 23, "RU-SMO", RU_MIL),
      r("intercepted", "uav", 11, "RU-TVE", RU_MIL)]),
    ("en", "mod_three_each", "reuters",
     "Russia's defence ministry said three drones each were destroyed over the Oryol, Tula and "
     "Lipetsk regions.",
     [r("intercepted", "uav", 3, "RU-ORL", RU_MIL), r("intercepted", "uav", 3, "RU-TUL", RU_MIL),
      r("intercepted", "uav", 3, "RU-LIP", RU_MIL)]),
    ("en", "mod_helicopter_kursk", "reuters",
     "Russia's defence ministry said on Friday its forces had brought down a Ukrainian Mi-8 "
     "helicopter over the Kursk region.",
     [r("intercepted", "helicopter", 1, "RU-KRS", RU_MIL)]),
    ("en", "mod_all_of_which", "kyivindependent",
     "Russia's Defense Ministry claimed that Ukraine had attacked Kursk Oblast with 10 drones, "
     "all of which were shot down.",
     [r("launched", "uav", 10, "RU-KRS", RU_MIL), r("intercepted", "uav", 10, "RU-KRS", RU_MIL)]),
    ("en", "mod_headline_body", "wire",
     "Russia says it shot down 35 Ukrainian drones\n"
     "MOSCOW, March 14 - Russia's Defence Ministry said its air defence systems destroyed 35 "
     "Ukrainian drones overnight over seven regions.",
     [r("intercepted", "uav", 35, "RU", RU_MIL)]),
    ("en", "tass_quoted_ministry", "wire",
     "Russia's air defences shot down nine fixed-wing Ukrainian drones over the Kaluga region, "
     "TASS news agency quoted the Defence Ministry as saying.",
     [r("intercepted", "uav", 9, "RU-KLU", RU_MIL)]),
    ("en", "sobyanin_telegram", "wire",
     "Moscow Mayor Sergei Sobyanin said on Telegram that air defences had shot down three drones "
     "flying towards Moscow.",
     [r("intercepted", "uav", 3, "RU-MOW", RU_OFF)]),
    ("en", "sobyanin_ramenskoye", "reuters",
     "Moscow Mayor Sergei Sobyanin said a drone flying toward Moscow had been destroyed in the "
     "morning. Two more drones heading for the capital were downed near Ramenskoye, he said.",
     [r("intercepted", "uav", 1, "RU-MOW", RU_OFF), r("intercepted", "uav", 2, "RU-MOS", RU_OFF)]),
    ("en", "vorobyov_moscow_region", "ap",
     "Five drones were shot down over the Moscow region, the region's governor Andrei Vorobyov "
     "said.",
     [r("intercepted", "uav", 5, "RU-MOS", RU_OFF)]),
    ("en", "tatarstan_crashed", "reuters",
     "A drone crashed into an industrial site in Yelabuga in the Republic of Tatarstan, the "
     "region's head Rustam Minnikhanov said, adding that no one was hurt.",
     [r("hit", "uav", 1, "RU-TA", RU_OFF), r("killed", None, 0, "RU-TA", RU_OFF),
      r("injured", None, 0, "RU-TA", RU_OFF)]),
    ("en", "gladkov_village_injured", "kyivindependent",
     "Belgorod Governor Vyacheslav Gladkov claimed that a Ukrainian drone attack on a village in "
     "the Belgorod region injured two civilians.",
     [r("injured", None, 2, "RU-BEL", RU_OFF)]),
    ("en", "bogomaz_over_region", "wire",
     "Bryansk Governor Alexander Bogomaz said 12 drones had been destroyed over the region, "
     "without reporting damage.",
     [r("intercepted", "uav", 12, "RU-BRY", RU_OFF)]),
    ("en", "gusev_spokesperson_unknown", "ap",
     "Voronezh Governor Alexander Gusev's spokesperson, Olga Titova, said four drones were "
     "downed over Voronezh.",
     [r("intercepted", "uav", 4, "city:Voronezh", RU_OFF)]),
    ("en", "razvozhayev_sevastopol", "reuters",
     "The Russian-installed governor of Sevastopol, Mikhail Razvozhayev, said air defences had "
     "destroyed seven drones over the city.",
     [r("intercepted", "uav", 7, "UA-40", RU_OFF)]),
    ("en", "gladkov_no_casualties", "wire",
     "Ukrainian drones attacked the Belgorod region overnight, but there were no casualties, "
     "Governor Vyacheslav Gladkov said.",
     [r("killed", None, 0, "RU-BEL", RU_OFF), r("injured", None, 0, "RU-BEL", RU_OFF)]),
    ("en", "lipetsk_no_injuries", "ap",
     "A drone hit a gas station in the Lipetsk region, Governor Igor Artamonov said, adding that "
     "there were no injuries.",
     [r("hit", "uav", 1, "RU-LIP", RU_OFF), r("injured", None, 0, "RU-LIP", RU_OFF)]),
    ("en", "bogomaz_about_30", "reuters",
     "About 30 drones were destroyed over the Bryansk region, Governor Alexander Bogomaz said.",
     [r("intercepted", "uav", 30, "RU-BRY", RU_OFF)]),
    ("en", "rostov_headline_dash", "wire",
     "Eighteen drones downed over Rostov region - governor\n"
     "Rostov Governor Yuri Slyusar said the attack caused a fire at a farm in the Millerovo "
     "district but no casualties.",
     [r("intercepted", "uav", 18, "RU-ROS", RU_OFF), r("killed", None, 0, "RU-ROS", RU_OFF),
      r("injured", None, 0, "RU-ROS", RU_OFF)]),
    ("en", "khinshtein_second_sentence", "reuters",
     "Russia's defence ministry said it destroyed 47 Ukrainian drones over Russia, including 25 "
     "over the Kursk region. Kursk's acting governor Alexander Khinshtein said one person was "
     "injured in the region.",
     [r("intercepted", "uav", 47, "RU", RU_MIL), r("intercepted", "uav", 25, "RU-KRS", RU_MIL),
      r("injured", None, 1, "RU-KRS", RU_OFF)]),
    ("en", "busargin_engels", "reuters",
     "Nine drones were shot down over the Saratov region, Governor Roman Busargin said on "
     "Telegram, adding that one person was injured in Engels.",
     [r("intercepted", "uav", 9, "RU-SAR", RU_OFF), r("injured", None, 1, "city:Engels", RU_OFF)]),
    ("en", "yaroslavl_refinery", "ap",
     "Two drones struck an oil refinery in Yaroslavl, Governor Mikhail Evraev said, while air "
     "defences brought down six more over the region.",
     [r("hit", "uav", 2, "city:Yaroslavl", RU_OFF), r("intercepted", "uav", 6, "RU-YAR", RU_OFF)]),
    ("en", "belgorod_car_driver", "wire",
     "A Ukrainian drone slammed into a car in the city of Belgorod, wounding the driver, "
     "Governor Vyacheslav Gladkov said.",
     [r("hit", "uav", 1, "city:Belgorod", RU_OFF), r("injured", None, 1, "city:Belgorod", RU_OFF)]),
    ("en", "cheboksary_chuvashia", "reuters",
     "A drone hit an industrial plant in Cheboksary, the capital of Chuvashia, the region's head "
     "Oleg Nikolayev said.",
     [r("hit", "uav", 1, "RU-CU", RU_OFF)]),
    ("en", "leningrad_ust_luga", "wire",
     "Two drones were destroyed over the Leningrad region near the port of Ust-Luga, Governor "
     "Alexander Drozdenko said.",
     [r("intercepted", "uav", 2, "RU-LEN", RU_OFF)]),
    ("en", "voronezh_debris_participle", "reuters",
     "Debris from a drone destroyed over Voronezh injured three people, Governor Alexander "
     "Gusev said.",
     [r("intercepted", "uav", 1, "city:Voronezh", RU_OFF),
      r("injured", None, 3, "city:Voronezh", RU_OFF)]),
    # --- other voices: anonymous, media, the outlet itself, contradicting claims ----------
    ("en", "anonymous_ua_source", "reuters",
     "A Ukrainian military source told Reuters that two drones hit an oil refinery in Russia's "
     "Saratov region.",
     [r("hit", "uav", 2, "RU-SAR", ("ua", "anonymous"))]),
    ("en", "anonymous_us_official", "ap",
     "A U.S. official, speaking on condition of anonymity, said Russia fired 10 ballistic "
     "missiles at Ukraine and Ukrainian forces intercepted four.",
     [r("launched", "ballistic_missile", 10, "UA", ("other", "anonymous")),
      r("intercepted", "ballistic_missile", 4, "UA", ("other", "anonymous"))]),
    ("en", "tass_own_report", "aljazeera",
     "Russian state news agency TASS reported that 15 drones were shot down over the Rostov "
     "region.",
     [r("intercepted", "uav", 15, "RU-ROS", ("ru", "media"))]),
    ("en", "suspilne_relayed", "wire",
     "Public broadcaster Suspilne reported that three drones struck the city of Lviv.",
     [r("hit", "uav", 3, "city:Lviv", ("ua", "media"))]),
    ("en", "meduza_relayed", "aljazeera",
     "According to independent Russian outlet Meduza, at least six drones hit the "
     "Novoshakhtinsk oil refinery in the Rostov region.",
     [r("hit", "uav", 6, "RU-ROS", ("other", "media"))]),
    ("en", "ki_own_voice", "kyivindependent",
     "A Russian drone struck a residential building in Kherson on March 13, injuring a "
     "64-year-old woman.",
     [r("hit", "uav", 1, "city:Kherson", UA_OUT), r("injured", None, 1, "city:Kherson", UA_OUT)]),
    ("en", "wire_own_voice", "wire",
     "Three people were killed in a Russian missile strike on Kryvyi Rih overnight.",
     [r("killed", None, 3, "city:Kryvyi Rih", WIRE)]),
    ("en", "aljazeera_own_voice", "aljazeera",
     "Russia has launched 150 drones and three missiles at Ukraine in an overnight attack that "
     "killed two people in Kyiv.",
     [r("launched", "uav", 150, "UA", OTHER_OUT), r("launched", "missile", 3, "UA", OTHER_OUT),
      r("killed", None, 2, "UA-30", OTHER_OUT)]),
    ("en", "contradicting_atacms", "ap",
     "Russia's Defense Ministry said it shot down all eight ATACMS missiles Ukraine fired at the "
     "Belgorod region. A Ukrainian official said at least three had hit their targets.",
     [r("launched", "ballistic_missile", 8, "RU-BEL", RU_MIL),
      r("intercepted", "ballistic_missile", 8, "RU-BEL", RU_MIL),
      r("hit", "ballistic_missile", 3, "RU-BEL", ("ua", "anonymous"))]),
    ("en", "both_directions", "wire",
     "Russia and Ukraine traded drone attacks overnight. Ukraine's air force said Russia "
     "launched 88 drones at Ukraine, of which 51 were shot down. Russia's Defence Ministry said "
     "it downed 32 Ukrainian drones over its territory.",
     [r("launched", "uav", 88, "UA", UA_MIL), r("intercepted", "uav", 51, "UA", UA_MIL),
      r("intercepted", "uav", 32, "RU", RU_MIL)]),
    ("en", "shostka_ages", "ap",
     "A Russian drone attack on the town of Shostka injured two people, including an "
     "82-year-old woman, the regional administration said.",
     [r("injured", None, 2, "city:Shostka", UA_OFF)]),
    ("en", "dead_headline_body", "reuters",
     "Two dead, 11 injured as Russian missiles hit Odesa\n"
     "ODESA, March 14 (Reuters) - Two people were killed and 11 injured when Russian missiles "
     "struck Odesa overnight, regional governor Oleh Kiper said.",
     [r("killed", None, 2, "city:Odesa", UA_OFF), r("injured", None, 11, "city:Odesa", UA_OFF)]),
    ("en", "tuapse_operational_hq", "wire",
     "Debris from downed drones fell on a refinery in Tuapse and one worker was killed, the "
     "Krasnodar Krai operational headquarters said.",
     [r("killed", None, 1, "city:Tuapse", RU_OFF)]),
    ("en", "af_jammed", "aljazeera",
     "Ukraine's air force said 35 drones were shot down and 20 were jammed by electronic warfare "
     "across Ukraine.",
     [r("intercepted", "uav", 35, "UA", UA_MIL), r("suppressed", "uav", 20, "UA", UA_MIL)]),
    ("en", "tkachenko_capital", "kyivindependent",
     "Kyiv's military administration head Tymur Tkachenko said more than 10 drones were "
     "destroyed over Kyiv.",
     [r("intercepted", "uav", 10, "UA-30", UA_OFF)]),
    ("en", "af_shot_down_or_jammed", "wire",
     "The air force said 70 drones were shot down or jammed, out of 100 launched at Ukraine.",
     [r("intercepted", "uav", 70, "UA", UA_MIL), r("launched", "uav", 100, "UA", UA_MIL)]),
    ("en", "mod_crimean_peninsula", "reuters",
     "Russia's defence ministry said nine drones were destroyed over the Crimean peninsula.",
     [r("intercepted", "uav", 9, "UA-43", RU_MIL)]),
    # --- precision: no claim, or fewer claims than numbers --------------------------------
    ("en", "p_history_september", "reuters",
     "Russia launched 79 drones at Ukraine overnight, the air force said. Last September, Moscow "
     "fired 40 missiles at Kyiv in a single night.",
     [r("launched", "uav", 79, "UA", UA_MIL)]),
    ("en", "p_forecast", "ap",
     "Ukrainian officials warned that Russia could launch up to 500 drones in a single night in "
     "the coming weeks.",
     []),
    ("en", "p_ground_fpv", "kyivindependent",
     "Ukrainian FPV drones destroyed 14 Russian tanks and 23 armored vehicles near Pokrovsk over "
     "the past day, the General Staff said.",
     []),
    ("en", "p_threat", "wire",
     "A senior Russian lawmaker threatened that Moscow could fire 100 missiles at Kyiv \"in a "
     "matter of hours.\"",
     []),
    ("en", "p_production", "reuters",
     "Ukraine plans to produce 30,000 long-range drones this year, Defence Minister Rustem "
     "Umerov said.",
     []),
    ("en", "p_no_count", "ap",
     "Drones were shot down over several districts of the Moscow region, Governor Andrei "
     "Vorobyov said, without giving a number.",
     []),
    ("en", "p_dozens", "wire",
     "Russia attacked Ukraine with dozens of drones overnight, the air force said.",
     []),
    ("en", "p_aid_iris", "aljazeera",
     "Germany pledged to deliver four more IRIS-T air defence systems to Ukraine this year.",
     []),
    ("en", "p_households", "kyivindependent",
     "About 2,500 households in Kharkiv were left without power after the attack, the regional "
     "energy company said.",
     []),
    ("en", "p_alert_hours", "wire",
     "The air raid alert in Kyiv lasted 3 hours and 40 minutes, and explosions were heard at "
     "4:15 a.m.",
     []),
    ("en", "p_mod_ground", "reuters",
     "Russia's defence ministry said its forces had destroyed two HIMARS launchers and killed 250 "
     "Ukrainian servicemen in the Kursk region.",
     []),
    ("en", "p_strike_no_count", "ap",
     "Russia's Defense Ministry said it had carried out a massive strike with Kinzhal missiles "
     "and Geran drones on Ukrainian energy facilities, and that all targets were hit.",
     []),
    ("en", "p_alerts_since_invasion", "wire",
     "Since the start of the full-scale invasion, Ukraine has recorded more than 40,000 air raid "
     "alerts.",
     []),
    ("en", "p_shahed_first_use", "kyivindependent",
     "Russia first used Iranian-designed Shahed drones against Ukraine in September 2022.",
     []),
    ("en", "p_facilities_count", "reuters",
     "Russian drones damaged four energy facilities in the Odesa region overnight, the "
     "regional governor said.",
     []),
]

# A town in a claim whose speaker's title names its region ("said Vadym Filashkin, head of the
# Donetsk regional military administration") is coded as that region by the project's reading of
# the guide's "a city named together with its region" (resolve/speaking.region_in_attribution);
# the grid reads the guide literally (city:). Left as it is: a reading, not a missing rule.
_TITLE_REGION = "town widened to the region its speaker's title names (the project's reading)"
XFAIL: dict[str, str] = {
    "af_x_of_y_two_weapons": "a relative 'Russia launched' after two 'X of the Y' pairs takes "
                             "the second part",
    "af_spokesperson_unknown": "'fired at Odesa were taken out over the Black Sea': the "
                               "target's place wins",
    "filashkin_title": _TITLE_REGION,
    "gusev_spokesperson_unknown": _TITLE_REGION,
    "busargin_engels": _TITLE_REGION,
    "tuapse_operational_hq": _TITLE_REGION,
    "sobyanin_ramenskoye": "a Moscow Oblast town in the next sentence makes Moscow's own drone "
                           "RU-MOS",
    "rostov_headline_dash": "English headline claims are dropped (headline_claims = false; "
                            "true fell on dev)",
    "yaroslavl_refinery": "'over the region' after a city takes the city, not its region",
    "wire_own_voice": "an unknown .com site speaks as side other by design "
                      "(sources/registry.site_voice)",
    "aljazeera_own_voice": "the Kyiv of a following relative clause places the second weapon",
    "ses_kryvyi_rih": "'a residential area of Kryvyi Rih' is read as a launch origin ('area of'); "
                      "the fix broke the blind gate and was reverted",
}


# Written in phase 2, after the extractor had read the grid: variants of the grid's failing
# constructions that the round's rules read now (expectations from the guide all the same). Not
# part of CASES, so the grid's before/after figures stay those of the cases written blind.
PROBES: list[GridCase] = [
    ("en", "probe_launched_and_downed_no_comma", "ap",
     "Russia launched 92 drones at Ukraine and 61 were shot down, the air force said.",
     [r("launched", "uav", 92, "UA", UA_MIL), r("intercepted", "uav", 61, "UA", UA_MIL)]),
    ("en", "probe_pluperfect_attacked", "reuters",
     "The air force said 92 drones had attacked Ukraine and 61 were shot down.",
     [r("launched", "uav", 92, "UA", UA_MIL), r("intercepted", "uav", 61, "UA", UA_MIL)]),
    ("en", "probe_russian_official", "aljazeera",
     "Three missiles hit their targets in the Belgorod region, a Russian official said.",
     [r("hit", "missile", 3, "RU-BEL", ("ru", "anonymous"))]),
    ("en", "probe_independent_outlet", "aljazeera",
     "According to independent outlet Meduza, at least six drones hit the refinery in the "
     "Rostov region.",
     [r("hit", "uav", 6, "RU-ROS", ("other", "media"))]),
    ("en", "probe_decoys_launched", "reuters",
     "Russia launched 90 Shahed drones and 40 decoys against Ukraine overnight, the Air Force "
     "said.",
     [r("launched", "uav", 90, "UA", UA_MIL), r("launched", "uav", 40, "UA", UA_MIL)]),
    ("en", "probe_impacts_by", "ap",
     "Ukraine's air force recorded impacts by 14 drones in the Poltava region.",
     [r("hit", "uav", 14, "UA-53", UA_MIL)]),
    ("en", "probe_impact_of_no_claim", "wire",
     "The impact of 300 drones a night on Ukraine's grid is severe.",
     []),
    ("en", "probe_russian_drones_each", "reuters",
     "Russian air defences destroyed three Ukrainian drones each over the Oryol and Kursk "
     "regions, the ministry said.",
     [r("intercepted", "uav", 3, "RU-ORL", RU_MIL), r("intercepted", "uav", 3, "RU-KRS", RU_MIL)]),
    ("en", "probe_from_the_area_of", "reuters",
     "Russia launched 80 drones from the area of Kursk at Ukraine overnight, the air force said.",
     [r("launched", "uav", 80, "UA", UA_MIL)]),
    ("en", "probe_regional_head", "reuters",
     "A drone hit an industrial plant in Cheboksary, regional head Oleg Nikolayev said.",
     [r("hit", "uav", 1, "city:Cheboksary", RU_OFF)]),
    ("en", "probe_kherson_governor", "wire",
     "A drone struck an apartment block in Kherson, the regional governor said.",
     [r("hit", "uav", 1, "city:Kherson", UA_OFF)]),
    ("en", "probe_last_march", "ap",
     "Last March, Russia fired 90 missiles at Ukraine's power grid in one night.",
     []),
]


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(PROBES, {}))
def test_probe(resources: Resources, lang: Language, site: str, text: str,
               rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
