"""Counted things in a sentence and the action cue each one belongs to.

An item is a quantity with what it counts: a weapon phrase ("75 ударними БпЛА типу Shahed"),
people ("двоє людей"), or nothing ("збито 60", "ще п'ятеро поранені") — a bare number that leans
on a cue next to it. A phrase with no number right after or before a cue counts one where its
grammar is singular ("збито крилату ракету", "загинула жінка").

An item takes a cue right next to it ("усі чотири збиті", "збито ще 60"), else a cue inside it
("3 загиблих"), else the nearest cue of its own comma segment (before it first), else the
nearest cue before it in the sentence (lists: "атакував 75 БпЛА, 3 ракетами"), else the nearest
after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.extract.uk.context import ReportContext
from claimledger.extract.uk.people import PeoplePhrase, PeopleReader
from claimledger.extract.uk.quantities import Quantity
from claimledger.extract.uk.text import PUNCT, WORD, Sentence, Token, same_segment
from claimledger.extract.uk.triggers import CASUALTY_ACTIONS, WEAPON_ACTIONS, Cue
from claimledger.extract.uk.weapons import AIR_TARGETS, WeaponPhrase

WEAPON = "weapon"
PEOPLE = "people"
BARE = "bare"
ALL = "all"  # "усі збиті": as many as were counted before

# Words between a cue and a bare number: "збито ще 60", "з них 60", "локаційно втрачено — 10".
_BARE_GAP = frozenset({"ще", "з", "із", "них", "яких", "-", ":", "було", "усі", "всі"})
_ORIGIN_PREPOSITIONS = frozenset({"з", "із", "зі", "від"})
_SUBSET_WORDS = frozenset({"серед", "числі", "них", "яких"})
_GROUND_MARKERS = ("fpv", "фпв", "камікадзе", "скид")
_FOREIGN = frozenset({"український", "зсу", "всу"})
_ALL_WORDS = frozenset({"усі", "всі", "усіх", "всіх"})
_TOTAL_VERBS = frozenset({"зрости", "збільшитися", "сягнути", "досягти", "становити", "скласти"})


@dataclass(frozen=True, slots=True)
class Item:
    kind: str
    value: int
    qualifier: str
    first: int  # token index
    last: int  # token index after the item
    quantity: Quantity | None = None
    phrase: WeaponPhrase | None = None
    people: PeoplePhrase | None = None
    foreign: bool = False

    @property
    def allowed(self) -> frozenset[str]:
        if self.kind == WEAPON:
            return WEAPON_ACTIONS
        if self.kind == PEOPLE:
            return CASUALTY_ACTIONS
        if self.kind == ALL:
            return WEAPON_ACTIONS
        return WEAPON_ACTIONS | CASUALTY_ACTIONS


class ItemReader:
    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.people = PeopleReader(ctx.doc, ctx.morph)

    def items(self, sentence: Sentence, cues: list[Cue]) -> list[Item]:
        counted = self._counted(sentence, cues)
        implied = self._implied(sentence, cues, counted)
        every = self._all(cues, counted + implied)
        return sorted(counted + implied + every, key=lambda item: item.first)

    def _all(self, cues: list[Cue], found: list[Item]) -> list[Item]:
        """ "усі збиті", "збито всі": a cue with "all" next to it and no count of its own."""
        tokens = self.ctx.doc.tokens
        taken = {i for item in found for i in range(item.first, item.last)}
        items: list[Item] = []
        for cue in cues:
            for index in (cue.first - 1, cue.last):
                if 0 <= index < len(tokens) and tokens[index].lower in _ALL_WORDS:
                    if index not in taken and cue.last not in taken:
                        items.append(Item(ALL, 0, "exact", index, index + 1))
                    break
        return items

    # -- items with a number ----------------------------------------------------------------

    def _counted(self, sentence: Sentence, cues: list[Cue]) -> list[Item]:
        ctx = self.ctx
        found: list[Item] = []
        index = sentence.first
        while index < sentence.last:
            item = self._counted_at(index, sentence, cues)
            if item is None:
                index += 1
                continue
            found.append(item)
            index = max(item.last, index + 1)
        return [i for i in found if not ctx.in_consumed(ctx.doc.tokens[i.first].start)]

    def _counted_at(self, index: int, sentence: Sentence, cues: list[Cue]) -> Item | None:
        ctx = self.ctx
        if ctx.weapons.model_at(index) is not None:
            return None
        quantity = ctx.quantities.read(index)
        if quantity is None or self._after_origin(quantity):
            return None
        return self._classify(quantity, sentence, cues)

    def _after_origin(self, quantity: Quantity) -> bool:
        first = quantity.first if quantity.qualifier_index is None else quantity.qualifier_index
        before = first - 1
        tokens = self.ctx.doc.tokens
        return before >= 0 and tokens[before].lower in _ORIGIN_PREPOSITIONS

    def _classify(self, q: Quantity, sentence: Sentence, cues: list[Cue]) -> Item | None:
        ctx = self.ctx
        phrase = ctx.weapons.read(q.last, sentence.last)
        if phrase is None and any(c.first == q.last for c in cues):
            # "5 влучань ракет", "10 пусків ракет": the cue stands between number and weapon.
            phrase = ctx.weapons.read(q.last + 1, sentence.last, max_gap=2)
        if phrase is not None:
            if self._ground(q.first, phrase.last):
                return None
            return Item(
                WEAPON,
                q.value,
                q.qualifier,
                q.first,
                phrase.last,
                q,
                phrase,
                foreign=self._foreign(q.first, phrase.last),
            )
        air_end = ctx.weapons.is_air_target_phrase(q.last)
        if air_end is not None:
            return Item(
                WEAPON,
                q.value,
                q.qualifier,
                q.first,
                air_end,
                q,
                WeaponPhrase(AIR_TARGETS, (), q.last, q.last, air_end, None),
            )
        people = self.people.read(q.last, sentence.last)
        if people is not None:
            if self._subset(q.first):
                return None
            return Item(PEOPLE, q.value, q.qualifier, q.first, people.last, q, people=people)
        if self._leans_on_cue(q, sentence, cues):
            return Item(BARE, q.value, q.qualifier, q.first, q.last, q)
        return None

    def _ground(self, first: int, last: int) -> bool:
        """FPV and kamikaze drones on troops are ground combat, not the air war."""
        tokens = self.ctx.doc.tokens
        words = " ".join(t.lower for t in tokens[max(0, first - 2) : last + 1])
        return any(marker in words for marker in _GROUND_MARKERS)

    def _foreign(self, first: int, last: int) -> bool:
        tokens = self.ctx.doc.tokens
        return any(
            t.kind == WORD and (t.lower in _FOREIGN or self.ctx.morph.lemmas(t.lower) & _FOREIGN)
            for t in tokens[first:last]
        )

    def _subset(self, first: int) -> bool:
        """ "серед них двоє дітей", "у тому числі 3 дитини": part of a count already made."""
        tokens = self.ctx.doc.tokens
        return any(t.lower in _SUBSET_WORDS for t in tokens[max(0, first - 3) : first])

    def _leans_on_cue(self, q: Quantity, sentence: Sentence, cues: list[Cue]) -> bool:
        """A bare number right after or right before a cue, or after "place —" in a breakdown."""
        tokens = self.ctx.doc.tokens
        start = q.qualifier_index if q.qualifier_index is not None else q.first
        if adjacent_cue(tokens, start, q.last, cues) is not None:
            return True
        if start > 0 and tokens[start - 1].lower == "ще" and any(c.last <= start for c in cues):
            # "знищили 7 дронів, ще 3 — над Житомирщиною": a list goes on with "ще".
            return True
        return self._after_place_dash(start) or self._running_total(start, sentence, cues)

    def _running_total(self, start: int, sentence: Sentence, cues: list[Cue]) -> bool:
        """ "Кількість загиблих зросла до 11": a total reached, counted by the cue before it."""
        tokens = self.ctx.doc.tokens
        for token in tokens[max(sentence.first, start - 2) : start]:
            if self.ctx.morph.lemmas(token.lower) & _TOTAL_VERBS:
                return any(c.last <= start for c in cues)
        return False

    def _after_place_dash(self, start: int) -> bool:
        doc = self.ctx.doc
        if start < 2 or doc.tokens[start - 1].text not in ("-", ":"):
            return False
        offset = doc.tokens[start - 2].end
        return any(g.start <= offset - 1 < g.end + 1 for g in self.ctx.place_groups)

    # -- items that count one by grammar ----------------------------------------------------

    def _implied(self, sentence: Sentence, cues: list[Cue], counted: list[Item]) -> list[Item]:
        taken = {i for item in counted for i in range(item.first, item.last)}
        found: list[Item] = []
        for cue in cues:
            item = self._implied_near(cue, sentence, taken)
            if item is not None and not any(item.first <= i < item.last for i in taken):
                found.append(item)
                taken.update(range(item.first, item.last))
        return found

    def _implied_near(self, cue: Cue, sentence: Sentence, taken: set[int]) -> Item | None:
        """The first phrase after the cue (or the one ending at it) decides: one if singular."""
        tokens = self.ctx.doc.tokens
        for start in range(cue.last, min(cue.last + 4, sentence.last)):
            if start in taken or (tokens[start].kind == PUNCT and tokens[start].text in ",.;:"):
                break
            if self._phrase_at(start, sentence, cue):
                return self._singular_at(start, sentence, cue)
        for start in range(max(sentence.first, cue.first - 4), cue.first):
            item = self._singular_at(start, sentence, cue)
            if item is not None and item.last == cue.first:
                return item
        return None

    def _phrase_at(self, start: int, sentence: Sentence, cue: Cue) -> bool:
        if cue.action in CASUALTY_ACTIONS:
            return self.people.read(start, sentence.last, max_gap=3) is not None
        return self.ctx.weapons.read(start, sentence.last, max_gap=2) is not None

    def _singular_at(self, start: int, sentence: Sentence, cue: Cue) -> Item | None:
        ctx = self.ctx
        if start > 0 and ctx.doc.tokens[start - 1].lower in _ORIGIN_PREPOSITIONS:
            return None
        if cue.action in CASUALTY_ACTIONS:
            people = self.people.read(start, sentence.last, max_gap=3)
            if people is not None and people.singular and not self._subset(start):
                return Item(PEOPLE, 1, "exact", start, people.last, people=people)
            return None
        phrase = ctx.weapons.read(start, sentence.last, max_gap=2)
        if phrase is None or phrase.singular is not True or phrase.weapon == AIR_TARGETS:
            return None
        if self._ground(start, phrase.last):
            return None
        return Item(
            WEAPON,
            1,
            "exact",
            start,
            phrase.last,
            phrase=phrase,
            foreign=self._foreign(start, phrase.last),
        )


def adjacent_cue(tokens: list[Token], first: int, last: int, cues: list[Cue]) -> Cue | None:
    """A cue right before an item ("збито ще 60", "з них збито 60") or right after it
    ("усі чотири збиті", "14 дронів локаційно втрачено")."""
    back = first - 1
    while back >= 0 and tokens[back].lower in _BARE_GAP:
        back -= 1
    ahead = last
    while ahead < len(tokens) and tokens[ahead].lower in _BARE_GAP:
        ahead += 1
    for cue in cues:
        if cue.first <= back < cue.last or cue.first == ahead:
            return cue
    return None


def choose_cue(item: Item, cues: list[Cue], breaks: list[int], tokens: list[Token]) -> Cue | None:
    """The cue an item belongs to (see the module's docstring)."""
    allowed = [c for c in cues if c.action in item.allowed]
    start = item.quantity.qualifier_index if item.quantity else None
    adjacent = adjacent_cue(tokens, item.first if start is None else start, item.last, allowed)
    if adjacent is not None:
        return adjacent

    inside = [c for c in allowed if item.first <= c.first < item.last]
    if inside:
        return inside[0]
    same = [c for c in allowed if same_segment(c.first, item.first, breaks)]
    for pool in (same, allowed):
        before = [c for c in pool if c.last <= item.first]
        if before:
            return before[-1]
        after = [c for c in pool if c.first >= item.last]
        if after:
            return after[0]
    return None
