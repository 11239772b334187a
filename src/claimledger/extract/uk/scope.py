"""Parts of a Ukrainian report that hold no claims: loss tallies, threats, forecasts.

The General Staff's running tally of enemy losses ("Загальні бойові втрати противника ...
особового складу, танків, ... БпЛА оперативно-тактичного рівня, крилатих ракет") counts a whole
war, not an attack; threat alerts and forecasts ("загроза застосування", "можливі пуски") count
nothing that happened.
"""

from __future__ import annotations

import re

_LOSS_TALLY = re.compile(
    r"(?:бойов\w*\s+втрат\w*|втрат\w*\s+(?:противника|ворога|окупантів|рф|росії))"
    r"|особового\s+складу",
    re.I,
)
_NOT_HAPPENED = re.compile(
    r"\bзагроз\w*|\bможлив\w*\s+(?:\w+\s+)?(?:пуск\w*|атак\w*|застосуванн\w*|удар\w*)"
    r"|\bмож(?:е|уть)\s+(?:бути\s+)?(?:атакува\w*|застосува\w*|запусти\w*|вдари\w*)"
    r"|\bпрогноз\w*|\bочіку\w*|\bготу(?:є|ють)\w*|\bплану(?:є|ють)\w*"
    r"|\b(?:рух\w*|летит\w*|летять)\s+(?:\w+\s+)?(?:у|в)\s+(?:напрямку|бік)"
    r"|\bкурсом\s+на\b|\bзліт\w*|\bу\s+повітрі\b",
    re.I,
)


def loss_tally_start(folded: str) -> int | None:
    """Where a General Staff loss tally begins, or None: from there on nothing is a claim."""
    match = _LOSS_TALLY.search(folded)
    return match.start() if match else None


def not_happened(sentence: str) -> bool:
    """Threats, alerts and forecasts: what may come, not what happened."""
    return bool(_NOT_HAPPENED.search(sentence))
