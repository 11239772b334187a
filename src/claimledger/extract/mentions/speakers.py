"""Who speaks in a sentence: the cue (a verb of speech, "по данным", "according to", a dash
before a name at the end, a header) and the actor it names, or a cue that refers back.

A sentence gets a speaker from a cue and the actor next to it:
- a speech verb with its subject before or after it: "Минобороны РФ сообщило", "сообщили в
  Минобороны", "the governor said", "said Governor Gladkov";
- a source preposition: "по данным Минобороны", "according to the Air Force"; "по ее данным"
  refers back to the last speaker;
- a dash at the end: "..., — Собянин", "— сообщает Минобороны";
- a header: "Минобороны РФ:" at the start of the post.
A cue without an actor ("подчеркнули в ведомстве", "he said") refers back. A verb of supposing
("обозреватели предполагают") ends the last speaker's turn.
"""

from __future__ import annotations

from functools import cached_property

from claimledger.extract.document.tokens import CLOSING_QUOTES, Sentence, Token, sentence_keys
from claimledger.extract.lexicon.roles import holds_any, may_hold, opener_length
from claimledger.extract.mentions.actors import ActorReader
from claimledger.extract.mentions.headers import header_lead
from claimledger.extract.mentions.sources import (
    behind_medium,
    opening_body,
    relayed_by,
    relays,
    source_aside,
    source_tail,
    unnamed_subject,
)
from claimledger.extract.mentions.subjects import clause_subject, opening_subject, seated_body
from claimledger.extract.mentions.types import ActorMention, SentenceSpeaker

# How far a verb of speech looks for its actor: back over a subject, forward over "в", "врио".
_LEFT_REACH = 16
# Who signs a text by a name alone on its last line: a party, not a medium relaying it.
_PARTIES = frozenset({"military", "official"})
_RIGHT_REACH = 5
_COMPLEMENT = frozenset({"PREP", "NOUN", "ADJF", "PRTF"})  # a source modifier's object
_ASIDE = 8  # the longest aside between a speaker and its verb


