"""The phrases that name a speaker, and how the report describes them: the reading half of
`speakers.QuoteSpeakers`, which decides where around a quote to look.

A speaker is, in this order of preference, an actor of the registry (its registry name), a
person's name (capitalised words the morphology calls a name, or two or more of them; where no
morphology tells names, the words after a title: "Energy Minister Herman Halushchenko"), a
surname or "the governor" of a person the report named in full before, a phrase headed by one of
`speaker_nouns` ("местная жительница", "a Ukrainian defense official"), or a pronoun of
`back_pronouns` for the one spoken of before. The description is the words of the speaker's
phrase around the name: a title before it ("губернатор Калужской области") and an apposition
after it between commas ("Igor Korotchenko, a defense expert, noted").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActorMention, PlaceRef
from claimledger.extract.numerals import word_value

_APPOSITION = 8
_NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
DASHES = frozenset({"-", "–", "—"})  # punctuation: the same marks in every language
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
class Candidate:
    """A phrase that may name a quote's speaker, tokens [first, last), and the name in it."""

    first: int  # tokens [first, last) of the whole phrase
    last: int
    name: str | None
    name_first: int  # tokens of the name inside it (name_first == name_last: none)
    name_last: int
    back: bool = False
    known: bool = False  # named before in full: "Popsoi said", "the governor said"
    pronoun: bool = False  # "she", "он": the person the sentence before names, if any


@dataclass(frozen=True, slots=True)
class _Person:
    """A person named in full in the text: where, the name, the lemmas of the title before it."""

    start: int
    name: str
    title: frozenset[str]  # the lemmas of the title before the name


