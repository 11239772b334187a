"""The state a post's sentence rules share, and the spans they measure by."""

from __future__ import annotations

from bisect import bisect_left

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.grammar.casualties import ZeroMatch, find_zero_casualties
from claimledger.extract.grammar.draft import Draft, Facts
from claimledger.extract.grammar.patterns import PatternMatcher
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.dates import DateReader
from claimledger.extract.mentions.models import ModelMention
from claimledger.extract.mentions.speakers import Attribution
from claimledger.extract.mentions.types import ActionMention, PlaceRef
from claimledger.places.model import Place


class ReaderBase:
    """What every rule family reads: the document, the lexicon, the facts and drafts so far."""

    def __init__(
        self,
        doc: Document,
        lex: Lexicon,
        models: list[ModelMention],
        places: list[PlaceRef],
        gazetteer_places: dict[str, Place],
        attribution: Attribution,
        dates: DateReader,
    ) -> None:
        self.doc = doc
        self.lex = lex
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
        self.last_places: dict[str, str] = {}  # where each weapon was last counted
        # The action of a list's header ("ЗНИЩЕНО:", "Збито:") and its token: the items below it
        # that say no action of their own take it.
        self.list_header: tuple[str, int] | None = None
        # The action of a sentence that names a weapon kind with no count ("Днепр был атакован
        # ракетами"): a next sentence that opens "Среди них —" lists them, each item with it.
        self.subset_header: tuple[str, int] | None = None
        self.patterns = PatternMatcher(doc, lex.lang, lex.word_set, lex.patterns)
        # Found once for the whole text, so that no count scans its sentence for them again
        # (in a long sentence of many counts that scan made the reading quadratic).
        words = lex.words
        self.relative_openers = [t.index for t in doc.tokens if t.low in words.relative_openers]
        self.total_words = [t.index for t in doc.tokens if t.low in words.total_words]
        self.statement_breaks = [t.index for t in doc.tokens if t.low in words.statement_breaks]
        # Per sentence, filled by resolve/sides.py as drafts ask: the side of an attack named
        # ("a Russian drone strike"), and the tokens that may name an acting side.
        self.attack_sides: dict[int, str | None] = {}
        self.side_words: dict[int, list[int]] = {}
        # What a clause or a sentence's items say, read once for all the counts in them
        # (grammar/lists.py): keyed by the rule's name and the clause's token range.
        self.clause_facts: dict[tuple[str, int, int], bool] = {}
        self.subset_places: dict[int, tuple[Facts, set[int]]] = {}
        # Per sentence: whether it names an armed weapon and a strong action (casualty_rules
        # `_air_war_ahead` asks it of the same sentences for every sentence before them).
        self.air_words: dict[int, tuple[bool, bool]] = {}
        # Per sentence: whether planes strike in it (air_context `_aircraft_strike`), asked by
        # every casualty count after it as far back as its reach.
        self.aircraft_strikes: dict[int, bool] = {}
        # Per sentence: its casualty denials (the casualty and count rules both ask).
        self.zero_matches: dict[int, list[ZeroMatch]] = {}

    def _zero_matches(self, sentence: Sentence) -> list[ZeroMatch]:
        """The sentence's casualty denials ("пострадавших нет"), as character spans."""
        found = self.zero_matches.get(sentence.index)
        if found is None:
            found = find_zero_casualties(
                self.lex,
                self.doc.clean,
                self.doc.tokens[sentence.first].start,
                self.doc.tokens[sentence.last - 1].end,
            )
            self.zero_matches[sentence.index] = found
        return found

    def _first_in(self, found: list[int], first: int, last: int) -> int | None:
        """The first of `found` (sorted token indices) in [first, last), if any."""
        at = bisect_left(found, first)
        return found[at] if at < len(found) and found[at] < last else None

    def _last_in(self, found: list[int], first: int, last: int) -> int | None:
        """The last of `found` (sorted token indices) in [first, last), if any."""
        at = bisect_left(found, last) - 1
        return found[at] if at >= 0 and found[at] >= first else None

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

    def _troops_destroyed(self, facts: Facts, action: ActionMention) -> bool:
        """ "Около 180 военных ВСУ ликвидировано — удар попал на видео дрона": the verb counts
        soldiers of the ground war before it; a weapon named further on filmed or struck them
        and was not destroyed."""
        clause = self._clause_of(facts, action.token)
        tokens = self.doc.tokens
        return any(
            clause[0] <= q.first and q.last < action.first
            and tokens[q.last].lemma in self.lex.words.troop_nouns
            for q in facts.quantities
        )

    def _forecast(self, clause: tuple[int, int], action_token: int) -> bool:
        """ "может применить", "планирует запустить": a threat or a plan, not a report."""
        start = max(clause[0], action_token - 3)
        if any(self._foretells(i) for i in range(start, action_token)):
            return True
        return self._governed_infinitive(clause, action_token) or self._conditional(action_token)

    def _foretells(self, index: int) -> bool:
        """A word of plan, ability or request, not one of an ability told as done ("were able
        to intercept 16 of 36": the lexicon's `achieved` sequences ending at it)."""
        tokens = self.doc.tokens
        if tokens[index].lemma not in self.lex.words.forecast:
            return False
        return not any(
            index + 1 >= len(words)
            and tuple(t.low for t in tokens[index + 1 - len(words) : index + 1]) == words
            for words in self.lex.sequences.achieved
        )

    def _governed_infinitive(self, clause: tuple[int, int], action_token: int) -> bool:
        """ "«Орешник» может менее чем за 20 минут нанести удар", "попросили нанести удар": an
        infinitive at the action (or just before its noun) that a verb of plan, ability or
        request further back in the clause governs."""
        tokens = self.doc.tokens
        reach = max(clause[0], action_token - 2)
        infinitive = next(
            (i for i in range(action_token, reach - 1, -1) if tokens[i].info.pos == "INFN"), None
        )
        return infinitive is not None and any(
            self._foretells(i) for i in range(clause[0], infinitive)
        )

    def _conditional(self, action_token: int) -> bool:
        """ "Если «Хезболла» попытается запустить ракету, мы ответим": an infinitive or a future
        verb after "если" in its sentence is a condition, not an event."""
        conditionals = self.lex.words.conditionals
        if not conditionals:
            return False
        token = self.doc.tokens[action_token]
        sentence = self.doc.sentences[token.sentence]
        if not (token.info.pos == "INFN" or {"futr", "past"} & token.info.grams):
            # "If Russia fires 100 missiles, ...": a present tense in its own "if" clause
            for index in range(action_token - 1, sentence.first - 1, -1):
                if self.doc.tokens[index].text in (",", ";", ":"):
                    return False
                if self.doc.tokens[index].low in conditionals:
                    return True
            return False
        if not (token.info.pos == "INFN" or "futr" in token.info.grams):
            return False
        return any(
            self.doc.tokens[i].low in conditionals for i in range(sentence.first, action_token)
        )

    def _has_place(self, facts: Facts) -> bool:
        return any(not p.in_actor for p in facts.places)

    def _holds_speech(self, span: tuple[int, int]) -> bool:
        return any(self.doc.tokens[i].lemma in self.lex.words.speech_verbs for i in range(*span))

    def _at_ground_units(self, facts: Facts, index: int) -> bool:
        """A word of troops' positions or gear in the count's clause: a strike on ground units."""
        clause = self._clause_of(facts, index)
        return any(
            self.doc.tokens[i].lemma in self.lex.words.ground_targets and self._struck_at(i)
            for i in range(*clause)
        )

    def _struck_at(self, index: int) -> bool:
        """A preposition of a target before the word, over its adjectives ("на позиції ЗСУ",
        "по ворожих позиціях"), or the verb of an attack whose object it is ("атакували позиції
        ЗСУ 40 FPV-дронами")."""
        back = index - 1
        while back > 0 and index - back <= 3 and self.doc.tokens[back].info.is_adjective:
            back -= 1
        if back < 0:
            return False
        token = self.doc.tokens[back]
        return (
            token.low in self.lex.words.strike_preps
            or token.lemma in self.lex.words.attack_verbs
            or token.lemma in self.lex.words.strike_of
        )
