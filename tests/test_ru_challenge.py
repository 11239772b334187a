"""Russian challenge set (issue 15): my own sentences in the styles the Russian rules were not
tuned to (agencies, exiled media, governors' channels, the Ministry's bulletin, Russian relays of
Ukrainian, Middle East and Red Sea reports), each with the claims ANNOTATION.md gives it, written
before the extractor was run on it.

A row: a case id, the source the report comes from (a handle of catalog/actors.toml, so that the
outlet's own voice is known), the text, and every claim it must give as (action, weapon, quantity,
location, claimant_side, claimant_kind, attacker_side); an empty list must give no claim.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from claimledger.extract import Extractor
from claimledger.model import Claim, Report
from claimledger.resources import Resources

Row = tuple[str, str | None, int, str | None, str | None, str | None, str | None]

# Sources (handles of catalog/actors.toml).
TASS = "tass_agency"
RIA = "1001101170442"
IFX = "interfaxonline"
RBC = "rbc.ru"
KOM = "kommersant.ru"
MEDUZA = "meduzalive"
BBC = "1001003921752"
NGE = "novayagazeta.eu"
GLADKOV = "vvgladkov"
BOGOMAZ = "avbogomaz"
KHINSHTEIN = "Khinshtein"
SOBYANIN = "mos_sobyanin"
MOD = "mod_russia"

# Who asserts and whose weapons, as (claimant_side, claimant_kind, attacker_side).
RU_MIL_UA = ("ru", "military", "ua")
RU_OFF_UA = ("ru", "official", "ua")
RU_OUT_UA = ("ru", "outlet", "ua")
RU_ANON_UA = ("ru", "anonymous", "ua")
UA_MIL_RU = ("ua", "military", "ru")
UA_OFF_RU = ("ua", "official", "ru")
OTHER_OUT_UA = ("other", "outlet", "ua")
OTHER_MIL = ("other", "military", "other")


def c(
    action: str, weapon: str | None, quantity: int, location: str | None, who: tuple[str, str, str]
) -> Row:
    return (action, weapon, quantity, location, *who)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources())


def read(extractor: Extractor, source: str, text: str) -> list[Claim]:
    report = Report(
        text=text,
        source=source,
        lang="ru",
        published=datetime.fromisoformat("2025-03-14T07:40:00+00:00"),  # a Friday morning
        meta={"channel_id": source} if source.isdigit() else {},
    )
    claims = extractor.extract(report, "ru").claims
    for claim in claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return claims


def rows(claims: list[Claim]) -> list[Row]:
    return sorted(
        (
            (
                c.action,
                c.weapon,
                c.quantity,
                c.location,
                c.claimant_side,
                c.claimant_kind,
                c.attacker_side,
            )
            for c in claims
        ),
        key=lambda row: tuple(str(field) for field in row),
    )


CASES: list[tuple[str, str, str, list[Row]]] = [
    # -- Ministry of Defence relayed by agencies ---
    (
        "tass-several-regions-one-number",
        TASS,
        "Дежурные средства ПВО в ночь на пятницу уничтожили 27 украинских беспилотных летательных "
        "аппаратов самолетного типа над территорией Курской, Брянской и Белгородской областей, "
        "сообщили в Минобороны РФ.",
        [c("intercepted", "uav", 27, "RU", RU_MIL_UA)],
    ),
    (
        "tass-territory-then-ellipsis",
        TASS,
        "Над территорией Брянской области были уничтожены 12 БПЛА, над Курской областью — восемь, "
        "над Орловской — два, говорится в сообщении Минобороны России.",
        [
            c("intercepted", "uav", 12, "RU-BRY", RU_MIL_UA),
            c("intercepted", "uav", 2, "RU-ORL", RU_MIL_UA),
            c("intercepted", "uav", 8, "RU-KRS", RU_MIL_UA),
        ],
    ),
    (
        "ria-total-sea-and-crimea",
        RIA,
        "Минобороны: над территорией России перехвачены и уничтожены 15 беспилотников, из них 10 — "
        "над акваторией Черного моря и пять — над Республикой Крым.",
        [
            c("intercepted", "uav", 10, "sea:black", RU_MIL_UA),
            c("intercepted", "uav", 15, "RU", RU_MIL_UA),
            c("intercepted", "uav", 5, "UA-43", RU_MIL_UA),
        ],
    ),
    (
        "interfax-telegram-channel",
        IFX,
        "Шесть украинских дронов сбиты над Белгородской областью, сообщает Минобороны РФ в "
        "Telegram-канале.",
        [c("intercepted", "uav", 6, "RU-BEL", RU_MIL_UA)],
    ),
    (
        "distributive-po-tri",
        RIA,
        "Над Белгородской, Тульской и Тверской областями уничтожено по три беспилотника, сообщили "
        "в Минобороны.",
        [
            c("intercepted", "uav", 3, "RU-BEL", RU_MIL_UA),
            c("intercepted", "uav", 3, "RU-TUL", RU_MIL_UA),
            c("intercepted", "uav", 3, "RU-TVE", RU_MIL_UA),
        ],
    ),
    (
        "distributive-po-chetyre-with-total",
        RIA,
        "Минобороны: за ночь ПВО сбила 11 дронов — по четыре над Калужской и Смоленской областями "
        "и три над Тверской.",
        [
            c("intercepted", "uav", 11, "RU", RU_MIL_UA),
            c("intercepted", "uav", 3, "RU-TVE", RU_MIL_UA),
            c("intercepted", "uav", 4, "RU-KLU", RU_MIL_UA),
            c("intercepted", "uav", 4, "RU-SMO", RU_MIL_UA),
        ],
    ),
    (
        "ew-next-sentence-vedomstvo",
        RIA,
        "Минобороны РФ сообщило об уничтожении 14 беспилотников над Курской областью. Еще пять "
        "подавлены средствами РЭБ, уточнили в ведомстве.",
        [
            c("intercepted", "uav", 14, "RU-KRS", RU_MIL_UA),
            c("suppressed", "uav", 5, "RU-KRS", RU_MIL_UA),
        ],
    ),
    (
        "neutralised-by-electronic-warfare",
        RIA,
        "Над Курской областью средствами РЭБ нейтрализованы четыре беспилотника, сообщили в "
        "Минобороны.",
        [c("suppressed", "uav", 4, "RU-KRS", RU_MIL_UA)],
    ),
    (
        "downed-and-neutralised-by-ew-mixed",
        RIA,
        "Над Курской областью сбиты и нейтрализованы средствами РЭБ 11 беспилотников, сообщили в "
        "Минобороны.",
        # ANNOTATION.md: mixed figures ("збито/подавлено 26") are intercepted
        [c("intercepted", "uav", 11, "RU-KRS", RU_MIL_UA)],
    ),
    (
        "reported-about-downed-participle-adjunct",
        RBC,
        "Минобороны отчиталось о 42 сбитых за ночь над Курской областью беспилотниках.",
        [c("intercepted", "uav", 42, "RU-KRS", RU_MIL_UA)],
    ),
    (
        "passive-verb-first-two-regions",
        RIA,
        "Уничтожено 24 беспилотника над Краснодарским краем и шесть — над Крымом, сообщили в "
        "Минобороны.",
        [
            c("intercepted", "uav", 24, "RU-KDA", RU_MIL_UA),
            c("intercepted", "uav", 6, "UA-43", RU_MIL_UA),
        ],
    ),
    (
        "kommersant-po-dannym-and-governor-denial",
        KOM,
        "По данным Минобороны, в ночь на 14 марта над Воронежской областью было уничтожено пять "
        "беспилотников, над Липецкой — три. Губернатор Воронежской области Александр Гусев "
        "сообщил, что пострадавших нет.",
        [
            c("injured", None, 0, "RU-VOR", RU_OFF_UA),
            c("intercepted", "uav", 3, "RU-LIP", RU_MIL_UA),
            c("intercepted", "uav", 5, "RU-VOR", RU_MIL_UA),
            c("killed", None, 0, "RU-VOR", RU_OFF_UA),
        ],
    ),
    (
        "kommersant-himars-rocket",
        KOM,
        "По данным Минобороны, ночью над Белгородской областью был перехвачен и уничтожен "
        "реактивный снаряд РСЗО HIMARS.",
        [c("intercepted", "rocket", 1, "RU-BEL", RU_MIL_UA)],
    ),
    (
        "rbc-atacms-all-intercepted",
        RBC,
        "Украинские военные запустили по Крыму шесть ракет ATACMS, все они были перехвачены, "
        "сообщило Минобороны.",
        [
            c("intercepted", "ballistic_missile", 6, "UA-43", RU_MIL_UA),
            c("launched", "ballistic_missile", 6, "UA-43", RU_MIL_UA),
        ],
    ),
    (
        "mod-storm-shadow-jdam-uav",
        RIA,
        "Минобороны сообщило, что за сутки сбиты две крылатые ракеты Storm Shadow, шесть "
        "управляемых авиабомб JDAM и 97 беспилотников.",
        [
            c("intercepted", "cruise_missile", 2, None, RU_MIL_UA),
            c("intercepted", "guided_bomb", 6, None, RU_MIL_UA),
            c("intercepted", "uav", 97, None, RU_MIL_UA),
        ],
    ),
    (
        "mod-aircraft-su27",
        RIA,
        "Минобороны сообщило, что российские истребители сбили украинский самолет Су-27 над "
        "Запорожской областью.",
        [c("intercepted", "aircraft", 1, "UA-23", RU_MIL_UA)],
    ),
    # -- The Ministry's own daily bulletin ---
    (
        "bulletin-air-defence-paragraph",
        MOD,
        "Средствами противовоздушной обороны сбиты управляемая авиационная бомба JDAM, четыре "
        "реактивных снаряда системы залпового огня HIMARS и 143 беспилотных летательных аппарата "
        "самолетного типа.",
        [
            c("intercepted", "guided_bomb", 1, None, RU_MIL_UA),
            c("intercepted", "rocket", 4, None, RU_MIL_UA),
            c("intercepted", "uav", 143, None, RU_MIL_UA),
        ],
    ),
    (
        "bulletin-totals-since-start",
        MOD,
        "Всего с начала проведения специальной военной операции уничтожены 660 самолетов, 283 "
        "вертолета, 48562 беспилотных летательных аппарата.",
        [],
    ),
    (
        "bulletin-ground-losses",
        MOD,
        "Подразделения группировки войск «Север» нанесли поражение живой силе и технике "
        "противника. Потери ВСУ составили до 140 военнослужащих, танк и три боевые бронированные "
        "машины.",
        [],
    ),
    (
        "bulletin-strikes-on-districts",
        MOD,
        "Оперативно-тактической авиацией, ударными беспилотными летательными аппаратами, "
        "ракетными войсками и артиллерией нанесено поражение пунктам временной дислокации в 141 "
        "районе.",
        [],
    ),
    # -- Governors and mayors ---
    (
        "gladkov-fpv-on-car-injured",
        GLADKOV,
        "В Белгородском районе в результате атаки дрона-камикадзе на автомобиль ранены двое "
        "мирных жителей — мужчина и женщина. Их доставили в областную клиническую больницу.",
        # A drone's strike at a place is a hit, and "дрона" says one (ANNOTATION.md: hit is "a
        # strike recorded at a place"; the number implied by grammar).
        [c("hit", "uav", 1, "RU-BEL", RU_OFF_UA), c("injured", None, 2, "RU-BEL", RU_OFF_UA)],
    ),
    (
        "gladkov-air-targets-no-victims",
        GLADKOV,
        "Над Белгородом и Белгородским районом системой ПВО сбиты 7 воздушных целей. Пострадавших "
        "нет. Последствия уточняются.",
        [
            c("injured", None, 0, "RU-BEL", RU_OFF_UA),
            c("intercepted", None, 7, "RU-BEL", RU_OFF_UA),
            c("killed", None, 0, "RU-BEL", RU_OFF_UA),
        ],
    ),
    (
        "gladkov-death-toll-rises",
        RIA,
        "Число погибших в результате ракетного удара по Белгороду возросло до пяти, сообщил "
        "Гладков.",
        [c("killed", None, 5, "city:Belgorod", RU_OFF_UA)],
    ),
    (
        "ria-vampire-rockets-governor",
        RIA,
        "ВСУ выпустили по Белгородской области ракеты РСЗО «Вампир»: ПВО сбила 10 снарядов, "
        "сообщил губернатор Вячеслав Гладков.",
        [c("intercepted", "rocket", 10, "RU-BEL", RU_OFF_UA)],
    ),
    (
        "bogomaz-night-nobody-hurt",
        BOGOMAZ,
        "Сегодня в течение ночи над территорией Брянской области силами ПВО уничтожено 16 БПЛА. "
        "Никто не пострадал, на месте работают оперативные службы.",
        [
            c("injured", None, 0, "RU-BRY", RU_OFF_UA),
            c("intercepted", "uav", 16, "RU-BRY", RU_OFF_UA),
            c("killed", None, 0, "RU-BRY", RU_OFF_UA),
        ],
    ),
    (
        "bryansk-city-no-injured-governor-region",
        RIA,
        "Над Брянском сбит украинский беспилотник, раненых нет, сообщил губернатор Брянской "
        "области Александр Богомаз.",
        [
            c("injured", None, 0, "RU-BRY", RU_OFF_UA),
            # the city named with its region (the governor's title) is coded as the region
            c("intercepted", "uav", 1, "RU-BRY", RU_OFF_UA),
        ],
    ),
    (
        "khinshtein-district-killed-injured",
        KHINSHTEIN,
        "Противник атаковал Рыльский район: в результате удара дрона по жилому дому погибла "
        "женщина, еще трое жителей получили ранения.",
        [
            c("hit", "uav", 1, "RU-KRS", RU_OFF_UA),  # "удара дрона по жилому дому": one hit
            c("injured", None, 3, "RU-KRS", RU_OFF_UA),
            c("killed", None, 1, "RU-KRS", RU_OFF_UA),
        ],
    ),
    (
        "sobyanin-repelled-attack-of-three",
        SOBYANIN,
        "Силами ПВО Минобороны отражена атака трех БПЛА, летевших на Москву. На месте падения "
        "обломков работают специалисты экстренных служб.",
        [c("intercepted", "uav", 3, "RU-MOW", RU_OFF_UA)],
    ),
    (
        "sobyanin-podolsk",
        SOBYANIN,
        "Еще два беспилотника, летевшие на Москву, сбиты в районе Подольска.",
        [c("intercepted", "uav", 2, "RU-MOS", RU_OFF_UA)],
    ),
    (
        "sobyanin-single-repelled",
        SOBYANIN,
        "Отражена атака беспилотника, летевшего на Москву.",
        [c("intercepted", "uav", 1, "RU-MOW", RU_OFF_UA)],
    ),
    (
        "rbc-kak-zayavil-sobyanin",
        RBC,
        "Как заявил мэр Москвы Сергей Собянин, на подлете к столице сбиты еще четыре дрона.",
        [c("intercepted", "uav", 4, "RU-MOW", RU_OFF_UA)],
    ),
    (
        "podmoskovye-outlet-voice",
        RIA,
        "Над Подмосковьем ночью уничтожены пять дронов, летевших на Москву.",
        [c("intercepted", "uav", 5, "RU-MOS", RU_OUT_UA)],
    ),
    (
        "attribution-next-sentence-rostov",
        RIA,
        "Над Ростовской областью ночью уничтожены девять беспилотников. Об этом сообщил врио "
        "губернатора Юрий Слюсарь.",
        [c("intercepted", "uav", 9, "RU-ROS", RU_OFF_UA)],
    ),
    (
        "peredaet-tass-so-ssylkoi",
        RBC,
        "Над Ленинградской областью сбиты три беспилотника, передает ТАСС со ссылкой на "
        "губернатора Александра Дрозденко.",
        [c("intercepted", "uav", 3, "RU-LEN", RU_OFF_UA)],
    ),
    (
        "passive-were-shot-down-kaluga",
        RIA,
        "Были сбиты шесть украинских беспилотников над Калужской областью, сообщил губернатор "
        "Владислав Шапша.",
        [c("intercepted", "uav", 6, "RU-KLU", RU_OFF_UA)],
    ),
    (
        "neutralized-ryazan",
        RIA,
        "Над Рязанской областью нейтрализованы два беспилотника, сообщил губернатор Павел Малков.",
        [c("intercepted", "uav", 2, "RU-RYA", RU_OFF_UA)],
    ),
    (
        "crimea-pair-iz-nih",
        RIA,
        "По Крыму было запущено 20 дронов, из них 17 сбиты, заявил глава республики Сергей "
        "Аксенов.",
        [
            c("intercepted", "uav", 17, "UA-43", RU_OFF_UA),
            c("launched", "uav", 20, "UA-43", RU_OFF_UA),
        ],
    ),
    (
        "sevastopol-razvozhaev-no-victims",
        RIA,
        "Над Севастополем сбиты четыре беспилотника, сообщил губернатор Михаил Развожаев. "
        "Пострадавших нет.",
        [
            c("injured", None, 0, "UA-40", RU_OFF_UA),
            c("intercepted", "uav", 4, "UA-40", RU_OFF_UA),
            c("killed", None, 0, "UA-40", RU_OFF_UA),
        ],
    ),
    (
        "tuapse-operative-headquarters",
        IFX,
        "Украина атаковала Туапсе: ПВО отразила налет 12 беспилотников, на территории нефтебазы "
        "произошел пожар, сообщил оперштаб Краснодарского края.",
        # the region named in the attribution of the same sentence: the review's convention
        # (docs/evaluation.md, "How the gold was made"), as the dev gold reads it
        [c("intercepted", "uav", 12, "RU-KDA", RU_OFF_UA)],
    ),
    (
        "kstovo-all-seventeen",
        RIA,
        "В Кстовском округе ПВО отразила атаку, сбиты все 17 дронов, сообщил губернатор "
        "Нижегородской области Глеб Никитин.",
        [c("intercepted", "uav", 17, "RU-NIZ", RU_OFF_UA)],
    ),
    (
        "yelabuga-injured-head-of-tatarstan",
        RIA,
        "В результате атаки беспилотника на предприятие в Елабуге пострадали 12 человек, сообщил "
        "глава Татарстана Рустам Минниханов.",
        # The region named in the speaker's title in the same sentence: a town is its region
        # when the region is named in the same sentence or its attribution (the review's
        # convention, docs/evaluation.md "How the gold was made"; the dev gold reads it so).
        [
            c("hit", "uav", 1, "RU-TA", RU_OFF_UA),
            c("injured", None, 12, "RU-TA", RU_OFF_UA),
        ],
    ),
    (
        "voronezh-parenthesis",
        RIA,
        "Два беспилотника (оба самолетного типа) сбиты над Воронежем, сообщил губернатор "
        "Александр Гусев.",
        [c("intercepted", "uav", 2, "city:Voronezh", RU_OFF_UA)],
    ),
    (
        "approx-kursk-operative-headquarters",
        IFX,
        "Около 30 беспилотников сбиты над Курской областью, по данным оперштаба региона.",
        [c("intercepted", "uav", 30, "RU-KRS", RU_OFF_UA)],
    ),
    # -- Outlet's own voice and anonymous sources ---
    (
        "pair-iz-50-zapushchennyh",
        RIA,
        "Из 50 запущенных ВСУ по Курской области беспилотников 38 были сбиты, остальные подавлены "
        "средствами РЭБ, сообщил источник в силовых структурах.",
        [
            c("intercepted", "uav", 38, "RU-KRS", RU_ANON_UA),
            c("launched", "uav", 50, "RU-KRS", RU_ANON_UA),
        ],
    ),
    (
        "azov-neptune-outlet",
        RIA,
        "Российские средства ПВО сбили над Азовским морем украинскую крылатую ракету «Нептун».",
        [c("intercepted", "cruise_missile", 1, "sea:azov", RU_OUT_UA)],
    ),
    (
        "black-sea-fleet-boats-and-drones",
        RIA,
        "Черноморский флот уничтожил в акватории Черного моря три безэкипажных катера и сбил два "
        "беспилотника.",
        [c("intercepted", "uav", 2, "sea:black", RU_OUT_UA)],
    ),
    (
        "kursk-injured-outlet",
        RIA,
        "В Курской области в результате удара украинского дрона ранены двое, их доставили в "
        "больницу.",
        [c("hit", "uav", 1, "RU-KRS", RU_OUT_UA), c("injured", None, 2, "RU-KRS", RU_OUT_UA)],
    ),
    (
        "shebekino-prilet",
        RIA,
        "В результате прилета беспилотника в Шебекино повреждены два частных дома.",
        [c("hit", "uav", 1, "city:Shebekino", RU_OUT_UA)],
    ),
    (
        "meduza-all-of-them-shot-down",
        MEDUZA,
        "В ночь на 14 марта Украина атаковала Россию 337 беспилотниками — это одна из крупнейших "
        "атак за время войны. Минобороны РФ утверждает, что все они были сбиты, в том числе 91 — "
        "над Московской областью.",
        [
            c("intercepted", "uav", 337, "RU", RU_MIL_UA),
            c("intercepted", "uav", 91, "RU-MOS", RU_MIL_UA),
            c("launched", "uav", 337, "RU", OTHER_OUT_UA),
        ],
    ),
    # -- Russian relays of Ukrainian sources ---
    (
        "bbc-air-force-shahed-locationally-lost",
        BBC,
        "Воздушные силы ВСУ заявили, что этой ночью Россия выпустила по Украине 112 ударных дронов "
        "типа «Шахед» и дронов-имитаторов; 70 из них удалось сбить, еще 35 «локационно потеряны».",
        [
            c("intercepted", "uav", 70, "UA", UA_MIL_RU),
            c("launched", "uav", 112, "UA", UA_MIL_RU),
            c("suppressed", "uav", 35, "UA", UA_MIL_RU),
        ],
    ),
    (
        "bbc-krivoy-rog-killed",
        BBC,
        "По данным украинских властей, в результате российского удара по Кривому Рогу погибли по "
        "меньшей мере 12 человек.",
        [c("killed", None, 12, "city:Kryvyi Rih", UA_OFF_RU)],
    ),
    (
        "novaya-zelensky-week",
        NGE,
        "Как сообщил Зеленский, за неделю Россия выпустила по Украине более 1300 ударных дронов, "
        "около 1200 управляемых авиабомб и почти 40 ракет разных типов.",
        [
            c("launched", "guided_bomb", 1200, "UA", UA_OFF_RU),
            c("launched", "missile", 40, "UA", UA_OFF_RU),
            c("launched", "uav", 1300, "UA", UA_OFF_RU),
        ],
    ),
    (
        "air-force-56-of-81",
        RIA,
        "Воздушные силы Украины заявили об уничтожении 56 из 81 запущенного Россией беспилотника.",
        [
            c("intercepted", "uav", 56, "UA", UA_MIL_RU),
            c("launched", "uav", 81, "UA", UA_MIL_RU),
        ],
    ),
    (
        "air-force-iskander-from-kursk",
        RIA,
        "Воздушные силы ВСУ сообщили, что ночью Россия атаковала Украину двумя баллистическими "
        "ракетами «Искандер-М» из Курской области и 90 ударными БПЛА типа Shahed.",
        [
            c("launched", "ballistic_missile", 2, "UA", UA_MIL_RU),
            c("launched", "uav", 90, "UA", UA_MIL_RU),
        ],
    ),
    (
        "air-force-slash-intercepted-suppressed",
        RIA,
        "По данным Воздушных сил ВСУ, в разных регионах Украины сбиты/подавлены 62 беспилотника, "
        "еще 41 локационно потерян.",
        [
            c("intercepted", "uav", 62, "UA", UA_MIL_RU),
            c("suppressed", "uav", 41, "UA", UA_MIL_RU),
        ],
    ),
    (
        "head-of-ova-kyiv-oblast",
        RIA,
        "Ночью над Киевской областью работала ПВО: сбиты 12 беспилотников, сообщил глава ОВА.",
        [c("intercepted", "uav", 12, "UA-32", UA_OFF_RU)],
    ),
    (
        "klitschko-kyiv-injured",
        RIA,
        "В Киеве в результате атаки беспилотников пострадали три человека, сообщил мэр Виталий "
        "Кличко.",
        [c("injured", None, 3, "UA-30", UA_OFF_RU)],
    ),
    (
        "zelensky-odesa-more-than-40",
        RIA,
        "Зеленский: этой ночью по Одессе было выпущено более 40 дронов «Шахед», есть попадания в "
        "энергетическую инфраструктуру.",
        [c("launched", "uav", 40, "city:Odesa", UA_OFF_RU)],
    ),
    (
        "kharkiv-geran-hits-terekhov",
        RIA,
        "Российские войска нанесли удар по Харькову дронами «Герань-2»: зафиксировано не менее "
        "пяти попаданий, сообщил мэр Игорь Терехов.",
        [c("hit", "uav", 5, "city:Kharkiv", UA_OFF_RU)],
    ),
    (
        "zaporizhzhia-guided-bombs-fedorov",
        RIA,
        "Российская авиация сбросила на Запорожье шесть управляемых авиабомб, ранены четыре "
        "человека, сообщил глава области Иван Федоров.",
        [
            c("injured", None, 4, "city:Zaporizhzhia", UA_OFF_RU),
            c("launched", "guided_bomb", 6, "city:Zaporizhzhia", UA_OFF_RU),
        ],
    ),
    # -- Israel and Iran, the Houthis and the Red Sea ---
    (
        "idf-iran-180-ballistic",
        RIA,
        "Армия обороны Израиля сообщила, что Иран выпустил по Израилю около 180 баллистических "
        "ракет, большая часть из них была перехвачена.",
        [c("launched", "ballistic_missile", 180, "IL", OTHER_MIL)],
    ),
    (
        "idf-drone-from-yemen",
        RBC,
        "ЦАХАЛ: над территорией Израиля перехвачен беспилотник, запущенный из Йемена.",
        [c("intercepted", "uav", 1, "IL", OTHER_MIL)],
    ),
    (
        "houthis-carrier-red-sea",
        TASS,
        "Хуситы заявили, что атаковали американский авианосец в Красном море двумя крылатыми "
        "ракетами и беспилотником.",
        [
            c("launched", "cruise_missile", 2, "sea:red", OTHER_MIL),
            c("launched", "uav", 1, "sea:red", OTHER_MIL),
        ],
    ),
    (
        "iran-israel-relayed-by-russian-outlet",
        RIA,
        "Иран атаковал Израиль: по данным израильской армии, выпущено более 100 беспилотников.",
        [c("launched", "uav", 100, "IL", OTHER_MIL)],
    ),
    (
        "houthi-missile-pronoun-intercepted",
        RIA,
        "Хуситы выпустили по Израилю баллистическую ракету, ее перехватили, сообщили в ЦАХАЛ.",
        [
            c("intercepted", "ballistic_missile", 1, "IL", OTHER_MIL),
            c("launched", "ballistic_missile", 1, "IL", OTHER_MIL),
        ],
    ),
    (
        "centcom-destroyer-red-sea",
        IFX,
        "Эсминец ВМС США в Красном море сбил три беспилотника, запущенных хуситами из Йемена, "
        "сообщило Центральное командование ВС США.",
        [c("intercepted", "uav", 3, "sea:red", OTHER_MIL)],
    ),
    # -- Background that gives no claim ---
    (
        "history-in-september",
        RIA,
        "В сентябре ВСУ уже пытались атаковать Подмосковье — тогда над регионом были сбиты 20 "
        "беспилотников.",
        [],
    ),
    (
        "forecast-storm-shadow-deliveries",
        RBC,
        "По оценке экспертов, в ближайшие месяцы Украина может получить еще до 50 ракет Storm "
        "Shadow.",
        [],
    ),
    (
        "prices-geran-iskander",
        KOM,
        "Стоимость одного беспилотника «Герань-2» оценивается в 20 тысяч долларов, а ракеты "
        "«Искандер» — в 3 миллиона.",
        [],
    ),
    (
        "sports-score-and-year",
        TASS,
        "Сборная России по хоккею разгромила соперников со счетом 5:0 в матче, прошедшем 14 марта "
        "2025 года.",
        [],
    ),
    (
        "ground-combat-servicemen",
        RIA,
        "На Купянском направлении уничтожено 25 военнослужащих ВСУ, два пикапа и миномет.",
        [],
    ),
    (
        "statistics-year-average",
        MEDUZA,
        "В 2024 году Украина запускала по России в среднем 150 беспилотников в сутки, подсчитали "
        "аналитики.",
        [],
    ),
]


# Cases the rules do not read yet, with why (strict: a fix must take the case off this list).
XFAIL: dict[str, str] = {
    "mod-storm-shadow-jdam-uav": (
        "a Ministry count with no place is put at RU (default_location: the country the "
        "attacker struck at, right for its nightly reports over Russia); the daily bulletin's "
        "front-line counts name no place and ANNOTATION.md codes an unknown place null"
    ),
    "bulletin-air-defence-paragraph": (
        "as mod-storm-shadow-jdam-uav: the bulletin's air-defence paragraph is put at RU, not null"
    ),
    "pair-iz-50-zapushchennyh": (
        "an unnamed source ('источник в силовых структурах') gets no side; the pair itself is "
        "read (launched 50, intercepted 38, attacker ua)"
    ),
}


def _param(name: str, source: str, text: str, expected: list[Row]) -> object:
    if name in XFAIL:
        marks = pytest.mark.xfail(reason=XFAIL[name], strict=True)
        return pytest.param(source, text, expected, id=name, marks=marks)
    return pytest.param(source, text, expected, id=name)


@pytest.mark.parametrize(("source", "text", "expected"), [_param(*case) for case in CASES])
def test_challenge(extractor: Extractor, source: str, text: str, expected: list[Row]) -> None:
    assert rows(read(extractor, source, text)) == sorted(
        expected, key=lambda row: tuple(str(field) for field in row)
    )
