"""Extraction time and memory against text length: is the work per report linear and bounded?

Reads texts of 10 KB, 100 KB, 1 MB and 5 MB (UTF-8 bytes; 5 MB is the longest report text the
readers take, `read_jsonl.MAX_REPORT_BYTES`), each size in a fresh process, so that its peak RSS
(`resource.getrusage`) is its own. The texts, made here (no corpus needed):
- ru: "сбито 12 345 678 беспилотников и ракет. " repeated, the text of issue 19's finding 6 (a full
  stop before a small letter: the splitter sees one endless sentence);
- uk, en: the same sentence in Ukrainian and English;
- mix: Russian posts as channels write them, paragraphs of counts over regions, speakers, dates,
  casualties and lines of no claim, the counts and places changing from one post to the next.

For each text it prints the seconds of `Extractor.extract` alone (resources loaded and warmed up
before the clock starts), wall and CPU, and milliseconds per KB of each, the claims found, the
windows read (`extract.windows.MAX_EXTRACT_CHARS`), peak RSS ("loaded": the peak before the
text), and the ratio of the largest to the smallest time per KB (target: within 2x, judged on
CPU time), with the peak RSS of the largest text (target: < 500 MB).
Python and package versions and the machine's load are printed with the figures, since both
move them.

    python bench/extract_scaling.py                   # all four texts, all four sizes
    python bench/extract_scaling.py --texts ru,mix    # some of them
    python bench/extract_scaling.py --sizes 10,100    # sizes in KB
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from typing import Any

from machine import describe

KB = 1024
SIZES_KB = (10, 100, 1024, 5 * 1024)
TEXTS = ("ru", "uk", "en", "mix")
PACKAGES = ("claimledger", "razdel", "pymorphy3", "pyahocorasick", "simplemma")
RATIO_TARGET = 2.0
RSS_TARGET_MB = 500

REPEATED = {
    "ru": "сбито 12 345 678 беспилотников и ракет. ",
    "uk": "збито 12 345 678 безпілотників і ракет. ",
    "en": "shot down 12,345,678 drones and missiles. ",
}
_REGIONS = (
    "Брянской",
    "Курской",
    "Белгородской",
    "Орловской",
    "Смоленской",
    "Тульской",
    "Калужской",
    "Воронежской",
)
_MIX = (
    "Минобороны России сообщило: {d} {month} дежурными средствами ПВО перехвачены и уничтожены "
    "{a} украинских беспилотных летательных аппарата: {b} – над территорией {r1} области, "
    "{c} – над территорией {r2} области.\n\n"
    "Губернатор {r1} области сообщил, что в результате атаки пострадали {e} человека, "
    "повреждены два жилых дома и линия электропередачи.\n\n"
    "По данным источника, всего было выпущено {f} ракет, из них {g} сбиты над морем. "
    "Информация уточняется, официальных комментариев пока нет.\n\n"
    "Погода на выходные: облачно, местами дождь, ветер северо-западный.\n\n"
)
_MONTHS = ("марта", "апреля", "мая", "июня")


def make_text(kind: str, size: int) -> str:
    """A text of `kind` of about `size` UTF-8 bytes (never over it)."""
    if kind in REPEATED:
        piece = REPEATED[kind]
        return piece * (size // len(piece.encode()))
    parts: list[str] = []
    used = 0
    for i in range(size):
        post = _MIX.format(
            d=i % 28 + 1,
            month=_MONTHS[i % len(_MONTHS)],
            a=i % 40 + 20,
            b=i % 11 + 1,
            c=i % 7 + 1,
            r1=_REGIONS[i % len(_REGIONS)],
            r2=_REGIONS[(i + 3) % len(_REGIONS)],
            e=i % 5 + 2,
            f=i % 9 + 3,
            g=i % 3 + 1,
        )
        cost = len(post.encode())
        if used + cost > size:
            break
        parts.append(post)
        used += cost
    return "".join(parts)


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


def child(kind: str, size: int) -> dict[str, Any]:
    """One text, in this process: load and warm up, then time the extraction."""
    from claimledger.extract import MAX_EXTRACT_CHARS, Extractor
    from claimledger.extract.windows import windows
    from claimledger.model import Report

    lang = "ru" if kind == "mix" else kind
    extractor = Extractor()
    for warm in (make_text(kind, 4 * KB), REPEATED["ru"]):
        extractor.extract(Report(text=warm, lang=lang))
    loaded = _peak_mb()
    text = make_text(kind, size)
    report = Report(text=text, lang=lang)
    started, cpu = time.perf_counter(), time.process_time()
    extraction = extractor.extract(report)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "kind": kind,
        "bytes": len(text.encode()),
        "chars": len(text),
        "seconds": seconds,
        "cpu": cpu,
        "claims": len(extraction.claims),
        "windows": len(windows(text, MAX_EXTRACT_CHARS)),
        "loaded_mb": loaded,
        "peak_mb": _peak_mb(),
    }


def run_child(kind: str, size: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, str(size)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} {size} bytes failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def machine() -> str:
    return describe(PACKAGES)


def report(kind: str, rows: list[dict[str, Any]]) -> bool:
    """Print one text's rows and its ratios; whether it met both targets (time per KB by CPU
    seconds, which other work on a shared machine moves less than wall seconds)."""
    print(f"\n{kind}")
    print(
        f"{'size':>8} {'chars':>9} {'seconds':>8} {'ms/KB':>6} {'CPU s':>8} {'ms/KB':>6} "
        f"{'claims':>6} {'windows':>7} {'RSS MB':>6} {'loaded':>6}"
    )
    wall, cpu = [], []
    for row in rows:
        kb = row["bytes"] / KB
        wall.append(row["seconds"] / kb)
        cpu.append(row["cpu"] / kb)
        print(
            f"{kb:>6.0f}KB {row['chars']:>9,} {row['seconds']:>8.2f} {1000 * wall[-1]:>6.2f} "
            f"{row['cpu']:>8.2f} {1000 * cpu[-1]:>6.2f} {row['claims']:>6} {row['windows']:>7} "
            f"{row['peak_mb']:>6.0f} {row['loaded_mb']:>6.0f}"
        )
    ratio, wall_ratio = max(cpu) / min(cpu), max(wall) / min(wall)
    peak = rows[-1]["peak_mb"]
    ok = ratio <= RATIO_TARGET and peak < RSS_TARGET_MB
    print(
        f"time per KB, largest/smallest: {ratio:.2f}x CPU, {wall_ratio:.2f}x wall "
        f"(target <= {RATIO_TARGET:g}x); peak RSS of the largest: {peak:.0f} MB "
        f"(target < {RSS_TARGET_MB} MB): {'ok' if ok else 'MISSED'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--texts", default=",".join(TEXTS), help="comma-separated: ru,uk,en,mix")
    parser.add_argument(
        "--sizes", default=",".join(str(s) for s in SIZES_KB), help="comma-separated, in KB"
    )
    parser.add_argument("--child", nargs=2, metavar=("KIND", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return 0
    kinds = [k for k in args.texts.split(",") if k]
    unknown = set(kinds) - set(TEXTS)
    if unknown:
        parser.error(f"unknown texts {sorted(unknown)}; use some of {','.join(TEXTS)}")
    sizes = [int(s) * KB for s in args.sizes.split(",") if s]
    print(machine())
    from claimledger.extract import MAX_EXTRACT_CHARS

    print(f"texts over {MAX_EXTRACT_CHARS:,} characters are read in windows")
    results = [report(kind, [run_child(kind, size) for size in sizes]) for kind in kinds]
    print(f"\nload average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
