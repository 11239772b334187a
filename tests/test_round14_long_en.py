"""Round 14's long English grid: whole reports of 5-15 paragraphs on the air war, written from
ANNOTATION.md and from how English-language outlets lay out such stories, before the extractor
read any of them (no evaluation text was read to write them; every sentence is our own).

The short grids of this round score near 0.9 before any rule; the blind split's English texts
do not (0.61). Real reports are long: a lede with the attribution in the next sentence, quotes,
background and history paragraphs, several places and sides in one story, live-blog entries,
Telegram threads, lists, captions, corrections and toll updates. This table measures exactly
that, one report a case.

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case names
(tests/grid.py SITES): `wire` (no side), `reuters`, `ap`, `aljazeera` (side "other") and
`kyivindependent` (side "ua"). Rows are (action, weapon, quantity, location, claimant_side,
claimant_kind); dates are not scored by the grid.

Readings of the guide this table takes where a report is long:
- a relayed claim is its origin's, wherever the attribution sits (the next sentence or the
  paragraph's opening); a live blog's or thread's entries are each the report's statements, so
  a first toll and its later update are both claims; a figure the text only recalls as earlier
  ("up from three on Thursday", "last month", "in May") is history, no claim;
- a town is its region when the region is named in its sentence or its attribution ("the
  Chernihiv region's town of Nizhyn", "Odesa regional Gov. Oleh Kiper said"), else `city:`;
- several regions with one number are the country; a launch point ("from the Kursk region") is
  not the place of an attack on Ukraine;
- weekly totals a president states are this report's claims (not another event);
- cumulative losses since 2022, ground fighting, artillery shelling, production, forecasts,
  aid and outages are no claims; places outside Russia and Ukraine are their country's code.

26 reports of 6-12 paragraphs, 172 expected claims; 2 reports expect none (a factbox of
earlier attacks, an analysis of production and forecasts).

One expectation changed after measuring, where the guide shows it was wrong:
ap_odesa_port_dateline's "No one was hurt" is the guide's "люди не постраждали" (nobody came to
harm), which gives killed 0 and injured 0, not injured 0 alone (the en lexicon's
[zero_casualties] reads it so too); the killed 0 row was added.

Figures (`python tests/grid.py tests/test_round14_long_en.py`):
- before (commit "long grid written before reading", main's rules): P 0.739, R 0.709, F1 0.724,
  claimant 0.967; gold 172, read 165, matched 122.
- after (this round's rules; gold 173 with the one row the guide added): P 0.904, R 0.867,
  F1 0.885, claimant 0.967; gold 173, read 166, matched 150. 11 cases pass, 15 strict xfail.

Causes of the before-run's misses, by kind (reports, claims), and what was done:
- an air force's list summary, "attacked with 140 air attack assets:" over "- 4 Iskander-M ...",
  read as hits, its launch origin "over the Caspian Sea" the place of every later count (1, 10):
  fixed (grammar/lists.py header with "with"; en compound "asset"; origin link "over");
- a count carried on by "it said" or by no cue took the last place said, not the air force's
  country (3, 4): fixed where the last count of its weapon was placed elsewhere
  (resolve/settle.py `_goes_on`, `_whole_elsewhere`; "All of them were neutralised, it added"
  after a count at the Odesa region keeps that region);
- history: undated sentences after a dated sentence of another time in the same paragraph
  (a factbox; an analysis) (2, 5): fixed (resolve/settle.py `history_paragraph`);
- a party named by its capital as a place ("pressure on Moscow") (1, 3): fixed, a word family
  in en/ru/uk (mentions/speaking_places.py, words.policy_nouns/policy_preps);
- a town whose region its attribution or "the region" names (6 reports, 9 claims): fixed for
  "the region" after a town (mentions/places.py) and "the governor of Russia's X region"
  (en role_links); left: a thread's head, a heading "Rostov:", a context town, a correction;
- claimants by back-reference (2, 4): fixed "The Russian ministry also said" (catalog); left
  "It said separately" after "did not comment"; "Gov. X" (AP style) fixed as a role word;
- verbs and nouns of harm and hits missing: "sustained/suffered injuries" (word family, fixed),
  "reached the city/plant" (2 reports, fixed by the targets as partners of "reach"), a toll
  update in its own paragraph (fixed, grammar/air_context.py); left "a second missile hit",
  "an aerial bomb killed a woman", "died in hospital" read as hurt;
- left, one report each: "Kursk region: 38" lines; "multiple launch rocket systems" in a losses
  list; a missile fired at an airport abroad, Sanaa as a city; a lede's killing placed at Moscow;
- left by design: a ministry's daily count with no place is null by the guide, the defender's
  country by the rules (resolve/located.defender_country), 2 reports, 5 claims.
"""

from __future__ import annotations

import pytest

from claimants import (
    OTHER_MIL,
    OTHER_OFF,
    RU_MIL,
    RU_OFF,
    UA_ANON,
    UA_MED,
    UA_MIL,
    UA_OFF,
)
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import paragraphs as story
from grid import row as r

