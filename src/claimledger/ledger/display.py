"""The ledger in a terminal: claim tables and a report with its evidence highlighted.

Report texts are untrusted: they are only ever put into `rich.text.Text` (never parsed as
markup), and their control characters (escape sequences could drive the terminal) are replaced
one for one, so that the spans' character offsets still fall on the same letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from claimledger.model import Extraction, Span

SPAN_STYLES: dict[str, str] = {
    "number": "bold cyan",
    "action": "bold red",
    "weapon": "bold magenta",
    "place": "green",
    "claimant": "yellow",
    "date": "blue",
}
EVIDENCE_STYLE = "underline"
QUOTE_STYLE = "italic"
MARKER_STYLE = "reverse"
_OTHER_SPAN_STYLE = "bold"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Header -> key of a Ledger.claims() record.
_CLAIM_COLUMNS = {
    "date": "date",
    "location": "location",
    "action": "action",
    "weapon": "weapon",
    "qty": "quantity",
    "qualifier": "qualifier",
    "claimant": "claimant",
    "side": "claimant_side",
    "report id": "report_id",
}
_COMPACT_COLUMNS = {
    header: key for header, key in _CLAIM_COLUMNS.items() if header not in ("qualifier", "side")
}
# Columns that wrap when the table is too wide, with their share of the room left.
_FOLDING = {"location": 1, "weapon": 1, "claimant": 2, "report id": 2}
_QUALIFIER_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}


def safe(text: str | None) -> Text:
    """Untrusted text as plain rich Text, control characters shown as U+FFFD."""
    return Text(_CONTROL.sub("\ufffd", text or ""))


def quantity(record: dict[str, Any]) -> str:
    """12, ~12, ≥12 or ≤12 from a claim's quantity and qualifier."""
    return _QUALIFIER_SIGNS.get(record.get("qualifier") or "exact", "") + str(record["quantity"])


def claims_table(
    records: Sequence[dict[str, Any]], title: str | None = None, *, compact: bool = False
) -> Table:
    """Claims as returned by Ledger.claims(), one row each.

    `compact` (for terminals under ~120 columns) folds the qualifier into the quantity (≥12)
    and the side into the claimant, so that seven columns fit 80 characters.
    """
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    columns = _COMPACT_COLUMNS if compact else _CLAIM_COLUMNS
    for header in columns:
        if header in _FOLDING:
            table.add_column(header, overflow="fold", ratio=_FOLDING[header])
        else:
            table.add_column(header, no_wrap=True)
    for record in records:
        if compact:
            table.add_row(*_compact_row(record))
        else:
            table.add_row(*(cell(record.get(key)) for key in columns.values()))
    return table


def _compact_row(record: dict[str, Any]) -> list[Text]:
    claimant = record.get("claimant") or ""
    if record.get("claimant_side"):
        claimant += f" ({record['claimant_side']})"
    return [
        cell(record.get("date")),
        cell(record.get("location")),
        cell(record.get("action")),
        cell(record.get("weapon")),
        cell(quantity(record)),
        cell(claimant.strip()),
        cell(record.get("report_id")),
    ]


def cell(value: Any) -> Text:
    """Any value as a table cell: None as empty, all else as untrusted text."""
    return safe(None if value is None else str(value))


def highlighted(extraction: Extraction) -> Text:
    """The report's text with quotes, markers, claim evidence and field spans styled.

    Later styles win where spans overlap, so the field spans (number, weapon...) stay visible
    inside underlined claim evidence.
    """
    text = safe(extraction.report.text)
    for quote in extraction.quotes:
        _stylize(text, QUOTE_STYLE, quote.spans)
    _stylize(text, MARKER_STYLE, (marker.evidence for marker in extraction.markers))
    for claim in extraction.claims:
        _stylize(text, EVIDENCE_STYLE, [claim.evidence])
    for claim in extraction.claims:
        for kind, span in claim.spans.items():
            _stylize(text, SPAN_STYLES.get(kind, _OTHER_SPAN_STYLE), [span])
    return text


def legend() -> Text:
    parts = [(kind, style) for kind, style in SPAN_STYLES.items()]
    parts += [("claim evidence", EVIDENCE_STYLE), ("quote", QUOTE_STYLE), ("marker", MARKER_STYLE)]
    legend = Text()
    legend.append("key: ", style="dim")
    for index, (name, style) in enumerate(parts):
        legend.append(("  " if index else "") + name, style=style)
    return legend


