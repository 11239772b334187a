"""Texts with another story after them: whether a report's claims stay its own in a longer page.

News pages hold more than one story: a digest's next item, a "read also" paragraph, a recap of
another day. The rules that let an air attack named early in a report count the victims named
paragraphs later must not let it count the victims of the next story: a shooting, a car that
drove into people, soldiers killed at the front. `score_padded` appends to each annotated text
with claims a text of the same language and split whose gold has none (the pad), and scores
the reading of the joined text against the text's gold. The reading it is compared with is the
text's own claims together with the pad's own, each read alone, so that only what the two
stories do to each other moves the figures. The pad goes after the text, not before: a story
put before would rightly change what the text's headline and opening say. `bench/padded_texts.py`
prints the figures; the eval gate holds floors on them.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claimledger.evaluation.gold import GoldText
from claimledger.evaluation.run import ClaimDicts, gold_report, read_claims
from claimledger.evaluation.score import Score, score_report
from claimledger.extract import Extractor
from claimledger.model import Report

# between the text and its pad: a paragraph break, as between two items of a page
JOINT = "\n\n"
# pads from 200 to 1,500 characters: a news item's length, not a whole page
PAD_CHARS = (200, 1500)


@dataclass
class Padded:
    """The scores of the texts with claims, each read alone and with a pad after it."""

    alone: Score = field(default_factory=Score)
    padded: Score = field(default_factory=Score)
    texts: int = 0


# What a caller may look at for each padded text: the gold, the pad, both readings.
Seen = Callable[[GoldText, GoldText, ClaimDicts, ClaimDicts], None]


def pads_for(texts: Iterable[GoldText]) -> list[GoldText]:
    """The texts that may pad others: no claim in their gold, a news item's length; in a fixed
    order (by a hash of the id) that does not follow the corpus."""
    low, high = PAD_CHARS
    chosen = [t for t in texts if not t.claims and low <= len(t.text) <= high]
    return sorted(chosen, key=lambda t: hashlib.sha256(t.id.encode()).hexdigest())


def padded_report(gold: GoldText, pad: GoldText) -> Report:
    """The text's report with the pad's text after its own: the text's date, source and id."""
    report = gold_report(gold)
    report.text = report.text + JOINT + pad.text
    return report


def score_padded(
    texts: Iterable[GoldText], extractor: Extractor | None = None, seen: Seen | None = None
) -> Padded:
    """Score each text with claims alone (with its pad's own claims) and with its pad after it.
    Pads are taken from the same texts, of the text's language and split, in turn."""
    extractor = extractor or Extractor()
    chosen = list(texts)
    by_key: dict[tuple[str, str], list[GoldText]] = defaultdict(list)
    for pad in pads_for(chosen):
        by_key[(pad.lang, pad.split)].append(pad)
    out = Padded()
    taken: Counter[tuple[str, str]] = Counter()  # pads used so far per language and split
    for gold in chosen:
        key = (gold.lang, gold.split)
        candidates = by_key.get(key)
        if not gold.claims or not candidates:
            continue
        pad = candidates[taken[key] % len(candidates)]
        taken[key] += 1
        out.texts += 1
        alone = read_claims(extractor, gold_report(gold)) + read_claims(extractor, gold_report(pad))
        joined = read_claims(extractor, padded_report(gold, pad))
        score_report(out.alone, gold.id, gold.claims, alone)
        score_report(out.padded, gold.id, gold.claims, joined)
        if seen is not None:
            seen(gold, pad, alone, joined)
    return out
