"""Actors named in a sentence: bodies ("Минобороны РФ", "the Ukrainian Air Force"), local
authorities, people by surname (with their office before them), offices without a name ("губернатор
Брянской области", "the mayor"), and outlets. Names come from the actor registry
(claimledger/catalog/actors.toml) in the report's language; the words around them from the lexicon.
"""

from __future__ import annotations

from datetime import date

from claimledger.catalog.actors import actors
from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions import city_bodies as cb
from claimledger.extract.mentions.actor_names import (
    ADMINISTRATION,
    BACK,
    LOCAL,
    ORGANISATION,
    OUTLET,
    PERSON,
    REGIONAL,
    ROLE,
    TITLED,
    body_candidates,
    cited_alone,
    foreign_mention,
    given_names,
    may_name_outlet,
    may_open,
    may_start_actor,
    outlet_names,
    place_ending,
    place_starting,
    readers_at,
    reads,
    region_code,
    same_initial,
    surname_keys,
)
from claimledger.extract.mentions.handles import handle_at
from claimledger.extract.mentions.named import NamedPeople
from claimledger.extract.mentions.officials import official_of, speaker_of, town_mayor
from claimledger.extract.mentions.place_codes import SIDE_OF_COUNTRY
from claimledger.extract.mentions.sources import last_source, situated
from claimledger.extract.mentions.titled import titled_person
from claimledger.extract.mentions.types import ActorMention, PlaceRef, Speaker
from claimledger.sources.registry import SourceInfo, SourceRegistry


