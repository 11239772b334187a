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
from collections.abc import Iterator

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


def blank_markup(text: str) -> str:
    """The text with markup, links' targets, bare URLs and emoji turned into spaces.

    The result has exactly the length of `text`; newlines are kept so paragraphs stay visible.
    """
    spans: list[tuple[int, int]] = []
    for match in _LINK.finditer(text):
        spans.append((match.start(), match.start() + 1))
        spans.append((match.end(1), match.end()))
    spans.extend(match.span() for match in _urls(text))
    spans.extend(match.span() for match in _EMPHASIS.finditer(text))
    blanked = _blank(text, spans) if spans else text  # most posts have no markup at all
    return _replace_each(blanked, _pictographs(text))


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every character of the (possibly overlapping) spans but newlines a space."""
    pieces: list[str] = []
    done = 0  # the text before it is in `pieces`
    for start, end in sorted(spans):
        start = max(start, done)
        if end <= start:
            continue
        pieces.append(text[done:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")
_SPACE = re.compile(r"\s")


def _urls(text: str) -> Iterator[re.Match[str]]:
    """`_URL`'s matches, searched only in the runs of non-space characters that hold a "/" or
    a "www." (every match lies inside one such run): `_URL` tried at every character of a text
    cost as much as the rest of the cleaning. Under IGNORECASE no other character matches "w"
    or "/", so the test for them is exact."""
    if "/" not in text and "www." not in text.lower():
        return  # no link in most posts
    backwards = text[::-1]
    done = 0  # the runs before it are searched
    for hint in _URL_HINT.finditer(text):
        if hint.start() < done:
            continue
        before = _SPACE.search(backwards, len(text) - hint.start())
        start = len(text) - before.start() if before is not None else 0
        after = _SPACE.search(text, hint.end())
        done = after.start() if after is not None else len(text)
        yield from _URL.finditer(text, start, done)


_URL_HINT = re.compile(r"/|www\.", re.IGNORECASE)
# Characters judged once per process whether they are pictographs, and those that are: a text
# holds a hundred distinct characters, nearly all of them met in the texts before it.
_JUDGED: set[str] = set()
_PICTOGRAPHS: set[str] = set()


def _pictographs(text: str) -> dict[int, str]:
    """The translation of the text's pictographs to spaces."""
    chars = set(text)
    for ch in chars.difference(_JUDGED):
        if ch != " " and not ch.isalnum() and _is_pictograph(ch):
            _PICTOGRAPHS.add(ch)
        _JUDGED.add(ch)
    return {ord(ch): " " for ch in chars & _PICTOGRAPHS}


def _replace_each(text: str, table: dict[int, str]) -> str:
    """`text.translate(table)`, for a table of a few characters each made one character: a
    search per character, where `translate` looks every character of the text up (the texts
    run to thousands of characters, the table's are rare)."""
    for code, replacement in table.items():
        text = text.replace(chr(code), replacement)
    return text


_APOSTROPHES: dict[int, str] = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ʹ": "'"})
# Latin letters that look like Cyrillic ones, and the Cyrillic letter each shows: machine
# transcriptions write "Повітрянi" with a Latin i, channels "Cредства" or "Ещë". `clean` swaps
# them inside words that are mostly Cyrillic, found and counted by their ASCII letters (a Latin
# ë alone, "Ещë", is not); a token's lookup form (tokens.py), lower-cased, inside any part of a
# word that mixes the two scripts.
HOMOGLYPHS = dict(zip("aceiopxyABCEHIKMOPTXëï", "асеіорхуАВСЕНІКМОРТХёї", strict=True))
_LATIN_TO_CYRILLIC = str.maketrans(HOMOGLYPHS)
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _fold_mixed(text: str) -> str:
    """Each whole run of letters with a Latin letter in it through `_fold_word`. The runs are
    found from their Latin letters (few in a Cyrillic text), where a pattern for the runs was
    tried at every word. A letter is what the class of letters of `re` takes: alphanumeric,
    and no decimal digit."""
    pieces: list[str] = []
    done = 0  # the text before it is in `pieces`
    for latin in _LATIN_RUN.finditer(text):
        if latin.start() < done:
            continue  # in the run just folded
        start, end = latin.start(), latin.end()
        while start > 0 and _is_letter(text[start - 1]):
            start -= 1
        while end < len(text) and _is_letter(text[end]):
            end += 1
        pieces.append(text[done:start])
        pieces.append(_fold_word(text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _is_letter(ch: str) -> bool:
    return ch.isalnum() and not ch.isdecimal()


def _fold_word(word: str) -> str:
    if _LATIN.search(word) and len(_CYRILLIC.findall(word)) > len(_LATIN.findall(word)):
        return word.translate(_LATIN_TO_CYRILLIC)
    return word


def clean(text: str) -> str:
    """The copy the grammars read: markup blanked, apostrophes plain, look-alikes folded.

    Same length as `text`, so every offset in it is an offset in the report.
    """
    folded = _replace_each(blank_markup(text), _APOSTROPHES)
    if _LATIN.search(folded) and _CYRILLIC.search(folded):
        folded = _fold_mixed(folded)
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
