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
pass on such a word alone yields a claim. The weapon and the action must also stand near each
other (`window`: at most so many characters between their beginnings), as a claim's do: in
every annotated text with a claim some pair lies within 77 characters, and no text of the
shared corpora whose nearest pair lies further than 150 yields a claim. A long article that
names an "attack" in one paragraph and "took" in another is turned away. A language whose
lexicon has no `[fastpath]` table is never rejected. The test
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
    """A word beginning of the automaton: the weapon or action it stands for, and whether it
    counts only in capitals."""

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
    table = lexicon(lang).fastpath
    automaton = _automaton(lexicon(lang))
    if automaton is None:
        return True
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two; offsets would drift
        return True
    window = len(text) if table.window is None else table.window
    # per role, its latest hit and the latest of another beginning: (start, stem) or None
    latest: dict[int, list[tuple[int, str] | None]] = {_WEAPON: [None, None], _ACTION: [None, None]}
    one_word = False  # a weapon and an action within the window of one beginning ("удары")
    for end, triggers in automaton.iter(low):
        start = end - len(triggers[0].stem) + 1
        if start and low[start - 1].isalpha():
            continue
        for trigger in triggers:
            if trigger.capitals and not text[start : end + 1].isupper():
                continue
            last, other = latest[_ACTION if trigger.role == _WEAPON else _WEAPON]
            if last is not None and abs(start - last[0]) <= window:
                if last[1] != trigger.stem:
                    return True  # a weapon and an action of two beginnings, near each other
                one_word = True
                if other is not None and abs(start - other[0]) <= window:
                    return True
            _remember(latest[trigger.role], start, trigger.stem)
    # one word alone ("удары"): a claim only where a model names the weapon (few texts get here)
    return one_word and bool(find_models(text, lang))


def _remember(hits: list[tuple[int, str] | None], start: int, stem: str) -> None:
    """Keep a role's latest hit first and, second, its latest hit of another beginning."""
    last = hits[0]
    if last is not None and last[1] != stem:
        hits[1] = last
    hits[0] = (start, stem)
