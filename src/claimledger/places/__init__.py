"""Places: a gazetteer of Russia and Ukraine, a finder of place mentions, geographic checks."""

from claimledger.places.model import Place, PlaceMention

__all__ = ["Place", "PlaceMention"]
