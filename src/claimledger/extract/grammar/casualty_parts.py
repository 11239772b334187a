"""Parts of a casualty count told around it: a place's share of a total ("погибли девять
человек: шесть в Одессе и трое в Николаеве"), the victims added to a toll that rose ("two more
died, raising the toll to seven"), those in hospital among the hurt ("Шістьох госпіталізували"),
and a victim described by a wound who died ("a woman wounded in the attack has died").
`CasualtyRules` reads the counts; these tell which of them are claims of their own."""

from __future__ import annotations

from claimledger.extract.document.tokens import Token
from claimledger.extract.grammar.air_context import AirContextRules
from claimledger.extract.grammar.draft import Draft, Facts
from claimledger.extract.mentions.types import ActionMention, Quantity

# the grammemes of case: a language whose nouns carry none shows no case (English)
NOUN_CASES = frozenset(
    {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"}
)


def raised_by(draft: Draft, total: Draft) -> bool:
    """ "Two more people died, raising the toll to seven": the victims added are counted in the
    total they raised, not a claim of their own."""
    return draft is not total and draft.action == total.action and draft.quantity < total.quantity


class CasualtyParts(AirContextRules):
    def _wound_taker(self, action: ActionMention) -> Token | None:
        """ "Ранения получила женщина", "получил тяжелые осколочные ранения": a wound noun's
        number says nothing; the verb beside it (adjectives may stand between, joined too:
        "получил минно-взрывные и осколочные ранения") agrees with the victim."""
        token = self.doc.tokens[action.token]
        if not token.info.is_noun or not self.lex.words.wound_takers:
            return None
        for step in (-1, 1):
            index = self._past_adjectives(action.token + step, step)
            if 0 <= index < len(self.doc.tokens):
                near = self.doc.tokens[index]
                if near.lemma in self.lex.words.wound_takers:
                    return near
        return None

    def _past_adjectives(self, index: int, step: int) -> int:
        """The first token from `index` on (in the direction of `step`) that is neither an
        adjective nor a conjunction or comma with an adjective on both sides."""
        tokens = self.doc.tokens

        def adjective(i: int) -> bool:
            return 0 <= i < len(tokens) and tokens[i].info.is_adjective

        while adjective(index) or (
            0 <= index < len(tokens)
            and (tokens[index].low in self.lex.words.and_words or tokens[index].text == ",")
            and adjective(index - step)
            and adjective(index + step)
        ):
            index += step
        return index

    def _casualty_action(
        self, facts: Facts, first: int, last: int, casualty: list[ActionMention]
    ) -> ActionMention | None:
        """The casualty word a count at [first, last) tells of: the nearest in its item, else
        in its clause."""
        item = self._item_of(facts, first)
        clause = self._clause_of(facts, first)
        tokens = self.doc.tokens
        if any(t.low in self.lex.words.from_words for t in tokens[first:last]):
            # "один из раненых скончался": who the one was among, the verb tells what befell
            # ("один из пострадавших госпитализирован" counts no one anew)
            casualty = [a for a in casualty if not first <= a.token < last]
            if not casualty:
                return None
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

    def _place_share(
        self, facts: Facts, quantity: Quantity, casualty: list[ActionMention]
    ) -> ActionMention | None:
        """ "погибли девять человек: шесть в Одессе и трое в Николаеве", "поранені 30 людей: 18
        у Києві, 12 на Київщині": a bare count with a place of its own, listed after a colon
        that follows a count of victims, is that count's share of the place (the guide's
        total and breakdown), and after a count placed too, the next place's count (the verb
        left out); the earlier count's casualty word is its own."""
        if not (quantity.elliptic or quantity.victims):
            return None
        item = self._item_of(facts, quantity.first)
        if any(item[0] <= a.token < item[1] for a in casualty):
            return None  # "ранены 5 в Киеве": the item's own word
        if not self._placed(facts, quantity.first):
            return None
        for earlier in reversed(facts.quantities):
            if earlier.last > quantity.first or not earlier.victims:
                continue
            between = self.doc.tokens[earlier.last : quantity.first]
            if not (any(t.text == ":" for t in between) or self._placed(facts, earlier.first)):
                return None
            return self._casualty_action(facts, earlier.number_first, earlier.last, casualty)
        return None

    def _placed(self, facts: Facts, index: int) -> bool:
        """Whether the item of token `index` names a place of its own: the count's share ("шесть
        в Одессе"), and the count before it ("в Белгороде пострадали двое, в Шебекино — ещё
        один": the next place's count leaves out the same verb)."""
        item = self._item_of(facts, index)
        return any(item[0] <= p.first < item[1] and not p.in_actor for p in facts.places)

    def _cared_for_of(self, facts: Facts, draft: Draft, made: list[Draft]) -> bool:
        """ "постраждали 7 людей. Шістьох госпіталізували", "Six were hospitalised", "Пятеро
        пострадавших госпитализированы": those in hospital, counted with no place of their own
        after more people hurt, are a part of them."""
        if draft.action != "injured" or draft.places or draft.action_token is None:
            return False
        if draft.number is None or self._named_one(draft.number[0]):
            return False  # "Мужчину доставили в больницу": a person named, not counted
        if not self._in_care(facts, draft.number[0], draft.action_token):
            return False
        speech = self.lex.words.speech_verbs
        if any(t.lemma in speech for t in self.doc.sentence_tokens(draft.sentence)):
            return False  # "the mayor said three people were in hospital": a voice's own count
        earlier = [d for ds in self.drafts for d in ds] + [
            d for d in made if d.action_token is not None and d.action_token < draft.action_token
        ]
        return any(d.action == "injured" and d.quantity > draft.quantity for d in earlier)

    def _in_care(self, facts: Facts, number: int, action_token: int) -> bool:
        """The count's word of the hurt is a care verb, or a care verb tells what befell the
        hurt it counts ("Четверо раненых остаются в больнице": the noun "раненых" names them,
        the clause's verb says where they are)."""
        care = self.lex.words.care_verbs
        if self.doc.tokens[action_token].lemma in care:
            return True
        clause = self._clause_of(facts, number)
        return any(
            t.lemma in care or t.low in care
            for t in self.doc.tokens[max(clause[0], action_token + 1) : clause[1]]
        )

    def _named_one(self, index: int) -> bool:
        return self.doc.tokens[index].lemma in self.lex.words.single_victims

    def _describes(self, action: ActionMention, index: int) -> bool:
        """An injured word that describes the victim at `index` rather than telling what
        befell them: a full participle ("раненная"), or a bare past form just after the noun,
        where nouns show no case ("a woman wounded in ...")."""
        if action.action != "injured":
            return False
        token = self.doc.tokens[action.token]
        if token.info.pos in ("PRTF", "ADJF"):
            return True
        between = self.doc.tokens[index + 1 : action.token]
        return (
            token.info.pos == "VERB"
            and not token.info.grams & NOUN_CASES
            and all(t.text == "," for t in between)
            and len(between) <= 1
        )

    def _died_later(
        self,
        wound: ActionMention,
        item: tuple[int, int],
        casualty: list[ActionMention],
        taken: set[int | None],
    ) -> ActionMention | None:
        """The death told later of the victim a wound describes ("a woman wounded in the
        attack has died"): the first killed word after it in the item, no other person named
        between."""
        for later in casualty:
            if later.action != "killed" or later.token in taken:
                continue
            if not wound.token < later.token < item[1]:
                continue
            between = self.doc.tokens[wound.token + 1 : later.token]
            if any(t.lemma in self.lex.words.single_victims and t.info.is_noun for t in between):
                return None
            return later
        return None
