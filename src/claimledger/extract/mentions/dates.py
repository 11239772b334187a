"""Dates of claims from Russian wording, relative to the post's Moscow publication time.

"в ночь на пятницу" is the Friday on or before publication (a night is dated by its morning),
"в ночь с 24 на 25 ноября" is 25 November, "накануне вечером" the day before, "за прошедшую
ночь", "за сутки", "сегодня утром" the publication date, "23 ноября" that day. A span of days
("за последние три дня", "за два дня") has no single date: None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from claimledger.extract.dates import resolve_day_month, weekday_on_or_before
from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import DateMention
from claimledger.extract.numerals import word_value

_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_EVENING = 18  # a time from this hour on is of the evening
_NOON = 12  # a post before this hour tells of the evening before
_HOURS = 24
# "07.02.2024", "04.01.23", "17.03-18.03", "30.03.": numeric dates, a range of two at most.
_NUMERIC = re.compile(
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4}|\d{2}))?\.?"
    r"(?:-(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})(?:\.(?P<y2>\d{4}|\d{2}))?\.?)?"
)
STRONG = 3
WEAK = 1
# A day named this long before the report is told as background, not as this attack's day.
HISTORY_DAYS = 7
# How far from the publication a mistyped year is mended to the publication's year ("02.02.2023"
# in a picture of 2 February 2024), and how far a numeric date may lie ahead of it.
_MEND_DAYS = 7
_AHEAD_DAYS = 1


class _Tables(NamedTuple):
    """A lexicon's date sequences by their first word, and the words a date may open with."""

    relative_by_first: dict[str, list[tuple[tuple[str, ...], int]]]
    spans_by_first: dict[str, list[tuple[str, ...]]]
    history: frozenset[tuple[str, ...]]
    first_words: frozenset[str]
    opens: dict[tuple[str, str, str], int]  # a word -> the readers it may open (`_may_open`)


@cache
def _tables(lex: Lexicon) -> _Tables:
    relative_by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for sequence, days in lex.relative_days:
        relative_by_first.setdefault(sequence[0], []).append((sequence, days))
    spans_by_first: dict[str, list[tuple[str, ...]]] = {}
    # longest first: "з початку повномасштабного вторгнення" before "з початку"
    for sequence in sorted(
        (*lex.sequences.history_spans, *lex.sequences.date_spans), key=len, reverse=True
    ):
        spans_by_first.setdefault(sequence[0], []).append(sequence)
    first_words = lex.words.first_date_words | set(relative_by_first) | set(spans_by_first)
    return _Tables(
        relative_by_first,
        spans_by_first,
        frozenset(lex.sequences.history_spans),
        frozenset(first_words),
        {},
    )


