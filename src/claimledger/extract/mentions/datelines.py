"""Datelines: "KYIV, Nov 22 (Reuters) -", "MOSCOW:", "DUBAI, United Arab Emirates (AP) —" say
where a report was filed, not where anything happened; the places in them are marked so."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef

_DATELINE_REACH = 10  # tokens from a sentence's start to the dash that ends its dateline


def mark_datelines(doc: Document, lex: Lexicon, refs: list[PlaceRef]) -> None:
    """ "KYIV, Nov 22 (Reuters) -", "MOSCOW:", "Moscow, October 1": where the report was filed,
    not where anything happened. A dateline opens its sentence with a place in capitals, or
    with a place followed by a comma and a date; it runs to the first dash or colon."""
    for ref in refs:
        sentence = doc.sentences[doc.tokens[ref.first].sentence]
        if ref.first != sentence.first:
            continue
        written = doc.text[ref.start : ref.end]
        after = doc.tokens[ref.last : min(sentence.last, ref.last + 2)]
        dated = (
            len(after) == 2 and after[0].text == "," and after[1].lemma in lex.months
        )
        if not ((written.isupper() and len(written) > 2) or dated or _filed(doc, lex, refs, ref)):
            continue
        end = sentence.last
        for index in range(ref.last, min(sentence.last, ref.first + _DATELINE_REACH)):
            if doc.tokens[index].text in lex.words.dashes or doc.tokens[index].text == ":":
                end = index
                break
        for other in refs:
            if sentence.first <= other.first < end and (end < sentence.last or other is ref):
                other.in_actor = other.dateline = True
    for ref in refs:
        if _barred(doc, ref):
            ref.in_actor = ref.dateline = True
    for sentence in doc.sentences:
        if not any(r.first == sentence.first + 2 for r in refs):
            continue  # "DUBAI, United Arab Emirates": a place right after the comma
        end = _unknown_dateline_end(doc, lex, sentence)
        for other in refs:
            if sentence.first <= other.first < end:
                other.in_actor = other.dateline = True


def _filed(doc: Document, lex: Lexicon, refs: list[PlaceRef], ref: PlaceRef) -> bool:
    """A dateline in ordinary letters: "Moscow, Russia -", "Kyiv (AFP) —", "Kyiv | Reuters":
    the place opening its sentence is followed, before a dash, only by its country, the agency
    in brackets or a date; or a bar parts it from the outlet's name."""
    tokens = doc.tokens
    sentence = doc.sentences[tokens[ref.first].sentence]
    placed = {i for r in refs for i in range(r.first, r.last)}
    bracketed = False
    depth = 0
    for index in range(ref.last, min(sentence.last, ref.first + _DATELINE_REACH)):
        token = tokens[index]
        if depth == 0 and token.text in lex.words.dashes:
            return index > ref.last and (bracketed or index - 1 in placed or _dated(lex, token))
        if token.text == "(":
            depth, bracketed = depth + 1, True
        elif token.text == ")":
            depth -= 1
        elif not (depth or token.text == "," or index in placed or _dated(lex, token)):
            return False
    return False


_BAR = "|"
_BAR_REACH = 4  # tokens from a sentence's start to a dateline's bar: "Reuters | Kyiv"


def _barred(doc: Document, ref: PlaceRef) -> bool:
    """ "Reuters | Kyiv", "Kyiv | Reuters": a bar beside a place at the opening of its sentence
    parts the outlet's name from where it filed."""
    tokens = doc.tokens
    sentence = doc.sentences[tokens[ref.first].sentence]
    if ref.first - sentence.first > _BAR_REACH:
        return False
    before = tokens[ref.first - 1].text if ref.first > sentence.first else ""
    after = tokens[ref.last].text if ref.last < sentence.last else ""
    return _BAR in (before, after)


def _dated(lex: Lexicon, token: Token) -> bool:
    return token.lemma in lex.months or token.text.isdigit()


def _unknown_dateline_end(doc: Document, lex: Lexicon, sentence: Sentence) -> int:
    """ "DUBAI, United Arab Emirates (AP) —": a dateline whose town the gazetteer does not know
    opens with a word in capitals and a comma, and ends at a dash or colon close after it; the
    places in it say where the report was filed. The token that ends it, or the sentence's start
    when there is none."""
    tokens = doc.tokens
    head = tokens[sentence.first]
    if not (
        sentence.last - sentence.first > 2
        and head.text.isalpha()
        and head.text.isupper()
        and len(head.text) > 2
        and tokens[sentence.first + 1].text == ","
    ):
        return sentence.first
    for index in range(sentence.first + 2, min(sentence.last, sentence.first + _DATELINE_REACH)):
        if tokens[index].text in lex.words.dashes or tokens[index].text == ":":
            return index
    return sentence.first
