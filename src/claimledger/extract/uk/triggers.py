"""Words that carry the action of a claim: "атакував", "збито", "локаційно втрачено", "загинули".

Cues are matched by lemma; a few need a neighbour ("не долетіли", "локаційно втрачено"). Two cues
joined by a slash or "та" ("збито/подавлено", "збито та подавлено") act as the first one.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.extract.uk.text import WORD, Document
from claimledger.morph import Morphology

LAUNCHED = "launched"
INTERCEPTED = "intercepted"
SUPPRESSED = "suppressed"
HIT = "hit"
KILLED = "killed"
INJURED = "injured"
WEAPON_ACTIONS = frozenset({LAUNCHED, INTERCEPTED, SUPPRESSED, HIT})
CASUALTY_ACTIONS = frozenset({KILLED, INJURED})

# Lemma -> action.
LEMMA_CUES: dict[str, str] = {
    "атакувати": LAUNCHED,
    "запустити": LAUNCHED,
    "випустити": LAUNCHED,
    "застосувати": LAUNCHED,
    "застосовувати": LAUNCHED,
    "запускати": LAUNCHED,
    "випускати": LAUNCHED,
    "вдарити": LAUNCHED,
    "обстріляти": LAUNCHED,
    "направити": LAUNCHED,
    "спрямувати": LAUNCHED,
    "використати": LAUNCHED,
    "пуск": LAUNCHED,
    "атака": LAUNCHED,
    "скинути": LAUNCHED,
    "виявити": LAUNCHED,
    "зафіксувати": LAUNCHED,
    "завдати": LAUNCHED,
    "запущений": LAUNCHED,
    "випущений": LAUNCHED,
    "атакуваний": LAUNCHED,
    "збити": INTERCEPTED,
    "знищити": INTERCEPTED,
    "перехопити": INTERCEPTED,
    "знешкодити": INTERCEPTED,
    "нейтралізувати": INTERCEPTED,
    "збиття": INTERCEPTED,
    "знищення": INTERCEPTED,
    "перехоплення": INTERCEPTED,
    "знешкодження": INTERCEPTED,
    "збивати": INTERCEPTED,
    "знищувати": INTERCEPTED,
    "приземлити": INTERCEPTED,
    "збитий": INTERCEPTED,
    "знищений": INTERCEPTED,
    "перехоплений": INTERCEPTED,
    "подавити": SUPPRESSED,
    "подавлений": SUPPRESSED,
    "локаційно": SUPPRESSED,
    "подавлення": SUPPRESSED,
    "влучання": HIT,
    "влучити": HIT,
    "влучення": HIT,
    "приліт": HIT,
    "прильот": HIT,
    "поцілити": HIT,
    "прилетіти": HIT,
    "загинути": KILLED,
    "загиблий": KILLED,
    "вбити": KILLED,
    "жертва": KILLED,
    "загинулий": KILLED,
    "вбитий": KILLED,
    "поранити": INJURED,
    "поранений": INJURED,
    "травмувати": INJURED,
    "травмований": INJURED,
    "поранення": INJURED,
    "травма": INJURED,
    "постраждати": INJURED,
    "постраждалий": INJURED,
    "травмуватися": INJURED,
}
# Cues that count only after "не": "не долетіли до цілей", "не досягли цілей".
NEGATED_CUES: dict[str, str] = {"долетіти": SUPPRESSED, "досягти": SUPPRESSED}
# Weak cues give way to a stronger cue in the same sentence ("зафіксовано влучання").
WEAK: frozenset[str] = frozenset({"виявити", "зафіксувати", "атака"})
_JOINERS = frozenset({"/", "та", "і", "й", "або", "чи"})
_LOST = frozenset({"втратити", "втрачений", "втрачатися", "загубити", "загубитися"})


@dataclass(frozen=True, slots=True)
class Cue:
    action: str
    first: int  # token index
    last: int  # token index after the cue
    weak: bool = False


class CueFinder:
    def __init__(self, doc: Document, morph: Morphology) -> None:
        self.doc = doc
        self.morph = morph

    def in_range(self, first: int, last: int) -> list[Cue]:
        """Action cues among tokens [first, last), joined cues merged into the first."""
        cues: list[Cue] = []
        for index in range(first, last):
            if cues and index < cues[-1].last:
                continue
            cue = self._cue_at(index)
            if cue is None:
                continue
            cue = self._extend(cue)
            if cues and self._joined(cues[-1], cue):
                previous = cues.pop()
                # "зафіксовано влучання": a weak cue gives way to the strong one it joins.
                action = cue.action if previous.weak and not cue.weak else previous.action
                cue = Cue(action, previous.first, cue.last, previous.weak and cue.weak)
            cues.append(cue)
        return self._drop_shadowed_weak(cues)

    def _cue_at(self, index: int) -> Cue | None:
        token = self.doc.tokens[index]
        if token.kind != WORD:
            return None
        lemmas = self.morph.lemmas(token.lower)
        for lemma in sorted(lemmas):
            if lemma in LEMMA_CUES:
                return Cue(LEMMA_CUES[lemma], index, index + 1, lemma in WEAK)
            if lemma in NEGATED_CUES and index > 0 and self.doc.tokens[index - 1].lower == "не":
                return Cue(NEGATED_CUES[lemma], index - 1, index + 1)
        if token.lower.startswith(("влучан", "прильот")):
            return Cue(HIT, index, index + 1)
        return None

    def _extend(self, cue: Cue) -> Cue:
        """ "локаційно втрачено" is one cue: the count follows the participle."""
        tokens = self.doc.tokens
        if cue.action == SUPPRESSED and cue.last < len(tokens):
            lemmas = self.morph.lemmas(tokens[cue.last].lower)
            if lemmas & _LOST:
                return Cue(cue.action, cue.first, cue.last + 1, cue.weak)
        return cue

    def _joined(self, left: Cue, right: Cue) -> bool:
        """ "збито/подавлено", "локаційно втрачено": one cue with the first one's action."""
        if not (left.action == right.action or {left.action, right.action} <= WEAPON_ACTIONS):
            return False
        between = self.doc.tokens[left.last : right.first]
        if not between:
            return True
        return len(between) == 1 and between[0].text in _JOINERS

    def _drop_shadowed_weak(self, cues: list[Cue]) -> list[Cue]:
        strong = [c for c in cues if not c.weak]
        if not strong:
            return cues
        return [c for c in cues if not c.weak or not self._shadowed(c, strong)]

    def _shadowed(self, weak: Cue, strong: list[Cue]) -> bool:
        return any(0 < s.first - weak.last <= 2 for s in strong)
