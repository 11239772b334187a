"""The actor registry and the weapon catalogue as tables: lookups per language, handles, the
governor of a region on a date, model names across scripts, and rows that must not load."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from claimledger.catalog import actors, forms, weapons
from claimledger.catalog.actors import PERSON_ROLES, load_actors
from claimledger.catalog.weapons import load_weapons
from claimledger.errors import CatalogError
from claimledger.model import CLAIMANT_KINDS, SIDES, WEAPONS
from claimledger.places.gazetteer import Gazetteer

CATALOG = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "catalog"


# -- actors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "actor_id"),
    [
        ("mod_russia", "ru_mod"),
        ("@mod_russia", "ru_mod"),
        ("https://t.me/s/mod_russia/45123", "ru_mod"),
        ("mil.ru", "ru_mod"),
        ("Минобороны России", "ru_mod"),
        ("1001101170442", "ria_novosti"),
        ("-1001101170442", "ria_novosti"),
        ("1101170442", "ria_novosti"),
        ("https://www.reuters.com/world/europe/", "reuters"),
        ("https://www.bbc.com/russian/articles/c0", "bbc_news_russian"),
        ("kpszsu", "ua_airforce"),
        ("VA_Kyiv", "kyiv_cma"),
        ("Shapsha_SA", "shapsha"),
    ],
)
def test_actor_by_handle(key: str, actor_id: str) -> None:
    found = actors().by_handle(key)
    assert found is not None and found.id == actor_id


@pytest.mark.parametrize("key", ["", "unknown_channel", "example.org/russian", "1987654321"])
def test_unknown_handles(key: str) -> None:
    assert actors().by_handle(key) is None


@pytest.mark.parametrize(
    ("text", "lang", "ids"),
    [
        ("собянин", "ru", ["sobyanin"]),
        ("Собяинин", "ru", ["sobyanin"]),  # a misspelling reports make
        ("никитин", "ru", ["nikitin_a", "nikitin_g"]),  # a shared surname: both
        ("глеб никитин", "ru", ["nikitin_g"]),
        ("аксёнов", "ru", ["aksyonov"]),
        ("министерство оборона украина", "ru", ["ua_mod"]),
        ("минобороны", "ru", ["ru_mod"]),
        ("Міністерства оборони України", "uk", ["ua_mod"]),
        ("Повітряних сил", "uk", ["ua_airforce"]),
        ("Кличка", "uk", ["klitschko"]),
        ("Віталія Кіма", "uk", ["kim"]),
        ("кімната", "uk", []),  # "кім" does not take any ending
        ("Vladislav Shapsha", "en", ["shapsha"]),
        ("Shapsha", "en", ["shapsha"]),
        ("Zelenskyy", "en", ["zelensky"]),
        ("Tass", "en", ["tass"]),
        ("AP", "en", ["associated_press"]),
        ("Russian Ministry of Defence", "en", ["ru_mod"]),
    ],
)
def test_actor_by_name(text: str, lang: str, ids: list[str]) -> None:
    assert [a.id for a in actors().named(text, lang)] == ids  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("region", "day", "actor_id"),
    [
        ("RU-KRS", date(2024, 5, 14), "starovoit"),
        ("RU-KRS", date(2024, 5, 15), "smirnov"),
        ("RU-KRS", date(2024, 12, 4), "smirnov"),
        ("RU-KRS", date(2024, 12, 5), "khinshtein"),
        ("RU-KRS", None, "khinshtein"),  # no date: who holds the office now
        ("RU-ROS", date(2024, 11, 13), "golubev"),
        ("RU-ROS", date(2024, 11, 14), "slyusar"),
        ("RU-TAM", date(2024, 1, 1), "egorov"),
        ("RU-TAM", date(2025, 1, 1), "pervyshov"),
        ("RU-BRY", date(2023, 1, 1), "bogomaz"),
        ("RU-MOW", date(2023, 1, 1), "sobyanin"),
        ("UA-43", date(2024, 1, 1), "aksyonov"),
        ("RU-TUL", date(2024, 1, 1), None),  # before the recorded term starts
        ("RU-XXX", date(2024, 1, 1), None),
    ],
)
def test_head_of_region_on_a_date(region: str, day: date | None, actor_id: str | None) -> None:
    found = actors().head_of(region, day)
    assert (found.id if found else None) == actor_id


@pytest.mark.parametrize(
    ("region", "role", "actor_id"),
    [
        ("RU-MOW", "mayor", "sobyanin"),
        ("RU-MOW", "governor", None),
        ("RU-BRY", "governor", "bogomaz"),
    ],
)
def test_head_of_region_by_role(region: str, role: str, actor_id: str | None) -> None:
    found = actors().head_of(region, date(2024, 6, 1), role)
    assert (found.id if found else None) == actor_id


def test_region_of_an_official() -> None:
    assert actors().region_of("smirnov", date(2024, 6, 1)) == "RU-KRS"
    assert actors().region_of("smirnov", None) == "RU-KRS"  # any term when none covers the day
    assert actors().region_of("putin", None) is None
    assert actors()["syniehubov"].region == "UA-63"
    assert actors()["terekhov"].place == "city:Kharkiv"


@pytest.mark.parametrize(
    ("actor_id", "name", "side", "kind"),
    [
        ("ru_mod", "Russian Ministry of Defence", "ru", "military"),
        ("ua_airforce", "Ukrainian Air Force", "ua", "military"),
        ("sobyanin", "Sergei Sobyanin", "ru", "official"),
        ("shapsha", "Vladislav Shapsha", "ru", "official"),
        ("us_dod", "Pentagon", "other", "military"),
        ("idf", "Israel Defense Forces", "other", "military"),
        ("local_authorities", "local authorities", None, "official"),
    ],
)
def test_names_as_extractors_write_them(
    actor_id: str, name: str, side: str | None, kind: str
) -> None:
    actor = actors()[actor_id]
    assert (actor.name, actor.side, actor.kind) == (name, side, kind)


@pytest.mark.parametrize(
    ("actor_id", "name", "kind"),
    [
        ("us_dod", "Pentagon", "military"),
        ("centcom", "US Central Command", "military"),
        ("idf", "Israel Defense Forces", "military"),
        ("irgc", "Islamic Revolutionary Guard Corps", "military"),
        ("houthis", "Houthis", "military"),
        ("saree", "Yahya Saree", "military"),
        ("jordan_armed_forces", "Jordan Armed Forces", "military"),
        ("white_house", "White House", "official"),
    ],
)
def test_third_parties(actor_id: str, name: str, kind: str) -> None:
    actor = actors()[actor_id]
    assert (actor.name, actor.kind, actor.side) == (name, kind, "other")


@pytest.mark.parametrize(
    ("handle", "name", "side"),
    [
        ("reuters.com", "Reuters", "other"),
        ("apnews.com", "Associated Press", "other"),
        ("afp.com", "AFP", "other"),
        ("bbc.co.uk", "BBC News", "other"),
        ("edition.cnn.com", "CNN", "other"),
        ("aljazeera.com", "Al Jazeera", "other"),
        ("https://www.timesofisrael.com/liveblog/", "The Times of Israel", "other"),
        ("meduza.io", "Meduza", "other"),
        ("themoscowtimes.com", "The Moscow Times", "other"),
        ("ukrinform.net", "Ukrinform", "ua"),
        ("https://unn.ua/en/news/x", "UNN", "ua"),
        ("interfax.com.ua", "Interfax-Ukraine", "ua"),
        ("tass.com", "TASS", "ru"),
        ("ria.ru", "RIA Novosti", "ru"),
        ("interfax.ru", "Interfax", "ru"),
    ],
)
def test_outlet_voice_sides(handle: str, name: str, side: str) -> None:
    """Ukrainian outlets ua, Russian outlets ru, international and exiled media other."""
    outlet = actors().by_handle(handle)
    assert outlet is not None and (outlet.name, outlet.kind, outlet.side) == (name, "outlet", side)
    assert outlet.outlet is not None


def test_every_actor_is_well_formed() -> None:
    for actor in actors():
        assert actor.kind in CLAIMANT_KINDS and (actor.side is None or actor.side in SIDES)
        if actor.person:
            assert actor.role in PERSON_ROLES and len(actor.name.split()) >= 2, actor.id
        if actor.outlet is not None:
            assert actor.kind == "outlet" and actor.role == "outlet", actor.id


def test_side_zones_are_the_states_time_zones() -> None:
    """Each side's own country's zone, in which its claims on its own places are dated."""
    assert actors().side_zones == {("ru", "RU"): "Europe/Moscow", ("ua", "UA"): "Europe/Kyiv"}


def test_places_of_actors_are_in_the_gazetteer() -> None:
    gazetteer = Gazetteer.default()
    for actor in actors():
        for code in {actor.region, actor.home} - {None}:
            assert code is not None and gazetteer.get(code) is not None, (actor.id, code)
        if actor.home is not None and actor.home.startswith("city:"):
            city = gazetteer.get(actor.home)
            assert city is not None and city.region == actor.region, actor.id


# -- weapons --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Х-101", "ru", "Kh-101"),
        ("Х101", "ru", "Kh-101"),
        ("Kh-101", "ru", "Kh-101"),
        ("Х-101/55", "ru", "Kh-101"),
        ("Калибрами", "ru", "Kalibr"),
        ("калібри", "uk", "Kalibr"),
        ("Kalibr", "en", "Kalibr"),
        ("3М22", "ru", "Zircon"),
        ("Tsirkon", "en", "Zircon"),
        ("Искандер-М", "ru", "Iskander-M"),
        ("Іскандер-К", "uk", "Iskander-K"),
        ("Iskander", "en", "Iskander-M"),
        ("Х-47М2", "ru", "Kinzhal"),
        ("Кинджалів", "uk", "Kinzhal"),
        ("Kh-47M2 Kinzhal", "en", "Kinzhal"),
        ("Герань-2", "ru", "Shahed-136"),
        ("шахед", "ru", "Shahed-136"),
        ("Geran-1", "en", "Shahed-131"),
        ("SCALP-EG", "en", "Storm Shadow"),
        ("Сторм Шедоу", "uk", "Storm Shadow"),
        ("Точки-У", "ru", "Tochka-U"),
        ("Моhajer-6", "uk", "Mohajer-6"),
        ("Orlan-30", None, "Orlan-30"),  # the ledger's name in any language
    ],
)
def test_model_by_name_across_scripts(text: str, lang: str | None, name: str) -> None:
    model = weapons().find_model(text, lang)  # type: ignore[arg-type]
    assert model is not None and model.name == name


@pytest.mark.parametrize(("text", "lang"), [("Калибр", "en"), ("Kh-31", "en"), ("ракета", "ru")])
def test_names_of_other_languages_do_not_count(text: str, lang: str) -> None:
    assert weapons().find_model(text, lang) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("family", "number", "name"),
    [("kh", "101", "Kh-101"), ("kh", "31", "Kh-31P"), ("kh", "47", "Kinzhal"), ("kh", "38", None)],
)
def test_family_members(family: str, number: str, name: str | None) -> None:
    member = weapons().member(family, number)
    assert (member.name if member else None) == name


@pytest.mark.parametrize(
    ("field", "lang", "word", "weapon"),
    [
        ("nouns", "ru", "беспилотник", "uav"),
        ("nouns", "uk", "гелікоптер", "helicopter"),
        ("needs_kind", "ru", "снаряд", "rocket"),
        ("abbreviations", "uk", "КР", "cruise_missile"),
        ("capitals", "ru", "КАБ", "guided_bomb"),
        ("adjectives", "ru", "баллистический", "ballistic_missile"),
        ("stems", "uk", "аеробал", "ballistic_missile"),
        ("nouns", "en", "drone", "uav"),
    ],
)
def test_class_words(field: str, lang: str, word: str, weapon: str) -> None:
    assert weapons().words(field, lang)[word] == weapon  # type: ignore[arg-type]


def test_every_model_and_class_is_valid() -> None:
    catalog = weapons()
    assert sorted(c.id for c in catalog.classes) == sorted(WEAPONS)
    for model in catalog.models:
        assert model.weapon in WEAPONS and (model.side is None or model.side in SIDES)
        if model.family is not None:
            catalog.family(model.family)
    for family in catalog.families:
        assert family.weapon in WEAPONS


def test_peer_columns_point_back() -> None:
    catalog = weapons()
    assert catalog.columns[0].id == "uav_drones" and catalog.columns[-1].id == "plane_il_22"
    for column in catalog.columns:
        if column.model is not None:
            assert catalog.column_of(column.model) == column
        else:
            assert catalog.class_column(column.weapon) == column
    assert catalog.column_of("Su-35S") == catalog.column_of("Su-35")  # the table counts both


def test_a_name_points_to_one_entry() -> None:
    for lang in ("ru", "uk", "en"):
        seen: dict[str, str] = {}
        for model in weapons().models:
            for name in model.names(lang):  # type: ignore[arg-type]
                assert seen.setdefault(name.casefold(), model.name) == model.name, name
        seen.clear()
        for actor in actors():
            for name in actor.names(lang):  # type: ignore[arg-type]
                assert seen.setdefault(name.casefold(), actor.id) == actor.id, name


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Х-?101", "Х101", True),
        ("Х-?101", "Х-101", True),
        ("Калибр*", "Калибрами", True),
        ("садов+", "садов", False),
        ("Storm Shadow", "storm   shadow", True),
        ("Точка-У", "ТочкаУ", False),
    ],
)
def test_notation(name: str, text: str, expected: bool) -> None:
    assert forms.matches(name, text) is expected


def test_the_worked_examples_of_docs_extending() -> None:
    """The rows docs/extending.md shows load with the bundled tables and do what it says."""
    doc = (CATALOG.parents[2] / "docs" / "extending.md").read_text(encoding="utf-8")
    catalogue = doc.split("## Adding a pattern")[0]  # the sections after it: test_extending
    outlet, governor, model = re.findall(r"```toml\n(.*?)```", catalogue, re.S)
    bundled = (CATALOG / "actors.toml").read_text(encoding="utf-8")
    registry = load_actors(bundled + "\n" + outlet)
    globes = registry.by_handle("https://en.globes.co.il/en/article-x")
    assert globes is not None and (globes.name, globes.side) == ("Globes", "other")
    assert registry.named("Globes", "en") == (globes,)
    assert load_actors(governor).entries == (actors()["smirnov"],)  # the table's own row
    bundled = (CATALOG / "weapons.toml").read_text(encoding="utf-8")
    catalog = load_weapons(bundled + "\n" + model)
    found = catalog.find_model("Х38", "ru")
    assert found is not None and found.name == "Kh-38" and catalog.member("kh", "38") == found


# -- rows that must not load ----------------------------------------------------------------------

_ACTOR = '[[actor]]\nid = "x"\nname = "X"\nkind = "official"\nrole = "official"\n'
_STATE = _ACTOR.replace('role = "official"', 'role = "state"')


@pytest.mark.parametrize(
    ("text", "entry", "message"),
    [
        (_ACTOR + 'side = "russia"\n', "actor 'x'", "side 'russia' is not one of ru, ua, other"),
        (_ACTOR + 'party = "x"\n', "actor 'x'", "unknown key(s) party"),
        (_ACTOR.replace('name = "X"\n', ""), "actor 'x'", "needs `name`"),
        (_ACTOR.replace('id = "x"\n', ""), "actor without id", "needs `id`"),
        (_ACTOR.replace('"official"\nrole', '"blogger"\nrole'), "actor 'x'", "kind 'blogger'"),
        (_ACTOR + 'role = "tsar"\n'.replace("role", "rank"), "actor 'x'", "unknown key(s) rank"),
        (_ACTOR + 'region = "Bryansk"\n', "actor 'x'", "region 'Bryansk' is not an ISO"),
        (
            _ACTOR + 'terms = [{ region = "RU-BRY", start = "2024-01-01" }]\n',
            "actor 'x'",
            "`terms[1].start` must be a date",
        ),
        (
            _ACTOR + 'terms = [{ region = "RU-BRY", start = 2024-02-01, end = 2024-01-01 }]\n',
            "actor 'x'",
            "`terms[1]` ends before it starts",
        ),
        (_ACTOR + 'names.de = ["x"]\n', "actor 'x'", "unknown language(s) de"),
        (_ACTOR + 'names.ru = "x"\n', "actor 'x'", "`names.ru` must be a list"),
        (_ACTOR + 'outlet = { country = "RU", type = "agency" }\n', "actor 'x'", "role is outlet"),
        (_ACTOR + _ACTOR, "actor 'x'", "id used twice"),
        (_ACTOR + 'country = "RU"\n', "actor 'x'", "role is state"),
        (_STATE + 'country = "Russia"\n', "actor 'x'", "country 'Russia' is not an ISO 3166-1"),
        (_STATE + 'time_zone = "Europe/Kyiv"\n', "actor 'x'", "needs the state's `country`"),
        (
            _STATE + 'country = "RU"\ntime_zone = "Europe/Moskow"\n',
            "actor 'x'",
            "time_zone 'Europe/Moskow' is not an IANA zone name",
        ),
        (
            _ACTOR + 'handles = ["@x"]\n' + _ACTOR.replace('"x"', '"y"') + 'handles = ["t.me/x"]\n',
            "actor 'y'",
            "'t.me/x' is x's",
        ),
        (
            _ACTOR + 'names.ru = ["икс"]\n' + _ACTOR.replace('"x"', '"y"') + 'names.ru = ["Икс"]\n',
            "actor 'y'",
            "names.ru 'Икс' is x's too",
        ),
        ("[[actor]\n", "(file)", "not valid TOML"),
    ],
)
def test_bad_actor_rows(text: str, entry: str, message: str) -> None:
    with pytest.raises(CatalogError) as info:
        load_actors(text, "mine.toml")
    assert str(info.value).startswith(f"mine.toml: {entry}: ")
    assert message in str(info.value)


_CLASSES = "".join(f'[[class]]\nid = "{w}"\n' for w in WEAPONS)
_MODEL = '[[model]]\nname = "M-1"\nweapon = "uav"\n'


@pytest.mark.parametrize(
    ("text", "entry", "message"),
    [
        (_CLASSES + _MODEL.replace('"uav"', '"drone"'), "model 'M-1'", "weapon 'drone'"),
        (_CLASSES + _MODEL + 'family = "m"\n', "model 'M-1'", "family 'm' is not a [[family]]"),
        (_CLASSES + _MODEL + 'peer = "m_1"\n', "model 'M-1'", "peer 'm_1' is not a [[column]]"),
        (_CLASSES + _MODEL + _MODEL, "model 'M-1'", "listed twice"),
        (_CLASSES + _MODEL + "side = 1\n", "model 'M-1'", "`side` must be a non-empty string"),
        (_CLASSES + _MODEL + "needs_noun = 1\n", "model 'M-1'", "`needs_noun` must be true"),
        (
            _CLASSES
            + _MODEL
            + 'names.uk = ["м-1"]\n'
            + _MODEL.replace("M-1", "M-2")
            + 'names.uk = ["М-1"]\n',
            "model 'M-2'",
            "names.uk 'М-1' is model 'M-1''s too",
        ),
        (
            _CLASSES + _MODEL + '[[column]]\nid = "m"\nweapon = "rocket"\nmodel = "M-1"\n',
            "column 'm'",
            "M-1 is a uav",
        ),
        (
            _CLASSES.replace('id = "uav"\n', 'id = "uav"\nnouns.ru = ["дрон"]\n').replace(
                'id = "rocket"\n', 'id = "rocket"\nnouns.ru = ["дрон"]\n'
            ),
            "class 'rocket'",
            "nouns.ru 'дрон' is class 'uav''s too",
        ),
        (_CLASSES.replace('[[class]]\nid = "rocket"\n', ""), "[[class]]", "needs each of"),
        (
            '[[family]]\nid = "f"\nname = "F"\nweapon = "uav"\ndefault = "F-1"\n' + _CLASSES,
            "family 'f'",
            "default 'F-1' is not a [[model]]",
        ),
    ],
)
def test_bad_weapon_rows(text: str, entry: str, message: str) -> None:
    with pytest.raises(CatalogError) as info:
        load_weapons(text, "mine.toml")
    assert str(info.value).startswith(f"mine.toml: {entry}: ")
    assert message in str(info.value)


# -- the package ----------------------------------------------------------------------------------


def test_catalog_imports_only_the_model_and_the_standard_library() -> None:
    allowed = {"claimledger.model", "claimledger.errors"}
    for path in CATALOG.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = node.module
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            if module.startswith("claimledger"):
                assert module in allowed or module.startswith("claimledger.catalog"), (path, module)


def test_importing_the_catalog_loads_nothing() -> None:
    code = (
        "import claimledger.catalog as c, claimledger.extract, claimledger.peers.columns;"
        "print(c.actors.cache_info().currsize, c.weapons.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0"]


def test_the_tables_ship_with_the_package() -> None:
    pyproject = (CATALOG.parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"catalog/*.toml"' in pyproject
    assert (CATALOG / "actors.toml").is_file() and (CATALOG / "weapons.toml").is_file()
