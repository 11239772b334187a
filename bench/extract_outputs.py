"""Every output of the extractor on the shared corpora, as sorted JSON lines: the check that a
speed change leaves the extraction unchanged (dump before, dump after, `diff` or `cmp`).

    python bench/extract_outputs.py OUT.jsonl            # all corpora
    python bench/extract_outputs.py OUT.jsonl --sets ru-telegram news-uk

One line per report that yields anything (claims, quotes, markers, checks, media), with its
corpus and id; a line per corpus gives how many reports were read. The reports are read as the
evaluation reads them (`record_report`), in each corpus's own language.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claimledger.evaluation.sets import EVAL_SETS, read_records
from claimledger.extract import Extractor
from claimledger.sources.read_jsonl import record_report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# name -> (corpus under the shared folder, language); the eval sets' corpora, each read whole.
CORPORA = {"ru-telegram": ("corpus/ru-telegram/posts.jsonl", "ru")} | {
    s.name: (s.corpus, s.lang) for s in EVAL_SETS if s.corpus != "corpus/ru-telegram/posts.jsonl"
}


def dump(name: str, corpus: str, lang: str) -> list[str]:
    extractor = Extractor()
    lines = []
    count = 0
    for record in read_records(SHARED / corpus):
        count += 1
        extraction = extractor.extract(record_report(record), lang)
        row = {
            "claims": [c.to_dict() for c in extraction.claims],
            "quotes": [q.to_dict() for q in extraction.quotes],
            "markers": [m.to_dict() for m in extraction.markers],
            "checks": [c.to_dict() for c in extraction.checks],
            "media": [m.to_dict() for m in extraction.media],
        }
        if any(row.values()):
            lines.append(json.dumps({"set": name, "id": extraction.report.id, **row},
                                    ensure_ascii=False, sort_keys=True))
    lines.append(json.dumps({"set": name, "reports": count}))
    return sorted(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", nargs="*", default=list(CORPORA))
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as handle:
        for name in args.sets:
            corpus, lang = CORPORA[name]
            for line in dump(name, corpus, lang):
                handle.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
