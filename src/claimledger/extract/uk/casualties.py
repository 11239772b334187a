"""Explicit denials of casualties: "загиблих та постраждалих немає", "обійшлося без постраждалих".

ANNOTATION.md counts "no casualties" as killed 0 and injured 0 only when the text says so; a
missing report ("інформація про постраждалих уточнюється") is no claim. Counted casualties
("загинули двоє людей") are read with the other counts in `overnight`.
"""

from __future__ import annotations

import re

from claimledger.extract.uk.context import Finding, ReportContext
from claimledger.extract.uk.scope import loss_tally_start
from claimledger.extract.uk.triggers import INJURED, KILLED
from claimledger.model import Claim

_NONE = r"(?:немає|нема|не\s+виявлено|не\s+зафіксовано)"
# Pattern -> the actions it denies.
DENIALS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (
        re.compile(
            rf"\b(?:загиблих|жертв)\s+(?:та|і|й)\s+(?:поранених|постраждалих|травмованих)"
            rf"\s+{_NONE}",
            re.I,
        ),
        (KILLED, INJURED),
    ),
    (
        re.compile(
            rf"\b(?:без\s+(?:жертв\s+(?:та|і|й)\s+)?постраждалих|постраждалих\s+{_NONE}"
            rf"|людських\s+втрат\s+{_NONE}|ніхто\s+не\s+постраждав)",
            re.I,
        ),
        (KILLED, INJURED),
    ),
    (re.compile(rf"\b(?:поранених|травмованих)\s+{_NONE}", re.I), (INJURED,)),
    (re.compile(rf"\b(?:загиблих\s+{_NONE}|без\s+жертв)", re.I), (KILLED,)),
]


def find(ctx: ReportContext) -> list[Claim]:
    folded = ctx.doc.folded
    tally = loss_tally_start(folded)
    claims: list[Claim] = []
    for pattern, actions in DENIALS:
        for match in pattern.finditer(folded):
            if (tally is not None and match.start() > tally) or ctx.in_consumed(match.start()):
                continue
            sentence = next(
                (s for s in ctx.doc.sentences if s.start <= match.start() < s.end), None
            )
            for action in actions:
                finding = Finding(
                    action=action,
                    value=0,
                    qualifier="exact",
                    weapon=None,
                    model=None,
                    position=match.start(),
                    evidence=(match.start(), match.end()),
                    spans={"action": (match.start(), match.end())},
                    sentence=sentence,
                )
                if (claim := ctx.claim(finding)) is not None:
                    claims.append(claim)
    return claims
