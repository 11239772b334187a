"""Telegram markdown, links and decoration blanked out, look-alike characters folded: every
character kept in place.

Posts arrive as Telegram markdown (`**bold**`, `__italic__`, `[text](url)`) with emoji and bare
links. The grammars read a *blanked* copy of the same length in which markup, links and pictographs
are spaces, so a token's offsets in the copy are its offsets in the original and evidence spans can
be cut from the original text unchanged.
"""

from __future__ import annotations

import re
import unicodedata

# `[label](target)`: the label stays, brackets and target go.
_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
# A link ends before trailing punctuation: "см. https://bit.ly/abc, далее" keeps its comma.
_URL = re.compile(
    r"(?:(?:https?://|tg://|www\.)|\b(?:t\.me|bit\.ly|vk\.com|youtu\.be)/)\S*?"
    r"(?=[.,;:!?)»\"]*(?:\s|$))",
    re.IGNORECASE,
)
_EMPHASIS = re.compile(r"\*\*|__|~~|\|\||```|`")
# Marks that open a list item or decorate a line; the grammars treat them as blank.
_DECORATION = frozenset("•●◾◽▫▪►▶➖➡✔✅❗❕❓⚡🔻🔺🔹🔸📌👉")
_KEEP_SYMBOLS = frozenset("№%$€₽°+")


def _is_pictograph(ch: str) -> bool:
    if ch in _KEEP_SYMBOLS:
        return False
    if ch in _DECORATION:
        return True
    category = unicodedata.category(ch)
    if category in ("So", "Cs", "Co", "Cf"):
        return True
    # Variation selectors and the keycap mark come with emoji.
    return 0xFE00 <= ord(ch) <= 0xFE0F or ord(ch) == 0x20E3


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


def blank_markup(text: str) -> str:
    """The text with markup, links' targets, bare URLs and emoji turned into spaces.

    The result has exactly the length of `text`; newlines are kept so paragraphs stay visible.
    """
    chars = list(text)
    for match in _LINK.finditer(text):
        _blank(chars, match.start(), match.start() + 1)
        _blank(chars, match.end(1), match.end())
    for match in _URL.finditer(text):
        _blank(chars, match.start(), match.end())
    for match in _EMPHASIS.finditer(text):
        _blank(chars, match.start(), match.end())
    # Each distinct character is judged once, not at every place it stands.
    pictographs = {
        ord(ch): " "
        for ch in set(text)
        if ch != " " and not ch.isalnum() and _is_pictograph(ch)
    }
    return _replace_each("".join(chars), pictographs)


def _replace_each(text: str, table: dict[int, str]) -> str:
    """`text.translate(table)`, for a table of a few characters each made one character: a
    search per character, where `translate` looks every character of the text up (the texts
    run to thousands of characters, the table's are rare)."""
    for code, replacement in table.items():
        text = text.replace(chr(code), replacement)
    return text


_APOSTROPHES: dict[int, str] = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ʹ": "'"})
# Latin letters that look Cyrillic: machine transcriptions write "Повітрянi" with a Latin i. They
# are swapped only inside words that are mostly Cyrillic.
_LATIN_TO_CYRILLIC = str.maketrans("aceiopxyABCEHIKMOPTXy", "асеіорхуАВСЕНІКМОРТХу")
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z]")
# A whole run of letters with a Latin letter in it (the lookbehind keeps a match from opening
# inside a run, so each run is scanned once): the runs `_fold_word` may change, found without a
# call for every word of the text.
_MIXED_WORD = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*[A-Za-z])[^\W\d_]+")


def _fold_word(match: re.Match[str]) -> str:
    word = match.group()
    if _LATIN.search(word) and len(_CYRILLIC.findall(word)) > len(_LATIN.findall(word)):
        return word.translate(_LATIN_TO_CYRILLIC)
    return word


def clean(text: str) -> str:
    """The copy the grammars read: markup blanked, apostrophes plain, look-alikes folded.

    Same length as `text`, so every offset in it is an offset in the report.
    """
    folded = _replace_each(blank_markup(text), _APOSTROPHES)
    if _LATIN.search(folded) and _CYRILLIC.search(folded):
        folded = _MIXED_WORD.sub(_fold_word, folded)
    return folded


_BOLD_MARKS = ("**", "__")  # Markdown's marks of bold or underlined text


def starts_with_bullet(line: str) -> bool:
    """Whether a line of the original text opens with a list mark ("▪️", "🔻", "•", "— ")."""
    stripped = line.lstrip()
    if not stripped:
        return False
    first = stripped[0]
    if first in "•●◾▪▫➖🔻🔹🔸":
        return True
    # "— " or a dash with Markdown's bold or underline mark right after it ("—** РФ ...**")
    return first in "-—–" and (stripped[1:2] == " " or stripped[1:3] in _BOLD_MARKS)
