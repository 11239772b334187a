"""`claimledger evaluate`: the extractor scored against hand annotations, per language and split.

Errors are listed for the `dev` split only; the `blind` split is scored and never inspected.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import click

from claimledger import progress
from claimledger.cli.options import CliError, clean_errors, format_option, quiet_option
from claimledger.evaluation.classes import class_rows, containing_in, place_rows
from claimledger.evaluation.gold import (
    GoldText,
    gold_paths,
    load_all,
    load_gold_files,
    load_legacy_gold,
)
from claimledger.evaluation.intervals import DRAWS, LEVEL, SEED, f1_interval
from claimledger.evaluation.run import Evaluation, evaluate, read_claims
from claimledger.evaluation.score import Score, describe
from claimledger.evaluation.sets import FOLDS, SPLITS, fold_of
from claimledger.extract import Extractor
from claimledger.model import LANGUAGES, Report
from claimledger.places.gazetteer import Gazetteer

SHARED_ENV = "CLAIMLEDGER_SHARED"
COLUMNS = (
    ("texts", "reports", "{:>5}"), ("empty", "empty_reports", "{:>5}"),
    ("gold", "gold", "{:>5}"), ("pred", "predicted", "{:>5}"), ("match", "matched", "{:>5}"),
    ("P", "precision", "{:>5.3f}"), ("R", "recall", "{:>5.3f}"), ("F1", "f1", "{:>5.3f}"),
    ("claimant", "claimant_accuracy", "{:>8.3f}"), ("date", "date_accuracy", "{:>5.3f}"),
    ("attacker", "attacker_accuracy", "{:>8.3f}"), ("qualif", "qualifier_accuracy", "{:>6.3f}"),
    ("location", "location_accuracy", "{:>8.3f}"), ("false/1k", "false_per_1000", "{:>8.1f}"),
)


def default_shared() -> Path:
    return Path(os.environ.get(SHARED_ENV, "../shared"))


@click.command("evaluate")
@click.option("--gold-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("eval/gold"), show_default=True,
              help="Folder of gold files (offset form) to score.")
@click.option("--gold", "gold_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score these gold files instead of --gold-dir (repeatable).")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=None,
              help=f"The shared data folder the gold points into [${SHARED_ENV} or ../shared].")
@click.option("--legacy/--no-legacy", default=True, show_default=True,
              help="Include the shared folder's eval/gold-dev.jsonl (all dev).")
@click.option("--split", type=click.Choice([*SPLITS, "all"]), default=None,
              help="Which split to score [default: all; dev with --fold].")
@click.option("--lang", type=click.Choice([*LANGUAGES, "all"]), default="all", show_default=True)
@click.option("--fold", type=click.Choice([*FOLDS, "all"]), default="all", show_default=True,
              help="Only the texts of one half of the dev split (by a hash of the id): write "
              "rules from one half's errors, check them on the other. Without --split it "
              "scores dev alone; blind's halves only with --split blind.")
@click.option("--show-errors", is_flag=True,
              help="List missed, extra and wrongly filled claims (dev split only).")
@click.option("--error-classes", is_flag=True,
              help="Count errors per class (evaluation.classes) on every split: counts only.")
@click.option("--intervals", is_flag=True,
              help="Print a 95% interval of each language's F1, resampling its texts (counts "
              "only): how far F1 could move by which texts were annotated.")
@click.option("--agreement", "agreement_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Instead of scoring the extractor, score a second annotation "
              "(a folder like eval/agreement) against the gold: the annotators' agreement.")
@format_option(["text", "json"], "text")
@quiet_option()
@clean_errors
def evaluate_command(
    gold_dir: Path, gold_files: tuple[Path, ...], shared: Path | None, legacy: bool,
    split: str | None, lang: str, fold: str, show_errors: bool, error_classes: bool,
    intervals: bool, agreement_dir: Path | None, fmt: str,
) -> None:
    """Score extraction against hand annotations, per language and per dev/blind split."""
    shared = shared or default_shared()
    if gold_files:
        texts = load_gold_files(gold_files, shared)
    elif gold_dir.is_dir():
        texts = load_all(gold_dir, shared, legacy=legacy)
    elif legacy:
        texts = load_legacy_gold(shared)
    else:
        raise CliError(f"no gold folder {gold_dir}")
    if split is None:
        # Folds are a device for writing rules on dev: a fold run shows blind's figures only
        # when a split that holds blind is asked for by name.
        split = "all" if fold == "all" else "dev"
    texts = [t for t in texts if split in ("all", t.split) and lang in ("all", t.lang)
             and (fold == "all" or fold_of(t.id) == fold)]
    if not texts:
        raise CliError("no annotated text matches --split, --lang and --fold")
    if agreement_dir is not None:
        result = _agreement(texts, agreement_dir, shared)
    else:
        extractor = Extractor()
        with progress.counter("texts read", len(texts)) as advance:

            def predict(report: Report) -> list[dict[str, Any]]:
                advance(1)
                return read_claims(extractor, report)

            result = evaluate(texts, predict, containing_in(Gazetteer.default()))
    if fmt == "json":
        click.echo(json.dumps(_as_json(result), indent=2))
        return
    _print_table("language", [(f"{lg:<6} {s:<5}", score) for lg, s, score in result.rows()])
    click.echo()
    _print_table("set", [(f"{c:<30} {s:<5}"[:36], score)
                         for (c, s), score in sorted(result.sets.items())])
    if intervals:
        _print_intervals(result)
    if error_classes:
        _print_classes(result)
    if show_errors:
        _print_errors(result)


def _agreement(texts: list[GoldText], folder: Path, shared: Path) -> Evaluation:
    """The second annotation scored against the first, on the texts both annotated."""
    second = {t.id: t.claims for t in load_gold_files(gold_paths(folder), shared)}
    both = [t for t in texts if t.id in second]
    if not both:
        raise CliError(f"no text of {folder} is in the gold")
    return evaluate(both, lambda report: second[report.id])


def _as_json(result: Evaluation) -> dict[str, Any]:
    return {
        "by_language": [
            {"lang": lg, "split": s, **score.summary(), **_class_counts(score)}
            for lg, s, score in result.rows()
        ],
        "by_set": [{"set": c, "split": s, **score.summary()}
                   for (c, s), score in sorted(result.sets.items())],
    }


def _class_counts(score: Score) -> dict[str, Any]:
    return {
        "error_classes": {
            name: {"missed": missed, "extra": extra}
            for name, missed, extra in class_rows(score.classes)
        },
        "place_misreads": dict(place_rows(score.classes)),
        "wrongly_filled": dict(sorted(score.wrong_fields.items())),
        "claimant_misreads": dict(score.claimant_misreads.most_common()),
    }


def _print_intervals(result: Evaluation) -> None:
    click.echo(f"\nF1 with its {LEVEL:.0%} interval ({DRAWS:,} resamples of the texts, "
               f"seed {SEED})")
    for lang, split, score in result.rows():
        low, high = f1_interval(score.per_report)
        click.echo(f"  {lang:<6} {split:<5} {score.f1:.3f}  [{low:.3f}, {high:.3f}]")


def _print_classes(result: Evaluation) -> None:
    """Errors per class and wrongly filled fields, per language and split (counts only)."""
    for lang, split, score in result.rows():
        rows = class_rows(score.classes)
        click.echo(f"\n== {lang} {split}: errors by class (missed + extra)")
        for name, missed, extra in rows:
            click.echo(f"  {name:<16} {missed:>4} + {extra:<4}")
            if name == "place":
                for kind, count in place_rows(score.classes):
                    click.echo(f"    {kind:<26} {count:>4}")
        wrong = ", ".join(f"{name} {count}" for name, count in sorted(score.wrong_fields.items()))
        click.echo(f"  wrongly filled: {wrong or 'none'}")
        for how, count in score.claimant_misreads.most_common():
            click.echo(f"    claimant {how:<24} {count:>4}")


def _print_table(title: str, rows: list[tuple[str, Score]]) -> None:
    width = max(len(label) for label, _ in rows)
    header = " ".join(f"{name:>{len(fmt.format(0))}}" for name, _, fmt in COLUMNS)
    click.echo(f"{title:<{width}} {header}")
    for label, score in rows:
        cells = " ".join(fmt.format(getattr(score, attr)) for _, attr, fmt in COLUMNS)
        click.echo(f"{label:<{width}} {cells}")


def _print_errors(result: Evaluation) -> None:
    for (lang, split), score in sorted(result.cells.items()):
        if split != "dev":
            continue
        click.echo(f"\n== {lang} dev: {len(score.misses)} missed, {len(score.extras)} extra, "
                   f"{len(score.mismatches)} wrongly filled")
        for miss in score.misses:
            click.echo(f"  missed {miss.report_id}  {describe(miss.claim)}")
        for extra in score.extras:
            click.echo(f"  extra  {extra.report_id}  {describe(extra.claim)}")
        for report_id, fields, gold_claim, predicted in score.mismatches:
            click.echo(f"  wrong  {report_id} [{fields}]\n    gold: {describe(gold_claim)}\n"
                       f"    ours: {describe(predicted)}")


EVALUATE_COMMANDS: list[click.Command] = [evaluate_command]
