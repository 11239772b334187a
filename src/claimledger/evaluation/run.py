"""Extraction over the annotated sets, scored per language and split.

Errors (missed, extra and wrongly filled claims) are kept for the `dev` split only: the `blind`
split is scored, never inspected, so that rules are not tuned to it. What survives on blind is
counts: the error classes of `evaluation.classes` and the wrongly filled fields, never a claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from claimledger.evaluation.classes import Containing, classify, code_parts
from claimledger.evaluation.gold import GoldText
from claimledger.evaluation.score import Score, match_claims, score_report
from claimledger.evaluation.sets import SPLITS, Split
from claimledger.extract import Extractor
from claimledger.model import LANGUAGES, Language, Report
from claimledger.sources.read_jsonl import record_report

ClaimDicts = list[dict[str, Any]]  # claims in the scored form
Predict = Callable[[Report], ClaimDicts]
Cell = tuple[Language, Split]


@dataclass(slots=True)
class Evaluation:
    """Scores per (language, split), per (eval set, split), and the texts' predictions."""

    cells: dict[Cell, Score] = field(default_factory=dict)
    sets: dict[tuple[str, Split], Score] = field(default_factory=dict)
    texts: dict[str, GoldText] = field(default_factory=dict)

    def cell(self, lang: Language, split: Split) -> Score:
        return self.cells.get((lang, split), Score())

    def rows(self) -> list[tuple[str, str, Score]]:
        """(language, split, score) for every language and split that has texts, then totals."""
        rows: list[tuple[str, str, Score]] = [
            (lang, split, self.cells[(lang, split)])
            for lang in LANGUAGES
            for split in SPLITS
            if (lang, split) in self.cells
        ]
        for split in SPLITS:
            parts = [score for (_, s), score in self.cells.items() if s == split]
            if parts:
                rows.append(("all", split, merged(parts)))
        return rows


def merged(scores: Iterable[Score]) -> Score:
    """One score over several: counts add up, error lists join."""
    total = Score()
    for part in scores:
        for name in (
            "gold",
            "predicted",
            "matched",
            "claimant_ok",
            "date_ok",
            "attacker_ok",
            "qualifier_ok",
            "empty_reports",
            "false_on_empty",
            "reports",
            "placed",
            "location_ok",
        ):
            setattr(total, name, getattr(total, name) + getattr(part, name))
        total.misses.extend(part.misses)
        total.extras.extend(part.extras)
        total.mismatches.extend(part.mismatches)
        total.classes.update(part.classes)
        total.wrong_fields.update(part.wrong_fields)
        total.claimant_misreads.update(part.claimant_misreads)
        total.per_report.extend(part.per_report)
    return total


def gold_report(text: GoldText) -> Report:
    """The report an extractor reads for a gold text: the corpus record, in the gold's language."""
    report = record_report(text.record)
    report.lang = text.lang
    return report


def read_claims(extractor: Extractor, report: Report) -> ClaimDicts:
    """The claims an extractor reads in a report, in the scored form."""
    return [claim.to_dict() for claim in extractor.extract(report).claims]


def evaluate(
    texts: Iterable[GoldText], predict: Predict, containing: Containing = code_parts
) -> Evaluation:
    """Extract every gold text with `predict` and score it in its language, split and set;
    `containing` tells a place's region and country, to say how misread places relate."""
    result = Evaluation()
    for text in texts:
        predicted = predict(gold_report(text))
        result.texts[text.id] = text
        by_lang = result.cells.setdefault((text.lang, text.split), Score())
        by_set = result.sets.setdefault((text.set_name, text.split), Score())
        _, missed, extra = match_claims(text.claims, predicted)
        classes = classify(
            [text.claims[i] for i in missed], [predicted[i] for i in extra], not text.claims,
            containing,
        )
        for score in (by_lang, by_set):
            score_report(score, text.id, text.claims, predicted)
            score.classes.update(classes)
    blind = [s for (_, split), s in result.cells.items() if split == "blind"]
    blind += [s for (_, split), s in result.sets.items() if split == "blind"]
    for score in blind:
        score.misses.clear()
        score.extras.clear()
        score.mismatches.clear()
    return result
