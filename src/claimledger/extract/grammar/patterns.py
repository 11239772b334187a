"""Structural patterns as rules in a table: a sequence of token tests and the effect of a match.

The patterns are data (`claimledger.extract.lexicon.Pattern`); this module matches them. Each
language's lexicon lists its patterns (`[[patterns]]` in `<lang>.toml`):

    [[patterns]]
    name = "recollection"          # "Нагадаємо, ..." recalls another event
    match = ["^", "нагадати|нагадаємо", ","]
    effect = "history"

An element of `match` tests one token, or a few:

    word|word   the token's lower-case form or lemma is one of these
    @role       the token's form or lemma is in the lexicon's word set `role`
    #number     a count: digits, or number words the numerals know ("twenty eight")
    #weapon     a weapon phrase found in the sentence, or the rest of one (the match jumps over it)
    ~N          up to N tokens of anything (as few as possible)
    ~,          the rest of the clause: every token up to a comma, colon, bracket, quote mark
                or the sentence's end (as many as possible, closing punctuation left out)
    ~.          the rest of the sentence (closing punctuation left out)
    !word|word  the token before is none of these (tests, takes no token: "!не")
    ^           the start of the sentence (only as the first element)
    x?          the element x, or nothing

Effects are the small engine's fixed verbs (`EFFECTS`); a new structural rule is a row here,
not a new method: `history` (the claims of the sentence recall another event and are dropped),
`forecast` (the claims of the clause are a plan or threat, dropped), `recalled` (the
claims of the clause recall an earlier event that dates this one, dropped), `all_launched` ("all 14
drones launched were shot down": the count was launched as well as shot down), `all_counted`
("Усі збиті." after "атакував Одещину 5 дронами": the action of the match, said of the one
weapon count made in this sentence or the one before), `launched_count` ("из 40 запущенных
дронов 35 уничтожены": the count matched was launched, whatever verb follows it),
`launched_whole_after` (the same with the whole matched second: "збито 15 дронів із 40"),
`ground_war` (the weapon counts of the clause are the ground war's losses, dropped: "знищили
1 520 окупантів, 12 танків та 41 БпЛА"; its victims stay), `no_event` (the claims of the
sentence are of no event of the air war, dropped: an exercise, soldiers and an FPV drone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from claimledger.extract.document.tokens import (
    QUOTE_MARKS,
    Document,
    Sentence,
    Token,
    sentence_keys,
)
from claimledger.extract.lexicon import Pattern
from claimledger.extract.mentions.types import WeaponPhrase
from claimledger.extract.numerals import word_value

# Marks that end a clause for `~,` (punctuation, the same in every language).
_CLAUSE_MARKS = frozenset(",;:()[].!?…") | QUOTE_MARKS


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """A structural pattern matched over tokens [first, last), with the counts it took."""

    pattern: Pattern
    first: int  # token indexes, [first, last)
    last: int
    numbers: tuple[int, ...]  # token indexes of the counts it matched


class PatternMatcher:
    """Finds a sentence's pattern matches; `words` resolves an @role to its word set."""

    def __init__(
        self,
        doc: Document,
        lang: str,
        words: Callable[[str], frozenset[str]],
        patterns: Sequence[Pattern],
    ) -> None:
        self.doc = doc
        self.lang = lang
        self.words = words
        self.patterns = patterns
        self._wanted: dict[str, frozenset[str]] = {}  # element -> its words, found once
        self._plans: tuple[_Plan, ...] | None = None  # the patterns' plans, found at first use

    def _past_quotes(self, index: int, sentence: Sentence) -> int:
        """Past the quote marks at `index` (the lexicon's `quotes`)."""
        quotes = self.words("quotes")
        while index < sentence.last and self.doc.tokens[index].text in quotes:
            index += 1
        return index

    def find(self, sentence: Sentence, phrases: Sequence[WeaponPhrase]) -> list[PatternMatch]:
        found: list[PatternMatch] = []
        keys = sentence_keys(self.doc, sentence)
        if self._plans is None:
            self._plans = _plans(self.words, tuple(self.patterns))
        for plan in self._plans:
            # Every word a match must read stands in the sentence, else no start can match.
            for words in plan.required:
                if keys.isdisjoint(words):
                    break
            else:
                match = self._first_match(plan, sentence, phrases)
                if match is not None:
                    found.append(match)
        return found

    def _first_match(
        self, plan: _Plan, sentence: Sentence, phrases: Sequence[WeaponPhrase]
    ) -> PatternMatch | None:
        elements = plan.elements
        starts: Sequence[int] = (
            [sentence.first] if plan.anchored else range(sentence.first, sentence.last)
        )
        # A pattern that opens with a word is tried only where that word stands: `_match`
        # would test the same token first and give nothing elsewhere.
        opening = plan.opening
        if opening is not None:
            tokens = self.doc.tokens
            starts = [i for i in starts if _reads(tokens[i], opening)]
        for start in starts:
            result = next(self._match(elements, start, sentence, phrases, ()), None)
            if result is not None:
                return PatternMatch(plan.pattern, start, result[0], result[1])
        return None

    def match_at(
        self, elements: Sequence[str], index: int, sentence: Sentence
    ) -> int | None:
        """One past the last token of the first match of `elements` from token `index`."""
        result = next(self._match(elements, index, sentence, (), ()), None)
        return result[0] if result is not None else None

    def _rest(self, index: int, sentence: Sentence, clause: bool) -> int:
        end = index
        while end < sentence.last and not (
            clause and self.doc.tokens[end].text in _CLAUSE_MARKS
        ):
            end += 1
        while end > index and not _is_word_or_number(self.doc.tokens[end - 1]):
            end -= 1
        return end

    def _match(
        self,
        elements: Sequence[str],
        index: int,
        sentence: Sentence,
        phrases: Sequence[WeaponPhrase],
        numbers: tuple[int, ...],
    ) -> Iterator[tuple[int, tuple[int, ...]]]:
        if not elements:
            yield index, numbers
            return
        head, rest = elements[0], elements[1:]
        if head.endswith("?") and len(head) > 1:
            yield from self._match((head[:-1], *rest), index, sentence, phrases, numbers)
            yield from self._match(rest, index, sentence, phrases, numbers)
            return
        if head in ("~,", "~."):
            yield from self._match(
                rest, self._rest(index, sentence, head == "~,"), sentence, phrases, numbers
            )
            return
        if head.startswith("!") and len(head) > 1:
            before = self.doc.tokens[index - 1] if index > sentence.first else None
            if before is None or not self._is_word(before, head[1:]):
                yield from self._match(rest, index, sentence, phrases, numbers)
            return
        if head.startswith("~"):
            for skip in range(int(head[1:]) + 1):
                if index + skip > sentence.last:
                    break
                yield from self._match(rest, index + skip, sentence, phrases, numbers)
            return
        if index >= sentence.last:
            return
        if head == "#weapon":
            # a phrase may have begun at a word the pattern read already: "все 14 запущенных
            # беспилотников" reads "запущенных" as @launch_verbs, then the rest of the phrase
            index = self._past_quotes(index, sentence)  # "из 96 «Шахедов»": a name in quotes
            phrase = next((p for p in phrases if p.first <= index < p.last), None)
            if phrase is not None:
                end = self._past_quotes(phrase.last, sentence)
                yield from self._match(rest, end, sentence, phrases, numbers)
            return
        token = self.doc.tokens[index]
        if head == "#number":
            end = index
            while end < sentence.last and self._is_number(self.doc.tokens[end]):
                end += 1
                if self.doc.tokens[end - 1].is_digits:
                    break  # "двадцать восемь" is one count; "28 31" two
            if end > index:
                yield from self._match(rest, end, sentence, phrases, (*numbers, index))
            return
        if self._is_word(token, head):
            yield from self._match(rest, index + 1, sentence, phrases, numbers)

    def _is_word(self, token: Token, element: str) -> bool:
        return _reads(token, self._wanted_words(element))

    def _wanted_words(self, element: str) -> frozenset[str]:
        wanted = self._wanted.get(element)
        if wanted is None:
            wanted = self._wanted[element] = _element_words(self.words, element)
        return wanted

    def _is_number(self, token: Token) -> bool:
        if token.is_digits:
            return True
        # the form too: the Ukrainian analyzer reads "три" as a form of "терти"
        return token.is_word and (
            word_value(token.lemma, self.lang) is not None
            or word_value(token.low, self.lang) is not None
        )


