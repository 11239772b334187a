"""Who says a quote, and how the report describes them.

Before the quote: a verb of `quote_verbs` shortly before the opening mark, its speaker between
the verb and the mark ("заявил губернатор Гладков: «") or at the head of the clause
("Губернатор написал: «", "Shapsha ..., stating, “"), or a header ("Гладков: «"). After it: a
verb with its speaker ("», — сказал он", "”, the governor said"), or a dash and a name alone
("», — Гладков."). The speaker is, in this order of preference, an actor of the registry (its
registry name), a person's name (capitalised words the morphology calls a name, or two or more
of them), a phrase headed by one of `speaker_nouns` ("местная жительница", "a Ukrainian defense
official"), or a pronoun of `back_pronouns` for the last speaker heard. The description is the
words of the speaker's phrase around the name: a title before it ("губернатор Калужской
области") and an apposition after it between commas.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActorMention, PlaceRef
from claimledger.extract.numerals import word_value

# How far before the opening mark a verb of speech may stand, and after the closing mark.
_VERB_REACH = 8
_AFTER_REACH = 10
_APPOSITION = 8
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
_DASHES = frozenset({"-", "–", "—"})  # punctuation: the same marks in every language
_ENDS = frozenset({".", "!", "?", "…"})
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_PERSONAL = frozenset({"3per", "pers"})
_NOT_NAMES = frozenset({"Geox", "Orgn", "Trad"})  # places, organisations, trademarks
_NOT_THIRD = frozenset({"1per", "2per"})


@dataclass(frozen=True, slots=True)
class Said:
    """A quote's speaker: a name (None for an unnamed one), its description, its words."""

    name: str | None
    description: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Candidate:
    first: int  # tokens [first, last) of the whole phrase
    last: int
    name: str | None
    name_first: int  # tokens of the name inside it (name_first == name_last: none)
    name_last: int
    back: bool = False


