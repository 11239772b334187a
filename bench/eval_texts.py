"""The annotated texts a bench reads, chosen on its command line: `--split`, `--fold`, `--lang`,
and `--show`, which lists text or claims and so refuses the blind split (only its counts may be
taken). One place for what the benches over the gold share."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from claimledger.evaluation.gold import GoldText, load_all
from claimledger.evaluation.score import Score
from claimledger.evaluation.sets import fold_of
from claimledger.model import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def parser_for(description: str, show: str) -> argparse.ArgumentParser:
    """A bench's parser with the choice of texts; `show` says what `--show` lists."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", choices=["dev", "blind"], default="dev")
    parser.add_argument("--fold", choices=["a", "b", "all"], default="all")
    parser.add_argument("--lang", choices=["all", "ru", "uk", "en"], default="all")
    parser.add_argument("--show", action="store_true", help=f"{show} (dev only)")
    parser.add_argument("--shared", type=Path, default=SHARED)
    return parser


def chosen_texts(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[GoldText]:
    """The gold texts the arguments choose; `--show` on blind is refused."""
    if args.show and args.split == "blind":
        parser.error("--show lists text or claims: the blind split is only counted")
    return [t for t in load_all(ROOT / "eval" / "gold", args.shared)
            if t.split == args.split and args.lang in ("all", t.lang)
            and args.fold in ("all", fold_of(t.id))]


def texts_by_language(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> Iterator[tuple[str, list[GoldText]]]:
    """The chosen texts of each language that has any (the model's `LANGUAGES`, in its order),
    after a line naming the choice."""
    texts = chosen_texts(parser, args)
    print(f"{args.split}, fold {args.fold}, {args.lang}: {len(texts)} texts")
    for lang in LANGUAGES:
        chosen = [t for t in texts if t.lang == lang]
        if chosen:
            yield lang, chosen


def score_line(name: str, score: Score, width: int = 15) -> str:
    """One scored reading of a bench's texts: counts, claim F1 and claimant accuracy."""
    return (f"  {name:<{width}} gold {score.gold:>4} pred {score.predicted:>4} matched "
            f"{score.matched:>4}  F1 {score.f1:.3f}  claimant {score.claimant_accuracy:.3f}")
