"""People in casualty counts: "двоє людей", "п'ятеро дітей", "загинула жінка" (one, by grammar)."""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.extract.uk.text import NUMBER, WORD, Document
from claimledger.morph import Morphology

PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "людина",
        "особа",
        "мешканець",
        "мешканка",
        "житель",
        "жителька",
        "цивільний",
        "дитина",
        "жінка",
        "чоловік",
        "хлопець",
        "дівчина",
        "дівчинка",
        "хлопчик",
        "пенсіонер",
        "пенсіонерка",
        "підліток",
        "немовля",
        "рятувальник",
        "поліцейський",
        "медик",
        "лікар",
        "водій",
        "енергетик",
        "працівник",
        "працівниця",
        "військовий",
        "військовослужбовець",
        "громадянин",
        "громадянка",
        "неповнолітній",
        "дитя",
        "загиблий",
        "поранений",
        "постраждалий",
        "травмований",
    }
)
# Adjectives and words that may stand between a number and the person noun.
PERSON_MODIFIERS: frozenset[str] = frozenset(
    {
        "цивільний",
        "місцевий",
        "мирний",
        "літній",
        "ще",
        "неповнолітній",
        "маленький",
        "молодий",
        "старший",
        "інший",
        "цей",
        "який",
    }
)


@dataclass(frozen=True, slots=True)
class PeoplePhrase:
    first: int
    head: int
    last: int
    singular: bool


class PeopleReader:
    def __init__(self, doc: Document, morph: Morphology) -> None:
        self.doc = doc
        self.morph = morph

    def read(self, start: int, limit: int, max_gap: int = 2) -> PeoplePhrase | None:
        """A person noun within `max_gap` modifiers after `start` ("двоє [місцевих] людей")."""
        tokens = self.doc.tokens
        index = start
        while index < min(limit, len(tokens)) and index - start <= max_gap:
            token = tokens[index]
            if token.kind == NUMBER:
                return None
            if token.kind == WORD:
                lemmas = self.morph.lemmas(token.lower)
                if lemmas & PERSON_NOUNS:
                    return PeoplePhrase(start, index, index + 1, self._singular(token.lower))
                if not (lemmas & PERSON_MODIFIERS or _is_age(token.lower)):
                    return None
            index += 1
        return None

    def _singular(self, word: str) -> bool:
        parses = self.morph.parse(word)
        return bool(parses) and all("plur" not in p.tag for p in parses[:2])


def _is_age(word: str) -> bool:
    """ "65-річна" and the like describe a person, they do not count people."""
    return "річн" in word