class Attribution(ActorReader):
    """Finds the actors and the speaker of a post's sentences."""

    @cached_property
    def _opener_words(self) -> frozenset[str]:
        return frozenset(words[0] for words in self.lex.sequences.source_openers)

    @cached_property
    def _cue_lemmas(self) -> frozenset[str]:
        """The lemmas a cue of `speaker` opens with (its loop skips every other word)."""
        words = self.lex.words
        return words.supposing_verbs | words.impersonal | words.account_nouns | words.speech_verbs

    def speaker(self, sentence: Sentence, actors: list[ActorMention]) -> SentenceSpeaker:
        result = self._header(sentence, actors) or self._trailing(sentence, actors)
        if result is not None:
            return result
        result = SentenceSpeaker()
        cues: list[tuple[bool, ActorMention]] = []  # (names an origin, the actor) in text order
        own_opener = self._own_opener(sentence)
        cue_lemmas, openers = self._cue_lemmas, self._opener_words
        for index in range(sentence.first + own_opener, sentence.last):
            token = self.doc.tokens[index]
            if token.lemma not in cue_lemmas and token.low not in openers:
                continue  # none of the cues below: no mention, nothing said
            mention: ActorMention | None = None
            origin = False
            verb = token.info.pos in ("VERB", "INFN", "GRND")
            if token.lemma in self.lex.words.supposing_verbs and verb:
                if not cues:
                    return SentenceSpeaker(reset=True)
                break
            if token.lemma in self.lex.words.impersonal:
                # "сообщается в канале оперштаба": the body after it says it; alone, no one
                mention = self._after(sentence, index + 1, actors)
                if mention is None or mention.back:
                    result.unnamed = True
                    continue
            opener = self._source_opener(sentence, index)
            if token.lemma in self.lex.words.account_nouns:
                mention, origin = self._after(sentence, index + 1, actors), True
            elif opener:
                mention, origin = self._after(sentence, index + opener, actors), True
                if mention is None and self._possessive(sentence, index, opener):
                    result.back = True
            elif (
                token.lemma in self.lex.words.speech_verbs
                and token.info.pos in ("VERB", "INFN", "GRND", "PRTS", "PRTF")
                and not self._after_determiner(sentence, index)
            ):
                told = token.lemma in self.lex.words.addressee_verbs  # "told Reuters"
                mention = (
                    self._adjacent_before(sentence, index, actors)
                    or (None if told else self._told_in(sentence, index + 1, actors))
                    or opening_subject(self.doc, sentence, index, actors)
                    or self._before(sentence, index, actors)
                )
                if mention is None:
                    if token.lemma in self.lex.words.said_about and self._next_low(
                        sentence, index
                    ) in (self.lex.words.about_words):
                        result.unnamed = True
                    elif not cues:
                        result.back = True
            if mention is not None:
                mention = behind_medium(mention, actors, self.doc)
            if mention is not None and all(m is not mention for _, m in cues):
                cues.append((origin, mention))
        if not cues:
            if own_opener or (
                not (result.back or result.unnamed) and self._own_voice(sentence)
            ):
                return SentenceSpeaker(reset=True)
            return result
        # An origin named in a relay outranks the medium that relays it ("Reuters reported,
        # citing the ministry, ..."); a later speaker of another clause speaks for that clause
        # ("..., while a US official said eight were fired").
        first = next((m for origin, m in cues if origin), cues[0][1])
        origin_first = any(origin and m is first for origin, m in cues)
        if relays(first):
            # "..., the governor said, according to Ukrainska Pravda": a medium named after
            # "according to" relays the speaker of the sentence, who is the origin
            first = next((m for _, m in cues if not relays(m) and not m.back), first)
        start = self._absolute_start(sentence, first)
        if start is not None:
            # "Two drones were launched, with the IDF reporting that one was downed": the
            # speaker of the clause it opens only
            return SentenceSpeaker(later=[(start, self._resolved(first, SentenceSpeaker()))])
        resolved = self._resolved(first, result)
        if self.lex.said_signs_paragraph and self._said_at_end(sentence, first):
            resolved.trailing = True
        for _, mention in cues:
            if mention is first or mention.back or mention.first < first.first:
                continue
            if (origin_first and relays(mention)) or relayed_by(self.doc, self.lex, mention):
                continue  # "Citing the ministry, TASS reported", "the ministry, cited by RIA"
            start = self._clause_start(sentence, mention.first)
            if start > first.last:
                resolved.later.append((start, self._resolved(mention, SentenceSpeaker())))
        return resolved

    def _absolute_start(self, sentence: Sentence, mention: ActorMention) -> int | None:
        """The start of an absolute clause a speaker opens in mid-sentence ("..., with the IDF
        reporting that ..."): the word of `absolute_openers` before it, over articles."""
        probe = mention.first - 1
        while probe > sentence.first and self.doc.tokens[probe].info.pos == "DET":
            probe -= 1
        if probe <= sentence.first or self.doc.tokens[probe].low not in (
            self.lex.words.absolute_openers
        ):
            return None
        verb = self.doc.tokens[mention.last] if mention.last < sentence.last else None
        if verb is None or verb.lemma not in self.lex.words.speech_verbs:
            return None
        return probe

    def _after_determiner(self, sentence: Sentence, index: int) -> bool:
        """ "no reports of", "no immediate reports of": a noun of the verb's form, no cue (not
        "the Israeli military said", whose words before the verb are its subject)."""
        tokens = self.doc.tokens
        if index == sentence.first:
            return False
        if tokens[index - 1].info.pos == "DET":
            return True
        # "no immediate reports of": a word between a negating determiner and the noun
        return (
            index - 2 >= sentence.first
            and tokens[index - 2].info.pos == "DET"
            and tokens[index - 2].low in self.lex.words.negations
            and index + 1 < sentence.last
            and tokens[index + 1].info.pos == "PREP"
        )

    def _own_opener(self, sentence: Sentence) -> int:
        """The length of an own-voice opener ("As reported,", "По нашей информации,") the sentence
        starts with; adverbs of time are skipped in it ("Как уже сообщалось ранее,")."""
        tokens = self.doc.tokens[sentence.first : min(sentence.last, sentence.first + 8)]
        kept = [i for i, t in enumerate(tokens) if t.low not in self.lex.words.recall_adverbs]
        words, seq = tuple(tokens[i].low for i in kept), self.lex.sequences
        length = max(opener_length(words, seq.own_openers), opener_length(words, seq.own_sources))
        return kept[length - 1] + 1 if length else 0

    def _own_voice(self, sentence: Sentence) -> bool:
        if not may_hold(self.lex.sequences.own_voice, sentence_keys(self.doc, sentence)):
            return False  # (most sentences; every one where the lexicon has no such sequence)
        words = tuple(t.low for t in self.doc.tokens[sentence.first : sentence.last])
        return holds_any(words, self.lex.sequences.own_voice)

    def _aside_start(self, sentence: Sentence, close: int) -> int | None:
        """The opening comma of an aside that ends with the comma at `close`: it opens with one
        of the lexicon's aside words and holds no verb of speech ("X, speaking on condition of
        anonymity, said")."""
        if self.doc.tokens[close].text != ",":
            return None
        words, spoken = self.lex.words, False
        for probe in range(close - 1, max(sentence.first, close - _ASIDE) - 1, -1):
            token = self.doc.tokens[probe]
            opens = probe > sentence.first and self.doc.tokens[probe - 1].text == ","
            opener_verb = opens and token.low in words.aside_openers
            if token.lemma in words.speech_verbs and not opener_verb:
                spoken = True  # but "X, quoted by TASS, said": the medium only relays X
            elif token.text == ",":
                opener = self.doc.tokens[probe + 1].low
                # "X, which publishes daily figures, said": a relative clause's own verb
                relative = opener in words.relative_openers
                return probe if opener in words.aside_openers and (relative or not spoken) else None
        return None

    def _clause_start(self, sentence: Sentence, index: int) -> int:
        """The first token of the clause that holds token `index`."""
        for probe in range(index - 1, sentence.first - 1, -1):
            if self.doc.tokens[probe].low in self.lex.words.clause_breaks:
                return probe + 1
        return sentence.first

    def _adjacent_before(
        self, sentence: Sentence, index: int, actors: list[ActorMention]
    ) -> ActorMention | None:
        """The subject right before a verb of speech, over adverbs and auxiliaries: "the
        ministry said", "Минобороны сообщило", "the air force also said"."""
        probe = index - 1
        skips = 0
        while probe >= sentence.first and skips <= 2:
            mention = next((a for a in actors if a.last == probe + 1), None)
            if mention is not None:
                return seated_body(self.doc, mention, actors) or mention
            token = self.doc.tokens[probe]
            aside = self._aside_start(sentence, probe)
            if aside is not None:  # "A US official, speaking on condition of anonymity, told"
                probe = aside - 1
                continue
            skips += 1
            if not (
                token.info.pos in ("ADVB", "PRCL")
                or token.lemma in self.lex.words.auxiliaries
                or token.low in self.lex.words.skippable
            ):
                return None
            probe -= 1
        return None

    def _resolved(self, mention: ActorMention, result: SentenceSpeaker) -> SentenceSpeaker:
        if mention.back:
            result.back = True
            return result
        result.mention = mention
        result.speaker = mention.speaker
        return result

    def _next_low(self, sentence: Sentence, index: int) -> str:
        return self.doc.tokens[index + 1].low if index + 1 < sentence.last else ""

    def _source_opener(self, sentence: Sentence, index: int) -> int:
        if self.doc.tokens[index].low not in self._opener_words:
            return 0
        for words in self.lex.sequences.source_openers:
            size = len(words)
            if tuple(t.low for t in self.doc.tokens[index : index + size]) == words and (
                index + size <= sentence.last
            ):
                return size
        if (
            self.doc.tokens[index].low in self.lex.words.possessive_openers
            and index + 2 < sentence.last
        ):
            second = self.doc.tokens[index + 1].low
            if second in self.lex.words.possessives and self.doc.tokens[index + 2].lemma in (
                self.lex.words.possessive_nouns
            ):
                return 3
        return 0

    def _possessive(self, sentence: Sentence, index: int, size: int) -> bool:
        words = [t.low for t in self.doc.tokens[index : min(sentence.last, index + size + 1)]]
        if any(word in self.lex.words.possessives for word in words):
            return True
        # "Согласно заявлению, ..." / "согласно сводке": the statement named before.
        return words[0] in self.lex.words.back_openers

    def _after(
        self, sentence: Sentence, start: int, actors: list[ActorMention]
    ) -> ActorMention | None:
        probe, skipped, back = start, 0, None
        # "по сведениям близкого к силовым структурам канала Baza": a modifier and its object
        # before the source; an actor right after the modifier's preposition is that object
        modifiers = self.lex.words.source_modifiers
        modified = start < sentence.last and self.doc.tokens[start].lemma in modifiers
        while probe < sentence.last and skipped <= _RIGHT_REACH:
            mention = next((a for a in actors if a.first == probe), None)
            governed = modified and self.doc.tokens[probe - 1].info.pos == "PREP"
            if mention is not None and not mention.back and not governed:
                return mention
            if mention is not None:
                back = back or (None if governed else mention)
                probe = mention.last
                skipped += 1
                continue
            if aside := source_aside(self.doc, self.lex, probe, sentence.last, told=True):
                probe += aside  # "в сообщении, опубликованном в ...", "to Kharkiv's mayor": no word
                continue
            token = self.doc.tokens[probe]
            if token.low in self.lex.words.subject_possessives:
                return back  # "said its forces shot down": the subject's own, not a speaker
            if (
                token.lemma not in self.lex.words.skippable
                and token.low not in self.lex.words.skippable
                and token.lemma not in self.lex.weekdays  # "сообщил в четверг губернатор"
                and token.info.pos != "ADJF"  # "сообщил брянский губернатор"; not "Downed"
                and not (modified and token.info.pos in _COMPLEMENT)
            ):
                return back
            probe += 1
            skipped += 1
        return back

    def _before(
        self, sentence: Sentence, index: int, actors: list[ActorMention]
    ) -> ActorMention | None:
        if self._opens_clause(sentence, index) and (
            self._next_low(sentence, index) in self.lex.words.back_reference_preps
        ):
            # "..., сообщили в СК": a verb of speech that opens its clause and names its source
            # after "в" has no subject before the comma ("удара ВСУ" is another clause's)
            return None
        low = max(sentence.first, index - _LEFT_REACH)
        for probe in range(index - 1, low - 1, -1):
            if self.doc.tokens[probe].low in self.lex.words.complementizers or (
                self.doc.tokens[probe].lemma in self.lex.words.speech_verbs and probe != index
            ):
                low = probe + 1
                break
        candidates = [a for a in actors if low <= a.first and a.last <= index]
        named = [a for a in candidates if not a.back]
        if named:
            return named[0]
        return candidates[0] if candidates else None

    def _opens_clause(self, sentence: Sentence, index: int) -> bool:
        """Whether only adverbs and particles stand between a comma or dash and token `index`."""
        probe = index - 1
        while probe > sentence.first and self.doc.tokens[probe].info.pos in ("ADVB", "PRCL"):
            probe -= 1
        text = self.doc.tokens[probe].text
        return probe >= sentence.first and (text == "," or text in self.lex.words.dashes)

    def _header(self, sentence: Sentence, actors: list[ActorMention]) -> SentenceSpeaker | None:
        label = self._labelled(sentence, actors)
        if label is not None:
            return SentenceSpeaker(label.speaker, label, trailing=True)
        # "09:40 – Міський голова Андрій Садовий: ...": past a time stamp and an office
        lead = header_lead(self.doc, self.lex, sentence)
        opening = [a for a in actors if sentence.first <= a.first <= lead and (a.speaker or a.role)]
        if not opening:
            return None
        mention = max(opening, key=lambda a: a.last)
        for after in sorted(actors, key=lambda a: a.first):
            if after.first == mention.last and after.speaker:
                mention = after
        colon = next(
            (i for i in range(mention.last, min(sentence.last, mention.last + 4))
             if self.doc.tokens[i].text == ":"),
            None,
        )
        # "Гладков в телеграме: ...": where it was said may stand before the colon
        between = self.doc.tokens[mention.last : colon] if colon is not None else []
        if colon is not None and (not between or self._channel_tail(between)):
            return SentenceSpeaker(mention.speaker, mention, header=True)
        # "⚡️**Минобороны РФ**" alone on the first line, the quote below it.
        rest = [t for t in self.doc.tokens[mention.last : sentence.last] if t.is_word]
        if not rest and sentence.index == 0 and mention.speaker is not None:
            return SentenceSpeaker(mention.speaker, mention, header=True)
        return None

    def _labelled(self, sentence: Sentence, actors: list[ActorMention]) -> ActorMention | None:
        """ "Источник: РИА Новости": a line that names the source of the text above it."""
        tokens = self.doc.tokens
        mark = sentence.first + 1
        if (
            mark >= sentence.last
            or tokens[sentence.first].lemma not in self.lex.words.source_labels
            or (tokens[mark].text != ":" and tokens[mark].text not in self.lex.words.dashes)
        ):
            return None
        named = next((a for a in actors if a.first == mark + 1), None)
        if named is None or any(t.is_word for t in tokens[named.last : sentence.last]):
            return None
        return named

    def _trailing(self, sentence: Sentence, actors: list[ActorMention]) -> SentenceSpeaker | None:
        """A dash before the speaker at the end: "..., — Собянин", "— сообщает Минобороны."."""
        for mention in reversed(actors):
            tail = [t for t in self.doc.tokens[mention.last : sentence.last] if t.is_word]
            if tail and not (source_tail(mention, tail) or self._channel_tail(tail)):
                continue
            probe = mention.first - 1
            while probe >= sentence.first and (
                self.doc.tokens[probe].lemma in self.lex.words.speech_verbs
                or self.doc.tokens[probe].low in self.lex.words.skippable
                or self.doc.tokens[probe].lemma in self.lex.words.skippable
                # "— говорится в ежедневной сводке Воздушных сил": a word that describes the
                # statement or channel between the dash and its speaker
                or self._describes(sentence, probe)
                # "— говорится в сообщении, опубликованном в канале оперштаба"
                or source_aside(self.doc, self.lex, probe, sentence.last) > 0
            ):
                probe -= 1
            if probe >= sentence.first and self._trailing_mark(sentence, probe, mention.first):
                # "СК возбудил дело, сообщили в ведомстве": the body that opened the sentence
                mention = opening_body(self.doc, sentence, actors, mention) or mention
                if mention.back:
                    return SentenceSpeaker(back=True, trailing=True)
                return SentenceSpeaker(mention.speaker, mention, trailing=True)
            signed = not any(t.is_word for t in self.doc.tokens[sentence.first : mention.first])
            speaker = mention.speaker
            if signed and sentence.index > 0 and speaker is not None and speaker.kind in _PARTIES:
                # a name alone on a line below the text: the picture's or post's signature
                return SentenceSpeaker(mention.speaker, mention, trailing=True)
        return None

    def _told_in(
        self, sentence: Sentence, start: int, actors: list[ActorMention]
    ) -> ActorMention | None:
        """The speaker after a verb of speech; a medium there that a body "в" follows is the
        one told ("сообщили ТАСС в Минобороны": the ministry speaks)."""
        mention = self._after(sentence, start, actors)
        if mention is not None and clause_subject(self.doc, self.lex, sentence, mention):
            return None
        speaker = mention.speaker if mention is not None else None
        if mention is None or speaker is None or speaker.kind not in ("media", "outlet"):
            return mention
        before = self._before(sentence, start - 1, actors)
        if unnamed_subject(self.doc, self.lex, before, start - 1):
            return before  # "Источник в экстренных службах сообщил ТАСС": TASS is told
        probe = mention.last
        if probe + 1 < sentence.last and (
            self.doc.tokens[probe].low in self.lex.words.back_reference_preps
        ):
            body = next((a for a in actors if a.first == probe + 1 and not a.back), None)
            if body is not None:
                return body
        return mention

    def _said_at_end(self, sentence: Sentence, mention: ActorMention) -> bool:
        """ "..., the air force said on Telegram.", '"...," Mayor X wrote.': a comma (a quote's
        end after it), the speaker, a verb of speech and the words of where it was said."""
        tokens, words, probe = self.doc.tokens, self.lex.words, mention.first - 1
        skippable = words.skippable | CLOSING_QUOTES  # once, not at every step back
        while probe > sentence.first and tokens[probe].low in skippable:
            probe -= 1
        if probe <= sentence.first or tokens[probe].text != ",":
            return False
        tail = [t for t in tokens[mention.last : sentence.last] if t.is_word]
        return (
            bool(tail)
            and tail[0].lemma in words.speech_verbs
            and all(t.low in words.skippable or t.lemma in words.speech_verbs for t in tail[1:])
        )

    def _channel_tail(self, tail: list[Token]) -> bool:
        """Where a speaker at the end said it, after its name: "— написал губернатор в
        телеграм-канале", "в своем Telegram"."""
        skippable = self.lex.words.skippable
        return all(
            t.lemma in skippable or t.low in skippable or t.info.pos == "ADJF" for t in tail
        ) and any(t.lemma in skippable or t.low in skippable for t in tail)

    def _describes(self, sentence: Sentence, index: int) -> bool:
        """An adjective before a statement or channel noun: "ежедневной сводке", "official
        Telegram channel"."""
        token = self.doc.tokens[index]
        after = self.doc.tokens[index + 1] if index + 1 < sentence.last else None
        skippable = self.lex.words.skippable
        return (
            token.info.pos == "ADJF"
            and after is not None
            and (after.lemma in skippable or after.low in skippable or after.info.pos == "ADJF")
        )

    def _trailing_mark(self, sentence: Sentence, probe: int, first: int) -> bool:
        """What sets a speaker at the end apart: a dash ("..., — Собянин"), or a comma before
        a verb of speech ("..., передает оперштаб Кубани."), which signs its paragraph too."""
        token = self.doc.tokens[probe]
        if token.text in self.lex.words.dashes:
            return True
        # not where the sentence names its own speaker before: "Об этом сообщил Слюсарь,
        # передает ИА" is Slyusar's
        return (
            token.text == ","
            and probe + 1 < first
            and self.doc.tokens[probe + 1].lemma in self.lex.words.signing_verbs
            and not any(
                t.lemma in self.lex.words.speech_verbs
                for t in self.doc.tokens[sentence.first : probe]
            )
        )
