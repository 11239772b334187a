"""The Air Force's daily "ЗНИЩЕНО:" infographics, as machine transcriptions give them.

A header with the date ("01.01.2023", "04.01.23", "17.03-18.03") and the time or range
("(07.00)", "(11.00 -16.00)"), the word ЗНИЩЕНО, then one line per weapon: "- 45 БПЛА
«Shahed-136/131»", "- 8 крилатих ракет Х-101/Х-555/Х-55", "- штурмовик Су-25" (no number is
one), "- два вертольоти". Regional air commands print the number on its own line above the
weapon. Each line is an intercepted claim of the Air Force over Ukraine, dated by the header's
latest date (the morning of a night), with the line as evidence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimledger.extract.dates import resolve_day_month
from claimledger.extract.uk.context import Finding, ReportContext
from claimledger.extract.uk.dating import MONTHS
from claimledger.extract.uk.quantities import Quantity
from claimledger.extract.uk.triggers import INTERCEPTED
from claimledger.extract.uk.weapons import AIR_TARGETS, WeaponPhrase
from claimledger.model import Claim

_HEADER = re.compile(r"(?im)^[ \t]*знищено[ \t]*:?[ \t]*(?:повітряних[ \t]+цілей[ \t]*)?$")
_MARKER = re.compile(r"^[ \t]*[-+–—•][ \t]*")
_BARE_NUMBER = re.compile(r"^[ \t]*\d+[ \t]*$")
# The picture's footer and banners: "🔥 Повітряні Сили", links, "станом на ..." lines.
_SIGNATURE = re.compile(
    r"^[ \t]*(?:[^\w\s+–—-][^\w\s]*[ \t]*)?(?:повітряні(?:[ \t]+сили)?[ \t]*$|сили[ \t]*$"
    r"|https?:|www\.|з\s+днем|станом\s+на)",
    re.I,
)
_SHORT_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d])")
_TEXT_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({'|'.join(MONTHS)})(?:\s+(\d{{4}}))?", re.I)
_PARENTHESES = re.compile(r"\([^)\n]*\)")
_TRAILING_JOIN = re.compile(r"(?:[\s,;]|\b(?:та|і|й)\b)+$")
# How far a header date may lie from the publication (typos in the year are mended first).
_WINDOW_BEFORE = timedelta(days=7)
_WINDOW_AFTER = timedelta(days=1)


def find(ctx: ReportContext) -> list[Claim]:
    """Claims of every "ЗНИЩЕНО" list in the report; marks the lists as consumed."""
    folded = ctx.doc.folded
    header = _HEADER.search(folded)
    if header is None:
        return []
    day = header_date(folded[: header.start()] + _after_list_dates(folded, header.end()), ctx.today)
    lines = list(_item_lines(folded, header.end()))
    if not lines:
        return []
    ctx.consumed.append((header.start(), lines[-1][1]))
    claims: list[Claim] = []
    for start, end in lines:
        for finding in _line_findings(ctx, start, end, day):
            if (claim := ctx.claim(finding)) is not None:
                claims.append(claim)
    return claims


def _after_list_dates(folded: str, offset: int) -> str:
    """Air command pictures print "станом на 17:00 08 травня 2023 р." below the header."""
    return " ".join(m.group() for m in re.finditer(r"(?i)станом\s+на[^\n]*", folded[offset:]))


def _item_lines(folded: str, offset: int) -> list[tuple[int, int]]:
    """[start, end) of each item: a marked line with its continuation lines."""
    items: list[list[int]] = []
    open_item = False
    position = offset
    for raw in folded[offset:].split("\n"):
        line_start, line_end = position, position + len(raw)
        position = line_end + 1
        if not raw.strip() or _SIGNATURE.match(raw):
            open_item = False
            continue
        marker = _MARKER.match(raw)
        if marker or _BARE_NUMBER.match(raw):
            items.append([line_start + (marker.end() if marker else 0), line_end])
            open_item = True
        elif open_item:
            items[-1][1] = line_end
    return [(a, b) for a, b in items if folded[a:b].strip()]


def _line_findings(ctx: ReportContext, start: int, end: int, day: date | None) -> list[Finding]:
    """One finding per count in a line: "3 БПЛА «Орлан-10», «Зала» та один не встановленого
    типу" holds two, each evidenced by its own part of the line."""
    counts = _line_counts(ctx, start, end)
    tokens = ctx.doc.tokens
    bounds = [start] + [tokens[q.first].start for q, _ in counts[1:] if q is not None] + [end]
    findings: list[Finding] = []
    for (quantity, phrase), left, right in zip(counts, bounds, bounds[1:], strict=False):
        right = left + len(_TRAILING_JOIN.sub("", ctx.doc.folded[left:right]))
        findings.append(_finding(ctx, quantity, phrase, (left, right), day, bool(findings)))
    return findings


