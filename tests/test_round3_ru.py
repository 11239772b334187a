"""Generalization round 3 (Russian helper): the error classes the held-out texts showed,
each as rows of my own sentences with their twins in Ukrainian and English where the
construction exists there. Each row: language, a report text and the claims it must give as
(action, weapon, quantity, location); an empty list gives none. Expectations were written from
ANNOTATION.md before the extractor read the sentence.
"""

from __future__ import annotations

import pytest

from claimledger.resources import Resources
from unseen_texts import Row, read, rows


def each(quantity: int, *regions: str) -> list[Row]:
    """A distributive list: the same count at every region."""
    return [("intercepted", "uav", quantity, region) for region in regions]


CASES: dict[str, tuple[str, str, list[Row]]] = {
    # Distributive lists after a total's colon or after another count: "по N" gives N to every
    # region of its list, and the regions of that list are not the earlier count's.
    "po-after-colon": (
        "ru",
        "Минобороны сообщило о 12 сбитых беспилотниках: над Калужской, Тульской и Орловской "
        "областями — по четыре.",
        [("intercepted", "uav", 12, "RU"), *each(4, "RU-KLU", "RU-TUL", "RU-ORL")],
    ),
    "po-after-colon-uk": (
        "uk",
        "Повітряні сили повідомили про 12 збитих дронів: над Київською, Житомирською та "
        "Черкаською областями — по чотири.",
        [("intercepted", "uav", 12, "UA"), *each(4, "UA-32", "UA-18", "UA-71")],
    ),
    "each-after-colon-en": (
        "en",
        "The defence ministry reported 12 drones downed: four each over the Kaluga, Tula and "
        "Oryol regions.",
        [("intercepted", "uav", 12, "RU"), *each(4, "RU-KLU", "RU-TUL", "RU-ORL")],
    ),
    "po-after-another-count": (
        "ru",
        "Средства ПВО уничтожили 12 беспилотников: шесть — над Брянской областью, над "
        "Белгородской, Тульской и Тверской областями — по два.",
        [
            ("intercepted", "uav", 12, "RU"),
            ("intercepted", "uav", 6, "RU-BRY"),
            *each(2, "RU-BEL", "RU-TUL", "RU-TVE"),
        ],
    ),
    "po-after-another-count-uk": (
        "uk",
        "Сили ППО збили 12 дронів: шість — над Київською областю, над Житомирською, Черкаською "
        "та Полтавською — по два.",
        [
            ("intercepted", "uav", 12, "UA"),
            ("intercepted", "uav", 6, "UA-32"),
            *each(2, "UA-18", "UA-71", "UA-53"),
        ],
    ),
    "each-after-another-count-en": (
        "en",
        "Air defences destroyed 12 drones: six over the Bryansk region, and two each over the "
        "Belgorod, Tula and Tver regions, the ministry said.",
        [
            ("intercepted", "uav", 12, "RU"),
            ("intercepted", "uav", 6, "RU-BRY"),
            *each(2, "RU-BEL", "RU-TUL", "RU-TVE"),
        ],
    ),
    "po-after-another-sentence-count": (
        "ru",
        "Над Брянской областью сбиты шесть беспилотников, над Белгородской, Тульской и Тверской "
        "— по два.",
        [("intercepted", "uav", 6, "RU-BRY"), *each(2, "RU-BEL", "RU-TUL", "RU-TVE")],
    ),
    "po-restates-total-places": (
        "ru",
        "ПВО сбила 12 беспилотников над Калужской, Тульской и Орловской областями — по четыре.",
        [("intercepted", "uav", 12, "RU"), *each(4, "RU-KLU", "RU-TUL", "RU-ORL")],
    ),
    # A capital that acts or speaks is its state: the claim is of the country, not the city.
    "capital-dative-success": (
        "ru",
        "Украинское командование заявило, что ночью Киеву удалось сбить шесть ракет «Кинжал».",
        [("intercepted", "ballistic_missile", 6, "UA")],
    ),
    "capital-dative-success-uk": (
        "uk",
        "Командування заявило, що Києву вдалося збити шість ракет «Кинджал».",
        [("intercepted", "ballistic_missile", 6, "UA")],
    ),
    "capital-managed-en": (
        "en",
        "Ukraine's military said Kyiv had managed to shoot down six Kinzhal missiles overnight.",
        [("intercepted", "ballistic_missile", 6, "UA")],
    ),
    "capital-says": (
        "ru",
        "Киев заявил, что ПВО сбила 30 российских дронов.",
        [("intercepted", "uav", 30, "UA")],
    ),
    "capital-says-moscow": (
        "ru",
        "Москва заявила, что за ночь над Россией сбито 20 украинских беспилотников.",
        [("intercepted", "uav", 20, "RU")],
    ),
    "capital-says-uk": (
        "uk",
        "Москва заявила, що її ППО збила 20 українських дронів.",
        [("intercepted", "uav", 20, "RU")],
    ),
    "capital-says-en": (
        "en",
        "Kyiv said its air defences shot down 30 Russian drones overnight.",
        [("intercepted", "uav", 30, "UA")],
    ),
    # ... but the city with its preposition is where the drones were.
    "capital-with-preposition": (
        "ru",
        "Над Киевом удалось сбить шесть беспилотников, сообщил мэр Виталий Кличко.",
        [("intercepted", "uav", 6, "UA-30")],
    ),
    # Villages the gazetteer does not know: the name after "в селе", "в хуторе" is the place,
    # a district after it only says where it lies, a region after it makes the claim the region's.
    "village-named-alone": (
        "ru",
        "В селе Отрадное дрон ударил по автомобилю.",
        [("hit", "uav", 1, "city:Otradnoye")],
    ),
    "village-named-alone-uk": (
        "uk",
        "У селі Журавка дрон атакував автомобіль.",
        [("hit", "uav", 1, "city:Zhuravka")],
    ),
    "village-with-district": (
        "ru",
        "В хуторе Журавка Миллеровского района обломки сбитого дрона разрушили крышу, сообщил "
        "Юрий Слюсарь.",
        [("intercepted", "uav", 1, "city:Zhuravka")],
    ),
    "village-with-district-uk": (
        "uk",
        "Дрон атакував автомобіль у селищі Комишуваха Запорізького району.",
        [("hit", "uav", 1, "city:Komyshuvakha")],
    ),
    "village-with-region": (
        "ru",
        "В поселке Красная Яруга Белгородской области дрон атаковал автомобиль, ранен водитель.",
        [("hit", "uav", 1, "RU-BEL"), ("injured", None, 1, "RU-BEL")],
    ),
    "village-region-earlier-in-sentence": (
        "ru",
        "В Белгородской области при атаке дрона на село Маслова Пристань ранены трое мужчин.",
        [("hit", "uav", 1, "RU-BEL"), ("injured", None, 3, "RU-BEL")],
    ),
    "village-after-governor-region": (
        "ru",
        "Беспилотники атаковали Белгородскую область, сообщил Вячеслав Гладков. В селе Отрадное "
        "дрон ударил по автомобилю. Мужчину с ранениями доставили в больницу.",
        [("hit", "uav", 1, "city:Otradnoye"), ("injured", None, 1, "city:Otradnoye")],
    ),
    # One person injured, told as the object of the verb or by a participle.
    "victim-taken-to-hospital": (
        "ru",
        "Беспилотник атаковал легковой автомобиль в Шебекино. Мужчину с осколочными ранениями "
        "доставили в больницу.",
        [("hit", "uav", 1, "city:Shebekino"), ("injured", None, 1, "city:Shebekino")],
    ),
    "victim-taken-to-hospital-uk": (
        "uk",
        "Дрон атакував автомобіль у Херсоні. Чоловіка з осколковими пораненнями доставили до "
        "лікарні.",
        [("hit", "uav", 1, "city:Kherson"), ("injured", None, 1, "city:Kherson")],
    ),
    "victim-hospitalised-en": (
        "en",
        "A drone hit a car in Kherson. A man was hospitalised with shrapnel wounds.",
        [("hit", "uav", 1, "city:Kherson"), ("injured", None, 1, "city:Kherson")],
    ),
    "victim-object-of-drone": (
        "ru",
        "В Курской области дрон ранил мужчину.",
        [("injured", None, 1, "RU-KRS")],
    ),
    "victim-participle-subject": (
        "ru",
        "Беспилотник атаковал автомобиль в Грайвороне. Пострадавший получил минно-взрывную "
        "травму.",
        [("hit", "uav", 1, "city:Graivoron"), ("injured", None, 1, "city:Graivoron")],
    ),
    "two-victims-taken-to-hospital": (
        "ru",
        "В Белгороде дрон атаковал автомобиль. Двоих мужчин доставили в больницу.",
        [("hit", "uav", 1, "city:Belgorod"), ("injured", None, 2, "city:Belgorod")],
    ),
    # Launch and interception pairs: "все 14 запущенных ... сбиты" gives both, whatever words
    # stand between the participle and the weapon.
    "all-launched-at-region": (
        "ru",
        "Все 14 запущенных ВСУ по Брянской области беспилотников были сбиты, сообщил губернатор "
        "Александр Богомаз.",
        [("intercepted", "uav", 14, "RU-BRY"), ("launched", "uav", 14, "RU-BRY")],
    ),
    "all-launched-at-region-uk": (
        "uk",
        "Усі 14 запущених ворогом по Сумській області дронів були збиті.",
        [("intercepted", "uav", 14, "UA-59"), ("launched", "uav", 14, "UA-59")],
    ),
    "all-launched-at-region-en": (
        "en",
        "All 14 drones launched at the Bryansk region were shot down, the governor said.",
        [("intercepted", "uav", 14, "RU-BRY"), ("launched", "uav", 14, "RU-BRY")],
    ),
    # A side's air defence named as acting: the side defends, and a downing with no place of
    # its own is over that side's country ("Ukraine's air defences" -> UA).
    "ukrainian-air-defence-n-of-m": (
        "ru",
        "Украинская ПВО отразила атаку, уничтожив 22 из 33 беспилотников, сообщили Воздушные "
        "силы.",
        [("intercepted", "uav", 22, "UA"), ("launched", "uav", 33, "UA")],
    ),
    "ukrainian-air-defence-outlet": (
        "ru",
        "Украинская ПВО за ночь сбила 25 беспилотников.",
        [("intercepted", "uav", 25, "UA")],
    ),
    "ukrainian-air-defence-uk": (
        "uk",
        "За ніч українська ППО збила 25 дронів.",
        [("intercepted", "uav", 25, "UA")],
    ),
    "ukrainian-air-defence-en": (
        "en",
        "Ukrainian air defences shot down 25 drones overnight.",
        [("intercepted", "uav", 25, "UA")],
    ),
    "russian-air-defence-region-named": (
        "ru",
        "Российская ПВО сбила над Белгородской областью пять беспилотников.",
        [("intercepted", "uav", 5, "RU-BEL")],
    ),
    # A district of a name many districts share, joined to a town: the town's region; a
    # district that says where a village lies leaves the village its own.
    "town-and-common-district": (
        "ru",
        "Еще пять БПЛА уничтожены на окраине Брянска и в Советском районе. Пострадавших нет.",
        [
            ("injured", None, 0, "RU-BRY"),
            ("intercepted", "uav", 5, "RU-BRY"),
            ("killed", None, 0, "RU-BRY"),
        ],
    ),
    "town-quarter-genitive": (
        "ru",
        "В Ленинском районе Брянска сбит беспилотник.",
        [("intercepted", "uav", 1, "city:Bryansk")],
    ),
    "village-in-district": (
        "ru",
        "В селе Журавка в приграничном Октябрьском районе дрон атаковал автомобиль.",
        [("hit", "uav", 1, "city:Zhuravka")],
    ),
    # A strike summary that names several cities, then the count: the country, not the first
    # city named.
    "strike-summary-cities-then-total": (
        "ru",
        "ВС РФ нанесли удар по энергетическим объектам в Харькове, Полтаве и Кривом Роге. Всего "
        "было выпущено 30 ракет, сообщило Минобороны.",
        [("launched", "missile", 30, "UA")],
    ),
    "strike-summary-cities-then-total-uk": (
        "uk",
        "Російські війська завдали удару по енергетичних об'єктах у Харкові, Полтаві та Кривому "
        "Розі. Загалом було випущено 30 ракет.",
        [("launched", "missile", 30, "UA")],
    ),
    "strike-summary-cities-then-total-en": (
        "en",
        "Russia struck energy facilities in Kharkiv, Poltava and Kryvyi Rih overnight. In total, "
        "30 missiles were launched, the air force said.",
        [("launched", "missile", 30, "UA")],
    ),
    "strike-summary-cities-with-count": (
        "ru",
        "Российские войска ночью атаковали Днепр, Запорожье и Харьков 60 беспилотниками, сообщили "
        "в Минобороны.",
        [("launched", "uav", 60, "UA")],
    ),
    # A region by its colloquial name ("Воронежщина", "Ярославщина", "Липетчина").
    "region-nickname-voronezh": (
        "ru",
        "Над Воронежщиной ночью сбиты три беспилотника, сообщил губернатор.",
        [("intercepted", "uav", 3, "RU-VOR")],
    ),
    "region-nicknames-list": (
        "ru",
        "Над Ярославщиной и Липетчиной уничтожено по два беспилотника, сообщило Минобороны.",
        each(2, "RU-YAR", "RU-LIP"),
    ),
    "region-nickname-uk": (
        "uk",
        "Над Воронежчиною збито три дрони, повідомив губернатор.",
        [("intercepted", "uav", 3, "RU-VOR")],
    ),
    # A country after a passive participle is who did it ("аннексированном Россией Крымом"),
    # not one more place of a list.
    "agent-after-passive-participle": (
        "ru",
        "Еще по одному дрону ночью было сбито над аннексированным Россией Крымом, а также над "
        "Белгородской и Калужской областями.",
        each(1, "UA-43", "RU-BEL", "RU-KLU"),
    ),
    "agent-after-passive-participle-uk": (
        "uk",
        "Ще по одному дрону збито над окупованим Росією Кримом та над Сумською областю.",
        each(1, "UA-43", "UA-59"),
    ),
    # A town named by its nominative after a verb of attack ("атаковала Николаев"), though the
    # name is a surname too.
    "town-after-attack-verb": (
        "ru",
        "Российская армия атаковала Николаев дронами: погибли пять человек.",
        [("killed", None, 5, "city:Mykolaiv")],
    ),
    "town-after-attack-verb-uk": (
        "uk",
        "Ворог атакував Миколаїв дронами: загинули п'ятеро людей.",
        [("killed", None, 5, "city:Mykolaiv")],
    ),
    # A whole whose only places are those of its parts ("в том числе по пять над Курской и
    # Брянской"): the country of the parts; every part of the list is a part.
    "whole-with-placed-parts": (
        "ru",
        "Сбиты 14 беспилотников, в том числе по пять над Курской и Брянской областями.",
        [("intercepted", "uav", 14, "RU"), *each(5, "RU-KRS", "RU-BRY")],
    ),
    "whole-with-placed-parts-uk": (
        "uk",
        "Сили ППО збили 14 дронів, зокрема по п'ять над Харківською та Сумською областями.",
        [("intercepted", "uav", 14, "UA"), *each(5, "UA-63", "UA-59")],
    ),
    "whole-with-placed-parts-en": (
        "en",
        "Air defences downed 14 drones, including five each over the Kursk and Bryansk regions, "
        "the ministry said.",
        [("intercepted", "uav", 14, "RU"), *each(5, "RU-KRS", "RU-BRY")],
    ),
    # A city's quarter after the city was named: the city, by the lemma the analyser gives
    # ("Слободском" -> "слободский"), not a namesake district elsewhere.
    "city-quarter-after-city": (
        "ru",
        "Беспилотники атаковали Харьков. Через час беспилотник упал в Слободском районе, ранена "
        "женщина.",
        [("hit", "uav", 1, "city:Kharkiv"), ("injured", None, 1, "city:Kharkiv")],
    ),
}


