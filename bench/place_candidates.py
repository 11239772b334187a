"""How many of a split's place errors a chooser among the text's own places could mend.

A place error is a predicted claim that matches a gold claim on action, quantity and weapon but
not on location (`claims_match_but_place`, the pairs of the evaluation's location accuracy). For
each, the candidates are every place the gazetteer finds in the text, with the region and the
country of each, the two countries of the war and "unknown": if the gold location is among them, a
better choice among what the text names would have got it right; if not, the place was never
found (a village the gazetteer lacks, a name misread). The counts say how much a learned place
chooser (issue 15) could win at most, and what it could not.

    python bench/place_candidates.py --split dev              # counts per language
    python bench/place_candidates.py --split dev --fold a --show   # each unfound place, in context

`--show` prints text, so it refuses the blind split; the counts alone (no text) may be taken of
either split.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from claimledger.evaluation.gold import GoldText
from claimledger.evaluation.run import gold_report, read_claims
from claimledger.evaluation.score import claims_match, claims_match_but_place
from claimledger.extract import Extractor
from claimledger.extract.document.tokens import Document, analyse
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.places import find_places
from claimledger.extract.mentions.types import PlaceRef
from eval_texts import chosen_texts, parser_for

WAR_COUNTRIES = ("RU", "UA")


def text_places(text: GoldText, extractor: Extractor) -> tuple[Document, list[PlaceRef]]:
    """The text analysed, and every place the gazetteer finds in it."""
    resources = extractor.resources
    doc = analyse(text.text, resources.lexer(text.lang), resources.splitter(text.lang))
    if not doc.sentences:
        return doc, []
    return doc, find_places(doc, lexicon(text.lang), resources.gazetteer,
                            resources.place_morph(text.lang))


def candidates(refs: list[PlaceRef]) -> list[str | None]:
    """Unknown, the war's countries, and every place named with its region and country, once
    each, in that order."""
    codes: list[str | None] = [None, *WAR_COUNTRIES]
    for ref in refs:
        codes += [ref.place.code, ref.place.region, ref.place.country]
    return list(dict.fromkeys(codes))


def place_errors(text: GoldText, predicted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold claims a prediction matches on everything but the location."""
    gold = list(text.claims)
    used: set[int] = set()
    matched: set[int] = set()
    for i, claim in enumerate(predicted):
        j = next((j for j, g in enumerate(gold) if j not in used and claims_match(g, claim)), None)
        if j is not None:
            used.add(j)
            matched.add(i)
    errors = []
    for i, claim in enumerate(predicted):
        if i in matched:
            continue
        j = next((j for j, g in enumerate(gold)
                  if j not in used and claims_match_but_place(g, claim)), None)
        if j is not None:
            used.add(j)
            errors.append(dict(gold[j]))
    return errors


def main() -> int:
    parser = parser_for(__doc__.split("\n\n")[0], "print each unfound place")
    args = parser.parse_args()
    texts = chosen_texts(parser, args)
    extractor = Extractor()
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        if not text.claims:
            continue
        predicted = read_claims(extractor, gold_report(text))
        errors = place_errors(text, predicted)
        if not errors:
            continue
        named = set(candidates(text_places(text, extractor)[1]))
        for gold in errors:
            counts[(text.lang, "named" if gold.get("location") in named else "unfound")] += 1
            if args.show and gold.get("location") not in named:
                print(f"{text.id} ({text.lang}): gold {gold.get('location')}")
    print(f"place errors on {args.split}{f' fold {args.fold}' if args.fold else ''}: "
          "gold place named in the text (a better choice mends it) / never found")
    for lang in sorted({lang for lang, _ in counts}):
        named, unfound = counts[(lang, "named")], counts[(lang, "unfound")]
        print(f"  {lang}: {named + unfound} errors, {named} named, {unfound} unfound")
    return 0


if __name__ == "__main__":
    sys.exit(main())
