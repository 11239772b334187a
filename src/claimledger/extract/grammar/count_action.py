"""The action of a counted weapon: the verb its clause gives it, a list's header, the line
before, or none (a count with no verb of its own is no claim); and the evidence that joins the
count to its action."""

from __future__ import annotations

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar import strikes
from claimledger.extract.grammar.casualty_rules import CasualtyRules
from claimledger.extract.grammar.draft import (
    WEAPON_ACTIONS,
    Draft,
    Facts,
)
from claimledger.extract.mentions.types import ActionMention, Quantity, WeaponPhrase

_MIXED_REACH = 6  # words from a downing verb to the suppression it is joined with
_CARRIERS = frozenset({"uav", "aircraft", "helicopter"})  # what drops munitions, not dropped
_LOAD_REACH = 3  # words from a verb of dropping to its carrier ("скинули вибухівку з дрона")
_LIST_REACH = 3  # sentences back from a list's first line to the count whose action it goes on


class CountActionRules(CasualtyRules):
    def _instrumental(self, phrase: WeaponPhrase) -> bool:
        """A weapon phrase in the instrumental alone ("ударними БпЛА", "ракетами"): what a
        header's "атакував:" attacked with, launched, not what struck."""
        return any(
            "ablt" in t.info.all_grams and not {"nomn", "accs", "gent"} & t.info.all_grams
            for t in self.doc.tokens[phrase.first : phrase.last]
            if t.is_word
        )

    def _dashed_to(self, phrase: WeaponPhrase, quantity: Quantity) -> bool:
        """A weapon, a dash and a bare count: "безпілотників — 21"."""
        between = self.doc.tokens[phrase.last : quantity.first]
        return len(between) == 1 and between[0].text in self.lex.words.dashes

    def _of_them(self, quantity: Quantity) -> bool:
        """"один из них упал на здание", "one of them fell": a part of the count before, the
        subject of the verb after it, whatever verb came before a dash."""
        tokens = self.doc.tokens
        at = quantity.number_first + 1
        return (
            at + 1 < len(tokens)
            and tokens[at].low in self.lex.words.from_words
            and tokens[at + 1].low in self.lex.words.one_of
        )

    def _count_action(
        self,
        sentence: Sentence,
        facts: Facts,
        quantity: Quantity,
        phrase: WeaponPhrase,
        previous: Draft | None,
    ) -> tuple[str, int | None] | None:
        clause = self._clause_of(facts, quantity.number_first)
        if quantity.first > clause[0] and (
            self.doc.tokens[quantity.first - 1].low in self.lex.words.target_preps
        ):
            return None  # "the plane crashed into a drone": the drone was what it hit
        weapon_actions = [
            a
            for a in facts.actions
            if a.action in WEAPON_ACTIONS and not self._in_relative(quantity, a)
        ]
        header = self._header_action(sentence, quantity.first)
        if header is not None:
            # an item under a list header says its action by a verb, not by a noun ("удари")
            weapon_actions = [
                a for a in weapon_actions if not self.doc.tokens[a.token].info.is_noun
            ]
        in_clause = [a for a in weapon_actions if clause[0] <= a.token < clause[1]]
        in_item: list[ActionMention] = []
        if self._shares_clause(facts, quantity, clause):
            # "выпущено шесть ракет и пять из них были сбиты": each count its own verb.
            item = self._item_of(facts, quantity.number_first)
            in_item = [a for a in in_clause if item[0] <= a.token < item[1]]
            if all(self.doc.tokens[a.token].info.pos == "PRTF" for a in in_item):
                in_item = []  # "two drones launched by the Houthis": a participle, no predicate
            in_clause = in_item or in_clause
        if self._of_them(quantity):
            in_clause = [a for a in in_clause if a.token > quantity.number_first] or in_clause
        if in_clause:
            best = max(in_clause, key=lambda a: (a.rank, -abs(a.token - quantity.number_first)))
            best = self._mixed_figure(in_clause, best)
            if self._forecast(clause, best.token):
                return None
            if self._carrier(best, quantity.last, phrase):
                return None
            if best.weak and any(not a.weak for a in weapon_actions):
                own = in_item or in_clause
                if (
                    all(a.weak for a in own)
                    and self._heading(own, clause)
                    and all(a.token < quantity.first for a in weapon_actions if not a.weak)
                ):
                    # "55 were downed, and five flew toward Belarus": the count's own verb of
                    # motion after the downings says where the rest went, not that they were
                    # downed too ("five flew to Moscow and were downed" is downed)
                    return None
                strong = [a for a in weapon_actions if not a.weak]
                best = min(strong, key=lambda a: abs(a.token - quantity.number_first))
            return strikes.governed_action(
                self.doc, self.lex, best, phrase, counted=True
            ), best.token
        if header is not None:
            if header[0] == "hit" and self._instrumental(phrase):
                return "launched", header[1]  # "Противник атакував:\n– 75 ударними БпЛА"
            return header
        if self._has_own_predicate(clause, facts):
            return None
        if previous is not None:
            return previous.action, previous.action_token
        strong = [a for a in weapon_actions if not a.weak]
        # A participle of another clause qualifies a noun ("беспилотников, запущенных ночью,
        # были уничтожены"): the predicate of the sentence speaks for a bare count first.
        predicates = [a for a in strong if self.doc.tokens[a.token].info.pos != "PRTF"]
        if strong:
            best = min(predicates or strong, key=lambda a: abs(a.token - quantity.number_first))
            best = self._mixed_figure(strong, best)  # "Збито/подавлено: 70 БпЛА"
            if self._forecast(self._clause_of(facts, best.token), best.token):
                return None  # "Росія готує удар: у неї 100 ракет": a plan's, no count of it
            return strikes.governed_action(
                self.doc, self.lex, best, phrase, counted=True
            ), best.token
        inherited = self._line_before_action()
        if inherited is not None and self._opens_line(facts, quantity):
            return inherited, None
        if self._over_places(facts, quantity):
            return "launched", None
        if self._over_line(quantity):
            return "intercepted", None
        return None

    def _carrier(self, action: ActionMention, before: int, phrase: WeaponPhrase) -> bool:
        """ "A drone dropped an explosive device on a car", "дрон сбросил взрывчатку": the drone
        or aircraft counted before a verb of dropping carries what it drops; no launch of it."""
        return (
            phrase.weapon in _CARRIERS
            and (before <= action.token or self._load_carrier(action, phrase))
            and self.doc.tokens[action.token].lemma in self.lex.words.carrier_verbs
        )

    def _load_carrier(self, action: ActionMention, phrase: WeaponPhrase) -> bool:
        """ "скинули вибухівку з дрона", "сбросили краску дроном", "dropped explosives from a
        drone": the carrier named after the verb, by a preposition or the instrumental, carries
        the load; the load, not the drone, struck."""
        if not 0 <= phrase.first - action.last <= _LOAD_REACH:
            return False
        between = self.doc.tokens[action.last : phrase.first]  # "from a drone": over "a"
        return any(t.low in self.lex.words.carrier_preps for t in between) or (
            strikes.INSTRUMENTAL in self.doc.tokens[phrase.head].info.grams
        )

    def _heading(self, own: list[ActionMention], clause: tuple[int, int]) -> bool:
        """A verb of motion with a heading after it ("flew toward Belarus"; Russian and
        Ukrainian "в сторону", "в бік" are read as headings by the places)."""
        after = min(a.token for a in own) + 1
        return any(
            t.low in self.lex.words.heading_preps for t in self.doc.tokens[after : clause[1]]
        )

    def _mixed_figure(self, in_clause: list[ActionMention], best: ActionMention) -> ActionMention:
        """ "сбиты и нейтрализованы средствами РЭБ 11", "shot down or jammed 26": one figure of
        weapons downed and suppressed together is intercepted (ANNOTATION.md: mixed figures), so
        a downing verb joined to another verb outranks the suppression."""
        if best.action != "suppressed":
            return best
        tokens, joiners = self.doc.tokens, self.lex.words.verb_joiners
        for action in in_clause:
            if action.action != "intercepted" or abs(action.token - best.token) > _MIXED_REACH:
                continue
            near = range(max(0, action.token - 1), min(len(tokens), action.token + 3))
            if any(tokens[i].low in joiners for i in near if i != action.token):
                return action
        return best

    def _in_relative(self, quantity: Quantity, action: ActionMention) -> bool:
        """A verb of a relative clause after the count ("15 drones that Russia launched"):
        what was said of the weapons before, not this count's predicate. The pronoun of the
        count's own "of which" ("35 of which were shot down") opens no other clause."""
        start = quantity.last
        tokens = self.doc.tokens
        if start < action.token and tokens[start].low in self.lex.words.from_words:
            start += 1
            while start < action.token and tokens[start].low in self.lex.words.from_fillers:
                start += 1
            if start < action.token and tokens[start].lemma in self.lex.words.pronouns_after_from:
                start += 1
        opener = self._first_in(self.relative_openers, start, action.token)
        return (
            action.token > quantity.last
            and opener is not None
            and not self._closed(opener, action)
        )

    def _closed(self, opener: int, action: ActionMention) -> bool:
        """ "Two drones, which were flying to Moscow, were shot down": a relative clause between
        commas closes before the verb, which is the count's own again."""
        tokens = self.doc.tokens
        return (
            opener > 0
            and tokens[opener - 1].text == ","
            and any(tokens[i].text == "," for i in range(opener + 1, action.token))
        )

    def _shares_clause(self, facts: Facts, quantity: Quantity, clause: tuple[int, int]) -> bool:
        return any(
            q is not quantity
            and not (q.other or q.victims)
            and clause[0] <= q.number_first < clause[1]
            for q in facts.quantities
        )

    def _opens_line(self, facts: Facts, quantity: Quantity) -> bool:
        """A list line: "Курская область — 5 БПЛА;", "43 — над Курской областью"."""
        tokens = self.doc.tokens
        before = tokens[quantity.first - 1] if quantity.first > 0 else None
        after = tokens[quantity.last] if quantity.last < len(tokens) else None
        dashed = any(t is not None and t.text in self.lex.words.dashes for t in (before, after))
        sentence = self.doc.sentences[tokens[quantity.first].sentence]
        # Nothing counted, done or placed before it: "It was added that "one over Belgorod, ..."
        firsts = [p.first for p in facts.phrases] + [a.first for a in facts.actions]
        firsts += [p.first for p in facts.places] + [q.first for q in facts.quantities]
        bare = not any(first < quantity.first for first in firsts)
        return dashed or quantity.first == sentence.first or bare

    def _has_own_predicate(self, clause: tuple[int, int], facts: Facts) -> bool:
        """A clause with a verb of its own that is no action ("одна повреждена")."""
        for index in range(*clause):
            token = self.doc.tokens[index]
            if any(p.first <= index < p.last for p in facts.phrases):
                continue  # "БПЛА" reads as a verb to the analyzer
            if (
                token.info.is_predicate
                and token.info.pos != "GRND"
                and token.lemma not in self.lex.words.auxiliaries
                and token.lemma not in self.lex.actions
                and token.lemma not in self.lex.words.speech_verbs
            ):
                return True
        return False

    def _line_before_action(self) -> str | None:
        """The action of the sentence before, when it made weapon claims (a list goes on), over
        lines between that count and name nothing ("... атакував 151 засобом. Про це повідомили
        Повітряні сили.", "Зокрема:", "– 4 балістичні ракети")."""
        for back in range(1, min(len(self.drafts), _LIST_REACH) + 1):
            drafts, facts = self.drafts[-back], self.facts[-back - 1]
            earlier = [d for d in drafts if d.action in WEAPON_ACTIONS]
            if earlier:
                return earlier[-1].action
            if drafts or facts.quantities or facts.phrases:
                return None
        return None

    def _over_places(self, facts: Facts, quantity: Quantity) -> bool:
        """Weapons seen over a place: "о примерно 30 «шахедах» над разными областями"."""
        item = self._item_of(facts, quantity.number_first)
        for index in range(quantity.last, min(item[1], quantity.last + 3)):
            if self.doc.tokens[index].low in self.lex.words.over_words and not any(
                d.first <= index < d.last for d in facts.dates
            ):
                return True  # not "87 drones over the past day": a time
        return False

    def _over_line(self, quantity: Quantity) -> bool:
        """A breakdown's line cut from its header, with no verb: "Над Сумщиною та Чернігівщиною
        — по три дрони" (ANNOTATION.md: "над Белгородской, Тульской и Тверской областями — по
        три"). The places the line opens with over a dash are where the count was downed."""
        tokens = self.doc.tokens
        sentence = self.doc.sentences[tokens[quantity.first].sentence]
        if tokens[sentence.first].low not in self.lex.words.over_words:
            return False
        heading = self.lex.words.motion | self.lex.words.direction_nouns
        if any(t.lemma in heading for t in tokens[sentence.first : sentence.last]):
            return False  # "Над Харківщиною — 5 БпЛА, курсом на Полтавщину": in flight, live
        dashes = self.lex.words.dashes
        return any(tokens[i].text in dashes for i in range(sentence.first + 1, quantity.first))

    def _evidence_with_action(self, draft: Draft, facts: Facts) -> None:
        """The count with its action when one clause holds both; else the list item."""
        clause = self._clause_of(facts, draft.first)
        if draft.action_token is not None and clause[0] <= draft.action_token < clause[1]:
            action = next((a for a in facts.actions if a.token == draft.action_token), None)
            draft.first = min(draft.first, draft.action_token)
            draft.last = max(draft.last, action.last if action else draft.action_token + 1)
        else:
            item = self._item_of(facts, draft.first)
            places = [p for p in facts.places if item[0] <= p.first < item[1] and not p.in_actor]
            draft.first = min([draft.first, *(p.first for p in places)])
            draft.last = max([draft.last, *(p.last for p in places)])
        if draft.phrase is not None and draft.phrase.first >= draft.first:
            draft.last = max(draft.last, draft.phrase.last)
        draft.last = self._anaphor_end(draft)

    def _anaphor_end(self, draft: Draft) -> int:
        """Evidence goes on over a place said as "in the area" (the place named before)."""
        tokens = self.doc.tokens
        for words in self.lex.sequences.place_anaphors:
            end = draft.last + len(words)
            if end <= draft.sentence.last and tuple(
                t.low for t in tokens[draft.last : end]
            ) == words:
                draft.anaphor = (draft.last, end)
                return end
        return draft.last
