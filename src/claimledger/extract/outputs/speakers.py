"""Who says a quote: where around the quote marks to look for the speaker.

Before the quote: a verb of `quote_verbs` shortly before the opening mark, its speaker between
the verb and the mark ("заявил губернатор Гладков: «") or at the head of the clause
("Губернатор написал: «", "Shapsha ..., stating, “"), or a header ("Гладков: «"). After it, in
the same sentence: a verb with its speaker ("», — сказал он", "”, the governor said"), or a dash
and a name alone ("», — Гладков."). Which phrase names the speaker and how the report describes
them is `phrases.SpeakerPhrases`'s reading.
"""

from __future__ import annotations

from bisect import bisect_left

from claimledger.extract.document.tokens import Sentence, Token
from claimledger.extract.outputs.phrases import DASHES, Candidate, Said, SpeakerPhrases

__all__ = ["QuoteSpeakers", "Said"]

# How far before the opening mark a verb of speech may stand, and after the closing mark.
_VERB_REACH = 8
_AFTER_REACH = 10
_ENDS = frozenset({".", "!", "?", "…"})  # punctuation: the same marks in every language


class QuoteSpeakers(SpeakerPhrases):
    """Reads quote speakers over one document; remembers the last one for pronouns."""

    def heard(self, said: Said | None) -> None:
        if said is not None:
            self.last = said

    # -- where to look ---------------------------------------------------------------------------

    def before(self, open_at: int) -> Said | None:
        mark = bisect_left(self._starts, open_at)
        if mark >= len(self.doc.tokens):
            return None
        sentence = self.doc.sentences[self.doc.tokens[mark].sentence]
        low = sentence.first
        for probe in range(mark - 1, sentence.first - 1, -1):
            if self.doc.tokens[probe].text in self.marks:
                low = probe + 1  # the clause after an earlier quote of the sentence
                break
        verb = next(
            (
                i
                for i in range(mark - 1, max(low, mark - _VERB_REACH) - 1, -1)
                if self._is_verb(self.doc.tokens[i])
            ),
            None,
        )
        if verb is not None:
            # The speaker after the verb ("заявил губернатор Гладков: «"), else the one
            # nearest before it ("представитель Минобороны Игорь Конашенков заявил: «").
            found = self._who(sentence, verb + 1, mark, leftmost=True) or self._who(
                sentence, low, verb, leftmost=False
            )
            if found is None:
                return self._back(sentence.index)  # "В сообщении говорится: «..."
        elif mark - 1 >= low and self.doc.tokens[mark - 1].text == ":":
            found = self._who(sentence, low, mark - 1, leftmost=False, whole=True)
        else:
            return None
        return self._said(found)

    def after(self, close_end: int) -> Said | None:
        first = bisect_left(self._starts, close_end)
        if first >= len(self.doc.tokens):
            return None
        if first and self.doc.tokens[first - 1].sentence != self.doc.tokens[first].sentence:
            return None  # the quote ends its sentence: the words after are another's
        sentence = self.doc.sentences[self.doc.tokens[first].sentence]
        last = first
        while (
            last < min(len(self.doc.tokens), first + _AFTER_REACH)
            and self.doc.tokens[last].text not in _ENDS
            and self.doc.tokens[last].text not in self.openings
        ):
            last += 1
        sentence = self.doc.sentences[self.doc.tokens[max(first, last - 1)].sentence]
        verb = next((i for i in range(first, last) if self._is_verb(self.doc.tokens[i])), None)
        if verb is not None:
            found = self._who(sentence, verb + 1, last, leftmost=True) or self._who(
                sentence, first, verb, leftmost=False
            )
            if found is None:
                return self._back(sentence.index)  # "», — говорится в сообщении."
            return self._said(found)
        dash = next(
            (i for i in range(first, min(last, first + 2)) if self.doc.tokens[i].text in DASHES),
            None,
        )
        if dash is None:
            return None
        return self._said(self._who(sentence, dash + 1, last, leftmost=True, whole=True))

    def _is_verb(self, token: Token) -> bool:
        return token.lemma in self.lex.outputs.quote_verbs or (
            token.low in self.lex.outputs.quote_verbs
        )

    # -- who -------------------------------------------------------------------------------------

    def _who(
        self, sentence: Sentence, low: int, high: int, leftmost: bool, whole: bool = False
    ) -> Candidate | None:
        """The speaker named in tokens [low, high); `whole`: the phrase must end at `high`."""
        if low >= high:
            return None
        found = self._candidates(sentence, low, high)
        if whole:
            found = [c for c in found if c.last == high or self._only_marks(c.last, high)]
        if not found:
            return None
        return found[0] if leftmost else found[-1]

    def _only_marks(self, first: int, last: int) -> bool:
        return not any(t.is_word or t.is_digits for t in self.doc.tokens[first:last])

    # -- what to say -----------------------------------------------------------------------------

    def _said(self, found: Candidate | None) -> Said | None:
        if found is None:
            return None
        if found.back:
            return self._back(self.doc.tokens[found.first].sentence, found.pronoun)
        doc = self.doc
        start, end = doc.tokens[found.first].start, doc.tokens[found.last - 1].end
        parts = []
        if found.known and found.name is not None:
            known = self._known_title(found.name, start)
            return Said(found.name, known, start, end)
        if found.first < found.name_first and self._titled(found.first, found.name_first):
            title = doc.text[start : doc.tokens[found.name_first - 1].end]
            parts.append(title)
        elif found.name is None:
            parts.append(doc.text[start:end])
        if parts and doc.tokens[found.first].index == doc.sentences[
            doc.tokens[found.first].sentence
        ].first:
            parts[0] = self._without_initial_capital(found.first, parts[0])
        apposition = self._apposition(found.last)
        if apposition is not None:
            parts.append(apposition)
        if not parts and found.name is not None:
            known = self._known_title(found.name, start)
            parts += [known] if known else []
        return Said(found.name, ", ".join(parts) or None, start, end)

    def _back(self, sentence: int, pronoun: bool = False) -> Said | None:
        """The one spoken of before: for a pronoun, the person the sentence before names
        ("Elena Petrova described it as “terrifying.” She recounted, “..."); else the speaker
        the sentences before name, kept with the description the last quote gave them."""
        if pronoun and sentence > 0:
            previous = self.doc.sentences[sentence - 1]
            named = [
                c
                for c in self._candidates(previous, previous.first, previous.last)
                if c.name is not None and not c.back
            ]
            if named:
                return self._said(named[-1])
        voice = self.voice_before(sentence)
        if voice is None or (self.last is not None and voice.name == self.last.name):
            return self.last
        return voice



