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

from dataclasses import dataclass, field, replace
from itertools import pairwise

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.ru import casualties, mod_statement, strikes
from claimledger.extract.ru.actions import find_actions
from claimledger.extract.ru.attribution import (
    SPEECH_VERBS,
    ActorMention,
    Attribution,
    SentenceSpeaker,
)
from claimledger.extract.ru.dates import DateReader
from claimledger.extract.ru.mentions import (
    ActionMention,
    DateMention,
    PlaceRef,
    Quantity,
    Speaker,
    WeaponPhrase,
)
from claimledger.extract.ru.places import (
    MANY_REGIONS_LEMMAS,
    combine,
    combine_codes,
    widen_to_named_region,
)
from claimledger.extract.ru.quantities import find_quantities
from claimledger.extract.ru.weapons import find_phrases
from claimledger.extract.slavic.weapons import ModelMention
from claimledger.model import MISSILE_KINDS
from claimledger.places.model import Place

LEXICON = {**strikes.LEXICON, **casualties.LEXICON, **mod_statement.LEXICON}
WEAPON_ACTIONS = frozenset({"launched", "intercepted", "suppressed", "hit"})
# Verbs that carry no action of their own and let a count take its clause's other words.
AUXILIARIES = frozenset(
    {
        "быть",
        "удаться",
        "стать",
        "оказаться",
        "мочь",
        "успеть",
        "продолжить",
        "попытаться",
        "пытаться",
        "удаваться",
        "составить",
    }
)
SINGLE_BLOCKERS = frozenset({"каждый", "ни", "такой", "этот", "любой", "очередной", "какой"})
ALL_WORDS = frozenset({"все", "всех", "всё"})
# "Всего за ночь сбито 34": a total over all regions, not the region named just before.
TOTAL_WORDS = frozenset({"всего", "итого", "суммарно", "сложности"})
_CONTEXT_SENTENCES = 2
# "добавил к ним еще пять": a verb of adding a few words before a bare "еще N".
ADDING_LEMMAS = frozenset({"добавить", "прибавить"})
_ADDED_REACH = 4
# Particles between a verb and a bare count of its object: "сбило всего две", "сбили лишь одну".
OBJECT_PARTICLES = frozenset({"всего", "лишь", "только", "еще", "ещё", "уже"})
_AIR_CONTEXT_SENTENCES = 3
DASHES = ("—", "–", "-")
# Words that name an air attack by themselves, and adjectives that make an attack one.
AIR_EVENT_WORDS = frozenset({"авиаудар", "авианалет", "ракетоопасность"})
AIR_ADJECTIVES = frozenset({"ракетный", "ракетно-дроновый", "дроновый", "воздушный"})
# Words before an action that make it a plan, a threat or a possibility.
FORECAST_LEMMAS = frozenset(
    {
        "мочь",
        "планировать",
        "намереваться",
        "собираться",
        "готовить",
        "готовиться",
        "угрожать",
        "пригрозить",
        "грозить",
        "хотеть",
        "рассчитывать",
        "способный",
        "должный",
    }
)
# Targets that make a strike part of the ground war ("удар по району сосредоточения ВСУ").
GROUND_TARGETS = frozenset(
    {
        "сосредоточение",
        "позиция",
        "дислокация",
        "скопление",
        "опорный",
        "блиндаж",
        "окоп",
        "техника",
        "пвд",
    }
)


@dataclass(slots=True)
class Draft:
    """A claim being put together; frozen into a `Claim` at the end."""

    action: str
    quantity: int
    qualifier: str
    weapon: str | None
    model: str | None
    sentence: Sentence
    first: int  # evidence tokens
    last: int
    number: tuple[int, int] | None = None
    action_token: int | None = None
    phrase: WeaponPhrase | None = None
    places: list[PlaceRef] = field(default_factory=list)
    location: str | None = None
    location_source: str | None = None  # "own", "total", "sentence", "sibling", "context"
    location_refs: list[PlaceRef] = field(default_factory=list)  # the mentions it came from
    many_regions: bool = False
    total: bool = False  # "всего ...": the sum of what was counted before
    speaker_region: bool = False  # "над его областью": the speaker's own region
    side: str | None = None
    hostile: bool = False
    date: str | None = None
    date_span: tuple[int, int] | None = None
    speaker: Speaker | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_named: bool = False  # a person or a body named, not "— мэр" or "власти"
    history: bool = False  # dated to another time ("в сентябре"): background, not a claim


