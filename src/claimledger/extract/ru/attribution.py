"""Who asserts a claim: reported speech, "по данным", "— Собянин", headers "Минобороны РФ:".

A sentence gets a speaker from a cue and the actor next to it:
- a speech verb with its subject before or after it: "Минобороны РФ сообщило", "сообщили в
  Минобороны", "заявил врио губернатора Юрий Слюсарь", "Минобороны России, сообщая об ...";
- a source preposition: "по данным Минобороны", "согласно сводке Минобороны России", "со слов
  властей"; "по ее данным", "согласно заявлению" refer back to the last speaker;
- a dash at the end: "..., — Собянин", "— сообщает Минобороны", "— губернатор";
- a header: "Минобороны РФ:" at the start of the post.
A cue without an actor ("подчеркнули в ведомстве", "сообщил он") refers back. A verb of
supposing ("обозреватели предполагают") ends the last speaker's turn. A post in its own voice
speaks as its outlet (see `claimledger.sources.registry`). The actors and their Russian names
are the actor registry's (claimledger/catalog/actors.toml).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from claimledger.catalog.actors import actors
from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.mentions.types import PlaceRef, Speaker
from claimledger.extract.ru.governors import HEAD_OF, ROLE_WORDS, head_of, region_of
from claimledger.sources.registry import SourceInfo, SourceRegistry

# Groups whose side is the side of the place they speak about ("местные власти").
LOCAL_GROUPS: tuple[tuple[str, ...], ...] = (
    ("местный", "власть"),
    ("региональный", "власть"),
    ("власть",),
    ("оперштаб",),
)
# Words that refer back to the last speaker.
BACK_REFERENCES = frozenset({"ведомство", "администрация", "штаб"})
BACK_PRONOUNS = frozenset({"он", "она", "они"})
# Nouns for a person who talked without a name ("по словам чиновника"): the unnamed source the
# post brought in last ("источник в Пентагоне").
SOURCE_PERSONS = frozenset({"чиновник", "собеседник", "источник"})
# "версию Минобороны о том, что ...", "по версии Минобороны": what follows is that actor's account.
ACCOUNT_NOUNS = frozenset({"версия"})

SPEECH_VERBS = frozenset(
    {
        "сообщить",
        "сообщать",
        "заявить",
        "заявлять",
        "написать",
        "писать",
        "объявить",
        "объявлять",
        "утверждать",
        "уточнить",
        "сказать",
        "подчеркнуть",
        "рассказать",
        "отчитаться",
        "передать",
        "информировать",
        "проинформировать",
        "добавить",
        "отметить",
        "пояснить",
        "констатировать",
        "насчитать",
        "перечислить",
        "говориться",
        "подтвердить",
        "доложить",
        "подвести",
        "опровергнуть",
        "назвать",
        "гласить",
    }
)
# Verbs of supposing: what follows is an opinion, and it ends the last speaker's turn.
SUPPOSING_VERBS = frozenset({"предполагать", "полагать", "считать", "допускать", "подозревать"})
IMPERSONAL = frozenset({"сообщаться"})
SOURCE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("по", "данным"),
    ("по", "информации"),
    ("по", "словам"),
    ("по", "сведениям"),
    ("согласно",),
    ("со", "слов"),
    ("ссылаясь", "на"),
    ("как", "сообщил"),
    ("как", "сообщили"),
    ("как", "сообщает"),
    ("как", "сообщило"),
)
POSSESSIVES = frozenset({"его", "ее", "её", "их"})
_OPENER_WORDS = frozenset(words[0] for words in SOURCE_OPENERS)
# Words that may stand between a cue and its actor: "сообщили в Минобороны", "заявил врио
# губернатора", "согласно сводке Минобороны".
SKIPPABLE = frozenset(
    {
        "в",
        "во",
        "на",
        "у",
        "со",
        "ранее",
        "также",
        "уже",
        "вчера",
        "сегодня",
        "официально",
        "врио",
        "пресс-служба",
        "сводка",
        "заявление",
        "сообщение",
        "телеграм-канал",
        "данные",
        "информация",
        "канал",
        "своем",
        "своей",
    }
)
DASHES = frozenset({"—", "–", "-"})
_LEFT_REACH = 16
_RIGHT_REACH = 5


@dataclass(slots=True)
class ActorMention:
    first: int
    last: int
    speaker: Speaker | None  # None: a role whose region is not known yet, or a back-reference
    role: bool = False
    role_word: str = ""  # "губернатор", "мэр", "глава"
    back: bool = False
    local: bool = False


@dataclass(slots=True)
class SentenceSpeaker:
    """The attribution a sentence carries by itself."""

    speaker: Speaker | None = None
    mention: ActorMention | None = None
    back: bool = False  # a cue with no actor: the last speaker goes on
    reset: bool = False  # a verb of supposing: the last speaker's turn is over
    trailing: bool = False  # "..., — Собянин": also covers the sentences before it
    header: bool = False  # "Минобороны РФ:" opens the post
    unnamed: bool = False  # "сообщается", "говорится о": no one named

    @property
    def explicit(self) -> bool:
        return self.speaker is not None or (self.mention is not None and self.mention.role)


def speaker_of(key: str, day: date | None) -> Speaker:
    actor = actors()[key]
    return Speaker(actor.name, actor.side, actor.kind, region_of(key, day))


def official_of(region: str | None, day: date | None) -> Speaker | None:
    key = head_of(region, day)
    return speaker_of(key, day) if key else None


class Attribution:
    """Finds the actors and cues of a post's sentences."""

    def __init__(
        self,
        doc: Document,
        registry: SourceRegistry,
        own: SourceInfo,
        day: date | None,
    ) -> None:
        self.doc = doc
        self.registry = registry
        self.own = own
        self.day = day
        self.known: dict[str, str] = {}  # surname -> actor key resolved earlier in the post
        self.source: ActorMention | None = None  # the last unnamed source brought in

    # -- actors -------------------------------------------------------------------------------

    def actors(self, sentence: Sentence, places: list[PlaceRef]) -> list[ActorMention]:
        found: list[ActorMention] = []
        index = sentence.first
        while index < sentence.last:
            mention = self._actor_at(sentence, index, places)
            if mention is None:
                index += 1
                continue
            found.append(mention)
            if mention.speaker is not None and mention.speaker.kind == "anonymous":
                self.source = mention
            index = mention.last
        return found

    def _actor_at(
        self, sentence: Sentence, index: int, places: list[PlaceRef]
    ) -> ActorMention | None:
        token = self.doc.tokens[index]
        if not token.is_word or not _may_start_actor(token):
            return None
        for reader in (self._organisation, self._local, self._person, self._role, self._outlet):
            mention = reader(sentence, index, places)
            if mention is not None:
                return self._known_source(mention)
        if token.lemma in SOURCE_PERSONS and self.source is not None:
            return ActorMention(index, index + 1, self.source.speaker)
        if token.lemma in BACK_PRONOUNS and token.info.pos == "NPRO":
            return ActorMention(index, index + 1, None, back=True)
        # "подчеркнули в ведомстве", "заявили в администрации": the body named before.
        if (
            token.lemma in BACK_REFERENCES
            and index > sentence.first
            and self.doc.tokens[index - 1].low in ("в", "во", "из", "у")
        ):
            return ActorMention(index, index + 1, None, back=True)
        return None

    def _known_source(self, mention: ActorMention) -> ActorMention:
        """A bare "источник" again after "источник в Пентагоне": the same source."""
        speaker = mention.speaker
        if (
            speaker is not None
            and speaker.name == actors()["anonymous_source"].name
            and self.source is not None
            and self.source.speaker is not None
        ):
            return ActorMention(mention.first, mention.last, self.source.speaker)
        return mention

    def _matches(self, sentence: Sentence, index: int, words: tuple[str, ...]) -> bool:
        """Whether the tokens from `index` read `words` (by any lemma or the surface form)."""
        if index + len(words) > sentence.last:
            return False
        return all(
            _is_word(self.doc.tokens[index + offset], word) for offset, word in enumerate(words)
        )

    def _organisation(
        self, sentence: Sentence, index: int, _: list[PlaceRef]
    ) -> ActorMention | None:
        token = self.doc.tokens[index]
        candidates = [
            entry
            for form in {token.lemma, token.low, *token.info.lemmas}
            for entry in _by_first().get(form, ())
        ]
        for words, key in sorted(candidates, key=lambda item: -len(item[0])):
            if self._matches(sentence, index, words):
                last = index + len(words)
                last = self._absorb_country(sentence, last)
                return ActorMention(index, last, speaker_of(key, self.day))
        return None

    def _absorb_country(self, sentence: Sentence, last: int) -> int:
        """The owner belongs to the actor: "Минобороны РФ", "Воздушные силы ВСУ"."""
        while last < sentence.last and self.doc.tokens[last].lemma in (
            "рф",
            "россия",
            "всу",
            "украина",
        ):
            last += 1
        return last

    def _local(self, sentence: Sentence, index: int, _: list[PlaceRef]) -> ActorMention | None:
        for words in LOCAL_GROUPS:
            if self._matches(sentence, index, words):
                if words == ("власть",) and self.doc.tokens[index].info.numbers == frozenset(
                    {"sing"}
                ):
                    return None
                local = actors()["local_authorities"]
                speaker = Speaker(local.name, local.side, local.kind)
                return ActorMention(index, index + len(words), speaker, local=True)
        return None

    def _person(
        self, sentence: Sentence, index: int, places: list[PlaceRef]
    ) -> ActorMention | None:
        token = self.doc.tokens[index]
        keys = _surname_keys(token)
        if not keys:
            return None
        first = index
        if index > sentence.first and "Name" in self.doc.tokens[index - 1].info.all_grams:
            first = index - 1  # the first name
        key = self._choose(token, keys, first, index, sentence, places)
        first = self._role_before(sentence, first, places)
        return ActorMention(first, index + 1, speaker_of(key, self.day))

    def _choose(
        self,
        token: Token,
        keys: tuple[str, ...],
        first: int,
        index: int,
        sentence: Sentence,
        places: list[PlaceRef],
    ) -> str:
        surname = token.lemma
        if len(keys) == 1:
            return keys[0]
        if first < index:
            given = _given_names().get(self.doc.tokens[first].lemma, ())
            by_name = next((key for key in given if key in keys), None)
            if by_name is not None:
                self.known[surname] = by_name
                return by_name
        region = self._region_near(sentence, max(sentence.first, index - 5), index, places)
        for key in keys:
            if region is not None and region_of(key, self.day) == region:
                self.known[surname] = key
                return key
        return self.known.get(surname, keys[0])

    def _role_before(self, sentence: Sentence, first: int, places: list[PlaceRef]) -> int:
        """Extend a person back over "губернатор Брянской области", "врио губернатора"."""
        probe = first - 1
        while probe >= sentence.first:
            token = self.doc.tokens[probe]
            place = _place_ending(places, probe + 1)
            if place is not None:
                probe = place.first - 1
                continue
            if token.lemma in ROLE_WORDS or token.low in ("врио",) or token.lemma in HEAD_OF:
                first = probe
                probe -= 1
                continue
            if token.info.is_adjective and probe > sentence.first:
                probe -= 1  # "Глава Тернопольской областной администрации"
                continue
            break
        return first

    def _role(self, sentence: Sentence, index: int, places: list[PlaceRef]) -> ActorMention | None:
        token = self.doc.tokens[index]
        if token.lemma not in ROLE_WORDS:
            return None
        if any(
            _surname_keys(t) for t in self.doc.tokens[index + 1 : min(sentence.last, index + 7)]
        ):
            return None  # "губернатор Брянской области Александр Богомаз": the person reads it
        last = index + 1
        region = None
        after = _place_starting(places, last, self.doc, sentence)
        before = _place_ending(places, index) or (
            _place_ending(places, index - 1)
            if index - 1 > sentence.first and self.doc.tokens[index - 1].low == "врио"
            else None
        )
        if after is not None:
            region = _region_code(after)
            last = after.last
            after.in_actor = True
        elif before is not None:
            region = _region_code(before)
            before.in_actor = True
        elif token.lemma == "глава":
            if last >= sentence.last or self.doc.tokens[last].lemma not in HEAD_OF:
                return None
            last += 1
        if last < sentence.last and self.doc.tokens[last].lemma in ("регион", "область"):
            last += 1
        speaker = official_of(region, self.day) if region else None
        if token.info.numbers == frozenset({"plur"}):
            governors = actors()["ru_regional_governors"]
            speaker = Speaker(governors.name, governors.side, governors.kind)
        return ActorMention(index, last, speaker, role=speaker is None, role_word=token.lemma)

    def _region_near(
        self, sentence: Sentence, first: int, last: int, places: list[PlaceRef]
    ) -> str | None:
        for place in places:
            if first <= place.first < last + 4 and place.place.code.startswith(("RU-", "UA-")):
                return _region_code(place)
        return None

    def _outlet(self, sentence: Sentence, index: int, _: list[PlaceRef]) -> ActorMention | None:
        token = self.doc.tokens[index]
        if not token.text[:1].isupper():
            return None
        for size in (2, 1):
            if index + size > sentence.last:
                continue
            name = self.doc.text[token.start : self.doc.tokens[index + size - 1].end]
            info = self.registry.lookup(name)
            if info is None or info.kind != "outlet":
                continue
            kind = "outlet" if info.name == self.own.name else "media"
            return ActorMention(index, index + size, Speaker(info.name, info.side, kind))
        return None

    # -- cues ---------------------------------------------------------------------------------

    def speaker(self, sentence: Sentence, actors: list[ActorMention]) -> SentenceSpeaker:
        result = self._header(sentence, actors) or self._trailing(sentence, actors)
        if result is not None:
            return result
        result = SentenceSpeaker()
        for index in range(sentence.first, sentence.last):
            token = self.doc.tokens[index]
            mention: ActorMention | None = None
            if token.lemma in SUPPOSING_VERBS and token.info.pos in ("VERB", "INFN", "GRND"):
                return SentenceSpeaker(reset=True)
            if token.lemma in IMPERSONAL:
                result.unnamed = True
                continue
            opener = self._source_opener(sentence, index)
            if token.lemma in ACCOUNT_NOUNS:
                mention = self._after(sentence, index + 1, actors)
            elif opener:
                mention = self._after(sentence, index + opener, actors)
                if mention is None and self._possessive(sentence, index, opener):
                    result.back = True
            elif token.lemma in SPEECH_VERBS and token.info.pos in (
                "VERB",
                "INFN",
                "GRND",
                "PRTS",
                "PRTF",
            ):
                mention = self._after(sentence, index + 1, actors) or self._before(
                    sentence, index, actors
                )
                if mention is None:
                    if token.lemma == "говориться" and self._next_low(sentence, index) in (
                        "о",
                        "об",
                    ):
                        result.unnamed = True
                    else:
                        result.back = True
            if mention is not None:
                return self._resolved(mention, result)
        return result

    def _resolved(self, mention: ActorMention, result: SentenceSpeaker) -> SentenceSpeaker:
        if mention.back:
            result.back = True
            return result
        result.mention = mention
        result.speaker = mention.speaker
        return result

    def _next_low(self, sentence: Sentence, index: int) -> str:
        return self.doc.tokens[index + 1].low if index + 1 < sentence.last else ""

    def _source_opener(self, sentence: Sentence, index: int) -> int:
        if self.doc.tokens[index].low not in _OPENER_WORDS:
            return 0
        for words in SOURCE_OPENERS:
            size = len(words)
            if tuple(t.low for t in self.doc.tokens[index : index + size]) == words and (
                index + size <= sentence.last
            ):
                return size
        if self.doc.tokens[index].low == "по" and index + 2 < sentence.last:
            second = self.doc.tokens[index + 1].low
            if second in POSSESSIVES and self.doc.tokens[index + 2].lemma in ("данные", "слово"):
                return 3
        return 0

    def _possessive(self, sentence: Sentence, index: int, size: int) -> bool:
        words = [t.low for t in self.doc.tokens[index : min(sentence.last, index + size + 1)]]
        if any(word in POSSESSIVES for word in words):
            return True
        # "Согласно заявлению, ..." / "согласно сводке": the statement named before.
        return words[0] == "согласно"

    def _after(
        self, sentence: Sentence, start: int, actors: list[ActorMention]
    ) -> ActorMention | None:
        probe = start
        skipped = 0
        back: ActorMention | None = None
        while probe < sentence.last and skipped <= _RIGHT_REACH:
            mention = next((a for a in actors if a.first == probe), None)
            if mention is not None and not mention.back:
                return mention
            if mention is not None:
                back = back or mention
                probe = mention.last
                skipped += 1
                continue
            token = self.doc.tokens[probe]
            if (
                token.lemma not in SKIPPABLE
                and token.low not in SKIPPABLE
                and not (token.info.is_adjective)
            ):
                return back
            probe += 1
            skipped += 1
        return back

    def _before(
        self, sentence: Sentence, index: int, actors: list[ActorMention]
    ) -> ActorMention | None:
        low = max(sentence.first, index - _LEFT_REACH)
        for probe in range(index - 1, low - 1, -1):
            if self.doc.tokens[probe].low in ("что", "чтобы") or (
                self.doc.tokens[probe].lemma in SPEECH_VERBS and probe != index
            ):
                low = probe + 1
                break
        candidates = [a for a in actors if low <= a.first and a.last <= index]
        named = [a for a in candidates if not a.back]
        if named:
            return named[0]
        return candidates[0] if candidates else None

    def _header(self, sentence: Sentence, actors: list[ActorMention]) -> SentenceSpeaker | None:
        if not actors or actors[0].first != sentence.first:
            return None
        mention = actors[0]
        if mention.last < sentence.last and self.doc.tokens[mention.last].text == ":":
            return SentenceSpeaker(mention.speaker, mention, header=True)
        # "⚡️**Минобороны РФ**" alone on the first line, the quote below it.
        rest = [t for t in self.doc.tokens[mention.last : sentence.last] if t.is_word]
        if not rest and sentence.index == 0 and mention.speaker is not None:
            return SentenceSpeaker(mention.speaker, mention, header=True)
        return None

    def _trailing(self, sentence: Sentence, actors: list[ActorMention]) -> SentenceSpeaker | None:
        """A dash before the speaker at the end: "..., — Собянин", "— сообщает Минобороны."."""
        for mention in reversed(actors):
            tail = [t for t in self.doc.tokens[mention.last : sentence.last] if t.is_word]
            if tail:
                continue
            probe = mention.first - 1
            while probe >= sentence.first and (
                self.doc.tokens[probe].lemma in SPEECH_VERBS
                or self.doc.tokens[probe].low in SKIPPABLE
                or self.doc.tokens[probe].lemma in SKIPPABLE
            ):
                probe -= 1
            if probe >= sentence.first and self.doc.tokens[probe].text in DASHES:
                if mention.back:
                    return SentenceSpeaker(back=True, trailing=True)
                return SentenceSpeaker(mention.speaker, mention, trailing=True)
        return None


