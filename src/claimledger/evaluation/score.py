"""Scoring extracted claims against a hand-annotated gold file, as ANNOTATION.md defines it.

A predicted claim matches a gold claim of the same report when action, quantity and location are
equal and the weapon is equal, or one side says `missile` and the other a kind of missile. Each
gold claim matches at most one prediction. Precision, recall and F1 count over all reports
together; claimant, date, attacker and qualifier accuracy count over the matched pairs; false
claims per 1,000 reports count predictions on reports whose gold has no claim. Location accuracy
(not in the guide) pairs claims on action, quantity and weapon alone and counts the pairs whose
location is equal: how often the place is right when the rest of the claim is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimledger.model import MISSILE_KINDS

ClaimDict = Mapping[str, Any]


def weapons_match(gold: str | None, predicted: str | None) -> bool:
    if gold == predicted:
        return True
    pair = {gold, predicted}
    return "missile" in pair and pair <= MISSILE_KINDS


def claims_match(gold: ClaimDict, predicted: ClaimDict) -> bool:
    return (
        gold.get("action") == predicted.get("action")
        and gold.get("quantity") == predicted.get("quantity")
        and gold.get("location") == predicted.get("location")
        and weapons_match(gold.get("weapon"), predicted.get("weapon"))
    )


def _agreement(gold: ClaimDict, predicted: ClaimDict) -> int:
    """How many secondary fields agree: breaks ties so each gold claim takes its best twin."""
    fields = (
        "location",
        "weapon",
        "claimant",
        "claimant_side",
        "claimant_kind",
        "date",
        "attacker_side",
    )
    return sum(gold.get(f) == predicted.get(f) for f in fields)


def claims_match_but_place(gold: ClaimDict, predicted: ClaimDict) -> bool:
    """The match of the guide with the location left out: pairs for location accuracy."""
    return (
        gold.get("action") == predicted.get("action")
        and gold.get("quantity") == predicted.get("quantity")
        and weapons_match(gold.get("weapon"), predicted.get("weapon"))
    )


def match_claims(
    gold: Sequence[ClaimDict],
    predicted: Sequence[ClaimDict],
    same: Callable[[ClaimDict, ClaimDict], bool] = claims_match,
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (gold index, predicted index), unmatched gold indexes, unmatched predicted indexes."""
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    missed: list[int] = []
    for gi, g in enumerate(gold):
        candidates = [
            (pi, _agreement(g, p))
            for pi, p in enumerate(predicted)
            if pi not in taken and same(g, p)
        ]
        if not candidates:
            missed.append(gi)
            continue
        best = max(candidates, key=lambda c: c[1])[0]
        taken.add(best)
        pairs.append((gi, best))
    extra = [pi for pi in range(len(predicted)) if pi not in taken]
    return pairs, missed, extra


@dataclass
class Miss:
    report_id: str
    claim: ClaimDict


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    claimant_ok: int = 0
    date_ok: int = 0
    attacker_ok: int = 0
    qualifier_ok: int = 0
    empty_reports: int = 0
    false_on_empty: int = 0
    reports: int = 0
    placed: int = 0  # pairs matched on everything but the location
    location_ok: int = 0
    misses: list[Miss] = field(default_factory=list)
    extras: list[Miss] = field(default_factory=list)
    mismatches: list[tuple[str, str, ClaimDict, ClaimDict]] = field(default_factory=list)
    # Counts that outlive the error lists, so the blind split reports them too: error classes
    # ((class, "missed" | "extra"), see evaluation.classes) and wrongly filled fields.
    classes: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong_fields: Counter[str] = field(default_factory=Counter)
    # Wrong claimants by how they are wrong: "official -> outlet" (the gold's kind, ours), or
    # "side ua -> other" where the kind is right: whose words a split's claimant errors miss.
    claimant_misreads: Counter[str] = field(default_factory=Counter)
    # (gold, predicted, matched) claims of each report: what a resampled interval draws from
    per_report: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _share(self, count: int) -> float:
        return count / self.matched if self.matched else 0.0

    @property
    def claimant_accuracy(self) -> float:
        return self._share(self.claimant_ok)

    @property
    def date_accuracy(self) -> float:
        return self._share(self.date_ok)

    @property
    def attacker_accuracy(self) -> float:
        return self._share(self.attacker_ok)

    @property
    def qualifier_accuracy(self) -> float:
        return self._share(self.qualifier_ok)

    @property
    def location_accuracy(self) -> float:
        return self.location_ok / self.placed if self.placed else 0.0

    @property
    def false_per_1000(self) -> float:
        return 1000 * self.false_on_empty / self.empty_reports if self.empty_reports else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "reports": self.reports,
            "gold_claims": self.gold,
            "predicted_claims": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "claimant_accuracy": round(self.claimant_accuracy, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            "attacker_accuracy": round(self.attacker_accuracy, 4),
            "qualifier_accuracy": round(self.qualifier_accuracy, 4),
            "location_accuracy": round(self.location_accuracy, 4),
            "reports_without_claims": self.empty_reports,
            "false_claims_per_1000_empty_reports": round(self.false_per_1000, 2),
        }


