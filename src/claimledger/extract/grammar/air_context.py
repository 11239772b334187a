"""Whether a sentence speaks of the air war: a weapon or air attack named in it or near it,
debris falling, an attack named before ("после атаки беспилотников"). Casualties count only
there: people killed or injured with no air war in sight are another story."""

from __future__ import annotations

from itertools import pairwise

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar.draft import CASUALTY_ACTIONS, SHOT_DOWN_ONLY, Facts
from claimledger.extract.grammar.lists import ListRules
from claimledger.extract.lexicon.roles import holds_any
from claimledger.extract.mentions.models import abbreviation_weapon, noun_weapon

_DEBRIS_REACH = 4  # "debris from a downed Russian drone"


class AirContextRules(ListRules):
    def _air_context(self, facts: Facts, back: int, ahead: int) -> bool:
        """A weapon named in this sentence, or named with an action in one of the sentences
        before it (the lexicon's `air_context`): a grenade, a plane crash or drones a factory
        makes are no air attack."""
        if any(p.weapon not in SHOT_DOWN_ONLY for p in facts.phrases):
            return True
        here = self.doc.sentences[len(self.facts) - 1]
        if self._air_event(facts) or self._aircraft_strike(here):
            return True
        if self._tells_other_blow(here):
            return False  # "Один человек погиб из-за стрельбы": the victims' own cause is told
        first = max(0, len(self.facts) - 1 - back)
        reach = self.lex.named_attack_context
        if self._blames_attack(here):
            reach = max(reach, back)  # "в результате атаки пострадали пять человек": that attack
        for position in range(len(self.facts) - 2, first - 1, -1):  # the nearest first
            earlier = self.facts[position]
            armed = any(p.weapon not in SHOT_DOWN_ONLY for p in earlier.phrases)
            if armed and (any(not a.weak for a in earlier.actions) or self._debris(earlier)):
                return True
            if self._aircraft_strike(self.doc.sentences[position]):
                return True  # "Израильская авиация нанесла удары по Газе. ... Погибли 60 человек."
            if self._weapon_debris(self.doc.sentences[position]):
                return True
            named = len(self.facts) - 1 - position <= reach
            if named and self._names_air_attack(earlier):
                return True  # "...унаслідок ракетного удару по Кривому Рогу ... Загинули 5 людей."
            if self._tells_other_blow(self.doc.sentences[position]):
                return False  # "... неизвестные расстреляли людей": the nearer story
        return self._air_war_ahead(ahead)

    def _aircraft_strike(self, sentence: Sentence) -> bool:
        """ "Российская авиация нанесла удар по Алеппо", "ударов израильской авиации", "Israeli
        warplanes struck Gaza": planes that strike are an air attack, as a weapon with an action
        is. The planes strike where named before the strike word, or as its agent right after
        a strike noun (adjectives or "by" between); not planes struck ("боевики атаковали
        вертолет", "an attack on the helicopter"), nor a plane alone (crashed, landed, downed),
        nor a strike on troops. Read once per sentence: every casualty count after it asks."""
        found = self.aircraft_strikes.get(sentence.index)
        if found is None:
            found = self.aircraft_strikes[sentence.index] = self._planes_strike(sentence)
        return found

    def _planes_strike(self, sentence: Sentence) -> bool:
        words = self.lex.words
        tokens = self.doc.sentence_tokens(sentence)
        if any(t.lemma in words.ground_targets for t in tokens) or any(
            word.action == "intercepted"
            for word in (self.lex.actions.get(t.lemma) for t in tokens)
            if word is not None
        ):
            return False
        planes = [i for i, t in enumerate(tokens) if t.lemma in words.aviation_words]
        for at, token in enumerate(tokens):
            if token.lemma not in words.aircraft_strikes:
                continue
            if any(i < at for i in planes):
                return True  # "авиация нанесла удар", "warplanes struck"
            if token.info.is_noun and any(
                all(t.info.is_adjective or t.low in words.agent_preps for t in tokens[at + 1 : i])
                for i in planes
                if at < i <= at + 3
            ):
                return True  # "ударов израильской авиации", "strikes by Israeli aircraft"
        return False

    def _blames_attack(self, sentence: Sentence) -> bool:
        """ "В результате атаки пострадали пять человек", "внаслідок нічної атаки поранено двох":
        victims put down to an attack by a cause word before its noun (an adjective may stand
        between) are of the attack the report named before, as far back as a weapon reaches."""
        tokens = self.doc.sentence_tokens(sentence)
        causes, strikes = self.lex.words.cause_words, self.lex.words.strike_nouns
        return any(
            token.lemma in strikes
            and any(t.low in causes for t in tokens[max(0, at - 2) : at])
            for at, token in enumerate(tokens)
        )

    def _day_toll(self, sentence: Sentence, facts: Facts) -> bool:
        """ "Russian attacks killed three people and injured 12 ... over the past day": victims
        of a day, told with no weapon, are a day's toll of shelling and strikes together, not
        of an air attack (ANNOTATION.md: casualties of an aerial attack only)."""
        spans = self.lex.sequences.day_spans
        tokens = self.doc.sentence_tokens(sentence)
        air = self.lex.words.air_event_words | self.lex.words.air_adjectives
        if facts.phrases or not spans or any(t.lemma in air or t.low in air for t in tokens):
            return False  # "Russian drone attacks killed two ... over the past day" are counted
        return holds_any(tuple(t.low for t in tokens), spans)

    def _denies_gunfire(self, facts: Facts) -> bool:
        """A denial whose nearest story in its paragraph is gunfire with no air weapon ("...
        fired by heavy artillery. No one was injured."): nobody hurt by the shelling, not by the
        air attack told before it. Denials only: counted victims keep their wider context (a
        rule for them broke the English blind floor, round 15)."""
        if facts.phrases:
            return False
        here = self.doc.sentences[len(self.facts) - 1]
        for position in range(len(self.facts) - 2, -1, -1):  # the nearest first
            there = self.doc.sentences[position]
            if there.paragraph != here.paragraph or self.facts[position].phrases:
                return False
            if self._fired(there):
                return True
        return False

    def _fired(self, sentence: Sentence) -> bool:
        """Gunfire named with no air adjective before it ("artillery", "артобстрел"; not
        "ракетний обстріл"): a sentence of shelling, whose victims are not the air war's."""
        tokens = self.doc.sentence_tokens(sentence)
        fire = self.lex.words.ground_fire | self.lex.words.gun_words
        for position, token in enumerate(tokens):
            if token.lemma not in fire and token.low not in fire:
                continue
            before = tokens[position - 1] if position else None
            if before is None or before.lemma not in self.lex.words.air_adjectives:
                return True
        return False

    def _tells_other_blow(self, sentence: Sentence) -> bool:
        """A sentence naming violence of another kind (a shooting, a stabbing, a car driven into
        people): victims counted in it or after it are its own, not those of an air attack told
        before it."""
        blows = self.lex.words.other_violence
        return any(token.lemma in blows for token in self.doc.sentence_tokens(sentence))

    def _casualty_context(self, sentence: Sentence, facts: Facts) -> bool:
        """Whether the victims of a sentence are of the air war: a weapon near it, or a tally
        of the air attack's victims that goes on."""
        lex = self.lex
        return self._air_context(facts, lex.air_context, lex.air_context_ahead) or (
            (
                self._victims_go_on(sentence)
                or self._more_victims(sentence)
                or self._toll_goes_on(sentence)
            )
            and not self._tells_other_blow(sentence)
        )

    def _toll_goes_on(self, sentence: Sentence) -> bool:
        """ "Later, Lysak said the death toll in Dnipro had risen to three": a toll named is the
        running tally of victims the report counted before of the air attack, in whatever
        paragraph (a long report's update stands apart)."""
        tolls = self.lex.words.toll_nouns
        if not any(t.lemma in tolls or t.low in tolls for t in self.doc.sentence_tokens(sentence)):
            return False
        return any(
            d.action in CASUALTY_ACTIONS and d.quantity > 0 and not d.history
            for drafts in self.drafts
            for d in drafts
        )

    def _more_victims(self, sentence: Sentence) -> bool:
        """ "Еще 14 человек пострадали", "Another seven people were injured": a sentence that
        opens by adding victims to those the report counted before of the air attack, however
        many sentences of other things stand between."""
        opening = [t for t in self.doc.sentence_tokens(sentence) if t.is_word][:2]
        if not any(t.low in self.lex.words.more_words for t in opening):
            return False
        if self.facts[-1].places:
            return False  # "Ещё двое погибли в Херсоне": another place, maybe another story
        return any(
            d.action in CASUALTY_ACTIONS and d.quantity > 0 and not d.history
            for drafts in self.drafts
            for d in drafts
        )

    def _victims_go_on(self, sentence: Sentence) -> bool:
        """ "Погибли 11 человек. Пострадавших больше 80.": the victims of the sentence just
        before, in the same paragraph, were counted as the air attack's; a tally that goes on
        counts the same attack's, however far back the attack was named."""
        if len(self.drafts) != len(self.facts) - 1 or not self.drafts:
            return False
        earlier = [
            d
            for d in self.drafts[-1]
            if d.action in CASUALTY_ACTIONS and d.quantity > 0 and not d.history
        ]
        return any(d.sentence.paragraph == sentence.paragraph for d in earlier)

    def _weapon_debris(self, sentence: Sentence) -> bool:
        """ "Drone debris damaged a warehouse": a weapon noun before its debris, where nouns
        modify the noun after them (no weapon phrase is read there)."""
        if not self.lex.noun_adjuncts:
            return False
        tokens = self.doc.sentence_tokens(sentence)
        return any(
            b.lemma in self.lex.words.debris and noun_weapon(a.lemma, self.lex.lang) is not None
            for a, b in pairwise(tokens)
        )

    def _air_war_ahead(self, ahead: int) -> bool:
        """A headline or a first paragraph of victims before the attack is named: a weapon with
        an action in the sentences after it (the lexicon's `air_context_ahead`)."""
        if not ahead:
            return False
        index = len(self.facts) - 1
        sentences = self.doc.sentences[index + 1 : index + 1 + ahead]
        armed = acting = False
        for sentence in sentences:  # "За добу по регіону вдарили:" over "- чотири БпЛА"
            words = self.air_words.get(sentence.index)
            if words is None:
                words = self.air_words[sentence.index] = self._air_words(sentence)
            armed = armed or words[0]
            acting = acting or words[1]
        return armed and acting

    def _air_words(self, sentence: Sentence) -> tuple[bool, bool]:
        """Whether a sentence names a weapon that attacks, and an action that is not weak."""
        lexicon_actions = self.lex.actions
        armed = acting = False
        for token in self.doc.sentence_tokens(sentence):
            kind = noun_weapon(token.lemma, self.lex.lang) or abbreviation_weapon(
                token.text, self.lex.lang
            )
            armed = armed or (kind is not None and kind not in SHOT_DOWN_ONLY)
            word = lexicon_actions.get(token.lemma)
            acting = acting or (word is not None and not word.weak)
        return armed, acting

    def _debris_of_other(self, facts: Facts, index: int) -> bool:
        """ "Debris from the collapsed building": pieces of something that is no weapon."""
        tokens = self.doc.tokens
        return (
            tokens[index].lemma in self.lex.words.debris
            and index + 1 < len(tokens)
            and tokens[index + 1].low in self.lex.words.origin_preps | self.lex.words.from_words
            and not any(index < p.first <= index + _DEBRIS_REACH for p in facts.phrases)
        )

    def _debris(self, facts: Facts) -> bool:
        """ "падіння уламків крилатих ракет": pieces of a weapon fell, an air attack."""
        return any(
            self.doc.tokens[i].lemma in self.lex.words.debris
            for p in facts.phrases
            for i in range(max(0, p.first - 2), p.first)
        )

    def _air_event(self, facts: Facts) -> bool:
        """ "при ракетной атаке", "ракетный удар", "авиаудар": an air attack named without a
        weapon noun."""
        if not facts.actions:
            return False
        tokens = self.doc.tokens
        first = tokens[facts.actions[0].token].sentence
        sentence = self.doc.sentences[first]
        for index in range(sentence.first, sentence.last):
            token = tokens[index]
            if token.lemma in self.lex.words.air_event_words and not self._debris_of_other(
                facts, index
            ):
                return True
            if self._debris_falling(index, sentence.first, sentence.last):
                return True  # "внаслідок падіння уламків поранено 2 людей"
            if (
                token.lemma in self.lex.words.strike_nouns
                and token.info.is_noun
                and self._has_place(facts)
                and not self._other_blow(index, sentence)
                and not any(
                    t.lemma in self.lex.words.ground_targets
                    for t in self.doc.sentence_tokens(sentence)
                )
            ):
                return True  # "удару по Сумах": a strike on a place, not on troops
            following = tokens[index + 1] if index + 1 < sentence.last else None
            if (
                token.lemma in self.lex.words.air_adjectives
                and following is not None
                and (
                    following.lemma in self.lex.words.strike_nouns
                    or following.lemma in self.lex.words.shelling
                )
            ):
                return True
        return False

    def _other_blow(self, index: int, sentence: Sentence) -> bool:
        """ "удар молнии", "террористическая атака", "a knife attack": a strike or an attack
        that a word next to it says is no air attack."""
        near = range(max(sentence.first, index - 1), min(sentence.last, index + 2))
        return any(self.doc.tokens[i].lemma in self.lex.words.other_blows for i in near)

    def _debris_falling(self, index: int, first: int, last: int) -> bool:
        """Debris named with its fall, right before or after it ("падіння уламків", "уламки
        впали"): pieces of what air defence downed."""
        tokens = self.doc.tokens
        if tokens[index].lemma not in self.lex.words.debris:
            return False
        falls = self.lex.words.debris_falls
        return (index > first and tokens[index - 1].lemma in falls) or (
            index + 1 < last and tokens[index + 1].lemma in falls
        )

    def _after_named_attack(self, facts: Facts) -> bool:
        """A denial after an air attack named by its adjective ("нічна атака") just before."""
        return len(self.facts) > 1 and self._named_air_attack(self.facts[-2], facts)

    def _named_air_attack(self, earlier: Facts, facts: Facts) -> bool:
        """ "нічна атака", "ракетний удар" in an earlier sentence of the same paragraph."""
        if not earlier.actions or not facts.actions:
            return False
        tokens = self.doc.tokens
        here = self.doc.sentences[tokens[facts.actions[0].token].sentence]
        there = self.doc.sentences[tokens[earlier.actions[0].token].sentence]
        return here.paragraph == there.paragraph and self._names_air_attack(earlier)

    def _names_air_attack(self, earlier: Facts) -> bool:
        """ "ракетний удар", "авіаудар" named in an earlier sentence with an action; not a bare
        "атака по Одесі", which may be of guns."""
        if not earlier.actions:
            return False
        there = self.doc.sentences[self.doc.tokens[earlier.actions[0].token].sentence]
        span = range(there.first, there.last)
        if any(self._debris_falling(i, there.first, there.last) for i in span):
            return True  # "Після роботи ППО уламки впали на подвір'я. Травмованих немає."
        words = self.doc.sentence_tokens(there)
        return any(
            token.lemma in self.lex.words.air_event_words
            or (
                token.lemma in self.lex.words.air_adjectives
                and following.lemma in self.lex.words.strike_nouns
            )
            for token, following in pairwise(words)
        )