@dataclass(slots=True)
class Facts:
    phrases: list[WeaponPhrase]
    quantities: list[Quantity]
    actions: list[ActionMention]
    places: list[PlaceRef]
    dates: list[DateMention]
    actors: list[ActorMention]
    speaker: SentenceSpeaker
    clauses: list[tuple[int, int]]
    items: list[tuple[int, int]]


class SentenceReader:
    """Reads the claims of each sentence; keeps the context that later sentences lean on."""

    def __init__(
        self,
        doc: Document,
        models: list[ModelMention],
        places: list[PlaceRef],
        gazetteer_places: dict[str, Place],
        attribution: Attribution,
        dates: DateReader,
    ) -> None:
        self.doc = doc
        self.models = models
        self.all_places = places
        self.gazetteer_places = gazetteer_places
        self.attribution = attribution
        self.dates = dates
        self.facts: list[Facts] = []
        self.drafts: list[list[Draft]] = []
        self.context_location: str | None = None
        self.context_specific: str | None = None  # the last location finer than a country
        self.last_counts: dict[str, int] = {}

    # -- facts --------------------------------------------------------------------------------

    def read(self, sentence: Sentence) -> None:
        facts = self._facts(sentence)
        self.facts.append(facts)
        drafts: list[Draft] = []
        if not self._question(sentence):
            drafts.extend(self._counted(sentence, facts))
            drafts.extend(self._single(sentence, facts, drafts))
            drafts.extend(self._casualties(sentence, facts))
        for draft in drafts:
            self._locate(draft, facts, drafts)
        self.drafts.append(drafts)
        self._remember(drafts, facts)

    def _question(self, sentence: Sentence) -> bool:
        """ "Россия ударила по Украине межконтинентальной ракетой?": asked, not asserted."""
        return self.doc.clean[sentence.start : sentence.end].rstrip(' »"').endswith("?")

    def _facts(self, sentence: Sentence) -> Facts:
        doc = self.doc
        phrases = find_phrases(doc, sentence, self.models)
        dates = self.dates.find(sentence)
        blocked = self._blocked(sentence, dates)
        quantities = find_quantities(doc, sentence, phrases, blocked)
        actions = find_actions(doc, sentence, LEXICON)
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
            mod_statement.cut(doc, sentence, mod_statement.CLAUSE_BREAKS),
            mod_statement.cut(doc, sentence, mod_statement.ITEM_BREAKS),
        )

    def _blocked(self, sentence: Sentence, dates: list[DateMention]) -> set[int]:
        blocked: set[int] = set()
        for mention in dates:
            blocked.update(range(mention.first, mention.last))
        for model in self.models:
            for index in range(sentence.first, sentence.last):
                token = self.doc.tokens[index]
                if token.start < model.end and token.end > model.start:
                    blocked.add(index)
        return blocked

    # -- counted weapons ----------------------------------------------------------------------

    def _counted(self, sentence: Sentence, facts: Facts) -> list[Draft]:
        drafts: list[Draft] = []
        previous: Draft | None = None
        previous_quantity: Quantity | None = None
        for quantity in facts.quantities:
            if quantity.victims or quantity.other or self._denied(quantity):
                continue
            casualty = [a for a in facts.actions if a.action in casualties.CASUALTY_ACTIONS]
            if quantity.elliptic and (
                not (
                    self._list_item(facts, quantity)
                    or (previous is not None and self._object_of_action(facts, quantity))
                )
                or self._after_other(facts, quantity, previous)
                or self._bare_victims(quantity, casualty)
            ):
                continue
            if previous is not None and self._trailing_whole(quantity, previous):
                drafts.append(self._whole_draft(previous, quantity.value, quantity))
                continue
            phrase = quantity.weapon or self._inherited_phrase(sentence, facts, quantity, previous)
            if phrase is None:
                continue
            action = self._count_action(sentence, facts, quantity, phrase, previous)
            if action is None:
                continue
            name, action_token = action
            if phrase.weapon in mod_statement.SHOT_DOWN_ONLY and (
                action_token is None
                or self.doc.tokens[action_token].lemma not in mod_statement.SHOT_DOWN_LEMMAS
            ):
                continue
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
            self._known_model(draft)
            self._evidence_with_action(draft, facts)
            claimed = {id(p) for d in drafts for p in d.places}
            drafts.extend(self._distribute(draft, quantity, facts, claimed))
            if quantity.whole is not None and name != "launched":
                drafts.append(self._whole_draft(draft, quantity.whole[0], quantity))
            previous = draft
            previous_quantity = quantity
        return drafts

    def _known_model(self, draft: Draft) -> None:
        """Bare "ракеты" in a post that has named one missile model so far: that model."""
        if draft.weapon != "missile" or draft.model is not None:
            return
        start = self.doc.tokens[draft.first].start
        named = {m.model for m in self.models if m.end <= start and m.model.weapon in MISSILE_KINDS}
        if len(named) == 1:
            model = named.pop()
            draft.weapon, draft.model = model.weapon, model.name

    def _object_of_action(self, facts: Facts, quantity: Quantity) -> bool:
        """A bare number right after a verb, the weapon named in a count before it: "выпущено
        восемь ракет, а ПВО сбило всего две"."""
        clause = self._clause_of(facts, quantity.number_first)
        probe = quantity.first - 1
        while probe >= clause[0] and self.doc.tokens[probe].low in OBJECT_PARTICLES:
            probe -= 1
        return probe >= clause[0] and any(
            a.token == probe
            and a.action in WEAPON_ACTIONS
            and self.doc.tokens[probe].info.pos in ("VERB", "PRTS")
            for a in facts.actions
        )

    def _trailing_whole(self, quantity: Quantity, previous: Draft) -> bool:
        """ "о пяти сбитых ракетах ... из шести": a bare "из M" after a count names its whole."""
        first = quantity.first
        return (
            quantity.elliptic
            and first > previous.first
            and self.doc.tokens[first - 1].low == "из"
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
        )

    def _denied(self, quantity: Quantity) -> bool:
        """ "ни об одной ракете", "ни один дрон не": no such weapon, not one of them."""
        start = max(0, quantity.first - 2)
        return any(self.doc.tokens[i].low == "ни" for i in range(start, quantity.first))

    def _list_item(self, facts: Facts, quantity: Quantity) -> bool:
        """Whether a bare number reads as an item of a list: "10 — над Ростовской", "над
        Калужской — семь", "29 уничтожены над ...", "одна достигла цели", "пять авиационных"."""
        tokens = self.doc.tokens
        before = tokens[quantity.first - 1] if quantity.first > 0 else None
        if (before is not None and before.low == "от") or self._range_end(quantity):
            return False  # "от 30 до 50": a range, not a count
        after = tokens[quantity.last] if quantity.last < len(tokens) else None
        if after is not None and after.low == "из":
            return True  # "сбиты 40 из них", "две из которых взорвались"
        if before is not None and before.text in DASHES:
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
        return any(
            quantity.last <= a.token < item[1]
            and tokens[a.token].info.pos != "PRTF"
            and a.action in WEAPON_ACTIONS
            for a in facts.actions
        )  # "29 уничтожены над ...", "одна достигла цели"

    def _added(self, quantity: Quantity) -> bool:
        """A bare "еще N" after a verb of adding: more of what was counted just before."""
        first = quantity.first
        words = self.doc.tokens[max(0, first - _ADDED_REACH) : first]
        return (
            bool(words)
            and words[-1].low in ("еще", "ещё")
            and any(t.lemma in ADDING_LEMMAS for t in words)
        )

    def _adjoins(self, quantity: Quantity, place: PlaceRef) -> bool:
        """Only prepositions, dashes and adjectives between a bare number and a place."""
        if place.first >= quantity.last:
            between = range(quantity.last, place.first)
        else:
            between = range(place.last, quantity.first)
        for index in between:
            token = self.doc.tokens[index]
            if token.text in DASHES or token.info.pos in ("PREP", "ADJF") or token.low in ("еще",):
                continue
            if token.lemma in ("территория", "акватория", "небо", "район", "окраина"):
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
        return before[-1].first >= clause[0] and (
            previous is None or previous.first < before[-1].first
        )

    def _range_end(self, quantity: Quantity) -> bool:
        first = quantity.number_first
        words = [t.low for t in self.doc.tokens[max(0, first - 3) : first]]
        return len(words) >= 3 and words[-1] == "до" and words[-3] == "от"

    def _coordinated(self, before: Quantity, after: Quantity) -> bool:
        """A qualifier covers coordinated counts: "около 120 ракет и 90 дронов"."""
        between = [t.low for t in self.doc.tokens[before.last : after.first]]
        return between == ["и"]

    def _inherited_phrase(
        self, sentence: Sentence, facts: Facts, quantity: Quantity, previous: Draft | None
    ) -> WeaponPhrase | None:
        if previous is not None and previous.phrase is not None:
            return previous.phrase
        before = [p for p in facts.phrases if p.last <= quantity.first]
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
            if self.facts[back].phrases:
                return self.facts[back].phrases[-1]
        after = [p for p in facts.phrases if p.first >= quantity.last]
        if quantity.items and after:
            return after[0]
        return None

    def _clause_of(self, facts: Facts, index: int) -> tuple[int, int]:
        for clause in facts.clauses:
            if clause[0] <= index < clause[1]:
                return clause
        return (index, index + 1)

    def _item_of(self, facts: Facts, index: int) -> tuple[int, int]:
        for item in facts.items:
            if item[0] <= index < item[1]:
                return item
        return (index, index + 1)

    def _forecast(self, clause: tuple[int, int], action_token: int) -> bool:
        """ "может применить", "планирует запустить": a threat or a plan, not a report."""
        start = max(clause[0], action_token - 3)
        return any(self.doc.tokens[i].lemma in FORECAST_LEMMAS for i in range(start, action_token))

    def _count_action(
        self,
        sentence: Sentence,
        facts: Facts,
        quantity: Quantity,
        phrase: WeaponPhrase,
        previous: Draft | None,
    ) -> tuple[str, int | None] | None:
        clause = self._clause_of(facts, quantity.number_first)
        weapon_actions = [a for a in facts.actions if a.action in WEAPON_ACTIONS]
        in_clause = [a for a in weapon_actions if clause[0] <= a.token < clause[1]]
        if self._shares_clause(facts, quantity, clause):
            # "выпущено шесть ракет и пять из них были сбиты": each count its own verb.
            item = self._item_of(facts, quantity.number_first)
            in_item = [a for a in in_clause if item[0] <= a.token < item[1]]
            in_clause = in_item or in_clause
        if in_clause:
            best = max(in_clause, key=lambda a: (a.rank, -abs(a.token - quantity.number_first)))
            if self._forecast(clause, best.token):
                return None
            if best.weak and any(not a.weak for a in weapon_actions):
                strong = [a for a in weapon_actions if not a.weak]
                best = min(strong, key=lambda a: abs(a.token - quantity.number_first))
            return strikes.governed_action(self.doc, best, phrase, counted=True), best.token
        if self._has_own_predicate(clause, facts):
            return None
        if previous is not None:
            return previous.action, previous.action_token
        strong = [a for a in weapon_actions if not a.weak]
        if strong:
            best = min(strong, key=lambda a: abs(a.token - quantity.number_first))
            return strikes.governed_action(self.doc, best, phrase, counted=True), best.token
        inherited = self._line_before_action()
        if inherited is not None and self._opens_line(facts, quantity):
            return inherited, None
        if self._over_places(facts, quantity):
            return "launched", None
        return None

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
        dashed = any(t is not None and t.text in DASHES for t in (before, after))
        return dashed or quantity.first == self.doc.sentences[tokens[quantity.first].sentence].first

    def _has_own_predicate(self, clause: tuple[int, int], facts: Facts) -> bool:
        """A clause with a verb of its own that is no action ("одна повреждена")."""
        for index in range(*clause):
            token = self.doc.tokens[index]
            if any(p.first <= index < p.last for p in facts.phrases):
                continue  # "БПЛА" reads as a verb to the analyzer
            if (
                token.info.is_predicate
                and token.info.pos != "GRND"
                and token.lemma not in AUXILIARIES
                and token.lemma not in LEXICON
                and token.lemma not in SPEECH_VERBS
            ):
                return True
        return False

    def _line_before_action(self) -> str | None:
        """The action of the sentence before, when it made weapon claims (a list goes on)."""
        if len(self.drafts) == 0:
            return None
        earlier = [d for d in self.drafts[-1] if d.action in WEAPON_ACTIONS]
        return earlier[-1].action if earlier else None

    def _over_places(self, facts: Facts, quantity: Quantity) -> bool:
        """Weapons seen over a place: "о примерно 30 «шахедах» над разными областями"."""
        item = self._item_of(facts, quantity.number_first)
        for index in range(quantity.last, min(item[1], quantity.last + 3)):
            if self.doc.tokens[index].low == "над":
                return True
        return False

    def _evidence_with_action(self, draft: Draft, facts: Facts) -> None:
        """The count with its action when one clause holds both; else the list item."""
        clause = self._clause_of(facts, draft.first)
        if draft.action_token is not None and clause[0] <= draft.action_token < clause[1]:
            draft.first = min(draft.first, draft.action_token)
            draft.last = max(draft.last, draft.action_token + 1)
        else:
            item = self._item_of(facts, draft.first)
            places = [p for p in facts.places if item[0] <= p.first < item[1] and not p.in_actor]
            draft.first = min([draft.first, *(p.first for p in places)])
            draft.last = max([draft.last, *(p.last for p in places)])
        if draft.phrase is not None and draft.phrase.first >= draft.first:
            draft.last = max(draft.last, draft.phrase.last)

    def _distribute(
        self, draft: Draft, quantity: Quantity, facts: Facts, claimed: set[int]
    ) -> list[Draft]:
        """Places of the count's list item and of the items after it that only add places."""
        own, extra = self._item_places(facts, quantity, claimed)
        draft.places = own + extra
        draft.total = self._total_word(facts, quantity)
        draft.many_regions = draft.total or self._many_regions(facts, quantity)
        draft.speaker_region = self._own_region_words(facts, quantity)
        if not quantity.distributive or len(draft.places) < 2:
            return [draft]
        out: list[Draft] = []
        for place in draft.places:
            out.append(replace(draft, places=[place]))
        return out

    def _item_places(
        self, facts: Facts, quantity: Quantity, claimed: set[int]
    ) -> tuple[list[PlaceRef], list[PlaceRef]]:
        item = self._item_of(facts, quantity.number_first)
        usable = [p for p in facts.places if not p.in_actor]
        own = [p for p in usable if item[0] <= p.first < item[1]]
        extra: list[PlaceRef] = []
        position = facts.items.index(item) if item in facts.items else -1
        if position < 0:
            return own, extra
        free = [p for p in usable if id(p) not in claimed]
        own = self._leading_places(facts, quantity, position, free, bool(own)) + own
        for following in facts.items[position + 1 :]:
            if any(following[0] <= q.number_first < following[1] for q in facts.quantities):
                break
            if mod_statement.opens_subset(self.doc, *following):
                break
            if self._holds_speech(following):
                break
            found = [p for p in usable if following[0] <= p.first < following[1]]
            if not found:
                break
            extra.extend(found)
        return own, extra

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
        """Places of "в том числе ..." items: a part named, not the place of the count."""
        ids: set[int] = set()
        for item in facts.items:
            if mod_statement.opens_subset(self.doc, *item):
                ids.update(id(p) for p in facts.places if item[0] <= p.first < item[1])
        return ids

    def _holds_speech(self, span: tuple[int, int]) -> bool:
        return any(self.doc.tokens[i].lemma in SPEECH_VERBS for i in range(*span))

    def _total_word(self, facts: Facts, quantity: Quantity) -> bool:
        clause = self._clause_of(facts, quantity.number_first)
        return any(self.doc.tokens[i].low in TOTAL_WORDS for i in range(clause[0], quantity.first))

    def _many_regions(self, facts: Facts, quantity: Quantity) -> bool:
        """Many regions: "над 9 российскими регионами", "в разных регионах"."""
        clause = self._clause_of(facts, quantity.number_first)
        for index in range(*clause):
            token = self.doc.tokens[index]
            if token.lemma in MANY_REGIONS_LEMMAS and token.info.numbers == frozenset({"plur"}):
                named = any(p.last == index or p.last == index - 1 for p in facts.places)
                if not named:
                    return True
        return False

    def _own_region_words(self, facts: Facts, quantity: Quantity) -> bool:
        """The speaker's region: "над его областью", "над своим регионом"."""
        clause = self._clause_of(facts, quantity.number_first)
        words = [self.doc.tokens[i].low for i in range(*clause)]
        return any(
            w in ("его", "ее", "её", "своей", "своим", "нашей", "нашим")
            and n in ("областью", "регионом", "области", "регионе")
            for w, n in pairwise(words)
        )

    # -- single weapons -----------------------------------------------------------------------

    def _single(self, sentence: Sentence, facts: Facts, counted: list[Draft]) -> list[Draft]:
        drafts: list[Draft] = []
        used = {id(d.phrase) for d in counted}
        for phrase in facts.phrases:
            if id(phrase) in used or any(q.weapon is phrase for q in facts.quantities):
                continue
            if phrase.weapon is None:
                continue
            quantity = self._all_count(phrase)
            if quantity is None and (phrase.number == "plur" or self._blocked_single(phrase)):
                continue
            action = self._single_action(facts, phrase, plural=quantity is not None)
            if action is None or self._forecast(self._clause_of(facts, action.token), action.token):
                continue
            if quantity is None and phrase.number is None and not self._agrees_as_subject(action):
                continue  # "удара БПЛА": one drone or several, the text does not say
            if self.doc.tokens[action.token].info.is_noun and not self._has_place(facts):
                continue  # "Атака баллистической ракетой" with no place: a topic, not a report
            if action.action in ("launched", "hit") and self._ground_target(facts, action):
                continue
            if phrase.weapon in mod_statement.SHOT_DOWN_ONLY and (
                self.doc.tokens[action.token].lemma not in mod_statement.SHOT_DOWN_LEMMAS
            ):
                continue
            name = strikes.governed_action(self.doc, action, phrase, counted=quantity is not None)
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

    def _repelled(self, actions: list[ActionMention], noun: ActionMention) -> ActionMention | None:
        """ "отразили атаку беспилотника": the attack was stopped, the drone intercepted."""
        for action in actions:
            if action.action == "intercepted" and 0 <= noun.first - action.last <= 1:
                return action
        return None

    def _ground_target(self, facts: Facts, action: ActionMention) -> bool:
        clause = self._clause_of(facts, action.token)
        return any(self.doc.tokens[i].lemma in GROUND_TARGETS for i in range(*clause))

    def _agrees_as_subject(self, action: ActionMention) -> bool:
        """A singular passive or intransitive verb: its weapon is its one subject."""
        token = self.doc.tokens[action.token]
        if action.number != "sing":
            return False
        return token.info.pos == "PRTS" or "intr" in token.info.grams

    def _has_place(self, facts: Facts) -> bool:
        return any(not p.in_actor for p in facts.places)

    def _all_count(self, phrase: WeaponPhrase) -> int | None:
        """As many as were counted before: "Все беспилотники были уничтожены"."""
        if phrase.first == 0 or self.doc.tokens[phrase.first - 1].low not in ALL_WORDS:
            return None
        if phrase.weapon is None:
            return None
        return self.last_counts.get(phrase.weapon)

    def _blocked_single(self, phrase: WeaponPhrase) -> bool:
        for index in range(max(0, phrase.first - 2), phrase.first):
            token = self.doc.tokens[index]
            if token.lemma in SINGLE_BLOCKERS or token.low in ("из", "ни"):
                return True
        after = self.doc.tokens[phrase.last] if phrase.last < len(self.doc.tokens) else None
        return after is not None and after.low == "типа" and phrase.model is None

    def _single_action(
        self, facts: Facts, phrase: WeaponPhrase, plural: bool
    ) -> ActionMention | None:
        weapon_actions = [a for a in facts.actions if a.action in WEAPON_ACTIONS and not a.weak]
        # A participle inside the phrase or right after it: "сбитого БПЛА", "беспилотнике, сбитом".
        for action in weapon_actions:
            token = self.doc.tokens[action.token]
            inside = phrase.first <= action.token < phrase.last
            right_after = (
                phrase.last <= action.token <= phrase.last + 1 and token.info.pos == "PRTF"
            )
            if (
                (inside or right_after)
                and token.info.pos in ("PRTF", "PRTS")
                and (action.action == "intercepted")
            ):
                return action
        # An action noun governing the phrase: "уничтожения [летевшего на Москву] украинского
        # БПЛА", "попадания беспилотника".
        for action in weapon_actions:
            token = self.doc.tokens[action.token]
            gap = phrase.first - action.last
            if (
                token.info.is_noun
                and token.lemma in strikes.EVENT_NOUNS
                and (
                    0 <= gap <= 1
                    or (0 <= gap <= 4 and self.doc.tokens[action.last].info.pos == "PRTF")
                )
            ):
                return self._repelled(weapon_actions, action) or action
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
            )
            if item[0] <= action.token < item[1] and agrees and token.info.pos in ("VERB", "PRTS"):
                return action
            if clause[0] <= action.token < clause[1] and token.info.pos == "INFN":
                return action
        return None

    # -- casualties ---------------------------------------------------------------------------

    def _casualties(self, sentence: Sentence, facts: Facts) -> list[Draft]:
        if not self._air_context(facts):
            return []
        drafts: list[Draft] = []
        casualty = [a for a in facts.actions if a.action in casualties.CASUALTY_ACTIONS]
        for quantity in facts.quantities:
            if not (quantity.victims or self._bare_victims(quantity, casualty)):
                continue
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
        for match in casualties.find_zero_casualties(
            self.doc.clean,
            self.doc.tokens[sentence.first].start,
            self.doc.tokens[sentence.last - 1].end,
        ):
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
                draft = Draft(name, 0, "exact", None, None, sentence, first, last)
                item = self._item_of(facts, first)
                draft.places = [
                    p for p in facts.places if not p.in_actor and item[0] <= p.first < item[1]
                ]
                drafts.append(draft)
        return drafts

    def _air_context(self, facts: Facts) -> bool:
        """A weapon named in this sentence, or named with an action in one of the three before
        it: a grenade, a plane crash or drones a factory makes are no air attack."""
        if any(p.weapon not in mod_statement.SHOT_DOWN_ONLY for p in facts.phrases):
            return True
        if self._air_event(facts):
            return True
        for earlier in self.facts[-1 - _AIR_CONTEXT_SENTENCES : -1]:
            armed = any(p.weapon not in mod_statement.SHOT_DOWN_ONLY for p in earlier.phrases)
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
            if token.lemma in AIR_EVENT_WORDS:
                return True
            following = tokens[index + 1] if index + 1 < sentence.last else None
            if (
                token.lemma in AIR_ADJECTIVES
                and following is not None
                and (following.lemma in strikes.STRIKE_NOUNS or following.lemma == "обстрел")
            ):
                return True
        return False

    def _bare_victims(self, quantity: Quantity, casualty: list[ActionMention]) -> bool:
        """A bare number right before a casualty verb: "Один человек погиб и один ранен"."""
        if not quantity.elliptic:
            return False
        return any(quantity.last <= a.token <= quantity.last + 1 for a in casualty)

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
            if token.lemma not in casualties.SINGLE_VICTIMS or token.info.numbers != frozenset(
                {"sing"}
            ):
                continue
            if not token.info.is_noun or "nomn" not in token.info.grams:
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

    # -- places -------------------------------------------------------------------------------

    def _locate(self, draft: Draft, facts: Facts, siblings: list[Draft]) -> None:
        places = self.gazetteer_places
        subset = self._subset_places(facts)
        usable = [p for p in facts.places if not p.in_actor and id(p) not in subset]
        owned = {id(p) for d in siblings for p in d.places}
        free = [p for p in usable if id(p) not in owned]
        steps: list[tuple[str, str | None, list[PlaceRef]]] = [
            ("own", combine(draft.places, places), draft.places)
        ]
        if draft.action in WEAPON_ACTIONS:
            steps.append(("total", self._total_location(draft, facts), []))
        if draft.total and not draft.places:
            steps.append(("total", self._sum_location(), []))
        if not draft.many_regions and not draft.speaker_region:
            steps.append(("sentence", combine(free, places), free))
            sibling = self._sibling(draft, siblings)
            steps.append(
                (
                    # a sibling placed by context only passes that on: the speaker may overrule it
                    "context" if sibling and sibling.location_source == "context" else "sibling",
                    sibling.location if sibling else None,
                    [],
                )
            )
            steps.append(("sentence", combine(usable, places), usable))
            context = self.context_location
            if draft.action not in WEAPON_ACTIONS and self.context_specific is not None:
                context = self.context_specific
            steps.append(("context", context, []))
        for source, location, refs in steps:
            if location is not None:
                if source in ("own", "sentence"):
                    location = widen_to_named_region(location, facts.places, places)
                draft.location, draft.location_source, draft.location_refs = location, source, refs
                return

    def _sum_location(self) -> str | None:
        """A total ("Всего сбито 34"): where the counts before it were, else the last place."""
        codes = [
            d.location
            for drafts in self.drafts
            for d in drafts
            if d.location and d.action in WEAPON_ACTIONS
        ]
        if codes:
            return combine_codes(codes, self.gazetteer_places)
        return self.context_location

    def _sibling(self, draft: Draft, siblings: list[Draft]) -> Draft | None:
        """The placed claim said just before in the same sentence."""
        before = [
            d
            for d in siblings
            if d is not draft and d.location is not None and d.first < draft.first
        ]
        return before[-1] if before else None

    def _total_location(self, draft: Draft, facts: Facts) -> str | None:
        """A total before a colon or "из них": the places of its breakdown together."""
        breakdown_places: list[PlaceRef] = []
        if not (
            mod_statement.ends_with_colon(self.doc, draft.sentence, draft.first)
            or self._followed_by_part(draft)
        ):
            return None
        for place in facts.places:
            if place.first > draft.last and not place.in_actor:
                breakdown_places.append(place)
        if not breakdown_places:
            return None
        location = combine(breakdown_places, self.gazetteer_places)
        if (
            location is not None
            and location.startswith(("RU-", "UA-"))
            and len({p.place.code for p in breakdown_places}) == 1
        ):
            return location[:2]
        return location

    def _followed_by_part(self, draft: Draft) -> bool:
        words = [
            t.low for t in self.doc.tokens[draft.last : min(draft.sentence.last, draft.last + 3)]
        ]
        return "из" in words and ("них" in words or "которых" in words)

    def _remember(self, drafts: list[Draft], facts: Facts) -> None:
        for draft in drafts:
            if draft.location is not None:
                self.context_location = draft.location
                if "-" in draft.location or ":" in draft.location:
                    self.context_specific = draft.location
            if draft.weapon is not None and draft.action in ("launched", "intercepted"):
                self.last_counts[draft.weapon] = draft.quantity
        if not drafts:
            event = [p for p in facts.places if not p.in_actor and self._event_place(facts, p)]
            theatre = [
                p for p in event if (p.place.country in ("RU", "UA") or p.place.kind == "sea")
            ]
            if theatre:
                location = combine(theatre, self.gazetteer_places)
                if location is not None:
                    location = widen_to_named_region(location, facts.places, self.gazetteer_places)
                    self.context_location = location
                    if "-" in location or ":" in location:
                        self.context_specific = location

    def _event_place(self, facts: Facts, place: PlaceRef) -> bool:
        """A place in a clause that speaks of weapons or actions (not "город неподалеку от ...")."""
        clause = self._clause_of(facts, place.first)
        dash_cut = self._dash_part(clause, place.first)
        return any(dash_cut[0] <= p.head < dash_cut[1] for p in facts.phrases) or any(
            dash_cut[0] <= a.token < dash_cut[1] for a in facts.actions
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