class SpeakerPhrases:
    """Reads the phrases that name speakers over one document."""

    def __init__(
        self,
        doc: Document,
        lex: Lexicon,
        places: list[PlaceRef],
        actors_of: Callable[[Sentence], list[ActorMention]],
        voice_before: Callable[[int], Said | None] = lambda _: None,
    ) -> None:
        self.voice_before = voice_before  # who spoke last by the sentences up to an index
        self.last: Said | None = None  # the last speaker heard, for the pronouns after
        self.doc = doc
        self.lex = lex
        self.places = places
        self.actors_of = actors_of
        self.openings = frozenset(a for a, _ in lex.outputs.quote_marks)
        self.marks = self.openings | {b for _, b in lex.outputs.quote_marks}
        self._starts = [t.start for t in doc.tokens]
        words = lex.words
        self._offices = words.role_words | words.head_words | lex.outputs.speaker_nouns
        self._named_people: list[_Person] | None = None
        self._indexing = False

    def _candidates(self, sentence: Sentence, low: int, high: int) -> list[Candidate]:
        found: list[Candidate] = []
        taken: set[int] = set()
        for actor in self.actors_of(sentence):
            if low <= actor.first and actor.last <= high and actor.back:
                # "говорится в сообщении ведомства": the body named before
                words = self.doc.tokens[actor.first : actor.last]
                pronoun = all(self._back_pronoun(t) for t in words)
                found.append(
                    Candidate(actor.first, actor.last, None, 0, 0, back=True, pronoun=pronoun)
                )
                taken.update(range(actor.first, actor.last))
            elif low <= actor.first and actor.last <= high and actor.speaker is not None:
                taken.update(range(actor.first, actor.last))
                if actor.speaker.name[:1].islower():
                    # "witnesses", "local authorities": the registry's descriptions of
                    # speakers are lower-case; the words of the report describe this one.
                    first = self._partitive(actor.first)
                    last = self._with_place(actor.last, high)
                    found.append(Candidate(first, last, None, last, last))
                    continue
                name_first, name_last = self._name_inside(actor.first, actor.last)
                found.append(
                    Candidate(actor.first, actor.last, actor.speaker.name, name_first, name_last)
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
                candidate = Candidate(
                    index, index + 1, None, index, index, back=True, pronoun=True
                )
            if candidate is None:
                index += 1
                continue
            found.append(candidate)
            index = candidate.last
        # "местная жительница Елена Петрова", "Igor Korotchenko, a defense expert": the name,
        # with its title and its apposition, not the title or the apposition alone.
        named = [(c.first, self._apposition_end(c.last) or c.last) for c in found if c.name]
        found = [
            c
            for c in found
            if c.name is not None or not any(a < c.last and c.first < b for a, b in named)
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
        while start > first and self._capitalised(start - 1) and not self._title(start - 1):
            start -= 1
        return (start, last) if start < last else (first, last)

    def _title(self, index: int) -> bool:
        """A word of an office, not of a name, even capitalised: "Голова ОВА", "Governor"."""
        token = self.doc.tokens[index]
        return token.lemma in self._offices or (len(token.text) > 1 and token.text.isupper())

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
    ) -> Candidate | None:
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
        titled = [i for i in range(index, end - 1) if self.doc.tokens[i].lemma in self._offices]
        if not named and titled:
            # "Energy Minister Herman Halushchenko": where no morphology tells names, the name
            # starts after the run's last word of an office.
            named = [titled[-1] + 1]
        # A capitalised pair opening a sentence is a name when an apposition describes it
        # ("Igor Korotchenko, a defense expert, noted").
        described = size == 2 and initial and self._apposition(end) is not None
        if not (named or ((size >= 2 + initial or described) and unknown)):
            return self._surname(index, end)
        # "Голова ОВА Олег Синєгубов": the name starts at the first word the morphology calls
        # a name; the capitalised words before it are its title.
        start = named[0] if named else index
        text = self.doc.text[self.doc.tokens[start].start : self.doc.tokens[end - 1].end]
        first = self._title_before(start) if start == index else index
        return Candidate(first, end, text, start, end)

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

    def _described(self, index: int, high: int, taken: set[int]) -> Candidate | None:
        noun = self.doc.tokens[index]
        if noun.lemma not in self.lex.outputs.speaker_nouns:
            return None
        first = self._partitive(self._title_before(index))
        last = self._with_place(index + 1, high)
        definite = self.doc.tokens[first].low in self.lex.outputs.definite_articles
        if definite and not self._indexing:
            # "the governor said": the governor the report named before
            person = self._person_before(noun.start, lambda p: noun.lemma in p.title)
            if person is not None:
                return Candidate(first, last, person.name, last, last, known=True)
        return Candidate(first, last, None, last, last)

    def _surname(self, first: int, last: int) -> Candidate | None:
        """ "Popsoi said": one word, the last of a person's full name the report gave before."""
        if last - first != 1 or self._indexing:
            return None
        token = self.doc.tokens[first]
        person = self._person_before(token.start, lambda p: p.name.split()[-1] == token.text)
        if person is None:
            return None
        return Candidate(first, last, person.name, first, last, known=True)

    def _person_before(self, offset: int, wanted: Callable[[_Person], bool]) -> _Person | None:
        found = [p for p in self._people() if p.start < offset and wanted(p)]
        return found[-1] if found else None

    def _people(self) -> list[_Person]:
        """The people the report names in full ("German Defense Minister Boris Pistorius"),
        with the words of their titles, for the surnames and "the minister" that follow."""
        if self._named_people is None:
            self._indexing = True
            people: list[_Person] = []
            for sentence in self.doc.sentences:
                for c in self._candidates(sentence, sentence.first, sentence.last):
                    if c.name and " " in c.name and not c.back:
                        title = frozenset(t.lemma for t in self.doc.tokens[c.first : c.name_first])
                        people.append(_Person(self.doc.tokens[c.first].start, c.name, title))
            self._named_people = people
            self._indexing = False
        return self._named_people

    def _with_place(self, last: int, high: int) -> int:
        """ "житель Белгорода", "власти Брянской области": the place named right after."""
        place = next((p for p in self.places if p.first == last), None)
        return place.last if place is not None and place.last <= high else last

    def _known_title(self, name: str, before: int) -> str | None:
        """The title the report gave a name earlier ("Governor Vladislav Shapsha" ... "Shapsha
        shared the news, stating"); a regional office's title names its region."""
        at = self.doc.text.find(name)
        if not 0 <= at < before:
            return None
        token = self.doc.tokens[bisect_left(self._starts, at)]
        sentence = self.doc.sentences[token.sentence]
        for found in self._candidates(sentence, sentence.first, sentence.last):
            if found.name != name or not (
                found.first < found.name_first and self._titled(found.first, found.name_first)
            ):
                continue
            tokens = self.doc.tokens
            title = self.doc.text[tokens[found.first].start : tokens[found.name_first - 1].end]
            parts = [self._with_region(title, found.first, found.name_first)]
            if found.first == sentence.first:
                parts[0] = self._without_initial_capital(found.first, parts[0])
            apposition = self._apposition(found.last)
            return ", ".join([*parts, apposition] if apposition else parts)
        return None

    def _with_region(self, title: str, first: int, last: int) -> str:
        """ "Governor (Kaluga region)": a title of `regional_titles` without a place in it
        takes the region the report named last before it."""
        if self.doc.tokens[last - 1].lemma not in self.lex.outputs.regional_titles:
            return title
        if any(first <= p.first < last for p in self.places):
            return title
        regions = [p for p in self.places if p.last <= first and p.place.kind == "region"]
        if not regions:
            return title
        wording = self.doc.text[regions[-1].start : regions[-1].end]
        for possessive in ("’s", "'s"):
            wording = wording.removesuffix(possessive)
        if len(wording.split()) == 1:
            wording = f"{wording} {self.lex.outputs.region_word}".strip()
        return f"{title} ({wording})"

    def _without_initial_capital(self, first: int, title: str) -> str:
        """ "Local resident Elena Petrova": where the lexicon says so, a title that opens its
        sentence loses the sentence's capital, unless its first word is an office's
        ("Governor"), a place's, or a name's among other capitalised words ("Italian Foreign
        Minister")."""
        if not self.lex.outputs.lower_initial_titles or self._title(first):
            return title
        rest = title.split(maxsplit=1)[1:]
        if self._in_place(first) or (rest and rest[0] != rest[0].lower()):
            return title
        return title[:1].lower() + title[1:]

    def _titled(self, first: int, last: int) -> bool:
        """Whether words before a name are a title: they hold a noun that describes a speaker
        or an office ("губернатор", "голова"), not only a place or a stray capital."""
        nouns = self.lex.outputs.speaker_nouns | self.lex.words.role_words
        return any(t.lemma in nouns for t in self.doc.tokens[first:last])

    def _apposition(self, index: int) -> str | None:
        """ "Елена Петрова, учительница местной школы, рассказала": the words between commas
        after the name, when they hold a noun that describes a speaker."""
        end = self._apposition_end(index)
        if end is None:
            return None
        tokens = self.doc.tokens
        inside = tokens[index + 1 : end - 1]
        while inside and inside[0].low in self.lex.outputs.description_skips:
            inside = inside[1:]  # "a 45-year-old teacher": the description, not its article
        return self.doc.text[inside[0].start : inside[-1].end] if inside else None

    def _apposition_ends(self, text: str) -> bool:
        """A mark that ends an apposition: a comma, a colon, a dash, a quote mark."""
        return text in (",", ":") or text in DASHES or text in self.marks

    def _hyphen(self, index: int) -> bool:
        """ "45-year-old": a dash between two words with no space is no punctuation."""
        tokens = self.doc.tokens
        return (
            0 < index < len(tokens) - 1
            and tokens[index - 1].end == tokens[index].start
            and tokens[index].end == tokens[index + 1].start
        )

    def _apposition_end(self, index: int) -> int | None:
        """The token after the closing comma of an apposition that starts at `index`."""
        tokens = self.doc.tokens
        if index >= len(tokens) or tokens[index].text != ",":
            return None
        end = index + 1
        while (
            end < min(len(tokens), index + 1 + _APPOSITION)
            and tokens[end].sentence == tokens[index].sentence
            and (not self._apposition_ends(tokens[end].text) or self._hyphen(end))
        ):
            end += 1
        inside = tokens[index + 1 : end]
        if not any(t.lemma in self.lex.outputs.speaker_nouns for t in inside):
            return None
        if end >= len(tokens) or (tokens[end].text != "," and tokens[end].text not in DASHES):
            return None
        return end + 1
