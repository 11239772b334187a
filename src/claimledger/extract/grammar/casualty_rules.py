"""People killed or injured: counted victims, one victim named, "пострадавших нет"."""

from __future__ import annotations

from claimledger.extract.document.tokens import Sentence, Token
from claimledger.extract.grammar import casualties
from claimledger.extract.grammar.casualty_parts import NOUN_CASES, CasualtyParts, raised_by
from claimledger.extract.grammar.coordinated import (
    agrees_with_first,
    counted_apart,
    subjectless,
    subset_part,
    victims_before,
    within_group,
    years_after,
)
from claimledger.extract.grammar.draft import CASUALTY_ACTIONS, Draft, Facts
from claimledger.extract.grammar.joined_victims import joined_victims, placed_victim
from claimledger.extract.mentions.numbers import chain_start, grown_at
from claimledger.extract.mentions.types import ActionMention, Quantity, WeaponPhrase

_ANIMATE_GENITIVE = frozenset({"gent", "anim", "masc"})


# Victims in tens of thousands are a war's losses, never one air attack's (the deadliest strikes
# count theirs in tens or hundreds), whatever weapon the text names beside them.
WAR_TOTAL = 10_000


class CasualtyRules(CasualtyParts):
    # -- casualties ---------------------------------------------------------------------------

    def _casualties(self, sentence: Sentence, facts: Facts) -> list[Draft]:
        if not self._zero_matches(sentence) and not any(
            a.action in CASUALTY_ACTIONS for a in facts.actions
        ):
            return []  # every draft below takes a casualty word or a denial
        counted = self._casualty_context(sentence, facts)
        if not counted and not (self._denial_context(facts) or self._after_named_attack(facts)):
            return []
        if self._ground_fire(sentence, facts) or self._day_toll(sentence, facts):
            return []
        drafts: list[Draft] = []
        grown: list[Draft] = []
        casualty = [a for a in facts.actions if a.action in CASUALTY_ACTIONS]
        denials = self._zero_matches(sentence)
        denied = [] if self._denies_gunfire(facts) else denials  # the shelling's, no claim
        if not counted:
            return self._denial_drafts(sentence, facts, denied)
        for quantity in facts.quantities:
            share = self._place_share(facts, quantity, casualty)
            raised = self._grown_total(facts, quantity, casualty)
            if not (
                quantity.victims
                or share is not None
                or self._bare_victims(quantity, casualty)
                or raised
            ):
                continue
            start = self.doc.tokens[quantity.first].start
            end = self.doc.tokens[quantity.last - 1].end
            if any(m.start < end and start < m.end for m in denials):
                continue  # "no one was hurt" counts nobody
            anchor = self._chain_first(quantity)
            action = share or self._casualty_action(facts, anchor, quantity.last, casualty)
            if action is None or (
                share is None and self._breakdown(facts, quantity, action, casualty)
            ):
                continue
            if self._among(action):
                continue  # "серед поранених — троє дітей": who the counted were, no count
            if quantity.value >= WAR_TOTAL:
                continue  # "на раненых приходится примерно 500 тысяч человек": a war's losses
            draft = self._casualty_draft(
                sentence, facts, action, quantity.value, quantity.qualifier, quantity.first,
                quantity.last,
            )
            drafts.append(draft)
            if raised:
                grown.append(draft)
        drafts.extend(self._single_victims(sentence, facts, casualty, drafts))
        drafts = [d for d in drafts if not any(raised_by(d, total) for total in grown)]
        drafts = [d for d in drafts if not self._cared_for_of(facts, d, drafts)]
        coordinated = self._coordinated_victims(sentence, facts, casualty, drafts)
        kept = [d for d in drafts if not any(within_group(d, c) for c in coordinated)]
        drafts = kept + coordinated
        drafts.extend(self._denial_drafts(sentence, facts, denied))
        return drafts

    def _ground_fire(self, sentence: Sentence, facts: Facts) -> bool:
        """A sentence of shelling that names no weapon ("знову обстрілювали громаду — немає
        жертв"): its victims, or their absence, are of the gunfire, not of the air war; a
        "ракетний обстріл" names its weapon by the adjective. (Not the sentences after it: a
        day's summary of shelling and drones lists its victims below.)"""
        return not facts.phrases and self._fired(sentence)

    def _denial_context(self, facts: Facts) -> bool:
        """An air attack within the lexicon's (wider) reach of a denial."""
        back, ahead = self.lex.denial_context, self.lex.denial_context_ahead
        if back < 0 and ahead < 0:
            return False
        back = self.lex.air_context if back < 0 else back
        ahead = self.lex.air_context_ahead if ahead < 0 else ahead
        return self._air_context(facts, back, ahead)

    def _denial_drafts(
        self, sentence: Sentence, facts: Facts, denials: list[casualties.ZeroMatch]
    ) -> list[Draft]:
        """killed 0 / injured 0 (and hit 0) of each denial in the sentence."""
        drafts: list[Draft] = []
        for match in denials:
            first = next(
                i
                for i in range(sentence.first, sentence.last)
                if self.doc.tokens[i].end > match.start
            )
            last = (
                max(
                    i
                    for i in range(sentence.first, sentence.last)
                    if self.doc.tokens[i].start < match.end
                )
                + 1
            )
            for name in [a for a in ("killed", "injured", "hit") if a in match.actions]:
                draft = Draft(name, 0, "exact", None, None, sentence, first, last)
                if name == "hit":  # "влучань не зафіксовано": no hits of the weapon spoken of
                    phrase = self._context_phrase()
                    if phrase is None:
                        continue
                    draft.weapon, draft.phrase = phrase.weapon, phrase
                item = self._item_of(facts, first)
                draft.places = [
                    p for p in facts.places if not p.in_actor and item[0] <= p.first < item[1]
                ]
                drafts.append(draft)
        return drafts

    def _context_phrase(self) -> WeaponPhrase | None:
        """The weapon spoken of last, in this sentence or the ones before."""
        for facts in reversed(self.facts):
            if facts.phrases:
                return facts.phrases[-1]
        return None
    def _denial_spans(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Token spans of a sentence's casualty denials ("no one was hurt")."""
        spans: list[tuple[int, int]] = []
        for match in self._zero_matches(sentence):
            inside = [
                i
                for i in range(sentence.first, sentence.last)
                if self.doc.tokens[i].end > match.start and self.doc.tokens[i].start < match.end
            ]
            if inside:
                spans.append((inside[0], inside[-1] + 1))
        return spans

    def _bare_victims(self, quantity: Quantity, casualty: list[ActionMention]) -> bool:
        """A bare number next to a casualty verb: "Один человек погиб и один ранен", "killing
        one person and injuring four"; or after the casualty noun and a dash, a tally's item:
        "загиблих — четверо, поранених — 17"."""
        if not quantity.elliptic:
            return False
        opens = self._past_more_words(quantity.first)
        return any(
            quantity.last <= a.token <= quantity.last + 1
            or a.last in (quantity.first, opens)
            or (a.last + 1 == quantity.first and self._tally_item(a))
            for a in casualty
        )

    def _past_more_words(self, first: int) -> int:
        """Where a count opens with the words that add it to those told before ("wounding
        another five", "поранено ще п'ятьох"): its count is the verb's all the same."""
        more = self.lex.words.more_words
        while first > 0 and self.doc.tokens[first - 1].low in more:
            first -= 1
        return first

    def _among(self, action: ActionMention) -> bool:
        return action.first > 0 and self.doc.tokens[action.first - 1].low in self.lex.words.among

    def _tally_item(self, action: ActionMention) -> bool:
        """ "поранених — 17": the casualty word, then a dash; not "серед поранених — 6 дітей",
        a part of those counted before."""
        tokens = self.doc.tokens
        return tokens[action.last].text in self.lex.words.dashes and not (
            action.first > 0 and tokens[action.first - 1].info.pos == "PREP"
        )

    def _breakdown(
        self,
        facts: Facts,
        quantity: Quantity,
        action: ActionMention,
        casualty: list[ActionMention],
    ) -> bool:
        """Who the victims counted before were: "пострадали пятеро — трое взрослых и двое
        детей", "14 человек, в том числе двое детей, пострадали"."""
        clause = self._clause_of(facts, quantity.number_first)
        for earlier in facts.quantities:
            if earlier is quantity or not earlier.victims or earlier.last > quantity.first:
                continue
            if earlier.first < clause[0]:
                continue
            between = self.doc.tokens[earlier.last : quantity.first]
            if not any(t.text in self.lex.words.dashes for t in between):
                continue
            own = self._casualty_action(facts, earlier.number_first, earlier.last, casualty)
            if own is not None and own.action == action.action:
                return True
        return subset_part(self.doc, self.lex, facts.items, quantity.first)

    def _grown_total(self, facts: Facts, quantity: Quantity, casualty: list[ActionMention]) -> bool:
        """A running total of victims: "число погибших возросло до 11", "кількість загиблих
        зросла до 11"."""
        first = self._chain_first(quantity)
        if first == quantity.number_first and (
            not quantity.elliptic or not grown_at(self.doc, self.lex, 0, quantity.first)
        ):
            return False  # (a chain's last figure is its total, counted noun or not)
        clause = self._clause_of(facts, first)
        return any(clause[0] <= a.token < first for a in casualty)

    def _chain_first(self, quantity: Quantity) -> int:
        """Where a grown count's casualty word is looked for: before the chain's first figure
        ("кількість постраждалих зросла до трьох, а згодом до п'яти"), else its own number."""
        first = chain_start(self.doc, self.lex, 0, quantity.first)
        return quantity.number_first if first == quantity.first else first

    def _casualty_draft(
        self,
        sentence: Sentence,
        facts: Facts,
        action: ActionMention,
        value: int,
        qualifier: str,
        first: int,
        last: int,
    ) -> Draft:
        draft = Draft(
            action.action,
            value,
            qualifier,
            None,
            None,
            sentence,
            min(first, action.first),
            max(last, action.last),
            number=(first, last),
            action_token=action.token,
        )
        item = self._item_of(facts, first)
        clause = self._clause_of(facts, first)
        usable = [p for p in facts.places if not p.in_actor]
        own = [p for p in usable if item[0] <= p.first < item[1]]
        if own:
            # "В Курской и Белгородской областях ... ранены пять человек", "attacks on the
            # Kharkiv and Sumy regions": the places joined to the item's own name the count too
            # (one number over several regions: the country)
            after = self.coordinated_after(max(own, key=lambda p: p.first), usable)
            own = self._coordinated_before(own, usable) + own + after
        draft.places = own or [p for p in usable if clause[0] <= p.first < clause[1]]
        return draft

    def _single_victims(
        self, sentence: Sentence, facts: Facts, casualty: list[ActionMention], counted: list[Draft]
    ) -> list[Draft]:
        """One person named: "погибла женщина", "Ребёнок погиб", "пострадал местный житель"."""
        drafts: list[Draft] = []
        taken = {d.action_token for d in counted}
        for index in range(sentence.first, sentence.last):
            token = self.doc.tokens[index]
            # "постраждав 24-річний чоловік": the form before all, whatever else it could be
            singular = (
                token.info.numbers == frozenset({"sing"})
                or {"sing", "nomn"} <= token.info.grams
                or ("sing" in token.info.numbers and self._body(index))  # "тело женщины"
            )
            if not singular or not self._victim_word(token):
                continue
            cases = token.info.grams & NOUN_CASES  # a language without cases says no case
            objects: list[ActionMention] = []
            if cases and "nomn" not in cases and not self._body(index):
                # an animate masculine's accusative is its genitive ("чоловіка")
                accusative = "accs" in token.info.all_grams or token.info.grams >= _ANIMATE_GENITIVE
                objects = self._taking_object(facts, index, casualty) if accusative else []
                if not objects:
                    continue
            if any(q.first <= index < q.last + 1 for q in facts.quantities):
                continue
            item = self._item_of(facts, index)
            near = [
                a
                for a in casualty
                if self._in_item(a, item)
                and a.token not in taken
                and (
                    self._singular(a)
                    or a in objects
                    or placed_victim(self.doc, self.lex, a, index, caseless=not cases)
                )
            ]
            if not near:
                continue
            if any(a.action == "killed" for a in near):
                # "A woman wounded in the attack has died", "Женщина, раненная при атаке,
                # скончалась": the wound describes her; she is counted dead
                near = [a for a in near if not self._describes(a, index)] or near
            action = min(near, key=lambda a: abs(a.token - index))
            if self._describes(action, index):
                action = self._died_later(action, item, casualty, taken) or action
            taken.add(action.token)
            drafts.append(
                self._casualty_draft(sentence, facts, action, 1, "exact", index, index + 1)
            )
        return drafts

    def _in_item(self, action: ActionMention, item: tuple[int, int]) -> bool:
        """A casualty word in the item, or a wound noun whose verb is ("водитель получил
        минно-взрывные и осколочные ранения": the joined adjectives break the item)."""
        if item[0] <= action.token < item[1]:
            return True
        taker = self._wound_taker(action)
        return taker is not None and item[0] <= taker.index < item[1]

    def _singular(self, action: ActionMention) -> bool:
        """A casualty word in the singular: a verb that agrees so, or a form the analyzer reads
        first as a noun ("постраждала": a victim, and "she was hurt")."""
        if action.number is not None:
            return action.number == "sing"
        taker = self._wound_taker(action)
        if taker is not None:
            return taker.info.numbers == frozenset({"sing"})
        return "sing" in self.doc.tokens[action.token].info.grams

    def _victim_word(self, token: Token) -> bool:
        """A person's noun, or a participle standing for one ("Пострадавший получил травму")."""
        if token.lemma in self.lex.words.single_victims:
            return token.info.is_noun
        return token.low in self.lex.words.single_victims and token.info.pos in ("PRTF", "ADJF")

    def _taking_object(
        self, facts: Facts, index: int, casualty: list[ActionMention]
    ) -> list[ActionMention]:
        """The verbs of the victim's item that take it as their object, in the accusative:
        impersonal ones ("поранено журналіста", "уламками поранило жінку"), those of an
        unnamed plural subject ("Мужчину с ранениями доставили в больницу") and transitive ones
        ("дрон ранил мужчину"), whose number is not the victim's."""
        item = self._item_of(facts, index)
        return [
            a
            for a in casualty
            if item[0] <= a.token < item[1]
            and (
                subjectless(self.doc.tokens[a.token])
                or (
                    self.doc.tokens[a.token].info.pos == "VERB"
                    and bool({"plur", "tran"} & self.doc.tokens[a.token].info.grams)
                )
            )
        ]

    def _body(self, index: int) -> bool:
        """ "тело женщины": a person named in the genitive after one body."""
        if index == 0:
            return False
        before = self.doc.tokens[index - 1]
        return before.lemma in self.lex.words.body_nouns and before.info.numbers == frozenset(
            {"sing"}
        )

    def _coordinated_victims(
        self, sentence: Sentence, facts: Facts, casualty: list[ActionMention], made: list[Draft]
    ) -> list[Draft]:
        """People named one by one after a verb in the plural: "постраждали 87-річний чоловік і
        85-річна жінка" (two), "постраждали 47-річний, 50-річний, 69-річний чоловіки і 65-річна
        жінка" (three men by their ages, and a woman)."""
        drafts: list[Draft] = []
        # a language whose nouns show no case names people around the verb (English)
        caseless = not any(t.info.grams & NOUN_CASES for t in self.doc.sentence_tokens(sentence))
        for action in casualty:
            before = victims_before(self.doc, self.lex, sentence.first, facts.quantities, action)
            if before is not None and not counted_apart(made, action, *before.span):
                group = (before.total, "exact", *before.span)
                drafts.append(self._casualty_draft(sentence, facts, action, *group))
                continue  # "A woman and two men were killed": the list before the verb
            if caseless:  # "killed a man and his son": named one by one after the verb
                drafts.extend(self._joined(sentence, facts, action, made))
                continue
            # a singular verb agrees with its first subject; only "та"/"и" joins the rest to it
            # ("погибла женщина, 10 человек пострадали": the ten have their own verb); a verb
            # with no subject takes them all as objects ("поранено трьох людей і дитину")
            verb = self.doc.tokens[action.token]
            joined_only = not self._plural(action) and not subjectless(verb)
            if joined_only and not agrees_with_first(self.doc, self.lex, action):
                continue
            total, ages, last, named, counted = 0, 0, action.last, 0, 0
            index = action.last
            while index < sentence.last:
                token = self.doc.tokens[index]
                quantity = next((q for q in facts.quantities if q.first == index), None)
                if quantity is not None and quantity.victims and not ages:
                    # "пострадали мужчина и две женщины": a counted group joins the named ones
                    total += quantity.value
                    counted += 1
                    last = index = self._counted_noun_end(quantity.last, sentence.last)
                    continue
                if named and not ages and years_after(self.doc, self.lex, index) > index:
                    index = years_after(self.doc, self.lex, index)
                    continue  # "пострадали мужчина 45 лет и две женщины": his age, nobody
                index += 1
                if token is not verb and any(a.token == index - 1 for a in casualty):
                    break  # "погибших трое, раненых 12": the next casualty word has its own count
                if self._described(token):
                    ages += 1
                elif named and index - 1 == last + ages and self._owner(token):
                    ages = 0  # "донька місцевого фермера": whose she is, nobody more
                elif token.lemma in self.lex.words.single_victims and token.info.is_noun:
                    total += max(ages, 1) if "plur" in token.info.grams else 1
                    ages, last = 0, index
                    named += 1
                elif (not named and token.lemma in self.lex.words.wound_takers) or (
                    named and not ages and "gent" in token.info.grams and token.is_word
                ):
                    continue  # "ранения получили оператор газеты и ...": the verb; whose
                elif not (
                    (token.text == "," and not joined_only)
                    or token.low in self.lex.words.and_words  # "і його син"
                    or token.low in self.lex.words.own_possessives
                ):
                    break
            if total < 2 or (counted and not named):
                continue  # a count alone is the count's own claim
            if counted_apart(made, action, action.last, last):
                continue  # the verb already has its count elsewhere
            # a count among them is theirs, not a person's age ("жінка 45 років і чоловік")
            if counted or not any(
                action.last <= q.first < last
                and years_after(self.doc, self.lex, q.first) == q.first
                for q in facts.quantities
            ):
                drafts.append(
                    self._casualty_draft(sentence, facts, action, total, "exact", action.last, last)
                )
        return drafts

    def _joined(
        self, sentence: Sentence, facts: Facts, action: ActionMention, made: list[Draft]
    ) -> list[Draft]:
        """ "A man and a woman were injured", "injured three people and a child": named around
        a verb with no case to tell (a count among them is the group's, not the verb's own)."""
        found = joined_victims(self.doc, self.lex, sentence, action, facts.quantities)
        if found is None or counted_apart([d for d in made if d.quantity > 1], action, *found[1:]):
            return []
        return [self._casualty_draft(sentence, facts, action, found[0], "exact", *found[1:])]

    def _owner(self, token: Token) -> bool:
        return "gent" in token.info.grams and "nomn" not in token.info.grams

    def _plural(self, action: ActionMention) -> bool:
        """A casualty word in the plural, or a wound noun taken by one ("ранения получили")."""
        if action.number is not None:
            return action.number == "plur"
        taker = self._wound_taker(action)
        return taker is not None and taker.info.numbers == frozenset({"plur"})

    def _counted_noun_end(self, index: int, end: int) -> int:
        """Past the words a count still governs: "три мирных жителя" (the count may end at
        the number or its adjective)."""
        while index < end:
            token = self.doc.tokens[index]
            if token.info.is_adjective or token.lemma in self.lex.words.victim_nouns:
                index += 1
                if not token.info.is_adjective:
                    break
            else:
                break
        return index

    def _described(self, token: Token) -> bool:
        """A word describing a person ("87-річний", "місцевий"): an adjective or a number glued
        to one."""
        if token.info.is_adjective and token.lemma not in self.lex.words.single_victims:
            return True
        head, _, tail = token.text.partition("-")
        return head.isdigit() and tail.isalpha()

