"""English words in the tag set the grammars read (OpenCorpora's, as pymorphy3 gives for Russian).

Lemmas come from simplemma's English dictionary, with a table of irregular verbs it leaves alone
("shot" -> "shoot"). The part of speech comes from closed word classes (prepositions, conjunctions,
pronouns, auxiliaries, determiners, number words), suffixes ("-ly" adverbs, "-ing" gerunds, "-ed"
past forms) and then, per sentence, from neighbours (`retag`): a past form after a form of "to be"
is a short participle, PRTS ("were shot down"), and takes that verb's number; one before a noun
is an attributive participle, PRTF ("downed drones"); a word after "to" is an infinitive. That is
all the grammars ask of English morphology.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimledger.extract.document.morphology import CachedLexer, WordInfo
from claimledger.extract.numerals import word_value

if TYPE_CHECKING:
    from claimledger.extract.document.tokens import Token

_PLUR = frozenset({"plur"})
_SING = frozenset({"sing"})


@cache
def _tables() -> dict[str, Any]:
    import tomllib  # an English run's only

    text = (Path(__file__).parent / "english.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _lemmatize(low: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(low, lang="en")).lower()


class EnglishLexer(CachedLexer):
    """Looks English words up; cached per form."""

    def __init__(self) -> None:
        super().__init__()
        tables = _tables()
        self._closed: dict[str, str] = {
            word: pos for pos, words in tables["closed"].items() for word in words
        }
        self._irregular: dict[str, str] = dict(tables["irregular"])
        self._be: frozenset[str] = frozenset(tables["be"]["forms"])
        self._plural_be: frozenset[str] = frozenset(tables["be"]["plural"])
        self._have: frozenset[str] = frozenset(tables["have"]["forms"])
        self._adjectives: frozenset[str] = frozenset(tables["adjectives"]["words"])
        self._adjective_endings: tuple[str, ...] = tuple(tables["adjectives"]["endings"])
        self._not_adjectives: frozenset[str] = frozenset(tables["adjectives"]["nouns"])
        self._plurals: dict[str, str] = dict(tables["plurals"])
        self._present_verbs: frozenset[str] = frozenset(tables["verbs"]["present"])
        self._nouns_too: frozenset[str] = frozenset(tables["verbs"]["nouns_too"])
        self._agent_preps: frozenset[str] = frozenset(tables["verbs"]["reduced_relative"])

    def _analyse(self, low: str) -> WordInfo:
        closed = self._closed.get(low)
        if closed is not None:
            lemma = "be" if low in self._be else low
            numbers = _PLUR if low in self._plural_be else _SING if low in self._be else frozenset()
            return _info(lemma, closed, frozenset(), numbers)
        if word_value(low, "en") is not None:
            return _info(low, "NUMR")
        plural = self._plurals.get(low)
        if plural is not None:
            return _info(plural, "NOUN", frozenset({"plur"}), _PLUR)
        if low in self._adjectives:
            return _info(low, "ADJF")
        lemma = self._irregular.get(low) or _lemmatize(low)
        if low.endswith("ly") and len(low) > 4:
            return _info(lemma, "ADVB")
        if low.endswith("ing") and lemma != low:
            return _info(lemma, "GRND")
        # Only the irregular table names past forms in -en ("taken"): "children" is no verb.
        if low in self._irregular or (lemma != low and low.endswith("ed")):
            return _info(lemma, "VERB", frozenset({"past"}))
        if low.endswith(self._adjective_endings) and low not in self._not_adjectives:
            return _info(lemma, "ADJF")
        if lemma != low and low.endswith("s"):
            if lemma in self._present_verbs:
                return _info(lemma, "VERB", frozenset({"pres"}), _SING)  # "the ministry says"
            return _info(lemma, "NOUN", frozenset({"plur"}), _PLUR)
        return _info(lemma, "NOUN", frozenset({"sing"}), _SING)

    def _plural_present(self, tokens: Sequence[Token], position: int, before: Token | None) -> bool:
        token = tokens[position]
        return (
            token.low in self._present_verbs
            and token.info.pos == "NOUN"
            and before is not None
            and before.info.pos == "NOUN"
            and "plur" in before.info.numbers
            and _clause_end(tokens, position)
        )

    def retag(self, tokens: Sequence[Token]) -> None:
        """Participles and infinitives by their neighbours, within one sentence."""
        for position, token in enumerate(tokens):
            if _abbreviation_plural(token):
                token.set_info(_info(token.low[:-1], "NOUN", frozenset({"plur"}), _PLUR))  # "UAVs"
            info = token.info
            before = _previous_word(tokens, position)
            if self._plural_present(tokens, position, before):
                # "..., local officials say.": a verb of speech after its plural subject
                token.set_info(_info(info.lemma, "VERB", frozenset({"pres"}), _PLUR))
                continue
            if (
                info.pos == "VERB"
                and token.low in self._nouns_too
                and before is not None
                and before.info.pos in ("DET", "ADJF", "PRTF", "NUMR")
            ):
                # "a direct hit"
                token.set_info(_info(info.lemma, "NOUN", frozenset({"sing"}), _SING))
            elif (
                before is not None
                and before.low == "to"
                and info.pos in ("NOUN", "VERB")
                and not token.text[:1].isupper()
                and "plur" not in info.numbers
            ):
                token.set_info(_with(info, "INFN"))
            elif info.pos == "VERB" and "past" in info.grams:
                be = _be_before(tokens, position, self._be)
                after = tokens[position + 1] if position + 1 < len(tokens) else None
                following = tokens[position + 1].low if position + 1 < len(tokens) else ""
                if "-" in token.text.strip("-") and before is not None:
                    # "four US-supplied long-range missiles", "Iranian-made drones": a compound
                    # of a past participle qualifies a noun, never predicates
                    token.set_info(_with(info, "PRTF"))
                elif be is not None:
                    number = _PLUR if be.low in self._plural_be else _SING
                    token.set_info(_with(info, "PRTS", number))
                elif (
                    before is not None
                    and before.info.pos == "NOUN"
                    and not before.text[:1].isupper()
                    and following in self._agent_preps
                ):
                    token.set_info(_with(info, "PRTF"))  # "drones launched by Russia": no predicate
                elif (
                    after is not None
                    and after.info.pos == "NOUN"
                    and after.is_word
                    and (before is None or before.info.pos not in ("NOUN", "NPRO"))
                    and _be_before(tokens, position, self._have) is None
                ):
                    # "the downed drones"; not "Russia battered", nor "had attacked Ukraine"
                    token.set_info(_with(info, "PRTF"))


def _clause_end(tokens: Sequence[Token], position: int) -> bool:
    """Nothing, a mark or "that" after the token: the end of its clause."""
    if position + 1 >= len(tokens):
        return True
    after = tokens[position + 1]
    return not after.is_word or after.low == "that"


def _info(
    lemma: str, pos: str, grams: frozenset[str] = frozenset(), numbers: frozenset[str] = frozenset()
) -> WordInfo:
    return WordInfo(lemma, frozenset({lemma}), pos, grams | {pos}, grams | {pos}, numbers)


def _with(info: WordInfo, pos: str, numbers: frozenset[str] | None = None) -> WordInfo:
    grams = (info.grams - {info.pos or ""}) | {pos}
    if numbers is not None:
        grams = grams | numbers
    return WordInfo(
        info.lemma,
        info.lemmas,
        pos,
        grams,
        info.all_grams | {pos},
        numbers if numbers is not None else info.numbers,
    )


def _abbreviation_plural(token: Token) -> bool:
    """ "UAVs", "KABs": an abbreviation in capitals with a plural -s."""
    text = token.text
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


def _previous_word(tokens: Sequence[Token], position: int) -> Token | None:
    for back in range(position - 1, -1, -1):
        if tokens[back].is_word:
            return tokens[back]
    return None


def _be_before(tokens: Sequence[Token], position: int, be: frozenset[str]) -> Token | None:
    """A form of "to be" before a past form, over adverbs and negation: "were reportedly shot"."""
    for back in range(position - 1, max(-1, position - 4), -1):
        token = tokens[back]
        if token.low in be:
            return token
        if token.info.pos not in ("ADVB", "PRCL") and token.low not in ("been", "being"):
            return None
    return None