def score_report(
    score: Score, report_id: str, gold: Sequence[ClaimDict], pred: Sequence[ClaimDict]
) -> None:
    score.reports += 1
    score.gold += len(gold)
    score.predicted += len(pred)
    if not gold:
        score.empty_reports += 1
        score.false_on_empty += len(pred)
    pairs, missed, extra = match_claims(gold, pred)
    placed, _, _ = match_claims(gold, pred, claims_match_but_place)
    score.placed += len(placed)
    score.location_ok += sum(gold[g].get("location") == pred[p].get("location") for g, p in placed)
    score.matched += len(pairs)
    score.per_report.append((len(gold), len(pred), len(pairs)))
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        claimant_ok = (g.get("claimant_side"), g.get("claimant_kind")) == (
            p.get("claimant_side"),
            p.get("claimant_kind"),
        )
        score.claimant_ok += claimant_ok
        score.date_ok += g.get("date") == p.get("date")
        score.attacker_ok += g.get("attacker_side") == p.get("attacker_side")
        score.qualifier_ok += g.get("qualifier") == p.get("qualifier")
        wrong = [
            name
            for name, ok in (
                ("claimant", claimant_ok),
                ("date", g.get("date") == p.get("date")),
                ("attacker_side", g.get("attacker_side") == p.get("attacker_side")),
            )
            if not ok
        ]
        score.wrong_fields.update(wrong)
        if not claimant_ok:
            score.claimant_misreads[claimant_misread(g, p)] += 1
        if wrong:
            score.mismatches.append((report_id, ",".join(wrong), g, p))
    score.misses.extend(Miss(report_id, gold[i]) for i in missed)
    score.extras.extend(Miss(report_id, pred[i]) for i in extra)


def claimant_misread(gold: ClaimDict, predicted: ClaimDict) -> str:
    """How a matched claim's claimant is wrong: its kind ("official -> outlet"), else its side."""
    kinds = gold.get("claimant_kind"), predicted.get("claimant_kind")
    if kinds[0] != kinds[1]:
        return f"{kinds[0]} -> {kinds[1]}"
    return f"side {gold.get('claimant_side')} -> {predicted.get('claimant_side')}"


def score(
    gold_rows: Iterable[Mapping[str, Any]], predicted: Mapping[str, Sequence[ClaimDict]]
) -> Score:
    """Score predictions (report id -> claims) against gold rows ({"id", "claims"})."""
    result = Score()
    for row in gold_rows:
        report_id = str(row["id"])
        score_report(
            result, report_id, list(row.get("claims") or []), list(predicted.get(report_id, []))
        )
    return result


def evidence_text(claim: ClaimDict) -> str:
    evidence = claim.get("evidence")
    if isinstance(evidence, Mapping):
        return str(evidence.get("text", ""))
    return str(evidence or "")


def describe(claim: ClaimDict) -> str:
    """One line naming a claim's scored fields, for lists of misses and extras."""
    weapon = claim.get("weapon") or "-"
    return (
        f"{claim.get('action')} {weapon} {claim.get('quantity')} {claim.get('location')} "
        f"[{claim.get('claimant')}/{claim.get('claimant_side')}/{claim.get('claimant_kind')}] "
        f"{claim.get('date')} «{evidence_text(claim)}»"
    )
