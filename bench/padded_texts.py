"""Whether a report's claims stay its own when another story follows it on the page.

News pages hold more than one story, and the rules that let an air attack named early in a
report count victims named paragraphs later must not reach into the next story (a shooting, a
road accident, soldiers killed at the front). This bench appends to each annotated text with
claims a text of the same language and split whose gold has none (evaluation/padded.py), and
scores, side by side, the text and its pad each read alone and the two read as one page: claim
F1, claimant accuracy and the claims predicted. Only what the stories do to each other moves the
figures. The listing (`--show`, dev only) shows the claims that changed.

    python bench/padded_texts.py --split dev --fold a --show
    python bench/padded_texts.py --split dev --lang uk
"""

from __future__ import annotations

import sys

from claimledger.evaluation.gold import GoldText
from claimledger.evaluation.padded import ClaimDicts, score_padded
from claimledger.evaluation.score import describe
from eval_texts import parser_for, score_line, texts_by_language


def _show(gold: GoldText, pad: GoldText, alone: ClaimDicts, joined: ClaimDicts) -> None:
    before, after = sorted(map(describe, alone)), sorted(map(describe, joined))
    if before == after:
        return
    print(f"== {gold.id} ({gold.lang}), then {pad.id}")
    for line in sorted(set(before) - set(after)):
        print(f"  - {line}")
    for line in sorted(set(after) - set(before)):
        print(f"  + {line}")


def main() -> int:
    parser = parser_for(__doc__.split("\n\n")[0], "the claims that changed")
    args = parser.parse_args()
    for lang, chosen in texts_by_language(parser, args):
        result = score_padded(chosen, seen=_show if args.show else None)
        print(f"{lang}: {result.texts} texts with claims, each with a pad after it")
        print(score_line("each alone", result.alone, 10))
        print(score_line("one page", result.padded, 10))
    return 0


if __name__ == "__main__":
    sys.exit(main())