def _line_counts(
    ctx: ReportContext, start: int, end: int
) -> list[tuple[Quantity | None, WeaponPhrase]]:
    doc = ctx.doc
    first, last = doc.token_at_or_after(start), doc.token_at_or_after(end)
    counts: list[tuple[Quantity | None, WeaponPhrase]] = []
    index = first
    while index < last:
        quantity = _quantity_at(ctx, index)
        phrase = ctx.weapons.read(quantity.last if quantity else index, last)
        if phrase is None and quantity is not None and counts:
            # "та один не встановленого типу": the same kind as the line's first count.
            phrase = WeaponPhrase(
                counts[-1][1].weapon, (), quantity.last, quantity.last, quantity.last, None
            )
        if phrase is None or (quantity is None and index != first):
            index += 1
            continue
        counts.append((quantity, phrase))
        index = max(phrase.last, index + 1)
    return counts


def _quantity_at(ctx: ReportContext, index: int) -> Quantity | None:
    if ctx.weapons.model_at(index) is not None:
        return None
    return ctx.quantities.read(index)


def _finding(
    ctx: ReportContext,
    quantity: Quantity | None,
    phrase: WeaponPhrase,
    line: tuple[int, int],
    day: date | None,
    extra: bool,
) -> Finding:
    tokens = ctx.doc.tokens
    start, end = line
    text = ctx.doc.text
    while end > start and text[end - 1].isspace():
        end -= 1
    spans: dict[str, tuple[int, int]] = {}
    if phrase.last > phrase.first:
        spans["weapon"] = (tokens[phrase.first].start, tokens[phrase.last - 1].end)
    if quantity is not None:
        spans["number"] = (tokens[quantity.first].start, tokens[quantity.last - 1].end)
    return Finding(
        action=INTERCEPTED,
        value=quantity.value if quantity else 1,
        qualifier=quantity.qualifier if quantity and not extra else "exact",
        weapon=None if phrase.weapon == AIR_TARGETS else phrase.weapon,
        model=phrase.model,
        position=spans.get("number", spans.get("weapon", (start, end)))[0],
        evidence=(start, end),
        spans=spans,
        date=day,
        location="UA",
    )


# -- the header's date ----------------------------------------------------------------------


def header_date(header: str, today: date | None) -> date | None:
    """The latest date printed in the header: a night's range ends on its morning.

    Dates are mended against the publication: a year typed wrong ("02.02.2023" in a picture
    published on 2024-02-02) takes the publication's year when that lands within days of it.
    """
    header = _PARENTHESES.sub(" ", header)
    candidates = [d for d in _header_candidates(header, today) if d is not None]
    if not candidates:
        return today
    if today is None:
        return max(candidates)
    mended = [_mend_year(d, today) for d in candidates]
    near = [d for d in mended if today - _WINDOW_BEFORE <= d <= today + _WINDOW_AFTER]
    return max(near) if near else today


def _header_candidates(header: str, today: date | None) -> list[date | None]:
    found: list[date | None] = []
    for m in _SHORT_DATE.finditer(header):
        found.append(_short(int(m.group(1)), int(m.group(2)), m.group(3), today))
    for m in _TEXT_DATE.finditer(header):
        found.append(_short(int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3), today))
    return found


def _short(day: int, month: int, year: str | None, today: date | None) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return resolve_day_month(today, day, month) if today else None
    full = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(full, month, day)
    except ValueError:
        return None


def _mend_year(day: date, today: date) -> date:
    if abs((day - today).days) <= 31:
        return day
    try:
        mended = day.replace(year=today.year)
    except ValueError:
        return day
    return mended if abs((mended - today).days) <= 7 else day
