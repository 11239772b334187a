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
        self._morphs: dict[str, Morphology] = {}

    def morph(self, lang: str) -> Morphology:
        """The pymorphy3 morphology of a language, made once."""
        if lang not in self._morphs:
            from claimledger.morph import Morphology

            self._morphs[lang] = Morphology(lang)
        return self._morphs[lang]

    def lexer(self, lang: Language) -> Lexer:
        """The word analyzer of a language: pymorphy3 for Russian and Ukrainian, the English
        rule tagger for English (the lexicon's `morphology` says which)."""
        if lang not in self._lexers:
            from claimledger.extract.document.english import EnglishLexer
            from claimledger.extract.document.morphology import PlainLexer, PymorphyLexer
            from claimledger.extract.lexicon import lexicon

            morphology = lexicon(lang).morphology
            if morphology == "english":
                self._lexers[lang] = EnglishLexer()
            elif morphology == "plain":
                self._lexers[lang] = PlainLexer()
            else:
                self._lexers[lang] = PymorphyLexer(
                    self.morph(lang), lexicon(lang).words.prepositions
                )
        return self._lexers[lang]

    def splitter(self, lang: Language) -> Splitter:
        """How a language's text is cut into sentences and tokens (the lexicon's `tokenizer`)."""
        from claimledger.extract.document.split import EnglishSplitter, RazdelSplitter
        from claimledger.extract.lexicon import lexicon

        lex = lexicon(lang)
        if lex.tokenizer == "english":
            return EnglishSplitter()
        return RazdelSplitter(
            apostrophes=lex.tokenizer == "razdel_apostrophes",
            abbreviations=lex.words.abbreviations,
            dotted=frozenset(word for word in lex.words.acting if "." in word),
        )

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
