"""Stage 1 of extraction: a report's text cut into paragraphs, sentences and tokens.

Every language gets the same `Document`: tokens with offsets into the original text, a lemma and
a part of speech for each word (pymorphy3 for Russian and Ukrainian, simplemma and a small rule
tagger for English), sentences with their paragraph and list bullet. Markup is blanked in a copy
of the same length (`clean`), so offsets found in the copy are offsets in the report.
"""

from claimledger.extract.document.morphology import WordInfo
from claimledger.extract.document.tokens import Document, Sentence, Token, analyse

__all__ = ["Document", "Sentence", "Token", "WordInfo", "analyse"]