def _key(row: Row) -> tuple[str, str, int, str]:
    return (row[0], str(row[1]), row[2], str(row[3]))


# The attacking side where a side's air defence is named as acting (a Russian outlet's voice).
DEFENDERS: dict[str, tuple[str, str, str]] = {
    "ukrainian-air-defence": ("ru", "Украинская ПВО за ночь сбила 25 беспилотников.", "ru"),
    "russian-air-defence": ("ru", "Российская ПВО за ночь сбила 25 беспилотников.", "ua"),
    "ukrainian-air-defence-uk": ("uk", "За ніч українська ППО збила 25 дронів.", "ru"),
    "russian-air-defence-en": (
        "en",
        "Russian air defences destroyed 25 drones overnight.",
        "ua",
    ),
}


@pytest.mark.parametrize(("lang", "text", "side"), DEFENDERS.values(), ids=DEFENDERS.keys())
def test_attacker_side(resources: Resources, lang: str, text: str, side: str) -> None:
    (claim,) = read(resources, text, lang)
    assert claim.attacker_side == side


@pytest.mark.parametrize(("lang", "text", "expected"), CASES.values(), ids=CASES.keys())
def test_claims(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == sorted(expected, key=_key)


# The date of a count told with the hours in words: the evening before a morning post.
DATES: dict[str, tuple[str, str, str]] = {
    "hours-in-words-evening": (
        "ru",
        "С девяти вечера до полуночи над Брянской областью были сбиты 12 беспилотников, "
        "сообщило Минобороны.",
        "2025-03-13",
    ),
    "hours-in-words-night": (
        "ru",
        "Около двух часов ночи над Брянской областью были сбиты 12 беспилотников.",
        "2025-03-14",
    ),
    "hours-in-digits-evening": (
        "ru",
        "С 21:00 до 23:59 мск над Брянской областью были сбиты 12 беспилотников.",
        "2025-03-13",
    ),
}


@pytest.mark.parametrize(("lang", "text", "day"), DATES.values(), ids=DATES.keys())
def test_date(resources: Resources, lang: str, text: str, day: str) -> None:
    (claim,) = read(resources, text, lang)
    assert claim.date == day


# A namesake of a recorded official ("Андрей Кравченко" is not Ruslan Kravchenko, head of the
# Kyiv region): the claims keep the side of the place, not the namesake's.
NAMESAKES: dict[str, tuple[str, str, str, str]] = {
    "namesake-head-of-city": (
        "ru",
        "Беспилотник атаковал нефтебазу в Новороссийске. Глава города Андрей Кравченко сообщил, "
        "что пострадавших нет.",
        "Ruslan Kravchenko",
        "ru",
    ),
    "namesake-head-of-community-uk": (
        "uk",
        "Дрон атакував підприємство в Новоросійську. Голова міста Андрій Кравченко повідомив, що "
        "постраждалих немає.",
        "Ruslan Kravchenko",
        "ru",
    ),
}


@pytest.mark.parametrize(
    ("lang", "text", "namesake", "side"), NAMESAKES.values(), ids=NAMESAKES.keys()
)
def test_namesake(resources: Resources, lang: str, text: str, namesake: str, side: str) -> None:
    claims = read(resources, text, lang)
    assert claims
    assert all(c.claimant != namesake and c.claimant_side == side for c in claims)


def test_recorded_official_keeps_his_name(resources: Resources) -> None:
    """The same test lets the official himself through ("Руслан Кравченко")."""
    text = "Над Киевской областью сбиты 12 дронов, сообщил глава ОВА Руслан Кравченко."
    (claim,) = read(resources, text, "ru")
    assert claim.claimant == "Ruslan Kravchenko"


# Who speaks and whose weapons in a Ukrainian-side account relayed in Russian: "по данным
# украинских военных" names the source (Ukrainian military), not the attacker; a body after a
# noun of attack ("атаки украинских военных") is the attacker, not the source.
SOURCES: dict[str, tuple[str, str, tuple[str, str], str]] = {
    "per-ukrainian-military-air-targets": (
        "ru",
        "Россия атаковала Украину дронами. По данным украинских военных, всего было "
        "зафиксировано 150 воздушных целей — три «Искандера» и 147 беспилотников.",
        ("ua", "military"),
        "ru",
    ),
    "attack-of-ukrainian-military-not-source": (
        "ru",
        "В результате атаки украинских военных в Белгороде погибли два человека, сообщил "
        "губернатор Вячеслав Гладков.",
        ("ru", "official"),
        "ua",
    ),
    "trailing-president-named": (
        "ru",
        "В результате атаки украинских военных в Белгороде погибли два человека, сообщил "
        "президент России Владимир Путин.",
        ("ru", "official"),
        "ua",
    ),
    "trailing-president-named-uk": (
        "uk",
        "Внаслідок атаки дронів у Харкові загинули двоє людей, повідомив президент України "
        "Володимир Зеленський.",
        ("ua", "official"),
        "ru",
    ),
}


@pytest.mark.parametrize(("lang", "text", "who", "side"), SOURCES.values(), ids=SOURCES.keys())
def test_source(
    resources: Resources, lang: str, text: str, who: tuple[str, str], side: str
) -> None:
    claims = read(resources, text, lang)
    assert claims
    assert all((c.claimant_side, c.claimant_kind) == who for c in claims)
    assert all(c.attacker_side == side for c in claims)
