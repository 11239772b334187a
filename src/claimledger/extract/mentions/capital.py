"""The capital named by a common noun: "над столицею збили 5 дронів" in Ukrainian news is Kyiv
(the lexicon's `home_capital` and `capital_nouns`); "у столиці Росії", "в российской столице"
is the capital of the state named with it, in any language whose lexicon has the noun."""

from __future__ import annotations

from typing import Any

from claimledger.extract.document.tokens import Document, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.place_codes import SIDE_COUNTRIES, STATE_CAPITALS
from claimledger.extract.mentions.types import PlaceRef

# The capital of each side's state, and the side of each state (the gazetteer's codes).
_CAPITAL_OF = {state.lower(): capital for capital, state in STATE_CAPITALS.items()}
_SIDE_OF = {country: side for side, country in SIDE_COUNTRIES.items()}


def home_capital(
    doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """ "Над столицею збили 5 дронів" in Ukrainian news: the capital is Kyiv; "столиця Росії",
    "російська столиця", "столиця РФ": the capital of the state its adjective, owner or place
    names (the place of the state gives way to its capital)."""
    if not lex.words.capital_nouns:
        return refs
    capitals = [r for r in refs if r.place.code in STATE_CAPITALS and not r.dateline]
    # "KYIV, Nov 22 (Reuters) - ... an attack on the capital": a wire filed from a capital that
    # names none in its body speaks of the one it was filed from (the dateline is still no place
    # of a claim itself: ANNOTATION.md)
    capitals = capitals or [r for r in refs if r.place.code in STATE_CAPITALS and r.dateline]
    own = gazetteer.get(lex.home_capital) if lex.home_capital else None
    by_first = {r.first: r for r in refs}
    taken = {i for r in refs for i in range(r.first, r.last)}
    added: list[PlaceRef] = []
    dropped: set[int] = set()
    for index, token in enumerate(doc.tokens):
        if token.lemma not in lex.words.capital_nouns or index in taken:
            continue
        before = doc.tokens[index - 1] if index else None
        after = doc.tokens[index + 1] if index + 1 < len(doc.tokens) else None
        state = by_first.get(index + 1)
        side = _named_side(lex, before, after, state)
        capital = gazetteer.get(_CAPITAL_OF.get(side, "")) if side is not None else None
        if side is not None and capital is not None:
            last = index + 1
            if state is not None and state.place.code in _SIDE_OF:
                dropped.add(state.first)
                last = state.last
            end = doc.tokens[last - 1].end
            added.append(PlaceRef(capital, index, last, token.start, end))
        elif (abroad := _abroad_state(lex, gazetteer, before)) is not None:
            # "в ливанской столице", "in the Lebanese capital": a war abroad is told by country
            start = doc.tokens[index - 1].start
            added.append(PlaceRef(abroad, index - 1, index + 1, start, token.end))
        elif side is not None:
            continue  # a side of no capital of the war ("other") names no home capital either
        elif (home := _capital_told(gazetteer, capitals, index) or own) is not None and (
            index + 1 not in taken and _bare(lex, before)
        ):
            added.append(PlaceRef(home, index, index + 1, token.start, token.end))
    if not added:
        return refs
    kept = [r for r in refs if r.first not in dropped]
    return sorted([*kept, *added], key=lambda r: r.first)


def _capital_told(gazetteer: Any, capitals: list[PlaceRef], index: int) -> Any:
    """The state capital a bare "the capital" at token `index` speaks of: the one the report
    names by name ("Russia struck Kyiv ... in the Shevchenkivskyi district of the capital"); of
    several, the last named before it ("летевшего на Москву ... мэр столицы", though a later
    item of the page names Kyiv); None where the report names none."""
    codes = {r.place.code for r in capitals}
    if len(codes) == 1:
        return gazetteer.get(codes.pop())
    before = [r for r in capitals if r.first < index]
    return gazetteer.get(before[-1].place.code) if before else None


def _named_side(
    lex: Lexicon, before: Token | None, after: Token | None, state: PlaceRef | None
) -> str | None:
    """The side whose capital the noun names: "російська столиця", "столиця РФ", "столиця
    Росії"; None where no state is named with it."""
    if before is not None and before.lemma in lex.side_adjectives:
        return lex.side_adjectives[before.lemma]
    if after is not None and after.low in lex.owner_words:
        return lex.owner_words[after.low]
    if state is not None:
        return _SIDE_OF.get(state.place.code)
    return None


def _abroad_state(lex: Lexicon, gazetteer: Any, before: Token | None) -> Any:
    """The country abroad whose adjective stands before the capital noun, if any."""
    if before is None:
        return None
    code = lex.country_adjectives.get(before.lemma) or lex.country_adjectives.get(before.low)
    if code is None or code in _SIDE_OF:
        return None
    return gazetteer.get(code)


def _bare(lex: Lexicon, before: Token | None) -> bool:
    """The capital noun used of a city: in a language with articles only after one ("the
    capital", not "venture capital"); in the others anywhere."""
    if not lex.words.articles or lex.lang != "en":
        return True
    return before is not None and before.low == "the"


_BETWEEN = frozenset({"ADVB", "PRCL"})  # "Москва вночі запустила": an adverb before the verb


def launching_capital(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """ "Москва вночі запустила по Україні 90 шахедів": a state's capital with no preposition
    before it and a verb of launching right after it (an adverb between) is its state, which
    acted; the city is no place of the claim ("Москва зазнала атаки" is the city attacked)."""
    tokens = doc.tokens
    if ref.place.code not in STATE_CAPITALS or (
        ref.first > 0 and tokens[ref.first - 1].info.pos == "PREP"
    ):
        return False
    at = ref.last
    while at < len(tokens) and tokens[at].info.pos in _BETWEEN:
        at += 1
    return (
        at < len(tokens)
        and tokens[at].sentence == tokens[ref.first].sentence
        and tokens[at].info.pos == "VERB"
        and tokens[at].lemma in lex.words.launch_verbs
    )
