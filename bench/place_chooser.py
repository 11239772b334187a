"""An experiment for issue 15: can a place chooser learned on one dev fold choose a claim's place
among the places its text names better than the rules do, on the other fold?

bench/place_candidates.py found that most place errors name the gold place in the text. Here,
for every predicted claim that matches a gold claim on action, quantity and weapon (the pairs of
the evaluation's location accuracy), the candidates are the rules' own choice, every place the
gazetteer finds in the text with its region and country, the two countries of the war and
"unknown". Each candidate gets a few features of where and how the text names it relative to the
claim's number (its sentence, its distance, before or after, the mention's flags, its kind, how
often the text names it, whether it is the rules' choice or a region or country widened from a
place the text names). A conditional logit (softmax over one claim's candidates, L2, full-batch
gradient descent from zeros: deterministic) is fitted on fold `a` and scored on fold `b`, then
the other way round; an override needs a margin over the rules' choice, chosen on the fitting
fold. Printed: per held-out fold, the claims whose place the rules got right, the chooser got
right, and the two differences (mended, broken).

    python bench/place_chooser.py                  # dev only: fit on one fold, score the other
    python bench/place_chooser.py --without-rules  # the features alone, no rules' choice

Nothing here is used by the extractor: it says whether a learned chooser is worth building. At
the ninth round it was not: with the rules' choice among its features the fit defers to it on
every claim (nothing mended, nothing broken); without it, the features alone choose right 417 of
578 claims of fold b where the rules choose 537 (and 491 of 723 of fold a against 688).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from claimledger.evaluation.gold import GoldText, load_all
from claimledger.evaluation.run import gold_report
from claimledger.evaluation.score import claims_match_but_place
from claimledger.evaluation.sets import fold_of
from claimledger.extract import Extractor
from claimledger.extract.mentions.types import PlaceRef
from claimledger.model import Claim
from place_candidates import WAR_COUNTRIES, candidates, text_places

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KINDS = ("country", "region", "city", "sea", "other", "unknown")
ACTIONS = ("launched", "intercepted", "suppressed", "hit", "killed", "injured")
FLAGS = ("in_actor", "origin", "destination", "near", "dateline", "aimed")


@dataclass
class Group:
    """One claim: its candidates' features, which one is gold, which one the rules chose."""

    fold: str
    features: np.ndarray  # candidates x features
    gold: int | None  # index of the gold location among the candidates, None if absent
    rule: int


def kind_of(code: str | None, refs: list[PlaceRef]) -> str:
    if code is None:
        return "unknown"
    if code.startswith("sea:"):
        return "sea"
    if code.startswith("city:"):
        return "city"
    if len(code) == 2:
        return "country"
    if any(r.place.code == code and r.place.kind == "region" for r in refs) or "-" in code:
        return "region"
    return "other"


def bucket(value: int, edges: tuple[int, ...]) -> list[float]:
    """One-hot of the first edge `value` does not exceed (and one past the last)."""
    out = [0.0] * (len(edges) + 1)
    out[next((i for i, edge in enumerate(edges) if value <= edge), len(edges))] = 1.0
    return out