CASES: list[GridCase] = [
    # 1. Wire story: lede, numbers in the next paragraph, a quote, history, the other side.
    ("en", "reuters_kyiv_lede", "reuters", story(
        "Russian drones and missiles kill two in Kyiv, air force says most drones downed",
        "KYIV, March 14 (Reuters) - Russia struck Kyiv with drones and ballistic missiles "
        "overnight, killing two people and wounding nine, city officials said on Friday, in the "
        "latest large-scale attack on the Ukrainian capital.",
        "The Ukrainian air force said Russia had launched 145 drones and four Iskander-M "
        "ballistic missiles at the country overnight. Air defence units shot down 79 of the "
        "drones, while another 54 were lost to electronic jamming, it said in a statement.",
        "Mayor Vitali Klitschko said on Telegram that falling debris set fire to a warehouse in "
        "the Darnytskyi district. A 12-year-old boy was among the wounded, he said.",
        "\"It was a very loud night,\" said Olena, 47, who sheltered in a metro station with her "
        "two children. \"We heard explosions one after another.\"",
        "Tymur Tkachenko, head of the city's military administration, said the two dead were "
        "found under the rubble of a two-storey building in the Holosiivskyi district.",
        "Russia has launched thousands of drones at Ukraine since the start of its full-scale "
        "invasion in February 2022. Last month, a single attack on Kyiv killed 11 people.",
        "Russia's defence ministry did not comment on the strike. It said separately that its "
        "air defences had destroyed 31 Ukrainian drones over Russian regions overnight, "
        "including 12 over the Bryansk region.",
        "(Reporting by Max Hunder; Editing by Andrew Heavens)"),
     [r("killed", None, 2, "UA-30", UA_OFF), r("injured", None, 9, "UA-30", UA_OFF),
      r("launched", "uav", 145, "UA", UA_MIL),
      r("launched", "ballistic_missile", 4, "UA", UA_MIL),
      r("intercepted", "uav", 79, "UA", UA_MIL), r("suppressed", "uav", 54, "UA", UA_MIL),
      r("intercepted", "uav", 31, "RU", RU_MIL), r("intercepted", "uav", 12, "RU-BRY", RU_MIL)]),

    # 2. AP: the dateline city is not where the claims are; both directions; ground fighting.
    ("en", "ap_odesa_port_dateline", "ap", story(
        "Russian drones hit Odesa port, killing 3, as Ukraine strikes Russian oil depot",
        "KYIV, Ukraine (AP) - Russian drones slammed into port infrastructure in Odesa "
        "overnight, killing three people and setting a grain terminal ablaze, Ukrainian "
        "officials said Friday.",
        "Odesa regional Gov. Oleh Kiper said eight people were injured, two of them seriously. "
        "Firefighters worked through the night to put out the blaze, he wrote on Telegram.",
        "Ukraine's air force said Russia fired 88 Shahed and decoy drones at the country "
        "overnight. Of those, 51 were shot down over the Odesa, Mykolaiv, Kherson and "
        "Dnipropetrovsk regions, and 30 more disappeared from radar, likely because of "
        "electronic warfare, it said.",
        "Meanwhile, in Russia, a Ukrainian drone attack caused a fire at an oil depot in the "
        "Tambov region, Gov. Yevgeny Pervyshev said. No one was hurt, he added.",
        "Russia's Defense Ministry said its air defenses downed 27 Ukrainian drones overnight, "
        "six of them over the Tambov region.",
        "On the front line, Ukraine's General Staff said its troops repelled 112 Russian "
        "assaults over the past day, most of them near Pokrovsk.",
        "President Volodymyr Zelenskyy again urged Western allies to send more Patriot systems. "
        "\"Every night Russia sends dozens of drones against our cities,\" he said in his "
        "nightly video address."),
     [r("killed", None, 3, "city:Odesa", UA_OFF), r("injured", None, 8, "UA-51", UA_OFF),
      r("launched", "uav", 88, "UA", UA_MIL), r("intercepted", "uav", 51, "UA", UA_MIL),
      r("suppressed", "uav", 30, "UA", UA_MIL), r("killed", None, 0, "RU-TAM", RU_OFF),
      r("injured", None, 0, "RU-TAM", RU_OFF),
      r("intercepted", "uav", 27, "RU", RU_MIL), r("intercepted", "uav", 6, "RU-TAM", RU_MIL)]),

    # 3. Live blog: timestamped entries of different places and sources, and an update.
    ("en", "kyivindependent_live_blog", "kyivindependent", story(
        "Ukraine war latest: Russia hits Kharkiv Oblast with guided bombs; Sumy without power",
        "Key developments on March 14:",
        "[08:15] Russian forces attacked Kharkiv Oblast with drones and guided aerial bombs "
        "overnight, injuring five people, Governor Oleh Syniehubov reported.",
        "According to Syniehubov, two KAB guided bombs struck the Kharkiv Oblast village of "
        "Kozacha Lopan, damaging a school and several homes.",
        "[09:40] Russian drones struck an energy facility in Sumy Oblast, leaving parts of the "
        "region without power, the regional military administration said. No casualties were "
        "reported.",
        "[11:05] Ukraine's Air Force said that 112 drones were launched against Ukraine "
        "overnight, of which 74 were shot down. Another 35 drones were \"locally lost,\" the Air "
        "Force said, referring to decoys jammed by electronic warfare.",
        "[12:30] A Russian Iskander-M missile hit a civilian enterprise in Kryvyi Rih, "
        "Dnipropetrovsk Oblast, killing one worker and injuring four, Governor Serhii Lysak "
        "said.",
        "[14:10] The Russian Defense Ministry claimed that its air defense had shot down 40 "
        "Ukrainian drones over Russia's Bryansk, Kursk and Belgorod oblasts and the Sea of Azov. "
        "The claim could not be independently verified.",
        "[15:45] Update: The number of people injured in the Kryvyi Rih attack has risen to "
        "six, Dnipropetrovsk Oblast Governor Serhii Lysak said."),
     [r("injured", None, 5, "UA-63", UA_OFF), r("hit", "guided_bomb", 2, "UA-63", UA_OFF),
      r("killed", None, 0, "UA-59", UA_OFF), r("injured", None, 0, "UA-59", UA_OFF),
      r("launched", "uav", 112, "UA", UA_MIL), r("intercepted", "uav", 74, "UA", UA_MIL),
      r("suppressed", "uav", 35, "UA", UA_MIL),
      r("hit", "ballistic_missile", 1, "UA-12", UA_OFF), r("killed", None, 1, "UA-12", UA_OFF),
      r("injured", None, 4, "UA-12", UA_OFF), r("intercepted", "uav", 40, "RU", RU_MIL),
      r("injured", None, 6, "UA-12", UA_OFF)]),

    # 4. Al Jazeera's list of key events: bullets of several regions, weekly totals, aid.
    ("en", "aljazeera_key_events", "aljazeera", story(
        "Russia-Ukraine war: List of key events, day 1,114",
        "Here are the key events on day 1,114 of Russia's war on Ukraine.",
        "Fighting",
        "- A Russian drone attack on the city of Kherson killed a 68-year-old man and wounded "
        "two women, Kherson's regional governor Oleksandr Prokudin said.",
        "- Ukraine's air force said Russia launched 94 drones and two Kh-59 guided missiles at "
        "Ukraine overnight. It said 63 drones were shot down and 29 were lost to electronic "
        "countermeasures, while both missiles were intercepted.",
        "- The governor of Russia's Belgorod region, Vyacheslav Gladkov, said a Ukrainian drone "
        "struck a car near the town of Shebekino, injuring two men.",
        "- Russia's Ministry of Defence said its forces destroyed 19 Ukrainian drones overnight "
        "over the Kursk, Oryol and Voronezh regions.",
        "- Ukraine's General Staff said Ukrainian drones struck the Novoshakhtinsk oil refinery "
        "in Russia's Rostov region, causing a fire.",
        "Politics and diplomacy",
        "- Ukrainian President Volodymyr Zelenskyy said Russia had launched more than 1,200 "
        "drones, 900 guided aerial bombs and nearly 50 missiles at Ukraine over the past week.",
        "Military aid",
        "- Germany pledged to deliver four more IRIS-T air defence systems to Ukraine this "
        "year."),
     [r("killed", None, 1, "UA-65", UA_OFF), r("injured", None, 2, "UA-65", UA_OFF),
      r("launched", "uav", 94, "UA", UA_MIL), r("launched", "cruise_missile", 2, "UA", UA_MIL),
      r("intercepted", "uav", 63, "UA", UA_MIL), r("suppressed", "uav", 29, "UA", UA_MIL),
      r("intercepted", "cruise_missile", 2, "UA", UA_MIL), r("hit", "uav", 1, "RU-BEL", RU_OFF),
      r("injured", None, 2, "RU-BEL", RU_OFF), r("intercepted", "uav", 19, "RU", RU_MIL),
      r("launched", "uav", 1200, "UA", UA_OFF), r("launched", "guided_bomb", 900, "UA", UA_OFF),
      r("launched", "missile", 50, "UA", UA_OFF)]),

    # 5. A regional head's Telegram thread, posts one a paragraph, relayed by a wire.
    ("en", "wire_fedorov_thread", "wire", story(
        "Zaporizhzhia governor's overnight updates",
        "Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration, posted a "
        "series of updates on Telegram overnight. His posts, translated:",
        "23:12: \"The enemy is attacking Zaporizhzhia with drones. Stay in shelters!\"",
        "23:48: \"Explosions in the city. Preliminarily, a drone hit a private house in the "
        "Komunarskyi district. One person was injured.\"",
        "00:31: \"Fire broke out at an industrial enterprise after another attack. Rescuers are "
        "working at the scene.\"",
        "01:05: \"The number of injured has risen to three. All of them are receiving medical "
        "help.\"",
        "02:40: \"Over the past day, Russian troops carried out 412 strikes on 11 settlements of "
        "the region with artillery, mortars and FPV drones.\"",
        "07:20: \"Another night of terror. In total, 17 drones attacked the region; air defence "
        "shot down 12 of them.\""),
     [r("hit", "uav", 1, "UA-23", UA_OFF), r("injured", None, 1, "UA-23", UA_OFF),
      r("injured", None, 3, "UA-23", UA_OFF), r("launched", "uav", 17, "UA-23", UA_OFF),
      r("intercepted", "uav", 12, "UA-23", UA_OFF)]),

    # 6. The Air Force's morning summary: a list of weapon types and counts.
    ("en", "kyivindependent_af_summary_list", "kyivindependent", story(
        "Air Force: Russia launched 8 missiles, 132 drones at Ukraine overnight",
        "Russia attacked Ukraine overnight on March 14 with missiles and drones, Ukraine's Air "
        "Force reported. Its morning summary reads:",
        "\"On the night of March 14 (from 18:00 on March 13), the enemy attacked with 140 air "
        "attack assets:\n"
        "- 4 Iskander-M ballistic missiles from the Kursk region;\n"
        "- 3 Kh-101 cruise missiles from Tu-95MS aircraft over the Caspian Sea;\n"
        "- 1 Kh-59 guided air missile from the Belgorod region;\n"
        "- 132 Shahed attack UAVs and decoy drones of various types from the directions of "
        "Bryansk, Oryol, Millerovo and Primorsko-Akhtarsk.\"",
        "\"The air attack was repelled by aviation, anti-aircraft missile troops, electronic "
        "warfare units and mobile fire groups of the Defense Forces of Ukraine.\"",
        "\"As of 09:00, air defense shot down 96 air targets:\n"
        "- 2 Iskander-M ballistic missiles;\n"
        "- 3 Kh-101 cruise missiles;\n"
        "- 91 Shahed drones and drones of other types.\"",
        "\"Another 34 enemy decoy drones were locally lost (without negative consequences).\"",
        "\"Hits by missiles and drones were recorded in Kharkiv, Dnipropetrovsk and Odesa "
        "oblasts. Debris fell in Kyiv Oblast.\""),
     [r("launched", None, 140, "UA", UA_MIL),
      r("launched", "ballistic_missile", 4, "UA", UA_MIL),
      r("launched", "cruise_missile", 3, "UA", UA_MIL), r("launched", "missile", 1, "UA", UA_MIL),
      r("launched", "uav", 132, "UA", UA_MIL), r("intercepted", None, 96, "UA", UA_MIL),
      r("intercepted", "ballistic_missile", 2, "UA", UA_MIL),
      r("intercepted", "cruise_missile", 3, "UA", UA_MIL),
      r("intercepted", "uav", 91, "UA", UA_MIL), r("suppressed", "uav", 34, "UA", UA_MIL)]),

    # 7. An explainer of earlier attacks: history only, no claim.
    ("en", "reuters_factbox_history", "reuters", story(
        "FACTBOX-The largest Russian air attacks on Ukraine",
        "March 14 (Reuters) - Russia has repeatedly set records for the number of drones and "
        "missiles it launches at Ukraine in a single night. Here are some of the largest "
        "attacks since the full-scale invasion began in February 2022:",
        "DEC 29, 2023: Russia fired 122 missiles and 36 drones at Ukrainian cities in what Kyiv "
        "called the largest aerial attack of the war. At least 41 people were killed.",
        "AUG 26, 2024: Russia launched 127 missiles and 109 drones at Ukraine, targeting energy "
        "infrastructure across the country. Ukraine's air force said it shot down 102 missiles "
        "and 99 drones.",
        "NOV 17, 2024: Russia attacked with 120 missiles and 90 drones; Ukraine said it downed "
        "144 of them. Two people were killed in Mykolaiv.",
        "FEB 23, 2025: On the eve of the invasion's third anniversary, Russia launched 267 "
        "drones, the largest number in a single attack, Ukraine's air force said.",
        "Ukraine has in turn stepped up long-range drone strikes on Russia. On March 11, 2025, "
        "Russia's defence ministry said it had downed 337 Ukrainian drones in one night, 91 of "
        "them over the Moscow region."),
     []),

    # 8. An interview transcript: the spokesman's figures, history and production figures.
    ("en", "aljazeera_interview_ihnat", "aljazeera", story(
        "'Shaheds come in waves': Ukraine's air force spokesman on the night's attack",
        "Yurii Ihnat, spokesman for Ukraine's air force, spoke to Al Jazeera on Friday after one "
        "of the largest overnight drone attacks of the month. The interview has been edited "
        "for length and clarity.",
        "Al Jazeera: What happened last night?",
        "Yurii Ihnat: The enemy launched 176 drones of the Shahed type and imitators. Our mobile "
        "fire groups, aviation and electronic warfare worked all night. We shot down 130, and "
        "41 were lost locationally, they simply fell in fields.",
        "Al Jazeera: Were there missiles?",
        "Ihnat: Yes, two Iskander-M ballistic missiles, targeting Kharkiv. Unfortunately, both "
        "reached the city.",
        "Al Jazeera: How does this compare with last year?",
        "Ihnat: Last March they launched maybe 30 or 40 a night. Now 150 is a normal night for "
        "them. They are producing around 2,700 Shaheds a month, according to our intelligence.",
        "Al Jazeera: What do you need most?",
        "Ihnat: Missiles for Patriot. Each Patriot missile costs several million dollars, and we "
        "cannot spend them on drones."),
     [r("launched", "uav", 176, "UA", UA_MIL), r("intercepted", "uav", 130, "UA", UA_MIL),
      r("suppressed", "uav", 41, "UA", UA_MIL),
      r("launched", "ballistic_missile", 2, "city:Kharkiv", UA_MIL),
      r("hit", "ballistic_missile", 2, "city:Kharkiv", UA_MIL)]),

    # 9. A claim, the other side's counter-claim and a denial, with history.
    ("en", "reuters_crimea_counterclaim", "reuters", story(
        "Ukraine says it hit Russian airbase in Crimea; Moscow says missiles downed",
        "March 14 (Reuters) - Ukraine's military said on Friday it had struck a Russian air "
        "base in occupied Crimea overnight, while Moscow said its air defences had repelled the "
        "attack.",
        "Ukraine's General Staff said its forces struck the Saky airfield in western Crimea "
        "with missiles, hitting a radar station and an ammunition depot. It did not say how "
        "many missiles were used.",
        "Russia's defence ministry said its air defences had shot down six U.S.-made ATACMS "
        "missiles and 22 drones over the Crimean peninsula. The ministry said there was no "
        "damage.",
        "Sergei Aksyonov, the Russian-installed head of Crimea, said falling debris had damaged "
        "a house near the town of Saky but that no one was injured.",
        "A Ukrainian military source, who spoke on condition of anonymity, said the Russian "
        "figures were exaggerated and that only four missiles had been fired at the airfield.",
        "Reuters could not independently verify either side's account.",
        "Ukraine has repeatedly targeted Crimea, which Russia annexed in 2014. In September "
        "2023, a missile strike on the Black Sea Fleet's headquarters in Sevastopol killed "
        "several officers.",
        "The Russian ministry also said it had destroyed 41 drones over other regions "
        "overnight, including 17 over the Black Sea."),
     [r("intercepted", "ballistic_missile", 6, "UA-43", RU_MIL),
      r("intercepted", "uav", 22, "UA-43", RU_MIL), r("injured", None, 0, "UA-43", RU_OFF),
      r("launched", "missile", 4, "UA-43", UA_ANON), r("intercepted", "uav", 41, "RU", RU_MIL),
      r("intercepted", "uav", 17, "sea:black", RU_MIL)]),

    # 10. A report with a correction note; a casualty denial is absent, a car's driver killed.
    ("en", "ap_correction_chernihiv", "ap", story(
        "Russian drone barrage hits Ukrainian energy sites; 2 killed in Chernihiv region",
        "KYIV, Ukraine (AP) - Russia launched 126 drones against Ukraine overnight, Ukraine's "
        "air force said Friday, as the attack damaged energy facilities in several regions.",
        "Air defenses intercepted 81 of the drones, and 40 others were \"lost\" due to "
        "electronic warfare, the air force said.",
        "In the northern Chernihiv region, a drone struck an apartment building in the town of "
        "Nizhyn, killing a man and a woman, regional Gov. Viacheslav Chaus said. Three more "
        "people were injured, he said.",
        "Ukraine's state grid operator Ukrenergo said power outages were reported in the "
        "Chernihiv, Sumy and Odesa regions. Around 300,000 households were without electricity "
        "on Friday morning.",
        "In Russia, acting Kursk Gov. Alexander Khinshtein said a Ukrainian drone struck a car "
        "on a highway near the town of Rylsk in the Kursk region, killing its driver.",
        "Russia and Ukraine have exchanged nightly drone barrages for months as U.S.-led efforts "
        "to broker a ceasefire have stalled.",
        "This story has been corrected to show that 126 drones were launched, not 162, and that "
        "the man killed near Rylsk was the driver of the car, not a passenger."),
     [r("launched", "uav", 126, "UA", UA_MIL), r("intercepted", "uav", 81, "UA", UA_MIL),
      r("suppressed", "uav", 40, "UA", UA_MIL), r("hit", "uav", 1, "UA-74", UA_OFF),
      r("killed", None, 2, "UA-74", UA_OFF), r("injured", None, 3, "UA-74", UA_OFF),
      r("hit", "uav", 1, "RU-KRS", RU_OFF), r("killed", None, 1, "RU-KRS", RU_OFF)]),

    # 11. Moscow dateline, claims across Russia; a mayor's "flying towards the capital".
    ("en", "reuters_moscow_dateline_regions", "reuters", story(
        "Ukrainian drones target Russian oil refinery, Moscow says 58 downed",
        "MOSCOW, March 14 (Reuters) - Ukraine launched a wave of drones at Russia overnight, "
        "setting a fire at an oil refinery in the Saratov region and forcing two airports near "
        "Moscow to suspend flights, Russian officials said on Friday.",
        "Russia's defence ministry said air defences had destroyed 58 Ukrainian drones, "
        "including 21 over the Saratov region, 15 over the Voronezh region and nine over the "
        "Moscow region.",
        "Moscow Mayor Sergei Sobyanin said three drones flying towards the capital had been "
        "shot down. Emergency services were working at the scene where debris fell, he said, "
        "without giving details.",
        "Saratov region Governor Roman Busargin said drone debris had caused a fire at an "
        "industrial facility in the city of Saratov and that one person had been injured.",
        "Russia's aviation authority Rosaviatsia said restrictions had been imposed at Vnukovo "
        "and Domodedovo airports for several hours.",
        "Ukraine's General Staff said it had hit the Saratov refinery, which it said produces "
        "fuel for the Russian army. Ukraine did not say how many drones it had launched.",
        "Reuters was unable to independently verify the reports. Russia and Ukraine, which "
        "have fought for more than three years, both deny targeting civilians."),
     [r("intercepted", "uav", 58, "RU", RU_MIL), r("intercepted", "uav", 21, "RU-SAR", RU_MIL),
      r("intercepted", "uav", 15, "RU-VOR", RU_MIL), r("intercepted", "uav", 9, "RU-MOS", RU_MIL),
      r("intercepted", "uav", 3, "RU-MOW", RU_OFF), r("injured", None, 1, "RU-SAR", RU_OFF)]),

    # 12. Ground combat and losses since 2022 beside the night's air defence.
    ("en", "kyivindependent_ground_and_air", "kyivindependent", story(
        "General Staff: Russia has lost 887,310 troops in Ukraine since Feb. 24, 2022",
        "Russia has lost 887,310 troops in Ukraine since the beginning of its full-scale "
        "invasion on Feb. 24, 2022, the General Staff of Ukraine's Armed Forces reported on "
        "March 14.",
        "This number includes 1,230 casualties that Russian forces suffered over the past day.",
        "According to the report, Russia has also lost 10,250 tanks, 21,340 armored fighting "
        "vehicles, 25,120 artillery systems, 1,220 multiple launch rocket systems, 1,080 air "
        "defense systems, 370 airplanes, 331 helicopters, 28,900 drones, 3,050 cruise "
        "missiles, 28 ships and boats, and one submarine.",
        "Fierce fighting continued on the Pokrovsk front, where Ukrainian troops repelled 48 "
        "Russian assaults. Ukrainian FPV drones destroyed three Russian tanks and 12 armored "
        "vehicles near Kurakhove, the 79th Brigade reported.",
        "Separately, the Air Force said it shot down 45 of 70 Shahed drones Russia launched "
        "overnight, while 23 more were locally lost.",
        "In Sumy Oblast, two guided aerial bombs struck the village of Krasnopillia, injuring a "
        "40-year-old woman, the regional military administration said."),
     [r("launched", "uav", 70, "UA", UA_MIL), r("intercepted", "uav", 45, "UA", UA_MIL),
      r("suppressed", "uav", 23, "UA", UA_MIL), r("hit", "guided_bomb", 2, "UA-59", UA_OFF),
      r("injured", None, 1, "UA-59", UA_OFF)]),

    # 13. A toll that rose: the new figure is the claim, the earlier one recalled is not.
    ("en", "reuters_kharkiv_toll_rises", "reuters", story(
        "Death toll from Russian strike on Kharkiv rises to 7",
        "KHARKIV, Ukraine, March 14 (Reuters) - The death toll from a Russian missile strike on "
        "a residential area of Kharkiv rose to seven on Friday, up from three reported on "
        "Thursday evening, as rescuers pulled more bodies from the rubble, regional governor "
        "Oleh Syniehubov said.",
        "Two ballistic missiles hit a nine-storey apartment building late on Thursday, "
        "Syniehubov said. A nine-year-old girl was among the dead.",
        "Thirty-one people were wounded, Kharkiv Mayor Ihor Terekhov said.",
        "The Russian defence ministry said it had struck \"a temporary deployment point of "
        "Ukrainian armed forces\" in Kharkiv with Iskander missiles. It did not give a number.",
        "Kharkiv, Ukraine's second-largest city, lies about 30 km (19 miles) from the Russian "
        "border and has been hit repeatedly. In May last year, a Russian guided bomb attack on "
        "a hardware store killed 19 people.",
        "Also overnight, Russia launched 64 drones against Ukraine, of which 40 were shot down, "
        "the Ukrainian air force said."),
     [r("killed", None, 7, "city:Kharkiv", UA_OFF),
      r("hit", "ballistic_missile", 2, "city:Kharkiv", UA_OFF),
      r("injured", None, 31, "city:Kharkiv", UA_OFF), r("launched", "uav", 64, "UA", UA_MIL),
      r("intercepted", "uav", 40, "UA", UA_MIL)]),

    # 14. Photo and video caption lines; a neighbouring country's find is no claim.
    ("en", "kyivindependent_caption_izmail", "kyivindependent", story(
        "Russian drone attack on Odesa Oblast injures 4, damages port infrastructure",
        "Rescuers extinguish a fire at a warehouse following a Russian drone attack in Odesa "
        "Oblast, Ukraine, on March 14, 2025. (State Emergency Service / Telegram)",
        "Russian drones attacked Odesa Oblast overnight on March 14, injuring four people and "
        "damaging port infrastructure in the Izmail district, Governor Oleh Kiper reported.",
        "A 58-year-old truck driver was among those injured, Kiper said. The attack also "
        "damaged a gas station and several civilian vessels at the port.",
        "Romania's Defense Ministry said a drone fragment was found on its territory near the "
        "village of Plauru, across the Danube from Izmail. Romania scrambled two F-16 fighter "
        "jets during the attack.",
        "Ukraine's Air Force said that Russia launched 72 Shahed-type drones overnight. Air "
        "defense downed 49 of them over 11 oblasts, while 18 were locally lost.",
        "Video: Footage shared by the State Emergency Service shows firefighters battling a "
        "blaze at a warehouse in Izmail. (State Emergency Service / Telegram)"),
     [r("injured", None, 4, "UA-51", UA_OFF), r("launched", "uav", 72, "UA", UA_MIL),
      r("intercepted", "uav", 49, "UA", UA_MIL), r("suppressed", "uav", 18, "UA", UA_MIL)]),

    # 15. Numbers in a table-like list: the total and each line.
    ("en", "reuters_region_table", "reuters", story(
        "Russia says it downed 112 Ukrainian drones over six regions",
        "March 14 (Reuters) - Russian air defence units destroyed 112 Ukrainian drones "
        "overnight over six regions and the Sea of Azov, the Russian defence ministry said on "
        "Friday. The ministry gave this breakdown:",
        "Kursk region: 38\nBryansk region: 22\nBelgorod region: 17\nOryol region: 11\n"
        "Voronezh region: 8\nRostov region: 10\nSea of Azov: 6",
        "Alexander Bogomaz, governor of the Bryansk region, said there were no casualties or "
        "damage.",
        "Ukraine has not commented. It typically does not comment on strikes inside Russia.",
        "Ukraine has said its attacks on Russian energy and military facilities are a response "
        "to Russia's strikes on its own power grid."),
     [r("intercepted", "uav", 112, "RU", RU_MIL), r("intercepted", "uav", 38, "RU-KRS", RU_MIL),
      r("intercepted", "uav", 22, "RU-BRY", RU_MIL), r("intercepted", "uav", 17, "RU-BEL", RU_MIL),
      r("intercepted", "uav", 11, "RU-ORL", RU_MIL), r("intercepted", "uav", 8, "RU-VOR", RU_MIL),
      r("intercepted", "uav", 10, "RU-ROS", RU_MIL),
      r("intercepted", "uav", 6, "sea:azov", RU_MIL), r("killed", None, 0, "RU-BRY", RU_OFF),
      r("injured", None, 0, "RU-BRY", RU_OFF)]),

    # 16. The Middle East: Israel, the Houthis, a US strike; country codes, side "other".
    ("en", "reuters_israel_yemen", "reuters", story(
        "Israel says it intercepted missile from Yemen; Houthis claim strike on airport",
        "JERUSALEM, March 14 (Reuters) - Israel's military said on Friday it had intercepted a "
        "ballistic missile launched from Yemen, after sirens sounded in Tel Aviv and across "
        "central Israel.",
        "Shrapnel from the interception fell in an open area near Beit Shemesh, Israel's Magen "
        "David Adom ambulance service said. It said no one was injured.",
        "Houthi military spokesman Yahya Saree said in a televised speech that the group had "
        "fired a \"Palestine-2\" hypersonic ballistic missile at Ben Gurion airport.",
        "Saree also said the Houthis had launched two drones at the Red Sea port of Eilat. "
        "Israel's military said one drone was intercepted over the Red Sea.",
        "The Houthis have fired dozens of missiles and drones at Israel since the Gaza war "
        "began in October 2023. In May, a missile landed near Ben Gurion's main terminal.",
        "The United States struck Houthi targets in Yemen's capital Sanaa on Thursday. The "
        "Houthi-run health ministry said eight people were killed."),
     [r("intercepted", "ballistic_missile", 1, "IL", OTHER_MIL),
      r("injured", None, 0, "IL", OTHER_OFF),
      r("launched", "ballistic_missile", 1, "IL", OTHER_MIL),
      r("launched", "uav", 2, "IL", OTHER_MIL),
      r("intercepted", "uav", 1, "sea:red", OTHER_MIL), r("killed", None, 8, "YE", OTHER_OFF)]),

    # 17. A morning round-up over several regions: totals, parts, an aerial-bomb death.
    ("en", "ap_roundup_regions", "ap", story(
        "Russian attacks kill 4 across Ukraine as Kyiv pushes for ceasefire",
        "KYIV, Ukraine (AP) - Russian drones, missiles and glide bombs killed at least four "
        "civilians and wounded 19 across Ukraine over the past day, regional officials said "
        "Friday.",
        "In the southern Kherson region, two people were killed when Russian drones targeted a "
        "bus in the village of Bilozerka, the regional administration said.",
        "A glide bomb attack on the city of Zaporizhzhia wounded seven people, including a "
        "child, Gov. Ivan Fedorov said.",
        "In the eastern Donetsk region, a Russian drone struck a car in Kostiantynivka, killing "
        "a man, and an aerial bomb killed a woman in Druzhkivka, Gov. Vadym Filashkin said.",
        "Fighting continued along the front line, where Ukraine's General Staff reported 143 "
        "clashes over the past day.",
        "Russia's Defense Ministry said its forces had shot down 46 Ukrainian drones overnight, "
        "most of them over the Kursk and Belgorod border regions.",
        "In Russia's Belgorod region, Gov. Vyacheslav Gladkov said a Ukrainian drone struck a "
        "minibus, injuring four passengers."),
     [r("killed", None, 4, "UA", UA_OFF), r("injured", None, 19, "UA", UA_OFF),
      r("killed", None, 2, "UA-65", UA_OFF), r("injured", None, 7, "city:Zaporizhzhia", UA_OFF),
      r("hit", "uav", 1, "UA-14", UA_OFF), r("killed", None, 1, "UA-14", UA_OFF),
      r("killed", None, 1, "UA-14", UA_OFF), r("intercepted", "uav", 46, "RU", RU_MIL),
      r("hit", "uav", 1, "RU-BEL", RU_OFF), r("injured", None, 4, "RU-BEL", RU_OFF)]),

    # 18. Drones over Tatarstan: the head, the ministry and a Ukrainian source disagree.
    ("en", "kyivindependent_tatarstan_sources", "kyivindependent", story(
        "Drones hit industrial site in Russia's Tatarstan, Russian officials say",
        "Drones attacked the Republic of Tatarstan in Russia overnight on March 14, targeting "
        "an industrial site in the town of Yelabuga, Russian officials said.",
        "Tatarstan's head Rustam Minnikhanov said that one drone was shot down over the "
        "republic, while a second struck the wall of a dormitory building. No one was killed, "
        "and two people sustained minor injuries, he said.",
        "A source in Ukraine's Security Service (SBU) told the Kyiv Independent that the attack "
        "targeted a plant producing Shahed-type drones. At least three drones reached the plant "
        "in Tatarstan, the source said.",
        "The Russian Defense Ministry said it destroyed 32 Ukrainian drones overnight, including "
        "two over Tatarstan.",
        "The Kyiv Independent could not verify the claims.",
        "The Alabuga special economic zone, about 1,000 kilometers from the Ukrainian border, "
        "has been attacked several times since April 2024, when drones hit a dormitory there."),
     [r("intercepted", "uav", 1, "RU-TA", RU_OFF), r("hit", "uav", 1, "RU-TA", RU_OFF),
      r("killed", None, 0, "RU-TA", RU_OFF), r("injured", None, 2, "RU-TA", RU_OFF),
      r("hit", "uav", 3, "RU-TA", UA_ANON), r("intercepted", "uav", 32, "RU", RU_MIL),
      r("intercepted", "uav", 2, "RU-TA", RU_MIL)]),

    # 19. A round-up of Russian governors, one region a paragraph.
    ("en", "wire_russian_governors", "wire", story(
        "Russian governors report drone attacks across western regions",
        "Governors of several Russian regions reported Ukrainian drone attacks overnight into "
        "Friday. The defence ministry said 64 drones were destroyed over Russian regions.",
        "Kursk: Acting Governor Alexander Khinshtein said air defences shot down five drones "
        "over the region; a woman was injured when debris fell on her house in Kurchatov.",
        "Voronezh: Governor Alexander Gusev said 11 drones were destroyed over the city of "
        "Voronezh and three districts of the region. There were no casualties, he said.",
        "Lipetsk: Governor Igor Artamonov said drone debris fell on the territory of an "
        "industrial park in Yelets. \"No one was injured,\" he wrote.",
        "Rostov: Acting Governor Yuri Slyusar said more than 20 drones were destroyed over the "
        "Kamensky and Millerovsky districts.",
        "Moscow: Mayor Sergei Sobyanin said one drone flying towards Moscow was shot down near "
        "Podolsk."),
     [r("intercepted", "uav", 64, "RU", RU_MIL), r("intercepted", "uav", 5, "RU-KRS", RU_OFF),
      r("injured", None, 1, "RU-KRS", RU_OFF), r("intercepted", "uav", 11, "RU-VOR", RU_OFF),
      r("killed", None, 0, "RU-VOR", RU_OFF), r("injured", None, 0, "RU-VOR", RU_OFF),
      r("injured", None, 0, "RU-LIP", RU_OFF), r("intercepted", "uav", 20, "RU-ROS", RU_OFF),
      r("intercepted", "uav", 1, "RU-MOS", RU_OFF)]),

    # 20. A president's weekly totals, the night's figures, a city, a forecast, Moscow's day.
    ("en", "aljazeera_zelenskyy_week", "aljazeera", story(
        "Zelenskyy says Russia fired 1,300 drones this week as ceasefire talks stall",
        "Ukrainian President Volodymyr Zelenskyy has said Russia launched nearly 1,300 attack "
        "drones, more than 1,000 guided aerial bombs and 40 missiles of various types against "
        "Ukraine this week, as he called on allies to increase pressure on Moscow.",
        "\"Every day and every night, Russia terrorises our cities,\" Zelenskyy wrote on X on "
        "Friday, urging partners to supply more air defence systems.",
        "The latest attack came overnight, when Russia fired 97 drones at Ukraine, Ukraine's "
        "air force said. It said 58 were downed and 36 were \"locationally lost\", a phrase the "
        "military uses for drones lost to electronic jamming.",
        "In the northeastern city of Sumy, a drone strike on a residential block wounded 11 "
        "people, the city's acting mayor Artem Kobzar said.",
        "Analysts at the Institute for the Study of War said Russia would likely launch even "
        "more drones in the coming months, predicting 500 a night by summer.",
        "Kremlin spokesman Dmitry Peskov said Russian forces strike only military targets.",
        "Russia's defence ministry said on Friday that its air defences had intercepted four "
        "US-made HIMARS rockets and 30 drones over the past day."),
     [r("launched", "uav", 1300, "UA", UA_OFF), r("launched", "guided_bomb", 1000, "UA", UA_OFF),
      r("launched", "missile", 40, "UA", UA_OFF), r("launched", "uav", 97, "UA", UA_MIL),
      r("intercepted", "uav", 58, "UA", UA_MIL), r("suppressed", "uav", 36, "UA", UA_MIL),
      r("injured", None, 11, "city:Sumy", UA_OFF), r("intercepted", "rocket", 4, None, RU_MIL),
      r("intercepted", "uav", 30, None, RU_MIL)]),

    # 21. Aircraft: a Russian claim, a Ukrainian denial (0) and Ukraine's own claim.
    ("en", "reuters_aircraft_denial", "reuters", story(
        "Russia says it shot down two Ukrainian fighter jets; Kyiv denies losses",
        "March 14 (Reuters) - Russia's defence ministry said on Friday its forces had shot down "
        "two Ukrainian MiG-29 fighter jets over the past day, along with 12 guided aerial bombs "
        "and six HIMARS rockets.",
        "The ministry did not say where the aircraft were shot down.",
        "Ukraine's air force spokesman Yurii Ihnat told national television that no Ukrainian "
        "aircraft had been shot down on Thursday. \"These are fairy tales,\" he said.",
        "Ukraine's air force said separately that it had shot down a Russian Ka-52 attack "
        "helicopter near Pokrovsk in the Donetsk region.",
        "Ukraine's General Staff said its forces had killed or wounded 1,120 Russian soldiers "
        "and destroyed 31 artillery systems over the past day.",
        "Ukraine received its first F-16 jets in the summer of 2024 and has lost at least three "
        "of them since, including one in a Russian missile attack in August."),
     [r("intercepted", "aircraft", 2, None, RU_MIL),
      r("intercepted", "guided_bomb", 12, None, RU_MIL),
      r("intercepted", "rocket", 6, None, RU_MIL), r("intercepted", "aircraft", 0, None, UA_MIL),
      r("intercepted", "helicopter", 1, "UA-14", UA_MIL)]),

    # 22. Sevastopol: the Russian-installed governor, the ministry over the sea, history.
    ("en", "reuters_sevastopol", "reuters", story(
        "Russia says it repelled drone attack on Sevastopol, boy injured",
        "March 14 (Reuters) - Russian forces repelled a Ukrainian drone attack on the Crimean "
        "port of Sevastopol early on Friday, the Russian-installed governor of the city, "
        "Mikhail Razvozhayev, said.",
        "Razvozhayev said on Telegram that air defence and the Black Sea Fleet's mobile fire "
        "groups had shot down seven drones over the city.",
        "A 10-year-old boy was injured by falling debris, he said, and several houses were "
        "damaged in the Lyubimovka area.",
        "The Russian defence ministry said 18 Ukrainian drones had been destroyed over the "
        "Black Sea overnight.",
        "Ukraine's navy spokesman Dmytro Pletenchuk declined to comment.",
        "Sevastopol, home to Russia's Black Sea Fleet, has been a frequent target. In March "
        "2024, Ukraine said it had hit three landing ships in the bay."),
     [r("intercepted", "uav", 7, "UA-40", RU_OFF), r("injured", None, 1, "UA-40", RU_OFF),
      r("intercepted", "uav", 18, "sea:black", RU_MIL)]),

    # 23. Dnipro: a governor's lede, the city's hit, another outlet relayed, a toll update.
    ("en", "kyivindependent_dnipro_media", "kyivindependent", story(
        "Russian missile strike on Dnipro kills 2, injures 18",
        "A Russian missile strike on Dnipro killed two people and injured 18 on the evening of "
        "March 13, Dnipropetrovsk Oblast Governor Serhii Lysak reported.",
        "The missile hit a five-story residential building in the center of Dnipro, partially "
        "destroying it, according to the governor. A 14-year-old girl was among the injured "
        "and is in serious condition.",
        "Suspilne, Ukraine's public broadcaster, reported that a second missile hit an "
        "industrial area on the city's outskirts about an hour later. There was no immediate "
        "information on casualties.",
        "Russia's Defense Ministry said it carried out a \"group strike with high-precision "
        "weapons\" against Ukrainian military-industrial facilities. It did not mention Dnipro.",
        "Dnipro, a city of about 1 million people, has come under regular Russian attack. On "
        "Feb. 1, a Russian ballistic missile strike killed 14 people in Poltava.",
        "Later on March 14, Lysak said the death toll in Dnipro had risen to three after a "
        "woman died in hospital."),
     [r("killed", None, 2, "UA-12", UA_OFF), r("injured", None, 18, "UA-12", UA_OFF),
      r("hit", "missile", 1, "city:Dnipro", UA_OFF),
      r("hit", "missile", 1, "city:Dnipro", UA_MED),
      r("killed", None, 3, "city:Dnipro", UA_OFF)]),
    # 24. Moscow: the mayor's districts of the oblast, the oblast's governor, the ministry.
    ("en", "ap_moscow_region_attack", "ap", story(
        "Ukraine launches big drone attack on Moscow region, killing 1, Russian officials say",
        "MOSCOW (AP) - Ukraine launched one of its largest drone attacks on the Russian "
        "capital's region early Friday, killing a woman and forcing the closure of all four of "
        "Moscow's airports, Russian officials said.",
        "Moscow Mayor Sergei Sobyanin said 74 drones targeting the city were shot down, most of "
        "them over the Ramenskoye, Domodedovo and Podolsk districts of the Moscow region.",
        "Andrei Vorobyov, the governor of the Moscow region, said a 50-year-old woman was "
        "killed when a drone hit a high-rise apartment building in Ramenskoye. Three other "
        "people were injured, he said.",
        "Russia's Defense Ministry said its air defenses destroyed 289 Ukrainian drones over 10 "
        "regions, including 81 over the Moscow region and 117 over the Kursk region.",
        "Flights were suspended at Sheremetyevo, Vnukovo, Domodedovo and Zhukovsky airports, "
        "Russia's aviation authority Rosaviatsia said, and 37 flights were diverted.",
        "The attack came hours before U.S. and Ukrainian officials were due to meet in Saudi "
        "Arabia to discuss a possible ceasefire.",
        "Moscow has rarely been targeted since the start of the war. In May 2023, two drones "
        "exploded over the Kremlin in an attack Russia blamed on Ukraine."),
     [r("intercepted", "uav", 74, "RU-MOS", RU_OFF), r("killed", None, 1, "RU-MOS", RU_OFF),
      r("hit", "uav", 1, "RU-MOS", RU_OFF), r("injured", None, 3, "RU-MOS", RU_OFF),
      r("intercepted", "uav", 289, "RU", RU_MIL), r("intercepted", "uav", 81, "RU-MOS", RU_MIL),
      r("intercepted", "uav", 117, "RU-KRS", RU_MIL)]),

    # 25. Kyiv Oblast and Kyiv city apart; denials of two officials; a country total.
    ("en", "kyivindependent_kyiv_oblast", "kyivindependent", story(
        "Russian drone attack on Kyiv Oblast injures 3, damages homes",
        "Russia attacked Kyiv Oblast with drones overnight on March 14, injuring three people, "
        "Governor Mykola Kalashnyk reported.",
        "A 34-year-old man was among them; he was hospitalized with shrapnel wounds, Kalashnyk "
        "said. Several private houses and cars were damaged.",
        "In the capital, air defense was active for more than five hours, said Tymur "
        "Tkachenko, head of the Kyiv City Military Administration. Debris fell in the "
        "Obolonskyi district, causing a fire but no casualties, he said.",
        "Across the country, air defense shot down 63 of the 99 drones Russia launched "
        "overnight, Ukraine's Air Force said.",
        "In Cherkasy Oblast, drone debris damaged a house in a village of the Zolotonosha "
        "district. No injuries were reported, Governor Ihor Taburets said.",
        "Kyiv Oblast has been a frequent target of Russian drones. On Feb. 9, a drone attack "
        "killed two people in Brovary."),
     [r("injured", None, 3, "UA-32", UA_OFF), r("killed", None, 0, "UA-30", UA_OFF),
      r("injured", None, 0, "UA-30", UA_OFF), r("launched", "uav", 99, "UA", UA_MIL),
      r("intercepted", "uav", 63, "UA", UA_MIL), r("injured", None, 0, "UA-71", UA_OFF)]),

    # 26. An analysis: production, forecasts, costs, aid and earlier nights; no claim.
    ("en", "aljazeera_analysis_no_claims", "aljazeera", story(
        "Analysis: Why Russia's drone war on Ukraine keeps escalating",
        "When Russia first used Iranian-designed Shahed drones against Ukraine in September "
        "2022, it launched a handful at a time. Two and a half years later, barrages of more "
        "than 100 drones a night have become routine.",
        "Ukrainian military intelligence estimates that Russia now produces about 2,700 "
        "Shahed-type drones a month at the Alabuga plant in Tatarstan, and plans to reach "
        "6,000 a month by the end of the year.",
        "\"They could launch 500 or even 1,000 drones in a single night by summer,\" said one "
        "European defence analyst, who asked not to be named.",
        "Each Shahed costs an estimated $35,000 to build, while a single Patriot interceptor "
        "costs about $4m. Ukraine has answered with cheap interceptor drones costing as little "
        "as $5,000 each, and says it will build 30,000 of them this year.",
        "Western partners have pledged dozens of air defence systems. Germany alone has "
        "promised four IRIS-T batteries in 2025.",
        "In 2024, Russia fired more than 11,000 drones at Ukraine, according to an Al Jazeera "
        "count based on air force data. January 2025 alone saw more than 2,500.",
        "For Ukrainians, the nightly alerts have become part of life: the air raid siren in "
        "Kyiv sounded 48 times in February, for a total of 61 hours."),
     []),
]
XFAIL: dict[str, str] = {
    # withdrawn at the merge, each for an older table it broke once the branches met:
    "kyivindependent_af_summary_list":
        "'over' as a launch-origin link was withdrawn: 'a missile fired from Yemen over the Red "
        "Sea' is met there (test_en_core red_sea)",
    "aljazeera_analysis_no_claims":
        "a dated history sentence's undated followers are history only where it counted "
        "something itself: 'In January, ... Three drones were shot down.' is a claim (en_core)",
    "aljazeera_key_events":
        "'Russia's' in a governor's title was withdrawn: the region named there widens the town "
        "(test_round7_guide place3)",
    "ap_odesa_port_dateline": "'Gov. X said. No one was hurt, he added.': the ministry after it",
    "wire_fedorov_thread": "a head's posts: the city, not the region his office names",
    "reuters_crimea_counterclaim": "context of 'Saky airfield in western Crimea': the town",
    "ap_correction_chernihiv": "the correction note restates claims at the town; lede's lost",
    "kyivindependent_ground_and_air": "'multiple launch rocket systems': losses read as launched",
    "reuters_region_table": "'Kursk region: 38' lines (place, colon, count) not read",
    "reuters_israel_yemen": "'fired a missile at Ben Gurion airport' missed; Sanaa a city",
    "ap_roundup_regions": "'an aerial bomb killed a woman' read as a hit, no killing",
    "wire_russian_governors": "'Rostov:' heading read as the city Rostov-on-Don",
    "aljazeera_zelenskyy_week": "guide: a ministry's daily count with no place is null; rules: RU",
    "reuters_aircraft_denial": "guide: a ministry's daily count with no place is null; rules: RU",
    "kyivindependent_dnipro_media": "'a second missile hit' not one; 'died in hospital' injured",
    "ap_moscow_region_attack": "the lede's killing, repeated in the body, placed at Moscow city",
}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)
