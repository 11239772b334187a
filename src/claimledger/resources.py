"""Heavy resources, built once and passed in (yargy's `morph` habit): morphology, gazetteer.

Nothing is loaded at import time; each resource is made on first use and then kept.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.morph import Morphology
    from claimledger.places.gazetteer import Gazetteer
    from claimledger.sources.registry import SourceRegistry


class Resources:
    """The shared, lazily built resources of an extraction run."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        registry: SourceRegistry | None = None,
    ) -> None:
        if gazetteer is not None:
            self.__dict__["gazetteer"] = gazetteer
        if registry is not None:
            self.__dict__["registry"] = registry

    @cached_property
    def morph_ru(self) -> Morphology:
        from claimledger.morph import Morphology

        return Morphology("ru")

    @cached_property
    def morph_uk(self) -> Morphology:
        from claimledger.morph import Morphology

        return Morphology("uk")

    def morph(self, lang: str) -> Morphology:
        if lang == "uk":
            return self.morph_uk
        return self.morph_ru

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from claimledger.places.gazetteer import Gazetteer

        return Gazetteer.default()

    @cached_property
    def registry(self) -> SourceRegistry:
        from claimledger.sources.registry import SourceRegistry

        return SourceRegistry.default()


_DEFAULT: Resources | None = None


def default_resources() -> Resources:
    """One process-wide set of resources for callers that do not pass their own."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resources()
    return _DEFAULT
