"""The gazetteer's compact disk form (`places.store`) and its cache folder (`places.cache`), on
small tables of their own: what is stored comes back equal, made on demand."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from claimledger.places import cache
from claimledger.places.builder import Tables
from claimledger.places.model import GUARD_CITY, GUARD_NONE, Pattern, Place
from claimledger.places.store import FORMAT, Buckets, Store, pack


def small_tables() -> Tables:
    tables = Tables()
    for place in (
        Place("RU", "Russia", "country", 55.75, 37.62, "RU"),
        Place("RU-KLU", "Kaluga Oblast", "region", 54.5, 36.3, "RU", "RU-KLU"),
        Place("IL", "Israel", "country", 31.77, 35.22, "IL"),
        Place("IL-D", "Southern District", "region", 31.25, 34.79, "IL", "IL-D"),
        Place("city:Kaluga", "Kaluga", "city", 54.53, 36.27, "RU", "RU-KLU", 332_000),
        Place("city:Eilat", "Eilat", "city", 29.56, 34.95, "IL", "IL-D", 52_299),
        Place("district:Kaluga", "Kaluga District", "district", 54.5, 36.3, "RU", "RU-KLU"),
    ):
        tables.places[place.code] = place
    region = frozenset({"область", "=область"})
    kaluga = Pattern((frozenset({"калужский", "=калужской"}), region), "RU-KLU", GUARD_NONE,
                     True, 50, 2, (False, False))
    eilat = Pattern((frozenset({"эйлат", "=эйлате"}),), "city:Eilat", GUARD_CITY, False, 30, 1,
                    (True,))
    lead = Pattern((frozenset({"провинция"}), frozenset({"исфахан"})), "IR-10", GUARD_NONE,
                   True, 45, 2, (False, True), 1)
    blocked = Pattern((frozenset({"киевский"}), frozenset({"режим"})), None, GUARD_NONE,
                      False, 100, 2, (False, False))
    tables.index["ru"] = {"калужский": [kaluga], "=калужской": [kaluga], "эйлат": [eilat],
                          "исфахан": [lead], "киевский": [blocked]}
    tables.district_adjectives["ru"] = {"калужский": ["district:Kaluga"]}
    tables.lower_prefixes["ru"] = frozenset({"кал"})
    tables.aliases["city:Kaluga City"] = "city:Kaluga"
    tables.capitals["RU-KLU"] = "city:Kaluga"
    tables.theatres = frozenset({"RU", "IL"})
    return tables


def test_buckets_find_every_entry_and_nothing_else() -> None:
    mapping = {f"key{n}": f"value {n}" for n in range(1000)}
    buckets = Buckets(Buckets.pack(mapping))
    assert all(buckets.get(key) == value for key, value in mapping.items())
    assert buckets.get("absent") is None
    assert dict(buckets.items()) == mapping
    assert len(Buckets.pack(mapping)) < len(mapping) // 4  # the point: few objects to read


def test_the_store_gives_back_what_was_packed() -> None:
    tables = small_tables()
    store = Store.of(tables)
    assert set(store.places.made) == {"RU", "RU-KLU", "IL"}  # regions abroad wait
    for code, place in tables.places.items():
        assert store.places.get(code) == place
    assert store.places.get("city:Nowhere") is None
    assert store.aliases == tables.aliases and store.capitals == tables.capitals
    assert store.theatres == frozenset({"RU", "IL"})
    ru = store.language("ru")
    for key, patterns in tables.index["ru"].items():
        assert list(ru.index.get(key)) == patterns
    # one Pattern object per pattern, whatever key it is found under
    assert ru.index.get("калужский")[0] is ru.index.get("=калужской")[0]
    assert ru.index.get("absent") == ()
    assert ru.districts.get("калужский") == ("district:Kaluga",)
    assert ru.prefixes == frozenset({"кал"})


def test_a_place_brings_its_region() -> None:
    store = Store.of(small_tables())
    store.places.get("city:Eilat")
    assert "IL-D" in store.places.made  # callers look the region of a town up in `made`
    assert len(store.places.every()) == 7


def test_the_cache_is_a_folder_read_part_by_part(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []

    def build() -> Tables:
        builds.append(1)
        return small_tables()

    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "build", build)
    first = cache.load_or_build()
    folder = cache.cache_path()
    assert folder is not None
    assert sorted(p.name for p in folder.iterdir()) == [
        "core.pickle", "en.pickle", "ru.pickle", "uk.pickle"]
    second = cache.load_or_build()
    assert builds == [1]
    assert second.places.get("city:Eilat") == first.places.get("city:Eilat")
    assert list(second.language("ru").index.get("эйлат")) == list(
        first.language("ru").index.get("эйлат"))
    # tables of an older format are built again, not misread
    with (folder / "core.pickle").open("wb") as fh:
        pickle.dump({"format": FORMAT - 1}, fh)
    cache.load_or_build()
    assert builds == [1, 1]


def test_the_cache_keeps_a_few_other_versions(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "build", small_tables)
    for n in range(6):
        (tmp_path / f"places-old{n}").mkdir()
    cache.load_or_build()
    assert len(list(tmp_path.glob("places-*"))) == cache._KEEP


def test_pack_is_built_in_types_only() -> None:
    """What the cache pickles names no class of ours: loading it costs no lookups, and a
    renamed class never breaks an old cache."""
    dumped = pickle.dumps(pack(small_tables()), protocol=pickle.HIGHEST_PROTOCOL)
    assert b"claimledger" not in dumped


def test_an_edited_source_is_another_version(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables' folder is named by the content of the package's sources and data: an edit
    builds them anew, an unchanged file does not."""
    sources = cache._sources()
    names = {name[len(cache._HERE) :].lstrip("/") for name in sources}
    assert {"cache.py", "store.py"} <= names
    assert any(name.startswith("data/") for name in names)
    edited = tmp_path / "store.py"
    edited.write_text("FORMAT = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_sources", lambda: [*sources, str(edited)])
    before = cache.fingerprint()
    assert cache.fingerprint() == before
    edited.write_text("FORMAT = 2\n", encoding="utf-8")
    assert cache.fingerprint() != before