def features(code: str | None, claim: Claim, refs: list[PlaceRef],
             sentence_of: Any, anchor: int) -> list[float]:
    direct = [r for r in refs if r.place.code == code]
    widened = [r for r in refs if code is not None and r.place.code != code
               and code in (r.place.region, r.place.country)]
    here = sentence_of(anchor)
    row: list[float] = [float(code == claim.location), float(code is None)]
    kind = kind_of(code, refs)
    row += [float(kind == k) for k in KINDS]
    row += [float(bool(direct)), float(bool(widened) and not direct), float(code in WAR_COUNTRIES)]
    for mentions in (direct, widened):
        if mentions:
            nearest = min(mentions, key=lambda r: abs(r.start - anchor))
            gap = sentence_of(nearest.start) - here
            row += bucket(abs(gap), (0, 1, 3))
            same = gap == 0
            row += [float(same and nearest.start < anchor), float(same and nearest.start > anchor)]
            row += bucket(abs(nearest.start - anchor) // 20, (1, 3, 8))
            row += [float(bool(getattr(nearest, flag))) for flag in FLAGS]
            row += [float(sentence_of(nearest.start) == 0)]
        else:
            row += [0.0] * (4 + 2 + 4 + len(FLAGS) + 1)
    row += bucket(len(direct), (0, 1, 3))
    regions = {r.place.code for r in refs
               if r.place.kind == "region" and sentence_of(r.start) == here and not r.in_actor}
    many = float(len(regions) >= 2)
    row += [many, many * float(kind == "country"), many * float(kind == "region")]
    row += [float(claim.action == a) * float(kind == "country") for a in ACTIONS]
    row += [float(claim.action == a) * float(kind == "city") for a in ACTIONS]
    row += [float(claim.claimant_kind == "outlet"), float(claim.claimant_kind == "military")]
    return row


def groups(texts: list[GoldText], extractor: Extractor) -> Iterator[Group]:
    for text in texts:
        if not text.claims:
            continue
        claims = extractor.extract(gold_report(text)).claims
        if not claims:
            continue
        doc, refs = text_places(text, extractor)
        starts = [s.start for s in doc.sentences]

        def sentence_of(offset: int, starts: list[int] = starts) -> int:
            return max((i for i, start in enumerate(starts) if start <= offset), default=0)

        used: set[int] = set()
        for claim in claims:
            predicted = claim.to_dict()
            j = next((j for j, g in enumerate(text.claims)
                      if j not in used and claims_match_but_place(g, predicted)
                      and g.get("location") == predicted.get("location")), None)
            if j is None:
                j = next((j for j, g in enumerate(text.claims)
                          if j not in used and claims_match_but_place(g, predicted)), None)
            if j is None:
                continue
            used.add(j)
            unique = list(dict.fromkeys([claim.location, *candidates(refs)]))
            number = claim.spans.get("number")
            anchor = number.start if number is not None else claim.evidence.start
            rows = [features(code, claim, refs, sentence_of, anchor) for code in unique]
            gold = text.claims[j].get("location")
            yield Group(fold_of(text.id), np.array(rows), unique.index(gold) if gold in unique
                        else None, 0)


def fit(train: list[Group], l2: float = 0.01, steps: int = 400, rate: float = 0.5) -> np.ndarray:
    usable = [g for g in train if g.gold is not None]
    weights = np.zeros(usable[0].features.shape[1])
    for _ in range(steps):
        grad = l2 * weights
        for g in usable:
            scores = g.features @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            grad -= (g.features[g.gold] - p @ g.features) / len(usable)
        weights -= rate * grad
    return weights


def choose(g: Group, weights: np.ndarray, margin: float) -> int:
    scores = g.features @ weights
    best = int(scores.argmax())
    return best if scores[best] - scores[g.rule] > margin else g.rule


def tally(test: list[Group], weights: np.ndarray, margin: float) -> tuple[int, int, int, int]:
    rules = sum(g.gold == g.rule for g in test)
    chosen = [choose(g, weights, margin) for g in test]
    ours = sum(g.gold == c for g, c in zip(test, chosen, strict=True))
    mended = sum(g.gold == c != g.rule for g, c in zip(test, chosen, strict=True))
    broken = sum(g.gold == g.rule != c for g, c in zip(test, chosen, strict=True))
    return rules, ours, mended, broken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--without-rules", action="store_true",
                        help="leave the rules' choice out of the features")
    args = parser.parse_args()
    texts = [t for t in load_all(ROOT / "eval" / "gold", args.shared) if t.split == "dev"]
    every = list(groups(texts, Extractor()))
    if args.without_rules:
        for group in every:
            group.features[:, 0] = 0.0  # the first feature: the candidate is the rules' choice
    print(f"{len(every)} dev claims with a gold twin but for the place; "
          f"{sum(g.gold is None for g in every)} whose gold place is no candidate")
    for fitted, held in (("a", "b"), ("b", "a")):
        train = [g for g in every if g.fold == fitted]
        test = [g for g in every if g.fold == held]
        weights = fit(train)
        margin = max((0.0, 0.5, 1.0, 2.0, 3.0),
                     key=lambda m: (lambda r: r[1])(tally(train, weights, m)))
        rules, ours, mended, broken = tally(test, weights, margin)
        alone = sum(g.gold == int((g.features @ weights).argmax()) for g in test)
        print(f"fit on fold {fitted} (margin {margin}), scored on fold {held}: {len(test)} claims, "
              f"rules right {rules}, chooser right {ours} (mended {mended}, broken {broken}); "
              f"its own first choice right {alone}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
