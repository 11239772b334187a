"""Heavy resources, built once and passed in (yargy's `morph` habit): morphology, gazetteer.

Nothing is loaded at import time; each resource is made on first use and then kept.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.extract.document.morphology import Lexer
    from claimledger.extract.document.split import Splitter
    from claimledger.model import Language
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
        self._lexers: dict[str, Lexer] = {}

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

    def lexer(self, lang: Language) -> Lexer:
        """The word analyzer of a language: pymorphy3 for Russian and Ukrainian, the English
        rule tagger for English (the lexicon's `morphology` says which)."""
        if lang not in self._lexers:
            from claimledger.extract.document.english import EnglishLexer
            from claimledger.extract.document.morphology import lexer_for
            from claimledger.extract.lexicon import lexicon

            if lexicon(lang).morphology == "english":
                self._lexers[lang] = EnglishLexer()
            else:
                self._lexers[lang] = lexer_for(self.morph(lang))
        return self._lexers[lang]

    def splitter(self, lang: Language) -> Splitter:
        """How a language's text is cut into sentences and tokens (the lexicon's `tokenizer`)."""
        from claimledger.extract.document.split import EnglishSplitter, RazdelSplitter
        from claimledger.extract.lexicon import lexicon

        return EnglishSplitter() if lexicon(lang).tokenizer == "english" else RazdelSplitter()

    def place_morph(self, lang: Language) -> Morphology | None:
        """The morphology the gazetteer reads place names with (none for English)."""
        from claimledger.extract.lexicon import lexicon

        return self.morph(lang) if lexicon(lang).morphology == "pymorphy" else None

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
