"""A town said again without its name, in a language with no articles: "У Дніпрі пролунали
вибухи. ... по місту випустили 4 ракети", "за добу місто атакували 15 дронів": the town named
last before it, as English "the city" is (places._back_regions). Without this the
claim has no place of its own and takes its speaker's region, where the text names the town
alone (ANNOTATION.md: a city named without its region is the city). Not where a name follows
the noun ("місто Суми": the name is the place). Ukrainian only: the Russian "по городу" read so
lost two dev claims (round 14), so ru.toml names no back_town_nouns."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon


def bare_town(doc: Document, lex: Lexicon, index: int) -> bool:
    """Whether token `index` is a town's noun standing for the town named before it."""
    if lex.words.definite or index + 1 >= len(doc.tokens):
        return False  # a language with articles says "the city" (places._back_regions)
    if doc.tokens[index].lemma not in lex.words.back_town_nouns:
        return False
    after = doc.tokens[index + 1]
    return not (after.is_word and after.text[:1].isupper())
