"""Turning annotation drafts into stored gold, and measuring agreement between two annotators.

An annotator writes a draft outside the repository: one JSON object per text, `{"id", "claims",
"note"}`, each claim's `evidence` a verbatim substring of the text (easy to write and to read).
`import_drafts` finds each evidence in its text (the first occurrence), replaces it by character
offsets, adds the corpus, language, split and text hash, and returns the stored form, which holds
no text of the corpus. Run it as a module:

    python -m claimledger.evaluation.drafts SET DRAFT.jsonl [...] --out eval/gold/SET.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from claimledger.errors import GoldError
from claimledger.evaluation.gold import GoldText, gold_record
from claimledger.evaluation.score import Score, score_report
from claimledger.evaluation.sets import eval_set, read_records, split_of
from claimledger.model import CLAIM_FIELDS


def _claim(draft: dict[str, Any], text: str, where: str) -> dict[str, Any]:
    evidence = draft.get("evidence")
    if not isinstance(evidence, str) or not evidence:
        raise ValueError(f"{where}: evidence must be a verbatim string")
    start = text.find(evidence)
    if start < 0:
        raise ValueError(f"{where}: evidence is not in the text: {evidence!r}")
    claim = {name: draft.get(name) for name in CLAIM_FIELDS}
    claim["evidence"] = {"start": start, "end": start + len(evidence)}
    return claim


def import_drafts(set_name: str, drafts: Iterable[Path], shared: Path) -> list[dict[str, Any]]:
    """The stored gold records of a set's drafts, in the order of the set's selection."""
    chosen = eval_set(set_name)
    texts = {str(r["id"]): str(r["text"]) for r in chosen.select(shared)}
    rows: dict[str, dict[str, Any]] = {}
    for path in drafts:
        for number, record in enumerate(read_records(path), start=1):
            text_id = str(record["id"])
            where = f"{path}:{number}: {text_id}"
            if text_id not in texts:
                raise GoldError(str(path), number, text_id, f"not a text of the set {set_name}")
            text = texts[text_id]
            try:
                claims = [_claim(c, text, where) for c in record.get("claims", [])]
            except ValueError as exc:
                raise GoldError(str(path), number, text_id, str(exc)) from None
            rows[text_id] = gold_record(
                chosen.corpus,
                text_id,
                chosen.lang,
                chosen.split or split_of(text_id),
                text,
                claims,
                record.get("note"),
            )
    return [rows[text_id] for text_id in texts if text_id in rows]


def agreement(first: Sequence[GoldText], second: Sequence[GoldText]) -> Score:
    """Claim agreement of two annotations of the same texts, scored as the guide scores a system:
    the first annotator as gold, the second as prediction (F1 is symmetric)."""
    other = {text.id: text.claims for text in second}
    result = Score()
    for text in first:
        if text.id in other:
            score_report(result, text.id, text.claims, other[text.id])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_name", metavar="SET")
    parser.add_argument("drafts", nargs="+", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        rows = import_drafts(args.set_name, args.drafts, args.shared)
    except (GoldError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"{args.out}: {len(rows)} texts, {sum(len(r['claims']) for r in rows)} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
