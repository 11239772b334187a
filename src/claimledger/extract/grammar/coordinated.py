"""Victims named one by one before the verb that counts them: "A woman and two men were killed",
"Жінка та двоє чоловіків загинули", "Трое взрослых и ребенок пострадали" (the subjects first,
as English puts them and Ukrainian and Russian may). `CasualtyRules` reads the same lists after
the verb ("постраждали 87-річний чоловік і 85-річна жінка")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extract.document.tokens import Document, Token
from claimledger.extract.grammar.clauses import opener_words, opens_subset
from claimledger.extract.grammar.draft import Draft
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActionMention, Quantity


@dataclass(frozen=True, slots=True)
class VictimGroup:
    """Victims listed before one casualty verb ("a man and two women were injured"), tokens
    [first, last), and how many they are in all."""

    first: int  # token indexes of the list, [first, last)
    last: int
    total: int

    @property
    def span(self) -> tuple[int, int]:
        return self.first, self.last


def victims_before(
    doc: Document, lex: Lexicon, floor: int, quantities: Sequence[Quantity], verb: ActionMention
) -> VictimGroup | None:
    """The victims listed right before a casualty verb (over its auxiliary: "were", "були"),
    when one of them at least is named alone and they are two or more: a count alone ("Two
    people were killed") is the count's own claim."""
    words = lex.words
    index = verb.first - 1
    while index >= floor and doc.tokens[index].low in words.be_forms:
        index -= 1
    last = index + 1
    index = _before_aside(doc, lex, floor, index)
    total = named = parts = 0
    joined = False  # a comma joins only a list that "and" closes ("A, B and C were killed"),
    # not the last victim of another verb ("погибла женщина, 10 человек пострадали")
    while index >= floor:
        token = doc.tokens[index]
        counted = next((q for q in quantities if q.first <= index < q.last), None)
        if counted is not None and counted.victims and counted.last == index + 1:
            total += counted.value
            parts += 1
            index = counted.first - 1
        elif token.lemma in words.single_victims and token.info.is_noun and _single(token):
            total += 1
            named += 1
            parts += 1
            index -= 1
            while index >= floor and _describes(doc.tokens[index], lex):
                index -= 1
        elif (token.text == "," and joined) or token.low in words.and_words:
            joined = True
            index -= 1
            index = _past_age(doc, lex, floor, index)
        elif parts and token.low in words.possessives:
            index -= 1  # "a woman and her three children": whose the counted are
        else:
            break
    if not named or parts < 2 or total < 2:
        return None
    first = index + 1
    while first < last and not _opens_group(doc.tokens[first], lex):
        first += 1  # not from a joining word the scan passed before it stopped
    return VictimGroup(first, last, total)


def years_after(doc: Document, lex: Lexicon, index: int) -> int:
    """Past a person's age told by a number and its unit at `index` ("мужчина 45 лет",
    "чоловік 45 років"); `index` itself where none is."""
    tokens = doc.tokens
    if index + 1 < len(tokens) and tokens[index].text.isdigit() and (
        tokens[index + 1].lemma in lex.words.age_units
        or tokens[index + 1].low in lex.words.age_units
    ):
        return index + 2
    return index


def _past_age(doc: Document, lex: Lexicon, floor: int, index: int) -> int:
    """Past a person's age after their noun, between commas ("a man, 45, and two women") or
    with its unit ("мужчина 45 лет и две женщины"): the age counts nobody. `index` itself
    where no such age ends there."""
    tokens = doc.tokens
    if (
        index - 2 >= floor
        and years_after(doc, lex, index - 1) == index + 1
        and tokens[index - 2].lemma in lex.words.single_victims
    ):
        return index - 2
    if not (
        index - 2 >= floor
        and tokens[index].text == ","
        and tokens[index - 1].text.isdigit()
        and tokens[index - 2].text == ","
        and index - 3 >= floor
        and tokens[index - 3].lemma in lex.words.single_victims
    ):
        return index
    return index - 3


# how far back an aside may open: a few ages or names, not a clause of its own
_ASIDE_REACH = 16


def _before_aside(doc: Document, lex: Lexicon, floor: int, index: int) -> int:
    """Past an aside that ends at `index`, between the victims and their verb: "Женщина и трое
    ее детей — им было 10 лет и два года — погибли", "(5 и 7 лет)", ", aged 10, two and one,";
    its ages and names count nobody. `index` itself where no aside ends there."""
    tokens = doc.tokens
    close = tokens[index].text if index >= floor else ""
    dashes, ages = lex.words.dashes, lex.words.age_asides
    if not (close in dashes or close in (")", ",")):
        return index
    for opener in range(index - 2, max(floor, index - _ASIDE_REACH), -1):
        text = tokens[opener].text
        if (close in dashes and text in dashes) or (close == ")" and text == "("):
            return opener - 1
        if close == "," and text == "," and any(
            t.low in ages or t.lemma in ages for t in tokens[opener + 1 : opener + 3]
        ):
            return opener - 1  # the comma that opens an aside of ages ("aged", "віком")
    return index


def subjectless(token: Token) -> bool:
    """A verb with no subject ("поранено", "уламками поранило"): its victims are its objects."""
    return "Impe" in token.info.grams or {"VERB", "neut", "past"} <= token.info.grams


def _single(token: Token) -> bool:
    return "plur" not in token.info.numbers


def _describes(token: Token, lex: Lexicon) -> bool:
    """An article or a word describing the person after it ("a", "87-річна", "місцевий")."""
    if token.low in lex.words.articles:
        return True
    if token.info.is_adjective and token.lemma not in lex.words.single_victims:
        return True
    head, _, tail = token.text.partition("-")
    return head.isdigit() and tail.isalpha()


def _opens_group(token: Token, lex: Lexicon) -> bool:
    return not (token.text == "," or token.low in lex.words.and_words)


def agrees_with_first(doc: Document, lex: Lexicon, action: ActionMention) -> bool:
    """A verb in the singular right before the first of its subjects: "загинула жінка та
    двоє чоловіків", "погибла женщина и двое мужчин" agree with the first one named (words
    describing her may stand before her)."""
    after = action.last
    # a form the analyzer reads first as a noun ("постраждала": a victim, and "she was hurt")
    # has no number of a verb; its own is the verb's
    number = action.number or ("sing" if "sing" in doc.tokens[action.token].info.grams else None)
    if number != "sing" or after >= len(doc.tokens):
        return False
    while after + 1 < len(doc.tokens) and _describes(doc.tokens[after], lex):
        after += 1  # "пострадала 14-летняя девочка и ее мать": her age before her
    token = doc.tokens[after]
    return token.lemma in lex.words.single_victims and token.info.is_noun


def counted_apart(made: list[Draft], action: ActionMention, first: int, last: int) -> bool:
    """The verb already has a count outside tokens [first, last)."""
    return any(d.action_token == action.token and not _counted_in(d, first, last) for d in made)


def within_group(draft: Draft, group: Draft) -> bool:
    """A counted draft inside a coordinated group of the same act ("мужчина и две женщины"):
    the group's total stands for it."""
    return (
        draft is not group
        and draft.action == group.action
        and group.number is not None
        and _counted_in(draft, *group.number)
    )


def _counted_in(draft: Draft, first: int, last: int) -> bool:
    """Whether a draft's number lies within tokens [first, last)."""
    return draft.number is not None and first <= draft.number[0] < last


def subset_part(doc: Document, lex: Lexicon, items: Sequence[tuple[int, int]], first: int) -> bool:
    """A count right after the opener of its item ("в том числе двое детей", "серед них троє
    дітей", "including two children"), or in an item that opens with "among": a part of the
    count before, no count of its own."""
    item = next((i for i in items if i[0] <= first < i[1]), None)
    if item is not None and doc.tokens[item[0]].low in lex.words.among:
        return True  # "Among the injured were three children": who the counted were
    if item is None or not opens_subset(doc, lex, *item):
        return False
    return item[0] + opener_words(doc, lex, item[0]) == first