class QuoteSpeakers:
    """Reads quote speakers over one document; remembers the last one for pronouns."""

    def __init__(
        self,
        doc: Document,
        lex: Lexicon,
        places: list[PlaceRef],
        actors_of: Callable[[Sentence], list[ActorMention]],
        voice_before: Callable[[int], Said | None] = lambda _: None,
    ) -> None:
        self.doc = doc
        self.voice_before = voice_before  # who spoke last by the sentences up to an index
        self.lex = lex
        self.places = places
        self.actors_of = actors_of
        self.openings = frozenset(a for a, _ in lex.outputs.quote_marks)
        self.marks = self.openings | {b for _, b in lex.outputs.quote_marks}
        self._starts = [t.start for t in doc.tokens]
        self.last: Said | None = None

    def heard(self, said: Said | None) -> None:
        if said is not None:
            self.last = said

    # -- where to look ---------------------------------------------------------------------------

    def before(self, open_at: int) -> Said | None:
        mark = bisect_left(self._starts, open_at)
        if mark >= len(self.doc.tokens):
            return None
        sentence = self.doc.sentences[self.doc.tokens[mark].sentence]
        low = sentence.first
        for probe in range(mark - 1, sentence.first - 1, -1):
            if self.doc.tokens[probe].text in self.marks:
                low = probe + 1  # the clause after an earlier quote of the sentence
                break
        verb = next(
            (
                i
                for i in range(mark - 1, max(low, mark - _VERB_REACH) - 1, -1)
                if self._is_verb(self.doc.tokens[i])
            ),
            None,
        )
        if verb is not None:
            # The speaker after the verb ("заявил губернатор Гладков: «"), else the one
            # nearest before it ("представитель Минобороны Игорь Конашенков заявил: «").
            found = self._who(sentence, verb + 1, mark, leftmost=True) or self._who(
                sentence, low, verb, leftmost=False
            )
            if found is None:
                return self._back(sentence.index)  # "В сообщении говорится: «..."
        elif mark - 1 >= low and self.doc.tokens[mark - 1].text == ":":
            found = self._who(sentence, low, mark - 1, leftmost=False, whole=True)
        else:
            return None
        return self._said(found)

    def after(self, close_end: int) -> Said | None:
        first = bisect_left(self._starts, close_end)
        if first >= len(self.doc.tokens):
            return None
        sentence = self.doc.sentences[self.doc.tokens[first].sentence]
        last = first
        while (
            last < min(len(self.doc.tokens), first + _AFTER_REACH)
            and self.doc.tokens[last].text not in _ENDS
            and self.doc.tokens[last].text not in self.openings
        ):
            last += 1
        sentence = self.doc.sentences[self.doc.tokens[max(first, last - 1)].sentence]
        verb = next((i for i in range(first, last) if self._is_verb(self.doc.tokens[i])), None)
        if verb is not None:
            found = self._who(sentence, verb + 1, last, leftmost=True) or self._who(
                sentence, first, verb, leftmost=False
            )
            if found is None:
                return self._back(sentence.index)  # "», — говорится в сообщении."
            return self._said(found)
        dash = next(
            (i for i in range(first, min(last, first + 2)) if self.doc.tokens[i].text in _DASHES),
            None,
        )
        if dash is None:
            return None
        return self._said(self._who(sentence, dash + 1, last, leftmost=True, whole=True))

    def _is_verb(self, token: Token) -> bool:
        return token.lemma in self.lex.outputs.quote_verbs or (
            token.low in self.lex.outputs.quote_verbs
        )

    # -- who -------------------------------------------------------------------------------------

    def _who(
        self, sentence: Sentence, low: int, high: int, leftmost: bool, whole: bool = False
    ) -> _Candidate | None:
        """The speaker named in tokens [low, high); `whole`: the phrase must end at `high`."""
        if low >= high:
            return None
        found = self._candidates(sentence, low, high)
        if whole:
            found = [c for c in found if c.last == high or self._only_marks(c.last, high)]
        if not found:
            return None
        return found[0] if leftmost else found[-1]

    def _only_marks(self, first: int, last: int) -> bool:
        return not any(t.is_word or t.is_digits for t in self.doc.tokens[first:last])

    def _candidates(self, sentence: Sentence, low: int, high: int) -> list[_Candidate]:
        found: list[_Candidate] = []
        taken: set[int] = set()
        for actor in self.actors_of(sentence):
            if low <= actor.first and actor.last <= high and actor.back:
                # "говорится в сообщении ведомства": the body named before
                found.append(_Candidate(actor.first, actor.last, None, 0, 0, back=True))
                taken.update(range(actor.first, actor.last))
            elif low <= actor.first and actor.last <= high and actor.speaker is not None:
                taken.update(range(actor.first, actor.last))
                if actor.speaker.name[:1].islower():
                    # "witnesses", "local authorities": the registry's descriptions of
                    # speakers are lower-case; the words of the report describe this one.
                    first = self._partitive(actor.first)
                    last = self._with_place(actor.last, high)
                    found.append(_Candidate(first, last, None, last, last))
                    continue
                name_first, name_last = self._name_inside(actor.first, actor.last)
                found.append(
                    _Candidate(actor.first, actor.last, actor.speaker.name, name_first, name_last)
                )
        index = low
        while index < high:
            if index in taken:
                index += 1
                continue
            candidate = self._name(sentence, index, high, taken) or self._described(
                index, high, taken
            )
            if candidate is None and self._back_pronoun(self.doc.tokens[index]):
                candidate = _Candidate(index, index + 1, None, index, index, back=True)
            if candidate is None:
                index += 1
                continue
            found.append(candidate)
            index = candidate.last
        # "местная жительница Елена Петрова": the name, with its title, not the title alone.
        named = [c for c in found if c.name is not None]
        found = [
            c
            for c in found
            if c.name is not None or not any(n.first < c.last and c.first < n.last for n in named)
        ]
        return sorted(found, key=lambda c: c.first)

    def _back_pronoun(self, token: Token) -> bool:
        """ "он", "вона", "she": the lexicon's pronouns, or a personal pronoun of the third
        person by the morphology (a table that lists none yet still reads "Вона додала")."""
        if token.low in self.lex.words.back_pronouns:
            return True
        grams = token.info.all_grams
        return "NPRO" in grams and not grams & _NOT_THIRD and bool(grams & _PERSONAL)

    def _name_inside(self, first: int, last: int) -> tuple[int, int]:
        """The capitalised words that end an actor's phrase: its name after its title."""
        start = last
        while start > first and self._capitalised(start - 1):
            start -= 1
        return (start, last) if start < last else (first, last)

    def _capitalised(self, index: int) -> bool:
        token = self.doc.tokens[index]
        return (
            token.is_word
            and token.text[:1].isupper()
            and "NPRO" not in token.info.all_grams  # "Вона", "Он": no names
            and not self._in_place(index)
        )

    def _in_place(self, index: int) -> bool:
        return any(p.first <= index < p.last for p in self.places)

    def _name(
        self, sentence: Sentence, index: int, high: int, taken: set[int]
    ) -> _Candidate | None:
        end = index
        while end < high and end not in taken and self._capitalised(end):
            end += 1
        size = end - index
        if size == 0:
            return None
        named = [i for i in range(index, end) if _NAME_GRAMS & self.doc.tokens[i].info.all_grams]
        initial = index == sentence.first or not self.doc.tokens[index - 1].is_word
        # Capitalised words the morphology calls no name ("Южной Кореи") are a name only where
        # no morphology tells names (English), or where it knows none of them.
        unknown = all(
            not t.info.is_adjective and not t.info.all_grams & _NOT_NAMES
            for t in self.doc.tokens[index:end]
        )
        if not (named or (size >= 2 + initial and unknown)):
            return None
        # "Голова ОВА Олег Синєгубов": the name starts at the first word the morphology calls
        # a name; the capitalised words before it are its title.
        start = named[0] if named else index
        text = self.doc.text[self.doc.tokens[start].start : self.doc.tokens[end - 1].end]
        first = self._title_before(start) if start == index else index
        return _Candidate(first, end, text, start, end)

    def _title_before(self, index: int) -> int:
        """The first token of a title right before a name or a noun: "местная жительница
        Елена", "губернатор Калужской области Владислав", "a Ukrainian defense official"."""
        first = probe = index
        head = self.doc.tokens[index].lemma in self.lex.outputs.speaker_nouns
        while probe > 0 and self.doc.tokens[probe - 1].sentence == self.doc.tokens[index].sentence:
            token = self.doc.tokens[probe - 1]
            if token.lemma in self.lex.outputs.speaker_nouns:
                first, head = probe - 1, True
            elif head and self._modifier(token):
                first = probe - 1
            elif head or not (
                self._in_place(probe - 1) or token.info.is_noun or token.info.is_adjective
            ):
                break  # before the title's noun only its modifiers; after it, its complements
            probe -= 1
        return first

    def _modifier(self, token: Token) -> bool:
        """Words before a title's noun: adjectives, numbers, articles, and nouns that take no
        case (English compounds: "defense official")."""
        if token.is_digits or token.text == "-":
            return True
        if not token.is_word:
            return False
        info = token.info
        caseless_noun = info.is_noun and not (info.all_grams & _CASES)
        return info.is_adjective or info.pos in ("NUMR", "DET") or caseless_noun

    def _partitive(self, first: int) -> int:
        """ "один из очевидцев", "one of the witnesses": the count and "из" belong to it."""
        tokens = self.doc.tokens
        if (
            first >= 2
            and tokens[first - 1].low in self.lex.words.from_words
            and tokens[first - 2].sentence == tokens[first].sentence
            and word_value(tokens[first - 2].lemma, self.lex.lang) is not None
        ):
            return first - 2
        return first

    def _described(self, index: int, high: int, taken: set[int]) -> _Candidate | None:
        if self.doc.tokens[index].lemma not in self.lex.outputs.speaker_nouns:
            return None
        first = self._partitive(self._title_before(index))
        last = self._with_place(index + 1, high)
        return _Candidate(first, last, None, last, last)

    def _with_place(self, last: int, high: int) -> int:
        """ "житель Белгорода", "власти Брянской области": the place named right after."""
        place = next((p for p in self.places if p.first == last), None)
        return place.last if place is not None and place.last <= high else last

    # -- what to say -----------------------------------------------------------------------------

    def _said(self, found: _Candidate | None) -> Said | None:
        if found is None:
            return None
        if found.back:
            return self._back(self.doc.tokens[found.first].sentence)
        doc = self.doc
        start, end = doc.tokens[found.first].start, doc.tokens[found.last - 1].end
        parts = []
        if found.first < found.name_first and self._titled(found.first, found.name_first):
            title = doc.text[start : doc.tokens[found.name_first - 1].end]
            parts.append(title)
        elif found.name is None:
            parts.append(doc.text[start:end])
        apposition = self._apposition(found.last)
        if apposition is not None:
            parts.append(apposition)
        return Said(found.name, ", ".join(parts) or None, start, end)

    def _titled(self, first: int, last: int) -> bool:
        """Whether words before a name are a title: they hold a noun that describes a speaker
        or an office ("губернатор", "голова"), not only a place or a stray capital."""
        nouns = self.lex.outputs.speaker_nouns | self.lex.words.role_words
        return any(t.lemma in nouns for t in self.doc.tokens[first:last])

    def _back(self, sentence: int) -> Said | None:
        """The one spoken of before: the speaker the sentences before name, kept with the
        description the last quote gave them."""
        voice = self.voice_before(sentence)
        if voice is None or (self.last is not None and voice.name == self.last.name):
            return self.last
        return voice

    def _apposition(self, index: int) -> str | None:
        """ "Елена Петрова, учительница местной школы, рассказала": the words between commas
        after the name, when they hold a noun that describes a speaker."""
        tokens = self.doc.tokens
        if index >= len(tokens) or tokens[index].text != ",":
            return None
        end = index + 1
        while (
            end < min(len(tokens), index + 1 + _APPOSITION)
            and tokens[end].sentence == tokens[index].sentence
            and tokens[end].text not in (",", ":", *_DASHES, *self.marks)
        ):
            end += 1
        inside = tokens[index + 1 : end]
        if not any(t.lemma in self.lex.outputs.speaker_nouns for t in inside):
            return None
        if end >= len(tokens) or tokens[end].text not in (",", *_DASHES):
            return None
        return self.doc.text[inside[0].start : inside[-1].end]
