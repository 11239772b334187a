import pytest

from claimledger.sources.registry import RegistryError, SourceRegistry, transliterate


def test_default_registry_knows_outlets_and_parties() -> None:
    registry = SourceRegistry.default()
    ria = registry.lookup("1001101170442")
    assert ria is not None and (ria.name, ria.kind, ria.side) == ("RIA Novosti", "outlet", "ru")
    bbc = registry.lookup(None, "BBC News | Русская служба")
    assert bbc is not None and bbc.side == "other"
    mod = registry.lookup("mil.ru")
    assert mod is not None and mod.is_party and mod.kind == "military"


def test_unknown_channel_speaks_as_an_unknown_outlet() -> None:
    voice = SourceRegistry.default().voice(None, "Новости Калуги")
    assert (voice.name, voice.kind, voice.side) == ("Novosti Kalugi", "outlet", None)


def test_user_file_overrides_default() -> None:
    registry = SourceRegistry.default()
    registry.update(
        '[[source]]\nname = "Mash News"\nkind = "outlet"\nside = "ru"\nids = ["1001117628569"]\n',
        "mine.toml",
    )
    info = registry.lookup("1001117628569")
    assert info is not None and info.name == "Mash News"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[source]\n", "not valid TOML"),
        ('[[source]]\nkind = "outlet"\n', "needs a string `name`"),
        ('[[source]]\nname = "X"\nkind = "blogger"\n', "kind 'blogger'"),
        ('[[source]]\nname = "X"\nside = "nato"\n', "side 'nato'"),
    ],
)
def test_bad_registry_names_file_and_entry(text: str, message: str) -> None:
    with pytest.raises(RegistryError, match=r"bad\.toml") as info:
        SourceRegistry.from_toml(text, "bad.toml")
    assert message in str(info.value)


def test_transliterate() -> None:
    assert transliterate("Раньше всех") == "Ranshe vsekh"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("BBC", True),  # "BBC News | Русская служба" is a title
        ("Bb", True),  # a prefix of a key's word may still open it ("Bbc" as one token)
        ("Вчера", False),
        ("Www", True),  # may open an address, whose key drops "www."
        ("T", True),
        ("Site.org/news", True),  # a path: its shorter paths are looked up too
        ("-1001101170442", True),  # a channel id, keyed without its prefix
    ],
)
def test_may_start_is_false_only_where_no_lookup_can_find(word: str, expected: bool) -> None:
    assert SourceRegistry.default().may_start(word) is expected


def test_may_start_sees_entries_added_later() -> None:
    registry = SourceRegistry.default()
    assert not registry.may_start("Zzyzx")
    registry.update('[[source]]\nname = "Zzyzx Daily"\nnames = ["Zzyzx Daily"]\n', "mine.toml")
    assert registry.may_start("Zzyzx")
