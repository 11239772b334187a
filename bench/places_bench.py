"""Gazetteer build time, memory, and lookup speed.

    .venv/bin/python bench/places_bench.py [--posts N] [--corpus PATH]

Prints: the cold build (tables built from packages, in a fresh process, disk cache off), the
cached load (a fresh process importing the gazetteer and reading the disk cache: the places, then
the Russian patterns a Russian run reads, then the other two languages), peak memory of each
(resource.ru_maxrss of that process), microseconds per `resolve()` over a mix of names, and
microseconds per `find()` over typical posts (the Russian Telegram corpus if ../shared is there,
else built-in texts). Goals: load < 2 s, < 200 MB, resolve < 50 µs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/ru-telegram/posts.jsonl"

# Times from the start of the import: gazetteer with its places, + Russian, + English and
# Ukrainian; then the peak memory in MB.
_CHILD = """
import resource, sys, time
t = time.perf_counter()
from claimledger.places.gazetteer import Gazetteer
gaz = Gazetteer.default()
places = time.perf_counter() - t
gaz.find("над Брянском", "ru")
russian = time.perf_counter() - t
gaz.find("over Bryansk", "en")
gaz.find("над Брянськом", "uk")
print(places, russian, time.perf_counter() - t,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

NAMES = [
    ("Калужской области", "ru"), ("над Брянском", "ru"), ("Подмосковье", "ru"),
    ("Крым", "ru"), ("Харківській області", "uk"), ("Kaluga Oblast", "en"),
    ("the Kaluga region", "en"), ("Kharkov", "en"), ("Севастополь", "ru"), ("Дзержинск", "ru"),
]

FALLBACK_POSTS = [
    "Дежурными средствами ПВО перехвачены и уничтожены 20 беспилотников над территорией "
    "Брянской области, семь — над Калужской, по одному над Смоленской и Курской областями.",
    "У ніч на 1 грудня противник атакував Україну ударними БпЛА. Збито 20 у Харківській, "
    "Київській та Одеській областях; у Миколаєві пошкоджено будинок.",
    "Russian air defences shot down 30 drones over the Kursk, Bryansk and Belgorod regions, "
    "and one over the Black Sea near Sevastopol, the ministry said.",
]


def fresh_process(cache_dir: str | None) -> tuple[float, float, float, float]:
    env = dict(os.environ)
    env["CLAIMLEDGER_CACHE_DIR"] = cache_dir or "off"
    out = subprocess.run([sys.executable, "-c", _CHILD], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    places, russian, everything, peak = (float(x) for x in out)
    return places, russian, everything, peak


def load_posts(path: Path, limit: int) -> list[tuple[str, str]]:
    if not path.exists():
        return [(text, lang) for text, lang in zip(FALLBACK_POSTS, ("ru", "uk", "en"),
                                                    strict=True)]
    posts: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            posts.append((record["text"], record.get("lang") or "ru"))
            if len(posts) >= limit:
                break
    return posts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--loads", type=int, default=5, help="fresh processes loading the cache")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        cold_s, _, _, cold_mb = fresh_process(tmp)  # builds and writes the cache in tmp
        runs = [fresh_process(tmp) for _ in range(args.loads)]
    print(f"cold build : {cold_s:6.2f} s  peak {cold_mb:6.1f} MB (pymorphy analyzers included)")
    places, russian, everything, peak = (min(run[n] for run in runs) for n in range(4))
    print(f"cached load: {places:6.2f} s import and places, {russian:.2f} s with the Russian "
          f"patterns (pymorphy included), {everything:.2f} s with all three languages; "
          f"peak {peak:6.1f} MB (best of {args.loads})")

    from claimledger.places.gazetteer import Gazetteer
    from claimledger.resources import default_resources

    gaz = Gazetteer.default()
    res = default_resources()
    for name, lang in NAMES:  # warm the word caches, as in a long run
        gaz.resolve(name, lang)
    rounds = 2000
    t = time.perf_counter()
    for _ in range(rounds):
        for name, lang in NAMES:
            gaz._resolve(name, lang, None)  # the work behind resolve()'s memo
    resolve_us = (time.perf_counter() - t) / (rounds * len(NAMES)) * 1e6
    t = time.perf_counter()
    for _ in range(rounds):
        for name, lang in NAMES:
            gaz.resolve(name, lang)
    memo_us = (time.perf_counter() - t) / (rounds * len(NAMES)) * 1e6
    print(f"resolve()  : {resolve_us:6.1f} µs per name computed, {memo_us:.1f} µs memoised "
          "(warm word cache)")

    posts = load_posts(args.corpus, args.posts)
    chars = sum(len(text) for text, _ in posts)
    for passes, label in ((1, "first pass"), (1, "second pass")):
        t = time.perf_counter()
        found = 0
        for _ in range(passes):
            for text, lang in posts:
                morph = res.morph(lang) if lang in ("ru", "uk") else None
                found += len(gaz.find(text, lang, morph))
        elapsed = time.perf_counter() - t
        print(f"find()     : {elapsed / len(posts) * 1e6:8.0f} µs per post ({label}, "
              f"{len(posts)} posts, {chars // len(posts)} chars each, {found} mentions)")


if __name__ == "__main__":
    main()
