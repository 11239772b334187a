"""A version's extractor scored on one stretch of a fresh set's draw: posts annotated after the
rules were written, so a figure of how rules carry over to posts nobody tuned them to.

Two draws: `telegram-ru-extra` (the default) and `telegram-ru-fresh` (`--set`, the eighth round's
draw of every remaining screened post, split by hash: only its `dev` posts are scored here, its
`blind` posts only by `claimledger evaluate`, once).

`telegram-ru-extra` is one seeded draw (`claimledger.evaluation.sets._ru_telegram_extra`); its
posts 0-299 were drawn and annotated first, 300-499 an hour later. Posts listed in
`eval/read-before-annotation.txt` had been read with the extractor's claims before they were drawn
(docs/evaluation.md, "The extra set"); `--unread` leaves them out. Once helpers have read the
errors of one dev fold of the set, only the other fold's posts of a stretch stay unread by anyone:
`--fold b` keeps those.

    python bench/fresh_draw.py --tree src --start 300 --end 500 --unread
    python bench/fresh_draw.py --tree src --start 300 --end 500 --unread --fold b
    git worktree add /tmp/start 38486bc
    python bench/fresh_draw.py --tree /tmp/start/src --start 300 --end 500 --unread
    python bench/fresh_draw.py --tree src --set telegram-ru-fresh --unread
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from claimledger.evaluation.gold import load_gold_files
from claimledger.evaluation.run import evaluate
from claimledger.evaluation.sets import (
    RU_TELEGRAM_EXTRA,
    fold_of,
    ru_telegram_extra_draw,
    ru_telegram_fresh_draw,
    split_of,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
READ = ROOT / "eval" / "read-before-annotation.txt"


DRAWS = {"telegram-ru-extra": ru_telegram_extra_draw, "telegram-ru-fresh": ru_telegram_fresh_draw}


def draw_order(shared: Path, set_name: str = "telegram-ru-extra") -> list[str]:
    """A set's ids in the order they were drawn (the set itself is sorted by id); of the fresh
    set, the `dev` ones alone."""
    ids = [str(p["id"]) for p in DRAWS[set_name](shared)]
    if set_name == "telegram-ru-fresh":
        ids = [text_id for text_id in ids if split_of(text_id) == "dev"]
    return ids


def _predictions() -> object:
    path = ROOT / "bench" / "error_classes.py"
    spec = importlib.util.spec_from_file_location("error_classes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.predictions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="a version's score on a stretch of a fresh draw")
    parser.add_argument("--tree", required=True, help="the version's source folder (src)")
    parser.add_argument(
        "--set", dest="set_name", choices=sorted(DRAWS), default="telegram-ru-extra"
    )
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--end", type=int, default=RU_TELEGRAM_EXTRA)
    parser.add_argument("--unread", action="store_true", help="leave out the posts read before")
    parser.add_argument("--fold", choices=("a", "b"), help="only the posts of one dev fold")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"no shared data at {args.shared}; pass --shared PATH", file=sys.stderr)
        return 2
    wanted = set(draw_order(args.shared, args.set_name)[args.start : args.end])
    if args.unread:
        lines = READ.read_text("utf-8").splitlines()
        wanted -= {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    if args.fold:
        wanted = {text_id for text_id in wanted if fold_of(text_id) == args.fold}
    gold = ROOT / "eval" / "gold" / f"{args.set_name}.jsonl"
    texts = [t for t in load_gold_files([gold], args.shared) if t.id in wanted]
    items = [{"id": t.id, "lang": t.lang, "record": t.record} for t in texts]
    claimed = _predictions()(str(Path(args.tree).resolve()), items)  # type: ignore[operator]
    score = evaluate(texts, lambda report: claimed[report.id]).cell("ru", "dev")
    print(f"{args.tree}: posts {args.start}-{args.end} of the {args.set_name} draw"
          f"{' (unread only)' if args.unread else ''}"
          f"{f' (fold {args.fold})' if args.fold else ''}: {score.reports} posts, "
          f"{score.gold} gold claims, {score.predicted} predicted, {score.matched} matched; "
          f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} "
          f"claimant {score.claimant_accuracy:.3f} false/1k {score.false_per_1000:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
