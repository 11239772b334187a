"""Counted weapons: each count with its action, weapon and list item."""

from __future__ import annotations

from dataclasses import replace

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar.count_action import CountActionRules
from claimledger.extract.grammar.draft import (
    CASUALTY_ACTIONS,
    SHOT_DOWN_ONLY,
    WEAPON_ACTIONS,
    Draft,
    Facts,
)
from claimledger.extract.mentions.numbers import grown_at
from claimledger.extract.mentions.types import PlaceRef, Quantity, WeaponPhrase
from claimledger.extract.mentions.zero import none_kept
from claimledger.model import MISSILE_KINDS

# How many sentences back a bare count looks for its weapon.
_CONTEXT_SENTENCES = 2
# How many words before "ещё N" a verb of adding may stand.
_ADDED_REACH = 4


_AREA_REACH = 6  # words from a bare count to the area noun of its place ("in the X highway area")


class CountedRules(CountActionRules):
    # -- counted weapons ----------------------------------------------------------------------

    def _counted(self, sentence: Sentence, facts: Facts) -> list[Draft]:
        drafts: list[Draft] = []
        previous: Draft | None = None
        previous_quantity: Quantity | None = None
        denials = self._denial_spans(sentence)
        for quantity in facts.quantities:
            self._listed_weapon(sentence, facts, quantity)
            self._total_after(facts, quantity)
            if quantity.victims or quantity.other or self._denied(quantity, facts):
                continue
            if self._of_them(quantity) and self._after_victims(facts, quantity):
                continue  # "поранено 10 людей, шістьох із них госпіталізували": people
            if any(first <= quantity.number_first < last for first, last in denials):
                continue  # "No one was injured in the attack": nobody, no weapon
            casualty = [a for a in facts.actions if a.action in CASUALTY_ACTIONS]
            if quantity.elliptic and any(a.last == quantity.first for a in casualty):
                continue  # "injuring four": people
            if quantity.elliptic and (
                not (
                    self._list_item(facts, quantity)
                    or self._grown_count(sentence, facts, quantity)
                    or (
                        (previous is not None or self._counted_before())
                        and self._object_of_action(facts, quantity)
                    )
                    or self._fronted_weapon(facts, quantity)
                    # "найбільше — над Одещиною (15)": a place's share, in brackets after it
                    or quantity.number_first in self._bracketed(facts)
                    or (previous is not None and self._header_action(sentence, previous.first))
                    or self._attack_weapon(sentence, quantity) is not None
                )
                or self._after_other(facts, quantity, previous)
                or self._bare_victims(quantity, casualty)
            ):
                continue
            if previous is not None and self._trailing_whole(quantity, previous):
                drafts.append(self._whole_draft(previous, quantity.value, quantity))
                continue
            phrase = (
                quantity.weapon
                or self._inherited_phrase(sentence, facts, quantity, previous)
                or self._attack_weapon(sentence, quantity)
            )
            if phrase is None:
                continue
            if quantity.weapon is None and self._own_type(facts, quantity):
                phrase = replace(phrase, model=None)  # "та один не встановленого типу"
            action = self._count_action(sentence, facts, quantity, phrase, previous)
            if action is None:
                continue
            name, action_token = action
            if (
                name in ("launched", "hit")
                and phrase.weapon not in MISSILE_KINDS
                and self._at_ground_units(facts, quantity.first)
            ):
                continue  # "скинули 15 КАБів на позиції ЗСУ": the ground war (a missile strike
                # on an air-defence position stays an air-war claim)
            if (
                phrase.weapon in SHOT_DOWN_ONLY
                and (
                    action_token is None
                    or self.doc.tokens[action_token].lemma not in self.lex.words.shot_down
                )
                and (action_token is None or action_token >= sentence.first)
            ):
                continue  # an air-defence list's header covers aircraft as well
            qualifier = quantity.qualifier
            if (
                qualifier == "exact"
                and previous_quantity is not None
                and self._coordinated(previous_quantity, quantity)
            ):
                qualifier = previous_quantity.qualifier
            draft = Draft(
                action=name,
                quantity=quantity.value,
                qualifier=qualifier,
                weapon=phrase.weapon,
                model=phrase.model,
                sentence=sentence,
                first=quantity.first,
                last=max(quantity.last, quantity.number_first + 1),
                number=(
                    quantity.number_first,
                    quantity.last if quantity.weapon is None else quantity.number_first + 1,
                ),
                action_token=action_token,
                phrase=phrase,
                side=phrase.side,
                hostile=phrase.hostile,
            )
            if not any(start <= draft.first for start, _ in facts.speaker.later):
                self._known_model(draft)  # another clause's speaker: its missiles are its own
            self._evidence_with_action(draft, facts)
            if action_token is not None and action_token < sentence.first:
                # an item of a list under its header: the item is the evidence
                counts = [q.first for q in facts.quantities if not q.other]
                draft.first = quantity.first
                draft.last = self._item_end(sentence, quantity.first, counts)
                draft.listed = True
            claimed = {id(p) for d in drafts for p in d.places}
            if quantity.share and name != "launched":
                # "intercepted 90 percent of the 50 drones": 50 were launched, no part is told
                draft = replace(self._whole_draft(draft, quantity.value, quantity), part_of=None)
            drafts.extend(self._distribute(draft, quantity, facts, claimed))
            if quantity.whole is not None and name != "launched":
                drafts.append(self._whole_draft(draft, quantity.whole[0], quantity))
            previous = draft
            previous_quantity = quantity
        return drafts

    def _attack_weapon(self, sentence: Sentence, quantity: Quantity) -> WeaponPhrase | None:
        """ "Во время ракетной атаки на Киев зафиксировано пять попаданий": a count of hits with
        no weapon of its own takes the one the air attack's adjective in its sentence names
        (the lexicon's `missile_adjectives`, `drone_adjectives`), or in the sentence just before
        it in its paragraph ("Ворог завдав ракетного удару. Два прильоти – по об'єкту")."""
        tokens = self.doc.tokens
        if quantity.last >= sentence.last:
            return None
        head = tokens[quantity.last]
        event = self.lex.actions.get(head.lemma)
        if event is None or event.action != "hit" or not head.info.is_noun:
            return None
        before = self.doc.sentences[sentence.index - 1] if sentence.index else None
        first = sentence.first
        if before is not None and before.paragraph == sentence.paragraph:
            first = before.first
        words = self.lex.words
        for index in range(first, sentence.last - 1):
            token, following = tokens[index], tokens[index + 1]
            if following.lemma not in words.strike_nouns:
                continue
            weapon = (
                "missile"
                if token.lemma in words.missile_adjectives
                else "uav" if token.lemma in words.drone_adjectives else None
            )
            if weapon is not None:
                return WeaponPhrase(weapon, None, index, index + 2, index + 1, None)
        return None

    def _counted_before(self) -> bool:
        """A weapon counted in one of the sentences just before: "противник атакував 30
        дронами. Збито 20."."""
        earlier = self.drafts[max(0, len(self.drafts) - _CONTEXT_SENTENCES) :]
        return any(d.phrase is not None for drafts in earlier for d in drafts)

    def _listed_weapon(self, sentence: Sentence, facts: Facts, quantity: Quantity) -> None:
        """An item of a list under its header counts the weapon it names, whatever one word
        stands between ("- 6 удари БПЛА", "- 2 розвідувальни БПЛА": a transcription's typos)."""
        if quantity.weapon is not None or self._header_action(sentence, quantity.first) is None:
            return
        item_end = self._item_end(sentence, quantity.first, [])
        phrase = next(
            (p for p in facts.phrases if quantity.last <= p.first and p.head <= quantity.last + 3),
            None,
        )
        if phrase is not None and phrase.head >= item_end:
            phrase = None
        if phrase is not None and not quantity.victims:
            quantity.weapon, quantity.other, quantity.elliptic = phrase, False, False
            quantity.last = max(quantity.last, phrase.last)

    def _own_type(self, facts: Facts, quantity: Quantity) -> bool:
        """A bare count that names a type of its own ("один неустановленного типа"): the weapon
        of the count before it, not its model."""
        item = self._item_of(facts, quantity.number_first)
        return any(
            self.doc.tokens[i].low in self.lex.words.type_words
            for i in range(quantity.last, item[1])
        )

    def _known_model(self, draft: Draft) -> None:
        """Bare "ракеты" in a post that has named one missile model so far, and no weapon but
        missiles: that model ("ракети Х-101 та 30 БпЛА. Збито 3 ракети" leaves it open)."""
        if draft.weapon != "missile" or draft.model is not None:
            return
        if any(
            p.weapon not in MISSILE_KINDS for f in self.facts for p in f.phrases
        ) and not self._recounted(draft):
            return
        start = self.doc.tokens[draft.first].start
        named = {m.model for m in self.models if m.end <= start and m.model.weapon in MISSILE_KINDS}
        if len(named) == 1:
            model = named.pop()
            draft.weapon, draft.model = model.weapon, model.name

    def _recounted(self, draft: Draft) -> bool:
        """The bare missiles are as many as a launch of one missile model counted before: "three
        Kh-101 cruise missiles ... shot down 55 drones and all three missiles"."""
        return any(
            d.action == "launched" and d.model is not None and d.quantity == draft.quantity
            for drafts in self.drafts
            for d in drafts
            if d.weapon in MISSILE_KINDS
        )

    def _object_of_action(self, facts: Facts, quantity: Quantity) -> bool:
        """A bare number right after a verb, the weapon named in a count before it: "выпущено
        восемь ракет, а ПВО сбило всего две"."""
        clause = self._clause_of(facts, quantity.number_first)
        probe = quantity.first - 1
        while probe >= clause[0] and self.doc.tokens[probe].low in self.lex.words.object_particles:
            probe -= 1
        return probe >= clause[0] and any(
            a.first <= probe < a.last  # "shot down two more"
            and a.action in WEAPON_ACTIONS
            and self.doc.tokens[a.token].info.pos in ("VERB", "PRTS")
            for a in facts.actions
        )

    def _fronted_weapon(self, facts: Facts, quantity: Quantity) -> bool:
        """ "Беспилотников сбито 12", "ракет выпущено пять": the weapon in the genitive plural
        put before the verb, its bare count after it."""
        if not self._object_of_action(facts, quantity):
            return False
        clause = self._clause_of(facts, quantity.number_first)
        tokens = self.doc.tokens
        for phrase in facts.phrases:
            head = tokens[phrase.head]
            between = tokens[phrase.last : quantity.first]
            if (
                clause[0] <= phrase.first
                and phrase.last < quantity.first
                and phrase.number == "plur"
                and "gent" in head.info.grams
                and all(t.info.pos in ("VERB", "PRTS") or t.low in self.lex.words.be_forms
                        or t.low in self.lex.words.object_particles for t in between)
            ):
                return True
        return False

    def _trailing_whole(self, quantity: Quantity, previous: Draft) -> bool:
        """ "о пяти сбитых ракетах ... из шести": a bare "из M" after a count names its whole."""
        first = quantity.first
        return (
            quantity.elliptic
            and first > previous.first
            and self.doc.tokens[first - 1].low in self.lex.words.from_words
            and previous.action != "launched"
            and quantity.value > previous.quantity
        )

    def _whole_draft(self, part: Draft, value: int, quantity: Quantity) -> Draft:
        """The whole of "5 из 6": that many were launched, of which the part was shot down."""
        if quantity.whole is not None:
            number = (quantity.whole[1], quantity.whole[2])
        else:
            number = (quantity.number_first, quantity.last)
        return replace(
            part,
            action="launched",
            quantity=value,
            qualifier="exact",
            first=min(part.first, number[0]),
            last=max(part.last, number[1]),
            number=number,
            action_token=None,
            places=list(part.places),
            part_of=part,
        )

    def _denied(self, quantity: Quantity, facts: Facts) -> bool:
        """ "ни об одной ракете": no such weapon; "не было сбито ни одного" is a count of none
        where its own downing is denied (mentions/zero.py)."""
        if quantity.value == 0:
            return not none_kept(self.doc, self.lex, quantity.number_first, facts.actions)
        start = max(0, quantity.first - 2)
        return any(
            self.doc.tokens[i].low in self.lex.words.neither for i in range(start, quantity.first)
        )

    def _grown_count(self, sentence: Sentence, facts: Facts, quantity: Quantity) -> bool:
        """ "Число сбитых беспилотников возросло до 25", "the number of drones shot down rose to
        25": a running count that a growth verb reaches, of the weapon named before it."""
        clause = self._clause_of(facts, quantity.number_first)
        if any(  # "Кількість поранених унаслідок удару дронів зросла до 12": people
            a.action in CASUALTY_ACTIONS and clause[0] <= a.token < quantity.first
            for a in facts.actions
        ):
            return False
        return grown_at(self.doc, self.lex, sentence.first, quantity.first) and any(
            clause[0] <= p.first and p.last <= quantity.first for p in facts.phrases
        )

    def _list_item(self, facts: Facts, quantity: Quantity) -> bool:
        """Whether a bare number reads as an item of a list: "10 — над Ростовской", "над
        Калужской — семь", "29 уничтожены над ...", "одна достигла цели", "пять авиационных"."""
        tokens = self.doc.tokens
        before = tokens[quantity.first - 1] if quantity.first > 0 else None
        if (before is not None and before.low in self.lex.words.range_from) or self._range_end(
            quantity
        ):
            return False  # "от 30 до 50": a range, not a count
        after = tokens[quantity.last] if quantity.last < len(tokens) else None
        if after is not None and after.low in self.lex.words.from_words:
            return True  # "сбиты 40 из них", "две из которых взорвались"
        if before is not None and before.text in self.lex.words.dashes:
            return True  # "над Калужской — семь", "Курская область — 5 БПЛА"
        if self._added(quantity):
            return True  # "сообщал о двух сбитых дронах, теперь добавил к ним еще пять"
        item = self._item_of(facts, quantity.number_first)
        if any(
            self._adjoins(quantity, p)
            for p in facts.places
            if not p.in_actor and (item[0] <= p.first < item[1])
        ):
            return True  # "10 — над Ростовской областью", "один в Подмосковье"
        if after is not None and after.info.is_adjective and quantity.last < item[1]:
            return True  # "пять авиационных"
        if self._in_area(quantity, item):
            return True  # "and another in the Minsk highway area": an unnamed place's count
        return any(
            quantity.last <= a.token < item[1]
            and tokens[a.token].info.pos != "PRTF"
            and a.action in WEAPON_ACTIONS
            for a in facts.actions
        )  # "29 уничтожены над ...", "одна достигла цели"

    def _in_area(self, quantity: Quantity, item: tuple[int, int]) -> bool:
        """A preposition right after a bare count and an area noun a few words on ("and
        another in the Minsk highway area"): the count of a place no gazetteer names (not over
        a dash: "ещё один — в районе ..." cost a Russian fold-a match)."""
        tokens = self.doc.tokens
        probe = quantity.last
        if probe >= item[1] or tokens[probe].info.pos != "PREP":
            return False
        return any(
            t.lemma in self.lex.words.area_nouns
            for t in tokens[probe : min(item[1], probe + _AREA_REACH)]
        )

    def _added(self, quantity: Quantity) -> bool:
        """A bare "еще N" after a verb of adding: more of what was counted just before."""
        first = quantity.first
        words = self.doc.tokens[max(0, first - _ADDED_REACH) : first]
        return (
            bool(words)
            and words[-1].low in self.lex.words.more_words
            and any(t.lemma in self.lex.words.adding for t in words)
        )

    def _adjoins(self, quantity: Quantity, place: PlaceRef) -> bool:
        """Only prepositions, dashes and adjectives between a bare number and a place."""
        if place.first >= quantity.last:
            between = range(quantity.last, place.first)
        else:
            between = range(place.last, quantity.first)
        for index in between:
            token = self.doc.tokens[index]
            if (
                token.text in self.lex.words.dashes
                or token.info.pos in ("PREP", "ADJF", "DET")
                or token.low in self.lex.words.more_words
            ):
                continue
            if token.lemma in self.lex.words.area_nouns:
                continue
            return False
        return True

    def _after_other(self, facts: Facts, quantity: Quantity, previous: Draft | None) -> bool:
        """A bare number after a count of something else counts the same: "задержаны два
        авиарейса в Москву и один в Пермь"."""
        before = [q for q in facts.quantities if q.last <= quantity.first]
        if not before or not before[-1].other:
            return False
        clause = self._clause_of(facts, quantity.number_first)
        dashed = quantity.first > 0 and self.doc.tokens[quantity.first - 1].text in (
            self.lex.words.dashes
        )  # "пошкоджено два будинки, а в Дмитрівці — один"
        return (before[-1].first >= clause[0] or dashed) and (
            previous is None or previous.first < before[-1].first
        )

    def _range_end(self, quantity: Quantity) -> bool:
        first = quantity.number_first
        words = [t.low for t in self.doc.tokens[max(0, first - 3) : first]]
        return (
            len(words) >= 3
            and words[-1] in self.lex.words.range_to
            and words[-3] in self.lex.words.range_from
        )

    def _coordinated(self, before: Quantity, after: Quantity) -> bool:
        """A qualifier covers coordinated counts: "около 120 ракет и 90 дронов"."""
        between = [t.low for t in self.doc.tokens[before.last : after.first]]
        return len(between) == 1 and between[0] in self.lex.words.and_words

    def _after_victims(self, facts: Facts, quantity: Quantity) -> bool:
        """Whether the count before this one in its sentence counts people."""
        before = [q for q in facts.quantities if q.number_first < quantity.number_first]
        return bool(before) and before[-1].victims

    def _inherited_phrase(
        self, sentence: Sentence, facts: Facts, quantity: Quantity, previous: Draft | None
    ) -> WeaponPhrase | None:
        before = [p for p in facts.phrases if p.last <= quantity.first]
        if before and self._dashed_to(before[-1], quantity) and (
            previous is None or before[-1].first >= previous.last
        ):
            return before[-1]  # "ракет — 7, безпілотників — 21": each item names its own weapon
        if previous is not None and previous.phrase is not None:
            return previous.phrase
        if before:
            return before[-1]
        for back in range(
            len(self.facts) - 2, max(-1, len(self.facts) - 2 - _CONTEXT_SENTENCES), -1
        ):
            earlier = (
                [d for d in self.drafts[back] if d.phrase is not None]
                if back < len(self.drafts)
                else []
            )
            if earlier:
                return earlier[-1].phrase
            if self.facts[back].phrases and self._acted_on(self.facts[back]):
                return self.facts[back].phrases[-1]
        after = [p for p in facts.phrases if p.first >= quantity.last]
        if quantity.items and after:
            return after[0]
        return None

    def _acted_on(self, facts: Facts) -> bool:
        """A sentence whose weapon a bare count after it may take: one with a weapon action
        ("Противник атаковал дронами. Сбито 20."), not weapons named by the way ("Накрыты
        артиллерией и сбросами с дронов. Ещё 25 уничтожены": the 25 were soldiers)."""
        return any(a.action in WEAPON_ACTIONS and not a.weak for a in facts.actions)

    def _total_after(self, facts: Facts, quantity: Quantity) -> None:
        """A bare total in brackets or after a dash, right after an uncounted weapon: "атакував
        ударними БпЛА (всього 112)" counts the drones."""
        if quantity.weapon is not None or not quantity.elliptic:
            return
        marks = {"(", ":", *self.lex.words.dashes}
        for phrase in facts.phrases:
            between = self.doc.tokens[phrase.last : quantity.first]
            if (
                between
                and between[0].text in marks
                and all(
                    t.text in marks or t.low in self.lex.words.total_words for t in between
                )
                and not any(q.weapon is phrase for q in facts.quantities)
            ):
                quantity.weapon, quantity.elliptic = phrase, False
                return
