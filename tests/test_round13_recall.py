"""Round 13 (claims the grammar did not read at all in Russian and Ukrainian news): my own
sentences for the general shapes behind the dev fold a `missed_other` errors, each with the
claims ANNOTATION.md gives it, written down before the extractor read it. Where a construction
exists in the other languages, its twins there too; the precision rows say what must stay
unread (ground war, a part that is no further claim).

A report is an Ukrinform page (uk), a Russian-language page of no known side (ru) or an Example
Wire article (en) of Friday 14 March 2025. A row is (action, weapon, quantity, location); as in
the scoring, an expected `missile` matches a kind of missile. An empty list: no claim.

Changed after the first run: "one-of-them-child-ru" first said "При ударе беспилотника по
Херсону", a strike of one drone at a place, which the guide counts as a hit of one as well; the
drones are now plural with no count, so the row stays about the people alone.
"""

from __future__ import annotations

import pytest

from claimants import Placed, row_key, sited_rows, table_params
from claimledger.model import Language
from claimledger.resources import Resources

CASES: list[tuple[Language, str, str, list[Placed]]] = [
    # -- "один из них упал на ...": one of the weapons just counted, acting on its own (a hit
    # after a downing, a hit after a launch); Ukrainian and English read it already.
    ("ru", "one-of-them-fell-ru",
     "Над Белгородом сбиты 7 беспилотников, один из них упал на территорию рынка.",
     [("intercepted", "uav", 7, "city:Belgorod"), ("hit", "uav", 1, "city:Belgorod")]),
    ("ru", "one-of-which-hit-ru",
     "По Одессе выпустили три ракеты, одна из которых попала в портовый склад.",
     [("launched", "missile", 3, "city:Odesa"), ("hit", "missile", 1, "city:Odesa")]),
    ("ru", "one-of-them-next-sentence-ru",
     "Над Липецкой областью ПВО уничтожила пять дронов. Один из них упал на крышу гаража.",
     [("intercepted", "uav", 5, "RU-LIP"), ("hit", "uav", 1, "RU-LIP")]),
    ("uk", "one-of-them-fell-uk",
     "Над Сумами збито 7 дронів, один з них упав на територію ринку.",
     [("intercepted", "uav", 7, "city:Sumy"), ("hit", "uav", 1, "city:Sumy")]),
    ("en", "one-of-them-fell-en",
     "Seven drones were shot down over Belgorod, and one of them fell on a market.",
     [("intercepted", "uav", 7, "city:Belgorod"), ("hit", "uav", 1, "city:Belgorod")]),
    # precision: "one of them" that does nothing of the air war is no claim; people counted
    # stay one claim
    ("ru", "one-of-them-described-ru",
     "Над Курском сбиты 4 беспилотника, один из них был самолетного типа.",
     [("intercepted", "uav", 4, "city:Kursk")]),
    ("ru", "one-of-them-child-ru",
     "При атаке дронов на Херсон ранены три человека, один из них ребенок.",
     [("injured", None, 3, "city:Kherson")]),

    # -- "Ещё один беспилотник упал ...": one more weapon than the claim told before, never
    # that claim again (Ukrainian "ще один", English "another" already keep it apart).
    ("ru", "one-more-fell-ru",
     "Беспилотник врезался в жилой дом в Курске. Еще один беспилотник упал во дворе школы.",
     [("hit", "uav", 1, "city:Kursk"), ("hit", "uav", 1, "city:Kursk")]),
    ("ru", "one-more-missile-ru",
     "Ракета попала в здание склада в Харькове. Ещё одна ракета попала в жилой дом.",
     [("hit", "missile", 1, "city:Kharkiv"), ("hit", "missile", 1, "city:Kharkiv")]),
    ("ru", "one-more-downed-ru",
     "Над Тулой сбит беспилотник. Спустя час еще один беспилотник сбит над Тулой.",
     [("intercepted", "uav", 1, "city:Tula"), ("intercepted", "uav", 1, "city:Tula")]),
    ("uk", "one-more-missile-uk",
     "Ракета влучила в будівлю складу в Харкові. Ще одна ракета влучила в житловий будинок.",
     [("hit", "missile", 1, "city:Kharkiv"), ("hit", "missile", 1, "city:Kharkiv")]),
    ("en", "one-more-fell-en",
     "A drone crashed into a house in Kursk. Another drone fell near a school.",
     [("hit", "uav", 1, "city:Kursk"), ("hit", "uav", 1, "city:Kursk")]),

    # -- A count before the noun of an arrival ("два прильоти", "три прилета"): hits, of the
    # weapon the attack named just before.
    ("uk", "arrivals-count-uk",
     "Ворог атакував Дрогобич ракетами. Два прильоти – по промисловому об'єкту.",
     [("hit", "missile", 2, "city:Drohobych")]),
    ("ru", "arrivals-count-ru",
     "Враг атаковал Харьков ракетами. Три прилета зафиксированы в Киевском районе.",
     [("hit", "missile", 3, "city:Kharkiv")]),
    ("uk", "arrivals-recorded-uk",
     "Уночі росіяни атакували Запоріжжя дронами. Зафіксовано чотири прильоти по місту.",
     [("hit", "uav", 4, "city:Zaporizhzhia")]),
    # precision: the arrivals of shells are the ground war
    ("uk", "arrivals-artillery-uk",
     "Окупанти обстріляли Нікополь з артилерії: два прильоти по околицях міста.", []),

    # -- Two weapons named once each and joined by "и"/"та" under one verb: each is one of its
    # kind (English "a ... and a ..." reads so already).
    ("ru", "joined-instrumental-ru",
     "Враг атаковал Харьков баллистической ракетой и ударным дроном.",
     [("launched", "ballistic_missile", 1, "city:Kharkiv"),
      ("launched", "uav", 1, "city:Kharkiv")]),
    ("ru", "joined-passive-ru",
     "Удары по Одессе были нанесены баллистической ракетой и крылатой ракетой «Калибр».",
     [("launched", "ballistic_missile", 1, "city:Odesa"),
      ("launched", "cruise_missile", 1, "city:Odesa")]),
    ("uk", "joined-passive-uk",
     "Удари по Одесі були завдані балістичною ракетою та крилатою ракетою «Калібр».",
     [("launched", "ballistic_missile", 1, "city:Odesa"),
      ("launched", "cruise_missile", 1, "city:Odesa")]),
    ("uk", "joined-object-uk",
     "Над Харківщиною сили ППО збили крилату ракету і ударний дрон.",
     [("intercepted", "cruise_missile", 1, "UA-63"), ("intercepted", "uav", 1, "UA-63")]),
    ("ru", "joined-object-ru",
     "Над Брянской областью ПВО сбила крылатую ракету и беспилотник.",
     [("intercepted", "cruise_missile", 1, "RU-BRY"), ("intercepted", "uav", 1, "RU-BRY")]),
    ("en", "joined-en",
     "Russia attacked Odesa with a ballistic missile and a Kalibr cruise missile.",
     [("launched", "ballistic_missile", 1, "city:Odesa"),
      ("launched", "cruise_missile", 1, "city:Odesa")]),
    # precision: what is joined to the weapon is no weapon, or another clause's
    ("ru", "joined-artillery-ru",
     "Враг атаковал Херсон ударным дроном и артиллерией.",
     [("launched", "uav", 1, "city:Kherson")]),
    ("uk", "joined-other-clause-uk",
     "Над Сумами збито ударний дрон, а уламки ракети впали на поле.",
     [("intercepted", "uav", 1, "city:Sumy")]),

    # -- Ukrainian "уражено"/"вражено" (the passive of "уразити"): downed, as Russian "поражены"
    # reads already; the active verb stays unread (a launch's "уразили ціль ракетою", strikes on
    # the ground).
    ("uk", "struck-passive-uk",
     "Силами протиповітряної оборони уражено 15 ворожих дронів над Полтавщиною.",
     [("intercepted", "uav", 15, "UA-53")]),
    ("uk", "struck-passive-v-uk", "Над Житомирщиною вражено 4 крилаті ракети.",
     [("intercepted", "cruise_missile", 4, "UA-18")]),
    ("uk", "struck-passive-was-uk", "Уночі над Одещиною було уражено шість ударних БпЛА.",
     [("intercepted", "uav", 6, "UA-51")]),
    ("uk", "struck-participle-uk", "Над Сумщиною уражені 8 ворожих безпілотників.",
     [("intercepted", "uav", 8, "UA-59")]),
    ("ru", "struck-passive-ru", "Над Брянской областью поражены 9 беспилотников.",
     [("intercepted", "uav", 9, "RU-BRY")]),
    # precision: the ground war's targets, and an active verb whose count is of depots
    ("uk", "struck-ground-uk",
     "На Запорізькому напрямку уражено 3 танки та 2 пункти управління БпЛА.", []),
    ("uk", "struck-depots-uk", "Дрони СБУ уразили 2 нафтобази в Брянській області.", []),
    # the active verb where air defence is its subject, right before it: downed as well
    ("uk", "struck-active-ppo-uk", "Сили ППО уразили 12 ударних БпЛА над Київщиною.",
     [("intercepted", "uav", 12, "UA-32")]),
    ("uk", "struck-active-defence-uk",
     "Вночі сили протиповітряної оборони вразили 9 ворожих дронів над Вінниччиною.",
     [("intercepted", "uav", 9, "UA-05")]),
    ("uk", "struck-aircraft-ground-uk", "Дрони СБУ уразили 3 літаки на аеродромі в Саках.", []),

    # -- Russian "не долетели": lost on the way, as Ukrainian "не долетіли" (suppressed).
    ("ru", "not-reached-ru",
     "Над Черниговской областью 12 беспилотников не долетели до целей из-за РЭБ.",
     [("suppressed", "uav", 12, "UA-74")]),
    ("ru", "not-reached-more-ru", "Еще 25 вражеских дронов не долетели до своих целей.",
     [("suppressed", "uav", 25, None)]),
    ("uk", "not-reached-uk",
     "Над Чернігівщиною 12 дронів не долетіли до цілей через РЕБ.",
     [("suppressed", "uav", 12, "UA-74")]),
    # precision: without the negation they are no loss
    ("ru", "reached-ru", "Два беспилотника долетели до окраин Курска.", []),

    # -- Ukrainian news spelling drones "беспілотник" (the Russian stem) as well as
    # "безпілотник": the same weapon.
    ("uk", "drone-spelling-fell-uk", "Беспілотник упав на подвір'я приватного будинку в Бучі.",
     [("hit", "uav", 1, "city:Bucha")]),
    ("uk", "drone-spelling-count-uk", "Над Полтавщиною знищено 5 беспілотників.",
     [("intercepted", "uav", 5, "UA-53")]),
    ("uk", "drone-spelling-launch-uk",
     "Вночі ворог атакував Харків трьома ударними беспілотниками.",
     [("launched", "uav", 3, "city:Kharkiv")]),

    # -- A count before adjectives joined by "и"/"та" ("16 баллистическими и крылатыми
    # ракетами"): one count of the noun; kinds of missile mixed are missiles, a missile and
    # drones together air targets of mixed kinds (weapon null).
    ("ru", "joined-kinds-ru", "Россия атаковала Украину 16 баллистическими и крылатыми ракетами.",
     [("launched", "missile", 16, "UA")]),
    ("ru", "joined-kinds-drones-ru",
     "Россия атаковала Украину 16 баллистическими и крылатыми ракетами и беспилотниками.",
     [("launched", None, 16, "UA")]),
    ("uk", "joined-kinds-uk", "Росія атакувала Україну 16 балістичними та крилатими ракетами.",
     [("launched", "missile", 16, "UA")]),
    ("uk", "joined-roles-uk", "Над Київщиною збито 12 ударних і розвідувальних дронів.",
     [("intercepted", "uav", 12, "UA-32")]),
    ("ru", "joined-roles-ru",
     "Над Белгородской областью сбиты 12 ударных и разведывательных беспилотников.",
     [("intercepted", "uav", 12, "RU-BEL")]),
    ("en", "joined-kinds-en", "Russia attacked Ukraine with 16 ballistic and cruise missiles.",
     [("launched", "missile", 16, "UA")]),
    # precision: regions joined before a count stay the country's one claim
    ("ru", "joined-regions-ru", "Над Курской и Брянской областями сбиты 9 беспилотников.",
     [("intercepted", "uav", 9, "RU")]),

    # -- A sentence hard-wrapped onto the next line (a post's line ends with no full stop and
    # the next goes on in lower case): one sentence, its place and its qualifier kept.
    ("ru", "wrapped-qualifier-ru",
     "Ночью над Курской областью силы ПВО сбили не\nменее 20 беспилотников.",
     [("intercepted", "uav", 20, "RU-KRS")]),
    ("uk", "wrapped-place-uk", "Уночі над Київщиною сили ППО\nзбили 12 ударних дронів.",
     [("intercepted", "uav", 12, "UA-32")]),
    ("ru", "wrapped-place-ru", "Над Брянской областью уничтожены\nвосемь украинских беспилотников.",
     [("intercepted", "uav", 8, "RU-BRY")]),
    ("en", "wrapped-place-en",
     "Air defences shot down twelve drones over\nthe Kyiv region overnight.",
     [("intercepted", "uav", 12, "UA-32")]),
    # precision: a list's lines stay items of their own
    ("uk", "wrapped-list-uk", "Збито:\n- 5 дронів над Сумщиною;\n- 3 ракети над Харківщиною.",
     [("intercepted", "uav", 5, "UA-59"), ("intercepted", "missile", 3, "UA-63")]),

    # -- Hits counted by the noun of an arrival ("два прильоти") right after a sentence that
    # names the attack by its adjective ("ракетного удару"): hits of that weapon, as within
    # one sentence ("під час ракетної атаки зафіксовано два прильоти").
    ("uk", "arrivals-after-strike-uk",
     "Ворог завдав ракетного удару по Дрогобичу. Зафіксовано два прильоти.",
     [("hit", "missile", 2, "city:Drohobych")]),
    ("uk", "arrivals-after-strikes-dash-uk",
     "Ворог завдав трьох ракетних ударів по Стрию. Два прильоти – по промисловому об'єкту.",
     [("hit", "missile", 2, "city:Stryi")]),
    ("ru", "arrivals-after-strike-ru",
     "Враг нанес ракетный удар по Харькову. Зафиксировано три прилета.",
     [("hit", "missile", 3, "city:Kharkiv")]),
    ("uk", "arrivals-after-drone-attack-uk",
     "Вночі Суми пережили дронову атаку. Зафіксовано чотири влучання.",
     [("hit", "uav", 4, "city:Sumy")]),
    # precision: an attack of another paragraph says nothing of these arrivals
    ("uk", "arrivals-other-paragraph-uk",
     "Ворог завдав ракетного удару по Дрогобичу.\n\nУ Нікополі зафіксовано два прильоти.", []),

    # -- Russian active "поразили" with air defence as its subject ("Силы ПВО поразили 12
    # БПЛА"): downed, as the passive "поражены" (and Ukrainian "Сили ППО уразили"); other
    # subjects' "поразили" stays a strike.
    ("ru", "struck-active-pvo-ru", "Силы ПВО поразили 12 беспилотников над Киевской областью.",
     [("intercepted", "uav", 12, "UA-32")]),
    ("ru", "struck-active-means-ru",
     "Ночью средства ПВО поразили 7 украинских дронов над Белгородом.",
     [("intercepted", "uav", 7, "city:Belgorod")]),
    ("ru", "struck-active-ground-ru",
     "Войска поразили 5 пунктов управления БПЛА в Херсонской области.", []),

    # -- A place whose word is a Telegram link to another channel's post ("в [Брянской](
    # https://t.me/mash/...)") stays the place; the link does not make it an outlet's name.
    ("ru", "linked-place-item-ru",
     "36 БПЛА сбили в Курской области, 20 — в [Брянской](https://t.me/mash/58888), 12 — в"
     " Крыму.",
     [("intercepted", "uav", 36, "RU-KRS"), ("intercepted", "uav", 20, "RU-BRY"),
      ("intercepted", "uav", 12, "UA-43")]),
    ("ru", "linked-place-over-ru",
     "По данным Минобороны, над [Белгородской областью](https://t.me/mash/1) сбиты 5"
     " беспилотников.",
     [("intercepted", "uav", 5, "RU-BEL")]),
    ("uk", "linked-place-uk", "Над [Харківщиною](https://t.me/synegubov/1) збито 4 дрони.",
     [("intercepted", "uav", 4, "UA-63")]),
    # the outlet's own name linked is still the outlet, and the claim's place is kept
    ("ru", "linked-outlet-ru",
     "[Mash](https://t.me/mash) пишет, что над Курском сбиты 3 беспилотника.",
     [("intercepted", "uav", 3, "city:Kursk")]),
]