class DateReader:
    """Finds date expressions in sentences of one post published at `published` (Moscow time)."""

    def __init__(self, doc: Document, lex: Lexicon, published: datetime | None) -> None:
        self.doc = doc
        self.lex = lex
        tables = _tables(lex)  # the lexicon's, made once: a reader is made for every report
        self._relative_by_first = tables.relative_by_first
        self._spans_by_first = tables.spans_by_first
        self._history = tables.history
        self._first_words = tables.first_words
        self._opens = tables.opens
        self._reader_list = self._readers()  # once a report, not at every word that may open
        self.published = published
        self.today: date | None = published.date() if published else None

    def find(self, sentence: Sentence) -> list[DateMention]:
        found: list[DateMention] = []
        index = sentence.first
        tokens, first_words = self.doc.tokens, self._first_words
        weekdays, months = self.lex.weekdays, self.lex.months
        while index < sentence.last:
            token = tokens[index]
            # a date opens with a word that opens one, digits, a weekday or a month (most
            # tokens are none of these, and are not handed to the readers)
            opens = (
                token.low in first_words
                or token.is_digits
                or token.lemma in weekdays
                or token.lemma in months
                or (token.text[:1].isdigit() and _NUMERIC.fullmatch(token.text))  # \d first
            )
            mention = self._at(sentence, index) if opens else None
            if mention is None:
                index += 1
                continue
            found.append(mention)
            index = mention.last
        return found

    def _words(self, index: int, size: int, sentence: Sentence) -> tuple[str, ...]:
        return tuple(t.low for t in self.doc.tokens[index : min(sentence.last, index + size)])

    def _at(self, sentence: Sentence, index: int) -> DateMention | None:
        """The date opening at token `index`, where `find` saw that one may: asked of the
        readers whose own first test the word passes (most words that open a date open few)."""
        may = self._may_open(self.doc.tokens[index])
        for bit, reader in enumerate(self._reader_list):
            if may >> bit & 1 and (mention := reader(self, sentence, index)) is not None:
                return mention
        return None

    def _readers(self) -> tuple[Callable[[DateReader, Sentence, int], DateMention | None], ...]:
        # the class's functions, not methods bound to this reader: a reader holding its own
        # bound methods is a cycle, and the report's document (every token) would wait for
        # the garbage collector instead of going when the report is read
        cls = type(self)
        return (
            cls._window_start,
            cls._night,
            cls._numeric,
            cls._day_month,
            cls._weekday,
            cls._span,
            cls._clock,
            cls._relative,
            cls._month_only,
        )

    def _may_open(self, token: Token) -> int:
        """A bit for each of `_readers` whose first test the token passes, in their order;
        remembered by the word (its lemma included: a retagged token may differ)."""
        key = (token.text, token.low, token.lemma)
        may = self._opens.get(key)
        if may is None:
            words, low, lemma = self.lex.words, token.low, token.lemma
            tests = (
                low in words.clock_from,
                low in words.night_in or lemma in words.night_words,
                _NUMERIC.fullmatch(token.text) is not None,
                self.lex.months.get(lemma) is not None or token.is_digits,
                self.lex.weekdays.get(lemma) is not None,
                low in self._spans_by_first,
                low in words.clock_openers,
                low in self._relative_by_first,
                (token.is_digits and len(token.text) == 4) or low in words.in_words,
            )
            if len(self._opens) >= 1 << 16:
                self._opens.clear()  # a stream of distinct words: memory stays bounded
            may = self._opens[key] = sum(1 << bit for bit, passes in enumerate(tests) if passes)
        return may

    def _clock(self, sentence: Sentence, index: int) -> DateMention | None:
        """Times of the day of publication: "с 5 до 7 утра", "около 2 часов ночи", "в 4:50"."""
        tokens = self.doc.tokens
        if tokens[index].low not in self.lex.words.clock_openers:
            return None
        probe = index + 1
        end = self._clock_value(sentence, probe)
        if end is None:
            return None
        worded = self._worded_hour(sentence, probe)
        if worded:  # "с девяти вечера до полуночи": an hour in words, its clock word after it
            end = probe + 2
        if end < sentence.last and tokens[end].low in self.lex.words.range_to:
            second = self._clock_value(sentence, end + 1)
            if second is not None:
                end = second
        elif tokens[index].low in self.lex.words.clock_from:
            return None
        evening = self._hour(index + 1) >= _EVENING or (
            worded and tokens[probe + 1].low in self.lex.words.evening_words
        )
        if end < sentence.last and tokens[end].low in self.lex.words.clock_words:
            evening = evening or tokens[end].low in self.lex.words.evening_words
            end += 1
        elif not (worded or self._has_clock_shape(index + 1)):
            return None
        # "с 20:00 до 23:00" in a post of the next morning: the evening before it
        days = 1 if evening and self.published and self.published.hour < _NOON else 0
        return DateMention(index, end, self._shift(days), WEAK)

    def _worded_hour(self, sentence: Sentence, index: int) -> bool:
        """An hour written as a word with its clock word: "девяти вечера", "двух часов ночи"."""
        tokens = self.doc.tokens
        if index + 1 >= sentence.last or tokens[index].is_digits:
            return False
        value = word_value(tokens[index].lemma, self.lex.lang)
        return (
            value is not None
            and 0 < value <= _HOURS
            and tokens[index + 1].low in self.lex.words.clock_words
        )

    def _hour(self, index: int) -> int:
        """The hour a clock value opens with ("21" of "21:00"), or -1."""
        digits = self.doc.tokens[index].text.split(":")[0].split(".")[0]
        return int(digits) if digits.isdigit() else -1

    def _window_start(self, sentence: Sentence, index: int) -> DateMention | None:
        """ "(с 18:00 13 марта)" after "в ночь на 14 марта": the hour and day a night's count
        starts from; the count is of the night's morning, not of this day."""
        if self.doc.tokens[index].low not in self.lex.words.clock_from:
            return None
        end = self._clock_value(sentence, index + 1)
        if end is None or not self._has_clock_shape(index + 1):
            return None
        day = self._day_month(sentence, end)
        if day is None:
            return None
        return DateMention(index, day.last, day.value, WEAK, opens=True)

    def _clock_value(self, sentence: Sentence, index: int) -> int | None:
        """One past a time: "7", "4:50", "8.30"."""
        tokens = self.doc.tokens
        if index >= sentence.last:
            return None
        token = tokens[index]
        if _CLOCK.fullmatch(token.text) or self._worded_hour(sentence, index):
            return index + 1
        if not token.is_digits or int(token.text) > _HOURS:
            return None
        if (
            index + 2 < sentence.last
            and tokens[index + 1].text in (":", ".")
            and tokens[index + 2].is_digits
        ):
            return index + 3
        return index + 1

    def _has_clock_shape(self, index: int) -> bool:
        token = self.doc.tokens[index]
        following = self.doc.tokens[index + 1] if index + 1 < len(self.doc.tokens) else None
        return bool(_CLOCK.fullmatch(token.text)) or (
            following is not None and following.text in (":",) and token.is_digits
        )

    def _shift(self, days: int) -> str | None:
        return (self.today - timedelta(days=days)).isoformat() if self.today else None

    def _night(self, sentence: Sentence, index: int) -> DateMention | None:
        """Nights: "в ночь на пятницу", "в ночь на 1 декабря", "в ночь с 9 на 10 ноября"."""
        tokens = self.doc.tokens
        probe = index
        while probe < sentence.last and tokens[probe].low in self.lex.words.night_in:
            probe += 1  # "в ночь", "during the night"
        if probe >= sentence.last or tokens[probe].lemma not in self.lex.words.night_words:
            return None
        probe += 1
        if (
            probe + 2 < sentence.last
            and tokens[probe].low in self.lex.words.clock_from
            and tokens[probe + 2].low in self.lex.words.night_to
        ):
            probe += 2  # "с 9", "of Wednesday"
        if probe >= sentence.last or tokens[probe].low not in self.lex.words.night_to:
            return None
        target = probe + 1
        day = self._day_month(sentence, target)
        if day is not None:
            return self._night_range(sentence, index, day)
        weekday = self._weekday_word(sentence, target)
        if weekday is None:
            return None
        return DateMention(index, target + 1, self._night_of(weekday), STRONG)

    def _night_range(self, sentence: Sentence, index: int, day: DateMention) -> DateMention:
        """English writes a night's first day and its last: "the night of November 21 to 22",
        "of Nov. 21-22"; the night is its morning's (ANNOTATION.md), the day after the first."""
        tokens, last, value = self.doc.tokens, day.last, day.value
        joined = last + 1 < sentence.last and tokens[last + 1].is_digits and (
            tokens[last].low in self.lex.words.range_to or tokens[last].text in ("-", "–"))
        if joined and value is not None:
            last, value = last + 2, (date.fromisoformat(value) + timedelta(days=1)).isoformat()
        return DateMention(index, last, value, STRONG, history=day.history)

    def _night_of(self, weekday: int) -> str | None:
        if self.today is None or self.published is None:
            return None
        day = weekday_on_or_before(self.today, weekday)
        tomorrow = self.today + timedelta(days=1)
        # An evening post about "the night to Friday" on Thursday means the coming night.
        if day != self.today and tomorrow.weekday() == weekday and self.published.hour >= 18:
            day = tomorrow
        return day.isoformat()

    def _weekday_word(self, sentence: Sentence, index: int) -> int | None:
        if index >= sentence.last:
            return None
        token = self.doc.tokens[index]
        for lemma in (token.lemma, token.low, *sorted(token.info.lemmas)):
            if lemma.replace("’", "'") in self.lex.weekdays:  # "п’ятницю"; "понеділка": one
                return self.lex.weekdays[lemma.replace("’", "'")]  # of its lemmas
        return None

    def _day_month(self, sentence: Sentence, index: int) -> DateMention | None:
        """Calendar days: "23 ноября", "10 ноября 2024 года", "November 20", "Nov. 22"."""
        if index + 1 >= sentence.last:
            return None
        number, month_token = self.doc.tokens[index], self.doc.tokens[index + 1]
        last = index + 2
        if self.lex.months.get(number.lemma) is not None:  # the month first
            after = index + 2 if month_token.text == "." else index + 1
            if after >= sentence.last:
                return None
            number, month_token, last = self.doc.tokens[after], number, after + 1
        month = self.lex.months.get(month_token.lemma)
        if not number.is_digits or month is None or not 1 <= int(number.text) <= 31:
            return None
        year: int | None = None
        if (
            last < sentence.last
            and self.doc.tokens[last].is_digits
            and len(self.doc.tokens[last].text) == 4
        ):
            year = int(self.doc.tokens[last].text)
            last += 1
            if last < sentence.last and self.doc.tokens[last].low in self.lex.words.year_words:
                last += 1
        value = self._calendar(int(number.text), month, year)
        past = value is not None and self._past(date.fromisoformat(value))
        return DateMention(index, last, value, STRONG, history=past)

    def _numeric(self, sentence: Sentence, index: int) -> DateMention | None:
        """ "07.02.2024", "04.01.23", "17.03-18.03" (a night's range: its morning). Without a year
        only at the start of a line or after a dash ("30.03.-31.03"), where a time ("22.10") is
        not written; a year typed wrong is mended to the publication's."""
        token = self.doc.tokens[index]
        match = _NUMERIC.fullmatch(token.text)
        if match is None:
            return None
        before = self.doc.tokens[index - 1] if index > sentence.first else None
        dated = match.group("y") or match.group("d2")
        if not (dated or before is None or before.text in self.lex.words.dashes):
            return None
        last = (match.group("d2"), match.group("m2"), match.group("y2"))
        day, month, year = (
            last if last[0] else (match.group("d"), match.group("m"), match.group("y"))
        )
        value = self._day_of(int(day), int(month), year)
        if value is None:
            return None
        return DateMention(index, index + 1, value.isoformat(), STRONG, history=self._past(value))

    def _day_of(self, day: int, month: int, year: str | None) -> date | None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if year is None:
            return resolve_day_month(self.today, day, month) if self.today else None
        try:
            found = date(int(year) + (2000 if len(year) == 2 else 0), month, day)
        except ValueError:
            return None
        if self.today is None or abs((found - self.today).days) <= _MEND_DAYS:
            return found
        try:
            mended = found.replace(year=self.today.year)
        except ValueError:
            return found
        if abs((mended - self.today).days) <= _MEND_DAYS:
            return mended
        return found if (found - self.today).days <= _AHEAD_DAYS else None

    def _past(self, day: date) -> bool:
        """A day named weeks before the report: another event, told as background."""
        return self.today is not None and (self.today - day).days > HISTORY_DAYS

    def _calendar(self, day: int, month: int, year: int | None) -> str | None:
        try:
            if year is not None:
                return date(year, month, day).isoformat()
        except ValueError:
            return None
        if self.today is None:
            return None
        resolved = resolve_day_month(self.today, day, month)
        return resolved.isoformat() if resolved else None

    def _weekday(self, sentence: Sentence, index: int) -> DateMention | None:
        """Weekdays: "в пятницу", "утром в среду", "вечером вторника", "утром понедельника"."""
        token = self.doc.tokens[index]
        weekday = self.lex.weekdays.get(token.lemma)
        if weekday is None or self.today is None:
            return None
        before = self.doc.tokens[index - 1].low if index > sentence.first else ""
        first = index - 1
        if before not in self.lex.words.week_openers:
            if not (self.lex.bare_weekdays and token.text[:1].isupper()):
                return None
            first = index  # "launched by the Houthis Wednesday"
        day = weekday_on_or_before(self.today, weekday)
        last = index + 1
        if last < sentence.last and self.doc.tokens[last].low in self.lex.words.weekday_nights:
            day, last = min(day + timedelta(days=1), self.today), last + 1  # dated by its morning
        return DateMention(first, last, day.isoformat(), STRONG)

    def _span(self, sentence: Sentence, index: int) -> DateMention | None:
        for words in self._spans_by_first.get(self.doc.tokens[index].low, ()):
            if self._words(index, len(words), sentence) == words:
                last = index + len(words)
                while (
                    last < sentence.last and self.doc.tokens[last].low in self.lex.words.span_tail
                ):
                    last += 1
                return DateMention(index, last, None, STRONG, history=words in self._history)
        return None

    def _relative(self, sentence: Sentence, index: int) -> DateMention | None:
        best: tuple[int, int] | None = None
        for words, days in self._relative_by_first.get(self.doc.tokens[index].low, ()):
            if self._words(index, len(words), sentence) == words and (
                best is None or len(words) > best[0]
            ):
                best = (len(words), days)
        if best is None:
            return None
        strength = STRONG if best[1] else WEAK
        return DateMention(index, index + best[0], self._shift(best[1]), strength)

    def _year_of(self, index: int) -> bool:
        """A four-digit year and the language's word for year after it ("2024 року"); not a
        year of birth ("мужчина 1965 года рождения", "1958 г.р."), which dates no event."""
        token, after = self.doc.tokens[index], self.doc.tokens[index + 1]
        return (
            token.is_digits
            and len(token.text) == 4
            and 1900 <= int(token.text) < 2100
            and (after.low in self.lex.words.year_words or after.lemma in self.lex.words.year_words)
            and not self._born(index + 2)
        )

    def _born(self, index: int) -> bool:
        """The word of birth right after a year's word, over its abbreviation's full stop."""
        tokens = self.doc.tokens
        if index < len(tokens) and tokens[index].text == ".":
            index += 1
        return index < len(tokens) and tokens[index].low in self.lex.words.birth_words

    def _month_only(self, sentence: Sentence, index: int) -> DateMention | None:
        """Another time, of no single date: "в сентябре", "в 2023 году"."""
        undated = self.today is None  # a month's year or a year written out in a page of no date
        words = self._words(index, 2, sentence)
        if len(words) == 2 and self._year_of(index):
            # "під час удару 2024 року": a year with its word, no preposition before it
            year = int(self.doc.tokens[index].text)
            past = self.today is not None and year < self.today.year
            return DateMention(index, index + 2, None, STRONG, history=past)
        if len(words) < 2 or words[0] not in self.lex.words.in_words:
            return None
        following = self.doc.tokens[index + 1]
        # "у вересні": the analyzer's first lemma of some locatives is another word ("вересна")
        month = next(
            (
                self.lex.months[lemma]
                for lemma in (following.lemma, *sorted(following.info.lemmas))
                if lemma in self.lex.months
            ),
            None,
        )
        if month is not None:
            last = index + 2
            after = self.doc.tokens[last] if last < sentence.last else None
            if after is not None and after.is_digits and len(after.text) == 4:
                # "у березні 2022 року": that month of that year
                last += 1
                year_word = last < sentence.last and (
                    self.doc.tokens[last].lemma in self.lex.words.year_words
                )
                last += 1 if year_word else 0
                past = self.today is not None and (int(after.text), month) < (
                    self.today.year,
                    self.today.month,
                )
                return DateMention(index, last, None, STRONG, history=past, background=undated)
            past = self.today is not None and month != self.today.month
            return DateMention(index, index + 2, None, STRONG, history=past)
        born = index > 0 and self.doc.tokens[index - 1].low in self.lex.words.birth_words
        if following.is_digits and len(following.text) == 4 and 1900 <= int(following.text) < 2100:
            if born:
                return None  # "a man born in 1965": no date of the event (reader._blocked)
            # "в 2023 году", "in 2022": a year, with its word where the language has one
            last = index + 2
            if last < sentence.last and self.doc.tokens[last].lemma in self.lex.words.year_words:
                last += 1
            year = int(following.text)
            past = self.today is not None and year < self.today.year
            return DateMention(index, last, None, STRONG, history=past, background=undated)
        return None
