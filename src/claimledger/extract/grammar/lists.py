"""List items of a count: its places, the items that only add places, "по N" over several."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar import clauses as mod_statement
from claimledger.extract.grammar.base import ReaderBase
from claimledger.extract.grammar.draft import WEAPON_ACTIONS, Draft, Facts
from claimledger.extract.mentions.types import PlaceRef, Quantity

_COLON = frozenset({":"})


class ListRules(ReaderBase):
    def _distribute(
        self, draft: Draft, quantity: Quantity, facts: Facts, claimed: set[int]
    ) -> list[Draft]:
        """Places of the count's list item and of the items after it that only add places."""
        own, extra = self._item_places(facts, quantity, claimed)
        draft.places = own + extra
        draft.total = self._total_word(facts, quantity)
        draft.many_regions = draft.total or self._many_regions(facts, quantity)
        bracketed = self._bracketed(facts)
        if quantity.number_first in bracketed:
            # "над Белгородской областью (11 БПЛА)": the count in brackets is its place's
            draft.places = [bracketed[quantity.number_first]]
        elif bracketed:
            # the total those bracketed counts break down is of all their places
            breakdown = {id(p) for p in bracketed.values()}
            draft.places = [p for p in draft.places if id(p) not in breakdown]
            draft.many_regions = draft.many_regions or len(bracketed) > 1
        draft.speaker_region = self._own_region_words(facts, quantity)
        if not quantity.distributive or len(draft.places) < 2:
            return [draft]
        out: list[Draft] = []
        for place in draft.places:
            out.append(replace(draft, places=[place]))
        return out

    def _bracketed(self, facts: Facts) -> dict[int, PlaceRef]:
        """Counts in brackets right after a place, by their number's token: "над территориями
        Белгородской области (11 БПЛА) и Курской области (3 БПЛА)"."""
        found: dict[int, PlaceRef] = {}
        for place in facts.places:
            if place.in_actor or place.last >= len(self.doc.tokens):
                continue
            if self.doc.tokens[place.last].text != "(":
                continue
            if any(q.number_first == place.last + 1 for q in facts.quantities):
                found[place.last + 1] = place
        return found

    def _item_places(
        self, facts: Facts, quantity: Quantity, claimed: set[int]
    ) -> tuple[list[PlaceRef], list[PlaceRef]]:
        item = self._item_of(facts, quantity.number_first)
        usable = [p for p in facts.places if not p.in_actor]
        own = [p for p in usable if item[0] <= p.first < item[1]]
        own_ids = {id(p) for p in own}
        extra: list[PlaceRef] = []
        position = facts.items.index(item) if item in facts.items else -1
        if position < 0:
            return own, extra
        free = [p for p in usable if id(p) not in claimed]
        # "по N" gives N to every place of its list, though a total before it named them too
        # ("12 дронов над Калужской, Тульской и Орловской областями — по четыре")
        chain = self._coordinated_before(own, usable if quantity.distributive else free)
        own = chain + own
        own = self._leading_places(facts, quantity, position, free, bool(own)) + own
        places_first = own and all(p.last <= quantity.first for p in own)
        if places_first and self._count_ends_item(item, quantity):
            # "над Курской и Белгородской областями — по три, над Брянской — два": places,
            # then the count; the items after it are the next count's
            return own, extra
        later = self._later_count_chains(facts, quantity, usable)
        for following in facts.items[position + 1 :]:
            if any(following[0] <= q.number_first < following[1] for q in facts.quantities):
                break
            if self.doc.tokens[following[0] - 1].text in (self.lex.words.list_openers or _COLON):
                break  # "о 12 сбитых: над Калужской, Тульской ... — по четыре": the breakdown's
            if any(
                id(p) in later and not own_ids & later[id(p)]
                for p in usable
                if following[0] <= p.first < following[1]
            ):
                break  # "шесть — над Брянской, над Белгородской и Тульской — по два": the
                # places joined to a later count that follows them are that count's
            if mod_statement.opens_subset(self.doc, self.lex, *following):
                break
            if self._of_the_rest(following):
                break  # "10 — над Курською, решту — над Орловською": the rest's own item
            if self._holds_speech(following):
                break
            if self.doc.tokens[following[0]].low in self.lex.words.relative_openers:
                break  # "over the Bryansk region, which lies between Kyiv and Moscow"
            found = [p for p in usable if following[0] <= p.first < following[1]]
            if not found:
                break
            extra.extend(found)
        return own, extra

    def _of_the_rest(self, item: tuple[int, int]) -> bool:
        """A list item told of the weapons not counted yet ("решту", "остальные", "the rest")."""
        other = self.lex.words.other_ones
        return any(
            t.lemma in other or t.low in other for t in self.doc.tokens[item[0] : item[0] + 2]
        )

    def _coordinated_before(self, own: list[PlaceRef], usable: list[PlaceRef]) -> list[PlaceRef]:
        """Places joined to the item's first place by "и" or a comma only: "над Курской и
        Белгородской областями четыре" names both regions, though "и" cuts the items."""
        if not own:
            return []
        chain: list[PlaceRef] = []
        first = min(own, key=lambda p: p.first)
        while True:
            joined = [
                p
                for p in usable
                if p.last <= first.first
                and p not in own
                and p not in chain
                and self._only_joiners(p.last, first.first)
            ]
            if not joined:
                return chain
            first = max(joined, key=lambda p: p.last)
            chain.insert(0, first)

    def _later_count_chains(
        self, facts: Facts, quantity: Quantity, usable: list[PlaceRef]
    ) -> dict[int, set[int]]:
        """For each place of a list that ends at a later count told after its places ("над
        Белгородской, Тульской и Тверской — по два"), the ids of that whole list."""
        chains: dict[int, set[int]] = {}
        for later in facts.quantities:
            if later.first <= quantity.last or later.other:
                continue
            item = self._item_of(facts, later.number_first)
            own = [p for p in usable if item[0] <= p.first < item[1]]
            if not own or not all(p.last <= later.first for p in own):
                continue
            ids = {id(p) for p in self._coordinated_before(own, usable) + own}
            for place_id in ids:
                chains[place_id] = ids
        return chains

    def coordinated_after(self, first: PlaceRef, usable: list[PlaceRef]) -> list[PlaceRef]:
        """Places joined after `first` by "и" or a comma only ("в Харькове, Полтаве и Кривом
        Роге")."""
        chain: list[PlaceRef] = []
        last = first
        while True:
            joined = [
                p
                for p in usable
                if p.first >= last.last
                and p not in chain
                and self._only_joiners(last.last, p.first)
            ]
            if not joined:
                return chain
            last = min(joined, key=lambda p: p.first)
            chain.append(last)

    def _only_joiners(self, start: int, end: int) -> bool:
        """Tokens [start, end) are one comma or "и" ("Курской, Тульской и Тверской")."""
        between = [self.doc.tokens[i].low for i in range(start, end)]
        return len(between) == 1 and between[0] in self.lex.words.place_joiners

    def _count_ends_item(self, item: tuple[int, int], quantity: Quantity) -> bool:
        """The count closes its item ("... областями — по три"): nothing but its weapon after."""
        after = [self.doc.tokens[i] for i in range(quantity.last, item[1])]
        return all(not t.is_word for t in after)

    def _leading_places(
        self,
        facts: Facts,
        quantity: Quantity,
        position: int,
        usable: list[PlaceRef],
        has_own: bool,
    ) -> list[PlaceRef]:
        """Places of the items before the count in its clause, back to the previous count:
        "Над Брянской областью было перехвачено и уничтожено 20"; when the count's item names a
        place itself, only items that are nothing but places ("над Брянской, Калужской и
        Курской областями были сбиты 23")."""
        clause = self._clause_of(facts, quantity.number_first)
        found: list[PlaceRef] = []
        if has_own and any(
            clause[0] <= q.first < quantity.first and not q.other for q in facts.quantities
        ):
            return found  # "по 3 – над A, B и C и один – над Крымом": those belong to "по 3"
        for earlier in reversed(facts.items[:position]):
            if earlier[0] < clause[0]:
                break
            if any(earlier[0] <= q.number_first < earlier[1] for q in facts.quantities):
                break
            here = [p for p in usable if earlier[0] <= p.first < earlier[1]]
            if has_own and not self._only_places(earlier, here):
                break
            if any(earlier[0] <= p.first < earlier[1] for p in facts.places) and not here:
                break  # the places there belong to the count before
            found = here + found
        return found

    def _only_places(self, item: tuple[int, int], places: list[PlaceRef]) -> bool:
        if not places:
            return False
        for index in range(*item):
            token = self.doc.tokens[index]
            inside = any(p.first <= index < p.last for p in places)
            if not inside and token.is_word and token.info.pos not in ("PREP", "CONJ"):
                return False
        return True

    def _subset_places(self, facts: Facts) -> set[int]:
        """Places of "в том числе ..." items: a part named, not the place of the count. The same
        for every count of the sentence: read once (the facts are kept beside their answer, so
        that the id they are looked up by stays theirs)."""
        known = self.subset_places.get(id(facts))
        if known is not None and known[0] is facts:
            return known[1]
        ids: set[int] = set()
        counts = {q.first for q in facts.quantities}
        subset = False
        for item in facts.items:
            # "including 62 over the Black Sea and five over the Azov Sea": the items after the
            # opener that start with a count are parts too
            # and so are the items of places only that continue its list ("в том числе по
            # пять над Курской и Брянской областями")
            subset = (
                mod_statement.opens_subset(self.doc, self.lex, *item)
                or self._counted_subset(facts, item)
            ) or (
                subset
                and (
                    item[0] in counts
                    or self._only_places(
                        item, [p for p in facts.places if item[0] <= p.first < item[1]]
                    )
                )
            )
            if subset:
                ids.update(id(p) for p in facts.places if item[0] <= p.first < item[1])
        self.subset_places[id(facts)] = (facts, ids)
        return ids

    def _counted_subset(self, facts: Facts, item: tuple[int, int]) -> bool:
        """ "..., 20 of them over the Bryansk region": a count, then the subset's opener."""
        return any(
            q.first == item[0] and mod_statement.opens_subset(self.doc, self.lex, q.last, item[1])
            for q in facts.quantities
        )

    def _total_word(self, facts: Facts, quantity: Quantity) -> bool:
        clause = self._clause_of(facts, quantity.number_first)
        return self._first_in(self.total_words, clause[0], quantity.first) is not None

    def _many_regions(self, facts: Facts, quantity: Quantity) -> bool:
        """Many regions: "над 9 российскими регионами", "в разных регионах"."""
        clause = self._clause_of(facts, quantity.number_first)
        key = ("many_regions", *clause)
        if key not in self.clause_facts:
            self.clause_facts[key] = self._clause_many_regions(facts, clause)
        return self.clause_facts[key]

    def _clause_many_regions(self, facts: Facts, clause: tuple[int, int]) -> bool:
        for index in range(*clause):
            token = self.doc.tokens[index]
            if token.lemma in self.lex.words.many_regions and token.info.numbers == frozenset(
                {"plur"}
            ):
                named = any(p.last == index or p.last == index - 1 for p in facts.places)
                before = self.doc.tokens[index - 1].low if index else ""
                if not named and before not in self.lex.words.open_ground:  # "in open areas"
                    return True
        return False

    def _own_region_words(self, facts: Facts, quantity: Quantity) -> bool:
        """The speaker's region: "над его областью", "над своим регионом"."""
        clause = self._clause_of(facts, quantity.number_first)
        key = ("own_region", *clause)
        if key not in self.clause_facts:
            words = [self.doc.tokens[i].low for i in range(*clause)]
            self.clause_facts[key] = any(
                w in self.lex.words.own_possessives and n in self.lex.words.region_nouns
                for w, n in pairwise(words)
            )
        return self.clause_facts[key]

    # -- a list under a header ---------------------------------------------------------------

    def _header_action(self, sentence: Sentence, first: int) -> tuple[str, int] | None:
        """The header's action for an item that opens its line ("- 33 ударних БПЛА", "- штурмовик
        Су-25" under "ЗНИЩЕНО:"), with the header's action token."""
        if self.list_header is None or not self._opens_line_at(sentence, first):
            return self._subset_header(sentence)
        return self.list_header

    def _subset_header(self, sentence: Sentence) -> tuple[str, int] | None:
        """ "Днепр был атакован ракетами. Среди них — ...": a sentence opening with a subset
        word after one that named the weapons uncounted lists them under its action."""
        if self.subset_header is None:
            return None
        words = [t for t in self.doc.sentence_tokens(sentence) if t.is_word]
        if not words or not mod_statement.opens_subset(
            self.doc, self.lex, words[0].index, sentence.last
        ):
            return None
        # only weapons listed after the opener: "Зокрема, проліт «шахеда» було чутно" tells of
        # one weapon's flight, not of the weapons counted above
        facts = self.facts[-1]
        spans = [(p.first, p.last) for p in facts.phrases]
        spans += [(q.first, q.last) for q in facts.quantities]
        listed = words[mod_statement.opener_words(self.doc, self.lex, words[0].index) :]
        if not all(
            any(a <= t.index < b for a, b in spans)
            or t.low in self.lex.words.and_words
            or t.low in self.lex.words.be_forms
            for t in listed
        ):
            return None
        return self.subset_header

    def _opens_line_at(self, sentence: Sentence, index: int) -> bool:
        """Only list marks ("-", "+", "–") before token `index` in its sentence."""
        return all(not (t.is_word or t.is_digits) for t in self.doc.tokens[sentence.first : index])

    def _update_header(self, sentence: Sentence, facts: Facts) -> None:
        """A sentence that is an action and nothing counted, ending in a colon or standing alone
        ("ЗНИЩЕНО:", "Збито:", "ЗНИЩЕНО" over "ПОВІТРЯНИХ ЦІЛЕЙ"), heads the list below it; a
        sentence with an action of its own ends that list."""
        strong = [
            a
            for a in facts.actions
            if a.action in WEAPON_ACTIONS
            and not a.weak
            and not self.doc.tokens[a.token].info.is_noun  # "- 6 удари БПЛА" goes on the list
        ]
        counted = any(not q.other for q in facts.quantities)
        self.subset_header = None
        if strong and not counted and any(p.number == "plur" for p in facts.phrases):
            self.subset_header = (strong[0].action, strong[0].token)
        if not strong:
            return
        tokens = self.doc.sentence_tokens(sentence)
        alone = all(t.index in {a.token for a in strong} for t in tokens if t.is_word)
        if not counted and (tokens[-1].text == ":" or alone):
            action = strong[0]
            name = action.action
            if self.doc.tokens[action.token].lemma in self.lex.words.attack_verbs:
                name = "hit"  # "По регіону вдарили:" over what struck it
                if any(t.low in self.lex.words.instrument_preps
                       for t in tokens if t.index > action.token):
                    name = "launched"  # "the enemy attacked with 140 air attack assets:"
            self.list_header = (name, action.token)
        else:
            self.list_header = None

    def _item_end(self, sentence: Sentence, first: int, drafts_after: list[int]) -> int:
        """Where a list item's evidence ends: at the next count of its line, else at the line's
        end, without the joining words and marks before it ("..., «Supercam» та один ...")."""
        end = min([i for i in drafts_after if i > first] or [sentence.last])
        while end > first + 1:
            token = self.doc.tokens[end - 1]
            if token.is_word and token.low not in self.lex.words.and_words:
                break
            if token.is_digits or token.text in self.lex.words.quotes or token.text == ")":
                break
            end -= 1
        return end
