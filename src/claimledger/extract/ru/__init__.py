"""Russian extraction: claims from Russian Telegram news posts.

`extract(report, resources)` reads a post with razdel and pymorphy3 and rule grammars kept as
data, one module per claim family: `mod_statement` (air-defence totals and per-region
breakdowns), `strikes` (launches and hits), `casualties` (killed and injured), `attribution` and
`governors` (who says it), `dates` (which day). `frames` puts a sentence together, `post` a
whole post. Most posts carry no claim: a cheap look for trigger words skips them.
"""

from __future__ import annotations

import re

from claimledger.model import Extraction, Report
from claimledger.resources import Resources

# A post with none of these stems holds no claim: no weapon, no air defence, no casualty.
TRIGGERS = re.compile(
    r"беспилот|бпла|\bбла\b|дрон|ракет|шахед|герань|авиабомб|\bкаб|\bуаб|рсзо|himars|"
    r"хаймарс|atacms|атакмс|калибр|кинжал|искандер|циркон|пво|сбит|сбил|сбива|погиб|ранен|"
    r"пострадав|жертв|прил[её]т|попадани|самол[её]т|вертол[её]т|воздушн\w* цел",
    re.IGNORECASE,
)


def may_hold_claims(text: str) -> bool:
    return TRIGGERS.search(text) is not None


def extract(report: Report, resources: Resources) -> Extraction:
    """The claims of one Russian report, with its quotes, markers, checks and media."""
    from claimledger.extract.pipeline import read_report

    return read_report(report, "ru", resources, claims=may_hold_claims(report.text))
