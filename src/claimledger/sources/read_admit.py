"""The last step of every reader: a report leaves it clean, dated in UTC and in a known language.

`admit` is called once per report with where it came from (file, line, record) and either
hands the report on or says in one line why it cannot:
- text hygiene (read_clean): lone surrogates replaced, control characters removed, in the text,
  id, source, url and meta alike; one warning naming what was changed;
- the publication time in UTC: an offset is converted; a time without one (a naive time) is
  taken as UTC, with a warning; a time that cannot be converted, or lies outside
  EARLIEST..LATEST, makes the report bad (9999-12-31T23:59:59-14:00 is past year 9999 in UTC);
- the language as claimledger names it: a tag ("en-US", "ru_RU", " RU") becomes its language;
  a language claimledger does not read ("xx", "de") makes the report bad.
"""

from __future__ import annotations

from datetime import UTC, datetime

from claimledger.model import LANGUAGES, Report, report_id
from claimledger.sources.read_clean import Tally, needs_cleaning
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning
from claimledger.sources.read_text import language_code

# Publication times claimledger accepts: anything else is a typo or junk, and far dates break
# the calendar arithmetic of extraction (a night's morning, a zone's local date).
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(2199, 12, 31, 23, 59, 59, tzinfo=UTC)


class Gate:
    """Admission for the reports of one input: `admit` each, then `close` once.

    A time without offset is said once per input with its line, and counted after that (an
    export written without offsets would otherwise give a warning per message)."""

    def __init__(self, origin: str, errors: list[ReadProblem]) -> None:
        self.origin = origin
        self.errors = errors
        self.naive = 0

    def admit(
        self, report: Report, line: int | None, label: str = "", *, clean: bool = False
    ) -> Report | None:
        """`report` made fit to store, or None (and an error) when it cannot be. `label` names
        the record within its line or file ("item 3: ", "message 12: "); `clean`: its input
        is known to hold nothing to clean (read_clean.json_is_clean)."""
        notes: list[str] = []
        try:
            if not clean:
                _clean(report, notes)
            report.published, naive = utc_published(report.published)
            if naive:
                self.naive += 1
                if self.naive == 1:
                    notes.append(naive)
            if report.lang is not None:
                report.lang = _language(report.lang)
        except ValueError as exc:
            self.errors.append(ReadError(self.origin, line, label + str(exc)))
            return None
        self.errors.extend(ReadWarning(self.origin, line, label + note) for note in notes)
        return report

    def close(self) -> None:
        if self.naive > 1:
            message = (
                f"{self.naive - 1:,} more report(s) published without a UTC offset; "
                "taken as UTC"
            )
            self.errors.append(ReadWarning(self.origin, None, message))


def admit(
    report: Report,
    origin: str,
    line: int | None,
    errors: list[ReadProblem],
    label: str = "",
) -> Report | None:
    """One report of its own input through a Gate (see Gate.admit)."""
    return Gate(origin, errors).admit(report, line, label)


def utc_published(value: datetime | None) -> tuple[datetime | None, str | None]:
    """`value` in UTC and a note when it had no offset; ValueError when it has no place in
    EARLIEST..LATEST."""
    if value is None:
        return None, None
    note = None
    if value.tzinfo is None or value.utcoffset() is None:
        note = f"published {value.isoformat()} has no UTC offset; taken as UTC"
        value = value.replace(tzinfo=UTC)
    try:
        utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValueError(f"published {value.isoformat()} is out of range; skipped") from None
    if not EARLIEST <= utc <= LATEST:
        raise ValueError(
            f"published {value.isoformat()} is outside {EARLIEST.year}-{LATEST.year}; skipped"
        )
    return utc, note


def _language(tag: str) -> str:
    code = language_code(tag)
    if code is None:
        raise ValueError(
            f"lang {tag!r} is not a language claimledger reads ({', '.join(LANGUAGES)}); skipped"
        )
    return code


def _clean(report: Report, notes: list[str]) -> None:
    if not needs_cleaning(
        report.text, report.id, report.source, report.url, report.lang, report.meta
    ):
        return
    tally = Tally()
    # An id made from the text (no id in the input) is made again from the clean text.
    derived = report.id == report_id(report.source, report.text)
    report.text = tally.text(report.text)
    report.source = tally.text(report.source) if report.source else report.source
    report.url = tally.text(report.url) if report.url else report.url
    report.lang = tally.text(report.lang) if report.lang else report.lang
    report.meta = tally.value(report.meta)
    report.id = report_id(report.source, report.text) if derived else tally.text(report.id)
    if not report.text.strip():
        raise ValueError("no text left after removing control characters; skipped")
    if not report.id:
        raise ValueError("no id left after removing control characters; skipped")
    notes.extend(tally.notes())