class ActorReader:
    """Finds the actors of a post's sentences: bodies, local authorities, people, offices,
    outlets; remembers the people and the unnamed source it has met."""

    def __init__(
        self, doc: Document, lex: Lexicon, registry: SourceRegistry, own: SourceInfo,
        day: date | None,
    ) -> None:
        self.doc = doc
        self.lex = lex
        self.registry = registry
        self.own = own
        self.day = day
        self.known: dict[str, str] = {}  # surname -> actor key resolved earlier in the post
        self.sides: dict[str, str] = {}  # body named without its country -> its side said before
        self.source: ActorMention | None = None  # the last unnamed source brought in
        self.region_before: str | None = None  # the region the sentences before spoke of
        self.people = NamedPeople(doc, lex)  # holders of offices the registry does not know
        # the class's functions, not bound methods (a cycle that kept each report's tokens for
        # the collector); a state's office holder first: "prime minister" names a body too
        cls = type(self)
        self._readers = ((TITLED, cls._titled), (ORGANISATION, cls._organisation),
                         (LOCAL, cls._local), (PERSON, cls._person), (ROLE, cls._role),
                         (ADMINISTRATION, cls._administration), (OUTLET, cls._outlet))

    def actors(self, sentence: Sentence, places: list[PlaceRef]) -> list[ActorMention]:
        found: list[ActorMention] = []
        index = sentence.first
        tokens, lex, people = self.doc.tokens, self.lex, self.people
        while index < sentence.last:
            token = tokens[index]
            # most words start no actor: tested here, before a call ("@" opens a handle)
            if not (token.is_word and may_start_actor(lex, token)) and token.text != "@":
                index += 1
                continue
            mention = self._actor_at(sentence, index, places) or people.at(sentence, index, places)
            if mention is None:
                index += 1
                continue
            mention = people.with_name(sentence, mention, places)
            found.append(mention)
            index = mention.last
        regions = [region_code(p) for p in places if p.place.kind in REGIONAL]
        if regions:
            self.region_before = regions[-1]
        found = situated(self.doc, self.lex, found)
        self.source = last_source(found, self.source)  # "джерело в СБУ", then "співрозмовник"
        return found

    def _actor_at(
        self, sentence: Sentence, index: int, places: list[PlaceRef]
    ) -> ActorMention | None:
        token = self.doc.tokens[index]
        if token.text == "@":
            return handle_at(self.doc, self.registry, self.own.name, index)
        may = readers_at(self.lex, token)  # (most words: none but the outlet's, or none)
        for bit, reader in self._readers:
            if may & bit and (mention := reader(self, sentence, index, places)) is not None:
                return self._known_source(mention)
        if not may & BACK:
            return None
        if token.lemma in self.lex.words.source_persons and self.source is not None:
            return ActorMention(index, index + 1, self.source.speaker)
        if token.lemma in self.lex.words.back_pronouns and token.info.pos == "NPRO":
            return ActorMention(index, index + 1, None, back=True)
        # "подчеркнули в ведомстве", "заявили в администрации": the body named before.
        if (
            token.lemma in self.lex.words.back_references
            and index > sentence.first
            and self.doc.tokens[index - 1].low in self.lex.words.back_reference_preps
        ):
            return ActorMention(index, index + 1, None, back=True)
        return None

    def _known_source(self, mention: ActorMention) -> ActorMention:
        """A bare "источник" again after "источник в Пентагоне": the same source."""
        speaker = mention.speaker
        if (
            speaker is not None
            and speaker.name == actors()[self.lex.actor_ids.anonymous_source].name
            and self.source is not None
            and self.source.speaker is not None
        ):
            return ActorMention(mention.first, mention.last, self.source.speaker)
        return mention

    def _matches(self, sentence: Sentence, index: int, words: tuple[str, ...]) -> bool:
        return reads(self.doc, sentence, index, words)

    def _organisation(
        self, sentence: Sentence, index: int, places: list[PlaceRef]
    ) -> ActorMention | None:
        candidates = body_candidates(self.lex.lang, self.doc.tokens[index])
        if not candidates:
            return None  # most words open no body's name
        if self._struck_by(sentence, index):
            return None  # "атаки украинских военных", "удара ВСУ": who struck, no speaker
        for words, key in sorted(candidates, key=lambda item: -len(item[0])):
            if self._matches(sentence, index, words):
                last = index + len(words)
                actor = actors()[key]
                cited = cited_alone(self.doc, self.lex, sentence, index, last)
                if actor.role == "state" and not (self._says(sentence, index, last) or cited):
                    continue  # a state's name is the place's before it is a speaker's
                foreign = foreign_mention(self.doc, self.lex, sentence, (index, last), places, key)
                if foreign is not None:
                    return foreign
                if actor.by_side:
                    return self._sided(sentence, index, last, key)
                last = self._absorb_country(sentence, last)
                speaker = speaker_of(key, self.day)
                local = actor.side is None and actor.kind == "official"  # the place's own
                return ActorMention(index, last, speaker, local=local)
        return None

    def _titled(self, sentence: Sentence, i: int, places: list[PlaceRef]) -> ActorMention | None:
        return titled_person(self.doc, self.lex, sentence, i, places)

    def _struck_by(self, sentence: Sentence, index: int) -> bool:
        """A body in the genitive right after a noun of attack is the attacker."""
        return (
            index > sentence.first
            and self.doc.tokens[index - 1].lemma in self.lex.words.strike_nouns
            and "gent" in self.doc.tokens[index].info.all_grams
        )

    def _says(self, sentence: Sentence, first: int, last: int) -> bool:
        """A verb of speech at `last` ("Russia said"), not after "authorities of Ukraine"; "У
        Росії заявили" (the sentence's first word) is the state's voice."""
        before = self.doc.tokens[max(first - 1, sentence.first)]  # "with Moscow claiming" says
        owned = first - 1 > sentence.first and before.info.pos == "PREP"
        if last >= sentence.last or (owned and before.low not in self.lex.words.absolute_openers):
            return False
        token = self.doc.tokens[last]
        return token.lemma in self.lex.words.speech_verbs and token.info.is_predicate

    def _absorb_country(self, sentence: Sentence, last: int) -> int:
        """The owner belongs to the actor: "Минобороны РФ", "Воздушные силы ВСУ"."""
        while last < sentence.last and self.doc.tokens[last].lemma in self.lex.owner_words:
            last += 1
        return last

    def _sided(self, sentence: Sentence, first: int, last: int, key: str) -> ActorMention:
        """A body named without its country ("the air force"): the side its words give ("Russia's
        defence ministry", "the Ministry of Defence of Ukraine"), else the side this body had
        when last named with one, else none yet (the claims it makes decide, resolve/settle)."""
        side, first, last = self._side_around(sentence, first, last)
        if side is not None:
            self.sides[key] = side
        side = side or self.sides.get(key)
        sided = actors()[key].on_side(side)
        if sided is not None:
            return ActorMention(first, last, speaker_of(sided, self.day))
        generic = speaker_of(key, self.day)
        return ActorMention(first, last, Speaker(generic.name, side, generic.kind, actor=key))

    def _side_around(
        self, sentence: Sentence, first: int, last: int
    ) -> tuple[str | None, int, int]:
        """The side named next to a body: "Russian", "Russia's" before it, "of Ukraine" after."""
        tokens, lex = self.doc.tokens, self.lex
        owners = {**lex.subject_sides, **lex.owner_words}
        if first - 1 >= sentence.first:
            before = tokens[first - 1]
            side = lex.side_adjectives.get(before.lemma) or lex.side_adjectives.get(before.low)
            if side is not None:
                return side, first - 1, last
            if before.low in lex.words.possessive_marks and first - 2 >= sentence.first:
                side = owners.get(tokens[first - 2].low)
                if side is not None:
                    return side, first - 2, last
        if (
            last + 1 < sentence.last
            and tokens[last].low in lex.words.owner_preps
            and tokens[last + 1].low in owners
        ):
            return owners[tokens[last + 1].low], first, last + 2
        return None, first, last

    def _local(
        self, sentence: Sentence, index: int, places: list[PlaceRef]
    ) -> ActorMention | None:
        if not may_open(self.doc.tokens[index], self.lex.sequences.local_groups):
            return None
        for words in self.lex.sequences.local_groups:
            if self._matches(sentence, index, words):
                if cb.own_body(self.doc, self.lex, index, len(words), places):
                    return None  # "Полтавська ОВА": the region's own body (_administration)
                plural_only = words[0] in self.lex.words.plural_only_groups
                singular = self.doc.tokens[index].info.numbers == frozenset({"sing"})
                if len(words) == 1 and plural_only and singular:
                    return None  # "власть" is power; "власти" are the authorities
                local = actors()[self.lex.actor_ids.local]
                speaker = Speaker(local.name, local.side, local.kind)
                last = index + len(words)
                # "оперштаб Кубани": the body ends with the region it serves
                # (the place stays a place of the sentence: the body speaks of its region)
                place = place_starting(places, last, self.doc, sentence)
                return ActorMention(
                    index, place.last if place is not None else last, speaker, local=True
                )
        return None

    def _person(
        self, sentence: Sentence, index: int, places: list[PlaceRef]
    ) -> ActorMention | None:
        token = self.doc.tokens[index]
        keys = surname_keys(self.lex.lang, token)
        if not keys:
            return None
        first = index
        before = self.doc.tokens[index - 1] if index > sentence.first else None
        if before is not None and (
            "Name" in before.info.all_grams
            or before.low in given_names(self.lex.lang)
            or self._unknown_given(before, places)
        ):
            first = index - 1  # the first name
        key = self._choose(token, keys, first, index, sentence, places)
        if first < index and self._namesake(self.doc.tokens[first], (key,)):
            return None  # "Андрей Кравченко" is not Ruslan Kravchenko: a namesake
        first = self._role_before(sentence, first, places)
        return ActorMention(first, index + 1, speaker_of(key, self.day))

    def _known_person(self, token: Token) -> bool:
        """A recorded person's surname, not a namesake's ("Андрей Кравченко")."""
        keys = surname_keys(self.lex.lang, token)
        before = self.doc.tokens[token.index - 1] if token.index > 0 else None
        return bool(keys) and not (before is not None and self._namesake(before, keys))

    @staticmethod
    def _namesake(given: Token, keys: tuple[str, ...]) -> bool:
        """A first name before a surname that none of its recorded holders bears."""
        return "Name" in given.info.all_grams and not any(
            same_initial(given.text, actors()[key].name) for key in keys
        )

    def _unknown_given(self, token: Token, places: list[PlaceRef]) -> bool:
        """A capitalised noun right before a known surname that the analyzer does not tag as a
        first name ("Володимир Когут"), and no place."""
        return (
            token.is_word
            and token.text[:1].isupper()
            and token.text[1:].islower()
            and token.info.is_noun
            and not any(p.first <= token.index < p.last for p in places)
        )

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
            given = given_names(self.lex.lang).get(self.doc.tokens[first].lemma, ())
            by_name = next((key for key in given if key in keys), None)
            if by_name is not None:
                self.known[surname] = by_name
                return by_name
        region = self._region_near(sentence, max(sentence.first, index - 5), index, places)
        for key in keys:
            if region is not None and actors().region_of(key, self.day) == region:
                self.known[surname] = key
                return key
        return self.known.get(surname, keys[0])

    def _role_before(self, sentence: Sentence, first: int, places: list[PlaceRef]) -> int:
        """Extend a person back over "губернатор Брянской области", "врио губернатора", "Kursk
        Governor", "the governor of the Voronezh region, Alexander Gusev"."""
        probe = first - 1
        name = first
        while probe >= sentence.first:
            token = self.doc.tokens[probe]
            place = place_ending(places, probe + 1)
            if place is not None:
                if all(t.info.is_adjective for t in self.doc.tokens[place.last : first]):
                    first = place.first  # "Kursk Governor", "Belgorod regional governor"
                probe = place.first - 1
                continue
            if (
                token.low in self.lex.head_epithets
                and probe > sentence.first
                and self.doc.tokens[probe - 1].lemma in self.lex.words.head_words
            ):
                first = probe - 1  # "глава Дона Юрий Слюсарь"
                probe -= 2
                continue
            if token.low in self.lex.words.role_links or (token.text in ",." and probe == name - 1):
                probe -= 1  # "the governor of the region, Alexander Gusev", "Gov. X": with a role
                continue
            if (
                token.lemma in self.lex.words.role_words
                or not self.lex.words.role_words.isdisjoint(token.info.lemmas)  # "голови"
                or token.low in self.lex.words.acting
                or token.lemma in self.lex.words.head_of
                or token.lemma in self.lex.words.person_titles
            ):
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
        if token.lemma not in self.lex.words.role_words:
            return None
        if any(
            self._known_person(t)
            for t in self.doc.tokens[index + 1 : min(sentence.last, index + 7)]
        ):
            return None  # "губернатор Брянской области Александр Богомаз": the person reads it
        last = index + 1
        region = None
        linked = last
        while linked < sentence.last and (
            self.doc.tokens[linked].low in self.lex.words.role_links
            or (linked > last and self.doc.tokens[linked].info.pos == "ADJF")
        ):
            linked += 1  # "the governor of the Belgorod region", "of the southern region of"
        if (office := cb.office_place(self.doc, self.lex, sentence, last, places)) is not None:
            linked = office  # the place right after the role word or its office ("администрации")
        after = place_starting(places, linked, self.doc, sentence)
        before = place_ending(places, index) or (
            place_ending(places, index - 1)
            if index - 1 > sentence.first
            and self.doc.tokens[index - 1].low in self.lex.words.acting
            else None
        )
        if after is not None:
            region = region_code(after)
            last = after.last
            after.in_actor = True
        elif before is not None:
            region = region_code(before)
            before.in_actor = True
        elif token.lemma in self.lex.words.head_words and self._epithet(index + 1, sentence):
            region = self.lex.head_epithets[self.doc.tokens[index + 1].low]  # "глава Дона"
            last = index + 2
        elif token.lemma in self.lex.words.head_words:
            while linked < sentence.last and self.doc.tokens[linked].lemma not in (
                self.lex.words.head_of
            ) and (self.doc.tokens[linked].low in self.lex.words.role_links):
                linked += 1  # "the head of the regional military administration"
            if linked >= sentence.last or (
                self.doc.tokens[linked].lemma not in self.lex.words.head_of
            ):
                if not cb.head_alone(self.doc, self.lex, sentence, index):
                    return None
                linked = index  # "міський голова": the city's head (city_bodies.py)
            last = linked + 1
            while last < sentence.last and self.doc.tokens[last].lemma in self.lex.words.head_of:
                last += 1
            # "Черкащина була на тривозі. Про це інформує начальник ОВА": of the region before
            region = self._region_near(sentence, sentence.first, sentence.last, places) or (
                self.region_before
            )
        town = after or before  # "мэр Белгорода"
        mayor = town_mayor(self.lex, token.lemma, town.place if town else None, self.day,
                           named=town is after and after is not None)
        if mayor is not None:
            return ActorMention(index, last, mayor, role_word=token.lemma, region=region)
        if last < sentence.last and self.doc.tokens[last].lemma in self.lex.words.region_words:
            last += 1
        city = cb.city_role_word(self.doc, self.lex, sentence, index, min(sentence.last, last + 3))
        if city is not None and token.lemma not in self.lex.words.mayor_words:
            # "начальник Херсонської МВА", "міський голова": the city's head, not the region's
            return ActorMention(index, last, cb.city_speaker(region), role_word=city, region=region,
                                local=region is None)  # of the claim's place, where none named
        # A region both sides name a governor for: the claims decide whose (resolve/settle).
        sides = {a.side for a in actors().sided_heads(region)} if region else set()
        speaker = official_of(region, self.day) if region and len(sides) < 2 else None
        if token.info.numbers == frozenset({"plur"}):
            governors = actors()[self.lex.actor_ids.plural_role]
            speaker = Speaker(governors.name, governors.side, governors.kind)
        return ActorMention(
            index, last, speaker, role=speaker is None, role_word=token.lemma, region=region
        )

    def _epithet(self, index: int, sentence: Sentence) -> bool:
        """A region's nickname right after a head word ("глава Дона", "глава Кубани")."""
        return index < sentence.last and self.doc.tokens[index].low in self.lex.head_epithets

    def _administration(
        self, sentence: Sentence, index: int, places: list[PlaceRef]
    ) -> ActorMention | None:
        """A region's own body named by the region before it: "Харківська ОВА", "Запорізька
        обласна військова адміністрація". It speaks for its region, under the region's name."""
        token = self.doc.tokens[index]
        if token.lemma not in self.lex.words.administrations and token.low not in (
            self.lex.words.administrations
        ):
            return None
        probe = index
        while (
            probe > sentence.first
            and place_ending(places, probe) is None
            and self.doc.tokens[probe - 1].info.is_adjective
        ):
            probe -= 1  # "обласна військова"
        place = place_ending(places, probe)
        if place is None or place.place.kind != "region":
            return None
        city = cb.city_word(self.doc, self.lex, probe, index + 1)
        if city is not None:  # "Херсонська МВА": the city's body (city_bodies.py)
            return ActorMention(place.first, index + 1, cb.city_speaker(place.place.code),
                                role_word=city)
        place.in_actor = True
        body = actors()[self.lex.actor_ids.administration]
        name = f"{place.place.name} {body.name}"
        side = SIDE_OF_COUNTRY.get(place.place.country or "", body.side)
        speaker = Speaker(name, side, body.kind, place.place.code)
        return ActorMention(place.first, index + 1, speaker)

    def _region_near(
        self, sentence: Sentence, first: int, last: int, places: list[PlaceRef]
    ) -> str | None:
        for place in places:
            if first <= place.first < last + 4 and place.place.code.startswith(("RU-", "UA-")):
                return region_code(place)
        return None

    def _outlet(self, sentence: Sentence, index: int, near: list[PlaceRef]) -> ActorMention | None:
        token = self.doc.tokens[index]
        if not token.text[:1].isupper() or not may_name_outlet(
            self.doc, self.registry, self.lex.lang, index, sentence.last
        ):
            return None  # (most capitalised words)
        if any(p.first == index for p in near):
            return None  # "20 — в [Брянской](t.me/mash/…)": a place whose word links a post
        for size in (3, 2, 1):
            if index + size > sentence.last:
                continue
            name = self.doc.text[token.start : self.doc.tokens[index + size - 1].end]
            info = self.registry.lookup(name) or outlet_names(self.lex.lang).get(name)
            if info is None or info.kind != "outlet":
                continue
            kind = "outlet" if info.name == self.own.name else "media"
            return ActorMention(index, index + size, Speaker(info.name, info.side, kind))
        return None
