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

from claimledger.extract.dates import resolve_day_month, weekday_on_or_before
from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.ru.mentions import DateMention

WEEKDAYS: dict[str, int] = {
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "четверг": 3,
    "пятница": 4,
    "суббота": 5,
    "воскресенье": 6,
    "воскресение": 6,
}
MONTHS: dict[str, int] = {
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
}
# Word sequences (lower case) -> days before publication.
RELATIVE: dict[tuple[str, ...], int] = {
    ("накануне",): 1,
    ("вчера",): 1,
    ("позавчера",): 2,
    ("сегодня",): 0,
    ("ночью",): 0,
    ("утром",): 0,
    ("к", "утру"): 0,
    ("за", "утро"): 0,
    ("за", "ночь"): 0,
    ("за", "сутки"): 0,
    ("за", "прошедшие", "сутки"): 0,
    ("за", "минувшие", "сутки"): 0,
    ("за", "прошедшую", "ночь"): 0,
    ("за", "минувшую", "ночь"): 0,
    ("за", "эту", "ночь"): 0,
    ("минувшей", "ночью"): 0,
    ("прошедшей", "ночью"): 0,
    ("этой", "ночью"): 0,
    ("в", "течение", "ночи"): 0,
    ("в", "течение", "прошедшей", "ночи"): 0,
    ("с", "начала", "дня"): 0,
    ("в", "данный", "момент"): 0,
    ("на", "данный", "момент"): 0,
}
# Spans of several days: a claim about them has no single date.
SPANS: tuple[tuple[str, ...], ...] = (
    ("за", "последние"),
    ("за", "два", "дня"),
    ("за", "три", "дня"),
    ("за", "несколько", "дней"),
    ("за", "неделю"),
    ("за", "месяц"),
    ("за", "время"),
    ("с", "начала", "месяца"),
    ("с", "начала", "года"),
    ("с", "начала", "недели"),
    ("с", "начала", "сво"),
    ("в", "последние", "месяцы"),
    ("в", "последние", "дни"),
)
_RELATIVE_BY_FIRST: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _words, _days in RELATIVE.items():
    _RELATIVE_BY_FIRST.setdefault(_words[0], []).append((_words, _days))
_SPANS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _words in SPANS:
    _SPANS_BY_FIRST.setdefault(_words[0], []).append(_words)
# Words a date expression can start with; any other token is skipped at once.
FIRST_WORDS = frozenset(
    {words[0] for words in RELATIVE}
    | {words[0] for words in SPANS}
    | {
        "в",
        "во",
        "ночь",
        "с",
        "около",
        "до",
        "к",
        "на",
        "утром",
        "вечером",
        "днем",
        "ночью",
        "утро",
        "вечер",
    }
)
# Words right before a weekday that make it a date: "в пятницу", "утром среды", "ночь на среду".
WEEKDAY_OPENERS = frozenset(
    {
        "в",
        "во",
        "на",
        "до",
        "утром",
        "вечером",
        "днем",
        "ночью",
        "утро",
        "вечер",
        "ночь",
    }
)
# Words after a clock time: "утра", "часов", "мск".
CLOCK_WORDS = frozenset({"утра", "вечера", "ночи", "дня", "часов", "часа", "мск", "ч"})
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
STRONG = 3
WEAK = 1


