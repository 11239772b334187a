"""The source registry as readers and extractors meet it: channel ids in both Telegram forms,
usernames, links, domains; the well-known sources; user files that are wrong."""

from __future__ import annotations

import pytest

from claimledger.sources.registry import RegistryError, SourceRegistry


@pytest.fixture(scope="module")
def registry() -> SourceRegistry:
    return SourceRegistry.default()


@pytest.mark.parametrize(
    ("key", "name", "kind", "side"),
    [
        ("mod_russia", "Russian Ministry of Defence", "military", "ru"),
        ("@mod_russia", "Russian Ministry of Defence", "military", "ru"),
        ("https://t.me/mod_russia", "Russian Ministry of Defence", "military", "ru"),
        ("https://t.me/s/mod_russia/45123", "Russian Ministry of Defence", "military", "ru"),
        ("Минобороны России", "Russian Ministry of Defence", "military", "ru"),
        ("kpszsu", "Ukrainian Air Force", "military", "ua"),
        ("Повітряні сили ЗСУ", "Ukrainian Air Force", "military", "ua"),
        ("GeneralStaffZSU", "Ukrainian General Staff", "military", "ua"),
        ("mos_sobyanin", "Sergei Sobyanin", "official", "ru"),
        ("vvgladkov", "Vyacheslav Gladkov", "official", "ru"),
        ("Александр Богомаз", "Alexander Bogomaz", "official", "ru"),
        ("VA_Kyiv", "Kyiv City Military Administration", "official", "ua"),
        (
            "Київська міська військова адміністрація",
            "Kyiv City Military Administration",
            "official",
            "ua",
        ),
        ("1001101170442", "RIA Novosti", "outlet", "ru"),  # the corpus's form
        ("1101170442", "RIA Novosti", "outlet", "ru"),  # Telegram Desktop's export form
        ("-1001101170442", "RIA Novosti", "outlet", "ru"),  # the Bot API's form
        ("rian_ru", "RIA Novosti", "outlet", "ru"),
        ("tass_agency", "TASS", "outlet", "ru"),
        ("https://tass.ru/politika/22512345", "TASS", "outlet", "ru"),
        ("interfax.ru", "Interfax", "outlet", "ru"),
        ("meduza.io", "Meduza", "outlet", "other"),
        ("https://www.bbc.com/russian/articles/c0000000", "BBC News Russian", "outlet", "other"),
        ("https://www.bbc.com/news/world-europe-1", "BBC News", "outlet", "other"),
        ("https://www.pravda.com.ua/news/2024/03/12/1/", "Ukrainska Pravda", "outlet", "ua"),
        ("suspilne.media", "Suspilne", "outlet", "ua"),
        ("https://www.reuters.com/world/europe/", "Reuters", "outlet", "other"),
        ("apnews.com", "Associated Press", "outlet", "other"),
        ("AFP", "AFP", "outlet", "other"),
        ("kyivindependent.com", "The Kyiv Independent", "outlet", "ua"),
    ],
)
def test_well_known_sources(
    registry: SourceRegistry, key: str, name: str, kind: str, side: str
) -> None:
    info = registry.lookup(key)
    assert info is not None, key
    assert (info.name, info.kind, info.side) == (name, kind, side)


@pytest.mark.parametrize("key", ["", "unknown_channel", "example.org/russian", "1987654321"])
def test_unknown_keys(registry: SourceRegistry, key: str) -> None:
    assert registry.lookup(key) is None


@pytest.mark.parametrize(
    ("keys", "name"),
    [
        (("1987654321", "Сводки ночи"), "Svodki nochi"),  # a name, not the numeric id
        (("1987654321", None), "1987654321"),
        ((None, None), "unknown outlet"),
        (("1101170442", "Anything"), "RIA Novosti"),
    ],
)
def test_voice(registry: SourceRegistry, keys: tuple[str | None, str | None], name: str) -> None:
    assert registry.voice(*keys).name == name


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[source]]\nname = "X"\nids = [1, ""]\n', "`ids` must be a list of strings"),
        ('[[source]]\nname = "X"\nnames = {a = 1}\n', "`names` must be a list of strings"),
        ('[[source]]\nname = "X"\nsite = "x.org"\n', "unknown key(s) site"),
        ('[[source]]\nname = ""\n', "needs a string `name`"),
        ('source = "x"\n', "must be [[source]] entries"),
    ],
)
def test_bad_entries(text: str, message: str) -> None:
    with pytest.raises(RegistryError, match=r"mine\.toml") as info:
        SourceRegistry.from_toml(text, "mine.toml")
    assert message in str(info.value)


def test_a_bad_file_changes_nothing(registry: SourceRegistry) -> None:
    mine = SourceRegistry.default()
    before = len(mine.entries)
    good_then_bad = '[[source]]\nname = "A"\nids = ["a_chan"]\n\n[[source]]\nkind = "outlet"\n'
    with pytest.raises(RegistryError):
        mine.update(good_then_bad, "mine.toml")
    assert len(mine.entries) == before and mine.lookup("a_chan") is None


def test_single_id_without_brackets() -> None:
    mine = SourceRegistry.from_toml('[[source]]\nname = "B"\nids = "b_chan"\n', "mine.toml")
    info = mine.lookup("https://t.me/b_chan")
    assert info is not None and info.name == "B"
