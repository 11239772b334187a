"""Where a claim is: its own places, a total's breakdown, the sentence, the context."""

from __future__ import annotations

from claimledger.extract.grammar import clauses as mod_statement
from claimledger.extract.grammar.draft import WEAPON_ACTIONS, Draft, Facts
from claimledger.extract.grammar.scene import (
    alert_scene,
    gone_abroad,
    named_event,
    neighbours,
    referred_weapon,
    tells_span,
    without_destinations,
)
from claimledger.extract.grammar.single import SingleRules
from claimledger.extract.grammar.statements import counted_regions, other_speakers, speaker_clause
from claimledger.extract.mentions.place_codes import (
    HELD_BY_RU,
    HOME_COUNTRIES,
    combine,
    combine_codes,
    country_of_code,
    enclosing_country,
    region_of_code,
    widen_to_named_region,
)
from claimledger.extract.mentions.types import PlaceRef

_COLON = frozenset({":"})


_TOLD_REGIONS = 3  # regions named before a total that make it the country's


class PlaceRules(SingleRules):
    # -- places -------------------------------------------------------------------------------

    def _locate(self, draft: Draft, facts: Facts, siblings: list[Draft]) -> None:
        places = self.gazetteer_places
        subset = self._subset_places(facts)
        opened = other_speakers(self.doc, self.lex, facts)
        statement = speaker_clause(self._statement_of(draft), opened, draft)
        usable = [
            p
            for p in facts.places
            if not p.in_actor and id(p) not in subset and statement[0] <= p.first < statement[1]
        ]
        usable = without_destinations(
            self._without_offshore_marks(
                [p for p in usable if not (self._bordered(p) or gone_abroad(p))]
            )
        )
        owned = {id(p) for d in siblings for p in d.places}
        free = [p for p in usable if id(p) not in owned]
        # a list's later items are the count's own places, but not past another speaker's word
        spoken = speaker_clause((draft.sentence.first, draft.sentence.last), opened, draft)
        kept = [p for p in draft.places if spoken[0] <= p.first < spoken[1]]
        kept = [p for p in kept if not (self._bordered(p) or gone_abroad(p))]
        own = without_destinations(self._without_offshore_marks(kept))
        opener = self._list_opener(draft)
        if opener is not None and all(p.first > opener for p in own):
            own = []  # "86 drones - two over Belgorod, ...": the places are the breakdown's
        if self._several_seas(own):
            # "over the Sea of Azov and the Black Sea": one count over several seas is the
            # defending country's, as one over several regions (resolve/located.py)
            draft.location, draft.location_source, draft.location_refs = None, "seas", own
            return
        if own and not draft.total and counted_regions(self.doc, self.lex, draft, own):
            # "над Курской и ещё двумя областями": regions counted besides those named, one
            # number for all (ANNOTATION.md): the defending country's, not the one named
            draft.location, draft.location_source, draft.location_refs = None, "regions", own
            return
        steps: list[tuple[str, str | None, list[PlaceRef]]] = [
            ("own", combine(own, places), own)
        ]
        if draft.action in WEAPON_ACTIONS:
            steps.append(("total", self._total_location(draft, facts), []))
            # "сбиты 14 дронов, в том числе пять над Курской и Брянской": a whole of which only
            # parts are placed is over the country of those parts
            parts = [p for p in facts.places if id(p) in subset and p.first > draft.last]
            steps.append(("total", self._country_of(parts) if parts else None, []))
        if draft.total and not draft.places:
            steps.append(("total", self._sum_location(), []))
        if not draft.many_regions and not draft.speaker_region:
            # "hit Ukraine with 37 missiles and 80 drones ..., killing five in Kyiv": a weapon
            # of the same verb as one its own words placed is where that one is
            steps.append(("sibling", self._same_verb_location(draft, siblings), []))
            steps.append(("sentence", combine(free, places), free))
            sibling = self._sibling(draft, siblings)
            told = referred_weapon(self.doc, self.lex, facts, draft.sentence, draft.weapon)
            if told is not None:  # "Most of the rockets were intercepted, and five fell ..."
                steps.append(("context", self.last_places.get(told), []))
            steps.append(
                (
                    # a sibling placed by context only passes that on: the speaker may overrule it
                    "context" if sibling and sibling.location_source == "context" else "sibling",
                    sibling.location if sibling else None,
                    [],
                )
            )
            shared = [p for p in usable if id(p) not in self._others_targets(draft, siblings)]
            steps.append(("sentence", combine(shared, places), shared))
            context = self.context_location
            if draft.action not in WEAPON_ACTIONS and self.context_specific is not None:
                context = self.context_specific
            if draft.listed and draft.action_token is not None:
                # an item of a list is where its header says, not where the text was before
                header = self.facts[self.doc.tokens[draft.action_token].sentence]
                context = combine([p for p in header.places if not p.in_actor], places)
            steps.append(("context", context, []))
        if draft.many_regions:  # "100 ракет и 466 дронов по Киеву, Харькову и Одессе"
            steps.append(("sibling", self._same_verb_location(draft, siblings), []))
        if draft.many_regions and not draft.total:
            # "over six regions, including 32 over Bryansk": the country of the places named.
            steps.append(("sentence", self._country_of(facts.places), []))
            if self.context_location is not None:  # "... at Ukraine. Shot down 30 over 9 regions"
                country = country_of_code(self.context_location, self.gazetteer_places)
                steps.append(("context", country, []))
        for source, location, refs in steps:
            if location is not None:
                if source in ("own", "sentence"):
                    named = [p for p in facts.places if not p.in_actor]  # not "governor of X"
                    named += self._header_places(draft)
                    location = widen_to_named_region(location, named, places)
                draft.location, draft.location_source, draft.location_refs = location, source, refs
                return

    def _header_places(self, draft: Draft) -> list[PlaceRef]:
        """The places of the sentence before, where it ends with a colon and so heads the
        draft's item ("... в Курской области, сообщили в Минобороны: — удар в районе н.п.
        Лотаревка"): the header is the item's attribution, whose region a town is (docs/
        evaluation.md); one naming neither place nor speaker ("Главное из заявления:") goes on
        with the sentence before it."""
        index = draft.sentence.index
        if index == 0:
            return []
        header = self.doc.sentences[index - 1]
        if header.last <= header.first or self.doc.tokens[header.last - 1].text != ":":
            return []
        own = [p for p in self.facts[index - 1].places if not p.in_actor]
        if own or index < 2 or self.facts[index - 1].speaker.explicit:
            return own
        return [p for p in self.facts[index - 2].places if not p.in_actor]

    @staticmethod
    def _same_verb_location(draft: Draft, siblings: list[Draft]) -> str | None:
        """The place of another weapon of the draft's verb, where its own words gave one (not of
        a part of the same weapon: "все они были сбиты, в том числе 91 — над Московской
        областью" places the 91, not all of them)."""
        found = {
            d.location
            for d in siblings
            if d is not draft
            and d.weapon != draft.weapon
            and draft.action_token is not None
            and d.action_token == draft.action_token
            and d.action == draft.action
            and d.location_source == "own"
        }
        return found.pop() if len(found) == 1 else None

    def _others_targets(self, draft: Draft, siblings: list[Draft]) -> set[int]:
        """Places of another weapon's own item, after its own verb ("завдала удару ракетою по
        Сумській області, а також атакувала 14 дронами"): where that weapon struck, not where
        a count with a verb of its own was."""
        return {
            id(p)
            for d in siblings
            if d is not draft
            and d.action in WEAPON_ACTIONS
            and d.weapon is not None
            and d.weapon != draft.weapon
            and d.action_token is not None
            and draft.action_token is not None
            and d.action_token != draft.action_token
            for p in d.places
            if p.first > d.action_token
        }

    def _without_offshore_marks(self, refs: list[PlaceRef]) -> list[PlaceRef]:
        """ "above the Black Sea, off the coast of Crimea": where a sea is named, the land after
        "off" only marks where on the sea."""
        if not any(p.place.kind == "sea" for p in refs):
            return refs
        return [p for p in refs if p.place.kind == "sea" or not self._offshore(p)]

    def _bordered(self, ref: PlaceRef) -> bool:
        """ "the region of Belgorod, which borders Ukraine": a neighbour named to say where a
        place lies, not the place of a claim."""
        if id(ref) in neighbours(self.doc, self.lex, self.gazetteer_places, self.facts[-1].places):
            return True  # "Israeli towns near the Gaza Strip"
        tokens = self.doc.tokens
        for index in range(ref.first - 1, max(0, ref.first - 3) - 1, -1):
            token = tokens[index]
            if token.low in self.lex.words.border_verbs:
                before = tokens[index - 1].low if index > 0 else ""
                return token.low.endswith("s") or before in self.lex.words.relative_openers or (
                    before == "," or tokens[index + 1].low in self.lex.words.border_links
                )
            if not token.is_word:
                return False
        return False

    def _offshore(self, ref: PlaceRef) -> bool:
        tokens = self.doc.tokens
        sentence = self.doc.sentences[tokens[ref.first].sentence]
        for index in range(ref.first - 1, max(sentence.first, ref.first - 6) - 1, -1):
            if tokens[index].low in self.lex.words.offshore_words:
                return True
            if tokens[index].text in (",", ";", ":"):
                return False
        return False

    @staticmethod
    def _several_seas(own: list[PlaceRef]) -> bool:
        codes = {p.place.code for p in own}
        return len(codes) > 1 and all(p.place.kind == "sea" for p in own)

    def _list_opener(self, draft: Draft) -> int | None:
        """The mark that opens a breakdown right after the draft, in its clause ("86 drones -
        two over ...")."""
        openers = self.lex.words.list_openers or _COLON
        for index in range(draft.last, draft.sentence.last):
            text = self.doc.tokens[index].text
            if text in openers:
                return index
            if text in (",", ";", "."):
                return None
        return None

    def _statement_of(self, draft: Draft) -> tuple[int, int]:
        """The part of the draft's sentence between statement breaks ("...; air defence ...")."""
        sentence = draft.sentence
        before = self._last_in(self.statement_breaks, sentence.first, draft.first)
        after = self._first_in(self.statement_breaks, draft.first, sentence.last)
        start = sentence.first if before is None else before + 1
        return start, sentence.last if after is None else after

    def _country_of(self, refs: list[PlaceRef]) -> str | None:
        """The one country of a sentence's places, when they name only one."""
        countries = {
            country_of_code(r.place.code, self.gazetteer_places) for r in refs if not r.in_actor
        }
        return countries.pop() if len(countries) == 1 else None

    def _sum_location(self) -> str | None:
        """A total ("Всего сбито 34"): where the counts before it were, else the last place."""
        counted = [
            d for drafts in self.drafts for d in drafts if d.location and d.action in WEAPON_ACTIONS
        ]
        codes = [d.location for d in counted if d.location]
        told = self._told_country()
        if told is not None:
            return told  # "Всего за последние дни выпущено 100 ракет" after strikes on 5 regions
        if codes:
            # a total after a count spread over several regions and a count of one of them ("15
            # over three regions, 10 of them over Kyiv region ... a total of 20 launches") is the
            # country's; a country named as the target with one region struck stays the region
            spread = {d.location for d in counted if self._spread(d)}
            country = enclosing_country(codes, self.gazetteer_places)
            if country is not None and country in spread:
                return country
            return combine_codes(codes, self.gazetteer_places)
        return self.context_location

    def _told_country(self) -> str | None:
        """The country of the places the sentences before a total named, where they lie in
        several regions of it: a total over them all (ANNOTATION.md: several regions with one
        number are the country). Three at least: Moscow and a town of its oblast are one
        attack's ("атаковать Москву ... сбили в Раменском. Всего уничтожено четыре")."""
        places = self.gazetteer_places
        codes = [
            p.place.code
            for facts in self.facts[:-1]
            for p in facts.places
            if not (p.in_actor or p.origin or p.dateline or p.destination)
            and p.place.kind != "country"
        ]
        regions = {region_of_code(code, places) for code in codes} - {None}
        countries = {country_of_code(code, places) for code in codes}
        spread = len(regions) >= _TOLD_REGIONS
        return countries.pop() if spread and len(countries) == 1 else None

    def _spread(self, draft: Draft) -> bool:
        """A count placed at its country from several of its regions ("over six regions",
        "over the Kyiv, Poltava and Cherkasy regions")."""
        places = self.gazetteer_places
        regions = {region_of_code(r.place.code, places) for r in draft.location_refs}
        return draft.many_regions or len(regions - {None}) > 1

    def _sibling(self, draft: Draft, siblings: list[Draft]) -> Draft | None:
        """The placed claim said just before in the same sentence."""
        before = [
            d
            for d in siblings
            if d is not draft and d.location is not None and d.first < draft.first
        ]
        if before or draft.action in WEAPON_ACTIONS:
            return before[-1] if before else None
        # "Five people were wounded when a drone hit a bus in Kherson": the victims are where
        # the weapon of their sentence struck (placed on the second look, locate's caller)
        after = [
            d
            for d in siblings
            if d.location is not None and d.action in WEAPON_ACTIONS and d.first > draft.first
        ]
        return after[0] if after else None

    def _total_location(self, draft: Draft, facts: Facts) -> str | None:
        """A total before a colon or "из них": the places of its breakdown together."""
        breakdown_places: list[PlaceRef] = []
        if not (
            mod_statement.ends_with_colon(
                self.doc, draft.sentence, draft.first, self.lex.words.list_openers or _COLON
            )
            or self._followed_by_part(draft)
        ):
            return None
        for place in facts.places:
            if place.first > draft.last and not place.in_actor:
                breakdown_places.append(place)
        if not breakdown_places:
            return None
        spread = self._sea_and_land(breakdown_places, facts, draft)
        if spread is not None:
            return spread
        location = combine(breakdown_places, self.gazetteer_places)
        if (
            location is not None
            and location.startswith(("RU-", "UA-"))
            and len({p.place.code for p in breakdown_places}) == 1
        ):
            return location[:2]
        return location

    def _sea_and_land(self, refs: list[PlaceRef], facts: Facts, draft: Draft) -> str | None:
        """A total broken down by counts of its own over a sea and over land of the war ("10
        drones: seven over the Black Sea, three over Krasnodar Krai"): the defending country's,
        as a count over several regions is (one count "over the sea and Crimea" is the land's,
        `combine`; land Russia holds in Ukraine is left to that)."""
        seas = [p for p in refs if p.place.kind == "sea"]
        land = [p for p in refs if p.place.kind != "sea"]
        counts = [q for q in facts.quantities if q.first > draft.last]
        if not seas or not land or len(counts) < 2:
            return None
        country = self._country_of(land)
        regions = {region_of_code(p.place.code, self.gazetteer_places) for p in land}
        if country not in HOME_COUNTRIES or regions & HELD_BY_RU:
            return None
        return country

    def _followed_by_part(self, draft: Draft) -> bool:
        words = [
            # "из них", ", 40 of them over ..."
            t.low for t in self.doc.tokens[draft.last : min(draft.sentence.last, draft.last + 4)]
        ]
        return bool(
            self.lex.words.from_words & set(words) and self.lex.words.relative_pronouns & set(words)
        )

    def _remember(self, drafts: list[Draft], facts: Facts) -> None:
        if any(d.history or d.background for d in facts.dates) or named_event(
            self.doc, self.lex, facts.dates
        ):
            return  # "in January, ... in the Red Sea", "Hamas's Oct. 7 attack": another time's
        for draft in sorted(drafts, key=lambda d: d.first):  # the place told last is context
            if draft.location is not None:
                told = self._first_told(draft) or draft.location
                self.context_location = told
                if "-" in told or ":" in told:
                    self.context_specific = told
            if draft.weapon is not None and draft.action in ("launched", "intercepted"):
                self.last_counts[draft.weapon] = draft.quantity
                if draft.location is not None:
                    self.last_places[draft.weapon] = draft.location
        if not drafts and not tells_span(self.doc, self.lex, len(self.facts) - 1):
            event = [
                p
                for p in facts.places
                if not (p.in_actor or self._bordered(p))
                and self.event_place(facts, p)
                and not self.acting_state(p)
            ]
            if not event:
                self._remember_blasts(facts)
            # "удар по объектам в Харькове, Полтаве и Кривом Роге": the places listed with an
            # event's place are the event's too, though a comma cuts their clause
            usable = [p for p in facts.places if not p.in_actor]
            for place in list(event):
                event += [p for p in self.coordinated_after(place, usable) if p not in event]
            theatre = [p for p in event if p.place.country is not None or p.place.kind == "sea"]
            if not theatre:
                # "Warships escorted tankers through the Gulf of Aden. The Houthis fired two
                # drones at them": a sea the ships were on is the scene of what follows
                theatre = [p for p in usable if p.place.kind == "sea"]
            if theatre:
                location = combine(theatre, self.gazetteer_places)
                if location is not None:
                    location = widen_to_named_region(location, facts.places, self.gazetteer_places)
                    self.context_location = location
                    if "-" in location or ":" in location:
                        self.context_specific = location

    def acting_state(self, place: PlaceRef) -> bool:
        """ "Russia launched a massive attack overnight": a state named as the subject of an
        active verb right after it attacks; it is no place of the figures that follow (the air
        force's downings after it are over the other side). "Kyiv was attacked" stays a place."""
        tokens = self.doc.tokens
        words = self.lex.words
        if place.last >= len(tokens) or tokens[place.first].low not in words.indeclinable_subjects:
            return False
        if place.first > 0 and tokens[place.first - 1].info.pos == "PREP":
            return False  # "attacks on Russia launched ...": a place
        verb = tokens[place.last]
        if verb.lemma == "be" or verb.low in words.be_forms - {"has", "have", "had"}:
            return False  # a passive: the place attacked
        return verb.info.is_predicate or verb.lemma in words.auxiliaries

    def _remember_blasts(self, facts: Facts) -> None:
        """ "Взрывы в Ефремове Тульской области. ... никто не пострадал": explosions told at a
        place make it the place of the casualties and hits after (`context_specific`), not of
        a military's count of weapons downed ("В Одессе были слышны взрывы. В Воздушных силах
        сообщили, что сбиты 37 дронов" is the country's count)."""
        places = [p for p in facts.places if not p.in_actor and p.place.country is not None]
        blasted = [p for p in places if self._blast_near(facts, p)]
        location = combine(blasted, self.gazetteer_places) if blasted else None
        if location is not None and ("-" in location or ":" in location):
            named = widen_to_named_region(location, facts.places, self.gazetteer_places)
            self.context_specific = named

    def _blast_near(self, facts: Facts, place: PlaceRef) -> bool:
        span = self._dash_part(self._clause_of(facts, place.first), place.first)
        blasts = self.lex.words.blast_nouns
        return any(t.lemma in blasts or t.low in blasts for t in self.doc.tokens[span[0] : span[1]])

    def _first_told(self, draft: Draft) -> str | None:
        """A claim told again of a town in the region it was first placed in ("four drones
        over the Kaluga region" ... "the four drones in Kaluga") stands for the first telling."""
        place = self.gazetteer_places.get(draft.location or "")
        if place is None or place.region is None:
            return None
        for drafts in self.drafts[:-1]:
            for earlier in drafts:
                if (
                    (earlier.action, earlier.quantity, earlier.weapon)
                    == (draft.action, draft.quantity, draft.weapon)
                    and earlier.location == place.region
                ):
                    return earlier.location
        return None

    def event_place(self, facts: Facts, place: PlaceRef) -> bool:
        """A place in a clause that speaks of weapons or actions (not "город неподалеку от
        ..."), or a region in one of shelling: "На Сумщині ворог здійснив 85 обстрілів" sets the
        region of the day's strikes told after it (not a village shelled)."""
        clause = self._clause_of(facts, place.first)
        dash_cut = self._dash_part(clause, place.first)
        if self._tells_event(facts, dash_cut):
            return True
        told = self.context_location
        if alert_scene(self.doc, self.lex, self.gazetteer_places, told, place, dash_cut):
            return True
        fire = self.lex.words.shelling | self.lex.words.ground_fire
        if place.place.kind == "region" and any(
            t.lemma in fire for t in self.doc.tokens[dash_cut[0] : dash_cut[1]]
        ):
            return True
        # "Кадры из города Сумы, где в результате ракетного удара ...": the clause the place
        # opens with "where" tells what happened there
        after = next((c for c in facts.clauses if c[0] >= place.last), None)
        if after is None or after[0] >= after[1]:
            return False
        between = self.doc.tokens[place.last : after[0] + 1]
        return (
            all(t.text == "," for t in between[:-1])
            and between[-1].low in self.lex.words.where_relatives
            and self._tells_event(facts, after)
        )

    @staticmethod
    def _tells_event(facts: Facts, span: tuple[int, int]) -> bool:
        """Weapons or an action are told in the span."""
        return any(span[0] <= p.head < span[1] for p in facts.phrases) or any(
            span[0] <= a.token < span[1] for a in facts.actions
        )

    def _dash_part(self, clause: tuple[int, int], index: int) -> tuple[int, int]:
        start, end = clause
        for probe in range(clause[0], clause[1]):
            if self.doc.tokens[probe].text in ("—", "–"):
                if probe < index:
                    start = probe + 1
                else:
                    end = probe
                    break
        return start, end

