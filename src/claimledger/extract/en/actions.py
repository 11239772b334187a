"""Action words in English: what happened to the weapons (ANNOTATION.md `action`).

Each entry carries its `form`, which tells the claim grammar how the word combines with a counted
weapon: a `verb` takes it as object ("shot down 14 drones") or as passive subject ("14 drones
were shot down"); a `noun` takes it through "of" ("the interception of four drones"); an
`attack` verb counts the weapons after "with" ("attacked Kharkiv with 20 drones": launched) and
its weapon subject as hits ("two missiles struck the city").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from claimledger.model import Action

Form = Literal["verb", "noun", "attack"]


@dataclass(frozen=True, slots=True)
class ActionMention:
    action: Action
    start: int
    end: int
    form: Form
    # Intercepting or suppressing verbs used actively with their weapon as subject ("a drone
    # destroyed a tank") describe the weapon's own deed, so they need a passive or a participle.
    needs_passive: bool


_OF = r"(?=\s+of\b)"
_EW = r"(?:means\s+of\s+)?(?:electronic\s+warfare|EW)(?:\s+(?:systems?|means|equipment|units?))?"
_ENTRIES: tuple[tuple[str, Action, Form, bool], ...] = (
    (r"interceptions?|destruction|downing|shootdowns?", "intercepted", "noun", False),
    (r"launch(?:es)?", "launched", "noun", False),
    (
        rf"(?:neutrali[sz]ed|suppressed|disabled|downed|stopped|jammed|diverted|brought\s+down"
        rf"|destroyed|intercepted)\s+(?:by|with|using)\s+{_EW}",
        "suppressed",
        "verb",
        True,
    ),
    (
        r"locally\s+lost|lost\s+locally|lost\s+(?:in\s+)?location|location-lost"
        r"|lost\s+(?:due\s+to|to|as\s+a\s+result\s+of|because\s+of)\s+(?:active\s+)?"
        r"(?:electronic\s+warfare|EW|countermeasures|counteraction|jamming)",
        "suppressed",
        "verb",
        True,
    ),
    (r"jammed|suppressed", "suppressed", "verb", True),
    (
        r"shot\s+down|shoot(?:s|ing)?\s+down|downed|downing|brought\s+down|bring(?:s|ing)?\s+down"
        r"|taken\s+down|took\s+down|take(?:s|ing)?\s+down|knocked\s+out\s+of\s+the\s+sky"
        r"|intercept(?:ed|s|ing)?|destroy(?:ed|s|ing)?|neutrali[sz](?:ed|es|ing|e)"
        r"|repel(?:led|s|ling)?|repuls(?:ed|es|ing|e)|eliminat(?:ed|es|ing|e)",
        "intercepted",
        "verb",
        True,
    ),
    (
        r"launch(?:ed|es|ing)?|fired|fir(?:es|ing)|sent|send(?:s|ing)?|unleashed|unleash(?:es|ing)?"
        r"|used|us(?:es|ing)|deployed|deploy(?:s|ing)?|dropped|drop(?:s|ping)?",
        "launched",
        "verb",
        True,
    ),
    (
        r"attack(?:ed|s|ing)?|struck|strik(?:es|ing)|hit(?:s|ting)?|target(?:ed|s|ing)"
        r"|bombard(?:ed|s|ing)?|pound(?:ed|s|ing)?|hammer(?:ed|s|ing)?|pummel(?:l?ed|s|ling)?",
        "hit",
        "attack",
        False,
    ),
    (
        r"impacted|crashed\s+(?:into|on|onto|in)|fell\s+(?:on|onto|in|into|near)"
        r"|landed\s+(?:on|in|near)|reached\s+(?:its|their)\s+targets?|exploded",
        "hit",
        "verb",
        False,
    ),
    (r"impacts?", "hit", "noun", False),
)
# One pass over the text: at each position the first entry that matches wins. Nouns count only
# before "of" ("the interception of four drones").
_ALTERNATIVES = "|".join(
    rf"(?P<e{index}>{pattern}){_OF if form == 'noun' else ''}"
    for index, (pattern, _, form, _) in enumerate(_ENTRIES)
)
_COMBINED = re.compile(rf"(?<![\w-])(?:{_ALTERNATIVES})(?![\w-])", re.IGNORECASE)


def action_mentions(text: str) -> list[ActionMention]:
    """Action mentions in text order."""
    out: list[ActionMention] = []
    for match in _COMBINED.finditer(text):
        name = match.lastgroup or "e0"
        _, action, form, passive = _ENTRIES[int(name[1:])]
        out.append(ActionMention(action, match.start(), match.end(), form, passive))
    return out
