"""Whether a report's claims depend on how its page breaks lines (evaluation/layouts.py).

The same report comes with a blank line between paragraphs from one site and a single newline
from another. This bench reads every annotated text of the chosen split as written and laid out
two other ways, `lines` (every paragraph break a single newline) and `paragraphs` (every line its
own paragraph), and scores each against the same gold, side by side: claim F1, claimant accuracy
and location accuracy. Only scores are printed, so any split may be counted.

    python bench/layouts.py --split dev
    python bench/layouts.py --split dev --fold a --lang ru
"""

from __future__ import annotations

import sys

from claimledger.evaluation.layouts import score_relaid
from eval_texts import parser_for, texts_by_language


def main() -> int:
    parser = parser_for(__doc__.split("\n\n")[0], "nothing more: counts only")
    args = parser.parse_args()
    for lang, chosen in texts_by_language(parser, args):
        print(lang)
        for layout, result in score_relaid(chosen).items():
            for name, score in (("as written", result.before), (f"as {layout}", result.after)):
                print(f"  {name:<14} F1 {score.f1:.3f}  claimant {score.claimant_accuracy:.3f}  "
                      f"location {score.location_accuracy:.3f}  ({result.texts} texts relaid)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
