"""razdel's word tokenizer, read in one pass over plain tuples: the same tokens as
`razdel.tokenize`, without the objects razdel makes for every atom and every gap between atoms.

razdel cuts a text into atoms (`ATOM`: a run of Cyrillic letters, of Latin letters, of digits,
one punctuation mark, or any other non-space character) and then decides, at each gap between
two atoms, whether they join into one token. A gap with a space always splits; a gap with
nothing in it joins when any of its rules says so (none of them ever asks to split, so their
order does not matter): a dash, underscore, decimal mark or slash between two atoms that are
not punctuation (digits for the last two); two punctuation marks that make a smiley, an ending
("?!") or "--"/"**"; a pictograph or other symbol beside a word; "yahoo!". The rules read up to
two atoms on either side of the gap, as razdel's window does. Where razdel makes a `TokenSplit`
with cached properties, an `Atom` record and a substring search for every gap, this reads the
atoms once as tuples: the tokenizer took about a tenth of an extraction's time.

`tests/test_razdel_tokens.py` checks it against razdel itself.
"""

from __future__ import annotations

from collections.abc import Callable

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE

# start, stop, type (RU, LAT, INT, PUNCT or OTHER), text
_Atom = tuple[int, int, str, str]
_Test = Callable[[str], bool]
_Pair = Callable[[_Atom, _Atom], bool]
# the names of ATOM's groups
_INT, _PUNCT, _OTHER = "INT", "PUNCT", "OTHER"
_WORDLIKE = (_OTHER, "RU", "LAT")


def razdel_tokens(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each token of `text`, exactly as `razdel.tokenize` gives them."""
    atoms: list[_Atom] = [(m.start(), m.end(), m.lastgroup or "", m.group())
                          for m in ATOM.finditer(text)]
    if not atoms:
        return []
    out: list[tuple[int, int]] = []
    start = atoms[0][0]
    for index in range(1, len(atoms)):
        before, after = atoms[index - 1], atoms[index]
        if before[1] == after[0] and _joins(atoms, index, text[start : before[1]]):
            continue
        out.append((start, before[1]))
        start = after[0]
    out.append((start, atoms[-1][1]))
    return out


def _joins(atoms: list[_Atom], index: int, buffer: str) -> bool:
    """Whether any of razdel's rules joins the atoms on either side of an empty gap; `buffer`
    is the token read so far, up to the gap."""
    left, right = atoms[index - 1], atoms[index]
    return (
        _around(atoms, index, _is_dash, _not_punct)
        or _around(atoms, index, _is_underscore, _not_punct)
        or _around(atoms, index, _is_decimal_mark, _digits)
        or _around(atoms, index, _is_slash, _digits)
        or _punct(left, right, buffer)
        or _other(left[2], right[2])
        or (right[3] == "!" and left[3].lower() == "yahoo")
    )


def _around(atoms: list[_Atom], index: int, mark: _Test, rule: _Pair) -> bool:
    """razdel's Rule2112: where the atom before the gap is the mark, the atoms around the mark
    ("cho-|to" reads "cho" and "to"); else where the atom after it is ("cho|-to")."""
    left, right = atoms[index - 1], atoms[index]
    if mark(left[3]):
        first = atoms[index - 2] if index >= 2 else None
        second: _Atom | None = right
    elif mark(right[3]):
        first, second = left, atoms[index + 1] if index + 1 < len(atoms) else None
    else:
        return False
    return first is not None and second is not None and rule(first, second)


# razdel tests a mark by `in` on a string of marks; an atom is one mark or a run of letters or
# digits, so this is the same as razdel's test for every atom.
def _is_dash(text: str) -> bool:
    return text in DASHES


def _is_underscore(text: str) -> bool:
    return text == "_"


def _is_decimal_mark(text: str) -> bool:
    return text in ".,"


def _is_slash(text: str) -> bool:
    return text in "/\\"


def _not_punct(first: _Atom, second: _Atom) -> bool:
    return first[2] != _PUNCT and second[2] != _PUNCT


def _digits(first: _Atom, second: _Atom) -> bool:
    return first[2] == _INT and second[2] == _INT


def _punct(left: _Atom, right: _Atom, buffer: str) -> bool:
    """Two punctuation marks that stay together: a smiley, "?!", "...", "--", "**"."""
    if left[2] != _PUNCT or right[2] != _PUNCT:
        return False
    if SMILE.match(buffer + right[3]):
        return True
    if left[3] in ENDINGS and right[3] in ENDINGS:
        return True
    return left[3] + right[3] in ("--", "**")


def _other(left: str, right: str) -> bool:
    """A symbol razdel has no class for, beside another or beside a word ("ΔP")."""
    return (left == _OTHER and right in _WORDLIKE) or (left in _WORDLIKE and right == _OTHER)

