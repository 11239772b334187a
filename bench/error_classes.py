"""Error classes of another version's extractor, counted by this version's evaluation code.

An older checkout has no `evaluate --error-classes`; this runs its extractor (in a child process
with PYTHONPATH set to its tree) over this checkout's gold texts of one split and counts the
errors with `claimledger.evaluation.classes`, so that versions are compared by one definition.
Counts only, never a claim or a text, so it may be run on the blind split.

    git worktree add /tmp/old c24ff0f
    python bench/error_classes.py --tree /tmp/old/src --split dev
    python bench/error_classes.py --tree src --split blind      # this version
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from claimledger.evaluation.classes import class_rows, containing_in, place_rows
from claimledger.evaluation.gold import load_all
from claimledger.evaluation.run import evaluate
from claimledger.places.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# Run in the child, under the other tree: its extractor's claims for the given records.
_PREDICT = """
import json, sys
from claimledger.extract import Extractor
from claimledger.sources.read_jsonl import record_report
items = json.load(open(sys.argv[1], encoding="utf-8"))
extractor = Extractor()
out = {}
for item in items:
    report = record_report(item["record"])
    report.lang = item["lang"]
    out[item["id"]] = [c.to_dict() for c in extractor.extract(report).claims]
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def predictions(tree: str, items: list[dict[str, object]]) -> dict[str, list[dict[str, object]]]:
    with tempfile.TemporaryDirectory() as folder:
        given, taken = Path(folder) / "items.json", Path(folder) / "claims.json"
        given.write_text(json.dumps(items, ensure_ascii=False), "utf-8")
        env = {**os.environ, "PYTHONPATH": tree}
        subprocess.run([sys.executable, "-c", _PREDICT, str(given), str(taken)], check=True,
                       env=env)
        result: dict[str, list[dict[str, object]]] = json.loads(taken.read_text("utf-8"))
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="error classes of a version's extractor")
    parser.add_argument("--tree", required=True, help="the version's source folder (src)")
    parser.add_argument("--split", choices=["dev", "blind"], default="dev")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"no shared data at {args.shared}; pass --shared PATH", file=sys.stderr)
        return 2
    texts = [t for t in load_all(ROOT / "eval" / "gold", args.shared) if t.split == args.split]
    items = [{"id": t.id, "lang": t.lang, "record": t.record} for t in texts]
    claimed = predictions(str(Path(args.tree).resolve()), items)
    result = evaluate(texts, lambda report: claimed[report.id],
                      containing_in(Gazetteer.default()))
    print(f"{args.tree} on {args.split}, missed + extra per class:")
    for lang, split, score in result.rows():
        rows = ", ".join(f"{name} {missed}+{extra}" for name, missed, extra in
                         class_rows(score.classes))
        wrong = ", ".join(f"{k} {v}" for k, v in sorted(score.wrong_fields.items()))
        places = ", ".join(f"{kind} {count}" for kind, count in place_rows(score.classes))
        print(f"{lang} {split} F1 {score.f1:.3f} missed {score.gold - score.matched} "
              f"extra {score.predicted - score.matched}: {rows}; "
              f"places misread: {places or 'none'}; wrongly filled: {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
