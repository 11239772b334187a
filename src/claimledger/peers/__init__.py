"""The peers' tables: import as claims of their sources, compare with what the texts say.

`peer_extractions(path, kind)` reads a peer's CSV into extractions (a synthetic report per row
and its claims) for `Ledger.write`; `compare_nights(ledger, kind)` lines the peer's counts up
per night beside the claims read from the texts of the same nights.
"""

from claimledger.peers.compare import NightComparison, compare_nights
from claimledger.peers.tables import KINDS, SOURCES, PeerError, peer_extractions

__all__ = [
    "KINDS",
    "SOURCES",
    "NightComparison",
    "PeerError",
    "compare_nights",
    "peer_extractions",
]
