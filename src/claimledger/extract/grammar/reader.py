"""Putting a post's mentions together into claims.

A sentence is read into counts, weapon phrases, actions, places, dates and a speaker (see the
family modules). Then:
- each count takes the action of its clause, or the action of the count before it in a list
  ("22 ... уничтожила: 10 — над Ростовской, 7 — над Белгородской"), or of the line before
  (a list of "Курская область — 5 БПЛА;" lines under a total);
- it takes the weapon named after it, or the one named before it ("четыре – над Брянской");
- it takes the places of its list item, and of the items after it that add places only
  ("по 1 — над Курской, Брянской и Смоленской областями" gives three claims);
- a weapon named in the singular with an action but no number counts one ("сбит БПЛА");
- counts of people take the casualty verb next to them; "пострадавших нет" gives zeros.
Speakers, dates and the attacking side are settled for the whole post at the end.
"""

from __future__ import annotations

from dataclasses import replace

from claimledger.extract.document.tokens import CLOSING_QUOTES, Sentence
from claimledger.extract.grammar import clauses as mod_statement
from claimledger.extract.grammar.draft import WEAPON_ACTIONS, Draft, Facts
from claimledger.extract.grammar.locate import PlaceRules
from claimledger.extract.grammar.patterns import PatternMatch
from claimledger.extract.mentions.actions import find_actions
from claimledger.extract.mentions.further import fresh_after_article
from claimledger.extract.mentions.quantities import find_quantities
from claimledger.extract.mentions.types import ActionMention, DateMention
from claimledger.extract.mentions.weapons import find_phrases

_AFTER_QUESTION = " " + "".join(sorted(CLOSING_QUOTES))  # a question mark's closing quotes