class DateReader:
    """Finds date expressions in sentences of one post published at `published` (Moscow time)."""

    def __init__(self, doc: Document, published: datetime | None) -> None:
        self.doc = doc
        self.published = published
        self.today: date | None = published.date() if published else None

    def find(self, sentence: Sentence) -> list[DateMention]:
        found: list[DateMention] = []
        index = sentence.first
        while index < sentence.last:
            mention = self._at(sentence, index)
            if mention is None:
                index += 1
                continue
            found.append(mention)
            index = mention.last
        return found

    def _words(self, index: int, size: int, sentence: Sentence) -> tuple[str, ...]:
        return tuple(t.low for t in self.doc.tokens[index : min(sentence.last, index + size)])

    def _at(self, sentence: Sentence, index: int) -> DateMention | None:
        token = self.doc.tokens[index]
        if not (token.low in FIRST_WORDS or token.is_digits or token.lemma in WEEKDAYS):
            return None
        for reader in self._readers():
            mention = reader(sentence, index)
            if mention is not None:
                return mention
        return None

    def _readers(self) -> tuple[Callable[[Sentence, int], DateMention | None], ...]:
        return (
            self._night,
            self._day_month,
            self._weekday,
            self._span,
            self._clock,
            self._relative,
            self._month_only,
        )

    def _clock(self, sentence: Sentence, index: int) -> DateMention | None:
        """Times of the day of publication: "с 5 до 7 утра", "около 2 часов ночи", "в 4:50"."""
        tokens = self.doc.tokens
        if tokens[index].low not in ("с", "в", "около", "до", "к"):
            return None
        probe = index + 1
        end = self._clock_value(sentence, probe)
        if end is None:
            return None
        if end < sentence.last and tokens[end].low == "до":
            second = self._clock_value(sentence, end + 1)
            if second is not None:
                end = second
        elif tokens[index].low == "с":
            return None
        if end < sentence.last and tokens[end].low in CLOCK_WORDS:
            end += 1
        elif not self._has_clock_shape(index + 1):
            return None
        return DateMention(index, end, self._shift(0), WEAK)

    def _clock_value(self, sentence: Sentence, index: int) -> int | None:
        """One past a time: "7", "4:50", "8.30"."""
        tokens = self.doc.tokens
        if index >= sentence.last:
            return None
        token = tokens[index]
        if _CLOCK.fullmatch(token.text):
            return index + 1
        if not token.is_digits or int(token.text) > 24:
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
        words = self._words(index, 2, sentence)
        if words == ("в", "ночь"):
            probe = index + 2
        elif words[:1] == ("ночь",):
            probe = index + 1
        else:
            return None
        if probe < sentence.last and self.doc.tokens[probe].low == "с":
            probe += 2  # "с 9"
        if probe >= sentence.last or self.doc.tokens[probe].low != "на":
            return None
        target = probe + 1
        day = self._day_month(sentence, target)
        if day is not None:
            return DateMention(index, day.last, day.value, STRONG)
        weekday = self._weekday_word(sentence, target)
        if weekday is None:
            return None
        return DateMention(index, target + 1, self._night_of(weekday), STRONG)

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
        return WEEKDAYS.get(token.lemma, WEEKDAYS.get(token.low))

    def _day_month(self, sentence: Sentence, index: int) -> DateMention | None:
        """Calendar days: "23 ноября", "10 ноября 2024 года"."""
        if index + 1 >= sentence.last:
            return None
        number, month_token = self.doc.tokens[index], self.doc.tokens[index + 1]
        month = MONTHS.get(month_token.lemma)
        if not number.is_digits or month is None or not 1 <= int(number.text) <= 31:
            return None
        last = index + 2
        year: int | None = None
        if (
            last < sentence.last
            and self.doc.tokens[last].is_digits
            and len(self.doc.tokens[last].text) == 4
        ):
            year = int(self.doc.tokens[last].text)
            last += 1
            if last < sentence.last and self.doc.tokens[last].low in ("года", "г", "году"):
                last += 1
        return DateMention(index, last, self._calendar(int(number.text), month, year), STRONG)

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
        weekday = WEEKDAYS.get(token.lemma)
        if weekday is None or self.today is None:
            return None
        before = self.doc.tokens[index - 1].low if index > sentence.first else ""
        if before not in WEEKDAY_OPENERS:
            return None
        value = weekday_on_or_before(self.today, weekday).isoformat()
        return DateMention(index - 1, index + 1, value, STRONG)

    def _span(self, sentence: Sentence, index: int) -> DateMention | None:
        for words in _SPANS_BY_FIRST.get(self.doc.tokens[index].low, ()):
            if self._words(index, len(words), sentence) == words:
                last = index + len(words)
                while last < sentence.last and self.doc.tokens[last].low in (
                    "дни",
                    "дня",
                    "дней",
                    "сутки",
                    "суток",
                    "два",
                    "три",
                    "несколько",
                ):
                    last += 1
                return DateMention(index, last, None, STRONG)
        return None

    def _relative(self, sentence: Sentence, index: int) -> DateMention | None:
        best: tuple[int, int] | None = None
        for words, days in _RELATIVE_BY_FIRST.get(self.doc.tokens[index].low, ()):
            if self._words(index, len(words), sentence) == words and (
                best is None or len(words) > best[0]
            ):
                best = (len(words), days)
        if best is None:
            return None
        strength = STRONG if best[1] else WEAK
        return DateMention(index, index + best[0], self._shift(best[1]), strength)

    def _month_only(self, sentence: Sentence, index: int) -> DateMention | None:
        """Another time, of no single date: "в сентябре", "в 2023 году"."""
        words = self._words(index, 2, sentence)
        if len(words) < 2 or words[0] not in ("в", "во"):
            return None
        following = self.doc.tokens[index + 1]
        month = MONTHS.get(following.lemma)
        if month is not None:
            past = self.today is not None and month != self.today.month
            return DateMention(index, index + 2, None, STRONG, history=past)
        if (
            following.is_digits
            and len(following.text) == 4
            and index + 2 < sentence.last
            and self.doc.tokens[index + 2].lemma == "год"
        ):
            year = int(following.text)
            past = self.today is not None and year < self.today.year
            return DateMention(index, index + 3, None, STRONG, history=past)
        return None
