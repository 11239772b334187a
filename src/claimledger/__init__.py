"""claimledger: war reports in, a ledger of sourced, checkable claims out."""

from claimledger.model import (
    Check,
    Claim,
    Extraction,
    Marker,
    MediaMention,
    Quote,
    Report,
    Span,
)

__all__ = [
    "Check",
    "Claim",
    "Extraction",
    "Marker",
    "MediaMention",
    "Quote",
    "Report",
    "Span",
]
__version__ = "0.1.0"