@cache
def _by_first() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Word sequences (lemmas) naming bodies and groups -> actor ids, by their first word: the
    Russian names of every actor that is not one person ("министерство оборона украина")."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for actor in actors():
        if not actor.person:
            for name in actor.names("ru"):
                words = tuple(name.split())
                found.setdefault(words[0], []).append((words, actor.id))
    return found


@cache
def _surnames() -> dict[str, tuple[str, ...]]:
    """Surname lemmas (lower case, ё as е) -> actor ids; several when the surname is shared."""
    found: dict[str, list[str]] = {}
    for actor in actors():
        if actor.person:
            for name in actor.names("ru"):
                ids = found.setdefault(name.split()[-1], [])
                if actor.id not in ids:
                    ids.append(actor.id)
    return {surname: tuple(ids) for surname, ids in found.items()}


@cache
def _given_names() -> dict[str, tuple[str, ...]]:
    """Given names (lemmas) of people whose names are written with them ("андрей никитин"):
    they tell two officials with one surname apart."""
    found: dict[str, list[str]] = {}
    for actor in actors():
        if actor.person:
            for name in actor.names("ru"):
                if " " in name:
                    found.setdefault(name.split()[0], []).append(actor.id)
    return {given: tuple(ids) for given, ids in found.items()}


@cache
def _first_words() -> frozenset[str]:
    return (
        frozenset(_by_first())
        | {words[0] for words in LOCAL_GROUPS}
        | ROLE_WORDS
        | (BACK_REFERENCES | BACK_PRONOUNS)
        | SOURCE_PERSONS
    )


