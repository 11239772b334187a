"""Weapons named once, without a count: "сбит БПЛА", "попадание ракеты" count one."""

from __future__ import annotations

from dataclasses import replace

from claimledger.extract.document.clean import starts_with_bullet
from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar import strikes
from claimledger.extract.grammar.counted import CountedRules
from claimledger.extract.grammar.draft import SHOT_DOWN_ONLY, WEAPON_ACTIONS, Draft, Facts
from claimledger.extract.grammar.relative import launch_after, relative_action, told_one
from claimledger.extract.mentions.further import shared_modifier
from claimledger.extract.mentions.models import noun_weapon
from claimledger.extract.mentions.types import ActionMention, WeaponPhrase
from claimledger.extract.numerals import word_value

# the cases in which two weapons joined share a verb: its object, its instrument, its subject
_JOINED_CASES = frozenset({"accs", "ablt", "nomn"})


class SingleRules(CountedRules):
    # -- single weapons -----------------------------------------------------------------------

    def _single(self, sentence: Sentence, facts: Facts, counted: list[Draft]) -> list[Draft]:
        drafts: list[Draft] = []
        used = {id(d.phrase) for d in counted if not self._counts_others(d)}
        for phrase in facts.phrases:
            if id(phrase) in used or any(q.weapon is phrase for q in facts.quantities):
                continue
            if phrase.weapon is None:
                continue
            if phrase.number != "sing" and told_one(self.doc, self.lex, phrase):
                phrase = replace(phrase, number="sing")  # "ракеты, которая была выпущена"
            quantity = self._all_count(phrase)
            if quantity is None and (phrase.number == "plur" or self._blocked_single(phrase)):
                continue
            action = self._single_action(facts, phrase, plural=quantity is not None)
            if action is None and quantity is None:
                joined = self._joined_to_count(facts, counted, phrase)
                if joined is not None:
                    drafts.append(joined)
                    continue
            header = self._listed_header(sentence, facts, phrase) if action is None else None
            if header is not None and quantity is None:
                drafts.append(self._listed_single(sentence, facts, phrase, header))
                used.update(id(p) for p in facts.phrases)  # one weapon an item
                continue
            if action is None or self._forecast(self._clause_of(facts, action.token), action.token):
                continue
            if phrase.first > action.token and self._troops_destroyed(facts, action):
                continue
            if self._carrier(action, phrase.last, phrase):
                continue  # "дрон сбросил взрывчатку": what drops is no weapon launched
            if self._of_debris(phrase) and not phrase.first <= action.token < phrase.last:
                continue  # "упала часть ракеты" (not "обломки сбитого дрона": it was downed)
            if (
                quantity is None
                and phrase.number is None
                and not self._agrees_as_subject(action)
                and not self._one_event(action, phrase)
                and not self._governed_one(action, phrase)
            ):
                continue  # "удара БПЛА": one drone or several, the text does not say
            if (
                self.doc.tokens[action.token].info.is_noun
                and not self._has_place(facts)
                and not self._caused_by(action)
                and not self._told_of(action)
                and not any(d.action_token == action.token for d in counted)
            ):
                continue  # "Атака баллистической ракетой" with no place: a topic, not a report
                # ("влучання балістичної ракети та 4 БпЛА": a count of the noun reports it)
            if action.action in ("launched", "hit") and self._ground_target(facts, action):
                continue
            if phrase.weapon in SHOT_DOWN_ONLY and (
                self.doc.tokens[action.token].lemma not in self.lex.words.shot_down
            ):
                continue
            name = strikes.governed_action(
                self.doc, self.lex, action, phrase, counted=quantity is not None
            )
            first = min(phrase.first, action.first)
            last = max(phrase.last, action.last)
            draft = Draft(
                action=name,
                quantity=quantity if quantity is not None else 1,
                qualifier="exact",
                weapon=phrase.weapon,
                model=phrase.model,
                sentence=sentence,
                first=first,
                last=last,
                action_token=action.token,
                phrase=phrase,
                side=phrase.side,
                hostile=phrase.hostile,
            )
            item = self._item_of(facts, phrase.head)
            draft.places = [
                p for p in facts.places if not p.in_actor and item[0] <= p.first < item[1]
            ]
            drafts.append(draft)
        return drafts

    def _counts_others(self, draft: Draft) -> bool:
        """ "первый дрон упал на заводе, два других — в промзоне": a count of the others takes
        the weapon named once before it, which stays one of its own."""
        if draft.number is None or draft.phrase is None or draft.phrase.number != "sing":
            return False
        first = draft.number[0]
        if draft.phrase.last > first:
            return False
        tokens = self.doc.tokens
        near = [tokens[i] for i in (first - 1, first + 1) if 0 <= i < len(tokens)]
        return any(t.lemma in self.lex.words.other_ones or t.low in self.lex.words.other_ones
                   for t in near)

    def _caused_by(self, action: ActionMention) -> bool:
        """ "через падіння дрона є займання", "в результате атаки дрона погибла женщина": an
        impact or an attack named as the cause of what followed is an event that happened, not
        a topic."""
        return (
            action.action in ("hit", "launched")
            and action.token > 0
            and self.doc.tokens[action.token - 1].low in self.lex.words.cause_words
        )

    def _joined_to_count(
        self, facts: Facts, counted: list[Draft], phrase: WeaponPhrase
    ) -> Draft | None:
        """ "атакувала 128 дронами та ракетою": a weapon in the singular joined to a count of
        another weapon shares its action, one of it."""
        tokens = self.doc.tokens
        if phrase.number != "sing" or phrase.first < 2:
            return None
        if tokens[phrase.first - 1].low not in self.lex.words.and_words:
            return self._joined_before_count(counted, phrase, facts.phrases)
        before = next(
            (
                d
                for d in counted
                if d.phrase is not None
                and d.phrase.last == phrase.first - 1
                and d.phrase.weapon != phrase.weapon
                and d.action in WEAPON_ACTIONS
                and d.quantity > 1
            ),
            None,
        )
        if before is None:
            return None
        draft = replace(
            before, quantity=1, qualifier="exact", weapon=phrase.weapon, model=phrase.model,
            first=phrase.first, last=phrase.last, number=None, phrase=phrase, side=phrase.side,
            hostile=phrase.hostile, places=list(before.places), location_refs=[],
            part_of=None,
        )
        return draft

    def _listed_header(
        self, sentence: Sentence, facts: Facts, phrase: WeaponPhrase
    ) -> tuple[str, int] | None:
        """The header's action for the first weapon of a list item with no count of its own."""
        if any(not q.other for q in facts.quantities) or phrase is not facts.phrases[0]:
            return None
        words = [t for t in self.doc.sentence_tokens(sentence) if t.is_word]
        if all(phrase.first <= t.index < phrase.last for t in words):
            return self._header_action(sentence, sentence.first)  # "fpv-дрон;" on its own line
        return self._header_action(sentence, self._item_start(sentence))

    def _item_start(self, sentence: Sentence) -> int:
        """The first word of a line that opens with a list mark ("- БПЛА", "▪️БпЛА": a bullet the
        cleaning blanked); the sentence's end otherwise."""
        tokens = self.doc.sentence_tokens(sentence)
        line = self.doc.text[self.doc.text.rfind("\n", 0, sentence.start) + 1 : sentence.end]
        if (tokens[0].is_word or tokens[0].is_digits) and not starts_with_bullet(line):
            return sentence.last
        return next((t.index for t in tokens if t.is_word), sentence.last)

    def _listed_single(
        self, sentence: Sentence, facts: Facts, phrase: WeaponPhrase, header: tuple[str, int]
    ) -> Draft:
        """An item of a list under its header that names a weapon without a count ("- штурмовик
        Су-25", "- літак ДРЛВ А-50" under "ЗНИЩЕНО:"): one of it, of the model its item names."""
        counts = [q.first for q in facts.quantities if not q.other]
        model = phrase.model or next(
            (p.model for p in facts.phrases if p.model and p.weapon == phrase.weapon), None
        )
        return Draft(
            action=header[0],
            quantity=1,
            qualifier="exact",
            weapon=phrase.weapon,
            model=model,
            sentence=sentence,
            first=phrase.first,
            last=self._item_end(sentence, phrase.first, counts),
            action_token=header[1],
            phrase=phrase,
            side=phrase.side,
            hostile=phrase.hostile,
            listed=True,
        )
    def _object_of(self, action: ActionMention, phrase: WeaponPhrase) -> bool:
        """Only articles, adjectives and numbers between a verb and the phrase after it."""
        between = self.doc.tokens[action.last : phrase.first]
        return action.last <= phrase.first and all(
            t.info.pos in ("DET", "ADJF", "NUMR") or not t.is_word for t in between
        ) and not any(t.text in self.lex.words.clause_breaks for t in between)

    def _repelled(self, actions: list[ActionMention], noun: ActionMention) -> ActionMention | None:
        """ "отразили атаку беспилотника": the attack was stopped, the drone intercepted."""
        for action in actions:
            if action.action == "intercepted" and 0 <= noun.first - action.last <= 1:
                return action
        return None

    def _ground_target(self, facts: Facts, action: ActionMention) -> bool:
        clause = self._clause_of(facts, action.token)
        return any(
            self.doc.tokens[i].lemma in self.lex.words.ground_targets for i in range(*clause)
        )

    def _object(self, phrase: WeaponPhrase) -> bool:
        """One weapon as the object or the instrument of a verb ("збили ворожий безпілотник",
        "атакували безпілотником громаду"): its own form says it is one."""
        head = self.doc.tokens[phrase.head]
        if noun_weapon(head.lemma, self.lex.lang) is None and head.lemma not in (
            self.lex.compound_heads
        ):
            # a model named alone ("применили «Орешник»") says no number; a compound's head
            # does ("сбили беспилотный летательный аппарат"), and so do the singular adjectives
            # in the accusative a model agrees with ("збили російський Су-34")
            return phrase.number == "sing" and any(
                "accs" in t.info.all_grams for t in self.doc.tokens[phrase.first : phrase.head]
            )
        return phrase.number == "sing" and bool({"accs", "ablt"} & head.info.all_grams)

    def _one_event(self, action: ActionMention, phrase: WeaponPhrase) -> bool:
        """ "из-за падения БПЛА", "после попадания БПЛА": one impact named in the singular, right
        before an abbreviation that has no number of its own, is one weapon's ("удара БПЛА", an
        attack, still says no number)."""
        token = self.doc.tokens[action.token]
        return (
            action.action == "hit"
            and token.info.is_noun
            and token.lemma in self.lex.words.event_nouns
            and "sing" in token.info.grams
            and action.last == phrase.first
        )

    def _told_of(self, action: ActionMention) -> bool:
        """ "сообщила о перехвате ракеты", "повідомила про перехоплення": a speaker's report of
        the event, not a topic named alone."""
        tokens = self.doc.tokens
        return (
            action.token >= 2
            and tokens[action.token - 1].low in self.lex.words.about_words
            and tokens[action.token - 2].lemma in self.lex.words.speech_verbs
        )

    def _governed_one(self, action: ActionMention, phrase: WeaponPhrase) -> bool:
        """ "сообщила о перехвате ракеты", "про запуск ракети": an event noun a speaker tells of
        governs the genitive, and a head whose genitive is singular only is one weapon (its
        plural is "ракет"); a caption's "кадры пуска ракеты" on exercises tells of none."""
        token = self.doc.tokens[action.token]
        return (
            self._told_of(action)
            and token.info.is_noun
            and token.lemma in self.lex.words.event_nouns
            and action.last == phrase.first
            and self.doc.tokens[phrase.head].info.gent_numbers == frozenset({"sing"})
        )

    def _used_from(self, phrase: WeaponPhrase) -> bool:
        """ "атакували з дрона": one weapon the attack was made from."""
        index = phrase.first - 1
        return (
            index > 0
            and self.doc.tokens[index].low in self.lex.words.from_words
            and self._dropped_from(index)
        )

    def _dropped_from(self, index: int) -> bool:
        """ "атакували з дрона зупинку", "скинули вибухівку з дрона": a weapon in the singular
        right after "з" that no count or pronoun stands before ("один з дронів" is a part)."""
        tokens = self.doc.tokens
        phrase_head = tokens[index + 1] if index + 1 < len(tokens) else None
        before = tokens[index - 1] if index > 0 else None
        return (
            phrase_head is not None
            and "sing" in phrase_head.info.numbers
            and "plur" not in phrase_head.info.numbers
            and "gent" in phrase_head.info.all_grams
            and not (
                before is not None
                and (before.is_digits or word_value(before.lemma, self.lex.lang) is not None)
            )
        )

    def _joined_before_count(
        self, counted: list[Draft], phrase: WeaponPhrase, phrases: list[WeaponPhrase]
    ) -> Draft | None:
        """ "сбиты управляемая авиабомба JDAM, четыре снаряда HIMARS и 143 БПЛА": a weapon in
        the singular listed right before a count of another weapon, after a plural verb they
        share, is one of it; so is each of several listed so ("баллистическая ракета,
        аэробаллистическая ракета «Кинжал» и семь крылатых ракет")."""
        after = self._past_model(phrase.last)
        while after < len(self.doc.tokens) and self.doc.tokens[after].text == ",":
            listed = next((p for p in phrases if p.first == after + 1 and p.number == "sing"), None)
            if listed is None:
                break
            after = self._past_model(listed.last)
        if after >= len(self.doc.tokens) or not (
            self.doc.tokens[after].low in self.lex.words.and_words
            or self.doc.tokens[after].text == ","
        ):
            return None
        following = next(
            (
                d
                for d in counted
                if d.number is not None
                and d.number[0] == after + 1
                and d.phrase is not None
                and d.phrase.weapon != phrase.weapon
                and d.action in WEAPON_ACTIONS
                and d.action_token is not None
                and d.action_token < phrase.first
                and self.doc.tokens[d.action_token].info.pos in ("PRTS", "VERB")
            ),
            None,
        )
        if following is None:
            return None
        return replace(
            following, quantity=1, qualifier="exact", weapon=phrase.weapon, model=phrase.model,
            first=phrase.first, last=phrase.last, number=None, phrase=phrase, side=phrase.side,
            hostile=phrase.hostile, places=list(following.places), location_refs=[],
            part_of=None,
        )

    def _of_debris(self, phrase: WeaponPhrase) -> bool:
        """ "упала часть ракеты", "упал фрагмент дрона": the verb's subject is the piece, the
        weapon named after it in the genitive is only whose it was."""
        return (
            phrase.first > 0
            and self.doc.tokens[phrase.first - 1].lemma in self.lex.words.debris
            and "gent" in self.doc.tokens[phrase.head].info.all_grams
        )

    def _past_model(self, after: int) -> int:
        """Past a Latin model name a phrase left out ("авиабомба JDAM")."""
        end = min(len(self.doc.tokens), after + 2)
        while (
            after < end
            and self.doc.tokens[after].text.isascii()
            and self.doc.tokens[after].text[:1].isalpha()
        ):
            after += 1
        return after

    def _agrees_as_subject(self, action: ActionMention) -> bool:
        """A singular passive or intransitive verb: its weapon is its one subject."""
        token = self.doc.tokens[action.token]
        if action.number != "sing":
            return False
        return token.info.pos == "PRTS" or "intr" in token.info.grams

    def _all_count(self, phrase: WeaponPhrase) -> int | None:
        """As many as were counted before: "Все беспилотники были уничтожены"."""
        if (
            phrase.first == 0
            or self.doc.tokens[phrase.first - 1].low not in self.lex.words.all_words
        ):
            return None
        if phrase.weapon is None:
            return None
        return self.last_counts.get(phrase.weapon)

    def _blocked_single(self, phrase: WeaponPhrase) -> bool:
        if shared_modifier(self.doc, self.lex, phrase):
            return True  # "a drone and missile barrage": no one drone
        for index in range(max(0, phrase.first - 2), max(phrase.first, phrase.head)):
            token = self.doc.tokens[index]
            if index >= phrase.first and token.lemma not in self.lex.words.single_blockers:
                continue  # inside the phrase, only a blocker ("several Shahed groups") counts
            if (
                token.lemma in self.lex.words.single_blockers
                or (token.low in self.lex.words.from_words and not self._dropped_from(index))
                or token.low in self.lex.words.neither
            ):
                return True
        after = self.doc.tokens[phrase.last] if phrase.last < len(self.doc.tokens) else None
        return after is not None and after.low in self.lex.words.type_words and phrase.model is None

    def _single_action(
        self, facts: Facts, phrase: WeaponPhrase, plural: bool
    ) -> ActionMention | None:
        weapon_actions = [a for a in facts.actions if a.action in WEAPON_ACTIONS and not a.weak]
        # A launch participle after the phrase ("ракета, выпущенная по Днепру, была ...") is its
        # action only where no other tells what befell it ("перехватила беспилотник, запущенный
        # из Ирака": the downing, not the launch): kept for the end.
        sent: ActionMention | None = None
        # A participle inside the phrase or right after it: "сбитого БПЛА", "беспилотнике, сбитом".
        for action in weapon_actions:
            token = self.doc.tokens[action.token]
            inside = phrase.first <= action.token < phrase.last
            right_after = (
                phrase.last <= action.token <= phrase.last + 1 and token.info.pos == "PRTF"
            )
            if not (inside or right_after):
                continue
            if right_after and sent is None and launch_after(self.doc, phrase, action):
                sent = action
            elif (token.info.pos in ("PRTF", "PRTS") or (inside and token.info.is_adjective)) and (
                action.action == "intercepted"
                # "упавший БПЛА вызвал пожар" (not "обломки упавшего БПЛА": pieces fell)
                or (inside and action.action == "hit" and not self._of_debris(phrase))
            ):
                return action
        return self._governing_action(facts, phrase, plural, weapon_actions) or sent

    def _governing_action(
        self,
        facts: Facts,
        phrase: WeaponPhrase,
        plural: bool,
        weapon_actions: list[ActionMention],
    ) -> ActionMention | None:
        """The action a relative clause, an event noun or a verb tells of the phrase."""
        relative = relative_action(self.doc, self.lex, phrase, weapon_actions)
        if relative is not None and phrase.number == "sing":
            return relative  # "ракета, которую Россия запустила по Днепру"
        # An action noun governing the phrase: "уничтожения [летевшего на Москву] украинского
        # БПЛА", "попадания беспилотника".
        for action in weapon_actions:
            token = self.doc.tokens[action.token]
            gap = phrase.first - action.last
            if (
                token.info.is_noun
                and token.lemma in self.lex.words.event_nouns
                and (
                    0 <= gap <= 1
                    or (0 <= gap <= 4 and self.doc.tokens[action.last].info.pos == "PRTF")
                )
                and not any(
                    t.lemma in self.lex.words.debris
                    for t in self.doc.tokens[action.last : phrase.first]
                )  # "падіння уламків БпЛА": the debris fell, not the drone
            ):
                repelled = self._repelled(weapon_actions, action)
                # "отражена атака БПЛА": an attack of how many the noun does not say
                return repelled if repelled and phrase.number == "sing" else action
        # A verb agreeing with it in its list item: "сбит БПЛА", "БПЛА врезался".
        item = self._item_of(facts, phrase.head)
        clause = self._clause_of(facts, phrase.head)
        for action in weapon_actions:
            token = self.doc.tokens[action.token]
            if token.info.is_noun:
                continue
            agrees = (
                action.number == "sing"
                or "neut" in token.info.grams
                or (plural and action.number == "plur")
                or self._object(phrase)
                or self._used_from(phrase)
                # a verb that shows no number ("intercepted the missile"): the noun's says one,
                # when it is the verb's object, right after it
                or (
                    action.number is None
                    and phrase.number == "sing"
                    and not plural
                    and self._object_of(action, phrase)
                )
            )
            if item[0] <= action.token < item[1] and agrees and token.info.pos in ("VERB", "PRTS"):
                return action
            if clause[0] <= action.token < clause[1] and token.info.pos == "INFN":
                return action
        return self._joined_action(facts, phrase, plural)

    def _joined_action(
        self, facts: Facts, phrase: WeaponPhrase, plural: bool
    ) -> ActionMention | None:
        """ "атаковал баллистической ракетой и ударным дроном", "збили крилату ракету і
        ударний дрон": a weapon joined by "и" to the one right before it, in the same case,
        is that one's verb's too (its list item starts after the "и")."""
        before = phrase.first - 1
        if before < 1 or self.doc.tokens[before].low not in self.lex.words.and_words:
            return None
        earlier = next((p for p in facts.phrases if p.last == before and p.weapon), None)
        if earlier is None:
            return None
        tokens = self.doc.tokens
        shared = tokens[earlier.head].info.all_grams & tokens[phrase.head].info.all_grams
        if not shared & _JOINED_CASES:
            return None
        return self._single_action(facts, earlier, plural)
