"""The fast path: most reports hold no claim, and the cheap test below rejects them before any
tokenizing, morphology or gazetteer work.

A claim needs a weapon or an air attack named in its text (casualties count only beside one) and
a word of action or harm. The lexicon lists both as word beginnings (`[fastpath]`: `weapons`,
`actions`) and the abbreviations that count only in capitals (`capitals`: "КАБ", not "кабинет").
One Aho-Corasick automaton per language runs over the lower-cased text once; a hit counts when it
starts a word. A word listed in both ("удар", "атак", "attack": an air attack named, and what
was done) stands for one of them only, unless the text names a weapon model the catalogue
knows ("Шестью ударами РС-26 разрушен завод": the model is the weapon): otherwise a text needs
a weapon and an action of two different beginnings. "Путин пообещал ответный удар" names an
attack and nothing that befell anything; a claim names a weapon kind, a model or a harm beside
it ("ракетный удар", "удар ... погиб"). None of the 25,000 texts of the shared corpora that
pass on such a word alone yields a claim. A language whose lexicon has no `[fastpath]` table
is never rejected. The test
`tests/test_fastpath.py` checks that no annotated text with a claim is rejected.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from claimledger.extract.lexicon import Lexicon, lexicon
from claimledger.extract.mentions.models import find_models
from claimledger.model import Language

_WEAPON, _ACTION = 1, 2


@dataclass(frozen=True, slots=True)
class _Trigger:
    stem: str
    role: int
    capitals: bool


@cache
def _automaton(lex: Lexicon) -> Any | None:
    table = lex.fastpath
    if not table.weapons:
        return None
    automaton = ahocorasick.Automaton()
    triggers = [_Trigger(s.lower(), _WEAPON, False) for s in table.weapons]
    triggers += [_Trigger(s.lower(), _WEAPON, True) for s in table.capitals]
    triggers += [_Trigger(s.lower(), _ACTION, False) for s in table.actions]
    for trigger in triggers:
        known = automaton.get(trigger.stem, ())
        automaton.add_word(trigger.stem, (*known, trigger))
    automaton.make_automaton()
    return automaton


# The text judged last, its language and the verdict: `extract_reports` judges a report before
# it sends it to a worker or reads it at home, and reading it judges the same string again. One
# tuple, replaced whole, so a thread never reads one text's verdict for another.
_last: tuple[str, Language, bool] | None = None


def may_hold_claims(text: str, lang: Language) -> bool:
    """False when `text` surely holds no claim: no weapon, or no word of action or harm."""
    global _last
    last = _last
    if last is not None and last[0] is text and last[1] == lang:
        return last[2]
    verdict = _may_hold_claims(text, lang)
    _last = (text, lang, verdict)
    return verdict


def _may_hold_claims(text: str, lang: Language) -> bool:
    automaton = _automaton(lexicon(lang))
    if automaton is None:
        return True
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two; offsets would drift
        return True
    weapons: set[str] = set()
    actions: set[str] = set()
    for end, triggers in automaton.iter(low):
        start = end - len(triggers[0].stem) + 1
        if start and low[start - 1].isalpha():
            continue
        for trigger in triggers:
            if trigger.capitals and not text[start : end + 1].isupper():
                continue
            (weapons if trigger.role == _WEAPON else actions).add(trigger.stem)
        # a weapon and an action of two beginnings: both seen, and not one word alone
        if weapons and actions and len(weapons | actions) > 1:
            return True
    # one word alone ("удары"): a claim only where a model names the weapon (few texts get here)
    return bool(weapons and actions) and bool(find_models(text, lang))