def _may_start_actor(token: Token) -> bool:
    """A cheap test before the readers: a known first word, or a capitalised word."""
    if token.text[:1].isupper():
        return True
    first_words = _first_words()
    return bool(
        token.lemma in first_words
        or token.low in first_words
        or not token.info.lemmas.isdisjoint(first_words)
    )


def _is_word(token: Token, word: str) -> bool:
    return token.lemma == word or token.low == word or word in token.info.lemmas


def _surname_keys(token: Token) -> tuple[str, ...]:
    if not token.text[:1].isupper() or len(token.low) < 3:
        return ()
    surnames = _surnames()
    for form in (token.lemma, *token.info.lemmas):
        if form in surnames:
            return surnames[form]
    for surname, keys in surnames.items():
        if (
            len(surname) >= 5
            and token.low.startswith(surname)
            and len(token.low) - len(surname) <= 3
        ):
            return keys
    return ()


def _place_starting(
    places: list[PlaceRef], index: int, doc: Document, sentence: Sentence
) -> PlaceRef | None:
    for place in places:
        if place.first == index:
            return place
    return None


def _place_ending(places: list[PlaceRef], index: int) -> PlaceRef | None:
    for place in places:
        if place.last == index:
            return place
    return None


def _region_code(ref: PlaceRef) -> str:
    place = ref.place
    if place.kind in ("city", "town", "district") and place.region:
        return place.region
    return place.code
