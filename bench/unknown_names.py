"""How much of the claimant a report's text alone gives, without the actor registry's names.

Texts nobody tuned the rules to name officials the registry has never heard of: another
region's governor, a new spokesman, a mayor of a small town. This bench takes the annotated texts
of a split and gives every person of the registry (governors, mayors, spokesmen, ministers,
commanders, presidents) found in them a surname nobody holds (`Zarubov` for `Gladkov`, `Заруб`
plus the surname's own last two letters in Russian and Ukrainian, so that "Гладкова" becomes
"Зарубова" and declines as before). What the text says of the person ("губернатор Белгородской
области", "spokesman for the air force", "начальник ОВА") stays. It then scores the extraction
of the original and of the renamed texts against the same gold, side by side: claim F1 and
claimant accuracy (side and kind, as scored). Where a text names a person with no word of who
they are, the claimant cannot be told without the registry, and the renamed text may rightly
lose it; the listing (`--show`, dev only) shows which claims changed.

    python bench/unknown_names.py --split dev --fold a --show
    python bench/unknown_names.py --split dev --lang en
"""

from __future__ import annotations

import re
import sys

from claimledger.evaluation.gold import GoldText
from claimledger.evaluation.renamed import STEMS, ClaimDicts, score_renamed
from claimledger.evaluation.score import describe, match_claims
from eval_texts import parser_for, score_line, texts_by_language


def _claimant_ok(gold: GoldText, predicted: ClaimDicts) -> dict[int, str]:
    pairs, _, _ = match_claims(gold.claims, predicted)
    out = {}
    for g, p in pairs:
        claim = predicted[p]
        ok = (gold.claims[g].get("claimant_side"), gold.claims[g].get("claimant_kind")) == (
            claim.get("claimant_side"), claim.get("claimant_kind"))
        out[g] = f"{'ok ' if ok else 'BAD'} {claim.get('claimant')}/{claim.get('claimant_side')}"\
                 f"/{claim.get('claimant_kind')}"
    return out


def _show(gold: GoldText, first: ClaimDicts, second: ClaimDicts, done: list[str],
          text: str) -> None:
    a, b = _claimant_ok(gold, first), _claimant_ok(gold, second)
    changed = [g for g in range(len(gold.claims)) if a.get(g) != b.get(g)]
    if not changed:
        return
    print(f"== {gold.id} ({gold.lang}) renamed: {', '.join(done)}")
    for stem in STEMS[gold.lang][: len(done)]:
        for hit in list(re.finditer(stem, text))[:3]:
            around = text[max(0, hit.start() - 90) : hit.end() + 60].replace("\n", " / ")
            print(f"  ...{around}...")
    for g in changed:
        print(f"  gold   {describe(gold.claims[g])}")
        print(f"    before: {a.get(g, 'missed')}")
        print(f"    after:  {b.get(g, 'missed')}")


def main() -> int:
    parser = parser_for(__doc__.split("\n\n")[0], "the claims that changed")
    args = parser.parse_args()
    for lang, chosen in texts_by_language(parser, args):
        result = score_renamed(chosen, seen=_show if args.show else None)
        print(f"{lang}: {result.texts} of {len(chosen)} texts name a registry person")
        print(score_line("registry names", result.before))
        print(score_line("renamed", result.after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