def report_view(extraction: Extraction, version: int | None = None) -> RenderableType:
    """A report: its header, highlighted text, then everything read from it."""
    parts: list[RenderableType] = [_header(extraction, version), highlighted(extraction), legend()]
    sections: list[tuple[str, Callable[[Extraction], RenderableType], int]] = [
        ("claims", _report_claims, len(extraction.claims)),
        ("quotes", _quotes, len(extraction.quotes)),
        ("markers", _markers, len(extraction.markers)),
        ("checks", _checks, len(extraction.checks)),
        ("media", _media, len(extraction.media)),
    ]
    for name, table, count in sections:
        parts.append(Text(""))
        parts.append(table(extraction) if count else Text(f"no {name}", style="dim"))
    return Group(*parts)


def counts_table(counts: dict[str, int]) -> Table:
    table = Table("table", "rows", title="ledger")
    for name, count in counts.items():
        table.add_row(name, f"{count:,}")
    return table


def _header(extraction: Extraction, version: int | None) -> Text:
    report = extraction.report
    header = Text()
    header.append("report ", style="bold")
    header.append_text(safe(report.id))
    fields = [
        ("source", report.source),
        ("published", report.published.isoformat() if report.published else None),
        ("lang", report.lang),
        ("url", report.url),
        ("version", str(version) if version and version > 1 else None),
    ]
    for name, value in fields:
        if value:
            header.append(f"\n{name}: ", style="dim")
            header.append_text(safe(value))
    header.append("\n")
    return header


def _report_claims(extraction: Extraction) -> Group:
    """One block per claim (a table with twelve columns is unreadable in a terminal)."""
    lines: list[RenderableType] = [Text("claims", style="italic")]
    for number, claim in enumerate(extraction.claims, start=1):
        record = claim.to_dict()
        line = Text(f"{number:>2}. ")
        line.append_text(safe(claim.action))
        line.append(" ")
        line.append_text(safe(quantity(record)))
        for prefix, value in (
            (" ", claim.weapon),
            (" ", f"({claim.model})" if claim.model else None),
            (" in ", claim.location),
            (" on ", claim.date),
            (" by ", claim.attacker_side),
        ):
            if value:
                line.append(prefix, style="dim")
                line.append_text(safe(value))
        line.append("\n    claimant: ", style="dim")
        line.append_text(safe(claim.claimant or "unknown"))
        who = ", ".join(v for v in (claim.claimant_kind, claim.claimant_side) if v)
        if who:
            line.append_text(safe(f" ({who})"))
        line.append("\n    evidence: ", style="dim")
        evidence = safe(claim.evidence.text)
        evidence.stylize(EVIDENCE_STYLE)
        line.append_text(evidence)
        lines.append(line)
    return Group(*lines)


def _quotes(extraction: Extraction) -> Table:
    table = Table("speaker", "description", "text", title="quotes", title_justify="left")
    for quote in extraction.quotes:
        table.add_row(safe(quote.speaker), safe(quote.speaker_description), safe(quote.text))
    return table


def _markers(extraction: Extraction) -> Table:
    table = Table("kind", "evidence", title="markers", title_justify="left")
    for marker in extraction.markers:
        table.add_row(safe(marker.kind), safe(marker.evidence.text))
    return table


def _checks(extraction: Extraction) -> Table:
    table = Table(title="checks", title_justify="left")
    for column in ("kind", "subject", "reference", "stated", "computed", "verdict", "reason"):
        table.add_column(column, overflow="fold")
    for check in extraction.checks:
        stated = _km(check.stated_km, check.stated_direction)
        computed = _km(check.computed_km, _bearing(check.computed_bearing_deg))
        table.add_row(
            *(safe(value) for value in (check.kind, check.subject, check.reference)),
            safe(stated),
            safe(computed),
            safe(check.verdict),
            safe(check.reason),
        )
    return table


def _media(extraction: Extraction) -> Table:
    table = Table("kind", "claimant", "provenance", "evidence", title="media", title_justify="left")
    for media in extraction.media:
        table.add_row(
            safe(media.kind),
            safe(media.claimant),
            safe(media.provenance),
            safe(media.evidence.text),
        )
    return table


def _stylize(text: Text, style: str, spans: Iterable[Span]) -> None:
    for span in spans:
        if 0 <= span.start < span.end <= len(text):
            text.stylize(style, span.start, span.end)


def _km(km: float | None, direction: str | None) -> str:
    if km is None:
        return direction or ""
    return f"{km:g} km" + (f" {direction}" if direction else "")


def _bearing(degrees: float | None) -> str | None:
    return None if degrees is None else f"{degrees:.0f}°"