class SentenceReader(PlaceRules):
    """Reads the claims of each sentence; keeps the context that later sentences lean on."""

    # A header that recalls ("Recall:", "Нагадаємо:") makes every sentence after it history.
    _recalled = False
    # The sentence a history pattern last matched ("Рік тому ..."): "Тоді загинули 22 людини"
    # right after it is of that time too.
    _history_sentence = -2

    # -- facts --------------------------------------------------------------------------------

    def read(self, sentence: Sentence) -> None:
        facts = self._facts(sentence)
        self.facts.append(facts)
        drafts: list[Draft] = []
        if not self._question(sentence):
            drafts.extend(self._counted(sentence, facts))
            drafts.extend(self._single(sentence, facts, drafts))
            drafts.extend(self._casualties(sentence, facts))
        drafts = self._apply_patterns(sentence, facts, drafts)
        drafts = [d for d in drafts if not self._unanchored_ordinal(d, drafts)]
        if any(d.action in WEAPON_ACTIONS for d in drafts) and self._in_space(sentence):
            # "the Falcon 9 rocket", "Ракета Falcon 9 выполнила три запуска": no weapon
            drafts = [d for d in drafts if d.action not in WEAPON_ACTIONS]
        if self._recalled or self._then_of_history(sentence):
            for draft in drafts:
                draft.history = True
        for draft in drafts:
            self._locate(draft, facts, drafts)
        for draft in drafts:
            if draft.location is None:
                # a second look once the others are placed: "two missiles and three drones at
                # a ship in the Gulf of Aden, all of which were defeated" places the missiles'
                # downing where the drones' own words placed theirs
                self._locate(draft, facts, drafts)
        self.drafts.append(drafts)
        self._remember(drafts, facts)
        self._update_header(sentence, facts)

    def _then_of_history(self, sentence: Sentence) -> bool:
        """The sentence opens with "тоді", "тогда" right after one a history pattern matched."""
        first = self.doc.tokens[sentence.first]
        return (
            self._history_sentence == len(self.facts) - 2
            and first.low in self.lex.words.then_words
        )

    def _unanchored_ordinal(self, draft: Draft, drafts: list[Draft]) -> bool:
        """ "And then a second missile hit the building": one more only where the text told
        the ones before it (this sentence or the one before); else a witness's order of
        events, no count."""
        if draft.number is None:
            return False
        if not fresh_after_article(self.doc, self.lex, draft.number[0], len(self.doc.tokens)):
            return False
        told = [d for d in drafts if d.first < draft.first]
        told += self.drafts[-1] if self.drafts else []
        return not any(d.weapon == draft.weapon for d in told)

    def _in_space(self, sentence: Sentence) -> bool:
        """A sentence of spaceflight: a word of the lexicon's `space_words` in it."""
        words = self.lex.words.space_words
        return any(t.lemma in words or t.low in words for t in self.doc.sentence_tokens(sentence))

    def _apply_patterns(self, sentence: Sentence, facts: Facts, drafts: list[Draft]) -> list[Draft]:
        """The effects of the lexicon's structural patterns (grammar/patterns.py) that match."""
        for match in self.patterns.find(sentence, facts.phrases):
            effect = match.pattern.effect
            if effect == "history":
                for draft in drafts:
                    draft.history = True
                self._history_sentence = len(self.facts) - 1
                if self._alone(sentence, match.first, match.last):
                    self._recalled = True  # "Recall" on a line of its own: what follows
            elif effect == "forecast":
                clause = self._clause_of(facts, match.first)
                drafts = [d for d in drafts if not clause[0] <= d.first < clause[1]]
            elif effect == "ground_war":
                # "уничтожили 3 танка и 12 БПЛА на земле": weapons counted with the ground
                # war's losses were destroyed at the front, not downed in the air; victims stay
                drafts = [d for d in drafts if not self._of_ground_war(facts, d, match)]
            elif effect == "no_event":
                drafts = []  # "на учениях сбили 12 мишеней": an exercise, no event of the air war
            elif effect == "recalled":
                # an earlier event told to date this one ("a week after 14 people were killed",
                # "через неделю после того, как ..."): the clauses the match runs through
                first = self._clause_of(facts, match.first)[0]
                last = self._clause_of(facts, match.last - 1)[1]
                drafts = [d for d in drafts if not first <= d.first < last]
            elif effect == "all_counted":
                drafts = drafts + self._all_counted(sentence, facts, drafts, match)
            elif effect == "all_of_them":
                drafts = drafts + self._all_of_them(sentence, facts, drafts, match)
            elif effect == "launched_count":
                drafts = drafts + self._launched_count(facts, drafts, match)
            elif effect == "attack_count" and self._part_after(drafts, match):
                # "repelled an attack by 26 drones, downing 24 of them": the attack's count was
                # launched where a part of it is counted after; alone ("отражена атака двух
                # беспилотников", "repelled an attack by two drones") it is the verb's
                drafts = drafts + self._launched_count(facts, drafts, match)
            elif effect == "launched_whole_after":  # "15 дронів із 40": the whole comes second
                turned = replace(match, numbers=match.numbers[::-1])
                drafts = drafts + self._launched_count(facts, drafts, turned)
            elif effect == "all_launched":
                drafts = drafts + [
                    replace(
                        d, action="launched", action_token=None, places=list(d.places), part_of=d
                    )
                    for d in drafts
                    if d.action != "launched"
                    and d.number is not None
                    and d.number[0] in match.numbers
                ]
        return drafts

    def _of_ground_war(self, facts: Facts, draft: Draft, match: PatternMatch) -> bool:
        """A weapon count in the clause of the ground war's losses, or one that takes its verb
        from that clause ("знищено 8 танків, 23 артсистеми та 45 БпЛА": a list over commas)."""
        if draft.action not in WEAPON_ACTIONS:
            return False
        clause = self._clause_of(facts, match.first)
        inside = range(*clause)
        return draft.first in inside or (
            draft.action_token is not None and draft.action_token in inside
        )

    def _all_counted(
        self, sentence: Sentence, facts: Facts, drafts: list[Draft], match: PatternMatch
    ) -> list[Draft]:
        """ "Усі збиті": the match's action said of the one weapon count just made."""
        actions = _weapon_actions(facts, match)
        counts = [d for d in drafts if _counted(d)]
        if not counts and self.drafts:
            counts = [d for d in self.drafts[-1] if _counted(d)]
        if not actions or len(counts) != 1:
            return []
        return [_restated(counts[0], actions[0], sentence, match)]

    def _all_of_them(
        self, sentence: Sentence, facts: Facts, drafts: list[Draft], match: PatternMatch
    ) -> list[Draft]:
        """ "three missiles and two drones, all of which were shot down": the match's action said
        of every weapon count before it in the sentence (else in the sentence before), each as
        many as counted."""
        actions = _weapon_actions(facts, match)
        counts = [  # a weapon named once is a count of one: "ракету, ее перехватили"
            d
            for d in drafts
            if d.phrase is not None
            and (d.number[0] < match.last if d.number is not None else d.last <= match.first)
            and (d.number is not None or d.quantity == 1)
        ]
        # "... все они были сбиты, в том числе 91 над Московской областью": a part told after
        # the match is of the count before it, which the match still speaks of
        earlier = (
            not counts and not any(d.first < match.first for d in drafts) and bool(self.drafts)
        )
        if earlier:
            counts = [d for d in self.drafts[-1] if d.phrase is not None and d.number is not None]
        if not actions:
            return []
        action = actions[0]
        if earlier:  # "Russia launched 14 drones. All of them were shot down.": this sentence's
            return [
                _restated(count, action, sentence, match)
                for count in counts
                if count.action != action.action
            ]
        # "..., все они сбиты над Чёрным морем": a place in the match's own clause is theirs
        clause_end = self._clause_of(facts, match.last - 1)[1]
        own = [p for p in facts.places if match.last <= p.first < clause_end and not p.in_actor]
        made: list[Draft] = []
        for count in counts:
            same = [  # "все были сбиты": the count read again by the words at the match
                d for d in drafts if d is not count and d.action == action.action
                and (d.number == count.number or (d.number is None and d.weapon == count.weapon
                                                  and d.quantity == count.quantity))
            ]
            for told in same if own else []:
                told.places = [*own, *told.places]
            if count.action == action.action or same:
                continue
            made.append(
                replace(
                    count,
                    action=action.action,
                    action_token=action.token,
                    places=list(own or count.places),
                    location_refs=[] if own else list(count.location_refs),
                    location=None if own else count.location,
                )
            )
        return made

    @staticmethod
    def _part_after(drafts: list[Draft], match: PatternMatch) -> bool:
        """Whether the attack's count is the object of a verb before it ("repelled an attack
        by 26 drones"; not "в ходе этих атак 10 ракет были уничтожены") and a count after the
        match is another claim of the sentence than a launch."""
        whole = [d for d in drafts if d.number is not None and d.number[0] == match.numbers[0]]
        return any(
            d.action_token is not None and d.action_token < match.first for d in whole
        ) and any(
            d.number is not None and d.number[0] >= match.last and d.action != "launched"
            for d in drafts
        )

    def _launched_count(
        self, facts: Facts, drafts: list[Draft], match: PatternMatch
    ) -> list[Draft]:
        """The count matched first was launched, whatever verb follows it ("из 40 запущенных
        дронов 35 уничтожены"); where no verb made it a claim ("a total of 31 drones, 23 of
        which were shot down"), the whole of the part counted after it is the launch."""
        whole = [d for d in drafts if d.number is not None and d.number[0] == match.numbers[0]]
        parts = [
            d
            for d in drafts
            if len(match.numbers) > 1
            and d.number is not None
            and d.number[0] == match.numbers[1]
            and d.action != "launched"
        ]
        for draft in whole:
            # the whole's verb is its part's ("Of the 40 drones, 35 were shot down", "из 48
            # запущенных беспилотников уничтожены 40"), not one of its own before the whole
            # ("destroyed 184 drones, 40 of them over Bryansk")
            own_verb = (
                parts
                and draft.action_token is not None
                and draft.number is not None
                and draft.action_token < draft.number[0]
            )
            if not own_verb:
                draft.action, draft.action_token = "launched", None
        if whole or len(match.numbers) < 2:
            return []
        total = next((q for q in facts.quantities if q.number_first == match.numbers[0]), None)
        if total is None or not parts or total.value <= parts[0].quantity:
            return []
        part = parts[0]
        return [
            replace(
                part,
                action="launched",
                quantity=total.value,
                qualifier=total.qualifier,
                first=total.first,
                last=total.last,
                number=(total.number_first, total.last),
                action_token=None,
                places=list(part.places),
                part_of=part,
            )
        ]

    def _alone(self, sentence: Sentence, first: int, last: int) -> bool:
        """A match that is its sentence, but for marks around it ("Recall:", "Reminder."): a
        header over the paragraphs after it (not a word that ends a sentence: "Росія атакує
        Україну щодня." makes no header)."""
        tokens = self.doc.tokens
        return all(
            not t.is_word for t in (*tokens[sentence.first : first], *tokens[last : sentence.last])
        )

    def _question(self, sentence: Sentence) -> bool:
        """ "Россия ударила по Украине межконтинентальной ракетой?": asked, not asserted."""
        return self.doc.clean[sentence.start : sentence.end].rstrip(_AFTER_QUESTION).endswith("?")

    def _facts(self, sentence: Sentence) -> Facts:
        doc = self.doc
        phrases = find_phrases(doc, self.lex, sentence, self.models)
        dates = self.dates.find(sentence)
        blocked = self._blocked(sentence, dates)
        quantities = find_quantities(doc, self.lex, sentence, phrases, blocked)
        actions = [  # "15 attack drones": a noun before the head names the kind, no action;
            # "its sixth interception": which one, not what happened now
            a
            for a in find_actions(doc, sentence, self.lex)
            if not (
                doc.tokens[a.token].info.is_noun
                and (
                    any(p.first <= a.token < p.head for p in phrases)
                    or doc.tokens[a.token - 1].low in self.lex.words.ordinals
                    or self._purpose(a.token)
                )
            )
        ]
        places = [p for p in self.all_places if sentence.first <= p.first < sentence.last]
        actors = self.attribution.actors(sentence, places)
        for place in places:
            if any(a.first <= place.first < a.last for a in actors):
                place.in_actor = True
        speaker = self.attribution.speaker(sentence, actors)
        return Facts(
            phrases,
            quantities,
            actions,
            places,
            dates,
            actors,
            speaker,
            mod_statement.join_asides(
                doc, self.lex, mod_statement.cut(doc, sentence, self.lex.words.clause_breaks)
            ),
            mod_statement.join_asides(
                doc, self.lex, mod_statement.cut(doc, sentence, self.lex.words.item_breaks)
            ),
        )

    def _purpose(self, index: int) -> bool:
        """ "накопичила 300 ракет для масованого удару": an action noun after a preposition of
        purpose is what the weapons are for, not what befell them."""
        tokens = self.doc.tokens
        back = index - 1
        while back > 0 and index - back <= 2 and (
            tokens[back].info.is_adjective or "ADJF" in tokens[back].info.all_grams
        ):  # "для нового масованого удару": "нового" is read as a noun first
            back -= 1
        return back >= 0 and tokens[back].low in self.lex.words.purpose_words

    def _blocked(self, sentence: Sentence, dates: list[DateMention]) -> set[int]:
        blocked: set[int] = set()
        for mention in dates:
            blocked.update(range(mention.first, mention.last))
        tokens = self.doc.tokens
        words = self.lex.words
        for index in range(sentence.first, sentence.last - 1):
            token = tokens[index]
            if not token.is_digits:
                continue  # each rule below blocks digits only: most tokens are words
            if len(token.text) == 4 and tokens[index + 1].low in words.clock_zones:
                blocked.add(index)  # "at 0700 GMT": an hour, not 700 of anything
            if any(t.low in words.birth_words for t in tokens[max(0, index - 2) : index]):
                blocked.add(index)  # "a man born in 1965": a birth year, no count
            if self._named_source(index):
                blocked.add(index)  # "По данным 112, пострадали двое": a channel's name
        if sentence.last <= sentence.first:
            return blocked
        # a model outside the sentence's span overlaps none of its tokens (text order)
        start, end = tokens[sentence.first].start, tokens[sentence.last - 1].end
        for model in self.models:
            if model.end <= start or model.start >= end:
                continue
            for index in range(sentence.first, sentence.last):
                token = tokens[index]
                if token.start < model.end and token.end > model.start:
                    blocked.add(index)
        return blocked


    def _named_source(self, index: int) -> bool:
        """A number right after "по данным", "according to" and before a comma: the name of a
        source (a channel called "112"), not a count."""
        tokens = self.doc.tokens
        if index + 1 >= len(tokens) or tokens[index + 1].text != ",":
            return False
        for opener in self.lex.sequences.source_openers:
            start = index - len(opener)
            if start >= 0 and tuple(t.low for t in tokens[start:index]) == opener:
                return True
        return False


def _counted(draft: Draft) -> bool:
    """A weapon count, or one weapon named in the singular ("ракету Х-59, її збили")."""
    return draft.phrase is not None and (draft.number is not None or draft.quantity == 1)


def _weapon_actions(facts: Facts, match: PatternMatch) -> list[ActionMention]:
    """The weapon actions inside a pattern's match ("усі збиті", "all of which were downed"),
    the last first: the verb that closes the match is what it says ("All targets were shot
    down": "targets" is no launch)."""
    return [
        a
        for a in reversed(facts.actions)
        if match.first <= a.token < match.last and a.action in WEAPON_ACTIONS
    ]


def _restated(
    count: Draft, action: ActionMention, sentence: Sentence, match: PatternMatch
) -> Draft:
    """A count told before, said again at the match with the match's action: its weapon and
    number, no words or place of its own there."""
    return replace(
        count,
        action=action.action,
        sentence=sentence,
        first=match.first,
        last=match.last,
        number=None,
        action_token=action.token,
        places=[],
        location_refs=[],
        location=None,
        location_source=None,
    )