@dataclass(frozen=True, slots=True)
class _Plan:
    """How a pattern is tried, worked out once per lexicon: its elements without the "^",
    whether it is anchored, its opening words (a literal first element), and the words of
    each element a match must read (its literal elements, none optional: `_match` takes
    each of them at a token of the sentence)."""

    pattern: Pattern
    elements: tuple[str, ...]
    anchored: bool
    opening: frozenset[str] | None
    required: tuple[frozenset[str], ...]


@cache
def _plans(
    words: Callable[[str], frozenset[str]], patterns: tuple[Pattern, ...]
) -> tuple[_Plan, ...]:
    plans = []
    for pattern in patterns:
        anchored = pattern.elements[0] == "^"
        elements = pattern.elements[1:] if anchored else pattern.elements
        literal = bool(elements) and _is_literal(elements[0])
        opening = _element_words(words, elements[0]) if literal else None
        required = required_words(words, elements)
        plans.append(_Plan(pattern, elements, anchored, opening, required))
    return tuple(plans)


def required_words(
    words: Callable[[str], frozenset[str]], elements: Sequence[str]
) -> tuple[frozenset[str], ...]:
    """The words of each literal element of a row (none optional): a match reads each of them
    at a token of its sentence, so a sentence without one of them holds no match."""
    return tuple(_element_words(words, e) for e in elements if _is_literal(e))


def may_match(required: tuple[frozenset[str], ...], keys: frozenset[str]) -> bool:
    """Whether a sentence with these `sentence_keys` has a word of every required element."""
    return all(not keys.isdisjoint(words) for words in required)


def _element_words(words: Callable[[str], frozenset[str]], element: str) -> frozenset[str]:
    """The words a literal element reads: a lexicon list ("@launch_verbs") or its alternatives."""
    return words(element[1:]) if element.startswith("@") else _alternatives(element)


def _reads(token: Token, wanted: frozenset[str]) -> bool:
    """The token's form, lemma or surface text is one of the words."""
    return token.low in wanted or token.lemma in wanted or token.text in wanted


@cache
def _alternatives(element: str) -> frozenset[str]:
    """The words of an element "удар|атака": split once, not at every token it is tried on."""
    return frozenset(element.split("|"))


def _is_literal(element: str) -> bool:
    """An element `_match` reads as a word or words ("удар|атака", "@launch_verbs") and nothing
    else: not optional ("x?"), a skip ("~3", "~,"), a look-behind ("!x") or a slot ("#number")."""
    if element.endswith("?") and len(element) > 1:
        return False
    if element.startswith(("~", "#")):
        return False
    return not (element.startswith("!") and len(element) > 1)


def _is_word_or_number(token: Token) -> bool:
    return token.is_word or token.is_digits
