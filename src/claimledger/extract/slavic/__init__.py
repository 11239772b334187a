"""Pieces shared by the Russian and Ukrainian grammars.

`markup` blanks Telegram markdown without moving offsets, `tokens` cuts text into paragraphs,
sentences and tokens with offsets and morphology, `qualifiers` reads "около"/"понад" before a
number, `weapons` knows weapon nouns, abbreviations and named models in Cyrillic and Latin.
Everything here keeps offsets into the original text, so evidence spans are exact slices.
"""
