"""People killed or injured: counted victims, one victim named, "пострадавших нет"."""

from __future__ import annotations

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar import casualties
from claimledger.extract.grammar.draft import CASUALTY_ACTIONS, SHOT_DOWN_ONLY, Draft, Facts
from claimledger.extract.grammar.lists import ListRules
from claimledger.extract.mentions.types import ActionMention, Quantity

_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})
# How many sentences back a weapon still makes a casualty one of the air war.
_AIR_CONTEXT_SENTENCES = 3


class CasualtyRules(ListRules):
    # -- casualties ---------------------------------------------------------------------------

    def _casualties(self, sentence: Sentence, facts: Facts) -> list[Draft]:
        if not self._air_context(facts):
            return []
        drafts: list[Draft] = []
        casualty = [a for a in facts.actions if a.action in CASUALTY_ACTIONS]
        denials = casualties.find_zero_casualties(
            self.lex,
            self.doc.clean,
            self.doc.tokens[sentence.first].start,
            self.doc.tokens[sentence.last - 1].end,
        )
        for quantity in facts.quantities:
            if not (quantity.victims or self._bare_victims(quantity, casualty)):
                continue
            start = self.doc.tokens[quantity.first].start
            end = self.doc.tokens[quantity.last - 1].end
            if any(m.start < end and start < m.end for m in denials):
                continue  # "no one was hurt" counts nobody
            action = self._casualty_action(facts, quantity.number_first, quantity.last, casualty)
            if action is None:
                continue
            drafts.append(
                self._casualty_draft(
                    sentence,
                    facts,
                    action,
                    quantity.value,
                    quantity.qualifier,
                    quantity.first,
                    quantity.last,
                )
            )
        drafts.extend(self._single_victims(sentence, facts, casualty, drafts))
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
            for name in ("killed", "injured"):
                if name not in match.actions:
                    continue  # "no injuries": injured 0 alone
                draft = Draft(name, 0, "exact", None, None, sentence, first, last)
                item = self._item_of(facts, first)
                draft.places = [
                    p for p in facts.places if not p.in_actor and item[0] <= p.first < item[1]
                ]
                drafts.append(draft)
        return drafts

    def _denial_spans(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Token spans of a sentence's casualty denials ("no one was hurt")."""
        spans: list[tuple[int, int]] = []
        for match in casualties.find_zero_casualties(
            self.lex,
            self.doc.clean,
            self.doc.tokens[sentence.first].start,
            self.doc.tokens[sentence.last - 1].end,
        ):
            inside = [
                i
                for i in range(sentence.first, sentence.last)
                if self.doc.tokens[i].end > match.start and self.doc.tokens[i].start < match.end
            ]
            if inside:
                spans.append((inside[0], inside[-1] + 1))
        return spans

    def _air_context(self, facts: Facts) -> bool:
        """A weapon named in this sentence, or named with an action in one of the three before
        it: a grenade, a plane crash or drones a factory makes are no air attack."""
        if any(p.weapon not in SHOT_DOWN_ONLY for p in facts.phrases):
            return True
        if self._air_event(facts):
            return True
        for earlier in self.facts[-1 - _AIR_CONTEXT_SENTENCES : -1]:
            armed = any(p.weapon not in SHOT_DOWN_ONLY for p in earlier.phrases)
            if armed and any(not a.weak for a in earlier.actions):
                return True
        return False

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
            if token.lemma in self.lex.words.air_event_words:
                return True
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

    def _bare_victims(self, quantity: Quantity, casualty: list[ActionMention]) -> bool:
        """A bare number next to a casualty verb: "Один человек погиб и один ранен", "killing
        one person and injuring four"."""
        if not quantity.elliptic:
            return False
        return any(
            quantity.last <= a.token <= quantity.last + 1 or a.last == quantity.first
            for a in casualty
        )

    def _casualty_action(
        self, facts: Facts, first: int, last: int, casualty: list[ActionMention]
    ) -> ActionMention | None:
        item = self._item_of(facts, first)
        clause = self._clause_of(facts, first)
        for span in (item, clause):
            near = [a for a in casualty if span[0] <= a.token < span[1]]
            if near:
                return min(near, key=lambda a: abs(a.token - first))
        # "погибшем" / "пострадавших" as the counted noun itself.
        for action in casualty:
            if first <= action.token < last + 1:
                return action
        # "Один человек, предварительно, пострадал": the verb after a parenthetical.
        after = [a for a in casualty if a.token >= last]
        return after[0] if after else None

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
        draft.places = [p for p in usable if item[0] <= p.first < item[1]] or [
            p for p in usable if clause[0] <= p.first < clause[1]
        ]
        return draft

    def _single_victims(
        self, sentence: Sentence, facts: Facts, casualty: list[ActionMention], counted: list[Draft]
    ) -> list[Draft]:
        """One person named: "погибла женщина", "Ребёнок погиб", "пострадал местный житель"."""
        drafts: list[Draft] = []
        taken = {d.action_token for d in counted}
        for index in range(sentence.first, sentence.last):
            token = self.doc.tokens[index]
            if token.lemma not in self.lex.words.single_victims or token.info.numbers != frozenset(
                {"sing"}
            ):
                continue
            cases = token.info.grams & _CASES  # a language without cases says no case
            if not token.info.is_noun or (cases and "nomn" not in cases):
                continue
            if any(q.first <= index < q.last + 1 for q in facts.quantities):
                continue
            item = self._item_of(facts, index)
            near = [
                a
                for a in casualty
                if item[0] <= a.token < item[1] and a.token not in taken and a.number == "sing"
            ]
            if not near:
                continue
            action = min(near, key=lambda a: abs(a.token - index))
            taken.add(action.token)
            drafts.append(
                self._casualty_draft(sentence, facts, action, 1, "exact", index, index + 1)
            )
        return drafts
