"""The date of a draft: a date said in its clause, else the last one before it in the
sentence, else the last one the post said; and the signs that a claim is another time's
(a recall paragraph, "тогда" after a past date, a calendar date days before the report)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from claimledger.catalog.actors import actors
from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar.draft import Draft
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon.roles import Sequence_, opens_with
from claimledger.extract.mentions.types import DateMention
from claimledger.places.model import Place


def long_before(reader: SentenceReader, draft: Draft, today: date | None) -> bool:
    """A claim dated by the calendar ("On the night of September 20") more days before its
    report than news of the day reaches back: a recollection of another attack, where the
    lexicon sets `recent_days` (English news; its gold has no claim older than two days). A
    weekday ("on Sunday") is the week's news and stays."""
    lex = reader.lex
    if today is None or not draft.date_span:
        return False
    first, last = draft.date_span
    if not any(t.low in lex.months or t.lemma in lex.months for t in reader.doc.tokens[first:last]):
        return False
    reach = lex.recent_days
    if reach is None and _earlier_opened(reader, draft.sentence):
        reach = 1  # "Ранее, 9 марта, ...": an earlier report, not the night just past
        if draft.date is None:
            return True  # "Ранее в марте ...": the month's earlier days
    if reach is None or draft.date is None:
        return False
    try:
        return (today - date.fromisoformat(draft.date)).days > reach
    except ValueError:
        return False


def _earlier_opened(reader: SentenceReader, sentence: Sentence) -> bool:
    return _opened(reader, sentence, 3, reader.lex.sequences.earlier_openers)


def in_brackets(reader: SentenceReader, mention: DateMention) -> bool:
    """A date inside brackets is an aside: "On the night of 21 November (from 19:00 on 20th)"."""
    tokens = reader.doc.tokens
    sentence = reader.doc.sentences[tokens[mention.first].sentence]
    for index in range(mention.first - 1, sentence.first - 1, -1):
        if tokens[index].text == ")":
            return False
        if tokens[index].text == "(":
            return True
    return False


def recall_opened(reader: SentenceReader, sentence: Sentence) -> bool:
    """The sentence opens with a recall ("Нагадаємо, ...", "Раніше повідомлялося, що ...")."""
    return _opened(reader, sentence, 4, reader.lex.sequences.recall_openers)


def _opened(
    reader: SentenceReader, sentence: Sentence, reach: int, openers: tuple[Sequence_, ...]
) -> bool:
    """The words among the sentence's first `reach` tokens begin with one of `openers`."""
    tokens = reader.doc.tokens[sentence.first : sentence.first + reach]
    return opens_with(tuple(t.low for t in tokens if t.is_word), openers)


def opens_with_then(reader: SentenceReader, draft: Draft) -> bool:
    """The draft's sentence opens with "тогда", "тоді": the time just told."""
    first = reader.doc.tokens[draft.sentence.first]
    return first.low in reader.lex.words.then_words


_SAID_REACH = 2  # words from a verb of speech to the date of the saying ("said late on Friday")


def _said_on(reader: SentenceReader, draft: Draft, dates: list[DateMention]) -> DateMention | None:
    """The day a claim with no date of its own was told, after it in its sentence ("...,
    Governor Vyacheslav Gladkov said on Friday."): the news of that day, not of the report's."""
    tokens = reader.doc.tokens
    sentence = tokens[draft.first].sentence
    for mention in dates:
        if mention.first < draft.last or tokens[mention.first].sentence != sentence:
            continue
        if mention.value is None or mention.history:
            continue
        back = range(max(draft.last, mention.first - _SAID_REACH), mention.first)
        if any(tokens[i].lemma in reader.lex.words.speech_verbs for i in back):
            return mention
    return None


def settle_date(
    reader: SentenceReader,
    draft: Draft,
    dates: list[DateMention],
    last_date: tuple[str | None, tuple[int, int]] | None,
    today: date | None,
) -> None:
    clause = next(
        (
            c
            for c in reader.facts[reader.doc.tokens[draft.first].sentence].clauses
            if c[0] <= draft.first < c[1]
        ),
        (draft.first, draft.last),
    )
    dates = [d for d in dates if not d.opens]
    plain = [d for d in dates if not in_brackets(reader, d)] or dates  # "(from 19:00 on ...)"
    in_clause = [d for d in plain if clause[0] <= d.first < clause[1]]
    before = [d for d in plain if d.first < draft.first]
    chosen = in_clause[-1] if in_clause else (before[-1] if before else None)
    if chosen is None:
        chosen = _said_on(reader, draft, plain)  # "..., the governor said on Friday."
    if chosen is not None and chosen.history:
        draft.history = True
    if chosen is not None:
        draft.date, draft.date_span = chosen.value, (chosen.first, chosen.last)
    elif last_date is not None:
        draft.date, draft.date_span = last_date
    else:
        draft.date = today.isoformat() if today else None


def local_day(
    reader: SentenceReader,
    draft: Draft,
    side: str | None,
    places: dict[str, Place],
    published: datetime | None,
) -> date | None:
    """The publication day in the local time of the claim's place where the claimant is of that
    place's side: a Russian-language post at 23:20 in Kyiv (00:20 in Moscow) of a strike on
    Odesa that Oleh Kiper reports is the evening's, not the next day's. Reports whose dates are
    UTC (English) keep them; so does any other claim (the report's own zone)."""
    if published is None:
        return None
    if reader.lex.time_zone == "UTC":
        return published.date()
    place = places.get(draft.location) if draft.location else None
    # each side's own country's zone, a state's `time_zone` in catalog/actors.toml: a claim of
    # its place told by its own side is dated in its local time (ANNOTATION.md: "local time")
    zones = actors().side_zones
    zone = zones.get((side or "", place.country or "")) if place is not None else None
    return published.astimezone(ZoneInfo(zone)).date() if zone else published.date()
