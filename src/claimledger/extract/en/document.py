"""One report prepared for the grammars: its sentences and the mentions every family needs.

Weapons, actions and quantities are found once over the whole text; places (the gazetteer) and
people are found on first use only, so a report with no claim pays for neither.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, TypeVar

from claimledger.extract.en.actions import ActionMention, action_mentions
from claimledger.extract.en.numbers import Quantity, quantities
from claimledger.extract.en.segments import Sentence, clause_of, clauses, sentences
from claimledger.extract.en.weapons import WeaponMention, weapon_mentions
from claimledger.model import Report
from claimledger.resources import Resources

if TYPE_CHECKING:
    from claimledger.places.gazetteer import PlaceMention


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_Ranged)


def within(items: Sequence[T], start: int, end: int) -> list[T]:
    """Items (sorted by start) that start inside [start, end)."""
    low = bisect_left([item.start for item in items], start)
    out: list[T] = []
    for item in items[low:]:
        if item.start >= end:
            break
        out.append(item)
    return out


class Document:
    def __init__(self, report: Report, resources: Resources) -> None:
        self.report = report
        self.text = report.text
        self.resources = resources
        self.sentences: list[Sentence] = sentences(self.text)
        self._starts = [s.start for s in self.sentences]
        self.weapons: list[WeaponMention] = weapon_mentions(self.text)
        self.actions: list[ActionMention] = action_mentions(self.text)
        self.quantities: list[Quantity] = self._quantities()
        self._clauses: dict[int, list[tuple[int, int]]] = {}

    def _quantities(self) -> list[Quantity]:
        """Quantities of the paragraphs a claim can come from: those naming a weapon or an
        action (a listed "- 9 over Kaluga" borrows both from the line before)."""
        anchors = sorted([w.start for w in self.weapons] + [a.start for a in self.actions])
        paragraphs = {self.sentence_at(position).paragraph for position in anchors}
        out: list[Quantity] = []
        for sentence in self.sentences:
            if sentence.paragraph in paragraphs:
                out.extend(quantities(self.text, sentence.start, sentence.end))
        return out

    def clauses(self, sentence: Sentence) -> list[tuple[int, int]]:
        if sentence.index not in self._clauses:
            self._clauses[sentence.index] = clauses(self.text, sentence)
        return self._clauses[sentence.index]

    def clause_at(self, sentence: Sentence, position: int) -> tuple[int, int]:
        return clause_of(self.clauses(sentence), position)

    def sentence_at(self, position: int) -> Sentence:
        index = max(0, bisect_left(self._starts, position + 1) - 1)
        return self.sentences[index]

    @cached_property
    def places(self) -> list[PlaceMention]:
        mentions = self.resources.gazetteer.find(self.text, lang="en")
        return sorted(mentions, key=lambda m: m.start)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        return [m for m in self.places if start <= m.start and m.end <= end]

    def places_before(self, position: int) -> list[PlaceMention]:
        return [m for m in self.places if m.end <= position]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]
