"""Gazetteer build time, memory, and lookup speed.

    .venv/bin/python bench/places_bench.py [--posts N] [--corpus PATH]

Prints: the cold build (tables built from packages, in a fresh process, disk cache off), the
cached load (a fresh process reading the disk cache), peak memory of each (resource.ru_maxrss of
that process), microseconds per `resolve()` over a mix of names, and microseconds per `find()`
over typical posts (the Russian Telegram corpus if ../shared is there, else built-in texts).
Goals: build or load < 2 s, < 200 MB, resolve < 50 µs.
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

_CHILD = """
import resource, sys, time
t = time.perf_counter()
from claimledger.places.gazetteer import Gazetteer
Gazetteer.default()
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
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


def fresh_process(cache_dir: str | None) -> tuple[float, float]:
    env = dict(os.environ)
    env["CLAIMLEDGER_CACHE_DIR"] = cache_dir or "off"
    out = subprocess.run([sys.executable, "-c", _CHILD], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


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
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        cold_s, cold_mb = fresh_process(tmp)  # builds and writes the cache in tmp
        cached_s, cached_mb = fresh_process(tmp)
    print(f"cold build : {cold_s:6.2f} s  peak {cold_mb:6.1f} MB (pymorphy analyzers included)")
    print(f"cached load: {cached_s:6.2f} s  peak {cached_mb:6.1f} MB")

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