# Cases the rules still miss, each with why it is left.
_ONE_MORE = (
    "Russian \"ещё\" before a count of one kept apart from the claim before (also tried only"
    " within the same or the previous paragraph) gained a claim on dev fold a, but fold b's"
    " Russian F1 fell (one extra claim): dropped by the fold protocol"
)
_JOINED_KINDS = (
    "read by walking a weapon phrase back over \"и\" between two adjectives (kinds of missile"
    " mixed: missiles); both dev folds' Russian F1 fell (one extra claim each; on fold a a"
    " right count placed at \"эсминец США\"): dropped by the fold protocol"
)
XFAIL: dict[str, str] = {
    "joined-kinds-ru": _JOINED_KINDS,
    "joined-kinds-drones-ru": _JOINED_KINDS,
    "joined-kinds-uk": _JOINED_KINDS,
    "joined-roles-uk": _JOINED_KINDS,
    "joined-roles-ru": _JOINED_KINDS,
    "joined-kinds-en": _JOINED_KINDS,
    "one-more-fell-ru": _ONE_MORE,
    "one-more-missile-ru": _ONE_MORE,
    "one-more-downed-ru": _ONE_MORE,
}


@pytest.mark.parametrize(("lang", "text", "expected"), table_params(CASES, XFAIL))
def test_round13_recall(
    resources: Resources, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert sited_rows(resources, text, lang, expected) == sorted(expected, key=row_key)


def test_names_unique() -> None:
    names = [name for _, name, _, _ in CASES]
    assert len(names) == len(set(names))
