"""People and media the registry does not know.

People named with their office: "голова Львівської ОВА Максим Зарубький", "Kharkiv Mayor Ihor
Zarubov", "Serhiy Zarubko, head of the Kyiv city administration". The office's mention takes in
the name next to it, so that a verb of speech beside the name finds the office; the speaker keeps
what the office tells (side, kind, region) under the name the text gives, not the name of whoever
the registry has in that office. The surname said alone elsewhere in the report ("— зазначив
Зарубький", "Zarubov also said", a headline's "– Зарубький" before the office is named) speaks
as the same person.

A name here is one to three capitalised words that are not all capitals (not "ОВА"), not a place
the report names, not a weekday or month and not a word the lexicon skips between a speaker and
its verb ("Telegram"). Before an office ("Serhiy Zarubko, head of ...") it needs two words and
the comma.

A body's member named before it with what they are ("Mykola Bondar, a spokesman for the air
force, said"; "Игорь ..., официальный представитель Минобороны"): the member speaks for the body
under their own name.

Media named after what they are (the lexicon's `media_nouns`): "издание «Зарубка»", "the Russian
news agency Zarubka": a medium of the side an adjective before it gives, else of none; not where
the name is a person's ("в своем телеграм-канале Олег Синегубов").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from claimledger.catalog.actors import actors
from claimledger.extract.document.tokens import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    Document,
    Sentence,
    Token,
)
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.actor_names import region_code, surname_keys
from claimledger.extract.mentions.types import ActorMention, PlaceRef, Speaker
from claimledger.model import Language

_NAME_WORDS = 3
_STEM_CUT = 2  # endings a surname's declension changes ("Зарубький", "Зарубького")
_MIN_STEM = 4
_MEDIUM_EPITHETS = 3  # words from a medium's side to its noun ("Russian state news agency")
_BODY_KINDS = frozenset({"military", "official"})
_OFFICE_WORDS = 4  # an office's words after its role word and place ("обласної військової")
_ROLE_TO_NAME = 7  # tokens from an office's word to its holder's surname, at most
_SAME_OPENING = 3  # letters a surname's spellings share ("Syniehubov", "Synahubow")


class NamedPeople:
    """The people (by the stem of their surname) and media of one report that the registry
    does not know."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.said: dict[str, ActorMention] = {}
        self._later: dict[str, ActorMention] | None = None  # introduced further on

    def with_name(
        self, sentence: Sentence, mention: ActorMention, places: list[PlaceRef]
    ) -> ActorMention:
        """`mention` taking in its holder's name next to it, where it is an office and the
        name is not one the registry knows."""
        if not self._office(mention):
            return self._member(sentence, mention, places)
        named = self._named(sentence, mention, places)
        if named is mention or named.region is not None or named.speaker is not None:
            return named
        if named.role_word in self.lex.words.mayor_words:
            return named  # a mayor heads a town, not the region
        # "In the southern Odessa region, Governor Oleh ... reported": the region of its clause
        regions = [p for p in places if p.last <= mention.first and p.place.kind == "region"]
        return replace(named, region=region_code(regions[-1])) if regions else named

    def _member(
        self, sentence: Sentence, mention: ActorMention, places: list[PlaceRef]
    ) -> ActorMention:
        """A body's member named before it: "Mykola Bondar, a spokesman for the air force,
        said": the member speaks for the body, under their own name."""
        speaker = mention.speaker
        if speaker is None or speaker.kind not in _BODY_KINDS or mention.back:
            return mention
        comma = mention.first - 1
        nouns = self.lex.outputs.speaker_nouns
        while comma > sentence.first and self.doc.tokens[comma].text != ",":
            token = self.doc.tokens[comma]
            linking = token.low in self.lex.words.member_links or token.lemma in nouns or (
                token.info.is_adjective and token.text[:1].islower()  # "официальный"
            )
            if not linking:
                return mention
            comma -= 1
        between = self.doc.tokens[comma + 1 : mention.first]
        if not any(t.lemma in nouns for t in between):
            return mention
        start = self._name_before(sentence, comma + 1, places)
        if start > comma:
            return mention
        named = self._renamed(replace(mention, first=start), start, comma)
        return self._remember(named, comma - 1)

    def _named(
        self, sentence: Sentence, mention: ActorMention, places: list[PlaceRef]
    ) -> ActorMention:
        first, last = mention.first, mention.last
        given = self._past_office(sentence, last)
        end = self._name_from(sentence, given, places)
        if end > given:
            # "Moscow Mayor Sergei Zarubin": the office's own place before it is its name's too
            owner = next((p for p in places if p.last == first and p.in_actor), None)
            start = owner.first if owner is not None else first
            named = self._renamed(replace(mention, first=start, last=end), given, end)
            return self._remember(named, end - 1)
        start = self._name_before(sentence, first, places)
        if start < first:
            named = self._renamed(replace(mention, first=start), start, first - 1)
            return self._remember(named, first - 2)
        return mention

    def at(self, sentence: Sentence, index: int, places: list[PlaceRef]) -> ActorMention | None:
        """A person or a medium the registry does not know, at a word no reader took."""
        return self.again(index, places) or self.medium(sentence, index, places)

    def medium(self, sentence: Sentence, index: int, places: list[PlaceRef]) -> ActorMention | None:
        """A medium the registry does not know, named after what it is: "издание «Зарубка»",
        "the Russian news agency Zarubka", "телеграм-канал Зарубка"; of the side an adjective
        before it gives ("Ukrainian outlet", "российское издание"), else of none."""
        tokens, words = self.doc.tokens, self.lex.words
        quoted = index > sentence.first and tokens[index - 1].text in OPENING_QUOTES
        start = index
        noun = index - 2 if quoted else index - 1
        if noun < sentence.first:
            return None
        nouns = words.media_nouns
        if tokens[noun].lemma not in nouns and tokens[noun].low not in nouns:
            return None
        end = self._medium_name(sentence, start, quoted, places)
        if end == start or self._person_named(start, end):
            return None  # "в своем телеграм-канале Олег Синегубов": the channel's owner speaks
        first, side = noun, None
        for probe in range(noun - 1, max(sentence.first, noun - _MEDIUM_EPITHETS) - 1, -1):
            token = tokens[probe]
            found = self.lex.side_adjectives.get(token.lemma) or self.lex.side_adjectives.get(
                token.low
            )
            if found is not None:
                first, side = probe, found
                break
        name = self.doc.text[tokens[start].start : tokens[end - 1].end]
        return ActorMention(first, end + (1 if quoted else 0), Speaker(name, side, "media"))

    def _medium_name(
        self, sentence: Sentence, start: int, quoted: bool, places: list[PlaceRef]
    ) -> int:
        """The end of a medium's name from `start`: to its closing quote, or over its
        capitalised words."""
        tokens = self.doc.tokens
        limit = min(sentence.last, start + _NAME_WORDS + (3 if quoted else 0))
        end = start
        while end < limit:
            token = tokens[end]
            if quoted:
                if token.text in CLOSING_QUOTES:
                    return end
            elif not (token.is_word and token.text[:1].isupper()) or any(
                p.first <= end < p.last for p in places
            ):
                break
            end += 1
        return start if quoted else end

    def _person_named(self, start: int, end: int) -> bool:
        """A person's name, not a medium's: a first name, or a surname the registry knows."""
        words = self.doc.tokens[start:end]
        return "Name" in words[0].info.all_grams or any(
            surname_keys(self.lex.lang, t) for t in words
        )

    def again(self, index: int, places: list[PlaceRef]) -> ActorMention | None:
        """The person whose surname this word repeats, named with their office before."""
        token = self.doc.tokens[index]
        if not self._name_word(index, places) or surname_keys(self.lex.lang, token):
            return None  # (a recorded surname is the registry's, a namesake's or nobody's)
        stem = _stem(token.low)
        earlier = self.said.get(stem) or self._introduced().get(stem)
        if earlier is None or len(token.low) > len(stem) + _STEM_CUT + 1:
            return None
        return replace(earlier, first=index, last=index + 1)

    def _introduced(self) -> dict[str, ActorMention]:
        """The surnames the report introduces with an office further on ("– Зарубький" in a
        headline, "голова Львівської ОВА Максим Зарубький" in the text): each an office whose
        holder is named, its region to be told by the claims, as "— губернатор" is."""
        if self._later is None:
            self._later = {}
            if self.lex.lang != "en":  # a first name tells a name from a place there
                self._scan()
        return self._later

    def _scan(self) -> None:
        assert self._later is not None
        tokens, words = self.doc.tokens, self.lex.words
        for token in tokens:
            if token.lemma not in words.role_words:
                continue
            window = tokens[token.index + 1 : token.index + _ROLE_TO_NAME]
            for given, surname in pairwise(window):
                if given.sentence != token.sentence or surname.sentence != token.sentence:
                    break
                if "Name" in given.info.all_grams and self._name_word(surname.index, []):
                    name = self.doc.text[given.start : surname.end]
                    self._later.setdefault(_stem(surname.low), ActorMention(
                        0, 0, None, role=True, role_word=token.lemma, holder=name))
                    break

    def _office(self, mention: ActorMention) -> bool:
        if mention.back or mention.local:
            return False
        # "мэр Белгорода", "начальник Хмельницької ОВА"; not a person the registry read by
        # name ("..., Putin said": no name of theirs around it)
        return bool(mention.role_word) or self._headed(mention.first)

    def _headed(self, first: int) -> bool:
        """A body's mention after a head word: "голова Львівської ОВА" names its head."""
        return first > 0 and self.doc.tokens[first - 1].lemma in self.lex.words.head_words

    def _renamed(self, mention: ActorMention, first: int, last: int) -> ActorMention:
        """The mention under the name of tokens [first, last); an office whose region is not
        known yet (no speaker) keeps the name for the speaker it will be (resolve/speaking)."""
        name = self.doc.text[self.doc.tokens[first].start : self.doc.tokens[last - 1].end]
        speaker = mention.speaker
        if speaker is not None and registry_spelling(speaker, name, self.lex.lang):
            return mention  # the registry's holder in another spelling ("Synahubow")
        speaker = replace(speaker, name=name) if speaker is not None else None
        return replace(mention, speaker=speaker, holder=name)

    def _remember(self, mention: ActorMention, surname: int) -> ActorMention:
        self.said[_stem(self.doc.tokens[surname].low)] = mention
        return mention

    def _past_office(self, sentence: Sentence, index: int) -> int:
        """Past the rest of an office's words before its holder's name, where they end in an
        administration: "голова Дніпропетровської | ОВА | Сергій Лисак", "начальника |
        обласної військової адміністрації | Сергій Тюрін"."""
        words = self.lex.words
        for end in range(index, min(sentence.last, index + _OFFICE_WORDS)):
            token = self.doc.tokens[end]
            if token.lemma in words.administrations or token.low in words.administrations:
                return end + 1
            if not (token.info.is_adjective and token.text[:1].islower()):
                break
        return index

    def _name_from(self, sentence: Sentence, index: int, places: list[PlaceRef]) -> int:
        end = index
        while end < min(sentence.last, index + _NAME_WORDS) and self._name_word(end, places):
            if surname_keys(self.lex.lang, self.doc.tokens[end]):
                return index  # a recorded person: the person reader's
            end += 1
        return end

    def _name_before(self, sentence: Sentence, first: int, places: list[PlaceRef]) -> int:
        if first - 3 < sentence.first or self.doc.tokens[first - 1].text != ",":
            return first
        start = first - 1
        while start > max(sentence.first, first - 1 - _NAME_WORDS) and self._name_word(
            start - 1, places
        ):
            start -= 1
        words = self.doc.tokens[start : first - 1]
        if len(words) < 2 or any(surname_keys(self.lex.lang, t) for t in words):
            return first
        return start

    def _name_word(self, index: int, places: list[PlaceRef]) -> bool:
        token: Token = self.doc.tokens[index]
        text = token.text
        return (
            token.is_word
            and len(text) > 1
            and text[:1].isupper()
            and not text.isupper()
            and token.low not in self.lex.words.skippable
            and token.low not in self.lex.weekdays
            and token.low not in self.lex.months
            and not any(p.first <= index < p.last for p in places)
        )


def _stem(low: str) -> str:
    return low[: max(_MIN_STEM, len(low) - _STEM_CUT)]


def held_by(speaker: Speaker, holder: str, lang: Language) -> Speaker:
    """The speaker an office resolved to, under the name of its holder the text gives, unless
    that name is the registry person's in another spelling."""
    return speaker if registry_spelling(speaker, holder, lang) else replace(speaker, name=holder)


def registry_spelling(speaker: Speaker, name: str, lang: Language) -> bool:
    """Whether `name` may be the registry person the speaker is, spelled another way: its last
    word opens with the same letters as one of the person's names ("Synahubow")."""
    actor = actors().get(speaker.actor) if speaker.actor else None
    if actor is None or not actor.person:
        return False
    surname = name.split()[-1].lower()[:_SAME_OPENING]
    names = (*actor.names(lang), actor.surname or "")
    return any(n.lower()[:_SAME_OPENING] == surname for n in names if n)
